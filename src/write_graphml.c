/*
 * GraphML writer, streamed from the graph's tables in the layout igraph's
 * own writer uses (keys "v_id", "v_kind", ... for nodes and "e_kind",
 * "e_weight", ... for edges, so node and edge attributes of one name
 * cannot clash; nodes named "n0", "n1", ... by position, our id in the
 * `id` data). Going through igraph_write_graph_graphml meant copying every
 * string attribute into an igraph graph first; on a large corpus that
 * copy and igraph's printf per value took a fifth of the scan.
 *
 * Every node has every attribute, "" where it has no text, as GraphML
 * readers expect; numeric attributes (attr.type="double") are left out
 * where a node has no value. Numbers are written with 15 significant
 * digits, as igraph writes them. Tests read the file back with igraph and
 * networkx.
 */
#include <errno.h>
#include <string.h>

#include "atomic.h"
#include "graph_internal.h"
#include "xml_escape.h"

static const char *const head =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns\n"
    "         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    "<!-- Created by kamergraph -->\n";

/* The attributes every node has, before the extra ones. */
static const char *const node_builtin[] = {"id", "kind", "label", "url", "file"};

static void key(FILE *f, const char *prefix, const char *for_what,
                const char *name, const char *type)
{
    fprintf(f, "  <key id=\"%s", prefix);
    kg_xml_put(f, name);
    fprintf(f, "\" for=\"%s\" attr.name=\"", for_what);
    kg_xml_put(f, name);
    fprintf(f, "\" attr.type=\"%s\"/>\n", type);
}

static void keys(FILE *f, const kg_graph *g)
{
    for (size_t i = 0; i < sizeof node_builtin / sizeof node_builtin[0]; i++)
        key(f, "v_", "node", node_builtin[i], "string");
    for (size_t i = 0; i < g->node_attrs.n; i++)
        key(f, "v_", "node", g->node_attrs.name[i],
            g->node_attrs.type[i] == KG_GATTR_STRING ? "string" : "double");
    key(f, "e_", "edge", "kind", "string");
    key(f, "e_", "edge", "weight", "double");
    for (size_t i = 0; i < g->edge_attrs.n; i++)
        key(f, "e_", "edge", g->edge_attrs.name[i], "string");
}

static void data(FILE *f, const char *prefix, const char *name, const char *text)
{
    fputs("      <data key=\"", f);
    fputs(prefix, f);
    kg_xml_put(f, name);
    fputs("\">", f);
    kg_xml_put(f, text);
    fputs("</data>\n", f);
}

static void number(FILE *f, const char *prefix, const char *name, double v)
{
    char buf[40];

    snprintf(buf, sizeof buf, "%.15g", v);
    data(f, prefix, name, buf);
}

/* Extra attributes: text as it is; doubles from their numeric value, not
 * from the shorter text the DOT writer uses; integers from their text,
 * which has every digit (and costs no printf). Edges have only text. */
static void extras(FILE *f, const char *prefix, const kg_gnames *names,
                   const kg_gextra *x)
{
    for (size_t i = 0; i < names->n; i++) {
        double v;

        if (names->type[i] == KG_GATTR_STRING)
            data(f, prefix, names->name[i], kg_gextra_get(x, i));
        else if (names->type[i] == KG_GATTR_INTEGER && *kg_gextra_get(x, i))
            data(f, prefix, names->name[i], kg_gextra_get(x, i));
        else if (kg_gextra_num(x, i, &v))
            number(f, prefix, names->name[i], v);
    }
}

static void node(FILE *f, const kg_graph *g, size_t i)
{
    const kg_gnode *n = &g->nodes[i];
    const char *v[] = {n->id, n->kind, n->label, n->url, n->file};

    fprintf(f, "    <node id=\"n%zu\">\n", i);
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        data(f, "v_", node_builtin[k], v[k]);
    extras(f, "v_", &g->node_attrs, &n->extra);
    fputs("    </node>\n", f);
}

static void edge(FILE *f, const kg_graph *g, size_t i)
{
    const kg_gedge *e = &g->edges[i];
    char w[16];

    fprintf(f, "    <edge source=\"n%zu\" target=\"n%zu\">\n", e->from, e->to);
    data(f, "e_", "kind", e->kind);
    snprintf(w, sizeof w, "%u", e->weight);
    data(f, "e_", "weight", w);
    extras(f, "e_", &g->edge_attrs, &e->extra);
    fputs("    </edge>\n", f);
}

kg_status kg_write_graphml(kg_graph *g, const char *path, kg_error *err)
{
    kg_atomic out;
    kg_status s;

    if (!g || !path)
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or no path",
                       path ? path : "(null)");
    s = kg_atomic_open(&out, path, err);
    if (s != KG_OK)
        return s;
    fputs(head, out.fp);
    keys(out.fp, g);
    fputs("  <graph id=\"G\" edgedefault=\"directed\">\n", out.fp);
    for (size_t i = 0; i < g->n_nodes; i++)
        node(out.fp, g, i);
    for (size_t i = 0; i < g->n_edges; i++)
        edge(out.fp, g, i);
    fputs("  </graph>\n</graphml>\n", out.fp);
    return kg_atomic_commit(&out, err);
}
