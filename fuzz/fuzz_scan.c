/*
 * Plain text through the whole pipeline: the text reader (encodings), the
 * normaliser, the re2c scanner, the document model and the resolver.
 * Bytes that kamergraph would hand to another reader (a PDF, a ZIP,
 * markup) are left to that reader's harness.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_goes_to("f.txt", data, size, "text"))
        return -1;
    fuzz_read("f.txt", data, size);
    return 0;
}
