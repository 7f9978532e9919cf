/* Test helpers: the sample letters in examples/ (see examples.h). */
#include "examples.h"

#include <glob.h>

#include <criterion/criterion.h>

kg_graph *kg_test_examples_graph(void)
{
    kg_graph *g = kg_graph_create();
    glob_t gl;

    cr_assert_not_null(g);
    cr_assert_eq(glob("examples/*.txt", 0, NULL, &gl), 0, "run the tests from the project folder");
    cr_assert_eq(gl.gl_pathc, 5);
    for (size_t i = 0; i < gl.gl_pathc; i++) {
        kg_error err = {0};
        kg_doc *doc = kg_doc_read_file(gl.gl_pathv[i], &err);
        cr_assert_not_null(doc, "%s", err.msg);
        cr_assert_eq(kg_graph_add_document(g, doc, &err), KG_OK, "%s", err.msg);
        kg_doc_free(doc);
    }
    globfree(&gl);
    cr_assert_eq(kg_graph_resolve_aliases(g), KG_OK);
    return g;
}
