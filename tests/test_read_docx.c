/* The DOCX reader: the fixture letter read back exactly, footnotes in the
 * Word-export shape, and hostile files (damaged ZIPs, zip bombs, XXE,
 * billion laughs) refused with a message, quickly.
 *
 * Blank lines: the reader writes one line per paragraph and nothing for an
 * empty paragraph, so a letter read from DOCX has no blank lines. The text
 * fixture kst-36903-4.txt has a blank line between paragraphs (as Word's
 * plain-text export does); the DOCX reading equals it with those removed. */
#include <criterion/criterion.h>
#include <libxml/xmlerror.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "build_docx.h"
#include "reader.h"
#include "tmpdir.h"

#define FIXTURE_PARTS "tests/fixtures/formats/docx"
#define FIXTURE_TEXT "tests/fixtures/formats/kst-36903-4.txt"

static const char fixture_text[] =
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Datum 12 maart 2026\n"
    "Betreft Beantwoording vragen over spreiding rijkswerkgelegenheid\n"
    "Hierbij beantwoord ik de vragen van de leden over de spreiding van "
    "rijkswerkgelegenheid.\n"
    "Vragen van het lid Vermeer, Henk (BBB)\n"
    "Vraag:\n"
    "Hoe staat het met de uitvoering van de motie-Sneller/Vermeer over externe "
    "inhuur?\n"
    "Antwoord:\n"
    "De motie is uitgevoerd met het dashboard externe inhuur (Kamerstuk "
    "31490-392). Zie ook de Kamerbrief van 14 maart 2025[footnoteRef:1].  "
    "[1:  Kamerstukken II 2024/25, 31 490, nr. 359 ]\n"
    "Vraag:\n"
    "Welke regio's krijgen er werk bij?\n"
    "Antwoord:\n"
    "Zie antwoord op vraag van het lid Vermeer (BBB). De verdeling staat in "
    "Kamerstuk 36 901, nr. 3.\n"
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n"
    "A.J. de Ridder\n";

/* ---- helpers ---------------------------------------------------------------- */

static void make_tmpdir(void)
{
    kg_test_tmpdir_make("/tmp/kg-docx-XXXXXX");
}

TestSuite(docx, .init = make_tmpdir, .fini = kg_test_tmpdir_remove);

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads the file with kg_read_docx; the reading is returned, the status
 * and message go to *st and *err. `seconds` (when not NULL) gets the time
 * the reader took. */
static kg_reading read_file(const char *path, kg_status *st, kg_error *err,
                            double *seconds)
{
    size_t len;
    unsigned char *bytes = kg_test_slurp(path, &len);
    kg_reading r = {0};
    *err = (kg_error){0};
    double t0 = now();
    *st = kg_read_docx(path, bytes, len, &r, err);
    if (seconds)
        *seconds = now() - t0;
    free(bytes);
    return r;
}

/* a, b and c one after the other, malloc'd. */
static char *joined(const char *a, const char *b, const char *c)
{
    size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
    char *s = malloc(na + nb + nc + 1);
    cr_assert_not_null(s);
    memcpy(s, a, na);
    memcpy(s + na, b, nb);
    memcpy(s + na + nb, c, nc + 1);
    return s;
}

/* The text of a DOCX built from a document.xml body (and footnotes.xml
 * body when not NULL); fails the test when it is not read. */
static kg_reading read_body(const char *body, const char *notes)
{
    static const char head[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats."
        "org/markup-compatibility/2006\"><w:body>";
    static const char nhead[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\">"
        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
        "</w:r></w:p></w:footnote>"
        "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
        "<w:t>continued</w:t></w:r></w:p></w:footnote>";
    char *doc = joined(head, body, "</w:body></w:document>");
    char *fn = joined(nhead, notes ? notes : "", "</w:footnotes>");
    const char *names[] = {"word/document.xml", "word/footnotes.xml"};
    const char *contents[] = {doc, fn};
    size_t sizes[] = {strlen(doc), strlen(fn)};
    char *path = kg_test_tmp_path("body.docx");
    cr_assert_eq(kg_test_build_zip(path, names, contents, sizes, notes ? 2 : 1), 0);
    free(doc);
    free(fn);
    kg_status st;
    kg_error err;
    kg_reading r = read_file(path, &st, &err, NULL);
    cr_assert_eq(st, KG_OK, "%s", err.msg);
    return r;
}

static void expect_text(const char *body, const char *notes, const char *want)
{
    kg_reading r = read_body(body, notes);
    cr_expect_str_eq(kg_sink_cstr(&r.text), want);
    kg_reading_free(&r);
}

/* The reader must refuse `path` with exactly `want` (the path is tmpdir +
 * "/" + the rest of the message) and leave nothing behind. */
static void expect_refused(const char *name, const char *want, double max_seconds)
{
    kg_status st;
    kg_error err;
    double took;
    char *path = kg_test_tmp_path(name);
    kg_reading r = read_file(path, &st, &err, &took);
    char full[600];
    snprintf(full, sizeof full, "%s: %s", path, want);
    cr_expect_eq(st, KG_ERR_INPUT);
    cr_expect_eq(err.code, KG_ERR_INPUT);
    cr_expect_str_eq(err.msg, full);
    cr_expect_eq(r.text.n, 0);
    cr_expect_null(r.subject);
    cr_expect_lt(took, max_seconds, "took %.2f s", took);
    kg_reading_free(&r);
}

static void build_fixture(const char *path)
{
    cr_assert_eq(kg_test_build_docx(path, FIXTURE_PARTS), 0);
}

/* ---- the fixture letter --------------------------------------------------------- */

Test(docx, fixture_reads_as_the_letter_one_paragraph_a_line)
{
    build_fixture(kg_test_tmp_path("kst-36903-4.docx"));
    kg_status st;
    kg_error err;
    kg_reading r = read_file(kg_test_tmp_path("kst-36903-4.docx"), &st, &err, NULL);
    cr_assert_eq(st, KG_OK, "%s", err.msg);
    cr_expect_str_eq(kg_sink_cstr(&r.text), fixture_text);
    cr_expect_eq(r.text.n, strlen(fixture_text));
    cr_expect_str_eq(r.format, "docx");
    kg_reading_free(&r);
}

Test(docx, fixture_text_is_the_text_fixture_without_blank_lines)
{
    size_t len;
    unsigned char *txt = kg_test_slurp(FIXTURE_TEXT, &len);
    char *want = malloc(len + 1), *w = want;
    for (const char *line = (const char *)txt; *line;) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) + 1 : strlen(line);
        if (n > 1 || *line != '\n') {
            memcpy(w, line, n);
            w += n;
        }
        line += n;
    }
    *w = '\0';
    cr_expect_str_eq(fixture_text, want);
    free(want);
    free(txt);
}

Test(docx, fixture_title_is_subject_identifier_is_id_and_no_date)
{
    build_fixture(kg_test_tmp_path("letter.docx"));
    kg_status st;
    kg_error err;
    kg_reading r = read_file(kg_test_tmp_path("letter.docx"), &st, &err, NULL);
    cr_assert_eq(st, KG_OK, "%s", err.msg);
    cr_expect_str_eq(r.subject, "Beantwoording vragen over spreiding rijkswerkgelegenheid");
    cr_expect_str_eq(r.id, "kst-36903-4");
    cr_expect_null(r.date, "dcterms:created is when the file was made");
    cr_expect_null(r.doctype);
    cr_expect_eq(r.nmarkup, 0);
    cr_expect_null(r.warning);
    kg_reading_free(&r);
}

Test(docx, reader_is_chosen_by_content)
{
    build_fixture(kg_test_tmp_path("no-extension"));
    size_t len;
    unsigned char *bytes = kg_test_slurp(kg_test_tmp_path("no-extension"), &len);
    const char *format = NULL;
    cr_expect_eq(kg_reader_for("no-extension", bytes, len, &format), kg_read_docx);
    cr_expect_str_eq(format, "docx");
    free(bytes);
}

/* ---- footnotes ------------------------------------------------------------------- */

Test(docx, footnote_marker_where_it_stands_and_note_at_paragraph_end)
{
    expect_text("<w:p><w:r><w:t>Zie de brief</w:t></w:r>"
                "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                "<w:r><w:t xml:space=\"preserve\"> van gisteren.</w:t></w:r></w:p>"
                "<w:p><w:r><w:t>Volgende alinea.</w:t></w:r></w:p>",
                "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
                "<w:r><w:t xml:space=\"preserve\"> Kamerstuk 31 490,\t</w:t></w:r>"
                "</w:p><w:p><w:r><w:t xml:space=\"preserve\">nr. 359  </w:t></w:r>"
                "</w:p></w:footnote>",
                "Zie de brief[footnoteRef:1] van gisteren.  "
                "[1:  Kamerstuk 31 490, nr. 359 ]\n"
                "Volgende alinea.\n");
}

Test(docx, two_footnotes_in_one_paragraph_numbered_in_order_of_reference)
{
    /* Word's ids are not the numbers shown: id 7 is referenced first. */
    expect_text("<w:p><w:r><w:t>Eerst</w:t></w:r><w:r><w:footnoteReference "
                "w:id=\"7\"/></w:r><w:r><w:t xml:space=\"preserve\"> en dan"
                "</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                "<w:r><w:t>?</w:t></w:r></w:p>"
                "<w:p><w:r><w:t>Later</w:t></w:r><w:r><w:footnoteReference "
                "w:id=\"9\"/></w:r></w:p>",
                "<w:footnote w:id=\"2\"><w:p><w:r><w:t>Kamerstuk 31 490, nr. 347"
                "</w:t></w:r></w:p></w:footnote>"
                "<w:footnote w:id=\"7\"><w:p><w:r><w:t>Kamerstuk 31 490, nr. 337"
                "</w:t></w:r></w:p></w:footnote>"
                "<w:footnote w:id=\"9\"><w:p><w:r><w:t>Stb. 2020, 123"
                "</w:t></w:r></w:p></w:footnote>",
                "Eerst[footnoteRef:1] en dan[footnoteRef:2]?  "
                "[1:  Kamerstuk 31 490, nr. 337 ]  [2:  Kamerstuk 31 490, nr. 347 ]\n"
                "Later[footnoteRef:3]  [3:  Stb. 2020, 123 ]\n");
}

Test(docx, footnote_reference_to_a_missing_or_separator_note_writes_nothing)
{
    expect_text("<w:p><w:r><w:t>A</w:t></w:r><w:r><w:footnoteReference "
                "w:id=\"0\"/></w:r><w:r><w:t>B</w:t></w:r><w:r>"
                "<w:footnoteReference w:id=\"42\"/></w:r><w:r><w:t>C</w:t></w:r>"
                "<w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>",
                "<w:footnote w:id=\"3\"><w:p><w:r><w:t>Noot</w:t></w:r></w:p>"
                "</w:footnote>",
                "ABC[footnoteRef:1]  [1:  Noot ]\n");
}

Test(docx, a_footnote_id_given_twice_is_its_first_note)
{
    expect_text("<w:p><w:r><w:t>A</w:t></w:r><w:r><w:footnoteReference "
                "w:id=\"5\"/></w:r><w:r><w:t>B</w:t></w:r><w:r>"
                "<w:footnoteReference w:id=\"3\"/></w:r></w:p>",
                "<w:footnote w:id=\"5\"><w:p><w:r><w:t>Eerste</w:t></w:r></w:p></w:footnote>"
                "<w:footnote w:id=\"3\"><w:p><w:r><w:t>Drie</w:t></w:r></w:p></w:footnote>"
                "<w:footnote w:id=\"5\"><w:p><w:r><w:t>Tweede</w:t></w:r></w:p></w:footnote>",
                "A[footnoteRef:1]B[footnoteRef:2]  [1:  Eerste ]  [2:  Drie ]\n");
}

/* n paragraphs each referring to a note, and the n notes, in reverse
 * order of their ids. */
static void many_notes(size_t n, char **body, char **notes)
{
    size_t cap = n * 128 + 1, blen = 0, nlen = 0;
    *body = malloc(cap);
    *notes = malloc(cap);
    cr_assert(*body && *notes);
    for (size_t i = 1; i <= n; i++) {
        blen += (size_t)snprintf(*body + blen, cap - blen,
                                 "<w:p><w:r><w:t>Zie</w:t></w:r><w:r>"
                                 "<w:footnoteReference w:id=\"%zu\"/></w:r></w:p>", i);
        nlen += (size_t)snprintf(*notes + nlen, cap - nlen,
                                 "<w:footnote w:id=\"%zu\"><w:p><w:r><w:t>Kamerstuk 31490-%zu"
                                 "</w:t></w:r></w:p></w:footnote>", n + 1 - i, n + 1 - i);
    }
}

/* Each marker walked all notes for its id. */
Test(docx, a_footnote_is_found_by_its_id_not_walked)
{
    enum { N = 5000 };
    char *body, *notes;
    many_notes(N, &body, &notes);
    kg_reading r = read_body(body, notes);
    cr_expect(strstr(kg_sink_cstr(&r.text),
                     "[footnoteRef:5000]  [5000:  Kamerstuk 31490-5000 ]\n"));
    cr_expect_leq(r.work.looked, (size_t)N * 32, "read %zu notes for %d markers", r.work.looked, N);
    kg_reading_free(&r);
    free(body);
    free(notes);
}

Test(docx, footnote_reference_without_footnotes_part_writes_nothing)
{
    expect_text("<w:p><w:r><w:t>A</w:t></w:r><w:r><w:footnoteReference "
                "w:id=\"1\"/></w:r></w:p>",
                NULL, "A\n");
}

/* ---- layout -------------------------------------------------------------------------- */

Test(docx, table_cells_are_lines_and_empty_paragraphs_leave_no_blank_line)
{
    expect_text("<w:p/><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>"
                "<w:tbl><w:tblPr><w:tblW w:w=\"0\"/></w:tblPr><w:tblGrid>"
                "<w:gridCol w:w=\"100\"/></w:tblGrid>"
                "<w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>Datum</w:t></w:r></w:p></w:tc>"
                "<w:tc><w:p><w:r><w:t>12 maart 2026</w:t></w:r></w:p>"
                "<w:p><w:r><w:t>tweede</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                "<w:p/><w:p><w:r><w:t>Na</w:t></w:r></w:p><w:p/>",
                NULL, "Datum\n12 maart 2026\ntweede\nNa\n");
}

Test(docx, tab_and_break_as_word_shows_them_tab_stops_not)
{
    expect_text("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"567\"/>"
                "</w:tabs></w:pPr><w:r><w:t>Datum</w:t><w:tab/>"
                "<w:t xml:space=\"preserve\">12 maart 2026 </w:t><w:br/>"
                "<w:t>Betreft</w:t><w:cr/><w:t>x</w:t><w:noBreakHyphen/>"
                "<w:t>y</w:t></w:r></w:p>",
                NULL, "Datum\t12 maart 2026\nBetreft\nx-y\n");
}

Test(docx, field_codes_and_deleted_text_are_left_out)
{
    expect_text("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>"
                "<w:instrText> HYPERLINK \"https://x\" </w:instrText></w:r><w:r>"
                "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>link"
                "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                "<w:del w:id=\"1\"><w:r><w:delText>weg</w:delText></w:r></w:del>"
                "<w:moveFrom w:id=\"2\"><w:r><w:t>verplaatst</w:t></w:r></w:moveFrom>"
                "<w:ins w:id=\"3\"><w:r><w:t xml:space=\"preserve\"> erbij</w:t>"
                "</w:r></w:ins></w:p>",
                NULL, "link erbij\n");
}

Test(docx, text_box_text_once_not_again_from_the_fallback)
{
    expect_text("<w:p><w:r><w:t>Voor</w:t></w:r><w:r><mc:AlternateContent>"
                "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r>"
                "<w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:drawing>"
                "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>"
                "<w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:pict>"
                "</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>na</w:t>"
                "</w:r></w:p>",
                NULL, "Voor\nIn het kader\nna\n");
}

Test(docx, core_identifier_that_is_not_a_kst_id_is_ignored)
{
    static const char core[] =
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
        "2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<dc:title>  </dc:title><dc:identifier>ISBN 90-1234</dc:identifier>"
        "</cp:coreProperties>";
    static const char doc[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml"
        "/2006/main\"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>";
    const char *names[] = {"word/document.xml", "docProps/core.xml"};
    const char *contents[] = {doc, core};
    size_t sizes[] = {strlen(doc), strlen(core)};
    cr_assert_eq(kg_test_build_zip(kg_test_tmp_path("c.docx"), names, contents, sizes, 2), 0);
    kg_status st;
    kg_error err;
    kg_reading r = read_file(kg_test_tmp_path("c.docx"), &st, &err, NULL);
    cr_assert_eq(st, KG_OK, "%s", err.msg);
    cr_expect_null(r.subject, "an empty title is no subject");
    cr_expect_null(r.id);
    cr_expect_str_eq(kg_sink_cstr(&r.text), "x\n");
    kg_reading_free(&r);
}

/* ---- broken files -------------------------------------------------------------------- */

Test(docx, truncated_zip_is_an_input_error_naming_the_file)
{
    build_fixture(kg_test_tmp_path("whole.docx"));
    size_t len;
    unsigned char *bytes = kg_test_slurp(kg_test_tmp_path("whole.docx"), &len);
    FILE *f = fopen(kg_test_tmp_path("cut.docx"), "wb");
    cr_assert_not_null(f);
    fwrite(bytes, 1, len / 2, f);
    fclose(f);
    free(bytes);
    expect_refused("cut.docx", "damaged or not a ZIP file: Not a zip archive", 1.0);
}

Test(docx, empty_input_is_an_input_error)
{
    kg_reading r = {0};
    kg_error err = {0};
    cr_expect_eq(kg_read_docx("e.docx", (const unsigned char *)"", 0, &r, &err),
                 KG_ERR_INPUT);
    /* libzip takes no bytes for an empty archive */
    cr_expect_str_eq(err.msg, "e.docx: not a DOCX file: no word/document.xml");
    kg_reading_free(&r);
}

Test(docx, zip_without_word_document_is_not_a_docx)
{
    const char *names[] = {"[Content_Types].xml", "xl/workbook.xml"};
    const char *contents[] = {"<Types/>", "<workbook/>"};
    size_t sizes[] = {8, 11};
    cr_assert_eq(kg_test_build_zip(kg_test_tmp_path("sheet.docx"), names, contents, sizes, 2), 0);
    expect_refused("sheet.docx", "not a DOCX file: no word/document.xml", 1.0);
}

Test(docx, malformed_document_xml_is_an_input_error_with_line)
{
    const char *names[] = {"word/document.xml"};
    const char *contents[] = {"<?xml version=\"1.0\"?>\n<w:document>\n<w:body>\n"
                              "</w:document>\n"};
    size_t sizes[] = {strlen(contents[0])};
    cr_assert_eq(kg_test_build_zip(kg_test_tmp_path("bad.docx"), names, contents, sizes, 1), 0);
    expect_refused("bad.docx", "bad XML in word/document.xml: line 4: Opening and "
                   "ending tag mismatch: body line 3 and document", 1.0);
}

Test(docx, libxml2_messages_stay_off_stderr_and_handlers_are_restored)
{
    const char *names[] = {"word/document.xml"};
    const char *contents[] = {"<w:document><unclosed></w:document>"};
    size_t sizes[] = {strlen(contents[0])};
    cr_assert_eq(kg_test_build_zip(kg_test_tmp_path("bad.docx"), names, contents, sizes, 1), 0);
    xmlSetStructuredErrorFunc((void *)kg_test_tmpdir(), NULL);
    fflush(stderr);
    int saved = dup(2);
    int fd = open(kg_test_tmp_path("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    cr_assert(saved >= 0 && fd >= 0);
    dup2(fd, 2);
    kg_status st;
    kg_error err;
    kg_reading r = read_file(kg_test_tmp_path("bad.docx"), &st, &err, NULL);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    close(fd);
    size_t len;
    unsigned char *printed = kg_test_slurp(kg_test_tmp_path("stderr"), &len);
    cr_expect_eq(st, KG_ERR_INPUT);
    cr_expect_eq(len, 0, "printed: %s", printed);
    cr_expect_eq(xmlStructuredErrorContext, (void *)kg_test_tmpdir());
    free(printed);
    kg_reading_free(&r);
}

/* ---- hostile files ---------------------------------------------------------------------- */

Test(docx, zip_bomb_stating_its_size_is_refused_before_inflating)
{
    /* 1.2 GB of zeros in a 7.5 MB deflate stream. */
    kg_test_bomb_entry e[] = {{"word/document.xml", (uint64_t)1288490189, -1}};
    cr_assert_eq(kg_test_build_zip_bomb(kg_test_tmp_path("bomb.docx"), e, 1), 0);
    expect_refused("bomb.docx", "refused: word/document.xml would decompress to "
                   "1.2 GB (limit 200 MB)", 1.0);
}

Test(docx, zip_bomb_lying_about_its_size_stops_past_the_stated_size)
{
    /* 300 MB of zeros whose headers say 1 MB. */
    kg_test_bomb_entry e[] = {{"word/document.xml", (uint64_t)300 << 20, 1 << 20}};
    cr_assert_eq(kg_test_build_zip_bomb(kg_test_tmp_path("liar.docx"), e, 1), 0);
    expect_refused("liar.docx", "refused: word/document.xml decompresses to more "
                   "than the 1048576 bytes its header states", 1.0);
}

Test(docx, parts_past_the_limit_together_are_refused_before_inflating)
{
    kg_test_bomb_entry e[] = {{"word/document.xml", (uint64_t)150 << 20, -1},
                              {"word/footnotes.xml", (uint64_t)150 << 20, -1}};
    cr_assert_eq(kg_test_build_zip_bomb(kg_test_tmp_path("pair.docx"), e, 2), 0);
    expect_refused("pair.docx", "refused: its parts would decompress to 300 MB "
                   "together (limit 200 MB)", 1.0);
}

Test(docx, external_entity_is_not_expanded_and_the_dtd_refused)
{
    const char *names[] = {"word/document.xml"};
    const char *contents[] = {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM "
        "\"file:///etc/passwd\">]>\n<w:document xmlns:w=\"http://schemas."
        "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
        "<w:t>&x;</w:t></w:r></w:p></w:body></w:document>"};
    size_t sizes[] = {strlen(contents[0])};
    cr_assert_eq(kg_test_build_zip(kg_test_tmp_path("xxe.docx"), names, contents, sizes, 1), 0);
    kg_status st;
    kg_error err;
    kg_reading r = read_file(kg_test_tmp_path("xxe.docx"), &st, &err, NULL);
    cr_expect_eq(st, KG_ERR_INPUT);
    cr_expect_null(strstr(kg_sink_cstr(&r.text), "root:"));
    cr_expect_null(strstr(err.msg, "root:"));
    char want[600];
    snprintf(want, sizeof want, "%s: refused: word/document.xml declares a DTD "
             "(not allowed in a DOCX)", kg_test_tmp_path("xxe.docx"));
    cr_expect_str_eq(err.msg, want);
    kg_reading_free(&r);
}

Test(docx, billion_laughs_is_refused_fast)
{
    static char doc[4096];
    size_t n = (size_t)snprintf(doc, sizeof doc,
                                "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n"
                                "<!ENTITY l0 \"lol\">\n");
    for (int i = 1; i <= 9; i++)
        n += (size_t)snprintf(doc + n, sizeof doc - n,
                              "<!ENTITY l%d \"&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;"
                              "&l%d;&l%d;&l%d;\">\n", i, i - 1, i - 1, i - 1, i - 1,
                              i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
    snprintf(doc + n, sizeof doc - n,
             "]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
             "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r>"
             "</w:p></w:body></w:document>");
    const char *names[] = {"word/document.xml"};
    const char *contents[] = {doc};
    size_t sizes[] = {strlen(doc)};
    cr_assert_eq(kg_test_build_zip(kg_test_tmp_path("lol.docx"), names, contents, sizes, 1), 0);
    kg_status st;
    kg_error err;
    double took;
    kg_reading r = read_file(kg_test_tmp_path("lol.docx"), &st, &err, &took);
    cr_expect_eq(st, KG_ERR_INPUT);
    cr_expect_eq(r.text.n, 0);
    cr_expect_lt(took, 1.0, "took %.2f s", took);
    char want[600];
    snprintf(want, sizeof want, "%s: ", kg_test_tmp_path("lol.docx"));
    cr_expect_eq(strncmp(err.msg, want, strlen(want)), 0, "%s", err.msg);
    kg_reading_free(&r);
}

/* ---- through kg_doc ---------------------------------------------------------------------- */

Test(docx, doc_read_file_finds_the_citations_of_a_docx)
{
    build_fixture(kg_test_tmp_path("kst-36903-4.docx"));
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file(kg_test_tmp_path("kst-36903-4.docx"), &err);
    cr_assert_not_null(doc, "%s", err.msg);
    size_t len;
    const char *text = kg_doc_text(doc, &len);
    if (len >= 4 && memcmp(text, "PK\x03\x04", 4) == 0) {
        kg_doc_free(doc);
        cr_skip_test("kg_doc_read_file does not use the readers yet");
    }
    char got[2048] = "";
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *ref = kg_doc_ref(doc, i);
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s %s %u:%u fn%u%s\n",
                 kg_ref_kind_name(ref->kind), ref->id, ref->line, ref->col,
                 ref->footnote, ref->marker_copy ? " copy" : "");
    }
    /* What the text fixture gives, on the lines of the DOCX reading. */
    cr_expect_str_eq(got, "self kst-36903-4 0:0 fn0\n"
                          "motie motie:sneller+vermeer 7:40 fn0\n"
                          "kamerstuk kst-31490-392 9:58 fn0\n"
                          "brief kst-31490-359 9:91 fn0\n"
                          "kamerstuk kst-31490-359 9:119 fn1 copy\n"
                          "kamerstuk kst-31490-359 9:142 fn1\n"
                          "vraag kst-36903-4#lid-vermeer 13:1 fn0\n"
                          "kamerstuk kst-36901-3 13:72 fn0\n");
    kg_doc_free(doc);
}
