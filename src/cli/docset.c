/* Which documents of a run are one (cli.h, kg_docset): a hash table from
 * identity to the first file that has it. */
#include "arena.h" /* kg_fnv1a_str */
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *key;          /* NULL: an empty slot */
    char *path;
    size_t file;
    int rank;
} entry;

struct kg_docset {
    entry *slot;
    size_t cap, n;      /* cap: a power of two, kept at most half full */
};

kg_docset *kg_docset_create(void)
{
    kg_docset *s = calloc(1, sizeof *s);
    if (s && !(s->slot = calloc(s->cap = 64, sizeof *s->slot))) {
        free(s);
        return NULL;
    }
    return s;
}

void kg_docset_free(kg_docset *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->cap; i++) {
        free(s->slot[i].key);
        free(s->slot[i].path);
    }
    free(s->slot);
    free(s);
}

static entry *find(entry *slot, size_t cap, const char *key)
{
    size_t i = (size_t)kg_fnv1a_str(KG_FNV_OFFSET, key) & (cap - 1);
    while (slot[i].key && strcmp(slot[i].key, key) != 0)
        i = (i + 1) & (cap - 1);
    return &slot[i];
}

static bool grow(kg_docset *s)
{
    size_t cap = s->cap * 2;
    entry *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return false;
    for (size_t i = 0; i < s->cap; i++)
        if (s->slot[i].key)
            *find(slot, cap, s->slot[i].key) = s->slot[i];
    free(s->slot);
    s->slot = slot;
    s->cap = cap;
    return true;
}

/* How much of a letter a format carries: the official XML its metadata
 * and tagged references, HTML links, DOCX real footnotes, PDF pages,
 * plain text only the words. */
static int richness(const kg_doc *doc)
{
    static const char *const order[] = {"text", "pdf", "docx", "html", "xml"};
    for (int i = 0; i < 5; i++)
        if (strcmp(kg_doc_format(doc), order[i]) == 0)
            return i;
    return -1;
}

/* A publication id is the document wherever it lies; without one, a
 * file is the same document only as another format of the same name in
 * the same folder ("brief.txt" and "brief.pdf"). */
static char *identity(const kg_doc *doc)
{
    if (kg_doc_publication_id(doc))
        return strdup(kg_doc_publication_id(doc));
    const char *path = kg_doc_path(doc), *dot = strrchr(path, '.'),
               *slash = strrchr(path, '/');
    size_t n = dot && (!slash || dot > slash) ? (size_t)(dot - path) : strlen(path);
    char *key = malloc(n + 2);
    if (key)
        snprintf(key, n + 2, "/%.*s", (int)n, path);   /* '/' : no id starts so */
    return key;
}

static void say_same(const kg_doc *doc, const entry *e, bool this_one)
{
    if (kg_cli_quiet())
        return;
    const char *id = kg_doc_publication_id(doc);
    fprintf(stderr, "kamergraph: %s and %s are one document%s%s%s: read %s%s\n",
            e->path, kg_doc_path(doc), id ? " (" : "", id ? id : "", id ? ")" : "",
            this_one ? kg_doc_path(doc) : e->path,
            this_one ? ", the richer format" : e->rank > richness(doc) ? ", the richer format"
                                                                       : ", the first");
}

kg_doc_verdict kg_docset_add(kg_docset *s, size_t i, const kg_doc *doc, size_t *other)
{
    char *key = identity(doc);
    if (!key || (s->n + 1 > s->cap / 2 && !grow(s))) {
        free(key);
        return KG_DOC_NEW;              /* out of memory: read it */
    }
    entry *e = find(s->slot, s->cap, key);
    int rank = richness(doc);
    if (!e->key) {
        char *path = strdup(kg_doc_path(doc));
        if (!path) {
            free(key);
            return KG_DOC_NEW;
        }
        *e = (entry){key, path, i, rank};
        s->n++;
        return KG_DOC_NEW;
    }
    free(key);
    *other = e->file;
    if (rank <= e->rank) {
        say_same(doc, e, false);
        return KG_DOC_POORER;
    }
    say_same(doc, e, true);
    char *path = strdup(kg_doc_path(doc));
    if (path) {
        free(e->path);
        e->path = path;
    }
    e->file = i;
    e->rank = rank;
    return KG_DOC_RICHER;
}
