/*
 * The graph as igraph sees it, every node and edge attribute copied: for
 * the tests that inspect the attributes. The analysis and the views build
 * a lean igraph graph of their own instead (analysis.c says why). Not
 * installed.
 */
#ifndef KG_GRAPH_IGRAPH_H
#define KG_GRAPH_IGRAPH_H

#include <igraph/igraph.h>

#include "graph_internal.h"

/* The igraph view of the graph, with the node and edge attributes; built
 * or refreshed as needed (a cache kept behind the graph's pointer, so a
 * const graph has it too). Owned by g; valid until g changes. */
kg_status kg_graph_igraph(const kg_graph *g, const igraph_t **out, kg_error *err);

/* igraph aborts on errors and prints warnings by default; a library must
 * do neither, so igraph calls are bracketed by these. */
typedef struct {
    igraph_error_handler_t *error;
    igraph_warning_handler_t *warning;
} kg_igraph_quiet;

void kg_igraph_quiet_begin(kg_igraph_quiet *saved);
void kg_igraph_quiet_end(const kg_igraph_quiet *saved);

#endif
