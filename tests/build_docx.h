/* Test helpers: DOCX files built from XML parts, and hostile ZIPs. */
#ifndef KG_TEST_BUILD_DOCX_H
#define KG_TEST_BUILD_DOCX_H

#include <stddef.h>
#include <stdint.h>

/* Writes a DOCX to out_path from the files in parts_dir, laid out as in
 * the ZIP: "[Content_Types].xml", "_rels/.rels", "word/document.xml",
 * "word/footnotes.xml", "word/_rels/document.xml.rels",
 * "docProps/core.xml". word/document.xml must exist; the others are put in
 * when present. Returns 0 on success. */
int kg_test_build_docx(const char *out_path, const char *parts_dir);

/* Writes a ZIP (deflated) with the n entries names[i] holding
 * contents[i][0..sizes[i]). Returns 0 on success. */
int kg_test_build_zip(const char *out_path, const char *const *names,
                      const char *const *contents, const size_t *sizes, size_t n);

/* One entry of a zip bomb: it inflates to `inflated` zero bytes (rounded
 * to 1 + a multiple of 258) from a hand-made deflate stream about 2000
 * times smaller, and its headers state `claimed` bytes, or the real size
 * when `claimed` is negative. The CRC is left 0: a reader that inflates
 * far enough to check it has already failed. */
typedef struct {
    const char *name;
    uint64_t inflated;
    int64_t claimed;
} kg_test_bomb_entry;

/* Writes a ZIP of such entries; sizes stay below 4 GB (no ZIP64).
 * Returns 0 on success. */
int kg_test_build_zip_bomb(const char *out_path, const kg_test_bomb_entry *entries,
                           size_t n);

#endif
