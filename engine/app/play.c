/* play.c: a loaded scenario with a running session, its results and its record. */
#include "app.h"
#include "app_local.h"
#include "i18n.h"
#include "l10n.h"
#include "script.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct app_play {
    char *file;
    scr_scenario *scr; /* owned */
    core_session *s;   /* owned */
    core_bounds bounds;
    /* Not a whole playthrough from the start: begun somewhere else (start
     * anywhere), or reloaded where the history could not be replayed. Such a
     * run is an author's, and is not recorded as a learner's session. */
    bool partial;
    /* Shuffled order (core_session_set_seed), carried to every session this
     * play makes: restarts, start-anywhere runs, reloads. */
    bool seeded;
    unsigned long seed;
};

/* Gives a new session of p the play's seed, when it has one. */
static core_session *seeded(const app_play *p, core_session *s)
{
    if (s && p->seeded) core_session_set_seed(s, p->seed);
    return s;
}

static bool open_into(app_play *p, core_diags *diags)
{
    p->scr = app_load_for_player(p->file, diags);
    if (!p->scr) return false;
    const core_scenario *sc = scr_model(p->scr);
    core_compute_bounds(sc, &p->bounds);
    p->s = seeded(p, core_session_new(sc, scr_hooks(p->scr)));
    return p->s != NULL;
}

app_play *app_play_open(const char *file, core_diags *diags)
{
    app_play *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->file = core_strdup(file);
    if (!p->file || !open_into(p, diags)) {
        app_play_close(p);
        return NULL;
    }
    return p;
}

void app_play_close(app_play *p)
{
    if (!p) return;
    core_session_free(p->s);
    scr_free(p->scr);
    free(p->file);
    free(p);
}

void app_play_restart(app_play *p)
{
    if (p->partial) { /* began elsewhere: a whole playthrough starts at the start */
        core_session *s = seeded(p, core_session_new(scr_model(p->scr), scr_hooks(p->scr)));
        if (!s) return;
        core_session_free(p->s);
        p->s = s;
        p->partial = false;
        return;
    }
    core_session_restart(p->s); /* no allocation: `rapport test` restarts thousands of times */
}

/* A session on the reloaded nsc at the node named `node`, with facts and trust
 * given as indices into the old scenario and carried over by name (what the
 * edit removed is dropped). NULL when the node is gone or out of memory. */
static core_session *new_at_by_name(const core_scenario *old, const core_scenario *nsc,
                                    const core_hooks *hooks, const char *node, const int *facts,
                                    int n_facts, const core_trust_delta *trust, int n_trust)
{
    int at = core_find_node(nsc, node);
    int *f = calloc((size_t)n_facts + 1, sizeof(int));
    core_trust_delta *t = calloc((size_t)n_trust + 1, sizeof *t);
    core_session *s = NULL;
    if (at >= 0 && f && t) {
        int nf = 0, nt = 0;
        for (int i = 0; i < n_facts; i++)
            if ((f[nf] = core_find_fact(nsc, old->facts[facts[i]])) >= 0) nf++;
        for (int i = 0; i < n_trust; i++)
            if ((t[nt].cast = core_find_cast(nsc, old->cast[trust[i].cast].key)) >= 0)
                t[nt++].delta = trust[i].delta;
        s = core_session_new_at(nsc, hooks, at, f, nf, t, nt);
    }
    free(f);
    free(t);
    return s;
}

/* Where s is now, on the reloaded nsc: the same node with the facts heard and
 * the trust it has (visits and scores start again). */
static core_session *place_at(const core_scenario *nsc, const core_hooks *hooks,
                              const core_session *s)
{
    const core_state *st = core_session_state(s);
    const core_scenario *old = st->sc;
    int *facts = calloc((size_t)old->n_facts + 1, sizeof(int));
    core_trust_delta *trust = calloc((size_t)old->n_cast + 1, sizeof *trust);
    core_session *n = NULL;
    if (facts && trust) {
        int nf = 0, nt = 0;
        for (int i = 0; i < old->n_facts; i++)
            if (st->facts[i]) facts[nf++] = i;
        for (int i = 0; i < old->n_cast; i++)
            if (st->trust[i] != 0) trust[nt++] = (core_trust_delta){i, st->trust[i]};
        n = new_at_by_name(old, nsc, hooks, core_session_node(s)->id, facts, nf, trust, nt);
    }
    free(facts);
    free(trust);
    return n;
}

bool app_play_reload(app_play *p, core_diags *diags)
{
    app_play fresh = {.file = p->file, .partial = p->partial, .seeded = p->seeded, .seed = p->seed};
    if (!open_into(&fresh, diags)) {
        core_session_free(fresh.s);
        scr_free(fresh.scr);
        return false;
    }
    const core_scenario *old = scr_model(p->scr), *nsc = scr_model(fresh.scr);
    const core_hooks *hooks = scr_hooks(fresh.scr);
    /* Begin where this session began (a start-anywhere run at its node, with
     * its facts and trust), when that node is still there. */
    int on;
    const int *of;
    const core_trust_delta *ot;
    int nof, n_ot;
    core_session_origin(p->s, &on, &of, &nof, &ot, &n_ot);
    if (on != old->start || nof > 0 || n_ot > 0) {
        core_session *n =
            seeded(p, new_at_by_name(old, nsc, hooks, old->nodes[on].id, of, nof, ot, n_ot));
        if (n) {
            core_session_free(fresh.s);
            fresh.s = n;
        }
    }
    /* Replay the same choices, matched by stable id, as far as they still fit. */
    for (int i = 0; i < core_session_n_steps(p->s); i++) {
        if (core_session_status(fresh.s) != CORE_PLAYING) break;
        const core_step *st = core_session_step(p->s, i);
        const core_node *on_node = &old->nodes[st->node];
        const core_node *nn = core_session_node(fresh.s);
        if (strcmp(on_node->id, nn->id) != 0) break;
        if (st->choice == CORE_NONE) {
            core_session_timeout(fresh.s, st->ms);
            continue;
        }
        const char *cid = on_node->choices[st->choice].id;
        int shown = 0;
        for (int k = 0; k < core_session_n_visible(fresh.s); k++)
            if (strcmp(nn->choices[core_session_visible(fresh.s, k)].id, cid) == 0) shown = k + 1;
        if (!shown) break;
        core_session_choose(fresh.s, shown, st->ms);
    }
    /* An edit earlier in the path can make the replay stop short. The author
     * is working on the node they are at, so keep them there when it still
     * exists, with the facts and trust they had; the run is partial then. */
    const char *was = core_session_node(p->s)->id;
    if (core_find_node(nsc, was) >= 0 && strcmp(core_session_node(fresh.s)->id, was) != 0) {
        core_session *n = seeded(p, place_at(nsc, hooks, p->s));
        if (n) {
            core_session_free(fresh.s);
            fresh.s = n;
            fresh.partial = true;
        }
    }
    core_session_free(p->s);
    scr_free(p->scr);
    p->scr = fresh.scr;
    p->s = fresh.s;
    p->bounds = fresh.bounds;
    p->partial = fresh.partial;
    return true;
}

void app_play_state_findings(const app_play *p, core_diags *d)
{
    scr_state_findings(p->scr, d);
}

bool app_play_partial(const app_play *p)
{
    return p->partial;
}

/* "; did you mean 'x'?" for the name of kind (0 node, 1 fact, 2 cast member)
 * nearest to s, or "" when none is close: a --from typed from memory. */
static void did_you_mean(const core_scenario *sc, int kind, const char *s, char *out, size_t n)
{
    int count = kind == 0 ? sc->n_nodes : kind == 1 ? sc->n_facts : sc->n_cast;
    const char **names = malloc(sizeof *names * (size_t)(count + 1));
    for (int i = 0; names && i < count; i++)
        names[i] = kind == 0 ? sc->nodes[i].id : kind == 1 ? sc->facts[i] : sc->cast[i].key;
    const char *best = names ? scr_nearest(s, names, count) : NULL;
    if (best)
        snprintf(out, n, "; did you mean '%s'?", best);
    else
        out[0] = '\0';
    free(names);
}

bool app_play_start_at(app_play *p, const char *node, const char *const *facts, int n_facts,
                       const char *const *trust_keys, const double *trust, int n_trust, char *msg,
                       size_t msglen)
{
    const core_scenario *sc = scr_model(p->scr);
    int ni = node ? core_find_node(sc, node) : sc->start;
    if (ni < 0) {
        char dym[200];
        did_you_mean(sc, 0, node, dym, sizeof dym);
        snprintf(msg, msglen, "no node '%s' in %s%s", node, sc->id, dym);
        return false;
    }
    int *fi = calloc((size_t)n_facts + 1, sizeof(int));
    core_trust_delta *td = calloc((size_t)n_trust + 1, sizeof *td);
    bool ok = fi && td;
    for (int i = 0; ok && i < n_facts; i++)
        if ((fi[i] = core_find_fact(sc, facts[i])) < 0) {
            char dym[200];
            did_you_mean(sc, 1, facts[i], dym, sizeof dym);
            snprintf(msg, msglen, "no fact '%s' in %s%s", facts[i], sc->id, dym);
            ok = false;
        }
    for (int i = 0; ok && i < n_trust; i++) {
        td[i].delta = trust[i];
        if ((td[i].cast = core_find_cast(sc, trust_keys[i])) < 0) {
            char dym[200];
            did_you_mean(sc, 2, trust_keys[i], dym, sizeof dym);
            snprintf(msg, msglen, "no cast member '%s' in %s%s", trust_keys[i], sc->id, dym);
            ok = false;
        }
    }
    if (ok) {
        core_session *s =
            seeded(p, core_session_new_at(sc, scr_hooks(p->scr), ni, fi, n_facts, td, n_trust));
        if (s) {
            core_session_free(p->s);
            p->s = s;
            p->partial = ni != sc->start || n_facts > 0 || n_trust > 0;
        }
        ok = s != NULL;
    }
    free(fi);
    free(td);
    return ok;
}

const core_scenario *app_play_scenario(const app_play *p)
{
    return scr_model(p->scr);
}

const char *app_play_ending(const app_play *p, const char *label)
{
    return app_ending_words(p ? p->scr : NULL, label);
}

const char *app_ending_words(const scr_scenario *s, const char *label)
{
    if (!label) return NULL;
    const char *t = s ? scr_l10n_ending(s, label) : NULL;
    if (t) return t;
    /* Labels many scenarios share (the tests' "done", a grade used as the
     * label): the program's catalog words them; English shows the label as
     * it always did. */
    const char *en = NULL, *w = NULL;
    if (strcmp(label, "done") == 0) en = "Done", w = C_("ending", "Done");
    if (strcmp(label, "good") == 0) en = "Good", w = C_("ending", "Good");
    if (strcmp(label, "mixed") == 0) en = "Mixed", w = C_("ending", "Mixed");
    if (strcmp(label, "poor") == 0) en = "Poor", w = C_("ending", "Poor");
    return w && strcmp(w, en) != 0 ? w : NULL;
}

const char *app_play_language(const app_play *p)
{
    return p ? scr_l10n_language(p->scr) : NULL;
}

const char *app_grade_label(const char *grade)
{
    if (!grade) return NULL;
    if (strcmp(grade, "good") == 0) return C_("grade", "good");
    if (strcmp(grade, "mixed") == 0) return C_("grade", "mixed");
    if (strcmp(grade, "poor") == 0) return C_("grade", "poor");
    return grade;
}

core_session *app_play_session(app_play *p)
{
    return p->s;
}

void app_play_result(const app_play *p, app_result *out)
{
    const core_scenario *sc = scr_model(p->scr);
    const core_state *st = core_session_state(p->s);
    memset(out, 0, sizeof *out);
    out->n_skills = sc->n_skills;
    out->exact = p->bounds.exact;
    for (int k = 0; k < sc->n_skills; k++) {
        app_skill_result *r = &out->skills[k];
        r->name = sc->skills[k];
        r->raw = st->score[k];
        r->best = p->bounds.best[k];
        r->worst = p->bounds.worst[k];
        r->percent = core_percent(r->raw, r->best, r->worst);
        r->has_accuracy = core_session_accuracy(p->s, k, &r->accuracy);
    }
}

void app_play_set_seed(app_play *p, unsigned long seed)
{
    p->seeded = true;
    p->seed = seed & 0xFFFFFFFFul;
    core_session_set_seed(p->s, p->seed);
}

bool app_play_seed(const app_play *p, unsigned long *seed)
{
    if (seed) *seed = p->seed;
    return p->seeded;
}

void app_choice_effect(const app_play *p, int choice_index, double out[CORE_MAX_SKILLS])
{
    const core_scenario *sc = scr_model(p->scr);
    const core_node *n = core_session_node(p->s);
    memset(out, 0, sizeof(double) * CORE_MAX_SKILLS);
    if (choice_index < 0 || choice_index >= n->n_choices) return;
    int g = core_session_state(p->s)->goodwill;
    core_choice_effect(sc, &n->choices[choice_index], &g, out);
}

bool app_play_record(const app_play *p, const char *mode, const char *started, st_record *r)
{
    const core_scenario *sc = scr_model(p->scr);
    const core_session *s = p->s;
    memset(r, 0, sizeof *r);
    char now[32];
    st_now(now, sizeof now);
    r->scenario = core_strdup(sc->id);
    r->version = sc->version;
    r->title = core_strdup(sc->title);
    r->family = core_strdup(sc->family);
    r->mode = core_strdup(mode ? mode : "practice");
    r->started = core_strdup(started ? started : now);
    r->ended = core_strdup(now);
    r->kind = core_strdup("session");
    r->has_seed = core_session_seeded(s, &r->seed);
    const core_node *cur = core_session_node(s);
    if (core_session_status(s) == CORE_ENDED) {
        r->outcome = core_strdup(cur->ending);
        r->grade = core_strdup(cur->grade);
    }
    int np = core_session_path_len(s);
    r->path = calloc((size_t)np + 1, sizeof *r->path);
    int nc = core_session_n_steps(s);
    r->choices = calloc((size_t)nc + 1, sizeof *r->choices);
    int nt = core_session_n_tags(s);
    r->tags = calloc((size_t)nt + 1, sizeof *r->tags);
    if (!r->path || !r->choices || !r->tags) return false;
    for (int i = 0; i < np; i++)
        r->path[r->n_path++] = core_strdup(sc->nodes[core_session_path(s, i)].id);
    for (int i = 0; i < nc; i++) {
        const core_step *st = core_session_step(s, i);
        st_choice *c = &r->choices[r->n_choices++];
        c->node = core_strdup(sc->nodes[st->node].id);
        if (st->choice == CORE_NONE) {
            c->choice = core_strdup("timeout");
        } else {
            c->choice = core_strdup(sc->nodes[st->node].choices[st->choice].id);
            c->text = core_strdup(sc->nodes[st->node].choices[st->choice].text);
        }
        c->pressed = st->shown;
        c->ms = st->ms;
        c->reply = core_strdup(core_session_step_reply(s, i));
        int n_order;
        const int *order = core_session_step_shown(s, i, &n_order);
        c->shown_ids = calloc((size_t)n_order + 1, sizeof *c->shown_ids);
        if (!c->shown_ids) return false;
        for (int k = 0; k < n_order; k++)
            c->shown_ids[c->n_shown_ids++] = core_strdup(sc->nodes[st->node].choices[order[k]].id);
    }
    app_result res;
    app_play_result(p, &res);
    for (int k = 0; k < res.n_skills && k < ST_MAX_SKILLS; k++) {
        st_skill *sk = &r->skills[r->n_skills++];
        sk->name = core_strdup(res.skills[k].name);
        sk->raw = res.skills[k].raw;
        sk->best = res.skills[k].best;
        sk->worst = res.skills[k].worst;
        sk->percent = res.skills[k].percent;
        sk->accuracy = res.skills[k].accuracy;
        sk->has_accuracy = res.skills[k].has_accuracy;
    }
    for (int i = 0; i < nt; i++) {
        int cnt;
        const char *name = core_session_tag(s, i, &cnt);
        r->tags[r->n_tags].name = core_strdup(name);
        r->tags[r->n_tags++].count = cnt;
    }
    return true;
}

void app_describe_shown(app_play *p, char *buf, size_t n)
{
    core_session *s = p->s;
    const core_node *node = core_session_node(s);
    int nv = core_session_n_visible(s);
    size_t k =
        (size_t)snprintf(buf, n, "node '%s' showed %d choice%s", node->id, nv, nv == 1 ? "" : "s");
    for (int i = 0; i < nv && k < n; i++) {
        const char *text = node->choices[core_session_visible(s, i)].text;
        /* At most 60 bytes, cut at a character's start: a translated choice's
         * accented letters are two bytes, and half a letter is invalid UTF-8. */
        int len = (int)strnlen(text, 61);
        if (len > 60)
            for (len = 60; len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80; len--) {
            }
        k += (size_t)snprintf(buf + k, n - k, "%s %d. \"%.*s\"", i ? "," : ":", i + 1, len, text);
    }
}

int app_play_apply(app_play *p, const char *c, char *msg, size_t msglen)
{
    core_session *s = p->s;
    msg[0] = '\0';
    for (int item = 1; core_session_status(s) == CORE_PLAYING; item++) {
        while (*c == ',' || *c == ' ')
            c++;
        if (!*c) return 0;
        if (*c == 't' || *c == 'T') {
            c++;
            if (core_session_timeout(s, 0) != 0) {
                snprintf(msg, msglen, "choice %d of --choices is 't', but node '%s' has no timeout",
                         item, core_session_node(s)->id);
                return 1;
            }
            continue;
        }
        char *end;
        errno = 0;
        long v = strtol(c, &end, 10);
        if (end == c || errno || (*end && *end != ',' && *end != ' ')) {
            snprintf(
                msg, msglen,
                "--choices wants numbers separated by commas (or t for a timeout), not '%.40s'", c);
            return 2;
        }
        c = end;
        if (v < 1 || v > 100000 || core_session_choose(s, (int)v, 0) != 0) {
            char shown[1200];
            app_describe_shown(p, shown, sizeof shown);
            snprintf(msg, msglen, "choice %d of --choices is %ld, but %s", item, v, shown);
            return 1;
        }
    }
    while (*c == ',' || *c == ' ')
        c++;
    if (*c) {
        snprintf(msg, msglen, "the conversation ended before the rest of --choices ('%.40s')", c);
        return 1;
    }
    return 0;
}
