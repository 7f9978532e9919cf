/* kamergraph scan and merge: build the graph and write it out. */
#include "cli.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The formats are the library's (kg_format_at); chosen[k] says whether
 * format k is written. */
#define MAX_FORMATS 16

static size_t format_count(void)
{
    size_t n = 0;
    while (kg_format_at(n) && n < MAX_FORMATS)
        n++;
    return n;
}

/* Keeping every reference costs about a quarter of a large graph's memory;
 * only do it for a writer that lists them. */
static bool chosen_list_refs(const int chosen[MAX_FORMATS])
{
    for (size_t k = 0; k < format_count(); k++)
        if (chosen[k] && kg_format_at(k)->lists_refs)
            return true;
    return false;
}

/* "dot, graphml, gexf, json, csv and sqlite" (`last` before the last). */
static const char *format_names(const char *last)
{
    static char list[256];
    size_t n = format_count();
    list[0] = '\0';
    for (size_t k = 0; k < n; k++)
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s",
                 k == 0 ? "" : k + 1 == n ? last : ", ", kg_format_at(k)->name);
    return list;
}

/* Parses "dot,graphml" into a selection; NULL, or why not. */
static const char *parse_formats(const char *list, int chosen[MAX_FORMATS])
{
    memset(chosen, 0, MAX_FORMATS * sizeof *chosen);
    const char *p = list;
    if (!*p)
        return kg_cli_why("wants a list of formats: %s", format_names(", "));
    while (*p) {
        size_t n = strcspn(p, ",");
        size_t k;
        for (k = 0; k < format_count(); k++)
            if (strlen(kg_format_at(k)->name) == n && strncmp(p, kg_format_at(k)->name, n) == 0)
                break;
        if (k == format_count())
            return kg_cli_why("takes %s, not '%.*s'", format_names(" and "), (int)n, p);
        chosen[k] = 1;
        p += n + (p[n] == ',');
    }
    return NULL;
}

enum { OPT_FORMAT = 1, OPT_NAME };

static const kg_option graph_options[] = {
    {OPT_FORMAT, "--format", 0, "LIST",
     "comma-separated: dot, graphml, gexf (Gephi), json (node-link), csv "
     "(NAME-nodes.csv, NAME-edges.csv), sqlite (tables nodes, edges, refs); default "
     "dot,graphml"},
    {OPT_NAME, "--name", 0, "NAME", "file name without extension (default kamergraph)"},
    {0, NULL, 0, NULL, NULL},
};

typedef struct {
    const char *formats, *name;
    int chosen[MAX_FORMATS];
} scan_opts;

static const char *take_graph_opt(void *ctx, int id, const char *v)
{
    scan_opts *o = ctx;
    if (id == OPT_FORMAT)
        return parse_formats(o->formats = v, o->chosen);
    if (!*v || strchr(v, '/'))
        return kg_cli_why("wants a file name without a folder, not '%s'", v);
    o->name = v;
    return NULL;
}

#define OUTPUT_HELP \
    "where to write (default graphs/; created if needed); - writes the one format " \
    "asked for to standard output"

static const kg_command scan_cmd = {
    "scan", "[OPTIONS] PATH...",
    "Build the citation graph of the letters and write it to DIR/NAME.dot\n"
    "(Graphviz) and DIR/NAME.graphml (Gephi, igraph, networkx), or the\n"
    "formats --format names. Every file is written under a temporary name and\n"
    "all are moved into place at the end: a failed run changes nothing.",
    KG_COMMON_READS | KG_COMMON_OUTPUT | KG_COMMON_VIEW, graph_options, "DIR", OUTPUT_HELP,
    KG_PATHS_HELP, KG_NO_PATHS, take_graph_opt,
};

static const kg_command merge_cmd = {
    "merge", "[OPTIONS] FILE.jsonl...|-",
    "Build the graph from `kamergraph refs --json` output (of many machines, or\n"
    "of parallel runs) and write it like scan: the same graph a single scan of\n"
    "the same files would have built.",
    KG_COMMON_QUIET | KG_COMMON_OUTPUT | KG_COMMON_VIEW, graph_options, "DIR", OUTPUT_HELP,
    NULL, "no FILE.jsonl given: name the output of 'kamergraph refs --json'", take_graph_opt,
};

/* "DIR/NAME", where the formats write their files; NULL when out of
 * memory. */
static char *stem(const char *dir, const scan_opts *o)
{
    size_t n = strlen(dir) + strlen(o->name) + 2;
    char *path = malloc(n);
    if (path)
        snprintf(path, n, "%s/%s", dir, o->name);
    return path;
}

/* "DIR/NAME-nodes.csv and DIR/NAME-edges.csv": the files format k
 * writes. */
static void say_written(const char *dir, const scan_opts *o, size_t k, const kg_graph *g)
{
    const kg_format *f = kg_format_at(k);
    char what[8192];
    size_t len = 0;
    for (size_t i = 0; i < 2 && f->files[i] && len < sizeof what; i++)
        len += (size_t)snprintf(what + len, sizeof what - len, "%s%s/%s%s", i ? " and " : "",
                                dir, o->name, f->files[i]);
    kg_cli_wrote(what, g);
}

/* Before anything is read: the folder exists or is made, and a file can
 * be created in it for each output, so that a bad -o is said at once. */
static bool outputs_writable(const kg_opts *opts, const scan_opts *o)
{
    if (strcmp(opts->output, "-") == 0)
        return true;
    if (!kg_cli_make_folder(opts->output))
        return false;
    char *at = stem(opts->output, o);
    bool ok = at != NULL;
    for (size_t k = 0; ok && k < format_count(); k++) {
        char path[8192];
        snprintf(path, sizeof path, "%s.%s", at, kg_format_at(k)->name);
        ok = !o->chosen[k] || kg_cli_can_write(path);
    }
    free(at);
    return ok;
}

/* The graph of the chosen view, analysed; NULL (said) on failure. */
static kg_graph *view_of(kg_graph *full, kg_view view)
{
    kg_error err = {0};
    kg_graph *g = view == KG_VIEW_FULL ? full : kg_graph_view(full, view, &err);
    if (!g || kg_graph_analyse_view(g, full, view, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        if (g != full)
            kg_graph_free(g);
        return NULL;
    }
    return g;
}

static kg_status write_chosen(kg_graph *g, kg_sink *out, void *ctx, kg_error *err)
{
    return kg_write(g, ((const kg_format *)ctx)->parts[0], out, err);
}

/* `-o -`: the one format chosen, to standard output. */
static int write_stdout(kg_graph *g, const scan_opts *o)
{
    size_t k = 0;
    while (!o->chosen[k])
        k++;
    return kg_cli_write_stdout(g, write_chosen, (void *)kg_format_at(k));
}

/* Every chosen format into DIR/NAME.<format>, all or none; 1 when one
 * failed. */
static int write_files(kg_graph *g, const char *dir, const scan_opts *o)
{
    kg_error err = {0};
    char *at = stem(dir, o);
    int failed = !at;
    if (!at)
        fputs("kamergraph: out of memory\n", stderr);
    kg_output_hold();
    for (size_t k = 0; k < format_count() && !failed; k++)
        if (o->chosen[k] && kg_write_files(g, kg_format_at(k), at, &err) != KG_OK) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            failed = 1;
        }
    free(at);
    if (failed) {
        kg_output_discard();
        return 1;
    }
    if (kg_output_commit(&err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        return 1;
    }
    for (size_t k = 0; k < format_count(); k++)
        if (o->chosen[k])
            say_written(dir, o, k, g);
    return 0;
}

/* The chosen view of the graph, with the analysis (PageRank, HITS,
 * communities, citing documents) on its nodes, in every chosen format. */
static int write_outputs(kg_graph *full, const kg_opts *opts, const scan_opts *o)
{
    kg_graph *g = view_of(full, opts->view);
    if (!g)
        return 1;
    int failed = strcmp(opts->output, "-") == 0 ? write_stdout(g, o)
                                                 : write_files(g, opts->output, o);
    if (g != full)
        kg_graph_free(g);
    return failed;
}

/* Parsed and checked options of scan and merge; 0 to go on, else the exit
 * code (-1: help was asked). */
static int parse(const kg_command *cmd, int argc, char **argv, kg_opts *opts, scan_opts *o)
{
    *o = (scan_opts){.formats = "dot,graphml", .name = "kamergraph"};
    parse_formats(o->formats, o->chosen);
    kg_args_result r = kg_cli_parse(cmd, argc, argv, opts, o);
    if (r != KG_ARGS_OK)
        return r == KG_ARGS_HELP ? -1 : KG_EXIT_USAGE;
    if (!opts->output)
        opts->output = "graphs";
    size_t n = 0, csv = 0;
    for (size_t k = 0; k < format_count(); k++) {
        n += (size_t)o->chosen[k];
        csv |= o->chosen[k] && kg_format_at(k)->files[1];
    }
    if (strcmp(opts->output, "-") == 0 && (n != 1 || csv))
        return kg_cli_usage_error(cmd, "-o - writes one file to standard output: --format "
                                       "names one format other than csv");
    return 0;
}

int kg_cmd_scan(int argc, char **argv)
{
    scan_opts o;
    kg_opts opts;
    int rc = parse(&scan_cmd, argc, argv, &opts, &o);
    if (rc == 0 && (!outputs_writable(&opts, &o) || !kg_cli_cache_writable()))
        rc = KG_EXIT_INPUT;
    if (rc) {
        kg_opts_free(&opts);
        return rc < 0 ? KG_EXIT_OK : rc;
    }
    int failed = 0;
    kg_cli_set_keep_refs(chosen_list_refs(o.chosen));
    kg_graph *g = kg_cli_build_graph(&opts, &failed);
    if (g)
        failed |= write_outputs(g, &opts, &o);
    kg_graph_free(g);
    kg_opts_free(&opts);
    return failed || !g ? KG_EXIT_INPUT : KG_EXIT_OK;
}

typedef struct {
    kg_doc **docs;
    size_t n, cap;
} doc_list;

static bool keep_doc(doc_list *l, kg_doc *doc)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        kg_doc **grown = realloc(l->docs, cap * sizeof *grown);
        if (!grown)
            return false;
        l->docs = grown;
        l->cap = cap;
    }
    l->docs[l->n++] = doc;
    return true;
}

/* Every document in one JSON Lines file; 1 when it is no such file. */
static int read_json(const char *file, doc_list *l)
{
    struct stat st;
    if (strcmp(file, "-") != 0 && stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "kamergraph: %s: a folder; merge reads the files that "
                        "'kamergraph refs --json' writes\n", file);
        return 1;
    }
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
    if (!f) {
        fprintf(stderr, "kamergraph: %s: cannot open: %s\n", file, strerror(errno));
        return 1;
    }
    kg_json_docs *r = kg_json_docs_open(f, file);
    kg_error err = {0};
    kg_doc *doc;
    size_t before = l->n;
    int failed = !r;
    while (r && !failed && (doc = kg_json_docs_next(r, &err)))
        if (!keep_doc(l, doc)) {
            kg_doc_free(doc);
            failed = 1;
        }
    if (err.code != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else if (!failed && l->n == before) {
        fprintf(stderr, "kamergraph: %s: no documents in it (it should hold the output of "
                        "'kamergraph refs --json')\n", file);
        failed = 1;
    }
    kg_json_docs_close(r);
    if (f != stdin)
        fclose(f);
    return failed;
}

static int by_path(const void *a, const void *b)
{
    return kg_cli_path_order(kg_doc_path(*(kg_doc *const *)a), kg_doc_path(*(kg_doc *const *)b));
}

/* Each document once, as a scan reads it: of two files that are one
 * document (pieces made on two machines may both hold it), the richer. */
static bool *copies_to_drop(const doc_list *l)
{
    bool *drop = calloc(l->n + 1, sizeof *drop);
    kg_docset *set = kg_docset_create();
    for (size_t i = 0; drop && set && i < l->n; i++) {
        size_t other;
        switch (kg_docset_add(set, i, l->docs[i], &other)) {
        case KG_DOC_POORER: drop[i] = true; break;
        case KG_DOC_RICHER: drop[other] = true; break;
        default: break;
        }
    }
    kg_docset_free(set);
    if (!set) {
        free(drop);
        return NULL;
    }
    return drop;
}

/* The graph of every piece's documents, in the order a scan would have
 * read them whatever the order of the pieces; NULL (said) when a piece
 * could not be read: a merge of part of the pieces would be a graph
 * nobody asked for. */
static kg_graph *merge_pieces(const kg_opts *opts)
{
    doc_list l = {0};
    int failed = 0;
    for (int i = 0; i < opts->npaths; i++)
        failed |= read_json(opts->paths[i], &l);
    if (l.n) /* qsort may not be given NULL, even for nothing */
        qsort(l.docs, l.n, sizeof *l.docs, by_path);
    bool *drop = failed ? NULL : copies_to_drop(&l);
    kg_graph *g = drop ? kg_graph_create() : NULL;
    if (!failed && !g)
        fprintf(stderr, "kamergraph: out of memory\n");
    for (size_t i = 0; g && i < l.n; i++) {
        kg_error err = {0};
        if (!drop[i] && kg_graph_add_document(g, l.docs[i], &err) != KG_OK) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            kg_graph_free(g);
            g = NULL;
        }
    }
    for (size_t i = 0; i < l.n; i++)
        kg_doc_free(l.docs[i]);
    free(l.docs);
    free(drop);
    if (g && kg_graph_resolve_aliases(g) != KG_OK) {
        fprintf(stderr, "kamergraph: out of memory\n");
        kg_graph_free(g);
        g = NULL;
    }
    return g;
}

int kg_cmd_merge(int argc, char **argv)
{
    scan_opts o;
    kg_opts opts;
    int rc = parse(&merge_cmd, argc, argv, &opts, &o);
    if (rc == 0 && !outputs_writable(&opts, &o))
        rc = KG_EXIT_INPUT;
    if (rc) {
        kg_opts_free(&opts);
        return rc < 0 ? KG_EXIT_OK : rc;
    }
    kg_graph *g = merge_pieces(&opts);
    int failed = !g || write_outputs(g, &opts, &o);
    kg_graph_free(g);
    kg_opts_free(&opts);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
