/* The kinds of nodes and edges (kinds.h). The RGB values are Graphviz's
 * own for the X11 names (checked with `dot -Tfig`). */
#include <string.h>

#include "kinds.h"

/* brief, stb, stcrt and ecli have no style: they were drawn plain before
 * this table existed, and a style now would change every DOT, GEXF and
 * picture that holds one (the examples' goldens hold a brief: node). */
const kg_node_kind_info kg_node_kinds[] = {
    {"document", -1, 3, 1, "box", "lightblue", 173, 216, 230, "Kamerstuk", "Kamerstuk"},
    {"kamerstuk", KG_REF_KAMERSTUK, 1, 2, "ellipse", "lightyellow", 255, 255, 224,
     "Kamerstuk", "Kamerstuk"},
    {"dossier", KG_REF_DOSSIER, 0, 3, "folder", "khaki", 240, 230, 140, "dossier", "dossier"},
    {"motie", KG_REF_MOTIE, 2, 4, "hexagon", "pink", 255, 192, 203, "motion", "motion"},
    {"handelingen", KG_REF_HANDELINGEN, 0, 6, "component", "lavender", 230, 230, 250,
     "Handelingen", "Handelingen (plenary minutes)"},
    {"aanhangsel", KG_REF_AANHANGSEL, 0, 7, "tab", "thistle", 216, 191, 216, "Aanhangsel",
     "Aanhangsel van de Handelingen (answers to written questions)"},
    {"brief", KG_REF_BRIEF, 0, 0, NULL, NULL, 0, 0, 0, "by date", "a letter cited by date"},
    {"vraag", KG_REF_VRAAG, 0, 5, "note", "honeydew", 240, 255, 240, "vraag", "question"},
    {"stb", KG_REF_STB, 0, 0, NULL, NULL, 0, 0, 0, "Staatsblad", "Staatsblad"},
    {"stcrt", KG_REF_STCRT, 0, 0, NULL, NULL, 0, 0, 0, "Staatscourant", "Staatscourant"},
    {"ecli", KG_REF_ECLI, 0, 0, NULL, NULL, 0, 0, 0, "ruling", "court ruling"},
};
const size_t kg_node_kind_count = sizeof kg_node_kinds / sizeof kg_node_kinds[0];

const kg_node_kind_info kg_kind_plain = {"", -1, 0, 0, "ellipse", "lightgrey", 211, 211, 211,
                                         NULL, NULL};

const kg_edge_kind_info kg_edge_kinds[] = {
    {"cites", "solid", "cites"},
    {"part_of", "dashed", "part_of (dashed)"},
    {"refers_to", "dotted", "refers_to (dotted)"},
};
const size_t kg_edge_kind_count = sizeof kg_edge_kinds / sizeof kg_edge_kinds[0];

const char *kg_node_kind_name(size_t i)
{
    return i < kg_node_kind_count ? kg_node_kinds[i].name : NULL;
}

const kg_node_kind_info *kg_node_kind_find(const char *name)
{
    for (size_t i = 0; name && i < kg_node_kind_count; i++)
        if (strcmp(kg_node_kinds[i].name, name) == 0)
            return &kg_node_kinds[i];
    return NULL;
}

/* A reference's kind has the name of the node kind it makes; a
 * document's reference to itself makes none. */
const char *kg_ref_kind_name(kg_ref_kind kind)
{
    if (kind == KG_REF_SELF)
        return "self";
    for (size_t i = 0; i < kg_node_kind_count; i++)
        if (kg_node_kinds[i].ref == (int)kind)
            return kg_node_kinds[i].name;
    return "?";
}

const kg_node_kind_info *kg_node_kind_of_ref(kg_ref_kind k)
{
    for (size_t i = 0; i < kg_node_kind_count; i++)
        if (kg_node_kinds[i].ref == (int)k)
            return &kg_node_kinds[i];
    return kg_node_kind_find("kamerstuk");
}

int kg_node_kind_strength(const char *name)
{
    const kg_node_kind_info *k = kg_node_kind_find(name);
    return k ? k->strength : 0;
}

const kg_node_kind_info *kg_kind_style_for(const char *kind)
{
    const kg_node_kind_info *k = kg_node_kind_find(kind);
    return k && k->shape ? k : NULL;
}

const char *kg_kind_badge(const char *kind)
{
    const kg_node_kind_info *k = kg_node_kind_find(kind);
    return k ? k->badge : kind;
}

const char *kg_kind_words(const char *kind)
{
    const kg_node_kind_info *k = kg_node_kind_find(kind);
    return k ? k->words : kind;
}

const char *kg_edge_kind_style(const char *kind)
{
    for (size_t i = 0; kind && i < kg_edge_kind_count; i++)
        if (strcmp(kg_edge_kinds[i].name, kind) == 0)
            return kg_edge_kinds[i].style;
    return "solid";
}

const char *kg_kind_interned(const char *kind)
{
    const kg_node_kind_info *k = kg_node_kind_find(kind);
    if (k)
        return k->name;
    for (size_t i = 0; i < kg_edge_kind_count; i++)
        if (strcmp(kg_edge_kinds[i].name, kind) == 0)
            return kg_edge_kinds[i].name;
    return NULL;
}

bool kg_kind_is_interned(const char *p)
{
    for (size_t i = 0; i < kg_node_kind_count; i++)
        if (p == kg_node_kinds[i].name)
            return true;
    for (size_t i = 0; i < kg_edge_kind_count; i++)
        if (p == kg_edge_kinds[i].name)
            return true;
    return false;
}
