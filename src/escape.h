/*
 * Escaping, for every format kamergraph writes: one function per format,
 * each writing into a sink (sink.h). Text from the letters is untrusted:
 * whatever it holds, the output stays well-formed. Not installed.
 */
#ifndef KG_ESCAPE_H
#define KG_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>

#include "sink.h"

/* Length of the well-formed UTF-8 sequence at s (of which `left` bytes
 * may be read; a NUL-terminated string may say SIZE_MAX) that XML 1.0
 * accepts, or 0. Rejects overlong forms, surrogates, code points above
 * U+10FFFF and the non-characters U+FFFE/U+FFFF (which no XML parser will
 * load). */
size_t kg_utf8_len(const unsigned char *s, size_t left);

/* XML 1.0 (GraphML, the report): s as element text or a quoted attribute
 * value, & < > " ' as entities, and the control characters XML 1.0 cannot
 * carry at all (all below 0x20 but tab, newline and carriage return) as
 * U+FFFD. NULL writes nothing. */
void kg_esc_xml(kg_sink *o, const char *s);

/* HTML (the site): the same entities; bytes that are not UTF-8 as U+FFFD;
 * control characters (but tab and newline) as spaces. NULL writes
 * nothing. */
void kg_esc_html_n(kg_sink *o, const char *s, size_t n);
void kg_esc_html(kg_sink *o, const char *s);

/* A JavaScript string literal, safe inside a script file: quotes,
 * backslashes, < > & and the line separators U+2028 and U+2029 escaped,
 * bytes that are not UTF-8 as U+FFFD. NULL is "". */
void kg_esc_js(kg_sink *o, const char *s);

/* A JSON string literal (RFC 8259): quote and backslash escaped, \n \r \t
 * \b \f by their short forms, the other control characters and DEL as
 * \u00XX, and U+2028 and U+2029 as \u2028 and \u2029, so that the text
 * can be pasted into JavaScript. NULL is null. */
void kg_esc_json(kg_sink *o, const char *s);

/* A CSV field (RFC 4180): quoted, its quotes doubled, only when it holds a
 * quote, a comma or a line break. */
void kg_esc_csv(kg_sink *o, const char *s);

/* A TSV field (`refs --tsv`, `top --tsv`): tabs and line breaks as
 * spaces, so that a line stays one row of the same columns. NULL writes
 * nothing. */
void kg_esc_tsv(kg_sink *o, const char *s);

/* A DOT id, by cgraph's own rule (agstrcanon): a name of id characters
 * that does not start with a digit, or a numeral, goes bare unless it is
 * a keyword; anything else is quoted, a quote inside as \". In an
 * escString (`esc`: label, tooltip, URL) a backslash is doubled as well;
 * elsewhere it stays as it is, as agwrite leaves it. */
void kg_esc_dot(kg_sink *o, const char *s, bool esc);

#endif
