/* Errors: a code and a one-line message naming the file and the problem. */
#include "arena.h"
#include <stdio.h>

kg_status kg_fail(kg_error *err, kg_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}
