/*
 * Tests for the graph store, the DOT and GraphML writers, atomic output
 * and ranking (src/graph.c, write_dot.c, write_graphml.c, atomic.c,
 * analysis.c).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <graphviz/cgraph.h>
#include <igraph/igraph.h>

#include "graph_igraph.h" /* kg_graph_igraph, to inspect attributes */
#include "kamergraph/kamergraph.h"
#include "tmpdir.h"

/* ---- fixture -------------------------------------------------------- */

#define LETTER "kst-31490-359"
#define LETTER_LABEL "Brief over de \xe2\x80\x9cWet\xe2\x80\x9d \"\xc3\xa9\xc3\xa9n\" \xc3\xbc\xe2\x80\x99s"
#define LETTER_URL "https://zoek.officielebekendmakingen.nl/kst-31490-359.html"
#define MEMBER_LABEL "lid Vermeer \\ backslash"

static void graph_setup(void)
{
    kg_test_tmpdir_make("/tmp/kg-test-graph-XXXXXX");
}

TestSuite(graph, .init = graph_setup, .fini = kg_test_tmpdir_remove);

/*
 * Two documents: "002" cites LETTER, which is itself a document.
 * kst-31490-360 is a Kamerstuk part_of dossier-31490; so is LETTER.
 * LETTER first arrives as a cited kamerstuk and is later re-added as a
 * document (stronger kind). 002 cites LETTER twice (weight 2) and the
 * motion five times; LETTER cites its dossier and is part_of it (two
 * edges of different kinds between one pair).
 */
static kg_graph *graph_fixture(void)
{
    kg_graph *g = kg_graph_create();
    cr_assert_not_null(g);
    cr_assert_eq(kg_graph_add_node(g, LETTER, "kamerstuk", "31490-359", LETTER_URL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "002", "document", "002", NULL, "examples/002.txt"), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, LETTER, "document", LETTER_LABEL, NULL, "examples/001.txt"), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "kst-31490-360", "kamerstuk", "31490-360", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "dossier-31490", "dossier", "31490", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "motie:sneller+vermeer", "motie", "motie Sneller/Vermeer", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "002#vraag-3", "vraag", "vraag 3", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "000#lid-vermeer", "lid", MEMBER_LABEL, NULL, NULL), KG_OK);

    cr_assert_eq(kg_graph_add_citation(g, "002", LETTER, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "002", LETTER, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "002", "kst-31490-360", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "kst-31490-360", "dossier-31490", "part_of"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, LETTER, "dossier-31490", "part_of"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, LETTER, "dossier-31490", "cites"), KG_OK);
    for (int i = 0; i < 5; i++)
        cr_assert_eq(kg_graph_add_citation(g, "002", "motie:sneller+vermeer", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "002", "002#vraag-3", "refers_to"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "002#vraag-3", "002", "part_of"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "002", "000#lid-vermeer", "cites"), KG_OK);
    return g;
}

static const char *const graph_ids[] = {
    LETTER, "002", "kst-31490-360", "dossier-31490", "motie:sneller+vermeer",
    "002#vraag-3", "000#lid-vermeer",
};
#define GRAPH_NODES 7
#define GRAPH_EDGES 9

static size_t graph_dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *ent;
    size_t n = 0;

    cr_assert_not_null(d);
    while ((ent = readdir(d)) != NULL)
        n += strcmp(ent->d_name, ".") && strcmp(ent->d_name, "..");
    closedir(d);
    return n;
}

/* ---- store ---------------------------------------------------------- */

Test(graph, counts_nodes_once_and_merges_repeated_mentions_into_one_edge)
{
    kg_graph *g = graph_fixture();
    cr_expect_eq(kg_graph_node_count(g), GRAPH_NODES);
    cr_expect_eq(kg_graph_edge_count(g), GRAPH_EDGES);
    kg_graph_free(g);
}

Test(graph, stronger_kind_wins_and_brings_its_label_while_url_and_file_are_kept)
{
    kg_graph *g = graph_fixture();
    const igraph_t *ig;
    kg_error err;

    /* LETTER came as kamerstuk with a url, then as document with a file;
     * a weaker re-add changes nothing. */
    cr_assert_eq(kg_graph_add_node(g, LETTER, "kamerstuk", "other", "http://other", "other.txt"), KG_OK);
    cr_expect_eq(kg_graph_node_count(g), GRAPH_NODES);
    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);
    cr_expect_str_eq(VAS(ig, "id", 0), LETTER);
    cr_expect_str_eq(VAS(ig, "kind", 0), "document");
    cr_expect_str_eq(VAS(ig, "label", 0), LETTER_LABEL);
    cr_expect_str_eq(VAS(ig, "url", 0), LETTER_URL);
    cr_expect_str_eq(VAS(ig, "file", 0), "examples/001.txt");
    kg_graph_free(g);
}

Test(graph, same_kind_readd_fills_only_empty_fields)
{
    kg_graph *g = kg_graph_create();
    const char *const kinds[] = {"motie", NULL};
    kg_rank_row row;

    cr_assert_eq(kg_graph_add_node(g, "d", "document", "d", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "m", "motie", "", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "m", "motie", "first", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "m", "motie", "second", NULL, NULL), KG_OK);
    /* Equal strength, other kind: the first kind stays. */
    cr_assert_eq(kg_graph_add_node(g, "m", "dossier", "third", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d", "m", "cites"), KG_OK);
    cr_assert_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, kinds, &row, 1), 1);
    cr_expect_str_eq(row.label, "first");
    cr_expect_str_eq(row.kind, "motie");
    kg_graph_free(g);
}

/* Kind of node "x" after adding it with `first` then `second`. */
static void graph_expect_merged_kind(const char *first, const char *second,
                                     const char *want)
{
    kg_graph *g = kg_graph_create();
    const igraph_t *ig;
    kg_error err;

    cr_assert_eq(kg_graph_add_node(g, "x", first, first, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "x", second, second, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);
    cr_expect_str_eq(VAS(ig, "kind", 0), want, "%s then %s", first, second);
    cr_expect_str_eq(VAS(ig, "label", 0), want, "%s then %s", first, second);
    kg_graph_free(g);
}

Test(graph, kind_priority_is_document_then_motie_then_kamerstuk_then_the_rest)
{
    graph_expect_merged_kind("kamerstuk", "motie", "motie");
    graph_expect_merged_kind("motie", "kamerstuk", "motie");
    graph_expect_merged_kind("motie", "document", "document");
    graph_expect_merged_kind("document", "motie", "document");
    graph_expect_merged_kind("dossier", "kamerstuk", "kamerstuk");
    graph_expect_merged_kind("kamerstuk", "vraag", "kamerstuk");
    graph_expect_merged_kind("vraag", "dossier", "vraag");
}

Test(graph, rejects_bad_keys_and_citations_of_unknown_nodes)
{
    kg_graph *g = kg_graph_create();
    cr_assert_eq(kg_graph_add_node(g, "a", "document", NULL, NULL, NULL), KG_OK);
    cr_expect_eq(kg_graph_add_node(g, "", "document", NULL, NULL, NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_node(g, NULL, "document", NULL, NULL, NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_node(g, "b", NULL, NULL, NULL, NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_node(g, "a\nb", "document", NULL, NULL, NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_node(g, "a\\", "document", NULL, NULL, NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_node(g, "\xff", "document", NULL, NULL, NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_node(NULL, "c", "document", NULL, NULL, NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_citation(g, "a", "missing", "cites"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_citation(g, "missing", "a", "cites"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_citation(g, "a", "a", NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_node_count(g), 1);
    cr_expect_eq(kg_graph_edge_count(g), 0);
    kg_graph_free(g);
}

Test(graph, many_nodes_and_edges_survive_index_growth)
{
    kg_graph *g = kg_graph_create();
    char id[32], prev[32] = "n0";

    for (int i = 0; i < 2000; i++) {
        snprintf(id, sizeof id, "n%d", i);
        cr_assert_eq(kg_graph_add_node(g, id, "document", id, NULL, NULL), KG_OK);
    }
    for (int i = 1; i < 2000; i++) {
        snprintf(id, sizeof id, "n%d", i);
        cr_assert_eq(kg_graph_add_citation(g, prev, id, "cites"), KG_OK);
        cr_assert_eq(kg_graph_add_citation(g, prev, id, "cites"), KG_OK);
        cr_assert_eq(kg_graph_add_citation(g, prev, id, "refers_to"), KG_OK);
        strcpy(prev, id);
    }
    cr_expect_eq(kg_graph_node_count(g), 2000);
    cr_expect_eq(kg_graph_edge_count(g), 2 * 1999);
    kg_graph_free(g);
}

/* ---- DOT ------------------------------------------------------------ */

static Agedge_t *graph_dot_edge(Agraph_t *G, const char *from, const char *to,
                                const char *kind)
{
    Agnode_t *t = agnode(G, (char *)from, 0);
    cr_assert_not_null(t, "no node %s", from);
    for (Agedge_t *e = agfstout(G, t); e; e = agnxtout(G, e))
        if (!strcmp(agnameof(aghead(e)), to) && !strcmp(agget(e, "kind"), kind))
            return e;
    cr_assert_fail("no %s edge %s -> %s", kind, from, to);
    return NULL;
}

Test(graph, dot_round_trips_names_attributes_and_edge_labels)
{
    kg_graph *g = graph_fixture();
    kg_error err;
    const char *path = kg_test_tmp_path("g.dot");
    FILE *f;
    Agraph_t *G;
    Agnode_t *n;
    Agedge_t *e;

    cr_assert_eq(kg_write_dot(g, path, &err), KG_OK, "%s", err.msg);
    f = fopen(path, "r");
    cr_assert_not_null(f);
    G = agread(f, NULL);
    fclose(f);
    cr_assert_not_null(G);
    cr_expect(agisdirected(G) && !agisstrict(G));
    cr_expect_eq(agnnodes(G), GRAPH_NODES);
    cr_expect_eq(agnedges(G), GRAPH_EDGES);
    for (size_t i = 0; i < GRAPH_NODES; i++)
        cr_expect_not_null(agnode(G, (char *)graph_ids[i], 0), "missing %s", graph_ids[i]);

    n = agnode(G, LETTER, 0);
    cr_assert_not_null(n);
    cr_expect_str_eq(agget(n, "kind"), "document");
    cr_expect_str_eq(agget(n, "label"), LETTER_LABEL);
    cr_expect_str_eq(agget(n, "URL"), LETTER_URL);
    cr_expect_str_eq(agget(n, "shape"), "box");
    n = agnode(G, "000#lid-vermeer", 0);
    cr_assert_not_null(n);
    /* label is an escString: the backslash comes back doubled. */
    cr_expect_str_eq(agget(n, "label"), "lid Vermeer \\\\ backslash");
    cr_expect_str_eq(agget(n, "URL"), "");

    e = graph_dot_edge(G, "002", LETTER, "cites");
    cr_expect_str_eq(agget(e, "label"), "2");
    cr_expect_str_eq(agget(e, "weight"), "2");
    e = graph_dot_edge(G, "002", "kst-31490-360", "cites");
    cr_expect_str_eq(agget(e, "label"), "");
    e = graph_dot_edge(G, LETTER, "dossier-31490", "part_of");
    cr_expect_str_eq(agget(e, "style"), "dashed");
    e = graph_dot_edge(G, "002", "002#vraag-3", "refers_to");
    cr_expect_str_eq(agget(e, "style"), "dotted");
    agclose(G);
    kg_graph_free(g);
}

/* Runs `dot -Tsvg` and returns what it printed on stderr. */
static char *graph_dot_stderr(const char *dotfile)
{
    char cmd[1024];
    const char *errfile = kg_test_tmp_path("dot.err");
    size_t len;

    snprintf(cmd, sizeof cmd, "dot -Tsvg '%s' >/dev/null 2>'%s'", dotfile, errfile);
    cr_assert_eq(system(cmd), 0, "dot failed on %s", dotfile);
    return kg_test_slurp(errfile, &len);
}

Test(graph, dot_output_renders_without_warnings)
{
    kg_graph *g, *empty;
    kg_error err;
    char *msg;

    if (system("command -v dot >/dev/null 2>&1") != 0)
        cr_skip_test("graphviz dot is not installed");
    g = graph_fixture();
    empty = kg_graph_create();
    cr_assert_eq(kg_write_dot(g, kg_test_tmp_path("g.dot"), &err), KG_OK, "%s", err.msg);
    msg = graph_dot_stderr(kg_test_tmp_path("g.dot"));
    cr_expect_str_eq(msg, "");
    free(msg);
    cr_assert_eq(kg_write_dot(empty, kg_test_tmp_path("e.dot"), &err), KG_OK, "%s", err.msg);
    msg = graph_dot_stderr(kg_test_tmp_path("e.dot"));
    cr_expect_str_eq(msg, "");
    free(msg);
    kg_graph_free(empty);
    kg_graph_free(g);
}

/* ---- GraphML -------------------------------------------------------- */

static char graph_warning[512];

static void graph_keep_warning(const char *reason, const char *file, int line)
{
    (void)file;
    (void)line;
    snprintf(graph_warning, sizeof graph_warning, "%s", reason);
}

struct graph_edge_want {
    const char *from, *to, *kind;
    double weight;
};

static const struct graph_edge_want graph_edges[GRAPH_EDGES] = {
    {"002", LETTER, "cites", 2},
    {"002", "kst-31490-360", "cites", 1},
    {"kst-31490-360", "dossier-31490", "part_of", 1},
    {LETTER, "dossier-31490", "part_of", 1},
    {LETTER, "dossier-31490", "cites", 1},
    {"002", "motie:sneller+vermeer", "cites", 5},
    {"002", "002#vraag-3", "refers_to", 1},
    {"002#vraag-3", "002", "part_of", 1},
    {"002", "000#lid-vermeer", "cites", 1},
};

Test(graph, graphml_round_trips_through_igraph_with_every_attribute)
{
    kg_graph *g = graph_fixture();
    kg_error err;
    const char *path = kg_test_tmp_path("g.graphml");
    igraph_warning_handler_t *old;
    igraph_t h;
    char *text, *at;
    FILE *f;

    cr_assert_eq(kg_write_graphml(g, path, &err), KG_OK, "%s", err.msg);
    text = kg_test_slurp(path, NULL);
    at = strstr(text, "<!-- Created by kamergraph " KG_VERSION " -->\n");
    cr_expect(at && at - text < 400, "no maker near the top:\n%.400s", text);
    cr_expect_not_null(strstr(text, "<node id=\"" LETTER "\">"), "node keyed by its id");
    cr_expect_null(strstr(text, "attr.name=\"id\""), "an `id` data key beside the node id");
    free(text);
    f = fopen(path, "r");
    cr_assert_not_null(f);
    graph_warning[0] = '\0';
    old = igraph_set_warning_handler(graph_keep_warning);
    cr_assert_eq(igraph_read_graph_graphml(&h, f, 0), IGRAPH_SUCCESS);
    igraph_set_warning_handler(old);
    fclose(f);
    /* igraph's reader makes the XML node ids the "id" attribute: they are
     * our ids, and no `id` data key makes it warn of a clash. */
    cr_expect_str_eq(graph_warning, "", "igraph warned");

    cr_assert_eq(igraph_vcount(&h), GRAPH_NODES);
    cr_assert_eq(igraph_ecount(&h), GRAPH_EDGES);
    for (igraph_integer_t v = 0; v < GRAPH_NODES; v++)
        cr_expect_str_eq(VAS(&h, "id", v), graph_ids[v]);
    cr_expect_str_eq(VAS(&h, "kind", 0), "document");
    cr_expect_str_eq(VAS(&h, "label", 0), LETTER_LABEL);
    cr_expect_str_eq(VAS(&h, "url", 0), LETTER_URL);
    cr_expect_str_eq(VAS(&h, "file", 0), "examples/001.txt");
    cr_expect_str_eq(VAS(&h, "kind", 1), "document");
    cr_expect_str_eq(VAS(&h, "label", 1), "002");
    cr_expect_str_eq(VAS(&h, "url", 1), "");
    cr_expect_str_eq(VAS(&h, "file", 1), "examples/002.txt");
    {
        static const char *kinds[] = {"document", "document", "kamerstuk", "dossier",
                                      "motie", "vraag", "lid"};
        static const char *labels[] = {LETTER_LABEL, "002", "31490-360", "31490",
                                       "motie Sneller/Vermeer", "vraag 3", MEMBER_LABEL};
        for (igraph_integer_t v = 0; v < GRAPH_NODES; v++) {
            cr_expect_str_eq(VAS(&h, "kind", v), kinds[v]);
            cr_expect_str_eq(VAS(&h, "label", v), labels[v]);
            if (v >= 2) {
                cr_expect_str_eq(VAS(&h, "url", v), "");
                cr_expect_str_eq(VAS(&h, "file", v), "");
            }
        }
    }
    for (igraph_integer_t e = 0; e < GRAPH_EDGES; e++) {
        igraph_integer_t from, to;
        cr_assert_eq(igraph_edge(&h, e, &from, &to), IGRAPH_SUCCESS);
        cr_expect_str_eq(VAS(&h, "id", from), graph_edges[e].from, "edge %d", (int)e);
        cr_expect_str_eq(VAS(&h, "id", to), graph_edges[e].to, "edge %d", (int)e);
        cr_expect_str_eq(EAS(&h, "kind", e), graph_edges[e].kind, "edge %d", (int)e);
        cr_expect_eq(EAN(&h, "weight", e), graph_edges[e].weight, "edge %d", (int)e);
    }
    igraph_destroy(&h);
    kg_graph_free(g);
}

/* Nodes are keyed by their ids, so an id is an XML attribute value: every
 * character that needs it is escaped, and igraph gets the id back. An
 * '&' (a document named after its file "Q&A.txt") is escaped too, but
 * igraph's reader hands it on as libxml2 keeps it in an attribute,
 * "&#38;": the file says "&amp;", and the edge still joins the same
 * nodes. */
Test(graph, graphml_node_ids_with_xml_characters_come_back_from_igraph)
{
    static const char *const ids[] = {"motie:a <c> \"d\" 'e'", "brief Q&A"};
    kg_graph *g = kg_graph_create();
    const char *path = kg_test_tmp_path("i.graphml");
    kg_error err;
    igraph_integer_t from, to;
    igraph_t h;
    char *text;
    FILE *f;

    cr_assert_eq(kg_graph_add_node(g, ids[0], "motie", "m", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, ids[1], "document", "q", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, ids[1], ids[0], "cites"), KG_OK);
    cr_assert_eq(kg_write_graphml(g, path, &err), KG_OK, "%s", err.msg);
    text = kg_test_slurp(path, NULL);
    cr_expect_not_null(strstr(text, "<node id=\"motie:a &lt;c&gt; &quot;d&quot; &#39;e&#39;\">"), "%s", text);
    cr_expect_not_null(strstr(text, "<node id=\"brief Q&amp;A\">"), "%s", text);
    cr_expect_not_null(strstr(text, "<edge source=\"brief Q&amp;A\" target=\"motie:a &lt;c&gt;"), "%s", text);
    free(text);
    f = fopen(path, "r");
    cr_assert_not_null(f);
    cr_assert_eq(igraph_read_graph_graphml(&h, f, 0), IGRAPH_SUCCESS);
    fclose(f);
    cr_assert_eq(igraph_vcount(&h), 2);
    cr_expect_str_eq(VAS(&h, "id", 0), ids[0]);
    cr_assert_eq(igraph_ecount(&h), 1);
    cr_assert_eq(igraph_edge(&h, 0, &from, &to), IGRAPH_SUCCESS);
    cr_expect_eq(from, 1);
    cr_expect_eq(to, 0);
    igraph_destroy(&h);
    kg_graph_free(g);
}

Test(graph, writers_clean_control_characters_and_bad_utf8_from_labels)
{
    kg_graph *g = kg_graph_create();
    kg_error err;
    igraph_t h;
    FILE *f;

    cr_assert_eq(kg_graph_add_node(g, "x", "document", "page\fbreak\xff!", NULL, "a\tb"), KG_OK);
    cr_assert_eq(kg_write_graphml(g, kg_test_tmp_path("c.graphml"), &err), KG_OK, "%s", err.msg);
    f = fopen(kg_test_tmp_path("c.graphml"), "r");
    cr_assert_not_null(f);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    cr_assert_eq(igraph_read_graph_graphml(&h, f, 0), IGRAPH_SUCCESS);
    fclose(f);
    cr_expect_str_eq(VAS(&h, "label", 0), "page break\xef\xbf\xbd!");
    cr_expect_str_eq(VAS(&h, "file", 0), "a b");
    igraph_destroy(&h);
    kg_graph_free(g);
}

/* ---- atomic output and determinism ---------------------------------- */

Test(graph, writing_twice_gives_identical_bytes)
{
    kg_graph *g = graph_fixture();
    kg_error err;
    char *a, *b;
    size_t la, lb;
    const char *names[][2] = {{"1.dot", "2.dot"}, {"1.graphml", "2.graphml"}};

    cr_assert_eq(kg_write_dot(g, kg_test_tmp_path(names[0][0]), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_graphml(g, kg_test_tmp_path(names[1][0]), &err), KG_OK, "%s", err.msg);
    /* A change and its undoing must not matter either: rebuild the igraph. */
    cr_assert_eq(kg_graph_add_node(g, "002", "document", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_write_dot(g, kg_test_tmp_path(names[0][1]), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_graphml(g, kg_test_tmp_path(names[1][1]), &err), KG_OK, "%s", err.msg);
    for (int i = 0; i < 2; i++) {
        a = kg_test_slurp(kg_test_tmp_path(names[i][0]), &la);
        b = kg_test_slurp(kg_test_tmp_path(names[i][1]), &lb);
        cr_expect(la == lb && memcmp(a, b, la) == 0, "%s differs from %s",
                  names[i][0], names[i][1]);
        free(a);
        free(b);
    }
    kg_graph_free(g);
}

Test(graph, writing_into_a_missing_directory_fails_with_the_path_and_leaves_nothing)
{
    kg_graph *g = graph_fixture();
    kg_error err = {KG_OK, ""};
    char path[256];

    snprintf(path, sizeof path, "%s/nope/g.dot", kg_test_tmpdir());
    cr_expect_eq(kg_write_dot(g, path, &err), KG_ERR_IO);
    cr_expect_eq(err.code, KG_ERR_IO);
    cr_expect(strstr(err.msg, path) != NULL, "message: %s", err.msg);
    cr_expect(strstr(err.msg, "No such file or directory") != NULL, "message: %s", err.msg);

    snprintf(path, sizeof path, "%s/nope/g.graphml", kg_test_tmpdir());
    cr_expect_eq(kg_write_graphml(g, path, &err), KG_ERR_IO);
    cr_expect(strstr(err.msg, path) != NULL, "message: %s", err.msg);
    cr_expect_eq(graph_dir_entries(kg_test_tmpdir()), 0);
    /* err may be NULL. */
    cr_expect_eq(kg_write_dot(g, path, NULL), KG_ERR_IO);
    kg_graph_free(g);
}

Test(graph, failed_rename_removes_the_temporary_file)
{
    kg_graph *g = graph_fixture();
    kg_error err;
    const char *dir = kg_test_tmp_path("target-is-a-directory");

    cr_assert_eq(mkdir(dir, 0755), 0);
    cr_expect_eq(kg_write_dot(g, dir, &err), KG_ERR_IO);
    cr_expect(strstr(err.msg, dir) != NULL, "message: %s", err.msg);
    cr_expect_eq(kg_write_graphml(g, dir, &err), KG_ERR_IO);
    /* Only the directory itself is left. */
    cr_expect_eq(graph_dir_entries(kg_test_tmpdir()), 1);
    kg_graph_free(g);
}

Test(graph, replacing_a_file_keeps_its_mode)
{
    kg_graph *g = graph_fixture();
    kg_error err;
    const char *path = kg_test_tmp_path("keep.dot");
    struct stat st;
    FILE *f = fopen(path, "w");

    cr_assert_not_null(f);
    fputs("old", f);
    fclose(f);
    cr_assert_eq(chmod(path, 0640), 0);
    cr_assert_eq(kg_write_dot(g, path, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(stat(path, &st), 0);
    cr_expect_eq(st.st_mode & 07777, 0640);
    cr_expect(st.st_size > 3);
    cr_expect_eq(graph_dir_entries(kg_test_tmpdir()), 1);
    kg_graph_free(g);
}

/* ---- rank ----------------------------------------------------------- */

static void graph_expect_row(const kg_rank_row *r, const char *id, unsigned docs,
                             unsigned mentions)
{
    cr_expect_str_eq(r->id, id);
    cr_expect_eq(r->citing_docs, docs, "%s citing_docs", id);
    cr_expect_eq(r->mentions, mentions, "%s mentions", id);
}

Test(graph, rank_by_citing_docs_counts_a_dossiers_kamerstukken)
{
    kg_graph *g = graph_fixture();
    kg_rank_row rows[10];
    size_t n = kg_graph_rank(g, KG_RANK_CITING_DOCS, NULL, rows, 10);

    /* dossier-31490: LETTER cites it; 002 cites two of its Kamerstukken
     * (LETTER twice, kst-31490-360 once): 2 documents, 1+2+1 mentions.
     * vraag-3 is only referred to and 002 is not cited: both omitted. */
    cr_assert_eq(n, 5);
    graph_expect_row(&rows[0], "dossier-31490", 2, 4);
    graph_expect_row(&rows[1], "motie:sneller+vermeer", 1, 5);
    graph_expect_row(&rows[2], LETTER, 1, 2);
    graph_expect_row(&rows[3], "000#lid-vermeer", 1, 1);
    graph_expect_row(&rows[4], "kst-31490-360", 1, 1);
    cr_expect_str_eq(rows[0].kind, "dossier");
    cr_expect_str_eq(rows[0].label, "31490");
    kg_graph_free(g);
}

Test(graph, rank_by_mentions_then_docs_then_id)
{
    kg_graph *g = graph_fixture();
    kg_rank_row rows[3];
    size_t n = kg_graph_rank(g, KG_RANK_MENTIONS, NULL, rows, 3);

    cr_assert_eq(n, 3); /* truncated to max */
    graph_expect_row(&rows[0], "motie:sneller+vermeer", 1, 5);
    graph_expect_row(&rows[1], "dossier-31490", 2, 4);
    graph_expect_row(&rows[2], LETTER, 1, 2);
    kg_graph_free(g);
}

Test(graph, rank_filters_on_kinds_and_ranks_cited_documents)
{
    kg_graph *g = graph_fixture();
    const char *const docs[] = {"document", NULL};
    const char *const parts[] = {"kamerstuk", "dossier", NULL};
    const char *const none[] = {"vraag", NULL};
    kg_rank_row rows[10];

    cr_assert_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, docs, rows, 10), 1);
    graph_expect_row(&rows[0], LETTER, 1, 2);
    cr_assert_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, parts, rows, 10), 2);
    graph_expect_row(&rows[0], "dossier-31490", 2, 4);
    graph_expect_row(&rows[1], "kst-31490-360", 1, 1);
    cr_expect_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, none, rows, 10), 0);
    cr_expect_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, docs, rows, 0), 0);
    kg_graph_free(g);
}

Test(graph, rank_ignores_self_citation_and_citations_from_non_documents)
{
    kg_graph *g = kg_graph_create();
    kg_rank_row rows[4];

    cr_assert_eq(kg_graph_add_node(g, "d", "document", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "k", "kamerstuk", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "v", "vraag", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d", "d", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "v", "k", "cites"), KG_OK);
    cr_expect_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, NULL, rows, 4), 0);
    kg_graph_free(g);
}

Test(graph, rank_aggregates_only_into_dossiers)
{
    kg_graph *g = kg_graph_create();
    const char *const docs[] = {"document", NULL};
    kg_rank_row rows[4];

    /* A question is part_of its document; citing the question is not
     * citing the document. */
    cr_assert_eq(kg_graph_add_node(g, "d", "document", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "e", "document", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "e#vraag-1", "vraag", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "e#vraag-1", "e", "part_of"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d", "e#vraag-1", "cites"), KG_OK);
    cr_expect_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, docs, rows, 4), 0);
    cr_assert_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, NULL, rows, 4), 1);
    graph_expect_row(&rows[0], "e#vraag-1", 1, 1);
    kg_graph_free(g);
}

/* ---- extra attributes ----------------------------------------------- */

/* The fixture with extra attributes: first used in the order asker, party,
 * date (not alphabetical, to see the order of first use), a value set twice,
 * one with a tab and one ending in a backslash. */
static kg_graph *graph_fixture_with_extras(void)
{
    kg_graph *g = graph_fixture();
    cr_assert_eq(kg_graph_set_node_attr(g, "002#vraag-3", "asker", "Vermeer"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "002#vraag-3", "party", "first"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "002#vraag-3", "party", "BBB"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, LETTER, "date", "2025-12-05"), KG_OK);
    cr_assert_eq(kg_graph_set_node_attr(g, "002", "subject", "a\tb\\"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "002", LETTER, "cites", "evidence", "voetnoot 3"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "002", LETTER, "cites", "resolved_by", "footnote"), KG_OK);
    return g;
}

static igraph_integer_t graph_ig_node(const igraph_t *ig, const char *id)
{
    for (igraph_integer_t v = 0; v < igraph_vcount(ig); v++)
        if (!strcmp(VAS(ig, "id", v), id))
            return v;
    cr_assert_fail("no node %s", id);
    return -1;
}

/* Index of edge (from, to, kind) in an igraph graph with our attributes. */
static igraph_integer_t graph_ig_edge(const igraph_t *ig, const char *from,
                                      const char *to, const char *kind)
{
    for (igraph_integer_t e = 0; e < igraph_ecount(ig); e++) {
        igraph_integer_t f, t;
        cr_assert_eq(igraph_edge(ig, e, &f, &t), IGRAPH_SUCCESS);
        if (!strcmp(VAS(ig, "id", f), from) && !strcmp(VAS(ig, "id", t), to)
            && !strcmp(EAS(ig, "kind", e), kind))
            return e;
    }
    cr_assert_fail("no %s edge %s -> %s", kind, from, to);
    return -1;
}

Test(graph, extra_attributes_come_back_from_graphml_with_empty_values_elsewhere)
{
    kg_graph *g = graph_fixture_with_extras();
    const char *path = kg_test_tmp_path("x.graphml");
    const char *order[] = {"\"v_asker\"", "\"v_party\"", "\"v_date\"",
                           "\"v_subject\"", "\"e_evidence\"", "\"e_resolved_by\""};
    const char *prev;
    kg_error err;
    igraph_t h;
    char *text;
    size_t len;
    FILE *f;

    cr_assert_eq(kg_write_graphml(g, path, &err), KG_OK, "%s", err.msg);
    text = kg_test_slurp(path, &len);
    prev = text;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *at = strstr(text, order[i]);
        cr_assert_not_null(at, "no key %s", order[i]);
        cr_expect(at > prev, "key %s out of order", order[i]);
        prev = at;
    }
    free(text);

    f = fopen(path, "r");
    cr_assert_not_null(f);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    cr_assert_eq(igraph_read_graph_graphml(&h, f, 0), IGRAPH_SUCCESS);
    fclose(f);
    cr_assert_eq(igraph_vcount(&h), GRAPH_NODES);
    for (igraph_integer_t v = 0; v < GRAPH_NODES; v++) {
        const char *id = graph_ids[v];
        int vraag = !strcmp(id, "002#vraag-3");
        cr_expect_str_eq(VAS(&h, "asker", v), vraag ? "Vermeer" : "", "%s", id);
        cr_expect_str_eq(VAS(&h, "party", v), vraag ? "BBB" : "", "%s", id);
        cr_expect_str_eq(VAS(&h, "date", v), !strcmp(id, LETTER) ? "2025-12-05" : "", "%s", id);
        cr_expect_str_eq(VAS(&h, "subject", v), !strcmp(id, "002") ? "a b\\" : "", "%s", id);
    }
    for (igraph_integer_t e = 0; e < GRAPH_EDGES; e++) {
        cr_expect_str_eq(EAS(&h, "evidence", e), e == 0 ? "voetnoot 3" : "", "edge %d", (int)e);
        cr_expect_str_eq(EAS(&h, "resolved_by", e), e == 0 ? "footnote" : "", "edge %d", (int)e);
    }
    igraph_destroy(&h);
    kg_graph_free(g);
}

Test(graph, extra_attributes_come_back_from_dot_and_only_where_set)
{
    kg_graph *g = graph_fixture_with_extras();
    const char *path = kg_test_tmp_path("x.dot");
    kg_error err;
    Agraph_t *G;
    Agnode_t *n;
    Agedge_t *e;
    char *text;
    size_t len;
    FILE *f;

    cr_assert_eq(kg_write_dot(g, path, &err), KG_OK, "%s", err.msg);
    text = kg_test_slurp(path, &len);
    cr_expect(strstr(text, "asker=\"\"") == NULL && strstr(text, "evidence=\"\"") == NULL,
              "empty values are written:\n%s", text);
    free(text);
    f = fopen(path, "r");
    cr_assert_not_null(f);
    G = agread(f, NULL);
    fclose(f);
    cr_assert_not_null(G);
    n = agnode(G, "002#vraag-3", 0);
    cr_assert_not_null(n);
    cr_expect_str_eq(agget(n, "asker"), "Vermeer");
    cr_expect_str_eq(agget(n, "party"), "BBB");
    cr_expect_str_eq(agget(n, "date"), "");
    n = agnode(G, LETTER, 0);
    cr_assert_not_null(n);
    cr_expect_str_eq(agget(n, "date"), "2025-12-05");
    cr_expect_str_eq(agget(n, "asker"), "");
    n = agnode(G, "002", 0);
    cr_assert_not_null(n);
    /* Doubled like a label's: a lone trailing one would end the string. */
    cr_expect_str_eq(agget(n, "subject"), "a b\\\\");
    e = graph_dot_edge(G, "002", LETTER, "cites");
    cr_expect_str_eq(agget(e, "evidence"), "voetnoot 3");
    cr_expect_str_eq(agget(e, "resolved_by"), "footnote");
    e = graph_dot_edge(G, "002", "kst-31490-360", "cites");
    cr_expect_str_eq(agget(e, "evidence"), "");
    agclose(G);
    kg_graph_free(g);
}

Test(graph, extra_attribute_with_a_builtin_or_malformed_name_is_refused)
{
    kg_graph *g = graph_fixture();
    const char *const node_bad[] = {"id", "kind", "label", "url", "file", "shape",
                                    "style", "fillcolor", "fontname", "URL", "tooltip",
                                    "", "1x", "a-b", "a b", "\xc3\xa9"};
    const char *const edge_bad[] = {"kind", "weight", "style", "label", "fontname"};

    for (size_t i = 0; i < sizeof node_bad / sizeof node_bad[0]; i++)
        cr_expect_eq(kg_graph_set_node_attr(g, "002", node_bad[i], "v"), KG_ERR_USAGE,
                     "node name '%s'", node_bad[i]);
    for (size_t i = 0; i < sizeof edge_bad / sizeof edge_bad[0]; i++)
        cr_expect_eq(kg_graph_set_edge_attr(g, "002", LETTER, "cites", edge_bad[i], "v"),
                     KG_ERR_USAGE, "edge name '%s'", edge_bad[i]);
    cr_expect_eq(kg_graph_set_node_attr(g, "002", NULL, "v"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_attr(g, "missing", "party", "v"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_edge_attr(g, "002", LETTER, "refers_to", "evidence", "v"),
                 KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_edge_attr(g, "002", "missing", "cites", "evidence", "v"),
                 KG_ERR_USAGE);
    cr_expect_eq(kg_graph_set_node_attr(NULL, "002", "party", "v"), KG_ERR_USAGE);
    /* Built-in for the other side only: allowed. */
    cr_expect_eq(kg_graph_set_node_attr(g, "002", "weight", "v"), KG_OK);
    cr_expect_eq(kg_graph_set_edge_attr(g, "002", LETTER, "cites", "url", "v"), KG_OK);
    cr_expect_eq(kg_graph_set_node_attr(g, "002", "_n2", NULL), KG_OK);
    kg_graph_free(g);
}

/* ---- aliases -------------------------------------------------------- */

#define BRIEF "brief:2025-12-05"

/*
 * d1 cites BRIEF twice; d2 cites BRIEF once and kst-1-1 three times; d1
 * cites d2; kst-1-1 is part_of dossier-1. Edges in this order:
 *   d1->BRIEF(2) d2->BRIEF(1) d2->kst-1-1(3) d1->d2(1) kst-1-1->dossier-1
 */
static kg_graph *graph_alias_fixture(void)
{
    kg_graph *g = kg_graph_create();
    cr_assert_not_null(g);
    cr_assert_eq(kg_graph_add_node(g, "d1", "document", "d1", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, BRIEF, "brief", "brief van 2025-12-05", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "kst-1-1", "kamerstuk", "1-1", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "d2", "document", "d2", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "dossier-1", "dossier", "1", NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d1", BRIEF, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d1", BRIEF, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d2", BRIEF, "cites"), KG_OK);
    for (int i = 0; i < 3; i++)
        cr_assert_eq(kg_graph_add_citation(g, "d2", "kst-1-1", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d1", "d2", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "kst-1-1", "dossier-1", "part_of"), KG_OK);
    return g;
}

static void graph_expect_ids(kg_graph *g, const char *const *ids, size_t n)
{
    const igraph_t *ig;
    kg_error err;

    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(igraph_vcount(ig), (igraph_integer_t)n);
    for (size_t i = 0; i < n; i++)
        cr_expect_str_eq(VAS(ig, "id", (igraph_integer_t)i), ids[i], "node %zu", i);
}

Test(graph, alias_with_one_target_moves_the_citations_and_removes_the_brief_node)
{
    kg_graph *g = graph_alias_fixture();
    const char *const ids[] = {"d1", "kst-1-1", "d2", "dossier-1"};
    const igraph_t *ig;
    igraph_integer_t e;
    kg_error err;

    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-1-1", "d3: brief van 5 december 2025, Kamerstuk 1, nr. 1"), KG_OK);
    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-1-1", "a later one"), KG_OK);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);

    cr_expect_eq(kg_graph_node_count(g), 4);
    cr_expect_eq(kg_graph_edge_count(g), 4);
    graph_expect_ids(g, ids, 4);
    cr_expect(!kg_graph_has_edge(g, "d1", BRIEF, "cites"));
    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);

    /* d1's edge is moved: it takes the brief edge's place, first. */
    e = graph_ig_edge(ig, "d1", "kst-1-1", "cites");
    cr_expect_eq(e, 0);
    cr_expect_eq(EAN(ig, "weight", e), 2);
    cr_expect_str_eq(EAS(ig, "resolved_by", e), "corpus-alias");
    cr_expect_str_eq(EAS(ig, "evidence", e), "d3: brief van 5 december 2025, Kamerstuk 1, nr. 1");
    /* d2 cited kst-1-1 already: one edge, 1 + 3 mentions. */
    e = graph_ig_edge(ig, "d2", "kst-1-1", "cites");
    cr_expect_eq(e, 1);
    cr_expect_eq(EAN(ig, "weight", e), 4);
    cr_expect_str_eq(EAS(ig, "resolved_by", e), "corpus-alias");
    e = graph_ig_edge(ig, "d1", "d2", "cites");
    cr_expect_eq(EAN(ig, "weight", e), 1);
    cr_expect_str_eq(EAS(ig, "resolved_by", e), "");
    cr_expect_str_eq(EAS(ig, "evidence", e), "");
    e = graph_ig_edge(ig, "kst-1-1", "dossier-1", "part_of");
    cr_expect_str_eq(EAS(ig, "resolved_by", e), "");
    kg_graph_free(g);
}

Test(graph, alias_to_a_kamerstuk_not_in_the_graph_creates_it_at_the_end)
{
    kg_graph *g = graph_alias_fixture();
    const char *const ids[] = {"d1", "kst-1-1", "d2", "dossier-1", "kst-36902-7"};
    const igraph_t *ig;
    igraph_integer_t v;
    kg_error err;

    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-36902-7", "e"), KG_OK);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    graph_expect_ids(g, ids, 5);
    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);
    v = graph_ig_node(ig, "kst-36902-7");
    cr_expect_str_eq(VAS(ig, "kind", v), "kamerstuk");
    cr_expect_str_eq(VAS(ig, "label", v), "36902-7");
    cr_expect_str_eq(VAS(ig, "url", v), "https://zoek.officielebekendmakingen.nl/kst-36902-7.html");
    cr_expect_eq(EAN(ig, "weight", graph_ig_edge(ig, "d1", "kst-36902-7", "cites")), 2);
    cr_expect_eq(EAN(ig, "weight", graph_ig_edge(ig, "d2", "kst-36902-7", "cites")), 1);
    cr_expect_eq(EAN(ig, "weight", graph_ig_edge(ig, "d2", "kst-1-1", "cites")), 3);
    kg_graph_free(g);
}

Test(graph, alias_with_two_targets_keeps_the_brief_node_with_sorted_candidates)
{
    kg_graph *g = graph_alias_fixture();
    const char *const ids[] = {"d1", BRIEF, "kst-1-1", "d2", "dossier-1"};
    const igraph_t *ig;
    kg_error err;

    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-2-2", "one"), KG_OK);
    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-1-1", "two"), KG_OK);
    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-2-2", "three"), KG_OK);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_expect_eq(kg_graph_edge_count(g), 5);
    graph_expect_ids(g, ids, 5); /* kst-2-2 is not created */
    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);
    cr_expect_str_eq(VAS(ig, "candidates", 1), "kst-1-1 kst-2-2");
    cr_expect_str_eq(VAS(ig, "candidates", 0), "");
    cr_expect_eq(EAN(ig, "weight", graph_ig_edge(ig, "d1", BRIEF, "cites")), 2);
    kg_graph_free(g);
}

Test(graph, brief_node_without_alias_stays_and_alias_without_node_is_ignored)
{
    kg_graph *g = graph_alias_fixture();
    const char *const ids[] = {"d1", BRIEF, "kst-1-1", "d2", "dossier-1"};
    const char *path = kg_test_tmp_path("before.graphml");
    kg_error err;
    char *a, *b;
    size_t la, lb;

    cr_assert_eq(kg_write_graphml(g, path, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_graph_add_alias(g, "brief:2000-01-01", "kst-9-9", "nowhere"), KG_OK);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    graph_expect_ids(g, ids, 5);
    cr_expect_eq(kg_graph_edge_count(g), 5);
    cr_assert_eq(kg_write_graphml(g, kg_test_tmp_path("after.graphml"), &err), KG_OK, "%s", err.msg);
    a = kg_test_slurp(path, &la);
    b = kg_test_slurp(kg_test_tmp_path("after.graphml"), &lb);
    cr_expect(la == lb && memcmp(a, b, la) == 0, "resolving changed the graph");
    free(a);
    free(b);
    kg_graph_free(g);
}

Test(graph, resolving_aliases_twice_is_harmless)
{
    kg_graph *g = graph_alias_fixture();
    kg_error err;
    char *a, *b;
    size_t la, lb;

    cr_assert_eq(kg_graph_add_node(g, "brief:2025-01-01", "brief", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d2", "brief:2025-01-01", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-1-1", "e"), KG_OK);
    cr_assert_eq(kg_graph_add_alias(g, "brief:2025-01-01", "kst-1-1", "e"), KG_OK);
    cr_assert_eq(kg_graph_add_alias(g, "brief:2025-01-01", "kst-3-3", "e"), KG_OK);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_assert_eq(kg_write_graphml(g, kg_test_tmp_path("1.graphml"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_dot(g, kg_test_tmp_path("1.dot"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_expect_eq(kg_graph_node_count(g), 5);
    cr_expect_eq(kg_graph_edge_count(g), 5);
    cr_assert_eq(kg_write_graphml(g, kg_test_tmp_path("2.graphml"), &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_dot(g, kg_test_tmp_path("2.dot"), &err), KG_OK, "%s", err.msg);
    for (int i = 0; i < 2; i++) {
        a = kg_test_slurp(kg_test_tmp_path(i ? "1.dot" : "1.graphml"), &la);
        b = kg_test_slurp(kg_test_tmp_path(i ? "2.dot" : "2.graphml"), &lb);
        cr_expect(la == lb && memcmp(a, b, la) == 0, "second resolve changed %s",
                  i ? "DOT" : "GraphML");
        free(a);
        free(b);
    }
    kg_graph_free(g);
}

Test(graph, merged_edge_keeps_the_extra_attributes_of_both_edges)
{
    kg_graph *g = kg_graph_create();
    const igraph_t *ig;
    igraph_integer_t e;
    kg_error err;

    /* d1 cites the brief before kst-1-1, d2 the other way round, so both
     * orders of folding are taken. */
    cr_assert_eq(kg_graph_add_node(g, "d1", "document", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "d2", "document", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, BRIEF, "brief", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_node(g, "kst-1-1", "kamerstuk", NULL, NULL, NULL), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d1", BRIEF, "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d1", "kst-1-1", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d2", "kst-1-1", "cites"), KG_OK);
    cr_assert_eq(kg_graph_add_citation(g, "d2", BRIEF, "cites"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "d1", "kst-1-1", "cites", "page", "p1"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "d1", BRIEF, "cites", "note", "n1"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "d2", "kst-1-1", "cites", "page", "p2"), KG_OK);
    cr_assert_eq(kg_graph_set_edge_attr(g, "d2", BRIEF, "cites", "note", "n2"), KG_OK);
    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-1-1", "ev"), KG_OK);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);

    cr_assert_eq(kg_graph_edge_count(g), 2);
    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);
    for (int i = 0; i < 2; i++) {
        e = graph_ig_edge(ig, i ? "d2" : "d1", "kst-1-1", "cites");
        cr_expect_eq(e, i);
        cr_expect_eq(EAN(ig, "weight", e), 2);
        cr_expect_str_eq(EAS(ig, "page", e), i ? "p2" : "p1");
        cr_expect_str_eq(EAS(ig, "note", e), i ? "n2" : "n1");
        cr_expect_str_eq(EAS(ig, "resolved_by", e), "corpus-alias");
        cr_expect_str_eq(EAS(ig, "evidence", e), "ev");
    }
    kg_graph_free(g);
}

Test(graph, alias_with_a_bad_key_or_a_brief_target_is_refused)
{
    kg_graph *g = kg_graph_create();
    cr_expect_eq(kg_graph_add_alias(g, BRIEF, "brief:2025-01-01", "e"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_alias(g, BRIEF, "", "e"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_alias(g, BRIEF, NULL, "e"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_alias(g, "brief:a\nb", "kst-1-1", "e"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_alias(NULL, BRIEF, "kst-1-1", "e"), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_add_alias(g, BRIEF, "kst-1-1", NULL), KG_OK);
    cr_expect_eq(kg_graph_resolve_aliases(g), KG_OK); /* empty graph */
    cr_expect_eq(kg_graph_resolve_aliases(NULL), KG_ERR_USAGE);
    cr_expect_eq(kg_graph_node_count(g), 0);
    kg_graph_free(g);
}

Test(graph, rank_after_resolving_counts_the_moved_citations)
{
    kg_graph *g = graph_alias_fixture();
    const char *const kinds[] = {"kamerstuk", "dossier", NULL};
    kg_rank_row rows[4];

    cr_assert_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, kinds, rows, 4), 2);
    graph_expect_row(&rows[0], "dossier-1", 1, 3);
    graph_expect_row(&rows[1], "kst-1-1", 1, 3);
    cr_assert_eq(kg_graph_add_alias(g, BRIEF, "kst-1-1", "e"), KG_OK);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_assert_eq(kg_graph_rank(g, KG_RANK_CITING_DOCS, kinds, rows, 4), 2);
    graph_expect_row(&rows[0], "dossier-1", 2, 6);
    graph_expect_row(&rows[1], "kst-1-1", 2, 6);
    kg_graph_free(g);
}

Test(graph, many_brief_nodes_resolve_in_order)
{
    enum { N = 20000 };
    kg_graph *g = kg_graph_create();
    const igraph_t *ig;
    kg_error err;
    char doc[32], brief[32], kst[32];

    /* doc i cites brief i; even briefs have one target, odd ones two. */
    for (int i = 0; i < N; i++) {
        snprintf(doc, sizeof doc, "d%d", i);
        snprintf(brief, sizeof brief, "brief:%d", i);
        snprintf(kst, sizeof kst, "kst-%d-1", i);
        cr_assert_eq(kg_graph_add_node(g, doc, "document", NULL, NULL, NULL), KG_OK);
        cr_assert_eq(kg_graph_add_node(g, brief, "brief", NULL, NULL, NULL), KG_OK);
        cr_assert_eq(kg_graph_add_citation(g, doc, brief, "cites"), KG_OK);
        cr_assert_eq(kg_graph_add_alias(g, brief, kst, doc), KG_OK);
        if (i % 2)
            cr_assert_eq(kg_graph_add_alias(g, brief, "kst-0-2", doc), KG_OK);
    }
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_expect_eq(kg_graph_node_count(g), 2 * N);
    cr_expect_eq(kg_graph_edge_count(g), N);
    cr_assert_eq(kg_graph_igraph(g, &ig, &err), KG_OK, "%s", err.msg);
    /* d0 d1 brief:1 d2 d3 brief:3 ... then kst-0-1 kst-2-1 ... */
    cr_expect_str_eq(VAS(ig, "id", 0), "d0");
    cr_expect_str_eq(VAS(ig, "id", 1), "d1");
    cr_expect_str_eq(VAS(ig, "id", 2), "brief:1");
    cr_expect_str_eq(VAS(ig, "candidates", 2), "kst-0-2 kst-1-1");
    cr_expect_str_eq(VAS(ig, "id", 3), "d2");
    cr_expect_str_eq(VAS(ig, "id", 3 * N / 2), "kst-0-1");
    cr_expect_str_eq(VAS(ig, "id", 2 * N - 1), "kst-19998-1");
    cr_expect(kg_graph_has_edge(g, "d19998", "kst-19998-1", "cites"));
    cr_expect(kg_graph_has_edge(g, "d19999", "brief:19999", "cites"));
    kg_graph_free(g);
}
