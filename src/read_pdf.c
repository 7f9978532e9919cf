/*
 * The PDF reader: the text of each page as poppler lays it out, one line
 * of the page a line here. The lines are kept as they are: a sentence
 * broken over two lines is joined by the normaliser, and a page footer
 * ("Tweede Kamer, vergaderjaar 2023–2024, 36 410 VII, nr. 88 14") stays
 * a line of its own at the end of its page, where the scanner finds it.
 * Footnotes stay in the PDF shape (a marker glued to the word, the note
 * at the page foot); the resolver knows that shape.
 *
 * poppler reports what it finds wrong in a file through GLib logging
 * (domain "Poppler"). A library must not write to the caller's stderr, so
 * those messages are caught for the duration of a read; the first one
 * says more than poppler's GError and goes into our message. The handler
 * is process-wide while set: another thread's poppler messages in that
 * time are swallowed too, which is what a library wants anyway.
 */
#include "reader.h"

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

/* One page's text, its lines as poppler gives them, then a line break.
 * A page without text adds nothing: no blank line is invented. Returns
 * whether the page had text. */
static bool pdf_add_page(kg_buf *b, PopplerPage *page)
{
    char *text = poppler_page_get_text(page);
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
            out->text.failed = true;    /* reported as out of memory */
    }
    g_free(title);
}

/* Every page's text into out; false when no page has any. */
static bool pdf_pages(PopplerDocument *doc, kg_reading *out)
{
    bool any = false;
    int n = poppler_document_get_n_pages(doc);
    for (int i = 0; i < n; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        kg_reading_add_page(out, out->text.len);  /* page i + 1 starts here */
        if (page) {
            any |= pdf_add_page(&out->text, page);
            g_object_unref(page);
        }
    }
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
