/* Test helper: draws lines of text into a PDF with cairo, so that the PDF
 * reader's tests need no binary fixtures. */
#include "build_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>

#define PDF_FONT "DejaVu Sans"
#define PDF_FONT_SIZE 9.0
#define PDF_LEADING 14.0        /* baseline to baseline */
#define PDF_MARGIN 40.0
#define PDF_MIN_WIDTH 842.0     /* A4 landscape, in points */
#define PDF_MIN_HEIGHT 595.0

/* Width of the widest of lines[0..n). */
static double pdf_widest(cairo_t *cr, const char *const *lines, size_t n)
{
    double widest = 0;
    for (size_t i = 0; i < n; i++) {
        cairo_text_extents_t ext;
        cairo_text_extents(cr, lines[i], &ext);
        if (ext.x_advance > widest)
            widest = ext.x_advance;
    }
    return widest;
}

/* One page holding lines[0..n). The page size may change only before
 * anything is drawn on it, so it is set first, from the lines it will
 * hold: nothing wraps and nothing runs off. */
static void pdf_page(cairo_surface_t *surface, cairo_t *cr,
                     const char *const *lines, size_t n)
{
    double w = pdf_widest(cr, lines, n) + 2 * PDF_MARGIN;
    double h = (double)n * PDF_LEADING + 2 * PDF_MARGIN;
    cairo_pdf_surface_set_size(surface, w > PDF_MIN_WIDTH ? w : PDF_MIN_WIDTH,
                               h > PDF_MIN_HEIGHT ? h : PDF_MIN_HEIGHT);
    for (size_t i = 0; i < n; i++) {
        cairo_move_to(cr, PDF_MARGIN, PDF_MARGIN + (double)(i + 1) * PDF_LEADING);
        cairo_show_text(cr, lines[i]);
    }
    cairo_show_page(cr);
}

int kg_test_build_pdf(const char *out_path, const char *const *lines,
                      size_t nlines, size_t lines_per_page)
{
    cairo_surface_t *surface =
        cairo_pdf_surface_create(out_path, PDF_MIN_WIDTH, PDF_MIN_HEIGHT);
    cairo_t *cr = cairo_create(surface);
    cairo_select_font_face(cr, PDF_FONT, CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, PDF_FONT_SIZE);
    cairo_set_source_rgb(cr, 0, 0, 0);
    size_t per = lines_per_page ? lines_per_page : (nlines ? nlines : 1);
    for (size_t at = 0; at < nlines; at += per)
        pdf_page(surface, cr, lines + at, nlines - at < per ? nlines - at : per);
    int bad = cairo_status(cr) != CAIRO_STATUS_SUCCESS;
    cairo_destroy(cr);
    cairo_surface_finish(surface);      /* writes the file */
    bad |= cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS;
    cairo_surface_destroy(surface);
    /* cairo keeps the font it looked up (and fontconfig's pattern) in
     * caches that are never freed; drop them, so that LeakSanitizer
     * reports only what the code under test leaks */
    cairo_debug_reset_static_data();
    return bad ? -1 : 0;
}
