/*
 * CSV writer: two files, nodes and edges, for spreadsheets, pandas, R and
 * Gephi's spreadsheet import. `path` names the pair, not a file:
 * "graphs/kamergraph.csv" writes "graphs/kamergraph-nodes.csv" and
 * "graphs/kamergraph-edges.csv" (a path without ".csv" gets "-nodes.csv"
 * and "-edges.csv" appended).
 *
 *   nodes: id,kind,label,url,file,<extras>
 *   edges: source,target,kind,weight,<extras>
 *
 * RFC 4180: a header row, CRLF line ends, a field quoted (with its quotes
 * doubled) only when it holds a quote, a comma or a line break. UTF-8
 * without a byte order mark. Empty values and missing numbers are empty
 * fields. Extras whose names clash with the columns above are renamed as
 * in export.h.
 *
 * Both files are written to temporary files first and renamed only when
 * both are complete (kg_write_files), so a failed write leaves neither;
 * only a failing rename of the second (after the first succeeded) can
 * leave a new nodes file next to an old edges file.
 */
#include <stdio.h>

#include "escape.h"
#include "export.h"
#include "writers.h"

static const char *const node_builtin[] = {"id", "kind", "label", "url", "file", NULL};
static const char *const edge_builtin[] = {"source", "target", "kind", "weight", NULL};

static void field(kg_sink *o, const char *s, bool first)
{
    if (!first)
        kg_out_char(o, ',');
    kg_esc_csv(o, s);
}

static void end_row(kg_sink *o)
{
    kg_out_str(o, "\r\n");
}

static void header(kg_sink *o, const char *const *builtin, char **names, size_t n)
{
    for (size_t i = 0; builtin[i]; i++)
        field(o, builtin[i], i == 0);
    for (size_t i = 0; i < n; i++)
        field(o, names[i], false);
    end_row(o);
}

static void extras(kg_sink *o, const kg_graph *g, kg_xclass c, size_t item)
{
    for (size_t a = 0; a < kg_x_count(g, c); a++) {
        char buf[KG_NUM_BUF];
        double v;

        if (kg_x_type(g, c, a) == KG_XSTRING)
            field(o, kg_x_str(g, c, item, a), false);
        else if (kg_x_num(g, c, item, a, &v)) {
            kg_num_format(buf, v);
            field(o, buf, false);
        } else
            field(o, "", false);
    }
}

static void write_nodes(kg_sink *o, const kg_graph *g, char **names)
{
    header(o, node_builtin, names, kg_x_count(g, KG_XNODE));
    for (size_t i = 0; i < g->n_nodes; i++) {
        const kg_gnode *n = &g->nodes[i];
        field(o, n->id, true);
        field(o, n->kind, false);
        field(o, n->label, false);
        field(o, n->url, false);
        field(o, n->file, false);
        extras(o, g, KG_XNODE, i);
        end_row(o);
    }
}

static void write_edges(kg_sink *o, const kg_graph *g, char **names)
{
    header(o, edge_builtin, names, kg_x_count(g, KG_XEDGE));
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        char weight[24];

        snprintf(weight, sizeof weight, "%u", e->weight);
        field(o, g->nodes[e->from].id, true);
        field(o, g->nodes[e->to].id, false);
        field(o, e->kind, false);
        field(o, weight, false);
        extras(o, g, KG_XEDGE, i);
        end_row(o);
    }
}

/* The extras' names in the output, then the rows. */
static kg_status write_with_names(const kg_graph *g, kg_sink *o, kg_xclass c, kg_error *err)
{
    char **names = kg_x_names(g, c, c == KG_XNODE ? node_builtin : edge_builtin);
    if (!names)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", kg_sink_target(o));
    if (c == KG_XNODE)
        write_nodes(o, g, names);
    else
        write_edges(o, g, names);
    kg_x_names_free(names, kg_x_count(g, c));
    return KG_OK;
}

kg_status kg_csv_write_nodes(const kg_graph *g, kg_sink *o, kg_error *err)
{
    return write_with_names(g, o, KG_XNODE, err);
}

kg_status kg_csv_write_edges(const kg_graph *g, kg_sink *o, kg_error *err)
{
    return write_with_names(g, o, KG_XEDGE, err);
}
