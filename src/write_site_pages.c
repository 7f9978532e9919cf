/*
 * The pages of what the letters cite: a dossier (its letters, its
 * Kamerstukken that are cited and by whom), a Kamerstuk the corpus does
 * not hold, a motion, a letter cited by date that no letter ties to one
 * number; and the list of citing letters with their sentences, which
 * every page has.
 */
#include <stdlib.h>
#include <string.h>

#include "id.h"
#include "site.h"

/* What keeps a page small however often a thing is cited: */
#define QUOTES_PER_LETTER 3   /* sentences shown per citing letter */
#define QUOTED_LETTERS 100    /* citing letters shown with their sentences; the
                                 rest are listed by number */
#define LETTERS_PER_ITEM 12   /* citing letters named per Kamerstuk of a dossier */
#define PARTS_SHOWN 100       /* Kamerstukken listed on a dossier's page */

/* [from, to) of the letter's text without the footnote markers in it. */
static void quote_piece(kg_sink *o, const kg_site_letter *L, size_t from, size_t to)
{
    while (from < to) {
        size_t next = to, skip = to;
        for (size_t i = 0; i < L->nnotes; i++) {
            const kg_site_note *n = &L->notes[i];
            if (n->mark >= from && n->mark < next && n->mark_end > n->mark) {
                next = n->mark;
                skip = n->mark_end < to ? n->mark_end : to;
            }
        }
        kg_esc_html_n(o, L->text + from, next - from);
        from = skip;
    }
}

/* The sentence holding a footnote's marker, the marker as its number. */
static void quote_marker(kg_sink *o, const kg_site_letter *L, const kg_site_note *n)
{
    bool cut_before, cut_after;
    kg_site_span s = kg_site_sentence(L, n->mark, n->mark_end, &cut_before, &cut_after);

    kg_out_str(o, "<q lang=\"nl\">");
    if (cut_before)
        kg_out_str(o, "&hellip;");
    quote_piece(o, L, s.off, n->mark);
    kg_out_str(o, "<sup>");
    kg_html_num(o, n->n);
    kg_out_str(o, "</sup>");
    quote_piece(o, L, n->mark_end, s.end);
    if (cut_after)
        kg_out_str(o, "&hellip;");
    kg_out_str(o, "</q> footnote ");
    kg_html_num(o, n->n);
    kg_out_str(o, ": ");
}

void kg_site_quote(kg_sink *o, const kg_site_letter *L, const kg_site_ref *r)
{
    bool cut_before, cut_after;
    kg_site_span s = kg_site_sentence(L, r->off, r->off + r->len, &cut_before, &cut_after);
    const kg_site_note *note = kg_site_note_holding(L, r->off);

    if (note && note->mark_end > note->mark)   /* a note says little alone */
        quote_marker(o, L, note);
    kg_out_str(o, "<q lang=\"nl\">");
    if (cut_before)
        kg_out_str(o, "&hellip;");
    quote_piece(o, L, s.off, r->off);
    kg_out_str(o, "<mark>");
    quote_piece(o, L, r->off, r->off + r->len);
    kg_out_str(o, "</mark>");
    quote_piece(o, L, r->off + r->len, s.end);
    if (cut_after)
        kg_out_str(o, "&hellip;");
    kg_out_str(o, "</q>");
}

/* A letter's title, linked to its page, and its date. */
static void letter_named(const kg_site_ctx *c, kg_sink *o, size_t letter)
{
    const kg_site_letter *L = &c->site->letters[letter];

    kg_out_str(o, "<a href=\"");
    kg_site_letter_href(c, o, letter);
    kg_out_str(o, "\">");
    kg_site_letter_title(o, L);
    kg_out_str(o, "</a>");
    if (L->date) {
        kg_out_str(o, " <span class=\"date\">");
        kg_html_date(o, L->date);
        kg_out_str(o, "</span>");
    }
}

/* The citing letter by its number, linked to the place it cites. */
static void citation_link(const kg_site_ctx *c, kg_sink *o, const kg_site_cite *at)
{
    size_t letter = c->by_date[at->letter];
    kg_out_str(o, "<a href=\"");
    kg_site_letter_href(c, o, letter);
    kg_out_str(o, "#r-");
    kg_html_num(o, at->ref);
    kg_out_str(o, "\">");
    kg_esc_html(o, c->site->letters[letter].label);
    kg_out_str(o, "</a>");
}

/* One citing letter: its title and date, then its sentences. */
static void citer(const kg_site_ctx *c, kg_sink *o, const kg_site_cite *at, size_t n)
{
    size_t letter = c->by_date[at[0].letter];
    const kg_site_letter *L = &c->site->letters[letter];

    kg_out_str(o, "<li><p class=\"who\">");
    letter_named(c, o, letter);
    kg_out_str(o, "</p>\n");
    for (size_t i = 0; i < n && i < QUOTES_PER_LETTER; i++) {
        const kg_site_ref *r = &L->refs[at[i].ref];
        kg_out_str(o, "<p class=\"said\"><a class=\"at\" href=\"");
        kg_site_letter_href(c, o, letter);
        kg_out_str(o, "#r-");
        kg_html_num(o, at[i].ref);
        kg_out_str(o, "\">line ");
        kg_html_num(o, r->line);
        kg_out_str(o, "</a> ");
        kg_site_quote(o, L, r);
        kg_out_str(o, "</p>\n");
    }
    if (n > QUOTES_PER_LETTER) {
        kg_out_str(o, "<p class=\"more\">and ");
        kg_html_num(o, n - QUOTES_PER_LETTER);
        kg_out_str(o, " more</p>\n");
    }
    kg_out_str(o, "</li>\n");
}

void kg_site_cited_by(const kg_site_ctx *c, kg_sink *o, size_t node, const char *heading,
                      const char *none)
{
    size_t n;
    const kg_site_cite *at = kg_site_cites_of(c, node, &n);

    kg_out_str(o, "<section id=\"cited-by\" aria-labelledby=\"h-cited-by\">\n"
                  "<h2 id=\"h-cited-by\">");
    kg_out_str(o, heading);
    kg_out_str(o, " <span class=\"count\">");
    kg_html_num(o, kg_site_citing_letters(c, node));
    kg_out_str(o, "</span></h2>\n");
    if (n == 0) {
        kg_out_str(o, "<p class=\"none\">");
        kg_out_str(o, none);
        kg_out_str(o, "</p>\n</section>\n");
        return;
    }
    kg_out_str(o, "<ol class=\"citers\">\n");
    size_t letters = 0;
    for (size_t i = 0, j; i < n; i = j, letters++) {
        for (j = i + 1; j < n && at[j].letter == at[i].letter; j++)
            ;
        if (letters < QUOTED_LETTERS) {
            citer(c, o, at + i, j - i);
            continue;
        }
        /* the rest by number only, where they cite it */
        kg_out_str(o, letters == QUOTED_LETTERS ? "</ol>\n<p class=\"more\">And: " : ", ");
        citation_link(c, o, &at[i]);
    }
    kg_out_str(o, letters > QUOTED_LETTERS ? "</p>\n</section>\n" : "</ol>\n</section>\n");
}

/* ---- the head of a page --------------------------------------------------- */

static void head_begin(const kg_site_ctx *c, kg_sink *o, size_t node, const char *what)
{
    const kg_gnode *v = &c->g->nodes[node];

    kg_site_page_begin(c, o, v->id, NULL, NULL, (long)node);
    kg_out_str(o, "<article aria-labelledby=\"title\">\n<header class=\"page\">\n"
                  "<p class=\"eyebrow\">");
    kg_out_str(o, what);
    kg_out_str(o, "</p>\n<h1 id=\"title\">");
    kg_site_node_name(c, o, node);
    kg_out_str(o, "</h1>\n<dl class=\"meta\">\n<div><dt>Id</dt><dd><code>");
    kg_esc_html(o, v->id);
    kg_out_str(o, "</code></dd></div>\n");
    if (*v->url) {
        kg_out_str(o, "<div><dt>Publication</dt><dd><a href=\"");
        kg_esc_html(o, v->url);
        kg_out_str(o, "\">");
        kg_esc_html(o, v->url);
        kg_out_str(o, "</a></dd></div>\n");
    }
}

/* The dossiers the node belongs to, as a row of the head. */
static void dossier_row(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    size_t first = c->owner_first[node], end = c->owner_first[node + 1];
    if (first == end)
        return;
    kg_out_str(o, first + 1 == end ? "<div><dt>Dossier</dt><dd>" : "<div><dt>Dossiers</dt><dd>");
    for (size_t i = first; i < end; i++) {
        if (i > first)
            kg_out_str(o, ", ");
        kg_site_node_link(c, o, c->owner[i]);
    }
    kg_out_str(o, "</dd></div>\n");
}

static void head_end(kg_sink *o)
{
    kg_out_str(o, "</dl>\n</header>\n");
}

static void page_end(const kg_site_ctx *c, kg_sink *o)
{
    kg_out_str(o, "</article>\n");
    kg_site_page_end(c, o, false);
}

/* ---- Kamerstuk, motion, letter by date ------------------------------------ */

static void write_kamerstuk(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    head_begin(c, o, node, "Kamerstuk, not in this corpus");
    dossier_row(c, o, node);
    head_end(o);
    kg_site_cited_by(c, o, node, "Cited by", "No letter in this corpus cites it.");
    page_end(c, o);
}

/* "motie Jansen (36901-7)" -> "Jansen"; "motie De Vries/Anne van der Berg"
 * -> "De Vries, Anne van der Berg": the names in the motion's label. */
static void submitters(kg_sink *o, const char *label)
{
    const char *p = strncmp(label, "motie ", 6) == 0 ? label + 6 : label;
    const char *end = strstr(p, " (");
    size_t n = end ? (size_t)(end - p) : strlen(p);

    for (size_t i = 0, from = 0; i <= n; i++)
        if (i == n || p[i] == '/') {
            if (from)
                kg_out_str(o, ", ");
            kg_esc_html_n(o, p + from, i - from);
            from = i + 1;
        }
}

static void write_motion(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    const kg_gnode *v = &c->g->nodes[node];
    bool numbered = kg_is_kst_id(v->id);

    head_begin(c, o, node, "Motion");
    kg_out_str(o, "<div><dt>Number</dt><dd>");
    if (numbered)
        kg_esc_html(o, kg_id_label(v->id));
    else
        kg_out_str(o, "<span class=\"none\">not known: the letters name it by its "
                      "submitters</span>");
    kg_out_str(o, "</dd></div>\n<div><dt>Submitted by</dt><dd>");
    submitters(o, v->label);
    kg_out_str(o, "</dd></div>\n");
    dossier_row(c, o, node);
    head_end(o);
    kg_site_cited_by(c, o, node, "Mentioned in",
                     "No letter in this corpus mentions it.");
    page_end(c, o);
}

static void write_bydate(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    const char *candidates = kg_site_attr(c, node, c->a_candidates);

    head_begin(c, o, node, "A letter cited by date");
    if (*candidates) {
        kg_out_str(o, "<div><dt>Could be</dt><dd>");
        for (const char *p = candidates; *p;) {
            size_t n = strcspn(p, " ");
            char id[256];
            snprintf(id, sizeof id, "%.*s", (int)n, p);
            long cand = kg_graph_node_index(c->g, id);
            if (p != candidates)
                kg_out_str(o, ", ");
            if (cand >= 0)
                kg_site_node_link(c, o, (size_t)cand);
            else
                kg_esc_html(o, id);
            p += n + (p[n] == ' ');
        }
        kg_out_str(o, "</dd></div>\n");
    }
    head_end(o);
    kg_out_str(o, *candidates
                      ? "<p>The letters cite it by its date only, and the corpus holds more than "
                        "one letter of that date: which one is meant is not known.</p>\n"
                      : "<p>The letters cite it by its date only, and no letter of the corpus "
                        "ties that date to a number.</p>\n");
    kg_site_cited_by(c, o, node, "Cited by", "No letter in this corpus cites it.");
    page_end(c, o);
}

/* ---- dossier -------------------------------------------------------------- */

/* A part of a dossier and how many letters cite it. */
typedef struct {
    size_t node, letters;
} part;

static const kg_site_ctx *sort_ctx; /* for qsort */

/* The most cited first, then by id. */
static int cmp_part(const void *pa, const void *pb)
{
    const part *a = pa, *b = pb;
    if (a->letters != b->letters)
        return a->letters > b->letters ? -1 : 1;
    return strcmp(sort_ctx->g->nodes[a->node].id, sort_ctx->g->nodes[b->node].id);
}

static int cmp_size(const void *pa, const void *pb)
{
    return kg_order(*(const size_t *)pa, *(const size_t *)pb);
}

/* The letters of the corpus in the dossier, by date. */
static void dossier_letters(const kg_site_ctx *c, kg_sink *o, const part *m, size_t n)
{
    size_t *rank = malloc((n + 1) * sizeof *rank), count = 0;
    if (!rank)
        return;
    for (size_t i = 0; i < n; i++)
        if (c->letter_of_node[m[i].node] >= 0)
            rank[count++] = c->rank_of[c->letter_of_node[m[i].node]];
    qsort(rank, count, sizeof *rank, cmp_size);
    kg_out_str(o, "<section aria-labelledby=\"h-letters\">\n<h2 id=\"h-letters\">"
                  "Its letters in this corpus</h2>\n");
    kg_out_str(o, count ? "<ol class=\"letters\">\n" : "<p class=\"none\">None.</p>\n");
    for (size_t i = 0; i < count; i++) {
        kg_out_str(o, "<li>");
        letter_named(c, o, c->by_date[rank[i]]);
        kg_out_str(o, "</li>\n");
    }
    kg_out_str(o, count ? "</ol>\n</section>\n" : "</section>\n");
    free(rank);
}

/* The letters citing a part, named with links to where they cite it. */
static void part_citers(const kg_site_ctx *c, kg_sink *o, const part *p)
{
    size_t k, named = 0;
    const kg_site_cite *at = kg_site_cites_of(c, p->node, &k);

    kg_out_str(o, " <span class=\"by\">cited by ");
    for (size_t j = 0; j < k && named < LETTERS_PER_ITEM; j++) {
        if (j && at[j].letter == at[j - 1].letter)
            continue;
        kg_out_str(o, named++ ? ", " : "");
        citation_link(c, o, &at[j]);
    }
    if (p->letters > named) {
        kg_out_str(o, " and ");
        kg_html_num(o, p->letters - named);
        kg_out_str(o, " more");
    }
    kg_out_str(o, "</span>");
}

/* Its Kamerstukken (letters included) that letters cite, and by whom. */
static void dossier_cited(const kg_site_ctx *c, kg_sink *o, part *m, size_t n)
{
    size_t shown = 0;
    sort_ctx = c;
    qsort(m, n, sizeof *m, cmp_part);
    kg_out_str(o, "<section aria-labelledby=\"h-parts\">\n<h2 id=\"h-parts\">"
                  "Its Kamerstukken cited, and by whom</h2>\n");
    for (size_t i = 0; i < n && m[i].letters && shown < PARTS_SHOWN; i++) {
        kg_out_str(o, shown++ ? "<li>" : "<ul class=\"parts\">\n<li>");
        kg_site_node_link(c, o, m[i].node);
        kg_site_kind_badge(c, o, m[i].node);
        part_citers(c, o, &m[i]);
        kg_out_str(o, "</li>\n");
    }
    kg_out_str(o, shown ? "</ul>\n" : "<p class=\"none\">None of them is cited in this "
                                      "corpus.</p>\n");
    size_t more = 0;
    for (size_t i = shown; i < n; i++)
        more += m[i].letters > 0;
    if (more) {
        kg_out_str(o, "<p class=\"more\">And ");
        kg_html_num(o, more);
        kg_out_str(o, " more, each cited by fewer letters: the search finds them.</p>\n");
    }
    kg_out_str(o, "</section>\n");
}

static void write_dossier(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    size_t first = c->member_first[node], n = c->member_first[node + 1] - first;
    part *m = malloc((n + 1) * sizeof *m);

    head_begin(c, o, node, "Dossier");
    head_end(o);
    if (m) {
        for (size_t i = 0; i < n; i++)
            m[i] = (part){c->member[first + i],
                          kg_site_citing_letters(c, c->member[first + i])};
        dossier_letters(c, o, m, n);
        dossier_cited(c, o, m, n);
        free(m);
    }
    kg_site_cited_by(c, o, node, "Cited as a dossier",
                     "No letter in this corpus cites the dossier as a whole.");
    page_end(c, o);
}

void kg_site_write_node(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    switch ((kg_page_kind)c->page[node]) {
    case KG_PAGE_KAMERSTUK: write_kamerstuk(c, o, node); break;
    case KG_PAGE_DOSSIER: write_dossier(c, o, node); break;
    case KG_PAGE_MOTION: write_motion(c, o, node); break;
    case KG_PAGE_BYDATE: write_bydate(c, o, node); break;
    default: break;
    }
}
