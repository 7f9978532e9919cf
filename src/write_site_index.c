/*
 * The index (counts, search with filters, the most cited, the timeline),
 * the page of each year (its letters by date, with their citations) and
 * the search index the index page loads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "site.h"

#define TOP_ROWS 15
#define DOSSIER_CHOICES 300  /* dossiers offered by the dossier filter */

static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static unsigned month_of(const char *date)
{
    return kg_site_year(date) ? (unsigned)((date[5] - '0') * 10 + (date[6] - '0')) : 0;
}

/* ---- counts ----------------------------------------------------------------- */

static size_t nodes_of(const kg_site_ctx *c, kg_page_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < c->g->n_nodes; i++)
        n += c->page[i] == kind;
    return n;
}

static void write_counts(const kg_site_ctx *c, kg_sink *o)
{
    size_t refs = 0, cited_letters = 0;
    for (size_t i = 0; i < c->site->n; i++)
        for (size_t k = 0; k < c->site->letters[i].nrefs; k++) {
            const kg_site_ref *r = &c->site->letters[i].refs[k];
            refs += !r->marker_copy && r->kind != KG_REF_SELF;
        }
    for (size_t i = 0; i < c->g->n_nodes; i++)
        cited_letters += c->page[i] == KG_PAGE_LETTER && kg_site_citing_letters(c, i) > 0;
    const struct { size_t n; const char *what; } counts[] = {
        {c->site->n, "letters"},
        {refs, "references"},
        {cited_letters, "letters cited by another"},
        {nodes_of(c, KG_PAGE_KAMERSTUK), "other Kamerstukken cited"},
        {nodes_of(c, KG_PAGE_DOSSIER), "dossiers"},
        {nodes_of(c, KG_PAGE_MOTION), "motions"},
    };
    kg_out_str(o, "<ul class=\"counts\">\n");
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        kg_out_str(o, "<li><b>");
        kg_html_num(o, counts[i].n);
        kg_out_str(o, "</b><span>");
        kg_out_str(o, counts[i].what);
        kg_out_str(o, "</span></li>\n");
    }
    kg_out_str(o, "</ul>\n");
}

/* ---- search ------------------------------------------------------------------- */

static int cmp_str(const void *pa, const void *pb)
{
    return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* The ministers who wrote letters, sorted, each once; their count. */
static size_t ministers(const kg_site *s, const char **out)
{
    size_t n = 0, m = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->letters[i].minister && *s->letters[i].minister)
            out[n++] = s->letters[i].minister;
    qsort(out, n, sizeof *out, cmp_str);
    for (size_t i = 0; i < n; i++)
        if (m == 0 || strcmp(out[m - 1], out[i]) != 0)
            out[m++] = out[i];
    return m;
}

static long minister_index(const char **names, size_t n, const char *who)
{
    if (!who)
        return -1;
    const char **hit = bsearch(&who, names, n, sizeof *names, cmp_str);
    return hit ? (long)(hit - names) : -1;
}

/* The years of the letters, ascending, each once (0 for undated last). */
static size_t years(const kg_site_ctx *c, unsigned *out)
{
    size_t n = 0;
    for (size_t rank = 0; rank < c->site->n; rank++) {
        unsigned y = kg_site_year(c->site->letters[c->by_date[rank]].date);
        if (n == 0 || out[n - 1] != y)
            out[n++] = y;
    }
    return n;
}

static void option(kg_sink *o, long value, const char *text)
{
    kg_out_str(o, "<option value=\"");
    if (value >= 0)
        kg_html_num(o, (size_t)value);
    kg_out_str(o, "\">");
    kg_esc_html(o, text);
    kg_out_str(o, "</option>");
}

/* The dossiers the filter offers: the most cited. */
static void dossier_choices(const kg_site_ctx *c, kg_sink *o)
{
    static const char *const kinds[] = {"dossier", NULL};
    kg_rank_row *rows = malloc(DOSSIER_CHOICES * sizeof *rows);
    size_t n = rows ? kg_graph_rank(c->g, KG_RANK_CITING_DOCS, kinds, rows, DOSSIER_CHOICES) : 0;

    kg_out_str(o, "<datalist id=\"dossier-list\">");
    for (size_t i = 0; i < n; i++) {
        kg_out_str(o, "<option value=\"");
        kg_esc_html(o, rows[i].label);
        kg_out_str(o, "\">");
    }
    kg_out_str(o, "</datalist>\n");
    free(rows);
}

static void write_search(const kg_site_ctx *c, kg_sink *o)
{
    const char **names = malloc((c->site->n + 1) * sizeof *names);
    unsigned *ys = malloc((c->site->n + 1) * sizeof *ys);
    size_t nm = names ? ministers(c->site, names) : 0, ny = ys ? years(c, ys) : 0;

    kg_out_str(o, "<section id=\"search\" aria-labelledby=\"h-search\">\n"
                  "<h2 id=\"h-search\">Search</h2>\n"
                  "<form class=\"search\" id=\"search-form\" role=\"search\" hidden>\n"
                  "<label for=\"q\">Letters, dossiers, Kamerstukken and motions: a title, a "
                  "number, a name</label>\n"
                  "<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" "
                  "placeholder=\"36901-1, spreiding, Sneller&hellip;\">\n"
                  "<fieldset class=\"filters\"><legend>Only</legend>\n"
                  "<label for=\"f-kind\">kind<select id=\"f-kind\">");
    option(o, -1, "all");
    static const char *const kinds[] = {"letters", "Kamerstukken", "dossiers", "motions",
                                        "letters cited by date"};
    for (long k = 0; k < 5; k++)
        option(o, k, kinds[k]);
    kg_out_str(o, "</select></label>\n<label for=\"f-dossier\">dossier<input type=\"search\" "
                  "id=\"f-dossier\" list=\"dossier-list\" autocomplete=\"off\" "
                  "placeholder=\"36901\"></label>\n");
    dossier_choices(c, o);
    kg_out_str(o, "<label for=\"f-minister\">minister<select id=\"f-minister\">");
    option(o, -1, "all");
    for (size_t i = 0; i < nm; i++)
        option(o, (long)i, names[i]);
    kg_out_str(o, "</select></label>\n<label for=\"f-year\">year<select id=\"f-year\">");
    option(o, -1, "all");
    for (size_t i = 0; i < ny; i++)
        if (ys[i]) {
            char y[16];
            snprintf(y, sizeof y, "%u", ys[i]);
            option(o, ys[i], y);
        }
    kg_out_str(o, "</select></label>\n</fieldset>\n</form>\n"
                  "<p id=\"search-status\" role=\"status\"></p>\n"
                  "<ol class=\"results\" id=\"results\"></ol>\n"
                  "<noscript><p>Searching needs JavaScript. Everything else works without it: "
                  "the tables and the timeline below lead to every letter, and each page to "
                  "what it cites.</p></noscript>\n</section>\n");
    free(names);
    free(ys);
}

/* ---- the most cited ----------------------------------------------------------- */

static void top_table(const kg_site_ctx *c, kg_sink *o, const char *title,
                      const char *const *kinds, kg_rank_by by)
{
    kg_rank_row rows[TOP_ROWS];
    size_t n = kg_graph_rank(c->g, by, kinds, rows, TOP_ROWS);

    kg_out_str(o, "<section>\n<h2>");
    kg_out_str(o, title);
    kg_out_str(o, "</h2>\n");
    if (n == 0) {
        kg_out_str(o, "<p class=\"none\">Nothing is cited.</p>\n</section>\n");
        return;
    }
    kg_out_str(o, "<table>\n<thead><tr><th class=\"n\" scope=\"col\">#</th>"
                  "<th scope=\"col\">cited</th><th scope=\"col\">kind</th>");
    kg_out_str(o, by == KG_RANK_PAGERANK ? "<th class=\"n\" scope=\"col\">PageRank</th>" : "");
    kg_out_str(o, by == KG_RANK_PAGERANK ? "<th class=\"n\" scope=\"col\">citing letters</th>"
                                         "</tr></thead>\n<tbody>\n"
                                       : "<th class=\"n\" scope=\"col\">citing letters</th>"
                                         "<th class=\"n\" scope=\"col\">mentions</th></tr>"
                                         "</thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        long node = kg_graph_node_index(c->g, rows[i].id);
        if (node < 0)
            continue;
        kg_out_str(o, "<tr><td class=\"n\">");
        kg_html_num(o, i + 1);
        kg_out_str(o, "</td><td class=\"name\">");
        kg_site_node_link(c, o, (size_t)node);
        kg_out_str(o, "</td><td>");
        kg_site_kind_badge(c, o, (size_t)node);
        kg_out_str(o, "</td>");
        if (by == KG_RANK_PAGERANK) {
            char score[32];
            snprintf(score, sizeof score, "%.4f", rows[i].score);
            kg_c_locale_point(score);
            kg_out_str(o, "<td class=\"n\">");
            kg_out_str(o, score);
            kg_out_str(o, "</td>");
        }
        kg_out_str(o, "<td class=\"n\">");
        kg_html_num(o, rows[i].citing_docs);
        if (by != KG_RANK_PAGERANK) {
            kg_out_str(o, "</td><td class=\"n\">");
            kg_html_num(o, rows[i].mentions);
        }
        kg_out_str(o, "</td></tr>\n");
    }
    kg_out_str(o, "</tbody>\n</table>\n</section>\n");
}

/* Who wrote the letters, and how many. */
static void write_ministers(const kg_site_ctx *c, kg_sink *o)
{
    const char **names = malloc((c->site->n + 1) * sizeof *names);
    size_t nm = names ? ministers(c->site, names) : 0;
    size_t *count = calloc(nm + 1, sizeof *count), unknown = 0;

    for (size_t i = 0; count && i < c->site->n; i++) {
        long k = minister_index(names, nm, c->site->letters[i].minister);
        if (k >= 0)
            count[k]++;
        else
            unknown++;
    }
    kg_out_str(o, "<section>\n<h2>Letters by minister</h2>\n<table>\n<thead><tr>"
                  "<th scope=\"col\">minister</th><th class=\"n\" scope=\"col\">letters</th>"
                  "</tr></thead>\n<tbody>\n");
    for (size_t i = 0; count && i < nm; i++) {
        kg_out_str(o, "<tr><td>");
        kg_esc_html(o, names[i]);
        kg_out_str(o, "</td><td class=\"n\">");
        kg_html_num(o, count[i]);
        kg_out_str(o, "</td></tr>\n");
    }
    if (unknown) {
        kg_out_str(o, "<tr><td class=\"none\">not said</td><td class=\"n\">");
        kg_html_num(o, unknown);
        kg_out_str(o, "</td></tr>\n");
    }
    kg_out_str(o, "</tbody>\n</table>\n</section>\n");
    free(names);
    free(count);
}

static void write_tops(const kg_site_ctx *c, kg_sink *o)
{
    static const char *const stukken[] = {"kamerstuk", "document", "motie", NULL};
    static const char *const dossiers[] = {"dossier", NULL};

    kg_out_str(o, "<div class=\"tops\">\n");
    top_table(c, o, "Most cited, by citing letters", stukken, KG_RANK_CITING_DOCS);
    top_table(c, o, "Most cited, by PageRank", stukken, KG_RANK_PAGERANK);
    kg_out_str(o, "</div>\n<div class=\"tops\">\n");
    top_table(c, o, "Most-cited dossiers", dossiers, KG_RANK_CITING_DOCS);
    write_ministers(c, o);
    kg_out_str(o, "</div>\n");
}

/* ---- timeline ----------------------------------------------------------------- */

/* Whether a year's letters are too many for one page: a page per month. */
static bool by_month(size_t letters)
{
    return letters > KG_SITE_LIST_MAX;
}

/* The link to a year's page, or to the place of a month in it (or to the
 * month's page). */
static void list_href(kg_sink *o, unsigned year, unsigned month, size_t letters)
{
    char name[48];
    if (month && by_month(letters))
        snprintf(name, sizeof name, "years/%u-%02u.html", year, month);
    else if (month)
        snprintf(name, sizeof name, "years/%u.html#m-%u-%02u", year, year, month);
    else if (year)
        snprintf(name, sizeof name, "years/%u.html", year);
    else
        snprintf(name, sizeof name, "years/undated.html");
    kg_out_str(o, name);
}

/* One year: its letters per month as bars, each month a link. */
static void year_bars(const kg_site_ctx *c, kg_sink *o, unsigned year, size_t first,
                      size_t end)
{
    size_t per[13] = {0}, most = 1;
    char y[16];

    for (size_t r = first; r < end; r++)
        per[month_of(c->site->letters[c->by_date[r]].date)]++;
    for (unsigned m = 1; m <= 12; m++)
        most = per[m] > most ? per[m] : most;
    snprintf(y, sizeof y, "%u", year);
    kg_out_str(o, "<div class=\"year\">\n<h3><a href=\"");
    list_href(o, year, 0, end - first);
    kg_out_str(o, "\">");
    kg_out_str(o, y);
    kg_out_str(o, "</a> <span class=\"count\">");
    kg_html_num(o, end - first);
    kg_out_str(o, "</span></h3>\n<ol class=\"months\">\n");
    for (unsigned m = 1; m <= 12; m++) {
        char pct[8];
        snprintf(pct, sizeof pct, "%zu", (per[m] * 100 + most - 1) / most);
        kg_out_str(o, per[m] ? "<li>" : "<li class=\"empty\">");
        if (per[m]) {
            kg_out_str(o, "<a href=\"");
            list_href(o, year, m, end - first);
            kg_out_str(o, "\">");
        }
        kg_out_str(o, "<span class=\"bars\" aria-hidden=\"true\"><span class=\"bar\" "
                      "style=\"height:");
        kg_out_str(o, pct);
        kg_out_str(o, "%\"></span></span>");
        kg_out_str(o, month_names[m - 1]);
        kg_out_str(o, "<b>");
        kg_html_num(o, per[m]);
        kg_out_str(o, "</b>");
        kg_out_str(o, per[m] ? "</a></li>\n" : "</li>\n");
    }
    kg_out_str(o, "</ol>\n</div>\n");
}

static void write_timeline(const kg_site_ctx *c, kg_sink *o)
{
    kg_out_str(o, "<section id=\"timeline\" aria-labelledby=\"h-timeline\">\n"
                  "<h2 id=\"h-timeline\">Timeline</h2>\n<p class=\"lead\">The letters by "
                  "month. A year&#39;s page lists its letters by date, with what each cites "
                  "and who cites it.</p>\n<div class=\"years\">\n");
    for (size_t r = 0, e; r < c->site->n; r = e) {
        unsigned y = kg_site_year(c->site->letters[c->by_date[r]].date);
        for (e = r + 1; e < c->site->n &&
                        kg_site_year(c->site->letters[c->by_date[e]].date) == y;
             e++)
            ;
        if (y)
            year_bars(c, o, y, r, e);
        else {
            kg_out_str(o, "<div class=\"year\"><h3><a href=\"");
            list_href(o, 0, 0, e - r);
            kg_out_str(o, "\">Undated</a> <span class=\"count\">");
            kg_html_num(o, e - r);
            kg_out_str(o, "</span></h3></div>\n");
        }
    }
    kg_out_str(o, "</div>\n</section>\n");
}

void kg_site_write_index(const kg_site_ctx *c, kg_sink *o)
{
    const kg_site_letter *first = NULL, *last = NULL;
    for (size_t r = 0; r < c->site->n; r++) {
        const kg_site_letter *L = &c->site->letters[c->by_date[r]];
        if (kg_site_year(L->date)) {
            first = first ? first : L;
            last = L;
        }
    }
    kg_site_page_begin(c, o, "index", "Citations between parliamentary letters", NULL, -1);
    kg_out_str(o, "<header class=\"page\">\n<h1>");
    kg_html_num(o, c->site->n);
    kg_out_str(o, c->site->n == 1 ? " letter and what it cites</h1>\n"
                                  : " letters and what they cite</h1>\n");
    kg_out_str(o, "<p class=\"lead\">Every reference in these parliamentary letters, found by "
                  "kamergraph and made a link: to the letter it cites when it is here, else to "
                  "its publication");
    if (first) {
        kg_out_str(o, ". The letters run from ");
        kg_html_date(o, first->date);
        kg_out_str(o, " to ");
        kg_html_date(o, last->date);
    }
    kg_out_str(o, ".</p>\n");
    write_counts(c, o);
    kg_out_str(o, "</header>\n");
    write_search(c, o);
    write_timeline(c, o);
    write_tops(c, o);
    kg_site_page_end(c, o, true);
}

/* ---- a year ---------------------------------------------------------------------- */

/* The letters of the corpus the letter cites, or that cite it: links. */
static void letter_chips(const kg_site_ctx *c, kg_sink *o, size_t letter)
{
    const kg_site_letter *L = &c->site->letters[letter];
    size_t node = c->node_of_letter[letter], shown = 0, n;
    long *seen = malloc((L->nrefs + 1) * sizeof *seen);

    for (size_t k = 0; seen && k < L->nrefs; k++) {
        long t = kg_site_cited(c, letter, &L->refs[k]);
        bool again = false;
        for (size_t j = 0; j < shown && !again; j++)
            again = seen[j] == t;
        if (t < 0 || again || c->page[t] != KG_PAGE_LETTER)
            continue;
        kg_out_str(o, shown ? ", " : "<p class=\"chips\">Cites ");
        seen[shown++] = t;
        kg_site_node_link(c, o, (size_t)t);
    }
    kg_out_str(o, shown ? "</p>\n" : "");
    free(seen);
    if (node == SIZE_MAX)
        return;
    const kg_site_cite *at = kg_site_cites_of(c, node, &n);
    for (size_t i = 0; i < n; i++) {
        if (i && at[i].letter == at[i - 1].letter)
            continue;
        size_t other = c->by_date[at[i].letter];
        kg_out_str(o, i ? ", <a href=\"" : "<p class=\"chips\">Cited by <a href=\"");
        kg_site_letter_href(c, o, other);
        kg_out_str(o, "#r-");
        kg_html_num(o, at[i].ref);
        kg_out_str(o, "\">");
        kg_site_letter_title(o, &c->site->letters[other]);
        kg_out_str(o, "</a>");
    }
    kg_out_str(o, n ? "</p>\n" : "");
}

static void year_letter(const kg_site_ctx *c, kg_sink *o, size_t letter)
{
    const kg_site_letter *L = &c->site->letters[letter];
    size_t refs = 0;
    for (size_t k = 0; k < L->nrefs; k++)
        refs += !L->refs[k].marker_copy && L->refs[k].kind != KG_REF_SELF;
    kg_out_str(o, "<li><p class=\"who\"><a href=\"");
    kg_site_letter_href(c, o, letter);
    kg_out_str(o, "\">");
    kg_site_letter_title(o, L);
    kg_out_str(o, "</a> <span class=\"date\">");
    if (L->date)
        kg_html_date(o, L->date);
    if (L->minister) {
        kg_out_str(o, L->date ? " &middot; " : "");
        kg_esc_html(o, L->minister);
    }
    kg_out_str(o, " &middot; ");
    kg_esc_html(o, L->id);
    kg_out_str(o, " &middot; ");
    kg_html_num(o, refs);
    kg_out_str(o, refs == 1 ? " reference</span></p>\n" : " references</span></p>\n");
    letter_chips(c, o, letter);
    kg_out_str(o, "</li>\n");
}

size_t kg_site_lists(const kg_site_ctx *c, size_t first, size_t end, kg_site_list *out)
{
    unsigned year = kg_site_year(c->site->letters[c->by_date[first]].date);
    size_t n = 0;

    if (!year) {
        unsigned parts = (unsigned)((end - first + KG_SITE_LIST_MAX - 1) / KG_SITE_LIST_MAX);
        for (unsigned p = 0; p < parts; p++) {
            size_t from = first + p * (size_t)KG_SITE_LIST_MAX;
            size_t to = from + KG_SITE_LIST_MAX < end ? from + KG_SITE_LIST_MAX : end;
            out[n++] = (kg_site_list){0, 0, p + 1, parts, from, to};
        }
        return n;
    }
    out[n++] = (kg_site_list){year, 0, 0, 0, first, end};
    for (size_t r = first, e; by_month(end - first) && r < end; r = e) {
        unsigned m = month_of(c->site->letters[c->by_date[r]].date);
        for (e = r + 1; e < end && month_of(c->site->letters[c->by_date[e]].date) == m; e++)
            ;
        out[n++] = (kg_site_list){year, m, 0, 0, r, e};
    }
    return n;
}

void kg_site_list_file(const kg_site_list *l, char *buf, size_t size)
{
    if (l->month)
        snprintf(buf, size, "%u-%02u.html", l->year, l->month);
    else if (l->year)
        snprintf(buf, size, "%u.html", l->year);
    else if (l->part > 1)
        snprintf(buf, size, "undated-%u.html", l->part);
    else
        snprintf(buf, size, "undated.html");
}

/* A month's letters, headed by the month (linked to its page when the
 * year has pages per month). */
static void month_section(const kg_site_ctx *c, kg_sink *o, unsigned year, unsigned m,
                          size_t first, size_t end, bool summary)
{
    static const char *const months[] = {"January", "February", "March", "April", "May",
                                         "June", "July", "August", "September", "October",
                                         "November", "December"};
    char id[32], title[48];
    snprintf(id, sizeof id, "m-%u-%02u", year, m);
    snprintf(title, sizeof title, "%s %u", months[m - 1], year);
    if (summary) {
        kg_out_str(o, "<li><a href=\"");
        kg_out_str(o, id + 2);
        kg_out_str(o, ".html\">");
        kg_out_str(o, title);
        kg_out_str(o, "</a> <span class=\"count\">");
        kg_html_num(o, end - first);
        kg_out_str(o, "</span></li>\n");
        return;
    }
    kg_out_str(o, "<section id=\"");
    kg_out_str(o, id);
    kg_out_str(o, "\" aria-labelledby=\"h-");
    kg_out_str(o, id);
    kg_out_str(o, "\">\n<h2 id=\"h-");
    kg_out_str(o, id);
    kg_out_str(o, "\">");
    kg_out_str(o, title);
    kg_out_str(o, "</h2>\n<ol class=\"timeline\">\n");
    for (size_t k = first; k < end; k++)
        year_letter(c, o, c->by_date[k]);
    kg_out_str(o, "</ol>\n</section>\n");
}

static void list_head(const kg_site_ctx *c, kg_sink *o, const kg_site_list *l)
{
    static const char *const months[] = {"January", "February", "March", "April", "May",
                                         "June", "July", "August", "September", "October",
                                         "November", "December"};
    char id[32], title[64];
    if (l->month) {
        snprintf(id, sizeof id, "month:%u-%02u", l->year, l->month);
        snprintf(title, sizeof title, "Letters of %s %u", months[l->month - 1], l->year);
    } else if (l->year) {
        snprintf(id, sizeof id, "year:%u", l->year);
        snprintf(title, sizeof title, "Letters of %u", l->year);
    } else {
        snprintf(id, sizeof id, l->part > 1 ? "undated:%u" : "undated", l->part);
        snprintf(title, sizeof title, l->parts > 1 ? "Undated letters, part %u of %u"
                                                   : "Undated letters",
                 l->part, l->parts);
    }
    kg_site_page_begin(c, o, id, title, NULL, -1);
    kg_out_str(o, "<header class=\"page\">\n<h1>");
    kg_esc_html(o, title);
    kg_out_str(o, "</h1>\n<p class=\"lead\">");
    kg_html_num(o, l->end - l->first);
    kg_out_str(o, l->end - l->first == 1 ? " letter" : " letters");
    kg_out_str(o, ", by date, each with the letters of this corpus it cites and that cite it. ");
    if (l->month) {
        char year[32];
        snprintf(year, sizeof year, "%u.html", l->year);
        kg_out_str(o, "<a href=\"");
        kg_out_str(o, year);
        kg_out_str(o, "\">The year</a>, <a href=\"../index.html#timeline\">all years</a>.");
    } else
        kg_out_str(o, "<a href=\"../index.html#timeline\">All years</a>.");
    kg_out_str(o, "</p>\n</header>\n");
}

/* Links to the other parts of the undated letters. */
static void parts_nav(kg_sink *o, const kg_site_list *l)
{
    if (l->parts < 2)
        return;
    kg_out_str(o, "<nav aria-label=\"Parts\"><p>Parts:");
    for (unsigned p = 1; p <= l->parts; p++) {
        kg_site_list other = {0, 0, p, l->parts, 0, 0};
        char name[48];
        kg_site_list_file(&other, name, sizeof name);
        kg_out_str(o, p == l->part ? " <b>" : " <a href=\"");
        if (p != l->part) {
            kg_out_str(o, name);
            kg_out_str(o, "\">");
        }
        kg_html_num(o, p);
        kg_out_str(o, p == l->part ? "</b>" : "</a>");
    }
    kg_out_str(o, "</p></nav>\n");
}

void kg_site_write_list(const kg_site_ctx *c, kg_sink *o, const kg_site_list *l)
{
    bool summary = l->year && !l->month && by_month(l->end - l->first);

    list_head(c, o, l);
    parts_nav(o, l);
    if (summary)
        kg_out_str(o, "<ol class=\"letters\">\n");
    if (!l->year) {
        kg_out_str(o, "<section>\n<ol class=\"timeline\">\n");
        for (size_t k = l->first; k < l->end; k++)
            year_letter(c, o, c->by_date[k]);
        kg_out_str(o, "</ol>\n</section>\n");
    }
    for (size_t r = l->first, e; l->year && r < l->end; r = e) {
        unsigned m = month_of(c->site->letters[c->by_date[r]].date);
        for (e = r + 1; e < l->end && month_of(c->site->letters[c->by_date[e]].date) == m; e++)
            ;
        month_section(c, o, l->year, m, r, e, summary);
    }
    if (summary)
        kg_out_str(o, "</ol>\n");
    parts_nav(o, l);
    kg_site_page_end(c, o, false);
}

/* ---- the search index ------------------------------------------------------------ */

/* The dossiers the search index names, sorted, each once. */
static size_t index_dossiers(const kg_site_ctx *c, const char **out)
{
    size_t n = 0, m = 0;
    for (size_t i = 0; i < c->site->n; i++)
        if (c->site->letters[i].dossier)
            out[n++] = c->site->letters[i].dossier;
    for (size_t i = 0; i < c->g->n_nodes; i++)
        if (c->owner_first[i] < c->owner_first[i + 1])
            out[n++] = c->g->nodes[c->owner[c->owner_first[i]]].id;
    qsort(out, n, sizeof *out, cmp_str);
    for (size_t i = 0; i < n; i++)
        if (m == 0 || strcmp(out[m - 1], out[i]) != 0)
            out[m++] = out[i];
    return m;
}

/* The search index's own names: its lists, and for Kamerstukken and
 * dossiers the label and title the script makes itself from the id
 * ("kst-31490-359": "31490-359", "Kamerstuk 31490-359"), which most of a
 * large index would repeat otherwise. */
typedef struct {
    const char **ministers, **dossiers;
    size_t nministers, ndossiers;
} search_names;

static const char *derived_label(int kind, const char *id)
{
    const char *dash = strchr(id, '-');
    return (kind == 1 || kind == 2) && dash ? dash + 1 : NULL;
}

/* [kind, id, title, label, year, dossier, minister, citing letters, file]:
 * title and label "" where the script derives them (a label that is the
 * title is left out too), dossier and minister
 * indexes into their lists (-1: none), the file name only when it is not
 * the id itself. Each ends in a comma, which JavaScript allows after the
 * last element of an array. */
static void search_item(kg_sink *o, const search_names *sn, int kind, const char *id,
                        const char *title, const char *label, unsigned year,
                        const char *dossier, const char *minister, size_t letters,
                        const char *file)
{
    static const char *const words[] = {"", "Kamerstuk ", "Dossier "};
    const char *derived = derived_label(kind, id);
    size_t wl = kind == 1 || kind == 2 ? strlen(words[kind]) : 0;
    bool same_label = derived ? strcmp(derived, label) == 0 : strcmp(title, label) == 0;
    bool same_title = wl && strncmp(title, words[kind], wl) == 0 && strcmp(title + wl, label) == 0;
    const char **d = dossier ? bsearch(&dossier, sn->dossiers, sn->ndossiers,
                                       sizeof *sn->dossiers, cmp_str) : NULL;
    char num[64];

    snprintf(num, sizeof num, "[%d,", kind);
    kg_out_str(o, num);
    kg_esc_js(o, id);
    kg_out_char(o, ',');
    kg_esc_js(o, same_title ? "" : title);
    kg_out_char(o, ',');
    kg_esc_js(o, same_label ? "" : label);
    snprintf(num, sizeof num, ",%u,%ld,%ld,%zu", year, d ? (long)(d - sn->dossiers) : -1L,
             minister_index(sn->ministers, sn->nministers, minister), letters);
    kg_out_str(o, num);
    if (strcmp(file, id) != 0) {
        kg_out_char(o, ',');
        kg_esc_js(o, file);
    }
    kg_out_str(o, "],\n");
}

static void js_list(kg_sink *o, const char *name, const char **items, size_t n)
{
    kg_out_char(o, '"');
    kg_out_str(o, name);
    kg_out_str(o, "\": [");
    for (size_t i = 0; i < n; i++) {
        kg_out_str(o, i ? ",\n" : "\n");
        kg_esc_js(o, items[i]);
    }
    kg_out_str(o, "],\n");
}

void kg_site_write_search(const kg_site_ctx *c, kg_sink *o)
{
    const kg_site *s = c->site;
    search_names sn = {malloc((s->n + 1) * sizeof *sn.ministers),
                       malloc((s->n + c->g->n_nodes + 1) * sizeof *sn.dossiers), 0, 0};
    char title[4096], name[256];

    if (sn.ministers)
        sn.nministers = ministers(s, sn.ministers);
    if (sn.dossiers)
        sn.ndossiers = index_dossiers(c, sn.dossiers);
    kg_out_str(o, "window.KG_SEARCH = {\n");
    js_list(o, "ministers", sn.ministers, sn.nministers);
    js_list(o, "dossiers", sn.dossiers, sn.ndossiers);
    kg_out_str(o, "\"items\": [\n");
    for (size_t r = 0; r < s->n; r++) {
        size_t i = c->by_date[r];
        const kg_site_letter *L = &s->letters[i];
        size_t node = c->node_of_letter[i];
        kg_site_letter_title_str(L, title, sizeof title);
        search_item(o, &sn, 0, L->id, title, L->label, kg_site_year(L->date), L->dossier,
                    L->minister,
                    node == SIZE_MAX || c->letter_of_node[node] != (long)i
                        ? 0
                        : kg_site_citing_letters(c, node),
                    c->letter_name[i]);
    }
    for (size_t i = 0; i < c->g->n_nodes; i++) {
        kg_page_kind kind = (kg_page_kind)c->page[i];
        if (kind == KG_PAGE_NONE || kind == KG_PAGE_LETTER)
            continue;
        const kg_gnode *v = &c->g->nodes[i];
        size_t first = c->owner_first[i];
        kg_site_node_name_str(c, i, title, sizeof title);
        kg_site_file_name(v->id, name, sizeof name);
        search_item(o, &sn, (int)kind - 1, v->id, title, *v->label ? v->label : v->id,
                    kg_site_year(kg_site_attr(c, i, c->a_date)),
                    first < c->owner_first[i + 1] ? c->g->nodes[c->owner[first]].id : NULL,
                    NULL, kg_site_citing_letters(c, i), name);
    }
    kg_out_str(o, "]};\n");
    free(sn.ministers);
    free(sn.dossiers);
}
