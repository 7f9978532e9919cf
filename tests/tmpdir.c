/* Test helpers: the temporary folder of a test, and files read whole
 * (see tmpdir.h). */
#include "tmpdir.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>

static char current[256];

void kg_test_tmpdir_make(const char *template)
{
    cr_assert_lt(strlen(template), sizeof current, "template too long: %s", template);
    strcpy(current, template);
    cr_assert_not_null(mkdtemp(current), "cannot make %s", template);
}

const char *kg_test_tmpdir(void)
{
    return current;
}

/* lstat, not stat: a link to a folder is removed, not followed out of the
 * temporary folder. */
static int remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return -1;
    if (!S_ISDIR(st.st_mode))
        return unlink(path);

    DIR *d = opendir(path);
    struct dirent *ent;
    char sub[1024];
    int rc = 0;

    if (!d)
        return -1;
    while ((ent = readdir(d)) != NULL) {
        if (!strcmp(ent->d_name, ".") || !strcmp(ent->d_name, ".."))
            continue;
        snprintf(sub, sizeof sub, "%s/%s", path, ent->d_name);
        if (remove_tree(sub) != 0)
            rc = -1;
    }
    closedir(d);
    return rmdir(path) != 0 ? -1 : rc;
}

void kg_test_tmpdir_remove(void)
{
    cr_expect_eq(remove_tree(current), 0, "cannot remove %s", current);
}

char *kg_test_tmp_path(const char *name)
{
    static char buf[8][512];
    static int next;
    char *p = buf[next++ % 8];
    snprintf(p, sizeof buf[0], "%s/%s", current, name);
    return p;
}

void *kg_test_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    cr_assert_eq(fseek(f, 0, SEEK_END), 0);
    long n = ftell(f);
    cr_assert_geq(n, 0);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    cr_assert_not_null(buf);
    cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n, "cannot read %s", path);
    buf[n] = '\0';
    fclose(f);
    if (len)
        *len = (size_t)n;
    return buf;
}

char *kg_test_repeat(const char *part, size_t n, size_t extra)
{
    size_t plen = strlen(part);
    char *text = malloc(n * plen + extra + 1);

    cr_assert_not_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * plen, part, plen);
    text[n * plen] = '\0';
    return text;
}
