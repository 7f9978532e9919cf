/* The document model as text: what kamergraph understood of a letter. */
#include "doc.h"
#include "sink.h"
#include <errno.h>
#include <string.h>

static unsigned line_of(const kg_doc *doc, size_t norm)
{
    unsigned line, col;
    kg_text_position(&doc->text, kg_text_original(&doc->text, norm), &line, &col);
    return line;
}

static const char *or_dash(const char *s)
{
    return s && *s ? s : "-";
}

static int same_title(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if ((*a | 0x20) != (*b | 0x20))
            return 0;
    return *a == *b;
}

/* A section heading that comes back later with the same label and title
 * is an entry of the table of contents. */
static int in_toc(const kg_model *m, size_t i)
{
    const kg_block *b = &m->blocks[i];
    for (size_t j = i + 1; j < m->nblocks; j++)
        if (m->blocks[j].kind == KG_BLOCK_SECTION &&
            strcmp(m->blocks[j].label, b->label) == 0 &&
            same_title(m->blocks[j].title, b->title))
            return 1;
    return 0;
}

static void write_meta(const kg_meta *meta, kg_sink *out)
{
    const char *keys[] = {"date", "subject", "reference", "addressee", "minister"};
    const char *vals[] = {meta->date, meta->subject, meta->reference,
                          meta->addressee, meta->minister};
    for (size_t i = 0; i < 5; i++)
        if (vals[i])
            kg_out_printf(out, "meta\t%s\t%s\n", keys[i], vals[i]);
}

static void write_block(const kg_doc *doc, size_t i, kg_sink *out)
{
    const kg_model *m = &doc->model;
    const kg_block *b = &m->blocks[i];
    unsigned line = line_of(doc, b->start);
    switch (b->kind) {
    case KG_BLOCK_MEMBER:
        kg_out_printf(out, "block\t%u\tmember\t%s\t%s\n", line, or_dash(b->asker),
                or_dash(b->party));
        break;
    case KG_BLOCK_SECTION:
        kg_out_printf(out, "block\t%u\t%s\t%s\t%s\n", line, in_toc(m, i) ? "toc" : "section",
                b->label, b->title);
        break;
    case KG_BLOCK_QUESTION:
        kg_out_printf(out, "block\t%u\tquestion\t%u\t%s\t%s\t", line, b->n,
                or_dash(b->asker), or_dash(b->party));
        if (b->answer >= 0)
            kg_out_printf(out, "%u\n", line_of(doc, m->blocks[b->answer].start));
        else
            kg_out_str(out, "-\n");
        break;
    case KG_BLOCK_ANSWER:
        kg_out_printf(out, "block\t%u\tanswer\t%u", line, b->n);
        for (unsigned k = b->n + 1; k <= b->n_to && k - b->n < 100; k++)
            kg_out_printf(out, ",%u", k);
        kg_out_char(out, '\n');
        break;
    }
}

static void write_model(const kg_doc *doc, kg_sink *out)
{
    const kg_model *m = &doc->model;
    write_meta(&m->meta, out);
    for (size_t i = 0; i < m->nblocks; i++)
        write_block(doc, i, out);
    for (size_t i = 0; i < m->nnotes; i++)
        kg_out_printf(out, "footnote\t%u\t%u\t%u\n", m->notes[i].n,
                line_of(doc, m->notes[i].mark_start), line_of(doc, m->notes[i].body_start));
    for (size_t i = 0; i < m->nfurn; i++)
        kg_out_printf(out, "furniture\t%u\t%u\t%s\n", line_of(doc, m->furn[i].start),
                line_of(doc, m->furn[i].end), m->furn[i].what);
}

kg_status kg_doc_write_model(const kg_doc *doc, FILE *out, kg_error *err)
{
    char buf[4096];
    kg_sink o;
    kg_sink_init_stream(&o, out, buf, sizeof buf);
    write_model(doc, &o);
    int e = kg_sink_flush(&o);
    if (e || ferror(out))
        return kg_fail(err, KG_ERR_IO, "%s: cannot write the model: %s", doc->path,
                       strerror(e ? e : errno));
    return KG_OK;
}
