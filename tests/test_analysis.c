/*
 * Tests for the analysis (src/analysis.c: kg_graph_analyse, ranking by
 * PageRank and authority), the numeric node attributes (src/graph.c) and
 * the views (src/views.c), on small graphs built by hand and on examples/.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <igraph/igraph.h>

#include "graph_internal.h" /* the tables, to read views edge by edge */
#include "kamergraph/kamergraph.h"
#include "examples.h"
#include "tmpdir.h"

/* ---- fixtures ------------------------------------------------------- */

/* Three letters and what they cite. Ids sort otherwise than the nodes
 * come (kst-100-1 < kst-200-1 < kst-300-1 < ...), so that "from the
 * smaller id" and "in node order" differ.
 *
 *   node  id           kind       edges out
 *   0 A   kst-300-1    document   cites K1 (2x), M, C; refers_to Q
 *   1 B   kst-100-1    document   cites K1, K2, C
 *   2 C   kst-200-1    document   cites K1, D
 *   3 K1  kst-10-1     kamerstuk  part_of D
 *   4 K2  kst-10-2     kamerstuk  part_of D, part_of E (joint)
 *   5 D   dossier-10   dossier
 *   6 E   dossier-20   dossier
 *   7 M   motie:x      motie
 *   8 Q   kst-300-1#vraag-1  vraag  part_of A
 */
#define A "kst-300-1"
#define B "kst-100-1"
#define C "kst-200-1"
#define K1 "kst-10-1"
#define K2 "kst-10-2"
#define D "dossier-10"
#define E "dossier-20"
#define M "motie:x"
#define Q "kst-300-1#vraag-1"

static void an_node(kg_graph *g, const char *id, const char *kind)
{
    cr_assert_eq(kg_graph_add_node(g, id, kind, id, NULL, NULL), KG_OK, "%s", id);
}

static void an_edge(kg_graph *g, const char *from, const char *to, const char *kind)
{
    cr_assert_eq(kg_graph_add_citation(g, from, to, kind), KG_OK, "%s -> %s", from, to);
}

static kg_graph *an_fixture(void)
{
    kg_graph *g = kg_graph_create();

    cr_assert_not_null(g);
    an_node(g, A, "document");
    an_node(g, B, "document");
    an_node(g, C, "document");
    an_node(g, K1, "kamerstuk");
    an_node(g, K2, "kamerstuk");
    an_node(g, D, "dossier");
    an_node(g, E, "dossier");
    an_node(g, M, "motie");
    an_node(g, Q, "vraag");
    an_edge(g, A, K1, "cites");
    an_edge(g, A, K1, "cites");
    an_edge(g, A, M, "cites");
    an_edge(g, A, C, "cites");
    an_edge(g, A, Q, "refers_to");
    an_edge(g, Q, A, "part_of");
    an_edge(g, B, K1, "cites");
    an_edge(g, B, K2, "cites");
    an_edge(g, B, C, "cites");
    an_edge(g, C, K1, "cites");
    an_edge(g, C, D, "cites");
    an_edge(g, K1, D, "part_of");
    an_edge(g, K2, D, "part_of");
    an_edge(g, K2, E, "part_of");
    cr_assert_eq(kg_graph_set_node_attr(g, C, "date", "2025-01-02"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, B, C, "cites", "resolved_by", "inline"), KG_OK);
    return g;
}

static void an_analyse(kg_graph *g)
{
    kg_error err = {0};
    cr_assert_eq(kg_graph_analyse(g, &err), KG_OK, "%s", err.msg);
}

static double an_num(const kg_graph *g, const char *id, const char *name)
{
    double v = NAN;
    cr_assert(kg_graph_node_num(g, id, name, &v), "%s has no %s", id, name);
    return v;
}

/* The view's edges as "from>to:kind:weight" joined by spaces, in order. */
static char *an_edges(const kg_graph *g)
{
    static char buf[8192];
    size_t len = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s>%s:%s:%u",
                                i ? " " : "", g->nodes[e->from].id,
                                g->nodes[e->to].id, e->kind, e->weight);
        cr_assert(len < sizeof buf);
    }
    return buf;
}

/* The view's nodes as "id(kind)" joined by spaces, in order. */
static char *an_nodes(const kg_graph *g)
{
    static char buf[8192];
    size_t len = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < g->n_nodes; i++) {
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s(%s)", i ? " " : "",
                                g->nodes[i].id, g->nodes[i].kind);
        cr_assert(len < sizeof buf);
    }
    return buf;
}

static kg_graph *an_view(kg_graph *g, kg_view v)
{
    kg_error err = {0};
    kg_graph *w = kg_graph_view(g, v, &err);
    cr_assert_not_null(w, "%s: %s", kg_view_name(v), err.msg);
    return w;
}

/* ---- numeric attributes --------------------------------------------- */

Test(analysis, numeric_attributes_are_typed_and_written_as_numbers)
{
    kg_graph *g = an_fixture();
    char dir[] = "/tmp/kg-test-analysis-XXXXXX";
    char dot[64], graphml[64];
    kg_error err = {0};
    double v;

    cr_assert_eq(kg_graph_set_node_num(g, A, "score", 0.1234567891), KG_OK);
    cr_assert_eq(kg_graph_set_node_int(g, B, "rank", 1234567), KG_OK);
    cr_assert_eq(kg_graph_set_node_int(g, C, "rank", 9007199254740991LL), KG_OK); /* 2^53 - 1 */
    /* the type is fixed by the first use */
    cr_expect_eq(kg_graph_set_node_int(g, A, "score", 1), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_attr(g, A, "score", "x"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_num(g, A, "date", 1.0), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_num(g, A, "score", NAN), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_num(g, A, "label", 1.0), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_num(g, "nobody", "score", 1.0), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_int(g, A, "big", 1LL << 60), KG_ERR_USAGE);

    cr_assert(kg_graph_node_num(g, A, "score", &v));
    cr_expect_eq(v, 0.1234567891);
    cr_expect_not(kg_graph_node_num(g, B, "score", &v)); /* B has none */
    cr_expect_not(kg_graph_node_num(g, C, "date", &v));  /* text */

    cr_assert_not_null(mkdtemp(dir));
    snprintf(dot, sizeof dot, "%s/g.dot", dir);
    snprintf(graphml, sizeof graphml, "%s/g.graphml", dir);
    cr_assert_eq(kg_write_dot(g, dot, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_graphml(g, graphml, &err), KG_OK, "%s", err.msg);
    char *d = kg_test_slurp(dot, NULL), *x = kg_test_slurp(graphml, NULL);
    cr_expect_not_null(strstr(d, "score=0.123457"), "%s", d);
    cr_expect_not_null(strstr(d, "rank=1234567"), "%s", d);
    cr_expect_not_null(strstr(x, "attr.name=\"score\" attr.type=\"double\""), "%s", x);
    /* integers are "long": networkx reads int, Gephi Long, every digit kept */
    cr_expect_not_null(strstr(x, "attr.name=\"rank\" attr.type=\"long\""), "%s", x);
    cr_expect_not_null(strstr(x, "attr.name=\"weight\" attr.type=\"long\""), "%s", x);
    cr_expect_not_null(strstr(x, "attr.name=\"date\" attr.type=\"string\""));
    cr_expect_not_null(strstr(x, ">1234567</data>"));
    cr_expect_not_null(strstr(x, ">9007199254740991</data>"));
    free(d);
    free(x);
    unlink(dot);
    unlink(graphml);
    rmdir(dir);
    kg_graph_free(g);
}

/* ---- kg_graph_analyse ----------------------------------------------- */

Test(analysis, analyse_counts_citations_as_rank_does)
{
    kg_graph *g = an_fixture();

    an_analyse(g);
    /* in_degree: documents citing it directly */
    cr_expect_eq(an_num(g, A, "in_degree"), 0);
    cr_expect_eq(an_num(g, C, "in_degree"), 2);
    cr_expect_eq(an_num(g, K1, "in_degree"), 3);
    cr_expect_eq(an_num(g, K2, "in_degree"), 1);
    cr_expect_eq(an_num(g, D, "in_degree"), 1);
    cr_expect_eq(an_num(g, E, "in_degree"), 0);
    cr_expect_eq(an_num(g, Q, "in_degree"), 0); /* refers_to is no citation */
    /* citing_docs and mentions: a dossier also through its Kamerstukken */
    cr_expect_eq(an_num(g, D, "citing_docs"), 3);
    cr_expect_eq(an_num(g, D, "mentions"), 6); /* A-K1 2, B-K1, B-K2, C-K1, C-D */
    cr_expect_eq(an_num(g, E, "citing_docs"), 1);
    cr_expect_eq(an_num(g, E, "mentions"), 1);
    cr_expect_eq(an_num(g, K1, "citing_docs"), 3);
    cr_expect_eq(an_num(g, K1, "mentions"), 4);
    cr_expect_eq(an_num(g, A, "citing_docs"), 0);
    kg_graph_free(g);
}

Test(analysis, pagerank_sums_to_one_and_ranks_the_most_cited_first)
{
    kg_graph *g = an_fixture();
    kg_rank_row rows[16];
    double sum = 0;

    an_analyse(g);
    for (size_t i = 0; i < g->n_nodes; i++)
        sum += an_num(g, g->nodes[i].id, "pagerank");
    cr_expect(fabs(sum - 1) < 1e-9, "sum %.17g", sum);

    size_t n = kg_graph_rank(g, KG_RANK_PAGERANK, NULL, rows, 16);
    cr_assert_eq(n, 6); /* the cited ones: C K1 K2 D E M (E through K2) */
    cr_expect_str_eq(rows[0].id, K1);
    cr_expect_eq(rows[0].score, an_num(g, K1, "pagerank"));
    for (size_t i = 1; i < n; i++) {
        cr_expect(rows[i - 1].score >= rows[i].score, "row %zu", i);
        cr_expect_eq(rows[i].score, an_num(g, rows[i].id, "pagerank"), "%s", rows[i].id);
    }
    /* Without citations every node has the same PageRank. */
    cr_expect_eq(an_num(g, A, "pagerank"), an_num(g, B, "pagerank"));
    kg_graph_free(g);
}

/* Ranking examples/ by PageRank: the Kamerstuk four letters cite first,
 * and the whole graph sums to one. */
Test(analysis, pagerank_on_examples)
{
    kg_graph *g = kg_test_examples_graph();
    kg_rank_row rows[8];
    double sum = 0;

    an_analyse(g);
    for (size_t i = 0; i < g->n_nodes; i++)
        sum += an_num(g, g->nodes[i].id, "pagerank");
    cr_expect(fabs(sum - 1) < 1e-9, "sum %.17g", sum);
    cr_assert_eq(kg_graph_rank(g, KG_RANK_PAGERANK, NULL, rows, 3), 3);
    cr_expect_str_eq(rows[0].id, "kst-36901-1");
    cr_expect_str_eq(rows[1].id, "kst-36902-1");
    cr_expect_str_eq(rows[2].id, "kst-31490-359");
    cr_expect(rows[0].score > rows[1].score && rows[1].score > rows[2].score);
    kg_graph_free(g);
}

Test(analysis, authority_top_is_the_most_cited)
{
    kg_graph *g = an_fixture();
    const char *const docs[] = {"document", NULL};
    kg_rank_row rows[8];

    an_analyse(g);
    cr_assert_gt(kg_graph_rank(g, KG_RANK_AUTHORITY, NULL, rows, 8), 0);
    cr_expect_str_eq(rows[0].id, K1);
    cr_expect_eq(rows[0].score, 1); /* scaled: the largest is 1 */
    cr_expect_eq(an_num(g, K1, "authority"), 1);
    /* A mentions the most, K1 twice: the top hub */
    cr_expect_eq(an_num(g, A, "hub"), 1);
    cr_expect_lt(an_num(g, B, "hub"), 1);
    cr_expect_eq(an_num(g, K1, "hub"), 0);
    cr_assert_eq(kg_graph_rank(g, KG_RANK_AUTHORITY, docs, rows, 8), 1);
    cr_expect_str_eq(rows[0].id, C);
    kg_graph_free(g);

    g = kg_test_examples_graph();
    cr_assert_eq(kg_graph_rank(g, KG_RANK_AUTHORITY, NULL, rows, 2), 2);
    cr_expect_str_eq(rows[0].id, "kst-36901-1"); /* cited by all four others */
    cr_expect_str_eq(rows[0].kind, "document");
    cr_expect_eq(rows[0].score, 1);
    cr_expect_lt(rows[1].score, 1);
    kg_graph_free(g);
}

Test(analysis, rank_score_is_the_key_for_counts)
{
    kg_graph *g = an_fixture();
    kg_rank_row rows[8];

    cr_assert_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, NULL, rows, 8), 6);
    cr_expect_str_eq(rows[0].id, D); /* 3 documents, 6 mentions */
    cr_expect_eq(rows[0].score, 3);
    cr_expect_str_eq(rows[1].id, K1); /* 3 documents, 4 mentions */
    cr_assert_eq(kg_graph_rank(g, KG_RANK_MENTIONS, NULL, rows, 8), 6);
    cr_expect_str_eq(rows[0].id, D);
    cr_expect_eq(rows[0].score, 6);
    kg_graph_free(g);
}

/* Two groups of five letters that all cite each other, joined by one
 * citation: Leiden puts each group in a community of its own. */
Test(analysis, leiden_finds_two_obvious_clusters)
{
    kg_graph *g = kg_graph_create();
    char id[2][16];

    for (int i = 0; i < 10; i++) {
        snprintf(id[0], sizeof id[0], "doc-%d", i);
        an_node(g, id[0], "document");
    }
    for (int c = 0; c < 2; c++)
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++)
                if (i != j) {
                    snprintf(id[0], sizeof id[0], "doc-%d", 5 * c + i);
                    snprintf(id[1], sizeof id[1], "doc-%d", 5 * c + j);
                    an_edge(g, id[0], id[1], "cites");
                }
    an_edge(g, "doc-4", "doc-5", "cites");
    an_analyse(g);
    for (int i = 0; i < 10; i++) {
        snprintf(id[0], sizeof id[0], "doc-%d", i);
        cr_expect_eq(an_num(g, id[0], "community"), i < 5 ? 0 : 1, "%s", id[0]);
    }
    kg_graph_free(g);
}

Test(analysis, analysis_is_the_same_in_two_runs)
{
    kg_graph *g1 = kg_test_examples_graph(), *g2 = kg_test_examples_graph();
    static const char *const names[] = {"in_degree", "citing_docs", "mentions", "pagerank",
                                        "authority", "hub",       "community"};
    unsigned max_community = 0;

    an_analyse(g1);
    an_analyse(g2);
    an_analyse(g2); /* again on the same graph: the same values */
    cr_assert_eq(g1->n_nodes, g2->n_nodes);
    for (size_t i = 0; i < g1->n_nodes; i++) {
        const char *id = g1->nodes[i].id;
        cr_assert_str_eq(id, g2->nodes[i].id);
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
            cr_expect_eq(an_num(g1, id, names[k]), an_num(g2, id, names[k]), "%s %s", id,
                         names[k]);
        /* numbered in order of first node: each new label is the next */
        unsigned c = (unsigned)an_num(g1, id, "community");
        cr_expect_leq(c, max_community + (i > 0), "%s", id);
        if (c > max_community)
            max_community = c;
    }
    cr_expect_eq(an_num(g1, g1->nodes[0].id, "community"), 0);
    cr_expect_gt(max_community, 0); /* examples/ is not one blob */
    kg_graph_free(g1);
    kg_graph_free(g2);
}

Test(analysis, analyse_an_empty_graph_and_without_edges)
{
    kg_graph *g = kg_graph_create();
    kg_rank_row rows[2];

    an_analyse(g);
    cr_expect_eq(kg_graph_rank(g, KG_RANK_PAGERANK, NULL, rows, 2), 0);
    an_node(g, "a", "document");
    an_node(g, "b", "document");
    an_analyse(g);
    cr_expect_eq(an_num(g, "a", "pagerank"), 0.5);
    cr_expect_eq(an_num(g, "a", "community"), 0);
    cr_expect_eq(an_num(g, "b", "community"), 1);
    kg_graph_free(g);
}

/* ---- views ---------------------------------------------------------- */

Test(views, names)
{
    kg_view v;

    cr_expect_str_eq(kg_view_name(KG_VIEW_FULL), "full");
    cr_expect_str_eq(kg_view_name(KG_VIEW_COCITATION), "cocitation");
    cr_expect(kg_view_parse("coupling", &v));
    cr_expect_eq(v, KG_VIEW_COUPLING);
    cr_expect(kg_view_parse("letters", &v));
    cr_expect_eq(v, KG_VIEW_LETTERS);
    cr_expect_not(kg_view_parse("letter", &v));
    cr_expect_null(kg_view_name((kg_view)99));
}

Test(views, full_is_a_copy_that_writes_the_same_files)
{
    kg_graph *g = an_fixture();
    char dir[] = "/tmp/kg-test-views-XXXXXX";
    char p[4][64];
    kg_error err = {0};

    an_analyse(g);
    kg_graph *w = an_view(g, KG_VIEW_FULL);
    cr_expect_str_eq(an_nodes(w), an_nodes(g));
    cr_expect_str_eq(an_edges(w), an_edges(g));
    cr_assert_not_null(mkdtemp(dir));
    snprintf(p[0], sizeof p[0], "%s/a.dot", dir);
    snprintf(p[1], sizeof p[1], "%s/b.dot", dir);
    snprintf(p[2], sizeof p[2], "%s/a.graphml", dir);
    snprintf(p[3], sizeof p[3], "%s/b.graphml", dir);
    cr_assert_eq(kg_write_dot(g, p[0], &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_dot(w, p[1], &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_graphml(g, p[2], &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_graphml(w, p[3], &err), KG_OK, "%s", err.msg);
    for (int i = 0; i < 4; i += 2) {
        char *a = kg_test_slurp(p[i], NULL), *b = kg_test_slurp(p[i + 1], NULL);
        cr_expect_str_eq(a, b, "%s", p[i]);
        free(a);
        free(b);
    }
    for (int i = 0; i < 4; i++)
        unlink(p[i]);
    rmdir(dir);
    kg_graph_free(w);
    kg_graph_free(g);
}

Test(views, letters)
{
    kg_graph *g = an_fixture();
    kg_graph *w = an_view(g, KG_VIEW_LETTERS);
    const kg_gextra *x;

    cr_expect_str_eq(an_nodes(w), A "(document) " B "(document) " C "(document)");
    cr_expect_str_eq(an_edges(w), A ">" C ":cites:1 " B ">" C ":cites:1");
    /* attributes come along: the node's date, the edge's resolved_by */
    cr_assert_eq(w->node_attrs.n, 1);
    cr_expect_str_eq(kg_gextra_get(&w->nodes[2].extra, 0), "2025-01-02");
    cr_expect_str_eq(w->nodes[2].label, C);
    cr_assert_eq(w->edge_attrs.n, 1);
    x = &w->edges[1].extra;
    cr_expect_str_eq(kg_gextra_get(x, 0), "inline");
    kg_graph_free(w);
    kg_graph_free(g);
}

Test(views, dossiers)
{
    kg_graph *g = an_fixture();
    kg_graph *w = an_view(g, KG_VIEW_DOSSIERS);

    cr_expect_str_eq(an_nodes(w), A "(document) " B "(document) " C "(document) " D
                                    "(dossier) " E "(dossier)");
    /* A: K1 twice; B: K1 and K2 (and K2 also in E); C: K1 and D itself */
    cr_expect_str_eq(an_edges(w), A ">" D ":cites:2 " B ">" D ":cites:2 " B ">" E
                                    ":cites:1 " C ">" D ":cites:2");
    kg_graph_free(w);
    kg_graph_free(g);
}

Test(views, coupling)
{
    kg_graph *g = an_fixture();
    kg_graph *w = an_view(g, KG_VIEW_COUPLING);

    /* A cites K1 M C, B cites K1 K2 C, C cites K1 (D is a dossier):
     * A-B share K1 and C, A-C and B-C share K1; from the smaller id */
    cr_expect_str_eq(an_nodes(w), A "(document) " B "(document) " C "(document)");
    cr_expect_str_eq(an_edges(w), B ">" A ":coupling:2 " B ">" C ":coupling:1 " C ">" A
                                    ":coupling:1");
    kg_graph_free(w);
    kg_graph_free(g);
}

Test(views, cocitation)
{
    kg_graph *g = an_fixture();
    kg_graph *w = an_view(g, KG_VIEW_COCITATION);

    /* cited by: C {A B}, K1 {A B C}, K2 {B}, M {A}; D is a dossier */
    cr_expect_str_eq(an_nodes(w), C "(document) " K1 "(kamerstuk) " K2 "(kamerstuk) " M
                                    "(motie)");
    cr_expect_str_eq(an_edges(w), C ">" M ":cocitation:1 " K1 ">" C ":cocitation:2 " K1
                                    ">" K2 ":cocitation:1 " K1 ">" M ":cocitation:1 " K2
                                    ">" C ":cocitation:1");
    kg_graph_free(w);
    kg_graph_free(g);
}

Test(views, views_keep_numeric_attributes)
{
    kg_graph *g = an_fixture();

    an_analyse(g);
    kg_graph *w = an_view(g, KG_VIEW_COUPLING);
    cr_expect_eq(an_num(w, C, "in_degree"), 2);
    cr_expect_eq(an_num(w, A, "pagerank"), an_num(g, A, "pagerank"));
    cr_expect_eq(kg_graph_set_node_attr(w, A, "pagerank", "x"), KG_ERR_USAGE);
    kg_graph_free(w);
    kg_graph_free(g);
}

/* A similarity view has no citations of its own: how often its nodes are
 * cited comes from the graph it was made from, its communities from its
 * own edges. */
Test(views, similarity_views_take_the_citation_figures_of_their_source)
{
    kg_error err = {0};
    kg_graph *ref = an_fixture();
    an_analyse(ref);

    kg_graph *g = an_fixture();
    kg_graph *w = an_view(g, KG_VIEW_COCITATION);
    cr_assert_eq(kg_graph_analyse_view(w, g, KG_VIEW_COCITATION, &err), KG_OK, "%s",
                 err.msg);
    /* K1 is cited by A (twice), B and C; C by A and B; M by A */
    cr_expect_eq(an_num(w, K1, "in_degree"), 3);
    cr_expect_eq(an_num(w, K1, "citing_docs"), 3);
    cr_expect_eq(an_num(w, K1, "mentions"), 4);
    cr_expect_eq(an_num(w, C, "citing_docs"), 2);
    cr_expect_eq(an_num(w, M, "mentions"), 1);
    const char *ids[] = {C, K1, K2, M};
    for (size_t i = 0; i < 4; i++) {
        cr_expect_eq(an_num(w, ids[i], "pagerank"), an_num(ref, ids[i], "pagerank"), "%s", ids[i]);
        cr_expect_eq(an_num(w, ids[i], "authority"), an_num(ref, ids[i], "authority"), "%s", ids[i]);
        cr_expect_eq(an_num(w, ids[i], "hub"), an_num(ref, ids[i], "hub"), "%s", ids[i]);
    }
    cr_expect_eq(an_num(w, K1, "authority"), 1);
    /* the four are linked by co-citation: one community, numbered 0 */
    for (size_t i = 0; i < 4; i++)
        cr_expect_eq(an_num(w, ids[i], "community"), 0, "%s", ids[i]);
    kg_graph_free(w);

    /* coupling: the letters keep how often they are cited (C by A and B) */
    w = an_view(g, KG_VIEW_COUPLING);
    cr_assert_eq(kg_graph_analyse_view(w, g, KG_VIEW_COUPLING, &err), KG_OK, "%s", err.msg);
    cr_expect_eq(an_num(w, C, "citing_docs"), 2);
    cr_expect_eq(an_num(w, A, "citing_docs"), 0);
    cr_expect_eq(an_num(w, B, "hub"), an_num(ref, B, "hub"));
    kg_graph_free(w);

    /* letters: analysed on its own edges (A -> C, B -> C: PageRank of
     * three nodes, not of the nine of the source) */
    w = an_view(g, KG_VIEW_LETTERS);
    cr_assert_eq(kg_graph_analyse_view(w, g, KG_VIEW_LETTERS, &err), KG_OK, "%s", err.msg);
    cr_expect_eq(an_num(w, C, "citing_docs"), 2);
    cr_expect_neq(an_num(w, C, "pagerank"), an_num(ref, C, "pagerank"));
    kg_graph_free(w);
    kg_graph_free(g);
    kg_graph_free(ref);
}

/* The letters view of examples/: the letter-to-letter citations one reads
 * off `kamergraph refs examples` (kst-36902-2 is antwoorden-wgo-bzk.txt,
 * named by its page footer). kst-36901-3 cites kst-36901-2 twice: once by
 * number, once as "de brief van 20 november 2025", the date of
 * kst-36901-2 alone. "de brief van 14 oktober 2025" in kst-36902-2 stays
 * a brief: node: two letters have that date. */
Test(views, letters_of_examples)
{
    kg_graph *g = kg_test_examples_graph();
    kg_graph *w = an_view(g, KG_VIEW_LETTERS);

    cr_expect_str_eq(an_nodes(w), "kst-36902-2(document) kst-36901-3(document) "
                                  "kst-36901-1(document) kst-36902-1(document) "
                                  "kst-36901-2(document)");
    cr_expect_str_eq(an_edges(w), "kst-36902-2>kst-36901-3:cites:1 "
                                  "kst-36902-2>kst-36901-1:cites:1 "
                                  "kst-36901-3>kst-36901-1:cites:1 "
                                  "kst-36901-3>kst-36902-1:cites:1 "
                                  "kst-36901-3>kst-36901-2:cites:2 "
                                  "kst-36901-1>kst-36902-1:cites:1 "
                                  "kst-36902-1>kst-36901-1:cites:1 "
                                  "kst-36901-2>kst-36901-1:cites:1");
    kg_graph_free(w);
    kg_graph_free(g);
}
