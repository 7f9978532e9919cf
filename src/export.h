/*
 * Helpers shared by the export writers (write_gexf.c, write_sqlite.c,
 * write_json.c, write_csv.c): typed access to the extra attributes, the
 * names the columns get in the output, and numbers and dates written the
 * same way everywhere. Not installed.
 */
#ifndef KG_EXPORT_H
#define KG_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "graph_internal.h"

typedef enum { KG_XNODE, KG_XEDGE } kg_xclass;

typedef enum { KG_XSTRING, KG_XINTEGER, KG_XDOUBLE } kg_xtype;

/* The extra attributes of nodes or edges, in order of first use. */
size_t kg_x_count(const kg_graph *g, kg_xclass c);
const char *kg_x_name(const kg_graph *g, kg_xclass c, size_t attr);
kg_xtype kg_x_type(const kg_graph *g, kg_xclass c, size_t attr);

/* Value of extra attribute `attr` of node or edge `item`. kg_x_str: the
 * text, "" when absent (a numeric attribute's text is graph.c's rounded
 * "%.6g": writers take the number itself from kg_x_num). kg_x_num: the
 * number, false when absent; for a string attribute, its text when the
 * whole of it is a finite number ("4", "0.5"). */
const char *kg_x_str(const kg_graph *g, kg_xclass c, size_t item, size_t attr);
bool kg_x_num(const kg_graph *g, kg_xclass c, size_t item, size_t attr,
              double *v);

/* The extra attribute called `name`, or -1. */
long kg_x_find(const kg_graph *g, kg_xclass c, const char *name);

/* The names the extra attributes get in an output: the attribute's own
 * name, or name_2, name_3, ... when it equals a name in `reserved`
 * (NULL-terminated: the output's built-in columns) or an earlier output
 * name, ignoring ASCII case (SQLite column names and Gephi's column ids
 * ignore it). NULL when out of memory; free with kg_x_names_free. */
char **kg_x_names(const kg_graph *g, kg_xclass c, const char *const *reserved);
void kg_x_names_free(char **names, size_t n);

/* A finite number, written the shortest way that reads back the same,
 * with '.' whatever the locale: "3", "0.5", "1e+300". */
#define KG_NUM_BUF 40
void kg_num_format(char buf[KG_NUM_BUF], double v);

/* Whether s is a calendar date "YYYY-MM-DD". */
bool kg_is_date(const char *s);

#endif
