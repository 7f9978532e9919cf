/*
 * A letter's neighbourhood as a small picture: the letters citing it on
 * the left, the letter, what it cites on the right; each a link to its
 * page. Laid out and drawn by Graphviz (dot, left to right) into inline
 * SVG, in the shapes and colours of the big picture (kind_style.c).
 *
 * It must stay readable in a column about 360 pixels wide, so each side
 * shows at most SIDE_MAX nodes, letters of the corpus first, with a node
 * saying how many more there are; labels are short.
 */
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "draw.h"
#include "kinds.h"
#include "site.h"

#define SIDE_MAX 8
#define LABEL_LINE 15 /* bytes of a line of a label */

/* A node of the picture beside the letter. */
typedef struct {
    size_t node;
    size_t first;    /* its first mention (cited) or its place by date (citing) */
    size_t letters;  /* letters citing it */
    bool corpus;     /* a letter of the corpus */
} near;

static int cmp_node_first(const void *pa, const void *pb)
{
    const near *a = pa, *b = pb;
    return a->node != b->node ? kg_order(a->node, b->node) : kg_order(a->first, b->first);
}

/* Letters of the corpus first, then the most cited, then by mention. */
static int cmp_shown_first(const void *pa, const void *pb)
{
    const near *a = pa, *b = pb;
    if (a->corpus != b->corpus)
        return a->corpus ? -1 : 1;
    if (a->letters != b->letters)
        return a->letters > b->letters ? -1 : 1;
    return kg_order(a->first, b->first);
}

static int quiet(char *msg)
{
    (void)msg;
    return 0;
}

static int set(void *obj, const char *name, const char *value)
{
    return agsafeset(obj, (char *)name, (char *)value, "");
}

/* The start of the character at or before s[at]. */
static size_t char_start(const char *s, size_t at)
{
    while (at > 0 && ((unsigned char)s[at] & 0xC0) == 0x80)
        at--;
    return at;
}

/* The label as at most two lines of about LABEL_LINE bytes, broken after a
 * space, '/' or '-' where one is near, cut with an ellipsis when longer
 * still; no backslash (Graphviz reads "\N" and friends in labels). */
static void short_label(char *out, size_t size, const char *s)
{
    size_t len = strlen(s), n = 0, from = 0;

    for (int line = 0; line < 2 && from < len; line++) {
        size_t end = len;
        bool last = line == 1;
        if (len - from > LABEL_LINE) {
            end = char_start(s, from + LABEL_LINE);
            for (size_t k = end; !last && k > from + LABEL_LINE / 2; k--)
                if (s[k - 1] == ' ' || s[k - 1] == '/' || s[k - 1] == '-') {
                    end = k;
                    break;
                }
        }
        if (line && n + 1 < size)
            out[n++] = '\n';
        for (size_t i = from; i < end && n + 4 < size; i++)
            out[n++] = s[i] == '\\' ? '/' : s[i];
        while (n > 0 && out[n - 1] == ' ')
            n--;
        if (last && end < len && n + 4 < size) {
            memcpy(out + n, "\xE2\x80\xA6", 3);
            n += 3;
        }
        from = end;
        while (from < len && s[from] == ' ')
            from++;
    }
    out[n] = '\0';
}

/* What the node is called in the picture: a letter by its number and
 * date, anything else by its label. */
static void node_label(const kg_site_ctx *c, size_t node, char *out, size_t size)
{
    const kg_gnode *v = &c->g->nodes[node];
    long letter = kg_site_letter_of(c, node);
    char label[64];

    short_label(label, sizeof label, *v->label ? v->label : v->id);
    if (letter >= 0 && c->site->letters[letter].date && !strchr(label, '\n'))
        snprintf(out, size, "%s\n%s", label, c->site->letters[letter].date);
    else
        snprintf(out, size, "%s", label);
}

static int style_node(Agnode_t *a, const kg_site_ctx *c, size_t node)
{
    const kg_gnode *v = &c->g->nodes[node];
    const kg_node_kind_info *st = kg_kind_style_for(v->kind);
    char label[128], href[1024], tip[600];
    int bad = 0;

    if (!st)
        st = &kg_kind_plain;
    node_label(c, node, label, sizeof label);
    snprintf(tip, sizeof tip, "%s", v->id);
    bad |= set(a, "label", label);
    /* the kind's shape, but a hexagon, twice as wide as its text, is a
     * rounded box here: the picture must fit a narrow column */
    if (strcmp(st->shape, "hexagon") == 0) {
        bad |= set(a, "shape", "box");
        bad |= set(a, "style", "rounded,filled");
    } else
        bad |= set(a, "shape", st->shape);
    bad |= set(a, "fillcolor", st->fillcolor);
    bad |= set(a, "tooltip", tip);
    if (kg_site_href_str(c, node, href, sizeof href))
        bad |= set(a, "URL", href);
    return bad;
}

/* "+5 more": a plain node leading to the full list on the page. */
static Agnode_t *more_node(Agraph_t *G, const char *name, size_t more, const char *list)
{
    char label[48];
    Agnode_t *a = agnode(G, (char *)name, 1);
    snprintf(label, sizeof label, "+%zu more", more);
    if (a && (set(a, "label", label) || set(a, "shape", "plaintext") ||
              set(a, "style", "") || set(a, "URL", list) || set(a, "tooltip", label)))
        return NULL;
    return a;
}

/* What the letter cites, distinct, in the order they are shown. */
static size_t cited(const kg_site_ctx *c, size_t letter, near *out)
{
    const kg_site_letter *L = &c->site->letters[letter];
    size_t n = 0, m = 0;

    for (size_t i = 0; i < L->nrefs; i++) {
        long node = kg_site_cited(c, letter, &L->refs[i]);
        if (node >= 0)
            out[n++] = (near){(size_t)node, i, 0, false};
    }
    qsort(out, n, sizeof *out, cmp_node_first);
    for (size_t i = 0; i < n; i++)
        if (m == 0 || out[m - 1].node != out[i].node)
            out[m++] = out[i];
    for (size_t i = 0; i < m; i++) {
        out[i].letters = kg_site_citing_letters(c, out[i].node);
        out[i].corpus = kg_site_letter_of(c, out[i].node) >= 0;
    }
    qsort(out, m, sizeof *out, cmp_shown_first);
    return m;
}

/* The letters citing it, distinct, by date. */
static size_t citing(const kg_site_ctx *c, size_t node, near *out)
{
    size_t n, m = 0;
    const kg_site_cite *at = node == SIZE_MAX ? NULL : kg_site_cites_of(c, node, &n);
    for (size_t i = 0; at && i < n; i++)
        if (i == 0 || at[i].letter != at[i - 1].letter) {
            long other = kg_graph_node_index(c->g, c->site->letters[c->by_date[at[i].letter]].id);
            if (other >= 0)
                out[m++] = (near){(size_t)other, i, 0, true};
        }
    return m;
}

/* Build the picture's graph; NULL when cgraph fails. */
static Agraph_t *build(const kg_site_ctx *c, size_t letter, const near *right, size_t nr,
                       const near *left, size_t nl)
{
    size_t self = c->node_of_letter[letter];
    Agraph_t *G = agopen("neighbourhood", Agdirected, NULL);
    int bad = !G;

    if (bad)
        return NULL;
    bad |= set(G, "rankdir", "LR");
    bad |= set(G, "nodesep", "0.08");
    bad |= set(G, "ranksep", "0.3");
    bad |= set(G, "pad", "0.05");
    bad |= set(G, "bgcolor", "transparent");
    if (!agattr(G, AGNODE, "fontname", "Helvetica") || !agattr(G, AGNODE, "fontsize", "13") ||
        !agattr(G, AGNODE, "style", "filled") || !agattr(G, AGNODE, "height", "0.3") ||
        !agattr(G, AGNODE, "margin", "0.05,0.02") || !agattr(G, AGNODE, "penwidth", "1") ||
        !agattr(G, AGEDGE, "color", "#57606a") || !agattr(G, AGEDGE, "arrowsize", "0.6"))
        bad = 1;
    Agnode_t *me = agnode(G, c->g->nodes[self].id, 1);
    bad |= !me || style_node(me, c, self) || set(me, "penwidth", "2.5");
    bad |= me && set(me, "URL", "#main");
    for (size_t i = 0; !bad && i < nl && i < SIDE_MAX; i++) {
        Agnode_t *a = agnode(G, c->g->nodes[left[i].node].id, 1);
        bad |= !a || style_node(a, c, left[i].node) || !agedge(G, a, me, NULL, 1);
    }
    for (size_t i = 0; !bad && i < nr && i < SIDE_MAX; i++) {
        Agnode_t *a = agnode(G, c->g->nodes[right[i].node].id, 1);
        bad |= !a || style_node(a, c, right[i].node) || !agedge(G, me, a, NULL, 1);
    }
    if (!bad && nl > SIDE_MAX) {
        Agnode_t *a = more_node(G, " more citing", nl - SIDE_MAX, "#cited-by");
        bad |= !a || !agedge(G, a, me, NULL, 1);
    }
    if (!bad && nr > SIDE_MAX) {
        Agnode_t *a = more_node(G, " more cited", nr - SIDE_MAX, "#cites");
        bad |= !a || !agedge(G, me, a, NULL, 1);
    }
    if (bad) {
        agclose(G);
        return NULL;
    }
    return G;
}

void kg_site_picture(const kg_site_ctx *c, kg_sink *o, size_t letter)
{
    const kg_site_letter *L = &c->site->letters[letter];
    size_t self = c->node_of_letter[letter], nr, nl, n;
    near *right, *left;
    GVC_t *gvc = kg_graphviz_context();
    char *svg = NULL;
    unsigned len = 0;

    if (self == SIZE_MAX || !gvc)
        return;
    kg_site_cites_of(c, self, &n);
    right = malloc((L->nrefs + 1) * sizeof *right);
    left = malloc((n + 1) * sizeof *left);
    if (!right || !left) {
        free(right);
        free(left);
        return;
    }
    nr = cited(c, letter, right);
    nl = c->standalone ? 0 : citing(c, self, left);
    agusererrf saved = agseterrf(quiet);
    Agraph_t *G = build(c, letter, right, nr, left, nl);
    bool laid = G && gvLayout(gvc, G, "dot") == 0;
    bool drawn = laid && gvRenderData(gvc, G, "svg", &svg, &len) == 0 && svg;
    if (drawn) {
        kg_out_str(o, "<section id=\"neighbourhood\" aria-labelledby=\"h-picture\">\n"
                      "<h2 id=\"h-picture\">Neighbourhood</h2>\n<figure class=\"picture\">\n");
        kg_svg_inline(o, svg, true);
        kg_out_str(o, c->standalone
                          ? "<figcaption>The letter and what it cites (at most 8). Each is a "
                            "link.</figcaption>\n"
                          : "<figcaption>Left: the letters citing it; right: what it cites (at "
                            "most 8 each, letters of the corpus first). Each is a link."
                            "</figcaption>\n");
        kg_out_str(o, "</figure>\n</section>\n");
    }
    if (svg)
        gvFreeRenderData(svg);
    if (laid)
        gvFreeLayout(gvc, G);
    if (G)
        agclose(G);
    agseterrf(saved);
    free(right);
    free(left);
}
