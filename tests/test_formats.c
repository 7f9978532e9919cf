/* The same letter in every format gives the same references and the same
 * metadata; damaged and hostile files fail safely, with a message that
 * names the file. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "build_docx.h"
#include "build_pdf.h"
#include "kamergraph/kamergraph.h"

#define FIXTURES "tests/fixtures/formats/"

/* "kind id" per reference (positions differ between formats), then the
 * metadata the model found. */
static void summary(const char *path, char *out, size_t n)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file(path, &err);
    cr_assert_not_null(doc, "%s", err.msg);
    out[0] = '\0';
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        size_t used = strlen(out);
        snprintf(out + used, n - used, "%s %s\n", kg_ref_kind_name(r->kind), r->id);
    }
    char model[4096] = "";
    FILE *f = fmemopen(model, sizeof model - 1, "w");
    kg_doc_write_model(doc, f, &err);
    fclose(f);
    for (char *line = strtok(model, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "meta", 4) == 0 || strncmp(line, "block", 5) == 0) {
            /* block lines carry line numbers, which differ: keep the rest */
            const char *rest = strncmp(line, "block", 5) == 0 ? strchr(line + 6, '\t') : line;
            size_t used = strlen(out);
            snprintf(out + used, n - used, "%s\n", rest ? rest : line);
        }
    }
    kg_doc_free(doc);
}

static int by_line(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The lines of s sorted, in place: a PDF puts its footnotes at the foot
 * of the page, so the order of references may differ. */
static void sort_lines(char *s)
{
    char *lines[256], copy[8192];
    size_t n = 0;
    snprintf(copy, sizeof copy, "%s", s);
    for (char *l = strtok(copy, "\n"); l && n < 256; l = strtok(NULL, "\n"))
        lines[n++] = l;
    qsort(lines, n, sizeof *lines, by_line);
    s[0] = '\0';
    for (size_t i = 0; i < n; i++)
        strcat(strcat(s, lines[i]), "\n");
}

/* References and metadata as the text gives them (the blocks' lines
 * differ: other formats have no blank lines). */
static void same_as_text(const char *path)
{
    char want[8192], got[8192];
    summary(FIXTURES "kst-36903-4.txt", want, sizeof want);
    summary(path, got, sizeof got);
    char *w = strstr(want, "\tmember"), *g = strstr(got, "\tmember");
    if (w)
        *w = '\0';
    if (g)
        *g = '\0';
    sort_lines(want);
    sort_lines(got);
    cr_expect_str_eq(got, want, "%s differs from the text:\n got:\n%s want:\n%s", path, got, want);
}

Test(formats, the_text_letter_gives_what_the_others_are_compared_with)
{
    char got[8192];
    summary(FIXTURES "kst-36903-4.txt", got, sizeof got);
    cr_expect_str_eq(got,
                     "self kst-36903-4\n"
                     "motie motie:sneller+vermeer\n"
                     "kamerstuk kst-31490-392\n"
                     "brief kst-31490-359\n"
                     "kamerstuk kst-31490-359\n"
                     "kamerstuk kst-31490-359\n"
                     "vraag kst-36903-4#lid-vermeer\n"
                     "kamerstuk kst-36901-3\n"
                     "meta\tdate\t2026-03-12\n"
                     "meta\tsubject\tBeantwoording vragen over spreiding rijkswerkgelegenheid\n"
                     "meta\taddressee\ttk\n"
                     "meta\tminister\tA.J. de Ridder\n"
                     "\tmember\tVermeer\tBBB\n"
                     "\tquestion\t1\tVermeer\tBBB\t12\n"
                     "\tanswer\t1\n"
                     "\tquestion\t2\tVermeer\tBBB\t18\n"
                     "\tanswer\t2\n");
}

Test(formats, official_xml_gives_the_same_references_and_metadata)
{
    same_as_text(FIXTURES "kst-36903-4.xml");
}

Test(formats, html_gives_the_same_references_and_metadata)
{
    same_as_text(FIXTURES "kst-36903-4.html");
}

Test(formats, pdf_gives_the_same_references_and_metadata)
{
    char dir[] = "/tmp/kg-formats-XXXXXX", path[64];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/kst-36903-4.pdf", dir);
    cr_assert_eq(kg_test_build_fixture_pdf(FIXTURES "kst-36903-4.txt", path), 0);
    same_as_text(path);
    remove(path);
    rmdir(dir);
}

Test(formats, docx_gives_the_same_references_and_metadata)
{
    char dir[] = "/tmp/kg-formats-XXXXXX", path[64];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/kst-36903-4.docx", dir);
    cr_assert_eq(kg_test_build_docx(path, FIXTURES "docx"), 0);
    same_as_text(path);
    remove(path);
    rmdir(dir);
}

Test(formats, xml_markup_is_used_and_disagreement_is_a_warning)
{
    const char *xml =
        "<?xml version=\"1.0\"?><officiele-publicatie><kamerstuk><al>Zie "
        "<extref doc=\"kst-31490-392\">Kamerstuk 31490-392</extref> en "
        "<extref doc=\"kst-31490-400\">Kamerstuk 31490-399</extref> en "
        "<extref doc=\"https://zoek.officielebekendmakingen.nl/kst-29362-290.html\">de brief</extref>.</al>"
        "</kamerstuk></officiele-publicatie>";
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.xml", xml, strlen(xml), &err);
    cr_assert_not_null(doc, "%s", err.msg);
    cr_assert_eq(kg_doc_ref_count(doc), 3);
    cr_expect_str_eq(kg_doc_ref(doc, 0)->id, "kst-31490-392");
    cr_expect_str_eq(kg_resolution_name(kg_doc_ref(doc, 0)->resolved_by), "markup");
    cr_expect_str_eq(kg_doc_ref(doc, 1)->id, "kst-31490-400");
    cr_expect_str_eq(kg_doc_ref(doc, 2)->id, "kst-29362-290");
    cr_assert_eq(kg_doc_warning_count(doc), 2);
    cr_expect_str_eq(kg_doc_warning(doc, 0),
                     "t.xml:1:28: the markup cites kst-31490-400, the scanner read kst-31490-399");
    cr_expect_str_eq(kg_doc_warning(doc, 1),
                     "t.xml:1:51: the markup cites kst-29362-290 where the scanner found nothing");
    kg_doc_free(doc);
}

Test(formats, processing_instructions_inside_words_are_ignored)
{
    const char *xml = "<?xml version=\"1.0\"?><officiele-publicatie><al>De Kamer<?xpp afbm?>stukken II "
                      "2024/25, 36742, nr. 5.</al></officiele-publicatie>";
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.xml", xml, strlen(xml), &err);
    cr_assert_eq(kg_doc_ref_count(doc), 1);
    cr_expect_str_eq(kg_doc_ref(doc, 0)->id, "kst-36742-5");
    kg_doc_free(doc);
}

/* ---- damaged and hostile files --------------------------------------------- */

static void expect_error(const char *name, const char *bytes, size_t len, const char *msg)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer(name, bytes, len, &err);
    cr_expect_null(doc, "%s was read", name);
    kg_doc_free(doc);
    cr_expect(strstr(err.msg, msg) != NULL, "message '%s' lacks '%s'", err.msg, msg);
    cr_expect(strncmp(err.msg, name, strlen(name)) == 0, "message '%s' does not name %s",
              err.msg, name);
}

Test(hostile, truncated_xml_is_an_error_naming_the_file)
{
    const char *xml = "<?xml version=\"1.0\"?><officiele-publicatie><al>Zie Kamerstuk 31490-3";
    expect_error("kapot.xml", xml, strlen(xml), "not well-formed XML");
}

Test(hostile, xml_external_entities_are_not_fetched)
{
    const char *xml = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                      "<officiele-publicatie><al>Zie &x; en Kamerstuk 31490-359.</al></officiele-publicatie>";
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("xxe.xml", xml, strlen(xml), &err);
    cr_assert_not_null(doc, "%s", err.msg);
    size_t len;
    const char *text = kg_doc_text(doc, &len);
    cr_expect_null(strstr(text, "root:"), "the entity was expanded: %s", text);
    cr_expect_eq(kg_doc_ref_count(doc), 1);
    kg_doc_free(doc);
}

Test(hostile, an_entity_bomb_is_harmless_and_fast)
{
    const char *xml =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
        "<officiele-publicatie><al>&lol9; Kamerstuk 31490-359</al></officiele-publicatie>";
    clock_t t0 = clock();
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("lol.xml", xml, strlen(xml), &err);
    double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    size_t len = 0;
    if (doc)
        kg_doc_text(doc, &len);
    cr_expect_lt(len, 10000, "the bomb went off: %zu bytes of text", len);
    cr_expect_lt(seconds, 5.0);                 /* not a timing test: a hang guard */
    kg_doc_free(doc);
}

Test(hostile, a_pdf_named_txt_is_read_as_what_it_is)
{
    const char *fake = "%PDF-1.4\nnot really";
    expect_error("brief.txt", fake, strlen(fake), "PDF");
}

Test(formats, a_pdf_knows_its_pages_for_op_pagina)
{
    char dir[] = "/tmp/kg-formats-XXXXXX", path[64];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/t.pdf", dir);
    const char *lines[] = {"Vragen van het lid Vermeer, Henk (BBB)", "Vraag:", "Een?", "Antwoord:",
                           "Ja.", "Vraag:", "Twee?", "Antwoord:", "Nee.",
                           "Zie antwoord op vraag van het lid Vermeer (BBB) op pagina 2."};
    cr_assert_eq(kg_test_build_pdf(path, lines, 10, 5), 0);    /* 5 lines a page */
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file(path, &err);
    cr_assert_not_null(doc, "%s", err.msg);
    cr_assert_eq(kg_doc_ref_count(doc), 1);
    cr_expect_str_eq(kg_doc_ref(doc, 0)->id, "t#vraag-2");
    kg_doc_free(doc);
    remove(path);
    rmdir(dir);
}
