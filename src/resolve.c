/*
 * Resolution: from the scanner's raw citations to references with ids.
 *
 * - the document's own identity: a kst- file name, else its first page
 *   footer; every footer is a `self` reference;
 * - a motion takes its number from a citation right after it, from the
 *   footnote whose marker ends its sentence, or from an earlier numbered
 *   mention of the same submitters; otherwise it keeps its name key;
 * - "zie antwoord op vraag van het lid X" points at X's only question or
 *   X's block of questions, "vraag 3" at question 3, and what cannot be
 *   resolved at "<doc>#?";
 * - a letter cited by date is the Kamerstuk that the text ties it to
 *   (a citation right after it, or a footnote), here or at another mention
 *   of the same date; otherwise it is "brief:YYYY-MM-DD";
 * - a reference in a footnote is repeated at the footnote's marker, and
 *   every reference knows the question, answer or section holding it.
 */
#include "internal.h"
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* A range longer than this ("nrs. 4-6000") is a typo, not 6000 citations:
 * only its first number is reported. */
#define KG_MAX_RANGE 50

/* A date that the text ties to a Kamerstuk. */
typedef struct {
    char date[11];
    size_t cite;                /* the BRIEF cite that is tied */
    const char *id, *how, *evidence;
} date_tie;

typedef struct {
    kg_doc *doc;
    const char *text;
    char *consumed;             /* cites absorbed into another reference */
    size_t *norm_at;            /* per reference: its normalised offset */
    size_t cap_norm;
    date_tie *ties;
    size_t nties, cap_ties;
} resolver;

static kg_ref *new_ref(kg_doc *doc)
{
    if (kg_grow((void **)&doc->refs, &doc->caprefs, doc->nrefs, sizeof *doc->refs))
        return NULL;
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
    if (kg_grow((void **)&R->norm_at, &R->cap_norm, R->doc->nrefs, sizeof *R->norm_at))
        return NULL;
    kg_ref *r = new_ref(R->doc);
    if (!r)
        return NULL;
    R->norm_at[R->doc->nrefs - 1] = start;
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
            if (doc->cites[i].kind != KG_CITE_FOOTER && doc->cites[i].kind != KG_CITE_HEAD)
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
    const char *key, *id, *evidence;
} motion_seen;

static const char *evidence_at(const resolver *R, size_t norm);

/* "Deze motie" right after a motion is that motion: the last motion
 * reference, when it stands in this or the previous sentence ("de motie"
 * only in this one: in the next it is as often motions in general). */
static void resolve_anaphor(resolver *R, size_t ci)
{
    kg_doc *doc = R->doc;
    const kg_cite *a = &doc->cites[ci];
    if (ci + 1 < doc->ncites && doc->cites[ci + 1].kind == KG_CITE_MOTIE &&
        doc->cites[ci + 1].start < a->end)
        return;                         /* "de motie van het lid X": named */
    const kg_ref *last = NULL;
    size_t at = 0;
    for (size_t i = doc->nrefs; i-- > 0;)
        if (doc->refs[i].kind == KG_REF_MOTIE && !doc->refs[i].marker_copy) {
            last = &doc->refs[i];
            at = R->norm_at[i];
            break;
        }
    size_t here = sentence_start(R, a->start);
    bool demonstrative = R->text[a->start + 1] != 'e' || R->text[a->start + 2] != ' ';
    size_t previous = here && demonstrative ? sentence_start(R, here - 1) : here;
    if (!last || at < previous || at > a->start ||
        memchr(R->text + at, '\n', a->start - at))
        return;
    const char *id = last->id, *label = last->label, *evidence = evidence_at(R, at);
    kg_ref *r = add_ref(R, KG_REF_MOTIE, id, label, a->start, a->end);
    if (r) {
        r->resolved_by = "earlier-mention";
        r->evidence = evidence;
    }
}

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
    const char *how = NULL, *evidence = NULL;
    if (num) {
        kg_cite_canonical(doc->arena, R->text, num, &ids);
        id = ids.id;
        how = R->consumed[mi + 1] && num == next ? "inline" : "footnote";
        evidence = evidence_at(R, num->start);
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
    kg_ref *r = add_ref(R, KG_REF_MOTIE, id ? id : key, label, m->start, end);
    if (r && num) {
        r->parts = ids.parts;
        r->suspect = ids.suspect;
        r->pages = span_str(R, num->pages);
    }
    if (r && how && strcmp(how, "inline") != 0) {  /* inline: it says so itself */
        r->resolved_by = how;
        r->evidence = evidence;
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

/* Of the member's questions, the one on the pages the reference names
 * ("op pagina 5 en 6"), when the page footers tell the pages and exactly
 * one question stands there. */
static const kg_block *on_pages(const resolver *R, const kg_cite *c)
{
    const kg_model *m = &R->doc->model;
    if (!c->pages.len)
        return NULL;
    unsigned from = (unsigned)atoi(R->text + c->pages.off), to = from;
    for (size_t i = c->pages.len; i-- > 0 && isdigit((unsigned char)R->text[c->pages.off + i]);)
        to = (unsigned)atoi(R->text + c->pages.off + i);
    const char *key = kg_cite_member_key(R->doc->arena, R->text, c->names);
    const kg_block *found = NULL;
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        if (b->kind != KG_BLOCK_QUESTION || !b->asker)
            continue;
        kg_span all = {0, strlen(b->asker)};
        unsigned page = kg_model_page_at(R->doc, b->start);
        if (page < from || page > to ||
            strcmp(kg_cite_member_key(R->doc->arena, b->asker, all), key) != 0)
            continue;
        if (found)
            return NULL;
        found = b;
    }
    return found;
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
    } else if (asked > 1 && (q = on_pages(R, c))) { /* "op pagina 5 en 6" */
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

/* ---- letters cited by date --------------------------------------------- */

/* "line 88: (Kamerstukken 31490-359 en 31490-391)": where a tie was made,
 * so that a person can check it. */
static const char *evidence_at(const resolver *R, size_t norm)
{
    const kg_text *t = &R->doc->text;
    size_t from = kg_text_original(t, norm), end = from;
    while (end < t->len && t->buf[end] != '\n' && end - from < 120)
        end++;
    unsigned line, col;
    kg_text_position(t, from, &line, &col);
    return kg_arena_printf(R->doc->arena, "line %u: %.*s", line, (int)(end - from),
                           t->buf + from);
}

/* The full date of a BRIEF cite: "jl." is the document's year; a date
 * without a year takes it from another mention of the same day, else from
 * the document's date (the last such day before it). */
static void full_date(const resolver *R, const kg_cite *c, char out[11])
{
    const char *docdate = R->doc->model.meta.date;
    memcpy(out, c->date, 11);
    if (c->date[0] != '?' && c->date[0] != 'j')
        return;
    for (size_t i = 0; c->date[0] == '?' && i < R->doc->ncites; i++) {
        const kg_cite *o = &R->doc->cites[i];
        if (o->kind == KG_CITE_BRIEF && isdigit((unsigned char)o->date[0]) &&
            strcmp(o->date + 4, c->date + 4) == 0) {
            memcpy(out, o->date, 4);
            return;
        }
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

static void tie(resolver *R, size_t cite, const kg_cite *num, const char *how)
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
    t->evidence = evidence_at(R, num->start);
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
        if (sentence_start(R, c->start) > first->start || c->start - last->end > 300)
            break;
        if (c->kind == KG_CITE_KAMERSTUK)
            found[n++] = j;
        else if (c->kind != KG_CITE_MOTIE && c->kind != KG_CITE_MOTIE_ANAPHOR &&
                 c->kind != KG_CITE_FN_MARK && c->kind != KG_CITE_FN_GLUED)
            break;
    }
    for (size_t i = 0; n == k && i < k; i++)
        tie(R, dates[i], &doc->cites[found[i]], "inline");
}

/* A footnote on the date itself: "Kamerbrieven van 8 mei 2024[1]". */
static bool tie_by_note(resolver *R, size_t i)
{
    const kg_doc *doc = R->doc;
    const kg_cite *mark = i + 1 < doc->ncites ? &doc->cites[i + 1] : NULL;
    if (!mark || mark->kind != KG_CITE_FN_MARK || mark->start != doc->cites[i].end)
        return false;
    const kg_footnote *f = kg_model_note_marked_at(&doc->model, mark->start, mark->start);
    const kg_cite *num = f ? note_citation(R, f) : NULL;
    if (num)
        tie(R, i, num, "footnote");
    return num != NULL;
}

/* Ties every date to its Kamerstuk where the text says which: by
 * footnotes on the dates, or by the citations after the mention. */
static void tie_letters(resolver *R)
{
    const kg_doc *doc = R->doc;
    for (size_t i = 0; i < doc->ncites; i++) {
        if (doc->cites[i].kind != KG_CITE_BRIEF)
            continue;
        size_t dates[16], k = 0, j = i;
        bool noted = false;
        for (; j < doc->ncites; j++) {  /* the dates of one mention */
            const kg_cite *c = &doc->cites[j];
            if (c->kind == KG_CITE_BRIEF && c->group == doc->cites[i].group) {
                if (k < 16)
                    dates[k++] = j;
                noted |= tie_by_note(R, j);
            } else if (c->kind != KG_CITE_FN_MARK) {
                break;
            }
        }
        if (!noted)
            tie_inline(R, dates, k);
        i = j - 1;
    }
}

static void resolve_letter(resolver *R, size_t ci)
{
    const kg_cite *c = &R->doc->cites[ci];
    char date[11];
    full_date(R, c, date);
    const date_tie *own = NULL, *other = NULL;
    for (size_t i = 0; i < R->nties; i++) {
        if (R->ties[i].cite == ci)
            own = &R->ties[i];
        else if (!other && strcmp(R->ties[i].date, date) == 0)
            other = &R->ties[i];
    }
    const date_tie *t = own ? own : other;
    const char *id = t ? t->id : kg_arena_printf(R->doc->arena, "brief:%s", date);
    const char *label = kg_arena_printf(R->doc->arena, "brief van %s", date);
    kg_ref *r = add_ref(R, KG_REF_BRIEF, id, label, c->start, c->end);
    if (r)
        r->parts.date = kg_arena_strndup(R->doc->arena, date, 10);
    if (r && t) {
        r->resolved_by = own ? own->how : "date-alias";
        r->evidence = t->evidence;
    }
}

/* ---- footnotes and blocks ------------------------------------------------- */

static const char *block_id(const resolver *R, size_t norm)
{
    const kg_block *b = kg_model_block_at(&R->doc->model, norm);
    if (!b)
        return NULL;
    const char *id = R->doc->id;
    switch (b->kind) {
    case KG_BLOCK_QUESTION:
        return kg_arena_printf(R->doc->arena, "%s#vraag-%u", id, b->n);
    case KG_BLOCK_ANSWER:
        return kg_arena_printf(R->doc->arena, "%s#antwoord-%u", id, b->n);
    case KG_BLOCK_SECTION:
        return kg_arena_printf(R->doc->arena, "%s#sectie-%s", id, b->label);
    default:
        return NULL;
    }
}

/* A reference in a footnote belongs where the footnote's marker is: it is
 * repeated there, and its block is the marker's. */
static void place_in_blocks(resolver *R)
{
    kg_doc *doc = R->doc;
    size_t n = doc->nrefs;
    for (size_t i = 0; i < n; i++) {
        if (doc->refs[i].kind == KG_REF_SELF)
            continue;
        size_t at = R->norm_at[i];
        const kg_footnote *f = kg_model_note_holding(&doc->model, at);
        doc->refs[i].block = block_id(R, f ? f->mark_start : at);
        if (!f)
            continue;
        doc->refs[i].footnote = f->n;
        kg_ref copy = doc->refs[i];
        kg_ref *r = add_ref(R, copy.kind, copy.id, copy.label, f->mark_start, f->mark_end);
        if (!r)
            return;
        const char *marker = r->text;
        *r = copy;
        r->marker_copy = true;
        r->resolved_by = copy.resolved_by ? copy.resolved_by : "footnote";
        r->offset = kg_text_original(&doc->text, f->mark_start);
        r->length = kg_text_original(&doc->text, f->mark_end) - r->offset;
        kg_text_position(&doc->text, r->offset, &r->line, &r->col);
        r->text = kg_arena_printf(doc->arena, "%s %s", marker, copy.text);
        doc->refs[i].footnote = f->n;
    }
}

typedef struct {
    kg_ref ref;
    size_t order;
} ranked_ref;

static int by_position(const void *a, const void *b)
{
    const ranked_ref *x = a, *y = b;
    if (x->ref.line != y->ref.line)
        return x->ref.line < y->ref.line ? -1 : 1;
    if (x->ref.offset != y->ref.offset)
        return x->ref.offset < y->ref.offset ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* In the order of the text; at one place, in the order found. */
static void sort_refs(kg_doc *doc)
{
    ranked_ref *tmp = malloc((doc->nrefs + 1) * sizeof *tmp);
    if (!tmp)
        return;                         /* unsorted, but complete */
    for (size_t i = 0; i < doc->nrefs; i++)
        tmp[i] = (ranked_ref){doc->refs[i], i};
    qsort(tmp, doc->nrefs, sizeof *tmp, by_position);
    for (size_t i = 0; i < doc->nrefs; i++)
        doc->refs[i] = tmp[i].ref;
    free(tmp);
}

/* ---- the pass ------------------------------------------------------------ */

static void add_citation(resolver *R, const kg_cite *c)
{
    static const kg_ref_kind kind_of[] = {
        [KG_CITE_KAMERSTUK] = KG_REF_KAMERSTUK,
        [KG_CITE_DOSSIER] = KG_REF_DOSSIER,
        [KG_CITE_FOOTER] = KG_REF_SELF,
        [KG_CITE_HEAD] = KG_REF_SELF,
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
    resolver R = {.doc = doc, .text = doc->text.norm,
                  .consumed = calloc(doc->ncites + 1, 1)};
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
    tie_letters(&R);
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
        case KG_CITE_BRIEF:
            resolve_letter(&R, i);
            break;
        case KG_CITE_MOTIE_ANAPHOR:
            resolve_anaphor(&R, i);
            break;
        case KG_CITE_KAMERSTUK:
        case KG_CITE_DOSSIER:
        case KG_CITE_FOOTER:
        case KG_CITE_HEAD:
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
    place_in_blocks(&R);
    sort_refs(doc);
    free(R.consumed);
    free(R.norm_at);
    free(R.ties);
    return 0;
}
