/* test_no_switch.c: reading other languages' catalogs never changes the
 * process's environment or locale (issue 17). The room's phone pages
 * (ui_room_add_languages) and the Settings screen's Language row
 * (UI_ACT_LANGUAGE) used to switch LANGUAGE with setenv and LC_MESSAGES with
 * setlocale for a moment, which is undefined while the window's worker
 * threads (reading aloud, the journal's fold, the LRS sync) call getenv and
 * gettext. Here setenv, unsetenv, putenv and setlocale (with a locale to set;
 * a query is fine) are counted while each runs, and must not be called; the
 * words must still come out in the right language, and LANGUAGE must be the
 * same string, at the same address, after as before.
 *
 * The environment: LANG=C and LANGUAGE=de (no German catalog), so the
 * window's own words are English until the setting says otherwise.
 *
 * Depends on: tests/ui/screen_fixture (the headless window), engine/room
 * (room_local.h), the French catalog compiled into the build tree. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "i18n.h"
#include "room_local.h"
#include "screen_fixture.h"
#include "ui_room.h"

#include <dlfcn.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int watching; /* count the calls below while set */
static int writes;   /* calls that change the environment or the locale */
static char last_write[64];

static void *next(const char *name)
{
    void *f = dlsym(RTLD_NEXT, name);
    if (!f) abort();
    return f;
}

static void note(const char *what)
{
    if (!watching) return;
    writes++;
    snprintf(last_write, sizeof last_write, "%s", what);
}

int setenv(const char *name, const char *value, int overwrite)
{
    int (*real)(const char *, const char *, int);
    *(void **)&real = next("setenv");
    note(name);
    return real(name, value, overwrite);
}

int unsetenv(const char *name)
{
    int (*real)(const char *);
    *(void **)&real = next("unsetenv");
    note(name);
    return real(name);
}

int putenv(char *string)
{
    int (*real)(char *);
    *(void **)&real = next("putenv");
    note(string);
    return real(string);
}

char *setlocale(int category, const char *locale)
{
    char *(*real)(int, const char *);
    *(void **)&real = next("setlocale");
    if (locale) note("setlocale");
    return real(category, locale);
}

static const char *language_before;
static char locale_before[64];

/* Starts counting, after noting LANGUAGE and LC_MESSAGES as they are. */
static void watch(void)
{
    language_before = getenv("LANGUAGE");
    assert_non_null(language_before);
    snprintf(locale_before, sizeof locale_before, "%s", setlocale(LC_MESSAGES, NULL));
    writes = 0;
    last_write[0] = '\0';
    watching = 1;
}

/* Stops counting: nothing may have been written, and LANGUAGE and
 * LC_MESSAGES are what they were. */
static void unchanged(const char *what)
{
    watching = 0;
    if (writes)
        fail_msg("%s: %d changes to the environment or locale (last: %s)", what, writes,
                 last_write);
    assert_ptr_equal(getenv("LANGUAGE"), language_before);
    assert_string_equal(getenv("LANGUAGE"), "de");
    assert_string_equal(setlocale(LC_MESSAGES, NULL), locale_before);
}

static void room_pages(void **state)
{
    (void)state;
    char err[128];
    room *r = room_new(err, sizeof err);
    assert_non_null(r);
    watch();
    ui_room_add_languages(r);
    unchanged("ui_room_add_languages");
    const room_lang *def = room_lang_for(r, NULL), *fr = room_lang_for(r, "fr");
    assert_string_equal(def->code, "en"); /* no German catalog: the window is English */
    assert_string_equal(def->w[ROOM_W_JOIN], "Join");
    assert_string_equal(fr->code, "fr");
    assert_string_equal(fr->w[ROOM_W_JOIN], "Rejoindre");
    assert_string_equal(fr->w[ROOM_W_WAITING], app_tr_in("fr", "Waiting for the next line. This "
                                                               "page follows the presenter by "
                                                               "itself."));
    assert_string_not_equal(fr->w[ROOM_W_WAITING], def->w[ROOM_W_WAITING]);
    /* French plural: 0 and 1 votes take the one form, 2 the other. */
    assert_true(fr->one[0] && fr->one[1] && !fr->one[2]);
    assert_true(!def->one[0] && def->one[1] && !def->one[2]);
    assert_string_equal(_("Join"), "Join"); /* the window's own words did not move */
    room_free(r);
}

static void settings_row(void **state)
{
    (void)state;
    char data[] = "/tmp/rapport-noswitch-XXXXXX";
    assert_non_null(mkdtemp(data));
    ui_options o = {.author_order = true,
                    .data_dir = data,
                    .library_dir = RAPPORT_SOURCE_DIR "/scenarios",
                    .player = "Rae"};
    sf_fixture *fx = sf_open(800, 600, "noswitch", NULL, &o);
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_SETTINGS);
    sf_render(fx, true);
    assert_string_equal(_("Settings"), "Settings");

    watch();
    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 2); /* Français */
    unchanged("the Language row, Français");
    assert_string_equal(_("Settings"), "Réglages");
    assert_string_equal(_("Follow the system"), "Suivre le système");
    assert_string_equal(C_("family", "Networking"), "Réseautage");
    assert_string_equal(P_("%d finished session", "%d finished sessions", 1), "%d séance terminée");
    assert_string_equal(P_("%d finished session", "%d finished sessions", 2),
                        "%d séances terminées");
    assert_string_equal(app_i18n_catalog(), "fr");
    assert_string_equal(app_i18n_setting(), "fr");
    fx->st.focus[UI_SCR_SETTINGS] = 7; /* the Language row, scrolled into view */
    fx->st.scroll[UI_SCR_SETTINGS] = 100000;
    sf_render(fx, true); /* the row drawn in French */
    assert_non_null(sf_find_hit(fx, UI_ACT_LANGUAGE, 2));

    watch();
    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 1); /* English */
    unchanged("the Language row, English");
    assert_string_equal(_("Settings"), "Settings");
    assert_string_equal(app_i18n_catalog(), "en");

    watch();
    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 0); /* the system's: LANGUAGE=de, no catalog */
    unchanged("the Language row, follow the system");
    assert_string_equal(_("Settings"), "Settings");
    assert_null(app_i18n_setting());
    assert_string_equal(app_i18n_catalog(), "en");
    sf_close(fx);
    char cmd[100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", data);
    assert_int_equal(system(cmd), 0);
}

static int setup(void **state)
{
    (void)state;
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "C", 1);
    setenv("LANGUAGE", "de", 1);
    setenv("TZ", "UTC", 1);
    app_i18n_init(); /* as main does, before anything is watched */
    return sf_setup("noswitch-", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(room_pages),
                                       cmocka_unit_test(settings_row)};
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
