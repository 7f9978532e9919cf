/* Test helper: a PDF made with cairo, for the PDF reader's tests. */
#ifndef KG_TEST_BUILD_PDF_H
#define KG_TEST_BUILD_PDF_H

#include <stddef.h>

/* Writes a PDF to out_path that shows `lines` (UTF-8), one under the
 * other, a new page every `lines_per_page` lines (0: all on one page).
 * The page is at least A4 landscape and widened so that no line runs off
 * it; the font is small (DejaVu Sans). Returns 0, or -1 on failure. */
int kg_test_build_pdf(const char *out_path, const char *const *lines,
                      size_t nlines, size_t lines_per_page);

#endif
