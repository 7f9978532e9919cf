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

/* Room for one more element in the growable array *arr of n elements
 * (capacity *cap, doubling); -1 when out of memory, *arr unchanged. */
int kg_grow(void **arr, size_t *cap, size_t n, size_t size);
void *kg_arena_alloc(kg_arena *a, size_t n);
char *kg_arena_strndup(kg_arena *a, const char *s, size_t n);
char *kg_arena_printf(kg_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Of the n entries of `size` bytes at base, sorted so that those `before`
 * the key come first, the index of the first that is not; each entry read
 * counts in *looked, which tests keep logarithmic per lookup. */
size_t kg_lower_bound(const void *base, size_t n, size_t size,
                      bool (*before)(const void *entry, const void *key),
                      const void *key, size_t *looked);

/* -1, 0 or 1 as a is below, equal to or above b: for qsort's comparators. */
static inline int kg_order(size_t a, size_t b)
{
    return a < b ? -1 : a > b;
}

/* Fills err (when not NULL) and returns code. */
kg_status kg_fail(kg_error *err, kg_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A slice of the text. */
typedef struct {
    size_t off, len;
} kg_span;

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
    unsigned *cols;     /* column of every KG_COL_STEP-th byte */
    size_t ncols;
    size_t col_read;    /* bytes kg_text_position counted: a test keeps
                           it linear in the references */
} kg_text;

/* kg_text_position counts at most this many bytes past a checkpoint. */
#define KG_COL_STEP 256

int kg_text_init(kg_text *t, const char *buf, size_t len);
/* The same, taking buf (malloc'd, NUL at buf[len]) instead of copying. */
int kg_text_adopt(kg_text *t, char *buf, size_t len);
void kg_text_release(kg_text *t);
/* Builds norm and its map; the original spans `cuts` (sorted, apart) are
 * taken out of the running text and put after it. -1: out of memory. */
int kg_normalize(kg_text *t, const kg_span *cuts, size_t ncuts);
/* Whether the line ended by the line break at nl of the text as read was
 * wrapped by a PDF's layout (normalize.c), so that a capital after it
 * goes on a sentence. */
bool kg_line_wraps(const char *t, size_t len, size_t nl);
/* The offset in the original input of an offset in the normalised text. */
size_t kg_text_original(const kg_text *t, size_t norm);
/* 1-based line and column (in characters) of an original byte offset. */
void kg_text_position(const kg_text *t, size_t off, unsigned *line,
                      unsigned *col);

/* ---- scanner output: reference tokens and structure tokens ----------- */
/* The scanner reads two kinds of token in one pass: what the text cites
 * (kg_cite, which the resolver makes references of) and how the document
 * is built (kg_structure, which the model makes blocks, footnotes and
 * metadata of). Each kind comes in the order found; a cite's
 * structures_before says where it stands among the structure tokens.
 * Where letters' titles open is read in a pass of its own, after. */
typedef enum {
    KG_CITE_KAMERSTUK,  /* dossier + toevoeging + ondernummer */
    KG_CITE_DOSSIER,    /* dossier (+ toevoeging), no ondernummer */
    KG_CITE_FOOTER,     /* a page footer naming the document itself */
    KG_CITE_HEAD,       /* the head of a Kamerstuk naming itself */
    KG_CITE_HANDELINGEN,
    KG_CITE_AANHANGSEL,
    KG_CITE_STB,        /* year in vj (4 digits), number in nr */
    KG_CITE_STCRT,
    KG_CITE_ECLI,       /* the identifier is the whole match */
    KG_CITE_MOTIE,      /* submitters in names */
    KG_CITE_MOTIE_ANAPHOR, /* "deze motie": the motion named just before */
    KG_CITE_VRAAG_NR,   /* internal: question number in nr */
    KG_CITE_VRAAG_LID,  /* internal: member name in names */
    KG_CITE_VRAAG_VAGUE,/* internal, too vague to resolve */
    KG_CITE_BRIEF,      /* one date of a letter cited by date (date) */
    KG_CITE_STUKNR,     /* "de motie op stuk nr. 157": a Kamerstuk by its
                           number only; the resolver finds the dossier */
    KG_CITE_DEBATE_DOSSIER /* "het wetsvoorstel ... (36100)": the dossier
                           a debate is about, not a reference */
} kg_cite_kind;

/* A motion's submitters that a reference keeps: more are a typo's or a
 * list's, not a motion's. */
#define KG_MAX_SUBMITTERS 16

/* A reference token: one raw citation with its parsed fields. */
typedef struct {
    kg_cite_kind kind;
    size_t start, end;      /* byte span of the match */
    size_t structures_before; /* structure tokens found before it */
    kg_span dossier;        /* as written: "31 490", "36800" */
    kg_span toev;           /* "VII", "B", "32" or empty */
    kg_span dossier2, toev2;/* the second of joint dossiers, "28 286 en
                               32 336, nr. 77", or empty */
    kg_span nr;             /* the number of what it cites: ondernummer,
                               question, Handelingen, Staatsblad */
    kg_span pages;          /* page reference as written; FOOTER: the page
                               it ends */
    kg_span names;          /* MOTIE, VRAAG_LID: the members it names, as
                               written */
    /* MOTIE: each submitter's name as written, in the order written, as
     * the scanner's rule found it (at most KG_MAX_SUBMITTERS) */
    kg_span submitter[KG_MAX_SUBMITTERS];
    size_t nsubmitters;
    char date[11];          /* BRIEF: "2025-03-14"; the year is "????" when
                               not written, "jl.." for "jl." */
    size_t group;           /* BRIEF: start of the mention; the dates of
                               "de brieven van 14 maart en 3 oktober" share
                               it */
    char kamer[3];          /* "tk", "ek", "vv" or "" */
    char vj[9];             /* vergaderjaar as 8 digits, or "" */
    kg_span nr_to;          /* the end of a range "nrs. 4-6", or empty */
    bool with_addressee;    /* motion "die u samen met het lid X ..." */
    /* KAMERSTUK, STUKNR: the text names it as a motion ("moties 30420, nrs
     * 100 en 101", "Zij krijgt nr. 12 (36410-VII)", "de motie op stuk nr.
     * 157") */
    bool motion;
    /* MOTIE: where the citation its subject leads to starts ("de
     * motie-Jansen over het kiesrecht (36100-VII, nr. 21)"), or 0 */
    size_t reach;
    /* MOTIE: "Door het lid X wordt de volgende motie voorgesteld": its
     * number is the next "Zij krijgt nr. N (D)" */
    bool born;
    /* a slip the reading had to mend (a vergaderjaar "2022-203"): the
     * reference is suspect */
    bool slip;
    /* KAMERSTUK written as a page footer's text ("Tweede Kamer,
     * vergaderjaar ..., 33 037, nr. 491"): the resolver tells a footer with
     * its page glued on from a citation */
    bool footer_form;
    /* FOOTER and HEAD: what they name, KG_CITE_KAMERSTUK,
     * KG_CITE_AANHANGSEL or KG_CITE_HANDELINGEN; a FOOTER without nr names
     * the document without its number ("..., Aanhangsel 3") */
    int of;
    /* FOOTER: glued to other text on its line (flattened or pasted
     * text), so not cut out as page furniture */
    bool glued;
} kg_cite;

typedef enum {
    KG_STRUCT_MEMBER_BLOCK,   /* "Vragen van het lid Name, First (Party)":
                                 name, party */
    KG_STRUCT_FRACTION_BLOCK, /* "Vragen en opmerkingen van de leden van de
                                 D66-fractie": party */
    KG_STRUCT_FRACTION,       /* "De leden van de D66-fractie": party */
    KG_STRUCT_QUESTION,       /* "Vraag:", "Vraag 3", "12. De leden ...":
                                 number */
    KG_STRUCT_ANSWER,         /* "Antwoord:", "Antwoord op vragen 6 en 7":
                                 number, number_to */
    KG_STRUCT_SECTION,        /* "A. Werkgeverschap": label, title */
    KG_STRUCT_FN_MARK,        /* a footnote's marker: number */
    KG_STRUCT_FN_BODY,        /* the start of a footnote's text: number */
    KG_STRUCT_FN_GLUED,       /* digits glued to a word ("motie8",
                                 "2021.4"): a marker only if footnote
                                 `number` exists */
    KG_STRUCT_FN_PDF_BODY,    /* "8 Kamerstuk ..." at a line start: a body
                                 only if a glued marker 8 exists */
    KG_STRUCT_META_DATE,      /* the document's date: date */
    KG_STRUCT_META_SUBJECT,   /* the Betreft line: text */
    KG_STRUCT_META_REF,       /* "Onze referentie": text */
    KG_STRUCT_META_ADDRESSEE, /* text: "Tweede" or "Eerste" */
    KG_STRUCT_META_MINISTER,  /* who signs: name */
    KG_STRUCT_SALUTATION,     /* "Geachte voorzitter,": where a letter's
                                 head ends (a Betreft line runs to it at
                                 most) */
    KG_STRUCT_LETTER_TITLE    /* "brief van", "brieven van": a letter's
                                 title opens; read after all others, they
                                 come last */
} kg_structure_kind;

/* A structure token: a part of the document, with the fields its kind
 * names; the others are empty. */
typedef struct {
    kg_structure_kind kind;
    size_t start, end;      /* byte span of the match */
    kg_span number;         /* a footnote's number (digits or superscript
                               digits), a question's, the first question
                               an answer answers */
    kg_span number_to;      /* the last question an answer answers ("6 en
                               7"), or empty */
    kg_span label, title;   /* a section's: "A", "Werkgeverschap" */
    kg_span name;           /* the member of a member block, the minister */
    kg_span party;          /* of a member block or a fraction */
    kg_span text;           /* what a field of the letter head says */
    char date[11];          /* META_DATE: "2025-03-14", the year "????"
                               when not written */
} kg_structure;

/* Where the scanner hands its tokens, each kind to its function. */
typedef struct {
    void (*cite)(void *ctx, const kg_cite *c);
    void (*structure)(void *ctx, const kg_structure *s);
    void *ctx;
} kg_scan_sink;

/* The re2c scanner: hands every token in text[from..len) to sink.
 * Returns the bytes its rules read to line ends, which a test keeps
 * linear in the text. */
size_t kg_scan_text(const char *text, size_t len, size_t from, const kg_scan_sink *sink);
/* Whether the n bytes at w are one tussenvoegsel ("van", "der", "'t"),
 * from the scanner's own list of them. w must end in a NUL or a byte
 * that no tussenvoegsel holds (a space). */
bool kg_is_tussenvoegsel(const char *w, size_t n);

/* ---- citation parser: canonical ids from parsed fields --------------- */
/* Whether id has the shape of a Kamerstuk id ("kst-31490-359"). */
bool kg_is_kst_id(const char *id);
/* Whether id has the shape of a Handelingen or Aanhangsel id (an item's
 * too: "h-tk-20172018-70-6"); *number_end gets its length without the
 * item. */
bool kg_is_handelingen_id(const char *id, size_t *number_end);
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
/* "motie:sneller+vermeer" style key and "motie Sneller/Vermeer" label of
 * the submitters' names (a MOTIE's submitter list); `extra` (or NULL) is
 * one more submitter, named elsewhere. */
void kg_cite_motion_key(kg_arena *a, const char *text, const kg_span *names,
                        size_t count, const char *extra, const char **key,
                        const char **label);
/* A member's key: lower case, tussenvoegsels dropped, words joined by
 * '-': "Van den Brink" and "Brink" -> "brink". */
char *kg_cite_member_key(kg_arena *a, const char *text, kg_span name);

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
    size_t looked;          /* entries and bytes the model read per lookup
                               and per footnote: tests keep it small */
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
    kg_cite *cites;         /* the scanner's reference tokens */
    size_t ncites, capcites;
    kg_structure *structures;   /* and its structure tokens */
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
    size_t looked;          /* entries the resolver's lookups read (its
                               `looked`): tests keep it small */
};

/* A note for the user about this document (kg_doc_warning). */
void kg_doc_warn(kg_doc *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* An empty document, to be filled from JSON (doc_json.c). */
kg_doc *kg_doc_blank(const char *name, kg_error *err);

int kg_model_build(kg_doc *doc);
/* Gives a question block the member key of its asker (a block made
 * elsewhere than kg_model_build, from JSON). */
void kg_model_key_asker(kg_doc *doc, kg_block *b);
/* Indexes the question blocks for the lookups below; kg_model_build does,
 * and whoever adds blocks otherwise does after them. -1: out of memory. */
int kg_model_index(kg_model *m);
void kg_model_release(kg_model *m);
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
