/* The command line: shared helpers and one function per command. */
#ifndef KG_CLI_H
#define KG_CLI_H

#include "kamergraph/kamergraph.h"
#include <stddef.h>

enum { KG_EXIT_OK = 0, KG_EXIT_INPUT = 1, KG_EXIT_USAGE = 2 };

/* What a PATH is, for every command's --help, and the error without one. */
#define KG_PATHS_HELP \
    "A PATH is a letter (plain text, official XML, HTML, DOCX or PDF: read by\n" \
    "content, whatever its name) or a folder (searched recursively for .txt,\n" \
    ".xml, .html, .htm, .docx and .pdf); - reads standard input. Files that\n" \
    "kamergraph wrote itself are skipped."
#define KG_NO_PATHS "no PATH given: name letters, folders, or - for standard input"

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
 * recursively for the formats kamergraph reads and for what --include
 * adds (hidden entries skipped, no symlink loop followed), each file once,
 * in the order of kg_cli_path_order, so that the output does not depend
 * on the order on disk or on the command line. */
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
    bool verbose;   /* name each file skipped, not only count them */
} kg_filters;

/* ---- the command line (args.c) --------------------------------------
 *
 * Every command describes itself in a kg_command: its own options and the
 * common ones it takes. One parser reads them all, so a spelling, a check
 * or a message cannot drift between commands, and --help is made from the
 * same table the parser reads, so it lists every option taken. Options
 * may stand before or after the PATHs; `--` ends them; `-` is a PATH
 * (standard input). A value follows as `--opt V`, `--opt=V`, `-o V` or
 * glued, `-jN`, `-n3`, `-Tsvg`. */

/* One of a command's own options. */
typedef struct {
    int id;             /* handed to kg_command.take; 0 ends a list */
    const char *name;   /* "--format" */
    char letter;        /* 'T' for -T, or 0 */
    const char *value;  /* "LIST" when it takes a value; NULL: a flag */
    const char *help;   /* --help lines, '\n' between them */
} kg_option;

/* The common options: they mean the same on every command that takes
 * them. */
enum {
    KG_COMMON_OUTPUT = 1 << 0,   /* -o, --output (its text: kg_command) */
    KG_COMMON_QUIET = 1 << 1,    /* -q, --quiet */
    KG_COMMON_JOBS = 1 << 2,     /* -j, --jobs N */
    KG_COMMON_FOLDERS = 1 << 3,  /* --include, --exclude, --verbose */
    KG_COMMON_CACHE = 1 << 4,    /* --cache FILE */
    KG_COMMON_VIEW = 1 << 5,     /* --view VIEW */
    KG_COMMON_WARNINGS = 1 << 6, /* --warnings */
};
/* What every command that reads letters takes. */
#define KG_COMMON_READS (KG_COMMON_QUIET | KG_COMMON_JOBS | KG_COMMON_FOLDERS | \
                         KG_COMMON_CACHE | KG_COMMON_WARNINGS)

typedef struct {
    const char *name;         /* "scan" */
    const char *synopsis;     /* after "usage: kamergraph scan " */
    const char *about;        /* what it does, for --help */
    unsigned common;          /* KG_COMMON_... it takes */
    const kg_option *own;     /* its own options, {0}-terminated; or NULL */
    const char *output_value; /* -o's value: "DIR" or "FILE" */
    const char *output_help;  /* -o's help */
    const char *footer;       /* after the options in --help, or NULL */
    const char *no_paths;     /* the error when no PATH is given */
    /* An own option was given (value NULL for a flag): NULL when taken,
     * else why not, without the option's name (kg_cli_why helps). */
    const char *(*take)(void *ctx, int id, const char *value);
} kg_command;

/* What the parser found. */
typedef struct {
    const char *output;  /* -o; NULL when not given */
    bool warnings;
    kg_filters filters;
    kg_view view;        /* --view; KG_VIEW_FULL when not given */
    char **paths;        /* the PATHs in the order given (kg_opts_free) */
    int npaths;
} kg_opts;

typedef enum { KG_ARGS_OK, KG_ARGS_HELP, KG_ARGS_BAD } kg_args_result;

/* Parses argv[1..argc) (argv[0] is the command's name). KG_ARGS_HELP:
 * the help is printed on stdout; KG_ARGS_BAD: one line on stderr says
 * what is wrong and how to get help. Either way, kg_opts_free. */
kg_args_result kg_cli_parse(const kg_command *cmd, int argc, char **argv, kg_opts *o,
                            void *ctx);
void kg_opts_free(kg_opts *o);

/* "kamergraph CMD: WHY; try 'kamergraph CMD --help'" on stderr; returns
 * KG_EXIT_USAGE. For the checks a command makes after parsing. */
int kg_cli_usage_error(const kg_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A message for kg_command.take, formatted into a static buffer. */
const char *kg_cli_why(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A whole number in [min, max] from `v`; false when it is none. */
bool kg_cli_number(const char *v, long min, long max, long *out);

/* render, report and site: the graph of the PATHs, written to o->output
 * ("-": standard output) into a sink (render, report) or a folder (the
 * site); the exit code. */
typedef kg_status (*kg_sink_writer)(kg_graph *g, kg_sink *out, void *ctx, kg_error *err);
typedef struct {
    kg_sink_writer to_sink;
    kg_status (*to_folder)(kg_graph *g, const char *dir, void *ctx, kg_error *err);
} kg_cli_writer;
int kg_cli_write_one(const kg_command *cmd, const kg_opts *o, const kg_cli_writer *write,
                     void *ctx);

/* ---- inputs (inputs.c, docset.c, pool.c, cache.c) ------------------- */


/* A named PATH that does not exist is said on stderr and makes *missing
 * true; a folder that cannot be read, *failed. Files of other formats
 * found in folders are counted in one line (named with verbose). */
void kg_paths_collect(kg_pathlist *l, char **args, int nargs, const kg_filters *f,
                      int *failed, int *missing);
void kg_paths_free(kg_pathlist *l);

/* The order files are read in: by path, but the formats of one file name
 * richest first ("x.xml" before "x.pdf" before "x.txt"), so that of two
 * copies of a letter the richer is met first (see kg_docset). */
int kg_cli_path_order(const char *a, const char *b);

/* Reads and scans every input of the PATHs into a new graph (each
 * document once: see kg_docset), with the notes, warnings and cache the
 * options ask for. NULL, said on stderr, when a named PATH is missing,
 * when no letter at all was read, or when out of memory: then nothing
 * should be written. *failed: some input could not be read. */
kg_graph *kg_cli_build_graph(const kg_opts *o, int *failed);

/* What a command does with the documents of a run (kg_cli_read_all). */
typedef struct {
    /* Before the first document: how many files there are to read; false
     * when out of memory (said). May be NULL. */
    bool (*begin)(size_t nfiles, void *ctx);
    /* File i's document, in file order: false when it failed (said). The
     * document is freed after. */
    bool (*take)(size_t i, const kg_doc *doc, void *ctx);
    /* File i, taken before, turned out to be a poorer copy of a later
     * file: forget it. NULL when the taker cannot; then reset. */
    void (*undo)(size_t i, void *ctx);
    /* Start again from nothing (the run is read once more, without the
     * poorer copies); false when out of memory. With neither undo nor
     * reset, every file is taken as a document of its own. */
    bool (*reset)(void *ctx);
    void *ctx;
    /* Needs the whole document as read from its file (its model): the
     * cache is then only kept up to date, not read from. */
    bool whole;
} kg_doc_taker;

/* Reads the documents of the PATHs in order, each document once (see
 * kg_docset), on kg_cli_jobs() threads, with the progress line, the
 * notes, the warnings and the cache the options ask for. Returns the
 * number of documents taken; -1 when a named PATH is missing (nothing is
 * read then) or out of memory; 0 when none was found: both said. *failed:
 * some input could not be read. */
long kg_cli_read_all(const kg_opts *o, kg_doc_taker *t, int *failed);

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

/* Which documents of a run are one (two files, one identity: the same
 * letter as .txt and .pdf, or a file named twice): the key is the
 * document's publication id when it has one, else its path without the
 * extension. Of two, the richer format is read: official XML, HTML, DOCX,
 * PDF, plain text; of two alike, the first in order. */
typedef struct kg_docset kg_docset;
kg_docset *kg_docset_create(void);
void kg_docset_free(kg_docset *s);
typedef enum {
    KG_DOC_NEW,     /* the first of its identity: read it */
    KG_DOC_POORER,  /* an earlier file is this document, as rich: skip it */
    KG_DOC_RICHER   /* an earlier file is this document, poorer: it goes */
} kg_doc_verdict;
/* Records file i's document; for POORER and RICHER, *other is the
 * earlier file's index. Says so on stderr (unless quiet). */
kg_doc_verdict kg_docset_add(kg_docset *s, size_t i, const kg_doc *doc, size_t *other);

/* -j N: threads to read with (0: one per core). */
void kg_cli_set_jobs(int n);
int kg_cli_jobs(void);

/* The scan cache (cache.c). */
typedef struct kg_cache kg_cache;
kg_cache *kg_cache_open(const char *file, size_t nfiles);
void kg_cache_free(kg_cache *c);
/* A kg_read_fn: the cached document when the file is unchanged. */
kg_doc *kg_cache_read(size_t i, const char *path, kg_error *err, void *ctx);
/* A kg_read_fn that reads the file itself, for a taker that needs all of
 * the document (its model, which the cache does not hold), and notes the
 * file for the new cache. */
kg_doc *kg_cache_read_fresh(size_t i, const char *path, kg_error *err, void *ctx);
/* Keeps file i's document for the new cache. */
void kg_cache_keep(kg_cache *c, size_t i, const kg_doc *doc);
size_t kg_cache_hits(const kg_cache *c);
int kg_cache_save(const kg_cache *c, const char *file);

/* --cache FILE: kg_cli_build_graph and refs read through it. */
void kg_cli_set_cache(const char *file);
const char *kg_cli_cache(void);
/* The cache, if one is asked for, can be written: checked before the
 * scan; false (said) when not. */
bool kg_cli_cache_writable(void);

/* The folder dir and its parents, like mkdir -p (an output folder is
 * created if needed); false, said on stderr, when it cannot be. */
bool kg_cli_make_folder(const char *dir);

/* A file can be created beside `path` (and so written and renamed onto
 * it): tried with a temporary file, before anything is read. False, said
 * on stderr, when not. */
bool kg_cli_can_write(const char *path);

/* `-o -`: `write` writes into memory, which then goes to standard output
 * when all of it was written; 1 (said on stderr) when not. */
int kg_cli_write_stdout(kg_graph *g, kg_sink_writer write, void *ctx);

/* Called by kg_cli_build_graph with each document it added to the graph,
 * in file order, before the document is freed (the site keeps what its
 * pages need); false, with err filled, fails the run. `restart` forgets
 * what was kept, when the run is read again (kg_doc_taker.reset). The
 * documents are read whole: the cache is then only kept up to date.
 * NULL: none. */
typedef bool (*kg_doc_hook)(const kg_doc *doc, void *ctx, kg_error *err);
void kg_cli_set_doc_hook(kg_doc_hook hook, bool (*restart)(void *ctx), void *ctx);

/* Whether kg_cli_build_graph's graph keeps every reference (default: yes):
 * only the SQLite writer and the report list them. */
void kg_cli_set_keep_refs(bool keep);

/* --quiet: no progress line, no notes of what was written or skipped. */
void kg_cli_set_quiet(bool quiet);
bool kg_cli_quiet(void);

/* On stderr: the reader's note (always), and with --warnings the
 * document's warnings and its suspect citations. */
void kg_cli_note(const kg_doc *doc);
void kg_cli_warn(const kg_doc *doc);

/* "kamergraph: wrote WHAT (N nodes, M edges)" on stderr, unless quiet. */
void kg_cli_wrote(const char *what, const kg_graph *g);

#endif
