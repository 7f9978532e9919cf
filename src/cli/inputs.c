/* Finding the input files and building the graph from them. */
#include "cli.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void push(kg_pathlist *l, const char *path)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **p = realloc(l->paths, cap * sizeof *p);
        if (!p)
            return;
        l->paths = p;
        l->cap = cap;
    }
    char *copy = strdup(path);
    if (copy)
        l->paths[l->n++] = copy;
}

static int has_txt_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

/* depth bounds a folder tree that loops through symlinks */
static void walk(kg_pathlist *l, const char *dir, int depth, int *failed)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "kamergraph: %s: cannot open folder: %s\n", dir,
                strerror(errno));
        *failed = 1;
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        if (!path)
            break;
        snprintf(path, n, "%s%s%s", dir,
                 dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (depth < 32)
                walk(l, path, depth + 1, failed);
        } else if (has_txt_suffix(e->d_name)) {
            push(l, path);
        }
        free(path);
    }
    closedir(d);
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void kg_paths_collect(kg_pathlist *l, char **args, int nargs, int *failed)
{
    for (int i = 0; i < nargs; i++) {
        struct stat st;
        if (strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 &&
            S_ISDIR(st.st_mode))
            walk(l, args[i], 0, failed);
        else
            push(l, args[i]);           /* errors reported when read */
    }
    qsort(l->paths, l->n, sizeof *l->paths, cmp_path);
}

void kg_paths_free(kg_pathlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->paths[i]);
    free(l->paths);
    memset(l, 0, sizeof *l);
}

void kg_cli_warn(const kg_doc *doc)
{
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        if (r->suspect)
            fprintf(stderr, "kamergraph: %s:%u:%u: warning: suspect %s '%s' (dossier %s): reported as written\n",
                    kg_doc_path(doc), r->line, r->col, kg_ref_kind_name(r->kind),
                    r->id, r->parts.dossier ? r->parts.dossier : "?");
    }
}

kg_graph *kg_cli_build_graph(char **args, int nargs, int warnings,
                             int *failed)
{
    kg_graph *g = kg_graph_create();
    if (!g) {
        fprintf(stderr, "kamergraph: out of memory\n");
        *failed = 1;
        return NULL;
    }
    kg_pathlist l = {0};
    kg_paths_collect(&l, args, nargs, failed);
    for (size_t i = 0; i < l.n; i++) {
        kg_error err = {0};
        kg_doc *doc = kg_doc_read_file(l.paths[i], &err);
        if (!doc || kg_graph_add_document(g, doc, &err) != KG_OK) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            *failed = 1;
        } else if (warnings) {
            kg_cli_warn(doc);
        }
        kg_doc_free(doc);
    }
    kg_paths_free(&l);
    /* letters cited by date: resolved once every document has spoken */
    if (kg_graph_resolve_aliases(g) != KG_OK) {
        fprintf(stderr, "kamergraph: out of memory resolving letters cited by date\n");
        *failed = 1;
    }
    return g;
}

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
