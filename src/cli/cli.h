/* The command line: shared helpers and one function per command. */
#ifndef KG_CLI_H
#define KG_CLI_H

#include "kamergraph/kamergraph.h"
#include <stddef.h>

enum { KG_EXIT_OK = 0, KG_EXIT_INPUT = 1, KG_EXIT_USAGE = 2 };

int kg_cmd_scan(int argc, char **argv);
int kg_cmd_refs(int argc, char **argv);
int kg_cmd_top(int argc, char **argv);
int kg_cmd_merge(int argc, char **argv);
int kg_cmd_model(int argc, char **argv);
int kg_cmd_render(int argc, char **argv);
int kg_cmd_report(int argc, char **argv);
int kg_cmd_site(int argc, char **argv);
int kg_cmd_annotate(int argc, char **argv);

/* The input files named by PATHs: files as given, folders searched
 * recursively for the formats kamergraph reads (hidden entries skipped,
 * other files noted, no symlink loop followed), all sorted so the output
 * does not depend on the order on disk. Unreadable folders are reported
 * on stderr and make *failed true. */
typedef struct {
    char **paths;
    size_t n, cap;
} kg_pathlist;

#define KG_MAX_GLOBS 16

/* --include / --exclude globs, matched against a found file's name and
 * path. */
typedef struct {
    const char *include[KG_MAX_GLOBS], *exclude[KG_MAX_GLOBS];
    size_t ninclude, nexclude;
} kg_filters;

void kg_paths_collect(kg_pathlist *l, char **args, int nargs, const kg_filters *f,
                      int *failed);
void kg_paths_free(kg_pathlist *l);

/* Reads and scans every input into a new graph; errors go to stderr, and
 * with `warnings` the notes of kg_cli_warn. */
kg_graph *kg_cli_build_graph(char **args, int nargs, const kg_filters *f,
                             int warnings, int *failed);

/* Called for each document in file order, on the calling thread; it owns
 * doc (NULL when the file could not be read: err says why). */
typedef void (*kg_doc_fn)(size_t i, kg_doc *doc, const kg_error *err, void *ctx);

/* Reads the files on kg_cli_jobs() threads, handing each to fn in order:
 * the output does not depend on the number of threads. */
void kg_read_in_order(char **paths, size_t n, kg_doc_fn fn, void *ctx);

/* The same with another way to get a document (the scan cache): called
 * on the worker threads. */
typedef kg_doc *(*kg_read_fn)(size_t i, const char *path, kg_error *err, void *ctx);
void kg_read_in_order_with(char **paths, size_t n, kg_read_fn read, void *read_ctx,
                           kg_doc_fn fn, void *ctx);

/* -j N: threads to read with (0: one per core). */
void kg_cli_set_jobs(int n);
int kg_cli_jobs(void);

/* The scan cache (cache.c). */
typedef struct kg_cache kg_cache;
kg_cache *kg_cache_open(const char *file, size_t nfiles);
void kg_cache_free(kg_cache *c);
/* A kg_read_fn: the cached document when the file is unchanged. */
kg_doc *kg_cache_read(size_t i, const char *path, kg_error *err, void *ctx);
/* Keeps file i's document for the new cache. */
void kg_cache_keep(kg_cache *c, size_t i, const kg_doc *doc);
size_t kg_cache_hits(const kg_cache *c);
int kg_cache_save(const kg_cache *c, const char *file);

/* scan --cache FILE: kg_cli_build_graph reads through it. */
void kg_cli_set_cache(const char *file);

/* Called by kg_cli_build_graph with each document it added to the graph,
 * in file order, before the document is freed (the site keeps what its
 * pages need); false, with err filled, fails the run. NULL: none. */
typedef bool (*kg_doc_hook)(const kg_doc *doc, void *ctx, kg_error *err);
void kg_cli_set_doc_hook(kg_doc_hook hook, void *ctx);

/* Whether kg_cli_build_graph's graph keeps every reference (default: yes):
 * only the SQLite writer and the report list them. */
void kg_cli_set_keep_refs(bool keep);

/* No progress line on a terminal (--quiet). */
void kg_cli_set_quiet(bool quiet);

/* On stderr: the reader's note (always), and with --warnings the
 * document's warnings and its suspect citations. */
void kg_cli_note(const kg_doc *doc);
void kg_cli_warn(const kg_doc *doc);

/* "kamergraph: wrote WHAT (N nodes, M edges)" on stderr. */
void kg_cli_wrote(const char *what, const kg_graph *g);

/* Command-line parsing (args.c): `--opt VALUE`, `--opt=VALUE` and
 * `-o VALUE`. */
typedef struct {
    int argc, i;
    char **argv;
    const char *cmd;
} kg_args;

/* Returns the option's value when argv[i] is `name` (or `short_name`),
 * advancing; NULL otherwise. *bad is set when the value is missing. */
const char *kg_arg_value(kg_args *a, const char *name, const char *short_name,
                         int *bad);
/* True when argv[i] is the option `name` (or `short_name`), without value. */
bool kg_arg_flag(const kg_args *a, const char *name, const char *short_name);

/* The options several commands take; a command says which with `which`. */
enum {
    KG_OPT_OUTPUT = 1,      /* -o, --output VALUE */
    KG_OPT_WARNINGS = 2,    /* --warnings */
    KG_OPT_FILES = 4,       /* --include GLOB, --exclude GLOB, -j N */
};

typedef struct {
    const char *output;
    int warnings;
    kg_filters filters;
} kg_opts;

/* A command's own options: true when argv[a->i] was one (kg_arg_value has
 * then advanced past its value); *bad is set, after saying why on stderr,
 * when it was wrong. */
typedef bool (*kg_own_opt_fn)(kg_args *a, void *ctx, int *bad);

typedef enum { KG_ARGS_OK, KG_ARGS_HELP, KG_ARGS_BAD } kg_args_result;

/* Parses the options before the PATHs, leaving a->i on the first PATH:
 * --help and -h (usage printed on stdout: KG_ARGS_HELP), the command's own
 * through `own` (may be NULL), the shared ones of `which` into *o. An
 * unknown or wrong option is named on stderr: KG_ARGS_BAD (the caller
 * prints the usage, after its own checks). */
kg_args_result kg_args_parse(kg_args *a, unsigned which, kg_opts *o, kg_own_opt_fn own,
                             void *ctx, const char *usage);

/* render and report: -o FILE was given; false, said on stderr, if not. */
bool kg_args_need_output(const kg_args *a, const kg_opts *o);

/* render and report: the graph of the PATHs, written by `write` to
 * o->output; the exit code. */
typedef kg_status (*kg_file_writer)(kg_graph *g, const char *path, void *ctx, kg_error *err);
int kg_cli_write_one(char **paths, int npaths, const kg_opts *o, kg_file_writer write,
                     void *ctx);

#endif
