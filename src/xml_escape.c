#include "xml_escape.h"

void kg_xml_put(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;

        switch (c) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        case '\t': case '\n': case '\r': putc(c, f); break;
        default:
            if (c < 0x20)
                fputs("\xEF\xBF\xBD", f);
            else
                putc(c, f);
        }
    }
}
