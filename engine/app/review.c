/* review.c: spaced review of missed moments, the streak and the daily goal
 * (issue 16; docs/practice.md explains them to learners).
 *
 * Every moment a learner missed in a whole conversation (a step where a
 * shown choice was better than the one picked for some skill) becomes a
 * review item keyed by (scenario id, node id), kept in the progress file's
 * "review" list. Items are scheduled with SM-2 (P. A. Wozniak, "Optimization
 * of learning", 1990; the algorithm SuperMemo 2 used): a moment answered well
 * comes back after 1 day, then 6, then each interval times its ease; a missed
 * one starts again at 1 day. Review plays each due moment as a drill
 * (drill.c), choices reshuffled, and grades the moment itself.
 *
 * Calendar days are "YYYY-MM-DD" in the learner's local time; app_today
 * reads $RAPPORT_TODAY first, so tests never depend on the real clock.
 *
 * Depends on: engine/app (drill.c, play.c, the library), engine/core (the
 * steps' effects), engine/store (review items, st_update). */
#include "app.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- calendar days ---- */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil), so day arithmetic needs no time zone. */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, long *m, long *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

static bool parse_day(const char *s, long *y, long *m, long *d)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    *y = strtol(s, NULL, 10);
    *m = strtol(s + 5, NULL, 10);
    *d = strtol(s + 8, NULL, 10);
    if (*m < 1 || *m > 12 || *d < 1) return false;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
    return *d <= mdays[*m - 1] && !(*m == 2 && *d == 29 && !leap);
}

bool app_day_valid(const char *day)
{
    long y, m, d;
    return parse_day(day, &y, &m, &d);
}

static long day_number(const char *day)
{
    long y, m, d;
    return parse_day(day, &y, &m, &d) ? days_from_civil(y, m, d) : 0;
}

static void day_text(long z, char *out, size_t n)
{
    long y, m, d;
    civil_from_days(z, &y, &m, &d);
    snprintf(out, n, "%04ld-%02ld-%02ld", y, m, d);
}

void app_day_add(const char *day, int days, char *out, size_t n)
{
    day_text(day_number(day) + days, out, n);
}

long app_day_diff(const char *a, const char *b)
{
    return day_number(b) - day_number(a);
}

void app_today(char *buf, size_t n)
{
    const char *env = getenv("RAPPORT_TODAY");
    if (env && app_day_valid(env)) {
        snprintf(buf, n, "%s", env);
        return;
    }
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%d", &tm);
}

bool app_day_of(const char *iso, char *out, size_t n)
{
    int y, mo, d, h = 0, mi = 0, s = 0;
    if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) < 3) return false;
    time_t t = (time_t)days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return false;
    strftime(out, n, "%Y-%m-%d", &tm);
    return true;
}

/* ---- SM-2 ---- */

void app_sm2_next(app_sm2 *s, int q)
{
    if (q < 0) q = 0;
    if (q > 5) q = 5;
    if (s->ease < 1.3) s->ease = 2.5; /* a new item */
    if (q < 3) {
        /* Wozniak: start the repetitions again, the E-factor unchanged. */
        s->reps = 0;
        s->interval = 1;
        return;
    }
    if (s->reps == 0)
        s->interval = 1;
    else if (s->reps == 1)
        s->interval = 6;
    else {
        double next = (double)s->interval * s->ease + 0.5;
        s->interval = next > 36500 ? 36500 : (int)next;
    }
    s->reps++;
    s->ease += 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02);
    if (s->ease < 1.3) s->ease = 1.3;
}

/* ---- the queue ---- */

int app_review_due(const st_progress *pr, const char *today, int **out)
{
    *out = NULL;
    int n = 0;
    int *v = malloc(sizeof *v * (size_t)(pr->n_reviews + 1));
    if (!v) return 0;
    for (int i = 0; i < pr->n_reviews; i++)
        if (strcmp(pr->reviews[i].due, today) <= 0) v[n++] = i;
    /* Most overdue first, then in the order missed. Insertion sort: qsort's
     * comparator would need the progress in a global. */
    for (int i = 1; i < n; i++) {
        int x = v[i], j = i;
        while (j > 0) {
            const st_review *a = &pr->reviews[v[j - 1]], *b = &pr->reviews[x];
            int c = strcmp(a->due, b->due);
            if (!c) c = strcmp(a->added, b->added);
            if (c <= 0) break;
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
    if (!n) {
        free(v);
        return 0;
    }
    *out = v;
    return n;
}

typedef struct note_arg {
    const char *scenario, *today;
    const char **nodes;
    int n_nodes;
    int added;
} note_arg;

static bool do_note(st_progress *p, void *arg)
{
    note_arg *a = arg;
    char due[16];
    app_day_add(a->today, 1, due, sizeof due);
    a->added = 0;
    for (int i = 0; i < a->n_nodes; i++) {
        if (st_review_find(p, a->scenario, a->nodes[i]) >= 0) continue;
        st_review v = {.scenario = (char *)a->scenario,
                       .node = (char *)a->nodes[i],
                       .added = (char *)a->today,
                       .due = due,
                       .interval = 1,
                       .ease = 2.5};
        if (!st_review_add(p, &v)) return false;
        a->added++;
    }
    return true;
}

/* The moments p's session missed (a shown choice was better for some skill
 * than the one picked), each node once, into a->nodes (calloc'ed; the
 * caller frees it). False when out of memory. */
static bool collect_missed(const app_play *p, note_arg *a)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session((app_play *)p);
    int n = core_session_n_steps(s);
    a->scenario = sc->id;
    a->nodes = calloc((size_t)n + 1, sizeof *a->nodes);
    if (!a->nodes) return false;
    for (int i = 0; i < n; i++) {
        const core_step *st = core_session_step(s, i);
        bool missed = false;
        for (int k = 0; k < sc->n_skills && !missed; k++)
            missed = st->n_options >= 2 && st->score[k] < st->hi[k] - 1e-9;
        const char *id = sc->nodes[st->node].id;
        for (int j = 0; j < a->n_nodes && missed; j++)
            missed = strcmp(a->nodes[j], id) != 0;
        if (missed) a->nodes[a->n_nodes++] = id;
    }
    return true;
}

st_status app_review_note_session(const app_play *p, const char *progress_file, const char *player,
                                  const char *today, int *added, char *msg, size_t msglen)
{
    msg[0] = '\0';
    if (added) *added = 0;
    note_arg a = {.today = today};
    if (!collect_missed(p, &a)) {
        snprintf(msg, msglen, "out of memory");
        return ST_IO_ERROR;
    }
    st_status rc = ST_OK;
    if (a.n_nodes > 0) rc = st_update(progress_file, player, do_note, &a, msg, msglen);
    if (added && (rc == ST_OK || rc == ST_SET_ASIDE)) *added = a.added;
    free(a.nodes);
    return rc;
}

st_status app_review_append(const app_play *p, const char *progress_file, const char *player,
                            st_record *r, const char *today, char *msg, size_t msglen)
{
    note_arg a = {.today = today};
    if (!collect_missed(p, &a)) {
        snprintf(msg, msglen, "out of memory");
        return ST_IO_ERROR;
    }
    st_status rc =
        st_append_with(progress_file, player, r, a.n_nodes ? do_note : NULL, &a, msg, msglen);
    free(a.nodes);
    return rc;
}

app_drill *app_review_open(const st_progress *pr, int i, const app_library *lib, unsigned long seed,
                           char *msg, size_t msglen)
{
    if (i < 0 || i >= pr->n_reviews) {
        snprintf(msg, msglen, "no such review item");
        return NULL;
    }
    const st_review *v = &pr->reviews[i];
    int e = lib ? app_library_find(lib, v->scenario) : -1;
    if (e < 0 || !lib->v[e].ok) {
        snprintf(msg, msglen, "the scenario '%s' is not in the library%s", v->scenario,
                 e >= 0 ? " without errors" : "");
        return NULL;
    }
    const st_record *route = app_route_for(pr, v->scenario, v->node);
    return app_drill_open(lib->v[e].file, v->node, route, -1, seed, msg, msglen);
}

void app_drill_moment_words(app_drill *d, char *buf, size_t n)
{
    if (n == 0) return;
    buf[0] = '\0';
    const core_session *s = d ? app_play_session(app_drill_play(d)) : NULL;
    const char *text = s ? core_session_text(s) : NULL;
    if (!text || !text[0]) text = s ? core_session_cue(s) : NULL;
    if (!text || !text[0]) return;
    /* At most 60 bytes on one line, cut at a character's start (an accented
     * letter is two bytes; half of one is invalid UTF-8), if it can be at a space. */
    char cut[80];
    size_t k = 0, len = strlen(text);
    size_t max = len > 60 ? 60 : len;
    if (len > 60) {
        while (max > 0 && ((unsigned char)text[max] & 0xC0) == 0x80)
            max--;
        size_t word = max; /* and between words, when a word ends past halfway */
        while (word > 30 && text[word] != ' ')
            word--;
        if (word > 30) max = word;
    }
    for (size_t i = 0; i < max; i++)
        cut[k++] = text[i] == '\n' || text[i] == '\t' ? ' ' : text[i];
    while (k > 0 && cut[k - 1] == ' ')
        k--;
    cut[k] = '\0';
    /* TRANSLATORS: a moment's line quoted in the review list and headings */
    snprintf(buf, n, len > max ? _("\u201c%s\u2026\u201d") : _("\u201c%s\u201d"), cut);
}

bool app_review_describe(const st_progress *pr, int i, const app_library *lib, char *title,
                         size_t tn, char *words, size_t wn)
{
    char msg[300];
    if (tn) title[0] = '\0';
    if (wn) words[0] = '\0';
    app_drill *d = app_review_open(pr, i, lib, 0, msg, sizeof msg);
    if (!d) return false;
    if (tn) snprintf(title, tn, "%s", app_play_scenario(app_drill_play(d))->title);
    app_drill_moment_words(d, words, wn);
    app_drill_close(d);
    return true;
}

/* ---- streak and daily goal ---- */

void app_goals_get(const st_progress *pr, const char *today, app_goals *out)
{
    memset(out, 0, sizeof *out);
    out->on = !pr->settings.goals_off;
    out->goal = pr->settings.daily_goal > 0 ? pr->settings.daily_goal : ST_DAILY_GOAL;
    int *due;
    out->due = app_review_due(pr, today, &due);
    free(due);
    /* Which of the last days had any practice: a bitmap back from today. */
    enum { SPAN = 3660 };
    unsigned char *had = calloc(SPAN, 1);
    if (!had) return;
    long t = day_number(today);
    for (int i = 0; i < pr->n_records; i++) {
        const st_record *r = &pr->records[i];
        char day[16];
        if (!app_day_of(r->ended ? r->ended : r->started, day, sizeof day)) continue;
        long back = t - day_number(day);
        if (back == 0) out->today++;
        if (back >= 0 && back < SPAN) had[back] = 1;
    }
    /* A streak holds through today while today has nothing yet: no one loses
     * it before the day is over. */
    int from = had[0] ? 0 : 1;
    for (int b = from; b < SPAN && had[b]; b++)
        out->streak++;
    free(had);
}

void app_goals_line(const app_goals *g, char *buf, size_t n)
{
    buf[0] = '\0';
    if (!g->on) return;
    char streak[64] = "";
    if (g->streak >= 2)
        snprintf(streak, sizeof streak, P_("%d day in a row · ", "%d days in a row · ", g->streak),
                 g->streak);
    else if (g->streak == 1)
        snprintf(streak, sizeof streak, "%s", g->today ? _("First day of a streak · ") : "");
    /* Whole sentences, capitalised or not, so a language's word order and
     * capitals are its translators' (no case change of a first byte). */
    char tail[128];
    if (g->today >= g->goal)
        snprintf(tail, sizeof tail,
                 streak[0] ? _("today %d of %d: goal reached") : _("Today %d of %d: goal reached"),
                 g->today, g->goal);
    else
        snprintf(tail, sizeof tail, streak[0] ? _("today %d of %d") : _("Today %d of %d"), g->today,
                 g->goal);
    snprintf(buf, n, "%s%s", streak, tail);
}
