/*
 * Analysis: what is cited most, and by whom.
 *
 * Counting (kg_graph_rank's citing_docs and mentions): every "cites" edge
 * from a document is a contribution (target, document, weight). A dossier
 * also receives the contributions of everything that is part_of it, so a
 * letter citing Kamerstuk 31490-359 counts for dossier 31490. Sorting the
 * contributions by (target, document) then gives both the distinct
 * documents and the summed mentions in one pass.
 *
 * The maths (PageRank, hub and authority scores, Leiden communities) is
 * igraph's; this file only builds the graphs igraph works on from the
 * tables and stores the results (kamergraph.h says which edges and
 * weights). Those graphs carry no attributes: they are built here rather
 * than taken from kg_graph_igraph, which copies every attribute.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_igraph.h"

/* ---- counting ------------------------------------------------------- */

typedef struct {
    size_t target, doc;
    unsigned weight;
} contrib;

static bool is_kind(const kg_graph *g, size_t node, const char *kind)
{
    return strcmp(g->nodes[node].kind, kind) == 0;
}

static bool is_dossier_link(const kg_graph *g, const kg_gedge *e)
{
    return e->from != e->to && strcmp(e->kind, "part_of") == 0
           && is_kind(g, e->to, "dossier");
}

/* A mention by one document of another thing; citing oneself is not a
 * citation. The edges of the citation graph. */
bool kg_is_citation(const kg_graph *g, const kg_gedge *e)
{
    return e->from != e->to && strcmp(e->kind, "cites") == 0
           && is_kind(g, e->from, "document");
}

bool kg_part_of_build(const kg_graph *g, kg_part_of *m)
{
    size_t n = g->n_nodes;

    m->first = calloc(n + 2, sizeof *m->first);
    m->dossier = malloc((g->n_edges ? g->n_edges : 1) * sizeof *m->dossier);
    if (!m->first || !m->dossier)
        return false;
    /* Count into first[i + 2], prefix-sum, then fill using first[i + 1]
     * as the cursor, which leaves first[i] at the start of group i. */
    for (size_t i = 0; i < g->n_edges; i++)
        if (is_dossier_link(g, &g->edges[i]))
            m->first[g->edges[i].from + 2]++;
    for (size_t i = 2; i < n + 2; i++)
        m->first[i] += m->first[i - 1];
    for (size_t i = 0; i < g->n_edges; i++)
        if (is_dossier_link(g, &g->edges[i]))
            m->dossier[m->first[g->edges[i].from + 1]++] = g->edges[i].to;
    return true;
}

void kg_part_of_free(kg_part_of *m)
{
    free(m->first);
    free(m->dossier);
}

/* All contributions; *count receives how many. NULL when out of memory. */
static contrib *collect(const kg_graph *g, const kg_part_of *m, size_t *count)
{
    size_t n = 0;
    contrib *c;

    for (size_t i = 0; i < g->n_edges; i++)
        if (kg_is_citation(g, &g->edges[i])) {
            size_t t = g->edges[i].to;
            n += 1 + (m->first[t + 1] - m->first[t]);
        }
    c = malloc((n ? n : 1) * sizeof *c);
    if (!c)
        return NULL;
    n = 0;
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (!kg_is_citation(g, e))
            continue;
        c[n++] = (contrib){e->to, e->from, e->weight};
        for (size_t k = m->first[e->to]; k < m->first[e->to + 1]; k++)
            c[n++] = (contrib){m->dossier[k], e->from, e->weight};
    }
    *count = n;
    return c;
}

static int cmp_contrib(const void *pa, const void *pb)
{
    const contrib *a = pa, *b = pb;
    return a->target != b->target ? kg_order(a->target, b->target) : kg_order(a->doc, b->doc);
}

/* citing_docs and mentions of every node (arrays of n_nodes, zeroed by
 * the caller). False when out of memory. */
static bool count_citations(const kg_graph *g, unsigned *docs, unsigned *mentions)
{
    kg_part_of m = {NULL, NULL};
    contrib *c = NULL;
    size_t n = 0;
    bool ok = kg_part_of_build(g, &m) && (c = collect(g, &m, &n)) != NULL;

    if (ok) {
        qsort(c, n, sizeof *c, cmp_contrib);
        for (size_t i = 0; i < n; i++) {
            size_t t = c[i].target;
            bool same = i > 0 && c[i - 1].target == t;
            docs[t] += !same || c[i].doc != c[i - 1].doc;
            mentions[t] = c[i].weight > UINT_MAX - mentions[t]
                              ? UINT_MAX
                              : mentions[t] + c[i].weight;
        }
    }
    free(c);
    kg_part_of_free(&m);
    return ok;
}

/* ---- igraph --------------------------------------------------------- */

static kg_status igraph_kg_status(igraph_error_t rc)
{
    return rc == IGRAPH_ENOMEM ? KG_ERR_NOMEM : KG_ERR_GRAPH;
}

/* An edge the analysis keeps (see edges_graph). */
typedef bool (*edge_keep_fn)(const kg_graph *g, const kg_gedge *e);

static bool not_a_loop(const kg_graph *g, const kg_gedge *e)
{
    (void)g;
    return e->from != e->to;
}

/* Every node, and the edges `keep` chooses, weighted by mentions (w
 * receives the weights). */
static igraph_error_t edges_graph(const kg_graph *g, edge_keep_fn keep,
                                  igraph_bool_t directed, igraph_t *ig,
                                  igraph_vector_t *w)
{
    igraph_vector_int_t ends;
    igraph_error_t rc;
    size_t m = 0;

    for (size_t i = 0; i < g->n_edges; i++)
        m += keep(g, &g->edges[i]);
    rc = igraph_vector_int_init(&ends, 2 * (igraph_integer_t)m);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_vector_init(w, (igraph_integer_t)m);
    if (rc != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&ends);
        return rc;
    }
    m = 0;
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (!keep(g, e))
            continue;
        VECTOR(ends)[2 * m] = (igraph_integer_t)e->from;
        VECTOR(ends)[2 * m + 1] = (igraph_integer_t)e->to;
        VECTOR(*w)[m++] = e->weight;
    }
    rc = igraph_create(ig, &ends, (igraph_integer_t)g->n_nodes, directed);
    igraph_vector_int_destroy(&ends);
    if (rc != IGRAPH_SUCCESS)
        igraph_vector_destroy(w);
    return rc;
}

/* The citation graph: the cites edges from a document to another node. */
static igraph_error_t citation_graph(const kg_graph *g, igraph_t *ig,
                                     igraph_vector_t *w)
{
    return edges_graph(g, kg_is_citation, IGRAPH_DIRECTED, ig, w);
}

/* Every edge but loops, undirected: for the communities. */
static igraph_error_t undirected_graph(const kg_graph *g, igraph_t *ig,
                                       igraph_vector_t *w)
{
    return edges_graph(g, not_a_loop, IGRAPH_UNDIRECTED, ig, w);
}

/* x to 12 significant digits: the same number whatever the order in which
 * the arithmetic summed it, to the last bits (and ties between nodes in
 * the same position are ties). The locale's decimal point goes both ways. */
static double round12(double x)
{
    char buf[40];

    if (!isfinite(x) || x == 0)
        return x == 0 ? 0 : x;
    snprintf(buf, sizeof buf, "%.11e", x);
    return strtod(buf, NULL);
}

/* The scores of the citation graph; each output may be NULL. */
typedef struct {
    double *pagerank, *authority, *hub;
    unsigned *in_degree;
} cite_scores;

static igraph_error_t citation_scores(const kg_graph *g, const cite_scores *out)
{
    igraph_t ig;
    igraph_vector_t w, pr, hub, auth;
    igraph_vector_int_t deg;
    igraph_error_t rc = citation_graph(g, &ig, &w);
    size_t n = g->n_nodes;

    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_vector_init(&pr, 0);
    if (rc == IGRAPH_SUCCESS && (rc = igraph_vector_init(&hub, 0)) != IGRAPH_SUCCESS)
        igraph_vector_destroy(&pr);
    if (rc == IGRAPH_SUCCESS && (rc = igraph_vector_init(&auth, 0)) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&hub);
        igraph_vector_destroy(&pr);
    }
    if (rc == IGRAPH_SUCCESS
        && (rc = igraph_vector_int_init(&deg, 0)) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&auth);
        igraph_vector_destroy(&hub);
        igraph_vector_destroy(&pr);
    }
    if (rc != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&w);
        igraph_destroy(&ig);
        return rc;
    }
    if (out->pagerank)
        rc = igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, NULL,
                             igraph_vss_all(), true, 0.85, &w, NULL);
    if (rc == IGRAPH_SUCCESS && (out->authority || out->hub))
        rc = igraph_hub_and_authority_scores(&ig, &hub, &auth, NULL, true, &w, NULL);
    if (rc == IGRAPH_SUCCESS && out->in_degree)
        rc = igraph_degree(&ig, &deg, igraph_vss_all(), IGRAPH_IN, true);
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < n; i++) {
        if (out->pagerank)
            out->pagerank[i] = round12(VECTOR(pr)[i]);
        if (out->authority)
            out->authority[i] = round12(VECTOR(auth)[i]);
        if (out->hub)
            out->hub[i] = round12(VECTOR(hub)[i]);
        if (out->in_degree)
            out->in_degree[i] = (unsigned)VECTOR(deg)[i];
    }
    igraph_vector_int_destroy(&deg);
    igraph_vector_destroy(&auth);
    igraph_vector_destroy(&hub);
    igraph_vector_destroy(&pr);
    igraph_vector_destroy(&w);
    igraph_destroy(&ig);
    return rc;
}

/* Leiden communities, numbered by first node, into comm[n_nodes]. */
static igraph_error_t communities(const kg_graph *g, unsigned *comm)
{
    igraph_t ig;
    igraph_vector_t w, strength;
    igraph_vector_int_t membership;
    igraph_integer_t nb = 0;
    igraph_real_t total = 0;
    igraph_error_t rc = undirected_graph(g, &ig, &w);
    size_t n = g->n_nodes;
    long *label;

    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_vector_init(&strength, 0);
    if (rc == IGRAPH_SUCCESS
        && (rc = igraph_vector_int_init(&membership, (igraph_integer_t)n)) != IGRAPH_SUCCESS)
        igraph_vector_destroy(&strength);
    if (rc != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&w);
        igraph_destroy(&ig);
        return rc;
    }
    for (igraph_integer_t i = 0; i < igraph_vector_size(&w); i++)
        total += VECTOR(w)[i];
    for (size_t i = 0; i < n; i++) /* without edges: each on its own */
        VECTOR(membership)[i] = (igraph_integer_t)i;
    if (total > 0) {
        /* Modularity is the CPM quality with node weights = strengths and
         * resolution 1 / 2m (igraph_community_leiden's documentation). */
        rc = igraph_strength(&ig, &strength, igraph_vss_all(), IGRAPH_ALL,
                             true, &w);
        if (rc == IGRAPH_SUCCESS) {
            igraph_rng_seed(igraph_rng_default(), 42);
            rc = igraph_community_leiden(&ig, &w, &strength, 1.0 / (2.0 * total),
                                         0.01, false, -1, &membership, &nb, NULL);
        }
    }
    label = rc == IGRAPH_SUCCESS ? malloc((n ? n : 1) * sizeof *label) : NULL;
    if (rc == IGRAPH_SUCCESS && !label)
        rc = IGRAPH_ENOMEM;
    if (label) {
        unsigned next = 0;
        for (size_t i = 0; i < n; i++)
            label[i] = -1;
        for (size_t i = 0; i < n; i++) {
            igraph_integer_t c = VECTOR(membership)[i];
            if (label[c] < 0)
                label[c] = (long)next++;
            comm[i] = (unsigned)label[c];
        }
    }
    free(label);
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&strength);
    igraph_vector_destroy(&w);
    igraph_destroy(&ig);
    return rc;
}

/* ---- kg_graph_analyse ----------------------------------------------- */

typedef struct {
    unsigned *in_degree, *docs, *mentions, *community;
    double *pagerank, *authority, *hub;
} analysis;

static void free_analysis(analysis *a)
{
    free(a->in_degree);
    free(a->docs);
    free(a->mentions);
    free(a->community);
    free(a->pagerank);
    free(a->authority);
    free(a->hub);
}

static bool alloc_analysis(analysis *a, size_t n)
{
    n = n ? n : 1;
    a->in_degree = calloc(n, sizeof *a->in_degree);
    a->docs = calloc(n, sizeof *a->docs);
    a->mentions = calloc(n, sizeof *a->mentions);
    a->community = calloc(n, sizeof *a->community);
    a->pagerank = calloc(n, sizeof *a->pagerank);
    a->authority = calloc(n, sizeof *a->authority);
    a->hub = calloc(n, sizeof *a->hub);
    return a->in_degree && a->docs && a->mentions && a->community && a->pagerank
           && a->authority && a->hub;
}

/* One column of results: the attribute it becomes and where its values
 * are (an unsigned or a double array, by type). */
typedef struct {
    const char *name;
    kg_gattr_type type;
    const void *values;
} column;

static double column_value(const column *c, size_t i)
{
    return c->type == KG_GATTR_INTEGER ? (double)((const unsigned *)c->values)[i]
                                       : ((const double *)c->values)[i];
}

static kg_status store(kg_graph *g, const analysis *a)
{
    const column cols[] = {
        {"in_degree", KG_GATTR_INTEGER, a->in_degree},
        {"citing_docs", KG_GATTR_INTEGER, a->docs},
        {"mentions", KG_GATTR_INTEGER, a->mentions},
        {"pagerank", KG_GATTR_DOUBLE, a->pagerank},
        {"authority", KG_GATTR_DOUBLE, a->authority},
        {"hub", KG_GATTR_DOUBLE, a->hub},
        {"community", KG_GATTR_INTEGER, a->community},
    };
    enum { NCOLS = sizeof cols / sizeof cols[0] };
    long at[NCOLS];
    kg_status st = KG_OK;

    for (size_t c = 0; c < NCOLS; c++) {
        at[c] = kg_graph_num_attr(g, cols[c].name, cols[c].type);
        if (at[c] < 0)
            return at[c] == -1 ? KG_ERR_NOMEM : KG_ERR_USAGE;
    }
    for (size_t i = 0; st == KG_OK && i < g->n_nodes; i++)
        for (size_t c = 0; st == KG_OK && c < NCOLS; c++)
            st = kg_graph_set_num_at(g, i, (size_t)at[c], column_value(&cols[c], i));
    return st;
}

kg_status kg_graph_analyse(kg_graph *g, kg_error *err)
{
    analysis a = {0};
    kg_igraph_quiet q;
    igraph_error_t rc;
    kg_status st;

    if (!g)
        return kg_fail(err, KG_ERR_USAGE, "kg_graph_analyse: no graph");
    if (!alloc_analysis(&a, g->n_nodes) || !count_citations(g, a.docs, a.mentions)) {
        free_analysis(&a);
        return kg_fail(err, KG_ERR_NOMEM, "analysis: out of memory");
    }
    igraph_set_attribute_table(&igraph_cattribute_table);
    kg_igraph_quiet_begin(&q);
    rc = citation_scores(g, &(cite_scores){a.pagerank, a.authority, a.hub,
                                           a.in_degree});
    if (rc == IGRAPH_SUCCESS)
        rc = communities(g, a.community);
    kg_igraph_quiet_end(&q);
    if (rc != IGRAPH_SUCCESS) {
        free_analysis(&a);
        return kg_fail(err, igraph_kg_status(rc), "igraph: analysis failed: %s",
                       igraph_strerror(rc));
    }
    st = store(g, &a);
    free_analysis(&a);
    if (st == KG_ERR_USAGE) /* a name already used for text */
        return kg_fail(err, st,
                       "analysis: a node attribute in_degree, citing_docs, "
                       "mentions, pagerank, authority, hub or community "
                       "already holds text");
    return st == KG_OK ? KG_OK : kg_fail(err, st, "analysis: out of memory");
}

/* ---- kg_graph_rank -------------------------------------------------- */

static bool wanted(const char *kind, const char *const *kinds)
{
    if (!kinds) /* no list: every kind */
        return true;
    for (; *kinds; kinds++)
        if (strcmp(*kinds, kind) == 0)
            return true;
    return false;
}

static int cmp_unsigned_desc(unsigned a, unsigned b)
{
    return a > b ? -1 : a < b ? 1 : 0;
}

static int cmp_by_docs(const void *pa, const void *pb)
{
    const kg_rank_row *a = pa, *b = pb;
    int c = cmp_unsigned_desc(a->citing_docs, b->citing_docs);
    if (!c)
        c = cmp_unsigned_desc(a->mentions, b->mentions);
    return c ? c : strcmp(a->id, b->id);
}

static int cmp_by_mentions(const void *pa, const void *pb)
{
    const kg_rank_row *a = pa, *b = pb;
    int c = cmp_unsigned_desc(a->mentions, b->mentions);
    if (!c)
        c = cmp_unsigned_desc(a->citing_docs, b->citing_docs);
    return c ? c : strcmp(a->id, b->id);
}

static int cmp_by_score(const void *pa, const void *pb)
{
    const kg_rank_row *a = pa, *b = pb;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return cmp_by_docs(pa, pb);
}

/* The scores igraph gives for `by` into score[n_nodes]. */
static bool rank_scores(const kg_graph *g, kg_rank_by by, double *score)
{
    kg_igraph_quiet q;
    igraph_error_t rc;
    cite_scores out = {NULL, NULL, NULL, NULL};

    if (by == KG_RANK_PAGERANK)
        out.pagerank = score;
    else
        out.authority = score;
    igraph_set_attribute_table(&igraph_cattribute_table);
    kg_igraph_quiet_begin(&q);
    rc = citation_scores(g, &out);
    kg_igraph_quiet_end(&q);
    return rc == IGRAPH_SUCCESS;
}

size_t kg_graph_rank(const kg_graph *g, kg_rank_by by, const char *const *kinds,
                     kg_rank_row *rows, size_t max)
{
    unsigned *docs = NULL, *mentions = NULL;
    double *score = NULL;
    kg_rank_row *all = NULL;
    size_t n, count = 0;
    bool by_score = by == KG_RANK_PAGERANK || by == KG_RANK_AUTHORITY;
    bool ok;

    if (!g || !rows || max == 0 || g->n_nodes == 0)
        return 0;
    n = g->n_nodes;
    ok = (docs = calloc(n, sizeof *docs)) && (mentions = calloc(n, sizeof *mentions))
         && (all = malloc(n * sizeof *all)) && (score = calloc(n, sizeof *score))
         && count_citations(g, docs, mentions)
         && (!by_score || rank_scores(g, by, score));
    for (size_t i = 0; ok && i < n; i++) {
        const kg_gnode *t = &g->nodes[i];
        if (docs[i] == 0 || !wanted(t->kind, kinds))
            continue;
        all[count] = (kg_rank_row){t->id, t->label, t->kind, docs[i], mentions[i],
                                   by_score ? score[i]
                                   : by == KG_RANK_MENTIONS ? (double)mentions[i]
                                                            : (double)docs[i]};
        count++;
    }
    if (ok) {
        qsort(all, count, sizeof *all,
              by_score ? cmp_by_score
              : by == KG_RANK_MENTIONS ? cmp_by_mentions : cmp_by_docs);
        if (count > max)
            count = max;
        memcpy(rows, all, count * sizeof *rows);
    }
    free(score);
    free(all);
    free(mentions);
    free(docs);
    return ok ? count : 0;
}
