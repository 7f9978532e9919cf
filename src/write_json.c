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

#include "atomic.h"
#include "export.h"

static const char *const node_builtin[] = {"id", "kind", "label", "url", "file", NULL};
static const char *const edge_builtin[] = {"source", "target", "kind", "weight", "key", NULL};

/* A JSON string: quotes, backslashes and control characters escaped, and
 * U+2028/U+2029 too, so the file can be pasted into JavaScript. The text
 * is valid UTF-8 (graph.c cleans it). */
static void json_str(FILE *fp, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    putc('"', fp);
    for (; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", fp); break;
        case '\\': fputs("\\\\", fp); break;
        case '\n': fputs("\\n", fp); break;
        case '\r': fputs("\\r", fp); break;
        case '\t': fputs("\\t", fp); break;
        case '\b': fputs("\\b", fp); break;
        case '\f': fputs("\\f", fp); break;
        default:
            if (*p < 0x20 || *p == 0x7F)
                fprintf(fp, "\\u%04x", *p);
            else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
                fputs(p[2] == 0xA8 ? "\\u2028" : "\\u2029", fp);
                p += 2;
            } else
                putc(*p, fp);
        }
    }
    putc('"', fp);
}

static void key(FILE *fp, const char *name, bool first)
{
    if (!first)
        fputs(", ", fp);
    json_str(fp, name);
    fputs(": ", fp);
}

static void extras(FILE *fp, const kg_graph *g, kg_xclass c, size_t item,
                   char **names)
{
    for (size_t a = 0; a < kg_x_count(g, c); a++) {
        double v;
        char buf[KG_NUM_BUF];

        key(fp, names[a], false);
        if (kg_x_type(g, c, a) == KG_XSTRING)
            json_str(fp, kg_x_str(g, c, item, a));
        else if (kg_x_num(g, c, item, a, &v)) {
            kg_num_format(buf, v);
            fputs(buf, fp);
        } else
            fputs("null", fp);
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

static void write_json(FILE *fp, const kg_graph *g, bool multigraph,
                       char **node_names, char **edge_names)
{
    fprintf(fp, "{\n  \"directed\": true,\n  \"multigraph\": %s,\n"
                "  \"graph\": {\"generator\": \"" KG_GENERATOR "\"},\n  \"nodes\": [",
            multigraph ? "true" : "false");
    for (size_t i = 0; i < g->n_nodes; i++) {
        const kg_gnode *n = &g->nodes[i];
        fputs(i ? ",\n    {" : "\n    {", fp);
        key(fp, "id", true);
        json_str(fp, n->id);
        key(fp, "kind", false);
        json_str(fp, n->kind);
        key(fp, "label", false);
        json_str(fp, n->label);
        key(fp, "url", false);
        json_str(fp, n->url);
        key(fp, "file", false);
        json_str(fp, n->file);
        extras(fp, g, KG_XNODE, i, node_names);
        putc('}', fp);
    }
    fputs(g->n_nodes ? "\n  ],\n  \"links\": [" : "],\n  \"links\": [", fp);
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        fputs(i ? ",\n    {" : "\n    {", fp);
        key(fp, "source", true);
        json_str(fp, g->nodes[e->from].id);
        key(fp, "target", false);
        json_str(fp, g->nodes[e->to].id);
        key(fp, "kind", false);
        json_str(fp, e->kind);
        key(fp, "weight", false);
        fprintf(fp, "%u", e->weight);
        extras(fp, g, KG_XEDGE, i, edge_names);
        putc('}', fp);
    }
    fputs(g->n_edges ? "\n  ]\n}\n" : "]\n}\n", fp);
}

kg_status kg_write_json(kg_graph *g, const char *path, kg_error *err)
{
    char **node_names, **edge_names;
    int multi;
    kg_atomic out;
    kg_status s;

    if (!g || !path)
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or no path",
                       path ? path : "(null)");
    node_names = kg_x_names(g, KG_XNODE, node_builtin);
    edge_names = kg_x_names(g, KG_XEDGE, edge_builtin);
    multi = has_parallel_edges(g);
    if (!node_names || !edge_names || multi < 0)
        s = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    else if ((s = kg_atomic_open(&out, path, err)) == KG_OK) {
        write_json(out.fp, g, multi == 1, node_names, edge_names);
        s = kg_atomic_commit(&out, err); /* catches any failed write */
    }
    kg_x_names_free(node_names, kg_x_count(g, KG_XNODE));
    kg_x_names_free(edge_names, kg_x_count(g, KG_XEDGE));
    return s;
}
