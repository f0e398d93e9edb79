/* recommend.c: what to practise next, from the player's history. */
#include "app.h"

#include <stdio.h>
#include <string.h>

bool app_best_for(const st_progress *pr, const char *id, double out[CORE_MAX_SKILLS],
                  const core_scenario *sc)
{
    bool any = false;
    for (int k = 0; k < CORE_MAX_SKILLS; k++)
        out[k] = 0;
    for (int i = 0; i < pr->n_records; i++) {
        const st_record *r = &pr->records[i];
        if (!r->scenario || strcmp(r->scenario, id) != 0 || !r->outcome) continue;
        any = true;
        for (int j = 0; j < r->n_skills; j++) {
            int k = sc ? core_find_skill(sc, r->skills[j].name) : j;
            if (k >= 0 && k < CORE_MAX_SKILLS && r->skills[j].percent > out[k])
                out[k] = r->skills[j].percent;
        }
    }
    return any;
}

/* Mean percent per default skill over the last ten finished sessions. */
static const char *weakest_skill(const st_progress *pr, double *mean)
{
    static const char *const skills[] = {"listening", "empathy", "value_first"};
    double sum[3] = {0}, cnt[3] = {0};
    int seen = 0;
    for (int i = pr->n_records - 1; i >= 0 && seen < 10; i--) {
        const st_record *r = &pr->records[i];
        if (!r->outcome) continue;
        seen++;
        for (int j = 0; j < r->n_skills; j++)
            for (int k = 0; k < 3; k++)
                if (strcmp(r->skills[j].name, skills[k]) == 0) {
                    sum[k] += r->skills[j].percent;
                    cnt[k]++;
                }
    }
    int w = -1;
    for (int k = 0; k < 3; k++)
        if (cnt[k] > 0 && (w < 0 || sum[k] / cnt[k] < sum[w] / cnt[w])) w = k;
    if (w < 0) return NULL;
    *mean = sum[w] / cnt[w];
    return skills[w];
}

static const char *skill_label(const char *s)
{
    if (strcmp(s, "listening") == 0) return "active listening";
    if (strcmp(s, "value_first") == 0) return "giving value before asking";
    return s;
}

int app_recommend(const app_library *lib, const st_progress *pr, char *reason, size_t n)
{
    int first_ok = -1;
    for (int i = 0; i < lib->n && first_ok < 0; i++)
        if (lib->v[i].ok) first_ok = i;
    if (first_ok < 0) {
        snprintf(reason, n, "The library is empty.");
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
        snprintf(reason, n, "A gentle first conversation to warm up.");
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
                 "Your weakest skill lately is %s (%.0f%% on average), and this conversation "
                 "trains it most%s.",
                 skill_label(weak), mean, pick_played ? "" : "; you have not tried it yet");
    else
        snprintf(reason, n, "You have %s the %s family; variety keeps skills flexible.",
                 pick_last && pick_last[0] ? "practised longest ago in" : "not tried", e->family);
    return pick;
}
