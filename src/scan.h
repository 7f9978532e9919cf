/*
 * The scanner (scan.re, re2c): the raw citations it finds in the
 * normalised text, each with the fields its rule parsed, and the structure
 * the model and the resolver read (footnotes, questions, sections, the
 * letter's head). The grammar in scan.re is the one place that knows what
 * a citation looks like; this is what it hands on. Not installed.
 */
#ifndef KG_SCAN_H
#define KG_SCAN_H

#include "arena.h"

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
    /* Structure, not references: used by the resolver. */
    KG_CITE_MEMBER_BLOCK, /* "Vragen van het lid Name, First (Party)" */
    KG_CITE_FN_MARK,    /* footnote marker; nr holds its digits */
    KG_CITE_FN_BODY,    /* start of a footnote's text; nr likewise */
    KG_CITE_FN_GLUED,   /* digits glued to a word ("motie8", "2021.4"):
                           a marker only if footnote nr exists */
    KG_CITE_FN_PDF_BODY,/* "8 Kamerstuk ..." at a line start: a body only
                           if a glued marker 8 exists */
    KG_CITE_QUESTION,   /* "Vraag:", "Vraag 3", "12. De leden ..." (nr) */
    KG_CITE_ANSWER,     /* "Antwoord:", "Antwoord op vragen 6 en 7" (nr,
                           nr_to) */
    KG_CITE_SECTION,    /* "A. Werkgeverschap": label in nr, title in names */
    KG_CITE_FRACTION,   /* "De leden van de D66-fractie": party in names */
    KG_CITE_FRACTION_BLOCK, /* "Vragen en opmerkingen van de leden van de
                               D66-fractie" heading: party in names */
    KG_CITE_BRIEF,      /* one date of a letter cited by date (date) */
    KG_CITE_META_DATE,  /* the document's date (date) */
    KG_CITE_META_SUBJECT, /* names */
    KG_CITE_META_REF,   /* names */
    KG_CITE_META_ADDRESSEE, /* names: "Tweede" or "Eerste" */
    KG_CITE_META_MINISTER,  /* names */
    KG_CITE_STUKNR,     /* "de motie op stuk nr. 157": a Kamerstuk by its
                           number only; the resolver finds the dossier */
    KG_CITE_DEBATE_DOSSIER, /* "het wetsvoorstel ... (36100)": the dossier
                           a debate is about, not a reference */
    KG_CITE_SALUTATION  /* "Geachte voorzitter,": where a letter's head
                           ends (a Betreft line runs to it at most) */
} kg_cite_kind;


typedef struct kg_cite {
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
    kg_span party;          /* a member block's party */
    char date[11];          /* BRIEF, META_DATE: "2025-03-14"; the year is
                               "????" when not written, "jl.." for "jl." */
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

typedef void (*kg_cite_sink)(void *ctx, const kg_cite *c);

/* The re2c scanner: calls sink for every citation in text[from..len).
 * Returns the bytes its rules read to line ends, which a test keeps
 * linear in the text. */
size_t kg_scan_text(const char *text, size_t len, size_t from,
                    kg_cite_sink sink, void *ctx);
/* Whether the n bytes at w are one tussenvoegsel ("van", "der", "'t"),
 * from the scanner's own list of them. w must end in a NUL or a byte
 * that no tussenvoegsel holds (a space). */
bool kg_is_tussenvoegsel(const char *w, size_t n);

#endif
