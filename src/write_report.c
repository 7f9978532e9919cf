/*
 * The report: one HTML page that stands on its own. Everything it needs
 * (style, the search script, the picture as inline SVG) is inside it, so
 * it can be mailed, archived or opened offline; the only links out are
 * those to the publications themselves (zoek.officielebekendmakingen.nl,
 * uitspraken.rechtspraak.nl), which a reader follows by clicking.
 *
 * Every piece of text from the letters is HTML-escaped. Nothing depends
 * on the time or the machine, so the same graph gives the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "escape.h"
#include "graph_internal.h"

#define TOP_ROWS 15

static const char style[] =
    "*{box-sizing:border-box}\n"
    "[hidden]{display:none!important}\n"
    "body{margin:0;background:#f5f6f8;color:#1f2328;"
    "font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}\n"
    "main{max-width:1160px;margin:0 auto;padding:28px 24px 56px}\n"
    "h1{font-size:28px;line-height:1.2;margin:0 0 4px}\n"
    "h2{font-size:20px;margin:36px 0 12px;padding-bottom:6px;border-bottom:1px solid #d0d7de}\n"
    "h3{font-size:16px;margin:0;word-break:break-all}\n"
    "p{margin:0 0 8px}\n"
    "a{color:#0a58a8;text-decoration:none}\n"
    "a:hover{text-decoration:underline}\n"
    ".lead{color:#57606a}\n"
    ".counts{display:flex;flex-wrap:wrap;gap:12px;margin:20px 0 0;padding:0;list-style:none}\n"
    ".counts li{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 18px;min-width:140px}\n"
    ".counts b{display:block;font-size:26px;line-height:1.2;font-variant-numeric:tabular-nums}\n"
    ".counts span{color:#57606a;font-size:13px}\n"
    ".tops{display:grid;grid-template-columns:auto minmax(0,1fr);gap:20px;margin-top:32px}\n"
    ".tops h2{margin-top:0}\n"
    "@media (max-width:1140px){.tops{grid-template-columns:minmax(0,1fr)}}\n"
    "table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d0d7de}\n"
    "th,td{padding:5px 8px;text-align:left;vertical-align:top;border-bottom:1px solid #eaeef2}\n"
    "th{background:#f0f3f6;font-size:13px;font-weight:600;color:#424a53}\n"
    "tbody tr:hover{background:#f6f8fa}\n"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "td.id{white-space:nowrap}\n"
    "td.id.words{white-space:normal}\n"
    ".tops section{min-width:0;overflow-x:auto}\n"
    "td.text{color:#32383f}\n"
    "table.refs{table-layout:fixed}\n"
    "table.refs td{overflow-wrap:anywhere}\n"
    ".c-line{width:64px}.c-kind{width:116px}.c-id{width:27%}.c-by{width:124px}\n"
    ".none{color:#57606a;font-style:italic}\n"
    ".kind{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;"
    "background:#eaeef2;border:1px solid #d0d7de;white-space:nowrap}\n"
    ".k-document{background:#add8e6}.k-kamerstuk{background:#ffffe0}"
    ".k-dossier{background:#f0e68c}.k-motie{background:#ffc0cb}"
    ".k-vraag{background:#f0fff0}.k-handelingen{background:#e6e6fa}"
    ".k-aanhangsel{background:#d8bfd8}\n"
    ".graph{background:#fff;border:1px solid #d0d7de;border-radius:8px;overflow:auto;max-height:85vh;padding:8px}\n"
    ".graph svg{display:block;max-width:100%;height:auto;margin:0 auto}\n"
    ".graph.full svg{max-width:none}\n"
    ".tools{display:flex;flex-wrap:wrap;align-items:center;gap:12px;margin:0 0 12px}\n"
    "button{font:inherit;font-size:13px;padding:3px 10px;border:1px solid #d0d7de;"
    "border-radius:6px;background:#f6f8fa;cursor:pointer}\n"
    "input[type=search]{font:inherit;padding:6px 10px;width:min(420px,100%);"
    "border:1px solid #afb8c1;border-radius:6px;background:#fff}\n"
    "#count{color:#57606a;font-size:13px}\n"
    ".doc{margin:0 0 22px}\n"
    ".doc header{margin:0 0 6px}\n"
    ".doc header p{margin:2px 0 0;color:#57606a;font-size:14px}\n"
    "footer{margin-top:40px;color:#57606a;font-size:13px}\n";

/* Filters the reference rows by what is typed, case-insensitively; a
 * letter whose heading matches shows all its rows, one without a match
 * is hidden. Also toggles the picture between fitted and actual size. */
static const char script[] =
    "(function () {\n"
    "  var input = document.getElementById('filter');\n"
    "  var count = document.getElementById('count');\n"
    "  var docs = document.querySelectorAll('section.doc');\n"
    "  function run() {\n"
    "    var q = input.value.trim().toLowerCase(), shown = 0, total = 0;\n"
    "    for (var i = 0; i < docs.length; i++) {\n"
    "      var head = docs[i].querySelector('header').textContent.toLowerCase();\n"
    "      var all = q === '' || head.indexOf(q) >= 0, any = all;\n"
    "      var rows = docs[i].querySelectorAll('tbody tr');\n"
    "      for (var j = 0; j < rows.length; j++) {\n"
    "        var ok = all || rows[j].textContent.toLowerCase().indexOf(q) >= 0;\n"
    "        rows[j].hidden = !ok;\n"
    "        total++;\n"
    "        if (ok) { shown++; any = true; }\n"
    "      }\n"
    "      docs[i].hidden = !any;\n"
    "    }\n"
    "    count.textContent = q === '' ? total + ' references'\n"
    "                                 : shown + ' of ' + total + ' references';\n"
    "  }\n"
    "  input.addEventListener('input', run);\n"
    "  run();\n"
    "  var zoom = document.getElementById('zoom');\n"
    "  var graph = document.getElementById('graph');\n"
    "  if (zoom && graph) {\n"
    "    zoom.hidden = false;\n"
    "    zoom.addEventListener('click', function () {\n"
    "      var full = graph.classList.toggle('full');\n"
    "      zoom.textContent = full ? 'Fit to width' : 'Actual size';\n"
    "    });\n"
    "  }\n"
    "})();\n";

/* ---- output helpers ------------------------------------------------- */

/* The id, as a link to its publication when it has one. */
static void id_link(kg_sink *f, const char *id)
{
    char url[1024];

    if (kg_id_url(id, url, sizeof url)) {
        kg_out_str(f, "<a href=\"");
        kg_esc_xml(f, url);
        kg_out_str(f, "\">");
        kg_esc_xml(f, id);
        kg_out_str(f, "</a>");
    } else
        kg_esc_xml(f, id);
}

static void kind_badge(kg_sink *f, const char *kind)
{
    kg_out_str(f, "<span class=\"kind k-");
    kg_esc_xml(f, kind);
    kg_out_str(f, "\">");
    kg_esc_xml(f, kind);
    kg_out_str(f, "</span>");
}

/* ---- documents ------------------------------------------------------ */

/* One letter of the report: its file, its node (NULL when the graph has
 * none) and where its references sit in the sorted order. */
typedef struct {
    const char *file, *id;
    const kg_gnode *node;
    size_t first, count;
} doc_entry;

/* A reference's place in the sorted order: by file, then as recorded. */
typedef struct {
    const char *file;
    size_t index;
} ref_key;

typedef struct {
    const kg_graph *g;
    ref_key *order;
    doc_entry *docs;
    size_t ndocs;
    const kg_gnode **by_id; /* nodes sorted by id */
} report;

static int cmp_ref(const void *pa, const void *pb)
{
    const ref_key *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

static int cmp_node(const void *pa, const void *pb)
{
    return strcmp((*(const kg_gnode *const *)pa)->id, (*(const kg_gnode *const *)pb)->id);
}

static int cmp_doc(const void *pa, const void *pb)
{
    return strcmp(((const doc_entry *)pa)->file, ((const doc_entry *)pb)->file);
}

static const kg_gnode *find_node(const report *r, const char *id)
{
    kg_gnode key = {0};
    const kg_gnode *kp = &key, *const *hit;

    key.id = (char *)id;
    hit = bsearch(&kp, r->by_id, r->g->n_nodes, sizeof *r->by_id, cmp_node);
    return hit ? *hit : NULL;
}

/* Whether docs[0..nsorted) (sorted by file) or docs[nsorted..ndocs)
 * holds the file. */
static bool has_file(const report *r, size_t nsorted, const char *file)
{
    doc_entry key = {.file = file};

    if (bsearch(&key, r->docs, nsorted, sizeof *r->docs, cmp_doc))
        return true;
    for (size_t k = nsorted; k < r->ndocs; k++)
        if (strcmp(r->docs[k].file, file) == 0)
            return true;
    return false;
}

/* The letters: every file that gave references, and every document node
 * with a file that gave none; sorted by file. */
static bool collect_docs(report *r)
{
    const kg_graph *g = r->g;
    size_t nsorted;

    r->order = malloc((g->n_refs ? g->n_refs : 1) * sizeof *r->order);
    r->by_id = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *r->by_id);
    r->docs = malloc((g->n_refs + g->n_nodes + 1) * sizeof *r->docs);
    if (!r->order || !r->by_id || !r->docs)
        return false;
    for (size_t i = 0; i < g->n_nodes; i++)
        r->by_id[i] = &g->nodes[i];
    qsort(r->by_id, g->n_nodes, sizeof *r->by_id, cmp_node);
    for (size_t i = 0; i < g->n_refs; i++)
        r->order[i] = (ref_key){g->refs[i].file, i};
    qsort(r->order, g->n_refs, sizeof *r->order, cmp_ref);
    for (size_t i = 0; i < g->n_refs; i++) {
        const kg_graph_ref *ref = &g->refs[r->order[i].index];
        if (r->ndocs && strcmp(r->docs[r->ndocs - 1].file, ref->file) == 0)
            r->docs[r->ndocs - 1].count++;
        else
            r->docs[r->ndocs++] =
                (doc_entry){ref->file, ref->doc, find_node(r, ref->doc), i, 1};
    }
    nsorted = r->ndocs;
    for (size_t i = 0; i < g->n_nodes; i++) {
        const kg_gnode *v = &g->nodes[i];
        if (*v->file && !has_file(r, nsorted, v->file))
            r->docs[r->ndocs++] = (doc_entry){v->file, v->id, v, 0, 0};
    }
    qsort(r->docs, r->ndocs, sizeof *r->docs, cmp_doc);
    return true;
}

static void release(report *r)
{
    free(r->order);
    free(r->docs);
    free(r->by_id);
}

static const char *node_attr(const kg_graph *g, const kg_gnode *v, const char *name)
{
    for (size_t i = 0; v && i < g->node_attrs.n; i++)
        if (strcmp(g->node_attrs.name[i], name) == 0)
            return kg_gextra_get(&v->extra, i);
    return "";
}

/* ---- sections ------------------------------------------------------- */

static void write_counts(kg_sink *f, const report *r)
{
    static const char *const what[] = {"documents", "references", "nodes", "edges"};
    size_t n[] = {r->ndocs, kg_graph_ref_count(r->g), kg_graph_node_count(r->g),
                  kg_graph_edge_count(r->g)};

    kg_out_str(f, "<ul class=\"counts\">\n");
    for (size_t i = 0; i < 4; i++)
        kg_out_printf(f, "<li><b>%zu</b><span>%s</span></li>\n", n[i], what[i]);
    kg_out_str(f, "</ul>\n");
}

static void write_top(kg_sink *f, const kg_graph *g, const char *title, const char *const *kinds,
                      bool show_kind)
{
    kg_rank_row rows[TOP_ROWS];
    size_t n = kg_graph_rank(g, KG_RANK_CITING_DOCS, kinds, rows, TOP_ROWS);

    kg_out_str(f, "<section>\n<h2>");
    kg_esc_xml(f, title);
    kg_out_str(f, "</h2>\n");
    if (n == 0) {
        kg_out_str(f, "<p class=\"none\">Nothing cited.</p>\n</section>\n");
        return;
    }
    kg_out_str(f, "<table>\n<thead><tr><th class=\"n\">#</th><th>id</th><th>label</th>");
    if (show_kind)
        kg_out_str(f, "<th>kind</th>");
    kg_out_str(f, "<th class=\"n\">citing docs</th><th class=\"n\">mentions</th></tr></thead>\n"
          "<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        /* an id stays on one line, unless it is words (motie:de vries) */
        kg_out_printf(f, "<tr><td class=\"n\">%zu</td><td class=\"id%s\">", i + 1,
                strchr(rows[i].id, ' ') ? " words" : "");
        id_link(f, rows[i].id);
        kg_out_str(f, "</td><td>");
        kg_esc_xml(f, rows[i].label);
        kg_out_str(f, "</td>");
        if (show_kind) {
            kg_out_str(f, "<td>");
            kind_badge(f, rows[i].kind);
            kg_out_str(f, "</td>");
        }
        kg_out_printf(f, "<td class=\"n\">%u</td><td class=\"n\">%u</td></tr>\n",
                rows[i].citing_docs, rows[i].mentions);
    }
    kg_out_str(f, "</tbody>\n</table>\n</section>\n");
}

static void write_graph(kg_sink *f, const char *svg)
{
    kg_out_str(f, "<section>\n<h2>The graph</h2>\n"
          "<div class=\"tools\"><span class=\"lead\">Letters are blue boxes; a node "
          "grows with the letters citing it. Click a node to open its "
          "publication.</span><button type=\"button\" id=\"zoom\" hidden>Actual size"
          "</button></div>\n<div class=\"graph\" id=\"graph\">\n");
    kg_svg_inline(f, svg, false);
    kg_out_str(f, "</div>\n</section>\n");
}

static void write_doc(kg_sink *f, const report *r, const doc_entry *d)
{
    const kg_graph *g = r->g;
    const char *label = d->node && *d->node->label ? d->node->label : "";
    const char *date = node_attr(g, d->node, "date");
    const char *subject = node_attr(g, d->node, "subject");

    kg_out_str(f, "<section class=\"doc\">\n<header><h3>");
    kg_esc_xml(f, d->file);
    kg_out_str(f, "</h3><p>");
    id_link(f, d->id);
    if (*label && strcmp(label, d->id) != 0) {
        kg_out_str(f, " &middot; ");
        kg_esc_xml(f, label);
    }
    if (*date) {
        kg_out_str(f, " &middot; ");
        kg_esc_xml(f, date);
    }
    if (*subject) {
        kg_out_str(f, " &middot; ");
        kg_esc_xml(f, subject);
    }
    kg_out_str(f, "</p></header>\n");
    if (d->count == 0) {
        kg_out_str(f, "<p class=\"none\">No references found.</p>\n</section>\n");
        return;
    }
    kg_out_str(f, "<table class=\"refs\">\n<thead><tr><th class=\"n c-line\">line</th>"
          "<th class=\"c-kind\">kind</th><th class=\"c-id\">id</th><th>as written</th>"
          "<th class=\"c-by\">resolved by</th></tr></thead>\n<tbody>\n");
    for (size_t i = d->first; i < d->first + d->count; i++) {
        const kg_graph_ref *ref = &g->refs[r->order[i].index];
        kg_out_printf(f, "<tr><td class=\"n\">%u</td><td>", ref->line);
        kind_badge(f, ref->kind);
        kg_out_str(f, "</td><td class=\"id\">");
        id_link(f, ref->id);
        kg_out_str(f, "</td><td class=\"text\">");
        kg_esc_xml(f, ref->text);
        kg_out_str(f, "</td><td>");
        kg_esc_xml(f, kg_resolution_name(ref->resolved_by));
        kg_out_str(f, "</td></tr>\n");
    }
    kg_out_str(f, "</tbody>\n</table>\n</section>\n");
}

static void write_refs(kg_sink *f, const report *r)
{
    kg_out_str(f, "<section id=\"refs\">\n<h2>References by letter</h2>\n<div class=\"tools\">"
          "<input type=\"search\" id=\"filter\" placeholder=\"Filter: id, kind, "
          "text, file&hellip;\" aria-label=\"Filter the references\" "
          "autocomplete=\"off\"><span id=\"count\"></span></div>\n");
    for (size_t i = 0; i < r->ndocs; i++)
        write_doc(f, r, &r->docs[i]);
    kg_out_str(f, "</section>\n");
}

static void write_page(kg_sink *f, const kg_graph *g, const report *r, const char *svg)
{
    static const char *const dossiers[] = {"dossier", NULL};
    static const char *const stukken[] = {"kamerstuk", "motie", "document", NULL};

    kg_out_str(f, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"kamergraph " KG_VERSION "\">\n"
          "<title>kamergraph: citation report</title>\n<style>\n");
    kg_out_str(f, style);
    kg_out_str(f, "</style>\n</head>\n<body>\n<main>\n<h1>Citation report</h1>\n"
          "<p class=\"lead\">Which parliamentary letters cite which, found by "
          "kamergraph.</p>\n");
    write_counts(f, r);
    kg_out_str(f, "<div class=\"tops\">\n");
    write_top(f, g, "Most-cited dossiers", dossiers, false);
    write_top(f, g, "Most-cited Kamerstukken and letters", stukken, true);
    kg_out_str(f, "</div>\n");
    write_graph(f, svg);
    write_refs(f, r);
    kg_out_str(f, "<footer>Made by kamergraph " KG_VERSION ". Citing docs: distinct letters "
          "citing it (for a dossier: citing it or any of its Kamerstukken); "
          "mentions: every citation counted.</footer>\n</main>\n<script>\n");
    kg_out_str(f, script);
    kg_out_str(f, "</script>\n</body>\n</html>\n");
}

kg_status kg_write_report_to(const kg_graph *g, kg_sink *out, kg_error *err)
{
    report r = {0};
    kg_sink svg;
    kg_status s;

    if (!g || !out)
        return kg_fail(err, KG_ERR_USAGE, "report: no graph or no sink");
    r.g = g;
    if (!collect_docs(&r)) {
        release(&r);
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", kg_sink_target(out));
    }
    kg_sink_init_memory(&svg);
    s = kg_render_named(g, "svg", NULL, &svg, kg_sink_target(out), err);
    if (s == KG_OK && svg.error)
        s = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", kg_sink_target(out));
    if (s == KG_OK)
        write_page(out, g, &r, kg_sink_cstr(&svg));
    kg_sink_release(&svg);
    release(&r);
    return s;
}

kg_status kg_write_report(const kg_graph *g, const char *path, kg_error *err)
{
    if (!g || !path)
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or no path",
                       path ? path : "(null)");
    kg_sink *out = kg_sink_file(path, err);
    if (!out)
        return err ? err->code : KG_ERR_IO;
    kg_status s = kg_write_report_to(g, out, err);
    if (s == KG_OK)
        s = kg_sink_close(out, err);
    kg_sink_free(out);
    return s;
}
