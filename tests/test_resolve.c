/* Resolution rules of the document model (issue 4), each on a small
 * letter: letters by date, motions by name, footnotes, blocks, and the
 * traps (same date twice, same submitters twice, footnote numbers that
 * look like years' digits). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kamergraph/kamergraph.h"
#include "tmpdir.h"
#include "resolve.h"                /* the work counter of the long-line test */

/* "kind id [resolved_by] line:col" per reference, marker copies marked
 * with a '*'. */
static void resolved(const char *text, char *out, size_t n)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.txt", text, strlen(text), &err);
    cr_assert_not_null(doc, "%s", err.msg);
    out[0] = '\0';
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        size_t used = strlen(out);
        snprintf(out + used, n - used, "%s%s %s%s%s%s %u:%u\n", r->marker_copy ? "*" : "",
                 kg_ref_kind_name(r->kind), r->id, r->resolved_by ? " [" : "",
                 r->resolved_by ? kg_resolution_name(r->resolved_by) : "",
                 r->resolved_by ? "]" : "",
                 r->line, r->col);
    }
    kg_doc_free(doc);
}

/* The document model of text, as kg_doc_write_model writes it. */
static void model_of(const char *text, char *buf, size_t n)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.txt", text, strlen(text), &err);
    cr_assert_not_null(doc, "%s", err.msg);
    memset(buf, 0, n);
    FILE *f = fmemopen(buf, n - 1, "w");
    cr_assert_eq(kg_doc_write_model(doc, f, &err), KG_OK);
    fclose(f);
    kg_doc_free(doc);
}

static void expect(const char *text, const char *want)
{
    char got[4096];
    resolved(text, got, sizeof got);
    cr_expect_str_eq(got, want, "input:\n%s\n got:\n%s want:\n%s", text, got, want);
}

/* ---- letters cited by date ----------------------------------------------- */

Test(brief, tied_by_the_citation_after_it_and_followed_by_later_mentions)
{
    expect("In de Kamerbrief van 14 maart 2025 (Kamerstuk 31490-359) staat het.\n"
           "Zoals de brief van 14 maart meldt, gaan we door.\n",
           "brief kst-31490-359 [inline] 1:7\n"
           "kamerstuk kst-31490-359 1:37\n"
           "brief kst-31490-359 [date-alias] 2:10\n");
}

Test(brief, several_dates_tie_pairwise)
{
    expect("In de brieven van 14 maart en 3 oktober 2025 (Kamerstukken 31490-359 en 31490-391) staat het.",
           "brief kst-31490-359 [inline] 1:7\n"
           "brief kst-31490-391 [inline] 1:31\n"
           "kamerstuk kst-31490-359 1:47\n"
           "kamerstuk kst-31490-391 1:73\n");
}

Test(brief, a_footnote_on_the_date_gives_its_number)
{
    expect("de Kamerbrieven van 8 mei 2024[footnoteRef:1]? [1:  Kamerstuk 31 490, nr. 337 ]\n"
           "In de brief van 8 mei worden vijf lijnen genoemd.\n",
           "brief kst-31490-337 [footnote] 1:4\n"
           "*kamerstuk kst-31490-337 [footnote] 1:31\n"
           "kamerstuk kst-31490-337 1:53\n"
           "brief kst-31490-337 [date-alias] 2:7\n");
}

Test(brief, jl_and_missing_years_come_from_the_document_date)
{
    expect("Datum 3 februari 2026\nIn mijn brief van 30 januari jl. en de brief van 8 mei staat het.",
           "brief brief:2026-01-30 2:9\nbrief brief:2025-05-08 2:40\n");
}

Test(brief, an_undated_letter_cannot_know_jl)
{
    expect("In mijn brief van 30 januari jl. staat het.", "brief brief:\?\?\?\?-01-30 1:9\n");
}

Test(brief, two_letters_of_one_date_on_different_dossiers_stay_apart)
{
    /* one document ties each date once; nothing merges them */
    expect("De brief van 25 oktober 2024 (Kamerstuk 31490-347) en de brief van 25 oktober 2024 (Kamerstuk 30950-424).",
           "brief kst-31490-347 [inline] 1:4\nkamerstuk kst-31490-347 1:31\n"
           "brief kst-30950-424 [inline] 1:58\nkamerstuk kst-30950-424 1:85\n");
}

/* ---- motions --------------------------------------------------------------- */

Test(motie, two_numbered_motions_of_the_same_members_stay_two)
{
    expect("De motie-Jansen (Kamerstuk 36 901, nr. 7) en de motie-Jansen (Kamerstuk 36 901, nr. 9).",
           "motie kst-36901-7 1:4\nmotie kst-36901-9 1:49\n");
}

Test(motie, deze_motie_is_the_motion_just_named)
{
    expect("De motie-Jansen (Kamerstuk 36 901, nr. 7) vraagt meer. Deze motie voer ik uit.",
           "motie kst-36901-7 1:4\nmotie kst-36901-7 [earlier-mention] 1:56\n");
}

Test(motie, de_motie_in_the_next_sentence_is_motions_in_general)
{
    expect("Ik steun de motie-Bikker. Ook daarna is de motie een goed instrument.",
           "motie motie:bikker 1:13\n");
}

Test(motie, glued_pdf_footnote_gives_the_number)
{
    expect("Uw Kamer heeft in een motie8 gevraagd om een plan.\n"
           "8 Kamerstuk 30 196, nr. 612\n",
           "motie kst-30196-612 [footnote] 1:19\n*kamerstuk kst-30196-612 [footnote] 1:28\n"
           "kamerstuk kst-30196-612 2:3\n");
}

/* ---- a PDF's wrapped lines: a capital after the break goes on the sentence ---- */

Test(wrap, a_motion_takes_the_number_after_its_subject_over_a_wrapped_line)
{
    expect("Met deze brief geef ik uitvoering aan de motie van het lid Van der Molen c.s. over een\n"
           "Raad voor de rechtspraak (Kamerstuk 35570-VII-40), zoals ik in het debat heb toegezegd\n"
           "aan uw Kamer.\n",
           "motie kst-35570-VII-40 1:42\n");
}

Test(wrap, a_short_line_ends_its_sentence_before_a_capital)
{
    /* a list entry that a writer ended, not a wrapped line */
    expect("Motie van het lid Kuiken over de opvang\n"
           "Reactie op het verzoek (Kamerstuk 35570-VII-40)\n",
           "motie motie:kuiken 1:1\nkamerstuk kst-35570-VII-40 2:25\n");
}

Test(wrap, a_dated_letter_ties_to_its_number_over_a_wrapped_line)
{
    expect("Mijn voorganger heeft deze vraag al beantwoord in de Kamerbrief over de Aanpak van\n"
           "Discriminatie van 14 april 2025 (Kamerstuk 30950-451); ik verwijs u graag naar die brief\n"
           "voor de details.\n",
           "brief kst-30950-451 [inline] 1:54\nkamerstuk kst-30950-451 2:34\n");
}

Test(wrap, a_motion_broken_after_its_hyphen_takes_the_footnote_that_ends_its_subject)
{
    expect("Ook de motie-\n"
           "Bromet/Sneller over openbaarheid van adviezen van de landsadvocaat4 wordt\n"
           "meegenomen.\n"
           "4 Kamerstuk 35 570 VII, nr. 45\n",
           "motie kst-35570-VII-45 [footnote] 1:8\n*kamerstuk kst-35570-VII-45 [footnote] 2:67\n"
           "kamerstuk kst-35570-VII-45 4:3\n");
}

Test(wrap, a_marker_glued_to_a_capitalised_word_after_a_wrapped_line_numbers_the_motion)
{
    expect("Ik doe daarmee de toezegging gestand die ik gedaan heb in het commissiedebat en geef\n"
           "uitvoering aan de motie van het lid Van der Molen c.s. over een meerjarenplan\n"
           "Informatiehuishouding1. Daarover later meer.\n"
           "1 Kamerstuk 35 570 VII, nr. 40\n",
           "motie kst-35570-VII-40 [footnote] 2:19\n*kamerstuk kst-35570-VII-40 [footnote] 3:22\n"
           "kamerstuk kst-35570-VII-40 4:3\n");
}

Test(brief, a_footnote_marker_glued_to_the_year_gives_the_number)
{
    expect("In mijn brief van 12 januari 20213 heb ik dat uiteengezet.\n"
           "3Kamerstuk 29 247, nr. 315.\n",
           "brief kst-29247-315 [footnote] 1:9\n*kamerstuk kst-29247-315 [footnote] 1:34\n"
           "kamerstuk kst-29247-315 2:2\n");
}

/* ---- footnotes: traps ------------------------------------------------------- */

Test(footnote, digits_glued_to_a_year_are_a_marker_only_if_that_footnote_exists)
{
    expect("Dat is in 2021.4 vastgelegd.\n4 Kamerstuk 35 300, nr. 12\n",
           "*kamerstuk kst-35300-12 [footnote] 1:16\nkamerstuk kst-35300-12 2:3\n");
    expect("Dat is in 2024 vastgelegd.\n4 Kamerstuk 35 300, nr. 12\n",
           "kamerstuk kst-35300-12 2:3\n");
}

/* ---- blocks ------------------------------------------------------------------- */

Test(block, references_know_their_question_answer_or_section)
{
    const char *t = "A. Werkgeverschap\nVraag 1\nWat staat in Kamerstuk 31490-359?\n"
                    "Antwoord op vragen 1 en 2\nZie Kamerstuk 31490-391.\n";
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.txt", t, strlen(t), &err);
    cr_assert_eq(kg_doc_ref_count(doc), 2);
    cr_expect_str_eq(kg_doc_ref(doc, 0)->block, "t#vraag-1");
    cr_expect_str_eq(kg_doc_ref(doc, 1)->block, "t#antwoord-1");
    kg_doc_free(doc);
}

Test(block, the_model_links_a_combined_answer_to_both_questions)
{
    const char *t = "Vraag 6\nEen?\nVraag 7\nTwee?\nAntwoord op vragen 6 en 7\nJa.\n";
    char buf[1024];
    model_of(t, buf, sizeof buf);
    cr_expect_str_eq(buf, "block\t1\tquestion\t6\t-\t-\t5\n"
                          "block\t3\tquestion\t7\t-\t-\t5\n"
                          "block\t5\tanswer\t6,7\n");
}

Test(vraag, op_pagina_picks_the_members_question_on_that_page)
{
    expect("Vragen van het lid Vermeer, Henk (BBB)\nVraag:\nEen?\nAntwoord:\nJa.\n"
           "Tweede Kamer, vergaderjaar 2023-2024, 36 410 VII, nr. 88 1\n"
           "Vraag:\nTwee?\nAntwoord:\nNee.\n"
           "Tweede Kamer, vergaderjaar 2023-2024, 36 410 VII, nr. 88 2\n"
           "Zie antwoord op vraag van het lid Vermeer (BBB) op pagina 2.\n",
           "self kst-36410-VII-88 6:1\nself kst-36410-VII-88 11:1\n"
           "vraag kst-36410-VII-88#vraag-2 12:1\n");
}

Test(block, a_fraction_block_asks_its_questions)
{
    const char *t = "Vragen en opmerkingen van de leden van de D66-fractie\n"
                    "1. De leden van de D66-fractie vragen of dit klopt, en zo ja, waarom de minister dat niet eerder heeft gemeld.\nAntwoord\nJa.\n";
    char buf[1024];
    model_of(t, buf, sizeof buf);
    cr_expect_str_eq(buf, "block\t1\tmember\tfractie\tD66\n"
                          "block\t2\tquestion\t1\tfractie\tD66\t3\n"
                          "block\t3\tanswer\t1\n");
}

Test(meta, a_letter_on_one_line_has_its_subject_up_to_the_salutation)
{
    /* text flattened to one line: the Betreft line is the whole letter */
    const char *t = "Datum 5 maart 2025 Betreft Voortgang rijksdienst (Kamerstuk 31490-359) "
                    "Geachte voorzitter, In de brief (Kamerstuk 31490-391) staat het.\n";
    char buf[1024];
    model_of(t, buf, sizeof buf);
    cr_expect_str_eq(buf, "meta\tdate\t2025-03-05\n"
                          "meta\tsubject\tVoortgang rijksdienst (Kamerstuk 31490-359)\n");
}

Test(meta, an_answer_is_numbered_by_its_head_and_its_footers_are_furniture)
{
    const char *t = "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023\xe2\x80\x93" "2024\n"
                    "Aanhangsel van de Handelingen\nVragen gesteld door de leden der Kamer, met de "
                    "daarop door de regering gegeven antwoorden\n2271\nVraag 1\nEen?\nAntwoord 1\n"
                    "Ja, zie Kamerstuk 31490-359.\nTweede Kamer, vergaderjaar 2023\xe2\x80\x93"
                    "2024, Aanhangsel 1\n";
    expect(t, "self ah-tk-20232024-2271 1:1\nkamerstuk kst-31490-359 9:9\n"
              "self ah-tk-20232024-2271 10:1\n");
    char buf[1024];
    model_of(t, buf, sizeof buf);
    cr_expect(strstr(buf, "furniture\t") != NULL, "the answer's footer is page furniture:\n%s", buf);
}

/* ---- page furniture ------------------------------------------------------------ */

Test(furniture, a_page_footer_inside_a_sentence_is_cut_out_and_still_tells_identity)
{
    expect("Uw Kamer nam de motie-Jansen\n"
           "Tweede Kamer, vergaderjaar 2023-2024, 36 410 VII, nr. 88 3\n"
           "c.s. (Kamerstuk 36 901, nr. 7) aan.\n",
           "motie kst-36901-7 1:17\nself kst-36410-VII-88 2:1\n");
}

Test(furniture, a_repeated_letter_head_is_furniture_the_first_is_metadata)
{
    const char *t = "Datum 24 april 2026\nOnze referentie 2026-0000182395\nTekst loopt\n\n"
                    "Datum\n\n24 april 2026\n\nOnze referentie\n\n2026-0000182395\n\ndoor.\n";
    char buf[1024];
    model_of(t, buf, sizeof buf);
    cr_expect_str_eq(buf, "meta\tdate\t2026-04-24\nmeta\treference\t2026-0000182395\n"
                          "furniture\t5\t11\thead\n");
}

/* ---- cost ---------------------------------------------------------------------- */

/* Every motion asks whether a footnote marker follows on its line. Reading
 * to the line end for each made one 2 MB line of motions take half a
 * minute; count the bytes read instead of timing, so that a slow machine
 * cannot fail the test nor a fast one hide the quadratic. */
Test(cost, motions_on_one_long_line_read_that_line_once)
{
    static const char motion[] = "De motie-Jansen/De Vries is aangenomen. ";
    enum { N = 2000 };
    size_t mlen = sizeof motion - 1;
    char *text = kg_test_repeat(motion, N, 0);
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.txt", text, N * mlen, &err);
    cr_assert_not_null(doc, "%s", err.msg);

    resolver R;
    cr_assert_eq(kg_resolver_init(&R, doc), 0);
    size_t motions = 0;
    for (size_t i = 0; i < doc->ncites; i++)
        if (doc->cites[i].kind == KG_CITE_MOTIE) {
            cr_expect_null(kg_footnote_number(&R, i, doc->cites[i].end));
            motions++;
        }
    cr_expect_eq(motions, N);
    cr_expect_leq(R.work.bytes, doc->text.norm_len, "read %zu bytes of a %zu-byte line",
                  R.work.bytes, doc->text.norm_len);
    kg_resolver_release(&R);
    kg_doc_free(doc);
    free(text);
}

/* One line as a Word export of a letter that is one paragraph gives: n
 * markers "een motie[footnoteRef:i]", then their bodies, each citing one
 * Kamerstuk. */
static char *notes_on_one_line(size_t n)
{
    size_t cap = n * 64 + 1, len = 0;
    char *text = malloc(cap);
    cr_assert_not_null(text);
    for (size_t i = 1; i <= n; i++)
        len += (size_t)snprintf(text + len, cap - len, "een motie[footnoteRef:%zu] ", i);
    for (size_t i = 1; i <= n; i++)
        len += (size_t)snprintf(text + len, cap - len, "[%zu: Kamerstuk 31490, nr. %zu ]", i, i);
    return text;
}

static kg_doc *read_text(const char *text)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.txt", text, strlen(text), &err);
    cr_assert_not_null(doc, "%s", err.msg);
    return doc;
}

/* The document of a text made for the test, which it frees. */
static kg_doc *read_made(char *text)
{
    kg_doc *doc = read_text(text);
    free(text);
    return doc;
}

/* A reference in a footnote is repeated at its marker, back on the line:
 * a memo of the last position counted the line again for each, and a
 * 1 MB line of footnotes took 20 s. */
Test(cost, positions_on_one_long_line_count_a_step_each)
{
    enum { N = 2000 };
    char *text = notes_on_one_line(N);
    kg_doc *doc = read_text(text);
    cr_expect_geq(doc->nrefs, 2 * N);
    size_t most = (doc->nrefs + doc->nmarkup) * KG_COL_STEP;
    cr_expect_leq(doc->text.work.bytes, most, "counted %zu bytes for %zu references",
                  doc->text.work.bytes, doc->nrefs);
    kg_doc_free(doc);
    free(text);
}

/* A resolver on a line of n footnotes, with what it holds. */
typedef struct {
    char *text;
    kg_doc *doc;
    resolver R;
} notes_line;

static void notes_line_open(notes_line *L, size_t n)
{
    L->text = notes_on_one_line(n);
    L->doc = read_text(L->text);
    cr_assert_eq(kg_resolver_init(&L->R, L->doc), 0);
}

static void notes_line_close(notes_line *L)
{
    kg_resolver_release(&L->R);
    kg_doc_free(L->doc);
    free(L->text);
}

/* Each footnote's Kamerstuk was found by walking every citation of the
 * document: searched by position now. */
Test(cost, a_footnotes_kamerstuk_is_searched_not_walked)
{
    enum { N = 2000 };
    notes_line L;
    notes_line_open(&L, N);
    cr_assert_eq(L.doc->model.nnotes, N);
    for (size_t i = 0; i < N; i++)
        cr_expect_not_null(kg_note_citation(&L.R, &L.doc->model.notes[i]));
    cr_expect_leq(L.R.work.looked, (size_t)N * 32, "read %zu entries for %d footnotes", L.R.work.looked, N);
    notes_line_close(&L);
}

/* Every motion and dated letter asks where its sentence starts; on a line
 * without full stops reading back to the line start for each was
 * quadratic. */
Test(cost, sentence_starts_are_searched_not_read_back)
{
    notes_line L;
    notes_line_open(&L, 2000);
    for (size_t i = 0; i < L.doc->ncites; i++)
        cr_expect_eq(kg_sentence_start(&L.R, L.doc->cites[i].start), 0);
    cr_expect_leq(L.R.work.looked, L.doc->ncites * 32, "read %zu entries for %zu citations",
                  L.R.work.looked, L.doc->ncites);
    notes_line_close(&L);
}

/* Each marker looked for its body through the citations after it, and
 * read the body to its end again: with the markers first and the bodies
 * after them on one line, quadratic; and so were the lookups of the note
 * holding a reference or marked after it, which walked all notes. */
Test(cost, footnotes_are_paired_and_found_by_search)
{
    notes_line L;
    notes_line_open(&L, 2000);
    const kg_model *m = &L.doc->model;
    cr_assert_eq(m->nnotes, 2000);
    cr_expect_leq(m->work.looked, L.doc->text.norm_len + m->nnotes * 32,
                  "read %zu for %zu footnotes", m->work.looked, m->nnotes);
    ((kg_model *)m)->work.looked = 0;
    for (size_t i = 0; i < m->nnotes; i++) {
        const kg_footnote *f = &m->notes[i];
        cr_expect_eq(kg_model_note_marked_at(m, f->mark_start, f->mark_end), f);
        cr_expect_eq(kg_model_note_holding(m, f->body_start), f);
    }
    cr_expect_leq(m->work.looked, m->nnotes * 64, "read %zu for %zu footnotes", m->work.looked,
                  m->nnotes);
    notes_line_close(&L);
}

/* Many markers of one footnote share its body: it is read once. */
Test(cost, a_shared_footnote_body_is_read_once)
{
    enum { N = 2000 };
    static const char mark[] = "een motie[footnoteRef:1] ";
    size_t mlen = sizeof mark - 1, body = 100000;
    char *text = kg_test_repeat(mark, N, body + 64);
    size_t len = N * mlen + (size_t)sprintf(text + N * mlen, "[1: Kamerstuk 31490, nr. 1 ");
    memset(text + len, 'x', body);
    strcpy(text + len + body, " ]");
    kg_doc *doc = read_text(text);
    cr_expect_eq(doc->model.nnotes, N);
    cr_expect_leq(doc->model.work.looked, doc->text.norm_len + (size_t)N * 32, "read %zu",
                  doc->model.work.looked);
    kg_doc_free(doc);
    free(text);
}

/* ---- the questions: searched per reference, not walked ------------------------ */

/* The model of doc with its count of entries read set to 0: what the test
 * counts after is its own lookups. */
static kg_model *model_counted_anew(kg_doc *doc)
{
    doc->model.work.looked = 0;
    return &doc->model;
}

/* A text of n parts: part(out, room, i) writes the i-th (from 1) and
 * says how long it is, as snprintf does. */
static char *made_text(size_t n, size_t room, int (*part)(char *, size_t, size_t))
{
    size_t cap = n * room + 1, len = 0;
    char *text = malloc(cap);
    cr_assert_not_null(text);
    text[0] = '\0';
    for (size_t i = 1; i <= n; i++) {
        len += (size_t)part(text + len, cap - len, i);
        cr_assert_lt(len, cap, "part %zu does not fit", i);
    }
    return text;
}

/* Question i, its answer pointing at the question before it, as a letter
 * answering thousands of written questions has them. */
static int numbered_question(char *out, size_t room, size_t i)
{
    return snprintf(out, room,
                    "Vraag %zu\nKan de minister iets zeggen over punt %zu?\n\n"
                    "Antwoord %zu\nZie antwoord op vraag %zu.\n\n",
                    i, i, i, i > 1 ? i - 1 : 1);
}


/* The graph asks for the question of each "#vraag-N" reference: walking
 * the blocks for each made such a letter quadratic. */
Test(cost, a_question_by_number_is_searched)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 128, numbered_question));
    kg_model *m = model_counted_anew(doc);
    for (unsigned n = 1; n <= N; n++) {
        const kg_block *q = kg_model_question(m, n);
        cr_assert_not_null(q);
        cr_expect_eq(q->n, n);
    }
    cr_expect_null(kg_model_question(m, N + 1));
    cr_expect_leq(m->work.looked, (size_t)N * 32, "read %zu blocks for %d questions", m->work.looked, N);
    kg_doc_free(doc);
}

/* How many references of doc are of kind k. */
static size_t refs_of_kind(const kg_doc *doc, kg_ref_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < doc->nrefs; i++)
        n += doc->refs[i].kind == k;
    return n;
}

/* The resolver read 32 entries for each of n things at most. */
static void expect_resolver_linear(const kg_doc *doc, size_t n, const char *things)
{
    cr_expect_leq(doc->work.looked, n * 32, "read %zu entries for %zu %s", doc->work.looked, n, things);
}

/* Each "vraag N" asks whether question N exists: the highest number was
 * found by walking every block, each time. */
Test(cost, the_highest_question_number_is_known_once)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 128, numbered_question));
    cr_expect_eq(refs_of_kind(doc, KG_REF_VRAAG), N);
    cr_expect_str_eq(doc->refs[doc->nrefs - 1].id, "t#vraag-4999");
    expect_resolver_linear(doc, N, "references");
    kg_doc_free(doc);
}

Test(block, a_repeated_question_number_is_the_first_in_document_order)
{
    kg_doc *doc = read_text("Vraag 2\nEen?\nAntwoord op vraag 2\nJa.\n"
                            "Vraag 1\nTwee?\nAntwoord op vraag 1\nNee.\n"
                            "Vraag 2\nDrie?\nAntwoord op vraag 2\nMisschien.\n");
    const kg_model *m = &doc->model;
    cr_assert_eq(m->nblocks, 6);
    cr_expect_eq(kg_model_question(m, 2), &m->blocks[0]);
    cr_expect_eq(kg_model_question(m, 1), &m->blocks[2]);
    cr_expect_null(kg_model_question(m, 3));
    cr_expect_null(kg_model_question(m, 0));
    kg_doc_free(doc);
}

/* "Jansen" and a suffix of lower-case letters for i: a name per member. */
static void member_name(size_t i, char *out, size_t n)
{
    char suffix[16];
    size_t k = sizeof suffix - 1;
    suffix[k] = '\0';
    do {
        suffix[--k] = (char)('a' + i % 26);
        i /= 26;
    } while (i && k);
    snprintf(out, n, "Jansen%s", suffix + k);
}

/* Member i asks one question; its answer points at the question of the
 * member before. */
static int member_question(char *out, size_t room, size_t i)
{
    char name[32], before[32];
    member_name(i, name, sizeof name);
    member_name(i > 1 ? i - 1 : 1, before, sizeof before);
    return snprintf(out, room,
                    "Vragen van het lid %s, Piet (PVV)\nVraag 1\nWaarom?\n\n"
                    "Antwoord:\nZie antwoord op vraag van het lid %s (PVV).\n\n",
                    name, before);
}


/* "Zie antwoord op vraag van het lid X" asks for X's questions, and the
 * graph asks for those of each "#lid-x": every block was walked for each. */
Test(cost, a_members_questions_are_searched)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 192, member_question));
    kg_model *m = model_counted_anew(doc);
    size_t asked = 0;
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i], *first;
        if (b->kind != KG_BLOCK_QUESTION)
            continue;
        asked++;
        cr_expect_eq(kg_model_questions_of(m, b->asker_key, &first), 1);
        cr_expect_eq(first, b);
    }
    cr_expect_eq(asked, N);
    cr_expect_leq(m->work.looked, (size_t)N * 32, "read %zu blocks for %d members", m->work.looked, N);
    kg_doc_free(doc);
}

/* One member's questions on `pages` pages, the first page holding one of
 * them, each other `per_page`; then n references "op pagina P". */
static char *paged_questions(size_t pages, size_t per_page, size_t n)
{
    size_t cap = pages * per_page * 32 + pages * 96 + n * 96 + 128, len = 0;
    char *text = malloc(cap);
    cr_assert_not_null(text);
    len += (size_t)snprintf(text, cap, "Vragen van het lid Vermeer, Henk (BBB)\n");
    for (size_t p = 1; p <= pages; p++) {
        for (size_t q = 0; q < (p == 1 ? 1 : per_page); q++)
            len += (size_t)snprintf(text + len, cap - len, "Vraag:\nEen?\nAntwoord:\nJa.\n");
        len += (size_t)snprintf(text + len, cap - len,
                                "Tweede Kamer, vergaderjaar 2023-2024, 36 410 VII, nr. 88 %zu\n", p);
    }
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(text + len, cap - len,
                                "Zie antwoord op vraag van het lid Vermeer (BBB) op pagina %zu.\n",
                                1 + i % pages);
    return text;
}

/* Each such reference walked every block, and asked each question's page. */
Test(cost, a_members_question_on_a_page_is_searched)
{
    enum { PAGES = 10, PER_PAGE = 500, N = 5000 };
    kg_doc *doc = read_made(paged_questions(PAGES, PER_PAGE, N));
    size_t on_page_1 = 0, member = 0;
    for (size_t i = 0; i < doc->nrefs; i++) {
        on_page_1 += strcmp(doc->refs[i].id, "kst-36410-VII-88#vraag-1") == 0;
        member += strcmp(doc->refs[i].id, "kst-36410-VII-88#lid-vermeer") == 0;
    }
    cr_expect_eq(on_page_1, N / PAGES);
    cr_expect_eq(member, N - N / PAGES);
    cr_expect_leq(doc->work.looked, doc->model.nblocks + (size_t)N * 32,
                  "read %zu entries for %d references", doc->work.looked, N);
    kg_doc_free(doc);
}

Test(block, a_members_first_question_is_the_first_in_document_order)
{
    kg_doc *doc = read_text("Vragen van het lid Jansen, Piet (PVV)\nVraag 1\nEen?\nAntwoord:\nJa.\n"
                            "Vragen van het lid Bakker, Ans (VVD)\nVraag 2\nTwee?\nAntwoord:\nJa.\n"
                            "Vragen van het lid Van Jansen, Piet (PVV)\nVraag 3\nDrie?\nAntwoord:\n"
                            "Zie antwoord op vraag van het lid Bakker (VVD). "
                            "Zie antwoord op vraag van het lid Jansen (PVV).\n");
    const kg_model *m = &doc->model;
    const kg_block *first;
    cr_expect_eq(kg_model_questions_of(m, "jansen", &first), 2);
    cr_expect_eq(first, kg_model_question(m, 1));
    cr_expect_eq(kg_model_questions_of(m, "bakker", &first), 1);
    cr_expect_eq(first, kg_model_question(m, 2));
    cr_expect_eq(kg_model_questions_of(m, "vermeer", &first), 0);
    cr_expect_null(first);
    cr_assert_eq(doc->nrefs, 2);
    cr_expect_str_eq(doc->refs[0].id, "t#vraag-2");
    cr_expect_str_eq(doc->refs[1].id, "t#lid-jansen");
    kg_doc_free(doc);
}

/* Every reference asks which question, answer or section holds it, and
 * each question without a member block which fraction its text names:
 * both walked every block, or every citation. */
Test(cost, the_block_holding_a_reference_is_searched)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 128, numbered_question));
    kg_model *m = model_counted_anew(doc);
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        cr_expect_eq(kg_model_block_at(m, b->start), b);
        cr_expect_eq(kg_model_block_at(m, b->end - 1), b);
    }
    cr_expect_leq(m->work.looked, m->nblocks * 32, "read %zu blocks for %zu lookups", m->work.looked,
                  2 * m->nblocks);
    kg_doc_free(doc);
}

/* Building the model of doc read each structure token once at most, and
 * 32 entries for each of n things besides. */
static void expect_model_linear(const kg_doc *doc, size_t n, const char *things)
{
    cr_expect_leq(doc->model.work.looked, doc->nstructures + n * 32, "read %zu for %zu %s",
                  doc->model.work.looked, n, things);
}

/* Question i names the fraction that asks it. */
static int fraction_question(char *out, size_t room, size_t i)
{
    return snprintf(out, room, "Vraag %zu\nDe leden van de D66-fractie vragen naar punt %zu.\n",
                    i, i);
}

Test(cost, the_fraction_of_a_question_is_found_once)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 96, fraction_question));
    const kg_model *m = &doc->model;
    cr_assert_eq(m->nblocks, N);
    cr_expect_str_eq(m->blocks[N - 1].asker, "fractie");
    cr_expect_str_eq(m->blocks[N - 1].party, "D66");
    expect_model_linear(doc, N, "questions");
    kg_doc_free(doc);
}

Test(block, a_question_is_asked_by_the_first_fraction_it_names)
{
    char buf[1024];
    model_of("Vragen van het lid Jansen, Piet (PVV)\nVraag 1\nDe leden van de VVD-fractie ook?\n"
             "A. Werkgeverschap\n"
             "Vraag 2\nDe leden van de D66-fractie en de leden van de VVD-fractie vragen.\n"
             "Vraag 3\nGeen fractie.\n",
             buf, sizeof buf);
    cr_expect_str_eq(buf, "block\t1\tmember\tJansen\tPVV\n"
                          "block\t2\tquestion\t1\tJansen\tPVV\t-\n"
                          "block\t4\tsection\tA\tWerkgeverschap\n"
                          "block\t5\tquestion\t2\tJansen\tPVV\t-\n"
                          "block\t7\tquestion\t3\tJansen\tPVV\t-\n");
    model_of("Vraag 1\nGeen.\nVraag 2\nDe leden van de D66-fractie en de leden van de "
             "VVD-fractie vragen.\nVraag 3\nDe leden van de VVD-fractie.\n",
             buf, sizeof buf);
    cr_expect_str_eq(buf, "block\t1\tquestion\t1\t-\t-\t-\n"
                          "block\t3\tquestion\t2\tfractie\tD66\t-\n"
                          "block\t5\tquestion\t3\tfractie\tVVD\t-\n");
}

/* Question i, numbered as the 50 questions of a member block are, and its
 * answer by number. */
static int answered_question(char *out, size_t room, size_t i)
{
    return snprintf(out, room, "Vraag %zu\nWaarom?\nAntwoord op vraag %zu\nDaarom.\n",
                    (i - 1) % 50 + 1, (i - 1) % 50 + 1);
}

/* "Antwoord op vraag N" looked for question N through all the blocks
 * before it: quadratic in the questions of a letter. */
Test(cost, an_answer_finds_its_questions_by_number)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 64, answered_question));
    const kg_model *m = &doc->model;
    cr_assert_eq(m->nblocks, 2 * N);
    for (size_t i = 0; i < m->nblocks; i += 2)
        cr_expect_eq(m->blocks[i].answer, (long)i + 1);
    expect_model_linear(doc, N, "answers");
    kg_doc_free(doc);
}

Test(block, answers_take_the_questions_no_answer_took_before_them)
{
    char buf[1024];
    model_of("Vraag 1\nEen?\nVraag 2\nTwee?\nAntwoord op vragen 1 en 2\nJa.\n"
             "Vraag 1\nNog een?\nVraag 3\nDrie?\nAntwoord:\nNee.\n"
             "Vraag 2\nWeer?\nAntwoord op vraag 2\nJa.\nVraag 4\nVier?\n"
             "Antwoord op vragen 5 en 3\nNiets.\n",
             buf, sizeof buf);
    cr_expect_str_eq(buf, "block\t1\tquestion\t1\t-\t-\t5\n"
                          "block\t3\tquestion\t2\t-\t-\t5\n"
                          "block\t5\tanswer\t1,2\n"
                          "block\t7\tquestion\t1\t-\t-\t11\n"
                          "block\t9\tquestion\t3\t-\t-\t11\n"
                          "block\t11\tanswer\t1,2,3\n"
                          "block\t13\tquestion\t2\t-\t-\t15\n"
                          "block\t15\tanswer\t2\n"
                          "block\t17\tquestion\t4\t-\t-\t-\n"
                          "block\t19\tanswer\t5\n");
}

/* ---- letters by date: searched per mention, not walked ------------------------ */

/* A letter cited by its date, tied to its number, then again by its day. */
static int dated_letter(char *out, size_t room, size_t i)
{
    static const char *const months[] = {"januari", "februari", "maart", "april", "mei",
                                         "juni", "juli", "augustus", "september",
                                         "oktober", "november", "december"};
    const char *month = months[i / 28 % 12];
    unsigned day = (unsigned)(i % 28 + 1);
    return snprintf(out, room,
                    "De brief van %u %s 2024 (Kamerstuk 31490-%zu) meldt het. "
                    "Zoals de brief van %u %s meldt, gaan we door.\n",
                    day, month, i, day, month);
}

/* Every mention of a date walked all ties for its own and for one of its
 * date, and a day without a year all citations for a mention with one. */
Test(cost, a_letters_date_and_ties_are_searched)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 128, dated_letter));
    size_t tied = 0, aliased = 0;
    for (size_t i = 0; i < doc->nrefs; i++) {
        const kg_ref *r = &doc->refs[i];
        tied += r->kind == KG_REF_BRIEF && r->resolved_by == KG_RESOLVED_INLINE;
        aliased += r->resolved_by == KG_RESOLVED_DATE_ALIAS;
    }
    cr_expect_eq(tied, N);
    cr_expect_eq(aliased, N);
    /* a few searches for each of the 2N mentions */
    cr_expect_leq(doc->work.looked, (size_t)2 * N * 64, "read %zu entries for %d mentions",
                  doc->work.looked, 2 * N);
    kg_doc_free(doc);
}

Test(brief, a_day_takes_the_year_and_the_tie_of_its_first_mention)
{
    /* "3 mei" takes 2023 from the first mention with a year, and so the
     * tie of line 1, not the one of line 2's own 3 mei 2024 */
    expect("De brief van 3 mei (Kamerstuk 31490-1) en de brief van 3 mei 2023 en de brief "
           "van 3 mei 2024.\n"
           "De brief van 3 mei 2024 (Kamerstuk 31490-2) en de brief van 3 mei.\n"
           "Datum 4 juni 2025\n"
           "De brief van 5 mei (Kamerstuk 31490-3) en de brief van 1 juli.\n",
           "brief kst-31490-1 [inline] 1:4\nkamerstuk kst-31490-1 1:21\n"
           "brief kst-31490-1 [date-alias] 1:46\n"
           "brief kst-31490-2 [inline] 2:4\nkamerstuk kst-31490-2 2:26\n"
           "brief kst-31490-1 [date-alias] 2:51\n"
           "brief kst-31490-3 [inline] 4:4\nkamerstuk kst-31490-3 4:21\n"
           "brief brief:2024-07-01 4:46\n");
}

/* ---- motions ------------------------------------------------------------------- */

/* A Kamerstuk and a "deze motie" far after the one motion of the letter. */
static int kamerstuk_and_anaphor(char *out, size_t room, size_t i)
{
    return snprintf(out, room, "%sZie Kamerstuk 31490-%zu. Deze motie voer ik uit.\n",
                    i == 1 ? "De motie-Jansen (Kamerstuk 36 901, nr. 7) vraagt meer.\n" : "", i);
}

/* "Deze motie" read back through all the references for the last motion:
 * with many references after it, quadratic. */
Test(cost, deze_motie_finds_the_last_motion_at_once)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 128, kamerstuk_and_anaphor));
    cr_expect_eq(refs_of_kind(doc, KG_REF_MOTIE), 1);
    expect_resolver_linear(doc, N, "mentions");
    kg_doc_free(doc);
}

Test(motie, deze_motie_is_the_last_motion_named_even_by_deze_motie)
{
    expect("De motie-Jansen (Kamerstuk 36 901, nr. 7) en de motie-Bakker (Kamerstuk 36 901, "
           "nr. 9) vragen meer. Deze motie voer ik uit. Deze motie ook.\n"
           "Zie Kamerstuk 31490-1. Deze motie niet.\n",
           "motie kst-36901-7 1:4\nmotie kst-36901-9 1:49\n"
           "motie kst-36901-9 [earlier-mention] 1:101\n"
           "motie kst-36901-9 [earlier-mention] 1:125\n"
           "kamerstuk kst-31490-1 2:5\n");
}

/* A motion with its number right after it, on one long line. */
static int numbered_motion(char *out, size_t room, size_t i)
{
    return snprintf(out, room, "de motie-Jansen (Kamerstuk 36 901, nr. %zu) en ", i);
}

/* Each such motion asked whether a letter's title names it, reading its
 * sentence up to itself: a long line without full stops, quadratic. */
Test(cost, a_letters_title_is_searched_not_read_back)
{
    enum { N = 5000 };
    kg_doc *doc = read_made(made_text(N, 64, numbered_motion));
    cr_expect_eq(refs_of_kind(doc, KG_REF_MOTIE), N);
    expect_resolver_linear(doc, N, "motions");
    kg_doc_free(doc);
}

Test(motie, a_letter_named_before_it_in_its_sentence_has_the_number)
{
    expect("In de brieven van 3 en 4 mei 2025 over de motie-Jansen (Kamerstuk 36 901, nr. 7) "
           "staat het. De motie-Bakker (Kamerstuk 36 901, nr. 9) ook, zie de brief van de "
           "motie-Vermeer (Kamerstuk 36 901, nr. 11).\n",
           "motie motie:jansen 1:43\nkamerstuk kst-36901-7 1:57\n"
           "motie kst-36901-9 1:96\n"
           "motie motie:vermeer 1:160\nkamerstuk kst-36901-11 1:175\n");
}

/* ---- markup ------------------------------------------------------------------------ */

/* A paragraph of an official XML publication whose markup tags its
 * reference. */
static int tagged_paragraph(char *out, size_t room, size_t i)
{
    return snprintf(out, room,
                    "%s<al>Zie <extref doc=\"kst-31490-%zu\">Kamerstuk 31490-%zu</extref>.</al>\n",
                    i == 1 ? "<?xml version=\"1.0\"?><officiele-publicatie><kamerstuk>" : "", i, i);
}

/* Each tag looked for its reference through all the references found. */
Test(cost, the_reference_a_tag_marks_is_searched)
{
    enum { N = 5000 };
    char *text = made_text(N + 1, 128, tagged_paragraph);
    strcat(text, "</kamerstuk></officiele-publicatie>\n");
    kg_doc *doc = read_made(text);
    cr_assert_eq(doc->nmarkup, N + 1);
    cr_expect_eq(refs_of_kind(doc, KG_REF_KAMERSTUK), N + 1);
    cr_expect_eq(doc->refs[N].resolved_by, KG_RESOLVED_MARKUP);
    expect_resolver_linear(doc, N, "tags");
    kg_doc_free(doc);
}

/* A tag over several references marks the first found: of a range, the
 * citation itself; of a motion numbered by the tagged citation, the motion. */
Test(markup, a_tag_marks_the_first_reference_it_covers)
{
    const char *xml =
        "<?xml version=\"1.0\"?><officiele-publicatie><kamerstuk><al>Zie "
        "<extref doc=\"kst-31490-4\">Kamerstukken 31490, nrs. 4-6</extref> en de motie-Jansen "
        "(<extref doc=\"kst-36901-8\">Kamerstuk 36 901, nr. 7</extref>) en "
        "<extref doc=\"kst-36901-9\">nr. 9</extref>.</al></kamerstuk></officiele-publicatie>";
    char got[1024];
    resolved(xml, got, sizeof got);
    cr_expect_str_eq(got, "kamerstuk kst-31490-4 [markup] 1:5\n"
                          "kamerstuk kst-31490-5 1:32\n"
                          "kamerstuk kst-31490-6 1:32\n"
                          "motie kst-36901-8 [markup] 1:40\n"
                          "kamerstuk kst-36901-9 [markup] 1:82\n");
}
