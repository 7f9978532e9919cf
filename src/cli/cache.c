/*
 * scan --cache FILE: per-file results keyed by path, size, mtime and a
 * hash of the content, so that scanning an unchanged corpus again skips
 * the scanner. The cache is JSON Lines: a {"cache": {...}} line per file,
 * then that document's lines as refs --json writes them. It is written
 * anew (atomically) at the end of every scan.
 */
#include "arena.h" /* kg_fnv1a */
#include "cli.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    char *path;
    long long size, mtime;
    char hash[17];
    char *lines;        /* the document's JSON lines */
} entry;

struct kg_cache {
    entry *old;         /* what the cache file held */
    size_t nold;
    /* per file of this scan, filled by the workers */
    struct {
        long long size, mtime;
        char hash[17];
        bool ok;
    } *now;
    size_t n;
    char **lines;       /* per file: its document's JSON lines for the new cache */
    char **paths;       /* per file: its path as the document gives it */
    entry **hit;        /* per file: the old entry it was read from */
    size_t hits;
};

/* Where the cache's content hashes start: a digit short of FNV's offset
 * basis, as the cache files on disk were written; kept, so that they
 * still match. */
#define CACHE_HASH_START 1469598103934665603u

/* FNV-1a over the file: cheap next to scanning, and enough to notice a
 * change that kept size and mtime. */
static bool hash_file(const char *path, char out[17])
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    uint64_t h = CACHE_HASH_START;
    unsigned char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        h = kg_fnv1a(h, buf, n);
    bool ok = !ferror(f);
    fclose(f);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
    return ok;
}

static char *field(const char *line, const char *name)
{
    char key[32];
    snprintf(key, sizeof key, "\"%s\":", name);
    const char *p = strstr(line, key);
    if (!p)
        return NULL;
    p += strlen(key);
    if (*p == '"') {
        const char *e = strchr(p + 1, '"');
        return e ? strndup(p + 1, (size_t)(e - p - 1)) : NULL;
    }
    return strndup(p, strcspn(p, ",}"));
}

/* Loads the cache file; a missing or unreadable one is an empty cache. */
static void load(kg_cache *c, const char *file)
{
    FILE *f = fopen(file, "r");
    if (!f)
        return;
    char *line = NULL;
    size_t cap = 0, capold = 0;
    entry *cur = NULL;
    size_t curlen = 0;
    while (getline(&line, &cap, f) > 0) {
        if (strncmp(line, "{\"cache\":", 9) == 0) {
            if (c->nold == capold) {
                size_t grown_cap = capold ? capold * 2 : 64;
                entry *grown = realloc(c->old, grown_cap * sizeof *grown);
                if (!grown)
                    break;
                c->old = grown;
                capold = grown_cap;
            }
            cur = &c->old[c->nold++];
            memset(cur, 0, sizeof *cur);
            char *size = field(line, "size"), *mtime = field(line, "mtime"), *hash = field(line, "hash");
            cur->path = field(line, "path");
            cur->size = size ? atoll(size) : -1;
            cur->mtime = mtime ? atoll(mtime) : -1;
            snprintf(cur->hash, sizeof cur->hash, "%s", hash ? hash : "");
            free(size);
            free(mtime);
            free(hash);
            curlen = 0;
        } else if (cur) {
            size_t n = strlen(line);
            char *grown = realloc(cur->lines, curlen + n + 1);
            if (!grown)
                break;
            memcpy(grown + curlen, line, n + 1);
            cur->lines = grown;
            curlen += n;
        }
    }
    free(line);
    fclose(f);
}

/* Old entries sorted by path, for find(); one without a path sorts first. */
static int by_path(const void *a, const void *b)
{
    const char *x = ((const entry *)a)->path, *y = ((const entry *)b)->path;
    return strcmp(x ? x : "", y ? y : "");
}

kg_cache *kg_cache_open(const char *file, size_t nfiles)
{
    kg_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->n = nfiles;
    c->now = calloc(nfiles + 1, sizeof *c->now);
    c->lines = calloc(nfiles + 1, sizeof *c->lines);
    if (!c->now || !c->lines) {
        kg_cache_free(c);
        return NULL;
    }
    c->hit = calloc(nfiles + 1, sizeof *c->hit);
    c->paths = calloc(nfiles + 1, sizeof *c->paths);
    if (!c->hit || !c->paths) {
        kg_cache_free(c);
        return NULL;
    }
    load(c, file);
    if (c->nold) /* qsort may not be given NULL, even for nothing */
        qsort(c->old, c->nold, sizeof *c->old, by_path);
    return c;
}

void kg_cache_free(kg_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->nold; i++) {
        free(c->old[i].path);
        free(c->old[i].lines);
    }
    for (size_t i = 0; c->lines && i < c->n; i++)
        free(c->lines[i]);
    for (size_t i = 0; c->paths && i < c->n; i++)
        free(c->paths[i]);
    free(c->paths);
    free(c->old);
    free(c->now);
    free(c->lines);
    free(c->hit);
    free(c);
}

/* A binary search: a linear one per file made a cached scan of 60 000
 * files quadratic (the 1 GB benchmark's second run took twice a scan). */
static entry *find(const kg_cache *c, const char *path)
{
    entry key = {.path = (char *)path};
    return c->nold ? bsearch(&key, c->old, c->nold, sizeof *c->old, by_path) : NULL;
}

static kg_doc *from_lines(const char *path, const char *lines, kg_error *err)
{
    FILE *f = fmemopen((void *)lines, strlen(lines), "r");
    if (!f)
        return NULL;
    kg_json_docs *r = kg_json_docs_open(f, path);
    kg_doc *doc = r ? kg_json_docs_next(r, err) : NULL;
    kg_json_docs_close(r);
    fclose(f);
    return doc;
}

/* File i's size, mtime and hash, for its entry in the new cache; false
 * when it cannot be read (standard input, a vanished file). */
static bool note_file(kg_cache *c, size_t i, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !hash_file(path, c->now[i].hash))
        return false;
    c->now[i].size = (long long)st.st_size;
    c->now[i].mtime = (long long)st.st_mtime;
    return c->now[i].ok = true;
}

kg_doc *kg_cache_read_fresh(size_t i, const char *path, kg_error *err, void *ctx)
{
    note_file(ctx, i, path);
    return kg_doc_read_file(path, err);
}

kg_doc *kg_cache_read(size_t i, const char *path, kg_error *err, void *ctx)
{
    kg_cache *c = ctx;
    if (note_file(c, i, path)) {
        entry *e = find(c, path);
        if (e && e->lines && e->size == c->now[i].size && e->mtime == c->now[i].mtime &&
            strcmp(e->hash, c->now[i].hash) == 0) {
            kg_doc *doc = from_lines(path, e->lines, err);
            if (doc) {
                __atomic_add_fetch(&c->hits, 1, __ATOMIC_RELAXED);
                c->hit[i] = e;  /* only file i reads e */
                return doc;
            }
        }
    }
    return kg_doc_read_file(path, err);
}

void kg_cache_keep(kg_cache *c, size_t i, const kg_doc *doc)
{
    if (!c->now[i].ok)
        return;                         /* standard input, a vanished file */
    if (!(c->paths[i] = strdup(kg_doc_path(doc))))
        return;
    if (c->hit[i] && c->hit[i]->lines) {
        /* Read from the cache: its lines are what writing the document
         * would give. Taken, not copied, so the cache is in memory once. */
        c->lines[i] = c->hit[i]->lines;
        c->hit[i]->lines = NULL;
        return;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return;
    kg_error err = {0};
    kg_doc_write_json(doc, f, &err);
    fclose(f);
    c->lines[i] = buf;
}

size_t kg_cache_hits(const kg_cache *c)
{
    return c->hits;
}

int kg_cache_save(const kg_cache *c, const char *file)
{
    size_t n = strlen(file) + 16;
    char *tmp = malloc(n);
    if (!tmp)
        return -1;
    snprintf(tmp, n, "%s.tmp%ld", file, (long)getpid());
    FILE *f = fopen(tmp, "w");
    int ok = f != NULL;
    /* the path is written as JSON; field() reads it back up to the quote */
    for (size_t i = 0; ok && i < c->n; i++)
        if (c->lines[i] && c->paths[i])
            ok = fprintf(f, "{\"cache\":{\"path\":\"%s\",\"size\":%lld,\"mtime\":%lld,"
                            "\"hash\":\"%s\"}}\n",
                         c->paths[i], c->now[i].size, c->now[i].mtime, c->now[i].hash) > 0 &&
                 fputs(c->lines[i], f) >= 0;
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, file) != 0)
        ok = 0;
    if (!ok) {
        int e = errno;
        remove(tmp);
        fprintf(stderr, "kamergraph: %s: cannot write the cache: %s\n", file, strerror(e));
    }
    free(tmp);
    return ok ? 0 : -1;
}
