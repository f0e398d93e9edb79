/* test_core.c: the runtime and scoring rules, built in C without Lua. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* a --(c1: gives)--> b --(c1: asks)--> end_good
 *   \-(c2: asks) --> b     b --(c2: asks)--> end_bad */
static core_scenario *value_graph(void)
{
    core_scenario *sc = core_scenario_new();
    int a = core_add_node(sc, "a"), b = core_add_node(sc, "b");
    int g = core_add_node(sc, "end_good"), x = core_add_node(sc, "end_bad");
    sc->nodes[g].ending = core_strdup("good");
    sc->nodes[x].ending = core_strdup("bad");
    sc->start = a;
    int c = core_add_choice(sc, a, "Here is the report you wanted.");
    sc->nodes[a].choices[c].to = b;
    sc->nodes[a].choices[c].gives = true;
    c = core_add_choice(sc, a, "Can you refer me?");
    sc->nodes[a].choices[c].to = b;
    sc->nodes[a].choices[c].asks = true;
    c = core_add_choice(sc, b, "Would you introduce me to Sam?");
    sc->nodes[b].choices[c].to = g;
    sc->nodes[b].choices[c].asks = true;
    c = core_add_choice(sc, b, "Thanks, bye.");
    sc->nodes[b].choices[c].to = x;
    sc->nodes[b].choices[c].score[0] = 1; /* listening */
    core_assign_choice_ids(sc);
    return sc;
}

static void value_rule_units(void **st)
{
    (void)st;
    int g = 0;
    assert_true(core_value_rule(false, true, &g) == -2); /* ask with nothing given */
    assert_int_equal(g, 0);
    assert_true(core_value_rule(true, false, &g) == 0);
    assert_int_equal(g, 1);
    assert_true(core_value_rule(false, true, &g) == 1); /* spends the unit */
    assert_int_equal(g, 0);
    assert_true(core_value_rule(false, true, &g) == -2); /* one favour, not two asks */
    assert_true(core_value_rule(true, true, &g) == 1);   /* the gift in the same breath counts */
    assert_int_equal(g, 0);
}

static void session_applies_value_rule(void **st)
{
    (void)st;
    core_scenario *sc = value_graph();
    int vf = core_value_first_skill(sc);
    core_session *s = core_session_new(sc, NULL);
    assert_int_equal(core_session_choose(s, 1, 0), 0); /* gives */
    assert_int_equal(core_session_choose(s, 1, 0), 0); /* asks, with goodwill */
    assert_int_equal(core_session_status(s), CORE_ENDED);
    assert_true(core_session_state(s)->score[vf] == 1);
    core_session_free(s);
    s = core_session_new(sc, NULL);
    core_session_choose(s, 2, 0); /* asks first */
    core_session_choose(s, 1, 0); /* asks again */
    assert_true(core_session_state(s)->score[vf] == -4);
    core_session_free(s);
    core_scenario_free(sc);
}

static void bounds_without_loops(void **st)
{
    (void)st;
    core_scenario *sc = value_graph();
    core_bounds b;
    assert_true(core_compute_bounds(sc, &b));
    assert_true(b.exact);
    int vf = core_value_first_skill(sc);
    /* best value_first: give then ask (+1); worst: ask then ask (-4) */
    assert_true(b.best[vf] == 1);
    assert_true(b.worst[vf] == -4);
    assert_true(b.best[0] == 1); /* listening: the "thanks" branch */
    assert_true(b.worst[0] == 0);
    core_scenario_free(sc);
}

/* a --(again: empathy +1)--> a, a --(leave)--> e (ending). */
static core_scenario *loop_graph(void)
{
    core_scenario *sc = core_scenario_new();
    int a = core_add_node(sc, "a"), e = core_add_node(sc, "e");
    sc->nodes[e].ending = core_strdup("done");
    sc->start = a;
    int c = core_add_choice(sc, a, "again");
    sc->nodes[a].choices[c].to = a;
    sc->nodes[a].choices[c].score[1] = 1;
    c = core_add_choice(sc, a, "leave");
    sc->nodes[a].choices[c].to = e;
    core_assign_choice_ids(sc);
    return sc;
}

/* A restart is a new session: visits (a loop visits a node many times),
 * score, path and steps all back to where a fresh one starts. */
static void restart_is_a_new_session(void **st)
{
    (void)st;
    core_scenario *sc = loop_graph();
    int a = core_find_node(sc, "a"), e = core_find_node(sc, "e");
    core_session *s = core_session_new(sc, NULL), *fresh = core_session_new(sc, NULL);
    for (int i = 0; i < 5; i++)
        core_session_choose(s, 1, 0);
    core_session_choose(s, 2, 0);
    assert_int_equal(core_session_state(s)->visits[a], 6);
    assert_int_equal(core_session_status(s), CORE_ENDED);
    core_session_restart(s);
    assert_int_equal(core_session_status(s), CORE_PLAYING);
    assert_int_equal(core_session_n_steps(s), 0);
    assert_int_equal(core_session_path_len(s), 1);
    assert_memory_equal(core_session_state(s)->visits, core_session_state(fresh)->visits,
                        sizeof(int) * (size_t)sc->n_nodes);
    assert_memory_equal(core_session_state(s)->score, core_session_state(fresh)->score,
                        sizeof(double) * CORE_MAX_SKILLS);
    assert_int_equal(core_session_state(s)->visits[a], 1);
    assert_int_equal(core_session_state(s)->visits[e], 0);
    core_session_free(s);
    core_session_free(fresh);
    core_scenario_free(sc);
}

static void bounds_with_loop(void **st)
{
    (void)st;
    core_scenario *sc = loop_graph();
    core_bounds b;
    assert_true(core_compute_bounds(sc, &b));
    assert_false(b.exact);
    /* Walks of at most n_nodes (2) choices: "again" once, then "leave". */
    assert_true(b.best[1] == 1);
    assert_true(b.worst[1] == 0);
    core_scenario_free(sc);
}

static void percent_edges(void **st)
{
    (void)st;
    assert_true(core_percent(3, 3, 3) == 100);
    assert_true(core_percent(0, 4, 0) == 0);
    assert_true(core_percent(2, 4, 0) == 50);
    assert_true(core_percent(9, 4, 0) == 100); /* clamped */
    assert_true(core_percent(-9, 4, 0) == 0);
    assert_true(fabs(core_percent(-1, 2, -4) - 50) < 1e-9);
}

/* a: choice 1 needs fact "f" (hidden until learned), choice 2 learns it and loops
 * to a, choice 3 ends. */
static core_scenario *when_graph(void)
{
    core_scenario *sc = core_scenario_new();
    int a = core_add_node(sc, "a"), e = core_add_node(sc, "e");
    sc->nodes[e].ending = core_strdup("done");
    sc->start = a;
    int f = core_intern_fact(sc, "f");
    int c = core_add_choice(sc, a, "recall f");
    sc->nodes[a].choices[c].to = e;
    sc->nodes[a].choices[c].when = malloc(sizeof(core_fact_test));
    sc->nodes[a].choices[c].when[0] = (core_fact_test){f, false};
    sc->nodes[a].choices[c].n_when = 1;
    sc->nodes[a].choices[c].score[0] = 2;
    c = core_add_choice(sc, a, "learn f");
    sc->nodes[a].choices[c].to = a;
    sc->nodes[a].choices[c].learn = malloc(sizeof(int));
    sc->nodes[a].choices[c].learn[0] = f;
    sc->nodes[a].choices[c].n_learn = 1;
    c = core_add_choice(sc, a, "leave");
    sc->nodes[a].choices[c].to = e;
    core_assign_choice_ids(sc);
    return sc;
}

static void when_filters_and_numbers(void **st)
{
    (void)st;
    core_scenario *sc = when_graph();
    core_session *s = core_session_new(sc, NULL);
    assert_int_equal(core_session_n_visible(s), 2);
    assert_int_equal(core_session_visible(s, 0), 1);    /* "learn f" is shown first */
    assert_int_equal(core_session_choose(s, 3, 0), -1); /* out of range: nothing changes */
    assert_int_equal(core_session_n_steps(s), 0);
    assert_int_equal(core_session_choose(s, 1, 0), 0); /* learn f */
    assert_int_equal(core_session_state(s)->visits[0], 2);
    assert_int_equal(core_session_n_visible(s), 3);
    assert_int_equal(core_session_choose(s, 1, 0), 0); /* now "recall f" is number 1 */
    assert_true(core_session_state(s)->score[0] == 2);
    assert_int_equal(core_session_status(s), CORE_ENDED);
    core_session_free(s);
    core_scenario_free(sc);
}

static void rewind_and_replay(void **st)
{
    (void)st;
    core_scenario *sc = when_graph();
    core_session *s = core_session_new(sc, NULL);
    core_session_choose(s, 1, 10);
    core_session_choose(s, 1, 20);
    assert_int_equal(core_session_status(s), CORE_ENDED);
    assert_int_equal(core_session_rewind(s), 0);
    assert_int_equal(core_session_status(s), CORE_PLAYING);
    assert_int_equal(core_session_n_steps(s), 1);
    assert_true(core_session_state(s)->score[0] == 0);
    assert_true(core_session_state(s)->facts[0]); /* learned in the kept step */
    assert_int_equal(core_session_rewind(s), 0);
    assert_false(core_session_state(s)->facts[0]);
    assert_int_equal(core_session_rewind(s), -1);
    /* Two sessions fed the same choices end in the same state. */
    core_session *a = core_session_new(sc, NULL), *b = core_session_new(sc, NULL);
    int seq[] = {1, 1, 1};
    for (int i = 0; i < 3; i++) {
        core_session_choose(a, seq[i], 0);
        core_session_choose(b, seq[i], 0);
    }
    assert_int_equal(core_session_path_len(a), core_session_path_len(b));
    for (int i = 0; i < core_session_path_len(a); i++)
        assert_int_equal(core_session_path(a, i), core_session_path(b, i));
    assert_memory_equal(core_session_state(a)->score, core_session_state(b)->score,
                        sizeof(double) * CORE_MAX_SKILLS);
    core_session_free(a);
    core_session_free(b);
    core_session_free(s);
    core_scenario_free(sc);
}

static void stuck_node_fails_cleanly(void **st)
{
    (void)st;
    core_scenario *sc = core_scenario_new();
    int a = core_add_node(sc, "a"), e = core_add_node(sc, "e");
    sc->nodes[e].ending = core_strdup("done");
    sc->start = a;
    int c = core_add_choice(sc, a, "only if f");
    sc->nodes[a].choices[c].to = e;
    sc->nodes[a].choices[c].when = malloc(sizeof(core_fact_test));
    sc->nodes[a].choices[c].when[0] = (core_fact_test){core_intern_fact(sc, "f"), false};
    sc->nodes[a].choices[c].n_when = 1;
    core_session *s = core_session_new(sc, NULL);
    assert_int_equal(core_session_status(s), CORE_FAILED);
    assert_non_null(strstr(core_session_error(s), "shows no choice"));
    core_session_free(s);
    core_scenario_free(sc);
}

static void timeout_moves(void **st)
{
    (void)st;
    core_scenario *sc = core_scenario_new();
    int a = core_add_node(sc, "a"), late = core_add_node(sc, "late");
    sc->nodes[late].ending = core_strdup("too_late");
    sc->start = a;
    sc->nodes[a].timeout = 5;
    sc->nodes[a].on_timeout = late;
    int c = core_add_choice(sc, a, "speak");
    sc->nodes[a].choices[c].to = late;
    core_session *s = core_session_new(sc, NULL);
    assert_int_equal(core_session_timeout(s, 5000), 0);
    assert_int_equal(core_session_status(s), CORE_ENDED);
    assert_int_equal(core_session_step(s, 0)->shown, 0);
    core_session_free(s);
    core_scenario_free(sc);
}

static void best_path(void **st)
{
    (void)st;
    core_scenario *sc = value_graph();
    core_path_step p[8];
    int n = core_best_path(sc, p, 8);
    assert_int_equal(n, 2);
    assert_int_equal(p[0].node, 0);
    assert_int_equal(p[0].choice, 0); /* give first */
    assert_int_equal(p[1].to, 2);     /* then the specific ask: end_good */
    core_scenario_free(sc);
    sc = when_graph(); /* a loop; `when` counts as possibly true, as for the bounds */
    n = core_best_path(sc, p, 8);
    assert_int_equal(n, 1);
    assert_int_equal(p[0].choice, 0); /* "recall f" (+2) straight to the ending */
    assert_int_equal(p[0].to, 1);
    core_scenario_free(sc);
}

static void edit_distance(void **st)
{
    (void)st;
    assert_int_equal(core_edit_distance("cooled", "cooled_off", 5), 4);
    assert_int_equal(core_edit_distance("arive", "arrive", 3), 1);
    assert_int_equal(core_edit_distance("abc", "xyzxyzxyz", 2), 3);
}

/* ---- second edition: shuffled order, accuracy, timeout_score, reply ---- */

/* One node with n choices leading to an ending; choice i scores listening i. */
static core_scenario *fan(int n)
{
    core_scenario *sc = core_scenario_new();
    int a = core_add_node(sc, "a"), e = core_add_node(sc, "end");
    sc->nodes[e].ending = core_strdup("done");
    sc->start = a;
    for (int i = 0; i < n; i++) {
        char t[32];
        snprintf(t, sizeof t, "choice %d", i);
        int c = core_add_choice(sc, a, t);
        sc->nodes[a].choices[c].to = e;
        sc->nodes[a].choices[c].score[0] = i;
    }
    core_assign_choice_ids(sc);
    return sc;
}

static void order_of(core_session *s, int *out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = core_session_visible(s, i);
}

static void shuffle_is_seeded_and_complete(void **st)
{
    (void)st;
    core_scenario *sc = fan(6);
    core_session *s = core_session_new(sc, NULL);
    int author[6], a1[6], a2[6];
    order_of(s, author, 6);
    for (int i = 0; i < 6; i++)
        assert_int_equal(author[i], i); /* no seed: the author's order */
    assert_false(core_session_seeded(s, NULL));
    core_session_set_seed(s, 42);
    order_of(s, a1, 6);
    core_session *t = core_session_new(sc, NULL);
    core_session_set_seed(t, 42);
    order_of(t, a2, 6);
    assert_memory_equal(a1, a2, sizeof a1); /* same seed, same order */
    int seen = 0;
    for (int i = 0; i < 6; i++)
        seen |= 1 << a1[i];
    assert_int_equal(seen, 63); /* a permutation: every choice once */
    /* Over many seeds each choice lands first about equally often. */
    int first[6] = {0};
    for (unsigned long seed = 0; seed < 6000; seed++) {
        core_session_set_seed(t, seed);
        first[core_session_visible(t, 0)]++;
    }
    for (int i = 0; i < 6; i++)
        assert_true(first[i] > 800 && first[i] < 1200);
    /* Picking by shown number follows the shuffled order. */
    unsigned long seed;
    assert_true(core_session_seeded(s, &seed));
    assert_int_equal(seed, 42);
    assert_int_equal(core_session_choose(s, 1, 0), 0);
    assert_true(core_session_step(s, 0)->choice == a1[0]);
    int n;
    const int *shown = core_session_step_shown(s, 0, &n);
    assert_int_equal(n, 6);
    assert_memory_equal(shown, a1, sizeof a1);
    /* A rewind replays the same order. */
    assert_int_equal(core_session_rewind(s), 0);
    order_of(s, a2, 6);
    assert_memory_equal(a1, a2, sizeof a1);
    core_session_free(s);
    core_session_free(t);
    core_scenario_free(sc);
}

static void fixed_order_is_kept(void **st)
{
    (void)st;
    core_scenario *sc = fan(5);
    sc->nodes[0].order_fixed = true;
    core_session *s = core_session_new(sc, NULL);
    for (unsigned long seed = 0; seed < 50; seed++) {
        core_session_set_seed(s, seed);
        for (int i = 0; i < 5; i++)
            assert_int_equal(core_session_visible(s, i), i);
    }
    core_session_free(s);
    core_scenario_free(sc);
}

static void accuracy_per_step(void **st)
{
    (void)st;
    core_scenario *sc = fan(3); /* listening 0, 1, 2 */
    core_session *s = core_session_new(sc, NULL);
    double a;
    assert_false(core_session_accuracy(s, 0, &a)); /* no step yet: null */
    core_session_choose(s, 2, 0);                  /* the middle one */
    assert_true(core_session_accuracy(s, 0, &a));
    assert_true(fabs(a - 50) < 1e-9);
    /* empathy never differs between the options: no accuracy for it */
    assert_false(core_session_accuracy(s, 1, &a));
    core_session_restart(s);
    core_session_choose(s, 3, 0);
    assert_true(core_session_accuracy(s, 0, &a) && fabs(a - 100) < 1e-9);
    core_session_free(s);
    core_scenario_free(sc);
}

/* Accuracy counts the value rule at the moment: after a gift an ask is the best. */
static void accuracy_counts_value_rule(void **st)
{
    (void)st;
    core_scenario *sc = value_graph();
    int vf = core_value_first_skill(sc);
    core_session *s = core_session_new(sc, NULL);
    core_session_choose(s, 1, 0); /* gives: 0 vs ask -2 */
    core_session_choose(s, 1, 0); /* asks with goodwill: +1 vs 0 */
    double a;
    assert_true(core_session_accuracy(s, vf, &a));
    assert_true(fabs(a - 100) < 1e-9);
    core_session_restart(s);
    core_session_choose(s, 2, 0); /* asks first: -2 of (0, -2) */
    core_session_choose(s, 2, 0); /* "Thanks, bye": 0; the ask would cost -2 now */
    assert_true(core_session_accuracy(s, vf, &a));
    assert_true(fabs(a - 50) < 1e-9); /* 0 % then 100 % */
    core_session_free(s);
    core_scenario_free(sc);
}

static void timeout_is_an_option(void **st)
{
    (void)st;
    core_scenario *sc = fan(1); /* one choice, listening 0 */
    core_node *a = &sc->nodes[0];
    int late = core_add_node(sc, "late");
    a = &sc->nodes[0];
    sc->nodes[late].ending = core_strdup("late");
    a->timeout = 5;
    a->on_timeout = late;
    a->timeout_score[0] = -1;
    core_session *s = core_session_new(sc, NULL);
    core_session_timeout(s, 5000);
    double acc;
    assert_true(core_session_accuracy(s, 0, &acc)); /* two options: the choice and the pass */
    assert_true(fabs(acc) < 1e-9);
    assert_true(core_session_state(s)->score[0] == -1);
    assert_true(core_session_step(s, 0)->score[0] == -1);
    core_bounds b;
    assert_true(core_compute_bounds(sc, &b));
    assert_true(b.worst[0] == -1 && b.best[0] == 0);
    core_session_restart(s);
    core_session_choose(s, 1, 0);
    assert_true(core_session_accuracy(s, 0, &acc) && fabs(acc - 100) < 1e-9);
    core_session_free(s);
    core_scenario_free(sc);
}

static void reply_follows_the_choice(void **st)
{
    (void)st;
    core_scenario *sc = fan(2);
    sc->nodes[0].choices[1].reply = core_strdup("Oh, thank you.");
    core_session *s = core_session_new(sc, NULL);
    assert_null(core_session_reply(s));
    core_session_choose(s, 2, 0);
    assert_string_equal(core_session_reply(s), "Oh, thank you.");
    assert_string_equal(core_session_step_reply(s, 0), "Oh, thank you.");
    core_session_restart(s);
    assert_null(core_session_step_reply(s, 0));
    assert_null(core_session_reply(s));
    core_session_choose(s, 1, 0);
    assert_null(core_session_reply(s));
    core_session_free(s);
    core_scenario_free(sc);
}

static void choice_effect_is_the_rule(void **st)
{
    (void)st;
    core_scenario *sc = value_graph();
    int vf = core_value_first_skill(sc);
    const core_choice *ask = &sc->nodes[1].choices[0];
    double e[CORE_MAX_SKILLS];
    int g = 0;
    core_choice_effect(sc, ask, &g, e);
    assert_true(e[vf] == -2 && g == 0);
    g = 1;
    core_choice_effect(sc, ask, &g, e);
    assert_true(e[vf] == 1 && g == 0);
    core_choice_effect(sc, ask, NULL, e); /* no goodwill tracked: none banked */
    assert_true(e[vf] == -2);
    g = 1;
    assert_true(core_choice_skill_effect(ask, vf, vf, &g) == 1 && g == 0);
    assert_string_equal(core_skill_label("value_first"), "Value first");
    assert_string_equal(core_skill_phrase("listening"), "active listening");
    bool mistake;
    assert_string_equal(core_tag_phrase("interrupt", &mistake), "interrupted");
    assert_true(mistake);
    assert_null(core_tag_phrase("no_such_tag", NULL));
    assert_true(core_mood_valid("guarded") && !core_mood_valid("happy"));
    core_scenario_free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(value_rule_units),
        cmocka_unit_test(session_applies_value_rule),
        cmocka_unit_test(bounds_without_loops),
        cmocka_unit_test(bounds_with_loop),
        cmocka_unit_test(percent_edges),
        cmocka_unit_test(when_filters_and_numbers),
        cmocka_unit_test(rewind_and_replay),
        cmocka_unit_test(restart_is_a_new_session),
        cmocka_unit_test(stuck_node_fails_cleanly),
        cmocka_unit_test(timeout_moves),
        cmocka_unit_test(edit_distance),
        cmocka_unit_test(best_path),
        cmocka_unit_test(shuffle_is_seeded_and_complete),
        cmocka_unit_test(fixed_order_is_kept),
        cmocka_unit_test(accuracy_per_step),
        cmocka_unit_test(accuracy_counts_value_rule),
        cmocka_unit_test(timeout_is_an_option),
        cmocka_unit_test(reply_follows_the_choice),
        cmocka_unit_test(choice_effect_is_the_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
