/* kamergraph report: one HTML page with the counts, the most-cited, the
 * picture and every reference. */
#include "cli.h"
#include <stdio.h>
#include <string.h>

static const char report_usage[] =
    "usage: kamergraph report -o FILE.html PATH...\n"
    "\n"
    "Write one self-contained HTML page about the letters: counts, the\n"
    "most-cited dossiers and Kamerstukken, the graph (clickable), and every\n"
    "letter's references with a search box. It loads nothing from elsewhere\n"
    "and works offline.\n"
    "  -o, --output FILE  where to write (required)\n"
    "  --warnings         note suspect citations and markup disagreements\n"
    "  --include GLOB     in folders, only files whose name or path matches\n"
    "  --exclude GLOB     in folders, not these (both may be repeated)\n";

int kg_cmd_report(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "report"};
    const char *output = NULL, *v;
    int bad = 0, warnings = 0;
    kg_filters filters = {0};
    for (; a.i < argc && argv[a.i][0] == '-' && argv[a.i][1] != '\0'; a.i++) {
        if (strcmp(argv[a.i], "--help") == 0 || strcmp(argv[a.i], "-h") == 0) {
            fputs(report_usage, stdout);
            return KG_EXIT_OK;
        } else if (strcmp(argv[a.i], "--warnings") == 0) {
            warnings = 1;
        } else if ((v = kg_arg_value(&a, "--output", "-o", &bad))) {
            output = v;
        } else if (kg_arg_filter(&a, &filters, &bad)) {
        } else if (!bad) {
            fprintf(stderr, "kamergraph report: unknown option '%s'\n", argv[a.i]);
            bad = 1;
        }
        if (bad)
            break;
    }
    if (!bad && !output) {
        fprintf(stderr, "kamergraph report: -o FILE is required\n");
        bad = 1;
    }
    if (bad || a.i >= argc) {
        fputs(report_usage, stderr);
        return KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_graph *g = kg_cli_build_graph(argv + a.i, argc - a.i, &filters, warnings, &failed);
    if (!g)
        return KG_EXIT_INPUT;
    kg_error err = {0};
    if (kg_write_report(g, output, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else {
        fprintf(stderr, "kamergraph: wrote %s (%zu nodes, %zu edges)\n", output,
                kg_graph_node_count(g), kg_graph_edge_count(g));
    }
    kg_graph_free(g);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
