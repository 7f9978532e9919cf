/* Finding the input files and building the graph from them. */
#include "cli.h"
#include <dirent.h>
#include <fnmatch.h>
#include <strings.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

/* The formats kamergraph reads, by extension; in a folder, anything else
 * is skipped with a note. (A file named on the command line is read
 * whatever its name: the readers go by content.) */
static bool known_format(const char *name)
{
    static const char *const ext[] = {".txt", ".xml", ".html", ".htm", ".docx", ".pdf", NULL};
    size_t n = strlen(name);
    for (size_t i = 0; ext[i]; i++) {
        size_t m = strlen(ext[i]);
        if (n > m && strcasecmp(name + n - m, ext[i]) == 0)
            return true;
    }
    return false;
}

/* --include and --exclude: a glob matches the file's name or its path. */
static bool matches(const char *const *globs, size_t n, const char *path, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (fnmatch(globs[i], name, 0) == 0 || fnmatch(globs[i], path, 0) == 0)
            return true;
    return false;
}

static bool wanted(const kg_filters *f, const char *path, const char *name)
{
    if (f && f->ninclude && !matches(f->include, f->ninclude, path, name))
        return false;
    return !(f && matches(f->exclude, f->nexclude, path, name));
}

typedef struct {
    kg_pathlist *l;
    const kg_filters *f;
    int *failed;
    struct { dev_t dev; ino_t ino; } seen[256];  /* folders walked: no loops */
    size_t nseen;
} walker;

static bool seen_before(walker *w, const struct stat *st)
{
    for (size_t i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
            return true;
    if (w->nseen < 256) {
        w->seen[w->nseen].dev = st->st_dev;
        w->seen[w->nseen++].ino = st->st_ino;
    }
    return false;
}

static void walk(walker *w, const char *dir)
{
    struct stat self;
    if (stat(dir, &self) == 0 && seen_before(w, &self))
        return;                         /* a symlink back up the tree */
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "kamergraph: %s: cannot open folder: %s\n", dir, strerror(errno));
        *w->failed = 1;
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')        /* hidden, and . and .. */
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        if (!path)
            break;
        snprintf(path, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            walk(w, path);
        else if (!known_format(e->d_name))
            fprintf(stderr, "kamergraph: %s: skipped: not a format kamergraph reads\n", path);
        else if (wanted(w->f, path, e->d_name))
            push(w->l, path);
        free(path);
    }
    closedir(d);
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void kg_paths_collect(kg_pathlist *l, char **args, int nargs, const kg_filters *f,
                      int *failed)
{
    walker *w = calloc(1, sizeof *w);
    if (!w) {
        *failed = 1;
        return;
    }
    w->l = l;
    w->f = f;
    w->failed = failed;
    for (int i = 0; i < nargs; i++) {
        struct stat st;
        if (strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 && S_ISDIR(st.st_mode))
            walk(w, args[i]);
        else
            push(l, args[i]);           /* errors reported when read */
    }
    free(w);
    qsort(l->paths, l->n, sizeof *l->paths, cmp_path);
}

void kg_paths_free(kg_pathlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->paths[i]);
    free(l->paths);
    memset(l, 0, sizeof *l);
}

void kg_cli_note(const kg_doc *doc)
{
    if (kg_doc_note(doc))
        fprintf(stderr, "kamergraph: %s\n", kg_doc_note(doc));
}

void kg_cli_warn(const kg_doc *doc)
{
    for (size_t i = 0; i < kg_doc_warning_count(doc); i++)
        fprintf(stderr, "kamergraph: warning: %s\n", kg_doc_warning(doc, i));
    for (size_t i = 0; i < kg_doc_ref_count(doc); i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        if (r->suspect)
            fprintf(stderr, "kamergraph: %s:%u:%u: warning: suspect %s '%s' (dossier %s): reported as written\n",
                    kg_doc_path(doc), r->line, r->col, kg_ref_kind_name(r->kind),
                    r->id, r->parts.dossier ? r->parts.dossier : "?");
    }
}

static bool quiet;

void kg_cli_set_quiet(bool q)
{
    quiet = q;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* "[120/4000] 12.3 MB/s, 0:41 left" on one line of a terminal. */
static void progress(size_t done, size_t total, double bytes, double start)
{
    static double shown;                /* at most five lines a second */
    double t = now(), spent = t - start;
    if (quiet || !isatty(STDERR_FILENO) || spent < 0.5 || (done < total && t - shown < 0.2))
        return;
    shown = t;
    double left = done ? spent * (double)(total - done) / (double)done : 0;
    fprintf(stderr, "\r[%zu/%zu] %.1f MB/s, %d:%02d left   ", done, total,
            bytes / 1e6 / spent, (int)left / 60, (int)left % 60);
    if (done == total)
        fputc('\n', stderr);
}

static const char *cache_file;

void kg_cli_set_cache(const char *file)
{
    cache_file = file;
}

typedef struct {
    kg_graph *g;
    size_t n;
    int warnings, *failed;
    double start, bytes;
    kg_cache *cache;
} builder;

static kg_doc_hook doc_hook;
static void *doc_hook_ctx;

void kg_cli_set_doc_hook(kg_doc_hook hook, void *ctx)
{
    doc_hook = hook;
    doc_hook_ctx = ctx;
}

static void add_to_graph(size_t i, kg_doc *doc, const kg_error *err, void *ctx)
{
    builder *b = ctx;
    kg_error e = *err;
    if (doc) {
        size_t len;
        kg_doc_text(doc, &len);
        b->bytes += (double)len;
    }
    progress(i + 1, b->n, b->bytes, b->start);
    if (!doc || kg_graph_add_document(b->g, doc, &e) != KG_OK ||
        (doc_hook && !doc_hook(doc, doc_hook_ctx, &e))) {
        fprintf(stderr, "kamergraph: %s\n", e.msg);
        *b->failed = 1;
    } else {
        kg_cli_note(doc);
        if (b->warnings)
            kg_cli_warn(doc);
        if (b->cache)
            kg_cache_keep(b->cache, i, doc);
    }
    kg_doc_free(doc);
}

static bool drop_refs;

void kg_cli_set_keep_refs(bool keep)
{
    drop_refs = !keep;
}

kg_graph *kg_cli_build_graph(char **args, int nargs, const kg_filters *f,
                             int warnings, int *failed)
{
    kg_graph *g = kg_graph_create();
    if (!g) {
        fprintf(stderr, "kamergraph: out of memory\n");
        *failed = 1;
        return NULL;
    }
    kg_graph_keep_refs(g, !drop_refs);
    kg_pathlist l = {0};
    kg_paths_collect(&l, args, nargs, f, failed);
    builder b = {g, l.n, warnings, failed, now(), 0, NULL};
    if (cache_file && !(b.cache = kg_cache_open(cache_file, l.n)))
        fprintf(stderr, "kamergraph: %s: cannot use the cache: out of memory\n", cache_file);
    if (b.cache)
        kg_read_in_order_with(l.paths, l.n, kg_cache_read, b.cache, add_to_graph, &b);
    else
        kg_read_in_order(l.paths, l.n, add_to_graph, &b);
    if (b.cache) {
        if (!quiet)
            fprintf(stderr, "kamergraph: %zu of %zu files from the cache %s\n",
                    kg_cache_hits(b.cache), l.n, cache_file);
        kg_cache_save(b.cache, cache_file);
        kg_cache_free(b.cache);
    }
    kg_paths_free(&l);
    /* letters cited by date: resolved once every document has spoken */
    if (kg_graph_resolve_aliases(g) != KG_OK) {
        fprintf(stderr, "kamergraph: out of memory resolving letters cited by date\n");
        *failed = 1;
    }
    return g;
}
