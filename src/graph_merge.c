/*
 * Letters cited by date, merged into the Kamerstuk the corpus ties them to
 * (kg_graph_resolve_aliases). Which Kamerstuk that is the corpus decides
 * (resolve_corpus.c, kg_letters); here the store follows: the brief: node
 * goes, its edges move, the references kept for the writers follow.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_store.h"
#include "id.h"

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
    if (!g || !kg_key_valid(alias) || !kg_key_valid(target) || is_brief(target))
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

    if (kg_node_find(g, target, kg_hash_id(target)) >= 0)
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
        st = kg_attr_set(g, &g->node_attrs, &g->nodes[node].extra, "candidates", s);
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
        r[i] = (redirect){(size_t)kg_node_find(g, target, kg_hash_id(target)), ev};
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
    return ng->nodes && ng->edges && kg_index_alloc(&ng->node_ix, n_nodes)
           && kg_index_alloc(&ng->edge_ix, n_edges);
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
            kg_gnode_free(n);
            remap[i] = NO_NODE;
            continue;
        }
        remap[i] = ng->n_nodes;
        *kg_index_slot(ng, &ng->node_ix, n->hash, kg_node_matches, n->id) =
            kg_slot_make(ng->n_nodes, n->hash);
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
    kg_gedge_free(e);
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
    st = kg_attr_store(&e->extra, a->resolved_by, kg_resolution_name(KG_RESOLVED_CORPUS_ALIAS));
    return st == KG_OK ? kg_attr_store(&e->extra, a->evidence, evidence) : st;
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
        kg_edge_key k = {remap[e.from], remap[to], e.kind};
        size_t *slot;
        kg_gedge *dst;

        if (k.from == NO_NODE) { /* from a merged node: dropped */
            kg_gedge_free(&e);
            continue;
        }
        e.from = k.from;
        e.to = k.to;
        e.hash = kg_hash_edge(k.from, k.to, e.kind);
        slot = kg_index_slot(ng, &ng->edge_ix, e.hash, kg_edge_matches, &k);
        if (*slot) {
            dst = &ng->edges[kg_slot_entry(*slot)];
            fold_edge(dst, &e);
        } else {
            *slot = kg_slot_make(ng->n_edges, e.hash);
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
    long resolved_by = kg_attr_intern_text(&g->edge_attrs, "resolved_by");
    long evidence = kg_attr_intern_text(&g->edge_attrs, "evidence");
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
    kg_graph_touch(g);
    return st;
}

/* The references kept for the writers that list them (SQLite, the
 * report) follow the merges, so that a letter cited by date reads the same
 * there as in the graph: its Kamerstuk id, resolved_by "corpus-alias". */
static kg_status redirect_refs(kg_graph *g, const redirect *r)
{
    for (size_t i = 0; i < g->n_refs; i++) {
        kg_graph_ref *ref = &g->refs[i];
        long at = ref->id ? kg_node_find(g, ref->id, kg_hash_id(ref->id)) : -1;
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
