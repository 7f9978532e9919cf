/*
 * Tests for the pictures and the report (src/render.c, write_report.c):
 * the examples graph drawn through libgvc in every format and engine, and
 * the self-contained HTML report.
 */
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "graph_internal.h" /* the nodes, to check every label and url */
#include "kamergraph/kamergraph.h"
#include "examples.h"
#include "tmpdir.h"

/* ---- fixture -------------------------------------------------------- */

static void render_setup(void)
{
    kg_test_tmpdir_make("/tmp/kg-test-render-XXXXXX");
}

TestSuite(render, .init = render_setup, .fini = kg_test_tmpdir_remove);

/* Standard error around a call: fd 2 goes to a file meanwhile. */
typedef struct {
    int saved;
    char path[300];
} render_stderr;

static void render_stderr_begin(render_stderr *c)
{
    int fd;
    snprintf(c->path, sizeof c->path, "%s", kg_test_tmp_path("stderr.txt"));
    fflush(stderr);
    c->saved = dup(2);
    fd = open(c->path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    cr_assert(c->saved >= 0 && fd >= 0);
    dup2(fd, 2);
    close(fd);
}

/* Restores fd 2 and returns what was written to it (malloc'ed). */
static char *render_stderr_end(render_stderr *c)
{
    fflush(stderr);
    dup2(c->saved, 2);
    close(c->saved);
    return kg_test_slurp(c->path, NULL);
}

/* Text as Graphviz writes it into SVG: XML-escaped, '-' as &#45;. */
static void render_svg_text(char *out, size_t size, const char *s)
{
    size_t n = 0;
    out[0] = '\0';
    for (; *s && n + 8 < size; s++) {
        const char *e = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" : *s == '>' ? "&gt;"
                      : *s == '-' ? "&#45;" : NULL;
        if (e) {
            strcpy(out + n, e);
            n += strlen(e);
        } else
            out[n++] = *s;
        out[n] = '\0';
    }
}

static size_t render_count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* ---- pictures ------------------------------------------------------- */

Test(render, svg_has_every_label_every_url_as_a_link_and_the_legend)
{
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    render_stderr cap;
    char want[1024], *svg, *errs;
    size_t with_url = 0;

    render_stderr_begin(&cap);
    kg_status s = kg_render(g, "svg", NULL, kg_test_tmp_path("g.svg"), &err);
    errs = render_stderr_end(&cap);
    cr_assert_eq(s, KG_OK, "%s", err.msg);
    cr_expect_str_eq(errs, "");
    svg = kg_test_slurp(kg_test_tmp_path("g.svg"), NULL);
    cr_assert(strncmp(svg, "<?xml", 5) == 0);
    cr_expect_not_null(strstr(svg, "</svg>"));
    cr_assert_eq(g->n_nodes, 26);
    for (size_t i = 0; i < g->n_nodes; i++) {
        const kg_gnode *v = &g->nodes[i];
        char label[512];
        render_svg_text(label, sizeof label, *v->label ? v->label : v->id);
        snprintf(want, sizeof want, ">%s</text>", label);
        cr_expect_not_null(strstr(svg, want), "label of %s: %s", v->id, want);
        if (*v->url) {
            snprintf(want, sizeof want, "<a xlink:href=\"%s\" ", v->url);
            cr_expect_eq(render_count(svg, want), 1, "link of %s: %s", v->id, want);
            with_url++;
        }
    }
    cr_expect_eq(with_url, 18);
    cr_expect_eq(render_count(svg, "<a xlink:href="), with_url);
    /* the legend: one row per kind present, in a fixed order, and the
     * edge kinds present */
    static const char *const legend[] = {
        ">Legenda</text>", ">document (box)</text>", ">kamerstuk (ellipse)</text>",
        ">dossier (folder)</text>", ">motie (hexagon)</text>", ">vraag (note)</text>",
        ">brief (ellipse)</text>", ">cites</text>", ">part_of (dashed)</text>",
        ">refers_to (dotted)</text>",
    };
    const char *prev = svg;
    for (size_t i = 0; i < sizeof legend / sizeof legend[0]; i++) {
        const char *at = strstr(svg, legend[i]);
        cr_expect_not_null(at, "legend: %s", legend[i]);
        cr_expect(at == NULL || at > prev, "legend order: %s", legend[i]);
        prev = at ? at : prev;
    }
    cr_expect_null(strstr(svg, "handelingen ("), "only the kinds present");
    free(svg);
    free(errs);
    kg_graph_free(g);
}

Test(render, nodes_grow_with_the_documents_citing_them)
{
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    char *svg;

    /* kst-36901-1 is cited by four letters, kst-36901-3 by one; 36902-2
     * by none: 14 + 2 per citing letter. */
    cr_assert_eq(kg_render(g, "svg", "dot", kg_test_tmp_path("g.svg"), &err), KG_OK, "%s", err.msg);
    svg = kg_test_slurp(kg_test_tmp_path("g.svg"), NULL);
    cr_expect_not_null(strstr(svg, "font-size=\"22.00\">36901&#45;1</text>"));
    cr_expect_not_null(strstr(svg, "font-size=\"16.00\">36901&#45;3</text>"));
    cr_expect_not_null(strstr(svg, "font-size=\"14.00\">36902&#45;2</text>"));
    cr_expect_not_null(strstr(svg, "xlink:title=\"kst&#45;36901&#45;1 (document), cited by 4 documents\""));
    free(svg);
    /* the attribute citing_docs, when set, decides; the size stops at 8 */
    cr_assert_eq(kg_graph_set_node_attr(g, "kst-36902-2", "citing_docs", "3"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "kst-36901-1", "citing_docs", "40"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "kst-36901-3", "citing_docs", "2.0"), KG_OK);
    cr_assert_eq(kg_render(g, "svg", "dot", kg_test_tmp_path("g.svg"), &err), KG_OK, "%s", err.msg);
    svg = kg_test_slurp(kg_test_tmp_path("g.svg"), NULL);
    cr_expect_not_null(strstr(svg, "font-size=\"20.00\">36902&#45;2</text>"));
    cr_expect_not_null(strstr(svg, "font-size=\"30.00\">36901&#45;1</text>"));
    cr_expect_not_null(strstr(svg, "font-size=\"18.00\">36901&#45;3</text>"));
    free(svg);
    kg_graph_free(g);
}

Test(render, png_and_pdf_start_with_their_signatures_and_stderr_stays_empty)
{
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    render_stderr cap;
    size_t len;
    char *png, *pdf, *errs;

    render_stderr_begin(&cap);
    kg_status s1 = kg_render(g, "png", NULL, kg_test_tmp_path("g.png"), &err);
    kg_status s2 = kg_render(g, "pdf", NULL, kg_test_tmp_path("g.pdf"), &err);
    errs = render_stderr_end(&cap);
    cr_assert_eq(s1, KG_OK, "%s", err.msg);
    cr_assert_eq(s2, KG_OK, "%s", err.msg);
    cr_expect_str_eq(errs, "");
    png = kg_test_slurp(kg_test_tmp_path("g.png"), &len);
    cr_assert(len > 1000);
    cr_expect_eq(memcmp(png, "\x89PNG\r\n\x1a\n", 8), 0);
    pdf = kg_test_slurp(kg_test_tmp_path("g.pdf"), &len);
    cr_assert(len > 1000);
    cr_expect_eq(memcmp(pdf, "%PDF-", 5), 0);
    free(png);
    free(pdf);
    free(errs);
    kg_graph_free(g);
}

Test(render, every_engine_draws_without_a_word_on_stderr)
{
    static const char *const engines[] = {"dot", "neato", "sfdp", "fdp"};
    kg_graph *g = kg_test_examples_graph();
    kg_graph *empty = kg_graph_create();
    kg_error err;

    for (size_t i = 0; i < 4; i++) {
        render_stderr cap;
        render_stderr_begin(&cap);
        kg_status s = kg_render(g, "svg", engines[i], kg_test_tmp_path("g.svg"), &err);
        char *errs = render_stderr_end(&cap);
        cr_expect_eq(s, KG_OK, "%s: %s", engines[i], err.msg);
        cr_expect_str_eq(errs, "", "%s", engines[i]);
        free(errs);
        char *svg = kg_test_slurp(kg_test_tmp_path("g.svg"), NULL);
        cr_expect_not_null(strstr(svg, ">Legenda</text>"), "%s", engines[i]);
        free(svg);
    }
    render_stderr cap;
    render_stderr_begin(&cap);
    kg_status s = kg_render(empty, "svg", NULL, kg_test_tmp_path("e.svg"), &err);
    char *errs = render_stderr_end(&cap);
    cr_expect_eq(s, KG_OK, "%s", err.msg);
    cr_expect_str_eq(errs, "");
    free(errs);
    kg_graph_free(empty);
    kg_graph_free(g);
}

/* A star: one letter citing n-1 Kamerstukken. */
static kg_graph *render_star(size_t n)
{
    kg_graph *g = kg_graph_create();
    char id[32];

    cr_assert_eq(kg_graph_add_node(g, "kst-1-1", "document", "1-1", NULL, "a.txt"), KG_OK);
    for (size_t i = 2; i <= n; i++) {
        snprintf(id, sizeof id, "kst-2-%zu", i);
        cr_assert_eq(kg_graph_add_node(g, id, "kamerstuk", id + 4, NULL, NULL), KG_OK);
        cr_assert_eq(kg_graph_add_citation(g, "kst-1-1", id, "cites"), KG_OK);
    }
    return g;
}

static double render_aspect(const char *path)
{
    char *svg = kg_test_slurp(path, NULL);
    const char *p = strstr(svg, "<svg width=\"");
    double w = 0, h = 0;

    cr_assert_not_null(p);
    cr_assert_eq(sscanf(p, "<svg width=\"%lfpt\" height=\"%lfpt\"", &w, &h), 2);
    free(svg);
    return h / w;
}

Test(render, default_is_left_to_right_dot_up_to_300_nodes_and_sfdp_beyond)
{
    kg_graph *small = render_star(300), *large = render_star(301);
    kg_error err;
    render_stderr cap;

    render_stderr_begin(&cap);
    kg_status s1 = kg_render(small, "svg", NULL, kg_test_tmp_path("small.svg"), &err);
    kg_status s2 = kg_render(large, "svg", NULL, kg_test_tmp_path("large.svg"), &err);
    char *errs = render_stderr_end(&cap);
    cr_assert_eq(s1, KG_OK, "%s", err.msg);
    cr_assert_eq(s2, KG_OK, "%s", err.msg);
    cr_expect_str_eq(errs, "");
    /* dot, left to right: 299 leaves in one column, far taller than wide;
     * sfdp spreads a star round its centre */
    cr_expect_gt(render_aspect(kg_test_tmp_path("small.svg")), 5.0);
    double a = render_aspect(kg_test_tmp_path("large.svg"));
    cr_expect(a > 0.5 && a < 2.0, "sfdp aspect %f", a);
    free(errs);
    kg_graph_free(small);
    kg_graph_free(large);
}

Test(render, unknown_engine_or_format_is_a_usage_error_and_writes_nothing)
{
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    struct stat st;

    cr_expect_eq(kg_render(g, "svg", "circo", kg_test_tmp_path("x.svg"), &err), KG_ERR_USAGE);
    cr_expect_str_eq(err.msg, "unknown layout engine 'circo' (known: dot, neato, sfdp, fdp)");
    cr_expect_eq(kg_render(g, "gif", NULL, kg_test_tmp_path("x.gif"), &err), KG_ERR_USAGE);
    cr_expect_str_eq(err.msg, "unknown picture format 'gif' (known: svg, png, pdf)");
    cr_expect_eq(kg_render(g, NULL, NULL, kg_test_tmp_path("x.svg"), &err), KG_ERR_USAGE);
    cr_expect_neq(stat(kg_test_tmp_path("x.svg"), &st), 0);
    cr_expect_neq(stat(kg_test_tmp_path("x.gif"), &st), 0);
    kg_graph_free(g);
}

Test(render, writing_into_a_missing_folder_fails_with_the_path)
{
    kg_graph *g = kg_test_examples_graph();
    kg_error err;

    cr_expect_eq(kg_render(g, "svg", NULL, kg_test_tmp_path("no/such/g.svg"), &err), KG_ERR_IO);
    cr_expect_not_null(strstr(err.msg, "no/such/g.svg"), "%s", err.msg);
    cr_expect_eq(kg_write_report(g, kg_test_tmp_path("no/such/r.html"), &err), KG_ERR_IO);
    cr_expect_not_null(strstr(err.msg, "no/such/r.html"), "%s", err.msg);
    kg_graph_free(g);
}

/* ---- report --------------------------------------------------------- */

/* The ids of the table under the heading `title`, in order. */
static size_t render_table_ids(const char *html, const char *title, char ids[][64], size_t max)
{
    const char *p = strstr(html, title), *end;
    size_t n = 0;

    cr_assert_not_null(p, "no table %s", title);
    end = strstr(p, "</table>");
    cr_assert_not_null(end);
    while ((p = strstr(p, "<td class=\"id")) != NULL && p < end && n < max) {
        p = strchr(p, '>') + 1;         /* class "id" or "id words" */
        if (strncmp(p, "<a ", 3) == 0)
            p = strchr(p, '>') + 1;
        size_t k = strcspn(p, "<");
        snprintf(ids[n++], 64, "%.*s", (int)k, p);
    }
    return n;
}

Test(render, report_has_the_counts_the_top_tables_the_svg_and_every_letter)
{
    static const char *const dossiers[] = {
        "dossier-36901", "dossier-31490", "dossier-36902",
        "dossier-29279", "dossier-29362", "dossier-36800-VII",
    };
    static const char *const stukken[] = {
        "kst-36901-1", "kst-31490-359", "kst-36902-1", "motie:sneller+vermeer",
        "kst-36901-2", "kst-29279-981", "kst-29362-372", "kst-31490-337",
        "kst-31490-391", "kst-36800-VII-52", "kst-36901-3", "kst-36901-7",
        "motie:anne van der berg+de vries", "motie:bikker", "motie:jansen",
    };
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    char ids[20][64], want[256];
    glob_t gl;
    size_t n;

    cr_assert_eq(kg_write_report(g, kg_test_tmp_path("r.html"), &err), KG_OK, "%s", err.msg);
    char *html = kg_test_slurp(kg_test_tmp_path("r.html"), NULL);
    cr_expect(strncmp(html, "<!DOCTYPE html>\n<html lang=\"en\">\n", 33) == 0);
    cr_expect_not_null(strstr(html, "<li><b>5</b><span>documents</span></li>\n"
                                    "<li><b>35</b><span>references</span></li>\n"
                                    "<li><b>26</b><span>nodes</span></li>\n"
                                    "<li><b>40</b><span>edges</span></li>\n"));
    n = render_table_ids(html, ">Most-cited dossiers</h2>", ids, 20);
    cr_expect_eq(n, 6);
    for (size_t i = 0; i < n && i < 6; i++)
        cr_expect_str_eq(ids[i], dossiers[i], "dossier row %zu", i + 1);
    n = render_table_ids(html, ">Most-cited Kamerstukken and letters</h2>", ids, 20);
    cr_expect_eq(n, 15);
    for (size_t i = 0; i < n && i < 15; i++)
        cr_expect_str_eq(ids[i], stukken[i], "Kamerstuk row %zu", i + 1);
    /* one row exactly */
    cr_expect_not_null(strstr(html,
        "<tr><td class=\"n\">1</td><td class=\"id\"><a href=\"https://zoek.officielebekendmakingen.nl/dossier/36901\">"
        "dossier-36901</a></td><td>36901</td><td class=\"n\">4</td><td class=\"n\">8</td></tr>\n"));
    cr_expect_not_null(strstr(html,
        "<tr><td class=\"n\">4</td><td class=\"id\">motie:sneller+vermeer</td><td>motie Sneller/Vermeer</td>"
        "<td><span class=\"kind k-motie\">motie</span></td><td class=\"n\">2</td><td class=\"n\">2</td></tr>\n"));
    /* the picture, inline, without prolog */
    cr_expect_eq(render_count(html, "<svg "), 1);
    cr_expect_eq(render_count(html, "</svg>"), 1);
    cr_expect_null(strstr(html, "<?xml"));
    cr_expect_null(strstr(html, "<!DOCTYPE svg"));
    cr_expect_not_null(strstr(html, "<a xlink:href=\"https://zoek.officielebekendmakingen.nl/kst-36901-1.html\""));
    /* every letter, by file name, with its references */
    cr_assert_eq(glob("examples/*.txt", 0, NULL, &gl), 0);
    for (size_t i = 0; i < gl.gl_pathc; i++) {
        snprintf(want, sizeof want, "<h3>%s</h3>", gl.gl_pathv[i]);
        cr_expect_eq(render_count(html, want), 1, "%s", want);
    }
    globfree(&gl);
    cr_expect_not_null(strstr(html,
        "<tr><td class=\"n\">24</td><td><span class=\"kind k-kamerstuk\">kamerstuk</span></td>"
        "<td class=\"id\"><a href=\"https://zoek.officielebekendmakingen.nl/kst-31490-337.html\">kst-31490-337</a></td>"
        "<td class=\"text\">[footnoteRef:1] Kamerstuk 31 490, nr. 337</td><td>footnote</td></tr>\n"));
    cr_expect_eq(render_count(html, "<tr><td class=\"n\">"), 35 + 6 + 15);
    /* the search box and its script */
    cr_expect_not_null(strstr(html, "<input type=\"search\" id=\"filter\""));
    cr_expect_not_null(strstr(html, "toLowerCase().indexOf(q)"));
    free(html);
    kg_graph_free(g);
}

Test(render, report_loads_nothing_from_elsewhere)
{
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    size_t links = 0;

    cr_assert_eq(kg_write_report(g, kg_test_tmp_path("r.html"), &err), KG_OK, "%s", err.msg);
    char *html = kg_test_slurp(kg_test_tmp_path("r.html"), NULL);
    static const char *const banned[] = {"<script src", "<link", "@import", "url(",
                                         "src=", "<iframe", "<img", "<object", "<embed",
                                         "xmlns"};
    for (size_t i = 0; i < sizeof banned / sizeof banned[0]; i++)
        cr_expect_null(strstr(html, banned[i]), "found %s", banned[i]);
    /* every http is a link to a publication */
    for (const char *p = html; (p = strstr(p, "http")) != NULL; p += 4) {
        bool href = (p - html >= 6 && strncmp(p - 6, "href=\"", 6) == 0);
        bool pub = strncmp(p, "https://zoek.officielebekendmakingen.nl/", 40) == 0 ||
                   strncmp(p, "https://uitspraken.rechtspraak.nl/", 34) == 0;
        cr_expect(href && pub, "not a publication link: %.60s", p);
        links++;
    }
    cr_expect_gt(links, 40);
    free(html);
    kg_graph_free(g);
}

Test(render, report_twice_gives_identical_bytes)
{
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    size_t n1, n2;

    cr_assert_eq(kg_write_report(g, kg_test_tmp_path("r1.html"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_report(g, kg_test_tmp_path("r2.html"), &err), KG_OK, "%s", err.msg);
    char *a = kg_test_slurp(kg_test_tmp_path("r1.html"), &n1);
    char *b = kg_test_slurp(kg_test_tmp_path("r2.html"), &n2);
    cr_expect_eq(n1, n2);
    cr_expect(n1 == n2 && memcmp(a, b, n1) == 0);
    free(a);
    free(b);
    kg_graph_free(g);
}

Test(render, report_escapes_every_text_from_the_letters)
{
    static const char letter[] =
        "Zie Kamerstuk 36901-1 <b>&amp; \"zo\"</b> en motie-O'Neil/<Bakker>.\n";
    kg_graph *g = kg_graph_create();
    kg_error err;

    kg_doc *doc = kg_doc_read_buffer("dir/<b>&\"'.txt", letter, sizeof letter - 1, &err);
    cr_assert_not_null(doc, "%s", err.msg);
    cr_assert_eq(kg_graph_add_document(g, doc, &err), KG_OK, "%s", err.msg);
    kg_doc_free(doc);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_assert_eq(kg_write_report(g, kg_test_tmp_path("r.html"), &err), KG_OK, "%s", err.msg);
    char *html = kg_test_slurp(kg_test_tmp_path("r.html"), NULL);
    cr_expect_not_null(strstr(html, "<h3>dir/&lt;b&gt;&amp;&quot;&#39;.txt</h3>"));
    cr_expect_null(strstr(html, "<b>&"));
    cr_expect_null(strstr(html, "<Bakker"));
    cr_expect_null(strstr(html, "\"'"));
    /* every tag the page opens is one of ours or Graphviz's */
    static const char *const tags[] = {
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "h1", "h2",
        "h3", "p", "ul", "li", "b", "span", "div", "section", "table", "thead", "tbody",
        "tr", "th", "td", "a", "button", "input", "header", "footer", "script", "svg", "g",
        "polygon", "path", "ellipse", "polyline", "text", "!--", NULL,
    };
    for (const char *p = html; (p = strchr(p, '<')) != NULL; p++) {
        const char *q = p + 1 + (p[1] == '/');
        size_t k = strcspn(q, " >\n/");
        bool known = false;
        for (size_t i = 0; tags[i] && !known; i++)
            known = strlen(tags[i]) == k && strncmp(q, tags[i], k) == 0;
        if (strncmp(q, "!--", 3) == 0)
            known = true;
        if (strncmp(q, "title", 5) == 0)
            known = true;
        cr_expect(known, "unexpected tag: %.40s", p);
        if (strncmp(p, "<script>", 8) == 0)
            p = strstr(p, "</script>"); /* the script compares with < itself */
    }
    free(html);
    kg_graph_free(g);
}

/* ---- in a browser --------------------------------------------------- */

#define CHROMIUM "/usr/bin/chromium"
#define CHROMIUM_FLAGS "--headless --no-sandbox --disable-gpu --disable-background-networking " \
                       "--disable-component-update --disable-sync --no-first-run"

/* Run headless Chromium on a page with ACTION (--dump-dom, or
 * --screenshot=...), standard output to OUT. Chromium being installed and
 * then not starting (a missing library, no /dev/shm, a crash) is a failure,
 * with what it said on stderr, never a skip. */
static void render_chromium(const char *html_path, const char *action, const char *out)
{
    char cmd[2048], err[256];
    snprintf(err, sizeof err, "%s", kg_test_tmp_path("chromium.err"));
    snprintf(cmd, sizeof cmd,
             "timeout 120 " CHROMIUM " " CHROMIUM_FLAGS " --user-data-dir='%s' "
             "%s 'file://%s' >'%s' 2>'%s'",
             kg_test_tmp_path("profile"), action, html_path, out, err);
    int rc = system(cmd);
    if (rc != 0) {
        char *said = kg_test_slurp(err, NULL);
        cr_assert_fail("chromium failed (status %d): %s\n--- its stderr:\n%s", rc, cmd, said);
    }
}

/* The DOM after the page's scripts ran. */
static char *render_dump_dom(const char *html_path)
{
    char out[256];
    snprintf(out, sizeof out, "%s", kg_test_tmp_path("dom.html"));
    render_chromium(html_path, "--dump-dom", out);
    char *dom = kg_test_slurp(out, NULL);
    /* an empty page would also be "no such text": be sure it loaded */
    cr_assert_not_null(strstr(dom, "<h1>"), "chromium gave no page:\n%.400s", dom);
    return dom;
}

/* Width and height of a PNG, from its IHDR chunk; false when not a PNG. */
static bool render_png_size(const char *path, unsigned *w, unsigned *h)
{
    size_t n;
    unsigned char *b = (unsigned char *)kg_test_slurp(path, &n);
    bool ok = n > 24 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0 && memcmp(b + 12, "IHDR", 4) == 0;
    if (ok) {
        *w = (unsigned)b[16] << 24 | (unsigned)b[17] << 16 | (unsigned)b[18] << 8 | b[19];
        *h = (unsigned)b[20] << 24 | (unsigned)b[21] << 16 | (unsigned)b[22] << 8 | b[23];
    }
    free(b);
    return ok;
}

Test(render, report_works_in_headless_chromium_and_the_search_filters_rows, .timeout = 300)
{
    if (access(CHROMIUM, X_OK) != 0)
        cr_skip_test("no " CHROMIUM " (apt-get install chromium to run this test)");
    kg_graph *g = kg_test_examples_graph();
    kg_error err;
    char path[300];

    snprintf(path, sizeof path, "%s", kg_test_tmp_path("r.html"));
    cr_assert_eq(kg_write_report(g, path, &err), KG_OK, "%s", err.msg);
    char *dom = render_dump_dom(path);
    cr_expect_not_null(strstr(dom, "<span id=\"count\">35 references</span>"));
    cr_expect_not_null(strstr(dom, "<button type=\"button\" id=\"zoom\">"), "the zoom button shows");
    /* the top tables: dossier 36901 first, cited by 4 letters, 8 mentions */
    cr_expect_not_null(strstr(dom, "<h2>Most-cited dossiers</h2>"));
    cr_expect_not_null(strstr(dom, "<h2>Most-cited Kamerstukken and letters</h2>"));
    cr_expect_not_null(strstr(dom, "<tr><td class=\"n\">1</td><td class=\"id\"><a href=\"https://"
                                   "zoek.officielebekendmakingen.nl/dossier/36901\">dossier-36901"
                                   "</a></td><td>36901</td><td class=\"n\">4</td><td class=\"n\">8"
                                   "</td></tr>"),
                       "the first row of the dossier table");
    /* the picture, inline: the browser parsed it as SVG, with every node and edge */
    cr_expect_not_null(strstr(dom, "<svg width="));
    cr_expect_eq(render_count(dom, "class=\"node\""), 26);
    cr_expect_eq(render_count(dom, "class=\"edge\""), 40);
    /* the references of each of the five letters, with their links */
    cr_expect_eq(render_count(dom, "<section class=\"doc\">"), 5);
    cr_expect_eq(render_count(dom, "<table class=\"refs\">"), 5);
    cr_expect_not_null(strstr(dom, "<h3>examples/antwoorden-wgo-bzk.txt</h3>"));
    cr_expect_not_null(strstr(dom, "<td class=\"id\"><a href=\"https://zoek.officielebekendmakingen"
                                   ".nl/kst-36901-3.html\">kst-36901-3</a></td><td class=\"text\">"
                                   "Kamerstukken II 2025/26, 36 901, nr. 3</td>"),
                       "the first reference of antwoorden-wgo-bzk.txt");
    free(dom);

    /* a picture of the page as a person sees it, kept for looking at */
    const char *shot_dir = getenv("KG_SCREENSHOT_DIR") ? getenv("KG_SCREENSHOT_DIR") : "build";
    char shot[300], action[400];
    unsigned w = 0, h = 0;
    snprintf(shot, sizeof shot, "%s/report-chromium.png", shot_dir);
    snprintf(action, sizeof action, "--hide-scrollbars --window-size=1280,2400 --screenshot='%s'", shot);
    unlink(shot);
    render_chromium(path, action, kg_test_tmp_path("shot.out"));
    cr_assert(render_png_size(shot, &w, &h), "%s is not a PNG", shot);
    cr_expect_eq(w, 1280);
    cr_expect_eq(h, 2400);

    /* type "SNELLER" into the search box: only the motion's two rows stay */
    char *html = kg_test_slurp(path, NULL);
    char *body = strstr(html, "</body>");
    cr_assert_not_null(body);
    FILE *f = fopen(kg_test_tmp_path("typed.html"), "w");
    cr_assert_not_null(f);
    fprintf(f, "%.*s<script>var i = document.getElementById('filter'); i.value = 'SNELLER';"
               " i.dispatchEvent(new Event('input'));</script>%s",
            (int)(body - html), html, body);
    fclose(f);
    snprintf(path, sizeof path, "%s", kg_test_tmp_path("typed.html"));
    dom = render_dump_dom(path);
    cr_expect_not_null(strstr(dom, "<span id=\"count\">2 of 35 references</span>"));
    cr_expect_eq(render_count(dom, "<tr hidden=\"\">"), 33);
    cr_expect_eq(render_count(dom, "<section class=\"doc\" hidden=\"\">"), 3);
    free(dom);
    free(html);
    kg_graph_free(g);
}

/* ---- AddressSanitizer ----------------------------------------------- */

/* Graphviz 2.43 never frees some of what it allocates (its plugin
 * configuration, the tables of HTML-like labels, the font families its
 * pango plugin lists from fontconfig); `make check-asan` must not blame
 * kamergraph for them. Only allocations whose stack is inside these
 * libraries are ignored; kamergraph calls fontconfig only through them and
 * poppler. The same three lines serve LSAN_OPTIONS=suppressions=FILE for
 * the command line under AddressSanitizer. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libgvc.so\n"
           "leak:libgvplugin_\n"
           "leak:libfontconfig.so\n";
}
