/* The graph's open-addressing indexes (graph_store.h): id -> node and
 * (from, to, kind) -> edge. A slot holds entry index + 1, 0 means empty;
 * the capacity is a power of two, kept at a load of at most one half. */
#include <stdlib.h>

#include "graph_store.h"

/* Smallest capacity that holds count + 1 entries at a load of one half. */
static size_t index_cap(size_t count)
{
    size_t cap = 16;
    while (2 * (count + 1) > cap)
        cap *= 2;
    return cap;
}

bool kg_index_alloc(kg_gindex *ix, size_t count)
{
    ix->cap = index_cap(count);
    ix->slot = calloc(ix->cap, sizeof *ix->slot);
    return ix->slot != NULL;
}

bool kg_index_reserve(const kg_graph *g, kg_gindex *ix, size_t count, kg_hash_fn hash)
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
        slot[i] = kg_slot_make(e, hash(g, e));
    }
    free(ix->slot);
    ix->slot = slot;
    ix->cap = cap;
    return true;
}

long kg_graph_node_index(const kg_graph *g, const char *id)
{
    return g && id ? kg_node_find(g, id, kg_hash_id(id)) : -1;
}
