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

int kg_cmd_render(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "render"};
    const char *format = NULL, *engine = NULL, *output = NULL, *v;
    int bad = 0, warnings = 0;
    kg_filters filters = {0};
    for (; a.i < argc && argv[a.i][0] == '-' && argv[a.i][1] != '\0'; a.i++) {
        const char *arg = argv[a.i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(render_usage, stdout);
            return KG_EXIT_OK;
        } else if (strcmp(arg, "--warnings") == 0) {
            warnings = 1;
        } else if (strncmp(arg, "-T", 2) == 0 && arg[2] != '\0') {
            format = arg + 2;
        } else if (strncmp(arg, "-K", 2) == 0 && arg[2] != '\0') {
            engine = arg + 2;
        } else if ((v = kg_arg_value(&a, "--format", "-T", &bad))) {
            format = v;
        } else if ((v = kg_arg_value(&a, "--engine", "-K", &bad))) {
            engine = v;
        } else if ((v = kg_arg_value(&a, "--output", "-o", &bad))) {
            output = v;
        } else if (kg_arg_filter(&a, &filters, &bad)) {
        } else if (!bad) {
            fprintf(stderr, "kamergraph render: unknown option '%s'\n", arg);
            bad = 1;
        }
        if (bad)
            break;
    }
    if (!bad && !output) {
        fprintf(stderr, "kamergraph render: -o FILE is required\n");
        bad = 1;
    }
    if (!bad && !format && !(format = format_of(output))) {
        fprintf(stderr, "kamergraph render: -T svg|png|pdf is required (%s has no such extension)\n",
                output);
        bad = 1;
    }
    if (!bad && strcmp(format, "svg") != 0 && strcmp(format, "png") != 0 &&
        strcmp(format, "pdf") != 0) {
        fprintf(stderr, "kamergraph render: unknown format '%s' (known: svg, png, pdf)\n", format);
        bad = 1;
    }
    if (!bad && engine && strcmp(engine, "dot") != 0 && strcmp(engine, "neato") != 0 &&
        strcmp(engine, "sfdp") != 0 && strcmp(engine, "fdp") != 0) {
        fprintf(stderr, "kamergraph render: unknown engine '%s' (known: dot, neato, sfdp, fdp)\n",
                engine);
        bad = 1;
    }
    if (bad || a.i >= argc) {
        fputs(render_usage, stderr);
        return KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_graph *g = kg_cli_build_graph(argv + a.i, argc - a.i, &filters, warnings, &failed);
    if (!g)
        return KG_EXIT_INPUT;
    kg_error err = {0};
    kg_status s = kg_render(g, format, engine, output, &err);
    if (s != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else {
        fprintf(stderr, "kamergraph: wrote %s (%zu nodes, %zu edges)\n", output,
                kg_graph_node_count(g), kg_graph_edge_count(g));
    }
    kg_graph_free(g);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
