/*
 * A letter's page: its metadata, its full text with every reference a
 * link and every footnote linked both ways, and beside the text what it
 * cites, who cites it and a picture of its neighbourhood.
 *
 * The text is written from the letter's own bytes, line by line (a line is
 * a paragraph in every reader's output), with the references' byte spans
 * cut out as links. References can overlap: a range "nrs. 4-6" is one
 * reference over the whole citation and two more at its last number. The
 * text is therefore cut into pieces at every start and end, and each
 * piece goes to the innermost reference over it; two references with the
 * same span give one link and a small second one after it.
 */
#include <stdlib.h>
#include <string.h>

#include "id.h"
#include "kinds.h"
#include "site.h"

/* Where a reference leads. */
typedef enum {
    TO_LETTER,  /* a letter of the corpus */
    TO_PAGE,    /* another page of the site */
    TO_PUB,     /* its publication */
    TO_HERE,    /* a question or section of this letter */
    TO_SELF,    /* the letter's own number: its publication */
    TO_NONE     /* nowhere */
} leads;

static const char *const lead_class[] = {"ref-letter", "ref-page", "ref-pub",
                                          "ref-here", "ref-self", "ref-none"};

typedef struct {
    leads to;
    long node;
    kg_resolution how;            /* how it was resolved */
    const char *evidence;         /* and why */
    const char *fragment;         /* TO_HERE: the anchor, as written in the page */
} target;

typedef struct {
    const kg_site_ctx *c;
    kg_sink *o;
    size_t letter;
    const kg_site_letter *L;
    size_t *order;      /* the references shown in the text, by start */
    size_t norder;
    size_t *reach;      /* reach[i]: the furthest end of order[0..i] */
    bool *shown;        /* per reference: its id and tip are written */
    size_t *marks;      /* the notes by marker */
    kg_site_span *cuts; /* the note bodies, out of the running text, apart */
    size_t ncuts;
    kg_site_span *furniture; /* the page heads and footers, apart */
    char (*anchor_ids)[256]; /* each anchor's id in the page */
} text_ctx;

/* ---- targets ---------------------------------------------------------------- */

static bool anchor_named(const text_ctx *t, const char *name, const char **id)
{
    for (size_t i = 0; i < t->L->nanchors; i++)
        if (strcmp(t->L->anchors[i].name, name) == 0) {
            *id = t->anchor_ids[i];
            return true;
        }
    return false;
}

static target target_of(const text_ctx *t, const kg_site_ref *r)
{
    const kg_site_ctx *c = t->c;
    target x = {TO_NONE, -1, r->resolved_by, r->evidence, NULL};

    if (r->kind == KG_REF_SELF) {
        x.to = t->L->url ? TO_SELF : TO_NONE;
        return x;
    }
    if (r->kind == KG_REF_VRAAG) {
        /* "<doc>#vraag-3": a place in this letter, when the letter has it */
        kg_id id;
        kg_id_parse(r->id, &id);
        if (id.fragment.s && strlen(t->L->id) == id.doc.n &&
            strncmp(t->L->id, id.doc.s, id.doc.n) == 0 &&
            anchor_named(t, id.fragment.s, &x.fragment))
            x.to = TO_HERE;
        return x;
    }
    x.node = kg_site_target(c, r->id, &x.how, &x.evidence);
    if (x.node < 0 || !kg_site_has_href(c, (size_t)x.node))
        x.to = TO_NONE;
    else if (c->standalone || c->page[x.node] == KG_PAGE_NONE)
        x.to = TO_PUB;
    else
        x.to = c->page[x.node] == KG_PAGE_LETTER ? TO_LETTER : TO_PAGE;
    return x;
}

static void write_href(const text_ctx *t, const target *x)
{
    switch (x->to) {
    case TO_LETTER: case TO_PAGE: case TO_PUB:
        kg_site_href(t->c, t->o, (size_t)x->node, NULL);
        break;
    case TO_HERE:
        kg_out_char(t->o, '#');
        kg_out_str(t->o, x->fragment);
        break;
    case TO_SELF:
        kg_esc_html(t->o, t->L->url);
        break;
    case TO_NONE:
        break;
    }
}

/* What the reader sees on hover or focus: the id, what it is, and how it
 * was found when the text does not say it on the spot. */
static void write_tip(const text_ctx *t, const kg_site_ref *r, const target *x)
{
    const kg_site_ctx *c = t->c;
    kg_sink *o = t->o;
    const kg_gnode *v = x->node >= 0 ? &c->g->nodes[x->node] : NULL;

    kg_out_str(o, "<b>");
    kg_esc_html(o, v ? v->id : r->id);
    kg_out_str(o, "</b> ");
    switch (x->to) {
    case TO_LETTER:
        kg_out_str(o, "a letter in this corpus: ");
        kg_site_node_name(c, o, (size_t)x->node);
        break;
    case TO_SELF:
        kg_out_str(o, "this letter&#39;s own number");
        break;
    case TO_HERE:
        kg_out_str(o, "in this letter: ");
        kg_esc_html(o, r->label);
        break;
    case TO_NONE:
        kg_out_str(o, v ? kg_kind_words(v->kind) : r->kind == KG_REF_VRAAG
                                                     ? "not found in this letter"
                                                     : "not resolved");
        break;
    default:
        kg_out_str(o, kg_kind_words(v->kind));
        if (x->to == TO_PAGE && c->page[x->node] == KG_PAGE_KAMERSTUK)
            kg_out_str(o, ", not in this corpus");
        else if (x->to == TO_PAGE && c->page[x->node] == KG_PAGE_BYDATE)
            kg_out_str(o, *kg_site_attr(c, (size_t)x->node, c->a_candidates)
                              ? ": the corpus has more than one letter of that date"
                              : ": no letter of the corpus is tied to that date");
        else if (x->to == TO_PAGE && c->page[x->node] == KG_PAGE_MOTION) {
            kg_out_str(o, ": ");
            kg_esc_html(o, v->label);
        }
        break;
    }
    if (x->how) {
        kg_out_str(o, "<br>resolved by <i>");
        kg_esc_html(o, kg_resolution_name(x->how));
        kg_out_str(o, "</i>");
        if (x->evidence && *x->evidence) {
            kg_out_str(o, ": ");
            kg_esc_html(o, x->evidence);
        }
    }
    if (r->footnote) {
        kg_out_str(o, "<br>in footnote ");
        kg_html_num(o, r->footnote);
    }
    if (r->suspect)
        kg_out_str(o, "<br>malformed in the source: reported as written");
}

/* The start of a reference: a link, or a focusable span for one that
 * leads nowhere (its tip still shows on focus); `named` gives it its id and
 * tip (id="r-N", the place the cited-by lists link to). */
static void ref_open(text_ctx *t, size_t ref, const target *x, bool named)
{
    kg_sink *o = t->o;

    kg_out_str(o, x->to == TO_NONE ? "<span tabindex=\"0\"" : "<a");
    kg_out_str(o, " class=\"ref ");
    kg_out_str(o, lead_class[x->to]);
    kg_out_char(o, '"');
    if (x->to != TO_NONE) {
        kg_out_str(o, " href=\"");
        write_href(t, x);
        kg_out_char(o, '"');
    }
    if (named) {
        kg_out_str(o, " id=\"r-");
        kg_html_num(o, ref);
        kg_out_str(o, "\" aria-describedby=\"t-");
        kg_html_num(o, ref);
        kg_out_char(o, '"');
    }
    kg_out_char(o, '>');
}

static void ref_close(text_ctx *t, size_t ref, const target *x, bool named)
{
    kg_sink *o = t->o;

    kg_out_str(o, x->to == TO_NONE ? "</span>" : "</a>");
    if (!named)
        return;
    kg_out_str(o, "<span class=\"tip\" role=\"tooltip\" id=\"t-");
    kg_html_num(o, ref);
    kg_out_str(o, "\">");
    write_tip(t, &t->L->refs[ref], x);
    kg_out_str(o, "</span></span>");
}

/* One piece of a reference's text, with the reference's id and tip on its
 * first piece. */
static void write_piece(text_ctx *t, size_t ref, size_t from, size_t to)
{
    target x = target_of(t, &t->L->refs[ref]);
    bool first = !t->shown[ref];

    t->shown[ref] = true;
    if (first)
        kg_out_str(t->o, "<span class=\"cite\">");
    ref_open(t, ref, &x, first);
    kg_esc_html_n(t->o, t->L->text + from, to - from);
    ref_close(t, ref, &x, first);
}

/* A second reference with the same span as the one linked: a small link
 * of its own, after it ("nrs. 4-6": 5 and 6 both stand at "6"). */
static void write_also(text_ctx *t, size_t ref)
{
    target x = target_of(t, &t->L->refs[ref]);

    t->shown[ref] = true;
    kg_out_str(t->o, "<sup class=\"also\"><span class=\"cite\">");
    ref_open(t, ref, &x, true);
    kg_esc_html(t->o, t->L->refs[ref].label);
    ref_close(t, ref, &x, true);
    kg_out_str(t->o, "</sup>");
}

/* ---- the text ------------------------------------------------------------- */

static const kg_site_letter *sort_letter; /* for qsort */

static int cmp_ref_place(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    const kg_site_ref *x = &sort_letter->refs[a], *y = &sort_letter->refs[b];
    if (x->off != y->off)
        return kg_order(x->off, y->off);
    if (x->len != y->len)
        return kg_order(y->len, x->len); /* the longer, outer one first */
    return kg_order(a, b);
}

static int cmp_mark(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return kg_order(sort_letter->notes[a].mark, sort_letter->notes[b].mark);
}

static int cmp_span(const void *pa, const void *pb)
{
    const kg_site_span *a = pa, *b = pb;
    return a->off != b->off ? kg_order(a->off, b->off) : kg_order(a->end, b->end);
}

/* The first of order[lo..hi) for which `below` is false (it is true for a
 * prefix). */
static size_t first_not(const text_ctx *t, size_t lo, size_t hi,
                        bool (*below)(const text_ctx *t, size_t i, size_t key), size_t key)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (below(t, mid, key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool starts_before(const text_ctx *t, size_t i, size_t key)
{
    return t->L->refs[t->order[i]].off < key;
}

static bool reaches_not_past(const text_ctx *t, size_t i, size_t key)
{
    return t->reach[i] <= key;
}

static bool marked_before(const text_ctx *t, size_t i, size_t key)
{
    return t->L->notes[t->marks[i]].mark < key;
}

/* A footnote marker: the note's number, linked to the note. */
static void write_marker(text_ctx *t, size_t note)
{
    const kg_site_note *n = &t->L->notes[note];
    kg_sink *o = t->o;

    kg_out_str(o, "<sup class=\"fn\"><a id=\"fnref-");
    kg_html_num(o, note + 1);
    kg_out_str(o, "\" href=\"#fn-");
    kg_html_num(o, note + 1);
    kg_out_str(o, "\" aria-label=\"Footnote ");
    kg_html_num(o, n->n);
    kg_out_str(o, "\">");
    kg_html_num(o, n->n);
    kg_out_str(o, "</a></sup>");
}

/* The innermost reference over offset p among order[lo..hi) (the last of
 * those with the same span), and where the next piece starts. */
static long innermost(const text_ctx *t, size_t lo, size_t hi, size_t p, size_t *next)
{
    long best = -1;
    for (size_t i = lo; i < hi; i++) {
        const kg_site_ref *r = &t->L->refs[t->order[i]];
        size_t end = r->off + r->len;
        if (r->off > p) {
            *next = r->off < *next ? r->off : *next;
            continue;
        }
        if (end <= p)
            continue;
        *next = end < *next ? end : *next;
        const kg_site_ref *b = best >= 0 ? &t->L->refs[best] : NULL;
        if (!b || r->off > b->off || (r->off == b->off && r->len <= b->len))
            best = (long)t->order[i];
    }
    return best;
}

/* The text [from, to) of one line, with its references and markers. */
static void write_span(text_ctx *t, size_t from, size_t to)
{
    size_t hi = first_not(t, 0, t->norder, starts_before, to);
    size_t lo = first_not(t, 0, hi, reaches_not_past, from);
    size_t m = first_not(t, 0, t->L->nnotes, marked_before, from);

    for (size_t p = from; p < to;) {
        const kg_site_note *n = m < t->L->nnotes ? &t->L->notes[t->marks[m]] : NULL;
        if (n && n->mark <= p) {
            if (n->mark == p && n->mark_end > p) {
                write_marker(t, t->marks[m]);
                p = n->mark_end < to ? n->mark_end : to;
            }
            m++;
            continue;
        }
        size_t next = n && n->mark < to ? n->mark : to;
        long ref = innermost(t, lo, hi, p, &next);
        if (ref < 0) {
            kg_esc_html_n(t->o, t->L->text + p, next - p);
            p = next;
            continue;
        }
        bool first = !t->shown[ref];
        write_piece(t, (size_t)ref, p, next);
        const kg_site_ref *r = &t->L->refs[ref];
        for (size_t i = lo; first && i < hi; i++) {
            const kg_site_ref *s = &t->L->refs[t->order[i]];
            if ((long)t->order[i] != ref && s->off == r->off && s->len == r->len &&
                !t->shown[t->order[i]])
                write_also(t, t->order[i]);
        }
        p = next;
    }
}

static bool cut_ends_by(const text_ctx *t, size_t i, size_t key)
{
    return t->cuts[i].end <= key;
}

/* [from, to) without the note bodies in it, piece by piece. */
static void write_visible(text_ctx *t, size_t from, size_t to)
{
    for (size_t i = first_not(t, 0, t->ncuts, cut_ends_by, from);
         i < t->ncuts && t->cuts[i].off < to && from < to; i++) {
        if (t->cuts[i].off > from)
            write_span(t, from, t->cuts[i].off);
        from = t->cuts[i].end;
    }
    if (from < to)
        write_span(t, from, to);
}

/* Whether [from, to) holds anything but white space outside the notes. */
static bool has_words(const text_ctx *t, size_t from, size_t to)
{
    size_t i = first_not(t, 0, t->ncuts, cut_ends_by, from);
    for (size_t p = from; p < to; p++) {
        while (i < t->ncuts && t->cuts[i].end <= p)
            i++;
        if (i < t->ncuts && p >= t->cuts[i].off) {
            p = t->cuts[i].end - 1;
            continue;
        }
        const char *ch = t->L->text + p;
        if (p + 1 < to && (unsigned char)ch[0] == 0xC2 && (unsigned char)ch[1] == 0xA0)
            p++;                        /* a no-break space */
        else if (*ch != ' ' && *ch != '\t' && *ch != '\r')
            return true;
    }
    return false;
}

/* Where the words of line [from, to) end: before the white space and the
 * note bodies at its end. */
static size_t visible_end(const text_ctx *t, size_t from, size_t to)
{
    for (;;) {
        while (to > from && strchr(" \t\r", t->L->text[to - 1]))
            to--;
        size_t i = first_not(t, 0, t->ncuts, cut_ends_by, to - (to > from));
        if (to == from || i == t->ncuts || t->cuts[i].off >= to || t->cuts[i].off < from)
            return to;
        to = t->cuts[i].off;
    }
}

static bool furniture_ends_by(const text_ctx *t, size_t i, size_t key)
{
    return t->furniture[i].end <= key;
}

static bool in_furniture(const text_ctx *t, size_t from, size_t to)
{
    size_t i = first_not(t, 0, t->L->nfurniture, furniture_ends_by, from);
    return i < t->L->nfurniture && t->furniture[i].off < to;
}

static void write_paragraphs(text_ctx *t)
{
    const kg_site_letter *L = t->L;
    kg_sink *o = t->o;
    size_t a = 0;

    for (size_t ls = L->start; ls < L->len;) {
        const char *nl = memchr(L->text + ls, '\n', L->len - ls);
        size_t le = nl ? (size_t)(nl - L->text) : L->len, next = le + 1;
        if (!has_words(t, ls, le)) {
            ls = next;
            continue;
        }
        kg_out_str(o, "<p");
        if (a < L->nanchors && L->anchors[a].off < le) {
            kg_out_str(o, " id=\"");
            kg_out_str(o, t->anchor_ids[a++]);
            kg_out_char(o, '"');
        }
        if (in_furniture(t, ls, le))
            kg_out_str(o, " class=\"furniture\"");
        kg_out_char(o, '>');
        for (; a < L->nanchors && L->anchors[a].off < le; a++) {
            kg_out_str(o, "<span id=\"");
            kg_out_str(o, t->anchor_ids[a]);
            kg_out_str(o, "\"></span>");
        }
        write_visible(t, ls, visible_end(t, ls, le));
        kg_out_str(o, "</p>\n");
        ls = next;
    }
    for (; a < L->nanchors; a++) {
        kg_out_str(o, "<span id=\"");
        kg_out_str(o, t->anchor_ids[a]);
        kg_out_str(o, "\"></span>\n");
    }
}

static void write_notes(text_ctx *t)
{
    const kg_site_letter *L = t->L;
    kg_sink *o = t->o;

    if (L->nnotes == 0)
        return;
    kg_out_str(o, "<section class=\"notes\" aria-labelledby=\"h-notes\">\n"
                  "<h2 id=\"h-notes\">Footnotes</h2>\n<ol>\n");
    for (size_t k = 0; k < L->nnotes; k++) {
        const kg_site_note *n = &L->notes[k];
        kg_out_str(o, "<li id=\"fn-");
        kg_html_num(o, k + 1);
        kg_out_str(o, "\" value=\"");
        kg_html_num(o, n->n);
        kg_out_str(o, "\">");
        size_t from = n->text, to = n->end;
        while (from < to && (L->text[from] == ' ' || L->text[from] == '\t'))
            from++;
        while (to > from && strchr(" \t\r\n", L->text[to - 1]))
            to--;
        for (size_t p = from; p < to;) {     /* a body over lines: one item */
            const char *nl = memchr(L->text + p, '\n', to - p);
            size_t e = nl ? (size_t)(nl - L->text) : to;
            write_span(t, p, e);
            if (e < to)
                kg_out_char(o, ' ');
            p = e + 1;
        }
        kg_out_str(o, " <a class=\"back\" href=\"#fnref-");
        kg_html_num(o, k + 1);
        kg_out_str(o, "\" aria-label=\"Back to the text at footnote ");
        kg_html_num(o, n->n);
        kg_out_str(o, "\">&#8617;</a></li>\n");
    }
    kg_out_str(o, "</ol>\n</section>\n");
}

static bool text_begin(text_ctx *t)
{
    const kg_site_letter *L = t->L;
    t->order = malloc((L->nrefs + 1) * sizeof *t->order);
    t->reach = malloc((L->nrefs + 1) * sizeof *t->reach);
    t->shown = calloc(L->nrefs + 1, sizeof *t->shown);
    t->marks = malloc((L->nnotes + 1) * sizeof *t->marks);
    t->cuts = malloc((L->nnotes + 1) * sizeof *t->cuts);
    t->anchor_ids = malloc((L->nanchors + 1) * sizeof *t->anchor_ids);
    t->furniture = malloc((L->nfurniture + 1) * sizeof *t->furniture);
    if (!t->order || !t->reach || !t->shown || !t->marks || !t->cuts || !t->anchor_ids ||
        !t->furniture)
        return false;
    /* furniture by place, each span ending where the next starts at the
     * latest, so that the first ending after an offset is searched */
    memcpy(t->furniture, L->furniture, L->nfurniture * sizeof *t->furniture);
    qsort(t->furniture, L->nfurniture, sizeof *t->furniture, cmp_span);
    for (size_t i = 1; i < L->nfurniture; i++)
        if (t->furniture[i - 1].end > t->furniture[i].end)
            t->furniture[i].end = t->furniture[i - 1].end;
    for (size_t i = 0; i < L->nrefs; i++)
        if (!L->refs[i].marker_copy)    /* shown at the marker, by the note */
            t->order[t->norder++] = i;
    for (size_t i = 0; i < L->nnotes; i++) {
        t->marks[i] = i;
        t->cuts[i] = (kg_site_span){L->notes[i].body, L->notes[i].cut_end};
    }
    sort_letter = L;
    qsort(t->order, t->norder, sizeof *t->order, cmp_ref_place);
    qsort(t->marks, L->nnotes, sizeof *t->marks, cmp_mark);
    qsort(t->cuts, L->nnotes, sizeof *t->cuts, cmp_span);
    for (size_t i = 0; i < L->nnotes; i++) {     /* merged where they overlap */
        if (t->ncuts && t->cuts[i].off <= t->cuts[t->ncuts - 1].end) {
            if (t->cuts[i].end > t->cuts[t->ncuts - 1].end)
                t->cuts[t->ncuts - 1].end = t->cuts[i].end;
        } else
            t->cuts[t->ncuts++] = t->cuts[i];
    }
    for (size_t i = 0; i < t->norder; i++) {
        const kg_site_ref *r = &L->refs[t->order[i]];
        size_t end = r->off + r->len;
        t->reach[i] = i && t->reach[i - 1] > end ? t->reach[i - 1] : end;
    }
    for (size_t i = 0; i < L->nanchors; i++)
        kg_site_file_name(L->anchors[i].name, t->anchor_ids[i], sizeof t->anchor_ids[i]);
    return true;
}

static void text_end(text_ctx *t)
{
    free(t->order);
    free(t->reach);
    free(t->shown);
    free(t->marks);
    free(t->cuts);
    free(t->anchor_ids);
    free(t->furniture);
}

/* ---- beside the text ------------------------------------------------------ */

typedef struct {
    size_t node, ref;
} mention;

static int cmp_mention(const void *pa, const void *pb)
{
    const mention *a = pa, *b = pb;
    return a->node != b->node ? kg_order(a->node, b->node) : kg_order(a->ref, b->ref);
}

/* A node's mentions: m[first .. first + n), by reference. */
typedef struct {
    size_t first, n;
} group;

static const mention *sort_mentions; /* for qsort */

static int cmp_group(const void *pa, const void *pb)
{
    const group *a = pa, *b = pb;
    return kg_order(sort_mentions[a->first].ref, sort_mentions[b->first].ref);
}

static void write_cited(text_ctx *t, const mention *m, const group *g)
{
    const kg_site_ctx *c = t->c;
    kg_sink *o = t->o;

    kg_out_str(o, "<li>");
    kg_site_node_link(c, o, m[g->first].node);
    kg_site_kind_badge(c, o, m[g->first].node);
    kg_out_str(o, " <span class=\"at\">");
    for (size_t j = g->first; j < g->first + g->n; j++) {
        kg_out_str(o, j == g->first ? "line " : ", ");
        kg_out_str(o, "<a href=\"#r-");
        kg_html_num(o, m[j].ref);
        kg_out_str(o, "\">");
        kg_html_num(o, t->L->refs[m[j].ref].line);
        kg_out_str(o, "</a>");
    }
    kg_out_str(o, "</span></li>\n");
}

/* What the letter cites: each node once, in the order of its first
 * mention, with the lines that mention it. */
static void write_cites(text_ctx *t)
{
    const kg_site_ctx *c = t->c;
    const kg_site_letter *L = t->L;
    kg_sink *o = t->o;
    mention *m = malloc((L->nrefs + 1) * sizeof *m);
    group *g = malloc((L->nrefs + 1) * sizeof *g);
    size_t n = 0, ng = 0;

    if (!m || !g) {
        free(m);
        free(g);
        return;
    }
    for (size_t i = 0; i < L->nrefs; i++) {
        long node = kg_site_cited(c, t->letter, &L->refs[i]);
        if (node >= 0)
            m[n++] = (mention){(size_t)node, i};
    }
    qsort(m, n, sizeof *m, cmp_mention);
    for (size_t i = 0; i < n; i++) {
        if (ng && m[g[ng - 1].first].node == m[i].node)
            g[ng - 1].n++;
        else
            g[ng++] = (group){i, 1};
    }
    sort_mentions = m;
    qsort(g, ng, sizeof *g, cmp_group);
    kg_out_str(o, "<section id=\"cites\" aria-labelledby=\"h-cites\">\n<h2 id=\"h-cites\">"
                  "Cites <span class=\"count\">");
    kg_html_num(o, ng);
    kg_out_str(o, "</span></h2>\n");
    if (ng == 0)
        kg_out_str(o, "<p class=\"none\">No reference to anything outside this letter.</p>\n");
    else {
        kg_out_str(o, "<ul class=\"cites\">\n");
        for (size_t i = 0; i < ng; i++)
            write_cited(t, m, &g[i]);
        kg_out_str(o, "</ul>\n");
    }
    kg_out_str(o, "</section>\n");
    free(m);
    free(g);
}

/* ---- the page ------------------------------------------------------------- */

static void meta_row(kg_sink *o, const char *term, const char *value)
{
    if (!value || !*value)
        return;
    kg_out_str(o, "<div><dt>");
    kg_out_str(o, term);
    kg_out_str(o, "</dt><dd>");
    kg_esc_html(o, value);
    kg_out_str(o, "</dd></div>\n");
}

static void write_head(const kg_site_ctx *c, kg_sink *o, size_t letter)
{
    const kg_site_letter *L = &c->site->letters[letter];

    kg_out_str(o, "<article class=\"letter\" aria-labelledby=\"title\">\n<header class=\"page\">\n"
                  "<p class=\"eyebrow\">Letter</p>\n<h1 id=\"title\" lang=\"nl\">");
    kg_site_letter_title(o, L);
    kg_out_str(o, "</h1>\n<dl class=\"meta\">\n");
    if (L->date) {
        kg_out_str(o, "<div><dt>Date</dt><dd>");
        kg_html_date(o, L->date);
        kg_out_str(o, "</dd></div>\n");
    }
    meta_row(o, "From", L->minister);
    if (L->addressee)
        meta_row(o, "To", strcmp(L->addressee, "ek") == 0 ? "Eerste Kamer" : "Tweede Kamer");
    kg_out_str(o, "<div><dt>Id</dt><dd><code>");
    kg_esc_html(o, L->id);
    kg_out_str(o, "</code></dd></div>\n<div><dt>Publication</dt><dd>");
    if (L->url) {
        kg_out_str(o, "<a href=\"");
        kg_esc_html(o, L->url);
        kg_out_str(o, "\">");
        kg_esc_html(o, L->url);
        kg_out_str(o, "</a>");
    } else
        kg_out_str(o, "<span class=\"none\">not known: the letter does not give its "
                      "number</span>");
    kg_out_str(o, "</dd></div>\n");
    long dossier = L->dossier ? kg_graph_node_index(c->g, L->dossier) : -1;
    if (dossier >= 0) {
        kg_out_str(o, "<div><dt>Dossier</dt><dd>");
        kg_site_node_link(c, o, (size_t)dossier);
        kg_out_str(o, "</dd></div>\n");
    }
    meta_row(o, "Reference", L->reference);
    meta_row(o, "File", L->path);
    kg_out_str(o, "</dl>\n</header>\n");
}

static const char legend[] =
    "<p class=\"legend\">Every reference is a link: <span class=\"ref ref-letter\">to a "
    "letter in this corpus</span>, <span class=\"ref ref-page\">to a page of this "
    "site</span>, <span class=\"ref ref-pub\">to the publication</span>, <span "
    "class=\"ref ref-here\">within this letter</span>. Hover over one, or move to it with "
    "the keyboard, to see what it is and how it was found.</p>\n";

static const char legend_standalone[] =
    "<p class=\"legend\">Every reference is a link to its publication, or <span class=\"ref "
    "ref-here\">within this letter</span>. Hover over one, or move to it with the keyboard, "
    "to see what it is and how it was found.</p>\n";

void kg_site_write_letter(const kg_site_ctx *c, kg_sink *o, size_t letter)
{
    const kg_site_letter *L = &c->site->letters[letter];
    text_ctx t = {.c = c, .o = o, .letter = letter, .L = L};
    size_t node = c->node_of_letter[letter];

    kg_site_page_begin(c, o, L->id, NULL, L, -1);
    write_head(c, o, letter);
    if (!text_begin(&t)) {
        kg_out_str(o, "<p class=\"none\">Out of memory: the text is missing.</p>\n");
        text_end(&t);
        kg_out_str(o, "</article>\n");
        kg_site_page_end(c, o, false);
        return;
    }
    kg_out_str(o, "<div class=\"columns\">\n<section class=\"text\" aria-labelledby=\"h-text\">\n"
                  "<h2 id=\"h-text\">Text</h2>\n");
    kg_out_str(o, c->standalone ? legend_standalone : legend);
    kg_out_str(o, "<div class=\"body\" lang=\"nl\">\n");
    write_paragraphs(&t);
    kg_out_str(o, "</div>\n");
    write_notes(&t);
    kg_out_str(o, "</section>\n<aside class=\"side\" aria-label=\"What it cites and what "
                  "cites it\">\n");
    write_cites(&t);
    if (!c->standalone && node != SIZE_MAX)
        kg_site_cited_by(c, o, node, "Cited by", "No letter in this corpus cites it.");
    kg_site_picture(c, o, letter);
    kg_out_str(o, "</aside>\n</div>\n</article>\n");
    text_end(&t);
    kg_site_page_end(c, o, false);
}
