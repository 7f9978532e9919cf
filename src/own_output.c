/* kamergraph's own outputs, recognised by content (own_output.h). */
#include <string.h>

#include "kamergraph/kamergraph.h"
#include "own_output.h"

/* The generator names itself this close to the start; a PDF's Info
 * dictionary stands this close to the end. */
#define HEAD 4096
#define TAIL 4096

static bool starts(const unsigned char *b, size_t len, const char *s)
{
    size_t n = strlen(s);
    return len >= n && memcmp(b, s, n) == 0;
}

static bool within(const unsigned char *b, size_t len, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + n <= len; i++)
        if (b[i] == (unsigned char)s[0] && memcmp(b + i, s, n) == 0)
            return true;
    return false;
}

/* An XML file that names kamergraph as its maker: which one, by its root
 * element. */
static const char *xml_kind(const unsigned char *b, size_t len)
{
    if (within(b, len, "<gexf"))
        return "a GEXF graph";
    if (within(b, len, "<graphml"))
        return "a GraphML graph";
    if (within(b, len, "<svg"))
        return "an SVG picture";
    return "an XML file";
}

/* SQLite's header: the magic string, and the application id as a
 * big-endian integer at byte 68. */
static bool our_sqlite(const unsigned char *b, size_t len)
{
    if (len < 72 || !starts(b, len, "SQLite format 3"))
        return false;
    unsigned long id = (unsigned long)b[68] << 24 | (unsigned long)b[69] << 16 |
                       (unsigned long)b[70] << 8 | b[71];
    return id == KG_SQLITE_APPLICATION_ID;
}

const char *kg_own_output_kind(const unsigned char *b, size_t len)
{
    size_t head = len < HEAD ? len : HEAD;
    if (within(b, head, "<!-- Created by kamergraph") || within(b, head, "<creator>kamergraph"))
        return xml_kind(b, head);
    if (within(b, head, "<meta name=\"generator\" content=\"kamergraph"))
        return "an HTML page";
    if (starts(b, len, "// Created by kamergraph"))
        return "a DOT graph";
    if (within(b, head, "\"generator\": \"kamergraph"))
        return "a JSON graph";
    if (starts(b, len, "id,kind,label,url,file") || starts(b, len, "source,target,kind,weight"))
        return "a CSV table";
    if (our_sqlite(b, len))
        return "an SQLite database";
    if (starts(b, len, "{\"cache\":{"))
        return "a scan cache";
    if (starts(b, len, "{\"document\":{"))
        return "the output of refs --json";
    if (starts(b, len, "%PDF-") && within(b + (len > TAIL ? len - TAIL : 0),
                                           len > TAIL ? TAIL : len, "/Producer (kamergraph"))
        return "a PDF picture";
    return NULL;
}
