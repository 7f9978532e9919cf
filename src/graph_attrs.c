/* Extra attributes of nodes and edges (graph_store.h): their names, in
 * order of first use, with their types, and the text values. */
#include <stdlib.h>
#include <string.h>

#include "graph_store.h"

/* Names a caller may not use: the built-in attributes, and those the DOT
 * writer sets itself to draw the graph (an extra one would be overwritten
 * there, or would change the drawing). */
const char *const kg_node_reserved[] = {
    "id", "kind", "label", "url", "file",
    "shape", "style", "fillcolor", "fontname", "URL", "tooltip", NULL,
};
static const char *const edge_reserved[] = {
    "kind", "weight", "style", "label", "fontname", NULL,
};

/* An identifier and not reserved: GraphML keys, DOT and the usual readers
 * (networkx, igraph) all take such a name as it is. */
bool kg_attr_name_ok(const char *s, const char *const *reserved)
{
    if (!s || !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')
              || (*p >= '0' && *p <= '9') || *p == '_'))
            return false;
    for (; *reserved; reserved++)
        if (strcmp(*reserved, s) == 0)
            return false;
    return true;
}

/* Index of `name` of type `type`, added at the end when new; -1 when out
 * of memory, -2 when the name exists with another type. */
long kg_attr_intern(kg_gnames *t, const char *name, kg_gattr_type type)
{
    char *copy;
    size_t cap = t->cap;

    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->name[i], name) == 0)
            return t->type[i] == type ? (long)i : -2;
    if (kg_grow((void **)&t->name, &cap, t->n, sizeof *t->name) != 0)
        return -1;
    if (cap != t->cap) { /* type[] follows name[]'s capacity */
        kg_gattr_type *ty = realloc(t->type, cap * sizeof *ty);
        if (!ty) /* name[] grew, which is harmless; cap stays */
            return -1;
        t->type = ty;
        t->cap = cap;
    }
    if (!(copy = kg_key_clean(name)))
        return -1;
    t->name[t->n] = copy;
    t->type[t->n] = type;
    return (long)t->n++;
}

/* Index of the text attribute `name`, as kg_attr_intern. */
long kg_attr_intern_text(kg_gnames *t, const char *name)
{
    return kg_attr_intern(t, name, KG_GATTR_STRING);
}

/* Set value i of x to a clean copy of value; "" is stored as NULL. */
kg_status kg_attr_store(kg_gextra *x, size_t i, const char *value)
{
    char *copy = NULL;

    if (value && *value && !(copy = kg_key_clean(value)))
        return KG_ERR_NOMEM;
    if (i >= x->n) {
        char **v;
        if (!copy)
            return KG_OK; /* already "" */
        v = realloc(x->v, (i + 1) * sizeof *v);
        if (!v) {
            free(copy);
            return KG_ERR_NOMEM;
        }
        memset(v + x->n, 0, (i + 1 - x->n) * sizeof *v);
        x->v = v;
        x->n = i + 1;
    }
    free(x->v[i]);
    x->v[i] = copy;
    return KG_OK;
}

/* Set attribute `name` (validated) of the node or edge extra x. */
kg_status kg_attr_set(kg_graph *g, kg_gnames *names, kg_gextra *x,
                           const char *name, const char *value)
{
    long a = kg_attr_intern_text(names, name);

    if (a == -2) /* a numeric attribute */
        return KG_ERR_USAGE;
    if (a < 0)
        return KG_ERR_NOMEM;
    kg_graph_touch(g);
    return kg_attr_store(x, (size_t)a, value);
}

kg_status kg_graph_set_node_attr(kg_graph *g, const char *id, const char *name,
                                 const char *value)
{
    long at;

    if (!g || !id || !kg_attr_name_ok(name, kg_node_reserved))
        return KG_ERR_USAGE;
    at = kg_node_find(g, id, kg_hash_id(id));
    if (at < 0)
        return KG_ERR_USAGE;
    return kg_attr_set(g, &g->node_attrs, &g->nodes[at].extra, name, value);
}

kg_status kg_graph_set_edge_attr(kg_graph *g, const char *from, const char *to,
                                 const char *edge_kind, const char *name,
                                 const char *value)
{
    kg_edge_key k;
    size_t hash;
    long at;

    if (!g || !from || !to || !edge_kind || !kg_attr_name_ok(name, edge_reserved))
        return KG_ERR_USAGE;
    if (!kg_edge_find(g, from, to, edge_kind, &k, &hash, &at) || at < 0)
        return KG_ERR_USAGE;
    return kg_attr_set(g, &g->edge_attrs, &g->edges[at].extra, name, value);
}
