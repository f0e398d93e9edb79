/* store_local.h: what the parts of engine/store share and nobody else sees:
 * the journal's lines and the snapshot's layout for large histories
 * (docs/progress.md, "Large histories: the journal").
 *
 * Depends on store.h. json.c turns these to and from JSON text (cJSON stays
 * there); journal.c reads and appends journal files; file.c decides when a
 * save is a journal line and when it rewrites the snapshot. */
#ifndef RAPPORT_STORE_LOCAL_H
#define RAPPORT_STORE_LOCAL_H

#include "store.h"

#include <stdarg.h>
#include <stdio.h>

/* A snapshot this large or larger keeps a journal beside it; a smaller one
 * is rewritten whole at every save, exactly as before the journal existed. */
#define ST_JOURNAL_FROM (256u << 10)
/* ST_JOURNAL_FROM, or RAPPORT_STORE_JOURNAL_FROM (bytes) when set: the tests
 * use a small one so that few sessions exercise the journal. */
size_t st_journal_from(void);
/* How many of the snapshot's newest sessions a quick update shows fn. */
#define ST_RECENT 32

/* How many sessions of one scenario the history holds, per kind: the next
 * attempt of each is one more. */
typedef struct st_count {
    char *scenario; /* owned */
    int session, drill;
} st_count;

/* The snapshot's "journal" object: written by a save that starts or folds a
 * journal, so a save can number attempts and a reader skip what is folded
 * without reading the snapshot's sessions. */
typedef struct st_jmeta {
    bool present;     /* the snapshot has the object */
    char id[20];      /* the journal it folded lines of ("" none): 16 hex digits */
    long long folded; /* the seq of the last line of that journal folded into it; 0 none */
    int sessions;     /* how many sessions it holds */
    st_count *counts; /* owned */
    int n_counts;
} st_jmeta;

void st_jmeta_free(st_jmeta *m);
/* The counts of p's sessions into m (replacing m's). False when out of memory. */
bool st_jmeta_count(st_jmeta *m, const st_progress *p);
/* Counts one more session of (scenario, kind); false when out of memory. */
bool st_jmeta_add(st_jmeta *m, const char *scenario, const char *kind);
/* How many sessions of (scenario, kind) m counts. */
int st_jmeta_get(const st_jmeta *m, const char *scenario, const char *kind);

/* st_parse that also reads the snapshot's "journal" object into *m (when m
 * is not NULL; zeroed when absent). */
st_status st_parse_meta(const char *buf, size_t len, st_progress *out, st_jmeta *m, char *err,
                        size_t errlen);
/* As st_parse_meta, and why a text is refused in the reader's language too,
 * into shown (core_diag_tr; shown may be NULL). */
st_status st_parse_meta_shown(const char *buf, size_t len, st_progress *out, st_jmeta *m, char *err,
                              size_t errlen, char *shown, size_t shownlen);
/* A reason in English into err (the files, logs and CSV keep it) and, when
 * shown is not NULL, in the reader's language into shown: fmt is a format
 * marked CORE_TR, translated by core_diag_tr (English when none is set). */
void st_why(char *err, size_t errlen, char *shown, size_t shownlen, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void st_why_v(char *err, size_t errlen, char *shown, size_t shownlen, const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));
/* The snapshot in the journal layout: the head (everything but the sessions,
 * with m as its "journal" object) on the first line, "sessions":[ on the
 * second, then one session per line, then ]} on the last: a whole JSON
 * document a plain reader reads as any other, whose head and newest
 * sessions a save can read without the rest. malloc'ed; NULL when out of memory. */
char *st_print_layout(const st_progress *p, const st_jmeta *m);

/* One session alone, as one line of JSON (no newline); malloc'ed or NULL.
 * Used to compare a session before and after a change. */
char *st_print_session_line(const st_progress *p, int i);
/* The settings as one line of JSON; malloc'ed or NULL. */
char *st_print_settings_line(const st_settings *s);
/* One review item as one line of JSON; malloc'ed or NULL. */
char *st_print_review_line(const st_review *r);

/* A line of the journal (docs/journal.schema.json). */
typedef enum st_jop {
    ST_JOP_HEADER,      /* the first line: the journal's id */
    ST_JOP_SESSION,     /* a session appended */
    ST_JOP_SESSION_SET, /* the session at index replaced (a homework answer, the words typed) */
    ST_JOP_SETTINGS,    /* the settings replaced */
    ST_JOP_REVIEW       /* a review item added, or replaced by (scenario, node) */
} st_jop;

typedef struct st_jline {
    long long seq;
    st_jop op;
    int index;       /* ST_JOP_SESSION_SET */
    st_progress one; /* the line's content: records[0], settings or reviews[0]; owned */
    char id[20];     /* ST_JOP_HEADER */
} st_jline;

/* Parses one journal line strictly (no newline in buf). ST_OK; ST_NEWER for
 * an operation this rapport does not know; ST_SET_ASIDE with the reason in
 * err; ST_IO_ERROR when memory ran out. */
st_status st_jline_parse(const char *buf, size_t len, st_jline *out, char *err, size_t errlen);
void st_jline_free(st_jline *l);
/* A journal line (with its newline) for a session appended (index < 0) or
 * replacing the session at index; for the settings; for a review item.
 * malloc'ed; NULL when out of memory. */
char *st_jline_session(long long seq, const st_progress *p, int i, int index);
char *st_jline_settings(long long seq, const st_settings *s);
char *st_jline_review(long long seq, const st_review *r);
/* The first line of a new journal, with a fresh random id written to id
 * (at least 17 bytes). malloc'ed; NULL when out of memory. */
char *st_jline_header(char *id);

/* ---- journal.c ---- */

/* <file-without-.json>.journal beside a progress file; malloc'ed. */
char *st_journal_name(const char *file);

/* A journal read whole: its lines applied to a progress. */
typedef struct st_jread {
    bool exists;
    size_t size;    /* bytes in the file when read */
    size_t good;    /* bytes up to the end of the last whole, readable line */
    char id[20];    /* the journal's id, from its first line ("" when it has none yet) */
    long long last; /* the highest seq seen (folded or not); 0 none */
    int applied;    /* lines applied (seq above the snapshot's folded) */
    bool torn;      /* the file ends in a line without its newline (an append cut short) */
    bool damaged;   /* a whole line cannot be read: why says where */
    bool newer;     /* a line from a newer rapport */
    char why[400];
} st_jread;

/* Applies the journal open on fd (from its start) to p, skipping lines at or
 * below m->folded, and counts appended sessions into m. A torn last line is
 * left out; a damaged line stops the reading there (jr->damaged). Returns
 * false only when out of memory or the read failed (errno set). With
 * view_base >= 0, p holds only the sessions from view_base on: a line
 * replacing an older one is checked but not applied. */
bool st_journal_apply(int fd, const char *jname, st_progress *p, st_jmeta *m, int view_base,
                      st_jread *jr);

/* Appends text (whole lines) to the journal durably: opened or created
 * (0600; the folder is synced when it is new), a torn tail cut off first at
 * good (bytes known to end in a whole line), written, fdatasync'ed. Returns
 * false with errno set; nothing acknowledged then. */
bool st_journal_append(const char *jname, size_t good, const char *text, size_t len);

/* Reads a snapshot in the journal layout without its older sessions: the
 * head and the newest sessions (at most ST_RECENT) into *p (records are the
 * newest, oldest first), m from its "journal" object. Returns 1 when read,
 * 0 when the file is not in that layout (read it whole instead), -1 on a
 * read error or when memory ran out. */
int st_snapshot_recent(int fd, st_progress *p, st_jmeta *m);

#endif
