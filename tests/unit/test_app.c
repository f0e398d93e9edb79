/* test_app.c: the library scan, the recommendation, and reloading a scenario
 * under a running session (F5) and starting anywhere. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[128];

static void write_scenario(const char *name, const char *family, int difficulty,
                           const char *choice_fields)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s.lua", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f,
            "return { format = 1, id = 't.%s', title = '%s', family = '%s', difficulty = %d,\n"
            "  start = 'a', nodes = {\n"
            "  a = { text = 'hi', choices = { { text = 'x', to = 'e', %s, feedback = 'f' },\n"
            "                                 { text = 'y', to = 'e', feedback = 'f' } } },\n"
            "  e = { text = 'end', ending = 'done' } } }\n",
            name, name, family, difficulty, choice_fields);
    fclose(f);
}

static int setup(void **st)
{
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/rapport-app-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    write_scenario("listen", "alpha", 2, "score = { listening = 3 }");
    write_scenario("give", "beta", 2, "asks = true, score = { empathy = 1 }");
    write_scenario("feel", "gamma", 1, "score = { empathy = 2 }");
    char path[256];
    snprintf(path, sizeof path, "%s/give.test.lua", dir); /* must be skipped */
    FILE *f = fopen(path, "w");
    fputs("return {}", f);
    fclose(f);
    return 0;
}

static int teardown(void **st)
{
    (void)st;
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void add(st_progress *p, const char *id, const char *family, const char *started,
                double listening, double empathy, double value_first)
{
    st_record r = {.scenario = (char *)id,
                   .family = (char *)family,
                   .started = (char *)started,
                   .outcome = "done",
                   .n_skills = 3};
    r.skills[0] = (st_skill){.name = "listening", .percent = listening};
    r.skills[1] = (st_skill){.name = "empathy", .percent = empathy};
    r.skills[2] = (st_skill){.name = "value_first", .percent = value_first};
    assert_true(st_progress_add(p, &r));
}

static void scan_and_focus(void **st)
{
    (void)st;
    app_library lib;
    assert_true(app_library_scan(dir, &lib));
    assert_int_equal(lib.n, 3); /* the .test.lua file is not a scenario */
    int l = app_library_find(&lib, "t.listen"), g = app_library_find(&lib, "t.give");
    assert_true(l >= 0 && g >= 0);
    assert_string_equal(lib.v[l].focus, "listening");
    assert_string_equal(lib.v[g].focus, "value_first"); /* the ask costs 2: widest range */
    app_library_free(&lib);
}

static void recommendation(void **st)
{
    (void)st;
    app_library lib;
    assert_true(app_library_scan(dir, &lib));
    st_progress p;
    st_progress_init(&p, "Ana");
    char why[300];
    int i = app_recommend(&lib, &p, why, sizeof why);
    assert_string_equal(lib.v[i].id, "t.feel"); /* nothing played: the gentlest */
    /* Weak at value_first: the scenario that trains it. */
    add(&p, "t.feel", "gamma", "2026-11-01T10:00:00Z", 90, 90, 20);
    i = app_recommend(&lib, &p, why, sizeof why);
    assert_string_equal(lib.v[i].id, "t.give");
    assert_non_null(strstr(why, "giving value before asking"));
    /* Strong everywhere: the family practised longest ago (alpha never). */
    add(&p, "t.give", "beta", "2026-11-02T10:00:00Z", 95, 95, 95);
    add(&p, "t.feel", "gamma", "2026-11-03T10:00:00Z", 95, 95, 95);
    i = app_recommend(&lib, &p, why, sizeof why);
    assert_string_equal(lib.v[i].id, "t.listen");
    assert_non_null(strstr(why, "alpha"));
    st_progress_free(&p);
    app_library_free(&lib);
}

/* A two-step scenario: a -> b -> c (ending); `to_b` names a's target. */
static void write_chain(const char *path, const char *first_text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f,
            "return { format = 1, id = 't.chain', title = 'Chain', start = 'a',\n"
            "  cast = { sam = { name = 'Sam' } },\n"
            "  nodes = {\n"
            "    a = { speaker = 'sam', text = 'A', learn = { 'heard' }, choices = {\n"
            "      { text = '%s', to = 'b', trust = { sam = 1 }, feedback = 'f' } } },\n"
            "    b = { speaker = 'sam', text = 'B', choices = {\n"
            "      { text = 'Go on', to = 'c', feedback = 'f' },\n"
            "      { text = 'Stop', to = 'c', feedback = 'f' } } },\n"
            "    c = { speaker = 'sam', text = 'C', ending = 'done' } } }\n",
            first_text);
    fclose(f);
}

static void reload_keeps_place(void **st)
{
    (void)st;
    char path[256];
    snprintf(path, sizeof path, "%s/chain.lua", dir);
    write_chain(path, "Hello");
    core_diags d = {0};
    app_play *p = app_play_open(path, &d);
    assert_non_null(p);
    assert_int_equal(core_session_choose(app_play_session(p), 1, 0), 0);
    assert_string_equal(core_session_node(app_play_session(p))->id, "b");

    /* An edit elsewhere: the history still fits, so it is replayed. */
    assert_true(app_play_reload(p, &d));
    assert_string_equal(core_session_node(app_play_session(p))->id, "b");
    assert_int_equal(core_session_n_steps(app_play_session(p)), 1);
    assert_false(app_play_partial(p));

    /* The choice taken was rewritten (its id, from its text, changed): the
     * history no longer fits, but the author stays at b with what they had. */
    write_chain(path, "Hello there");
    assert_true(app_play_reload(p, &d));
    const core_session *s = app_play_session(p);
    const core_scenario *sc = app_play_scenario(p);
    assert_string_equal(core_session_node(s)->id, "b");
    assert_true(core_session_state(s)->facts[core_find_fact(sc, "heard")]);
    assert_true(core_session_state(s)->trust[core_find_cast(sc, "sam")] == 1);
    assert_true(app_play_partial(p));
    core_session_choose(app_play_session(p), 1, 0);
    assert_int_equal(core_session_status(app_play_session(p)), CORE_ENDED);
    app_play_close(p);

    /* Start anywhere, then reload: still at the node it started from. */
    p = app_play_open(path, &d);
    const char *facts[] = {"heard"};
    const char *keys[] = {"sam"};
    double trust[] = {2};
    char msg[200];
    assert_true(app_play_start_at(p, "b", facts, 1, keys, trust, 1, msg, sizeof msg));
    assert_true(app_play_partial(p));
    assert_true(app_play_reload(p, &d));
    s = app_play_session(p);
    sc = app_play_scenario(p);
    assert_string_equal(core_session_node(s)->id, "b");
    assert_true(core_session_state(s)->trust[core_find_cast(sc, "sam")] == 2);
    assert_true(app_play_partial(p));
    /* Retry from the start is a whole playthrough again. */
    app_play_restart(p);
    assert_false(app_play_partial(p));
    app_play_close(p);
    core_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scan_and_focus),
        cmocka_unit_test(recommendation),
        cmocka_unit_test(reload_keeps_place),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
