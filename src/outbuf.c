#include <errno.h>

#include "outbuf.h"

void kg_out_write(kg_outbuf *o, const char *s, size_t n)
{
    if (o->error)
        return;
    errno = 0;
    if (fwrite(s, 1, n, o->fp) != n)
        o->error = errno ? errno : EIO;
}
