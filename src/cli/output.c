/* What the commands write: the line that says so, the checks before a
 * run, the one file of render and report, and standard output. */
#include "cli.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void kg_cli_wrote(const char *what, const kg_graph *g)
{
    if (!kg_cli_quiet())
        fprintf(stderr, "kamergraph: wrote %s (%zu nodes, %zu edges)\n", what,
                kg_graph_node_count(g), kg_graph_edge_count(g));
}

/* mkdir that succeeds when dir is already a folder. */
static int make_one(const char *dir)
{
    struct stat st;

    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return 0;
    if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
        return 1;
    errno = ENOTDIR;
    return 0;
}

bool kg_cli_make_folder(const char *dir)
{
    char *path = strdup(dir);
    int ok = path != NULL;

    for (char *p = path ? path + 1 : NULL; ok && p && *p; p++)
        if (*p == '/' && p[-1] != '/') {
            *p = '\0';
            ok = make_one(path);
            *p = '/';
        }
    ok = ok && make_one(dir);
    if (!ok)
        fprintf(stderr, "kamergraph: %s: cannot create output folder: %s\n",
                dir, strerror(path ? errno : ENOMEM));
    free(path);
    return ok;
}

bool kg_cli_can_write(const char *path)
{
    static const char probe[] = "/.kamergraph-probe-XXXXXX";
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) : 1;
    char *tmp = malloc(dirlen + sizeof probe);
    if (!tmp)
        return false;
    snprintf(tmp, dirlen + sizeof probe, "%.*s%s", (int)dirlen, slash ? path : ".", probe);
    int fd = mkstemp(tmp);
    int e = errno;
    if (fd >= 0) {
        close(fd);
        unlink(tmp);
    } else {
        fprintf(stderr, "kamergraph: %s: cannot write there: %s\n", path, strerror(e));
    }
    free(tmp);
    return fd >= 0;
}

/* The file is unlinked as soon as it is open: a reader that stops
 * reading, or a signal, then leaves nothing behind. */
static bool copy_out(const char *path, const char *dir)
{
    FILE *f = fopen(path, "rb");
    char buf[1 << 16];
    size_t n;
    bool ok = f != NULL;
    unlink(path);
    rmdir(dir);
    while (ok && (n = fread(buf, 1, sizeof buf, f)) > 0)
        ok = fwrite(buf, 1, n, stdout) == n;
    if (f) {
        ok = ok && !ferror(f);
        fclose(f);
    }
    return fflush(stdout) == 0 && ok;
}

/* Writers write files, atomically and some by name (SQLite, Graphviz);
 * so standard output gets a finished temporary file's bytes. */
int kg_cli_write_stdout(kg_graph *g, const char *ext, kg_file_writer write, void *ctx)
{
    const char *tmpdir = getenv("TMPDIR");
    char dir[4096], path[4200];
    snprintf(dir, sizeof dir, "%s/kamergraph-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "kamergraph: %s: cannot make a temporary folder: %s\n", dir,
                strerror(errno));
        return 1;
    }
    snprintf(path, sizeof path, "%s/out.%s", dir, ext);
    kg_error err = {0};
    int failed = 0;
    if (write(g, path, ctx, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else if (!copy_out(path, dir)) {
        fprintf(stderr, "kamergraph: standard output: cannot write: %s\n", strerror(errno));
        failed = 1;
    }
    unlink(path);
    rmdir(dir);
    return failed;
}

/* The extension of `path`, or `fallback`. */
static const char *extension(const char *path, const char *fallback)
{
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    return dot && (!slash || dot > slash) ? dot + 1 : fallback;
}

int kg_cli_write_one(const kg_command *cmd, const kg_opts *o, kg_file_writer write,
                     void *ctx)
{
    bool to_stdout = strcmp(o->output, "-") == 0;
    if (!to_stdout && !kg_cli_can_write(o->output))
        return KG_EXIT_INPUT;
    if (!kg_cli_cache_writable())
        return KG_EXIT_INPUT;
    int failed = 0;
    kg_graph *g = kg_cli_build_graph(o, &failed);
    kg_error err = {0};
    kg_graph *v = NULL;
    if (g && o->view != KG_VIEW_FULL)
        v = kg_graph_view(g, o->view, &err);
    kg_graph *drawn = v ? v : g;
    if (g && o->view != KG_VIEW_FULL &&
        (!v || kg_graph_analyse_view(v, g, o->view, &err) != KG_OK)) {
        fprintf(stderr, "kamergraph %s: %s\n", cmd->name, err.msg);
        failed = 1;
    } else if (g && to_stdout) {
        failed |= kg_cli_write_stdout(drawn, extension(cmd->name, "out"), write, ctx);
    } else if (g && write(drawn, o->output, ctx, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else if (g) {
        kg_cli_wrote(o->output, drawn);
    }
    kg_graph_free(v);
    kg_graph_free(g);
    return failed || !g ? KG_EXIT_INPUT : KG_EXIT_OK;
}
