/* app.h: what both front ends share. The scenario library, a playing session
 * with its timing and results, recording to progress, recommendations.
 *
 * Depends on: engine/script (private: front ends never include its headers),
 * engine/store and engine/core (public: this header uses their types). Front
 * ends (ui, cli) use this and core.h / store.h types; they never touch Lua or
 * cJSON. docs/architecture.md says what each part may include. */
#ifndef RAPPORT_APP_H
#define RAPPORT_APP_H

#include "core.h"
#include "diag.h"
#include "store.h"

/* ---- the library ---- */

typedef struct app_entry {
    char *file;                          /* path of the .lua file; owned */
    char *id, *title, *family, *summary; /* owned; title etc. are "" when the file is broken */
    int difficulty;
    int n_nodes;
    bool ok;     /* loaded without errors */
    char *error; /* first error line when !ok; owned */
    char *focus; /* the skill with the widest range of scores here; owned, NULL when broken */
} app_entry;

typedef struct app_library {
    app_entry *v; /* sorted by family, then difficulty, then title */
    int n;
} app_library;

/* Where the shipped scenarios are: $RAPPORT_SCENARIOS, else next to the
 * executable (../scenarios, ../share/rapport/scenarios), else the source tree. malloc'ed. */
char *app_library_dir(void);
/* Finds every scenario file (*.lua, not *.test.lua, *.pack.lua or rapport.lua) under dir,
 * loads and checks each. Returns false when dir cannot be read. */
bool app_library_scan(const char *dir, app_library *out);
void app_library_free(app_library *lib);
/* Index of the entry with this id, or -1. */
int app_library_find(const app_library *lib, const char *id);

/* ---- results ---- */

typedef struct app_skill_result {
    const char *name; /* borrowed from the scenario */
    double raw, best, worst, percent;
    /* design.md "Accuracy": how close each choice was to the best one
     * available at that moment, 0..100; has_accuracy false means null (no step
     * offered a difference for this skill). */
    double accuracy;
    bool has_accuracy;
} app_skill_result;

typedef struct app_result {
    app_skill_result skills[CORE_MAX_SKILLS];
    int n_skills;
    bool exact; /* best/worst exact (no loops in the graph) */
} app_result;

/* ---- playing ---- */

typedef struct app_play app_play; /* opaque: a loaded scenario plus a session */

/* Loads file and starts a session. Problems go to diags; NULL when the
 * scenario has errors. Free with app_play_close. */
app_play *app_play_open(const char *file, core_diags *diags);
/* Starts over (same scenario, fresh session). */
void app_play_restart(app_play *p);
/* Reloads the file from disk; keeps the player at the same node when it still
 * exists by replaying the same choices where possible. Returns false (and
 * keeps the old scenario) when the new file has errors. */
bool app_play_reload(app_play *p, core_diags *diags);
/* True for a run that is not a whole playthrough from the start (begun with
 * app_play_start_at elsewhere, or reloaded past an edit its history no longer
 * fits): front ends do not record it as a learner's session. */
bool app_play_partial(const app_play *p);
/* Warnings (unknown-state-key) for each key the scenario's author functions
 * have read so far from state.facts, .trust, .score or .visits that no part
 * of it defines, with the nearest real one (scr_state_findings). */
void app_play_state_findings(const app_play *p, core_diags *d);
/* Starts at a node with facts and trust ("start anywhere"). Returns false with
 * a message when a name is unknown. */
bool app_play_start_at(app_play *p, const char *node, const char *const *facts, int n_facts,
                       const char *const *trust_keys, const double *trust, int n_trust, char *msg,
                       size_t msglen);
void app_play_close(app_play *p);
/* Applies a --choices list ("1,2,t": numbers as shown, t for a timeout) to the
 * running session. Returns 0 when every item applied (the session may have
 * ended or failed: check its status), 1 when an item does not fit (msg says
 * which and what was shown), 2 when the list is malformed. */
int app_play_apply(app_play *p, const char *choices, char *msg, size_t msglen);
/* "node 'x' showed 2 choices: 1. \"...\", 2. \"...\"" for messages. */
void app_describe_shown(app_play *p, char *buf, size_t n);

/* Shuffled choice order from now on (design.md "Choice order"), for this
 * session and every one the play starts after it (restarts, reloads). */
void app_play_set_seed(app_play *p, unsigned long seed);
/* True when the play is shuffled, with the seed in *seed (may be NULL). */
bool app_play_seed(const app_play *p, unsigned long *seed);
/* A fresh seed for a learner's session (from the OS's random source). */
unsigned long app_new_seed(void);

const core_scenario *app_play_scenario(const app_play *p);
core_session *app_play_session(app_play *p);
/* Per-skill raw, best, worst and percent for the session so far. */
void app_play_result(const app_play *p, app_result *out);
/* What each visible choice at the current node would add to each skill
 * (score plus the value-before-asking rule), for coach and debrief views. */
void app_choice_effect(const app_play *p, int choice_index, double out[CORE_MAX_SKILLS]);
/* Builds a progress record of the session (finished or not); free with st_record_free. */
bool app_play_record(const app_play *p, const char *mode, const char *started, st_record *out);

/* ---- recording a finished session (record.c) ---- */

typedef struct app_record_req {
    const char *progress_file; /* <data dir>/<slug>.json (st_player_file) */
    const char *player;
    const char *mode;    /* "practice" or "assessed" */
    const char *started; /* ISO 8601 UTC when the session began; NULL = now */
    const char *kind;    /* "session" (NULL) or "drill" */
    const char *pack;    /* exercise pack id for the learning records, or NULL */
    int confidence_before, confidence_after; /* 1..5, 0 when not asked */
} app_record_req;

typedef enum app_record_status {
    APP_REC_SAVED,       /* appended to the player's file */
    APP_REC_SAVED_ASIDE, /* saved; an unreadable file was kept aside (msg says where) */
    APP_REC_PARTIAL,     /* not saved: an author's partial run (start anywhere, reload) */
    APP_REC_FAILED       /* not saved: msg says why */
} app_record_status;

typedef struct app_record_result {
    app_record_status status;
    char msg[1200];        /* what happened to the progress file; "" when nothing to say */
    bool lrs_configured;   /* an LRS is set up (rapport lrs set) */
    int lrs_queued;        /* learning records queued for it */
    bool lrs_sync_now;     /* its configuration asks to send at once (auto_sync) */
    bool lrs_queue_failed; /* configured but the records were not queued: lrs_msg says why */
    char lrs_msg[600];
} app_record_result;

/* Records the session of p (normally finished) for a learner: the one way
 * every front end saves a session. Never saves a partial run. Sending the
 * learning-record queue is left to the caller (lrs_sync). */
void app_record_session(const app_play *p, const app_record_req *req, app_record_result *out);

/* ---- authoring checks ---- */

struct app_cue_stats;
/* The checks beyond the format (docs/authoring.md lists them): facts used in
 * `when` that no path learns first, skills no choice changes, duplicate choice
 * texts at a node, and guessability (the best choice is usually the longest). */
void app_check(const core_scenario *sc, core_diags *d);
/* Loads file and runs every check; returns true when it has no errors. When
 * cues is not NULL and the scenario loaded, it gets the surface-cue figures
 * (free with app_cue_stats_free; zeroed otherwise). */
bool app_check_file(const char *file, core_diags *d, struct app_cue_stats *cues);
/* Checks an exercise pack (*.pack.lua): its form, and that every scenario it
 * names is in the library (app_library_dir). */
bool app_check_pack_file(const char *file, core_diags *d);

/* ---- checking text an editor holds (rapport lsp) ---- */

typedef struct app_checked app_checked; /* opaque: what one check of a text loaded */
/* Checks text as `rapport check name` checks that file (a scenario; a
 * NAME.test.lua against NAME.lua on disk; a pack against lib, which may be
 * NULL), in the same sandbox and limits. Findings go to d, named by name.
 * Returns what it loaded (never NULL but when out of memory); free with
 * app_checked_free. */
app_checked *app_check_text(const char *name, const char *buf, size_t len,
                            const app_library *lib, core_diags *d);
/* The scenario the check loaded (the text's own, or the one beside a test
 * file), or NULL when none loaded (errors, or a pack). Borrowed from c. */
const core_scenario *app_checked_scenario(const app_checked *c);
void app_checked_free(app_checked *c); /* NULL is fine */

/* ---- guessability: surface cues and bots (cues.c) ---- */

/* The cues a guessing learner uses, then the uniform random bot. */
enum {
    APP_CUE_FIRST,
    APP_CUE_LAST,
    APP_CUE_SHORTEST,
    APP_CUE_LONGEST,
    APP_CUE_QUESTION, /* the first choice ending in "?" */
    APP_CUE_YOU,      /* the most second-person words */
    APP_N_CUES,
    APP_BOT_RANDOM = APP_N_CUES,
    APP_N_BOTS
};
/* "first", "last", "shortest", "longest", "question", "you-words", "random". */
const char *app_cue_name(int cue);
/* Which of the n_idx choices (indices into n->choices, in display order) the
 * cue picks: 0-based position, or -1 when the cue picks none (no "?", no "you"). */
int app_cue_pick(int cue, const core_node *n, const int *idx, int n_idx);

typedef struct app_cue_stats {
    int judged;                 /* nodes with two or more choices and a unique best one */
    int hits[APP_N_CUES];       /* of those, how many each cue picks the best at */
    int *hit_nodes[APP_N_CUES]; /* node indices of the hits; owned */
} app_cue_stats;
/* Over the author's order, every `when` possibly true. Free with app_cue_stats_free. */
bool app_cue_measure(const core_scenario *sc, app_cue_stats *out);
void app_cue_stats_free(app_cue_stats *s);

typedef struct app_bot_result {
    int bot;
    long runs, good, mixed, poor, other; /* endings by grade; other = ungraded or stopped */
    double accuracy[CORE_MAX_SKILLS];    /* mean over runs that have one */
    long acc_n[CORE_MAX_SKILLS];
} app_bot_result;
/* Plays `runs` sessions of p with one bot (a cue, or APP_BOT_RANDOM), in the
 * author's order, never letting a timer run out. False when out of memory. */
bool app_bots_run(app_play *p, int bot, long runs, unsigned long seed, app_bot_result *out);
#define APP_BOT_RUNS 200 /* runs per bot unless asked otherwise */
/* Plays every bot; *worst gets the one with the most `good` endings. */
bool app_bots_worst(app_play *p, long runs, unsigned long seed, app_bot_result *worst);

/* ---- exercise packs (docs/workshops.md) ---- */

/* Loads and validates a pack file; with lib, also checks that every scenario
 * it names is in that library ("unknown-scenario" errors with a "did you
 * mean"). Problems go to d. NULL when the pack itself has errors. Free with
 * app_pack_free. */
core_pack *app_pack_load(const char *file, const app_library *lib, core_diags *d);
void app_pack_free(core_pack *p); /* NULL is fine */
/* "practice" or "assessed". */
const char *app_pack_mode_name(core_pack_mode m);

/* ---- expectations beside a scenario (NAME.test.lua, run by `rapport test`) ---- */

typedef struct app_expects app_expects; /* opaque: the cases of one .test.lua file */
typedef struct app_expect_case {
    const char *name;    /* label for messages; "case N" when the author gave none */
    const char *choices; /* the case's --choices list */
    int line;            /* in the .test.lua file */
} app_expect_case;       /* strings borrowed from the app_expects */

/* Loads file; problems go to d. NULL when it has errors. Free with app_expects_free. */
app_expects *app_expects_load(const char *file, core_diags *d);
void app_expects_free(app_expects *e); /* NULL is fine */
int app_expects_count(const app_expects *e);
app_expect_case app_expects_case(const app_expects *e, int i);
/* Checks that every name the cases use is in sc: `from` a node, `outcome`
 * an ending label, `facts`, `trust` keys and `skills`; errors (with a "did
 * you mean") into d at the case's line. */
void app_expects_check(const app_expects *e, const core_scenario *sc, core_diags *d);
/* Loads file (NAME.test.lua) and checks it against NAME.lua beside it; a
 * warning (no-scenario) when that cannot be loaded. True when no errors. */
bool app_expects_check_file(const char *file, core_diags *d);
/* Plays case i on p (from the start, or from its node with its facts and
 * trust) and compares the outcome, the error and the skills it names. True
 * when all hold; else why says what differed. */
bool app_expects_run(const app_expects *e, int i, app_play *p, char *why, size_t n);

/* ---- progress and recommendation ---- */

/* The best percent per skill the player has reached in scenario id; returns
 * false when never played. */
bool app_best_for(const st_progress *pr, const char *id, double out[CORE_MAX_SKILLS],
                  const core_scenario *sc);
/* Index into lib of the recommended next scenario, with a one-sentence
 * reason; -1 when the library is empty. */
int app_recommend(const app_library *lib, const st_progress *pr, char *reason, size_t n);

#endif
