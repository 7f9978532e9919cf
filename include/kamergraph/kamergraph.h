/*
 * kamergraph — find the citations in Dutch parliamentary letters and build
 * the graph of what cites what.
 *
 * Data flows one way:
 *   reader -> text with line index -> scanner -> references -> resolver
 *          -> graph -> writers
 * A kg_doc holds the first four stages of one input; a kg_graph holds many
 * documents and is written out by the writers.
 */
#ifndef KAMERGRAPH_H
#define KAMERGRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KG_VERSION "0.1.0"
/* How every file kamergraph writes names its maker, near its start: a
 * later run recognises its own outputs by it and does not read them as
 * letters (kg_doc_read_file: KG_ERR_OWN_OUTPUT). */
#define KG_GENERATOR "kamergraph " KG_VERSION
/* The SQLite application_id of kamergraph's databases: "KGRF" as a
 * big-endian integer (0x4B475246), in decimal as SQLite's PRAGMA wants. */
#define KG_SQLITE_APPLICATION_ID 1262965318

typedef enum {
    KG_OK = 0,
    KG_ERR_IO,      /* a file could not be read or written */
    KG_ERR_INPUT,   /* the input is not something we can read */
    KG_ERR_NOMEM,
    KG_ERR_GRAPH,   /* igraph or cgraph refused an operation */
    KG_ERR_USAGE,   /* the caller passed something invalid */
    KG_ERR_OWN_OUTPUT /* the input is a file kamergraph wrote (a graph,
                         a report, a cache): not a letter, and not read */
} kg_status;

/* Every fallible call fills one of these: a code and a one-line message
 * that names the file and the problem. */
typedef struct {
    kg_status code;
    char msg[512];
} kg_error;

typedef enum {
    KG_REF_KAMERSTUK,
    KG_REF_DOSSIER,
    KG_REF_MOTIE,
    KG_REF_HANDELINGEN,
    KG_REF_AANHANGSEL,
    KG_REF_BRIEF,
    KG_REF_VRAAG,
    KG_REF_SELF,
    KG_REF_STB,         /* Staatsblad: stb-2020-123 */
    KG_REF_STCRT,       /* Staatscourant: stcrt-2021-12345 */
    KG_REF_ECLI,        /* case law: ECLI:NL:HR:2019:2006 */
    KG_REF_KIND_COUNT
} kg_ref_kind;

/* "kamerstuk", "dossier", ... as used in `refs --tsv`. */
const char *kg_ref_kind_name(kg_ref_kind kind);

/* The parsed fields of a citation; NULL where the citation has none. */
typedef struct {
    const char *kamer;        /* "tk", "ek" or "vv" */
    const char *vergaderjaar; /* "2008-2009" */
    const char *dossier;      /* dossier number, digits only: "31490" */
    const char *toevoeging;   /* "VII", "B", "32" */
    const char *ondernummer;  /* "359", "17e", "C"; the number of a
                                 Handelingen, Staatsblad or Staatscourant */
    const char *year;         /* Staatsblad and Staatscourant: "2020" */
    const char *date;         /* a letter cited by date: "2025-03-14" */
    const char *dossier_id;   /* "dossier-31490-VII": the node the
                                 Kamerstuk belongs to */
    const char *joint_dossier_id; /* the second dossier of "28 286 en
                                     32 336, nr. 77" */
} kg_ref_parts;

/* How a reference's id was found when the text does not name it on the
 * spot. Written (JSON, TSV, SQLite, graph attributes, the site) by the
 * names kg_resolution_name gives. */
typedef enum {
    KG_RESOLVED_NONE = 0,        /* the text names it itself */
    KG_RESOLVED_INLINE,          /* "inline": the citation right after it */
    KG_RESOLVED_FOOTNOTE,        /* "footnote": the footnote at it (and a
                                    footnote's reference at its marker) */
    KG_RESOLVED_EARLIER_MENTION, /* "earlier-mention": an earlier numbered
                                    mention of the same motion */
    KG_RESOLVED_LATER_MENTION,   /* "later-mention": a later one */
    KG_RESOLVED_BORN,            /* "born": the motion's own text in the
                                    Handelingen ("Zij krijgt nr. 12") */
    KG_RESOLVED_SAME_NUMBER,     /* "same-number": "stuk nr. 157", in the
                                    dossier of a citation of that number */
    KG_RESOLVED_DEBATE_DOSSIER,  /* "debate-dossier": in the dossier the
                                    debate is about */
    KG_RESOLVED_DATE_ALIAS,      /* "date-alias": another mention of the
                                    same date in the document */
    KG_RESOLVED_MARKUP,          /* "markup": the format's markup tags it */
    KG_RESOLVED_CORPUS_ALIAS,    /* "corpus-alias": another document of the
                                    corpus ties the date (kg_letters) */
    KG_RESOLVED_COUNT
} kg_resolution;

/* "inline", "footnote", ... as written; NULL for KG_RESOLVED_NONE. */
const char *kg_resolution_name(kg_resolution how);
/* And back; false for a name that is none of them (NULL too). */
bool kg_resolution_parse(const char *name, kg_resolution *how);

/* One reference found in a document. All strings are owned by the kg_doc
 * and live as long as it does. */
typedef struct {
    kg_ref_kind kind;
    const char *id;       /* canonical id (REFERENCE-FORMATS.md section 1);
                             "<doc>#?" for an unresolvable internal ref */
    const char *label;    /* short and human: "31490-359", "vraag 3" */
    kg_ref_parts parts;
    const char *pages;    /* page reference as written ("5 en 6"), or NULL */
    const char *text;     /* the citation as written (for an identity taken
                             from the file name: the file name) */
    size_t offset;        /* byte offset of the match in the input */
    size_t length;        /* byte length of the match */
    unsigned line;        /* 1-based line in the input; 0 when the ref does
                             not come from the text (identity from file name) */
    unsigned col;         /* 1-based column, in characters */
    bool suspect;         /* the citation is malformed in the source
                             (a six-digit dossier, say): reported, not fixed */
    kg_resolution resolved_by; /* how the id was found when the text does
                                  not name it itself, or KG_RESOLVED_NONE */
    const char *evidence; /* with resolved_by: the line that tied it,
                             "line 88: (Kamerstukken 31490-359 ...)" */
    unsigned footnote;    /* the footnote this reference stands in, or 0 */
    const char *block;    /* the question, answer or section holding it
                             (for a footnote: holding its marker):
                             "<doc>#vraag-3", "<doc>#antwoord-3",
                             "<doc>#sectie-a"; NULL outside any */
    bool marker_copy;     /* a footnote's reference repeated at the
                             footnote's marker; counted once in the graph */
    const char *alias;    /* a letter cited by date that the corpus tied
                             (resolved_by "corpus-alias", kg_letters): the
                             id its own document gave it, "brief:DATE";
                             NULL otherwise */
} kg_ref;

typedef struct kg_doc kg_doc;

/* Read, scan and resolve one letter: plain text (UTF-8, UTF-16 with BOM,
 * Windows-1252), official XML, HTML, DOCX or PDF, chosen by content.
 * `path` "-" reads standard input. Returns NULL and fills `err` when the
 * file cannot be read. */
kg_doc *kg_doc_read_file(const char *path, kg_error *err);

/* The same for bytes already in memory; `name` plays the part of the path
 * (and its extension breaks ties between formats). */
kg_doc *kg_doc_read_buffer(const char *name, const char *buf, size_t len,
                           kg_error *err);

void kg_doc_free(kg_doc *doc);

const char *kg_doc_path(const kg_doc *doc);
/* "text", "xml", "html", "docx" or "pdf". */
const char *kg_doc_format(const kg_doc *doc);
/* A note the user should always see ("x.txt: not UTF-8; read as
 * Windows-1252"), or NULL. */
const char *kg_doc_note(const kg_doc *doc);
/* Warnings for the curious (`--warnings`): markup that disagrees with the
 * scanner ("x.xml:12:5: the markup cites kst-1-2, the scanner read
 * kst-1-3"). */
size_t kg_doc_warning_count(const kg_doc *doc);
const char *kg_doc_warning(const kg_doc *doc, size_t i);
/* The document's id: its own kst- id when known (file name or page footer),
 * otherwise its key derived from the file name ("002" for
 * "002_e2ac55ca792ad97b.txt"). */
const char *kg_doc_id(const kg_doc *doc);
const char *kg_doc_label(const kg_doc *doc);
/* The publication's own id of this document, as precise as it is known
 * (from its metadata, file name, page footers or head), or NULL when its
 * id is only a key made from its file name. It is kg_doc_id, but for a
 * Handelingen item: its id is the sitting's, as citations give it
 * ("h-tk-20172018-70"), while this is the item's ("h-tk-20172018-70-6").
 * Two files with the same publication id are one document. */
const char *kg_doc_publication_id(const kg_doc *doc);
/* Link to the official publication, or NULL. */
const char *kg_doc_url(const kg_doc *doc);

size_t kg_doc_ref_count(const kg_doc *doc);
const kg_ref *kg_doc_ref(const kg_doc *doc, size_t i);
/* The input text (not NUL-terminated at ref ends: use offset/length). */
const char *kg_doc_text(const kg_doc *doc, size_t *len);

/* The document as JSON Lines: a {"document": {...}} line (id, file, label,
 * url, dossier, format and metadata), a {"question": {...}} line for each
 * question (n, asker, party), then one object per reference (the fields
 * of kg_ref). `refs --json` prints this; `merge` and `scan --cache` read it
 * back into the same graph. */
kg_status kg_doc_write_json(const kg_doc *doc, FILE *out, kg_error *err);
/* Its parts: the document and question lines; one reference's line (the
 * document's path in `file`). */
void kg_doc_write_json_head(const kg_doc *doc, FILE *out);
void kg_ref_write_json(const char *file, const kg_ref *ref, FILE *out);
/* One reference as `refs --tsv` prints it: file, line, col, kind, id and
 * text, tab separated, tabs and line breaks in a field as spaces. */
void kg_ref_write_tsv(const char *file, const kg_ref *ref, FILE *out);

/* Reading those lines back, one document at a time: kg_json_docs_next
 * returns NULL at the end (err->code KG_OK) or on a bad line (err says
 * which). `name` is for messages. */
typedef struct kg_json_docs kg_json_docs;
kg_json_docs *kg_json_docs_open(FILE *in, const char *name);
kg_doc *kg_json_docs_next(kg_json_docs *r, kg_error *err);
void kg_json_docs_close(kg_json_docs *r);

/* The document model as tab-separated lines, for people and golden tests:
 *   meta      KEY VALUE                 (date, subject, reference, addressee,
 *                                         minister)
 *   block     LINE member SURNAME PARTY
 *   block     LINE section|toc LABEL TITLE
 *   block     LINE question N ASKER PARTY ANSWERLINE
 *   block     LINE answer N[,N...]
 *   footnote  N MARKERLINE BODYLINE
 *   furniture FROMLINE TOLINE head|footer
 * Unknown values are "-". */
kg_status kg_doc_write_model(const kg_doc *doc, FILE *out, kg_error *err);

/* The official-publication link for a canonical id, written into `buf`;
 * returns false when the id has no such link (motions without a number,
 * questions, local keys). */
bool kg_id_url(const char *id, char *buf, size_t bufsize);

/* ---- letters cited by date, across a corpus -------------------------- */

/* A letter cited by date that its document does not tie to a number ("de
 * brief van 14 maart 2025", the reference "brief:2025-03-14") may be tied
 * by another document of the corpus: one that cites the same date with its
 * Kamerstuk, or the letter itself (its own date and number). kg_letters
 * collects those ties in the order the documents come, and answers for a
 * letter when the ties name exactly one Kamerstuk, with the evidence of
 * the first tie recorded for it. The graph (kg_graph_resolve_aliases) and
 * `refs` ask it, so they give the same answer. */
typedef struct kg_letters kg_letters;
kg_letters *kg_letters_create(void);
void kg_letters_free(kg_letters *l);
/* `letter` ("brief:2025-03-14") is the Kamerstuk `target`, says
 * `evidence`; `origin` groups ties for kg_letters_forget. */
kg_status kg_letters_add(kg_letters *l, const char *letter, const char *target,
                         const char *evidence, size_t origin);
/* Every tie the document makes: its own date and number, and each letter
 * cited by date that it ties to its Kamerstuk. */
kg_status kg_letters_add_document(kg_letters *l, const kg_doc *doc, size_t origin);
/* Drops the ties recorded with `origin` (a document read twice). */
void kg_letters_forget(kg_letters *l, size_t origin);
/* After every document: the Kamerstuk the ties name for `letter` when they
 * name exactly one (*evidence: the first tie's), else NULL. */
const char *kg_letters_target(kg_letters *l, const char *letter, const char **evidence);
/* The distinct Kamerstukken the ties name for `letter`, sorted: at most
 * `max` into out; returns how many there are. */
size_t kg_letters_candidates(kg_letters *l, const char *letter, const char **out,
                             size_t max);
/* A letter cited by date that its document left open ("brief:DATE"):
 * the corpus may tie it. */
bool kg_ref_is_open_letter(const kg_ref *r);
/* kg_letters_target for a reference: non-NULL only for an open letter
 * that the corpus ties. */
const char *kg_letters_resolve_ref(kg_letters *l, const kg_ref *r, const char **evidence);

/* ---- graph ---------------------------------------------------------- */

typedef struct kg_graph kg_graph;

/* Node kinds: "document", "kamerstuk", "dossier", "motie", "handelingen",
 * "aanhangsel", "brief" (a letter cited by date that no document ties to
 * one Kamerstuk), "vraag", "stb", "stcrt", "ecli". Edge kinds: "cites" (document -> cited
 * thing), "part_of" (Kamerstuk -> dossier, question -> document),
 * "refers_to" (document or question -> question). */

/* The i-th node kind of that list; NULL past the last. */
const char *kg_node_kind_name(size_t i);

kg_graph *kg_graph_create(void);
void kg_graph_free(kg_graph *g);

/* Adds the document's node and everything it cites. */
kg_status kg_graph_add_document(kg_graph *g, const kg_doc *doc, kg_error *err);

/* Lower level: add (or merge into) a node. When the same id arrives with
 * another kind, the stronger kind wins (document > motie > kamerstuk >
 * the rest) and brings its label; url/file are kept once set. */
kg_status kg_graph_add_node(kg_graph *g, const char *id, const char *kind,
                            const char *label, const char *url,
                            const char *file);
/* Add one mention: weight of edge (from, to, kind) grows by one. Both
 * nodes must exist. */
kg_status kg_graph_add_citation(kg_graph *g, const char *from, const char *to,
                                const char *edge_kind);

/* Whether edge (from, to, kind) exists. */
bool kg_graph_has_edge(const kg_graph *g, const char *from, const char *to,
                       const char *edge_kind);

/* Extra string attributes. `name` is an identifier ([A-Za-z_][A-Za-z0-9_]*)
 * other than the built-ins (node: id kind label url file; edge: kind weight)
 * and the names the DOT writer draws with (node: shape style fillcolor
 * fontname URL tooltip; edge: style label fontname). The node or edge must
 * exist. Setting again replaces the value; the value is cleaned like a
 * label. Whoever lacks an attribute has "" for it; names are written in the
 * order of first use (DOT sorts them itself and leaves out empty values). */
kg_status kg_graph_set_node_attr(kg_graph *g, const char *id, const char *name,
                                 const char *value);
kg_status kg_graph_set_edge_attr(kg_graph *g, const char *from, const char *to,
                                 const char *edge_kind, const char *name,
                                 const char *value);

/* Some document ties the letter cited by date `alias` ("brief:2025-12-05")
 * to the Kamerstuk `target` (a node id that exists or will exist; not
 * itself a brief: id). `evidence` says why; NULL is "". */
kg_status kg_graph_add_alias(kg_graph *g, const char *alias, const char *target,
                             const char *evidence);
/* Call once after every document is added, before writing or ranking;
 * calling again is harmless. A brief: node whose aliases name exactly one
 * target is merged into it: its incoming edges move there (weights add up
 * when the edge exists; the edge gets resolved_by="corpus-alias" and the
 * evidence of the first alias recorded for it), its outgoing edges are
 * dropped, the node goes, and a missing target is created as a kamerstuk.
 * One with several targets stays and gets the node attribute `candidates`:
 * the targets sorted and joined by spaces. Other nodes are left alone. */
kg_status kg_graph_resolve_aliases(kg_graph *g);

/* Every reference of every document added, as `refs` lists them: for the
 * writers that keep them (SQLite, the report). Strings live as long as g. */
typedef struct {
    const char *doc;          /* the citing document's id */
    const char *file;
    const char *kind, *id, *text;
    kg_resolution resolved_by;
    const char *block;        /* or NULL */
    unsigned line, col;
} kg_graph_ref;

size_t kg_graph_ref_count(const kg_graph *g);
/* Whether kg_graph_add_document keeps them (default: yes). Off saves about
 * a quarter of the graph's memory on a large corpus, for a caller whose
 * writers do not list references. Affects documents added afterwards. */
void kg_graph_keep_refs(kg_graph *g, bool keep);
const kg_graph_ref *kg_graph_ref_at(const kg_graph *g, size_t i);

size_t kg_graph_node_count(const kg_graph *g);
size_t kg_graph_edge_count(const kg_graph *g);

/* Removes the temporary files of writes in progress. Async-signal-safe:
 * for a SIGINT handler, so an interrupted run leaves no half-written
 * file behind. */
void kg_remove_partial_output(void);

/* Several output files as one. After kg_output_hold(), a writer that
 * finishes a file leaves it under its temporary name; kg_output_commit()
 * then moves them all into place (signals wait meanwhile), and
 * kg_output_discard() removes them all. A run that writes several files
 * thus never leaves a folder mixing old and new ones. Either ends the
 * hold. Not thread-safe: write from one thread. */
void kg_output_hold(void);
kg_status kg_output_commit(kg_error *err);
void kg_output_discard(void);

/* ---- output: sinks and formats ---- */

/* Where a writer's bytes go: a file (written atomically: a temporary file
 * beside it, renamed into place when kg_sink_close succeeds, and held for
 * kg_output_commit after kg_output_hold), memory (kg_sink_data), or an
 * open stream the caller owns. Writes never fail on the spot: the first
 * failure is kept, later output dropped, and kg_sink_close reports it.
 * kg_sink_free frees the sink; a file sink not closed is removed. */
typedef struct kg_sink kg_sink;
kg_sink *kg_sink_file(const char *path, kg_error *err);
kg_sink *kg_sink_memory(void);         /* NULL when out of memory */
kg_sink *kg_sink_stream(FILE *fp);     /* NULL when out of memory */
void kg_sink_write(kg_sink *s, const void *bytes, size_t n);
void kg_sink_puts(kg_sink *s, const char *str);
/* str as a JSON string literal ("null" for NULL), escaped as every JSON
 * kamergraph writes. */
void kg_sink_json(kg_sink *s, const char *str);
/* str as a TSV field, tabs and line breaks as spaces, as `refs --tsv`
 * writes its text (nothing for NULL). */
void kg_sink_tsv(kg_sink *s, const char *str);
/* Finish: a file renamed into place (or held), a stream flushed. The
 * first failure since the sink was made, if any. */
kg_status kg_sink_close(kg_sink *s, kg_error *err);
/* A memory sink's bytes so far, NUL-terminated (the NUL not counted in
 * *len); NULL for another sink. */
const char *kg_sink_data(kg_sink *s, size_t *len);
void kg_sink_free(kg_sink *s);

/* The formats of the graph. Each writes one or two files beside a stem
 * ("graphs/kamergraph"): `files` are their endings, `parts` the name
 * kg_write takes for each. */
typedef struct {
    const char *name;       /* "dot", "graphml", "gexf", "json", "csv", "sqlite" */
    const char *files[2];   /* ".dot"; CSV: "-nodes.csv", "-edges.csv" */
    const char *parts[2];   /* "dot"; CSV: "csv-nodes", "csv-edges" */
    bool lists_refs;        /* lists every reference: the graph must keep
                               them (kg_graph_keep_refs) */
} kg_format;

/* The i-th format; NULL past the last. */
const kg_format *kg_format_at(size_t i);
/* The format called `name`, or NULL. */
const kg_format *kg_format_named(const char *name);

/* Writes the graph as `format` (a format's name, or the name of one of
 * its parts: "csv-nodes") into `out`; nothing is printed, and the same
 * graph gives the same bytes. A format of two files is KG_ERR_USAGE here. */
kg_status kg_write(const kg_graph *g, const char *format, kg_sink *out, kg_error *err);
/* Every file of format f at stem + its ending, atomically; all of them are
 * written before any is renamed into place. */
kg_status kg_write_files(const kg_graph *g, const kg_format *f, const char *stem,
                         kg_error *err);

/* Writers to a path: kg_write into a file sink. Atomic (temporary file
 * then rename), byte-identical for the same graph. GraphML keys each node
 * by its id (<node id="kst-31490-359">, edges by the ids of their ends)
 * and names "kamergraph VERSION" in a comment at the top. */
kg_status kg_write_dot(const kg_graph *g, const char *path, kg_error *err);
kg_status kg_write_graphml(const kg_graph *g, const char *path, kg_error *err);

/* ---- exports (issue 6) ---- */
/* Same contract as the writers above: atomic, nothing printed, and the
 * same graph gives the same output. Every node and edge attribute is
 * written, the extra ones included; an extra whose name clashes with a
 * column of the format (ignoring case) gets "_2", "_3", ... appended.
 *
 * GEXF 1.3 for Gephi: typed attribute declarations, nodes coloured by kind
 * (the DOT colours) and sized 10 + 5 x citing_docs (when a node has that
 * attribute) or 10 + 5 x its incoming cites edges; a document with a
 * `date` attribute, and the edges leaving it, start on that date, and the
 * graph is then dynamic (Gephi's timeline). */
kg_status kg_write_gexf(const kg_graph *g, const char *path, kg_error *err);
/* SQLite database: tables nodes, edges and refs (every reference, see
 * kg_graph_ref_at), indexed on edges(source), edges(target), refs(id) and
 * refs(doc), written in one transaction; empty values are NULL. The same
 * graph gives the same rows in the same order (by rowid); the file's bytes
 * may differ. */
kg_status kg_write_sqlite(const kg_graph *g, const char *path, kg_error *err);
/* JSON node-link ({"directed", "multigraph", "graph", "nodes", "links"}),
 * as networkx.node_link_graph reads it and d3 or Sigma.js use it.
 * "multigraph" is true when two edges join the same ordered pair. */
kg_status kg_write_json(const kg_graph *g, const char *path, kg_error *err);
/* CSV, RFC 4180 with a header row, UTF-8. `path` names a pair of files and
 * is not written itself: "dir/name.csv" (or "dir/name") writes
 * "dir/name-nodes.csv" (id,kind,label,url,file,extras...) and
 * "dir/name-edges.csv" (source,target,kind,weight,extras...). Neither is
 * renamed into place before both are complete. */
kg_status kg_write_csv(const kg_graph *g, const char *path, kg_error *err);

/* ---- pictures and report (issue 6) ---- */

/* Lay the graph out and draw it with Graphviz (libgvc; no program is
 * run). `format`: "svg", "png" or "pdf". `engine`: "dot", "neato",
 * "sfdp", "fdp", or NULL for the default: left-to-right dot up to 300
 * nodes, sfdp with overlap removal beyond. Nodes grow with the documents
 * citing them (the node attribute `citing_docs` when set, else their
 * incoming cites edges), are coloured and shaped by kind as in the DOT
 * file (letters are boxes) and explained by a legend ("Legenda"); in SVG
 * every node with a publication is a link to it. Graphviz stays silent.
 * Atomic, like the writers. KG_ERR_USAGE for an unknown format or engine,
 * KG_ERR_GRAPH when Graphviz cannot lay out or render. Graphviz keeps
 * global state: draw from one thread at a time. */
kg_status kg_render(const kg_graph *g, const char *format, const char *engine,
                    const char *path, kg_error *err);
/* The same into a sink. */
kg_status kg_render_to(const kg_graph *g, const char *format, const char *engine,
                       kg_sink *out, kg_error *err);

/* One self-contained HTML page (no scripts, styles, fonts or images from
 * elsewhere; works offline): counts, the most-cited dossiers and
 * Kamerstukken/letters, the graph as inline SVG, and every document's
 * references with a search box. Atomic; byte-identical for the same
 * graph. */
kg_status kg_write_report(const kg_graph *g, const char *path, kg_error *err);
/* The same into a sink. */
kg_status kg_write_report_to(const kg_graph *g, kg_sink *out, kg_error *err);

/* ---- analysis ------------------------------------------------------- */

typedef enum {
    KG_RANK_CITING_DOCS,
    KG_RANK_MENTIONS,
    KG_RANK_PAGERANK,  /* the `pagerank` of kg_graph_analyse */
    KG_RANK_AUTHORITY  /* the `authority` of kg_graph_analyse */
} kg_rank_by;

typedef struct {
    const char *id;
    const char *label;
    const char *kind;
    unsigned citing_docs; /* distinct documents citing it (for a dossier:
                             citing it or any of its Kamerstukken) */
    unsigned mentions;    /* total mentions (same rule) */
    double score;         /* the key: PageRank or authority score, or
                             citing_docs or mentions as a number */
} kg_rank_row;

/* Rank nodes whose kind is in `kinds` (a NULL-terminated list of kind
 * names; NULL: every kind) among those cited by at least one document:
 * `by` changes the order, not the rows. Fills at most `max` rows, returns
 * how many (0 also when igraph fails). Ties break on the other count
 * (for PageRank and authority: citing_docs, then mentions), then on id. */
size_t kg_graph_rank(const kg_graph *g, kg_rank_by by, const char *const *kinds,
                     kg_rank_row *rows, size_t max);

/* ---- analysis and views (issue 6) ---- */

/* Numeric node attributes, written as numbers: GraphML and GEXF declare
 * an integer "long" and a double "double", DOT writes them as text (an
 * integer in full, a double as "%.6g"). Same names as kg_graph_set_node_attr; a name's type
 * (text, integer or double) is fixed by its first use, and setting it with
 * another type is KG_ERR_USAGE, as is a value that is not finite (or, for
 * an integer, beyond 2^53). A node without the value has none (GraphML
 * leaves it out, DOT too). */
kg_status kg_graph_set_node_num(kg_graph *g, const char *id, const char *name,
                                double value);
kg_status kg_graph_set_node_int(kg_graph *g, const char *id, const char *name,
                                long long value);
/* The value of numeric attribute `name` of node `id`; false when the node
 * has none (or the attribute is text, or nothing is called so). */
bool kg_graph_node_num(const kg_graph *g, const char *id, const char *name,
                       double *value);

/* Compute and store on every node (call after kg_graph_resolve_aliases,
 * and again after any change; calling twice gives the same values):
 *   in_degree    integer: documents citing it (its incoming `cites` edges
 *                from a document other than itself)
 *   citing_docs  integer: as kg_rank_row (a dossier counts its Kamerstukken)
 *   mentions     integer: as kg_rank_row
 *   pagerank     double: igraph_pagerank (PRPACK), damping 0.85, directed,
 *                on the citation graph (every node; only the `cites` edges
 *                from a document to another node, weighted by mentions;
 *                part_of and refers_to are structure and left out); sums
 *                to 1 over the nodes
 *   authority, hub  double: igraph_hub_and_authority_scores on the same
 *                weighted citation graph, scaled so the largest is 1
 *   community    integer: igraph_community_leiden on the whole graph taken
 *                as undirected (every edge kind, weighted by mentions),
 *                modularity objective (resolution 1), beta 0.01, run until
 *                stable, from igraph's default RNG seeded with 42 (which
 *                therefore changes the caller's igraph RNG state);
 *                communities numbered 0, 1, ... in order of their first
 *                node, so the labels are stable
 * The doubles are rounded to 12 significant digits, so that the output
 * does not depend on the last bits of the arithmetic. */
kg_status kg_graph_analyse(kg_graph *g, kg_error *err);

/* Derived graphs. Each is a new graph (kg_graph_free it) that every writer
 * takes; each keeps the references (kg_graph_ref_at) of the graph it is
 * made from, which the SQLite file and the report list; nodes keep their kind, label, url, file and extra attributes and
 * come in the original order; edges come in order of (from, to) position,
 * except in the full copy, which keeps the original order.
 *   FULL        a copy (not the aliases)
 *   LETTERS     the documents; edge a -> b (kind cites, weight = mentions,
 *               with the edge's extra attributes) when a cites document b
 *   DOSSIERS    the documents and the dossiers they cite, directly or
 *               through something part_of the dossier (as citing_docs
 *               counts): edge document -> dossier (kind cites), weight =
 *               the mentions summed
 *   COUPLING    the documents; edge a -> b (kind coupling, a's id sorting
 *               before b's; strcmp) weighted by the number of kamerstuk,
 *               motie and document nodes both cite
 *   COCITATION  the kamerstuk, motie and document nodes some document
 *               cites; edge a -> b (kind cocitation, a's id sorting before
 *               b's) weighted by the number of documents citing both
 *               (both counted by igraph_bipartite_projection)
 * NULL with err filled when out of memory or igraph fails. */
typedef enum {
    KG_VIEW_FULL,
    KG_VIEW_LETTERS,
    KG_VIEW_DOSSIERS,
    KG_VIEW_COUPLING,
    KG_VIEW_COCITATION
} kg_view;

kg_graph *kg_graph_view(kg_graph *g, kg_view view, kg_error *err);

/* kg_graph_analyse for a view made from `from`. The coupling and
 * co-citation views have no `cites` edges, so analysed on their own every
 * node would show in_degree, citing_docs and mentions 0, PageRank 1/n and
 * authority and hub 1 (and GEXF would size every node alike): there those
 * six figures are the ones the node has in `from` (which is analysed for
 * it), and only the community is the view's own. Other views are
 * analysed on their own edges. */
kg_status kg_graph_analyse_view(kg_graph *view, kg_graph *from, kg_view which,
                                kg_error *err);

/* "full", "letters", "dossiers", "coupling", "cocitation"; and back
 * (false for an unknown name). */
const char *kg_view_name(kg_view view);
bool kg_view_parse(const char *name, kg_view *view);

#ifdef __cplusplus
}
#endif
#endif
