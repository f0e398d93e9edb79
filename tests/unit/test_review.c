/* test_review.c: issue 16's practice loop below the front ends. The SM-2
 * scheduler (intervals grow on success, start again on a miss), calendar days
 * and the injected clock, which moments are due, drills that start with the
 * state the player had (facts, trust, goodwill, author variables), their
 * records and the review schedule they move on (reviews and drills outside
 * review alike), and the streak and goal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char dir[128];
static char scen[256];
static char progress_file[256];

static int setup(void **st)
{
    (void)st;
    setenv("TZ", "UTC", 1); /* record times are UTC; days are local: make them agree */
    tzset();
    snprintf(dir, sizeof dir, "/tmp/rapport-review-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    snprintf(scen, sizeof scen, "%s/drill.lua", dir);
    snprintf(progress_file, sizeof progress_file, "%s/ana.json", dir);
    FILE *f = fopen(scen, "w");
    if (!f) return -1;
    fputs(
        "return { format = 1, id = 't.drill', title = 'Drill', start = 'a',\n"
        "  cast = { maya = { name = 'Maya', role = 'Lead' } },\n"
        "  nodes = {\n"
        "    a = { speaker = 'maya',\n"
        "          text = function(state) state.vars.met = 'yes' return 'hello' end,\n"
        "          choices = {\n"
        "            { text = 'good a', to = 'b', score = { listening = 1 }, gives = true,\n"
        "              trust = { maya = 1 }, learn = { 'ka' }, feedback = 'f' },\n"
        "            { text = 'bad a', to = 'b', score = { listening = -1 }, feedback = 'f' } } "
        "},\n"
        "    b = { speaker = 'maya',\n"
        "          text = function(state) return 'vars ' .. tostring(state.vars.met) end,\n"
        "          choices = {\n"
        "            { text = 'good b', to = 'c', score = { empathy = 2 }, learn = { 'kb' },\n"
        "              trust = { maya = 1 }, feedback = 'f' },\n"
        "            { text = 'bad b', to = 'c', score = { empathy = -1 }, feedback = 'f' } } },\n"
        "    c = { speaker = 'maya', text = 'c', choices = {\n"
        "            { text = 'good c', to = 'e', score = { listening = 1 }, feedback = 'f' },\n"
        "            { text = 'bad c', to = 'e', feedback = 'f' } } },\n"
        "    e = { speaker = 'maya', text = 'bye', ending = 'done', grade = 'good' } } }\n",
        f);
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

/* ---- the scheduler ---- */

static void sm2_grows_on_success(void **st)
{
    (void)st;
    app_sm2 s = {0, 2.5, 0};
    app_sm2_next(&s, 5);
    assert_int_equal(s.interval, 1);
    app_sm2_next(&s, 5);
    assert_int_equal(s.interval, 6);
    int last = s.interval;
    for (int i = 0; i < 4; i++) {
        app_sm2_next(&s, 5);
        assert_true(s.interval > last); /* each success spaces it further */
        last = s.interval;
    }
    assert_int_equal(s.reps, 6);
    assert_true(s.ease > 2.5);
    /* 5 then 4 keep the ease; 3 lowers it (never below 1.3). */
    app_sm2 t = {6, 2.5, 2};
    app_sm2_next(&t, 4);
    assert_true(t.ease > 2.49 && t.ease < 2.51);
    assert_int_equal(t.interval, 15); /* 6 * 2.5 */
    for (int i = 0; i < 20; i++)
        app_sm2_next(&t, 3);
    assert_true(t.ease >= 1.3 && t.ease < 1.31);
}

static void sm2_shrinks_on_a_miss(void **st)
{
    (void)st;
    app_sm2 s = {16, 2.7, 3};
    app_sm2_next(&s, 1);
    assert_int_equal(s.interval, 1); /* back to tomorrow */
    assert_int_equal(s.reps, 0);
    assert_true(s.ease > 2.69 && s.ease < 2.71); /* Wozniak: the E-factor is kept */
    app_sm2_next(&s, 5);
    assert_int_equal(s.interval, 1);
    app_sm2_next(&s, 5);
    assert_int_equal(s.interval, 6);
}

static void calendar_days(void **st)
{
    (void)st;
    char out[16];
    app_day_add("2026-12-31", 1, out, sizeof out);
    assert_string_equal(out, "2027-01-01");
    app_day_add("2028-02-28", 1, out, sizeof out);
    assert_string_equal(out, "2028-02-29");
    app_day_add("2026-03-01", -1, out, sizeof out);
    assert_string_equal(out, "2026-02-28");
    assert_int_equal(app_day_diff("2026-12-03", "2027-01-02"), 30);
    assert_true(app_day_valid("2028-02-29"));
    assert_false(app_day_valid("2026-02-29"));
    assert_false(app_day_valid("2026-13-01"));
    assert_false(app_day_valid("26-12-01"));
    assert_true(app_day_of("2026-12-03T23:59:00Z", out, sizeof out));
    assert_string_equal(out, "2026-12-03");
    /* The clock is injected: $RAPPORT_TODAY wins when it is a real day. */
    setenv("RAPPORT_TODAY", "2030-01-15", 1);
    app_today(out, sizeof out);
    assert_string_equal(out, "2030-01-15");
    setenv("RAPPORT_TODAY", "not a day", 1);
    app_today(out, sizeof out);
    assert_true(app_day_valid(out));
    unsetenv("RAPPORT_TODAY");
}

static void add_item(st_progress *p, const char *node, const char *added, const char *due)
{
    st_review v = {.scenario = "t.drill",
                   .node = (char *)node,
                   .added = (char *)added,
                   .due = (char *)due,
                   .interval = 1,
                   .ease = 2.5};
    assert_true(st_review_add(p, &v));
}

static void due_with_an_injected_day(void **st)
{
    (void)st;
    st_progress p;
    st_progress_init(&p, "Ana");
    add_item(&p, "c", "2026-12-02", "2026-12-05");
    add_item(&p, "a", "2026-12-01", "2026-12-03");
    add_item(&p, "b", "2026-12-02", "2026-12-04");
    int *due;
    assert_int_equal(app_review_due(&p, "2026-12-02", &due), 0);
    assert_null(due);
    int n = app_review_due(&p, "2026-12-04", &due);
    assert_int_equal(n, 2);
    assert_string_equal(p.reviews[due[0]].node, "a"); /* the most overdue first */
    assert_string_equal(p.reviews[due[1]].node, "b");
    free(due);
    assert_int_equal(app_review_due(&p, "2027-01-01", &due), 3);
    free(due);
    /* The schedule survives a print and a parse. */
    char *text = st_print(&p);
    st_progress q;
    char err[200];
    assert_int_equal(st_parse(text, strlen(text), &q, err, sizeof err), ST_OK);
    assert_int_equal(q.n_reviews, 3);
    assert_string_equal(q.reviews[1].due, "2026-12-03");
    assert_null(q.reviews[1].last);
    st_progress_free(&q);
    free(text);
    st_progress_free(&p);
}

/* ---- drills ---- */

/* Picks the visible choice whose text starts with word ("good", "bad"). */
static void pick(app_play *p, const char *word)
{
    core_session *s = app_play_session(p);
    const core_node *n = core_session_node(s);
    for (int i = 0; i < core_session_n_visible(s); i++)
        if (strncmp(n->choices[core_session_visible(s, i)].text, word, strlen(word)) == 0) {
            assert_int_equal(core_session_choose(s, i + 1, 0), 0);
            return;
        }
    fail_msg("no '%s' choice at %s", word, n->id);
}

static void drill_starts_with_the_state_they_had(void **st)
{
    (void)st;
    core_diags d = {0};
    app_play *p = app_play_open(scen, &d);
    assert_non_null(p);
    core_diags_free(&d);
    pick(p, "good"); /* a: trust 1, fact ka, one goodwill, vars.met */
    pick(p, "bad");  /* b: the moment missed */
    pick(p, "good");
    st_record route;
    assert_true(app_play_record(p, "practice", NULL, &route));
    app_play_close(p);

    char msg[300];
    app_drill *dr = app_drill_open(scen, "b", &route, -1, 7, msg, sizeof msg);
    assert_non_null(dr);
    assert_string_equal(app_drill_note(dr), "");
    assert_int_equal(app_drill_first(dr), 1);
    app_play *dp = app_drill_play(dr);
    core_session *s = app_drill_play(dr) ? app_play_session(dp) : NULL;
    const core_scenario *sc = app_play_scenario(dp);
    const core_state *cs = core_session_state(s);
    assert_string_equal(core_session_node(s)->id, "b");
    assert_string_equal(core_session_text(s), "vars yes"); /* the author's variable came along */
    assert_true(cs->facts[core_find_fact(sc, "ka")]);
    assert_true(cs->trust[core_find_cast(sc, "maya")] == 1.0);
    assert_int_equal(cs->goodwill, 1);
    assert_false(app_drill_done(dr));
    pick(dp, "good");
    assert_false(app_drill_done(dr));
    pick(dp, "bad");
    assert_true(app_drill_done(dr));
    app_drill_sum sum;
    app_drill_summary(dr, &sum);
    assert_int_equal(sum.decisions, 2);
    assert_true(sum.best_first);
    assert_int_equal(sum.quality, 5);
    int emp = core_find_skill(sc, "empathy"), lis = core_find_skill(sc, "listening");
    assert_true(sum.earned[emp] == 2 && sum.best[emp] == 2);
    assert_true(sum.earned[lis] == 0 && sum.best[lis] == 1);
    assert_int_equal(sum.n_trust, 1);
    assert_true(sum.trust_before[0] == 1 && sum.trust_after[0] == 2);
    assert_int_equal(sum.n_learned, 1);
    assert_string_equal(sum.learned[0], "kb");
    char text[1000];
    app_drill_sum_text(&sum, text, sizeof text);
    assert_non_null(strstr(text, "Empathy: +2 of a possible +2"));
    assert_non_null(strstr(text, "Trust, Maya: 1 -> 2"));
    app_drill_close(dr);

    /* No route: the moment starts fresh, and says so. */
    dr = app_drill_open(scen, "b", NULL, -1, 7, msg, sizeof msg);
    assert_non_null(dr);
    assert_non_null(strstr(app_drill_note(dr), "fresh"));
    assert_string_equal(core_session_text(app_play_session(app_drill_play(dr))), "vars nil");
    app_drill_close(dr);
    /* An unknown node is refused with a did-you-mean. */
    assert_null(app_drill_open(scen, "bb", &route, -1, 7, msg, sizeof msg));
    assert_non_null(strstr(msg, "'b'"));
    st_record_free(&route);
}

static void sessions_queue_moments_and_reviews_move_them(void **st)
{
    (void)st;
    char msg[1200];
    core_diags d = {0};
    app_play *p = app_play_open(scen, &d);
    core_diags_free(&d);
    pick(p, "good");
    pick(p, "bad");
    pick(p, "bad");
    int added = -1;
    assert_int_equal(
        app_review_note_session(p, progress_file, "Ana", "2026-12-03", &added, msg, sizeof msg),
        ST_OK);
    assert_int_equal(added, 2); /* b and c; a was the best */
    app_record_req q = {.progress_file = progress_file, .player = "Ana"};
    app_record_result res;
    app_record_session(p, &q, &res); /* the session itself, for the route */
    assert_int_equal(res.status, APP_REC_SAVED);
    app_play_close(p);

    st_progress pr;
    assert_int_equal(st_load(progress_file, "Ana", &pr, msg, sizeof msg), ST_OK);
    assert_int_equal(pr.n_reviews, 2);
    int ib = st_review_find(&pr, "t.drill", "b");
    assert_true(ib >= 0);
    assert_string_equal(pr.reviews[ib].added, "2026-12-03");
    assert_string_equal(pr.reviews[ib].due, "2026-12-04"); /* the day after */
    int *due;
    assert_int_equal(app_review_due(&pr, "2026-12-03", &due), 0);
    int n = app_review_due(&pr, "2026-12-04", &due);
    assert_int_equal(n, 2);

    /* Review b, answered well: next in 1 day (then 6, ...). */
    app_library lib;
    assert_true(app_library_scan(dir, &lib));
    int k = strcmp(pr.reviews[due[0]].node, "b") == 0 ? 0 : 1;
    app_drill *dr = app_review_open(&pr, due[k], &lib, 3, msg, sizeof msg);
    assert_non_null(dr);
    pick(app_drill_play(dr), "good");
    pick(app_drill_play(dr), "good");
    assert_int_equal(app_drill_save(dr, progress_file, "Ana", "2026-12-04", true, msg, sizeof msg),
                     ST_OK);
    app_drill_close(dr);
    /* Review c, missed: back tomorrow, a lapse counted. */
    dr = app_review_open(&pr, due[1 - k], &lib, 4, msg, sizeof msg);
    assert_non_null(dr);
    pick(app_drill_play(dr), "bad");
    assert_true(app_drill_done(dr)); /* the ending came first */
    assert_int_equal(app_drill_save(dr, progress_file, "Ana", "2026-12-04", true, msg, sizeof msg),
                     ST_OK);
    app_drill_close(dr);
    free(due);
    app_library_free(&lib);
    st_progress_free(&pr);

    assert_int_equal(st_load(progress_file, "Ana", &pr, msg, sizeof msg), ST_OK);
    ib = st_review_find(&pr, "t.drill", "b");
    int ic = st_review_find(&pr, "t.drill", "c");
    assert_int_equal(pr.reviews[ib].reps, 1);
    assert_int_equal(pr.reviews[ib].reviews, 1);
    assert_string_equal(pr.reviews[ib].last, "2026-12-04");
    assert_string_equal(pr.reviews[ib].due, "2026-12-05");
    assert_int_equal(pr.reviews[ic].lapses, 1);
    assert_string_equal(pr.reviews[ic].due, "2026-12-05");
    /* Drills are records of kind "drill" with only their own steps, numbered
     * apart from sessions. */
    assert_int_equal(pr.n_records, 3);
    assert_string_equal(pr.records[0].kind, "session");
    assert_int_equal(pr.records[0].attempt, 1);
    assert_string_equal(pr.records[1].kind, "drill");
    assert_int_equal(pr.records[1].attempt, 1);
    assert_int_equal(pr.records[2].attempt, 2);
    assert_int_equal(pr.records[1].n_choices, 2);
    assert_string_equal(pr.records[1].choices[0].node, "b");
    assert_string_equal(pr.records[1].path[0], "b");
    assert_int_equal(pr.records[2].n_choices, 1);
    /* The streak and the goal: three records on 2026-12-04's clock? They were
     * saved with the real clock, so count from what the records say. */
    char day[16];
    assert_true(app_day_of(pr.records[2].ended, day, sizeof day));
    app_goals g;
    app_goals_get(&pr, day, &g);
    assert_true(g.on);
    assert_int_equal(g.today, 3);
    assert_int_equal(g.streak, 1);
    assert_int_equal(g.goal, ST_DAILY_GOAL);
    /* Recommendations and best figures never see the drills. */
    double best[CORE_MAX_SKILLS];
    assert_true(app_best_for(&pr, "t.drill", best, NULL));
    st_progress_free(&pr);
}

/* Sets item node's schedule in the file (interval, reps, last). */
static void set_item(const char *file, const char *node, int interval, int reps, const char *last,
                     const char *due)
{
    st_progress pr;
    char msg[600];
    assert_int_equal(st_load(file, "Ana", &pr, msg, sizeof msg), ST_OK);
    int i = st_review_find(&pr, "t.drill", node);
    assert_true(i >= 0);
    st_review v = pr.reviews[i];
    v.interval = interval;
    v.reps = reps;
    v.last = (char *)last;
    v.due = (char *)due;
    assert_true(st_review_set(&pr, i, &v));
    assert_int_equal(st_save(file, &pr, msg, sizeof msg), ST_OK);
    st_progress_free(&pr);
}

static st_review item(const char *file, const char *node, st_progress *keep)
{
    char msg[600];
    assert_int_equal(st_load(file, "Ana", keep, msg, sizeof msg), ST_OK);
    int i = st_review_find(keep, "t.drill", node);
    assert_true(i >= 0);
    return keep->reviews[i];
}

/* Plays a drill of node from the player's latest session with the picks
 * given, and saves it outside review on day. */
static app_drill_saved drill_once(const char *file, const char *node, const char *const *picks,
                                  int n, const char *day)
{
    st_progress pr;
    char msg[1200];
    assert_int_equal(st_load(file, "Ana", &pr, msg, sizeof msg), ST_OK);
    app_drill *dr =
        app_drill_open(scen, node, app_route_for(&pr, "t.drill", node), -1, 5, msg, sizeof msg);
    assert_non_null(dr);
    for (int i = 0; i < n; i++)
        pick(app_drill_play(dr), picks[i]);
    app_drill_saved sv;
    assert_int_equal(app_drill_save_ex(dr, file, "Ana", day, false, &sv, msg, sizeof msg), ST_OK);
    app_drill_close(dr);
    st_progress_free(&pr);
    return sv;
}

/* A drill outside review (the debrief's "Practise this moment", `rapport
 * drill`, Again) moves the moment's schedule as a review does: later when
 * answered well, the next day when missed; a second success on the same day
 * holds it; a moment missed that was not queued joins the queue; one
 * answered well that was not queued stays out; only reviews are counted. */
static void drills_move_the_schedule(void **st)
{
    (void)st;
    char file[300], msg[1200];
    snprintf(file, sizeof file, "%s/drills.json", dir);
    core_diags d = {0};
    app_play *p = app_play_open(scen, &d);
    core_diags_free(&d);
    pick(p, "good");
    pick(p, "bad"); /* b missed */
    pick(p, "good");
    app_record_req q = {.progress_file = file, .player = "Ana", .mode = "practice"};
    app_record_result res;
    setenv("RAPPORT_TODAY", "2026-12-03", 1);
    setenv("RAPPORT_NOW", "2026-12-03T10:00:00Z", 1); /* stamped on that day */
    app_record_session(p, &q, &res);
    unsetenv("RAPPORT_TODAY");
    unsetenv("RAPPORT_NOW");
    assert_int_equal(res.status, APP_REC_SAVED);
    app_play_close(p);
    st_progress pr;
    st_review v = item(file, "b", &pr);
    assert_string_equal(v.due, "2026-12-04");
    assert_int_equal(pr.n_reviews, 1); /* only b */
    st_progress_free(&pr);

    /* b has been learnt a while: 6 days, two successes. Answered well on
     * 12-10: 6 * 2.5 = 15 days later, not counted as a review. */
    set_item(file, "b", 6, 2, "2026-12-04", "2026-12-10");
    const char *well[] = {"good", "good"}, *miss[] = {"bad", "good"};
    app_drill_saved sv = drill_once(file, "b", well, 2, "2026-12-10");
    assert_true(sv.scheduled && sv.moved && !sv.held && !sv.added);
    assert_string_equal(sv.due, "2026-12-25");
    v = item(file, "b", &pr);
    assert_int_equal(v.interval, 15);
    assert_int_equal(v.reps, 3);
    assert_string_equal(v.due, "2026-12-25");
    assert_string_equal(v.last, "2026-12-10");
    assert_int_equal(v.reviews, 0);
    assert_int_equal(v.lapses, 0);
    st_progress_free(&pr);

    /* Well again the same day: held, nothing moves. */
    sv = drill_once(file, "b", well, 2, "2026-12-10");
    assert_true(sv.scheduled && sv.held && !sv.moved);
    assert_string_equal(sv.due, "2026-12-25");
    v = item(file, "b", &pr);
    assert_int_equal(v.interval, 15);
    st_progress_free(&pr);

    /* Missed: the next day, the run of successes starts again, a lapse. */
    sv = drill_once(file, "b", miss, 2, "2026-12-10");
    assert_true(sv.scheduled && sv.moved);
    assert_string_equal(sv.due, "2026-12-11");
    v = item(file, "b", &pr);
    assert_int_equal(v.interval, 1);
    assert_int_equal(v.reps, 0);
    assert_int_equal(v.lapses, 1);
    assert_string_equal(v.due, "2026-12-11");
    st_progress_free(&pr);

    /* c was answered well in the session: a drill that misses it queues it;
     * a, answered well again, stays out of the queue. */
    const char *miss_c[] = {"bad"};
    sv = drill_once(file, "c", miss_c, 1, "2026-12-10");
    assert_true(sv.scheduled && sv.added);
    assert_string_equal(sv.due, "2026-12-11");
    sv = drill_once(file, "a", well, 2, "2026-12-10");
    assert_false(sv.scheduled);
    assert_int_equal(st_load(file, "Ana", &pr, msg, sizeof msg), ST_OK);
    assert_int_equal(pr.n_reviews, 2);
    assert_true(st_review_find(&pr, "t.drill", "a") < 0);
    /* Five drills saved, never counted as sessions. */
    int drills = 0;
    for (int i = 0; i < pr.n_records; i++)
        drills += pr.records[i].kind && strcmp(pr.records[i].kind, "drill") == 0;
    assert_int_equal(drills, 5);
    st_progress_free(&pr);
}

static void streak_and_goal(void **st)
{
    (void)st;
    st_progress p;
    st_progress_init(&p, "Ana");
    const char *ended[] = {"2026-12-01T10:00:00Z", "2026-12-02T10:00:00Z", "2026-12-03T09:00:00Z",
                           "2026-12-03T18:00:00Z", "2026-11-28T10:00:00Z"};
    for (int i = 0; i < 5; i++) {
        st_record r = {
            .scenario = "t.drill", .started = (char *)ended[i], .ended = (char *)ended[i]};
        assert_true(st_progress_add(&p, &r));
    }
    app_goals g;
    char line[200];
    app_goals_get(&p, "2026-12-03", &g);
    assert_int_equal(g.streak, 3);
    assert_int_equal(g.today, 2);
    app_goals_line(&g, line, sizeof line);
    assert_string_equal(line, "3 days in a row · today 2 of 3");
    /* Nothing yet today: the streak still stands until the day is over. */
    app_goals_get(&p, "2026-12-04", &g);
    assert_int_equal(g.streak, 3);
    assert_int_equal(g.today, 0);
    /* A gap: a fresh start, said without reproach. */
    app_goals_get(&p, "2026-12-06", &g);
    assert_int_equal(g.streak, 0);
    app_goals_line(&g, line, sizeof line);
    assert_string_equal(line, "Today 0 of 3");
    p.settings.daily_goal = 2;
    app_goals_get(&p, "2026-12-03", &g);
    app_goals_line(&g, line, sizeof line);
    assert_string_equal(line, "3 days in a row · today 2 of 2: goal reached");
    p.settings.goals_off = true; /* the one switch */
    app_goals_get(&p, "2026-12-03", &g);
    app_goals_line(&g, line, sizeof line);
    assert_string_equal(line, "");
    /* The settings round-trip, and are written only when set. */
    char *text = st_print(&p);
    assert_non_null(strstr(text, "\"daily_goal\":\t2"));
    assert_non_null(strstr(text, "\"goals\":\tfalse"));
    st_progress q;
    char err[200];
    assert_int_equal(st_parse(text, strlen(text), &q, err, sizeof err), ST_OK);
    assert_int_equal(q.settings.daily_goal, 2);
    assert_true(q.settings.goals_off);
    st_progress_free(&q);
    free(text);
    st_progress_init(&q, "Ben");
    text = st_print(&q);
    assert_null(strstr(text, "daily_goal"));
    assert_null(strstr(text, "\"goals\""));
    assert_null(strstr(text, "\"review\""));
    free(text);
    st_progress_free(&q);
    st_progress_free(&p);
}

static void bad_review_lists_are_refused(void **st)
{
    (void)st;
    const char *docs[] = {
        "{\"schema\":2,\"player\":\"a\",\"sessions\":[],\"review\":{}}",
        "{\"schema\":2,\"player\":\"a\",\"sessions\":[],\"review\":[{\"scenario\":\"x\","
        "\"node\":\"n\",\"added\":\"2026-1-1\",\"due\":\"2026-01-02\"}]}",
        "{\"schema\":2,\"player\":\"a\",\"sessions\":[],\"review\":[{\"scenario\":\"x\","
        "\"node\":\"n\",\"added\":\"2026-01-01\",\"due\":\"2026-01-02\",\"ease\":0.5}]}",
        "{\"schema\":2,\"player\":\"a\",\"sessions\":[],\"review\":["
        "{\"scenario\":\"x\",\"node\":\"n\",\"added\":\"2026-01-01\",\"due\":\"2026-01-02\"},"
        "{\"scenario\":\"x\",\"node\":\"n\",\"added\":\"2026-01-01\",\"due\":\"2026-01-03\"}]}",
        "{\"schema\":2,\"player\":\"a\",\"sessions\":[],\"settings\":{\"daily_goal\":0}}",
        "{\"schema\":2,\"player\":\"a\",\"sessions\":[],\"settings\":{\"goals\":1}}",
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        st_progress p;
        char err[200];
        assert_int_equal(st_parse(docs[i], strlen(docs[i]), &p, err, sizeof err), ST_SET_ASIDE);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sm2_grows_on_success),
        cmocka_unit_test(sm2_shrinks_on_a_miss),
        cmocka_unit_test(calendar_days),
        cmocka_unit_test(due_with_an_injected_day),
        cmocka_unit_test(drill_starts_with_the_state_they_had),
        cmocka_unit_test(sessions_queue_moments_and_reviews_move_them),
        cmocka_unit_test(drills_move_the_schedule),
        cmocka_unit_test(streak_and_goal),
        cmocka_unit_test(bad_review_lists_are_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
