/*
 * kamergraph site: the corpus as a static web site that works offline, and
 * one letter as an annotated page of its own.
 *
 * The pages need each letter's text and where its references stand in it,
 * which the graph does not keep. A kg_site keeps that much of every letter
 * as the letters are read (not the whole kg_doc: a corpus of 10 000 letters
 * would not fit), and the writers put it together with the graph:
 *
 *     kg_site *s = kg_site_create();
 *     for each document: kg_graph_add_document(g, doc, err);
 *                        kg_site_add_document(s, doc, err);
 *     kg_graph_resolve_aliases(g);
 *     kg_write_site(s, g, "graphs/site", err);
 *
 * Everything a page shows from a letter is HTML-escaped: the letters are
 * untrusted input. The same input gives the same bytes.
 */
#ifndef KAMERGRAPH_SITE_H
#define KAMERGRAPH_SITE_H

#include <stdio.h>

#include "kamergraph/kamergraph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kg_site kg_site;

kg_site *kg_site_create(void);
void kg_site_free(kg_site *s);

/* Keep what the pages need of the letter: its text, its references with
 * their places, footnotes, questions and metadata. Call it for the same
 * documents, in the same order, as kg_graph_add_document. */
kg_status kg_site_add_document(kg_site *s, const kg_doc *doc, kg_error *err);

size_t kg_site_letter_count(const kg_site *s);

/* Write the site into the folder `dir` (the graph's aliases resolved
 * first): index.html (counts, search, the most cited, a timeline, filters),
 * a page per letter, per dossier, per cited Kamerstuk the corpus does not
 * hold, per motion and per letter cited by date that no letter ties to one
 * number, pages per year, and assets/ (one style sheet, one script, the
 * search index). Nothing is loaded from elsewhere.
 *
 * The folder is written whole beside `dir` and then swapped in, so a
 * failed or interrupted run leaves the old site as it was. `dir`, when it
 * exists, must be empty or a site kamergraph wrote (it holds the file
 * .kamergraph-site); anything else is KG_ERR_USAGE and left alone. */
kg_status kg_write_site(kg_site *s, kg_graph *g, const char *dir, kg_error *err);

/* Letter number `letter` (in the order added) as a page of its own: the
 * letter's page of the site with the style inside it and links to the
 * publications instead of to other pages. To `path` (atomic, as the
 * writers above) or to an open stream. */
kg_status kg_write_annotated(kg_site *s, kg_graph *g, size_t letter, const char *path,
                             kg_error *err);
kg_status kg_write_annotated_to(kg_site *s, kg_graph *g, size_t letter, FILE *out,
                                kg_error *err);

/* The file name (without ".html") a node's page gets: the id with every
 * byte but a-z, 0-9 and '-' written otherwise, so that names are safe in
 * every file system and URL and two ids never share a name, even where
 * case is ignored: a run of capitals as "_run_" in small letters, any
 * other byte as "~" and two hex digits ("kst-36800-VII-52" ->
 * "kst-36800-_vii_-52", "motie:sneller+vermeer" ->
 * "motie~3asneller~2bvermeer"). A name that would be a device name on
 * Windows (con, nul, com1...) has its first letter written as "~xx". A
 * name longer than 200 bytes is cut at 180 and ends in "~~" and 16 hex
 * digits of a hash of the id. Returns the length of the name; the name is
 * written (NUL-terminated) when it fits in `size` bytes. */
size_t kg_site_file_name(const char *id, char *buf, size_t size);

/* And back: the id of a name of up to 200 bytes. False for a string no id
 * gives (or one that does not fit in `size`). */
bool kg_site_file_name_id(const char *name, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
