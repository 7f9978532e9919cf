/*
 * The DOCX reader (libzip, libxml2) and then the whole pipeline, as for a
 * file named "f.docx". Two kinds of input:
 *
 *   - bytes starting "PK\3\4" are the ZIP itself (damaged archives, lying
 *     sizes, missing parts);
 *   - anything else is the XML parts, separated by NUL bytes (which XML
 *     cannot hold): word/document.xml, word/footnotes.xml,
 *     docProps/core.xml, [Content_Types].xml. The harness stores them in
 *     a ZIP with the right CRCs, so that mutations reach the
 *     WordprocessingML walker instead of dying on a checksum.
 */
#include "fuzz_common.h"

static const char *const part_names[] = {"word/document.xml", "word/footnotes.xml",
                                         "docProps/core.xml", "[Content_Types].xml"};
enum { NPARTS = sizeof part_names / sizeof *part_names };

static uint32_t crc32_of(const uint8_t *p, size_t n)
{
    static uint32_t table[256];
    if (!table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++)
        c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint8_t *put16(uint8_t *o, uint32_t v)
{
    o[0] = (uint8_t)v;
    o[1] = (uint8_t)(v >> 8);
    return o + 2;
}

static uint8_t *put32(uint8_t *o, uint32_t v)
{
    return put16(put16(o, v & 0xFFFF), v >> 16);
}

/* A ZIP (method "stored") of the parts; *zlen its size. */
static uint8_t *stored_zip(const uint8_t *const *data, const size_t *sizes,
                           size_t n, size_t *zlen)
{
    size_t total = 22;
    for (size_t i = 0; i < n; i++)
        total += 30 + 46 + 2 * strlen(part_names[i]) + sizes[i];
    uint8_t *z = malloc(total), *o = z;
    if (!z)
        return NULL;
    uint32_t offsets[NPARTS], crcs[NPARTS];
    for (size_t i = 0; i < n; i++) {
        size_t nl = strlen(part_names[i]);
        offsets[i] = (uint32_t)(o - z);
        crcs[i] = crc32_of(data[i], sizes[i]);
        o = put32(o, 0x04034b50);
        o = put16(o, 20);
        o = put16(o, 0);                /* flags */
        o = put16(o, 0);                /* stored */
        o = put16(o, 0);
        o = put16(o, 0x21);             /* 1980-01-01 */
        o = put32(o, crcs[i]);
        o = put32(o, (uint32_t)sizes[i]);
        o = put32(o, (uint32_t)sizes[i]);
        o = put16(o, (uint32_t)nl);
        o = put16(o, 0);
        memcpy(o, part_names[i], nl);
        o += nl;
        if (sizes[i])
            memcpy(o, data[i], sizes[i]);
        o += sizes[i];
    }
    uint32_t cd = (uint32_t)(o - z);
    for (size_t i = 0; i < n; i++) {
        size_t nl = strlen(part_names[i]);
        o = put32(o, 0x02014b50);
        o = put16(o, 20);
        o = put16(o, 20);
        o = put16(o, 0);
        o = put16(o, 0);
        o = put16(o, 0);
        o = put16(o, 0x21);
        o = put32(o, crcs[i]);
        o = put32(o, (uint32_t)sizes[i]);
        o = put32(o, (uint32_t)sizes[i]);
        o = put16(o, (uint32_t)nl);
        o = put16(o, 0);
        o = put16(o, 0);
        o = put16(o, 0);
        o = put16(o, 0);
        o = put32(o, 0);
        o = put32(o, offsets[i]);
        memcpy(o, part_names[i], nl);
        o += nl;
    }
    uint32_t cdsize = (uint32_t)(o - z) - cd;
    o = put32(o, 0x06054b50);
    o = put16(o, 0);
    o = put16(o, 0);
    o = put16(o, (uint32_t)n);
    o = put16(o, (uint32_t)n);
    o = put32(o, cdsize);
    o = put32(o, cd);
    o = put16(o, 0);
    *zlen = (size_t)(o - z);
    return z;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= 4 && memcmp(data, "PK\x03\x04", 4) == 0) {
        fuzz_read("f.docx", data, size);
        return 0;
    }
    const uint8_t *parts[NPARTS];
    size_t sizes[NPARTS], n = 0;
    const uint8_t *p = data, *end = data + size;
    while (n < NPARTS) {
        const uint8_t *nul = memchr(p, '\0', (size_t)(end - p));
        parts[n] = p;
        sizes[n] = (size_t)((nul ? nul : end) - p);
        n++;
        if (!nul)
            break;
        p = nul + 1;
    }
    size_t zlen = 0;
    uint8_t *zip = stored_zip(parts, sizes, n, &zlen);
    if (!zip)
        return 0;
    fuzz_read("f.docx", zip, zlen);
    free(zip);
    return 0;
}
