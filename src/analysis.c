/*
 * kg_graph_rank: which things are cited by the most documents.
 *
 * Every "cites" edge from a document is a contribution (target, document,
 * weight). A dossier also receives the contributions of everything that
 * is part_of it, so a letter citing Kamerstuk 31490-359 counts for dossier
 * 31490. Sorting the contributions by (target, document) then gives both
 * the distinct documents and the summed mentions in one pass.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"

typedef struct {
    size_t target, doc;
    unsigned weight;
} contrib;

/* part_of edges into dossiers, grouped by source node (CSR layout):
 * the dossiers of node i are dossier[first[i] .. first[i + 1]). */
typedef struct {
    size_t *first;
    size_t *dossier;
} part_of_map;

static bool is_kind(const kg_graph *g, size_t node, const char *kind)
{
    return strcmp(g->nodes[node].kind, kind) == 0;
}

static bool is_dossier_link(const kg_graph *g, const kg_gedge *e)
{
    return e->from != e->to && strcmp(e->kind, "part_of") == 0
           && is_kind(g, e->to, "dossier");
}

/* A mention by one document of another thing; citing oneself is not a
 * citation. */
static bool is_citation(const kg_graph *g, const kg_gedge *e)
{
    return e->from != e->to && strcmp(e->kind, "cites") == 0
           && is_kind(g, e->from, "document");
}

static bool build_part_of(const kg_graph *g, part_of_map *m)
{
    size_t n = g->n_nodes;

    m->first = calloc(n + 2, sizeof *m->first);
    m->dossier = malloc((g->n_edges ? g->n_edges : 1) * sizeof *m->dossier);
    if (!m->first || !m->dossier)
        return false;
    /* Count into first[i + 2], prefix-sum, then fill using first[i + 1]
     * as the cursor, which leaves first[i] at the start of group i. */
    for (size_t i = 0; i < g->n_edges; i++)
        if (is_dossier_link(g, &g->edges[i]))
            m->first[g->edges[i].from + 2]++;
    for (size_t i = 2; i < n + 2; i++)
        m->first[i] += m->first[i - 1];
    for (size_t i = 0; i < g->n_edges; i++)
        if (is_dossier_link(g, &g->edges[i]))
            m->dossier[m->first[g->edges[i].from + 1]++] = g->edges[i].to;
    return true;
}

static void free_part_of(part_of_map *m)
{
    free(m->first);
    free(m->dossier);
}

/* All contributions; *count receives how many. NULL when out of memory. */
static contrib *collect(const kg_graph *g, const part_of_map *m, size_t *count)
{
    size_t n = 0;
    contrib *c;

    for (size_t i = 0; i < g->n_edges; i++)
        if (is_citation(g, &g->edges[i])) {
            size_t t = g->edges[i].to;
            n += 1 + (m->first[t + 1] - m->first[t]);
        }
    c = malloc((n ? n : 1) * sizeof *c);
    if (!c)
        return NULL;
    n = 0;
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (!is_citation(g, e))
            continue;
        c[n++] = (contrib){e->to, e->from, e->weight};
        for (size_t k = m->first[e->to]; k < m->first[e->to + 1]; k++)
            c[n++] = (contrib){m->dossier[k], e->from, e->weight};
    }
    *count = n;
    return c;
}

static int cmp_contrib(const void *pa, const void *pb)
{
    const contrib *a = pa, *b = pb;
    if (a->target != b->target)
        return a->target < b->target ? -1 : 1;
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    return 0;
}

static bool wanted(const char *kind, const char *const *kinds)
{
    if (!kinds) /* no list: every kind */
        return true;
    for (; *kinds; kinds++)
        if (strcmp(*kinds, kind) == 0)
            return true;
    return false;
}

static int cmp_unsigned_desc(unsigned a, unsigned b)
{
    return a > b ? -1 : a < b ? 1 : 0;
}

static int cmp_by_docs(const void *pa, const void *pb)
{
    const kg_rank_row *a = pa, *b = pb;
    int c = cmp_unsigned_desc(a->citing_docs, b->citing_docs);
    if (!c)
        c = cmp_unsigned_desc(a->mentions, b->mentions);
    return c ? c : strcmp(a->id, b->id);
}

static int cmp_by_mentions(const void *pa, const void *pb)
{
    const kg_rank_row *a = pa, *b = pb;
    int c = cmp_unsigned_desc(a->mentions, b->mentions);
    if (!c)
        c = cmp_unsigned_desc(a->citing_docs, b->citing_docs);
    return c ? c : strcmp(a->id, b->id);
}

/* One row per wanted target from the sorted contributions. */
static size_t fold(const kg_graph *g, const contrib *c, size_t n,
                   const char *const *kinds, kg_rank_row *out)
{
    size_t rows = 0;

    for (size_t i = 0; i < n;) {
        const kg_gnode *t = &g->nodes[c[i].target];
        kg_rank_row r = {t->id, t->label, t->kind, 0, 0};
        size_t j = i;
        for (; j < n && c[j].target == c[i].target; j++) {
            r.citing_docs += j == i || c[j].doc != c[j - 1].doc;
            r.mentions = c[j].weight > UINT_MAX - r.mentions ? UINT_MAX
                                                             : r.mentions + c[j].weight;
        }
        if (wanted(t->kind, kinds))
            out[rows++] = r;
        i = j;
    }
    return rows;
}

size_t kg_graph_rank(kg_graph *g, kg_rank_by by, const char *const *kinds,
                     kg_rank_row *rows, size_t max)
{
    part_of_map m = {NULL, NULL};
    contrib *c = NULL;
    kg_rank_row *all = NULL;
    size_t n = 0, count = 0;

    if (!g || !rows || max == 0 || g->n_nodes == 0)
        return 0;
    if (build_part_of(g, &m) && (c = collect(g, &m, &n)) != NULL
        && (all = malloc(g->n_nodes * sizeof *all)) != NULL) {
        qsort(c, n, sizeof *c, cmp_contrib);
        count = fold(g, c, n, kinds, all);
        qsort(all, count, sizeof *all,
              by == KG_RANK_MENTIONS ? cmp_by_mentions : cmp_by_docs);
        if (count > max)
            count = max;
        memcpy(rows, all, count * sizeof *rows);
    }
    free(all);
    free(c);
    free_part_of(&m);
    return count;
}
