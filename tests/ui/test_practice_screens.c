/* test_practice_screens.c: the window's deliberate-practice screens
 * (docs/practice.md) headless (dummy video driver, software renderer), at
 * 800x600 and 1600x1000 and at twice the text size: the homework question,
 * the confidence strips (before, on the conversation's opening; after, in
 * the debrief), say it first's field and the words above the choices, the
 * debrief with the words, and their side. The confidence strips never take
 * a key pressed to play: a digit still picks a choice, Shift+digit answers,
 * and the player's setting turns them off. Each drawn screen is
 * checked through its boxes (inside the window, no two texts overlapping)
 * and saved as a BMP in ./shots/ for people to look at. Input goes through
 * ui_handle_event as synthetic SDL events, so the keys' text events (the
 * digit that picks a choice, the space that closes the coach) are tested
 * as the window gets them. The progress file must hold what was asked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "screen_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PRACTICE_SCEN RAPPORT_SOURCE_DIR "/tests/cli/practice.lua"

typedef sf_fixture fx;

/* Draws the screen (again while it asks for it), saves it, and checks its boxes. */
static void draw_check(fx *f, const char *what)
{
    assert_true(sf_render_check(f, what, false) > 0);
}

/* True when the last frame has a click box with this action and argument. */
static bool has_hit(const fx *f, ui_action a, int arg)
{
    return sf_find_hit(f, a, arg) != NULL;
}

/* A key as a person presses it: after the view has been up long enough for
 * a pick (UI_PICK_GUARD_MS); then, when it types something, its text. */
static void press_mod(fx *f, SDL_Keycode k, Uint16 mod, const char *text)
{
    sf_key(f, k, mod);
    if (text) sf_text(f, text);
}

static void press(fx *f, SDL_Keycode k, const char *text)
{
    press_mod(f, k, KMOD_NONE, text);
}

/* A left click (press and release) on the centre of the box with this action
 * and argument, after the view has been up long enough; fails when none. */
static void click(fx *f, ui_action a, int arg)
{
    sf_click(f, a, arg);
}

static int steps(fx *f)
{
    return core_session_n_steps(app_play_session(f->st.play));
}

/* Text as the window gets it: SDL splits typing into events of at most 31
 * bytes; here 8 at a time, never inside a UTF-8 character. */
static void type(fx *f, const char *text)
{
    size_t n = strlen(text), at = 0;
    while (at < n) {
        size_t k = n - at < 8 ? n - at : 8;
        while (at + k < n && ((unsigned char)text[at + k] & 0xC0) == 0x80)
            k++;
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_TEXTINPUT;
        memcpy(e.text.text, text + at, k);
        ui_handle_event(&f->st, &e);
        at += k;
    }
}

/* A player with both questions and say it first on, the text at once, and a
 * session two days old whose homework was never asked about. */
static void write_player(const char *data)
{
    char *file = st_player_file(data, "Pia");
    assert_non_null(file);
    FILE *out = fopen(file, "wb");
    assert_non_null(out);
    fputs("{\"schema\":2,\"player\":\"Pia\",\"settings\":{\"text_scale\":1,\"theme\":\"light\","
          "\"text_speed\":0,\"mode\":\"practice\",\"say_first\":true,\"ask_confidence\":true},"
          "\"sessions\":[{\"scenario\":\"test.practice\",\"title\":\"Practice fixture\","
          "\"kind\":\"session\",\"attempt\":1,\"started\":\"2026-01-05T10:00:00Z\","
          "\"ended\":\"2026-01-05T10:04:00Z\",\"outcome\":\"heard\",\"path\":[],\"choices\":[],"
          "\"skills\":{},\"homework\":{\"text\":\"Ask one colleague how their week went.\"}}]}",
          out);
    fclose(out);
    free(file);
}

static fx *open_fx(int w, int h, double scale, const char *tag)
{
    fx *f = sf_window(w, h, tag, "/tmp/rapport-practice-ui-XXXXXX");
    write_player(f->data);
    ui_options o = {.library_dir = RAPPORT_SOURCE_DIR "/tests/ui/scenarios",
                    .player = "Pia",
                    .author_order = true};
    sf_start(f, &o);
    f->st.text_scale = scale;
    ui_state_apply_settings(&f->st, false);
    return f;
}

static void close_fx(fx *f)
{
    sf_close(f);
}

/* The whole loop at one size: homework, confidence, say it first, the
 * debrief with the words, their side; then the progress file. */
static void loop_at(int w, int h, double scale, const char *tag)
{
    fx *f = open_fx(w, h, scale, tag);
    /* The homework question came with the player. */
    assert_int_equal(f->st.screen, UI_SCR_ASK);
    assert_int_equal(f->st.ask_kind, UI_ASK_HOMEWORK);
    draw_check(f, "homework");
    assert_true(has_hit(f, UI_ACT_HOMEWORK, APP_HW_SKIPPED));
    press(f, SDLK_3, "3"); /* not yet: the "3" is not the start of the note */
    assert_int_equal(f->st.hw_answer, APP_HW_NOT_YET);
    assert_string_equal(f->st.hw_note, "");
    type(f, "no chance yet");
    draw_check(f, "homework-note");
    press(f, SDLK_RETURN, NULL);
    assert_int_equal(f->st.screen, UI_SCR_LIBRARY);
    /* A scenario: the conversation at once, the confidence strip over it. */
    assert_true(ui_state_open(&f->st, PRACTICE_SCEN, -1));
    assert_int_equal(f->st.screen, UI_SCR_CONVO);
    draw_check(f, "confidence-before");
    /* The strip takes no room the line needs: at twice the text size in
     * 800x600, with the field for the words, there is none, and it waits. */
    bool strip = has_hit(f, UI_ACT_CONFIDENCE, 1);
    assert_true(strip || scale > 1.5);
    for (int v = 0; v <= 5 && strip; v++)
        assert_true(has_hit(f, UI_ACT_CONFIDENCE, v));
    /* While the words are typed, Shift+2 is a character, not an answer. */
    press_mod(f, SDLK_2, KMOD_LSHIFT, "@");
    assert_int_equal(f->st.conf_before, 0);
    assert_string_equal(f->st.say_buf, "@");
    press(f, SDLK_BACKSPACE, NULL);
    int before = strip ? 2 : 0;
    if (strip) {
        click(f, UI_ACT_CONFIDENCE, 2); /* the mouse answers */
        assert_int_equal(f->st.conf_before, 2);
        ui_render(&f->st);
        assert_false(has_hit(f, UI_ACT_CONFIDENCE, 2)); /* answered: the strip is gone */
    }
    /* Say it first: the field, no choices yet; a digit is typed, not picked. */
    assert_true(ui_say_pending(&f->st));
    draw_check(f, "say-first");
    assert_false(has_hit(f, UI_ACT_CHOOSE, 1));
    assert_true(has_hit(f, UI_ACT_SAY, 0));
    press(f, SDLK_1, "1");
    assert_int_equal(core_session_n_steps(app_play_session(f->st.play)), 0);
    type(f, " caf\xc3\xa9");
    press(f, SDLK_BACKSPACE, NULL); /* a whole character, not half of it */
    assert_string_equal(f->st.say_buf, "1 caf");
    press(f, SDLK_BACKSPACE, NULL);
    press(f, SDLK_BACKSPACE, NULL);
    press(f, SDLK_BACKSPACE, NULL);
    press(f, SDLK_BACKSPACE, NULL);
    press(f, SDLK_BACKSPACE, NULL);
    assert_string_equal(f->st.say_buf, "");
    press(f, SDLK_RETURN, NULL); /* nothing typed: Enter does not give the words */
    assert_true(ui_say_pending(&f->st));
    type(f, "Rough how? Tell me what happened.");
    press(f, SDLK_RETURN, NULL);
    assert_false(ui_say_pending(&f->st));
    draw_check(f, "closest");
    assert_true(has_hit(f, UI_ACT_CHOOSE, 1) && has_hit(f, UI_ACT_CHOOSE, 2));
    press(f, SDLK_1, "1"); /* picks; its "1" is not typed anywhere */
    assert_int_equal(core_session_n_steps(app_play_session(f->st.play)), 1);
    assert_true(f->st.coach);
    press(f, SDLK_SPACE, " "); /* closes the coach; its space is not the next words */
    assert_true(ui_say_pending(&f->st));
    assert_string_equal(f->st.say_buf, "");
    press(f, SDLK_TAB, NULL); /* skip the words this time */
    assert_false(ui_say_pending(&f->st));
    press(f, SDLK_1, "1");
    assert_int_equal(core_session_n_steps(app_play_session(f->st.play)), 2);
    press(f, SDLK_RETURN, NULL); /* the ending's coach panel */
    assert_int_equal(core_session_status(app_play_session(f->st.play)), CORE_ENDED);
    press(f, SDLK_RETURN, NULL); /* to the debrief, the strip at its top */
    assert_int_equal(f->st.screen, UI_SCR_DEBRIEF);
    draw_check(f, "confidence-after");
    assert_true(has_hit(f, UI_ACT_CONFIDENCE, 4));
    press(f, SDLK_4, "4"); /* a digit alone is no answer */
    assert_int_equal(f->st.conf_after, 0);
    press_mod(f, SDLK_4, KMOD_RSHIFT, "$");
    assert_int_equal(f->st.conf_after, 4);
    assert_int_equal(f->st.screen, UI_SCR_DEBRIEF);
    draw_check(f, "debrief");
    assert_false(has_hit(f, UI_ACT_CONFIDENCE, 4));
    bool side = has_hit(f, UI_ACT_SIDE, 0); /* the replay's button, further down */
    for (int i = 0; i < 20 && !side; i++) {
        press(f, SDLK_PAGEDOWN, NULL);
        ui_render(&f->st);
        side = has_hit(f, UI_ACT_SIDE, 0);
    }
    assert_true(side);
    draw_check(f, "debrief-side-button");
    assert_string_equal(ui_said(&f->st, 0), "Rough how? Tell me what happened.");
    assert_null(ui_said(&f->st, 1));
    press(f, SDLK_t, "t");
    assert_int_equal(f->st.screen, UI_SCR_SIDE);
    draw_check(f, "side-1");
    press(f, SDLK_RIGHT, NULL);
    assert_int_equal(f->st.side_step, 1);
    draw_check(f, "side-2");
    press(f, SDLK_ESCAPE, NULL);
    assert_int_equal(f->st.screen, UI_SCR_DEBRIEF);
    ui_state_act(&f->st, UI_ACT_GO, UI_SCR_PROGRESS);
    draw_check(f, "progress");
    /* The file: the homework answer and note, then the new session's
     * confidence, words and homework. */
    st_progress p;
    char msg[400];
    assert_int_equal(st_load(f->st.player_file, "Pia", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, 2);
    assert_string_equal(p.records[0].homework_answer, "not_yet");
    assert_string_equal(p.records[0].homework_note, "no chance yet");
    const st_record *r = &p.records[1];
    assert_int_equal(r->confidence_before, before);
    assert_int_equal(r->confidence_after, 4);
    assert_string_equal(r->choices[0].said, "Rough how? Tell me what happened.");
    assert_null(r->choices[1].said);
    assert_non_null(r->homework);
    assert_null(r->homework_answer);
    st_progress_free(&p);
    close_fx(f);
}

static void small(void **state)
{
    (void)state;
    loop_at(800, 600, 1.0, "800x600");
}

static void large(void **state)
{
    (void)state;
    loop_at(1600, 1000, 1.0, "1600x1000");
}

static void big_text(void **state)
{
    (void)state;
    loop_at(800, 600, 2.0, "800x600-x2");
}

/* Esc on the homework question: not now, kept as skipped, never asked
 * again; Esc while typing the words leaves the conversation. */
static void esc_skips(void **state)
{
    (void)state;
    fx *f = open_fx(800, 600, 1.0, "esc");
    assert_int_equal(f->st.screen, UI_SCR_ASK);
    press(f, SDLK_ESCAPE, NULL);
    assert_int_equal(f->st.screen, UI_SCR_LIBRARY);
    assert_string_equal(f->st.progress.records[0].homework_answer, "skipped");
    assert_true(ui_state_open(&f->st, PRACTICE_SCEN, -1));
    assert_int_equal(f->st.screen, UI_SCR_CONVO);
    type(f, "hello");
    press(f, SDLK_ESCAPE, NULL);
    assert_int_equal(f->st.screen, UI_SCR_LIBRARY);
    /* The same player in a new window: asked once, so not again. */
    f->st.hw_asked = false;
    assert_true(ui_state_pick_player(&f->st, "Pia"));
    assert_int_equal(f->st.screen, UI_SCR_LIBRARY);
    close_fx(f);
}

/* A new player is asked by default, and no key pressed to play is taken:
 * 1 picks the first choice with the strip showing (it goes, unanswered);
 * the debrief's strip ignores digits and takes a click on "Not now"; on a
 * retry Shift+3 answers and picks nothing. */
static void digits_stay_with_the_conversation(void **state)
{
    (void)state;
    ui_options o = {.library_dir = RAPPORT_SOURCE_DIR "/tests/ui/scenarios",
                    .player = "Noa",
                    .author_order = true};
    fx *f = sf_open(1000, 700, "new", "/tmp/rapport-practice-ui-XXXXXX", &o);
    assert_true(f->st.progress.settings.ask_confidence);
    f->st.text_speed = 0; /* whole lines at once */
    assert_true(ui_state_open(&f->st, PRACTICE_SCEN, -1));
    assert_int_equal(f->st.screen, UI_SCR_CONVO);
    draw_check(f, "new-before");
    assert_true(has_hit(f, UI_ACT_CONFIDENCE, 1) && has_hit(f, UI_ACT_CHOOSE, 1));
    press(f, SDLK_1, "1");
    assert_int_equal(steps(f), 1); /* the choice, not the confidence */
    assert_int_equal(f->st.conf_before, 0);
    press(f, SDLK_SPACE, " ");
    ui_render(&f->st);
    assert_false(has_hit(f, UI_ACT_CONFIDENCE, 1)); /* gone at the first choice */
    press_mod(f, SDLK_1, KMOD_LSHIFT, "!");         /* too late to answer: picks nothing either */
    assert_int_equal(steps(f), 1);
    assert_int_equal(f->st.conf_before, 0);
    press(f, SDLK_2, "2");
    assert_int_equal(steps(f), 2);
    press(f, SDLK_RETURN, NULL);
    press(f, SDLK_RETURN, NULL);
    assert_int_equal(f->st.screen, UI_SCR_DEBRIEF);
    draw_check(f, "new-after");
    press(f, SDLK_3, "3");
    assert_int_equal(f->st.conf_after, 0);
    click(f, UI_ACT_CONFIDENCE, 0); /* not now */
    assert_int_equal(f->st.conf_after, -1);
    ui_render(&f->st);
    assert_false(has_hit(f, UI_ACT_CONFIDENCE, 0));
    /* Retry: asked again; Shift+3 answers and picks nothing. */
    press(f, SDLK_r, "r");
    assert_int_equal(f->st.screen, UI_SCR_CONVO);
    assert_int_equal(steps(f), 0);
    press_mod(f, SDLK_3, KMOD_LSHIFT, "#");
    assert_int_equal(f->st.conf_before, 3);
    assert_int_equal(steps(f), 0);
    press(f, SDLK_1, "1");
    press(f, SDLK_SPACE, " ");
    press(f, SDLK_1, "1");
    press(f, SDLK_RETURN, NULL);
    press(f, SDLK_RETURN, NULL);
    assert_int_equal(f->st.screen, UI_SCR_DEBRIEF);
    click(f, UI_ACT_CONFIDENCE, 5);
    draw_check(f, "new-answered");
    st_progress p;
    char msg[400];
    assert_int_equal(st_load(f->st.player_file, "Noa", &p, msg, sizeof msg), ST_OK);
    assert_true(p.settings.ask_confidence); /* kept on for this player */
    assert_int_equal(p.n_records, 2);
    assert_int_equal(p.records[0].confidence_before, 0);
    assert_int_equal(p.records[0].confidence_after, 0);
    assert_int_equal(p.records[1].confidence_before, 3);
    assert_int_equal(p.records[1].confidence_after, 5);
    st_progress_free(&p);
    close_fx(f);
}

/* Turned off in Settings (a click): no strip before or after, Shift+1 is a
 * digit again (it picks), and the file keeps the choice. */
static void off_asks_nothing(void **state)
{
    (void)state;
    fx *f = open_fx(1280, 1000, 1.0, "off");
    press(f, SDLK_ESCAPE, NULL); /* the homework question: not now */
    ui_state_act(&f->st, UI_ACT_GO, UI_SCR_SETTINGS);
    draw_check(f, "settings");
    click(f, UI_ACT_ASK_CONF, 0);
    assert_false(f->st.progress.settings.ask_confidence);
    click(f, UI_ACT_SAY_FIRST, 0);
    assert_true(ui_state_open(&f->st, PRACTICE_SCEN, -1));
    ui_render(&f->st);
    assert_false(has_hit(f, UI_ACT_CONFIDENCE, 1));
    press_mod(f, SDLK_1, KMOD_LSHIFT, "!"); /* not asked: a digit, as it always was */
    assert_int_equal(f->st.conf_before, 0);
    assert_int_equal(steps(f), 1);
    press(f, SDLK_SPACE, " ");
    press(f, SDLK_1, "1");
    press(f, SDLK_RETURN, NULL);
    press(f, SDLK_RETURN, NULL);
    assert_int_equal(f->st.screen, UI_SCR_DEBRIEF);
    ui_render(&f->st);
    assert_false(has_hit(f, UI_ACT_CONFIDENCE, 1));
    st_progress p;
    char msg[400];
    assert_int_equal(st_load(f->st.player_file, "Pia", &p, msg, sizeof msg), ST_OK);
    assert_false(p.settings.ask_confidence);
    assert_int_equal(p.records[1].confidence_before, 0);
    st_progress_free(&p);
    close_fx(f);
}

static int setup(void **state)
{
    (void)state;
    return sf_setup("practice-", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small),
        cmocka_unit_test(large),
        cmocka_unit_test(big_text),
        cmocka_unit_test(esc_skips),
        cmocka_unit_test(digits_stay_with_the_conversation),
        cmocka_unit_test(off_asks_nothing),
    };
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
