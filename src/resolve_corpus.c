/*
 * Letters cited by date, across a corpus (kamergraph.h, kg_letters).
 *
 * A document that cites "de brief van 14 maart 2025" without tying it to
 * a number leaves the reference "brief:2025-03-14". Another document may
 * tie that date: it cites the letter with its number, or it is the letter
 * (its own date and number). Each tie is recorded here in the order the
 * documents come; the answer for a letter is its Kamerstuk when the ties
 * name exactly one, with the evidence of the first tie recorded for it.
 * Both the graph (which merges the brief: node into that Kamerstuk) and
 * `refs` ask here, so that they give the same answer.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "id.h"

typedef struct {
    const char *letter, *target, *evidence;
    size_t origin, order;
} tie;

struct kg_letters {
    kg_arena *strings;
    tie *ties;
    size_t n, cap, recorded;
    bool sorted;        /* by letter, target, order: one letter's ties are
                           together, its targets sorted, the first
                           recorded first */
};

kg_letters *kg_letters_create(void)
{
    kg_letters *l = calloc(1, sizeof *l);
    if (l && !(l->strings = kg_arena_create())) {
        free(l);
        return NULL;
    }
    return l;
}

void kg_letters_free(kg_letters *l)
{
    if (!l)
        return;
    kg_arena_free(l->strings);
    free(l->ties);
    free(l);
}

static const char *keep(kg_letters *l, const char *s)
{
    return kg_arena_strndup(l->strings, s ? s : "", s ? strlen(s) : 0);
}

kg_status kg_letters_add(kg_letters *l, const char *letter, const char *target,
                         const char *evidence, size_t origin)
{
    if (!l || !letter || !target)
        return KG_ERR_USAGE;
    if (kg_grow((void **)&l->ties, &l->cap, l->n, sizeof *l->ties))
        return KG_ERR_NOMEM;
    tie t = {keep(l, letter), keep(l, target), keep(l, evidence), origin, l->recorded++};
    if (!t.letter || !t.target || !t.evidence)
        return KG_ERR_NOMEM;
    l->ties[l->n++] = t;
    l->sorted = false;
    return KG_OK;
}

/* A letter cited by date that this document ties to its Kamerstuk on the
 * spot (a citation after it, a footnote): the whole corpus may use it. */
static bool ties_a_date(const kg_ref *r)
{
    return r->kind == KG_REF_BRIEF && r->parts.date && r->parts.date[0] >= '0' &&
           r->parts.date[0] <= '9' && kg_is_kst_id(r->id);
}

kg_status kg_letters_add_document(kg_letters *l, const kg_doc *doc, size_t origin)
{
    char letter[64];
    kg_status st = KG_OK;
    const char *date = doc->model.meta.date;
    if (date && kg_is_kst_id(doc->id)) {
        kg_id_write(&(kg_id){.kind = KG_ID_BRIEF, .key = kg_idpart_of(date)}, letter,
                    sizeof letter);
        const char *ev = kg_arena_printf(l->strings, "%s (the letter's own date)", doc->path);
        st = ev ? kg_letters_add(l, letter, doc->id, ev, origin) : KG_ERR_NOMEM;
    }
    for (size_t i = 0; st == KG_OK && i < doc->nrefs; i++) {
        const kg_ref *r = &doc->refs[i];
        /* a footnote's copy at its marker, or a letter naming itself:
         * no tie of its own */
        if (!ties_a_date(r) || r->marker_copy || strcmp(r->id, doc->id) == 0)
            continue;
        kg_id_write(&(kg_id){.kind = KG_ID_BRIEF, .key = kg_idpart_of(r->parts.date)}, letter,
                    sizeof letter);
        const char *ev = kg_arena_printf(l->strings, "%s %s", doc->path,
                                         r->evidence ? r->evidence : "");
        st = ev ? kg_letters_add(l, letter, r->id, ev, origin) : KG_ERR_NOMEM;
    }
    return st;
}

void kg_letters_forget(kg_letters *l, size_t origin)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->ties[i].origin != origin)
            l->ties[kept++] = l->ties[i];
    l->n = kept;
}

static int cmp_tie(const void *pa, const void *pb)
{
    const tie *a = pa, *b = pb;
    int c = strcmp(a->letter, b->letter);
    if (c == 0)
        c = strcmp(a->target, b->target);
    return c ? c : a->order < b->order ? -1 : a->order > b->order;
}

/* The first tie of `letter` and the end of its ties, in *end; NULL when
 * there are none (no tie at all: ties may be NULL, and &ties[0] of it is
 * undefined). */
static const tie *ties_of(kg_letters *l, const char *letter, size_t *end)
{
    *end = 0;
    if (l->n == 0)
        return NULL;
    if (!l->sorted && l->n)
        qsort(l->ties, l->n, sizeof *l->ties, cmp_tie);
    l->sorted = true;
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(l->ties[mid].letter, letter) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (*end = lo; *end < l->n && strcmp(l->ties[*end].letter, letter) == 0; (*end)++)
        ;
    return *end > lo ? &l->ties[lo] : NULL;
}

const char *kg_letters_target(kg_letters *l, const char *letter, const char **evidence)
{
    size_t end;
    const tie *t = l ? ties_of(l, letter, &end) : NULL;
    if (!t || strcmp(t[0].target, l->ties[end - 1].target) != 0)
        return NULL;
    if (evidence)
        *evidence = t[0].evidence;
    return t[0].target;
}

size_t kg_letters_candidates(kg_letters *l, const char *letter, const char **out, size_t max)
{
    size_t end, got = 0;
    const tie *t = l ? ties_of(l, letter, &end) : NULL;
    for (size_t i = 0; t && t + i < l->ties + end; i++)
        if (i == 0 || strcmp(t[i].target, t[i - 1].target) != 0) {
            if (got < max)
                out[got] = t[i].target;
            got++;
        }
    return got;
}

bool kg_ref_is_open_letter(const kg_ref *r)
{
    kg_id id;
    if (!r || r->kind != KG_REF_BRIEF)
        return false;
    kg_id_parse(r->id, &id);
    return id.kind == KG_ID_BRIEF;
}

const char *kg_letters_resolve_ref(kg_letters *l, const kg_ref *r, const char **evidence)
{
    return kg_ref_is_open_letter(r) ? kg_letters_target(l, r->id, evidence) : NULL;
}
