/* Test helpers: a fresh temporary folder for each test, paths in it,
 * files read whole, and long texts made of one part repeated. */
#ifndef KG_TEST_TMPDIR_H
#define KG_TEST_TMPDIR_H

#include <stddef.h>

/* Makes a new folder from `template` (ending in XXXXXX, as for mkdtemp)
 * and makes it the current one; fails the test when it cannot. Criterion
 * runs each test in a process of its own, so one current folder per
 * process is enough. */
void kg_test_tmpdir_make(const char *template);

/* The current folder's name. */
const char *kg_test_tmpdir(void);

/* The current folder, with everything in it, removed; a test that left
 * something it cannot remove fails. */
void kg_test_tmpdir_remove(void);

/* "folder/name" in one of a few buffers used in turn, so that a call can
 * take two or more such paths as arguments. */
char *kg_test_tmp_path(const char *name);

/* The whole file at `path` (in the folder or not), with a '\0' after it so
 * that text can be used as a string; its size goes to *len unless len is
 * NULL. void * so that it is as well char * as unsigned char *. Fails the
 * test when the file cannot be read; the caller frees. */
void *kg_test_slurp(const char *path, size_t *len);

/* `part` n times over, NUL-terminated, with room for `extra` more bytes
 * after it: the long lines of the cost tests. Fails the test when out of
 * memory; the caller frees. */
char *kg_test_repeat(const char *part, size_t n, size_t extra);

#endif
