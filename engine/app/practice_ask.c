/* practice_ask.c: what both front ends share for four parts of deliberate
 * practice (docs/practice.md): say it first (the player's own words, kept in
 * progress only), confidence before and after a scenario, the homework
 * follow-up asked the next time rapport opens, and whose side the debrief's
 * "their side" replay takes.
 *
 * Changes to a session already saved (the words typed, the homework text,
 * the confidence given after the ending, a homework answer) go through
 * st_update, under the store's lock, so a second window saving at the same
 * moment loses nothing. Nothing here reaches reports, CSV or xAPI: those read
 * other fields of the record.
 *
 * Depends on: engine/store (st_update, the record's fields), engine/core
 * (the scenario's cast and nodes). No Lua, no cJSON. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const hw_names[APP_HW_N] = {"did", "partly", "not_yet", "skipped"};
static const char *const hw_labels[APP_HW_N] = {"I did it", "Partly", "Not yet", "Not answered"};

const char *app_hw_answer_name(app_hw_answer a)
{
    return a >= 0 && a < APP_HW_N ? hw_names[a] : "skipped";
}

const char *app_hw_answer_label(app_hw_answer a)
{
    return a >= 0 && a < APP_HW_N ? hw_labels[a] : "?";
}

int app_hw_answer_from_name(const char *name)
{
    for (int i = 0; name && i < APP_HW_N; i++)
        if (strcmp(name, hw_names[i]) == 0) return i;
    return -1;
}

/* Seconds since 1970 for "YYYY-MM-DDTHH:MM:SSZ", or -1. No time zone
 * functions: the days come from the civil calendar (Howard Hinnant's). */
long long app_iso_seconds(const char *iso)
{
    int y, m, d, hh = 0, mm = 0, ss = 0;
    if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &m, &d, &hh, &mm, &ss) < 3) return -1;
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long days = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    return days * 86400 + hh * 3600 + mm * 60 + ss;
}

static bool is_drill(const st_record *r)
{
    return r->kind && strcmp(r->kind, "drill") == 0;
}

int app_homework_due(const st_progress *pr, long long now)
{
    /* Only the latest whole session counts: an older one's homework was
     * either asked already or replaced by a newer plan. */
    for (int i = pr->n_records - 1; i >= 0; i--) {
        const st_record *r = &pr->records[i];
        if (is_drill(r) || !r->outcome) continue;
        if (!r->homework || !*r->homework || r->homework_answer) return -1;
        long long end = app_iso_seconds(r->ended ? r->ended : r->started);
        /* A real-world action needs time: not asked in the same sitting. */
        if (end < 0 || now - end < APP_HW_ASK_AFTER_S) return -1;
        return i;
    }
    return -1;
}

/* The last session with this scenario and start time, or NULL. */
static st_record *find_session(st_progress *pr, const char *scenario, const char *started)
{
    for (int i = pr->n_records - 1; i >= 0; i--) {
        st_record *r = &pr->records[i];
        if (r->scenario && r->started && scenario && started &&
            strcmp(r->scenario, scenario) == 0 && strcmp(r->started, started) == 0)
            return r;
    }
    return NULL;
}

/* Replaces *dst with a copy of src; false when memory ran out. */
static bool set_str(char **dst, const char *src)
{
    char *c = core_strdup(src);
    if (!c) return false;
    free(*dst);
    *dst = c;
    return true;
}

bool app_session_note_apply(st_progress *pr, const app_session_note *n, bool *found)
{
    st_record *r = find_session(pr, n->scenario, n->started);
    if (found) *found = r != NULL;
    if (!r) return true; /* nothing to change: the session is not in this file */
    if (n->homework && !set_str(&r->homework, n->homework)) return false;
    for (int i = 0; n->said && i < n->n_said && i < r->n_choices; i++)
        if (n->said[i] && *n->said[i] && !set_str(&r->choices[i].said, n->said[i])) return false;
    if (n->confidence_after >= 1 && n->confidence_after <= 5)
        r->confidence_after = n->confidence_after;
    if (n->confidence_before >= 1 && n->confidence_before <= 5)
        r->confidence_before = n->confidence_before;
    if (n->hw_answer) {
        char now[32];
        st_now(now, sizeof now);
        if (!r->homework && !set_str(&r->homework, "")) return false;
        if (!set_str(&r->homework_answer, n->hw_answer)) return false;
        if (n->hw_note && *n->hw_note && !set_str(&r->homework_note, n->hw_note)) return false;
        if (!set_str(&r->homework_answered, now)) return false;
    }
    return true;
}

typedef struct note_arg {
    const app_session_note *n;
    bool found;
} note_arg;

static bool do_note(st_progress *p, void *arg)
{
    note_arg *a = arg;
    return app_session_note_apply(p, a->n, &a->found);
}

st_status app_session_note_save(const char *file, const char *player, const app_session_note *n,
                                char *msg, size_t msglen)
{
    note_arg a = {n, false};
    st_status st = st_update(file, player, do_note, &a, msg, msglen);
    if ((st == ST_OK || st == ST_SET_ASIDE) && !a.found) {
        snprintf(msg, msglen, "the session of %s at %s is not in %s", n->scenario, n->started,
                 file);
        return ST_IO_ERROR;
    }
    return st;
}

void app_confidence_summary(const st_progress *pr, app_confidence *out)
{
    memset(out, 0, sizeof *out);
    double sb = 0, sa = 0, gain = 0;
    for (int i = 0; i < pr->n_records; i++) {
        const st_record *r = &pr->records[i];
        if (is_drill(r) || !r->outcome) continue;
        if (r->confidence_before) {
            if (!out->n_before) out->first_before = r->confidence_before;
            out->last_before = r->confidence_before;
            sb += r->confidence_before;
            out->n_before++;
        }
        if (r->confidence_after) {
            if (!out->n_after) out->first_after = r->confidence_after;
            out->last_after = r->confidence_after;
            sa += r->confidence_after;
            out->n_after++;
        }
        if (r->confidence_before && r->confidence_after) {
            gain += r->confidence_after - r->confidence_before;
            out->n_pairs++;
        }
    }
    if (out->n_before) out->mean_before = sb / out->n_before;
    if (out->n_after) out->mean_after = sa / out->n_after;
    if (out->n_pairs) out->mean_gain = gain / out->n_pairs;
}

int app_side_person(const core_scenario *sc, const core_session *s)
{
    /* Whoever spoke most on the player's route; on a tie, the first in the
     * cast. The scenario's main counterpart without a route. */
    int best = -1, best_n = 0;
    for (int c = 0; c < sc->n_cast; c++) {
        int n = 0;
        if (s) {
            for (int i = 0; i < core_session_n_steps(s); i++)
                n += sc->nodes[core_session_step(s, i)->node].speaker == c;
        } else {
            for (int i = 0; i < sc->n_nodes; i++)
                n += sc->nodes[i].speaker == c;
        }
        if (n > best_n) {
            best = c;
            best_n = n;
        }
    }
    if (best < 0 && sc->n_cast > 0) best = 0;
    return best;
}

const char *app_cast_name(const core_scenario *sc, int c)
{
    if (c < 0 || c >= sc->n_cast) return "They";
    return sc->cast[c].name && sc->cast[c].name[0] ? sc->cast[c].name : sc->cast[c].key;
}

bool app_side_has_thoughts(const core_scenario *sc, const core_session *s)
{
    for (int i = 0; i < core_session_n_steps(s); i++) {
        const core_step *st = core_session_step(s, i);
        const core_node *n = &sc->nodes[st->node];
        if (n->thought && *n->thought) return true;
        if (st->choice >= 0 && n->choices[st->choice].thought && *n->choices[st->choice].thought)
            return true;
    }
    return false;
}

long long app_now_seconds(void)
{
    /* st_now's clock, so $RAPPORT_NOW fixes it in tests as it fixes every
     * time stamp the store writes. */
    char now[32];
    st_now(now, sizeof now);
    return app_iso_seconds(now);
}
