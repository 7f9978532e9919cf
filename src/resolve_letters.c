/* Letters cited by date: tied to a Kamerstuk by the citation after
 * them or a footnote on the date; other mentions of the date follow. */
#include "resolve.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_day(const void *a, const void *b)
{
    const struct dated *x = a, *y = b;
    int c = strcmp(x->day, y->day);
    return c ? c : kg_order(x->cite, y->cite);
}

int kg_index_letters(resolver *R)
{
    const kg_doc *doc = R->doc;
    R->dated = malloc((doc->ncites + 1) * sizeof *R->dated);
    if (!R->dated)
        return -1;
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *c = &doc->cites[i];
        if (c->kind == KG_CITE_BRIEF && isdigit((unsigned char)c->date[0]))
            R->dated[R->ndated++] = (struct dated){c->date + 4, i};
    }
    qsort(R->dated, R->ndated, sizeof *R->dated, by_day);
    return 0;
}

static bool day_before(const void *entry, const void *day)
{
    return strcmp(((const struct dated *)entry)->day, day) < 0;
}

/* The first mention, in text order, of the day `day` ("-03-14") with its
 * year; NULL when there is none. */
static const kg_cite *dated_mention(resolver *R, const char *day)
{
    size_t i = kg_lower_bound(R->dated, R->ndated, sizeof *R->dated, day_before, day,
                              &R->work.looked);
    if (i < R->ndated && strcmp(R->dated[i].day, day) == 0)
        return &R->doc->cites[R->dated[i].cite];
    return NULL;
}

/* The full date of a BRIEF cite: "jl." is the document's year; a date
 * without a year takes it from another mention of the same day, else from
 * the document's date (the last such day before it). */
static void full_date(resolver *R, const kg_cite *c, char out[11])
{
    const char *docdate = R->doc->model.meta.date;
    memcpy(out, c->date, 11);
    if (c->date[0] != '?' && c->date[0] != 'j')
        return;
    const kg_cite *o = c->date[0] == '?' ? dated_mention(R, c->date + 4) : NULL;
    if (o) {
        memcpy(out, o->date, 4);
        return;
    }
    if (!docdate) {
        memcpy(out, "????", 4);         /* "jl." of an undated letter */
        return;
    }
    memcpy(out, docdate, 4);
    if (c->date[0] == '?' && strcmp(c->date + 5, docdate + 5) > 0) {
        unsigned year = (unsigned)atoi(docdate) % 10000;  /* last year's */
        char y[16];
        snprintf(y, sizeof y, "%04u", year ? year - 1 : 0);
        memcpy(out, y, 4);
    }
    out[4] = '-';
}

static void tie(resolver *R, size_t cite, const kg_cite *num, kg_resolution how)
{
    if (kg_grow((void **)&R->ties, &R->cap_ties, R->nties, sizeof *R->ties))
        return;
    kg_cite_ids ids;
    kg_cite_canonical(R->doc->arena, R->text, num, &ids);
    date_tie *t = &R->ties[R->nties++];
    full_date(R, &R->doc->cites[cite], t->date);
    t->cite = cite;
    t->id = ids.id;
    t->how = how;
    t->evidence = kg_evidence_at(R, num->start);
}

/* The citations that follow a mention of k dates in its sentence: "de
 * brieven van 14 maart en 3 oktober 2025 (Kamerstukken A en B)" ties
 * pairwise. Motions and footnote markers may stand between. */
static void tie_inline(resolver *R, const size_t *dates, size_t k)
{
    const kg_doc *doc = R->doc;
    const kg_cite *first = &doc->cites[dates[0]], *last = &doc->cites[dates[k - 1]];
    size_t found[16], n = 0;
    for (size_t j = dates[k - 1] + 1; j < doc->ncites && n < k; j++) {
        const kg_cite *c = &doc->cites[j];
        if (kg_structure_between(R, j - 1, j, false) ||
            kg_sentence_start(R, c->start) > first->start || c->start - last->end > 300)
            break;
        if (c->kind == KG_CITE_KAMERSTUK)
            found[n++] = j;
        else if (c->kind != KG_CITE_MOTIE && c->kind != KG_CITE_MOTIE_ANAPHOR)
            break;
    }
    for (size_t i = 0; n == k && i < k; i++)
        tie(R, dates[i], &doc->cites[found[i]], KG_RESOLVED_INLINE);
}

/* A footnote on the date itself: "Kamerbrieven van 8 mei 2024[1]". */
static bool tie_by_note(resolver *R, size_t i)
{
    const kg_doc *doc = R->doc;
    const kg_structure *mark = kg_structure_after(R, i);
    /* a glued marker may follow the full stop: "van 12 januari 2021.3" */
    if (!mark || (mark->kind != KG_STRUCT_FN_MARK && mark->kind != KG_STRUCT_FN_GLUED) ||
        mark->start < doc->cites[i].end || mark->start > doc->cites[i].end + 1)
        return false;
    const kg_footnote *f = kg_model_note_marked_at(&doc->model, mark->start, mark->start);
    const kg_cite *num = f ? kg_note_citation(R, f) : NULL;
    if (num)
        tie(R, i, num, KG_RESOLVED_FOOTNOTE);
    return num != NULL;
}

static int by_cite(const void *a, const void *b)
{
    const struct tie_by_cite *x = a, *y = b;
    return x->cite != y->cite ? kg_order(x->cite, y->cite) : kg_order(x->tie, y->tie);
}

static int by_date(const void *a, const void *b)
{
    const struct tie_by_date *x = a, *y = b;
    int c = strcmp(x->date, y->date);
    return c ? c : kg_order(x->tie, y->tie);
}

/* The ties by cite and by date, once all are made; -1: out of memory. */
static int index_ties(resolver *R)
{
    R->tie_cites = malloc((R->nties + 1) * sizeof *R->tie_cites);
    R->tie_dates = malloc((R->nties + 1) * sizeof *R->tie_dates);
    if (!R->tie_cites || !R->tie_dates)
        return -1;
    for (size_t t = 0; t < R->nties; t++) {
        R->tie_cites[t] = (struct tie_by_cite){R->ties[t].cite, t};
        R->tie_dates[t] = (struct tie_by_date){R->ties[t].date, t};
    }
    qsort(R->tie_cites, R->nties, sizeof *R->tie_cites, by_cite);
    qsort(R->tie_dates, R->nties, sizeof *R->tie_dates, by_date);
    return 0;
}

/* Ties every date to its Kamerstuk where the text says which: by
 * footnotes on the dates, or by the citations after the mention. */
int kg_tie_letters(resolver *R)
{
    const kg_doc *doc = R->doc;
    for (size_t i = 0; i < doc->ncites; i++) {
        if (doc->cites[i].kind != KG_CITE_BRIEF)
            continue;
        size_t dates[16], k = 0, j = i;
        bool noted = false;
        for (; j < doc->ncites; j++) {  /* the dates of one mention */
            const kg_cite *c = &doc->cites[j];
            if (c->kind != KG_CITE_BRIEF || c->group != doc->cites[i].group)
                break;                  /* footnote markers alone stand between */
            if (k < 16)
                dates[k++] = j;
            noted |= tie_by_note(R, j);
        }
        if (!noted)
            tie_inline(R, dates, k);
        i = j - 1;
    }
    return index_ties(R);
}

static bool cite_not_after(const void *entry, const void *ci)
{
    return ((const struct tie_by_cite *)entry)->cite <= *(const size_t *)ci;
}

/* The last tie of cite ci, or NULL. */
static const date_tie *own_tie(resolver *R, size_t ci)
{
    size_t i = kg_lower_bound(R->tie_cites, R->nties, sizeof *R->tie_cites, cite_not_after,
                              &ci, &R->work.looked);
    return i && R->tie_cites[i - 1].cite == ci ? &R->ties[R->tie_cites[i - 1].tie] : NULL;
}

static bool date_before(const void *entry, const void *date)
{
    return strcmp(((const struct tie_by_date *)entry)->date, date) < 0;
}

/* The first tie of the date that another cite than ci made, or NULL. */
static const date_tie *other_tie(resolver *R, size_t ci, const char *date)
{
    size_t i = kg_lower_bound(R->tie_dates, R->nties, sizeof *R->tie_dates, date_before,
                              date, &R->work.looked);
    for (; i < R->nties && strcmp(R->tie_dates[i].date, date) == 0; i++, R->work.looked++)
        if (R->ties[R->tie_dates[i].tie].cite != ci)
            return &R->ties[R->tie_dates[i].tie];
    return NULL;
}

void kg_resolve_letter(resolver *R, size_t ci)
{
    const kg_cite *c = &R->doc->cites[ci];
    char date[11];
    full_date(R, c, date);
    const date_tie *own = own_tie(R, ci), *other = other_tie(R, ci, date);
    const date_tie *t = own ? own : other;
    kg_id letter = {.kind = KG_ID_BRIEF, .key = kg_idpart_of(date)};
    const char *id = t ? t->id : kg_id_format(R->doc->arena, &letter);
    const char *label = kg_arena_printf(R->doc->arena, "brief van %s", date);
    kg_ref *r = kg_resolver_add_ref(R, KG_REF_BRIEF, id, label, c->start, c->end);
    if (r)
        r->parts.date = kg_arena_strndup(R->doc->arena, date, 10);
    if (r && t) {
        r->resolved_by = own ? own->how : KG_RESOLVED_DATE_ALIAS;
        r->evidence = t->evidence;
    }
}
