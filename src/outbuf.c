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

void kg_out_size(kg_outbuf *o, size_t n)
{
    char tmp[24];
    size_t i = sizeof tmp;

    do
        tmp[--i] = (char)('0' + n % 10);
    while ((n /= 10) > 0);
    kg_out_bytes(o, tmp + i, sizeof tmp - i);
}
