/*
 * Canonical ids as a type (src/id.c): kg_id_parse reads an id into its
 * parts, kg_id_write spells parts as an id; and how a reference was
 * resolved, an enum written by name (kg_resolution_name).
 */
#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "id.h"

static char *written(const kg_id *id)
{
    static char buf[256];
    kg_id_write(id, buf, sizeof buf);
    return buf;
}

static bool part_is(kg_idpart p, const char *want)
{
    return want ? p.s && p.n == strlen(want) && memcmp(p.s, want, p.n) == 0 : p.s == NULL;
}

Test(id, a_kamerstuk_id_reads_into_dossier_toevoeging_and_number_and_back)
{
    const char *ids[] = {"kst-31490-359", "kst-36410-XVI-12", "kst-21501-32-1740", "kst-36123-B"};
    const char *dossier[] = {"31490", "36410", "21501", "36123"};
    const char *toev[] = {NULL, "XVI", "32", NULL};
    const char *number[] = {"359", "12", "1740", "B"};
    for (size_t i = 0; i < 4; i++) {
        kg_id id;
        kg_id_parse(ids[i], &id);
        cr_expect_eq(id.kind, KG_ID_KAMERSTUK, "%s", ids[i]);
        cr_expect(id.well_formed, "%s", ids[i]);
        cr_expect(part_is(id.dossier, dossier[i]), "%s: dossier", ids[i]);
        cr_expect(part_is(id.toevoeging, toev[i]), "%s: toevoeging", ids[i]);
        cr_expect(part_is(id.number, number[i]), "%s: number", ids[i]);
        cr_expect_str_eq(written(&id), ids[i]);
        cr_expect_str_eq(kg_id_label(ids[i]), ids[i] + 4);
    }
}

Test(id, every_kind_of_id_is_written_from_its_parts)
{
    kg_id dossier = {.kind = KG_ID_DOSSIER, .dossier = kg_idpart_of("36600"),
                     .toevoeging = kg_idpart_of("XVI")};
    cr_expect_str_eq(written(&dossier), "dossier-36600-XVI");
    kg_id h = {.kind = KG_ID_HANDELINGEN, .kamer = kg_idpart_of("tk"),
               .year = kg_idpart_of("20192020"), .number = kg_idpart_of("58")};
    cr_expect_str_eq(written(&h), "h-tk-20192020-58");
    kg_id ah = {.kind = KG_ID_AANHANGSEL, .kamer = kg_idpart_of("tk"),
                .year = kg_idpart_of("20202021"), .number = kg_idpart_of("2671")};
    cr_expect_str_eq(written(&ah), "ah-tk-20202021-2671");
    kg_id stb = {.kind = KG_ID_STB, .year = kg_idpart_of("2020"), .number = kg_idpart_of("123")};
    cr_expect_str_eq(written(&stb), "stb-2020-123");
    kg_id stcrt = {.kind = KG_ID_STCRT, .year = kg_idpart_of("2021"),
                   .number = kg_idpart_of("12345")};
    cr_expect_str_eq(written(&stcrt), "stcrt-2021-12345");
    kg_id motie = {.kind = KG_ID_MOTIE, .key = kg_idpart_of("sneller+vermeer")};
    cr_expect_str_eq(written(&motie), "motie:sneller+vermeer");
    kg_id brief = {.kind = KG_ID_BRIEF, .key = kg_idpart_of("2025-03-14")};
    cr_expect_str_eq(written(&brief), "brief:2025-03-14");
    kg_id ecli = {.kind = KG_ID_ECLI, .key = kg_idpart_of("ECLI:NL:HR:2019:2006")};
    cr_expect_str_eq(written(&ecli), "ECLI:NL:HR:2019:2006");
}

Test(id, the_kind_follows_the_prefix_and_the_rest_reads_back)
{
    const char *ids[] = {"dossier-36600-XVI", "h-tk-20192020-58", "h-tk-20172018-70-6",
                         "ah-ek-20192020-12", "stb-2020-123", "stcrt-2021-12345",
                         "ECLI:NL:HR:2019:2006", "motie:sneller+vermeer", "brief:2025-03-14",
                         "002"};
    const kg_id_kind kinds[] = {KG_ID_DOSSIER, KG_ID_HANDELINGEN, KG_ID_HANDELINGEN,
                                KG_ID_AANHANGSEL, KG_ID_STB, KG_ID_STCRT, KG_ID_ECLI,
                                KG_ID_MOTIE, KG_ID_BRIEF, KG_ID_KEY};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        kg_id id;
        kg_id_parse(ids[i], &id);
        cr_expect_eq(id.kind, kinds[i], "%s", ids[i]);
        cr_expect(id.well_formed, "%s", ids[i]);
        cr_expect_str_eq(written(&id), ids[i]);
    }
    cr_expect_str_eq(kg_id_label("dossier-36600-XVI"), "36600-XVI");
    cr_expect_str_eq(kg_id_label("motie:sneller+vermeer"), "motie:sneller+vermeer");
}

Test(id, what_comes_from_outside_is_a_kamerstuk_id_only_in_its_full_shape)
{
    const char *bad[] = {"kst-", "kst-/", "kst-1-", "kst-36901", "kst--5", "kst-1-2#vraag-3",
                         "kst-a-1", "kst-1-2 ", "xkst-1-2"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_expect_not(kg_is_kst_id(bad[i]), "%s", bad[i]);
    cr_expect(kg_is_kst_id("kst-36410-XVI-12"));
    size_t end = 0;
    cr_expect(kg_is_handelingen_id("h-tk-20172018-70-6", &end));
    cr_expect_eq(end, strlen("h-tk-20172018-70"));
    cr_expect_not(kg_is_handelingen_id("ah-tk-20172018-70-6", &end), "an Aanhangsel has no item");
    cr_expect_not(kg_is_handelingen_id("h-vv-20172018-70", &end));
    cr_expect_not(kg_is_handelingen_id("h-tk-2017201-70", &end));
    cr_expect_not(kg_is_handelingen_id("h-tk-20172018-070", &end));
}

Test(id, a_place_inside_a_document_follows_its_id_after_a_hash)
{
    kg_id id;
    kg_id_parse("kst-36902-2#lid-vermeer", &id);
    cr_expect_eq(id.kind, KG_ID_KAMERSTUK);
    cr_expect(part_is(id.doc, "kst-36902-2"));
    cr_expect_eq(id.place, KG_PLACE_MEMBER);
    cr_expect_str_eq(id.place_name.s, "vermeer");
    cr_expect_str_eq(id.fragment.s, "lid-vermeer");
    kg_id_parse("002#?", &id);
    cr_expect_eq(id.place, KG_PLACE_UNRESOLVED);
    kg_id_parse("002#vraag-3", &id);
    cr_expect_eq(id.place, KG_PLACE_QUESTION);
    cr_expect_str_eq(id.place_name.s, "3");

    kg_id q = {.doc = kg_idpart_of("002"), .place = KG_PLACE_QUESTION, .place_n = 3};
    cr_expect_str_eq(written(&q), "002#vraag-3");
    kg_id a = {.doc = kg_idpart_of("002"), .place = KG_PLACE_ANSWER, .place_n = 12};
    cr_expect_str_eq(written(&a), "002#antwoord-12");
    kg_id s = {.doc = kg_idpart_of("002"), .place = KG_PLACE_SECTION,
               .place_name = kg_idpart_of("a")};
    cr_expect_str_eq(written(&s), "002#sectie-a");
    kg_id u = {.doc = kg_idpart_of("002"), .place = KG_PLACE_UNRESOLVED};
    cr_expect_str_eq(written(&u), "002#?");
    kg_id alone = {.place = KG_PLACE_QUESTION, .place_n = 3};
    cr_expect_str_eq(written(&alone), "vraag-3", "a page's anchor has no '#'");
}

Test(id, writing_cuts_at_the_buffer_and_says_the_whole_length)
{
    char buf[8];
    kg_id id = {.kind = KG_ID_KAMERSTUK, .dossier = kg_idpart_of("31490"),
                .number = kg_idpart_of("359")};
    cr_expect_eq(kg_id_write(&id, buf, sizeof buf), strlen("kst-31490-359"));
    cr_expect_str_eq(buf, "kst-314");
    kg_arena *a = kg_arena_create();
    cr_expect_str_eq(kg_id_format(a, &id), "kst-31490-359");
    kg_arena_free(a);
}

Test(id, the_official_link_of_an_id)
{
    char url[256];
    cr_expect(kg_id_url("dossier-36600-XVI", url, sizeof url));
    cr_expect_str_eq(url, "https://zoek.officielebekendmakingen.nl/dossier/36600-XVI");
    cr_expect(kg_id_url("h-tk-20192020-58", url, sizeof url));
    cr_expect_str_eq(url, "https://zoek.officielebekendmakingen.nl/h-tk-20192020-58.html");
    cr_expect_not(kg_id_url("002#vraag-3", url, sizeof url));
    cr_expect_not(kg_id_url("motie:sneller+vermeer", url, sizeof url));
}

Test(resolution, each_way_of_resolving_is_written_by_its_name_and_read_back)
{
    cr_expect_null(kg_resolution_name(KG_RESOLVED_NONE));
    const char *names[] = {"inline", "footnote", "earlier-mention", "later-mention", "born",
                           "same-number", "debate-dossier", "date-alias", "markup",
                           "corpus-alias"};
    for (int k = 1; k < KG_RESOLVED_COUNT; k++) {
        kg_resolution back = KG_RESOLVED_NONE;
        cr_expect_str_eq(kg_resolution_name((kg_resolution)k), names[k - 1]);
        cr_expect(kg_resolution_parse(names[k - 1], &back));
        cr_expect_eq(back, k);
    }
    kg_resolution r;
    cr_expect_not(kg_resolution_parse("guessed", &r));
    cr_expect_not(kg_resolution_parse(NULL, &r));
}

/* refs --json lines read back (merge, the cache): the name becomes the
 * enum, and a name kamergraph never writes is not a reference of its. */
Test(resolution, json_lines_read_back_the_name_and_refuse_an_unknown_one)
{
    static const char good[] =
        "{\"document\":{\"file\":\"a.txt\",\"id\":\"a\",\"label\":\"a\"}}\n"
        "{\"file\":\"a.txt\",\"line\":1,\"col\":1,\"offset\":0,\"length\":3,\"kind\":\"kamerstuk\","
        "\"id\":\"kst-1-2\",\"text\":\"1-2\",\"resolved_by\":\"footnote\"}\n";
    FILE *in = fmemopen((void *)good, sizeof good - 1, "r");
    kg_json_docs *r = kg_json_docs_open(in, "good.jsonl");
    kg_error err = {0};
    kg_doc *doc = kg_json_docs_next(r, &err);
    cr_assert_not_null(doc, "%s", err.msg);
    cr_expect_eq(kg_doc_ref(doc, 0)->resolved_by, KG_RESOLVED_FOOTNOTE);
    kg_doc_free(doc);
    kg_json_docs_close(r);
    fclose(in);

    static const char bad[] =
        "{\"document\":{\"file\":\"a.txt\",\"id\":\"a\",\"label\":\"a\"}}\n"
        "{\"file\":\"a.txt\",\"line\":1,\"col\":1,\"offset\":0,\"length\":3,\"kind\":\"kamerstuk\","
        "\"id\":\"kst-1-2\",\"text\":\"1-2\",\"resolved_by\":\"guessed\"}\n";
    in = fmemopen((void *)bad, sizeof bad - 1, "r");
    r = kg_json_docs_open(in, "bad.jsonl");
    cr_expect_null(kg_json_docs_next(r, &err));
    cr_expect_str_eq(err.msg, "bad.jsonl:2: not a reference of kamergraph JSON");
    kg_json_docs_close(r);
    fclose(in);
}
