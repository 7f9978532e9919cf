/*
 * kamergraph's own outputs, recognised by content: a graph, a report or a
 * cache written into a folder that is scanned again must not be read as a
 * letter (its ids would count as citations). Every writer names
 * KG_GENERATOR near the start of its file, in the form its format allows;
 * this is the one place that knows those forms. Not installed.
 */
#ifndef KG_OWN_OUTPUT_H
#define KG_OWN_OUTPUT_H

#include <stddef.h>

/* What kamergraph output `bytes` is ("a GraphML graph"), or NULL when it
 * is none. Looks at the first and last few kilobytes only. */
const char *kg_own_output_kind(const unsigned char *bytes, size_t len);

#endif
