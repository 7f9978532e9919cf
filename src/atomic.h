/*
 * Atomic output: write to a temporary file next to the target, then rename
 * it over the target. Readers see the old file or the new one, never a
 * half-written one, and a failed write leaves nothing behind.
 *
 *     kg_atomic out;
 *     if (kg_atomic_open(&out, path, err) != KG_OK) return err->code;
 *     ... write to out.fp; on failure: kg_atomic_abort(&out) ...
 *     return kg_atomic_commit(&out, err);
 */
#ifndef KG_ATOMIC_H
#define KG_ATOMIC_H

#include <stdio.h>

#include "internal.h"

typedef struct {
    char *path; /* the target */
    char *tmp;  /* the temporary file, in the target's directory */
    FILE *fp;   /* open on tmp; write here */
    int error;  /* a writer's own record of a failed write (errno), for the
                   message when stdio no longer knows why */
} kg_atomic;

/* Create the temporary file. On failure nothing exists and *a is empty. */
kg_status kg_atomic_open(kg_atomic *a, const char *path, kg_error *err);

/* Flush, sync and close the temporary file and rename it onto the target.
 * Always releases *a; on failure the temporary file is removed. */
kg_status kg_atomic_commit(kg_atomic *a, kg_error *err);

/* Give up: close and remove the temporary file, release *a. */
void kg_atomic_abort(kg_atomic *a);

#endif
