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

/* The formats kamergraph reads, by extension, richest first: in a folder,
 * anything else is skipped (unless --include names it), and of two files
 * of one name the richer is read first. (A file named on the command line
 * is read whatever its name: the readers go by content.) */
static const char *const formats[] = {".xml", ".html", ".htm", ".docx", ".pdf", ".txt", NULL};

/* The rank of path's extension in formats[], or -1 for none of them. */
static int format_rank(const char *path)
{
    size_t n = strlen(path);
    for (int i = 0; formats[i]; i++) {
        size_t m = strlen(formats[i]);
        if (n > m && strcasecmp(path + n - m, formats[i]) == 0)
            return i;
    }
    return -1;
}

/* The length of path without the extension of a format we read. */
static size_t stem_len(const char *path)
{
    int r = format_rank(path);
    return strlen(path) - (r < 0 ? 0 : strlen(formats[r]));
}

int kg_cli_path_order(const char *a, const char *b)
{
    size_t na = stem_len(a), nb = stem_len(b);
    int c = strncmp(a, b, na < nb ? na : nb);
    if (c || na != nb)
        return c ? c : na < nb ? -1 : 1;
    int ra = format_rank(a), rb = format_rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    return strcmp(a, b);
}

/* --include and --exclude: a glob matches the file's name or its path. */
static bool matches(const char *const *globs, size_t n, const char *path, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (fnmatch(globs[i], name, 0) == 0 || fnmatch(globs[i], path, 0) == 0)
            return true;
    return false;
}

typedef struct {
    kg_pathlist *l;
    const kg_filters *f;
    int *failed;
    size_t skipped;                 /* files of other formats */
    const char *first_skipped;      /* one of them, for the note */
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

/* A file found in a folder: read when it is of a format we read or an
 * --include names it, and no --exclude does. */
static void found_file(walker *w, const char *path, const char *name)
{
    const kg_filters *f = w->f;
    bool included = f->ninclude && matches(f->include, f->ninclude, path, name);
    if (matches(f->exclude, f->nexclude, path, name) || (f->ninclude && !included &&
                                                          format_rank(name) >= 0))
        return;
    if (format_rank(name) >= 0 || included) {
        push(w->l, path);
        return;
    }
    if (f->verbose) {
        fprintf(stderr, "kamergraph: %s: skipped: not a format kamergraph reads\n", path);
        return;
    }
    /* the note names the first by name, not by the order on disk */
    w->skipped++;
    if (!w->first_skipped || strcmp(path, w->first_skipped) < 0) {
        free((char *)w->first_skipped);
        w->first_skipped = strdup(path);
    }
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
        else
            found_file(w, path, e->d_name);
        free(path);
    }
    closedir(d);
}

static int cmp_path(const void *a, const void *b)
{
    return kg_cli_path_order(*(char *const *)a, *(char *const *)b);
}

/* "skipped 3 files of other formats (README.md, ...)": one line for all
 * of them, however many folders held them. */
static void say_skipped(const walker *w)
{
    if (!w->skipped || kg_cli_quiet())
        return;
    if (w->skipped == 1)
        fprintf(stderr, "kamergraph: skipped %s: not a format kamergraph reads "
                        "(--include GLOB reads it)\n", w->first_skipped);
    else
        fprintf(stderr, "kamergraph: skipped %zu files of other formats, such as %s "
                        "(--verbose names them; --include GLOB reads them)\n",
                w->skipped, w->first_skipped);
}

/* A file by its identity on disk, and its place in the sorted list. */
typedef struct {
    dev_t dev;
    ino_t ino;
    size_t at;
} file_id;

static int by_file(const void *pa, const void *pb)
{
    const file_id *a = pa, *b = pb;
    if (a->dev != b->dev)
        return a->dev < b->dev ? -1 : 1;
    if (a->ino != b->ino)
        return a->ino < b->ino ? -1 : 1;
    return a->at < b->at ? -1 : a->at > b->at;
}

/* The same file named twice (or found twice, through a link) is read
 * once: of its names in the sorted list, the first. Sorting by identity
 * finds them without comparing every pair. */
static void drop_repeats(kg_pathlist *l)
{
    file_id *ids = malloc((l->n ? l->n : 1) * sizeof *ids);
    size_t n = 0;
    struct stat st;
    if (!ids)
        return;
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->paths[i], "-") != 0 && stat(l->paths[i], &st) == 0)
            ids[n++] = (file_id){st.st_dev, st.st_ino, i};
    qsort(ids, n, sizeof *ids, by_file);
    for (size_t i = 1; i < n; i++)
        if (ids[i].dev == ids[i - 1].dev && ids[i].ino == ids[i - 1].ino) {
            size_t at = ids[i].at;
            if (!kg_cli_quiet())
                fprintf(stderr, "kamergraph: %s: the same file as %s; read once\n",
                        l->paths[at], l->paths[ids[i - 1].at]);
            ids[i].at = ids[i - 1].at;   /* the next repeat names the first */
            free(l->paths[at]);
            l->paths[at] = NULL;
        }
    free(ids);
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->paths[i])
            l->paths[kept++] = l->paths[i];
    l->n = kept;
}

void kg_paths_collect(kg_pathlist *l, char **args, int nargs, const kg_filters *f,
                      int *failed, int *missing)
{
    static const kg_filters none;
    walker *w = calloc(1, sizeof *w);
    if (!w) {
        *failed = 1;
        return;
    }
    w->l = l;
    w->f = f ? f : &none;
    w->failed = failed;
    for (int i = 0; i < nargs; i++) {
        struct stat st;
        if (strcmp(args[i], "-") == 0)
            push(l, args[i]);
        else if (stat(args[i], &st) != 0) {
            fprintf(stderr, "kamergraph: %s: %s\n", args[i],
                    errno == ENOENT ? "no such file or folder" : strerror(errno));
            *missing = 1;
        } else if (S_ISDIR(st.st_mode))
            walk(w, args[i]);
        else
            push(l, args[i]);
    }
    say_skipped(w);
    free((char *)w->first_skipped);
    free(w);
    if (l->n) /* qsort may not be given NULL, even for nothing */
        qsort(l->paths, l->n, sizeof *l->paths, cmp_path);
    drop_repeats(l);
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

bool kg_cli_quiet(void)
{
    return quiet;
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

const char *kg_cli_cache(void)
{
    return cache_file;
}

bool kg_cli_cache_writable(void)
{
    return !cache_file || kg_cli_can_write(cache_file);
}

/* One pass over the files. */
typedef struct {
    const kg_opts *o;
    kg_doc_taker *t;
    size_t n, taken;
    int *failed;
    double start, bytes;
    kg_cache *cache;
    kg_docset *docs;
    bool *dropped;          /* per file: a poorer copy of another */
    bool again;             /* a richer copy came after a poorer one taken */
    bool second;            /* the pass that reads again: said already */
    size_t own;             /* files kamergraph wrote, skipped */
    char *first_own;        /* the first one's message and path */
    char *first_own_path;
    char **paths;
} pass;

/* A file kamergraph wrote is no letter: counted, named once at the end. */
static void skip_own(pass *p, size_t i, const kg_error *err)
{
    if (p->o->filters.verbose) {
        fprintf(stderr, "kamergraph: %s\n", err->msg);
        return;
    }
    if (p->own++ == 0) {
        p->first_own = strdup(err->msg);
        p->first_own_path = strdup(p->paths[i]);
    }
}

static void say_own(const pass *p)
{
    if (!p->own || quiet || !p->first_own || !p->first_own_path)
        return;
    if (p->own == 1)
        fprintf(stderr, "kamergraph: %s\n", p->first_own);
    else
        fprintf(stderr, "kamergraph: skipped %zu files that kamergraph wrote, such as %s "
                        "(--verbose names them)\n", p->own, p->first_own_path);
}

/* A document of the run: taken unless another file is the same one. */
static void take_doc(pass *p, size_t i, kg_doc *doc)
{
    size_t other;
    kg_doc_verdict v = p->docs ? kg_docset_add(p->docs, i, doc, &other) : KG_DOC_NEW;
    if (p->cache)
        kg_cache_keep(p->cache, i, doc);
    if (v == KG_DOC_POORER) {
        p->dropped[i] = true;
        return;
    }
    if (v == KG_DOC_RICHER) {
        p->dropped[other] = true;
        if (p->t->undo)
            p->t->undo(other, p->t->ctx);
        else
            p->again = true;
    }
    if (!p->t->take(i, doc, p->t->ctx)) {
        *p->failed = 1;
        return;
    }
    p->taken++;
    if (p->second)
        return;
    kg_cli_note(doc);
    if (p->o->warnings)
        kg_cli_warn(doc);
}

static void on_doc(size_t i, kg_doc *doc, const kg_error *err, void *ctx)
{
    pass *p = ctx;
    if (doc) {
        size_t len;
        kg_doc_text(doc, &len);
        p->bytes += (double)len;
    }
    progress(i + 1, p->n, p->bytes, p->start);
    if (doc)
        take_doc(p, i, doc);
    else if (err->code == KG_ERR_OWN_OUTPUT)
        skip_own(p, i, err);
    else {
        fprintf(stderr, "kamergraph: %s\n", err->msg);
        *p->failed = 1;
    }
    kg_doc_free(doc);
}

/* The files of l that are not dropped. */
static void keep_undropped(kg_pathlist *l, const bool *dropped)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (dropped[i])
            free(l->paths[i]);
        else
            l->paths[kept++] = l->paths[i];
    }
    l->n = kept;
}

/* The cache once every file has been read: said, and saved. */
static void close_cache(pass *p)
{
    if (!p->cache)
        return;
    if (!quiet && p->t->whole)
        fprintf(stderr, "kamergraph: %zu files kept in the cache %s\n", p->n, cache_file);
    else if (!quiet)
        fprintf(stderr, "kamergraph: %zu of %zu files from the cache %s\n",
                kg_cache_hits(p->cache), p->n, cache_file);
    if (kg_cache_save(p->cache, cache_file) != 0)
        *p->failed = 1;
    kg_cache_free(p->cache);
    p->cache = NULL;
}

/* One pass over l; with docs, finding the copies of one document. */
static void read_pass(pass *p, kg_pathlist *l, bool with_cache)
{
    p->n = l->n;
    p->paths = l->paths;
    p->start = now();
    if (with_cache && cache_file && !(p->cache = kg_cache_open(cache_file, l->n)))
        fprintf(stderr, "kamergraph: %s: cannot use the cache: out of memory\n", cache_file);
    if (p->cache)
        kg_read_in_order_with(l->paths, l->n, p->t->whole ? kg_cache_read_fresh : kg_cache_read,
                              p->cache, on_doc, p);
    else
        kg_read_in_order(l->paths, l->n, on_doc, p);
    close_cache(p);
}

/* "kamergraph: found no letter in examples/, x.txt": nothing was read. */
static void say_none(const kg_opts *o)
{
    fprintf(stderr, "kamergraph: found no letter to read in ");
    for (int i = 0; i < o->npaths && i < 3; i++)
        fprintf(stderr, "%s%s", i ? ", " : "", o->paths[i]);
    fprintf(stderr, "%s\n", o->npaths > 3 ? ", ..." : "");
}

long kg_cli_read_all(const kg_opts *o, kg_doc_taker *t, int *failed)
{
    kg_pathlist l = {0};
    int missing = !kg_cli_cache_writable();
    if (!missing)
        kg_paths_collect(&l, o->paths, o->npaths, &o->filters, failed, &missing);
    pass p = {.o = o, .t = t, .failed = failed};
    p.dropped = calloc(l.n + 1, sizeof *p.dropped);
    p.docs = t->undo || t->reset ? kg_docset_create() : NULL;
    if (!missing && (!p.dropped || (!p.docs && (t->undo || t->reset)))) {
        fprintf(stderr, "kamergraph: out of memory\n");
        missing = 1;
    }
    if (!missing && t->begin && !t->begin(l.n, t->ctx))
        missing = 1;
    if (!missing)
        read_pass(&p, &l, true);
    say_own(&p);
    if (!missing && p.again && t->reset(t->ctx)) {
        /* A richer copy came after a poorer one the taker cannot undo:
         * read again without the poorer copies (rare: the order puts the
         * richer format of one file name first). */
        keep_undropped(&l, p.dropped);
        kg_docset_free(p.docs);
        p.docs = NULL;
        p.taken = 0;
        p.second = true;
        read_pass(&p, &l, false);
    }
    kg_docset_free(p.docs);
    free(p.dropped);
    free(p.first_own);
    free(p.first_own_path);
    kg_paths_free(&l);
    if (!missing && p.taken == 0)
        say_none(o);
    return missing ? -1 : (long)p.taken;
}

static bool drop_refs;

void kg_cli_set_keep_refs(bool keep)
{
    drop_refs = !keep;
}

static kg_doc_hook doc_hook;
static bool (*doc_restart)(void *ctx);
static void *doc_hook_ctx;

void kg_cli_set_doc_hook(kg_doc_hook hook, bool (*restart)(void *ctx), void *ctx)
{
    doc_hook = hook;
    doc_restart = restart;
    doc_hook_ctx = ctx;
}

static bool add_to_graph(size_t i, const kg_doc *doc, void *ctx)
{
    kg_graph **g = ctx;
    kg_error err = {0};
    (void)i;
    if (kg_graph_add_document(*g, doc, &err) == KG_OK &&
        (!doc_hook || doc_hook(doc, doc_hook_ctx, &err)))
        return true;
    fprintf(stderr, "kamergraph: %s\n", err.msg);
    return false;
}

static kg_graph *new_graph(void)
{
    kg_graph *g = kg_graph_create();
    if (g)
        kg_graph_keep_refs(g, !drop_refs);
    return g;
}

/* The graph cannot take a document back: it starts again, and so does
 * what the hook kept. */
static bool restart_graph(void *ctx)
{
    kg_graph **g = ctx;
    kg_graph_free(*g);
    return (*g = new_graph()) != NULL && (!doc_restart || doc_restart(doc_hook_ctx));
}

kg_graph *kg_cli_build_graph(const kg_opts *o, int *failed)
{
    kg_graph *g = new_graph();
    /* what the hook keeps (a letter's text) the cache does not hold */
    kg_doc_taker t = {.take = add_to_graph, .reset = restart_graph, .ctx = &g,
                      .whole = doc_hook != NULL};
    long n = g ? kg_cli_read_all(o, &t, failed) : -1;
    /* letters cited by date: resolved once every document has spoken */
    if (n > 0 && g && kg_graph_resolve_aliases(g) != KG_OK) {
        fprintf(stderr, "kamergraph: out of memory resolving letters cited by date\n");
        n = -1;
    }
    if (!g)
        fprintf(stderr, "kamergraph: out of memory\n");
    if (n <= 0) {
        kg_graph_free(g);
        *failed = 1;
        return NULL;
    }
    return g;
}
