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
 * both are complete, so a failed write leaves neither; only a failing
 * rename of the second (after the first succeeded) can leave a new nodes
 * file next to an old edges file.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "atomic.h"
#include "export.h"

static const char *const node_builtin[] = {"id", "kind", "label", "url", "file", NULL};
static const char *const edge_builtin[] = {"source", "target", "kind", "weight", NULL};

static void field(FILE *fp, const char *s, bool first)
{
    if (!first)
        putc(',', fp);
    if (!strpbrk(s, "\",\r\n")) {
        fputs(s, fp);
        return;
    }
    putc('"', fp);
    for (; *s; s++) {
        if (*s == '"')
            putc('"', fp);
        putc(*s, fp);
    }
    putc('"', fp);
}

static void end_row(FILE *fp)
{
    fputs("\r\n", fp);
}

static void header(FILE *fp, const char *const *builtin, char **names, size_t n)
{
    for (size_t i = 0; builtin[i]; i++)
        field(fp, builtin[i], i == 0);
    for (size_t i = 0; i < n; i++)
        field(fp, names[i], false);
    end_row(fp);
}

static void extras(FILE *fp, const kg_graph *g, kg_xclass c, size_t item)
{
    for (size_t a = 0; a < kg_x_count(g, c); a++) {
        char buf[KG_NUM_BUF];
        double v;

        if (kg_x_type(g, c, a) == KG_XSTRING)
            field(fp, kg_x_str(g, c, item, a), false);
        else if (kg_x_num(g, c, item, a, &v)) {
            kg_num_format(buf, v);
            field(fp, buf, false);
        } else
            field(fp, "", false);
    }
}

static void write_nodes(FILE *fp, const kg_graph *g, char **names)
{
    header(fp, node_builtin, names, kg_x_count(g, KG_XNODE));
    for (size_t i = 0; i < g->n_nodes; i++) {
        const kg_gnode *n = &g->nodes[i];
        field(fp, n->id, true);
        field(fp, n->kind, false);
        field(fp, n->label, false);
        field(fp, n->url, false);
        field(fp, n->file, false);
        extras(fp, g, KG_XNODE, i);
        end_row(fp);
    }
}

static void write_edges(FILE *fp, const kg_graph *g, char **names)
{
    header(fp, edge_builtin, names, kg_x_count(g, KG_XEDGE));
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        char weight[24];

        snprintf(weight, sizeof weight, "%u", e->weight);
        field(fp, g->nodes[e->from].id, true);
        field(fp, g->nodes[e->to].id, false);
        field(fp, e->kind, false);
        field(fp, weight, false);
        extras(fp, g, KG_XEDGE, i);
        end_row(fp);
    }
}

/* "<stem>-<what>.csv" for path "<stem>.csv" or "<stem>". */
static char *pair_path(const char *path, const char *what)
{
    size_t len = strlen(path);
    size_t n;
    char *p;

    if (len >= 4 && strcasecmp(path + len - 4, ".csv") == 0)
        len -= 4;
    n = len + strlen(what) + 6;
    p = malloc(n);
    if (p)
        snprintf(p, n, "%.*s-%s.csv", (int)len, path, what);
    return p;
}

/* Both files written and flushed, not yet renamed; false if a write
 * failed (the commit will say why). */
static bool written(FILE *fp)
{
    return fflush(fp) == 0 && !ferror(fp);
}

static kg_status write_pair(const kg_graph *g, const char *nodes_path,
                            const char *edges_path, char **node_names,
                            char **edge_names, kg_error *err)
{
    kg_atomic a, b;
    kg_status s = kg_atomic_open(&a, nodes_path, err);

    if (s != KG_OK)
        return s;
    s = kg_atomic_open(&b, edges_path, err);
    if (s != KG_OK) {
        kg_atomic_abort(&a);
        return s;
    }
    write_nodes(a.fp, g, node_names);
    write_edges(b.fp, g, edge_names);
    if (!written(a.fp) || !written(b.fp)) {
        /* Let the commit of the broken one report it; drop the other. */
        if (!written(a.fp)) {
            kg_atomic_abort(&b);
            return kg_atomic_commit(&a, err);
        }
        kg_atomic_abort(&a);
        return kg_atomic_commit(&b, err);
    }
    s = kg_atomic_commit(&a, err);
    if (s != KG_OK) {
        kg_atomic_abort(&b);
        return s;
    }
    return kg_atomic_commit(&b, err);
}

kg_status kg_write_csv(kg_graph *g, const char *path, kg_error *err)
{
    char *nodes_path, *edges_path;
    char **node_names, **edge_names;
    kg_status s;

    if (!g || !path || !*path || path[strlen(path) - 1] == '/')
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or not a file name",
                       path ? path : "(null)");
    nodes_path = pair_path(path, "nodes");
    edges_path = pair_path(path, "edges");
    node_names = kg_x_names(g, KG_XNODE, node_builtin);
    edge_names = kg_x_names(g, KG_XEDGE, edge_builtin);
    if (!nodes_path || !edges_path || !node_names || !edge_names)
        s = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    else
        s = write_pair(g, nodes_path, edges_path, node_names, edge_names, err);
    free(nodes_path);
    free(edges_path);
    kg_x_names_free(node_names, kg_x_count(g, KG_XNODE));
    kg_x_names_free(edge_names, kg_x_count(g, KG_XEDGE));
    return s;
}
