/* HTML, with libxml2's HTML parser: the visible text only (no script,
 * style, navigation), links to the publication site taken as references,
 * <sup> footnote markers linked to the footnote list. */
#include "id.h"
#include "markup.h"
#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *number, *text;
} html_note;

typedef struct {
    html_note notes[256];
    size_t n;
} html_notes;

/* An element of the footnote list: its id or class says so. */
static bool is_note(const xmlNode *el)
{
    bool yes = false;
    const char *attrs[] = {"id", "class"};
    for (size_t i = 0; i < 2 && !yes; i++) {
        xmlChar *v = xmlGetProp(el, (const xmlChar *)attrs[i]);
        if (v && (strstr((const char *)v, "footnote") || strstr((const char *)v, "noot") ||
                  (strncmp((const char *)v, "fn", 2) == 0 && isdigit(v[2]))))
            yes = !kg_el_named(el, "a") && !kg_el_named(el, "sup") && !kg_el_named(el, "ol") && !kg_el_named(el, "ul") &&
                  !kg_el_named(el, "section");
        xmlFree(v);
    }
    return yes;
}

/* The digits of s, malloc'd, or NULL. */
static char *digits(const char *s)
{
    while (*s && !isdigit((unsigned char)*s))
        s++;
    size_t n = strspn(s, "0123456789");
    return n ? strndup(s, n) : NULL;
}

/* "kst-31490-392" from a link to zoek.officielebekendmakingen.nl. */
static char *link_id(const xmlNode *el)
{
    xmlChar *href = xmlGetProp(el, (const xmlChar *)"href");
    char *id = NULL;
    const char *h = (const char *)href;
    if (h && strstr(h, "officielebekendmakingen.nl/")) {
        const char *prefix = kg_id_prefix(KG_ID_KAMERSTUK), *k = strchr(h, '/');
        while (k && strncmp(k + 1, prefix, strlen(prefix)) != 0)
            k = strchr(k + 1, '/');
        if (k) {
            size_t n = strcspn(k + 1, "?#/");
            if (n > 5 && strncmp(k + 1 + n - 5, ".html", 5) == 0)
                n -= 5;
            id = strndup(k + 1, n);
        }
    }
    xmlFree(href);
    return id;
}

static kg_el_kind classify(const xmlNode *el, char **value)
{
    static const char *const skip[] = {"head", "script", "style", "noscript", "nav", "header",
                                       "footer", "template", "svg", "button", "form", "select",
                                       NULL};
    static const char *const block[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                                        "tr", "td", "th", "blockquote", "section", "article",
                                        "dd", "dt", "pre", "table", "ul", "ol", NULL};
    if (kg_el_is_one_of(el, skip) || is_note(el))
        return KG_EL_SKIP;
    if (kg_el_named(el, "br"))
        return KG_EL_BREAK;
    if (kg_el_named(el, "sup")) {
        char *text = kg_node_text(el);
        bool number = text[0] && strspn(text, "0123456789") == strlen(text);
        if (number)
            *value = text;
        else
            free(text);
        return number ? KG_EL_MARKER : KG_EL_INLINE;
    }
    if (kg_el_named(el, "a") && (*value = link_id(el)))
        return KG_EL_REF;
    return kg_el_is_one_of(el, block) ? KG_EL_BLOCK : KG_EL_INLINE;
}

/* The footnote list, before the walk: number -> text. */
static void collect_notes(const xmlNode *n, html_notes *notes)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_note(n) && notes->n < 256) {
            char *text = kg_node_text(n);
            xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
            char *number = digits(id ? (const char *)id : text);
            xmlFree(id);
            const char *body = text;    /* "1 Kamerstuk ..." -> "Kamerstuk ..." */
            while (*body && (isdigit((unsigned char)*body) || *body == ' ' || *body == '.'))
                body++;
            if (number) {
                notes->notes[notes->n].number = number;
                notes->notes[notes->n++].text = strdup(body);
            }
            free(text);
            continue;
        }
        collect_notes(n->children, notes);
    }
}

static const char *note_text(kg_walk *w, const char *number)
{
    const html_notes *notes = w->ctx;
    for (size_t i = 0; number && i < notes->n; i++)
        if (strcmp(notes->notes[i].number, number) == 0)
            return notes->notes[i].text;
    return NULL;
}

kg_status kg_read_html(const char *path, const unsigned char *bytes, size_t len,
                       kg_reading *out, kg_error *err)
{
    out->format = "html";
    if (len > INT32_MAX)
        return kg_fail(err, KG_ERR_INPUT, "%s: HTML too large", path);
    kg_xml_quiet_begin();
    htmlDocPtr doc = htmlReadMemory((const char *)bytes, (int)len, path, "UTF-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                    HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
    kg_xml_quiet_end();
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return kg_fail(err, KG_ERR_INPUT, "%s: not readable HTML", path);
    }
    html_notes *notes = calloc(1, sizeof *notes);
    if (!notes) {
        xmlFreeDoc(doc);
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    }
    collect_notes(root, notes);
    for (const xmlNode *n = root; n; n = n->next)   /* <title> */
        for (const xmlNode *h = n->children; h; h = h->next)
            if (h->type == XML_ELEMENT_NODE && kg_el_named(h, "head"))
                for (const xmlNode *t = h->children; t; t = t->next)
                    if (t->type == XML_ELEMENT_NODE && kg_el_named(t, "title") && !out->subject)
                        out->subject = kg_node_text(t);
    kg_walk w = {.out = out, .classify = classify, .note_text = note_text, .ctx = notes};
    kg_status st = kg_walk_document(&w, doc, path, err);
    for (size_t i = 0; i < notes->n; i++) {
        free(notes->notes[i].number);
        free(notes->notes[i].text);
    }
    free(notes);
    return st;
}
