/*
 * SQLite writer: the graph and every reference as a database a journalist
 * can query with sqlite3 or open in Datasette.
 *
 *   nodes(id TEXT PRIMARY KEY, kind, label, url, file, <extras>)
 *   edges(source, target, kind, weight, <extras>)   source/target -> nodes.id
 *   refs(doc, file, line, col, kind, id, text, resolved_by, block)
 *                                                   doc -> nodes.id
 *   indexes edges(source), edges(target), refs(id), refs(doc)
 *
 * Rows go in in the graph's order (nodes and edges in order of first
 * insertion, refs as kg_graph_ref_at lists them), so `ORDER BY rowid`
 * gives the same rows in the same order for the same graph; the file's
 * bytes are not promised to be identical (they depend on SQLite's
 * version and page layout). Empty strings are NULL, so `url IS NULL`
 * finds the nodes without a link; string extras are TEXT, numeric ones
 * INTEGER or REAL. Extras whose names clash with the columns above,
 * ignoring case as SQL does, are renamed as in export.h. PRAGMA
 * user_version is 1 for this layout.
 *
 * Atomic like the other writers: SQLite fills the sink's temporary file
 * (journal in memory: on failure the file is deleted anyway) in one
 * transaction, and the file is renamed only once the database is closed.
 * SQLite prints nothing unless the application configured a log.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "export.h"
#include "writers.h"

static const char *const node_builtin[] = {"id", "kind", "label", "url", "file", NULL};
static const char *const edge_builtin[] = {"source", "target", "kind", "weight", NULL};

typedef struct {
    const kg_graph *g;
    sqlite3 *db;
    char **node_names, **edge_names;
    int rc;
    char msg[256]; /* what SQLite said when rc first failed */
} sqlw;

/* Keep SQLite's message (and the system's, for an I/O error) of the
 * first failure, before later calls replace them. */
static void note(sqlw *w)
{
    int e;

    if (w->rc == SQLITE_OK || w->msg[0])
        return;
    /* A failure of ours (out of memory building SQL) is not the db's. */
    if (!w->db || sqlite3_errcode(w->db) != (w->rc & 0xFF)) {
        snprintf(w->msg, sizeof w->msg, "%s", sqlite3_errstr(w->rc));
        return;
    }
    e = sqlite3_system_errno(w->db);
    snprintf(w->msg, sizeof w->msg, "%s%s%s%s", sqlite3_errmsg(w->db), e ? " (" : "",
             e ? strerror(e) : "", e ? ")" : "");
}

static const char *sql_type(kg_xtype t)
{
    return t == KG_XINTEGER ? "INTEGER" : t == KG_XDOUBLE ? "REAL" : "TEXT";
}

/* "<head>, "x1" TYPE, "x2" TYPE<tail>" or, with types NULL,
 * "<head>, ?, ?<tail>" for the extras; NULL when out of memory. */
static char *with_extras(const sqlw *w, kg_xclass c, char **names,
                         const char *head, const char *tail, bool columns)
{
    kg_sink sql;
    size_t len;

    kg_sink_init_memory(&sql);
    kg_out_str(&sql, head);
    for (size_t i = 0; i < kg_x_count(w->g, c); i++) {
        if (columns)
            kg_out_printf(&sql, ",\n  \"%s\" %s", names[i], sql_type(kg_x_type(w->g, c, i)));
        else
            kg_out_str(&sql, ", ?");
    }
    kg_out_str(&sql, tail);
    return kg_sink_take(&sql, &len);
}

static void exec(sqlw *w, const char *sql)
{
    if (w->rc == SQLITE_OK)
        w->rc = sqlite3_exec(w->db, sql, NULL, NULL, NULL);
    note(w);
}

/* Run sql built by with_extras (freed here); NULL means out of memory. */
static void exec_owned(sqlw *w, char *sql)
{
    if (!sql && w->rc == SQLITE_OK)
        w->rc = SQLITE_NOMEM;
    exec(w, sql);
    free(sql);
}

static sqlite3_stmt *prepare(sqlw *w, char *sql)
{
    sqlite3_stmt *st = NULL;

    if (!sql && w->rc == SQLITE_OK)
        w->rc = SQLITE_NOMEM;
    if (w->rc == SQLITE_OK)
        w->rc = sqlite3_prepare_v2(w->db, sql, -1, &st, NULL);
    note(w);
    free(sql);
    return st;
}

/* Bind text, or NULL for NULL and "". */
static void bind_text(sqlw *w, sqlite3_stmt *st, int col, const char *s)
{
    if (w->rc != SQLITE_OK)
        return;
    w->rc = s && *s ? sqlite3_bind_text(st, col, s, -1, SQLITE_STATIC)
                    : sqlite3_bind_null(st, col);
}

static void bind_int(sqlw *w, sqlite3_stmt *st, int col, long long v)
{
    if (w->rc == SQLITE_OK)
        w->rc = sqlite3_bind_int64(st, col, v);
}

static void bind_extras(sqlw *w, sqlite3_stmt *st, int col, kg_xclass c,
                        size_t item)
{
    for (size_t a = 0; w->rc == SQLITE_OK && a < kg_x_count(w->g, c); a++, col++) {
        kg_xtype t = kg_x_type(w->g, c, a);
        double v;

        if (t == KG_XSTRING)
            bind_text(w, st, col, kg_x_str(w->g, c, item, a));
        else if (!kg_x_num(w->g, c, item, a, &v))
            w->rc = sqlite3_bind_null(st, col);
        else if (t == KG_XINTEGER && v >= -9.2e18 && v <= 9.2e18)
            w->rc = sqlite3_bind_int64(st, col, (sqlite3_int64)v);
        else
            w->rc = sqlite3_bind_double(st, col, v);
    }
}

static void step(sqlw *w, sqlite3_stmt *st)
{
    if (w->rc != SQLITE_OK)
        return;
    w->rc = sqlite3_step(st);
    if (w->rc == SQLITE_DONE)
        w->rc = sqlite3_reset(st);
    note(w);
    sqlite3_reset(st);
}

static void create_tables(sqlw *w)
{
    exec_owned(w, with_extras(w, KG_XNODE, w->node_names,
                              "CREATE TABLE nodes (\n"
                              "  id TEXT PRIMARY KEY NOT NULL,\n"
                              "  kind TEXT NOT NULL,\n"
                              "  label TEXT,\n"
                              "  url TEXT,\n"
                              "  file TEXT",
                              "\n)", true));
    exec_owned(w, with_extras(w, KG_XEDGE, w->edge_names,
                              "CREATE TABLE edges (\n"
                              "  source TEXT NOT NULL REFERENCES nodes(id),\n"
                              "  target TEXT NOT NULL REFERENCES nodes(id),\n"
                              "  kind TEXT NOT NULL,\n"
                              "  weight INTEGER NOT NULL",
                              "\n)", true));
    exec(w, "CREATE TABLE refs (\n"
            "  doc TEXT NOT NULL REFERENCES nodes(id),\n"
            "  file TEXT,\n"
            "  line INTEGER,\n"
            "  col INTEGER,\n"
            "  kind TEXT,\n"
            "  id TEXT,\n"
            "  text TEXT,\n"
            "  resolved_by TEXT,\n"
            "  block TEXT\n"
            ")");
}

/* Every row of a table through one prepared statement (sql, freed here):
 * the loop the three tables share; bind_row binds row i's columns. */
static void insert_rows(sqlw *w, char *sql, size_t n,
                        void (*bind_row)(sqlw *w, sqlite3_stmt *st, size_t i))
{
    sqlite3_stmt *st = prepare(w, sql);

    for (size_t i = 0; w->rc == SQLITE_OK && i < n; i++) {
        bind_row(w, st, i);
        step(w, st);
    }
    sqlite3_finalize(st);
}

static void bind_node(sqlw *w, sqlite3_stmt *st, size_t i)
{
    const kg_gnode *n = &w->g->nodes[i];
    bind_text(w, st, 1, n->id);
    bind_text(w, st, 2, n->kind);
    bind_text(w, st, 3, n->label);
    bind_text(w, st, 4, n->url);
    bind_text(w, st, 5, n->file);
    bind_extras(w, st, 6, KG_XNODE, i);
}

static void bind_edge(sqlw *w, sqlite3_stmt *st, size_t i)
{
    const kg_gedge *e = &w->g->edges[i];
    bind_text(w, st, 1, w->g->nodes[e->from].id);
    bind_text(w, st, 2, w->g->nodes[e->to].id);
    bind_text(w, st, 3, e->kind);
    bind_int(w, st, 4, e->weight);
    bind_extras(w, st, 5, KG_XEDGE, i);
}

static void bind_ref(sqlw *w, sqlite3_stmt *st, size_t i)
{
    const kg_graph_ref *r = kg_graph_ref_at(w->g, i);
    bind_text(w, st, 1, r->doc);
    bind_text(w, st, 2, r->file);
    bind_int(w, st, 3, r->line);
    bind_int(w, st, 4, r->col);
    bind_text(w, st, 5, r->kind);
    bind_text(w, st, 6, r->id);
    bind_text(w, st, 7, r->text);
    bind_text(w, st, 8, kg_resolution_name(r->resolved_by));
    bind_text(w, st, 9, r->block);
}

static void insert_all(sqlw *w)
{
    insert_rows(w, with_extras(w, KG_XNODE, w->node_names,
                               "INSERT INTO nodes VALUES (?, ?, ?, ?, ?", ")", false),
                w->g->n_nodes, bind_node);
    insert_rows(w, with_extras(w, KG_XEDGE, w->edge_names,
                               "INSERT INTO edges VALUES (?, ?, ?, ?", ")", false),
                w->g->n_edges, bind_edge);
    insert_rows(w, strdup("INSERT INTO refs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                kg_graph_ref_count(w->g), bind_ref);
}

#define SQL_DIGITS(n) #n
#define SQL_NUMBER(n) SQL_DIGITS(n)

static void fill(sqlw *w)
{
    /* The file is new and is thrown away on failure: no journal on disk,
     * no syncing (kg_atomic_commit syncs the finished file). */
    exec(w, "PRAGMA journal_mode = MEMORY");
    exec(w, "PRAGMA synchronous = OFF");
    exec(w, "PRAGMA temp_store = MEMORY");
    exec(w, "PRAGMA user_version = 1");
    /* names its maker, so that a later scan does not read it as a letter */
    exec(w, "PRAGMA application_id = " SQL_NUMBER(KG_SQLITE_APPLICATION_ID));
    exec(w, "BEGIN");
    create_tables(w);
    insert_all(w);
    exec(w, "CREATE INDEX edges_source ON edges(source)");
    exec(w, "CREATE INDEX edges_target ON edges(target)");
    exec(w, "CREATE INDEX refs_id ON refs(id)");
    exec(w, "CREATE INDEX refs_doc ON refs(doc)");
    exec(w, "COMMIT");
}

static kg_status status_of(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_NOMEM: return KG_ERR_NOMEM;
    case SQLITE_MISUSE:
    case SQLITE_ERROR:
    case SQLITE_CONSTRAINT: return KG_ERR_GRAPH;
    default: return KG_ERR_IO;
    }
}

/* The database at `path`, filled; SQLite's failure, if any, in w. */
static void write_db(sqlw *w, const char *path)
{
    int close_rc;

    w->rc = sqlite3_open_v2(path, &w->db, SQLITE_OPEN_READWRITE, NULL);
    fill(w);
    note(w); /* binding errors, and a failed open */
    /* Closed before the sink's FILE, whose close would drop SQLite's
     * POSIX locks. */
    close_rc = sqlite3_close(w->db);
    if (w->rc == SQLITE_OK && close_rc != SQLITE_OK) {
        w->rc = close_rc;
        snprintf(w->msg, sizeof w->msg, "%s", sqlite3_errstr(close_rc));
    }
}

/* SQLite writes files by name: a sink that is no file gets the bytes of a
 * temporary one, removed once read. The name is opened before SQLite
 * opens it, so that a signal meanwhile leaves nothing behind. */
static kg_status write_elsewhere(sqlw *w, kg_sink *out, kg_error *err)
{
    const char *dir = getenv("TMPDIR");
    char path[4096], buf[1 << 15];
    size_t n;

    snprintf(path, sizeof path, "%s/kamergraph-sqlite-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0)
        return kg_fail(err, KG_ERR_IO, "%s: cannot make a temporary file: %s", path,
                       strerror(errno));
    write_db(w, path);
    FILE *f = w->rc == SQLITE_OK ? fdopen(fd, "rb") : NULL;
    unlink(path);
    if (!f) {
        close(fd);
        return KG_OK;                   /* w->rc says why */
    }
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        kg_out_bytes(out, buf, n);
    if (ferror(f) && w->rc == SQLITE_OK) {
        w->rc = SQLITE_IOERR;
        snprintf(w->msg, sizeof w->msg, "%s", strerror(errno));
    }
    fclose(f);
    return KG_OK;
}

kg_status kg_sqlite_write(const kg_graph *g, kg_sink *out, kg_error *err)
{
    sqlw w = {.g = g, .rc = SQLITE_OK};
    const char *name = kg_sink_target(out);
    kg_status s = KG_OK;

    w.node_names = kg_x_names(g, KG_XNODE, node_builtin);
    w.edge_names = kg_x_names(g, KG_XEDGE, edge_builtin);
    if (!w.node_names || !w.edge_names)
        s = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", name);
    else if (kg_sink_file_path(out))
        write_db(&w, kg_sink_file_path(out));
    else
        s = write_elsewhere(&w, out, err);
    if (s == KG_OK && w.rc != SQLITE_OK)
        s = kg_fail(err, status_of(w.rc), "%s: SQLite cannot write the database: %s", name,
                    w.msg);
    kg_x_names_free(w.node_names, kg_x_count(g, KG_XNODE));
    kg_x_names_free(w.edge_names, kg_x_count(g, KG_XEDGE));
    return s;
}
