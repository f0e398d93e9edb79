/* expect.c: the expectations authors write beside a scenario (NAME.test.lua),
 * played on a running scenario for `rapport test` and checked for form by
 * `rapport check`. engine/script loads them; the front ends see only this.
 *
 * Depends on: engine/script (the loader), engine/core. */
#include "app_local.h"
#include "expect.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct app_expects {
    scr_expects ex;
    char *file; /* owned */
};

/* Loads from buf when it is not NULL, else from the file. */
static app_expects *load(const char *file, const char *buf, size_t len, core_diags *d)
{
    app_expects *e = calloc(1, sizeof *e);
    if (!e) {
        core_diag_add(d, CORE_ERROR, file, "", 0, "memory", "out of memory while loading");
        return NULL;
    }
    if (!(buf ? scr_load_expects_buffer(file, buf, len, &e->ex, d)
              : scr_load_expects(file, &e->ex, d))) {
        app_expects_free(e);
        return NULL;
    }
    e->file = core_strdup(file);
    return e;
}

app_expects *app_expects_load(const char *file, core_diags *d)
{
    return load(file, NULL, 0, d);
}

app_expects *app_expects_load_text(const char *file, const char *buf, size_t len, core_diags *d)
{
    return load(file, buf ? buf : "", len, d);
}

void app_expects_free(app_expects *e)
{
    if (!e) return;
    scr_expects_free(&e->ex);
    free(e->file);
    free(e);
}

int app_expects_count(const app_expects *e)
{
    return e->ex.n;
}

app_expect_case app_expects_case(const app_expects *e, int i)
{
    const scr_expect *x = &e->ex.v[i];
    return (app_expect_case){.name = x->name, .choices = x->choices, .line = x->line};
}

static bool near(double a, double b)
{
    return fabs(a - b) < 0.01;
}

/* The first expected skill value that differs from r, into why. */
static void compare_skills(const scr_expect *e, const app_result *r, char *why, size_t n)
{
    for (int k = 0; k < e->n_skills && !why[0]; k++) {
        const scr_expect_skill *x = &e->skills[k];
        int si = -1;
        for (int j = 0; j < r->n_skills; j++)
            if (strcmp(r->skills[j].name, x->name) == 0) si = j;
        if (si < 0)
            snprintf(why, n, "no skill '%s' in the scenario", x->name);
        else if (x->has_raw && !near(r->skills[si].raw, x->raw))
            snprintf(why, n, "%s raw: expected %g, got %g", x->name, x->raw, r->skills[si].raw);
        else if (x->has_percent && !near(r->skills[si].percent, x->percent))
            snprintf(why, n, "%s percent: expected %g, got %.2f", x->name, x->percent,
                     r->skills[si].percent);
    }
}

bool app_expects_run(const app_expects *ex, int i, app_play *p, char *why, size_t n)
{
    const scr_expect *e = &ex->ex.v[i];
    char msg[1400] = "";
    why[0] = '\0';
    if (e->has_bots) { /* no guessing bot may win (rapport test --bots shows them) */
        app_bot_result worst;
        if (!app_bots_worst(p, e->bots_runs > 0 ? e->bots_runs : APP_BOT_RUNS, 1, &worst))
            snprintf(why, n, "out of memory");
        else if (100.0 * (double)worst.good > e->bots_max_good * (double)worst.runs + 1e-9)
            snprintf(why, n,
                     "the %s bot reached a good ending in %.1f%% of its runs (at most %g%% "
                     "expected; rapport test --bots shows every bot)",
                     app_cue_name(worst.bot), 100.0 * (double)worst.good / (double)worst.runs,
                     e->bots_max_good);
        return !why[0];
    }
    if (e->from || e->n_facts || e->n_trust) {
        if (!app_play_start_at(p, e->from, (const char *const *)e->facts, e->n_facts,
                               (const char *const *)e->trust_keys, e->trust, e->n_trust, msg,
                               sizeof msg))
            snprintf(why, n, "cannot start: %s", msg);
    } else {
        app_play_restart(p);
    }
    if (why[0]) return false;
    core_session *s = app_play_session(p);
    int rc = app_play_apply(p, e->choices, msg, sizeof msg);
    const char *err = rc > 0                                  ? msg
                      : core_session_status(s) == CORE_FAILED ? core_session_error(s)
                                                              : NULL;
    if (e->error) {
        if (!err || !strstr(err, e->error))
            snprintf(why, n, "expected an error containing \"%s\", got %s%s%s", e->error,
                     err ? "\"" : "none", err ? err : "", err ? "\"" : "");
    } else if (err) {
        snprintf(why, n, "%s", err);
    } else {
        const core_node *node = core_session_node(s);
        bool ended = core_session_status(s) == CORE_ENDED;
        if (e->outcome && (!ended || strcmp(node->ending, e->outcome) != 0))
            snprintf(why, n, "expected outcome '%s', got %s%s%s", e->outcome,
                     ended ? "'" : "no ending (stopped at '", ended ? node->ending : node->id, "'");
        app_result r;
        app_play_result(p, &r);
        compare_skills(e, &r, why, n);
    }
    return !why[0];
}

/* ---- checking the cases against their scenario ---- */

/* An error at case e's line when name is not among names[0..n), with the
 * nearest one; what says what kind of name it is. */
static void must_name(const app_expects *ex, const scr_expect *e, int i, const char *field,
                      const char *name, const char *const *names, int n, const char *code,
                      const char *what, core_diags *d)
{
    for (int k = 0; k < n; k++)
        if (strcmp(names[k], name) == 0) return;
    char path[80], msg[900], shown[900];
    snprintf(path, sizeof path, "[%d].%s", i + 1, field);
    /* In English for tools, and in the reader's words (what is marked CORE_TR). */
    CORE_DIAG_TWICE(msg, shown, CORE_TR("'%.100s' is not %s in the scenario"), (name, what),
                    (name, core_diag_tr(what)));
    core_diag_append_guess(msg, sizeof msg, shown, sizeof shown, scr_nearest(name, names, n));
    core_diag_add_shown(d, CORE_ERROR, ex->file, path, e->line, code, shown, "%s", msg);
}

void app_expects_check(const app_expects *ex, const core_scenario *sc, core_diags *d)
{
    int nn = sc->n_nodes;
    const char **nodes = malloc(sizeof *nodes * (size_t)(nn + 1));
    const char **endings = malloc(sizeof *endings * (size_t)(nn + 1));
    const char **cast = malloc(sizeof *cast * (size_t)(sc->n_cast + 1));
    int ne = 0;
    if (!nodes || !endings || !cast) goto done;
    for (int i = 0; i < nn; i++) {
        nodes[i] = sc->nodes[i].id;
        if (sc->nodes[i].ending) endings[ne++] = sc->nodes[i].ending;
    }
    for (int i = 0; i < sc->n_cast; i++)
        cast[i] = sc->cast[i].key;
    for (int i = 0; i < ex->ex.n; i++) {
        const scr_expect *e = &ex->ex.v[i];
        if (e->from)
            must_name(ex, e, i, "from", e->from, nodes, nn, "unknown-node", CORE_TR("a node"), d);
        if (e->outcome)
            must_name(ex, e, i, "outcome", e->outcome, endings, ne, "unknown-outcome",
                      CORE_TR("an ending label"), d);
        for (int k = 0; k < e->n_facts; k++)
            must_name(ex, e, i, "facts", e->facts[k], (const char *const *)sc->facts, sc->n_facts,
                      "unknown-fact", CORE_TR("a fact"), d);
        for (int k = 0; k < e->n_trust; k++)
            must_name(ex, e, i, "trust", e->trust_keys[k], cast, sc->n_cast, "unknown-cast",
                      CORE_TR("a cast key"), d);
        for (int k = 0; k < e->n_skills; k++)
            must_name(ex, e, i, "skills", e->skills[k].name, (const char *const *)sc->skills,
                      sc->n_skills, "unknown-skill", CORE_TR("a skill"), d);
    }
done:
    free(nodes);
    free(endings);
    free(cast);
}

scr_scenario *app_expects_check_beside(const app_expects *ex, const char *file, core_diags *d)
{
    size_t n = strlen(file);
    char *scenario = n > 9 ? malloc(n + 1) : NULL;
    if (scenario) {
        memcpy(scenario, file, n - 9); /* NAME.test.lua -> NAME.lua */
        memcpy(scenario + n - 9, ".lua", 5);
    }
    core_diags sd = {0};
    scr_scenario *s = scenario ? scr_load(scenario, NULL, &sd) : NULL;
    if (s)
        app_expects_check(ex, scr_model(s), d);
    else if (sd.n > 0 && strcmp(sd.v[0].code, "io") == 0)
        core_diag_add(d, CORE_WARNING, file, "", 0, "no-scenario",
                      CORE_TR("its scenario %s cannot be read, so the names its cases use were "
                              "not checked"),
                      scenario ? scenario : "?");
    else
        core_diag_add(d, CORE_WARNING, file, "", 0, "no-scenario",
                      CORE_TR("its scenario %s has errors (rapport check lists them), so the "
                              "names its cases use were not checked"),
                      scenario ? scenario : "?");
    core_diags_free(&sd);
    free(scenario);
    return s;
}

bool app_expects_check_file(const char *file, core_diags *d)
{
    int before = d->errors;
    app_expects *ex = app_expects_load(file, d);
    if (!ex) return false;
    scr_free(app_expects_check_beside(ex, file, d));
    app_expects_free(ex);
    return d->errors == before;
}
