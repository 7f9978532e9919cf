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

/* Whether kg_cli_build_graph's graph keeps every reference (default: yes):
 * only the SQLite writer and the report list them. */
void kg_cli_set_keep_refs(bool keep);

/* No progress line on a terminal (--quiet). */
void kg_cli_set_quiet(bool quiet);

/* On stderr: the reader's note (always), and with --warnings the
 * document's warnings and its suspect citations. */
void kg_cli_note(const kg_doc *doc);
void kg_cli_warn(const kg_doc *doc);

/* Command-line parsing: `--opt VALUE`, `--opt=VALUE` and `-o VALUE`. */
typedef struct {
    int argc, i;
    char **argv;
    const char *cmd;
} kg_args;

/* Returns the option's value when argv[i] is `name` (or `short_name`),
 * advancing; NULL otherwise. *bad is set when the value is missing. */
const char *kg_arg_value(kg_args *a, const char *name, const char *short_name,
                         int *bad);
/* --include GLOB / --exclude GLOB / -j N: true when argv[i] was one. */
bool kg_arg_filter(kg_args *a, kg_filters *f, int *bad);

#endif
