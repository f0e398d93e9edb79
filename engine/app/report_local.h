/* report_local.h: what the parts of the class report share (report.h is the
 * public side). The report is made in four steps, one file each:
 * report_read.c takes in progress files, packs and problems with the input;
 * report_figures.c computes every figure once (rp_analyse fills the
 * "filled by rp_analyse" part of app_report); report_html.c and report_csv.c
 * write those same figures, and compute none of their own; report.c holds the
 * lifecycle, the problems in words and the durable save.
 *
 * Depends on: engine/store (records), engine/core (tags, skills, packs),
 * engine/script (scenario models). Private to engine/app/report*.c. */
#ifndef RAPPORT_APP_REPORT_LOCAL_H
#define RAPPORT_APP_REPORT_LOCAL_H

#include "report.h"

#include "app.h"
#include "pack.h"
#include "script.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

#define INPUT_MAX (64u << 20) /* bytes of one progress file */
#define RP_MAX_SKILLS 16      /* distinct skills shown; more are left out of the tables */

/* The shared vocabulary of behaviour tags lives in core (core_tag_at,
 * core_tag_phrase); mistakes come first there. */
#define N_PHRASES CORE_N_TAGS

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

/* Practice between sessions (docs/practice.md), per learner: what the
 * facilitator sees of drills, spaced review, homework and confidence. Counts
 * only: never the words typed in "say it first" nor a homework note. */
typedef struct rp_practice {
    int drills; /* records of kind "drill", finished or not (a review's run is one too) */
    /* Spaced review, from the progress file's "review" list (one moment per
     * scenario and node; a player found in two files has each moment once,
     * the copy with the most reviews): */
    int reviews;  /* reviews done: the sum of the moments' review counts */
    int moments;  /* moments in the queue */
    int due;      /* of those, due on or before the report's day (UTC) */
    int spaced;   /* of those, next due RP_SPACED_DAYS or more after the last review */
    int hw_given; /* whole sessions that ended with homework */
    int hw_did, hw_partly, hw_not_yet, hw_skipped; /* their answers; the rest not asked yet */
    /* Confidence (1 to 5) over finished whole sessions: drills never count. */
    int conf_rated;                  /* sessions rated before, after or both */
    int conf_nb, conf_na;            /* rated before; rated after */
    int before_first, before_latest; /* 0 when conf_nb is 0 */
    int after_first, after_latest;   /* 0 when conf_na is 0 */
    int conf_np;                     /* rated both times */
    double conf_change;              /* mean after minus before over those */
} rp_practice;

#define RP_SPACED_DAYS 21 /* a moment spaced this far out is counted as well held */

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
    /* Time on task: the sum of ended minus started over whole sessions (drills
     * aside) that recorded both; n_timed says how many did. */
    long seconds;
    int n_timed;
    int pack_done; /* pack entries with a finished whole session; 0 without a pack */
    rp_practice pr;
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
    /* Improvement on this scenario: the mean of the grid cells' gains. */
    double gain;
    int gain_n;
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

typedef struct rp_kind_name {
    const char *code, *label;
} rp_kind_name;
extern const rp_kind_name rp_kinds[]; /* indexed by rp_kind; in report.c */

typedef struct rp_problem {
    rp_kind kind;
    int input;   /* progress inputs: 1-based, in the order given; 0 for others */
    char *file;  /* the input as named; owned; NULL when none */
    char *why;   /* the reason in words, never a player's name; owned; may be NULL */
    char *shown; /* why in the reader's language (the terminal, the HTML box), when it
                  * differs; the CSV keeps why. Owned; NULL: why */
    int line;    /* in file, 0 when unknown */
    int *lr;     /* learners concerned (merged: 1, near-duplicates: 2 or more); owned */
    int n_lr;
    int other_file; /* merged: index into files of the file the player was first in */
    int dups;       /* merged: sessions present in both */
} rp_problem;

typedef struct rp_file {
    char *name; /* as given; owned */
    int input;  /* 1-based place among the progress inputs */
} rp_file;

/* One cell of the grid: one learner's attempts at one scenario. An attempt
 * is a whole session (kind "session"), finished or not; drills never count. */
typedef struct rp_cell {
    int attempts, finished;
    const st_record *latest;      /* the most recent attempt; borrowed; NULL: none */
    const st_record *first_done;  /* the first finished attempt; borrowed; may be NULL */
    const st_record *latest_done; /* the most recent finished attempt; borrowed */
    /* Accuracy of latest_done: the mean over its skills that have one. */
    double acc;
    bool has_acc;
    /* Improvement: latest_done minus first_done accuracy, averaged over the
     * skills both have; only when two attempts finished. Never across scenarios. */
    double gain;
    bool has_gain;
    long seconds; /* time on task over the attempts that recorded start and end */
} rp_cell;

/* Every figure the writers show, computed once by rp_analyse from the
 * sessions taken in (per learner figures are in rp_learner, per scenario in
 * rp_scen). The writers only read it. */
typedef struct rp_figures {
    const char *skills[RP_MAX_SKILLS]; /* borrowed from records */
    int n_skills;
    int *order;  /* learners sorted by shown name; owned */
    rp_scen *sc; /* owned */
    int n_sc;
    rp_tag tags[N_PHRASES]; /* mistakes over the group, most frequent first */
    int n_tags;
    rp_tag good[N_PHRASES]; /* good behaviours over the group, most frequent first */
    int n_good;
    rp_cell *grid;       /* n_lr * n_sc: the cell of learner i (index into lr) and
                          * scenario j (index into sc) is grid[i * n_sc + j]; owned */
    int n_whole;         /* whole sessions (drills aside), finished or not */
    int n_drills_all;    /* drills, over the group */
    long seconds;        /* time on task over the group */
    bool any_practice;   /* some learner has a drill, a review moment or homework */
    bool any_confidence; /* some learner rated their confidence */
} rp_figures;

struct app_report {
    app_report_opts o;
    core_pack *pack;    /* owned; NULL without one */
    st_progress *files; /* owned */
    rp_file *fmeta;     /* beside files; owned */
    int n_files;
    int n_inputs;   /* progress inputs offered, taken or not */
    rp_problem *pr; /* owned */
    int n_pr;
    int n_pr_input;   /* the first n_pr_input problems come from reading; the rest from rp_analyse()
                       */
    rp_session *sess; /* owned */
    int n_sess;
    rp_learner *lr; /* owned */
    int n_lr;
    bool analysed; /* fig is up to date with the input */
    rp_figures fig;
};

/* ---- report.c: small helpers, problems in words ---- */
/* Problems are worded twice: in English, as the CSV (the report's data)
 * keeps them in every language, and in the reader's language for the
 * terminal and the HTML box. A plural pair is marked NP_("one", "many") for
 * scripts/l10n-update (xgettext's NP_:1,2) and passed on as two arguments. */
#define NP_(one, many) (one), (many)
/* msgid in the reader's language when tr, else as written. Static. */
const char *rp_tx(bool tr, const char *msgid) __attribute__((format_arg(2)));
/* The form of one/many for n: the reader's language's when tr, else English's. */
const char *rp_txn(bool tr, const char *one, const char *many, unsigned long n)
    __attribute__((format_arg(2))) __attribute__((format_arg(3)));
/* fmt with the arguments into why (English) and its translation into shown. */
void rp_why(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* As rp_why, with the arguments in ap (used up). */
void rp_why_v(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));
/* fmt, whose one conversion is %s for errno err's words: into why with the
 * English words, into shown translated, with the locale's. */
void rp_why_err(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, int err);
/* fmt, whose one conversion is %s: with the English words en into why, and
 * translated with tr (the same words in the reader's language) into shown. */
void rp_why_words(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, const char *en,
                  const char *tr);
/* A diagnostic as "path: message" (with_line: "line N: " first when known),
 * into en with its English message and into tr with the reader's (its
 * shown, else the English). */
void rp_diag_text(const core_diag *d, bool with_line, char *en, size_t en_n, char *tr, size_t tr_n);
/* As rp_why, with the form of one/many that suits count (NP_). The
 * arguments after count are not checked against the formats: keep them
 * simple. */
void rp_why_n(char *why, size_t n, char *shown, size_t shown_n, const char *one, const char *many,
              unsigned long count, ...);
char *rp_dupstr(const char *s);
int rp_pct_int(double v);
int rp_share(int n, int total);
const char *rp_nz(const char *s);
void rp_skill_label(const char *s, char *out, size_t n);
/* tr: in the reader's language (the terminal, the HTML box), else in English
 * as the CSV keeps it. */
char *rp_problem_text(const app_report *r, const rp_problem *p, bool named, bool tr);

/* ---- report_read.c: problems with the input ---- */
void rp_drop_problems(app_report *r, int from);
/* why: the reason in English; shown: in the reader's language, or NULL
 * when the same. Both copied. */
rp_problem *rp_add_problem(app_report *r, rp_kind kind, int input, const char *file,
                           const char *why, const char *shown);
void rp_problem_learner(rp_problem *p, int learner);
bool rp_says_pack(const char *buf, size_t len);

/* ---- report_figures.c: the figures, computed once per change of input ---- */
int rp_phrase_index(const char *tag);
const char *rp_phrase_at(int i, bool *mistake);
void rp_free_analysis(app_report *r);
bool rp_finished(const st_record *rec);
bool rp_counts(const st_record *rec);
const st_skill *rp_rec_skill(const st_record *rec, const char *name);
/* A whole session: kind "session" (or none, in older files), not a drill. */
bool rp_whole(const st_record *rec);
/* Seconds from start to end, both "YYYY-MM-DDTHH:MM:SSZ"; -1 when either is
 * missing or unreadable, or end comes before start. */
long rp_seconds(const char *start, const char *end);
/* The cell of learner li (index into lr) and scenario si (index into fig.sc). */
const rp_cell *rp_cell_at(const app_report *r, int li, int si);
void rp_analyse(app_report *r);

#endif
