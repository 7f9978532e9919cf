/* The graph's edges (graph_store.h): one per (from, to, kind), its weight
 * the number of mentions. */
#include <limits.h>
#include <stdlib.h>

#include "graph_store.h"

static kg_status append_edge(kg_graph *g, const kg_edge_key *k, size_t hash)
{
    kg_gedge e = {0};

    if (kg_grow((void **)&g->edges, &g->cap_edges, g->n_edges, sizeof e) != 0
        || !kg_index_reserve(g, &g->edge_ix, g->n_edges, kg_edge_hash))
        return KG_ERR_NOMEM;
    e.kind = kg_kind_dup(k->kind);
    if (!e.kind)
        return KG_ERR_NOMEM;
    e.from = k->from;
    e.to = k->to;
    e.weight = 1;
    e.hash = hash;
    *kg_index_slot(g, &g->edge_ix, hash, kg_edge_matches, k) = kg_slot_make(g->n_edges, hash);
    g->edges[g->n_edges++] = e;
    return KG_OK;
}

bool kg_edge_find(const kg_graph *g, const char *from, const char *to, const char *edge_kind,
                  kg_edge_key *k, size_t *hash, long *at)
{
    long f = kg_node_find(g, from, kg_hash_id(from));
    long t = kg_node_find(g, to, kg_hash_id(to));
    if (f < 0 || t < 0)
        return false;
    k->from = (size_t)f;
    k->to = (size_t)t;
    k->kind = edge_kind;
    *hash = kg_hash_edge(k->from, k->to, edge_kind);
    *at = -1;
    if (g->edge_ix.cap) {
        size_t *slot = kg_index_slot(g, &g->edge_ix, *hash, kg_edge_matches, k);
        if (*slot)
            *at = (long)kg_slot_entry(*slot);
    }
    return true;
}

bool kg_graph_has_edge(const kg_graph *g, const char *from, const char *to,
                       const char *edge_kind)
{
    kg_edge_key k;
    size_t hash;
    long at;
    return g && from && to && edge_kind &&
           kg_edge_find(g, from, to, edge_kind, &k, &hash, &at) && at >= 0;
}

kg_status kg_graph_add_citations(kg_graph *g, const char *from, const char *to,
                                 const char *edge_kind, unsigned n)
{
    kg_edge_key k;
    size_t hash;
    long at;
    kg_status st;

    if (n == 0)
        return KG_ERR_USAGE;
    st = kg_graph_add_citation(g, from, to, edge_kind);
    if (st != KG_OK || n == 1)
        return st;
    kg_edge_find(g, from, to, edge_kind, &k, &hash, &at); /* exists now */
    g->edges[at].weight = g->edges[at].weight > UINT_MAX - (n - 1)
                              ? UINT_MAX
                              : g->edges[at].weight + (n - 1);
    return KG_OK;
}

kg_status kg_graph_add_citation(kg_graph *g, const char *from, const char *to,
                                const char *edge_kind)
{
    kg_edge_key k;
    size_t hash;
    long at;

    if (!g || !kg_key_valid(from) || !kg_key_valid(to) || !kg_key_valid(edge_kind))
        return KG_ERR_USAGE;
    if (!kg_edge_find(g, from, to, edge_kind, &k, &hash, &at))
        return KG_ERR_USAGE;
    kg_graph_touch(g);
    if (at >= 0) {
        if (g->edges[at].weight < UINT_MAX)
            g->edges[at].weight++;
        return KG_OK;
    }
    return append_edge(g, &k, hash);
}
