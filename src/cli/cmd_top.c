/* kamergraph top: the most-cited dossiers and Kamerstukken. */
#include "cli.h"
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    kg_rank_by by;
} keys[] = {
    {"citing-docs", KG_RANK_CITING_DOCS},
    {"mentions", KG_RANK_MENTIONS},
    {"pagerank", KG_RANK_PAGERANK},
    {"authority", KG_RANK_AUTHORITY},
};

static const char *parse_by(const char *v, kg_rank_by *by)
{
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(v, keys[i].name) == 0) {
            *by = keys[i].by;
            return NULL;
        }
    return kg_cli_why("takes citing-docs, mentions, pagerank or authority, not '%s'", v);
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

/* One row of the ranking, in JSON Lines or TSV; `score` as score_text
 * writes it. */
typedef void row_writer(kg_sink *out, size_t rank, const kg_rank_row *r, const char *score);

/* The strings escaped by the library's JSON escaper. */
static void json_row(kg_sink *out, size_t rank, const kg_rank_row *r, const char *score)
{
    char line[160];
    snprintf(line, sizeof line, "{\"rank\":%zu,\"id\":", rank);
    kg_sink_puts(out, line);
    kg_sink_json(out, r->id);
    kg_sink_puts(out, ",\"label\":");
    kg_sink_json(out, r->label);
    kg_sink_puts(out, ",\"kind\":");
    kg_sink_json(out, r->kind);
    snprintf(line, sizeof line, ",\"citing_docs\":%u,\"mentions\":%u,\"score\":%s}\n",
             r->citing_docs, r->mentions, score);
    kg_sink_puts(out, line);
}

/* The id and label escaped as refs --tsv escapes its fields (a document's
 * title may hold a tab or a line break). */
static void tsv_row(kg_sink *out, size_t rank, const kg_rank_row *r, const char *score)
{
    char line[160];
    snprintf(line, sizeof line, "%zu\t", rank);
    kg_sink_puts(out, line);
    kg_sink_tsv(out, r->id);
    kg_sink_puts(out, "\t");
    kg_sink_tsv(out, r->label);
    snprintf(line, sizeof line, "\t%u\t%u\t%s\n", r->citing_docs, r->mentions, score);
    kg_sink_puts(out, line);
}

/* Through a sink on standard output (as print_text, a failed write of
 * standard output is not reported). */
static void print_rows(const kg_rank_row *rows, size_t n, kg_rank_by by, row_writer *write)
{
    char score[40];
    kg_sink *out = kg_sink_stream(stdout);
    kg_error err = {0};

    if (!out)
        return;
    for (size_t i = 0; i < n; i++) {
        score_text(score, &rows[i], by);
        write(out, i + 1, &rows[i], score);
    }
    kg_sink_close(out, &err);
    kg_sink_free(out);
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

#define MAX_KINDS 16

typedef struct {
    int tsv, json;
    long n;
    const char *kinds[MAX_KINDS + 1];
    char kind_list[256];
    kg_rank_by by;
} top_opts;

/* "dossier,motie" into t->kinds; NULL, or why not. Every kind of node
 * the graph has is one. */
static const char *parse_kinds(top_opts *t, const char *v)
{
    size_t n = 0;
    if (strlen(v) >= sizeof t->kind_list)
        return "names too many kinds";
    strcpy(t->kind_list, v);
    for (char *tok = strtok(t->kind_list, ","); tok; tok = strtok(NULL, ",")) {
        const char *known = NULL;
        for (size_t k = 0; !known && kg_node_kind_name(k); k++)
            if (strcmp(tok, kg_node_kind_name(k)) == 0)
                known = kg_node_kind_name(k);
        if (!known) {
            char all[256] = "";
            for (size_t k = 0; kg_node_kind_name(k); k++)
                snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s", k ? ", " : "",
                         kg_node_kind_name(k));
            return kg_cli_why("takes node kinds (%s), not '%s'", all, tok);
        }
        if (n == MAX_KINDS)
            return "names too many kinds";
        t->kinds[n++] = known;
    }
    t->kinds[n] = NULL;
    return n ? NULL : "wants at least one kind";
}

enum { OPT_N = 1, OPT_BY, OPT_KIND, OPT_TSV, OPT_JSON };

static const kg_option top_options[] = {
    {OPT_N, "--rows", 'n', "N", "show N rows, 1 or more (default 20)"},
    {OPT_BY, "--by", 0, "KEY",
     "citing-docs: distinct documents citing it (default);\n"
     "mentions: every mention counted;\n"
     "pagerank: PageRank (damping 0.85) of the citation graph, the cites edges "
     "weighted by mentions;\n"
     "authority: HITS authority score of that graph (top = 1).\n"
     "Only what some letter cites is ranked; --by sets the order"},
    {OPT_KIND, "--kind", 0, "LIST",
     "comma-separated node kinds: document, kamerstuk, dossier, motie, handelingen, "
     "aanhangsel, brief, vraag, stb, stcrt, ecli (default "
     "dossier,kamerstuk,motie,document: a letter that others cite is a Kamerstuk too)"},
    {OPT_TSV, "--tsv", 0, NULL,
     "rank, id, label, citing documents, mentions, score; tab separated (score: the "
     "--by key)"},
    {OPT_JSON, "--json", 0, NULL,
     "one JSON object per line: rank, id, label, kind, citing_docs, mentions, score"},
    {0, NULL, 0, NULL, NULL},
};

static const char *take_top_opt(void *ctx, int id, const char *v)
{
    top_opts *t = ctx;
    switch (id) {
    case OPT_N:
        return kg_cli_number(v, 1, 1000000, &t->n)
                   ? NULL
                   : kg_cli_why("wants a number of rows from 1 to 1000000, not '%s'", v);
    case OPT_BY: return parse_by(v, &t->by);
    case OPT_KIND: return parse_kinds(t, v);
    case OPT_TSV: t->tsv = 1; t->json = 0; return NULL;
    default: t->json = 1; t->tsv = 0; return NULL;
    }
}

static const kg_command top_cmd = {
    "top", "[OPTIONS] PATH...",
    "Rank what the letters cite. A dossier counts the citations of its\n"
    "Kamerstukken too (citing-docs and mentions; PageRank and authority count\n"
    "only citations of the dossier itself). The plain listing shows the score\n"
    "for pagerank and authority.",
    KG_COMMON_READS | KG_COMMON_VIEW, top_options, NULL, NULL, KG_PATHS_HELP, KG_NO_PATHS,
    take_top_opt,
};

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
        print_rows(rows, got, t->by, json_row);
    else if (t->tsv)
        print_rows(rows, got, t->by, tsv_row);
    else
        print_text(rows, got, t->by);
    free(rows);
    return true;
}

/* The graph to rank: the full one, or the view asked for, analysed. */
static kg_graph *ranked_graph(kg_graph *g, kg_view view)
{
    kg_error err = {0};
    if (view == KG_VIEW_FULL)
        return g;
    kg_graph *v = kg_graph_view(g, view, &err);
    if (!v || kg_graph_analyse_view(v, g, view, &err) != KG_OK) {
        fprintf(stderr, "kamergraph top: %s\n", err.msg);
        kg_graph_free(v);
        return NULL;
    }
    return v;
}

int kg_cmd_top(int argc, char **argv)
{
    top_opts t = {.n = 20, .by = KG_RANK_CITING_DOCS};
    parse_kinds(&t, "dossier,kamerstuk,motie,document");
    kg_opts o;
    kg_args_result r = kg_cli_parse(&top_cmd, argc, argv, &o, &t);
    if (r != KG_ARGS_OK) {
        kg_opts_free(&o);
        return r == KG_ARGS_HELP ? KG_EXIT_OK : KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_cli_set_keep_refs(false); /* a ranking lists no references */
    kg_graph *g = kg_cli_build_graph(&o, &failed);
    kg_graph *ranked = g ? ranked_graph(g, o.view) : NULL;
    failed |= !ranked || !print_top(ranked, &t, t.kinds);
    if (ranked != g)
        kg_graph_free(ranked);
    kg_graph_free(g);
    kg_opts_free(&o);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
