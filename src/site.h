/*
 * Internals of the site writer (kamergraph/site.h), shared by its modules:
 *   site_store.c        what is kept of each letter, and its sentences
 *   site_name.c         page file names from ids
 *   site_html.c         dates, the frame of every page (escaping: escape.h)
 *   site_context.c      the corpus seen from the pages: links, who cites what
 *   site_picture.c      a letter's neighbourhood, drawn by Graphviz
 *   write_site_letter.c a letter's page
 *   write_site_pages.c  the pages of dossiers, Kamerstukken, motions, dates
 *   write_site_index.c  the index and the years
 *   site_assets.c       the style sheet and the script
 *   write_site.c        the folder, the files, annotate
 * Not installed.
 */
#ifndef KG_SITE_INTERNAL_H
#define KG_SITE_INTERNAL_H

#include <stdint.h>

#include "kamergraph/site.h"
#include "graph_internal.h"
#include "escape.h"
#include "sink.h"

/* ---- what is kept of each letter (site_store.c) ---------------------- */

/* A reference, with its place in the letter's text (byte offsets). */
typedef struct {
    size_t off, len;
    const char *id, *label;
    kg_resolution resolved_by;
    const char *evidence;   /* or NULL */
    unsigned line;
    unsigned footnote;      /* the note it stands in, or 0 */
    unsigned char kind;     /* kg_ref_kind */
    bool marker_copy;       /* the copy at a note's marker: the marker shows it */
    bool suspect;
} kg_site_ref;

/* A footnote: its marker, and its body, which leaves the running text
 * (from `body` to `cut_end`) and is shown in the list of notes (its own
 * words, `text` to `end`). */
typedef struct {
    unsigned n;
    size_t mark, mark_end;
    size_t body, text, end, cut_end;
} kg_site_note;

/* Where the fragment of an internal reference points: "vraag-3" at the
 * start of question 3, "lid-vermeer" at the member's block. */
typedef struct {
    size_t off;
    const char *name;
} kg_site_anchor;

typedef struct {
    size_t off, end;
} kg_site_span;

typedef struct {
    const char *id, *path, *label, *url, *dossier, *format;
    const char *date, *subject, *reference, *addressee, *minister; /* or NULL */
    char *text;             /* the letter's text (not NUL-terminated) */
    size_t len, start;      /* its length; where it starts, after a BOM */
    kg_site_ref *refs;      /* in the letter's order */
    size_t nrefs;
    kg_site_note *notes;    /* by marker */
    size_t nnotes;
    kg_site_anchor *anchors;/* by offset */
    size_t nanchors;
    kg_site_span *furniture;/* page heads and footers */
    size_t nfurniture;
} kg_site_letter;

struct kg_site {
    kg_arena *arena;
    kg_site_letter *letters;
    size_t n, cap;
};

/* The sentence holding [from, to) of the letter: within its line, and
 * within the note body holding it or else outside every note body; at
 * most about 240 bytes on either side, cut at a space (*cut_before,
 * *cut_after say where it was cut). */
kg_site_span kg_site_sentence(const kg_site_letter *L, size_t from, size_t to,
                              bool *cut_before, bool *cut_after);

/* The note whose body holds offset off, or NULL. */
const kg_site_note *kg_site_note_holding(const kg_site_letter *L, size_t off);

/* ---- dates and the frame of a page (site_html.c) ----------------------- */

/* "2025-10-14" as <time datetime="2025-10-14">14 October 2025</time>;
 * anything else as it is. */
void kg_html_date(kg_sink *o, const char *iso);
/* The same date as plain text, "14 October 2025" (for a <title>); and
 * into buf, not escaped (its length; cut when it does not fit). */
void kg_html_date_text(kg_sink *o, const char *iso);
size_t kg_date_words(const char *iso, char *buf, size_t size);
/* A number in decimal. */
void kg_html_num(kg_sink *o, size_t n);

/* ---- the corpus seen from the pages (site_context.c) ------------------ */

typedef enum {
    KG_PAGE_NONE,       /* no page: a link goes to the publication */
    KG_PAGE_LETTER,
    KG_PAGE_KAMERSTUK,  /* cited, not in the corpus */
    KG_PAGE_DOSSIER,
    KG_PAGE_MOTION,
    KG_PAGE_BYDATE,     /* a letter cited by date, not tied to one number */
    KG_PAGE_KINDS
} kg_page_kind;

/* One citation of a node by a letter: its reference. */
typedef struct {
    size_t target;      /* node */
    uint32_t letter;    /* its place in date order (kg_site_ctx.by_date) */
    uint32_t ref;
} kg_site_cite;

typedef struct {
    kg_graph *g;
    kg_site *site;
    bool standalone;        /* annotate: publications instead of pages */
    const char *root;       /* from the page being written to the site's
                               root: "../" or "" */
    unsigned char *page;    /* per node: its kg_page_kind */
    long *letter_of_node;   /* per node: its letter, or -1 */
    size_t *node_of_letter; /* per letter: its node, or SIZE_MAX */
    char **letter_name;     /* per letter: its page's file name */
    size_t *by_date;        /* the letters by date, then id, then file */
    size_t *rank_of;        /* per letter: its place in by_date */
    kg_site_cite *cites;    /* by target, then citing letter by date */
    size_t ncites;
    size_t *cites_first;    /* per node + 1: where its citations start */
    size_t *member_first, *member;  /* per node: what is part_of it */
    size_t *owner_first, *owner;    /* per node: what it is part_of */
    long a_date, a_subject, a_minister, a_candidates; /* node attribute
                                                         indices, or -1 */
} kg_site_ctx;

/* Everything the pages look up, made once. KG_ERR_NOMEM when out of
 * memory (the context is then released). */
kg_status kg_site_ctx_init(kg_site_ctx *c, kg_site *s, kg_graph *g, bool standalone);
void kg_site_ctx_release(kg_site_ctx *c);

/* The node a reference's id stands for: itself, or for a letter cited by
 * date that the corpus tied to one number (kg_graph_resolve_aliases), that
 * number; *how and *evidence then say so ("corpus-alias"). -1 for none. */
long kg_site_target(const kg_site_ctx *c, const char *id, kg_resolution *how,
                    const char **evidence);

/* The node letter's reference r cites, when it counts as a citation: not
 * the copy at a footnote's marker, not the letter's own number, not a
 * place in the letter itself. -1 otherwise. */
long kg_site_cited(const kg_site_ctx *c, size_t letter, const kg_site_ref *r);

/* The node's text attribute (`a_date`...), "" when it has none. */
const char *kg_site_attr(const kg_site_ctx *c, size_t node, long attr);

/* The letter that is node `node`'s page, or -1. */
long kg_site_letter_of(const kg_site_ctx *c, size_t node);

/* The title a letter goes by: its subject, else who wrote it when, else
 * "Letter ID". Written escaped; the _str forms write plain text into buf
 * (cut when it does not fit) and return its length. */
void kg_site_letter_title(kg_sink *o, const kg_site_letter *L);
size_t kg_site_letter_title_str(const kg_site_letter *L, char *buf, size_t size);
/* What a node is called on a page: a letter's title, "Kamerstuk 31490-359",
 * "Dossier 36901", a motion's label... */
void kg_site_node_name(const kg_site_ctx *c, kg_sink *o, size_t node);
size_t kg_site_node_name_str(const kg_site_ctx *c, size_t node, char *buf, size_t size);

/* The href of node's page (relative from the page being written), or in
 * standalone pages and for nodes without a page its publication. Written
 * escaped, without quotes; false (nothing written) when there is neither.
 * `fragment` (or NULL) is appended after a '#'. */
bool kg_site_href(const kg_site_ctx *c, kg_sink *o, size_t node, const char *fragment);
bool kg_site_has_href(const kg_site_ctx *c, size_t node);
/* The same href as a plain string in buf (not escaped); its length, 0
 * when there is none. */
size_t kg_site_href_str(const kg_site_ctx *c, size_t node, char *buf, size_t size);
/* A link to the node with its name as text, or the name alone when it
 * has nowhere to go; and a badge saying what kind of thing it is. */
void kg_site_node_link(const kg_site_ctx *c, kg_sink *o, size_t node);
void kg_site_kind_badge(const kg_site_ctx *c, kg_sink *o, size_t node);
/* The href of a letter's page (its own file, even for a duplicate id). */
void kg_site_letter_href(const kg_site_ctx *c, kg_sink *o, size_t letter);

/* The folder and file name (without .html) of a node's page. */
const char *kg_site_page_dir(kg_page_kind kind);

/* The citations of node (its slice of c->cites). */
const kg_site_cite *kg_site_cites_of(const kg_site_ctx *c, size_t node, size_t *n);
/* How many distinct letters cite the node. */
size_t kg_site_citing_letters(const kg_site_ctx *c, size_t node);

/* ---- pieces of pages -------------------------------------------------- */

/* The frame: doctype, head (title, the meta tag naming the node, the
 * style sheet or in standalone pages the style itself), the skip link,
 * the site's header; then <main id="main">. `meta_id` is the node's id
 * (or "index", "year:2025"). The title is the letter's (when not NULL),
 * else the node's (when not -1), else `title`, plain text. */
void kg_site_page_begin(const kg_site_ctx *c, kg_sink *o, const char *meta_id,
                        const char *title, const kg_site_letter *letter, long node);
void kg_site_page_end(const kg_site_ctx *c, kg_sink *o, bool script);

/* The letters citing node, each with the sentences that cite it (links to
 * the places), in a <section> headed `heading`; `none` when there are
 * none. */
void kg_site_cited_by(const kg_site_ctx *c, kg_sink *o, size_t node, const char *heading,
                      const char *none);

/* A letter's sentence around its reference, the reference in <mark>,
 * footnote markers left out; for a reference in a footnote, first the
 * sentence that holds the note's marker. */
void kg_site_quote(kg_sink *o, const kg_site_letter *L, const kg_site_ref *r);

/* The neighbourhood of letter `letter` (the letter, what it cites and
 * who cites it), drawn by Graphviz as inline SVG in a <figure>; nothing
 * when Graphviz fails. */
void kg_site_picture(const kg_site_ctx *c, kg_sink *o, size_t letter);

/* The pages. */
void kg_site_write_letter(const kg_site_ctx *c, kg_sink *o, size_t letter);
void kg_site_write_node(const kg_site_ctx *c, kg_sink *o, size_t node);
void kg_site_write_index(const kg_site_ctx *c, kg_sink *o);
/* The pages of the timeline, each listing at most KG_SITE_LIST_MAX letters
 * (by_date[first .. end)): a year's letters by month; for a larger year, a
 * list of its months, each month a page of its own; the undated letters
 * in parts. */
#define KG_SITE_LIST_MAX 300
typedef struct {
    unsigned year;      /* 0: undated */
    unsigned month;     /* 1-12: a month's page; 0: the year's (or undated) */
    unsigned part;      /* undated: 1, 2, ... of `parts` */
    unsigned parts;
    size_t first, end;
} kg_site_list;

/* The list pages of the letters by_date[first .. end) of one year (or the
 * undated ones), into out (room for 14 + (end - first) / KG_SITE_LIST_MAX);
 * how many. */
size_t kg_site_lists(const kg_site_ctx *c, size_t first, size_t end, kg_site_list *out);
/* "2025.html", "2025-10.html", "undated.html", "undated-2.html". */
void kg_site_list_file(const kg_site_list *l, char *buf, size_t size);
void kg_site_write_list(const kg_site_ctx *c, kg_sink *o, const kg_site_list *l);
/* The search index, a script setting window.KG_SEARCH. */
void kg_site_write_search(const kg_site_ctx *c, kg_sink *o);

/* The year of a date "2025-10-14", 0 when there is none. */
unsigned kg_site_year(const char *date);

/* The assets (site_assets.c). */
extern const char kg_site_css[];
extern const char kg_site_js[];

#endif
