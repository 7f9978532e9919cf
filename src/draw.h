/*
 * Drawing with Graphviz, in process: the cgraph graph the DOT writer
 * describes (write_dot.c), the one Graphviz context (render.c), and a
 * picture inside an HTML page (the report, the site). Not installed.
 */
#ifndef KG_DRAW_H
#define KG_DRAW_H

#include "graph_internal.h"
#include "sink.h"

/* The cgraph graph the DOT writer writes: nodes with label, kind, shape,
 * fillcolor, URL, tooltip; edges with kind, weight, style, label. NULL
 * when cgraph runs out of memory; the caller agclose()s it. cgraph prints
 * its errors unless agseterrf() installed a quiet handler. Declared with
 * the struct tag so that this header need not include cgraph.h. */
struct Agraph_s;
struct Agraph_s *kg_dot_build(const kg_graph *g);

/* The one Graphviz context of the process (render.c says why there is
 * only one), for whoever draws with libgvc; NULL when Graphviz cannot
 * start. Declared with the struct tag, as above. */
struct GVC_s;
struct GVC_s *kg_graphviz_context(void);

/* kg_render_to, with `what` naming the picture in messages (the report
 * draws into memory, and names its own file). */
kg_status kg_render_named(const kg_graph *g, const char *format, const char *engine,
                          kg_sink *out, const char *what, kg_error *err);

/* An SVG document from Graphviz as an element inside an HTML page: from
 * its <svg> start tag on, without the XML prolog, the doctype and the
 * namespace declarations (HTML supplies them itself); with
 * `drop_comments`, without Graphviz's comments either. */
void kg_svg_inline(kg_sink *o, const char *svg, bool drop_comments);

#endif
