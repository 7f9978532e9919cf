/*
 * DOT writer. The file is streamed straight from the graph's tables:
 * building a cgraph graph first and calling agwrite cost half of a large
 * scan (cgraph interns every attribute value in a shared dictionary and
 * frees node by node), for a file cgraph reads back to the same graph.
 * tests/e2e.sh checks that: `dot -Tcanon` of our file is byte for byte the
 * file agwrite wrote from kg_dot_build (tests/golden/examples.canon.dot).
 *
 * kg_dot_build still builds the cgraph graph for the renderer (render.c);
 * both take their attributes from dot_node_attrs / dot_edge_attrs, so a
 * picture and `dot -Tsvg kamergraph.dot` agree.
 *
 * The graph is a digraph, not a strict one: two edges of different kinds
 * may join the same pair of nodes. Attributes are written sorted by name
 * and left out where they equal their declared default, as agwrite does;
 * strings are quoted by cgraph's own rule (dot_quote), so the file reads
 * like one Graphviz wrote.
 */
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "escape.h"
#include "graph_internal.h"
#include "draw.h"
#include "kinds.h"
#include "writers.h"

/* ---- the attributes of a node or an edge ----------------------------- */

typedef struct {
    const char *name;
    const char *value;
    bool esc; /* an escString: a literal backslash must be doubled */
} dot_attr;

/* Room for the built-in attributes of a node (7) or an edge (4). */
enum { DOT_BUILTIN_MAX = 8 };

typedef struct {
    dot_attr *a;
    size_t n;
    char buf[32];   /* the edge weight as text */
    char *owned;    /* the node's tooltip */
} dot_attrs;

static void push(dot_attrs *l, const char *name, const char *value, bool esc)
{
    l->a[l->n++] = (dot_attr){name, value, esc};
}

/* Extra attributes are declared with "" as default: only non-empty ones. */
static void push_extras(dot_attrs *l, const kg_gnames *names,
                        const kg_gextra *x)
{
    for (size_t i = 0; i < names->n; i++)
        if (*kg_gextra_get(x, i))
            push(l, names->name[i], kg_gextra_get(x, i), true);
}

/* l->a must have room for DOT_BUILTIN_MAX + the graph's node attributes.
 * False when out of memory. */
static bool dot_node_attrs(const kg_graph *g, const kg_gnode *n, dot_attrs *l)
{
    const kg_node_kind_info *look = kg_kind_style_for(n->kind);
    size_t tiplen = strlen(n->id) + strlen(n->kind) + 4;

    l->n = 0;
    l->owned = malloc(tiplen);
    if (!l->owned)
        return false;
    /* The hover text says what the node is even when the label is short. */
    snprintf(l->owned, tiplen, "%s (%s)", n->id, n->kind);
    push(l, "label", *n->label ? n->label : n->id, true);
    push(l, "kind", n->kind, false);
    push(l, "tooltip", l->owned, true);
    if (look) {
        push(l, "shape", look->shape, false);
        push(l, "style", "filled", false);
        push(l, "fillcolor", look->fillcolor, false);
    }
    if (*n->url)
        push(l, "URL", n->url, true);
    push_extras(l, &g->node_attrs, &n->extra);
    return true;
}

static void dot_edge_attrs(const kg_graph *g, const kg_gedge *e, dot_attrs *l)
{
    l->n = 0;
    l->owned = NULL;
    snprintf(l->buf, sizeof l->buf, "%u", e->weight);
    push(l, "kind", e->kind, false);
    push(l, "weight", l->buf, false);
    push(l, "style", kg_edge_kind_style(e->kind), false);
    if (e->weight > 1)
        push(l, "label", l->buf, false);
    push_extras(l, &g->edge_attrs, &e->extra);
}

/* Every attribute with its default, declared once, so the file starts with
 * the same "node [...]" and "edge [...]" lines whatever the graph holds. */
typedef struct {
    int kind; /* AGRAPH, AGNODE, AGEDGE */
    const char *name, *def;
} dot_decl;

static const dot_decl decls[] = {
    {AGRAPH, "fontname", "Helvetica"}, {AGRAPH, "rankdir", "LR"},
    {AGNODE, "label", "\\N"},          {AGNODE, "kind", ""},
    {AGNODE, "shape", "ellipse"},      {AGNODE, "style", ""},
    {AGNODE, "fillcolor", "lightgrey"}, {AGNODE, "fontname", "Helvetica"},
    {AGNODE, "URL", ""},               {AGNODE, "tooltip", ""},
    {AGEDGE, "kind", ""},              {AGEDGE, "weight", "1"},
    {AGEDGE, "style", "solid"},        {AGEDGE, "label", ""},
    {AGEDGE, "fontname", "Helvetica"},
};

static const char *default_of(int kind, const char *name)
{
    for (size_t i = 0; i < sizeof decls / sizeof decls[0]; i++)
        if (decls[i].kind == kind && strcmp(decls[i].name, name) == 0)
            return decls[i].def;
    return ""; /* an extra attribute */
}

/* ---- cgraph, for the renderer ---------------------------------------- */

/* cgraph takes char * everywhere but does not write through it. */
static int set(void *obj, const char *name, const char *value)
{
    return agsafeset(obj, (char *)name, (char *)value, "");
}

/* label, tooltip and URL are escStrings: a backslash starts an escape
 * (\N, \n, ...), so a literal one must be doubled. Returns s itself when
 * there is nothing to escape, NULL when out of memory. */
static char *esc_string(const char *s, char **owned)
{
    size_t extra = 0;
    char *out, *q;

    *owned = NULL;
    for (const char *p = s; *p; p++)
        extra += *p == '\\';
    if (!extra)
        return (char *)s;
    out = malloc(strlen(s) + extra + 1);
    if (!out)
        return NULL;
    for (q = out; *s; s++) {
        if (*s == '\\')
            *q++ = '\\';
        *q++ = *s;
    }
    *q = '\0';
    *owned = out;
    return out;
}

static int set_all(void *obj, const dot_attrs *l)
{
    int bad = 0;

    for (size_t i = 0; i < l->n; i++) {
        char *owned = NULL;
        char *v = l->a[i].esc ? esc_string(l->a[i].value, &owned)
                              : (char *)l->a[i].value;
        bad |= v ? set(obj, l->a[i].name, v) : -1;
        free(owned);
    }
    return bad;
}

static bool declare_attrs(Agraph_t *G, const kg_graph *g)
{
    for (size_t i = 0; i < sizeof decls / sizeof decls[0]; i++)
        if (!agattr(G, decls[i].kind, (char *)decls[i].name,
                    (char *)decls[i].def))
            return false;
    for (size_t i = 0; i < g->node_attrs.n; i++)
        if (!agattr(G, AGNODE, g->node_attrs.name[i], ""))
            return false;
    for (size_t i = 0; i < g->edge_attrs.n; i++)
        if (!agattr(G, AGEDGE, g->edge_attrs.name[i], ""))
            return false;
    return true;
}

static bool build_nodes(Agraph_t *G, const kg_graph *g, Agnode_t **v,
                        dot_attr *room)
{
    dot_attrs l = {.a = room};

    for (size_t i = 0; i < g->n_nodes; i++) {
        bool ok = dot_node_attrs(g, &g->nodes[i], &l)
                  && (v[i] = agnode(G, g->nodes[i].id, 1)) != NULL
                  && set_all(v[i], &l) == 0;
        free(l.owned);
        if (!ok)
            return false;
    }
    return true;
}

static bool build_edges(Agraph_t *G, const kg_graph *g, Agnode_t **v,
                        dot_attr *room)
{
    dot_attrs l = {.a = room};

    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        /* Anonymous edges: a new one each time, even between one pair. */
        Agedge_t *a = agedge(G, v[e->from], v[e->to], NULL, 1);

        dot_edge_attrs(g, e, &l);
        if (!a || set_all(a, &l) != 0)
            return false;
    }
    return true;
}

static size_t attr_room(const kg_graph *g)
{
    size_t n = g->node_attrs.n > g->edge_attrs.n ? g->node_attrs.n
                                                 : g->edge_attrs.n;
    return DOT_BUILTIN_MAX + n;
}

/* Build the whole cgraph graph, or NULL when cgraph runs out of memory.
 * For the renderer (render.c), which adds its drawing attributes to it
 * before layout. */
Agraph_t *kg_dot_build(const kg_graph *g)
{
    Agraph_t *G = agopen("kamergraph", Agdirected, NULL);
    Agnode_t **v = calloc(g->n_nodes ? g->n_nodes : 1, sizeof *v);
    dot_attr *room = malloc(attr_room(g) * sizeof *room);
    bool ok = G && v && room && declare_attrs(G, g) && build_nodes(G, g, v, room)
              && build_edges(G, g, v, room);

    free(v);
    free(room);
    if (!ok && G) {
        agclose(G);
        G = NULL;
    }
    return G;
}

/* ---- the streamed file ----------------------------------------------- */

static int by_name(const void *a, const void *b)
{
    return strcmp(((const dot_attr *)a)->name, ((const dot_attr *)b)->name);
}

/* "[a=1,\n\t\tb=2]" as agwrite lays it out; nothing when every attribute
 * has its default. */
static void write_attr_list(kg_sink *o, dot_attrs *l, int kind)
{
    const char *sep = "\t[";

    qsort(l->a, l->n, sizeof *l->a, by_name);
    for (size_t i = 0; i < l->n; i++) {
        if (strcmp(l->a[i].value, default_of(kind, l->a[i].name)) == 0)
            continue;
        kg_out_str(o, sep);
        kg_out_str(o, l->a[i].name);
        kg_out_char(o, '=');
        kg_esc_dot(o, l->a[i].value, l->a[i].esc);
        sep = ",\n\t\t";
    }
    if (*sep == ',')
        kg_out_char(o, ']');
}

/* "\tnode [fillcolor=lightgrey,\n\t\tfontname=Helvetica, ...];" */
static void write_defaults(kg_sink *o, int kind, const char *word)
{
    dot_attr a[sizeof decls / sizeof decls[0]];
    size_t n = 0;
    const char *sep = " [";

    for (size_t i = 0; i < sizeof decls / sizeof decls[0]; i++)
        if (decls[i].kind == kind && *decls[i].def)
            a[n++] = (dot_attr){decls[i].name, decls[i].def, false};
    qsort(a, n, sizeof a[0], by_name);
    kg_out_char(o, '\t');
    kg_out_str(o, word);
    for (size_t i = 0; i < n; i++) {
        kg_out_str(o, sep);
        kg_out_str(o, a[i].name);
        kg_out_char(o, '=');
        kg_esc_dot(o, a[i].value, false);
        sep = ",\n\t\t";
    }
    kg_out_str(o, "\n\t];\n");
}

static bool write_body(kg_sink *o, const kg_graph *g)
{
    dot_attr *room = malloc(attr_room(g) * sizeof *room);
    dot_attrs l = {.a = room};

    if (!room)
        return false;
    for (size_t i = 0; i < g->n_nodes; i++) {
        if (!dot_node_attrs(g, &g->nodes[i], &l)) {
            free(room);
            return false;
        }
        kg_out_char(o, '\t');
        kg_esc_dot(o, g->nodes[i].id, false);
        write_attr_list(o, &l, AGNODE);
        kg_out_str(o, ";\n");
        free(l.owned);
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];

        dot_edge_attrs(g, e, &l);
        kg_out_char(o, '\t');
        kg_esc_dot(o, g->nodes[e->from].id, false);
        kg_out_str(o, " -> ");
        kg_esc_dot(o, g->nodes[e->to].id, false);
        write_attr_list(o, &l, AGEDGE);
        kg_out_str(o, ";\n");
    }
    free(room);
    return true;
}

kg_status kg_dot_write(const kg_graph *g, kg_sink *o, kg_error *err)
{
    /* names its maker, so that a later scan does not read it as a letter */
    kg_out_str(o, "// Created by " KG_GENERATOR "\n");
    kg_out_str(o, "digraph kamergraph {\n");
    write_defaults(o, AGRAPH, "graph");
    write_defaults(o, AGNODE, "node");
    write_defaults(o, AGEDGE, "edge");
    if (!write_body(o, g))
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", kg_sink_target(o));
    kg_out_str(o, "}\n");
    return KG_OK;
}
