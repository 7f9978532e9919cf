/*
 * kg_graph: the node and edge store, and its igraph materialisation.
 *
 * Nodes and edges live in plain arrays in order of first insertion, with
 * hash indexes for lookup. That order is what makes every writer's output
 * deterministic. The igraph_t is derived from these tables lazily, when a
 * writer needs it, so adding many mentions stays cheap.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"

/* ---- strings -------------------------------------------------------- */

/* Length of the well-formed UTF-8 sequence at s that XML 1.0 accepts, or 0.
 * Rejects overlong forms, surrogates, code points above U+10FFFF and the
 * non-characters U+FFFE/U+FFFF (which no XML parser will load). */
static size_t utf8_len(const unsigned char *s)
{
    unsigned c = s[0];
    unsigned lo = 0x80, hi = 0xBF;
    size_t n;

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    if (c == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
        return 0;
    return n;
}

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
        size_t n = utf8_len(p);
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
    char *out = malloc(3 * strlen((const char *)p) + 1);
    char *q = out;

    if (!out)
        return NULL;
    while (*p) {
        size_t n = utf8_len(p);
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

static size_t hash_str(size_t h, const char *s)
{
    /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * (size_t)1099511628211u;
    return h;
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

/* Slot where key lives, or the empty slot where it would go. */
static size_t *index_slot(const kg_graph *g, const kg_gindex *ix, size_t hash,
                          match_fn match, const void *key)
{
    size_t mask = ix->cap - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        size_t *s = &ix->slot[i];
        if (*s == 0 || match(g, *s - 1, key))
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

/* Make room for count + 1 entries at a load of at most one half. */
static bool index_reserve(const kg_graph *g, kg_gindex *ix, size_t count,
                          hash_fn hash)
{
    size_t cap = ix->cap ? ix->cap : 16;
    size_t *slot;

    if (2 * (count + 1) <= ix->cap)
        return true;
    while (2 * (count + 1) > cap)
        cap *= 2;
    slot = calloc(cap, sizeof *slot);
    if (!slot)
        return false;
    for (size_t e = 0; e < count; e++) {
        size_t i = hash(g, e) & (cap - 1);
        while (slot[i])
            i = (i + 1) & (cap - 1);
        slot[i] = e + 1;
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
    return *s ? (long)(*s - 1) : -1;
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

static void free_node(kg_gnode *n)
{
    free(n->id);
    free(n->kind);
    free(n->label);
    free(n->url);
    free(n->file);
}

void kg_graph_free(kg_graph *g)
{
    if (!g)
        return;
    drop_igraph(g);
    for (size_t i = 0; i < g->n_nodes; i++)
        free_node(&g->nodes[i]);
    for (size_t i = 0; i < g->n_edges; i++)
        free(g->edges[i].kind);
    free(g->nodes);
    free(g->edges);
    free(g->node_ix.slot);
    free(g->edge_ix.slot);
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

/* document > motie > kamerstuk > the rest: a node seen both as a cited
 * Kamerstuk and as an input document is the document. */
static int kind_strength(const char *kind)
{
    if (strcmp(kind, "document") == 0)
        return 3;
    if (strcmp(kind, "motie") == 0)
        return 2;
    if (strcmp(kind, "kamerstuk") == 0)
        return 1;
    return 0;
}

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

    if (kind_strength(kind) > kind_strength(n->kind)) {
        /* The new kind brings its label; an empty one is no label. */
        char *k = clean_dup(kind);
        if (!k)
            return KG_ERR_NOMEM;
        if (label && *label)
            ok = replace_field(&n->label, label);
        if (!ok) {
            free(k);
            return KG_ERR_NOMEM;
        }
        free(n->kind);
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
    n.kind = clean_dup(kind);
    n.label = clean_dup(label);
    n.url = clean_dup(url);
    n.file = clean_dup(file);
    n.hash = hash;
    if (!n.id || !n.kind || !n.label || !n.url || !n.file) {
        free_node(&n);
        return KG_ERR_NOMEM;
    }
    *index_slot(g, &g->node_ix, hash, node_matches, id) = g->n_nodes + 1;
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
    hash = hash_str((size_t)14695981039346656037u, id);
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
    e.kind = clean_dup(k->kind);
    if (!e.kind)
        return KG_ERR_NOMEM;
    e.from = k->from;
    e.to = k->to;
    e.weight = 1;
    e.hash = hash;
    *index_slot(g, &g->edge_ix, hash, edge_matches, k) = g->n_edges + 1;
    g->edges[g->n_edges++] = e;
    return KG_OK;
}

/* The edge (from, to, kind): its key and hash, and its index or -1.
 * Returns false when either node is missing. */
static bool find_edge(const kg_graph *g, const char *from, const char *to,
                      const char *edge_kind, edge_key *k, size_t *hash,
                      long *at)
{
    long f = find_node(g, from, hash_str((size_t)14695981039346656037u, from));
    long t = find_node(g, to, hash_str((size_t)14695981039346656037u, to));
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
            *at = (long)(*slot - 1);
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
        rc = add_edges(g);
    if (rc == IGRAPH_SUCCESS)
        rc = set_edge_attrs(g);
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
