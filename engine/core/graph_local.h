/* graph_local.h: the scenario as a graph, for reachability and scoring bounds.
 * Internal to engine/core; the public entry points are in core.h. */
#ifndef RAPPORT_CORE_GRAPH_LOCAL_H
#define RAPPORT_CORE_GRAPH_LOCAL_H

#include "core.h"

/* One way out of a node: a choice (to one of its possible targets) or a timeout. */
typedef struct core_edge {
    int from, to;
    const core_choice *choice; /* NULL for a timeout edge */
} core_edge;

/* Every edge, grouped by source node: edges of node n are
 * edges[first[n]] .. edges[first[n+1]-1]. Free with core_edges_free. */
typedef struct core_edges {
    core_edge *edges;
    int *first; /* n_nodes + 1 entries */
    int n;
} core_edges;

/* What an edge adds to one skill from goodwill *goodwill (updated): the
 * choice's effect (core_choice_skill_effect), or a timed node's
 * `timeout_score` for a timeout edge. vf is core_value_first_skill. */
static inline double core_edge_effect(const core_scenario *sc, const core_edge *ed, int skill,
                                      int vf, int *goodwill)
{
    if (!ed->choice) return sc->nodes[ed->from].timeout_score[skill];
    return core_choice_skill_effect(ed->choice, skill, vf, goodwill);
}

bool core_edges_build(const core_scenario *sc, core_edges *out);
void core_edges_free(core_edges *e);
/* Topological order of the nodes in order[] when the graph has no loops:
 * returns true; false when it has a loop (order[] is then partial). */
bool core_topo_order(const core_scenario *sc, const core_edges *e, int *order);

#endif
