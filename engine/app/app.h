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

/* ---- ending labels across scenarios (endings.c) ---- */

/* The words of recorded sessions' ending labels in the player's language,
 * for lists of sessions from many scenarios (`rapport progress`). Each
 * scenario is loaded once, when one of its labels is first asked for, and
 * only its endings' words are kept; in English nothing is loaded. */
typedef struct app_endings app_endings; /* opaque */

/* lib: where scenario ids are found (borrowed: it must outlive the result),
 * or NULL to scan app_library_dir() when first needed. NULL when out of
 * memory. Free with app_endings_free. */
app_endings *app_endings_new(const app_library *lib);
void app_endings_free(app_endings *e); /* NULL is fine */
/* label, an ending of scenario (an id), in the player's language: the
 * scenario's translation of its words (`endings.LABEL`), else the program's
 * for the conventional labels, else NULL (show the label as recorded, so
 * English is unchanged). Borrowed: valid while e is. e may be NULL. */
const char *app_endings_words(app_endings *e, const char *scenario, const char *label);
/* A session's saved title and homework in the player's language: when the
 * scenario (an id, found in lib as app_endings_new does; lib may be NULL)
 * has a translation into it and a saved text is the scenario's own as
 * written, *title_tr / *homework_tr get the translation (malloc'ed; the
 * caller frees), else NULL (show the saved text). Loads the scenario twice
 * (translated, as written): once per question, never per frame. In English
 * nothing is loaded. True when either was translated. */
bool app_saved_words(const app_library *lib, const char *scenario, const char *title,
                     const char *homework, char **title_tr, char **homework_tr);

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
/* An ending's label (a node's `ending`) in the player's language, for
 * display only: the scenario's translation of it (`endings.LABEL`), else the
 * program's for the conventional words (done, good, mixed, poor), else NULL
 * when there is none (show the label as before, so English is unchanged).
 * Borrowed: valid while p is open. Files and JSON keep the label itself. */
const char *app_play_ending(const app_play *p, const char *label);
/* A node's grade ("good", "mixed", "poor") in the player's language, for
 * display; grade itself when there is no translation. Static or borrowed. */
const char *app_grade_label(const char *grade);
/* The language p's scenario is shown in: the code of the translation it was
 * loaded with ("fr"), or NULL when it is as written. Borrowed. */
const char *app_play_language(const app_play *p);
/* Per-skill raw, best, worst and percent for the session so far. */
void app_play_result(const app_play *p, app_result *out);
/* What each visible choice at the current node would add to each skill
 * (score plus the value-before-asking rule), for coach and debrief views. */
void app_choice_effect(const app_play *p, int choice_index, double out[CORE_MAX_SKILLS]);
/* Builds a progress record of the session (finished or not); free with st_record_free. */
bool app_play_record(const app_play *p, const char *mode, const char *started, st_record *out);

/* ---- recording a finished session (record.c) ---- */

/* What the room's phones voted at one step (the presenter view's room vote,
 * docs/workshops.md): counts only, never who voted. */
#define APP_ROOM_MAX 16 /* choices per step the counts can hold */
typedef struct app_room_votes {
    int n;                   /* choices counted, in the shown order; 0: no vote here */
    int votes[APP_ROOM_MAX]; /* phones per choice */
    int phones;              /* phones that had joined the room by then */
} app_room_votes;

typedef struct app_record_req {
    const char *progress_file; /* <data dir>/<slug>.json (st_player_file) */
    const char *player;
    const char *mode;    /* "practice" or "assessed" */
    const char *started; /* ISO 8601 UTC when the session began; NULL = now */
    const char *kind;    /* "session" (NULL) or "drill" */
    const char *pack;    /* exercise pack id for the learning records, or NULL */
    int confidence_before, confidence_after; /* 1..5, 0 when not asked */
    const app_room_votes *room; /* [n_room], one per step of the session in order; borrowed,
                                 * NULL when the room never voted (st_choice.room_votes) */
    int n_room;
    /* Deliberate practice (docs/practice.md), saved with the session in the
     * same write, in the player's file only (never in learning records):
     * the scenario's homework the debrief ends with (NULL: none), and the
     * words typed at step i in say it first (said[i], NULL or "" when none;
     * n_said entries, borrowed). */
    const char *homework;
    const char *const *said;
    int n_said;
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
app_checked *app_check_text(const char *name, const char *buf, size_t len, const app_library *lib,
                            core_diags *d);
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

/* A player's place in a pack, kept between windows in its own small file
 * (docs/pack-place.schema.json): per entry, finished at least once, and when
 * its clock started (UTC milliseconds since 1970, 0 not yet). done and
 * started are arrays of p->n_items the caller owns. */
typedef enum app_place_status {
    APP_PLACE_NONE,      /* no file yet: a fresh start */
    APP_PLACE_READ,      /* read */
    APP_PLACE_SET_ASIDE, /* damaged: renamed aside (msg says to what), a fresh start */
    APP_PLACE_FAILED     /* could not be read or set aside (msg says why), a fresh start */
} app_place_status;
/* <data_dir>/packs/<player's file name>.<pack id>.place.json; malloc'ed, NULL
 * when out of memory. */
char *app_pack_place_file(const char *data_dir, const char *player, const char *pack_id);
/* Reads file into done/started (all false and 0 first). Entries are matched
 * by scenario id and occurrence, so an edited pack keeps what it still has. */
app_place_status app_pack_place_load(const char *file, const core_pack *p, const char *player,
                                     bool *done, long long *started, char *msg, size_t n);
/* Replaces file durably (temp file, fsync, rename). False with msg set when not written. */
bool app_pack_place_save(const char *file, const core_pack *p, const char *player, const bool *done,
                         const long long *started, char *msg, size_t n);

/* Now on the place's clock: UTC milliseconds since 1970 (pack clocks outlive
 * the program that started them). */
long long app_pack_place_now(void);
/* A clock read from a place (started[i]), as the window and the terminal take
 * it: 0 when not started, now when it is ahead of now. */
long long app_pack_place_clock(long long started, long long now);

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

/* ---- practice: drilling one moment, and reviewing it spaced (drill.c,
 * review.c; issue 16, docs/practice.md) ---- */

#define APP_DRILL_DECISIONS 2 /* a drill ends after this many decisions, or at an ending */

typedef struct app_drill app_drill; /* opaque: a short run from one moment of a conversation */

/* What a drill changed, for the front ends to show (app_drill_sum_text). */
typedef struct app_drill_sum {
    int decisions; /* decisions made in the drill */
    int n_skills;
    const char *skills[CORE_MAX_SKILLS]; /* borrowed from the scenario */
    double earned[CORE_MAX_SKILLS];      /* what the drill's choices earned */
    double best[CORE_MAX_SKILLS];        /* what the best choice at each of its moments earns */
    int n_trust;                         /* cast members whose trust changed */
    const char *trust_who[8];            /* their names; borrowed */
    double trust_before[8], trust_after[8];
    int n_learned;          /* facts first heard in the drill */
    const char *learned[8]; /* borrowed */
    bool best_first;        /* the moment itself: the best choice for every skill */
    int quality;            /* SM-2 grade of that first decision, 0..5 (review.c) */
    const char *outcome;    /* the ending reached, in the player's language (app_play_ending,
                             * else its label), or NULL; borrowed */
} app_drill_sum;

/* Opens file and brings a session to the moment at node `node` as the player
 * reached it in `route` (a saved session of this scenario: its choices are
 * replayed by node and choice id from the start, so the drill begins with the
 * facts, trust, goodwill, visits and author variables the player had there).
 * step picks the route's step (its index in route->choices), or -1 for the
 * first step at `node`. Without a route, or when the route no longer fits an
 * edited scenario, the drill starts at the node fresh (start anywhere) and
 * app_drill_note says so. seed shuffles the choices (design.md "Choice
 * order"). NULL with msg when the file does not load or the node is unknown.
 * Free with app_drill_close. */
app_drill *app_drill_open(const char *file, const char *node, const st_record *route, int step,
                          unsigned long seed, char *msg, size_t msglen);
#define APP_DRILL_AUTHOR_ORDER (~0ul) /* as seed: no shuffle (the window's layout tests) */
void app_drill_close(app_drill *d);   /* NULL is fine */
/* The play the front end drives (choose, timeout); borrowed from d. Its
 * session's first app_drill_first steps are the replayed route. */
app_play *app_drill_play(app_drill *d);
int app_drill_first(const app_drill *d);
/* The node the drill started at; borrowed. */
const char *app_drill_node(const app_drill *d);
/* "" or one sentence on how the drill began (for example, fresh). */
const char *app_drill_note(const app_drill *d);
/* True once APP_DRILL_DECISIONS decisions are made or the session stopped. */
bool app_drill_done(const app_drill *d);
void app_drill_summary(const app_drill *d, app_drill_sum *out);
/* The summary as a few plain lines ("Listening: +1 of a possible +2", trust,
 * facts, how the moment went). */
void app_drill_sum_text(const app_drill_sum *s, char *buf, size_t n);
/* Saves the drill as a record of kind "drill" (only its own steps; skills
 * over those steps: raw earned, best and worst the sums of the best and
 * worst effects available at them) and grades the moment into the review
 * schedule (SM-2; app_drill_save_ex says how); review is true for a moment
 * played from the review queue. today is "YYYY-MM-DD". One locked save.
 * Returns what st_update does (ST_OK or ST_SET_ASIDE: saved). */
st_status app_drill_save(const app_drill *d, const char *progress_file, const char *player,
                         const char *today, bool review, char *msg, size_t msglen);
/* What a saved drill did to its moment's review item. */
typedef struct app_drill_saved {
    bool scheduled; /* the moment is in the review queue after the save */
    bool added;     /* it joined the queue with this drill (missed, not there before) */
    bool moved;     /* its schedule changed */
    bool held;      /* answered well again on a day it was already graded: left as it was */
    char due[16];   /* when it comes back, "YYYY-MM-DD"; "" when not scheduled */
    int interval;   /* days */
} app_drill_saved;
/* app_drill_save, saying what happened to the schedule in *out. Both a
 * review and a drill outside review (from the debrief, `rapport drill`,
 * Again) grade the moment with SM-2, so a moment answered well comes back
 * later and one missed comes back the next day. Only a review counts as one
 * (st_review.reviews). Spacing needs days between: a drill outside review
 * answered well on a day the moment was already graded leaves it as it is
 * (held); a miss always sets it back. A moment not in the queue joins it
 * only when missed. */
st_status app_drill_save_ex(const app_drill *d, const char *progress_file, const char *player,
                            const char *today, bool review, app_drill_saved *out, char *msg,
                            size_t msglen);

/* The player's latest whole session of scenario that made a choice at node,
 * or NULL: the route a drill or review of that moment replays. Borrowed. */
const st_record *app_route_for(const st_progress *pr, const char *scenario, const char *node);

/* Calendar days, "YYYY-MM-DD". Today: $RAPPORT_TODAY when it holds a valid
 * day (tests inject the clock this way), else the local date. */
void app_today(char *buf, size_t n);
bool app_day_valid(const char *day);
/* day + days into out (at least 11 bytes). */
void app_day_add(const char *day, int days, char *out, size_t n);
/* Days from a to b (b - a). */
long app_day_diff(const char *a, const char *b);
/* The local calendar day of an ISO 8601 UTC time ("2026-12-03T18:00:00Z"). */
bool app_day_of(const char *iso_utc, char *out, size_t n);

/* SM-2 (Wozniak 1990): one review of quality q (0..5; 3 and above is a
 * success) moves (interval, ease, reps) on. A success grows the interval
 * (1 day, then 6, then the last times the ease) and nudges the ease; a miss
 * starts the repetitions again at 1 day and leaves the ease as it was. */
typedef struct app_sm2 {
    int interval; /* days */
    double ease;  /* >= 1.3 */
    int reps;
} app_sm2;
void app_sm2_next(app_sm2 *s, int q);

/* Indices into pr->reviews of the items due on or before today, the most
 * overdue first; *out is malloc'ed (free it; NULL when none). Returns the count. */
int app_review_due(const st_progress *pr, const char *today, int **out);
/* Adds the moments p's session missed (a step where a shown choice was better
 * for some skill than the one picked) to the player's review list under the
 * lock; items already there keep their schedule. New ones are due the day
 * after today. *added (may be NULL) gets how many were new. */
st_status app_review_note_session(const app_play *p, const char *progress_file, const char *player,
                                  const char *today, int *added, char *msg, size_t msglen);
/* Appends r (p's session) to the player's progress and adds the moments it
 * missed to the review list, in one locked save (st_append_with); what
 * app_record_session does for a whole session. */
st_status app_review_append(const app_play *p, const char *progress_file, const char *player,
                            st_record *r, const char *today, char *msg, size_t msglen);
/* Opens review item i of pr as a drill: its scenario found in lib by id,
 * replaying the player's latest session through that moment. NULL with msg
 * when the scenario is not in the library or the node is gone. */
app_drill *app_review_open(const st_progress *pr, int i, const app_library *lib, unsigned long seed,
                           char *msg, size_t msglen);
/* The words a person knows d's moment by: the line said there (as the drill
 * shows it, so in the scenario's translation), or its cue when it has no
 * line, on one line, cut to about 60 bytes between characters, in the
 * reader's quotation marks; "" when there are none. */
void app_drill_moment_words(app_drill *d, char *buf, size_t n);
/* Review item i of pr in words: its scenario's title as loaded (translated)
 * into title (may be NULL when tn is 0) and app_drill_moment_words into words.
 * False (both "") when the
 * item cannot be opened (app_review_open); it replays the route, so call it
 * once per item, not per frame. */
bool app_review_describe(const st_progress *pr, int i, const app_library *lib, char *title,
                         size_t tn, char *words, size_t wn);

/* The streak and the daily goal (never a reproach: docs/practice.md). */
typedef struct app_goals {
    bool on;    /* false: the learner turned them off */
    int streak; /* days in a row with a conversation, drill or review, up to today (or up to
                 * yesterday while today has none yet) */
    int today;  /* conversations, drills and reviews finished today */
    int goal;   /* the daily goal */
    int due;    /* moments due for review today */
} app_goals;
void app_goals_get(const st_progress *pr, const char *today, app_goals *out);
/* One calm line: "3 days in a row · today 1 of 3"; "" when off. */
void app_goals_line(const app_goals *g, char *buf, size_t n);

/* ---- deliberate practice: say it first, confidence, homework, their side
 * (practice_ask.c; docs/practice.md) ---- */

/* How the player says their homework went, asked the next time rapport opens. */
typedef enum app_hw_answer {
    APP_HW_DID,
    APP_HW_PARTLY,
    APP_HW_NOT_YET,
    APP_HW_SKIPPED, /* asked; the player moved on without answering */
    APP_HW_N
} app_hw_answer;
/* "did", "partly", "not_yet", "skipped": the progress file's words. */
const char *app_hw_answer_name(app_hw_answer a);
/* "I did it", "Partly", "Not yet", "Not answered": for people. */
const char *app_hw_answer_label(app_hw_answer a);
/* The answer named name, or -1. */
int app_hw_answer_from_name(const char *name);
/* A real action needs time: the question waits this long after the session. */
#define APP_HW_ASK_AFTER_S (6 * 3600)
/* Index into pr->records of the session whose homework to ask about at time
 * now (seconds since 1970), or -1: the latest finished whole session, when it
 * carries homework, has no answer yet and ended APP_HW_ASK_AFTER_S or more
 * before now. */
int app_homework_due(const st_progress *pr, long long now);
/* Now, as st_now has it ($RAPPORT_NOW when tests inject the instant, else
 * the real clock), and "2026-12-03T18:00:00Z", as seconds since 1970 (-1 when
 * not a date). */
long long app_now_seconds(void);
long long app_iso_seconds(const char *iso);

/* A change to one saved session, found by scenario and start time (the last
 * such). Every field is optional: NULL or 0 leaves it as it is. Strings are
 * borrowed. */
typedef struct app_session_note {
    const char *scenario, *started; /* which session (required) */
    const char *homework;           /* the scenario's homework the debrief showed */
    const char *const *said;        /* say it first: the words typed at step i, or NULL */
    int n_said;
    int confidence_before, confidence_after; /* 1..5 */
    const char *hw_answer;                   /* app_hw_answer_name(...) */
    const char *hw_note;                     /* the player's optional note */
} app_session_note;
/* Applies n to pr in memory; *found (may be NULL) says whether the session
 * was there. False only when memory ran out. */
bool app_session_note_apply(st_progress *pr, const app_session_note *n, bool *found);
/* Under the store's lock: loads file, applies n, saves (st_update). A session
 * that is not in the file is ST_IO_ERROR with msg saying so. */
st_status app_session_note_save(const char *file, const char *player, const app_session_note *n,
                                char *msg, size_t msglen);

/* Confidence (1..5) over the finished whole sessions that recorded it. */
typedef struct app_confidence {
    int n_before, n_after, n_pairs; /* sessions with a before, an after, both */
    double mean_before, mean_after;
    double mean_gain;              /* mean of after - before over the pairs */
    int first_before, last_before; /* the first and latest answers; 0 when none */
    int first_after, last_after;
} app_confidence;
void app_confidence_summary(const st_progress *pr, app_confidence *out);

/* Their side: whose side the replay takes (the cast member who spoke most on
 * the route of s, or in the scenario when s is NULL; -1 with no cast), their
 * name for people ("They" for -1), and whether the route has any thought. */
int app_side_person(const core_scenario *sc, const core_session *s);
const char *app_cast_name(const core_scenario *sc, int c);
bool app_side_has_thoughts(const core_scenario *sc, const core_session *s);

#endif
