/*
 * The text of a document: the input bytes with a line index, and the
 * normalised copy the scanner reads (normalize.c), with the map from the
 * one back to the other. Every offset a reference reports is an original
 * one; every offset the scanner, the model and the resolver use is a
 * normalised one. Not installed.
 */
#ifndef KG_TEXT_H
#define KG_TEXT_H

#include "arena.h"

/* Where a stretch of the normalised text starts in the original. */
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
    kg_work work;       /* bytes: what kg_text_position counted, which a
                           test keeps linear in the references */
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

#endif
