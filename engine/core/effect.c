/* effect.c: what a choice does to the scores. The one place for the rule:
 * a choice's authored `score` plus, for value_first, the value-before-asking
 * rule on the goodwill banked so far. The session, the best/worst bounds, the
 * best path, the authoring checks, the coach and the reports all call this, so
 * a change to the rule changes every figure at once. Also the per-step
 * accuracy that design.md defines on top of these effects. */
#include "core.h"

double core_value_rule(bool gives, bool asks, int *goodwill)
{
    /* A choice that both gives and asks counts the gift first: the favour offered
     * in the same breath pays for the request. */
    if (gives) (*goodwill)++;
    if (!asks) return 0;
    if (*goodwill > 0) {
        (*goodwill)--;
        return 1;
    }
    return -2;
}

double core_choice_skill_effect(const core_choice *c, int skill, int vf, int *goodwill)
{
    double d = c->score[skill];
    int g = goodwill ? *goodwill : 0;
    double rule = core_value_rule(c->gives, c->asks, &g);
    if (skill == vf) d += rule;
    if (goodwill) *goodwill = g;
    return d;
}

void core_choice_effect(const core_scenario *sc, const core_choice *c, int *goodwill,
                        double out[CORE_MAX_SKILLS])
{
    int vf = core_value_first_skill(sc);
    int g = goodwill ? *goodwill : 0;
    for (int k = 0; k < CORE_MAX_SKILLS; k++)
        out[k] = k < sc->n_skills ? c->score[k] : 0;
    double rule = core_value_rule(c->gives, c->asks, &g);
    if (vf >= 0) out[vf] += rule;
    if (goodwill) *goodwill = g;
}

double core_step_accuracy(const core_step *st, int skill)
{
    double span = st->hi[skill] - st->lo[skill];
    if (span <= 1e-9) return 100.0;
    double a = 100.0 * (st->score[skill] - st->lo[skill]) / span;
    return a < 0 ? 0 : a > 100 ? 100 : a;
}
