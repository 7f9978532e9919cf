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

#include "arena.h"

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

/* A folder written whole (the site): made as a hidden temporary folder
 * next to the target, filled, then swapped with the target in one
 * rename, so that readers see the old folder or the new one and a failed
 * or interrupted run leaves the old one as it was.
 *
 *     kg_atomic_dir d;
 *     if (kg_atomic_dir_open(&d, "graphs/site", err) != KG_OK) ...
 *     ... write files below d.tmp; on failure kg_atomic_dir_abort(&d) ...
 *     return kg_atomic_dir_commit(&d, err);
 *
 * The target, when it exists, must be a folder that is empty or holds
 * `marker` (a file the writer puts into every folder it makes), so that a
 * folder of other things is never replaced: KG_ERR_USAGE. Files are not
 * synced one by one; commit syncs the file system once. */
typedef struct {
    char *path; /* the target */
    char *tmp;  /* the temporary folder: write here */
} kg_atomic_dir;

kg_status kg_atomic_dir_open(kg_atomic_dir *d, const char *path, const char *marker,
                             kg_error *err);
kg_status kg_atomic_dir_commit(kg_atomic_dir *d, kg_error *err);
void kg_atomic_dir_abort(kg_atomic_dir *d);

/* What is written below d->tmp, on the disk: for a writer that moves files
 * from there into the target itself (kg_write_site updating a site). */
void kg_atomic_dir_sync(const kg_atomic_dir *d);

#endif
