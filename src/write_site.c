/*
 * kg_write_site and kg_write_annotated (kamergraph/site.h): the folder and
 * its files.
 *
 *   DIR/index.html                 counts, search, the most cited, timeline
 *   DIR/letters/NAME.html          one per letter
 *   DIR/kamerstukken/NAME.html     one per Kamerstuk cited, not in the corpus
 *   DIR/dossiers/NAME.html         one per dossier
 *   DIR/motions/NAME.html          one per motion
 *   DIR/letters-by-date/NAME.html  one per letter cited by date, not tied
 *   DIR/years/YYYY.html            the letters of a year (undated.html)
 *   DIR/assets/site.css, site.js, search-index.js
 *   DIR/.kamergraph-site           the manifest: every page with a hash of it
 * NAME is kg_site_file_name of the node's id.
 *
 * A site has as many pages as the corpus cites things: for 10 000 letters,
 * a quarter of a million files. Nothing in DIR changes before every page is
 * written:
 *   - a new site is written whole into a temporary folder beside DIR,
 *     synced once, and renamed into place (kg_atomic_dir);
 *   - over a site kamergraph wrote, only the pages that differ from the
 *     manifest are written, into that temporary folder; when all are
 *     written and synced they are renamed into place, the pages the new
 *     site no longer has are removed, and the new manifest goes last. A
 *     run over an unchanged corpus writes nothing but the manifest: on a
 *     slow disk, creating and deleting the files again took minutes.
 * A failed or interrupted run leaves DIR as it was.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "site.h"

#define MARKER ".kamergraph-site"
#define MANIFEST_HEAD "kamergraph site 1\n"

static const char *const folders[] = {"assets", "letters", "kamerstukken", "dossiers",
                                      "motions", "letters-by-date", "years"};

/* A page of the site: its path below DIR and what it holds. */
typedef struct {
    char *name;         /* "letters/kst-36901-1.html" */
    uint64_t hash;
    size_t size;
    bool staged;        /* written to the temporary folder */
} page;

/* Pages own their names: every list of them is freed here. */
static void free_pages(page *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(p[i].name);
    free(p);
}

/* The pages are written on two threads (lanes): the letters, whose
 * pictures Graphviz draws (and Graphviz draws on one thread only), and
 * beside them the pages of everything cited, which are most of the files.
 * Each lane has its own buffer, list of pages and first failure. */
typedef struct {
    kg_sink page;       /* the page being made, in memory */
    page *now;          /* its pages, as written */
    size_t nnow, capnow;
    kg_status status;
    kg_error err;
    kg_site_list *lists;/* the timeline pages of the year being written */
} lane;

typedef struct {
    kg_site_ctx c;      /* read only while the lanes run */
    kg_atomic_dir dir;
    kg_error *err;
    kg_status status;
    bool update;        /* DIR holds a site: write only what changed */
    page *old;          /* its manifest, by name */
    size_t nold;
    lane main, side;
    page *now;          /* all pages: main's, then side's */
    size_t nnow;
} writer;

typedef void (*body_fn)(writer *w, lane *l, kg_sink *o, size_t arg);

/* A hash of a page, to see whether it changed: eight bytes at a time (a
 * byte at a time, hashing a large site's gigabyte took seconds), mixed as
 * in splitmix64. Only ever compared with what the same program wrote. */
static uint64_t page_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9u;
        h ^= h >> 31;
    }
    for (; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x94D049BB133111EBu;
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9u;
    return h ^ (h >> 31);
}

static int cmp_page(const void *pa, const void *pb)
{
    return strcmp(((const page *)pa)->name, ((const page *)pb)->name);
}

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", a, b);
    return p;
}

/* ---- the manifest ------------------------------------------------------------ */

/* The manifest of the site in DIR, when DIR holds one: the site is then
 * updated. Anything unreadable just means every page is written. */
static void read_manifest(writer *w)
{
    char *path = join(w->dir.path, MARKER), line[1200];
    FILE *f = path ? fopen(path, "r") : NULL;
    size_t cap = 0;

    free(path);
    if (!f)
        return;
    if (!fgets(line, sizeof line, f) || strcmp(line, MANIFEST_HEAD) != 0) {
        fclose(f);
        return;
    }
    w->update = true;
    while (fgets(line, sizeof line, f)) {
        unsigned long long hash;
        size_t size;
        int at = 0;
        line[strcspn(line, "\n")] = '\0';
        if (sscanf(line, "%16llx %zu %n", &hash, &size, &at) != 2 || at == 0 ||
            kg_grow((void **)&w->old, &cap, w->nold, sizeof *w->old) ||
            !(w->old[w->nold].name = strdup(line + at)))
            continue;
        w->old[w->nold].hash = hash;
        w->old[w->nold++].size = size;
    }
    fclose(f);
    qsort(w->old, w->nold, sizeof *w->old, cmp_page);
}

static void manifest_body(writer *w, lane *l, kg_sink *o, size_t arg)
{
    char line[64];
    (void)l;
    (void)arg;
    kg_out_str(o, MANIFEST_HEAD);
    for (size_t i = 0; i < w->nnow; i++) {
        snprintf(line, sizeof line, "%016llx %zu ", (unsigned long long)w->now[i].hash,
                 w->now[i].size);
        kg_out_str(o, line);
        kg_out_str(o, w->now[i].name);
        kg_out_char(o, '\n');
    }
}

/* Whether DIR holds the page as it is now: same hash and size in the
 * manifest, and a file of that size still there. */
static bool unchanged(const writer *w, const page *p)
{
    const page *old = w->update ? bsearch(p, w->old, w->nold, sizeof *w->old, cmp_page) : NULL;
    struct stat st;
    if (!old || old->hash != p->hash || old->size != p->size)
        return false;
    char *path = join(w->dir.path, p->name);
    bool there = path && stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
                 (size_t)st.st_size == p->size;
    free(path);
    return there;
}

/* ---- pages -------------------------------------------------------------------- */

static bool write_all(const char *path, const char *data, size_t n, int *e)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        *e = errno;
        return false;
    }
    size_t put = fwrite(data, 1, n, f);
    *e = put == n ? 0 : errno ? errno : EIO;
    if (fclose(f) != 0 && !*e)
        *e = errno ? errno : EIO;
    return *e == 0;
}

/* One page, `sub`/`name`: made in memory, and written to the temporary
 * folder unless DIR has it already. The lane's first failure stops the
 * rest of its pages; its message names the page as it will be called in
 * DIR. */
static void put_page(writer *w, lane *l, const char *sub, const char *name, body_fn body,
                     size_t arg)
{
    char *full = NULL;
    int e = 0;

    if (l->status != KG_OK)
        return;
    kg_sink_reset(&l->page);
    body(w, l, &l->page, arg);
    const char *data = kg_sink_cstr(&l->page);
    size_t len = l->page.n;
    size_t n = strlen(sub) + strlen(name) + 2;
    if (l->page.error || kg_grow((void **)&l->now, &l->capnow, l->nnow, sizeof *l->now) ||
        !(full = malloc(n))) {
        l->status = kg_fail(&l->err, KG_ERR_NOMEM, "%s: out of memory", w->dir.path);
        return;
    }
    snprintf(full, n, "%s%s%s", sub, *sub ? "/" : "", name);
    page *p = &l->now[l->nnow++];
    *p = (page){full, page_hash(data, len), len, false};
    if (!unchanged(w, p)) {
        char *path = join(w->dir.tmp, full);
        if (!path || !write_all(path, data, len, &e))
            l->status = kg_fail(&l->err, e ? KG_ERR_IO : KG_ERR_NOMEM,
                                "%s/%s: cannot write: %s", w->dir.path, full,
                                strerror(e ? e : ENOMEM));
        p->staged = true;
        free(path);
    }
}

static void text_file(writer *w, lane *l, kg_sink *o, size_t which)
{
    (void)w;
    (void)l;
    kg_out_str(o, which == 0 ? kg_site_css : kg_site_js);
}

/* The index is written before the lanes start: the only page at the
 * site's root, and the only one to rank (igraph keeps global state). */
static void index_file(writer *w, lane *l, kg_sink *o, size_t arg)
{
    (void)l;
    (void)arg;
    w->c.root = "";
    kg_site_write_index(&w->c, o);
    w->c.root = "../";
}

static void search_file(writer *w, lane *l, kg_sink *o, size_t arg)
{
    (void)l;
    (void)arg;
    kg_site_write_search(&w->c, o);
}

static void letter_file(writer *w, lane *l, kg_sink *o, size_t letter)
{
    (void)l;
    kg_site_write_letter(&w->c, o, letter);
}

static void node_file(writer *w, lane *l, kg_sink *o, size_t node)
{
    (void)l;
    kg_site_write_node(&w->c, o, node);
}

static void list_file(writer *w, lane *l, kg_sink *o, size_t arg)
{
    kg_site_write_list(&w->c, o, &l->lists[arg]);
}

static void write_letters(writer *w, lane *l)
{
    char name[300];
    for (size_t i = 0; i < w->c.site->n && l->status == KG_OK; i++) {
        snprintf(name, sizeof name, "%s.html", w->c.letter_name[i]);
        put_page(w, l, "letters", name, letter_file, i);
    }
}

static void write_nodes(writer *w, lane *l)
{
    const kg_graph *g = w->c.g;
    char name[300];
    for (size_t i = 0; i < g->n_nodes && l->status == KG_OK; i++) {
        kg_page_kind kind = (kg_page_kind)w->c.page[i];
        if (kind == KG_PAGE_NONE || kind == KG_PAGE_LETTER)
            continue;
        size_t n = kg_site_file_name(g->nodes[i].id, name, sizeof name - 5);
        memcpy(name + n, ".html", 6);
        put_page(w, l, kg_site_page_dir(kind), name, node_file, i);
    }
}

/* The timeline's pages: per year (and month, for a year of many letters)
 * and the undated letters. */
static void write_years(writer *w, lane *l)
{
    const kg_site_ctx *c = &w->c;
    char name[48];
    for (size_t r = 0, e; r < c->site->n && l->status == KG_OK; r = e) {
        unsigned y = kg_site_year(c->site->letters[c->by_date[r]].date);
        for (e = r + 1; e < c->site->n && kg_site_year(c->site->letters[c->by_date[e]].date) == y;
             e++)
            ;
        free(l->lists);
        l->lists = malloc((14 + (e - r) / KG_SITE_LIST_MAX) * sizeof *l->lists);
        if (!l->lists) {
            l->status = kg_fail(&l->err, KG_ERR_NOMEM, "%s: out of memory", w->dir.path);
            return;
        }
        size_t n = kg_site_lists(c, r, e, l->lists);
        for (size_t i = 0; i < n; i++) {
            kg_site_list_file(&l->lists[i], name, sizeof name);
            put_page(w, l, "years", name, list_file, i);
        }
    }
}

/* The subfolders, below `root`; those there already are fine. */
static kg_status make_folders(writer *w, const char *root, kg_error *err)
{
    kg_status st = KG_OK;
    for (size_t i = 0; i < sizeof folders / sizeof folders[0] && st == KG_OK; i++) {
        char *path = join(root, folders[i]);
        if (!path)
            st = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", w->dir.path);
        else if (mkdir(path, 0777) != 0 && errno != EEXIST)
            st = kg_fail(err, KG_ERR_IO, "%s/%s: cannot create folder: %s", w->dir.path,
                         folders[i], strerror(errno));
        free(path);
    }
    return st;
}

/* ---- into place ------------------------------------------------------------------ */

/* A new site: the manifest beside the pages, then the folder into place. */
static void commit_whole(writer *w)
{
    lane l = {.page = w->main.page, .status = w->status};
    put_page(w, &l, "", MARKER, manifest_body, 0);
    w->main.page = l.page;      /* the buffer, perhaps grown */
    free_pages(l.now, l.nnow);  /* the manifest does not list itself */
    if (w->status == KG_OK && l.status != KG_OK)
        w->status = kg_fail(w->err, l.status, "%s", l.err.msg);
    if (w->status == KG_OK)
        w->status = kg_atomic_dir_commit(&w->dir, w->err);
    else
        kg_atomic_dir_abort(&w->dir);
}

/* The pages of the old site that this one does not have: removed. */
static void remove_stale(writer *w)
{
    page *now = malloc((w->nnow + 1) * sizeof *now);
    if (!now)
        return;                         /* they stay: harmless */
    memcpy(now, w->now, w->nnow * sizeof *now);
    qsort(now, w->nnow, sizeof *now, cmp_page);
    for (size_t i = 0; i < w->nold; i++) {
        if (bsearch(&w->old[i], now, w->nnow, sizeof *now, cmp_page))
            continue;
        char *path = join(w->dir.path, w->old[i].name);
        if (path)
            unlink(path);
        free(path);
    }
    free(now);
}

/* An update: the changed pages into place, the stale ones out, the new
 * manifest last (a manifest naming a page that is not what it says only
 * makes the next run write that page again). */
static void commit_update(writer *w)
{
    if (w->status == KG_OK) {
        kg_atomic_dir_sync(&w->dir);
        w->status = make_folders(w, w->dir.path, w->err);
    }
    for (size_t i = 0; i < w->nnow && w->status == KG_OK; i++) {
        if (!w->now[i].staged)
            continue;
        char *from = join(w->dir.tmp, w->now[i].name), *to = join(w->dir.path, w->now[i].name);
        if (!from || !to || rename(from, to) != 0)
            w->status = kg_fail(w->err, KG_ERR_IO, "%s: cannot move into place: %s",
                                to ? to : w->dir.path, strerror(from && to ? errno : ENOMEM));
        free(from);
        free(to);
    }
    if (w->status == KG_OK) {
        remove_stale(w);
        char *path = join(w->dir.path, MARKER);
        kg_sink *out = path ? kg_sink_file(path, w->err) : NULL;
        if (!path)
            w->status = kg_fail(w->err, KG_ERR_NOMEM, "%s: out of memory", w->dir.path);
        else if (!out)
            w->status = w->err ? w->err->code : KG_ERR_IO;
        else {
            manifest_body(w, NULL, out, 0);
            w->status = kg_sink_close(out, w->err);
        }
        kg_sink_free(out);
        free(path);
    }
    kg_atomic_dir_abort(&w->dir);       /* the temporary folder, emptied */
}

static void lane_free(lane *l)
{
    free_pages(l->now, l->nnow);
    free(l->lists);
    kg_sink_release(&l->page);
}

static void writer_free(writer *w)
{
    free_pages(w->old, w->nold);
    free_pages(w->now, w->nnow);
    lane_free(&w->main);
    lane_free(&w->side);
    kg_site_ctx_release(&w->c);
}

/* The side lane: what is cited, and the timeline. */
static void *side_lane(void *arg)
{
    writer *w = arg;
    write_nodes(w, &w->side);
    write_years(w, &w->side);
    return NULL;
}

/* The pages of both lanes, in the order a single lane would write them,
 * and the first failure; false when out of memory. */
static bool join_lanes(writer *w)
{
    const lane *lanes[] = {&w->main, &w->side};
    w->now = malloc((w->main.nnow + w->side.nnow + 1) * sizeof *w->now);
    if (!w->now)
        return false;
    for (size_t k = 0; k < 2; k++) {
        memcpy(w->now + w->nnow, lanes[k]->now, lanes[k]->nnow * sizeof *w->now);
        w->nnow += lanes[k]->nnow;
        if (w->status == KG_OK && lanes[k]->status != KG_OK)
            w->status = kg_fail(w->err, lanes[k]->status, "%s", lanes[k]->err.msg);
    }
    return true;
}

static void write_pages(writer *w)
{
    pthread_t side;
    bool threaded;

    w->main.status = w->side.status = w->status =
        make_folders(w, w->dir.tmp, w->err);
    put_page(w, &w->main, "assets", "site.css", text_file, 0);
    put_page(w, &w->main, "assets", "site.js", text_file, 1);
    put_page(w, &w->main, "assets", "search-index.js", search_file, 0);
    put_page(w, &w->main, "", "index.html", index_file, 0);
    threaded = pthread_create(&side, NULL, side_lane, w) == 0;
    write_letters(w, &w->main);
    if (threaded)
        pthread_join(side, NULL);
    else
        side_lane(w);
    if (!join_lanes(w)) {
        if (w->status == KG_OK)
            w->status = kg_fail(w->err, KG_ERR_NOMEM, "%s: out of memory", w->dir.path);
        return;
    }
    /* the lanes' pages belong to w->now from here: their names are freed
     * from there */
    w->main.nnow = w->side.nnow = 0;
}

kg_status kg_write_site(kg_site *s, kg_graph *g, const char *dir, kg_error *err)
{
    writer w = {.err = err, .status = KG_OK};

    if (!s || !g || !dir)
        return kg_fail(err, KG_ERR_USAGE, "%s: no site, graph or folder", dir ? dir : "(null)");
    kg_sink_init_memory(&w.main.page);
    kg_sink_init_memory(&w.side.page);
    if (kg_graph_resolve_aliases(g) != KG_OK || kg_site_ctx_init(&w.c, s, g, false) != KG_OK)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", dir);
    if ((w.status = kg_atomic_dir_open(&w.dir, dir, MARKER, err)) != KG_OK) {
        writer_free(&w);
        return w.status;
    }
    read_manifest(&w);
    write_pages(&w);
    if (w.update)
        commit_update(&w);
    else
        commit_whole(&w);
    writer_free(&w);
    return w.status;
}

/* ---- annotate ----------------------------------------------------------------- */

/* Letter number `letter` as a page of its own, into out. */
static kg_status write_annotated(kg_site *s, kg_graph *g, size_t letter, kg_sink *out,
                                 kg_error *err)
{
    kg_site_ctx c;

    if (!s || !g || letter >= s->n)
        return kg_fail(err, KG_ERR_USAGE, "kg_write_annotated: no such letter");
    if (kg_graph_resolve_aliases(g) != KG_OK || kg_site_ctx_init(&c, s, g, true) != KG_OK)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", s->letters[letter].path);
    c.root = "";
    kg_site_write_letter(&c, out, letter);
    kg_site_ctx_release(&c);
    return KG_OK;
}

kg_status kg_write_annotated_to(kg_site *s, kg_graph *g, size_t letter, FILE *out,
                                kg_error *err)
{
    kg_sink *o = out ? kg_sink_stream(out) : NULL;

    if (!out)
        return kg_fail(err, KG_ERR_USAGE, "kg_write_annotated: no such letter");
    if (!o)
        return kg_fail(err, KG_ERR_NOMEM, "kg_write_annotated: out of memory");
    kg_status st = write_annotated(s, g, letter, o, err);
    int e = kg_sink_finish(o);
    if (st == KG_OK && e)
        st = kg_fail(err, KG_ERR_IO, "%s: cannot write the annotated page: %s",
                     s->letters[letter].path, strerror(e));
    kg_sink_free(o);
    return st;
}

kg_status kg_write_annotated(kg_site *s, kg_graph *g, size_t letter, const char *path,
                             kg_error *err)
{
    kg_sink *out = kg_sink_file(path, err);

    if (!out)
        return err ? err->code : KG_ERR_IO;
    kg_status st = write_annotated(s, g, letter, out, err);
    if (st == KG_OK)
        st = kg_sink_close(out, err);
    kg_sink_free(out);
    return st;
}
