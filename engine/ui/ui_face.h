/* ui_face.h: the cast's faces, vector portraits from assets/portraits drawn
 * through SDL2_image (docs/window.md, "Portraits").
 *
 * A face is a base file (assets/portraits/NAME.svg: hair, head, clothes) with
 * a marker where one of seven expression overlays goes
 * (assets/portraits/expressions/MOOD.svg: eyes, brows, mouth). The two are
 * joined as text and rasterised at the size they are shown, so every text
 * scale and window size gets sharp edges; textures are cached per face, mood,
 * size and theme. The high contrast theme gets flat fills with black outlines.
 * When a file is missing or SDL_image fails, callers fall back to the drawn
 * portrait (ui_portrait) and the window says so once.
 *
 * Depends on: SDL2, SDL2_image, ui_gfx.h, core.h through app.h (the names of the faces and
 * the moods). The caches are the window's own state (static here); free them
 * with ui_face_release before the renderer goes. */
#ifndef RAPPORT_UI_FACE_H
#define RAPPORT_UI_FACE_H

#include "app.h" /* core.h: the names of the faces and the moods */
#include "ui_gfx.h"

#include <stdbool.h>

/* The seven moods, in core_mood_at's order. */
#define UI_FACE_MOODS 7

/* A mood's index (0 = neutral) or -1 for NULL or an unknown word. */
int ui_face_mood_index(const char *mood);
/* The expression shown: the node's mood when given, else one that follows
 * trust (about -3 .. +3): warm from 2, guarded from -1, annoyed from -2.5. */
int ui_face_mood_for(const char *mood, double trust);

/* The face each cast member shows, into out[sc->n_cast] (indices for
 * core_portrait_at). A valid `portrait` is kept; the others are chosen from the
 * name (a hash, then the next face nobody in the scenario has), so two members
 * of one scenario share a face only when there are more members than faces. */
void ui_face_assign(const core_scenario *sc, int *out);

/* Rasterises face (core_portrait_at index) with mood at px x px, or the
 * narrator's scene icon when face is -1. NULL with a message in err when a
 * file is missing or SDL_image fails. The caller frees the surface. */
SDL_Surface *ui_face_render(int face, int mood, int px, bool contrast, char *err, size_t errlen);

/* Draws a face in r on a rounded panel in the theme's colours. slot names the
 * place on screen (0 the conversation, 1 the presenter view): a change of
 * mood at the same face in the same slot cross-fades, anything else switches
 * at once. Returns false when the face cannot be drawn (nothing was drawn;
 * ui_face_error says why). */
bool ui_face_draw(ui_ctx *cx, SDL_Rect r, int face, int mood, int slot);
/* The narrator's scene icon, centred in r at half its size; false as above. */
bool ui_face_scene(ui_ctx *cx, SDL_Rect r);
/* The first failure's message, once (then NULL): for one status line. */
const char *ui_face_error(void);
/* True while a cross-fade runs (the window then keeps drawing). */
bool ui_face_fading(void);
/* Call after each present: true once, after the frame that held its faces
 * back (see ui_face_set_defer), so the caller draws another at once. */
bool ui_face_frame_done(void);
/* The cross-fade's length in milliseconds (220 by default; 0 turns it off,
 * for screenshots that must not depend on time). */
void ui_face_set_fade_ms(int ms);
/* The first frame of a window shows the faces' panels empty and the next one
 * the faces, so the window appears without waiting for SDL2_image and the
 * first rasterisation. On by default except under the dummy video driver
 * (headless tests draw everything in one frame); this overrides it. */
void ui_face_set_defer(bool on);
struct ui_state;
/* The face of cast member who (the scene icon for the narrator, who < 0) in
 * r, with mood (NULL: from their trust), falling back to the drawn portrait;
 * the first failure goes to the status line once. For the screens. */
void ui_face_speaker(struct ui_state *st, SDL_Rect r, int who, const char *mood, int slot);
/* The same with the trust given: for a past moment (their side's replay),
 * where the session's trust now is not the trust then. slot -1: no fade. */
void ui_face_person(struct ui_state *st, SDL_Rect r, int who, const char *mood, double trust,
                    int slot);
/* Frees every cached texture and file; call before destroying the renderer. */
void ui_face_release(void);

#endif
