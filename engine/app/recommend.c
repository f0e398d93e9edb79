/* recommend.c: what to practise next, from the player's history. */
#include "app.h"
#include "i18n.h"

#include <stdio.h>
#include <string.h>

/* A session's figure for one skill: its accuracy; for a session saved
 * before accuracy existed (schema 1, no skill has one), its percent. False
 * when the skill has no figure in this session (accuracy null). */
static bool skill_figure(const st_record *r, int j, double *v)
{
    if (r->skills[j].has_accuracy) {
        *v = r->skills[j].accuracy;
        return true;
    }
    for (int k = 0; k < r->n_skills; k++)
        if (r->skills[k].has_accuracy) return false;
    *v = r->skills[j].percent;
    return true;
}

/* Sessions that count towards a learner's figures: finished, and not drills. */
static bool counts(const st_record *r)
{
    return r->outcome && (!r->kind || strcmp(r->kind, "session") == 0);
}

bool app_best_for(const st_progress *pr, const char *id, double out[CORE_MAX_SKILLS],
                  const core_scenario *sc)
{
    bool any = false;
    for (int k = 0; k < CORE_MAX_SKILLS; k++)
        out[k] = 0;
    for (int i = 0; i < pr->n_records; i++) {
        const st_record *r = &pr->records[i];
        if (!r->scenario || strcmp(r->scenario, id) != 0 || !counts(r)) continue;
        any = true;
        for (int j = 0; j < r->n_skills; j++) {
            int k = sc ? core_find_skill(sc, r->skills[j].name) : j;
            double v;
            if (k >= 0 && k < CORE_MAX_SKILLS && skill_figure(r, j, &v) && v > out[k]) out[k] = v;
        }
    }
    return any;
}

/* Mean accuracy per default skill over the last ten finished sessions. */
static const char *weakest_skill(const st_progress *pr, double *mean)
{
    enum { N = CORE_N_DEFAULT_SKILLS };
    double sum[N] = {0}, cnt[N] = {0};
    int seen = 0;
    for (int i = pr->n_records - 1; i >= 0 && seen < 10; i--) {
        const st_record *r = &pr->records[i];
        if (!counts(r)) continue;
        seen++;
        for (int j = 0; j < r->n_skills; j++)
            for (int k = 0; k < N; k++) {
                double v;
                if (strcmp(r->skills[j].name, core_default_skills[k]) == 0 &&
                    skill_figure(r, j, &v)) {
                    sum[k] += v;
                    cnt[k]++;
                }
            }
    }
    int w = -1;
    for (int k = 0; k < N; k++)
        if (cnt[k] > 0 && (w < 0 || sum[k] / cnt[k] < sum[w] / cnt[w])) w = k;
    if (w < 0) return NULL;
    *mean = sum[w] / cnt[w];
    return core_default_skills[w];
}

int app_recommend(const app_library *lib, const st_progress *pr, char *reason, size_t n)
{
    int first_ok = -1;
    for (int i = 0; i < lib->n && first_ok < 0; i++)
        if (lib->v[i].ok) first_ok = i;
    if (first_ok < 0) {
        snprintf(reason, n, "%s", _("The library is empty."));
        return -1;
    }
    int finished = 0;
    for (int i = 0; i < pr->n_records; i++)
        finished += pr->records[i].outcome != NULL;
    if (finished == 0) {
        /* Nothing played yet: the gentlest scenario. */
        int best = first_ok;
        for (int i = 0; i < lib->n; i++)
            if (lib->v[i].ok && lib->v[i].difficulty < lib->v[best].difficulty) best = i;
        snprintf(reason, n, "%s", _("A gentle first conversation to warm up."));
        return best;
    }
    double mean = 0;
    const char *weak = weakest_skill(pr, &mean);
    bool target_weak = weak && mean < 70;
    /* Among the scenarios that train the weak skill (or all of them), the one
     * whose family was practised longest ago; an unplayed one wins a tie. */
    int pick = -1;
    const char *pick_last = NULL;
    bool pick_played = true;
    for (int pass = 0; pass < 2 && pick < 0; pass++) {
        for (int i = 0; i < lib->n; i++) {
            const app_entry *e = &lib->v[i];
            if (!e->ok) continue;
            if (pass == 0 && target_weak && (!e->focus || strcmp(e->focus, weak) != 0)) continue;
            const char *last = "";
            for (int j = 0; j < pr->n_records; j++)
                if (pr->records[j].family && strcmp(pr->records[j].family, e->family) == 0 &&
                    pr->records[j].started && strcmp(pr->records[j].started, last) > 0)
                    last = pr->records[j].started;
            bool played = false;
            for (int j = 0; j < pr->n_records && !played; j++)
                played = pr->records[j].scenario && strcmp(pr->records[j].scenario, e->id) == 0;
            int c = pick < 0 ? -1 : strcmp(last, pick_last);
            if (pick < 0 || c < 0 || (c == 0 && !played && pick_played)) {
                pick = i;
                pick_last = last;
                pick_played = played;
            }
        }
    }
    const app_entry *e = &lib->v[pick];
    if (target_weak && e->focus && strcmp(e->focus, weak) == 0)
        snprintf(reason, n,
                 pick_played ? _("Your weakest skill lately is %s (%.0f%% accuracy on average), "
                                 "and this conversation trains it most.")
                             : _("Your weakest skill lately is %s (%.0f%% accuracy on average), "
                                 "and this conversation trains it most; you have not tried it "
                                 "yet."),
                 _(core_skill_phrase(weak)), mean);
    else
        snprintf(reason, n,
                 pick_last && pick_last[0]
                     ? _("You have practised longest ago in the %s family; variety keeps skills "
                         "flexible.")
                     : _("You have not tried the %s family; variety keeps skills flexible."),
                 e->family);
    return pick;
}
