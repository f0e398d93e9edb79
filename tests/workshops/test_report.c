/* test_report.c: the class report's pieces that the end-to-end test cannot
 * reach cheaply: refusing inputs with a reason, merging one player found in
 * two files, keyed pseudonyms, CSV quoting of hostile names, and the problems
 * with the input (box, CSV rows, terminal lines; named or anonymised), and
 * practice between sessions (drills, reviews, homework, confidence). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* GCC 12 at -O2 takes the stream open_memstream keeps of a local `char *`
 * for a pointer to that local outliving it (cmocka's asserts can longjmp out
 * between the open and the fclose); the stream is always closed before the
 * local is read, so the warning is a false positive here. */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif

/* The CSV's practice columns, after problem_detail, empty on any other row. */
#define PRACTICE_HEAD                                                                              \
    ",drills,reviews,review_queue,review_due,review_spaced,homework,homework_did,"                 \
    "homework_partly,homework_not_yet,homework_skipped,confidence_rated,confidence_before_first,"  \
    "confidence_before_latest,confidence_after_first,confidence_after_latest,confidence_change"
#define PE ",,,,,,,,,,,,,,,,"

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

/* One finished session for doc2: schema 2, with kind, attempt and accuracy. */
typedef struct sess {
    const char *scenario, *started;
    const char *kind; /* "session" or "drill" */
    int acc;          /* listening accuracy; -1 for none (null) */
    int pct;          /* listening percent */
} sess;

/* A session for the grid's tests: as sess, and the end (NULL: the start),
 * the ending's label (NULL: "done"; "": unfinished, no ending) and the tags
 * as a JSON object (NULL: none). */
typedef struct sessx {
    const char *scenario, *started, *kind;
    int acc, pct;
    const char *ended, *outcome, *tags;
} sessx;

/* A schema 2 progress document with the n sessions in s. */
static char *docx(const char *player, const sessx *s, int n)
{
    static char buf[8192];
    int k = snprintf(buf, sizeof buf,
                     "{\"schema\":2,\"player\":\"%s\",\"created\":\"2026-01-01T00:00:00Z\","
                     "\"sessions\":[",
                     player);
    for (int i = 0; i < n; i++) {
        int attempt = 1;
        for (int j = 0; j < i; j++)
            attempt += strcmp(s[j].scenario, s[i].scenario) == 0 && !strcmp(s[j].kind, s[i].kind);
        char acc[16];
        if (s[i].acc < 0)
            snprintf(acc, sizeof acc, "null");
        else
            snprintf(acc, sizeof acc, "%d", s[i].acc);
        k += snprintf(buf + k, sizeof buf - (size_t)k,
                      "%s{\"scenario\":\"%s\",\"scenario_version\":1,\"title\":\"T %s\","
                      "\"mode\":\"practice\",\"kind\":\"%s\",\"attempt\":%d,\"seed\":null,"
                      "\"started\":\"%s\",\"ended\":\"%s\",%s%s%s"
                      "\"path\":[\"a\",\"b\"],"
                      "\"choices\":[{\"node\":\"a\",\"choice\":\"c1\",\"pressed\":1,"
                      "\"ms\":10,\"shown\":[\"c1\",\"c2\"]}],"
                      "\"skills\":{\"listening\":{\"raw\":1,\"best\":2,\"worst\":0,"
                      "\"percent\":%d,\"accuracy\":%s}},\"tags\":%s}",
                      i ? "," : "", s[i].scenario, s[i].scenario, s[i].kind, attempt, s[i].started,
                      s[i].ended ? s[i].ended : s[i].started,
                      s[i].outcome && !s[i].outcome[0] ? "" : "\"outcome\":\"",
                      s[i].outcome ? s[i].outcome : "done",
                      s[i].outcome && !s[i].outcome[0] ? "" : "\",\"grade\":\"good\",", s[i].pct,
                      acc, s[i].tags ? s[i].tags : "{}");
        assert_true((size_t)k < sizeof buf);
    }
    snprintf(buf + k, sizeof buf - (size_t)k, "]}");
    return buf;
}

/* docx over sessions without end, ending or tags of their own. */
static char *doc2(const char *player, const sess *s, int n)
{
    sessx v[16];
    assert_true(n <= 16);
    for (int i = 0; i < n; i++)
        v[i] =
            (sessx){s[i].scenario, s[i].started, s[i].kind, s[i].acc, s[i].pct, NULL, NULL, NULL};
    return docx(player, v, n);
}

static bool add(app_report *r, const char *text, char *why, size_t n)
{
    return app_report_add_buffer(r, "in.json", text, strlen(text), why, n);
}

static bool add_as(app_report *r, const char *name, const char *text)
{
    char why[300];
    return app_report_add_buffer(r, name, text, strlen(text), why, sizeof why);
}

static char *html_of(app_report *r)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    assert_non_null(f);
    assert_true(app_report_write_html(r, f));
    fclose(f);
    return out;
}

static char *problems_of(app_report *r)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    assert_non_null(f);
    assert_true(app_report_write_problems(r, f, "> "));
    fclose(f);
    return out;
}

/* The text between the opening of the problems box and its end, or NULL. */
static char *box_of(const char *html)
{
    const char *a = strstr(html, "<section id=\"problems\"");
    if (!a) return NULL;
    const char *b = strstr(a, "</section>");
    assert_non_null(b);
    char *box = strndup(a, (size_t)(b - a));
    assert_non_null(box);
    return box;
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
    /* A pack given where progress files go is named as a pack, not as bad JSON. */
    const char *pack = "return { format = 1, kind = 'pack', id = 'w', scenarios = { 'a.b' } }";
    assert_false(add(r, pack, why, sizeof why));
    assert_non_null(strstr(why, "exercise pack"));
    assert_non_null(strstr(why, ".pack.lua"));
    /* Every refusal is a problem with the input, in the order given, with its kind. */
    assert_int_equal(app_report_n_problems(r), 8);
    char *csv = csv_of(r);
    const char *kinds[] = {"damaged",      "damaged", "not_progress", "not_progress",
                           "newer_schema", "missing", "unreadable",   "pack_name"};
    const char *row = strstr(csv, "\r\n") + 2;
    for (int i = 0; i < 8; i++) {
        char want[80];
        snprintf(want, sizeof want, ",,,,,,,,,,,,,,,%s,", kinds[i]); /* no skills: 15 + 2 columns */
        assert_memory_equal(row, want, strlen(want));
        row = strstr(row, "\r\n") + 2;
    }
    assert_string_equal(row, "");
    assert_non_null(strstr(csv, ",missing,/nonexistent/p.json: skipped: it cannot be opened: "
                                "No such file or directory" PE "\r\n"));
    free(csv);
    char *html = html_of(r);
    char *box = box_of(html);
    assert_non_null(box);
    assert_non_null(strstr(box, "<b>Damaged file.</b> in.json: skipped: it is not valid JSON "
                                "(line 2)</li>"));
    assert_non_null(strstr(box, "<b>Written by a newer rapport.</b> in.json: skipped: it was "
                                "written by a newer rapport"));
    assert_non_null(strstr(box, "<b>Missing file.</b> /nonexistent/p.json: skipped:"));
    assert_non_null(strstr(box, "<b>Exercise pack not named .pack.lua.</b>"));
    assert_non_null(strstr(html, "<b>0 of 8</b><span>progress files read</span>"));
    free(box);
    free(html);
    app_report_free(r);
}

static void merges_one_player_from_two_files(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    char why[300];
    const char *one = doc("Ana", "2026-01-01T10:00:00Z", NULL);
    assert_true(app_report_add_buffer(r, "usb/ana.json", one, strlen(one), why, sizeof why));
    assert_string_equal(why, "");
    /* A later copy of the same file: the first session again, plus a new one. */
    const char *two = doc("Ana", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z");
    assert_true(app_report_add_buffer(r, "laptop/ana.json", two, strlen(two), why, sizeof why));
    assert_non_null(strstr(why, "counted once"));
    assert_non_null(strstr(why, "usb/ana.json"));
    assert_int_equal(app_report_n_files(r), 2);
    assert_int_equal(app_report_n_learners(r), 1);
    assert_int_equal(app_report_n_sessions(r), 2);
    assert_int_equal(app_report_n_drills(r), 0);
    assert_int_equal(app_report_n_problems(r), 1);
    char *csv = csv_of(r);
    /* (a schema 1 file: kind "session", attempts in file order, no accuracy) */
    assert_string_equal(csv, "learner,scenario,title,mode,kind,attempt,started,ended,finished,"
                             "outcome,grade,choices,seconds,latest_attempt,accuracy_change,"
                             "listening_accuracy,listening_percent,problem,"
                             "problem_detail" PRACTICE_HEAD "\r\n"
                             "Ana,,,,,,,,,,,,,,,,,merged,\"laptop/ana.json: note: its player "
                             "\"\"Ana\"\" is also in usb/ana.json: their sessions are counted "
                             "together (1 session present in both is counted once)\"" PE "\r\n"
                             "Ana,test.x,X,practice,session,1,2026-01-01T10:00:00Z,"
                             "2026-01-01T10:00:00Z,yes,done,good,1,0,,,,50.0,," PE "\r\n"
                             "Ana,test.x,X,practice,session,2,2026-01-01T11:00:00Z,"
                             "2026-01-01T11:00:00Z,yes,done,good,1,0,yes,,,100.0,," PE "\r\n");
    free(csv);
    char *lines = problems_of(r);
    assert_string_equal(lines, "> laptop/ana.json: note: its player \"Ana\" is also in "
                               "usb/ana.json: their sessions are counted together (1 session "
                               "present in both is counted once)\n");
    free(lines);
    char *html = html_of(r);
    char *box = box_of(html);
    assert_non_null(box);
    assert_non_null(strstr(box, "<li data-problem=\"merged\"><b>One player in two files.</b> "
                                "laptop/ana.json: note: its player &quot;Ana&quot; is also in "
                                "usb/ana.json"));
    /* at the top: before the first section of figures */
    assert_true(strstr(html, "id=\"problems\"") < strstr(html, "id=\"overview\""));
    free(box);
    free(html);
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

/* Two learners with the same gain (50 -> 100 accuracy on one scenario) share "improved most". */
static void improved_most_names_every_tie(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    const sess twice[] = {{"test.x", "2026-01-01T10:00:00Z", "session", 50, 20},
                          {"test.x", "2026-01-02T10:00:00Z", "session", 100, 90}};
    assert_true(add_as(r, "a.json", doc2("Ana", twice, 2)));
    assert_true(add_as(r, "b.json", doc2("Ben", twice, 2)));
    assert_true(add_as(r, "c.json", doc2("Cy", twice, 1)));
    char *html = html_of(r);
    assert_non_null(
        strstr(html, "<b>Ana</b> and <b>Ben</b> improved most: +50 points of accuracy each."));
    free(html);
    app_report_free(r);
}

/* "Improved most" compares attempts of one scenario, sessions only: a second,
 * easier scenario is not progress, nor is a drill. */
static void improved_most_compares_one_scenario(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    /* Ana: the same scenario twice, 40 -> 70. */
    const sess ana[] = {{"test.hard", "2026-01-01T10:00:00Z", "session", 40, 40},
                        {"test.hard", "2026-01-02T10:00:00Z", "session", 70, 70}};
    /* Ben: a hard scenario, then an easy one (30 -> 95 if compared, and the
     * old report named him improved most with +65). */
    const sess ben[] = {{"test.hard", "2026-01-01T11:00:00Z", "session", 30, 30},
                        {"test.easy", "2026-01-02T11:00:00Z", "session", 95, 95}};
    /* Cy: a session, then a drill of the same scenario at 100. */
    const sess cy[] = {{"test.hard", "2026-01-01T12:00:00Z", "session", 20, 20},
                       {"test.hard", "2026-01-02T12:00:00Z", "drill", 100, 100}};
    /* Di: two scenarios twice each: (+10 and +30) / 2 = +20; the easy one in between. */
    const sess di[] = {{"test.hard", "2026-01-01T13:00:00Z", "session", 10, 10},
                       {"test.easy", "2026-01-01T14:00:00Z", "session", 60, 60},
                       {"test.hard", "2026-01-02T13:00:00Z", "session", 20, 20},
                       {"test.easy", "2026-01-02T14:00:00Z", "session", 90, 90}};
    assert_true(add_as(r, "a.json", doc2("Ana", ana, 2)));
    assert_true(add_as(r, "b.json", doc2("Ben", ben, 2)));
    assert_true(add_as(r, "c.json", doc2("Cy", cy, 2)));
    assert_true(add_as(r, "d.json", doc2("Di", di, 4)));
    /* The terminal's "Report on N learners, M sessions": Cy's drill is no session. */
    assert_int_equal(app_report_n_learners(r), 4);
    assert_int_equal(app_report_n_sessions(r), 9);
    assert_int_equal(app_report_n_drills(r), 1);
    char *html = html_of(r);
    const char *sec = strstr(html, "<section id=\"improved\">");
    assert_non_null(sec);
    assert_non_null(strstr(sec, "<p class=\"lead\"><b>Ana</b> improved most: +30 points of "
                                "accuracy.</p>"));
    assert_non_null(strstr(sec, "Ana <small class=\"meta\">T test.hard, 2 attempts</small>"));
    assert_non_null(strstr(sec, "Di <small class=\"meta\">2 scenarios</small>"));
    assert_non_null(strstr(sec, "<b>+20</b>"));
    assert_non_null(strstr(sec, "with accuracy recorded: Ben, Cy.</p>"));
    assert_null(strstr(sec, "<b>+65</b>"));
    assert_null(strstr(sec, "<b>+80</b>"));
    /* The learners' table leads with accuracy, the score one level down, and
     * leaves the drill out of the figures. */
    assert_non_null(strstr(html, "40% &rarr; <b>70%</b><br><small>best 70%</small><br><small "
                                 "class=\"score\">score 40% &rarr; 70%</small>"));
    assert_non_null(strstr(html, "<td class=\"num\">1 <small class=\"meta\">+1 "
                                 "drill</small></td>"));
    free(html);
    char *csv = csv_of(r);
    assert_non_null(strstr(csv, "\r\nCy,test.hard,T test.hard,practice,drill,1,"
                                "2026-01-02T12:00:00Z,2026-01-02T12:00:00Z,yes,done,good,1,,,,"
                                "100.0,100.0,," PE "\r\n"));
    assert_non_null(strstr(csv, "\r\nDi,test.easy,T test.easy,practice,session,2,"));
    free(csv);
    app_report_free(r);
}

/* Files from before accuracy still give figures: the score, said to be one. */
static void without_accuracy_the_score_shows(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    char why[300];
    assert_true(
        add(r, doc("Ana", "2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z"), why, sizeof why));
    const sess no_acc[] = {{"test.x", "2026-01-03T10:00:00Z", "session", -1, 75}};
    assert_true(add_as(r, "b.json", doc2("Bo", no_acc, 1)));
    char *html = html_of(r);
    assert_non_null(strstr(html, "<small class=\"meta\">no accuracy recorded</small><br>score "
                                 "50% &rarr; <b>100%</b>"));
    assert_non_null(strstr(html, "<small class=\"meta\">no accuracy recorded</small><br>score "
                                 "<b>75%</b>"));
    assert_non_null(strstr(html, "Not compared, since no scenario was finished twice with "
                                 "accuracy recorded: Ana, Bo."));
    free(html);
    app_report_free(r);
}

static void near_duplicate_names(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    assert_true(add_as(r, "a/ben_walsh.json", doc("ben walsh", "2026-01-01T10:00:00Z", NULL)));
    assert_true(add_as(r, "b/ben.json", doc(" Ben  Walsh", "2026-01-01T11:00:00Z", NULL)));
    assert_true(add_as(r, "c/bw.json", doc("BEN_WALSH", "2026-01-01T12:00:00Z", NULL)));
    assert_true(add_as(r, "d/cé.json", doc("Cé Dupont", "2026-01-01T12:00:00Z", NULL)));
    assert_true(add_as(r, "e/ce.json", doc("CÉ DUPONT", "2026-01-01T12:00:00Z", NULL)));
    assert_true(add_as(r, "f/ce.json", doc("Ce Dupont", "2026-01-01T12:00:00Z", NULL)));
    assert_true(add_as(r, "g/benwalsh.json", doc("Benwalsh", "2026-01-01T12:00:00Z", NULL)));
    /* Names differing only in case or spacing stay apart, and are pointed out:
     * one problem per group ("Ce" and "Benwalsh" differ in more). */
    assert_int_equal(app_report_n_learners(r), 7);
    assert_int_equal(app_report_n_problems(r), 2);
    char *lines = problems_of(r);
    assert_string_equal(
        lines, "> note: \" Ben  Walsh\" (b/ben.json), \"ben walsh\" (a/ben_walsh.json) and "
               "\"BEN_WALSH\" (c/bw.json): names that differ only in case or "
               "spacing, counted as 3 learners; if they are one person, ask them to keep "
               "to one name\n"
               "> note: \"CÉ DUPONT\" (e/ce.json) and \"Cé Dupont\" (d/cé.json): names "
               "that differ only in case or spacing, counted as 2 learners; if they are "
               "one person, ask them to keep to one name\n");
    free(lines);
    char *csv = csv_of(r);
    assert_non_null(strstr(csv, ",near_duplicate,\"note: \"\" Ben  Walsh\"\" (b/ben.json)"));
    free(csv);
    app_report_free(r);
}

/* Anonymised, the box names neither players nor files (file names carry names). */
static void anonymised_problems_name_nobody(void **state)
{
    (void)state;
    app_report_opts o = {.anonymise = true, .pseudonym_key = KEY1};
    app_report *r = app_report_new(&o);
    assert_true(add_as(r, "usb/ben_walsh.json", doc("ben walsh", "2026-01-01T10:00:00Z", NULL)));
    assert_true(
        add_as(r, "pc/ben_walsh-1a2b.json", doc("Ben Walsh", "2026-01-01T11:00:00Z", NULL)));
    assert_true(add_as(r, "pc/ben_walsh-copy.json",
                       doc("Ben Walsh", "2026-01-01T11:00:00Z", "2026-01-02T11:00:00Z")));
    assert_false(add_as(r, "usb/amara_osei.json", "{\"schema\":1,"));
    char p1[32], p2[32];
    app_report_pseudonym(KEY1, "ben walsh", p1, sizeof p1);
    app_report_pseudonym(KEY1, "Ben Walsh", p2, sizeof p2);
    char *html = html_of(r), *csv = csv_of(r);
    char *box = box_of(html);
    assert_non_null(box);
    const char *outs[] = {box, csv};
    for (int i = 0; i < 2; i++) {
        assert_null(strstr(outs[i], "walsh"));
        assert_null(strstr(outs[i], "Walsh"));
        assert_null(strstr(outs[i], "amara"));
        assert_non_null(strstr(outs[i], p1));
        assert_non_null(strstr(outs[i], p2));
        assert_non_null(strstr(outs[i], "input 4: skipped: it is not valid JSON"));
        assert_non_null(strstr(outs[i], "input 3: note: its player learner-"));
        assert_non_null(strstr(outs[i], " is also in input 2: their sessions"));
    }
    assert_non_null(strstr(box, "numbered in the order they were given"));
    /* The terminal of whoever made it still gets the names, to fix the files. */
    char *lines = problems_of(r);
    assert_non_null(strstr(lines, "> usb/amara_osei.json: skipped:"));
    assert_non_null(strstr(lines, "\"ben walsh\" (usb/ben_walsh.json) and \"Ben Walsh\""));
    free(lines);
    free(box);
    free(html);
    free(csv);
    app_report_free(r);
}

static void clean_input_has_no_box(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    assert_true(add_as(r, "a.json", doc("Ana", "2026-01-01T10:00:00Z", NULL)));
    assert_true(add_as(r, "b.json", doc("Bo", "2026-01-01T10:00:00Z", NULL)));
    assert_int_equal(app_report_n_problems(r), 0);
    char *html = html_of(r);
    assert_null(strstr(html, "id=\"problems\""));
    assert_null(strstr(html, "with the input"));
    free(html);
    app_report_free(r);
}

/* The part of the HTML from the section with this id to its end. malloc'ed. */
static char *section_of(const char *html, const char *id)
{
    char open[80];
    snprintf(open, sizeof open, "<section id=\"%s\"", id);
    const char *a = strstr(html, open);
    assert_non_null(a);
    const char *b = strstr(a, "</section>");
    assert_non_null(b);
    char *s = strndup(a, (size_t)(b - a));
    assert_non_null(s);
    return s;
}

/* The grid's cell: the latest attempt's ending in words, the attempts (a
 * drill is not one), the latest finished attempt's accuracy, and the change
 * within that scenario only; never against another scenario. */
static void grid_cells_compare_one_scenario(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    const sessx ana[] = {
        {"test.x", "2026-01-01T10:00:00Z", "session", 20, 20, NULL, "left_early", NULL},
        {"test.y", "2026-01-01T11:00:00Z", "session", 90, 90, NULL, NULL, NULL},
        {"test.x", "2026-01-02T10:00:00Z", "session", 60, 60, NULL, "warm_goodbye", NULL},
        {"test.x", "2026-01-03T10:00:00Z", "drill", 100, 100, NULL, "drilled_end", NULL}};
    assert_true(add_as(r, "a.json", docx("Ana", ana, 4)));
    char *html = html_of(r);
    char *grid = section_of(html, "grid");
    /* one row: the test.x cell, then test.y's */
    assert_non_null(strstr(grid, "<td class=\"cell\"><span class=\"chip good\">Warm goodbye</span>"
                                 "<br><small>2 attempts</small><br>60% accuracy<br><span "
                                 "class=\"up\">+40</span> <small>since the first</small></td>"));
    assert_non_null(strstr(grid, "<td class=\"cell\"><span class=\"chip good\">Done</span><br>"
                                 "<small>1 attempt</small><br>90% accuracy</td>"));
    assert_null(strstr(grid, "warm_goodbye")); /* the label in words, not its id */
    assert_null(strstr(grid, "Drilled end"));  /* the drill is no attempt and no ending here */
    assert_null(strstr(grid, "3 attempts"));
    assert_null(strstr(grid, "+70")); /* test.y against test.x's first: never */
    assert_null(strstr(grid, "+80")); /* the drill against the first: never */
    assert_non_null(strstr(grid, "<tfoot><tr><td>Change on average</td><td>+40 <small>over 1 "
                                 "learner</small></td><td>&ndash;</td>"));
    free(grid);
    free(html);
    char *csv = csv_of(r);
    /* seconds, latest_attempt, accuracy_change after the choices */
    assert_non_null(strstr(csv, "Ana,test.x,T test.x,practice,session,1,2026-01-01T10:00:00Z,"
                                "2026-01-01T10:00:00Z,yes,left_early,good,1,0,,,20.0,"));
    assert_non_null(strstr(csv, "Ana,test.y,T test.y,practice,session,1,2026-01-01T11:00:00Z,"
                                "2026-01-01T11:00:00Z,yes,done,good,1,0,yes,,90.0,"));
    assert_non_null(strstr(csv, "Ana,test.x,T test.x,practice,session,2,2026-01-02T10:00:00Z,"
                                "2026-01-02T10:00:00Z,yes,warm_goodbye,good,1,0,yes,40.0,60.0,"));
    assert_non_null(strstr(csv, "Ana,test.x,T test.x,practice,drill,1,2026-01-03T10:00:00Z,"
                                "2026-01-03T10:00:00Z,yes,drilled_end,good,1,,,,100.0,"));
    free(csv);
    app_report_free(r);
}

/* An unfinished latest attempt says so; the accuracy is the latest finished
 * one's, and one finished attempt gives no change. A scenario only drilled
 * has no column, and drills count nowhere in the summary's attempts. */
static void grid_unfinished_and_drills_only(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    const sessx bo[] = {
        {"test.x", "2026-01-01T10:00:00Z", "session", 50, 50, NULL, "cold_end", NULL},
        {"test.x", "2026-01-02T10:00:00Z", "session", 90, 90, NULL, "", NULL},
        {"test.z", "2026-01-02T11:00:00Z", "drill", 90, 90, NULL, NULL, NULL},
        {"test.z", "2026-01-02T12:00:00Z", "drill", 80, 80, NULL, NULL, NULL}};
    assert_true(add_as(r, "b.json", docx("Bo", bo, 4)));
    char *html = html_of(r);
    char *grid = section_of(html, "grid");
    assert_non_null(strstr(grid, "<span class=\"chip \">Not finished</span><br><small>2 "
                                 "attempts, 1 finished</small><br>50% accuracy</td>"));
    assert_null(strstr(grid, "<small>since the first</small>"));
    assert_null(strstr(grid, "T test.z")); /* drilled only: no column */
    free(grid);
    char *sum = section_of(html, "summary");
    assert_non_null(strstr(sum, "1 learner: Bo. 2 attempts at 1 scenario"));
    assert_non_null(strstr(sum, "; 2 drills besides."));
    free(sum);
    free(html);
    app_report_free(r);
}

/* Time on task adds up end minus start of whole sessions; a drill, or an end
 * before the start, adds nothing. */
static void time_on_task(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    const sessx cy[] = {
        {"test.x", "2026-01-01T10:00:00Z", "session", 50, 50, "2026-01-01T10:12:30Z", NULL, NULL},
        {"test.x", "2026-01-01T23:30:00Z", "session", 60, 60, "2026-01-02T00:20:00Z", NULL, NULL},
        {"test.x", "2026-01-03T10:00:00Z", "drill", 60, 60, "2026-01-03T11:00:00Z", NULL, NULL},
        {"test.x", "2026-01-04T10:00:00Z", "session", 60, 60, "2026-01-04T09:00:00Z", NULL, NULL}};
    assert_true(add_as(r, "c.json", docx("Cy", cy, 4)));
    char *csv = csv_of(r);
    assert_non_null(strstr(csv, "2026-01-01T10:12:30Z,yes,done,good,1,750,,"));
    assert_non_null(strstr(csv, "2026-01-02T00:20:00Z,yes,done,good,1,3000,,"));
    assert_non_null(strstr(csv, "2026-01-03T11:00:00Z,yes,done,good,1,,,"));    /* drill */
    assert_non_null(strstr(csv, "2026-01-04T09:00:00Z,yes,done,good,1,,yes,")); /* backwards */
    free(csv);
    char *html = html_of(r);
    char *grid = section_of(html, "grid");
    /* 750 + 3000 s = 62.5 min */
    assert_non_null(strstr(grid, "<td class=\"num\">1 h 03 min</td></tr>"));
    free(grid);
    free(html);
    app_report_free(r);
}

/* With a pack, each learner's entries finished; the summary names who took
 * part, what went well and the two most common mistakes in words. */
static void summary_and_pack_completion(void **state)
{
    (void)state;
    char dir[] = "/tmp/rapport-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char pack[64];
    snprintf(pack, sizeof pack, "%s/p.pack.lua", dir);
    FILE *pf = fopen(pack, "w");
    assert_non_null(pf);
    fputs("return { format = 1, kind = \"pack\", id = \"t.p\", title = \"P\",\n"
          "  scenarios = { \"test.x\", \"test.y\" } }\n",
          pf);
    assert_int_equal(fclose(pf), 0);
    app_report_opts o = {.library_dir = "/nonexistent-rapport-library"};
    app_report *r = app_report_new(&o);
    core_diags d = {0};
    assert_true(app_report_set_pack(r, pack, &d));
    core_diags_free(&d);
    unlink(pack);
    rmdir(dir);
    const char *ask2 = "{\"premature_ask\":2,\"notice_cue\":1}";
    const char *miss = "{\"miss_cue\":1,\"interrupt\":1}";
    const sessx ana[] = {{"test.x", "2026-01-01T10:00:00Z", "session", 50, 50, NULL, NULL, ask2},
                         {"test.y", "2026-01-01T11:00:00Z", "session", 70, 70, NULL, NULL, miss}};
    const sessx ben[] = {{"test.x", "2026-01-01T12:00:00Z", "session", 30, 30, NULL, NULL, ask2},
                         {"test.x", "2026-01-01T13:00:00Z", "drill", 30, 30, NULL, NULL, ask2}};
    assert_true(add_as(r, "a.json", docx("Ana", ana, 2)));
    assert_true(add_as(r, "b.json", docx("Ben", ben, 2)));
    char *html = html_of(r);
    char *grid = section_of(html, "grid");
    assert_non_null(strstr(grid, "<th>Pack done</th>"));
    assert_non_null(strstr(grid, "Ana</td>"));
    assert_non_null(strstr(grid, "<td class=\"num\">2 of 2</td></tr>"));
    assert_non_null(strstr(grid, "<td class=\"num\">1 of 2</td></tr>"));
    free(grid);
    char *sum = section_of(html, "summary");
    assert_non_null(strstr(sum, "2 learners: Ana and Ben. 3 attempts at 2 scenarios; 1 drill "
                                "besides. 1 of 2 finished every scenario of the pack."));
    assert_non_null(strstr(sum, "Strongest skill: <b>"));
    assert_non_null(strstr(sum, "</b>, 50% accuracy on average at each learner's latest"));
    assert_non_null(strstr(sum, "<b>Noticed the cue</b>: 2 times, by 2 of 2 learners."));
    assert_non_null(strstr(sum, "<dt>The two most common mistakes</dt><dd><ol><li><b>Asked before "
                                "giving anything</b>: 4 times, by 2 of 2 learners.</li><li><b>"));
    /* the drill's premature_ask is not counted (4, not 6); one of the two
     * single mistakes follows, the third is left out */
    assert_null(strstr(sum, "6 times"));
    int n = 0;
    for (const char *p = sum; (p = strstr(p, "<li><b>")); p++)
        n++;
    assert_int_equal(n, 1 /* noticed the cue */ + 2);
    free(sum);
    free(html);
    app_report_free(r);
}

/* Words typed in "say it first" stay in the learner's file: neither the
 * summary, the grid nor any other part of either output shows them. */
static void typed_words_never_shown(void **state)
{
    (void)state;
    const sessx one[] = {
        {"test.x", "2026-01-01T10:00:00Z", "session", 50, 50, NULL, NULL, "{\"premature_ask\":1}"}};
    const char *d = docx("Ana", one, 1);
    const char *at = strstr(d, "\"pressed\":1,");
    assert_non_null(at);
    char buf[8400];
    snprintf(buf, sizeof buf, "%.*s\"said\":\"my typed secret words\",%s", (int)(at - d), d, at);
    app_report *r = app_report_new(NULL);
    assert_true(add_as(r, "a.json", buf));
    char *html = html_of(r), *csv = csv_of(r);
    assert_non_null(strstr(html, "<section id=\"grid\""));
    assert_null(strstr(html, "typed secret"));
    assert_null(strstr(csv, "typed secret"));
    free(html);
    free(csv);
    app_report_free(r);
}

/* One hand-made session for the practice tests: finished unless outcome is
 * NULL; extra is more JSON members (confidence, homework) or "". */
static void prac_sess(char *buf, size_t n, const char *scenario, const char *kind, int attempt,
                      const char *started, const char *outcome, const char *extra)
{
    char end[80] = "";
    if (outcome) snprintf(end, sizeof end, "\"outcome\":\"%s\",\"grade\":\"good\",", outcome);
    size_t k = strlen(buf);
    snprintf(buf + k, n - k,
             "%s{\"scenario\":\"%s\",\"scenario_version\":1,\"title\":\"T %s\","
             "\"mode\":\"practice\",\"kind\":\"%s\",\"attempt\":%d,\"seed\":null,"
             "\"started\":\"%s\",\"ended\":\"%s\",%s%s"
             "\"path\":[\"a\",\"b\"],\"choices\":[{\"node\":\"a\",\"choice\":\"c1\","
             "\"pressed\":1,\"ms\":10,\"said\":\"my typed secret words\","
             "\"shown\":[\"c1\",\"c2\"]}],\"skills\":{\"listening\":{\"raw\":1,\"best\":2,"
             "\"worst\":0,\"percent\":50,\"accuracy\":50}},\"tags\":{}}",
             buf[k - 1] == '[' ? "" : ",", scenario, scenario, kind, attempt, started, started, end,
             extra);
}

/* Ana: four whole sessions with homework (did, partly, skipped, not asked
 * yet), two rated for confidence, two drills (one rated: never counted), a
 * review queue of three moments; a second copy of her file whose moment b
 * has fewer reviews (counted once, the further copy). Bo: nothing between. */
static app_report *practice_report(void)
{
    app_report_opts o = {.generated = "2026-01-10T12:00:00Z"};
    app_report *r = app_report_new(&o);
    static char a[12000];
    snprintf(a, sizeof a,
             "{\"schema\":2,\"player\":\"Ana\",\"created\":\"2026-01-01T00:00:00Z\","
             "\"sessions\":[");
    prac_sess(a, sizeof a, "test.x", "session", 1, "2026-01-01T10:00:00Z", "done",
              "\"confidence_before\":2,\"confidence_after\":3,\"homework\":{\"text\":\"Send "
              "one follow-up\",\"answer\":\"did\",\"note\":\"private homework note\","
              "\"answered\":\"2026-01-02T10:00:00Z\"},");
    prac_sess(a, sizeof a, "test.x", "drill", 1, "2026-01-02T10:00:00Z", NULL,
              "\"confidence_before\":5,");
    prac_sess(a, sizeof a, "test.x", "drill", 2, "2026-01-02T11:00:00Z", "done",
              "\"confidence_after\":1,");
    prac_sess(a, sizeof a, "test.y", "session", 1, "2026-01-03T10:00:00Z", "done",
              "\"confidence_before\":3,\"confidence_after\":5,\"homework\":{\"text\":\"Ask "
              "one open question\",\"answer\":\"partly\"},");
    prac_sess(a, sizeof a, "test.x", "session", 2, "2026-01-04T10:00:00Z", "done",
              "\"homework\":{\"text\":\"Send one follow-up\",\"answer\":\"skipped\"},");
    prac_sess(a, sizeof a, "test.x", "session", 3, "2026-01-05T10:00:00Z", "done",
              "\"homework\":{\"text\":\"Send one follow-up\"},");
    static const char review[] =
        "],\"review\":["
        "{\"scenario\":\"test.x\",\"node\":\"a\",\"added\":\"2026-01-01\",\"due\":\"2026-01-02\","
        "\"last\":null,\"interval\":1,\"ease\":2.5,\"reps\":0,\"lapses\":0,\"reviews\":0},"
        "{\"scenario\":\"test.x\",\"node\":\"b\",\"added\":\"2026-01-01\",\"due\":\"2026-03-01\","
        "\"last\":\"2026-01-20\",\"interval\":40,\"ease\":2.6,\"reps\":3,\"lapses\":0,"
        "\"reviews\":3},"
        "{\"scenario\":\"test.y\",\"node\":\"c\",\"added\":\"2026-01-03\",\"due\":\"2026-01-05\","
        "\"last\":\"2026-01-04\",\"interval\":1,\"ease\":2.3,\"reps\":0,\"lapses\":1,"
        "\"reviews\":2}]}";
    strcat(a, review);
    assert_true(add_as(r, "ana.json", a));
    static char c[4000];
    snprintf(c, sizeof c,
             "{\"schema\":2,\"player\":\"Ana\",\"created\":\"2026-01-01T00:00:00Z\","
             "\"sessions\":[");
    prac_sess(c, sizeof c, "test.x", "session", 1, "2026-01-01T10:00:00Z", "done",
              "\"confidence_before\":2,\"confidence_after\":3,");
    strcat(c, "],\"review\":[{\"scenario\":\"test.x\",\"node\":\"b\",\"added\":\"2026-01-01\","
              "\"due\":\"2026-01-09\",\"last\":\"2026-01-03\",\"interval\":6,\"ease\":2.5,"
              "\"reps\":2,\"lapses\":0,\"reviews\":2}]}");
    assert_true(add_as(r, "old/ana.json", c));
    const sess bo[] = {{"test.x", "2026-01-01T09:00:00Z", "session", 50, 50}};
    assert_true(add_as(r, "bo.json", doc2("Bo", bo, 1)));
    return r;
}

/* Practice between sessions: drills counted apart (never as attempts),
 * reviews and the queue from the stored schedule, homework answers tallied,
 * confidence from whole sessions only; never typed words or notes. */
static void practice_between_sessions(void **state)
{
    (void)state;
    app_report *r = practice_report();
    assert_int_equal(app_report_n_learners(r), 2);
    char *html = html_of(r), *csv = csv_of(r);
    char *pr = section_of(html, "practice");
    assert_non_null(pr);
    /* Ana: drills 2, reviews 3+2 (b once, its further copy), queue 3, due 2
     * (a and c by 2026-01-10), spaced 1 (b, 40 days); homework 4: did 1,
     * partly 1, not yet 0, skipped 1 (the fourth not asked yet) */
    assert_non_null(strstr(pr, "<td class=\"who\">Ana</td><td class=\"num\">2</td><td "
                               "class=\"num\">5</td><td class=\"num\">3</td><td class=\"num\">2"
                               "</td><td class=\"num\">1</td><td class=\"num\">4</td><td "
                               "class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">"
                               "<span class=\"meta\">0</span></td><td class=\"num\">1</td></tr>"));
    assert_non_null(strstr(pr, "<td class=\"who\">Bo</td><td class=\"num\"><span "
                               "class=\"meta\">0</span></td>"));
    free(pr);
    /* drills are not attempts: the grid's test.x cell has Ana's three sessions */
    char *grid = section_of(html, "grid");
    assert_non_null(strstr(grid, "3 attempts"));
    assert_null(strstr(grid, "5 attempts"));
    free(grid);
    /* confidence: the two rated whole sessions; the drills' 5 and 1 never count */
    char *conf = section_of(html, "confidence");
    assert_non_null(conf);
    assert_non_null(strstr(conf, "<td class=\"who\">Ana</td><td class=\"num\">2</td><td "
                                 "class=\"num\">2 &rarr; <b>3</b></td><td class=\"num\">3 &rarr; "
                                 "<b>5</b></td><td class=\"num\">+1.5</td></tr>"));
    assert_null(strstr(conf, ">Bo<"));
    free(conf);
    assert_non_null(strstr(html, "<a href=\"#practice\">Practice between sessions</a>"));
    /* CSV: one practice row for Ana after her sessions, none for Bo */
    assert_non_null(strstr(csv, "\r\nAna,,,,practice,,,,,,,,,,,,,,,2,5,3,2,1,4,1,1,0,1,2,2,3,3,5,"
                                "1.5\r\nBo,test.x,"));
    assert_null(strstr(csv, "Bo,,,,practice"));
    assert_non_null(strstr(csv, "Ana,test.x,T test.x,practice,drill,1,")); /* still listed */
    const char *outs[] = {html, csv};
    for (int i = 0; i < 2; i++) {
        assert_null(strstr(outs[i], "typed secret"));
        assert_null(strstr(outs[i], "private homework note"));
        assert_null(strstr(outs[i], "Send one follow-up"));
    }
    free(html);
    free(csv);
    app_report_free(r);
}

/* Without drills, review moments, homework or ratings, neither table appears
 * and the CSV has no practice row (its columns stay, empty). */
static void no_practice_no_tables(void **state)
{
    (void)state;
    app_report *r = app_report_new(NULL);
    const sess bo[] = {{"test.x", "2026-01-01T09:00:00Z", "session", 50, 50}};
    assert_true(add_as(r, "bo.json", doc2("Bo", bo, 1)));
    char *html = html_of(r), *csv = csv_of(r);
    assert_null(strstr(html, "id=\"practice\""));
    assert_null(strstr(html, "id=\"confidence\""));
    assert_null(strstr(html, "#practice"));
    assert_non_null(strstr(csv, PRACTICE_HEAD "\r\n"));
    assert_null(strstr(csv, ",practice,,"));
    free(html);
    free(csv);
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
        cmocka_unit_test(improved_most_compares_one_scenario),
        cmocka_unit_test(without_accuracy_the_score_shows),
        cmocka_unit_test(near_duplicate_names),
        cmocka_unit_test(anonymised_problems_name_nobody),
        cmocka_unit_test(clean_input_has_no_box),
        cmocka_unit_test(grid_cells_compare_one_scenario),
        cmocka_unit_test(grid_unfinished_and_drills_only),
        cmocka_unit_test(time_on_task),
        cmocka_unit_test(summary_and_pack_completion),
        cmocka_unit_test(typed_words_never_shown),
        cmocka_unit_test(practice_between_sessions),
        cmocka_unit_test(no_practice_no_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
