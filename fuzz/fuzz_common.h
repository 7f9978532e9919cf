/*
 * What the libFuzzer harnesses share: read one input through the public
 * API, look at everything the document offers, and check the promises of
 * kamergraph.h that do not depend on the input (a reference has an id and
 * a text; one that comes from the text lies inside it). A broken promise
 * aborts, so libFuzzer keeps the input like any other crash.
 *
 * Built by mk/fuzz.mk with clang -fsanitize=fuzzer,address,undefined.
 */
#ifndef KG_FUZZ_COMMON_H
#define KG_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kamergraph/kamergraph.h"
#include "reader.h"

#define FUZZ_CHECK(cond, what)                                                 \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "fuzz: broken promise: %s (%s:%d)\n", what,        \
                    __FILE__, __LINE__);                                       \
            abort();                                                           \
        }                                                                      \
    } while (0)

/* Whether kamergraph would hand these bytes to the reader of `format`
 * ("text", "xml", ...). A harness for one reader returns -1 (libFuzzer:
 * do not keep this input) for bytes that go elsewhere, so that its corpus
 * stays about its own format. */
static inline int fuzz_goes_to(const char *name, const uint8_t *data,
                               size_t size, const char *format)
{
    const char *got = NULL;
    kg_reader_for(name, data, size, &got);
    return got && strcmp(got, format) == 0;
}

/* Every accessor, and the promises about references. */
static inline void fuzz_walk(const kg_doc *doc)
{
    size_t len = 0;
    const char *text = kg_doc_text(doc, &len);
    FUZZ_CHECK(text != NULL, "kg_doc_text is not NULL");
    FUZZ_CHECK(kg_doc_path(doc) != NULL, "kg_doc_path is not NULL");
    FUZZ_CHECK(kg_doc_format(doc) != NULL, "kg_doc_format is not NULL");
    FUZZ_CHECK(kg_doc_id(doc) != NULL, "kg_doc_id is not NULL");
    (void)kg_doc_label(doc);
    (void)kg_doc_url(doc);
    const char *note = kg_doc_note(doc);
    if (note)
        (void)strlen(note);
    for (size_t i = 0; i < kg_doc_warning_count(doc); i++) {
        const char *w = kg_doc_warning(doc, i);
        FUZZ_CHECK(w != NULL, "a warning is a string");
        (void)strlen(w);
    }
    size_t n = kg_doc_ref_count(doc);
    for (size_t i = 0; i < n; i++) {
        const kg_ref *r = kg_doc_ref(doc, i);
        FUZZ_CHECK(r != NULL, "kg_doc_ref(i < count) is not NULL");
        FUZZ_CHECK((unsigned)r->kind < KG_REF_KIND_COUNT, "a known kind");
        FUZZ_CHECK(kg_ref_kind_name(r->kind) != NULL, "the kind has a name");
        FUZZ_CHECK(r->id && r->id[0], "a reference has an id");
        FUZZ_CHECK(r->text != NULL, "a reference has a text");
        (void)strlen(r->text);
        if (r->label)
            (void)strlen(r->label);
        if (r->line) {
            FUZZ_CHECK(r->offset <= len && r->length <= len - r->offset,
                       "a reference from the text lies inside it");
            FUZZ_CHECK(r->col >= 1, "columns are 1-based");
        }
        const char *const parts[] = {r->parts.kamer, r->parts.vergaderjaar,
                                     r->parts.dossier, r->parts.toevoeging,
                                     r->parts.ondernummer, r->parts.year,
                                     r->parts.date, r->parts.dossier_id,
                                     r->parts.joint_dossier_id, r->pages,
                                     kg_resolution_name(r->resolved_by), r->evidence,
                                     r->block};
        for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
            if (parts[k])
                (void)strlen(parts[k]);
        char url[512];
        if (kg_id_url(r->id, url, sizeof url))
            FUZZ_CHECK(memchr(url, '\0', sizeof url) != NULL,
                       "kg_id_url terminates its string");
    }
    FUZZ_CHECK(kg_doc_ref(doc, n) == NULL, "kg_doc_ref(count) is NULL");
}

/* kg_doc_read_buffer on the bytes: a document or a clean error. */
static inline void fuzz_read(const char *name, const uint8_t *data, size_t size)
{
    kg_error err;
    memset(&err, 0, sizeof err);
    kg_doc *doc = kg_doc_read_buffer(name, (const char *)data, size, &err);
    if (!doc) {
        FUZZ_CHECK(err.code != KG_OK, "a failed read says why");
        FUZZ_CHECK(memchr(err.msg, '\0', sizeof err.msg) != NULL,
                   "the message is a string");
        return;
    }
    fuzz_walk(doc);
    kg_doc_free(doc);
}

#endif
