/* kamergraph site: the letters as an offline web site; kamergraph annotate:
 * one letter as an annotated page of its own. */
#include "cli.h"
#include "kamergraph/site.h"
#include <stdio.h>
#include <string.h>

static const kg_command site_cmd = {
    "site", "-o DIR [OPTIONS] PATH...",
    "Write the letters as a web site that works offline, from a folder or any\n"
    "web host: DIR/index.html (counts, search with filters, the most cited, a\n"
    "timeline) and a page per letter (its text with every reference a link,\n"
    "its footnotes, what it cites and which letters cite it, with the\n"
    "sentence, and a picture of its neighbourhood), per dossier, per\n"
    "Kamerstuk cited and per motion. Reading needs no JavaScript.\n"
    "DIR is replaced as a whole when the site is complete: it must be new,\n"
    "empty, or a site kamergraph wrote.",
    KG_COMMON_READS | KG_COMMON_OUTPUT, NULL, "DIR", "where to write (required)",
    KG_PATHS_HELP, KG_NO_PATHS, NULL,
};

static const kg_command annotate_cmd = {
    "annotate", "FILE|- [-o OUT.html]",
    "Write one letter as an annotated HTML page of its own: its text with\n"
    "every reference a link to the publication, how each was resolved (on\n"
    "hover or keyboard focus), its footnotes linked both ways, what it cites\n"
    "and a picture of it. The style is inside the page; nothing is loaded\n"
    "from elsewhere.",
    KG_COMMON_OUTPUT | KG_COMMON_QUIET | KG_COMMON_WARNINGS, NULL, "OUT",
    "where to write; - or no -o: standard output", NULL,
    "no FILE given: name one letter, or - for standard input", NULL,
};

static bool keep_letter(const kg_doc *doc, void *ctx, kg_error *err)
{
    return kg_site_add_document(*(kg_site **)ctx, doc, err) == KG_OK;
}

/* The run is read again: the letters kept so far go. */
static bool forget_letters(void *ctx)
{
    kg_site **s = ctx;
    kg_site_free(*s);
    return (*s = kg_site_create()) != NULL;
}

static kg_status write_site(kg_graph *g, const char *dir, void *ctx, kg_error *err)
{
    return kg_write_site(*(kg_site **)ctx, g, dir, err);
}

/* The folder the site's folder goes in, made if needed (as scan's -o). */
static bool make_parent(const char *dir)
{
    const char *slash = strrchr(dir, '/');
    char parent[4096];
    if (!slash || slash == dir || (size_t)(slash - dir) >= sizeof parent)
        return true;
    snprintf(parent, sizeof parent, "%.*s", (int)(slash - dir), dir);
    return kg_cli_make_folder(parent);
}

int kg_cmd_site(int argc, char **argv)
{
    kg_opts o;
    kg_args_result r = kg_cli_parse(&site_cmd, argc, argv, &o, NULL);
    int rc = r == KG_ARGS_HELP ? KG_EXIT_OK : KG_EXIT_USAGE;
    if (r == KG_ARGS_OK && (!o.output || strcmp(o.output, "-") == 0))
        rc = kg_cli_usage_error(&site_cmd, "-o DIR is required (a site is a folder)");
    else if (r == KG_ARGS_OK && !make_parent(o.output))
        rc = KG_EXIT_INPUT;
    else if (r == KG_ARGS_OK) {
        kg_site *s = kg_site_create();
        if (!s) {
            fputs("kamergraph: out of memory\n", stderr);
            rc = KG_EXIT_INPUT;
        } else {
            kg_cli_set_keep_refs(false);    /* the site keeps its own */
            kg_cli_set_doc_hook(keep_letter, forget_letters, &s);
            rc = kg_cli_write_one(&site_cmd, &o, &(kg_cli_writer){NULL, write_site}, &s);
            kg_cli_set_doc_hook(NULL, NULL, NULL);
            kg_site_free(s);
        }
    }
    kg_opts_free(&o);
    return rc;
}

/* The letter's graph and what its page needs; false, said on stderr, when
 * it cannot be read. */
static bool read_letter(const char *path, bool warnings, kg_graph *g, kg_site *s)
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

/* The page, to standard output or atomically to a file. */
static int write_annotated(kg_site *s, kg_graph *g, const char *output)
{
    bool to_stdout = !output || strcmp(output, "-") == 0;
    kg_error err = {0};
    kg_status st = to_stdout ? kg_write_annotated_to(s, g, 0, stdout, &err)
                             : kg_write_annotated(s, g, 0, output, &err);
    if (st == KG_OK && to_stdout && fflush(stdout) != 0) {
        st = KG_ERR_IO;
        snprintf(err.msg, sizeof err.msg, "standard output: cannot write");
    }
    if (st != KG_OK)
        fprintf(stderr, "kamergraph: %s\n", err.msg);
    else if (!to_stdout)
        kg_cli_wrote(output, g);
    return st == KG_OK ? KG_EXIT_OK : KG_EXIT_INPUT;
}

int kg_cmd_annotate(int argc, char **argv)
{
    kg_opts o;
    kg_args_result r = kg_cli_parse(&annotate_cmd, argc, argv, &o, NULL);
    int rc = r == KG_ARGS_HELP ? KG_EXIT_OK : KG_EXIT_USAGE;
    if (r == KG_ARGS_OK && o.npaths != 1)
        rc = kg_cli_usage_error(&annotate_cmd, "one FILE only, not %d", o.npaths);
    else if (r == KG_ARGS_OK && o.output && strcmp(o.output, "-") != 0 &&
             !kg_cli_can_write(o.output))
        rc = KG_EXIT_INPUT;
    else if (r == KG_ARGS_OK) {
        kg_graph *g = kg_graph_create();
        kg_site *s = kg_site_create();
        rc = KG_EXIT_INPUT;
        if (!g || !s)
            fputs("kamergraph: out of memory\n", stderr);
        else if (read_letter(o.paths[0], o.warnings, g, s))
            rc = write_annotated(s, g, o.output);
        kg_site_free(s);
        kg_graph_free(g);
    }
    kg_opts_free(&o);
    return rc;
}
