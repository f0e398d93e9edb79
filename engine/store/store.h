/* store.h: players' progress as JSON files, saved durably.
 *
 * Depends on: engine/core (core_utf8_invalid), cJSON (only here) and the C
 * library; no SDL, no Lua. Files themselves are read and written through
 * store_file.h.
 * One file per player, <data_dir>/<slug>.json, with a `schema` version; the
 * layout is published as docs/progress.schema.json. A save never leaves a
 * half-written file (temp file, fsync, rename, fsync the folder) and keeps the
 * previous generation as <slug>.json.bak. A file that cannot be read is kept
 * aside byte for byte and never overwritten. Writers take <slug>.json.lock
 * and re-read the file before appending, so two instances lose nothing.
 *
 * The promise: once st_append has returned ST_OK or ST_SET_ASIDE for a
 * session, that session is in the player's file, its .bak or a file kept
 * aside beside them (<slug>.json.broken-*, <slug>.json.bak.broken-*,
 * <slug>.json.bak.kept-*), whatever rapport does afterwards, including being
 * killed at any moment; the store never deletes a file kept aside. Only
 * damage from outside (a truncated or overwritten file, a deleted folder) can
 * lose the copies it destroys. How: a load that finds the player's file
 * unreadable keeps it aside and writes a readable .bak back as the player's
 * file (under the lock) before returning; a missing file with a .bak is
 * restored the same way; a save turns the player's file into the new .bak and
 * drops the old .bak only when all its sessions are in that file, else keeps
 * it aside. tests/faults/store_property.c checks this over random runs.
 *
 * Large histories (docs/progress.md, "Large histories: the journal"): once
 * the file reaches 256 KiB, a save appends a few JSON lines to <slug>.journal
 * beside it (written whole and fdatasync'ed before the save is acknowledged)
 * instead of rewriting it, and the journal is folded into the file (the
 * durable rewrite above, then the journal removed) when it reaches a quarter
 * of the file's size (at least 256 KiB, at most 1 MiB). So a save costs the
 * same with 100 sessions or 10,000. The fold is not a save's work: the
 * front ends run st_fold after the save has returned (the window on a
 * worker thread, the command line in a detached process, st_fold_later);
 * a save folds only a journal four times past due, which no one folded. Every read here applies the
 * journal; the promise counts the journal, and a journal kept aside
 * (<slug>.journal.broken-*, <slug>.journal.kept-*), as the player's files.
 *
 * Ownership: every string and array in these structs is owned by the struct
 * that holds it; st_progress_free frees them all. */
#ifndef RAPPORT_STORE_H
#define RAPPORT_STORE_H

#include <stdbool.h>
#include <stddef.h>

#define ST_SCHEMA 2 /* the schema this build writes; it reads 1 and 2 */
#define ST_MAX_SKILLS 8

typedef struct st_skill {
    char *name;
    double raw, best, worst, percent;
    /* How close each choice was to the best one available at that moment,
     * 0..100 (design.md, "Accuracy"); has_accuracy false (JSON null) when no
     * step offered a difference for this skill, and for schema 1 files. */
    double accuracy;
    bool has_accuracy;
} st_skill;

typedef struct st_choice {
    char *node;       /* node id where the choice was made */
    char *choice;     /* stable choice id, or "timeout" */
    int pressed;      /* the number the player pressed (0 for a timeout); JSON "pressed"
                       * (schema 1 called it "shown") */
    double ms;        /* time taken */
    char *text;       /* what the player said (for reports); may be NULL */
    char **shown_ids; /* the choice ids in the order they were displayed; owned, may be
                       * NULL with n_shown_ids 0 (not recorded, as in schema 1 files);
                       * JSON "shown" */
    int n_shown_ids;
    char *reply; /* what the other person said straight back; may be NULL */
    /* Say it first (docs/practice.md): what the player typed before the choices
     * appeared; may be NULL. Kept in progress only: reports, CSV, exports and
     * xAPI never read it. JSON "said" (optional) */
    char *said;
    /* The room vote (docs/workshops.md): how many phones chose each choice,
     * in the order of shown_ids (the order the room saw), and how many phones
     * had joined the room by then. room_votes NULL (n_room_votes 0) when the
     * room did not vote at this step. Only counts: nothing else from the
     * phones is kept. JSON "room": {"votes": [...], "phones": N} (optional) */
    int *room_votes; /* owned */
    int n_room_votes;
    int room_phones;
} st_choice;

typedef struct st_tag {
    char *name;
    int count;
} st_tag;

typedef struct st_record {
    char *scenario; /* id */
    int version;    /* the scenario's own revision */
    char *title;
    char *family;
    char *mode;            /* "practice" or "assessed" */
    char *started, *ended; /* ISO 8601 UTC */
    char *outcome;         /* the ending's label */
    char *grade;           /* "good", "mixed", "poor" or NULL */
    char **path;
    int n_path;
    st_choice *choices;
    int n_choices;
    st_skill skills[ST_MAX_SKILLS];
    int n_skills;
    st_tag *tags;
    int n_tags;
    char *kind;            /* "session" or "drill" (a run started at a chosen moment);
                            * NULL is saved as "session" */
    int attempt;           /* 1 for the player's first of this scenario and kind, then 2, 3 ...;
                            * set by st_append, numbered in file order for schema 1 files */
    bool has_seed;         /* the choices were shuffled from seed (JSON null when not) */
    unsigned long seed;    /* 0..4294967295 */
    int confidence_before; /* 1..5 as the player rated it; 0 = not asked */
    int confidence_after;
    /* Homework (docs/practice.md): the scenario's `homework` the debrief ended
     * with, and how the player said it went when asked later. All may be NULL;
     * answer is "did", "partly", "not_yet" or "skipped" (asked, not answered).
     * JSON "homework": {"text", "answer", "note", "answered"} (optional) */
    char *homework, *homework_answer, *homework_note, *homework_answered;
    char *pack; /* the exercise pack's id the session was played in (JSON "pack"), or NULL */
} st_record;

typedef struct st_settings {
    double text_scale; /* 1.0 = normal */
    char *theme;       /* "light", "dark" or "contrast" */
    int text_speed;    /* characters per second; 0 = instant */
    char *mode;        /* "practice" or "assessed" */
    /* Practice goals (issue 16, docs/practice.md): how many conversations,
     * drills and reviewed moments a day the learner aims for (0 = not set:
     * ST_DAILY_GOAL), and the one switch that hides the streak and the goal.
     * Written only when set, so older files round-trip unchanged. */
    int daily_goal; /* 0..ST_DAILY_GOAL_MAX; JSON "daily_goal" */
    bool goals_off; /* JSON "goals": false */
    /* docs/practice.md: type your own words before the choices appear; ask
     * how confident you feel before and after a scenario. JSON "say_first",
     * "ask_confidence" (optional, false when absent) */
    bool say_first, ask_confidence;
    /* Reading aloud (docs/window.md): lines, cues and choices spoken by
     * espeak-ng. JSON "voice" (optional, false when absent) */
    bool voice;
    /* The window's language (docs/translating.md): "en", "fr", or NULL to
     * follow the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Owned. JSON
     * "language", written only when set, so older files round-trip unchanged. */
    char *language;
} st_settings;

/* ---- spaced review (issue 16: engine/app/review.c schedules it) ---- */

#define ST_DAILY_GOAL 3 /* the daily goal when the learner has set none */
#define ST_DAILY_GOAL_MAX 50

/* One moment to review: a node of a scenario where the player once picked a
 * choice below the best one for some skill, with its SM-2 schedule. Keyed
 * by (scenario, node). Dates are the learner's local calendar days,
 * "YYYY-MM-DD". JSON: one object of the progress file's "review" list. */
typedef struct st_review {
    char *scenario; /* scenario id; owned */
    char *node;     /* node id; owned */
    char *added;    /* the day it was first missed; owned */
    char *due;      /* the day it is next offered; owned */
    char *last;     /* the day of the last review; owned, NULL before the first */
    int interval;   /* days from last (or added) to due, >= 0 */
    double ease;    /* SM-2 easiness factor, >= 1.3 (2.5 for a new item) */
    int reps;       /* reviews answered well in a row (SM-2's n) */
    int lapses;     /* reviews missed, in all */
    int reviews;    /* reviews done, in all */
} st_review;

typedef struct st_progress {
    int schema;    /* ST_SCHEMA once read (a schema 1 file is upgraded in memory) */
    char *player;  /* the chosen name, as shown */
    char *created; /* ISO 8601 UTC */
    st_settings settings;
    st_record *records;
    int n_records;
    st_review *reviews; /* owned; JSON "review", written only when not empty */
    int n_reviews;
} st_progress;

typedef enum st_status {
    ST_OK,
    ST_MISSING,   /* no file yet: *out is a fresh progress for the player */
    ST_SET_ASIDE, /* repaired: the file was unreadable (kept as .broken-*) or missing, and
                   * the .bak (when readable) is written back as the player's file; or a
                   * save kept an old .bak aside. msg says what; *out is usable; a save
                   * with this status went in */
    ST_NEWER,     /* written by a newer rapport: left alone, *out is empty, do not save */
    ST_LOCKED,    /* another instance holds the lock too long */
    ST_IO_ERROR
} st_status;

/* Fills *p with defaults for a new player. Strings are copied. */
void st_progress_init(st_progress *p, const char *player);
void st_progress_free(st_progress *p);
void st_record_free(st_record *r);
/* Deep copy of r appended to p. Returns false when out of memory. */
bool st_progress_add(st_progress *p, const st_record *r);

/* Parses a progress document strictly (trailing garbage, duplicate keys,
 * invalid UTF-8 and wrong types are refused). Schema 1 and 2 are read; a
 * schema 1 document loses nothing (sessions get kind "session" and attempts
 * numbered in file order, accuracy and seed absent) and is written as schema
 * 2 by the next save. Returns ST_OK, ST_NEWER (schema above ST_SCHEMA),
 * ST_SET_ASIDE with the reason in err (nothing is renamed by this call), or
 * ST_IO_ERROR when memory ran out (the text may be good: never set it aside). */
st_status st_parse(const char *buf, size_t len, st_progress *out, char *err, size_t errlen);
/* Serialises to a malloc'ed JSON text (schema ST_SCHEMA; the caller frees
 * it); NULL when out of memory, never a document with parts missing. */
char *st_print(const st_progress *p);

/* The folder for progress files: dir_override, else $XDG_DATA_HOME/rapport,
 * else ~/.local/share/rapport. Returns a malloc'ed path. */
char *st_data_dir(const char *dir_override);
/* <data_dir>/<slug>.json for a player name; malloc'ed. */
char *st_player_file(const char *data_dir, const char *player);

/* Loads a player's file into *out (always initialised; free it with
 * st_progress_free). A readable file is read without the lock. A file that
 * needs repair (unreadable, or missing beside a .bak) is repaired under the
 * lock before this returns: on ST_SET_ASIDE msg says what was kept aside and
 * restored, and the restored content is already the player's file. A read
 * error or a failed allocation is ST_IO_ERROR and touches nothing. Also
 * ST_OK, ST_MISSING (a fresh *out), ST_NEWER (file untouched; do not save),
 * ST_LOCKED (a repair was needed and another instance holds the lock). What a
 * fold behind a command kept aside (st_fold_later's <slug>.json.notice) is
 * said here once too: ST_SET_ASIDE, msg says it, the notice is removed. */
st_status st_load(const char *file, const char *player, st_progress *out, char *msg, size_t msglen);
/* Under the lock: durable write of p to file (creating the folder); the
 * current file becomes the .bak (see the promise above). Returns ST_OK,
 * ST_SET_ASIDE (saved; msg says what was kept aside), ST_NEWER (the file is
 * from a newer rapport: untouched), ST_LOCKED or ST_IO_ERROR (not saved). */
st_status st_save(const char *file, const st_progress *p, char *msg, size_t msglen);
/* Under the lock: loads the file (repairing it as st_load does), appends a
 * deep copy of r, saves. The common way to record a finished session. The
 * copy's attempt is 1 + the sessions already saved with the same scenario
 * and kind (r->attempt is ignored and set to that number on success); a NULL
 * kind is saved as "session". Returns what st_save does (ST_OK or
 * ST_SET_ASIDE mean saved). */
st_status st_append(const char *file, const char *player, st_record *r, char *msg, size_t msglen);
/* Under the lock: loads the file (repairing it as st_load does), replaces its
 * settings, saves. Returns what st_save does. */
st_status st_save_settings(const char *file, const char *player, const st_settings *s, char *msg,
                           size_t msglen);

/* ---- spaced review: changing the file under the lock (issue 16) ---- */

/* Under the lock: loads the file (repairing it as st_load does), lets fn
 * change the progress (fn returns false when memory ran out: nothing is
 * saved), saves. For changes that must not lose another window's sessions,
 * such as the review schedule. Returns what st_save does.
 * With a large history fn first sees a view: the player, the settings, the
 * whole review list and the newest sessions (at least the last 32, and all
 * those not folded yet); p->n_records counts only those. What fn changes
 * there is saved as journal lines: sessions appended or replaced, the
 * settings, review items added or changed. When fn changes nothing in a
 * view that leaves older sessions out, it is run again on the whole history
 * (it may have been looking for an older session); when it removes a
 * session or a review item, the whole history is loaded and rewritten.
 * Sessions fn appends are numbered by the store as st_append numbers them
 * (1 + the sessions of the same scenario and kind before), so fn need not
 * count, and may not rely on counting, sessions. */
st_status st_update(const char *file, const char *player, bool (*fn)(st_progress *p, void *arg),
                    void *arg, char *msg, size_t msglen);
/* Index of the review item for (scenario, node) in p, or -1. */
int st_review_find(const st_progress *p, const char *scenario, const char *node);
/* Appends a deep copy of r; false when out of memory (p unchanged). */
bool st_review_add(st_progress *p, const st_review *r);
/* Replaces item i's schedule (dates copied); false when out of memory. */
bool st_review_set(st_progress *p, int i, const st_review *r);
void st_review_free(st_review *r);
/* st_append, then under the same lock fn(progress, arg) (fn may be NULL):
 * one save for a session and what follows from it (the moments it missed).
 * fn returning false (memory ran out) saves nothing. fn sees what st_update's
 * does (a view, for a large history). */
st_status st_append_with(const char *file, const char *player, st_record *r,
                         bool (*fn)(st_progress *p, void *arg), void *arg, char *msg,
                         size_t msglen);

/* ---- large histories (docs/progress.md, "Large histories: the journal") ---- */

/* Like st_load, but for a large history reads only what most screens and
 * commands need before a session: *out has the player, the settings, the
 * review list and the newest sessions (at least the last 32, and all those
 * in the journal), so out->n_records is not the history's length. A small
 * history, or one that needs repair, is loaded whole by st_load (same
 * statuses). Its cost does not grow with the history. */
st_status st_load_recent(const char *file, const char *player, st_progress *out, char *msg,
                         size_t msglen);
/* Whether file holds a history large enough for st_load_recent to leave
 * older sessions out (it is 256 KiB or more, or keeps a journal). */
bool st_history_is_large(const char *file);
/* st_parse for the text of the progress file `file` (NULL: a text from
 * elsewhere), with the journal beside it applied, and nothing renamed or
 * written: for readers that must not change a learner's files (reports,
 * exports). A journal damaged at some place gives the history up to there,
 * ST_OK, and err says where. */
st_status st_parse_file(const char *file, const char *buf, size_t len, st_progress *out, char *err,
                        size_t errlen);
/* As st_parse_file, with the reason also in the reader's language in shown
 * (the program's translator, core_diag_set_translator; English when none):
 * for a person's eyes, while err keeps English for files and tools. */
st_status st_parse_file_shown(const char *file, const char *buf, size_t len, st_progress *out,
                              char *err, size_t errlen, char *shown, size_t shownlen);

/* Whether the journal beside file has grown to be folded into it (a
 * quarter of the file, at least 256 KiB, at most 1 MiB): two stat()s. */
bool st_fold_due(const char *file);
/* Folds the journal into the player's file off the save path: the whole
 * history is read and the new file written (with the current file copied as
 * the new .bak) without the lock, so saves in this and other processes go on
 * appending meanwhile; then, with the lock held only for a few renames, the
 * new file goes in if no save rewrote the files since they were read, and
 * the journal keeps only the lines appended meanwhile. Otherwise the fold is
 * given up (msg says why) and its temporary files removed; nothing changed.
 * A kill at any moment leaves the files readable with every session (a
 * killed fold's <slug>.json.fold-* are removed by the next fold). One fold
 * at a time per file (<slug>.json.foldlock); a second returns at once.
 * stop (may be NULL) is asked between steps: true gives the fold up (the
 * window, closing). *folded (may be NULL) says whether the new file went
 * in. Returns ST_OK (folded, nothing due, given up: msg says), ST_SET_ASIDE
 * (folded; an old .bak was kept aside: msg), ST_LOCKED or ST_IO_ERROR
 * (nothing changed). */
st_status st_fold(const char *file, const char *player, bool (*stop)(void *arg), void *arg,
                  bool *folded, char *msg, size_t msglen);
/* For a command-line program, after its work: when a fold is due, runs
 * st_fold in a detached process (a new session, its output to /dev/null,
 * at a lower priority) and returns at once, so nobody waits for it. An
 * old .bak that fold keeps aside is written to <slug>.json.notice, which the
 * next st_load says (ST_SET_ASIDE) and removes.
 * RAPPORT_FOLD=wait folds here instead (tests that need a quiet folder);
 * RAPPORT_FOLD=never does not fold at all (the backstop does, much later).
 * Only from a single-threaded process: it fork()s. */
void st_fold_later(const char *file, const char *player);

/* Lists the players with a progress file in data_dir: malloc'ed array of
 * malloc'ed display names, sorted. Returns the count (0 when none). */
int st_list_players(const char *data_dir, char ***names);

/* Current time as ISO 8601 UTC ("2026-12-03T10:00:00Z") into buf (at least
 * 21 bytes). $RAPPORT_NOW, when it holds such an instant, is the current
 * time (tests inject the clock this way, beside $RAPPORT_TODAY's day); any
 * other value is ignored and the real clock used. */
void st_now(char *buf, size_t n);

#endif
