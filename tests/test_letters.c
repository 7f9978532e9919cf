/*
 * Letters cited by date, across a corpus (kg_letters): the answer the
 * graph and `refs` share.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "kamergraph/kamergraph.h"

Test(letters, one_kamerstuk_tied_is_the_answer_with_the_first_ties_evidence)
{
    kg_letters *l = kg_letters_create();
    const char *ev = NULL;
    cr_assert_eq(kg_letters_add(l, "brief:2025-03-14", "kst-31490-359", "a.txt line 4", 0), KG_OK);
    cr_assert_eq(kg_letters_add(l, "brief:2025-03-14", "kst-31490-359", "b.txt line 9", 1), KG_OK);
    cr_assert_str_eq(kg_letters_target(l, "brief:2025-03-14", &ev), "kst-31490-359");
    cr_expect_str_eq(ev, "a.txt line 4");
    kg_letters_free(l);
}

Test(letters, two_kamerstukken_tied_are_no_answer_but_sorted_candidates)
{
    kg_letters *l = kg_letters_create();
    const char *c[4];
    kg_letters_add(l, "brief:2024-10-25", "kst-36600-VII-9", "x", 0);
    kg_letters_add(l, "brief:2024-10-25", "kst-29362-372", "y", 1);
    kg_letters_add(l, "brief:2024-10-25", "kst-36600-VII-9", "z", 2);
    cr_expect_null(kg_letters_target(l, "brief:2024-10-25", NULL));
    cr_assert_eq(kg_letters_candidates(l, "brief:2024-10-25", c, 4), 2);
    cr_expect_str_eq(c[0], "kst-29362-372");
    cr_expect_str_eq(c[1], "kst-36600-VII-9");
    kg_letters_free(l);
}

/* Found by fuzz_model in CI: with no tie at all, the lookup took the
 * address of the first element of an array never allocated. */
Test(letters, a_letter_nothing_ties_has_no_answer_even_when_nothing_is_tied_at_all)
{
    kg_letters *l = kg_letters_create();
    cr_expect_null(kg_letters_target(l, "brief:2025-11-20", NULL));
    cr_expect_eq(kg_letters_candidates(l, "brief:2025-11-20", NULL, 0), 0);
    kg_letters_add(l, "brief:2025-03-14", "kst-1-1", "x", 0);
    cr_expect_null(kg_letters_target(l, "brief:2025-11-20", NULL));
    cr_expect_null(kg_letters_target(l, "brief:2099-01-01", NULL));
    cr_expect_null(kg_letters_target(l, "brief:1999-01-01", NULL));
    kg_letters_free(l);
}

Test(letters, forgetting_a_document_drops_its_ties)
{
    kg_letters *l = kg_letters_create();
    kg_letters_add(l, "brief:2025-03-14", "kst-1-1", "from doc 0", 0);
    kg_letters_add(l, "brief:2025-03-14", "kst-2-2", "from doc 1", 1);
    cr_expect_null(kg_letters_target(l, "brief:2025-03-14", NULL));
    kg_letters_forget(l, 1);
    cr_expect_str_eq(kg_letters_target(l, "brief:2025-03-14", NULL), "kst-1-1");
    kg_letters_free(l);
}

static kg_doc *letter(const char *name, const char *text)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer(name, text, strlen(text), &err);
    cr_assert(doc, "%s", err.msg);
    return doc;
}

/* A letter ties its own date to its number; another ties the date it
 * cites to the citation after it. */
Test(letters, a_document_ties_its_own_date_and_the_dates_it_cites_with_their_number)
{
    kg_letters *l = kg_letters_create();
    kg_doc *own = letter("kst-36901-2.txt", "Datum 20 november 2025\nBetreft Kader\n\nTekst.\n");
    kg_doc *cites = letter("b.txt", "Zie de brief van 14 maart 2025 (Kamerstuk 31490-359).\n");
    const char *ev = NULL;
    cr_assert_eq(kg_letters_add_document(l, own, 0), KG_OK);
    cr_assert_eq(kg_letters_add_document(l, cites, 1), KG_OK);
    cr_expect_str_eq(kg_letters_target(l, "brief:2025-11-20", &ev), "kst-36901-2");
    cr_expect_str_eq(ev, "kst-36901-2.txt (the letter's own date)");
    cr_expect_str_eq(kg_letters_target(l, "brief:2025-03-14", NULL), "kst-31490-359");
    kg_doc_free(own);
    kg_doc_free(cites);
    kg_letters_free(l);
}

Test(letters, an_open_letter_is_one_its_document_left_as_brief_date)
{
    kg_doc *doc = letter("c.txt", "Zie de brief van 14 maart 2025.\n");
    kg_letters *l = kg_letters_create();
    cr_assert_eq(kg_doc_ref_count(doc), 1);
    const kg_ref *r = kg_doc_ref(doc, 0);
    cr_expect_str_eq(r->id, "brief:2025-03-14");
    cr_expect(kg_ref_is_open_letter(r));
    cr_expect_null(kg_letters_resolve_ref(l, r, NULL));
    kg_letters_add(l, "brief:2025-03-14", "kst-31490-359", "x", 0);
    cr_expect_str_eq(kg_letters_resolve_ref(l, r, NULL), "kst-31490-359");
    kg_letters_free(l);
    kg_doc_free(doc);
}

/* The graph of one letter citing a date nothing ties: its brief: node
 * stays as it is. */
Test(letters, a_graph_keeps_a_brief_node_nothing_ties)
{
    kg_doc *doc = letter("kst-36901-3.txt", "Zie de brief van 20 november 2025.\n");
    kg_graph *g = kg_graph_create();
    kg_error err = {0};
    cr_assert_eq(kg_graph_add_document(g, doc, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    cr_expect(kg_graph_has_edge(g, "kst-36901-3", "brief:2025-11-20", "cites"));
    kg_graph_free(g);
    kg_doc_free(doc);
}
