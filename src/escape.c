/* Escaping for every format (escape.h). */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "escape.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* ---- UTF-8 ---------------------------------------------------------------- */

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

/* ---- XML and HTML ------------------------------------------------------------ */

/* Bytes that need more than themselves: the five markup characters and
 * the C0 controls. Runs of other bytes are copied in one go. */
static bool plain(unsigned char c)
{
    return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
                     : c == '\t' || c == '\n' || c == '\r';
}

void kg_esc_xml(kg_sink *o, const char *s)
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
        default: kg_out_str(o, REPLACEMENT); /* a control XML cannot carry */
        }
    }
}

/* Bytes written as they are: printable ASCII but the markup characters. */
static bool html_plain(unsigned char c)
{
    return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' &&
           c != '\'';
}

void kg_esc_html_n(kg_sink *o, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;

    while (p < end) {
        const unsigned char *run = p;
        while (p < end && html_plain(*p))
            p++;
        kg_out_bytes(o, (const char *)run, (size_t)(p - run));
        if (p == end)
            return;
        size_t k;
        switch (*p) {
        case '&': kg_out_str(o, "&amp;"); p++; continue;
        case '<': kg_out_str(o, "&lt;"); p++; continue;
        case '>': kg_out_str(o, "&gt;"); p++; continue;
        case '"': kg_out_str(o, "&quot;"); p++; continue;
        case '\'': kg_out_str(o, "&#39;"); p++; continue;
        case '\t': case '\n': kg_out_char(o, (char)*p++); continue;
        default: break;
        }
        if (*p < 0x20 || *p == 0x7F) {
            kg_out_char(o, ' ');
            p++;
        } else if ((k = kg_utf8_len(p, (size_t)(end - p))) != 0) {
            kg_out_bytes(o, (const char *)p, k);
            p += k;
        } else {
            kg_out_str(o, REPLACEMENT);
            p++;
        }
    }
}

void kg_esc_html(kg_sink *o, const char *s)
{
    if (s)
        kg_esc_html_n(o, s, strlen(s));
}

void kg_esc_js(kg_sink *o, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p);
    static const char hex[] = "0123456789abcdef";

    kg_out_char(o, '"');
    for (const unsigned char *end = p + n; p < end;) {
        size_t k;
        if (*p >= 0x20 && *p < 0x7F && !strchr("\"\\<>&", *p))
            kg_out_char(o, (char)*p++);
        else if (*p < 0x80) {
            char esc[7] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15], 0};
            kg_out_str(o, esc);
            p++;
        } else if ((k = kg_utf8_len(p, (size_t)(end - p))) != 0) {
            if (k == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
                kg_out_str(o, p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            else
                kg_out_bytes(o, (const char *)p, k);
            p += k;
        } else {
            kg_out_str(o, "\\ufffd");
            p++;
        }
    }
    kg_out_char(o, '"');
}

/* ---- JSON and CSV ------------------------------------------------------------ */

/* Bytes a JSON string holds as they are: printable ASCII but the quote
 * and the backslash, and every byte of a multi-byte character (U+2028 and
 * U+2029 aside, which the caller looks for at 0xE2). */
static bool json_plain(unsigned char c)
{
    return c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c != 0xE2;
}

void kg_esc_json(kg_sink *o, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;

    if (!s) {
        kg_out_str(o, "null");
        return;
    }
    kg_out_char(o, '"');
    while (*p) {
        const unsigned char *run = p;
        while (json_plain(*p))
            p++;
        kg_out_bytes(o, (const char *)run, (size_t)(p - run));
        if (!*p)
            break;
        switch (*p) {
        case '"': kg_out_str(o, "\\\""); break;
        case '\\': kg_out_str(o, "\\\\"); break;
        case '\n': kg_out_str(o, "\\n"); break;
        case '\r': kg_out_str(o, "\\r"); break;
        case '\t': kg_out_str(o, "\\t"); break;
        case '\b': kg_out_str(o, "\\b"); break;
        case '\f': kg_out_str(o, "\\f"); break;
        case 0xE2:
            if (p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
                kg_out_str(o, p[2] == 0xA8 ? "\\u2028" : "\\u2029");
                p += 2;
            } else {
                kg_out_char(o, (char)*p);
            }
            break;
        default: {
            char esc[7] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15], 0};
            kg_out_str(o, esc);
        }
        }
        p++;
    }
    kg_out_char(o, '"');
}

void kg_esc_csv(kg_sink *o, const char *s)
{
    if (!strpbrk(s, "\",\r\n")) {
        kg_out_str(o, s);
        return;
    }
    kg_out_char(o, '"');
    for (; *s; s++) {
        if (*s == '"')
            kg_out_char(o, '"');
        kg_out_char(o, *s);
    }
    kg_out_char(o, '"');
}

/* ---- TSV ----------------------------------------------------------------------- */

void kg_esc_tsv(kg_sink *o, const char *s)
{
    for (; s && *s; s++)
        kg_out_char(o, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* ---- DOT ----------------------------------------------------------------------- */

static bool is_id_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
           || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

/* A DOT numeral: [-]?(.[0-9]+ | [0-9]+(.[0-9]*)?). */
static bool is_numeral(const char *s)
{
    size_t digits = 0, dots = 0;

    if (*s == '-')
        s++;
    for (; *s; s++) {
        if (*s == '.')
            dots++;
        else if (*s >= '0' && *s <= '9')
            digits++;
        else
            return false;
    }
    return digits > 0 && dots <= 1;
}

static bool needs_quotes(const char *s)
{
    static const char *const keywords[] = {"node",    "edge",  "strict",
                                           "graph",   "digraph", "subgraph"};

    if (!*s)
        return true;
    if (!is_numeral(s)) {
        if (*s >= '0' && *s <= '9')
            return true;
        for (const char *p = s; *p; p++)
            if (!is_id_char((unsigned char)*p))
                return true;
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strcasecmp(keywords[i], s) == 0)
            return true;
    return false;
}

void kg_esc_dot(kg_sink *o, const char *s, bool esc)
{
    if (!needs_quotes(s)) {
        kg_out_str(o, s);
        return;
    }
    kg_out_char(o, '"');
    while (*s) {
        size_t n = strcspn(s, esc ? "\"\\" : "\"");

        kg_out_bytes(o, s, n);
        if (!s[n])
            break;
        kg_out_char(o, '\\');
        kg_out_char(o, s[n]);
        s += n + 1;
    }
    kg_out_char(o, '"');
}

