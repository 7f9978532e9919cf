/* The igraph mirror of the graph (graph_igraph.h): a cache of the tables,
 * built on demand and dropped when they change. */
#include <stddef.h>

#include "graph_igraph.h"
#include "graph_store.h"

void kg_igraph_quiet_begin(kg_igraph_quiet *saved)
{
    saved->error = igraph_set_error_handler(igraph_error_handler_ignore);
    saved->warning = igraph_set_warning_handler(igraph_warning_handler_ignore);
}

void kg_igraph_quiet_end(const kg_igraph_quiet *saved)
{
    igraph_set_error_handler(saved->error);
    igraph_set_warning_handler(saved->warning);
}

void kg_igraph_drop(struct kg_igraph_cache *c)
{
    if (c->exists)
        igraph_destroy(&c->ig);
    c->exists = false;
    c->fresh = false;
}

/* Offset of a string field in kg_gnode, to set one attribute per pass. */
static const struct {
    const char *name;
    size_t offset;
} node_attrs[] = {
    {"id", offsetof(kg_gnode, id)},       {"kind", offsetof(kg_gnode, kind)},
    {"label", offsetof(kg_gnode, label)}, {"url", offsetof(kg_gnode, url)},
    {"file", offsetof(kg_gnode, file)},
};
#define N_NODE_ATTRS (sizeof node_attrs / sizeof node_attrs[0])

static igraph_error_t set_node_attrs(const kg_graph *g)
{
    igraph_strvector_t sv;
    igraph_error_t rc = igraph_strvector_init(&sv, (igraph_integer_t)g->n_nodes);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    for (size_t a = 0; rc == IGRAPH_SUCCESS && a < N_NODE_ATTRS; a++) {
        for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->n_nodes; i++) {
            char *const *field =
                (char *const *)((const char *)&g->nodes[i] + node_attrs[a].offset);
            rc = igraph_strvector_set(&sv, (igraph_integer_t)i, *field);
        }
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_cattribute_VAS_setv(&g->ig->ig, node_attrs[a].name, &sv);
    }
    igraph_strvector_destroy(&sv);
    return rc;
}

static const kg_gextra *node_extra(const kg_graph *g, size_t i)
{
    return &g->nodes[i].extra;
}

static const kg_gextra *edge_extra(const kg_graph *g, size_t i)
{
    return &g->edges[i].extra;
}

/* A numeric node attribute: NaN where a node has no value (igraph's
 * GraphML writer then leaves the value out). */
static igraph_error_t set_num_extra(const kg_graph *g, size_t a, igraph_vector_t *nv)
{
    for (size_t i = 0; i < g->n_nodes; i++) {
        double v;
        VECTOR(*nv)[i] = kg_gextra_num(&g->nodes[i].extra, a, &v) ? v : IGRAPH_NAN;
    }
    return igraph_cattribute_VAN_setv(&g->ig->ig, g->node_attrs.name[a], nv);
}

/* One attribute per extra name, in order: a string attribute with "" where
 * an entry has no value, so every node (edge) has every attribute as
 * GraphML readers expect; a numeric one for numeric node attributes. */
static igraph_error_t set_extras(const kg_graph *g, const kg_gnames *names,
                                 size_t count,
                                 const kg_gextra *(*extra_of)(const kg_graph *, size_t),
                                 bool vertex)
{
    igraph_strvector_t sv;
    igraph_vector_t nv;
    igraph_error_t rc = igraph_strvector_init(&sv, (igraph_integer_t)count);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_vector_init(&nv, (igraph_integer_t)count);
    if (rc != IGRAPH_SUCCESS) {
        igraph_strvector_destroy(&sv);
        return rc;
    }
    for (size_t a = 0; rc == IGRAPH_SUCCESS && a < names->n; a++) {
        if (vertex && names->type[a] != KG_GATTR_STRING) {
            rc = set_num_extra(g, a, &nv);
            continue;
        }
        for (size_t i = 0; rc == IGRAPH_SUCCESS && i < count; i++)
            rc = igraph_strvector_set(&sv, (igraph_integer_t)i,
                                      kg_gextra_get(extra_of(g, i), a));
        if (rc == IGRAPH_SUCCESS)
            rc = vertex ? igraph_cattribute_VAS_setv(&g->ig->ig, names->name[a], &sv)
                        : igraph_cattribute_EAS_setv(&g->ig->ig, names->name[a], &sv);
    }
    igraph_vector_destroy(&nv);
    igraph_strvector_destroy(&sv);
    return rc;
}

static igraph_error_t add_edges(const kg_graph *g)
{
    igraph_vector_int_t ends;
    igraph_error_t rc = igraph_vector_int_init(&ends, 2 * (igraph_integer_t)g->n_edges);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    for (size_t i = 0; i < g->n_edges; i++) {
        VECTOR(ends)[2 * i] = (igraph_integer_t)g->edges[i].from;
        VECTOR(ends)[2 * i + 1] = (igraph_integer_t)g->edges[i].to;
    }
    rc = igraph_add_edges(&g->ig->ig, &ends, NULL);
    igraph_vector_int_destroy(&ends);
    return rc;
}

static igraph_error_t set_edge_attrs(const kg_graph *g)
{
    igraph_strvector_t kinds;
    igraph_vector_t weights;
    igraph_error_t rc;

    rc = igraph_strvector_init(&kinds, (igraph_integer_t)g->n_edges);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_vector_init(&weights, (igraph_integer_t)g->n_edges);
    if (rc != IGRAPH_SUCCESS) {
        igraph_strvector_destroy(&kinds);
        return rc;
    }
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->n_edges; i++) {
        rc = igraph_strvector_set(&kinds, (igraph_integer_t)i, g->edges[i].kind);
        VECTOR(weights)[i] = g->edges[i].weight;
    }
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_cattribute_EAS_setv(&g->ig->ig, "kind", &kinds);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_cattribute_EAN_setv(&g->ig->ig, "weight", &weights);
    igraph_strvector_destroy(&kinds);
    igraph_vector_destroy(&weights);
    return rc;
}

static igraph_error_t build_igraph(const kg_graph *g)
{
    igraph_error_t rc;

    kg_igraph_drop(g->ig);
    rc = igraph_empty(&g->ig->ig, (igraph_integer_t)g->n_nodes, IGRAPH_DIRECTED);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    g->ig->exists = true;
    rc = set_node_attrs(g);
    if (rc == IGRAPH_SUCCESS)
        rc = set_extras(g, &g->node_attrs, g->n_nodes, node_extra, true);
    if (rc == IGRAPH_SUCCESS)
        rc = add_edges(g);
    if (rc == IGRAPH_SUCCESS)
        rc = set_edge_attrs(g);
    if (rc == IGRAPH_SUCCESS)
        rc = set_extras(g, &g->edge_attrs, g->n_edges, edge_extra, false);
    if (rc != IGRAPH_SUCCESS)
        kg_igraph_drop(g->ig);
    else
        g->ig->fresh = true;
    return rc;
}

kg_status kg_graph_igraph(const kg_graph *g, const igraph_t **out, kg_error *err)
{
    kg_igraph_quiet q;
    igraph_error_t rc = IGRAPH_SUCCESS;

    if (!g || !g->ig || !out)
        return kg_fail(err, KG_ERR_USAGE, "kg_graph_igraph: no graph");
    if (!g->ig->fresh) {
        /* Attributes of a graph are typed by the table in force when it is
         * built; make sure it is ours even if someone swapped it. */
        igraph_set_attribute_table(&igraph_cattribute_table);
        kg_igraph_quiet_begin(&q);
        rc = build_igraph(g);
        kg_igraph_quiet_end(&q);
    }
    if (rc != IGRAPH_SUCCESS)
        return kg_fail(err, rc == IGRAPH_ENOMEM ? KG_ERR_NOMEM : KG_ERR_GRAPH,
                       "igraph: cannot build the graph: %s",
                       igraph_strerror(rc));
    *out = &g->ig->ig;
    return KG_OK;
}
