/* store.h: players' progress as JSON files, saved durably.
 *
 * Depends on: cJSON (only here) and the C library; no SDL, no Lua.
 * One file per player, <data_dir>/<slug>.json, with a `schema` version; the
 * layout is published as docs/progress.schema.json. A save never leaves a
 * half-written file (temp file, fsync, rename, fsync the folder) and keeps the
 * previous generation as <slug>.json.bak. A file that cannot be read is kept
 * aside byte for byte and never overwritten. Writers take <slug>.json.lock
 * and re-read the file before appending, so two instances lose nothing.
 *
 * Ownership: every string and array in these structs is owned by the struct
 * that holds it; st_progress_free frees them all. */
#ifndef RAPPORT_STORE_H
#define RAPPORT_STORE_H

#include <stdbool.h>
#include <stddef.h>

#define ST_SCHEMA 1 /* the schema this build writes */
#define ST_MAX_SKILLS 8

typedef struct st_skill {
    char *name;
    double raw, best, worst, percent;
} st_skill;

typedef struct st_choice {
    char *node;   /* node id where the choice was made */
    char *choice; /* stable choice id, or "timeout" */
    int shown;    /* the number the player pressed (0 for a timeout) */
    double ms;    /* time taken */
    char *text;   /* what the player said (for reports); may be NULL */
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
} st_record;

typedef struct st_settings {
    double text_scale; /* 1.0 = normal */
    char *theme;       /* "light", "dark" or "contrast" */
    int text_speed;    /* characters per second; 0 = instant */
    char *mode;        /* "practice" or "assessed" */
} st_settings;

typedef struct st_progress {
    int schema;
    char *player;  /* the chosen name, as shown */
    char *created; /* ISO 8601 UTC */
    st_settings settings;
    st_record *records;
    int n_records;
} st_progress;

typedef enum st_status {
    ST_OK,
    ST_MISSING,   /* no file yet: *out is a fresh progress for the player */
    ST_SET_ASIDE, /* unreadable: renamed to a .broken-* file, *out is fresh (or from .bak) */
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
 * invalid UTF-8 and wrong types are refused). Returns ST_OK, ST_NEWER, or
 * ST_SET_ASIDE with the reason in err (nothing is renamed by this call). */
st_status st_parse(const char *buf, size_t len, st_progress *out, char *err, size_t errlen);
/* Serialises to a malloc'ed JSON text; NULL when out of memory. */
char *st_print(const st_progress *p);

/* The folder for progress files: dir_override, else $XDG_DATA_HOME/rapport,
 * else ~/.local/share/rapport. Returns a malloc'ed path. */
char *st_data_dir(const char *dir_override);
/* <data_dir>/<slug>.json for a player name; malloc'ed. */
char *st_player_file(const char *data_dir, const char *player);

/* Loads a player's file. On ST_SET_ASIDE the broken file has been renamed and
 * msg says where; *out then holds the backup's content or a fresh progress. */
st_status st_load(const char *file, const char *player, st_progress *out, char *msg, size_t msglen);
/* Durable write of p to file (creating the folder). Returns ST_OK or ST_IO_ERROR. */
st_status st_save(const char *file, const st_progress *p, char *msg, size_t msglen);
/* Under the lock: loads the file, appends r, saves. The common way to record
 * a finished session. */
st_status st_append(const char *file, const char *player, const st_record *r, char *msg,
                    size_t msglen);
/* Under the lock: loads the file, replaces its settings, saves. */
st_status st_save_settings(const char *file, const char *player, const st_settings *s, char *msg,
                           size_t msglen);

/* Lists the players with a progress file in data_dir: malloc'ed array of
 * malloc'ed display names, sorted. Returns the count (0 when none). */
int st_list_players(const char *data_dir, char ***names);

/* Current time as ISO 8601 UTC into buf (at least 21 bytes). */
void st_now(char *buf, size_t n);

#endif
