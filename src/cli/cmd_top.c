/* kamergraph top: the most-cited dossiers and Kamerstukken. */
#include "cli.h"
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char top_usage[] =
    "usage: kamergraph top [-n N] [--by citing-docs|mentions|pagerank|authority]\n"
    "                      [--kind K,...] [--tsv|--json] PATH...\n"
    "\n"
    "Rank what the letters cite.\n"
    "  -n N          show N rows (default 20)\n"
    "  --by KEY      citing-docs: distinct documents citing it (default);\n"
    "                mentions: every mention counted;\n"
    "                pagerank: PageRank (damping 0.85) of the citation graph,\n"
    "                the cites edges weighted by mentions;\n"
    "                authority: HITS authority score of that graph (top = 1)\n"
    "                Only what some letter cites is ranked; --by sets the order.\n"
    "  --kind LIST   comma-separated node kinds: dossier, kamerstuk, motie,\n"
    "                document, handelingen, aanhangsel, vraag\n"
    "                (default dossier,kamerstuk,motie,document: a letter\n"
    "                that others cite is a Kamerstuk too)\n"
    "  --tsv         rank, id, label, citing documents, mentions, score;\n"
    "                tab separated (score: the --by key)\n"
    "  --json        one JSON object per line: rank, id, label, kind,\n"
    "                citing_docs, mentions, score\n"
    "  --include GLOB, --exclude GLOB, -j N   as for scan\n"
    "A dossier counts the citations of its Kamerstukken too (citing-docs and\n"
    "mentions; PageRank and authority count only citations of the dossier\n"
    "itself). The plain listing shows the score for pagerank and authority.\n";

#define MAX_KINDS 8

static int split_kinds(char *list, const char *kinds[MAX_KINDS + 1])
{
    static const char *const known[] = {"dossier", "kamerstuk", "motie", "document",
                                        "handelingen", "aanhangsel", "vraag", NULL};
    int n = 0;
    for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ",")) {
        int ok = 0;
        for (int k = 0; known[k]; k++)
            ok |= strcmp(tok, known[k]) == 0;
        if (!ok || n == MAX_KINDS) {
            fprintf(stderr, "kamergraph top: unknown kind '%s'\n", tok);
            return 0;
        }
        kinds[n++] = tok;
    }
    kinds[n] = NULL;
    return n > 0;
}

static const struct {
    const char *name;
    kg_rank_by by;
} keys[] = {
    {"citing-docs", KG_RANK_CITING_DOCS},
    {"mentions", KG_RANK_MENTIONS},
    {"pagerank", KG_RANK_PAGERANK},
    {"authority", KG_RANK_AUTHORITY},
};

static int parse_by(const char *v, kg_rank_by *by)
{
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(v, keys[i].name) == 0) {
            *by = keys[i].by;
            return 1;
        }
    fprintf(stderr, "kamergraph top: --by takes citing-docs, mentions, pagerank or authority\n");
    return 0;
}

static int is_score(kg_rank_by by)
{
    return by == KG_RANK_PAGERANK || by == KG_RANK_AUTHORITY;
}

/* The score as text: a count in full, a score as "%.6g"; '.' whatever the
 * locale (JSON needs it). */
static void score_text(char buf[40], const kg_rank_row *r, kg_rank_by by)
{
    const char *dp = localeconv()->decimal_point;
    char *p;

    if (is_score(by))
        snprintf(buf, 40, "%.6g", r->score);
    else
        snprintf(buf, 40, "%.0f", r->score);
    if (dp && *dp && strcmp(dp, ".") != 0 && (p = strstr(buf, dp)) != NULL) {
        *p = '.';
        memmove(p + 1, p + strlen(dp), strlen(p + strlen(dp)) + 1);
    }
}

static void put_json_string(const char *s)
{
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

static void print_json(const kg_rank_row *rows, size_t n, kg_rank_by by)
{
    char score[40];

    for (size_t i = 0; i < n; i++) {
        score_text(score, &rows[i], by);
        printf("{\"rank\":%zu,\"id\":", i + 1);
        put_json_string(rows[i].id);
        fputs(",\"label\":", stdout);
        put_json_string(rows[i].label);
        fputs(",\"kind\":", stdout);
        put_json_string(rows[i].kind);
        printf(",\"citing_docs\":%u,\"mentions\":%u,\"score\":%s}\n",
               rows[i].citing_docs, rows[i].mentions, score);
    }
}

static void print_tsv(const kg_rank_row *rows, size_t n, kg_rank_by by)
{
    char score[40];

    for (size_t i = 0; i < n; i++) {
        score_text(score, &rows[i], by);
        printf("%zu\t%s\t%s\t%u\t%u\t%s\n", i + 1, rows[i].id, rows[i].label,
               rows[i].citing_docs, rows[i].mentions, score);
    }
}

static void print_text(const kg_rank_row *rows, size_t n, kg_rank_by by)
{
    int wid = 2, wlab = 5;
    char score[40];

    for (size_t i = 0; i < n; i++) {
        int a = (int)strlen(rows[i].id), b = (int)strlen(rows[i].label);
        wid = a > wid ? a : wid;
        wlab = b > wlab ? b : wlab;
    }
    printf("%4s  %-*s  %-*s  %11s  %8s", "rank", wid, "id", wlab, "label",
           "citing docs", "mentions");
    if (is_score(by))
        printf("  %10s", by == KG_RANK_PAGERANK ? "pagerank" : "authority");
    putchar('\n');
    for (size_t i = 0; i < n; i++) {
        printf("%4zu  %-*s  %-*s  %11u  %8u", i + 1, wid, rows[i].id, wlab,
               rows[i].label, rows[i].citing_docs, rows[i].mentions);
        if (is_score(by)) {
            score_text(score, &rows[i], by);
            printf("  %10s", score);
        }
        putchar('\n');
    }
}

typedef struct {
    int tsv, json;
    long n;
    char kinds[256];
    kg_rank_by by;
} top_opts;

/* -n N's range: at least one row, and not so many that the table of rows
 * is absurd. */
static bool top_opt(kg_args *a, void *ctx, int *bad)
{
    top_opts *t = ctx;
    const char *v;
    char *end;
    if (kg_arg_flag(a, "--tsv", NULL)) {
        t->tsv = 1;
        t->json = 0;
    } else if (kg_arg_flag(a, "--json", NULL)) {
        t->json = 1;
        t->tsv = 0;
    } else if ((v = kg_arg_value(a, "-n", NULL, bad))) {
        t->n = strtol(v, &end, 10);
        *bad = *end != '\0' || t->n <= 0 || t->n > 1000000;
    } else if ((v = kg_arg_value(a, "--by", NULL, bad))) {
        *bad = !parse_by(v, &t->by);
    } else if ((v = kg_arg_value(a, "--kind", NULL, bad))) {
        *bad = strlen(v) >= sizeof t->kinds;
        if (!*bad)
            strcpy(t->kinds, v);
    } else {
        return false;
    }
    return true;
}

/* The first t->n of the ranking, in the format asked; false when out of
 * memory. */
static bool print_top(kg_graph *g, const top_opts *t, const char *const *kinds)
{
    kg_rank_row *rows = malloc((size_t)t->n * sizeof *rows);
    if (!rows) {
        fprintf(stderr, "kamergraph top: out of memory\n");
        return false;
    }
    size_t got = kg_graph_rank(g, t->by, kinds, rows, (size_t)t->n);
    if (t->json)
        print_json(rows, got, t->by);
    else if (t->tsv)
        print_tsv(rows, got, t->by);
    else
        print_text(rows, got, t->by);
    free(rows);
    return true;
}

int kg_cmd_top(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "top"};
    top_opts t = {.n = 20, .kinds = "dossier,kamerstuk,motie,document",
                  .by = KG_RANK_CITING_DOCS};
    kg_opts o = {0};
    kg_args_result r = kg_args_parse(&a, KG_OPT_FILES, &o, top_opt, &t, top_usage);
    if (r == KG_ARGS_HELP)
        return KG_EXIT_OK;
    const char *kinds[MAX_KINDS + 1];
    if (r == KG_ARGS_BAD || a.i >= argc || !split_kinds(t.kinds, kinds)) {
        fputs(top_usage, stderr);
        return KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_cli_set_keep_refs(false); /* a ranking lists no references */
    kg_graph *g = kg_cli_build_graph(argv + a.i, argc - a.i, &o.filters, 0, &failed);
    if (!g)
        return KG_EXIT_INPUT;
    failed |= !print_top(g, &t, kinds);
    kg_graph_free(g);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
