/* test_review_screens.c: issue 16's screens headless (dummy video driver,
 * software renderer) at the smallest supported size, a large one and with
 * big text: the debrief's "Practise this moment", a drill on the
 * conversation screen and its result, the library's "moments to review
 * today", the Review screen's round and the goal settings. Each screen is
 * checked through the boxes its frame laid out (every box inside the window,
 * no two texts overlapping), as tests/ui/test_screens.c does, and the
 * progress file at the end. The calendar is injected ($RAPPORT_TODAY), and
 * the clock that stamps sessions with it ($RAPPORT_NOW).
 *
 * Writes a BMP of every checked screen into ./shots/ for people to look at. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "screen_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCEN_DIR RAPPORT_SOURCE_DIR "/tests/ui/scenarios"

typedef sf_fixture fixture;

/* Renders until stable and checks what was laid out. */
static void render_check(fixture *fx, const char *what)
{
    assert_true(sf_render_check(fx, what, true) > 0);
}

/* Whether the last frame has a clickable box with this action and arg. */
static bool has_box(fixture *fx, ui_action a, int arg)
{
    return sf_find_hit(fx, a, arg) != NULL;
}

static void key(fixture *fx, SDL_Keycode k)
{
    sf_key(fx, k, KMOD_NONE);
}

static fixture *open_fixture(int w, int h, const char *tag, double scale)
{
    ui_options o = {.author_order = true, .library_dir = SCEN_DIR, .player = "Rae"};
    fixture *fx = sf_open(w, h, tag, "/tmp/rapport-ui-review-XXXXXX", &o);
    fx->st.text_scale = scale;
    fx->st.text_speed = 0;
    ui_state_apply_settings(&fx->st, false);
    return fx;
}

static void close_fixture(fixture *fx)
{
    sf_close(fx);
}

/* Plays the conversation screen with the first choice (closing the coach
 * panel between), until it leaves the screen or the session stops. */
static void play_firsts(fixture *fx)
{
    for (int n = 0; n < 40 && fx->st.screen == UI_SCR_CONVO; n++) {
        core_session *s = app_play_session(fx->st.play);
        if (fx->st.coach)
            ui_state_act(&fx->st, UI_ACT_CONTINUE, 0);
        else if (core_session_status(s) == CORE_PLAYING)
            ui_state_choose(&fx->st, 1);
        else
            return;
    }
}

static void journey(int w, int h, const char *tag, double scale)
{
    setenv("RAPPORT_TODAY", "2026-12-03", 1);
    setenv("RAPPORT_NOW", "2026-12-03T10:00:00Z", 1); /* sessions stamped on that day */
    fixture *fx = open_fixture(w, h, tag, scale);
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    ui_state_need_lib(&fx->st);
    int e = app_library_find(&fx->st.lib, "uitest.tiny");
    assert_true(e >= 0);
    assert_true(ui_state_open(&fx->st, fx->st.lib.v[e].file, e));
    ui_state_choose(&fx->st, 2); /* hello: a premature ask, the moment missed */
    play_firsts(fx);
    ui_state_act(&fx->st, UI_ACT_DEBRIEF, 0);
    assert_int_equal(fx->st.screen, UI_SCR_DEBRIEF);
    render_check(fx, "debrief");

    /* D practises the first moment that lost points: hello, as it was. */
    key(fx, SDLK_d);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_non_null(fx->st.drill);
    assert_string_equal(core_session_node(app_play_session(fx->st.play))->id, "hello");
    render_check(fx, "drill");
    play_firsts(fx);
    assert_int_equal(fx->st.screen, UI_SCR_REVIEW);
    assert_true(fx->st.drill_saved);
    assert_non_null(strstr(fx->st.drill_text, "best answer open to you"));
    /* The drill graded the moment (reps 1): the screen says when it is back. */
    assert_non_null(strstr(fx->st.drill_next, "It comes back on 2026-12-04."));
    render_check(fx, "drill-result");
    assert_true(has_box(fx, UI_ACT_REVIEW, 1)); /* Again */
    key(fx, SDLK_a);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY); /* leaving closes the drill */
    assert_null(fx->st.drill);
    assert_null(fx->st.play);

    /* The next day the missed moments are due: the library says so. */
    setenv("RAPPORT_TODAY", "2026-12-04", 1);
    setenv("RAPPORT_NOW", "2026-12-04T10:00:00Z", 1);
    render_check(fx, "library");
    assert_true(has_box(fx, UI_ACT_REVIEW, 2));
    key(fx, SDLK_r);
    assert_int_equal(fx->st.screen, UI_SCR_REVIEW);
    render_check(fx, "review-today");
    int due = fx->st.rv_n;
    assert_true(due >= 1);
    for (int k = 0; k < due; k++) {
        key(fx, SDLK_RETURN); /* Start, then Next moment */
        assert_int_equal(fx->st.screen, UI_SCR_CONVO);
        play_firsts(fx);
        assert_int_equal(fx->st.screen, UI_SCR_REVIEW);
        assert_true(fx->st.drill_review);
        if (k == 0) render_check(fx, "review-result");
    }
    key(fx, SDLK_RETURN); /* Finish */
    assert_false(fx->st.drill_saved);
    render_check(fx, "review-done");
    assert_int_equal(fx->st.rv_n, 0); /* each reviewed moment is due on a later day */

    /* Settings: G hides streak and goal, + raises the goal; both saved. */
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_SETTINGS);
    key(fx, SDLK_g);
    key(fx, SDLK_PLUS);
    render_check(fx, "settings");
    st_progress p;
    char msg[400];
    assert_int_equal(st_load(fx->st.player_file, "Rae", &p, msg, sizeof msg), ST_OK);
    assert_true(p.settings.goals_off);
    assert_int_equal(p.settings.daily_goal, ST_DAILY_GOAL + 1);
    int sessions = 0, drills = 0;
    for (int i = 0; i < p.n_records; i++) {
        if (strcmp(p.records[i].kind, "drill") == 0)
            drills++;
        else
            sessions++;
    }
    assert_int_equal(sessions, 1);
    assert_int_equal(drills, 1 + due); /* the debrief drill and each reviewed moment */
    for (int i = 0; i < p.n_reviews; i++)
        assert_true(strcmp(p.reviews[i].due, "2026-12-04") > 0);
    st_progress_free(&p);
    /* The library stays quiet with goals hidden and nothing due. */
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY);
    render_check(fx, "library-quiet");
    assert_false(has_box(fx, UI_ACT_REVIEW, 2));
    close_fixture(fx);
    unsetenv("RAPPORT_TODAY");
    unsetenv("RAPPORT_NOW");
}

static void small(void **state)
{
    (void)state;
    journey(800, 600, "800x600", 1.0);
}

static void large(void **state)
{
    (void)state;
    journey(1600, 1000, "1600x1000", 1.0);
}

static void small_big_text(void **state)
{
    (void)state;
    journey(800, 600, "800x600-big", 1.5); /* as test_screens.c: the sizes it supports */
}

static int setup(void **state)
{
    (void)state;
    setenv("TZ", "UTC", 1);
    return sf_setup("review-", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small),
        cmocka_unit_test(large),
        cmocka_unit_test(small_big_text),
    };
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
