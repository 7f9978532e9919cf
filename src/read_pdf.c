/*
 * The PDF reader: the text of each page, one line of the page a line
 * here. poppler finds the characters, their boxes and fonts, its words
 * and lines and their order; pdf_text.c rebuilds each line from where the
 * glyphs stand (where words part, raised footnote numbers as superscript
 * digits, a note's number back before its note). The lines are kept as
 * they are: a sentence broken over two lines is joined by the normaliser,
 * and a page footer ("Tweede Kamer, vergaderjaar 2023–2024, 36 410 VII,
 * nr. 88 14") stays a line of its own at the end of its page, where the
 * scanner finds it. Footnotes stay where the page has them (the marker
 * after its word, the note at the page foot); the model pairs them.
 *
 * poppler reports what it finds wrong in a file through GLib logging
 * (domain "Poppler"). A library must not write to the caller's stderr, so
 * those messages are caught for the duration of a read; the first one
 * says more than poppler's GError and goes into our message. The handler
 * is process-wide while set: another thread's poppler messages in that
 * time are swallowed too, which is what a library wants anyway.
 */
#include "reader.h"
#include "pdf_text.h"

#include <errno.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What poppler logged while we read: the first message, for our own. */
typedef struct {
    char first[160];
} pdf_log;

/* poppler's message less its "Syntax error at position -1: " head,
 * which tells a user nothing. */
static const char *pdf_log_gist(const char *message)
{
    const char *colon = strstr(message, ": ");
    const char *at = strstr(message, " at position ");
    return colon && at && at < colon ? colon + 2 : message;
}

static void pdf_log_catch(const gchar *domain, GLogLevelFlags level,
                          const gchar *message, gpointer data)
{
    (void)domain;
    (void)level;
    pdf_log *log = data;
    if (!log->first[0] && message)
        snprintf(log->first, sizeof log->first, "%s", pdf_log_gist(message));
}

/* Copies s into out (size n) as one line: control characters become
 * spaces, so that a message from poppler cannot break ours. */
static void pdf_one_line(char *out, size_t n, const char *s)
{
    size_t k = 0;
    for (; s && *s && k + 1 < n; s++)
        out[k++] = (unsigned char)*s < 0x20 ? ' ' : *s;
    out[k] = '\0';
}

static kg_status pdf_unreadable(const char *path, const GError *gerr,
                                const pdf_log *log, kg_error *err)
{
    char what[200], detail[160];
    pdf_one_line(what, sizeof what, gerr && gerr->message ? gerr->message : "unknown error");
    pdf_one_line(detail, sizeof detail, log->first);
    if (detail[0] && strcmp(detail, what) != 0)
        return kg_fail(err, KG_ERR_INPUT, "%s: not a readable PDF: %s (%s)",
                       path, what, detail);
    return kg_fail(err, KG_ERR_INPUT, "%s: not a readable PDF: %s", path, what);
}

static bool pdf_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f')
            return false;
    return true;
}

/* One page's text as poppler gives it, for a page whose character boxes
 * do not match its text (never seen; poppler documents that they do).
 * A page without text adds nothing: no blank line is invented. Returns
 * whether the page had text. */
static bool pdf_add_poppler_text(kg_sink *b, const char *text)
{
    bool any = text && !pdf_blank(text);
    if (any) {
        for (const char *s = text; *s; s++) {
            if (*s == '\r' && s[1] == '\n')
                continue;               /* CR LF: the LF ends the line */
            kg_out_char(b, *s == '\r' || *s == '\f' ? '\n' : *s);
        }
        /* poppler ends the last line without a break; trailing blank
         * lines or spaces of the page go, so pages join without a gap */
        kg_out_trim(b, " \t\n");
        kg_out_char(b, '\n');
    }
    return any;
}

/* What reading a document keeps from page to page: the fonts' numbers by
 * name, what was learnt of its glyphs, and room for a page's glyphs. */
typedef struct {
    GHashTable *fonts;
    kg_pdf_advances *adv;
    kg_pdf_glyph *g;
    size_t n, cap;
} pdf_pages_read;

/* A coordinate or size as a float: poppler's doubles may be anything in a
 * hostile file, and a float cannot hold everything a double can. */
static float pdf_float(double x)
{
    if (!(x > -1e7 && x < 1e7))
        return x >= 1e7 ? 1e7f : x <= -1e7 ? -1e7f : 0;   /* NaN: 0 */
    return (float)x;
}

static uint32_t pdf_font_number(GHashTable *fonts, const char *name)
{
    if (!name)
        return 0;
    gpointer n = g_hash_table_lookup(fonts, name);
    if (n)
        return GPOINTER_TO_UINT(n);
    guint next = g_hash_table_size(fonts) + 1;
    g_hash_table_insert(fonts, g_strdup(name), GUINT_TO_POINTER(next));
    return next;
}

/* Each glyph's font and size, from poppler's runs of equal attributes
 * (indices into the text, the last one included). */
static void pdf_fonts_of(PopplerPage *page, GHashTable *fonts, kg_pdf_glyph *g, size_t n)
{
    GList *runs = poppler_page_get_text_attributes(page);
    for (GList *r = runs; r; r = r->next) {
        const PopplerTextAttributes *a = r->data;
        if (a->start_index < 0 || a->end_index < a->start_index ||
            (size_t)a->start_index >= n)
            continue;
        size_t end = (size_t)a->end_index < n ? (size_t)a->end_index : n - 1;
        uint32_t font = pdf_font_number(fonts, a->font_name);
        float size = a->font_size > 0 ? pdf_float(a->font_size) : 0;
        for (size_t i = (size_t)a->start_index; i <= end; i++) {
            g[i].font = font;
            g[i].size = size;
        }
    }
    poppler_page_free_text_attributes(runs);
}

/* The page's characters (poppler's text, one box per character) into
 * r->g; false when out of memory. When the boxes do not fit the text,
 * *text is poppler's text instead (g_free it). */
static bool pdf_read_page(PopplerPage *page, pdf_pages_read *r, char **text)
{
    *text = poppler_page_get_text(page);
    PopplerRectangle *box = NULL;
    guint nbox = 0;
    if (!poppler_page_get_text_layout(page, &box, &nbox))
        nbox = 0;
    glong n = 0;
    gunichar *u = *text ? g_utf8_to_ucs4_fast(*text, -1, &n) : NULL;
    bool ok = true;
    r->n = 0;
    if (u && n == (glong)nbox) {
        g_free(*text);
        *text = NULL;
        if ((size_t)n > r->cap) {
            kg_pdf_glyph *g = realloc(r->g, (size_t)n * sizeof *g);
            ok = g != NULL;
            r->g = g ? g : r->g;
            r->cap = g ? (size_t)n : r->cap;
        }
        for (size_t i = 0; ok && i < (size_t)n; i++)
            r->g[i] = (kg_pdf_glyph){u[i], pdf_float(box[i].x1), pdf_float(box[i].y1),
                                     pdf_float(box[i].x2), pdf_float(box[i].y2), 0, 0};
        r->n = ok ? (size_t)n : 0;
        pdf_fonts_of(page, r->fonts, r->g, r->n);
    }
    g_free(u);
    g_free(box);
    return ok;
}

/* One page's text into out, its glyphs learnt from first; whether it had
 * any. */
static bool pdf_page(PopplerPage *page, pdf_pages_read *r, kg_reading *out)
{
    char *text = NULL;
    bool any = false;
    if (!pdf_read_page(page, r, &text) || !kg_pdf_advances_learn(r->adv, r->g, r->n))
        out->text.error = ENOMEM;        /* reported as out of memory */
    else if (text)
        any = pdf_add_poppler_text(&out->text, text);
    else
        any = kg_pdf_page_text(&out->text, r->g, r->n, r->adv);
    g_free(text);
    return any;
}

/* The PDF title, when it has one, as the subject. */
static void pdf_title(PopplerDocument *doc, kg_reading *out)
{
    char *title = poppler_document_get_title(doc);
    if (title) {
        g_strstrip(title);
        if (title[0] && !(out->subject = strdup(title)))
            out->text.error = ENOMEM;    /* reported as out of memory */
    }
    g_free(title);
}

/* Every page's text into out; false when no page has any. What a glyph's
 * advance is in this document is learnt page by page: each page is read
 * with what its own and the earlier pages taught (a document read whole
 * first would hold every glyph of it in memory at once). */
static bool pdf_pages(PopplerDocument *doc, kg_reading *out)
{
    pdf_pages_read r = {g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
                        kg_pdf_advances_create(), NULL, 0, 0};
    bool any = false;
    int n = poppler_document_get_n_pages(doc);
    if (!r.adv)
        out->text.error = ENOMEM;
    for (int i = 0; !out->text.error && i < n; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        kg_reading_add_page(out, out->text.n);  /* page i + 1 starts here */
        if (page) {
            any |= pdf_page(page, &r, out);
            g_object_unref(page);
        }
    }
    free(r.g);
    kg_pdf_advances_free(r.adv);
    g_hash_table_destroy(r.fonts);
    return any;
}

static kg_status pdf_read(const char *path, const unsigned char *bytes, size_t len,
                          kg_reading *out, kg_error *err, pdf_log *log)
{
    GError *gerr = NULL;
    GBytes *data = g_bytes_new(bytes, len);     /* poppler keeps a ref */
    PopplerDocument *doc = poppler_document_new_from_bytes(data, NULL, &gerr);
    g_bytes_unref(data);
    if (!doc) {
        kg_status st = pdf_unreadable(path, gerr, log, err);
        g_clear_error(&gerr);
        return st;
    }
    bool any = pdf_pages(doc, out);
    pdf_title(doc, out);
    g_object_unref(doc);
    if (out->text.error)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    if (!any)
        return kg_fail(err, KG_ERR_INPUT,
                       "%s: no text (a scanned PDF? kamergraph does not do OCR)", path);
    return KG_OK;
}

kg_status kg_read_pdf(const char *path, const unsigned char *bytes, size_t len,
                      kg_reading *out, kg_error *err)
{
    out->format = "pdf";
    pdf_log log = {{0}};
    guint handler = g_log_set_handler("Poppler",
                                      G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL |
                                          G_LOG_FLAG_RECURSION,
                                      pdf_log_catch, &log);
    kg_status st = pdf_read(path, bytes, len, out, err, &log);
    g_log_remove_handler("Poppler", handler);
    if (st != KG_OK) {
        kg_reading_free(out);   /* nothing half-read is left to the caller */
        out->format = "pdf";
    }
    return st;
}
