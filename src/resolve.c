/*
 * Resolution: from the scanner's raw citations to references with ids.
 *
 * - the document's own identity: a kst- file name, else its first page
 *   footer; every footer is a `self` reference;
 * - a motion takes its number from a citation right after it, from the
 *   footnote whose marker ends its sentence, or from an earlier numbered
 *   mention of the same submitters; otherwise it keeps its name key;
 * - "zie antwoord op vraag van het lid X" points at X's block of
 *   questions, "vraag 3" at question 3, and what cannot be resolved at
 *   "<doc>#?".
 */
#include "internal.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* A range longer than this ("nrs. 4-6000") is a typo, not 6000 citations:
 * only its first number is reported. */
#define KG_MAX_RANGE 50

typedef struct {
    kg_doc *doc;
    const char *text;
    char *consumed;             /* cites absorbed into another reference */
} resolver;

static kg_ref *new_ref(kg_doc *doc)
{
    if (doc->nrefs == doc->caprefs) {
        size_t cap = doc->caprefs ? doc->caprefs * 2 : 32;
        kg_ref *n = realloc(doc->refs, cap * sizeof *n);
        if (!n)
            return NULL;
        doc->refs = n;
        doc->caprefs = cap;
    }
    kg_ref *r = &doc->refs[doc->nrefs++];
    memset(r, 0, sizeof *r);
    return r;
}

static const char *span_str(const resolver *R, kg_span s)
{
    return s.len ? kg_arena_strndup(R->doc->arena, R->text + s.off, s.len)
                 : NULL;
}

static kg_ref *add_ref(resolver *R, kg_ref_kind kind, const char *id,
                       const char *label, size_t start, size_t end)
{
    kg_ref *r = new_ref(R->doc);
    if (!r)
        return NULL;
    const kg_text *t = &R->doc->text;
    size_t from = kg_text_original(t, start), to = kg_text_original(t, end);
    r->kind = kind;
    r->id = id;
    r->label = label;
    r->offset = from;
    r->length = to - from;
    r->text = kg_arena_strndup(R->doc->arena, t->buf + from, to - from);
    kg_text_position(t, from, &r->line, &r->col);
    return r;
}

/* A file named after its Kamerstuk ("kst-36410-VII-88.txt") is that
 * Kamerstuk. */
static bool key_is_kst(const char *key)
{
    if (strncmp(key, "kst-", 4) != 0 || !strchr(key + 4, '-'))
        return false;
    for (const char *p = key + 4; *p; p++)
        if (!strchr("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-", *p))
            return false;
    return key[strlen(key) - 1] != '-';
}

static void set_identity(resolver *R)
{
    kg_doc *doc = R->doc;
    doc->id = doc->key;
    if (key_is_kst(doc->key)) {
        doc->id = doc->key;
    } else {
        for (size_t i = 0; i < doc->ncites; i++) {
            if (doc->cites[i].kind != KG_CITE_FOOTER)
                continue;
            kg_cite_ids ids;
            kg_cite_canonical(doc->arena, R->text, &doc->cites[i], &ids);
            doc->id = ids.id;
            break;
        }
    }
    char url[512];
    if (kg_id_url(doc->id, url, sizeof url))
        doc->url = kg_arena_strndup(doc->arena, url, strlen(url));
    doc->label = strncmp(doc->id, "kst-", 4) == 0 ? doc->id + 4 : doc->id;
    const char *last = strrchr(doc->id, '-');
    if (strncmp(doc->id, "kst-", 4) == 0 && last > doc->id + 4)
        doc->dossier = kg_arena_printf(doc->arena, "dossier-%.*s",
                                       (int)(last - doc->id - 4), doc->id + 4);
}

/* ---- motions ---------------------------------------------------------- */

static bool is_space_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == 0xC2 || c == 0xA0;
}

/* A citation right after a motion's name is the motion's own number:
 * "de motie van het lid Jansen (Kamerstuk 32 813, nr. 1203)". */
static bool adjacent(const resolver *R, size_t from, size_t to)
{
    if (to < from || to - from > 6)
        return false;
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)R->text[i];
        if (!is_space_byte(c) && c != '(' && c != ',' && c != ':')
            return false;
    }
    return true;
}

/* Start of the sentence that holds offset `at`: after ". X" (X upper
 * case, so "n.a.v. de" and "c.s. om" do not end a sentence) or a line
 * break. */
static size_t sentence_start(const resolver *R, size_t at)
{
    size_t i = at;
    while (i > 0) {
        char c = R->text[i - 1];
        if (c == '\n')
            return i;
        if ((c == '.' || c == '?' || c == '!') && i + 1 < at &&
            R->text[i] == ' ' && R->text[i + 1] >= 'A' && R->text[i + 1] <= 'Z')
            return i + 1;
        i--;
    }
    return 0;
}

/* "mijn brief van 5 december 2025 ... n.a.v. de motie X (Kamerstuk N)":
 * the motion is named in the title of a dated letter, and N is that
 * letter. ("Met deze brief geef ik uitvoering aan de motie X (N)" is not
 * such a title: N is the motion.) */
static bool inside_letter_title(const resolver *R, size_t motion_start)
{
    size_t s = sentence_start(R, motion_start);
    for (size_t i = s; i + 10 <= motion_start; i++)
        if (strncmp(R->text + i, "brief van ", 10) == 0 ||
            strncmp(R->text + i, "brieven van ", 12) == 0)
            return true;
    return false;
}

/* The one Kamerstuk a footnote cites, or NULL (none, or two: which?). */
static const kg_cite *note_citation(const resolver *R, const kg_footnote *f)
{
    const kg_cite *found = NULL;
    for (size_t j = 0; j < R->doc->ncites; j++) {
        const kg_cite *c = &R->doc->cites[j];
        if (c->kind != KG_CITE_KAMERSTUK || c->start < f->body_start ||
            c->start >= f->body_end)
            continue;
        if (found)
            return NULL;
        found = c;
    }
    return found;
}

/* The number a footnote gives what ends at `from` (a motion, a dated
 * letter): the one Kamerstuk of the footnote whose marker follows in the
 * same sentence, with no other citation between. */
static const kg_cite *footnote_number(const resolver *R, size_t ci, size_t from)
{
    const kg_doc *doc = R->doc;
    size_t to = from;
    while (to < doc->text.norm_len && R->text[to] != '\n')
        to++;
    const kg_footnote *f = kg_model_note_marked_at(&doc->model, from, to);
    if (!f || sentence_start(R, f->mark_start) > doc->cites[ci].start)
        return NULL;
    for (size_t i = ci + 1; i < doc->ncites && doc->cites[i].start < f->mark_start; i++)
        if (doc->cites[i].kind == KG_CITE_MOTIE || doc->cites[i].kind == KG_CITE_KAMERSTUK ||
            doc->cites[i].kind == KG_CITE_BRIEF)
            return NULL;
    return note_citation(R, f);
}

typedef struct {
    const char *key, *id;
} motion_seen;

static void resolve_motion(resolver *R, size_t mi, const char *addressee,
                           motion_seen *seen, size_t *nseen)
{
    kg_doc *doc = R->doc;
    const kg_cite *m = &doc->cites[mi];
    const char *key, *label, *id = NULL;
    kg_cite_motion_key(doc->arena, R->text, m->names,
                       m->with_addressee ? addressee : NULL, &key, &label);
    if (!m->names.len)
        label = "motie";
    size_t end = m->end;
    const kg_cite *num = NULL;

    const kg_cite *next = mi + 1 < doc->ncites ? &doc->cites[mi + 1] : NULL;
    if (next && next->kind == KG_CITE_KAMERSTUK && adjacent(R, m->end, next->start) &&
        !inside_letter_title(R, m->start)) {
        num = next;
        R->consumed[mi + 1] = 1;
        end = next->end;
        if (end < doc->text.norm_len && R->text[end] == ')' &&
            memchr(R->text + m->end, '(', next->start - m->end))
            end++;
    } else {
        num = footnote_number(R, mi, m->end);
    }
    if (!m->names.len && !num)
        return;                         /* "een motie" without its number */
    kg_cite_ids ids = {0};
    if (num) {
        kg_cite_canonical(doc->arena, R->text, num, &ids);
        id = ids.id;
    }
    for (size_t i = 0; !id && i < *nseen; i++)
        if (strcmp(seen[i].key, key) == 0)
            id = seen[i].id;            /* an earlier numbered mention */
    if (num && *nseen < 64) {
        seen[*nseen].key = key;
        seen[(*nseen)++].id = id;
    }
    if (id)     /* two motions by the same members: tell them apart */
        label = kg_arena_printf(doc->arena, "%s (%s)", label, id + 4);
    kg_ref *r = add_ref(R, KG_REF_MOTIE, id ? id : key, label, m->start, end);
    if (r && num) {
        r->parts = ids.parts;
        r->suspect = ids.suspect;
        r->pages = span_str(R, num->pages);
    }
}

/* ---- internal references ----------------------------------------------- */

/* The highest question number; UINT_MAX when the document has no question
 * headings, so that its word is trusted. */
static unsigned last_question(const kg_model *m)
{
    unsigned n = 0;
    bool any = false;
    for (size_t i = 0; i < m->nblocks; i++)
        if (m->blocks[i].kind == KG_BLOCK_QUESTION) {
            any = true;
            n = m->blocks[i].n > n ? m->blocks[i].n : n;
        }
    return any ? n : UINT_MAX;
}

static void resolve_internal(resolver *R, const kg_cite *c)
{
    kg_doc *doc = R->doc;
    const char *id, *label;
    const kg_block *q = NULL;
    size_t asked = 0;
    if (c->kind == KG_CITE_VRAAG_LID)
        asked = kg_model_questions_of(&doc->model,
                                      kg_cite_member_key(doc->arena, R->text, c->names),
                                      doc, &q);
    if (c->kind == KG_CITE_VRAAG_NR) {
        /* a document without question headings is trusted on its word */
        const char *n = span_str(R, c->nr);
        bool known = (unsigned)atoi(n) <= last_question(&doc->model);
        id = known ? kg_arena_printf(doc->arena, "%s#vraag-%s", doc->id, n)
                   : kg_arena_printf(doc->arena, "%s#?", doc->id);
        label = kg_arena_printf(doc->arena, "vraag %s", n);
    } else if (asked == 1) {            /* the member's only question */
        id = kg_arena_printf(doc->arena, "%s#vraag-%u", doc->id, q->n);
        label = kg_arena_printf(doc->arena, "vraag %u", q->n);
    } else if (asked > 1) {
        const char *k = kg_cite_member_key(doc->arena, R->text, c->names);
        id = kg_arena_printf(doc->arena, "%s#lid-%s", doc->id, k);
        label = kg_arena_printf(doc->arena, "vragen %s", span_str(R, c->names));
    } else {
        id = kg_arena_printf(doc->arena, "%s#?", doc->id);
        label = "?";
    }
    kg_ref *r = add_ref(R, KG_REF_VRAAG, id, label, c->start, c->end);
    if (r)
        r->pages = span_str(R, c->pages);
}

/* ---- the pass ------------------------------------------------------------ */

static void add_citation(resolver *R, const kg_cite *c)
{
    static const kg_ref_kind kind_of[] = {
        [KG_CITE_KAMERSTUK] = KG_REF_KAMERSTUK,
        [KG_CITE_DOSSIER] = KG_REF_DOSSIER,
        [KG_CITE_FOOTER] = KG_REF_SELF,
        [KG_CITE_HANDELINGEN] = KG_REF_HANDELINGEN,
        [KG_CITE_AANHANGSEL] = KG_REF_AANHANGSEL,
        [KG_CITE_STB] = KG_REF_STB,
        [KG_CITE_STCRT] = KG_REF_STCRT,
        [KG_CITE_ECLI] = KG_REF_ECLI,
    };
    kg_cite_ids ids;
    kg_cite_canonical(R->doc->arena, R->text, c, &ids);
    kg_ref *r = add_ref(R, kind_of[c->kind], ids.id, ids.label, c->start, c->end);
    if (!r)
        return;
    r->parts = ids.parts;
    r->suspect = ids.suspect;
    r->pages = span_str(R, c->pages);

    /* The rest of a range stands at its last number: "nrs. 4-6" */
    kg_cite_ids rest[KG_MAX_RANGE];
    size_t n = kg_cite_range(R->doc->arena, R->text, c, rest, KG_MAX_RANGE);
    size_t at = c->nr_to.off, end = c->nr_to.off + c->nr_to.len;
    for (size_t i = 0; i < n && (r = add_ref(R, kind_of[c->kind], rest[i].id,
                                             rest[i].label, at, end)); i++) {
        r->parts = rest[i].parts;
        r->suspect = rest[i].suspect;
        r->pages = span_str(R, c->pages);
    }
}

int kg_resolve(kg_doc *doc)
{
    resolver R = {doc, doc->text.norm, calloc(doc->ncites + 1, 1)};
    if (!R.consumed)
        return -1;
    set_identity(&R);
    if (key_is_kst(doc->key)) {
        kg_ref *r = new_ref(doc);
        if (r) {
            r->kind = KG_REF_SELF;
            r->id = doc->id;
            r->label = doc->label;
            r->parts.dossier_id = doc->dossier;
            r->text = doc->path;
        }
    }
    motion_seen seen[64];
    size_t nseen = 0;
    const char *member = NULL;          /* whose questions we are in */
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *c = &doc->cites[i];
        if (R.consumed[i])
            continue;
        switch (c->kind) {
        case KG_CITE_MEMBER_BLOCK:
            member = span_str(&R, c->names);
            break;
        case KG_CITE_MOTIE:
            resolve_motion(&R, i, member, seen, &nseen);
            break;
        case KG_CITE_VRAAG_NR:
        case KG_CITE_VRAAG_LID:
        case KG_CITE_VRAAG_VAGUE:
            resolve_internal(&R, c);
            break;
        case KG_CITE_KAMERSTUK:
        case KG_CITE_DOSSIER:
        case KG_CITE_FOOTER:
        case KG_CITE_HANDELINGEN:
        case KG_CITE_AANHANGSEL:
        case KG_CITE_STB:
        case KG_CITE_STCRT:
        case KG_CITE_ECLI:
            add_citation(&R, c);
            break;
        default:                        /* structure: the model's */
            break;
        }
    }
    free(R.consumed);
    return 0;
}
