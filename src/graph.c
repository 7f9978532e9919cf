/*
 * kg_graph: the node and edge store, and its igraph materialisation.
 *
 * Nodes and edges live in plain arrays in order of first insertion, with
 * hash indexes for lookup. That order is what makes every writer's output
 * deterministic. The igraph_t is derived from these tables lazily, when a
 * writer needs it, so adding many mentions stays cheap.
 */
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"
#include "id.h"
#include "kinds.h"
#include "xml_escape.h"

/* ---- strings -------------------------------------------------------- */

static bool is_control(unsigned char c)
{
    return c < 0x20 || c == 0x7F;
}

/* Keys (ids and kinds) must survive every output format unchanged: valid
 * UTF-8, one line, and no backslash (DOT would read "a\" as an escape). */
static bool valid_key(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    if (!s || !*s)
        return false;
    while (*p) {
        size_t n = kg_utf8_len(p, SIZE_MAX);
        if (n == 0 || is_control(*p) || *p == '\\')
            return false;
        p += n;
    }
    return true;
}

/* Copy of s fit for every writer: control characters become spaces and
 * malformed UTF-8 becomes U+FFFD. Labels come from scanned text, where
 * form feeds and stray bytes happen; GraphML and DOT reject them. */
static char *clean_dup(const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t len = 0;
    char *out, *q;

    /* Measure first: the graph keeps millions of these, and a copy sized
     * for the worst case (every byte a U+FFFD) tripled their memory. */
    for (const unsigned char *r = p; *r;) {
        size_t n = kg_utf8_len(r, SIZE_MAX);
        len += n == 0 ? 3 : is_control(*r) ? 1 : n;
        r += n == 0 || is_control(*r) ? 1 : n;
    }
    if (!(out = malloc(len + 1)))
        return NULL;
    for (q = out; *p;) {
        size_t n = kg_utf8_len(p, SIZE_MAX);
        if (n == 0) {
            memcpy(q, "\xEF\xBF\xBD", 3);
            q += 3;
            p++;
        } else if (is_control(*p)) {
            *q++ = ' ';
            p++;
        } else {
            memcpy(q, p, n);
            q += n;
            p += n;
        }
    }
    *q = '\0';
    return out;
}

/* Kinds of nodes and edges are a handful of words repeated millions of
 * times: the known ones point into the kind tables (kinds.h) instead of
 * each being a copy of its own. Any other kind is copied as usual;
 * kind_free tells the two apart by address. */
static char *kind_dup(const char *kind)
{
    const char *known = kg_kind_interned(kind);
    return known ? (char *)known : clean_dup(kind);
}

static void kind_free(char *kind)
{
    if (!kg_kind_is_interned(kind))
        free(kind);
}

static size_t hash_str(size_t h, const char *s)
{
    /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * (size_t)1099511628211u;
    return h;
}

static size_t hash_id(const char *id)
{
    return hash_str((size_t)14695981039346656037u, id);
}

static size_t hash_edge(size_t from, size_t to, const char *kind)
{
    size_t h = (size_t)14695981039346656037u;
    h = (h ^ from) * (size_t)1099511628211u;
    h = (h ^ to) * (size_t)1099511628211u;
    return hash_str(h, kind);
}

/* ---- index ---------------------------------------------------------- */

typedef bool (*match_fn)(const kg_graph *g, size_t entry, const void *key);

static bool node_matches(const kg_graph *g, size_t i, const void *key)
{
    return strcmp(g->nodes[i].id, key) == 0;
}

typedef struct {
    size_t from, to;
    const char *kind;
} edge_key;

static bool edge_matches(const kg_graph *g, size_t i, const void *key)
{
    const kg_gedge *e = &g->edges[i];
    const edge_key *k = key;
    return e->from == k->from && e->to == k->to && strcmp(e->kind, k->kind) == 0;
}

/* A slot holds entry index + 1 in its low SLOT_BITS and the top bits of
 * the entry's hash above them: a probe that meets another key's slot is
 * turned away by the tag, without a look at the entry itself, which on a
 * large graph is a cache miss (and for a node, a second one for its id). */
#define SLOT_BITS 40
#define SLOT_INDEX ((((size_t)1) << SLOT_BITS) - 1)

_Static_assert(sizeof(size_t) >= 8, "slots keep a hash tag above 40 bits of index");

static size_t slot_tag(size_t hash)
{
    return hash & ~SLOT_INDEX;
}

static size_t slot_make(size_t entry, size_t hash)
{
    return (entry + 1) | slot_tag(hash);
}

/* The entry of a full slot. */
static size_t slot_entry(size_t s)
{
    return (s & SLOT_INDEX) - 1;
}

/* Slot where key lives, or the empty slot where it would go. */
static size_t *index_slot(const kg_graph *g, const kg_gindex *ix, size_t hash,
                          match_fn match, const void *key)
{
    size_t mask = ix->cap - 1, tag = slot_tag(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        size_t *s = &ix->slot[i];
        if (*s == 0 || ((*s & ~SLOT_INDEX) == tag && match(g, slot_entry(*s), key)))
            return s;
    }
}

typedef size_t (*hash_fn)(const kg_graph *g, size_t entry);

static size_t node_hash(const kg_graph *g, size_t i)
{
    return g->nodes[i].hash;
}

static size_t edge_hash(const kg_graph *g, size_t i)
{
    return g->edges[i].hash;
}

/* Smallest capacity that holds count + 1 entries at a load of one half. */
static size_t index_cap(size_t count)
{
    size_t cap = 16;
    while (2 * (count + 1) > cap)
        cap *= 2;
    return cap;
}

/* An empty index with room for count entries. */
static bool index_alloc(kg_gindex *ix, size_t count)
{
    ix->cap = index_cap(count);
    ix->slot = calloc(ix->cap, sizeof *ix->slot);
    return ix->slot != NULL;
}

/* Make room for count + 1 entries at a load of at most one half. */
static bool index_reserve(const kg_graph *g, kg_gindex *ix, size_t count,
                          hash_fn hash)
{
    size_t cap = index_cap(count);
    size_t *slot;

    if (2 * (count + 1) <= ix->cap)
        return true;
    slot = calloc(cap, sizeof *slot);
    if (!slot)
        return false;
    for (size_t e = 0; e < count; e++) {
        size_t i = hash(g, e) & (cap - 1);
        while (slot[i])
            i = (i + 1) & (cap - 1);
        slot[i] = slot_make(e, hash(g, e));
    }
    free(ix->slot);
    ix->slot = slot;
    ix->cap = cap;
    return true;
}

static long find_node(const kg_graph *g, const char *id, size_t hash)
{
    size_t *s;
    if (g->node_ix.cap == 0)
        return -1;
    s = index_slot(g, &g->node_ix, hash, node_matches, id);
    return *s ? (long)slot_entry(*s) : -1;
}

long kg_graph_node_index(const kg_graph *g, const char *id)
{
    return g && id ? find_node(g, id, hash_id(id)) : -1;
}

/* Grow an array of elements of size `size` to hold at least one more. */
static bool grow(void **arr, size_t *cap, size_t count, size_t size)
{
    size_t n;
    void *p;

    if (count < *cap)
        return true;
    n = *cap ? 2 * *cap : 16;
    if (n > SIZE_MAX / size)
        return false;
    p = realloc(*arr, n * size);
    if (!p)
        return false;
    *arr = p;
    *cap = n;
    return true;
}

/* ---- life cycle ----------------------------------------------------- */

static void drop_igraph(kg_graph *g)
{
    if (g->ig_exists)
        igraph_destroy(&g->ig);
    g->ig_exists = false;
    g->ig_fresh = false;
}

kg_graph *kg_graph_create(void)
{
    /* Process-global, and the only way to get named attributes from the
     * C library; setting it again is harmless. */
    igraph_set_attribute_table(&igraph_cattribute_table);
    return calloc(1, sizeof(kg_graph));
}

static void free_extra(kg_gextra *x)
{
    for (size_t i = 0; i < x->n; i++)
        free(x->v[i]);
    free(x->v);
    x->v = NULL;
    x->n = 0;
    free(x->num);
    x->num = NULL;
    x->nnum = 0;
}

static void free_node(kg_gnode *n)
{
    free(n->id);
    kind_free(n->kind);
    free(n->label);
    free(n->url);
    free(n->file);
    free_extra(&n->extra);
}

static void free_edge(kg_gedge *e)
{
    kind_free(e->kind);
    free_extra(&e->extra);
}

static void free_names(kg_gnames *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->name[i]);
    free(t->name);
    free(t->type);
}

void kg_graph_free(kg_graph *g)
{
    if (!g)
        return;
    drop_igraph(g);
    for (size_t i = 0; i < g->n_nodes; i++)
        free_node(&g->nodes[i]);
    for (size_t i = 0; i < g->n_edges; i++)
        free_edge(&g->edges[i]);
    free(g->nodes);
    free(g->edges);
    free(g->node_ix.slot);
    free(g->edge_ix.slot);
    free_names(&g->node_attrs);
    free_names(&g->edge_attrs);
    kg_letters_free(g->letters);
    free(g->refs);
    kg_arena_free(g->ref_strings);
    free(g);
}

size_t kg_graph_node_count(const kg_graph *g)
{
    return g ? g->n_nodes : 0;
}

size_t kg_graph_edge_count(const kg_graph *g)
{
    return g ? g->n_edges : 0;
}

/* ---- nodes ---------------------------------------------------------- */

/* Set *field to a clean copy of value; false only when out of memory. */
static bool replace_field(char **field, const char *value)
{
    char *copy = clean_dup(value);
    if (!copy)
        return false;
    free(*field);
    *field = copy;
    return true;
}

/* Fill *field from value when it is still empty. */
static bool fill_field(char **field, const char *value)
{
    if (**field || !value || !*value)
        return true;
    return replace_field(field, value);
}

static kg_status merge_node(kg_gnode *n, const char *kind, const char *label,
                            const char *url, const char *file)
{
    bool ok = true;

    /* a node seen both as a cited Kamerstuk and as an input document is
     * the document */
    if (kg_node_kind_strength(kind) > kg_node_kind_strength(n->kind)) {
        /* The new kind brings its label; an empty one is no label. */
        char *k = kind_dup(kind);
        if (!k)
            return KG_ERR_NOMEM;
        if (label && *label)
            ok = replace_field(&n->label, label);
        if (!ok) {
            kind_free(k);
            return KG_ERR_NOMEM;
        }
        kind_free(n->kind);
        n->kind = k;
    }
    ok = fill_field(&n->label, label) && fill_field(&n->url, url)
         && fill_field(&n->file, file);
    return ok ? KG_OK : KG_ERR_NOMEM;
}

static kg_status append_node(kg_graph *g, const char *id, size_t hash,
                             const char *kind, const char *label,
                             const char *url, const char *file)
{
    kg_gnode n = {0};

    if (!grow((void **)&g->nodes, &g->cap_nodes, g->n_nodes, sizeof n)
        || !index_reserve(g, &g->node_ix, g->n_nodes, node_hash))
        return KG_ERR_NOMEM;
    n.id = clean_dup(id);
    n.kind = kind_dup(kind);
    n.label = clean_dup(label);
    n.url = clean_dup(url);
    n.file = clean_dup(file);
    n.hash = hash;
    if (!n.id || !n.kind || !n.label || !n.url || !n.file) {
        free_node(&n);
        return KG_ERR_NOMEM;
    }
    *index_slot(g, &g->node_ix, hash, node_matches, id) = slot_make(g->n_nodes, hash);
    g->nodes[g->n_nodes++] = n;
    return KG_OK;
}

kg_status kg_graph_add_node(kg_graph *g, const char *id, const char *kind,
                            const char *label, const char *url,
                            const char *file)
{
    size_t hash;
    long at;

    if (!g || !valid_key(id) || !valid_key(kind))
        return KG_ERR_USAGE;
    g->ig_fresh = false;
    hash = hash_id(id);
    at = find_node(g, id, hash);
    if (at >= 0)
        return merge_node(&g->nodes[at], kind, label, url, file);
    return append_node(g, id, hash, kind, label, url, file);
}

/* ---- edges ---------------------------------------------------------- */

static kg_status append_edge(kg_graph *g, const edge_key *k, size_t hash)
{
    kg_gedge e = {0};

    if (!grow((void **)&g->edges, &g->cap_edges, g->n_edges, sizeof e)
        || !index_reserve(g, &g->edge_ix, g->n_edges, edge_hash))
        return KG_ERR_NOMEM;
    e.kind = kind_dup(k->kind);
    if (!e.kind)
        return KG_ERR_NOMEM;
    e.from = k->from;
    e.to = k->to;
    e.weight = 1;
    e.hash = hash;
    *index_slot(g, &g->edge_ix, hash, edge_matches, k) = slot_make(g->n_edges, hash);
    g->edges[g->n_edges++] = e;
    return KG_OK;
}

/* The edge (from, to, kind): its key and hash, and its index or -1.
 * Returns false when either node is missing. */
static bool find_edge(const kg_graph *g, const char *from, const char *to,
                      const char *edge_kind, edge_key *k, size_t *hash,
                      long *at)
{
    long f = find_node(g, from, hash_id(from));
    long t = find_node(g, to, hash_id(to));
    if (f < 0 || t < 0)
        return false;
    k->from = (size_t)f;
    k->to = (size_t)t;
    k->kind = edge_kind;
    *hash = hash_edge(k->from, k->to, edge_kind);
    *at = -1;
    if (g->edge_ix.cap) {
        size_t *slot = index_slot(g, &g->edge_ix, *hash, edge_matches, k);
        if (*slot)
            *at = (long)slot_entry(*slot);
    }
    return true;
}

bool kg_graph_has_edge(const kg_graph *g, const char *from, const char *to,
                       const char *edge_kind)
{
    edge_key k;
    size_t hash;
    long at;
    return g && from && to && edge_kind &&
           find_edge(g, from, to, edge_kind, &k, &hash, &at) && at >= 0;
}

kg_status kg_graph_add_citations(kg_graph *g, const char *from, const char *to,
                                 const char *edge_kind, unsigned n)
{
    edge_key k;
    size_t hash;
    long at;
    kg_status st;

    if (n == 0)
        return KG_ERR_USAGE;
    st = kg_graph_add_citation(g, from, to, edge_kind);
    if (st != KG_OK || n == 1)
        return st;
    find_edge(g, from, to, edge_kind, &k, &hash, &at); /* exists now */
    g->edges[at].weight = g->edges[at].weight > UINT_MAX - (n - 1)
                              ? UINT_MAX
                              : g->edges[at].weight + (n - 1);
    return KG_OK;
}

kg_status kg_graph_add_citation(kg_graph *g, const char *from, const char *to,
                                const char *edge_kind)
{
    edge_key k;
    size_t hash;
    long at;

    if (!g || !valid_key(from) || !valid_key(to) || !valid_key(edge_kind))
        return KG_ERR_USAGE;
    if (!find_edge(g, from, to, edge_kind, &k, &hash, &at))
        return KG_ERR_USAGE;
    g->ig_fresh = false;
    if (at >= 0) {
        if (g->edges[at].weight < UINT_MAX)
            g->edges[at].weight++;
        return KG_OK;
    }
    return append_edge(g, &k, hash);
}

/* ---- extra attributes ----------------------------------------------- */

/* Names a caller may not use: the built-in attributes, and those the DOT
 * writer sets itself to draw the graph (an extra one would be overwritten
 * there, or would change the drawing). */
static const char *const node_reserved[] = {
    "id", "kind", "label", "url", "file",
    "shape", "style", "fillcolor", "fontname", "URL", "tooltip", NULL,
};
static const char *const edge_reserved[] = {
    "kind", "weight", "style", "label", "fontname", NULL,
};

/* An identifier and not reserved: GraphML keys, DOT and the usual readers
 * (networkx, igraph) all take such a name as it is. */
static bool valid_attr_name(const char *s, const char *const *reserved)
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
static long intern_typed(kg_gnames *t, const char *name, kg_gattr_type type)
{
    char *copy;
    size_t cap = t->cap;

    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->name[i], name) == 0)
            return t->type[i] == type ? (long)i : -2;
    if (!grow((void **)&t->name, &cap, t->n, sizeof *t->name))
        return -1;
    if (cap != t->cap) { /* type[] follows name[]'s capacity */
        kg_gattr_type *ty = realloc(t->type, cap * sizeof *ty);
        if (!ty) /* name[] grew, which is harmless; cap stays */
            return -1;
        t->type = ty;
        t->cap = cap;
    }
    if (!(copy = clean_dup(name)))
        return -1;
    t->name[t->n] = copy;
    t->type[t->n] = type;
    return (long)t->n++;
}

/* Index of the text attribute `name`, as intern_typed. */
static long intern_name(kg_gnames *t, const char *name)
{
    return intern_typed(t, name, KG_GATTR_STRING);
}

/* Set value i of x to a clean copy of value; "" is stored as NULL. */
static kg_status set_extra(kg_gextra *x, size_t i, const char *value)
{
    char *copy = NULL;

    if (value && *value && !(copy = clean_dup(value)))
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
static kg_status set_named(kg_graph *g, kg_gnames *names, kg_gextra *x,
                           const char *name, const char *value)
{
    long a = intern_name(names, name);

    if (a == -2) /* a numeric attribute */
        return KG_ERR_USAGE;
    if (a < 0)
        return KG_ERR_NOMEM;
    g->ig_fresh = false;
    return set_extra(x, (size_t)a, value);
}

kg_status kg_graph_set_node_attr(kg_graph *g, const char *id, const char *name,
                                 const char *value)
{
    long at;

    if (!g || !id || !valid_attr_name(name, node_reserved))
        return KG_ERR_USAGE;
    at = find_node(g, id, hash_id(id));
    if (at < 0)
        return KG_ERR_USAGE;
    return set_named(g, &g->node_attrs, &g->nodes[at].extra, name, value);
}

kg_status kg_graph_set_edge_attr(kg_graph *g, const char *from, const char *to,
                                 const char *edge_kind, const char *name,
                                 const char *value)
{
    edge_key k;
    size_t hash;
    long at;

    if (!g || !from || !to || !edge_kind || !valid_attr_name(name, edge_reserved))
        return KG_ERR_USAGE;
    if (!find_edge(g, from, to, edge_kind, &k, &hash, &at) || at < 0)
        return KG_ERR_USAGE;
    return set_named(g, &g->edge_attrs, &g->edges[at].extra, name, value);
}

/* ---- numeric attributes --------------------------------------------- */

void kg_c_locale_point(char *buf)
{
    const char *dp = localeconv()->decimal_point;
    size_t n = dp ? strlen(dp) : 0;
    char *p;

    if (n == 0 || strcmp(dp, ".") == 0 || !(p = strstr(buf, dp)))
        return;
    *p = '.';
    memmove(p + 1, p + n, strlen(p + n) + 1);
}

/* Decimal digits of v, which is integral and |v| <= 2^53: the common case
 * (counts, communities), done without snprintf, which on a large graph
 * took a tenth of the analysis. */
static void int_text(char buf[40], double v)
{
    unsigned long long u = (unsigned long long)(v < 0 ? -v : v);
    char tmp[24];
    size_t n = 0;

    do
        tmp[n++] = (char)('0' + u % 10);
    while ((u /= 10) > 0);
    if (v < 0)
        *buf++ = '-';
    while (n > 0)
        *buf++ = tmp[--n];
    *buf = '\0';
}

/* Largest integer a double holds exactly: 2^53. */
#define KG_MAX_EXACT 9007199254740992.0

/* The text of a numeric value: an integer in full, a double as "%.6g". */
static void num_text(char buf[40], double v, kg_gattr_type type)
{
    if (v == 0)
        v = 0; /* no "-0" */
    if (type == KG_GATTR_INTEGER && fabs(v) <= KG_MAX_EXACT) {
        int_text(buf, v);
        return;
    }
    if (type == KG_GATTR_INTEGER)
        snprintf(buf, 40, "%.0f", v);
    else
        snprintf(buf, 40, "%.6g", v);
    kg_c_locale_point(buf);
}

long kg_graph_num_attr(kg_graph *g, const char *name, kg_gattr_type type)
{
    if (!valid_attr_name(name, node_reserved) || type == KG_GATTR_STRING)
        return -2;
    return intern_typed(&g->node_attrs, name, type);
}

/* Room for every attribute known so far, at once: the analysis sets seven
 * on every node, and growing one slot at a time was a realloc each. */
static kg_status num_room(kg_gextra *x, size_t need)
{
    if (need > x->nnum) {
        double *num = realloc(x->num, need * sizeof *num);
        if (!num)
            return KG_ERR_NOMEM;
        for (size_t i = x->nnum; i < need; i++)
            num[i] = NAN;
        x->num = num;
        x->nnum = need;
    }
    if (need > x->n) {
        char **v = realloc(x->v, need * sizeof *v);
        if (!v)
            return KG_ERR_NOMEM;
        memset(v + x->n, 0, (need - x->n) * sizeof *v);
        x->v = v;
        x->n = need;
    }
    return KG_OK;
}

kg_status kg_graph_set_num_at(kg_graph *g, size_t node, size_t attr, double value)
{
    char text[40];
    kg_gextra *x;
    kg_status st;

    if (node >= g->n_nodes || attr >= g->node_attrs.n
        || g->node_attrs.type[attr] == KG_GATTR_STRING || !isfinite(value))
        return KG_ERR_USAGE;
    x = &g->nodes[node].extra;
    st = num_room(x, g->node_attrs.n);
    if (st != KG_OK)
        return st;
    num_text(text, value, g->node_attrs.type[attr]);
    st = set_extra(x, attr, text);
    if (st != KG_OK)
        return st;
    x->num[attr] = value == 0 ? 0 : value;
    g->ig_fresh = false;
    return KG_OK;
}

static kg_status set_num(kg_graph *g, const char *id, const char *name,
                         double value, kg_gattr_type type)
{
    long at, a;

    if (!g || !id || !valid_attr_name(name, node_reserved) || !isfinite(value))
        return KG_ERR_USAGE;
    at = find_node(g, id, hash_id(id));
    if (at < 0)
        return KG_ERR_USAGE;
    a = kg_graph_num_attr(g, name, type);
    if (a == -2)
        return KG_ERR_USAGE;
    if (a < 0)
        return KG_ERR_NOMEM;
    return kg_graph_set_num_at(g, (size_t)at, (size_t)a, value);
}

kg_status kg_graph_set_node_num(kg_graph *g, const char *id, const char *name,
                                double value)
{
    return set_num(g, id, name, value, KG_GATTR_DOUBLE);
}

kg_status kg_graph_set_node_int(kg_graph *g, const char *id, const char *name,
                                long long value)
{
    double v = (double)value;

    if (v > KG_MAX_EXACT || v < -KG_MAX_EXACT)
        return KG_ERR_USAGE;
    return set_num(g, id, name, v, KG_GATTR_INTEGER);
}

bool kg_graph_node_num(const kg_graph *g, const char *id, const char *name,
                       double *value)
{
    long at;

    if (!g || !id || !name || !value
        || (at = find_node(g, id, hash_id(id))) < 0)
        return false;
    for (size_t i = 0; i < g->node_attrs.n; i++)
        if (strcmp(g->node_attrs.name[i], name) == 0)
            return g->node_attrs.type[i] != KG_GATTR_STRING
                   && kg_gextra_num(&g->nodes[at].extra, i, value);
    return false;
}

/* ---- aliases -------------------------------------------------------- */

static bool is_brief(const char *id)
{
    kg_id parts;
    kg_id_parse(id, &parts);
    return parts.kind == KG_ID_BRIEF;
}

kg_status kg_graph_add_alias(kg_graph *g, const char *alias, const char *target,
                             const char *evidence)
{
    /* A brief: target could itself be merged away: no chains. */
    if (!g || !valid_key(alias) || !valid_key(target) || is_brief(target))
        return KG_ERR_USAGE;
    if (!g->letters && !(g->letters = kg_letters_create()))
        return KG_ERR_NOMEM;
    return kg_letters_add(g->letters, alias, target, evidence, 0);
}

kg_status kg_graph_add_letters(kg_graph *g, const kg_doc *doc)
{
    if (!g->letters && !(g->letters = kg_letters_create()))
        return KG_ERR_NOMEM;
    return kg_letters_add_document(g->letters, doc, 0);
}

/* A target nobody added yet: a Kamerstuk known only from the aliases. */
static kg_status ensure_target(kg_graph *g, const char *target)
{
    char url[512];
    const char *label = kg_id_label(target);

    if (find_node(g, target, hash_id(target)) >= 0)
        return KG_OK;
    return kg_graph_add_node(g, target, "kamerstuk", label,
                             kg_id_url(target, url, sizeof url) ? url : NULL,
                             NULL);
}

/* candidates = the distinct targets of the letter, sorted, space-separated. */
static kg_status set_candidates(kg_graph *g, size_t node, size_t n)
{
    const char **t = malloc(n * sizeof *t);
    size_t len = 0;
    char *s, *q;
    kg_status st = KG_ERR_NOMEM;

    if (!t)
        return st;
    kg_letters_candidates(g->letters, g->nodes[node].id, t, n);
    for (size_t j = 0; j < n; j++)
        len += strlen(t[j]) + 1;
    if ((q = s = malloc(len))) {
        for (size_t j = 0; j < n; j++) {
            size_t tlen = strlen(t[j]);
            if (j)
                *q++ = ' ';
            memcpy(q, t[j], tlen);
            q += tlen;
        }
        *q = '\0';
        st = set_named(g, &g->node_attrs, &g->nodes[node].extra, "candidates", s);
        free(s);
    }
    free(t);
    return st;
}

/* What becomes of a node: merged into node `to` (an index in the tables
 * before the rebuild), or kept when to is NO_NODE. */
#define NO_NODE SIZE_MAX
typedef struct {
    size_t to;
    const char *evidence;
} redirect;

/* For each brief: node, in order: merged into the one Kamerstuk the
 * letters tie it to (created when missing), or given its candidates when
 * they tie it to several. r holds one entry per node; *any tells whether
 * there is a merge. */
static kg_status plan_merges(kg_graph *g, redirect **out, bool *any)
{
    size_t n = g->n_nodes;
    redirect *r = malloc((n ? n : 1) * sizeof *r);
    kg_status st = KG_OK;

    *any = false;
    if (!r)
        return KG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        r[i] = (redirect){NO_NODE, NULL};
    for (size_t i = 0; st == KG_OK && i < n; i++) {
        const char *ev, *target;
        size_t k;
        if (!is_brief(g->nodes[i].id) ||
            (k = kg_letters_candidates(g->letters, g->nodes[i].id, NULL, 0)) == 0)
            continue;
        if (k > 1) {
            st = set_candidates(g, i, k);
            continue;
        }
        target = kg_letters_target(g->letters, g->nodes[i].id, &ev);
        if ((st = ensure_target(g, target)) != KG_OK)
            break;
        r[i] = (redirect){(size_t)find_node(g, target, hash_id(target)), ev};
        *any = true;
    }
    /* the targets created are nodes too, and stay */
    redirect *grown = realloc(r, (g->n_nodes ? g->n_nodes : 1) * sizeof *r);
    if (!grown) {
        free(r);
        return KG_ERR_NOMEM;
    }
    for (size_t i = n; i < g->n_nodes; i++)
        grown[i] = (redirect){NO_NODE, NULL};
    *out = grown;
    return st;
}

/* The new tables, filled by the rebuild. A kg_graph of its own so that the
 * index functions work on it unchanged. */
static bool alloc_tables(kg_graph *ng, size_t n_nodes, size_t n_edges)
{
    ng->nodes = malloc((n_nodes ? n_nodes : 1) * sizeof *ng->nodes);
    ng->edges = malloc((n_edges ? n_edges : 1) * sizeof *ng->edges);
    ng->cap_nodes = n_nodes ? n_nodes : 1;
    ng->cap_edges = n_edges ? n_edges : 1;
    return ng->nodes && ng->edges && index_alloc(&ng->node_ix, n_nodes)
           && index_alloc(&ng->edge_ix, n_edges);
}

static void free_tables(kg_graph *ng)
{
    free(ng->nodes);
    free(ng->edges);
    free(ng->node_ix.slot);
    free(ng->edge_ix.slot);
}

/* Move the kept nodes into ng in order, free the merged ones; remap[i] is
 * node i's new index, NO_NODE when it goes. */
static void move_nodes(kg_graph *g, kg_graph *ng, const redirect *r,
                       size_t *remap)
{
    for (size_t i = 0; i < g->n_nodes; i++) {
        kg_gnode *n = &g->nodes[i];
        if (r[i].to != NO_NODE) {
            free_node(n);
            remap[i] = NO_NODE;
            continue;
        }
        remap[i] = ng->n_nodes;
        *index_slot(ng, &ng->node_ix, n->hash, node_matches, n->id) =
            slot_make(ng->n_nodes, n->hash);
        ng->nodes[ng->n_nodes++] = *n;
    }
}

/* Fold edge e into dst (same ends and kind): mentions add up, and dst
 * takes the extra values it lacks. Frees what is left of e. */
static void fold_edge(kg_gedge *dst, kg_gedge *e)
{
    kg_gextra *d = &dst->extra, *x = &e->extra;

    dst->weight = e->weight > UINT_MAX - dst->weight ? UINT_MAX
                                                      : dst->weight + e->weight;
    if (x->n > d->n) {
        /* Keep the longer array, so that nothing needs allocating in the
         * middle of a rebuild; dst's own values still win. */
        kg_gextra t = *d;
        *d = *x;
        *x = t;
        for (size_t i = 0; i < x->n; i++)
            if (x->v[i]) {
                free(d->v[i]);
                d->v[i] = x->v[i];
                x->v[i] = NULL;
            }
    } else {
        for (size_t i = 0; i < x->n; i++)
            if (!d->v[i]) {
                d->v[i] = x->v[i];
                x->v[i] = NULL;
            }
    }
    free_edge(e);
}

/* Indices of the edge attributes a merge sets. */
typedef struct {
    size_t resolved_by, evidence;
} merge_attrs;

/* Mark an edge that now carries citations made by date. The first merge
 * into an edge says how it was resolved; later ones do not overwrite. */
static kg_status mark_merged(kg_gedge *e, const merge_attrs *a,
                             const char *evidence)
{
    kg_status st;

    if (*kg_gextra_get(&e->extra, a->resolved_by))
        return KG_OK;
    st = set_extra(&e->extra, a->resolved_by, kg_resolution_name(KG_RESOLVED_CORPUS_ALIAS));
    return st == KG_OK ? set_extra(&e->extra, a->evidence, evidence) : st;
}

/* Move every edge into ng with its ends remapped; an edge into a merged
 * node goes to its target. Never fails half-way: an attribute that cannot
 * be set for want of memory only changes the status returned. */
static kg_status move_edges(kg_graph *g, kg_graph *ng, const redirect *r,
                            const size_t *remap, const merge_attrs *a)
{
    kg_status st = KG_OK;

    for (size_t i = 0; i < g->n_edges; i++) {
        kg_gedge e = g->edges[i];
        const redirect *m = &r[e.to];
        size_t to = m->to != NO_NODE ? m->to : e.to;
        edge_key k = {remap[e.from], remap[to], e.kind};
        size_t *slot;
        kg_gedge *dst;

        if (k.from == NO_NODE) { /* from a merged node: dropped */
            free_edge(&e);
            continue;
        }
        e.from = k.from;
        e.to = k.to;
        e.hash = hash_edge(k.from, k.to, e.kind);
        slot = index_slot(ng, &ng->edge_ix, e.hash, edge_matches, &k);
        if (*slot) {
            dst = &ng->edges[slot_entry(*slot)];
            fold_edge(dst, &e);
        } else {
            *slot = slot_make(ng->n_edges, e.hash);
            dst = &ng->edges[ng->n_edges++];
            *dst = e;
        }
        if (m->to != NO_NODE && st == KG_OK)
            st = mark_merged(dst, a, m->evidence);
    }
    return st;
}

/* Replace g's tables by ones without the merged nodes. The order of what
 * stays is kept; the tables are rebuilt in one pass rather than deleting
 * in place, which would cost a shift of the arrays per removed node. */
static kg_status merge_nodes(kg_graph *g, const redirect *r)
{
    kg_graph ng = {0};
    size_t *remap = malloc(g->n_nodes * sizeof *remap); /* n_nodes > 0 */
    long resolved_by = intern_name(&g->edge_attrs, "resolved_by");
    long evidence = intern_name(&g->edge_attrs, "evidence");
    merge_attrs a = {(size_t)resolved_by, (size_t)evidence};
    kg_status st;

    if (!remap || resolved_by < 0 || evidence < 0
        || !alloc_tables(&ng, g->n_nodes, g->n_edges)) {
        free(remap);
        free_tables(&ng);
        return KG_ERR_NOMEM;
    }
    move_nodes(g, &ng, r, remap);
    st = move_edges(g, &ng, r, remap, &a);
    free(remap);
    free_tables(g);
    g->nodes = ng.nodes;
    g->n_nodes = ng.n_nodes;
    g->cap_nodes = ng.cap_nodes;
    g->edges = ng.edges;
    g->n_edges = ng.n_edges;
    g->cap_edges = ng.cap_edges;
    g->node_ix = ng.node_ix;
    g->edge_ix = ng.edge_ix;
    g->ig_fresh = false;
    return st;
}

/* The references kept for the writers that list them (SQLite, the
 * report) follow the merges, so that a letter cited by date reads the same
 * there as in the graph: its Kamerstuk id, resolved_by "corpus-alias". */
static kg_status redirect_refs(kg_graph *g, const redirect *r)
{
    for (size_t i = 0; i < g->n_refs; i++) {
        kg_graph_ref *ref = &g->refs[i];
        long at = ref->id ? find_node(g, ref->id, hash_id(ref->id)) : -1;
        const char *to;

        if (at < 0 || r[at].to == NO_NODE)
            continue;
        to = g->nodes[r[at].to].id;
        if (!(ref->id = kg_arena_strndup(g->ref_strings, to, strlen(to))))
            return KG_ERR_NOMEM;
        ref->resolved_by = KG_RESOLVED_CORPUS_ALIAS;
    }
    return KG_OK;
}

kg_status kg_graph_resolve_aliases(kg_graph *g)
{
    redirect *r = NULL;
    bool any = false;
    kg_status st;

    if (!g)
        return KG_ERR_USAGE;
    if (!g->letters)
        return KG_OK;
    st = plan_merges(g, &r, &any);
    if (st == KG_OK && any)
        st = redirect_refs(g, r);
    if (st == KG_OK && any)
        st = merge_nodes(g, r);
    free(r);
    return st;
}

/* ---- igraph --------------------------------------------------------- */

void kg_igraph_quiet_begin(kg_igraph_quiet *saved)
{
    saved->error = igraph_set_error_handler(igraph_error_handler_ignore);
    saved->warning = igraph_set_warning_handler(igraph_warning_handler_ignore);
}

void kg_igraph_quiet_end(const kg_igraph_quiet *saved)
{
    igraph_set_error_handler(saved->error);
    igraph_set_warning_handler(saved->warning);
}

/* Offset of a string field in kg_gnode, to set one attribute per pass. */
static const struct {
    const char *name;
    size_t offset;
} node_attrs[] = {
    {"id", offsetof(kg_gnode, id)},       {"kind", offsetof(kg_gnode, kind)},
    {"label", offsetof(kg_gnode, label)}, {"url", offsetof(kg_gnode, url)},
    {"file", offsetof(kg_gnode, file)},
};
#define N_NODE_ATTRS (sizeof node_attrs / sizeof node_attrs[0])

static igraph_error_t set_node_attrs(kg_graph *g)
{
    igraph_strvector_t sv;
    igraph_error_t rc = igraph_strvector_init(&sv, (igraph_integer_t)g->n_nodes);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    for (size_t a = 0; rc == IGRAPH_SUCCESS && a < N_NODE_ATTRS; a++) {
        for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->n_nodes; i++) {
            char *const *field =
                (char *const *)((const char *)&g->nodes[i] + node_attrs[a].offset);
            rc = igraph_strvector_set(&sv, (igraph_integer_t)i, *field);
        }
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_cattribute_VAS_setv(&g->ig, node_attrs[a].name, &sv);
    }
    igraph_strvector_destroy(&sv);
    return rc;
}

static const kg_gextra *node_extra(const kg_graph *g, size_t i)
{
    return &g->nodes[i].extra;
}

static const kg_gextra *edge_extra(const kg_graph *g, size_t i)
{
    return &g->edges[i].extra;
}

/* A numeric node attribute: NaN where a node has no value (igraph's
 * GraphML writer then leaves the value out). */
static igraph_error_t set_num_extra(kg_graph *g, size_t a, igraph_vector_t *nv)
{
    for (size_t i = 0; i < g->n_nodes; i++) {
        double v;
        VECTOR(*nv)[i] = kg_gextra_num(&g->nodes[i].extra, a, &v) ? v : IGRAPH_NAN;
    }
    return igraph_cattribute_VAN_setv(&g->ig, g->node_attrs.name[a], nv);
}

/* One attribute per extra name, in order: a string attribute with "" where
 * an entry has no value, so every node (edge) has every attribute as
 * GraphML readers expect; a numeric one for numeric node attributes. */
static igraph_error_t set_extras(kg_graph *g, const kg_gnames *names,
                                 size_t count,
                                 const kg_gextra *(*extra_of)(const kg_graph *, size_t),
                                 bool vertex)
{
    igraph_strvector_t sv;
    igraph_vector_t nv;
    igraph_error_t rc = igraph_strvector_init(&sv, (igraph_integer_t)count);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_vector_init(&nv, (igraph_integer_t)count);
    if (rc != IGRAPH_SUCCESS) {
        igraph_strvector_destroy(&sv);
        return rc;
    }
    for (size_t a = 0; rc == IGRAPH_SUCCESS && a < names->n; a++) {
        if (vertex && names->type[a] != KG_GATTR_STRING) {
            rc = set_num_extra(g, a, &nv);
            continue;
        }
        for (size_t i = 0; rc == IGRAPH_SUCCESS && i < count; i++)
            rc = igraph_strvector_set(&sv, (igraph_integer_t)i,
                                      kg_gextra_get(extra_of(g, i), a));
        if (rc == IGRAPH_SUCCESS)
            rc = vertex ? igraph_cattribute_VAS_setv(&g->ig, names->name[a], &sv)
                        : igraph_cattribute_EAS_setv(&g->ig, names->name[a], &sv);
    }
    igraph_vector_destroy(&nv);
    igraph_strvector_destroy(&sv);
    return rc;
}

static igraph_error_t add_edges(kg_graph *g)
{
    igraph_vector_int_t ends;
    igraph_error_t rc = igraph_vector_int_init(&ends, 2 * (igraph_integer_t)g->n_edges);

    if (rc != IGRAPH_SUCCESS)
        return rc;
    for (size_t i = 0; i < g->n_edges; i++) {
        VECTOR(ends)[2 * i] = (igraph_integer_t)g->edges[i].from;
        VECTOR(ends)[2 * i + 1] = (igraph_integer_t)g->edges[i].to;
    }
    rc = igraph_add_edges(&g->ig, &ends, NULL);
    igraph_vector_int_destroy(&ends);
    return rc;
}

static igraph_error_t set_edge_attrs(kg_graph *g)
{
    igraph_strvector_t kinds;
    igraph_vector_t weights;
    igraph_error_t rc;

    rc = igraph_strvector_init(&kinds, (igraph_integer_t)g->n_edges);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_vector_init(&weights, (igraph_integer_t)g->n_edges);
    if (rc != IGRAPH_SUCCESS) {
        igraph_strvector_destroy(&kinds);
        return rc;
    }
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->n_edges; i++) {
        rc = igraph_strvector_set(&kinds, (igraph_integer_t)i, g->edges[i].kind);
        VECTOR(weights)[i] = g->edges[i].weight;
    }
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_cattribute_EAS_setv(&g->ig, "kind", &kinds);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_cattribute_EAN_setv(&g->ig, "weight", &weights);
    igraph_strvector_destroy(&kinds);
    igraph_vector_destroy(&weights);
    return rc;
}

static igraph_error_t build_igraph(kg_graph *g)
{
    igraph_error_t rc;

    drop_igraph(g);
    rc = igraph_empty(&g->ig, (igraph_integer_t)g->n_nodes, IGRAPH_DIRECTED);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    g->ig_exists = true;
    rc = set_node_attrs(g);
    if (rc == IGRAPH_SUCCESS)
        rc = set_extras(g, &g->node_attrs, g->n_nodes, node_extra, true);
    if (rc == IGRAPH_SUCCESS)
        rc = add_edges(g);
    if (rc == IGRAPH_SUCCESS)
        rc = set_edge_attrs(g);
    if (rc == IGRAPH_SUCCESS)
        rc = set_extras(g, &g->edge_attrs, g->n_edges, edge_extra, false);
    if (rc != IGRAPH_SUCCESS)
        drop_igraph(g);
    else
        g->ig_fresh = true;
    return rc;
}

kg_status kg_graph_igraph(kg_graph *g, const igraph_t **out, kg_error *err)
{
    kg_igraph_quiet q;
    igraph_error_t rc = IGRAPH_SUCCESS;

    if (!g || !out)
        return kg_fail(err, KG_ERR_USAGE, "kg_graph_igraph: no graph");
    if (!g->ig_fresh) {
        /* Attributes of a graph are typed by the table in force when it is
         * built; make sure it is ours even if someone swapped it. */
        igraph_set_attribute_table(&igraph_cattribute_table);
        kg_igraph_quiet_begin(&q);
        rc = build_igraph(g);
        kg_igraph_quiet_end(&q);
    }
    if (rc != IGRAPH_SUCCESS)
        return kg_fail(err, rc == IGRAPH_ENOMEM ? KG_ERR_NOMEM : KG_ERR_GRAPH,
                       "igraph: cannot build the graph: %s",
                       igraph_strerror(rc));
    *out = &g->ig;
    return KG_OK;
}
