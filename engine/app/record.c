/* record.c: recording a finished session, the one way every front end does
 * it (issue 21): the partial-run rule, building the record, appending it to
 * the player's progress durably in one save (with the moments it missed for
 * review, the homework and any words typed in say it first: issue 16), and
 * queuing its learning records when an LRS is configured. Sending the queue stays with the front
 * end (the window does it on a worker thread, the terminal inline). Also the seed of a learner's
 * shuffled session. */
#include "app.h"
#include "i18n.h"
#include "lrs.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

unsigned long app_new_seed(void)
{
    uint32_t v = 0;
    if (getrandom(&v, sizeof v, GRND_NONBLOCK) != (ssize_t)sizeof v) {
        /* No entropy source: the clock and the pid still differ per session. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        v = (uint32_t)ts.tv_nsec ^ (uint32_t)ts.tv_sec * 2654435761u ^ (uint32_t)getpid();
    }
    return (unsigned long)v;
}

void app_record_session(const app_play *p, const app_record_req *q, app_record_result *out)
{
    memset(out, 0, sizeof *out);
    if (app_play_partial(p)) { /* an author's run: not a learner's session */
        out->status = APP_REC_PARTIAL;
        snprintf(out->msg, sizeof out->msg, "%s",
                 _("Not saved: this run started part way (--from, --fact, --trust) or was "
                   "reloaded past an edit."));
        return;
    }
    if (!q->progress_file || !q->player) {
        out->status = APP_REC_FAILED;
        snprintf(out->msg, sizeof out->msg, "no data folder (set --data-dir)");
        return;
    }
    st_record r;
    if (!app_play_record(p, q->mode, q->started, &r)) {
        st_record_free(&r);
        out->status = APP_REC_FAILED;
        snprintf(out->msg, sizeof out->msg, "out of memory");
        return;
    }
    if (q->kind) {
        free(r.kind);
        r.kind = core_strdup(q->kind);
    }
    r.confidence_before = q->confidence_before;
    r.confidence_after = q->confidence_after;
    if (q->pack && !(r.pack = core_strdup(q->pack))) {
        st_record_free(&r);
        out->status = APP_REC_FAILED;
        snprintf(out->msg, sizeof out->msg, "out of memory");
        return;
    }
    /* The room's counts (issue 19): step i of the session is choice i. */
    for (int i = 0; q->room && i < q->n_room && i < r.n_choices; i++) {
        const app_room_votes *v = &q->room[i];
        int n = v->n < APP_ROOM_MAX ? v->n : APP_ROOM_MAX;
        st_choice *c = &r.choices[i];
        /* Never a count the store would refuse on reading: one per shown choice. */
        if (n <= 0 || (c->n_shown_ids > 0 && n != c->n_shown_ids)) continue;
        if (!(c->room_votes = malloc(sizeof *c->room_votes * (size_t)n))) {
            st_record_free(&r);
            out->status = APP_REC_FAILED;
            snprintf(out->msg, sizeof out->msg, "out of memory");
            return;
        }
        long long sum = 0;
        for (int k = 0; k < n; k++) {
            c->room_votes[k] = v->votes[k] > 0 ? v->votes[k] : 0;
            sum += c->room_votes[k];
        }
        c->n_room_votes = n;
        c->room_phones = v->phones > sum ? v->phones : (int)sum;
    }
    /* Deliberate practice: the homework and the typed words go into the same
     * write as the session, so the file never holds it without them. */
    bool mem = !q->homework || !*q->homework || (r.homework = core_strdup(q->homework)) != NULL;
    for (int i = 0; mem && q->said && i < q->n_said && i < r.n_choices; i++)
        if (q->said[i] && *q->said[i]) mem = (r.choices[i].said = core_strdup(q->said[i])) != NULL;
    if (!mem) {
        st_record_free(&r);
        out->status = APP_REC_FAILED;
        snprintf(out->msg, sizeof out->msg, "out of memory");
        return;
    }
    st_status rc;
    if (!q->kind || strcmp(q->kind, "session") == 0) {
        /* Issue 16: with the moments it missed, for review, in the same save. */
        char today[16];
        app_today(today, sizeof today);
        rc =
            app_review_append(p, q->progress_file, q->player, &r, today, out->msg, sizeof out->msg);
    } else {
        rc = st_append(q->progress_file, q->player, &r, out->msg, sizeof out->msg);
    }
    if (rc != ST_OK && rc != ST_SET_ASIDE) {
        out->status = APP_REC_FAILED;
        st_record_free(&r);
        return;
    }
    out->status = rc == ST_OK ? APP_REC_SAVED : APP_REC_SAVED_ASIDE;
    /* The typed words and the homework stay in the player's file: the
     * learning records are made from a record without them. */
    for (int i = 0; i < r.n_choices; i++) {
        free(r.choices[i].said);
        r.choices[i].said = NULL;
    }
    free(r.homework);
    r.homework = NULL;
    /* Recorded: with an LRS configured, queue its statements (the progress
     * file already holds the session, so nothing is lost if this fails). */
    lrs_config cfg;
    char *path = lrs_config_path();
    lrs_status cs =
        path ? lrs_config_load(path, &cfg, out->lrs_msg, sizeof out->lrs_msg) : LRS_ERROR;
    if (!path) {
        lrs_config_defaults(&cfg);
        snprintf(out->lrs_msg, sizeof out->lrs_msg, "out of memory");
    }
    free(path);
    if (cs == LRS_OK) {
        out->lrs_configured = true;
        if (lrs_enqueue_record(&cfg, q->progress_file, q->player, &r, q->pack, &out->lrs_queued,
                               out->lrs_msg, sizeof out->lrs_msg) == LRS_OK) {
            out->lrs_msg[0] = '\0';
            out->lrs_sync_now = cfg.auto_sync;
        } else {
            out->lrs_queue_failed = true;
        }
    } else if (cs == LRS_MISSING) {
        out->lrs_msg[0] = '\0'; /* not configured: the usual case, nothing to say */
    } else {
        out->lrs_queue_failed = true;
    }
    lrs_config_free(&cfg);
    st_record_free(&r);
}
