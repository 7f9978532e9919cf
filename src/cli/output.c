/* What the commands write: the line that says so, and the one file of
 * render and report. */
#include "cli.h"
#include <stdio.h>

void kg_cli_wrote(const char *what, const kg_graph *g)
{
    fprintf(stderr, "kamergraph: wrote %s (%zu nodes, %zu edges)\n", what,
            kg_graph_node_count(g), kg_graph_edge_count(g));
}

int kg_cli_write_one(char **paths, int npaths, const kg_opts *o, kg_file_writer write,
                     void *ctx)
{
    int failed = 0;
    kg_graph *g = kg_cli_build_graph(paths, npaths, &o->filters, o->warnings, &failed);
    if (!g)
        return KG_EXIT_INPUT;
    kg_error err = {0};
    if (write(g, o->output, ctx, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else {
        kg_cli_wrote(o->output, g);
    }
    kg_graph_free(g);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
