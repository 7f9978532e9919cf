/*
 * The helpers every stage uses: the arena that holds a document's strings,
 * growable arrays, the binary search of the stages' indexes, errors, and
 * the work counters the tests read. Not installed.
 */
#ifndef KG_ARENA_H
#define KG_ARENA_H

#include "kamergraph/kamergraph.h"
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- arena: every string of a document lives here, freed at once ---- */
typedef struct kg_arena kg_arena;
kg_arena *kg_arena_create(void);
void kg_arena_free(kg_arena *a);

void *kg_arena_alloc(kg_arena *a, size_t n);
char *kg_arena_strndup(kg_arena *a, const char *s, size_t n);
char *kg_arena_printf(kg_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Room for one more element in the growable array *arr of n elements
 * (capacity *cap, doubling); -1 when out of memory, *arr unchanged. */
int kg_grow(void **arr, size_t *cap, size_t n, size_t size);

/* ---- instrumentation --------------------------------------------------
 * How much a stage read to answer its lookups. The library only adds to
 * these counts and never reads them: the tests do, and keep them linear
 * in the input or logarithmic per lookup, which catches a quadratic walk
 * without timing anything. Every stage that counts keeps one of these,
 * named `work`. */
typedef struct {
    size_t looked;  /* entries of an index (and bytes) its lookups read */
    size_t bytes;   /* bytes of text read to find a position or a line end */
} kg_work;

/* Of the n entries of `size` bytes at base, sorted so that those `before`
 * the key come first, the index of the first that is not; each entry read
 * counts in *looked (a kg_work's). */
size_t kg_lower_bound(const void *base, size_t n, size_t size,
                      bool (*before)(const void *entry, const void *key),
                      const void *key, size_t *looked);

/* -1, 0 or 1 as a is below, equal to or above b: for qsort's comparators. */
static inline int kg_order(size_t a, size_t b)
{
    return a < b ? -1 : a > b;
}

/* FNV-1a, a byte at a time: the one hash of strings and bytes (the graph's
 * indexes, the names of long site files, the CLI's document set and its
 * cache's content hashes). Start from KG_FNV_OFFSET, or from the hash so
 * far to go on with more bytes. */
#define KG_FNV_OFFSET ((uint64_t)14695981039346656037u)
#define KG_FNV_PRIME ((uint64_t)1099511628211u)

static inline uint64_t kg_fnv1a(uint64_t h, const void *bytes, size_t n)
{
    const unsigned char *p = bytes;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * KG_FNV_PRIME;
    return h;
}

static inline uint64_t kg_fnv1a_str(uint64_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * KG_FNV_PRIME;
    return h;
}

/* Fills err (when not NULL) and returns code. */
kg_status kg_fail(kg_error *err, kg_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A slice of the text. */
typedef struct {
    size_t off, len;
} kg_span;

#endif
