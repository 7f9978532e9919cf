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
    "  scan      build the citation graph and write it (DOT, GraphML, GEXF,\n"
    "            JSON, CSV, SQLite)\n"
    "  refs      list every reference found, one per line (TSV or JSON Lines)\n"
    "  top       the most-cited dossiers, Kamerstukken, motions and letters\n"
    "  render    draw the graph with Graphviz (SVG, PNG, PDF)\n"
    "  report    one self-contained HTML page about the letters\n"
    "  site      the letters as an offline web site: every letter annotated,\n"
    "            what cites it, dossiers, motions, search\n"
    "  annotate  one letter as an annotated page of its own\n"
    "  model     what was understood of each letter: metadata, questions and\n"
    "            answers, footnotes, page furniture\n"
    "  merge     build the graph from refs --json output, as scan would\n"
    "\n"
    "Options mean the same on every command that takes them, and may stand\n"
    "before or after the PATHs: -o, -q, -j N, --include, --exclude, --cache,\n"
    "--view, --warnings, --verbose.\n"
    "A PATH is a letter (plain text, official XML, HTML, DOCX or PDF, read\n"
    "by content) or a folder (searched recursively), or - for standard input.\n"
    "Exit status: 0 success, 1 an input could not be read or an output not\n"
    "written, 2 wrong usage.\n"
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
    signal(SIGHUP, on_signal);      /* a closed terminal, too */
    signal(SIGXFSZ, SIG_IGN);   /* a file size limit: a write error, not death */
    if (argc < 2) {
        fputs("kamergraph: no command given; try 'kamergraph --help'\n", stderr);
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
    fprintf(stderr, "kamergraph: unknown command '%s'; try 'kamergraph --help'\n", cmd);
    return KG_EXIT_USAGE;
}
