/* test_scripts_screens.c: the window with five_scripts.lua (Chinese, Japanese,
 * Korean, Arabic, Hebrew), headless (dummy video driver, software renderer).
 * A player with an Arabic name types it, opens the scenario and plays it to
 * its end (800x600 light, 1280x800 dark, 800x600 high contrast at 150%); on every screen the texts
 * stay inside the window and apart, the choices are clickable, and the pixels say where each text's
 * ink is: in the Arabic and Hebrew moments the name, cue, line and choices end at the right edge of
 * their boxes (right-to-left paragraphs are right-aligned), in the Chinese one nothing is. The
 * say-it-first field takes Arabic typing with its caret on the left.
 *
 * Writes a PNG of every screen into ./shots/scripts-*.png to look at
 * (docs/window.md, "Other scripts"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "ui_local.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define SCRIPTS_DIR RAPPORT_SOURCE_DIR "/tests/ui/scripts"

typedef struct fixture {
    SDL_Window *win;
    SDL_Renderer *ren;
    ui_ctx cx;
    ui_state st;
    char data[64];
    char tag[32];
} fixture;

static fixture *open_fixture(int w, int h, const char *tag, const ui_options *extra)
{
    fixture *fx = calloc(1, sizeof *fx);
    assert_non_null(fx);
    snprintf(fx->tag, sizeof fx->tag, "%s", tag);
    snprintf(fx->data, sizeof fx->data, "/tmp/rapport-scripts-test-XXXXXX");
    assert_non_null(mkdtemp(fx->data));
    fx->win = SDL_CreateWindow("rapport", 0, 0, w, h, 0);
    assert_non_null(fx->win);
    fx->ren = SDL_CreateRenderer(fx->win, -1, SDL_RENDERER_SOFTWARE);
    assert_non_null(fx->ren);
    char err[256];
    assert_true(ui_ctx_init(&fx->cx, fx->win, fx->ren, err, sizeof err));
    ui_options o = {0};
    if (extra) o = *extra;
    o.author_order = true;
    o.data_dir = fx->data;
    o.library_dir = SCRIPTS_DIR;
    assert_true(ui_state_init(&fx->st, &fx->cx, &o));
    return fx;
}

static void close_fixture(fixture *fx)
{
    ui_state_free(&fx->st);
    ui_ctx_free(&fx->cx);
    SDL_DestroyRenderer(fx->ren);
    SDL_DestroyWindow(fx->win);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->data);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", fx->data);
    free(fx);
}

/* The screen's pixels (ARGB8888), owned by the caller. */
static Uint32 *read_screen(fixture *fx)
{
    Uint32 *px = malloc(sizeof *px * (size_t)fx->cx.w * (size_t)fx->cx.h);
    assert_non_null(px);
    assert_int_equal(
        SDL_RenderReadPixels(fx->ren, NULL, SDL_PIXELFORMAT_ARGB8888, px, fx->cx.w * 4), 0);
    return px;
}

static void shot(fixture *fx, const Uint32 *px, const char *what)
{
    mkdir("shots", 0755);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormatFrom((void *)(uintptr_t)px, fx->cx.w, fx->cx.h,
                                                        32, fx->cx.w * 4, SDL_PIXELFORMAT_ARGB8888);
    assert_non_null(s);
    char path[128];
    snprintf(path, sizeof path, "shots/scripts-%s-%s.png", fx->tag, what);
    assert_int_equal(IMG_SavePNG(s, path), 0);
    SDL_FreeSurface(s);
}

static int lum(Uint32 p)
{
    return (int)(((p >> 16) & 0xFF) * 3 + ((p >> 8) & 0xFF) * 6 + (p & 0xFF)) / 10;
}

/* Where the ink of box r is, in columns: the pixels well away from the
 * box's most common shade (its background). Returns false when it has none. */
static bool ink_span(fixture *fx, const Uint32 *px, SDL_Rect r, int *left, int *right)
{
    int hist[256] = {0};
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++)
            hist[lum(px[y * fx->cx.w + x])]++;
    int bg = 0;
    for (int v = 1; v < 256; v++)
        if (hist[v] > hist[bg]) bg = v;
    *left = r.x + r.w;
    *right = r.x - 1;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++)
            if (abs(lum(px[y * fx->cx.w + x]) - bg) > 80) {
                if (x < *left) *left = x;
                if (x > *right) *right = x;
            }
    return *right >= *left;
}

static bool overlap(SDL_Rect a, SDL_Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* Renders until stable, checks the boxes, saves the screen; returns how many
 * text boxes wider than a few letters have their ink at their right edge and
 * a clear gap at their left (right-aligned texts). */
static int render_check(fixture *fx, const char *what)
{
    for (int i = 0; i < 4; i++) {
        fx->st.revealed = true;
        ui_render(&fx->st);
        if (!fx->st.dirty) break;
    }
    ui_frame *f = &fx->cx.frame;
    Uint32 *px = read_screen(fx);
    int texts = 0, right_aligned = 0, em = ui_text_size(fx->cx.text);
    for (int i = 0; i < f->n; i++) {
        SDL_Rect r = f->v[i].r;
        if (r.x < 0 || r.y < 0 || r.x + r.w > fx->cx.w || r.y + r.h > fx->cx.h)
            fail_msg("%s %s: box %d (%d,%d %dx%d) leaves the window", fx->tag, what, i, r.x, r.y,
                     r.w, r.h);
        if (f->v[i].kind != UI_BOX_TEXT) continue;
        texts++;
        for (int j = i + 1; j < f->n; j++)
            if (f->v[j].kind == UI_BOX_TEXT && overlap(r, f->v[j].r))
                fail_msg("%s %s: text boxes %d and %d overlap", fx->tag, what, i, j);
        int left, right;
        if (r.w > 8 * em && ink_span(fx, px, r, &left, &right) && r.x + r.w - 1 - right < em / 2 &&
            left - r.x > r.w / 4)
            right_aligned++;
    }
    assert_true(texts > 0);
    shot(fx, px, what);
    free(px);
    return right_aligned;
}

static Uint32 person_time(fixture *fx)
{
    if (fx->st.dirty) ui_render(&fx->st);
    return (Uint32)fx->st.view_at + UI_PICK_GUARD_MS;
}

static void key(fixture *fx, SDL_Keycode k)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.timestamp = person_time(fx);
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

static void click(fixture *fx, ui_action a, int arg)
{
    ui_render(&fx->st);
    Uint32 ts = person_time(fx);
    for (int i = 0; i < fx->cx.frame.n; i++) {
        const ui_box *b = &fx->cx.frame.v[i];
        if (b->kind != UI_BOX_HIT || (int)b->action != (int)a || b->arg != arg) continue;
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_MOUSEBUTTONDOWN;
        e.button.timestamp = ts;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.x = b->r.x + b->r.w / 2;
        e.button.y = b->r.y + b->r.h / 2;
        ui_handle_event(&fx->st, &e);
        e.type = SDL_MOUSEBUTTONUP;
        e.button.timestamp = ts + 60;
        ui_handle_event(&fx->st, &e);
        return;
    }
    fail_msg("%s: nothing to click for action %d arg %d", fx->tag, (int)a, arg);
}

static const char *node_id(fixture *fx)
{
    return core_session_node(app_play_session(fx->st.play))->id;
}

static int setup(void **state)
{
    (void)state;
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("XDG_CONFIG_HOME", "/nonexistent/rapport-ui-test-config", 1);
    return SDL_Init(SDL_INIT_VIDEO) == 0 && TTF_Init() == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    TTF_Quit();
    SDL_Quit();
    return 0;
}

static bool have_cjk_font(fixture *fx)
{
    return ui_text_face_count(fx->cx.text) >= 2;
}

/* The whole scenario, one screen per moment, in a theme at a text scale. */
static void five_scripts(int w, int h, const char *tag, ui_theme_id theme, double scale)
{
    fixture *fx = open_fixture(w, h, tag, NULL);
    if (!have_cjk_font(fx)) {
        close_fixture(fx);
        print_message("SKIP five_scripts: no fallback font (fonts-wqy-microhei, scripts/deps)\n");
        skip();
    }
    /* An Arabic name, typed: the field shows it right to left, caret at its left. */
    text_input(fx, "ن");
    text_input(fx, "ور");
    render_check(fx, "player-typing");
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    fx->st.theme = theme;
    fx->st.text_scale = scale;
    ui_state_apply_settings(&fx->st, true);
    render_check(fx, "library");
    ui_state_need_lib(&fx->st);
    int entry = app_library_find(&fx->st.lib, "uitest.scripts");
    assert_true(entry >= 0);
    click(fx, UI_ACT_OPEN, entry);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    static const struct {
        const char *node;
        bool rtl;
    } moments[] = {{"zh", false}, {"ja", false}, {"ko", false}, {"ar", true}, {"he", true}};
    for (size_t i = 0; i < sizeof moments / sizeof moments[0]; i++) {
        assert_string_equal(node_id(fx), moments[i].node);
        char what[32];
        snprintf(what, sizeof what, "convo-%s", moments[i].node);
        int right = render_check(fx, what);
        if (moments[i].rtl) {
            /* The name, the line and the choice at least (the cue too, in Arabic). */
            if (right < 3)
                fail_msg("%s %s: %d right-aligned texts, want 3 or more", tag, what, right);
        } else if (i == 0) {
            assert_int_equal(right, 0); /* nothing right to left yet */
        }
        click(fx, UI_ACT_CHOOSE, 1);
        if (fx->st.coach) {
            snprintf(what, sizeof what, "coach-%s", moments[i].node);
            render_check(fx, what);
            click(fx, UI_ACT_CONTINUE, 0);
        }
    }
    assert_string_equal(node_id(fx), "done");
    render_check(fx, "ending");
    assert_true(fx->st.recorded);
    close_fixture(fx);
}

static void small(void **state)
{
    (void)state;
    five_scripts(800, 600, "800x600", UI_THEME_LIGHT, 1.0);
}

static void large(void **state)
{
    (void)state;
    five_scripts(1280, 800, "1280x800", UI_THEME_DARK, 1.0);
}

static void small_contrast_big_text(void **state)
{
    (void)state;
    five_scripts(800, 600, "800x600-contrast-150", UI_THEME_CONTRAST, 1.5);
}

/* Say it first: Arabic typed into the field reads right to left, and the
 * field's text ends at its right edge. */
static void say_first_arabic(void **state)
{
    (void)state;
    ui_options o = {0};
    o.player = "Dana";
    o.say_first = true;
    fixture *fx = open_fixture(800, 600, "say", &o);
    /* As `rapport play five_scripts.lua --from ar --say-first` opens it. */
    assert_true(ui_state_open(&fx->st, SCRIPTS_DIR "/five_scripts.lua", -1));
    char msg[256];
    assert_true(app_play_start_at(fx->st.play, "ar", NULL, 0, NULL, NULL, 0, msg, sizeof msg));
    ui_state_resync(&fx->st);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_true(ui_say_pending(&fx->st));
    text_input(fx, "نعم، ");
    text_input(fx, "بالتأكيد");
    int right = render_check(fx, "say-first");
    assert_true(right >= 3); /* the line, its name, the typed words */
    close_fixture(fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small),
        cmocka_unit_test(large),
        cmocka_unit_test(small_contrast_big_text),
        cmocka_unit_test(say_first_arabic),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
