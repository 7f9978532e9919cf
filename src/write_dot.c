/*
 * DOT writer: build a cgraph graph and let agwrite do the quoting, so ids
 * such as "motie:sneller+vermeer" (':' is port syntax in DOT) or labels
 * with quotes come out right without a hand-written escaper.
 *
 * The graph is Agdirected, not Agstrictdirected: two edges of different
 * kinds may join the same pair of nodes.
 *
 * Extra attributes (kg_graph_set_node_attr) are written only where they
 * are not empty, to keep the file small; cgraph orders attributes by name.
 * Their backslashes are doubled as for labels: agwrite does not escape a
 * backslash, so a value ending in one would swallow the closing quote.
 */
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "atomic.h"
#include "graph_internal.h"

typedef struct {
    const char *kind;
    const char *shape;
    const char *fillcolor;
} node_look;

static const node_look node_looks[] = {
    {"document", "box", "lightblue"},  {"kamerstuk", "ellipse", "lightyellow"},
    {"dossier", "folder", "khaki"},    {"motie", "hexagon", "pink"},
    {"vraag", "note", "honeydew"},     {"handelingen", "component", "lavender"},
    {"aanhangsel", "tab", "thistle"},
};

/* Kinds we do not know are drawn plain. */
static const node_look *look_for(const char *kind)
{
    for (size_t i = 0; i < sizeof node_looks / sizeof node_looks[0]; i++)
        if (strcmp(node_looks[i].kind, kind) == 0)
            return &node_looks[i];
    return NULL;
}

static const char *edge_style(const char *kind)
{
    if (strcmp(kind, "part_of") == 0)
        return "dashed";
    if (strcmp(kind, "refers_to") == 0)
        return "dotted";
    return "solid";
}

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

static int set_esc(void *obj, const char *name, const char *value)
{
    char *owned;
    char *v = esc_string(value, &owned);
    int rc = v ? set(obj, name, v) : -1;
    free(owned);
    return rc;
}

/* Extra attributes are declared with "" as default, which agwrite leaves
 * out of the "node [...]" and "edge [...]" lines. */
static bool declare_extras(Agraph_t *G, int kind, const kg_gnames *names)
{
    for (size_t i = 0; i < names->n; i++)
        if (!agattr(G, kind, names->name[i], ""))
            return false;
    return true;
}

/* Declare every attribute with its default once, so the output starts with
 * the same "node [...]" and "edge [...]" lines whatever the graph holds. */
static bool declare_attrs(Agraph_t *G, const kg_graph *g)
{
    static const struct {
        int kind;
        const char *name, *def;
    } decl[] = {
        {AGRAPH, "rankdir", "LR"},     {AGRAPH, "fontname", "Helvetica"},
        {AGNODE, "label", "\\N"},      {AGNODE, "kind", ""},
        {AGNODE, "shape", "ellipse"},  {AGNODE, "style", ""},
        {AGNODE, "fillcolor", "lightgrey"}, {AGNODE, "fontname", "Helvetica"},
        {AGNODE, "URL", ""},           {AGNODE, "tooltip", ""},
        {AGEDGE, "kind", ""},          {AGEDGE, "weight", "1"},
        {AGEDGE, "style", "solid"},    {AGEDGE, "label", ""},
        {AGEDGE, "fontname", "Helvetica"},
    };
    for (size_t i = 0; i < sizeof decl / sizeof decl[0]; i++)
        if (!agattr(G, decl[i].kind, (char *)decl[i].name, (char *)decl[i].def))
            return false;
    return declare_extras(G, AGNODE, &g->node_attrs)
           && declare_extras(G, AGEDGE, &g->edge_attrs);
}

/* The non-empty extra values of one node or edge. */
static int set_extras(void *obj, const kg_gnames *names, const kg_gextra *x)
{
    int bad = 0;

    for (size_t i = 0; i < names->n; i++)
        if (*kg_gextra_get(x, i))
            bad |= set_esc(obj, names->name[i], kg_gextra_get(x, i));
    return bad;
}

static Agnode_t *add_node(Agraph_t *G, const kg_graph *g, const kg_gnode *n)
{
    const node_look *look = look_for(n->kind);
    Agnode_t *v = agnode(G, n->id, 1);
    size_t tiplen = strlen(n->id) + strlen(n->kind) + 4;
    char *tip = malloc(tiplen);
    int bad = 0;

    if (!v || !tip) {
        free(tip);
        return NULL;
    }
    /* The hover text says what the node is even when the label is short. */
    snprintf(tip, tiplen, "%s (%s)", n->id, n->kind);
    bad |= set_esc(v, "label", *n->label ? n->label : n->id);
    bad |= set(v, "kind", n->kind);
    bad |= set_esc(v, "tooltip", tip);
    if (look) {
        bad |= set(v, "shape", look->shape);
        bad |= set(v, "style", "filled");
        bad |= set(v, "fillcolor", look->fillcolor);
    }
    if (*n->url)
        bad |= set_esc(v, "URL", n->url);
    bad |= set_extras(v, &g->node_attrs, &n->extra);
    free(tip);
    return bad ? NULL : v;
}

static bool add_edge(Agraph_t *G, const kg_graph *g, Agnode_t **v,
                     const kg_gedge *e)
{
    char weight[24];
    /* Anonymous edges: a new one each time, even between the same pair. */
    Agedge_t *a = agedge(G, v[e->from], v[e->to], NULL, 1);
    int bad = 0;

    if (!a)
        return false;
    snprintf(weight, sizeof weight, "%u", e->weight);
    bad |= set(a, "kind", e->kind);
    bad |= set(a, "weight", weight);
    bad |= set(a, "style", edge_style(e->kind));
    if (e->weight > 1)
        bad |= set(a, "label", weight);
    bad |= set_extras(a, &g->edge_attrs, &e->extra);
    return bad == 0;
}

/* Build the whole cgraph graph, or NULL when cgraph runs out of memory.
 * Shared with the renderer (render.c), which adds its drawing attributes
 * to it before layout. */
Agraph_t *kg_dot_build(const kg_graph *g)
{
    Agraph_t *G = agopen("kamergraph", Agdirected, NULL);
    Agnode_t **v = calloc(g->n_nodes ? g->n_nodes : 1, sizeof *v);
    bool ok = G && v && declare_attrs(G, g);

    for (size_t i = 0; ok && i < g->n_nodes; i++)
        ok = (v[i] = add_node(G, g, &g->nodes[i])) != NULL;
    for (size_t i = 0; ok && i < g->n_edges; i++)
        ok = add_edge(G, g, v, &g->edges[i]);
    free(v);
    if (!ok && G) {
        agclose(G);
        G = NULL;
    }
    return G;
}

/* cgraph reports errors by printing them; a library must not. */
static int quiet(char *msg)
{
    (void)msg;
    return 0;
}

kg_status kg_write_dot(kg_graph *g, const char *path, kg_error *err)
{
    agusererrf saved;
    Agraph_t *G;
    kg_atomic out;
    kg_status s;
    int rc;

    if (!g || !path)
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or no path",
                       path ? path : "(null)");
    saved = agseterrf(quiet);
    G = kg_dot_build(g);
    if (!G) {
        agseterrf(saved);
        return kg_fail(err, KG_ERR_GRAPH, "%s: cgraph cannot build the graph",
                       path);
    }
    s = kg_atomic_open(&out, path, err);
    if (s == KG_OK) {
        rc = agwrite(G, out.fp);
        if (rc == 0)
            s = kg_atomic_commit(&out, err);
        else {
            kg_atomic_abort(&out);
            s = kg_fail(err, KG_ERR_IO, "%s: cgraph cannot write DOT", path);
        }
    }
    agclose(G);
    agseterrf(saved);
    return s;
}
