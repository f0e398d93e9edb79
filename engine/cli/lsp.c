/* lsp.c: `rapport lsp`: a Language Server Protocol server over stdin and
 * stdout for scenario files, packs and NAME.test.lua (docs/authoring.md,
 * "In your editor").
 *
 * What it offers: the findings of `rapport check` as diagnostics, on open
 * and on every change once typing pauses (DEBOUNCE_MS); completion of node
 * ids, facts, cast keys, skills, tags, moods and grades where the format
 * expects them; go to definition, find references and hover for node ids;
 * and a quick fix for every "did you mean" and for a missing comma.
 *
 * The text an editor holds is checked with app_check_text, in the same Lua
 * sandbox and limits as `rapport check`: nothing in an edited file runs
 * outside it. The server keeps the last scenario that loaded for each open
 * document, so completion still works while the text has an error.
 *
 * Positions: LSP counts characters in UTF-16 code units by default; the text
 * is UTF-8, so columns are converted both ways (col16, col8).
 *
 * Depends on: engine/app (app_check_text, the library), lsp_json.c. */
#include "app.h"
#include "cli.h"
#include "lsp_local.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define DEBOUNCE_MS 40          /* quiet time after a change before checking */
#define MESSAGE_MAX (64u << 20) /* bytes of one message; a scenario is at most 16 MiB */
#define DOCS_MAX 256            /* open documents */

typedef struct doc {
    char *uri, *path; /* owned */
    char *text;       /* owned, NUL-terminated */
    size_t len;
    bool dirty;        /* changed since its last check */
    double due;        /* when to check it (ms, now_ms's clock) */
    app_checked *good; /* the last check that loaded a scenario; owned */
} doc;

typedef struct server {
    doc docs[DOCS_MAX];
    int n_docs;
    bool shutdown;   /* `shutdown` was asked: `exit` then ends with 0 */
    app_library lib; /* for packs; scanned when the first pack is checked */
    bool lib_scanned, lib_ok;
    /* The input: bytes read and not yet taken as a message. */
    char *in;
    size_t in_n, in_cap;
} server;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* ---- the wire: Content-Length framed JSON ---- */

static void send_body(const lsb *b)
{
    if (b->failed) {
        fprintf(stderr, "rapport lsp: out of memory; an answer was dropped\n");
        return;
    }
    char head[64];
    int hn = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", b->n);
    const char *parts[2] = {head, b->s};
    size_t lens[2] = {(size_t)hn, b->n};
    for (int i = 0; i < 2; i++)
        for (size_t off = 0; off < lens[i];) {
            ssize_t w = write(1, parts[i] + off, lens[i] - off);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) return; /* the editor has gone; reading will end too */
            off += (size_t)w;
        }
}

/* {"jsonrpc":"2.0","id":<id as sent>,"result":<result>} */
static void reply(const lj *id, const char *result)
{
    lsb b = {0};
    lsb_puts(&b, "{\"jsonrpc\":\"2.0\",\"id\":");
    lsb_json(&b, id);
    lsb_puts(&b, ",\"result\":");
    lsb_puts(&b, result);
    lsb_puts(&b, "}");
    send_body(&b);
    lsb_free(&b);
}

static void reply_error(const lj *id, int code, const char *msg)
{
    lsb b = {0};
    lsb_puts(&b, "{\"jsonrpc\":\"2.0\",\"id\":");
    lsb_json(&b, id);
    lsb_printf(&b, ",\"error\":{\"code\":%d,\"message\":", code);
    lsb_str(&b, msg, strlen(msg));
    lsb_puts(&b, "}}");
    send_body(&b);
    lsb_free(&b);
}

/* Takes one whole message from s->in into *body (owned); 1 when taken, 0
 * when more input is needed, -1 when the framing is broken. */
static int take_message(server *s, char **body, size_t *n)
{
    char *end = NULL;
    for (size_t i = 0; i + 3 < s->in_n && !end; i++)
        if (memcmp(s->in + i, "\r\n\r\n", 4) == 0) end = s->in + i;
    if (!end) return s->in_n > 8192 ? -1 : 0; /* headers are short */
    size_t len = 0;
    bool have = false;
    for (char *line = s->in; line < end;) {
        char *eol = line;
        while (eol < end && *eol != '\r')
            eol++;
        if ((size_t)(eol - line) > 15 && strncasecmp(line, "Content-Length:", 15) == 0) {
            len = strtoul(line + 15, NULL, 10);
            have = true;
        }
        line = eol + 2;
    }
    if (!have || len > MESSAGE_MAX) return -1;
    size_t head = (size_t)(end - s->in) + 4;
    if (s->in_n < head + len) return 0;
    *body = malloc(len + 1);
    if (!*body) return -1;
    memcpy(*body, s->in + head, len);
    (*body)[len] = '\0';
    *n = len;
    memmove(s->in, s->in + head + len, s->in_n - head - len);
    s->in_n -= head + len;
    return 1;
}

/* ---- documents ---- */

static int hexval(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* file:///a%20b/c.lua -> /a b/c.lua (malloc'ed), or NULL for another scheme. */
static char *uri_to_path(const char *uri)
{
    if (strncmp(uri, "file://", 7) != 0) return NULL;
    const char *p = uri + 7;
    char *out = malloc(strlen(p) + 1), *o = out;
    if (!out) return NULL;
    for (; *p; p++) {
        if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
            *o++ = (char)(hexval(p[1]) * 16 + hexval(p[2]));
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

/* The reverse, escaping what a URI may not hold as it is. */
static void path_to_uri(lsb *b, const char *path)
{
    lsb_puts(b, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/-._~", *p))
            lsb_put(b, (const char *)p, 1);
        else
            lsb_printf(b, "%%%02X", *p);
    }
}

static doc *find_doc(server *s, const char *uri)
{
    for (int i = 0; uri && i < s->n_docs; i++)
        if (strcmp(s->docs[i].uri, uri) == 0) return &s->docs[i];
    return NULL;
}

static void doc_text(doc *d, const char *text, size_t len)
{
    char *t = malloc(len + 1);
    if (!t) return; /* keeps the old text */
    memcpy(t, text, len);
    t[len] = '\0';
    free(d->text);
    d->text = t;
    d->len = len;
}

/* The file's text: the open document's, else read from disk (malloc'ed into
 * *own, which the caller frees). NULL when neither. */
static const char *text_of(server *s, const char *path, char **own, size_t *len)
{
    *own = NULL;
    for (int i = 0; i < s->n_docs; i++)
        if (s->docs[i].path && strcmp(s->docs[i].path, path) == 0) {
            *len = s->docs[i].len;
            return s->docs[i].text;
        }
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1u << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0 || n > (16u << 20)) break;
        if (n + 1 == cap) {
            char *p = realloc(buf, cap * 2);
            if (!p) break;
            buf = p;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    *own = buf;
    *len = n;
    return buf;
}

/* ---- positions ---- */

/* Byte offset where line `line` (0-based) starts, or len when past the end. */
static size_t line_offset(const char *t, size_t len, int line)
{
    size_t o = 0;
    for (int l = 0; l < line && o < len; o++)
        if (t[o] == '\n') l++;
    return o;
}

/* UTF-16 units in t[from..to): the LSP column of byte to on its line. */
static int col16(const char *t, size_t from, size_t to)
{
    int c = 0;
    for (size_t i = from; i < to; i++) {
        unsigned char b = (unsigned char)t[i];
        if ((b & 0xC0) == 0x80) continue; /* a continuation byte */
        c += b >= 0xF0 ? 2 : 1;           /* four-byte characters are two units */
    }
    return c;
}

/* The byte offset of LSP position (line, character). */
static size_t offset_at(const char *t, size_t len, int line, int character)
{
    size_t o = line_offset(t, len, line);
    int c = 0;
    while (o < len && t[o] != '\n' && c < character) {
        unsigned char b = (unsigned char)t[o];
        c += b >= 0xF0 ? 2 : 1;
        o++;
        while (o < len && ((unsigned char)t[o] & 0xC0) == 0x80)
            o++;
    }
    return o;
}

/* {"start":{...},"end":{...}} for bytes [a, b) of t. */
static void put_range(lsb *out, const char *t, size_t len, size_t a, size_t b)
{
    int la = 0, lb = 0;
    size_t sa = 0, sb = 0;
    for (size_t i = 0; i < b && i < len; i++)
        if (t[i] == '\n') {
            if (i < a) {
                la++;
                sa = i + 1;
            }
            lb++;
            sb = i + 1;
        }
    lsb_printf(out,
               "{\"start\":{\"line\":%d,\"character\":%d},\"end\":{\"line\":%d,\"character\":%d}}",
               la, col16(t, sa, a), lb, col16(t, sb, b));
}

/* ---- tokens: strings and names of the Lua text, with their places ---- */

typedef struct tok {
    size_t at, n; /* the token's bytes; for a string, its contents between the quotes */
    char kind;    /* 's' string, 'n' name, 'o' another symbol */
} tok;

/* Splits t into tokens (comments and long strings skipped); *n of them,
 * malloc'ed. */
static tok *tokens(const char *t, size_t len, int *n)
{
    tok *v = NULL;
    int k = 0, cap = 0;
    for (size_t i = 0; i < len;) {
        char c = t[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        tok x = {i, 1, 'o'};
        if (c == '-' && i + 1 < len && t[i + 1] == '-') { /* a comment */
            size_t j = i + 2, lv = 0;
            if (j < len && t[j] == '[') {
                size_t q = j + 1;
                while (q < len && t[q] == '=')
                    q++, lv++;
                if (q < len && t[q] == '[') { /* a long comment: to its closer */
                    for (j = q + 1; j < len; j++) {
                        if (t[j] != ']') continue;
                        size_t e = j + 1, m = 0;
                        while (e < len && t[e] == '=')
                            e++, m++;
                        if (m == lv && e < len && t[e] == ']') {
                            j = e + 1;
                            break;
                        }
                    }
                    i = j;
                    continue;
                }
            }
            while (j < len && t[j] != '\n')
                j++;
            i = j;
            continue;
        }
        if (c == '"' || c == '\'') {
            size_t j = i + 1;
            while (j < len && t[j] != c && t[j] != '\n') {
                if (t[j] == '\\') j++;
                j++;
            }
            x = (tok){i + 1, (j < len ? j : len) - i - 1, 's'};
            i = j + 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                   (c >= '0' && c <= '9')) {
            size_t j = i;
            while (j < len && ((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z') ||
                               t[j] == '_' || (t[j] >= '0' && t[j] <= '9')))
                j++;
            x = (tok){i, j - i, 'n'};
            i = j;
        } else if (c == '[' && i + 1 < len && (t[i + 1] == '[' || t[i + 1] == '=')) {
            size_t q = i + 1, lv = 0;
            while (q < len && t[q] == '=')
                q++, lv++;
            if (q < len && t[q] == '[') { /* a long string: skipped */
                size_t j;
                for (j = q + 1; j < len; j++) {
                    if (t[j] != ']') continue;
                    size_t e = j + 1, m = 0;
                    while (e < len && t[e] == '=')
                        e++, m++;
                    if (m == lv && e < len && t[e] == ']') {
                        j = e + 1;
                        break;
                    }
                }
                i = j;
                continue;
            }
            i++;
        } else {
            i++;
        }
        if (k == cap) {
            cap = cap ? cap * 2 : 256;
            tok *p = realloc(v, sizeof *p * (size_t)cap);
            if (!p) break;
            v = p;
        }
        v[k++] = x;
    }
    *n = k;
    return v;
}

static bool tok_is(const char *t, const tok *x, char kind, const char *s)
{
    return x->kind == kind && strlen(s) == x->n && memcmp(t + x->at, s, x->n) == 0;
}

/* The index of the token at byte o (a string's contents include both ends,
 * so a cursor just after the last character is inside), or -1. */
static int tok_at(const tok *v, int n, size_t o)
{
    for (int i = 0; i < n; i++)
        if (v[i].kind != 'o' && o >= v[i].at && o <= v[i].at + v[i].n) return i;
    return -1;
}

/* The key a value at token i belongs to: `key = <i>`, or `key = { ..., <i> }`
 * (an item of a list or a key of a table), into key ("" when none). */
static void key_of(const char *t, const tok *v, int i, char *key, size_t n)
{
    key[0] = '\0';
    if (i >= 2 && tok_is(t, &v[i - 1], 'o', "=") && v[i - 2].kind == 'n') {
        snprintf(key, n, "%.*s", (int)v[i - 2].n, t + v[i - 2].at);
        return;
    }
    int depth = 0; /* closed tables passed on the way back */
    for (int j = i - 1; j >= 0 && j >= i - 400; j--) {
        if (tok_is(t, &v[j], 'o', "}")) {
            depth++;
        } else if (tok_is(t, &v[j], 'o', "{")) {
            if (depth > 0) {
                depth--;
                continue;
            }
            if (j >= 2 && tok_is(t, &v[j - 1], 'o', "=") && v[j - 2].kind == 'n')
                snprintf(key, n, "%.*s", (int)v[j - 2].n, t + v[j - 2].at);
            return;
        } else if (depth == 0 && (tok_is(t, &v[j], 'o', "(") || tok_is(t, &v[j], 'o', ")"))) {
            return; /* inside a function's code, not a table */
        }
    }
}

/* ---- diagnostics ---- */

static bool ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-' || c == '!';
}

/* Finds word as a whole word in t[a..b); its offset, or (size_t)-1. */
static size_t find_word(const char *t, size_t a, size_t b, const char *word)
{
    size_t wl = strlen(word);
    if (!wl) return (size_t)-1;
    for (size_t i = a; i + wl <= b; i++)
        if (memcmp(t + i, word, wl) == 0 && (i == a || !ident_char(t[i - 1])) &&
            (i + wl == b || !ident_char(t[i + wl])))
            return i;
    return (size_t)-1;
}

/* The bytes a finding is about on its line: the name it quotes as wrong (the
 * first '...' before any "did you mean"), else the last part of its table
 * path, else the line's text. */
static void diag_span(const char *t, size_t len, const core_diag *g, size_t *a, size_t *b)
{
    size_t ls = g->line > 0 ? line_offset(t, len, g->line - 1) : 0, le = ls;
    while (le < len && t[le] != '\n')
        le++;
    const char *stop = strstr(g->msg, "did you mean");
    for (const char *q = strchr(g->msg, '\''); q && (!stop || q < stop); q = strchr(q + 1, '\'')) {
        const char *e = strchr(q + 1, '\'');
        if (!e || (stop && e > stop)) break;
        char word[200];
        snprintf(word, sizeof word, "%.*s", (int)(e - q - 1), q + 1);
        size_t at = find_word(t, ls, le, word);
        if (at != (size_t)-1) {
            *a = at;
            *b = at + strlen(word);
            return;
        }
        q = e;
    }
    const char *last = g->path;
    for (const char *p = g->path; *p; p++)
        if (*p == '.' || *p == '[') last = p + 1;
    char word[200];
    snprintf(word, sizeof word, "%s", last[0] == '"' ? last + 1 : last);
    word[strcspn(word, "\"]")] = '\0';
    size_t at = find_word(t, ls, le, word);
    if (at != (size_t)-1) {
        *a = at;
        *b = at + strlen(word);
        return;
    }
    while (ls < le && (t[ls] == ' ' || t[ls] == '\t'))
        ls++;
    *a = ls;
    *b = le;
}

static void check_doc(server *s, doc *d)
{
    d->dirty = false;
    if (!d->path) return;
    size_t n = strlen(d->path);
    if (n > 9 && strcmp(d->path + n - 9, ".pack.lua") == 0 && !s->lib_scanned) {
        char *dir = app_library_dir();
        s->lib_ok = dir && app_library_scan(dir, &s->lib);
        free(dir);
        s->lib_scanned = true;
    }
    core_diags g = {0};
    app_checked *c = app_check_text(d->path, d->text, d->len, s->lib_ok ? &s->lib : NULL, &g);
    if (app_checked_scenario(c)) {
        app_checked_free(d->good);
        d->good = c;
    } else {
        app_checked_free(c);
    }
    core_diags_sort(&g);
    lsb b = {0};
    lsb_puts(&b, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{"
                 "\"uri\":");
    lsb_str(&b, d->uri, strlen(d->uri));
    lsb_puts(&b, ",\"diagnostics\":[");
    int m = 0;
    for (int i = 0; i < g.n; i++) {
        const core_diag *x = &g.v[i];
        if (!x->file || strcmp(x->file, d->path) != 0) continue;
        size_t a, e;
        diag_span(d->text, d->len, x, &a, &e);
        lsb_puts(&b, m++ ? ",{\"range\":" : "{\"range\":");
        put_range(&b, d->text, d->len, a, e);
        lsb_printf(&b, ",\"severity\":%d,\"source\":\"rapport\",\"code\":",
                   x->severity == CORE_ERROR ? 1 : 2);
        lsb_str(&b, x->code, strlen(x->code));
        lsb_puts(&b, ",\"message\":");
        char msg[1400];
        snprintf(msg, sizeof msg, "%s%s%s", x->path, x->path[0] ? ": " : "", x->msg);
        lsb_str(&b, msg, strlen(msg));
        lsb_puts(&b, "}");
    }
    lsb_puts(&b, "]}}");
    send_body(&b);
    lsb_free(&b);
    core_diags_free(&g);
}

/* A saved scenario changes what its NAME.test.lua is checked against. */
static void recheck_tests_of(server *s, const char *path)
{
    size_t n = strlen(path);
    if (n < 5 || strcmp(path + n - 4, ".lua") != 0) return;
    for (int i = 0; i < s->n_docs; i++) {
        const char *p = s->docs[i].path;
        if (p && strlen(p) == n + 5 && strncmp(p, path, n - 4) == 0 &&
            strcmp(p + n - 4, ".test.lua") == 0) {
            s->docs[i].dirty = true;
            s->docs[i].due = now_ms();
        }
    }
}

/* ---- names for completion, definitions and hovers ---- */

typedef struct where {
    const core_scenario *sc; /* the scenario the document's names come from, or NULL */
    const char *path;        /* its file */
} where;

static where names_of(const doc *d)
{
    const core_scenario *sc = app_checked_scenario(d->good);
    return (where){sc, sc ? sc->file : NULL};
}

/* The node declarations in Lua text t: the keys of its `nodes = { ... }`
 * table (`id = {` or `["id"] = {`), as token indices into *out (malloc'ed);
 * their count. Read from the tokens, so they are found while the text does
 * not load. */
static int node_decls(const char *t, const tok *v, int nt, int **out)
{
    int *d = NULL, n = 0, k = 0;
    *out = NULL;
    while (k + 2 < nt && !(tok_is(t, &v[k], 'n', "nodes") && tok_is(t, &v[k + 1], 'o', "=") &&
                           tok_is(t, &v[k + 2], 'o', "{")))
        k++;
    int depth = 0;
    for (int i = k + 3; i < nt; i++) {
        if (tok_is(t, &v[i], 'o', "{")) depth++;
        if (tok_is(t, &v[i], 'o', "}") && --depth < 0) break;
        if (depth != 0) continue;
        int key = -1;
        if (v[i].kind == 'n' && i + 1 < nt && tok_is(t, &v[i + 1], 'o', "="))
            key = i;
        else if (tok_is(t, &v[i], 'o', "[") && i + 3 < nt && v[i + 1].kind == 's' &&
                 tok_is(t, &v[i + 2], 'o', "]") && tok_is(t, &v[i + 3], 'o', "="))
            key = i + 1;
        if (key < 0) continue;
        int *p = realloc(d, sizeof *p * (size_t)(n + 1));
        if (!p) break;
        d = p;
        d[n++] = key;
    }
    *out = d;
    return n;
}

/* The scenario a document's node ids live in: itself, or for NAME.test.lua
 * the NAME.lua beside it. Its path (malloc'ed) and text (borrowed, or read
 * into *own). */
static const char *scenario_text(server *s, const doc *d, char **path, char **own, size_t *len)
{
    *own = NULL;
    *path = NULL;
    if (!d->path) return NULL;
    size_t n = strlen(d->path);
    if (n > 9 && strcmp(d->path + n - 9, ".test.lua") == 0) {
        *path = malloc(n);
        if (!*path) return NULL;
        memcpy(*path, d->path, n - 9);
        memcpy(*path + n - 9, ".lua", 5);
        return text_of(s, *path, own, len);
    }
    *path = strdup(d->path);
    *len = d->len;
    return d->text;
}

static void item(lsb *b, int *m, const char *label, int kind, const char *detail, const char *t,
                 size_t len, size_t a, size_t e)
{
    lsb_puts(b, (*m)++ ? ",{\"label\":" : "{\"label\":");
    lsb_str(b, label, strlen(label));
    lsb_printf(b, ",\"kind\":%d", kind);
    if (detail) {
        lsb_puts(b, ",\"detail\":");
        lsb_str(b, detail, strlen(detail));
    }
    if (t) { /* replace what was typed of it inside the quotes */
        lsb_puts(b, ",\"textEdit\":{\"range\":");
        put_range(b, t, len, a, e);
        lsb_puts(b, ",\"newText\":");
        lsb_str(b, label, strlen(label));
        lsb_puts(b, "}");
    }
    lsb_puts(b, "}");
}

/* The first line of a node's text for hovers and completion details. */
static void first_line(const core_node *n, char *out, size_t size)
{
    const char *t = n->text                    ? n->text
                    : n->text_fn != CORE_NO_FN ? "(a line made by a function)"
                                               : "";
    size_t k = strcspn(t, "\n");
    if (k > 160) k = 160;
    snprintf(out, size, "%.*s%s", (int)k, t, t[k] && k == 160 ? "..." : "");
}

static const char *speaker_name(const core_scenario *sc, const core_node *n)
{
    return n->speaker >= 0 ? sc->cast[n->speaker].name : "the narrator";
}

/* Completion kinds (LSP CompletionItemKind). */
enum { K_FIELD = 5, K_VALUE = 12, K_ENUM = 20, K_REFERENCE = 18 };

static void completion(server *s, const lj *id, const lj *params)
{
    doc *d = find_doc(s, lj_str(lj_path(params, "textDocument", "uri", NULL)));
    if (!d) {
        reply(id, "null");
        return;
    }
    int line = (int)lj_num(lj_path(params, "position", "line", NULL), 0);
    int ch = (int)lj_num(lj_path(params, "position", "character", NULL), 0);
    size_t o = offset_at(d->text, d->len, line, ch);
    int nt;
    tok *v = tokens(d->text, d->len, &nt);
    int i = tok_at(v, nt, o);
    char key[64] = "";
    bool in_string = i >= 0 && v[i].kind == 's';
    size_t a = o, e = o; /* the part typed so far, replaced by the item */
    if (in_string) {
        a = v[i].at;
        e = o;
        key_of(d->text, v, i, key, sizeof key);
    } else {
        /* A key inside `trust = { ... }` or `score = { ... }`: the table's key
         * is the one before its brace. Find the last token before o. */
        int j = -1;
        for (int k = 0; k < nt && v[k].at < o; k++)
            j = k;
        if (j >= 0 && v[j].kind == 'n' && v[j].at + v[j].n >= o) {
            a = v[j].at;
            key_of(d->text, v, j, key, sizeof key);
        } else if (j >= 0) {
            key_of(d->text, v, j + 1, key, sizeof key);
            if (!(tok_is(d->text, &v[j], 'o', "{") || tok_is(d->text, &v[j], 'o', ",")))
                key[0] = '\0';
        }
    }
    where w = names_of(d);
    const core_scenario *sc = w.sc;
    lsb b = {0};
    lsb_puts(&b, "{\"isIncomplete\":false,\"items\":[");
    int m = 0;
    const char *t = d->text;
    size_t len = d->len;
    bool wants_node = !strcmp(key, "to") || !strcmp(key, "on_timeout") || !strcmp(key, "start") ||
                      !strcmp(key, "can_go") || !strcmp(key, "from");
    if (in_string && wants_node && sc) {
        for (int k = 0; k < sc->n_nodes; k++) {
            char detail[300], fl[200];
            first_line(&sc->nodes[k], fl, sizeof fl);
            snprintf(detail, sizeof detail, "%s: %s", speaker_name(sc, &sc->nodes[k]), fl);
            item(&b, &m, sc->nodes[k].id, K_REFERENCE, detail, t, len, a, e);
        }
    } else if (in_string && wants_node) {
        /* Nothing has loaded yet (a new file, still broken): the ids its
         * `nodes` table declares so far. */
        char *path, *own;
        size_t slen;
        const char *st = scenario_text(s, d, &path, &own, &slen);
        int snt, *decl, nd = 0;
        tok *sv = st ? tokens(st, slen, &snt) : NULL;
        if (sv) nd = node_decls(st, sv, snt, &decl);
        for (int k = 0; k < nd; k++) {
            char label[256];
            snprintf(label, sizeof label, "%.*s", (int)sv[decl[k]].n, st + sv[decl[k]].at);
            item(&b, &m, label, K_REFERENCE, NULL, t, len, a, e);
        }
        if (nd) free(decl);
        free(sv);
        free(path);
        free(own);
    } else if (in_string && sc && !strcmp(key, "speaker")) {
        for (int k = 0; k < sc->n_cast; k++)
            item(&b, &m, sc->cast[k].key, K_VALUE, sc->cast[k].name, t, len, a, e);
        item(&b, &m, "narrator", K_VALUE, "scene-setting lines", t, len, a, e);
    } else if (in_string && sc &&
               (!strcmp(key, "when") || !strcmp(key, "learn") || !strcmp(key, "facts"))) {
        for (int k = 0; k < sc->n_facts; k++)
            item(&b, &m, sc->facts[k], K_VALUE, "fact", t, len, a, e);
    } else if (in_string && sc && !strcmp(key, "outcome")) {
        for (int k = 0; k < sc->n_nodes; k++)
            if (sc->nodes[k].ending) {
                bool dup = false;
                for (int j = 0; j < k && !dup; j++)
                    dup = sc->nodes[j].ending && !strcmp(sc->nodes[j].ending, sc->nodes[k].ending);
                if (!dup) item(&b, &m, sc->nodes[k].ending, K_ENUM, "ending", t, len, a, e);
            }
    } else if (in_string && !strcmp(key, "tags")) {
        for (int k = 0; k < CORE_N_TAGS; k++) {
            bool mistake;
            const char *tag = core_tag_at(k);
            item(&b, &m, tag, K_ENUM, core_tag_phrase(tag, &mistake), t, len, a, e);
        }
    } else if (in_string && !strcmp(key, "mood")) {
        for (int k = 0; core_mood_at(k); k++)
            item(&b, &m, core_mood_at(k), K_ENUM, NULL, t, len, a, e);
    } else if (in_string && !strcmp(key, "grade")) {
        static const char *const grades[] = {"good", "mixed", "poor"};
        for (int k = 0; k < 3; k++)
            item(&b, &m, grades[k], K_ENUM, NULL, t, len, a, e);
    } else if (in_string && !strcmp(key, "order")) {
        item(&b, &m, "fixed", K_ENUM, "keep the author's order", t, len, a, e);
    } else if (!in_string && sc && !strcmp(key, "trust")) {
        for (int k = 0; k < sc->n_cast; k++)
            item(&b, &m, sc->cast[k].key, K_FIELD, sc->cast[k].name, t, len, a, o);
    } else if (!in_string && sc &&
               (!strcmp(key, "score") || !strcmp(key, "timeout_score") || !strcmp(key, "skills") ||
                !strcmp(key, "debrief"))) {
        for (int k = 0; k < sc->n_skills; k++)
            item(&b, &m, sc->skills[k], K_FIELD, core_skill_label(sc->skills[k]), t, len, a, o);
    }
    lsb_puts(&b, "]}");
    reply(id, b.s ? b.s : "null");
    lsb_free(&b);
    free(v);
}

/* The node id under the cursor of params' document, into name: a string or
 * key that is declared in its scenario's `nodes`. Fills where it is declared
 * (path malloc'ed, text borrowed or in *own, the declaration's bytes). */
typedef struct node_ref {
    doc *d;
    char name[256];
    char *path, *own; /* owned */
    const char *text; /* the scenario's text */
    size_t len;
    size_t at, n; /* the declaration */
} node_ref;

static bool node_at(server *s, const lj *params, node_ref *r)
{
    memset(r, 0, sizeof *r);
    r->d = find_doc(s, lj_str(lj_path(params, "textDocument", "uri", NULL)));
    if (!r->d) return false;
    int line = (int)lj_num(lj_path(params, "position", "line", NULL), 0);
    int ch = (int)lj_num(lj_path(params, "position", "character", NULL), 0);
    size_t o = offset_at(r->d->text, r->d->len, line, ch);
    int nt;
    tok *v = tokens(r->d->text, r->d->len, &nt);
    int i = tok_at(v, nt, o);
    bool ok = i >= 0 && v[i].n < sizeof r->name;
    if (ok) snprintf(r->name, sizeof r->name, "%.*s", (int)v[i].n, r->d->text + v[i].at);
    free(v);
    if (ok) r->text = scenario_text(s, r->d, &r->path, &r->own, &r->len);
    ok = ok && r->text;
    if (ok) {
        v = tokens(r->text, r->len, &nt);
        int *decl, nd = node_decls(r->text, v, nt, &decl);
        ok = false;
        for (int k = 0; k < nd && !ok; k++)
            if (v[decl[k]].n == strlen(r->name) &&
                memcmp(r->text + v[decl[k]].at, r->name, v[decl[k]].n) == 0) {
                r->at = v[decl[k]].at;
                r->n = v[decl[k]].n;
                ok = true;
            }
        free(decl);
        free(v);
    }
    return ok;
}

static void node_ref_free(node_ref *r)
{
    free(r->path);
    free(r->own);
}

static void location(lsb *b, int *m, const char *path, const char *t, size_t len, size_t at,
                     size_t n)
{
    lsb_puts(b, (*m)++ ? ",{\"uri\":\"" : "{\"uri\":\"");
    lsb b2 = {0};
    path_to_uri(&b2, path);
    lsb_put(b, b2.s ? b2.s : "", b2.n);
    lsb_free(&b2);
    lsb_puts(b, "\",\"range\":");
    put_range(b, t, len, at, at + n);
    lsb_puts(b, "}");
}

/* Every string in text t (of file path) that names node id. */
static void mentions(lsb *b, int *m, const char *path, const char *t, size_t len, const char *id)
{
    int nt;
    tok *v = tokens(t, len, &nt);
    for (int i = 0; i < nt; i++) {
        bool decl = i > 0 && tok_is(t, &v[i - 1], 'o', "[") && i + 2 < nt &&
                    tok_is(t, &v[i + 1], 'o', "]") && tok_is(t, &v[i + 2], 'o', "=");
        if (tok_is(t, &v[i], 's', id) && !decl) location(b, m, path, t, len, v[i].at, v[i].n);
    }
    free(v);
}

static void definition(server *s, const lj *id, const lj *params, bool references)
{
    node_ref r;
    if (!node_at(s, params, &r)) {
        node_ref_free(&r);
        reply(id, references ? "[]" : "null");
        return;
    }
    lsb b = {0};
    lsb_puts(&b, "[");
    int m = 0;
    const lj *inc = lj_path(params, "context", "includeDeclaration", NULL);
    if (!references || !cJSON_IsBool(inc) || cJSON_IsTrue(inc))
        location(&b, &m, r.path, r.text, r.len, r.at, r.n);
    if (references) {
        mentions(&b, &m, r.path, r.text, r.len, r.name);
        /* From a NAME.test.lua, its own mentions too (`from = "x"`). */
        if (strcmp(r.d->path, r.path) != 0)
            mentions(&b, &m, r.d->path, r.d->text, r.d->len, r.name);
    }
    lsb_puts(&b, "]");
    reply(id, b.s ? b.s : "null");
    lsb_free(&b);
    node_ref_free(&r);
}

static void hover(server *s, const lj *id, const lj *params)
{
    node_ref r;
    bool found = node_at(s, params, &r);
    /* Who speaks and what: from the last scenario that loaded. */
    where w = found ? names_of(r.d) : (where){0};
    int ni = w.sc ? core_find_node(w.sc, r.name) : -1;
    node_ref_free(&r);
    if (ni < 0) {
        reply(id, "null");
        return;
    }
    const core_node *n = &w.sc->nodes[ni];
    char fl[200], md[900], ending[200] = "";
    first_line(n, fl, sizeof fl);
    const char *role = n->speaker >= 0 ? w.sc->cast[n->speaker].role : "";
    if (n->ending)
        snprintf(ending, sizeof ending, "; ending '%s'%s%s%s", n->ending, n->grade ? " (" : "",
                 n->grade ? n->grade : "", n->grade ? ")" : "");
    snprintf(md, sizeof md, "**%s**: %s%s%s%s\n\n> %s", n->id, speaker_name(w.sc, n),
             role[0] ? ", " : "", role, ending, fl);
    lsb b = {0};
    lsb_puts(&b, "{\"contents\":{\"kind\":\"markdown\",\"value\":");
    lsb_str(&b, md, strlen(md));
    lsb_puts(&b, "}}");
    reply(id, b.s ? b.s : "null");
    lsb_free(&b);
}

/* Quick fixes for the diagnostics the editor sends back: "did you mean 'x'"
 * replaces the diagnostic's range with x; a missing comma is added at the
 * end of the line the message names. */
static void code_action(server *s, const lj *id, const lj *params)
{
    const char *uri = lj_str(lj_path(params, "textDocument", "uri", NULL));
    doc *d = find_doc(s, uri);
    const lj *diags = lj_path(params, "context", "diagnostics", NULL);
    lsb b = {0};
    lsb_puts(&b, "[");
    int m = 0;
    const lj *list = d && cJSON_IsArray(diags) ? diags : NULL, *g = NULL;
    cJSON_ArrayForEach(g, list)
    {
        const char *msg = lj_str(lj_get(g, "message"));
        const lj *range = lj_get(g, "range");
        if (!msg || !range) continue;
        const char *dym = strstr(msg, "did you mean '");
        static const char comma_text[] = "a comma is probably missing at the end of line ";
        const char *comma = strstr(msg, comma_text);
        char fix[256], title[300];
        lsb edit = {0};
        if (dym) {
            dym += 14;
            size_t k = strcspn(dym, "'");
            snprintf(fix, sizeof fix, "%.*s", (int)k, dym);
            snprintf(title, sizeof title, "Change to '%s'", fix);
            lsb_puts(&edit, "{\"range\":");
            lsb_json(&edit, range);
        } else if (comma) {
            int line = atoi(comma + sizeof comma_text - 1) - 1;
            size_t ls = line_offset(d->text, d->len, line), le = ls, code_end = ls;
            char quote = 0;
            for (; le < d->len && d->text[le] != '\n'; le++) {
                char c = d->text[le];
                if (quote) {
                    if (c == '\\')
                        le++;
                    else if (c == quote)
                        quote = 0;
                    code_end = le + 1;
                    continue;
                }
                if (c == '-' && le + 1 < d->len && d->text[le + 1] == '-') break;
                if (c == '"' || c == '\'') quote = c;
                if (c != ' ' && c != '\t' && c != '\r') code_end = le + 1;
            }
            snprintf(fix, sizeof fix, ",");
            snprintf(title, sizeof title, "Add the missing comma at the end of line %d", line + 1);
            lsb_puts(&edit, "{\"range\":");
            put_range(&edit, d->text, d->len, code_end, code_end);
        } else {
            continue;
        }
        lsb_puts(&edit, ",\"newText\":");
        lsb_str(&edit, fix, strlen(fix));
        lsb_puts(&edit, "}");
        lsb_puts(&b, m++ ? ",{\"title\":" : "{\"title\":");
        lsb_str(&b, title, strlen(title));
        lsb_puts(&b, ",\"kind\":\"quickfix\",\"isPreferred\":true,\"diagnostics\":[");
        lsb_json(&b, g);
        lsb_puts(&b, "],\"edit\":{\"changes\":{");
        lsb_str(&b, uri, strlen(uri));
        lsb_puts(&b, ":[");
        lsb_put(&b, edit.s ? edit.s : "", edit.n);
        lsb_puts(&b, "]}}}");
        lsb_free(&edit);
    }
    lsb_puts(&b, "]");
    reply(id, b.s ? b.s : "null");
    lsb_free(&b);
}

/* ---- the protocol ---- */

static const char CAPABILITIES[] =
    "{\"capabilities\":{"
    "\"textDocumentSync\":{\"openClose\":true,\"change\":1,\"save\":{\"includeText\":false}},"
    "\"completionProvider\":{\"triggerCharacters\":[\"\\\"\",\"'\"]},"
    "\"definitionProvider\":true,\"referencesProvider\":true,\"hoverProvider\":true,"
    "\"codeActionProvider\":{\"codeActionKinds\":[\"quickfix\"]}},"
    "\"serverInfo\":{\"name\":\"rapport\",\"version\":\"" RAPPORT_VERSION "\"}}";

/* Handles one message; returns the exit code after `exit`, else -1. */
static int handle(server *s, const lj *msg)
{
    const char *method = lj_str(lj_get(msg, "method"));
    const lj *id = lj_get(msg, "id");
    const lj *params = lj_get(msg, "params");
    if (!method) return -1; /* an answer to a request of ours: we send none */
    if (!strcmp(method, "initialize")) {
        reply(id, CAPABILITIES);
    } else if (!strcmp(method, "shutdown")) {
        s->shutdown = true;
        reply(id, "null");
    } else if (!strcmp(method, "exit")) {
        return s->shutdown ? 0 : 1;
    } else if (!strcmp(method, "textDocument/didOpen") ||
               !strcmp(method, "textDocument/didChange")) {
        bool open = strcmp(method, "textDocument/didOpen") == 0;
        const lj *td = lj_get(params, "textDocument");
        const char *uri = lj_str(lj_get(td, "uri"));
        doc *d = find_doc(s, uri);
        if (!d && open && uri && s->n_docs < DOCS_MAX) {
            d = &s->docs[s->n_docs++];
            memset(d, 0, sizeof *d);
            d->uri = strdup(uri);
            d->path = uri_to_path(uri);
            d->text = strdup("");
        }
        if (!d || !d->uri || !d->text) return -1;
        const lj *text = open ? lj_get(td, "text") : NULL;
        const lj *changes = open ? NULL : lj_get(params, "contentChanges");
        int n_changes = cJSON_IsArray(changes) ? cJSON_GetArraySize(changes) : 0;
        if (n_changes > 0) /* the last change holds the full text (sync kind 1) */
            text = lj_get(cJSON_GetArrayItem(changes, n_changes - 1), "text");
        if (lj_str(text)) doc_text(d, lj_str(text), strlen(lj_str(text)));
        d->dirty = true;
        d->due = now_ms() + (open ? 0 : DEBOUNCE_MS);
    } else if (!strcmp(method, "textDocument/didSave")) {
        doc *d = find_doc(s, lj_str(lj_path(params, "textDocument", "uri", NULL)));
        if (d && d->path) recheck_tests_of(s, d->path);
    } else if (!strcmp(method, "textDocument/didClose")) {
        doc *d = find_doc(s, lj_str(lj_path(params, "textDocument", "uri", NULL)));
        if (d) {
            lsb b = {0};
            lsb_puts(&b, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\","
                         "\"params\":{\"uri\":");
            lsb_str(&b, d->uri, strlen(d->uri));
            lsb_puts(&b, ",\"diagnostics\":[]}}");
            send_body(&b);
            lsb_free(&b);
            free(d->uri);
            free(d->path);
            free(d->text);
            app_checked_free(d->good);
            *d = s->docs[--s->n_docs];
        }
    } else if (!strcmp(method, "textDocument/completion")) {
        completion(s, id, params);
    } else if (!strcmp(method, "textDocument/definition")) {
        definition(s, id, params, false);
    } else if (!strcmp(method, "textDocument/references")) {
        definition(s, id, params, true);
    } else if (!strcmp(method, "textDocument/hover")) {
        hover(s, id, params);
    } else if (!strcmp(method, "textDocument/codeAction")) {
        code_action(s, id, params);
    } else if (id) {
        reply_error(id, -32601, "rapport lsp does not handle this request");
    }
    return -1;
}

/* Reads what stdin has (one read); false at its end or on an error. */
static bool read_input(server *s)
{
    if (s->in_cap - s->in_n < 65536) {
        size_t cap = s->in_cap ? s->in_cap * 2 : 1u << 17;
        char *p = realloc(s->in, cap);
        if (!p) return false;
        s->in = p;
        s->in_cap = cap;
    }
    ssize_t got;
    do
        got = read(0, s->in + s->in_n, s->in_cap - s->in_n);
    while (got < 0 && errno == EINTR);
    if (got <= 0) return false;
    s->in_n += (size_t)got;
    return true;
}

int cli_lsp(const cli_opts *o)
{
    (void)o;
    server *s = calloc(1, sizeof *s);
    if (!s) return 1;
    int rc = -1;
    while (rc < 0) {
        /* Check the documents whose quiet time is over, then wait for input
         * until the next one is due (or for ever). */
        double now = now_ms(), next = -1;
        for (int i = 0; i < s->n_docs; i++) {
            doc *d = &s->docs[i];
            if (!d->dirty) continue;
            if (d->due <= now)
                check_doc(s, d);
            else if (next < 0 || d->due < next)
                next = d->due;
        }
        struct pollfd pf = {.fd = 0, .events = POLLIN};
        int wait = next < 0 ? -1 : (int)(next - now_ms()) + 1;
        int r = poll(&pf, 1, wait < 0 && next >= 0 ? 0 : wait);
        if (r < 0 && errno != EINTR) break;
        if (r <= 0) continue;
        if (!read_input(s)) {
            rc = s->shutdown ? 0 : 1; /* the editor closed our input */
            break;
        }
        for (;;) {
            char *body;
            size_t n;
            int t = take_message(s, &body, &n);
            if (t < 0) {
                fprintf(stderr, "rapport lsp: a message without a valid Content-Length; "
                                "stopping\n");
                rc = 1;
                break;
            }
            if (t == 0) break;
            lj *msg = lj_parse(body, n);
            if (!msg) {
                free(body);
                reply_error(NULL, -32700, "not JSON");
                continue;
            }
            rc = handle(s, msg);
            lj_free(msg);
            free(body);
            if (rc >= 0) break;
        }
    }
    for (int i = 0; i < s->n_docs; i++) {
        free(s->docs[i].uri);
        free(s->docs[i].path);
        free(s->docs[i].text);
        app_checked_free(s->docs[i].good);
    }
    app_library_free(&s->lib);
    free(s->in);
    free(s);
    return rc;
}
