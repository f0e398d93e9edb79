/* ui_room.c: the room vote, seen from the presenter view (docs/workshops.md,
 * "The room votes from their phones").
 *
 * engine/room runs the web server on its own thread; this file is the only
 * place the window talks to it, always through calls that take the room's
 * lock for a copy and return, so the frame loop never waits on a phone. When
 * a vote arrives the server's thread posts one SDL event (at most one in the
 * queue at a time, however fast votes come), which wakes the loop to redraw.
 *
 * Each frame (ui_room_frame): the step on screen becomes the room's round
 * (the line and the choices in the presenter's one order), the reveal closes
 * it, any other screen makes the room wait; the counts come back and, until
 * the facilitator types a number, the most-voted choice is the pick.
 *
 * Environment: RAPPORT_ROOM_STATUS names a file rewritten after each frame
 * with the room's address, code, counts, a frame counter and the view's
 * generation (it changes when the choices are set up anew, as on F5), so tests can
 * prove the loop keeps drawing while a hostile client hangs on the server. */
#include "i18n.h"
#include "ui_room.h"

#include "room.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ui_room {
    room *r;           /* owned */
    unsigned char *qr; /* [qr_size * qr_size] modules; owned */
    int qr_size;
    char url[160], base[128];
    char key[64];              /* what the room was last told (a step, a reveal, waiting) */
    int auto_pick;             /* the pick this file made; another value is the facilitator's */
    const app_play *open_play; /* the session and step index the open round is about */
    int open_step;
    unsigned long open_sig; /* its choices (texts, in the order shown), hashed */
    room_count c;           /* the counts read this frame */
    unsigned long frames;
    SDL_atomic_t pending; /* an event is in SDL's queue */
};

/* The event type, registered once per process (SDL keeps no way to undo it). */
static Uint32 room_event_type;

/* On the server's thread: wake the window, once until it has looked. */
static void on_change(void *ud)
{
    struct ui_room *u = ud;
    if (!SDL_AtomicCAS(&u->pending, 0, 1)) return;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = room_event_type;
    if (SDL_PushEvent(&e) != 1) SDL_AtomicSet(&u->pending, 0);
}

bool ui_room_event(const SDL_Event *e)
{
    return room_event_type && e->type == room_event_type;
}

bool ui_room_picked(const ui_state *st)
{
    return ui_room_open(st) && st->present_pick && st->present_pick == st->room->auto_pick;
}

bool ui_room_open(const ui_state *st)
{
    return st->room && room_listening(st->room->r);
}

void ui_room_stop(ui_state *st)
{
    struct ui_room *u = st->room;
    if (!u) return;
    room_free(u->r); /* stops the server and joins its thread: no callback after this */
    const char *file = getenv("RAPPORT_ROOM_STATUS");
    FILE *f = file && *file ? fopen(file, "w") : NULL;
    if (f) { /* closed: what the tests wait for before probing the port */
        fprintf(f, "room 0 frames %lu\n", u->frames);
        fclose(f);
    }
    free(u->qr);
    free(u);
    st->room = NULL;
    st->dirty = true;
}

/* The phone pages' words (room.h) in English and in each language with a
 * catalog, the app's own first, so a phone reads the language its browser
 * asks for, else the app's. Each language's words are read from its catalog
 * by app_tr_in, which changes neither the process's language nor its
 * environment: worker threads (reading aloud, the journal's fold, the LRS
 * sync) may be calling getenv and gettext meanwhile. */
void ui_room_add_languages(room *r)
{
    /* The catalog the window's words come from, not the language asked for:
     * LANGUAGE=de:fr shows French, so phones default to French too. */
    char app[8];
    snprintf(app, sizeof app, "%s", app_i18n_catalog());
    const char *const *have = app_i18n_languages();
    const char *codes[ROOM_MAX_LANGS] = {app};
    int n = 1;
    if (strcmp(app, "en") != 0) codes[n++] = "en";
    for (int i = 0; have[i] && n < ROOM_MAX_LANGS; i++)
        if (strcmp(have[i], app) != 0) codes[n++] = have[i];
    for (int i = 0; i < n; i++) {
        const char *words[ROOM_N_WORDS], *c = codes[i];
        bool one[ROOM_MAX_VOTERS + 1];
        for (int w = 0; w < ROOM_N_WORDS; w++)
            words[w] = app_tr_in(c, room_word_en((room_word)w));
        words[ROOM_W_VOTES_ONE] = app_trn_in(c, "%d vote", "%d votes", 1);
        words[ROOM_W_VOTES_MANY] = app_trn_in(c, "%d vote", "%d votes", 2);
        for (int v = 0; v <= ROOM_MAX_VOTERS; v++)
            one[v] = strcmp(app_trn_in(c, "%d vote", "%d votes", (unsigned long)v),
                            words[ROOM_W_VOTES_ONE]) == 0;
        if (!room_add_language(r, c, words, one)) /* copies the words */
            /* out of memory: those phones get another language */
            fprintf(stderr, _("rapport: the room's pages in %s could not be prepared\n"), c);
    }
}

static void start(ui_state *st)
{
    char err[256];
    if (!room_event_type) room_event_type = SDL_RegisterEvents(1);
    struct ui_room *u = calloc(1, sizeof *u);
    if (!u || room_event_type == (Uint32)-1) {
        free(u);
        snprintf(st->status, sizeof st->status, _("The room could not open: out of memory."));
        return;
    }
    u->r = room_new(err, sizeof err);
    if (u->r) ui_room_add_languages(u->r);
    if (!u->r || !room_listen(u->r, st->opt.room_bind, 0, on_change, u, err, sizeof err)) {
        snprintf(st->status, sizeof st->status, _("The room could not open: %s."), err);
        fprintf(stderr, "rapport: %s\n", st->status); /* also where the facilitator typed */
        room_free(u->r);
        free(u);
        return;
    }
    room_join_url(u->r, u->url, sizeof u->url);
    room_base_url(u->r, u->base, sizeof u->base);
    u->qr = room_qr(u->url, &u->qr_size);
    st->room = u;
    st->dirty = true;
    /* For the facilitator's terminal (and the tests that read it). */
    printf(_("rapport: the room is open at %s (code %s)\n"), u->url, room_code(u->r));
    fflush(stdout);
}

void ui_room_toggle(ui_state *st)
{
    if (st->room)
        ui_room_stop(st);
    else
        start(st);
}

static const char *speaker(const core_scenario *sc, int sp)
{
    if (sp < 0 || sp >= sc->n_cast) return NULL;
    return sc->cast[sp].name[0] ? sc->cast[sp].name : sc->cast[sp].key;
}

/* When the round open is on a step the session has since taken: closes its
 * votes with the room's choice in its own numbering (the step's place among
 * the choices it showed; 0 when the moment passed) and keeps the final counts
 * in that step's view for the session record. Returns true when it did. */
static bool close_round(ui_state *st, struct ui_room *u)
{
    if (strncmp(u->key, "open", 4) != 0 || !st->play || st->play != u->open_play) return false;
    core_session *s = app_play_session(st->play);
    int k = u->open_step;
    if (core_session_n_steps(s) <= k || k >= st->n_steps) return false; /* not taken (or undone) */
    const core_step *cs = core_session_step(s, k);
    ui_step_view *v = &st->steps[k];
    int chosen = 0;
    if (cs->choice != CORE_NONE)
        for (int a = 0; a < v->n_alt; a++)
            if (v->alt[a] == cs->choice) chosen = a + 1;
    room_reveal(u->r, chosen);
    room_tally(u->r, &u->c); /* closed: no vote changes these any more */
    memset(&v->room, 0, sizeof v->room);
    if (u->c.voted > 0 && v->n_alt > 0) { /* written only when the room voted */
        v->room.n = v->n_alt < APP_ROOM_MAX ? v->n_alt : APP_ROOM_MAX;
        for (int i = 0; i < v->room.n && i < u->c.n_choice; i++)
            v->room.votes[i] = u->c.votes[i];
        v->room.phones = u->c.joined;
    }
    snprintf(u->key, sizeof u->key, "reveal %p %d", (void *)st->play, k + 1);
    return true;
}

void ui_room_step_taken(ui_state *st)
{
    if (st->room) close_round(st, st->room);
}

app_room_votes *ui_room_votes(const ui_state *st, int *n)
{
    *n = 0;
    bool any = false;
    for (int i = 0; i < st->n_steps; i++)
        any = any || st->steps[i].room.n > 0;
    app_room_votes *v = any ? calloc((size_t)st->n_steps, sizeof *v) : NULL;
    if (!v) return NULL; /* none voted; or out of memory, and the session saves without them */
    for (int i = 0; i < st->n_steps; i++)
        v[i] = st->steps[i].room;
    *n = st->n_steps;
    return v;
}

/* Tells the room what is on screen when that changed. */
static void follow(ui_state *st, struct ui_room *u)
{
    char key[64] = "wait";
    core_session *s = st->play ? app_play_session(st->play) : NULL;
    bool convo = s && st->screen == UI_SCR_CONVO;
    bool playing = convo && core_session_status(s) == CORE_PLAYING;
    int n_steps = s ? core_session_n_steps(s) : 0;
    if (playing && !st->coach)
        snprintf(key, sizeof key, "open %p %u %d", (void *)st->play, st->choices_gen, n_steps);
    else if (convo && st->coach && n_steps > 0)
        snprintf(key, sizeof key, "reveal %p %d", (void *)st->play, n_steps);
    if (strcmp(key, u->key) == 0) return;
    /* The step voted on was taken (ui_room_step_taken may have done it already). */
    if (close_round(st, u) && strcmp(key, u->key) == 0) return;
    bool was_open = strncmp(u->key, "open", 4) == 0;
    snprintf(u->key, sizeof u->key, "%s", key);
    if (key[0] == 'o') {
        const core_scenario *sc = app_play_scenario(st->play);
        const core_node *n = core_session_node(s);
        const char *texts[ROOM_MAX_CHOICES];
        int nv = core_session_n_visible(s);
        if (nv > ROOM_MAX_CHOICES) nv = ROOM_MAX_CHOICES;
        unsigned long sig = 2166136261u;
        for (int i = 0; i < nv; i++) {
            texts[i] = n->choices[core_session_visible(s, i)].text;
            for (const char *c = texts[i] ? texts[i] : ""; *c; c++)
                sig = (sig ^ (unsigned char)*c) * 16777619u;
            sig = (sig ^ 0x1fu) * 16777619u; /* between choices */
        }
        /* The same step with the same choices, only set up anew (F5 reloaded
         * the scenario): the round goes on, so no phone has to vote again,
         * and the phones show the line as the file now says it. */
        if (was_open && u->open_play == st->play && u->open_step == n_steps && u->open_sig == sig) {
            room_set_line(u->r, speaker(sc, n->speaker), st->cur_line);
            return;
        }
        room_step step = {.number = n_steps + 1,
                          .speaker = speaker(sc, n->speaker),
                          .line = st->cur_line,
                          .choice = texts,
                          .n_choice = nv};
        room_set_step(u->r, &step);
        u->auto_pick = 0;
        u->open_play = st->play;
        u->open_step = n_steps;
        u->open_sig = sig;
    } else {
        room_wait(u->r);
    }
}

static void write_status(const ui_state *st, const struct ui_room *u)
{
    const char *file = getenv("RAPPORT_ROOM_STATUS");
    if (!file || !*file) return;
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp", file);
    FILE *f = fopen(tmp, "w");
    if (!f) return;
    const room_count *c = &u->c;
    fprintf(f,
            "room %d url %s code %s frames %lu view %u round %u step %d open %d revealed %d "
            "voted %d joined %d pick %d votes",
            (int)ui_room_open(st), u->url, room_code(u->r), u->frames, st->choices_gen, c->round,
            c->number, (int)c->open, c->revealed, c->voted, c->joined, st->present_pick);
    for (int i = 0; i < c->n_choice; i++)
        fprintf(f, " %d", c->votes[i]);
    fputc('\n', f);
    fclose(f);
    rename(tmp, file);
}

void ui_room_frame(ui_state *st)
{
    if (st->opt.room && !st->room_tried && st->present) {
        st->room_tried = true; /* once: a room the facilitator closed stays closed */
        start(st);
    }
    struct ui_room *u = st->room;
    if (!u) return;
    if (!st->present) { /* the presenter view was left: nobody is showing the code */
        ui_room_stop(st);
        return;
    }
    SDL_AtomicSet(&u->pending, 0); /* counts read below include every vote so far */
    follow(st, u);
    room_tally(u->r, &u->c);
    u->frames++;
    bool choosing = st->play && !st->coach && st->screen == UI_SCR_CONVO &&
                    core_session_status(app_play_session(st->play)) == CORE_PLAYING;
    if (choosing && u->c.open && st->present_pick == u->auto_pick) {
        st->present_pick = room_leader(&u->c);
        u->auto_pick = st->present_pick;
    }
    write_status(st, u);
}

/* ---- drawing ---- */

int ui_room_panel_w(const ui_state *st)
{
    if (!ui_room_open(st)) return 0;
    /* A quarter of the window, and never too narrow for the code in large type. */
    int w = st->cx->w / 4;
    int need = ui_text_layout(st->cx->text, UI_F_TITLE, "WWWWWW", 0, 1)->w + 2 * ui_pad(st->cx);
    return w < need ? need : w;
}

/* The QR code at most side pixels square, whole pixels per module; returns
 * the size drawn. */
static int draw_qr(ui_ctx *cx, const struct ui_room *u, int x, int y, int side)
{
    int quiet = 4, total = u->qr_size + 2 * quiet;
    int m = side / total;
    if (!u->qr || m < 1) return 0;
    SDL_Color white = {255, 255, 255, 255}, black = {0, 0, 0, 255};
    /* Black on white whatever the theme: cameras read that best. */
    ui_fill_rect(cx, (SDL_Rect){x, y, total * m, total * m}, white);
    for (int r = 0; r < u->qr_size; r++)
        for (int c = 0; c < u->qr_size; c++)
            if (u->qr[r * u->qr_size + c])
                ui_fill_rect(cx, (SDL_Rect){x + (quiet + c) * m, y + (quiet + r) * m, m, m}, black);
    return total * m;
}

/* The height of s laid out in font f, width w, at most lines lines. */
static int text_h(ui_ctx *cx, ui_font_id f, const char *s, int w, int lines)
{
    const ui_layout *l = ui_text_layout(cx->text, f, s, w, lines);
    return l->n_glyphs ? l->h : 0;
}

/* N_: translated where drawn */
static const char *const count_meaning = N_("The number on each answer: the phones that chose it.");

void ui_room_panel(ui_state *st, SDL_Rect r)
{
    struct ui_room *u = st->room;
    if (!u) return;
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), y = r.y, iw = r.w - p, x = r.x + p / 2;
    const room_count *c = &u->c;
    char joined[64], voted[64], names[200];
    snprintf(joined, sizeof joined, P_("%d phone joined", "%d phones joined", c->joined),
             c->joined);
    snprintf(voted, sizeof voted, _("%d voted%s"), c->voted, c->open ? "" : _("; votes closed"));
    /* Only names people chose to give; most phones stay anonymous. */
    bool named = room_nicknames(u->r, names, sizeof names) > 0;
    ui_fill_round(cx, r, p / 2, cx->th.panel);
    y += p / 2;
    y += ui_label_ex(cx, UI_F_BOLD, _("Vote from your phone"), x, y, iw, 2, cx->th.accent, -1) +
         p / 3;
    /* Everything under the QR code is measured first, so the code shrinks
     * to leave room for it; the line saying what the numbers on the answers
     * are goes first when the panel is short. */
    int below = p / 3 + text_h(cx, UI_F_SMALL, _("or open"), iw, 1) +
                text_h(cx, UI_F_BOLD, u->base, iw, 2) + 2 +
                text_h(cx, UI_F_SMALL, _("and type the code"), iw, 1) +
                text_h(cx, UI_F_TITLE, room_code(u->r), iw, 1) + p / 3 +
                text_h(cx, UI_F_SMALL, joined, iw, 1) + 2 +
                (named ? text_h(cx, UI_F_SMALL, names, iw, 2) + 2 : 0) +
                (c->round ? text_h(cx, UI_F_SMALL, voted, iw, 2) + 2 : 0) +
                text_h(cx, UI_F_SMALL, _("R closes the room"), iw, 1) + p / 3;
    int meaning = c->round ? text_h(cx, UI_F_SMALL, _(count_meaning), iw, 3) + p / 3 : 0;
    int side = iw < r.h / 2 ? iw : r.h / 2, left = r.y + r.h - y - below;
    if (left - meaning < r.h / 4) meaning = 0; /* the code stays big enough to scan */
    if (side > left - meaning) side = left - meaning;
    y += draw_qr(cx, u, x, y, side) + p / 3;
    y += ui_label_ex(cx, UI_F_SMALL, _("or open"), x, y, iw, 1, cx->th.dim, -1);
    y += ui_label_ex(cx, UI_F_BOLD, u->base, x, y, iw, 2, cx->th.text, -1) + 2;
    y += ui_label_ex(cx, UI_F_SMALL, _("and type the code"), x, y, iw, 1, cx->th.dim, -1);
    y += ui_label_ex(cx, UI_F_TITLE, room_code(u->r), x, y, iw, 1, cx->th.text, -1) + p / 3;
    y += ui_label_ex(cx, UI_F_SMALL, joined, x, y, iw, 1, cx->th.dim, -1) + 2;
    if (named) y += ui_label_ex(cx, UI_F_SMALL, names, x, y, iw, 2, cx->th.text, -1) + 2;
    if (c->round) y += ui_label_ex(cx, UI_F_SMALL, voted, x, y, iw, 2, cx->th.dim, -1) + 2;
    /* What the numbers on the answers are, for whoever reads the screen. */
    if (meaning)
        y += ui_label_ex(cx, UI_F_SMALL, _(count_meaning), x, y, iw, 3, cx->th.dim, -1) + p / 3;
    int lh = ui_text_line_h(cx->text, UI_F_SMALL);
    if (y + lh <= r.y + r.h - p / 3)
        ui_label_ex(cx, UI_F_SMALL, _("R closes the room"), x, r.y + r.h - lh - p / 3, iw, 1,
                    cx->th.dim, -1);
}

int ui_room_count_w(const ui_state *st)
{
    if (!ui_room_open(st)) return 0;
    return ui_text_layout(st->cx->text, UI_F_BOLD, "999", 0, 1)->w + ui_pad(st->cx);
}

void ui_room_card(ui_state *st, SDL_Rect card, int n)
{
    struct ui_room *u = st->room;
    if (!ui_room_open(st) || !u->c.round || n < 1 || n > u->c.n_choice) return;
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), v = u->c.votes[n - 1];
    char num[16];
    snprintf(num, sizeof num, "%d", v);
    const ui_layout *l = ui_text_layout(cx->text, UI_F_BOLD, num, 0, 1);
    ui_text_draw(cx->text, l, card.x + card.w - l->w - p / 2, card.y + (card.h - l->h) / 2,
                 cx->th.accent, -1);
    /* A bar along the card's foot: the share of the phones that voted. */
    if (u->c.voted > 0 && v > 0) {
        int bw = (card.w - p) * v / u->c.voted;
        ui_fill_rect(cx, (SDL_Rect){card.x + p / 2, card.y + card.h - p / 4 - 3, bw, 4},
                     cx->th.accent);
    }
}

int ui_room_result(ui_state *st, int x, int y, int w)
{
    struct ui_room *u = st->room;
    if (!ui_room_open(st) || !u->c.round || u->c.voted == 0) return 0;
    ui_ctx *cx = st->cx;
    const room_count *c = &u->c;
    int p = ui_pad(cx), h = 0;
    char buf[128];
    snprintf(buf, sizeof buf,
             P_("How the %d phone voted (each answer's share of the room):",
                "How the %d phones voted (each answer's share of the room):", c->voted),
             c->voted);
    h += ui_label(cx, UI_F_SMALL, buf, x, y + h, w, cx->th.dim) + 2;
    int lh = ui_text_line_h(cx->text, UI_F_SMALL);
    /* "2. 60% of the room chose this (3)", the bars lined up after the longest. */
    char row[ROOM_MAX_CHOICES][96];
    int tw = 0;
    for (int i = 0; i < c->n_choice && i < ROOM_MAX_CHOICES; i++) {
        int pct = (int)(100.0 * c->votes[i] / c->voted + 0.5);
        snprintf(row[i], sizeof row[i], _("%d. %d%% of the room chose this (%d)"), i + 1, pct,
                 c->votes[i]);
        int lw = ui_text_layout(cx->text, UI_F_SMALL, row[i], 0, 1)->w;
        if (lw > tw) tw = lw;
    }
    int bx = x + p + tw + p, room_w = x + w - bx;
    for (int i = 0; i < c->n_choice && i < ROOM_MAX_CHOICES; i++) {
        ui_label_ex(cx, UI_F_SMALL, row[i], x + p, y + h, w - p, 1, cx->th.text, -1);
        if (room_w > p) {
            int bw = room_w * c->votes[i] / c->voted;
            SDL_Color col = c->revealed == i + 1 ? cx->th.accent : cx->th.dim;
            ui_fill_rect(cx, (SDL_Rect){bx, y + h + lh / 4, bw > 0 ? bw : 1, lh / 2}, col);
        }
        h += lh + 2;
    }
    return h + p / 3;
}
