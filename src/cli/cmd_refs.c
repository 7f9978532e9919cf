/* kamergraph refs: every reference, one per line (TSV or JSON Lines).
 *
 * A letter cited by date that its own document leaves open may be tied by
 * another document of the run (kg_letters), as the graph ties it; refs
 * prints that answer too, so the user sees one answer wherever they look.
 * So the lines go to a spool first, the open letters held aside, and are
 * printed once every document has been read. */
#include "cli.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_TSV = 1, OPT_JSON };

static const kg_option refs_options[] = {
    {OPT_TSV, "--tsv", 0, NULL, "file, line, col, kind, id, text; tab separated (default)"},
    {OPT_JSON, "--json", 0, NULL,
     "JSON Lines: per file a {\"document\": ...} line and its {\"question\": ...} "
     "lines, then one object per reference: file, line, col, offset, length, kind, id, "
     "text, label, kamer, vergaderjaar, dossier, toevoeging, ondernummer, year, date, "
     "dossier_id, joint_dossier_id, pages, resolved_by, evidence, alias, block, "
     "footnote, marker_copy, suspect"},
    {0, NULL, 0, NULL, NULL},
};

static const char *take_refs_opt(void *ctx, int id, const char *v)
{
    (void)v;
    *(bool *)ctx = id == OPT_JSON;  /* the last one given counts */
    return NULL;
}

static const kg_command refs_cmd = {
    "refs", "[OPTIONS] PATH...|-",
    "List every reference found in the letters, in file order. A letter cited\n"
    "by date that another letter of the run ties to its Kamerstuk gets that\n"
    "Kamerstuk, as in the graph (resolved_by corpus-alias).",
    KG_COMMON_READS, refs_options, NULL, NULL, KG_PATHS_HELP, KG_NO_PATHS, take_refs_opt,
};

/* A reference held until every document is read: a copy, its strings
 * (and its file's path) in one block. */
typedef struct {
    kg_ref ref;
    const char *file;
    size_t doc;         /* the file it is in */
    long at;            /* where in the spool it goes */
    char *block;
} held_ref;

typedef struct {
    bool json;
    FILE *spool;
    kg_letters *letters;
    long *start, *end;  /* per file: its lines in the spool; start -1: none */
    size_t nfiles;
    held_ref *held;
    size_t nheld, capheld;
} refs_run;

static void print_ref(const refs_run *run, const char *file, const kg_ref *r, FILE *out)
{
    if (run->json)
        kg_ref_write_json(file, r, out);
    else
        kg_ref_write_tsv(file, r, out);
}

/* The string fields of a kg_ref, for copying them. */
static const size_t string_fields[] = {
    offsetof(kg_ref, id), offsetof(kg_ref, label), offsetof(kg_ref, pages),
    offsetof(kg_ref, text), offsetof(kg_ref, evidence),
    offsetof(kg_ref, block), offsetof(kg_ref, alias), offsetof(kg_ref, parts.kamer), offsetof(kg_ref, parts.vergaderjaar),
    offsetof(kg_ref, parts.dossier), offsetof(kg_ref, parts.toevoeging),
    offsetof(kg_ref, parts.ondernummer), offsetof(kg_ref, parts.year),
    offsetof(kg_ref, parts.date), offsetof(kg_ref, parts.dossier_id),
    offsetof(kg_ref, parts.joint_dossier_id),
};
#define NFIELDS (sizeof string_fields / sizeof string_fields[0])

static const char **field(kg_ref *r, size_t k)
{
    return (const char **)((char *)r + string_fields[k]);
}

/* A copy of r that outlives its document; false when out of memory. */
static bool copy_ref(held_ref *h, const kg_ref *r, const char *file)
{
    size_t len = strlen(file) + 1;
    h->ref = *r;
    for (size_t k = 0; k < NFIELDS; k++)
        len += *field(&h->ref, k) ? strlen(*field(&h->ref, k)) + 1 : 0;
    char *p = h->block = malloc(len);
    if (!p)
        return false;
    for (size_t k = 0; k < NFIELDS; k++) {
        const char **f = field(&h->ref, k);
        if (*f) {
            size_t n = strlen(*f) + 1;
            *f = memcpy(p, *f, n);
            p += n;
        }
    }
    h->file = memcpy(p, file, strlen(file) + 1);
    return true;
}

static bool hold(refs_run *run, size_t i, const kg_doc *doc, const kg_ref *r)
{
    if (run->nheld == run->capheld) {
        size_t cap = run->capheld ? run->capheld * 2 : 64;
        held_ref *grown = realloc(run->held, cap * sizeof *grown);
        if (!grown)
            return false;
        run->held = grown;
        run->capheld = cap;
    }
    held_ref *h = &run->held[run->nheld];
    h->doc = i;
    h->at = ftell(run->spool);
    if (!copy_ref(h, r, kg_doc_path(doc)))
        return false;
    run->nheld++;
    return true;
}

static bool spool_doc(size_t i, const kg_doc *doc, void *ctx)
{
    refs_run *run = ctx;
    bool ok = kg_letters_add_document(run->letters, doc, i) == KG_OK;
    run->start[i] = ftell(run->spool);
    if (run->json)
        kg_doc_write_json_head(doc, run->spool);
    for (size_t k = 0; ok && k < kg_doc_ref_count(doc); k++) {
        const kg_ref *r = kg_doc_ref(doc, k);
        if (kg_ref_is_open_letter(r))
            ok = hold(run, i, doc, r);
        else
            print_ref(run, kg_doc_path(doc), r, run->spool);
    }
    run->end[i] = ftell(run->spool);
    if (!ok)
        fprintf(stderr, "kamergraph: %s: out of memory\n", kg_doc_path(doc));
    return ok;
}

/* File i was a poorer copy of a later file: its lines are not printed. */
static void forget_doc(size_t i, void *ctx)
{
    refs_run *run = ctx;
    run->start[i] = -1;
    kg_letters_forget(run->letters, i);
}

/* spool[from, to) to standard output. */
static void copy_span(FILE *spool, long from, long to)
{
    char buf[1 << 16];
    fseek(spool, from, SEEK_SET);
    while (from < to) {
        size_t want = (size_t)(to - from) < sizeof buf ? (size_t)(to - from) : sizeof buf;
        size_t got = fread(buf, 1, want, spool);
        if (got == 0)
            return;
        fwrite(buf, 1, got, stdout);
        from += (long)got;
    }
}

/* A held letter with the corpus's answer, when there is one. */
static void print_held(refs_run *run, held_ref *h)
{
    const char *evidence, *target = kg_letters_resolve_ref(run->letters, &h->ref, &evidence);
    if (target) {
        h->ref.alias = h->ref.id;
        h->ref.id = target;
        h->ref.resolved_by = KG_RESOLVED_CORPUS_ALIAS;
        h->ref.evidence = evidence;
    }
    print_ref(run, h->file, &h->ref, stdout);
}

/* Every file's lines in order, the held ones where they belong. */
static void print_all(refs_run *run)
{
    size_t h = 0;
    fflush(run->spool);
    for (size_t i = 0; i < run->nfiles; i++) {
        long at = run->start[i];
        for (; h < run->nheld && run->held[h].doc == i; h++) {
            if (at < 0)
                continue;               /* a poorer copy: dropped */
            copy_span(run->spool, at, run->held[h].at);
            at = run->held[h].at;
            print_held(run, &run->held[h]);
        }
        if (at >= 0)
            copy_span(run->spool, at, run->end[i]);
    }
}

static void free_run(refs_run *run)
{
    for (size_t i = 0; i < run->nheld; i++)
        free(run->held[i].block);
    free(run->held);
    free(run->start);
    free(run->end);
    kg_letters_free(run->letters);
    if (run->spool)
        fclose(run->spool);
}

/* The spool's per-file marks, sized once the files are known. */
static bool size_marks(size_t n, void *ctx)
{
    refs_run *run = ctx;
    run->nfiles = n;
    run->start = malloc((n + 1) * sizeof *run->start);
    run->end = malloc((n + 1) * sizeof *run->end);
    for (size_t i = 0; run->start && run->end && i < n; i++)
        run->start[i] = run->end[i] = -1;
    if (!run->start || !run->end)
        fprintf(stderr, "kamergraph: out of memory\n");
    return run->start && run->end;
}

int kg_cmd_refs(int argc, char **argv)
{
    refs_run run = {0};
    kg_opts o;
    kg_args_result r = kg_cli_parse(&refs_cmd, argc, argv, &o, &run.json);
    if (r != KG_ARGS_OK) {
        kg_opts_free(&o);
        return r == KG_ARGS_HELP ? KG_EXIT_OK : KG_EXIT_USAGE;
    }
    int failed = 0;
    run.spool = tmpfile();
    run.letters = kg_letters_create();
    if (!run.spool || !run.letters) {
        fprintf(stderr, "kamergraph refs: cannot make a temporary file\n");
        free_run(&run);
        kg_opts_free(&o);
        return KG_EXIT_INPUT;
    }
    kg_doc_taker t = {.begin = size_marks, .take = spool_doc, .undo = forget_doc, .ctx = &run};
    long n = kg_cli_read_all(&o, &t, &failed);
    if (n > 0)
        print_all(&run);
    free_run(&run);
    kg_opts_free(&o);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("kamergraph refs: standard output");
        return KG_EXIT_INPUT;
    }
    return failed || n <= 0 ? KG_EXIT_INPUT : KG_EXIT_OK;
}
