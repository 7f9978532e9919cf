#include <string.h>

#include "xml_escape.h"

/* Bytes that need more than themselves: the five markup characters and
 * the C0 controls. Runs of other bytes go out in one fwrite; writers put
 * millions of short values through here. */
static bool plain(unsigned char c)
{
    return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
                     : c == '\t' || c == '\n' || c == '\r';
}

void kg_xml_put(FILE *f, const char *s)
{
    while (s && *s) {
        const char *run = s;
        unsigned char c;

        while (*s && plain((unsigned char)*s))
            s++;
        if (s > run)
            fwrite(run, 1, (size_t)(s - run), f);
        if (!*s)
            return;
        switch ((c = (unsigned char)*s++)) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default: fputs("\xEF\xBF\xBD", f); /* a control XML cannot carry */
        }
    }
}
