/*
 * The DOCX reader: a ZIP (libzip, from memory, read-only) holding
 * WordprocessingML parts (libxml2). word/document.xml gives the text, one
 * paragraph a line; word/footnotes.xml the notes, written in the shape of
 * Word's plain-text export ("...2025[footnoteRef:1].  [1:  note ]");
 * docProps/core.xml the title and, when it is one, the kst- id.
 *
 * A DOCX comes from anywhere, so the reader trusts nothing in it: parts are
 * refused before decompression when their stated size is too large, reading
 * stops when the data outgrows the stated size, XML is parsed without the
 * network, without entity substitution and with libxml2's default limits,
 * and a part with a DTD is refused (OPC forbids DTDs; Word never writes one).
 */
#include "footnote_shape.h"
#include "id.h"
#include "reader.h"
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_NS_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define DC_NS "http://purl.org/dc/elements/1.1/"

#define PART_DOCUMENT "word/document.xml"
#define PART_FOOTNOTES "word/footnotes.xml"
#define PART_CORE "docProps/core.xml"

/* libxml2 2.12 made the error argument const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *kg_xml_error_ptr;
#else
typedef xmlErrorPtr kg_xml_error_ptr;
#endif

/* ---- sizes in messages ------------------------------------------------- */

/* "1.2 GB", "300 MB", "512 bytes": what a person reads in a refusal.
 * Rounded up, so that a size past the limit never reads as the limit. */
static void human_size(size_t n, char *buf, size_t cap)
{
    static const char *const units[] = {"KB", "MB", "GB"};
    double v = (double)n;
    int u = -1;
    while (u < 2 && v >= 1024.0) {
        v /= 1024.0;
        u++;
    }
    v = ceil(v * 10.0) / 10.0;
    if (u < 0)
        snprintf(buf, cap, "%zu bytes", n);
    else if (v == floor(v))
        snprintf(buf, cap, "%.0f %s", v, units[u]);
    else
        snprintf(buf, cap, "%.1f %s", v, units[u]);
}

/* ---- the ZIP ------------------------------------------------------------ */

/* One part to read: its index in the archive and its stated size. */
typedef struct {
    const char *name;
    zip_int64_t index;      /* -1: not in the archive */
    size_t size;
} docx_part;

static kg_status open_zip(const char *path, const unsigned char *bytes,
                          size_t len, zip_t **za, kg_error *err)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
    if (src) {
        *za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
        if (!*za)
            zip_source_free(src);   /* not taken over when the open fails */
    }
    kg_status st = KG_OK;
    if (!src || !*za)
        st = zip_error_code_zip(&ze) == ZIP_ER_MEMORY
                 ? kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path)
                 : kg_fail(err, KG_ERR_INPUT, "%s: damaged or not a ZIP file: %s",
                           path, zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return st;
}

/* Finds the part and its stated size; refuses one too large to read. */
static kg_status locate_part(const char *path, zip_t *za, docx_part *p,
                             kg_error *err)
{
    p->index = zip_name_locate(za, p->name, 0);
    p->size = 0;
    if (p->index < 0)
        return KG_OK;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(za, (zip_uint64_t)p->index, 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE))
        return kg_fail(err, KG_ERR_INPUT, "%s: damaged ZIP file: no size for %s",
                       path, p->name);
    if (st.size > KG_MAX_PART) {
        char got[32], max[32];
        human_size(st.size > SIZE_MAX ? SIZE_MAX : (size_t)st.size, got, sizeof got);
        human_size(KG_MAX_PART, max, sizeof max);
        return kg_fail(err, KG_ERR_INPUT,
                       "%s: refused: %s would decompress to %s (limit %s)",
                       path, p->name, got, max);
    }
    p->size = (size_t)st.size;
    return KG_OK;
}

/* Locates every part, and refuses before decompressing anything when the
 * parts together would pass the limit. */
static kg_status locate_parts(const char *path, zip_t *za, docx_part *parts,
                              size_t n, kg_error *err)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        kg_status st = locate_part(path, za, &parts[i], err);
        if (st != KG_OK)
            return st;
        total += parts[i].size;     /* each <= KG_MAX_PART: no overflow */
    }
    if (parts[0].index < 0)
        return kg_fail(err, KG_ERR_INPUT, "%s: not a DOCX file: no %s", path,
                       parts[0].name);
    if (total > KG_MAX_PART) {
        char got[32], max[32];
        human_size(total, got, sizeof got);
        human_size(KG_MAX_PART, max, sizeof max);
        return kg_fail(err, KG_ERR_INPUT,
                       "%s: refused: its parts would decompress to %s together "
                       "(limit %s)", path, got, max);
    }
    return KG_OK;
}

/* Room for `want` bytes and a NUL; false when out of memory. */
static bool reserve(char **buf, size_t *cap, size_t want)
{
    if (want <= *cap)
        return true;
    char *q = realloc(*buf, want + 1);
    if (!q)
        return false;
    *buf = q;
    *cap = want;
    return true;
}

/* Reads into a buffer grown as data arrives (a stated size is only a
 * claim), up to one byte past the stated size to catch a header that
 * lies. */
static kg_status read_all(const char *path, zip_file_t *zf, const docx_part *p,
                          char **data, size_t *len, kg_error *err)
{
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        size_t want = n < 32768 ? 65536 : 2 * n;
        if (want > p->size + 1)
            want = p->size + 1;
        if (n == cap && !reserve(&buf, &cap, want)) {
            free(buf);
            return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
        }
        zip_int64_t got = zip_fread(zf, buf + n, cap - n);
        if (got < 0) {
            free(buf);
            return kg_fail(err, KG_ERR_INPUT, "%s: damaged ZIP file: %s: %s",
                           path, p->name, zip_file_strerror(zf));
        }
        n += (size_t)got;
        if (n > p->size) {
            free(buf);
            return kg_fail(err, KG_ERR_INPUT, "%s: refused: %s decompresses to "
                           "more than the %zu bytes its header states", path,
                           p->name, p->size);
        }
        if (got == 0)
            break;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return KG_OK;
}

/* The bytes of a located part, NUL-terminated; *data stays NULL when the
 * part is absent. */
static kg_status read_part(const char *path, zip_t *za, const docx_part *p,
                           char **data, size_t *len, kg_error *err)
{
    *data = NULL;
    *len = 0;
    if (p->index < 0)
        return KG_OK;
    zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)p->index, 0);
    if (!zf)
        return kg_fail(err, KG_ERR_INPUT, "%s: cannot read %s: %s", path,
                       p->name, zip_strerror(za));
    kg_status st = read_all(path, zf, p, data, len, err);
    zip_fclose(zf);
    if (st == KG_OK && *len < p->size) {
        free(*data);
        *data = NULL;
        st = kg_fail(err, KG_ERR_INPUT, "%s: damaged ZIP file: %s is shorter "
                     "than its header states", path, p->name);
    }
    return st;
}

/* ---- XML --------------------------------------------------------------- */

/* The first error libxml2 reports, kept for our message instead of being
 * printed on stderr. */
typedef struct {
    char msg[200];
    int line;
    bool have, fatal;
} xml_errors;

static void keep_first_error(void *ctx, kg_xml_error_ptr e)
{
    xml_errors *x = ctx;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    /* The first fatal error is what stopped the parse; say that one. */
    if (x->have && (x->fatal || e->level != XML_ERR_FATAL))
        return;
    snprintf(x->msg, sizeof x->msg, "%s", e->message ? e->message : "malformed");
    size_t n = strlen(x->msg);
    while (n && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
        x->msg[--n] = '\0';
    x->line = e->line;
    x->have = true;
    x->fatal = e->level == XML_ERR_FATAL;
}

static void ignore_generic(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    (void)fmt;
}

/* Parses one part: no network, no entity substitution, no DTD loading,
 * libxml2's default size and depth limits; libxml2's messages are caught
 * and the caller's handlers are put back afterwards. */
static kg_status parse_part(const char *path, const char *name, const char *data,
                            size_t len, xmlDoc **doc, kg_error *err)
{
    xml_errors x = {.have = false};
    xmlStructuredErrorFunc old_s = xmlStructuredError;
    void *old_sctx = xmlStructuredErrorContext;
    xmlGenericErrorFunc old_g = xmlGenericError;
    void *old_gctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(&x, keep_first_error);
    xmlSetGenericErrorFunc(NULL, ignore_generic);
    *doc = len > INT_MAX ? NULL
                         : xmlReadMemory(data, (int)len, name, NULL,
                                         XML_PARSE_NONET | XML_PARSE_COMPACT);
    xmlSetStructuredErrorFunc(old_sctx, old_s);
    xmlSetGenericErrorFunc(old_gctx, old_g);
    if (*doc && (*doc)->intSubset) {
        xmlFreeDoc(*doc);
        *doc = NULL;
        return kg_fail(err, KG_ERR_INPUT, "%s: refused: %s declares a DTD "
                       "(not allowed in a DOCX)", path, name);
    }
    if (*doc)
        return KG_OK;
    if (x.have)
        return kg_fail(err, KG_ERR_INPUT, "%s: bad XML in %s: line %d: %s", path,
                       name, x.line, x.msg);
    return kg_fail(err, KG_ERR_INPUT, "%s: bad XML in %s", path, name);
}

/* In WordprocessingML, transitional (what Word writes) or strict. */
static bool in_w_ns(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->ns || !n->ns->href)
        return false;
    const char *ns = (const char *)n->ns->href;
    return strcmp(ns, W_NS) == 0 || strcmp(ns, W_NS_STRICT) == 0;
}

static bool is_w(const xmlNode *n, const char *local)
{
    return in_w_ns(n) && strcmp((const char *)n->name, local) == 0;
}

static bool in_ns(const xmlNode *n, const char *ns, const char *local)
{
    return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           strcmp((const char *)n->ns->href, ns) == 0 &&
           strcmp((const char *)n->name, local) == 0;
}

/* The value of attribute w:NAME (or NAME without namespace), without
 * copying it; NULL when absent. */
static const char *w_attr(const xmlNode *n, const char *local)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (strcmp((const char *)a->name, local) != 0)
            continue;
        if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
            return (const char *)a->children->content;
        return "";
    }
    return NULL;
}

/* ---- the text ------------------------------------------------------------- */

/* One real footnote: its w:id, its text on one line, and the number the
 * document shows for it (0 until its first reference). */
typedef struct {
    long id;
    char *text;
    unsigned shown;
} docx_note;

/* A note by its w:id, for the markers to search. */
typedef struct {
    long id;
    size_t note;
} note_by_id;

typedef struct {
    kg_sink *out;
    docx_note *notes;       /* NULL while rendering a note itself */
    size_t nnotes;
    note_by_id *by_id;      /* the notes by (w:id, order) */
    unsigned next_shown;
    size_t *pending;        /* notes whose marker stands in this paragraph */
    size_t npending, cappending;
    bool nomem;
    kg_work work;           /* looked: notes read by find_note (kg_reading) */
} docx_walk;

/* Elements whose content Word does not show as text: properties (every
 * w:*Pr, where w:tabs also holds w:tab), field codes, deleted text. */
static bool hidden(const xmlNode *n)
{
    static const char *const skip[] = {"instrText", "delInstrText", "delText",
                                       "del", "moveFrom", "tblGrid", NULL};
    size_t len = strlen((const char *)n->name);
    if (len > 2 && strcmp((const char *)n->name + len - 2, "Pr") == 0)
        return true;
    for (size_t i = 0; skip[i]; i++)
        if (strcmp((const char *)n->name, skip[i]) == 0)
            return true;
    return false;
}

/* A line break inside a paragraph, as Word shows it. */
static void line_break(kg_sink *b)
{
    kg_out_trim(b, " ");
    kg_out_char(b, '\n');
}

static int by_id_then_order(const void *a, const void *b)
{
    const note_by_id *x = a, *y = b;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return kg_order(x->note, y->note);
}

/* The notes by w:id, so that each marker searches instead of walking all
 * notes; NULL: out of memory. */
static note_by_id *index_notes(const docx_note *notes, size_t n)
{
    note_by_id *by = malloc((n + 1) * sizeof *by);
    for (size_t i = 0; by && i < n; i++)
        by[i] = (note_by_id){notes[i].id, i};
    if (by)
        qsort(by, n, sizeof *by, by_id_then_order);
    return by;
}

static bool id_before(const void *entry, const void *id)
{
    return ((const note_by_id *)entry)->id < *(const long *)id;
}

/* The first note (in the footnotes part) with w:id id, or NULL. */
static docx_note *find_note(docx_walk *w, long id)
{
    size_t i = kg_lower_bound(w->by_id, w->nnotes, sizeof *w->by_id, id_before, &id,
                              &w->work.looked);
    return i < w->nnotes && w->by_id[i].id == id ? &w->notes[w->by_id[i].note] : NULL;
}

/* "[footnoteRef:K]" where the reference stands; the note's text follows at
 * the end of the paragraph of its first reference. */
static void footnote_marker(docx_walk *w, const xmlNode *n)
{
    const char *id = w_attr(n, "id");
    if (!w->notes || !id)
        return;
    char *end;
    long v = strtol(id, &end, 10);
    docx_note *note = end != id ? find_note(w, v) : NULL;
    if (!note)
        return;                 /* a reference to nothing: Word shows nothing */
    if (!note->shown) {
        note->shown = ++w->next_shown;
        if (kg_grow((void **)&w->pending, &w->cappending, w->npending,
                    sizeof *w->pending) != 0) {
            w->nomem = true;
            return;
        }
        w->pending[w->npending++] = (size_t)(note - w->notes);
    }
    char number[16];
    snprintf(number, sizeof number, "%u", note->shown);
    kg_note_write_mark(w->out, number);
}

/* "  [K:  text ]" for each note marked in the paragraph just ended. */
static void flush_notes(docx_walk *w)
{
    for (size_t i = 0; i < w->npending; i++) {
        const docx_note *note = &w->notes[w->pending[i]];
        char number[16];
        snprintf(number, sizeof number, "%u", note->shown);
        kg_note_write_text(w->out, number, note->text);
    }
    w->npending = 0;
}

static void add_text_children(kg_sink *b, const xmlNode *t)
{
    /* Only text: an entity reference (never in a DOCX) is not followed,
     * so its content can neither leak a file nor multiply. */
    for (const xmlNode *c = t->children; c; c = c->next)
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            kg_out_str(b, (const char *)c->content);
}

static void walk(docx_walk *w, const xmlNode *n);

static void walk_children(docx_walk *w, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            walk(w, c);
}

/* Paragraphs are lines (a nested one, in a text box, gets lines of its
 * own); runs give their text, tabs and breaks. */
static void walk(docx_walk *w, const xmlNode *n)
{
    if (in_ns(n, MC_NS, "Fallback"))
        return;                 /* the same content again, for old readers */
    bool word = in_w_ns(n);
    if (word && hidden(n))
        return;
    if (!word) {
        walk_children(w, n);    /* drawings may hold text boxes */
    } else if (is_w(n, "p")) {
        kg_out_newline(w->out);
        walk_children(w, n);
        if (w->notes)
            flush_notes(w);
        kg_out_newline(w->out);
    } else if (is_w(n, "t")) {
        add_text_children(w->out, n);
    } else if (is_w(n, "tab") || is_w(n, "ptab")) {
        kg_out_char(w->out, '\t');
    } else if (is_w(n, "br") || is_w(n, "cr")) {
        line_break(w->out);
    } else if (is_w(n, "noBreakHyphen")) {
        kg_out_char(w->out, '-');
    } else if (is_w(n, "footnoteReference")) {
        footnote_marker(w, n);
    } else {
        walk_children(w, n);
    }
}

/* ---- footnotes ------------------------------------------------------------ */

static void free_notes(docx_note *notes, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(notes[i].text);
    free(notes);
}

/* A note's text squeezed to one line, without space at either end. */
static char *note_text(const xmlNode *fn)
{
    kg_sink raw = {0}, one = {0};
    docx_walk w = {.out = &raw};
    size_t len;
    walk_children(&w, fn);
    kg_out_squeezed(&one, kg_sink_cstr(&raw));
    one.error = one.error ? one.error : raw.error;
    kg_sink_release(&raw);
    kg_out_trim(&one, " ");
    kg_sink_cstr(&one);                 /* an empty note is "", not NULL */
    return kg_sink_take(&one, &len);
}

/* The real footnotes (separators and continuation notices have w:type). */
static int collect_notes(const xmlDoc *doc, docx_note **notes, size_t *n)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    size_t cap = 0;
    *notes = NULL;
    *n = 0;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        const char *id = is_w(c, "footnote") ? w_attr(c, "id") : NULL;
        const char *type = id ? w_attr(c, "type") : NULL;
        if (!id || (type && strcmp(type, "normal") != 0))
            continue;
        char *end;
        long v = strtol(id, &end, 10);
        if (end == id)
            continue;
        if (kg_grow((void **)notes, &cap, *n, sizeof **notes) != 0)
            return -1;
        char *text = note_text(c);
        if (!text)
            return -1;
        (*notes)[(*n)++] = (docx_note){v, text, 0};
    }
    return 0;
}

static kg_status read_notes(const char *path, const char *data, size_t len,
                            docx_note **notes, size_t *n, kg_error *err)
{
    *notes = NULL;
    *n = 0;
    if (!data)
        return KG_OK;
    xmlDoc *doc;
    kg_status st = parse_part(path, PART_FOOTNOTES, data, len, &doc, err);
    if (st != KG_OK)
        return st;
    if (collect_notes(doc, notes, n) != 0) {
        free_notes(*notes, *n);
        *notes = NULL;
        *n = 0;
        st = kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    }
    xmlFreeDoc(doc);
    return st;
}

/* ---- metadata ------------------------------------------------------------- */

/* The element's text squeezed, or NULL when empty. */
static char *squeezed_text(const xmlNode *n, bool *nomem)
{
    kg_sink b = {0};
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            kg_out_squeezed(&b, (const char *)c->content);
    kg_out_trim(&b, " ");
    if (b.error)
        *nomem = true;
    if (b.error || b.n == 0) {
        kg_sink_release(&b);
        return NULL;
    }
    size_t len;
    return kg_sink_take(&b, &len);
}

/* dc:title is the subject; dc:identifier the id when it is a kst- id. The
 * created and modified dates are when the file was made, not the letter's
 * date, so out->date stays NULL. */
static kg_status read_core(const char *path, const char *data, size_t len,
                           kg_reading *out, kg_error *err)
{
    if (!data)
        return KG_OK;
    xmlDoc *doc;
    kg_status st = parse_part(path, PART_CORE, data, len, &doc, err);
    if (st != KG_OK)
        return st;
    bool nomem = false;
    const xmlNode *root = xmlDocGetRootElement(doc);
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!out->subject && in_ns(c, DC_NS, "title")) {
            out->subject = squeezed_text(c, &nomem);
        } else if (!out->id && in_ns(c, DC_NS, "identifier")) {
            char *id = squeezed_text(c, &nomem);
            if (id && !kg_is_kst_id(id)) {
                free(id);
                id = NULL;
            }
            out->id = id;
        }
    }
    xmlFreeDoc(doc);
    return nomem ? kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path) : KG_OK;
}

/* ---- the reader ------------------------------------------------------------ */

static kg_status read_document(const char *path, const char *data, size_t len,
                               docx_note *notes, size_t nnotes, kg_reading *out,
                               kg_error *err)
{
    xmlDoc *doc;
    kg_status st = parse_part(path, PART_DOCUMENT, data, len, &doc, err);
    if (st != KG_OK)
        return st;
    docx_walk w = {.out = &out->text, .notes = notes, .nnotes = nnotes};
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (notes && !(w.by_id = index_notes(notes, nnotes)))
        w.nomem = true;
    else if (root)
        walk(&w, root);
    kg_out_newline(&out->text);
    out->work.looked += w.work.looked;
    free(w.by_id);
    free(w.pending);
    xmlFreeDoc(doc);
    if (w.nomem || out->text.error)
        return kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path);
    return KG_OK;
}

/* The three parts, read and turned into the reading. */
static kg_status read_parts(const char *path, zip_t *za, kg_reading *out,
                            kg_error *err)
{
    docx_part parts[] = {{PART_DOCUMENT, -1, 0}, {PART_FOOTNOTES, -1, 0},
                         {PART_CORE, -1, 0}};
    char *data[3] = {NULL, NULL, NULL};
    size_t len[3] = {0, 0, 0};
    docx_note *notes = NULL;
    size_t nnotes = 0;
    kg_status st = locate_parts(path, za, parts, 3, err);
    for (size_t i = 0; i < 3 && st == KG_OK; i++)
        st = read_part(path, za, &parts[i], &data[i], &len[i], err);
    if (st == KG_OK)
        st = read_notes(path, data[1], len[1], &notes, &nnotes, err);
    if (st == KG_OK)
        st = read_document(path, data[0], len[0], notes, nnotes, out, err);
    if (st == KG_OK)
        st = read_core(path, data[2], len[2], out, err);
    free_notes(notes, nnotes);
    for (size_t i = 0; i < 3; i++)
        free(data[i]);
    return st;
}

kg_status kg_read_docx(const char *path, const unsigned char *bytes, size_t len,
                       kg_reading *out, kg_error *err)
{
    zip_t *za = NULL;
    kg_status st = open_zip(path, bytes, len, &za, err);
    if (st != KG_OK)
        return st;
    out->format = "docx";
    st = read_parts(path, za, out, err);
    zip_discard(za);
    if (st != KG_OK)
        kg_reading_free(out);   /* nothing half-read is left to the caller */
    return st;
}
