/* score.c: best and worst totals per skill over complete playthroughs.
 *
 * A skill's total along a path is the sum of the choices' `score` deltas; the
 * value_first skill also carries the value-before-asking rule, whose effect
 * depends on the goodwill banked so far, so for it the search runs over
 * (node, goodwill) states. Goodwill beyond the number of asks still to come can
 * never be spent, so it is capped at the most asks any path makes (exact), or
 * at GOODWILL_CAP in graphs with loops. */
#include "graph_local.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define GOODWILL_CAP 64

double core_percent(double raw, double best, double worst)
{
    if (best - worst <= 1e-9) return 100.0;
    double p = 100.0 * (raw - worst) / (best - worst);
    return p < 0 ? 0 : p > 100 ? 100 : p;
}

typedef struct bound_ctx {
    const core_scenario *sc;
    const core_edges *e;
    const int *order; /* topological order, NULL with loops */
    int skill;
    int vf;    /* core_value_first_skill */
    bool rule; /* apply the value-before-asking rule */
    int G;     /* goodwill cap */
} bound_ctx;

/* The delta an edge adds to the skill from goodwill g, and the goodwill after. */
static double edge_delta(const bound_ctx *b, const core_edge *ed, int g, int *g_after)
{
    int gw = g;
    double d = core_edge_effect(b->sc, ed, b->skill, b->rule ? b->vf : -1, &gw);
    *g_after = !b->rule ? g : gw > b->G ? b->G : gw;
    return d;
}

/* One relaxation of node v for all goodwill levels from the values in src into
 * dst. sign = +1 for best, -1 for worst (minimising is maximising the negation). */
static bool relax(const bound_ctx *b, int v, const double *src, double *dst, double sign)
{
    bool changed = false;
    int W = b->G + 1;
    for (int g = 0; g < W; g++) {
        double cur = -INFINITY;
        if (b->sc->nodes[v].ending) {
            cur = 0;
        } else {
            for (int i = b->e->first[v]; i < b->e->first[v + 1]; i++) {
                const core_edge *ed = &b->e->edges[i];
                int g2;
                double d = sign * edge_delta(b, ed, g, &g2);
                double t = src[(size_t)ed->to * (size_t)W + (size_t)g2];
                if (t != -INFINITY && d + t > cur) cur = d + t;
            }
        }
        double *slot = &dst[(size_t)v * (size_t)W + (size_t)g];
        if (cur != *slot) {
            *slot = cur;
            changed = true;
        }
    }
    return changed;
}

/* Highest sign-weighted total from start with zero goodwill, or -INFINITY when no
 * ending is reachable. */
static double extreme(const bound_ctx *b, double sign, bool *ok)
{
    int n = b->sc->n_nodes, W = b->G + 1;
    size_t cells = (size_t)n * (size_t)W;
    double *f = malloc(sizeof(double) * cells);
    double *g = b->order ? NULL : malloc(sizeof(double) * cells);
    if (!f || (!b->order && !g)) {
        free(f);
        free(g);
        *ok = false;
        return 0;
    }
    for (size_t i = 0; i < cells; i++)
        f[i] = -INFINITY;
    if (g)
        for (size_t i = 0; i < cells; i++)
            g[i] = -INFINITY;
    if (b->order) {
        /* No loops: one pass, successors first. */
        for (int k = n - 1; k >= 0; k--)
            relax(b, b->order[k], f, f, sign);
    } else {
        /* Loops: f after t rounds is the best over walks of at most t choices. */
        for (int t = 0; t <= n; t++) {
            bool changed = false;
            for (int v = 0; v < n; v++)
                changed |= relax(b, v, f, g, sign);
            memcpy(f, g, sizeof(double) * cells);
            if (!changed) break;
        }
    }
    double r = f[(size_t)b->sc->start * (size_t)W];
    free(f);
    free(g);
    return r;
}

/* The most asks along any path (loops: capped). */
static int max_asks(const core_scenario *sc, const core_edges *e, const int *order)
{
    int total = 0;
    for (int i = 0; i < e->n; i++)
        total += e->edges[i].choice && e->edges[i].choice->asks;
    if (!order) return total < GOODWILL_CAP ? total : GOODWILL_CAP;
    int *best = calloc((size_t)sc->n_nodes, sizeof(int));
    if (!best) return total < GOODWILL_CAP ? total : GOODWILL_CAP;
    for (int k = sc->n_nodes - 1; k >= 0; k--) {
        int v = order[k];
        for (int i = e->first[v]; i < e->first[v + 1]; i++) {
            const core_edge *ed = &e->edges[i];
            int a = best[ed->to] + (ed->choice && ed->choice->asks);
            if (a > best[v]) best[v] = a;
        }
    }
    int r = best[sc->start];
    free(best);
    return r;
}

bool core_compute_bounds(const core_scenario *sc, core_bounds *out)
{
    memset(out, 0, sizeof *out);
    if (sc->start < 0 || sc->n_nodes == 0) return true;
    core_edges e;
    if (!core_edges_build(sc, &e)) return false;
    int *order = malloc(sizeof(int) * (size_t)sc->n_nodes);
    if (!order) {
        core_edges_free(&e);
        return false;
    }
    out->exact = core_topo_order(sc, &e, order);
    bool ok = true;
    int vf = core_value_first_skill(sc);
    for (int k = 0; k < sc->n_skills && ok; k++) {
        bound_ctx b = {sc, &e, out->exact ? order : NULL, k, vf, k == vf, 0};
        if (b.rule) b.G = max_asks(sc, &e, b.order);
        double hi = extreme(&b, +1, &ok);
        double lo = extreme(&b, -1, &ok);
        out->best[k] = hi == -INFINITY ? 0 : hi;
        out->worst[k] = lo == -INFINITY ? 0 : -lo + 0.0; /* never print -0 */
    }
    free(order);
    core_edges_free(&e);
    return ok;
}
