/* From a document's references to nodes and edges. */
#include "internal.h"
#include <string.h>

static const char *url_of(kg_arena *a, const char *id)
{
    char buf[512];
    return kg_id_url(id, buf, sizeof buf) ? kg_arena_strndup(a, buf, strlen(buf))
                                          : NULL;
}

static const char *node_kind(kg_ref_kind k)
{
    switch (k) {
    case KG_REF_MOTIE: return "motie";
    case KG_REF_DOSSIER: return "dossier";
    case KG_REF_HANDELINGEN: return "handelingen";
    case KG_REF_AANHANGSEL: return "aanhangsel";
    case KG_REF_VRAAG: return "vraag";
    case KG_REF_STB: return "stb";
    case KG_REF_STCRT: return "stcrt";
    case KG_REF_ECLI: return "ecli";
    case KG_REF_BRIEF: return "brief";
    default: return "kamerstuk";
    }
}

/* Structural edges (part_of) say what belongs to what: one each, however
 * often the thing is cited. */
static kg_status part_of(kg_graph *g, const char *from, const char *to)
{
    if (kg_graph_has_edge(g, from, to, "part_of"))
        return KG_OK;
    return kg_graph_add_citation(g, from, to, "part_of");
}

/* A Kamerstuk belongs to its dossier: the dossier node and the edge. */
static kg_status belongs_to(kg_graph *g, const kg_doc *doc, const char *id,
                            const char *dossier)
{
    kg_status st = kg_graph_add_node(g, dossier, "dossier", dossier + 8,
                                     url_of(doc->arena, dossier), NULL);
    return st == KG_OK ? part_of(g, id, dossier) : st;
}

static kg_status add_ref(kg_graph *g, const kg_doc *doc, const kg_ref *r)
{
    const char *me = kg_doc_id(doc);
    if (r->kind == KG_REF_SELF || strcmp(r->id, me) == 0 || r->marker_copy)
        return KG_OK;
    /* A letter tied to its number on the spot is already counted by the
     * citation that ties it. */
    if (r->kind == KG_REF_BRIEF && r->resolved_by &&
        (strcmp(r->resolved_by, "inline") == 0 || strcmp(r->resolved_by, "footnote") == 0))
        return KG_OK;
    size_t n = strlen(r->id);
    if (n >= 2 && strcmp(r->id + n - 2, "#?") == 0)
        return KG_OK;                   /* unresolved: reported, no edge */
    kg_status st = kg_graph_add_node(g, r->id, node_kind(r->kind), r->label,
                                     url_of(doc->arena, r->id), NULL);
    const char *dossiers[] = {r->parts.dossier_id, r->parts.joint_dossier_id};
    for (size_t i = 0; i < 2 && st == KG_OK; i++)
        if (dossiers[i] && r->kind != KG_REF_DOSSIER)
            st = belongs_to(g, doc, r->id, dossiers[i]);
    if (st != KG_OK)
        return st;
    if (r->kind == KG_REF_VRAAG) {
        st = part_of(g, r->id, me);
        return st ? st : kg_graph_add_citation(g, me, r->id, "refers_to");
    }
    return kg_graph_add_citation(g, me, r->id, "cites");
}

kg_status kg_graph_add_document(kg_graph *g, const kg_doc *doc, kg_error *err)
{
    kg_status st = kg_graph_add_node(g, doc->id, "document", doc->label,
                                     doc->url, doc->path);
    if (st == KG_OK && doc->dossier)
        st = belongs_to(g, doc, doc->id, doc->dossier);
    for (size_t i = 0; st == KG_OK && i < doc->nrefs; i++)
        st = add_ref(g, doc, &doc->refs[i]);
    if (st != KG_OK)
        kg_fail(err, st, "%s: cannot add to the graph", doc->path);
    return st;
}
