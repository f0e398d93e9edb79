/* test_store.c: progress files: round trip, strict parsing, broken and newer files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <dirent.h>

static char dir[256];

static int setup(void **st)
{
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/rapport-store-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **st)
{
    (void)st;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static st_record sample(const char *id)
{
    static char *path[] = {"arrive", "first_time", "done"};
    static st_choice ch[2];
    ch[0] = (st_choice){.node = "arrive",
                        .choice = "open_q",
                        .pressed = 1,
                        .ms = 1200,
                        .text = "Is this your first one?"};
    ch[1] = (st_choice){.node = "first_time", .choice = "timeout", .ms = 8000};
    static st_tag tags[] = {{"open_question", 2}};
    st_record r = {.scenario = (char *)id,
                   .version = 3,
                   .title = "Coffee",
                   .family = "networking",
                   .mode = "practice",
                   .started = "2026-11-25T10:00:00Z",
                   .ended = "2026-11-25T10:05:00Z",
                   .outcome = "connected",
                   .grade = "good",
                   .path = path,
                   .n_path = 3,
                   .choices = ch,
                   .n_choices = 2,
                   .tags = tags,
                   .n_tags = 1,
                   .n_skills = 1};
    r.skills[0] =
        (st_skill){.name = "listening", .raw = 2, .best = 4, .worst = -2, .percent = 66.6667};
    return r;
}

static void round_trip(void **st)
{
    (void)st;
    char file[300];
    snprintf(file, sizeof file, "%s/ana.json", dir);
    st_record r = sample("networking.coffee_line");
    char msg[500];
    assert_int_equal(st_append(file, "Ana", &r, msg, sizeof msg), ST_OK);
    assert_int_equal(st_append(file, "Ana", &r, msg, sizeof msg), ST_OK);
    st_progress p;
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_string_equal(p.player, "Ana");
    assert_int_equal(p.n_records, 2);
    const st_record *g = &p.records[1];
    assert_string_equal(g->scenario, "networking.coffee_line");
    assert_int_equal(g->version, 3);
    assert_int_equal(g->n_path, 3);
    assert_string_equal(g->path[2], "done");
    assert_string_equal(g->choices[0].choice, "open_q");
    assert_string_equal(g->choices[1].choice, "timeout");
    assert_true(g->choices[0].ms == 1200);
    assert_true(g->skills[0].percent > 66.66 && g->skills[0].percent < 66.67);
    assert_string_equal(g->tags[0].name, "open_question");
    assert_int_equal(g->tags[0].count, 2);
    /* The previous generation is kept. */
    char bak[320];
    snprintf(bak, sizeof bak, "%s.bak", file);
    assert_int_equal(access(bak, R_OK), 0);
    st_progress_free(&p);
}

static int count_broken(void)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strstr(e->d_name, ".broken-")) n++;
    closedir(d);
    return n;
}

static void check_refused(const char *text, const char *why)
{
    st_progress p;
    char err[300] = "";
    assert_int_equal(st_parse(text, strlen(text), &p, err, sizeof err), ST_SET_ASIDE);
    if (!strstr(err, why)) fail_msg("expected '%s' in '%s'", why, err);
}

static void strict_parsing(void **st)
{
    (void)st;
    const char *ok = "{\"schema\":1,\"player\":\"A\",\"sessions\":[]}";
    st_progress p;
    char err[300];
    assert_int_equal(st_parse(ok, strlen(ok), &p, err, sizeof err), ST_OK);
    st_progress_free(&p);
    check_refused("{\"schema\":1,\"player\":\"A\",\"sessions\":[]} junk", "not valid JSON");
    check_refused("{\"schema\":1,\"player\":\"A\",\"player\":\"B\",\"sessions\":[]}", "twice");
    check_refused("{\"schema\":1,\"player\":\"\xff\",\"sessions\":[]}", "UTF-8");
    check_refused("{\"schema\":1,\"player\":7,\"sessions\":[]}", "not a string");
    check_refused("{\"schema\":1,\"player\":\"A\",\"sessions\":{}}", "sessions");
    check_refused("[]", "not a JSON object");
    check_refused("", "not valid JSON");
    check_refused("{\"Schema\":1,\"player\":\"A\",\"sessions\":[]}", "schema");
}

static void broken_file_kept_aside(void **st)
{
    (void)st;
    char file[300];
    snprintf(file, sizeof file, "%s/bo.json", dir);
    const char *garbage = "{\"schema\":1,\"player\":\"Bo\",\"sessions\":[{\"scenario\":";
    write_file(file, garbage);
    int before = count_broken();
    st_progress p;
    char msg[600];
    assert_int_equal(st_load(file, "Bo", &p, msg, sizeof msg), ST_SET_ASIDE);
    assert_non_null(strstr(msg, "kept it as"));
    assert_int_equal(count_broken(), before + 1);
    assert_int_equal(p.n_records, 0);
    st_progress_free(&p);
    /* The set-aside copy has the same bytes. */
    const char *as = strstr(msg, "kept it as ") + strlen("kept it as ");
    char aside[400];
    snprintf(aside, sizeof aside, "%.*s", (int)(strstr(as, " and ") - as), as);
    assert_string_equal(read_file(aside), garbage);
    /* A save after that writes a fresh, readable file. */
    st_record r = sample("x.y");
    assert_int_equal(st_append(file, "Bo", &r, msg, sizeof msg), ST_OK);
    assert_int_equal(st_load(file, "Bo", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, 1);
    st_progress_free(&p);
}

static int count_sessions(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    static char buf[1 << 18];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    st_progress p;
    char err[300];
    if (st_parse(buf, n, &p, err, sizeof err) != ST_OK) return -1;
    int k = p.n_records;
    st_progress_free(&p);
    return k;
}

/* Issue 14, item 1: three sessions saved, the file cut short, `progress`
 * twice, then `play`. The restore must be written back as the player's file,
 * so the second load sees the same two sessions, and the next save keeps
 * them (and the .bak is never replaced by a smaller generation). */
static void restore_is_written_back(void **st)
{
    (void)st;
    char file[300], bak[320];
    snprintf(file, sizeof file, "%s/ben.json", dir);
    snprintf(bak, sizeof bak, "%s.bak", file);
    st_record r = sample("t.restore");
    char msg[1200];
    for (int i = 0; i < 3; i++)
        assert_int_equal(st_append(file, "ben", &r, msg, sizeof msg), ST_OK);
    assert_int_equal(truncate(file, 100), 0);
    int before = count_broken();
    st_progress p;
    assert_int_equal(st_load(file, "ben", &p, msg, sizeof msg), ST_SET_ASIDE);
    assert_non_null(strstr(msg, "restored the previous save"));
    assert_int_equal(p.n_records, 2);
    st_progress_free(&p);
    assert_int_equal(count_broken(), before + 1);
    /* The restore is on disk: a second load reads it as it is. */
    assert_int_equal(count_sessions(file), 2);
    assert_int_equal(st_load(file, "ben", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, 2);
    st_progress_free(&p);
    assert_int_equal(st_append(file, "ben", &r, msg, sizeof msg), ST_OK);
    assert_int_equal(count_sessions(file), 3);
    assert_int_equal(count_sessions(bak), 2);
    assert_int_equal(count_broken(), before + 1);
}

/* The player's file deleted (by hand, or a crash after it was set aside and
 * before the restore was written): the .bak is restored, never replaced by a
 * generation that lacks its sessions. */
static void missing_file_restored_from_bak(void **st)
{
    (void)st;
    char file[300], bak[320];
    snprintf(file, sizeof file, "%s/dee.json", dir);
    snprintf(bak, sizeof bak, "%s.bak", file);
    st_record r = sample("t.missing");
    char msg[1200];
    for (int i = 0; i < 3; i++)
        assert_int_equal(st_append(file, "dee", &r, msg, sizeof msg), ST_OK);
    assert_int_equal(unlink(file), 0);
    assert_int_equal(st_append(file, "dee", &r, msg, sizeof msg), ST_SET_ASIDE);
    assert_non_null(strstr(msg, "restored the previous save"));
    assert_int_equal(count_sessions(file), 3);
    assert_int_equal(count_sessions(bak), 2);
}

/* Schema 2: every new field survives a save and a load. */
static void schema2_round_trip(void **st)
{
    (void)st;
    char file[300];
    snprintf(file, sizeof file, "%s/eve.json", dir);
    st_record r = sample("t.schema2");
    static char *order[] = {"open_q", "blunt", "joke"};
    st_choice ch[2];
    memcpy(ch, r.choices, sizeof ch);
    ch[0].shown_ids = order;
    ch[0].n_shown_ids = 3;
    ch[0].reply = "Second one. I came for the talk on pricing.";
    r.choices = ch;
    r.kind = "drill";
    r.attempt = 99; /* ignored: st_append numbers it */
    r.has_seed = true;
    r.seed = 4294967295ul;
    r.confidence_before = 2;
    r.confidence_after = 4;
    r.skills[0].accuracy = 87.5;
    r.skills[0].has_accuracy = true;
    r.skills[1] = (st_skill){.name = "empathy", .raw = 1, .best = 1, .worst = 1, .percent = 100};
    r.n_skills = 2;
    char msg[600];
    assert_int_equal(st_append(file, "Eve", &r, msg, sizeof msg), ST_OK);
    assert_int_equal(r.attempt, 1);
    assert_int_equal(st_append(file, "Eve", &r, msg, sizeof msg), ST_OK);
    assert_int_equal(r.attempt, 2);
    st_record plain = sample("t.schema2"); /* a session, not a drill: its own count */
    assert_int_equal(st_append(file, "Eve", &plain, msg, sizeof msg), ST_OK);
    assert_int_equal(plain.attempt, 1);
    assert_non_null(strstr(read_file(file), "\"schema\":\t2"));
    st_progress p;
    assert_int_equal(st_load(file, "Eve", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, 3);
    const st_record *g = &p.records[1];
    assert_string_equal(g->kind, "drill");
    assert_int_equal(g->attempt, 2);
    assert_true(g->has_seed);
    assert_true(g->seed == 4294967295ul);
    assert_int_equal(g->confidence_before, 2);
    assert_int_equal(g->confidence_after, 4);
    assert_int_equal(g->choices[0].pressed, 1);
    assert_int_equal(g->choices[0].n_shown_ids, 3);
    assert_string_equal(g->choices[0].shown_ids[2], "joke");
    assert_string_equal(g->choices[0].reply, "Second one. I came for the talk on pricing.");
    assert_null(g->choices[1].reply);
    assert_int_equal(g->choices[1].n_shown_ids, 0);
    assert_true(g->skills[0].has_accuracy && g->skills[0].accuracy == 87.5);
    assert_false(g->skills[1].has_accuracy);
    const st_record *h = &p.records[2];
    assert_string_equal(h->kind, "session");
    assert_int_equal(h->attempt, 1);
    assert_false(h->has_seed);
    assert_int_equal(h->confidence_before, 0);
    st_progress_free(&p);
}

/* A schema 1 document: kinds, attempts in file order, the number pressed. */
static void schema1_read(void **st)
{
    (void)st;
    const char *doc =
        "{\"schema\":1,\"player\":\"Al\",\"sessions\":["
        "{\"scenario\":\"a\",\"started\":\"x\",\"choices\":[{\"node\":\"n\",\"choice\":\"c\","
        "\"shown\":2,\"ms\":10}],\"skills\":{\"listening\":{\"raw\":1,\"best\":2,\"worst\":0,"
        "\"percent\":50}}},"
        "{\"scenario\":\"b\",\"started\":\"y\"},{\"scenario\":\"a\",\"started\":\"z\"}]}";
    st_progress p;
    char err[300];
    assert_int_equal(st_parse(doc, strlen(doc), &p, err, sizeof err), ST_OK);
    assert_int_equal(p.schema, ST_SCHEMA);
    assert_int_equal(p.n_records, 3);
    assert_string_equal(p.records[0].kind, "session");
    assert_int_equal(p.records[0].attempt, 1);
    assert_int_equal(p.records[1].attempt, 1);
    assert_int_equal(p.records[2].attempt, 2);
    assert_int_equal(p.records[0].choices[0].pressed, 2);
    assert_int_equal(p.records[0].choices[0].n_shown_ids, 0);
    assert_false(p.records[0].skills[0].has_accuracy);
    assert_false(p.records[0].has_seed);
    char *text = st_print(&p);
    assert_non_null(strstr(text, "\"pressed\":\t2"));
    assert_non_null(strstr(text, "\"accuracy\":\tnull"));
    st_progress q;
    assert_int_equal(st_parse(text, strlen(text), &q, err, sizeof err), ST_OK);
    assert_int_equal(q.records[2].attempt, 2);
    assert_int_equal(q.records[0].choices[0].pressed, 2);
    free(text);
    st_progress_free(&q);
    st_progress_free(&p);
}

static void schema2_strict(void **st)
{
    (void)st;
#define S2(x)                                                                                      \
    "{\"schema\":2,\"player\":\"A\",\"sessions\":[{\"scenario\":\"a\",\"started\":\"x\"" x "}]}"
    const char *ok = S2(",\"kind\":\"drill\",\"attempt\":3,\"seed\":0,\"confidence_before\":5");
    st_progress p;
    char err[300];
    assert_int_equal(st_parse(ok, strlen(ok), &p, err, sizeof err), ST_OK);
    assert_int_equal(p.records[0].attempt, 3);
    assert_true(p.records[0].has_seed && p.records[0].seed == 0);
    st_progress_free(&p);
    check_refused(S2(",\"kind\":\"review\""), "kind");
    check_refused(S2(",\"kind\":1"), "kind");
    check_refused(S2(",\"attempt\":0"), "attempt");
    check_refused(S2(",\"attempt\":1.5"), "attempt");
    check_refused(S2(",\"seed\":4294967296"), "seed");
    check_refused(S2(",\"seed\":-1"), "seed");
    check_refused(S2(",\"seed\":\"7\""), "seed");
    check_refused(S2(",\"confidence_after\":6"), "confidence_after");
    check_refused(S2(",\"confidence_before\":0"), "confidence_before");
    check_refused(S2(",\"choices\":[{\"node\":\"n\",\"choice\":\"c\",\"shown\":2}]"), "shown");
    check_refused(S2(",\"choices\":[{\"node\":\"n\",\"choice\":\"c\",\"shown\":[1]}]"), "shown");
    check_refused(S2(",\"choices\":[{\"node\":\"n\",\"choice\":\"c\",\"reply\":[]}]"), "reply");
    check_refused(S2(",\"skills\":{\"l\":{\"raw\":1,\"best\":1,\"worst\":1,\"percent\":1,"
                     "\"accuracy\":100.5}}"),
                  "accuracy");
    check_refused(S2(",\"skills\":{\"l\":{\"raw\":1,\"best\":1,\"worst\":1,\"percent\":1,"
                     "\"accuracy\":\"high\"}}"),
                  "accuracy");
    check_refused("{\"schema\":0,\"player\":\"A\",\"sessions\":[]}", "schema");
    check_refused("{\"schema\":1.5,\"player\":\"A\",\"sessions\":[]}", "schema");
    const char *newer = "{\"schema\":3,\"player\":\"A\",\"sessions\":[]}";
    assert_int_equal(st_parse(newer, strlen(newer), &p, err, sizeof err), ST_NEWER);
#undef S2
}

/* The room vote (docs/workshops.md): a step's "room" counts are written
 * only when set, read back as written, and refused when they cannot be
 * counts of the choices shown. */
static void room_votes(void **st)
{
    (void)st;
    char file[300];
    snprintf(file, sizeof file, "%s/room.json", dir);
    st_record r = sample("t.room");
    static char *order[] = {"open_q", "blunt", "joke"};
    int votes[] = {3, 0, 5};
    st_choice ch[2];
    memcpy(ch, r.choices, sizeof ch);
    ch[0].shown_ids = order;
    ch[0].n_shown_ids = 3;
    ch[0].room_votes = votes;
    ch[0].n_room_votes = 3;
    ch[0].room_phones = 9;
    r.choices = ch;
    char msg[600];
    assert_int_equal(st_append(file, "Room 1", &r, msg, sizeof msg), ST_OK);
    st_record plain = sample("t.room"); /* no room at all: no field written */
    assert_int_equal(st_append(file, "Room 1", &plain, msg, sizeof msg), ST_OK);
    const char *text = read_file(file);
    const char *at = strstr(text, "\"room\"");
    assert_non_null(at);
    assert_null(strstr(at + 1, "\"room\"")); /* once: the one step the room voted at */
    st_progress p;
    assert_int_equal(st_load(file, "Room 1", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, 2);
    const st_choice *g = &p.records[0].choices[0];
    assert_int_equal(g->n_room_votes, 3);
    assert_int_equal(g->room_votes[0], 3);
    assert_int_equal(g->room_votes[1], 0);
    assert_int_equal(g->room_votes[2], 5);
    assert_int_equal(g->room_phones, 9);
    assert_null(p.records[0].choices[1].room_votes);
    assert_int_equal(p.records[0].choices[1].n_room_votes, 0);
    assert_int_equal(p.records[1].choices[0].n_room_votes, 0);
    /* Printed again (a deep copy, then the text) it stays the same. */
    st_progress q;
    st_progress_init(&q, "Room 1");
    assert_true(st_progress_add(&q, &p.records[0]));
    char *again = st_print(&q);
    assert_non_null(again);
    assert_non_null(strstr(again, "\"votes\":\t[3, 0, 5]"));
    assert_non_null(strstr(again, "\"phones\":\t9"));
    st_progress back;
    char err[300];
    assert_int_equal(st_parse(again, strlen(again) + 1, &back, err, sizeof err), ST_OK);
    assert_int_equal(back.records[0].choices[0].room_votes[2], 5);
    st_progress_free(&back);
    free(again);
    st_progress_free(&q);
    st_progress_free(&p);
#define RV(x)                                                                                      \
    "{\"schema\":2,\"player\":\"A\",\"sessions\":[{\"scenario\":\"a\",\"started\":\"x\","          \
    "\"choices\":[{\"node\":\"n\",\"choice\":\"c\",\"shown\":[\"c\",\"d\"]" x "}]}]}"
    const char *ok = RV(",\"room\":{\"votes\":[2,0],\"phones\":2}");
    assert_int_equal(st_parse(ok, strlen(ok), &p, err, sizeof err), ST_OK);
    assert_int_equal(p.records[0].choices[0].room_votes[0], 2);
    st_progress_free(&p);
    check_refused(RV(",\"room\":{\"votes\":[-1,3],\"phones\":4}"), "not a count");
    check_refused(RV(",\"room\":{\"votes\":[1.5,3],\"phones\":4}"), "not a count");
    check_refused(RV(",\"room\":{\"votes\":[\"1\",3],\"phones\":4}"), "not a count");
    check_refused(RV(",\"room\":{\"votes\":[1,2,3],\"phones\":6}"), "\"shown\"");
    check_refused(RV(",\"room\":{\"votes\":[],\"phones\":0}"), "votes");
    check_refused(RV(",\"room\":{\"votes\":[1,3]}"), "phones");
    check_refused(RV(",\"room\":{\"votes\":[1,3],\"phones\":-4}"), "phones");
    check_refused(RV(",\"room\":{\"votes\":[1,3],\"phones\":3}"), "more than");
    check_refused(RV(",\"room\":[1,3]"), "votes");
#undef RV
}

static void newer_schema_untouched(void **st)
{
    (void)st;
    char file[300];
    snprintf(file, sizeof file, "%s/cy.json", dir);
    const char *newer = "{\"schema\":99,\"player\":\"Cy\",\"sessions\":[],\"future\":true}";
    write_file(file, newer);
    st_progress p;
    char msg[600];
    assert_int_equal(st_load(file, "Cy", &p, msg, sizeof msg), ST_NEWER);
    assert_non_null(strstr(msg, "newer rapport"));
    st_progress_free(&p);
    st_record r = sample("x.y");
    assert_int_equal(st_append(file, "Cy", &r, msg, sizeof msg), ST_NEWER);
    assert_string_equal(read_file(file), newer);
}

static void player_file_names(void **st)
{
    (void)st;
    char *a = st_player_file("/d", "ana");
    char *b = st_player_file("/d", "Ana");
    char *c = st_player_file("/d", "../../etc/passwd");
    assert_string_equal(a, "/d/ana.json");
    assert_string_not_equal(a, b);
    assert_null(strstr(c + 3, "/"));
    free(a);
    free(b);
    free(c);
}

/* The clock is injected: $RAPPORT_NOW, when it is a real UTC instant, is
 * what st_now says; anything else leaves the real clock. */
static void now_injected(void **st)
{
    (void)st;
    char now[32];
    setenv("RAPPORT_NOW", "2026-12-03T23:59:59Z", 1);
    st_now(now, sizeof now);
    assert_string_equal(now, "2026-12-03T23:59:59Z");
    setenv("RAPPORT_NOW", "2028-02-29T00:00:00Z", 1); /* a leap day */
    st_now(now, sizeof now);
    assert_string_equal(now, "2028-02-29T00:00:00Z");
    static const char *const refused[] = {"2026-02-30T10:00:00Z",
                                          "2026-12-03T24:00:00Z",
                                          "2026-12-03T10:00:00",
                                          "2026-12-03",
                                          "2026-12-03T10:00:00+01:00",
                                          "2026-12- 3T10:00:00Z",
                                          "2026-12-03T10:00:00Zx",
                                          "soon",
                                          ""};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        char before[32], after[32];
        unsetenv("RAPPORT_NOW");
        st_now(before, sizeof before);
        setenv("RAPPORT_NOW", refused[i], 1);
        st_now(now, sizeof now);
        unsetenv("RAPPORT_NOW");
        st_now(after, sizeof after);
        /* The real clock: between the two real readings around it. */
        if (strcmp(before, now) > 0 || strcmp(now, after) > 0)
            fail_msg("RAPPORT_NOW=\"%s\" gave %s, not the real clock (%s to %s)", refused[i], now,
                     before, after);
    }
    unsetenv("RAPPORT_NOW");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(strict_parsing),
        cmocka_unit_test(broken_file_kept_aside),
        cmocka_unit_test(restore_is_written_back),
        cmocka_unit_test(missing_file_restored_from_bak),
        cmocka_unit_test(schema2_round_trip),
        cmocka_unit_test(schema1_read),
        cmocka_unit_test(schema2_strict),
        cmocka_unit_test(room_votes),
        cmocka_unit_test(newer_schema_untouched),
        cmocka_unit_test(player_file_names),
        cmocka_unit_test(now_injected),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
