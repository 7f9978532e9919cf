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
    "  --format LIST      comma-separated: dot, graphml, gexf (Gephi), json\n"
    "                     (node-link), csv (NAME-nodes.csv, NAME-edges.csv),\n"
    "                     sqlite (tables nodes, edges, refs); default dot,graphml\n"
    "  --name NAME        file name without extension (default kamergraph)\n"
    "  --view VIEW        full (default); letters (documents, an edge when one\n"
    "                     cites another); dossiers (documents and the dossiers\n"
    "                     they cite); coupling (documents linked by the\n"
    "                     Kamerstukken both cite); cocitation (Kamerstukken\n"
    "                     linked by the documents citing both)\n"
    "  --warnings         note suspect citations and markup disagreements\n"
    "  --cache FILE       keep per-file results in FILE; unchanged files are not\n"
    "                     scanned again (keyed by path, size, mtime, content hash)\n"
    "  -q, --quiet        no progress line (shown on a terminal for long runs)\n"
    "  --include GLOB     in folders, only files whose name or path matches\n"
    "  --exclude GLOB     in folders, not these (both may be repeated)\n"
    "  -j, --jobs N       read the files on N threads (default: one per core);\n"
    "                     the output is the same for any N\n"
    "A PATH is a letter (.txt, .xml, .html, .docx, .pdf: read by content) or a\n"
    "folder (searched recursively); - reads standard input.\n";

typedef kg_status (*writer_fn)(kg_graph *, const char *, kg_error *);

/* Each writer is given DIR/NAME.<name>; `files` are the endings of what it
 * writes in its place, to say so. */
static const struct {
    const char *name;
    writer_fn write;
    const char *files[2];
    bool lists_refs; /* needs the graph to keep every reference */
} writers[] = {
    {"dot", kg_write_dot, {".dot"}, false},
    {"graphml", kg_write_graphml, {".graphml"}, false},
    {"gexf", kg_write_gexf, {".gexf"}, false},
    {"json", kg_write_json, {".json"}, false},
    {"csv", kg_write_csv, {"-nodes.csv", "-edges.csv"}, false},
    {"sqlite", kg_write_sqlite, {".sqlite"}, true},
};
#define NWRITERS (sizeof writers / sizeof writers[0])

/* Keeping every reference costs about a quarter of a large graph's memory;
 * only do it for a writer that lists them. */
static bool chosen_list_refs(const int chosen[NWRITERS])
{
    for (size_t k = 0; k < NWRITERS; k++)
        if (chosen[k] && writers[k].lists_refs)
            return true;
    return false;
}

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
            fprintf(stderr, "kamergraph scan: unknown format '%.*s' (known: dot, graphml, gexf, json, csv, sqlite)\n",
                    (int)n, p);
            return 0;
        }
        chosen[k] = 1;
        p += n + (p[n] == ',');
    }
    return 1;
}

/* mkdir that succeeds when dir is already a folder. */
static int make_one(const char *dir)
{
    struct stat st;

    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return 0;
    if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
        return 1;
    errno = ENOTDIR;
    return 0;
}

/* The output folder and its parents, as the help promises ("created if
 * needed"), like mkdir -p. */
static int ensure_dir(const char *dir)
{
    char *path = strdup(dir);
    int ok = path != NULL;

    for (char *p = path ? path + 1 : NULL; ok && p && *p; p++)
        if (*p == '/' && p[-1] != '/') {
            *p = '\0';
            ok = make_one(path);
            *p = '/';
        }
    ok = ok && make_one(dir);
    if (!ok)
        fprintf(stderr, "kamergraph scan: %s: cannot create output folder: %s\n",
                dir, strerror(path ? errno : ENOMEM));
    free(path);
    return ok;
}

typedef struct {
    kg_opts opts;                       /* output: the folder */
    const char *formats, *name;
    kg_view view;
    int chosen[NWRITERS];
} scan_opts;

/* The options of scan and merge alike. */
static bool graph_opt(kg_args *a, void *ctx, int *bad)
{
    scan_opts *o = ctx;
    const char *v;
    if (kg_arg_flag(a, "--quiet", "-q")) {
        kg_cli_set_quiet(true);
    } else if ((v = kg_arg_value(a, "--format", NULL, bad))) {
        o->formats = v;
    } else if ((v = kg_arg_value(a, "--name", NULL, bad))) {
        o->name = v;
    } else if ((v = kg_arg_value(a, "--view", NULL, bad))) {
        if (!kg_view_parse(v, &o->view)) {
            fprintf(stderr, "kamergraph %s: unknown view '%s' (full, letters, dossiers, coupling, cocitation)\n",
                    a->cmd, v);
            *bad = 1;
        }
    } else {
        return false;
    }
    return true;
}

/* scan's: those, and --cache (merge reads no files to cache). */
static bool scan_opt(kg_args *a, void *ctx, int *bad)
{
    const char *v;
    if ((v = kg_arg_value(a, "--cache", NULL, bad))) {
        kg_cli_set_cache(v);
        return true;
    }
    return !*bad && graph_opt(a, ctx, bad);
}

/* Options of scan (with `files`: the input files' options too) and merge,
 * over the defaults both share; 0 to go on, else the exit code (-1: help
 * asked). */
static int parse_opts(kg_args *a, scan_opts *o, const char *usage, bool files)
{
    *o = (scan_opts){.opts.output = "graphs", .formats = "dot,graphml", .name = "kamergraph"};
    unsigned which = files ? KG_OPT_OUTPUT | KG_OPT_WARNINGS | KG_OPT_FILES : KG_OPT_OUTPUT;
    kg_args_result r = kg_args_parse(a, which, &o->opts, files ? scan_opt : graph_opt, o, usage);
    if (r == KG_ARGS_HELP)
        return -1;
    if (r == KG_ARGS_BAD || a->i >= a->argc || !parse_formats(o->formats, o->chosen) ||
        !*o->name || strchr(o->name, '/')) {
        fputs(usage, stderr);
        return KG_EXIT_USAGE;
    }
    return 0;
}

/* "wrote DIR/NAME-nodes.csv and DIR/NAME-edges.csv (...)": the files
 * writer k wrote, not the path it was given. */
static void say_written(const scan_opts *o, size_t k, const kg_graph *g)
{
    size_t n = 1;
    for (size_t f = 0; f < 2 && writers[k].files[f]; f++)
        n += strlen(o->opts.output) + strlen(o->name) + strlen(writers[k].files[f]) + 6;
    char *what = malloc(n);
    if (!what)
        return;
    size_t len = 0;
    for (size_t f = 0; f < 2 && writers[k].files[f]; f++)
        len += (size_t)snprintf(what + len, n - len, "%s%s/%s%s", f ? " and " : "",
                                o->opts.output, o->name, writers[k].files[f]);
    kg_cli_wrote(what, g);
    free(what);
}

/* Every chosen format into DIR/NAME.<format>, of the chosen view, with
 * the analysis (PageRank, HITS, communities, citing documents) on the
 * nodes; 1 when one failed. */
static int write_outputs(kg_graph *full, const scan_opts *o)
{
    int failed = 0;
    kg_error err = {0};
    if (!ensure_dir(o->opts.output))
        return 1;
    kg_graph *g = o->view == KG_VIEW_FULL ? full : kg_graph_view(full, o->view, &err);
    if (!g || kg_graph_analyse_view(g, full, o->view, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        if (g != full)
            kg_graph_free(g);
        return 1;
    }
    for (size_t k = 0; k < NWRITERS; k++) {
        if (!o->chosen[k])
            continue;
        size_t n = strlen(o->opts.output) + strlen(o->name) + strlen(writers[k].name) + 3;
        char *path = malloc(n);
        if (!path) {
            failed = 1;
            break;
        }
        snprintf(path, n, "%s/%s.%s", o->opts.output, o->name, writers[k].name);
        if (writers[k].write(g, path, &err) != KG_OK) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            failed = 1;
        } else {
            say_written(o, k, g);
        }
        free(path);
    }
    if (g != full)
        kg_graph_free(g);
    return failed;
}

int kg_cmd_scan(int argc, char **argv)
{
    scan_opts o;
    kg_args a = {argc, 1, argv, "scan"};
    int rc = parse_opts(&a, &o, scan_usage, true);
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    int failed = 0;
    kg_cli_set_keep_refs(chosen_list_refs(o.chosen));
    kg_graph *g = kg_cli_build_graph(argv + a.i, argc - a.i, &o.opts.filters, o.opts.warnings,
                                     &failed);
    if (!g)
        return KG_EXIT_INPUT;
    failed |= write_outputs(g, &o);
    kg_graph_free(g);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}

static const char merge_usage[] =
    "usage: kamergraph merge [-o DIR] [--format dot,graphml] [--name NAME] FILE.jsonl...|-\n"
    "\n"
    "Build the graph from `kamergraph refs --json` output (of many machines, or of\n"
    "parallel runs) and write it like scan: the same graph a single scan of the\n"
    "same files would have built.\n";

typedef struct {
    kg_doc **docs;
    size_t n, cap;
} doc_list;

/* Every document in one JSON Lines file. */
static int read_json(const char *file, doc_list *l)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
    if (!f) {
        fprintf(stderr, "kamergraph: %s: cannot open: %s\n", file, strerror(errno));
        return 1;
    }
    kg_json_docs *r = kg_json_docs_open(f, file);
    kg_error err = {0};
    kg_doc *doc;
    int failed = !r;
    while (r && (doc = kg_json_docs_next(r, &err))) {
        if (l->n == l->cap) {
            size_t cap = l->cap ? l->cap * 2 : 64;
            kg_doc **grown = realloc(l->docs, cap * sizeof *grown);
            if (!grown) {
                kg_doc_free(doc);
                failed = 1;
                break;
            }
            l->docs = grown;
            l->cap = cap;
        }
        l->docs[l->n++] = doc;
    }
    if (err.code != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    }
    kg_json_docs_close(r);
    if (f != stdin)
        fclose(f);
    return failed;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(kg_doc_path(*(kg_doc *const *)a), kg_doc_path(*(kg_doc *const *)b));
}

int kg_cmd_merge(int argc, char **argv)
{
    scan_opts o;
    kg_args a = {argc, 1, argv, "merge"};
    int rc = parse_opts(&a, &o, merge_usage, false);
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    doc_list l = {0};
    int failed = 0;
    for (int i = a.i; i < argc; i++)
        failed |= read_json(argv[i], &l);
    /* in the order a scan would have read them, whatever the order of the
     * pieces */
    qsort(l.docs, l.n, sizeof *l.docs, by_path);
    kg_graph *g = kg_graph_create();
    for (size_t i = 0; g && i < l.n; i++) {
        kg_error err = {0};
        if (kg_graph_add_document(g, l.docs[i], &err) != KG_OK) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            failed = 1;
        }
    }
    for (size_t i = 0; i < l.n; i++)
        kg_doc_free(l.docs[i]);
    free(l.docs);
    if (!g || kg_graph_resolve_aliases(g) != KG_OK) {
        kg_graph_free(g);
        fprintf(stderr, "kamergraph: out of memory\n");
        return KG_EXIT_INPUT;
    }
    failed |= write_outputs(g, &o);
    kg_graph_free(g);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
