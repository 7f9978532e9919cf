/* From a document's references to nodes and edges. */
#include "doc.h"
#include "graph_internal.h"
#include "id.h"
#include "kinds.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *url_of(kg_arena *a, const char *id)
{
    char buf[512];
    return kg_id_url(id, buf, sizeof buf) ? kg_arena_strndup(a, buf, strlen(buf))
                                          : NULL;
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
    kg_status st = kg_graph_add_node(g, dossier, "dossier", kg_id_label(dossier),
                                     url_of(doc->arena, dossier), NULL);
    return st == KG_OK ? part_of(g, id, dossier) : st;
}

/* A question node says who asked it: from the document model. */
static kg_status question_attrs(kg_graph *g, const kg_doc *doc, const kg_ref *r)
{
    const kg_block *q = NULL;
    kg_id id;
    kg_id_parse(r->id, &id);
    bool numbered = id.place == KG_PLACE_QUESTION;
    /* the place's name ends the id: a string of its own */
    if (numbered)
        q = kg_model_question(&doc->model, (unsigned)atoi(id.place_name.s));
    else if (id.place == KG_PLACE_MEMBER)
        kg_model_questions_of(&doc->model, id.place_name.s, &q);
    if (!q)
        return KG_OK;
    kg_status st = kg_graph_set_node_attr(g, r->id, "asker", q->asker);
    if (st == KG_OK)
        st = kg_graph_set_node_attr(g, r->id, "party", q->party);
    if (st == KG_OK && numbered) /* a number in every export, not text */
        st = kg_graph_set_node_int(g, r->id, "n", q->n);
    return st;
}

static kg_status add_ref(kg_graph *g, const kg_doc *doc, const kg_ref *r)
{
    const char *me = kg_doc_id(doc);
    if (r->kind == KG_REF_SELF || strcmp(r->id, me) == 0 || r->marker_copy)
        return KG_OK;
    /* a letter tied on the spot (kg_graph_add_letters records the tie):
     * the citation that ties it is counted already */
    if (r->kind == KG_REF_BRIEF && r->parts.date && isdigit((unsigned char)r->parts.date[0]) &&
        kg_is_kst_id(r->id) &&
        (r->resolved_by == KG_RESOLVED_INLINE || r->resolved_by == KG_RESOLVED_FOOTNOTE))
        return KG_OK;
    kg_id id;
    kg_id_parse(r->id, &id);
    if (id.place == KG_PLACE_UNRESOLVED)
        return KG_OK;                   /* unresolved: reported, no edge */
    kg_status st = kg_graph_add_node(g, r->id, kg_node_kind_of_ref(r->kind)->name, r->label,
                                     url_of(doc->arena, r->id), NULL);
    const char *dossiers[] = {r->parts.dossier_id, r->parts.joint_dossier_id};
    for (size_t i = 0; i < 2 && st == KG_OK; i++)
        if (dossiers[i] && r->kind != KG_REF_DOSSIER)
            st = belongs_to(g, doc, r->id, dossiers[i]);
    if (st != KG_OK)
        return st;
    const char *edge = r->kind == KG_REF_VRAAG ? "refers_to" : "cites";
    if (r->kind == KG_REF_VRAAG) {
        st = part_of(g, r->id, me);
        if (st == KG_OK)
            st = question_attrs(g, doc, r);
    }
    if (st == KG_OK)
        st = kg_graph_add_citation(g, me, r->id, edge);
    if (st == KG_OK && r->resolved_by) {   /* how, and the line that says so */
        st = kg_graph_set_edge_attr(g, me, r->id, edge, "resolved_by",
                                    kg_resolution_name(r->resolved_by));
        if (st == KG_OK)
            st = kg_graph_set_edge_attr(g, me, r->id, edge, "evidence", r->evidence);
    }
    return st;
}

/* The letter's metadata on its node. */
static kg_status document_attrs(kg_graph *g, const kg_doc *doc)
{
    const kg_meta *m = &doc->model.meta;
    const char *names[] = {"date", "subject", "reference", "addressee", "minister"};
    const char *values[] = {m->date, m->subject, m->reference, m->addressee, m->minister};
    kg_status st = KG_OK;
    for (size_t i = 0; i < 5 && st == KG_OK; i++)
        if (values[i])
            st = kg_graph_set_node_attr(g, doc->id, names[i], values[i]);
    return st;
}

static const char *copy(kg_graph *g, const char *s)
{
    return s ? kg_arena_strndup(g->ref_strings, s, strlen(s)) : NULL;
}

/* The graph keeps the references themselves for the writers that list
 * them, unless told not to. The document's id and file are copied once
 * for all its references. */
static kg_status keep_refs(kg_graph *g, const kg_doc *doc)
{
    const char *id, *path;

    if (g->drop_refs || doc->nrefs == 0)
        return KG_OK;
    if (!g->ref_strings && !(g->ref_strings = kg_arena_create()))
        return KG_ERR_NOMEM;
    id = copy(g, doc->id);
    path = copy(g, doc->path);
    for (size_t i = 0; i < doc->nrefs; i++) {
        const kg_ref *r = &doc->refs[i];
        if (kg_grow((void **)&g->refs, &g->cap_refs, g->n_refs, sizeof *g->refs))
            return KG_ERR_NOMEM;
        g->refs[g->n_refs++] = (kg_graph_ref){
            id, path, kg_ref_kind_name(r->kind), copy(g, r->id),
            copy(g, r->text), r->resolved_by, copy(g, r->block), r->line, r->col};
    }
    return KG_OK;
}

void kg_graph_keep_refs(kg_graph *g, bool keep)
{
    if (g)
        g->drop_refs = !keep;
}

size_t kg_graph_ref_count(const kg_graph *g) { return g->n_refs; }

const kg_graph_ref *kg_graph_ref_at(const kg_graph *g, size_t i)
{
    return i < g->n_refs ? &g->refs[i] : NULL;
}

kg_status kg_graph_add_document(kg_graph *g, const kg_doc *doc, kg_error *err)
{
    kg_status st = kg_graph_add_node(g, doc->id, "document", doc->label,
                                     doc->url, doc->path);
    if (st == KG_OK && doc->dossier)
        st = belongs_to(g, doc, doc->id, doc->dossier);
    if (st == KG_OK)
        st = document_attrs(g, doc);
    /* what it tells the corpus about letters cited by date */
    if (st == KG_OK)
        st = kg_graph_add_letters(g, doc);
    for (size_t i = 0; st == KG_OK && i < doc->nrefs; i++)
        st = add_ref(g, doc, &doc->refs[i]);
    if (st == KG_OK)
        st = keep_refs(g, doc);
    if (st != KG_OK)
        kg_fail(err, st, "%s: cannot add to the graph", doc->path);
    return st;
}
