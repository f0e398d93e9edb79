/* check.c: authoring checks on a loaded scenario (warnings; the loader has
 * already refused what is an error). */
#include "app_local.h"
#include "l10n.h"
#include "pack.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void node_path(char *buf, size_t n, const core_node *node)
{
    const char *id = node->id;
    bool plain = (id[0] >= 'a' && id[0] <= 'z') || (id[0] >= 'A' && id[0] <= 'Z') || id[0] == '_';
    for (const char *p = id; *p && plain; p++)
        plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                *p == '_';
    if (plain)
        snprintf(buf, n, "nodes.%s", id);
    else
        snprintf(buf, n, "nodes[\"%s\"]", id);
}

/* The fact some node or choice learns whose name is nearest to name, for a
 * "did you mean"; NULL when none is close. */
static const char *nearest_learned(const core_scenario *sc, const char *name)
{
    const char **learned = malloc(sizeof *learned * (size_t)(sc->n_facts + 1));
    bool *is = calloc((size_t)sc->n_facts + 1, sizeof(bool));
    const char *best = NULL;
    if (learned && is) {
        for (int u = 0; u < sc->n_nodes; u++) {
            const core_node *n = &sc->nodes[u];
            for (int i = 0; i < n->n_learn; i++)
                is[n->learn[i]] = true;
            for (int k = 0; k < n->n_choices; k++)
                for (int i = 0; i < n->choices[k].n_learn; i++)
                    is[n->choices[k].learn[i]] = true;
        }
        int m = 0;
        for (int f = 0; f < sc->n_facts; f++)
            if (is[f]) learned[m++] = sc->facts[f];
        best = scr_nearest(name, learned, m);
    }
    free(learned);
    free(is);
    return best;
}

/* Facts that some path may have learned on arrival at each node (before its
 * choices are shown): forward union over the graph until nothing changes. */
static void check_facts(const core_scenario *sc, core_diags *d)
{
    int nf = sc->n_facts, nn = sc->n_nodes;
    if (nf == 0 || sc->start < 0) return;
    bool *known = calloc((size_t)nn * (size_t)nf, sizeof(bool)); /* at arrival, after node learn */
    bool *reached = calloc((size_t)nn, sizeof(bool));
    if (!known || !reached) goto done;
    reached[sc->start] = true;
    for (int i = 0; i < sc->nodes[sc->start].n_learn; i++)
        known[(size_t)sc->start * (size_t)nf + (size_t)sc->nodes[sc->start].learn[i]] = true;
    for (bool changed = true; changed;) {
        changed = false;
        for (int v = 0; v < nn; v++) {
            if (!reached[v]) continue;
            const core_node *n = &sc->nodes[v];
            const bool *kv = &known[(size_t)v * (size_t)nf];
            for (int j = 0; j <= n->n_choices; j++) {
                const core_choice *c = j < n->n_choices ? &n->choices[j] : NULL;
                int targets[1];
                const int *tl;
                int nt;
                if (!c) {
                    if (n->on_timeout == CORE_NONE) continue;
                    targets[0] = n->on_timeout;
                    tl = targets;
                    nt = 1;
                } else if (c->to_fn != CORE_NO_FN) {
                    tl = c->can_go;
                    nt = c->n_can_go;
                } else {
                    if (c->to == CORE_NONE) continue;
                    targets[0] = c->to;
                    tl = targets;
                    nt = 1;
                }
                for (int t = 0; t < nt; t++) {
                    int w = tl[t];
                    bool *kw = &known[(size_t)w * (size_t)nf];
                    if (!reached[w]) reached[w] = changed = true;
                    for (int f = 0; f < nf; f++)
                        if (kv[f] && !kw[f]) kw[f] = changed = true;
                    for (int i = 0; c && i < c->n_learn; i++)
                        if (!kw[c->learn[i]]) kw[c->learn[i]] = changed = true;
                    for (int i = 0; i < sc->nodes[w].n_learn; i++)
                        if (!kw[sc->nodes[w].learn[i]]) kw[sc->nodes[w].learn[i]] = changed = true;
                }
            }
        }
    }
    for (int v = 0; v < nn; v++) {
        const core_node *n = &sc->nodes[v];
        for (int j = 0; j < n->n_choices; j++) {
            const core_choice *c = &n->choices[j];
            for (int w = 0; w < c->n_when && reached[v]; w++) {
                int fact = c->when[w].fact;
                if (c->when[w].negate || known[(size_t)v * (size_t)nf + (size_t)fact]) continue;
                char np[600], path[700];
                node_path(np, sizeof np, n);
                snprintf(path, sizeof path, "%s.choices[%d].when", np, j + 1);
                bool learned_anywhere = false;
                for (int u = 0; u < nn && !learned_anywhere; u++) {
                    for (int i = 0; i < sc->nodes[u].n_learn; i++)
                        learned_anywhere |= sc->nodes[u].learn[i] == fact;
                    for (int k = 0; k < sc->nodes[u].n_choices; k++)
                        for (int i = 0; i < sc->nodes[u].choices[k].n_learn; i++)
                            learned_anywhere |= sc->nodes[u].choices[k].learn[i] == fact;
                }
                const char *guess = learned_anywhere ? NULL : nearest_learned(sc, sc->facts[fact]);
                if (learned_anywhere)
                    core_diag_add(d, CORE_WARNING, sc->file, path, c->line, "fact-never-learned",
                                  CORE_TR("needs the fact '%s', but no path learns it before this "
                                          "node, so this choice never shows"),
                                  sc->facts[fact]);
                else if (guess)
                    core_diag_add_guess(d, CORE_WARNING, sc->file, path, c->line,
                                        "fact-never-learned", guess,
                                        CORE_TR("needs the fact '%s', which nothing in the "
                                                "scenario ever learns"),
                                        sc->facts[fact]);
                else
                    core_diag_add(d, CORE_WARNING, sc->file, path, c->line, "fact-never-learned",
                                  CORE_TR("needs the fact '%s', which nothing in the scenario ever "
                                          "learns; a misspelt name?"),
                                  sc->facts[fact]);
            }
        }
    }
done:
    free(known);
    free(reached);
}

/* A choice's immediate effect over all skills, with no goodwill banked. */
static double total(const core_scenario *sc, const core_choice *c)
{
    double e[CORE_MAX_SKILLS], t = 0;
    core_choice_effect(sc, c, NULL, e);
    for (int k = 0; k < sc->n_skills; k++)
        t += e[k];
    return t;
}

static void check_cues(const core_scenario *sc, core_diags *d);
static void check_merges(const core_scenario *sc, core_diags *d);
static void check_loops(const core_scenario *sc, const core_hooks *hooks, core_diags *d);
static void check_all(const core_scenario *sc, const core_hooks *hooks, core_diags *d);

void app_check(const core_scenario *sc, core_diags *d)
{
    check_all(sc, NULL, d);
}

/* hooks run the author functions a loop goes through (NULL: not run). */
static void check_all(const core_scenario *sc, const core_hooks *hooks, core_diags *d)
{
    check_facts(sc, d);
    /* Skills nothing changes. */
    for (int k = 0; k < sc->n_skills; k++) {
        bool changes = false;
        bool rule = k == core_value_first_skill(sc);
        for (int i = 0; i < sc->n_nodes && !changes; i++)
            for (int j = 0; j < sc->nodes[i].n_choices && !changes; j++) {
                const core_choice *c = &sc->nodes[i].choices[j];
                changes = c->score[k] != 0 || (rule && (c->gives || c->asks));
            }
        if (!changes)
            core_diag_add(d, CORE_WARNING, sc->file, "skills", 0, "skill-never-scored",
                          CORE_TR("no choice changes '%s', so every player gets 100%% in it"),
                          sc->skills[k]);
    }
    /* Duplicate texts; guessability. */
    int judged = 0, longest_best = 0;
    for (int i = 0; i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        for (int j = 0; j < n->n_choices; j++)
            for (int k = j + 1; k < n->n_choices; k++)
                if (strcmp(n->choices[j].text, n->choices[k].text) == 0) {
                    char np[600], path[700];
                    node_path(np, sizeof np, n);
                    snprintf(path, sizeof path, "%s.choices[%d]", np, k + 1);
                    core_diag_add(d, CORE_WARNING, sc->file, path, n->choices[k].line,
                                  "duplicate-choice", CORE_TR("has the same text as choice %d"),
                                  j + 1);
                }
        if (n->n_choices < 2) continue;
        int best = -1, longest = -1;
        bool tie = false;
        for (int j = 0; j < n->n_choices; j++) {
            double t = total(sc, &n->choices[j]);
            if (best < 0 || t > total(sc, &n->choices[best])) {
                best = j;
                tie = false;
            } else if (t == total(sc, &n->choices[best])) {
                tie = true;
            }
            if (longest < 0 || strlen(n->choices[j].text) > strlen(n->choices[longest].text))
                longest = j;
        }
        if (tie) continue;
        judged++;
        longest_best += best == longest;
    }
    if (judged >= 3 && longest_best * 2 > judged)
        core_diag_add(
            d, CORE_WARNING, sc->file, "nodes", 0, "guessable",
            CORE_TR("at %d of %d nodes the best-scoring choice is also the longest; players "
                    "learn to pick by length instead of by listening"),
            longest_best, judged);
    check_cues(sc, d);
    check_merges(sc, d);
    check_loops(sc, hooks, d);
}

/* "id (line 12), id (line 30), ..." for the nodes at idx[0..n) into out, in
 * the reader's language when tr. */
static void list_nodes(const core_scenario *sc, const int *idx, int n, bool tr, char *out,
                       size_t size)
{
    size_t k = 0;
    out[0] = '\0';
    for (int i = 0; i < n && k + 80 < size; i++) {
        const core_node *nd = &sc->nodes[idx[i]];
        k += (size_t)snprintf(out + k, size - k,
                              tr ? core_diag_tr(CORE_TR("%s%s (line %d)")) : "%s%s (line %d)",
                              i ? ", " : "", nd->id, nd->line);
    }
    if (k + 80 >= size) snprintf(out + k, size - k, ", ...");
}

/* guessable-cue: a surface cue picks the unique best choice at more than
 * 45 % of at least 8 nodes (issue 13). The message names the nodes. */
static void check_cues(const core_scenario *sc, core_diags *d)
{
    app_cue_stats cs;
    if (!app_cue_measure(sc, &cs)) return;
    for (int c = 0; c < APP_N_CUES && cs.judged >= 8; c++) {
        if (cs.hits[c] * 100 <= cs.judged * 45) continue;
        /* The nodes named in English for tools, and in the reader's words. */
        char nodes[600], nodes_tr[600], msg[1024], shown[1024];
        list_nodes(sc, cs.hit_nodes[c], cs.hits[c], false, nodes, sizeof nodes);
        list_nodes(sc, cs.hit_nodes[c], cs.hits[c], true, nodes_tr, sizeof nodes_tr);
        int pct = cs.hits[c] * 100 / cs.judged;
        CORE_DIAG_TWICE(msg, shown,
                        CORE_TR("the %s choice is the best one at %d of %d nodes (%d%%; at most "
                                "45%% keeps guessing from paying): %s"),
                        (app_cue_name(c), cs.hits[c], cs.judged, pct, nodes),
                        (app_cue_name(c), cs.hits[c], cs.judged, pct, nodes_tr));
        core_diag_add_shown(d, CORE_WARNING, sc->file, "nodes", 0, "guessable-cue", shown, "%s",
                            msg);
    }
    app_cue_stats_free(&cs);
}

/* What a choice means for the merge check: its tags and the sign of its
 * effect on each skill. Two choices with different intents that lead to one
 * node need a `reply` each, or the next line answers only one of them. */
static bool same_intent(const core_scenario *sc, const core_choice *a, const core_choice *b)
{
    double ea[CORE_MAX_SKILLS], eb[CORE_MAX_SKILLS];
    core_choice_effect(sc, a, NULL, ea);
    core_choice_effect(sc, b, NULL, eb);
    for (int k = 0; k < sc->n_skills; k++)
        if ((ea[k] > 0) != (eb[k] > 0) || (ea[k] < 0) != (eb[k] < 0)) return false;
    if (a->n_tags != b->n_tags) return false;
    for (int i = 0; i < a->n_tags; i++) {
        bool found = false;
        for (int j = 0; j < b->n_tags && !found; j++)
            found = strcmp(a->tags[i], b->tags[j]) == 0;
        if (!found) return false;
    }
    return true;
}

/* merge-without-reply: a node reached by two or more choices without a
 * `reply` whose intents differ. One kind of line may go without (the node's
 * own text answers it); every other needs its reply. */
static void check_merges(const core_scenario *sc, core_diags *d)
{
    typedef struct in_edge {
        const core_node *from;
        const core_choice *c;
    } in_edge;
    int n = sc->n_nodes;
    int *count = calloc((size_t)n + 1, sizeof(int));
    int *first = calloc((size_t)n + 2, sizeof(int));
    int total = 0;
    if (!count || !first) goto done;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < sc->nodes[i].n_choices; j++) {
            const core_choice *c = &sc->nodes[i].choices[j];
            if (c->reply || c->reply_fn != CORE_NO_FN) continue;
            if (c->to >= 0) count[c->to]++, total++;
            for (int m = 0; m < c->n_can_go; m++)
                count[c->can_go[m]]++, total++;
        }
    in_edge *in = malloc(sizeof *in * (size_t)(total + 1));
    if (!in) goto done;
    for (int v = 0; v < n; v++)
        first[v + 1] = first[v] + count[v];
    memset(count, 0, sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < sc->nodes[i].n_choices; j++) {
            const core_choice *c = &sc->nodes[i].choices[j];
            if (c->reply || c->reply_fn != CORE_NO_FN) continue;
            if (c->to >= 0) in[first[c->to] + count[c->to]++] = (in_edge){&sc->nodes[i], c};
            for (int m = 0; m < c->n_can_go; m++)
                in[first[c->can_go[m]] + count[c->can_go[m]]++] = (in_edge){&sc->nodes[i], c};
        }
    for (int v = 0; v < n; v++) {
        int a = first[v], b = first[v + 1];
        int other = -1;
        for (int i = a + 1; i < b && other < 0; i++)
            if (!same_intent(sc, in[a].c, in[i].c)) other = i;
        if (other < 0) continue;
        char pa[700], pb[700], np[600];
        node_path(np, sizeof np, in[a].from);
        snprintf(pa, sizeof pa, "%s.choices[%d]", np, (int)(in[a].c - in[a].from->choices) + 1);
        node_path(np, sizeof np, in[other].from);
        snprintf(pb, sizeof pb, "%s.choices[%d]", np,
                 (int)(in[other].c - in[other].from->choices) + 1);
        core_diag_add(
            d, CORE_WARNING, sc->file, pb, in[other].c->line, "merge-without-reply",
            CORE_TR("leads to '%s' like %s (line %d), but says something different (other tags "
                    "or scores) and neither has a `reply`: '%s' can answer only one of them; "
                    "give the other a reply"),
            sc->nodes[v].id, pa, in[a].c->line, sc->nodes[v].id);
    }
    free(in);
done:
    free(count);
    free(first);
}

/* ---- farming-loop: a loop a player can go round for points ---- */

/* One way out of a node: a choice (to one of its targets) or the timeout. */
typedef struct loop_edge {
    int from, to;
    int choice; /* index in the node's choices; -1 for the timeout */
} loop_edge;

typedef struct loop_graph {
    loop_edge *e; /* grouped by from: first[v] .. first[v + 1] */
    int *first;
    int n;
} loop_graph;

static bool loop_graph_build(const core_scenario *sc, loop_graph *g)
{
    int nn = sc->n_nodes, total = 0;
    for (int v = 0; v < nn; v++) {
        const core_node *n = &sc->nodes[v];
        for (int j = 0; j < n->n_choices; j++)
            total += n->choices[j].to_fn != CORE_NO_FN ? n->choices[j].n_can_go
                                                       : n->choices[j].to != CORE_NONE;
        total += n->on_timeout != CORE_NONE;
    }
    g->e = malloc(sizeof *g->e * (size_t)(total + 1));
    g->first = malloc(sizeof(int) * (size_t)(nn + 1));
    g->n = 0;
    if (!g->e || !g->first) return false;
    for (int v = 0; v < nn; v++) {
        const core_node *n = &sc->nodes[v];
        g->first[v] = g->n;
        for (int j = 0; j < n->n_choices; j++) {
            const core_choice *c = &n->choices[j];
            if (c->to_fn != CORE_NO_FN)
                for (int k = 0; k < c->n_can_go; k++)
                    g->e[g->n++] = (loop_edge){v, c->can_go[k], j};
            else if (c->to != CORE_NONE)
                g->e[g->n++] = (loop_edge){v, c->to, j};
        }
        if (n->on_timeout != CORE_NONE) g->e[g->n++] = (loop_edge){v, n->on_timeout, -1};
    }
    g->first[nn] = g->n;
    return true;
}

/* Strongly connected components (Tarjan's, without recursion: a generated
 * scenario can be 100,000 nodes deep). comp[v] is v's component. Returns
 * false when out of memory. */
static bool loop_components(const core_scenario *sc, const loop_graph *g, int *comp)
{
    int nn = sc->n_nodes, counter = 0, ncomp = 0, top = 0, ctop = 0;
    int *index = malloc(sizeof(int) * (size_t)(nn + 1));
    int *low = malloc(sizeof(int) * (size_t)(nn + 1));
    int *stack = malloc(sizeof(int) * (size_t)(nn + 1));
    int *call = malloc(sizeof(int) * (size_t)(nn + 1)); /* the DFS path */
    int *next = malloc(sizeof(int) * (size_t)(nn + 1)); /* next edge to try, per node */
    bool *on = calloc((size_t)nn + 1, sizeof(bool));
    bool ok = index && low && stack && call && next && on;
    for (int v = 0; ok && v < nn; v++)
        index[v] = -1;
    for (int root = 0; ok && root < nn; root++) {
        if (index[root] >= 0) continue;
        call[ctop++] = root;
        index[root] = low[root] = counter++;
        next[root] = g->first[root];
        stack[top++] = root;
        on[root] = true;
        while (ctop > 0) {
            int v = call[ctop - 1];
            if (next[v] < g->first[v + 1]) {
                int w = g->e[next[v]++].to;
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    next[w] = g->first[w];
                    stack[top++] = w;
                    on[w] = true;
                    call[ctop++] = w;
                } else if (on[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            ctop--;
            if (ctop > 0 && low[v] < low[call[ctop - 1]]) low[call[ctop - 1]] = low[v];
            if (low[v] != index[v]) continue;
            int w;
            do {
                w = stack[--top];
                on[w] = false;
                comp[w] = ncomp;
            } while (w != v);
            ncomp++;
        }
    }
    free(index);
    free(low);
    free(stack);
    free(call);
    free(next);
    free(on);
    return ok;
}

/* True when taking edge e rules itself out for the rest of the session: its
 * choice needs a fact not heard (`when = "!fact"`) that the loop teaches
 * (ce[0..m): the edges of e's component), so after one round it no longer shows. */
static bool once_only(const core_scenario *sc, const loop_graph *g, const int *ce, int m,
                      const loop_edge *e)
{
    if (e->choice < 0) return false;
    const core_choice *c = &sc->nodes[e->from].choices[e->choice];
    for (int w = 0; w < c->n_when; w++) {
        if (!c->when[w].negate) continue;
        int fact = c->when[w].fact;
        for (int i = 0; i < m; i++) {
            const loop_edge *x = &g->e[ce[i]];
            const core_node *to = &sc->nodes[x->to];
            for (int k = 0; k < to->n_learn; k++)
                if (to->learn[k] == fact) return true;
            if (x->choice < 0) continue;
            const core_choice *xc = &sc->nodes[x->from].choices[x->choice];
            for (int k = 0; k < xc->n_learn; k++)
                if (xc->learn[k] == fact) return true;
        }
    }
    return false;
}

/* What taking edge e adds to skill k. Goodwill counts as banked when the
 * loop itself gives (each round refills it), else as spent: goodwill banked
 * before the loop runs out, so only what the loop refills can be farmed. */
static double edge_gain(const core_scenario *sc, const loop_edge *e, int k, bool loop_gives)
{
    const core_node *n = &sc->nodes[e->from];
    if (e->choice < 0) return n->timeout_score[k];
    double eff[CORE_MAX_SKILLS] = {0};
    int goodwill = loop_gives ? 1 : 0;
    core_choice_effect(sc, &n->choices[e->choice], &goodwill, eff);
    return eff[k];
}

/* Longest-path Bellman-Ford over the edges of one component (ce[0..m), edge
 * indices into g): finds a cycle whose gains in skill k add up to more than
 * 0, into cyc[] (edge indices in order, *len of them) with its gain per
 * round. False when there is none. dist and pred have a slot per node. */
static bool positive_cycle(const core_scenario *sc, const loop_graph *g, const int *ce, int m,
                           int size, int k, bool loop_gives, double *dist, int *pred, int *cyc,
                           int *len, double *gain)
{
    for (int i = 0; i < m; i++) { /* as if a source reached every node at 0 */
        dist[g->e[ce[i]].from] = dist[g->e[ce[i]].to] = 0;
        pred[g->e[ce[i]].from] = pred[g->e[ce[i]].to] = -1;
    }
    int changed = -1;
    for (int round = 0; round <= size; round++) {
        changed = -1;
        for (int i = 0; i < m; i++) {
            const loop_edge *e = &g->e[ce[i]];
            double v = dist[e->from] + edge_gain(sc, e, k, loop_gives);
            if (v > dist[e->to] + 1e-9) {
                dist[e->to] = v;
                pred[e->to] = ce[i];
                changed = e->to;
            }
        }
        if (changed < 0) return false;
    }
    /* Still improving after `size` rounds: a positive cycle. Walking back
     * size steps from the last improved node lands on it. */
    int v = changed;
    for (int i = 0; i < size; i++)
        v = g->e[pred[v]].from;
    int n = 0, u = v;
    do {
        cyc[n++] = pred[u];
        u = g->e[pred[u]].from;
    } while (u != v && n < size);
    *gain = 0;
    for (int i = 0; i < n / 2; i++) { /* walked backwards: put it in playing order */
        int t = cyc[i];
        cyc[i] = cyc[n - 1 - i];
        cyc[n - 1 - i] = t;
    }
    for (int i = 0; i < n; i++)
        *gain += edge_gain(sc, &g->e[cyc[i]], k, loop_gives);
    *len = n;
    return true;
}

/* "a (choice 2, line 12) -> b (timeout, line 30) -> a", starting at the
 * cycle's first edge that gains in skill k (*at: its index in cyc); in the
 * reader's language when tr. */
static void describe_cycle(const core_scenario *sc, const loop_graph *g, const int *cyc, int len,
                           int at, bool tr, char *out, size_t n)
{
    size_t k = 0;
    for (int i = 0; i < len && k + 120 < n; i++) {
        const loop_edge *e = &g->e[cyc[(at + i) % len]];
        const core_node *from = &sc->nodes[e->from];
        if (e->choice >= 0)
            k += (size_t)snprintf(out + k, n - k,
                                  tr ? core_diag_tr(CORE_TR("%s (choice %d, line %d) -> "))
                                     : "%s (choice %d, line %d) -> ",
                                  from->id, e->choice + 1, from->choices[e->choice].line);
        else
            k += (size_t)snprintf(out + k, n - k,
                                  tr ? core_diag_tr(CORE_TR("%s (timeout, line %d) -> "))
                                     : "%s (timeout, line %d) -> ",
                                  from->id, from->line);
    }
    const char *back = sc->nodes[g->e[cyc[at]].from].id;
    if (k + 120 >= n)
        snprintf(out + k, n - k, "... -> %s", back);
    else
        snprintf(out + k, n - k, "%s", back);
}

#define LOOP_WORK_MAX 50000000L /* edge relaxations per component and skill */

/* A loop through an author function (a function `to`, a `when` function) may
 * be one the function never lets a player go round (it routes elsewhere the
 * second time). Plays it in the real runtime: from its first node, round
 * twice. True when every step follows the loop; false when a function takes
 * another way, hides a choice or fails. Without hooks, true (reported). */
static bool goes_round(const core_scenario *sc, const core_hooks *hooks, const loop_graph *g,
                       const int *cyc, int len)
{
    bool fn = false;
    for (int i = 0; i < len; i++) {
        const loop_edge *e = &g->e[cyc[i]];
        const core_choice *c = e->choice >= 0 ? &sc->nodes[e->from].choices[e->choice] : NULL;
        fn |= c && (c->to_fn != CORE_NO_FN || c->when_fn != CORE_NO_FN);
    }
    if (!fn || !hooks) return true;
    core_session *s = core_session_new_at(sc, hooks, g->e[cyc[0]].from, NULL, 0, NULL, 0);
    bool ok = s != NULL;
    for (int i = 0; ok && i < 2 * len; i++) {
        const loop_edge *e = &g->e[cyc[i % len]];
        ok = core_session_status(s) == CORE_PLAYING && core_session_state(s)->node == e->from;
        if (!ok) break;
        if (e->choice < 0) {
            ok = core_session_timeout(s, 0) == 0;
        } else {
            int shown = 0;
            for (int v = 0; v < core_session_n_visible(s) && !shown; v++)
                if (core_session_visible(s, v) == e->choice) shown = v + 1;
            ok = shown && core_session_choose(s, shown, 0) == 0;
        }
        ok = ok && core_session_status(s) == CORE_PLAYING && core_session_state(s)->node == e->to;
    }
    core_session_free(s);
    return ok;
}

/* farming-loop: a loop the player can go round again and again (every
 * `when` possibly true, as for best and worst) whose choices add up to a
 * gain in a skill: each round adds points, so a patient player farms a score
 * no conversation earns. A choice shown only until the loop teaches a fact
 * (`when = "!fact"`) is taken once, so it is not part of such a loop. One
 * warning per loop and skill, at the loop's first choice that gains. */
static void check_loops(const core_scenario *sc, const core_hooks *hooks, core_diags *d)
{
    int nn = sc->n_nodes;
    if (nn == 0) return;
    loop_graph g = {0};
    int *comp = malloc(sizeof(int) * (size_t)(nn + 1));
    int *size = calloc((size_t)nn + 1, sizeof(int));   /* nodes per component */
    int *cfirst = calloc((size_t)nn + 2, sizeof(int)); /* edges grouped by component */
    bool *seen = calloc((size_t)nn + 1, sizeof(bool));
    double *dist = malloc(sizeof(double) * (size_t)(nn + 1));
    int *pred = malloc(sizeof(int) * (size_t)(nn + 1));
    int *ce = NULL, *cyc = NULL;
    if (!comp || !size || !cfirst || !seen || !dist || !pred || !loop_graph_build(sc, &g) ||
        !loop_components(sc, &g, comp) || !core_reachable(sc, seen))
        goto done;
    ce = malloc(sizeof(int) * (size_t)(g.n + 1));
    /* Both the cycle found (at most nn edges) and a component's kept edges. */
    cyc = malloc(sizeof(int) * (size_t)((g.n > nn ? g.n : nn) + 1));
    if (!ce || !cyc) goto done;
    for (int v = 0; v < nn; v++)
        size[comp[v]]++;
    /* The edges inside a component of a reachable node, grouped by component
     * (a counting sort: cfirst[c] .. cfirst[c + 1]). */
    for (int i = 0; i < g.n; i++)
        if (seen[g.e[i].from] && comp[g.e[i].to] == comp[g.e[i].from])
            cfirst[comp[g.e[i].from] + 1]++;
    for (int c = 0; c < nn; c++)
        cfirst[c + 1] += cfirst[c];
    for (int i = 0; i < g.n; i++)
        if (seen[g.e[i].from] && comp[g.e[i].to] == comp[g.e[i].from])
            ce[cfirst[comp[g.e[i].from]]++] = i;
    for (int c = nn; c > 0; c--) /* the fill moved each start to its end */
        cfirst[c] = cfirst[c - 1];
    cfirst[0] = 0;
    for (int c = 0; c < nn; c++) {
        int all = cfirst[c + 1] - cfirst[c], m = 0;
        if (all == 0 || (long)all * (long)(all > size[c] ? all : size[c]) > LOOP_WORK_MAX) continue;
        /* Only the edges that can be taken round after round: those shown
         * once only move to the end, out of the search. */
        int *edges = ce + cfirst[c], *kept = cyc;
        bool gives = false;
        for (int i = 0; i < all; i++) {
            const loop_edge *e = &g.e[edges[i]];
            if (once_only(sc, &g, edges, all, e)) continue;
            kept[m++] = edges[i];
            gives |= e->choice >= 0 && sc->nodes[e->from].choices[e->choice].gives;
        }
        memcpy(edges, kept, sizeof(int) * (size_t)m);
        if (m == 0) continue;
        for (int k = 0; k < sc->n_skills; k++) {
            int len = 0;
            double gain = 0;
            if (!positive_cycle(sc, &g, edges, m, size[c], k, gives, dist, pred, cyc, &len,
                                &gain) ||
                !goes_round(sc, hooks, &g, cyc, len))
                continue;
            int at = 0;
            while (at + 1 < len && edge_gain(sc, &g.e[cyc[at]], k, gives) <= 0)
                at++;
            const loop_edge *e = &g.e[cyc[at]];
            char loop[700], loop_tr[700], np[600], path[700], msg[1024], shown[1024];
            describe_cycle(sc, &g, cyc, len, at, false, loop, sizeof loop);
            describe_cycle(sc, &g, cyc, len, at, true, loop_tr, sizeof loop_tr);
            const core_node *from = &sc->nodes[e->from];
            node_path(np, sizeof np, from);
            if (e->choice >= 0)
                snprintf(path, sizeof path, "%s.choices[%d]", np, e->choice + 1);
            else
                snprintf(path, sizeof path, "%s.timeout_score", np);
            CORE_DIAG_TWICE(msg, shown,
                            CORE_TR("a player can go round the loop %s again and again, gaining %s "
                                    "%+g on every round: points no conversation earns. Make a "
                                    "round add up to 0 or less, or show the choice once (when = "
                                    "\"!fact\" with a fact the loop teaches)"),
                            (loop, sc->skills[k], gain), (loop_tr, sc->skills[k], gain));
            core_diag_add_shown(d, CORE_WARNING, sc->file, path,
                                e->choice >= 0 ? from->choices[e->choice].line : from->line,
                                "farming-loop", shown, "%s", msg);
        }
    }
done:
    free(g.e);
    free(g.first);
    free(comp);
    free(size);
    free(cfirst);
    free(seen);
    free(dist);
    free(pred);
    free(ce);
    free(cyc);
}

bool app_check_file(const char *file, core_diags *d, app_cue_stats *cues)
{
    int before = d->errors;
    /* As written: the checks read the author's text, and the translations
     * beside it are checked against that text (l10n.h). */
    scr_scenario *s = scr_load_lang(file, NULL, "", d);
    if (cues) memset(cues, 0, sizeof *cues);
    if (s) check_all(scr_model(s), scr_hooks(s), d);
    if (s) scr_l10n_check(s, file, d);
    if (s && cues) app_cue_measure(scr_model(s), cues);
    scr_free(s);
    return d->errors == before;
}

bool app_check_pack_file(const char *file, core_diags *d)
{
    int before = d->errors;
    /* Its scenarios must be in the library the window will open. */
    char *dir = app_library_dir();
    app_library lib = {0};
    bool have_lib = dir && app_library_scan(dir, &lib);
    core_pack *p = app_pack_load(file, have_lib ? &lib : NULL, d);
    if (p && !have_lib)
        core_diag_add(
            d, CORE_WARNING, file, "", 0, "no-library",
            CORE_TR("the scenario library (%s) cannot be read, so the scenarios this pack "
                    "names were not checked"),
            dir ? dir : "?");
    app_pack_free(p);
    app_library_free(&lib);
    free(dir);
    return d->errors == before;
}

/* ---- checking text an editor holds (rapport lsp) ---- */

#define TEXT_MAX (16u << 20) /* bytes, as for a scenario file */

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n > t && strcmp(s + n - t, tail) == 0;
}

app_checked *app_check_text(const char *name, const char *buf, size_t len, const app_library *lib,
                            core_diags *d)
{
    app_checked *c = calloc(1, sizeof *c);
    if (!c) {
        core_diag_add(d, CORE_ERROR, name, "", 0, "memory", "out of memory while checking");
        return NULL;
    }
    if (len > TEXT_MAX) { /* as scr_load refuses such a file */
        core_diag_add(d, CORE_ERROR, name, "", 0, "io",
                      CORE_TR("is larger than %u MiB; scenarios are text files"), TEXT_MAX >> 20);
    } else if (ends_with(name, ".test.lua")) {
        app_expects *ex = app_expects_load_text(name, buf, len, d);
        if (ex) c->scr = app_expects_check_beside(ex, name, d);
        app_expects_free(ex);
    } else if (ends_with(name, ".pack.lua")) {
        core_pack *p = scr_pack_load_buffer(name, buf, len, NULL, d);
        const char **ids = lib ? malloc(sizeof *ids * (size_t)(lib->n + 1)) : NULL;
        int n = 0;
        for (int i = 0; p && ids && i < lib->n; i++)
            if (lib->v[i].id && lib->v[i].id[0]) ids[n++] = lib->v[i].id;
        if (p && ids) scr_pack_check_ids(p, ids, n, d);
        free(ids);
        scr_pack_free(p);
    } else {
        c->scr = scr_load_buffer(name, buf, len, NULL, d);
        if (c->scr) check_all(scr_model(c->scr), scr_hooks(c->scr), d);
    }
    return c;
}

const core_scenario *app_checked_scenario(const app_checked *c)
{
    return c && c->scr ? scr_model(c->scr) : NULL;
}

void app_checked_free(app_checked *c)
{
    if (!c) return;
    scr_free(c->scr);
    free(c);
}
