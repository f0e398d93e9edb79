/* test_app.c: the library scan and the recommendation. */
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
    r.skills[0] = (st_skill){"listening", 0, 0, 0, listening};
    r.skills[1] = (st_skill){"empathy", 0, 0, 0, empathy};
    r.skills[2] = (st_skill){"value_first", 0, 0, 0, value_first};
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scan_and_focus),
        cmocka_unit_test(recommendation),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
