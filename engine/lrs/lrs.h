/* lrs.h: learning records for an organisation's Learning Record Store (xAPI 1.0.3).
 *
 * Depends on: engine/store (st_record, progress file names and parsing), cJSON,
 * libcurl (HTTP and TLS) and OpenSSL's libcrypto (SHA-1 for name-based statement
 * ids, HMAC-SHA256 for pseudonyms). This is the only part of rapport that talks
 * to the network; docs/organisations.md says field by field what it sends.
 *
 * Flow: a finished session is recorded in the progress file first (st_append);
 * lrs_enqueue_record then turns it into statements and appends them to a durable
 * queue beside it, <data dir>/<slug>.xapi-queue.json; lrs_sync sends the queue
 * with idempotent PUTs. Every statement id is derived from what the statement
 * describes, so a resend after a crash, a timeout or a kill never duplicates.
 *
 * Threads: there is no global state. Every call opens its own files and its own
 * CURL handle, so lrs_sync may run on a worker thread while the window keeps
 * drawing; lrs_sync_opts.cancel stops it between and during requests. libcurl
 * is opened and initialised on the first sync, once per process and thread-safe
 * (curl_dl_local.h), so commands that never sync do not load it.
 *
 * Ownership: strings in lrs_config are malloc'ed and owned by the struct
 * (lrs_config_free); functions returning char * return malloc'ed memory the
 * caller frees. Messages go to caller-provided buffers and never contain the
 * password. */
#ifndef RAPPORT_LRS_H
#define RAPPORT_LRS_H

#include "store.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define LRS_DEFAULT_IRI_BASE "https://rapport.invalid"
/* Extension keys are rapport's own vocabulary, the same for every organisation. */
#define LRS_EXT "https://rapport.invalid/xapi/"

typedef enum lrs_status {
    LRS_OK,
    LRS_MISSING, /* no configuration (or no queue): nothing to do, not an error */
    LRS_ERROR,   /* msg says what and what to do */
    LRS_BUSY,    /* another rapport is syncing this queue right now */
    LRS_DEFERRED /* backing off after failures; nothing was tried (see next_attempt) */
} lrs_status;

typedef struct lrs_config {
    char *endpoint;     /* the LRS's xAPI base URL, e.g. https://lrs.example.org/xAPI/ */
    char *username;     /* Basic auth key; may be NULL */
    char *password;     /* Basic auth secret; may be NULL; never printed or logged */
    char *registration; /* UUID shared by a workshop's statements, or NULL */
    char *iri_base;     /* activities are <iri_base>/scenarios/<id>; default LRS_DEFAULT_IRI_BASE */
    char *pseudonym_key; /* hex; NULL = the machine's pseudonym.key (see lrs_pseudonym_key) */
    bool anonymise;      /* actors are stable pseudonyms instead of names */
    bool send_choices;   /* one "answered" statement per choice as well */
    bool auto_sync;      /* send right after a session (default true) */
    bool allow_http;     /* plain http to a host other than loopback (default false) */
    long timeout_s;      /* per request, 1..600 (default 30) */
} lrs_config;

/* Opens and initialises libcurl now rather than on the first sync (optional). */
void lrs_init(void);

/* Fills c with defaults (no endpoint: not configured). */
void lrs_config_defaults(lrs_config *c);
void lrs_config_free(lrs_config *c);
/* $XDG_CONFIG_HOME/rapport/lrs.json, else ~/.config/rapport/lrs.json; malloc'ed. */
char *lrs_config_path(void);
/* Reads the configuration strictly. LRS_MISSING when the file does not exist
 * (*out then holds defaults). LRS_ERROR when it is readable by group or others,
 * owned by someone else, or malformed: msg says why and how to fix it. */
lrs_status lrs_config_load(const char *path, lrs_config *out, char *msg, size_t msglen);
/* Checks what a sync needs: an http(s) endpoint without credentials in it, a
 * well-formed registration, a sane timeout. Returns false with msg. */
bool lrs_config_check(const lrs_config *c, char *msg, size_t msglen);
/* Writes the configuration durably with mode 0600 (its folder 0700). */
lrs_status lrs_config_save(const char *path, const lrs_config *c, char *msg, size_t msglen);
/* True for a UUID in its 8-4-4-4-12 hexadecimal form. */
bool lrs_is_uuid(const char *s);

/* The key that makes pseudonyms: c->pseudonym_key when set (an organisation
 * that wants the same pseudonyms on every machine sets it), else the hex in
 * $XDG_CONFIG_HOME/rapport/pseudonym.key, created (0600, 32 random bytes) on
 * first use. Returns a malloc'ed hex string, or NULL with msg. */
char *lrs_pseudonym_key(const lrs_config *c, char *msg, size_t msglen);
/* "learner-" and 12 hex digits of HMAC-SHA256(key, name): stable per key, not
 * reversible without it. Writes into out (at least 21 bytes). */
void lrs_pseudonym(const char *key_hex, const char *name, char *out, size_t outlen);
/* Name-based UUID (version 5, SHA-1) in rapport's namespace; out has 37 bytes. */
void lrs_uuid5(const char *name, char out[37]);

/* The statements for one session as a JSON array text (malloc'ed), in the
 * order attempted, answered..., completed, passed|failed. occurrence tells
 * apart sessions of the same player and scenario that started in the same
 * second (0 for the first). pack may be NULL. NULL with msg on failure. */
char *lrs_statements_json(const lrs_config *c, const char *player, const st_record *r,
                          const char *pack, int occurrence, char *msg, size_t msglen);

/* <data dir>/<slug>.xapi-queue.json for a progress file <data dir>/<slug>.json. */
char *lrs_queue_path(const char *progress_file);
/* Call after the session has been recorded in progress_file: builds its
 * statements from the file's copy of the record (so they match what
 * lrs_export_file makes from the same file) and appends the new ones to the
 * queue durably, under the queue's lock. *added (may be NULL) gets how many
 * were new. pack may be NULL. */
lrs_status lrs_enqueue_record(const lrs_config *c, const char *progress_file, const char *player,
                              const st_record *r, const char *pack, int *added, char *msg,
                              size_t msglen);

typedef struct lrs_queue_info {
    int pending, rejected;
    int failures;          /* consecutive failed attempts to reach the LRS */
    char next_attempt[32]; /* ISO 8601 UTC, "" when not backing off */
    char last_error[300];  /* why the last attempt failed, "" when none */
} lrs_queue_info;
/* Counts what a queue holds. LRS_MISSING when there is no queue. */
lrs_status lrs_queue_read_info(const char *queue_file, lrs_queue_info *out, char *msg,
                               size_t msglen);
/* Puts rejected statements back to pending (after the LRS was fixed). Returns
 * how many, or -1 with msg. */
int lrs_queue_retry_rejected(const char *queue_file, char *msg, size_t msglen);

typedef struct lrs_rejection {
    const char *id, *verb, *scenario, *timestamp; /* what the statement was about */
    long http_status;
    const char *reason; /* the LRS's own words, control characters removed */
    bool now;           /* rejected in this sync (false: kept from an earlier one) */
} lrs_rejection;

typedef struct lrs_sync_opts {
    bool respect_backoff;      /* automatic syncs wait for next_attempt; `rapport sync` does not */
    const atomic_bool *cancel; /* may be NULL; set it to stop soon (the rest stays queued) */
    void (*on_rejected)(void *ud,
                        const lrs_rejection *r); /* every rejected statement; may be NULL */
    void *ud;
} lrs_sync_opts;

typedef struct lrs_sync_result {
    int sent;     /* accepted now (2xx) or already there (409) */
    int rejected; /* kept as rejected, all of them (see lrs_rejection.now) */
    int pending;  /* still waiting to be sent */
} lrs_sync_result;

/* Sends the pending statements of one queue, one PUT each, in order.
 * 2xx and 409 remove the statement; other 4xx mark it rejected with the LRS's
 * reason and go on with the next; 401/403 (credentials), 404/405 (wrong
 * endpoint), 408/429, 5xx and network errors stop this pass, keep everything
 * and record an exponential backoff in the queue. The queue is rewritten
 * durably after every answer, so a kill at any moment loses nothing and a
 * resend is harmless. LRS_OK when the pass went through the queue (or was
 * cancelled); LRS_ERROR with msg when it stopped early (LRS unreachable,
 * credentials refused, queue unwritable); LRS_MISSING when there is no queue;
 * LRS_DEFERRED; LRS_BUSY. *res is filled in every case. */
lrs_status lrs_sync(const lrs_config *c, const char *queue_file, const lrs_sync_opts *o,
                    lrs_sync_result *res, char *msg, size_t msglen);

/* Writes the statements of every session in the given progress files as one
 * JSON array to out_path (durably). Settings come from the LRS configuration
 * when there is one, else defaults; anonymise and with_choices add to it.
 * Files that cannot be read are reported on warn, one line each, and skipped.
 * Returns the number of statements written, or -1 (reported on warn) when the
 * output cannot be written. */
int lrs_export_file(const char *const *progress_files, int n_files, const char *out_path,
                    bool anonymise, bool with_choices, FILE *warn);

#endif
