/*
 * Pictures: lay the graph out and draw it with libgvc, in process.
 *
 * The cgraph graph is the one the DOT writer writes (kg_dot_build), so a
 * picture and `dot -Tsvg kamergraph.dot` agree on shapes, colours, links
 * and edge styles. On top of it come what only a picture needs: node size
 * by how often a node is cited, a legend, and the layout settings of the
 * engine.
 *
 * Graphviz reports problems through agerr(); a library must not print,
 * so a quiet handler is installed for the whole layout and render (as in
 * write_dot.c) and a failure comes back as KG_ERR_GRAPH.
 */
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "escape.h"
#include "graph_internal.h"
#include "draw.h"
#include "kinds.h"

/* Up to this many nodes dot draws a readable picture; beyond, sfdp. */
#define SMALL_GRAPH 300
/* A node stops growing at this many citing documents. */
#define SIZE_CAP 8

static const char *const formats[] = {"svg", "png", "pdf", NULL};
static const char *const engines[] = {"dot", "neato", "sfdp", "fdp", NULL};

static bool listed(const char *const *list, const char *s)
{
    for (; s && *list; list++)
        if (strcmp(*list, s) == 0)
            return true;
    return false;
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

/* ---- node size ------------------------------------------------------ */

static bool node_attr_index(const kg_graph *g, const char *name, size_t *ix)
{
    for (size_t i = 0; i < g->node_attrs.n; i++)
        if (strcmp(g->node_attrs.name[i], name) == 0) {
            *ix = i;
            return true;
        }
    return false;
}

/* How many documents cite each node: the `citing_docs` attribute where
 * it holds a number (as the analysis writes it), else the incoming cites
 * edges (one per citing node:
 * edges are merged per pair and kind). NULL when out of memory. */
static unsigned *citations(const kg_graph *g)
{
    unsigned *c = calloc(g->n_nodes ? g->n_nodes : 1, sizeof *c);
    size_t ix;
    bool have_attr = node_attr_index(g, "citing_docs", &ix);

    if (!c)
        return NULL;
    for (size_t i = 0; i < g->n_edges; i++) {
        const kg_gedge *e = &g->edges[i];
        if (e->from != e->to && strcmp(e->kind, "cites") == 0)
            c[e->to]++;
    }
    for (size_t i = 0; have_attr && i < g->n_nodes; i++) {
        const char *v = kg_gextra_get(&g->nodes[i].extra, ix);
        char *end;
        double n = strtod(v, &end);     /* "4" or "4.0" */
        if (*v >= '0' && *v <= '9' && *end == '\0' && n >= 0)
            c[i] = n > 1e6 ? 1000000u : (unsigned)(n + 0.5);
    }
    return c;
}

/* Font and minimum width grow with the citations, up to SIZE_CAP; the
 * tooltip says how many. */
static int size_node(Agnode_t *v, unsigned cited)
{
    unsigned k = cited < SIZE_CAP ? cited : SIZE_CAP;
    char fontsize[16], width[16];
    int bad = 0;

    snprintf(fontsize, sizeof fontsize, "%u", 14 + 2 * k);
    snprintf(width, sizeof width, "%.2f", 0.75 + 0.15 * k);
    bad |= set(v, "fontsize", fontsize);
    bad |= set(v, "width", width);
    if (cited) {
        /* The DOT tooltip ("id (kind)", backslashes already doubled as an
         * escString wants them) with the count. */
        const char *old = agget(v, "tooltip");
        size_t n = strlen(old) + 48;
        char *tip = malloc(n);
        if (!tip)
            return -1;
        snprintf(tip, n, "%s, cited by %u document%s", old, cited,
                 cited == 1 ? "" : "s");
        bad |= set(v, "tooltip", tip);
        free(tip);
    }
    return bad;
}

/* ---- legend --------------------------------------------------------- */

static Agnode_t *first_of_kind(Agraph_t *G, const char *kind)
{
    for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v))
        if (strcmp(agget(v, "kind"), kind) == 0)
            return v;
    return NULL;
}

/* The text of Graphviz's HTML-like labels is XML's. */
static void legend_row(kg_sink *b, Agnode_t *v)
{
    const char *fill = agget(v, "fillcolor");
    const char *style = agget(v, "style");

    kg_out_str(b, "<TR><TD BGCOLOR=\"");
    kg_esc_xml(b, strstr(style, "filled") && *fill ? fill : "white");
    kg_out_str(b, "\" WIDTH=\"24\"></TD><TD ALIGN=\"LEFT\">");
    kg_esc_xml(b, agget(v, "kind"));
    kg_out_str(b, " (");
    kg_esc_xml(b, agget(v, "shape"));
    kg_out_str(b, ")</TD></TR>");
}

/* An HTML-like table as the graph's label, below the picture: one row
 * per node kind present (its colour, its name and shape), then the edge
 * kinds present. A table works with every engine, where a cluster would
 * be scattered by neato and sfdp. No <B>: Graphviz 2.43 hands bold text
 * to pango_parse_markup and leaks what it returns. */
static int add_legend(Agraph_t *G, const kg_graph *g)
{
    kg_sink b;
    const char **seen = calloc(g->n_nodes + 1, sizeof *seen);
    size_t nseen = 0;
    int bad = 0;

    if (!seen)
        return -1;
    if (g->n_nodes == 0) {
        free(seen);
        return 0;
    }
    kg_sink_init_memory(&b);
    kg_out_str(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
                "CELLPADDING=\"4\"><TR><TD COLSPAN=\"2\" BGCOLOR=\"gray92\">Legenda</TD></TR>");
    /* the kinds with a place in the legend, in their order; then the
     * others, in order of first appearance */
    for (unsigned row = 1; row <= kg_node_kind_count; row++)
        for (size_t i = 0; i < kg_node_kind_count; i++) {
            Agnode_t *v = kg_node_kinds[i].legend == row
                              ? first_of_kind(G, kg_node_kinds[i].name) : NULL;
            if (v)
                legend_row(&b, v);
        }
    for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v)) {
        const char *kind = agget(v, "kind");
        const kg_node_kind_info *known = kg_node_kind_find(kind);
        bool dup = known && known->legend > 0;
        for (size_t i = 0; !dup && i < nseen; i++)
            dup = strcmp(seen[i], kind) == 0;
        if (!dup) {
            seen[nseen++] = kind;
            legend_row(&b, v);
        }
    }
    for (size_t k = 0; k < kg_edge_kind_count; k++) {
        bool present = false;
        for (size_t i = 0; !present && i < g->n_edges; i++)
            present = strcmp(g->edges[i].kind, kg_edge_kinds[k].name) == 0;
        if (!present)
            continue;
        kg_out_str(&b, "<TR><TD>&#8594;</TD><TD ALIGN=\"LEFT\">");
        kg_out_str(&b, kg_edge_kinds[k].legend);
        kg_out_str(&b, "</TD></TR>");
    }
    kg_out_str(&b, "</TABLE>");
    free(seen);
    size_t len;
    char *text = kg_sink_take(&b, &len);
    if (!text)
        return -1;
    char *html = agstrdup_html(G, text);
    free(text);
    if (!html)
        return -1;
    bad |= set(G, "label", html);
    agstrfree(G, html);
    bad |= set(G, "labelloc", "b");
    bad |= set(G, "labeljust", "l");
    return bad;
}

/* ---- layout settings ------------------------------------------------ */

static int decorate(Agraph_t *G, const kg_graph *g, const char *engine)
{
    unsigned *cited = citations(g);
    int bad = 0;
    size_t i = 0;

    if (!cited)
        return -1;
    /* Attributes declared before any is set, so defaults are in place. */
    if (!agattr(G, AGNODE, "fontsize", "14") || !agattr(G, AGNODE, "width", "0.75"))
        bad = -1;
    /* kg_dot_build adds the nodes in the graph's order; agfstnode walks
     * them in that order too (sequence numbers). */
    for (Agnode_t *v = agfstnode(G); !bad && v; v = agnxtnode(G, v), i++)
        bad |= size_node(v, cited[i]);
    free(cited);
    bad |= set(G, "outputorder", "edgesfirst");
    bad |= set(G, "pad", "0.2");
    if (strcmp(engine, "dot") == 0) {
        bad |= set(G, "nodesep", "0.3");
        bad |= set(G, "ranksep", "0.6");
    } else {
        /* Force-directed engines: push overlapping nodes apart, then
         * route edges around them; routing every edge around every node
         * takes minutes for thousands of nodes, so large graphs get
         * curved edges, which cost nothing. */
        /* prism's triangulation (GTS) walks its triangles in an order that
         * follows memory addresses, so with ASLR two runs of a large graph
         * differ a little; Graphviz's deterministic modes give no usable
         * picture or need gigabytes there (README, "Not yet") */
        bad |= set(G, "overlap", "prism");
        bad |= set(G, "splines", g->n_nodes <= SMALL_GRAPH ? "true" : "curved");
        bad |= set(G, "sep", "+6");
    }
    return bad | add_legend(G, g);
}

/* ---- the drawing ---------------------------------------------------- */

typedef struct {
    GVC_t *gvc;
    Agraph_t *G;
    bool laid_out;
    agusererrf saved;
} drawing;

/* One Graphviz context for the life of the process, as `dot` itself keeps
 * one for all its graphs. Graphviz 2.43's pango plugin remembers the font
 * name of the last text it measured by pointer into the context's font
 * table; freeing the context and drawing again in a fresh one reads freed
 * memory. Kept, the table stays valid, and the plugins are loaded once.
 * (Graphviz keeps global state throughout; drawing is not thread-safe.) */
static GVC_t *shared_gvc;

GVC_t *kg_graphviz_context(void)
{
    if (!shared_gvc)
        shared_gvc = gvContext();
    return shared_gvc;
}

static kg_status check(const char *format, const char *engine, kg_error *err)
{
    if (!format || !listed(formats, format))
        return kg_fail(err, KG_ERR_USAGE,
                       "unknown picture format '%s' (known: svg, png, pdf)",
                       format ? format : "(null)");
    if (engine && !listed(engines, engine))
        return kg_fail(err, KG_ERR_USAGE,
                       "unknown layout engine '%s' (known: dot, neato, sfdp, fdp)",
                       engine);
    return KG_OK;
}

static void draw_end(drawing *d)
{
    if (d->laid_out)
        gvFreeLayout(d->gvc, d->G);
    if (d->G)
        agclose(d->G);
    agseterrf(d->saved);
}

/* Build, decorate and lay out; `what` names the output in messages. On
 * failure everything is released already. */
static kg_status draw_begin(drawing *d, const kg_graph *g, const char *engine,
                            const char *what, kg_error *err)
{
    memset(d, 0, sizeof *d);
    d->saved = agseterrf(quiet);
    if (!engine)
        engine = g->n_nodes <= SMALL_GRAPH ? "dot" : "sfdp";
    d->G = kg_dot_build(g);
    if (!d->G || decorate(d->G, g, engine) != 0) {
        draw_end(d);
        return kg_fail(err, KG_ERR_GRAPH, "%s: cgraph cannot build the graph", what);
    }
    d->gvc = kg_graphviz_context();
    if (!d->gvc) {
        draw_end(d);
        return kg_fail(err, KG_ERR_GRAPH, "%s: cannot start Graphviz", what);
    }
    if (gvLayout(d->gvc, d->G, engine) != 0) {
        draw_end(d);
        return kg_fail(err, KG_ERR_GRAPH, "%s: Graphviz cannot lay out the graph with %s",
                       what, engine);
    }
    d->laid_out = true;
    return KG_OK;
}

/* An SVG names its maker in a comment after the XML declaration. */
static void write_svg(kg_sink *out, const char *svg, size_t len)
{
    const char *decl_end = strncmp(svg, "<?xml", 5) == 0 ? strstr(svg, "?>") : NULL;
    size_t head = decl_end ? (size_t)(decl_end + 2 - svg) : 0;
    kg_out_bytes(out, svg, head);
    kg_out_str(out, "\n<!-- Created by " KG_GENERATOR " -->");
    kg_out_bytes(out, svg + head, len - head);
}

/* A PDF names its maker as its Producer. cairo writes its own there; the
 * new text has the same length, so that the cross-reference table's byte
 * offsets stay true (another length would move every object after it). */
static void mark_pdf(char *pdf, size_t len)
{
    static const char key[] = "/Producer (";
    static const char ours[] = "kamergraph";
    size_t n = sizeof key - 1;
    for (size_t i = len > 4096 ? len - 4096 : 0; i + n < len; i++) {
        if (memcmp(pdf + i, key, n) != 0)
            continue;
        char *text = pdf + i + n, *end = memchr(text, ')', len - i - n);
        if (end && (size_t)(end - text) >= sizeof ours - 1) {
            memset(text, ' ', (size_t)(end - text));
            memcpy(text, ours, sizeof ours - 1);
        }
        return;
    }
}

/* Drawn into memory, then into the sink; SVG and PDF marked as
 * kamergraph's on the way (see own_output.h), PNG as it is: it has no
 * letter-like text to mistake. */
static kg_status render_into(drawing *d, const char *format, kg_sink *out, const char *what,
                             kg_error *err)
{
    char *data = NULL;
    unsigned int n = 0;
    if (gvRenderData(d->gvc, d->G, format, &data, &n) != 0 || !data) {
        if (data)
            gvFreeRenderData(data);
        return kg_fail(err, KG_ERR_GRAPH, "%s: Graphviz cannot render %s", what, format);
    }
    if (strcmp(format, "svg") == 0) {
        write_svg(out, data, n);
    } else {
        if (strcmp(format, "pdf") == 0)
            mark_pdf(data, n);
        kg_out_bytes(out, data, n);
    }
    gvFreeRenderData(data);
    return KG_OK;
}

kg_status kg_render_named(const kg_graph *g, const char *format, const char *engine,
                          kg_sink *out, const char *what, kg_error *err)
{
    drawing d;
    kg_status s;

    if (!g || !out)
        return kg_fail(err, KG_ERR_USAGE, "render: no graph or no sink");
    if ((s = check(format, engine, err)) != KG_OK)
        return s;
    if ((s = draw_begin(&d, g, engine, what, err)) != KG_OK)
        return s;
    s = render_into(&d, format, out, what, err);
    draw_end(&d);
    return s;
}

kg_status kg_render_to(const kg_graph *g, const char *format, const char *engine,
                       kg_sink *out, kg_error *err)
{
    return kg_render_named(g, format, engine, out, out ? kg_sink_target(out) : NULL, err);
}

kg_status kg_render(const kg_graph *g, const char *format, const char *engine,
                    const char *path, kg_error *err)
{
    kg_status s;

    if (!g || !path)
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or no path",
                       path ? path : "(null)");
    if ((s = check(format, engine, err)) != KG_OK)
        return s;
    kg_sink *out = kg_sink_file(path, err);
    if (!out)
        return err ? err->code : KG_ERR_IO;
    s = kg_render_to(g, format, engine, out, err);
    if (s == KG_OK)
        s = kg_sink_close(out, err);
    kg_sink_free(out);
    return s;
}

/* ---- SVG inside HTML ------------------------------------------------ */

void kg_svg_inline(kg_sink *o, const char *svg, bool drop_comments)
{
    static const char *const drop[] = {
        " xmlns=\"http://www.w3.org/2000/svg\"",
        " xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
    };
    const char *p = strstr(svg, "<svg");
    const char *tag_end = p ? strchr(p, '>') : NULL;

    if (!tag_end)
        return;
    /* the start tag, on one line, without the namespace declarations */
    while (p < tag_end) {
        size_t k;
        for (k = 0; k < 2; k++)
            if (strncmp(p, drop[k], strlen(drop[k])) == 0)
                break;
        if (k < 2) {
            p += strlen(drop[k]);
            continue;
        }
        kg_out_char(o, *p == '\n' ? ' ' : *p);
        p++;
    }
    while (drop_comments && *p) {
        const char *c = strstr(p, "<!--");
        const char *end = c ? strstr(c, "-->") : NULL;
        if (!end)
            break;
        /* the comment and the line break after it */
        kg_out_bytes(o, p, (size_t)(c - p));
        p = end + 3;
        if (*p == '\n')
            p++;
    }
    kg_out_str(o, p);
}
