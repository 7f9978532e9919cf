/* Test helper: a PDF made with cairo, for the PDF reader's tests. */
#ifndef KG_TEST_BUILD_PDF_H
#define KG_TEST_BUILD_PDF_H

#include <stdbool.h>
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

/* A run of text drawn glyph by glyph, in one font and size, placed the way
 * a producer may place glyphs: for the tests of how the PDF reader
 * rebuilds words from where glyphs stand. */
typedef struct {
    const char *text;       /* UTF-8, one glyph per character */
    double x, y;            /* the left end of its baseline, in points from
                               the page's top left; with `follow`, x is the
                               distance from where the previous run ended */
    double size;            /* font size, points */
    const char *gaps;       /* NULL, or one character per glyph: '1'-'9' put
                               the next glyph that many tenths of a point
                               further, 'A'-'Z' 1.0 to 3.5 points further,
                               'a'-'i' 0.1 to 0.9 points closer; anything
                               else nothing */
    double grid;            /* > 0: a glyph starts at the first multiple of
                               `grid` points from the run's start at or after
                               the end of the one before, as a layout in whole
                               device pixels puts it */
    bool bold;
    bool follow;
    double angle;           /* degrees clockwise; 0: horizontal */
} kg_test_pdf_run;

/* Writes a one-page PDF (A4) showing the runs. 0, or -1 on failure. */
int kg_test_build_pdf_runs(const char *out_path, const kg_test_pdf_run *runs,
                           size_t nruns);

#endif
