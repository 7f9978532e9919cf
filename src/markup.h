/* A walk over an XML or HTML tree that lays its text out like a letter:
 * shared by the XML and HTML readers, which say what each element is. */
#ifndef KG_MARKUP_H
#define KG_MARKUP_H

#include "reader.h"
#include <libxml/tree.h>

typedef enum {
    KG_EL_INLINE,       /* its text runs on */
    KG_EL_BLOCK,        /* a paragraph: a line of its own */
    KG_EL_SKIP,         /* not text (script, metadata, a footnote's body) */
    KG_EL_NOTE,         /* a footnote: marker here, text at the line end */
    KG_EL_MARKER,       /* a footnote marker whose note lies elsewhere */
    KG_EL_REF,          /* markup that tags a reference (its id: ref_id) */
    KG_EL_BREAK,        /* a line break */
    KG_EL_QUESTION,     /* a question: "Vraag N" line, then its text */
    KG_EL_ANSWER        /* an answer: "Antwoord op vraag N" line, ... */
} kg_el_kind;

/* Whether el is the element `name`, or one of `names` (NULL-ended): for
 * the readers' classify functions. */
bool kg_el_named(const xmlNode *el, const char *name);
bool kg_el_is_one_of(const xmlNode *el, const char *const *names);

typedef struct kg_walk kg_walk;

/* What an element is, and for REF its id (malloc'd), for NOTE/MARKER its
 * number (malloc'd). */
typedef kg_el_kind (*kg_classify_fn)(const xmlNode *el, char **value);
/* A note's text for a MARKER with this number, or NULL. */
typedef const char *(*kg_note_text_fn)(kg_walk *w, const char *number);

struct kg_walk {
    kg_reading *out;
    kg_classify_fn classify;
    kg_note_text_fn note_text;
    void *ctx;
    char *pending[64];  /* notes of the current paragraph: "[N:  text ]" */
    size_t npending;
    unsigned questions; /* to number unnumbered questions */
};

void kg_walk_tree(kg_walk *w, const xmlNode *node);
/* Ends the paragraph: its notes, then a line break. */
void kg_walk_end_line(kg_walk *w);
/* The readers' last step, the same for XML and HTML: the text of the whole
 * document into w->out, then doc freed. KG_ERR_NOMEM naming path when the
 * text ran out of memory. */
kg_status kg_walk_document(kg_walk *w, xmlDoc *doc, const char *path, kg_error *err);

/* All text below node, white space squeezed, malloc'd. */
char *kg_node_text(const xmlNode *node);

/* libxml2 must not print: errors are collected here and restored after. */
void kg_xml_quiet_begin(void);
void kg_xml_quiet_end(void);
const char *kg_xml_last_error(void);

#endif
