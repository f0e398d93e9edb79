/* drill.c: "Practise this moment" (issue 16). A drill is a short run that
 * starts at one moment of a conversation the player had and stops after
 * APP_DRILL_DECISIONS decisions, so the moment they got wrong can be tried
 * again at once, and again days later (review.c).
 *
 * The moment must feel the same as it did: the same facts heard, trust,
 * goodwill, visits and author variables (state.vars). Only a replay gives all
 * of these, since author variables live in Lua, so the drill replays the
 * player's saved route from the start by node and choice id (ids survive an
 * edit of the scenario, positions do not). When there is no route, or an edit
 * broke it, the drill starts at the node fresh (start anywhere), and says so.
 *
 * A drill is saved as a record of kind "drill" holding only its own steps,
 * so the session charts, attempt numbers and recommendations, which count
 * kind "session" only, never see it.
 *
 * Depends on: engine/app (play.c: app_play_*), engine/core (sessions, the
 * accuracy rule), engine/store (records, st_update). */
#include "app.h"
#include "i18n.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct app_drill {
    app_play *p; /* owned */
    char *node;  /* owned: where the drill starts */
    int first;   /* steps replayed before the drill (its first step's index) */
    char note[300];
    char started[32];
    bool *facts0;   /* [n_facts] heard when the drill began; owned */
    double *trust0; /* [n_cast] trust when the drill began; owned */
};

void app_drill_close(app_drill *d)
{
    if (!d) return;
    app_play_close(d->p);
    free(d->node);
    free(d->facts0);
    free(d->trust0);
    free(d);
}

/* Replays route's first `upto` steps on p's fresh session, matching nodes and
 * choices by id. False (the session restarted) when the route does not fit. */
static bool replay(app_play *p, const st_record *route, int upto, const char *node)
{
    core_session *s = app_play_session(p);
    const core_scenario *sc = app_play_scenario(p);
    bool ok = true;
    for (int i = 0; ok && i < upto; i++) {
        const st_choice *c = &route->choices[i];
        const core_node *n = core_session_node(s);
        if (core_session_status(s) != CORE_PLAYING || !c->node || !c->choice ||
            strcmp(n->id, c->node) != 0) {
            ok = false;
        } else if (strcmp(c->choice, "timeout") == 0) {
            ok = core_session_timeout(s, c->ms) == 0;
        } else {
            int shown = 0;
            for (int k = 0; k < core_session_n_visible(s) && !shown; k++)
                if (strcmp(n->choices[core_session_visible(s, k)].id, c->choice) == 0)
                    shown = k + 1;
            ok = shown > 0 && core_session_choose(s, shown, c->ms) == 0;
        }
    }
    ok = ok && core_session_status(s) == CORE_PLAYING &&
         strcmp(core_session_node(s)->id, node) == 0 && core_find_node(sc, node) >= 0;
    if (!ok) app_play_restart(p);
    return ok;
}

app_drill *app_drill_open(const char *file, const char *node, const st_record *route, int step,
                          unsigned long seed, char *msg, size_t msglen)
{
    msg[0] = '\0';
    core_diags d = {0};
    app_play *p = app_play_open(file, &d);
    if (!p) {
        const char *why = "it does not load";
        for (int i = 0; i < d.n; i++)
            if (d.v[i].severity == CORE_ERROR) {
                why = d.v[i].msg;
                break;
            }
        snprintf(msg, msglen, "%s: %s", file, why);
        core_diags_free(&d);
        return NULL;
    }
    core_diags_free(&d);
    app_drill *dr = calloc(1, sizeof *dr);
    if (!dr || !(dr->node = core_strdup(node))) {
        snprintf(msg, msglen, "out of memory");
        app_play_close(p);
        free(dr);
        return NULL;
    }
    dr->p = p;
    st_now(dr->started, sizeof dr->started);
    /* Before the replay: it matches by id, not by number. */
    if (seed != APP_DRILL_AUTHOR_ORDER) app_play_set_seed(p, seed);
    const core_scenario *sc = app_play_scenario(p);
    int upto = step;
    if (route && upto < 0)
        for (int i = 0; i < route->n_choices && upto < 0; i++)
            if (route->choices[i].node && strcmp(route->choices[i].node, node) == 0) upto = i;
    bool placed = route && upto >= 0 && upto < route->n_choices && route->choices[upto].node &&
                  strcmp(route->choices[upto].node, node) == 0 && replay(p, route, upto, node);
    if (!placed) {
        /* Start anywhere: the node, nothing heard, trust at 0. */
        if (!app_play_start_at(p, node, NULL, 0, NULL, NULL, 0, msg, msglen)) {
            app_drill_close(dr);
            return NULL;
        }
        /* At the start itself a fresh start is the state the player had. */
        if (core_find_node(sc, node) != sc->start)
            snprintf(dr->note, sizeof dr->note, "%s",
                     route ? _("The scenario has changed since you played it, so this moment "
                               "starts fresh: nothing heard yet, trust at 0.")
                           : _("You have no saved conversation through this moment, so it starts "
                               "fresh: nothing heard yet, trust at 0."));
    }
    core_session *s = app_play_session(p);
    if (core_session_status(s) != CORE_PLAYING) {
        snprintf(msg, msglen, "node '%s' of %s offers no choice to practise", node, sc->id);
        app_drill_close(dr);
        return NULL;
    }
    dr->first = core_session_n_steps(s);
    const core_state *st = core_session_state(s);
    dr->facts0 = calloc((size_t)sc->n_facts + 1, sizeof *dr->facts0);
    dr->trust0 = calloc((size_t)sc->n_cast + 1, sizeof *dr->trust0);
    if (!dr->facts0 || !dr->trust0) {
        snprintf(msg, msglen, "out of memory");
        app_drill_close(dr);
        return NULL;
    }
    memcpy(dr->facts0, st->facts, sizeof *dr->facts0 * (size_t)sc->n_facts);
    memcpy(dr->trust0, st->trust, sizeof *dr->trust0 * (size_t)sc->n_cast);
    return dr;
}

app_play *app_drill_play(app_drill *d)
{
    return d->p;
}

int app_drill_first(const app_drill *d)
{
    return d->first;
}

const char *app_drill_node(const app_drill *d)
{
    return d->node;
}

const char *app_drill_note(const app_drill *d)
{
    return d->note;
}

bool app_drill_done(const app_drill *d)
{
    core_session *s = app_play_session(d->p);
    return core_session_status(s) != CORE_PLAYING ||
           core_session_n_steps(s) - d->first >= APP_DRILL_DECISIONS;
}

/* How the moment went, as an SM-2 grade: 5 when the choice was the best one
 * open for every skill that differed there; else 2 when it was at least
 * halfway between the worst and the best on average, 1 below that; 4 when
 * no skill differed (the scenario changed: nothing to judge). */
static int grade_step(const core_step *st, int n_skills, bool *all_best)
{
    double sum = 0;
    int judged = 0;
    *all_best = true;
    for (int k = 0; k < n_skills; k++) {
        if (st->n_options < 2 || !(st->hi[k] > st->lo[k])) continue;
        judged++;
        sum += core_step_accuracy(st, k) / 100.0;
        if (st->score[k] < st->hi[k] - 1e-9) *all_best = false;
    }
    if (!judged) return 4;
    return *all_best ? 5 : sum / judged >= 0.5 ? 2 : 1;
}

void app_drill_summary(const app_drill *d, app_drill_sum *out)
{
    memset(out, 0, sizeof *out);
    const core_scenario *sc = app_play_scenario(d->p);
    core_session *s = app_play_session(d->p);
    const core_state *st = core_session_state(s);
    out->n_skills = sc->n_skills;
    for (int k = 0; k < sc->n_skills; k++)
        out->skills[k] = sc->skills[k];
    int n = core_session_n_steps(s);
    out->decisions = n - d->first;
    for (int i = d->first; i < n; i++) {
        const core_step *cs = core_session_step(s, i);
        for (int k = 0; k < sc->n_skills; k++) {
            out->earned[k] += cs->score[k];
            out->best[k] += cs->hi[k];
        }
    }
    if (n > d->first)
        out->quality = grade_step(core_session_step(s, d->first), sc->n_skills, &out->best_first);
    for (int c = 0; c < sc->n_cast && out->n_trust < 8; c++)
        if (st->trust[c] != d->trust0[c]) {
            out->trust_who[out->n_trust] = sc->cast[c].name[0] ? sc->cast[c].name : sc->cast[c].key;
            out->trust_before[out->n_trust] = d->trust0[c];
            out->trust_after[out->n_trust++] = st->trust[c];
        }
    for (int f = 0; f < sc->n_facts && out->n_learned < 8; f++)
        if (st->facts[f] && !d->facts0[f]) out->learned[out->n_learned++] = sc->facts[f];
    if (core_session_status(s) == CORE_ENDED) { /* shown only: its words, as the debrief */
        const char *label = core_session_node(s)->ending, *words = app_play_ending(d->p, label);
        out->outcome = words ? words : label;
    }
}

/* Appends printf-style text to buf at *used, never past n. */
static void add(char *buf, size_t n, size_t *used, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void add(char *buf, size_t n, size_t *used, const char *fmt, ...)
{
    if (*used >= n) return;
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(buf + *used, n - *used, fmt, ap);
    va_end(ap);
    if (w > 0) *used += (size_t)w < n - *used ? (size_t)w : n - *used - 1;
}

void app_drill_sum_text(const app_drill_sum *s, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    if (s->decisions == 0) {
        add(buf, n, &used, "%s\n", _("No decision made yet."));
        return;
    }
    add(buf, n, &used, "%s\n",
        s->best_first ? _("At the moment itself you gave the best answer open to you.")
                      : _("At the moment itself a better answer was open to you."));
    for (int k = 0; k < s->n_skills; k++) {
        if (s->earned[k] == 0 && s->best[k] == 0) continue;
        add(buf, n, &used, _("%s: %+g of a possible %+g\n"), _(core_skill_label(s->skills[k])),
            s->earned[k], s->best[k]);
    }
    for (int i = 0; i < s->n_trust; i++)
        add(buf, n, &used, _("Trust, %s: %g -> %g\n"), s->trust_who[i], s->trust_before[i],
            s->trust_after[i]);
    for (int i = 0; i < s->n_learned; i++) {
        char label[200];
        snprintf(label, sizeof label, "%s", s->learned[i]);
        for (char *c = label; *c; c++)
            if (*c == '_') *c = ' ';
        add(buf, n, &used, _("You learned: %s\n"), label);
    }
    if (s->outcome) add(buf, n, &used, _("It ended: %s\n"), s->outcome);
    if (used > 0 && buf[used - 1] == '\n') buf[used - 1] = '\0';
}

/* ---- saving ---- */

/* Drops the first k entries of a string vector. */
static void drop_strv(char **v, int *n, int k)
{
    if (k > *n) k = *n;
    for (int i = 0; i < k; i++)
        free(v[i]);
    memmove(v, v + k, sizeof *v * (size_t)(*n - k));
    *n -= k;
}

/* Turns the whole session's record into the drill's: its steps only, its
 * skills and tags over those steps. */
static bool trim_record(const app_drill *d, st_record *r)
{
    const core_scenario *sc = app_play_scenario(d->p);
    core_session *s = app_play_session(d->p);
    int k0 = d->first < r->n_choices ? d->first : r->n_choices;
    for (int i = 0; i < k0; i++) {
        st_choice *c = &r->choices[i];
        free(c->node);
        free(c->choice);
        free(c->text);
        free(c->reply);
        for (int j = 0; j < c->n_shown_ids; j++)
            free(c->shown_ids[j]);
        free(c->shown_ids);
    }
    memmove(r->choices, r->choices + k0, sizeof *r->choices * (size_t)(r->n_choices - k0));
    r->n_choices -= k0;
    drop_strv(r->path, &r->n_path, d->first);
    free(r->kind);
    if (!(r->kind = core_strdup("drill"))) return false;
    int n = core_session_n_steps(s);
    for (int k = 0; k < r->n_skills && k < sc->n_skills; k++) {
        st_skill *sk = &r->skills[k];
        double raw = 0, best = 0, worst = 0, acc = 0;
        int judged = 0;
        for (int i = d->first; i < n; i++) {
            const core_step *cs = core_session_step(s, i);
            raw += cs->score[k];
            best += cs->hi[k];
            worst += cs->lo[k];
            if (cs->n_options >= 2 && cs->hi[k] > cs->lo[k]) {
                acc += core_step_accuracy(cs, k);
                judged++;
            }
        }
        sk->raw = raw;
        sk->best = best;
        sk->worst = worst;
        sk->percent = core_percent(raw, best, worst);
        sk->has_accuracy = judged > 0;
        sk->accuracy = judged ? acc / judged : 0;
    }
    for (int i = 0; i < r->n_tags; i++)
        free(r->tags[i].name);
    free(r->tags);
    r->n_tags = 0;
    size_t most = 1;
    for (int i = d->first; i < n; i++) {
        const core_step *cs = core_session_step(s, i);
        if (cs->choice != CORE_NONE) most += (size_t)sc->nodes[cs->node].choices[cs->choice].n_tags;
    }
    if (!(r->tags = calloc(most, sizeof *r->tags))) return false;
    for (int i = d->first; i < n; i++) {
        const core_step *cs = core_session_step(s, i);
        if (cs->choice == CORE_NONE) continue;
        const core_choice *c = &sc->nodes[cs->node].choices[cs->choice];
        for (int t = 0; t < c->n_tags; t++) {
            int j = 0;
            while (j < r->n_tags && strcmp(r->tags[j].name, c->tags[t]) != 0)
                j++;
            if (j == r->n_tags) {
                if (!(r->tags[j].name = core_strdup(c->tags[t]))) return false;
                r->n_tags++;
            }
            r->tags[j].count++;
        }
    }
    return true;
}

typedef struct drill_save {
    const st_record *r;
    const char *scenario, *node, *today;
    bool review;
    int quality;
    app_drill_saved *out;
} drill_save;

/* Moves review item i on by one grade (SM-2). A review counts as one; a
 * drill outside review answered well on a day the item was already graded
 * leaves it alone, since repeating a moment within a day is not spacing. */
static bool grade_item(st_progress *p, int i, const drill_save *a)
{
    app_drill_saved *o = a->out;
    st_review v = p->reviews[i]; /* its strings stay owned by p until st_review_set */
    o->scheduled = true;
    if (!a->review && a->quality >= 3 && v.last && strcmp(v.last, a->today) == 0) {
        o->held = true;
        snprintf(o->due, sizeof o->due, "%s", v.due);
        o->interval = v.interval;
        return true;
    }
    app_sm2 m = {v.interval, v.ease, v.reps};
    app_sm2_next(&m, a->quality);
    char due[16];
    app_day_add(a->today, m.interval, due, sizeof due);
    v.interval = m.interval;
    v.ease = m.ease;
    v.reps = m.reps;
    v.lapses += a->quality < 3;
    v.reviews += a->review;
    v.due = due;
    v.last = (char *)a->today;
    o->moved = true;
    snprintf(o->due, sizeof o->due, "%s", due);
    o->interval = m.interval;
    return st_review_set(p, i, &v);
}

/* Under the lock: appends the drill record (numbered among the drills of
 * its scenario) and moves the moment's schedule on. */
static bool do_drill_save(st_progress *p, void *arg)
{
    const drill_save *a = arg;
    memset(a->out, 0, sizeof *a->out);
    int attempt = 1;
    for (int i = 0; i < p->n_records; i++) {
        const st_record *o = &p->records[i];
        if (o->scenario && strcmp(o->scenario, a->scenario) == 0 && o->kind &&
            strcmp(o->kind, "drill") == 0)
            attempt++;
    }
    if (!st_progress_add(p, a->r)) return false;
    p->records[p->n_records - 1].attempt = attempt;
    int i = st_review_find(p, a->scenario, a->node);
    if (i >= 0) return grade_item(p, i, a);
    if (a->quality < 3) { /* missed, and not in the queue yet: it joins it */
        char due[16];
        app_day_add(a->today, 1, due, sizeof due);
        st_review v = {.scenario = (char *)a->scenario,
                       .node = (char *)a->node,
                       .added = (char *)a->today,
                       .due = due,
                       .last = (char *)a->today,
                       .interval = 1,
                       .ease = 2.5,
                       .lapses = 1,
                       .reviews = a->review};
        a->out->scheduled = a->out->added = a->out->moved = true;
        snprintf(a->out->due, sizeof a->out->due, "%s", due);
        a->out->interval = 1;
        return st_review_add(p, &v);
    }
    return true;
}

st_status app_drill_save_ex(const app_drill *d, const char *progress_file, const char *player,
                            const char *today, bool review, app_drill_saved *out, char *msg,
                            size_t msglen)
{
    msg[0] = '\0';
    memset(out, 0, sizeof *out);
    st_record r;
    app_drill_sum sum;
    app_drill_summary(d, &sum);
    if (!app_play_record(d->p, "practice", d->started, &r) || !trim_record(d, &r)) {
        st_record_free(&r);
        snprintf(msg, msglen, "out of memory");
        return ST_IO_ERROR;
    }
    app_drill_saved got;
    drill_save a = {&r, app_play_scenario(d->p)->id, d->node, today, review, sum.quality, &got};
    st_status rc = st_update(progress_file, player, do_drill_save, &a, msg, msglen);
    if (rc == ST_OK || rc == ST_SET_ASIDE) *out = got;
    st_record_free(&r);
    return rc;
}

st_status app_drill_save(const app_drill *d, const char *progress_file, const char *player,
                         const char *today, bool review, char *msg, size_t msglen)
{
    app_drill_saved out;
    return app_drill_save_ex(d, progress_file, player, today, review, &out, msg, msglen);
}

const st_record *app_route_for(const st_progress *pr, const char *scenario, const char *node)
{
    for (int i = pr->n_records - 1; i >= 0; i--) {
        const st_record *r = &pr->records[i];
        if (!r->scenario || strcmp(r->scenario, scenario) != 0) continue;
        if (r->kind && strcmp(r->kind, "session") != 0) continue; /* a drill starts part way */
        for (int j = 0; j < r->n_choices; j++)
            if (r->choices[j].node && strcmp(r->choices[j].node, node) == 0) return r;
    }
    return NULL;
}
