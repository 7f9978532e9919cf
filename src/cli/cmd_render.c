/* kamergraph render: draw the citation graph with Graphviz. */
#include "cli.h"
#include <stdio.h>
#include <string.h>

/* "report.svg" -> "svg", when the extension is one we draw. */
static const char *format_of(const char *path)
{
    static const char *const known[] = {"svg", "png", "pdf", NULL};
    const char *dot = strrchr(path, '.');
    for (int i = 0; dot && known[i]; i++)
        if (strcmp(dot + 1, known[i]) == 0)
            return known[i];
    return NULL;
}

typedef struct {
    const char *format, *engine;
} render_opts;

enum { OPT_FORMAT = 1, OPT_ENGINE };

static const kg_option render_options[] = {
    {OPT_FORMAT, "--format", 'T', "FMT", "svg, png or pdf (default: FILE's extension); -Tsvg works too"},
    {OPT_ENGINE, "--engine", 'K', "NAME",
     "dot, neato, sfdp or fdp (default: left-to-right dot up to 300 nodes, sfdp "
     "beyond)"},
    {0, NULL, 0, NULL, NULL},
};

static const char *take_render_opt(void *ctx, int id, const char *v)
{
    render_opts *r = ctx;
    static const char *const formats[] = {"svg", "png", "pdf", NULL};
    static const char *const engines[] = {"dot", "neato", "sfdp", "fdp", NULL};
    const char *const *known = id == OPT_FORMAT ? formats : engines;
    for (size_t i = 0; known[i]; i++)
        if (strcmp(v, known[i]) == 0) {
            *(id == OPT_FORMAT ? &r->format : &r->engine) = known[i];
            return NULL;
        }
    return id == OPT_FORMAT ? kg_cli_why("takes svg, png or pdf, not '%s'", v)
                            : kg_cli_why("takes dot, neato, sfdp or fdp, not '%s'", v);
}

static const kg_command render_cmd = {
    "render", "-o FILE [OPTIONS] PATH...",
    "Lay out the citation graph of the letters and draw it to FILE with\n"
    "Graphviz. Nodes grow with the letters citing them and are coloured by\n"
    "kind, with a legend; in SVG every node with a publication links to it.",
    KG_COMMON_READS | KG_COMMON_OUTPUT | KG_COMMON_VIEW, render_options, "FILE",
    "where to draw (required); - draws to standard output (then -T)", KG_PATHS_HELP,
    KG_NO_PATHS, take_render_opt,
};

static kg_status draw(kg_graph *g, kg_sink *out, void *ctx, kg_error *err)
{
    render_opts *r = ctx;
    return kg_render_to(g, r->format, r->engine, out, err);
}

int kg_cmd_render(int argc, char **argv)
{
    kg_opts o;
    render_opts r = {0};
    kg_args_result res = kg_cli_parse(&render_cmd, argc, argv, &o, &r);
    int rc = res == KG_ARGS_HELP ? KG_EXIT_OK : KG_EXIT_USAGE;
    if (res == KG_ARGS_OK && !o.output)
        rc = kg_cli_usage_error(&render_cmd, "-o FILE is required");
    else if (res == KG_ARGS_OK && !r.format && !(r.format = format_of(o.output)))
        rc = kg_cli_usage_error(&render_cmd, "-T svg|png|pdf is required: %s has no such "
                                             "extension", o.output);
    else if (res == KG_ARGS_OK) {
        kg_cli_set_keep_refs(false); /* a picture lists no references */
        rc = kg_cli_write_one(&render_cmd, &o, &(kg_cli_writer){draw, NULL}, &r);
    }
    kg_opts_free(&o);
    return rc;
}
