/*
 * letterconv: the benchmark's plain-text letters as PDF or DOCX files, so
 * that `make bench` can time the readers and the cache on those formats.
 *
 *   letterconv pdf|docx OUTDIR FILE.txt...
 *
 * writes OUTDIR/<name>.pdf or .docx for each letter. A PDF is laid out
 * as a printed letter: each paragraph wrapped at WRAP bytes (at a space),
 * PAGE_LINES lines a page, a footnote's marker a superscript number glued
 * to its word and the note at the foot of the page (REFERENCE-FORMATS.md
 * section 5). A DOCX has one <w:p> per paragraph, its footnotes as the
 * text export wrote them.
 *
 * Built by mk/bench.mk with the test helpers tests/build_pdf.c (cairo) and
 * tests/build_docx.c (libzip).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build_docx.h"
#include "build_pdf.h"
#include "read_whole.h"

#define WRAP 100
#define PAGE_LINES 60

typedef struct {
    char **v;
    size_t n, cap;
} lines;

static int push(lines *l, const char *s, size_t len)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 256;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, s, len);
    copy[len] = '\0';
    l->v[l->n++] = copy;
    return 0;
}

static void lines_free(lines *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

/* One paragraph as lines of at most WRAP bytes, broken at spaces (a word
 * longer than that stands on a line of its own, so UTF-8 is never cut). */
static int wrap(lines *out, const char *p, size_t len)
{
    while (len > WRAP) {
        size_t cut = WRAP;
        while (cut > 0 && p[cut] != ' ')
            cut--;
        if (cut == 0)
            for (cut = WRAP; cut < len && p[cut] != ' '; cut++)
                ;
        if (push(out, p, cut))
            return -1;
        p += cut;
        len -= cut;
        while (len && *p == ' ')
            p++, len--;
    }
    return len ? push(out, p, len) : 0;
}

/* The letter's non-empty lines: its paragraphs. */
static int read_lines(const char *path, lines *out)
{
    size_t len;
    char *text = kg_test_read_whole(path, &len);
    if (!text)
        return -1;
    int rc = 0;
    for (char *p = text; rc == 0 && p < text + len;) {
        char *nl = memchr(p, '\n', (size_t)(text + len - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
        if (n && p[n - 1] == '\r')
            n--;
        if (n)
            rc = push(out, p, n);
        p += (nl ? (size_t)(nl - p) + 1 : n);
    }
    free(text);
    return rc;
}

static void xml_escaped(FILE *f, const char *s)
{
    for (; *s; s++)
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        default: fputc(*s, f);
        }
}

static int write_docx(const char *out, const lines *l)
{
    static const char types[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    char *doc = NULL;
    size_t doclen = 0;
    FILE *f = open_memstream(&doc, &doclen);
    if (!f)
        return -1;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:body>\n", f);
    for (size_t i = 0; i < l->n; i++) {
        fputs("<w:p><w:r><w:t xml:space=\"preserve\">", f);
        xml_escaped(f, l->v[i]);
        fputs("</w:t></w:r></w:p>\n", f);
    }
    fputs("</w:body></w:document>\n", f);
    if (fclose(f)) {
        free(doc);
        return -1;
    }
    const char *names[] = {"[Content_Types].xml", "word/document.xml"};
    const char *contents[] = {types, doc};
    size_t sizes[] = {sizeof types - 1, doclen};
    int rc = kg_test_build_zip(out, names, contents, sizes, 2);
    free(doc);
    return rc;
}

/* ---- PDF pages with footnotes ---------------------------------------- */

/* "12" as superscript digits. */
static void superscript(char *out, size_t size, unsigned n)
{
    static const char *const sup[] = {"\xe2\x81\xb0", "\xc2\xb9", "\xc2\xb2", "\xc2\xb3",
                                      "\xe2\x81\xb4", "\xe2\x81\xb5", "\xe2\x81\xb6",
                                      "\xe2\x81\xb7", "\xe2\x81\xb8", "\xe2\x81\xb9"};
    char digits[16];
    snprintf(digits, sizeof digits, "%u", n);
    out[0] = '\0';
    for (const char *d = digits; *d && strlen(out) + 4 < size; d++)
        strcat(out, sup[*d - '0']);
}

typedef struct {
    lines out;                  /* every page so far, PAGE_LINES lines each */
    lines body, notes;          /* the page being filled */
} pager;

static int page_flush(pager *p)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < p->body.n; i++)
        rc = push(&p->out, p->body.v[i], strlen(p->body.v[i]));
    for (size_t i = p->body.n + p->notes.n; rc == 0 && i < PAGE_LINES; i++)
        rc = push(&p->out, "", 0);              /* the white above the notes */
    for (size_t i = 0; rc == 0 && i < p->notes.n; i++)
        rc = push(&p->out, p->notes.v[i], strlen(p->notes.v[i]));
    lines_free(&p->body);
    lines_free(&p->notes);
    memset(&p->body, 0, sizeof p->body);
    memset(&p->notes, 0, sizeof p->notes);
    return rc;
}

/* One paragraph of the Word export ("...2025[footnoteRef:1]. ...  [1:  note ]"):
 * its markers made superscript, its notes taken out to the page's foot. */
static int page_paragraph(pager *p, const char *para, size_t len)
{
    char *text = malloc(len + 1), *o = text;
    lines notes = {0};
    if (!text)
        return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < len;) {
        unsigned n;
        int used = 0;
        /* sscanf reads the whole rest of the string: only at a '[' */
        bool open = para[i] == '[';
        if (open && sscanf(para + i, "[footnoteRef:%u]%n", &n, &used) == 1 && used > 0) {
            char sup[64];
            superscript(sup, sizeof sup, n);
            strcpy(o, sup);
            o += strlen(sup);
            i += (size_t)used;
        } else if (open && sscanf(para + i, "[%u:  %n", &n, &used) == 1 && used > 0) {
            const char *end = strstr(para + i, " ]");
            size_t stop = end && (size_t)(end - para) < len ? (size_t)(end - para) : len;
            char head[64], note[4096];
            superscript(head, sizeof head, n);
            int k = snprintf(note, sizeof note, "%s %.*s", head,
                             (int)(stop - i - (size_t)used), para + i + used);
            rc = wrap(&notes, note, k > 0 && (size_t)k < sizeof note ? (size_t)k : 0);
            i = stop + (end ? 2 : 0);
        } else {
            *o++ = para[i++];
        }
    }
    while (o > text && o[-1] == ' ')
        o--;
    lines body = {0};
    if (rc == 0)
        rc = wrap(&body, text, (size_t)(o - text));
    free(text);
    if (rc == 0 && p->body.n && p->body.n + p->notes.n + body.n + notes.n > PAGE_LINES)
        rc = page_flush(p);
    for (size_t i = 0; rc == 0 && i < body.n; i++) {
        if (p->body.n + p->notes.n + 1 > PAGE_LINES)
            rc = page_flush(p);     /* a paragraph longer than a page */
        if (rc == 0)
            rc = push(&p->body, body.v[i], strlen(body.v[i]));
    }
    for (size_t i = 0; rc == 0 && i < notes.n; i++)
        rc = push(&p->notes, notes.v[i], strlen(notes.v[i]));
    lines_free(&body);
    lines_free(&notes);
    return rc;
}

static int write_pdf(const char *out, const lines *paragraphs)
{
    pager p = {0};
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < paragraphs->n; i++)
        rc = page_paragraph(&p, paragraphs->v[i], strlen(paragraphs->v[i]));
    if (rc == 0 && (p.body.n || p.notes.n))
        rc = page_flush(&p);
    if (rc == 0)
        rc = kg_test_build_pdf(out, (const char *const *)p.out.v, p.out.n, PAGE_LINES);
    lines_free(&p.out);
    lines_free(&p.body);
    lines_free(&p.notes);
    return rc;
}

static int convert(const char *format, const char *outdir, const char *path)
{
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t stem = strcspn(base, ".");
    char out[4096];
    if (snprintf(out, sizeof out, "%s/%.*s.%s", outdir, (int)stem, base, format) >=
        (int)sizeof out)
        return -1;
    lines l = {0};
    int rc = read_lines(path, &l);
    if (rc == 0)
        rc = strcmp(format, "pdf") == 0 ? write_pdf(out, &l) : write_docx(out, &l);
    lines_free(&l);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 3 || (strcmp(argv[1], "pdf") != 0 && strcmp(argv[1], "docx") != 0)) {
        fprintf(stderr, "usage: letterconv pdf|docx OUTDIR FILE.txt...\n");
        return 2;
    }
    for (int i = 3; i < argc; i++)
        if (convert(argv[1], argv[2], argv[i])) {
            fprintf(stderr, "letterconv: %s: cannot convert to %s in %s\n", argv[i], argv[1],
                    argv[2]);
            return 1;
        }
    return 0;
}
