/* The options before the PATHs: each parsed here once, whichever command
 * takes it, so that a spelling or a message cannot drift between them. */
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *kg_arg_value(kg_args *a, const char *name, const char *short_name,
                         int *bad)
{
    const char *arg = a->argv[a->i];
    size_t n = strlen(name);
    if (strncmp(arg, name, n) == 0 && arg[n] == '=') {
        return arg + n + 1;
    }
    if (strcmp(arg, name) != 0 && !(short_name && strcmp(arg, short_name) == 0))
        return NULL;
    if (a->i + 1 >= a->argc) {
        fprintf(stderr, "kamergraph %s: %s needs a value\n", a->cmd, arg);
        *bad = 1;
        return NULL;
    }
    return a->argv[++a->i];
}

bool kg_arg_flag(const kg_args *a, const char *name, const char *short_name)
{
    const char *arg = a->argv[a->i];
    return strcmp(arg, name) == 0 || (short_name && strcmp(arg, short_name) == 0);
}

/* -j N, --include GLOB, --exclude GLOB: which files, read how. */
static bool files_opt(kg_args *a, kg_filters *f, int *bad)
{
    const char *v;
    if ((v = kg_arg_value(a, "--jobs", "-j", bad))) {
        char *end;
        long n = strtol(v, &end, 10);
        if (*end || n < 0 || n > 256) {
            fprintf(stderr, "kamergraph %s: -j wants a number of threads, 0 to 256\n", a->cmd);
            *bad = 1;
        }
        kg_cli_set_jobs((int)n);
        return true;
    }
    if ((v = kg_arg_value(a, "--include", NULL, bad))) {
        if (f->ninclude < KG_MAX_GLOBS)
            f->include[f->ninclude++] = v;
        return true;
    }
    if ((v = kg_arg_value(a, "--exclude", NULL, bad))) {
        if (f->nexclude < KG_MAX_GLOBS)
            f->exclude[f->nexclude++] = v;
        return true;
    }
    return false;
}

/* One of the shared options `which` lets through. */
static bool shared_opt(kg_args *a, unsigned which, kg_opts *o, int *bad)
{
    const char *v;
    if ((which & KG_OPT_WARNINGS) && kg_arg_flag(a, "--warnings", NULL)) {
        o->warnings = 1;
        return true;
    }
    if ((which & KG_OPT_OUTPUT) && (v = kg_arg_value(a, "--output", "-o", bad))) {
        o->output = v;
        return true;
    }
    return (which & KG_OPT_FILES) && !*bad && files_opt(a, &o->filters, bad);
}

/* argv[i] is an option: it starts with '-' and is not "-" (standard input). */
static bool at_option(const kg_args *a)
{
    return a->i < a->argc && a->argv[a->i][0] == '-' && a->argv[a->i][1] != '\0';
}

kg_args_result kg_args_parse(kg_args *a, unsigned which, kg_opts *o, kg_own_opt_fn own,
                             void *ctx, const char *usage)
{
    int bad = 0;
    for (; at_option(a); a->i++) {
        if (kg_arg_flag(a, "--help", "-h")) {
            fputs(usage, stdout);
            return KG_ARGS_HELP;
        }
        bool took = own && own(a, ctx, &bad);
        if (!took && !bad)
            took = shared_opt(a, which, o, &bad);
        if (!took && !bad) {
            fprintf(stderr, "kamergraph %s: unknown option '%s'\n", a->cmd, a->argv[a->i]);
            bad = 1;
        }
        if (bad)
            return KG_ARGS_BAD;
    }
    return KG_ARGS_OK;
}

bool kg_args_need_output(const kg_args *a, const kg_opts *o)
{
    if (o->output)
        return true;
    fprintf(stderr, "kamergraph %s: -o FILE is required\n", a->cmd);
    return false;
}
