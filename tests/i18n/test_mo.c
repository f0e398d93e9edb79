/* test_mo.c: engine/app's .mo reader (app_mo.h) against the French catalog
 * the build compiles (assets/locale/fr.po -> BUILD/locale/fr/LC_MESSAGES/
 * rapport.mo), the same catalog with every word swapped to big-endian, small
 * catalogs written here (plural rules, contexts), and hostile files:
 * truncated at every length of the header and tables, offsets and lengths
 * past the end, huge counts, wrong magic, unknown revision, a string without
 * its NUL, messages out of order, another charset, a directory, a FIFO. Each
 * hostile file must be refused with a reason and no sanitizer report; a
 * plural rule that does not read falls back to gettext's default.
 *
 * Depends on: engine/app (app_mo.h), the catalog in the build tree
 * (RAPPORT_FR_MO). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "app_mo.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- files ---- */

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long n = ftell(f);
    assert_true(n > 0);
    rewind(f);
    unsigned char *b = malloc((size_t)n);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return b;
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(unsigned char *p, uint32_t v, bool big)
{
    for (int i = 0; i < 4; i++)
        p[big ? 3 - i : i] = (unsigned char)(v >> (8 * i));
}

/* A catalog of n messages (ids[i] -> strs[i], each with len bytes so a
 * plural's NULs fit; lens NULL: strlen), in the order given (the caller
 * sorts), no hash table, in the byte order asked. Caller frees. */
static unsigned char *write_mo(int n, const char *const *ids, const char *const *strs,
                               const size_t *lens, bool big, size_t *out_len)
{
    size_t head = 28, tables = (size_t)n * 16, strings = 0;
    for (int i = 0; i < n; i++)
        strings += strlen(ids[i]) + 1 + (lens ? lens[i] : strlen(strs[i])) + 1;
    size_t len = head + tables + strings;
    unsigned char *b = calloc(1, len);
    assert_non_null(b);
    put32(b, 0x950412de, big);
    put32(b + 8, (uint32_t)n, big);
    put32(b + 12, 28, big);
    put32(b + 16, (uint32_t)(28 + n * 8), big);
    size_t at = head + tables;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(ids[i]);
        put32(b + 28 + i * 8, (uint32_t)l, big);
        put32(b + 32 + i * 8, (uint32_t)at, big);
        memcpy(b + at, ids[i], l);
        at += l + 1;
    }
    for (int i = 0; i < n; i++) {
        size_t l = lens ? lens[i] : strlen(strs[i]);
        put32(b + 28 + (size_t)n * 8 + i * 8, (uint32_t)l, big);
        put32(b + 32 + (size_t)n * 8 + i * 8, (uint32_t)at, big);
        memcpy(b + at, strs[i], l);
        at += l + 1;
    }
    *out_len = len;
    return b;
}

/* A small catalog whose header's Plural-Forms is plural (NULL: none). */
static app_mo *small(const char *plural, char *err, size_t n)
{
    char hdr[400];
    snprintf(hdr, sizeof hdr, "Language: xx\nContent-Type: text/plain; charset=UTF-8\n%s%s%s",
             plural ? "Plural-Forms: " : "", plural ? plural : "", plural ? "\n" : "");
    const char *ids[] = {"", "apple", "ctx\004apple", "pear"};
    const char *strs[] = {hdr, "one apple\0two apples\0many apples", "an apple in context",
                          ""}; /* pear: untranslated */
    size_t lens[] = {strlen(hdr), 32, strlen(strs[2]), 0};
    size_t len;
    unsigned char *b = write_mo(4, ids, strs, lens, false, &len);
    app_mo *m = app_mo_parse(b, len, err, n);
    free(b);
    return m;
}

/* ---- the real catalog ---- */

static void check_french(const app_mo *m)
{
    assert_true(app_mo_count(m) > 800);
    assert_string_equal(app_mo_get(m, "Settings"), "Réglages");
    assert_string_equal(app_mo_get(m, "Follow the system"), "Suivre le système");
    assert_string_equal(app_mo_get(m, "family\004Networking"), "Réseautage");
    assert_string_equal(app_mo_get(m, "rapport room"), "salle rapport");
    assert_null(app_mo_get(m, "no such message in any catalog"));
    assert_null(app_mo_get(m, "Networking")); /* only in its context */
    /* French plural forms (plural=(n > 1)): 0 and 1 take the singular. */
    const char *k = "%d finished session";
    assert_string_equal(app_mo_plural(m, k, 0), "%d séance terminée");
    assert_string_equal(app_mo_plural(m, k, 1), "%d séance terminée");
    assert_string_equal(app_mo_plural(m, k, 2), "%d séances terminées");
    assert_string_equal(app_mo_plural(m, k, 4000000000ul), "%d séances terminées");
    assert_string_equal(app_mo_plural(m, "%d vote", 1), "%d vote");
    assert_string_equal(app_mo_plural(m, "%d vote", 3), "%d votes");
    assert_non_null(strstr(app_mo_header(m), "Language: fr\n"));
    assert_ptr_equal(app_mo_get(m, ""), app_mo_header(m)); /* as gettext("") */
}

static void french_catalog(void **state)
{
    (void)state;
    char err[300] = "";
    app_mo *m = app_mo_open(RAPPORT_FR_MO, err, sizeof err);
    if (!m) fail_msg("%s: %s", RAPPORT_FR_MO, err);
    check_french(m);
    app_mo_free(m);
}

/* The same catalog with its header and tables rewritten big-endian. */
static void french_big_endian(void **state)
{
    (void)state;
    size_t len;
    unsigned char *b = slurp(RAPPORT_FR_MO, &len);
    assert_int_equal(get32(b), 0x950412de); /* msgfmt wrote this machine's order */
    uint32_t n = get32(b + 8), o = get32(b + 12), t = get32(b + 16), hs = get32(b + 20),
             ho = get32(b + 24);
    for (int w = 0; w < 7; w++)
        put32(b + 4 * w, get32(b + 4 * w), true);
    for (uint32_t i = 0; i < 2 * n; i++) {
        put32(b + o + 4 * i, get32(b + o + 4 * i), true);
        put32(b + t + 4 * i, get32(b + t + 4 * i), true);
    }
    for (uint32_t i = 0; i < hs; i++)
        put32(b + ho + 4 * i, get32(b + ho + 4 * i), true);
    char err[300] = "";
    app_mo *m = app_mo_parse(b, len, err, sizeof err);
    if (!m) fail_msg("big-endian: %s", err);
    check_french(m);
    app_mo_free(m);
    free(b);
}

/* ---- plural rules, contexts ---- */

static void plural_rules(void **state)
{
    (void)state;
    char err[300] = "";
    /* No Plural-Forms: gettext's default, n != 1. */
    app_mo *m = small(NULL, err, sizeof err);
    assert_non_null(m);
    assert_string_equal(app_mo_plural(m, "apple", 1), "one apple");
    assert_string_equal(app_mo_plural(m, "apple", 0), "two apples");
    assert_string_equal(app_mo_get(m, "ctx\004apple"), "an apple in context");
    assert_null(app_mo_get(m, "pear")); /* empty: untranslated */
    assert_null(app_mo_plural(m, "pear", 2));
    app_mo_free(m);
    /* Three forms, Polish-like: 1, 2-4 (not 12-14), the rest. */
    m = small("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 "
              ": 2);",
              err, sizeof err);
    assert_non_null(m);
    assert_string_equal(app_mo_plural(m, "apple", 1), "one apple");
    assert_string_equal(app_mo_plural(m, "apple", 3), "two apples");
    assert_string_equal(app_mo_plural(m, "apple", 13), "many apples");
    assert_string_equal(app_mo_plural(m, "apple", 22), "two apples");
    assert_string_equal(app_mo_plural(m, "apple", 5), "many apples");
    app_mo_free(m);
    /* A rule naming a form the message lacks: NULL, so the caller uses
     * English; one past nplurals: form 0, as gettext. */
    m = small("nplurals=4; plural=n;", err, sizeof err);
    assert_non_null(m);
    assert_string_equal(app_mo_plural(m, "apple", 2), "many apples");
    assert_null(app_mo_plural(m, "apple", 3));
    assert_string_equal(app_mo_plural(m, "apple", 9), "one apple");
    app_mo_free(m);
    /* Rules that do not read: the default rule, never a crash. */
    static const char *const bad[] = {"nplurals=2; plural=n >;",
                                      "nplurals=2; plural=(n;",
                                      "nplurals=2; plural=n ? 1;",
                                      "nplurals=2; plural=n / 0;",
                                      "nplurals=0; plural=0;",
                                      "nplurals=99; plural=0;",
                                      "nplurals=2; plural=x;",
                                      "nplurals=2;",
                                      "plural=n;",
                                      "nplurals=2; plural=n % (n - n);",
                                      "nplurals=2; plural=99999999999999999999;"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        m = small(bad[i], err, sizeof err);
        assert_non_null(m);
        assert_string_equal(app_mo_plural(m, "apple", 1), "one apple");
        assert_string_equal(app_mo_plural(m, "apple", 2), "two apples");
        app_mo_free(m);
    }
    /* Nesting within the depth limit reads; past it, the default rule
     * (n = 1: "one apple"), never the stack's limit. */
    static const struct {
        int depth;
        char open, close;
        const char *want; /* for n = 1 */
    } nest[] = {{30, '(', ')', "two apples"},
                {70, '(', ')', "one apple"},
                {30, '!', 0, "two apples"},
                {70, '!', 0, "one apple"}};
    for (size_t i = 0; i < sizeof nest / sizeof *nest; i++) {
        char rule[200] = "nplurals=2; plural=";
        size_t at = strlen(rule);
        for (int d = 0; d < nest[i].depth; d++)
            rule[at++] = nest[i].open;
        rule[at++] = 'n';
        for (int d = 0; nest[i].close && d < nest[i].depth; d++)
            rule[at++] = nest[i].close;
        rule[at++] = ';';
        rule[at] = '\0';
        m = small(rule, err, sizeof err);
        assert_non_null(m);
        assert_string_equal(app_mo_plural(m, "apple", 1), nest[i].want);
        app_mo_free(m);
    }
}

/* ---- hostile files ---- */

/* bytes must be refused with a reason containing want. */
static void refused(const unsigned char *b, size_t len, const char *want)
{
    char err[300] = "";
    app_mo *m = app_mo_parse(b, len, err, sizeof err);
    if (m) fail_msg("accepted a catalog that should fail with '%s'", want);
    if (!strstr(err, want)) fail_msg("reason '%s' lacks '%s'", err, want);
}

static void hostile(void **state)
{
    (void)state;
    size_t len;
    unsigned char *fr = slurp(RAPPORT_FR_MO, &len);
    uint32_t n = get32(fr + 8), o = get32(fr + 12), t = get32(fr + 16);
    unsigned char *b = malloc(len);
    assert_non_null(b);
    char err[300];

    /* Truncated: every length through the header and both tables, then a
     * few into the strings. None may read past the bytes it is given (the
     * sanitizer build checks), each says why. */
    size_t strings_start = t + (size_t)n * 8;
    for (size_t cut = 0; cut < len; cut += cut < strings_start ? 1 : 997) {
        unsigned char *c = malloc(cut ? cut : 1); /* exactly cut bytes: ASan sees any overread */
        assert_non_null(c);
        memcpy(c, fr, cut);
        err[0] = '\0';
        app_mo *m = app_mo_parse(c, cut, err, sizeof err);
        if (m) fail_msg("a catalog cut to %zu of %zu bytes was accepted", cut, len);
        assert_true(err[0] != '\0');
        free(c);
    }
    refused(fr, 27, "too short");
    refused(fr, o + 8, "run past the end");
    refused(fr, len - 1, "past the end");

    /* Wrong magic; an unknown revision. */
    memcpy(b, fr, len);
    memcpy(b, "\x00\x00\x00\x00", 4);
    refused(b, len, "not a .mo file");
    memcpy(b, "GIF8", 4);
    refused(b, len, "magic number");
    memcpy(b, fr, len);
    put32(b + 4, 2u << 16, false);
    refused(b, len, "revision 2.0");

    /* Huge counts and table offsets. */
    static const uint32_t huge[] = {0xffffffffu, 0x80000000u, 0x20000000u, 0x1fffffffu};
    for (size_t i = 0; i < sizeof huge / sizeof *huge; i++) {
        memcpy(b, fr, len);
        put32(b + 8, huge[i], false);
        refused(b, len, "run past the end");
        memcpy(b, fr, len);
        put32(b + 12, huge[i], false);
        refused(b, len, "run past the end");
        memcpy(b, fr, len);
        put32(b + 16, huge[i], false);
        refused(b, len, "run past the end");
    }
    memcpy(b, fr, len);
    put32(b + 16, (uint32_t)(len - n * 8 + 1), false); /* one byte short */
    refused(b, len, "run past the end");

    /* A string's offset or length past the end, for the first, a middle and
     * the last message, in each table. */
    uint32_t which[] = {0, n / 2, n - 1};
    for (int k = 0; k < 3; k++)
        for (int table = 0; table < 2; table++) {
            size_t at = (table ? t : o) + (size_t)which[k] * 8;
            memcpy(b, fr, len);
            put32(b + at + 4, (uint32_t)len, false);
            refused(b, len, "runs past the end");
            memcpy(b, fr, len);
            put32(b + at + 4, 0xffffffffu, false);
            refused(b, len, "runs past the end");
            memcpy(b, fr, len);
            put32(b + at, 0xffffffffu, false);
            refused(b, len, "runs past the end");
            memcpy(b, fr, len);
            put32(b + at, (uint32_t)len - get32(b + at + 4), false); /* its NUL would be at len */
            refused(b, len, "runs past the end");
            memcpy(b, fr, len);
            put32(b + at, get32(b + at) + 1, false); /* a string one longer: no NUL there */
            app_mo *m = app_mo_parse(b, len, err, sizeof err);
            if (m) fail_msg("message %u's string without its NUL was accepted", which[k]);
        }

    /* Messages out of order (binary search would miss): refused. */
    memcpy(b, fr, len);
    unsigned char tmp[8];
    memcpy(tmp, b + o + 8, 8);
    memcpy(b + o + 8, b + o + 16, 8);
    memcpy(b + o + 16, tmp, 8);
    refused(b, len, "out of order");
    free(b);
    free(fr);

    /* Another charset. */
    const char *ids[] = {"", "a"};
    const char *strs[] = {"Content-Type: text/plain; charset=ISO-8859-1\n", "\xe9"};
    unsigned char *l1 = write_mo(2, ids, strs, NULL, false, &len);
    refused(l1, len, "charset is ISO-8859-1");
    free(l1);
    /* No messages at all: a catalog that translates nothing. */
    unsigned char *empty = write_mo(0, NULL, NULL, NULL, true, &len);
    app_mo *m = app_mo_parse(empty, len, err, sizeof err);
    assert_non_null(m);
    assert_int_equal(app_mo_count(m), 0);
    assert_null(app_mo_get(m, "a"));
    assert_string_equal(app_mo_header(m), "");
    app_mo_free(m);
    free(empty);
    refused(NULL, 0, "too short");
}

/* Files that are not catalogs: refused with a reason, never waited on. */
static void not_files(void **state)
{
    (void)state;
    char err[300] = "", dir[] = "/tmp/rapport-mo-XXXXXX", fifo[64];
    assert_non_null(mkdtemp(dir));
    assert_null(app_mo_open("/nonexistent/rapport.mo", err, sizeof err));
    assert_non_null(strstr(err, "cannot be opened"));
    assert_null(app_mo_open(dir, err, sizeof err));
    assert_non_null(strstr(err, "not a regular file"));
    snprintf(fifo, sizeof fifo, "%s/fifo.mo", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_null(app_mo_open(fifo, err, sizeof err)); /* no writer: would block without O_NONBLOCK */
    assert_non_null(strstr(err, "not a regular file"));
    unlink(fifo);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(french_catalog), cmocka_unit_test(french_big_endian),
        cmocka_unit_test(plural_rules),   cmocka_unit_test(hostile),
        cmocka_unit_test(not_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
