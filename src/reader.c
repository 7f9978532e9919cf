/* What the readers share: the text buffer, the reading, and the choice of
 * reader by content. */
#include "reader.h"
#include <stdlib.h>
#include <string.h>

void kg_out_squeezed(kg_sink *b, const char *s)
{
    for (; *s; s++) {
        bool space = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';
        if (!space)
            kg_out_char(b, *s);
        else if (b->n && kg_out_last(b) != ' ' && kg_out_last(b) != '\n')
            kg_out_char(b, ' ');
    }
}

void kg_out_newline(kg_sink *b)
{
    kg_out_trim(b, " ");                /* no trailing spaces */
    if (b->n && kg_out_last(b) != '\n')
        kg_out_char(b, '\n');
}

void kg_reading_add_markup(kg_reading *r, size_t start, size_t end, const char *id)
{
    if (kg_grow((void **)&r->markup, &r->capmarkup, r->nmarkup, sizeof *r->markup))
        return;
    char *copy = strdup(id);
    if (!copy)
        return;
    r->markup[r->nmarkup++] = (kg_markup){start, end, copy};
}

void kg_reading_add_page(kg_reading *r, size_t start)
{
    if (kg_grow((void **)&r->pages, &r->cappages, r->npages, sizeof *r->pages) == 0)
        r->pages[r->npages++] = start;
}

void kg_reading_free(kg_reading *r)
{
    free(r->pages);
    kg_sink_release(&r->text);
    free(r->id);
    free(r->date);
    free(r->subject);
    free(r->doctype);
    for (size_t i = 0; i < r->nmarkup; i++)
        free(r->markup[i].id);
    free(r->markup);
    free(r->warning);
    memset(r, 0, sizeof *r);
}

static bool has_suffix(const char *path, const char *suffix)
{
    size_t n = strlen(path), m = strlen(suffix);
    if (n < m)
        return false;
    for (size_t i = 0; i < m; i++)
        if ((path[n - m + i] | 0x20) != suffix[i])
            return false;
    return true;
}

/* Whether `needle` occurs in the first `window` bytes, case-insensitive. */
static bool starts_with_tag(const unsigned char *b, size_t len, const char *needle,
                            size_t window)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len && i < window; i++) {
        size_t k = 0;
        while (k < n && (b[i + k] | 0x20) == (unsigned char)needle[k])
            k++;
        if (k == n)
            return true;
    }
    return false;
}

kg_reader_fn kg_reader_for(const char *path, const unsigned char *b, size_t len,
                           const char **format)
{
    if (len >= 5 && memcmp(b, "%PDF-", 5) == 0) {
        *format = "pdf";
        return kg_read_pdf;
    }
    if (len >= 4 && memcmp(b, "PK\x03\x04", 4) == 0) {
        *format = "docx";                /* a ZIP: only DOCX is ours */
        return kg_read_docx;
    }
    size_t head = len < 4096 ? len : 4096;
    bool markup = head && (b[0] == '<' || (head > 3 && memcmp(b, "\xEF\xBB\xBF<", 4) == 0));
    if (markup && (starts_with_tag(b, head, "<!doctype html", 1024) ||
                   starts_with_tag(b, head, "<html", 4096) || has_suffix(path, ".html") ||
                   has_suffix(path, ".htm"))) {
        *format = "html";
        return kg_read_html;
    }
    if (markup) {
        *format = "xml";
        return kg_read_xml;
    }
    *format = "text";
    return kg_read_text;
}
