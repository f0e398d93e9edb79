/* graph.c: edges, reachability and topological order of a scenario graph. */
#include "graph_local.h"

#include <stdlib.h>
#include <string.h>

bool core_edges_build(const core_scenario *sc, core_edges *out)
{
    memset(out, 0, sizeof *out);
    int total = 0;
    for (int i = 0; i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        for (int j = 0; j < n->n_choices; j++) {
            const core_choice *c = &n->choices[j];
            total += c->to_fn != CORE_NO_FN ? c->n_can_go : (c->to != CORE_NONE);
        }
        total += n->on_timeout != CORE_NONE;
    }
    out->edges = malloc(sizeof *out->edges * (size_t)(total ? total : 1));
    out->first = malloc(sizeof *out->first * (size_t)(sc->n_nodes + 1));
    if (!out->edges || !out->first) {
        core_edges_free(out);
        return false;
    }
    int k = 0;
    for (int i = 0; i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        out->first[i] = k;
        for (int j = 0; j < n->n_choices; j++) {
            const core_choice *c = &n->choices[j];
            if (c->to_fn != CORE_NO_FN) {
                for (int m = 0; m < c->n_can_go; m++)
                    out->edges[k++] = (core_edge){i, c->can_go[m], c};
            } else if (c->to != CORE_NONE) {
                out->edges[k++] = (core_edge){i, c->to, c};
            }
        }
        if (n->on_timeout != CORE_NONE) out->edges[k++] = (core_edge){i, n->on_timeout, NULL};
    }
    out->first[sc->n_nodes] = k;
    out->n = k;
    return true;
}

void core_edges_free(core_edges *e)
{
    free(e->edges);
    free(e->first);
    memset(e, 0, sizeof *e);
}

bool core_topo_order(const core_scenario *sc, const core_edges *e, int *order)
{
    int n = sc->n_nodes;
    int *indeg = calloc((size_t)(n ? n : 1), sizeof(int));
    if (!indeg) return false;
    for (int i = 0; i < e->n; i++)
        indeg[e->edges[i].to]++;
    int head = 0, tail = 0;
    for (int i = 0; i < n; i++)
        if (indeg[i] == 0) order[tail++] = i;
    while (head < tail) {
        int v = order[head++];
        for (int i = e->first[v]; i < e->first[v + 1]; i++)
            if (--indeg[e->edges[i].to] == 0) order[tail++] = e->edges[i].to;
    }
    free(indeg);
    return tail == n;
}

bool core_reachable(const core_scenario *sc, bool *seen)
{
    memset(seen, 0, sizeof(bool) * (size_t)sc->n_nodes);
    if (sc->start < 0 || sc->start >= sc->n_nodes) return true;
    core_edges e;
    if (!core_edges_build(sc, &e)) return false;
    int *stack = malloc(sizeof(int) * (size_t)(sc->n_nodes + 1));
    if (!stack) {
        core_edges_free(&e);
        return false;
    }
    int top = 0;
    stack[top++] = sc->start;
    seen[sc->start] = true;
    while (top > 0) {
        int v = stack[--top];
        for (int i = e.first[v]; i < e.first[v + 1]; i++) {
            int t = e.edges[i].to;
            if (!seen[t]) {
                seen[t] = true;
                stack[top++] = t;
            }
        }
    }
    free(stack);
    core_edges_free(&e);
    return true;
}

bool core_can_end(const core_scenario *sc, bool *ok)
{
    /* Backwards closure from the endings, by repeated sweeps over the edges;
     * a sweep is linear, and the loop runs at most as long as the longest path. */
    memset(ok, 0, sizeof(bool) * (size_t)sc->n_nodes);
    core_edges e;
    if (!core_edges_build(sc, &e)) return false;
    for (int i = 0; i < sc->n_nodes; i++)
        ok[i] = sc->nodes[i].ending != NULL;
    int *order = malloc(sizeof(int) * (size_t)(sc->n_nodes ? sc->n_nodes : 1));
    if (order && core_topo_order(sc, &e, order)) {
        for (int k = sc->n_nodes - 1; k >= 0; k--) {
            int v = order[k];
            for (int i = e.first[v]; i < e.first[v + 1] && !ok[v]; i++)
                if (ok[e.edges[i].to]) ok[v] = true;
        }
    } else {
        for (bool changed = true; changed;) {
            changed = false;
            for (int i = 0; i < e.n; i++)
                if (!ok[e.edges[i].from] && ok[e.edges[i].to]) {
                    ok[e.edges[i].from] = true;
                    changed = true;
                }
        }
    }
    free(order);
    core_edges_free(&e);
    return true;
}
