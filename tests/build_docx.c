/* Test helpers: a DOCX from its XML parts (libzip), and zip bombs written
 * byte by byte, since a real one would take libzip seconds to deflate. */
#include "build_docx.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

int kg_test_build_zip(const char *out_path, const char *const *names,
                      const char *const *contents, const size_t *sizes, size_t n)
{
    int zerr = 0;
    zip_t *za = zip_open(out_path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za)
        return -1;
    for (size_t i = 0; i < n; i++) {
        /* libzip reads the buffers at zip_close: they outlive the loop. */
        zip_source_t *src = zip_source_buffer(za, contents[i], sizes[i], 0);
        if (!src || zip_file_add(za, names[i], src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(za);
            return -1;
        }
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        return -1;
    }
    return 0;
}

/* The whole file, NUL-terminated; NULL when it cannot be read. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    if (n >= 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1))) {
        if (fread(buf, 1, (size_t)n, f) == (size_t)n) {
            buf[n] = '\0';
            *len = (size_t)n;
        } else {
            free(buf);
            buf = NULL;
        }
    }
    fclose(f);
    return buf;
}

int kg_test_build_docx(const char *out_path, const char *parts_dir)
{
    static const char *const parts[] = {
        "[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/footnotes.xml", "word/_rels/document.xml.rels", "docProps/core.xml"};
    enum { NPARTS = sizeof parts / sizeof *parts };
    const char *names[NPARTS];
    char *data[NPARTS];
    size_t sizes[NPARTS], n = 0;
    bool ok = true;
    for (size_t i = 0; i < NPARTS; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", parts_dir, parts[i]);
        data[n] = slurp(path, &sizes[n]);
        if (data[n])
            names[n++] = parts[i];
        else if (strcmp(parts[i], "word/document.xml") == 0)
            ok = false;
    }
    int rc = ok ? kg_test_build_zip(out_path, names, (const char *const *)data,
                                    sizes, n)
                : -1;
    for (size_t i = 0; i < n; i++)
        free(data[i]);
    return rc;
}

/* ---- zip bombs ------------------------------------------------------------ */

typedef struct {
    unsigned char *s;
    size_t len, cap;
    uint32_t bits;          /* pending bits, least significant first */
    unsigned nbits;
    bool failed;
} bitbuf;

static void put_byte(bitbuf *b, unsigned char c)
{
    if (b->failed)
        return;
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 65536;
        unsigned char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    b->s[b->len++] = c;
}

/* Deflate's header fields: least significant bit first. */
static void put_bits(bitbuf *b, uint32_t value, unsigned n)
{
    b->bits |= value << b->nbits;
    b->nbits += n;
    while (b->nbits >= 8) {
        put_byte(b, (unsigned char)b->bits);
        b->bits >>= 8;
        b->nbits -= 8;
    }
}

/* Huffman codes go most significant bit first. */
static void put_code(bitbuf *b, uint32_t code, unsigned n)
{
    uint32_t rev = 0;
    for (unsigned i = 0; i < n; i++)
        rev |= ((code >> i) & 1u) << (n - 1 - i);
    put_bits(b, rev, n);
}

/* One final fixed-Huffman block: a literal 0, then (length 258,
 * distance 1) copies: 13 bits for every 258 zero bytes. */
static uint64_t deflate_zeros(bitbuf *b, uint64_t want)
{
    put_bits(b, 1, 1);                  /* BFINAL */
    put_bits(b, 1, 2);                  /* BTYPE 01: fixed Huffman */
    uint64_t copies = want ? (want - 1) / 258 : 0;
    if (want) {
        put_code(b, 0x30, 8);           /* literal 0 */
        /* Symbol 285 (length 258, code 0xC5 in 8 bits), then distance
         * code 0 (distance 1, 5 zero bits): 13 bits, reversed once. */
        bitbuf pair = {0};
        put_code(&pair, 0xC5, 8);
        uint32_t bits = pair.s ? pair.s[0] : 0;
        free(pair.s);
        for (uint64_t i = 0; i < copies; i++)
            put_bits(b, bits, 13);
    }
    put_code(b, 0, 7);                  /* end of block */
    if (b->nbits)
        put_bits(b, 0, 8 - b->nbits);
    return want ? 1 + copies * 258 : 0;
}

static void le(unsigned char *p, uint32_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* A local or central header; `central` adds the offset of the local one. */
static bool write_header(FILE *f, bool central, const char *name, uint32_t csize,
                         uint32_t usize, uint32_t offset)
{
    unsigned char h[46] = {0};
    size_t nlen = strlen(name);
    int o = central ? 2 : 0;            /* central has "version made by" */
    le(h, central ? 0x02014b50 : 0x04034b50, 4);
    le(h + 4, 20, 2);
    if (central)
        le(h + 6, 20, 2);
    le(h + 8 + o, 8, 2);                /* deflate */
    le(h + 12 + o, 0x0021, 2);          /* 1980-01-01 */
    le(h + 18 + o, csize, 4);
    le(h + 22 + o, usize, 4);
    le(h + 26 + o, (uint32_t)nlen, 2);
    if (central)
        le(h + 42, offset, 4);
    size_t hlen = central ? 46 : 30;
    return fwrite(h, 1, hlen, f) == hlen && fwrite(name, 1, nlen, f) == nlen;
}

/* Where each entry went, for the central directory. */
typedef struct {
    uint32_t offset, csize, usize;
} bomb_dir;

static bool write_bomb(FILE *f, const kg_test_bomb_entry *e, size_t n)
{
    bomb_dir *dir = calloc(n ? n : 1, sizeof *dir);
    bool ok = dir != NULL;
    for (size_t i = 0; i < n && ok; i++) {
        bitbuf b = {0};
        uint64_t real = deflate_zeros(&b, e[i].inflated);
        uint64_t usize = e[i].claimed < 0 ? real : (uint64_t)e[i].claimed;
        dir[i] = (bomb_dir){(uint32_t)ftell(f), (uint32_t)b.len, (uint32_t)usize};
        ok = !b.failed && usize <= UINT32_MAX &&
             write_header(f, false, e[i].name, dir[i].csize, dir[i].usize, 0) &&
             fwrite(b.s, 1, b.len, f) == b.len;
        free(b.s);
    }
    uint32_t cd = (uint32_t)ftell(f);
    for (size_t i = 0; i < n && ok; i++)
        ok = write_header(f, true, e[i].name, dir[i].csize, dir[i].usize,
                          dir[i].offset);
    unsigned char end[22] = {0};
    le(end, 0x06054b50, 4);
    le(end + 8, (uint32_t)n, 2);
    le(end + 10, (uint32_t)n, 2);
    le(end + 12, (uint32_t)ftell(f) - cd, 4);
    le(end + 16, cd, 4);
    ok = ok && fwrite(end, 1, sizeof end, f) == sizeof end;
    free(dir);
    return ok;
}

int kg_test_build_zip_bomb(const char *out_path, const kg_test_bomb_entry *entries,
                           size_t n)
{
    FILE *f = fopen(out_path, "wb");
    if (!f)
        return -1;
    bool ok = write_bomb(f, entries, n);
    return fclose(f) == 0 && ok ? 0 : -1;
}
