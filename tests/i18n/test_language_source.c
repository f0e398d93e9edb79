/* test_language_source.c: scenarios open in the language the program's own
 * strings follow (engine/app/app_l10n.h), the window's setting first, never
 * read back from the environment behind it, else the catalog's language. Each case sets the setting
 * and the environment apart, then opens a scenario with a French .po beside it through
 * app_play_open and the library scan. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "app.h"
#include "app_l10n.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[256], file[300];

static const char scenario[] =
    "return { format = 1, id = 't.lang', title = 'The hallway', family = 't',\n"
    "  summary = 'Two lines.', cast = { priya = { name = 'Priya' } }, start = 'a',\n"
    "  nodes = { a = { speaker = 'priya', text = 'Hi.', choices = {\n"
    "    { text = 'Bye.', to = 'b', feedback = 'Fine.' } } },\n"
    "    b = { speaker = 'priya', text = 'Bye.', ending = 'parted' } } }\n";

static const char po[] = "msgid \"\"\nmsgstr \"\"\n"
                         "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                         "msgctxt \"title\"\nmsgid \"The hallway\"\nmsgstr \"Le couloir\"\n";

static int make_dir(void **st)
{
    (void)st;
    snprintf(dir, sizeof dir, "%s/rapport-lang-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(dir)) return -1;
    char path[400];
    snprintf(file, sizeof file, "%s/hall.lua", dir);
    snprintf(path, sizeof path, "%s/hall.fr.po", dir);
    FILE *f = fopen(file, "w"), *g = fopen(path, "w");
    if (!f || !g) return -1;
    fputs(scenario, f);
    fputs(po, g);
    fclose(f);
    fclose(g);
    return 0;
}

static int remove_dir(void **st)
{
    (void)st;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* The title the play and the library give the scenario now. */
static void expect_title(const char *want)
{
    core_diags d = {0};
    app_play *p = app_play_open(file, &d);
    assert_non_null(p);
    assert_string_equal(app_play_scenario(p)->title, want);
    app_play_close(p);
    app_library lib = {0};
    assert_true(app_library_scan(dir, &lib));
    int e = app_library_find(&lib, "t.lang");
    assert_true(e >= 0);
    assert_string_equal(lib.v[e].title, want);
    app_library_free(&lib);
    core_diags_free(&d);
}

static void setting_over_environment(void **st)
{
    (void)st;
    char lang[64];
    /* The environment says English; the setting says French. */
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "C.UTF-8", 1);
    app_i18n_set_language("fr");
    unsetenv("LANGUAGE"); /* as if something in the process cleared it */
    app_l10n_language(lang, sizeof lang);
    assert_string_equal(lang, "fr");
    expect_title("Le couloir");

    /* The environment says French; the setting says English. */
    app_i18n_set_language("en");
    setenv("LANGUAGE", "fr", 1);
    app_l10n_language(lang, sizeof lang);
    assert_string_equal(lang, "en");
    assert_string_equal(app_i18n_language(), "en");
    expect_title("The hallway");

    /* Following the system again: the environment decides, through the
     * catalog it gives the program's own words (French here). */
    app_i18n_set_language(NULL);
    assert_null(app_i18n_setting());
    setenv("LANGUAGE", "fr", 1);
    app_l10n_language(lang, sizeof lang);
    assert_string_equal(lang, "fr");
    assert_string_equal(app_i18n_catalog(), "fr");
    expect_title("Le couloir");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(setting_over_environment, make_dir, remove_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
