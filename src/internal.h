/* Internal types shared by the library's modules. Not installed. */
#ifndef KG_INTERNAL_H
#define KG_INTERNAL_H

#include "kamergraph/kamergraph.h"
#include <stdarg.h>
#include <stdint.h>

/* ---- arena: every string of a document lives here, freed at once ---- */
typedef struct kg_arena kg_arena;
kg_arena *kg_arena_create(void);
void kg_arena_free(kg_arena *a);
void *kg_arena_alloc(kg_arena *a, size_t n);
char *kg_arena_strndup(kg_arena *a, const char *s, size_t n);
char *kg_arena_printf(kg_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Fills err (when not NULL) and returns code. */
kg_status kg_fail(kg_error *err, kg_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- text: the input bytes and a line index -------------------------- */
typedef struct {
    size_t norm, orig;
} kg_anchor;

typedef struct {
    char *buf;          /* NUL-terminated copy of the input */
    size_t len;
    size_t start;       /* first byte to scan (after a BOM) */
    size_t *lines;      /* byte offset of the start of each line */
    size_t nlines;
    char *norm;         /* what the scanner reads (normalize.c) */
    size_t norm_len;
    kg_anchor *anchors; /* map from norm back to buf */
    size_t nanchors;
} kg_text;

int kg_text_init(kg_text *t, const char *buf, size_t len);
void kg_text_release(kg_text *t);
/* Builds norm and its map; -1 when out of memory. */
int kg_normalize(kg_text *t);
/* The offset in the original input of an offset in the normalised text. */
size_t kg_text_original(const kg_text *t, size_t norm);
/* 1-based line and column (in characters) of an original byte offset. */
void kg_text_position(const kg_text *t, size_t off, unsigned *line,
                      unsigned *col);

/* ---- scanner output: one raw citation with its parsed fields --------- */
typedef enum {
    KG_CITE_KAMERSTUK,  /* dossier + toevoeging + ondernummer */
    KG_CITE_DOSSIER,    /* dossier (+ toevoeging), no ondernummer */
    KG_CITE_FOOTER,     /* a page footer naming the document itself */
    KG_CITE_HANDELINGEN,
    KG_CITE_AANHANGSEL,
    KG_CITE_STB,        /* year in vj (4 digits), number in nr */
    KG_CITE_STCRT,
    KG_CITE_ECLI,       /* the identifier is the whole match */
    KG_CITE_MOTIE,      /* submitters in names */
    KG_CITE_VRAAG_NR,   /* internal: question number in nr */
    KG_CITE_VRAAG_LID,  /* internal: member name in names */
    KG_CITE_VRAAG_VAGUE,/* internal, too vague to resolve */
    /* Structure, not references: used by the resolver. */
    KG_CITE_MEMBER_BLOCK, /* "Vragen van het lid Name, First (Party)" */
    KG_CITE_FN_MARK,    /* footnote marker; nr holds its digits */
    KG_CITE_FN_BODY     /* start of a footnote's text; nr likewise */
} kg_cite_kind;

/* A slice of the text. */
typedef struct {
    size_t off, len;
} kg_span;

typedef struct {
    kg_cite_kind kind;
    size_t start, end;      /* byte span of the match */
    kg_span dossier;        /* as written: "31 490", "36800" */
    kg_span toev;           /* "VII", "B", "32" or empty */
    kg_span dossier2, toev2;/* the second of joint dossiers, "28 286 en
                               32 336, nr. 77", or empty */
    kg_span nr;             /* ondernummer, question number, or
                               Handelingen number */
    kg_span pages;          /* page reference as written */
    kg_span names;          /* motion submitters / member, as written */
    char kamer[3];          /* "tk", "ek", "vv" or "" */
    char vj[9];             /* vergaderjaar as 8 digits, or "" */
    kg_span nr_to;          /* the end of a range "nrs. 4-6", or empty */
    bool with_addressee;    /* motion "die u samen met het lid X ..." */
} kg_cite;

typedef void (*kg_cite_sink)(void *ctx, const kg_cite *c);

/* The re2c scanner: calls sink for every citation in text[from..len). */
void kg_scan_text(const char *text, size_t len, size_t from,
                  kg_cite_sink sink, void *ctx);

/* ---- citation parser: canonical ids from parsed fields --------------- */
typedef struct {
    const char *id, *label;
    kg_ref_parts parts;
    bool suspect;
} kg_cite_ids;

/* Fills ids and parts for the citation kinds (not motions or internal
 * references); strings are allocated in the arena. */
void kg_cite_canonical(kg_arena *a, const char *text, const kg_cite *c,
                       kg_cite_ids *out);

/* A range "nrs. 4-6" is three citations: the numbers after the first,
 * which do not stand in the text. Returns how many (0 for no range, or a
 * range too odd to expand) and fills out[0..n) with 5, 6. */
size_t kg_cite_range(kg_arena *a, const char *text, const kg_cite *c,
                     kg_cite_ids *out, size_t max);
/* "motie:sneller+vermeer" style key and "motie Sneller/Vermeer" label;
 * `extra` (or NULL) is one more submitter, named elsewhere. */
void kg_cite_motion_key(kg_arena *a, const char *text, kg_span names,
                        const char *extra, const char **key,
                        const char **label);
/* A member's key: lower case, tussenvoegsels dropped, words joined by
 * '-': "Van den Brink" and "Brink" -> "brink". */
char *kg_cite_member_key(kg_arena *a, const char *text, kg_span name);

/* ---- the document ---------------------------------------------------- */
struct kg_doc {
    kg_arena *arena;
    char *path;
    const char *key;    /* from the file name */
    const char *id;     /* own kst- id, else key */
    const char *label;
    const char *url;
    const char *dossier;    /* "dossier-36410-VII" when id is a kst- id */
    kg_text text;
    kg_cite *cites;
    size_t ncites, capcites;
    kg_ref *refs;
    size_t nrefs, caprefs;
};

/* Resolution: turn the raw citations into references. */
int kg_resolve(kg_doc *doc);

#endif
