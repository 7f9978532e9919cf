/* A bump allocator: a document's strings are many and small, and they all
 * die together with the document. */
#include "arena.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KG_ARENA_BLOCK 16384

typedef struct kg_chunk {
    struct kg_chunk *next;
    size_t used, size;
    max_align_t data[];
} kg_chunk;

struct kg_arena {
    kg_chunk *head;
};

int kg_grow(void **arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 16;
    if (c > SIZE_MAX / size)
        return -1;
    void *p = realloc(*arr, c * size);
    if (!p)
        return -1;
    *arr = p;
    *cap = c;
    return 0;
}

kg_arena *kg_arena_create(void)
{
    return calloc(1, sizeof(kg_arena));
}

void kg_arena_free(kg_arena *a)
{
    if (!a)
        return;
    for (kg_chunk *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

void *kg_arena_alloc(kg_arena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    kg_chunk *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > KG_ARENA_BLOCK ? n : KG_ARENA_BLOCK;
        b = malloc(sizeof(kg_chunk) + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

char *kg_arena_strndup(kg_arena *a, const char *s, size_t n)
{
    char *p = kg_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *kg_arena_printf(kg_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = kg_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}
