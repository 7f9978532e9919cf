/* The look of each kind (kind_style.h). The RGB values are Graphviz's own
 * for the X11 names (checked with `dot -Tfig`). */
#include <stddef.h>
#include <string.h>

#include "kind_style.h"

static const kg_kind_style styles[] = {
    {"document", "box", "lightblue", 173, 216, 230},
    {"kamerstuk", "ellipse", "lightyellow", 255, 255, 224},
    {"dossier", "folder", "khaki", 240, 230, 140},
    {"motie", "hexagon", "pink", 255, 192, 203},
    {"vraag", "note", "honeydew", 240, 255, 240},
    {"handelingen", "component", "lavender", 230, 230, 250},
    {"aanhangsel", "tab", "thistle", 216, 191, 216},
};

const kg_kind_style kg_kind_style_plain = {"", "ellipse", "lightgrey", 211, 211, 211};

const kg_kind_style *kg_kind_style_for(const char *kind)
{
    for (size_t i = 0; kind && i < sizeof styles / sizeof styles[0]; i++)
        if (strcmp(styles[i].kind, kind) == 0)
            return &styles[i];
    return NULL;
}

const char *kg_edge_kind_style(const char *kind)
{
    if (kind && strcmp(kind, "part_of") == 0)
        return "dashed";
    if (kind && strcmp(kind, "refers_to") == 0)
        return "dotted";
    return "solid";
}
