/* bestpath.c: the playthrough with the highest total score, for debriefs
 * ("your path beside the best one"). Totals add every skill, the value rule
 * included; `when` is treated as possibly true, as for the bounds. */
#include "graph_local.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define GOODWILL_CAP 16

static double edge_total(const core_scenario *sc, const core_edge *ed, int g, int G, int *g2)
{
    int vf = core_value_first_skill(sc), gw = g;
    double t = 0;
    for (int k = 0; k < sc->n_skills; k++) {
        int gk = g; /* the rule moves goodwill once, whatever the skill */
        t += core_edge_effect(sc, ed, k, vf, &gk);
        gw = gk;
    }
    if (vf < 0) gw = g; /* without value_first goodwill is not tracked */
    *g2 = gw > G ? G : gw;
    return t;
}

int core_best_path(const core_scenario *sc, core_path_step *out, int max)
{
    if (sc->start < 0 || sc->n_nodes == 0 || max <= 0) return 0;
    core_edges e;
    if (!core_edges_build(sc, &e)) return -1;
    int n = sc->n_nodes, G = GOODWILL_CAP, W = G + 1;
    size_t cells = (size_t)n * (size_t)W;
    double *f = malloc(sizeof(double) * cells);
    int *order = malloc(sizeof(int) * (size_t)n);
    int count = -1;
    if (!f || !order) goto done;
    for (size_t i = 0; i < cells; i++)
        f[i] = -INFINITY;
    bool dag = core_topo_order(sc, &e, order);
    /* Without loops one pass in reverse topological order is exact; with loops,
     * repeated passes give the best over walks of at most n choices. */
    int passes = dag ? 1 : n + 1;
    for (int pass = 0; pass < passes; pass++) {
        bool changed = false;
        for (int k = n - 1; k >= 0; k--) {
            int v = dag ? order[k] : k;
            for (int g = 0; g < W; g++) {
                double best = sc->nodes[v].ending ? 0 : -INFINITY;
                for (int i = e.first[v]; i < e.first[v + 1] && !sc->nodes[v].ending; i++) {
                    int g2;
                    double d = edge_total(sc, &e.edges[i], g, G, &g2);
                    double t = f[(size_t)e.edges[i].to * (size_t)W + (size_t)g2];
                    if (t != -INFINITY && d + t > best) best = d + t;
                }
                double *slot = &f[(size_t)v * (size_t)W + (size_t)g];
                if (best > *slot) {
                    *slot = best;
                    changed = true;
                }
            }
        }
        if (!changed) break;
    }
    /* Walk from the start along edges that keep the optimum. */
    count = 0;
    int v = sc->start, g = 0;
    while (count < max && !sc->nodes[v].ending &&
           f[(size_t)v * (size_t)W + (size_t)g] != -INFINITY) {
        double want = f[(size_t)v * (size_t)W + (size_t)g];
        int pick = -1, pick_g = 0;
        for (int i = e.first[v]; i < e.first[v + 1] && pick < 0; i++) {
            int g2;
            double d = edge_total(sc, &e.edges[i], g, G, &g2);
            double t = f[(size_t)e.edges[i].to * (size_t)W + (size_t)g2];
            if (t != -INFINITY && fabs(d + t - want) < 1e-9) {
                pick = i;
                pick_g = g2;
            }
        }
        if (pick < 0) break;
        const core_edge *ed = &e.edges[pick];
        out[count].node = v;
        out[count].choice = ed->choice ? (int)(ed->choice - sc->nodes[v].choices) : CORE_NONE;
        out[count].to = ed->to;
        count++;
        v = ed->to;
        g = pick_g;
    }
done:
    free(f);
    free(order);
    core_edges_free(&e);
    return count;
}
