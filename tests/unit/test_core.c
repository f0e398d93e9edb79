/* test_core.c: the runtime and scoring rules, built in C without Lua. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core.h"

#include <math.h>
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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
