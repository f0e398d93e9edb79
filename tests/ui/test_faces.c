/* test_faces.c: the cast's faces (engine/ui/ui_face.c, docs/window.md
 * "Portraits"), headless (dummy video driver, software renderer).
 *
 * - every face in every mood rasterises at two sizes and in the high contrast
 *   variant, covers a good part of its square, and each mood changes pixels;
 * - in high contrast the brows' and mouth's ink stands out from the skin
 *   (4.5:1), so the expression reads on the darkest faces too;
 * - the files in assets/portraits and the names the checker knows agree;
 * - the default choice gives distinct faces within every shipped scenario;
 * - an unknown `portrait` is refused with a did-you-mean; a known one is kept;
 * - the conversation screen with four people in light, dark and contrast,
 *   and the fallback to the drawn face (one status message) when files are
 *   missing;
 * - the window's first frame leaves the faces for the second.
 *
 * Writes a contact sheet of all faces and the screens into ./shots/ for
 * people to look at. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "screen_fixture.h"
#include "script.h"
#include "ui_face.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FACES_DIR RAPPORT_SOURCE_DIR "/tests/ui/faces"
#define PORTRAITS RAPPORT_SOURCE_DIR "/assets/portraits"

static int n_faces(void)
{
    int n = 0;
    while (core_portrait_at(n))
        n++;
    return n;
}

/* Share of pixels that are not transparent. */
static double coverage(SDL_Surface *s)
{
    SDL_Surface *c = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGBA32, 0);
    assert_non_null(c);
    long on = 0;
    for (int y = 0; y < c->h; y++) {
        const Uint8 *row = (const Uint8 *)c->pixels + y * c->pitch;
        for (int x = 0; x < c->w; x++)
            on += row[x * 4 + 3] > 128;
    }
    SDL_FreeSurface(c);
    return (double)on / ((double)s->w * s->h);
}

/* Pixels whose colour differs between two surfaces of one size. */
static long differ(SDL_Surface *a, SDL_Surface *b)
{
    SDL_Surface *x = SDL_ConvertSurfaceFormat(a, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_Surface *y = SDL_ConvertSurfaceFormat(b, SDL_PIXELFORMAT_RGBA32, 0);
    assert_non_null(x);
    assert_non_null(y);
    long n = 0;
    for (int j = 0; j < x->h; j++)
        for (int i = 0; i < x->w; i++)
            n += memcmp((Uint8 *)x->pixels + j * x->pitch + i * 4,
                        (Uint8 *)y->pixels + j * y->pitch + i * 4, 4) != 0;
    SDL_FreeSurface(x);
    SDL_FreeSurface(y);
    return n;
}

static void save_png_later(SDL_Surface *s, const char *name)
{
    mkdir("shots", 0755);
    char path[256];
    snprintf(path, sizeof path, "shots/%s.bmp", name);
    SDL_SaveBMP(s, path);
}

/* Every face x every mood x two sizes x both variants; a contact sheet of the
 * large ones (rows: faces; columns: moods, then the contrast variant). */
static void all_faces_render(void **state)
{
    (void)state;
    const int sizes[2] = {72, 240}, big = 240;
    int nf = n_faces();
    assert_true(nf >= 8);
    SDL_Surface *sheet[2];
    for (int v = 0; v < 2; v++) {
        sheet[v] = SDL_CreateRGBSurfaceWithFormat(0, big * UI_FACE_MOODS, big * nf, 32,
                                                  SDL_PIXELFORMAT_RGBA32);
        assert_non_null(sheet[v]);
        SDL_FillRect(sheet[v], NULL,
                     v ? SDL_MapRGB(sheet[v]->format, 255, 255, 255)
                       : SDL_MapRGB(sheet[v]->format, 226, 230, 236));
    }
    char err[600];
    for (int f = 0; f < nf; f++)
        for (int si = 0; si < 2; si++)
            for (int v = 0; v < 2; v++) {
                SDL_Surface *neutral = NULL;
                for (int m = 0; m < UI_FACE_MOODS; m++) {
                    SDL_Surface *s = ui_face_render(f, m, sizes[si], v == 1, err, sizeof err);
                    if (!s) fail_msg("%s/%s: %s", core_portrait_at(f), core_mood_at(m), err);
                    assert_int_equal(s->w, sizes[si]);
                    assert_int_equal(s->h, sizes[si]);
                    double cov = coverage(s);
                    if (cov < 0.3)
                        fail_msg("%s/%s at %d px covers only %.0f%%", core_portrait_at(f),
                                 core_mood_at(m), sizes[si], cov * 100);
                    if (!neutral) {
                        neutral = s;
                        continue;
                    }
                    /* A mood is visible: at least a few hundred pixels of 240^2. */
                    long d = differ(neutral, s);
                    long need = (long)sizes[si] * sizes[si] / 400;
                    if (d < need)
                        fail_msg("%s/%s at %d px differs from neutral in %ld pixels only",
                                 core_portrait_at(f), core_mood_at(m), sizes[si], d);
                    if (sizes[si] == big) {
                        SDL_Rect at = {m * big, f * big, big, big};
                        SDL_BlitSurface(s, NULL, sheet[v], &at);
                    }
                    SDL_FreeSurface(s);
                }
                if (sizes[si] == big) {
                    SDL_Rect at = {0, f * big, big, big};
                    SDL_BlitSurface(neutral, NULL, sheet[v], &at);
                }
                SDL_FreeSurface(neutral);
            }
    save_png_later(sheet[0], "faces-sheet");
    save_png_later(sheet[1], "faces-sheet-contrast");
    SDL_FreeSurface(sheet[0]);
    SDL_FreeSurface(sheet[1]);
    /* The narrator's scene icon in both variants. */
    for (int v = 0; v < 2; v++) {
        SDL_Surface *s = ui_face_render(-1, 0, 96, v == 1, err, sizeof err);
        if (!s) fail_msg("scene icon: %s", err);
        SDL_FreeSurface(s);
    }
    /* The contrast variant is a different picture, not the same one. */
    SDL_Surface *a = ui_face_render(0, 0, 120, false, err, sizeof err);
    SDL_Surface *b = ui_face_render(0, 0, 120, true, err, sizeof err);
    assert_non_null(a);
    assert_non_null(b);
    assert_true(differ(a, b) > 120 * 120 / 20);
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
}

/* assets/portraits/NAME.svg for every name the checker accepts, and no face
 * file the checker does not know (scene.svg is the narrator's icon). */
static void files_match_names(void **state)
{
    (void)state;
    DIR *d = opendir(PORTRAITS);
    assert_non_null(d);
    int seen = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".svg") != 0) continue;
        if (strcmp(e->d_name, "scene.svg") == 0) continue;
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)(n - 4), e->d_name);
        if (!core_portrait_valid(name)) fail_msg("%s is not in core_portrait_at's list", name);
        seen++;
    }
    closedir(d);
    assert_int_equal(seen, n_faces());
    for (int m = 0; core_mood_at(m); m++) {
        char path[512];
        snprintf(path, sizeof path, "%s/expressions/%s.svg", PORTRAITS, core_mood_at(m));
        struct stat st;
        if (stat(path, &st) != 0) fail_msg("no expression file for the mood %s", core_mood_at(m));
        assert_int_equal(ui_face_mood_index(core_mood_at(m)), m);
    }
    assert_int_equal(ui_face_mood_index("cheerful"), -1);
    /* Without a mood the face follows trust. */
    assert_int_equal(ui_face_mood_for(NULL, 0), ui_face_mood_index("neutral"));
    assert_int_equal(ui_face_mood_for(NULL, 3), ui_face_mood_index("warm"));
    assert_int_equal(ui_face_mood_for(NULL, -1.5), ui_face_mood_index("guarded"));
    assert_int_equal(ui_face_mood_for(NULL, -3), ui_face_mood_index("annoyed"));
    assert_int_equal(ui_face_mood_for("sad", 3), ui_face_mood_index("sad"));
}

/* ---- high contrast: the features show on the skin ---- */

/* #rrggbb's relative luminance (WCAG 2). */
static double luminance(const char *hex)
{
    unsigned v = 0;
    assert_int_equal(sscanf(hex, "#%6x", &v), 1);
    double c[3];
    for (int i = 0; i < 3; i++) {
        double x = (double)((v >> (16 - 8 * i)) & 0xff) / 255.0;
        c[i] = x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static double contrast_ratio(const char *a, const char *b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* The value of name="..." on the root tag of svg, or dflt. */
static void root_attr(const char *svg, const char *name, char *out, size_t n, const char *dflt)
{
    snprintf(out, n, "%s", dflt);
    const char *end = strchr(svg, '>');
    char key[64];
    snprintf(key, sizeof key, " %s=\"", name);
    const char *a = strstr(svg, key);
    if (!a || !end || a > end) return;
    a += strlen(key);
    const char *q = strchr(a, '"');
    if (q && (size_t)(q - a) < n) snprintf(out, n, "%.*s", (int)(q - a), a);
}

/* In high contrast the brows and mouth are drawn in one ink (black, or the
 * face's data-contrast-brow / data-contrast-lip) on the flat skin colour:
 * that pair must reach 4.5:1, the contrast WCAG asks of text, so the
 * expression reads. Black on the darkest skins was under 2:1. */
static void contrast_features_legible(void **state)
{
    (void)state;
    for (int f = 0; core_portrait_at(f); f++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s.svg", PORTRAITS, core_portrait_at(f));
        FILE *in = fopen(path, "rb");
        assert_non_null(in);
        char head[1024] = "";
        size_t n = fread(head, 1, sizeof head - 1, in);
        head[n] = 0;
        fclose(in);
        char skin[16], brow[16], lip[16];
        root_attr(head, "data-skin", skin, sizeof skin, "");
        if (!skin[0]) fail_msg("%s has no data-skin on its root", path);
        root_attr(head, "data-contrast-brow", brow, sizeof brow, "#000000");
        root_attr(head, "data-contrast-lip", lip, sizeof lip, "#000000");
        double rb = contrast_ratio(skin, brow), rl = contrast_ratio(skin, lip);
        if (rb < 4.5 || rl < 4.5)
            fail_msg("%s in high contrast: brows %s %.1f:1, mouth %s %.1f:1 on skin %s (want "
                     "4.5:1; set data-contrast-brow / data-contrast-lip)",
                     core_portrait_at(f), brow, rb, lip, rl, skin);
    }
}

static int check_dir(const char *dir, int *scenarios)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    struct dirent *e;
    int bad = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            bad += check_dir(path, scenarios);
            continue;
        }
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".lua") != 0) continue;
        if (strstr(e->d_name, ".test.lua") || strstr(e->d_name, ".pack.lua")) continue;
        core_diags dg = {0};
        scr_scenario *s = scr_load(path, NULL, &dg);
        core_diags_free(&dg);
        if (!s) continue; /* not a scenario (a library file, a pack) */
        const core_scenario *sc = scr_model(s);
        int faces[64];
        if (sc->n_cast <= 64) {
            ui_face_assign(sc, faces);
            (*scenarios)++;
            for (int i = 0; i < sc->n_cast; i++) {
                assert_true(faces[i] >= 0 && faces[i] < n_faces());
                for (int j = 0; j < i && sc->n_cast <= n_faces(); j++)
                    if (faces[i] == faces[j]) {
                        fprintf(stderr, "%s: %s and %s share the face %s\n", path, sc->cast[i].key,
                                sc->cast[j].key, core_portrait_at(faces[i]));
                        bad++;
                    }
            }
        }
        scr_free(s);
    }
    closedir(d);
    return bad;
}

static void defaults_distinct(void **state)
{
    (void)state;
    int scenarios = 0;
    assert_int_equal(check_dir(RAPPORT_SOURCE_DIR "/scenarios", &scenarios), 0);
    assert_true(scenarios >= 10);
    assert_int_equal(check_dir(FACES_DIR, &scenarios), 0);
}

static scr_scenario *load_src(const char *src, core_diags *d)
{
    return scr_load_buffer("portrait.lua", src, strlen(src), NULL, d);
}

static void check_portrait_field(void **state)
{
    (void)state;
    static const char *const bad =
        "return { format = 1, id = 't.p', title = 'T', cast = { a = { name = 'A', "
        "portrait = 'black_bobb' } }, start = 'n', nodes = { n = { speaker = 'a', "
        "text = 'Hi.', ending = 'ok' } } }";
    core_diags d = {0};
    scr_scenario *s = load_src(bad, &d);
    assert_null(s);
    const core_diag *hit = NULL;
    for (int i = 0; i < d.n; i++)
        if (strcmp(d.v[i].code, "unknown-portrait") == 0) hit = &d.v[i];
    assert_non_null(hit);
    assert_int_equal(hit->severity, CORE_ERROR);
    assert_string_equal(hit->path, "cast.a.portrait");
    assert_non_null(strstr(hit->msg, "did you mean 'black_bob'"));
    core_diags_free(&d);

    /* A known face is kept and wins over the default; a second member whose
     * name would hash to it gets another. */
    static const char *const good =
        "return { format = 1, id = 't.p', title = 'T', cast = { a = { name = 'A', "
        "portrait = 'white_curls' }, b = 'B', c = 'C' }, start = 'n', nodes = { n = { "
        "speaker = 'a', text = 'Hi.', ending = 'ok' } } }";
    core_diags d2 = {0};
    s = load_src(good, &d2);
    assert_non_null(s);
    const core_scenario *sc = scr_model(s);
    assert_string_equal(sc->cast[0].portrait, "white_curls");
    assert_null(sc->cast[1].portrait);
    int faces[3];
    ui_face_assign(sc, faces);
    assert_string_equal(core_portrait_at(faces[0]), "white_curls");
    assert_true(faces[1] != faces[0] && faces[2] != faces[0] && faces[1] != faces[2]);
    /* Deterministic: the same names give the same faces. */
    int again[3];
    ui_face_assign(sc, again);
    assert_memory_equal(faces, again, sizeof faces);
    scr_free(s);
    core_diags_free(&d2);
}

/* ---- the conversation screen ---- */

/* A 1024x720 window on tests/ui/faces with Tess signed in, typed on the
 * first screen as a person would. tag: the shots' name (shots/TAG-WHAT.bmp).
 * Caller frees with sf_close. */
static sf_fixture *open_signed_in(const char *tag)
{
    ui_options o = {.author_order = true, .library_dir = FACES_DIR};
    sf_fixture *fx = sf_open(1024, 720, tag, "/tmp/rapport-faces-test-XXXXXX", &o);
    ui_render(&fx->st);
    sf_text(fx, "Tess");
    sf_key(fx, SDLK_RETURN, KMOD_NONE);
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    return fx;
}

/* Opens four.lua, four people and the narrator. */
static void open_four(sf_fixture *fx)
{
    assert_true(ui_state_open(&fx->st, FACES_DIR "/four.lua", -1));
}

static void choose_first(sf_fixture *fx)
{
    ui_state_act(&fx->st, UI_ACT_CHOOSE, 1);
    if (fx->st.coach) ui_state_act(&fx->st, UI_ACT_CONTINUE, 0);
}

static void convo_screens(void **state)
{
    (void)state;
    static const ui_theme_id themes[3] = {UI_THEME_LIGHT, UI_THEME_DARK, UI_THEME_CONTRAST};
    static const double scales[2] = {1.0, 1.5};
    for (int t = 0; t < 3; t++)
        for (int k = 0; k < 2; k++) {
            char tag[48];
            snprintf(tag, sizeof tag, "faces-convo-%s-%d", ui_theme_name(themes[t]),
                     (int)(scales[k] * 100));
            sf_fixture *fx = open_signed_in(tag);
            fx->st.theme = themes[t];
            fx->st.text_scale = scales[k];
            ui_state_apply_settings(&fx->st, false);
            open_four(fx);
            for (int step = 0; step < 8; step++) {
                sf_render(fx, true);
                assert_false(ui_face_fading()); /* fades are off for these shots */
                char what[16];
                snprintf(what, sizeof what, "%d", step);
                sf_shot(fx, what);
                assert_string_equal(fx->st.status, "");
                if (core_session_status(app_play_session(fx->st.play)) != CORE_PLAYING) break;
                choose_first(fx);
            }
            sf_close(fx);
        }
}

/* With a face's file gone, the drawn face appears and the window says so
 * once; the scene icon, still there, is drawn from its file. */
static void fallback_when_missing(void **state)
{
    (void)state;
    char dir[] = "/tmp/rapport-faces-assets-XXXXXX", cmd[600];
    assert_non_null(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/portraits' && cp '%s/scene.svg' '%s/portraits/'", dir,
             PORTRAITS, dir);
    assert_int_equal(system(cmd), 0);
    setenv("RAPPORT_ASSETS", dir, 1);
    ui_face_release();
    sf_fixture *fx = open_signed_in("faces");
    open_four(fx);
    sf_render(fx, true); /* the narrator: the icon's file is there */
    assert_string_equal(fx->st.status, "");
    choose_first(fx); /* Ada: her face's file is not */
    sf_render(fx, true);
    assert_non_null(strstr(fx->st.status, "portraits:"));
    assert_non_null(strstr(fx->st.status, "teal_headscarf.svg"));
    sf_shot(fx, "fallback");
    fx->st.status[0] = 0;
    choose_first(fx); /* Ben: also missing, and nothing more is said */
    sf_render(fx, true);
    assert_string_equal(fx->st.status, "");
    sf_close(fx);
    unsetenv("RAPPORT_ASSETS");
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

/* A change of mood at the same face cross-fades and keeps the window
 * drawing; a change of face, or the same mood again, does not. The fade is
 * made long so nothing here depends on how fast the machine is. */
static void fade_only_on_mood_change(void **state)
{
    (void)state;
    sf_fixture *fx = open_signed_in("faces");
    open_four(fx);
    sf_render(fx, true);
    ui_face_set_fade_ms(600000);
    SDL_Rect r = {10, 10, 150, 150};
    assert_true(ui_face_draw(&fx->cx, r, 2, 0, 0));
    assert_false(ui_face_fading()); /* a new face appears at once */
    assert_true(ui_face_draw(&fx->cx, r, 2, 0, 0));
    assert_false(ui_face_fading()); /* the same mood: nothing to fade */
    assert_true(ui_face_draw(&fx->cx, r, 2, 1, 0));
    assert_true(ui_face_fading()); /* neutral to warm */
    assert_true(ui_state_animating(&fx->st));
    assert_true(ui_face_draw(&fx->cx, r, 3, 1, 0));
    assert_false(ui_face_fading()); /* someone else speaks: no fade */
    ui_face_set_fade_ms(0);
    sf_close(fx);
}

/* The window's first frame leaves the faces' panels empty and asks for a
 * second frame, which draws them (docs/performance.md: the window appears
 * without waiting for SDL2_image). Headless tests draw at once by default. */
static void first_frame_defers_faces(void **state)
{
    (void)state;
    sf_fixture *fx = open_signed_in("faces");
    open_four(fx);
    SDL_Rect r = {10, 10, 150, 150};
    ui_face_set_defer(true);
    SDL_SetRenderDrawColor(fx->ren, 255, 0, 255, 255);
    SDL_RenderClear(fx->ren);
    assert_true(ui_face_draw(&fx->cx, r, 2, 1, -1)); /* the first frame: the panel only */
    SDL_Surface *first = SDL_CreateRGBSurfaceWithFormat(0, 150, 150, 32, SDL_PIXELFORMAT_RGBA32);
    assert_non_null(first);
    assert_int_equal(
        SDL_RenderReadPixels(fx->ren, &r, SDL_PIXELFORMAT_RGBA32, first->pixels, first->pitch), 0);
    assert_true(ui_face_frame_done());               /* after the present: draw again */
    assert_false(ui_face_frame_done());              /* once */
    assert_true(ui_face_draw(&fx->cx, r, 2, 1, -1)); /* the second frame: the face */
    SDL_Surface *second = SDL_CreateRGBSurfaceWithFormat(0, 150, 150, 32, SDL_PIXELFORMAT_RGBA32);
    assert_non_null(second);
    assert_int_equal(
        SDL_RenderReadPixels(fx->ren, &r, SDL_PIXELFORMAT_RGBA32, second->pixels, second->pitch),
        0);
    /* The panel is one flat colour: the face adds many more. */
    assert_true(differ(first, second) > 150 * 150 / 10);
    SDL_FreeSurface(first);
    SDL_FreeSurface(second);
    ui_face_set_defer(false);
    sf_close(fx);
}

/* The frame after the first draws the faces even while the typewriter runs.
 * The loop once learnt that the faces waited only from ui_face_fading, which
 * it asks when nothing else animates: in a real window the narrator's panel
 * stayed empty through a whole line, and under the confidence strip until a
 * key was pressed. */
static void faces_follow_while_typing(void **state)
{
    (void)state;
    sf_fixture *fx = open_signed_in("faces");
    fx->st.text_speed = 3; /* slow: the line takes seconds to come out */
    open_four(fx);
    ui_face_set_defer(true);
    SDL_Rect r = {10, 40, 180, 180}; /* the speaker's panel, left of the line */
    SDL_Surface *shot[2];
    for (int i = 0; i < 2; i++) {
        ui_render(&fx->st);
        shot[i] = SDL_CreateRGBSurfaceWithFormat(0, r.w, r.h, 32, SDL_PIXELFORMAT_RGBA32);
        assert_non_null(shot[i]);
        assert_int_equal(SDL_RenderReadPixels(fx->ren, &r, SDL_PIXELFORMAT_RGBA32, shot[i]->pixels,
                                              shot[i]->pitch),
                         0);
        assert_true(ui_state_animating(&fx->st)); /* the line is still coming out */
        ui_state_presented(&fx->st);
        /* The first frame asks for the next at once; the second asks nothing. */
        assert_int_equal(fx->st.dirty, i == 0);
        if (i == 0) assert_int_equal(ui_state_wake_ms(&fx->st), 0);
    }
    /* The narrator's scene icon is on the second frame, not the first. */
    assert_true(differ(shot[0], shot[1]) > 500);
    SDL_FreeSurface(shot[0]);
    SDL_FreeSurface(shot[1]);
    ui_face_set_defer(false);
    sf_close(fx);
}

static int setup(void **state)
{
    (void)state;
    ui_face_set_fade_ms(0);
    return sf_setup("", false); /* the tags say faces-: shots/faces-*.bmp */
}

static int teardown(void **state)
{
    ui_face_release();
    return sf_teardown(state);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(files_match_names),         cmocka_unit_test(all_faces_render),
        cmocka_unit_test(contrast_features_legible), cmocka_unit_test(defaults_distinct),
        cmocka_unit_test(check_portrait_field),      cmocka_unit_test(convo_screens),
        cmocka_unit_test(fallback_when_missing),     cmocka_unit_test(fade_only_on_mood_change),
        cmocka_unit_test(first_frame_defers_faces),  cmocka_unit_test(faces_follow_while_typing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
