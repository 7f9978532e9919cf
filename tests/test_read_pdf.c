/* The PDF reader: PDFs drawn with cairo (tests/build_pdf.c) or written by
 * hand, read back with kg_read_pdf, and the exact text or message it
 * gives. */
#include <criterion/criterion.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "build_pdf.h"
#include "reader.h"
#include "tmpdir.h"

#define PDF_FIXTURE "tests/fixtures/formats/kst-36903-4.txt"
#define PDF_SUP1 "\xc2\xb9"     /* ¹ */
#define PDF_FOOTER(page) \
    "Tweede Kamer, vergaderjaar 2023\xe2\x80\x93" "2024, 36 410 VII, nr. 88 " page

static void pdf_setup(void)
{
    kg_test_tmpdir_make("/tmp/kg-test-pdf-XXXXXX");
}

TestSuite(read_pdf, .init = pdf_setup, .fini = kg_test_tmpdir_remove);

/* kg_read_pdf on bytes in memory; `name` is the path in messages. */
static kg_status pdf_read_bytes(const char *name, const void *bytes, size_t len,
                                kg_reading *r, kg_error *err)
{
    memset(r, 0, sizeof *r);
    memset(err, 0, sizeof *err);
    return kg_read_pdf(name, bytes, len, r, err);
}

/* kg_read_pdf on a file; the path in messages is its base name. */
static kg_status pdf_read_file(const char *name, kg_reading *r, kg_error *err)
{
    size_t len;
    unsigned char *bytes = kg_test_slurp(kg_test_tmp_path(name), &len);
    kg_status st = pdf_read_bytes(name, bytes, len, r, err);
    free(bytes);
    return st;
}

/* The text of a PDF made of `lines`, read back; the caller frees. */
static char *pdf_text_of(const char *const *lines, size_t n, size_t per_page)
{
    cr_assert_eq(kg_test_build_pdf(kg_test_tmp_path("t.pdf"), lines, n, per_page), 0);
    kg_reading r;
    kg_error err;
    cr_assert_eq(pdf_read_file("t.pdf", &r, &err), KG_OK, "%s", err.msg);
    cr_assert_str_eq(r.format, "pdf");
    char *text = strdup(kg_sink_cstr(&r.text));
    kg_reading_free(&r);
    return text;
}

static size_t pdf_fixture_lines(char **lines, size_t max)
{
    size_t n = kg_test_fixture_pdf_lines(PDF_FIXTURE, lines, max);
    cr_assert_gt(n, 0, "cannot read %s", PDF_FIXTURE);
    return n;
}

Test(read_pdf, fixture_letter_comes_out_line_by_line_with_its_footnote)
{
    char *lines[64];
    size_t n = pdf_fixture_lines(lines, 64);
    char *text = pdf_text_of((const char *const *)lines, n, n);
    cr_expect_str_eq(text,
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Datum 12 maart 2026\n"
        "Betreft Beantwoording vragen over spreiding rijkswerkgelegenheid\n"
        "Hierbij beantwoord ik de vragen van de leden over de spreiding van "
        "rijkswerkgelegenheid.\n"
        "Vragen van het lid Vermeer, Henk (BBB)\n"
        "Vraag:\n"
        "Hoe staat het met de uitvoering van de motie-Sneller/Vermeer over "
        "externe inhuur?\n"
        "Antwoord:\n"
        "De motie is uitgevoerd met het dashboard externe inhuur (Kamerstuk "
        "31490-392). Zie ook de Kamerbrief van 14 maart 2025" PDF_SUP1 ".\n"
        "Vraag:\n"
        "Welke regio's krijgen er werk bij?\n"
        "Antwoord:\n"
        "Zie antwoord op vraag van het lid Vermeer (BBB). De verdeling staat in "
        "Kamerstuk 36 901, nr. 3.\n"
        "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n"
        "A.J. de Ridder\n"
        PDF_SUP1 " Kamerstukken II 2024/25, 31 490, nr. 359\n");
    free(text);
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
}

Test(read_pdf, page_footers_stay_lines_at_the_end_of_their_pages)
{
    const char *lines[] = {
        "De brief van 14 maart gaat in op de",
        "uitvoering van de motie.",
        PDF_FOOTER("14"),
        "Op de volgende pagina gaat het verder.",
        PDF_FOOTER("15"),
    };
    char *text = pdf_text_of(lines, 5, 3);
    cr_expect_str_eq(text,
        "De brief van 14 maart gaat in op de\n"
        "uitvoering van de motie.\n"
        PDF_FOOTER("14") "\n"
        "Op de volgende pagina gaat het verder.\n"
        PDF_FOOTER("15") "\n");
    free(text);
}

Test(read_pdf, page_without_text_adds_no_blank_line)
{
    const char *lines[] = {"Eerste pagina.", "", "Derde pagina."};
    char *text = pdf_text_of(lines, 3, 1);
    cr_expect_str_eq(text, "Eerste pagina.\nDerde pagina.\n");
    free(text);
}

/* ---- words rebuilt from where the glyphs stand -------------------------- */

/* The text of a one-page PDF showing `runs`, read back; the caller frees. */
static char *pdf_runs_text(const kg_test_pdf_run *runs, size_t n)
{
    cr_assert_eq(kg_test_build_pdf_runs(kg_test_tmp_path("runs.pdf"), runs, n), 0);
    kg_reading r;
    kg_error err;
    cr_assert_eq(pdf_read_file("runs.pdf", &r, &err), KG_OK, "%s", err.msg);
    char *text = strdup(kg_sink_cstr(&r.text));
    kg_reading_free(&r);
    return text;
}

#define PDF_RUNS_TEXT(runs) pdf_runs_text(runs, sizeof runs / sizeof *runs)

Test(read_pdf, letter_spacing_inside_a_word_or_number_adds_no_space)
{
    /* A footnote set glyph by glyph, as Word's PDF export sets small
     * type: 0.9 pt (0.13 em) more after the s, the 3 and the last hyphen,
     * where poppler alone writes "Kamers tuk 3 6200-XII- 60". In the
     * footer the words stand only 1.1 pt apart: a word and a number
     * still part. */
    const kg_test_pdf_run runs[] = {
        {.text = "Kamerstuk 36200-XII-60", .x = 56, .y = 700, .size = 6.75,
         .gaps = "     9    9        8"},
        {.text = "Pagina", .x = 400, .y = 760, .size = 6.75},
        {.text = "1", .x = 1.1, .y = 760, .size = 6.75, .follow = true},
        {.text = "van", .x = 1.1, .y = 760, .size = 6.75, .follow = true},
        {.text = "7", .x = 1.1, .y = 760, .size = 6.75, .follow = true},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "Kamerstuk 36200-XII-60\nPagina 1 van 7\n");
    free(text);
}

Test(read_pdf, glyphs_on_a_pixel_grid_come_out_as_their_words)
{
    /* Every glyph starts on the next whole 0.75 pt (a pixel at 96 dpi)
     * after the one before: at 6 pt most gaps inside words pass poppler's
     * tenth of an em ("Kamers t u kken II 2 0 2 2 /2 3"). The reader learns
     * how far this document sets each glyph inside words. */
    const kg_test_pdf_run runs[] = {
        {.text = "Kamerstukken II 2022/23, 29665, nummers 427, 433 en 473; zie ook de brief",
         .x = 40, .y = 100, .size = 6, .grid = 0.75},
        {.text = "van de minister van Infrastructuur en Waterstaat (Kamerstuk 31936, nr. 1053).",
         .x = 40, .y = 110, .size = 6, .grid = 0.75},
        {.text = "Tweede Tussenrapportage Handhaving op Schiphol, Arbeidsinspectie en Rekenkamer.",
         .x = 40, .y = 120, .size = 6, .grid = 0.75},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text,
        "Kamerstukken II 2022/23, 29665, nummers 427, 433 en 473; zie ook de brief\n"
        "van de minister van Infrastructuur en Waterstaat (Kamerstuk 31936, nr. 1053).\n"
        "Tweede Tussenrapportage Handhaving op Schiphol, Arbeidsinspectie en Rekenkamer.\n");
    free(text);
}

Test(read_pdf, glyph_the_producer_always_sets_wider_stays_in_its_word)
{
    /* Inside words this document sets every r 0.8 pt (0.09 em) further
     * than its advance; in "Arbeidsinspectie" 2.1 pt, more than a narrow
     * space. Counted from where this document puts the glyph after an r,
     * that is 1.3 pt: no space. */
    const kg_test_pdf_run runs[] = {
        {.text = "verre reizen, ervaren reder", .x = 56, .y = 100, .size = 9,
         .gaps = "  88  8        8  8   8"},
        {.text = "Arbeidsinspectie", .x = 56, .y = 120, .size = 9, .gaps = " L"},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "verre reizen, ervaren reder\nArbeidsinspectie\n");
    free(text);
}

Test(read_pdf, justified_line_has_one_space_per_word_gap)
{
    /* Words placed one by one, 2.5 to 7 pt apart (a justified line), and
     * a kerning gap of 0.9 pt inside "aangenomen". */
    const kg_test_pdf_run runs[] = {
        {.text = "De", .x = 56, .y = 100, .size = 9},
        {.text = "Kamer", .x = 6, .y = 100, .size = 9, .follow = true},
        {.text = "heeft", .x = 4, .y = 100, .size = 9, .follow = true},
        {.text = "de", .x = 7, .y = 100, .size = 9, .follow = true},
        {.text = "motie", .x = 2.5, .y = 100, .size = 9, .follow = true},
        {.text = "aangenomen.", .x = 6, .y = 100, .size = 9, .follow = true, .gaps = "   9"},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "De Kamer heeft de motie aangenomen.\n");
    free(text);
}

Test(read_pdf, label_and_value_far_apart_are_two_words)
{
    /* A besluitenlijst: labels in one font, their values 40 pt to the
     * right in a larger bold one; poppler writes "Zaak:Brief". */
    const kg_test_pdf_run runs[] = {
        {.text = "Zaak:", .x = 56, .y = 100, .size = 9.36},
        {.text = "Brief regering - 30569-8", .x = 140, .y = 101.4, .size = 10.38, .bold = true},
        {.text = "Besluit:", .x = 56, .y = 130, .size = 9.36},
        {.text = "Betrekken bij de behandeling", .x = 140, .y = 131.4, .size = 10.38,
         .bold = true},
        {.text = "van het wetsvoorstel", .x = 140, .y = 143.4, .size = 10.38, .bold = true},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "Zaak: Brief regering - 30569-8\n"
                           "Besluit: Betrekken bij de behandeling\n"
                           "van het wetsvoorstel\n");
    free(text);
}

Test(read_pdf, raised_small_digit_after_a_word_is_a_superscript_marker)
{
    const kg_test_pdf_run runs[] = {
        {.text = "Motie De Hoop", .x = 56, .y = 100, .size = 9},
        {.text = "3", .x = 0.2, .y = 97, .size = 6, .follow = true},
        {.text = " verzoekt de ministers, zoals het lid vroeg.", .y = 100, .size = 9,
         .follow = true},
        {.text = "12", .x = 0, .y = 97, .size = 6, .follow = true},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "Motie De Hoop\xc2\xb3 verzoekt de ministers, zoals het lid "
                           "vroeg.\xc2\xb9\xc2\xb2\n");
    free(text);
}

Test(read_pdf, digit_on_the_baseline_or_raised_at_full_size_stays_a_digit)
{
    const kg_test_pdf_run runs[] = {
        {.text = "de uitstoot van CO", .x = 56, .y = 100, .size = 9},
        {.text = "2", .y = 101.5, .size = 6, .follow = true},       /* lowered */
        {.text = " daalt met 10", .y = 100, .size = 9, .follow = true},
        {.text = "3", .y = 97, .size = 9, .follow = true},          /* raised, same size */
        {.text = " ton.", .y = 100, .size = 9, .follow = true},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "de uitstoot van CO2 daalt met 103 ton.\n");
    free(text);
}

Test(read_pdf, raised_note_numbers_on_lines_of_their_own_go_before_their_notes)
{
    /* The numbers of two notes, small and raised: poppler makes each a
     * line of its own. */
    const kg_test_pdf_run runs[] = {
        {.text = "Zie de brief", .x = 56, .y = 100, .size = 9},
        {.text = "1", .x = 0.2, .y = 97, .size = 6, .follow = true},
        {.text = " en de motie.", .y = 100, .size = 9, .follow = true},
        {.text = "2", .x = 0.2, .y = 97, .size = 6, .follow = true},
        {.text = "1", .x = 56, .y = 697.5, .size = 4.5},
        {.text = "Kamerstukken II 2022/23, 29665, nr. 482", .x = 2.4, .y = 700, .size = 6.75,
         .follow = true},
        {.text = "2", .x = 56, .y = 706.5, .size = 4.5},
        {.text = "Kamerstuk 36200-XII-60", .x = 2.4, .y = 709, .size = 6.75, .follow = true},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "Zie de brief\xc2\xb9 en de motie.\xc2\xb2\n"
                           "\xc2\xb9 Kamerstukken II 2022/23, 29665, nr. 482\n"
                           "\xc2\xb2 Kamerstuk 36200-XII-60\n");
    free(text);
}

Test(read_pdf, rotated_text_keeps_its_words)
{
    /* Text up the margin, as a document number in a page's side: its
     * glyphs do not run left to right, and poppler's spaces stand. */
    const kg_test_pdf_run runs[] = {
        {.text = "Geachte voorzitter,", .x = 56, .y = 100, .size = 9},
        {.text = "Kamerstuk 36200-XII-60", .x = 30, .y = 300, .size = 7, .angle = -90},
    };
    char *text = PDF_RUNS_TEXT(runs);
    cr_expect_str_eq(text, "Kamerstuk 36200-XII-60\nGeachte voorzitter,\n");
    free(text);
}

/* A PDF with a title in its metadata, drawn with cairo. */
static void pdf_with_title(const char *path, const char *title)
{
    cairo_surface_t *s = cairo_pdf_surface_create(path, 842, 595);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    cairo_t *cr = cairo_create(s);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 9);
    cairo_move_to(cr, 40, 60);
    cairo_show_text(cr, "Geachte voorzitter,");
    cairo_destroy(cr);
    cairo_surface_destroy(s);       /* finishes and writes the file */
    kg_test_pdf_fonts_release();
}

Test(read_pdf, pdf_title_becomes_the_subject)
{
    pdf_with_title(kg_test_tmp_path("title.pdf"), "Beantwoording vragen over rijkswerkgelegenheid");
    kg_reading r;
    kg_error err;
    cr_assert_eq(pdf_read_file("title.pdf", &r, &err), KG_OK, "%s", err.msg);
    cr_expect_str_eq(r.subject, "Beantwoording vragen over rijkswerkgelegenheid");
    cr_expect_str_eq(kg_sink_cstr(&r.text), "Geachte voorzitter,\n");
    kg_reading_free(&r);
}

Test(read_pdf, pdf_without_title_leaves_the_subject_unset)
{
    const char *lines[] = {"Geachte voorzitter,"};
    cr_assert_eq(kg_test_build_pdf(kg_test_tmp_path("t.pdf"), lines, 1, 0), 0);
    kg_reading r;
    kg_error err;
    cr_assert_eq(pdf_read_file("t.pdf", &r, &err), KG_OK, "%s", err.msg);
    cr_expect_null(r.subject);
    kg_reading_free(&r);
}

Test(read_pdf, truncated_pdf_is_an_input_error_naming_the_file)
{
    const char *lines[] = {"Geachte voorzitter,", "Hierbij beantwoord ik de vragen."};
    cr_assert_eq(kg_test_build_pdf(kg_test_tmp_path("t.pdf"), lines, 2, 0), 0);
    size_t len;
    unsigned char *bytes = kg_test_slurp(kg_test_tmp_path("t.pdf"), &len);
    kg_reading r;
    kg_error err;
    cr_expect_eq(pdf_read_bytes("brief.pdf", bytes, len / 2, &r, &err), KG_ERR_INPUT);
    cr_expect_eq(err.code, KG_ERR_INPUT);
    cr_expect_str_eq(err.msg, "brief.pdf: not a readable PDF: PDF document is damaged "
                              "(Couldn't find trailer dictionary)");
    cr_expect_eq(r.text.n, 0);
    free(bytes);
}

Test(read_pdf, random_bytes_after_a_pdf_header_are_an_input_error)
{
    unsigned char bytes[4096] = "%PDF-";
    srand(36903);
    for (size_t i = 5; i < sizeof bytes; i++)
        bytes[i] = (unsigned char)(rand() & 0xff);
    kg_reading r;
    kg_error err;
    cr_expect_eq(pdf_read_bytes("ruis.pdf", bytes, sizeof bytes, &r, &err), KG_ERR_INPUT);
    cr_expect_str_eq(err.msg, "ruis.pdf: not a readable PDF: PDF document is damaged "
                              "(Couldn't find trailer dictionary)");
}

Test(read_pdf, empty_input_is_an_input_error)
{
    kg_reading r;
    kg_error err;
    cr_expect_eq(pdf_read_bytes("leeg.pdf", "", 0, &r, &err), KG_ERR_INPUT);
    cr_expect_eq(strncmp(err.msg, "leeg.pdf: not a readable PDF: ", 30), 0, "%s", err.msg);
}

Test(read_pdf, pdf_with_only_a_drawing_has_no_text)
{
    cairo_surface_t *s = cairo_pdf_surface_create(kg_test_tmp_path("scan.pdf"), 595, 842);
    cairo_t *cr = cairo_create(s);
    cairo_rectangle(cr, 50, 50, 300, 200);
    cairo_fill(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    kg_reading r;
    kg_error err;
    cr_expect_eq(pdf_read_file("scan.pdf", &r, &err), KG_ERR_INPUT);
    cr_expect_str_eq(err.msg, "scan.pdf: no text (a scanned PDF? kamergraph does not do OCR)");
    cr_expect_eq(r.text.n, 0);
}

/* A one-page PDF written by hand with an /Encrypt dictionary whose user
 * key fits no password: poppler cannot open it without one. */
static size_t pdf_encrypted(char *out, size_t cap)
{
    static const char *objs[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /P -4"
        " /O <0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20>"
        " /U <0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20> >>",
    };
    size_t off[4], n = (size_t)snprintf(out, cap, "%%PDF-1.4\n");
    for (size_t i = 0; i < 4; i++) {
        off[i] = n;
        n += (size_t)snprintf(out + n, cap - n, "%zu 0 obj\n%s\nendobj\n", i + 1, objs[i]);
    }
    size_t xref = n;
    n += (size_t)snprintf(out + n, cap - n, "xref\n0 5\n0000000000 65535 f \n");
    for (size_t i = 0; i < 4; i++)
        n += (size_t)snprintf(out + n, cap - n, "%010zu 00000 n \n", off[i]);
    n += (size_t)snprintf(out + n, cap - n,
                          "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R"
                          " /ID [<00112233445566778899aabbccddeeff>"
                          " <00112233445566778899aabbccddeeff>] >>\n"
                          "startxref\n%zu\n%%%%EOF\n", xref);
    cr_assert_lt(n, cap);
    return n;
}

Test(read_pdf, encrypted_pdf_is_an_input_error)
{
    char pdf[2048];
    size_t len = pdf_encrypted(pdf, sizeof pdf);
    kg_reading r;
    kg_error err;
    cr_expect_eq(pdf_read_bytes("geheim.pdf", pdf, len, &r, &err), KG_ERR_INPUT);
    cr_expect_str_eq(err.msg, "geheim.pdf: not a readable PDF: Document is encrypted");
}

/* Standard output and error go to a file between pdf_output_to and
 * pdf_output_back, which returns what was written (GLib writes INFO and
 * DEBUG messages on stdout, the rest on stderr). */
static int pdf_saved_fd[3] = {-1, -1, -1};

static void pdf_output_to(const char *path)
{
    fflush(stdout);
    fflush(stderr);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    cr_assert_neq(fd, -1);
    for (int i = 1; i <= 2; i++) {
        pdf_saved_fd[i] = dup(i);
        cr_assert_neq(dup2(fd, i), -1);
    }
    close(fd);
}

static char *pdf_output_back(const char *path)
{
    fflush(stdout);
    fflush(stderr);
    for (int i = 1; i <= 2; i++) {
        cr_assert_neq(dup2(pdf_saved_fd[i], i), -1);
        close(pdf_saved_fd[i]);
    }
    size_t len;
    unsigned char *got = kg_test_slurp(path, &len);
    got[len] = '\0';
    return (char *)got;
}

Test(read_pdf, poppler_prints_nothing_and_its_logging_is_restored_after)
{
    /* poppler logs its complaints at INFO level: shown only with this */
    setenv("G_MESSAGES_DEBUG", "all", 1);
    const char *log = kg_test_tmp_path("output.txt");
    kg_reading r;
    kg_error err;
    pdf_output_to(log);
    kg_status st = pdf_read_bytes("kapot.pdf", "%PDF-1.7\n1 0 obj\n", 17, &r, &err);
    g_log("Poppler", G_LOG_LEVEL_WARNING, "after the read");
    char *out = pdf_output_back(log);
    cr_expect_eq(st, KG_ERR_INPUT);
    /* one line, our own: "(process:PID): Poppler-WARNING **: TIME: after..."
     * (GLib puts a blank line before a warning) */
    const char *line = out + strspn(out, "\n");
    const char *nl = strchr(line, '\n');
    cr_expect(nl && !nl[1], "output: %s", out);
    cr_expect_neq(strstr(out, "Poppler-WARNING **: "), NULL, "output: %s", out);
    cr_expect_neq(strstr(out, ": after the read\n"), NULL, "output: %s", out);
    free(out);
}

/* ---- the PDF as a document: kg_doc_read_file picks the reader ---------- */

/* All references of doc as "kind id line:col [fn N] [copy]" lines. */
static void pdf_refs_of(const kg_doc *doc, char *out, size_t n)
{
    out[0] = '\0';
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        size_t used = strlen(out);
        snprintf(out + used, n - used, "%s %s %u:%u%s%s\n", kg_ref_kind_name(r->kind),
                 r->id, r->line, r->col, r->footnote ? " fn" : "",
                 r->marker_copy ? " copy" : "");
    }
}

Test(read_pdf, fixture_letter_as_pdf_file_gives_its_references)
{
    char *lines[64];
    size_t n = pdf_fixture_lines(lines, 64);
    const char *path = kg_test_tmp_path("kst-36903-4.pdf");
    cr_assert_eq(kg_test_build_pdf(path, (const char *const *)lines, n, n), 0);
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file(path, &err);
    cr_assert_not_null(doc, "%s", err.msg);
    cr_expect_str_eq(kg_doc_format(doc), "pdf");
    cr_expect_str_eq(kg_doc_id(doc), "kst-36903-4");
    char got[2048];
    pdf_refs_of(doc, got, sizeof got);
    cr_expect_str_eq(got,
        "self kst-36903-4 0:0\n"
        "motie motie:sneller+vermeer 7:40\n"
        "kamerstuk kst-31490-392 9:58\n"
        "brief kst-31490-359 9:91\n"
        "kamerstuk kst-31490-359 9:119 fn copy\n"
        "vraag kst-36903-4#lid-vermeer 13:1\n"
        "kamerstuk kst-36901-3 13:72\n"
        "kamerstuk kst-31490-359 16:3 fn\n");
    kg_doc_free(doc);
}

Test(read_pdf, letter_spaced_note_under_a_raised_marker_numbers_the_motion)
{
    /* The marker a small raised 3, the note's number too, the note letter
     * spaced: the motion gets its number from the note. */
    const kg_test_pdf_run runs[] = {
        {.text = "Geachte voorzitter,", .x = 56, .y = 80, .size = 9},
        {.text = "Hierbij informeer ik u over de motie van het lid De Hoop", .x = 56, .y = 100,
         .size = 9},
        {.text = "3", .x = 0.2, .y = 97, .size = 6, .follow = true},
        {.text = " over controles op Schiphol.", .y = 100, .size = 9, .follow = true},
        {.text = "3", .x = 56, .y = 697.5, .size = 4.5},
        {.text = "Kamerstuk 36200-XII-60", .x = 2.4, .y = 700, .size = 6.75, .follow = true,
         .gaps = "     9    9        8"},
    };
    const char *path = kg_test_tmp_path("brief.pdf");
    cr_assert_eq(kg_test_build_pdf_runs(path, runs, sizeof runs / sizeof *runs), 0);
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file(path, &err);
    cr_assert_not_null(doc, "%s", err.msg);
    char got[1024];
    pdf_refs_of(doc, got, sizeof got);
    cr_expect_str_eq(got,
        "motie kst-36200-XII-60 2:32\n"
        "kamerstuk kst-36200-XII-60 2:57 fn copy\n"
        "kamerstuk kst-36200-XII-60 3:3 fn\n");
    kg_doc_free(doc);
}

Test(read_pdf, unreadable_pdf_file_is_an_input_error_from_kg_doc_read_file)
{
    const char *path = kg_test_tmp_path("kapot.pdf");
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    fputs("%PDF-1.7\n1 0 obj\n", f);
    cr_assert_eq(fclose(f), 0);
    kg_error err = {0};
    cr_expect_null(kg_doc_read_file(path, &err));
    cr_expect_eq(err.code, KG_ERR_INPUT);
    char want[512];
    snprintf(want, sizeof want, "%s: not a readable PDF: PDF document is damaged "
                                "(Couldn't find trailer dictionary)", path);
    cr_expect_str_eq(err.msg, want);
}
