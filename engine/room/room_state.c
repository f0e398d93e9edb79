/* room_state.c: the room's state: the join code, the step on the vote, the
 * phones and their votes, the rate limit per address. Every function takes
 * the room's mutex for as long as it copies or counts, never while doing I/O,
 * so the presenter's frame loop waits for microseconds at most.
 *
 * Depends on: the C library, POSIX threads, getrandom (Linux). */
#include "room_local.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

static const char CODE_ALPHABET[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; /* no 0/O, 1/I/L */

bool room_random(void *out, size_t n)
{
    unsigned char *p = out;
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got <= 0) return false; /* EINTR would be a retry; no signal handlers here */
        p += got;
        n -= (size_t)got;
    }
    return true;
}

room *room_new(char *err, size_t errlen)
{
    room *r = calloc(1, sizeof *r);
    if (!r || !(r->voters = calloc(ROOM_MAX_VOTERS, sizeof *r->voters))) {
        snprintf(err, errlen, "out of memory");
        free(r);
        return NULL;
    }
    unsigned char raw[ROOM_CODE_LEN];
    if (!room_random(raw, sizeof raw)) {
        snprintf(err, errlen, "the system gave no random numbers for the join code");
        free(r->voters);
        free(r);
        return NULL;
    }
    /* 31 symbols: a byte modulo 31 is biased by under 1%, harmless here. */
    for (int i = 0; i < ROOM_CODE_LEN; i++)
        r->code[i] = CODE_ALPHABET[raw[i] % (sizeof CODE_ALPHABET - 1)];
    pthread_mutex_init(&r->mu, NULL);
    return r;
}

static void clear_step(room *r)
{
    free(r->speaker);
    free(r->line);
    r->speaker = r->line = NULL;
    for (int i = 0; i < r->n_choice; i++) {
        free(r->choice[i]);
        r->choice[i] = NULL;
    }
    r->n_choice = 0;
}

void room_free(room *r)
{
    if (!r) return;
    room_stop(r);
    clear_step(r);
    room_langs_free(r);
    free(r->voters);
    pthread_mutex_destroy(&r->mu);
    free(r);
}

const char *room_code(const room *r)
{
    return r->code;
}

/* A copy of at most ROOM_TEXT_MAX bytes, cut before a UTF-8 continuation. */
static char *copy_text(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s);
    if (n > ROOM_TEXT_MAX) {
        n = ROOM_TEXT_MAX;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    char *c = malloc(n + 1);
    if (!c) return NULL;
    memcpy(c, s, n);
    c[n] = '\0';
    return c;
}

unsigned room_set_step(room *r, const room_step *s)
{
    pthread_mutex_lock(&r->mu);
    clear_step(r);
    r->round++;
    r->number = s->number;
    r->speaker = copy_text(s->speaker);
    r->line = copy_text(s->line);
    int n = s->n_choice < ROOM_MAX_CHOICES ? s->n_choice : ROOM_MAX_CHOICES;
    for (int i = 0; i < n; i++) {
        r->choice[i] = copy_text(s->choice[i] ? s->choice[i] : "");
        if (!r->choice[i]) break; /* out of memory: fewer choices, never a NULL one */
        r->n_choice = i + 1;
    }
    r->open = r->n_choice > 0;
    r->revealed = 0;
    r->edition = 0;
    r->changes++;
    unsigned round = r->round;
    pthread_mutex_unlock(&r->mu);
    return round;
}

static bool same_text(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

void room_set_line(room *r, const char *speaker, const char *line)
{
    char *sp = copy_text(speaker), *ln = copy_text(line); /* outside the lock */
    pthread_mutex_lock(&r->mu);
    /* Compared as kept (cut at ROOM_TEXT_MAX); a copy that failed keeps the old text. */
    bool changed =
        (sp || !speaker) && (ln || !line) && !(same_text(sp, r->speaker) && same_text(ln, r->line));
    if (changed) {
        free(r->speaker);
        free(r->line);
        r->speaker = sp;
        r->line = ln;
        sp = ln = NULL;
        r->edition++;
        r->changes++;
    }
    pthread_mutex_unlock(&r->mu);
    free(sp);
    free(ln);
}

void room_reveal(room *r, int chosen)
{
    pthread_mutex_lock(&r->mu);
    r->open = false;
    r->revealed = chosen >= 1 && chosen <= r->n_choice ? chosen : 0;
    r->changes++;
    pthread_mutex_unlock(&r->mu);
}

void room_wait(room *r)
{
    pthread_mutex_lock(&r->mu);
    clear_step(r);
    r->round++;
    r->number = 0;
    r->open = false;
    r->revealed = 0;
    r->changes++;
    pthread_mutex_unlock(&r->mu);
}

void room_tally(room *r, room_count *c)
{
    memset(c, 0, sizeof *c);
    pthread_mutex_lock(&r->mu);
    c->round = r->n_choice ? r->round : 0;
    c->number = r->number;
    c->open = r->open;
    c->revealed = r->revealed;
    c->n_choice = r->n_choice;
    c->joined = r->n_voters;
    c->changes = r->changes;
    for (int i = 0; i < r->n_voters; i++) {
        const room_voter *v = &r->voters[i];
        if (v->round != r->round || v->vote < 1 || v->vote > r->n_choice) continue;
        c->votes[v->vote - 1]++;
        c->voted++;
    }
    pthread_mutex_unlock(&r->mu);
}

int room_nicknames(room *r, char *buf, size_t n)
{
    int named = 0, shown = 0;
    size_t len = 0;
    if (n) buf[0] = '\0';
    pthread_mutex_lock(&r->mu);
    for (int i = 0; i < r->n_voters; i++) {
        const char *nick = r->voters[i].nick;
        if (!*nick) continue;
        named++;
        size_t add = strlen(nick) + (shown ? 2 : 0);
        if (len + add + 16 >= n) continue; /* room for " and NNN more" */
        len += (size_t)snprintf(buf + len, n - len, "%s%s", shown ? ", " : "", nick);
        shown++;
    }
    pthread_mutex_unlock(&r->mu);
    if (named > shown && n > len) snprintf(buf + len, n - len, " and %d more", named - shown);
    return named;
}

int room_leader(const room_count *c)
{
    int best = 0;
    for (int i = 0; i < c->n_choice; i++)
        if (c->votes[i] > 0 && (best == 0 || c->votes[i] > c->votes[best - 1])) best = i + 1;
    return best;
}

/* ---- phones ---- */

/* The bucket of an address, or NULL (call with the lock held). */
static room_bucket *find_bucket(room *r, const void *addr, int len)
{
    for (int i = 0; addr && i < ROOM_BUCKETS; i++) {
        room_bucket *c = &r->buckets[i];
        if (c->len == len && memcmp(c->addr, addr, (size_t)len) == 0) return c;
    }
    return NULL;
}

bool room_voter_new(room *r, const void *addr, int len, char out[ROOM_TOKEN_LEN + 1])
{
    unsigned char raw[ROOM_TOKEN_LEN / 2];
    if (!room_random(raw, sizeof raw)) return false;
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(out + 2 * i, 3, "%02x", raw[i]);
    pthread_mutex_lock(&r->mu);
    room_bucket *b = find_bucket(r, addr, len);
    bool ok = r->n_voters < ROOM_MAX_VOTERS && !(b && b->phones >= ROOM_PHONES_PER_ADDRESS);
    if (ok) {
        if (b) b->phones++;
        room_voter *v = &r->voters[r->n_voters++];
        memset(v, 0, sizeof *v);
        memcpy(v->token, out, ROOM_TOKEN_LEN + 1);
        r->changes++;
    }
    pthread_mutex_unlock(&r->mu);
    return ok;
}

int room_voter_find(const room *r, const char *token)
{
    if (!token || strlen(token) != ROOM_TOKEN_LEN) return -1;
    for (int i = 0; i < r->n_voters; i++)
        if (memcmp(r->voters[i].token, token, ROOM_TOKEN_LEN) == 0) return i;
    return -1;
}

room_vote_result room_vote(room *r, const char *token, unsigned round, int choice)
{
    room_vote_result res = ROOM_VOTE_OK;
    pthread_mutex_lock(&r->mu);
    int i = room_voter_find(r, token);
    if (i < 0)
        res = ROOM_VOTE_UNKNOWN;
    else if (round != r->round || !r->open)
        res = ROOM_VOTE_STALE;
    else if (choice < 1 || choice > r->n_choice)
        res = ROOM_VOTE_RANGE;
    else {
        r->voters[i].round = round;
        r->voters[i].vote = choice; /* a second vote replaces the first */
        r->changes++;
    }
    pthread_mutex_unlock(&r->mu);
    return res;
}

bool room_set_nick(room *r, const char *token, const char *nick)
{
    pthread_mutex_lock(&r->mu);
    int i = room_voter_find(r, token);
    if (i >= 0) {
        size_t n = strlen(nick);
        if (n > ROOM_NICK_MAX) n = ROOM_NICK_MAX;
        while (n > 0 && ((unsigned char)nick[n] & 0xC0) == 0x80)
            n--; /* never half a character */
        memcpy(r->voters[i].nick, nick, n);
        r->voters[i].nick[n] = '\0';
        r->changes++;
    }
    pthread_mutex_unlock(&r->mu);
    return i >= 0;
}

/* ---- limits ---- */

bool room_admit(room *r, const void *addr, int len, double now, bool bad_code)
{
    if (len <= 0 || len > 16) return false;
    pthread_mutex_lock(&r->mu);
    room_bucket *b = find_bucket(r, addr, len), *oldest = &r->buckets[0];
    for (int i = 0; i < ROOM_BUCKETS && !b; i++) {
        room_bucket *c = &r->buckets[i];
        /* A free slot, else the one idle longest, but never one blocked for
         * wrong codes: guessing from many addresses must not unblock one. */
        if (!c->len || (oldest->len && c->at < oldest->at && c->bad_codes < ROOM_BAD_CODES))
            oldest = c;
    }
    if (!b) {
        b = oldest;
        memset(b, 0, sizeof *b);
        memcpy(b->addr, addr, (size_t)len);
        b->len = len;
        b->tokens = ROOM_RATE_BURST;
        b->at = now;
    }
    double t = b->tokens + (now - b->at) * ROOM_RATE_PER_S;
    b->tokens = t > ROOM_RATE_BURST ? ROOM_RATE_BURST : t;
    b->at = now;
    if (bad_code) b->bad_codes++;
    bool ok = b->bad_codes < ROOM_BAD_CODES && b->tokens >= 1.0;
    if (ok) b->tokens -= 1.0;
    pthread_mutex_unlock(&r->mu);
    return ok;
}

bool room_code_ok(const room *r, const char *code, size_t len)
{
    if (len != ROOM_CODE_LEN) return false;
    unsigned diff = 0;
    for (size_t i = 0; i < len; i++) {
        char c = code[i];
        if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A'); /* typed on a phone */
        diff |= (unsigned)(c ^ r->code[i]);
    }
    return diff == 0;
}

/* ---- the string buffer ---- */

#define BUF_CAP (1u << 20) /* a page is a few KiB; this is a bug's ceiling */

void room_buf_add(room_buf *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = cap <= BUF_CAP ? realloc(b->s, cap) : NULL;
        if (!p) {
            b->failed = true;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void room_buf_puts(room_buf *b, const char *s)
{
    room_buf_add(b, s, strlen(s));
}

void room_buf_printf(room_buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        b->failed = true; /* only short, fixed texts go through here */
        return;
    }
    room_buf_add(b, tmp, (size_t)n);
}

void room_buf_free(room_buf *b)
{
    free(b->s);
    memset(b, 0, sizeof *b);
}
