/* ui_player.c: "Who is practising?". Existing players (from the progress
 * folder) as buttons, and a field to type a new name. Several people share
 * one machine in a workshop, so this is the first screen. */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <string.h>

void ui_player_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    char title[300];
    snprintf(title, sizeof title, "%s%s", st->pack ? st->pack->title : "rapport",
             st->pack ? "" : _(" · practise professional conversations"));
    int top = ui_top_bar(st, title, NULL, 0);
    int w = cx->w - 4 * p;
    if (w > 40 * p) w = 40 * p;
    int x = (cx->w - w) / 2, y = top + 2 * p;
    y += ui_label(cx, UI_F_TITLE, _("Who is practising?"), x, y, w, cx->th.text) + p;
    if (st->status[0]) y += ui_label(cx, UI_F_SMALL, st->status, x, y, w, ui_status_colour(st)) + p;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int field_h = bh + ui_text_line_h(cx->text, UI_F_SMALL) + 3 * p;
    int bottom = cx->h - field_h - p;
    /* Existing players: a scroll view when there are many. */
    SDL_Rect view = {x - 4, y, w + 8, bottom - y};
    int y0 = ui_scroll_begin(st, view) + 4, yy = y0;
    if (st->n_players == 0)
        yy += ui_label(cx, UI_F_BODY, _("No players yet: type your name below and press Enter."), x,
                       yy, w, cx->th.dim) +
              p;
    for (int i = 0; i < st->n_players; i++) {
        char label[128];
        if (i < 9)
            snprintf(label, sizeof label, "%d.  %s", i + 1, st->players[i]);
        else
            snprintf(label, sizeof label, "%s", st->players[i]);
        SDL_Rect r = {x, yy, w, bh};
        ui_button(cx, r, label, UI_ACT_PLAYER, i,
                  st->focus[UI_SCR_PLAYER] == i && !st->name_buf[0]);
        yy += bh + p / 2;
    }
    ui_scroll_end(st, view, yy - y0 + 4);
    /* The new-player field, pinned at the bottom. */
    int fy = bottom + p;
    ui_label(cx, UI_F_SMALL, _("New player: type a name, then Enter"), x, fy, w, cx->th.dim);
    fy += ui_text_line_h(cx->text, UI_F_SMALL) + p / 2;
    const char *btn = _("Start");
    int bw = ui_text_layout(cx->text, UI_F_BOLD, btn, 0, 1)->w + 2 * p;
    SDL_Rect field = {x, fy, w - bw - p, bh};
    ui_fill_round(cx, field, p / 3, cx->th.border);
    SDL_Rect in = {field.x + 2, field.y + 2, field.w - 4, field.h - 4};
    ui_fill_round(cx, in, p / 3, cx->th.panel);
    SDL_Rect text = {field.x + p / 2, field.y, field.w - p, bh};
    ui_frame_add(&cx->frame, field, UI_BOX_HIT, UI_ACT_FIELD, 0); /* the mouse edits it */
    ui_field_draw(cx, UI_F_BODY, st->name_buf, &st->name_field, st->ime, text, 1);
    SDL_Rect b = {x + w - bw, fy, bw, bh};
    ui_button(cx, b, btn, UI_ACT_NEW_PLAYER, 0, st->name_buf[0] != 0);
}

void ui_player_text(ui_state *st, const char *utf8)
{
    size_t have = strlen(st->name_buf), add = strlen(utf8);
    /* Digits pick a listed player while the field is empty. */
    if (have == 0 && add == 1 && utf8[0] >= '1' && utf8[0] <= '9' && st->n_players > 0) return;
    ui_field_insert(st->name_buf, UI_NAME_CAP, &st->name_field, utf8);
}

bool ui_player_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    SDL_Keycode c = k->keysym.sym;
    int *f = &st->focus[UI_SCR_PLAYER];
    bool empty = st->name_buf[0] == 0;
    if (ui_field_key(st->cx->text, st->name_buf, UI_NAME_CAP, &st->name_field, c, k->keysym.mod))
        return true;
    if (c == SDLK_RETURN || c == SDLK_KP_ENTER) {
        if (!empty)
            ui_state_act(st, UI_ACT_NEW_PLAYER, 0);
        else if (st->n_players > 0)
            ui_state_act(st, UI_ACT_PLAYER, *f);
        return true;
    }
    if (empty && c >= SDLK_1 && c <= SDLK_9) {
        int i = (int)(c - SDLK_1);
        if (i < st->n_players) ui_state_act(st, UI_ACT_PLAYER, i);
        return i < st->n_players;
    }
    if (c == SDLK_UP && *f > 0) {
        (*f)--;
        return true;
    }
    if (c == SDLK_DOWN && *f < st->n_players - 1) {
        (*f)++;
        return true;
    }
    /* Letters are typed (SDL_TEXTINPUT), not shortcuts, on this screen. */
    return c >= SDLK_SPACE && c < SDLK_DELETE && !(k->keysym.mod & KMOD_CTRL);
}
