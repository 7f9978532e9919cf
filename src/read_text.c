/* Plain text: UTF-8 (with or without BOM) as it is; UTF-16 with a BOM and
 * Windows-1252 / Latin-1 converted to UTF-8, with a note. Invalid bytes
 * never stop a scan. */
#include "reader.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void add_code_point(kg_sink *b, unsigned long cp)
{
    char u[4];
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        kg_out_char(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        kg_out_bytes(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        kg_out_bytes(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        kg_out_bytes(b, u, 4);
    }
}

/* Length of the valid UTF-8 sequence at p, or 0. */
static size_t utf8_seq(const unsigned char *p, size_t left)
{
    if (p[0] < 0x80)
        return 1;
    size_t n = p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 && p[0] < 0xE0 ? 2 : 0;
    if (n == 0 || n > left)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if ((n == 3 && p[0] == 0xE0 && p[1] < 0xA0) || (n == 3 && p[0] == 0xED && p[1] >= 0xA0) ||
        (n == 4 && p[0] == 0xF0 && p[1] < 0x90) || (n == 4 && p[0] == 0xF4 && p[1] >= 0x90))
        return 0;                       /* overlong, surrogate, too high */
    return n;
}

/* Counts valid multi-byte sequences and invalid bytes. */
static void count_utf8(const unsigned char *b, size_t len, size_t *multi, size_t *bad)
{
    *multi = *bad = 0;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_seq(b + i, len - i);
        *multi += n > 1;
        *bad += n == 0;
        i += n ? n : 1;
    }
}

/* UTF-8 with the odd invalid byte: each becomes U+FFFD. */
static void from_damaged_utf8(kg_sink *out, const unsigned char *b, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t n = utf8_seq(b + i, len - i);
        if (n)
            kg_out_bytes(out, (const char *)b + i, n);
        else
            kg_out_str(out, "\xEF\xBF\xBD");
        i += n ? n : 1;
    }
}

static void from_utf16(kg_sink *out, const unsigned char *b, size_t len, bool little)
{
    for (size_t i = 2; i + 1 < len; i += 2) {
        unsigned long u = little ? (unsigned long)(b[i] | b[i + 1] << 8)
                                 : (unsigned long)(b[i] << 8 | b[i + 1]);
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < len) {
            unsigned long lo = little ? (unsigned long)(b[i + 2] | b[i + 3] << 8)
                                      : (unsigned long)(b[i + 2] << 8 | b[i + 3]);
            if (lo >= 0xDC00 && lo < 0xE000) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        add_code_point(out, u);
    }
}

/* Windows-1252: Latin-1 with typographic marks in 0x80..0x9F. */
static void from_cp1252(kg_sink *out, const unsigned char *b, size_t len)
{
    static const unsigned short high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    for (size_t i = 0; i < len; i++)
        add_code_point(out, b[i] >= 0x80 && b[i] < 0xA0 ? high[b[i] - 0x80] : b[i]);
}

kg_status kg_read_text(const char *path, const unsigned char *b, size_t len,
                       kg_reading *out, kg_error *err)
{
    out->format = "text";
    if (len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        from_utf16(&out->text, b, len, b[0] == 0xFF);
    } else {
        size_t multi, bad;
        count_utf8(b, len, &multi, &bad);
        char note[512] = "";
        if (bad == 0) {
            kg_out_bytes(&out->text, (const char *)b, len);
        } else if (multi > 10 * bad) {  /* UTF-8 with a few broken bytes */
            from_damaged_utf8(&out->text, b, len);
            snprintf(note, sizeof note, "%s: %zu invalid UTF-8 bytes replaced", path, bad);
        } else {
            from_cp1252(&out->text, b, len);
            snprintf(note, sizeof note, "%s: not UTF-8; read as Windows-1252", path);
        }
        if (note[0])
            out->warning = strdup(note);
    }
    if (out->text.error)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    return KG_OK;
}
