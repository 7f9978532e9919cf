/*
 * The corpus as the pages see it, worked out once before any page is
 * written: which node has which page, which letter is which node, who
 * cites each node (and in which reference, so that a page can quote the
 * sentence), what belongs to each dossier, and where a letter cited by
 * date went when the corpus tied it to one number.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "id.h"
#include "kinds.h"
#include "site.h"

static long attr_index(const kg_graph *g, const char *name)
{
    for (size_t i = 0; i < g->node_attrs.n; i++)
        if (strcmp(g->node_attrs.name[i], name) == 0)
            return (long)i;
    return -1;
}

const char *kg_site_attr(const kg_site_ctx *c, size_t node, long attr)
{
    return attr < 0 ? "" : kg_gextra_get(&c->g->nodes[node].extra, (size_t)attr);
}

long kg_site_letter_of(const kg_site_ctx *c, size_t node)
{
    return c->letter_of_node[node];
}

/* ---- aliases -------------------------------------------------------------- */

long kg_site_target(const kg_site_ctx *c, const char *id, kg_resolution *how,
                    const char **evidence)
{
    long node = kg_graph_node_index(c->g, id);
    kg_id parts;
    kg_id_parse(id, &parts);
    if (node >= 0 || parts.kind != KG_ID_BRIEF)
        return node;
    /* Gone: merged into the one number the corpus ties it to; the corpus
     * says why, as on the graph's edge. */
    const char *target = kg_letters_target(c->g->letters, id, evidence);
    if (!target)
        return -1;
    *how = KG_RESOLVED_CORPUS_ALIAS;
    return kg_graph_node_index(c->g, target);
}

/* ---- letters -------------------------------------------------------------- */

static const kg_site *sort_site; /* qsort has no context argument */

static int cmp_date(const void *pa, const void *pb)
{
    const kg_site_letter *a = &sort_site->letters[*(const size_t *)pa];
    const kg_site_letter *b = &sort_site->letters[*(const size_t *)pb];
    unsigned ya = kg_site_year(a->date), yb = kg_site_year(b->date);
    int k;
    if ((ya == 0) != (yb == 0))         /* undated last */
        return ya == 0 ? 1 : -1;
    if (ya && (k = strcmp(a->date, b->date)) != 0)
        return k;
    if ((k = strcmp(a->id, b->id)) != 0)
        return k;
    return strcmp(a->path, b->path);
}

static bool place_letters(kg_site_ctx *c)
{
    const kg_site *s = c->site;
    size_t nn = c->g->n_nodes;
    unsigned *copies = calloc(nn ? nn : 1, sizeof *copies);

    c->letter_of_node = malloc((nn ? nn : 1) * sizeof *c->letter_of_node);
    c->node_of_letter = malloc((s->n ? s->n : 1) * sizeof *c->node_of_letter);
    c->letter_name = calloc(s->n ? s->n : 1, sizeof *c->letter_name);
    c->by_date = malloc((s->n ? s->n : 1) * sizeof *c->by_date);
    c->rank_of = malloc((s->n ? s->n : 1) * sizeof *c->rank_of);
    if (!copies || !c->letter_of_node || !c->node_of_letter || !c->letter_name || !c->by_date ||
        !c->rank_of) {
        free(copies);
        return false;
    }
    for (size_t i = 0; i < nn; i++)
        c->letter_of_node[i] = -1;
    for (size_t i = 0; i < s->n; i++) {
        long node = kg_graph_node_index(c->g, s->letters[i].id);
        char name[256];
        size_t len = kg_site_file_name(s->letters[i].id, name, sizeof name);
        unsigned copy = 0;
        c->node_of_letter[i] = node >= 0 ? (size_t)node : SIZE_MAX;
        if (node >= 0 && c->letter_of_node[node] < 0)
            c->letter_of_node[node] = (long)i;
        else if (node >= 0)
            copy = ++copies[node] + 1;  /* the same id again: page "name~~2" */
        c->letter_name[i] = copy ? kg_arena_printf(s->arena, "%s~~%u", name, copy)
                                 : kg_arena_strndup(s->arena, name, len);
        if (!c->letter_name[i]) {
            free(copies);
            return false;
        }
        c->by_date[i] = i;
    }
    free(copies);
    sort_site = s;
    qsort(c->by_date, s->n, sizeof *c->by_date, cmp_date);
    for (size_t rank = 0; rank < s->n; rank++)
        c->rank_of[c->by_date[rank]] = rank;
    return true;
}

static kg_page_kind page_of(const kg_site_ctx *c, size_t node)
{
    const char *kind = c->g->nodes[node].kind;
    if (c->letter_of_node[node] >= 0)
        return KG_PAGE_LETTER;
    if (strcmp(kind, "kamerstuk") == 0 || strcmp(kind, "document") == 0)
        return KG_PAGE_KAMERSTUK;
    if (strcmp(kind, "dossier") == 0)
        return KG_PAGE_DOSSIER;
    if (strcmp(kind, "motie") == 0)
        return KG_PAGE_MOTION;
    if (strcmp(kind, "brief") == 0)
        return KG_PAGE_BYDATE;
    return KG_PAGE_NONE;
}

/* ---- who cites what ------------------------------------------------------- */

static int cmp_cite(const void *pa, const void *pb)
{
    const kg_site_cite *a = pa, *b = pb;
    if (a->target != b->target)
        return kg_order(a->target, b->target);
    if (a->letter != b->letter)
        return kg_order(a->letter, b->letter);
    return kg_order(a->ref, b->ref);
}

long kg_site_cited(const kg_site_ctx *c, size_t letter, const kg_site_ref *r)
{
    kg_resolution how = KG_RESOLVED_NONE;
    const char *ev = NULL;
    if (r->marker_copy || r->kind == KG_REF_SELF || r->kind == KG_REF_VRAAG)
        return -1;
    long target = kg_site_target(c, r->id, &how, &ev);
    return target >= 0 && (size_t)target != c->node_of_letter[letter] ? target : -1;
}

/* first[0..n] from keys[0..count) (sorted), so that key k's entries are
 * first[k] .. first[k + 1]. */
static size_t *slices(const size_t *keys, size_t count, size_t stride, size_t n)
{
    size_t *first = calloc(n + 1, sizeof *first);
    if (!first)
        return NULL;
    for (size_t i = 0; i < count; i++)
        first[*(const size_t *)((const char *)keys + i * stride) + 1]++;
    for (size_t k = 0; k < n; k++)
        first[k + 1] += first[k];
    return first;
}

static bool index_citations(kg_site_ctx *c)
{
    const kg_site *s = c->site;
    size_t total = 0;
    for (size_t i = 0; i < s->n; i++)
        total += s->letters[i].nrefs;
    c->cites = malloc((total ? total : 1) * sizeof *c->cites);
    if (!c->cites)
        return false;
    for (size_t rank = 0; rank < s->n; rank++) {
        size_t i = c->by_date[rank];
        const kg_site_letter *L = &s->letters[i];
        for (size_t k = 0; k < L->nrefs; k++) {
            long target = kg_site_cited(c, i, &L->refs[k]);
            if (target >= 0)
                c->cites[c->ncites++] = (kg_site_cite){(size_t)target, (uint32_t)rank,
                                                       (uint32_t)k};
        }
    }
    qsort(c->cites, c->ncites, sizeof *c->cites, cmp_cite);
    c->cites_first = slices(&c->cites[0].target, c->ncites, sizeof *c->cites, c->g->n_nodes);
    return c->cites_first != NULL;
}

const kg_site_cite *kg_site_cites_of(const kg_site_ctx *c, size_t node, size_t *n)
{
    *n = c->cites_first[node + 1] - c->cites_first[node];
    return c->cites + c->cites_first[node];
}

size_t kg_site_citing_letters(const kg_site_ctx *c, size_t node)
{
    size_t n, count = 0;
    const kg_site_cite *at = kg_site_cites_of(c, node, &n);
    for (size_t i = 0; i < n; i++)
        count += i == 0 || at[i].letter != at[i - 1].letter;
    return count;
}

/* ---- dossiers ------------------------------------------------------------- */

typedef struct {
    size_t key, value;
} pair;

static int cmp_pair(const void *pa, const void *pb)
{
    const pair *a = pa, *b = pb;
    return a->key != b->key ? kg_order(a->key, b->key) : kg_order(a->value, b->value);
}

/* The part_of edges into dossiers, both ways: what a dossier holds and
 * which dossiers a node belongs to, each in the graph's order. */
static bool index_dossiers(kg_site_ctx *c)
{
    const kg_graph *g = c->g;
    pair *in = malloc((g->n_edges ? g->n_edges : 1) * sizeof *in);
    pair *out = malloc((g->n_edges ? g->n_edges : 1) * sizeof *out);
    size_t n = 0;
    bool ok = in && out;

    for (size_t i = 0; ok && i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (strcmp(e->kind, "part_of") == 0 && strcmp(g->nodes[e->to].kind, "dossier") == 0) {
            in[n] = (pair){e->to, e->from};
            out[n++] = (pair){e->from, e->to};
        }
    }
    if (ok) {
        qsort(in, n, sizeof *in, cmp_pair);
        qsort(out, n, sizeof *out, cmp_pair);
        c->member_first = slices(&in[0].key, n, sizeof *in, g->n_nodes);
        c->owner_first = slices(&out[0].key, n, sizeof *out, g->n_nodes);
        c->member = malloc((n ? n : 1) * sizeof *c->member);
        c->owner = malloc((n ? n : 1) * sizeof *c->owner);
        ok = c->member_first && c->owner_first && c->member && c->owner;
    }
    for (size_t i = 0; ok && i < n; i++) {
        c->member[i] = in[i].value;
        c->owner[i] = out[i].value;
    }
    free(in);
    free(out);
    return ok;
}

/* ---- life ----------------------------------------------------------------- */

kg_status kg_site_ctx_init(kg_site_ctx *c, kg_site *s, kg_graph *g, bool standalone)
{
    memset(c, 0, sizeof *c);
    c->g = g;
    c->site = s;
    c->standalone = standalone;
    c->root = "../";
    c->a_date = attr_index(g, "date");
    c->a_subject = attr_index(g, "subject");
    c->a_minister = attr_index(g, "minister");
    c->a_candidates = attr_index(g, "candidates");
    c->page = malloc(g->n_nodes ? g->n_nodes : 1);
    bool ok = c->page && place_letters(c);
    for (size_t i = 0; ok && i < g->n_nodes; i++)
        c->page[i] = (unsigned char)page_of(c, i);
    if (!ok || !index_citations(c) || !index_dossiers(c)) {
        kg_site_ctx_release(c);
        return KG_ERR_NOMEM;
    }
    return KG_OK;
}

void kg_site_ctx_release(kg_site_ctx *c)
{
    free(c->page);
    free(c->letter_of_node);
    free(c->node_of_letter);
    free(c->letter_name);       /* the names live in the site's arena */
    free(c->by_date);
    free(c->rank_of);
    free(c->cites);
    free(c->cites_first);
    free(c->member_first);
    free(c->member);
    free(c->owner_first);
    free(c->owner);
    memset(c, 0, sizeof *c);
}

/* ---- names and links ------------------------------------------------------ */

const char *kg_site_page_dir(kg_page_kind kind)
{
    static const char *const dirs[KG_PAGE_KINDS] = {
        "", "letters", "kamerstukken", "dossiers", "motions", "letters-by-date",
    };
    return kind < KG_PAGE_KINDS ? dirs[kind] : "";
}

/* snprintf's count as a length, 0 on an error. */
static size_t printed(int n)
{
    return n < 0 ? 0 : (size_t)n;
}

size_t kg_site_letter_title_str(const kg_site_letter *L, char *buf, size_t size)
{
    char date[64];
    bool by = L->minister && *L->minister;

    if (L->subject && *L->subject)
        return printed(snprintf(buf, size, "%s", L->subject));
    kg_date_words(L->date, date, sizeof date);
    if (by)
        return printed(snprintf(buf, size, "Letter from %s%s%s", L->minister,
                                L->date ? ", " : "", L->date ? date : ""));
    if (L->date)
        return printed(snprintf(buf, size, "Letter of %s", date));
    return printed(snprintf(buf, size, "Letter %s", L->id));
}

/* A title of any length, escaped. */
#define TITLE_MAX 4096

void kg_site_letter_title(kg_sink *o, const kg_site_letter *L)
{
    char title[TITLE_MAX];
    kg_site_letter_title_str(L, title, sizeof title);
    kg_esc_html(o, title);
}

size_t kg_site_node_name_str(const kg_site_ctx *c, size_t node, char *buf, size_t size)
{
    const kg_gnode *v = &c->g->nodes[node];
    long letter = c->letter_of_node[node];
    const char *label = *v->label ? v->label : v->id;
    char date[64];

    if (letter >= 0)
        return kg_site_letter_title_str(&c->site->letters[letter], buf, size);
    if (strcmp(v->kind, "kamerstuk") == 0 || strcmp(v->kind, "document") == 0)
        return printed(snprintf(buf, size, "Kamerstuk %s", label));
    if (strcmp(v->kind, "dossier") == 0)
        return printed(snprintf(buf, size, "Dossier %s", label));
    kg_id id;
    kg_id_parse(v->id, &id);
    if (strcmp(v->kind, "brief") == 0 && id.kind == KG_ID_BRIEF && id.key.n > 0) {
        kg_date_words(id.key.s, date, sizeof date);
        return printed(snprintf(buf, size, "Letter of %s", date));
    }
    return printed(snprintf(buf, size, "%s", label));
}

void kg_site_node_name(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    char name[TITLE_MAX];
    kg_site_node_name_str(c, node, name, sizeof name);
    kg_esc_html(o, name);
}

/* "../letters/kst-36901-1.html" into buf; its length (the string is cut
 * when it does not fit). */
static size_t page_path(const kg_site_ctx *c, kg_page_kind kind, const char *name, char *buf,
                        size_t size)
{
    int n = snprintf(buf, size, "%s%s/%s.html", c->root, kg_site_page_dir(kind), name);
    return n < 0 ? 0 : (size_t)n;
}

bool kg_site_has_href(const kg_site_ctx *c, size_t node)
{
    return (!c->standalone && c->page[node] != KG_PAGE_NONE) || *c->g->nodes[node].url;
}

size_t kg_site_href_str(const kg_site_ctx *c, size_t node, char *buf, size_t size)
{
    const kg_gnode *v = &c->g->nodes[node];
    kg_page_kind kind = (kg_page_kind)c->page[node];
    char name[256];

    if (!c->standalone && kind == KG_PAGE_LETTER)
        return page_path(c, kind, c->letter_name[c->letter_of_node[node]], buf, size);
    if (!c->standalone && kind != KG_PAGE_NONE) {
        kg_site_file_name(v->id, name, sizeof name);
        return page_path(c, kind, name, buf, size);
    }
    if (*v->url)
        return (size_t)snprintf(buf, size, "%s", v->url);
    if (size)
        buf[0] = '\0';
    return 0;
}

bool kg_site_href(const kg_site_ctx *c, kg_sink *o, size_t node, const char *fragment)
{
    char href[1024];

    if (kg_site_href_str(c, node, href, sizeof href) == 0)
        return false;
    kg_esc_html(o, href);
    if (fragment) {
        kg_out_char(o, '#');
        kg_esc_html(o, fragment);
    }
    return true;
}

void kg_site_letter_href(const kg_site_ctx *c, kg_sink *o, size_t letter)
{
    const kg_site_letter *L = &c->site->letters[letter];
    if (c->standalone)
        kg_esc_html(o, L->url ? L->url : "#main");
    else {
        char href[1024];
        page_path(c, KG_PAGE_LETTER, c->letter_name[letter], href, sizeof href);
        kg_esc_html(o, href);
    }
}

void kg_site_kind_badge(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    const char *kind = c->g->nodes[node].kind, *badge = kg_kind_badge(kind);
    if (c->page[node] == KG_PAGE_LETTER)
        badge = "letter";
    kg_out_str(o, " <span class=\"kind k-");
    kg_esc_html(o, kind);
    kg_out_str(o, "\">");
    kg_esc_html(o, badge);
    kg_out_str(o, "</span>");
}

void kg_site_node_link(const kg_site_ctx *c, kg_sink *o, size_t node)
{
    if (kg_site_has_href(c, node)) {
        kg_out_str(o, "<a href=\"");
        kg_site_href(c, o, node, NULL);
        kg_out_str(o, "\">");
        kg_site_node_name(c, o, node);
        kg_out_str(o, "</a>");
    } else
        kg_site_node_name(c, o, node);
}
