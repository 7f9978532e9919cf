/*
 * How each kind of node and edge looks, for every writer that draws: the
 * DOT writer (shape, X11 colour name) and the GEXF writer (the same colour
 * as RGB, for viz:color). One table, so Graphviz and Gephi agree.
 * Not installed.
 */
#ifndef KG_KIND_STYLE_H
#define KG_KIND_STYLE_H

typedef struct {
    const char *kind;       /* node kind: "document", "kamerstuk", ... */
    const char *shape;      /* DOT shape */
    const char *fillcolor;  /* DOT fill colour, an X11 colour name */
    unsigned char r, g, b;  /* that colour in RGB, as Graphviz defines it */
} kg_kind_style;

/* The style of a node kind, or NULL for a kind without one (DOT draws it
 * plain; see kg_kind_style_plain for its colour). */
const kg_kind_style *kg_kind_style_for(const char *kind);

/* What a node of another kind looks like: DOT's default fill colour
 * ("lightgrey") and shape ("ellipse"). */
extern const kg_kind_style kg_kind_style_plain;

/* DOT style of an edge kind: "dashed" for part_of, "dotted" for
 * refers_to, "solid" otherwise. */
const char *kg_edge_kind_style(const char *kind);

#endif
