/*
 * GraphML writer: igraph's own writer on the materialised graph.
 *
 * With prefixattr the keys are "v_id", "v_kind", ... and "e_kind",
 * "e_weight", so node and edge attributes of the same name (kind) cannot
 * clash. Extra attributes follow the built-in ones as strings, in order of
 * first use, with "" where a node or edge has none (see graph.c).
 *
 * igraph names the nodes "n0", "n1", ... by position; our id is the `id`
 * data attribute. igraph's own reader would like to turn the XML node
 * ids into an "id" attribute too, finds ours already there, keeps ours and
 * warns (tests/test_graph.c checks that the ids come back intact).
 */
#include <errno.h>
#include <string.h>

#include "atomic.h"
#include "graph_internal.h"

kg_status kg_write_graphml(kg_graph *g, const char *path, kg_error *err)
{
    const igraph_t *ig;
    kg_igraph_quiet q;
    kg_atomic out;
    igraph_error_t rc;
    kg_status s;
    int e;

    if (!g || !path)
        return kg_fail(err, KG_ERR_USAGE, "%s: no graph or no path",
                       path ? path : "(null)");
    s = kg_graph_igraph(g, &ig, err);
    if (s != KG_OK)
        return s;
    s = kg_atomic_open(&out, path, err);
    if (s != KG_OK)
        return s;
    errno = 0;
    kg_igraph_quiet_begin(&q);
    rc = igraph_write_graph_graphml(ig, out.fp, true);
    kg_igraph_quiet_end(&q);
    e = errno;
    if (rc == IGRAPH_SUCCESS)
        return kg_atomic_commit(&out, err);
    kg_atomic_abort(&out);
    if (rc == IGRAPH_EFILE)
        return kg_fail(err, KG_ERR_IO, "%s: cannot write: %s", path,
                       strerror(e ? e : EIO));
    return kg_fail(err, rc == IGRAPH_ENOMEM ? KG_ERR_NOMEM : KG_ERR_GRAPH,
                   "%s: igraph cannot write GraphML: %s", path,
                   igraph_strerror(rc));
}
