/* report.c: the workshop class report (report.h): reading the progress files,
 * the problems with them, the figures, and the HTML and CSV writers.
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
 * - a node's shares count every choice recorded there, over every session
 *   (finished or not, drills too) of every learner, so a learner who played
 *   twice counts twice;
 * - mistakes add up the tag counts of every session. */
#include "report.h"

#include "app.h"
#include "lrs.h"
#include "pack.h"
#include "script.h"
#include "store_file.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define INPUT_MAX (64u << 20) /* bytes of one progress file */
#define RP_MAX_SKILLS 16      /* distinct skills shown; more are left out of the tables */

/* ---- behaviour tags: what to call them in a sentence ---- */

/* The shared vocabulary of behaviour tags lives in core (core_tag_at,
 * core_tag_phrase): mistakes come first there, so a choice carrying both
 * kinds is described by what went wrong. A phrase completes "62% ... here". */
#define N_PHRASES CORE_N_TAGS

static int phrase_index(const char *tag)
{
    for (int i = 0; i < N_PHRASES; i++)
        if (strcmp(core_tag_at(i), tag) == 0) return i;
    return -1;
}

static const char *phrase_at(int i, bool *mistake)
{
    return core_tag_phrase(core_tag_at(i), mistake);
}

/* ---- data ---- */

typedef struct rp_session {
    const st_record *r; /* borrowed from r->files */
    int learner;
    int file;
    int seq; /* input order, to keep equal times stable */
} rp_session;

/* First, latest and best of one figure over a learner's finished sessions. */
typedef struct rp_fig {
    double first, latest, best;
    int count;
} rp_fig;

typedef struct rp_learner {
    char *name;  /* the player's chosen name; owned */
    int file;    /* the file (index into files) they were first found in */
    char *shown; /* name or pseudonym; owned */
    int *sess;   /* indices into sessions, oldest first after analysis; owned */
    int n_sess;
    int n_finished;            /* finished sessions (kind "session") */
    int n_drills;              /* finished drills: listed, never in the skill figures */
    rp_fig acc[RP_MAX_SKILLS]; /* accuracy per skill over finished sessions that have one */
    rp_fig pct[RP_MAX_SKILLS]; /* percent (the score) per skill, one level down */
    /* Improvement: latest minus first accuracy within one scenario, for each
     * scenario finished two or more times, averaged over those scenarios. */
    double gain;
    bool has_gain;
    int gain_scenarios;     /* how many scenarios the gain averages */
    const char *gain_title; /* the scenario, when there is one; borrowed from a record */
    int gain_attempts;      /* its finished attempts */
} rp_learner;

typedef struct rp_count {
    const char *choice; /* choice id, borrowed from a record */
    const char *text;   /* what the player said, borrowed; may be NULL */
    int n;
    bool matched; /* found in the scenario model */
} rp_count;

typedef struct rp_node {
    const char *id; /* borrowed from a record */
    rp_count *c;    /* owned */
    int n_c, total;
    int order; /* first appearance, for scenarios without a model */
} rp_node;

typedef struct rp_outcome {
    const char *label, *grade; /* borrowed */
    int n;
} rp_outcome;

typedef struct rp_scen {
    const char *id;    /* borrowed from a record */
    const char *title; /* borrowed: the model's, else the latest record's */
    int *sess;         /* owned */
    int n_sess, n_learners, n_finished;
    const char *first_started;
    rp_node *nodes; /* owned */
    int n_nodes;
    rp_outcome *out; /* owned */
    int n_out;
    double avg[RP_MAX_SKILLS]; /* mean percent over finished sessions */
    int avg_n[RP_MAX_SKILLS];
    double acc[RP_MAX_SKILLS]; /* mean accuracy over finished sessions that have one */
    int acc_n[RP_MAX_SKILLS];
    const core_pack_item *item; /* this scenario's entry in the pack, or NULL */
    int pack_pos;               /* 1-based place in the pack, 0 when not in it */
    scr_scenario *model;        /* owned; NULL when no file was found */
    int model_version;
    bool version_differs;
} rp_scen;

typedef struct rp_tag {
    const char *tag; /* borrowed from core's tag table */
    int count, learners;
} rp_tag;

/* Problems with the input, shown at the top of the report, in the CSV and on
 * the terminal. The kinds' codes are what the CSV's `problem` column holds
 * (docs/workshops.md lists them); keep them stable. */
typedef enum rp_kind {
    RP_MISSING,    /* a progress file that is not there */
    RP_UNREADABLE, /* ... that cannot be opened or read, or a folder */
    RP_DAMAGED,    /* ... cut off, not JSON, wrong shape, no player */
    RP_NEWER,      /* ... written by a newer rapport */
    RP_FOREIGN,    /* ... some other program's JSON */
    RP_MERGED,     /* one player found in two files */
    RP_NEAR_DUP,   /* names that differ only in case or spacing */
    RP_PACK_ERRORS,
    RP_PACK_EXTRA,   /* a second pack */
    RP_PACK_NAME,    /* a pack whose file name does not end in .pack.lua */
    RP_PACK_UNKNOWN, /* a pack naming a scenario found nowhere */
    RP_SCENARIO_FILE /* a scenario file given that does not load */
} rp_kind;

static const struct {
    const char *code, *label;
} KINDS[] = {
    [RP_MISSING] = {"missing", "Missing file"},
    [RP_UNREADABLE] = {"unreadable", "Unreadable file"},
    [RP_DAMAGED] = {"damaged", "Damaged file"},
    [RP_NEWER] = {"newer_schema", "Written by a newer rapport"},
    [RP_FOREIGN] = {"not_progress", "Not a progress file"},
    [RP_MERGED] = {"merged", "One player in two files"},
    [RP_NEAR_DUP] = {"near_duplicate", "Names that differ only in case or spacing"},
    [RP_PACK_ERRORS] = {"pack_error", "Exercise pack with errors"},
    [RP_PACK_EXTRA] = {"pack_extra", "A second exercise pack"},
    [RP_PACK_NAME] = {"pack_name", "Exercise pack not named .pack.lua"},
    [RP_PACK_UNKNOWN] = {"pack_unknown_scenario", "Pack names a scenario that is not here"},
    [RP_SCENARIO_FILE] = {"scenario_file", "Scenario file that does not load"},
};

typedef struct rp_problem {
    rp_kind kind;
    int input;  /* progress inputs: 1-based, in the order given; 0 for others */
    char *file; /* the input as named; owned; NULL when none */
    char *why;  /* the reason in words, never a player's name; owned; may be NULL */
    int line;   /* in file, 0 when unknown */
    int *lr;    /* learners concerned (merged: 1, near-duplicates: 2 or more); owned */
    int n_lr;
    int other_file; /* merged: index into files of the file the player was first in */
    int dups;       /* merged: sessions present in both */
} rp_problem;

typedef struct rp_file {
    char *name; /* as given; owned */
    int input;  /* 1-based place among the progress inputs */
} rp_file;

struct app_report {
    app_report_opts o;
    core_pack *pack;    /* owned; NULL without one */
    st_progress *files; /* owned */
    rp_file *fmeta;     /* beside files; owned */
    int n_files;
    int n_inputs;   /* progress inputs offered, taken or not */
    rp_problem *pr; /* owned */
    int n_pr;
    int n_pr_input;   /* the first n_pr_input problems come from reading; the rest from analyse() */
    rp_session *sess; /* owned */
    int n_sess;
    rp_learner *lr; /* owned */
    int n_lr;
    /* filled by analyse() */
    bool analysed;
    const char *skills[RP_MAX_SKILLS]; /* borrowed from records */
    int n_skills;
    int *order;  /* learners sorted by shown name; owned */
    rp_scen *sc; /* owned */
    int n_sc;
    rp_tag tags[N_PHRASES];
    int n_tags;
};

/* ---- small helpers ---- */

static char *dupstr(const char *s)
{
    return core_strdup(s ? s : "");
}

static int pct_int(double v)
{
    if (v < 0) v = 0;
    if (v > 100) v = 100;
    return (int)(v + 0.5);
}

static int share(int n, int total)
{
    return total > 0 ? (int)((200L * n + total) / (2L * total)) : 0;
}

static const char *nz(const char *s)
{
    return s ? s : "";
}

char *app_report_key(char *note, size_t notelen)
{
    note[0] = '\0';
    /* The same steps as lrs_export_file: lrs.json's key when it can be used,
     * else the machine's key file; so a report and its --xapi export agree. */
    lrs_config c;
    char msg[1200];
    char *path = lrs_config_path();
    lrs_status st = LRS_MISSING;
    if (path)
        st = lrs_config_load(path, &c, msg, sizeof msg);
    else
        lrs_config_defaults(&c);
    free(path);
    if (st == LRS_ERROR) {
        snprintf(note, notelen, "%s; pseudonyms use this machine's key", msg);
        lrs_config_free(&c);
        lrs_config_defaults(&c);
    }
    char *key = lrs_pseudonym_key(&c, msg, sizeof msg);
    if (!key) snprintf(note, notelen, "%s", msg);
    lrs_config_free(&c);
    return key;
}

void app_report_pseudonym(const char *key_hex, const char *name, char *out, size_t n)
{
    lrs_pseudonym(nz(key_hex), nz(name), out, n);
}

/* "value_first" -> "Value first". */
static void skill_label(const char *s, char *out, size_t n)
{
    if (strcmp(core_skill_label(s), s) != 0) { /* one of the shared skills */
        snprintf(out, n, "%s", core_skill_label(s));
        return;
    }
    size_t i = 0;
    for (; s[i] && i + 1 < n; i++)
        out[i] = s[i] == '_' ? ' ' : s[i];
    out[i] = '\0';
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 'a' + 'A');
}

/* ---- problems with the input ---- */

static void drop_problems(app_report *r, int from)
{
    for (int i = from; i < r->n_pr; i++) {
        free(r->pr[i].file);
        free(r->pr[i].why);
        free(r->pr[i].lr);
    }
    if (r->n_pr > from) r->n_pr = from;
}

/* Records a problem; returns it (to add learners), or NULL when out of memory,
 * in which case the problem is still on the terminal through the caller. */
static rp_problem *add_problem(app_report *r, rp_kind kind, int input, const char *file,
                               const char *why)
{
    rp_problem *v = realloc(r->pr, sizeof *v * (size_t)(r->n_pr + 1));
    if (!v) return NULL;
    r->pr = v;
    rp_problem *p = &v[r->n_pr++];
    *p = (rp_problem){.kind = kind, .input = input, .other_file = -1};
    p->file = file ? core_strdup(file) : NULL;
    p->why = why ? core_strdup(why) : NULL;
    return p;
}

static void problem_learner(rp_problem *p, int learner)
{
    int *v = p ? realloc(p->lr, sizeof *v * (size_t)(p->n_lr + 1)) : NULL;
    if (!v) return;
    p->lr = v;
    v[p->n_lr++] = learner;
}

/* True when the text sets kind = "pack": an exercise pack, whatever its file
 * is called. A plain scan, so a file that is not Lua at all costs nothing. */
static bool says_pack(const char *buf, size_t len)
{
    for (size_t i = 0; i + 4 <= len; i++) {
        if (memcmp(buf + i, "kind", 4) != 0 ||
            (i > 0 && (isalnum((unsigned char)buf[i - 1]) || buf[i - 1] == '_')))
            continue;
        size_t k = i + 4;
        while (k < len && isspace((unsigned char)buf[k]))
            k++;
        if (k >= len || buf[k++] != '=') continue;
        while (k < len && isspace((unsigned char)buf[k]))
            k++;
        if (k + 6 <= len && (buf[k] == '"' || buf[k] == '\'') &&
            memcmp(buf + k + 1, "pack", 4) == 0 && buf[k + 5] == buf[k])
            return true;
    }
    return false;
}

/* ---- lifecycle and input ---- */

app_report *app_report_new(const app_report_opts *o)
{
    if (o && o->anonymise && !(o->pseudonym_key && o->pseudonym_key[0])) return NULL;
    app_report *r = calloc(1, sizeof *r);
    if (r && o) r->o = *o;
    return r;
}

static void free_analysis(app_report *r)
{
    for (int i = 0; i < r->n_sc; i++) {
        rp_scen *s = &r->sc[i];
        free(s->sess);
        for (int k = 0; k < s->n_nodes; k++)
            free(s->nodes[k].c);
        free(s->nodes);
        free(s->out);
        scr_free(s->model);
    }
    free(r->sc);
    r->sc = NULL;
    r->n_sc = 0;
    free(r->order);
    r->order = NULL;
    drop_problems(r, r->n_pr_input);
    r->analysed = false;
}

void app_report_free(app_report *r)
{
    if (!r) return;
    free_analysis(r);
    scr_pack_free(r->pack);
    for (int i = 0; i < r->n_files; i++) {
        st_progress_free(&r->files[i]);
        free(r->fmeta[i].name);
    }
    free(r->files);
    free(r->fmeta);
    drop_problems(r, 0);
    free(r->pr);
    free(r->sess);
    for (int i = 0; i < r->n_lr; i++) {
        free(r->lr[i].name);
        free(r->lr[i].shown);
        free(r->lr[i].sess);
    }
    free(r->lr);
    free(r);
}

bool app_report_set_pack(app_report *r, const char *file, core_diags *diags)
{
    char why[900];
    if (r->pack) {
        snprintf(why, sizeof why, "a report follows one exercise pack, and %.400s came first",
                 nz(r->pack->file));
        add_problem(r, RP_PACK_EXTRA, 0, file, why);
        r->n_pr_input = r->n_pr;
        return false;
    }
    int from = diags->n, errors = diags->errors;
    core_pack *p = scr_pack_load(file, NULL, diags);
    if (!p) {
        const core_diag *first = NULL;
        for (int i = from; i < diags->n && !first; i++)
            if (diags->v[i].severity == CORE_ERROR) first = &diags->v[i];
        int n = diags->errors - errors;
        int k = snprintf(why, sizeof why,
                         "the exercise pack has %d error%s, so the report does "
                         "not follow it",
                         n, n == 1 ? "" : "s");
        if (first && k > 0 && (size_t)k < sizeof why)
            snprintf(why + k, sizeof why - (size_t)k, "; the first: %.200s%s%.300s",
                     nz(first->path), first->path && first->path[0] ? ": " : "", nz(first->msg));
        rp_problem *pr = add_problem(r, RP_PACK_ERRORS, 0, file, why);
        if (pr && first) pr->line = first->line;
        r->n_pr_input = r->n_pr;
        return false;
    }
    r->pack = p;
    r->analysed = false;
    return true;
}

void app_report_skip(app_report *r, const char *input, const char *why)
{
    add_problem(r, RP_UNREADABLE, ++r->n_inputs, input, why);
    r->n_pr_input = r->n_pr;
    r->analysed = false;
}

int app_report_n_files(const app_report *r)
{
    return r->n_files;
}

int app_report_n_learners(const app_report *r)
{
    return r->n_lr;
}

int app_report_n_sessions(const app_report *r)
{
    return r->n_sess;
}

static bool same_str(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* True when the learner already has this session from another file (the same
 * file collected twice, or a copy of it): same scenario, start, end and length. */
static bool already_have(const app_report *r, const rp_learner *l, int file, const st_record *rec)
{
    for (int i = 0; i < l->n_sess; i++) {
        const rp_session *s = &r->sess[l->sess[i]];
        if (s->file == file) continue;
        if (same_str(s->r->scenario, rec->scenario) && same_str(s->r->started, rec->started) &&
            same_str(s->r->ended, rec->ended) && s->r->n_choices == rec->n_choices)
            return true;
    }
    return false;
}

/* Why a file is refused: into why, and as a problem of the report. */
static bool refuse(app_report *r, rp_kind kind, int input, const char *name, char *why,
                   size_t whylen, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static bool refuse(app_report *r, rp_kind kind, int input, const char *name, char *why,
                   size_t whylen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, whylen, fmt, ap);
    va_end(ap);
    add_problem(r, kind, input, name, why);
    r->n_pr_input = r->n_pr;
    r->analysed = false;
    return false;
}

/* Takes in one progress document, the input-th offered. */
static bool take(app_report *r, const char *name, int input, const char *buf, size_t len, char *why,
                 size_t whylen)
{
    why[0] = '\0';
    if (len == 0) return refuse(r, RP_DAMAGED, input, name, why, whylen, "it is empty");
    st_progress p;
    char err[600] = "";
    st_status st = st_parse(buf, len, &p, err, sizeof err);
    if (st == ST_NEWER) return refuse(r, RP_NEWER, input, name, why, whylen, "%s", err);
    if (st != ST_OK) {
        if (says_pack(buf, len))
            return refuse(r, RP_PACK_NAME, input, name, why, whylen,
                          "it is an exercise pack, but only a file whose name ends in .pack.lua "
                          "is read as one; rename it and run the report again");
        if (strstr(err, "\"schema\"") || strstr(err, "not a JSON object"))
            return refuse(r, RP_FOREIGN, input, name, why, whylen,
                          "it is not a rapport progress file (%s)", err);
        return refuse(r, RP_DAMAGED, input, name, why, whylen, "%s",
                      err[0] ? err : "it cannot be read");
    }
    if (!p.player || !p.player[0]) {
        st_progress_free(&p);
        return refuse(r, RP_DAMAGED, input, name, why, whylen, "it names no player");
    }
    st_progress *files = realloc(r->files, sizeof *files * (size_t)(r->n_files + 1));
    if (files) r->files = files;
    rp_file *fmeta = realloc(r->fmeta, sizeof *fmeta * (size_t)(r->n_files + 1));
    if (fmeta) r->fmeta = fmeta;
    rp_session *sess = realloc(r->sess, sizeof *sess * (size_t)(r->n_sess + p.n_records + 1));
    if (sess) r->sess = sess;
    if (!files || !fmeta || !sess) {
        st_progress_free(&p);
        return refuse(r, RP_UNREADABLE, input, name, why, whylen, "out of memory");
    }
    int fi = r->n_files;
    r->files[r->n_files] = p;
    r->fmeta[r->n_files++] = (rp_file){core_strdup(nz(name)), input};
    const st_progress *fp = &r->files[fi];
    r->analysed = false;

    int li = -1;
    for (int i = 0; i < r->n_lr && li < 0; i++)
        if (strcmp(r->lr[i].name, fp->player) == 0) li = i;
    bool merged = li >= 0;
    if (li < 0) {
        rp_learner *lr = realloc(r->lr, sizeof *lr * (size_t)(r->n_lr + 1));
        if (!lr) {
            snprintf(why, whylen, "out of memory");
            return true; /* the file is kept; its sessions are not counted */
        }
        r->lr = lr;
        li = r->n_lr++;
        memset(&r->lr[li], 0, sizeof r->lr[li]);
        r->lr[li].name = dupstr(fp->player);
        r->lr[li].file = fi;
    }
    rp_learner *l = &r->lr[li];
    int dups = 0;
    int *ls = realloc(l->sess, sizeof(int) * (size_t)(l->n_sess + fp->n_records + 1));
    if (!ls) {
        snprintf(why, whylen, "out of memory");
        return true;
    }
    l->sess = ls;
    for (int k = 0; k < fp->n_records; k++) {
        const st_record *rec = &fp->records[k];
        if (!rec->scenario) continue;
        if (merged && already_have(r, l, fi, rec)) {
            dups++;
            continue;
        }
        r->sess[r->n_sess] = (rp_session){rec, li, fi, r->n_sess};
        l->sess[l->n_sess++] = r->n_sess++;
    }
    if (merged) {
        snprintf(why, whylen,
                 "its player \"%.100s\" is also in %.300s: their sessions are counted "
                 "together%s",
                 fp->player, r->fmeta[l->file].name,
                 dups ? " (sessions present in both are counted once)" : "");
        rp_problem *pr = add_problem(r, RP_MERGED, input, name, NULL);
        if (pr) {
            pr->other_file = l->file;
            pr->dups = dups;
            problem_learner(pr, li);
        }
        r->n_pr_input = r->n_pr;
    }
    return true;
}

bool app_report_add_buffer(app_report *r, const char *name, const char *buf, size_t len, char *why,
                           size_t whylen)
{
    return take(r, name, ++r->n_inputs, buf, len, why, whylen);
}

bool app_report_add_file(app_report *r, const char *file, char *why, size_t whylen)
{
    why[0] = '\0';
    int input = ++r->n_inputs;
    /* Read-only, never created or renamed: a broken input stays as it is. A
     * FIFO or device is refused before it is opened, so it cannot hang the report. */
    struct stat st;
    if (stat(file, &st) != 0) {
        int e = errno;
        return refuse(r, e == ENOENT ? RP_MISSING : RP_UNREADABLE, input, file, why, whylen,
                      "it cannot be opened: %s", strerror(e));
    }
    if (!S_ISREG(st.st_mode))
        return refuse(r, RP_UNREADABLE, input, file, why, whylen, "it is not a regular file");
    char *buf = NULL;
    size_t len = 0;
    int got = st_file_read_all(file, INPUT_MAX, &buf, &len);
    if (got == 1)
        return refuse(r, RP_MISSING, input, file, why, whylen,
                      "it cannot be opened: it was removed while the report was made");
    if (got < 0) {
        int e = errno;
        if (e == EFBIG)
            return refuse(r, RP_UNREADABLE, input, file, why, whylen,
                          "it is larger than %u MiB, far more than any progress file",
                          INPUT_MAX >> 20);
        return refuse(r, RP_UNREADABLE, input, file, why, whylen, "it cannot be read: %s",
                      e == ENOMEM ? "out of memory" : strerror(e));
    }
    bool ok = take(r, file, input, buf, len, why, whylen);
    free(buf);
    return ok;
}

/* ---- analysis ---- */

static const app_report *sort_ctx; /* qsort has no user pointer in C11 */

static int cmp_sess(const void *pa, const void *pb)
{
    const rp_session *a = &sort_ctx->sess[*(const int *)pa], *b = &sort_ctx->sess[*(const int *)pb];
    int c = strcmp(nz(a->r->started), nz(b->r->started));
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
    int c = strcmp(nz(a->first_started), nz(b->first_started));
    return c ? c : strcmp(a->id, b->id);
}

static int skill_index(app_report *r, const char *name, bool add)
{
    for (int k = 0; k < r->n_skills; k++)
        if (strcmp(r->skills[k], name) == 0) return k;
    if (!add || r->n_skills >= RP_MAX_SKILLS) return -1;
    r->skills[r->n_skills] = name;
    return r->n_skills++;
}

static bool finished(const st_record *rec)
{
    return rec->outcome != NULL;
}

/* Whether a record counts in the skill figures: a finished whole session. A
 * drill starts at a chosen moment, so its figures say nothing of a whole
 * conversation (design.md, "Attempts"). */
static bool counts(const st_record *rec)
{
    return finished(rec) && (!rec->kind || strcmp(rec->kind, "session") == 0);
}

static void name_learners(app_report *r)
{
    for (int i = 0; i < r->n_lr; i++) {
        rp_learner *l = &r->lr[i];
        free(l->shown);
        if (!r->o.anonymise) {
            l->shown = dupstr(l->name);
            continue;
        }
        /* 48 bits of HMAC: two names of one class sharing a pseudonym is
         * about as likely as guessing the key, so no tie-break is needed. */
        char a[32];
        app_report_pseudonym(r->o.pseudonym_key, l->name, a, sizeof a);
        l->shown = dupstr(a);
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
    for (int a = 0; fold && done && r->order && a < r->n_lr; a++) {
        int i = r->order[a];
        if (done[i] || !fold[i]) continue;
        rp_problem *p = NULL;
        for (int b = a + 1; b < r->n_lr; b++) {
            int k = r->order[b];
            if (done[k] || !fold[k] || strcmp(fold[i], fold[k]) != 0) continue;
            if (!p) {
                p = add_problem(r, RP_NEAR_DUP, 0, NULL, NULL);
                problem_learner(p, i);
            }
            problem_learner(p, k);
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

static const st_skill *rec_skill(const st_record *rec, const char *name)
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
        if (!counts(first)) continue;
        bool seen = false; /* only from the scenario's first attempt */
        for (int k = 0; k < i && !seen; k++) {
            const st_record *e = r->sess[l->sess[k]].r;
            seen = counts(e) && strcmp(e->scenario, first->scenario) == 0;
        }
        if (seen) continue;
        const st_record *latest = NULL;
        int attempts = 1;
        for (int k = i + 1; k < l->n_sess; k++) {
            const st_record *e = r->sess[l->sess[k]].r;
            if (counts(e) && strcmp(e->scenario, first->scenario) == 0) {
                latest = e;
                attempts++;
            }
        }
        if (!latest) continue;
        double d = 0;
        int m = 0;
        for (int k = 0; k < r->n_skills; k++) {
            const st_skill *a = rec_skill(first, r->skills[k]),
                           *b = rec_skill(latest, r->skills[k]);
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
        if (finished(rec) && !counts(rec)) l->n_drills++;
        if (!counts(rec)) continue;
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
    for (int i = 0; i < r->n_sc; i++)
        if (strcmp(r->sc[i].id, id) == 0) return &r->sc[i];
    rp_scen *v = realloc(r->sc, sizeof *v * (size_t)(r->n_sc + 1));
    if (!v) return NULL;
    r->sc = v;
    rp_scen *s = &v[r->n_sc++];
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

static void first_error(const core_diags *d, char *out, size_t n)
{
    out[0] = '\0';
    for (int i = 0; i < d->n; i++)
        if (d->v[i].severity == CORE_ERROR) {
            if (d->v[i].line)
                snprintf(out, n, "line %d: %.200s%s%.300s", d->v[i].line, nz(d->v[i].path),
                         d->v[i].path && d->v[i].path[0] ? ": " : "", nz(d->v[i].msg));
            else
                snprintf(out, n, "%.200s%s%.300s", nz(d->v[i].path),
                         d->v[i].path && d->v[i].path[0] ? ": " : "", nz(d->v[i].msg));
            return;
        }
}

/* The scenario files given, each loaded once: their ids (into ids, borrowed
 * from the models kept in models) and, for one that does not load, a problem:
 * a pack under a scenario's name, or a scenario with errors. */
static void check_scenario_files(app_report *r, scr_scenario **models, const char **ids, int *n)
{
    for (int f = 0; f < r->o.n_scenario_files; f++) {
        const char *file = r->o.scenario_files[f];
        core_diags d = {0};
        scr_scenario *m = scr_load(file, NULL, &d);
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
        char why[900];
        if (text && says_pack(text, len)) {
            snprintf(why, sizeof why,
                     "it is an exercise pack, but only a file whose name ends in .pack.lua is "
                     "read as one; rename it and run the report again");
            add_problem(r, RP_PACK_NAME, 0, file, why);
        } else {
            char first[700];
            first_error(&d, first, sizeof first);
            snprintf(why, sizeof why, "it does not load as a scenario (%d error%s; the first: %s)",
                     d.errors, d.errors == 1 ? "" : "s", first);
            add_problem(r, RP_SCENARIO_FILE, 0, file, why);
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
    for (int i = 0; i < r->n_sc; i++) {
        rp_scen *s = &r->sc[i];
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
    for (int i = 0; i < r->n_sc; i++) {
        rp_scen *s = &r->sc[i];
        if (s->model) continue;
        int e = app_library_find(&lib, s->id);
        if (e >= 0) {
            core_diags d = {0};
            s->model = scr_load(lib.v[e].file, NULL, &d);
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
            rp_problem *p = add_problem(r, RP_PACK_UNKNOWN, 0, r->pack->file, d.v[k].msg);
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

static void analyse(app_report *r)
{
    if (r->analysed) return;
    free_analysis(r);
    sort_ctx = r;
    name_learners(r);
    r->n_skills = 0;
    for (int i = 0; i < r->n_sess; i++)
        for (int s = 0; s < r->sess[i].r->n_skills; s++)
            skill_index(r, r->sess[i].r->skills[s].name, true);
    for (int i = 0; i < r->n_lr; i++) {
        rp_learner *l = &r->lr[i];
        if (l->n_sess > 1) qsort(l->sess, (size_t)l->n_sess, sizeof(int), cmp_sess);
        learner_figures(r, l);
    }
    r->order = malloc(sizeof(int) * (size_t)(r->n_lr + 1));
    if (r->order) {
        for (int i = 0; i < r->n_lr; i++)
            r->order[i] = i;
        if (r->n_lr > 1) qsort(r->order, (size_t)r->n_lr, sizeof(int), cmp_learner);
    }
    near_duplicates(r);

    /* scenarios, in the order the group first played them */
    for (int i = 0; i < r->n_sess; i++) {
        const st_record *rec = r->sess[i].r;
        rp_scen *s = find_scen(r, rec->scenario);
        if (!s) continue;
        int *v = realloc(s->sess, sizeof(int) * (size_t)(s->n_sess + 1));
        if (!v) continue;
        s->sess = v;
        s->sess[s->n_sess++] = i;
        if (!s->first_started || strcmp(nz(rec->started), s->first_started) < 0)
            s->first_started = nz(rec->started);
        if (rec->title) s->title = rec->title;
    }
    for (int i = 0; r->pack && i < r->n_sc; i++)
        for (int k = 0; k < r->pack->n_items && !r->sc[i].item; k++)
            if (strcmp(r->pack->items[k].scenario, r->sc[i].id) == 0) {
                r->sc[i].item = &r->pack->items[k];
                r->sc[i].pack_pos = k + 1;
            }
    if (r->n_sc > 1) qsort(r->sc, (size_t)r->n_sc, sizeof *r->sc, cmp_scen);
    for (int i = 0; i < r->n_sc; i++) {
        rp_scen *s = &r->sc[i];
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
            if (!finished(rec)) continue;
            add_outcome(s, rec); /* a drill's ending is an ending reached */
            if (!counts(rec)) continue;
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
        for (int sk = 0; sk < r->n_skills; sk++) {
            if (s->avg_n[sk]) s->avg[sk] /= s->avg_n[sk];
            if (s->acc_n[sk]) s->acc[sk] /= s->acc_n[sk];
        }
    }
    load_models(r);
    for (int i = 0; i < r->n_sc; i++) {
        rp_scen *s = &r->sc[i];
        if (!s->model) continue;
        const core_scenario *m = scr_model(s->model);
        s->title = m->title;
        s->model_version = m->version;
        for (int k = 0; k < s->n_sess; k++)
            if (r->sess[s->sess[k]].r->version != m->version) s->version_differs = true;
    }

    /* mistakes over the group */
    r->n_tags = 0;
    for (int t = 0; t < N_PHRASES; t++) {
        bool mistake;
        phrase_at(t, &mistake);
        if (!mistake) continue;
        rp_tag g = {core_tag_at(t), 0, 0};
        for (int i = 0; i < r->n_lr; i++) {
            int mine = 0;
            for (int k = 0; k < r->lr[i].n_sess; k++) {
                const st_record *rec = r->sess[r->lr[i].sess[k]].r;
                for (int q = 0; q < rec->n_tags; q++)
                    if (strcmp(rec->tags[q].name, g.tag) == 0) mine += rec->tags[q].count;
            }
            g.count += mine;
            g.learners += mine > 0;
        }
        if (g.count > 0) r->tags[r->n_tags++] = g;
    }
    for (int i = 1; i < r->n_tags; i++) /* insertion sort: most frequent first, stable */
        for (int k = i; k > 0 && r->tags[k].count > r->tags[k - 1].count; k--) {
            rp_tag t = r->tags[k];
            r->tags[k] = r->tags[k - 1];
            r->tags[k - 1] = t;
        }
    r->analysed = true;
}

/* ---- problems in words ---- */

/* How an input is named: its path; or, when names must not show, a progress
 * input's number (their file names carry players' names). */
static void put_input(FILE *f, int input, const char *file, bool named)
{
    if (input > 0 && !named)
        fprintf(f, "input %d", input);
    else
        fputs(nz(file), f);
}

static void put_learner(FILE *f, const rp_learner *l, bool named)
{
    if (named)
        fprintf(f, "\"%s\"", l->name);
    else
        fputs(nz(l->shown), f);
}

/* One problem as a line of plain text (the terminal, the CSV, the HTML box,
 * which escapes it). named: real file and player names; otherwise progress
 * files by number and learners by what the report shows. malloc'ed; NULL when
 * out of memory. */
static char *problem_text(const app_report *r, const rp_problem *p, bool named)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f) return NULL;
    switch (p->kind) {
    case RP_MISSING:
    case RP_UNREADABLE:
    case RP_DAMAGED:
    case RP_NEWER:
    case RP_FOREIGN:
    case RP_PACK_NAME:
    case RP_PACK_EXTRA:
    case RP_PACK_ERRORS:
    case RP_SCENARIO_FILE:
        put_input(f, p->input, p->file, named);
        fprintf(f, ": skipped: %s", nz(p->why));
        break;
    case RP_PACK_UNKNOWN:
        fputs(nz(p->file), f);
        if (p->line) fprintf(f, ":%d", p->line);
        fprintf(f, ": %s", nz(p->why));
        break;
    case RP_MERGED: {
        const rp_learner *l = &r->lr[p->lr[0]];
        put_input(f, p->input, p->file, named);
        fputs(": note: its player ", f);
        put_learner(f, l, named);
        fputs(" is also in ", f);
        if (p->other_file >= 0)
            put_input(f, r->fmeta[p->other_file].input, r->fmeta[p->other_file].name, named);
        fputs(": their sessions are counted together", f);
        if (p->dups)
            fprintf(f, " (%d session%s present in both %s counted once)", p->dups,
                    p->dups == 1 ? "" : "s", p->dups == 1 ? "is" : "are");
        break;
    }
    case RP_NEAR_DUP:
        fputs("note: ", f);
        for (int i = 0; i < p->n_lr; i++) {
            const rp_learner *l = &r->lr[p->lr[i]];
            if (i) fputs(i == p->n_lr - 1 ? " and " : ", ", f);
            put_learner(f, l, named);
            fputs(" (", f);
            int shown = 0;
            for (int k = 0; k < r->n_files; k++)
                if (strcmp(nz(r->files[k].player), l->name) == 0) {
                    if (shown++) fputs(", ", f);
                    put_input(f, r->fmeta[k].input, r->fmeta[k].name, named);
                }
            fputs(")", f);
        }
        fprintf(f,
                ": names that differ only in case or spacing, counted as %d learners; if they "
                "are one person, ask them to keep to one name",
                p->n_lr);
        break;
    }
    if (fclose(f) != 0) {
        free(out);
        return NULL;
    }
    return out;
}

int app_report_n_problems(app_report *r)
{
    analyse(r);
    return r->n_pr;
}

bool app_report_write_problems(app_report *r, FILE *f, const char *prefix)
{
    analyse(r);
    for (int i = 0; i < r->n_pr; i++) {
        char *t = problem_text(r, &r->pr[i], true);
        fprintf(f, "%s%s\n", nz(prefix), t ? t : "out of memory");
        free(t);
    }
    return !ferror(f);
}

/* ---- HTML ---- */

static void esc(FILE *f, const char *s)
{
    for (const char *p = nz(s); *p; p++) {
        switch (*p) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            fputc(*p, f);
        }
    }
}

static const char *const CSS =
    ":root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--soft:#f5f7fa;--accent:#2f5d8a;"
    "--up:#2f855a;--down:#c53030;--warn:#b7791f;--s0:#2f5d8a;--s1:#c05621;--s2:#2f855a;"
    "--s3:#6b46c1;--s4:#b83280}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:#eef2f6;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}\n"
    "main{max-width:1040px;margin:0 auto;padding:28px 24px 48px}\n"
    "header.top{background:var(--accent);color:#fff;border-radius:10px;padding:22px 26px;"
    "margin-bottom:20px}\n"
    "header.top h1{margin:0 0 4px;font-size:26px;letter-spacing:.2px}\n"
    "header.top p{margin:0;opacity:.9}\n"
    "nav{margin-top:12px;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:14px}\n"
    "nav a{color:#fff;text-decoration:none;border-bottom:1px solid rgba(255,255,255,.5)}\n"
    "section{background:#fff;border-radius:10px;padding:20px 24px;margin:0 0 18px;"
    "box-shadow:0 1px 2px rgba(31,41,51,.08)}\n"
    "h2{margin:0 0 4px;font-size:20px}\n"
    "h3{margin:0;font-size:18px}\n"
    "p.hint{margin:0 0 14px;color:var(--muted);font-size:14px}\n"
    ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;"
    "margin-bottom:16px}\n"
    ".card{background:var(--soft);border-radius:8px;padding:10px 14px}\n"
    ".card b{display:block;font-size:26px;line-height:1.2}\n"
    ".card span{color:var(--muted);font-size:13px}\n"
    "table{border-collapse:collapse;width:100%}\n"
    "th,td{text-align:left;padding:7px 8px;border-bottom:1px solid var(--line);"
    "vertical-align:middle}\n"
    "th{font-size:13px;color:var(--muted);font-weight:600}\n"
    "td.num{font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    ".fig{display:flex;align-items:center;gap:8px;white-space:nowrap}\n"
    ".fig small{color:var(--muted)}\n"
    ".fig small.score{font-size:12px}\n"
    ".scroll{overflow-x:auto}\n"
    ".rows{display:grid;grid-template-columns:minmax(120px,max-content) 1fr;gap:6px 14px;"
    "align-items:center}\n"
    ".rows .label{font-size:14px}\n"
    ".rows .val{display:flex;align-items:center;gap:8px;font-variant-numeric:tabular-nums;"
    "font-size:14px}\n"
    ".rows .val small{color:var(--muted)}\n"
    "svg .track{stroke:var(--line);stroke-width:2}\n"
    "svg .up{stroke:var(--up);fill:var(--up)}\n"
    "svg .down{stroke:var(--down);fill:var(--down)}\n"
    "svg .flat{stroke:var(--muted);fill:var(--muted)}\n"
    "svg .first{fill:#fff;stroke-width:2}\n"
    "svg .best{stroke:var(--ink);stroke-width:1.5}\n"
    "svg .bar{fill:var(--accent)}\n"
    "svg .bar.mistake{fill:var(--down)}\n"
    "svg .bar.pale{fill:#b8cbe0}\n"
    "svg .bar.up{fill:var(--up)}svg .bar.down{fill:var(--down)}\n"
    "svg .axis{stroke:var(--muted);stroke-width:1}\n"
    ".legend{font-size:13px;color:var(--muted);margin:8px 0 0}\n"
    ".legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px;"
    "vertical-align:-1px}\n"
    "article.scen{border-top:1px solid var(--line);padding-top:16px;margin-top:16px}\n"
    "article.scen:first-of-type{border-top:0;margin-top:4px;padding-top:4px}\n"
    ".meta{color:var(--muted);font-size:14px;margin:2px 0 8px}\n"
    ".chips{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0 10px}\n"
    ".chip{font-size:13px;border-radius:999px;padding:2px 10px;background:var(--soft);"
    "border:1px solid var(--line)}\n"
    ".chip.good{background:#e6f4ea;border-color:#b7dfc2}\n"
    ".chip.mixed{background:#fdf3dc;border-color:#f0d79a}\n"
    ".chip.poor{background:#fde8e8;border-color:#f3b8b8}\n"
    ".node{margin:14px 0 0;padding:12px 14px;background:var(--soft);border-radius:8px;"
    "break-inside:avoid;page-break-inside:avoid}\n"
    ".node .line{margin:0 0 8px}\n"
    ".node .line b{color:var(--accent)}\n"
    ".node .line em{color:var(--muted)}\n"
    ".node .discuss{margin:0 0 8px;font-size:14px;color:var(--warn)}\n"
    ".choice{display:grid;grid-template-columns:96px 1fr;gap:2px 12px;padding:8px 0;"
    "border-top:1px solid var(--line)}\n"
    ".choice .pct{font-size:22px;font-weight:700;font-variant-numeric:tabular-nums;"
    "line-height:1.1}\n"
    ".choice .pct small{display:block;font-size:12px;font-weight:400;color:var(--muted)}\n"
    ".choice .share{margin:0;font-weight:600}\n"
    ".choice .share.mistake{color:var(--down)}\n"
    ".choice .said{margin:2px 0 0}\n"
    ".choice .fb{margin:3px 0 0;color:var(--muted);font-size:14px}\n"
    ".choice.none{opacity:.7}\n"
    ".fx{font-size:12px;color:var(--muted);margin-left:6px;white-space:nowrap}\n"
    ".note{font-size:14px;color:var(--warn)}\n"
    "section.problems{border-left:6px solid var(--warn);background:#fffaf0}\n"
    "section.problems ul{margin:0;padding-left:20px}\n"
    "section.problems li{margin:4px 0;overflow-wrap:anywhere}\n"
    "ul.prompts{margin:4px 0 8px;padding-left:20px;color:var(--warn);font-size:14px}\n"
    "p.plabel{margin:6px 0 0;font-size:13px;font-weight:600;color:var(--warn)}\n"
    ".toc{font-size:14px}.toc a{color:var(--accent)}\n"
    "footer{color:var(--muted);font-size:13px;text-align:center}\n"
    "@media print{\n"
    "  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "  body{background:#fff;font-size:11pt}\n"
    "  main{max-width:none;padding:0}\n"
    "  nav{display:none}\n"
    "  header.top{background:#fff;color:var(--ink);border:2px solid var(--accent);"
    "padding:12px 16px}\n"
    "  section{box-shadow:none;border:1px solid var(--line);break-inside:auto}\n"
    "  h2,h3{break-after:avoid;page-break-after:avoid}\n"
    "  tr,.choice,.card{break-inside:avoid;page-break-inside:avoid}\n"
    "  #overview,#improved,#mistakes{break-inside:avoid;page-break-inside:avoid}\n"
    "  @page{margin:14mm}\n"
    "}\n";

static const char *skill_colour(int k)
{
    static const char *const c[] = {"var(--s0)", "var(--s1)", "var(--s2)", "var(--s3)",
                                    "var(--s4)"};
    return c[k % 5];
}

/* A 0..100 track: hollow dot at first, filled dot at latest, a tick at best. */
static void dumbbell(FILE *f, double first, double latest, double best, int n)
{
    const double x0 = 6, w = 112;
    double a = x0 + w * pct_int(first) / 100.0, b = x0 + w * pct_int(latest) / 100.0;
    double t = x0 + w * pct_int(best) / 100.0;
    const char *cls = n < 2 || pct_int(latest) == pct_int(first) ? "flat"
                      : latest > first                           ? "up"
                                                                 : "down";
    fprintf(f,
            "<svg width=\"124\" height=\"18\" viewBox=\"0 0 124 18\" role=\"img\" "
            "aria-label=\"first %d, latest %d, best %d\">"
            "<line class=\"track\" x1=\"%g\" y1=\"9\" x2=\"%g\" y2=\"9\"/>",
            pct_int(first), pct_int(latest), pct_int(best), x0, x0 + w);
    if (n >= 2)
        fprintf(f,
                "<line class=\"%s\" stroke-width=\"3\" x1=\"%.1f\" y1=\"9\" x2=\"%.1f\" y2=\"9\"/>",
                cls, a, b);
    fprintf(f, "<line class=\"best\" x1=\"%.1f\" y1=\"2\" x2=\"%.1f\" y2=\"16\"/>", t, t);
    if (n >= 2) fprintf(f, "<circle class=\"first %s\" cx=\"%.1f\" cy=\"9\" r=\"4\"/>", cls, a);
    fprintf(f, "<circle class=\"%s\" cx=\"%.1f\" cy=\"9\" r=\"4.5\"/></svg>", cls, b);
}

/* A horizontal bar of value/max in a box w px wide. */
static void hbar(FILE *f, double value, double max, int w, const char *cls, const char *label)
{
    double bw = max > 0 ? (w - 2) * value / max : 0;
    if (bw < 0) bw = 0;
    if (value > 0 && bw < 2) bw = 2;
    fprintf(f, "<svg width=\"%d\" height=\"16\" viewBox=\"0 0 %d 16\" role=\"img\" aria-label=\"",
            w, w);
    esc(f, label);
    fprintf(f,
            "\"><rect x=\"0\" y=\"2\" width=\"%d\" height=\"12\" rx=\"3\" fill=\"#edf1f5\"/>"
            "<rect class=\"bar %s\" x=\"0\" y=\"2\" width=\"%.1f\" height=\"12\" rx=\"3\"/></svg>",
            w, cls, bw);
}

/* The box at the top: everything a reader should know before trusting the
 * figures. Nothing when the input had no problem. */
static void html_problems(app_report *r, FILE *f)
{
    if (r->n_pr == 0) return;
    fprintf(f,
            "<section id=\"problems\" class=\"problems\"><h2>Problems with the input</h2>\n"
            "<p class=\"hint\">The figures below come only from what could be read. Each "
            "point here is something they leave out, or count in a way you should know "
            "before reading on.%s</p>\n<ul>",
            r->o.anonymise ? " Progress files are numbered in the order they were given "
                             "(input 1, 2, ...), since their names carry players' names; the "
                             "terminal that made this report listed them by name."
                           : "");
    for (int i = 0; i < r->n_pr; i++) {
        char *t = problem_text(r, &r->pr[i], !r->o.anonymise);
        fprintf(f, "<li data-problem=\"%s\"><b>%s.</b> ", KINDS[r->pr[i].kind].code,
                KINDS[r->pr[i].kind].label);
        esc(f, t ? t : "out of memory");
        fputs("</li>\n", f);
        free(t);
    }
    fputs("</ul></section>\n", f);
}

/* The figure to lead with for a skill: accuracy when any session has it, else
 * the percent (progress files from before accuracy). */
static const rp_fig *lead_fig(const rp_learner *l, int k, bool *is_acc)
{
    *is_acc = l->acc[k].count > 0;
    return *is_acc ? &l->acc[k] : &l->pct[k];
}

static void html_overview(app_report *r, FILE *f)
{
    int finished_n = 0, drills = 0;
    for (int i = 0; i < r->n_sess; i++) {
        finished_n += counts(r->sess[i].r);
        drills += finished(r->sess[i].r) && !counts(r->sess[i].r);
    }
    fputs("<section id=\"overview\"><h2>The group at a glance</h2>\n<div class=\"cards\">", f);
    fprintf(f, "<div class=\"card\"><b>%d</b><span>learners</span></div>", r->n_lr);
    fprintf(f, "<div class=\"card\"><b>%d</b><span>sessions (%d finished", r->n_sess, finished_n);
    if (drills) fprintf(f, ", %d drill%s", drills, drills == 1 ? "" : "s");
    fputs(")</span></div>", f);
    fprintf(f, "<div class=\"card\"><b>%d</b><span>scenarios played</span></div>", r->n_sc);
    if (r->n_files < r->n_inputs)
        fprintf(f,
                "<div class=\"card\"><b>%d of %d</b><span>progress files read</span></div>"
                "</div>\n",
                r->n_files, r->n_inputs);
    else
        fprintf(f, "<div class=\"card\"><b>%d</b><span>progress files read</span></div></div>\n",
                r->n_files);
    if (r->n_skills == 0) {
        fputs("<p class=\"hint\">No finished sessions yet, so there are no skill figures.</p>"
              "</section>\n",
              f);
        return;
    }
    fputs("<p class=\"hint\">The group's average accuracy on each skill: pale bars at each "
          "learner's first finished session, dark bars at their latest. Accuracy is how close "
          "each choice came to the best one available at that moment (100% = always the "
          "best); the score below it counts from the worst to the best whole "
          "conversation.</p>\n<div class=\"rows\">",
          f);
    for (int k = 0; k < r->n_skills; k++) {
        double fa = 0, la = 0, fs = 0, ls = 0;
        int na = 0, ns = 0;
        for (int i = 0; i < r->n_lr; i++) {
            const rp_learner *l = &r->lr[i];
            if (l->acc[k].count) {
                fa += l->acc[k].first;
                la += l->acc[k].latest;
                na++;
            }
            if (l->pct[k].count) {
                fs += l->pct[k].first;
                ls += l->pct[k].latest;
                ns++;
            }
        }
        if (!ns) continue;
        char label[80];
        skill_label(r->skills[k], label, sizeof label);
        fputs("<div class=\"label\">", f);
        esc(f, label);
        fputs("</div><div class=\"val\">", f);
        if (na) {
            fprintf(f,
                    "<svg width=\"300\" height=\"30\" viewBox=\"0 0 300 30\" role=\"img\" "
                    "aria-label=\"accuracy first %d, latest %d\">"
                    "<rect x=\"0\" y=\"1\" width=\"300\" height=\"12\" rx=\"3\" fill=\"#edf1f5\"/>"
                    "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"12\" rx=\"3\" fill=\"%s\" "
                    "opacity=\".35\"/>"
                    "<rect x=\"0\" y=\"16\" width=\"300\" height=\"12\" rx=\"3\" fill=\"#edf1f5\"/>"
                    "<rect x=\"0\" y=\"16\" width=\"%.1f\" height=\"12\" rx=\"3\" fill=\"%s\"/>"
                    "</svg>",
                    pct_int(fa / na), pct_int(la / na), 3.0 * pct_int(fa / na), skill_colour(k),
                    3.0 * pct_int(la / na), skill_colour(k));
            fprintf(f, "<span>%d%% &rarr; <b>%d%%</b> accuracy<br>", pct_int(fa / na),
                    pct_int(la / na));
        } else {
            fputs("<span><span class=\"meta\">no accuracy recorded</span><br>", f);
        }
        fprintf(f,
                "<small>score %d%% &rarr; %d%%</small></span> <small>%d learner%s</small></div>\n",
                pct_int(fs / ns), pct_int(ls / ns), ns, ns == 1 ? "" : "s");
    }
    fputs("</div></section>\n", f);
}

static void html_learners(app_report *r, FILE *f)
{
    fputs("<section id=\"learners\"><h2>Skills by learner</h2>\n<p class=\"hint\">For each skill: "
          "the accuracy at the learner's first finished session, then at the latest "
          "(<span style=\"color:var(--up)\">green</span> when it rose, "
          "<span style=\"color:var(--down)\">red</span> when it fell), and the best; under it, "
          "the score the same way. In the charts the hollow dot is the first, the filled dot "
          "the latest and the tick the best. Sessions of different scenarios are in the same "
          "line; for progress on one scenario, see who improved most.</p>\n",
          f);
    if (r->n_lr == 0) {
        fputs("<p>No progress files could be read.</p></section>\n", f);
        return;
    }
    fputs("<div class=\"scroll\"><table class=\"learners\"><thead><tr><th>Learner</th>"
          "<th>Sessions</th>",
          f);
    for (int k = 0; k < r->n_skills; k++) {
        char label[80];
        skill_label(r->skills[k], label, sizeof label);
        fputs("<th>", f);
        esc(f, label);
        fputs("</th>", f);
    }
    fputs("</tr></thead><tbody>\n", f);
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->order ? r->order[oi] : oi];
        fputs("<tr><td class=\"who\">", f);
        esc(f, l->shown);
        fprintf(f, "</td><td class=\"num\">%d", l->n_finished);
        int unfinished = 0;
        for (int i = 0; i < l->n_sess; i++)
            unfinished += !finished(r->sess[l->sess[i]].r);
        if (unfinished) fprintf(f, " <small class=\"meta\">+%d unfinished</small>", unfinished);
        if (l->n_drills)
            fprintf(f, " <small class=\"meta\">+%d drill%s</small>", l->n_drills,
                    l->n_drills == 1 ? "" : "s");
        fputs("</td>", f);
        for (int k = 0; k < r->n_skills; k++) {
            fputs("<td class=\"num\">", f);
            if (!l->pct[k].count) {
                fputs("<span class=\"meta\">&ndash;</span></td>", f);
                continue;
            }
            bool is_acc;
            const rp_fig *g = lead_fig(l, k, &is_acc);
            const rp_fig *p = &l->pct[k];
            fputs("<div class=\"fig\">", f);
            dumbbell(f, g->first, g->latest, g->best, g->count);
            fputs("<span>", f);
            if (!is_acc) fputs("<small class=\"meta\">no accuracy recorded</small><br>", f);
            if (g->count >= 2)
                fprintf(f, "%s%d%% &rarr; <b>%d%%</b><br><small>best %d%%</small>",
                        is_acc ? "" : "score ", pct_int(g->first), pct_int(g->latest),
                        pct_int(g->best));
            else
                fprintf(f, "%s<b>%d%%</b><br><small>one session</small>", is_acc ? "" : "score ",
                        pct_int(g->latest));
            if (is_acc) {
                if (p->count >= 2)
                    fprintf(f, "<br><small class=\"score\">score %d%% &rarr; %d%%</small>",
                            pct_int(p->first), pct_int(p->latest));
                else
                    fprintf(f, "<br><small class=\"score\">score %d%%</small>", pct_int(p->latest));
            }
            fputs("</span></div></td>", f);
        }
        fputs("</tr>\n", f);
    }
    fputs("</tbody></table></div></section>\n", f);
}

/* ---- confidence before and after, per learner (docs/practice.md) ---- */

/* How confident each learner said they felt before and after their finished
 * sessions (1 to 5): the first and latest answers and the mean change. Only
 * learners who were asked appear; the section is left out when none was.
 * Words typed in "say it first" are never read here. */
static void html_confidence(app_report *r, FILE *f)
{
    bool any = false;
    for (int i = 0; i < r->n_sess && !any; i++)
        any = counts(r->sess[i].r) &&
              (r->sess[i].r->confidence_before || r->sess[i].r->confidence_after);
    if (!any) return;
    fputs("<section id=\"confidence\"><h2>Confidence before and after</h2>\n<p class=\"hint\">"
          "How confident each learner said they felt about a conversation like the one they "
          "were about to have (before) and had just had (after), 1 to 5, at their first and "
          "latest rated sessions; the change is the mean of after minus before over the "
          "sessions rated both times.</p>\n<div class=\"scroll\"><table><thead><tr>"
          "<th>Learner</th><th>Rated</th><th>Before</th><th>After</th><th>Change</th></tr>"
          "</thead><tbody>\n",
          f);
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->order ? r->order[oi] : oi];
        int nb = 0, na = 0, np = 0, fb = 0, lb = 0, fa = 0, la = 0;
        double gain = 0;
        for (int i = 0; i < l->n_sess; i++) {
            const st_record *rec = r->sess[l->sess[i]].r;
            if (!counts(rec)) continue;
            if (rec->confidence_before) {
                fb = nb++ ? fb : rec->confidence_before;
                lb = rec->confidence_before;
            }
            if (rec->confidence_after) {
                fa = na++ ? fa : rec->confidence_after;
                la = rec->confidence_after;
            }
            if (rec->confidence_before && rec->confidence_after) {
                gain += rec->confidence_after - rec->confidence_before;
                np++;
            }
        }
        if (!nb && !na) continue;
        fputs("<tr><td class=\"who\">", f);
        esc(f, l->shown);
        fprintf(f, "</td><td class=\"num\">%d</td><td class=\"num\">", nb > na ? nb : na);
        if (nb)
            fprintf(f, "%d &rarr; <b>%d</b>", fb, lb);
        else
            fputs("<span class=\"meta\">&ndash;</span>", f);
        fputs("</td><td class=\"num\">", f);
        if (na)
            fprintf(f, "%d &rarr; <b>%d</b>", fa, la);
        else
            fputs("<span class=\"meta\">&ndash;</span>", f);
        fputs("</td><td class=\"num\">", f);
        if (np)
            fprintf(f, "%+.1f", gain / np);
        else
            fputs("<span class=\"meta\">&ndash;</span>", f);
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody></table></div></section>\n", f);
}

static void html_improved(app_report *r, FILE *f)
{
    fputs("<section id=\"improved\"><h2>Who improved most</h2>\n<p class=\"hint\">For each "
          "learner who finished a scenario two or more times: accuracy at the latest attempt "
          "minus the first attempt <em>of that same scenario</em>, in points, averaged over "
          "its skills (and over such scenarios when there are several). Drills do not count. "
          "A different scenario is not compared: an easier one would look like "
          "progress.</p>\n",
          f);
    int *idx = malloc(sizeof(int) * (size_t)(r->n_lr + 1));
    int n = 0;
    double maxabs = 10;
    for (int oi = 0; idx && oi < r->n_lr; oi++) {
        int i = r->order ? r->order[oi] : oi;
        if (!r->lr[i].has_gain) continue;
        idx[n++] = i;
        double a = r->lr[i].gain < 0 ? -r->lr[i].gain : r->lr[i].gain;
        if (a > maxabs) maxabs = a;
    }
    for (int i = 1; i < n; i++) /* largest gain first; ties keep the name order */
        for (int k = i; k > 0 && r->lr[idx[k]].gain > r->lr[idx[k - 1]].gain; k--) {
            int t = idx[k];
            idx[k] = idx[k - 1];
            idx[k - 1] = t;
        }
    if (n == 0) {
        fputs("<p>Nobody has finished one scenario twice yet, so there is no change to "
              "show.</p>",
              f);
    } else {
        const rp_learner *top = &r->lr[idx[0]];
        int best = (int)(top->gain + (top->gain < 0 ? -0.5 : 0.5));
        if (top->gain > 0.5) {
            /* Everyone who shares the top figure, as shown (rounded): naming
             * one of several equals would be arbitrary. */
            int tied = 1;
            while (tied < n && (int)(r->lr[idx[tied]].gain + 0.5) == best)
                tied++;
            fputs("<p class=\"lead\">", f);
            for (int k = 0; k < tied; k++) {
                if (k) fputs(k == tied - 1 ? " and " : ", ", f);
                fputs("<b>", f);
                esc(f, r->lr[idx[k]].shown);
                fputs("</b>", f);
            }
            fprintf(f, " improved most: %+d points of accuracy%s.</p>\n", best,
                    tied > 1 ? " each" : "");
        }
        fputs("<div class=\"rows\">", f);
        for (int k = 0; k < n; k++) {
            const rp_learner *l = &r->lr[idx[k]];
            int g = (int)(l->gain + (l->gain < 0 ? -0.5 : 0.5));
            double half = 150, w = half * (g < 0 ? -g : g) / maxabs;
            double x = g < 0 ? half - w : half;
            fputs("<div class=\"label\">", f);
            esc(f, l->shown);
            fputs(" <small class=\"meta\">", f);
            if (l->gain_scenarios == 1) {
                esc(f, l->gain_title);
                fprintf(f, ", %d attempts", l->gain_attempts);
            } else {
                fprintf(f, "%d scenarios", l->gain_scenarios);
            }
            fprintf(f,
                    "</small></div><div class=\"val\"><svg width=\"300\" height=\"18\" "
                    "viewBox=\"0 0 300 18\" role=\"img\" aria-label=\"%+d points\">"
                    "<rect x=\"0\" y=\"3\" width=\"300\" height=\"12\" rx=\"3\" fill=\"#edf1f5\"/>"
                    "<rect class=\"bar %s\" x=\"%.1f\" y=\"3\" width=\"%.1f\" height=\"12\"/>"
                    "<line class=\"axis\" x1=\"150\" y1=\"0\" x2=\"150\" y2=\"18\"/></svg>"
                    "<b>%+d</b> <small>points</small></div>\n",
                    g, g < 0 ? "down" : "up", x, w, g);
        }
        fputs("</div>", f);
    }
    bool once = false;
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->order ? r->order[oi] : oi];
        if (l->has_gain) continue;
        fputs(once ? ", "
                   : "<p class=\"legend\">Not compared, since no scenario was finished twice "
                     "with accuracy recorded: ",
              f);
        esc(f, l->shown);
        once = true;
    }
    if (once) fputs(".</p>", f);
    fputs("</section>\n", f);
    free(idx);
}

static void html_mistakes(app_report *r, FILE *f)
{
    fputs("<section id=\"mistakes\"><h2>Most common mistakes</h2>\n<p class=\"hint\">How often "
          "the group made each kind of mistake, counted over every session, and how many "
          "learners made it at least once.</p>\n",
          f);
    if (r->n_tags == 0) {
        fputs("<p>No mistakes recorded.</p></section>\n", f);
        return;
    }
    int max = r->tags[0].count;
    fputs("<div class=\"rows\">", f);
    for (int i = 0; i < r->n_tags; i++) {
        const rp_tag *t = &r->tags[i];
        const char *phrase = phrase_at(phrase_index(t->tag), NULL);
        fputs("<div class=\"label\">", f);
        char cap[120];
        snprintf(cap, sizeof cap, "%s", phrase);
        cap[0] = (char)(cap[0] >= 'a' && cap[0] <= 'z' ? cap[0] - 'a' + 'A' : cap[0]);
        esc(f, cap);
        fputs(" <small class=\"meta\">", f);
        esc(f, t->tag);
        fputs("</small></div><div class=\"val\">", f);
        char aria[160];
        snprintf(aria, sizeof aria, "%d times", t->count);
        hbar(f, t->count, max, 300, "mistake", aria);
        fprintf(f, "<b>%d&times;</b> <small>by %d of %d learner%s</small></div>\n", t->count,
                t->learners, r->n_lr, r->n_lr == 1 ? "" : "s");
    }
    fputs("</div></section>\n", f);
}

/* How a choice is described in "62% ... here". */
static const char *choice_phrase(const core_choice *c, bool *mistake)
{
    *mistake = false;
    if (!c) return "said something no longer in the scenario";
    int best = -1;
    for (int t = 0; t < c->n_tags; t++) {
        int p = phrase_index(c->tags[t]);
        if (p >= 0 && (best < 0 || p < best)) best = p; /* mistakes come first in the table */
    }
    if (best >= 0) {
        return phrase_at(best, mistake);
    }
    return c->text[0] == '(' ? "chose this" : "said this";
}

static void choice_effect(FILE *f, const core_scenario *m, const core_choice *c)
{
    bool any = false;
    for (int k = 0; k < m->n_skills; k++) {
        if (!c->has_score[k] || c->score[k] == 0) continue;
        char label[80];
        skill_label(m->skills[k], label, sizeof label);
        fputs(any ? ", " : "<span class=\"fx\">", f);
        esc(f, label);
        fprintf(f, " %+g", c->score[k]);
        any = true;
    }
    if (c->gives) {
        fputs(any ? ", gives" : "<span class=\"fx\">gives", f);
        any = true;
    }
    if (c->asks) {
        fputs(any ? ", asks" : "<span class=\"fx\">asks", f);
        any = true;
    }
    if (any) fputs("</span>", f);
}

static void html_choice_row(FILE *f, int n, int total, const char *phrase, bool mistake,
                            const char *said, const char *feedback, const core_scenario *m,
                            const core_choice *c)
{
    int p = share(n, total);
    fprintf(f, "<div class=\"choice%s\"><div class=\"pct\">%d%%<small>%d of %d</small>",
            n ? "" : " none", p, n, total);
    char aria[64];
    snprintf(aria, sizeof aria, "%d%%", p);
    hbar(f, n, total, 88, mistake ? "mistake" : "", aria);
    fprintf(f, "</div><div><p class=\"share%s\">%d%% ", mistake ? " mistake" : "", p);
    esc(f, phrase);
    fputs(" here</p><p class=\"said\">", f);
    if (said) {
        fputs("&ldquo;", f);
        esc(f, said);
        fputs("&rdquo;", f);
    }
    if (m && c) choice_effect(f, m, c);
    fputs("</p>", f);
    if (feedback && feedback[0]) {
        fputs("<p class=\"fb\">", f);
        esc(f, feedback);
        fputs("</p>", f);
    }
    fputs("</div></div>\n", f);
}

static void html_node(FILE *f, const rp_scen *s, rp_node *n)
{
    const core_scenario *m = s->model ? scr_model(s->model) : NULL;
    int ni = m ? core_find_node(m, n->id) : -1;
    const core_node *mn = ni >= 0 ? &m->nodes[ni] : NULL;
    fputs("<div class=\"node\"><p class=\"line\">", f);
    if (mn) {
        if (mn->speaker >= 0) {
            fputs("<b>", f);
            esc(f, m->cast[mn->speaker].name);
            fputs(":</b> ", f);
            if (mn->text) {
                fputs("&ldquo;", f);
                esc(f, mn->text);
                fputs("&rdquo;", f);
            }
        } else if (mn->text) {
            fputs("<em>", f);
            esc(f, mn->text);
            fputs("</em>", f);
        }
        if (!mn->text) fputs("<em>(this line depends on earlier choices)</em>", f);
    } else {
        fputs("<em>At &ldquo;", f);
        esc(f, n->id);
        fputs("&rdquo;</em>", f);
    }
    fprintf(f, " <span class=\"fx\">%d choice%s made here</span></p>\n", n->total,
            n->total == 1 ? "" : "s");
    if (mn && mn->discuss) {
        fputs("<p class=\"discuss\">Ask the room: ", f);
        esc(f, mn->discuss);
        fputs("</p>\n", f);
    }
    for (int i = 0; i < n->n_c; i++)
        n->c[i].matched = false;
    if (mn) { /* the author's order, with choices nobody took at 0% */
        for (int j = 0; j < mn->n_choices; j++) {
            const core_choice *c = &mn->choices[j];
            int cnt = 0;
            for (int i = 0; i < n->n_c; i++)
                if (strcmp(n->c[i].choice, c->id) == 0) {
                    cnt = n->c[i].n;
                    n->c[i].matched = true;
                }
            bool mistake;
            const char *phrase = choice_phrase(c, &mistake);
            html_choice_row(f, cnt, n->total, phrase, mistake, c->text, c->feedback, m, c);
        }
    }
    for (int i = 0; i < n->n_c; i++) {
        const rp_count *k = &n->c[i];
        if (k->matched) continue;
        bool timeout = strcmp(k->choice, "timeout") == 0;
        html_choice_row(f, k->n, n->total,
                        timeout ? "let the clock run out"
                        : m     ? "said something no longer in the scenario"
                                : "said this",
                        false, timeout ? NULL : k->text, NULL, NULL, NULL);
    }
    fputs("</div>\n", f);
}

static int cmp_node_order(const void *pa, const void *pb, const core_scenario *m)
{
    const rp_node *a = pa, *b = pb;
    int ia = m ? core_find_node(m, a->id) : -1, ib = m ? core_find_node(m, b->id) : -1;
    if (ia < 0) ia = 1 << 20;
    if (ib < 0) ib = 1 << 20;
    if (ia != ib) return ia - ib;
    return a->order - b->order;
}

static void html_scenarios(app_report *r, FILE *f)
{
    fputs("<section id=\"scenarios\"><h2>Scenarios, node by node</h2>\n<p class=\"hint\">At every "
          "point where learners chose, the share of the group's choices that went each way, "
          "beside what was said and the feedback the learner saw. Every session counts, "
          "finished or not; a learner who played twice counts twice.</p>\n",
          f);
    if (r->n_sc == 0) fputs("<p>No sessions recorded.</p>", f);
    if (r->n_sc > 1) {
        fputs("<p class=\"toc\">", f);
        for (int i = 0; i < r->n_sc; i++) {
            fprintf(f, "%s<a href=\"#scenario-%d\">", i ? " &middot; " : "", i + 1);
            const core_scenario *m = r->sc[i].model ? scr_model(r->sc[i].model) : NULL;
            esc(f, m ? m->title : r->sc[i].title ? r->sc[i].title : r->sc[i].id);
            fputs("</a>", f);
        }
        fputs("</p>\n", f);
    }
    for (int i = 0; i < r->n_sc; i++) {
        rp_scen *s = &r->sc[i];
        const core_scenario *m = s->model ? scr_model(s->model) : NULL;
        fprintf(f, "<article class=\"scen\" id=\"scenario-%d\"><h3>", i + 1);
        esc(f, s->title ? s->title : s->id);
        fputs("</h3>\n<p class=\"meta\">", f);
        esc(f, s->id);
        fprintf(f, " &middot; %d session%s by %d learner%s &middot; %d finished", s->n_sess,
                s->n_sess == 1 ? "" : "s", s->n_learners, s->n_learners == 1 ? "" : "s",
                s->n_finished);
        bool any = false;
        for (int k = 0; k < r->n_skills; k++) {
            if (!s->avg_n[k]) continue;
            char label[80];
            skill_label(r->skills[k], label, sizeof label);
            fputs(any ? ", " : " &middot; on average: ", f);
            any = true;
            esc(f, label);
            if (s->acc_n[k])
                fprintf(f, " %d%% accuracy <small>(score %d%%)</small>", pct_int(s->acc[k]),
                        pct_int(s->avg[k]));
            else
                fprintf(f, " score %d%%", pct_int(s->avg[k]));
        }
        fputs("</p>\n", f);
        if (s->n_out) {
            fputs("<div class=\"chips\">", f);
            for (int k = 0; k < s->n_out; k++) {
                const char *g = s->out[k].grade;
                bool known = g && (!strcmp(g, "good") || !strcmp(g, "mixed") || !strcmp(g, "poor"));
                fprintf(f, "<span class=\"chip %s\">", known ? g : "");
                esc(f, s->out[k].label);
                fprintf(f, " &times; %d</span>", s->out[k].n);
            }
            fputs("</div>\n", f);
        }
        if (s->item) {
            fprintf(f, "<p class=\"meta\">In the pack: %d of %d &middot; %s", s->pack_pos,
                    r->pack->n_items, scr_pack_mode_name(s->item->mode));
            if (s->item->time_limit > 0) fprintf(f, " &middot; %g min", s->item->time_limit / 60.0);
            fputs("</p>\n", f);
            if (s->item->n_prompts) {
                fputs("<p class=\"plabel\">For the debrief</p><ul class=\"prompts\">", f);
                for (int k = 0; k < s->item->n_prompts; k++) {
                    fputs("<li>", f);
                    esc(f, s->item->prompts[k]);
                    fputs("</li>", f);
                }
                fputs("</ul>\n", f);
            }
        }
        if (!m)
            fputs("<p class=\"note\">The scenario file was not found here, so the lines and "
                  "feedback are missing; what learners said is shown as recorded.</p>\n",
                  f);
        else if (s->version_differs)
            fprintf(f,
                    "<p class=\"note\">Some sessions were played on another version of this "
                    "scenario (this file is version %d); choices it no longer has are listed "
                    "as recorded.</p>\n",
                    s->model_version);
        /* nodes in the author's order (insertion sort: lists are short) */
        for (int a = 1; a < s->n_nodes; a++)
            for (int b = a; b > 0 && cmp_node_order(&s->nodes[b], &s->nodes[b - 1], m) < 0; b--) {
                rp_node t = s->nodes[b];
                s->nodes[b] = s->nodes[b - 1];
                s->nodes[b - 1] = t;
            }
        for (int k = 0; k < s->n_nodes; k++)
            html_node(f, s, &s->nodes[k]);
        fputs("</article>\n", f);
    }
    fputs("</section>\n", f);
}

bool app_report_write_html(app_report *r, FILE *f)
{
    analyse(r);
    char now[32];
    st_now(now, sizeof now);
    const char *when = r->o.generated ? r->o.generated : now;
    char pretty[64];
    /* "2026-11-25T10:04:10Z" -> "2026-11-25 10:04 UTC" */
    if (strlen(when) == 20 && when[10] == 'T' && when[19] == 'Z') {
        snprintf(pretty, sizeof pretty, "%.10s %.5s UTC", when, when + 11);
        when = pretty;
    }
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"rapport " RAPPORT_VERSION "\">\n"
          "<title>",
          f);
    if (r->pack) {
        esc(f, r->pack->title);
        fputs(": ", f);
    }
    fputs("Workshop report</title>\n<style>\n", f);
    fputs(CSS, f);
    fputs("</style></head><body><main>\n<header class=\"top\"><h1>", f);
    if (r->pack) {
        esc(f, r->pack->title);
        fputs(": workshop report", f);
    } else {
        fputs("Workshop report", f);
    }
    fputs("</h1><p>", f);
    fprintf(f, "%d learner%s &middot; %d session%s &middot; %d scenario%s &middot; made ", r->n_lr,
            r->n_lr == 1 ? "" : "s", r->n_sess, r->n_sess == 1 ? "" : "s", r->n_sc,
            r->n_sc == 1 ? "" : "s");
    esc(f, when);
    if (r->o.anonymise) fputs(" &middot; names replaced by pseudonyms", f);
    if (r->n_pr)
        fprintf(f, " &middot; <b>%d problem%s with the input</b>", r->n_pr,
                r->n_pr == 1 ? "" : "s");
    fputs("</p>\n<nav>", f);
    if (r->n_pr) fputs("<a href=\"#problems\">Problems with the input</a>", f);
    fputs("<a href=\"#overview\">At a glance</a><a href=\"#learners\">Skills by "
          "learner</a><a href=\"#improved\">Who improved most</a><a href=\"#mistakes\">Common "
          "mistakes</a><a href=\"#scenarios\">Scenarios</a></nav></header>\n",
          f);
    html_problems(r, f);
    html_overview(r, f);
    html_learners(r, f);
    html_confidence(r, f); /* docs/practice.md */
    html_improved(r, f);
    html_mistakes(r, f);
    html_scenarios(r, f);
    fputs("<footer>Made by rapport " RAPPORT_VERSION " from progress files; nothing in this "
          "page is loaded from elsewhere.</footer>\n</main></body></html>\n",
          f);
    return !ferror(f);
}

/* ---- CSV (RFC 4180) ---- */

static void csv_field(FILE *f, const char *s, bool text)
{
    s = nz(s);
    /* A leading = + - @ makes spreadsheets run the cell as a formula; a quote
     * mark in front keeps a name such as "=cmd" plain text. */
    bool formula = text && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                            s[0] == '\t' || s[0] == '\r');
    bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
    if (!quote) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    if (formula) fputc('\'', f);
    for (const char *p = s; *p; p++) {
        if (*p == '"') fputc('"', f);
        fputc(*p, f);
    }
    fputc('"', f);
}

bool app_report_write_csv(app_report *r, FILE *f)
{
    analyse(r);
    fputs("learner,scenario,title,mode,kind,attempt,started,ended,finished,outcome,grade,choices",
          f);
    const char *const fig[] = {"accuracy", "percent"};
    for (int a = 0; a < 2; a++)
        for (int k = 0; k < r->n_skills; k++) {
            fputc(',', f);
            char h[96];
            snprintf(h, sizeof h, "%s_%s", r->skills[k], fig[a]);
            csv_field(f, h, true);
        }
    fputs(",problem,problem_detail\r\n", f);
    /* Problems first, as at the top of the HTML: rows with a `problem` are not
     * sessions, and their session columns stay empty. */
    for (int i = 0; i < r->n_pr; i++) {
        const rp_problem *p = &r->pr[i];
        if (p->kind == RP_MERGED) csv_field(f, r->lr[p->lr[0]].shown, true);
        for (int k = 0; k < 12 + 2 * r->n_skills; k++)
            fputc(',', f);
        csv_field(f, KINDS[p->kind].code, true);
        fputc(',', f);
        char *t = problem_text(r, p, !r->o.anonymise);
        csv_field(f, t ? t : "out of memory", true);
        free(t);
        fputs("\r\n", f);
    }
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->order ? r->order[oi] : oi];
        for (int i = 0; i < l->n_sess; i++) {
            const st_record *rec = r->sess[l->sess[i]].r;
            bool fin = finished(rec);
            csv_field(f, l->shown, true);
            fputc(',', f);
            csv_field(f, rec->scenario, true);
            fputc(',', f);
            csv_field(f, rec->title, true);
            fputc(',', f);
            csv_field(f, rec->mode, true);
            fputc(',', f);
            csv_field(f, rec->kind ? rec->kind : "session", true);
            fputc(',', f);
            if (rec->attempt > 0) fprintf(f, "%d", rec->attempt);
            fputc(',', f);
            csv_field(f, rec->started, true);
            fputc(',', f);
            csv_field(f, rec->ended, true);
            fprintf(f, ",%s,", fin ? "yes" : "no");
            csv_field(f, rec->outcome, true);
            fputc(',', f);
            csv_field(f, rec->grade, true);
            fprintf(f, ",%d", rec->n_choices);
            for (int a = 0; a < 2; a++)
                for (int k = 0; k < r->n_skills; k++) {
                    fputc(',', f);
                    const st_skill *sk = fin ? rec_skill(rec, r->skills[k]) : NULL;
                    if (sk && a == 0 && sk->has_accuracy) fprintf(f, "%.1f", sk->accuracy);
                    if (sk && a == 1) fprintf(f, "%.1f", sk->percent);
                }
            fputs(",,\r\n", f);
        }
    }
    return !ferror(f);
}

bool app_report_save(app_report *r, const char *path, bool html, char *msg, size_t msglen)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    bool ok = f && (html ? app_report_write_html(r, f) : app_report_write_csv(r, f));
    if (f && fclose(f) != 0) ok = false;
    int e = ENOMEM;
    const char *what = "";
    if (ok) {
        st_file_err w = st_file_write_atomic(path, text, len, 0600, false);
        e = errno;
        ok = w == ST_FILE_DONE;
        if (w == ST_FILE_NO_FOLDER) what = "its folder cannot be made: ";
    }
    if (!ok) snprintf(msg, msglen, "%s cannot be written: %s%s", path, what, strerror(e));
    free(text);
    return ok;
}
