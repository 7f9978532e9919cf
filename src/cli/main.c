/* kamergraph: the command line on top of libkamergraph. */
#include "cli.h"
#include <signal.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
    "usage: kamergraph [--version] [--help] COMMAND [OPTIONS] PATH...\n"
    "\n"
    "Find the citations in Dutch parliamentary letters and build the graph\n"
    "of what cites what.\n"
    "\n"
    "commands:\n"
    "  scan [-o DIR] [--format dot,graphml] [--name NAME] PATH...\n"
    "                      build the citation graph, write DIR/NAME.dot and\n"
    "                      DIR/NAME.graphml (default graphs/kamergraph.*)\n"
    "  refs [--tsv|--json] FILE...|-\n"
    "                      list every reference found, one per line\n"
    "  merge [-o DIR] [--format ...] FILE.jsonl...\n"
    "                      build the graph from refs --json output, as scan would\n"
    "  top [-n N] [--by citing-docs|mentions|pagerank|authority] [--kind K,...]\n"
    "      [--tsv|--json] PATH...\n"
    "                      the most-cited dossiers and Kamerstukken\n"
    "  model FILE...|-     what was understood of each letter: metadata,\n"
    "                      questions and answers, footnotes, page furniture\n"
    "  render -T svg|png|pdf [-K dot|neato|sfdp|fdp] -o FILE PATH...\n"
    "                      draw the graph with Graphviz: a legend, nodes sized\n"
    "                      by citations, clickable in SVG\n"
    "  report -o FILE.html PATH...\n"
    "                      one self-contained HTML page: counts, most cited,\n"
    "                      the graph, every reference with a search box\n"
    "  site -o DIR PATH...\n"
    "                      the letters as an offline web site: every letter\n"
    "                      annotated, what cites it, dossiers, motions, search\n"
    "  annotate FILE [-o OUT.html]\n"
    "                      one letter as an annotated page of its own\n"
    "\n"
    "A PATH is a letter (plain text, official XML, HTML, DOCX or PDF, read\n"
    "by content) or a folder (searched recursively), or - for standard input.\n"
    "Exit status: 0 success, 1 an input could not be read (the others are\n"
    "still processed), 2 wrong usage.\n"
    "Run 'kamergraph COMMAND --help' for a command's options.\n";

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
} commands[] = {
    {"scan", kg_cmd_scan},
    {"merge", kg_cmd_merge},
    {"refs", kg_cmd_refs},
    {"top", kg_cmd_top},
    {"model", kg_cmd_model},
    {"render", kg_cmd_render},
    {"report", kg_cmd_report},
    {"site", kg_cmd_site},
    {"annotate", kg_cmd_annotate},
};

/* Interrupted: no temporary output file stays behind, then the usual
 * death by the signal (exit status 128 + n for the shell). */
static void on_signal(int sig)
{
    kg_remove_partial_output();
    signal(sig, SIG_DFL);
    raise(sig);
}

int main(int argc, char **argv)
{
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGXFSZ, SIG_IGN);   /* a file size limit: a write error, not death */
    if (argc < 2) {
        fputs(usage, stderr);
        return KG_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("kamergraph %s\n", KG_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "kamergraph: unknown command '%s' (try --help)\n", cmd);
    return KG_EXIT_USAGE;
}
