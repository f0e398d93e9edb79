/* ui_state.c: what the window knows between frames (player, progress, library,
 * the running session and its transcript), the actions that change it (one
 * act_* function per row of UI_ACTIONS), input safety (whether a click or key
 * may pick a choice), and the pieces of layout every screen shares (top bar,
 * scroll views).
 *
 * Depends on: engine/app (library, sessions and their seeds, recording a
 * session, recommendation), engine/core (skill labels, the choice effect),
 * engine/store (progress and settings files), ui_lrs.c (sending learning
 * records after a session), SDL (only for the clock and key codes). */
#include "ui_face.h"
#include "i18n.h"
#include "ui_local.h"
#include "ui_room.h"

#include <stdarg.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Uint64 fixed_ms; /* ui_clock_fix's instant; 0: SDL's clock */

Uint64 ui_now_ms(void)
{
    return fixed_ms ? fixed_ms : SDL_GetTicks64();
}

void ui_clock_fix(Uint64 ms)
{
    fixed_ms = ms;
}

static char *dup_or_null(const char *s)
{
    return s ? core_strdup(s) : NULL;
}

void ui_format_deltas(const core_scenario *sc, const double *d, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = 0;
    for (int k = 0; k < sc->n_skills; k++) {
        if (d[k] == 0) continue;
        int w = snprintf(buf + used, n - used, "%s%s %+g", used ? ", " : "",
                         _(core_skill_label(sc->skills[k])), d[k]);
        if (w < 0 || (size_t)w >= n - used) break;
        used += (size_t)w;
    }
    if (!used) snprintf(buf, n, "%s", _("no change"));
}

void ui_humanize(const char *label, char *buf, size_t n)
{
    snprintf(buf, n, "%s", label ? label : "");
    for (char *c = buf; *c; c++)
        if (*c == '_') *c = ' ';
    if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* ---- players and progress ---- */

void ui_state_reload_players(ui_state *st)
{
    for (int i = 0; i < st->n_players; i++)
        free(st->players[i]);
    free(st->players);
    st->players = NULL;
    st->n_players = st_list_players(st->data_dir, &st->players);
}

static double clamp_scale(double s)
{
    return s < UI_SCALE_MIN ? UI_SCALE_MIN : s > UI_SCALE_MAX ? UI_SCALE_MAX : s;
}

static void settings_from_progress(ui_state *st)
{
    const st_settings *s = &st->progress.settings;
    st->text_scale = clamp_scale(s->text_scale > 0 ? s->text_scale : 1.0);
    st->theme = ui_theme_from_name(s->theme);
    st->text_speed = s->text_speed >= 0 && s->text_speed <= 1000 ? s->text_speed : 60;
    st->assessed = s->mode && strcmp(s->mode, "assessed") == 0;
    app_i18n_set_language(s->language); /* NULL: the system's (ui_settings.c) */
}

static void update_recommendation(ui_state *st)
{
    st->recommend = -1;
    st->reason[0] = 0;
    if (st->pack) { /* a workshop: the next entry of the pack, never anything else */
        int i = ui_pack_first_todo(st);
        if (i < 0) return;
        st->recommend = st->pack_lib[i];
        snprintf(st->reason, sizeof st->reason, _("Next in the pack: %d of %d."), i + 1,
                 st->pack->n_items);
        return;
    }
    if (st->have_lib && st->have_progress)
        st->recommend = app_recommend(&st->lib, &st->progress, st->reason, sizeof st->reason);
}

/* ---- loading a long history without keeping the window waiting ----
 *
 * A history of thousands of sessions takes seconds to read whole (docs/
 * performance.md, "Progress files"). The window reads at once what its first
 * frame needs (st_load_recent: the settings, the review list, the newest
 * sessions), draws, and reads the whole history on a worker thread; the
 * library's figures follow when it lands (ui_state_tick). The thread touches
 * only its job: copies of the file and player names and its own result. */
typedef struct ui_pload {
    SDL_Thread *thread;
    SDL_atomic_t done;
    char *file, *player;  /* owned copies */
    st_progress progress; /* the result; owned until taken */
    st_status status;
    char msg[1400];  /* a repair and a background fold's notices can both be said */
    long long stamp; /* the files' sizes and times when it started (history_stamp) */
} ui_pload;

/* Changes whenever a save changes the player's file or its journal, so a
 * load that started before a save (the review screen's, another window's)
 * is not taken in over the newer history. */
static long long history_stamp(const char *file)
{
    /* Unsigned: the mix wraps by design (signed overflow is undefined, and
     * UBSan stops the window on it). */
    unsigned long long h = 0;
    char jname[4200];
    size_t n = strlen(file);
    if (n >= 5 && n < sizeof jname - 8 && strcmp(file + n - 5, ".json") == 0)
        snprintf(jname, sizeof jname, "%.*s.journal", (int)(n - 5), file);
    else
        snprintf(jname, sizeof jname, "%s.journal", file);
    const char *paths[] = {file, jname};
    for (int i = 0; i < 2; i++) {
        struct stat sb;
        if (stat(paths[i], &sb) == 0)
            h = h * 1000003u + (unsigned long long)sb.st_size * 31u +
                (unsigned long long)sb.st_ino * 7u +
                (unsigned long long)sb.st_mtim.tv_sec * 1000000007ull +
                (unsigned long long)sb.st_mtim.tv_nsec;
    }
    return (long long)h;
}

static int pload_worker(void *arg)
{
    ui_pload *j = arg;
    j->status = st_load(j->file, j->player, &j->progress, j->msg, sizeof j->msg);
    SDL_AtomicSet(&j->done, 1);
    return 0;
}

/* What a whole load kept aside or took from a background fold's notice
 * (ST_SET_ASIDE) is said even when its result is not used: the load may
 * have repaired the files or removed the notice, and a file kept aside is
 * never left unmentioned. On screen, and on stderr for a window closing. */
static void pload_say_aside(ui_state *st, const ui_pload *j)
{
    if (j->status != ST_SET_ASIDE || !j->msg[0]) return;
    ui_state_say(st, false, "%s", j->msg);
    fprintf(stderr, "rapport: %s\n", j->msg);
}

/* Waits for the job (if any) and frees it with its result. */
static void pload_drop(ui_state *st)
{
    ui_pload *j = st->pload;
    if (!j) return;
    SDL_WaitThread(j->thread, NULL);
    pload_say_aside(st, j);
    st_progress_free(&j->progress);
    free(j->file);
    free(j->player);
    free(j);
    st->pload = NULL;
}

/* Starts the whole load; false when no thread could be made (then the
 * caller reads it here). */
static bool pload_start(ui_state *st)
{
    ui_pload *j = calloc(1, sizeof *j);
    if (!j) return false;
    j->file = core_strdup(st->player_file);
    j->player = core_strdup(st->player);
    j->stamp = history_stamp(st->player_file);
    if (j->file && j->player) j->thread = SDL_CreateThread(pload_worker, "rapport-progress", j);
    if (!j->thread) {
        free(j->file);
        free(j->player);
        free(j);
        return false;
    }
    st->pload = j;
    return true;
}

static void load_progress(ui_state *st);

/* ---- folding a long history's journal, off the save path ----
 *
 * A save appends to the journal and returns; folding it into the player's
 * file rewrites the whole history (seconds at 10,000 sessions), so the
 * window does it here, on a worker thread, when one is due (st_fold: saves
 * go on meanwhile). Looked for at once when the window starts, then at most
 * every two seconds after the loop wakes (a look put off by that limit
 * wakes the loop when it is allowed, so an idle window still folds what its
 * last save made due), and not while the whole history is loading; closing
 * the window asks the fold to stop at its next step and waits for it. An
 * old .bak the fold kept aside is said on screen, as a load's would be. */
typedef struct ui_fold {
    SDL_Thread *thread;
    SDL_atomic_t done, stop;
    char *file, *player; /* owned copies */
    st_status status;    /* written by the worker before done; read after */
    bool folded;         /* likewise: false when the fold was given up */
    long long stamp;     /* history_stamp when it started */
    char msg[1400];
} ui_fold;

static bool fold_stop(void *arg)
{
    return SDL_AtomicGet(&((ui_fold *)arg)->stop) != 0;
}

static int fold_worker(void *arg)
{
    ui_fold *j = arg;
    j->status = st_fold(j->file, j->player, fold_stop, j, &j->folded, j->msg, sizeof j->msg);
    if (j->status != ST_OK && j->msg[0]) fprintf(stderr, "rapport: %s\n", j->msg);
    SDL_AtomicSet(&j->done, 1);
    return 0;
}

/* Frees a finished fold, saying what it kept aside; with stop, stops one
 * still running first (the window is closing: nobody to tell). */
static void fold_end(ui_state *st, bool stop)
{
    ui_fold *j = st->fold;
    if (!j || (!stop && !SDL_AtomicGet(&j->done))) return;
    SDL_AtomicSet(&j->stop, 1);
    SDL_WaitThread(j->thread, NULL);
    if (!stop && j->status == ST_SET_ASIDE && j->msg[0]) {
        ui_state_say(st, false, "%s", j->msg);
        st->dirty = true;
    }
    /* Given up on files nobody changed since (a journal from a newer rapport,
     * a damaged line no save repairs here): looking again would read the
     * whole history every two seconds for nothing, so not until they change. */
    st->fold_stuck = !stop && !j->folded && history_stamp(j->file) == j->stamp;
    st->fold_stuck_stamp = j->stamp;
    free(j->file);
    free(j->player);
    free(j);
    st->fold = NULL;
}

static void fold_tick(ui_state *st)
{
    fold_end(st, false);
    unsigned now = SDL_GetTicks();
    if (st->fold || !st->player_file || !st->player) return;
    if (st->pload || (st->fold_looked && now - st->fold_checked < 2000)) {
        st->fold_recheck = true; /* the load's landing, or the wake-up, brings the look */
        return;
    }
    st->fold_looked = true;
    st->fold_recheck = false;
    st->fold_checked = now;
    long long stamp = history_stamp(st->player_file);
    if (st->fold_stuck && stamp == st->fold_stuck_stamp) return;
    st->fold_stuck = false;
    ui_fold *j = st_fold_due(st->player_file) ? calloc(1, sizeof *j) : NULL;
    if (!j) return;
    j->stamp = stamp;
    j->file = core_strdup(st->player_file);
    j->player = core_strdup(st->player);
    if (j->file && j->player) j->thread = SDL_CreateThread(fold_worker, "rapport-fold", j);
    if (!j->thread) { /* the next look tries again */
        free(j->file);
        free(j->player);
        free(j);
        return;
    }
    st->fold = j;
}

/* Takes the whole history in when its load has landed; true when it did. */
static bool pload_take(ui_state *st)
{
    ui_pload *j = st->pload;
    if (!j || !SDL_AtomicGet(&j->done)) return false;
    SDL_WaitThread(j->thread, NULL);
    j->thread = NULL;
    st->pload = NULL;
    bool stale = history_stamp(j->file) != j->stamp;
    if (stale) { /* saved meanwhile (or repaired by this load): read it again, keeping what is shown
                  */
        pload_say_aside(st, j);
        st_progress_free(&j->progress);
        free(j->file);
        free(j->player);
        free(j);
        if (!pload_start(st)) load_progress(st);
        return true;
    }
    if (j->status == ST_OK || j->status == ST_SET_ASIDE) {
        /* Its settings are the ones shown already: read at the same moment. */
        if (st->have_progress) st_progress_free(&st->progress);
        st->progress = j->progress;
        st->have_progress = true;
        if (j->status == ST_SET_ASIDE) ui_state_say(st, false, "%s", j->msg);
        update_recommendation(st);
    } else {
        st_progress_free(&j->progress);
        if (j->msg[0])
            ui_state_say(st, false, _("Could not read all of your progress: %s"), j->msg);
    }
    free(j->file);
    free(j->player);
    free(j);
    st->dirty = true;
    return true;
}

static void load_progress(ui_state *st)
{
    pload_drop(st);          /* a load for an older moment or another player */
    st->fold_looked = false; /* this player's journal is looked for as soon as it is read */
    if (st->have_progress) st_progress_free(&st->progress);
    st->have_progress = false;
    char msg[1400] = "";
    bool large = st_history_is_large(st->player_file);
    st_status s = large
                      ? st_load_recent(st->player_file, st->player, &st->progress, msg, sizeof msg)
                      : st_load(st->player_file, st->player, &st->progress, msg, sizeof msg);
    if (s == ST_OK || s == ST_MISSING || s == ST_SET_ASIDE || s == ST_NEWER) {
        st->have_progress = true;
        /* A new player gets a file at once, so the name is listed next time,
         * and is asked for confidence before and after (docs/practice.md). */
        if (s == ST_MISSING) st->progress.settings.ask_confidence = true;
        if (s == ST_MISSING && st_save(st->player_file, &st->progress, msg, sizeof msg) != ST_OK)
            ui_state_say(st, false, _("Could not create the progress file: %s"), msg);
        if (s == ST_SET_ASIDE) ui_state_say(st, false, "%s", msg);
        if (s == ST_NEWER)
            ui_state_say(
                st, false,
                _("This progress file was written by a newer rapport; nothing will be saved."));
        /* The newest sessions are in; the rest follows from a worker. */
        if (large && s == ST_OK && !pload_start(st)) {
            st_progress_free(&st->progress);
            /* On an error st_load leaves a fresh progress for the player. */
            s = st_load(st->player_file, st->player, &st->progress, msg, sizeof msg);
            if (s == ST_SET_ASIDE) ui_state_say(st, false, "%s", msg);
        }
    } else { /* st_load(_recent) left a fresh progress for the player */
        st->have_progress = true;
        ui_state_say(st, false, _("Could not read progress: %s"), msg);
    }
    update_recommendation(st);
    fold_tick(st); /* looked for now (or when the whole history has landed), not at an event */
}

bool ui_state_pick_player(ui_state *st, const char *name)
{
    if (!name || !*name) return false;
    char *p = core_strdup(name);
    char *f = st_player_file(st->data_dir, name);
    if (!p || !f) {
        free(p);
        free(f);
        return false;
    }
    free(st->player);
    free(st->player_file);
    st->player = p;
    st->player_file = f;
    ui_pack_reset_player(st); /* before the recommendation, which follows the pack */
    load_progress(st);
    settings_from_progress(st);
    if (!st->progress.n_records && !st->progress.settings.theme) st->theme = UI_THEME_LIGHT;
    ui_state_apply_settings(st, false);
    st->screen = ui_state_home(st);
    st->focus[UI_SCR_LIBRARY] = 0;
    st->scroll[UI_SCR_LIBRARY] = 0;
    st->focus[UI_SCR_PACK] = st->pack ? ui_pack_first_todo(st) : 0;
    if (st->focus[UI_SCR_PACK] < 0) st->focus[UI_SCR_PACK] = 0;
    st->scroll[UI_SCR_PACK] = 0;
    st->dirty = true;
    ui_ask_on_player(st); /* the homework follow-up, when one is due (ui_ask.c) */
    return true;
}

void ui_state_need_lib(ui_state *st)
{
    if (st->lib_scanned) return;
    st->lib_scanned = true;
    char *libdir = st->opt.library_dir ? core_strdup(st->opt.library_dir) : app_library_dir();
    if (libdir) {
        st->have_lib = app_library_scan(libdir, &st->lib);
        if (!st->have_lib) memset(&st->lib, 0, sizeof st->lib);
        free(libdir);
    }
    update_recommendation(st);
}

/* Where entry i of old is in lib now (the same id), or -1. */
static int moved(const app_library *old, const app_library *lib, int i)
{
    return i >= 0 && i < old->n ? app_library_find(lib, old->v[i].id) : -1;
}

void ui_state_reread_lib(ui_state *st)
{
    if (!st->lib_scanned) return; /* the first scan will read it in today's language */
    char *libdir = st->opt.library_dir ? core_strdup(st->opt.library_dir) : app_library_dir();
    app_library lib = {0};
    bool ok = libdir && app_library_scan(libdir, &lib);
    free(libdir);
    if (!ok) return; /* keep what was read: words in the old language, but all there */
    /* Titles sort differently in another language: every index held into
     * the library follows its scenario by id. */
    st->lib_index = moved(&st->lib, &lib, st->lib_index);
    st->retry_index = moved(&st->lib, &lib, st->retry_index);
    for (int i = 0; st->pack && st->pack_lib && i < st->pack->n_items; i++)
        if (st->pack_lib[i] >= 0) st->pack_lib[i] = moved(&st->lib, &lib, st->pack_lib[i]);
    if (st->have_lib) app_library_free(&st->lib);
    st->lib = lib;
    st->have_lib = true;
    st->focus[UI_SCR_LIBRARY] = 0;
    st->scroll[UI_SCR_LIBRARY] = 0;
    update_recommendation(st);
}

bool ui_state_init(ui_state *st, ui_ctx *cx, const ui_options *opt)
{
    memset(st, 0, sizeof *st);
    st->cx = cx;
    if (opt) st->opt = *opt;
    st->lib_index = -1;
    st->recommend = -1;
    st->n_best = -1;
    st->pack_item = -1;
    st->text_scale = 1.0;
    st->text_speed = 60;
    st->picked_after = -1;
    st->room_seed = st->opt.has_seed ? st->opt.seed : app_new_seed();
    st->data_dir = st_data_dir(st->opt.data_dir);
    if (!st->data_dir) return false;
    ui_state_reload_players(st);
    if (st->opt.pack) {
        ui_state_need_lib(st); /* the pack's ids are checked against it */
        ui_pack_load(st, st->opt.pack);
    }
    st->screen = UI_SCR_PLAYER;
    if (st->opt.player) ui_state_pick_player(st, st->opt.player);
    if (st->opt.review && st->player) ui_act_review(st, 2); /* `rapport review` (ui_review.c) */
    if (st->opt.present) ui_state_set_present(st, true);
    /* The presenter needs no player: straight to the pack. */
    if (st->opt.present && !st->player && (st->pack || st->pack_problems)) st->screen = UI_SCR_PACK;
    st->dirty = true;
    return true;
}

static void clear_steps(ui_state *st)
{
    for (int i = 0; i < st->n_steps; i++) {
        free(st->steps[i].reply);
        free(st->steps[i].line);
        free(st->steps[i].cue);
    }
    st->n_steps = 0;
}

/* The best route belongs to one session of one scenario version. */
static void forget_best(ui_state *st)
{
    free(st->best);
    free(st->best_eff);
    st->best = NULL;
    st->best_eff = NULL;
    st->n_best = -1;
    st->best_done = false;
}

int ui_state_best_route(ui_state *st)
{
    if (st->best_done || !st->play) return st->n_best;
    st->best_done = true;
    const core_scenario *sc = app_play_scenario(st->play);
    int max = sc->n_nodes + 1; /* a route makes at most one choice per node visit */
    st->best = malloc(sizeof *st->best * (size_t)max);
    if (!st->best) return st->n_best = -1;
    int n = core_best_path(sc, st->best, max);
    st->best_eff = n > 0 ? calloc((size_t)n, sizeof *st->best_eff) : NULL;
    if (n < 0 || (n > 0 && !st->best_eff)) {
        forget_best(st);
        st->best_done = true;
        return -1;
    }
    /* What each step earns (core's one rule, with the goodwill so far); a
     * moment let pass earns the node's timeout_score. */
    int goodwill = 0;
    for (int i = 0; i < n; i++) {
        const core_node *node = &sc->nodes[st->best[i].node];
        if (st->best[i].choice == CORE_NONE) {
            for (int k = 0; k < sc->n_skills; k++)
                st->best_eff[i][k] = node->timeout_score[k];
            continue;
        }
        core_choice_effect(sc, &node->choices[st->best[i].choice], &goodwill, st->best_eff[i]);
    }
    return st->n_best = n;
}

void ui_state_close_play(ui_state *st)
{
    forget_best(st);
    if (st->drill) { /* a drill owns its play (ui_review.c) */
        app_drill_close(st->drill);
        st->drill = NULL;
        st->play = NULL;
    }
    app_play_close(st->play);
    st->play = NULL;
    clear_steps(st);
    free(st->cur_line);
    free(st->cur_cue);
    free(st->cur_reply);
    st->cur_line = st->cur_cue = st->cur_reply = NULL;
    st->coach = false;
    st->pack_item = -1;
}

void ui_state_free(ui_state *st)
{
    ui_lrs_stop(st); /* a sync in flight stops; its statements stay queued */
    /* Reading aloud stops (ui_voice.c). */
    ui_voice_shutdown(st);
    ui_state_close_play(st);
    ui_review_free(st); /* the review round and a drill's route (ui_review.c) */
    free(st->steps);
    pload_drop(st);     /* a history still loading: waited for, then dropped */
    fold_end(st, true); /* a fold running: stopped at its next step */
    if (st->have_progress) st_progress_free(&st->progress);
    if (st->have_lib) app_library_free(&st->lib);
    ui_pack_free(st);
    ui_ask_free(st);                /* the words typed in say it first, the note */
    ui_field_free(&st->name_field); /* the new player's name's undo history */
    for (int i = 0; i < st->n_players; i++)
        free(st->players[i]);
    free(st->players);
    free(st->data_dir);
    free(st->player);
    free(st->player_file);
    free(st->retry_file);
    memset(st, 0, sizeof *st);
}

void ui_state_say(ui_state *st, bool note, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->status, sizeof st->status, fmt, ap);
    va_end(ap);
    st->status_note = note;
    st->dirty = true;
}

SDL_Color ui_status_colour(const ui_state *st)
{
    return st->status_note ? st->cx->th.dim : st->cx->th.poor;
}

/* ---- settings ---- */

double ui_present_scale(const ui_ctx *cx)
{
    /* Text in the presenter view is larger, for a projector; a little less
     * so in a window under 720 px high, where the line, the question for the
     * room and the choices must still fit together. */
    float d = cx->dpi > 0 ? cx->dpi : 1.0f;
    return (float)cx->h / d >= 720.0f ? 1.5 : 1.25;
}

void ui_state_apply_settings(ui_state *st, bool save)
{
    ui_theme_get(st->theme, &st->cx->th);
    double scale = st->text_scale * (st->present ? ui_present_scale(st->cx) : 1.0);
    ui_text_set_size(st->cx->text, ui_body_px(st->cx, scale));
    st->dirty = true;
    if (!save || !st->player || !st->have_progress) return;
    st_settings *s = &st->progress.settings;
    free(s->theme);
    free(s->mode);
    s->theme = core_strdup(ui_theme_name(st->theme));
    s->mode = core_strdup(st->assessed ? "assessed" : "practice");
    s->text_scale = st->text_scale;
    s->text_speed = st->text_speed;
    char msg[400] = "";
    if (st_save_settings(st->player_file, st->player, s, msg, sizeof msg) != ST_OK)
        ui_state_say(st, false, _("Settings not saved: %s"), msg);
}

/* ---- the conversation ---- */

static void set_current(ui_state *st)
{
    core_session *s = app_play_session(st->play);
    free(st->cur_line);
    free(st->cur_cue);
    free(st->cur_reply);
    st->cur_line = dup_or_null(core_session_text(s));
    st->cur_cue = dup_or_null(core_session_cue(s));
    st->cur_reply = dup_or_null(core_session_reply(s));
    st->choices_gen++; /* new choices: a new view, whatever else stays */
    st->shown_at = ui_now_ms();
    /* The presenter shows each line whole: the facilitator sets the pace. */
    st->revealed = st->text_speed == 0 || st->present;
    st->focus[UI_SCR_CONVO] = 0;
    st->scroll[UI_SCR_CONVO] = 0;
    st->present_pick = 0;
}

/* Records the session once, when it reaches an ending, through engine/app
 * (app_record_session: the partial-run rule, the record, the durable append,
 * queuing its learning records); sending them is ui_lrs.c's, in the
 * background. */
static void record_if_ended(ui_state *st)
{
    core_session *s = app_play_session(st->play);
    if (st->drill) return; /* a drill saves itself, as a drill (ui_review.c) */
    if (st->recorded || core_session_status(s) != CORE_ENDED || !st->player) return;
    st->recorded = true;
    ui_pack_mark_done(st); /* and the place in the pack is saved */
    int n_room = 0;
    app_room_votes *room = ui_room_votes(st, &n_room); /* the phones' counts, per step */
    app_record_req q = {.progress_file = st->player_file,
                        .player = st->player,
                        .mode = st->play_assessed ? "assessed" : "practice",
                        .started = st->started,
                        .pack = st->pack && st->pack_item >= 0 ? st->pack->id : NULL,
                        .room = room,
                        .n_room = n_room};
    ui_ask_fill_req(st, &q); /* words typed, homework, confidence before: the same save */
    app_record_result res;
    app_record_session(st->play, &q, &res);
    free(room);
    switch (res.status) {
    case APP_REC_PARTIAL: /* an author's run: not a learner's session */
        ui_state_say(st, false, "%.480s", res.msg);
        return;
    case APP_REC_FAILED:
        ui_state_say(st, false, _("This session was not saved: %.450s"), res.msg);
        break;
    case APP_REC_SAVED_ASIDE: /* saved, in a fresh file: msg says where the unreadable one went */
        ui_state_say(st, false, "%.480s", res.msg);
        ui_lrs_after_record(st, &res);
        break;
    case APP_REC_SAVED:
    default:
        ui_lrs_after_record(st, &res);
        break;
    }
    load_progress(st);
}

static ui_step_view *push_step(ui_state *st);

/* Rebuilds the step list from the session (after a reload). A step the old
 * list also had at the same node keeps the words the player saw there, which
 * may have come from author functions that cannot be asked again, and the
 * room's counts there (they cannot be cast again); the alternatives are not
 * known any more (the choices may have changed). */
static void rebuild_steps(ui_state *st)
{
    ui_step_view *old = st->steps;
    int n_old = st->n_steps;
    st->steps = NULL;
    st->n_steps = st->cap_steps = 0;
    core_session *s = app_play_session(st->play);
    const core_scenario *sc = app_play_scenario(st->play);
    for (int i = 0; i < core_session_n_steps(s); i++) {
        ui_step_view *v = push_step(st);
        if (!v) break;
        const core_step *cs = core_session_step(s, i);
        const core_node *n = &sc->nodes[cs->node];
        v->node = cs->node;
        v->reply = i > 0 ? dup_or_null(core_session_step_reply(s, i - 1)) : NULL;
        v->speaker = n->speaker;
        v->n_alt = -1;
        if (i < n_old && old[i].node == cs->node) v->room = old[i].room; /* the phones' counts */
        if (i < n_old && old[i].node == cs->node && old[i].line) {       /* take the seen words */
            v->line = old[i].line;
            v->cue = old[i].cue;
            old[i].line = old[i].cue = NULL;
        } else {
            v->line = core_strdup(n->text ? n->text : "(a line that depends on the conversation)");
            v->cue = dup_or_null(n->cue);
        }
    }
    for (int i = 0; i < n_old; i++) {
        free(old[i].reply);
        free(old[i].line);
        free(old[i].cue);
    }
    free(old);
}

/* Shuffles the play's choices for a new session: --seed's, the presenter's
 * one seed, or a fresh one, so a retry is not a memory test. */
static void seed_session(ui_state *st)
{
    if (st->opt.author_order) return;
    unsigned long seed = st->opt.has_seed || st->present ? st->room_seed : app_new_seed();
    app_play_set_seed(st->play, seed);
}

bool ui_state_open(ui_state *st, const char *file, int lib_index)
{
    core_diags d = {0};
    app_play *p = app_play_open(file, &d);
    if (!p) {
        const core_diag *e = NULL;
        for (int i = 0; i < d.n && !e; i++)
            if (d.v[i].severity == CORE_ERROR) e = &d.v[i];
        char line[24] = "";
        if (e && e->line > 0) snprintf(line, sizeof line, ":%d", e->line);
        ui_state_say(st, false, _("%s%s: %s (F5 tries again)"), file, line,
                     e ? e->msg : _("cannot load"));
        /* An author who started the window from a terminal reads every problem
         * there, in check's format, not only the first on screen. */
        core_diags_print(&d, stderr);
        core_diags_free(&d);
        if (file != st->retry_file) {
            char *keep = core_strdup(file);
            free(st->retry_file);
            st->retry_file = keep;
        }
        st->retry_index = lib_index;
        return false;
    }
    core_diags_free(&d);
    free(st->retry_file);
    st->retry_file = NULL;
    ui_state_close_play(st);
    st->play = p;
    seed_session(st);
    st->lib_index = lib_index;
    st->play_assessed = st->assessed; /* a pack entry sets its own after this */
    st->pack_item = -1;
    st->focus[UI_SCR_DEBRIEF] = 0;
    st->recorded = false;
    st->status[0] = 0;
    st->status_note = false;
    if (!ui_lrs_busy(st)) st->lrs_note[0] = 0; /* news of the last session's records */
    st_now(st->started, sizeof st->started);
    set_current(st);
    st->screen = UI_SCR_CONVO;
    st->dirty = true;
    ui_ask_on_open(st); /* confidence first, when the player asked for it (ui_ask.c) */
    return true;
}

void ui_state_restart(ui_state *st)
{
    if (!st->play) return;
    app_play_restart(st->play); /* same scenario: the best route stays */
    seed_session(st);
    clear_steps(st);
    st->recorded = false;
    if (!ui_lrs_busy(st)) st->lrs_note[0] = 0;
    st->coach = false;
    st_now(st->started, sizeof st->started);
    set_current(st);
    st->screen = UI_SCR_CONVO;
    st->dirty = true;
    ui_ask_on_open(st);
}

void ui_state_resync(ui_state *st)
{
    if (!st->play) return;
    rebuild_steps(st);
    set_current(st);
    st->coach = false;
    st->dirty = true;
}

static ui_step_view *push_step(ui_state *st)
{
    if (st->n_steps == st->cap_steps) {
        int nc = st->cap_steps ? st->cap_steps * 2 : 16;
        ui_step_view *nv = realloc(st->steps, sizeof *nv * (size_t)nc);
        if (!nv) return NULL;
        st->steps = nv;
        st->cap_steps = nc;
    }
    ui_step_view *v = &st->steps[st->n_steps++];
    memset(v, 0, sizeof *v);
    return v;
}

/* Snapshot of the current node before a choice or timeout moves on. */
static ui_step_view *snapshot(ui_state *st)
{
    core_session *s = app_play_session(st->play);
    ui_step_view *v = push_step(st);
    if (!v) return NULL;
    const core_node *n = core_session_node(s);
    v->node = core_session_state(s)->node;
    v->speaker = n->speaker;
    v->reply = st->cur_reply;
    v->line = st->cur_line;
    v->cue = st->cur_cue;
    st->cur_line = st->cur_cue = st->cur_reply = NULL;
    v->n_alt = 0;
    for (int i = 0; i < core_session_n_visible(s) && i < UI_MAX_ALT; i++) {
        v->alt[i] = core_session_visible(s, i);
        app_choice_effect(st->play, v->alt[i], v->alt_eff[i]);
        v->n_alt++;
    }
    return v;
}

/* Undoes snapshot when the session refused the step: the texts go back. */
static void unsnapshot(ui_state *st)
{
    ui_step_view *v = &st->steps[--st->n_steps];
    st->cur_reply = v->reply;
    st->cur_line = v->line;
    st->cur_cue = v->cue;
}

static void after_step(ui_state *st)
{
    set_current(st);
    st->coach = !st->play_assessed || st->present; /* the presenter always reveals */
    ui_room_step_taken(st); /* the room's votes on this step close now, before any record */
    record_if_ended(st);
    if (st->drill) ui_review_after_step(st); /* done: saved, and what changed is shown */
    st->dirty = true;
}

void ui_state_choose(ui_state *st, int n)
{
    if (!st->play || st->coach) return;
    core_session *s = app_play_session(st->play);
    if (core_session_status(s) != CORE_PLAYING || n < 1 || n > core_session_n_visible(s)) return;
    double ms = (double)(ui_now_ms() - st->shown_at);
    ui_step_view *v = snapshot(st);
    if (core_session_choose(s, n, ms) != 0) { /* cannot happen after the range check */
        if (v) unsnapshot(st);
        return;
    }
    after_step(st);
}

/* ---- input safety ---- */

/* What the screen offers a person: another screen, the presenter view, the
 * coach panel opening or closing, the author overlay (the choices reflow) or
 * a node's choices set up anew each make a new view. */
static void view_key(const ui_state *st, char *buf, size_t n)
{
    snprintf(buf, n, "%d %d %d %d %u", (int)st->screen, (int)st->present, (int)st->coach,
             (int)st->author, st->choices_gen);
}

void ui_state_drawn(ui_state *st)
{
    char key[sizeof st->view_key];
    view_key(st, key, sizeof key);
    if (strcmp(key, st->view_key) == 0) return;
    memcpy(st->view_key, key, sizeof key);
    Uint64 now = ui_now_ms();
    st->view_at = now ? now : 1; /* 0 means "not drawn yet" */
    st->view_no++;
    st->view_fresh = true;
}

/* Why the input event being handled may not pick, or NULL when it may. */
static const char *pick_refusal(const ui_state *st)
{
    if (!st->input_live) return NULL; /* scripted: no person to protect */
    if (st->input_repeat) return "repeat";
    char key[sizeof st->view_key];
    view_key(st, key, sizeof key);
    /* Not drawn yet, or changed since the last frame. */
    if (!st->view_at || strcmp(key, st->view_key) != 0) return "unseen";
    /* Both clocks are SDL's milliseconds; the difference survives the 32-bit
     * wrap. Negative: the event came before the frame. */
    Sint32 since = (Sint32)(st->input_ts - (Uint32)st->view_at);
    if (since < 0) return "unseen";
    return since < UI_PICK_GUARD_MS ? "early" : NULL;
}

void ui_state_pick(ui_state *st, int n)
{
    const char *why = pick_refusal(st);
    st->dirty = true;
    if (why) {
        st->refused++;
        st->refused_why = why;
        return;
    }
    if (st->input_live) st->picked_after = (int)(Sint32)(st->input_ts - (Uint32)st->view_at);
    ui_state_choose(st, n);
}

void ui_state_timeout(ui_state *st)
{
    if (!st->play || st->coach) return;
    core_session *s = app_play_session(st->play);
    double ms = (double)(ui_now_ms() - st->shown_at);
    if (core_session_node(s)->timeout <= 0) return;
    ui_step_view *v = snapshot(st);
    if (core_session_timeout(s, ms) != 0) {
        if (v) unsnapshot(st);
        return;
    }
    after_step(st);
}

void ui_state_rewind(ui_state *st)
{
    if (!st->play || st->play_assessed || st->recorded) return;
    /* A drill never rewinds into the route it replayed (ui_review.c). */
    if (st->drill && core_session_n_steps(app_play_session(st->play)) <= app_drill_first(st->drill))
        return;
    core_session *s = app_play_session(st->play);
    if (core_session_rewind(s) != 0 || st->n_steps == 0) return;
    ui_step_view *v = &st->steps[--st->n_steps];
    set_current(st);
    /* The line as it was shown the first time (author text may differ on a replay). */
    if (v->line) {
        free(st->cur_line);
        st->cur_line = v->line;
    }
    free(st->cur_cue);
    st->cur_cue = v->cue;
    free(st->cur_reply);
    st->cur_reply = v->reply;
    st->revealed = true;
    st->coach = false;
    st->dirty = true;
}

void ui_state_reload(ui_state *st)
{
    if (!st->play) { /* a scenario that would not open: try it again */
        if (st->retry_file) ui_state_open(st, st->retry_file, st->retry_index);
        return;
    }
    core_diags d = {0};
    if (!app_play_reload(st->play, &d)) {
        const core_diag *e = NULL;
        for (int i = 0; i < d.n && !e; i++)
            if (d.v[i].severity == CORE_ERROR) e = &d.v[i];
        char where[64] = "";
        if (e && e->line > 0) snprintf(where, sizeof where, _("line %d: "), e->line);
        ui_state_say(st, false, _("Reload refused (the old version plays on): %s%s%s%s"), where,
                     e ? e->path : "", e && e->path && *e->path ? ": " : "",
                     e ? e->msg : _("errors in the file"));
        core_diags_print(&d, stderr);
    } else {
        forget_best(st); /* the graph may have changed */
        rebuild_steps(st);
        set_current(st);
        st->revealed = true;
        st->coach = false;
        /* English says "warnings" whatever the count, as it always has. */
        ui_state_say(st, true,
                     P_("Reloaded %s (%d warnings).", "Reloaded %s (%d warnings).", d.warnings),
                     app_play_scenario(st->play)->id, d.warnings);
        record_if_ended(st);
    }
    core_diags_free(&d);
    st->dirty = true;
}

double ui_state_time_left(const ui_state *st)
{
    /* The presenter runs no clock: the room talks; T lets the moment pass. */
    if (!st->play || st->coach || st->screen != UI_SCR_CONVO || st->present) return -1;
    core_session *s = app_play_session(st->play);
    if (core_session_status(s) != CORE_PLAYING) return -1;
    double t = core_session_node(s)->timeout;
    if (t <= 0) return -1;
    if (!ui_state_clock_running(st)) return t; /* announced; it starts when the line is out */
    double left = t - (double)(ui_now_ms() - st->clock_at) / 1000.0;
    return left < 0 ? 0 : left;
}

bool ui_state_clock_running(const ui_state *st)
{
    return st->revealed && st->clock_for == st->shown_at;
}

bool ui_state_animating(const ui_state *st)
{
    if (st->screen != UI_SCR_CONVO || !st->play) return false;
    return !st->revealed || ui_state_time_left(st) >= 0 || ui_face_fading();
}

/* The pack clock shows whole seconds in the conversation until its end. */
static bool pack_clock_runs(const ui_state *st)
{
    bool limited = false;
    if (st->screen != UI_SCR_CONVO || !st->play || st->pack_item < 0) return false;
    if (core_session_status(app_play_session(st->play)) != CORE_PLAYING) return false;
    ui_pack_time_left(st, &limited);
    return limited;
}

/* The sooner of two wake times (-1: none). */
static int sooner(int a, int b)
{
    return a < 0 ? b : b < 0 || a < b ? a : b;
}

/* ms until the caret drawn last turns on or off, -1 when it will not. */
static int caret_wake_ms(const ui_state *st)
{
    if (!st->caret_next) return -1;
    Uint64 now = ui_now_ms();
    if (now >= st->caret_next) return 0;
    Uint64 ms = st->caret_next - now;
    return ms > UI_BLINK_IDLE_MS ? UI_BLINK_IDLE_MS : (int)ms;
}

/* ui_state_wake_ms but for the caret. */
static int wake_ms(const ui_state *st)
{
    if (st->dirty) return 0;
    if (ui_state_animating(st)) return 16;
    if (st->pload) return 50; /* to take the whole history in when it lands */
    int fold_ms = -1;
    if (st->fold)
        fold_ms = 250; /* to take its result in (and say what it kept aside) */
    else if (st->fold_recheck) {
        unsigned since = SDL_GetTicks() - st->fold_checked;
        fold_ms = since >= 2000 ? 0 : (int)(2000 - since);
    }
    if (!pack_clock_runs(st)) return fold_ms;
    bool limited;
    double left = ui_pack_time_left(st, &limited);
    if (left <= 0) return fold_ms;           /* "time is up" does not change any more */
    double frac = left - (double)(long)left; /* to the next whole second */
    int ms = (int)(frac * 1000.0) + 1;
    if (ms < 16) ms = 16;
    return fold_ms >= 0 && fold_ms < ms ? fold_ms : ms;
}

int ui_state_wake_ms(const ui_state *st)
{
    return sooner(wake_ms(st), caret_wake_ms(st));
}

void ui_state_presented(ui_state *st)
{
    if (ui_face_frame_done()) st->dirty = true;
}

void ui_state_tick(ui_state *st)
{
    if (st->caret_next && ui_now_ms() >= st->caret_next) st->dirty = true; /* the caret blinks */
    pload_take(st); /* the whole history landed: the library's figures follow */
    fold_tick(st);  /* a journal due to be folded: folded on a worker thread */
    if (pack_clock_runs(st)) {
        bool limited;
        double left = ui_pack_time_left(st, &limited);
        int shown = left <= 0 ? -1 : (int)(left + 0.999);
        if (shown != st->pack_shown_s) st->dirty = true;
    }
    if (!ui_state_animating(st)) return;
    /* A timed moment's clock starts once its line is out: at once when the
     * line appears whole, else at the first frame after the typewriter ends. */
    if (st->revealed && st->clock_for != st->shown_at) {
        st->clock_at = st->text_speed == 0 || st->present ? st->shown_at : ui_now_ms();
        st->clock_for = st->shown_at;
    }
    if (ui_state_time_left(st) == 0) ui_state_timeout(st);
    st->dirty = true;
}

/* ---- actions ---- */

static void go(ui_state *st, ui_screen s)
{
    st->screen = s;
    st->scroll[s] = 0;
    st->dirty = true;
}

ui_screen ui_state_home(const ui_state *st)
{
    return st->pack || st->pack_problems ? UI_SCR_PACK : UI_SCR_LIBRARY;
}

void ui_state_set_present(ui_state *st, bool on)
{
    st->present = on;
    st->present_pick = 0;
    st->scroll[UI_SCR_CONVO] = 0; /* the two views count it from different ends */
    if (on) st->revealed = true;
    ui_state_apply_settings(st, false);
}

/* Every action is one function of (state, argument), listed with its name
 * in UI_ACTIONS (ui_local.h); ui_state_act runs the one asked for. */

static void act_none(ui_state *st, int arg)
{
    (void)st;
    (void)arg;
}

static void act_choose(ui_state *st, int arg)
{
    ui_state_pick(st, arg);
}

static void act_continue(ui_state *st, int arg)
{
    (void)arg;
    if (st->coach) {
        st->coach = false;
        st->shown_at = ui_now_ms();   /* the line (and any clock) starts now */
        st->scroll[UI_SCR_CONVO] = 0; /* at the line's end, not where the coach was read */
        st->revealed = st->text_speed == 0 || st->present;
    } else if (!st->revealed) {
        st->revealed = true;
    } else if (st->play && core_session_status(app_play_session(st->play)) != CORE_PLAYING) {
        go(st, UI_SCR_DEBRIEF); /* confidence after is asked there (ui_ask.c) */
    }
}

static void act_debrief(ui_state *st, int arg)
{
    (void)arg;
    if (st->play) go(st, UI_SCR_DEBRIEF);
}

static void act_back(ui_state *st, int arg)
{
    (void)arg;
    ui_back to = st->screen < UI_SCR_COUNT ? ui_screens[st->screen].back : UI_BACK_QUIT;
    switch (to) {
    case UI_BACK_CLOSE:
        ui_state_close_play(st);
        go(st, ui_state_home(st));
        break;
    case UI_BACK_HOME:
        go(st, ui_state_home(st));
        break;
    case UI_BACK_PLAYERS:
        ui_state_reload_players(st);
        go(st, UI_SCR_PLAYER);
        break;
    case UI_BACK_DEBRIEF:
        go(st, st->play ? UI_SCR_DEBRIEF : ui_state_home(st));
        break;
    case UI_BACK_QUIT:
    default:
        st->quit = true;
        break;
    }
}

static void act_player(ui_state *st, int arg)
{
    if (arg >= 0 && arg < st->n_players) ui_state_pick_player(st, st->players[arg]);
}

static void act_new_player(ui_state *st, int arg)
{
    (void)arg;
    if (st->name_buf[0] && ui_state_pick_player(st, st->name_buf)) {
        st->name_buf[0] = 0;
        ui_field_free(&st->name_field); /* no undo back to that name */
    }
}

/* A library entry; with a pack, only the pack's entries for that scenario:
 * the first not done yet. */
static void act_open(ui_state *st, int arg)
{
    if (st->pack) {
        int pick = -1;
        for (int i = 0; i < st->pack->n_items; i++)
            if (st->pack_lib[i] == arg && (pick < 0 || (st->pack_done[pick] && !st->pack_done[i])))
                pick = i;
        if (pick >= 0) ui_pack_open(st, pick);
    } else if (arg >= 0 && arg < st->lib.n && st->lib.v[arg].ok) {
        ui_state_open(st, st->lib.v[arg].file, arg);
    }
}

static void act_retry(ui_state *st, int arg)
{
    (void)arg;
    ui_state_restart(st);
}

static void act_go(ui_state *st, int arg)
{
    if (arg < 0 || arg >= UI_SCR_COUNT) return;
    ui_screen to = (ui_screen)arg;
    if (to == UI_SCR_LIBRARY || to == UI_SCR_PACK) {
        ui_state_close_play(st);
        to = ui_state_home(st);
    }
    go(st, to);
}

static void act_scale(ui_state *st, int arg)
{
    st->text_scale = clamp_scale(arg == 0 ? 1.0 : st->text_scale + UI_SCALE_STEP * arg);
    ui_state_apply_settings(st, true);
}

static void act_theme(ui_state *st, int arg)
{
    if (arg >= 0 && arg < UI_THEME_COUNT) st->theme = (ui_theme_id)arg;
    ui_state_apply_settings(st, true);
}

static void act_speed(ui_state *st, int arg)
{
    st->text_speed = arg;
    ui_state_apply_settings(st, true);
}

static void act_mode(ui_state *st, int arg)
{
    st->assessed = arg != 0;
    ui_state_apply_settings(st, true);
}

static void act_rewind(ui_state *st, int arg)
{
    (void)arg;
    ui_state_rewind(st);
}

static void act_reload(ui_state *st, int arg)
{
    (void)arg;
    ui_state_reload(st);
}

static void act_author(ui_state *st, int arg)
{
    (void)arg;
    st->author = !st->author;
}

static void act_focus(ui_state *st, int arg)
{
    st->focus[st->screen] = arg;
}

static void act_pack_open(ui_state *st, int arg)
{
    ui_pack_open(st, arg);
}

static void act_prompts(ui_state *st, int arg)
{
    (void)arg;
    if (st->play && st->pack_item >= 0) go(st, UI_SCR_PROMPTS);
}

static void act_next(ui_state *st, int arg)
{
    (void)arg;
    int next = ui_pack_next(st);
    if (next >= 0) {
        ui_pack_open(st, next);
        return;
    }
    ui_state_close_play(st);
    go(st, ui_state_home(st));
}

static void act_present(ui_state *st, int arg)
{
    (void)arg;
    ui_state_set_present(st, !st->present);
}

static void act_pick(ui_state *st, int arg)
{
    if (st->play && !st->coach && arg >= 1 &&
        arg <= core_session_n_visible(app_play_session(st->play)))
        st->present_pick = arg;
}

static void act_reveal(ui_state *st, int arg)
{
    (void)arg;
    if (st->present_pick > 0) ui_state_choose(st, st->present_pick);
}

static void act_timeout(ui_state *st, int arg)
{
    (void)arg;
    if (st->play && !st->coach) ui_state_timeout(st);
}

/* The pack cannot be used: the whole library instead. */
static void act_library(ui_state *st, int arg)
{
    (void)arg;
    ui_pack_free(st);
    st->opt.pack = NULL;
    update_recommendation(st);
    go(st, UI_SCR_LIBRARY);
}

static void (*const act_run[UI_ACT_COUNT])(ui_state *, int) = {
#define UI_ACTION_RUN(id, run) [UI_ACT_##id] = run,
    UI_ACTIONS(UI_ACTION_RUN)
#undef UI_ACTION_RUN
};

static const char *const act_names[UI_ACT_COUNT] = {
#define UI_ACTION_NAME(id, run) [UI_ACT_##id] = #id,
    UI_ACTIONS(UI_ACTION_NAME)
#undef UI_ACTION_NAME
};

const char *ui_action_name(int a)
{
    return a >= 0 && a < UI_ACT_COUNT ? act_names[a] : "?";
}

void ui_state_act(ui_state *st, ui_action a, int arg)
{
    st->dirty = true;
    if ((int)a >= 0 && a < UI_ACT_COUNT) act_run[a](st, arg);
}

/* ---- shared layout ---- */

int ui_top_bar(ui_state *st, const char *title, const ui_bar_button *b, int n)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int h = bh + 2 * p / 2 + p / 2;
    SDL_Rect bar = {0, 0, cx->w, h};
    ui_fill_rect(cx, bar, cx->th.panel);
    SDL_Rect line = {0, h - 1, cx->w, 1};
    ui_fill_rect(cx, line, cx->th.border);
    /* Buttons from the right edge leftwards; the title gets what remains.
     * When the labels do not fit the width (French at 150% on 800x600 ran
     * off the left edge), they drop their key hint: "Library (Esc)" shows
     * "Library", and the key still works. */
    char shortened[4][64];
    const char *label[4];
    if (n > 4) n = 4;
    int need = p;
    for (int i = 0; i < n; i++) {
        label[i] = b[i].label;
        need += ui_text_layout(cx->text, UI_F_BOLD, label[i], 0, 1)->w + 2 * p + p / 2;
    }
    for (int i = 0; i < n && need > cx->w - p; i++) {
        const char *hint = strrchr(b[i].label, '(');
        size_t keep = hint ? (size_t)(hint - b[i].label) : 0;
        while (keep > 0 && b[i].label[keep - 1] == ' ')
            keep--;
        if (keep == 0 || keep >= sizeof shortened[i]) continue;
        memcpy(shortened[i], b[i].label, keep);
        shortened[i][keep] = '\0';
        need -= ui_text_layout(cx->text, UI_F_BOLD, label[i], 0, 1)->w;
        label[i] = shortened[i];
        need += ui_text_layout(cx->text, UI_F_BOLD, label[i], 0, 1)->w;
    }
    int x = cx->w - p;
    for (int i = n - 1; i >= 0; i--) {
        const ui_layout *l = ui_text_layout(cx->text, UI_F_BOLD, label[i], 0, 1);
        int w = l->w + 2 * p;
        SDL_Rect r = {x - w, (h - bh) / 2, w, bh};
        ui_button(cx, r, label[i], b[i].action, b[i].arg, false);
        x -= w + p / 2;
    }
    int tw = x - 2 * p;
    if (tw > 0) {
        const ui_layout *l = ui_text_layout(cx->text, UI_F_BOLD, title, tw, 1);
        ui_text_draw(cx->text, l, p, (h - l->h) / 2, cx->th.text, -1);
        SDL_Rect tr = {p, (h - l->h) / 2, l->w, l->h};
        ui_frame_add(&cx->frame, tr, UI_BOX_TEXT, 0, 0);
    }
    return h;
}

int ui_bottom_bar(ui_state *st, const ui_bar_button *b, int n, int focus, int *end_x)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int by = cx->h - bh - p, bx = p;
    char shortl[4][64];
    const char *label[4];
    int total = 0, bw[4];
    if (n > 4) n = 4;
    for (int pass = 0; pass < 2; pass++) {
        total = p;
        for (int i = 0; i < n; i++) {
            label[i] = b[i].label;
            if (pass == 1) {
                snprintf(shortl[i], sizeof shortl[i], "%s", b[i].label);
                char *cut = strstr(shortl[i], " (");
                if (cut) *cut = 0;
                label[i] = shortl[i];
            }
            bw[i] = ui_text_layout(cx->text, UI_F_BOLD, label[i], 0, 1)->w + 2 * p;
            total += bw[i] + p;
        }
        if (total <= cx->w) break;
    }
    for (int i = 0; i < n; i++) {
        if (total > cx->w) bw[i] = (cx->w - p) / n - p;
        SDL_Rect r = {bx, by, bw[i], bh};
        ui_button(cx, r, label[i], b[i].action, b[i].arg, focus == i);
        bx += bw[i] + p;
    }
    if (end_x) *end_x = bx;
    return by;
}

int ui_scroll_begin(ui_state *st, SDL_Rect r)
{
    ui_clip_push(st->cx, r);
    return r.y - st->scroll[st->screen];
}

void ui_scroll_end(ui_state *st, SDL_Rect r, int content_h)
{
    ui_ctx *cx = st->cx;
    ui_clip_pop(cx);
    int max = content_h - r.h;
    if (max < 0) max = 0;
    st->scroll_max[st->screen] = max;
    if (st->scroll[st->screen] > max) {
        st->scroll[st->screen] = max;
        st->dirty = true; /* drawn with a stale offset: draw again */
    }
    if (max > 0) { /* a thin scroll indicator on the right edge */
        int th = r.h * r.h / content_h;
        if (th < 12) th = 12;
        int ty = r.y + (r.h - th) * st->scroll[st->screen] / max;
        SDL_Rect ind = {r.x + r.w - 4, ty, 3, th};
        ui_fill_rect(cx, ind, cx->th.border);
    }
}

void ui_scroll_by(ui_state *st, int dy)
{
    int *s = &st->scroll[st->screen];
    *s += dy;
    if (*s < 0) *s = 0;
    st->dirty = true;
}

bool ui_scroll_page_key(ui_state *st, SDL_Keycode key)
{
    int page = st->cx->h * 2 / 3; /* a third of the last page stays in view */
    if (key == SDLK_PAGEDOWN)
        ui_scroll_by(st, page);
    else if (key == SDLK_PAGEUP)
        ui_scroll_by(st, -page);
    return key == SDLK_PAGEDOWN || key == SDLK_PAGEUP;
}

void ui_scroll_to(ui_state *st, SDL_Rect view, int y, int h)
{
    int *s = &st->scroll[st->screen];
    if (y - *s < 0) *s = y;
    if (y + h - *s > view.h) *s = y + h - view.h;
    if (*s < 0) *s = 0;
}
