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

int kg_cli_write_stdout(kg_graph *g, kg_sink_writer write, void *ctx)
{
    kg_sink *mem = kg_sink_memory();
    kg_error err = {0};
    int failed = 0;
    if (!mem) {
        fputs("kamergraph: out of memory\n", stderr);
        return 1;
    }
    /* nothing reaches standard output unless all of it was written */
    if (write(g, mem, ctx, &err) != KG_OK || kg_sink_close(mem, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else {
        size_t len;
        const char *data = kg_sink_data(mem, &len);
        if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
            fprintf(stderr, "kamergraph: standard output: cannot write: %s\n", strerror(errno));
            failed = 1;
        }
    }
    kg_sink_free(mem);
    return failed;
}

/* A file sink at path, written and closed. */
static kg_status write_file(kg_graph *g, const char *path, kg_sink_writer write, void *ctx,
                            kg_error *err)
{
    kg_sink *out = kg_sink_file(path, err);
    if (!out)
        return err->code;
    kg_status st = write(g, out, ctx, err);
    if (st == KG_OK)
        st = kg_sink_close(out, err);
    kg_sink_free(out);
    return st;
}

int kg_cli_write_one(const kg_command *cmd, const kg_opts *o, const kg_cli_writer *write,
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
        failed |= kg_cli_write_stdout(drawn, write->to_sink, ctx);
    } else if (g && (write->to_sink ? write_file(drawn, o->output, write->to_sink, ctx, &err)
                                    : write->to_folder(drawn, o->output, ctx, &err)) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        failed = 1;
    } else if (g) {
        kg_cli_wrote(o->output, drawn);
    }
    kg_graph_free(v);
    kg_graph_free(g);
    return failed || !g ? KG_EXIT_INPUT : KG_EXIT_OK;
}
