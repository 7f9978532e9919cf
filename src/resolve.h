/* The resolver's own header: shared by resolve.c and the rules in
 * resolve_motion.c, resolve_letters.c and resolve_questions.c. */
#ifndef KG_RESOLVE_H
#define KG_RESOLVE_H

#include "cite.h"
#include "doc.h"
#include "id.h"

/* A range longer than this ("nrs. 4-6000") is a typo, not 6000 citations:
 * only its first number is reported. */
#define KG_MAX_RANGE 50

/* A date that the text ties to a Kamerstuk. */
typedef struct {
    char date[11];
    size_t cite;                /* the BRIEF cite that is tied */
    const char *id, *evidence;
    kg_resolution how;
} date_tie;

/* A numbered mention of a motion: its submitters' key, its id. */
typedef struct {
    const char *key, *id, *evidence;
} motion_seen;

typedef struct {
    kg_doc *doc;
    const char *text;
    char *consumed;             /* cites absorbed into another reference */
    size_t *norm_at;            /* per reference: its normalised offset */
    size_t cap_norm;
    size_t motions_end;         /* no motion reference stands from here on:
                                   "deze motie" reads back from it */
    date_tie *ties;
    size_t nties, cap_ties;
    /* The line end last found (kg_footnote_number): motions come in text
     * order, so a line is read once and not once per motion on it. */
    size_t eol_from, eol;
    bool eol_known;
    /* Built once (kg_resolver_init), so that a rule asked for each
     * citation searches instead of reading the text or all citations: */
    size_t *sentences;          /* sentence starts, 2 * start + 1 after
                                   ". X" (kg_sentence_start) */
    size_t nsentences;
    struct kst_at { size_t start, cite; } *kst; /* Kamerstuk cites by start */
    size_t nkst;
    /* The questions that have an asker, by (member key, page, document
     * order): made at the first reference that names pages, else NULL. */
    struct paged_question { const char *key; unsigned page; size_t block; } *paged;
    size_t npaged;
    /* Letters by date (resolve_letters.c): the mentions of a date with
     * its year by day ("-03-14"), and the ties by cite and by date, each
     * in their order within a key. */
    struct dated { const char *day; size_t cite; } *dated;
    size_t ndated;
    struct tie_by_cite { size_t cite, tie; } *tie_cites;
    struct tie_by_date { const char *date; size_t tie; } *tie_dates;
    size_t *titles;             /* where "brief van " or "brieven van "
                                   stands (resolve_motion.c) */
    size_t ntitles;
    kg_work work;               /* looked: entries the lookups read, which
                                   tests keep logarithmic per lookup;
                                   bytes: read for line ends, which a test
                                   keeps linear in the text */
    motion_seen *seen;          /* the numbered motions so far */
    size_t nseen, capseen;
    /* The last citation naming a dossier (a debate's: "(36100)"), for "de
     * motie op stuk nr. 15"; SIZE_MAX before the first. */
    size_t debate;
    /* The Kamerstuk citations by ondernummer (kg_stuknr_cite), made at
     * the first "stuk nr.", else NULL. */
    struct numbered { const char *nr; size_t cite; } *by_number;
} resolver;


/* The resolver of doc, with its indexes; -1: out of memory. */
int kg_resolver_init(resolver *R, kg_doc *doc);
void kg_resolver_release(resolver *R);
/* A new reference at normalised span [start, end); NULL: out of memory. */
kg_ref *kg_resolver_add_ref(resolver *R, kg_ref_kind kind, const char *id,
                            const char *label, size_t start, size_t end);
/* The span's text, or NULL when empty. */
const char *kg_resolver_span(const resolver *R, kg_span s);
/* Start of the sentence holding offset at. */
size_t kg_sentence_start(resolver *R, size_t at);
/* A line break in [from, to) before a capital that starts a new sentence:
 * the line before it was not wrapped by a PDF's layout. */
bool kg_capital_starts_sentence(const resolver *R, size_t from, size_t to);
/* "line 88: ...": where something was tied, for a person to check. */
const char *kg_evidence_at(const resolver *R, size_t norm);
/* Whether the scanner found structure between cites a < b: a heading, a
 * question, a fraction, a note's text; footnote markers too when
 * `markers` (a marker glued to a motion's names does not part it from its
 * number). */
bool kg_structure_between(const resolver *R, size_t a, size_t b, bool markers);
/* The token the scanner found right after cite i when it is a structure
 * token, else NULL. */
const kg_structure *kg_structure_after(const resolver *R, size_t i);
/* The one Kamerstuk a footnote cites, or NULL. */
const kg_cite *kg_note_citation(resolver *R, const kg_footnote *f);
/* The number the footnote marked after `from` gives cite ci, or NULL. */
const kg_cite *kg_footnote_number(resolver *R, size_t ci, size_t from);

/* The rules: motions (resolve_motion.c), letters by date
 * (resolve_letters.c), internal references (resolve_questions.c). */
void kg_resolve_motion(resolver *R, size_t mi, const char *addressee);
/* Motions named by their submitters only, numbered later on. */
void kg_motions_named_later(resolver *R);
/* "de motie op stuk nr. 157", "(stuk nr. 12)": the Kamerstuk, its dossier
 * found in the document, as a citation in *out; false when none is. */
bool kg_stuknr_cite(resolver *R, size_t ci, kg_cite *out, kg_resolution *how,
                    const char **evidence);
void kg_resolve_stuknr(resolver *R, size_t ci);
void kg_resolve_anaphor(resolver *R, size_t ci);
/* The mentions of dates by day, for kg_tie_letters; -1: out of memory. */
int kg_index_letters(resolver *R);
/* -1: out of memory. */
int kg_tie_letters(resolver *R);
/* Where the scanner found "brief van ", for kg_resolve_motion; -1: out
 * of memory. */
int kg_index_titles(resolver *R);
void kg_resolve_letter(resolver *R, size_t ci);
void kg_resolve_internal(resolver *R, const kg_cite *c);
/* The format's own tags of references (resolve_markup.c); -1: out of
 * memory. */
int kg_resolve_markup(resolver *R);

#endif
