/* Motions: their numbers, from the citation after them, a footnote or
 * an earlier mention; "deze motie". */
#include "resolve.h"
#include <stdlib.h>
#include <string.h>

/* A citation right after a motion's name is the motion's own number:
 * "de motie van het lid Jansen (Kamerstuk 32 813, nr. 1203)", also when a
 * PDF broke the line between them. */
static bool adjacent(const resolver *R, size_t from, size_t to)
{
    if (to < from || to - from > 6)
        return false;
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)R->text[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '(' && c != ',' &&
            c != ':')
            return false;
    }
    return true;
}

/* Where the scanner found letters' titles opening, in text order (they
 * come last, in a pass of their own): each motion searches them, instead
 * of reading its sentence up to itself again, which a long line of
 * motions without full stops made quadratic. */
int kg_index_titles(resolver *R)
{
    const kg_doc *doc = R->doc;
    size_t cap = 0;
    for (size_t i = 0; i < doc->nstructures; i++) {
        if (doc->structures[i].kind != KG_STRUCT_LETTER_TITLE)
            continue;
        if (kg_grow((void **)&R->titles, &cap, R->ntitles, sizeof *R->titles))
            return -1;
        R->titles[R->ntitles++] = doc->structures[i].start;
    }
    return 0;
}

static bool title_before(const void *entry, const void *at)
{
    return *(const size_t *)entry < *(const size_t *)at;
}

/* "mijn brief van 5 december 2025 ... n.a.v. de motie X (Kamerstuk N)":
 * the motion is named in the title of a dated letter, and N is that
 * letter. ("Met deze brief geef ik uitvoering aan de motie X (N)" is not
 * such a title: N is the motion.) */
static bool inside_letter_title(resolver *R, size_t motion_start)
{
    size_t s = kg_sentence_start(R, motion_start);
    size_t i = kg_lower_bound(R->titles, R->ntitles, sizeof *R->titles, title_before, &s,
                              &R->work.looked);
    return i < R->ntitles && R->titles[i] + 10 <= motion_start;
}

/* The citation after cite ci, when no structure but a footnote marker
 * stands between them (a marker glued to the names: "Jansen c.s.4
 * (Kamerstuk ...)"); else, as when there is none, ncites. */
static size_t next_citation(const resolver *R, size_t ci)
{
    size_t i = ci + 1;
    return i < R->doc->ncites && !kg_structure_between(R, ci, i, false) ? i : R->doc->ncites;
}

/* "de motie (Kamerstuk 25 424, nr. 692)": no names, its own number. */
static void numbered_anaphor(resolver *R, size_t ci, size_t ni)
{
    const kg_cite *a = &R->doc->cites[ci], *num = &R->doc->cites[ni];
    kg_cite_ids ids;
    kg_cite_canonical(R->doc->arena, R->text, num, &ids);
    size_t end = num->end;
    if (end < R->doc->text.norm_len && R->text[end] == ')')
        end++;
    R->consumed[ni] = 1;
    kg_ref *r = kg_resolver_add_ref(R, KG_REF_MOTIE, ids.id,
                                    kg_arena_printf(R->doc->arena, "motie (%s)", ids.label),
                                    a->start, end);
    if (r) {
        r->parts = ids.parts;
        r->suspect = ids.suspect;
    }
}

/* "Deze motie" right after a motion is that motion: the last motion
 * reference, when it stands in this or the previous sentence ("de motie"
 * only in this one: in the next it is as often motions in general). */
void kg_resolve_anaphor(resolver *R, size_t ci)
{
    kg_doc *doc = R->doc;
    const kg_cite *a = &doc->cites[ci];
    if (ci + 1 < doc->ncites && (doc->cites[ci + 1].kind == KG_CITE_MOTIE ||
                                 doc->cites[ci + 1].kind == KG_CITE_STUKNR) &&
        doc->cites[ci + 1].start < a->end)
        return;                         /* "de motie van het lid X", "de motie op
                                           stuk nr. 15": named */
    size_t ni = next_citation(R, ci);
    if (ni < doc->ncites && doc->cites[ni].kind == KG_CITE_KAMERSTUK &&
        adjacent(R, a->end, doc->cites[ni].start)) {
        numbered_anaphor(R, ci, ni);    /* "de motie (Kamerstuk ...)" */
        return;
    }
    const kg_ref *last = NULL;
    size_t at = 0;
    for (size_t i = R->motions_end; i-- > 0; R->work.looked++) /* none after it */
        if (doc->refs[i].kind == KG_REF_MOTIE && !doc->refs[i].marker_copy) {
            last = &doc->refs[i];
            at = R->norm_at[i];
            break;
        }
    size_t here = kg_sentence_start(R, a->start);
    bool demonstrative = R->text[a->start + 1] != 'e' || R->text[a->start + 2] != ' ';
    size_t previous = here && demonstrative ? kg_sentence_start(R, here - 1) : here;
    if (!last || at < previous || at > a->start ||
        memchr(R->text + at, '\n', a->start - at))
        return;
    const char *id = last->id, *label = last->label, *evidence = kg_evidence_at(R, at);
    kg_ref *r = kg_resolver_add_ref(R, KG_REF_MOTIE, id, label, a->start, a->end);
    if (r) {
        r->resolved_by = KG_RESOLVED_EARLIER_MENTION;
        r->evidence = evidence;
    }
}


/* A list whose entries start with the id of the motion they name
 * ("36200-VII-97   Motie van het lid Kuiken c.s. over ...", as
 * stemmingslijsten have them): the Kamerstuk that starts the motion's line
 * with nothing but spaces between, or NULL. */
static const kg_cite *entry_number(const resolver *R, size_t mi)
{
    const kg_cite *m = &R->doc->cites[mi], *id = mi ? &R->doc->cites[mi - 1] : NULL;
    if (!id || id->kind != KG_CITE_KAMERSTUK || id->end > m->start ||
        kg_structure_between(R, mi - 1, mi, true))
        return NULL;
    for (size_t i = id->end; i < m->start; i++)
        if (R->text[i] != ' ' && R->text[i] != '\t')
            return NULL;
    size_t a = id->start;
    while (a > 0 && (R->text[a - 1] == ' ' || R->text[a - 1] == '\t'))
        a--;
    return a == 0 || R->text[a - 1] == '\n' ? id : NULL;
}

/* A motion born in the Handelingen ("Door het lid X wordt de volgende
 * motie voorgesteld: ... Zij krijgt nr. 12 (36410-VII).") takes the number
 * it is given next, unless another motion is born first. */
static const kg_cite *born_number(const resolver *R, size_t mi)
{
    for (size_t i = mi + 1; i < R->doc->ncites; i++) {
        const kg_cite *c = &R->doc->cites[i];
        if (c->kind == KG_CITE_MOTIE && c->born)
            return NULL;
        if (c->kind == KG_CITE_KAMERSTUK && c->motion)
            return c;
    }
    return NULL;
}

/* The numbered mention of the motion with this key, the first since
 * (SIZE_MAX: any); NULL when there is none. */
static const motion_seen *seen_motion(const resolver *R, const char *key)
{
    for (size_t i = 0; i < R->nseen; i++)
        if (strcmp(R->seen[i].key, key) == 0)
            return &R->seen[i];
    return NULL;
}

static void remember(resolver *R, const char *key, const char *id, const char *evidence)
{
    if (kg_grow((void **)&R->seen, &R->capseen, R->nseen, sizeof *R->seen) == 0)
        R->seen[R->nseen++] = (motion_seen){key, id, evidence};
}

void kg_resolve_motion(resolver *R, size_t mi, const char *addressee)
{
    kg_doc *doc = R->doc;
    const kg_cite *m = &doc->cites[mi];
    const char *key, *label, *id = NULL;
    kg_cite_motion_key(doc->arena, R->text, m->submitter, m->nsubmitters,
                       m->with_addressee ? addressee : NULL, &key, &label);
    if (!m->names.len)
        label = "motie";
    size_t end = m->end;
    const kg_cite *num = NULL;
    kg_cite by_number;
    kg_resolution how = KG_RESOLVED_NONE;
    const char *evidence = NULL;

    size_t ni = next_citation(R, mi);
    const kg_cite *next = ni < doc->ncites ? &doc->cites[ni] : NULL;
    /* the number right after the names, or where the subject leads */
    /* a subject that runs past a line break is the motion's only where
     * the break is inside its sentence ("... over een onafhankelijke" /
     * "Raad voor de rechtspraak (Kamerstuk ...)") */
    bool reach = m->reach && !kg_capital_starts_sentence(R, m->end, m->reach);
    size_t from = next && reach && !adjacent(R, m->end, next->start) ? m->reach : m->end;
    bool numbered_next = next && adjacent(R, from, next->start) &&
                         !inside_letter_title(R, m->start);
    if (m->born) {
        num = born_number(R, mi);
        how = KG_RESOLVED_BORN;
    } else if (numbered_next && next->kind == KG_CITE_KAMERSTUK) {
        num = next;
        how = KG_RESOLVED_INLINE;
    } else if (numbered_next && next->kind == KG_CITE_STUKNR &&
               kg_stuknr_cite(R, ni, &by_number, &how, &evidence)) {
        num = &by_number;               /* "de motie-X (stuk nr. 15)" */
    } else if ((num = kg_footnote_number(R, mi, m->end))) {
        how = KG_RESOLVED_FOOTNOTE;
    } else if ((num = entry_number(R, mi))) {
        how = KG_RESOLVED_INLINE;       /* "36200-VII-97  Motie van het lid ..." */
    }
    if (num && !m->born && (num == next || num == &by_number)) {
        R->consumed[ni] = 1;
        end = next->end;
        if (end < doc->text.norm_len && R->text[end] == ')' &&
            memchr(R->text + from, '(', next->start - from))
            end++;
    }
    if (!m->names.len && !num)
        return;                         /* "een motie" without its number */
    kg_cite_ids ids = {0};
    if (num) {
        kg_cite_canonical(doc->arena, R->text, num, &ids);
        id = ids.id;
        evidence = evidence ? evidence : kg_evidence_at(R, num->start);
        if (m->names.len)
            remember(R, key, id, evidence);
    } else {
        const motion_seen *seen = seen_motion(R, key);
        if (seen) {
            id = seen->id;              /* an earlier numbered mention */
            how = KG_RESOLVED_EARLIER_MENTION;
            evidence = seen->evidence;
        }
    }
    if (id)     /* two motions by the same members: tell them apart */
        label = kg_arena_printf(doc->arena, "%s (%s)", label, kg_id_label(id));
    kg_ref *r = kg_resolver_add_ref(R, KG_REF_MOTIE, id ? id : key, label, m->start, end);
    if (r && num) {
        r->parts = ids.parts;
        r->suspect = ids.suspect;
        r->pages = kg_resolver_span(R, num->pages);
    }
    if (r && id && how != KG_RESOLVED_INLINE) {  /* inline: it says so itself */
        r->resolved_by = how;
        r->evidence = evidence;
    }
}

/* A motion named only by its submitters before the document numbers it
 * ("De motie-Jansen is aangenomen. ... de motie-Jansen (36100, nr. 21)")
 * is that motion: one motion, not two. Run once all are resolved. */
void kg_motions_named_later(resolver *R)
{
    kg_doc *doc = R->doc;
    for (size_t i = 0; i < doc->nrefs; i++) {
        kg_ref *r = &doc->refs[i];
        kg_id id;
        kg_id_parse(r->id, &id);
        if (r->kind != KG_REF_MOTIE || id.kind != KG_ID_MOTIE)
            continue;
        const motion_seen *seen = seen_motion(R, r->id);
        if (!seen)
            continue;
        r->id = seen->id;
        r->label = kg_arena_printf(doc->arena, "%s (%s)", r->label, kg_id_label(seen->id));
        r->resolved_by = KG_RESOLVED_LATER_MENTION;
        r->evidence = seen->evidence;
    }
}

/* ---- "stuk nr. N": a Kamerstuk by its number only ------------------------ */

static int by_ondernummer(const void *x, const void *y)
{
    const struct numbered *a = x, *b = y;
    int c = strcmp(a->nr, b->nr);
    return c ? c : kg_order(a->cite, b->cite);
}

/* The Kamerstuk citations of the document by ondernummer; -1: out of
 * memory. */
static int index_numbers(resolver *R)
{
    R->by_number = malloc((R->nkst + 1) * sizeof *R->by_number);
    if (!R->by_number)
        return -1;
    for (size_t i = 0; i < R->nkst; i++) {
        const kg_cite *c = &R->doc->cites[R->kst[i].cite];
        R->by_number[i] = (struct numbered){kg_resolver_span(R, c->nr), R->kst[i].cite};
    }
    qsort(R->by_number, R->nkst, sizeof *R->by_number, by_ondernummer);
    return 0;
}

static bool number_before(const void *entry, const void *key)
{
    return strcmp(((const struct numbered *)entry)->nr, key) < 0;
}

/* The one dossier that the document's Kamerstukken numbered nr stand in
 * ("haar motie (30120, nr. 157)" for "de motie op stuk nr. 157"): its
 * citation, or NULL when none or several dossiers. */
static const kg_cite *same_number(resolver *R, const char *nr)
{
    if (!R->by_number && index_numbers(R) != 0)
        return NULL;
    size_t i = kg_lower_bound(R->by_number, R->nkst, sizeof *R->by_number, number_before, nr,
                              &R->work.looked);
    const kg_cite *found = NULL;
    char *first = NULL;
    for (; i < R->nkst && strcmp(R->by_number[i].nr, nr) == 0; i++, R->work.looked++) {
        const kg_cite *c = &R->doc->cites[R->by_number[i].cite];
        kg_cite_ids ids;
        kg_cite_canonical(R->doc->arena, R->text, c, &ids);
        if (first && strcmp(first, ids.parts.dossier_id) != 0)
            return NULL;
        first = (char *)ids.parts.dossier_id;
        found = c;
    }
    return found;
}

bool kg_stuknr_cite(resolver *R, size_t ci, kg_cite *out, kg_resolution *how,
                    const char **evidence)
{
    const kg_cite *c = &R->doc->cites[ci];
    const char *nr = kg_resolver_span(R, c->nr);
    const kg_cite *from = nr ? same_number(R, nr) : NULL;
    *how = KG_RESOLVED_SAME_NUMBER;
    if (!from && R->debate != SIZE_MAX) {
        from = &R->doc->cites[R->debate];
        *how = KG_RESOLVED_DEBATE_DOSSIER;
    }
    if (!from)
        return false;
    *out = *c;
    out->kind = KG_CITE_KAMERSTUK;
    out->dossier = from->dossier;
    out->toev = from->toev;
    out->dossier2 = from->dossier2;
    out->toev2 = from->toev2;
    *evidence = kg_evidence_at(R, from->start);
    return true;
}

/* "de motie op stuk nr. 157": the Kamerstuk in the dossier the document
 * gives it; nothing when it gives none. */
void kg_resolve_stuknr(resolver *R, size_t ci)
{
    kg_cite num;
    kg_resolution how;
    const char *evidence;
    if (!kg_stuknr_cite(R, ci, &num, &how, &evidence))
        return;
    kg_cite_ids ids;
    kg_cite_canonical(R->doc->arena, R->text, &num, &ids);
    bool motion = R->doc->cites[ci].motion;
    const char *label = motion ? kg_arena_printf(R->doc->arena, "motie (%s)", ids.label)
                               : ids.label;
    kg_ref *r = kg_resolver_add_ref(R, motion ? KG_REF_MOTIE : KG_REF_KAMERSTUK, ids.id,
                                    label, num.start, num.end);
    if (!r)
        return;
    r->parts = ids.parts;
    r->resolved_by = how;
    r->evidence = evidence;
}
