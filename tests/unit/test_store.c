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
    ch[0] = (st_choice){"arrive", "open_q", 1, 1200, "Is this your first one?"};
    ch[1] = (st_choice){"first_time", "timeout", 0, 8000, NULL};
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
    r.skills[0] = (st_skill){"listening", 2, 4, -2, 66.6667};
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(strict_parsing),
        cmocka_unit_test(broken_file_kept_aside),
        cmocka_unit_test(newer_schema_untouched),
        cmocka_unit_test(player_file_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
