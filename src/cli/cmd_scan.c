/* kamergraph scan: build the graph and write it out. */
#include "cli.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char scan_usage[] =
    "usage: kamergraph scan [-o DIR] [--format dot,graphml] [--name NAME] [--warnings] PATH...\n"
    "\n"
    "Build the citation graph of the letters and write it to DIR/NAME.dot\n"
    "(Graphviz) and DIR/NAME.graphml (Gephi, igraph, networkx).\n"
    "  -o, --output DIR   where to write (default graphs/; created if needed)\n"
    "  --format LIST      comma-separated: dot, graphml (default both)\n"
    "  --name NAME        file name without extension (default kamergraph)\n"
    "  --warnings         note suspect citations and markup disagreements\n"
    "  -q, --quiet        no progress line (shown on a terminal for long runs)\n"
    "  --include GLOB     in folders, only files whose name or path matches\n"
    "  --exclude GLOB     in folders, not these (both may be repeated)\n"
    "A PATH is a letter (.txt, .xml, .html, .docx, .pdf: read by content) or a\n"
    "folder (searched recursively); - reads standard input.\n";

typedef kg_status (*writer_fn)(kg_graph *, const char *, kg_error *);

static const struct {
    const char *name;
    writer_fn write;
} writers[] = {
    {"dot", kg_write_dot},
    {"graphml", kg_write_graphml},
};
#define NWRITERS (sizeof writers / sizeof writers[0])

/* Parses "dot,graphml" into a selection; returns 0 on an unknown name. */
static int parse_formats(const char *list, int chosen[NWRITERS])
{
    memset(chosen, 0, NWRITERS * sizeof *chosen);
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        size_t k;
        for (k = 0; k < NWRITERS; k++)
            if (strlen(writers[k].name) == n && strncmp(p, writers[k].name, n) == 0)
                break;
        if (k == NWRITERS) {
            fprintf(stderr, "kamergraph scan: unknown format '%.*s' (known: dot, graphml)\n",
                    (int)n, p);
            return 0;
        }
        chosen[k] = 1;
        p += n + (p[n] == ',');
    }
    return 1;
}

static int ensure_dir(const char *dir)
{
    if (mkdir(dir, 0777) == 0 || errno == EEXIST) {
        struct stat st;
        if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
            return 1;
        errno = ENOTDIR;
    }
    fprintf(stderr, "kamergraph scan: %s: cannot create output folder: %s\n",
            dir, strerror(errno));
    return 0;
}

int kg_cmd_scan(int argc, char **argv)
{
    const char *dir = "graphs", *formats = "dot,graphml", *name = "kamergraph", *v;
    kg_args a = {argc, 1, argv, "scan"};
    int bad = 0, warnings = 0;
    kg_filters filters = {0};
    for (; a.i < argc && argv[a.i][0] == '-' && argv[a.i][1] != '\0'; a.i++) {
        if (strcmp(argv[a.i], "--help") == 0 || strcmp(argv[a.i], "-h") == 0) {
            fputs(scan_usage, stdout);
            return KG_EXIT_OK;
        } else if (strcmp(argv[a.i], "--warnings") == 0) {
            warnings = 1;
        } else if (strcmp(argv[a.i], "--quiet") == 0 || strcmp(argv[a.i], "-q") == 0) {
            kg_cli_set_quiet(true);
        } else if ((v = kg_arg_value(&a, "--output", "-o", &bad))) {
            dir = v;
        } else if ((v = kg_arg_value(&a, "--format", NULL, &bad))) {
            formats = v;
        } else if ((v = kg_arg_value(&a, "--name", NULL, &bad))) {
            name = v;
        } else if (kg_arg_filter(&a, &filters, &bad)) {
        } else if (!bad) {
            fprintf(stderr, "kamergraph scan: unknown option '%s'\n", argv[a.i]);
            bad = 1;
        }
        if (bad)
            break;
    }
    int chosen[NWRITERS];
    if (bad || a.i >= argc || !parse_formats(formats, chosen) || !*name ||
        strchr(name, '/')) {
        fputs(scan_usage, stderr);
        return KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_graph *g = kg_cli_build_graph(argv + a.i, argc - a.i, &filters, warnings, &failed);
    if (!g || !ensure_dir(dir)) {
        kg_graph_free(g);
        return KG_EXIT_INPUT;
    }
    for (size_t k = 0; k < NWRITERS; k++) {
        if (!chosen[k])
            continue;
        size_t n = strlen(dir) + strlen(name) + strlen(writers[k].name) + 3;
        char *path = malloc(n);
        if (!path)
            break;
        snprintf(path, n, "%s/%s.%s", dir, name, writers[k].name);
        kg_error err = {0};
        if (writers[k].write(g, path, &err) != KG_OK) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            failed = 1;
        } else {
            fprintf(stderr, "kamergraph: wrote %s (%zu nodes, %zu edges)\n", path,
                    kg_graph_node_count(g), kg_graph_edge_count(g));
        }
        free(path);
    }
    kg_graph_free(g);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
