/*
 * Text for XML and HTML, for the writers that stream it (GraphML, the
 * report). Not installed.
 */
#ifndef KG_XML_ESCAPE_H
#define KG_XML_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

#include "outbuf.h"

/* Length of the well-formed UTF-8 sequence at s (of which `left` bytes
 * may be read; a NUL-terminated string may say SIZE_MAX) that XML 1.0
 * accepts, or 0. Rejects overlong forms, surrogates, code points above
 * U+10FFFF and the non-characters U+FFFE/U+FFFF (which no XML parser will
 * load). */
size_t kg_utf8_len(const unsigned char *s, size_t left);

/* s as element text or a quoted attribute value: & < > " ' as entities,
 * and the control characters XML 1.0 cannot carry at all (all below 0x20
 * but tab, newline and carriage return) as U+FFFD. NULL writes nothing. */
void kg_xml_out(kg_outbuf *o, const char *s);

/* The same straight to a FILE. */
void kg_xml_put(FILE *f, const char *s);

#endif
