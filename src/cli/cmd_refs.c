/* kamergraph refs: every reference, one per line (TSV or JSON Lines). */
#include "cli.h"
#include <stdio.h>
#include <string.h>

static const char refs_usage[] =
    "usage: kamergraph refs [--tsv|--json] [--warnings] [--include GLOB] [--exclude GLOB]\n"
    "                       [-j N] PATH...|-\n"
    "\n"
    "List every reference found in the letters, in file order.\n"
    "  --tsv    file, line, col, kind, id, text; tab separated (default)\n"
    "  --json   JSON Lines: per file a {\"document\": ...} line and its\n"
    "           {\"question\": ...} lines, then one object per reference: file, line, col,\n"
    "           offset, length, kind, id, text, label, kamer, vergaderjaar,\n"
    "           dossier, toevoeging, ondernummer, year, dossier_id,\n"
    "           joint_dossier_id, pages, suspect\n"
    "  --warnings  note suspect citations (a six-digit dossier, say) on stderr\n"
    "  --include GLOB, --exclude GLOB   in folders, which files (as for scan)\n"
    "  -j, --jobs N   read the files on N threads (default: one per core);\n"
    "                 the output is the same for any N\n"
    "A PATH is a letter (.txt, .xml, .html, .docx, .pdf: read by content) or a\n"
    "folder (searched recursively); - reads standard input.\n";

/* The text column: tabs and line breaks become spaces. */
static void put_tsv_text(const char *s, FILE *out)
{
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static void print_ref(const kg_doc *doc, const kg_ref *r, FILE *out)
{
    fprintf(out, "%s\t%u\t%u\t%s\t%s\t", kg_doc_path(doc), r->line, r->col,
            kg_ref_kind_name(r->kind), r->id);
    put_tsv_text(r->text, out);
    fputc('\n', out);
}

typedef struct {
    int json, warnings, *failed;
} printer;

static void print_doc(size_t i, kg_doc *doc, const kg_error *err, void *ctx)
{
    printer *p = ctx;
    (void)i;
    if (!doc) {
        fprintf(stderr, "kamergraph: %s\n", err->msg);
        *p->failed = 1;
        return;
    }
    if (p->json) {
        kg_error e = {0};
        kg_doc_write_json(doc, stdout, &e);
    } else {
        for (size_t k = 0; k < kg_doc_ref_count(doc); k++)
            print_ref(doc, kg_doc_ref(doc, k), stdout);
    }
    kg_cli_note(doc);
    if (p->warnings)
        kg_cli_warn(doc);
    kg_doc_free(doc);
}

/* --json and --tsv: the last one given counts. */
static bool refs_opt(kg_args *a, void *ctx, int *bad)
{
    int *json = ctx;
    (void)bad;
    if (kg_arg_flag(a, "--json", NULL))
        *json = 1;
    else if (kg_arg_flag(a, "--tsv", NULL))
        *json = 0;
    else
        return false;
    return true;
}

int kg_cmd_refs(int argc, char **argv)
{
    int json = 0;
    kg_opts o = {0};
    kg_args a = {argc, 1, argv, "refs"};
    kg_args_result r = kg_args_parse(&a, KG_OPT_WARNINGS | KG_OPT_FILES, &o, refs_opt, &json,
                                     refs_usage);
    if (r == KG_ARGS_HELP)
        return KG_EXIT_OK;
    if (r == KG_ARGS_BAD || a.i >= argc) {
        fputs(refs_usage, stderr);
        return KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_pathlist l = {0};
    kg_paths_collect(&l, argv + a.i, argc - a.i, &o.filters, &failed);
    printer pr = {json, o.warnings, &failed};
    kg_read_in_order(l.paths, l.n, print_doc, &pr);
    kg_paths_free(&l);
    if (fflush(stdout) != 0) {
        perror("kamergraph refs: write error");
        return KG_EXIT_INPUT;
    }
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
