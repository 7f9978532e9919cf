/* Numeric node attributes (graph_store.h): the number, and its text as
 * the DOT writer writes it. */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_store.h"

void kg_c_locale_point(char *buf)
{
    const char *dp = localeconv()->decimal_point;
    size_t n = dp ? strlen(dp) : 0;
    char *p;

    if (n == 0 || strcmp(dp, ".") == 0 || !(p = strstr(buf, dp)))
        return;
    *p = '.';
    memmove(p + 1, p + n, strlen(p + n) + 1);
}

/* Decimal digits of v, which is integral and |v| <= 2^53: the common case
 * (counts, communities), done without snprintf, which on a large graph
 * took a tenth of the analysis. */
static void int_text(char buf[40], double v)
{
    unsigned long long u = (unsigned long long)(v < 0 ? -v : v);
    char tmp[24];
    size_t n = 0;

    do
        tmp[n++] = (char)('0' + u % 10);
    while ((u /= 10) > 0);
    if (v < 0)
        *buf++ = '-';
    while (n > 0)
        *buf++ = tmp[--n];
    *buf = '\0';
}

/* Largest integer a double holds exactly: 2^53. */
#define KG_MAX_EXACT 9007199254740992.0

/* The text of a numeric value: an integer in full, a double as "%.6g". */
static void num_text(char buf[40], double v, kg_gattr_type type)
{
    if (v == 0)
        v = 0; /* no "-0" */
    if (type == KG_GATTR_INTEGER && fabs(v) <= KG_MAX_EXACT) {
        int_text(buf, v);
        return;
    }
    if (type == KG_GATTR_INTEGER)
        snprintf(buf, 40, "%.0f", v);
    else
        snprintf(buf, 40, "%.6g", v);
    kg_c_locale_point(buf);
}

long kg_graph_num_attr(kg_graph *g, const char *name, kg_gattr_type type)
{
    if (!kg_attr_name_ok(name, kg_node_reserved) || type == KG_GATTR_STRING)
        return -2;
    return kg_attr_intern(&g->node_attrs, name, type);
}

/* Room for every attribute known so far, at once: the analysis sets seven
 * on every node, and growing one slot at a time was a realloc each. */
static kg_status num_room(kg_gextra *x, size_t need)
{
    if (need > x->nnum) {
        double *num = realloc(x->num, need * sizeof *num);
        if (!num)
            return KG_ERR_NOMEM;
        for (size_t i = x->nnum; i < need; i++)
            num[i] = NAN;
        x->num = num;
        x->nnum = need;
    }
    if (need > x->n) {
        char **v = realloc(x->v, need * sizeof *v);
        if (!v)
            return KG_ERR_NOMEM;
        memset(v + x->n, 0, (need - x->n) * sizeof *v);
        x->v = v;
        x->n = need;
    }
    return KG_OK;
}

kg_status kg_graph_set_num_at(kg_graph *g, size_t node, size_t attr, double value)
{
    char text[40];
    kg_gextra *x;
    kg_status st;

    if (node >= g->n_nodes || attr >= g->node_attrs.n
        || g->node_attrs.type[attr] == KG_GATTR_STRING || !isfinite(value))
        return KG_ERR_USAGE;
    x = &g->nodes[node].extra;
    st = num_room(x, g->node_attrs.n);
    if (st != KG_OK)
        return st;
    num_text(text, value, g->node_attrs.type[attr]);
    st = kg_attr_store(x, attr, text);
    if (st != KG_OK)
        return st;
    x->num[attr] = value == 0 ? 0 : value;
    kg_graph_touch(g);
    return KG_OK;
}

static kg_status set_num(kg_graph *g, const char *id, const char *name,
                         double value, kg_gattr_type type)
{
    long at, a;

    if (!g || !id || !kg_attr_name_ok(name, kg_node_reserved) || !isfinite(value))
        return KG_ERR_USAGE;
    at = kg_node_find(g, id, kg_hash_id(id));
    if (at < 0)
        return KG_ERR_USAGE;
    a = kg_graph_num_attr(g, name, type);
    if (a == -2)
        return KG_ERR_USAGE;
    if (a < 0)
        return KG_ERR_NOMEM;
    return kg_graph_set_num_at(g, (size_t)at, (size_t)a, value);
}

kg_status kg_graph_set_node_num(kg_graph *g, const char *id, const char *name,
                                double value)
{
    return set_num(g, id, name, value, KG_GATTR_DOUBLE);
}

kg_status kg_graph_set_node_int(kg_graph *g, const char *id, const char *name,
                                long long value)
{
    double v = (double)value;

    if (v > KG_MAX_EXACT || v < -KG_MAX_EXACT)
        return KG_ERR_USAGE;
    return set_num(g, id, name, v, KG_GATTR_INTEGER);
}

bool kg_graph_node_num(const kg_graph *g, const char *id, const char *name,
                       double *value)
{
    long at;

    if (!g || !id || !name || !value
        || (at = kg_node_find(g, id, kg_hash_id(id))) < 0)
        return false;
    for (size_t i = 0; i < g->node_attrs.n; i++)
        if (strcmp(g->node_attrs.name[i], name) == 0)
            return g->node_attrs.type[i] != KG_GATTR_STRING
                   && kg_gextra_num(&g->nodes[at].extra, i, value);
    return false;
}
