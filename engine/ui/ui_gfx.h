/* ui_gfx.h: the window's drawing layer. Theme, text layout with its glyph and
 * layout caches, shapes, and the per-frame list of laid-out boxes that hit
 * testing and the layout tests read.
 *
 * Depends on: SDL2 and SDL2_ttf only; nothing from the conversation runtime,
 * so it is tested on its own (tests/ui/test_text.c).
 *
 * Coordinates are output pixels (renderer pixels): on a HiDPI screen they are
 * window coordinates times ui_ctx.dpi. Mouse positions are converted once, in
 * ui_main.c. */
#ifndef RAPPORT_UI_GFX_H
#define RAPPORT_UI_GFX_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>
#include <stdint.h>

/* ---- theme ---- */

typedef enum ui_theme_id {
    UI_THEME_LIGHT,
    UI_THEME_DARK,
    UI_THEME_CONTRAST,
    UI_THEME_COUNT
} ui_theme_id;

typedef struct ui_theme {
    ui_theme_id id;
    SDL_Color bg, panel, panel_alt, border;
    SDL_Color text, dim, accent, on_accent, focus, hover;
    SDL_Color good, mixed, poor, bar_bg;
    SDL_Color series[3];        /* chart lines, one per skill: distinct in every theme */
    SDL_Color skin[4], hair[4]; /* portrait palettes, picked by cast index */
} ui_theme;

/* Fills *t with the named theme. */
void ui_theme_get(ui_theme_id id, ui_theme *t);
/* "light", "dark", "contrast" <-> id; unknown names give UI_THEME_LIGHT. */
ui_theme_id ui_theme_from_name(const char *name);
const char *ui_theme_name(ui_theme_id id); /* static string */

/* ---- fonts and text ---- */

typedef enum ui_font_id {
    UI_F_BODY,   /* choices, transcript, most text */
    UI_F_BOLD,   /* names, buttons */
    UI_F_ITALIC, /* cues */
    UI_F_SMALL,  /* roles, captions, deltas */
    UI_F_LINE,   /* the current line, a little larger */
    UI_F_TITLE,  /* screen titles */
    UI_F_COUNT
} ui_font_id;

/* Absurd texts are clamped to this many code points (an ellipsis marks the
 * cut): a 1 MB line must not become a giant layout or texture. */
#define UI_TEXT_MAX_CP 16000

/* One placed glyph, relative to the layout's top-left corner. In a shaped
 * run, x and w are those of the HarfBuzz cluster that draws the code point. */
typedef struct ui_glyph_pos {
    uint32_t cp;
    /* The code point drawn, counted as ui_text_index counts them; -1 for an
     * ellipsis. Not always the glyph's own index: a wrapped line drops the
     * space it breaks at, and a newline has no glyph. Increasing along g. */
    int src;
    int x, y;
    int w;     /* advance */
    bool rtl;  /* shown right to left (odd bidi level) */
    bool join; /* continues the cluster before it (a mark, a ligature's second
                  letter): no caret stops in front of it */
} ui_glyph_pos;

/* A laid-out text: glyphs wrapped to a width. Owned by the text cache; a
 * pointer stays valid until the next ui_text_frame or ui_text_reset. */
typedef struct ui_layout {
    ui_font_id font;
    int w, h; /* extent in pixels */
    /* Where the letters are, from text_x, text_w wide: narrower than w when a
     * wrapped right-to-left line is right-aligned to the wrap width. Centre a
     * label by these, not by w. */
    int text_x, text_w;
    bool rtl;   /* the first paragraph is right to left */
    int line_h; /* distance between baselines */
    int n_lines;
    int n_glyphs;
    ui_glyph_pos *g; /* [n_glyphs] */
    bool clamped;    /* the text was cut (too long, or max_lines reached) */
} ui_layout;

typedef struct ui_text ui_text; /* opaque: fonts, glyph cache, layout cache */

/* Opens the two bundled faces at sizes derived from px (body size in pixels).
 * font_dir holds DejaVuSans.ttf and DejaVuSans-Bold.ttf. Fallback fonts are
 * looked for and opened later, on the first glyph these lack. Returns NULL with a
 * message in err when a font cannot be opened. Free with ui_text_free. */
ui_text *ui_text_new(SDL_Renderer *ren, const char *font_dir, int px, char *err, size_t errlen);
void ui_text_free(ui_text *t); /* NULL is fine */
/* Changes the body size (text scale, HiDPI): reopens fonts, drops every cache.
 * Returns false (fonts unchanged) when a font cannot be reopened. */
bool ui_text_set_size(ui_text *t, int px);
int ui_text_size(const ui_text *t);
/* Starts a frame: layouts unused for a while are evicted here and only here. */
void ui_text_frame(ui_text *t);
/* Lays out text (UTF-8; invalid bytes show as U+FFFD) wrapped at wrap_w
 * pixels (0 = no wrapping), at most max_lines lines (0 = no limit; the last
 * shown line ends in an ellipsis). Cached: the same arguments return the same
 * layout without work. Never NULL (out of memory gives an empty layout). */
const ui_layout *ui_text_layout(ui_text *t, ui_font_id f, const char *text, int wrap_w,
                                int max_lines);
/* Draws the first n_glyphs glyphs of l (-1 = all) with its top-left at x, y. */
void ui_text_draw(ui_text *t, const ui_layout *l, int x, int y, SDL_Color c, int n_glyphs);
int ui_text_line_h(const ui_text *t, ui_font_id f);
/* Counters for tests: glyphs rasterised and layouts computed since creation. */
void ui_text_stats(const ui_text *t, long *glyphs_rendered, long *layouts_built);
/* The fallback chain for scripts DejaVu lacks (docs/window.md, "Other
 * scripts"). Faces are numbered 0 for the bundled face, then 1.. for the
 * fallback files found, in the order they are tried. */
/* The face that draws cp in font f, or -1 when no face has it (it is drawn as
 * U+FFFD). May look for the chain and open fallback fonts, as drawing would. */
int ui_text_glyph_face(ui_text *t, ui_font_id f, uint32_t cp);
/* 1 + the fallback files found; looks for them (opens none) if not done yet. */
int ui_text_face_count(ui_text *t);
/* The file of face k >= 1 (borrowed), or NULL for 0 and out-of-range k. */
const char *ui_text_face_file(const ui_text *t, int face);
/* Fallback fonts open now (one per file and font id, opened on first need). */
int ui_text_fallbacks_open(const ui_text *t);

/* Decodes one UTF-8 code point at s (len bytes left) into *cp; returns the
 * bytes used (>= 1). Invalid sequences give U+FFFD and consume one byte. */
int ui_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);
/* The index, among the code points a layout of s keeps, of the byte offset
 * `byte`: the code points before it but '\r' and controls other than '\n'
 * and '\t'. A glyph's src counts the same way; it is the glyph's own index
 * only on one line without a newline (ui_text_glyph_at maps the rest). */
int ui_text_index(const char *s, size_t byte);
/* The byte offset in s of kept code point i (strlen(s) at or past the end). */
size_t ui_text_byte(const char *s, int i);
/* Where a caret before glyph i of l stands (i = n_glyphs: after the last):
 * the leading edge of glyph i in its direction, or the trailing edge of the
 * last; *x, *y relative to the layout, *y the top of its line. */
void ui_text_caret(const ui_layout *l, int i, int *x, int *y);
/* The first glyph of l that draws code point k (a ui_text_index) or one
 * after it; n_glyphs when none does (past the end, or cut off). */
int ui_text_glyph_at(const ui_layout *l, int k);
/* Where a caret before code point k (a ui_text_index) of l's text stands, as
 * ui_text_caret: before the glyph that draws k, else after the glyph before
 * it when k has none on that line (the space a wrapped line breaks at, a
 * newline, the end of the text, what an ellipsis cut off). Returns the glyph
 * the caret stands after (its trailing edge), or -1 when it stands before one
 * or l is empty. */
int ui_text_caret_at(const ui_layout *l, int k, int *x, int *y);

/* ---- boxes: what a frame laid out, for hit testing and layout tests ---- */

typedef enum ui_box_kind { UI_BOX_TEXT, UI_BOX_HIT } ui_box_kind;

typedef struct ui_box {
    SDL_Rect r; /* already clipped to the visible area */
    ui_box_kind kind;
    int action; /* UI_BOX_HIT: what a click does (ui_local.h's ui_action) */
    int arg;
} ui_box;

#define UI_MAX_CLIP 8

typedef struct ui_frame {
    ui_box *v;
    int n, cap;
    SDL_Rect clip[UI_MAX_CLIP]; /* stack of visible areas (scroll views) */
    int n_clip;
} ui_frame;

void ui_frame_clear(ui_frame *f);
void ui_frame_free(ui_frame *f);
/* Records a box, clipped to the current clip area; boxes wholly outside are dropped. */
void ui_frame_add(ui_frame *f, SDL_Rect r, ui_box_kind kind, int action, int arg);
/* The topmost hit box containing x, y, or NULL. Pointer valid until the next clear. */
const ui_box *ui_frame_hit(const ui_frame *f, int x, int y);

/* ---- the drawing context shared by every screen ---- */

typedef struct ui_ctx {
    SDL_Window *win;   /* borrowed */
    SDL_Renderer *ren; /* borrowed */
    int w, h;          /* renderer output size */
    float dpi;         /* output pixels per window coordinate */
    ui_theme th;
    ui_text *text; /* owned by whoever made the ctx */
    ui_frame frame;
    int mouse_x, mouse_y; /* output pixels; -1 when outside */
    Uint64 now;           /* ms, the window's clock for this frame (ui_render sets it from
                           * ui_now_ms; tests set it): what blinks is drawn at this instant */
} ui_ctx;

/* Spacing unit: scales with the body text size so everything grows together. */
int ui_pad(const ui_ctx *cx);

/* Pushes a clip area (intersected with the current one) for drawing and boxes. */
void ui_clip_push(ui_ctx *cx, SDL_Rect r);
void ui_clip_pop(ui_ctx *cx);

/* Text at x, y wrapped at w (0 = none); records a text box; returns its height. */
int ui_label(ui_ctx *cx, ui_font_id f, const char *s, int x, int y, int w, SDL_Color c);
/* As ui_label with a line limit and a typewriter count (-1 = all glyphs). */
int ui_label_ex(ui_ctx *cx, ui_font_id f, const char *s, int x, int y, int w, int max_lines,
                SDL_Color c, int n_glyphs);

/* ---- shapes (ui_draw.c) ---- */

void ui_fill_rect(ui_ctx *cx, SDL_Rect r, SDL_Color c);
void ui_rect_outline(ui_ctx *cx, SDL_Rect r, SDL_Color c, int thickness);
/* Filled rounded rectangle made of triangles (SDL_RenderGeometry). */
void ui_fill_round(ui_ctx *cx, SDL_Rect r, int radius, SDL_Color c);
void ui_fill_ellipse(ui_ctx *cx, float cx_, float cy, float rx, float ry, SDL_Color c);
/* A thick polyline through n points (each segment a quad). */
void ui_polyline(ui_ctx *cx, const SDL_FPoint *p, int n, float width, SDL_Color c);
/* A face in r whose expression follows trust (about -3 .. +3; 0 is neutral).
 * palette picks skin and hair colours so each cast member looks different. */
void ui_portrait(ui_ctx *cx, SDL_Rect r, double trust, int palette, bool dim);

/* ---- text fields (ui_field.c) ---- */

/* A field's undo history (ui_field_undo.c). */
typedef struct ui_undo ui_undo;

/* At most this many undo steps and bytes of text in them per field (the
 * newest step is kept whatever its size: at most twice the field's). */
#define UI_UNDO_STEPS 100
#define UI_UNDO_BYTES 65536

/* The caret blinks as GTK's does, UI_BLINK_MS on and as long off, from a
 * restart (a key, a click, the field coming on screen: solid then) until
 * UI_BLINK_IDLE_MS have passed without one; then it stays on, so an idle
 * window needs no frames at all. */
#define UI_BLINK_MS 530
#define UI_BLINK_IDLE_MS 10000

/* A text field's caret, selection and undo history, kept by its screen
 * beside the text (a char buffer the screen owns). All zero: the caret at
 * the start, nothing selected, no history. Offsets are bytes into the text,
 * brought onto a code point boundary and within the text on every use, so a
 * screen may empty or replace its text without telling the field (the
 * history then forgets itself). The first edit allocates the history: the
 * owner calls ui_field_free when the field goes. */
typedef struct ui_field {
    size_t caret;  /* where typing goes in */
    size_t anchor; /* the selection runs between anchor and caret; none when equal */
    ui_undo *undo; /* owned: NULL until the first edit; ui_field_free frees it */
    /* Recorded by ui_field_draw, for keys and the mouse: */
    ui_font_id font;
    int lines;  /* lines shown: <= 1 one line (a newline shows as a space), else wrapped */
    int wrap;   /* the width a wrapped field wraps at */
    int tx, ty; /* where the text's top-left was drawn (output pixels) */
    int scroll; /* pixels scrolled (sideways on one line, up when wrapped) to show the caret */
    int goal_x; /* Up and Down keep this x (while have_goal) */
    bool have_goal;
    bool drag;         /* a press in the field is held: motion selects (the caller clears it) */
    Uint64 blink_at;   /* ms (ui_ctx.now's clock): the caret's blink restarted, solid from then */
    Uint64 blink_next; /* set by ui_field_draw: when the caret drawn turns on or off next, 0 when
                        * it will not (none drawn, over a selection; or it stopped blinking) */
} ui_field;

/* Typed text (SDL_TEXTINPUT) in place of the selection, or at the caret,
 * when the text then fits in cap bytes, NUL included; the caret goes after
 * it. False (nothing changed) when it would not fit. Control characters (a
 * newline, a tab) are left out, invalid UTF-8 becomes U+FFFD. */
bool ui_field_insert(char *buf, size_t cap, ui_field *fd, const char *utf8);
/* Pasted text in place of the selection, cut (at a code point) to what fits
 * in cap: line breaks become '\n' in a wrapped field (fd->lines > 1) and
 * spaces in a one-line one, tabs spaces; other controls are left out and
 * invalid UTF-8 becomes U+FFFD. False when nothing changed. */
bool ui_field_paste(char *buf, size_t cap, ui_field *fd, const char *utf8);
/* A key for the field (buf holds at most cap bytes, NUL included); false for
 * keys it does not use (then the screen's), and for any with Alt. Left and
 * Right move on screen (in right-to-left words, Left goes on in reading
 * order), stopping between whole clusters; with Ctrl by words. Home and End:
 * the line's ends (with Ctrl the text's). Up and Down, in a wrapped field
 * only: the line above or below at the same x. Shift with any of those
 * selects. Backspace removes the selection or the code point before the
 * caret, Delete the selection or the cluster after it; with Ctrl to the
 * word's start or end. Ctrl+A selects all; Ctrl+C, Ctrl+X and Ctrl+V (and
 * Ctrl+Insert, Shift+Delete, Shift+Insert) copy, cut and paste through SDL's
 * clipboard. A selection made is also the primary selection (X11, Wayland).
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (ui_field_undo), taken even
 * when there is nothing to undo. */
bool ui_field_key(ui_text *t, char *buf, size_t cap, ui_field *fd, SDL_Keycode key, Uint16 mod);
/* Ctrl+Z: the last step of fd's history taken back, the caret and the
 * selection as they were before it. Ctrl+Shift+Z and Ctrl+Y: the last step
 * undone made again. False (nothing changed) when there is none, or when
 * buf is not the text the history left (the screen replaced it). */
bool ui_field_undo(char *buf, size_t cap, ui_field *fd);
bool ui_field_redo(char *buf, size_t cap, ui_field *fd);
/* Frees fd's history; the field stays usable, with none. */
void ui_field_free(ui_field *fd);
/* The caret's blink starts again at now (ms): the caret is on. */
void ui_field_blink_restart(ui_field *fd, Uint64 now);
/* Whether the caret shows at now: on for UI_BLINK_MS after a restart, off
 * for as long, and so on; on from UI_BLINK_IDLE_MS after it. */
bool ui_field_caret_on(const ui_field *fd, Uint64 now);
/* The instant after now when ui_field_caret_on changes, or 0 when it never
 * will (the blink stopped, on). */
Uint64 ui_field_blink_next(const ui_field *fd, Uint64 now);
/* A left press at x, y (output pixels) where the field was last drawn: the
 * caret to the nearest stop (extend: Shift held, the selection grows to it);
 * clicks 2 selects the word (or spaces) there, 3 all. Sets fd->drag. */
void ui_field_press(ui_text *t, const char *buf, ui_field *fd, int x, int y, int clicks,
                    bool extend);
/* The mouse moved to x, y with the button held since a press (fd->drag):
 * the selection runs from where it went down to the stop nearest. */
void ui_field_drag(ui_text *t, const char *buf, ui_field *fd, int x, int y);
/* The left button came up: a press's selection ends, and is offered as the
 * primary selection (the middle-button paste), as a Shift-key one is; under
 * X11 and Wayland only, which have one. */
void ui_field_release(const char *buf, ui_field *fd);
/* A middle click at x, y (X11 and Wayland; elsewhere nothing): the caret
 * there and the primary selection pasted (as ui_field_paste). */
void ui_field_middle(ui_text *t, char *buf, size_t cap, ui_field *fd, int x, int y);
/* Draws buf in r with the caret (none over a selection; blinking: drawn when
 * ui_field_caret_on at cx->now, and fd->blink_next set), the selection (the
 * accent behind, the text on_accent) and ime (the input method's text being composed; NULL or ""
 * for none) at the caret, underlined. lines <= 1: one line, right-to-left text from r's right,
 * scrolled sideways as little as keeps the caret in view; else wrapped at r.w, scrolled up and down
 * to keep the caret's line in r. Clipped to r; records a text box, and where it drew in fd. Returns
 * the height shown, at least a line's. */
int ui_field_draw(ui_ctx *cx, ui_font_id f, const char *buf, ui_field *fd, const char *ime,
                  SDL_Rect r, int lines);

/* A button: rounded panel with a centred label; records a hit box with
 * action/arg and a text box. focus draws a ring (keyboard focus). */
void ui_button(ui_ctx *cx, SDL_Rect r, const char *label, int action, int arg, bool focus);
bool ui_hovered(const ui_ctx *cx, SDL_Rect r);

#endif
