/* sync.c: sends a queue to the LRS with libcurl, one idempotent PUT per statement.
 *
 * PUT <endpoint>/statements?statementId=<id> stores a statement under the id
 * we chose; sending it again is harmless (204 again, or 409 when the LRS
 * already has it), which is what makes "killed mid-sync" safe: the queue is
 * rewritten after every answer, and at worst the one statement in flight is
 * sent twice and stored once. One CURL handle per call and no globals, so this
 * runs on a worker thread. */
#include "lrs_local.h"

#include "curl_dl_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BODY_MAX 65536

void lrs_init(void)
{
    lrs_curl_get(NULL, 0); /* optional: lrs_sync opens libcurl on first use anyway */
}

typedef struct reply {
    char buf[BODY_MAX + 1];
    size_t n;
} reply;

/* Keeps the start of the LRS's answer (its reason); the rest is read and dropped. */
static size_t on_data(char *p, size_t size, size_t nmemb, void *ud)
{
    reply *r = ud;
    size_t n = size * nmemb;
    size_t room = BODY_MAX - r->n;
    size_t take = n < room ? n : room;
    memcpy(r->buf + r->n, p, take);
    r->n += take;
    r->buf[r->n] = '\0';
    return n;
}

static int on_progress(void *ud, curl_off_t a, curl_off_t b, curl_off_t c, curl_off_t d)
{
    (void)a, (void)b, (void)c, (void)d;
    const atomic_bool *cancel = ud;
    return cancel && atomic_load(cancel) ? 1 : 0;
}

/* The LRS's reason for a refusal: its JSON "message" and "warnings" when it
 * sends them (Learning Locker does), else the start of the body. */
static void reason_of(const reply *r, char *out, size_t n)
{
    char why[8];
    cJSON *j = r->n ? lrs_json_parse(r->buf, r->n, why, sizeof why) : NULL;
    char tmp[1024] = "";
    size_t k = 0;
    const char *m = lrs_json_str(j, "message");
    if (m) k += (size_t)snprintf(tmp + k, sizeof tmp - k, "%s", m);
    const cJSON *w = cJSON_GetObjectItemCaseSensitive(j, "warnings");
    const cJSON *it;
    cJSON_ArrayForEach(it, w)
    {
        if (cJSON_IsString(it) && k < sizeof tmp)
            k += (size_t)snprintf(tmp + k, sizeof tmp - k, "%s%s", k ? "; " : "", it->valuestring);
    }
    cJSON_Delete(j);
    lrs_clean(k ? tmp : r->buf, out, n);
    if (!out[0]) snprintf(out, n, "(no reason given)");
}

typedef enum verdict { SENT, REJECTED, STOP, RETRY, CANCELLED } verdict;

typedef struct change {
    const char *id;
    long status;
    const char *text; /* reason (REJECTED) or error (STOP, RETRY) */
    bool rotate;      /* move the item to the end, so one bad item blocks nothing */
} change;

/* The LRS answered (accepted or refused): whatever backoff there was is over. */
static int end_backoff(cJSON *q)
{
    if (!lrs_queue_set(q, "failures", cJSON_CreateNumber(0)) ||
        !lrs_queue_set(q, "next_attempt", cJSON_CreateNull()) ||
        !lrs_queue_set(q, "last_error", cJSON_CreateNull()))
        return -1;
    return 1;
}

static int do_sent(cJSON *q, void *argp)
{
    const change *ch = argp;
    cJSON *it = lrs_queue_find(q, ch->id);
    if (it)
        cJSON_Delete(cJSON_DetachItemViaPointer(cJSON_GetObjectItemCaseSensitive(q, "items"), it));
    return end_backoff(q);
}

static int do_rejected(cJSON *q, void *argp)
{
    const change *ch = argp;
    cJSON *it = lrs_queue_find(q, ch->id);
    char now[40];
    lrs_time_format(lrs_time_now(), now, sizeof now);
    if (it && (!lrs_queue_set(it, "state", cJSON_CreateString("rejected")) ||
               !lrs_queue_set(it, "status", cJSON_CreateNumber((double)ch->status)) ||
               !lrs_queue_set(it, "reason", cJSON_CreateString(ch->text)) ||
               !lrs_queue_set(it, "rejected_at", cJSON_CreateString(now))))
        return -1;
    return end_backoff(q);
}

static int do_failed(cJSON *q, void *argp)
{
    const change *ch = argp;
    int failures = cJSON_GetObjectItemCaseSensitive(q, "failures")->valueint + 1;
    char next[40];
    lrs_time_format(lrs_time_now() + lrs_backoff(failures), next, sizeof next);
    if (!lrs_queue_set(q, "failures", cJSON_CreateNumber(failures)) ||
        !lrs_queue_set(q, "next_attempt", cJSON_CreateString(next)) ||
        !lrs_queue_set(q, "last_error", cJSON_CreateString(ch->text)))
        return -1;
    cJSON *it = ch->id ? lrs_queue_find(q, ch->id) : NULL;
    if (it) {
        const cJSON *a = cJSON_GetObjectItemCaseSensitive(it, "attempts");
        if (!lrs_queue_set(it, "attempts",
                           cJSON_CreateNumber(cJSON_IsNumber(a) ? a->valuedouble + 1 : 1)))
            return -1;
        if (ch->rotate) {
            cJSON *items = cJSON_GetObjectItemCaseSensitive(q, "items");
            cJSON_AddItemToArray(items, cJSON_DetachItemViaPointer(items, it));
        }
    }
    return 1;
}

static verdict judge(CURLcode rc, long status, const reply *r, const char *curl_err, char *text,
                     size_t n)
{
    if (rc == CURLE_ABORTED_BY_CALLBACK) return CANCELLED;
    if (rc != CURLE_OK) {
        snprintf(text, n, "cannot reach the LRS: %s",
                 curl_err[0] ? curl_err : lrs_curl_get(NULL, 0)->easy_strerror(rc));
        return RETRY;
    }
    if ((status >= 200 && status < 300) || status == 409) return SENT;
    char why[400];
    reason_of(r, why, sizeof why);
    if (status == 401 || status == 403) {
        snprintf(text, n,
                 "the LRS refused the credentials (HTTP %ld: %s); check them with "
                 "rapport lrs show",
                 status, why);
        return STOP;
    }
    if ((status >= 300 && status < 400) || status == 404 || status == 405) {
        snprintf(text, n,
                 "the endpoint does not look like an xAPI LRS (HTTP %ld); it should be "
                 "the URL that ends before \"statements\"",
                 status);
        return STOP;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        snprintf(text, n, "%s", why);
        return REJECTED;
    }
    snprintf(text, n, "the LRS answered HTTP %ld: %s", status, why);
    return RETRY;
}

/* Tells the caller about every rejected statement still in the queue. */
static void report_rejected(const cJSON *q, const lrs_sync_opts *o, char **now_ids, int n_now,
                            lrs_sync_result *res)
{
    const cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(q, "items"))
    {
        if (strcmp(lrs_json_str(it, "state"), "pending") == 0) {
            res->pending++;
            continue;
        }
        res->rejected++;
        if (!o || !o->on_rejected) continue;
        const cJSON *s = cJSON_GetObjectItemCaseSensitive(it, "statement");
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(s, "verb");
        const char *verb = lrs_json_str(cJSON_GetObjectItemCaseSensitive(v, "display"), "en-US");
        const cJSON *st = cJSON_GetObjectItemCaseSensitive(it, "status");
        lrs_rejection rj = {
            .id = lrs_json_str(it, "id"),
            .verb = verb ? verb : lrs_json_str(v, "id"),
            .scenario = lrs_json_str(cJSON_GetObjectItemCaseSensitive(s, "object"), "id"),
            .timestamp = lrs_json_str(s, "timestamp"),
            .http_status = cJSON_IsNumber(st) ? (long)st->valuedouble : 0,
            .reason = lrs_json_str(it, "reason"),
        };
        for (int i = 0; i < n_now; i++)
            if (strcmp(now_ids[i], rj.id) == 0) rj.now = true;
        o->on_rejected(o->ud, &rj);
    }
}

/* ---- the steps of a sync ---- */

#define OOM_MSG "out of memory while sending learning records"

typedef struct pending {
    char *id;
    char *body; /* the statement as sent */
} pending;

/* The pending statements of a queue, taken out of it so no cJSON tree is held
 * while the network is slow. now_ids[n_now] are those the LRS refused in this
 * sync (borrowed from items). */
typedef struct todo {
    pending *items;
    int n;
    char **now_ids;
    int n_now;
} todo;

static void todo_free(todo *t)
{
    for (int i = 0; i < t->n; i++) {
        free(t->items[i].id);
        free(t->items[i].body);
    }
    free(t->items);
    free(t->now_ids);
}

/* True when the queue says to wait (automatic syncs only): msg says until
 * when, and res counts what waits. */
static bool backing_off(const cJSON *q, const lrs_sync_opts *o, lrs_sync_result *res, char *msg,
                        size_t msglen)
{
    double next;
    if (!o || !o->respect_backoff || !lrs_time_parse(lrs_json_str(q, "next_attempt"), &next) ||
        next <= lrs_time_now())
        return false;
    snprintf(msg, msglen, "waiting until %s before trying the LRS again",
             lrs_json_str(q, "next_attempt"));
    report_rejected(q, NULL, NULL, 0, res);
    return true;
}

/* Reads the queue and takes its pending statements into t. */
static lrs_status take_pending(const char *queue_file, const lrs_sync_opts *o, todo *t,
                               lrs_sync_result *res, char *msg, size_t msglen)
{
    cJSON *q = NULL;
    /* Writes are atomic renames, so reading without the queue lock is safe. */
    lrs_status st = lrs_queue_load(queue_file, &q, false, msg, msglen);
    if (st != LRS_OK) return st;
    if (backing_off(q, o, res, msg, msglen)) {
        cJSON_Delete(q);
        return LRS_DEFERRED;
    }
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(q, "items"), *it;
    int n_items = cJSON_GetArraySize(items);
    t->items = calloc((size_t)n_items + 1, sizeof *t->items);
    t->now_ids = calloc((size_t)n_items + 1, sizeof *t->now_ids);
    st = t->items && t->now_ids ? LRS_OK : LRS_ERROR;
    cJSON_ArrayForEach(it, items)
    {
        if (st != LRS_OK) break;
        if (strcmp(lrs_json_str(it, "state"), "pending") != 0) continue;
        pending *p = &t->items[t->n++];
        p->id = lrs_strdup(lrs_json_str(it, "id"));
        p->body = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(it, "statement"));
        if (!p->id || !p->body) st = LRS_ERROR;
    }
    if (st != LRS_OK) snprintf(msg, msglen, OOM_MSG);
    cJSON_Delete(q);
    return st;
}

/* One CURL handle set up for idempotent PUTs to the configured LRS. */
typedef struct sender {
    const lrs_curl *C; /* NULL until libcurl is open */
    CURL *h;
    struct curl_slist *hdr;
    char *url_base; /* <endpoint>/statements?statementId= */
    reply *r;
    char err[CURL_ERROR_SIZE];
} sender;

static void sender_close(sender *s)
{
    if (s->C) {
        s->C->slist_free_all(s->hdr);
        if (s->h) s->C->easy_cleanup(s->h);
    }
    free(s->url_base);
    free(s->r);
}

/* Opens libcurl (LRS_ERROR with its message when the machine lacks it: the
 * statements stay queued for one that has it) and sets the handle up. */
static lrs_status sender_open(sender *s, const lrs_config *c, const lrs_sync_opts *o, char *msg,
                              size_t msglen)
{
    const char *e = c->endpoint;
    s->url_base = lrs_fmt("%s%sstatements?statementId=", e, e[strlen(e) - 1] == '/' ? "" : "/");
    const lrs_curl *C = s->C = lrs_curl_get(msg, msglen);
    if (!C) return LRS_ERROR;
    CURL *h = s->h = C->easy_init();
    if (!s->url_base || !h) goto oom;
    s->hdr = C->slist_append(s->hdr, "X-Experience-API-Version: 1.0.3");
    s->hdr = s->hdr ? C->slist_append(s->hdr, "Content-Type: application/json") : NULL;
    /* No "100 continue" round trip: statements are small. */
    s->hdr = s->hdr ? C->slist_append(s->hdr, "Expect:") : NULL;
    if (!s->hdr || !(s->r = malloc(sizeof *s->r))) goto oom;
    C->easy_setopt(h, CURLOPT_HTTPHEADER, s->hdr);
    C->easy_setopt(h, CURLOPT_CUSTOMREQUEST, "PUT");
    C->easy_setopt(h, CURLOPT_USERAGENT, "rapport/" RAPPORT_VERSION);
    C->easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    C->easy_setopt(h, CURLOPT_CONNECTTIMEOUT, c->timeout_s < 10 ? c->timeout_s : 10L);
    C->easy_setopt(h, CURLOPT_TIMEOUT, c->timeout_s);
    /* Redirects are not followed: they could carry the password elsewhere. */
    C->easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
    C->easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    C->easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    if (c->username || c->password) {
        C->easy_setopt(h, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
        C->easy_setopt(h, CURLOPT_USERNAME, c->username ? c->username : "");
        C->easy_setopt(h, CURLOPT_PASSWORD, c->password ? c->password : "");
    }
    C->easy_setopt(h, CURLOPT_ERRORBUFFER, s->err);
    C->easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    C->easy_setopt(h, CURLOPT_WRITEDATA, s->r);
    if (o && o->cancel) {
        C->easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
        C->easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
        C->easy_setopt(h, CURLOPT_XFERINFODATA, (void *)o->cancel);
    }
    return LRS_OK;
oom:
    snprintf(msg, msglen, OOM_MSG);
    return LRS_ERROR;
}

/* PUTs one statement and says what its answer means (text: the reason or the
 * error); *status gets the HTTP status. false when out of memory. */
static bool sender_put(sender *s, const pending *p, verdict *v, long *status, char *text, size_t n)
{
    const lrs_curl *C = s->C;
    char *url = lrs_fmt("%s%s", s->url_base, p->id);
    if (!url) return false;
    C->easy_setopt(s->h, CURLOPT_URL, url);
    C->easy_setopt(s->h, CURLOPT_POSTFIELDS, p->body);
    C->easy_setopt(s->h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(p->body));
    s->r->n = 0;
    s->r->buf[0] = '\0';
    s->err[0] = '\0';
    CURLcode rc = C->easy_perform(s->h);
    free(url);
    *status = 0;
    C->easy_getinfo(s->h, CURLINFO_RESPONSE_CODE, status);
    *v = judge(rc, *status, s->r, s->err, text, n);
    return true;
}

/* Sends t's statements in order, writing each answer into the queue before
 * the next PUT. Stops on a cancel, on an answer that ends the pass (STOP,
 * RETRY) and when the queue cannot be written. *oom is set when memory ran out. */
static lrs_status send_all(sender *s, const char *queue_file, const lrs_sync_opts *o, todo *t,
                           lrs_sync_result *res, bool *oom, char *msg, size_t msglen)
{
    for (int i = 0; i < t->n; i++) {
        if (o && o->cancel && atomic_load(o->cancel)) break;
        char text[600];
        long status;
        verdict v;
        if (!sender_put(s, &t->items[i], &v, &status, text, sizeof text)) {
            snprintf(msg, msglen, OOM_MSG);
            *oom = true;
            return LRS_ERROR;
        }
        if (v == CANCELLED) break;
        change ch = {.id = t->items[i].id, .status = status, .text = text, .rotate = v == RETRY};
        lrs_queue_fn fn = v == SENT ? do_sent : v == REJECTED ? do_rejected : do_failed;
        char umsg[600];
        if (lrs_queue_update(queue_file, fn, &ch, umsg, sizeof umsg) != LRS_OK) {
            /* The LRS has it (or not); the queue could not say so. Stop: a
             * resend later is harmless, losing track is not. */
            snprintf(msg, msglen, "%s", umsg);
            return LRS_ERROR;
        }
        if (v == SENT) res->sent++;
        if (v == REJECTED) t->now_ids[t->n_now++] = t->items[i].id;
        if (v == STOP || v == RETRY) {
            snprintf(msg, msglen, "%s", text);
            return LRS_ERROR;
        }
    }
    return LRS_OK;
}

/* Counts what is left and shows every rejected statement, old and new. */
static void count_left(const char *queue_file, const lrs_sync_opts *o, const todo *t,
                       lrs_sync_result *res)
{
    cJSON *q = NULL;
    char lmsg[400];
    if (lrs_queue_load(queue_file, &q, false, lmsg, sizeof lmsg) == LRS_OK)
        report_rejected(q, o, t->now_ids, t->n_now, res);
    cJSON_Delete(q);
}

lrs_status lrs_sync(const lrs_config *c, const char *queue_file, const lrs_sync_opts *o,
                    lrs_sync_result *res, char *msg, size_t msglen)
{
    memset(res, 0, sizeof *res);
    msg[0] = '\0';
    if (!lrs_config_check(c, msg, msglen)) return LRS_ERROR;
    /* One sync per queue at a time; a second one has nothing to add. */
    int sl = lrs_fs_lock(queue_file, "sync", 0);
    if (sl < 0) {
        snprintf(msg, msglen,
                 sl == -2 ? "another rapport is sending %s right now" : "cannot lock %s",
                 queue_file);
        return sl == -2 ? LRS_BUSY : LRS_ERROR;
    }
    todo t = {0};
    sender s = {0};
    bool oom = false;
    lrs_status st = take_pending(queue_file, o, &t, res, msg, msglen);
    if (st == LRS_OK) st = sender_open(&s, c, o, msg, msglen);
    if (st == LRS_OK) {
        st = send_all(&s, queue_file, o, &t, res, &oom, msg, msglen);
        if (!oom) count_left(queue_file, o, &t, res);
    }
    sender_close(&s);
    todo_free(&t);
    lrs_fs_unlock(sl);
    return st;
}
