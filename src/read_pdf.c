/* Placeholder: the PDF reader is being written. */
#include "reader.h"

kg_status kg_read_pdf(const char *path, const unsigned char *bytes, size_t len,
                      kg_reading *out, kg_error *err)
{
    (void)bytes;
    (void)len;
    (void)out;
    return kg_fail(err, KG_ERR_INPUT, "%s: PDF is not supported yet", path);
}
