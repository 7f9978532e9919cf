/* kamergraph report: one HTML page with the counts, the most-cited, the
 * picture and every reference. */
#include "cli.h"
#include <stdio.h>

static const kg_command report_cmd = {
    "report", "-o FILE.html [OPTIONS] PATH...",
    "Write one self-contained HTML page about the letters: counts, the\n"
    "most-cited dossiers and Kamerstukken, the graph (clickable), and every\n"
    "letter's references with a search box. It loads nothing from elsewhere\n"
    "and works offline.",
    KG_COMMON_READS | KG_COMMON_OUTPUT | KG_COMMON_VIEW, NULL, "FILE",
    "where to write (required); - writes to standard output", KG_PATHS_HELP, KG_NO_PATHS,
    NULL,
};

static kg_status write_report(kg_graph *g, kg_sink *out, void *ctx, kg_error *err)
{
    (void)ctx;
    return kg_write_report_to(g, out, err);
}

int kg_cmd_report(int argc, char **argv)
{
    kg_opts o;
    kg_args_result r = kg_cli_parse(&report_cmd, argc, argv, &o, NULL);
    int rc = r == KG_ARGS_HELP ? KG_EXIT_OK : KG_EXIT_USAGE;
    if (r == KG_ARGS_OK && !o.output)
        rc = kg_cli_usage_error(&report_cmd, "-o FILE.html is required");
    else if (r == KG_ARGS_OK)
        rc = kg_cli_write_one(&report_cmd, &o, &(kg_cli_writer){write_report, NULL}, NULL);
    kg_opts_free(&o);
    return rc;
}
