/* A document: read the input, keep its text and line index, run the
 * scanner, hand the raw citations to the resolver. */
#include "cite.h"
#include "doc.h"
#include "id.h"
#include "own_output.h"
#include "reader.h"
#include "scan.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define KG_MAX_INPUT ((size_t)1 << 31)  /* 2 GiB: offsets stay in range */

static void collect_cite(void *ctx, const kg_cite *c)
{
    kg_doc *doc = ctx;
    if (kg_grow((void **)&doc->cites, &doc->capcites, doc->ncites, sizeof *c) == 0)
        doc->cites[doc->ncites++] = *c;  /* else: fewer cites, no crash */
}

static void collect_structure(void *ctx, const kg_structure *st)
{
    kg_doc *doc = ctx;
    if (kg_grow((void **)&doc->structures, &doc->capstructures, doc->nstructures,
                sizeof *st) == 0)
        doc->structures[doc->nstructures++] = *st;
}

static bool is_hex(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr("0123456789abcdefABCDEF", s[i]))
            return false;
    return true;
}

/* The key of a file: its name without directory and extension, and
 * without the "_<hex digest>" that download tools append
 * ("002_e2ac55ca792ad97b.txt" -> "002"). */
static const char *file_key(kg_arena *a, const char *path)
{
    if (strcmp(path, "-") == 0)
        return "stdin";
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    const char *us = memchr(base, '_', n);
    if (us && us != base && n - (size_t)(us - base) - 1 >= 8 &&
        is_hex(us + 1, n - (size_t)(us - base) - 1))
        n = (size_t)(us - base);
    return kg_arena_strndup(a, base, n);
}

static kg_doc *doc_create(const char *name, kg_error *err)
{
    kg_doc *doc = calloc(1, sizeof *doc);
    if (doc)
        doc->arena = kg_arena_create();
    if (!doc || !doc->arena) {
        free(doc);
        kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", name);
        return NULL;
    }
    doc->path = kg_arena_strndup(doc->arena, name, strlen(name));
    doc->key = file_key(doc->arena, name);
    return doc;
}

kg_doc *kg_doc_blank(const char *name, kg_error *err)
{
    kg_doc *doc = doc_create(name, err);
    if (doc && kg_text_init(&doc->text, "", 0) != 0) {
        kg_doc_free(doc);
        kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", name);
        return NULL;
    }
    if (doc)
        doc->id = doc->label = doc->key;
    return doc;
}

/* Normalise (with cuts), scan and model the text. */
static int scan(kg_doc *doc, const kg_span *cuts, size_t ncuts)
{
    if (kg_normalize(&doc->text, cuts, ncuts) != 0)
        return -1;
    doc->ncites = doc->nstructures = 0;
    kg_model_release(&doc->model);
    kg_scan_sink sink = {collect_cite, collect_structure, doc};
    kg_scan_text(doc->text.norm, doc->text.norm_len, 0, &sink);
    if (kg_model_build(doc) != 0)
        return -1;
    if (doc->meta_date)                 /* the format's metadata wins */
        doc->model.meta.date = doc->meta_date;
    if (doc->meta_subject && !doc->model.meta.subject)
        doc->model.meta.subject = doc->meta_subject;
    return 0;
}

/* A second pass when the first found page furniture: the whole lines it
 * stands on (and the line break before them) leave the running text. */
static int cut_furniture(kg_doc *doc)
{
    const kg_model *m = &doc->model;
    const kg_text *t = &doc->text;
    if (m->nfurn == 0)
        return 0;
    kg_span *cuts = malloc(m->nfurn * sizeof *cuts);
    if (!cuts)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < m->nfurn; i++) {
        size_t a = kg_text_original(t, m->furn[i].start);
        size_t b = kg_text_original(t, m->furn[i].end);
        while (a > t->start && t->buf[a - 1] != '\n')
            a--;
        if (a > t->start)
            a--;                        /* the line break before it */
        while (b < t->len && t->buf[b] != '\n')
            b++;
        if (n && a <= cuts[n - 1].off + cuts[n - 1].len) {
            size_t end = cuts[n - 1].off + cuts[n - 1].len;  /* adjoining: one cut */
            cuts[n - 1].len = (b > end ? b : end) - cuts[n - 1].off;
            continue;
        }
        cuts[n++] = (kg_span){a, b - a};
    }
    int rc = scan(doc, cuts, n);
    free(cuts);
    return rc;
}

static const char *keep(kg_doc *doc, const char *s)
{
    return s ? kg_arena_strndup(doc->arena, s, strlen(s)) : NULL;
}

/* What the reader found besides the text: metadata, markup, a note. */
static void take_reading(kg_doc *doc, const kg_reading *r)
{
    doc->format = r->format;
    doc->meta_id = keep(doc, r->id);
    doc->meta_date = r->date && strlen(r->date) >= 10 ? kg_arena_strndup(doc->arena, r->date, 10)
                                                       : NULL;
    doc->meta_subject = keep(doc, r->subject);
    doc->meta_type = keep(doc, r->doctype);
    doc->markup = kg_arena_alloc(doc->arena, (r->nmarkup + 1) * sizeof *doc->markup);
    for (size_t i = 0; doc->markup && i < r->nmarkup; i++) {
        doc->markup[i].start = r->markup[i].start;
        doc->markup[i].end = r->markup[i].end;
        doc->markup[i].id = keep(doc, r->markup[i].id);
        doc->nmarkup++;
    }
    doc->note = keep(doc, r->warning);
    if (r->npages) {
        doc->pages = kg_arena_alloc(doc->arena, r->npages * sizeof *doc->pages);
        if (doc->pages) {
            memcpy(doc->pages, r->pages, r->npages * sizeof *doc->pages);
            doc->npages = r->npages;
        }
    }
}

kg_ref *kg_doc_new_ref(kg_doc *doc)
{
    if (kg_grow((void **)&doc->refs, &doc->caprefs, doc->nrefs, sizeof *doc->refs))
        return NULL;
    kg_ref *r = &doc->refs[doc->nrefs++];
    memset(r, 0, sizeof *r);
    return r;
}

void kg_doc_warn(kg_doc *doc, const char *fmt, ...)
{
    if (kg_grow((void **)&doc->warnings, &doc->capwarnings, doc->nwarnings,
                sizeof *doc->warnings))
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    doc->warnings[doc->nwarnings++] = keep(doc, msg);
}

size_t kg_doc_warning_count(const kg_doc *doc) { return doc->nwarnings; }

const char *kg_doc_warning(const kg_doc *doc, size_t i)
{
    return i < doc->nwarnings ? doc->warnings[i] : NULL;
}

const char *kg_doc_format(const kg_doc *doc) { return doc->format; }
const char *kg_doc_note(const kg_doc *doc) { return doc->note; }

kg_doc *kg_doc_read_buffer(const char *name, const char *buf, size_t len,
                           kg_error *err)
{
    if (len >= KG_MAX_INPUT) {
        kg_fail(err, KG_ERR_INPUT, "%s: file too large (%zu bytes)",
                name, len);
        return NULL;
    }
    const char *own = kg_own_output_kind((const unsigned char *)buf, len);
    if (own) {
        kg_fail(err, KG_ERR_OWN_OUTPUT, "%s: skipped: kamergraph wrote it (%s)", name, own);
        return NULL;
    }
    kg_reading r = {0};
    const char *format;
    kg_reader_fn read = kg_reader_for(name, (const unsigned char *)buf, len, &format);
    if (read(name, (const unsigned char *)buf, len, &r, err) != KG_OK) {
        kg_reading_free(&r);
        return NULL;
    }
    kg_doc *doc = doc_create(name, err);
    if (!doc) {
        kg_reading_free(&r);
        return NULL;
    }
    take_reading(doc, &r);
    /* the reader's text becomes the document's: no copy of a big file */
    size_t text_len;
    char *text = kg_sink_take(&r.text, &text_len);
    int failed = text ? kg_text_adopt(&doc->text, text, text_len) != 0
                      : kg_text_init(&doc->text, "", 0) != 0;
    kg_reading_free(&r);
    if (failed || scan(doc, NULL, 0) != 0 || cut_furniture(doc) != 0 ||
        kg_resolve(doc) != 0) {
        kg_doc_free(doc);
        kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", name);
        return NULL;
    }
    return doc;
}

/* Reads all of f; NULL with errno set on failure. A regular file is read
 * into a buffer of its size at once. */
static char *slurp(FILE *f, size_t *len)
{
    struct stat st;
    size_t cap = 1 << 16, n = 0;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (size_t)st.st_size < KG_MAX_INPUT)
        cap = (size_t)st.st_size + 1;   /* +1: EOF seen without a realloc */
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        if (cap >= KG_MAX_INPUT) {
            errno = EFBIG;
            free(buf);
            return NULL;
        }
        char *grown = realloc(buf, cap * 2);
        if (!grown)
            free(buf);
        buf = grown;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        int e = errno;
        free(buf);
        errno = e ? e : EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

kg_doc *kg_doc_read_file(const char *path, kg_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    struct stat st;
    if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        kg_fail(err, KG_ERR_INPUT, "%s: is a directory", path);
        return NULL;
    }
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        kg_fail(err, KG_ERR_IO, "%s: cannot open: %s", path,
                strerror(errno));
        return NULL;
    }
    size_t len = 0;
    errno = 0;
    char *buf = slurp(f, &len);
    int e = errno;
    if (!is_stdin)
        fclose(f);
    if (!buf) {
        kg_fail(err, KG_ERR_IO, "%s: cannot read: %s", path,
                strerror(e ? e : ENOMEM));
        return NULL;
    }
    kg_doc *doc = kg_doc_read_buffer(is_stdin ? "-" : path, buf, len, err);
    free(buf);
    return doc;
}

void kg_doc_free(kg_doc *doc)
{
    if (!doc)
        return;
    kg_text_release(&doc->text);
    free(doc->cites);
    free(doc->structures);
    free(doc->refs);
    free(doc->warnings);
    kg_model_release(&doc->model);
    kg_arena_free(doc->arena);
    free(doc);
}

const char *kg_doc_path(const kg_doc *doc) { return doc->path; }
const char *kg_doc_id(const kg_doc *doc) { return doc->id; }
const char *kg_doc_label(const kg_doc *doc) { return doc->label; }

const char *kg_doc_publication_id(const kg_doc *doc)
{
    size_t number_end;
    if (doc->meta_id && (kg_is_kst_id(doc->meta_id) ||
                         kg_is_handelingen_id(doc->meta_id, &number_end)))
        return doc->meta_id;
    return strcmp(doc->id, doc->key) != 0 || kg_is_kst_id(doc->id) ? doc->id : NULL;
}
const char *kg_doc_url(const kg_doc *doc) { return doc->url; }
size_t kg_doc_ref_count(const kg_doc *doc) { return doc->nrefs; }

const kg_ref *kg_doc_ref(const kg_doc *doc, size_t i)
{
    return i < doc->nrefs ? &doc->refs[i] : NULL;
}

const char *kg_doc_text(const kg_doc *doc, size_t *len)
{
    if (len)
        *len = doc->text.len;
    return doc->text.buf;
}

static const char *const resolution_names[KG_RESOLVED_COUNT] = {
    [KG_RESOLVED_INLINE] = "inline",
    [KG_RESOLVED_FOOTNOTE] = "footnote",
    [KG_RESOLVED_EARLIER_MENTION] = "earlier-mention",
    [KG_RESOLVED_LATER_MENTION] = "later-mention",
    [KG_RESOLVED_BORN] = "born",
    [KG_RESOLVED_SAME_NUMBER] = "same-number",
    [KG_RESOLVED_DEBATE_DOSSIER] = "debate-dossier",
    [KG_RESOLVED_DATE_ALIAS] = "date-alias",
    [KG_RESOLVED_MARKUP] = "markup",
    [KG_RESOLVED_CORPUS_ALIAS] = "corpus-alias",
};

const char *kg_resolution_name(kg_resolution how)
{
    return (unsigned)how < KG_RESOLVED_COUNT ? resolution_names[how] : NULL;
}

bool kg_resolution_parse(const char *name, kg_resolution *how)
{
    for (int k = 1; name && k < KG_RESOLVED_COUNT; k++)
        if (strcmp(resolution_names[k], name) == 0) {
            *how = (kg_resolution)k;
            return true;
        }
    return false;
}

bool kg_block_place(kg_arena *a, const kg_block *b, kg_id *place)
{
    *place = (kg_id){.place_n = b->n};
    switch (b->kind) {
    case KG_BLOCK_QUESTION: place->place = KG_PLACE_QUESTION; break;
    case KG_BLOCK_ANSWER: place->place = KG_PLACE_ANSWER; break;
    case KG_BLOCK_SECTION:
        place->place = KG_PLACE_SECTION;
        place->place_name = kg_idpart_of(b->label ? b->label : "");
        break;
    case KG_BLOCK_MEMBER:
        if (!b->asker)
            return false;
        place->place = KG_PLACE_MEMBER;
        place->place_name = kg_idpart_of(
            kg_cite_member_key(a, b->asker, (kg_span){0, strlen(b->asker)}));
        break;
    }
    return place->place != KG_PLACE_NONE;
}
