/* Test helper: draws lines of text into a PDF with cairo, so that the PDF
 * reader's tests need no binary fixtures. */
#include "build_pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>

#define PDF_FONT "DejaVu Sans"
#define PDF_FONT_SIZE 9.0
#define PDF_LEADING 14.0        /* baseline to baseline */
#define PDF_MARGIN 40.0
#define PDF_MIN_WIDTH 842.0     /* A4 landscape, in points */
#define PDF_MIN_HEIGHT 595.0

void kg_test_pdf_fonts_release(void)
{
    /* cairo keeps the fonts it looked up in caches it never frees, and
     * fontconfig its configuration (part of which LeakSanitizer sees as
     * leaked); free both, so that a leak report is about our code. */
    cairo_debug_reset_static_data();
    FcFini();
}

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
    kg_test_pdf_fonts_release();
    return bad ? -1 : 0;
}

/* The first multiple of step at or after x >= 0 (no libm: the tools that
 * share this helper link without it). */
static double pdf_round_up(double x, double step)
{
    double q = x / step - 1e-9;
    double k = (double)(long long)q;
    return (k < q ? k + 1 : k) * step;
}

/* How much further than its advance glyph i of a run puts the next one. */
static double pdf_gap_of(const char *gaps, size_t i)
{
    if (!gaps || i >= strlen(gaps))
        return 0;
    char c = gaps[i];
    if (c >= '1' && c <= '9')
        return (c - '0') / 10.0;
    if (c >= 'a' && c <= 'i')
        return -(c - 'a' + 1) / 10.0;
    if (c >= 'A' && c <= 'Z')
        return 1 + (c - 'A') / 10.0;
    return 0;
}

/* Draws one run from pen position x; returns where it ends. */
static double pdf_draw_run(cairo_t *cr, const kg_test_pdf_run *r, double x)
{
    cairo_select_font_face(cr, PDF_FONT, CAIRO_FONT_SLANT_NORMAL,
                           r->bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, r->size);
    cairo_glyph_t *g = NULL;
    int n = 0;
    if (cairo_scaled_font_text_to_glyphs(cairo_get_scaled_font(cr), 0, 0, r->text, -1,
                                         &g, &n, NULL, NULL, NULL) != CAIRO_STATUS_SUCCESS)
        return x;
    double pen = 0;
    for (int i = 0; i < n; i++) {
        cairo_text_extents_t ext;
        cairo_glyph_t one = g[i];
        cairo_glyph_extents(cr, &one, 1, &ext);
        double at = i && r->grid > 0 ? pdf_round_up(pen, r->grid) : pen;
        g[i].x = at;
        g[i].y = 0;
        pen = at + ext.x_advance + pdf_gap_of(r->gaps, (size_t)i);
    }
    cairo_save(cr);
    cairo_translate(cr, x, r->y);
    cairo_rotate(cr, r->angle * 3.14159265358979323846 / 180);
    cairo_show_glyphs(cr, g, n);
    cairo_restore(cr);
    cairo_glyph_free(g);
    return x + pen;
}

int kg_test_build_pdf_runs(const char *out_path, const kg_test_pdf_run *runs,
                           size_t nruns)
{
    cairo_surface_t *surface = cairo_pdf_surface_create(out_path, 595, 842);
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0, 0, 0);
    double pen = 0;
    for (size_t i = 0; i < nruns; i++)
        pen = pdf_draw_run(cr, &runs[i], runs[i].follow ? pen + runs[i].x : runs[i].x);
    int bad = cairo_status(cr) != CAIRO_STATUS_SUCCESS;
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    bad |= cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS;
    cairo_surface_destroy(surface);
    kg_test_pdf_fonts_release();
    return bad ? -1 : 0;
}

size_t kg_test_fixture_pdf_lines(const char *txt_path, char **lines, size_t max)
{
    FILE *f = fopen(txt_path, "r");
    if (!f)
        return 0;
    char line[1024];
    size_t n = 0;
    while (fgets(line, sizeof line, f) && n + 2 < max) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0])
            continue;
        char *note = strstr(line, "[footnoteRef:1]");
        if (note)
            strcpy(note, "\xc2\xb9.");       /* superscript one */
        lines[n++] = strdup(line);
    }
    fclose(f);
    lines[n++] = strdup("\xc2\xb9 Kamerstukken II 2024/25, 31 490, nr. 359");
    return n;
}

int kg_test_build_fixture_pdf(const char *txt_path, const char *out_path)
{
    char *lines[128];
    size_t n = kg_test_fixture_pdf_lines(txt_path, lines, 128);
    int rc = n ? kg_test_build_pdf(out_path, (const char *const *)lines, n, n) : -1;
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    return rc;
}
