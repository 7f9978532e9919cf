/* The graph's keys and kinds (graph_store.h): which strings may be ids,
 * clean copies of what comes from the text, and the interned kind names. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_store.h"
#include "kinds.h"
#include "escape.h"

static bool is_control(unsigned char c)
{
    return c < 0x20 || c == 0x7F;
}

bool kg_key_valid(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    if (!s || !*s)
        return false;
    while (*p) {
        size_t n = kg_utf8_len(p, SIZE_MAX);
        if (n == 0 || is_control(*p) || *p == '\\')
            return false;
        p += n;
    }
    return true;
}

/* Labels come from scanned text, where form feeds and stray bytes happen;
 * GraphML and DOT reject them. */
char *kg_key_clean(const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t len = 0;
    char *out, *q;

    /* Measure first: the graph keeps millions of these, and a copy sized
     * for the worst case (every byte a U+FFFD) tripled their memory. */
    for (const unsigned char *r = p; *r;) {
        size_t n = kg_utf8_len(r, SIZE_MAX);
        len += n == 0 ? 3 : is_control(*r) ? 1 : n;
        r += n == 0 || is_control(*r) ? 1 : n;
    }
    if (!(out = malloc(len + 1)))
        return NULL;
    for (q = out; *p;) {
        size_t n = kg_utf8_len(p, SIZE_MAX);
        if (n == 0) {
            memcpy(q, "\xEF\xBF\xBD", 3);
            q += 3;
            p++;
        } else if (is_control(*p)) {
            *q++ = ' ';
            p++;
        } else {
            memcpy(q, p, n);
            q += n;
            p += n;
        }
    }
    *q = '\0';
    return out;
}

/* Kinds of nodes and edges are a handful of words repeated millions of
 * times: the known ones point into the kind tables (kinds.h) instead of
 * each being a copy of its own. Any other kind is copied as usual;
 * kg_kind_free tells the two apart by address. */
char *kg_kind_dup(const char *kind)
{
    const char *known = kg_kind_interned(kind);
    return known ? (char *)known : kg_key_clean(kind);
}

void kg_kind_free(char *kind)
{
    if (!kg_kind_is_interned(kind))
        free(kind);
}
