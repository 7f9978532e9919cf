/*
 * A PDF page's text rebuilt from where its glyphs stand. The PDF reader
 * (read_pdf.c) hands over each character poppler found, with its box and
 * font; this module decides where words part, which digits are raised
 * footnote numbers, and where a footnote's number belongs. It knows
 * nothing of poppler, so that its rules can be read and tested on their
 * own.
 */
#ifndef KG_PDF_TEXT_H
#define KG_PDF_TEXT_H

#include "reader.h"

#include <stdint.h>

/* One character of a page as poppler reports it, in reading order. ' ' is
 * a space poppler put between two of its words, '\n' the end of one of
 * its lines. Boxes are in points from the page's top left; inside one of
 * poppler's words a box reaches to where the next glyph starts, the last
 * one's to the end of its own advance. */
typedef struct {
    uint32_t c;                 /* Unicode code point */
    float x1, y1, x2, y2;       /* floats: a document holds every glyph */
    float size;                 /* font size in points; 0 when unknown */
    uint32_t font;              /* the font's number in the document */
} kg_pdf_glyph;

/* What a document's glyphs teach about its layout: for each glyph of each
 * font and size, how much further than its own advance the producer puts
 * the next glyph inside a word. */
typedef struct kg_pdf_advances kg_pdf_advances;

kg_pdf_advances *kg_pdf_advances_create(void);
void kg_pdf_advances_free(kg_pdf_advances *a);
/* Learns from one page's glyphs; false when out of memory. */
bool kg_pdf_advances_learn(kg_pdf_advances *a, const kg_pdf_glyph *g, size_t n);

/* Appends the page's text to b, one line of the page a line, and returns
 * whether the page has any. `a` holds what was learnt so far (the page
 * itself included); it may be NULL. Out of memory sets b->failed. */
bool kg_pdf_page_text(kg_sink *b, const kg_pdf_glyph *g, size_t n,
                      const kg_pdf_advances *a);

#endif
