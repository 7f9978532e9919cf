/*
 * A document as JSON Lines, and back: what `refs --json` prints, what
 * `merge` reads and what `scan --cache` keeps. One line describes the
 * document, one line each of its questions, then one line per reference.
 * Everything the graph is built from is there, so a graph built from the
 * lines is byte-identical to one built by scanning. And a reference as
 * the TSV line `refs --tsv` prints, the other form other tools read.
 */
#include "doc.h"
#include "escape.h"
#include "json.h"
#include <stdlib.h>
#include <string.h>

/* ---- writing --------------------------------------------------------------- */

static void put_fields(kg_sink *out, const char *const *names, const char *const *values,
                       size_t n)
{
    for (size_t i = 0; i < n; i++) {
        kg_out_printf(out, "%s\"%s\":", i ? "," : "", names[i]);
        kg_esc_json(out, values[i]);
    }
}

static void write_document(const kg_doc *doc, kg_sink *out)
{
    const kg_meta *m = &doc->model.meta;
    const char *names[] = {"file", "id", "publication_id", "label", "url", "dossier",
                           "format", "date", "subject", "reference", "addressee",
                           "minister"};
    const char *values[] = {doc->path, doc->id, kg_doc_publication_id(doc), doc->label,
                            doc->url, doc->dossier, doc->format, m->date, m->subject,
                            m->reference, m->addressee, m->minister};
    kg_out_str(out, "{\"document\":{");
    put_fields(out, names, values, sizeof names / sizeof *names);
    kg_out_str(out, "}}\n");
}

static void write_questions(const kg_doc *doc, kg_sink *out)
{
    for (size_t i = 0; i < doc->model.nblocks; i++) {
        const kg_block *b = &doc->model.blocks[i];
        if (b->kind != KG_BLOCK_QUESTION)
            continue;
        kg_out_str(out, "{\"question\":{\"doc\":");
        kg_esc_json(out, doc->id);
        kg_out_printf(out, ",\"n\":%u,\"asker\":", b->n);
        kg_esc_json(out, b->asker);
        kg_out_str(out, ",\"party\":");
        kg_esc_json(out, b->party);
        kg_out_str(out, "}}\n");
    }
}

static void write_ref(const char *file, const kg_ref *r, kg_sink *out)
{
    kg_out_str(out, "{\"file\":");
    kg_esc_json(out, file);
    kg_out_printf(out, ",\"line\":%u,\"col\":%u,\"offset\":%zu,\"length\":%zu,\"kind\":\"%s\"",
                  r->line, r->col, r->offset, r->length, kg_ref_kind_name(r->kind));
    const char *names[] = {"id", "text", "label", "kamer", "vergaderjaar", "dossier",
                           "toevoeging", "ondernummer", "year", "date", "dossier_id",
                           "joint_dossier_id", "pages", "resolved_by", "evidence", "alias",
                           "block"};
    const kg_ref_parts *p = &r->parts;
    const char *values[] = {r->id, r->text, r->label, p->kamer, p->vergaderjaar, p->dossier,
                            p->toevoeging, p->ondernummer, p->year, p->date, p->dossier_id,
                            p->joint_dossier_id, r->pages, kg_resolution_name(r->resolved_by),
                            r->evidence, r->alias, r->block};
    kg_out_char(out, ',');
    put_fields(out, names, values, sizeof names / sizeof *names);
    kg_out_str(out, ",\"footnote\":");
    if (r->footnote)
        kg_out_printf(out, "%u", r->footnote);
    else
        kg_out_str(out, "null");
    kg_out_printf(out, ",\"marker_copy\":%s,\"suspect\":%s}\n", r->marker_copy ? "true" : "false",
                  r->suspect ? "true" : "false");
}

/* The public functions write to a FILE, through a sink of their own that
 * hands its bytes on to the FILE's buffer (no fflush: refs --json writes
 * a line per reference). */
void kg_ref_write_json(const char *file, const kg_ref *r, FILE *out)
{
    char buf[4096];
    kg_sink o;
    kg_sink_init_stream(&o, out, buf, sizeof buf);
    write_ref(file, r, &o);
    kg_sink_flush(&o);
}

void kg_ref_write_tsv(const char *file, const kg_ref *r, FILE *out)
{
    char buf[4096];
    kg_sink o;
    kg_sink_init_stream(&o, out, buf, sizeof buf);
    kg_esc_tsv(&o, file);
    kg_out_printf(&o, "\t%u\t%u\t%s\t", r->line, r->col, kg_ref_kind_name(r->kind));
    kg_esc_tsv(&o, r->id);
    kg_out_char(&o, '\t');
    kg_esc_tsv(&o, r->text);
    kg_out_char(&o, '\n');
    kg_sink_flush(&o);
}

void kg_doc_write_json_head(const kg_doc *doc, FILE *out)
{
    char buf[4096];
    kg_sink o;
    kg_sink_init_stream(&o, out, buf, sizeof buf);
    write_document(doc, &o);
    write_questions(doc, &o);
    kg_sink_flush(&o);
}

kg_status kg_doc_write_json(const kg_doc *doc, FILE *out, kg_error *err)
{
    char buf[4096];
    kg_sink o;
    kg_sink_init_stream(&o, out, buf, sizeof buf);
    write_document(doc, &o);
    write_questions(doc, &o);
    for (size_t i = 0; i < doc->nrefs; i++)
        write_ref(doc->path, &doc->refs[i], &o);
    if (kg_sink_flush(&o) || ferror(out))
        return kg_fail(err, KG_ERR_IO, "%s: cannot write JSON", doc->path);
    return KG_OK;
}

/* ---- reading ----------------------------------------------------------------- */

struct kg_json_docs {
    FILE *in;
    char *name;
    char *line;             /* the line read ahead, or NULL */
    size_t cap;
    unsigned lineno;
    kg_arena *scratch;
};

kg_json_docs *kg_json_docs_open(FILE *in, const char *name)
{
    kg_json_docs *r = calloc(1, sizeof *r);
    if (r && !(r->name = strdup(name))) {
        free(r);
        return NULL;
    }
    if (r)
        r->in = in;
    return r;
}

void kg_json_docs_close(kg_json_docs *r)
{
    if (!r)
        return;
    free(r->line);
    free(r->name);
    kg_arena_free(r->scratch);
    free(r);
}

/* The next non-empty line into r->line; false at the end. */
static bool next_line(kg_json_docs *r)
{
    for (;;) {
        ssize_t n = getline(&r->line, &r->cap, r->in);
        if (n < 0)
            return false;
        r->lineno++;
        if (r->line[strspn(r->line, " \t\r\n")] != '\0')
            return true;
    }
}

static const char *dup(kg_doc *doc, const char *s)
{
    return s ? kg_arena_strndup(doc->arena, s, strlen(s)) : NULL;
}

static void read_document(kg_doc *doc, const kg_json_object *d)
{
    doc->id = dup(doc, kg_json_string(d, "id"));
    doc->key = doc->id;
    /* absent from a cache written before it: a kst- id still counts */
    doc->meta_id = dup(doc, kg_json_string(d, "publication_id"));
    doc->label = dup(doc, kg_json_string(d, "label"));
    doc->url = dup(doc, kg_json_string(d, "url"));
    doc->dossier = dup(doc, kg_json_string(d, "dossier"));
    doc->format = dup(doc, kg_json_string(d, "format"));
    kg_meta *m = &doc->model.meta;
    m->date = dup(doc, kg_json_string(d, "date"));
    m->subject = dup(doc, kg_json_string(d, "subject"));
    m->reference = dup(doc, kg_json_string(d, "reference"));
    m->addressee = dup(doc, kg_json_string(d, "addressee"));
    m->minister = dup(doc, kg_json_string(d, "minister"));
}

static int read_question(kg_doc *doc, const kg_json_object *q)
{
    kg_block *b = kg_model_add_block(doc, KG_BLOCK_QUESTION, 0);
    if (!b)
        return -1;
    b->n = (unsigned)kg_json_number(q, "n");
    b->asker = dup(doc, kg_json_string(q, "asker"));
    b->party = dup(doc, kg_json_string(q, "party"));
    kg_model_key_asker(doc, b);
    return 0;
}

static kg_ref_kind kind_named(const char *name)
{
    for (int k = 0; k < KG_REF_KIND_COUNT; k++)
        if (name && strcmp(kg_ref_kind_name((kg_ref_kind)k), name) == 0)
            return (kg_ref_kind)k;
    return KG_REF_KIND_COUNT;
}

static int read_ref(kg_doc *doc, const kg_json_object *o)
{
    kg_ref_kind kind = kind_named(kg_json_string(o, "kind"));
    if (kind == KG_REF_KIND_COUNT || !kg_json_string(o, "id"))
        return -1;
    kg_ref *r = kg_doc_new_ref(doc);
    if (!r)
        return -1;
    r->kind = kind;
    r->line = (unsigned)kg_json_number(o, "line");
    r->col = (unsigned)kg_json_number(o, "col");
    r->offset = (size_t)kg_json_number(o, "offset");
    r->length = (size_t)kg_json_number(o, "length");
    r->id = dup(doc, kg_json_string(o, "id"));
    r->text = dup(doc, kg_json_string(o, "text"));
    r->label = dup(doc, kg_json_string(o, "label"));
    kg_ref_parts *p = &r->parts;
    p->kamer = dup(doc, kg_json_string(o, "kamer"));
    p->vergaderjaar = dup(doc, kg_json_string(o, "vergaderjaar"));
    p->dossier = dup(doc, kg_json_string(o, "dossier"));
    p->toevoeging = dup(doc, kg_json_string(o, "toevoeging"));
    p->ondernummer = dup(doc, kg_json_string(o, "ondernummer"));
    p->year = dup(doc, kg_json_string(o, "year"));
    p->date = dup(doc, kg_json_string(o, "date"));
    p->dossier_id = dup(doc, kg_json_string(o, "dossier_id"));
    p->joint_dossier_id = dup(doc, kg_json_string(o, "joint_dossier_id"));
    r->pages = dup(doc, kg_json_string(o, "pages"));
    const char *how = kg_json_string(o, "resolved_by");
    if (how && !kg_resolution_parse(how, &r->resolved_by))
        return -1;
    r->evidence = dup(doc, kg_json_string(o, "evidence"));
    r->block = dup(doc, kg_json_string(o, "block"));
    /* A letter that refs tied across its run is read back as its document
     * left it: merge and the cache decide across their own corpus. */
    const char *alias = kg_json_string(o, "alias");
    if (alias) {
        r->id = dup(doc, alias);
        r->resolved_by = KG_RESOLVED_NONE;
        r->evidence = NULL;
    }
    r->footnote = (unsigned)kg_json_number(o, "footnote");
    r->marker_copy = kg_json_bool(o, "marker_copy");
    r->suspect = kg_json_bool(o, "suspect");
    return 0;
}

/* Parses r->line; NULL with err set when it is not ours. */
static kg_json_object *parse(kg_json_docs *r, kg_json_object *obj, kg_error *err)
{
    kg_arena_free(r->scratch);
    r->scratch = kg_arena_create();
    if (!r->scratch || !kg_json_parse_line(r->scratch, r->line, obj)) {
        kg_fail(err, KG_ERR_INPUT, "%s:%u: not a line of kamergraph JSON", r->name, r->lineno);
        return NULL;
    }
    return obj;
}

kg_doc *kg_json_docs_next(kg_json_docs *r, kg_error *err)
{
    kg_json_object *obj = malloc(sizeof *obj);
    kg_doc *doc = NULL;
    if (!obj) {
        kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", r->name);
        return NULL;
    }
    err->code = KG_OK;
    if (!r->line && !next_line(r))
        goto done;                      /* the end */
    const kg_json_value *d;
    if (!parse(r, obj, err) || !(d = kg_json_get(obj, "document")) || d->type != KG_JSON_OBJECT) {
        if (err->code == KG_OK)
            kg_fail(err, KG_ERR_INPUT, "%s:%u: expected a \"document\" line (from refs --json)",
                    r->name, r->lineno);
        goto done;
    }
    const char *file = kg_json_string(d->object, "file");
    if (!(doc = kg_doc_blank(file ? file : r->name, err)))
        goto done;
    read_document(doc, d->object);
    while (next_line(r)) {
        if (!parse(r, obj, err))
            goto fail;
        const kg_json_value *q = kg_json_get(obj, "question");
        if (kg_json_get(obj, "document"))
            goto index;                 /* the next document: keep its line */
        if ((q && q->type == KG_JSON_OBJECT ? read_question(doc, q->object) : read_ref(doc, obj)) != 0) {
            kg_fail(err, KG_ERR_INPUT, "%s:%u: not a reference of kamergraph JSON", r->name,
                    r->lineno);
            goto fail;
        }
    }
    free(r->line);
    r->line = NULL;
    r->cap = 0;
index:                                  /* its questions are all read */
    if (kg_model_index(&doc->model) == 0)
        goto done;
    kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", r->name);
fail:
    kg_doc_free(doc);
    doc = NULL;
done:
    free(obj);
    return doc;
}
