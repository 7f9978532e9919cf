/*
 * Atomic output through a temporary file and rename(2). rename within one
 * directory is atomic on POSIX file systems, which is why the temporary
 * file must sit next to the target and not in /tmp.
 */
#define _GNU_SOURCE /* renameat2, syncfs, syscall: the folder swap (Linux) */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif
#include <dirent.h>

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

/* The temporary folder being filled (kg_atomic_dir), likewise. */
static char pending_dir[4096];

static void remove_tree(const char *path);

void kg_remove_partial_output(void)
{
    for (size_t i = 0; i < KG_PENDING; i++)
        if (pending[i][0])
            unlink(pending[i]);         /* async-signal-safe */
    if (pending_dir[0])
        remove_tree(pending_dir);
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

/* ---- folders -------------------------------------------------------- */

/* Remove what folder fd holds, then nothing else: entries are unlinked
 * without following symbolic links, and only real folders are entered.
 * On Linux the entries are read with getdents64 into a buffer on the
 * stack, so that a signal handler may do this (opendir allocates). Depth
 * is bounded: the folders kamergraph writes are two deep. */
static void empty_folder(int fd, int depth);

static void remove_entry(int fd, const char *name, int depth)
{
    if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
        return;
    if (unlinkat(fd, name, 0) == 0 || (errno != EISDIR && errno != EPERM) || depth > 8)
        return;
    int sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (sub < 0)
        return;
    empty_folder(sub, depth + 1);
    close(sub);
    unlinkat(fd, name, AT_REMOVEDIR);
}

#ifdef SYS_getdents64
struct kg_dirent64 {
    uint64_t ino;
    int64_t off;
    unsigned short reclen;
    unsigned char type;
    char name[];
};

static void empty_folder(int fd, int depth)
{
    char buf[8192] __attribute__((aligned(8)));
    long n;

    /* entries removed while reading: read from the start again until
     * nothing is left that can be removed */
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
        for (long at = 0; at < n;) {
            struct kg_dirent64 *e = (struct kg_dirent64 *)(buf + at);
            remove_entry(fd, e->name, depth);
            at += e->reclen;
        }
    }
}
#else
static void empty_folder(int fd, int depth)
{
    int dup_fd = dup(fd);
    DIR *d = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
    struct dirent *e;

    if (!d) {
        if (dup_fd >= 0)
            close(dup_fd);
        return;
    }
    while ((e = readdir(d)))
        remove_entry(fd, e->d_name, depth);
    closedir(d);
}
#endif

/* Another thread may still be writing into the folder (a signal arrives
 * while the site's two lanes write): empty it and remove it until it is
 * gone; once it is, nothing can be written below it. */
static void remove_tree(const char *path)
{
    for (int tries = 0; tries < 100; tries++) {
        int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
        if (fd < 0) {
            if (errno != ENOENT)
                unlink(path);           /* a file or a symbolic link */
            return;
        }
        empty_folder(fd, 0);
        close(fd);
        if (rmdir(path) == 0 || (errno != ENOTEMPTY && errno != EEXIST))
            return;
    }
}

static void forget_dir(kg_atomic_dir *d)
{
    pending_dir[0] = '\0';
    free(d->path);
    free(d->tmp);
    d->path = d->tmp = NULL;
}

/* mkdir -p of the folder that holds `path`; 0 or an errno. */
static int make_parents(const char *path)
{
    char *dir = strdup(path);
    int e = 0;

    if (!dir)
        return ENOMEM;
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = '\0';
        for (char *p = dir + 1;; p++) {
            if (*p != '/' && *p != '\0')
                continue;
            char c = *p;
            *p = '\0';
            if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
                e = errno;
                break;
            }
            *p = c;
            if (c == '\0')
                break;
        }
    }
    free(dir);
    return e;
}

/* Whether the existing target may be replaced: an empty folder, or one
 * holding the marker. */
static kg_status replaceable(const char *path, const char *marker, kg_error *err)
{
    struct stat st;
    DIR *d;
    struct dirent *e;
    bool empty = true;

    if (lstat(path, &st) != 0)
        return errno == ENOENT ? KG_OK
                               : kg_fail(err, KG_ERR_IO, "%s: cannot look at it: %s", path,
                                         strerror(errno));
    if (S_ISLNK(st.st_mode))
        return kg_fail(err, KG_ERR_USAGE, "%s: is a symbolic link: give the folder itself",
                       path);
    if (!S_ISDIR(st.st_mode))
        return kg_fail(err, KG_ERR_USAGE, "%s: exists and is not a folder", path);
    if (!(d = opendir(path)))
        return kg_fail(err, KG_ERR_IO, "%s: cannot open folder: %s", path, strerror(errno));
    while (empty && (e = readdir(d)))
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    size_t n = strlen(path) + strlen(marker) + 2;
    char *m = malloc(n);
    if (!m)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    snprintf(m, n, "%s/%s", path, marker);
    bool marked = lstat(m, &st) == 0 && S_ISREG(st.st_mode);
    free(m);
    if (!empty && !marked)
        return kg_fail(err, KG_ERR_USAGE,
                       "%s: not empty and not written by kamergraph (no %s in it): "
                       "not replaced",
                       path, marker);
    return KG_OK;
}

kg_status kg_atomic_dir_open(kg_atomic_dir *d, const char *path, const char *marker,
                             kg_error *err)
{
    kg_status s;
    int e;

    d->path = d->tmp = NULL;
    if (!path || !*path)
        return kg_fail(err, KG_ERR_USAGE, "no output folder");
    d->path = strdup(path);
    if (!d->path)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    /* "site/" and "site" are the same folder: the swap renames "site" */
    for (size_t n = strlen(d->path); n > 1 && d->path[n - 1] == '/'; n--)
        d->path[n - 1] = '\0';
    if ((s = replaceable(d->path, marker, err)) != KG_OK) {
        forget_dir(d);
        return s;
    }
    if ((e = make_parents(d->path)) != 0) {
        kg_fail(err, KG_ERR_IO, "%s: cannot create output folder: %s", path, strerror(e));
        forget_dir(d);
        return KG_ERR_IO;
    }
    d->tmp = temp_template(d->path);
    if (!d->tmp || !mkdtemp(d->tmp)) {
        e = d->tmp ? errno : ENOMEM;
        forget_dir(d);
        return kg_fail(err, KG_ERR_IO, "%s: cannot create temporary folder: %s", path,
                       strerror(e));
    }
    if (strlen(d->tmp) < sizeof pending_dir)
        memcpy(pending_dir, d->tmp, strlen(d->tmp) + 1);
    /* mkdtemp makes it 0700; a site is for reading by others */
    mode_t mask = umask(077);
    umask(mask);
    chmod(d->tmp, 0777 & ~mask);
    return KG_OK;
}

void kg_atomic_dir_abort(kg_atomic_dir *d)
{
    if (d->tmp)
        remove_tree(d->tmp);
    forget_dir(d);
}

/* Everything written below the folder reaches the disk before the swap
 * makes it the target: one sync of the file system rather than one per
 * file, which for a site of many thousand pages would take minutes. */
static void sync_folder(const char *path)
{
#ifdef __linux__
    int fd = open(path, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        syncfs(fd);
        close(fd);
    }
#else
    (void)path;
    sync();
#endif
}

void kg_atomic_dir_sync(const kg_atomic_dir *d)
{
    if (d->tmp)
        sync_folder(d->tmp);
}

/* The new folder in place of the old one; the old one, if any, ends at
 * d->tmp. 0 or an errno. */
static int swap_in(kg_atomic_dir *d)
{
    struct stat st;

    if (lstat(d->path, &st) != 0)
        return rename(d->tmp, d->path) == 0 ? 0 : errno;
#ifdef RENAME_EXCHANGE
    if (renameat2(AT_FDCWD, d->tmp, AT_FDCWD, d->path, RENAME_EXCHANGE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    /* no atomic exchange here: the old folder steps aside first */
    size_t n = strlen(d->tmp) + 5;
    char *old = malloc(n);
    int e = 0;
    if (!old)
        return ENOMEM;
    snprintf(old, n, "%s.old", d->tmp);
    if (rename(d->path, old) != 0)
        e = errno;
    else if (rename(d->tmp, d->path) != 0) {
        e = errno;
        rename(old, d->path);
    } else
        rename(old, d->tmp);
    free(old);
    return e;
}

kg_status kg_atomic_dir_commit(kg_atomic_dir *d, kg_error *err)
{
    int e;

    if (!d->tmp)
        return kg_fail(err, KG_ERR_USAGE, "kg_atomic_dir_commit: nothing open");
    sync_folder(d->tmp);
    if ((e = swap_in(d)) != 0) {
        kg_status s = kg_fail(err, KG_ERR_IO, "%s: cannot move the new folder into place: %s",
                              d->path, strerror(e));
        kg_atomic_dir_abort(d);
        return s;
    }
    remove_tree(d->tmp);                /* the old folder, if there was one */
    sync_dir(d->path);
    forget_dir(d);
    return KG_OK;
}
