/* ui_room.h: the room vote in the presenter view (ui_room.c): starts and
 * stops engine/room's server, tells it the step on screen, and draws the join
 * panel, the live bars and the room's counts at the reveal. Used by
 * ui_present.c and ui_main.c only. */
#ifndef RAPPORT_UI_ROOM_H
#define RAPPORT_UI_ROOM_H

#include "ui_local.h"

/* Gives room r, before it listens, its pages' words in English and in each
 * language with a catalog, the window's own first (the phones' default):
 * the language of the catalog in use (app_i18n_catalog). Called by
 * ui_room_toggle; public for tests/i18n. */
struct room;
void ui_room_add_languages(struct room *r);
/* Opens the room (st->opt.room_bind, else loopback) or closes it: the
 * presenter view's R key. A failure goes to st->status. */
void ui_room_toggle(ui_state *st);
/* Closes the room and frees it; safe when it is not open. */
void ui_room_stop(ui_state *st);
bool ui_room_open(const ui_state *st);
/* Before each frame is drawn (ui_render): opens the room once for
 * `present --room`, closes it when the presenter view is left, tells it the
 * step on screen, reads the counts back and, unless the facilitator typed a
 * choice, makes the room's leader the pick. Never waits on the network. */
void ui_room_frame(ui_state *st);
/* Called when the session takes a step (ui_state.c's after_step): when the
 * room was voting on it, closes the votes and keeps the counts in the step's
 * view (ui_step_view.room), so the reveal and the record see the same ones. */
void ui_room_step_taken(ui_state *st);
/* The room's counts per step of the session, for app_record_req.room: a
 * malloc'ed [*n] array the caller frees, or NULL (*n 0) when the room voted
 * at no step. */
app_room_votes *ui_room_votes(const ui_state *st, int *n);
/* True when the pick on screen is the phones' leader, not a number typed. */
bool ui_room_picked(const ui_state *st);
/* True for the event the server's thread posts when votes change. */
bool ui_room_event(const SDL_Event *e);
/* Pixels the join panel takes at the right of the presenter view (0: closed). */
int ui_room_panel_w(const ui_state *st);
/* The join panel in r: the QR code, the address, the code, who has voted. */
void ui_room_panel(ui_state *st, SDL_Rect r);
/* A choice card's live count and bar (visible choice n); the width the count
 * needs at the card's right (0 when the room is closed). */
int ui_room_count_w(const ui_state *st);
void ui_room_card(ui_state *st, SDL_Rect card, int n);
/* At the reveal: the room's votes per choice; returns the height (0 when no
 * phone voted or the room is closed). */
int ui_room_result(ui_state *st, int x, int y, int w);

#endif
