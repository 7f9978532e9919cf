/* kamergraph render: draw the citation graph with Graphviz. */
#include "cli.h"
#include <stdio.h>
#include <string.h>

static const char render_usage[] =
    "usage: kamergraph render -T svg|png|pdf [-K dot|neato|sfdp|fdp] -o FILE PATH...\n"
    "\n"
    "Lay out the citation graph of the letters and draw it to FILE.\n"
    "  -T, --format FMT   svg, png or pdf (default: from FILE's extension)\n"
    "  -K, --engine NAME  dot, neato, sfdp or fdp (default: left-to-right dot\n"
    "                     up to 300 nodes, sfdp beyond)\n"
    "  -o, --output FILE  where to write (required)\n"
    "  --warnings         note suspect citations and markup disagreements\n"
    "  --include GLOB     in folders, only files whose name or path matches\n"
    "  --exclude GLOB     in folders, not these (both may be repeated)\n"
    "  -j, --jobs N       read the files on N threads (default: one per core);\n"
    "                     the output is the same for any N\n"
    "Nodes grow with the letters citing them and are coloured by kind, with a\n"
    "legend; in SVG every node with a publication links to it.\n"
    "-Tsvg and -Kneato (glued, as for dot) work too.\n";

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

/* -T and -K, also glued to their value as dot takes them (-Tsvg). */
static bool render_opt(kg_args *a, void *ctx, int *bad)
{
    render_opts *r = ctx;
    const char *arg = a->argv[a->i], *v;
    if (strncmp(arg, "-T", 2) == 0 && arg[2] != '\0')
        r->format = arg + 2;
    else if (strncmp(arg, "-K", 2) == 0 && arg[2] != '\0')
        r->engine = arg + 2;
    else if ((v = kg_arg_value(a, "--format", "-T", bad)))
        r->format = v;
    else if ((v = kg_arg_value(a, "--engine", "-K", bad)))
        r->engine = v;
    else
        return false;
    return true;
}

/* The format (from the output's extension when not given) and the engine
 * are ones we draw with; false when not, said on stderr. */
static bool render_opts_ok(render_opts *r, const char *output)
{
    if (!r->format && !(r->format = format_of(output))) {
        fprintf(stderr, "kamergraph render: -T svg|png|pdf is required (%s has no such extension)\n",
                output);
        return false;
    }
    if (strcmp(r->format, "svg") != 0 && strcmp(r->format, "png") != 0 &&
        strcmp(r->format, "pdf") != 0) {
        fprintf(stderr, "kamergraph render: unknown format '%s' (known: svg, png, pdf)\n",
                r->format);
        return false;
    }
    if (r->engine && strcmp(r->engine, "dot") != 0 && strcmp(r->engine, "neato") != 0 &&
        strcmp(r->engine, "sfdp") != 0 && strcmp(r->engine, "fdp") != 0) {
        fprintf(stderr, "kamergraph render: unknown engine '%s' (known: dot, neato, sfdp, fdp)\n",
                r->engine);
        return false;
    }
    return true;
}

static kg_status draw(kg_graph *g, const char *path, void *ctx, kg_error *err)
{
    render_opts *r = ctx;
    return kg_render(g, r->format, r->engine, path, err);
}

int kg_cmd_render(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "render"};
    kg_opts o = {0};
    render_opts r = {0};
    kg_args_result res = kg_args_parse(&a, KG_OPT_OUTPUT | KG_OPT_WARNINGS | KG_OPT_FILES,
                                       &o, render_opt, &r, render_usage);
    if (res == KG_ARGS_HELP)
        return KG_EXIT_OK;
    int bad = res == KG_ARGS_BAD || !kg_args_need_output(&a, &o) || !render_opts_ok(&r, o.output);
    if (bad || a.i >= argc) {
        fputs(render_usage, stderr);
        return KG_EXIT_USAGE;
    }
    kg_cli_set_keep_refs(false); /* a picture lists no references */
    return kg_cli_write_one(argv + a.i, argc - a.i, &o, draw, &r);
}
