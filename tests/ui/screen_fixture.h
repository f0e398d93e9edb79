/* screen_fixture.h: one rapport window, headless, for the cmocka tests that
 * drive its screens (tests/ui/test_*screens*.c, test_faces.c, test_golden.c,
 * tests/ui/scripts, tests/workshops/test_present.c, tests/i18n). Before it,
 * each of those copied the same window set-up, render loop, box checks, shot
 * writer and synthetic input; now a change to how a screen is checked is made
 * once.
 *
 * Depends on: engine/ui (ui_local.h), SDL2 (the dummy video driver, the
 * software renderer), SDL2_image (PNG shots), cmocka (a failed check fails the
 * running test). Every function here fails the test, never returns an error.
 *
 * Life of a test program:
 *   sf_setup (group setup) -> sf_open, or sf_window + sf_start -> render,
 *   check, shoot, send input -> sf_close -> sf_teardown (group teardown). */
#ifndef RAPPORT_TESTS_SCREEN_FIXTURE_H
#define RAPPORT_TESTS_SCREEN_FIXTURE_H

#include <stdbool.h>

#include "ui_local.h"

/* One window and its state. The fields are the tests' to read and set. */
typedef struct sf_fixture {
    SDL_Window *win;   /* owned: sf_close destroys it */
    SDL_Renderer *ren; /* owned: the software renderer */
    ui_ctx cx;         /* owned */
    ui_state st;       /* owned; valid after sf_start */
    char data[256];    /* a fresh data folder that sf_close removes, or "" (none made);
                        * a test may put here one it made itself (test_golden.c's
                        * fixed paths) so that sf_close removes that one */
    char tag[48];      /* the size or theme: names failures and shots */
} sf_fixture;

/* cmocka group set-up: the dummy video driver, no LRS configuration of the
 * tester's own (XDG_CONFIG_HOME points nowhere), SDL video and SDL_ttf up.
 * Shots are named shots/<shot_prefix><tag>-<what>.png when png, else .bmp.
 * shot_prefix: borrowed, must outlive the program (a literal). Returns 0, or
 * -1 when SDL or SDL_ttf could not start. */
int sf_setup(const char *shot_prefix, bool png);
/* cmocka group tear-down (state unused): SDL_ttf and SDL down. Returns 0. */
int sf_teardown(void **state);

/* A w x h window with the software renderer and the UI context, no state
 * yet (sf_start). data_template: a mkdtemp(3) template for a fresh data
 * folder (in fx->data), or NULL for none. Caller frees with sf_close. */
sf_fixture *sf_window(int w, int h, const char *tag, const char *data_template);
/* The UI state from options o (copied; borrowed): its data_dir, when NULL,
 * is the fixture's fresh folder. */
void sf_start(sf_fixture *fx, const ui_options *o);
/* sf_window then sf_start. Caller frees with sf_close. */
sf_fixture *sf_open(int w, int h, const char *tag, const char *data_template, const ui_options *o);
/* Frees the state, the context, renderer and window, removes the fresh data
 * folder if one was made, and frees fx. */
void sf_close(sf_fixture *fx);

/* Draws until the screen stops asking for another frame (a scroll clamped,
 * at most 4 frames). whole_lines: every frame shows whole lines (st.revealed)
 * rather than text being typed out. */
void sf_render(sf_fixture *fx, bool whole_lines);
/* Fails the test, naming tag and what, when a box of the last frame leaves
 * the window or two text boxes overlap. Returns the number of text boxes. */
int sf_check_boxes(const sf_fixture *fx, const char *what);
/* Saves the last frame to shots/ (named as sf_setup says) for people to
 * look at; fails the test when it cannot. */
void sf_shot(const sf_fixture *fx, const char *what);
/* sf_render, sf_shot (first, so a screen that fails has its picture), then
 * sf_check_boxes. Returns the number of text boxes. */
int sf_render_check(sf_fixture *fx, const char *what, bool whole_lines);
/* The last frame's pixels as ARGB8888, cx.w * cx.h of them. Caller frees. */
Uint32 *sf_read_screen(const sf_fixture *fx);

/* The last frame's first click box with this action and argument, or NULL.
 * Borrowed: valid until the next frame. */
const ui_box *sf_find_hit(const sf_fixture *fx, ui_action a, int arg);
/* When a person's input may come: after the screen is drawn and has been up
 * long enough for a pick (UI_PICK_GUARD_MS). Draws a pending frame first. */
Uint32 sf_person_time(sf_fixture *fx);
/* A key pressed (SDL_KEYDOWN) with modifiers mod, at sf_person_time. */
void sf_key(sf_fixture *fx, SDL_Keycode k, Uint16 mod);
/* Typed text as one SDL_TEXTINPUT event (at most 31 bytes). */
void sf_text(sf_fixture *fx, const char *s);
/* A left click, press and release 60 ms apart from sf_person_time, at the
 * centre of the box with this action and argument (drawn anew first); fails
 * the test when there is none. */
void sf_click(sf_fixture *fx, ui_action a, int arg);

#endif
