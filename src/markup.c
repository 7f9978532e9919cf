/* The walk over an XML or HTML tree (see markup.h). */
#include "markup.h"
#include "footnote_shape.h"
#include <ctype.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- quiet libxml2 ---------------------------------------------------- */

static _Thread_local char last_error[256];  /* per thread: -j reads in parallel */

static void collect_error(void *ctx, const xmlError *e)
{
    (void)ctx;
    if (e && e->message && !last_error[0]) {
        snprintf(last_error, sizeof last_error, "line %d: %s", e->line, e->message);
        last_error[strcspn(last_error, "\n")] = '\0';
    }
}

void kg_xml_quiet_begin(void)
{
    last_error[0] = '\0';
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)collect_error);
}

void kg_xml_quiet_end(void)
{
    xmlSetStructuredErrorFunc(NULL, NULL);
}

const char *kg_xml_last_error(void)
{
    return last_error[0] ? last_error : "not well-formed";
}

/* ---- text ---------------------------------------------------------------- */

/* A footnote's own number element ("noot.nr"): not part of its text. */
static bool is_number_element(const xmlNode *n)
{
    return strcmp((const char *)n->name, "noot.nr") == 0 ||
           strcmp((const char *)n->name, "nr") == 0;
}

static void node_text(kg_sink *b, const xmlNode *n)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
            kg_out_squeezed(b, (const char *)n->content);
        else if (n->type == XML_ELEMENT_NODE && !is_number_element(n))
            node_text(b, n->children);
    }
}

char *kg_node_text(const xmlNode *node)
{
    kg_sink b = {0};
    node_text(&b, node->children);
    kg_out_trim(&b, " ");
    size_t len;
    char *s = b.n ? kg_sink_take(&b, &len) : NULL;
    if (!s) {
        kg_sink_release(&b);
        return strdup("");
    }
    return s[0] == ' ' ? memmove(s, s + 1, strlen(s)) : s;
}

/* ---- the walk -------------------------------------------------------------- */

static void add_note(kg_walk *w, const char *number, const char *text)
{
    kg_note_write_mark(&w->out->text, number);
    if (!text || w->npending == 64)
        return;
    kg_sink note = {0};
    kg_note_write_text(&note, number, text);
    char *s = kg_sink_take(&note, NULL);
    if (s)
        w->pending[w->npending++] = s;
}

void kg_walk_end_line(kg_walk *w)
{
    for (size_t i = 0; i < w->npending; i++) {
        kg_out_str(&w->out->text, w->pending[i]);
        free(w->pending[i]);
    }
    w->npending = 0;
    kg_out_newline(&w->out->text);
}

static void walk_release(kg_walk *w)
{
    for (size_t i = 0; i < w->npending; i++)
        free(w->pending[i]);
    w->npending = 0;
}

/* The digits of an element's number ("Vraag 3" -> "3"), or NULL. */
static const char *digits_in(const char *s)
{
    while (*s && !isdigit((unsigned char)*s))
        s++;
    return *s ? s : NULL;
}

static void heading(kg_walk *w, kg_el_kind kind, const char *value)
{
    kg_sink *t = &w->out->text;
    kg_walk_end_line(w);
    w->questions += kind == KG_EL_QUESTION;
    const char *n = value ? digits_in(value) : NULL;
    char line[64];
    if (kind == KG_EL_QUESTION)
        snprintf(line, sizeof line, n ? "Vraag %.*s" : "Vraag:", n ? (int)strspn(n, "0123456789") : 0, n ? n : "");
    else
        snprintf(line, sizeof line, n ? "Antwoord op vraag %.*s" : "Antwoord:",
                 n ? (int)strspn(n, "0123456789") : 0, n ? n : "");
    kg_out_str(t, line);
    kg_walk_end_line(w);
}

static void walk_element(kg_walk *w, const xmlNode *el)
{
    char *value = NULL;
    kg_el_kind kind = w->classify(el, &value);
    kg_sink *t = &w->out->text;
    size_t start = t->n;
    switch (kind) {
    case KG_EL_SKIP:
        break;
    case KG_EL_BREAK:
        kg_walk_end_line(w);
        break;
    case KG_EL_NOTE: {
        char *text = kg_node_text(el);
        add_note(w, value ? value : "?", text);
        free(text);
        break;
    }
    case KG_EL_MARKER:
        add_note(w, value ? value : "?", w->note_text ? w->note_text(w, value) : NULL);
        break;
    case KG_EL_QUESTION:
    case KG_EL_ANSWER:
        heading(w, kind, value);
        kg_walk_tree(w, el->children);
        kg_walk_end_line(w);
        break;
    case KG_EL_BLOCK:
        kg_walk_end_line(w);
        kg_walk_tree(w, el->children);
        kg_walk_end_line(w);
        break;
    case KG_EL_REF:
        kg_walk_tree(w, el->children);
        if (value && t->n > start)
            kg_reading_add_markup(w->out, start, t->n, value);
        break;
    case KG_EL_INLINE:
        kg_walk_tree(w, el->children);
        break;
    }
    free(value);
}

bool kg_el_named(const xmlNode *el, const char *name)
{
    return strcmp((const char *)el->name, name) == 0;
}

bool kg_el_is_one_of(const xmlNode *el, const char *const *names)
{
    for (; *names; names++)
        if (kg_el_named(el, *names))
            return true;
    return false;
}

void kg_walk_tree(kg_walk *w, const xmlNode *node)
{
    for (const xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            const char *s = (const char *)n->content;
            kg_sink *t = &w->out->text;
            /* a paragraph does not start with a space */
            if (t->n == 0 || kg_out_last(t) == '\n')
                while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
                    s++;
            kg_out_squeezed(t, s);
        } else if (n->type == XML_ELEMENT_NODE) {
            walk_element(w, n);
        }
        /* processing instructions, comments and entity references (never
         * expanded: no XXE, no entity bombs) add nothing */
    }
}

kg_status kg_walk_document(kg_walk *w, xmlDoc *doc, const char *path, kg_error *err)
{
    kg_walk_tree(w, xmlDocGetRootElement(doc));
    kg_walk_end_line(w);
    walk_release(w);
    xmlFreeDoc(doc);
    if (w->out->text.error)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    return KG_OK;
}
