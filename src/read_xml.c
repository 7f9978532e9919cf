/* The official XML of officiele-publicaties (REFERENCE-FORMATS.md section
 * 9): paragraphs from <al> and friends, questions and answers from
 * <vraag>/<antwoord>, footnotes from <noot>, identity and date from
 * <meta>, and the references <extref> already tags. Parsed without network
 * access, without loading DTDs and without expanding entities. */
#include "id.h"
#include "markup.h"
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

/* "kst-31490-392", from doc="kst-31490-392" or a link ending in it. */
static char *ref_id(const char *doc)
{
    const char *slash = strrchr(doc, '/');
    const char *id = slash ? slash + 1 : doc;
    size_t n = strcspn(id, "?#");
    if (n > 5 && strncmp(id + n - 5, ".html", 5) == 0)
        n -= 5;
    char *out = strndup(id, n);
    return out;
}

/* The text of the number child ("Vraag 3") of a question or answer. */
static char *number_of(const xmlNode *el)
{
    for (const xmlNode *c = el->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (kg_el_named(c, "nr") || kg_el_named(c, "noot.nr")))
            return kg_node_text(c);
    return NULL;
}

static kg_el_kind classify(const xmlNode *el, char **value)
{
    static const char *const skip[] = {"metadata", "meta", "kamerstukkop", "dossiernummer",
                                       "stuknr", "nr", "noot.nr", NULL};
    static const char *const block[] = {"al", "kop", "titel", "tussenkop", "li", "tr", "entry",
                                        "td", "functie", "naam", "ondertekening", "aanhef",
                                        "slotformulering", "plaats", "datum", NULL};
    if (kg_el_is_one_of(el, skip))
        return KG_EL_SKIP;
    if (kg_el_named(el, "vraag") || kg_el_named(el, "antwoord")) {
        *value = number_of(el);
        return kg_el_named(el, "vraag") ? KG_EL_QUESTION : KG_EL_ANSWER;
    }
    if (kg_el_named(el, "noot")) {
        *value = number_of(el);
        return KG_EL_NOTE;
    }
    if (kg_el_named(el, "extref") || kg_el_named(el, "intref")) {
        xmlChar *doc = xmlGetProp(el, (const xmlChar *)"doc");
        const char *k = doc ? strstr((const char *)doc, kg_id_prefix(KG_ID_KAMERSTUK)) : NULL;
        if (k)
            *value = ref_id(k);
        xmlFree(doc);
        return KG_EL_REF;
    }
    if (kg_el_named(el, "br"))
        return KG_EL_BREAK;
    return kg_el_is_one_of(el, block) ? KG_EL_BLOCK : KG_EL_INLINE;
}

static void set(char **field, const xmlChar *v)
{
    if (v && *v && !*field)
        *field = strdup((const char *)v);
}

/* An identifier of the publication: a Kamerstuk, Handelingen or
 * Aanhangsel id (the resolver checks its shape). */
static bool is_publication_id(const xmlChar *v)
{
    kg_id id;
    if (!v)
        return false;
    kg_id_parse((const char *)v, &id);
    return id.kind == KG_ID_KAMERSTUK || id.kind == KG_ID_HANDELINGEN ||
           id.kind == KG_ID_AANHANGSEL;
}

/* "https://zoek.officielebekendmakingen.nl/h-tk-20172018-70-6/metadata.xml":
 * the id the metadata record is of, which Handelingen give instead of a
 * DC.identifier. */
static void set_from_record(char **field, const xmlChar *url)
{
    const char *u = url ? (const char *)url : "";
    const char *end = strstr(u, "/metadata.xml");
    if (!end || *field)
        return;
    const char *start = end;
    while (start > u && start[-1] != '/')
        start--;
    char *id = strndup(start, (size_t)(end - start));
    if (id && is_publication_id((const xmlChar *)id))
        *field = id;
    else
        free(id);
}

/* <meta name="DC.identifier" content="kst-..."/> and friends. */
static void read_meta(const xmlNode *n, kg_reading *out, char **dossier, char **nr)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (kg_el_named(n, "meta")) {
            xmlChar *name = xmlGetProp(n, (const xmlChar *)"name");
            xmlChar *content = xmlGetProp(n, (const xmlChar *)"content");
            const char *k = name ? (const char *)name : "";
            if (strcmp(k, "DC.identifier") == 0 && is_publication_id(content))
                set(&out->id, content);
            else if (strcmp(k, "OVERHEIDop.externMetadataRecord") == 0)
                set_from_record(&out->id, content);
            else if (strcmp(k, "OVERHEIDop.datumOndertekening") == 0 || strcmp(k, "DC.date") == 0)
                set(&out->date, content);
            else if (strcmp(k, "DC.title") == 0)
                set(&out->subject, content);
            else if (strcmp(k, "DC.type") == 0)
                set(&out->doctype, content);
            else if (strcmp(k, "OVERHEIDop.dossiernummer") == 0)
                set(dossier, content);
            else if (strcmp(k, "OVERHEIDop.ondernummer") == 0)
                set(nr, content);
            xmlFree(name);
            xmlFree(content);
        }
        read_meta(n->children, out, dossier, nr);
    }
}

kg_status kg_read_xml(const char *path, const unsigned char *bytes, size_t len,
                      kg_reading *out, kg_error *err)
{
    out->format = "xml";
    if (len > INT32_MAX)
        return kg_fail(err, KG_ERR_INPUT, "%s: XML too large", path);
    kg_xml_quiet_begin();
    xmlDoc *doc = xmlReadMemory((const char *)bytes, (int)len, path, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    kg_xml_quiet_end();
    if (!doc)
        return kg_fail(err, KG_ERR_INPUT, "%s: not well-formed XML: %s", path,
                       kg_xml_last_error());
    char *dossier = NULL, *nr = NULL;
    const xmlNode *root = xmlDocGetRootElement(doc);
    read_meta(root, out, &dossier, &nr);
    if (!out->id && dossier && nr) {    /* "34 851" + "4" -> kst-34851-4 */
        char digits[97], id[128];
        size_t k = 0;
        for (const char *p = dossier; *p && k < sizeof digits - 1; p++)
            if (*p != ' ')
                digits[k++] = *p;
        digits[k] = '\0';
        kg_id_write(&(kg_id){.kind = KG_ID_KAMERSTUK, .dossier = kg_idpart_of(digits),
                             .number = kg_idpart_of(nr)},
                    id, sizeof id);
        out->id = strdup(id);
    }
    free(dossier);
    free(nr);
    kg_walk w = {.out = out, .classify = classify};
    return kg_walk_document(&w, doc, path, err);
}
