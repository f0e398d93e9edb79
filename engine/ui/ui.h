/* ui.h: the SDL2 + SDL_ttf window. The only part of rapport that includes SDL.
 * Drives the runtime through engine/app and engine/core; never Lua or cJSON. */
#ifndef RAPPORT_UI_H
#define RAPPORT_UI_H

#include <stdbool.h>

typedef struct ui_options {
    const char *data_dir;     /* progress folder override, or NULL */
    const char *player;       /* preselected player, or NULL to show the player screen */
    const char *library_dir;  /* scenarios folder, or NULL for app_library_dir() */
    const char *scenario;     /* a file or id to open directly, or NULL for the library */
    const char *from_node;    /* start anywhere: node id, or NULL */
    const char *const *facts; /* with from_node */
    int n_facts;
    const char *const *trust_keys;
    const double *trust;
    int n_trust;
    const char *shots_dir; /* when set, save a BMP of every new screen there (tests) */
    const char *pack;      /* an exercise pack file (--pack): offer only its scenarios, or NULL */
    bool present;          /* open in the presenter view (`rapport present`) */
    bool room;             /* with present: open the room vote (ui_room.c) at once */
    const char *room_bind; /* the address the room listens on; NULL: 127.0.0.1 */
    bool fullscreen;       /* --fullscreen: start filling the screen (F11 toggles) */
    /* Choice order (design.md "Choice order"): every session shows its
     * choices shuffled from a fresh random seed, the presenter view from one
     * seed for the whole window, so the room sees one stable order. */
    bool has_seed; /* --seed: every session uses `seed` */
    unsigned long seed;
    bool author_order; /* never shuffle: the author's order (the layout tests) */
    bool review;       /* open on the Review screen (`rapport review`; issue 16) */
    bool say_first;    /* play --say-first: type your own words first, whatever the setting */
} ui_options;

/* Opens the window and runs until the player quits. Returns a process exit
 * code. Without a display, prints one line pointing to `--text` and returns 1. */
int ui_run(const ui_options *opt);

#endif
