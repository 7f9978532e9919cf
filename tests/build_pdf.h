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

/* Frees the font caches of cairo and fontconfig, which live until the
 * process ends otherwise and then show up as leaks. Call after drawing
 * text with cairo, once every cairo object is destroyed;
 * kg_test_build_pdf does it itself. */
void kg_test_pdf_fonts_release(void);

/* The fixture letter (a .txt in the Word-export shape) in the PDF shape
 * of REFERENCE-FORMATS.md section 5: no blank lines, the Word footnote
 * "[footnoteRef:1].  [1: ...]" replaced by a superscript marker, the note
 * as the last line of the page. Fills lines (malloc'd), returns how many;
 * 0 when the file cannot be read. */
size_t kg_test_fixture_pdf_lines(const char *txt_path, char **lines, size_t max);
/* Those lines drawn into a one-page PDF. 0, or -1 on failure. */
int kg_test_build_fixture_pdf(const char *txt_path, const char *out_path);

#endif
