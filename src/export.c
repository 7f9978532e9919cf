/* Helpers shared by the export writers (export.h). */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

static const kg_gnames *names_of(const kg_graph *g, kg_xclass c)
{
    return c == KG_XNODE ? &g->node_attrs : &g->edge_attrs;
}

static const kg_gextra *extra_of(const kg_graph *g, kg_xclass c, size_t item)
{
    return c == KG_XNODE ? &g->nodes[item].extra : &g->edges[item].extra;
}

size_t kg_x_count(const kg_graph *g, kg_xclass c)
{
    return names_of(g, c)->n;
}

const char *kg_x_name(const kg_graph *g, kg_xclass c, size_t attr)
{
    return names_of(g, c)->name[attr];
}

kg_xtype kg_x_type(const kg_graph *g, kg_xclass c, size_t attr)
{
    const kg_gnames *t = names_of(g, c);

    switch (t->type ? t->type[attr] : KG_GATTR_STRING) {
    case KG_GATTR_INTEGER: return KG_XINTEGER;
    case KG_GATTR_DOUBLE: return KG_XDOUBLE;
    default: return KG_XSTRING;
    }
}

const char *kg_x_str(const kg_graph *g, kg_xclass c, size_t item, size_t attr)
{
    return kg_gextra_get(extra_of(g, c, item), attr);
}

/* The whole of s as a finite number, in the C locale's notation. */
static bool parse_num(const char *s, double *v)
{
    char *end;
    double d;
    char buf[KG_NUM_BUF];
    const char *dp = localeconv()->decimal_point;

    if (!*s || strlen(s) >= sizeof buf || strchr(s, ','))
        return false;
    /* strtod reads the locale's decimal point: swap '.' for it. */
    if (dp && strcmp(dp, ".") != 0 && strlen(dp) == 1 && strchr(s, '.')) {
        strcpy(buf, s);
        *strchr(buf, '.') = dp[0];
        s = buf;
    }
    d = strtod(s, &end);
    if (*end || end == s || !isfinite(d))
        return false;
    *v = d;
    return true;
}

bool kg_x_num(const kg_graph *g, kg_xclass c, size_t item, size_t attr,
              double *v)
{
    if (kg_x_type(g, c, attr) != KG_XSTRING)
        return kg_gextra_num(extra_of(g, c, item), attr, v) && isfinite(*v);
    return parse_num(kg_x_str(g, c, item, attr), v);
}

long kg_x_find(const kg_graph *g, kg_xclass c, const char *name)
{
    const kg_gnames *t = names_of(g, c);

    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->name[i], name) == 0)
            return (long)i;
    return -1;
}

static bool same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (x != y)
            return false;
    }
    return *a == *b;
}

static bool taken(const char *s, const char *const *reserved, char **out,
                  size_t n)
{
    for (; reserved && *reserved; reserved++)
        if (same_name(s, *reserved))
            return true;
    for (size_t i = 0; i < n; i++)
        if (same_name(s, out[i]))
            return true;
    return false;
}

void kg_x_names_free(char **names, size_t n)
{
    if (!names)
        return;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

char **kg_x_names(const kg_graph *g, kg_xclass c, const char *const *reserved)
{
    size_t n = kg_x_count(g, c);
    char **out = calloc(n ? n : 1, sizeof *out);

    for (size_t i = 0; out && i < n; i++) {
        const char *name = kg_x_name(g, c, i);
        size_t len = strlen(name) + 24;
        char *s = malloc(len);

        if (!s) {
            kg_x_names_free(out, i);
            return NULL;
        }
        snprintf(s, len, "%s", name);
        for (unsigned k = 2; taken(s, reserved, out, i); k++)
            snprintf(s, len, "%s_%u", name, k);
        out[i] = s;
    }
    return out;
}

void kg_num_format(char buf[KG_NUM_BUF], double v)
{
    if (v == 0) { /* also -0 */
        strcpy(buf, "0");
        return;
    }
    if (fabs(v) < 9007199254740992.0 && v == floor(v)) {
        snprintf(buf, KG_NUM_BUF, "%.0f", v);
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        double back;
        snprintf(buf, KG_NUM_BUF, "%.*g", prec, v);
        back = strtod(buf, NULL); /* in the locale, like snprintf */
        if (back == v)
            break;
    }
    kg_c_locale_point(buf);
}

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

bool kg_is_date(const char *s)
{
    int month, day;

    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4)
        || !digits(s + 5, 2) || !digits(s + 8, 2))
        return false;
    month = (s[5] - '0') * 10 + (s[6] - '0');
    day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
