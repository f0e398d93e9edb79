/* queue.c: the durable statement queue beside a progress file.
 *
 * <data dir>/<slug>.xapi-queue.json:
 *   {"format": 1, "failures": 0, "next_attempt": null, "last_error": null,
 *    "items": [{"id": UUID, "state": "pending"|"rejected", "attempts": 0,
 *               "status": 400, "reason": "...", "rejected_at": ISO,   (rejected only)
 *               "statement": {...}}]}
 * Every change takes <queue>.lock, re-reads the file, changes it and writes it
 * back durably (lrs_fs_write), so the window, the terminal player and a
 * `rapport sync` can all touch one queue and nothing is lost. */
#include "lrs_local.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

char *lrs_queue_path(const char *progress_file)
{
    size_t n = strlen(progress_file);
    if (n > 5 && strcmp(progress_file + n - 5, ".json") == 0)
        return lrs_fmt("%.*s.xapi-queue.json", (int)(n - 5), progress_file);
    return lrs_fmt("%s.xapi-queue.json", progress_file);
}

static cJSON *empty_queue(void)
{
    cJSON *q = cJSON_CreateObject();
    if (!q) return NULL;
    if (!cJSON_AddNumberToObject(q, "format", LRS_QUEUE_FORMAT) ||
        !cJSON_AddNumberToObject(q, "failures", 0) || !cJSON_AddNullToObject(q, "next_attempt") ||
        !cJSON_AddNullToObject(q, "last_error") || !cJSON_AddArrayToObject(q, "items")) {
        cJSON_Delete(q);
        return NULL;
    }
    return q;
}

/* Why q is not a queue this rapport can use, or NULL when it is one. */
static const char *malformed(const cJSON *q)
{
    if (!cJSON_IsObject(q)) return "it is not a JSON object";
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(q, "format");
    if (!cJSON_IsNumber(f) || f->valuedouble != LRS_QUEUE_FORMAT) return "its format is unknown";
    if (!cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(q, "failures")))
        return "\"failures\" is not a number";
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(q, "items");
    if (!cJSON_IsArray(items)) return "it has no \"items\" list";
    const cJSON *it;
    cJSON_ArrayForEach(it, items)
    {
        const char *st = lrs_json_str(it, "state");
        if (!lrs_is_uuid(lrs_json_str(it, "id")) || !st ||
            (strcmp(st, "pending") != 0 && strcmp(st, "rejected") != 0) ||
            !cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(it, "statement")))
            return "an item lacks its id, state or statement";
    }
    return NULL;
}

lrs_status lrs_queue_load(const char *path, cJSON **out, bool create, char *msg, size_t msglen)
{
    *out = NULL;
    char *buf;
    size_t len;
    int r = lrs_fs_read(path, LRS_FILE_MAX, &buf, &len);
    if (r == 1) {
        if (!create) return LRS_MISSING;
        *out = empty_queue();
        if (!*out) snprintf(msg, msglen, "out of memory");
        return *out ? LRS_OK : LRS_ERROR;
    }
    if (r < 0) {
        snprintf(msg, msglen, "cannot read %s: %s", path, strerror(errno));
        return LRS_ERROR;
    }
    char why[200];
    cJSON *q = lrs_json_parse(buf, len, why, sizeof why);
    free(buf);
    const cJSON *f = q ? cJSON_GetObjectItemCaseSensitive(q, "format") : NULL;
    if (cJSON_IsNumber(f) && f->valuedouble > LRS_QUEUE_FORMAT) {
        snprintf(msg, msglen, "%s was written by a newer rapport; it is left untouched", path);
        cJSON_Delete(q);
        return LRS_ERROR;
    }
    const char *bad = q ? malformed(q) : why;
    if (!bad) {
        *out = q;
        return LRS_OK;
    }
    if (bad != why) snprintf(why, sizeof why, "%s", bad);
    cJSON_Delete(q);
    /* Keep the bytes for whoever wants to rescue them; start a new queue. */
    char *aside = lrs_fs_set_aside(path);
    if (!aside) {
        snprintf(msg, msglen, "%s cannot be read (%s) and cannot be set aside: %s", path, why,
                 strerror(errno));
        return LRS_ERROR;
    }
    fprintf(stderr, "rapport: %s could not be read (%s); kept it as %s\n", path, why, aside);
    free(aside);
    if (!create) return LRS_MISSING;
    *out = empty_queue();
    if (!*out) snprintf(msg, msglen, "out of memory");
    return *out ? LRS_OK : LRS_ERROR;
}

bool lrs_queue_save(const char *path, const cJSON *q, char *msg, size_t msglen)
{
    char *text = cJSON_PrintUnformatted(q);
    if (!text) {
        snprintf(msg, msglen, "out of memory while writing %s", path);
        return false;
    }
    size_t n = strlen(text);
    char *line = realloc(text, n + 2);
    if (!line) {
        free(text);
        snprintf(msg, msglen, "out of memory while writing %s", path);
        return false;
    }
    line[n] = '\n';
    line[n + 1] = '\0';
    bool ok = lrs_fs_write(path, line, n + 1, 0600, msg, msglen);
    free(line);
    return ok;
}

lrs_status lrs_queue_update(const char *path, lrs_queue_fn fn, void *arg, char *msg, size_t msglen)
{
    int lk = lrs_fs_lock(path, "lock", 5000);
    if (lk < 0) {
        snprintf(msg, msglen,
                 lk == -2 ? "another rapport holds %s; try again in a moment" : "cannot lock %s",
                 path);
        return lk == -2 ? LRS_BUSY : LRS_ERROR;
    }
    cJSON *q;
    lrs_status st = lrs_queue_load(path, &q, true, msg, msglen);
    if (st == LRS_OK) {
        int r = fn(q, arg);
        if (r < 0) {
            snprintf(msg, msglen, "out of memory while updating %s", path);
            st = LRS_ERROR;
        } else if (r > 0 && !lrs_queue_save(path, q, msg, msglen)) {
            st = LRS_ERROR;
        }
    }
    cJSON_Delete(q);
    lrs_fs_unlock(lk);
    return st;
}

cJSON *lrs_queue_find(cJSON *q, const char *id)
{
    cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(q, "items"))
    {
        const char *iid = lrs_json_str(it, "id");
        if (iid && strcmp(iid, id) == 0) return it;
    }
    return NULL;
}

/* Replaces (or adds) member k of o; takes ownership of v. False when out of memory. */
bool lrs_queue_set(cJSON *o, const char *k, cJSON *v)
{
    if (!v) return false;
    if (cJSON_GetObjectItemCaseSensitive(o, k))
        return cJSON_ReplaceItemInObjectCaseSensitive(o, k, v);
    if (cJSON_AddItemToObject(o, k, v)) return true;
    cJSON_Delete(v);
    return false;
}

typedef struct enqueue_arg {
    cJSON *statements;
    int added;
} enqueue_arg;

static int do_enqueue(cJSON *q, void *argp)
{
    enqueue_arg *a = argp;
    cJSON *items = cJSON_GetObjectItemCaseSensitive(q, "items");
    cJSON *s;
    cJSON_ArrayForEach(s, a->statements)
    {
        const char *id = lrs_json_str(s, "id");
        /* Already queued (the same session recorded twice): the id says so. */
        if (!id || lrs_queue_find(q, id)) continue;
        cJSON *item = cJSON_CreateObject();
        cJSON *copy = cJSON_Duplicate(s, 1);
        if (!item || !copy || !cJSON_AddStringToObject(item, "id", id) ||
            !cJSON_AddStringToObject(item, "state", "pending") ||
            !cJSON_AddNumberToObject(item, "attempts", 0) ||
            !cJSON_AddItemToObject(item, "statement", copy)) {
            if (!item || !cJSON_GetObjectItemCaseSensitive(item, "statement")) cJSON_Delete(copy);
            cJSON_Delete(item);
            return -1;
        }
        if (!cJSON_AddItemToArray(items, item)) {
            cJSON_Delete(item);
            return -1;
        }
        a->added++;
    }
    return a->added > 0;
}

static bool same(const char *a, const char *b)
{
    return a && b ? strcmp(a, b) == 0 : a == b;
}

lrs_status lrs_enqueue_record(const lrs_config *c, const char *progress_file, const char *player,
                              const st_record *r, const char *pack, int *added, char *msg,
                              size_t msglen)
{
    msg[0] = '\0';
    if (added) *added = 0;
    /* Build from the file's copy: it is what an export of the same file sees
     * (the store rounds times and scores), so both give identical statements. */
    st_progress p;
    int index = -1;
    char why[600];
    if (lrs_read_progress(progress_file, &p, why, sizeof why)) {
        for (int i = p.n_records - 1; i >= 0 && index < 0; i--)
            if (same(p.records[i].scenario, r->scenario) &&
                same(p.records[i].started, r->started) && same(p.records[i].ended, r->ended))
                index = i;
    }
    if (index < 0) {
        /* Not in the file (not saved): round-trip it through the store's own
         * JSON so the numbers are rounded the same way. */
        st_progress_free(&p);
        st_progress_init(&p, player);
        char *text = NULL;
        bool ok = st_progress_add(&p, r) && (text = st_print(&p)) != NULL;
        st_progress_free(&p);
        if (!ok || st_parse(text, strlen(text), &p, why, sizeof why) != ST_OK || p.n_records != 1) {
            free(text);
            st_progress_free(&p);
            snprintf(msg, msglen, "cannot prepare learning records for this session");
            return LRS_ERROR;
        }
        free(text);
        index = 0;
    }
    char *key = NULL;
    if (c->anonymise && !(key = lrs_pseudonym_key(c, msg, msglen))) {
        st_progress_free(&p);
        return LRS_ERROR;
    }
    enqueue_arg a = {lrs_build(c, key, player, &p.records[index], pack, lrs_occurrence(&p, index)),
                     0};
    free(key);
    st_progress_free(&p);
    if (!a.statements) {
        snprintf(msg, msglen, "cannot build learning records (out of memory)");
        return LRS_ERROR;
    }
    char *qpath = lrs_queue_path(progress_file);
    lrs_status st = qpath ? lrs_queue_update(qpath, do_enqueue, &a, msg, msglen) : LRS_ERROR;
    if (!qpath) snprintf(msg, msglen, "out of memory");
    free(qpath);
    cJSON_Delete(a.statements);
    if (added) *added = a.added;
    return st;
}

lrs_status lrs_queue_read_info(const char *queue_file, lrs_queue_info *out, char *msg,
                               size_t msglen)
{
    memset(out, 0, sizeof *out);
    cJSON *q;
    lrs_status st = lrs_queue_load(queue_file, &q, false, msg, msglen);
    if (st != LRS_OK) return st;
    const cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(q, "items"))
    {
        if (strcmp(lrs_json_str(it, "state"), "pending") == 0)
            out->pending++;
        else
            out->rejected++;
    }
    out->failures = cJSON_GetObjectItemCaseSensitive(q, "failures")->valueint;
    const char *na = lrs_json_str(q, "next_attempt");
    snprintf(out->next_attempt, sizeof out->next_attempt, "%s", na ? na : "");
    lrs_clean(lrs_json_str(q, "last_error"), out->last_error, sizeof out->last_error);
    cJSON_Delete(q);
    return LRS_OK;
}

static int do_retry(cJSON *q, void *argp)
{
    int *n = argp;
    cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(q, "items"))
    {
        if (strcmp(lrs_json_str(it, "state"), "rejected") != 0) continue;
        if (!lrs_queue_set(it, "state", cJSON_CreateString("pending"))) return -1;
        cJSON_DeleteItemFromObjectCaseSensitive(it, "status");
        cJSON_DeleteItemFromObjectCaseSensitive(it, "reason");
        cJSON_DeleteItemFromObjectCaseSensitive(it, "rejected_at");
        (*n)++;
    }
    return *n > 0;
}

int lrs_queue_retry_rejected(const char *queue_file, char *msg, size_t msglen)
{
    int n = 0;
    lrs_status st = lrs_queue_update(queue_file, do_retry, &n, msg, msglen);
    return st == LRS_OK ? n : -1;
}

double lrs_backoff(int failures)
{
    /* 30 s, 1 min, 2 min ... capped at an hour, plus up to 25% so a room of
     * laptops does not come back to a recovering LRS in the same second. */
    double base = 30.0 * pow(2.0, failures > 1 ? (failures - 1 < 7 ? failures - 1 : 7) : 0);
    if (base > 3600) base = 3600;
    unsigned short r = 0;
    if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) r = 0;
    return base * (1.0 + 0.25 * (double)r / 65535.0);
}
