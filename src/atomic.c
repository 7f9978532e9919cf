/*
 * Atomic output through a temporary file and rename(2). rename within one
 * directory is atomic on POSIX file systems, which is why the temporary
 * file must sit next to the target and not in /tmp.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"

/* The temporary files being written, for kg_remove_partial_output: a
 * signal handler may not take locks or allocate, so fixed slots. */
#define KG_PENDING 64
static char pending[KG_PENDING][4096];

static void remember(const char *tmp)
{
    for (size_t i = 0; i < KG_PENDING; i++)
        if (!pending[i][0] && strlen(tmp) < sizeof pending[i]) {
            memcpy(pending[i], tmp, strlen(tmp) + 1);
            return;
        }
}

static void forget(const char *tmp)
{
    for (size_t i = 0; tmp && i < KG_PENDING; i++)
        if (strcmp(pending[i], tmp) == 0)
            pending[i][0] = '\0';
}

void kg_remove_partial_output(void)
{
    for (size_t i = 0; i < KG_PENDING; i++)
        if (pending[i][0])
            unlink(pending[i]);         /* async-signal-safe */
}

static void release(kg_atomic *a)
{
    forget(a->tmp);
    free(a->path);
    free(a->tmp);
    a->path = a->tmp = NULL;
    a->fp = NULL;
}

/* "dir/.name.tmp-XXXXXX" for "dir/name": hidden, so globs and directory
 * watchers are unlikely to pick up a file that is still being written. */
static char *temp_template(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    const char *base = path + dirlen;
    size_t n = dirlen + 1 + strlen(base) + sizeof ".tmp-XXXXXX";
    char *t = malloc(n);

    if (t)
        snprintf(t, n, "%.*s.%s.tmp-XXXXXX", (int)dirlen, path, base);
    return t;
}

/* mkstemp creates the file 0600; give the result the mode the target has
 * now, or the mode a plain fopen would have given it. */
static mode_t target_mode(const char *path)
{
    struct stat st;
    mode_t mask;

    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return st.st_mode & 07777;
    /* umask can only be read by setting it; restored at once. */
    mask = umask(077);
    umask(mask);
    return 0666 & ~mask;
}

kg_status kg_atomic_open(kg_atomic *a, const char *path, kg_error *err)
{
    int fd, e;

    a->path = a->tmp = NULL;
    a->fp = NULL;
    a->error = 0;
    if (!path || !*path || path[strlen(path) - 1] == '/')
        return kg_fail(err, KG_ERR_USAGE, "%s: not a file name", path ? path : "(null)");
    a->path = strdup(path);
    a->tmp = temp_template(path);
    if (!a->path || !a->tmp) {
        release(a);
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    }
    fd = mkstemp(a->tmp);
    if (fd < 0) {
        e = errno;
        release(a);
        return kg_fail(err, KG_ERR_IO, "%s: cannot create temporary file: %s", path,
                    strerror(e));
    }
    remember(a->tmp);
    if (fchmod(fd, target_mode(path)) != 0 || !(a->fp = fdopen(fd, "w"))) {
        e = errno;
        close(fd);
        unlink(a->tmp);
        release(a);
        return kg_fail(err, KG_ERR_IO, "%s: cannot open temporary file: %s", path,
                    strerror(e));
    }
    return KG_OK;
}

void kg_atomic_abort(kg_atomic *a)
{
    if (a->fp)
        fclose(a->fp);
    if (a->tmp)
        unlink(a->tmp);
    release(a);
}

/* Make the rename itself durable; not every file system can sync a
 * directory, and the data is already safe, so failure is not an error. */
static void sync_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, (size_t)(slash - path) + 1) : strdup(".");
    int fd;

    if (!dir)
        return;
    fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

/* Flush, sync and close; returns what failed, or NULL, with *e = errno. */
static const char *finish_file(FILE *fp, int known, int *e)
{
    const char *what = NULL;

    errno = 0;
    /* ferror also catches a write that failed before this flush. */
    if (fflush(fp) != 0 || ferror(fp) || known) {
        what = "cannot write";
        *e = known ? known : errno ? errno : EIO;
    } else if (fsync(fileno(fp)) != 0) {
        what = "cannot sync";
        *e = errno;
    }
    if (fclose(fp) != 0 && !what) {
        what = "cannot close";
        *e = errno;
    }
    return what;
}

/* kg_output_hold: the files finished since, waiting for their rename. */
static struct {
    bool on;
    char **tmp, **path;
    size_t n, cap;
} held;

static bool hold_file(kg_atomic *a)
{
    if (held.n == held.cap) {
        size_t cap = held.cap ? held.cap * 2 : 8;
        char **t = realloc(held.tmp, cap * sizeof *t);
        if (t)
            held.tmp = t;
        char **p = t ? realloc(held.path, cap * sizeof *p) : NULL;
        if (!p)
            return false;
        held.path = p;
        held.cap = cap;
    }
    held.tmp[held.n] = a->tmp;      /* ownership moves; still in pending */
    held.path[held.n++] = a->path;
    a->tmp = a->path = NULL;
    a->fp = NULL;
    return true;
}

kg_status kg_atomic_commit(kg_atomic *a, kg_error *err)
{
    const char *what;
    int e = 0;

    if (!a->fp)
        return kg_fail(err, KG_ERR_USAGE, "kg_atomic_commit: nothing open");
    what = finish_file(a->fp, a->error, &e);
    a->fp = NULL;
    if (!what && held.on) {
        if (hold_file(a))
            return KG_OK;
        what = "out of memory";
        e = ENOMEM;
    }
    if (!what && rename(a->tmp, a->path) != 0) {
        what = "cannot move temporary file into place";
        e = errno;
    }
    if (what) {
        kg_status s = kg_fail(err, KG_ERR_IO, "%s: %s: %s", a->path, what, strerror(e));
        kg_atomic_abort(a);
        return s;
    }
    sync_dir(a->path);
    release(a);
    return KG_OK;
}

void kg_output_hold(void)
{
    held.on = true;
}

static void drop_held(bool remove_files)
{
    for (size_t i = 0; i < held.n; i++) {
        if (remove_files)
            unlink(held.tmp[i]);
        forget(held.tmp[i]);
        free(held.tmp[i]);
        free(held.path[i]);
    }
    free(held.tmp);
    free(held.path);
    memset(&held, 0, sizeof held);
}

void kg_output_discard(void)
{
    drop_held(true);
}

/* rename(2) onto a folder fails; find that before the first rename, so
 * that the renames do not stop half-way. */
static kg_status check_targets(kg_error *err)
{
    struct stat st;
    for (size_t i = 0; i < held.n; i++)
        if (stat(held.path[i], &st) == 0 && S_ISDIR(st.st_mode))
            return kg_fail(err, KG_ERR_IO, "%s: cannot move temporary file into place: %s",
                           held.path[i], strerror(EISDIR));
    return KG_OK;
}

/* Signals wait while the files move, so that an interrupted run leaves
 * the old set or the new one, not a mix. */
kg_status kg_output_commit(kg_error *err)
{
    sigset_t block, old;
    kg_status s = check_targets(err);
    size_t i;

    if (s != KG_OK) {
        drop_held(true);
        return s;
    }
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    for (i = 0; i < held.n && s == KG_OK; i++)
        if (rename(held.tmp[i], held.path[i]) != 0)
            s = kg_fail(err, KG_ERR_IO, "%s: cannot move temporary file into place: %s",
                        held.path[i], strerror(errno));
    for (size_t j = 0; j < i; j++)
        sync_dir(held.path[j]);
    /* the ones renamed are gone from their temporary names: unlink
     * fails harmlessly on them */
    drop_held(s != KG_OK);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return s;
}
