/*
 * File names of the site's pages, from node ids (kg_site_file_name in
 * kamergraph/site.h says what they look like).
 *
 * Ids hold ':' '#' '+' spaces and, in the names of motions, any letter of
 * any alphabet; file systems and URLs take fewer. The names use only
 * a-z, 0-9, '-', '_' and '~': they need no escaping in a URL, mean the same
 * to every file system, and, being all small letters, stay apart where a
 * file system ignores case (a site copied to a Mac).
 */
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "kamergraph/site.h"

#define NAME_MAX_PLAIN 200 /* longer names are cut and end in a hash */
#define NAME_CUT 180

static bool plain(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

static bool capital(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Writes into buf while there is room; counts always. */
typedef struct {
    char *buf;
    size_t size, n;
} sink;

static void put(sink *s, char c)
{
    if (s->n + 1 < s->size)
        s->buf[s->n] = c;
    s->n++;
}

static void put_hex(sink *s, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    put(s, '~');
    put(s, hex[c >> 4]);
    put(s, hex[c & 15]);
}

static void encode(const unsigned char *id, sink *s)
{
    while (*id) {
        if (plain(*id))
            put(s, (char)*id++);
        else if (capital(*id)) {
            put(s, '_');
            while (capital(*id))
                put(s, (char)(*id++ - 'A' + 'a'));
            put(s, '_');
        } else
            put_hex(s, *id++);
    }
}

/* con, prn, aux, nul, com0-9 and lpt0-9 name devices on Windows, with any
 * extension: a page may not be called so. */
static bool device_name(const char *name, size_t n)
{
    static const char *const three[] = {"con", "prn", "aux", "nul"};
    for (size_t i = 0; n == 3 && i < 4; i++)
        if (memcmp(name, three[i], 3) == 0)
            return true;
    return n == 4 && (memcmp(name, "com", 3) == 0 || memcmp(name, "lpt", 3) == 0) &&
           name[3] >= '0' && name[3] <= '9';
}

size_t kg_site_file_name(const char *id, char *buf, size_t size)
{
    char full[3 * NAME_MAX_PLAIN + 8];
    sink s = {full, sizeof full, 0};

    encode((const unsigned char *)id, &s);
    if (s.n < sizeof full && s.n <= NAME_MAX_PLAIN) {
        full[s.n] = '\0';
        sink out = {buf, size, 0};
        size_t from = 0;
        if (device_name(full, s.n)) {
            put_hex(&out, (unsigned char)full[0]);
            from = 1;
        }
        for (size_t i = from; i < s.n; i++)
            put(&out, full[i]);
        if (size)
            buf[out.n < size ? out.n : size - 1] = '\0';
        return out.n;
    }
    /* Too long for a file name: cut, not inside a "~xx", and a hash of
     * the whole id after "~~", which no uncut name holds. */
    size_t cut = NAME_CUT;
    if (full[cut - 1] == '~')
        cut--;
    else if (full[cut - 2] == '~')
        cut -= 2;
    sink out = {buf, size, 0};
    for (size_t i = 0; i < cut; i++)
        put(&out, full[i]);
    put(&out, '~');
    put(&out, '~');
    uint64_t h = kg_fnv1a_str(KG_FNV_OFFSET, id);
    for (int k = 60; k >= 0; k -= 4)
        put(&out, "0123456789abcdef"[(h >> k) & 15]);
    if (size)
        buf[out.n < size ? out.n : size - 1] = '\0';
    return out.n;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

bool kg_site_file_name_id(const char *name, char *buf, size_t size)
{
    size_t n = 0;
    const char *p = name;

    if (strlen(name) > NAME_MAX_PLAIN || size == 0)
        return false;
    while (*p && n + 1 < size) {
        if (plain((unsigned char)*p))
            buf[n++] = *p++;
        else if (*p == '~') {
            int hi = hex_digit(p[1]), lo = hi < 0 ? -1 : hex_digit(p[2]);
            if (lo < 0)
                return false;
            buf[n++] = (char)(hi * 16 + lo);
            p += 3;
        } else if (*p == '_') {
            const char *run = ++p;
            while (*p >= 'a' && *p <= 'z' && n + 1 < size)
                buf[n++] = (char)(*p++ - 'a' + 'A');
            if (*p != '_' || p == run)
                return false;
            p++;
        } else
            return false;
    }
    if (*p)
        return false;
    buf[n] = '\0';
    /* only the name an id is given: "~41" is no name ("A" is "_a_") */
    char again[NAME_MAX_PLAIN + 1];
    size_t m = kg_site_file_name(buf, again, sizeof again);
    return m == strlen(name) && strcmp(again, name) == 0 && strlen(buf) == n;
}
