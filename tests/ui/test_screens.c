/* test_screens.c: every screen rendered headless (dummy video driver, software
 * renderer) at the smallest supported size and a large one, checked through
 * the boxes the frame laid out: every text inside the window, no two texts
 * overlapping, every choice visible and its click rectangle mapping to that
 * choice. Input goes through ui_handle_event as synthetic SDL events, so the
 * same code paths as the real window run. A finished session must be in the
 * player's progress file.
 *
 * Writes a BMP of every checked screen into ./shots/ for people to look at. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "lrs.h"
#include "screen_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCEN_DIR RAPPORT_SOURCE_DIR "/tests/ui/scenarios"

typedef sf_fixture fixture;

/* Renders until stable and checks what was laid out; the shot shows whole lines. */
static void render_check(fixture *fx, const char *what)
{
    assert_true(sf_render_check(fx, what, true) > 0);
}

/* Every visible choice has a whole, clickable box that maps back to it (in
 * the presenter view a click marks the room's choice: UI_ACT_PICK). */
static void check_choices(fixture *fx, const char *what)
{
    core_session *s = app_play_session(fx->st.play);
    ui_action act = fx->st.present ? UI_ACT_PICK : UI_ACT_CHOOSE;
    int n = core_session_n_visible(s);
    int min_h = ui_text_line_h(fx->cx.text, UI_F_BODY);
    for (int c = 1; c <= n; c++) {
        const ui_box *b = NULL;
        for (int i = 0; i < fx->cx.frame.n; i++)
            if (fx->cx.frame.v[i].kind == UI_BOX_HIT && fx->cx.frame.v[i].action == (int)act &&
                fx->cx.frame.v[i].arg == c)
                b = &fx->cx.frame.v[i];
        if (!b) fail_msg("%s %s: choice %d has no click box", fx->tag, what, c);
        if (b->r.h < min_h)
            fail_msg("%s %s: choice %d is cut (%d px high)", fx->tag, what, c, b->r.h);
        const ui_box *hit = ui_frame_hit(&fx->cx.frame, b->r.x + b->r.w / 2, b->r.y + b->r.h / 2);
        assert_non_null(hit);
        assert_int_equal(hit->action, act);
        assert_int_equal(hit->arg, c);
        /* The corners too: the whole rectangle belongs to the choice. */
        hit = ui_frame_hit(&fx->cx.frame, b->r.x + 1, b->r.y + 1);
        assert_int_equal(hit->arg, c);
        hit = ui_frame_hit(&fx->cx.frame, b->r.x + b->r.w - 2, b->r.y + b->r.h - 2);
        assert_int_equal(hit->arg, c);
    }
}

static void key(fixture *fx, SDL_Keycode k)
{
    sf_key(fx, k, KMOD_NONE);
}

static void text_input(fixture *fx, const char *s)
{
    sf_text(fx, s);
}

/* A left button press or release at x, y stamped ts. */
static void button(fixture *fx, Uint32 type, int x, int y, Uint32 ts)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = type;
    e.button.timestamp = ts;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    ui_handle_event(&fx->st, &e);
}

/* Clicks (press and release) the centre of the box with this action and
 * argument; fails when none. */
static void click(fixture *fx, ui_action a, int arg)
{
    sf_click(fx, a, arg);
}

/* A fixture whose ui_options start from extra (pack, present, player). */
static fixture *open_fixture_opts(int w, int h, const char *tag, const ui_options *extra);

static fixture *open_fixture(int w, int h, const char *tag)
{
    return open_fixture_opts(w, h, tag, NULL);
}

static fixture *open_fixture_opts(int w, int h, const char *tag, const ui_options *extra)
{
    ui_options o = {0};
    if (extra) o = *extra;
    /* The tests pick choices by number: the author's order, unless a test
     * asks for a seed (choice_order). */
    if (!o.has_seed) o.author_order = true;
    o.data_dir = NULL; /* the fixture's fresh folder */
    o.library_dir = SCEN_DIR;
    return sf_open(w, h, tag, "/tmp/rapport-ui-test-XXXXXX", &o);
}

static void close_fixture(fixture *fx)
{
    sf_close(fx);
}

static int setup(void **state)
{
    (void)state;
    return sf_setup("", false);
}

static int find_entry(fixture *fx, const char *id)
{
    ui_state_need_lib(&fx->st);
    int i = app_library_find(&fx->st.lib, id);
    if (i < 0) fail_msg("scenario %s not in %s", id, SCEN_DIR);
    return i;
}

/* The whole journey, keys and clicks mixed, checking every screen on the way. */
static void journey(int w, int h, const char *tag, ui_theme_id theme, double scale)
{
    fixture *fx = open_fixture(w, h, tag);
    render_check(fx, "player-empty");
    text_input(fx, "T");
    text_input(fx, "ess");
    render_check(fx, "player-typing");
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    fx->st.theme = theme;
    fx->st.text_scale = scale;
    ui_state_apply_settings(&fx->st, true);
    render_check(fx, "library");
    /* Open the tiny scenario by clicking its card. */
    click(fx, UI_ACT_OPEN, find_entry(fx, "uitest.tiny"));
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    render_check(fx, "convo-1");
    check_choices(fx, "convo-1");
    click(fx, UI_ACT_CHOOSE, 1); /* offer help */
    assert_true(fx->st.coach);
    render_check(fx, "coach-1");
    click(fx, UI_ACT_CONTINUE, 0);
    render_check(fx, "convo-2-timed");
    check_choices(fx, "convo-2-timed");
    assert_int_equal(core_session_n_visible(app_play_session(fx->st.play)), 2);
    key(fx, SDLK_2); /* the recalled deadline */
    key(fx, SDLK_RETURN);
    key(fx, SDLK_BACKSPACE); /* rewind one choice: back to the timed node */
    assert_int_equal(core_session_n_steps(app_play_session(fx->st.play)), 1);
    key(fx, SDLK_2);
    key(fx, SDLK_RETURN);
    fx->st.author = true;
    render_check(fx, "convo-3-author");
    check_choices(fx, "convo-3-author");
    fx->st.author = false;
    click(fx, UI_ACT_CHOOSE, 1);
    render_check(fx, "coach-3");
    key(fx, SDLK_RETURN);
    fx->st.revealed = true;
    render_check(fx, "ending");
    assert_true(fx->st.recorded);
    click(fx, UI_ACT_DEBRIEF, 0);
    assert_int_equal(fx->st.screen, UI_SCR_DEBRIEF);
    render_check(fx, "debrief");
    /* The best route (when ignored): offer help, recall the deadline, ask Lee;
     * the journey took it, so both columns agree. */
    assert_int_equal(fx->st.n_best, 3);
    assert_non_null(fx->st.best_eff);
    const core_scenario *sc = app_play_scenario(fx->st.play);
    assert_string_equal(sc->nodes[fx->st.best[0].node].id, "hello");
    assert_int_equal(fx->st.best[0].choice, 0);
    assert_string_equal(sc->nodes[fx->st.best[1].node].id, "offer");
    assert_int_equal(fx->st.best[1].choice, 1);
    assert_string_equal(sc->nodes[fx->st.best[2].to].id, "warm_end");
    double total = 0;
    for (int i = 0; i < 3; i++)
        for (int k = 0; k < sc->n_skills; k++)
            total += fx->st.best_eff[i][k];
    assert_true(total == 6); /* 2 + 2 + (1 + 1 for the ask after a gift) */
    /* PgDn and PgUp move two thirds of the window (ui_scroll_page_key),
     * PgUp never above the top. */
    key(fx, SDLK_PAGEDOWN);
    assert_int_equal(fx->st.scroll[UI_SCR_DEBRIEF], fx->cx.h * 2 / 3);
    key(fx, SDLK_PAGEUP);
    assert_int_equal(fx->st.scroll[UI_SCR_DEBRIEF], 0);
    key(fx, SDLK_PAGEDOWN);
    render_check(fx, "debrief-routes");
    for (int i = 0; i < 20; i++)
        key(fx, SDLK_PAGEDOWN);
    render_check(fx, "debrief-end");
    click(fx, UI_ACT_GO, UI_SCR_PROGRESS);
    render_check(fx, "progress");
    key(fx, SDLK_ESCAPE);
    key(fx, SDLK_s);
    assert_int_equal(fx->st.screen, UI_SCR_SETTINGS);
    render_check(fx, "settings");
    /* The session is in the progress file. */
    st_progress pr;
    char msg[256];
    assert_int_equal(st_load(fx->st.player_file, "Tess", &pr, msg, sizeof msg), ST_OK);
    assert_int_equal(pr.n_records, 1);
    assert_string_equal(pr.records[0].scenario, "uitest.tiny");
    assert_string_equal(pr.records[0].outcome, "connected");
    assert_int_equal(pr.records[0].n_choices, 3);
    assert_string_equal(pr.settings.theme, ui_theme_name(theme));
    st_progress_free(&pr);
    close_fixture(fx);
}

static void small_light(void **state)
{
    (void)state;
    journey(800, 600, "800x600", UI_THEME_LIGHT, 1.0);
}

static void large_dark(void **state)
{
    (void)state;
    journey(1600, 1000, "1600x1000", UI_THEME_DARK, 1.0);
}

static void small_contrast_big_text(void **state)
{
    (void)state;
    journey(800, 600, "800x600-big", UI_THEME_CONTRAST, 1.5);
}

static void large_big_text(void **state)
{
    (void)state;
    journey(1600, 1000, "1600x1000-big", UI_THEME_LIGHT, 2.0);
}

/* Long texts: choices stay visible (shortened), the line scrolls. */
static void long_texts(void **state)
{
    (void)state;
    for (int size = 0; size < 2; size++) {
        fixture *fx =
            size ? open_fixture(1600, 1000, "long-large") : open_fixture(800, 600, "long-small");
        assert_true(ui_state_pick_player(&fx->st, "Lou"));
        fx->st.assessed = size == 1; /* assessed mode too */
        click(fx, UI_ACT_OPEN, find_entry(fx, "uitest.long"));
        /* A line taller than the view is shown whole at once: typed out, its
         * end (where the column sticks) would stay blank for a minute. */
        assert_int_equal(fx->st.text_speed, 60);
        ui_render(&fx->st);
        assert_true(fx->st.revealed);
        render_check(fx, "long-1");
        check_choices(fx, "long-1");
        click(fx, UI_ACT_CHOOSE, 9);
        if (fx->st.coach) click(fx, UI_ACT_CONTINUE, 0);
        render_check(fx, "long-2");
        close_fixture(fx);
    }
}

/* Mouse only: players list, library, every choice, debrief. */
static void mouse_only(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "mouse");
    assert_true(ui_state_pick_player(&fx->st, "Mo"));
    click(fx, UI_ACT_BACK, 0); /* back to the player screen: Mo is listed */
    assert_int_equal(fx->st.screen, UI_SCR_PLAYER);
    assert_int_equal(fx->st.n_players, 1);
    render_check(fx, "player-list");
    click(fx, UI_ACT_PLAYER, 0);
    click(fx, UI_ACT_GO, UI_SCR_SETTINGS);
    click(fx, UI_ACT_MODE, 1); /* assessed: no coach panel */
    click(fx, UI_ACT_SPEED, 0);
    render_check(fx, "settings-assessed");
    click(fx, UI_ACT_BACK, 0);
    click(fx, UI_ACT_OPEN, find_entry(fx, "uitest.tiny"));
    click(fx, UI_ACT_CHOOSE, 3);
    assert_false(fx->st.coach);
    render_check(fx, "assessed-2");
    click(fx, UI_ACT_CHOOSE, 1);
    click(fx, UI_ACT_DEBRIEF, 0);
    render_check(fx, "assessed-debrief");
    /* A different route from the best: it parts at the first step. */
    assert_int_equal(fx->st.n_best, 3);
    assert_int_equal(core_session_step(app_play_session(fx->st.play), 0)->choice, 2);
    assert_int_equal(fx->st.best[0].choice, 0);
    for (int i = 0; i < 20; i++)
        key(fx, SDLK_PAGEDOWN);
    render_check(fx, "assessed-debrief-end");
    st_progress pr;
    char msg[256];
    assert_int_equal(st_load(fx->st.player_file, "Mo", &pr, msg, sizeof msg), ST_OK);
    assert_int_equal(pr.n_records, 1);
    assert_string_equal(pr.records[0].mode, "assessed");
    assert_string_equal(pr.records[0].outcome, "missed");
    st_progress_free(&pr);
    close_fixture(fx);
}

/* A timed node runs out: the session moves on by itself. */
static void countdown_times_out(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "timeout");
    assert_true(ui_state_pick_player(&fx->st, "Tim"));
    click(fx, UI_ACT_OPEN, find_entry(fx, "uitest.tiny"));
    click(fx, UI_ACT_CHOOSE, 1);
    click(fx, UI_ACT_CONTINUE, 0);
    assert_true(ui_state_animating(&fx->st));
    /* While the line is still typing, the moment is announced and its clock
     * waits: 31 s of typing take nothing off it. */
    assert_false(fx->st.revealed);
    fx->st.shown_at -= 31000;
    ui_state_tick(&fx->st);
    assert_false(ui_state_clock_running(&fx->st));
    assert_true(ui_state_time_left(&fx->st) == 30);
    assert_int_equal(core_session_n_steps(app_play_session(fx->st.play)), 1);
    render_check(fx, "timed-announced");
    /* The line is out (the render saw it all typed): the clock starts now. */
    assert_true(fx->st.revealed);
    ui_state_tick(&fx->st);
    assert_true(ui_state_clock_running(&fx->st));
    assert_true(ui_state_time_left(&fx->st) > 29);
    fx->st.clock_at -= 31000; /* pretend 31 s passed on the clock */
    ui_state_tick(&fx->st);
    const core_step *last = core_session_step(app_play_session(fx->st.play), 1);
    assert_non_null(last);
    assert_int_equal(last->choice, CORE_NONE);
    render_check(fx, "coach-timeout");
    click(fx, UI_ACT_CONTINUE, 0);
    fx->st.revealed = true;
    assert_false(ui_state_animating(&fx->st)); /* idle: nothing animates */
    close_fixture(fx);
}

static const ui_box *find_hit(fixture *fx, ui_action a, int arg);
static void play_tiny_to_end(fixture *fx);

/* A key stamped ts (relative to nothing: the caller picks it against view_at). */
static void key_at(fixture *fx, SDL_Keycode k, Uint32 ts, bool repeat)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.timestamp = ts;
    e.key.repeat = repeat;
    e.key.keysym.sym = k;
    ui_handle_event(&fx->st, &e);
}

static SDL_Point centre_of(fixture *fx, ui_action a, int arg)
{
    const ui_box *b = find_hit(fx, a, arg);
    if (!b) fail_msg("%s: no box for action %d arg %d", fx->tag, (int)a, arg);
    SDL_Point p = {b->r.x + b->r.w / 2, b->r.y + b->r.h / 2};
    return p;
}

/* Input safety (docs/window.md): a key or click picks only a choice that was
 * drawn at least UI_PICK_GUARD_MS before it, never on a held key's repeat,
 * and a click needs press and release on the same choice of the same view.
 * Times are the events' own stamps against the frame's, as in the window. */
static void input_safety(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "input");
    assert_true(ui_state_pick_player(&fx->st, "Ivo"));
    assert_true(ui_state_open(&fx->st, SCEN_DIR "/tiny.lua", -1));
    core_session *s = app_play_session(fx->st.play);
    /* Typed before the choices were drawn: refused. */
    key_at(fx, SDLK_1, SDL_GetTicks() + 1000, false);
    assert_int_equal(core_session_n_steps(s), 0);
    assert_int_equal(fx->st.refused, 1);
    assert_string_equal(fx->st.refused_why, "unseen");
    ui_render(&fx->st);
    Uint32 v = (Uint32)fx->st.view_at;
    assert_true(v > 0);
    /* Stamped before the frame, or within the guard after it: refused. */
    key_at(fx, SDLK_1, v - 1, false);
    assert_string_equal(fx->st.refused_why, "unseen");
    key_at(fx, SDLK_1, v + UI_PICK_GUARD_MS - 1, false);
    assert_string_equal(fx->st.refused_why, "early");
    /* A held key's repeat never picks, however late. */
    key_at(fx, SDLK_1, v + 5000, true);
    assert_string_equal(fx->st.refused_why, "repeat");
    assert_int_equal(fx->st.refused, 4);
    assert_int_equal(core_session_n_steps(s), 0);
    /* Press on choice 1, release on choice 2: neither. */
    SDL_Point c1 = centre_of(fx, UI_ACT_CHOOSE, 1), c2 = centre_of(fx, UI_ACT_CHOOSE, 2);
    button(fx, SDL_MOUSEBUTTONDOWN, c1.x, c1.y, v + 400);
    assert_int_equal(core_session_n_steps(s), 0); /* a press alone picks nothing */
    button(fx, SDL_MOUSEBUTTONUP, c2.x, c2.y, v + 450);
    assert_int_equal(core_session_n_steps(s), 0);
    assert_string_equal(fx->st.refused_why, "moved");
    /* Press and release on choice 1, late enough: picked, the delay noted. */
    button(fx, SDL_MOUSEBUTTONDOWN, c1.x, c1.y, v + UI_PICK_GUARD_MS);
    button(fx, SDL_MOUSEBUTTONUP, c1.x, c1.y, v + UI_PICK_GUARD_MS + 80);
    assert_int_equal(core_session_n_steps(s), 1);
    assert_int_equal(fx->st.picked_after, UI_PICK_GUARD_MS);
    assert_true(fx->st.coach);
    /* The double-click on Continue: the first click closes the coach panel;
     * the second lands where a choice is now drawn, 100 ms after it. */
    ui_render(&fx->st);
    SDL_Point cont = centre_of(fx, UI_ACT_CONTINUE, 0);
    Uint32 t = (Uint32)fx->st.view_at + 600;
    button(fx, SDL_MOUSEBUTTONDOWN, cont.x, cont.y, t);
    button(fx, SDL_MOUSEBUTTONUP, cont.x, cont.y, t + 60);
    assert_false(fx->st.coach);
    ui_render(&fx->st);
    const ui_box *under = ui_frame_hit(&fx->cx.frame, cont.x, cont.y);
    assert_non_null(under); /* the test means something only with a choice there */
    assert_int_equal(under->action, UI_ACT_CHOOSE);
    Uint32 v2 = (Uint32)fx->st.view_at;
    button(fx, SDL_MOUSEBUTTONDOWN, cont.x, cont.y, v2 + 100);
    button(fx, SDL_MOUSEBUTTONUP, cont.x, cont.y, v2 + 160);
    assert_int_equal(core_session_n_steps(s), 1);
    assert_string_equal(fx->st.refused_why, "early");
    /* A press on a choice, then the view changes (the choices are set up
     * anew) before the release on the same number: nothing. */
    SDL_Point d1 = centre_of(fx, UI_ACT_CHOOSE, 1);
    button(fx, SDL_MOUSEBUTTONDOWN, d1.x, d1.y, v2 + 1000);
    ui_state_rewind(&fx->st);
    ui_render(&fx->st);
    SDL_Point e1 = centre_of(fx, UI_ACT_CHOOSE, 1);
    button(fx, SDL_MOUSEBUTTONUP, e1.x, e1.y, (Uint32)fx->st.view_at + 1000);
    assert_int_equal(core_session_n_steps(s), 0);
    assert_string_equal(fx->st.refused_why, "moved");
    /* Keys late enough pick; scripted calls obey no timing. */
    key_at(fx, SDLK_1, (Uint32)fx->st.view_at + UI_PICK_GUARD_MS, false);
    assert_int_equal(core_session_n_steps(s), 1);
    ui_state_act(&fx->st, UI_ACT_CONTINUE, 0);
    ui_state_act(&fx->st, UI_ACT_CHOOSE, 1);
    assert_int_equal(core_session_n_steps(s), 2);
    close_fixture(fx);
}

/* The presenter's pick is only a mark (Enter reveals it), but a click still
 * needs press and release on the same choice. */
static void present_pick_press_release(void **state)
{
    (void)state;
    ui_options o = {.present = true};
    fixture *fx = open_fixture_opts(1024, 720, "input-present", &o);
    assert_true(ui_state_open(&fx->st, SCEN_DIR "/tiny.lua", -1));
    ui_render(&fx->st);
    Uint32 v = (Uint32)fx->st.view_at;
    SDL_Point c1 = centre_of(fx, UI_ACT_PICK, 1), c3 = centre_of(fx, UI_ACT_PICK, 3);
    button(fx, SDL_MOUSEBUTTONDOWN, c1.x, c1.y, v + 500);
    button(fx, SDL_MOUSEBUTTONUP, c3.x, c3.y, v + 550);
    assert_int_equal(fx->st.present_pick, 0);
    button(fx, SDL_MOUSEBUTTONDOWN, c3.x, c3.y, v + 700);
    button(fx, SDL_MOUSEBUTTONUP, c3.x, c3.y, v + 750);
    assert_int_equal(fx->st.present_pick, 3);
    close_fixture(fx);
}

/* Outside a pack the debrief offers the recommended next scenario (never the
 * one just played), by click and by N. */
static void debrief_next(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "next");
    assert_true(ui_state_pick_player(&fx->st, "Nia"));
    play_tiny_to_end(fx);
    click(fx, UI_ACT_DEBRIEF, 0);
    assert_int_equal(fx->st.screen, UI_SCR_DEBRIEF);
    render_check(fx, "debrief-next");
    int rec = fx->st.recommend;
    assert_true(rec >= 0);
    assert_string_not_equal(fx->st.lib.v[rec].id, "uitest.tiny");
    assert_non_null(find_hit(fx, UI_ACT_OPEN, rec));
    key(fx, SDLK_n);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_string_equal(app_play_scenario(fx->st.play)->id, fx->st.lib.v[rec].id);
    close_fixture(fx);
}

/* F5 reloads the file and keeps the place; a broken file is refused. */
static void reload_keeps_place(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "reload");
    assert_true(ui_state_pick_player(&fx->st, "Rae"));
    char file[300];
    snprintf(file, sizeof file, "%s/copy.lua", fx->data);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "cp '%s/tiny.lua' '%s'", SCEN_DIR, file);
    assert_int_equal(system(cmd), 0);
    assert_true(ui_state_open(&fx->st, file, -1));
    click(fx, UI_ACT_CHOOSE, 1);
    click(fx, UI_ACT_CONTINUE, 0);
    key(fx, SDLK_F5);
    assert_int_equal(core_session_n_steps(app_play_session(fx->st.play)), 1);
    assert_string_equal(core_session_node(app_play_session(fx->st.play))->id, "offer");
    snprintf(cmd, sizeof cmd, "echo 'return { format = 1' > '%s'", file);
    assert_int_equal(system(cmd), 0);
    key(fx, SDLK_F5);
    assert_non_null(strstr(fx->st.status, "Reload refused"));
    render_check(fx, "reload-refused");
    close_fixture(fx);
}

/* Issue 20 in the window: after F5 the transcript keeps the words author
 * functions produced; "Reloaded" is news, not an error; a runtime error is
 * laid out to its last word; a file that will not open says where on screen
 * and on stderr, and F5 opens it once it is fixed. */
static const char *fn_scenario =
    "return { format = 1, id = 'uitest.fn', title = 'Functions', summary = 'x',\n"
    "  cast = { ana = { name = 'Ana Test', role = 'tester' } }, start = 'a',\n"
    "  nodes = {\n"
    "    a = { speaker = 'ana', text = function(s) return 'Words from a function.' end,\n"
    "          cue = function(s) return 'A cue from a function.' end,\n"
    "          choices = { { text = 'Go on.', to = 'b', feedback = 'Plain courtesy, no more.' } } "
    "},\n"
    "    b = { speaker = 'ana', text = function(s) error(string.rep('a long reason ', 40) "
    "..'LASTWORD', 0) end,\n"
    "          choices = { { text = 'End.', to = 'z', feedback = 'Plain courtesy, no more.' } } "
    "},\n"
    "    z = { ending = 'z', grade = 'good', text = 'Done.' },\n"
    "  } }\n";

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void reload_second_edition(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "reload2");
    assert_true(ui_state_pick_player(&fx->st, "Rue"));
    char file[300];
    snprintf(file, sizeof file, "%s/fn.lua", fx->data);
    write_file(file, fn_scenario);
    assert_true(ui_state_open(&fx->st, file, -1));
    click(fx, UI_ACT_CHOOSE, 1);
    key(fx, SDLK_F5);
    assert_int_equal(fx->st.n_steps, 1);
    assert_string_equal(fx->st.steps[0].line, "Words from a function.");
    assert_non_null(fx->st.steps[0].cue);
    assert_string_equal(fx->st.steps[0].cue, "A cue from a function.");
    assert_non_null(strstr(fx->st.status, "Reloaded"));
    SDL_Color c = ui_status_colour(&fx->st), bad = fx->cx.th.poor;
    assert_false(c.r == bad.r && c.g == bad.g && c.b == bad.b);
    /* The failed node shows no cue left over from the node before. */
    assert_int_equal(core_session_status(app_play_session(fx->st.play)), CORE_FAILED);
    assert_null(core_session_cue(app_play_session(fx->st.play)));
    render_check(fx, "reload-functions");
    /* The whole error is laid out: taller than three lines of bold text. */
    int line_h = ui_text_line_h(fx->cx.text, UI_F_BOLD), tallest = 0;
    for (int i = 0; i < fx->cx.frame.n; i++)
        if (fx->cx.frame.v[i].kind == UI_BOX_TEXT && fx->cx.frame.v[i].r.h > tallest)
            tallest = fx->cx.frame.v[i].r.h;
    assert_true(tallest > 3 * line_h);

    /* A broken file (a missing comma at the end of line 2): the place on
     * screen and every problem on stderr. */
    write_file(file, "return { format = 1,\n  id = 'uitest.fn'\n  title = 'x' }\n");
    ui_state_close_play(&fx->st);
    char err_path[320];
    snprintf(err_path, sizeof err_path, "%s/stderr.txt", fx->data);
    fflush(stderr);
    int saved = dup(2);
    FILE *ef = fopen(err_path, "w");
    assert_non_null(ef);
    dup2(fileno(ef), 2);
    bool opened = ui_state_open(&fx->st, file, -1);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fclose(ef);
    assert_false(opened);
    assert_non_null(strstr(fx->st.status, "fn.lua:2"));
    assert_non_null(strstr(fx->st.status, "F5"));
    char got[2000] = "";
    ef = fopen(err_path, "r");
    assert_non_null(ef);
    size_t n = fread(got, 1, sizeof got - 1, ef);
    got[n] = 0;
    fclose(ef);
    assert_non_null(strstr(got, "fn.lua:2: error"));
    key(fx, SDLK_F5); /* still broken: still refused, still saying so */
    assert_null(fx->st.play);
    write_file(file, fn_scenario);
    key(fx, SDLK_F5);
    assert_non_null(fx->st.play);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_string_equal(app_play_scenario(fx->st.play)->id, "uitest.fn");
    close_fixture(fx);
}

/* The clickable box with this action and argument, or NULL. */
static const ui_box *find_hit(fixture *fx, ui_action a, int arg)
{
    return sf_find_hit(fx, a, arg);
}

/* Every entry of the pack that can be played is a whole card whose centre
 * and corners open it. */
static void check_pack_cards(fixture *fx, const char *what)
{
    for (int i = 0; i < fx->st.pack->n_items; i++) {
        const ui_box *b = find_hit(fx, UI_ACT_PACK_OPEN, i);
        if (fx->st.pack_lib[i] < 0) {
            if (b) fail_msg("%s %s: entry %d cannot be played but is clickable", fx->tag, what, i);
            continue;
        }
        if (!b) continue; /* scrolled out of view */
        const ui_box *hit = ui_frame_hit(&fx->cx.frame, b->r.x + b->r.w / 2, b->r.y + b->r.h / 2);
        assert_int_equal(hit->action, UI_ACT_PACK_OPEN);
        assert_int_equal(hit->arg, i);
        hit = ui_frame_hit(&fx->cx.frame, b->r.x + 1, b->r.y + 1);
        assert_int_equal(hit->arg, i);
    }
}

#define PACK_FILE SCEN_DIR "/workshop.pack.lua"

/* A whole pack: only its scenarios, in order, each entry's mode and clock,
 * its prompts after the debrief, the next entry, progress recorded. */
static void pack_journey(int w, int h, const char *tag, double scale)
{
    ui_options o = {.pack = PACK_FILE, .player = "Pat"};
    fixture *fx = open_fixture_opts(w, h, tag, &o);
    fx->st.text_scale = scale;
    fx->st.text_speed = 0;
    ui_state_apply_settings(&fx->st, true);
    assert_non_null(fx->st.pack);
    assert_null(fx->st.pack_problems);
    assert_int_equal(fx->st.pack->n_items, 3);
    assert_int_equal(fx->st.screen, UI_SCR_PACK);
    render_check(fx, "pack");
    check_pack_cards(fx, "pack");
    /* The library's other entries are not offered: only three cards. */
    int cards = 0;
    for (int i = 0; i < fx->cx.frame.n; i++)
        cards +=
            fx->cx.frame.v[i].kind == UI_BOX_HIT && fx->cx.frame.v[i].action == UI_ACT_PACK_OPEN;
    assert_true(cards >= 1 && cards <= 3);
    assert_null(find_hit(fx, UI_ACT_OPEN, 0));
    /* The recommendation is the pack's next entry. */
    assert_int_equal(fx->st.recommend, app_library_find(&fx->st.lib, "uitest.tiny"));
    key(fx, SDLK_RETURN); /* focus starts on entry 1 */
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_int_equal(fx->st.pack_item, 0);
    assert_false(fx->st.play_assessed);
    char buf[64];
    ui_pack_where(&fx->st, buf, sizeof buf);
    assert_string_equal(buf, "1 of 3 · ");
    ui_pack_clock_text(&fx->st, buf, sizeof buf);
    assert_true(strcmp(buf, "2:00 left") == 0 || strcmp(buf, "1:59 left") == 0);
    /* Dirty after the key: the loop draws at once, without sleeping. */
    assert_int_equal(ui_state_wake_ms(&fx->st), 0);
    render_check(fx, "pack-convo");
    /* Idle with the clock showing: the loop wakes once a second, not 60 times. */
    int wake = ui_state_wake_ms(&fx->st);
    assert_true(wake >= 16 && wake <= 1001);
    check_choices(fx, "pack-convo");
    click(fx, UI_ACT_CHOOSE, 1);
    assert_true(fx->st.coach); /* practice: the coach speaks */
    key(fx, SDLK_RETURN);
    key(fx, SDLK_2);
    key(fx, SDLK_RETURN);
    key(fx, SDLK_1);
    key(fx, SDLK_RETURN);
    assert_true(fx->st.recorded);
    assert_true(fx->st.pack_done[0]);
    click(fx, UI_ACT_DEBRIEF, 0);
    render_check(fx, "pack-debrief");
    assert_non_null(find_hit(fx, UI_ACT_PROMPTS, 0));
    key(fx, SDLK_RETURN); /* "Discuss" has the focus */
    assert_int_equal(fx->st.screen, UI_SCR_PROMPTS);
    render_check(fx, "pack-prompts");
    assert_non_null(find_hit(fx, UI_ACT_NEXT, 0));
    key(fx, SDLK_RETURN); /* next: 2 of 3, assessed */
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_int_equal(fx->st.pack_item, 1);
    assert_true(fx->st.play_assessed);
    assert_false(fx->st.assessed); /* the player's own setting is untouched */
    ui_pack_clock_text(&fx->st, buf, sizeof buf);
    assert_string_equal(buf, ""); /* no limit */
    render_check(fx, "pack-assessed");
    check_choices(fx, "pack-assessed");
    click(fx, UI_ACT_CHOOSE, 9);
    assert_false(fx->st.coach); /* assessed: no coach */
    assert_true(fx->st.recorded);
    click(fx, UI_ACT_DEBRIEF, 0);
    /* No prompts for this entry: the first button goes straight on. */
    assert_null(find_hit(fx, UI_ACT_PROMPTS, 0));
    render_check(fx, "pack-debrief-2");
    click(fx, UI_ACT_NEXT, 0);
    assert_int_equal(fx->st.pack_item, 2);
    assert_true(fx->st.play_assessed);
    /* The clock runs out: shown, not enforced; the conversation goes on. */
    fx->st.pack_clock[2] -= 61000;
    ui_pack_clock_text(&fx->st, buf, sizeof buf);
    assert_string_equal(buf, "time is up");
    render_check(fx, "pack-time-up");
    check_choices(fx, "pack-time-up");
    assert_int_equal(ui_state_wake_ms(&fx->st), -1); /* nothing left to count */
    key(fx, SDLK_3);
    assert_int_equal(core_session_n_steps(app_play_session(fx->st.play)), 1);
    key(fx, SDLK_ESCAPE); /* leave it unfinished: back to the pack */
    assert_int_equal(fx->st.screen, UI_SCR_PACK);
    assert_true(fx->st.pack_done[0] && fx->st.pack_done[1] && !fx->st.pack_done[2]);
    render_check(fx, "pack-after");
    check_pack_cards(fx, "pack-after");
    /* Recorded as usual, with each entry's mode; the unfinished one is not. */
    st_progress pr;
    char msg[256];
    assert_int_equal(st_load(fx->st.player_file, "Pat", &pr, msg, sizeof msg), ST_OK);
    assert_int_equal(pr.n_records, 2);
    assert_string_equal(pr.records[0].scenario, "uitest.tiny");
    assert_string_equal(pr.records[0].mode, "practice");
    assert_string_equal(pr.records[1].scenario, "uitest.long");
    assert_string_equal(pr.records[1].mode, "assessed");
    assert_true(pr.settings.mode == NULL || strcmp(pr.settings.mode, "practice") == 0);
    st_progress_free(&pr);
    /* Another player starts the pack from the top. */
    key(fx, SDLK_ESCAPE);
    assert_int_equal(fx->st.screen, UI_SCR_PLAYER);
    text_input(fx, "Quinn");
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_PACK);
    assert_false(fx->st.pack_done[0]);
    assert_int_equal(fx->st.focus[UI_SCR_PACK], 0);
    close_fixture(fx);
}

static void pack_small(void **state)
{
    (void)state;
    pack_journey(800, 600, "pack-800x600", 1.0);
}

static void pack_large(void **state)
{
    (void)state;
    pack_journey(1600, 1000, "pack-1600x1000", 1.0);
}

static void pack_small_big_text(void **state)
{
    (void)state;
    pack_journey(800, 600, "pack-800x600-big", 1.5);
}

/* A pack naming an unknown scenario: that entry is listed with the reason
 * and a "did you mean", and cannot be opened; the rest play. A pack that
 * does not load shows its problems and offers the library instead. */
static void pack_problems(void **state)
{
    (void)state;
    char file[300], cmd[700];
    ui_options o = {.player = "Pia"};
    fixture *fx = open_fixture_opts(800, 600, "pack-problems", &o);
    snprintf(file, sizeof file, "%s/typo.pack.lua", fx->data);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fputs("return { format = 1, kind = 'pack', id = 'p', title = 'Typo pack',\n"
          "  scenarios = { 'uitest.tiny', 'uitest.tinyy' } }\n",
          f);
    fclose(f);
    ui_state_free(&fx->st);
    o.pack = file;
    o.data_dir = fx->data;
    o.library_dir = SCEN_DIR;
    assert_true(ui_state_init(&fx->st, &fx->cx, &o));
    assert_non_null(fx->st.pack);
    assert_int_equal(fx->st.pack_lib[1], -1);
    assert_non_null(fx->st.pack_why[1]);
    assert_non_null(strstr(fx->st.pack_why[1], "did you mean 'uitest.tiny'"));
    render_check(fx, "pack-typo");
    check_pack_cards(fx, "pack-typo");
    key(fx, SDLK_2); /* the unknown entry: nothing happens */
    assert_int_equal(fx->st.screen, UI_SCR_PACK);
    key(fx, SDLK_1);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    /* A pack with a syntax error. */
    snprintf(cmd, sizeof cmd, "echo 'return { format = 1, kind = ' > '%s'", file);
    assert_int_equal(system(cmd), 0);
    ui_state_free(&fx->st);
    assert_true(ui_state_init(&fx->st, &fx->cx, &o));
    assert_null(fx->st.pack);
    assert_non_null(fx->st.pack_problems);
    assert_int_equal(fx->st.screen, UI_SCR_PACK);
    render_check(fx, "pack-broken");
    assert_non_null(find_hit(fx, UI_ACT_LIBRARY, 0));
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    assert_null(fx->st.pack_problems);
    render_check(fx, "pack-broken-library");
    close_fixture(fx);
}

/* The presenter view on the test pack, without a player: the discussion
 * beat, the room's choice (changed once), the reveal with every other
 * answer's score, a timed node let pass, the ending; nothing recorded. */
static void present_journey(int w, int h, const char *tag)
{
    ui_options o = {.pack = PACK_FILE, .present = true};
    fixture *fx = open_fixture_opts(w, h, tag, &o);
    assert_true(fx->st.present);
    assert_null(fx->st.player);
    assert_int_equal(fx->st.screen, UI_SCR_PACK); /* no player screen */
    /* Large text: 1.5 times, 1.25 in a window under 720 px high. */
    assert_int_equal(ui_text_size(fx->cx.text), ui_body_px(&fx->cx, h >= 720 ? 1.5 : 1.25));
    render_check(fx, "present-pack");
    check_pack_cards(fx, "present-pack");
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_true(fx->st.revealed); /* whole lines, no typewriter */
    assert_false(ui_state_animating(&fx->st));
    render_check(fx, "present-discuss");
    check_choices(fx, "present-discuss");
    assert_null(find_hit(fx, UI_ACT_REVEAL, 0)); /* nothing to reveal yet */
    key(fx, SDLK_3);
    assert_int_equal(fx->st.present_pick, 3);
    assert_int_equal(core_session_n_steps(app_play_session(fx->st.play)), 0); /* only marked */
    key(fx, SDLK_1); /* the room changes its mind */
    assert_int_equal(fx->st.present_pick, 1);
    render_check(fx, "present-picked");
    assert_non_null(find_hit(fx, UI_ACT_REVEAL, 0));
    key(fx, SDLK_RETURN);
    assert_true(fx->st.coach);
    const core_step *cs = core_session_step(app_play_session(fx->st.play), 0);
    assert_int_equal(cs->choice, 0);
    /* What every answer would have earned, for the reveal. */
    assert_int_equal(fx->st.steps[0].n_alt, 3);
    assert_true(fx->st.steps[0].alt_eff[1][0] == -1); /* the slides: listening -1 */
    render_check(fx, "present-reveal");
    click(fx, UI_ACT_CONTINUE, 0);
    /* A timed node: no clock runs in the room; T lets the moment pass. */
    assert_true(core_session_node(app_play_session(fx->st.play))->timeout > 0);
    assert_true(ui_state_time_left(&fx->st) < 0);
    assert_true(ui_state_wake_ms(&fx->st) != 16); /* only the pack clock, once a second */
    render_check(fx, "present-timed");
    check_choices(fx, "present-timed");
    assert_non_null(find_hit(fx, UI_ACT_TIMEOUT, 0));
    key(fx, SDLK_t);
    assert_true(fx->st.coach);
    assert_int_equal(core_session_step(app_play_session(fx->st.play), 1)->choice, CORE_NONE);
    render_check(fx, "present-let-pass");
    key(fx, SDLK_RETURN);
    assert_string_equal(core_session_node(app_play_session(fx->st.play))->id, "lee_arrives");
    render_check(fx, "present-no-discuss"); /* the room's scores so far show here */
    click(fx, UI_ACT_PICK, 1);
    click(fx, UI_ACT_REVEAL, 0);
    key(fx, SDLK_RETURN);
    assert_int_equal(core_session_status(app_play_session(fx->st.play)), CORE_ENDED);
    render_check(fx, "present-ending");
    assert_non_null(find_hit(fx, UI_ACT_DEBRIEF, 0));
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_DEBRIEF);
    render_check(fx, "present-debrief");
    key(fx, SDLK_RETURN); /* Discuss: the pack's prompts */
    assert_int_equal(fx->st.screen, UI_SCR_PROMPTS);
    render_check(fx, "present-prompts");
    assert_int_equal(fx->st.n_players, 0); /* nothing recorded without a player */
    close_fixture(fx);
}

static void present_small(void **state)
{
    (void)state;
    present_journey(800, 600, "present-800x600");
}

static void present_large(void **state)
{
    (void)state;
    present_journey(1600, 1000, "present-1600x1000");
}

/* F3 in a learner's conversation: the same session, large, and back. Long
 * texts in the presenter view: choices shortened, still whole and clickable. */
static void present_toggle_and_long(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "present-toggle");
    assert_true(ui_state_pick_player(&fx->st, "Ola"));
    int small = ui_text_size(fx->cx.text);
    click(fx, UI_ACT_OPEN, find_entry(fx, "uitest.tiny"));
    click(fx, UI_ACT_CHOOSE, 1);
    key(fx, SDLK_F3);
    assert_true(fx->st.present);
    assert_true(ui_text_size(fx->cx.text) > small);
    render_check(fx, "present-from-coach"); /* the coach panel becomes the reveal */
    key(fx, SDLK_RETURN);
    key(fx, SDLK_2);
    key(fx, SDLK_RETURN);
    assert_int_equal(core_session_n_steps(app_play_session(fx->st.play)), 2);
    key(fx, SDLK_F3);
    assert_false(fx->st.present);
    assert_int_equal(ui_text_size(fx->cx.text), small);
    render_check(fx, "learner-again");
    key(fx, SDLK_ESCAPE);
    key(fx, SDLK_F3); /* from the library: the next scenario opens in the presenter view */
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    click(fx, UI_ACT_OPEN, find_entry(fx, "uitest.long"));
    assert_true(fx->st.present);
    render_check(fx, "present-long");
    check_choices(fx, "present-long");
    click(fx, UI_ACT_PICK, 9);
    click(fx, UI_ACT_REVEAL, 0);
    render_check(fx, "present-long-reveal");
    for (int i = 0; i < 10; i++)
        key(fx, SDLK_PAGEDOWN);
    render_check(fx, "present-long-reveal-end");
    close_fixture(fx);
}

/* ---- learning records for an LRS (ui_lrs.c) ---- */

/* A loopback socket that listens and never answers: connections are taken by
 * the kernel, requests sent, and no reply ever comes. Returns the fd; *port
 * gets its port. Without keep_listening the socket is closed again, so the
 * port refuses connections (an LRS that is down). */
static int loopback_port(int *port, bool keep_listening)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
    socklen_t len = sizeof a;
    assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
    *port = ntohs(a.sin_port);
    if (keep_listening) {
        assert_int_equal(listen(fd, 8), 0);
        return fd;
    }
    close(fd);
    return -1;
}

/* Writes $dir/rapport/lrs.json (0600) for an LRS at 127.0.0.1:port and points
 * XDG_CONFIG_HOME at dir. */
static void configure_lrs(char *dir, size_t n, int port)
{
    snprintf(dir, n, "/tmp/rapport-ui-lrs-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[400];
    snprintf(path, sizeof path, "%s/rapport", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/rapport/lrs.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f,
            "{\"endpoint\": \"http://127.0.0.1:%d/xAPI/\", \"username\": \"k\", "
            "\"password\": \"p\", \"timeout_seconds\": 60}\n",
            port);
    fclose(f);
    assert_int_equal(chmod(path, 0600), 0);
    setenv("XDG_CONFIG_HOME", dir, 1);
}

static void unconfigure_lrs(const char *dir)
{
    setenv("XDG_CONFIG_HOME", "/nonexistent/rapport-ui-test-config", 1);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

/* Plays the open session to its ending with the first choice at each step. */
static void play_to_end(fixture *fx)
{
    for (int i = 0; i < 20 && !fx->st.recorded; i++)
        ui_state_act(&fx->st, fx->st.coach ? UI_ACT_CONTINUE : UI_ACT_CHOOSE, 1);
    assert_true(fx->st.recorded);
    if (fx->st.coach) ui_state_act(&fx->st, UI_ACT_CONTINUE, 0); /* the ending's coach panel */
    fx->st.revealed = true;
}

static void play_tiny_to_end(fixture *fx)
{
    click(fx, UI_ACT_OPEN, find_entry(fx, "uitest.tiny"));
    play_to_end(fx);
}

#define VOICES RAPPORT_SOURCE_DIR "/tests/ui/second/voices.lua"

/* Choice order (design.md): a learner's every session is shuffled from a
 * fresh seed, a retry too; --seed fixes it; the presenter keeps one seed for
 * the window; a node with order = "fixed" keeps the author's order; a click
 * on the Nth card picks the Nth choice shown. */
static void choice_order(void **state)
{
    (void)state;
    unsigned long seed = 0, again = 0;
    /* A learner: shuffled, and a new seed on Retry. */
    fixture *fx = open_fixture(800, 600, "order");
    fx->st.opt.author_order = false; /* the fixture's default, for this test only */
    assert_true(ui_state_pick_player(&fx->st, "Oda"));
    assert_true(ui_state_open(&fx->st, VOICES, -1));
    assert_true(app_play_seed(fx->st.play, &seed));
    ui_state_restart(&fx->st);
    assert_true(app_play_seed(fx->st.play, &again));
    assert_true(seed != again); /* two draws of 32 random bits */
    close_fixture(fx);
    /* --seed: every session the same; the Nth card is the Nth shown. */
    ui_options o = {.has_seed = true, .seed = 12345};
    fx = open_fixture_opts(800, 600, "order-seed", &o);
    assert_true(ui_state_pick_player(&fx->st, "Oda"));
    assert_true(ui_state_open(&fx->st, VOICES, -1));
    assert_true(app_play_seed(fx->st.play, &seed));
    assert_true(seed == 12345);
    core_session *s = app_play_session(fx->st.play);
    int second = core_session_visible(s, 1);
    render_check(fx, "order-seeded");
    check_choices(fx, "order-seeded");
    click(fx, UI_ACT_CHOOSE, 2);
    assert_int_equal(core_session_step(s, 0)->choice, second);
    assert_int_equal(core_session_step(s, 0)->shown, 2);
    /* order = "fixed": the author's order, whatever the seed. */
    click(fx, UI_ACT_CONTINUE, 0);
    for (int i = 0; i < 3; i++)
        assert_int_equal(core_session_visible(s, i), i);
    ui_state_restart(&fx->st);
    assert_true(app_play_seed(fx->st.play, &again));
    assert_true(again == 12345);
    close_fixture(fx);
    /* The presenter: one seed for every session in the window. */
    ui_options pr = {.present = true, .has_seed = false};
    fx = open_fixture_opts(1024, 720, "order-present", &pr);
    fx->st.opt.author_order = false;
    assert_true(ui_state_open(&fx->st, VOICES, -1));
    assert_true(app_play_seed(fx->st.play, &seed));
    ui_state_restart(&fx->st);
    assert_true(app_play_seed(fx->st.play, &again));
    assert_true(seed == again && seed == fx->st.room_seed);
    assert_true(ui_state_open(&fx->st, SCEN_DIR "/tiny.lua", -1));
    assert_true(app_play_seed(fx->st.play, &again));
    assert_true(again == seed);
    close_fixture(fx);
}

/* The second edition in the window: the reply comes before the next line
 * (and stays in the transcript), a timed moment let pass gets its own coach
 * line and score, and the debrief replays their side and leads with accuracy. */
static void second_edition(void **state)
{
    (void)state;
    for (int size = 0; size < 2; size++) {
        fixture *fx = size ? open_fixture(1600, 1000, "second-large")
                           : open_fixture(800, 600, "second-small");
        assert_true(ui_state_pick_player(&fx->st, "Sol"));
        assert_true(ui_state_open(&fx->st, VOICES, -1));
        render_check(fx, "second-1");
        click(fx, UI_ACT_CHOOSE, 2); /* "Only a minute. Go." */
        render_check(fx, "second-coach");
        click(fx, UI_ACT_CONTINUE, 0);
        assert_non_null(fx->st.cur_reply);
        assert_string_equal(fx->st.cur_reply, "Right. I will be quick, then.");
        render_check(fx, "second-reply");
        check_choices(fx, "second-reply");
        /* Let the moment pass: the node's own score and coach line. */
        fx->st.revealed = true;
        ui_state_tick(&fx->st); /* the line is out: the clock starts */
        fx->st.clock_at -= 21000;
        ui_state_tick(&fx->st);
        core_session *s = app_play_session(fx->st.play);
        const core_step *last = core_session_step(s, 1);
        assert_non_null(last);
        assert_int_equal(last->choice, CORE_NONE);
        assert_true(last->score[0] == -1); /* listening, from timeout_score */
        assert_true(fx->st.coach);
        render_check(fx, "second-timeout");
        click(fx, UI_ACT_CONTINUE, 0);
        fx->st.revealed = true;
        assert_int_equal(core_session_status(s), CORE_ENDED);
        /* The reply stays in the transcript, before the line it answered. */
        assert_int_equal(fx->st.n_steps, 2);
        assert_string_equal(fx->st.steps[1].reply, "Right. I will be quick, then.");
        render_check(fx, "second-ending");
        click(fx, UI_ACT_DEBRIEF, 0);
        render_check(fx, "second-debrief");
        for (int i = 0; i < 20; i++)
            key(fx, SDLK_PAGEDOWN);
        render_check(fx, "second-debrief-end");
        /* The presenter shows the reply too, above the next line. */
        ui_state_act(&fx->st, UI_ACT_RETRY, 0);
        ui_state_set_present(&fx->st, true);
        ui_state_act(&fx->st, UI_ACT_PICK, 1);
        ui_state_act(&fx->st, UI_ACT_REVEAL, 0);
        ui_state_act(&fx->st, UI_ACT_CONTINUE, 0);
        assert_string_equal(fx->st.cur_reply, "Thank you. It is for a data analyst.");
        render_check(fx, "second-present-reply");
        ui_state_set_present(&fx->st, false);
        /* Recorded: accuracy saved for the skills a step tested. */
        assert_int_equal(fx->st.progress.n_records, 1);
        const st_record *r = &fx->st.progress.records[0];
        assert_int_equal(r->attempt, 1);
        assert_true(r->has_seed == false); /* the fixture keeps the author's order */
        for (int k = 0; k < r->n_skills; k++)
            if (strcmp(r->skills[k].name, "empathy") == 0) {
                assert_true(r->skills[k].has_accuracy);
                assert_true(r->skills[k].accuracy == 0);
            }
        close_fixture(fx);
    }
}

/* The progress screen: accuracy per session, each point's scenario, assessed
 * sessions marked, one scenario's attempts, drills left out. */
static void progress_attempts(void **state)
{
    (void)state;
    for (int size = 0; size < 2; size++) {
        fixture *fx = size ? open_fixture(1600, 1000, "progress-large")
                           : open_fixture(800, 600, "progress-small");
        assert_true(ui_state_pick_player(&fx->st, "Pia"));
        for (int i = 0; i < 3; i++) { /* three attempts, the second assessed */
            fx->st.assessed = i == 1;
            assert_true(ui_state_open(&fx->st, VOICES, -1));
            play_to_end(fx);
        }
        fx->st.assessed = false;
        ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_LIBRARY);
        play_tiny_to_end(fx);
        /* A drill: recorded as one, never charted. */
        core_diags d = {0};
        app_play *drill = app_play_open(VOICES, &d);
        core_diags_free(&d);
        assert_non_null(drill);
        char msg[256];
        assert_int_equal(app_play_apply(drill, "1,1", msg, sizeof msg), 0);
        app_record_req q = {.progress_file = fx->st.player_file,
                            .player = "Pia",
                            .mode = "practice",
                            .kind = "drill"};
        app_record_result res;
        app_record_session(drill, &q, &res);
        app_play_close(drill);
        assert_int_equal(res.status, APP_REC_SAVED);
        ui_state_close_play(&fx->st);
        assert_true(ui_state_pick_player(&fx->st, "Pia")); /* reads the file again */
        assert_int_equal(fx->st.progress.n_records, 5);
        assert_int_equal(fx->st.progress.records[2].attempt, 3);
        ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_PROGRESS);
        render_check(fx, "progress-all");
        /* "All sessions", then the two scenarios in the order first played. */
        assert_non_null(find_hit(fx, UI_ACT_FOCUS, 0));
        assert_non_null(find_hit(fx, UI_ACT_FOCUS, 2));
        assert_null(find_hit(fx, UI_ACT_FOCUS, 3));
        click(fx, UI_ACT_FOCUS, 1);
        assert_int_equal(fx->st.focus[UI_SCR_PROGRESS], 1);
        render_check(fx, "progress-attempts");
        key(fx, SDLK_RIGHT);
        render_check(fx, "progress-tiny");
        key(fx, SDLK_RIGHT); /* past the last: all again */
        render_check(fx, "progress-wrap");
        assert_int_equal(fx->st.focus[UI_SCR_PROGRESS], 0);
        close_fixture(fx);
    }
}

/* Lets the worker finish, feeding its event to the window as the loop does. */
static void wait_sync(fixture *fx)
{
    Uint64 t0 = SDL_GetTicks64();
    while (ui_lrs_busy(&fx->st) && SDL_GetTicks64() - t0 < 20000) {
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, 20)) ui_handle_event(&fx->st, &e);
    }
    assert_false(ui_lrs_busy(&fx->st));
}

static void queue_info(fixture *fx, lrs_queue_info *qi)
{
    char *q = lrs_queue_path(fx->st.player_file);
    char msg[300];
    assert_non_null(q);
    assert_int_equal(lrs_queue_read_info(q, qi, msg, sizeof msg), LRS_OK);
    free(q);
}

/* The LRS is down: the session is recorded, its statements queued, the sync
 * runs on the worker thread, and its result shows as one line beside the
 * debrief's buttons and at the foot of the library. A long note (an LRS's
 * reason) stays one line, with an ellipsis, on its own line above the buttons
 * when they leave no room. */
static void lrs_note_when_unreachable(void **state)
{
    (void)state;
    int port;
    loopback_port(&port, false);
    char conf[64];
    configure_lrs(conf, sizeof conf, port);
    for (int size = 0; size < 2; size++) {
        fixture *fx =
            size ? open_fixture(1600, 1000, "lrs-large") : open_fixture(800, 600, "lrs-small");
        assert_true(ui_state_pick_player(&fx->st, "Ola"));
        play_tiny_to_end(fx);
        assert_true(ui_lrs_busy(&fx->st) || fx->st.lrs_note[0]);
        wait_sync(fx);
        assert_string_equal(fx->st.lrs_note,
                            "LRS unreachable; 3 learning records kept and will be sent later.");
        assert_true(fx->st.lrs_problem);
        lrs_queue_info qi;
        queue_info(fx, &qi);
        assert_int_equal(qi.pending, 3);
        assert_int_equal(qi.failures, 1);
        click(fx, UI_ACT_DEBRIEF, 0);
        render_check(fx, "lrs-debrief-unreachable");
        key(fx, SDLK_ESCAPE);
        assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
        render_check(fx, "lrs-library-unreachable");
        /* A long note, larger text: still one line, nothing overlaps. */
        snprintf(fx->st.lrs_note, sizeof fx->st.lrs_note,
                 "Sent 2 learning records; your LRS rejected 1 (kept for your administrator): "
                 "HTTP 400: Problem in 'statements.0.verb.id': expected an IRI, "
                 "received a string that does not look like one at all");
        fx->st.text_scale = size ? 2.0 : 1.5; /* as the journeys with big text */
        ui_state_apply_settings(&fx->st, false);
        render_check(fx, "lrs-library-long");
        play_tiny_to_end(fx); /* the backoff holds: kept, next try later */
        wait_sync(fx);
        assert_non_null(strstr(fx->st.lrs_note, "6 learning records kept, next try after"));
        snprintf(fx->st.lrs_note, sizeof fx->st.lrs_note,
                 "Sent 2 learning records; your LRS rejected 1 (kept for your administrator): "
                 "HTTP 400: Problem in 'statements.0.verb.id': expected an IRI, "
                 "received a string that does not look like one at all");
        click(fx, UI_ACT_DEBRIEF, 0);
        render_check(fx, "lrs-debrief-long");
        /* The note: one line of small text between the scroll view's end
         * and the buttons. */
        const ui_box *retry = find_hit(fx, UI_ACT_RETRY, 0);
        assert_non_null(retry);
        int one = 0, small = ui_text_line_h(fx->cx.text, UI_F_SMALL), p = ui_pad(&fx->cx);
        for (int i = 0; i < fx->cx.frame.n; i++) {
            const ui_box *b = &fx->cx.frame.v[i];
            if (b->kind == UI_BOX_TEXT && b->r.y >= retry->r.y - small - p &&
                b->r.y + b->r.h <= retry->r.y) {
                assert_int_equal(b->r.h, small);
                one++;
            }
        }
        assert_int_equal(one, 1);
        close_fixture(fx);
    }
    unconfigure_lrs(conf);
}

/* The window's request to a silent LRS listening on fd: waits for its
 * connection and reads the request's head (at most 60 s each: a guard
 * against a hang, not a measure). Returns the connection; caller closes it. */
static int take_request(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    if (poll(&p, 1, 60000) != 1) fail_msg("no request reached the LRS");
    int c = accept(fd, NULL, NULL);
    assert_true(c >= 0);
    char head[8192];
    size_t n = 0;
    head[0] = '\0';
    while (!strstr(head, "\r\n\r\n")) {
        struct pollfd q = {.fd = c, .events = POLLIN};
        ssize_t k = -1;
        if (n < sizeof head - 1 && poll(&q, 1, 60000) == 1)
            k = recv(c, head + n, sizeof head - 1 - n, 0);
        if (k <= 0) fail_msg("the request to the LRS ended before its head (%zu bytes)", n);
        n += (size_t)k;
        head[n] = '\0';
    }
    return c;
}

/* An LRS that takes the request and never answers: the window goes on (the
 * sync is on its thread), and closing it stops the sync at once, with every
 * statement still pending and no failure counted. */
static void lrs_quit_during_sync(void **state)
{
    (void)state;
    int port;
    int fd = loopback_port(&port, true);
    char conf[64];
    configure_lrs(conf, sizeof conf, port);
    fixture *fx = open_fixture(800, 600, "lrs-hang");
    assert_true(ui_state_pick_player(&fx->st, "Hal"));
    play_tiny_to_end(fx);
    assert_true(ui_lrs_busy(&fx->st));
    assert_string_equal(fx->st.lrs_note, "Sending learning records to your LRS…");
    click(fx, UI_ACT_DEBRIEF, 0);
    render_check(fx, "lrs-debrief-sending");
    int conn = take_request(fd); /* the request is out, waiting for an answer */
    key(fx, SDLK_p);
    assert_int_equal(fx->st.screen, UI_SCR_PROGRESS);
    assert_true(ui_lrs_busy(&fx->st));
    Uint64 t0 = SDL_GetTicks64();
    ui_lrs_stop(&fx->st);
    Uint64 took = SDL_GetTicks64() - t0;
    assert_false(ui_lrs_busy(&fx->st));
    /* Not left to the request's timeout (60 s, configure_lrs): half of it
     * would mean the stop waited for it, however loaded the machine. */
    if (took >= 30000) fail_msg("stopping the sync took %llu ms", (unsigned long long)took);
    print_message("stopping a sync in flight took %llu ms\n", (unsigned long long)took);
    lrs_queue_info qi;
    queue_info(fx, &qi);
    assert_int_equal(qi.pending, 3);
    assert_int_equal(qi.failures, 0);
    ui_lrs_stop(&fx->st); /* twice is fine */
    close_fixture(fx);
    close(conn);
    close(fd);
    unconfigure_lrs(conf);
}

/* A pack session's statements carry the pack's id; the pack screen shows the
 * note at its foot. */
static void lrs_pack_session(void **state)
{
    (void)state;
    int port;
    loopback_port(&port, false);
    char conf[64];
    configure_lrs(conf, sizeof conf, port);
    ui_options o = {.pack = PACK_FILE, .player = "Pia"};
    fixture *fx = open_fixture_opts(800, 600, "lrs-pack", &o);
    assert_non_null(fx->st.pack);
    assert_true(ui_pack_open(&fx->st, 0));
    play_to_end(fx);
    wait_sync(fx);
    assert_non_null(strstr(fx->st.lrs_note, "3 learning records kept"));
    char *q = lrs_queue_path(fx->st.player_file);
    assert_non_null(q);
    FILE *f = fopen(q, "r");
    assert_non_null(f);
    static char text[200000];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    free(q);
    int with_pack = 0;
    for (const char *p = text; (p = strstr(p, "\"" LRS_EXT "pack\":\"uitest.workshop\"")); p++)
        with_pack++;
    assert_int_equal(with_pack, 3);
    key(fx, SDLK_ESCAPE); /* debrief -> pack screen */
    ui_state_act(&fx->st, UI_ACT_GO, UI_SCR_PACK);
    assert_int_equal(fx->st.screen, UI_SCR_PACK);
    render_check(fx, "lrs-pack-screen");
    close_fixture(fx);
    unconfigure_lrs(conf);
}

/* A configuration other users can read is refused: the session is saved, no
 * statement is queued, and the note says why (and how to fix it). */
static void lrs_config_refused(void **state)
{
    (void)state;
    int port;
    loopback_port(&port, false);
    char conf[64], path[128];
    configure_lrs(conf, sizeof conf, port);
    snprintf(path, sizeof path, "%s/rapport/lrs.json", conf);
    assert_int_equal(chmod(path, 0644), 0);
    fixture *fx = open_fixture(800, 600, "lrs-refused");
    assert_true(ui_state_pick_player(&fx->st, "Rue"));
    play_tiny_to_end(fx);
    assert_false(ui_lrs_busy(&fx->st));
    assert_true(fx->st.lrs_problem);
    assert_non_null(
        strstr(fx->st.lrs_note, "Learning records not queued (your progress is saved): "));
    assert_non_null(strstr(fx->st.lrs_note, "chmod 600"));
    char *q = lrs_queue_path(fx->st.player_file);
    assert_non_null(q);
    assert_int_not_equal(access(q, F_OK), 0);
    free(q);
    assert_int_equal(fx->st.progress.n_records, 1);
    click(fx, UI_ACT_DEBRIEF, 0);
    render_check(fx, "lrs-debrief-refused");
    close_fixture(fx);
    unconfigure_lrs(conf);
}

/* The top bar's buttons stay inside the window when their labels are too
 * long for it: they drop their key hints ("Learner view (F3)" becomes
 * "Learner view"), and keep them when they fit. French at 150% on 800x600
 * once pushed the presenter's first button off the left edge. */
static void top_bar_fits(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "topbar");
    ui_bar_button bb[] = {{"Vue apprenant très longue (F3)", UI_ACT_PRESENT, 0},
                          {"Bibliothèque des scénarios (Échap)", UI_ACT_BACK, 0}};
    int p = ui_pad(&fx->cx), full = p, cut = p;
    for (int i = 0; i < 2; i++) {
        full += ui_text_layout(fx->cx.text, UI_F_BOLD, bb[i].label, 0, 1)->w + 2 * p + p / 2;
        char s[64];
        snprintf(s, sizeof s, "%.*s", (int)(strrchr(bb[i].label, '(') - bb[i].label - 1),
                 bb[i].label);
        cut += ui_text_layout(fx->cx.text, UI_F_BOLD, s, 0, 1)->w + 2 * p + p / 2;
    }
    int narrow = (full + cut) / 2; /* the hints do not fit; without them, both do */
    assert_true(cut < narrow - p && narrow < full);
    for (int wide = 0; wide < 2; wide++) {
        fx->cx.w = wide ? 2000 : narrow;
        ui_frame_clear(&fx->cx.frame);
        ui_top_bar(&fx->st, "Title", bb, 2);
        int w = 0;
        for (int i = 0; i < 2; i++) {
            const ui_box *b = find_hit(fx, bb[i].action, 0);
            assert_non_null(b);
            /* Boxes are clipped to the window: one that ran off the left
             * edge would start at 0, flush with it. */
            assert_true(b->r.x >= p && b->r.x + b->r.w <= fx->cx.w);
            w += b->r.w + p / 2;
        }
        /* With room the hints stay; without, they go. */
        assert_int_equal(p + w, wide ? full : cut);
    }
    fx->cx.w = 800;
    close_fixture(fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small_light),
        cmocka_unit_test(large_dark),
        cmocka_unit_test(small_contrast_big_text),
        cmocka_unit_test(debrief_next),
        cmocka_unit_test(large_big_text),
        cmocka_unit_test(long_texts),
        cmocka_unit_test(mouse_only),
        cmocka_unit_test(countdown_times_out),
        cmocka_unit_test(reload_keeps_place),
        cmocka_unit_test(reload_second_edition),
        cmocka_unit_test(input_safety),
        cmocka_unit_test(present_pick_press_release),
        cmocka_unit_test(choice_order),
        cmocka_unit_test(second_edition),
        cmocka_unit_test(progress_attempts),
        cmocka_unit_test(pack_small),
        cmocka_unit_test(pack_large),
        cmocka_unit_test(pack_small_big_text),
        cmocka_unit_test(pack_problems),
        cmocka_unit_test(present_small),
        cmocka_unit_test(present_large),
        cmocka_unit_test(present_toggle_and_long),
        cmocka_unit_test(lrs_note_when_unreachable),
        cmocka_unit_test(lrs_quit_during_sync),
        cmocka_unit_test(lrs_pack_session),
        cmocka_unit_test(lrs_config_refused),
        cmocka_unit_test(top_bar_fits),
    };
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
