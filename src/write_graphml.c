/*
 * GraphML writer, streamed from the graph's tables. Nodes are keyed by
 * their canonical id (<node id="dossier-36901">) and edges name their ends
 * by it, so networkx's G.in_edges("dossier-36901") and igraph's
 * g.vs.find(id="dossier-36901") work on the file as it is; igraph's reader
 * makes the XML node id its "id" vertex attribute, which is why there is
 * no `id` data key (igraph warned about the clash). Ids may hold a space
 * or '#' (motie:sneller+vermeer, 002#vraag-3), which the GraphML schema's
 * NMTOKEN does not allow; networkx and igraph do not validate and take
 * them (igraph 0.10 hands an '&' on as "&#38;", as libxml2 keeps it in an
 * attribute value).
 *
 * Keys are "v_kind", ... for nodes and "e_kind", "e_weight", ... for
 * edges, as igraph's own writer names them, so node and edge attributes
 * of one name cannot clash. Going through igraph_write_graph_graphml
 * meant copying every string attribute into an igraph graph first; on a
 * large corpus that copy and igraph's printf per value took a fifth of
 * the scan.
 *
 * Every node has every text attribute, "" where it has none, as GraphML
 * readers expect; numeric attributes are left out where a node has no
 * value. Counts (integer attributes and the edge weight) are
 * attr.type="long": networkx reads them as int, Gephi as Long, and they
 * hold every integer the graph stores (up to 2^53) exactly; igraph has
 * only one numeric type and reads every number as a double. Doubles are
 * written with 15 significant digits, as igraph writes them.
 */
#include <stdio.h>

#include "escape.h"
#include "writers.h"

static const char *const head =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns\n"
    "         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    "<!-- Created by kamergraph " KG_VERSION " -->\n";

/* The attributes every node has, before the extra ones; its id is the
 * node's XML id. */
static const char *const node_builtin[] = {"kind", "label", "url", "file"};

static void key(kg_sink *o, const char *prefix, const char *for_what,
                const char *name, const char *type)
{
    kg_out_str(o, "  <key id=\"");
    kg_out_str(o, prefix);
    kg_esc_xml(o, name);
    kg_out_str(o, "\" for=\"");
    kg_out_str(o, for_what);
    kg_out_str(o, "\" attr.name=\"");
    kg_esc_xml(o, name);
    kg_out_str(o, "\" attr.type=\"");
    kg_out_str(o, type);
    kg_out_str(o, "\"/>\n");
}

static const char *type_name(kg_gattr_type type)
{
    return type == KG_GATTR_INTEGER ? "long" : type == KG_GATTR_DOUBLE ? "double" : "string";
}

static void keys(kg_sink *o, const kg_graph *g)
{
    for (size_t i = 0; i < sizeof node_builtin / sizeof node_builtin[0]; i++)
        key(o, "v_", "node", node_builtin[i], "string");
    for (size_t i = 0; i < g->node_attrs.n; i++)
        key(o, "v_", "node", g->node_attrs.name[i], type_name(g->node_attrs.type[i]));
    key(o, "e_", "edge", "kind", "string");
    key(o, "e_", "edge", "weight", "long");
    for (size_t i = 0; i < g->edge_attrs.n; i++)
        key(o, "e_", "edge", g->edge_attrs.name[i], "string");
}

static void data(kg_sink *o, const char *prefix, const char *name, const char *text)
{
    kg_out_str(o, "      <data key=\"");
    kg_out_str(o, prefix);
    kg_esc_xml(o, name);
    kg_out_str(o, "\">");
    kg_esc_xml(o, text);
    kg_out_str(o, "</data>\n");
}

static void number(kg_sink *o, const char *prefix, const char *name, double v)
{
    char buf[40];

    snprintf(buf, sizeof buf, "%.15g", v);
    data(o, prefix, name, buf);
}

/* Extra attributes: text as it is; doubles from their numeric value, not
 * from the shorter text the DOT writer uses; integers from their text,
 * which has every digit (and costs no printf). Edges have only text. */
static void extras(kg_sink *o, const char *prefix, const kg_gnames *names,
                   const kg_gextra *x)
{
    for (size_t i = 0; i < names->n; i++) {
        double v;

        if (names->type[i] == KG_GATTR_STRING)
            data(o, prefix, names->name[i], kg_gextra_get(x, i));
        else if (names->type[i] == KG_GATTR_INTEGER && *kg_gextra_get(x, i))
            data(o, prefix, names->name[i], kg_gextra_get(x, i));
        else if (kg_gextra_num(x, i, &v))
            number(o, prefix, names->name[i], v);
    }
}

static void node(kg_sink *o, const kg_graph *g, size_t i)
{
    const kg_gnode *n = &g->nodes[i];
    const char *v[] = {n->kind, n->label, n->url, n->file};

    kg_out_str(o, "    <node id=\"");
    kg_esc_xml(o, n->id);
    kg_out_str(o, "\">\n");
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        data(o, "v_", node_builtin[k], v[k]);
    extras(o, "v_", &g->node_attrs, &n->extra);
    kg_out_str(o, "    </node>\n");
}

static void edge(kg_sink *o, const kg_graph *g, size_t i)
{
    const kg_gedge *e = &g->edges[i];
    char w[16];

    kg_out_str(o, "    <edge source=\"");
    kg_esc_xml(o, g->nodes[e->from].id);
    kg_out_str(o, "\" target=\"");
    kg_esc_xml(o, g->nodes[e->to].id);
    kg_out_str(o, "\">\n");
    data(o, "e_", "kind", e->kind);
    snprintf(w, sizeof w, "%u", e->weight);
    data(o, "e_", "weight", w);
    extras(o, "e_", &g->edge_attrs, &e->extra);
    kg_out_str(o, "    </edge>\n");
}

kg_status kg_graphml_write(const kg_graph *g, kg_sink *o, kg_error *err)
{
    (void)err;
    kg_out_str(o, head);
    keys(o, g);
    kg_out_str(o, "  <graph id=\"G\" edgedefault=\"directed\">\n");
    for (size_t i = 0; i < g->n_nodes; i++)
        node(o, g, i);
    for (size_t i = 0; i < g->n_edges; i++)
        edge(o, g, i);
    kg_out_str(o, "  </graph>\n</graphml>\n");
    return KG_OK;
}
