/*
 * The graph's store of references (kg_graph_ref_at, for the SQLite writer
 * and the report) and the switch that leaves it empty to save memory
 * (kg_graph_keep_refs).
 */
#include <string.h>

#include <criterion/criterion.h>

#include "kamergraph/kamergraph.h"

static const char letter[] =
    "Zie Kamerstuk 31490, nr. 359 en de motie-Sneller/Vermeer.\n";

static kg_graph *graph_of_letter(bool keep)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("kst-36000-1.txt", letter, sizeof letter - 1, &err);
    kg_graph *g = kg_graph_create();

    cr_assert(doc, "%s", err.msg);
    cr_assert(g);
    kg_graph_keep_refs(g, keep);
    cr_assert_eq(kg_graph_add_document(g, doc, &err), KG_OK, "%s", err.msg);
    kg_doc_free(doc);
    return g;
}

Test(refs_store, keeps_every_reference_with_its_document_by_default)
{
    kg_graph *g = graph_of_letter(true);
    const kg_graph_ref *r;

    cr_assert_eq(kg_graph_ref_count(g), 3);
    cr_expect_str_eq(kg_graph_ref_at(g, 0)->kind, "self");
    r = kg_graph_ref_at(g, 1);
    cr_expect_str_eq(r->doc, "kst-36000-1");
    cr_expect_str_eq(r->file, "kst-36000-1.txt");
    cr_expect_str_eq(r->kind, "kamerstuk");
    cr_expect_str_eq(r->id, "kst-31490-359");
    cr_expect_eq(r->line, 1);
    cr_expect_eq(r->col, 5);
    r = kg_graph_ref_at(g, 2);
    cr_expect_str_eq(r->kind, "motie");
    cr_expect_str_eq(r->id, "motie:sneller+vermeer");
    cr_expect_str_eq(r->doc, "kst-36000-1");
    cr_expect_null(kg_graph_ref_at(g, 3));
    kg_graph_free(g);
}

Test(refs_store, keep_refs_off_stores_none_but_builds_the_same_graph)
{
    kg_graph *kept = graph_of_letter(true), *dropped = graph_of_letter(false);

    cr_expect_eq(kg_graph_ref_count(dropped), 0);
    cr_expect_null(kg_graph_ref_at(dropped, 0));
    cr_expect_eq(kg_graph_node_count(dropped), kg_graph_node_count(kept));
    cr_expect_eq(kg_graph_edge_count(dropped), kg_graph_edge_count(kept));
    cr_expect(kg_graph_has_edge(dropped, "kst-36000-1", "kst-31490-359", "cites"));
    kg_graph_free(kept);
    kg_graph_free(dropped);
}

static void add_letter(kg_graph *g, const char *name, const char *text)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer(name, text, strlen(text), &err);

    cr_assert(doc, "%s", err.msg);
    cr_assert_eq(kg_graph_add_document(g, doc, &err), KG_OK, "%s", err.msg);
    kg_doc_free(doc);
}

/* The graph merges brief:2024-03-14 into the letter of that date; the
 * kept reference must say the same, or SQLite and the report would list a
 * node that is not in the graph. */
Test(refs_store, a_letter_cited_by_date_follows_the_merge_into_its_kamerstuk)
{
    kg_graph *g = kg_graph_create();
    const kg_graph_ref *r;

    add_letter(g, "kst-36000-2.txt", "Datum 14 maart 2024\n\nHierbij de brief.\n");
    add_letter(g, "kst-36000-3.txt", "Datum 2 april 2024\n\nIn de brief van 14 maart 2024 schreef ik dat.\n");
    r = kg_graph_ref_at(g, kg_graph_ref_count(g) - 1);
    cr_assert_str_eq(r->kind, "brief");
    cr_expect_str_eq(r->id, "brief:2024-03-14");
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_expect_str_eq(r->id, "kst-36000-2");
    cr_expect_str_eq(kg_resolution_name(r->resolved_by), "corpus-alias");
    cr_expect_str_eq(r->text, "brief van 14 maart 2024");
    kg_graph_free(g);
}
