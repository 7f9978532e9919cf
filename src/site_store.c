/*
 * What the site keeps of each letter as it is read: the text, the places
 * of its references, notes, questions and furniture, and the metadata. The
 * document's own structures (the normalised text and its map, the line and
 * column indexes, the raw citations, the model) are several times the
 * text; the site keeps the text once and small records beside it.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "id.h"
#include "site.h"

kg_site *kg_site_create(void)
{
    kg_site *s = calloc(1, sizeof *s);
    if (s && !(s->arena = kg_arena_create())) {
        free(s);
        return NULL;
    }
    return s;
}

void kg_site_free(kg_site *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        kg_site_letter *L = &s->letters[i];
        free(L->text);
        free(L->refs);
        free(L->notes);
        free(L->anchors);
        free(L->furniture);
    }
    free(s->letters);
    kg_arena_free(s->arena);
    free(s);
}

size_t kg_site_letter_count(const kg_site *s)
{
    return s ? s->n : 0;
}

static const char *keep(kg_site *s, const char *v)
{
    return v ? kg_arena_strndup(s->arena, v, strlen(v)) : NULL;
}

static bool keep_refs(kg_site *s, kg_site_letter *L, const kg_doc *doc)
{
    L->refs = malloc((doc->nrefs ? doc->nrefs : 1) * sizeof *L->refs);
    if (!L->refs)
        return false;
    for (size_t i = 0; i < doc->nrefs; i++) {
        const kg_ref *r = &doc->refs[i];
        if (r->line == 0 || r->length == 0 || r->offset + r->length > doc->text.len)
            continue;                   /* an identity from the file name */
        kg_site_ref *k = &L->refs[L->nrefs++];
        *k = (kg_site_ref){r->offset, r->length, keep(s, r->id), keep(s, r->label),
                           r->resolved_by, keep(s, r->evidence), r->line,
                           r->footnote, (unsigned char)r->kind, r->marker_copy, r->suspect};
        if (!k->id || !k->label)
            return false;
    }
    return true;
}

static size_t original(const kg_doc *doc, size_t norm)
{
    return kg_text_original(&doc->text, norm);
}

static int by_body(const void *pa, const void *pb)
{
    const kg_site_note *a = pa, *b = pb;
    return a->body != b->body ? kg_order(a->body, b->body) : kg_order(a->mark, b->mark);
}

/* The notes by body (which is their order in a letter), so that the note
 * holding an offset is searched. */
static bool keep_notes(kg_site_letter *L, const kg_doc *doc)
{
    const kg_model *m = &doc->model;
    L->notes = malloc((m->nnotes ? m->nnotes : 1) * sizeof *L->notes);
    if (!L->notes)
        return false;
    for (size_t i = 0; i < m->nnotes; i++) {
        const kg_footnote *f = &m->notes[i];
        kg_site_note *k = &L->notes[L->nnotes++];
        *k = (kg_site_note){f->n, original(doc, f->mark_start), original(doc, f->mark_end),
                            original(doc, f->body_start), original(doc, f->body_text),
                            original(doc, f->body_end), 0};
        /* a Word body "[1: ... ]" ends before its bracket: that goes too */
        k->cut_end = k->end < doc->text.len && doc->text.buf[k->end] == ']' ? k->end + 1
                                                                            : k->end;
    }
    qsort(L->notes, L->nnotes, sizeof *L->notes, by_body);
    return true;
}

/* ---- anchors ------------------------------------------------------------ */

static bool named(const kg_site_letter *L, const char *name)
{
    for (size_t i = 0; i < L->nanchors; i++)
        if (strcmp(L->anchors[i].name, name) == 0)
            return true;
    return false;
}

static bool add_anchor(kg_site_letter *L, size_t off, const char *name)
{
    if (!name)
        return false;
    if (!named(L, name))
        L->anchors[L->nanchors++] = (kg_site_anchor){off, name};
    return true;
}

/* The anchor of block b in its letter's page: the place an internal
 * reference to it names after the '#' of its id ("vraag-3"), or "". */
static const char *fragment(kg_site *s, const kg_block *b)
{
    kg_id place;
    return kg_block_place(s->arena, b, &place) ? kg_id_format(s->arena, &place) : "";
}

static int by_offset(const void *pa, const void *pb)
{
    const kg_site_anchor *a = pa, *b = pb;
    return kg_order(a->off, b->off);
}

/* Every question, answer, section and member block, the first of each
 * name; a member whose questions have no block of their own ("de leden
 * van de fractie") is found at the first of them. */
static bool keep_anchors(kg_site *s, kg_site_letter *L, const kg_doc *doc)
{
    const kg_model *m = &doc->model;
    L->anchors = malloc((2 * m->nblocks + 1) * sizeof *L->anchors);
    if (!L->anchors)
        return false;
    for (size_t i = 0; i < m->nblocks; i++) {
        const char *name = fragment(s, &m->blocks[i]);
        if (!name || (*name && !add_anchor(L, original(doc, m->blocks[i].start), name)))
            return false;
    }
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        kg_id member = {.place = KG_PLACE_MEMBER, .place_name = kg_idpart_of(b->asker_key)};
        if (b->kind == KG_BLOCK_QUESTION && b->asker_key &&
            !add_anchor(L, original(doc, b->start), kg_id_format(s->arena, &member)))
            return false;
    }
    qsort(L->anchors, L->nanchors, sizeof *L->anchors, by_offset);
    return true;
}

static bool keep_furniture(kg_site_letter *L, const kg_doc *doc)
{
    const kg_model *m = &doc->model;
    L->furniture = malloc((m->nfurn ? m->nfurn : 1) * sizeof *L->furniture);
    if (!L->furniture)
        return false;
    for (size_t i = 0; i < m->nfurn; i++)
        L->furniture[L->nfurniture++] =
            (kg_site_span){original(doc, m->furn[i].start), original(doc, m->furn[i].end)};
    return true;
}

static bool keep_meta(kg_site *s, kg_site_letter *L, const kg_doc *doc)
{
    const kg_meta *m = &doc->model.meta;
    L->id = keep(s, doc->id);
    L->path = keep(s, doc->path);
    L->label = keep(s, doc->label);
    L->url = keep(s, doc->url);
    L->dossier = keep(s, doc->dossier);
    L->format = keep(s, doc->format);
    L->date = keep(s, m->date);
    L->subject = keep(s, m->subject);
    L->reference = keep(s, m->reference);
    L->addressee = keep(s, m->addressee);
    L->minister = keep(s, m->minister);
    return L->id && L->path && L->label;
}

kg_status kg_site_add_document(kg_site *s, const kg_doc *doc, kg_error *err)
{
    if (!s || !doc)
        return kg_fail(err, KG_ERR_USAGE, "kg_site_add_document: no site or no document");
    if (kg_grow((void **)&s->letters, &s->cap, s->n, sizeof *s->letters))
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", doc->path);
    kg_site_letter *L = &s->letters[s->n++];
    memset(L, 0, sizeof *L);
    L->len = doc->text.len;
    L->start = doc->text.start;
    L->text = malloc(L->len ? L->len : 1);
    if (L->text)
        memcpy(L->text, doc->text.buf, L->len);
    if (!L->text || !keep_meta(s, L, doc) || !keep_refs(s, L, doc) || !keep_notes(L, doc) ||
        !keep_anchors(s, L, doc) || !keep_furniture(L, doc))
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", doc->path);
    return KG_OK;
}

/* ---- sentences ------------------------------------------------------------ */

/* The first note whose body starts at or after off. */
static size_t notes_from(const kg_site_letter *L, size_t off)
{
    size_t lo = 0, hi = L->nnotes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (L->notes[mid].body < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const kg_site_note *kg_site_note_holding(const kg_site_letter *L, size_t off)
{
    /* the notes starting at or before off, nearest first: bodies are
     * apart, or a few share one, so the nearest few decide */
    size_t i = notes_from(L, off + 1);
    for (size_t looked = 0; i > 0 && looked < 16; looked++)
        if (off < L->notes[--i].cut_end)
            return &L->notes[i];
    return NULL;
}

#define SENTENCE_REACH 240

static bool stop(char c)
{
    return c == '.' || c == '?' || c == '!';
}

static bool opens(char c)
{
    return (c >= 'A' && c <= 'Z') || c == '"' || c == '(' || c == '\'';
}

/* A sentence starts at s: ". X" before it (a full stop, question or
 * exclamation mark, a space, then a capital); "nr. 5" is not one. */
static bool starts_sentence(const char *t, size_t s, size_t lo)
{
    return s >= lo + 2 && stop(t[s - 2]) && t[s - 1] == ' ' && opens(t[s]);
}

/* A sentence ends with the mark at e: the line ends, or another starts. */
static bool ends_sentence(const char *t, size_t e, size_t hi)
{
    return stop(t[e]) && (e + 1 >= hi || (t[e + 1] == ' ' && (e + 2 >= hi || opens(t[e + 2]))));
}

kg_site_span kg_site_sentence(const kg_site_letter *L, size_t from, size_t to,
                              bool *cut_before, bool *cut_after)
{
    const char *t = L->text;
    size_t lo = from, hi = to;
    const kg_site_note *in = kg_site_note_holding(L, from);

    while (lo > L->start && t[lo - 1] != '\n')
        lo--;
    while (hi < L->len && t[hi] != '\n')
        hi++;
    if (in) {                           /* the note's words only */
        lo = in->text > lo && in->text <= from ? in->text : lo;
        hi = in->end < hi && in->end >= to ? in->end : hi;
    } else {                            /* none of the notes on the line */
        for (size_t i = notes_from(L, lo); i < L->nnotes && L->notes[i].body < hi; i++) {
            const kg_site_note *n = &L->notes[i];
            if (n->cut_end <= from && n->cut_end > lo)
                lo = n->cut_end;
            if (n->body >= to && n->body < hi)
                hi = n->body;
        }
    }
    size_t s = from, e = to;
    while (s > lo && !starts_sentence(t, s, lo) && from - s < SENTENCE_REACH)
        s--;
    *cut_before = s > lo && !starts_sentence(t, s, lo);
    if (*cut_before)                    /* at a word */
        while (s < from && t[s - 1] != ' ')
            s++;
    while (e < hi && !ends_sentence(t, e, hi) && e - to < SENTENCE_REACH)
        e++;
    *cut_after = e < hi && !ends_sentence(t, e, hi);
    if (e < hi && !*cut_after)
        e++;                            /* with its full stop */
    if (*cut_after)
        while (e > to && t[e] != ' ')
            e--;
    while (s < from && (t[s] == ' ' || t[s] == '\t'))
        s++;
    while (e > to && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
        e--;
    return (kg_site_span){s, e};
}
