/* ui_main.c: ui_run. Opens the window, finds the fonts, and runs an
 * event-driven loop: it sleeps in SDL_WaitEvent until something happens and
 * only wakes on a timer while the typewriter or a countdown animates (and
 * twice a second while a text field's caret blinks, for 10 s after the last
 * key or click), so an idle window costs no CPU. Events become actions
 * (ui_state_act) through the boxes the last frame recorded, so a click lands
 * exactly on what was drawn.
 * Input safety (docs/window.md): a click made before the view under it was
 * drawn does nothing; a click on a choice acts on release over the same
 * choice; a pick needs choices on screen for UI_PICK_GUARD_MS, measured from
 * the event's own timestamp (ui_state_pick), so a double-click on Continue or
 * a quick second Enter never picks what appeared under it.
 *
 * Environment: RAPPORT_ASSETS (folder holding fonts/), RAPPORT_SHOTS_DIR (as
 * ui_options.shots_dir, for tests driving the real binary), RAPPORT_UI_BOXES
 * (a file rewritten after each frame with the clickable boxes, so an end-to-end
 * test can click what is really on screen, plus a line with the learning
 * records' state; tests/ui/e2e.sh, e2e_lrs.sh), RAPPORT_BENCH and
 * RAPPORT_BENCH_EXIT_AFTER_FIRST_FRAME (timing lines for scripts/bench;
 * ui_bench.c). */
#include "ui_face.h"
#include "i18n.h"
#include "ui_local.h"
#include "ui_room.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BASE_PX 18 /* body text size at scale 1.0, in window coordinates */

static bool has_fonts(const char *dir)
{
    char p[1200];
    struct stat sb;
    snprintf(p, sizeof p, "%s/DejaVuSans.ttf", dir);
    if (stat(p, &sb) != 0) return false;
    snprintf(p, sizeof p, "%s/DejaVuSans-Bold.ttf", dir);
    return stat(p, &sb) == 0;
}

/* The bundled fonts: $RAPPORT_ASSETS/fonts, next to the program, the source
 * tree, then the system's DejaVu. */
static bool find_font_dir(char *out, size_t n)
{
    const char *env = getenv("RAPPORT_ASSETS");
    if (env && *env) {
        snprintf(out, n, "%s/fonts", env);
        if (has_fonts(out)) return true;
    }
    char *base = SDL_GetBasePath();
    if (base) {
        static const char *const rel[] = {"assets/fonts", "../assets/fonts",
                                          "../share/rapport/assets/fonts"};
        for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
            snprintf(out, n, "%s%s", base, rel[i]);
            if (has_fonts(out)) {
                SDL_free(base);
                return true;
            }
        }
        SDL_free(base);
    }
#ifdef RAPPORT_ASSETS_DIR
    snprintf(out, n, "%s/fonts", RAPPORT_ASSETS_DIR);
    if (has_fonts(out)) return true;
#endif
    snprintf(out, n, "/usr/share/fonts/truetype/dejavu");
    return has_fonts(out);
}

int ui_body_px(const ui_ctx *cx, double scale)
{
    double px = BASE_PX * scale * (cx->dpi > 0 ? cx->dpi : 1.0f);
    return (int)(px + 0.5);
}

void ui_ctx_resize(ui_ctx *cx)
{
    int ww = 0, wh = 0;
    SDL_GetRendererOutputSize(cx->ren, &cx->w, &cx->h);
    SDL_GetWindowSize(cx->win, &ww, &wh);
    cx->dpi = ww > 0 ? (float)cx->w / (float)ww : 1.0f;
}

bool ui_ctx_init(ui_ctx *cx, SDL_Window *win, SDL_Renderer *ren, char *err, size_t errlen)
{
    memset(cx, 0, sizeof *cx);
    cx->win = win;
    cx->ren = ren;
    cx->mouse_x = cx->mouse_y = -1;
    ui_ctx_resize(cx);
    ui_theme_get(UI_THEME_LIGHT, &cx->th);
    char dir[1024];
    if (!find_font_dir(dir, sizeof dir)) {
        snprintf(err, errlen, _("the fonts (DejaVuSans.ttf) were not found; set RAPPORT_ASSETS"));
        return false;
    }
    cx->text = ui_text_new(ren, dir, ui_body_px(cx, 1.0), err, errlen);
    return cx->text != NULL;
}

void ui_ctx_free(ui_ctx *cx)
{
    ui_face_release(); /* its textures belong to cx->ren */
    ui_text_free(cx->text);
    ui_frame_free(&cx->frame);
    cx->text = NULL;
}

/* ---- drawing ---- */

const ui_screen_def ui_screens[UI_SCR_COUNT] = {
#define UI_SCREEN_DEF(id, name, draw, key, text, back)                                             \
    [UI_SCR_##id] = {name, draw, key, text, back},
    UI_SCREENS(UI_SCREEN_DEF)
#undef UI_SCREEN_DEF
};

void ui_render(ui_state *st)
{
    ui_ctx *cx = st->cx;
    cx->now = ui_now_ms();
    /* A field that comes on screen shows its caret solid, then blinks. */
    ui_field *fd = ui_state_field(st, NULL, NULL);
    if (fd && fd != st->caret_field) ui_field_blink_restart(fd, cx->now);
    if (fd) fd->blink_next = 0; /* ui_field_draw sets it, when the screen draws the field */
    ui_text_frame(cx->text);
    ui_frame_clear(&cx->frame);
    SDL_RenderSetClipRect(cx->ren, NULL);
    SDL_SetRenderDrawColor(cx->ren, cx->th.bg.r, cx->th.bg.g, cx->th.bg.b, 255);
    SDL_RenderClear(cx->ren);
    st->dirty = false;
    ui_room_frame(st); /* the step on screen to the phones, their counts back */
    if (st->screen < UI_SCR_COUNT) ui_screens[st->screen].draw(st);
    st->caret_field = fd;
    st->caret_next = fd ? fd->blink_next : 0;
    ui_state_drawn(st);
    ui_voice_frame(st); /* reading aloud: a new line or new choices (ui_voice.c) */
}

/* ---- input ---- */

static bool global_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    SDL_Keycode c = k->keysym.sym;
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
    if (ctrl && (c == SDLK_EQUALS || c == SDLK_PLUS || c == SDLK_KP_PLUS)) {
        ui_state_act(st, UI_ACT_SCALE, 1);
        return true;
    }
    if (ctrl && (c == SDLK_MINUS || c == SDLK_KP_MINUS)) {
        ui_state_act(st, UI_ACT_SCALE, -1);
        return true;
    }
    if (ctrl && c == SDLK_0) {
        ui_state_act(st, UI_ACT_SCALE, 0);
        return true;
    }
    if (ctrl && c == SDLK_q) {
        st->quit = true;
        return true;
    }
    switch (c) {
    case SDLK_ESCAPE:
        ui_voice_silence(st); /* reading aloud stops at once (ui_voice.c) */
        ui_state_act(st, UI_ACT_BACK, 0);
        return true;
    case SDLK_F2:
        ui_state_act(st, UI_ACT_AUTHOR, 0);
        return true;
    case SDLK_F3:
        ui_state_act(st, UI_ACT_PRESENT, 0);
        return true;
    case SDLK_F5:
        ui_state_act(st, UI_ACT_RELOAD, 0);
        return true;
    case SDLK_F11: { /* full screen at the desktop's size, or back to a window */
        bool full = SDL_GetWindowFlags(st->cx->win) & SDL_WINDOW_FULLSCREEN;
        if (SDL_SetWindowFullscreen(st->cx->win, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP) != 0)
            ui_state_say(st, false, _("Full screen is not available: %s"), SDL_GetError());
        st->dirty = true;
        return true;
    }
    default:
        return false;
    }
}

static void key(ui_state *st, const SDL_KeyboardEvent *k)
{
    if (st->screen >= UI_SCR_COUNT) return;
    const ui_screen_def *d = &ui_screens[st->screen];
    /* A screen with a text field gets keys first, so a name may hold letters
     * that other screens use as shortcuts. */
    if (d->text && d->key(st, k)) return;
    if (global_key(st, k)) return;
    if (!d->text && d->key(st, k)) return;
    ui_voice_key(st, k); /* V, where the screen has no use for it (ui_voice.c) */
}

/* A click on a choice acts when the button comes up on the same choice of
 * the same view (ui_handle_event); the pick is then timed by the press. */
static bool is_choice(int action)
{
    return action == UI_ACT_CHOOSE || action == UI_ACT_PICK;
}

/* True when the click at SDL time ts was made with the current view on
 * screen: a click that arrived before it was drawn was aimed at what was
 * there before (the second click of a double-click that changed the screen). */
static bool view_seen(const ui_state *st, Uint32 ts)
{
    return st->view_at && (Sint32)(ts - (Uint32)st->view_at) >= 0;
}

ui_field *ui_state_field(ui_state *st, char **buf, size_t *cap)
{
    char *b = NULL;
    size_t c = 0;
    ui_field *fd = NULL;
    if (st->screen == UI_SCR_PLAYER) {
        b = st->name_buf;
        c = UI_NAME_CAP;
        fd = &st->name_field;
    } else if (st->screen == UI_SCR_CONVO && !st->present && ui_say_pending(st)) {
        b = st->say_buf;
        c = sizeof st->say_buf;
        fd = &st->say_field;
    } else if (st->screen == UI_SCR_ASK && st->hw_answer >= 0) {
        b = st->hw_note;
        c = sizeof st->hw_note;
        fd = &st->hw_field;
    }
    if (buf) *buf = b;
    if (cap) *cap = c;
    return fd;
}

/* The field under x, y (output pixels), or NULL. */
static ui_field *field_at(ui_state *st, int x, int y, char **buf, size_t *cap)
{
    const ui_box *b = ui_frame_hit(&st->cx->frame, x, y);
    return b && b->action == UI_ACT_FIELD ? ui_state_field(st, buf, cap) : NULL;
}

/* The I-beam over a text field, the arrow elsewhere (none under the dummy
 * video driver: SDL_SetCursor(NULL) only redraws). */
static void field_cursor(bool over)
{
    static SDL_Cursor *ibeam;
    static bool shown; /* the I-beam is up */
    if (over == shown) return;
    shown = over;
    if (over && !ibeam) ibeam = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_IBEAM);
    SDL_SetCursor(over ? ibeam : SDL_GetDefaultCursor());
}

static void press(ui_state *st, const SDL_MouseButtonEvent *m)
{
    ui_ctx *cx = st->cx;
    int x = (int)((float)m->x * cx->dpi), y = (int)((float)m->y * cx->dpi);
    const ui_box *b = ui_frame_hit(&cx->frame, x, y);
    st->pressed = false;
    char *buf;
    size_t cap;
    ui_field *fd = field_at(st, x, y, &buf, &cap);
    if (fd) { /* the caret there; a double click a word, a triple all */
        ui_field_press(cx->text, buf, fd, x, y, m->clicks, (SDL_GetModState() & KMOD_SHIFT) != 0);
    } else if (b && is_choice(b->action)) { /* wait for the release */
        st->pressed = true;
        st->press_action = b->action;
        st->press_arg = b->arg;
        st->press_ts = m->timestamp;
        st->press_view = st->view_no;
    } else if (b) {
        if (view_seen(st, m->timestamp)) ui_state_act(st, (ui_action)b->action, b->arg);
    } else if (st->screen == UI_SCR_CONVO && !st->present) {
        ui_state_act(st, UI_ACT_CONTINUE, 0); /* a click elsewhere skips the typewriter */
    }
}

static void release(ui_state *st, const SDL_MouseButtonEvent *m)
{
    ui_ctx *cx = st->cx;
    char *buf;
    size_t cap;
    ui_field *fd = ui_state_field(st, &buf, &cap);
    if (fd) ui_field_release(buf, fd); /* a selection made by dragging ends */
    if (!st->pressed) return;
    st->pressed = false;
    int x = (int)((float)m->x * cx->dpi), y = (int)((float)m->y * cx->dpi);
    const ui_box *b = ui_frame_hit(&cx->frame, x, y);
    if (!b || b->action != st->press_action || b->arg != st->press_arg ||
        st->press_view != st->view_no || !view_seen(st, st->press_ts)) {
        st->refused++; /* pressed on one choice, released elsewhere or on another view */
        st->refused_why = "moved";
        return;
    }
    st->input_ts = st->press_ts; /* the guard times the press */
    ui_state_act(st, (ui_action)b->action, b->arg);
}

/* A key or a click: the caret of the field on screen shows solid, then
 * blinks again (as at any desktop, it never blinks away while one types). */
static void caret_solid(ui_state *st)
{
    ui_field *fd = ui_state_field(st, NULL, NULL);
    if (!fd) return;
    ui_field_blink_restart(fd, ui_now_ms());
    st->dirty = true;
}

void ui_handle_event(ui_state *st, const SDL_Event *e)
{
    ui_ctx *cx = st->cx;
    switch (e->type) {
    case SDL_QUIT:
        st->quit = true;
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            float old = cx->dpi;
            double old_present = ui_present_scale(cx);
            ui_ctx_resize(cx);
            /* Moved to a HiDPI screen, or the presenter's text size changed. */
            if (old != cx->dpi || (st->present && old_present != ui_present_scale(cx)))
                ui_state_apply_settings(st, false);
        }
        if (e->window.event == SDL_WINDOWEVENT_LEAVE) cx->mouse_x = cx->mouse_y = -1;
        st->dirty = true;
        break;
    case SDL_KEYDOWN:
        st->input_live = true;
        st->input_ts = e->key.timestamp;
        st->input_repeat = e->key.repeat != 0;
        key(st, &e->key);
        st->input_live = st->input_repeat = false;
        st->dirty = true;
        caret_solid(st);
        break;
    case SDL_TEXTEDITING: /* shown at the field's caret until it is typed */
        snprintf(st->ime, sizeof st->ime, "%s", e->edit.text);
        st->dirty = true;
        caret_solid(st);
        break;
    case SDL_TEXTINPUT:
        st->ime[0] = 0;
        if (st->screen < UI_SCR_COUNT && ui_screens[st->screen].text) {
            ui_screens[st->screen].text(st, e->text.text);
            st->dirty = true;
        }
        caret_solid(st);
        break;
    case SDL_MOUSEMOTION: {
        int x = (int)((float)e->motion.x * cx->dpi), y = (int)((float)e->motion.y * cx->dpi);
        const ui_box *was = ui_frame_hit(&cx->frame, cx->mouse_x, cx->mouse_y);
        const ui_box *now = ui_frame_hit(&cx->frame, x, y);
        cx->mouse_x = x;
        cx->mouse_y = y;
        if (was != now) st->dirty = true; /* hover changed: redraw, else stay idle */
        /* Every motion: a field that went (its words given) leaves no I-beam. */
        field_cursor(now && now->action == UI_ACT_FIELD);
        char *buf;
        size_t cap;
        ui_field *fd = ui_state_field(st, &buf, &cap);
        if (fd && fd->drag && (e->motion.state & SDL_BUTTON_LMASK)) {
            ui_field_drag(cx->text, buf, fd, x, y); /* selecting */
            st->dirty = true;
        }
        break;
    }
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (e->type == SDL_MOUSEBUTTONDOWN) caret_solid(st);
        if (e->button.button == SDL_BUTTON_LEFT) {
            st->input_live = true;
            st->input_ts = e->button.timestamp;
            if (e->type == SDL_MOUSEBUTTONDOWN)
                press(st, &e->button);
            else
                release(st, &e->button);
            st->input_live = false;
            st->dirty = true;
        } else if (e->button.button == SDL_BUTTON_MIDDLE && e->type == SDL_MOUSEBUTTONDOWN) {
            /* X11's paste of the primary selection, into a field only */
            int x = (int)((float)e->button.x * cx->dpi), y = (int)((float)e->button.y * cx->dpi);
            char *buf;
            size_t cap;
            ui_field *fd = field_at(st, x, y, &buf, &cap);
            if (fd) {
                ui_field_middle(cx->text, buf, cap, fd, x, y);
                st->dirty = true;
            }
        }
        break;
    case SDL_MOUSEWHEEL: {
        int step = ui_text_line_h(cx->text, UI_F_BODY) * 3;
        int dy = e->wheel.y * step;
        /* The conversation (and the presenter's line) counts scroll upwards
         * from its end, the rest (the presenter's reveal) downwards. */
        bool up = st->screen == UI_SCR_CONVO && (!st->present || ui_present_from_end(st));
        st->scroll[st->screen] += up ? dy : -dy;
        if (st->scroll[st->screen] < 0) st->scroll[st->screen] = 0;
        st->dirty = true;
        break;
    }
    default:
        if (ui_lrs_event(st, e)) st->dirty = true; /* a sync finished: show its note */
        if (ui_room_event(e)) st->dirty = true;    /* a phone voted */
        /* reading aloud could not start: said once (ui_voice.c) */
        if (ui_voice_event(st, e)) st->dirty = true;
        break;
    }
}

/* ---- screenshots for tests ---- */

static void maybe_shot(ui_state *st, const char *dir)
{
    char key[64];
    if (!st->revealed && st->screen == UI_SCR_CONVO) return; /* wait for the whole line */
    int step = st->play ? core_session_n_steps(app_play_session(st->play)) : 0;
    snprintf(key, sizeof key, "%d-%d-%d", (int)st->screen, step, (int)st->coach);
    if (strcmp(key, st->last_shot) == 0) return;
    snprintf(st->last_shot, sizeof st->last_shot, "%s", key);
    ui_ctx *cx = st->cx;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, cx->w, cx->h, 24, SDL_PIXELFORMAT_RGB24);
    if (!s) return;
    if (SDL_RenderReadPixels(cx->ren, NULL, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch) == 0) {
        char path[1200];
        snprintf(path, sizeof path, "%s/%02d-%s.bmp", dir, ++st->shot_no,
                 ui_screens[st->screen].name);
        SDL_SaveBMP(s, path);
    }
    SDL_FreeSurface(s);
}

/* Writes the frame's clickable boxes in window coordinates, atomically. */
static void write_boxes(const ui_state *st, const char *file)
{
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp", file);
    FILE *f = fopen(tmp, "w");
    if (!f) return;
    const ui_ctx *cx = st->cx;
    int steps = st->play ? core_session_n_steps(app_play_session(st->play)) : 0;
    fprintf(f,
            "screen %s steps %d coach %d revealed %d present %d pick %d item %d refused %d %s "
            "picked_after %d full %d\n",
            ui_screens[st->screen].name, steps, (int)st->coach, (int)st->revealed, (int)st->present,
            st->present_pick, st->pack_item, st->refused,
            st->refused_why ? st->refused_why : "none", st->picked_after,
            (SDL_GetWindowFlags(cx->win) & SDL_WINDOW_FULLSCREEN) != 0);
    fprintf(f, "lrs busy %d note %s\n", (int)ui_lrs_busy(st), st->lrs_note);
    float d = cx->dpi > 0 ? cx->dpi : 1.0f;
    for (int i = 0; i < cx->frame.n; i++) {
        const ui_box *b = &cx->frame.v[i];
        if (b->kind != UI_BOX_HIT) continue;
        fprintf(f, "hit %s %d %d %d %d %d\n", ui_action_name(b->action), b->arg,
                (int)((float)b->r.x / d), (int)((float)b->r.y / d), (int)((float)b->r.w / d),
                (int)((float)b->r.h / d));
    }
    fclose(f);
    rename(tmp, file);
}

/* Before the window goes. SDL 2.26's X11 backend, when an event is queued
 * while it blocks in SDL_WaitEvent, wakes itself with an XSendEvent to our
 * window over a second X connection. The server may process our
 * XDestroyWindow (first connection) before that request (second connection);
 * the BadWindow error then reaches Xlib's default handler when SDL_Quit
 * closes the second connection, and it exits the process with 1 (seen on
 * about 1 in 15 Ctrl+Q quits under Xvfb). Waiting until a short wait passes
 * with no event lets any wake-up in flight arrive first: a wait that ends
 * without an event sent none itself. Costs about 10 ms at quit. */
static void drain_wakeups(void)
{
    SDL_Event e;
    for (int i = 0; i < 50 && SDL_WaitEventTimeout(&e, 10); i++)
        ;
}

static bool is_input(Uint32 type)
{
    return type == SDL_KEYDOWN || type == SDL_TEXTINPUT || type == SDL_MOUSEBUTTONDOWN ||
           type == SDL_MOUSEBUTTONUP || type == SDL_MOUSEWHEEL || type == SDL_MOUSEMOTION;
}

/* After a frame reached the screen. A new view's time is taken here, after
 * SDL has collected what the system queued meanwhile: those events carry
 * stamps no later than it, so they count as made before the view was seen. */
static void presented(ui_state *st)
{
    if (!st->view_fresh) return;
    st->view_fresh = false;
    SDL_PumpEvents();
    st->view_at = ui_now_ms();
}

/* Handles one event. When benchmarking, remembers when the first input event
 * that makes the screen dirty arrived, so the next present can report how long
 * it took. Arrival is when the event leaves SDL's queue: SDL queued it during
 * the same pump, microseconds earlier (its own timestamp has only whole ms). */
static void feed(ui_state *st, const SDL_Event *e, bool bench, double *input_at)
{
    if (!bench || !is_input(e->type)) {
        ui_handle_event(st, e);
        return;
    }
    double t = ui_bench_now_ms();
    bool was = st->dirty;
    st->dirty = false;
    ui_handle_event(st, e);
    if (st->dirty && *input_at < 0) *input_at = t; /* this input changed the screen */
    st->dirty = st->dirty || was;
}

/* Starts SDL's video and SDL_ttf, or says in one line why the window cannot
 * open (no display: play in the terminal) and returns false. */
static bool open_video(void)
{
    /* Software rendering without Mesa: fast start-up, small memory, and the
     * same pixels as the headless tests (../shared/recipes.md). */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    /* SDL 2.26 falls back to its invisible "offscreen" driver when no display
     * answers, so a successful SDL_Init is not proof of a screen: an
     * invisible driver counts only when asked for by name (tests). */
    const char *asked = getenv("SDL_VIDEODRIVER");
    bool ok = true;
    const char *x = getenv("DISPLAY"), *wl = getenv("WAYLAND_DISPLAY");
#if defined(__linux__) || defined(__FreeBSD__)
    /* Nothing to connect to: say so before SDL's probes print their own noise. */
    if (!(asked && *asked) && !(x && *x) && !(wl && *wl)) ok = false;
#endif
    /* Whether a display was named (DISPLAY, WAYLAND_DISPLAY) and so should
     * have answered: then a failure says why. */
    bool named = ok && !(asked && *asked);
    char why[256] = "";
    if (ok && SDL_Init(SDL_INIT_VIDEO) != 0) {
        snprintf(why, sizeof why, "%s", SDL_GetError());
        ok = false;
    }
    const char *drv = ok ? SDL_GetCurrentVideoDriver() : NULL;
    if (ok && drv && (strcmp(drv, "offscreen") == 0 || strcmp(drv, "dummy") == 0) &&
        !(asked && *asked)) {
        SDL_Quit();
        ok = false;
    }
    if (!ok && named) {
        if (!why[0]) /* SDL fell back to its invisible driver */
            snprintf(why, sizeof why, _("%s=%s did not answer"),
                     x && *x ? "DISPLAY" : "WAYLAND_DISPLAY", x && *x ? x : wl);
        fprintf(stderr,
                _("rapport: no display found; play in the terminal with: rapport play "
                  "--text ID (%s)\n"),
                why);
        return false;
    }
    if (!ok) {
        fprintf(stderr, _("rapport: no display found; play in the terminal with: rapport play "
                          "--text ID\n"));
        return false;
    }
    if (TTF_Init() != 0) {
        fprintf(stderr, "rapport: cannot start SDL_ttf: %s\n", TTF_GetError());
        SDL_Quit();
        return false;
    }
    return true;
}

/* The scenario named on the command line (a file or a library id), started
 * at --from with its facts and trust when given. */
static void open_start(ui_state *st, const ui_options *opt)
{
    const char *file = opt->scenario;
    int idx = -1;
    if (access(file, R_OK) != 0) { /* an id: the library knows its file */
        ui_state_need_lib(st);
        idx = app_library_find(&st->lib, opt->scenario);
        if (idx >= 0) file = st->lib.v[idx].file;
    }
    /* The presenter records only for a named player; a learner always has one. */
    if (!st->player && !opt->present) ui_state_pick_player(st, "player");
    if (ui_state_open(st, file, idx) && opt->from_node) {
        char msg[256];
        if (!app_play_start_at(st->play, opt->from_node, opt->facts, opt->n_facts, opt->trust_keys,
                               opt->trust, opt->n_trust, msg, sizeof msg))
            ui_state_say(st, false, "%s", msg);
        ui_state_resync(st);
    }
}

/* Test and bench hooks read from the environment once. */
typedef struct loop_hooks {
    const char *shots; /* folder for a BMP of every new screen, or NULL */
    const char *boxes; /* file for the clickable boxes after every frame, or NULL */
    bool bench;        /* RAPPORT_BENCH timing lines */
} loop_hooks;

/* Draws and presents one frame, with what tests and the bench take from it.
 * Returns false when the bench asked to quit after the first frame. */
static bool frame(ui_state *st, const loop_hooks *h, bool *first, double *input_at)
{
    ui_render(st);
    if (h->shots) maybe_shot(st, h->shots);
    SDL_RenderPresent(st->cx->ren);
    presented(st);
    ui_state_presented(st);
    /* After the present: a test that reads it may click at once. */
    if (h->boxes) write_boxes(st, h->boxes);
    if (!h->bench) return true;
    if (*first && ui_bench_first_frame()) return false;
    if (!*first) ui_bench_redraw(*input_at);
    *first = false;
    *input_at = -1;
    return true;
}

/* Runs until the player quits: draws when something changed, then sleeps
 * until an event (waking on a timer only while something animates, once
 * a second while a pack's clock shows, and when a blinking caret turns). */
static void run_loop(ui_state *st, const loop_hooks *h)
{
    bool first = true;
    double input_at = -1; /* bench: when the input behind the next redraw arrived */
    while (!st->quit) {
        if (st->dirty && !frame(st, h, &first, &input_at)) break; /* bench: exit code 0 */
        SDL_Event e;
        int wake = ui_state_wake_ms(st);
        int got = wake >= 0 ? SDL_WaitEventTimeout(&e, wake) : SDL_WaitEvent(&e);
        /* Input queued behind input that changed the screen waits for the
         * new frame, so each click is matched against the boxes drawn last. */
        if (got) {
            feed(st, &e, h->bench, &input_at);
            while (!st->quit && !(st->dirty && is_input(e.type)) && SDL_PollEvent(&e))
                feed(st, &e, h->bench, &input_at);
        }
        ui_state_tick(st);
    }
}

static const char *env_or_null(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

int ui_run(const ui_options *opt)
{
    /* The environment's language is set up (LC_MESSAGES, and LANGUAGE for a
     * locale the system lacks) before the window starts any thread: that is
     * safe only now (engine/app/i18n.c). */
    app_i18n_init();
    if (!open_video()) return 1;
    int rc = 1;
    ui_ctx cx;
    ui_state st;
    bool have_ctx = false, have_state = false;
    Uint32 win_flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                       (opt->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    SDL_Window *win = SDL_CreateWindow("rapport", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                       1024, 720, win_flags);
    SDL_Renderer *ren = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE) : NULL;
    if (!ren) {
        fprintf(stderr,
                _("rapport: no display found; play in the terminal with: rapport play "
                  "--text ID (%s)\n"),
                SDL_GetError());
        goto done;
    }
    SDL_SetWindowMinimumSize(win, 800, 600);
    char err[512];
    if (!ui_ctx_init(&cx, win, ren, err, sizeof err)) {
        fprintf(stderr, "rapport: %s\n", err);
        goto done;
    }
    have_ctx = true;
    if (!ui_state_init(&st, &cx, opt)) {
        fprintf(stderr, "rapport: out of memory\n");
        goto done;
    }
    have_state = true;
    loop_hooks hooks = {opt && opt->shots_dir ? opt->shots_dir : getenv("RAPPORT_SHOTS_DIR"),
                        env_or_null("RAPPORT_UI_BOXES"), ui_bench_on()};
    if (hooks.shots && !*hooks.shots) hooks.shots = NULL;
    if (opt && opt->scenario) open_start(&st, opt);
    SDL_StartTextInput();
    run_loop(&st, &hooks);
    rc = 0;
    /* A sync in flight stops within about a second (its statements stay
     * queued); before the drain, so a wake-up it sent is drained too. */
    ui_lrs_stop(&st);
    ui_room_stop(&st); /* the room stops listening with the window */
    /* Speech stops; a last event from its worker is drained below. */
    ui_voice_shutdown(&st);
    drain_wakeups();
done:
    if (have_state) ui_state_free(&st);
    if (have_ctx) ui_ctx_free(&cx);
    if (ren) SDL_DestroyRenderer(ren);
    if (win) SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return rc;
}
