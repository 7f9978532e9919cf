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

/* All strings are owned and never NULL: an absent value is "". */
typedef struct {
    char *id;
    char *kind;
    char *label;
    char *url;
    char *file;
    size_t hash; /* of id, kept so the index can grow without rehashing */
} kg_gnode;

typedef struct {
    size_t from, to; /* node indices */
    char *kind;
    unsigned weight; /* number of mentions */
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

#endif
