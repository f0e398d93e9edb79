/* cues.c: can the best choice be found without listening? The surface cues a
 * guessing learner uses (position, length, a question mark, "you"), measured
 * statically over a scenario's nodes for `rapport check`, and played as bots
 * by `rapport test --bots` (docs/authoring.md, "Guessability"). */
#include "app.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const CUE_NAMES[APP_N_BOTS] = {"first",    "last",      "shortest", "longest",
                                                  "question", "you-words", "random"};

const char *app_cue_name(int cue)
{
    return cue >= 0 && cue < APP_N_BOTS ? CUE_NAMES[cue] : "?";
}

/* Characters, not bytes: a line in another script is not "longer". */
static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static bool ends_with_question(const char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '"' || s[n - 1] == ')'))
        n--;
    return n > 0 && s[n - 1] == '?';
}

/* Second-person words: you, your, yours, yourself, yourselves, you're,
 * you've, you'll, you'd. Jumps from one 'y' to the next: the checker runs
 * this on every choice of a scenario. */
static int you_words(const char *s)
{
    int count = 0;
    for (const char *p = s; (p = strpbrk(p, "yY")) != NULL; p++) {
        if (p > s && (isalpha((unsigned char)p[-1]) || p[-1] == '\'')) continue; /* mid-word */
        if ((p[1] == 'o' || p[1] == 'O') && (p[2] == 'u' || p[2] == 'U')) count++;
    }
    return count;
}

/* What every cue picks among the n_idx choices, in one pass over their
 * texts (the checker runs it on every node of a scenario). Ties go to the
 * first: what a guesser scanning from the top does. -1 where a cue picks none. */
static void cue_picks(const core_node *n, const int *idx, int n_idx, int picks[APP_N_CUES])
{
    for (int c = 0; c < APP_N_CUES; c++)
        picks[c] = -1;
    if (n_idx <= 0) return;
    picks[APP_CUE_FIRST] = 0;
    picks[APP_CUE_LAST] = n_idx - 1;
    size_t shortest = 0, longest = 0;
    int most_you = 0;
    for (int i = 0; i < n_idx; i++) {
        const char *t = n->choices[idx[i]].text;
        size_t len = chars(t);
        int you = you_words(t);
        if (picks[APP_CUE_SHORTEST] < 0 || len < shortest) {
            picks[APP_CUE_SHORTEST] = i;
            shortest = len;
        }
        if (picks[APP_CUE_LONGEST] < 0 || len > longest) {
            picks[APP_CUE_LONGEST] = i;
            longest = len;
        }
        if (you > most_you) {
            picks[APP_CUE_YOU] = i;
            most_you = you;
        }
        if (picks[APP_CUE_QUESTION] < 0 && ends_with_question(t)) picks[APP_CUE_QUESTION] = i;
    }
}

int app_cue_pick(int cue, const core_node *n, const int *idx, int n_idx)
{
    int picks[APP_N_CUES];
    cue_picks(n, idx, n_idx, picks);
    return cue >= 0 && cue < APP_N_CUES ? picks[cue] : -1;
}

/* gw[v] is set when some route reaches node v after a `gives` choice, so a
 * player there may have goodwill banked (propagated to a fixpoint). */
static bool goodwill_reach(const core_scenario *sc, bool *gw)
{
    memset(gw, 0, sizeof(bool) * (size_t)sc->n_nodes);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < sc->n_nodes; i++) {
            const core_node *n = &sc->nodes[i];
            for (int j = 0; j < n->n_choices; j++) {
                const core_choice *c = &n->choices[j];
                bool carry = gw[i] || c->gives;
                if (!carry) continue;
                if (c->to >= 0 && !gw[c->to]) changed = gw[c->to] = true;
                for (int m = 0; m < c->n_can_go; m++)
                    if (!gw[c->can_go[m]]) changed = gw[c->can_go[m]] = true;
            }
            if (gw[i] && n->on_timeout >= 0 && !gw[n->on_timeout])
                changed = gw[n->on_timeout] = true;
        }
    }
    return true;
}

/* The unique best choice of a node by immediate effect over every skill, or
 * -1 when two share the top. goodwill is what a player who gave earlier has
 * banked (1), or 0 where no route has given yet: an invited ask after a gift
 * is the best line there, as it is in play. */
static int unique_best(const core_scenario *sc, const core_node *n, int goodwill)
{
    int best = -1;
    double top = 0;
    bool tie = false;
    for (int j = 0; j < n->n_choices; j++) {
        double e[CORE_MAX_SKILLS], t = 0;
        int g = goodwill;
        core_choice_effect(sc, &n->choices[j], &g, e);
        for (int k = 0; k < sc->n_skills; k++)
            t += e[k];
        if (best < 0 || t > top + 1e-9) {
            best = j;
            top = t;
            tie = false;
        } else if (t > top - 1e-9) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

bool app_cue_measure(const core_scenario *sc, app_cue_stats *out)
{
    memset(out, 0, sizeof *out);
    int *order = NULL;
    bool *gw = calloc((size_t)sc->n_nodes + 1, sizeof(bool));
    for (int c = 0; c < APP_N_CUES; c++)
        out->hit_nodes[c] = calloc((size_t)sc->n_nodes + 1, sizeof(int));
    bool ok = gw && goodwill_reach(sc, gw);
    for (int c = 0; c < APP_N_CUES; c++)
        ok = ok && out->hit_nodes[c];
    for (int i = 0; ok && i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        if (n->n_choices < 2) continue;
        int best = unique_best(sc, n, gw[i] ? 1 : 0);
        if (best < 0) continue;
        int *v = realloc(order, sizeof(int) * (size_t)n->n_choices);
        if (!v) {
            ok = false;
            break;
        }
        order = v;
        for (int j = 0; j < n->n_choices; j++)
            order[j] = j;
        out->judged++;
        int picks[APP_N_CUES];
        cue_picks(n, order, n->n_choices, picks);
        for (int c = 0; c < APP_N_CUES; c++)
            if (picks[c] == best) out->hit_nodes[c][out->hits[c]++] = i;
    }
    free(order);
    free(gw);
    if (!ok) app_cue_stats_free(out);
    return ok;
}

void app_cue_stats_free(app_cue_stats *s)
{
    for (int c = 0; c < APP_N_CUES; c++)
        free(s->hit_nodes[c]);
    memset(s, 0, sizeof *s);
}

/* ---- bots ---- */

static uint64_t bot_rand(uint64_t *s)
{
    /* splitmix64 steps: reproducible on every machine. */
    uint64_t x = (*s += 0x9E3779B97F4A7C15ull);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

bool app_bots_run(app_play *p, int bot, long runs, unsigned long seed, app_bot_result *out)
{
    memset(out, 0, sizeof *out);
    out->bot = bot;
    const core_scenario *sc = app_play_scenario(p);
    int *idx = malloc(sizeof(int) * 64);
    int cap = 64;
    if (!idx) return false;
    uint64_t rs = (uint64_t)seed * 0x2545F4914F6CDD1Dull + (uint64_t)(unsigned)bot + 1u;
    double acc_sum[CORE_MAX_SKILLS] = {0};
    for (long r = 0; r < runs; r++) {
        /* The author's order: positional cues are judged against what the
         * author wrote (shuffling hides them from players, not from review). */
        app_play_restart(p);
        core_session *s = app_play_session(p);
        for (int step = 0; step < 10000 && core_session_status(s) == CORE_PLAYING; step++) {
            int nv = core_session_n_visible(s);
            if (nv > cap) {
                int *v = realloc(idx, sizeof(int) * (size_t)nv);
                if (!v) {
                    free(idx);
                    return false;
                }
                idx = v;
                cap = nv;
            }
            for (int i = 0; i < nv; i++)
                idx[i] = core_session_visible(s, i);
            int k = bot == APP_BOT_RANDOM ? (int)(bot_rand(&rs) % (uint64_t)nv)
                                          : app_cue_pick(bot, core_session_node(s), idx, nv);
            if (k < 0) k = (int)(bot_rand(&rs) % (uint64_t)nv); /* no cue here: a guess */
            core_session_choose(s, k + 1, 0);
        }
        out->runs++;
        if (core_session_status(s) != CORE_ENDED) {
            out->other++;
            continue;
        }
        const char *g = core_session_node(s)->grade;
        if (g && strcmp(g, "good") == 0)
            out->good++;
        else if (g && strcmp(g, "mixed") == 0)
            out->mixed++;
        else if (g && strcmp(g, "poor") == 0)
            out->poor++;
        else
            out->other++;
        for (int k = 0; k < sc->n_skills; k++) {
            double a;
            if (core_session_accuracy(s, k, &a)) {
                acc_sum[k] += a;
                out->acc_n[k]++;
            }
        }
    }
    for (int k = 0; k < sc->n_skills; k++)
        out->accuracy[k] = out->acc_n[k] ? acc_sum[k] / (double)out->acc_n[k] : 0;
    free(idx);
    return true;
}

bool app_bots_worst(app_play *p, long runs, unsigned long seed, app_bot_result *worst)
{
    memset(worst, 0, sizeof *worst);
    for (int b = 0; b < APP_N_BOTS; b++) {
        app_bot_result r;
        if (!app_bots_run(p, b, runs, seed, &r)) return false;
        if (b == 0 || r.good * worst->runs > worst->good * r.runs) *worst = r;
    }
    return true;
}
