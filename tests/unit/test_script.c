/* test_script.c: the loader's messages (file, path, line, did-you-mean, every
 * problem) and author functions failing during play. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "script.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const core_diag *find(const core_diags *d, const char *code)
{
    for (int i = 0; i < d->n; i++)
        if (strcmp(d->v[i].code, code) == 0) return &d->v[i];
    return NULL;
}

static const char broken[] =
    "return {\n"                                               /* 1 */
    "  format = 1, id = 'x.y', title = 'T',\n"                 /* 2 */
    "  cast = { maya = { name = 'Maya' } },\n"                 /* 3 */
    "  start = 'arrive',\n"                                    /* 4 */
    "  nodes = {\n"                                            /* 5 */
    "    arrive = {\n"                                         /* 6 */
    "      speaker = 'maya', text = 'Hi',\n"                   /* 7 */
    "      choices = {\n"                                      /* 8 */
    "        { text = 'a', to = 'cooled', feedback = 'f' },\n" /* 9 */
    "        { text = 'b', to = 'coold', feedback = 'f',\n"    /* 10 */
    "          score = { empathi = 1 } },\n"                   /* 11 */
    "      },\n"
    "    },\n"
    "    cooled = { speaker = 'mya', text = 'Bye', ending = 'missed' },\n" /* 14 */
    "  },\n"
    "}\n";

static void every_problem_with_place(void **st)
{
    (void)st;
    core_diags d = {0};
    scr_scenario *s = scr_load_buffer("broken.lua", broken, sizeof broken - 1, NULL, &d);
    assert_null(s);
    const core_diag *g = find(&d, "unknown-node");
    assert_non_null(g);
    assert_string_equal(g->path, "nodes.arrive.choices[2].to");
    assert_int_equal(g->line, 10);
    assert_non_null(strstr(g->msg, "did you mean 'cooled'"));
    g = find(&d, "unknown-skill");
    assert_non_null(g);
    assert_string_equal(g->path, "nodes.arrive.choices[2].score.empathi");
    assert_int_equal(g->line, 11);
    assert_non_null(strstr(g->msg, "did you mean 'empathy'"));
    g = find(&d, "unknown-speaker");
    assert_non_null(g);
    assert_int_equal(g->line, 14);
    assert_non_null(strstr(g->msg, "did you mean 'maya'"));
    assert_int_equal(d.errors, 3);
    assert_string_equal(g->file, "broken.lua");
    core_diags_free(&d);
}

static const char dynamic[] =
    "return { format = 1, id = 'x.d', title = 'D', start = 'a', nodes = {\n"
    "  a = { text = function(state) return 'visits ' .. state.visits.a end,\n"
    "        choices = {\n"
    "          { text = 'loop', to = function(state) while true do end end, can_go = { 'e' } },\n"
    "          { text = 'bad', to = function(state) return 'nowhere' end, can_go = { 'e' } },\n"
    "          { text = 'vars', to = function(state) state.vars.n = (state.vars.n or 0) + 1\n"
    "              return 'e' end, can_go = { 'e' } },\n"
    "          { text = 'write', to = function(state) state.facts.x = true return 'e' end,\n"
    "            can_go = { 'e' } },\n"
    "        } },\n"
    "  e = { text = 'end', ending = 'done' } } }\n";

static void author_functions(void **st)
{
    (void)st;
    core_diags d = {0};
    scr_scenario *s = scr_load_buffer("dyn.lua", dynamic, sizeof dynamic - 1, NULL, &d);
    assert_non_null(s);
    const core_scenario *sc = scr_model(s);
    core_session *ss = core_session_new(sc, scr_hooks(s));
    assert_string_equal(core_session_text(ss), "visits 1");
    core_session_choose(ss, 1, 0); /* an endless loop: the session fails, the program goes on */
    assert_int_equal(core_session_status(ss), CORE_FAILED);
    assert_non_null(strstr(core_session_error(ss), "instruction"));
    assert_non_null(strstr(core_session_error(ss), "nodes.a.choices[1].to"));
    core_session_free(ss);
    ss = core_session_new(sc, scr_hooks(s));
    core_session_choose(ss, 2, 0); /* returns an id outside can_go */
    assert_int_equal(core_session_status(ss), CORE_FAILED);
    assert_non_null(strstr(core_session_error(ss), "not in its can_go"));
    core_session_free(ss);
    ss = core_session_new(sc, scr_hooks(s));
    core_session_choose(ss, 3, 0);
    assert_int_equal(core_session_status(ss), CORE_ENDED);
    core_session_free(ss);
    ss = core_session_new(sc, scr_hooks(s));
    core_session_choose(ss, 4, 0); /* state.facts is read-only */
    assert_int_equal(core_session_status(ss), CORE_FAILED);
    assert_non_null(strstr(core_session_error(ss), "read-only"));
    core_session_free(ss);
    scr_free(s);
    core_diags_free(&d);
}

static void warnings_do_not_refuse(void **st)
{
    (void)st;
    static const char src[] =
        "return { format = 1, id = 'x.w', title = 'W', start = 'a', nodes = {\n"
        "  a = { text = 'hi', choices = { { text = 'go', to = 'e' } } },\n"
        "  lost = { text = 'nobody comes here', ending = 'x' },\n"
        "  e = { text = 'end', ending = 'done', colour = 'red' } } }\n";
    core_diags d = {0};
    scr_scenario *s = scr_load_buffer("w.lua", src, sizeof src - 1, NULL, &d);
    assert_non_null(s);
    assert_int_equal(d.errors, 0);
    assert_non_null(find(&d, "unreachable"));
    assert_non_null(find(&d, "no-feedback"));
    assert_non_null(find(&d, "unknown-field"));
    assert_int_equal(find(&d, "unreachable")->line, 3);
    scr_free(s);
    core_diags_free(&d);
}

/* The author functions of one step share a limit of CPU time, not of time
 * passing: a reply function runs when the player chooses, long after the
 * node arrived (the window drew frames, the learner read and thought), and
 * once ran out of a wall-clock budget set at arrival ("not run: the author
 * functions of this step used up their limit") after two seconds of reading. */
static void step_limit_counts_cpu_not_waiting(void **st)
{
    (void)st;
    static const char src[] =
        "local function draft(state) return 'So far: ' .. state.node end\n"
        "return { format = 1, id = 'x.w', title = 'W', start = 'a', nodes = {\n"
        "  a = { text = function(state) return 'hi' end, choices = {\n"
        "    { text = 'go', to = 'e', reply = draft, feedback = 'f' } } },\n"
        "  e = { text = 'end', ending = 'done' } } }\n";
    core_diags d = {0};
    scr_scenario *s = scr_load_buffer("w.lua", src, sizeof src - 1, NULL, &d);
    assert_non_null(s);
    core_session *ss = core_session_new(scr_model(s), scr_hooks(s));
    assert_string_equal(core_session_text(ss), "hi");
    /* The learner reads for longer than the step's two seconds, using no CPU. */
    struct timespec rest = {2, 300000000};
    while (nanosleep(&rest, &rest) != 0) {
    }
    core_session_choose(ss, 1, 0);
    assert_string_equal(core_session_error(ss), "");
    assert_int_equal(core_session_status(ss), CORE_ENDED);
    core_session_free(ss);
    scr_free(s);
    core_diags_free(&d);
}

static void when_lists_and_negation(void **st)
{
    (void)st;
    static const char src[] =
        "return { format = 1, id = 'x.n', title = 'N', start = 'a', nodes = {\n"
        "  a = { text = 'hi', choices = {\n"
        "    { text = 'learn a', to = 'a', learn = { 'fa' }, when = '!fa', feedback = 'f' },\n"
        "    { text = 'learn b', to = 'a', learn = { 'fb' }, when = { 'fa', '!fb' }, feedback = "
        "'f' },\n"
        "    { text = 'both', to = 'e', when = { 'fa', 'fb' }, feedback = 'f' },\n"
        "    { text = 'leave', to = 'e', feedback = 'f' } } },\n"
        "  e = { text = 'end', ending = 'done' } } }\n";
    core_diags d = {0};
    scr_scenario *s = scr_load_buffer("n.lua", src, sizeof src - 1, NULL, &d);
    assert_non_null(s);
    core_session *ss = core_session_new(scr_model(s), scr_hooks(s));
    assert_int_equal(core_session_n_visible(ss), 2); /* learn a, leave */
    assert_int_equal(core_session_visible(ss, 0), 0);
    core_session_choose(ss, 1, 0);
    assert_int_equal(core_session_n_visible(ss), 2); /* learn b, leave: "!fa" now hides 1 */
    assert_int_equal(core_session_visible(ss, 0), 1);
    core_session_choose(ss, 1, 0);
    assert_int_equal(core_session_n_visible(ss), 2); /* both, leave */
    assert_int_equal(core_session_visible(ss, 0), 2);
    core_session_free(ss);
    scr_free(s);
    core_diags_free(&d);
    static const char bad[] =
        "return { format = 1, id = 'x.n', title = 'N', start = 'a', nodes = {\n"
        "  a = { text = 'hi', choices = { { text = 'x', to = 'e', when = { 'ok', 3 } } } },\n"
        "  e = { text = 'end', ending = 'done' } } }\n";
    s = scr_load_buffer("b.lua", bad, sizeof bad - 1, NULL, &d);
    assert_null(s);
    assert_non_null(find(&d, "wrong-type"));
    assert_string_equal(find(&d, "wrong-type")->path, "nodes.a.choices[1].when[2]");
    core_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_problem_with_place),
        cmocka_unit_test(author_functions),
        cmocka_unit_test(warnings_do_not_refuse),
        cmocka_unit_test(step_limit_counts_cpu_not_waiting),
        cmocka_unit_test(when_lists_and_negation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
