/* test_practice.c: deliberate practice's data and rules (docs/practice.md):
 * the progress file's optional fields for say it first, confidence and
 * homework (read, written, refused when malformed; schema 1 and 2 files
 * without them unchanged by a round trip), and engine/app's practice_ask.c
 * (when homework is due, changing a saved session, the confidence summary,
 * whose side the replay takes). */
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
#include <unistd.h>

#ifndef RAPPORT_SOURCE_DIR
#define RAPPORT_SOURCE_DIR "."
#endif

/* A schema 2 file with every practice field. */
static const char *FULL =
    "{\"schema\":2,\"player\":\"Ana\",\"created\":\"2026-01-01T00:00:00Z\","
    "\"settings\":{\"text_scale\":1,\"theme\":\"light\",\"text_speed\":60,\"mode\":\"practice\","
    "\"say_first\":true,\"ask_confidence\":true},"
    "\"sessions\":[{\"scenario\":\"a.b\",\"kind\":\"session\",\"attempt\":1,"
    "\"started\":\"2026-01-05T10:00:00Z\",\"ended\":\"2026-01-05T10:04:00Z\","
    "\"confidence_before\":2,\"confidence_after\":4,\"outcome\":\"heard\",\"path\":[\"x\",\"y\"],"
    "\"choices\":[{\"node\":\"x\",\"choice\":\"c1\",\"pressed\":1,\"ms\":5,"
    "\"said\":\"how did it go?\"}],\"skills\":{},\"tags\":{},"
    "\"homework\":{\"text\":\"Ask one colleague.\",\"answer\":\"partly\",\"note\":\"once\","
    "\"answered\":\"2026-01-07T09:00:00Z\"}}]}";

static st_status parse(const char *text, st_progress *p)
{
    char err[300];
    return st_parse(text, strlen(text), p, err, sizeof err);
}

static void full_fields_round_trip(void **state)
{
    (void)state;
    st_progress p;
    assert_int_equal(parse(FULL, &p), ST_OK);
    assert_true(p.settings.say_first);
    assert_true(p.settings.ask_confidence);
    const st_record *r = &p.records[0];
    assert_string_equal(r->choices[0].said, "how did it go?");
    assert_string_equal(r->homework, "Ask one colleague.");
    assert_string_equal(r->homework_answer, "partly");
    assert_string_equal(r->homework_note, "once");
    assert_string_equal(r->homework_answered, "2026-01-07T09:00:00Z");
    assert_int_equal(r->confidence_before, 2);
    char *out = st_print(&p);
    assert_non_null(out);
    st_progress q;
    assert_int_equal(parse(out, &q), ST_OK);
    char *again = st_print(&q);
    assert_string_equal(out, again); /* nothing lost or changed on the way */
    /* A deep copy keeps them too. */
    st_progress c;
    st_progress_init(&c, "Ana");
    assert_true(st_progress_add(&c, r));
    assert_string_equal(c.records[0].choices[0].said, "how did it go?");
    assert_string_equal(c.records[0].homework_note, "once");
    st_progress_free(&c);
    free(out);
    free(again);
    st_progress_free(&p);
    st_progress_free(&q);
}

/* The fields are optional: a file without them prints without them. */
static void absent_fields_stay_absent(void **state)
{
    (void)state;
    const char *plain =
        "{\"schema\":2,\"player\":\"Bo\",\"sessions\":[{\"scenario\":\"a.b\",\"kind\":\"session\","
        "\"attempt\":1,\"started\":\"2026-01-05T10:00:00Z\",\"outcome\":null,\"path\":[],"
        "\"choices\":[{\"node\":\"x\",\"choice\":\"c1\",\"pressed\":1}],\"skills\":{}}]}";
    st_progress p;
    assert_int_equal(parse(plain, &p), ST_OK);
    assert_false(p.settings.say_first);
    assert_null(p.records[0].homework);
    assert_null(p.records[0].choices[0].said);
    char *out = st_print(&p);
    assert_null(strstr(out, "said"));
    assert_null(strstr(out, "homework"));
    assert_null(strstr(out, "say_first"));
    assert_null(strstr(out, "ask_confidence"));
    free(out);
    st_progress_free(&p);
}

static void malformed_fields_refused(void **state)
{
    (void)state;
    const char *bad[] = {"\"homework\":\"just text\"", "\"homework\":{\"answer\":\"did\"}",
                         "\"homework\":{\"text\":\"t\",\"answer\":\"maybe\"}",
                         "\"homework\":{\"text\":\"t\",\"note\":3}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char doc[800];
        snprintf(doc, sizeof doc,
                 "{\"schema\":2,\"player\":\"Bo\",\"sessions\":[{\"scenario\":\"a.b\","
                 "\"started\":\"2026-01-05T10:00:00Z\",\"path\":[],\"choices\":[],%s}]}",
                 bad[i]);
        st_progress p;
        assert_int_equal(parse(doc, &p), ST_SET_ASIDE);
    }
    st_progress p;
    assert_int_equal(parse("{\"schema\":2,\"player\":\"Bo\",\"settings\":{\"say_first\":1},"
                           "\"sessions\":[]}",
                           &p),
                     ST_SET_ASIDE);
    assert_int_equal(parse("{\"schema\":2,\"player\":\"Bo\",\"sessions\":[{\"scenario\":\"a\","
                           "\"started\":\"x\",\"choices\":[{\"node\":\"n\",\"choice\":\"c\","
                           "\"said\":[]}]}]}",
                           &p),
                     ST_SET_ASIDE);
}

/* A real schema 1 file: read, printed as schema 2 with nothing of it lost and
 * none of the new fields made up; printing that again changes nothing. */
static void schema1_file_unchanged(void **state)
{
    (void)state;
    FILE *f = fopen(RAPPORT_SOURCE_DIR "/tests/store/schema1_ana_lima.json", "rb");
    assert_non_null(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    st_progress p;
    assert_int_equal(parse(buf, &p), ST_OK);
    assert_true(p.n_records > 0);
    char *out = st_print(&p);
    assert_null(strstr(out, "\"said\""));
    assert_null(strstr(out, "\"homework\""));
    st_progress q;
    assert_int_equal(parse(out, &q), ST_OK);
    char *again = st_print(&q);
    assert_string_equal(out, again);
    assert_int_equal(q.n_records, p.n_records);
    assert_string_equal(q.settings.theme, "dark");
    free(out);
    free(again);
    st_progress_free(&p);
    st_progress_free(&q);
}

static void homework_due_rules(void **state)
{
    (void)state;
    st_progress p;
    assert_int_equal(parse(FULL, &p), ST_OK);
    long long ended = app_iso_seconds("2026-01-05T10:04:00Z");
    assert_true(ended > 0);
    assert_int_equal(
        app_iso_seconds("2026-01-05T10:04:00Z") - app_iso_seconds("2026-01-04T10:04:00Z"), 86400);
    assert_int_equal(app_iso_seconds("not a date"), -1);
    /* Answered already: nothing to ask. */
    assert_int_equal(app_homework_due(&p, ended + 86400), -1);
    free(p.records[0].homework_answer);
    p.records[0].homework_answer = NULL;
    /* Not in the same sitting; due after APP_HW_ASK_AFTER_S. */
    assert_int_equal(app_homework_due(&p, ended + 60), -1);
    assert_int_equal(app_homework_due(&p, ended + APP_HW_ASK_AFTER_S), 0);
    /* A drill after it does not hide it; an unfinished run neither. */
    st_record d = p.records[0];
    d.kind = "drill";
    d.homework = NULL;
    assert_true(st_progress_add(&p, &d));
    st_record u = p.records[0];
    u.outcome = NULL;
    u.homework = NULL;
    assert_true(st_progress_add(&p, &u));
    assert_int_equal(app_homework_due(&p, ended + APP_HW_ASK_AFTER_S), 0);
    /* A newer whole session without homework: the older plan is not asked. */
    st_record w = p.records[0];
    w.homework = NULL;
    w.started = "2026-01-06T10:00:00Z";
    w.ended = "2026-01-06T10:05:00Z";
    assert_true(st_progress_add(&p, &w));
    assert_int_equal(app_homework_due(&p, ended + 10 * 86400), -1);
    st_progress_free(&p);
    assert_string_equal(app_hw_answer_name(APP_HW_NOT_YET), "not_yet");
    assert_int_equal(app_hw_answer_from_name("partly"), APP_HW_PARTLY);
    assert_int_equal(app_hw_answer_from_name("nope"), -1);
}

/* The homework question's clock is the store's: $RAPPORT_NOW, when it is a
 * real instant, is now (a session that ended 5 hours before it is not asked
 * about yet, one 7 hours before is), whatever day the test runs. */
static void now_is_injected(void **state)
{
    (void)state;
    setenv("RAPPORT_NOW", "2026-01-05T17:04:00Z", 1);
    assert_int_equal(app_now_seconds(), app_iso_seconds("2026-01-05T17:04:00Z"));
    st_progress p;
    assert_int_equal(parse(FULL, &p), ST_OK); /* ended 2026-01-05T10:04:00Z */
    free(p.records[0].homework_answer);
    p.records[0].homework_answer = NULL;
    assert_int_equal(app_homework_due(&p, app_now_seconds()), 0);
    setenv("RAPPORT_NOW", "2026-01-05T15:04:00Z", 1);
    assert_int_equal(app_homework_due(&p, app_now_seconds()), -1);
    st_progress_free(&p);
    /* Not an instant: the real clock, as st_now. */
    setenv("RAPPORT_NOW", "2026-02-30T00:00:00Z", 1);
    long long before = (long long)time(NULL), now = app_now_seconds();
    long long after = (long long)time(NULL);
    assert_true(now >= before && now <= after);
    unsetenv("RAPPORT_NOW");
}

static void note_changes_one_session(void **state)
{
    (void)state;
    st_progress p;
    assert_int_equal(parse(FULL, &p), ST_OK);
    const char *said[] = {"my words", NULL};
    app_session_note n = {.scenario = "a.b",
                          .started = "2026-01-05T10:00:00Z",
                          .homework = "New plan.",
                          .said = said,
                          .n_said = 2,
                          .confidence_after = 5,
                          .hw_answer = "did",
                          .hw_note = "done it"};
    bool found = false;
    assert_true(app_session_note_apply(&p, &n, &found));
    assert_true(found);
    const st_record *r = &p.records[0];
    assert_string_equal(r->choices[0].said, "my words");
    assert_int_equal(r->confidence_after, 5);
    assert_int_equal(r->confidence_before, 2); /* 0 in the note: unchanged */
    assert_string_equal(r->homework, "New plan.");
    assert_string_equal(r->homework_answer, "did");
    assert_string_equal(r->homework_note, "done it");
    app_session_note other = {.scenario = "a.b", .started = "2030-01-01T00:00:00Z"};
    assert_true(app_session_note_apply(&p, &other, &found));
    assert_false(found);
    st_progress_free(&p);
}

/* Saved under the lock: the change is in the file, and a session that is
 * not there is an error, not a silent no-op. */
static void note_saved_in_file(void **state)
{
    (void)state;
    char dir[64] = "/tmp/rapport-practice-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char file[128];
    snprintf(file, sizeof file, "%s/ana.json", dir);
    FILE *f = fopen(file, "wb");
    assert_non_null(f);
    fputs(FULL, f);
    fclose(f);
    char msg[600];
    app_session_note n = {
        .scenario = "a.b", .started = "2026-01-05T10:00:00Z", .confidence_before = 1};
    st_status s = app_session_note_save(file, "Ana", &n, msg, sizeof msg);
    assert_true(s == ST_OK || s == ST_SET_ASIDE);
    st_progress p;
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.records[0].confidence_before, 1);
    assert_string_equal(p.records[0].choices[0].said, "how did it go?");
    st_progress_free(&p);
    app_session_note missing = {.scenario = "a.b", .started = "1999-01-01T00:00:00Z"};
    assert_int_equal(app_session_note_save(file, "Ana", &missing, msg, sizeof msg), ST_IO_ERROR);
    assert_non_null(strstr(msg, "is not in"));
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

/* Reads the file at path as progress, or returns false when it is absent. */
static bool read_progress(const char *path, st_progress *p)
{
    char msg[600];
    if (access(path, F_OK) != 0) return false;
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    assert_int_equal(st_parse(buf, n, p, msg, sizeof msg), ST_OK);
    return true;
}

/* A session, its typed words and its homework are written in one save
 * (app_record_req), never the session first and the rest after: the
 * previous generation (the .bak the save leaves) holds the file as it was
 * before this session, not the session without its words. */
static void one_save_per_session(void **state)
{
    (void)state;
    char dir[64] = "/tmp/rapport-practice-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char file[128], bak[140];
    snprintf(file, sizeof file, "%s/ana.json", dir);
    snprintf(bak, sizeof bak, "%s.bak", file);
    core_diags d = {0};
    app_play *p = app_play_open(RAPPORT_SOURCE_DIR "/tests/cli/practice.lua", &d);
    assert_non_null(p);
    core_diags_free(&d);
    /* A first session, without words. */
    core_session *s = app_play_session(p);
    assert_int_equal(core_session_choose(s, 1, 10), 0);
    assert_int_equal(core_session_choose(s, 1, 10), 0);
    assert_int_equal(core_session_status(s), CORE_ENDED);
    app_record_req q = {.progress_file = file,
                        .player = "Ana",
                        .mode = "practice",
                        .started = "2026-12-01T10:00:00Z"};
    app_record_result res;
    app_record_session(p, &q, &res);
    assert_int_equal(res.status, APP_REC_SAVED);
    /* The second, with words at its first step and the scenario's homework. */
    app_play_restart(p);
    s = app_play_session(p);
    assert_int_equal(core_session_choose(s, 1, 10), 0);
    assert_int_equal(core_session_choose(s, 2, 10), 0);
    const char *said[] = {"Rough how? Tell me more.", NULL};
    q.started = "2026-12-02T10:00:00Z";
    q.homework = app_play_scenario(p)->homework;
    q.said = said;
    q.n_said = 2;
    q.confidence_before = 2;
    app_record_session(p, &q, &res);
    assert_int_equal(res.status, APP_REC_SAVED);
    app_play_close(p);
    /* Nothing lost: the words, the homework and the confidence are there. */
    st_progress pr;
    char msg[600];
    assert_int_equal(st_load(file, "Ana", &pr, msg, sizeof msg), ST_OK);
    assert_int_equal(pr.n_records, 2);
    const st_record *r = &pr.records[1];
    assert_string_equal(r->started, "2026-12-02T10:00:00Z");
    assert_string_equal(r->choices[0].said, "Rough how? Tell me more.");
    assert_null(r->choices[1].said);
    assert_non_null(r->homework);
    assert_non_null(strstr(r->homework, "Tomorrow"));
    assert_int_equal(r->confidence_before, 2);
    assert_null(pr.records[0].homework); /* the first asked for none */
    st_progress_free(&pr);
    /* One save: the generation before it (a small file is rewritten whole,
     * keeping the last one as .bak) holds only the first session. */
    st_progress old;
    assert_true(read_progress(bak, &old));
    assert_int_equal(old.n_records, 1);
    assert_string_equal(old.records[0].started, "2026-12-01T10:00:00Z");
    st_progress_free(&old);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

static void confidence_summary(void **state)
{
    (void)state;
    st_progress p;
    assert_int_equal(parse(FULL, &p), ST_OK);
    st_record r2 = p.records[0];
    r2.confidence_before = 3;
    r2.confidence_after = 0;
    assert_true(st_progress_add(&p, &r2));
    st_record d = p.records[0];
    d.kind = "drill"; /* never counted */
    d.confidence_before = 5;
    assert_true(st_progress_add(&p, &d));
    app_confidence c;
    app_confidence_summary(&p, &c);
    assert_int_equal(c.n_before, 2);
    assert_int_equal(c.n_after, 1);
    assert_int_equal(c.n_pairs, 1);
    assert_true(c.mean_before > 2.49 && c.mean_before < 2.51);
    assert_true(c.mean_gain > 1.99 && c.mean_gain < 2.01);
    assert_int_equal(c.first_before, 2);
    assert_int_equal(c.last_before, 3);
    st_progress_free(&p);
}

/* Their side follows whoever spoke most on the route. */
static void side_person(void **state)
{
    (void)state;
    core_diags d = {0};
    app_play *p = app_play_open(RAPPORT_SOURCE_DIR "/tests/cli/practice.lua", &d);
    assert_non_null(p);
    const core_scenario *sc = app_play_scenario(p);
    assert_int_equal(app_side_person(sc, NULL), 0);
    assert_string_equal(app_cast_name(sc, 0), "Lee Park");
    assert_string_equal(app_cast_name(sc, -1), "They");
    core_session *s = app_play_session(p);
    assert_false(app_side_has_thoughts(sc, s)); /* no steps yet */
    assert_int_equal(core_session_choose(s, 1, 10), 0);
    assert_true(app_side_has_thoughts(sc, s));
    assert_int_equal(app_side_person(sc, s), 0);
    app_play_close(p);
    core_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(full_fields_round_trip),   cmocka_unit_test(absent_fields_stay_absent),
        cmocka_unit_test(malformed_fields_refused), cmocka_unit_test(schema1_file_unchanged),
        cmocka_unit_test(homework_due_rules),       cmocka_unit_test(note_changes_one_session),
        cmocka_unit_test(note_saved_in_file),       cmocka_unit_test(one_save_per_session),
        cmocka_unit_test(confidence_summary),       cmocka_unit_test(side_person),
        cmocka_unit_test(now_is_injected),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
