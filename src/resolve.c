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

static bool same_digits(const resolver *R, kg_span a, kg_span b)
{
    return a.len == b.len && memcmp(R->text + a.off, R->text + b.off, a.len) == 0;
}

/* End of a footnote's text: the closing bracket of a Word footnote, the
 * line end of a footnote at the foot of a page. */
static size_t footnote_end(const resolver *R, const kg_cite *body)
{
    size_t i = body->end;
    bool word = R->text[body->start] == '[';
    while (i < R->doc->text.norm_len && R->text[i] != '\n' &&
           !(word && R->text[i] == ']'))
        i++;
    return i;
}

/* The number a footnote gives a motion: the one Kamerstuk cited in the
 * footnote whose marker follows the motion in its sentence. */
static const kg_cite *footnote_number(const resolver *R, size_t mi)
{
    const kg_doc *doc = R->doc;
    const kg_cite *m = &doc->cites[mi], *mark = NULL;
    for (size_t i = mi + 1; i < doc->ncites && !mark; i++) {
        const kg_cite *c = &doc->cites[i];
        if (c->kind == KG_CITE_FN_MARK)
            mark = c;
        else if (c->kind == KG_CITE_MOTIE || c->kind == KG_CITE_KAMERSTUK)
            return NULL;
    }
    if (!mark || sentence_start(R, mark->start) > m->start)
        return NULL;
    for (size_t i = m->end; i < mark->start; i++)
        if (R->text[i] == '\n')
            return NULL;
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *b = &doc->cites[i];
        if (b->kind != KG_CITE_FN_BODY || !same_digits(R, b->nr, mark->nr))
            continue;
        size_t end = footnote_end(R, b);
        const kg_cite *found = NULL;
        for (size_t j = i + 1; j < doc->ncites && doc->cites[j].start < end; j++) {
            if (doc->cites[j].kind != KG_CITE_KAMERSTUK)
                continue;
            if (found)
                return NULL;            /* two numbers: which one? */
            found = &doc->cites[j];
        }
        return found;
    }
    return NULL;
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
        num = footnote_number(R, mi);
    }
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

static bool has_member(const resolver *R, const char *key)
{
    for (size_t i = 0; i < R->doc->ncites; i++) {
        const kg_cite *c = &R->doc->cites[i];
        if (c->kind == KG_CITE_MEMBER_BLOCK &&
            strcmp(kg_cite_member_key(R->doc->arena, R->text, c->names), key) == 0)
            return true;
    }
    return false;
}

static void resolve_internal(resolver *R, const kg_cite *c)
{
    kg_doc *doc = R->doc;
    const char *id, *label;
    if (c->kind == KG_CITE_VRAAG_NR) {
        const char *n = span_str(R, c->nr);
        id = kg_arena_printf(doc->arena, "%s#vraag-%s", doc->id, n);
        label = kg_arena_printf(doc->arena, "vraag %s", n);
    } else if (c->kind == KG_CITE_VRAAG_LID &&
               has_member(R, kg_cite_member_key(doc->arena, R->text, c->names))) {
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
        case KG_CITE_FN_MARK:
        case KG_CITE_FN_BODY:
            break;
        default:
            add_citation(&R, c);
            break;
        }
    }
    free(R.consumed);
    return 0;
}
