/*
 * The store's own parts, shared by the files that make up kg_graph and
 * by no one else (the writers see graph_internal.h):
 *
 *   graph_keys.c     ids and kinds: which strings may be keys, clean
 *                    copies, the interned kind names, hashes
 *   graph_index.c    the open-addressing indexes: id -> node and
 *                    (from, to, kind) -> edge
 *   graph.c          life cycle, and nodes
 *   graph_edges.c    edges
 *   graph_attrs.c    extra attributes (names, text values)
 *   graph_numbers.c  numeric attributes
 *   graph_merge.c    letters cited by date merged into their Kamerstuk
 *   graph_igraph.c   the igraph mirror, a cache of the tables
 *
 * Not installed.
 */
#ifndef KG_GRAPH_STORE_H
#define KG_GRAPH_STORE_H

#include <string.h>

#include <igraph/igraph.h>

#include "graph_internal.h"

/* ---- keys (graph_keys.c) ------------------------------------------------ */

/* Keys (ids and kinds) must survive every output format unchanged: valid
 * UTF-8, one line, and no backslash (DOT would read "a\" as an escape). */
bool kg_key_valid(const char *s);
/* Copy of s fit for every writer: control characters become spaces and
 * malformed UTF-8 becomes U+FFFD; NULL is "". NULL when out of memory. */
char *kg_key_clean(const char *s);
/* A kind's name: the kind table's own copy (kinds.h) or a clean copy;
 * kg_kind_free frees only the latter. */
char *kg_kind_dup(const char *kind);
void kg_kind_free(char *kind);

static inline size_t kg_hash_id(const char *id)
{
    return kg_fnv1a_str(KG_FNV_OFFSET, id);
}

static inline size_t kg_hash_edge(size_t from, size_t to, const char *kind)
{
    uint64_t h = (KG_FNV_OFFSET ^ from) * KG_FNV_PRIME;
    h = (h ^ to) * KG_FNV_PRIME;
    return kg_fnv1a_str(h, kind);
}

/* ---- the indexes (graph_index.c) ----------------------------------------
 * Every node and edge lookup goes through kg_index_slot: it is here, to be
 * inlined where it is used. */

typedef bool (*kg_match_fn)(const kg_graph *g, size_t entry, const void *key);

static inline bool kg_node_matches(const kg_graph *g, size_t i, const void *key)
{
    return strcmp(g->nodes[i].id, key) == 0;
}

typedef struct {
    size_t from, to;
    const char *kind;
} kg_edge_key;

static inline bool kg_edge_matches(const kg_graph *g, size_t i, const void *key)
{
    const kg_gedge *e = &g->edges[i];
    const kg_edge_key *k = key;
    return e->from == k->from && e->to == k->to && strcmp(e->kind, k->kind) == 0;
}

/* A slot holds entry index + 1 in its low KG_SLOT_BITS and the top bits of
 * the entry's hash above them: a probe that meets another key's slot is
 * turned away by the tag, without a look at the entry itself, which on a
 * large graph is a cache miss (and for a node, a second one for its id). */
#define KG_SLOT_BITS 40
#define KG_SLOT_INDEX ((((size_t)1) << KG_SLOT_BITS) - 1)

_Static_assert(sizeof(size_t) >= 8, "slots keep a hash tag above 40 bits of index");

static inline size_t kg_slot_tag(size_t hash)
{
    return hash & ~KG_SLOT_INDEX;
}

static inline size_t kg_slot_make(size_t entry, size_t hash)
{
    return (entry + 1) | kg_slot_tag(hash);
}

/* The entry of a full slot. */
static inline size_t kg_slot_entry(size_t s)
{
    return (s & KG_SLOT_INDEX) - 1;
}

/* Slot where key lives, or the empty slot where it would go. */
static inline size_t *kg_index_slot(const kg_graph *g, const kg_gindex *ix, size_t hash,
                                    kg_match_fn match, const void *key)
{
    size_t mask = ix->cap - 1, tag = kg_slot_tag(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        size_t *s = &ix->slot[i];
        if (*s == 0 || ((*s & ~KG_SLOT_INDEX) == tag && match(g, kg_slot_entry(*s), key)))
            return s;
    }
}

/* The node with this id (and hash), or -1. */
static inline long kg_node_find(const kg_graph *g, const char *id, size_t hash)
{
    size_t *s;
    if (g->node_ix.cap == 0)
        return -1;
    s = kg_index_slot(g, &g->node_ix, hash, kg_node_matches, id);
    return *s ? (long)kg_slot_entry(*s) : -1;
}

typedef size_t (*kg_hash_fn)(const kg_graph *g, size_t entry);

static inline size_t kg_node_hash(const kg_graph *g, size_t i)
{
    return g->nodes[i].hash;
}

static inline size_t kg_edge_hash(const kg_graph *g, size_t i)
{
    return g->edges[i].hash;
}

/* An empty index with room for count entries. */
bool kg_index_alloc(kg_gindex *ix, size_t count);
/* Make room for count + 1 entries at a load of at most one half. */
bool kg_index_reserve(const kg_graph *g, kg_gindex *ix, size_t count, kg_hash_fn hash);

/* ---- nodes and edges (graph.c, graph_edges.c) ------------------------------ */

void kg_gextra_free(kg_gextra *x);
void kg_gnode_free(kg_gnode *n);
void kg_gedge_free(kg_gedge *e);

/* The edge (from, to, kind): its key and hash, and its index or -1.
 * Returns false when either node is missing. */
bool kg_edge_find(const kg_graph *g, const char *from, const char *to, const char *edge_kind,
                  kg_edge_key *k, size_t *hash, long *at);

/* ---- attributes (graph_attrs.c) -------------------------------------------- */

/* The names a node's extra attribute may not take: the built-ins and the
 * ones the DOT writer draws with. NULL-terminated. */
extern const char *const kg_node_reserved[];
/* An identifier and not reserved. */
bool kg_attr_name_ok(const char *s, const char *const *reserved);
/* Index of `name` of type `type`, added at the end when new; -1 when out
 * of memory, -2 when the name exists with another type. */
long kg_attr_intern(kg_gnames *t, const char *name, kg_gattr_type type);
/* The same for a text attribute. */
long kg_attr_intern_text(kg_gnames *t, const char *name);
/* Value i of x set to a clean copy of value; "" is stored as NULL. */
kg_status kg_attr_store(kg_gextra *x, size_t i, const char *value);
/* Text attribute `name` (already checked) of the node or edge extra x. */
kg_status kg_attr_set(kg_graph *g, kg_gnames *names, kg_gextra *x, const char *name,
                      const char *value);

/* ---- the igraph mirror (graph_igraph.c) ------------------------------------ */

/* Built on demand from the tables, which are the truth; any change makes
 * it stale. Behind a pointer, so that a const graph can keep its cache. */
struct kg_igraph_cache {
    igraph_t ig;
    bool exists;    /* ig holds an initialised graph that must be freed */
    bool fresh;     /* ... and it matches the tables */
};

/* Frees the igraph copy, if any. */
void kg_igraph_drop(struct kg_igraph_cache *c);

/* The tables changed: the igraph copy no longer matches them. */
static inline void kg_graph_touch(kg_graph *g)
{
    if (g->ig)
        g->ig->fresh = false;
}

#endif
