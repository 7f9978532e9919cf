/*
 * Canonical ids (REFERENCE-FORMATS.md section 1). Not installed.
 */
#ifndef KG_ID_H
#define KG_ID_H

#include "arena.h"

/* Whether id has the shape of a Kamerstuk id ("kst-31490-359"). */
bool kg_is_kst_id(const char *id);
/* Whether id has the shape of a Handelingen or Aanhangsel id (an item's
 * too: "h-tk-20172018-70-6"); *number_end gets its length without the
 * item. */
bool kg_is_handelingen_id(const char *id, size_t *number_end);

#endif
