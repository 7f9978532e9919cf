/*
 * Every stage's header at once: the arena and helpers (arena.h), the text
 * (text.h), the scanner's output (scan.h), citations (cite.h), canonical
 * ids (id.h) and the document (doc.h). For the scanner (scan.re) and the
 * tests that look at several stages; a module includes the headers of the
 * stages it uses. Not installed.
 */
#ifndef KG_INTERNAL_H
#define KG_INTERNAL_H

#include "arena.h"
#include "cite.h"
#include "doc.h"
#include "id.h"
#include "scan.h"
#include "text.h"

#endif
