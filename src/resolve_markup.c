/*
 * Markup: where the format already tags a reference (the XML's <extref
 * doc="kst-...">, a link to the publication site), the tag is the truth.
 * The tags are matched to the scanner's references by where they stand in
 * the original text; what they disagree on is a warning, free test data
 * for the scanner.
 */
#include "resolve.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A reference at the reader's span [start, end) of the original text. */
static kg_ref *markup_ref(resolver *R, const char *id, size_t start, size_t end)
{
    kg_doc *doc = R->doc;
    if (kg_grow((void **)&R->norm_at, &R->cap_norm, doc->nrefs, sizeof *R->norm_at))
        return NULL;
    kg_ref *r = kg_doc_new_ref(doc);
    if (!r)
        return NULL;
    R->norm_at[doc->nrefs - 1] = 0;
    r->kind = KG_REF_KAMERSTUK;
    r->id = id;
    r->label = kg_id_label(id);
    r->offset = start;
    r->length = end - start;
    r->text = kg_arena_strndup(doc->arena, doc->text.buf + start, end - start);
    kg_text_position(&doc->text, start, &r->line, &r->col);
    return r;
}

/* A reference that markup may tag, where it stands in the original. */
struct ref_span {
    size_t offset, end, ref;
};

static int by_offset(const void *a, const void *b)
{
    const struct ref_span *x = a, *y = b;
    return x->offset != y->offset ? kg_order(x->offset, y->offset) : kg_order(x->ref, y->ref);
}

/* The first n references but for the document's own and the marker
 * copies, by offset; *longest gets the greatest length. NULL: out of
 * memory. */
static struct ref_span *taggable(const kg_doc *doc, size_t n, size_t *count, size_t *longest)
{
    struct ref_span *spans = malloc((n + 1) * sizeof *spans);
    *count = *longest = 0;
    for (size_t i = 0; spans && i < n; i++) {
        const kg_ref *r = &doc->refs[i];
        if (r->kind == KG_REF_SELF || r->marker_copy)
            continue;
        spans[(*count)++] = (struct ref_span){r->offset, r->offset + r->length, i};
        *longest = r->length > *longest ? r->length : *longest;
    }
    if (spans)
        qsort(spans, *count, sizeof *spans, by_offset);
    return spans;
}

static bool starts_before(const void *entry, const void *off)
{
    return ((const struct ref_span *)entry)->offset < *(const size_t *)off;
}

/* The first reference, in the order found, overlapping [s, e): only those
 * starting less than the longest length before s can. */
static kg_ref *overlapping(resolver *R, const struct ref_span *spans, size_t count,
                           size_t longest, size_t s, size_t e)
{
    size_t from = s > longest ? s - longest : 0, best = SIZE_MAX;
    size_t i = kg_lower_bound(spans, count, sizeof *spans, starts_before, &from, &R->work.looked);
    for (; i < count && spans[i].offset < e; i++, R->work.looked++)
        if (spans[i].end > s && spans[i].ref < best)
            best = spans[i].ref;
    return best == SIZE_MAX ? NULL : &R->doc->refs[best];
}

/* Where the format already tags a reference (<extref doc="kst-...">, a
 * link to the publication site), the tag is the truth: the reference gets
 * its id (resolved_by "markup"), and where the scanner saw otherwise, a
 * warning says so: free test data for the scanner. -1: out of memory. */
int kg_resolve_markup(resolver *R)
{
    kg_doc *doc = R->doc;
    size_t count, longest;
    struct ref_span *spans = doc->nmarkup ? taggable(doc, doc->nrefs, &count, &longest) : NULL;
    if (doc->nmarkup && !spans)
        return -1;
    for (size_t m = 0; m < doc->nmarkup; m++) {
        size_t s = doc->markup[m].start, e = doc->markup[m].end;
        const char *id = doc->markup[m].id;
        unsigned line, col;
        kg_text_position(&doc->text, s, &line, &col);
        if (!kg_is_kst_id(id)) {
            /* the id is the file's bytes: at most one line of them */
            int shown = (int)strcspn(id, "\r\n");
            kg_doc_warn(doc, "%s:%u:%u: the markup cites '%.*s', which is not a Kamerstuk id",
                        doc->path, line, col, shown < 60 ? shown : 60, id);
            continue;
        }
        kg_ref *hit = overlapping(R, spans, count, longest, s, e);
        if (!hit) {
            kg_doc_warn(doc, "%s:%u:%u: the markup cites %s where the scanner found nothing",
                        doc->path, line, col, id);
            hit = markup_ref(R, id, s, e);
        } else if (strcmp(hit->id, id) != 0) {
            kg_doc_warn(doc, "%s:%u:%u: the markup cites %s, the scanner read %s", doc->path,
                        line, col, id, hit->id);
            hit->id = id;
            hit->label = kg_id_label(id);
        }
        if (hit)
            hit->resolved_by = KG_RESOLVED_MARKUP;
    }
    free(spans);
    return 0;
}
