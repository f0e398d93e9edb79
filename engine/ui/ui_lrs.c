/* ui_lrs.c: learning records for an organisation's Learning Record Store,
 * from the window (docs/organisations.md). The terminal player does the same
 * in engine/cli/lrs_cmd.c; the difference here is that the window must never
 * wait for the network.
 *
 * Recording a session (app_record_session, engine/app) saves it in the
 * progress file and appends its xAPI statements to the queue beside it, on
 * this thread (small durable writes). With auto_sync the queue is then sent
 * by lrs_sync on an SDL worker thread; the loop keeps drawing and answering
 * keys.
 * One sync at a time: statements queued while one runs are sent by a second
 * pass right after it, unless the first could not reach the LRS (the queue's
 * backoff then decides). The worker pushes an SDL event when it finishes; the
 * loop collects the result into one calm line, st->lrs_note, shown in the
 * debrief's footer and at the bottom of the home screen.
 *
 * Quitting sets the sync's cancel flag (lrs_sync stops during a request,
 * within about a second) and waits for the worker; what was not sent stays
 * pending in the queue for the next sync. Nothing here needs a lock: the
 * worker owns its job until it has finished, and the UI reads the job only
 * after waiting for the thread.
 *
 * Depends on: engine/lrs (which alone talks to the network), SDL threads,
 * events and timers. No cJSON, no Lua. */
#include "i18n.h"
#include "lrs.h"
#include "ui_local.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define STOP_WAIT_MS 5000 /* quitting waits at most this long for a sync to stop */

/* One pass of lrs_sync over one queue. The UI fills the inputs and starts the
 * worker; from then on only the worker touches it until `finished` is set. */
typedef struct sync_job {
    lrs_config cfg;     /* owned */
    char *queue;        /* owned: <data dir>/<slug>.xapi-queue.json */
    atomic_bool cancel; /* the UI sets it to stop soon */
    atomic_bool finished;
    Uint32 done_event; /* pushed when finished (unless cancelled) */
    /* results, read by the UI after the thread has been waited for */
    lrs_status rc;
    lrs_sync_result res;
    int rejected_now;      /* statements the LRS rejected in this pass */
    char reason[300];      /* the LRS's words for the first of them */
    char next_attempt[32]; /* after LRS_DEFERRED: when the next try is due (UTC) */
    char msg[1200];
} sync_job;

struct ui_lrs {
    SDL_Thread *thread; /* the worker, NULL when none runs */
    sync_job *job;      /* the running job */
    sync_job *next;     /* queued while `job` ran: started when it finishes */
    Uint32 done_event;  /* from SDL_RegisterEvents; 0 when it could not register */
};

static void set_note(ui_state *st, bool problem, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_note(ui_state *st, bool problem, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->lrs_note, sizeof st->lrs_note, fmt, ap);
    va_end(ap);
    st->lrs_problem = problem;
    st->dirty = true;
}

static void job_free(sync_job *j)
{
    if (!j) return;
    lrs_config_free(&j->cfg);
    free(j->queue);
    free(j);
}

/* ---- the worker thread ---- */

static void on_rejected(void *ud, const lrs_rejection *r)
{
    sync_job *j = ud;
    if (!r->now) return; /* kept from an earlier sync: `rapport lrs show` lists those */
    if (j->rejected_now++ == 0)
        snprintf(j->reason, sizeof j->reason, "HTTP %ld: %s", r->http_status,
                 r->reason ? r->reason : _("no reason given"));
}

static int worker(void *arg)
{
    sync_job *j = arg;
    lrs_sync_opts o = {
        .respect_backoff = true, .cancel = &j->cancel, .on_rejected = on_rejected, .ud = j};
    j->rc = lrs_sync(&j->cfg, j->queue, &o, &j->res, j->msg, sizeof j->msg);
    if (j->rc == LRS_DEFERRED) {
        lrs_queue_info qi;
        char m[300];
        if (lrs_queue_read_info(j->queue, &qi, m, sizeof m) == LRS_OK)
            snprintf(j->next_attempt, sizeof j->next_attempt, "%s", qi.next_attempt);
    }
    /* Quitting waits for us and wants no event: it would only wake a loop
     * that has stopped reading them. */
    bool tell = !atomic_load(&j->cancel);
    atomic_store(&j->finished, true);
    if (tell) {
        SDL_Event e;
        SDL_zero(e);
        e.type = j->done_event;
        e.user.data1 = j;
        SDL_PushEvent(&e); /* thread-safe; a full queue only delays the note */
    }
    return 0;
}

/* ---- on the UI thread ---- */

static bool start(ui_state *st, sync_job *j)
{
    struct ui_lrs *l = st->lrs;
    j->done_event = l->done_event;
    atomic_init(&j->cancel, false);
    atomic_init(&j->finished, false);
    l->thread = SDL_CreateThread(worker, "rapport-lrs-sync", j);
    if (!l->thread) return false;
    l->job = j;
    set_note(st, false, "%s", _("Sending learning records to your LRS…"));
    return true;
}

/* "14:05" in local time for an ISO 8601 UTC time, or "" when it cannot be read. */
static void local_hhmm(const char *iso, char *out, size_t n)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    out[0] = '\0';
    if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                       &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
        return;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    time_t t = timegm(&tm);
    struct tm lt;
    if (t == (time_t)-1 || !localtime_r(&t, &lt)) return;
    strftime(out, n, "%H:%M", &lt);
}

/* The finished job's result as st->lrs_note. */
static void note_result(ui_state *st, const sync_job *j)
{
    const lrs_sync_result *r = &j->res;
    switch (j->rc) {
    case LRS_OK:
        if (j->rejected_now > 0 && r->sent > 0)
            set_note(st, true,
                     P_("Sent %d learning record; your LRS rejected %d (kept for your "
                        "administrator): %s",
                        "Sent %d learning records; your LRS rejected %d (kept for your "
                        "administrator): %s",
                        r->sent),
                     r->sent, j->rejected_now, j->reason);
        else if (j->rejected_now > 0)
            set_note(st, true,
                     P_("Your LRS rejected %d learning record (kept for your administrator): %s",
                        "Your LRS rejected %d learning records (kept for your administrator): %s",
                        j->rejected_now),
                     j->rejected_now, j->reason);
        else if (r->sent > 0)
            set_note(st, false,
                     P_("Sent %d learning record to your LRS.",
                        "Sent %d learning records to your LRS.", r->sent),
                     r->sent);
        else
            st->lrs_note[0] = '\0'; /* nothing was waiting: nothing to say */
        break;
    case LRS_DEFERRED: {
        char at[16];
        local_hhmm(j->next_attempt, at, sizeof at);
        set_note(st, false,
                 P_("LRS unreachable earlier; %d learning record kept, next try after %s.",
                    "LRS unreachable earlier; %d learning records kept, next try after %s.",
                    r->pending),
                 r->pending, at[0] ? at : _("a pause"));
        break;
    }
    case LRS_BUSY:
        set_note(st, false, "%s",
                 _("Learning records queued; another rapport is sending to your LRS."));
        break;
    case LRS_ERROR:
        if (strncmp(j->msg, "cannot reach the LRS", 20) == 0)
            set_note(st, true,
                     P_("LRS unreachable; %d learning record kept and will be sent later.",
                        "LRS unreachable; %d learning records kept and will be sent later.",
                        r->pending),
                     r->pending);
        else if (r->pending > 0)
            set_note(st, true,
                     P_("%d learning record kept for later: %s",
                        "%d learning records kept for later: %s", r->pending),
                     r->pending, j->msg);
        else
            set_note(st, true, _("Learning records not sent: %s"), j->msg);
        break;
    case LRS_MISSING:
    default:
        st->lrs_note[0] = '\0';
        break;
    }
    st->dirty = true;
}

bool ui_lrs_busy(const ui_state *st)
{
    return st->lrs && st->lrs->thread;
}

/* Waits for the finished worker, turns its result into the note and starts
 * the pass queued meanwhile, if any. */
static void collect(ui_state *st)
{
    struct ui_lrs *l = st->lrs;
    SDL_WaitThread(l->thread, NULL); /* it has finished: returns at once */
    l->thread = NULL;
    sync_job *done = l->job;
    l->job = NULL;
    note_result(st, done);
    sync_job *next = l->next;
    l->next = NULL;
    /* Statements queued meanwhile: a second pass, unless this one just found
     * the LRS unreachable (the queue's backoff then decides when to try). */
    bool same = next && strcmp(next->queue, done->queue) == 0;
    if (next && same && done->rc != LRS_OK) {
        job_free(next);
    } else if (next && !start(st, next)) {
        set_note(st, true, _("Learning records queued; sending them failed to start: %s"),
                 SDL_GetError());
        job_free(next);
    }
    job_free(done);
}

bool ui_lrs_event(ui_state *st, const SDL_Event *e)
{
    struct ui_lrs *l = st->lrs;
    if (!l || !l->done_event || e->type != l->done_event) return false;
    /* Only the running job's event counts (one pushed after it was collected
     * another way is stale). */
    if (l->thread && e->user.data1 == l->job && atomic_load(&l->job->finished)) collect(st);
    return true;
}

void ui_lrs_after_record(ui_state *st, const app_record_result *res)
{
    if (res->lrs_queue_failed) {
        /* The progress file already has the session; `rapport xapi-export` can
         * still make its statements. */
        set_note(st, true, _("Learning records not queued (your progress is saved): %s"),
                 res->lrs_msg);
        return;
    }
    if (!res->lrs_configured) return; /* the usual case: nothing to do and nothing to say */
    int added = res->lrs_queued;
    if (!res->lrs_sync_now) {
        set_note(st, false,
                 P_("Queued %d learning record for your LRS (rapport sync sends them).",
                    "Queued %d learning records for your LRS (rapport sync sends them).", added),
                 added);
        return;
    }
    /* The worker needs the configuration of its own: read it again. */
    char msg[1200];
    lrs_config cfg;
    char *path = lrs_config_path();
    lrs_status cs = path ? lrs_config_load(path, &cfg, msg, sizeof msg) : LRS_ERROR;
    if (!path) lrs_config_defaults(&cfg);
    free(path);
    sync_job *j = cs == LRS_OK ? calloc(1, sizeof *j) : NULL;
    if (!st->lrs) st->lrs = calloc(1, sizeof *st->lrs);
    if (j) {
        j->cfg = cfg;
        j->queue = lrs_queue_path(st->player_file);
    } else {
        lrs_config_free(&cfg);
    }
    struct ui_lrs *l = st->lrs;
    if (l && !l->done_event) {
        Uint32 t = SDL_RegisterEvents(1);
        l->done_event = t == (Uint32)-1 ? 0 : t;
    }
    if (!j || !j->queue || !l || !l->done_event) {
        set_note(st, true,
                 P_("Queued %d learning record; they are sent at the next sync.",
                    "Queued %d learning records; they are sent at the next sync.", added),
                 added);
        job_free(j);
        return;
    }
    /* A worker whose event got lost (a full event queue) is collected here. */
    if (l->thread && atomic_load(&l->job->finished)) collect(st);
    if (l->thread) { /* one sync at a time: this one goes right after */
        job_free(l->next);
        l->next = j;
        set_note(st, false,
                 P_("Queued %d learning record; they follow the records being sent.",
                    "Queued %d learning records; they follow the records being sent.", added),
                 added);
        return;
    }
    if (!start(st, j)) {
        set_note(st, true,
                 P_("Queued %d learning record; sending failed to start: %s",
                    "Queued %d learning records; sending failed to start: %s", added),
                 added, SDL_GetError());
        job_free(j);
    }
}

void ui_lrs_stop(ui_state *st)
{
    struct ui_lrs *l = st->lrs;
    if (!l) return;
    if (l->thread) {
        atomic_store(&l->job->cancel, true);
        Uint64 t0 = SDL_GetTicks64();
        while (!atomic_load(&l->job->finished) && SDL_GetTicks64() - t0 < STOP_WAIT_MS)
            SDL_Delay(10);
        if (atomic_load(&l->job->finished)) {
            SDL_WaitThread(l->thread, NULL);
            job_free(l->job);
        } else {
            /* Stuck outside a request (a frozen disk, a resolver that ignores
             * cancels): leave it. The queue is rewritten atomically, so the
             * process may end under it; its job stays allocated for it. */
            fprintf(stderr, "%s",
                    _("rapport: stopped waiting for the LRS; unsent learning records stay "
                      "queued for the next sync\n"));
            SDL_DetachThread(l->thread);
        }
        l->thread = NULL;
        l->job = NULL;
    }
    job_free(l->next);
    free(l);
    st->lrs = NULL;
}

/* ---- the note ---- */

int ui_lrs_note_h(const ui_state *st)
{
    return st->lrs_note[0] ? ui_text_line_h(st->cx->text, UI_F_SMALL) : 0;
}

void ui_lrs_note_draw(ui_state *st, SDL_Rect r)
{
    if (!st->lrs_note[0] || r.w <= 0) return;
    ui_ctx *cx = st->cx;
    ui_label_ex(cx, UI_F_SMALL, st->lrs_note, r.x, r.y + (r.h - ui_lrs_note_h(st)) / 2, r.w, 1,
                st->lrs_problem ? cx->th.mixed : cx->th.dim, -1);
}

int ui_lrs_footer(ui_state *st, int x, int w)
{
    int lh = ui_lrs_note_h(st);
    if (!lh) return 0;
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = lh + p;
    SDL_Rect sep = {0, cx->h - h, cx->w, 1};
    ui_fill_rect(cx, sep, cx->th.border);
    SDL_Rect line = {x, cx->h - h, w, h};
    ui_lrs_note_draw(st, line);
    return h;
}
