/*
 * The document model and everything built on it. The input is a letter:
 * when its first byte is 0..3 that byte is dropped and a letter head is
 * put in front (date, subject, addressee, member blocks, a page footer,
 * a fraction heading), so that mutations start out inside a letter; the
 * file is named after a Kamerstuk or not, which changes how the resolver
 * names the document. Then kg_doc_write_model (to /dev/null), every
 * reference, and the graph of the one document (add, resolve aliases,
 * rank).
 */
#include "fuzz_common.h"

static const char *const heads[] = {
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Onze referentie 2026-0000123456\n"
    "Datum 12 maart 2026\n"
    "Betreft Beantwoording vragen over spreiding rijkswerkgelegenheid\n\n",

    "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n"
    "Datum 1 september 2025\n\n"
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nVan Weel\n\n"
    "Vragen van het lid Vermeer, Henk (BBB)\n\nVraag 1\n",

    "Tweede Kamer, vergaderjaar 2025\xe2\x80\x93" "2026, 36 902, nr. 2 1\n"
    "Datum 14 oktober 2025\n"
    "Betreft Voortgang spreiding rijkswerkgelegenheid\n\n",

    "Tweede Kamer der Staten-Generaal\n"
    "Vergaderjaar 2025\xe2\x80\x93" "2026\n36 800 VII\n"
    "Vragen en opmerkingen van de leden van de D66-fractie\n\n"
    "A. Werkgeverschap\n\n1. De leden van de D66-fractie vragen\n",
};

static const char *const names[] = {"002_e2ac55ca792ad97b.txt",
                                    "kst-36902-2.txt",
                                    "kst-36800-VII-52.txt", "f.txt"};

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    return 0;
}

static void fuzz_graph(const kg_doc *doc)
{
    kg_graph *g = kg_graph_create();
    if (!g)
        return;
    kg_error err;
    memset(&err, 0, sizeof err);
    if (kg_graph_add_document(g, doc, &err) == KG_OK &&
        kg_graph_resolve_aliases(g) == KG_OK) {
        static const char *const kinds[] = {"kamerstuk", "dossier", "motie",
                                            "document", NULL};
        kg_rank_row rows[8];
        size_t n = kg_graph_rank(g, KG_RANK_CITING_DOCS, kinds, rows, 8);
        FUZZ_CHECK(n <= 8, "kg_graph_rank fills at most max rows");
        for (size_t i = 0; i < n; i++)
            FUZZ_CHECK(rows[i].id && rows[i].kind, "a ranked row has id and kind");
        for (size_t i = 0; i < kg_graph_ref_count(g); i++)
            FUZZ_CHECK(kg_graph_ref_at(g, i) != NULL, "kg_graph_ref_at(i < count)");
    }
    kg_graph_free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = 3;
    uint8_t *buf = NULL;
    const uint8_t *in = data;
    size_t len = size;
    if (size && data[0] < 4) {
        sel = data[0];
        size_t hl = strlen(heads[sel]);
        buf = malloc(hl + size - 1 ? hl + size - 1 : 1);
        if (!buf)
            return 0;
        memcpy(buf, heads[sel], hl);
        memcpy(buf + hl, data + 1, size - 1);
        in = buf;
        len = hl + size - 1;
    }
    if (!fuzz_goes_to(names[sel], in, len, "text")) {
        free(buf);
        return -1;
    }
    kg_error err;
    memset(&err, 0, sizeof err);
    kg_doc *doc = kg_doc_read_buffer(names[sel], (const char *)in, len, &err);
    free(buf);
    if (!doc) {
        FUZZ_CHECK(err.code != KG_OK, "a failed read says why");
        return 0;
    }
    fuzz_walk(doc);
    if (devnull) {
        memset(&err, 0, sizeof err);
        kg_status st = kg_doc_write_model(doc, devnull, &err);
        FUZZ_CHECK(st == KG_OK, "the model can be written to /dev/null");
        fflush(devnull);
    }
    fuzz_graph(doc);
    kg_doc_free(doc);
    return 0;
}
