/* kamergraph refs: every reference, one per line (TSV or JSON Lines). */
#include "cli.h"
#include <stdio.h>
#include <string.h>

static const char refs_usage[] =
    "usage: kamergraph refs [--tsv|--json] [--warnings] [--include GLOB] [--exclude GLOB] PATH...|-\n"
    "\n"
    "List every reference found in the letters, in file order.\n"
    "  --tsv    file, line, col, kind, id, text; tab separated (default)\n"
    "  --json   one JSON object per line (JSON Lines): file, line, col,\n"
    "           offset, length, kind, id, text, label, kamer, vergaderjaar,\n"
    "           dossier, toevoeging, ondernummer, year, dossier_id,\n"
    "           joint_dossier_id, pages, suspect\n"
    "  --warnings  note suspect citations (a six-digit dossier, say) on stderr\n"
    "  --include GLOB, --exclude GLOB   in folders, which files (as for scan)\n"
    "A PATH is a letter (.txt, .xml, .html, .docx, .pdf: read by content) or a\n"
    "folder (searched recursively); - reads standard input.\n";

/* The text column: tabs and line breaks become spaces. */
static void put_tsv_text(const char *s, FILE *out)
{
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static void put_json_string(const char *s, FILE *out)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", out);
        else if (*p == '\t')
            fputs("\\t", out);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static void print_ref(const kg_doc *doc, const kg_ref *r, int json, FILE *out)
{
    const char *kind = kg_ref_kind_name(r->kind);
    if (!json) {
        fprintf(out, "%s\t%u\t%u\t%s\t%s\t", kg_doc_path(doc), r->line, r->col,
                kind, r->id);
        put_tsv_text(r->text, out);
        fputc('\n', out);
        return;
    }
    fputs("{\"file\":", out);
    put_json_string(kg_doc_path(doc), out);
    fprintf(out, ",\"line\":%u,\"col\":%u,\"offset\":%zu,\"length\":%zu,\"kind\":\"%s\",\"id\":",
            r->line, r->col, r->offset, r->length, kind);
    put_json_string(r->id, out);
    fputs(",\"text\":", out);
    put_json_string(r->text, out);
    const struct {
        const char *name, *value;
    } fields[] = {
        {"label", r->label},
        {"kamer", r->parts.kamer},
        {"vergaderjaar", r->parts.vergaderjaar},
        {"dossier", r->parts.dossier},
        {"toevoeging", r->parts.toevoeging},
        {"ondernummer", r->parts.ondernummer},
        {"year", r->parts.year},
        {"date", r->parts.date},
        {"dossier_id", r->parts.dossier_id},
        {"joint_dossier_id", r->parts.joint_dossier_id},
        {"pages", r->pages},
        {"resolved_by", r->resolved_by},
        {"evidence", r->evidence},
        {"block", r->block},
    };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        fprintf(out, ",\"%s\":", fields[i].name);
        put_json_string(fields[i].value, out);
    }
    fprintf(out, ",\"footnote\":");
    if (r->footnote)
        fprintf(out, "%u", r->footnote);
    else
        fputs("null", out);
    fprintf(out, ",\"marker_copy\":%s,\"suspect\":%s}\n", r->marker_copy ? "true" : "false",
            r->suspect ? "true" : "false");
}

int kg_cmd_refs(int argc, char **argv)
{
    int json = 0, warnings = 0, bad = 0;
    kg_filters filters = {0};
    kg_args a = {argc, 1, argv, "refs"};
    for (; a.i < argc && argv[a.i][0] == '-' && argv[a.i][1] != '\0'; a.i++) {
        if (strcmp(argv[a.i], "--help") == 0 || strcmp(argv[a.i], "-h") == 0) {
            fputs(refs_usage, stdout);
            return KG_EXIT_OK;
        } else if (strcmp(argv[a.i], "--json") == 0) {
            json = 1;
        } else if (strcmp(argv[a.i], "--tsv") == 0) {
            json = 0;
        } else if (strcmp(argv[a.i], "--warnings") == 0) {
            warnings = 1;
        } else if (kg_arg_filter(&a, &filters, &bad)) {
        } else if (!bad) {
            fprintf(stderr, "kamergraph refs: unknown option '%s'\n", argv[a.i]);
            bad = 1;
        }
        if (bad)
            break;
    }
    if (bad || a.i >= argc) {
        fputs(refs_usage, stderr);
        return KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_pathlist l = {0};
    kg_paths_collect(&l, argv + a.i, argc - a.i, &filters, &failed);
    for (size_t i = 0; i < l.n; i++) {
        kg_error err = {0};
        kg_doc *doc = kg_doc_read_file(l.paths[i], &err);
        if (!doc) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            failed = 1;
            continue;
        }
        for (size_t k = 0; k < kg_doc_ref_count(doc); k++)
            print_ref(doc, kg_doc_ref(doc, k), json, stdout);
        kg_cli_note(doc);
        if (warnings)
            kg_cli_warn(doc);
        kg_doc_free(doc);
    }
    kg_paths_free(&l);
    if (fflush(stdout) != 0) {
        perror("kamergraph refs: write error");
        return KG_EXIT_INPUT;
    }
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
