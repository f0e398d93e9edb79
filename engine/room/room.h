/* room.h: the room vote. A small web server the presenter view opens so that
 * learners vote from their phones (docs/workshops.md, "The room votes";
 * docs/security.md, "The room server").
 *
 * Two halves behind one opaque room:
 *   - the state: the step the room is voting on (its line and its choices in
 *     the room's one order), who voted what, the counts. A mutex guards it, so
 *     the presenter's thread pushes steps and reads counts while the server's
 *     thread records votes; neither ever waits on the network.
 *   - the server (libmicrohttpd, its own thread): serves one page built in
 *     memory, takes votes, refuses what is too big, too fast or lacks the code.
 *
 * Depends on: the C library, POSIX threads, libmicrohttpd, libqrencode. It
 * knows nothing of scenarios or of SDL: the window hands it plain strings. */
#ifndef RAPPORT_ROOM_H
#define RAPPORT_ROOM_H

#include <stdbool.h>
#include <stddef.h>

#define ROOM_MAX_CHOICES 9  /* the presenter numbers choices 1-9 */
#define ROOM_CODE_LEN 6     /* characters of the join code */
#define ROOM_MAX_VOTERS 256 /* phones per session; a 40-person room is the design case */

typedef struct room room; /* opaque */

/* What the room is shown: one line and its choices. Strings are copied. */
typedef struct room_step {
    int number;                /* shown as "Step N" */
    const char *speaker;       /* who says the line, or NULL */
    const char *line;          /* the line, or NULL */
    const char *const *choice; /* [n_choice] texts in the room's one order */
    int n_choice;
} room_step;

/* A snapshot of the counts (room_tally). */
typedef struct room_count {
    unsigned round; /* changes with every room_set_step; 0: nothing to vote on */
    int number;     /* the step's number */
    bool open;      /* votes are taken (and may be changed) */
    int revealed;   /* after room_reveal: the room's choice, 1-based; 0 none */
    int n_choice;   /* choices on this round */
    int votes[ROOM_MAX_CHOICES];
    int voted;             /* phones that voted this round */
    int joined;            /* phones that opened the page this session */
    unsigned long changes; /* bumped by every vote or change of step */
} room_count;

/* ---- the phones' language (room_html.c) ----
 *
 * Every word a phone reads, by number. engine/room keeps them in English
 * (room_html.c; the catalog's template takes them from there); the window
 * adds the languages it has catalogs for (ui_room.c, through gettext), and
 * each request is answered in the language its Accept-Language header
 * prefers among them, else in the first one added (the app's own). */
typedef enum room_word {
    ROOM_W_TITLE,
    ROOM_W_HEADER,
    ROOM_W_CODE_LABEL,
    ROOM_W_JOIN,
    ROOM_W_STEP, /* "%d": the step's number */
    ROOM_W_TAP,
    ROOM_W_FOLLOW_ONLY,
    ROOM_W_CHOSE, /* "%d": the room's choice */
    ROOM_W_CLOSED,
    ROOM_W_WAITING,
    ROOM_W_NICK,
    ROOM_W_SAVE,
    ROOM_W_YOUR_VOTE,
    ROOM_W_VOTES_ONE,  /* "%d vote": the forms room_add_language's one[] picks from */
    ROOM_W_VOTES_MANY, /* "%d votes" */
    ROOM_W_YOURS,
    /* the short pages that refuse a request: a title, then what happened */
    ROOM_W_NOT_FORM,
    ROOM_W_NOT_FORM_TEXT,
    ROOM_W_BAD_REQUEST,
    ROOM_W_NUL,
    ROOM_W_UNREADABLE,
    ROOM_W_OPEN_FIRST,
    ROOM_W_OPEN_FIRST_VOTE,
    ROOM_W_OPEN_FIRST_NICK,
    ROOM_W_TOO_LATE,
    ROOM_W_TOO_LATE_TEXT,
    ROOM_W_NO_CHOICE,
    ROOM_W_NO_NICK,
    ROOM_W_NOT_FOUND,
    ROOM_W_NOTHING_HERE,
    ROOM_W_SLOW,
    ROOM_W_SLOW_TEXT,
    ROOM_W_NOT_ALLOWED,
    ROOM_W_GET_POST,
    ROOM_W_NOT_PATH,
    ROOM_W_WRONG_CODE,
    ROOM_W_WRONG_CODE_TEXT,
    ROOM_W_FOREIGN,
    ROOM_W_FOREIGN_TEXT,
    ROOM_W_TOO_LARGE,
    ROOM_W_TOO_LARGE_TEXT,
    ROOM_N_WORDS
} room_word;
#define ROOM_MAX_LANGS 8

/* The word in English, as written (static; "" out of range). */
const char *room_word_en(room_word w);
/* Adds a language, before room_listen: code ("fr"), words[ROOM_N_WORDS]
 * (copied; "%d" only where the English has it) and one[n], for n from 0 to
 * ROOM_MAX_VOTERS, true where "n votes" takes ROOM_W_VOTES_ONE's form. The
 * first one added answers phones that ask for none of them; with none added
 * every page is in English. False (nothing added) when out of memory, the
 * code is not a plain tag ([a-z]{2,3}, optionally -[A-Z]{2}: the pages' <html
 * lang>), is added already or ROOM_MAX_LANGS are. */
bool room_add_language(room *r, const char *code, const char *const *words, const bool *one);

/* ---- the state (room_state.c) ---- */

/* A room with a fresh random join code (getrandom), not listening yet.
 * Returns NULL with a message in err when out of memory or when the system
 * gives no randomness. Free with room_free (which stops the server). */
room *room_new(char *err, size_t errlen);
void room_free(room *r); /* NULL is fine */
/* The join code: ROOM_CODE_LEN characters of 23456789ABCDEFGHJKMNPQRSTUVWXYZ
 * (nothing that reads as another character). Owned by r. */
const char *room_code(const room *r);
/* Opens a new round on step s: every earlier vote stops counting. Texts over
 * 4,000 bytes are cut. Returns the round. */
unsigned room_set_step(room *r, const room_step *s);
/* The open round's line said anew (F5 reloaded the scenario and its choices
 * stayed the same): replaces the speaker and the line, keeps the round and
 * its votes, and changes the state phones poll, so their pages show the new
 * line at once. Nothing changes when both are as they were. */
void room_set_line(room *r, const char *speaker, const char *line);
/* Closes the round's votes: chosen (1-based, 0 for none) is the room's choice. */
void room_reveal(room *r, int chosen);
/* Nothing to vote on (the presenter is between lines). */
void room_wait(room *r);
/* Copies the counts into *c (under the lock). */
void room_tally(room *r, room_count *c);
/* The nicknames phones gave, in the order they joined, as "Sam, Ana" into
 * buf; names that do not fit are left out whole and counted (" and 2 more").
 * Returns how many phones have one. */
int room_nicknames(room *r, char *buf, size_t n);
/* The counts' leader, 1-based: the most votes, the lower number on a tie;
 * 0 when nobody voted. */
int room_leader(const room_count *c);

/* ---- the server (room_http.c) ---- */

/* Called on the server's thread after a vote or a join changed the counts.
 * It must not block (the window posts itself an event). */
typedef void (*room_changed_fn)(void *ud);

/* Starts listening on addr (an IPv4 or IPv6 literal; NULL or "" for
 * 127.0.0.1, loopback only) and port (0: the first free of 8080-8089, then
 * any the system gives). Returns false with a message in err. */
bool room_listen(room *r, const char *addr, int port, room_changed_fn changed, void *ud, char *err,
                 size_t errlen);
/* Stops the server and waits for its thread; the state stays. Safe when not
 * listening. */
void room_stop(room *r);
bool room_listening(const room *r);
int room_port(const room *r);
/* The address phones open, with the code: "http://192.168.1.20:8080/K7QX2M".
 * When bound to every interface (0.0.0.0 or ::) the first non-loopback IPv4
 * address stands in. */
void room_join_url(const room *r, char *buf, size_t n);
/* The same without the code, for people typing it: "http://192.168.1.20:8080". */
void room_base_url(const room *r, char *buf, size_t n);

/* ---- the QR code (room_qr.c) ---- */

/* Encodes text as a QR code (error correction M). Returns the modules, size *
 * size bytes, 1 for dark, row by row; the caller frees it. NULL on failure. */
unsigned char *room_qr(const char *text, int *size);

#endif
