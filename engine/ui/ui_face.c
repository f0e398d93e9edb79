/* ui_face.c: the cast's faces (ui_face.h). Reads the SVG files once, joins a
 * base face with an expression as text, rasterises the result with
 * SDL2_image at the size shown and keeps a few textures.
 *
 * Joining: the base file holds the marker "<!--@expression-->" where the
 * overlay's shapes go (so glasses and hair in front come after the eyes), and
 * three colours on its root (data-skin, data-brow, data-lip) that replace the
 * overlay's stand-in colours #b10001 (brows), #b10002 (lips) and #b10003
 * (eyelids, in skin colour). In the high contrast theme the brows and lips
 * turn black (or, on a dark face, the light colours its root names in
 * data-contrast-brow and data-contrast-lip, since black on dark brown is
 * hardly seen), the soft shading (<g id="shade">) goes, and the base shapes
 * get a black outline from an enclosing group.
 *
 * Depends on: SDL2, SDL2_image (nanosvg inside), core.h for the names.
 * SDL2_image is opened with SDL_LoadObject on the first face, not linked: a
 * window that shows no face never maps it and the image libraries it pulls
 * in (libpng, libjpeg, libtiff, libwebp), so start-up stays as fast and small
 * as before; without it the drawn faces are shown. */
#include "ui_face.h"
#include "ui_local.h"

#include <SDL_image.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MARK "<!--@expression-->"
#define CACHE_N 12 /* textures kept: a few faces at two sizes, and a fade */
#define SLOTS 2    /* places on screen that remember their last face */
#define MAX_FACES 64

/* ---- files ---- */

static char *face_src[MAX_FACES];     /* base files, read once; owned */
static char *mood_src[UI_FACE_MOODS]; /* expression files; owned */
static char *scene_src;               /* the narrator's icon; owned */
static char err_msg[512];             /* the first failure */
static bool err_told;                 /* ui_face_error gave it out */

static void fail(char *err, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void fail(char *err, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, n, fmt, ap);
    va_end(ap);
    if (!err_msg[0]) snprintf(err_msg, sizeof err_msg, "%.500s", err);
}

/* assets/portraits: $RAPPORT_ASSETS, next to the program, then the source tree. */
static bool find_dir(char *out, size_t n)
{
    const char *env = getenv("RAPPORT_ASSETS");
    char probe[1100];
    if (env && *env) {
        snprintf(out, n, "%s/portraits", env);
        snprintf(probe, sizeof probe, "%s/scene.svg", out);
        SDL_RWops *rw = SDL_RWFromFile(probe, "rb");
        if (rw) return SDL_RWclose(rw), true;
    }
    char *base = SDL_GetBasePath();
    if (base) {
        static const char *const rel[] = {"assets/portraits", "../assets/portraits",
                                          "../share/rapport/assets/portraits"};
        for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
            snprintf(out, n, "%s%s", base, rel[i]);
            snprintf(probe, sizeof probe, "%s/scene.svg", out);
            SDL_RWops *rw = SDL_RWFromFile(probe, "rb");
            if (rw) {
                SDL_RWclose(rw);
                SDL_free(base);
                return true;
            }
        }
        SDL_free(base);
    }
#ifdef RAPPORT_ASSETS_DIR
    snprintf(out, n, "%s/portraits", RAPPORT_ASSETS_DIR);
    return true;
#else
    return false;
#endif
}

/* Reads DIR/sub/name.svg into a new string, or NULL (err set). */
static char *read_svg(const char *sub, const char *name, char *err, size_t n)
{
    char dir[1024], path[1200];
    if (!find_dir(dir, sizeof dir)) {
        fail(err, n, "portraits: assets/portraits not found");
        return NULL;
    }
    snprintf(path, sizeof path, "%s/%s%s.svg", dir, sub, name);
    size_t len = 0;
    char *s = SDL_LoadFile(path, &len);
    if (!s || len == 0 || len > 1 << 20) {
        SDL_free(s);
        fail(err, n, "portraits: cannot read %s (%s); drawn faces instead", path, SDL_GetError());
        return NULL;
    }
    char *copy = malloc(len + 1); /* ours to free with free(), not SDL_free */
    if (copy) memcpy(copy, s, len), copy[len] = 0;
    SDL_free(s);
    return copy;
}

/* ---- SDL2_image, opened on first use ---- */

static __typeof__(IMG_LoadSizedSVG_RW) *load_svg; /* set once, then read-only */
static bool img_tried;

static bool open_image_lib(char *err, size_t n)
{
    if (!img_tried) {
        img_tried = true;
        static const char *const names[] = {"libSDL2_image-2.0.so.0", "libSDL2_image.so"};
        for (size_t i = 0; i < sizeof names / sizeof *names && !load_svg; i++) {
            void *lib = SDL_LoadObject(names[i]); /* kept for the process's life */
            if (lib) load_svg = (__typeof__(load_svg))SDL_LoadFunction(lib, "IMG_LoadSizedSVG_RW");
        }
    }
    if (!load_svg)
        fail(err, n, "portraits: SDL2_image 2.6 or later was not found (%s); drawn faces instead",
             SDL_GetError());
    return load_svg != NULL;
}

/* ---- joining base and expression ---- */

typedef struct buf {
    char *p;
    size_t n, cap;
    bool oom;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->n + n + 1) * 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        b->p = p, b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void puts_(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* The value of attribute name="..." in the root tag, into out (7 chars, "#rrggbb"). */
static void attr(const char *svg, const char *name, char *out, size_t n, const char *dflt)
{
    snprintf(out, n, "%s", dflt);
    const char *end = strchr(svg, '>');
    const char *a = strstr(svg, name);
    if (!a || !end || a > end) return;
    a += strlen(name);
    const char *q = strchr(a, '"');
    if (q && q - a < 16 && (size_t)(q - a) < n) snprintf(out, n, "%.*s", (int)(q - a), a);
}

/* Appends the overlay's shapes (between its root tag and </svg>, without the
 * <title>) with the stand-in colours replaced. */
static void put_overlay(buf *b, const char *ov, const char *brow, const char *lip, const char *skin)
{
    const char *s = strstr(ov, "<svg");
    s = s ? strchr(s, '>') : NULL;
    const char *e = strstr(ov, "</svg>");
    if (!s || !e || e < s) return;
    s++;
    const char *t = strstr(s, "</title>");
    if (t && t < e) s = t + strlen("</title>");
    while (s < e) {
        if (strncmp(s, "#b1000", 6) == 0 && s + 7 <= e) {
            puts_(b, s[6] == '1' ? brow : s[6] == '2' ? lip : skin);
            s += 7;
        } else {
            put(b, s, 1);
            s++;
        }
    }
}

/* Appends base text [s, e) without the shading group in contrast. */
static void put_base(buf *b, const char *s, const char *e, bool contrast)
{
    static const char OPEN[] = "<g id=\"shade\">";
    while (s < e) {
        const char *g = contrast ? strstr(s, OPEN) : NULL;
        if (!g || g >= e) {
            put(b, s, (size_t)(e - s));
            return;
        }
        put(b, s, (size_t)(g - s));
        const char *close = strstr(g, "</g>");
        s = close && close < e ? close + 4 : e;
    }
}

/* The whole document for face (or the scene icon when face < 0) and mood. */
static char *compose(int face, int mood, bool contrast, char *err, size_t n)
{
    const char *name = face < 0 ? "scene" : core_portrait_at(face);
    char **slot = face < 0 ? &scene_src : &face_src[face];
    if (!name || face >= MAX_FACES) {
        fail(err, n, "portraits: no face number %d", face);
        return NULL;
    }
    if (!*slot) *slot = read_svg("", name, err, n);
    if (!*slot) return NULL;
    const char *base = *slot;
    const char *mname = core_mood_at(mood) ? core_mood_at(mood) : "neutral";
    if (face >= 0 && !mood_src[mood]) mood_src[mood] = read_svg("expressions/", mname, err, n);
    if (face >= 0 && !mood_src[mood]) return NULL;

    const char *root = strstr(base, "<svg");
    const char *body = root ? strchr(root, '>') : NULL;
    const char *end = strstr(base, "</svg>");
    if (!body || !end || end < body) {
        fail(err, n, "portraits: %s.svg is not an SVG document", name);
        return NULL;
    }
    body++;
    const char *mark = face >= 0 ? strstr(body, MARK) : NULL;
    if (face >= 0 && (!mark || mark > end)) {
        fail(err, n, "portraits: %s.svg has no %s marker", name, MARK);
        return NULL;
    }
    char skin[16], brow[16], lip[16];
    attr(root, "data-skin=\"", skin, sizeof skin, "#c89070");
    attr(root, "data-brow=\"", brow, sizeof brow, "#2a2020");
    attr(root, "data-lip=\"", lip, sizeof lip, "#804040");
    if (contrast) { /* black, unless a dark face names lighter ink that shows on its skin */
        attr(root, "data-contrast-brow=\"", brow, sizeof brow, "#000000");
        attr(root, "data-contrast-lip=\"", lip, sizeof lip, "#000000");
    }
    static const char OUTLINE[] =
        "<g stroke=\"#000000\" stroke-width=\"3.2\" stroke-linejoin=\"round\">";

    buf b = {0};
    put(&b, base, (size_t)(body - base));
    if (contrast) puts_(&b, OUTLINE);
    put_base(&b, body, mark ? mark : end, contrast);
    if (contrast) puts_(&b, "</g>");
    if (mark) {
        put_overlay(&b, mood_src[mood], brow, lip, skin);
        if (contrast) puts_(&b, OUTLINE);
        put_base(&b, mark + strlen(MARK), end, contrast);
        if (contrast) puts_(&b, "</g>");
    }
    puts_(&b, "</svg>\n");
    if (b.oom) {
        free(b.p);
        fail(err, n, "portraits: out of memory");
        return NULL;
    }
    return b.p;
}

SDL_Surface *ui_face_render(int face, int mood, int px, bool contrast, char *err, size_t errlen)
{
    if (mood < 0 || mood >= UI_FACE_MOODS) mood = 0;
    if (px < 8) px = 8;
    if (px > 4096) px = 4096;
    if (!open_image_lib(err, errlen)) return NULL;
    char *doc = compose(face, mood, contrast, err, errlen);
    if (!doc) return NULL;
    SDL_RWops *rw = SDL_RWFromConstMem(doc, (int)strlen(doc));
    SDL_Surface *s = rw ? load_svg(rw, px, px) : NULL;
    if (rw) SDL_RWclose(rw);
    free(doc);
    if (s && (s->w != px || s->h != px)) {
        /* nanosvg rounds the size up (200 * 1.2 gives 241): keep px x px. */
        SDL_Surface *sq = SDL_CreateRGBSurfaceWithFormat(0, px, px, 32, SDL_PIXELFORMAT_RGBA32);
        if (sq) {
            SDL_SetSurfaceBlendMode(s, SDL_BLENDMODE_NONE);
            SDL_BlitSurface(s, NULL, sq, NULL);
        }
        SDL_FreeSurface(s);
        s = sq;
    }
    if (!s)
        fail(err, errlen, "portraits: SDL_image could not draw %s (%s); drawn faces instead",
             face < 0 ? "scene" : core_portrait_at(face), SDL_GetError());
    return s;
}

/* ---- textures ---- */

typedef struct entry {
    SDL_Texture *tex; /* owned */
    SDL_Renderer *ren;
    int face, mood, px;
    bool contrast;
    Uint64 used; /* a use counter, for evicting the oldest */
} entry;

static entry cache[CACHE_N];
static Uint64 uses;

static SDL_Texture *texture(ui_ctx *cx, int face, int mood, int px, bool contrast)
{
    entry *free_e = NULL;
    for (int i = 0; i < CACHE_N; i++) {
        entry *e = &cache[i];
        if (e->tex && e->ren == cx->ren && e->face == face && e->mood == mood && e->px == px &&
            e->contrast == contrast) {
            e->used = ++uses;
            return e->tex;
        }
        if (!free_e || !e->tex || (free_e->tex && e->used < free_e->used)) free_e = e;
    }
    char err[600];
    SDL_Surface *s = ui_face_render(face, mood, px, contrast, err, sizeof err);
    if (!s) return NULL;
    SDL_Texture *t = SDL_CreateTextureFromSurface(cx->ren, s);
    SDL_FreeSurface(s);
    if (!t) {
        fail(err, sizeof err, "portraits: no texture (%s)", SDL_GetError());
        return NULL;
    }
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    if (free_e->tex) SDL_DestroyTexture(free_e->tex);
    *free_e = (entry){t, cx->ren, face, mood, px, contrast, ++uses};
    return t;
}

/* ---- what each place on screen showed last, for the cross-fade ---- */

typedef struct slot_state {
    int face, mood, prev_mood; /* face -1: nothing shown yet */
    Uint64 since;              /* SDL_GetTicks64 when the mood changed */
} slot_state;

static slot_state slots[SLOTS] = {{-1, 0, -1, 0}, {-1, 0, -1, 0}};
static int fade_ms = 220;

/* The window's first frame goes out without faces: opening SDL2_image and its
 * image libraries and rasterising the first SVG cost about a sixth of the
 * instructions to the first frame (docs/performance.md, "Faces and fallback
 * fonts"), and the rest of the screen need not wait for them. The panels are
 * drawn; ui_face_frame_done, after the present, asks for the next frame, which
 * draws the faces. (It was once ui_face_fading's job, and the loop asks that
 * only when nothing else animates: with the typewriter or the confidence strip
 * running, the narrator's panel stayed empty until a key was pressed.)
 * DEFER_ASK: not decided yet; headless (the dummy driver: tests, nothing
 * shown) draws at once unless ui_face_set_defer says otherwise. */
enum { DEFER_ASK, DEFER_PENDING, DEFER_DONE };
static int defer_state = DEFER_ASK;
static int defer_wanted = -1; /* ui_face_set_defer: -1 unset, 0 off, 1 on */

void ui_face_set_defer(bool on)
{
    defer_wanted = on;
    defer_state = on ? DEFER_ASK : DEFER_DONE; /* on: the next frame is a first one */
}

/* True while this frame is the first and its faces wait for the next. */
static bool deferring(void)
{
    if (defer_state == DEFER_ASK) {
        const char *drv = SDL_GetCurrentVideoDriver();
        bool on = defer_wanted >= 0 ? defer_wanted == 1 : !(drv && strcmp(drv, "dummy") == 0);
        defer_state = on ? DEFER_PENDING : DEFER_DONE;
    }
    return defer_state == DEFER_PENDING;
}

void ui_face_set_fade_ms(int ms)
{
    fade_ms = ms < 0 ? 0 : ms;
}

/* How far the fade in slot i has come, 0..1 (1 = done). */
static float fade_at(const slot_state *sl)
{
    if (sl->prev_mood < 0 || fade_ms <= 0) return 1;
    Uint64 dt = SDL_GetTicks64() - sl->since;
    return dt >= (Uint64)fade_ms ? 1 : (float)dt / (float)fade_ms;
}

bool ui_face_frame_done(void)
{
    if (defer_state != DEFER_PENDING) return false;
    defer_state = DEFER_DONE;
    return true;
}

bool ui_face_fading(void)
{
    for (int i = 0; i < SLOTS; i++)
        if (fade_at(&slots[i]) < 1) return true;
    return false;
}

static int face_px(SDL_Rect r)
{
    return r.w < r.h ? r.w : r.h;
}

static void panel(ui_ctx *cx, SDL_Rect r)
{
    /* In high contrast the face sits on white so its black outlines show. */
    SDL_Color bg = cx->th.id == UI_THEME_CONTRAST ? cx->th.text : cx->th.panel_alt;
    ui_fill_round(cx, r, face_px(r) / 8, bg);
}

bool ui_face_draw(ui_ctx *cx, SDL_Rect r, int face, int mood, int slot)
{
    bool contrast = cx->th.id == UI_THEME_CONTRAST;
    int px = face_px(r);
    if (mood < 0 || mood >= UI_FACE_MOODS) mood = 0;
    if (deferring()) {
        panel(cx, r);
        return true;
    }
    SDL_Texture *now = texture(cx, face, mood, px, contrast);
    if (!now) return false;
    slot_state *sl = slot >= 0 && slot < SLOTS ? &slots[slot] : NULL;
    SDL_Texture *before = NULL;
    float t = 1;
    if (sl) {
        if (sl->face != face) {
            *sl = (slot_state){face, mood, -1, 0}; /* someone else: no fade */
        } else if (sl->mood != mood) {
            sl->prev_mood = sl->mood, sl->mood = mood, sl->since = SDL_GetTicks64();
        }
        t = fade_at(sl);
        if (t >= 1)
            sl->prev_mood = -1;
        else
            before = texture(cx, face, sl->prev_mood, px, contrast);
    }
    SDL_Rect d = {r.x + (r.w - px) / 2, r.y + (r.h - px) / 2, px, px};
    panel(cx, r);
    if (before) {
        SDL_SetTextureAlphaMod(before, (Uint8)(255 * (1 - t)));
        SDL_RenderCopy(cx->ren, before, NULL, &d);
        SDL_SetTextureAlphaMod(before, 255);
    }
    SDL_SetTextureAlphaMod(now, (Uint8)(255 * (before ? t : 1)));
    SDL_RenderCopy(cx->ren, now, NULL, &d);
    SDL_SetTextureAlphaMod(now, 255);
    return true;
}

bool ui_face_scene(ui_ctx *cx, SDL_Rect r)
{
    int px = face_px(r) / 2;
    if (deferring()) {
        panel(cx, r);
        return true;
    }
    SDL_Texture *t = texture(cx, -1, 0, px, cx->th.id == UI_THEME_CONTRAST);
    if (!t) return false;
    panel(cx, r);
    SDL_Rect d = {r.x + (r.w - px) / 2, r.y + (r.h - px) / 2, px, px};
    SDL_RenderCopy(cx->ren, t, NULL, &d);
    for (int i = 0; i < SLOTS; i++)
        slots[i].face = -1; /* whoever speaks next appears without a fade */
    return true;
}

const char *ui_face_error(void)
{
    if (!err_msg[0] || err_told) return NULL;
    err_told = true;
    return err_msg;
}

/* ---- choosing faces ---- */

int ui_face_mood_index(const char *mood)
{
    for (int i = 0; mood && core_mood_at(i); i++)
        if (strcmp(core_mood_at(i), mood) == 0) return i < UI_FACE_MOODS ? i : -1;
    return -1;
}

int ui_face_mood_for(const char *mood, double trust)
{
    int m = ui_face_mood_index(mood);
    if (m >= 0) return m;
    const char *w = trust >= 2      ? "warm"
                    : trust <= -2.5 ? "annoyed"
                    : trust <= -1   ? "guarded"
                                    : "neutral";
    return ui_face_mood_index(w) < 0 ? 0 : ui_face_mood_index(w);
}

static unsigned fnv1a(const char *s)
{
    unsigned h = 2166136261u;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void ui_face_assign(const core_scenario *sc, int *out)
{
    int n_faces = 0;
    while (core_portrait_at(n_faces) && n_faces < MAX_FACES)
        n_faces++;
    bool used[MAX_FACES] = {false};
    int n_used = 0;
    /* Chosen faces first, so a default never takes one an author asked for. */
    for (int i = 0; i < sc->n_cast; i++) {
        out[i] = -1;
        for (int f = 0; sc->cast[i].portrait && f < n_faces; f++)
            if (strcmp(core_portrait_at(f), sc->cast[i].portrait) == 0) {
                out[i] = f;
                n_used += !used[f];
                used[f] = true;
            }
    }
    for (int i = 0; i < sc->n_cast && n_faces > 0; i++) {
        if (out[i] >= 0) continue;
        const char *name =
            sc->cast[i].name && *sc->cast[i].name ? sc->cast[i].name : sc->cast[i].key;
        int f = (int)(fnv1a(name) % (unsigned)n_faces);
        for (int k = 0; n_used < n_faces && used[f] && k < n_faces; k++)
            f = (f + 1) % n_faces;
        out[i] = f;
        n_used += !used[f];
        used[f] = true;
    }
}

void ui_face_speaker(ui_state *st, SDL_Rect r, int who, const char *mood, int slot)
{
    const core_scenario *sc = app_play_scenario(st->play);
    double trust = who >= 0 && who < sc->n_cast
                       ? core_session_state(app_play_session(st->play))->trust[who]
                       : 0;
    ui_face_person(st, r, who, mood, trust, slot);
}

void ui_face_person(ui_state *st, SDL_Rect r, int who, const char *mood, double trust, int slot)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    bool ok;
    if (who < 0 || who >= sc->n_cast) {
        ok = ui_face_scene(cx, r);
        if (!ok) ui_fill_round(cx, r, face_px(r) / 8, cx->th.panel_alt);
    } else {
        int *faces = malloc(sizeof *faces * (size_t)sc->n_cast);
        if (faces) ui_face_assign(sc, faces);
        ok = faces && ui_face_draw(cx, r, faces[who], ui_face_mood_for(mood, trust), slot);
        free(faces);
        /* The drawn face: its one axis follows trust, or the mood's warmth. */
        static const double warmth[UI_FACE_MOODS] = {0, 3, -1.5, 1, -2, 0, -3};
        int m = ui_face_mood_index(mood);
        if (!ok) ui_portrait(cx, r, m >= 0 ? warmth[m] : trust, who, false);
    }
    const char *e = ok ? NULL : ui_face_error();
    if (e) ui_state_say(st, false, "%s", e);
}

void ui_face_release(void)
{
    for (int i = 0; i < CACHE_N; i++) {
        if (cache[i].tex) SDL_DestroyTexture(cache[i].tex);
        cache[i] = (entry){0};
    }
    for (int i = 0; i < MAX_FACES; i++)
        free(face_src[i]), face_src[i] = NULL;
    for (int i = 0; i < UI_FACE_MOODS; i++)
        free(mood_src[i]), mood_src[i] = NULL;
    free(scene_src);
    scene_src = NULL;
    for (int i = 0; i < SLOTS; i++)
        slots[i] = (slot_state){-1, 0, -1, 0};
    err_msg[0] = 0, err_told = false;
}
