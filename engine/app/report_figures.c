/* report_figures.c: every figure of the class report, computed once by
 * rp_analyse and read by both writers.
 *
 * Figures (docs/workshops.md says the same for facilitators):
 * - skill figures count finished sessions of kind "session" only: an
 *   abandoned session says little about the skill, and a drill starts at a
 *   chosen moment, so neither is a whole conversation;
 * - each skill leads with accuracy (design.md), the percent (the score) one
 *   level down; a learner's first / latest are those of their earliest / most
 *   recent such session that has the figure, best the highest;
 * - improvement is latest minus first accuracy within one scenario, for each
 *   scenario a learner finished at least twice, averaged over the skills both
 *   attempts have and then over those scenarios; different scenarios are never
 *   compared, since an easier one would pass for progress;
 * - a node's shares count every choice recorded there, over every whole
 *   session (finished or not; drills aside) of every learner, so a learner
 *   who played twice counts twice;
 * - mistakes (and good behaviours) add up the tag counts of every whole
 *   session; drills are never counted as attempts or sessions;
 * - the grid (rp_cell): per learner and scenario, the latest attempt, the
 *   attempts, the mean accuracy over the skills of the latest finished one,
 *   and its change since the first finished attempt of that scenario;
 * - time on task adds ended minus started of whole sessions;
 * - practice between sessions (rp_practice): drills are counted apart, never
 *   as attempts; reviews and the review queue come from the file's "review"
 *   list; homework answers are tallied from whole sessions, and confidence
 *   from finished whole sessions. Counts only: no typed words, no notes.
 *
 * Depends on: engine/store (records), engine/script and the library (scenario
 * models, for the order of nodes and the texts), engine/core (tags). */
#include "app_local.h"
#include "report_local.h"

#include "i18n.h"

#include "store_file.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ---- behaviour tags: what to call them in a sentence ---- */

/* The shared vocabulary of behaviour tags lives in core (core_tag_at,
 * core_tag_phrase): mistakes come first there, so a choice carrying both
 * kinds is described by what went wrong. A phrase completes "62% ... here". */
#define N_PHRASES CORE_N_TAGS

int rp_phrase_index(const char *tag)
{
    for (int i = 0; i < N_PHRASES; i++)
        if (strcmp(core_tag_at(i), tag) == 0) return i;
    return -1;
}

const char *rp_phrase_at(int i, bool *mistake)
{
    return core_tag_phrase(core_tag_at(i), mistake);
}

void rp_free_analysis(app_report *r)
{
    for (int i = 0; i < r->fig.n_sc; i++) {
        rp_scen *s = &r->fig.sc[i];
        free(s->sess);
        for (int k = 0; k < s->n_nodes; k++)
            free(s->nodes[k].c);
        free(s->nodes);
        free(s->out);
        scr_free(s->model);
    }
    free(r->fig.sc);
    r->fig.sc = NULL;
    r->fig.n_sc = 0;
    free(r->fig.order);
    r->fig.order = NULL;
    free(r->fig.grid);
    r->fig.grid = NULL;
    rp_drop_problems(r, r->n_pr_input);
    r->analysed = false;
}

/* ---- analysis ---- */

static const app_report *sort_ctx; /* qsort has no user pointer in C11 */

static int cmp_sess(const void *pa, const void *pb)
{
    const rp_session *a = &sort_ctx->sess[*(const int *)pa], *b = &sort_ctx->sess[*(const int *)pb];
    int c = strcmp(rp_nz(a->r->started), rp_nz(b->r->started));
    if (c) return c;
    return a->seq - b->seq;
}

static int cmp_learner(const void *pa, const void *pb)
{
    const rp_learner *a = &sort_ctx->lr[*(const int *)pa], *b = &sort_ctx->lr[*(const int *)pb];
    int c = strcasecmp(a->shown, b->shown);
    return c ? c : strcmp(a->shown, b->shown);
}

static int cmp_scen(const void *pa, const void *pb)
{
    const rp_scen *a = pa, *b = pb;
    /* The pack's order first, then what was played outside it, by time. */
    int pa_ = a->pack_pos ? a->pack_pos : 1 << 20, pb_ = b->pack_pos ? b->pack_pos : 1 << 20;
    if (pa_ != pb_) return pa_ < pb_ ? -1 : 1;
    int c = strcmp(rp_nz(a->first_started), rp_nz(b->first_started));
    return c ? c : strcmp(a->id, b->id);
}

static int skill_index(app_report *r, const char *name, bool add)
{
    for (int k = 0; k < r->fig.n_skills; k++)
        if (strcmp(r->fig.skills[k], name) == 0) return k;
    if (!add || r->fig.n_skills >= RP_MAX_SKILLS) return -1;
    r->fig.skills[r->fig.n_skills] = name;
    return r->fig.n_skills++;
}

bool rp_finished(const st_record *rec)
{
    return rec->outcome != NULL;
}

/* Whether a record counts in the skill figures: a finished whole session. A
 * drill starts at a chosen moment, so its figures say nothing of a whole
 * conversation (design.md, "Attempts"). */
bool rp_counts(const st_record *rec)
{
    return rp_finished(rec) && (!rec->kind || strcmp(rec->kind, "session") == 0);
}

static void name_learners(app_report *r)
{
    for (int i = 0; i < r->n_lr; i++) {
        rp_learner *l = &r->lr[i];
        free(l->shown);
        if (!r->o.anonymise) {
            l->shown = rp_dupstr(l->name);
            continue;
        }
        /* 48 bits of HMAC: two names of one class sharing a pseudonym is
         * about as likely as guessing the key, so no tie-break is needed. */
        char a[32];
        app_report_pseudonym(r->o.pseudonym_key, l->name, a, sizeof a);
        l->shown = rp_dupstr(a);
    }
}

/* A name with case and spacing taken out: letters in lower case (ASCII, and
 * the accented capitals of Latin-1 written in UTF-8: "É" as "é"), runs of
 * spaces, tabs, no-break spaces and underscores as one space, none at either
 * end. Two names with the same fold differ only in case or spacing. malloc'ed. */
static char *name_fold(const char *name)
{
    size_t n = strlen(name);
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t k = 0;
    bool gap = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        bool nbsp = c == 0xC2 && (unsigned char)name[i + 1] == 0xA0;
        if (c == ' ' || c == '\t' || c == '_' || nbsp) {
            gap = true;
            i += nbsp;
            continue;
        }
        if (gap && k > 0) out[k++] = ' ';
        gap = false;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c - 'A' + 'a');
        out[k++] = (char)c;
        unsigned char d = (unsigned char)name[i + 1];
        if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) { /* U+00C0..U+00DE, not the x sign */
            out[k++] = (char)(d + 0x20);
            i++;
        }
    }
    out[k] = '\0';
    return out;
}

/* Names that differ only in case or spacing ("ben walsh", "Ben  Walsh"): one
 * problem per group, its learners in the report's order. They stay two
 * learners: the progress files say two players, and only the facilitator
 * knows whether they are one person. */
static void near_duplicates(app_report *r)
{
    char **fold = calloc((size_t)r->n_lr + 1, sizeof *fold);
    bool *done = calloc((size_t)r->n_lr + 1, sizeof *done);
    for (int i = 0; fold && i < r->n_lr; i++)
        fold[i] = name_fold(r->lr[i].name);
    for (int a = 0; fold && done && r->fig.order && a < r->n_lr; a++) {
        int i = r->fig.order[a];
        if (done[i] || !fold[i]) continue;
        rp_problem *p = NULL;
        for (int b = a + 1; b < r->n_lr; b++) {
            int k = r->fig.order[b];
            if (done[k] || !fold[k] || strcmp(fold[i], fold[k]) != 0) continue;
            if (!p) {
                p = rp_add_problem(r, RP_NEAR_DUP, 0, NULL, NULL, NULL);
                rp_problem_learner(p, i);
            }
            rp_problem_learner(p, k);
            done[k] = true;
        }
        done[i] = true;
    }
    for (int i = 0; fold && i < r->n_lr; i++)
        free(fold[i]);
    free(fold);
    free(done);
}

static void fig_add(rp_fig *g, double v)
{
    if (g->count++ == 0) g->first = g->best = v;
    g->latest = v;
    if (v > g->best) g->best = v;
}

const st_skill *rp_rec_skill(const st_record *rec, const char *name)
{
    for (int q = 0; q < rec->n_skills; q++)
        if (strcmp(rec->skills[q].name, name) == 0) return &rec->skills[q];
    return NULL;
}

/* Latest minus first accuracy, per scenario the learner finished two or more
 * times (drills aside), averaged over the skills both attempts have and then
 * over those scenarios. Only the same scenario is compared: a second, easier
 * scenario is not progress. */
static void learner_gain(app_report *r, rp_learner *l)
{
    double sum = 0;
    int n = 0;
    l->gain_title = NULL;
    l->gain_attempts = 0;
    for (int i = 0; i < l->n_sess; i++) {
        const st_record *first = r->sess[l->sess[i]].r;
        if (!rp_counts(first)) continue;
        bool seen = false; /* only from the scenario's first attempt */
        for (int k = 0; k < i && !seen; k++) {
            const st_record *e = r->sess[l->sess[k]].r;
            seen = rp_counts(e) && strcmp(e->scenario, first->scenario) == 0;
        }
        if (seen) continue;
        const st_record *latest = NULL;
        int attempts = 1;
        for (int k = i + 1; k < l->n_sess; k++) {
            const st_record *e = r->sess[l->sess[k]].r;
            if (rp_counts(e) && strcmp(e->scenario, first->scenario) == 0) {
                latest = e;
                attempts++;
            }
        }
        if (!latest) continue;
        double d = 0;
        int m = 0;
        for (int k = 0; k < r->fig.n_skills; k++) {
            const st_skill *a = rp_rec_skill(first, r->fig.skills[k]),
                           *b = rp_rec_skill(latest, r->fig.skills[k]);
            if (a && b && a->has_accuracy && b->has_accuracy) {
                d += b->accuracy - a->accuracy;
                m++;
            }
        }
        if (!m) continue;
        sum += d / m;
        n++;
        l->gain_title = latest->title ? latest->title : latest->scenario;
        l->gain_attempts = attempts;
    }
    l->gain_scenarios = n;
    l->has_gain = n > 0;
    l->gain = n ? sum / n : 0;
}

static void learner_figures(app_report *r, rp_learner *l)
{
    l->n_finished = l->n_drills = 0;
    memset(l->acc, 0, sizeof l->acc);
    memset(l->pct, 0, sizeof l->pct);
    for (int i = 0; i < l->n_sess; i++) {
        const st_record *rec = r->sess[l->sess[i]].r;
        if (rp_finished(rec) && !rp_counts(rec)) l->n_drills++;
        if (!rp_counts(rec)) continue;
        l->n_finished++;
        for (int s = 0; s < rec->n_skills; s++) {
            int k = skill_index(r, rec->skills[s].name, false);
            if (k < 0) continue;
            fig_add(&l->pct[k], rec->skills[s].percent);
            if (rec->skills[s].has_accuracy) fig_add(&l->acc[k], rec->skills[s].accuracy);
        }
    }
    learner_gain(r, l);
}

static rp_scen *find_scen(app_report *r, const char *id)
{
    for (int i = 0; i < r->fig.n_sc; i++)
        if (strcmp(r->fig.sc[i].id, id) == 0) return &r->fig.sc[i];
    rp_scen *v = realloc(r->fig.sc, sizeof *v * (size_t)(r->fig.n_sc + 1));
    if (!v) return NULL;
    r->fig.sc = v;
    rp_scen *s = &v[r->fig.n_sc++];
    memset(s, 0, sizeof *s);
    s->id = id;
    return s;
}

static void count_choice(rp_scen *s, const st_choice *c)
{
    rp_node *n = NULL;
    for (int i = 0; i < s->n_nodes && !n; i++)
        if (strcmp(s->nodes[i].id, c->node) == 0) n = &s->nodes[i];
    if (!n) {
        rp_node *v = realloc(s->nodes, sizeof *v * (size_t)(s->n_nodes + 1));
        if (!v) return;
        s->nodes = v;
        n = &v[s->n_nodes];
        memset(n, 0, sizeof *n);
        n->id = c->node;
        n->order = s->n_nodes++;
    }
    rp_count *k = NULL;
    for (int i = 0; i < n->n_c && !k; i++)
        if (strcmp(n->c[i].choice, c->choice) == 0) k = &n->c[i];
    if (!k) {
        rp_count *v = realloc(n->c, sizeof *v * (size_t)(n->n_c + 1));
        if (!v) return;
        n->c = v;
        k = &v[n->n_c++];
        memset(k, 0, sizeof *k);
        k->choice = c->choice;
    }
    if (c->text) k->text = c->text; /* the latest wording recorded */
    k->n++;
    n->total++;
}

static void add_outcome(rp_scen *s, const st_record *rec)
{
    for (int i = 0; i < s->n_out; i++)
        if (strcmp(s->out[i].label, rec->outcome) == 0) {
            s->out[i].n++;
            return;
        }
    rp_outcome *v = realloc(s->out, sizeof *v * (size_t)(s->n_out + 1));
    if (!v) return;
    s->out = v;
    v[s->n_out++] = (rp_outcome){rec->outcome, rec->grade, 1};
}

/* The scenario files given, each loaded once: their ids (into ids, borrowed
 * from the models kept in models) and, for one that does not load, a problem:
 * a pack under a scenario's name, or a scenario with errors. */
static void check_scenario_files(app_report *r, scr_scenario **models, const char **ids, int *n)
{
    for (int f = 0; f < r->o.n_scenario_files; f++) {
        const char *file = r->o.scenario_files[f];
        core_diags d = {0};
        scr_scenario *m = app_load_for_player(file, &d);
        if (m) {
            models[*n] = m;
            ids[(*n)++] = scr_model(m)->id;
            core_diags_free(&d);
            continue;
        }
        size_t len = 0;
        char *text = NULL;
        struct stat sb; /* a scenario file given is small; never wait on a FIFO */
        if (stat(file, &sb) == 0 && S_ISREG(sb.st_mode))
            st_file_read_all(file, 4u << 20, &text, &len);
        char why[900], shown[900];
        if (text && rp_says_pack(text, len)) {
            const char *msg = N_("it is an exercise pack, but only a file whose name ends in "
                                 ".pack.lua is read as one; rename it and run the report again");
            rp_add_problem(r, RP_PACK_NAME, 0, file, msg, _(msg));
        } else {
            char en[700] = "", tr[700] = ""; /* the first error */
            for (int i = 0; i < d.n; i++)
                if (d.v[i].severity == CORE_ERROR) {
                    rp_diag_text(&d.v[i], true, en, sizeof en, tr, sizeof tr);
                    break;
                }
            for (int t = 0; t < 2; t++)
                snprintf(t ? shown : why, sizeof why,
                         rp_txn(t,
                                NP_("it does not load as a scenario (%d error; the first: %s)",
                                    "it does not load as a scenario (%d errors; the first: %s)"),
                                (unsigned long)d.errors),
                         d.errors, t ? tr : en);
            rp_add_problem(r, RP_SCENARIO_FILE, 0, file, why, shown);
        }
        free(text);
        core_diags_free(&d);
    }
}

/* Loads the scenario file for each scenario played: the scenario files given
 * first, then the library. Without one the report still shows what was
 * recorded. Also notes the scenario files and pack entries that point at
 * nothing (problems with the input). */
static void load_models(app_report *r)
{
    int nf = r->o.n_scenario_files;
    scr_scenario **given = calloc((size_t)nf + 1, sizeof *given);
    const char **ids = calloc((size_t)nf + 1, sizeof *ids);
    int n_given = 0;
    if (given && ids) check_scenario_files(r, given, ids, &n_given);

    app_library lib = {0};
    bool have_lib = false;
    bool need_lib = r->pack != NULL;
    for (int i = 0; i < r->fig.n_sc; i++) {
        rp_scen *s = &r->fig.sc[i];
        for (int k = 0; k < n_given && !s->model; k++)
            if (given[k] && strcmp(ids[k], s->id) == 0) {
                s->model = given[k]; /* handed over: the scenario frees it */
                given[k] = NULL;
            }
        if (!s->model) need_lib = true;
    }
    if (need_lib) {
        char *dir = r->o.library_dir ? core_strdup(r->o.library_dir) : app_library_dir();
        have_lib = dir && app_library_scan(dir, &lib);
        free(dir);
        if (!have_lib) memset(&lib, 0, sizeof lib);
    }
    for (int i = 0; i < r->fig.n_sc; i++) {
        rp_scen *s = &r->fig.sc[i];
        if (s->model) continue;
        int e = app_library_find(&lib, s->id);
        if (e >= 0) {
            core_diags d = {0};
            s->model = app_load_for_player(lib.v[e].file, &d);
            core_diags_free(&d);
        }
    }
    if (r->pack) {
        /* Every id the report can find a scenario for: the files given, then the library. */
        const char **known = malloc(sizeof *known * (size_t)(n_given + lib.n + 1));
        int nk = 0;
        for (int k = 0; known && k < n_given; k++)
            known[nk++] = ids[k];
        for (int k = 0; known && k < lib.n; k++)
            if (lib.v[k].id && lib.v[k].id[0]) known[nk++] = lib.v[k].id;
        core_diags d = {0};
        if (known) scr_pack_check_ids(r->pack, known, nk, &d);
        for (int k = 0; k < d.n; k++) {
            rp_problem *p =
                rp_add_problem(r, RP_PACK_UNKNOWN, 0, r->pack->file, d.v[k].msg, d.v[k].shown);
            if (p) p->line = d.v[k].line;
        }
        core_diags_free(&d);
        free(known);
    }
    app_library_free(&lib);
    for (int k = 0; given && k < n_given; k++)
        scr_free(given[k]);
    free(given);
    free(ids);
}

/* ---- the grid: learner by scenario ---- */

bool rp_whole(const st_record *rec)
{
    return !rec->kind || strcmp(rec->kind, "session") == 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil), so no time zone or libc extension is involved. */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* "YYYY-MM-DDTHH:MM:SSZ" as seconds since 1970; -1 when it is not that. */
static long long iso_seconds(const char *s)
{
    int y, mo, d, h, mi, sec;
    char z = 0;
    if (!s || strlen(s) != 20 ||
        sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &sec, &z) != 7 || z != 'Z' ||
        mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 || h < 0 || mi < 0 ||
        sec < 0)
        return -1;
    return (long long)days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
}

long rp_seconds(const char *start, const char *end)
{
    long long a = iso_seconds(start), b = iso_seconds(end);
    if (a < 0 || b < 0 || b < a || b - a > 86400L * 366) return -1;
    return (long)(b - a);
}

const rp_cell *rp_cell_at(const app_report *r, int li, int si)
{
    if (!r->fig.grid || li < 0 || li >= r->n_lr || si < 0 || si >= r->fig.n_sc) return NULL;
    return &r->fig.grid[(size_t)li * (size_t)r->fig.n_sc + (size_t)si];
}

/* The mean accuracy over a record's skills that have one; false when none has. */
static bool mean_accuracy(const st_record *rec, double *out)
{
    double sum = 0;
    int n = 0;
    for (int q = 0; q < rec->n_skills; q++)
        if (rec->skills[q].has_accuracy) {
            sum += rec->skills[q].accuracy;
            n++;
        }
    *out = n ? sum / n : 0;
    return n > 0;
}

/* Latest minus first accuracy over the skills both records have, averaged. */
static bool pair_gain(const st_record *first, const st_record *latest, double *out)
{
    double d = 0;
    int m = 0;
    for (int q = 0; q < first->n_skills; q++) {
        const st_skill *a = &first->skills[q], *b = rp_rec_skill(latest, a->name);
        if (b && a->has_accuracy && b->has_accuracy) {
            d += b->accuracy - a->accuracy;
            m++;
        }
    }
    *out = m ? d / m : 0;
    return m > 0;
}

/* Fills fig.grid, each learner's time on task and pack entries done, and
 * each scenario's mean improvement. Sessions are oldest first by now. */
static void grid_figures(app_report *r)
{
    r->fig.n_whole = r->fig.n_drills_all = 0;
    r->fig.seconds = 0;
    r->fig.grid = calloc((size_t)r->n_lr * (size_t)r->fig.n_sc + 1, sizeof *r->fig.grid);
    for (int li = 0; li < r->n_lr; li++) {
        rp_learner *l = &r->lr[li];
        l->seconds = 0;
        l->n_timed = l->pack_done = 0;
        for (int k = 0; k < l->n_sess; k++) {
            const st_record *rec = r->sess[l->sess[k]].r;
            if (!rp_whole(rec)) {
                r->fig.n_drills_all++;
                continue;
            }
            r->fig.n_whole++;
            long secs = rp_seconds(rec->started, rec->ended);
            if (secs >= 0) {
                l->seconds += secs;
                l->n_timed++;
                r->fig.seconds += secs;
            }
            int si = 0;
            while (si < r->fig.n_sc && strcmp(r->fig.sc[si].id, rec->scenario) != 0)
                si++;
            if (!r->fig.grid || si == r->fig.n_sc) continue;
            rp_cell *c = &r->fig.grid[(size_t)li * (size_t)r->fig.n_sc + (size_t)si];
            c->attempts++;
            c->latest = rec;
            if (secs >= 0) c->seconds += secs;
            if (!rp_finished(rec)) continue;
            c->finished++;
            if (!c->first_done) c->first_done = rec;
            c->latest_done = rec;
        }
        for (int si = 0; r->fig.grid && si < r->fig.n_sc; si++) {
            rp_cell *c = &r->fig.grid[(size_t)li * (size_t)r->fig.n_sc + (size_t)si];
            if (c->latest_done) c->has_acc = mean_accuracy(c->latest_done, &c->acc);
            if (c->finished >= 2) c->has_gain = pair_gain(c->first_done, c->latest_done, &c->gain);
            if (c->has_gain) {
                r->fig.sc[si].gain += c->gain;
                r->fig.sc[si].gain_n++;
            }
            if (c->finished && r->fig.sc[si].pack_pos) l->pack_done++;
        }
    }
    for (int si = 0; si < r->fig.n_sc; si++)
        if (r->fig.sc[si].gain_n) r->fig.sc[si].gain /= r->fig.sc[si].gain_n;
}

/* ---- practice between sessions: drills, review, homework, confidence ---- */

/* The review moments of learner li, from every file holding that player:
 * each (scenario, node) once, the copy with the most reviews (a later copy of
 * the same file has moved on further). today is "YYYY-MM-DD". */
static void review_figures(app_report *r, int li, const char *today)
{
    rp_practice *p = &r->lr[li].pr;
    const st_review **seen = NULL;
    int n_seen = 0;
    for (int fi = 0; fi < r->n_files; fi++) {
        const st_progress *fp = &r->files[fi];
        if (!fp->player || strcmp(fp->player, r->lr[li].name) != 0) continue;
        for (int k = 0; k < fp->n_reviews; k++) {
            const st_review *v = &fp->reviews[k];
            if (!v->scenario || !v->node) continue;
            int j = 0;
            while (j < n_seen &&
                   (strcmp(seen[j]->scenario, v->scenario) || strcmp(seen[j]->node, v->node)))
                j++;
            if (j < n_seen) {
                if (v->reviews > seen[j]->reviews) seen[j] = v;
                continue;
            }
            const st_review **w = realloc(seen, sizeof *w * (size_t)(n_seen + 1));
            if (!w) break;
            seen = w;
            seen[n_seen++] = v;
        }
    }
    for (int j = 0; j < n_seen; j++) {
        p->moments++;
        p->reviews += seen[j]->reviews > 0 ? seen[j]->reviews : 0;
        if (seen[j]->due && strncmp(seen[j]->due, today, 10) <= 0) p->due++;
        if (seen[j]->reviews > 0 && seen[j]->interval >= RP_SPACED_DAYS) p->spaced++;
    }
    free(seen);
}

/* Fills each learner's rp_practice. Sessions are oldest first by now, so
 * first and latest confidence are in time order. */
static void practice_figures(app_report *r)
{
    char now[32], today[11];
    st_now(now, sizeof now);
    const char *when = r->o.generated && strlen(r->o.generated) >= 10 ? r->o.generated : now;
    snprintf(today, sizeof today, "%.10s", when);
    r->fig.any_practice = r->fig.any_confidence = false;
    for (int li = 0; li < r->n_lr; li++) {
        rp_learner *l = &r->lr[li];
        rp_practice *p = &l->pr;
        memset(p, 0, sizeof *p);
        double change = 0;
        for (int k = 0; k < l->n_sess; k++) {
            const st_record *rec = r->sess[l->sess[k]].r;
            if (rec->kind && strcmp(rec->kind, "drill") == 0) p->drills++;
            if (!rp_whole(rec)) continue;
            if (rec->homework && rec->homework[0]) {
                p->hw_given++;
                const char *a = rec->homework_answer ? rec->homework_answer : "";
                p->hw_did += strcmp(a, "did") == 0;
                p->hw_partly += strcmp(a, "partly") == 0;
                p->hw_not_yet += strcmp(a, "not_yet") == 0;
                p->hw_skipped += strcmp(a, "skipped") == 0;
            }
            if (!rp_counts(rec)) continue;
            int b = rec->confidence_before, a = rec->confidence_after;
            if (b < 1 || b > 5) b = 0; /* out of range: not an answer */
            if (a < 1 || a > 5) a = 0;
            if (b || a) p->conf_rated++;
            if (b) {
                if (!p->conf_nb++) p->before_first = b;
                p->before_latest = b;
            }
            if (a) {
                if (!p->conf_na++) p->after_first = a;
                p->after_latest = a;
            }
            if (a && b) {
                change += a - b;
                p->conf_np++;
            }
        }
        p->conf_change = p->conf_np ? change / p->conf_np : 0;
        review_figures(r, li, today);
        if (p->drills || p->moments || p->hw_given) r->fig.any_practice = true;
        if (p->conf_rated) r->fig.any_confidence = true;
    }
}

/* Most frequent first; equal counts keep the shared table's order. */
static void sort_tags(rp_tag *v, int n)
{
    for (int i = 1; i < n; i++) /* insertion sort: short and stable */
        for (int k = i; k > 0 && v[k].count > v[k - 1].count; k--) {
            rp_tag t = v[k];
            v[k] = v[k - 1];
            v[k - 1] = t;
        }
}

void rp_analyse(app_report *r)
{
    if (r->analysed) return;
    rp_free_analysis(r);
    sort_ctx = r;
    name_learners(r);
    r->fig.n_skills = 0;
    for (int i = 0; i < r->n_sess; i++)
        for (int s = 0; s < r->sess[i].r->n_skills; s++)
            skill_index(r, r->sess[i].r->skills[s].name, true);
    for (int i = 0; i < r->n_lr; i++) {
        rp_learner *l = &r->lr[i];
        if (l->n_sess > 1) qsort(l->sess, (size_t)l->n_sess, sizeof(int), cmp_sess);
        learner_figures(r, l);
    }
    r->fig.order = malloc(sizeof(int) * (size_t)(r->n_lr + 1));
    if (r->fig.order) {
        for (int i = 0; i < r->n_lr; i++)
            r->fig.order[i] = i;
        if (r->n_lr > 1) qsort(r->fig.order, (size_t)r->n_lr, sizeof(int), cmp_learner);
    }
    near_duplicates(r);

    /* scenarios, in the order the group first played them; a drill is not a
     * session of its scenario, so its choices and ending are not counted there */
    for (int i = 0; i < r->n_sess; i++) {
        const st_record *rec = r->sess[i].r;
        if (!rp_whole(rec)) continue;
        rp_scen *s = find_scen(r, rec->scenario);
        if (!s) continue;
        int *v = realloc(s->sess, sizeof(int) * (size_t)(s->n_sess + 1));
        if (!v) continue;
        s->sess = v;
        s->sess[s->n_sess++] = i;
        if (!s->first_started || strcmp(rp_nz(rec->started), s->first_started) < 0)
            s->first_started = rp_nz(rec->started);
        if (rec->title) s->title = rec->title;
    }
    for (int i = 0; r->pack && i < r->fig.n_sc; i++)
        for (int k = 0; k < r->pack->n_items && !r->fig.sc[i].item; k++)
            if (strcmp(r->pack->items[k].scenario, r->fig.sc[i].id) == 0) {
                r->fig.sc[i].item = &r->pack->items[k];
                r->fig.sc[i].pack_pos = k + 1;
            }
    if (r->fig.n_sc > 1) qsort(r->fig.sc, (size_t)r->fig.n_sc, sizeof *r->fig.sc, cmp_scen);
    for (int i = 0; i < r->fig.n_sc; i++) {
        rp_scen *s = &r->fig.sc[i];
        if (s->n_sess > 1) qsort(s->sess, (size_t)s->n_sess, sizeof(int), cmp_sess);
        bool *seen = calloc((size_t)r->n_lr + 1, sizeof(bool));
        for (int k = 0; k < s->n_sess; k++) {
            const rp_session *ss = &r->sess[s->sess[k]];
            const st_record *rec = ss->r;
            if (seen && !seen[ss->learner]) {
                seen[ss->learner] = true;
                s->n_learners++;
            }
            for (int c = 0; c < rec->n_choices; c++)
                if (rec->choices[c].node && rec->choices[c].choice)
                    count_choice(s, &rec->choices[c]);
            if (!rp_finished(rec)) continue;
            add_outcome(s, rec);
            if (!rp_counts(rec)) continue;
            s->n_finished++;
            for (int q = 0; q < rec->n_skills; q++) {
                int sk = skill_index(r, rec->skills[q].name, false);
                if (sk < 0) continue;
                s->avg[sk] += rec->skills[q].percent;
                s->avg_n[sk]++;
                if (rec->skills[q].has_accuracy) {
                    s->acc[sk] += rec->skills[q].accuracy;
                    s->acc_n[sk]++;
                }
            }
        }
        free(seen);
        for (int sk = 0; sk < r->fig.n_skills; sk++) {
            if (s->avg_n[sk]) s->avg[sk] /= s->avg_n[sk];
            if (s->acc_n[sk]) s->acc[sk] /= s->acc_n[sk];
        }
    }
    load_models(r);
    for (int i = 0; i < r->fig.n_sc; i++) {
        rp_scen *s = &r->fig.sc[i];
        if (!s->model) continue;
        const core_scenario *m = scr_model(s->model);
        s->title = m->title;
        s->model_version = m->version;
        for (int k = 0; k < s->n_sess; k++)
            if (r->sess[s->sess[k]].r->version != m->version) s->version_differs = true;
    }

    grid_figures(r);
    practice_figures(r);
    /* Behaviour over the group, mistakes and good ones apart, from whole
     * sessions only: a drill replays a moment chosen for practice. */
    r->fig.n_tags = r->fig.n_good = 0;
    for (int t = 0; t < N_PHRASES; t++) {
        bool mistake;
        rp_phrase_at(t, &mistake);
        rp_tag g = {core_tag_at(t), 0, 0};
        for (int i = 0; i < r->n_lr; i++) {
            int mine = 0;
            for (int k = 0; k < r->lr[i].n_sess; k++) {
                const st_record *rec = r->sess[r->lr[i].sess[k]].r;
                if (!rp_whole(rec)) continue;
                for (int q = 0; q < rec->n_tags; q++)
                    if (strcmp(rec->tags[q].name, g.tag) == 0) mine += rec->tags[q].count;
            }
            g.count += mine;
            g.learners += mine > 0;
        }
        if (g.count <= 0) continue;
        if (mistake)
            r->fig.tags[r->fig.n_tags++] = g;
        else
            r->fig.good[r->fig.n_good++] = g;
    }
    sort_tags(r->fig.tags, r->fig.n_tags);
    sort_tags(r->fig.good, r->fig.n_good);
    r->analysed = true;
}
