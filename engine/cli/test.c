/* test.c: `rapport test`: automated playthroughs through the real runtime,
 * author functions included, with coverage and reproducible failures. */
#include "app.h"
#include "cli.h"
#include "i18n.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_STEPS 10000
#define MAX_EXHAUSTIVE 20000
#define EXHAUSTIVE_DEPTH 200 /* choices after which an exhaustive path counts as a loop */

typedef struct cov {
    bool *node;
    bool **choice;
    bool *timeout;
    int runs, finished, failed;
    int stopped;         /* runs cut off at `cap` choices without an ending (a loop) */
    int cap;             /* the cut-off of the mode that ran */
    char stop_loop[600]; /* the loop the first stopped run was going round */
    long steps;          /* choices taken over all runs, timeouts included */
    int n_errors;        /* distinct runtime errors kept below */
    char errors[8][700];
    char repros[8][1024];
    double min[CORE_MAX_SKILLS], max[CORE_MAX_SKILLS], sum[CORE_MAX_SKILLS];
} cov;

static unsigned long long rng_next(unsigned long long *s)
{
    /* xorshift64*: small, fast, and the same on every machine. */
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

/* The --choices string that replays session s. */
static void choices_of(core_session *s, char *buf, size_t n)
{
    size_t k = 0;
    buf[0] = '\0';
    for (int i = 0; i < core_session_n_steps(s) && k < n; i++) {
        const core_step *st = core_session_step(s, i);
        if (st->shown == 0)
            k += (size_t)snprintf(buf + k, n - k, "%st", i ? "," : "");
        else
            k += (size_t)snprintf(buf + k, n - k, "%s%d", i ? "," : "", st->shown);
    }
}

/* "a -> b -> a": the last loop of a session cut off without an ending, from
 * the last node's previous visit to it. */
static void loop_of(core_session *s, const core_scenario *sc, char *buf, size_t n)
{
    int len = core_session_path_len(s), last = len - 1, from = last;
    buf[0] = '\0';
    if (len == 0) return;
    while (from > 0 && core_session_path(s, --from) != core_session_path(s, last))
        ;
    size_t k = 0;
    for (int i = from; i <= last && k + 100 < n; i++)
        k += (size_t)snprintf(buf + k, n - k, "%s%s", i > from ? " -> " : "",
                              sc->nodes[core_session_path(s, i)].id);
    if (k + 100 >= n) snprintf(buf + k, n - k, " -> ...");
}

static void account(cov *c, app_play *p)
{
    core_session *s = app_play_session(p);
    const core_scenario *sc = app_play_scenario(p);
    c->runs++;
    c->steps += core_session_n_steps(s);
    for (int i = 0; i < core_session_path_len(s); i++)
        c->node[core_session_path(s, i)] = true;
    for (int i = 0; i < core_session_n_steps(s); i++) {
        const core_step *st = core_session_step(s, i);
        if (st->choice == CORE_NONE)
            c->timeout[st->node] = true;
        else
            c->choice[st->node][st->choice] = true;
    }
    if (core_session_status(s) == CORE_FAILED) {
        c->failed++;
        bool known = false;
        for (int i = 0; i < c->n_errors && !known; i++)
            known = strcmp(c->errors[i], core_session_error(s)) == 0;
        if (!known && c->n_errors < 8) {
            snprintf(c->errors[c->n_errors], sizeof c->errors[0], "%s", core_session_error(s));
            choices_of(s, c->repros[c->n_errors], sizeof c->repros[0]);
            c->n_errors++;
        }
        return;
    }
    if (core_session_status(s) != CORE_ENDED) {
        if (c->stopped++ == 0) loop_of(s, sc, c->stop_loop, sizeof c->stop_loop);
        return;
    }
    app_result r;
    app_play_result(p, &r);
    for (int k = 0; k < sc->n_skills; k++) {
        double v = r.skills[k].raw;
        if (c->finished == 0 || v < c->min[k]) c->min[k] = v;
        if (c->finished == 0 || v > c->max[k]) c->max[k] = v;
        c->sum[k] += v;
    }
    c->finished++;
}

static void random_runs(const cli_opts *o, app_play *p, cov *c)
{
    unsigned long long seed = o->seed * 0x9E3779B97F4A7C15ull + 1;
    c->cap = MAX_STEPS;
    for (long r = 0; r < o->runs; r++) {
        app_play_restart(p);
        core_session *s = app_play_session(p);
        for (int step = 0; step < MAX_STEPS && core_session_status(s) == CORE_PLAYING; step++) {
            int nv = core_session_n_visible(s);
            int node = core_session_state(s)->node;
            bool timed = core_session_node(s)->on_timeout != CORE_NONE;
            int k = (int)(rng_next(&seed) % (unsigned long long)(nv + (timed ? 1 : 0)));
            /* Coverage first: three times in four, prefer a way out not taken in any
             * earlier run, so deep endings behind good play are reached in few runs. */
            int fresh[64], nf = 0;
            for (int i = 0; i < nv && nf < 64; i++)
                if (!c->choice[node][core_session_visible(s, i)]) fresh[nf++] = i;
            if (timed && !c->timeout[node] && nf < 64) fresh[nf++] = nv;
            if (nf > 0 && rng_next(&seed) % 4 != 0)
                k = fresh[rng_next(&seed) % (unsigned long long)nf];
            if (k == nv)
                core_session_timeout(s, 0);
            else
                core_session_choose(s, k + 1, 0);
        }
        account(c, p);
    }
}

/* Every path, by replaying prefixes: fine for the small graphs it is meant for. */
static bool exhaustive(app_play *p, cov *c)
{
    typedef struct pre {
        short *v;
        int n;
    } pre;
    pre *stack = calloc(MAX_EXHAUSTIVE + 1, sizeof *stack);
    if (!stack) return false;
    int top = 0, done = 0;
    c->cap = EXHAUSTIVE_DEPTH;
    stack[top++] = (pre){NULL, 0};
    bool ok = true;
    while (top > 0) {
        pre cur = stack[--top];
        app_play_restart(p);
        core_session *s = app_play_session(p);
        for (int i = 0; i < cur.n && core_session_status(s) == CORE_PLAYING; i++) {
            if (cur.v[i] == 0)
                core_session_timeout(s, 0);
            else
                core_session_choose(s, cur.v[i], 0);
        }
        if (core_session_status(s) != CORE_PLAYING || cur.n >= EXHAUSTIVE_DEPTH) {
            account(c, p);
            free(cur.v);
            if (++done > MAX_EXHAUSTIVE) {
                ok = false;
                break;
            }
            continue;
        }
        int nv = core_session_n_visible(s);
        bool timed = core_session_node(s)->on_timeout != CORE_NONE;
        for (int k = timed ? 0 : 1; k <= nv; k++) {
            if (top >= MAX_EXHAUSTIVE) {
                ok = false;
                break;
            }
            short *v = malloc(sizeof(short) * (size_t)(cur.n + 1));
            if (!v) break;
            if (cur.n) memcpy(v, cur.v, sizeof(short) * (size_t)cur.n);
            v[cur.n] = (short)k;
            stack[top++] = (pre){v, cur.n + 1};
        }
        free(cur.v);
        if (!ok) break;
    }
    while (top > 0)
        free(stack[--top].v);
    free(stack);
    return ok;
}

/* Runs NAME.test.lua beside NAME.lua when it exists; returns the failures. */
/* `--bots`: each guessing strategy's endings and accuracy. */
static void print_bots(app_play *p, long runs, unsigned long seed)
{
    const core_scenario *sc = app_play_scenario(p);
    printf(_("  bots (%ld runs each, the author's order, never letting time run out):\n"), runs);
    for (int b = 0; b < APP_N_BOTS; b++) {
        app_bot_result r;
        if (!app_bots_run(p, b, runs, seed, &r) || r.runs == 0) return;
        double n = (double)r.runs;
        printf(_("    %-10s good %5.1f%%  mixed %5.1f%%  poor %5.1f%%"), app_cue_name(b),
               100.0 * (double)r.good / n, 100.0 * (double)r.mixed / n, 100.0 * (double)r.poor / n);
        if (r.other) printf(_("  other %5.1f%%"), 100.0 * (double)r.other / n);
        printf(_("  accuracy"));
        for (int k = 0; k < sc->n_skills; k++)
            if (r.acc_n[k])
                printf(" %s %.0f", sc->skills[k], r.accuracy[k]);
            else
                printf(" %s -", sc->skills[k]);
        printf("\n");
    }
}

static int run_expectations(app_play *p, const char *file)
{
    size_t n = strlen(file);
    if (n < 5 || strcmp(file + n - 4, ".lua") != 0) return 0;
    char tf[4096];
    snprintf(tf, sizeof tf, "%.*s.test.lua", (int)(n - 4), file);
    FILE *probe = fopen(tf, "rb");
    if (!probe) return 0;
    fclose(probe);
    core_diags d = {0};
    app_expects *ex = app_expects_load(tf, &d);
    if (!ex) {
        core_diags_print(&d, stdout);
        core_diags_free(&d);
        return 1;
    }
    app_expects_check(ex, app_play_scenario(p), &d);
    core_diags_print(&d, stdout);
    bool names_ok = d.errors == 0;
    core_diags_free(&d);
    if (!names_ok) {
        printf(_("  expectations (%s): not run, as their cases name what the scenario lacks\n"),
               tf);
        app_expects_free(ex);
        return 1;
    }
    int failed = 0, cases = app_expects_count(ex);
    for (int i = 0; i < cases; i++) {
        char why[1600];
        if (app_expects_run(ex, i, p, why, sizeof why)) continue;
        app_expect_case e = app_expects_case(ex, i);
        failed++;
        printf("  FAIL %s:%d: %s (--choices %s): %s\n", tf, e.line, e.name, e.choices, why);
    }
    printf(_("  expectations (%s): %d passed, %d failed\n"), tf, cases - failed, failed);
    app_expects_free(ex);
    return failed;
}

static int test_file(const cli_opts *o, const char *file)
{
    app_play *p = cli_open(file, true);
    if (!p) return 1;
    const core_scenario *sc = app_play_scenario(p);
    cov c = {0};
    c.node = calloc((size_t)sc->n_nodes, sizeof(bool));
    c.timeout = calloc((size_t)sc->n_nodes, sizeof(bool));
    c.choice = calloc((size_t)sc->n_nodes, sizeof(bool *));
    for (int i = 0; c.choice && i < sc->n_nodes; i++)
        c.choice[i] = calloc((size_t)sc->nodes[i].n_choices + 1, sizeof(bool));
    bool walked = false; /* every path walked, not random runs */
    if (o->exhaustive) {
        walked = true;
        if (!exhaustive(p, &c)) {
            /* Too many paths to walk: say so and do what was asked as well as
             * can be, random runs, with the coverage counted afresh. */
            printf(_("%s: more than %d paths, too many to walk; %ld random runs instead\n"), file,
                   MAX_EXHAUSTIVE, o->runs);
            bool **ch = c.choice;
            bool *nd = c.node, *to = c.timeout;
            for (int i = 0; i < sc->n_nodes; i++) {
                nd[i] = to[i] = false;
                if (ch && ch[i])
                    memset(ch[i], 0, sizeof(bool) * (size_t)(sc->nodes[i].n_choices + 1));
            }
            c = (cov){.node = nd, .choice = ch, .timeout = to};
            walked = false;
            random_runs(o, p, &c);
        }
    } else {
        random_runs(o, p, &c);
    }
    int nodes = 0, choices = 0, n_choices = 0, endings = 0, n_endings = 0;
    for (int i = 0; i < sc->n_nodes; i++) {
        nodes += c.node[i];
        if (sc->nodes[i].ending) {
            n_endings++;
            endings += c.node[i];
        }
        for (int j = 0; j < sc->nodes[i].n_choices; j++) {
            n_choices++;
            choices += c.choice[i][j];
        }
    }
    printf(walked ? P_("%s (%s): %d exhaustive run, %ld choices, %d finished, %d failed",
                       "%s (%s): %d exhaustive runs, %ld choices, %d finished, %d failed", c.runs)
                  : P_("%s (%s): %d random run, %ld choices, %d finished, %d failed",
                       "%s (%s): %d random runs, %ld choices, %d finished, %d failed", c.runs),
           file, sc->id, c.runs, c.steps, c.finished, c.failed);
    /* Every run is one of the three: say what became of the rest. */
    if (c.stopped)
        printf(_(", %d stopped after %d choices without an ending (going round a loop such as %s)"),
               c.stopped, c.cap, c.stop_loop);
    printf("\n");
    printf(_("  coverage: nodes %d/%d, choices %d/%d, endings %d/%d\n"), nodes, sc->n_nodes,
           choices, n_choices, endings, n_endings);
    for (int k = 0; k < sc->n_skills && c.finished > 0; k++)
        printf(_("  %-12s min %+g  mean %+.2f  max %+g\n"), sc->skills[k], c.min[k],
               c.sum[k] / c.finished, c.max[k]);
    /* The first gaps in file order; a big scenario can have thousands, and a
     * list that long hides the summary and the errors below it. */
    enum { GAPS_SHOWN = 30 };
    int gaps = 0;
    for (int i = 0; i < sc->n_nodes; i++) {
        if (!c.node[i]) {
            if (gaps++ < GAPS_SHOWN) printf(_("  not visited: node %s\n"), sc->nodes[i].id);
            continue;
        }
        for (int j = 0; j < sc->nodes[i].n_choices; j++) {
            if (c.choice[i][j] || gaps++ >= GAPS_SHOWN) continue;
            const char *t = sc->nodes[i].choices[j].text;
            int cut = cli_utf8_prefix(t, 50);
            printf(_("  not taken: %s choice %d (\"%.*s%s\")\n"), sc->nodes[i].id, j + 1, cut, t,
                   t[cut] ? "..." : "");
        }
    }
    if (gaps > GAPS_SHOWN)
        printf(_("  ... and %d more not visited or not taken (more --runs, or --exhaustive on a "
                 "small scenario, reach them)\n"),
               gaps - GAPS_SHOWN);
    for (int i = 0; i < c.n_errors; i++)
        printf(_("  error: %s\n  reproduce with: rapport play --text --choices %s %s\n"),
               c.errors[i], c.repros[i][0] ? c.repros[i] : "''", file);
    if (o->bots) print_bots(p, o->runs > 0 ? o->runs : APP_BOT_RUNS, o->seed);
    int exp_failed = run_expectations(p, file);
    /* Names the runs read from `state` that nothing defines: misspelt, as a
     * read of them is silently false or nil. */
    core_diags stray = {0};
    app_play_state_findings(p, &stray);
    core_diags_print(&stray, stdout);
    bool stray_found = stray.n > 0;
    core_diags_free(&stray);
    for (int i = 0; c.choice && i < sc->n_nodes; i++)
        free(c.choice[i]);
    free(c.choice);
    free(c.node);
    free(c.timeout);
    app_play_close(p);
    return c.failed || exp_failed || stray_found ? 1 : 0;
}

int cli_test(const cli_opts *o)
{
    int rc = 0;
    for (int i = 0; i < o->n_args; i++)
        if (test_file(o, o->args[i]) != 0) rc = 1;
    return rc;
}
