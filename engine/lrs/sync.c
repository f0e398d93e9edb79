/* sync.c: sends a queue to the LRS with libcurl, one idempotent PUT per statement.
 *
 * PUT <endpoint>/statements?statementId=<id> stores a statement under the id
 * we chose; sending it again is harmless (204 again, or 409 when the LRS
 * already has it), which is what makes "killed mid-sync" safe: the queue is
 * rewritten after every answer, and at worst the one statement in flight is
 * sent twice and stored once. One CURL handle per call and no globals, so this
 * runs on a worker thread. */
#include "lrs_local.h"

#include "curl_dl.h"

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

static int do_sent(cJSON *q, void *argp)
{
    const change *ch = argp;
    cJSON *it = lrs_queue_find(q, ch->id);
    if (it)
        cJSON_Delete(cJSON_DetachItemViaPointer(cJSON_GetObjectItemCaseSensitive(q, "items"), it));
    /* The LRS answered: whatever backoff there was is over. */
    if (!lrs_queue_set(q, "failures", cJSON_CreateNumber(0)) ||
        !lrs_queue_set(q, "next_attempt", cJSON_CreateNull()) ||
        !lrs_queue_set(q, "last_error", cJSON_CreateNull()))
        return -1;
    return 1;
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
    if (!lrs_queue_set(q, "failures", cJSON_CreateNumber(0)) ||
        !lrs_queue_set(q, "next_attempt", cJSON_CreateNull()) ||
        !lrs_queue_set(q, "last_error", cJSON_CreateNull()))
        return -1;
    return 1;
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

typedef struct pending {
    char *id;
    char *body;
} pending;

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
    lrs_status st = LRS_OK;
    cJSON *q = NULL;
    pending *todo = NULL;
    char **now_ids = NULL;
    int n_todo = 0, n_now = 0;
    const lrs_curl *C = NULL;
    CURL *h = NULL;
    struct curl_slist *hdr = NULL;
    char *url_base = NULL;

    /* Writes are atomic renames, so reading without the queue lock is safe. */
    st = lrs_queue_load(queue_file, &q, false, msg, msglen);
    if (st != LRS_OK) goto done;
    if (o && o->respect_backoff) {
        double next;
        if (lrs_time_parse(lrs_json_str(q, "next_attempt"), &next) && next > lrs_time_now()) {
            snprintf(msg, msglen, "waiting until %s before trying the LRS again",
                     lrs_json_str(q, "next_attempt"));
            report_rejected(q, NULL, NULL, 0, res);
            st = LRS_DEFERRED;
            goto done;
        }
    }
    const cJSON *it;
    int n_items = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(q, "items"));
    todo = calloc((size_t)n_items + 1, sizeof *todo);
    now_ids = calloc((size_t)n_items + 1, sizeof *now_ids);
    if (!todo || !now_ids) goto oom;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(q, "items"))
    {
        if (strcmp(lrs_json_str(it, "state"), "pending") != 0) continue;
        pending *t = &todo[n_todo++];
        t->id = lrs_strdup(lrs_json_str(it, "id"));
        t->body = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(it, "statement"));
        if (!t->id || !t->body) goto oom;
    }
    cJSON_Delete(q);
    q = NULL;

    const char *e = c->endpoint;
    url_base = lrs_fmt("%s%sstatements?statementId=", e, e[strlen(e) - 1] == '/' ? "" : "/");
    C = lrs_curl_get(msg, msglen);
    if (!C) {
        st = LRS_ERROR; /* the statements stay queued for a machine that has it */
        goto done;
    }
    h = C->easy_init();
    if (!url_base || !h) goto oom;
    hdr = C->slist_append(hdr, "X-Experience-API-Version: 1.0.3");
    hdr = hdr ? C->slist_append(hdr, "Content-Type: application/json") : NULL;
    /* No "100 continue" round trip: statements are small. */
    hdr = hdr ? C->slist_append(hdr, "Expect:") : NULL;
    if (!hdr) goto oom;
    char curl_err[CURL_ERROR_SIZE];
    reply *r = malloc(sizeof *r);
    if (!r) goto oom;
    C->easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
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
    C->easy_setopt(h, CURLOPT_ERRORBUFFER, curl_err);
    C->easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    C->easy_setopt(h, CURLOPT_WRITEDATA, r);
    if (o && o->cancel) {
        C->easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
        C->easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
        C->easy_setopt(h, CURLOPT_XFERINFODATA, (void *)o->cancel);
    }
    for (int i = 0; i < n_todo; i++) {
        if (o && o->cancel && atomic_load(o->cancel)) break;
        char *url = lrs_fmt("%s%s", url_base, todo[i].id);
        if (!url) {
            free(r);
            goto oom;
        }
        C->easy_setopt(h, CURLOPT_URL, url);
        C->easy_setopt(h, CURLOPT_POSTFIELDS, todo[i].body);
        C->easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(todo[i].body));
        r->n = 0;
        r->buf[0] = '\0';
        curl_err[0] = '\0';
        CURLcode rc = C->easy_perform(h);
        free(url);
        long status = 0;
        C->easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        char text[600];
        verdict v = judge(rc, status, r, curl_err, text, sizeof text);
        if (v == CANCELLED) break;
        change ch = {.id = todo[i].id, .status = status, .text = text, .rotate = v == RETRY};
        lrs_queue_fn fn = v == SENT ? do_sent : v == REJECTED ? do_rejected : do_failed;
        char umsg[600];
        if (lrs_queue_update(queue_file, fn, &ch, umsg, sizeof umsg) != LRS_OK) {
            /* The LRS has it (or not); the queue could not say so. Stop: a
             * resend later is harmless, losing track is not. */
            snprintf(msg, msglen, "%s", umsg);
            st = LRS_ERROR;
            break;
        }
        if (v == SENT) res->sent++;
        if (v == REJECTED) now_ids[n_now++] = todo[i].id;
        if (v == STOP || v == RETRY) {
            snprintf(msg, msglen, "%s", text);
            st = LRS_ERROR;
            break;
        }
    }
    free(r);
    /* Count what is left and show every rejected statement, old and new. */
    {
        char lmsg[400];
        if (lrs_queue_load(queue_file, &q, false, lmsg, sizeof lmsg) == LRS_OK)
            report_rejected(q, o, now_ids, n_now, res);
    }
    goto done;
oom:
    snprintf(msg, msglen, "out of memory while sending learning records");
    st = LRS_ERROR;
done:
    if (C) {
        C->slist_free_all(hdr);
        if (h) C->easy_cleanup(h);
    }
    free(url_base);
    for (int i = 0; i < n_todo; i++) {
        free(todo[i].id);
        free(todo[i].body);
    }
    free(todo);
    free(now_ids);
    cJSON_Delete(q);
    lrs_fs_unlock(sl);
    return st;
}
