/* The command line: one parser for every command (cli.h). */
#include "cli.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The common options, in the order --help lists them. Their ids are
 * negative so they cannot meet a command's own. */
enum { C_OUTPUT = -1, C_VIEW = -2, C_CACHE = -3, C_WARNINGS = -4, C_QUIET = -5,
       C_JOBS = -6, C_INCLUDE = -7, C_EXCLUDE = -8, C_VERBOSE = -9, C_HELP = -10 };

static const struct {
    unsigned bit;
    kg_option opt;
} common[] = {
    {KG_COMMON_OUTPUT, {C_OUTPUT, "--output", 'o', NULL, NULL}},
    {KG_COMMON_VIEW, {C_VIEW, "--view", 0, "VIEW",
        "full (default); letters (documents, an edge when one cites another); "
        "dossiers (documents and the dossiers they cite); coupling (documents linked by "
        "the Kamerstukken both cite); cocitation (Kamerstukken linked by the documents "
        "citing both)"}},
    {KG_COMMON_CACHE, {C_CACHE, "--cache", 0, "FILE",
        "keep per-file results in FILE; unchanged files are not read again (keyed by "
        "path, size, mtime and a content hash)"}},
    {KG_COMMON_WARNINGS, {C_WARNINGS, "--warnings", 0, NULL,
        "note suspect citations and markup disagreements on stderr"}},
    {KG_COMMON_QUIET, {C_QUIET, "--quiet", 'q', NULL,
        "no progress line, no notes of what was written or skipped"}},
    {KG_COMMON_JOBS, {C_JOBS, "--jobs", 'j', "N",
        "read the files on N threads, 1 to 256 (default 0: one per core); the output "
        "is the same for any N"}},
    {KG_COMMON_FOLDERS, {C_INCLUDE, "--include", 0, "GLOB",
        "in folders, only files whose name or path matches GLOB; a GLOB can add files "
        "of other extensions (--include '*.md'), which are then read by content"}},
    {KG_COMMON_FOLDERS, {C_EXCLUDE, "--exclude", 0, "GLOB",
        "in folders, not these (--include and --exclude repeat)"}},
    {KG_COMMON_FOLDERS, {C_VERBOSE, "--verbose", 0, NULL,
        "name every file skipped in folders, not only count them"}},
    {0, {C_HELP, "--help", 'h', NULL, "this help"}},
};
#define NCOMMON (sizeof common / sizeof common[0])

const char *kg_cli_why(const char *fmt, ...)
{
    static char why[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    return why;
}

int kg_cli_usage_error(const kg_command *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "kamergraph %s: ", cmd->name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "; try 'kamergraph %s --help'\n", cmd->name);
    return KG_EXIT_USAGE;
}

bool kg_cli_number(const char *v, long min, long max, long *out)
{
    char *end;
    if (!v || !*v || *v == ' ' || *v == '+')
        return false;
    long n = strtol(v, &end, 10);
    if (*end || n < min || n > max)
        return false;
    *out = n;
    return true;
}

/* The option `cmd` takes that `want` names: by long name (n bytes of it)
 * or by letter. */
static const kg_option *find(const kg_command *cmd, const char *name, size_t n, char letter)
{
    for (const kg_option *o = cmd->own; o && o->id; o++)
        if (name ? strlen(o->name) == n && strncmp(o->name, name, n) == 0 : o->letter == letter)
            return o;
    for (size_t i = 0; i < NCOMMON; i++) {
        const kg_option *o = &common[i].opt;
        if (common[i].bit && !(cmd->common & common[i].bit))
            continue;
        if (name ? strlen(o->name) == n && strncmp(o->name, name, n) == 0 : o->letter == letter)
            return o;
    }
    return NULL;
}

/* -o takes a value; the others' are in the table. */
static const char *value_name(const kg_command *cmd, const kg_option *o)
{
    return o->id == C_OUTPUT ? (cmd->output_value ? cmd->output_value : "FILE") : o->value;
}

static const char *help_of(const kg_command *cmd, const kg_option *o)
{
    return o->id == C_OUTPUT ? cmd->output_help : o->help;
}

static const char *take_jobs(const char *v)
{
    long n;
    if (!kg_cli_number(v, 0, 256, &n))
        return kg_cli_why("wants a number of threads from 1 to 256 (0: one per core), not '%s'", v);
    kg_cli_set_jobs((int)n);
    return NULL;
}

static const char *take_glob(const char **list, size_t *n, const char *v)
{
    if (*n == KG_MAX_GLOBS)
        return kg_cli_why("can be given at most %d times", KG_MAX_GLOBS);
    list[(*n)++] = v;
    return NULL;
}

/* A common option; NULL when taken, else why not. */
static const char *take_common(kg_opts *o, int id, const char *v)
{
    switch (id) {
    case C_OUTPUT:
        if (!*v)
            return "wants a name, not ''";
        o->output = v;
        return NULL;
    case C_VIEW:
        return kg_view_parse(v, &o->view)
                   ? NULL
                   : kg_cli_why("takes full, letters, dossiers, coupling or cocitation, not '%s'", v);
    case C_CACHE:
        if (!*v)
            return "wants a file name, not ''";
        kg_cli_set_cache(v);
        return NULL;
    case C_WARNINGS: o->warnings = true; return NULL;
    case C_QUIET: kg_cli_set_quiet(true); return NULL;
    case C_JOBS: return take_jobs(v);
    case C_INCLUDE: return take_glob(o->filters.include, &o->filters.ninclude, v);
    case C_EXCLUDE: return take_glob(o->filters.exclude, &o->filters.nexclude, v);
    case C_VERBOSE: o->filters.verbose = true; return NULL;
    }
    return "is not known";
}

/* "-o DIR" or "--format LIST": how an option is written in --help and in
 * messages. */
static void spelling(const kg_command *cmd, const kg_option *o, char *buf, size_t n)
{
    const char *v = value_name(cmd, o);
    if (o->letter)
        snprintf(buf, n, "-%c, %s%s%s", o->letter, o->name, v ? " " : "", v ? v : "");
    else
        snprintf(buf, n, "    %s%s%s", o->name, v ? " " : "", v ? v : "");
}

/* --help fits a terminal of 80 columns: each help text is wrapped at
 * word boundaries into the column after the option's spelling; a '\n' in
 * it starts a new line. */
#define HELP_COLUMNS 79

static void print_wrapped(const char *text, int indent)
{
    int room = HELP_COLUMNS - indent, used = 0;
    const char *p = text;
    while (p && *p) {
        size_t n = strcspn(p, " \n");
        if (used && used + 1 + (int)n > room) {
            printf("\n%*s", indent, "");
            used = 0;
        }
        printf("%s%.*s", used ? " " : "", (int)n, p);
        used += (used ? 1 : 0) + (int)n;
        p += n;
        if (*p == '\n' && p[1]) {
            printf("\n%*s", indent, "");
            used = 0;
        }
        if (*p)
            p++;
    }
    putchar('\n');
}

static void print_option(const kg_command *cmd, const kg_option *o, int width)
{
    char spell[64];
    spelling(cmd, o, spell, sizeof spell);
    printf("  %-*s  ", width, spell);
    print_wrapped(help_of(cmd, o), width + 4);
}

static int spelling_width(const kg_command *cmd)
{
    int w = 0;
    char spell[64];
    for (const kg_option *o = cmd->own; o && o->id; o++) {
        spelling(cmd, o, spell, sizeof spell);
        w = (int)strlen(spell) > w ? (int)strlen(spell) : w;
    }
    for (size_t i = 0; i < NCOMMON; i++)
        if (!common[i].bit || (cmd->common & common[i].bit)) {
            spelling(cmd, &common[i].opt, spell, sizeof spell);
            w = (int)strlen(spell) > w ? (int)strlen(spell) : w;
        }
    return w;
}

static void print_help(const kg_command *cmd)
{
    int width = spelling_width(cmd);
    printf("usage: kamergraph %s %s\n\n%s\n\noptions:\n", cmd->name, cmd->synopsis, cmd->about);
    for (const kg_option *o = cmd->own; o && o->id; o++)
        print_option(cmd, o, width);
    for (size_t i = 0; i < NCOMMON; i++)
        if (!common[i].bit || (cmd->common & common[i].bit))
            print_option(cmd, &common[i].opt, width);
    if (cmd->footer)
        printf("\n%s\n", cmd->footer);
}

/* The name of an option as the user wrote it, for messages: "--jobs" or
 * "-j". */
static const char *as_written(const kg_option *o, bool by_letter)
{
    static char buf[4];
    if (!by_letter)
        return o->name;
    snprintf(buf, sizeof buf, "-%c", o->letter);
    return buf;
}

/* One option found: its value taken from `glued` (after '=' or the
 * letter) or from the next argument. */
static kg_args_result take(const kg_command *cmd, const kg_option *opt, bool by_letter,
                           const char *glued, int argc, char **argv, int *i, kg_opts *o,
                           void *ctx)
{
    const char *name = as_written(opt, by_letter), *v = NULL, *why;
    if (opt->id == C_HELP) {
        print_help(cmd);
        return KG_ARGS_HELP;
    }
    if (value_name(cmd, opt)) {
        v = glued ? glued : *i + 1 < argc ? argv[++*i] : NULL;
        if (!v) {
            kg_cli_usage_error(cmd, "%s needs a value (%s)", name, value_name(cmd, opt));
            return KG_ARGS_BAD;
        }
    } else if (glued) {
        kg_cli_usage_error(cmd, "%s takes no value", name);
        return KG_ARGS_BAD;
    }
    why = opt->id < 0 ? take_common(o, opt->id, v) : cmd->take(ctx, opt->id, v);
    if (why) {
        kg_cli_usage_error(cmd, "%s %s", name, why);
        return KG_ARGS_BAD;
    }
    return KG_ARGS_OK;
}

/* argv[*i] starts with "--": "--name", "--name=value". */
static kg_args_result long_option(const kg_command *cmd, int argc, char **argv, int *i,
                                  kg_opts *o, void *ctx)
{
    const char *arg = argv[*i], *eq = strchr(arg, '=');
    size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
    const kg_option *opt = find(cmd, arg, n, 0);
    if (!opt) {
        kg_cli_usage_error(cmd, "unknown option '%.*s'", (int)n, arg);
        return KG_ARGS_BAD;
    }
    return take(cmd, opt, false, eq ? eq + 1 : NULL, argc, argv, i, o, ctx);
}

/* argv[*i] starts with one '-': flags may share it ("-qv"); a letter
 * that takes a value takes the rest ("-j2", "-Tsvg") or the next
 * argument. */
static kg_args_result short_options(const kg_command *cmd, int argc, char **argv, int *i,
                                    kg_opts *o, void *ctx)
{
    for (const char *p = argv[*i] + 1; *p; p++) {
        const kg_option *opt = find(cmd, NULL, 0, *p);
        if (!opt) {
            kg_cli_usage_error(cmd, "unknown option '-%c'", *p);
            return KG_ARGS_BAD;
        }
        bool valued = value_name(cmd, opt) != NULL;
        kg_args_result r = take(cmd, opt, true, valued && p[1] ? p + 1 : NULL, argc, argv, i, o,
                                ctx);
        if (r != KG_ARGS_OK || valued)
            return r;
    }
    return KG_ARGS_OK;
}

kg_args_result kg_cli_parse(const kg_command *cmd, int argc, char **argv, kg_opts *o,
                            void *ctx)
{
    memset(o, 0, sizeof *o);
    o->paths = malloc((size_t)(argc > 0 ? argc : 1) * sizeof *o->paths);
    if (!o->paths) {
        fprintf(stderr, "kamergraph %s: out of memory\n", cmd->name);
        return KG_ARGS_BAD;
    }
    bool options = true;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        kg_args_result r = KG_ARGS_OK;
        if (options && strcmp(arg, "--") == 0)
            options = false;
        else if (!options || arg[0] != '-' || arg[1] == '\0')
            o->paths[o->npaths++] = argv[i];
        else if (arg[1] == '-')
            r = long_option(cmd, argc, argv, &i, o, ctx);
        else
            r = short_options(cmd, argc, argv, &i, o, ctx);
        if (r != KG_ARGS_OK)
            return r;
    }
    if (o->npaths == 0) {
        kg_cli_usage_error(cmd, "%s", cmd->no_paths);
        return KG_ARGS_BAD;
    }
    return KG_ARGS_OK;
}

void kg_opts_free(kg_opts *o)
{
    free(o->paths);
    o->paths = NULL;
}
