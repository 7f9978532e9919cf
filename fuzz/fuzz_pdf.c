/*
 * The PDF reader (poppler-glib) and then the whole pipeline, as for a file
 * named "f.pdf": page texts, page starts, page footers, footnotes in the
 * PDF shape. Only bytes starting "%PDF-" reach the PDF reader.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_goes_to("f.pdf", data, size, "pdf"))
        return -1;
    fuzz_read("f.pdf", data, size);
    return 0;
}
