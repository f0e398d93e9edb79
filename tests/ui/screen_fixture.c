/* screen_fixture.c: one rapport window, headless, for the screen tests (see
 * screen_fixture.h). Input goes through ui_handle_event as synthetic SDL
 * events, so the same code paths as the real window run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "screen_fixture.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* How this program names its shots (sf_setup). */
static const char *shot_prefix = "";
static bool shot_png;

int sf_setup(const char *prefix, bool png)
{
    shot_prefix = prefix ? prefix : "";
    shot_png = png;
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    /* No learning records for an LRS unless a test configures one: the
     * tester's own ~/.config/rapport/lrs.json is never used. */
    setenv("XDG_CONFIG_HOME", "/nonexistent/rapport-ui-test-config", 1);
    return SDL_Init(SDL_INIT_VIDEO) == 0 && TTF_Init() == 0 ? 0 : -1;
}

int sf_teardown(void **state)
{
    (void)state;
    TTF_Quit();
    SDL_Quit();
    return 0;
}

sf_fixture *sf_window(int w, int h, const char *tag, const char *data_template)
{
    sf_fixture *fx = calloc(1, sizeof *fx);
    assert_non_null(fx);
    snprintf(fx->tag, sizeof fx->tag, "%s", tag);
    if (data_template) {
        assert_true(strlen(data_template) < sizeof fx->data);
        snprintf(fx->data, sizeof fx->data, "%s", data_template);
        assert_non_null(mkdtemp(fx->data));
    }
    fx->win = SDL_CreateWindow("rapport", 0, 0, w, h, 0);
    assert_non_null(fx->win);
    fx->ren = SDL_CreateRenderer(fx->win, -1, SDL_RENDERER_SOFTWARE);
    assert_non_null(fx->ren);
    char err[256];
    if (!ui_ctx_init(&fx->cx, fx->win, fx->ren, err, sizeof err))
        fail_msg("%s: the UI context: %s", fx->tag, err);
    return fx;
}

void sf_start(sf_fixture *fx, const ui_options *o)
{
    ui_options opt = *o;
    if (!opt.data_dir && fx->data[0]) opt.data_dir = fx->data;
    assert_true(ui_state_init(&fx->st, &fx->cx, &opt));
}

sf_fixture *sf_open(int w, int h, const char *tag, const char *data_template, const ui_options *o)
{
    sf_fixture *fx = sf_window(w, h, tag, data_template);
    sf_start(fx, o);
    return fx;
}

void sf_close(sf_fixture *fx)
{
    ui_state_free(&fx->st);
    ui_ctx_free(&fx->cx);
    SDL_DestroyRenderer(fx->ren);
    SDL_DestroyWindow(fx->win);
    if (fx->data[0]) {
        char cmd[300];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->data);
        if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", fx->data);
    }
    free(fx);
}

void sf_render(sf_fixture *fx, bool whole_lines)
{
    for (int i = 0; i < 4; i++) { /* a frame may ask for another (scroll clamped) */
        if (whole_lines) fx->st.revealed = true;
        ui_render(&fx->st);
        if (!fx->st.dirty) break;
    }
}

static bool overlap(SDL_Rect a, SDL_Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

int sf_check_boxes(const sf_fixture *fx, const char *what)
{
    const ui_frame *f = &fx->cx.frame;
    int texts = 0;
    for (int i = 0; i < f->n; i++) {
        SDL_Rect r = f->v[i].r;
        if (r.x < 0 || r.y < 0 || r.x + r.w > fx->cx.w || r.y + r.h > fx->cx.h)
            fail_msg("%s %s: box %d (%d,%d %dx%d) leaves the %dx%d window", fx->tag, what, i, r.x,
                     r.y, r.w, r.h, fx->cx.w, fx->cx.h);
        if (f->v[i].kind != UI_BOX_TEXT) continue;
        texts++;
        for (int j = i + 1; j < f->n; j++) {
            SDL_Rect q = f->v[j].r;
            if (f->v[j].kind == UI_BOX_TEXT && overlap(r, q))
                fail_msg("%s %s: text boxes %d (%d,%d %dx%d) and %d (%d,%d %dx%d) overlap", fx->tag,
                         what, i, r.x, r.y, r.w, r.h, j, q.x, q.y, q.w, q.h);
        }
    }
    return texts;
}

Uint32 *sf_read_screen(const sf_fixture *fx)
{
    Uint32 *px = malloc(sizeof *px * (size_t)fx->cx.w * (size_t)fx->cx.h);
    assert_non_null(px);
    if (SDL_RenderReadPixels(fx->ren, NULL, SDL_PIXELFORMAT_ARGB8888, px, fx->cx.w * 4) != 0)
        fail_msg("%s: cannot read the screen: %s", fx->tag, SDL_GetError());
    return px;
}

void sf_shot(const sf_fixture *fx, const char *what)
{
    mkdir("shots", 0755);
    SDL_Surface *s =
        SDL_CreateRGBSurfaceWithFormat(0, fx->cx.w, fx->cx.h, 24, SDL_PIXELFORMAT_RGB24);
    assert_non_null(s);
    if (SDL_RenderReadPixels(fx->ren, NULL, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch) != 0)
        fail_msg("%s %s: cannot read the screen: %s", fx->tag, what, SDL_GetError());
    char path[256];
    snprintf(path, sizeof path, "shots/%s%s-%s.%s", shot_prefix, fx->tag, what,
             shot_png ? "png" : "bmp");
    int rc = shot_png ? IMG_SavePNG(s, path) : SDL_SaveBMP(s, path);
    SDL_FreeSurface(s);
    if (rc != 0) fail_msg("cannot write %s: %s", path, SDL_GetError());
}

int sf_render_check(sf_fixture *fx, const char *what, bool whole_lines)
{
    sf_render(fx, whole_lines);
    sf_shot(fx, what);
    return sf_check_boxes(fx, what);
}

const ui_box *sf_find_hit(const sf_fixture *fx, ui_action a, int arg)
{
    for (int i = 0; i < fx->cx.frame.n; i++) {
        const ui_box *b = &fx->cx.frame.v[i];
        if (b->kind == UI_BOX_HIT && b->action == (int)a && b->arg == arg) return b;
    }
    return NULL;
}

Uint32 sf_person_time(sf_fixture *fx)
{
    if (fx->st.dirty) ui_render(&fx->st);
    return (Uint32)fx->st.view_at + UI_PICK_GUARD_MS;
}

void sf_key(sf_fixture *fx, SDL_Keycode k, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.timestamp = sf_person_time(fx);
    e.key.keysym.sym = k;
    e.key.keysym.mod = mod;
    ui_handle_event(&fx->st, &e);
}

void sf_text(sf_fixture *fx, const char *s)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "%s", s);
    ui_handle_event(&fx->st, &e);
}

void sf_click(sf_fixture *fx, ui_action a, int arg)
{
    ui_render(&fx->st);
    Uint32 ts = sf_person_time(fx);
    const ui_box *b = sf_find_hit(fx, a, arg);
    if (!b)
        fail_msg("%s: nothing to click for action %d arg %d on screen %s", fx->tag, (int)a, arg,
                 ui_screens[fx->st.screen].name);
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
}
