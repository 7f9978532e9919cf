/* kamergraph model: what kamergraph understood of each letter. */
#include "cli.h"
#include <stdio.h>
#include <string.h>

static const char model_usage[] =
    "usage: kamergraph model FILE...|-\n"
    "\n"
    "Print the document model of each letter, tab separated:\n"
    "  meta KEY VALUE                (date, subject, reference, addressee, minister)\n"
    "  block LINE member SURNAME PARTY\n"
    "  block LINE section|toc LABEL TITLE\n"
    "  block LINE question N ASKER PARTY ANSWERLINE\n"
    "  block LINE answer N[,N...]\n"
    "  footnote N MARKERLINE BODYLINE\n"
    "  furniture FROMLINE TOLINE head|footer\n"
    "With several files, each starts with a line '# FILE'.\n";

int kg_cmd_model(int argc, char **argv)
{
    if (argc < 2 || (argv[1][0] == '-' && argv[1][1] != '\0')) {
        int help = argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0);
        fputs(model_usage, help ? stdout : stderr);
        return help ? KG_EXIT_OK : KG_EXIT_USAGE;
    }
    int failed = 0;
    kg_pathlist l = {0};
    kg_paths_collect(&l, argv + 1, argc - 1, NULL, &failed);
    for (size_t i = 0; i < l.n; i++) {
        kg_error err = {0};
        kg_doc *doc = kg_doc_read_file(l.paths[i], &err);
        if (doc && l.n > 1)
            printf("# %s\n", kg_doc_path(doc));
        if (!doc || kg_doc_write_model(doc, stdout, &err) != KG_OK) {
            fprintf(stderr, "kamergraph: %s\n", err.msg);
            failed = 1;
        }
        kg_doc_free(doc);
    }
    kg_paths_free(&l);
    return failed ? KG_EXIT_INPUT : KG_EXIT_OK;
}
