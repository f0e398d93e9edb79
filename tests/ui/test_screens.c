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

#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCEN_DIR RAPPORT_SOURCE_DIR "/tests/ui/scenarios"

typedef struct fixture {
    SDL_Window *win;
    SDL_Renderer *ren;
    ui_ctx cx;
    ui_state st;
    char data[256];
    int w, h;
    char tag[32];
} fixture;

static const char *screen_name[] = {"player",  "library",  "convo",
                                    "debrief", "progress", "settings"};

static void shot(fixture *fx, const char *what)
{
    mkdir("shots", 0755);
    SDL_Surface *s =
        SDL_CreateRGBSurfaceWithFormat(0, fx->cx.w, fx->cx.h, 24, SDL_PIXELFORMAT_RGB24);
    if (!s) return;
    if (SDL_RenderReadPixels(fx->ren, NULL, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch) == 0) {
        char path[256];
        snprintf(path, sizeof path, "shots/%s-%s.bmp", fx->tag, what);
        SDL_SaveBMP(s, path);
    }
    SDL_FreeSurface(s);
}

static bool overlap(SDL_Rect a, SDL_Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* Renders until stable and checks what was laid out. */
static void render_check(fixture *fx, const char *what)
{
    for (int i = 0; i < 4; i++) { /* a frame may ask for another (scroll clamped) */
        fx->st.revealed = true;   /* screenshots show whole lines */
        ui_render(&fx->st);
        if (!fx->st.dirty) break;
    }
    ui_frame *f = &fx->cx.frame;
    int texts = 0;
    for (int i = 0; i < f->n; i++) {
        SDL_Rect r = f->v[i].r;
        if (r.x < 0 || r.y < 0 || r.x + r.w > fx->cx.w || r.y + r.h > fx->cx.h)
            fail_msg("%s %s: box %d (%d,%d %dx%d) leaves the %dx%d window", fx->tag, what, i, r.x,
                     r.y, r.w, r.h, fx->cx.w, fx->cx.h);
        if (f->v[i].kind != UI_BOX_TEXT) continue;
        texts++;
        for (int j = i + 1; j < f->n; j++) {
            if (f->v[j].kind != UI_BOX_TEXT) continue;
            if (overlap(r, f->v[j].r))
                fail_msg("%s %s: text boxes %d (%d,%d %dx%d) and %d (%d,%d %dx%d) overlap", fx->tag,
                         what, i, r.x, r.y, r.w, r.h, j, f->v[j].r.x, f->v[j].r.y, f->v[j].r.w,
                         f->v[j].r.h);
        }
    }
    assert_true(texts > 0);
    shot(fx, what);
}

/* Every visible choice has a whole, clickable box that maps back to it. */
static void check_choices(fixture *fx, const char *what)
{
    core_session *s = app_play_session(fx->st.play);
    int n = core_session_n_visible(s);
    int min_h = ui_text_line_h(fx->cx.text, UI_F_BODY);
    for (int c = 1; c <= n; c++) {
        const ui_box *b = NULL;
        for (int i = 0; i < fx->cx.frame.n; i++)
            if (fx->cx.frame.v[i].kind == UI_BOX_HIT && fx->cx.frame.v[i].action == UI_ACT_CHOOSE &&
                fx->cx.frame.v[i].arg == c)
                b = &fx->cx.frame.v[i];
        if (!b) fail_msg("%s %s: choice %d has no click box", fx->tag, what, c);
        if (b->r.h < min_h)
            fail_msg("%s %s: choice %d is cut (%d px high)", fx->tag, what, c, b->r.h);
        const ui_box *hit = ui_frame_hit(&fx->cx.frame, b->r.x + b->r.w / 2, b->r.y + b->r.h / 2);
        assert_non_null(hit);
        assert_int_equal(hit->action, UI_ACT_CHOOSE);
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
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    ui_handle_event(&fx->st, &e);
}

static void text_input(fixture *fx, const char *s)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "%s", s);
    ui_handle_event(&fx->st, &e);
}

/* Clicks the centre of the box with this action and argument; fails when none. */
static void click(fixture *fx, ui_action a, int arg)
{
    ui_render(&fx->st);
    for (int i = 0; i < fx->cx.frame.n; i++) {
        const ui_box *b = &fx->cx.frame.v[i];
        if (b->kind != UI_BOX_HIT || (int)b->action != (int)a || b->arg != arg) continue;
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_MOUSEBUTTONDOWN;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.x = b->r.x + b->r.w / 2;
        e.button.y = b->r.y + b->r.h / 2;
        ui_handle_event(&fx->st, &e);
        return;
    }
    fail_msg("%s: nothing to click for action %d arg %d on screen %s", fx->tag, (int)a, arg,
             screen_name[fx->st.screen]);
}

static fixture *open_fixture(int w, int h, const char *tag)
{
    fixture *fx = calloc(1, sizeof *fx);
    assert_non_null(fx);
    fx->w = w;
    fx->h = h;
    snprintf(fx->tag, sizeof fx->tag, "%s", tag);
    snprintf(fx->data, sizeof fx->data, "/tmp/rapport-ui-test-XXXXXX");
    assert_non_null(mkdtemp(fx->data));
    fx->win = SDL_CreateWindow("rapport", 0, 0, w, h, 0);
    assert_non_null(fx->win);
    fx->ren = SDL_CreateRenderer(fx->win, -1, SDL_RENDERER_SOFTWARE);
    assert_non_null(fx->ren);
    char err[256];
    assert_true(ui_ctx_init(&fx->cx, fx->win, fx->ren, err, sizeof err));
    ui_options o = {.data_dir = fx->data, .library_dir = SCEN_DIR};
    assert_true(ui_state_init(&fx->st, &fx->cx, &o));
    return fx;
}

static void close_fixture(fixture *fx)
{
    ui_state_free(&fx->st);
    ui_ctx_free(&fx->cx);
    SDL_DestroyRenderer(fx->ren);
    SDL_DestroyWindow(fx->win);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->data);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", fx->data);
    free(fx);
}

static int setup(void **state)
{
    (void)state;
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    return SDL_Init(SDL_INIT_VIDEO) == 0 && TTF_Init() == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    TTF_Quit();
    SDL_Quit();
    return 0;
}

static int find_entry(fixture *fx, const char *id)
{
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
    assert_true(ui_state_animating(&fx->st)); /* the clock runs */
    assert_true(ui_state_time_left(&fx->st) > 29);
    fx->st.shown_at -= 31000; /* pretend 31 s passed */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small_light),
        cmocka_unit_test(large_dark),
        cmocka_unit_test(small_contrast_big_text),
        cmocka_unit_test(large_big_text),
        cmocka_unit_test(long_texts),
        cmocka_unit_test(mouse_only),
        cmocka_unit_test(countdown_times_out),
        cmocka_unit_test(reload_keeps_place),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
