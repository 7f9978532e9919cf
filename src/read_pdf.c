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
 * The whole document is read before any page is written: what a glyph's
 * advance is in this document is learnt from all its pages (a footnote's
 * small font may have few glyphs on one page).
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

#include <math.h>
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
static bool pdf_add_poppler_text(kg_buf *b, const char *text)
{
    bool any = text && !pdf_blank(text);
    if (any) {
        for (const char *s = text; *s; s++) {
            if (*s == '\r' && s[1] == '\n')
                continue;               /* CR LF: the LF ends the line */
            kg_buf_addc(b, *s == '\r' || *s == '\f' ? '\n' : *s);
        }
        /* poppler ends the last line without a break; trailing blank
         * lines or spaces of the page go, so pages join without a gap */
        while (b->len && strchr(" \t\n", b->s[b->len - 1]))
            b->s[--b->len] = '\0';
        kg_buf_addc(b, '\n');
    }
    return any;
}

/* A page: its characters with their boxes, or poppler's text alone. */
typedef struct {
    kg_pdf_glyph *g;
    size_t n;
    char *text;         /* g_free'd; only when there are no boxes */
} pdf_page;

/* Every page of a document, and the fonts' numbers by name. */
typedef struct {
    pdf_page *pages;
    int npages;
    GHashTable *fonts;
    kg_pdf_advances *adv;
} pdf_doc;

static double pdf_finite(double x)
{
    return isfinite(x) ? x : 0;
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
        double size = a->font_size > 0 ? pdf_finite(a->font_size) : 0;
        for (size_t i = (size_t)a->start_index; i <= end; i++) {
            g[i].font = font;
            g[i].size = size;
        }
    }
    poppler_page_free_text_attributes(runs);
}

/* The page's characters (poppler's text, one box per character) into
 * out; false when out of memory. */
static bool pdf_read_page(PopplerPage *page, GHashTable *fonts, pdf_page *out)
{
    char *text = poppler_page_get_text(page);
    PopplerRectangle *box = NULL;
    guint nbox = 0;
    if (!poppler_page_get_text_layout(page, &box, &nbox))
        nbox = 0;
    glong n = 0;
    gunichar *u = text ? g_utf8_to_ucs4_fast(text, -1, &n) : NULL;
    bool ok = true;
    if (!u || n != (glong)nbox) {
        out->text = text;               /* the boxes do not fit the text */
        text = NULL;
    } else if (n > 0 && !(out->g = calloc((size_t)n, sizeof *out->g))) {
        ok = false;
    } else {
        out->n = (size_t)n;
        for (size_t i = 0; i < out->n; i++)
            out->g[i] = (kg_pdf_glyph){u[i], pdf_finite(box[i].x1), pdf_finite(box[i].y1),
                                       pdf_finite(box[i].x2), pdf_finite(box[i].y2), 0, 0};
        pdf_fonts_of(page, fonts, out->g, out->n);
    }
    g_free(u);
    g_free(box);
    g_free(text);
    return ok;
}

/* Every page read and learnt from; false when out of memory. */
static bool pdf_read_pages(PopplerDocument *doc, pdf_doc *d)
{
    d->npages = poppler_document_get_n_pages(doc);
    d->fonts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    d->adv = kg_pdf_advances_create();
    d->pages = calloc(d->npages > 0 ? (size_t)d->npages : 1, sizeof *d->pages);
    if (!d->adv || !d->pages)
        return false;
    for (int i = 0; i < d->npages; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        bool ok = !page || pdf_read_page(page, d->fonts, &d->pages[i]);
        if (page)
            g_object_unref(page);
        if (!ok || !kg_pdf_advances_learn(d->adv, d->pages[i].g, d->pages[i].n))
            return false;
    }
    return kg_pdf_advances_settle(d->adv);
}

static void pdf_doc_free(pdf_doc *d)
{
    for (int i = 0; d->pages && i < d->npages; i++) {
        free(d->pages[i].g);
        g_free(d->pages[i].text);
    }
    free(d->pages);
    g_hash_table_destroy(d->fonts);
    kg_pdf_advances_free(d->adv);
}

/* The PDF title, when it has one, as the subject. */
static void pdf_title(PopplerDocument *doc, kg_reading *out)
{
    char *title = poppler_document_get_title(doc);
    if (title) {
        g_strstrip(title);
        if (title[0] && !(out->subject = strdup(title)))
            out->text.failed = true;    /* reported as out of memory */
    }
    g_free(title);
}

/* Every page's text into out; false when no page has any. */
static bool pdf_pages(PopplerDocument *doc, kg_reading *out)
{
    pdf_doc d = {0};
    bool any = false;
    if (!pdf_read_pages(doc, &d))
        out->text.failed = true;        /* reported as out of memory */
    for (int i = 0; !out->text.failed && i < d.npages; i++) {
        const pdf_page *p = &d.pages[i];
        kg_reading_add_page(out, out->text.len);  /* page i + 1 starts here */
        any |= p->text ? pdf_add_poppler_text(&out->text, p->text)
                       : kg_pdf_page_text(&out->text, p->g, p->n, d.adv);
    }
    pdf_doc_free(&d);
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
    if (out->text.failed)
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
