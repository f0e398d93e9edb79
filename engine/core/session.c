/* session.c: the conversation state machine. A session takes a choice in and
 * gives a view of the conversation out; the front ends only render it. */
#include "core.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct tag_count {
    const char *name; /* borrowed from the scenario */
    int count;
} tag_count;

struct core_session {
    const core_scenario *sc; /* borrowed */
    core_hooks hooks;
    bool has_hooks;
    core_state st;
    core_status status;
    char error[1024];
    char *text;   /* resolved line of the current node; owned */
    char *cue;    /* resolved cue; owned, NULL when none */
    int *visible; /* choice indices shown at the current node, in display order; owned */
    int n_visible;
    char *reply;    /* the reply to the last choice; owned, NULL when none */
    char **replies; /* each step's reply, as resolved then; owned, entries may be NULL */
    int n_replies;
    bool seeded; /* shuffled order (core_session_set_seed) */
    unsigned long seed;
    core_step *steps; /* owned; grown with core_grow */
    int n_steps;
    int *shown; /* every step's display order, one after another (core_step.shown_at); owned */
    int n_shown;
    int *path; /* owned */
    int n_path;
    tag_count *tags; /* owned */
    int n_tags;
    /* Where the session began, so rewind can replay from there. */
    int origin;
    int *origin_facts;
    int n_origin_facts;
    core_trust_delta *origin_trust;
    int n_origin_trust;
};

/* Appends elem to an array grown by core_grow (whose capacity is implied by its length). */
static bool push(void **arr, int *n, size_t sz, const void *elem)
{
    void *p = core_grow(*arr, *n, sz);
    if (!p) return false;
    *arr = p;
    memcpy((char *)p + (size_t)*n * sz, elem, sz);
    (*n)++;
    return true;
}

/* splitmix64: a small, well-studied generator; each step's order is drawn
 * from its own stream so a rewind or replay with the same seed shows the
 * same order without keeping generator state. */
static uint64_t mix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Puts the current node's visible choices in display order: the author's,
 * or a Fisher-Yates shuffle seeded by (seed, step number). */
static void order_visible(core_session *s)
{
    if (!s->seeded || s->n_visible < 2 || s->sc->nodes[s->st.node].order_fixed) return;
    qsort(s->visible, (size_t)s->n_visible, sizeof(int), cmp_int); /* the author's order first */
    uint64_t state = mix64(((uint64_t)s->seed << 20) ^ (uint64_t)(unsigned)s->n_steps);
    for (int i = s->n_visible - 1; i > 0; i--) {
        state = mix64(state);
        int j = (int)(((state >> 32) * (uint64_t)(i + 1)) >> 32); /* uniform in 0..i */
        int t = s->visible[i];
        s->visible[i] = s->visible[j];
        s->visible[j] = t;
    }
}

static void fail(core_session *s, const char *msg)
{
    s->status = CORE_FAILED;
    snprintf(s->error, sizeof s->error, "%s", msg);
}

static void apply_trust(core_session *s, const core_trust_delta *t, int n)
{
    for (int i = 0; i < n; i++)
        s->st.trust[t[i].cast] += t[i].delta;
}

static void apply_learn(core_session *s, const int *facts, int n)
{
    for (int i = 0; i < n; i++)
        s->st.facts[facts[i]] = true;
}

static int resolve_text(core_session *s, int fn, const char *fixed, char **out)
{
    free(*out);
    *out = NULL;
    if (fn == CORE_NO_FN) {
        if (fixed && !(*out = core_strdup(fixed))) return -1;
        return 0;
    }
    char err[1000] = "";
    if (!s->has_hooks || !s->hooks.text) {
        fail(s, "an author function cannot run: no script runtime");
        return -1;
    }
    if (s->hooks.text(s->hooks.ud, fn, &s->st, out, err, sizeof err) != 0) {
        fail(s, err);
        return -1;
    }
    return 0;
}

/* Arriving at a node: count the visit, apply learn and trust, resolve the text,
 * filter the choices. */
static void arrive(core_session *s, int node)
{
    const core_node *n = &s->sc->nodes[node];
    if (s->has_hooks && s->hooks.step) s->hooks.step(s->hooks.ud);
    s->st.node = node;
    if (!push((void **)&s->path, &s->n_path, sizeof(int), &node)) {
        fail(s, "out of memory");
        return;
    }
    s->st.visits[node]++; /* after the push: reset clears visits along the path */
    apply_learn(s, n->learn, n->n_learn);
    apply_trust(s, n->trust, n->n_trust);
    /* A text that fails must not leave the last node's cue showing. */
    free(s->cue);
    s->cue = NULL;
    if (resolve_text(s, n->text_fn, n->text, &s->text) != 0) return;
    if (resolve_text(s, n->cue_fn, n->cue, &s->cue) != 0) return;
    if (!s->text && !(s->text = core_strdup(""))) {
        fail(s, "out of memory");
        return;
    }
    s->n_visible = 0;
    if (n->ending) {
        s->status = CORE_ENDED;
        return;
    }
    int *vis = realloc(s->visible, sizeof(int) * (size_t)(n->n_choices ? n->n_choices : 1));
    if (!vis) {
        fail(s, "out of memory");
        return;
    }
    s->visible = vis;
    for (int i = 0; i < n->n_choices; i++) {
        const core_choice *c = &n->choices[i];
        bool ok = true;
        for (int k = 0; k < c->n_when && ok; k++)
            ok = s->st.facts[c->when[k].fact] != c->when[k].negate;
        if (ok && c->when_fn != CORE_NO_FN) {
            char err[1000] = "";
            if (!s->has_hooks || !s->hooks.when ||
                s->hooks.when(s->hooks.ud, c->when_fn, &s->st, &ok, err, sizeof err) != 0) {
                fail(s, err[0] ? err : "an author function cannot run: no script runtime");
                return;
            }
        }
        if (ok) s->visible[s->n_visible++] = i;
    }
    order_visible(s);
    if (s->n_visible == 0) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "node '%s' shows no choice: every choice's `when` is false here, and it is not "
                 "an ending",
                 n->id);
        fail(s, msg);
    }
}

static void count_tag(core_session *s, const char *tag)
{
    for (int i = 0; i < s->n_tags; i++)
        if (strcmp(s->tags[i].name, tag) == 0) {
            s->tags[i].count++;
            return;
        }
    tag_count t = {tag, 1};
    if (!push((void **)&s->tags, &s->n_tags, sizeof t, &t)) fail(s, "out of memory");
}

static void reset(core_session *s)
{
    const core_scenario *sc = s->sc;
    memset(s->st.facts, 0, sizeof(bool) * (size_t)(sc->n_facts ? sc->n_facts : 1));
    memset(s->st.trust, 0, sizeof(double) * (size_t)(sc->n_cast ? sc->n_cast : 1));
    /* Only the nodes on the path were visited: clearing those keeps a restart
     * independent of the scenario's size (a full clear was 30 % of `rapport
     * test` on 10,000 nodes). */
    for (int i = 0; i < s->n_path; i++)
        s->st.visits[s->path[i]] = 0;
    memset(s->st.score, 0, sizeof s->st.score);
    s->st.goodwill = 0;
    s->n_steps = s->n_path = s->n_tags = s->n_visible = s->n_shown = 0;
    free(s->reply);
    s->reply = NULL;
    for (int i = 0; i < s->n_replies; i++)
        free(s->replies[i]);
    s->n_replies = 0;
    s->status = CORE_PLAYING;
    s->error[0] = '\0';
    if (s->has_hooks && s->hooks.reset) {
        char err[1000] = "";
        if (s->hooks.reset(s->hooks.ud, err, sizeof err) != 0) {
            fail(s, err);
            return;
        }
    }
    apply_learn(s, s->origin_facts, s->n_origin_facts);
    apply_trust(s, s->origin_trust, s->n_origin_trust);
    arrive(s, s->origin);
}

core_session *core_session_new_at(const core_scenario *sc, const core_hooks *hooks, int node,
                                  const int *facts, int n_facts, const core_trust_delta *trust,
                                  int n_trust)
{
    core_session *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->sc = sc;
    if (hooks) {
        s->hooks = *hooks;
        s->has_hooks = true;
    }
    s->st.sc = sc;
    s->st.facts = calloc((size_t)(sc->n_facts ? sc->n_facts : 1), sizeof(bool));
    s->st.trust = calloc((size_t)(sc->n_cast ? sc->n_cast : 1), sizeof(double));
    s->st.visits = calloc((size_t)(sc->n_nodes ? sc->n_nodes : 1), sizeof(int));
    s->origin = node;
    if (n_facts > 0) {
        s->origin_facts = malloc(sizeof(int) * (size_t)n_facts);
        if (s->origin_facts) memcpy(s->origin_facts, facts, sizeof(int) * (size_t)n_facts);
        s->n_origin_facts = n_facts;
    }
    if (n_trust > 0) {
        s->origin_trust = malloc(sizeof *trust * (size_t)n_trust);
        if (s->origin_trust) memcpy(s->origin_trust, trust, sizeof *trust * (size_t)n_trust);
        s->n_origin_trust = n_trust;
    }
    if (!s->st.facts || !s->st.trust || !s->st.visits || (n_facts > 0 && !s->origin_facts) ||
        (n_trust > 0 && !s->origin_trust)) {
        core_session_free(s);
        return NULL;
    }
    if (node < 0 || node >= sc->n_nodes) {
        fail(s, "the scenario has no start node");
        return s;
    }
    reset(s);
    return s;
}

core_session *core_session_new(const core_scenario *sc, const core_hooks *hooks)
{
    return core_session_new_at(sc, hooks, sc->start, NULL, 0, NULL, 0);
}

void core_session_free(core_session *s)
{
    if (!s) return;
    free(s->st.facts);
    free(s->st.trust);
    free(s->st.visits);
    free(s->text);
    free(s->cue);
    free(s->visible);
    free(s->reply);
    for (int i = 0; i < s->n_replies; i++)
        free(s->replies[i]);
    free(s->replies);
    free(s->shown);
    free(s->steps);
    free(s->path);
    free(s->tags);
    free(s->origin_facts);
    free(s->origin_trust);
    free(s);
}

/* Fills the step's options for accuracy: each shown choice's immediate
 * effect (and a timed node's pass) per skill, at the goodwill banked now. */
static void measure_options(const core_session *s, core_step *step)
{
    const core_scenario *sc = s->sc;
    const core_node *n = &sc->nodes[s->st.node];
    bool any = false;
    for (int i = 0; i < s->n_visible + (n->on_timeout != CORE_NONE); i++) {
        double e[CORE_MAX_SKILLS];
        if (i < s->n_visible) {
            int g = s->st.goodwill;
            core_choice_effect(sc, &n->choices[s->visible[i]], &g, e);
        } else {
            for (int k = 0; k < CORE_MAX_SKILLS; k++)
                e[k] = n->timeout_score[k];
        }
        for (int k = 0; k < sc->n_skills; k++) {
            if (!any || e[k] < step->lo[k]) step->lo[k] = e[k];
            if (!any || e[k] > step->hi[k]) step->hi[k] = e[k];
        }
        any = true;
        step->n_options++;
    }
}

/* Resolves the chosen choice's reply (string or author function) into s->reply. */
static int resolve_reply(core_session *s, const core_choice *c)
{
    if (!c) {
        free(s->reply);
        s->reply = NULL;
        return 0;
    }
    return resolve_text(s, c->reply_fn, c->reply, &s->reply);
}

/* Moves along a choice (or a timeout when choice is NULL) from the current node. */
static void move(core_session *s, const core_choice *c, int choice_index, int shown, double ms)
{
    const core_scenario *sc = s->sc;
    const core_node *n = &sc->nodes[s->st.node];
    core_step step = {.node = s->st.node, .choice = choice_index, .shown = shown, .ms = ms};
    measure_options(s, &step);
    /* The display order of this step, kept for progress (`shown`). */
    step.shown_at = s->n_shown;
    for (int i = 0; i < s->n_visible; i++)
        if (!push((void **)&s->shown, &s->n_shown, sizeof(int), &s->visible[i])) {
            fail(s, "out of memory");
            return;
        }
    int target = n->on_timeout;
    if (c) {
        core_choice_effect(sc, c, &s->st.goodwill, step.score);
        apply_trust(s, c->trust, c->n_trust);
        apply_learn(s, c->learn, c->n_learn);
        for (int i = 0; i < c->n_tags; i++)
            count_tag(s, c->tags[i]);
        target = c->to;
    } else {
        for (int k = 0; k < sc->n_skills; k++)
            step.score[k] = n->timeout_score[k];
    }
    for (int k = 0; k < sc->n_skills; k++)
        s->st.score[k] += step.score[k];
    /* The step is recorded before a dynamic `to` runs, so a failure there still
     * shows what the player picked. */
    if (!push((void **)&s->steps, &s->n_steps, sizeof step, &step)) {
        fail(s, "out of memory");
        return;
    }
    if (resolve_reply(s, c) != 0) return;
    char *kept = s->reply ? core_strdup(s->reply) : NULL;
    if ((s->reply && !kept) || !push((void **)&s->replies, &s->n_replies, sizeof kept, &kept)) {
        free(kept);
        fail(s, "out of memory");
        return;
    }
    if (c) {
        if (c->to_fn != CORE_NO_FN) {
            char *id = NULL, err[1000] = "";
            if (s->has_hooks && s->hooks.step) s->hooks.step(s->hooks.ud);
            if (!s->has_hooks || !s->hooks.route ||
                s->hooks.route(s->hooks.ud, c->to_fn, &s->st, &id, err, sizeof err) != 0) {
                fail(s, err[0] ? err : "an author function cannot run: no script runtime");
                free(id);
                return;
            }
            target = CORE_NONE;
            for (int i = 0; i < c->n_can_go; i++)
                if (strcmp(sc->nodes[c->can_go[i]].id, id) == 0) target = c->can_go[i];
            if (target == CORE_NONE) {
                char msg[1000];
                snprintf(msg, sizeof msg,
                         "%s: nodes.%s.choices[%d].to: the function returned '%.100s', which is "
                         "not in its can_go list",
                         sc->file ? sc->file : "<scenario>", n->id, (int)(c - n->choices) + 1, id);
                fail(s, msg);
                free(id);
                return;
            }
            free(id);
        }
    }
    arrive(s, target);
}

int core_session_choose(core_session *s, int n, double ms)
{
    if (s->status != CORE_PLAYING || n < 1 || n > s->n_visible) return -1;
    int idx = s->visible[n - 1];
    move(s, &s->sc->nodes[s->st.node].choices[idx], idx, n, ms);
    return 0;
}

int core_session_timeout(core_session *s, double ms)
{
    if (s->status != CORE_PLAYING) return -1;
    if (s->sc->nodes[s->st.node].on_timeout == CORE_NONE) return -1;
    move(s, NULL, CORE_NONE, 0, ms);
    return 0;
}

int core_session_rewind(core_session *s)
{
    if (s->n_steps == 0) return -1;
    int n = s->n_steps - 1;
    core_step *old = malloc(sizeof *old * (size_t)(n ? n : 1));
    if (!old) return -1;
    memcpy(old, s->steps, sizeof *old * (size_t)n);
    reset(s);
    for (int i = 0; i < n && s->status == CORE_PLAYING; i++) {
        if (old[i].shown == 0)
            core_session_timeout(s, old[i].ms);
        else
            core_session_choose(s, old[i].shown, old[i].ms);
    }
    free(old);
    return 0;
}

core_status core_session_status(const core_session *s)
{
    return s->status;
}
const char *core_session_error(const core_session *s)
{
    return s->error;
}
const core_state *core_session_state(const core_session *s)
{
    return &s->st;
}
const core_node *core_session_node(const core_session *s)
{
    return &s->sc->nodes[s->st.node];
}
const char *core_session_text(const core_session *s)
{
    return s->text ? s->text : "";
}
const char *core_session_cue(const core_session *s)
{
    return s->cue;
}
int core_session_n_visible(const core_session *s)
{
    return s->status == CORE_PLAYING ? s->n_visible : 0;
}
int core_session_visible(const core_session *s, int i)
{
    return (i >= 0 && i < s->n_visible) ? s->visible[i] : CORE_NONE;
}
int core_session_n_steps(const core_session *s)
{
    return s->n_steps;
}
const core_step *core_session_step(const core_session *s, int i)
{
    return (i >= 0 && i < s->n_steps) ? &s->steps[i] : NULL;
}
int core_session_path_len(const core_session *s)
{
    return s->n_path;
}
int core_session_path(const core_session *s, int i)
{
    return (i >= 0 && i < s->n_path) ? s->path[i] : CORE_NONE;
}
int core_session_n_tags(const core_session *s)
{
    return s->n_tags;
}
const char *core_session_tag(const core_session *s, int i, int *count)
{
    if (i < 0 || i >= s->n_tags) return NULL;
    if (count) *count = s->tags[i].count;
    return s->tags[i].name;
}

void core_session_origin(const core_session *s, int *node, const int **facts, int *n_facts,
                         const core_trust_delta **trust, int *n_trust)
{
    *node = s->origin;
    *facts = s->origin_facts;
    *n_facts = s->n_origin_facts;
    *trust = s->origin_trust;
    *n_trust = s->n_origin_trust;
}

void core_session_restart(core_session *s)
{
    reset(s);
}

void core_session_set_seed(core_session *s, unsigned long seed)
{
    s->seeded = true;
    s->seed = seed & 0xFFFFFFFFul;
    order_visible(s);
}

bool core_session_seeded(const core_session *s, unsigned long *seed)
{
    if (seed) *seed = s->seed;
    return s->seeded;
}

const int *core_session_step_shown(const core_session *s, int i, int *n_shown)
{
    *n_shown = 0;
    if (i < 0 || i >= s->n_steps) return NULL;
    int end = i + 1 < s->n_steps ? s->steps[i + 1].shown_at : s->n_shown;
    *n_shown = end - s->steps[i].shown_at;
    return s->shown + s->steps[i].shown_at;
}

const char *core_session_reply(const core_session *s)
{
    return s->reply;
}

const char *core_session_step_reply(const core_session *s, int i)
{
    return i >= 0 && i < s->n_replies ? s->replies[i] : NULL;
}

bool core_session_accuracy(const core_session *s, int skill, double *out)
{
    double sum = 0;
    int n = 0;
    for (int i = 0; i < s->n_steps; i++) {
        const core_step *st = &s->steps[i];
        if (st->n_options < 2 || st->hi[skill] - st->lo[skill] <= 1e-9) continue;
        sum += core_step_accuracy(st, skill);
        n++;
    }
    if (n == 0) return false;
    if (out) *out = sum / n;
    return true;
}
