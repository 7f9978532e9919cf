/*
 * JSON node-link writer: the shape networkx.node_link_graph reads and
 * d3, Sigma.js and Cytoscape take with little or no change.
 *
 *   {
 *     "directed": true,
 *     "multigraph": false,
 *     "graph": {"generator": "kamergraph 0.1.0"},
 *     "nodes": [
 *       {"id": "kst-31490-359", "kind": "document", "label": ..., "url": ...,
 *        "file": ..., <extras>},
 *       ...
 *     ],
 *     "links": [
 *       {"source": ..., "target": ..., "kind": "cites", "weight": 2, <extras>},
 *       ...
 *     ]
 *   }
 *
 * One node or link a line, in the graph's order. Every node has every
 * attribute and every link every edge attribute: "" for an empty string,
 * null for a missing number; numbers are JSON numbers. "multigraph" is
 * true when two edges (of different kinds) join the same two nodes in the
 * same direction: networkx then builds a MultiDiGraph and keeps both,
 * where a DiGraph would silently keep one. Extras whose names clash with
 * the keys above (or "key", which networkx reads in a multigraph) are
 * renamed as in export.h.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "export.h"
#include "writers.h"

static const char *const node_builtin[] = {"id", "kind", "label", "url", "file", NULL};
static const char *const edge_builtin[] = {"source", "target", "kind", "weight", "key", NULL};

static void key(kg_sink *o, const char *name, bool first)
{
    if (!first)
        kg_out_str(o, ", ");
    kg_esc_json(o, name);
    kg_out_str(o, ": ");
}

static void text(kg_sink *o, const char *name, const char *value, bool first)
{
    key(o, name, first);
    kg_esc_json(o, value);
}

static void extras(kg_sink *o, const kg_graph *g, kg_xclass c, size_t item,
                   char **names)
{
    for (size_t a = 0; a < kg_x_count(g, c); a++) {
        double v;
        char buf[KG_NUM_BUF];

        key(o, names[a], false);
        if (kg_x_type(g, c, a) == KG_XSTRING)
            kg_esc_json(o, kg_x_str(g, c, item, a));
        else if (kg_x_num(g, c, item, a, &v)) {
            kg_num_format(buf, v);
            kg_out_str(o, buf);
        } else
            kg_out_str(o, "null");
    }
}

static int cmp_pair(const void *pa, const void *pb)
{
    const size_t *a = pa, *b = pb;
    if (a[0] != b[0])
        return a[0] < b[0] ? -1 : 1;
    return a[1] < b[1] ? -1 : a[1] > b[1];
}

/* Whether two edges join the same ordered pair; -1 out of memory. */
static int has_parallel_edges(const kg_graph *g)
{
    size_t *pairs = malloc((g->n_edges ? g->n_edges : 1) * 2 * sizeof *pairs);
    int found = 0;

    if (!pairs)
        return -1;
    for (size_t i = 0; i < g->n_edges; i++) {
        pairs[2 * i] = g->edges[i].from;
        pairs[2 * i + 1] = g->edges[i].to;
    }
    qsort(pairs, g->n_edges, 2 * sizeof *pairs, cmp_pair);
    for (size_t i = 1; !found && i < g->n_edges; i++)
        found = cmp_pair(&pairs[2 * i - 2], &pairs[2 * i]) == 0;
    free(pairs);
    return found;
}

static void write_graph(kg_sink *o, const kg_graph *g, bool multigraph,
                       char **node_names, char **edge_names)
{
    kg_out_printf(o, "{\n  \"directed\": true,\n  \"multigraph\": %s,\n"
                     "  \"graph\": {\"generator\": \"" KG_GENERATOR "\"},\n  \"nodes\": [",
                  multigraph ? "true" : "false");
    for (size_t i = 0; i < g->n_nodes; i++) {
        const kg_gnode *n = &g->nodes[i];
        kg_out_str(o, i ? ",\n    {" : "\n    {");
        text(o, "id", n->id, true);
        text(o, "kind", n->kind, false);
        text(o, "label", n->label, false);
        text(o, "url", n->url, false);
        text(o, "file", n->file, false);
        extras(o, g, KG_XNODE, i, node_names);
        kg_out_char(o, '}');
    }
    kg_out_str(o, g->n_nodes ? "\n  ],\n  \"links\": [" : "],\n  \"links\": [");
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        kg_out_str(o, i ? ",\n    {" : "\n    {");
        text(o, "source", g->nodes[e->from].id, true);
        text(o, "target", g->nodes[e->to].id, false);
        text(o, "kind", e->kind, false);
        key(o, "weight", false);
        kg_out_size(o, e->weight);
        extras(o, g, KG_XEDGE, i, edge_names);
        kg_out_char(o, '}');
    }
    kg_out_str(o, g->n_edges ? "\n  ]\n}\n" : "]\n}\n");
}

kg_status kg_json_write(const kg_graph *g, kg_sink *o, kg_error *err)
{
    char **node_names = kg_x_names(g, KG_XNODE, node_builtin);
    char **edge_names = kg_x_names(g, KG_XEDGE, edge_builtin);
    int multi = has_parallel_edges(g);
    kg_status s = KG_OK;

    if (!node_names || !edge_names || multi < 0)
        s = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", kg_sink_target(o));
    else
        write_graph(o, g, multi == 1, node_names, edge_names);
    kg_x_names_free(node_names, kg_x_count(g, KG_XNODE));
    kg_x_names_free(edge_names, kg_x_count(g, KG_XEDGE));
    return s;
}
