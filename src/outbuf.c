#include "outbuf.h"

void kg_out_size(kg_outbuf *o, size_t n)
{
    char tmp[24];
    size_t i = sizeof tmp;

    do
        tmp[--i] = (char)('0' + n % 10);
    while ((n /= 10) > 0);
    kg_out_bytes(o, tmp + i, sizeof tmp - i);
}
