/*
 * The document model: what the letter is made of, built from the
 * structure tokens of the scanner. Blocks (member blocks, sections,
 * questions and the answers that answer them), footnotes linked to their
 * markers, metadata (date, subject, reference, addressee, minister) and
 * page furniture (repeated letter heads and page footers).
 */
#include "cite.h"
#include "doc.h"
#include <limits.h>
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

/* kg_lower_bound, counting in the model's `looked`: a count, not state. */
static size_t search(const kg_model *m, const void *arr, size_t n, size_t size,
                     bool (*before)(const void *, const void *), const void *key)
{
    return kg_lower_bound(arr, n, size, before, key, &((kg_model *)m)->work.looked);
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

kg_block *kg_model_add_block(kg_doc *doc, kg_block_kind kind, size_t start)
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

void kg_model_key_asker(kg_doc *doc, kg_block *b)
{
    /* member keys come from the text; compare them the same way */
    if (b->kind == KG_BLOCK_QUESTION && b->asker)
        b->asker_key = kg_cite_member_key(doc->arena, b->asker,
                                          (kg_span){0, strlen(b->asker)});
}

/* The party a fraction names in a question's own text. */
static const char *fraction_in(kg_doc *doc, size_t from, size_t to)
{
    for (size_t i = 0; i < doc->nstructures; i++) {
        const kg_structure *st = &doc->structures[i];
        doc->model.work.looked++;
        if (st->kind == KG_STRUCT_FRACTION && st->start >= from && st->start < to)
            return str(doc, st->party);
    }
    return NULL;
}

static bool in_order(const kg_model *m)
{
    for (size_t i = 1; i < m->nblocks; i++)
        if (m->blocks[i - 1].start > m->blocks[i].start ||
            m->blocks[i - 1].end != m->blocks[i].start)
            return false;
    return true;
}

static kg_block *holding(const kg_model *m, size_t off);

/* A question that no member block holds is asked by the fraction that its
 * text names first. Each fraction is taken to its block, instead of each
 * question reading all citations for one. */
static void ask_fractions(kg_doc *doc)
{
    kg_model *m = &doc->model;
    for (size_t i = 0; !m->blocks_in_order && i < m->nblocks; i++) {
        kg_block *b = &m->blocks[i];
        if (b->kind == KG_BLOCK_QUESTION && !b->asker &&
            (b->party = fraction_in(doc, b->start, b->end)))
            b->asker = "fractie";
    }
    for (size_t i = 0; m->blocks_in_order && i < doc->nstructures; i++) {
        const kg_structure *st = &doc->structures[i];
        kg_block *b = st->kind == KG_STRUCT_FRACTION ? holding(m, st->start) : NULL;
        m->work.looked++;
        if (b && b->kind == KG_BLOCK_QUESTION && !b->asker &&
            (b->party = str(doc, st->party)))
            b->asker = "fractie";
    }
}

static void build_blocks(kg_doc *doc)
{
    kg_model *m = &doc->model;
    const char *member = NULL, *party = NULL;
    bool numbered = false;
    for (size_t i = 0; i < doc->nstructures; i++)
        numbered |= doc->structures[i].kind == KG_STRUCT_QUESTION &&
                    doc->structures[i].number.len;
    unsigned ordinal = 0;
    for (size_t i = 0; i < doc->nstructures; i++) {
        const kg_structure *st = &doc->structures[i];
        kg_block *b = NULL;
        switch (st->kind) {
        case KG_STRUCT_FRACTION_BLOCK:  /* the questions of a fraction */
            member = "fractie";
            party = str(doc, st->party);
            if ((b = kg_model_add_block(doc, KG_BLOCK_MEMBER, st->start))) {
                b->asker = member;
                b->party = party;
            }
            break;
        case KG_STRUCT_MEMBER_BLOCK:
            member = str(doc, st->name);
            party = str(doc, st->party);
            if ((b = kg_model_add_block(doc, KG_BLOCK_MEMBER, st->start))) {
                b->asker = member;
                b->party = party;
            }
            break;
        case KG_STRUCT_SECTION:
            if ((b = kg_model_add_block(doc, KG_BLOCK_SECTION, st->start))) {
                b->label = str(doc, st->label);
                b->title = str(doc, st->title);
            }
            break;
        case KG_STRUCT_QUESTION:
            ordinal++;
            if ((b = kg_model_add_block(doc, KG_BLOCK_QUESTION, st->start))) {
                b->n = numbered && st->number.len ? number(doc, st->number) : ordinal;
                b->asker = member;
                b->party = party;
            }
            break;
        case KG_STRUCT_ANSWER:
            if ((b = kg_model_add_block(doc, KG_BLOCK_ANSWER, st->start))) {
                b->n = number(doc, st->number);
                b->n_to = st->number_to.len ? number(doc, st->number_to) : b->n;
            }
            break;
        default:
            break;
        }
    }
    /* Each block runs to the next; a question's asker is the fraction its
     * text names when no member block holds it. */
    for (size_t i = 0; i < m->nblocks; i++)
        m->blocks[i].end = i + 1 < m->nblocks ? m->blocks[i + 1].start : doc->text.norm_len;
    m->blocks_in_order = in_order(m);
    ask_fractions(doc);
    for (size_t i = 0; i < m->nblocks; i++)
        kg_model_key_asker(doc, &m->blocks[i]);
}

/* ---- footnotes ------------------------------------------------------------ */

static void add_note(kg_doc *doc, unsigned n, const kg_structure *mark,
                     const kg_structure *body, size_t body_end)
{
    kg_model *m = &doc->model;
    if (kg_grow((void **)&m->notes, &m->capnotes, m->nnotes, sizeof *m->notes))
        return;
    kg_footnote *f = &m->notes[m->nnotes++];
    f->n = n;
    f->mark_start = mark->start;
    f->mark_end = mark->end;
    if (mark->kind == KG_STRUCT_FN_GLUED)  /* only the digits are the marker */
        f->mark_start = mark->number.off;
    f->body_start = body->start;
    f->body_end = body_end;
    f->body_text = body->end < body_end ? body->end : body_end;
}

/* A footnote body of the text, by kind and number; `token` is its
 * structure token. */
typedef struct {
    kg_structure_kind kind;
    unsigned n;
    size_t token, end;
} body_at;

static int by_kind_number(const void *a, const void *b)
{
    const body_at *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return x->token < y->token ? -1 : x->token > y->token;
}

/* Where each body ends: a "[N: " body (the readers' shape,
 * footnote_shape.h) at its ']' or the line end, others at the line end.
 * Bodies come last to first, and a "[N: " body that reaches the next one
 * ends where that one does, so that nested or shared bodies do not read
 * the same text again. */
static void body_ends(kg_doc *doc, body_at *bodies, size_t n)
{
    const char *t = doc->text.norm;
    size_t len = doc->text.norm_len, next_word = SIZE_MAX, next_end = 0;
    size_t next_pdf = SIZE_MAX;
    for (size_t k = n; k-- > 0;) {
        const kg_structure *body = &doc->structures[bodies[k].token];
        bool word = t[body->start] == '[';
        size_t e = body->end;
        /* "1 Kamerstuk21 137, nr. 51. 2 Kamerstuk ...": PDF footnotes on
         * one line end where the next starts */
        while (e < len && t[e] != '\n' && !(word && t[e] == ']') &&
               !(word && e == next_word) && !(!word && e == next_pdf)) {
            e++;
            doc->model.work.looked++;
        }
        if (word && e == next_word && e < len)
            e = next_end;
        bodies[k].end = e;
        if (word) {
            next_word = body->start;
            next_end = e;
        } else {
            next_pdf = body->start;
        }
    }
}

/* The bodies of the text in text order, with their numbers and ends;
 * NULL when there are none or memory ran out. */
static body_at *collect_bodies(kg_doc *doc, size_t *n)
{
    body_at *bodies = malloc((doc->nstructures + 1) * sizeof *bodies);
    *n = 0;
    for (size_t i = 0; bodies && i < doc->nstructures; i++) {
        const kg_structure *b = &doc->structures[i];
        if (b->kind == KG_STRUCT_FN_BODY || b->kind == KG_STRUCT_FN_PDF_BODY)
            bodies[(*n)++] = (body_at){b->kind, footnote_number(doc, b->number), i, 0};
    }
    if (bodies)
        body_ends(doc, bodies, *n);
    return bodies;
}

/* The first body of the kind and number after structure token `after`. */
static const body_at *body_after(kg_doc *doc, const body_at *bodies, size_t n,
                                 kg_structure_kind kind, unsigned number, size_t after)
{
    body_at key = {kind, number, after + 1, 0};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        doc->model.work.looked++;
        if (by_kind_number(&bodies[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n && bodies[lo].kind == kind && bodies[lo].n == number)
        return &bodies[lo];
    return NULL;
}

/* Pairs each marker with the first body of the same number after it.
 * Digits glued to a word are a marker only where such a body exists. */
static void build_footnotes(kg_doc *doc)
{
    size_t n;
    body_at *bodies = collect_bodies(doc, &n);
    if (!bodies)
        return;
    qsort(bodies, n, sizeof *bodies, by_kind_number);
    for (size_t i = 0; i < doc->nstructures; i++) {
        const kg_structure *mk = &doc->structures[i];
        if (mk->kind != KG_STRUCT_FN_MARK && mk->kind != KG_STRUCT_FN_GLUED)
            continue;
        kg_structure_kind want = mk->kind == KG_STRUCT_FN_GLUED ? KG_STRUCT_FN_PDF_BODY
                                                                : KG_STRUCT_FN_BODY;
        unsigned number = footnote_number(doc, mk->number);
        const body_at *b = body_after(doc, bodies, n, want, number, i);
        if (b)
            add_note(doc, number, mk, &doc->structures[b->token], b->end);
    }
    free(bodies);
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

/* The subject of structure token i, a Betreft line: up to the salutation
 * when the head and the letter stand on one line ("Betreft Voortgang
 * Geachte voorzitter, In de brief ..."). */
static const char *subject(kg_doc *doc, size_t i)
{
    kg_span s = doc->structures[i].text;
    for (size_t j = i + 1;
         j < doc->nstructures && doc->structures[j].start < s.off + s.len; j++) {
        doc->model.work.looked++;
        if (doc->structures[j].kind == KG_STRUCT_SALUTATION) {
            s.len = doc->structures[j].start - s.off;
            break;
        }
    }
    return str(doc, s);
}

/* The page footers among the cites from *ci on that the scanner found
 * before structure token `before` (all that are left: SIZE_MAX). A footer
 * is the document's own reference and page furniture too: it joins the
 * letter heads in the order found. */
static void footers_before(kg_doc *doc, size_t *ci, size_t before)
{
    for (; *ci < doc->ncites && doc->cites[*ci].structures_before <= before; ++*ci) {
        const kg_cite *c = &doc->cites[*ci];
        if (c->kind != KG_CITE_FOOTER)
            continue;
        add_furniture(doc, c->start, c->end, "footer");
        doc->model.furn[doc->model.nfurn - 1].page = number(doc, c->pages);
    }
}

static void build_meta(kg_doc *doc)
{
    kg_meta *meta = &doc->model.meta;
    size_t ci = 0;
    for (size_t i = 0; i < doc->nstructures; i++) {
        const kg_structure *st = &doc->structures[i];
        footers_before(doc, &ci, i);
        switch (st->kind) {
        case KG_STRUCT_META_DATE:       /* the head again on a later page */
            if (meta->date && strcmp(meta->date, st->date) == 0)
                add_furniture(doc, st->start, st->end, "head");
            else if (!meta->date && st->date[0] != '?')
                meta->date = kg_arena_strndup(doc->arena, st->date, 10);
            break;
        case KG_STRUCT_META_REF:
            if (meta->reference && strcmp(meta->reference, str(doc, st->text)) == 0)
                add_furniture(doc, st->start, st->end, "head");
            else if (!meta->reference)
                meta->reference = str(doc, st->text);
            break;
        case KG_STRUCT_META_SUBJECT:
            meta->subject = meta->subject ? meta->subject : subject(doc, i);
            break;
        case KG_STRUCT_META_ADDRESSEE:
            if (!meta->addressee)
                meta->addressee = doc->text.norm[st->text.off] == 'T' ? "tk" : "ek";
            break;
        case KG_STRUCT_META_MINISTER:
            meta->minister = meta->minister ? meta->minister : str(doc, st->name);
            break;
        default:
            break;
        }
    }
    footers_before(doc, &ci, SIZE_MAX);
}

static int by_body_start(const void *a, const void *b)
{
    const struct kg_note_body *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->note < y->note ? -1 : x->note > y->note;
}

/* Bodies apart, or one body shared by several markers: the note holding
 * an offset is then the first with the last body start before it. */
static bool bodies_apart(const kg_model *m, const struct kg_note_body *by)
{
    for (size_t k = 1; k < m->nnotes; k++) {
        const kg_footnote *a = &m->notes[by[k - 1].note], *b = &m->notes[by[k].note];
        bool same = a->body_start == b->body_start && a->body_end == b->body_end;
        if (!same && a->body_end > b->body_start)
            return false;
    }
    return true;
}

/* Markers in text order and bodies apart, as letters have them, let the
 * lookups search; other notes are walked. */
static int index_notes(kg_model *m)
{
    m->marks_in_order = true;
    for (size_t k = 1; k < m->nnotes; k++)
        m->marks_in_order &= m->notes[k - 1].mark_start <= m->notes[k].mark_start;
    struct kg_note_body *by = malloc((m->nnotes + 1) * sizeof *by);
    if (!by)
        return -1;
    for (size_t k = 0; k < m->nnotes; k++)
        by[k] = (struct kg_note_body){m->notes[k].body_start, k};
    qsort(by, m->nnotes, sizeof *by, by_body_start);
    if (bodies_apart(m, by))
        m->by_body = by;
    else
        free(by);
    return 0;
}

static int by_number_then_order(const void *a, const void *b)
{
    const struct kg_by_number *x = a, *y = b;
    return x->n != y->n ? kg_order(x->n, y->n) : kg_order(x->block, y->block);
}

static int by_asker_then_order(const void *a, const void *b)
{
    const struct kg_by_asker *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : kg_order(x->block, y->block);
}

/* A member asked it: a fraction's questions are not a member's. */
static bool asked_by_member(const kg_block *b)
{
    return b->kind == KG_BLOCK_QUESTION && b->asker && b->asker_key &&
           strcmp(b->asker, "fractie") != 0;
}

int kg_model_index(kg_model *m)
{
    free(m->by_number);
    free(m->by_asker);
    m->nquestions = m->nasked = 0;
    m->last_number = 0;
    m->by_number = malloc((m->nblocks + 1) * sizeof *m->by_number);
    m->by_asker = malloc((m->nblocks + 1) * sizeof *m->by_asker);
    if (!m->by_number || !m->by_asker)
        return -1;
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        if (b->kind == KG_BLOCK_QUESTION)
            m->by_number[m->nquestions++] = (struct kg_by_number){b->n, i};
        if (asked_by_member(b))
            m->by_asker[m->nasked++] = (struct kg_by_asker){b->asker_key, i};
    }
    qsort(m->by_number, m->nquestions, sizeof *m->by_number, by_number_then_order);
    qsort(m->by_asker, m->nasked, sizeof *m->by_asker, by_asker_then_order);
    if (m->nquestions)
        m->last_number = m->by_number[m->nquestions - 1].n;
    return 0;
}

static bool number_before(const void *entry, const void *key)
{
    return ((const struct kg_by_number *)entry)->n < *(const unsigned *)key;
}

/* The first question (in number order) numbered n or more. */
static size_t numbered_from(const kg_model *m, unsigned n)
{
    return search(m, m->by_number, m->nquestions, sizeof *m->by_number,
                  number_before, &n);
}

/* "Antwoord:" answers the questions since the previous answer, from block
 * `open` on, and says which. */
static void link_since(kg_model *m, size_t open, size_t i)
{
    kg_block *a = &m->blocks[i];
    for (size_t q = open; q < i; q++) {
        kg_block *b = &m->blocks[q];
        m->work.looked++;
        if (b->kind == KG_BLOCK_QUESTION && b->answer < 0)
            b->answer = (long)i;
    }
    for (size_t q = open; q < i; q++)   /* record what it answered */
        if (m->blocks[q].kind == KG_BLOCK_QUESTION && m->blocks[q].answer == (long)i) {
            a->n = a->n ? a->n : m->blocks[q].n;
            a->n_to = m->blocks[q].n;
        }
}

/* The first question of by_number from position k on that no answer has
 * taken. next[k] leads past positions already found answered, so that
 * each is passed over about once (a union-find, with path splitting). */
static size_t unanswered_from(kg_model *m, size_t *next, size_t k)
{
    while (k < m->nquestions) {
        m->work.looked++;
        if (next[k] != k) {
            size_t after = next[k];
            next[k] = after < m->nquestions ? next[after] : after;
            k = after;
        } else if (m->blocks[m->by_number[k].block].answer >= 0) {
            next[k] = k + 1;
        } else {
            break;
        }
    }
    return k;
}

/* "Antwoord op vragen 6 en 7" answers the questions numbered 6 to 7 before
 * it that no answer has taken: searched by number, not walked. */
static void link_numbered(kg_model *m, size_t *next, size_t i)
{
    const kg_block *a = &m->blocks[i];
    size_t k = unanswered_from(m, next, numbered_from(m, a->n));
    while (k < m->nquestions && m->by_number[k].n <= a->n_to) {
        const struct kg_by_number *q = &m->by_number[k];
        if (q->block < i) {
            m->blocks[q->block].answer = (long)i;
            next[k] = k + 1;
            k = unanswered_from(m, next, k + 1);
        } else if (q->n < UINT_MAX) {   /* the rest of this number comes later */
            k = unanswered_from(m, next, numbered_from(m, q->n + 1));
        } else {
            break;
        }
    }
}

/* Links each question to the answer that answers it; -1: out of memory. */
static int link_answers(kg_model *m)
{
    size_t *next = malloc((m->nquestions + 1) * sizeof *next);
    if (!next)
        return -1;
    for (size_t k = 0; k < m->nquestions; k++)
        next[k] = k;
    size_t open = 0;                    /* first block since the last answer */
    for (size_t i = 0; i < m->nblocks; i++) {
        if (m->blocks[i].kind != KG_BLOCK_ANSWER)
            continue;
        if (m->blocks[i].n)
            link_numbered(m, next, i);
        else
            link_since(m, open, i);
        open = i + 1;
    }
    free(next);
    return 0;
}

int kg_model_build(kg_doc *doc)
{
    build_meta(doc);
    build_blocks(doc);
    if (kg_model_index(&doc->model) != 0 || link_answers(&doc->model) != 0)
        return -1;
    build_footnotes(doc);
    return index_notes(&doc->model);
}

void kg_model_release(kg_model *m)
{
    free(m->blocks);
    free(m->by_number);
    free(m->by_asker);
    free(m->notes);
    free(m->by_body);
    free(m->furn);
    memset(m, 0, sizeof *m);
}

/* ---- lookups --------------------------------------------------------------- */

static bool starts_not_after(const void *entry, const void *key)
{
    return ((const kg_block *)entry)->start <= *(const size_t *)key;
}

/* The block, of any kind, holding offset off: of blocks in order, the
 * last to start at or before it, if it has not ended. */
static kg_block *holding(const kg_model *m, size_t off)
{
    size_t i = search(m, m->blocks, m->nblocks, sizeof *m->blocks, starts_not_after, &off);
    return i && off < m->blocks[i - 1].end ? &m->blocks[i - 1] : NULL;
}

const kg_block *kg_model_block_at(const kg_model *m, size_t off)
{
    if (m->blocks_in_order) {
        const kg_block *b = holding(m, off);
        return b && b->kind != KG_BLOCK_MEMBER ? b : NULL;
    }
    const kg_block *best = NULL;
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        ((kg_model *)m)->work.looked++;      /* a count, not state */
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
    size_t i = numbered_from(m, n);
    if (i < m->nquestions && m->by_number[i].n == n)
        return &m->blocks[m->by_number[i].block];
    return NULL;
}

static bool asker_before(const void *entry, const void *key)
{
    return strcmp(((const struct kg_by_asker *)entry)->key, key) < 0;
}

static bool asker_not_after(const void *entry, const void *key)
{
    return strcmp(((const struct kg_by_asker *)entry)->key, key) <= 0;
}

size_t kg_model_questions_of(const kg_model *m, const char *member_key,
                             const kg_block **first)
{
    *first = NULL;
    if (!member_key)
        return 0;
    size_t from = search(m, m->by_asker, m->nasked, sizeof *m->by_asker,
                         asker_before, member_key);
    size_t to = search(m, m->by_asker, m->nasked, sizeof *m->by_asker,
                       asker_not_after, member_key);
    if (from < to)
        *first = &m->blocks[m->by_asker[from].block];
    return to - from;
}

static bool marked_before(const void *entry, const void *key)
{
    return ((const kg_footnote *)entry)->mark_start < *(const size_t *)key;
}

/* The first note whose marker starts at or after `from`. */
static size_t notes_marked_from(const kg_model *m, size_t from)
{
    return search(m, m->notes, m->nnotes, sizeof *m->notes,
                  marked_before, &from);
}

const kg_footnote *kg_model_note_marked_at(const kg_model *m, size_t from,
                                           size_t to)
{
    if (m->marks_in_order) {
        size_t i = notes_marked_from(m, from);
        return i < m->nnotes && m->notes[i].mark_start <= to ? &m->notes[i] : NULL;
    }
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

static bool body_before(const void *entry, const void *key)
{
    return ((const struct kg_note_body *)entry)->start < *(const size_t *)key;
}

/* How many notes have their body start before `off`. */
static size_t bodies_before(const kg_model *m, size_t off)
{
    return search(m, m->by_body, m->nnotes, sizeof *m->by_body,
                  body_before, &off);
}

const kg_footnote *kg_model_note_holding(const kg_model *m, size_t off)
{
    if (m->by_body) {
        size_t i = bodies_before(m, off + 1);
        if (i == 0)
            return NULL;
        /* of the notes sharing that body, the first */
        size_t first = bodies_before(m, m->by_body[i - 1].start);
        const kg_footnote *f = &m->notes[m->by_body[first].note];
        return off < f->body_end ? f : NULL;
    }
    for (size_t i = 0; i < m->nnotes; i++)
        if (off >= m->notes[i].body_start && off < m->notes[i].body_end)
            return &m->notes[i];
    return NULL;
}
