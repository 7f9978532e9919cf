/* Test helpers: a fresh temporary folder for each test, and paths in it. */
#ifndef KG_TEST_TMPDIR_H
#define KG_TEST_TMPDIR_H

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

#endif
