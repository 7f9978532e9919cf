/*
 * The writers of the graph: each writes one format into a sink (sink.h).
 * kg_write (write.c) chooses one by its format's name and holds what they
 * share: the checks of the arguments, the file made atomically, the
 * message when it cannot be. A writer writes straight through and returns
 * KG_OK or what stopped it (out of memory, a library that refused); a
 * failed write is the sink's to report. Not installed.
 */
#ifndef KG_WRITERS_H
#define KG_WRITERS_H

#include "graph_internal.h"
#include "sink.h"

typedef kg_status (*kg_writer_fn)(const kg_graph *g, kg_sink *out, kg_error *err);

kg_status kg_dot_write(const kg_graph *g, kg_sink *out, kg_error *err);
kg_status kg_graphml_write(const kg_graph *g, kg_sink *out, kg_error *err);
kg_status kg_gexf_write(const kg_graph *g, kg_sink *out, kg_error *err);
kg_status kg_json_write(const kg_graph *g, kg_sink *out, kg_error *err);
/* The two files of CSV: the nodes, the edges. */
kg_status kg_csv_write_nodes(const kg_graph *g, kg_sink *out, kg_error *err);
kg_status kg_csv_write_edges(const kg_graph *g, kg_sink *out, kg_error *err);
kg_status kg_sqlite_write(const kg_graph *g, kg_sink *out, kg_error *err);

#endif
