/* kamergraph model: what kamergraph understood of each letter. */
#include "cli.h"
#include <stdio.h>
#include <string.h>

static const kg_command model_cmd = {
    "model", "[OPTIONS] PATH...",
    "Print the document model of each letter, tab separated:\n"
    "  meta KEY VALUE                (date, subject, reference, addressee, minister)\n"
    "  block LINE member SURNAME PARTY\n"
    "  block LINE section|toc LABEL TITLE\n"
    "  block LINE question N ASKER PARTY ANSWERLINE\n"
    "  block LINE answer N[,N...]\n"
    "  footnote N MARKERLINE BODYLINE\n"
    "  furniture FROMLINE TOLINE head|footer\n"
    "With several files, each starts with a line '# FILE'. The cache does not hold\n"
    "the model: with --cache, every file is read and the cache kept up to date.",
    KG_COMMON_READS, NULL, NULL, NULL,
    KG_PATHS_HELP, KG_NO_PATHS, NULL,
};

/* With several files, each model is headed by its file's name. */
static bool count_files(size_t nfiles, void *ctx)
{
    *(bool *)ctx = nfiles > 1;
    return true;
}

/* Each file's model as it is: a letter as .txt and as .pdf shows twice,
 * to compare what was understood of each. */
static bool print_model(size_t i, const kg_doc *doc, void *ctx)
{
    const bool *headed = ctx;
    kg_error err = {0};
    (void)i;
    if (*headed)
        printf("# %s\n", kg_doc_path(doc));
    if (kg_doc_write_model(doc, stdout, &err) != KG_OK) {
        fprintf(stderr, "kamergraph: %s\n", err.msg);
        return false;
    }
    return true;
}

int kg_cmd_model(int argc, char **argv)
{
    kg_opts o;
    kg_args_result r = kg_cli_parse(&model_cmd, argc, argv, &o, NULL);
    if (r != KG_ARGS_OK) {
        kg_opts_free(&o);
        return r == KG_ARGS_HELP ? KG_EXIT_OK : KG_EXIT_USAGE;
    }
    bool headed = false;
    kg_doc_taker t = {.begin = count_files, .take = print_model, .ctx = &headed, .whole = true};
    int failed = 0;
    long n = kg_cli_read_all(&o, &t, &failed);
    kg_opts_free(&o);
    if (fflush(stdout) != 0) {
        perror("kamergraph model: standard output");
        return KG_EXIT_INPUT;
    }
    return failed || n <= 0 ? KG_EXIT_INPUT : KG_EXIT_OK;
}
