/* test_golden.c: golden images of the window (docs/window.md, "Golden
 * images"). Every screen is drawn headless (dummy video driver, software
 * renderer) at 800x600 from a fixed scenario (tests/golden_ui/library) in
 * each configuration of CONFIGS below (theme, text scale, language, or a
 * scenario of its own), and compared with the PNG kept in
 * tests/golden_ui/images/CONFIG-SCREEN.png within a tolerance: a pixel
 * differs when one of its channels is more than TOL_DELTA away, and an image
 * fails when more than TOL_SHARE of its pixels differ. On a failure the
 * actual image and a diff (differing pixels red on a faded copy) are written
 * to golden-out/ in the test's build folder, and the message names them.
 *
 * The state is fixed: the author's choice order, the text shown at once, no
 * face fades, the calendar from RAPPORT_TODAY and the clock that stamps
 * sessions from RAPPORT_NOW (on the same day), a fresh progress folder in
 * the build folder, and the countdown's clock restarted just before it is
 * drawn (its bar may move by a pixel on a slow machine: the tolerance).
 * Nothing waits on the machine's speed.
 *
 * RAPPORT_GOLDEN_UPDATE=1 writes the images instead of comparing them
 * (scripts/golden-update). RAPPORT_GOLDEN_ONLY=NAME runs the configurations
 * whose name starts with NAME. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "i18n.h"
#include "screen_fixture.h"
#include "ui_face.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define GOLDEN_DIR RAPPORT_SOURCE_DIR "/tests/golden_ui"
#define LIBRARY_SRC GOLDEN_DIR "/library"
/* The library through a link in the build folder, so the paths the window
 * shows (the author panel's file) are the same wherever the source is. */
#define LIBRARY "golden-library"
#define FIVE_SCRIPTS RAPPORT_SOURCE_DIR "/tests/ui/scripts/five_scripts.lua"
#define W 800
#define H 600
#define TOL_DELTA 40     /* a channel this far off is a different pixel */
#define TOL_SHARE 0.0015 /* 0.15% of 800x600: 720 pixels, less than a word */

/* One configuration per row; adding a row adds its images (then run
 * scripts/golden-update and look at them). scenario NULL: the whole journey
 * through every screen on golden.lua; a file: that scenario's conversation,
 * first choice each time, to its debrief. lang NULL: English. */
typedef struct config {
    const char *name;
    ui_theme_id theme;
    double scale;
    const char *lang;
    const char *scenario;
} config;

static const config CONFIGS[] = {
    {"light-100", UI_THEME_LIGHT, 1.0, NULL, NULL},
    {"light-150", UI_THEME_LIGHT, 1.5, NULL, NULL},
    {"dark-100", UI_THEME_DARK, 1.0, NULL, NULL},
    {"dark-150", UI_THEME_DARK, 1.5, NULL, NULL},
    {"contrast-100", UI_THEME_CONTRAST, 1.0, NULL, NULL},
    {"contrast-150", UI_THEME_CONTRAST, 1.5, NULL, NULL},
    /* The second language, every theme at both text sizes: French words
     * run longer, and a theme decides which of them stand out. */
    {"fr-light-100", UI_THEME_LIGHT, 1.0, "fr", NULL},
    {"fr-light-150", UI_THEME_LIGHT, 1.5, "fr", NULL},
    {"fr-dark-100", UI_THEME_DARK, 1.0, "fr", NULL},
    {"fr-dark-150", UI_THEME_DARK, 1.5, "fr", NULL},
    {"fr-contrast-100", UI_THEME_CONTRAST, 1.0, "fr", NULL},
    {"fr-contrast-150", UI_THEME_CONTRAST, 1.5, "fr", NULL},
    /* Chinese, Japanese, Korean, Arabic and Hebrew lines (the fallback fonts,
     * right-to-left order): every theme at both text sizes. */
    {"scripts-light-100", UI_THEME_LIGHT, 1.0, NULL, FIVE_SCRIPTS},
    {"scripts-light-150", UI_THEME_LIGHT, 1.5, NULL, FIVE_SCRIPTS},
    {"scripts-dark-100", UI_THEME_DARK, 1.0, NULL, FIVE_SCRIPTS},
    {"scripts-dark-150", UI_THEME_DARK, 1.5, NULL, FIVE_SCRIPTS},
    {"scripts-contrast-100", UI_THEME_CONTRAST, 1.0, NULL, FIVE_SCRIPTS},
    {"scripts-contrast-150", UI_THEME_CONTRAST, 1.5, NULL, FIVE_SCRIPTS},
};
#define N_CONFIGS ((int)(sizeof CONFIGS / sizeof *CONFIGS))

/* ---- images ---- */

static bool updating;
static int n_compared, n_written, n_failed;
static char failures[8192]; /* one line per failed image, reported at the end */

static SDL_Surface *grab(SDL_Renderer *ren)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, W, H, 24, SDL_PIXELFORMAT_RGB24);
    assert_non_null(s);
    assert_int_equal(SDL_RenderReadPixels(ren, NULL, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch),
                     0);
    return s;
}

static void add_failure(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void add_failure(const char *fmt, ...)
{
    n_failed++;
    size_t n = strlen(failures);
    if (n + 600 > sizeof failures) return; /* the count still says how many */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(failures + n, sizeof failures - n, fmt, ap);
    va_end(ap);
    n = strlen(failures);
    if (n + 1 < sizeof failures) failures[n] = '\n', failures[n + 1] = 0;
}

/* Compares s with the golden image; writes golden-out/NAME.actual.png and
 * NAME.diff.png when it fails. */
static void compare(SDL_Surface *s, const char *name)
{
    char golden[512];
    snprintf(golden, sizeof golden, "%s/images/%s.png", GOLDEN_DIR, name);
    if (updating) {
        if (IMG_SavePNG(s, golden) != 0) fail_msg("cannot write %s: %s", golden, IMG_GetError());
        n_written++;
        return;
    }
    n_compared++;
    mkdir("golden-out", 0755);
    char actual[512], diffp[512];
    snprintf(actual, sizeof actual, "golden-out/%s.actual.png", name);
    snprintf(diffp, sizeof diffp, "golden-out/%s.diff.png", name);
    remove(actual);
    remove(diffp);
    SDL_Surface *g0 = IMG_Load(golden);
    if (!g0) {
        IMG_SavePNG(s, actual);
        add_failure("%s: no golden image (%s); actual in %s; scripts/golden-update writes it", name,
                    golden, actual);
        return;
    }
    SDL_Surface *g = SDL_ConvertSurfaceFormat(g0, SDL_PIXELFORMAT_RGB24, 0);
    SDL_FreeSurface(g0);
    assert_non_null(g);
    if (g->w != s->w || g->h != s->h) {
        IMG_SavePNG(s, actual);
        add_failure("%s: golden is %dx%d, actual %dx%d (%s)", name, g->w, g->h, s->w, s->h, actual);
        SDL_FreeSurface(g);
        return;
    }
    SDL_Surface *d = SDL_CreateRGBSurfaceWithFormat(0, W, H, 24, SDL_PIXELFORMAT_RGB24);
    assert_non_null(d);
    long differ = 0;
    int worst = 0;
    for (int y = 0; y < s->h; y++) {
        const Uint8 *a = (const Uint8 *)s->pixels + y * s->pitch;
        const Uint8 *b = (const Uint8 *)g->pixels + y * g->pitch;
        Uint8 *o = (Uint8 *)d->pixels + y * d->pitch;
        for (int x = 0; x < s->w; x++) {
            int m = 0;
            for (int c = 0; c < 3; c++) {
                int dc = abs((int)a[3 * x + c] - (int)b[3 * x + c]);
                if (dc > m) m = dc;
            }
            if (m > worst) worst = m;
            bool off = m > TOL_DELTA;
            differ += off;
            /* The diff: the golden image faded, differing pixels in red. */
            for (int c = 0; c < 3; c++)
                o[3 * x + c] = off ? (c == 0 ? 255 : 0) : (Uint8)(160 + b[3 * x + c] * 95 / 255);
        }
    }
    double share = (double)differ / ((double)W * H);
    if (share > TOL_SHARE) {
        IMG_SavePNG(s, actual);
        IMG_SavePNG(d, diffp);
        char cwd[400];
        if (!getcwd(cwd, sizeof cwd)) snprintf(cwd, sizeof cwd, ".");
        add_failure("%s: %ld pixels (%.3f%%, allowed %.3f%%) differ by more than %d; actual "
                    "%s/%s, diff %s/%s",
                    name, differ, share * 100, TOL_SHARE * 100, TOL_DELTA, cwd, actual, cwd, diffp);
    }
    SDL_FreeSurface(d);
    SDL_FreeSurface(g);
}

/* ---- driving the window ---- */

static void rm_rf(const char *dir)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

/* The window for configuration cf (its name is the fixture's tag, which
 * names the images), its progress in golden-data/DATA. Caller frees with
 * sf_close, which removes that folder. */
static sf_fixture *open_fx(const config *cf, const ui_options *extra, const char *data)
{
    sf_fixture *fx = sf_window(W, H, cf->name, NULL);
    /* A fixed folder under the build folder, not a mkdtemp one: the same
     * paths every run (the refused reload's message shows one). */
    snprintf(fx->data, sizeof fx->data, "golden-data/%s", data);
    rm_rf(fx->data);
    mkdir("golden-data", 0755);
    remove(LIBRARY);
    assert_int_equal(symlink(LIBRARY_SRC, LIBRARY), 0);
    assert_int_equal(mkdir(fx->data, 0755), 0);
    ui_options o = {0};
    if (extra) o = *extra;
    o.author_order = true;
    o.data_dir = fx->data;
    o.library_dir = LIBRARY;
    app_i18n_set_language(cf->lang ? cf->lang : "en");
    sf_start(fx, &o);
    return fx;
}

static void act(sf_fixture *fx, ui_action a, int arg);

/* The settings of the configuration, applied and saved as a player would. */
static void apply(sf_fixture *fx, const config *cf)
{
    fx->st.theme = cf->theme;
    fx->st.text_scale = cf->scale;
    fx->st.text_speed = 0; /* whole lines at once: nothing depends on time */
    ui_state_apply_settings(&fx->st, fx->st.player != NULL);
    /* The language as a player sets it (Settings: 1 English, 2 French), so
     * the machine's own LANG never changes the pictures. */
    if (fx->st.player) act(fx, UI_ACT_LANGUAGE, cf->lang && strcmp(cf->lang, "fr") == 0 ? 2 : 1);
}

/* sf_render, but with the countdown's clock and a text field's caret blink
 * restarted before every frame. */
static void draw(sf_fixture *fx)
{
    for (int i = 0; i < 4; i++) { /* a frame may ask for another (scroll clamped) */
        fx->st.revealed = true;
        /* A countdown starts now, so its bar is full whenever this runs, and
         * a caret is on (it blinks off 530 ms later: a slow run would catch
         * it off). */
        Uint64 now = ui_now_ms();
        fx->st.shown_at = fx->st.clock_at = fx->st.clock_for = now;
        ui_field *fd = ui_state_field(&fx->st, NULL, NULL);
        if (fd) ui_field_blink_restart(fd, now);
        ui_render(&fx->st);
        if (!fx->st.dirty) break;
    }
}

/* Draws the screen and compares it with the image CONFIG-SCREEN. */
static void shot(sf_fixture *fx, const char *screen)
{
    draw(fx);
    SDL_Surface *s = grab(fx->ren);
    char name[160];
    snprintf(name, sizeof name, "%s-%s", fx->tag, screen);
    compare(s, name);
    SDL_FreeSurface(s);
}

static void key(sf_fixture *fx, SDL_Keycode k)
{
    draw(fx);
    sf_key(fx, k, KMOD_NONE);
}

static void act(sf_fixture *fx, ui_action a, int arg)
{
    ui_state_act(&fx->st, a, arg);
}

static core_session *session(sf_fixture *fx)
{
    return app_play_session(fx->st.play);
}

static const char *node_id(sf_fixture *fx)
{
    return core_session_node(session(fx))->id;
}

/* Plays the first choice (closing the coach) until the ending. */
static void play_firsts(sf_fixture *fx)
{
    for (int i = 0; i < 60 && fx->st.play; i++) {
        if (fx->st.coach)
            act(fx, UI_ACT_CONTINUE, 0);
        else if (core_session_status(session(fx)) == CORE_PLAYING)
            ui_state_choose(&fx->st, 1);
        else
            return;
    }
}

/* ---- the journeys ---- */

/* Every screen on golden.lua: player, library, the confidence strip, the
 * conversation with a face, the coach, a timed moment, the author panel, the
 * presenter view, the ending, debrief, their side, progress, settings, a
 * refused reload, the review round; then the pack and its prompts. */
static void journey(const config *cf)
{
    setenv("RAPPORT_TODAY", "2026-12-03", 1);
    setenv("RAPPORT_NOW", "2026-12-03T10:00:00Z", 1);
    sf_fixture *fx = open_fx(cf, NULL, cf->name);
    apply(fx, cf);
    sf_text(fx, "Tess");
    shot(fx, "01-player");
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    apply(fx, cf);
    act(fx, UI_ACT_ASK_CONF, 1); /* ask how confident, before and after */
    shot(fx, "02-library");

    ui_state_need_lib(&fx->st);
    int entry = app_library_find(&fx->st.lib, "golden.fitting");
    assert_true(entry >= 0);
    act(fx, UI_ACT_OPEN, entry);
    /* How confident: a strip over the conversation's opening. */
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_true(ui_ask_conf_open(&fx->st, false));
    shot(fx, "03-confidence");
    act(fx, UI_ACT_CONFIDENCE, 3);
    assert_false(ui_ask_conf_open(&fx->st, false));
    shot(fx, "04-conversation");
    ui_state_choose(&fx->st, 1); /* follow her lead */
    assert_true(fx->st.coach);
    shot(fx, "05-coach");
    act(fx, UI_ACT_CONTINUE, 0);
    assert_string_equal(node_id(fx), "clock");
    shot(fx, "06-timed");
    act(fx, UI_ACT_AUTHOR, 0);
    shot(fx, "07-author");
    act(fx, UI_ACT_AUTHOR, 0);
    ui_state_choose(&fx->st, 1); /* leave it: the moment the review brings back */
    act(fx, UI_ACT_CONTINUE, 0);
    assert_string_equal(node_id(fx), "door");
    act(fx, UI_ACT_PRESENT, 0);
    assert_true(fx->st.present);
    shot(fx, "08-presenter");
    act(fx, UI_ACT_PRESENT, 0);
    assert_false(fx->st.present);
    ui_state_choose(&fx->st, 1);
    act(fx, UI_ACT_CONTINUE, 0);
    assert_int_equal(core_session_status(session(fx)), CORE_ENDED);
    shot(fx, "09-ending");
    act(fx, UI_ACT_DEBRIEF, 0);
    assert_int_equal(fx->st.screen, UI_SCR_DEBRIEF);
    /* The debrief opens with the question again, in a strip at its top. */
    shot(fx, "10-debrief-confidence");
    act(fx, UI_ACT_CONFIDENCE, 4);
    shot(fx, "10-debrief");
    act(fx, UI_ACT_SIDE, 1);
    assert_int_equal(fx->st.screen, UI_SCR_SIDE);
    shot(fx, "11-their-side");
    act(fx, UI_ACT_GO, UI_SCR_PROGRESS);
    assert_int_equal(fx->st.screen, UI_SCR_PROGRESS);
    shot(fx, "12-progress");
    act(fx, UI_ACT_GO, UI_SCR_SETTINGS);
    assert_int_equal(fx->st.screen, UI_SCR_SETTINGS);
    shot(fx, "13-settings");

    /* The author's reload refused: a copy of the scenario, then broken. */
    act(fx, UI_ACT_ASK_CONF, 0);
    char file[700], cmd[1600];
    snprintf(file, sizeof file, "%s/golden-copy.lua", fx->data);
    snprintf(cmd, sizeof cmd, "cp '%s/golden.lua' '%s'", LIBRARY, file);
    assert_int_equal(system(cmd), 0);
    assert_true(ui_state_open(&fx->st, file, -1));
    ui_state_choose(&fx->st, 1);
    act(fx, UI_ACT_CONTINUE, 0);
    snprintf(cmd, sizeof cmd, "printf 'return { format = 1,\\n  id = 1 }\\n' > '%s'", file);
    assert_int_equal(system(cmd), 0);
    /* The refusal's problems go to stderr in check's format: kept out of
     * the test's log, in a file beside the copy. */
    char errf[720];
    snprintf(errf, sizeof errf, "%s/reload-stderr.txt", fx->data);
    fflush(stderr);
    int saved = dup(2);
    FILE *ef = fopen(errf, "w");
    assert_non_null(ef);
    dup2(fileno(ef), 2);
    act(fx, UI_ACT_RELOAD, 0);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fclose(ef);
    assert_true(fx->st.status[0] && fx->st.play); /* refused: said, and the old version plays on */
    shot(fx, "14-reload-refused");
    ui_state_close_play(&fx->st);
    fx->st.status[0] = 0;

    /* The next day the missed moment is due. The sessions above were
     * stamped on 2026-12-03 (RAPPORT_NOW), not by the real clock, so the
     * goals line reads "Today 0 of 3" whenever the test runs (with the real
     * clock it read "today 1 of 3" when run on 2026-12-04 UTC: b9f9591). */
    setenv("RAPPORT_TODAY", "2026-12-04", 1);
    setenv("RAPPORT_NOW", "2026-12-04T10:00:00Z", 1);
    act(fx, UI_ACT_GO, UI_SCR_LIBRARY);
    act(fx, UI_ACT_REVIEW, 2);
    assert_int_equal(fx->st.screen, UI_SCR_REVIEW);
    shot(fx, "15-review");
    sf_close(fx);

    /* The pack screen and a pack entry's prompts. */
    setenv("RAPPORT_TODAY", "2026-12-03", 1);
    setenv("RAPPORT_NOW", "2026-12-03T10:00:00Z", 1);
    char data[200];
    snprintf(data, sizeof data, "%s-pack", cf->name);
    ui_options o = {.pack = LIBRARY "/golden.pack.lua", .player = "Pat"};
    fx = open_fx(cf, &o, data);
    apply(fx, cf);
    assert_int_equal(fx->st.screen, UI_SCR_PACK);
    shot(fx, "16-pack");
    act(fx, UI_ACT_PACK_OPEN, 0);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    play_firsts(fx);
    act(fx, UI_ACT_DEBRIEF, 0);
    act(fx, UI_ACT_PROMPTS, 0);
    assert_int_equal(fx->st.screen, UI_SCR_PROMPTS);
    shot(fx, "17-prompts");
    sf_close(fx);
    unsetenv("RAPPORT_TODAY");
    unsetenv("RAPPORT_NOW");
}

/* Another scenario (other scripts): the library, each line of the
 * conversation, the ending and the debrief. */
static void scenario_journey(const config *cf)
{
    setenv("RAPPORT_TODAY", "2026-12-03", 1);
    setenv("RAPPORT_NOW", "2026-12-03T10:00:00Z", 1);
    ui_options o = {.player = "Tess"};
    sf_fixture *fx = open_fx(cf, &o, cf->name);
    apply(fx, cf);
    assert_true(ui_state_open(&fx->st, cf->scenario, -1));
    for (int i = 1; i < 30 && fx->st.play; i++) {
        char name[32];
        snprintf(name, sizeof name, "%02d-conversation", i);
        shot(fx, name);
        if (core_session_status(session(fx)) != CORE_PLAYING) break;
        ui_state_choose(&fx->st, 1);
        if (fx->st.coach) act(fx, UI_ACT_CONTINUE, 0);
    }
    act(fx, UI_ACT_DEBRIEF, 0);
    assert_int_equal(fx->st.screen, UI_SCR_DEBRIEF);
    shot(fx, "99-debrief");
    sf_close(fx);
    unsetenv("RAPPORT_TODAY");
    unsetenv("RAPPORT_NOW");
}

static void golden_images(void **state)
{
    (void)state;
    const char *only = getenv("RAPPORT_GOLDEN_ONLY");
    int ran = 0;
    for (int i = 0; i < N_CONFIGS; i++) {
        if (only && *only && strncmp(CONFIGS[i].name, only, strlen(only)) != 0) continue;
        ran++;
        if (CONFIGS[i].scenario)
            scenario_journey(&CONFIGS[i]);
        else
            journey(&CONFIGS[i]);
    }
    if (ran == 0) fail_msg("RAPPORT_GOLDEN_ONLY=%s matches no configuration", only);
    app_i18n_set_language(NULL);
    if (updating) {
        printf("golden: wrote %d images into %s/images\n", n_written, GOLDEN_DIR);
        return;
    }
    printf("golden: %d images compared in %d configurations\n", n_compared, ran);
    if (failures[0])
        fail_msg("%d golden images differ (scripts/golden-update regenerates them; look at "
                 "every one before committing):\n%s",
                 n_failed, failures);
}

static int setup(void **state)
{
    (void)state;
    setenv("TZ", "UTC", 1);
    const char *u = getenv("RAPPORT_GOLDEN_UPDATE");
    updating = u && *u && strcmp(u, "0") != 0;
    ui_face_set_fade_ms(0);
    return sf_setup("golden-", true); /* no sf_shot here: compare writes the images */
}

static int teardown(void **state)
{
    ui_face_release();
    return sf_teardown(state);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(golden_images),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
