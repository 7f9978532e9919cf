/* kamergraph report: one HTML page with the counts, the most-cited, the
 * picture and every reference. */
#include "cli.h"
#include <stdio.h>

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
    "  --exclude GLOB     in folders, not these (both may be repeated)\n"
    "  -j, --jobs N       read the files on N threads (default: one per core);\n"
    "                     the output is the same for any N\n";

static kg_status write_report(kg_graph *g, const char *path, void *ctx, kg_error *err)
{
    (void)ctx;
    return kg_write_report(g, path, err);
}

int kg_cmd_report(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "report"};
    kg_opts o = {0};
    kg_args_result r = kg_args_parse(&a, KG_OPT_OUTPUT | KG_OPT_WARNINGS | KG_OPT_FILES, &o,
                                     NULL, NULL, report_usage);
    if (r == KG_ARGS_HELP)
        return KG_EXIT_OK;
    if (r == KG_ARGS_BAD || !kg_args_need_output(&a, &o) || a.i >= argc) {
        fputs(report_usage, stderr);
        return KG_EXIT_USAGE;
    }
    return kg_cli_write_one(argv + a.i, argc - a.i, &o, write_report, NULL);
}
