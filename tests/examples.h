/* Test helpers: the sample letters in examples/. */
#ifndef KG_TEST_EXAMPLES_H
#define KG_TEST_EXAMPLES_H

#include "kamergraph/kamergraph.h"

/* The graph of the letters in examples/, as `kamergraph scan examples`
 * builds it (without the analysis); fails the test when the tests are not
 * run from the project folder. */
kg_graph *kg_test_examples_graph(void);

#endif
