/*
 * Text for XML and HTML, for the writers that stream it (GraphML, the
 * report). Not installed.
 */
#ifndef KG_XML_ESCAPE_H
#define KG_XML_ESCAPE_H

#include <stdio.h>

#include "outbuf.h"

/* s as element text or a quoted attribute value: & < > " ' as entities,
 * and the control characters XML 1.0 cannot carry at all (all below 0x20
 * but tab, newline and carriage return) as U+FFFD. NULL writes nothing. */
void kg_xml_out(kg_outbuf *o, const char *s);

/* The same straight to a FILE. */
void kg_xml_put(FILE *f, const char *s);

#endif
