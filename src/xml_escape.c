#include <stdbool.h>

#include "xml_escape.h"

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
