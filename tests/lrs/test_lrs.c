/* test_lrs.c: engine/lrs without a server: ids, pseudonyms, times, the
 * configuration's permissions and checks, statements built from a record, the
 * queue's de-duplication and the backoff recorded when the LRS is down.
 * tests/lrs/run.sh covers the same part against a real LRS. */
#include "lrs_local.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static char tmp[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmp, sizeof tmp, "/tmp/rapport-lrs-XXXXXX");
    if (!mkdtemp(tmp)) return -1;
    char cfg[128];
    snprintf(cfg, sizeof cfg, "%s/config", tmp);
    setenv("XDG_CONFIG_HOME", cfg, 1);
    unsetenv("RAPPORT_TEST_XAPI_BAD_VERB");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd) == 0 ? 0 : -1;
}

/* A finished session like app_play_record makes; free with st_record_free. */
static void make_record(st_record *r, const char *grade)
{
    memset(r, 0, sizeof *r);
    r->scenario = strdup("networking.coffee_line");
    r->version = 3;
    r->title = strdup("The coffee line");
    r->family = strdup("networking");
    r->mode = strdup("practice");
    r->started = strdup("2026-11-25T10:00:00Z");
    r->ended = strdup("2026-11-25T10:04:10Z");
    r->outcome = strdup("connected");
    r->grade = grade ? strdup(grade) : NULL;
    r->n_choices = 2;
    r->choices = calloc(2, sizeof *r->choices);
    r->choices[0] = (st_choice){.node = strdup("arrive"),
                                .choice = strdup("t1a2b3c4d"),
                                .pressed = 1,
                                .ms = 5400.0,
                                .text = strdup("SECRET SENTENCE the player chose")};
    r->choices[1] =
        (st_choice){.node = strdup("first time"), .choice = strdup("timeout"), .ms = 10000.0};
    r->n_skills = 2;
    r->skills[0] = (st_skill){
        .name = strdup("listening"), .raw = 3, .best = 5, .worst = -4, .percent = 77.7778};
    r->skills[1] = (st_skill){.name = strdup("empathy"), .raw = 1, .best = 2, .percent = 50};
    r->n_tags = 1;
    r->tags = calloc(1, sizeof *r->tags);
    r->tags[0] = (st_tag){strdup("open_question"), 2};
}

/* Builds statements and returns them parsed. */
static cJSON *build(const lrs_config *c, const char *grade, int occurrence)
{
    st_record r;
    make_record(&r, grade);
    char msg[300];
    char *text =
        lrs_statements_json(c, "Ana Lúcia", &r, "pack.onboarding", occurrence, msg, sizeof msg);
    st_record_free(&r);
    assert_non_null(text);
    cJSON *arr = cJSON_Parse(text);
    free(text);
    assert_true(cJSON_IsArray(arr));
    return arr;
}

static const char *verb_of(const cJSON *s)
{
    return lrs_json_str(cJSON_GetObjectItemCaseSensitive(s, "verb"), "id");
}

static const cJSON *path(const cJSON *o, const char *a, const char *b, const char *c)
{
    o = cJSON_GetObjectItemCaseSensitive(o, a);
    if (b) o = cJSON_GetObjectItemCaseSensitive(o, b);
    if (c) o = cJSON_GetObjectItemCaseSensitive(o, c);
    return o;
}

static void test_uuid5(void **state)
{
    (void)state;
    char id[37];
    /* python3: uuid.uuid5(uuid.UUID("29a65ddb-2690-5f7a-b1de-f7198caca1e4"), "hello") */
    lrs_uuid5("hello", id);
    assert_string_equal(id, "4e21dea5-7dea-5aaa-b535-8dea98730ba5");
    assert_true(lrs_is_uuid(id));
}

static void test_pseudonym(void **state)
{
    (void)state;
    char p[32];
    /* python3: hmac.new(key, "Ana Lúcia".encode(), sha256).hexdigest()[:12] */
    lrs_pseudonym("00112233445566778899aabbccddeeff", "Ana Lúcia", p, sizeof p);
    assert_string_equal(p, "learner-70978b98bef3");
    char q[32];
    lrs_pseudonym("00112233445566778899aabbccddeeff", "Ana Lucia", q, sizeof q);
    assert_string_not_equal(p, q);
}

static void test_times(void **state)
{
    (void)state;
    char d[40];
    lrs_duration(250, d, sizeof d);
    assert_string_equal(d, "PT4M10S");
    lrs_duration(3723.4, d, sizeof d);
    assert_string_equal(d, "PT1H2M3.4S");
    lrs_duration(5.25, d, sizeof d);
    assert_string_equal(d, "PT5.25S");
    lrs_duration(0, d, sizeof d);
    assert_string_equal(d, "PT0S");
    lrs_duration(-3, d, sizeof d);
    assert_string_equal(d, "PT0S");
    double t;
    assert_true(lrs_time_parse("2026-11-25T10:04:10Z", &t));
    char buf[40];
    lrs_time_format(t + 5.4, buf, sizeof buf);
    assert_string_equal(buf, "2026-11-25T10:04:15.400Z");
    assert_true(lrs_time_parse(buf, &t));
    lrs_time_format(t, buf, sizeof buf);
    assert_string_equal(buf, "2026-11-25T10:04:15.400Z");
    assert_false(lrs_time_parse("2026-11-25 10:04:10", &t));
    assert_false(lrs_time_parse("2026-11-25T10:04:10+02:00", &t));
}

static void test_clean(void **state)
{
    (void)state;
    char b[8];
    lrs_clean("a\nb\x1b[31m", b, sizeof b);
    assert_string_equal(b, "a b [31");
    char c[6];
    lrs_clean("abc\xc3\xa9z", c, sizeof c); /* the é fits whole */
    assert_string_equal(c, "abc\xc3\xa9");
    char e[5];
    lrs_clean("abc\xc3\xa9z", e, sizeof e); /* the é would be cut: dropped */
    assert_string_equal(e, "abc");
}

static char *config_path(void)
{
    return lrs_config_path();
}

static void test_config_file(void **state)
{
    (void)state;
    char *path = config_path();
    lrs_config c, d;
    char msg[1200];
    assert_int_equal(lrs_config_load(path, &d, msg, sizeof msg), LRS_MISSING);
    lrs_config_free(&d);
    lrs_config_defaults(&c);
    c.endpoint = strdup("https://lrs.example.org/xAPI/");
    c.username = strdup("key");
    c.password = strdup("pa55-w0rd-zz");
    c.registration = strdup("123e4567-e89b-12d3-a456-426614174000");
    c.send_choices = true;
    mode_t old = umask(0); /* the file must be 0600 whatever the umask */
    assert_int_equal(lrs_config_save(path, &c, msg, sizeof msg), LRS_OK);
    umask(old);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    char *dir = lrs_config_dir();
    assert_int_equal(stat(dir, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    free(dir);
    assert_int_equal(lrs_config_load(path, &d, msg, sizeof msg), LRS_OK);
    assert_string_equal(d.endpoint, c.endpoint);
    assert_string_equal(d.password, c.password);
    assert_string_equal(d.registration, c.registration);
    assert_true(d.send_choices);
    assert_false(d.anonymise);
    assert_true(d.auto_sync);
    lrs_config_free(&d);

    /* Group-readable: refused, with the fix, without the password. */
    chmod(path, 0640);
    assert_int_equal(lrs_config_load(path, &d, msg, sizeof msg), LRS_ERROR);
    assert_non_null(strstr(msg, "chmod 600"));
    assert_null(strstr(msg, "pa55-w0rd-zz"));
    assert_null(d.password);
    lrs_config_free(&d);
    chmod(path, 0604);
    assert_int_equal(lrs_config_load(path, &d, msg, sizeof msg), LRS_ERROR);
    lrs_config_free(&d);
    chmod(path, 0600);

    /* A misspelt key, a duplicate and a wrong type are refused, not ignored. */
    const char *bad[] = {"{\"endpoint\":\"https://x.org/\",\"anonymize\":true}",
                         "{\"password\":\"a\",\"password\":\"b\"}", "{\"anonymise\":\"yes\"}",
                         "{\"endpoint\":\"https://x.org/\"} x", "[1]"};
    const char *why[] = {"anonymize", "twice", "true or false", "JSON", "object"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_true(lrs_fs_write(path, bad[i], strlen(bad[i]), 0600, msg, sizeof msg));
        assert_int_equal(lrs_config_load(path, &d, msg, sizeof msg), LRS_ERROR);
        assert_non_null(strstr(msg, why[i]));
        lrs_config_free(&d);
    }
    lrs_config_free(&c);
    free(path);
}

static void check_endpoint(const char *url, bool allow_http, bool ok, const char *why)
{
    lrs_config c;
    lrs_config_defaults(&c);
    c.endpoint = strdup(url);
    c.allow_http = allow_http;
    char msg[600] = "";
    bool r = lrs_config_check(&c, msg, sizeof msg);
    if (r != ok) fail_msg("%s: expected %s, got '%s'", url, ok ? "ok" : "refusal", msg);
    if (why) assert_non_null(strstr(msg, why));
    lrs_config_free(&c);
}

static void test_config_check(void **state)
{
    (void)state;
    check_endpoint("https://lrs.example.org/data/xAPI/", false, true, NULL);
    check_endpoint("http://127.0.0.1:8080/xAPI", false, true, NULL);
    check_endpoint("http://localhost/xAPI/", false, true, NULL);
    check_endpoint("http://[::1]:81/xAPI/", false, true, NULL);
    check_endpoint("http://lrs.example.org/xAPI/", false, false, "unencrypted");
    check_endpoint("http://lrs.example.org/xAPI/", true, true, NULL);
    check_endpoint("https://key:secret@lrs.example.org/xAPI/", false, false, "credentials");
    check_endpoint("ftp://lrs.example.org/", false, false, "https://");
    check_endpoint("https:///xAPI", false, false, "host");
    lrs_config c;
    lrs_config_defaults(&c);
    c.endpoint = strdup("https://lrs.example.org/xAPI/");
    c.registration = strdup("not-a-uuid");
    char msg[300];
    assert_false(lrs_config_check(&c, msg, sizeof msg));
    assert_non_null(strstr(msg, "UUID"));
    lrs_config_free(&c);
}

static void assert_verbs(const cJSON *arr, const char *const *want, int n)
{
    assert_int_equal(cJSON_GetArraySize(arr), n);
    for (int i = 0; i < n; i++) {
        char full[128];
        snprintf(full, sizeof full, "http://adlnet.gov/expapi/verbs/%s", want[i]);
        assert_string_equal(verb_of(cJSON_GetArrayItem(arr, i)), full);
    }
}

static void test_verbs_by_grade(void **state)
{
    (void)state;
    lrs_config c;
    lrs_config_defaults(&c);
    const char *good[] = {"attempted", "completed", "passed"};
    const char *poor[] = {"attempted", "completed", "failed"};
    const char *mixed[] = {"attempted", "completed"};
    cJSON *a = build(&c, "good", 0);
    assert_verbs(a, good, 3);
    const cJSON *res = path(cJSON_GetArrayItem(a, 2), "result", NULL, NULL);
    assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(res, "success")));
    cJSON_Delete(a);
    a = build(&c, "poor", 0);
    assert_verbs(a, poor, 3);
    res = path(cJSON_GetArrayItem(a, 1), "result", NULL, NULL);
    assert_true(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(res, "success")));
    cJSON_Delete(a);
    a = build(&c, "mixed", 0);
    assert_verbs(a, mixed, 2);
    res = path(cJSON_GetArrayItem(a, 1), "result", NULL, NULL);
    assert_null(cJSON_GetObjectItemCaseSensitive(res, "success"));
    cJSON_Delete(a);
    a = build(&c, NULL, 0);
    assert_verbs(a, mixed, 2);
    cJSON_Delete(a);
    c.send_choices = true;
    const char *with[] = {"attempted", "answered", "answered", "completed", "passed"};
    a = build(&c, "good", 0);
    assert_verbs(a, with, 5);
    cJSON_Delete(a);
}

static void test_statement_fields(void **state)
{
    (void)state;
    lrs_config c;
    lrs_config_defaults(&c);
    c.registration = strdup("123e4567-e89b-12d3-a456-426614174000");
    c.iri_base = strdup("https://learning.example.org/");
    c.send_choices = true;
    cJSON *a = build(&c, "good", 0);
    char *text = cJSON_PrintUnformatted(a);
    /* What the player said never leaves the machine. */
    assert_null(strstr(text, "SECRET SENTENCE"));
    free(text);
    const cJSON *done = cJSON_GetArrayItem(a, 3);
    assert_string_equal(path(done, "actor", "account", "name")->valuestring, "Ana Lúcia");
    assert_string_equal(path(done, "actor", "account", "homePage")->valuestring,
                        "https://learning.example.org");
    assert_string_equal(path(done, "object", "id", NULL)->valuestring,
                        "https://learning.example.org/scenarios/networking.coffee_line");
    assert_string_equal(path(done, "object", "definition", "name")->child->valuestring,
                        "The coffee line");
    assert_string_equal(path(done, "timestamp", NULL, NULL)->valuestring, "2026-11-25T10:04:10Z");
    assert_string_equal(path(done, "result", "duration", NULL)->valuestring, "PT4M10S");
    const cJSON *sc = path(done, "result", "score", NULL);
    /* mean of 77.7778% and 50%; raw 3 + 1 between worst -4 + 0 and best 5 + 2 */
    assert_float_equal(cJSON_GetObjectItemCaseSensitive(sc, "scaled")->valuedouble, 0.6389, 1e-9);
    assert_float_equal(cJSON_GetObjectItemCaseSensitive(sc, "raw")->valuedouble, 4, 1e-9);
    assert_float_equal(cJSON_GetObjectItemCaseSensitive(sc, "min")->valuedouble, -4, 1e-9);
    assert_float_equal(cJSON_GetObjectItemCaseSensitive(sc, "max")->valuedouble, 7, 1e-9);
    const cJSON *sk = path(done, "result", "extensions", LRS_EXT "skills");
    assert_float_equal(path(sk, "listening", "scaled", NULL)->valuedouble, 0.7778, 1e-9);
    assert_float_equal(path(sk, "empathy", "raw", NULL)->valuedouble, 1, 1e-9);
    const cJSON *ctx = cJSON_GetObjectItemCaseSensitive(done, "context");
    assert_string_equal(lrs_json_str(ctx, "registration"), c.registration);
    const cJSON *ext = cJSON_GetObjectItemCaseSensitive(ctx, "extensions");
    assert_string_equal(lrs_json_str(ext, LRS_EXT "rapport-version"), RAPPORT_VERSION);
    assert_string_equal(lrs_json_str(ext, LRS_EXT "pack"), "pack.onboarding");
    assert_int_equal(cJSON_GetObjectItemCaseSensitive(ext, LRS_EXT "scenario-version")->valueint,
                     3);
    /* answered: the node as an interaction, the choice id as the response,
     * the time spent so far after the start as the timestamp. */
    const cJSON *ans = cJSON_GetArrayItem(a, 2);
    assert_string_equal(
        path(ans, "object", "id", NULL)->valuestring,
        "https://learning.example.org/scenarios/networking.coffee_line/nodes/first%20time");
    assert_string_equal(path(ans, "result", "response", NULL)->valuestring, "timeout");
    assert_string_equal(path(ans, "result", "duration", NULL)->valuestring, "PT10S");
    assert_string_equal(path(ans, "timestamp", NULL, NULL)->valuestring,
                        "2026-11-25T10:00:15.400Z");
    /* Ids: all different, the same on a rebuild, different for another
     * session that started in the same second. */
    cJSON *b = build(&c, "good", 0);
    cJSON *o = build(&c, "good", 1);
    for (int i = 0; i < cJSON_GetArraySize(a); i++) {
        const char *id = lrs_json_str(cJSON_GetArrayItem(a, i), "id");
        assert_true(lrs_is_uuid(id));
        assert_string_equal(id, lrs_json_str(cJSON_GetArrayItem(b, i), "id"));
        assert_string_not_equal(id, lrs_json_str(cJSON_GetArrayItem(o, i), "id"));
        for (int j = 0; j < i; j++)
            assert_string_not_equal(id, lrs_json_str(cJSON_GetArrayItem(a, j), "id"));
    }
    cJSON_Delete(a);
    cJSON_Delete(b);
    cJSON_Delete(o);
    lrs_config_free(&c);
}

static void test_anonymise(void **state)
{
    (void)state;
    lrs_config c;
    lrs_config_defaults(&c);
    c.anonymise = true;
    cJSON *a = build(&c, "good", 0);
    char *text = cJSON_PrintUnformatted(a);
    assert_null(strstr(text, "Ana"));
    free(text);
    const char *name = path(cJSON_GetArrayItem(a, 0), "actor", "account", "name")->valuestring;
    assert_int_equal(strlen(name), strlen("learner-") + 12);
    assert_int_equal(strncmp(name, "learner-", 8), 0);
    /* Stable: the key was kept (0600) and gives the same pseudonym again. */
    char *dir = lrs_config_dir();
    char *key = lrs_fmt("%s/pseudonym.key", dir);
    struct stat st;
    assert_int_equal(stat(key, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    cJSON *b = build(&c, "good", 0);
    assert_string_equal(name,
                        path(cJSON_GetArrayItem(b, 0), "actor", "account", "name")->valuestring);
    /* An organisation's own key gives its own pseudonyms. */
    c.pseudonym_key = strdup("00112233445566778899aabbccddeeff");
    cJSON *o = build(&c, "good", 0);
    assert_string_equal(path(cJSON_GetArrayItem(o, 0), "actor", "account", "name")->valuestring,
                        "learner-70978b98bef3");
    cJSON_Delete(a);
    cJSON_Delete(b);
    cJSON_Delete(o);
    free(key);
    free(dir);
    lrs_config_free(&c);
}

/* A loopback port with nothing listening: connections are refused at once. */
static int dead_port(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t n = sizeof a;
    assert_int_equal(bind(s, (struct sockaddr *)&a, sizeof a), 0);
    assert_int_equal(getsockname(s, (struct sockaddr *)&a, &n), 0);
    close(s);
    return ntohs(a.sin_port);
}

static void test_queue_and_backoff(void **state)
{
    (void)state;
    char *pf = lrs_fmt("%s/data/ana.json", tmp);
    st_record r;
    make_record(&r, "good");
    char msg[1200];
    assert_int_equal(st_append(pf, "Ana", &r, msg, sizeof msg), ST_OK);
    lrs_config c;
    lrs_config_defaults(&c);
    c.endpoint = lrs_fmt("http://127.0.0.1:%d/xAPI/", dead_port());
    int added = -1;
    assert_int_equal(lrs_enqueue_record(&c, pf, "Ana", &r, NULL, &added, msg, sizeof msg), LRS_OK);
    assert_int_equal(added, 3);
    /* The same session again: the ids say it is already queued. */
    assert_int_equal(lrs_enqueue_record(&c, pf, "Ana", &r, NULL, &added, msg, sizeof msg), LRS_OK);
    assert_int_equal(added, 0);
    char *q = lrs_queue_path(pf);
    assert_string_equal(q + strlen(q) - strlen("/ana.xapi-queue.json"), "/ana.xapi-queue.json");
    struct stat st;
    assert_int_equal(stat(q, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);

    /* A cancelled sync tries nothing and records no failure. */
    atomic_bool stop = true;
    lrs_sync_opts so = {.cancel = &stop};
    lrs_sync_result res;
    lrs_queue_info qi;
    assert_int_equal(lrs_sync(&c, q, &so, &res, msg, sizeof msg), LRS_OK);
    assert_int_equal(res.pending, 3);
    assert_int_equal(lrs_queue_read_info(q, &qi, msg, sizeof msg), LRS_OK);
    assert_int_equal(qi.failures, 0);

    /* Down: each attempt doubles the wait, recorded in the queue. */
    double expect[] = {30, 60, 120};
    for (int k = 0; k < 3; k++) {
        double before = lrs_time_now();
        assert_int_equal(lrs_sync(&c, q, NULL, &res, msg, sizeof msg), LRS_ERROR);
        assert_non_null(strstr(msg, "cannot reach the LRS"));
        assert_int_equal(res.sent, 0);
        assert_int_equal(res.pending, 3);
        assert_int_equal(lrs_queue_read_info(q, &qi, msg, sizeof msg), LRS_OK);
        assert_int_equal(qi.failures, k + 1);
        assert_int_equal(qi.pending, 3);
        double next;
        assert_true(lrs_time_parse(qi.next_attempt, &next));
        assert_true(next - before >= expect[k] - 1);
        assert_true(next - before <= expect[k] * 1.25 + 2);
    }
    /* An automatic sync waits for that time and tries nothing. */
    so = (lrs_sync_opts){.respect_backoff = true};
    assert_int_equal(lrs_sync(&c, q, &so, &res, msg, sizeof msg), LRS_DEFERRED);
    assert_int_equal(lrs_queue_read_info(q, &qi, msg, sizeof msg), LRS_OK);
    assert_int_equal(qi.failures, 3);

    /* A broken queue is kept aside and a new one started; nothing is overwritten. */
    assert_true(lrs_fs_write(q, "{oops", 5, 0600, msg, sizeof msg));
    assert_int_equal(lrs_enqueue_record(&c, pf, "Ana", &r, NULL, &added, msg, sizeof msg), LRS_OK);
    assert_int_equal(added, 3);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "ls '%s'/data/ana.xapi-queue.json.broken-* >/dev/null 2>&1", tmp);
    assert_int_equal(system(cmd), 0);

    st_record_free(&r);
    lrs_config_free(&c);
    free(q);
    free(pf);
}

typedef struct worker {
    const lrs_config *c;
    const char *queue;
    atomic_bool stop;
    lrs_status st;
    lrs_sync_result res;
    char msg[600];
} worker;

static void *run_sync(void *arg)
{
    worker *w = arg;
    lrs_sync_opts so = {.cancel = &w->stop};
    w->st = lrs_sync(w->c, w->queue, &so, &w->res, w->msg, sizeof w->msg);
    return NULL;
}

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What the window relies on: a sync against an LRS that never answers runs
 * on a worker thread, and setting the cancel flag while the request waits
 * for its answer ends it (not after the 30 s timeout), keeping everything
 * queued. */
static void test_worker_thread_cancel(void **state)
{
    (void)state;
    /* A listening socket nobody accepts on: connections complete, answers never come. */
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t n = sizeof a;
    assert_int_equal(bind(s, (struct sockaddr *)&a, sizeof a), 0);
    assert_int_equal(listen(s, 16), 0);
    assert_int_equal(getsockname(s, (struct sockaddr *)&a, &n), 0);
    char *pf = lrs_fmt("%s/data/bo.json", tmp);
    st_record r;
    make_record(&r, "poor");
    char msg[1200];
    assert_int_equal(st_append(pf, "bo", &r, msg, sizeof msg), ST_OK);
    lrs_config c;
    lrs_config_defaults(&c);
    c.endpoint = lrs_fmt("http://127.0.0.1:%d/xAPI/", ntohs(a.sin_port));
    /* The longest timeout there is: only the cancel can end the request
     * before it, however slow the machine (valgrind runs this too). */
    c.timeout_s = 600;
    assert_int_equal(lrs_enqueue_record(&c, pf, "bo", &r, NULL, NULL, msg, sizeof msg), LRS_OK);
    worker w = {.c = &c, .queue = lrs_queue_path(pf)};
    atomic_init(&w.stop, false);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, run_sync, &w), 0);
    /* The request is out: its connection, then its first bytes (60 s at
     * most each, a guard against a hang, not a measure). */
    struct pollfd pl = {.fd = s, .events = POLLIN};
    assert_int_equal(poll(&pl, 1, 60000), 1);
    int conn = accept(s, NULL, NULL);
    assert_true(conn >= 0);
    struct pollfd pc = {.fd = conn, .events = POLLIN};
    assert_int_equal(poll(&pc, 1, 60000), 1);
    double t0 = mono();
    atomic_store(&w.stop, true);
    assert_int_equal(pthread_join(t, NULL), 0);
    /* Half the timeout: the cancel, not the timeout, ended it. */
    assert_true(mono() - t0 < 300.0);
    close(conn);
    assert_int_equal(w.st, LRS_OK);
    assert_int_equal(w.res.sent, 0);
    assert_int_equal(w.res.pending, 3);
    lrs_queue_info qi;
    assert_int_equal(lrs_queue_read_info(w.queue, &qi, msg, sizeof msg), LRS_OK);
    assert_int_equal(qi.pending, 3);
    assert_int_equal(qi.failures, 0); /* a cancel is not the LRS's failure */
    close(s);
    free((char *)w.queue);
    st_record_free(&r);
    lrs_config_free(&c);
    free(pf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_uuid5),
        cmocka_unit_test(test_pseudonym),
        cmocka_unit_test(test_times),
        cmocka_unit_test(test_clean),
        cmocka_unit_test_setup_teardown(test_config_file, setup, teardown),
        cmocka_unit_test(test_config_check),
        cmocka_unit_test_setup_teardown(test_verbs_by_grade, setup, teardown),
        cmocka_unit_test_setup_teardown(test_statement_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_anonymise, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_and_backoff, setup, teardown),
        cmocka_unit_test_setup_teardown(test_worker_thread_cancel, setup, teardown),
    };
    lrs_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
