/*
 * Internals of kg_graph shared by graph.c, analysis.c and the writers.
 * Not installed; the public contract is include/kamergraph/kamergraph.h.
 */
#ifndef KG_GRAPH_INTERNAL_H
#define KG_GRAPH_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "arena.h"

/* ---- the store ------------------------------------------------------ */

/* Values of the extra attributes of one node or edge, by the attribute's
 * index in the graph's names; v[i] NULL or i >= n means "". A numeric
 * attribute (kg_graph_set_node_num) also keeps its value as text in v[i]
 * (integers in full, doubles as "%.6g", '.' whatever the locale: what the
 * DOT writer writes), and the number itself in num[i]: NaN or
 * i >= nnum means absent. Only nodes have numeric attributes. */
typedef struct {
    char **v;
    size_t n;
    double *num;
    size_t nnum;
} kg_gextra;

static inline const char *kg_gextra_get(const kg_gextra *x, size_t i)
{
    return i < x->n && x->v[i] ? x->v[i] : "";
}

/* The number of numeric attribute i; false when absent. */
static inline bool kg_gextra_num(const kg_gextra *x, size_t i, double *out)
{
    if (i >= x->nnum || x->num[i] != x->num[i]) /* NaN: absent */
        return false;
    *out = x->num[i];
    return true;
}

/* The type of an extra attribute, fixed by its first use: text
 * (kg_graph_set_node_attr), integer (kg_graph_set_node_int) or double
 * (kg_graph_set_node_num). The igraph view makes the numeric ones numeric
 * attributes (igraph has doubles only); GraphML and GEXF declare integers
 * "long" and doubles "double". */
typedef enum {
    KG_GATTR_STRING = 0,
    KG_GATTR_INTEGER,
    KG_GATTR_DOUBLE
} kg_gattr_type;

/* Names of the extra attributes, in order of first use, and their types
 * (type[i] for name[i]). */
typedef struct {
    char **name;
    size_t n, cap;
    kg_gattr_type *type;
} kg_gnames;

/* All strings are owned and never NULL: an absent value is "". */
typedef struct {
    char *id;
    char *kind;
    char *label;
    char *url;
    char *file;
    kg_gextra extra;
    size_t hash; /* of id, kept so the index can grow without rehashing */
} kg_gnode;

typedef struct {
    size_t from, to; /* node indices */
    char *kind;
    unsigned weight; /* number of mentions */
    kg_gextra extra;
    size_t hash;     /* of (from, to, kind) */
} kg_gedge;

/* Open-addressing index: slot holds entry index + 1, 0 means empty. */
typedef struct {
    size_t *slot;
    size_t cap; /* power of two, or 0 before the first insert */
} kg_gindex;

struct kg_graph {
    kg_gnode *nodes; /* in order of first insertion */
    size_t n_nodes, cap_nodes;
    kg_gedge *edges; /* in order of first insertion */
    size_t n_edges, cap_edges;
    kg_gindex node_ix; /* id -> node */
    kg_gindex edge_ix; /* (from, to, kind) -> edge */
    kg_gnames node_attrs, edge_attrs; /* extra attribute names */
    kg_letters *letters; /* letters cited by date and what ties them */
    kg_graph_ref *refs; /* every reference of every document added */
    size_t n_refs, cap_refs;
    kg_arena *ref_strings; /* their strings */
    bool drop_refs;        /* kg_graph_keep_refs(g, false) */
    struct kg_igraph_cache *ig; /* the igraph mirror (graph_igraph.h) */
};

/* Records the ties of letters cited by date that doc makes
 * (kg_letters_add_document), for kg_graph_resolve_aliases. */
kg_status kg_graph_add_letters(kg_graph *g, const kg_doc *doc);

/* The index of node `id` in g->nodes, or -1: the writers that follow
 * references from node to node (the site) look them up by id. */
long kg_graph_node_index(const kg_graph *g, const char *id);

/* kg_graph_add_citation `n` times at once (n >= 1; the weight saturates
 * at UINT_MAX): for the views (views.c), which copy weights. */
kg_status kg_graph_add_citations(kg_graph *g, const char *from, const char *to,
                                 const char *edge_kind, unsigned n);

/* Numeric node attributes by index, for writers of many values at once
 * (the analysis sets seven on every node; looking each node up by id and
 * each name up by text was most of its cost).
 * kg_graph_num_attr: the index of numeric attribute `name` of `type`,
 * added when new; -1 out of memory, -2 an invalid name or one of another
 * type. kg_graph_set_num_at: as kg_graph_set_node_num on node index
 * `node`. */
long kg_graph_num_attr(kg_graph *g, const char *name, kg_gattr_type type);
kg_status kg_graph_set_num_at(kg_graph *g, size_t node, size_t attr, double value);

/* Put '.' where the locale wrote its decimal point in buf (printf's
 * output): every writer's numbers read the same whatever the locale. */
void kg_c_locale_point(char *buf);

/* ---- analysis.c, shared with views.c --------------------------------- */

/* A citation: a `cites` edge from a document to another node (citing
 * oneself is not one). The edges of the citation graph. */
bool kg_is_citation(const kg_graph *g, const kg_gedge *e);

/* The part_of edges into dossiers, grouped by source node: the dossiers
 * of node i are dossier[first[i] .. first[i + 1]). */
typedef struct {
    size_t *first;
    size_t *dossier;
} kg_part_of;

bool kg_part_of_build(const kg_graph *g, kg_part_of *m); /* false: no memory */
void kg_part_of_free(kg_part_of *m);

#endif
