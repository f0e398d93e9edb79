/* test_report.c: the class report's pieces that the end-to-end test cannot
 * reach cheaply: refusing inputs with a reason, merging one player found in
 * two files, keyed pseudonyms, and CSV quoting of hostile names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A progress document with one finished session of test.x started at `t`. */
static char *doc(const char *player, const char *t1, const char *t2)
{
    static char buf[4096];
    char sess[1500] = "";
    const char *ts[] = {t1, t2};
    for (int i = 0; i < 2; i++) {
        if (!ts[i]) continue;
        char one[700];
        snprintf(one, sizeof one,
                 "%s{\"scenario\":\"test.x\",\"scenario_version\":1,\"title\":\"X\","
                 "\"mode\":\"practice\",\"started\":\"%s\",\"ended\":\"%s\","
                 "\"outcome\":\"done\",\"grade\":\"good\",\"path\":[\"a\",\"b\"],"
                 "\"choices\":[{\"node\":\"a\",\"choice\":\"c1\",\"shown\":1,\"ms\":10,"
                 "\"text\":\"Hi\"}],"
                 "\"skills\":{\"listening\":{\"raw\":1,\"best\":2,\"worst\":0,\"percent\":%d}},"
                 "\"tags\":{\"premature_ask\":1}}",
                 sess[0] ? "," : "", ts[i], ts[i], i ? 100 : 50);
        strcat(sess, one);
    }
    snprintf(buf, sizeof buf,
             "{\"schema\":1,\"player\":\"%s\",\"created\":\"2026-01-01T00:00:00Z\","
             "\"sessions\":[%s]}",
             player, sess);
    return buf;
}

static bool add(app_report *r, const char *text, char *why, size_t n)
{
    return app_report_add_buffer(r, "in.json", text, strlen(text), why, n);
}

static char *csv_of(app_report *r)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    assert_non_null(f);
    assert_true(app_report_write_csv(r, f));
    fclose(f);
    return out;
}

static void refuses_with_reason(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    char why[300];
    assert_false(add(r, "", why, sizeof why));
    assert_string_equal(why, "it is empty");
    assert_false(add(r, "{\"schema\":1,\n\"player\":", why, sizeof why));
    assert_string_equal(why, "it is not valid JSON (line 2)");
    assert_false(add(r, "{\"name\":\"some-package\",\"version\":\"1.0.0\"}", why, sizeof why));
    assert_non_null(strstr(why, "not a rapport progress file"));
    assert_false(add(r, "[1,2,3]", why, sizeof why));
    assert_non_null(strstr(why, "not a rapport progress file"));
    assert_false(add(r, "{\"schema\":7,\"player\":\"A\",\"sessions\":[]}", why, sizeof why));
    assert_non_null(strstr(why, "newer rapport"));
    assert_int_equal(app_report_n_files(r), 0);
    assert_false(app_report_add_file(r, "/nonexistent/p.json", why, sizeof why));
    assert_non_null(strstr(why, "cannot be opened"));
    assert_false(app_report_add_file(r, "/", why, sizeof why));
    assert_string_equal(why, "it is not a regular file");
    app_report_free(r);
}

static void merges_one_player_from_two_files(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    char why[300];
    assert_true(add(r, doc("Ana", "2026-01-01T10:00:00Z", NULL), why, sizeof why));
    assert_string_equal(why, "");
    /* A later copy of the same file: the first session again, plus a new one. */
    assert_true(
        add(r, doc("Ana", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z"), why, sizeof why));
    assert_non_null(strstr(why, "counted once"));
    assert_int_equal(app_report_n_files(r), 2);
    assert_int_equal(app_report_n_learners(r), 1);
    assert_int_equal(app_report_n_sessions(r), 2);
    char *csv = csv_of(r);
    assert_string_equal(csv, "learner,scenario,title,mode,started,ended,finished,outcome,grade,"
                             "choices,listening_percent\r\n"
                             "Ana,test.x,X,practice,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z,"
                             "yes,done,good,1,50.0\r\n"
                             "Ana,test.x,X,practice,2026-01-01T11:00:00Z,2026-01-01T11:00:00Z,"
                             "yes,done,good,1,100.0\r\n");
    free(csv);
    app_report_free(r);
}

#define KEY1 "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
#define KEY2 "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"

/* FNV-1a 32 of s, as lowercase hex: the unkeyed hash the store puts in file
 * names (and the old pseudonyms were cut from). */
static void fnv_hex(const char *s, char out[9])
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 16777619u;
    snprintf(out, 9, "%08x", (unsigned)h);
}

static void pseudonyms_are_keyed(void **state)
{
    (void)state;
    char a[32], b[32], c[32], d[32];
    app_report_pseudonym(KEY1, "Ana", a, sizeof a);
    app_report_pseudonym(KEY1, "Ana", b, sizeof b);
    app_report_pseudonym(KEY1, "Bo", c, sizeof c);
    app_report_pseudonym(KEY2, "Ana", d, sizeof d);
    assert_string_equal(a, b);     /* same key, same learner: same pseudonym */
    assert_string_not_equal(a, c); /* two learners */
    assert_string_not_equal(a, d); /* a new key breaks the link */
    assert_int_equal(strlen(a), strlen("learner-") + 12);
    assert_memory_equal(a, "learner-", 8);
    for (int i = 8; a[i]; i++)
        assert_non_null(strchr("0123456789abcdef", a[i]));
    /* HMAC-SHA-256 with the key's text as key, pinned (Python's hmac module
     * gives the same), so pseudonyms never change across versions and match
     * the xAPI export's actors. */
    assert_string_equal(a, "learner-436cd775b552");
    assert_string_equal(d, "learner-1d8ceab97005");
    /* Nothing of the unkeyed hash of the name is in it. */
    char h[9];
    fnv_hex("Ana", h);
    assert_null(strstr(a, h));
    h[4] = '\0';
    assert_null(strstr(a, h));
}

static void anonymising_needs_a_key(void **state)
{
    (void)state;
    app_report_opts o = {.anonymise = true};
    assert_null(app_report_new(&o)); /* no key: no report that could show names */
    o.pseudonym_key = "";
    assert_null(app_report_new(&o));
    o.pseudonym_key = KEY1;
    app_report *r = app_report_new(&o);
    assert_non_null(r);
    app_report_free(r);
}

static void anonymised_csv_and_hostile_names(void **state)
{
    (void)state;
    app_report_opts o = {.anonymise = true, .pseudonym_key = KEY1};
    app_report *r = app_report_new(&o);
    char why[300];
    assert_true(add(r, doc("Zoë \\\"Z\\\", =1+1", "2026-01-01T10:00:00Z", NULL), why, sizeof why));
    char *csv = csv_of(r);
    assert_null(strstr(csv, "Zo"));
    char want[64];
    app_report_pseudonym(KEY1, "Zoë \"Z\", =1+1", want, sizeof want);
    assert_non_null(strstr(csv, want));
    assert_non_null(strstr(csv, "\r\nlearner-"));
    free(csv);
    app_report_free(r);

    r = app_report_new(NULL);
    assert_true(add(r, doc("=1+1, \\\"x\\\"", "2026-01-01T10:00:00Z", NULL), why, sizeof why));
    csv = csv_of(r);
    /* Quoted (comma, quote), doubled quotes, and a leading ' so no spreadsheet runs it. */
    assert_non_null(strstr(csv, "\r\n\"'=1+1, \"\"x\"\"\",test.x,"));
    free(csv);
    char *html = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&html, &len);
    assert_true(app_report_write_html(r, f));
    fclose(f);
    assert_non_null(strstr(html, "=1+1, &quot;x&quot;"));
    assert_null(strstr(html, "\"x\""));
    free(html);
    app_report_free(r);
}

/* Two learners with the same gain (50 -> 100) share "improved most". */
static void improved_most_names_every_tie(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    char why[300];
    assert_true(
        add(r, doc("Ana", "2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z"), why, sizeof why));
    assert_true(
        add(r, doc("Ben", "2026-01-01T11:00:00Z", "2026-01-02T11:00:00Z"), why, sizeof why));
    assert_true(add(r, doc("Cy", "2026-01-01T12:00:00Z", NULL), why, sizeof why));
    char *html = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&html, &len);
    assert_true(app_report_write_html(r, f));
    fclose(f);
    assert_non_null(
        strstr(html, "<b>Ana</b> and <b>Ben</b> improved most: +50 points on average each."));
    free(html);
    app_report_free(r);
}

int main(void)
{
    /* No library lookups: the test data names a scenario that exists nowhere. */
    setenv("RAPPORT_SCENARIOS", "/nonexistent", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(refuses_with_reason),
        cmocka_unit_test(merges_one_player_from_two_files),
        cmocka_unit_test(pseudonyms_are_keyed),
        cmocka_unit_test(anonymising_needs_a_key),
        cmocka_unit_test(anonymised_csv_and_hostile_names),
        cmocka_unit_test(improved_most_names_every_tie),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
