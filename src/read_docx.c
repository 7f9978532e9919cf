/* Placeholder: the DOCX reader is being written. */
#include "reader.h"

kg_status kg_read_docx(const char *path, const unsigned char *bytes, size_t len,
                      kg_reading *out, kg_error *err)
{
    (void)bytes;
    (void)len;
    (void)out;
    return kg_fail(err, KG_ERR_INPUT, "%s: DOCX is not supported yet", path);
}
