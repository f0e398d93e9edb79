/* test_place.c: a player's place in an exercise pack (engine/app/pack.c,
 * docs/pack-place.schema.json): what the window saves when an entry's clock
 * starts or an entry is finished, read back the same; a pack edited between
 * windows keeps the entries it still has; a damaged, foreign or oversized
 * file is kept aside whole and the pack starts afresh; names that need
 * escaping survive. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "app.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/rapport-place-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* A pack of n entries with these scenario ids (borrowed strings). */
static core_pack pack_of(core_pack_item *items, const char **ids, int n)
{
    for (int i = 0; i < n; i++)
        items[i] = (core_pack_item){.scenario = (char *)ids[i]};
    return (core_pack){.id = (char *)"t.pack", .items = items, .n_items = n};
}

static void write_text(const char *file, const char *text)
{
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* How many files in the folder of file have names starting with its name
 * and then ".broken-". */
static int n_aside(const char *file)
{
    const char *slash = strrchr(file, '/');
    char folder[512];
    snprintf(folder, sizeof folder, "%.*s", (int)(slash - file), file);
    DIR *d = opendir(folder);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    char want[300];
    snprintf(want, sizeof want, "%s.broken-", slash + 1);
    while ((e = readdir(d)))
        n += strncmp(e->d_name, want, strlen(want)) == 0;
    closedir(d);
    return n;
}

static void round_trip(void **state)
{
    (void)state;
    const char *ids[] = {"a.one", "b.two", "a.one"};
    core_pack_item it[3];
    core_pack p = pack_of(it, ids, 3);
    const char *who = "Zoë \"Z\" O'Neil\\\t"; /* quotes, a backslash, a tab, UTF-8 */
    char *file = app_pack_place_file(dir, who, p.id);
    assert_non_null(file);
    assert_non_null(strstr(file, "/packs/"));
    assert_non_null(strstr(file, ".t.pack.place.json"));
    bool done[3] = {0}, got_done[3];
    long long started[3] = {0}, got[3];
    char msg[800];
    assert_int_equal(app_pack_place_load(file, &p, who, got_done, got, msg, sizeof msg),
                     APP_PLACE_NONE);
    done[0] = true;
    started[0] = 1796330000123LL;
    started[2] = 1796330999000LL;
    assert_true(app_pack_place_save(file, &p, who, done, started, msg, sizeof msg));
    struct stat sb;
    assert_int_equal(stat(file, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0600);
    assert_int_equal(app_pack_place_load(file, &p, who, got_done, got, msg, sizeof msg),
                     APP_PLACE_READ);
    assert_true(got_done[0]);
    assert_false(got_done[1]);
    assert_false(got_done[2]);
    assert_true(got[0] == started[0]);
    assert_true(got[1] == 0);
    assert_true(got[2] == started[2]);
    /* Another player's file has another name. */
    char *other = app_pack_place_file(dir, "Zoe", p.id);
    assert_string_not_equal(other, file);
    free(other);
    free(file);
}

/* The pack gained an entry at the front and lost one: the place follows the
 * scenario ids (the second "a.one" stays the second). */
static void edited_pack(void **state)
{
    (void)state;
    const char *ids[] = {"a.one", "b.two", "a.one"};
    core_pack_item it[3];
    core_pack p = pack_of(it, ids, 3);
    char *file = app_pack_place_file(dir, "Kim", p.id);
    bool done[3] = {true, false, true};
    long long started[3] = {1000, 0, 3000};
    char msg[800];
    assert_true(app_pack_place_save(file, &p, "Kim", done, started, msg, sizeof msg));
    const char *ids2[] = {"c.new", "a.one", "a.one"};
    core_pack_item it2[3];
    core_pack q = pack_of(it2, ids2, 3);
    bool d2[3];
    long long s2[3];
    assert_int_equal(app_pack_place_load(file, &q, "Kim", d2, s2, msg, sizeof msg), APP_PLACE_READ);
    assert_false(d2[0]);
    assert_true(s2[0] == 0);
    assert_true(d2[1] && s2[1] == 1000);
    assert_true(d2[2] && s2[2] == 3000);
    free(file);
}

/* Each file the reader must refuse: kept aside whole, a fresh start, and
 * the message says where it went. */
static void damaged_kept_aside(void **state)
{
    (void)state;
    const char *ids[] = {"a.one", "b.two"};
    core_pack_item it[2];
    core_pack p = pack_of(it, ids, 2);
    const char *bad[] = {
        "",
        "{\"format\": 1, \"kind\": \"pack-place\", \"pack\": \"t.pack\", \"player\": \"Kim\", "
        "\"entries\": [{\"scenario\": \"a.one\", \"done\": tr", /* cut off */
        "{\"format\": 1, \"kind\": \"pack-place\", \"pack\": \"t.pack\", \"player\": \"Kim\", "
        "\"entries\": []} trailing",
        "{\"format\": 1, \"kind\": \"pack-place\", \"pack\": \"other\", \"player\": \"Kim\", "
        "\"entries\": []}",
        "{\"format\": 1, \"kind\": \"pack-place\", \"pack\": \"t.pack\", \"player\": \"Sam\", "
        "\"entries\": []}",
        "{\"format\": 2, \"kind\": \"pack-place\", \"pack\": \"t.pack\", \"player\": \"Kim\", "
        "\"entries\": []}",
        "{\"format\": 1, \"kind\": \"pack-place\", \"pack\": \"t.pack\", \"player\": \"Kim\", "
        "\"entries\": [{\"scenario\": \"a.one\", \"done\": true, \"started\": -5}]}",
        "{\"format\": 1, \"kind\": \"pack-place\", \"pack\": \"t.pack\", \"player\": \"Kim\", "
        "\"entries\": [{\"scenario\": \"a.one\", \"done\": 1, \"started\": null}]}",
        "{\"format\": 1, \"format\": 1, \"kind\": \"pack-place\", \"pack\": \"t.pack\", "
        "\"player\": \"Kim\", \"entries\": []}",
        "{\"schema\": 2, \"player\": \"Kim\", \"sessions\": []}", /* a progress file */
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{\"kind\": \"pack-place\", \"pack\": \"t.\\ud800\"}",
    };
    char *file = app_pack_place_file(dir, "Kim", p.id);
    char msg[800];
    /* the folder exists once something was saved */
    bool done[2] = {0};
    long long started[2] = {0};
    assert_true(app_pack_place_save(file, &p, "Kim", done, started, msg, sizeof msg));
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        write_text(file, bad[k]);
        bool d[2] = {true, true};
        long long s[2] = {7, 7};
        int before = n_aside(file);
        app_place_status st = app_pack_place_load(file, &p, "Kim", d, s, msg, sizeof msg);
        if (st != APP_PLACE_SET_ASIDE) fail_msg("case %zu: status %d, %s", k, (int)st, msg);
        assert_false(d[0] || d[1]);
        assert_true(s[0] == 0 && s[1] == 0);
        assert_int_equal(n_aside(file), before + 1);
        assert_int_equal(access(file, F_OK), -1); /* the name is free for a fresh save */
        assert_non_null(strstr(msg, ".broken-"));
    }
    /* A file that reads well after all that. */
    bool d[2] = {false, true};
    long long s[2] = {0, 42};
    assert_true(app_pack_place_save(file, &p, "Kim", d, s, msg, sizeof msg));
    assert_int_equal(app_pack_place_load(file, &p, "Kim", d, s, msg, sizeof msg), APP_PLACE_READ);
    assert_true(d[1] && s[1] == 42);
    /* Extra keys a later rapport may add are no damage. */
    write_text(
        file,
        "{\"format\": 1, \"kind\": \"pack-place\", \"pack\": \"t.pack\", "
        "\"player\": \"Kim\", \"note\": {\"x\": [1, 2.5e3, null]}, \"entries\": "
        "[{\"scenario\": \"b.two\", \"done\": true, \"started\": 9, \"extra\": \"\\u00e9\"}]}");
    assert_int_equal(app_pack_place_load(file, &p, "Kim", d, s, msg, sizeof msg), APP_PLACE_READ);
    assert_true(d[1] && s[1] == 9 && !d[0]);
    free(file);
}

/* The hand-written reader over every cut of a good file and over random
 * byte changes (a fixed seed): each either reads or is kept aside, never
 * anything else, and never a crash (ASan and UBSan builds run this too). */
static void mutations(void **state)
{
    (void)state;
    const char *ids[] = {"a.one", "b.two"};
    core_pack_item it[2];
    core_pack p = pack_of(it, ids, 2);
    char *file = app_pack_place_file(dir, "Mo \"é\"", p.id);
    bool done[2] = {true, false};
    long long started[2] = {1796330000123LL, 0};
    char msg[800];
    assert_true(app_pack_place_save(file, &p, "Mo \"é\"", done, started, msg, sizeof msg));
    FILE *f = fopen(file, "rb");
    assert_non_null(f);
    char good[2048];
    size_t n = fread(good, 1, sizeof good - 1, f);
    fclose(f);
    good[n] = 0;
    unsigned long rng = 12345;
    for (size_t k = 0; k < n + 3000; k++) {
        char buf[2048];
        size_t len = n;
        memcpy(buf, good, n);
        if (k < n) {
            len = k; /* every cut */
        } else {
            for (int m = 0; m < 3; m++) { /* three random bytes changed */
                rng = rng * 6364136223846793005UL + 1442695040888963407UL;
                buf[(rng >> 33) % n] = (char)(rng >> 17);
            }
        }
        f = fopen(file, "wb");
        assert_non_null(f);
        fwrite(buf, 1, len, f);
        fclose(f);
        bool d[2];
        long long st[2];
        app_place_status r = app_pack_place_load(file, &p, "Mo \"é\"", d, st, msg, sizeof msg);
        if (r != APP_PLACE_READ && r != APP_PLACE_SET_ASIDE)
            fail_msg("mutation %zu: status %d, %s", k, (int)r, msg);
        if (r == APP_PLACE_SET_ASIDE) { /* the aside copies are not needed */
            char *dot = strstr(msg, " it is kept as ");
            assert_non_null(dot);
            char aside[700];
            snprintf(aside, sizeof aside, "%s", dot + strlen(" it is kept as "));
            char *end = strstr(aside, " and the pack starts afresh");
            assert_non_null(end);
            *end = 0;
            assert_int_equal(unlink(aside), 0);
        }
    }
    free(file);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(edited_pack),
        cmocka_unit_test(damaged_kept_aside),
        cmocka_unit_test(mutations),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
