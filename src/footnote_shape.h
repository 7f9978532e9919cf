/*
 * The footnote shape: the one syntax that the readers write and the
 * grammar reads.
 *
 * Whatever its format had, every reader writes a footnote as Word's
 * plain-text export does: the marker "[footnoteRef:N]" where the note is
 * marked, and the note "  [N:  text ]" at the end of the paragraph that
 * holds its marker ("... 2025[footnoteRef:1].  [1:  Kamerstuk 31 490, nr.
 * 337 ]"). A PDF shows raised numbers instead; its reader writes them as
 * superscript digits, after a word ("motie¹") and before a note's text at
 * the start of its line ("¹ Kamerstuk ..."). The grammar (scan.re: fnref,
 * sup and the footnote rules) reads these shapes, and the model tells a
 * note's end by them: a reader writes a footnote only through here.
 */
#ifndef KG_FOOTNOTE_SHAPE_H
#define KG_FOOTNOTE_SHAPE_H

#include "sink.h"
#include <stdint.h>

/* The marker: KG_NOTE_MARK_OPEN, the number's digits, KG_NOTE_MARK_CLOSE. */
#define KG_NOTE_MARK_OPEN "[footnoteRef:"
#define KG_NOTE_MARK_CLOSE "]"
/* The note: KG_NOTE_OPEN, the number, KG_NOTE_AFTER_NUMBER, its text,
 * KG_NOTE_CLOSE. The two spaces before it part it from the paragraph. */
#define KG_NOTE_OPEN "  ["
#define KG_NOTE_AFTER_NUMBER ":  "
#define KG_NOTE_CLOSE " ]"

/* Writes the marker of note `number` ("7": "[footnoteRef:7]"). */
void kg_note_write_mark(kg_sink *b, const char *number);
/* Writes note `number` with its text ("  [7:  Kamerstuk 31490-5 ]"). */
void kg_note_write_text(kg_sink *b, const char *number, const char *text);
/* The superscript of a digit 0-9 (U+2070, U+00B9, U+00B2, U+00B3,
 * U+2074-2079), as a PDF's raised footnote number is written. */
uint32_t kg_note_superscript(unsigned digit);

#endif
