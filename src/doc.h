/*
 * The document: what one input became. Its text (text.h), the scanner's
 * citations (scan.h), the model of its structure (model.c: questions and
 * answers, sections, footnotes, page furniture, metadata) and the
 * references the resolver made of the citations (resolve.c). Writers do
 * not see this: they read the graph. Not installed.
 */
#ifndef KG_DOC_H
#define KG_DOC_H

#include "id.h"
#include "text.h"

struct kg_cite;

/* ---- the document model (model.c) -------------------------------------- */
typedef enum {
    KG_BLOCK_MEMBER,    /* "Vragen van het lid X": asker, party */
    KG_BLOCK_SECTION,   /* "A. Werkgeverschap": label, title */
    KG_BLOCK_QUESTION,  /* n, asker, party, answer */
    KG_BLOCK_ANSWER     /* answers questions n..n_to */
} kg_block_kind;

typedef struct {
    kg_block_kind kind;
    size_t start, end;      /* normalised offsets; a block runs to the next */
    unsigned n, n_to;
    const char *asker;      /* member surname, "fractie", or NULL */
    const char *asker_key;  /* its member key (kg_cite_member_key), made
                               once: not once per reference that asks */
    const char *party;
    const char *label, *title;
    long answer;            /* question: index of its answer block, or -1 */
} kg_block;

typedef struct {
    unsigned n;
    size_t mark_start, mark_end;
    size_t body_start, body_end;
    size_t body_text;       /* where the note's own words start, after its
                               number ("[1: ", "8 "): what a page shows */
} kg_footnote;

typedef struct {
    size_t start, end;
    const char *what;       /* "head" or "footer" */
    unsigned page;          /* footer: the number of the page it ends */
} kg_furniture;

typedef struct {
    const char *date;       /* "2025-09-01" */
    const char *subject, *reference, *minister;
    const char *addressee;  /* "tk" or "ek" */
} kg_meta;

typedef struct {
    kg_block *blocks;
    size_t nblocks, capblocks;
    /* The questions by number and those of members by member key, in
     * document order within a key, and the highest number
     * (kg_model_index): a lookup per reference searches instead of
     * walking every block. */
    struct kg_by_number { unsigned n; size_t block; } *by_number;
    size_t nquestions;
    unsigned last_number;
    struct kg_by_asker { const char *key; size_t block; } *by_asker;
    size_t nasked;
    /* Whether the blocks stand in text order, each ending where the next
     * starts, as kg_model_build makes them: the block holding an offset
     * is then searched (else the lookups walk them all). */
    bool blocks_in_order;
    kg_footnote *notes;
    size_t nnotes, capnotes;
    /* For searching the notes: whether their markers stand in their
     * order, and the notes by body start when no two bodies overlap
     * (else NULL: the lookups walk them all). */
    bool marks_in_order;
    struct kg_note_body { size_t start, note; } *by_body;
    kg_work work;           /* looked: entries and bytes the model read
                               per lookup and per footnote, which tests
                               keep small */
    kg_furniture *furn;
    size_t nfurn, capfurn;
    kg_meta meta;
} kg_model;

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
    struct kg_cite *cites;  /* the scanner's reference tokens (scan.h) */
    size_t ncites, capcites;
    struct kg_structure *structures;    /* and its structure tokens */
    size_t nstructures, capstructures;
    kg_ref *refs;
    size_t nrefs, caprefs;
    kg_model model;
    /* from the reader: its format, what the format's metadata says (NULL
     * where it says nothing), the spans its markup tags as references */
    const char *format;
    const char *meta_id, *meta_date, *meta_subject, *meta_type;
    struct { size_t start, end; const char *id; } *markup;
    size_t nmarkup;
    const char *note;       /* the reader's note (an encoding guessed) */
    size_t *pages;          /* where each page starts (PDF), or NULL */
    size_t npages;
    const char **warnings;
    size_t nwarnings, capwarnings;
    kg_work work;           /* looked: entries the resolver's lookups
                               read (its own count), which tests keep
                               small */
};

/* A note for the user about this document (kg_doc_warning). */
void kg_doc_warn(kg_doc *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* An empty document, to be filled from JSON (doc_json.c). */
kg_doc *kg_doc_blank(const char *name, kg_error *err);
/* A new reference of doc, zeroed: the resolver's and doc_json.c's. NULL:
 * out of memory. */
kg_ref *kg_doc_new_ref(kg_doc *doc);

int kg_model_build(kg_doc *doc);
/* A new block of doc's model, zeroed but for kind, start and answer (-1,
 * none yet): the model's and doc_json.c's. NULL: out of memory. */
kg_block *kg_model_add_block(kg_doc *doc, kg_block_kind kind, size_t start);
/* Gives a question block the member key of its asker (a block made
 * elsewhere than kg_model_build, from JSON). */
void kg_model_key_asker(kg_doc *doc, kg_block *b);
/* Indexes the question blocks for the lookups below; kg_model_build does,
 * and whoever adds blocks otherwise does after them. -1: out of memory. */
int kg_model_index(kg_model *m);
void kg_model_release(kg_model *m);
/* Where block b is in its document's ids, into *place: "vraag-3",
 * "antwoord-3", "sectie-A", "lid-vermeer" (a member's block; its key made
 * in a). kg_id_write writes it alone, as a page's anchor, or after the id
 * the caller sets in place->doc. False for a block without one. */
bool kg_block_place(kg_arena *a, const kg_block *b, kg_id *place);
/* The innermost question, answer or section holding offset off. */
const kg_block *kg_model_block_at(const kg_model *m, size_t off);
/* Question n; the first in document order when the number repeats. */
const kg_block *kg_model_question(const kg_model *m, unsigned n);
/* How many questions the member (by member key) asked; *first is the
 * first of them in document order. */
size_t kg_model_questions_of(const kg_model *m, const char *member_key,
                             const kg_block **first);
/* The footnote whose marker starts within [from, to]. */
const kg_footnote *kg_model_note_marked_at(const kg_model *m, size_t from,
                                           size_t to);
/* The page holding offset off, from the page footers; 0 when unknown. */
unsigned kg_model_page_at(const kg_doc *doc, size_t off);
/* The footnote whose text holds offset off. */
const kg_footnote *kg_model_note_holding(const kg_model *m, size_t off);

/* Resolution: turn the raw citations into references. */
int kg_resolve(kg_doc *doc);

#endif
