/*
 * Inputs the fuzzers (fuzz/) found to crash, kept so the crash stays
 * fixed. Each is a letter in tests/fixtures/fuzz/.
 */
#include <stdbool.h>
#include <string.h>

#include <criterion/criterion.h>

#include "kamergraph/kamergraph.h"

/* Every reference lies inside the file and has its text; where the file
 * is UTF-8 (`recoded` false), that text is the file's bytes at its offset
 * (a file in Windows-1252 has its text in UTF-8, longer). */
static void expect_refs_inside_the_file(const char *path, bool recoded)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file(path, &err);
    size_t len;
    const char *text;

    cr_assert(doc, "%s", err.msg);
    text = kg_doc_text(doc, &len);
    cr_assert_gt(kg_doc_ref_count(doc), 0);
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        if (r->kind == KG_REF_SELF && r->line == 0)
            continue; /* the file name's own identity: no text */
        cr_assert_not_null(r->text, "ref %zu (%s) has no text", i, r->id);
        cr_assert_leq(r->offset + r->length, len, "ref %zu (%s) ends past the file", i, r->id);
        if (recoded)
            continue;
        cr_expect_eq(strlen(r->text), r->length, "ref %zu (%s)", i, r->id);
        cr_expect_eq(strncmp(r->text, text + r->offset, r->length), 0,
                     "ref %zu (%s): '%s' is not the file's text at %zu", i, r->id, r->text,
                     r->offset);
    }
    kg_doc_free(doc);
}

/* Found by fuzz_model: a letter whose head line ("Tweede Kamer,
 * vergaderjaar 2025-2026, 36 902, nr. 2 1") is page furniture, cut out and
 * put after the text, and whose text ends in a citation that ran on into
 * that head. The reference's range ran backwards in the original, its
 * text could not be copied, and `refs` crashed on the NULL. Now the cut
 * is fenced off: every reference's text is the file's bytes at its
 * offset. */
Test(fuzz_regress, a_citation_does_not_run_from_the_text_into_moved_furniture)
{
    expect_refs_inside_the_file("tests/fixtures/fuzz/kst-36800-VII-52.txt", false);
}

/* Found by fuzz_model: a letter in Windows-1252 (so the text as read is
 * longer than the file) whose page footer is cut out and put after the
 * text. The line break that normalisation puts between them maps past the
 * end of the text as read, and asking whether the PDF's layout wrapped
 * that line read two bytes past the text (ASan: heap-buffer-overflow in
 * kg_line_wraps). A break past the text is no layout's: not wrapped. */
Test(fuzz_regress, a_line_break_made_by_moving_furniture_is_not_a_wrapped_line)
{
    expect_refs_inside_the_file("tests/fixtures/fuzz/wrap-after-moved-furniture.txt", true);
}

/* Found by fuzz_xml (in CI): <extref doc="kst-/">, whose target ends in a
 * slash. The markup's id was the empty string after the last '/', and the
 * document got a Kamerstuk reference with the id "". A markup target that
 * is not a Kamerstuk id is now left out, with a warning. */
Test(fuzz_regress, an_extref_whose_target_is_not_a_kamerstuk_id_gives_no_reference)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file("tests/fixtures/fuzz/extref-kst-slash.xml", &err);

    cr_assert(doc, "%s", err.msg);
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++)
        cr_expect_eq(kg_doc_ref(doc, i)->kind, KG_REF_SELF, "ref %zu: %s %s", i,
                     kg_ref_kind_name(kg_doc_ref(doc, i)->kind), kg_doc_ref(doc, i)->id);
    cr_assert_eq(kg_doc_warning_count(doc), 1);
    cr_expect_str_eq(kg_doc_warning(doc, 0),
                     "tests/fixtures/fuzz/extref-kst-slash.xml:1:1: the markup cites '', "
                     "which is not a Kamerstuk id");
    kg_doc_free(doc);
}
