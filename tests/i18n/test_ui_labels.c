/* test_ui_labels.c: the progress and review screens in the player's
 * language, headless (dummy video driver, software renderer), and the clock
 * they count weeks by.
 *
 * A learner plays mentor.report_back (shipped with a French translation) in
 * English to its thin_update ending, practises the last moment (a drill that
 * ends there too), then switches the window to French and does it again:
 * - the drill's result says how it ended in the player's language ("It
 *   ended: thin_update" in English, "Fin : Nouvelles trop minces" in French,
 *   the words of the scenario's endings.thin_update), while the progress file
 *   keeps the label;
 * - the progress screen names the scenario by its title in the player's
 *   language (the library's), not by the English title saved with the
 *   session played before the switch; the review screen's list does too,
 *   and names each moment by its line in French, not by its node's id;
 * - the homework question about the session played in English gives its
 *   title and homework through the scenario's French, not as saved;
 * - the sessions-per-week bars count by the clock that stamps sessions
 *   ($RAPPORT_NOW, fixed in 2020 here), not the machine's.
 * Every screen is laid out in the window, no two texts overlapping (French
 * runs longer), and a PNG of each lands in ./shots/ (labels-*.png).
 *
 * Depends on: tests/ui/screen_fixture (engine/ui), engine/app (i18n.h, the
 * catalog compiled into the build tree), scenarios/mentor/report_back.*. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "i18n.h"
#include "screen_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT_BACK RAPPORT_SOURCE_DIR "/scenarios/mentor/report_back.lua"

typedef sf_fixture fixture;

static void render_check(fixture *fx, const char *what)
{
    assert_true(sf_render_check(fx, what, true) > 0);
}

/* report_back by its first choices (author's order) to thin_update, then
 * the debrief. */
static void play_to_thin_update(fixture *fx)
{
    assert_true(ui_state_open(&fx->st, REPORT_BACK, -1));
    for (int n = 0; n < 40 && fx->st.screen == UI_SCR_CONVO; n++) {
        if (fx->st.coach)
            ui_state_act(&fx->st, UI_ACT_CONTINUE, 0);
        else if (core_session_status(app_play_session(fx->st.play)) == CORE_PLAYING)
            ui_state_choose(&fx->st, 1);
        else
            break;
    }
    const core_node *end = core_session_node(app_play_session(fx->st.play));
    assert_non_null(end->ending);
    assert_string_equal(end->ending, "thin_update");
    ui_state_act(&fx->st, UI_ACT_DEBRIEF, 0);
    assert_int_equal(fx->st.screen, UI_SCR_DEBRIEF);
}

/* From the debrief: practise the last moment (it led to the ending), pick
 * the same answer, and land on the drill's result. */
static void drill_last_moment(fixture *fx)
{
    int n = core_session_n_steps(app_play_session(fx->st.play));
    ui_state_act(&fx->st, UI_ACT_DRILL, n - 1);
    assert_non_null(fx->st.drill);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    for (int k = 0; k < 5 && fx->st.screen == UI_SCR_CONVO; k++) {
        if (fx->st.coach)
            ui_state_act(&fx->st, UI_ACT_CONTINUE, 0);
        else
            ui_state_choose(&fx->st, 1);
    }
    assert_int_equal(fx->st.screen, UI_SCR_REVIEW);
    assert_true(fx->st.drill_saved);
}

static void labels_in_french(void **state)
{
    (void)state;
    /* A day long past: the bars below count by this clock or by nothing. */
    setenv("RAPPORT_TODAY", "2020-01-15", 1);
    setenv("RAPPORT_NOW", "2020-01-15T10:00:00Z", 1);
    ui_options o = {
        .author_order = true, .library_dir = RAPPORT_SOURCE_DIR "/scenarios", .player = "Lou"};
    fixture *fx = sf_open(800, 600, "small", "/tmp/rapport-i18n-labels-XXXXXX", &o);
    fx->st.text_speed = 0;
    ui_state_apply_settings(&fx->st, false);
    assert_string_equal(_("Settings"), "Settings"); /* LANG=C: English */

    play_to_thin_update(fx);
    drill_last_moment(fx);
    assert_non_null(strstr(fx->st.drill_text, "It ended: thin_update"));
    render_check(fx, "drill-result-en");

    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY); /* closes the drill */
    assert_null(fx->st.play);

    /* One finished session this week, by the injected clock: with the
     * machine's (years later) every bar would be empty. */
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_PROGRESS);
    render_check(fx, "progress-en");
    int weeks[8];
    ui_progress_weeks(&fx->st, weeks);
    assert_int_equal(weeks[7], 1);
    for (int i = 0; i < 7; i++)
        assert_int_equal(weeks[i], 0);
    /* A week later it is last week's. */
    setenv("RAPPORT_NOW", "2020-01-22T10:00:00Z", 1);
    ui_progress_weeks(&fx->st, weeks);
    assert_int_equal(weeks[6], 1);
    assert_int_equal(weeks[7], 0);
    setenv("RAPPORT_NOW", "2020-01-15T10:00:00Z", 1);
    assert_string_equal(ui_scenario_title(&fx->st, "mentor.report_back", "How it went"),
                        "How it went");

    /* Français, from Settings: the library is read again in French. */
    ui_state_act(&fx->st, UI_ACT_LANGUAGE, 2);
    assert_string_equal(_("Settings"), "Réglages");
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_PROGRESS);
    render_check(fx, "progress-fr");
    /* The session above was saved with its English title; the screen names
     * the scenario as the library now reads it. */
    const st_record *first = &fx->st.progress.records[0];
    assert_string_equal(first->title, "How it went");
    assert_string_equal(ui_scenario_title(&fx->st, first->scenario, first->title),
                        "Des nouvelles, comme promis");
    /* A scenario the library does not have: the saved title, else its id. */
    assert_string_equal(ui_scenario_title(&fx->st, "gone.away", "Saved title"), "Saved title");
    assert_string_equal(ui_scenario_title(&fx->st, "gone.away", NULL), "gone.away");

    /* Two days on, the homework question about that English session: its
     * title and homework as the scenario's translation says them. */
    setenv("RAPPORT_NOW", "2020-01-17T10:00:00Z", 1);
    fx->st.hw_asked = false;
    ui_ask_on_player(&fx->st);
    assert_int_equal(fx->st.screen, UI_SCR_ASK);
    assert_string_equal(fx->st.progress.records[fx->st.hw_index].homework,
                        "Pick one piece of advice someone gave you this year. Send them three "
                        "lines: what you did with it, one number or result, and the part that "
                        "did not work.");
    assert_non_null(fx->st.hw_title);
    assert_string_equal(fx->st.hw_title, "Des nouvelles, comme promis");
    assert_non_null(fx->st.hw_text);
    assert_non_null(strstr(fx->st.hw_text, "Choisissez un conseil qu'on vous a donn"));
    render_check(fx, "homework-fr");
    ui_state_act(&fx->st, UI_ACT_HOMEWORK, APP_HW_SKIPPED); /* not now */
    setenv("RAPPORT_NOW", "2020-01-15T10:00:00Z", 1);

    play_to_thin_update(fx);
    render_check(fx, "debrief-fr");
    drill_last_moment(fx);
    /* French puts a no-break space before the colon */
    assert_non_null(strstr(fx->st.drill_text, "Fin\xc2\xa0: Nouvelles trop minces"));
    assert_null(strstr(fx->st.drill_text, "thin_update"));
    render_check(fx, "drill-result-fr");
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY);

    /* The progress file keeps the labels whatever the language. */
    st_progress p;
    char msg[400];
    assert_int_equal(st_load(fx->st.player_file, "Lou", &p, msg, sizeof msg), ST_OK);
    int ended = 0;
    for (int i = 0; i < p.n_records; i++)
        if (p.records[i].outcome) {
            assert_string_equal(p.records[i].outcome, "thin_update");
            ended++;
        }
    assert_int_equal(ended, 4); /* two sessions, two drills */
    st_progress_free(&p);

    /* The next day the missed moments are due: the review list names the
     * scenario in French too. */
    setenv("RAPPORT_TODAY", "2020-01-16", 1);
    setenv("RAPPORT_NOW", "2020-01-16T10:00:00Z", 1);
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY);
    ui_state_act(&fx->st, UI_ACT_REVIEW, 2);
    assert_int_equal(fx->st.screen, UI_SCR_REVIEW);
    render_check(fx, "review-fr");
    assert_true(fx->st.rv_n >= 1);
    /* ... and each moment by the line said there, from the scenario's French
     * (in French quotation marks), not by its node's name. */
    assert_non_null(fx->st.rv_words);
    bool settle = false; /* report_back's settle: "So. How did it go?" */
    for (int k = 0; k < fx->st.rv_n; k++) {
        const char *w = fx->st.rv_words[k];
        assert_memory_equal(w, "\xc2\xab\xc2\xa0", 4); /* "« " */
        settle = settle || strstr(w, "Alors. Comment \xc3\xa7"
                                     "a s'est pass\xc3\xa9");
    }
    assert_true(settle);
    app_i18n_set_language(NULL);
    sf_close(fx);
    unsetenv("RAPPORT_TODAY");
    unsetenv("RAPPORT_NOW");
}

/* The system's language is English whatever the machine says, and the day
 * is UTC: CMakeLists.txt sets LANG=C, TZ=UTC and empties LANGUAGE, LC_ALL
 * and LC_MESSAGES for this test. */
static int setup(void **state)
{
    (void)state;
    return sf_setup("labels-", true);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(labels_in_french),
    };
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
