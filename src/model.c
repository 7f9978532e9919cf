/*
 * The document model: what the letter is made of, built from the
 * structure tokens of the scanner. Blocks (member blocks, sections,
 * questions and the answers that answer them), footnotes linked to their
 * markers, metadata (date, subject, reference, addressee, minister) and
 * page furniture (repeated letter heads and page footers).
 */
#include "internal.h"
#include <stdlib.h>
#include <string.h>

static char *str(kg_doc *doc, kg_span s)
{
    const char *t = doc->text.norm + s.off;
    size_t n = s.len;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r'))
        n--;
    return kg_arena_strndup(doc->arena, t, n);
}

static unsigned number(const kg_doc *doc, kg_span s)
{
    unsigned n = 0;
    for (size_t i = 0; i < s.len && i < 6; i++) {
        char c = doc->text.norm[s.off + i];
        if (c < '0' || c > '9')
            return 0;
        n = n * 10 + (unsigned)(c - '0');
    }
    return n;
}

/* ¹²³ and ⁰⁴⁵⁶⁷⁸⁹, or plain digits, to a number. */
static unsigned footnote_number(const kg_doc *doc, kg_span s)
{
    const unsigned char *p = (const unsigned char *)doc->text.norm + s.off;
    const unsigned char *end = p + s.len;
    unsigned n = 0;
    while (p < end) {
        unsigned d;
        if (*p >= '0' && *p <= '9') {
            d = *p - '0';
            p++;
        } else if (p + 1 < end && p[0] == 0xC2) {
            d = p[1] == 0xB9 ? 1 : p[1] == 0xB2 ? 2 : 3;
            p += 2;
        } else if (p + 2 < end && p[0] == 0xE2) {
            d = p[2] == 0xB0 ? 0 : (unsigned)(p[2] - 0xB0);
            p += 3;
        } else {
            return 0;
        }
        n = n * 10 + d;
    }
    return n;
}

/* ---- blocks -------------------------------------------------------------- */

static kg_block *add_block(kg_doc *doc, kg_block_kind kind, size_t start)
{
    kg_model *m = &doc->model;
    if (kg_grow((void **)&m->blocks, &m->capblocks, m->nblocks, sizeof *m->blocks))
        return NULL;
    kg_block *b = &m->blocks[m->nblocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->start = start;
    b->answer = -1;
    return b;
}

/* The party a fraction names in a question's own text. */
static const char *fraction_in(kg_doc *doc, size_t from, size_t to)
{
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *c = &doc->cites[i];
        if (c->kind == KG_CITE_FRACTION && c->start >= from && c->start < to)
            return str(doc, c->names);
    }
    return NULL;
}

static void build_blocks(kg_doc *doc)
{
    kg_model *m = &doc->model;
    const char *member = NULL, *party = NULL;
    bool numbered = false;
    for (size_t i = 0; i < doc->ncites; i++)
        numbered |= doc->cites[i].kind == KG_CITE_QUESTION && doc->cites[i].nr.len;
    unsigned ordinal = 0;
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *c = &doc->cites[i];
        kg_block *b = NULL;
        switch (c->kind) {
        case KG_CITE_FRACTION_BLOCK:    /* the questions of a fraction */
            member = "fractie";
            party = str(doc, c->names);
            if ((b = add_block(doc, KG_BLOCK_MEMBER, c->start))) {
                b->asker = member;
                b->party = party;
            }
            break;
        case KG_CITE_MEMBER_BLOCK:
            member = str(doc, c->names);
            party = str(doc, c->party);
            if ((b = add_block(doc, KG_BLOCK_MEMBER, c->start))) {
                b->asker = member;
                b->party = party;
            }
            break;
        case KG_CITE_SECTION:
            if ((b = add_block(doc, KG_BLOCK_SECTION, c->start))) {
                b->label = str(doc, c->nr);
                b->title = str(doc, c->names);
            }
            break;
        case KG_CITE_QUESTION:
            ordinal++;
            if ((b = add_block(doc, KG_BLOCK_QUESTION, c->start))) {
                b->n = numbered && c->nr.len ? number(doc, c->nr) : ordinal;
                b->asker = member;
                b->party = party;
            }
            break;
        case KG_CITE_ANSWER:
            if ((b = add_block(doc, KG_BLOCK_ANSWER, c->start))) {
                b->n = number(doc, c->nr);
                b->n_to = c->nr_to.len ? number(doc, c->nr_to) : b->n;
            }
            break;
        default:
            break;
        }
    }
    /* Each block runs to the next; a question's asker is the fraction its
     * text names when no member block holds it. */
    for (size_t i = 0; i < m->nblocks; i++) {
        kg_block *b = &m->blocks[i];
        b->end = i + 1 < m->nblocks ? m->blocks[i + 1].start : doc->text.norm_len;
        if (b->kind == KG_BLOCK_QUESTION && !b->asker &&
            (b->party = fraction_in(doc, b->start, b->end)))
            b->asker = "fractie";
    }
}

/* "Antwoord op vragen 6 en 7" answers 6 and 7; "Antwoord:" the questions
 * since the previous answer. */
static void link_answers(kg_doc *doc)
{
    kg_model *m = &doc->model;
    size_t open = 0;                    /* first question not yet answered */
    for (size_t i = 0; i < m->nblocks; i++) {
        kg_block *a = &m->blocks[i];
        if (a->kind != KG_BLOCK_ANSWER)
            continue;
        for (size_t q = a->n ? 0 : open; q < i; q++) {
            kg_block *b = &m->blocks[q];
            if (b->kind != KG_BLOCK_QUESTION || b->answer >= 0)
                continue;
            if (!a->n || (b->n >= a->n && b->n <= a->n_to))
                b->answer = (long)i;
        }
        if (!a->n) {                    /* record what it answered */
            for (size_t q = open; q < i; q++)
                if (m->blocks[q].kind == KG_BLOCK_QUESTION &&
                    m->blocks[q].answer == (long)i) {
                    a->n = a->n ? a->n : m->blocks[q].n;
                    a->n_to = m->blocks[q].n;
                }
        }
        open = i + 1;
    }
}

/* ---- footnotes ------------------------------------------------------------ */

static void add_note(kg_doc *doc, unsigned n, const kg_cite *mark,
                     const kg_cite *body)
{
    kg_model *m = &doc->model;
    if (kg_grow((void **)&m->notes, &m->capnotes, m->nnotes, sizeof *m->notes))
        return;
    kg_footnote *f = &m->notes[m->nnotes++];
    f->n = n;
    f->mark_start = mark->start;
    f->mark_end = mark->end;
    if (mark->kind == KG_CITE_FN_GLUED)  /* only the digits are the marker */
        f->mark_start = mark->nr.off;
    f->body_start = body->start;
    size_t e = body->end;
    bool word = doc->text.norm[body->start] == '[';
    while (e < doc->text.norm_len && doc->text.norm[e] != '\n' &&
           !(word && doc->text.norm[e] == ']'))
        e++;
    f->body_end = e;
}

/* Pairs each marker with the first body of the same number after it.
 * Digits glued to a word are a marker only where such a body exists. */
static void build_footnotes(kg_doc *doc)
{
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *mk = &doc->cites[i];
        if (mk->kind != KG_CITE_FN_MARK && mk->kind != KG_CITE_FN_GLUED)
            continue;
        kg_cite_kind want = mk->kind == KG_CITE_FN_GLUED ? KG_CITE_FN_PDF_BODY
                                                         : KG_CITE_FN_BODY;
        unsigned n = footnote_number(doc, mk->nr);
        for (size_t j = i + 1; j < doc->ncites; j++) {
            const kg_cite *b = &doc->cites[j];
            if (b->kind == want && footnote_number(doc, b->nr) == n) {
                add_note(doc, n, mk, b);
                break;
            }
        }
    }
}

/* ---- metadata and furniture ---------------------------------------------- */

static void add_furniture(kg_doc *doc, size_t start, size_t end, const char *what)
{
    kg_model *m = &doc->model;
    if (m->nfurn && strcmp(m->furn[m->nfurn - 1].what, what) == 0) {
        kg_furniture *prev = &m->furn[m->nfurn - 1];
        const kg_text *t = &doc->text;  /* only white space between: one */
        size_t from = kg_text_original(t, prev->end), to = kg_text_original(t, start);
        bool blank = from <= to && strcmp(what, "footer") != 0;
        for (size_t i = from; i < to && blank; i++)
            blank = strchr(" \t\r\n", t->buf[i]) != NULL;
        if (blank) {
            prev->end = end;
            return;
        }
    }
    if (kg_grow((void **)&m->furn, &m->capfurn, m->nfurn, sizeof *m->furn))
        return;
    m->furn[m->nfurn++] = (kg_furniture){start, end, what, 0};
}

static void build_meta(kg_doc *doc)
{
    kg_meta *meta = &doc->model.meta;
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *c = &doc->cites[i];
        switch (c->kind) {
        case KG_CITE_META_DATE:         /* the head again on a later page */
            if (meta->date && strcmp(meta->date, c->date) == 0)
                add_furniture(doc, c->start, c->end, "head");
            else if (!meta->date && c->date[0] != '?')
                meta->date = kg_arena_strndup(doc->arena, c->date, 10);
            break;
        case KG_CITE_META_REF:
            if (meta->reference && strcmp(meta->reference, str(doc, c->names)) == 0)
                add_furniture(doc, c->start, c->end, "head");
            else if (!meta->reference)
                meta->reference = str(doc, c->names);
            break;
        case KG_CITE_META_SUBJECT:
            meta->subject = meta->subject ? meta->subject : str(doc, c->names);
            break;
        case KG_CITE_META_ADDRESSEE:
            if (!meta->addressee)
                meta->addressee = doc->text.norm[c->names.off] == 'T' ? "tk" : "ek";
            break;
        case KG_CITE_META_MINISTER:
            meta->minister = meta->minister ? meta->minister : str(doc, c->names);
            break;
        case KG_CITE_FOOTER:
            add_furniture(doc, c->start, c->end, "footer");
            doc->model.furn[doc->model.nfurn - 1].page = number(doc, c->pages);
            break;
        default:
            break;
        }
    }
}

int kg_model_build(kg_doc *doc)
{
    build_meta(doc);
    build_blocks(doc);
    link_answers(doc);
    build_footnotes(doc);
    return 0;
}

void kg_model_release(kg_model *m)
{
    free(m->blocks);
    free(m->notes);
    free(m->furn);
    memset(m, 0, sizeof *m);
}

/* ---- lookups --------------------------------------------------------------- */

const kg_block *kg_model_block_at(const kg_model *m, size_t off)
{
    const kg_block *best = NULL;
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        if (b->start > off)
            break;
        if (off < b->end &&
            (b->kind == KG_BLOCK_QUESTION || b->kind == KG_BLOCK_ANSWER ||
             b->kind == KG_BLOCK_SECTION))
            best = b;
    }
    return best;
}

const kg_block *kg_model_question(const kg_model *m, unsigned n)
{
    for (size_t i = 0; i < m->nblocks; i++)
        if (m->blocks[i].kind == KG_BLOCK_QUESTION && m->blocks[i].n == n)
            return &m->blocks[i];
    return NULL;
}

size_t kg_model_questions_of(const kg_model *m, const char *member_key,
                             kg_doc *doc, const kg_block **first)
{
    size_t n = 0;
    *first = NULL;
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        if (b->kind != KG_BLOCK_QUESTION || !b->asker || strcmp(b->asker, "fractie") == 0)
            continue;
        kg_span s = {0, strlen(b->asker)};
        /* member keys come from the text; compare them the same way */
        char *k = kg_cite_member_key(doc->arena, b->asker, s);
        if (strcmp(k, member_key) == 0) {
            if (!n++)
                *first = b;
        }
    }
    return n;
}

const kg_footnote *kg_model_note_marked_at(const kg_model *m, size_t from,
                                           size_t to)
{
    for (size_t i = 0; i < m->nnotes; i++)
        if (m->notes[i].mark_start >= from && m->notes[i].mark_start <= to)
            return &m->notes[i];
    return NULL;
}

unsigned kg_model_page_at(const kg_doc *doc, size_t off)
{
    /* Footers stand after the text once cut out: compare where they and
     * off stand in the original. A PDF knows its pages itself. */
    const kg_model *m = &doc->model;
    size_t at = kg_text_original(&doc->text, off);
    if (doc->npages) {
        unsigned page = 1;
        while (page < doc->npages && doc->pages[page] <= at)
            page++;
        return page;
    }
    for (size_t i = 0; i < m->nfurn; i++)   /* the next footer ends its page */
        if (m->furn[i].page && kg_text_original(&doc->text, m->furn[i].start) >= at)
            return m->furn[i].page;
    return 0;
}

const kg_footnote *kg_model_note_holding(const kg_model *m, size_t off)
{
    for (size_t i = 0; i < m->nnotes; i++)
        if (off >= m->notes[i].body_start && off < m->notes[i].body_end)
            return &m->notes[i];
    return NULL;
}
