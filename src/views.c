/*
 * Views: graphs derived from a kg_graph (kamergraph.h says what each
 * holds). Each is built with kg_graph_add_node and kg_graph_add_citation
 * into a new kg_graph, so every writer works on it unchanged.
 *
 * Nodes come in the original order. Edges are gathered as (from, to,
 * weight) in positions of the original graph, sorted, and added in that
 * order; since the kept nodes keep their relative order, that is the order
 * of (from, to) position in the view too. Coupling and co-citation counts
 * are igraph's: the two projections of the bipartite graph citing side /
 * cited side, with their multiplicities (igraph_bipartite_projection; the
 * same numbers as igraph_bibcoupling and igraph_cocitation give, without
 * their dense matrix of every node against every node).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "graph_igraph.h"

/* ---- names ---------------------------------------------------------- */

static const char *const view_names[] = {"full", "letters", "dossiers", "coupling",
                                         "cocitation"};
#define N_VIEWS (sizeof view_names / sizeof view_names[0])

const char *kg_view_name(kg_view view)
{
    return (size_t)view < N_VIEWS ? view_names[view] : NULL;
}

bool kg_view_parse(const char *name, kg_view *view)
{
    for (size_t i = 0; name && i < N_VIEWS; i++)
        if (strcmp(name, view_names[i]) == 0) {
            *view = (kg_view)i;
            return true;
        }
    return false;
}

/* ---- building ------------------------------------------------------- */

/* An edge to add, by node positions in the original graph. */
typedef struct {
    size_t from, to;
    unsigned weight;
    long orig; /* the original edge whose extras it takes, or -1 */
} vedge;

typedef struct {
    vedge *e;
    size_t n, cap;
} vedges;

static bool push(vedges *v, size_t from, size_t to, unsigned weight, long orig)
{
    if (kg_grow((void **)&v->e, &v->cap, v->n, sizeof *v->e))
        return false;
    v->e[v->n++] = (vedge){from, to, weight, orig};
    return true;
}

static int cmp_vedge(const void *pa, const void *pb)
{
    const vedge *a = pa, *b = pb;
    return a->from != b->from ? kg_order(a->from, b->from) : kg_order(a->to, b->to);
}

static bool is_kind(const kg_graph *g, size_t node, const char *kind)
{
    return strcmp(g->nodes[node].kind, kind) == 0;
}

static bool is_document(const kg_graph *g, size_t node)
{
    return is_kind(g, node, "document");
}

/* What counts as a Kamerstuk for coupling and co-citation. */
static bool is_stuk(const kg_graph *g, size_t node)
{
    return is_kind(g, node, "kamerstuk") || is_kind(g, node, "motie")
           || is_document(g, node);
}

/* The kept nodes with their attributes: the fields, then the extras name
 * by name, so that the view's names come in the original order (those no
 * kept node has are left out, except in the full copy: every_name). */
static kg_status copy_nodes(kg_graph *ng, const kg_graph *g, const bool *keep,
                            bool every_name)
{
    kg_status st = KG_OK;

    for (size_t i = 0; st == KG_OK && i < g->n_nodes; i++) {
        const kg_gnode *n = &g->nodes[i];
        if (keep[i])
            st = kg_graph_add_node(ng, n->id, n->kind, n->label, n->url, n->file);
    }
    for (size_t a = 0; st == KG_OK && a < g->node_attrs.n; a++) {
        const char *name = g->node_attrs.name[a];
        kg_gattr_type type = g->node_attrs.type[a];
        bool named = false;
        for (size_t i = 0; st == KG_OK && i < g->n_nodes; i++) {
            const kg_gnode *n = &g->nodes[i];
            double v;
            if (!keep[i])
                continue;
            if (type == KG_GATTR_STRING) {
                if (*kg_gextra_get(&n->extra, a) || (every_name && !named))
                    st = kg_graph_set_node_attr(ng, n->id, name,
                                                kg_gextra_get(&n->extra, a));
                named = true;
            } else if (kg_gextra_num(&n->extra, a, &v)) {
                st = type == KG_GATTR_INTEGER
                         ? kg_graph_set_node_int(ng, n->id, name, (long long)v)
                         : kg_graph_set_node_num(ng, n->id, name, v);
            }
        }
    }
    return st;
}

/* The edges, in the order given, then the extras of those that have an
 * original edge, name by name as for the nodes. */
static kg_status copy_edges(kg_graph *ng, const kg_graph *g, const vedges *v,
                            const char *kind, bool every_name)
{
    kg_status st = KG_OK;

    for (size_t i = 0; st == KG_OK && i < v->n; i++) {
        const vedge *e = &v->e[i];
        st = kg_graph_add_citations(ng, g->nodes[e->from].id, g->nodes[e->to].id,
                                    e->orig >= 0 ? g->edges[e->orig].kind : kind,
                                    e->weight);
    }
    for (size_t a = 0; st == KG_OK && a < g->edge_attrs.n; a++)
        for (size_t i = 0; st == KG_OK && i < v->n; i++) {
            const vedge *e = &v->e[i];
            const kg_gedge *o = e->orig >= 0 ? &g->edges[e->orig] : NULL;
            if (o && (*kg_gextra_get(&o->extra, a) || (every_name && i == 0)))
                st = kg_graph_set_edge_attr(ng, g->nodes[o->from].id,
                                            g->nodes[o->to].id, o->kind,
                                            g->edge_attrs.name[a],
                                            kg_gextra_get(&o->extra, a));
        }
    return st;
}

static const char *copy_str(kg_arena *a, const char *s)
{
    return s ? kg_arena_strndup(a, s, strlen(s)) : NULL;
}

/* The references: every view keeps the corpus's, which the writers that
 * list them (SQLite, the report) show whatever the view. */
static kg_status copy_refs(kg_graph *ng, const kg_graph *g)
{
    if (g->n_refs == 0)
        return KG_OK;
    if (!(ng->ref_strings = kg_arena_create()))
        return KG_ERR_NOMEM;
    ng->refs = malloc(g->n_refs * sizeof *ng->refs);
    if (!ng->refs)
        return KG_ERR_NOMEM;
    ng->cap_refs = g->n_refs;
    for (size_t i = 0; i < g->n_refs; i++) {
        const kg_graph_ref *r = &g->refs[i];
        kg_arena *a = ng->ref_strings;
        ng->refs[i] = (kg_graph_ref){
            copy_str(a, r->doc),  copy_str(a, r->file),        copy_str(a, r->kind),
            copy_str(a, r->id),   copy_str(a, r->text),        r->resolved_by,
            copy_str(a, r->block), r->line, r->col};
    }
    ng->n_refs = g->n_refs;
    return KG_OK;
}

/* ---- the views ------------------------------------------------------ */

static kg_status full(const kg_graph *g, bool *keep, vedges *v)
{
    for (size_t i = 0; i < g->n_nodes; i++)
        keep[i] = true;
    for (size_t i = 0; i < g->n_edges; i++)
        if (!push(v, g->edges[i].from, g->edges[i].to, g->edges[i].weight, (long)i))
            return KG_ERR_NOMEM;
    return KG_OK;
}

static kg_status letters(const kg_graph *g, bool *keep, vedges *v)
{
    for (size_t i = 0; i < g->n_nodes; i++)
        keep[i] = is_document(g, i);
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (kg_is_citation(g, e) && is_document(g, e->to)
            && !push(v, e->from, e->to, e->weight, (long)i))
            return KG_ERR_NOMEM;
    }
    qsort(v->e, v->n, sizeof *v->e, cmp_vedge);
    return KG_OK;
}

static unsigned add_sat(unsigned a, unsigned b)
{
    return b > UINT_MAX - a ? UINT_MAX : a + b;
}

/* Every citation of a dossier, direct or through something part_of it,
 * as (document, dossier, mentions); then one edge per pair. */
static kg_status dossiers(const kg_graph *g, bool *keep, vedges *v)
{
    vedges raw = {0};
    kg_part_of m = {NULL, NULL};
    kg_status st = kg_part_of_build(g, &m) ? KG_OK : KG_ERR_NOMEM;

    for (size_t i = 0; i < g->n_nodes; i++)
        keep[i] = is_document(g, i);
    for (size_t i = 0; st == KG_OK && i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (!kg_is_citation(g, e))
            continue;
        if (is_kind(g, e->to, "dossier") && !push(&raw, e->from, e->to, e->weight, -1))
            st = KG_ERR_NOMEM;
        /* the dossiers of what it cites */
        for (size_t k = m.first[e->to]; st == KG_OK && k < m.first[e->to + 1]; k++)
            if (!push(&raw, e->from, m.dossier[k], e->weight, -1))
                st = KG_ERR_NOMEM;
    }
    kg_part_of_free(&m);
    qsort(raw.e, raw.n, sizeof *raw.e, cmp_vedge);
    for (size_t i = 0; st == KG_OK && i < raw.n; i++) {
        const vedge *r = &raw.e[i];
        keep[r->to] = true;
        if (v->n && v->e[v->n - 1].from == r->from && v->e[v->n - 1].to == r->to)
            v->e[v->n - 1].weight = add_sat(v->e[v->n - 1].weight, r->weight);
        else if (!push(v, r->from, r->to, r->weight, -1))
            st = KG_ERR_NOMEM;
    }
    free(raw.e);
    return st;
}

/* The graph igraph counts on, bipartite: vertex i (type false) is node i
 * citing, vertex n + i (type true) is node i cited, and an edge joins
 * them for every citation of a Kamerstuk (is_stuk). A letter that cites
 * and is cited is on both sides. */
static igraph_error_t stuk_citations(const kg_graph *g, igraph_t *ig,
                                     igraph_vector_bool_t *types)
{
    igraph_vector_int_t ends;
    igraph_integer_t n = (igraph_integer_t)g->n_nodes;
    igraph_error_t rc = igraph_vector_int_init(&ends, 0);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (kg_is_citation(g, e) && is_stuk(g, e->to)) {
            rc = igraph_vector_int_push_back(&ends, (igraph_integer_t)e->from);
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_vector_int_push_back(&ends, n + (igraph_integer_t)e->to);
        }
    }
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_bool_init(types, 2 * n);
    if (rc == IGRAPH_SUCCESS) {
        for (igraph_integer_t i = n; i < 2 * n; i++)
            VECTOR(*types)[i] = true;
        rc = igraph_create(ig, &ends, 2 * n, IGRAPH_UNDIRECTED);
        if (rc != IGRAPH_SUCCESS)
            igraph_vector_bool_destroy(types);
    }
    igraph_vector_int_destroy(&ends);
    return rc;
}

/* The pairs of kept nodes that share a neighbour, with how many: the
 * projection of the bipartite graph on the citing side (coupling: what
 * both cite) or on the cited side (co-citation: who cites both); both keep
 * the node numbers. Each pair once, from the node whose id sorts first. */
static igraph_error_t shared_pairs(const kg_graph *g, const igraph_t *ig,
                                   const igraph_vector_bool_t *types,
                                   const bool *keep, bool coupling, vedges *v)
{
    igraph_t proj;
    igraph_vector_int_t mult;
    igraph_error_t rc = igraph_vector_int_init(&mult, 0);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = coupling ? igraph_bipartite_projection(ig, types, &proj, NULL, &mult, NULL, -1)
                  : igraph_bipartite_projection(ig, types, NULL, &proj, NULL, &mult, -1);
    if (rc != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&mult);
        return rc;
    }
    for (igraph_integer_t i = 0; rc == IGRAPH_SUCCESS && i < igraph_ecount(&proj); i++) {
        igraph_integer_t x, y;
        igraph_integer_t w = VECTOR(mult)[i];
        size_t a, c;
        rc = igraph_edge(&proj, i, &x, &y);
        a = (size_t)x;
        c = (size_t)y;
        if (rc != IGRAPH_SUCCESS || a == c || w < 1 || !keep[a] || !keep[c])
            continue;
        bool swap = strcmp(g->nodes[c].id, g->nodes[a].id) < 0;
        if (!push(v, swap ? c : a, swap ? a : c,
                  w >= (igraph_integer_t)UINT_MAX ? UINT_MAX : (unsigned)w, -1))
            rc = IGRAPH_ENOMEM;
    }
    igraph_destroy(&proj);
    igraph_vector_int_destroy(&mult);
    if (rc == IGRAPH_SUCCESS)
        qsort(v->e, v->n, sizeof *v->e, cmp_vedge);
    return rc;
}

/* Coupling (documents) or co-citation (cited Kamerstukken). */
static kg_status similarity(const kg_graph *g, bool coupling, bool *keep,
                            vedges *v, kg_error *err)
{
    igraph_t ig;
    igraph_vector_bool_t types;
    kg_igraph_quiet q;
    igraph_error_t rc;

    for (size_t i = 0; i < g->n_nodes; i++)
        keep[i] = coupling && is_document(g, i);
    if (!coupling)
        for (size_t i = 0; i < g->n_edges; i++) {
            const kg_gedge *e = &g->edges[i];
            if (kg_is_citation(g, e) && is_stuk(g, e->to))
                keep[e->to] = true;
        }
    igraph_set_attribute_table(&igraph_cattribute_table);
    kg_igraph_quiet_begin(&q);
    rc = stuk_citations(g, &ig, &types);
    if (rc == IGRAPH_SUCCESS) {
        rc = shared_pairs(g, &ig, &types, keep, coupling, v);
        igraph_vector_bool_destroy(&types);
        igraph_destroy(&ig);
    }
    kg_igraph_quiet_end(&q);
    if (rc != IGRAPH_SUCCESS)
        return kg_fail(err, rc == IGRAPH_ENOMEM ? KG_ERR_NOMEM : KG_ERR_GRAPH,
                       "igraph: cannot compute the %s view: %s",
                       coupling ? "coupling" : "cocitation", igraph_strerror(rc));
    return KG_OK;
}

kg_graph *kg_graph_view(kg_graph *g, kg_view view, kg_error *err)
{
    kg_graph *ng;
    bool *keep;
    vedges v = {0};
    kg_status st;
    const char *kind = "cites";

    if (!g || (size_t)view >= N_VIEWS) {
        kg_fail(err, KG_ERR_USAGE, "kg_graph_view: no graph or no such view");
        return NULL;
    }
    ng = kg_graph_create();
    keep = calloc(g->n_nodes ? g->n_nodes : 1, sizeof *keep);
    if (!ng || !keep) {
        free(keep);
        kg_graph_free(ng);
        kg_fail(err, KG_ERR_NOMEM, "view: out of memory");
        return NULL;
    }
    switch (view) {
    case KG_VIEW_FULL: st = full(g, keep, &v); break;
    case KG_VIEW_LETTERS: st = letters(g, keep, &v); break;
    case KG_VIEW_DOSSIERS: st = dossiers(g, keep, &v); break;
    case KG_VIEW_COUPLING:
        kind = "coupling";
        st = similarity(g, true, keep, &v, err);
        break;
    default:
        kind = "cocitation";
        st = similarity(g, false, keep, &v, err);
        break;
    }
    if (st == KG_OK)
        st = copy_refs(ng, g);
    if (st == KG_OK)
        st = copy_nodes(ng, g, keep, view == KG_VIEW_FULL);
    if (st == KG_OK)
        st = copy_edges(ng, g, &v, kind, view == KG_VIEW_FULL);
    free(v.e);
    free(keep);
    if (st != KG_OK) {
        if (st == KG_ERR_NOMEM)
            kg_fail(err, st, "view %s: out of memory", view_names[view]);
        kg_graph_free(ng);
        return NULL;
    }
    return ng;
}

/* ---- analysis of a view --------------------------------------------- */

/* The figures that describe how a node is cited, which a similarity view
 * cannot compute (it has no citations) and takes from its source. */
static const struct {
    const char *name;
    bool integer;
} cited_figures[] = {{"in_degree", true},  {"citing_docs", true}, {"mentions", true},
                     {"pagerank", false},  {"authority", false},  {"hub", false}};

kg_status kg_graph_analyse_view(kg_graph *view, kg_graph *from, kg_view which,
                                kg_error *err)
{
    kg_status st = kg_graph_analyse(view, err);

    if (st != KG_OK || (which != KG_VIEW_COUPLING && which != KG_VIEW_COCITATION))
        return st;
    if (!from)
        return kg_fail(err, KG_ERR_USAGE, "kg_graph_analyse_view: no source graph");
    if ((st = kg_graph_analyse(from, err)) != KG_OK)
        return st;
    for (size_t i = 0; st == KG_OK && i < view->n_nodes; i++) {
        const char *id = view->nodes[i].id;
        for (size_t k = 0; st == KG_OK && k < sizeof cited_figures / sizeof *cited_figures;
             k++) {
            double v;
            if (!kg_graph_node_num(from, id, cited_figures[k].name, &v))
                continue; /* analysed above: every node has them */
            st = cited_figures[k].integer
                     ? kg_graph_set_node_int(view, id, cited_figures[k].name, (long long)v)
                     : kg_graph_set_node_num(view, id, cited_figures[k].name, v);
        }
    }
    if (st == KG_ERR_NOMEM)
        kg_fail(err, st, "view %s: out of memory", view_names[which]);
    return st;
}
