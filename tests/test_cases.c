/* The citation table: tests/cases/citations.txt holds one case a line,
 *
 *     <input> => <kind> <id> ; <kind> <id>      (or "=> -" for none)
 *
 * with \n and \t escapes in the input. Each input is scanned as a
 * document with key "t", and its references must be exactly those; and
 * again with a line break in place of each of its spaces, as PDF
 * extraction puts them anywhere (tests/cases/line-breaks.txt lists the
 * breaks known to change the answer, and why). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kamergraph/kamergraph.h"

#define CASES "tests/cases/citations.txt"
#define BREAKS "tests/cases/line-breaks.txt"

static void unescape(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (p[0] == '\\' && (p[1] == 'n' || p[1] == 't' || p[1] == '\\')) {
            *o++ = p[1] == 'n' ? '\n' : p[1] == 't' ? '\t' : '\\';
            p++;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
}

/* "kind id ; kind id", or "-" when there are none. */
static void refs_line(const char *input, char *out, size_t n)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_buffer("t.txt", input, strlen(input), &err);
    cr_assert_not_null(doc, "%s", err.msg);
    out[0] = '\0';
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        size_t used = strlen(out);
        snprintf(out + used, n - used, "%s%s %s", i ? " ; " : "",
                 kg_ref_kind_name(r->kind), r->id);
    }
    if (!out[0])
        snprintf(out, n, "-");
    kg_doc_free(doc);
}

Test(cases, every_line_of_the_citation_table_gives_exactly_its_references)
{
    FILE *f = fopen(CASES, "r");
    cr_assert_not_null(f, "cannot open %s (run from the project root)", CASES);
    char line[8192], got[8192];
    unsigned lineno = 0, positive = 0, negative = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[strspn(line, " \t")] == '\0')
            continue;
        char *arrow = strstr(line, " => ");
        cr_assert_not_null(arrow, "%s:%u: no ' => ' in the case", CASES, lineno);
        *arrow = '\0';
        const char *want = arrow + 4;
        unescape(line);
        refs_line(line, got, sizeof got);
        cr_expect_str_eq(got, want, "%s:%u: %s\n   got: %s\n  want: %s", CASES,
                         lineno, line, got, want);
        if (strcmp(want, "-") == 0)
            negative++;
        else
            positive++;
    }
    fclose(f);
    cr_expect_geq(positive, 200, "only %u positive cases", positive);
    cr_expect_geq(negative, 100, "only %u negative cases", negative);
}

/* One case of the table: its line number, input as written and
 * unescaped, and answer. */
typedef struct {
    unsigned lineno;
    char raw[8192], input[8192];
    const char *want;
} table_case;

static bool next_case(FILE *f, table_case *c, unsigned *lineno)
{
    static char want[8192];
    char line[8192];
    while (fgets(line, sizeof line, f)) {
        ++*lineno;
        line[strcspn(line, "\r\n")] = '\0';
        char *arrow = strstr(line, " => ");
        if (line[0] == '#' || !arrow)
            continue;
        *arrow = '\0';
        snprintf(want, sizeof want, "%s", arrow + 4);
        snprintf(c->raw, sizeof c->raw, "%s", line);
        snprintf(c->input, sizeof c->input, "%s", line);
        unescape(c->input);
        c->lineno = *lineno;
        c->want = want;
        return true;
    }
    return false;
}

/* A break of BREAKS: "<offset> <the case's input as written>". */
typedef struct {
    unsigned offset;
    char input[8192];
    bool met;
} known_break;

static size_t known_breaks(known_break *out, size_t max)
{
    FILE *f = fopen(BREAKS, "r");
    cr_assert_not_null(f, "cannot open %s (run from the project root)", BREAKS);
    char line[8192];
    size_t n = 0;
    while (fgets(line, sizeof line, f) && n < max) {
        int used = 0;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || sscanf(line, "%u %n", &out[n].offset, &used) != 1 || !used)
            continue;
        snprintf(out[n].input, sizeof out[n].input, "%s", line + used);
        out[n++].met = false;
    }
    fclose(f);
    return n;
}

static known_break *find_break(known_break *k, size_t n, const table_case *c, size_t at)
{
    for (size_t i = 0; i < n; i++)
        if (k[i].offset == at && strcmp(c->raw, k[i].input) == 0)
            return &k[i];
    return NULL;
}

Test(cases, a_line_break_in_place_of_any_space_gives_the_same_references)
{
    static known_break known[64];
    size_t nknown = known_breaks(known, 64), tried = 0;
    FILE *f = fopen(CASES, "r");
    cr_assert_not_null(f, "cannot open %s (run from the project root)", CASES);
    table_case c;
    unsigned lineno = 0;
    char got[8192];
    while (next_case(f, &c, &lineno)) {
        for (size_t i = 0; c.input[i]; i++) {
            if (c.input[i] != ' ')
                continue;
            c.input[i] = '\n';
            refs_line(c.input, got, sizeof got);
            c.input[i] = ' ';
            tried++;
            known_break *k = find_break(known, nknown, &c, i);
            if (strcmp(got, c.want) != 0)
                cr_expect(k != NULL, "%s:%u: a line break at byte %zu changes\n   %s\nto %s\n"
                          "(to accept it, add to %s: %zu %s)", CASES, c.lineno, i, c.want,
                          got, BREAKS, i, c.raw);
            else
                cr_expect(k == NULL, "%s lists '%u %s', but the break there no longer "
                          "changes the answer: take it out", BREAKS, k->offset, k->input);
            if (k)
                k->met = true;
        }
    }
    fclose(f);
    for (size_t i = 0; i < nknown; i++)
        cr_expect(known[i].met, "%s: '%u %s' is no case's break", BREAKS, known[i].offset,
                  known[i].input);
    cr_expect_geq(tried, 4000, "only %zu breaks tried", tried);
}
