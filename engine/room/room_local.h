/* room_local.h: the room's internals, shared by room_state.c, room_html.c,
 * room_http.c and the unit tests (tests/room/test_room.c). Not part of the
 * public API (that is room.h). */
#ifndef RAPPORT_ROOM_LOCAL_H
#define RAPPORT_ROOM_LOCAL_H

#include "room.h"

#include <pthread.h>
#include <stdint.h>

#define ROOM_TEXT_MAX 4000 /* bytes kept of a line or a choice */
#define ROOM_TOKEN_LEN 32  /* hex digits of a phone's cookie */
#define ROOM_NICK_MAX 24   /* bytes of a nickname */
#define ROOM_BODY_MAX 512  /* bytes of a request body (a vote is about 20) */
#define ROOM_BUCKETS 128   /* addresses the rate limit remembers */
/* Per address: a burst of ROOM_RATE_BURST requests, then ROOM_RATE_PER_S a
 * second; ROOM_BAD_CODES wrong codes and the address is refused for the session. */
#define ROOM_RATE_BURST 40.0
#define ROOM_RATE_PER_S 10.0
#define ROOM_BAD_CODES 10
/* Phones one address may add: each phone on the room's network has its own
 * address, so more from one is someone making phones to stuff the count. */
#define ROOM_PHONES_PER_ADDRESS 16

/* A growable string; NUL-terminated while ok. */
typedef struct room_buf {
    char *s;
    size_t len, cap;
    bool failed; /* out of memory, or over the cap: drop it */
} room_buf;
void room_buf_add(room_buf *b, const char *s, size_t n);
void room_buf_puts(room_buf *b, const char *s);
void room_buf_printf(room_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s with & < > " ' as entities; invalid UTF-8 and control
 * characters other than newline and tab become U+FFFD. */
void room_buf_html(room_buf *b, const char *s);
void room_buf_free(room_buf *b);

typedef struct room_voter {
    char token[ROOM_TOKEN_LEN + 1];
    char nick[ROOM_NICK_MAX + 1]; /* "" when none; memory only, never saved */
    unsigned round;               /* the round its vote counts for */
    int vote;                     /* 1-based; 0 none */
} room_voter;

typedef struct room_bucket {
    unsigned char addr[16];
    int len; /* 0: free */
    double tokens, at;
    int bad_codes;
    int phones; /* phones this address added */
} room_bucket;

/* A language phones may read (room_add_language); immutable once the server runs. */
typedef struct room_lang {
    char code[16];
    char *w[ROOM_N_WORDS]; /* owned */
    bool one[ROOM_MAX_VOTERS + 1];
} room_lang;

struct room {
    pthread_mutex_t mu; /* guards everything below but the server fields */
    char code[ROOM_CODE_LEN + 1];
    unsigned round;
    int number;
    bool open;
    int revealed;
    unsigned edition;               /* the round's texts said anew (room_set_line); 0 at first */
    char *speaker, *line;           /* owned, may be NULL */
    char *choice[ROOM_MAX_CHOICES]; /* owned */
    int n_choice;
    room_voter *voters; /* [ROOM_MAX_VOTERS], owned */
    int n_voters;
    room_bucket buckets[ROOM_BUCKETS];
    unsigned long changes;
    room_lang *langs[ROOM_MAX_LANGS]; /* owned; set before the server starts, then only read */
    int n_langs;
    /* the server (room_http.c); touched only by the thread that owns r */
    struct MHD_Daemon *d;
    room_changed_fn changed;
    void *ud;
    int port;
    char host[64]; /* as written in URLs: "127.0.0.1", "[::1]" */
};

/* Fills out with n random bytes (getrandom). */
bool room_random(void *out, size_t n);

/* ---- what the server asks of the state (all lock inside) ---- */

/* A new phone from addr (len bytes; NULL: not counted per address): a fresh
 * token in out. false when the room is full or the address has added
 * ROOM_PHONES_PER_ADDRESS phones already. */
bool room_voter_new(room *r, const void *addr, int len, char out[ROOM_TOKEN_LEN + 1]);
/* The voter with this token, or -1 (call with the lock held). */
int room_voter_find(const room *r, const char *token);
typedef enum room_vote_result {
    ROOM_VOTE_OK,
    ROOM_VOTE_UNKNOWN, /* no such phone (no or a forged cookie) */
    ROOM_VOTE_STALE,   /* the round moved on, or votes are closed */
    ROOM_VOTE_RANGE    /* no such choice */
} room_vote_result;
room_vote_result room_vote(room *r, const char *token, unsigned round, int choice);
bool room_set_nick(room *r, const char *token, const char *nick);
/* The rate limit for an address: false when it must wait (or is blocked for
 * wrong codes). bad_code counts a wrong code against it. now in seconds. */
bool room_admit(room *r, const void *addr, int len, double now, bool bad_code);
/* True when code is the room's (case-insensitive, constant time). */
bool room_code_ok(const room *r, const char *code, size_t len);

/* ---- the pages (room_html.c) ---- */

/* The language for a request whose Accept-Language header is accept (NULL
 * when it sent none): the added language it prefers most (by q, then order),
 * matched on the primary subtag ("fr-CH" is "fr"), else the first added;
 * NULL, for English as written, when none is added. Borrowed from r. */
const room_lang *room_lang_for(const room *r, const char *accept);
/* Frees the languages (room_free). */
void room_langs_free(room *r);

/* The pages below are in language l (NULL: English as written). */
/* The phone page for token (may be unknown), into b. nonce is the script's. */
void room_page(room *r, const char *token, const char *nonce, const room_lang *l, room_buf *b);
/* The code-entry page (no code given) with a note above the form (ROOM_N_WORDS:
 * none), and a short message page. */
void room_page_join(room_buf *b, const room_lang *l, room_word note);
void room_page_note(room_buf *b, const room_lang *l, room_word title, room_word text);
/* "ROUND OPEN REVEALED EDITION" for the page's poll. */
void room_page_state(room *r, room_buf *b);

#endif
