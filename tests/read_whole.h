/* The tools' file reader (fuzz/gen_seeds.c, tools/letterconv.c), without
 * Criterion: the tests have kg_test_slurp, which asserts instead. */
#ifndef KG_TEST_READ_WHOLE_H
#define KG_TEST_READ_WHOLE_H

#include <stddef.h>

/* The whole file, NUL-terminated, and its length in *len; NULL when it
 * cannot be read. The caller frees. */
char *kg_test_read_whole(const char *path, size_t *len);

#endif
