/*
 * Readers: one per input format, chosen by content. Each turns the bytes
 * of a file into the same thing: UTF-8 text laid out like a letter (one
 * paragraph a line; footnotes in the Word-export shape, the marker
 * "[footnoteRef:N]" where it stands and the note "[N:  text ]" at the end
 * of the paragraph that holds its marker), the metadata the format
 * carries, and the spans its markup already tags as references. The
 * scanner and the resolver never know the format.
 */
#ifndef KG_READER_H
#define KG_READER_H

#include "arena.h"
#include "sink.h"

/* The text a reader makes is a memory sink (sink.h; a zeroed one is
 * empty): a failed allocation is kept in its `error`, and the reader then
 * reports out of memory. */
/* Adds text with runs of white space (line breaks too) as one space. */
void kg_out_squeezed(kg_sink *b, const char *s);
/* Ends the current line unless the text is empty or already ends one;
 * the line keeps no trailing spaces. */
void kg_out_newline(kg_sink *b);

/* A span of the text that the format's markup tags as a reference
 * (<extref doc="kst-...">, a link to zoek.officielebekendmakingen.nl). */
typedef struct {
    size_t start, end;
    char *id;
} kg_markup;

/* What a reader produces. Strings are malloc'd and freed with
 * kg_reading_free; NULL where the format does not say. */
typedef struct {
    kg_sink text;           /* UTF-8, in memory */
    const char *format;     /* "text", "xml", "html", "docx", "pdf" */
    char *id;               /* own kst- id (XML metadata) */
    char *date;             /* "YYYY-MM-DD" */
    char *subject;          /* title */
    char *doctype;          /* "Brief", "Memorie van antwoord", ... */
    kg_markup *markup;
    size_t nmarkup, capmarkup;
    char *warning;          /* one note for the user (an encoding guessed) */
    size_t *pages;          /* where each page starts in text (PDF) */
    size_t npages, cappages;
    kg_work work;           /* looked: entries the reader's lookups read
                               (DOCX footnotes by id), which tests keep
                               small */
} kg_reading;

void kg_reading_add_page(kg_reading *r, size_t start);

void kg_reading_add_markup(kg_reading *r, size_t start, size_t end, const char *id);
void kg_reading_free(kg_reading *r);

/* Each reader returns KG_OK, or fills err with a one-line message that
 * names the file and the problem ("x.docx: not a DOCX file: no
 * word/document.xml"). `path` is for messages only. */
typedef kg_status (*kg_reader_fn)(const char *path, const unsigned char *bytes,
                                  size_t len, kg_reading *out, kg_error *err);

kg_status kg_read_text(const char *path, const unsigned char *bytes, size_t len,
                       kg_reading *out, kg_error *err);
kg_status kg_read_xml(const char *path, const unsigned char *bytes, size_t len,
                      kg_reading *out, kg_error *err);
kg_status kg_read_html(const char *path, const unsigned char *bytes, size_t len,
                       kg_reading *out, kg_error *err);
kg_status kg_read_docx(const char *path, const unsigned char *bytes, size_t len,
                       kg_reading *out, kg_error *err);
kg_status kg_read_pdf(const char *path, const unsigned char *bytes, size_t len,
                      kg_reading *out, kg_error *err);

/* The reader for these bytes, chosen by content (the extension only
 * breaks ties): "%PDF", a ZIP holding word/document.xml, an official XML
 * publication, HTML, else plain text. */
kg_reader_fn kg_reader_for(const char *path, const unsigned char *bytes,
                           size_t len, const char **format);

/* A DOCX part must not decompress past this (a zip bomb is refused). */
#define KG_MAX_PART ((size_t)200 << 20)

#endif
