/*
 * The scanner (scan.re, re2c): the raw citations it finds in the
 * normalised text (reference tokens, each with the fields its rule parsed)
 * and the structure the model and the resolver read (structure tokens:
 * footnotes, questions, sections, the letter's head). The grammar in scan.re is the one place that knows what
 * a citation looks like; this is what it hands on. Not installed.
 */
#ifndef KG_SCAN_H
#define KG_SCAN_H

#include "arena.h"

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
typedef struct kg_cite {
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
typedef struct kg_structure {
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

#endif
