/*
 * The formats of the graph (kg_write): one table, read by the library's
 * own per-format functions (kg_write_dot, ...) and by the command line's
 * scan and merge. What every writer shares is here, once: the checks of
 * the arguments, the files made atomically and all or none of them
 * renamed into place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sink.h"
#include "writers.h"

/* Each part is one file: CSV has two, the others one. */
typedef struct {
    const char *name;
    kg_writer_fn write;
} part;

static const part parts[] = {
    {"dot", kg_dot_write},          {"graphml", kg_graphml_write},
    {"gexf", kg_gexf_write},        {"json", kg_json_write},
    {"csv-nodes", kg_csv_write_nodes}, {"csv-edges", kg_csv_write_edges},
    {"sqlite", kg_sqlite_write},
};

static const kg_format formats[] = {
    {"dot", {".dot"}, {"dot"}, false},
    {"graphml", {".graphml"}, {"graphml"}, false},
    {"gexf", {".gexf"}, {"gexf"}, false},
    {"json", {".json"}, {"json"}, false},
    {"csv", {"-nodes.csv", "-edges.csv"}, {"csv-nodes", "csv-edges"}, false},
    {"sqlite", {".sqlite"}, {"sqlite"}, true},
};
#define NFORMATS (sizeof formats / sizeof formats[0])

const kg_format *kg_format_at(size_t i)
{
    return i < NFORMATS ? &formats[i] : NULL;
}

const kg_format *kg_format_named(const char *name)
{
    for (size_t i = 0; name && i < NFORMATS; i++)
        if (strcmp(formats[i].name, name) == 0)
            return &formats[i];
    return NULL;
}

kg_status kg_write(const kg_graph *g, const char *format, kg_sink *out, kg_error *err)
{
    if (!g || !out)
        return kg_fail(err, KG_ERR_USAGE, "kg_write: no graph or no sink");
    for (size_t i = 0; format && i < sizeof parts / sizeof parts[0]; i++)
        if (strcmp(parts[i].name, format) == 0)
            return parts[i].write(g, out, err);
    const kg_format *f = kg_format_named(format);
    if (f && f->parts[1])
        return kg_fail(err, KG_ERR_USAGE, "%s is %s and %s: write each (kg_write_files)",
                       format, f->parts[0], f->parts[1]);
    return kg_fail(err, KG_ERR_USAGE, "unknown format '%s'", format ? format : "(null)");
}

/* Every part of f into its file at `stem`, all written before any is
 * renamed into place: a failed write leaves none (under kg_output_hold
 * they wait for kg_output_commit, with the other formats). */
static kg_status write_parts(const kg_graph *g, const kg_format *f, const char *const path[2],
                             kg_error *err)
{
    kg_sink *out[2] = {NULL, NULL};
    kg_error mine;
    kg_status st = KG_OK;
    size_t n = f->parts[1] ? 2 : 1, failed = n;

    if (!err)
        err = &mine;
    for (size_t i = 0; i < n && st == KG_OK; i++)
        if (!(out[i] = kg_sink_file(path[i], err)))
            st = err->code;
    for (size_t i = 0; i < n && st == KG_OK; i++)
        st = kg_write(g, f->parts[i], out[i], err);
    /* a failed write is reported by the close of its file; the others go */
    for (size_t i = 0; i < n && st == KG_OK && failed == n; i++)
        if (kg_sink_finish(out[i]))
            failed = i;
    if (failed < n)
        st = kg_sink_close(out[failed], err);
    for (size_t i = 0; i < n && st == KG_OK; i++)
        st = kg_sink_close(out[i], err);
    for (size_t i = 0; i < n; i++)
        kg_sink_free(out[i]);           /* an unclosed one is removed */
    return st;
}

kg_status kg_write_files(const kg_graph *g, const kg_format *f, const char *stem,
                         kg_error *err)
{
    char *path[2] = {NULL, NULL};
    kg_status st = KG_OK;

    if (!g || !f || !stem || !*stem || stem[strlen(stem) - 1] == '/')
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or not a file name",
                       stem ? stem : "(null)");
    for (size_t i = 0; i < 2 && f->files[i] && st == KG_OK; i++) {
        size_t len = strlen(stem) + strlen(f->files[i]) + 1;
        if ((path[i] = malloc(len)))
            snprintf(path[i], len, "%s%s", stem, f->files[i]);
        else
            st = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", stem);
    }
    if (st == KG_OK)
        st = write_parts(g, f, (const char *const *)path, err);
    free(path[0]);
    free(path[1]);
    return st;
}

/* What each kg_write_<format>(g, path) does: the one file at path. */
static kg_status write_path(const kg_graph *g, const char *format, const char *path,
                            kg_error *err)
{
    if (!g || !path)
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or no path", path ? path : "(null)");
    const char *const paths[2] = {path, NULL};
    return write_parts(g, kg_format_named(format), paths, err);
}

kg_status kg_write_dot(const kg_graph *g, const char *path, kg_error *err)
{
    return write_path(g, "dot", path, err);
}

kg_status kg_write_graphml(const kg_graph *g, const char *path, kg_error *err)
{
    return write_path(g, "graphml", path, err);
}

kg_status kg_write_gexf(const kg_graph *g, const char *path, kg_error *err)
{
    return write_path(g, "gexf", path, err);
}

kg_status kg_write_json(const kg_graph *g, const char *path, kg_error *err)
{
    return write_path(g, "json", path, err);
}

kg_status kg_write_sqlite(const kg_graph *g, const char *path, kg_error *err)
{
    return write_path(g, "sqlite", path, err);
}

/* "dir/name.csv" or "dir/name": the pair "dir/name-nodes.csv" and
 * "dir/name-edges.csv". */
kg_status kg_write_csv(const kg_graph *g, const char *path, kg_error *err)
{
    if (!g || !path || !*path || path[strlen(path) - 1] == '/')
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or not a file name",
                       path ? path : "(null)");
    size_t len = strlen(path);
    char *stem = strdup(path);
    if (!stem)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    if (len >= 4 && strcasecmp(path + len - 4, ".csv") == 0)
        stem[len - 4] = '\0';
    kg_status st = kg_write_files(g, kg_format_named("csv"), stem, err);
    free(stem);
    return st;
}
