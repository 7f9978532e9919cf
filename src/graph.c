/*
 * kg_graph: the node and edge store (graph_store.h lists its files); here
 * its life cycle and its nodes.
 *
 * Nodes and edges live in plain arrays in order of first insertion, with
 * hash indexes for lookup. That order is what makes every writer's output
 * deterministic. The igraph_t is derived from these tables lazily, when a
 * writer needs it, so adding many mentions stays cheap.
 */
#include <stdlib.h>
#include <string.h>

#include "graph_store.h"
#include "kinds.h"

/* ---- life cycle ----------------------------------------------------- */

kg_graph *kg_graph_create(void)
{
    /* Process-global, and the only way to get named attributes from the
     * C library; setting it again is harmless. */
    igraph_set_attribute_table(&igraph_cattribute_table);
    kg_graph *g = calloc(1, sizeof *g);
    if (g && !(g->ig = calloc(1, sizeof *g->ig))) {
        free(g);
        return NULL;
    }
    return g;
}

void kg_gextra_free(kg_gextra *x)
{
    for (size_t i = 0; i < x->n; i++)
        free(x->v[i]);
    free(x->v);
    x->v = NULL;
    x->n = 0;
    free(x->num);
    x->num = NULL;
    x->nnum = 0;
}

void kg_gnode_free(kg_gnode *n)
{
    free(n->id);
    kg_kind_free(n->kind);
    free(n->label);
    free(n->url);
    free(n->file);
    kg_gextra_free(&n->extra);
}

void kg_gedge_free(kg_gedge *e)
{
    kg_kind_free(e->kind);
    kg_gextra_free(&e->extra);
}

static void free_names(kg_gnames *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->name[i]);
    free(t->name);
    free(t->type);
}

void kg_graph_free(kg_graph *g)
{
    if (!g)
        return;
    if (g->ig)
        kg_igraph_drop(g->ig);
    free(g->ig);
    for (size_t i = 0; i < g->n_nodes; i++)
        kg_gnode_free(&g->nodes[i]);
    for (size_t i = 0; i < g->n_edges; i++)
        kg_gedge_free(&g->edges[i]);
    free(g->nodes);
    free(g->edges);
    free(g->node_ix.slot);
    free(g->edge_ix.slot);
    free_names(&g->node_attrs);
    free_names(&g->edge_attrs);
    kg_letters_free(g->letters);
    free(g->refs);
    kg_arena_free(g->ref_strings);
    free(g);
}

size_t kg_graph_node_count(const kg_graph *g)
{
    return g ? g->n_nodes : 0;
}

size_t kg_graph_edge_count(const kg_graph *g)
{
    return g ? g->n_edges : 0;
}

/* ---- nodes ---------------------------------------------------------- */

/* Set *field to a clean copy of value; false only when out of memory. */
static bool replace_field(char **field, const char *value)
{
    char *copy = kg_key_clean(value);
    if (!copy)
        return false;
    free(*field);
    *field = copy;
    return true;
}

/* Fill *field from value when it is still empty. */
static bool fill_field(char **field, const char *value)
{
    if (**field || !value || !*value)
        return true;
    return replace_field(field, value);
}

static kg_status merge_node(kg_gnode *n, const char *kind, const char *label,
                            const char *url, const char *file)
{
    bool ok = true;

    /* a node seen both as a cited Kamerstuk and as an input document is
     * the document */
    if (kg_node_kind_strength(kind) > kg_node_kind_strength(n->kind)) {
        /* The new kind brings its label; an empty one is no label. */
        char *k = kg_kind_dup(kind);
        if (!k)
            return KG_ERR_NOMEM;
        if (label && *label)
            ok = replace_field(&n->label, label);
        if (!ok) {
            kg_kind_free(k);
            return KG_ERR_NOMEM;
        }
        kg_kind_free(n->kind);
        n->kind = k;
    }
    ok = fill_field(&n->label, label) && fill_field(&n->url, url)
         && fill_field(&n->file, file);
    return ok ? KG_OK : KG_ERR_NOMEM;
}

static kg_status append_node(kg_graph *g, const char *id, size_t hash,
                             const char *kind, const char *label,
                             const char *url, const char *file)
{
    kg_gnode n = {0};

    if (kg_grow((void **)&g->nodes, &g->cap_nodes, g->n_nodes, sizeof n) != 0
        || !kg_index_reserve(g, &g->node_ix, g->n_nodes, kg_node_hash))
        return KG_ERR_NOMEM;
    n.id = kg_key_clean(id);
    n.kind = kg_kind_dup(kind);
    n.label = kg_key_clean(label);
    n.url = kg_key_clean(url);
    n.file = kg_key_clean(file);
    n.hash = hash;
    if (!n.id || !n.kind || !n.label || !n.url || !n.file) {
        kg_gnode_free(&n);
        return KG_ERR_NOMEM;
    }
    *kg_index_slot(g, &g->node_ix, hash, kg_node_matches, id) = kg_slot_make(g->n_nodes, hash);
    g->nodes[g->n_nodes++] = n;
    return KG_OK;
}

kg_status kg_graph_add_node(kg_graph *g, const char *id, const char *kind,
                            const char *label, const char *url,
                            const char *file)
{
    size_t hash;
    long at;

    if (!g || !kg_key_valid(id) || !kg_key_valid(kind))
        return KG_ERR_USAGE;
    kg_graph_touch(g);
    hash = kg_hash_id(id);
    at = kg_node_find(g, id, hash);
    if (at >= 0)
        return merge_node(&g->nodes[at], kind, label, url, file);
    return append_node(g, id, hash, kind, label, url, file);
}
