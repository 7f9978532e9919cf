/*
 * The XML reader (libxml2) and then the whole pipeline, as for a file
 * named "f.xml". Bytes that kamergraph would hand to another reader are
 * left to that reader's harness.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_goes_to("f.xml", data, size, "xml"))
        return -1;
    fuzz_read("f.xml", data, size);
    return 0;
}
