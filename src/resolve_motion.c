/* Motions: their numbers, from the citation after them, a footnote or
 * an earlier mention; "deze motie". */
#include "resolve.h"
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

/* "brief van " or "brieven van ", where a PDF may break the line on
 * either side of "van". */
static bool is_title(const char *t)
{
    size_t w = strncmp(t, "brieven", 7) == 0 ? 7 : strncmp(t, "brief", 5) == 0 ? 5 : 0;
    return w && (t[w] == ' ' || t[w] == '\n') && strncmp(t + w + 1, "van", 3) == 0 &&
           (t[w + 4] == ' ' || t[w + 4] == '\n');
}

/* Read once: each motion read its sentence up to itself again, and a long
 * line of motions without full stops was quadratic. */
int kg_index_titles(resolver *R)
{
    size_t len = R->doc->text.norm_len, cap = 0;
    for (size_t i = 0; i < len; i++) {
        if (R->text[i] != 'b' || !is_title(R->text + i))
            continue;
        if (kg_grow((void **)&R->titles, &cap, R->ntitles, sizeof *R->titles))
            return -1;
        R->titles[R->ntitles++] = i;
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
                              &R->looked);
    return i < R->ntitles && R->titles[i] + 10 <= motion_start;
}

/* "Deze motie" right after a motion is that motion: the last motion
 * reference, when it stands in this or the previous sentence ("de motie"
 * only in this one: in the next it is as often motions in general). */
void kg_resolve_anaphor(resolver *R, size_t ci)
{
    kg_doc *doc = R->doc;
    const kg_cite *a = &doc->cites[ci];
    if (ci + 1 < doc->ncites && doc->cites[ci + 1].kind == KG_CITE_MOTIE &&
        doc->cites[ci + 1].start < a->end)
        return;                         /* "de motie van het lid X": named */
    const kg_ref *last = NULL;
    size_t at = 0;
    for (size_t i = R->motions_end; i-- > 0; R->looked++) /* none after it */
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
        r->resolved_by = "earlier-mention";
        r->evidence = evidence;
    }
}

void kg_resolve_motion(resolver *R, size_t mi, const char *addressee,
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
        num = kg_footnote_number(R, mi, m->end);
    }
    if (!m->names.len && !num)
        return;                         /* "een motie" without its number */
    kg_cite_ids ids = {0};
    const char *how = NULL, *evidence = NULL;
    if (num) {
        kg_cite_canonical(doc->arena, R->text, num, &ids);
        id = ids.id;
        how = R->consumed[mi + 1] && num == next ? "inline" : "footnote";
        evidence = kg_evidence_at(R, num->start);
    }
    for (size_t i = 0; !id && i < *nseen; i++)
        if (strcmp(seen[i].key, key) == 0) {
            id = seen[i].id;            /* an earlier numbered mention */
            how = "earlier-mention";
            evidence = seen[i].evidence;
        }
    if (num && *nseen < 64) {
        seen[*nseen].key = key;
        seen[*nseen].evidence = evidence;
        seen[(*nseen)++].id = id;
    }
    if (id)     /* two motions by the same members: tell them apart */
        label = kg_arena_printf(doc->arena, "%s (%s)", label, id + 4);
    kg_ref *r = kg_resolver_add_ref(R, KG_REF_MOTIE, id ? id : key, label, m->start, end);
    if (r && num) {
        r->parts = ids.parts;
        r->suspect = ids.suspect;
        r->pages = kg_resolver_span(R, num->pages);
    }
    if (r && how && strcmp(how, "inline") != 0) {  /* inline: it says so itself */
        r->resolved_by = how;
        r->evidence = evidence;
    }
}
