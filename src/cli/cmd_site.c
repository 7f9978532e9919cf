/* kamergraph site: the letters as an offline web site; kamergraph annotate:
 * one letter as an annotated page of its own. */
#include "cli.h"
#include "kamergraph/site.h"
#include <stdio.h>
#include <string.h>

static const char site_usage[] =
    "usage: kamergraph site -o DIR PATH...\n"
    "\n"
    "Write the letters as a web site that works offline, from a folder or any\n"
    "web host: DIR/index.html (counts, search with filters, the most cited, a\n"
    "timeline) and a page per letter (its text with every reference a link,\n"
    "its footnotes, what it cites and which letters cite it, with the\n"
    "sentence, and a picture of its neighbourhood), per dossier, per\n"
    "Kamerstuk cited and per motion. Reading needs no JavaScript.\n"
    "DIR is replaced as a whole when the site is complete: it must be new,\n"
    "empty, or a site kamergraph wrote.\n"
    "  -o, --output DIR   where to write (required)\n"
    "  --warnings         note suspect citations and markup disagreements\n"
    "  --include GLOB     in folders, only files whose name or path matches\n"
    "  --exclude GLOB     in folders, not these (both may be repeated)\n"
    "  -j, --jobs N       read the files on N threads (default: one per core);\n"
    "                     the output is the same for any N\n"
    "  -q, --quiet        no progress line (shown on a terminal for long runs)\n";

static const char annotate_usage[] =
    "usage: kamergraph annotate FILE [-o OUT.html]\n"
    "\n"
    "Write one letter as an annotated HTML page of its own: its text with\n"
    "every reference a link to the publication, how each was resolved (on\n"
    "hover or keyboard focus), its footnotes linked both ways, what it cites\n"
    "and a picture of it. The style is inside the page; nothing is loaded\n"
    "from elsewhere. FILE may be - (standard input).\n"
    "  -o, --output OUT   where to write; - or no -o: standard output\n"
    "  --warnings         note suspect citations and markup disagreements\n";

static bool keep_letter(const kg_doc *doc, void *ctx, kg_error *err)
{
    return kg_site_add_document(ctx, doc, err) == KG_OK;
}

/* -q: a site reads every letter, which on a large corpus takes a while */
static bool site_opt(kg_args *a, void *ctx, int *bad)
{
    (void)ctx;
    (void)bad;
    if (!kg_arg_flag(a, "--quiet", "-q"))
        return false;
    kg_cli_set_quiet(true);
    return true;
}

static kg_status write_site(kg_graph *g, const char *dir, void *ctx, kg_error *err)
{
    return kg_write_site(ctx, g, dir, err);
}

int kg_cmd_site(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "site"};
    kg_opts o = {0};
    kg_args_result r = kg_args_parse(&a, KG_OPT_OUTPUT | KG_OPT_WARNINGS | KG_OPT_FILES, &o,
                                     site_opt, NULL, site_usage);
    if (r == KG_ARGS_HELP)
        return KG_EXIT_OK;
    if (r == KG_ARGS_BAD || !kg_args_need_output(&a, &o) || a.i >= argc) {
        fputs(site_usage, stderr);
        return KG_EXIT_USAGE;
    }
    kg_site *s = kg_site_create();
    if (!s) {
        fputs("kamergraph: out of memory\n", stderr);
        return KG_EXIT_INPUT;
    }
    kg_cli_set_keep_refs(false);    /* the site keeps its own */
    kg_cli_set_doc_hook(keep_letter, s);
    int rc = kg_cli_write_one(argv + a.i, argc - a.i, &o, write_site, s);
    kg_cli_set_doc_hook(NULL, NULL);
    kg_site_free(s);
    return rc;
}

/* The letter's graph and what its page needs; false, said on stderr, when
 * it cannot be read. */
static bool read_letter(const char *path, int warnings, kg_graph *g, kg_site *s)
{
    kg_error err = {0};
    kg_doc *doc = kg_doc_read_file(path, &err);
    bool ok = doc && kg_graph_add_document(g, doc, &err) == KG_OK &&
              kg_site_add_document(s, doc, &err) == KG_OK &&
              kg_graph_resolve_aliases(g) == KG_OK;
    if (!ok)
        fprintf(stderr, "kamergraph: %s\n", err.msg[0] ? err.msg : "out of memory");
    if (doc) {
        kg_cli_note(doc);
        if (warnings)
            kg_cli_warn(doc);
    }
    kg_doc_free(doc);
    return ok;
}

int kg_cmd_annotate(int argc, char **argv)
{
    kg_args a = {argc, 1, argv, "annotate"};
    kg_opts o = {0};
    unsigned which = KG_OPT_OUTPUT | KG_OPT_WARNINGS;
    kg_args_result r = kg_args_parse(&a, which, &o, NULL, NULL, annotate_usage);
    const char *file = r == KG_ARGS_OK && a.i < argc ? argv[a.i++] : NULL;
    if (file && r == KG_ARGS_OK)    /* options may follow the file too */
        r = kg_args_parse(&a, which, &o, NULL, NULL, annotate_usage);
    if (r == KG_ARGS_HELP)
        return KG_EXIT_OK;
    if (r == KG_ARGS_BAD || !file || a.i != argc) {
        if (r == KG_ARGS_OK)
            fprintf(stderr, "kamergraph annotate: %s\n",
                    file ? "one FILE only" : "which FILE?");
        fputs(annotate_usage, stderr);
        return KG_EXIT_USAGE;
    }
    kg_graph *g = kg_graph_create();
    kg_site *s = kg_site_create();
    int rc = KG_EXIT_INPUT;
    if (!g || !s)
        fputs("kamergraph: out of memory\n", stderr);
    else if (read_letter(file, o.warnings, g, s)) {
        bool to_stdout = !o.output || strcmp(o.output, "-") == 0;
        kg_error err = {0};
        kg_status st = to_stdout ? kg_write_annotated_to(s, g, 0, stdout, &err)
                                 : kg_write_annotated(s, g, 0, o.output, &err);
        if (st == KG_OK && to_stdout && fflush(stdout) != 0)
            st = KG_ERR_IO, snprintf(err.msg, sizeof err.msg, "standard output: cannot write");
        if (st != KG_OK)
            fprintf(stderr, "kamergraph: %s\n", err.msg);
        else if (!to_stdout)
            kg_cli_wrote(o.output, g);
        rc = st == KG_OK ? KG_EXIT_OK : KG_EXIT_INPUT;
    }
    kg_site_free(s);
    kg_graph_free(g);
    return rc;
}
