/*
 * Tests for the site (kamergraph/site.h; src/site*.c, src/write_site*.c):
 * the page file names, escaping of hostile letters, the exact links of a
 * small hand-made corpus, footnotes both ways, the meta tag of every page,
 * the folder replaced whole or not at all, determinism, annotate.
 */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "kamergraph/kamergraph.h"
#include "kamergraph/site.h"
#include "site.h" /* kg_site_sentence */
#include "tmpdir.h"

static void site_setup(void)
{
    kg_test_tmpdir_make("/tmp/kg-test-site-XXXXXX");
}

TestSuite(site, .init = site_setup, .fini = kg_test_tmpdir_remove);

/* ---- helpers ---------------------------------------------------------- */

typedef struct {
    const char *name, *text;
} site_letter_src;

/* The graph and the site of letters given as text, as the command line
 * builds them. */
static void site_build(const site_letter_src *src, size_t n, kg_graph **g, kg_site **s)
{
    kg_error err = {0};
    *g = kg_graph_create();
    *s = kg_site_create();
    cr_assert(*g && *s);
    for (size_t i = 0; i < n; i++) {
        kg_doc *doc = kg_doc_read_buffer(src[i].name, src[i].text, strlen(src[i].text), &err);
        cr_assert_not_null(doc, "%s", err.msg);
        cr_assert_eq(kg_graph_add_document(*g, doc, &err), KG_OK, "%s", err.msg);
        cr_assert_eq(kg_site_add_document(*s, doc, &err), KG_OK, "%s", err.msg);
        kg_doc_free(doc);
    }
    cr_assert_eq(kg_graph_resolve_aliases(*g), KG_OK);
}

/* site_build, and the site written into the test's folder "site". */
static char *site_written(const site_letter_src *src, size_t n, kg_graph **g, kg_site **s)
{
    kg_error err = {0};
    char *dir = kg_test_tmp_path("site");
    site_build(src, n, g, s);
    cr_assert_eq(kg_write_site(*s, *g, dir, &err), KG_OK, "%s", err.msg);
    return dir;
}

static void site_examples(kg_graph **g, kg_site **s, const char *only)
{
    static const char *const files[] = {
        "examples/antwoorden-wgo-bzk.txt", "examples/kst-36901-1.txt",
        "examples/kst-36901-2.txt", "examples/kst-36901-3.txt", "examples/kst-36902-1.txt",
    };
    kg_error err = {0};
    *g = kg_graph_create();
    *s = kg_site_create();
    for (size_t i = 0; i < 5; i++) {
        if (only && strcmp(only, files[i]) != 0)
            continue;
        kg_doc *doc = kg_doc_read_file(files[i], &err);
        cr_assert_not_null(doc, "%s (run the tests from the project folder)", err.msg);
        cr_assert_eq(kg_graph_add_document(*g, doc, &err), KG_OK, "%s", err.msg);
        cr_assert_eq(kg_site_add_document(*s, doc, &err), KG_OK, "%s", err.msg);
        kg_doc_free(doc);
    }
    cr_assert_eq(kg_graph_resolve_aliases(*g), KG_OK);
}

static char *site_file(const char *dir, const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return kg_test_slurp(path, NULL);
}

static size_t site_count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* The href values of <a> elements between `from` and `to` (markers in
 * the page), in order, joined by spaces. */
static char *site_hrefs(const char *page, const char *from, const char *to)
{
    const char *p = strstr(page, from), *end = p ? strstr(p, to) : NULL;
    size_t cap = 8192, n = 0;
    char *out = calloc(cap, 1);
    cr_assert(p && end && out, "no %s ... %s in the page", from, to);
    while ((p = strstr(p, "<a ")) != NULL && p < end) {
        const char *h = strstr(p, "href=\"");
        const char *close = strchr(p, '>');
        p = close;
        if (!h || h > close)
            continue;
        h += 6;
        size_t k = strcspn(h, "\"");
        cr_assert(n + k + 2 < cap);
        if (n)
            out[n++] = ' ';
        memcpy(out + n, h, k);
        n += k;
    }
    return out;
}

/* ---- file names --------------------------------------------------------- */

Test(site, file_names_are_safe_and_give_back_the_id)
{
    static const char *const cases[][2] = {
        {"kst-36901-1", "kst-36901-1"},
        {"kst-36800-VII-52", "kst-36800-_vii_-52"},
        {"dossier-36800-VII", "dossier-36800-_vii_"},
        {"motie:sneller+vermeer", "motie~3asneller~2bvermeer"},
        {"motie:anne van der berg+de vries", "motie~3aanne~20van~20der~20berg~2bde~20vries"},
        {"ECLI:NL:HR:2019:2006", "_ecli_~3a_nl_~3a_hr_~3a2019~3a2006"},
        {"brief:2025-10-14", "brief~3a2025-10-14"},
        {"brief:?\?\?\?-01-30", "brief~3a~3f~3f~3f~3f-01-30"},
        {"kst-36902-2#lid-vermeer", "kst-36902-2~23lid-vermeer"},
        {"motie:\xc3\xa7""elik", "motie~3a~c3~a7elik"},
        {"kst-1-17e", "kst-1-17e"},
        {"kst-1-17E", "kst-1-17_e_"},
        {"Brief", "_b_rief"},
        {"a_b~c", "a~5fb~7ec"},
        {"../etc/passwd", "~2e~2e~2fetc~2fpasswd"},
        {".hidden", "~2ehidden"},
        {"con", "~63on"},
        {"CON", "_con_"},
        {"nul", "~6eul"},
        {"com1", "~63om1"},
        {"lpt9", "~6cpt9"},
        {"conference", "conference"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[256], id[256];
        size_t n = kg_site_file_name(cases[i][0], name, sizeof name);
        cr_expect_str_eq(name, cases[i][1], "%s", cases[i][0]);
        cr_expect_eq(n, strlen(cases[i][1]));
        cr_expect(kg_site_file_name_id(name, id, sizeof id), "%s", name);
        cr_expect_str_eq(id, cases[i][0]);
        cr_expect_eq(strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_~"), strlen(name),
                     "%s", name);
    }
}

Test(site, file_names_of_random_ids_are_apart_even_where_case_is_ignored)
{
    /* 20 000 ids of bytes 1..255 (as many capitals and small letters as
     * anything), with many near twins: each name gives its id back, and
     * no two names are equal (names are all small letters, so neither are
     * they equal ignoring case) */
    enum { N = 20000 };
    char (*names)[256] = malloc(N * sizeof *names);
    unsigned seed = 12345;
    cr_assert_not_null(names);
    for (size_t i = 0; i < N; i++) {
        char id[64], back[256];
        size_t len = 1 + (i % 40);
        for (size_t k = 0; k < len; k++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = (seed >> 16) & 0xFF;
            unsigned c = i % 3 == 0 ? (unsigned char)"aAbB:+ #~_"[r % 10] : r ? r : 'x';
            id[k] = (char)c;
        }
        id[len] = '\0';
        size_t n = kg_site_file_name(id, names[i], sizeof names[i]);
        cr_assert_lt(n, sizeof names[i]);
        cr_assert(kg_site_file_name_id(names[i], back, sizeof back), "%s", names[i]);
        cr_assert_str_eq(back, id);
        for (size_t k = 0; k < i; k++)
            if (strcmp(names[k], names[i]) == 0) {
                char other[256];
                cr_assert(kg_site_file_name_id(names[k], other, sizeof other));
                cr_assert_str_eq(other, id, "two ids share the name %s", names[i]);
            }
    }
    free(names);
}

Test(site, long_ids_are_cut_with_a_hash_and_strings_no_id_gives_are_refused)
{
    char a[301], b[301], na[256], nb[256], id[256];
    memset(a, 'x', 300);
    a[300] = '\0';
    memcpy(b, a, sizeof b);
    b[299] = 'y';
    size_t n = kg_site_file_name(a, na, sizeof na);
    kg_site_file_name(b, nb, sizeof nb);
    cr_expect_eq(n, 180 + 2 + 16);
    cr_expect_eq(strncmp(na + 180, "~~", 2), 0, "%s", na);
    cr_expect_str_neq(na, nb);
    cr_expect_not(kg_site_file_name_id(na, id, sizeof id), "a cut name gives no id");
    /* "~41" would be "A", which is named "_a_"; a capital never appears */
    static const char *const bad[] = {"~41", "A", "~4", "_a", "__", "~~", "a.b", "~00x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_expect_not(kg_site_file_name_id(bad[i], id, sizeof id), "%s", bad[i]);
    /* a name that does not fit: its length, and the buffer NUL-terminated */
    cr_expect_eq(kg_site_file_name("motie:sneller+vermeer", na, 8), 25);
    cr_expect_eq(strlen(na), 7);
}

/* ---- hostile text ---------------------------------------------------------- */

static const char hostile[] =
    "Datum 3 maart 2025\n"
    "Betreft <script>alert(\"betreft\")</script> & \"quotes\" 'single'\n"
    "\n"
    "Zie <script>alert(1)</script> en Kamerstuk 31490-359 \" onmouseover=\"alert(2)\" & "
    "<img src=x onerror=alert(3)> 'x' caf\xc3\xa9 \x01 and <!-- --> ]]>.\n";

/* Every '<' in the page opens one of the tags the site writes (or
 * Graphviz, in the picture). */
static void site_only_known_tags(const char *page, const char *what)
{
    static const char *const tags[] = {
        "!DOCTYPE", "html", "head", "meta", "title", "link", "style", "body", "a", "header",
        "nav", "form", "label", "input", "button", "main", "article", "p", "h1", "h2", "h3",
        "dl", "div", "dt", "dd", "time", "code", "section", "span", "b", "br", "i", "sup",
        "ol", "ul", "li", "aside", "q", "mark", "figure", "figcaption", "svg", "g", "polygon",
        "path", "ellipse", "polyline", "text", "footer", "script", "table", "thead", "tbody",
        "tr", "th", "td", "fieldset", "legend", "select", "option", "datalist", "noscript",
        NULL,
    };
    for (const char *p = page; (p = strchr(p, '<')) != NULL; p++) {
        const char *q = p + 1 + (p[1] == '/');
        size_t k = strcspn(q, " >\n/");
        bool known = false;
        for (size_t i = 0; tags[i] && !known; i++)
            known = strlen(tags[i]) == k && strncmp(q, tags[i], k) == 0;
        cr_expect(known, "%s: unexpected tag: %.40s", what, p);
        if (strncmp(p, "<style>", 7) == 0)
            p = strstr(p, "</style>");
    }
}

Test(site, a_hostile_letter_is_escaped_everywhere)
{
    site_letter_src src[] = {{"dir/<b>&\"'x.txt", hostile}};
    kg_graph *g;
    kg_site *s;
    kg_error err = {0};
    char *dir = site_written(src, 1, &g, &s);

    char name[256], file[300];
    kg_site_file_name("<b>&\"'x", name, sizeof name);
    cr_expect_str_eq(name, "~3cb~3e~26~22~27x");
    snprintf(file, sizeof file, "letters/%s.html", name);
    char *page = site_file(dir, file);
    /* the text, the subject and the file name, escaped */
    cr_expect_not_null(strstr(page, "Zie &lt;script&gt;alert(1)&lt;/script&gt; en "));
    cr_expect_not_null(strstr(page, "&quot; onmouseover=&quot;alert(2)&quot; &amp; "
                                    "&lt;img src=x onerror=alert(3)&gt; &#39;x&#39; "
                                    "caf\xc3\xa9   and &lt;!-- --&gt; ]]&gt;."));
    cr_expect_not_null(strstr(page, "<title>&lt;script&gt;alert(&quot;betreft&quot;)"
                                    "&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39; "
                                    "· kamergraph</title>"));
    cr_expect_not_null(strstr(page, "<dd>dir/&lt;b&gt;&amp;&quot;&#39;x.txt</dd>"));
    cr_expect_not_null(strstr(page, "<meta name=\"kamergraph-id\" content=\"&lt;b&gt;&amp;"
                                    "&quot;&#39;x\">"));
    cr_expect_null(strstr(page, "<script>alert"));
    cr_expect_null(strstr(page, "<img"));
    cr_expect_null(strstr(page, "\" onmouseover"));
    site_only_known_tags(page, file);
    free(page);

    /* the index and the search index say it too, escaped their own way */
    page = site_file(dir, "index.html");
    cr_expect_null(strstr(page, "<script>alert"));
    site_only_known_tags(page, "index.html");
    free(page);
    page = site_file(dir, "assets/search-index.js");
    cr_expect_not_null(strstr(page, "\"\\u003cscript\\u003ealert(\\u0022betreft\\u0022)"
                                    "\\u003c/script\\u003e \\u0026 \\u0022quotes\\u0022 "
                                    "'single'\""),
                       "%s", page);
    cr_expect_null(strstr(page, "<"));
    free(page);
    page = site_file(dir, "years/2025.html");
    cr_expect_null(strstr(page, "<script>alert"));
    site_only_known_tags(page, "years/2025.html");
    free(page);

    /* and annotate */
    cr_assert_eq(kg_write_annotated(s, g, 0, kg_test_tmp_path("one.html"), &err), KG_OK, "%s",
                 err.msg);
    page = kg_test_slurp(kg_test_tmp_path("one.html"), NULL);
    cr_expect_not_null(strstr(page, "Zie &lt;script&gt;alert(1)&lt;/script&gt; en "));
    cr_expect_null(strstr(page, "<script"));
    site_only_known_tags(page, "annotated");
    free(page);
    kg_site_free(s);
    kg_graph_free(g);
}

/* Bytes that are not UTF-8 and control characters, straight into the
 * escaper (the readers mend most before the site sees them). */
Test(site, escaping_mends_bytes_that_are_not_utf8)
{
    static const char raw[] = "a<\xff\xc3(\xe2\x80\xa8)\x01\t\"'&\xf0\x9f\x98\x80.";
    kg_sink o;
    kg_sink_init_memory(&o);
    kg_esc_html_n(&o, raw, sizeof raw - 1);
    cr_expect_str_eq(kg_sink_cstr(&o),
                     "a&lt;\xEF\xBF\xBD\xEF\xBF\xBD(\xe2\x80\xa8) \t&quot;&#39;&amp;\xf0\x9f\x98\x80.");
    kg_sink_reset(&o);
    kg_esc_js(&o, raw);
    cr_expect_str_eq(kg_sink_cstr(&o),
                     "\"a\\u003c\\ufffd\\ufffd(\\u2028)\\u0001\\u0009\\u0022'\\u0026\xf0\x9f\x98\x80.\"");
    kg_sink_release(&o);
}

/* ---- links ---------------------------------------------------------------- */

static const char letter_a[] =
    "Datum 3 maart 2025\n"
    "Betreft Eerste brief\n"
    "\n"
    "Zie Kamerstuk 22222-2, de brief Kamerstuk 11111-2 en de motie-Jansen.\n"
    "Vraag 1\n"
    "Hoe zit het?\n"
    "Antwoord op vraag 1\n"
    "Zoals toegelicht bij vraag 1 en in Stb. 2020, 123.\n";

static const char letter_b[] =
    "Datum 10 april 2025\n"
    "Betreft Tweede brief\n"
    "\n"
    "Zie de brief (Kamerstuk 11111-1) en Kamerstukken II 2024/25, 22222, nrs. 4-6.\n";

Test(site, a_letter_page_has_exactly_these_links)
{
    site_letter_src src[] = {{"kst-11111-1.txt", letter_a}, {"kst-11111-2.txt", letter_b}};
    kg_graph *g;
    kg_site *s;
    char *dir = site_written(src, 2, &g, &s);

    char *a = site_file(dir, "letters/kst-11111-1.html");
    char *text = site_hrefs(a, "<div class=\"body\"", "</div>");
    cr_expect_str_eq(text, "../kamerstukken/kst-22222-2.html "
                           "../letters/kst-11111-2.html "
                           "../motions/motie~3ajansen.html "
                           "#vraag-1 "
                           "https://zoek.officielebekendmakingen.nl/stb-2020-123.html");
    cr_expect_not_null(strstr(a, "<span class=\"cite\"><a class=\"ref ref-letter\" "
                                 "href=\"../letters/kst-11111-2.html\" id=\"r-1\" "
                                 "aria-describedby=\"t-1\">Kamerstuk 11111-2</a><span "
                                 "class=\"tip\" role=\"tooltip\" id=\"t-1\"><b>kst-11111-2</b> "
                                 "a letter in this corpus: Tweede brief</span></span>"));
    cr_expect_not_null(strstr(a, "<p id=\"vraag-1\">Vraag 1</p>"));
    char *cites = site_hrefs(a, "<section id=\"cites\"", "</section>");
    cr_expect_str_eq(cites, "../kamerstukken/kst-22222-2.html #r-0 "
                            "../letters/kst-11111-2.html #r-1 "
                            "../motions/motie~3ajansen.html #r-2 "
                            "https://zoek.officielebekendmakingen.nl/stb-2020-123.html #r-4");
    char *citers = site_hrefs(a, "<section id=\"cited-by\"", "</section>");
    cr_expect_str_eq(citers, "../letters/kst-11111-2.html ../letters/kst-11111-2.html#r-0");
    free(text);
    free(cites);
    free(citers);

    /* the range: a link to 4 up to its number, and at the "6" a link to
     * 6 and a small one to 5, which stand there both */
    char *b = site_file(dir, "letters/kst-11111-2.html");
    text = site_hrefs(b, "<div class=\"body\"", "</div>");
    cr_expect_str_eq(text, "../letters/kst-11111-1.html "
                           "../kamerstukken/kst-22222-4.html "
                           "../kamerstukken/kst-22222-6.html "
                           "../kamerstukken/kst-22222-5.html");
    cr_expect_not_null(strstr(b, "nrs. 4</a><span class=\"tip\""));
    cr_expect_eq(site_count(b, "<sup class=\"also\">"), 1);
    citers = site_hrefs(b, "<section id=\"cited-by\"", "</section>");
    cr_expect_str_eq(citers, "../letters/kst-11111-1.html ../letters/kst-11111-1.html#r-1");
    free(text);
    free(citers);

    /* a Kamerstuk's page: who cites it, with the sentence */
    char *k = site_file(dir, "kamerstukken/kst-22222-2.html");
    cr_expect_not_null(strstr(k, "<p class=\"said\"><a class=\"at\" href=\"../letters/"
                                 "kst-11111-1.html#r-0\">line 4</a> <q lang=\"nl\">Zie "
                                 "<mark>Kamerstuk 22222-2</mark>, de brief Kamerstuk 11111-2 "
                                 "en de motie-Jansen.</q></p>"));
    cr_expect_not_null(strstr(k, "<a href=\"../dossiers/dossier-22222.html\">Dossier 22222</a>"));
    free(k);
    k = site_file(dir, "motions/motie~3ajansen.html");
    cr_expect_not_null(strstr(k, "<div><dt>Submitted by</dt><dd>Jansen</dd></div>"));
    free(k);
    free(a);
    free(b);
    kg_site_free(s);
    kg_graph_free(g);
}

Test(site, footnotes_are_linked_both_ways_and_leave_the_running_text)
{
    static const char word[] =
        "Betreft Noten\n"
        "\n"
        "Dit staat vast[footnoteRef:1] en dat ook[footnoteRef:2].  [1:  Kamerstuk 31 490, "
        "nr. 337 ] [2:  Zie ook Stb. 2020, 123. ] \n";
    site_letter_src src[] = {{"noten.txt", word}};
    kg_graph *g;
    kg_site *s;
    char *dir = site_written(src, 1, &g, &s);
    char *p = site_file(dir, "letters/noten.html");
    cr_expect_not_null(strstr(p, "<p>Dit staat vast<sup class=\"fn\"><a id=\"fnref-1\" "
                                 "href=\"#fn-1\" aria-label=\"Footnote 1\">1</a></sup> en dat "
                                 "ook<sup class=\"fn\"><a id=\"fnref-2\" href=\"#fn-2\" "
                                 "aria-label=\"Footnote 2\">2</a></sup>.</p>"),
                       "%s", strstr(p, "<p>Dit"));
    cr_expect_not_null(strstr(p, "<li id=\"fn-1\" value=\"1\"><span class=\"cite\"><a "
                                 "class=\"ref ref-page\" href=\"../kamerstukken/"
                                 "kst-31490-337.html\""));
    cr_expect_not_null(strstr(p, "<a class=\"back\" href=\"#fnref-1\" aria-label=\"Back to the "
                                 "text at footnote 1\">&#8617;</a></li>\n<li id=\"fn-2\" "
                                 "value=\"2\">Zie ook <span class=\"cite\"><a class=\"ref "
                                 "ref-pub\" href=\"https://zoek.officielebekendmakingen.nl/"
                                 "stb-2020-123.html\""));
    cr_expect_null(strstr(p, "footnoteRef"));
    cr_expect_null(strstr(p, "[1:"));
    /* the note's reference is shown once: in the note, not at the marker */
    cr_expect_eq(site_count(p, "href=\"../kamerstukken/kst-31490-337.html\" id="), 1);
    free(p);
    /* who cites it: the sentence at the marker, then the note */
    p = site_file(dir, "kamerstukken/kst-31490-337.html");
    cr_expect_not_null(strstr(p, "<a class=\"at\" href=\"../letters/noten.html#r-2\">line 3</a> "
                                 "<q lang=\"nl\">Dit staat vast<sup>1</sup> en dat ook.</q> "
                                 "footnote 1: <q lang=\"nl\"><mark>Kamerstuk 31 490, nr. 337</mark>"
                                 "</q>"),
                       "%s", strstr(p, "class=\"said\""));
    free(p);
    kg_site_free(s);
    kg_graph_free(g);
}

Test(site, a_sentence_is_cut_at_its_stops_not_at_abbreviations)
{
    static const char text[] =
        "Eerste zin. Zie nr. 5 en Kamerstuk 1-2 hier, blz. 3. Derde zin.\n";
    kg_site_letter L = {.text = (char *)text, .len = sizeof text - 1};
    bool before, after;
    const char *ref = strstr(text, "Kamerstuk");
    kg_site_span sp = kg_site_sentence(&L, (size_t)(ref - text), (size_t)(ref - text) + 13,
                                       &before, &after);
    cr_expect_eq(sp.end - sp.off, strlen("Zie nr. 5 en Kamerstuk 1-2 hier, blz. 3."));
    cr_expect_eq(strncmp(text + sp.off, "Zie nr. 5 en Kamerstuk 1-2 hier, blz. 3.",
                         sp.end - sp.off), 0, "%.*s", (int)(sp.end - sp.off), text + sp.off);
    cr_expect_not(before);
    cr_expect_not(after);
}

/* ---- every page -------------------------------------------------------------- */

/* The id each page must name, from its place: letters/NAME.html and the
 * other node pages name the id NAME is made of. */
static void site_check_meta(const char *dir, const char *sub)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, sub);
    DIR *d = opendir(path);
    struct dirent *e;
    size_t pages = 0;
    cr_assert_not_null(d, "%s", path);
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".html") != 0)
            continue;
        char name[256], id[256], want[512], file[600];
        snprintf(name, sizeof name, "%.*s", (int)(n - 5), e->d_name);
        cr_assert(kg_site_file_name_id(name, id, sizeof id), "%s/%s", sub, name);
        snprintf(want, sizeof want, "<meta name=\"kamergraph-id\" content=\"%s\">", id);
        snprintf(file, sizeof file, "%s/%s", sub, e->d_name);
        char *page = site_file(dir, file);
        cr_expect_eq(site_count(page, "<meta name=\"kamergraph-id\""), 1, "%s", file);
        cr_expect_not_null(strstr(page, want), "%s: %s", file, want);
        free(page);
        pages++;
    }
    closedir(d);
    cr_expect_gt(pages, 0, "%s", sub);
}

Test(site, every_page_names_its_node)
{
    kg_graph *g;
    kg_site *s;
    kg_error err = {0};
    site_examples(&g, &s, NULL);
    char *dir = kg_test_tmp_path("site");
    cr_assert_eq(kg_write_site(s, g, dir, &err), KG_OK, "%s", err.msg);
    static const char *const subs[] = {"letters", "kamerstukken", "dossiers", "motions",
                                       "letters-by-date"};
    for (size_t i = 0; i < 5; i++)
        site_check_meta(dir, subs[i]);
    char *page = site_file(dir, "index.html");
    cr_expect_not_null(strstr(page, "<meta name=\"kamergraph-id\" content=\"index\">"));
    free(page);
    page = site_file(dir, "years/2026.html");
    cr_expect_not_null(strstr(page, "<meta name=\"kamergraph-id\" content=\"year:2026\">"));
    free(page);
    /* the one letter cited by date that the corpus cannot tie: its page */
    page = site_file(dir, "letters-by-date/brief~3a2025-10-14.html");
    cr_expect_not_null(strstr(page, "<div><dt>Could be</dt><dd><a href=\"../letters/"
                                    "kst-36901-1.html\">Voortgang spreiding "
                                    "rijkswerkgelegenheid</a>, <a href=\"../letters/"
                                    "kst-36902-1.html\">Versterking lokale democratie</a>"
                                    "</dd></div>"));
    free(page);
    kg_site_free(s);
    kg_graph_free(g);
}

/* ---- the folder, whole or not at all -------------------------------------------- */

/* Compares every file of two folders (one level of subfolders). */
static void site_same_tree(const char *a, const char *b, const char *sub)
{
    char pa[1024], pb[1024];
    snprintf(pa, sizeof pa, "%s/%s", a, sub);
    snprintf(pb, sizeof pb, "%s/%s", b, sub);
    DIR *d = opendir(pa);
    struct dirent *e;
    cr_assert_not_null(d, "%s", pa);
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char fa[1300], fb[1300], s2[600];
        struct stat st;
        snprintf(fa, sizeof fa, "%s/%s", pa, e->d_name);
        snprintf(fb, sizeof fb, "%s/%s", pb, e->d_name);
        cr_assert_eq(stat(fa, &st), 0);
        if (S_ISDIR(st.st_mode)) {
            snprintf(s2, sizeof s2, "%s%s%s", sub, *sub ? "/" : "", e->d_name);
            site_same_tree(a, b, s2);
            continue;
        }
        size_t na, nb;
        char *x = kg_test_slurp(fa, &na), *y = kg_test_slurp(fb, &nb);
        cr_expect(na == nb && memcmp(x, y, na) == 0, "%s differs", fb);
        free(x);
        free(y);
    }
    closedir(d);
}

Test(site, the_same_corpus_gives_the_same_bytes)
{
    kg_graph *g;
    kg_site *s;
    kg_error err = {0};
    site_examples(&g, &s, NULL);
    char *one = kg_test_tmp_path("one"), *two = kg_test_tmp_path("two");
    cr_assert_eq(kg_write_site(s, g, one, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(kg_write_site(s, g, two, &err), KG_OK, "%s", err.msg);
    site_same_tree(one, two, "");
    site_same_tree(two, one, "");
    kg_site_free(s);
    kg_graph_free(g);
}

/* No temporary folder left beside the site. */
static void site_no_leftovers(void)
{
    DIR *d = opendir(kg_test_tmpdir());
    struct dirent *e;
    cr_assert_not_null(d);
    while ((e = readdir(d)))
        cr_expect(strstr(e->d_name, ".tmp-") == NULL, "left behind: %s", e->d_name);
    closedir(d);
}

Test(site, a_failed_run_leaves_the_old_site_and_a_good_one_replaces_it_whole)
{
    kg_graph *g, *g1;
    kg_site *s, *s1;
    kg_error err = {0};
    site_examples(&g, &s, NULL);
    site_examples(&g1, &s1, "examples/kst-36901-1.txt");
    char *dir = kg_test_tmp_path("site");
    cr_assert_eq(kg_write_site(s, g, dir, &err), KG_OK, "%s", err.msg);
    char *before = site_file(dir, "index.html");

    /* files of at most 10 000 bytes: the style sheet is written, the
     * index is not */
    struct rlimit old, small = {10000, 10000};
    signal(SIGXFSZ, SIG_IGN);
    getrlimit(RLIMIT_FSIZE, &old);
    small.rlim_max = old.rlim_max;
    setrlimit(RLIMIT_FSIZE, &small);
    kg_status st = kg_write_site(s1, g1, dir, &err);
    setrlimit(RLIMIT_FSIZE, &old);
    cr_expect_eq(st, KG_ERR_IO);
    cr_expect_not_null(strstr(err.msg, "/site/"), "%s", err.msg);
    cr_expect_not_null(strstr(err.msg, ".html: cannot write: File too large"), "%s", err.msg);
    char *after = site_file(dir, "index.html");
    cr_expect_str_eq(after, before, "the old site stays");
    free(after);
    site_no_leftovers();

    /* a good run: the new site, and nothing of the old one */
    cr_assert_eq(kg_write_site(s1, g1, dir, &err), KG_OK, "%s", err.msg);
    after = site_file(dir, "index.html");
    cr_expect_not_null(strstr(after, "<h1>1 letter and what it cites</h1>"));
    struct stat sb;
    char path[1024];
    snprintf(path, sizeof path, "%s/letters/kst-36902-2.html", dir);
    cr_expect_neq(stat(path, &sb), 0, "a page of the old site is left");
    site_no_leftovers();
    free(before);
    free(after);

    /* a folder of other things is not replaced */
    char *other = kg_test_tmp_path("other");
    cr_assert_eq(mkdir(other, 0777), 0);
    FILE *f = fopen(kg_test_tmp_path("other/keep.txt"), "w");
    cr_assert_not_null(f);
    fclose(f);
    cr_expect_eq(kg_write_site(s1, g1, other, &err), KG_ERR_USAGE);
    cr_expect(strstr(err.msg, "other: not empty and not written by kamergraph "
                              "(no .kamergraph-site in it): not replaced") != NULL,
              "%s", err.msg);
    cr_expect_eq(stat(kg_test_tmp_path("other/keep.txt"), &sb), 0);
    site_no_leftovers();
    kg_site_free(s);
    kg_graph_free(g);
    kg_site_free(s1);
    kg_graph_free(g1);
}

Test(site, a_site_written_again_writes_only_the_pages_that_changed)
{
    kg_graph *g, *g1;
    kg_site *s, *s1;
    kg_error err = {0};
    struct stat before, after, other;
    site_examples(&g, &s, NULL);
    char *dir = kg_test_tmp_path("site");
    cr_assert_eq(kg_write_site(s, g, dir, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(stat(kg_test_tmp_path("site/letters/kst-36901-3.html"), &before), 0);
    cr_assert_eq(kg_write_site(s, g, dir, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(stat(kg_test_tmp_path("site/letters/kst-36901-3.html"), &after), 0);
    cr_expect_eq(before.st_ino, after.st_ino, "an unchanged page was written again");
    cr_expect_eq(before.st_mtim.tv_nsec, after.st_mtim.tv_nsec);
    /* a page removed by hand comes back, though the manifest names it */
    cr_assert_eq(unlink(kg_test_tmp_path("site/motions/motie~3abikker.html")), 0);
    cr_assert_eq(kg_write_site(s, g, dir, &err), KG_OK, "%s", err.msg);
    cr_expect_eq(stat(kg_test_tmp_path("site/motions/motie~3abikker.html"), &other), 0);
    /* a letter less: the pages that change are new files */
    site_examples(&g1, &s1, "examples/kst-36901-3.txt");
    cr_assert_eq(kg_write_site(s1, g1, dir, &err), KG_OK, "%s", err.msg);
    cr_assert_eq(stat(kg_test_tmp_path("site/letters/kst-36901-3.html"), &after), 0);
    cr_expect_neq(before.st_ino, after.st_ino);
    site_no_leftovers();
    kg_site_free(s);
    kg_graph_free(g);
    kg_site_free(s1);
    kg_graph_free(g1);
}

/* ---- annotate ------------------------------------------------------------------- */

Test(site, an_annotated_letter_stands_alone_and_links_to_publications)
{
    kg_graph *g;
    kg_site *s;
    kg_error err = {0};
    site_examples(&g, &s, "examples/kst-36901-2.txt");
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_eq(kg_write_annotated_to(s, g, 0, f, &err), KG_OK, "%s", err.msg);
    fclose(f);
    cr_expect_not_null(strstr(buf, "<meta name=\"kamergraph-id\" content=\"kst-36901-2\">"));
    cr_expect_not_null(strstr(buf, "<style>\n*{box-sizing:border-box}"));
    cr_expect_null(strstr(buf, "<link"));
    cr_expect_null(strstr(buf, "<script"));
    cr_expect_null(strstr(buf, "../"));
    cr_expect_null(strstr(buf, "id=\"cited-by\""));
    cr_expect_not_null(strstr(buf, "<a class=\"ref ref-pub\" href=\"https://zoek."
                                   "officielebekendmakingen.nl/kst-36901-1.html\" id=\"r-0\""));
    /* a motion without a number has no publication: a reference that leads
     * nowhere, still explained on focus */
    cr_expect_not_null(strstr(buf, "<span tabindex=\"0\" class=\"ref ref-none\" id=\"r-6\" "
                                   "aria-describedby=\"t-6\">motie-Sneller/Vermeer</span>"));
    free(buf);
    kg_site_free(s);
    kg_graph_free(g);
}
