/*
 * The kinds of nodes and edges: one table each, read by everyone who
 * needs to know a kind — the graph (which kind wins when one id arrives
 * with two), the document's references (which node kind a reference
 * makes), the writers that draw (DOT shape and X11 colour, GEXF's RGB),
 * the picture's legend, the site's badges and tooltips, and `top --kind`
 * (kg_node_kind_name). Not installed.
 */
#ifndef KG_KINDS_H
#define KG_KINDS_H

#include <stdbool.h>
#include <stddef.h>

#include "kamergraph/kamergraph.h"

typedef struct {
    const char *name;       /* "document", "kamerstuk", ...: as the graph
                               and every output spell it */
    int ref;                /* the kg_ref_kind whose references are nodes
                               of this kind; -1 for none (document) */
    int strength;           /* when one id arrives with two kinds, the
                               stronger wins: document > motie > kamerstuk
                               > the rest */
    unsigned legend;        /* its row in the picture's legend (1, 2, ...);
                               0: after those, in order of appearance */
    const char *shape;      /* DOT shape; NULL: drawn plain (kg_kind_plain) */
    const char *fillcolor;  /* DOT fill colour, an X11 colour name */
    unsigned char r, g, b;  /* that colour in RGB, as Graphviz defines it */
    const char *badge;      /* the site's badge beside a node's name */
    const char *words;      /* what it is, in the site's tooltips */
} kg_node_kind_info;

/* Every node kind, in the order of kg_node_kind_name. */
extern const kg_node_kind_info kg_node_kinds[];
extern const size_t kg_node_kind_count;

/* The node kind called `name`, or NULL for a kind not in the table (the
 * API takes any kind; such a node is drawn plain). */
const kg_node_kind_info *kg_node_kind_find(const char *name);

/* The node kind a reference of kind k makes (a self reference's, which
 * makes no node, is kamerstuk). */
const kg_node_kind_info *kg_node_kind_of_ref(kg_ref_kind k);

/* The strength of `name` (0 for a kind not in the table). */
int kg_node_kind_strength(const char *name);

/* What a node of a kind without a style looks like: DOT's default fill
 * colour ("lightgrey") and shape ("ellipse"). */
extern const kg_node_kind_info kg_kind_plain;

/* The style of a node kind for drawing: its entry when it has a shape,
 * else NULL (DOT then writes no shape, style or fill colour; the others
 * draw kg_kind_plain). */
const kg_node_kind_info *kg_kind_style_for(const char *kind);

/* The site's badge and tooltip words of a kind; the kind itself when the
 * table has none. */
const char *kg_kind_badge(const char *kind);
const char *kg_kind_words(const char *kind);

typedef struct {
    const char *name;       /* "cites", "part_of", "refers_to" */
    const char *style;      /* DOT style */
    const char *legend;     /* its row in the picture's legend */
} kg_edge_kind_info;

extern const kg_edge_kind_info kg_edge_kinds[];
extern const size_t kg_edge_kind_count;

/* DOT style of an edge kind: "dashed" for part_of, "dotted" for
 * refers_to, "solid" otherwise. */
const char *kg_edge_kind_style(const char *kind);

/* The table's own copy of a node or edge kind's name, or NULL for a kind
 * in neither table: the graph points at it instead of keeping a copy per
 * node and edge. */
const char *kg_kind_interned(const char *kind);
/* Whether p is such a copy (by address: it is not to be freed). */
bool kg_kind_is_interned(const char *p);

#endif
