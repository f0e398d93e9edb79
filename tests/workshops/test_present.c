/* test_present.c: the presenter view where a scenario has the room write
 * something (follow_up.within_48h: an email, line by line), headless (dummy
 * video driver, software renderer), at 1280x800 and 800x600, and with the
 * room vote open at 1280x800 and 1024x720:
 *   - no panel while nothing is written (Tuesday's conversation);
 *   - from the first email line on, a panel at the right holds what the room
 *     has written, and it grows with every line, at the reveal and on the
 *     next line alike; Backspace takes the last line out again;
 *   - at the ending the finished email is still there;
 *   - every text inside the window, no two texts overlapping, every choice
 *     clickable;
 *   - at 800x600 and 150% text (golden.fitting's door), the line and its cue
 *     whole above the choices, the column's top scrolled out.
 * BMPs of each checked screen go to ./shots/ for people to look at. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "screen_fixture.h"
#include "ui_room.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef sf_fixture fixture;

/* Renders until stable; every box inside the window, no texts overlapping. */
static void render_check(fixture *fx, const char *what)
{
    sf_render_check(fx, what, false);
}

static const ui_box *find_hit(fixture *fx, ui_action a, int arg)
{
    return sf_find_hit(fx, a, arg);
}

/* Every visible choice has a click box of at least one line. */
static void check_choices(fixture *fx, const char *what)
{
    int n = core_session_n_visible(app_play_session(fx->st.play));
    for (int c = 1; c <= n; c++) {
        const ui_box *b = find_hit(fx, UI_ACT_PICK, c);
        if (!b || b->r.h < ui_text_line_h(fx->cx.text, UI_F_BODY))
            fail_msg("%s %s: choice %d is missing or cut", fx->tag, what, c);
    }
}

/* The height of the text drawn in the right part of the window below the
 * top bar, left of the room's panel and outside any click box (choice
 * cards, buttons): the built panel's, 0 when there is none. The line column never reaches past 3/5
 * of the width left of the room's panel once the built panel is there, and spans it all otherwise,
 * so its text starts at the left. */
static int built_h(fixture *fx)
{
    int p = ui_pad(&fx->cx), room_w = ui_room_panel_w(&fx->st);
    int w = fx->cx.w - 4 * p - room_w;
    int x0 = 2 * p + w - w * 2 / 5, x1 = 2 * p + w + p;  /* the room's panel is past x1 */
    const ui_box *bar = find_hit(fx, UI_ACT_PRESENT, 0); /* the top bar's first button */
    assert_non_null(bar);
    int top = bar->r.y + bar->r.h, h = 0;
    for (int i = 0; i < fx->cx.frame.n; i++) {
        const ui_box *b = &fx->cx.frame.v[i];
        if (b->kind != UI_BOX_TEXT || b->r.x < x0 || b->r.x >= x1 || b->r.y <= top) continue;
        const ui_box *on = ui_frame_hit(&fx->cx.frame, b->r.x + b->r.w / 2, b->r.y + b->r.h / 2);
        if (!on) h += b->r.h; /* (a count on a choice card is the card's) */
    }
    return h;
}

static void key(fixture *fx, SDL_Keycode k)
{
    sf_key(fx, k, KMOD_NONE);
}

static const char *node_id(fixture *fx)
{
    return core_session_node(app_play_session(fx->st.play))->id;
}

/* The presenter view at w x h over scenario id of the library in lib. */
static fixture *open_scenario(int w, int h, const char *tag, const char *lib, const char *id)
{
    ui_options o = {.present = true, .author_order = true, .library_dir = lib};
    fixture *fx = sf_open(w, h, tag, "/tmp/rapport-present-XXXXXX", &o);
    ui_state_need_lib(&fx->st);
    int i = app_library_find(&fx->st.lib, id);
    assert_true(i >= 0);
    ui_state_act(&fx->st, UI_ACT_OPEN, i);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_true(fx->st.present);
    return fx;
}

static fixture *open_within_48h(int w, int h, const char *tag)
{
    return open_scenario(w, h, tag, RAPPORT_SOURCE_DIR "/scenarios", "follow_up.within_48h");
}

static void close_fixture(fixture *fx)
{
    ui_room_stop(&fx->st);
    sf_close(fx);
}

/* The room picks visible choice 1 and it is revealed. */
static void pick_reveal(fixture *fx)
{
    key(fx, SDLK_1);
    assert_int_equal(fx->st.present_pick, 1);
    key(fx, SDLK_RETURN);
    assert_true(fx->st.coach);
}

static void journey(int w, int h, bool room, const char *tag)
{
    fixture *fx = open_within_48h(w, h, tag);
    if (room) {
        ui_room_toggle(&fx->st); /* loopback: nothing leaves the machine */
        assert_true(ui_room_open(&fx->st));
    }
    render_check(fx, "tuesday");
    check_choices(fx, "tuesday");
    assert_int_equal(built_h(fx), 0);
    /* Tuesday's conversation (the first answers lead to the email): nothing
     * is written, so no panel. */
    int guard = 0;
    while (strcmp(node_id(fx), "subject") != 0) {
        assert_true(++guard < 20);
        pick_reveal(fx);
        render_check(fx, "tuesday-reveal");
        assert_int_equal(built_h(fx), 0);
        key(fx, SDLK_RETURN);
    }
    render_check(fx, "subject");
    assert_int_equal(built_h(fx), 0);
    pick_reveal(fx); /* the subject line */
    render_check(fx, "subject-reveal");
    int h1 = built_h(fx);
    assert_true(h1 > 0);
    key(fx, SDLK_RETURN);
    assert_string_equal(node_id(fx), "greeting");
    render_check(fx, "greeting");
    check_choices(fx, "greeting");
    assert_int_equal(built_h(fx), h1); /* the same draft, now beside the next line */
    pick_reveal(fx);
    render_check(fx, "greeting-reveal");
    int h2 = built_h(fx);
    assert_true(h2 > h1);
    /* Backspace takes the greeting back: the draft is the subject again. */
    key(fx, SDLK_BACKSPACE);
    assert_false(fx->st.coach);
    assert_string_equal(node_id(fx), "greeting");
    render_check(fx, "greeting-undone");
    assert_int_equal(built_h(fx), h1);
    pick_reveal(fx);
    key(fx, SDLK_RETURN);
    /* The rest of the email, then the ending. */
    guard = 0;
    while (core_session_status(app_play_session(fx->st.play)) == CORE_PLAYING) {
        assert_true(++guard < 20);
        render_check(fx, "email");
        check_choices(fx, "email");
        pick_reveal(fx);
        render_check(fx, "email-reveal");
        /* Still there (it grows, but may move to a smaller size to fit). */
        assert_true(built_h(fx) > 0);
        key(fx, SDLK_RETURN);
    }
    assert_int_equal(core_session_status(app_play_session(fx->st.play)), CORE_ENDED);
    render_check(fx, "ending");
    assert_true(built_h(fx) > 0); /* the email sent, beside her reply */
    assert_non_null(find_hit(fx, UI_ACT_DEBRIEF, 0));
    close_fixture(fx);
}

static void large(void **state)
{
    (void)state;
    journey(1280, 800, false, "built-1280x800");
}

static void small(void **state)
{
    (void)state;
    journey(800, 600, false, "built-800x600");
}

static void large_room(void **state)
{
    (void)state;
    journey(1280, 800, true, "built-room-1280x800");
}

/* The size the room's screenshots are taken at: three columns, and the join
 * panel's text must still end inside the window. */
static void medium_room(void **state)
{
    (void)state;
    journey(1024, 720, true, "built-room-1024x720");
}

/* The text box of s laid out in font f at the column's width, drawn whole
 * (boxes are clipped to the view), or NULL. */
static const ui_box *whole_text(fixture *fx, ui_font_id f, const char *s)
{
    int p = ui_pad(&fx->cx);
    const ui_layout *l = ui_text_layout(fx->cx.text, f, s, fx->cx.w - 4 * p, 0);
    for (int i = 0; i < fx->cx.frame.n; i++) {
        const ui_box *b = &fx->cx.frame.v[i];
        if (b->kind == UI_BOX_TEXT && b->r.x == 2 * p && b->r.w == l->w && b->r.h == l->h) return b;
    }
    return NULL;
}

/* At 800x600 with text at 150% the column above the choices holds less than
 * a face, a name, the reply, the cue and the line: it sticks to its end, so
 * the cue and the line the room answers are whole on screen and the name
 * scrolls out at the top; PageUp brings the top back, and the next line
 * starts at its end again. */
static void small_large_text(void **state)
{
    (void)state;
    fixture *fx = open_scenario(800, 600, "fitting-800x600-150",
                                RAPPORT_SOURCE_DIR "/tests/golden_ui/library", "golden.fitting");
    fx->st.text_scale = 1.5;
    ui_state_apply_settings(&fx->st, false);
    pick_reveal(fx); /* follow her lead */
    key(fx, SDLK_RETURN);
    assert_string_equal(node_id(fx), "clock");
    pick_reveal(fx);
    key(fx, SDLK_RETURN);
    assert_string_equal(node_id(fx), "door");
    render_check(fx, "door");
    check_choices(fx, "door");
    assert_true(fx->st.scroll_max[UI_SCR_CONVO] > 0); /* the column does not fit */
    const ui_box *line = whole_text(fx, UI_F_LINE, fx->st.cur_line);
    const ui_box *cue = whole_text(fx, UI_F_ITALIC, fx->st.cur_cue);
    if (!line || !cue)
        fail_msg("door: the line (%p) or its cue (%p) is not whole on screen", (const void *)line,
                 (const void *)cue);
    const ui_box *card = find_hit(fx, UI_ACT_PICK, 1);
    assert_non_null(card);
    assert_true(line->r.y + line->r.h <= card->r.y); /* above the choices */
    /* PageUp to the top: the line leaves the view, the speaker's name is back. */
    for (int i = 0; i < 4; i++)
        key(fx, SDLK_PAGEUP);
    render_check(fx, "door-top");
    assert_int_equal(fx->st.scroll[UI_SCR_CONVO], fx->st.scroll_max[UI_SCR_CONVO]);
    assert_null(whole_text(fx, UI_F_LINE, fx->st.cur_line));
    /* PageDown to the end again. */
    for (int i = 0; i < 4; i++)
        key(fx, SDLK_PAGEDOWN);
    render_check(fx, "door-end");
    assert_int_equal(fx->st.scroll[UI_SCR_CONVO], 0);
    assert_non_null(whole_text(fx, UI_F_LINE, fx->st.cur_line));
    close_fixture(fx);
}

static int setup(void **state)
{
    (void)state;
    return sf_setup("", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(large),
        cmocka_unit_test(small),
        cmocka_unit_test(large_room),
        cmocka_unit_test(medium_room),
        cmocka_unit_test(small_large_text),
    };
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
