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
 *   every reference knows the question, answer or section holding it;
 * - where the format tags a reference itself, the tag wins
 *   (resolve_markup.c).
 */
#include "resolve.h"
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>


const char *kg_resolver_span(const resolver *R, kg_span s)
{
    return s.len ? kg_arena_strndup(R->doc->arena, R->text + s.off, s.len)
                 : NULL;
}

/* Where a span that ends at normalised offset end ends in the original:
 * after its last character, not after the page furniture cut out right
 * behind it ("Kamerstukken II, ..., nr. 1024" / a page footer). */
static size_t original_end(const kg_text *t, size_t start, size_t end)
{
    if (end <= start)
        return kg_text_original(t, end);
    size_t to = kg_text_original(t, end - 1) + 1;
    while (to < t->len && ((unsigned char)t->buf[to] & 0xC0) == 0x80)
        to++;                           /* the rest of an en dash folded to '-' */
    return to;
}

kg_ref *kg_resolver_add_ref(resolver *R, kg_ref_kind kind, const char *id,
                       const char *label, size_t start, size_t end)
{
    if (kg_grow((void **)&R->norm_at, &R->cap_norm, R->doc->nrefs, sizeof *R->norm_at))
        return NULL;
    kg_ref *r = kg_doc_new_ref(R->doc);
    if (!r)
        return NULL;
    R->norm_at[R->doc->nrefs - 1] = start;
    if (kind == KG_REF_MOTIE)
        R->motions_end = R->doc->nrefs;
    const kg_text *t = &R->doc->text;
    size_t from = kg_text_original(t, start), to = original_end(t, start, end);
    if (to < from) /* cannot happen since cuts are fenced off (normalize.c); never a crash */
        to = from;
    r->kind = kind;
    r->id = id;
    r->label = label;
    r->offset = from;
    r->length = to - from;
    r->text = kg_arena_strndup(R->doc->arena, t->buf + from, to - from);
    kg_text_position(t, from, &r->line, &r->col);
    return r;
}

/* The ondernummer of a footer-form citation with its page glued on
 * ("16001" of "22 112, nr. 16001"): the length of the part before the
 * page, given the number it ought to start with, or 0. */
static size_t glued_page_at(const char *nr, const char *own)
{
    size_t n = strlen(own), len = strlen(nr);
    if (n == 0 || len <= n || len - n > 4 || strncmp(nr, own, n) != 0 || nr[n] == '0')
        return 0;
    for (size_t i = n; i < len; i++)
        if (nr[i] < '0' || nr[i] > '9')
            return 0;
    return n;
}

/* Flattened text keeps page footers in the running text, each with its
 * page glued to the document's number: "22 112, nr. 16001", "nr. 16002".
 * When nothing else names the document, two or more such footers of one
 * dossier whose numbers share a start and go on in pages that follow one
 * another do: kst-22112-1600. */
static void glued_footer_identity(resolver *R)
{
    kg_doc *doc = R->doc;
    const char *nrs[64], *dossier = NULL;
    size_t n = 0;
    for (size_t i = 0; i < doc->ncites && n < 64; i++) {
        const kg_cite *c = &doc->cites[i];
        if (c->kind != KG_CITE_KAMERSTUK || !c->footer_form)
            continue;
        kg_cite_ids ids;
        kg_cite_canonical(doc->arena, R->text, c, &ids);
        if (dossier && strcmp(dossier, ids.parts.dossier_id) != 0)
            continue;
        dossier = ids.parts.dossier_id;
        nrs[n++] = ids.parts.ondernummer;
    }
    if (n < 2)
        return;
    size_t common = strlen(nrs[0]);
    for (size_t i = 1; i < n; i++)
        for (size_t k = 0; k < common; k++)
            if (nrs[i][k] != nrs[0][k]) {
                common = k;
                break;
            }
    for (size_t cut = common; cut > 0; cut--) {   /* "160010", "160011": 1600 */
        char own[32];
        snprintf(own, sizeof own, "%.*s", (int)cut, nrs[0]);
        long last = 0;
        size_t i = 0;
        for (; i < n && glued_page_at(nrs[i], own); i++) {
            long page = atol(nrs[i] + cut);
            if (i && page != last + 1)
                break;
            last = page;
        }
        if (i == n) {
            kg_id id;
            kg_id_parse(dossier, &id);
            id.kind = KG_ID_KAMERSTUK;
            id.number = kg_idpart_of(own);
            doc->id = kg_id_format(doc->arena, &id);
            return;
        }
    }
}

static void set_identity(resolver *R)
{
    kg_doc *doc = R->doc;
    doc->id = doc->key;
    size_t number_end;
    if (doc->meta_id && kg_is_kst_id(doc->meta_id)) {
        doc->id = doc->meta_id;         /* the publication's metadata */
    } else if (doc->meta_id && kg_is_handelingen_id(doc->meta_id, &number_end)) {
        /* Handelingen: the item's number is not part of the id that
         * citations give ("Handelingen II 2017/18, nr. 70") */
        doc->id = kg_arena_strndup(doc->arena, doc->meta_id, number_end);
    } else if (kg_is_kst_id(doc->key)) {
        doc->id = doc->key;
    } else {
        for (size_t i = 0; i < doc->ncites; i++) {
            if (doc->cites[i].kind != KG_CITE_FOOTER && doc->cites[i].kind != KG_CITE_HEAD)
                continue;
            kg_cite_ids ids;
            kg_cite_canonical(doc->arena, R->text, &doc->cites[i], &ids);
            if (!ids.id)
                continue;               /* "..., Aanhangsel 3": no number */
            doc->id = ids.id;
            break;
        }
        if (doc->id == doc->key)
            glued_footer_identity(R);
    }
    char url[512];
    if (kg_id_url(doc->id, url, sizeof url))
        doc->url = kg_arena_strndup(doc->arena, url, strlen(url));
    kg_id id;
    kg_id_parse(doc->id, &id);
    doc->label = kg_id_label(doc->id);
    if (id.kind == KG_ID_KAMERSTUK && id.number.s) {
        kg_id dossier = {.kind = KG_ID_DOSSIER, .dossier = id.dossier,
                         .toevoeging = id.toevoeging};
        doc->dossier = kg_id_format(doc->arena, &dossier);
    }
}


/* ---- indexes ------------------------------------------------------------- */

static bool sentence_ends(const char *t, size_t i)
{
    return (t[i - 1] == '.' || t[i - 1] == '?' || t[i - 1] == '!') && t[i] == ' ' &&
           t[i + 1] >= 'A' && t[i + 1] <= 'Z';
}

/* A line break inside a sentence, as PDF extraction makes them: the line
 * does not end in ? ! : ; (a full stop may end "d.d.") and the next goes
 * on with a small letter, a bracket or a number that is not a list item's
 * ("2016 (Kamerstuk ...)", not "2. Inleiding"), or with a capital after a
 * line that the PDF wrapped (kg_line_wraps). Text from Word has a
 * paragraph a line, and its breaks fail this test. normalize.c already
 * joins a break between two lower-case words; this wider test is not
 * made there, as joining would hide a line start the scanner reads
 * ("Tweede Kamer der Staten-Generaal" / "26 104 Voedselbeleid", a Kamerstuk
 * head). */
static bool line_runs_on(const resolver *R, size_t nl, size_t len)
{
    const char *t = R->text;
    size_t a = nl, b = nl + 1;
    while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\t' || t[a - 1] == '\r'))
        a--;
    if (a == 0 || t[a - 1] == '\n' || t[a - 1] == '\0' || strchr("?!:;", t[a - 1]))
        return false;
    while (b < len && (t[b] == ' ' || t[b] == '\t'))
        b++;
    if (b >= len)
        return false;
    if ((t[b] >= 'a' && t[b] <= 'z') || t[b] == '(')
        return true;
    if ((t[b] >= 'A' && t[b] <= 'Z') || (unsigned char)t[b] >= 0xc3) {
        /* "... over een" / "Raad voor ...": the layout tells, in the text
         * as read (the normalised one has joined lines) */
        const kg_text *text = &R->doc->text;
        return kg_line_wraps(text->buf, text->len, kg_text_original(text, nl));
    }
    size_t d = b;
    while (d < len && t[d] >= '0' && t[d] <= '9')
        d++;
    return d > b && !(d < len && (t[d] == '.' || t[d] == ')'));
}

bool kg_capital_starts_sentence(const resolver *R, size_t from, size_t to)
{
    const char *t = R->text;
    size_t len = R->doc->text.norm_len;
    for (size_t i = from; i < to && i < len; i++) {
        if (t[i] != '\n')
            continue;
        size_t b = i + 1;
        while (b < len && (t[b] == ' ' || t[b] == '\t'))
            b++;
        bool capital = b < len && ((t[b] >= 'A' && t[b] <= 'Z') || (unsigned char)t[b] >= 0xc3);
        if (capital && !line_runs_on(R, i, len))
            return true;
    }
    return false;
}

/* Where sentences start: after a line break (unless the line runs on), or
 * after ". X" (X upper case, so "n.a.v. de" and "c.s. om" do not end a
 * sentence). Reading back for each citation made a long line without full
 * stops quadratic. */
static int index_sentences(resolver *R)
{
    const char *t = R->text;
    size_t len = R->doc->text.norm_len, n = 0, cap = 0;
    for (size_t i = 1; i <= len; i++) {
        size_t entry;
        if (t[i - 1] == '\n' && line_runs_on(R, i - 1, len))
            continue;
        if (t[i - 1] == '\n')
            entry = 2 * i;
        else if (i < len && sentence_ends(t, i))
            entry = 2 * (i + 1) + 1;
        else
            continue;
        if (kg_grow((void **)&R->sentences, &cap, n, sizeof *R->sentences))
            return -1;
        R->sentences[n++] = entry;
    }
    R->nsentences = n;
    return 0;
}

static int by_start(const void *a, const void *b)
{
    const struct kst_at *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->cite < y->cite ? -1 : x->cite > y->cite;
}

/* The Kamerstuk citations by where they start: a footnote's is found
 * without walking every citation of the document. */
static int index_kamerstukken(resolver *R)
{
    const kg_doc *doc = R->doc;
    R->kst = malloc((doc->ncites + 1) * sizeof *R->kst);
    if (!R->kst)
        return -1;
    for (size_t i = 0; i < doc->ncites; i++)
        if (doc->cites[i].kind == KG_CITE_KAMERSTUK)
            R->kst[R->nkst++] = (struct kst_at){doc->cites[i].start, i};
    qsort(R->kst, R->nkst, sizeof *R->kst, by_start);
    return 0;
}

int kg_resolver_init(resolver *R, kg_doc *doc)
{
    memset(R, 0, sizeof *R);
    R->doc = doc;
    R->text = doc->text.norm;
    R->debate = SIZE_MAX;
    R->consumed = calloc(doc->ncites + 1, 1);
    if (!R->consumed || index_sentences(R) != 0 || index_kamerstukken(R) != 0 ||
        kg_index_letters(R) != 0 || kg_index_titles(R) != 0) {
        kg_resolver_release(R);
        return -1;
    }
    return 0;
}

void kg_resolver_release(resolver *R)
{
    free(R->consumed);
    free(R->norm_at);
    free(R->ties);
    free(R->sentences);
    free(R->kst);
    free(R->paged);
    free(R->dated);
    free(R->tie_cites);
    free(R->tie_dates);
    free(R->titles);
    free(R->seen);
    free(R->by_number);
    memset(R, 0, sizeof *R);            /* a second release frees nothing */
}

/* How many sentence starts lie at or before `at`. */
static size_t sentences_upto(resolver *R, size_t at)
{
    size_t lo = 0, hi = R->nsentences;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        R->work.looked++;
        if (R->sentences[mid] / 2 <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Start of the sentence that holds offset `at`. A start after ". X"
 * counts only before `at` itself. */
size_t kg_sentence_start(resolver *R, size_t at)
{
    for (size_t i = sentences_upto(R, at); i > 0; i--) {
        size_t e = R->sentences[i - 1];
        R->work.looked++;
        if (!(e & 1) || e / 2 < at)
            return e / 2;
    }
    return 0;
}

/* The first Kamerstuk citation that starts at or after `from`. */
static size_t kamerstukken_from(resolver *R, size_t from)
{
    size_t lo = 0, hi = R->nkst;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        R->work.looked++;
        if (R->kst[mid].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool is_marker(kg_structure_kind kind)
{
    return kind == KG_STRUCT_FN_MARK || kind == KG_STRUCT_FN_GLUED;
}

bool kg_structure_between(const resolver *R, size_t a, size_t b, bool markers)
{
    const kg_doc *doc = R->doc;
    for (size_t i = doc->cites[a].structures_before;
         i < doc->cites[b].structures_before && i < doc->nstructures; i++)
        if (markers || !is_marker(doc->structures[i].kind))
            return true;
    return false;
}

const kg_structure *kg_structure_after(const resolver *R, size_t i)
{
    const kg_doc *doc = R->doc;
    size_t k = doc->cites[i].structures_before;
    if (k >= doc->nstructures || (i + 1 < doc->ncites && doc->cites[i + 1].structures_before == k))
        return NULL;                    /* a cite comes first, or nothing */
    return &doc->structures[k];
}

/* The one Kamerstuk a footnote cites, or NULL (none, or two: which?). */
const kg_cite *kg_note_citation(resolver *R, const kg_footnote *f)
{
    size_t i = kamerstukken_from(R, f->body_start);
    if (i >= R->nkst || R->kst[i].start >= f->body_end)
        return NULL;
    if (i + 1 < R->nkst && R->kst[i + 1].start < f->body_end)
        return NULL;
    return &R->doc->cites[R->kst[i].cite];
}

/* The number a footnote gives what ends at `from` (a motion, a dated
 * letter): the one Kamerstuk of the footnote whose marker follows in the
 * same sentence, with no other citation between. */
/* The end of the line holding `from`. Every motion on a line asks, in
 * text order: reading to the line end each time made one 2 MB line of
 * motions take half a minute. Any offset between the last question and
 * its answer has the same answer, as no line break lies between. */
static size_t line_end(resolver *R, size_t from)
{
    size_t len = R->doc->text.norm_len;
    if (from >= len)
        return from;
    if (R->eol_known && from >= R->eol_from && from <= R->eol)
        return R->eol;
    const char *nl = memchr(R->text + from, '\n', len - from);
    R->eol = nl ? (size_t)(nl - R->text) : len;
    R->work.bytes += R->eol - from;
    R->eol_from = from;
    R->eol_known = true;
    return R->eol;
}

const kg_cite *kg_footnote_number(resolver *R, size_t ci, size_t from)
{
    const kg_doc *doc = R->doc;
    size_t to = line_end(R, from), len = doc->text.norm_len;
    /* the sentence may run on to the next lines, as a PDF wraps them */
    for (int more = 0; more < 2 && to < len && line_runs_on(R, to, len); more++) {
        const char *nl = memchr(R->text + to + 1, '\n', len - to - 1);
        to = nl ? (size_t)(nl - R->text) : len;
    }
    const kg_footnote *f = kg_model_note_marked_at(&doc->model, from, to);
    if (!f || kg_sentence_start(R, f->mark_start) > doc->cites[ci].start)
        return NULL;
    for (size_t i = ci + 1; i < doc->ncites && doc->cites[i].start < f->mark_start; i++)
        if (doc->cites[i].kind == KG_CITE_MOTIE || doc->cites[i].kind == KG_CITE_KAMERSTUK ||
            doc->cites[i].kind == KG_CITE_BRIEF)
            return NULL;
    return kg_note_citation(R, f);
}


/* "line 88: (Kamerstukken 31490-359 en 31490-391)": where a tie was made,
 * so that a person can check it. */
const char *kg_evidence_at(const resolver *R, size_t norm)
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


/* ---- footnotes and blocks ------------------------------------------------- */

static const char *block_id(const resolver *R, size_t norm)
{
    const kg_block *b = kg_model_block_at(&R->doc->model, norm);
    kg_id id;
    if (!b || !kg_block_place(R->doc->arena, b, &id))
        return NULL;
    id.doc = kg_idpart_of(R->doc->id);
    return kg_id_format(R->doc->arena, &id);
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
        kg_ref *r = kg_resolver_add_ref(R, copy.kind, copy.id, copy.label, f->mark_start, f->mark_end);
        if (!r)
            return;
        const char *marker = r->text;
        *r = copy;
        r->marker_copy = true;
        r->resolved_by = copy.resolved_by ? copy.resolved_by : KG_RESOLVED_FOOTNOTE;
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

/* The Kamer of Handelingen that do not name theirs: an answer from the
 * Eerste Kamer's Aanhangsel points into the Eerste Kamer's, others into
 * the Tweede Kamer's ("Zie ook Aanhangsel Handelingen, vergaderjaar
 * 2023-2024, nr. 2147"). */
static const char *own_kamer(const kg_doc *doc)
{
    kg_id id;
    kg_id_parse(doc->id, &id);
    bool handelingen = id.kind == KG_ID_HANDELINGEN || id.kind == KG_ID_AANHANGSEL;
    return handelingen && id.kamer.n == 2 && memcmp(id.kamer.s, "ek", 2) == 0 ? "ek" : "tk";
}

static bool same_part(kg_idpart a, kg_idpart b)
{
    return !a.s == !b.s && a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n) == 0);
}

/* A citation of the document itself: its own number (the page footer at
 * the end of a scan, "Tweede Kamer, vergaderjaar 1992-1993, 22093, nr. 9"),
 * or a footer with the page glued on ("33 037, nr. 491" on page 1 of nr.
 * 49). */
static bool is_own(const resolver *R, const kg_cite *c, const char *id)
{
    const kg_doc *doc = R->doc;
    if (strcmp(id, doc->id) == 0)
        return true;
    kg_id own, cited;
    kg_id_parse(doc->id, &own);
    kg_id_parse(id, &cited);
    if (!c->footer_form || !doc->dossier || own.kind != KG_ID_KAMERSTUK || !own.number.s ||
        cited.kind != KG_ID_KAMERSTUK || !cited.number.s)
        return false;
    /* "kst-22112-16001" of "kst-22112-1600": the same dossier, the number
     * with a page glued on (both numbers end their ids) */
    return same_part(own.dossier, cited.dossier) && same_part(own.toevoeging, cited.toevoeging) &&
           glued_page_at(cited.number.s, own.number.s) > 0;
}

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
    kg_cite told = *c;
    if ((c->kind == KG_CITE_HANDELINGEN || c->kind == KG_CITE_AANHANGSEL) && !c->kamer[0])
        memcpy(told.kamer, own_kamer(R->doc), 3);
    kg_cite_canonical(R->doc->arena, R->text, &told, &ids);
    kg_ref_kind kind = kind_of[c->kind];
    if (c->kind == KG_CITE_KAMERSTUK && c->motion) {
        kind = KG_REF_MOTIE;
        ids.label = kg_arena_printf(R->doc->arena, "motie (%s)", ids.label);
    }
    kg_id own;
    kg_id_parse(R->doc->id, &own);
    if (!ids.id) {                      /* a footer without the number */
        if (own.kind != KG_ID_AANHANGSEL)
            return;
        ids.id = ids.label = R->doc->id;
    } else if (is_own(R, c, ids.id)) {
        kind = KG_REF_SELF;
        ids.id = R->doc->id;
    }
    kg_ref *r = kg_resolver_add_ref(R, kind, ids.id, ids.label, c->start, c->end);
    if (!r)
        return;
    r->parts = ids.parts;
    r->suspect = ids.suspect;
    r->pages = kg_resolver_span(R, c->pages);

    /* The rest of a range stands at its last number: "nrs. 4-6" */
    kg_cite_ids rest[KG_MAX_RANGE];
    size_t n = kg_cite_range(R->doc->arena, R->text, c, rest, KG_MAX_RANGE);
    size_t at = c->nr_to.off, end = c->nr_to.off + c->nr_to.len;
    for (size_t i = 0; i < n && (r = kg_resolver_add_ref(R, kind_of[c->kind], rest[i].id,
                                             rest[i].label, at, end)); i++) {
        r->parts = rest[i].parts;
        r->suspect = rest[i].suspect;
        r->pages = kg_resolver_span(R, c->pages);
    }
}

int kg_resolve(kg_doc *doc)
{
    resolver R;
    if (kg_resolver_init(&R, doc) != 0)
        return -1;
    set_identity(&R);
    if (kg_is_kst_id(doc->key)) {
        kg_ref *r = kg_doc_new_ref(doc);
        if (r) {
            r->kind = KG_REF_SELF;
            r->id = doc->id;
            r->label = doc->label;
            r->parts.dossier_id = doc->dossier;
            r->text = doc->path;
        }
    }
    if (kg_tie_letters(&R) != 0) {
        kg_resolver_release(&R);
        return -1;
    }
    const char *member = NULL;          /* whose questions we are in */
    size_t si = 0;
    for (size_t i = 0; i < doc->ncites; i++) {
        const kg_cite *c = &doc->cites[i];
        for (; si < c->structures_before && si < doc->nstructures; si++)
            if (doc->structures[si].kind == KG_STRUCT_MEMBER_BLOCK)
                member = kg_resolver_span(&R, doc->structures[si].name);
        if (c->kind == KG_CITE_KAMERSTUK || c->kind == KG_CITE_DOSSIER ||
            c->kind == KG_CITE_DEBATE_DOSSIER)
            R.debate = i;
        if (R.consumed[i])
            continue;
        switch (c->kind) {
        case KG_CITE_MOTIE:
            kg_resolve_motion(&R, i, member);
            break;
        case KG_CITE_STUKNR:
            kg_resolve_stuknr(&R, i);
            break;
        case KG_CITE_VRAAG_NR:
        case KG_CITE_VRAAG_LID:
        case KG_CITE_VRAAG_VAGUE:
            kg_resolve_internal(&R, c);
            break;
        case KG_CITE_BRIEF:
            kg_resolve_letter(&R, i);
            break;
        case KG_CITE_MOTIE_ANAPHOR:
            kg_resolve_anaphor(&R, i);
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
        case KG_CITE_DEBATE_DOSSIER:    /* not a reference */
            break;
        }
    }
    kg_motions_named_later(&R);
    if (kg_resolve_markup(&R) != 0) {
        kg_resolver_release(&R);
        return -1;
    }
    place_in_blocks(&R);
    sort_refs(doc);
    doc->work = R.work;
    kg_resolver_release(&R);
    return 0;
}
