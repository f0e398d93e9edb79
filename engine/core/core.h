/* core.h: the conversation runtime. Scenario model, session state machine,
 * scoring and graph analysis in plain C11.
 *
 * Depends on: the C library only. No SDL, no Lua, no cJSON: author functions
 * (function-valued `text`, `to`, `when`, `cue`) are reached through the
 * core_hooks table that engine/script provides, so the whole conversation
 * logic runs and is tested without a window or an interpreter.
 *
 * Ownership: a core_scenario owns every string and array inside it; it is
 * built by engine/script (or by tests, through core_scenario_new and the
 * core_add_* helpers) and freed with core_scenario_free. A core_session
 * borrows its scenario, which must outlive it.
 */
#ifndef RAPPORT_CORE_H
#define RAPPORT_CORE_H

#include <stdbool.h>
#include <stddef.h>

#define CORE_MAX_SKILLS 8 /* a scenario may declare at most this many skills */
#define CORE_NO_FN (-1)   /* "no author function" handle */
#define CORE_NONE (-1)    /* "no index" */

/* One condition of a choice's `when`: the fact heard, or (negate) not heard. */
typedef struct core_fact_test {
    int fact; /* index into core_scenario.facts */
    bool negate;
} core_fact_test;

/* A change of trust towards one cast member. */
typedef struct core_trust_delta {
    int cast;     /* index into core_scenario.cast */
    double delta; /* added to that member's trust */
} core_trust_delta;

typedef struct core_choice {
    char *id;       /* stable id: the author's `id`, else derived from the text; owned */
    char *text;     /* owned, never NULL */
    char *feedback; /* owned, NULL when the author wrote none */
    int to;         /* target node index, or CORE_NONE when `to` is a function */
    int to_fn;      /* author function handle for a dynamic `to`, or CORE_NO_FN */
    int *can_go;    /* node indices a dynamic `to` may return; owned */
    int n_can_go;
    double score[CORE_MAX_SKILLS]; /* delta per skill index */
    bool has_score[CORE_MAX_SKILLS];
    char **tags; /* owned array of owned strings */
    int n_tags;
    bool gives, asks;
    core_trust_delta *trust; /* owned */
    int n_trust;
    int *learn; /* fact indices; owned */
    int n_learn;
    core_fact_test *when; /* every test must hold (`when = "fact"`, "!fact" or a list); owned */
    int n_when;
    int when_fn; /* author predicate handle, or CORE_NO_FN */
    /* Second edition: what the other person says straight back to this choice
     * (shown before the target's text), and what they think on hearing it
     * (the debrief's "their side" only). */
    char *reply;   /* owned, may be NULL */
    int reply_fn;  /* author function for the reply, or CORE_NO_FN */
    char *thought; /* owned, may be NULL */
    int line;      /* line in the scenario file, 0 when unknown */
} core_choice;

typedef struct core_node {
    char *id;             /* owned */
    int speaker;          /* cast index, or CORE_NONE for the narrator */
    char *text;           /* owned; NULL when text_fn is set */
    int text_fn;          /* author function handle, or CORE_NO_FN */
    char *cue;            /* non-verbal cue shown before the line (extension); owned, may be NULL */
    int cue_fn;           /* author function for the cue, or CORE_NO_FN */
    char *discuss;        /* workshop discussion prompt (extension); owned, may be NULL */
    core_choice *choices; /* owned */
    int n_choices;
    char *ending; /* outcome label; owned; non-NULL exactly for ending nodes */
    char *grade;  /* "good", "mixed" or "poor" for endings (extension); owned, may be NULL */
    int *learn;   /* fact indices learned on arrival; owned */
    int n_learn;
    core_trust_delta *trust; /* applied on arrival; owned */
    int n_trust;
    double timeout; /* seconds, 0 when the node is not timed */
    int on_timeout; /* node index, CORE_NONE when not timed */
    /* Second edition. */
    double timeout_score[CORE_MAX_SKILLS]; /* what letting the moment pass earns, per skill */
    char *timeout_feedback;                /* the coach's line for a pass; owned, may be NULL */
    char *mood;       /* the speaker's expression (core_moods); owned, NULL = not given */
    char *thought;    /* what the speaker thinks here (debrief only); owned, may be NULL */
    bool order_fixed; /* `order = "fixed"`: choices keep the author's order */
    int line;
} core_node;

typedef struct core_cast {
    char *key, *name, *role; /* owned; name and role may be empty strings */
    char *portrait;          /* a face (core_portrait_at); owned, NULL = chosen from the name */
} core_cast;

typedef struct core_scenario {
    char *file;                          /* path it was loaded from; owned, may be NULL */
    char *id, *title, *family, *summary; /* owned */
    int version;                         /* the scenario's own revision (extension), 1 by default */
    int difficulty;                      /* 1..3, 0 when unspecified */
    char *skills[CORE_MAX_SKILLS];       /* owned */
    int n_skills;
    char *debrief[CORE_MAX_SKILLS]; /* tip per skill; owned, may be NULL */
    char *homework;                 /* one real-world action for the debrief; owned, may be NULL */
    core_cast *cast;                /* owned */
    int n_cast;
    core_node *nodes; /* owned */
    int n_nodes;
    char **facts; /* every fact name the scenario mentions; owned */
    int n_facts;
    int start; /* node index */
    /* Hash indexes of node ids and fact names, kept by core_add_node and
     * core_intern_fact so lookups stay constant-time on huge scenarios.
     * Internal: slot holds index + 1, 0 when empty; owned. */
    int *node_slots, *fact_slots;
    int node_cap, fact_cap;
} core_scenario;

/* ---- exercise packs (the model engine/script's pack loader fills) ---- */

/* A pack lists scenarios in the order a workshop plays them (docs/workshops.md).
 * It is model data like core_scenario, kept here so the front ends can read it
 * through engine/app without reaching engine/script. A core_pack owns every
 * string and array in it; engine/app (app_pack_load / app_pack_free) hands it out. */
typedef enum core_pack_mode {
    CORE_PACK_PRACTICE, /* feedback after every choice, going back allowed */
    CORE_PACK_ASSESSED  /* no feedback until the debrief, no going back */
} core_pack_mode;

typedef struct core_pack_item {
    char *scenario;      /* scenario id, as in the scenario's `id`; owned */
    core_pack_mode mode; /* CORE_PACK_PRACTICE when the author gave none */
    double time_limit;   /* seconds for the whole scenario; 0 when there is none */
    char **prompts;      /* discussion prompts for after the scenario; owned */
    int n_prompts;
    char *path; /* table path of the entry, e.g. scenarios[2], for messages; owned */
    int line;   /* line of the entry in the pack file, 0 when unknown */
} core_pack_item;

typedef struct core_pack {
    char *file;            /* path it was loaded from; owned, may be NULL */
    char *id;              /* owned */
    char *title;           /* owned; the id when the author gave none (with a warning) */
    char *summary;         /* owned; "" when none */
    core_pack_item *items; /* in the order the group plays them; owned */
    int n_items;
} core_pack;

/* ---- building a scenario (used by engine/script and by tests) ---- */

/* Returns a new empty scenario with the three default skills, or NULL when out of
 * memory. Free with core_scenario_free. */
core_scenario *core_scenario_new(void);
void core_scenario_free(core_scenario *sc); /* NULL is fine */
/* Each returns the new element's index, or -1 when out of memory. Strings are copied. */
int core_add_node(core_scenario *sc, const char *id);
int core_add_cast(core_scenario *sc, const char *key, const char *name, const char *role);
int core_add_choice(core_scenario *sc, int node, const char *text);
/* Returns the index of fact `name`, adding it when absent; -1 when out of memory. */
int core_intern_fact(core_scenario *sc, const char *name);
int core_find_node(const core_scenario *sc, const char *id);  /* -1 when absent */
int core_find_cast(const core_scenario *sc, const char *key); /* -1 when absent */
int core_find_skill(const core_scenario *sc, const char *name);
int core_find_fact(const core_scenario *sc, const char *name);
/* Replaces the skill list (copies). Returns false when out of memory or too many. */
bool core_set_skills(core_scenario *sc, const char *const *names, int n);
/* Index of the value_first skill, or -1 when the scenario does not score it. */
int core_value_first_skill(const core_scenario *sc);
/* Fills every choice id that the author left out with one derived from its text,
 * made unique within its node. Returns false when out of memory. */
bool core_assign_choice_ids(core_scenario *sc);
/* Small helpers shared by the parts (strdup that accepts NULL; returns NULL on NULL). */
char *core_strdup(const char *s);
/* Makes room for element n of *arr (elements of size sz) and zeroes it; returns
 * the possibly moved array, or NULL (arr untouched) when out of memory. Arrays
 * must be grown only through this function, one element at a time, from NULL:
 * their capacity is implied by their length. */
void *core_grow(void *arr, int n, size_t sz);
/* Byte offset of the first invalid UTF-8 sequence in s (overlong forms and
 * surrogates included), or -1 when all n bytes are valid. */
long core_utf8_invalid(const char *s, size_t n);
/* Levenshtein distance capped at `cap` (returns cap+1 when larger). */
int core_edit_distance(const char *a, const char *b, int cap);

/* ---- the state that author functions read ---- */

typedef struct core_state {
    const core_scenario *sc;
    bool *facts;   /* [sc->n_facts] */
    double *trust; /* [sc->n_cast] */
    double score[CORE_MAX_SKILLS];
    int *visits;  /* [sc->n_nodes] */
    int goodwill; /* unspent units from `gives` choices */
    int node;     /* current node index */
} core_state;

/* Calls into author code. Each returns 0 on success, or -1 with a message in
 * err (the session then stops with that message). Set by engine/script. */
typedef struct core_hooks {
    void *ud;
    /* Called when a session starts or restarts: author variables go back to empty. */
    int (*reset)(void *ud, char *err, size_t errlen);
    /* *out is malloc'ed, the caller frees it. */
    int (*text)(void *ud, int fn, const core_state *st, char **out, char *err, size_t errlen);
    int (*when)(void *ud, int fn, const core_state *st, bool *out, char *err, size_t errlen);
    /* *out is the returned node id, malloc'ed. */
    int (*route)(void *ud, int fn, const core_state *st, char **out, char *err, size_t errlen);
    /* Called before each arrival's author calls (text, cue, every `when`) and
     * before a choice's `to`, so the script layer can bound one step as a
     * whole, not only each call. May be NULL. */
    void (*step)(void *ud);
} core_hooks;

/* ---- sessions ---- */

/* What the player did at one step. */
typedef struct core_step {
    int node;                      /* where the choice was made */
    int choice;                    /* index in the node's choices, or CORE_NONE for a timeout */
    int shown;                     /* 1-based number as the player saw it, 0 for a timeout */
    double score[CORE_MAX_SKILLS]; /* what this step changed, rule included */
    double ms;                     /* time the player took, as reported by the front end */
    /* For accuracy (design.md): the lowest and highest immediate effect per
     * skill among the options the player had (the shown choices, plus letting
     * a timed moment pass), and how many options there were. */
    double lo[CORE_MAX_SKILLS], hi[CORE_MAX_SKILLS];
    int n_options;
    int shown_at; /* internal: where this step's display order starts (core_session_step_shown) */
} core_step;

typedef enum core_status {
    CORE_PLAYING, /* waiting for a choice */
    CORE_ENDED,   /* reached an ending */
    CORE_FAILED   /* author code failed or the player is stuck; see core_session_error */
} core_status;

typedef struct core_session core_session; /* opaque */

/* Starts a session at the scenario's start node. hooks may be NULL when the
 * scenario has no author functions. Returns NULL only when out of memory; a
 * failure in author code shows as CORE_FAILED. Free with core_session_free. */
core_session *core_session_new(const core_scenario *sc, const core_hooks *hooks);
void core_session_free(core_session *s);
/* Back to where it began (its start, or new_at's node, facts and trust), as a
 * new session would be, without allocating. */
void core_session_restart(core_session *s);
/* Like core_session_new but starts at `node` with the given facts learned and
 * trust set: "start anywhere" for authors. */
core_session *core_session_new_at(const core_scenario *sc, const core_hooks *hooks, int node,
                                  const int *facts, int n_facts, const core_trust_delta *trust,
                                  int n_trust);

/* Where the session began (the start, or core_session_new_at's node, facts and
 * trust), so a front end can rebuild it on a reloaded scenario. Pointers stay
 * valid while s lives. */
void core_session_origin(const core_session *s, int *node, const int **facts, int *n_facts,
                         const core_trust_delta **trust, int *n_trust);

core_status core_session_status(const core_session *s);
const char *core_session_error(const core_session *s); /* "" when none */
const core_state *core_session_state(const core_session *s);
const core_node *core_session_node(const core_session *s);
const char *core_session_text(const core_session *s); /* the current line, resolved */
const char *core_session_cue(const core_session *s);  /* the current cue, NULL when none */
int core_session_n_visible(const core_session *s);
/* Index into the node's choices of the i-th visible choice (0-based). */
int core_session_visible(const core_session *s, int i);
/* Turns on shuffled choice order (design.md "Choice order") with this seed:
 * every node's visible choices, except `order = "fixed"` ones, come in an
 * order drawn from (seed, step number), so a rewind or a replay of the same
 * seed shows the same order. The current node's choices are reshuffled at
 * once; call it before the first choice. */
void core_session_set_seed(core_session *s, unsigned long seed);
/* True when the session is shuffled, with its seed in *seed (may be NULL). */
bool core_session_seeded(const core_session *s, unsigned long *seed);
/* The choice indices shown at step i, in display order (n_shown of them; a
 * timeout step still lists what was shown). Borrowed; valid until the next
 * choice, rewind or restart. */
const int *core_session_step_shown(const core_session *s, int i, int *n_shown);
/* What the other person said straight back to the last choice (its `reply`),
 * shown before the current node's text; NULL when there was none. */
const char *core_session_reply(const core_session *s);
/* The reply the other person gave at step i, as it was resolved then; NULL
 * when none. Borrowed, valid until the next rewind or restart. */
const char *core_session_step_reply(const core_session *s, int i);
/* Accuracy of one skill so far (design.md): false when no step offered a
 * difference for it (accuracy is then null). */
bool core_session_accuracy(const core_session *s, int skill, double *out);
/* Picks the n-th visible choice, 1-based as the player sees it. Returns 0, or -1
 * when n is out of range (nothing changes) or the session is not playing. ms is
 * the time the player took (0 when unknown). */
int core_session_choose(core_session *s, int n, double ms);
/* The clock ran out at a timed node: moves to its on_timeout. -1 when not timed. */
int core_session_timeout(core_session *s, double ms);
/* Undoes the last step by replaying the history without it. Returns -1 when
 * there is nothing to undo. */
int core_session_rewind(core_session *s);
int core_session_n_steps(const core_session *s);
const core_step *core_session_step(const core_session *s, int i);
/* Node indices visited, in order, the current one last. */
int core_session_path_len(const core_session *s);
int core_session_path(const core_session *s, int i);
/* Behaviour tags met so far, with counts. */
int core_session_n_tags(const core_session *s);
const char *core_session_tag(const core_session *s, int i, int *count);

/* ---- graph analysis ---- */

/* seen[i] is set for every node reachable from start (seen has n_nodes entries).
 * Returns false when out of memory. */
bool core_reachable(const core_scenario *sc, bool *seen);
/* ok[i] is set for every node from which some ending can be reached. */
bool core_can_end(const core_scenario *sc, bool *ok);

/* ---- scoring ---- */

typedef struct core_bounds {
    double best[CORE_MAX_SKILLS], worst[CORE_MAX_SKILLS];
    bool exact; /* false when the graph has loops: the figures are then a bound */
} core_bounds;

/* The highest and lowest totals over complete playthroughs, per skill, every
 * `when` treated as possibly true. Exact without loops; with loops, over
 * playthroughs of at most n_nodes choices. Returns false when out of memory. */
bool core_compute_bounds(const core_scenario *sc, core_bounds *out);
/* One step of a path through the graph. */
typedef struct core_path_step {
    int node;   /* where the choice is made */
    int choice; /* index in that node's choices, or CORE_NONE for a timeout */
    int to;     /* where it leads */
} core_path_step;

/* The playthrough with the highest total over all skills (value rule
 * included, every `when` possibly true): up to max steps into out, from the
 * start to an ending. Returns the number of steps, or -1 when out of memory. */
int core_best_path(const core_scenario *sc, core_path_step *out, int max);

/* percent = 100 * (raw - worst) / (best - worst), 100 when best == worst, 0..100. */
double core_percent(double raw, double best, double worst);

/* The value-before-asking rule for one choice: updates *goodwill and returns
 * the value_first points it earns (on top of the author's `score`). */
double core_value_rule(bool gives, bool asks, int *goodwill);

/* THE rule for what a choice does to the scores, used by every part (session,
 * bounds, best path, checks, coach, reports): the choice's `score` for each
 * skill plus, for value_first, the value-before-asking rule at the goodwill
 * banked (*goodwill, updated as picking the choice would). out has one entry
 * per scenario skill. goodwill may be NULL when the caller has none to track
 * (then 0 is assumed and nothing is written). */
void core_choice_effect(const core_scenario *sc, const core_choice *c, int *goodwill,
                        double out[CORE_MAX_SKILLS]);
/* One skill of the same rule, for the hot loops of graph analysis. vf is
 * core_value_first_skill(sc); *goodwill is updated as above. */
double core_choice_skill_effect(const core_choice *c, int skill, int vf, int *goodwill);

/* ---- the shared vocabulary (one table, core/vocab.c) ---- */

#define CORE_N_DEFAULT_SKILLS 3
/* "listening", "empathy", "value_first": the skills a scenario scores by default. */
extern const char *const core_default_skills[CORE_N_DEFAULT_SKILLS];
/* A heading-style label: "Listening", "Empathy", "Value first"; unknown keys come back as given. */
const char *core_skill_label(const char *key);
/* The plain phrase for a sentence: "active listening", "empathy", "giving value
 * before asking"; unknown keys come back as given. */
const char *core_skill_phrase(const char *key);
/* A behaviour tag's phrase ("paraphrased", "interrupted"), and whether it
 * names a mistake; NULL for a tag outside the shared vocabulary. */
const char *core_tag_phrase(const char *tag, bool *mistake);
#define CORE_N_TAGS 23 /* the shared tags (vocab.c) */
/* The shared tags in display order (mistakes first); i from 0 to CORE_N_TAGS - 1,
 * NULL past the end. */
const char *core_tag_at(int i);
/* The moods a node may give its speaker (neutral, warm, guarded, surprised,
 * sad, thinking, annoyed); i from 0 while non-NULL. */
const char *core_mood_at(int i);
bool core_mood_valid(const char *mood);
/* The faces a cast member's `portrait` may name (assets/portraits/NAME.svg);
 * i from 0 while non-NULL, in the order the window's default choice uses. */
const char *core_portrait_at(int i);
bool core_portrait_valid(const char *name);

/* ---- accuracy ---- */

/* The per-step accuracy of one skill: 100 * (chosen - lowest) / (highest -
 * lowest); the caller checks that the step counts (core_step.n_options >= 2
 * and hi > lo). */
double core_step_accuracy(const core_step *st, int skill);

#endif
