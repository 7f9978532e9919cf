/* kamergraph's own JSON Lines, read back: flat objects (writing them is
 * escape.h's kg_esc_json). */
#ifndef KG_JSON_H
#define KG_JSON_H

#include "arena.h"
#include <stdio.h>

#define KG_JSON_MAX_FIELDS 48

typedef enum { KG_JSON_NULL, KG_JSON_STRING, KG_JSON_NUMBER, KG_JSON_BOOL, KG_JSON_OBJECT } kg_json_type;

typedef struct kg_json_object kg_json_object;

typedef struct {
    kg_json_type type;
    const char *string;
    long number;
    bool boolean;
    kg_json_object *object;
} kg_json_value;

typedef struct {
    const char *name;
    kg_json_value value;
} kg_json_field;

struct kg_json_object {
    kg_json_field fields[KG_JSON_MAX_FIELDS];
    size_t n;
};

/* Parses one line holding one object; strings live in the arena. */
bool kg_json_parse_line(kg_arena *a, const char *line, kg_json_object *out);
const kg_json_value *kg_json_get(const kg_json_object *obj, const char *name);
/* The field's value, or NULL / 0 / false when absent or of another type. */
const char *kg_json_string(const kg_json_object *obj, const char *name);
long kg_json_number(const kg_json_object *obj, const char *name);
bool kg_json_bool(const kg_json_object *obj, const char *name);

#endif
