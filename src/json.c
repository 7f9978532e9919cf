/* A small JSON reader for kamergraph's own JSON Lines (refs --json, the
 * scan cache): objects of strings, integers, booleans and null, nested
 * objects one level deep. Not a general JSON library: what it does not
 * know, it refuses. */
#include "json.h"
#include <stdlib.h>
#include <string.h>

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    return p;
}

static void add_utf8(char **o, unsigned long cp)
{
    unsigned char *u = (unsigned char *)*o;
    if (cp < 0x80) {
        *u++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *u++ = (unsigned char)(0xC0 | (cp >> 6));
        *u++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else {
        *u++ = (unsigned char)(0xE0 | (cp >> 12));
        *u++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *u++ = (unsigned char)(0x80 | (cp & 0x3F));
    }
    *o = (char *)u;
}

/* A string at p (after its opening quote), decoded into the arena. */
static const char *parse_string(kg_arena *a, const char *p, const char **out)
{
    const char *end = p;
    while (*end && *end != '"')
        end += end[0] == '\\' && end[1] ? 2 : 1;
    if (*end != '"')
        return NULL;
    char *s = kg_arena_alloc(a, (size_t)(end - p) + 1), *o = s;
    if (!s)
        return NULL;
    for (; p < end; p++) {
        if (*p != '\\') {
            *o++ = *p;
            continue;
        }
        switch (*++p) {
        case 'n': *o++ = '\n'; break;
        case 't': *o++ = '\t'; break;
        case 'r': *o++ = '\r'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'u': {
            char hex[5] = {0};
            for (int i = 0; i < 4 && p[1 + i]; i++)
                hex[i] = p[1 + i];
            add_utf8(&o, strtoul(hex, NULL, 16));
            p += strlen(hex);
            break;
        }
        default: *o++ = *p; break;     /* \" \\ \/ */
        }
    }
    *o = '\0';
    *out = s;
    return end + 1;
}

static const char *parse_value(kg_arena *a, const char *p, kg_json_value *v, int depth);

static const char *parse_object(kg_arena *a, const char *p, kg_json_object *obj, int depth)
{
    obj->n = 0;
    p = skip_ws(p);
    if (*p == '}')
        return p + 1;
    for (;;) {
        p = skip_ws(p);
        if (*p != '"' || obj->n == KG_JSON_MAX_FIELDS)
            return NULL;
        kg_json_field *f = &obj->fields[obj->n];
        if (!(p = parse_string(a, p + 1, &f->name)))
            return NULL;
        p = skip_ws(p);
        if (*p != ':' || !(p = parse_value(a, skip_ws(p + 1), &f->value, depth)))
            return NULL;
        obj->n++;
        p = skip_ws(p);
        if (*p == '}')
            return p + 1;
        if (*p != ',')
            return NULL;
        p++;
    }
}

static const char *parse_value(kg_arena *a, const char *p, kg_json_value *v, int depth)
{
    memset(v, 0, sizeof *v);
    if (*p == '"') {
        v->type = KG_JSON_STRING;
        return parse_string(a, p + 1, &v->string);
    }
    if (*p == '{' && depth == 0) {
        v->type = KG_JSON_OBJECT;
        v->object = kg_arena_alloc(a, sizeof *v->object);
        return v->object ? parse_object(a, p + 1, v->object, depth + 1) : NULL;
    }
    if (strncmp(p, "true", 4) == 0 || strncmp(p, "false", 5) == 0) {
        v->type = KG_JSON_BOOL;
        v->boolean = *p == 't';
        return p + (*p == 't' ? 4 : 5);
    }
    if (strncmp(p, "null", 4) == 0) {
        v->type = KG_JSON_NULL;
        return p + 4;
    }
    char *end;
    v->number = strtol(p, &end, 10);
    v->type = KG_JSON_NUMBER;
    return end > p ? end : NULL;
}

bool kg_json_parse_line(kg_arena *a, const char *line, kg_json_object *out)
{
    const char *p = skip_ws(line);
    if (*p != '{' || !(p = parse_object(a, p + 1, out, 0)))
        return false;
    return *skip_ws(p) == '\0';
}

const kg_json_value *kg_json_get(const kg_json_object *obj, const char *name)
{
    for (size_t i = 0; obj && i < obj->n; i++)
        if (strcmp(obj->fields[i].name, name) == 0)
            return &obj->fields[i].value;
    return NULL;
}

const char *kg_json_string(const kg_json_object *obj, const char *name)
{
    const kg_json_value *v = kg_json_get(obj, name);
    return v && v->type == KG_JSON_STRING ? v->string : NULL;
}

long kg_json_number(const kg_json_object *obj, const char *name)
{
    const kg_json_value *v = kg_json_get(obj, name);
    return v && v->type == KG_JSON_NUMBER ? v->number : 0;
}

bool kg_json_bool(const kg_json_object *obj, const char *name)
{
    const kg_json_value *v = kg_json_get(obj, name);
    return v && v->type == KG_JSON_BOOL && v->boolean;
}
