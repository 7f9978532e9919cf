/* Internal references: "zie antwoord op vraag van het lid X",
 * "vraag 3", "de vragen hierboven". */
#include "resolve.h"
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The highest question number; UINT_MAX when the document has no question
 * headings, so that its word is trusted. */
static unsigned last_question(const kg_model *m)
{
    return m->nquestions ? m->last_number : UINT_MAX;
}

static int by_key_page_order(const void *a, const void *b)
{
    const struct paged_question *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return x->page != y->page ? kg_order(x->page, y->page) : kg_order(x->block, y->block);
}

/* The questions with an asker by key and page, once for all the
 * references that name pages; -1: out of memory. */
static int index_pages(resolver *R)
{
    const kg_model *m = &R->doc->model;
    R->paged = malloc((m->nblocks + 1) * sizeof *R->paged);
    if (!R->paged)
        return -1;
    for (size_t i = 0; i < m->nblocks; i++) {
        const kg_block *b = &m->blocks[i];
        R->work.looked++;
        if (b->kind == KG_BLOCK_QUESTION && b->asker && b->asker_key)
            R->paged[R->npaged++] = (struct paged_question){
                b->asker_key, kg_model_page_at(R->doc, b->start), i};
    }
    qsort(R->paged, R->npaged, sizeof *R->paged, by_key_page_order);
    return 0;
}

/* Whether the entry stands before (key, page) or, the next, at it. */
static bool paged_before(const void *entry, const void *key)
{
    const struct paged_question *x = entry, *k = key;
    int c = strcmp(x->key, k->key);
    return c < 0 || (c == 0 && x->page < k->page);
}

static bool paged_not_after(const void *entry, const void *key)
{
    const struct paged_question *x = entry, *k = key;
    int c = strcmp(x->key, k->key);
    return c < 0 || (c == 0 && x->page <= k->page);
}

/* Where (key, page) stands in R->paged: the first entry for which
 * `before` no longer holds. */
static size_t paged_at(resolver *R, bool (*before)(const void *, const void *),
                       const char *key, unsigned page)
{
    struct paged_question k = {key, page, 0};
    return kg_lower_bound(R->paged, R->npaged, sizeof *R->paged, before, &k, &R->work.looked);
}

/* Of the member's questions, the one on the pages the reference names
 * ("op pagina 5 en 6"), when the page footers tell the pages and exactly
 * one question stands there. */
static const kg_block *on_pages(resolver *R, const kg_cite *c)
{
    if (!c->pages.len)
        return NULL;
    unsigned from = (unsigned)atoi(R->text + c->pages.off), to = from;
    for (size_t i = c->pages.len; i-- > 0 && isdigit((unsigned char)R->text[c->pages.off + i]);)
        to = (unsigned)atoi(R->text + c->pages.off + i);
    const char *key = kg_cite_member_key(R->doc->arena, R->text, c->names);
    if (!key || to < from || (!R->paged && index_pages(R) != 0))
        return NULL;
    size_t first = paged_at(R, paged_before, key, from);
    size_t end = paged_at(R, paged_not_after, key, to);
    return end == first + 1 ? &R->doc->model.blocks[R->paged[first].block] : NULL;
}

void kg_resolve_internal(resolver *R, const kg_cite *c)
{
    kg_doc *doc = R->doc;
    const char *id, *label;
    const kg_block *q = NULL;
    size_t asked = 0;
    if (c->kind == KG_CITE_VRAAG_LID)
        asked = kg_model_questions_of(&doc->model,
                                      kg_cite_member_key(doc->arena, R->text, c->names),
                                      &q);
    kg_id place = {.doc = kg_idpart_of(doc->id), .place = KG_PLACE_UNRESOLVED};
    if (c->kind == KG_CITE_VRAAG_NR) {
        /* a document without question headings is trusted on its word */
        const char *n = kg_resolver_span(R, c->nr);
        if ((unsigned)atoi(n) <= last_question(&doc->model))
            place = (kg_id){.doc = place.doc, .place = KG_PLACE_QUESTION,
                            .place_name = kg_idpart_of(n)};
        label = kg_arena_printf(doc->arena, "vraag %s", n);
    } else if (asked == 1 || (asked > 1 && (q = on_pages(R, c)))) {
        /* the member's only question, or the one "op pagina 5 en 6" */
        place = (kg_id){.doc = place.doc, .place = KG_PLACE_QUESTION, .place_n = q->n};
        label = kg_arena_printf(doc->arena, "vraag %u", q->n);
    } else if (asked > 1) {
        const char *k = kg_cite_member_key(doc->arena, R->text, c->names);
        place = (kg_id){.doc = place.doc, .place = KG_PLACE_MEMBER, .place_name = kg_idpart_of(k)};
        label = kg_arena_printf(doc->arena, "vragen %s", kg_resolver_span(R, c->names));
    } else {
        label = "?";
    }
    id = kg_id_format(doc->arena, &place);
    kg_ref *r = kg_resolver_add_ref(R, KG_REF_VRAAG, id, label, c->start, c->end);
    if (r)
        r->pages = kg_resolver_span(R, c->pages);
}
