/*
 * Canonical ids (REFERENCE-FORMATS.md section 1) as a type: kg_id_parse
 * reads an id into its parts, kg_id_write spells the parts as an id. They
 * are the one place that knows how an id is spelled ("kst-31490-359",
 * "dossier-36410-VII", "h-tk-20192020-58", "motie:sneller+vermeer",
 * "brief:2025-03-14", "002#vraag-3"); everyone else asks them. Not
 * installed.
 */
#ifndef KG_ID_H
#define KG_ID_H

#include <string.h>

#include "arena.h"

typedef enum {
    KG_ID_NONE,         /* no id: a place on its own ("vraag-3") */
    KG_ID_KEY,          /* none of the shapes below: a document's key,
                           made from its file name ("002") */
    KG_ID_KAMERSTUK,    /* kst-<dossier>[-<toevoeging>]-<number> */
    KG_ID_DOSSIER,      /* dossier-<dossier>[-<toevoeging>] */
    KG_ID_HANDELINGEN,  /* h-<kamer>-<year>-<number>[-<item>] */
    KG_ID_AANHANGSEL,   /* ah-<kamer>-<year>-<number> */
    KG_ID_STB,          /* stb-<year>-<number> */
    KG_ID_STCRT,        /* stcrt-<year>-<number> */
    KG_ID_ECLI,         /* ECLI:NL:HR:2019:2006, the whole of it the key */
    KG_ID_MOTIE,        /* motie:<key>, the submitters' key */
    KG_ID_BRIEF         /* brief:<key>, the date "2025-03-14" */
} kg_id_kind;

/* A place inside a document, after its id and a '#'. */
typedef enum {
    KG_PLACE_NONE,
    KG_PLACE_QUESTION,  /* vraag-<n> */
    KG_PLACE_ANSWER,    /* antwoord-<n> */
    KG_PLACE_SECTION,   /* sectie-<label> */
    KG_PLACE_MEMBER,    /* lid-<member key>: a member's block of questions */
    KG_PLACE_UNRESOLVED,/* ?: an internal reference that found no place */
    KG_PLACE_OTHER      /* any other text after the '#' */
} kg_place;

/* A part of an id: n bytes at s; s NULL when the id has no such part (an
 * empty part, "kst-1-", has s set and n 0). */
typedef struct {
    const char *s;
    size_t n;
} kg_idpart;

static inline kg_idpart kg_idpart_of(const char *s)
{
    return (kg_idpart){s, s ? strlen(s) : 0};
}

typedef struct {
    kg_id_kind kind;
    /* The official shape, not only its prefix: the dossier's digits, a
     * tk or ek Handelingen of an 8-digit year, and so on (kg_is_kst_id) */
    bool well_formed;
    kg_idpart dossier;      /* Kamerstuk, dossier: "31490" */
    kg_idpart toevoeging;   /* Kamerstuk, dossier: "VII", "32" */
    kg_idpart number;       /* Kamerstuk: the ondernummer "359"; Handelingen,
                               Aanhangsel, Staatsblad, Staatscourant: their
                               number */
    kg_idpart kamer;        /* Handelingen, Aanhangsel: "tk" or "ek" */
    kg_idpart year;         /* Handelingen, Aanhangsel: the vergaderjaar
                               "20192020"; Staatsblad, Staatscourant: "2020" */
    kg_idpart item;         /* Handelingen: an item "6" */
    kg_idpart key;          /* motion, letter by date, ECLI, a key */
    kg_place place;
    kg_idpart place_name;   /* "3", "a", "vermeer"; for kg_id_write, when
                               absent, place_n is written */
    unsigned place_n;
    /* The id the place lies in, as written: kg_id_parse sets it (and the
     * parts above describe it) for an id with a place; kg_id_write writes
     * it as it is, when set, instead of the parts. */
    kg_idpart doc;
    kg_idpart fragment;     /* kg_id_parse: all after the '#' ("vraag-3") */
} kg_id;

/* The parts of id s. Every string is some id: one of no known shape is a
 * key (KG_ID_KEY). The kind follows the prefix; well_formed says whether
 * the rest has the official shape. Parts point into s. */
void kg_id_parse(const char *s, kg_id *id);

/* The id of the parts, as snprintf writes: at most size bytes with the
 * NUL; returns the length of the whole id. A place without an id ("a
 * place on its own") is written as a page calls it: "vraag-3". */
size_t kg_id_write(const kg_id *id, char *buf, size_t size);

/* kg_id_write into the arena; NULL when out of memory. */
char *kg_id_format(kg_arena *a, const kg_id *id);

/* Whether id has the shape of a Kamerstuk id ("kst-31490-359"). A file
 * name, the publication's metadata and the markup's <extref doc="...">
 * come from outside: "kst-", "kst-/" or "kst-1-" must not become a node. */
bool kg_is_kst_id(const char *id);
/* Whether id has the shape of a Handelingen or Aanhangsel id (an item's
 * too: "h-tk-20172018-70-6"); *number_end gets its length without the
 * item. */
bool kg_is_handelingen_id(const char *id, size_t *number_end);

/* How an id of that kind starts ("kst-"); "" for a key. For the readers,
 * which find ids inside links and attributes. */
const char *kg_id_prefix(kg_id_kind kind);

/* A short label for an id: a Kamerstuk's and a dossier's without their
 * prefix ("31490-359", "36410-VII"), any other id as it is. Points into
 * id. */
const char *kg_id_label(const char *id);

#endif
