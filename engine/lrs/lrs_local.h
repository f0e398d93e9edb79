/* lrs_local.h: what the files of engine/lrs share; not part of the contract. */
#ifndef RAPPORT_LRS_LOCAL_H
#define RAPPORT_LRS_LOCAL_H

#include "lrs.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define LRS_FILE_MAX (64u << 20)
#define LRS_QUEUE_FORMAT 1

/* fs.c: files written the durable way (temp file in the same folder, fsync,
 * rename, fsync the folder) and locks on separate lock files. */

/* Reads a whole file (at most max bytes) into a malloc'ed, NUL-terminated
 * buffer. Returns 0, 1 when it does not exist, -1 on error (errno set). */
int lrs_fs_read(const char *path, size_t max, char **buf, size_t *len);
/* Replaces path with data atomically and durably; mode for the new file.
 * Creates missing folders with mode 0700. Returns false with msg. */
bool lrs_fs_write(const char *path, const char *data, size_t len, mode_t mode, char *msg,
                  size_t msglen);
/* mkdir -p with mode for the folders it creates. Returns false (errno set). */
bool lrs_fs_mkdirs(const char *dir, mode_t mode);
/* Takes an exclusive flock on <path>.<suffix>: waits up to wait_ms (0: try once).
 * Returns the descriptor, -1 on error, -2 when someone else holds it. */
int lrs_fs_lock(const char *path, const char *suffix, int wait_ms);
void lrs_fs_unlock(int fd);
/* Renames a broken file to <path>.broken-<UTC time>, never replacing anything.
 * Returns the new name (malloc'ed) or NULL. */
char *lrs_fs_set_aside(const char *path);

/* config.c: $XDG_CONFIG_HOME/rapport (else ~/.config/rapport); malloc'ed. */
char *lrs_config_dir(void);

/* util.c */
char *lrs_strdup(const char *s);
char *lrs_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Parses JSON strictly: no trailing text, no duplicate keys, valid UTF-8. */
cJSON *lrs_json_parse(const char *buf, size_t len, char *why, size_t whylen);
/* The string member key (case-sensitive), or NULL when absent or not a string. */
const char *lrs_json_str(const cJSON *o, const char *key);
/* Seconds since the epoch for "YYYY-MM-DDTHH:MM:SS[.fff]Z"; false if malformed. */
bool lrs_time_parse(const char *iso, double *secs);
/* "YYYY-MM-DDTHH:MM:SS.mmmZ" (milliseconds only when not whole); buf >= 32. */
void lrs_time_format(double secs, char *buf, size_t n);
double lrs_time_now(void);
/* ISO 8601 duration: PT1H2M3.4S; negative counts as 0. buf >= 40. */
void lrs_duration(double secs, char *buf, size_t n);
/* Copies text into buf with control characters turned into spaces, cut at n-1. */
void lrs_clean(const char *text, char *buf, size_t n);

/* statement.c */
/* The statements for a session as a cJSON array (caller deletes), or NULL. key
 * is the pseudonym key (used only when c->anonymise). */
cJSON *lrs_build(const lrs_config *c, const char *key, const char *player, const st_record *r,
                 const char *pack, int occurrence);

/* progress.c: reading progress files without side effects (no setting aside). */
/* Parses a progress file; false with msg when it cannot be read. */
bool lrs_read_progress(const char *file, st_progress *out, char *msg, size_t msglen);
/* How many earlier sessions in p share r's scenario and start time. */
int lrs_occurrence(const st_progress *p, int index);

/* queue.c */
/* Loads a queue. LRS_MISSING when absent and !create (with create: an empty
 * queue). An unreadable queue is set aside (reported on stderr) and replaced. */
lrs_status lrs_queue_load(const char *path, cJSON **out, bool create, char *msg, size_t msglen);
bool lrs_queue_save(const char *path, const cJSON *q, char *msg, size_t msglen);
/* Changes the queue: returns 1 when it changed (to be saved), 0 when not, -1 out of memory. */
typedef int (*lrs_queue_fn)(cJSON *q, void *arg);
/* Under the queue's lock: load, fn, save when changed. */
lrs_status lrs_queue_update(const char *path, lrs_queue_fn fn, void *arg, char *msg, size_t msglen);
cJSON *lrs_queue_find(cJSON *q, const char *id);
/* Sets o[k] = v (replacing); takes v. False when out of memory. */
bool lrs_queue_set(cJSON *o, const char *k, cJSON *v);
/* Seconds to wait after the given number of consecutive failures (with jitter). */
double lrs_backoff(int failures);

#endif
