/*
 * Citations (cite.c): from the fields the scanner parsed to the canonical
 * ids and parts of references (REFERENCE-FORMATS.md section 1), and the
 * keys of motions and members. Knows how ids are spelled, not how
 * citations look: that is scan.re's. Not installed.
 */
#ifndef KG_CITE_H
#define KG_CITE_H

#include "scan.h"

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

#endif
