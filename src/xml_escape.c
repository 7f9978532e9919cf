#include <stdbool.h>

#include "xml_escape.h"

size_t kg_utf8_len(const unsigned char *s, size_t left)
{
    unsigned c = s[0];
    unsigned lo = 0x80, hi = 0xBF;
    size_t n;

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    if (n > left)
        return 0;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    if (c == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
        return 0;
    return n;
}

/* Bytes that need more than themselves: the five markup characters and
 * the C0 controls. Runs of other bytes are copied in one go. */
static bool plain(unsigned char c)
{
    return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
                     : c == '\t' || c == '\n' || c == '\r';
}

void kg_xml_out(kg_outbuf *o, const char *s)
{
    while (s && *s) {
        const char *run = s;

        while (*s && plain((unsigned char)*s))
            s++;
        kg_out_bytes(o, run, (size_t)(s - run));
        if (!*s)
            return;
        switch (*s++) {
        case '&': kg_out_str(o, "&amp;"); break;
        case '<': kg_out_str(o, "&lt;"); break;
        case '>': kg_out_str(o, "&gt;"); break;
        case '"': kg_out_str(o, "&quot;"); break;
        case '\'': kg_out_str(o, "&#39;"); break;
        default: kg_out_str(o, "\xEF\xBF\xBD"); /* a control XML cannot carry */
        }
    }
}

void kg_xml_put(FILE *f, const char *s)
{
    char buf[256];
    kg_outbuf o = kg_out_init(f, buf, sizeof buf);

    kg_xml_out(&o, s);
    kg_out_flush(&o);
}
