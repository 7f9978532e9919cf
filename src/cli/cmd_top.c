/* kamergraph top: the most-cited dossiers and Kamerstukken. */
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char top_usage[] =
    "usage: kamergraph top [-n N] [--by citing-docs|mentions] [--kind K,...] [--tsv] PATH...\n"
    "\n"
    "Rank what the letters cite.\n"
    "  -n N          show N rows (default 20)\n"
    "  --by KEY      citing-docs: distinct documents citing it (default);\n"
    "                mentions: every mention counted\n"
    "  --kind LIST   comma-separated node kinds: dossier, kamerstuk, motie,\n"
    "                document, handelingen, aanhangsel\n"
    "                (default dossier,kamerstuk,motie,document: a letter\n"
    "                that others cite is a Kamerstuk too)\n"
    "  --tsv         rank, id, label, citing documents, mentions; tab separated\n"
    "  --include GLOB, --exclude GLOB   as for scan\n"
    "A dossier counts the citations of its Kamerstukken too.\n";

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

static void print_rows(const kg_rank_row *rows, size_t n, int tsv)
{
    if (tsv) {
        for (size_t i = 0; i < n; i++)
            printf("%zu\t%s\t%s\t%u\t%u\n", i + 1, rows[i].id, rows[i].label,
                   rows[i].citing_docs, rows[i].mentions);
        return;
    }
    int wid = 2, wlab = 5;
    for (size_t i = 0; i < n; i++) {
        int a = (int)strlen(rows[i].id), b = (int)strlen(rows[i].label);
        wid = a > wid ? a : wid;
        wlab = b > wlab ? b : wlab;
    }
    printf("%4s  %-*s  %-*s  %11s  %8s\n", "rank", wid, "id", wlab, "label",
           "citing docs", "mentions");
    for (size_t i = 0; i < n; i++)
        printf("%4zu  %-*s  %-*s  %11u  %8u\n", i + 1, wid, rows[i].id, wlab,
               rows[i].label, rows[i].citing_docs, rows[i].mentions);
}

int kg_cmd_top(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "top"};
    int bad = 0, tsv = 0;
    long n = 20;
    char kindbuf[256] = "dossier,kamerstuk,motie,document";
    kg_rank_by by = KG_RANK_CITING_DOCS;
    kg_filters filters = {0};
    const char *v;
    for (; a.i < argc && argv[a.i][0] == '-' && argv[a.i][1] != '\0'; a.i++) {
        char *end;
        if (strcmp(argv[a.i], "--help") == 0 || strcmp(argv[a.i], "-h") == 0) {
            fputs(top_usage, stdout);
            return KG_EXIT_OK;
        } else if (strcmp(argv[a.i], "--tsv") == 0) {
            tsv = 1;
        } else if ((v = kg_arg_value(&a, "-n", NULL, &bad))) {
            n = strtol(v, &end, 10);
            bad = *end != '\0' || n <= 0 || n > 1000000;
        } else if ((v = kg_arg_value(&a, "--by", NULL, &bad))) {
            bad = strcmp(v, "citing-docs") != 0 && strcmp(v, "mentions") != 0;
            by = strcmp(v, "mentions") == 0 ? KG_RANK_MENTIONS : KG_RANK_CITING_DOCS;
        } else if ((v = kg_arg_value(&a, "--kind", NULL, &bad))) {
            bad = strlen(v) >= sizeof kindbuf;
            if (!bad)
                strcpy(kindbuf, v);
        } else if (kg_arg_filter(&a, &filters, &bad)) {
        } else if (!bad) {
            fprintf(stderr, "kamergraph top: unknown option '%s'\n", argv[a.i]);
            bad = 1;
        }
        if (bad)
            break;
    }
    const char *kinds[MAX_KINDS + 1];
    if (bad || a.i >= argc || !split_kinds(kindbuf, kinds)) {
        fputs(top_usage, stderr);
        return KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_graph *g = kg_cli_build_graph(argv + a.i, argc - a.i, &filters, 0, &failed);
    if (!g)
        return KG_EXIT_INPUT;
    kg_rank_row *rows = malloc((size_t)n * sizeof *rows);
    if (rows) {
        size_t got = kg_graph_rank(g, by, kinds, rows, (size_t)n);
        print_rows(rows, got, tsv);
        free(rows);
    }
    kg_graph_free(g);
    return failed || !rows ? KG_EXIT_INPUT : KG_EXIT_OK;
}
