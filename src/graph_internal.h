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

#include <igraph/igraph.h>

#include "internal.h"

/* ---- the store ------------------------------------------------------ */

/* Values of the extra attributes of one node or edge, by the attribute's
 * index in the graph's names; v[i] NULL or i >= n means "". */
typedef struct {
    char **v;
    size_t n;
} kg_gextra;

static inline const char *kg_gextra_get(const kg_gextra *x, size_t i)
{
    return i < x->n && x->v[i] ? x->v[i] : "";
}

/* Names of the extra attributes, in order of first use. */
typedef struct {
    char **name;
    size_t n, cap;
} kg_gnames;

/* One recorded alias; strings owned. */
typedef struct {
    char *alias, *target, *evidence;
} kg_galias;

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
    kg_galias *aliases; /* in order of recording */
    size_t n_aliases, cap_aliases;
    kg_graph_ref *refs; /* every reference of every document added */
    size_t n_refs, cap_refs;
    kg_arena *ref_strings; /* their strings */

    /* igraph copy, built on demand: the tables are the truth, the igraph_t
     * is a cache that any change invalidates. */
    igraph_t ig;
    bool ig_exists; /* ig holds an initialised graph that must be freed */
    bool ig_fresh;  /* ... and it matches the tables */
};

/* The igraph view of the graph, with the node and edge attributes; built
 * or refreshed as needed. Owned by g; valid until g changes. */
kg_status kg_graph_igraph(kg_graph *g, const igraph_t **out, kg_error *err);

/* igraph aborts on errors and prints warnings by default; a library must
 * do neither, so igraph calls are bracketed by these. */
typedef struct {
    igraph_error_handler_t *error;
    igraph_warning_handler_t *warning;
} kg_igraph_quiet;

void kg_igraph_quiet_begin(kg_igraph_quiet *saved);
void kg_igraph_quiet_end(const kg_igraph_quiet *saved);

/* ---- Graphviz (write_dot.c, render.c) ------------------------------- */

/* The cgraph graph the DOT writer writes: nodes with label, kind, shape,
 * fillcolor, URL, tooltip; edges with kind, weight, style, label. NULL
 * when cgraph runs out of memory; the caller agclose()s it. cgraph prints
 * its errors unless agseterrf() installed a quiet handler. Declared with
 * the struct tag so that this header need not include cgraph.h. */
struct Agraph_s;
struct Agraph_s *kg_dot_build(const kg_graph *g);

/* kg_render into memory: *out (malloc'ed, NUL-terminated, *len bytes
 * without the NUL) holds the picture. For the report. */
kg_status kg_render_mem(kg_graph *g, const char *format, const char *engine,
                        char **out, size_t *len, kg_error *err);

#endif
