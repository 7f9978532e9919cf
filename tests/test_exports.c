/*
 * Tests for the export writers: GEXF, SQLite, JSON node-link and CSV
 * (src/write_gexf.c, write_sqlite.c, write_json.c, write_csv.c, with
 * export.c and kind_style.c). One small graph built by hand, written in
 * each format and read back with libxml2, sqlite3 or compared with the
 * exact text.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <sqlite3.h>

#include "graph_internal.h" /* to give the graph references by hand */
#include "kamergraph/kamergraph.h"
#include "tmpdir.h"

/* ---- files ---------------------------------------------------------- */

static void ex_setup(void)
{
    kg_test_tmpdir_make("/tmp/kg-test-exports-XXXXXX");
}

/* The names in dir, sorted, one a line. */
static char *ex_listing(const char *dir)
{
    struct dirent **list;
    int n = scandir(dir, &list, NULL, alphasort);
    size_t len = 1;
    char *out;

    cr_assert_geq(n, 0);
    for (int i = 0; i < n; i++)
        len += strlen(list[i]->d_name) + 1;
    out = calloc(1, len);
    for (int i = 0; i < n; i++) {
        if (strcmp(list[i]->d_name, ".") && strcmp(list[i]->d_name, "..")) {
            strcat(out, list[i]->d_name);
            strcat(out, "\n");
        }
        free(list[i]);
    }
    free(list);
    return out;
}

static void ex_expect_file(const char *path, const char *expected)
{
    char *got = kg_test_slurp(path, NULL);
    cr_expect_str_eq(got, expected, "%s differs:\n%s", path, got);
    free(got);
}

TestSuite(exports, .init = ex_setup, .fini = kg_test_tmpdir_remove);


/* ---- the graph ------------------------------------------------------ */

/*
 * Two dated letters and what they cite:
 *   kst-36901-1 (document, 2025-03-14) part_of and cites dossier-36901
 *     (two edges between one pair), cites kst-31490-359 twice;
 *   kst-31490-359 (kamerstuk, citing_docs 2) part_of dossier-31490;
 *   002 (document, 2025-09-01) cites kst-36901-1 (resolved_by footnote),
 *     kst-31490-359 three times and the motion; its question 002#vraag-3
 *     is part_of it and it refers_to the question.
 * Labels with quotes, a comma, '<', a backslash and non-ASCII text; a
 * subject with U+2028; numeric attributes citing_docs (integer) and
 * pagerank (double); six references, one of them ("002#?") not a node.
 */
#define DOC1 "kst-36901-1"
#define DOC1_LABEL "Brief over \"zorg\", toezicht en \xc3\xa9\xc3\xa9n <regel>"
#define DOC1_URL "https://zoek.officielebekendmakingen.nl/kst-36901-1.html"
#define DOC2 "002"
#define DOC2_LABEL "Antwoorden \xe2\x80\x93 vragen \\ deel 2"
#define KST "kst-31490-359"
#define KST_URL "https://zoek.officielebekendmakingen.nl/kst-31490-359.html"
#define MOTIE "motie:sneller+vermeer"
#define VRAAG "002#vraag-3"

static void ex_ref(kg_graph *g, const char *doc, const char *file, unsigned line,
                   unsigned col, const char *kind, const char *id, const char *text,
                   kg_resolution resolved_by, const char *block)
{
    cr_assert_eq(kg_grow((void **)&g->refs, &g->cap_refs, g->n_refs, sizeof *g->refs), 0);
    g->refs[g->n_refs++] = (kg_graph_ref){doc, file, kind, id, text, resolved_by, block,
                                          line, col};
}

static kg_graph *ex_graph(void)
{
    kg_graph *g = kg_graph_create();
    cr_assert_not_null(g);
    cr_assert_eq(kg_graph_add_node(g, DOC1, "document", DOC1_LABEL, DOC1_URL,
                                   "brieven/kst-36901-1.txt"), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "dossier-36901", "dossier", "36901",
                                   "https://zoek.officielebekendmakingen.nl/dossier/36901", NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, KST, "kamerstuk", "31490-359", KST_URL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "dossier-31490", "dossier", "31490", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, DOC2, "document", DOC2_LABEL, NULL, "002_e2ac55ca792ad97b.txt"), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, MOTIE, "motie", "motie Sneller/Vermeer", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, VRAAG, "vraag", "vraag 3", NULL, NULL), KG_OK);

    cr_assert_eq(kg_graph_add_citation(g, DOC1, "dossier-36901", "part_of"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, DOC1, "dossier-36901", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, DOC1, KST, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, DOC1, KST, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, KST, "dossier-31490", "part_of"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, DOC2, DOC1, "cites"), KG_OK);
    for (int i = 0; i < 3; i++)
        cr_assert_eq(kg_graph_add_citation(g, DOC2, KST, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, DOC2, MOTIE, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, VRAAG, DOC2, "part_of"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, DOC2, VRAAG, "refers_to"), KG_OK);

    cr_assert_eq(kg_graph_set_node_attr(g, DOC1, "date", "2025-03-14"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, DOC1, "subject", "Zorg, \"toezicht\"\nen meer"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, DOC2, "date", "2025-09-01"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, DOC2, "subject", "regel\xe2\x80\xa8twee"), KG_OK);
    cr_assert_eq(kg_graph_set_node_int(g, KST, "citing_docs", 2), KG_OK);
    cr_assert_eq(kg_graph_set_node_num(g, DOC1, "pagerank", 0.1), KG_OK);
    cr_assert_eq(kg_graph_set_node_num(g, KST, "pagerank", 1e-7), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, VRAAG, "asker", "Vermeer"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, VRAAG, "party", "BBB"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, DOC2, DOC1, "cites", "resolved_by", "footnote"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, DOC2, DOC1, "cites", "evidence",
                                        "line 12: (Kamerstuk 36901-1)"), KG_OK);

    ex_ref(g, DOC1, "brieven/kst-36901-1.txt", 0, 0, "self", DOC1, "kst-36901-1.txt",
           KG_RESOLVED_NONE, NULL);
    ex_ref(g, DOC1, "brieven/kst-36901-1.txt", 7, 3, "kamerstuk", KST, "Kamerstuk 31490-359",
           KG_RESOLVED_NONE, NULL);
    ex_ref(g, DOC2, "002_e2ac55ca792ad97b.txt", 12, 5, "kamerstuk", DOC1, "Kamerstuk 36901-1",
           KG_RESOLVED_FOOTNOTE, "002#antwoord-3");
    ex_ref(g, DOC2, "002_e2ac55ca792ad97b.txt", 14, 1, "kamerstuk", KST,
           "Kamerstukken II 2024/25, 31 490, nr. 359", KG_RESOLVED_NONE, "002#antwoord-3");
    ex_ref(g, DOC2, "002_e2ac55ca792ad97b.txt", 20, 8, "motie", MOTIE, "motie-Sneller/Vermeer",
           KG_RESOLVED_NONE, NULL);
    ex_ref(g, DOC2, "002_e2ac55ca792ad97b.txt", 30, 1, "vraag", "002#?", "de vragen hierboven",
           KG_RESOLVED_NONE, NULL);
    return g;
}

/* ---- GEXF ----------------------------------------------------------- */

#define GEXF_NS "http://gexf.net/1.3"
#define GEXF_VIZ "http://gexf.net/1.3/viz"

typedef struct {
    xmlDoc *doc;
    xmlXPathContext *ctx;
} ex_xml;

static ex_xml ex_xml_open(const char *path)
{
    ex_xml x;

    x.doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    cr_assert_not_null(x.doc, "libxml2 cannot parse %s", path);
    x.ctx = xmlXPathNewContext(x.doc);
    cr_assert_not_null(x.ctx);
    cr_assert_eq(xmlXPathRegisterNs(x.ctx, BAD_CAST "g", BAD_CAST GEXF_NS), 0);
    cr_assert_eq(xmlXPathRegisterNs(x.ctx, BAD_CAST "viz", BAD_CAST GEXF_VIZ), 0);
    return x;
}

static void ex_xml_close(ex_xml *x)
{
    xmlXPathFreeContext(x->ctx);
    xmlFreeDoc(x->doc);
}

/* The string value of an XPath expression. */
static char *ex_xstr(ex_xml *x, const char *fmt, ...)
{
    char expr[1024];
    va_list ap;
    xmlXPathObject *o;
    char *s;

    va_start(ap, fmt);
    vsnprintf(expr, sizeof expr, fmt, ap);
    va_end(ap);
    o = xmlXPathEvalExpression(BAD_CAST expr, x->ctx);
    cr_assert_not_null(o, "bad XPath %s", expr);
    s = (char *)xmlXPathCastToString(o);
    xmlXPathFreeObject(o);
    return s;
}

/* For each element the expression selects: the given XML attributes
 * joined by sep ("" for a missing one), each element ending in ';'. */
static char *ex_xjoin(ex_xml *x, const char *expr, const char *const *props,
                      const char *sep)
{
    xmlXPathObject *o = xmlXPathEvalExpression(BAD_CAST expr, x->ctx);
    char *out = calloc(1, 8192);

    cr_assert_not_null(o, "bad XPath %s", expr);
    for (int i = 0; o->nodesetval && i < o->nodesetval->nodeNr; i++) {
        for (size_t p = 0; props[p]; p++) {
            xmlChar *v = xmlGetProp(o->nodesetval->nodeTab[i], BAD_CAST props[p]);
            if (p)
                strcat(out, sep);
            strcat(out, v ? (char *)v : "");
            xmlFree(v);
        }
        strcat(out, ";");
    }
    xmlXPathFreeObject(o);
    return out;
}

static void ex_expect_x(ex_xml *x, const char *expected, const char *fmt, ...)
{
    char expr[1024];
    va_list ap;
    char *got;

    va_start(ap, fmt);
    vsnprintf(expr, sizeof expr, fmt, ap);
    va_end(ap);
    got = ex_xstr(x, "%s", expr);
    cr_expect_str_eq(got, expected, "%s", expr);
    xmlFree(got);
}

Test(exports, gexf_parses_and_declares_typed_attributes)
{
    static const char *const decl[] = {"id", "title", "type", NULL};
    kg_graph *g = ex_graph();
    kg_error err = {0};
    ex_xml x;
    char *s;

    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("g.gexf"), &err), KG_OK, "%s", err.msg);
    x = ex_xml_open(kg_test_tmp_path("g.gexf"));
    ex_expect_x(&x, "gexf", "name(/*)");
    ex_expect_x(&x, GEXF_NS, "namespace-uri(/*)");
    ex_expect_x(&x, "1.3", "/g:gexf/@version");
    ex_expect_x(&x, "kamergraph " KG_VERSION, "/g:gexf/g:meta/g:creator");
    ex_expect_x(&x, "directed", "/g:gexf/g:graph/@defaultedgetype");
    ex_expect_x(&x, "dynamic", "/g:gexf/g:graph/@mode");
    ex_expect_x(&x, "date", "/g:gexf/g:graph/@timeformat");

    s = ex_xjoin(&x, "/g:gexf/g:graph/g:attributes[@class='node']/g:attribute", decl, " ");
    cr_expect_str_eq(s, "kind kind string;label label string;url url string;"
                        "file file string;date date string;subject subject string;"
                        "citing_docs citing_docs long;pagerank pagerank double;"
                        "asker asker string;party party string;");
    free(s);
    s = ex_xjoin(&x, "/g:gexf/g:graph/g:attributes[@class='edge']/g:attribute", decl, " ");
    cr_expect_str_eq(s, "kind kind string;weight weight double;"
                        "resolved_by resolved_by string;evidence evidence string;");
    free(s);
    ex_xml_close(&x);
    kg_graph_free(g);
}

Test(exports, gexf_nodes_have_attvalues_kind_colour_size_and_date)
{
    static const char *const av[] = {"for", "value", NULL};
    static const struct {
        const char *id, *label, *attvalues, *color, *size, *start;
    } want[] = {
        {DOC1, DOC1_LABEL,
         "kind=document;label=" DOC1_LABEL ";url=" DOC1_URL ";file=brieven/kst-36901-1.txt;"
         "date=2025-03-14;subject=Zorg, \"toezicht\" en meer;pagerank=0.1;",
         "173,216,230", "15", "2025-03-14"},
        {"dossier-36901", "36901",
         "kind=dossier;label=36901;url=https://zoek.officielebekendmakingen.nl/dossier/36901;",
         "240,230,140", "15", ""},
        /* size from citing_docs (2), not from its two cites edges... */
        {KST, "31490-359",
         "kind=kamerstuk;label=31490-359;url=" KST_URL ";citing_docs=2;pagerank=1e-07;",
         "255,255,224", "20", ""},
        {"dossier-31490", "31490", "kind=dossier;label=31490;", "240,230,140", "10", ""},
        {DOC2, DOC2_LABEL,
         "kind=document;label=" DOC2_LABEL ";file=002_e2ac55ca792ad97b.txt;"
         "date=2025-09-01;subject=regel\xe2\x80\xa8twee;",
         "173,216,230", "10", "2025-09-01"},
        {MOTIE, "motie Sneller/Vermeer", "kind=motie;label=motie Sneller/Vermeer;",
         "255,192,203", "15", ""},
        /* ... and a refers_to edge does not count */
        {VRAAG, "vraag 3", "kind=vraag;label=vraag 3;asker=Vermeer;party=BBB;",
         "240,255,240", "10", ""},
    };
    kg_graph *g = ex_graph();
    kg_error err = {0};
    ex_xml x;

    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("g.gexf"), &err), KG_OK, "%s", err.msg);
    x = ex_xml_open(kg_test_tmp_path("g.gexf"));
    ex_expect_x(&x, "7", "count(//g:node)");
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        char expr[256], *s;

        ex_expect_x(&x, want[i].id, "//g:node[%zu]/@id", i + 1);
        ex_expect_x(&x, want[i].label, "//g:node[@id='%s']/@label", want[i].id);
        snprintf(expr, sizeof expr, "//g:node[@id='%s']/g:attvalues/g:attvalue", want[i].id);
        s = ex_xjoin(&x, expr, av, "=");
        cr_expect_str_eq(s, want[i].attvalues, "attvalues of %s", want[i].id);
        free(s);
        ex_expect_x(&x, want[i].color,
                    "concat(//g:node[@id='%1$s']/viz:color/@r, ',', "
                    "//g:node[@id='%1$s']/viz:color/@g, ',', //g:node[@id='%1$s']/viz:color/@b)",
                    want[i].id);
        ex_expect_x(&x, want[i].size, "//g:node[@id='%s']/viz:size/@value", want[i].id);
        ex_expect_x(&x, want[i].start, "//g:node[@id='%s']/@start", want[i].id);
        ex_expect_x(&x, *want[i].start ? "1" : "0", "count(//g:node[@id='%s']/@start)",
                    want[i].id);
    }
    ex_xml_close(&x);
    kg_graph_free(g);
}

Test(exports, gexf_edges_leaving_a_dated_document_start_on_its_date)
{
    static const char *const edge[] = {"id", "source", "target", "kind", "weight", "start", NULL};
    static const char *const av[] = {"for", "value", NULL};
    kg_graph *g = ex_graph();
    kg_error err = {0};
    ex_xml x;
    char *s;

    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("g.gexf"), &err), KG_OK, "%s", err.msg);
    x = ex_xml_open(kg_test_tmp_path("g.gexf"));
    s = ex_xjoin(&x, "//g:edges/g:edge", edge, " ");
    cr_expect_str_eq(s, "0 kst-36901-1 dossier-36901 part_of 1 2025-03-14;"
                        "1 kst-36901-1 dossier-36901 cites 1 2025-03-14;"
                        "2 kst-36901-1 kst-31490-359 cites 2 2025-03-14;"
                        "3 kst-31490-359 dossier-31490 part_of 1 ;"
                        "4 002 kst-36901-1 cites 1 2025-09-01;"
                        "5 002 kst-31490-359 cites 3 2025-09-01;"
                        "6 002 motie:sneller+vermeer cites 1 2025-09-01;"
                        "7 002#vraag-3 002 part_of 1 2025-09-01;"
                        "8 002 002#vraag-3 refers_to 1 2025-09-01;");
    free(s);
    ex_expect_x(&x, "1", "count(//g:edge[not(@start)])");
    s = ex_xjoin(&x, "//g:edge[@id='4']/g:attvalues/g:attvalue", av, "=");
    cr_expect_str_eq(s, "kind=cites;weight=1;resolved_by=footnote;"
                        "evidence=line 12: (Kamerstuk 36901-1);");
    free(s);
    s = ex_xjoin(&x, "//g:edge[@id='5']/g:attvalues/g:attvalue", av, "=");
    cr_expect_str_eq(s, "kind=cites;weight=3;");
    free(s);
    ex_xml_close(&x);
    kg_graph_free(g);
}

/* A coupling edge runs from the id that sorts first, which may be the
 * later letter or the earlier one: either way it is there once both are. */
Test(exports, gexf_an_edge_starts_when_both_its_ends_are_there)
{
    static const char *const edge[] = {"source", "target", "start", NULL};
    kg_graph *g = kg_graph_create();
    kg_error err = {0};
    ex_xml x;
    char *s;

    cr_assert_eq(kg_graph_add_node(g, "kst-1-1", "document", "1-1", NULL, "a.txt"), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "kst-2-1", "document", "2-1", NULL, "b.txt"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "kst-1-1", "date", "2025-03-14"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "kst-2-1", "date", "2024-11-02"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "kst-1-1", "kst-2-1", "coupling"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "kst-2-1", "kst-1-1", "coupling"), KG_OK);
    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("c.gexf"), &err), KG_OK, "%s", err.msg);
    x = ex_xml_open(kg_test_tmp_path("c.gexf"));
    s = ex_xjoin(&x, "//g:edges/g:edge", edge, " ");
    cr_expect_str_eq(s, "kst-1-1 kst-2-1 2025-03-14;kst-2-1 kst-1-1 2025-03-14;");
    free(s);
    ex_xml_close(&x);
    kg_graph_free(g);
}

Test(exports, gexf_without_a_dated_document_is_static_and_unknown_kinds_are_grey)
{
    kg_graph *g = kg_graph_create();
    kg_error err = {0};
    ex_xml x;

    cr_assert_eq(kg_graph_add_node(g, "a", "document", "A", NULL, "a.txt"), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "stb-2020-123", "stb", "Stb. 2020, 123", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "a", "stb-2020-123", "cites"), KG_OK);
    /* not a date, and a date on something that is not a document */
    cr_assert_eq(kg_graph_set_node_attr(g, "a", "date", "2025-13-01"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "stb-2020-123", "date", "2020-05-01"), KG_OK);
    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("s.gexf"), &err), KG_OK, "%s", err.msg);
    x = ex_xml_open(kg_test_tmp_path("s.gexf"));
    ex_expect_x(&x, "static", "/g:gexf/g:graph/@mode");
    ex_expect_x(&x, "0", "count(/g:gexf/g:graph/@timeformat)");
    ex_expect_x(&x, "0", "count(//@start)");
    ex_expect_x(&x, "211 211 211",
                "concat(//g:node[@id='stb-2020-123']/viz:color/@r, ' ', "
                "//g:node[@id='stb-2020-123']/viz:color/@g, ' ', "
                "//g:node[@id='stb-2020-123']/viz:color/@b)");
    ex_expect_x(&x, "15", "//g:node[@id='stb-2020-123']/viz:size/@value");
    ex_xml_close(&x);
    kg_graph_free(g);
}

/* ---- SQLite --------------------------------------------------------- */

/* Every row of a query, columns joined by '|', NULL written "NULL". */
static char *ex_sql(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    size_t cap = 8192, len = 0;
    char *out = calloc(1, cap);
    int rc;

    cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql,
                 sqlite3_errmsg(db));
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            const char *v = (const char *)sqlite3_column_text(st, c);
            if (!v)
                v = "NULL";
            cr_assert_lt(len + strlen(v) + 2, cap);
            len += (size_t)snprintf(out + len, cap - len, "%s%s", c ? "|" : "", v);
        }
        len += (size_t)snprintf(out + len, cap - len, "\n");
    }
    cr_assert_eq(rc, SQLITE_DONE, "%s", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return out;
}

static sqlite3 *ex_db(const char *path)
{
    sqlite3 *db;
    cr_assert_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    return db;
}

/* g written by kg_write_sqlite to `name` in the test's folder, opened. */
static sqlite3 *ex_sqlite(kg_graph *g, const char *name)
{
    kg_error err = {0};
    cr_assert_eq(kg_write_sqlite(g, kg_test_tmp_path(name), &err), KG_OK, "%s", err.msg);
    return ex_db(kg_test_tmp_path(name));
}

static void ex_expect_sql(sqlite3 *db, const char *sql, const char *expected)
{
    char *got = ex_sql(db, sql);
    cr_expect_str_eq(got, expected, "%s gave:\n%s", sql, got);
    free(got);
}

Test(exports, sqlite_tables_hold_nodes_edges_and_refs_in_order)
{
    kg_graph *g = ex_graph();
    sqlite3 *db = ex_sqlite(g, "g.sqlite");

    ex_expect_sql(db, "SELECT (SELECT count(*) FROM nodes), (SELECT count(*) FROM edges),"
                      " (SELECT count(*) FROM refs)", "7|9|6\n");
    ex_expect_sql(db, "SELECT name, type FROM pragma_table_info('nodes')",
                  "id|TEXT\n"
                  "kind|TEXT\n"
                  "label|TEXT\n"
                  "url|TEXT\n"
                  "file|TEXT\n"
                  "date|TEXT\n"
                  "subject|TEXT\n"
                  "citing_docs|INTEGER\n"
                  "pagerank|REAL\n"
                  "asker|TEXT\n"
                  "party|TEXT\n");
    ex_expect_sql(db, "SELECT name, type FROM pragma_table_info('edges')",
                  "source|TEXT\n"
                  "target|TEXT\n"
                  "kind|TEXT\n"
                  "weight|INTEGER\n"
                  "resolved_by|TEXT\n"
                  "evidence|TEXT\n");
    ex_expect_sql(db, "SELECT * FROM nodes ORDER BY rowid",
                  "kst-36901-1|document|Brief over \"zorg\", toezicht en \xc3\xa9\xc3\xa9n <regel>|https://zoek.officielebekendmakingen.nl/kst-36901-1.html|brieven/kst-36901-1.txt|2025-03-14|Zorg, \"toezicht\" en meer|NULL|0.1|NULL|NULL\n"
                  "dossier-36901|dossier|36901|https://zoek.officielebekendmakingen.nl/dossier/36901|NULL|NULL|NULL|NULL|NULL|NULL|NULL\n"
                  "kst-31490-359|kamerstuk|31490-359|https://zoek.officielebekendmakingen.nl/kst-31490-359.html|NULL|NULL|NULL|2|1.0e-07|NULL|NULL\n"
                  "dossier-31490|dossier|31490|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL\n"
                  "002|document|Antwoorden \xe2\x80\x93 vragen \\ deel 2|NULL|002_e2ac55ca792ad97b.txt|2025-09-01|regel\xe2\x80\xa8twee|NULL|NULL|NULL|NULL\n"
                  "motie:sneller+vermeer|motie|motie Sneller/Vermeer|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL\n"
                  "002#vraag-3|vraag|vraag 3|NULL|NULL|NULL|NULL|NULL|NULL|Vermeer|BBB\n");
    ex_expect_sql(db, "SELECT typeof(citing_docs), typeof(pagerank) FROM nodes WHERE id = '" KST "'",
                  "integer|real\n");
    ex_expect_sql(db, "SELECT * FROM edges ORDER BY rowid",
                  "kst-36901-1|dossier-36901|part_of|1|NULL|NULL\n"
                  "kst-36901-1|dossier-36901|cites|1|NULL|NULL\n"
                  "kst-36901-1|kst-31490-359|cites|2|NULL|NULL\n"
                  "kst-31490-359|dossier-31490|part_of|1|NULL|NULL\n"
                  "002|kst-36901-1|cites|1|footnote|line 12: (Kamerstuk 36901-1)\n"
                  "002|kst-31490-359|cites|3|NULL|NULL\n"
                  "002|motie:sneller+vermeer|cites|1|NULL|NULL\n"
                  "002#vraag-3|002|part_of|1|NULL|NULL\n"
                  "002|002#vraag-3|refers_to|1|NULL|NULL\n");
    ex_expect_sql(db, "SELECT * FROM refs ORDER BY rowid",
                  "kst-36901-1|brieven/kst-36901-1.txt|0|0|self|kst-36901-1|kst-36901-1.txt|NULL|NULL\n"
                  "kst-36901-1|brieven/kst-36901-1.txt|7|3|kamerstuk|kst-31490-359|Kamerstuk 31490-359|NULL|NULL\n"
                  "002|002_e2ac55ca792ad97b.txt|12|5|kamerstuk|kst-36901-1|Kamerstuk 36901-1|footnote|002#antwoord-3\n"
                  "002|002_e2ac55ca792ad97b.txt|14|1|kamerstuk|kst-31490-359|Kamerstukken II 2024/25, 31 490, nr. 359|NULL|002#antwoord-3\n"
                  "002|002_e2ac55ca792ad97b.txt|20|8|motie|motie:sneller+vermeer|motie-Sneller/Vermeer|NULL|NULL\n"
                  "002|002_e2ac55ca792ad97b.txt|30|1|vraag|002#?|de vragen hierboven|NULL|NULL\n");
    ex_expect_sql(db, "PRAGMA user_version", "1\n");
    sqlite3_close(db);
    kg_graph_free(g);
}

Test(exports, sqlite_refs_join_nodes_and_the_indexes_exist)
{
    kg_graph *g = ex_graph();
    sqlite3 *db = ex_sqlite(g, "g.sqlite");

    /* "002#?" is no node; the rest are */
    ex_expect_sql(db, "SELECT refs.doc, refs.line, nodes.kind, nodes.label FROM refs"
                      " JOIN nodes ON nodes.id = refs.id ORDER BY refs.rowid",
                  "kst-36901-1|0|document|" DOC1_LABEL "\n"
                  "kst-36901-1|7|kamerstuk|31490-359\n"
                  "002|12|document|" DOC1_LABEL "\n"
                  "002|14|kamerstuk|31490-359\n"
                  "002|20|motie|motie Sneller/Vermeer\n");
    /* what cites the most-cited Kamerstuk, through the edges */
    ex_expect_sql(db, "SELECT n.id, e.weight FROM edges e JOIN nodes n ON n.id = e.source"
                      " WHERE e.target = '" KST "' AND e.kind = 'cites' ORDER BY e.weight DESC",
                  "002|3\nkst-36901-1|2\n");
    ex_expect_sql(db, "SELECT m.name, m.tbl_name, i.name FROM sqlite_master m,"
                      " pragma_index_info(m.name) i WHERE m.type = 'index' AND m.sql"
                      " IS NOT NULL ORDER BY m.name",
                  "edges_source|edges|source\n"
                  "edges_target|edges|target\n"
                  "refs_doc|refs|doc\n"
                  "refs_id|refs|id\n");
    ex_expect_sql(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                      " AND tbl_name = 'nodes'", "1\n"); /* the primary key */
    sqlite3_close(db);
    kg_graph_free(g);
}

Test(exports, sqlite_written_twice_has_the_same_rows_in_the_same_order)
{
    static const char *const q[] = {
        "SELECT * FROM nodes ORDER BY rowid", "SELECT * FROM edges ORDER BY rowid",
        "SELECT * FROM refs ORDER BY rowid", "SELECT type, name, sql FROM sqlite_master"
        " ORDER BY rowid",
    };
    kg_graph *g = ex_graph();
    kg_error err = {0};
    sqlite3 *a, *b;

    cr_assert_eq(kg_write_sqlite(g, kg_test_tmp_path("a.sqlite"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_sqlite(g, kg_test_tmp_path("b.sqlite"), &err), KG_OK, "%s", err.msg);
    /* and over an existing database: replaced, not appended to */
    cr_assert_eq(kg_write_sqlite(g, kg_test_tmp_path("b.sqlite"), &err), KG_OK, "%s", err.msg);
    a = ex_db(kg_test_tmp_path("a.sqlite"));
    b = ex_db(kg_test_tmp_path("b.sqlite"));
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        char *ra = ex_sql(a, q[i]), *rb = ex_sql(b, q[i]);
        cr_expect_str_eq(ra, rb, "%s", q[i]);
        free(ra);
        free(rb);
    }
    sqlite3_close(a);
    sqlite3_close(b);
    {
        char *l = ex_listing(kg_test_tmpdir());
        cr_expect_str_eq(l, "a.sqlite\nb.sqlite\n"); /* no journal left */
        free(l);
    }
    kg_graph_free(g);
}

/* ---- JSON ----------------------------------------------------------- */

Test(exports, json_is_node_link_with_escaped_strings_and_numbers)
{
    kg_graph *g = ex_graph();
    kg_error err = {0};

    cr_assert_eq(kg_write_json(g, kg_test_tmp_path("g.json"), &err), KG_OK, "%s", err.msg);
    ex_expect_file(kg_test_tmp_path("g.json"),
                   "{\n"
                   "  \"directed\": true,\n"
                   "  \"multigraph\": true,\n"
                   "  \"graph\": {\"generator\": \"kamergraph " KG_VERSION "\"},\n"
                   "  \"nodes\": [\n"
                   "    {\"id\": \"kst-36901-1\", \"kind\": \"document\", \"label\": \"Brief over \\\"zorg\\\", toezicht en \xc3\xa9\xc3\xa9n <regel>\", \"url\": \"https://zoek.officielebekendmakingen.nl/kst-36901-1.html\", \"file\": \"brieven/kst-36901-1.txt\", \"date\": \"2025-03-14\", \"subject\": \"Zorg, \\\"toezicht\\\" en meer\", \"citing_docs\": null, \"pagerank\": 0.1, \"asker\": \"\", \"party\": \"\"},\n"
                   "    {\"id\": \"dossier-36901\", \"kind\": \"dossier\", \"label\": \"36901\", \"url\": \"https://zoek.officielebekendmakingen.nl/dossier/36901\", \"file\": \"\", \"date\": \"\", \"subject\": \"\", \"citing_docs\": null, \"pagerank\": null, \"asker\": \"\", \"party\": \"\"},\n"
                   "    {\"id\": \"kst-31490-359\", \"kind\": \"kamerstuk\", \"label\": \"31490-359\", \"url\": \"https://zoek.officielebekendmakingen.nl/kst-31490-359.html\", \"file\": \"\", \"date\": \"\", \"subject\": \"\", \"citing_docs\": 2, \"pagerank\": 1e-07, \"asker\": \"\", \"party\": \"\"},\n"
                   "    {\"id\": \"dossier-31490\", \"kind\": \"dossier\", \"label\": \"31490\", \"url\": \"\", \"file\": \"\", \"date\": \"\", \"subject\": \"\", \"citing_docs\": null, \"pagerank\": null, \"asker\": \"\", \"party\": \"\"},\n"
                   "    {\"id\": \"002\", \"kind\": \"document\", \"label\": \"Antwoorden \xe2\x80\x93 vragen \\\\ deel 2\", \"url\": \"\", \"file\": \"002_e2ac55ca792ad97b.txt\", \"date\": \"2025-09-01\", \"subject\": \"regel\\u2028twee\", \"citing_docs\": null, \"pagerank\": null, \"asker\": \"\", \"party\": \"\"},\n"
                   "    {\"id\": \"motie:sneller+vermeer\", \"kind\": \"motie\", \"label\": \"motie Sneller/Vermeer\", \"url\": \"\", \"file\": \"\", \"date\": \"\", \"subject\": \"\", \"citing_docs\": null, \"pagerank\": null, \"asker\": \"\", \"party\": \"\"},\n"
                   "    {\"id\": \"002#vraag-3\", \"kind\": \"vraag\", \"label\": \"vraag 3\", \"url\": \"\", \"file\": \"\", \"date\": \"\", \"subject\": \"\", \"citing_docs\": null, \"pagerank\": null, \"asker\": \"Vermeer\", \"party\": \"BBB\"}\n"
                   "  ],\n"
                   "  \"links\": [\n"
                   "    {\"source\": \"kst-36901-1\", \"target\": \"dossier-36901\", \"kind\": \"part_of\", \"weight\": 1, \"resolved_by\": \"\", \"evidence\": \"\"},\n"
                   "    {\"source\": \"kst-36901-1\", \"target\": \"dossier-36901\", \"kind\": \"cites\", \"weight\": 1, \"resolved_by\": \"\", \"evidence\": \"\"},\n"
                   "    {\"source\": \"kst-36901-1\", \"target\": \"kst-31490-359\", \"kind\": \"cites\", \"weight\": 2, \"resolved_by\": \"\", \"evidence\": \"\"},\n"
                   "    {\"source\": \"kst-31490-359\", \"target\": \"dossier-31490\", \"kind\": \"part_of\", \"weight\": 1, \"resolved_by\": \"\", \"evidence\": \"\"},\n"
                   "    {\"source\": \"002\", \"target\": \"kst-36901-1\", \"kind\": \"cites\", \"weight\": 1, \"resolved_by\": \"footnote\", \"evidence\": \"line 12: (Kamerstuk 36901-1)\"},\n"
                   "    {\"source\": \"002\", \"target\": \"kst-31490-359\", \"kind\": \"cites\", \"weight\": 3, \"resolved_by\": \"\", \"evidence\": \"\"},\n"
                   "    {\"source\": \"002\", \"target\": \"motie:sneller+vermeer\", \"kind\": \"cites\", \"weight\": 1, \"resolved_by\": \"\", \"evidence\": \"\"},\n"
                   "    {\"source\": \"002#vraag-3\", \"target\": \"002\", \"kind\": \"part_of\", \"weight\": 1, \"resolved_by\": \"\", \"evidence\": \"\"},\n"
                   "    {\"source\": \"002\", \"target\": \"002#vraag-3\", \"kind\": \"refers_to\", \"weight\": 1, \"resolved_by\": \"\", \"evidence\": \"\"}\n"
                   "  ]\n"
                   "}\n");
    kg_graph_free(g);
}

Test(exports, json_of_a_graph_without_parallel_edges_is_no_multigraph)
{
    kg_graph *g = kg_graph_create();
    kg_error err = {0};

    cr_assert_eq(kg_write_json(g, kg_test_tmp_path("e.json"), &err), KG_OK, "%s", err.msg);
    ex_expect_file(kg_test_tmp_path("e.json"),
                   "{\n"
                   "  \"directed\": true,\n"
                   "  \"multigraph\": false,\n"
                   "  \"graph\": {\"generator\": \"kamergraph " KG_VERSION "\"},\n"
                   "  \"nodes\": [],\n"
                   "  \"links\": []\n"
                   "}\n");
    cr_assert_eq(kg_graph_add_node(g, "a", "document", "A", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "b", "kamerstuk", "B", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "a", "b", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "b", "a", "cites"), KG_OK);
    cr_assert_eq(kg_write_json(g, kg_test_tmp_path("e.json"), &err), KG_OK, "%s", err.msg);
    ex_expect_file(kg_test_tmp_path("e.json"),
                   "{\n"
                   "  \"directed\": true,\n"
                   "  \"multigraph\": false,\n"
                   "  \"graph\": {\"generator\": \"kamergraph " KG_VERSION "\"},\n"
                   "  \"nodes\": [\n"
                   "    {\"id\": \"a\", \"kind\": \"document\", \"label\": \"A\", \"url\": \"\", \"file\": \"\"},\n"
                   "    {\"id\": \"b\", \"kind\": \"kamerstuk\", \"label\": \"B\", \"url\": \"\", \"file\": \"\"}\n"
                   "  ],\n"
                   "  \"links\": [\n"
                   "    {\"source\": \"a\", \"target\": \"b\", \"kind\": \"cites\", \"weight\": 1},\n"
                   "    {\"source\": \"b\", \"target\": \"a\", \"kind\": \"cites\", \"weight\": 1}\n"
                   "  ]\n"
                   "}\n");
    kg_graph_free(g);
}

/* ---- CSV ------------------------------------------------------------ */

Test(exports, csv_writes_a_nodes_and_an_edges_file_next_to_the_path)
{
    kg_graph *g = ex_graph();
    kg_error err = {0};
    char *l;

    cr_assert_eq(kg_write_csv(g, kg_test_tmp_path("g.csv"), &err), KG_OK, "%s", err.msg);
    ex_expect_file(kg_test_tmp_path("g-nodes.csv"),
                   "id,kind,label,url,file,date,subject,citing_docs,pagerank,asker,party\r\n"
                   "kst-36901-1,document,\"Brief over \"\"zorg\"\", toezicht en \xc3\xa9\xc3\xa9n <regel>\",https://zoek.officielebekendmakingen.nl/kst-36901-1.html,brieven/kst-36901-1.txt,2025-03-14,\"Zorg, \"\"toezicht\"\" en meer\",,0.1,,\r\n"
                   "dossier-36901,dossier,36901,https://zoek.officielebekendmakingen.nl/dossier/36901,,,,,,,\r\n"
                   "kst-31490-359,kamerstuk,31490-359,https://zoek.officielebekendmakingen.nl/kst-31490-359.html,,,,2,1e-07,,\r\n"
                   "dossier-31490,dossier,31490,,,,,,,,\r\n"
                   "002,document,Antwoorden \xe2\x80\x93 vragen \\ deel 2,,002_e2ac55ca792ad97b.txt,2025-09-01,regel\xe2\x80\xa8twee,,,,\r\n"
                   "motie:sneller+vermeer,motie,motie Sneller/Vermeer,,,,,,,,\r\n"
                   "002#vraag-3,vraag,vraag 3,,,,,,,Vermeer,BBB\r\n");
    ex_expect_file(kg_test_tmp_path("g-edges.csv"),
                   "source,target,kind,weight,resolved_by,evidence\r\n"
                   "kst-36901-1,dossier-36901,part_of,1,,\r\n"
                   "kst-36901-1,dossier-36901,cites,1,,\r\n"
                   "kst-36901-1,kst-31490-359,cites,2,,\r\n"
                   "kst-31490-359,dossier-31490,part_of,1,,\r\n"
                   "002,kst-36901-1,cites,1,footnote,line 12: (Kamerstuk 36901-1)\r\n"
                   "002,kst-31490-359,cites,3,,\r\n"
                   "002,motie:sneller+vermeer,cites,1,,\r\n"
                   "002#vraag-3,002,part_of,1,,\r\n"
                   "002,002#vraag-3,refers_to,1,,\r\n");
    /* a name without .csv gets the suffixes appended */
    cr_assert_eq(kg_write_csv(g, kg_test_tmp_path("graph"), &err), KG_OK, "%s", err.msg);
    l = ex_listing(kg_test_tmpdir());
    cr_expect_str_eq(l, "g-edges.csv\ng-nodes.csv\ngraph-edges.csv\ngraph-nodes.csv\n");
    free(l);
    kg_graph_free(g);
}

/* ---- every format --------------------------------------------------- */

Test(exports, text_formats_written_twice_are_byte_identical)
{
    static const char *const files[][2] = {
        {"a.gexf", "b.gexf"}, {"a.json", "b.json"},
        {"a-nodes.csv", "b-nodes.csv"}, {"a-edges.csv", "b-edges.csv"},
    };
    kg_graph *g = ex_graph();
    kg_error err = {0};

    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("a.gexf"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_json(g, kg_test_tmp_path("a.json"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_csv(g, kg_test_tmp_path("a.csv"), &err), KG_OK, "%s", err.msg);
    kg_graph_free(g);
    g = ex_graph(); /* a graph built again, the same */
    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("b.gexf"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_json(g, kg_test_tmp_path("b.json"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_csv(g, kg_test_tmp_path("b.csv"), &err), KG_OK, "%s", err.msg);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t la, lb;
        char *a = kg_test_slurp(kg_test_tmp_path(files[i][0]), &la);
        char *b = kg_test_slurp(kg_test_tmp_path(files[i][1]), &lb);
        cr_expect(la == lb && memcmp(a, b, la) == 0, "%s and %s differ", files[i][0],
                  files[i][1]);
        free(a);
        free(b);
    }
    kg_graph_free(g);
}

Test(exports, extras_named_like_a_column_are_renamed_in_every_format)
{
    kg_graph *g = kg_graph_create();
    kg_error err = {0};
    sqlite3 *db;
    ex_xml x;
    char *s;

    cr_assert_eq(kg_graph_add_node(g, "a", "document", "A", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "b", "kamerstuk", "B", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "a", "b", "cites"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "a", "Kind", "x"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "a", "b", "cites", "source", "y"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "a", "b", "cites", "source_2", "z"), KG_OK);
    cr_assert_eq(kg_write_csv(g, kg_test_tmp_path("r.csv"), &err), KG_OK, "%s", err.msg);
    ex_expect_file(kg_test_tmp_path("r-nodes.csv"),
                   "id,kind,label,url,file,Kind_2\r\n"
                   "a,document,A,,,x\r\n"
                   "b,kamerstuk,B,,,\r\n");
    ex_expect_file(kg_test_tmp_path("r-edges.csv"),
                   "source,target,kind,weight,source_2,source_2_2\r\n"
                   "a,b,cites,1,y,z\r\n");
    db = ex_sqlite(g, "r.sqlite");
    ex_expect_sql(db, "SELECT Kind_2 FROM nodes WHERE id = 'a'", "x\n");
    ex_expect_sql(db, "SELECT source, source_2, source_2_2 FROM edges", "a|y|z\n");
    sqlite3_close(db);
    cr_assert_eq(kg_write_json(g, kg_test_tmp_path("r.json"), &err), KG_OK, "%s", err.msg);
    s = kg_test_slurp(kg_test_tmp_path("r.json"), NULL);
    cr_expect_not_null(strstr(s, "{\"source\": \"a\", \"target\": \"b\", \"kind\": \"cites\","
                                 " \"weight\": 1, \"source_2\": \"y\", \"source_2_2\": \"z\"}"), "%s", s);
    cr_expect_not_null(strstr(s, "\"file\": \"\", \"Kind_2\": \"x\"}"), "%s", s);
    free(s);
    cr_assert_eq(kg_write_gexf(g, kg_test_tmp_path("r.gexf"), &err), KG_OK, "%s", err.msg);
    x = ex_xml_open(kg_test_tmp_path("r.gexf"));
    ex_expect_x(&x, "x", "//g:node[@id='a']/g:attvalues/g:attvalue[@for='Kind_2']/@value");
    ex_expect_x(&x, "Kind_2", "//g:attributes[@class='node']/g:attribute[5]/@title");
    ex_xml_close(&x);
    kg_graph_free(g);
}

typedef kg_status (*ex_writer)(const kg_graph *, const char *, kg_error *);

static const struct {
    const char *name;
    ex_writer write;
    const char *file;   /* what the writer was given */
    const char *failed; /* the file the message names */
} ex_writers[] = {
    {"gexf", kg_write_gexf, "g.gexf", "g.gexf"},
    {"sqlite", kg_write_sqlite, "g.sqlite", "g.sqlite"},
    {"json", kg_write_json, "g.json", "g.json"},
    {"csv", kg_write_csv, "g.csv", "g-nodes.csv"},
};

Test(exports, writing_into_a_missing_directory_fails_with_the_path_and_leaves_nothing)
{
    kg_graph *g = ex_graph();

    for (size_t i = 0; i < sizeof ex_writers / sizeof ex_writers[0]; i++) {
        kg_error err = {0};
        char path[600], named[600], *l;

        snprintf(path, sizeof path, "%s/nope/%s", kg_test_tmpdir(), ex_writers[i].file);
        snprintf(named, sizeof named, "%s/nope/%s", kg_test_tmpdir(), ex_writers[i].failed);
        cr_expect_eq(ex_writers[i].write(g, path, &err), KG_ERR_IO, "%s", ex_writers[i].name);
        cr_expect_eq(err.code, KG_ERR_IO, "%s", ex_writers[i].name);
        cr_expect_not_null(strstr(err.msg, named), "%s: %s", ex_writers[i].name, err.msg);
        cr_expect_null(strchr(err.msg, '\n'), "%s: %s", ex_writers[i].name, err.msg);
        l = ex_listing(kg_test_tmpdir());
        cr_expect_str_eq(l, "", "%s", ex_writers[i].name);
        free(l);
    }
    kg_graph_free(g);
}

Test(exports, a_failed_rename_leaves_no_temporary_file_and_no_half_pair)
{
    kg_graph *g = ex_graph();

    /* a directory where the file should go: everything is written, the
     * rename fails */
    for (size_t i = 0; i < sizeof ex_writers / sizeof ex_writers[0]; i++) {
        kg_error err = {0};
        char *l, want[64];

        cr_assert_eq(mkdir(kg_test_tmp_path(ex_writers[i].failed), 0755), 0);
        cr_expect_eq(ex_writers[i].write(g, kg_test_tmp_path(ex_writers[i].file), &err), KG_ERR_IO,
                     "%s", ex_writers[i].name);
        cr_expect_not_null(strstr(err.msg, kg_test_tmp_path(ex_writers[i].failed)), "%s: %s",
                           ex_writers[i].name, err.msg);
        l = ex_listing(kg_test_tmpdir());
        snprintf(want, sizeof want, "%s\n", ex_writers[i].failed);
        /* for CSV: the edges file did not appear without its nodes file */
        cr_expect_str_eq(l, want, "%s", ex_writers[i].name);
        free(l);
        cr_assert_eq(rmdir(kg_test_tmp_path(ex_writers[i].failed)), 0);
    }
    kg_graph_free(g);
}

/* A suite of its own: its init also catches stdout and stderr. */
static void ex_quiet_setup(void)
{
    ex_setup();
    cr_redirect_stdout();
    cr_redirect_stderr();
}

TestSuite(exports_quiet, .init = ex_quiet_setup, .fini = kg_test_tmpdir_remove);

Test(exports_quiet, writers_print_nothing_on_success_or_failure)
{
    kg_graph *g = ex_graph();

    for (size_t i = 0; i < sizeof ex_writers / sizeof ex_writers[0]; i++) {
        kg_error err = {0};
        char path[600];

        cr_expect_eq(ex_writers[i].write(g, kg_test_tmp_path(ex_writers[i].file), &err), KG_OK,
                     "%s: %s", ex_writers[i].name, err.msg);
        snprintf(path, sizeof path, "%s/nope/%s", kg_test_tmpdir(), ex_writers[i].file);
        cr_expect_eq(ex_writers[i].write(g, path, &err), KG_ERR_IO, "%s", ex_writers[i].name);
    }
    kg_graph_free(g);
    fflush(stdout);
    fflush(stderr);
    cr_expect_stdout_eq_str("");
    cr_expect_stderr_eq_str("");
}
