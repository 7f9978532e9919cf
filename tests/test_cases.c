/* The citation table: tests/cases/citations.txt holds one case a line,
 *
 *     <input> => <kind> <id> ; <kind> <id>      (or "=> -" for none)
 *
 * with \n and \t escapes in the input. Each input is scanned as a
 * document with key "t", and its references must be exactly those. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kamergraph/kamergraph.h"

#define CASES "tests/cases/citations.txt"

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
