/* room_http.c: the room's web server on libmicrohttpd, in its own thread.
 *
 * What it answers (CODE is the room's join code; docs/security.md, "The
 * room server", says why each limit is what it is):
 *   GET  /             a form asking for the code (shows nothing of the room)
 *   GET  /join?c=CODE  303 to /CODE, or 403
 *   GET  /CODE         the phone page; gives a new phone its cookie
 *   GET  /CODE/s       "ROUND OPEN REVEALED EDITION", the page's poll
 * Pages are in the language the phone's Accept-Language prefers among those
 * the window added (room_lang_for), else in the window's own.
 *   POST /CODE/v       a vote, r=ROUND&v=N (form-encoded); 303 back to /CODE
 *   POST /CODE/n       a nickname, n=TEXT; 303 back to /CODE
 * Anything else is 404, a wrong code 403, other methods 405. Nothing is read
 * from disk. Limits: a token bucket per address (room_admit), ten wrong codes
 * and the address is refused for the session, bodies over ROOM_BODY_MAX bytes
 * refused (413 when declared, the connection dropped when chunked), and
 * libmicrohttpd's own caps: 64 connections, 16 per address, 16 KiB of
 * headers per connection, 10 s without progress and a connection is closed.
 *
 * Depends on: libmicrohttpd, room_state.c, room_html.c. */
#include "room_local.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <microhttpd.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#define MAX_CONNECTIONS 64
#define MAX_PER_ADDRESS 16
#define IDLE_TIMEOUT_S 10
#define HEADER_MEMORY (16 * 1024)

/* One request's body, kept until the request completes. */
typedef struct room_req {
    char body[ROOM_BODY_MAX + 1];
    size_t len;
} room_req;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void add_common_headers(struct MHD_Response *res, const char *nonce)
{
    char csp[256];
    snprintf(csp, sizeof csp,
             "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-%s'; "
             "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
             nonce ? nonce : "none");
    MHD_add_response_header(res, "Content-Security-Policy", csp);
    MHD_add_response_header(res, "Cache-Control", "no-store");
    MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(res, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(res, "X-Frame-Options", "DENY");
}

/* Queues b (or a fixed text when b failed) with status and frees b. */
static enum MHD_Result send_buf(struct MHD_Connection *c, unsigned status, room_buf *b,
                                const char *type, const char *nonce, const char *cookie,
                                const char *location)
{
    static const char oom[] = "out of memory\n";
    struct MHD_Response *res =
        b->failed || !b->s
            ? MHD_create_response_from_buffer(sizeof oom - 1, (void *)oom, MHD_RESPMEM_PERSISTENT)
            : MHD_create_response_from_buffer(b->len, b->s, MHD_RESPMEM_MUST_COPY);
    if (b->failed) status = MHD_HTTP_INTERNAL_SERVER_ERROR;
    room_buf_free(b);
    if (!res) return MHD_NO;
    add_common_headers(res, nonce);
    MHD_add_response_header(res, "Content-Type", type);
    if (cookie) MHD_add_response_header(res, "Set-Cookie", cookie);
    if (location) MHD_add_response_header(res, "Location", location);
    enum MHD_Result ok = MHD_queue_response(c, status, res);
    MHD_destroy_response(res);
    return ok;
}

/* The language the phone asked for (room_lang_for). */
static const room_lang *lang(const room *r, struct MHD_Connection *c)
{
    return room_lang_for(r, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Language"));
}

static enum MHD_Result send_note(const room *r, struct MHD_Connection *c, unsigned status,
                                 room_word title, room_word text)
{
    room_buf b = {0};
    room_page_note(&b, lang(r, c), title, text);
    return send_buf(c, status, &b, "text/html; charset=utf-8", NULL, NULL, NULL);
}

static enum MHD_Result redirect(struct MHD_Connection *c, const room *r)
{
    char loc[16];
    snprintf(loc, sizeof loc, "/%s", r->code);
    room_buf b = {0};
    room_buf_puts(&b, "See the room's page.\n");
    return send_buf(c, MHD_HTTP_SEE_OTHER, &b, "text/plain; charset=utf-8", NULL, NULL, loc);
}

/* Decodes one form value (+ and %XX) in place; false when malformed. */
static bool form_decode(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (*p == '+') {
            *o++ = ' ';
        } else if (*p == '%') {
            unsigned v;
            char hex[3] = {p[1], p[1] ? p[2] : 0, 0};
            if (!hex[0] || !hex[1] || sscanf(hex, "%2x", &v) != 1 ||
                strspn(hex, "0123456789abcdefABCDEF") != 2)
                return false;
            if (v == 0) return false; /* no NUL inside a value */
            *o++ = (char)v;
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return true;
}

/* The value of key in a form body (modified in place), or NULL. */
static const char *form_get(char *body, const char *key)
{
    size_t kl = strlen(key);
    for (char *p = body; p && *p;) {
        char *amp = strchr(p, '&');
        if (amp) *amp = '\0';
        if (strncmp(p, key, kl) == 0 && p[kl] == '=') {
            char *v = p + kl + 1;
            if (amp) *amp = '&';
            /* The value ends at the next '&': copy it out of the way. */
            size_t n = strcspn(v, "&");
            memmove(body, v, n);
            body[n] = '\0';
            return form_decode(body) ? body : NULL;
        }
        if (amp) *amp = '&';
        p = amp ? amp + 1 : NULL;
    }
    return NULL;
}

/* A whole number 1..max from s, or -1. */
static long parse_whole(const char *s, long max)
{
    if (!s || !*s || strlen(s) > 10 || strspn(s, "0123456789") != strlen(s)) return -1;
    long v = strtol(s, NULL, 10);
    return v >= 0 && v <= max ? v : -1;
}

static void changed(room *r)
{
    if (r->changed) r->changed(r->ud);
}

/* The client's address as bytes (4 or 16) into *a, *len; false when unknown. */
static bool client_address(struct MHD_Connection *c, const void **a, int *len)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    const struct sockaddr *sa = ci ? ci->client_addr : NULL;
    *a = NULL;
    *len = 0;
    if (sa && sa->sa_family == AF_INET) {
        *a = &((const struct sockaddr_in *)(const void *)sa)->sin_addr;
        *len = 4;
    } else if (sa && sa->sa_family == AF_INET6) {
        *a = &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr;
        *len = 16;
    }
    return *len > 0;
}

static enum MHD_Result page(room *r, struct MHD_Connection *c)
{
    const char *token = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "rv");
    char fresh[ROOM_TOKEN_LEN + 1] = "", cookie[96] = "";
    pthread_mutex_lock(&r->mu);
    bool known = room_voter_find(r, token) >= 0;
    pthread_mutex_unlock(&r->mu);
    if (!known) {
        token = NULL;
        const void *a;
        int alen;
        client_address(c, &a, &alen);
        if (alen && room_voter_new(r, a, alen, fresh)) {
            token = fresh;
            /* A session cookie: gone when the browser closes; Strict keeps
             * other sites' forms from voting with it. */
            snprintf(cookie, sizeof cookie, "rv=%s; Path=/; HttpOnly; SameSite=Strict", fresh);
            changed(r);
        }
    }
    unsigned char raw[12];
    char nonce[25];
    if (!room_random(raw, sizeof raw)) return MHD_NO;
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(nonce + 2 * i, 3, "%02x", raw[i]);
    room_buf b = {0};
    room_page(r, token, nonce, lang(r, c), &b);
    return send_buf(c, MHD_HTTP_OK, &b, "text/html; charset=utf-8", nonce,
                    cookie[0] ? cookie : NULL, NULL);
}

static enum MHD_Result post(room *r, struct MHD_Connection *c, const char *what, room_req *q)
{
    const char *type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
    if (!type || strncasecmp(type, "application/x-www-form-urlencoded", 33) != 0)
        return send_note(r, c, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, ROOM_W_NOT_FORM,
                         ROOM_W_NOT_FORM_TEXT);
    const char *token = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "rv");
    q->body[q->len] = '\0';
    if (strlen(q->body) != q->len)
        return send_note(r, c, MHD_HTTP_BAD_REQUEST, ROOM_W_BAD_REQUEST, ROOM_W_NUL);
    if (strcmp(what, "v") == 0) {
        char copy[ROOM_BODY_MAX + 1];
        memcpy(copy, q->body, q->len + 1);
        long round = parse_whole(form_get(copy, "r"), 4294967295L);
        memcpy(copy, q->body, q->len + 1);
        long v = parse_whole(form_get(copy, "v"), ROOM_MAX_CHOICES);
        if (round < 0 || v < 0)
            return send_note(r, c, MHD_HTTP_BAD_REQUEST, ROOM_W_BAD_REQUEST, ROOM_W_UNREADABLE);
        switch (room_vote(r, token, (unsigned)round, (int)v)) {
        case ROOM_VOTE_OK:
            changed(r);
            return redirect(c, r);
        case ROOM_VOTE_UNKNOWN:
            return send_note(r, c, MHD_HTTP_FORBIDDEN, ROOM_W_OPEN_FIRST, ROOM_W_OPEN_FIRST_VOTE);
        case ROOM_VOTE_STALE:
            return send_note(r, c, MHD_HTTP_CONFLICT, ROOM_W_TOO_LATE, ROOM_W_TOO_LATE_TEXT);
        case ROOM_VOTE_RANGE:
            return send_note(r, c, MHD_HTTP_BAD_REQUEST, ROOM_W_BAD_REQUEST, ROOM_W_NO_CHOICE);
        }
    }
    if (strcmp(what, "n") == 0) {
        const char *nick = form_get(q->body, "n");
        if (!nick) return send_note(r, c, MHD_HTTP_BAD_REQUEST, ROOM_W_BAD_REQUEST, ROOM_W_NO_NICK);
        if (!room_set_nick(r, token, nick))
            return send_note(r, c, MHD_HTTP_FORBIDDEN, ROOM_W_OPEN_FIRST, ROOM_W_OPEN_FIRST_NICK);
        changed(r);
        return redirect(c, r);
    }
    return send_note(r, c, MHD_HTTP_NOT_FOUND, ROOM_W_NOT_FOUND, ROOM_W_NOTHING_HERE);
}

/* Splits "/CODE/rest" into the code and what follows; false for other shapes. */
static bool split(const char *url, const char **code, size_t *code_len, const char **rest)
{
    if (url[0] != '/') return false;
    *code = url + 1;
    *code_len = strcspn(*code, "/");
    *rest = *code + *code_len;
    if (**rest == '/') (*rest)++;
    return true;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **req_cls)
{
    (void)version;
    room *r = cls;
    room_req *q = *req_cls;
    if (!q) { /* the headers are in: decide before any body is read */
        q = calloc(1, sizeof *q);
        if (!q) return MHD_NO;
        *req_cls = q;
        const char *code = "", *rest = "";
        size_t code_len = 0;
        bool shaped = split(url, &code, &code_len, &rest);
        bool entry = shaped && (code_len == 0 || (code_len == 4 && strncmp(code, "join", 4) == 0));
        bool bad_code = shaped && !entry && !room_code_ok(r, code, code_len);
        if (strcmp(url, "/join") == 0) {
            const char *given = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "c");
            bad_code = !given || !room_code_ok(r, given, strlen(given));
        }
        const void *a;
        int alen;
        client_address(c, &a, &alen);
        if (!room_admit(r, a, alen, now_s(), bad_code))
            return send_note(r, c, MHD_HTTP_TOO_MANY_REQUESTS, ROOM_W_SLOW, ROOM_W_SLOW_TEXT);
        bool get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
        if (!get && strcmp(method, "POST") != 0)
            return send_note(r, c, MHD_HTTP_METHOD_NOT_ALLOWED, ROOM_W_NOT_ALLOWED,
                             ROOM_W_GET_POST);
        if (!shaped)
            return send_note(r, c, MHD_HTTP_BAD_REQUEST, ROOM_W_BAD_REQUEST, ROOM_W_NOT_PATH);
        if (strcmp(url, "/join") == 0 && get) {
            if (bad_code) {
                room_buf b = {0};
                room_page_join(&b, lang(r, c), ROOM_W_WRONG_CODE_TEXT);
                return send_buf(c, MHD_HTTP_FORBIDDEN, &b, "text/html; charset=utf-8", NULL, NULL,
                                NULL);
            }
            return redirect(c, r);
        }
        if (entry && get && code_len == 0) {
            room_buf b = {0};
            room_page_join(&b, lang(r, c), ROOM_N_WORDS);
            return send_buf(c, MHD_HTTP_OK, &b, "text/html; charset=utf-8", NULL, NULL, NULL);
        }
        if (bad_code)
            return send_note(r, c, MHD_HTTP_FORBIDDEN, ROOM_W_WRONG_CODE, ROOM_W_WRONG_CODE_TEXT);
        if (entry)
            return send_note(r, c, MHD_HTTP_NOT_FOUND, ROOM_W_NOT_FOUND, ROOM_W_NOTHING_HERE);
        if (get) {
            if (*rest == '\0') return page(r, c);
            if (strcmp(rest, "s") == 0) {
                room_buf b = {0};
                room_page_state(r, &b);
                return send_buf(c, MHD_HTTP_OK, &b, "text/plain; charset=utf-8", NULL, NULL, NULL);
            }
            return send_note(r, c, MHD_HTTP_NOT_FOUND, ROOM_W_NOT_FOUND, ROOM_W_NOTHING_HERE);
        }
        /* A form from another site: browsers send Origin with a POST. */
        const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
        const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host");
        if (origin && strcmp(origin, "null") != 0) {
            const char *o = strstr(origin, "://");
            if (!host || !o || strcmp(o + 3, host) != 0)
                return send_note(r, c, MHD_HTTP_FORBIDDEN, ROOM_W_FOREIGN, ROOM_W_FOREIGN_TEXT);
        }
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl && (strlen(cl) > 9 || strtol(cl, NULL, 10) > ROOM_BODY_MAX))
            return send_note(r, c, MHD_HTTP_CONTENT_TOO_LARGE, ROOM_W_TOO_LARGE,
                             ROOM_W_TOO_LARGE_TEXT);
        return MHD_YES; /* the body follows */
    }
    if (*upload_size) {
        if (q->len + *upload_size > ROOM_BODY_MAX) return MHD_NO; /* chunked and too big: drop */
        memcpy(q->body + q->len, upload, *upload_size);
        q->len += *upload_size;
        *upload_size = 0;
        return MHD_YES;
    }
    const char *code = "", *rest = "";
    size_t code_len = 0;
    split(url, &code, &code_len, &rest);
    return post(r, c, rest, q);
}

static void completed(void *cls, struct MHD_Connection *c, void **req_cls,
                      enum MHD_RequestTerminationCode why)
{
    (void)cls, (void)c, (void)why;
    free(*req_cls);
    *req_cls = NULL;
}

/* Where phones reach a room bound to every interface: the first IPv4
 * address of an interface that is up and not loopback. */
static bool lan_address(char *out, size_t n)
{
    struct ifaddrs *all = NULL;
    if (getifaddrs(&all) != 0) return false;
    bool found = false;
    for (struct ifaddrs *i = all; i && !found; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET) continue;
        if (!(i->ifa_flags & IFF_UP) || (i->ifa_flags & IFF_LOOPBACK)) continue;
        found = inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)i->ifa_addr)->sin_addr, out,
                          (socklen_t)n) != NULL;
    }
    freeifaddrs(all);
    return found;
}

static struct MHD_Daemon *start(room *r, const struct sockaddr *sa, bool v6)
{
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | (v6 ? MHD_USE_IPv6 : 0);
    return MHD_start_daemon(
        flags, 0, NULL, NULL, handle, r, MHD_OPTION_SOCK_ADDR, sa, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned)MAX_CONNECTIONS, MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)MAX_PER_ADDRESS,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_TIMEOUT_S, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)HEADER_MEMORY, MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
        MHD_OPTION_STRICT_FOR_CLIENT, 1, MHD_OPTION_END);
}

bool room_listen(room *r, const char *addr, int port, room_changed_fn fn, void *ud, char *err,
                 size_t errlen)
{
    if (r->d) return true;
    if (!addr || !*addr) addr = "127.0.0.1";
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    memset(&in4, 0, sizeof in4);
    memset(&in6, 0, sizeof in6);
    bool v6 = false;
    if (inet_pton(AF_INET, addr, &in4.sin_addr) == 1) {
        in4.sin_family = AF_INET;
    } else if (inet_pton(AF_INET6, addr, &in6.sin6_addr) == 1) {
        in6.sin6_family = AF_INET6;
        v6 = true;
    } else {
        snprintf(err, errlen, "'%s' is not an IP address (for example 127.0.0.1 or 192.168.1.20)",
                 addr);
        return false;
    }
    if (port < 0 || port > 65535) {
        snprintf(err, errlen, "port %d is out of range", port);
        return false;
    }
    r->changed = fn;
    r->ud = ud;
    /* 8080-8089 first: an address a facilitator can read out, then any. */
    int tries[12], n = 0;
    if (port)
        tries[n++] = port;
    else {
        for (int p = 8080; p <= 8089; p++)
            tries[n++] = p;
        tries[n++] = 0;
    }
    for (int i = 0; i < n && !r->d; i++) {
        in4.sin_port = htons((uint16_t)tries[i]);
        in6.sin6_port = htons((uint16_t)tries[i]);
        const struct sockaddr *sa =
            v6 ? (const struct sockaddr *)(void *)&in6 : (const struct sockaddr *)(void *)&in4;
        r->d = start(r, sa, v6);
    }
    if (!r->d) {
        snprintf(err, errlen, "could not listen on %s%s", addr,
                 port ? " at that port (is it in use?)" : "");
        return false;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(r->d, MHD_DAEMON_INFO_BIND_PORT);
    r->port = di ? di->port : port;
    bool any = v6 ? memcmp(&in6.sin6_addr, &in6addr_any, sizeof in6addr_any) == 0
                  : in4.sin_addr.s_addr == htonl(INADDR_ANY);
    char lan[INET_ADDRSTRLEN];
    if (any && lan_address(lan, sizeof lan))
        snprintf(r->host, sizeof r->host, "%s", lan);
    else if (any)
        snprintf(r->host, sizeof r->host, "%s", v6 ? "[::1]" : "127.0.0.1");
    else if (v6)
        snprintf(r->host, sizeof r->host, "[%s]", addr);
    else
        snprintf(r->host, sizeof r->host, "%s", addr);
    return true;
}

void room_stop(room *r)
{
    if (!r || !r->d) return;
    MHD_stop_daemon(r->d); /* joins the thread; no handler runs after this */
    r->d = NULL;
    r->changed = NULL;
}

bool room_listening(const room *r)
{
    return r && r->d;
}

int room_port(const room *r)
{
    return r->port;
}

void room_base_url(const room *r, char *buf, size_t n)
{
    snprintf(buf, n, "http://%s:%d", r->host, r->port);
}

void room_join_url(const room *r, char *buf, size_t n)
{
    snprintf(buf, n, "http://%s:%d/%s", r->host, r->port, r->code);
}
