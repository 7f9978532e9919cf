/*
 * GEXF 1.3 writer (Gephi's own format), through libxml2's xmlTextWriter,
 * which does the escaping, into the sink (an output buffer whose writes
 * go there).
 *
 *   <gexf xmlns="http://gexf.net/1.3" xmlns:viz=".../viz" version="1.3">
 *     <meta><creator>kamergraph VERSION</creator><description>...</description></meta>
 *     <graph defaultedgetype="directed" mode="static|dynamic"
 *            [timeformat="date"]>
 *       <attributes class="node"> kind label url file, then the extras
 *       <attributes class="edge"> kind weight, then the extras
 *       <nodes><node id label [start]> attvalues, viz:color, viz:size
 *       <edges><edge id source target kind weight [start]> attvalues
 *
 * Node ids are the canonical ids; `id` is no attribute (Gephi's Id column
 * holds it). Attribute ids and titles are the attribute names (extras
 * renamed as in export.h when they would clash). Integer attributes are
 * "long": networkx reads them as int, Gephi as Long, and every integer the
 * graph holds (up to 2^53) fits. The edge weight stays "double", the type
 * of Gephi's own Weight column and of GEXF's weight attribute (networkx
 * reads an edge's weight as a float whatever the file declares); its
 * value is written as an integer, "2". An empty value has no attvalue: GEXF
 * has missing values, Gephi shows them empty. The colour of a node is its
 * kind's (kind_style.c, as in the DOT output); its size is 10 + 5 x its
 * numeric attribute citing_docs when it has one, else 10 + 5 x the number
 * of cites edges into it. A document with a `date` attribute starts on
 * that date, and an edge on the later date of its two ends (so a citation
 * on the citing letter's date): the graph is then "dynamic" and Gephi's
 * timeline plays the debate as it grew.
 *
 * libxml2 reports write errors by printing them; its handlers are swapped
 * for silent ones while writing and put back afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include "export.h"
#include "kinds.h"
#include "writers.h"

#define GEXF_NS "http://gexf.net/1.3"
#define GEXF_VIZ_NS "http://gexf.net/1.3/viz"

static const char *const node_builtin[] = {"id", "kind", "label", "url", "file", NULL};
static const char *const edge_builtin[] = {"id", "source", "target", "kind", "weight", NULL};

typedef struct {
    const kg_graph *g;
    xmlTextWriterPtr w;
    char **node_names, **edge_names; /* output names of the extras */
    const char **start;              /* per node: its date, or NULL */
    unsigned *cited;                 /* per node: cites edges into it */
    long citing_docs;                /* the extra attribute, or -1 */
    int rc;                          /* < 0 once a write failed */
} gexf;

static const xmlChar *X(const char *s)
{
    return (const xmlChar *)s;
}

/* Each call below is skipped once one has failed, so the writer code
 * reads straight through; x->rc says at the end. */
static void start_el(gexf *x, const char *name)
{
    if (x->rc >= 0)
        x->rc = xmlTextWriterStartElement(x->w, X(name));
}

static void end_el(gexf *x)
{
    if (x->rc >= 0)
        x->rc = xmlTextWriterEndElement(x->w);
}

static void attr(gexf *x, const char *name, const char *value)
{
    if (x->rc >= 0)
        x->rc = xmlTextWriterWriteAttribute(x->w, X(name), X(value));
}

static void attr_num(gexf *x, const char *name, double v)
{
    char buf[KG_NUM_BUF];
    kg_num_format(buf, v);
    attr(x, name, buf);
}

static void text_el(gexf *x, const char *name, const char *text)
{
    if (x->rc >= 0)
        x->rc = xmlTextWriterWriteElement(x->w, X(name), X(text));
}

static const char *type_name(kg_xtype t)
{
    return t == KG_XINTEGER ? "long" : t == KG_XDOUBLE ? "double" : "string";
}

static void declare(gexf *x, const char *id, const char *type)
{
    start_el(x, "attribute");
    attr(x, "id", id);
    attr(x, "title", id);
    attr(x, "type", type);
    end_el(x);
}

static void declare_class(gexf *x, kg_xclass c, const char *const *builtin,
                          const char *const *types, char **names)
{
    start_el(x, "attributes");
    attr(x, "class", c == KG_XNODE ? "node" : "edge");
    for (size_t i = 0; builtin[i]; i++)
        declare(x, builtin[i], types[i]);
    for (size_t i = 0; i < kg_x_count(x->g, c); i++)
        declare(x, names[i], type_name(kg_x_type(x->g, c, i)));
    end_el(x);
}

static void attvalue(gexf *x, const char *for_, const char *value)
{
    if (!*value)
        return;
    start_el(x, "attvalue");
    attr(x, "for", for_);
    attr(x, "value", value);
    end_el(x);
}

static void attvalue_num(gexf *x, const char *for_, double v)
{
    char buf[KG_NUM_BUF];
    kg_num_format(buf, v);
    attvalue(x, for_, buf);
}

static void extra_values(gexf *x, kg_xclass c, size_t item, char **names)
{
    for (size_t a = 0; a < kg_x_count(x->g, c); a++) {
        double v;
        if (kg_x_type(x->g, c, a) == KG_XSTRING)
            attvalue(x, names[a], kg_x_str(x->g, c, item, a));
        else if (kg_x_num(x->g, c, item, a, &v))
            attvalue_num(x, names[a], v);
    }
}

static void write_node(gexf *x, size_t i)
{
    const kg_gnode *n = &x->g->nodes[i];
    const kg_node_kind_info *st = kg_kind_style_for(n->kind);
    double size = x->cited[i];
    double docs;

    if (!st)
        st = &kg_kind_plain;
    if (x->citing_docs >= 0
        && kg_x_num(x->g, KG_XNODE, i, (size_t)x->citing_docs, &docs))
        size = docs;
    start_el(x, "node");
    attr(x, "id", n->id);
    attr(x, "label", *n->label ? n->label : n->id);
    if (x->start[i])
        attr(x, "start", x->start[i]);
    start_el(x, "attvalues");
    attvalue(x, "kind", n->kind);
    attvalue(x, "label", n->label);
    attvalue(x, "url", n->url);
    attvalue(x, "file", n->file);
    extra_values(x, KG_XNODE, i, x->node_names);
    end_el(x);
    start_el(x, "viz:color");
    attr_num(x, "r", st->r);
    attr_num(x, "g", st->g);
    attr_num(x, "b", st->b);
    end_el(x);
    start_el(x, "viz:size");
    attr_num(x, "value", 10 + 5 * size);
    end_el(x);
    end_el(x);
}

static void write_edge(gexf *x, size_t i)
{
    const kg_gedge *e = &x->g->edges[i];

    start_el(x, "edge");
    attr_num(x, "id", (double)i);
    attr(x, "source", x->g->nodes[e->from].id);
    attr(x, "target", x->g->nodes[e->to].id);
    /* GEXF's own edge kind: Gephi keeps parallel edges of different kinds
     * (cites and part_of between one pair) apart instead of merging them. */
    attr(x, "kind", e->kind);
    attr_num(x, "weight", e->weight);
    /* An edge cannot be there before either end is (a coupling edge from a
     * letter to a later one, a question's part_of its letter): the later
     * date of its ends. ISO dates compare as strings. */
    const char *from = x->start[e->from], *to = x->start[e->to];
    const char *start = !from ? to : !to || strcmp(from, to) >= 0 ? from : to;
    if (start)
        attr(x, "start", start);
    start_el(x, "attvalues");
    attvalue(x, "kind", e->kind);
    attvalue_num(x, "weight", e->weight);
    extra_values(x, KG_XEDGE, i, x->edge_names);
    end_el(x);
    end_el(x);
}

/* Per node: the date it starts on (documents with a valid `date`), and
 * the number of cites edges into it. True when some node has a date. */
static bool prepare(gexf *x)
{
    const kg_graph *g = x->g;
    long date = kg_x_find(g, KG_XNODE, "date");
    bool dynamic = false;

    for (size_t i = 0; i < g->n_nodes; i++) {
        const char *d = date >= 0 ? kg_x_str(g, KG_XNODE, i, (size_t)date) : "";
        x->start[i] = NULL;
        x->cited[i] = 0;
        if (strcmp(g->nodes[i].kind, "document") == 0 && kg_is_date(d)) {
            x->start[i] = d;
            dynamic = true;
        }
    }
    for (size_t i = 0; i < g->n_edges; i++)
        if (strcmp(g->edges[i].kind, "cites") == 0)
            x->cited[g->edges[i].to]++;
    return dynamic;
}

static void write_all(gexf *x)
{
    static const char *const node_types[] = {"string", "string", "string", "string"};
    static const char *const edge_types[] = {"string", "double"};
    static const char *const node_decl[] = {"kind", "label", "url", "file", NULL};
    static const char *const edge_decl[] = {"kind", "weight", NULL};
    bool dynamic = prepare(x);

    x->rc = xmlTextWriterSetIndent(x->w, 1);
    if (x->rc >= 0)
        x->rc = xmlTextWriterSetIndentString(x->w, X("  "));
    if (x->rc >= 0)
        x->rc = xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL);
    start_el(x, "gexf");
    attr(x, "xmlns", GEXF_NS);
    attr(x, "xmlns:viz", GEXF_VIZ_NS);
    attr(x, "version", "1.3");
    start_el(x, "meta");
    text_el(x, "creator", "kamergraph " KG_VERSION);
    text_el(x, "description",
            "Citations between Dutch parliamentary documents (Kamerbrieven)");
    end_el(x);
    start_el(x, "graph");
    attr(x, "defaultedgetype", "directed");
    attr(x, "mode", dynamic ? "dynamic" : "static");
    if (dynamic)
        attr(x, "timeformat", "date");
    declare_class(x, KG_XNODE, node_decl, node_types, x->node_names);
    declare_class(x, KG_XEDGE, edge_decl, edge_types, x->edge_names);
    start_el(x, "nodes");
    for (size_t i = 0; x->rc >= 0 && i < x->g->n_nodes; i++)
        write_node(x, i);
    end_el(x);
    start_el(x, "edges");
    for (size_t i = 0; x->rc >= 0 && i < x->g->n_edges; i++)
        write_edge(x, i);
    end_el(x);
    end_el(x); /* graph */
    end_el(x); /* gexf */
    if (x->rc >= 0)
        x->rc = xmlTextWriterEndDocument(x->w);
    if (x->rc >= 0)
        x->rc = xmlTextWriterFlush(x->w);
}

static void quiet_structured(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
}

static void quiet_generic(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    (void)fmt;
}

/* libxml2's output, into the sink; a failed write is the sink's to say. */
static int to_sink(void *ctx, const char *buf, int len)
{
    kg_out_bytes(ctx, buf, (size_t)len);
    return len;
}

static int close_nothing(void *ctx)
{
    (void)ctx;
    return 0;
}

/* Write the document into out; false when memory ran out (libxml2
 * fails only so, writing into the sink). */
static bool write_to(const kg_graph *g, kg_sink *out)
{
    gexf x = {.g = g, .citing_docs = kg_x_find(g, KG_XNODE, "citing_docs")};
    xmlOutputBufferPtr ob;
    bool ok;

    x.node_names = kg_x_names(g, KG_XNODE, node_builtin);
    x.edge_names = kg_x_names(g, KG_XEDGE, edge_builtin);
    x.start = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *x.start);
    x.cited = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *x.cited);
    ob = x.node_names && x.edge_names && x.start && x.cited
             ? xmlOutputBufferCreateIO(to_sink, close_nothing, out, NULL) : NULL;
    x.w = ob ? xmlNewTextWriter(ob) : NULL;
    if (!x.w) {
        if (ob)
            xmlOutputBufferClose(ob);
        ok = false;
    } else {
        write_all(&x);
        xmlFreeTextWriter(x.w); /* closes ob, which only flushes into out */
        ok = x.rc >= 0;
    }
    kg_x_names_free(x.node_names, kg_x_count(g, KG_XNODE));
    kg_x_names_free(x.edge_names, kg_x_count(g, KG_XEDGE));
    free(x.start);
    free(x.cited);
    return ok;
}

kg_status kg_gexf_write(const kg_graph *g, kg_sink *out, kg_error *err)
{
    xmlStructuredErrorFunc old_s = xmlStructuredError;
    void *old_sctx = xmlStructuredErrorContext;
    xmlGenericErrorFunc old_g = xmlGenericError;
    void *old_gctx = xmlGenericErrorContext;

    xmlSetStructuredErrorFunc(NULL, quiet_structured);
    xmlSetGenericErrorFunc(NULL, quiet_generic);
    bool ok = write_to(g, out);
    xmlSetStructuredErrorFunc(old_sctx, old_s);
    xmlSetGenericErrorFunc(old_gctx, old_g);
    return ok ? KG_OK : kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", kg_sink_target(out));
}
