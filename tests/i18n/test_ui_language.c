/* test_ui_language.c: the window in French, headless (dummy video driver,
 * software renderer). The environment says C, so the window starts in
 * English; the Settings screen's Language row switches it to Français at
 * once (the library is read again, so scenarios shipped in French show
 * French titles), the choice is saved in the player's progress file
 * ("language": "fr") and applied again when the player is picked in a new
 * window; "Follow the system" brings English back and removes the field.
 * The library, settings, progress (small window) and conversation (large
 * window) screens are laid out in French (every box inside the window, no
 * two texts overlapping: French runs longer than English), and a PNG of
 * each lands in ./shots/ (i18n-*.png) for people to look at.
 *
 * Depends on: tests/ui/screen_fixture (the headless window over engine/ui,
 * the PNGs through SDL2_image), engine/app (i18n.h, the catalog compiled
 * into the build tree). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "i18n.h"
#include "screen_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef sf_fixture fixture;

static char data_dir[256]; /* one player's progress across the fixtures */

/* Renders until stable, checks the layout, keeps a PNG. */
static void render_check(fixture *fx, const char *what)
{
    assert_true(sf_render_check(fx, what, false) > 0);
}

static bool has_box(fixture *fx, ui_action a, int arg)
{
    return sf_find_hit(fx, a, arg) != NULL;
}

static void key(fixture *fx, SDL_Keycode k)
{
    sf_key(fx, k, KMOD_NONE);
}

static fixture *open_fixture(int w, int h, const char *tag)
{
    ui_options o = {.author_order = true,
                    .data_dir = data_dir,
                    .library_dir = RAPPORT_SOURCE_DIR "/scenarios",
                    .player = "Rae"};
    fixture *fx = sf_open(w, h, tag, NULL, &o); /* no fresh folder: the one data_dir */
    fx->st.text_speed = 0;
    ui_state_apply_settings(&fx->st, false);
    return fx;
}

static void close_fixture(fixture *fx)
{
    sf_close(fx);
}

/* The language saved in the player's file: NULL when the field is absent. */
static char *saved_language(fixture *fx)
{
    st_progress p;
    char msg[400];
    assert_int_equal(st_load(fx->st.player_file, "Rae", &p, msg, sizeof msg), ST_OK);
    char *l = p.settings.language ? strdup(p.settings.language) : NULL;
    st_progress_free(&p);
    return l;
}

static void english_then_french(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "small");
    /* LANG=C: English, and the strings come back as written. */
    assert_string_equal(_("Settings"), "Settings");
    char h[128];
    ui_family_heading("value_first", h, sizeof h);
    assert_string_equal(h, "Value first");
    render_check(fx, "library-en");
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_SETTINGS);
    render_check(fx, "settings-en");
    /* Down to the Language row (the last of the rows), scrolled into view. */
    for (int i = 0; i < 7; i++)
        key(fx, SDLK_DOWN);
    assert_int_equal(fx->st.focus[UI_SCR_SETTINGS], 7);
    fx->st.scroll[UI_SCR_SETTINGS] = 100000; /* brought back to the end when drawn */
    render_check(fx, "settings-en-language");
    for (int i = 0; i < 3; i++)
        assert_true(has_box(fx, UI_ACT_LANGUAGE, i));
    /* Right twice from "Follow the system": Français. */
    key(fx, SDLK_RIGHT);
    assert_string_equal(_("Settings"), "Settings"); /* English, named */
    key(fx, SDLK_RIGHT);
    assert_string_equal(_("Settings"), "Réglages");
    assert_string_equal(_("Language"), "Langue");
    /* French plural forms: 0 and 1 take the singular. */
    assert_string_equal(P_("%d finished session", "%d finished sessions", 0), "%d séance terminée");
    assert_string_equal(P_("%d finished session", "%d finished sessions", 1), "%d séance terminée");
    assert_string_equal(P_("%d finished session", "%d finished sessions", 2),
                        "%d séances terminées");
    char *l = saved_language(fx);
    assert_non_null(l);
    assert_string_equal(l, "fr");
    free(l);
    render_check(fx, "settings-fr");
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY);
    render_check(fx, "library-fr");
    /* The library was read again: a scenario shipped in French shows its
     * French title (scenarios/follow_up/within_48h.fr.po). */
    bool found = false;
    for (int i = 0; i < fx->st.lib.n; i++)
        if (strcmp(fx->st.lib.v[i].id, "follow_up.within_48h") == 0) {
            assert_string_equal(fx->st.lib.v[i].title, "Dans les 48 heures");
            found = true;
        }
    assert_true(found);
    /* The shipped families' headings in French; an author's own, humanized. */
    ui_family_heading("value_first", h, sizeof h);
    assert_string_equal(h, "Donner d'abord");
    ui_family_heading("networking", h, sizeof h);
    assert_string_equal(h, "Réseautage");
    ui_family_heading("", h, sizeof h);
    assert_string_equal(h, "Autres");
    ui_family_heading("night_shift", h, sizeof h);
    assert_string_equal(h, "Night shift");
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_PROGRESS);
    render_check(fx, "progress-fr");
    close_fixture(fx);
}

static void kept_for_the_player(void **state)
{
    (void)state;
    app_i18n_set_language(NULL); /* as a new window starts: the system's */
    assert_string_equal(_("Settings"), "Settings");
    fixture *fx = open_fixture(1280, 800, "large");
    /* Picking the player applied the saved "fr". */
    assert_string_equal(_("Settings"), "Réglages");
    render_check(fx, "library-fr");
    /* A conversation shipped in French, its screen in French. */
    assert_true(
        ui_state_open(&fx->st, RAPPORT_SOURCE_DIR "/scenarios/follow_up/within_48h.lua", -1));
    render_check(fx, "conversation-fr");
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_SETTINGS);
    render_check(fx, "settings-fr");

    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 1); /* English, named */
    assert_string_equal(_("Settings"), "Settings");
    char *l = saved_language(fx);
    assert_non_null(l);
    assert_string_equal(l, "en");
    free(l);

    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 0); /* follow the system (C: English) */
    assert_string_equal(_("Settings"), "Settings");
    assert_null(saved_language(fx));
    render_check(fx, "settings-en");
    close_fixture(fx);
}

/* follow_up.within_48h's place in the library now, or -1. */
static int within_48h(const fixture *fx)
{
    return app_library_find(&fx->st.lib, "follow_up.within_48h");
}

/* The language switched while a conversation is open: the library is read
 * again all the same (its entries may move, as titles sort differently, and
 * the open one's index follows it); the conversation keeps its language to
 * its end and the status line says so; the next one opens in the new one. */
static void switched_during_a_conversation(void **state)
{
    (void)state;
    app_i18n_set_language(NULL);
    fixture *fx = open_fixture(800, 600, "small");
    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 1); /* English, named */
    ui_state_need_lib(&fx->st);
    int i = within_48h(fx);
    assert_true(i >= 0);
    assert_string_equal(fx->st.lib.v[i].title, "Within 48 hours");
    ui_state_act(&fx->st, UI_ACT_OPEN, i);
    assert_non_null(fx->st.play);
    assert_int_equal(fx->st.lib_index, i);
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_SETTINGS);

    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 2); /* Français */
    assert_string_equal(_("Settings"), "R\xc3\xa9glages");
    i = within_48h(fx);
    assert_true(i >= 0);
    assert_string_equal(fx->st.lib.v[i].title, "Dans les 48 heures");
    assert_int_equal(fx->st.lib_index, i);
    assert_non_null(fx->st.play); /* the conversation goes on, as it began */
    assert_string_equal(app_play_scenario(fx->st.play)->title, "Within 48 hours");
    assert_non_null(strstr(fx->st.status, "La conversation en cours"));
    render_check(fx, "switched-during-fr");

    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY);
    ui_state_act(&fx->st, UI_ACT_OPEN, i); /* the next one: in French */
    assert_non_null(fx->st.play);
    assert_string_equal(app_play_scenario(fx->st.play)->title, "Dans les 48 heures");
    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 0); /* back to the system's, for what follows */
    close_fixture(fx);
}

static int setup(void **state)
{
    (void)state;
    setenv("TZ", "UTC", 1);
    /* The system's language is English whatever the machine says. */
    unsetenv("LANGUAGE");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "C", 1);
    snprintf(data_dir, sizeof data_dir, "/tmp/rapport-i18n-ui-XXXXXX");
    if (!mkdtemp(data_dir)) return -1;
    return sf_setup("i18n-", true);
}

static int teardown(void **state)
{
    sf_teardown(state);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", data_dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", data_dir);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(english_then_french),
        cmocka_unit_test(kept_for_the_player),
        cmocka_unit_test(switched_during_a_conversation),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
