/* l10n.c: reading NAME.LANG.po beside a scenario, translating the loaded
 * model with it, translating what author functions return, and checking a
 * translation against its scenario (l10n.h, docs/translating.md).
 *
 * PO files are parsed by libgettextpo. Its error handler takes no user
 * pointer, so the file being read is named through one thread-local pointer,
 * set only while po_file_read runs; a fatal error (the handler must not
 * return) jumps back out of the read.
 *
 * Depends on: engine/core, libgettextpo, l10n_extract.c (the keys). */
#include "l10n_local.h"

#include <dirent.h>
#include <errno.h>
#include <gettext-po.h>
#include <locale.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define PO_MAX (16u << 20) /* bytes: a PO file is text */

/* ---- reading a PO file ---- */

typedef struct po_msg {
    char *ctx; /* owned; NULL when the entry has none */
    char *id, *str;
    int line; /* of the entry in the .po; 0 when unknown */
    bool fuzzy;
    int order; /* position in the file, to keep the first of equal msgids */
} po_msg;

typedef struct po_data {
    po_msg *v; /* owned */
    int n;
} po_data;

typedef struct po_read_err {
    int errors;
    int line;
    char msg[400];
    jmp_buf out;
} po_read_err;

/* The read in progress on this thread: set only inside po_file_read. Not a
 * local of po_read, whose locals changed between setjmp and longjmp would be
 * indeterminate after the jump. */
static _Thread_local po_read_err read_state;
static _Thread_local po_read_err *reading;

static void note_error(int severity, size_t lineno, const char *text)
{
    po_read_err *r = reading;
    if (!r || severity < PO_SEVERITY_ERROR) return;
    if (r->errors++ == 0) {
        r->line = lineno == (size_t)-1 ? 0 : (int)lineno;
        snprintf(r->msg, sizeof r->msg, "%s", text ? text : "unreadable");
        size_t n = strlen(r->msg);
        while (n > 0 && (r->msg[n - 1] == '\n' || r->msg[n - 1] == ' '))
            r->msg[--n] = '\0';
    }
    if (severity == PO_SEVERITY_FATAL_ERROR) longjmp(r->out, 1);
}

static void on_xerror(int severity, po_message_t m, const char *file, size_t lineno, size_t col,
                      int multiline, const char *text)
{
    (void)m, (void)file, (void)col, (void)multiline;
    note_error(severity, lineno, text);
}

static void on_xerror2(int severity, po_message_t m1, const char *f1, size_t l1, size_t c1, int ml1,
                       const char *t1, po_message_t m2, const char *f2, size_t l2, size_t c2,
                       int ml2, const char *t2)
{
    (void)m1, (void)f1, (void)c1, (void)ml1, (void)m2, (void)f2, (void)l2, (void)c2, (void)ml2,
        (void)t2;
    note_error(severity, l1, t1);
}

static void po_data_free(po_data *p)
{
    for (int i = 0; i < p->n; i++) {
        free(p->v[i].ctx);
        free(p->v[i].id);
        free(p->v[i].str);
    }
    free(p->v);
    *p = (po_data){0};
}

/* The line of each entry, in file order: a line starting "msgid " (or
 * "#~ msgid " for an obsolete one), moved up to its "msgctxt " line. This
 * only locates entries for messages; libgettextpo reads them. */
static int *entry_lines(const char *path, int *n_out)
{
    *n_out = 0;
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    int *v = NULL, n = 0, line = 0, ctx_line = 0;
    char buf[4096];
    bool at_start = true;
    while (fgets(buf, sizeof buf, f)) {
        bool start = at_start;
        at_start = strchr(buf, '\n') != NULL;
        if (!start) continue; /* the rest of a long line */
        line++;
        const char *p = buf;
        if (strncmp(p, "#~ ", 3) == 0) p += 3;
        if (strncmp(p, "msgctxt ", 8) == 0) {
            ctx_line = line;
        } else if (strncmp(p, "msgid ", 6) == 0) {
            int *w = core_grow(v, n, sizeof *w);
            if (!w) break;
            v = w;
            v[n++] = ctx_line ? ctx_line : line;
            ctx_line = 0;
        } else if (p[0] != '"' && p[0] != '#' && p[0] != '\n' && p[0] != '\r') {
            ctx_line = 0;
        }
    }
    fclose(f);
    *n_out = n;
    return v;
}

/* Why a .po cannot be used, in English for tools and in the reader's
 * language for people (a marked format, core_diag_tr), and the line. */
typedef struct po_why {
    char en[600], shown[600];
    int line;
} po_why;

static void why_set(po_why *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void why_set(po_why *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!core_diag_format(w->en, sizeof w->en, w->shown, sizeof w->shown, fmt, ap))
        snprintf(w->shown, sizeof w->shown, "%s", w->en);
    va_end(ap);
}

/* The warning for a .po that cannot be used. */
static void why_warn(core_diags *d, const char *path, const po_why *w)
{
    char shown[1300];
    snprintf(shown, sizeof shown,
             core_diag_tr(CORE_TR("%s; it is ignored, so the scenario shows its own text")),
             w->shown);
    core_diag_add_shown(d, CORE_WARNING, path, "", w->line, "bad-po", shown,
                        "%s; it is ignored, so the scenario shows its own text", w->en);
}

static bool charset_ok(po_file_t pf, po_why *why)
{
    const char *header = po_file_domain_header(pf, NULL);
    char *ct = header ? po_header_field(header, "Content-Type") : NULL;
    const char *cs = ct ? strstr(ct, "charset=") : NULL;
    bool ok = true;
    if (cs) {
        cs += 8;
        size_t len = strcspn(cs, " ;\n");
        ok = (len == 5 && strncasecmp(cs, "UTF-8", 5) == 0) ||
             (len == 4 && strncasecmp(cs, "utf8", 4) == 0) ||
             (len == 5 && strncasecmp(cs, "ASCII", 5) == 0) ||
             (len == 7 && strncasecmp(cs, "CHARSET", 7) == 0); /* a template's placeholder */
        if (!ok)
            why_set(why, CORE_TR("is in the charset %.*s; save it as UTF-8"),
                    (int)(len > 40 ? 40 : len), cs);
    }
    free(ct);
    /* Declared const, but a copy the caller owns (gettext's po_file_domain_header
     * returns xstrdup of the header; ASan shows it lost otherwise). */
    free((char *)header);
    return ok;
}

/* Reads path into *out. 1: read; 0: no such file; -1: damaged (*why says
 * where and what). */
static int po_read(const char *path, po_data *out, po_why *why)
{
    *out = (po_data){0};
    why->line = 0;
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT) return 0;
        int e = errno;
        char en[256];
        CORE_DIAG_TWICE(why->en, why->shown, CORE_TR("cannot be opened: %s"),
                        (core_strerror_en(e, en, sizeof en)), (strerror(e)));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        why_set(why, CORE_TR("is not a regular file"));
        return -1;
    }
    if ((unsigned long long)st.st_size > PO_MAX) {
        why_set(why, CORE_TR("is larger than %u MiB; a PO file is text"), PO_MAX >> 20);
        return -1;
    }
    static const struct po_xerror_handler handler = {on_xerror, on_xerror2};
    po_read_err *err = &read_state;
    err->errors = err->line = 0;
    err->msg[0] = '\0';
    reading = err;
    po_file_t pf = NULL; /* set only once the read returns, so never changed by the jump */
    if (setjmp(err->out) == 0) pf = po_file_read(path, &handler);
    reading = NULL;
    if (err->errors > 0 || !pf) {
        why->line = err->line;
        if (err->errors) /* gettext's own words stay as it says them */
            why_set(why, CORE_TR("cannot be read as a PO file: %s"), err->msg);
        else
            why_set(why, CORE_TR("cannot be read as a PO file: unreadable"));
        if (pf) po_file_free(pf);
        return -1;
    }
    int rc = 1;
    if (!charset_ok(pf, why)) {
        po_file_free(pf);
        return -1;
    }
    int n_lines = 0;
    int *lines = entry_lines(path, &n_lines);
    po_message_iterator_t it = po_message_iterator(pf, NULL);
    po_message_t m;
    for (int k = 0; (m = po_next_message(it)) != NULL; k++) {
        int line = lines && k < n_lines ? lines[k] : 0;
        const char *ctx = po_message_msgctxt(m), *id = po_message_msgid(m);
        const char *str = po_message_msgstr(m);
        if (po_message_is_obsolete(m) || po_message_msgid_plural(m) || !id || !str) continue;
        if (!ctx && !*id) continue; /* the header */
        bool bad = true;
        if (core_utf8_invalid(str, strlen(str)) >= 0)
            why_set(why, CORE_TR("its msgstr is not valid UTF-8"));
        else if (core_utf8_invalid(id, strlen(id)) >= 0)
            why_set(why, CORE_TR("its msgid is not valid UTF-8"));
        else if (ctx && core_utf8_invalid(ctx, strlen(ctx)) >= 0)
            why_set(why, CORE_TR("its msgctxt is not valid UTF-8"));
        else
            bad = false;
        if (bad) {
            why->line = line;
            rc = -1;
            break;
        }
        po_msg *v = core_grow(out->v, out->n, sizeof *v);
        if (!v) {
            why_set(why, CORE_TR("is too large to read (out of memory)"));
            rc = -1;
            break;
        }
        out->v = v;
        po_msg *e = &v[out->n];
        e->ctx = ctx ? core_strdup(ctx) : NULL;
        e->id = core_strdup(id);
        e->str = core_strdup(str);
        e->line = line;
        e->fuzzy = po_message_is_fuzzy(m);
        e->order = out->n;
        out->n++;
        if ((ctx && !e->ctx) || !e->id || !e->str) {
            why_set(why, CORE_TR("is too large to read (out of memory)"));
            rc = -1;
            break;
        }
    }
    po_message_iterator_free(it);
    po_file_free(pf);
    free(lines);
    if (rc < 0) po_data_free(out);
    return rc;
}

/* ---- the files already read ---- */

/* The window reads a scenario's .po again at every open and reload, and each
 * libgettextpo parse leaks some 7 KB of its own (tests/lsan.supp). So the
 * entries of the last few files read are kept, keyed by path, device, inode,
 * size and modification time to the nanosecond, and each load gets a copy.
 * A file that changes between the stat and the read is not kept; a damaged
 * one never is (it is read again, and warned about again, every time). */
#define PO_CACHE 8

typedef struct po_cached {
    char *path; /* owned; NULL for a free slot */
    struct stat st;
    po_data po; /* owned */
} po_cached;

static po_cached po_cache[PO_CACHE];
static int po_cache_next, po_parses;
static pthread_mutex_t po_cache_lock = PTHREAD_MUTEX_INITIALIZER;

static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* A deep copy of from into *to; false (and *to empty) when out of memory. */
static bool po_copy(const po_data *from, po_data *to)
{
    *to = (po_data){0};
    to->v = calloc((size_t)from->n + 1, sizeof *to->v);
    if (!to->v) return false;
    for (int i = 0; i < from->n; i++, to->n++) {
        const po_msg *m = &from->v[i];
        po_msg *c = &to->v[i];
        *c = *m;
        c->ctx = m->ctx ? core_strdup(m->ctx) : NULL;
        c->id = core_strdup(m->id);
        c->str = core_strdup(m->str);
        if ((m->ctx && !c->ctx) || !c->id || !c->str) {
            to->n++;
            po_data_free(to);
            return false;
        }
    }
    return true;
}

/* As po_read, from the cache when path is a file read before and unchanged. */
static int po_read_cached(const char *path, po_data *out, po_why *why)
{
    struct stat before, after;
    bool known = stat(path, &before) == 0 && S_ISREG(before.st_mode);
    if (known) {
        pthread_mutex_lock(&po_cache_lock);
        bool hit = false;
        for (int i = 0; i < PO_CACHE && !hit; i++) {
            po_cached *c = &po_cache[i];
            if (c->path && strcmp(c->path, path) == 0 && same_file(&c->st, &before))
                hit = po_copy(&c->po, out);
        }
        pthread_mutex_unlock(&po_cache_lock);
        if (hit) {
            why->line = 0;
            return 1;
        }
    }
    int rc = po_read(path, out, why);
    pthread_mutex_lock(&po_cache_lock);
    po_parses++;
    po_cached *c = &po_cache[po_cache_next];
    char *name = NULL;
    po_data copy;
    if (rc == 1 && known && stat(path, &after) == 0 && same_file(&before, &after) &&
        (name = core_strdup(path)) && po_copy(out, &copy)) {
        free(c->path);
        po_data_free(&c->po);
        *c = (po_cached){.path = name, .st = before, .po = copy};
        po_cache_next = (po_cache_next + 1) % PO_CACHE;
    } else {
        free(name);
    }
    pthread_mutex_unlock(&po_cache_lock);
    return rc;
}

int scr_l10n_po_parses(void)
{
    pthread_mutex_lock(&po_cache_lock);
    int n = po_parses;
    pthread_mutex_unlock(&po_cache_lock);
    return n;
}

/* ---- which language, which file ---- */

static bool is_c(const char *v)
{
    return !v || !*v || strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0 || strncmp(v, "C.", 2) == 0;
}

/* "C" or "POSIX" (or nothing): the locale under which GNU gettext ignores
 * LANGUAGE. C.UTF-8 is not: it honours LANGUAGE, though it names no language. */
static bool plain_c(const char *v)
{
    return !v || !*v || strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0;
}

void scr_l10n_env_language(char *out, size_t n)
{
    if (n == 0) return;
    out[0] = '\0';
    /* The locale messages follow: the process's, once something (the
     * program's catalogs, app/i18n.c, at start) has set it; before that,
     * what the environment will make it. */
    const char *loc = setlocale(LC_MESSAGES, NULL);
    if (plain_c(loc)) {
        loc = NULL;
        static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
        for (size_t i = 0; i < sizeof vars / sizeof *vars && !loc; i++) {
            const char *v = getenv(vars[i]);
            if (v && *v) loc = v;
        }
    }
    if (plain_c(loc)) return; /* as gettext: English, LANGUAGE or not */
    const char *v = getenv("LANGUAGE");
    if (v && *v) {
        snprintf(out, n, "%s", v);
        return;
    }
    if (is_c(loc)) return;
    snprintf(out, n, "%s", loc);
    out[strcspn(out, ".@")] = '\0';
}

/* NAME.LANG.po beside file into out; false when it would not fit. */
static bool po_path(char *out, size_t n, const char *file, const char *lang)
{
    size_t len = strlen(file);
    if (len > 4 && strcmp(file + len - 4, ".lua") == 0) len -= 4;
    int w = snprintf(out, n, "%.*s.%s.po", (int)len, file, lang);
    return w > 0 && (size_t)w < n;
}

/* The first code of the list lang ("fr_CA:de") with a .po beside file
 * (trying "fr_CA", then "fr"), its path in out; false when none has one or
 * English (the scenarios' own language) comes first. */
static bool find_po(const char *file, const char *lang, char *out, size_t n)
{
    char list[256];
    snprintf(list, sizeof list, "%s", lang);
    char *save = NULL;
    for (char *code = strtok_r(list, ":", &save); code; code = strtok_r(NULL, ":", &save)) {
        code[strcspn(code, ".@")] = '\0';
        if (is_c(code)) continue;
        if (strspn(code, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123456789") !=
            strlen(code))
            continue; /* never a path */
        char base[32];
        snprintf(base, sizeof base, "%.*s", (int)strcspn(code, "_-"), code);
        if (strcmp(base, "en") == 0) return false;
        struct stat st;
        if (po_path(out, n, file, code) && stat(out, &st) == 0) return true;
        if (strcmp(base, code) != 0 && po_path(out, n, file, base) && stat(out, &st) == 0)
            return true;
    }
    return false;
}

/* ---- the translation a scenario holds ---- */

typedef struct piece {
    const char *id, *str; /* borrowed from the scr_l10n's messages */
    size_t n;
} piece;

struct scr_l10n {
    po_data po;
    char lang[32];   /* the code of the NAME.LANG.po it was read from ("fr") */
    po_msg **by_key; /* the used messages, sorted by (ctx, id) */
    po_msg **by_id;  /* sorted by id, then file order */
    int n;
    piece *pieces;  /* by first byte, then longest first */
    int first[257]; /* pieces[first[b]..first[b + 1]) start with byte b */
};

static int cmp_key(const void *a, const void *b)
{
    const po_msg *p = *(po_msg *const *)a, *q = *(po_msg *const *)b;
    int c = strcmp(p->ctx ? p->ctx : "", q->ctx ? q->ctx : "");
    return c ? c : strcmp(p->id, q->id);
}

static int cmp_id(const void *a, const void *b)
{
    const po_msg *p = *(po_msg *const *)a, *q = *(po_msg *const *)b;
    int c = strcmp(p->id, q->id);
    return c ? c : (p->order > q->order) - (p->order < q->order);
}

static int cmp_piece(const void *a, const void *b)
{
    const piece *p = a, *q = b;
    unsigned char x = (unsigned char)p->id[0], y = (unsigned char)q->id[0];
    if (x != y) return x < y ? -1 : 1;
    return (p->n < q->n) - (p->n > q->n);
}

static const po_msg *find_key(const struct scr_l10n *t, const char *ctx, const char *id)
{
    po_msg k = {.ctx = (char *)ctx, .id = (char *)id}, *kp = &k;
    po_msg **hit = bsearch(&kp, t->by_key, (size_t)t->n, sizeof *t->by_key, cmp_key);
    return hit ? *hit : NULL;
}

void scr_l10n_free(scr_scenario *s)
{
    struct scr_l10n *t = s ? s->l10n : NULL;
    if (!t) return;
    po_data_free(&t->po);
    free(t->by_key);
    free(t->by_id);
    free(t->pieces);
    free(t);
    s->l10n = NULL;
}

/* A piece of a function's result: a `function` literal, or a string of
 * two words or more. */
static bool is_piece(const po_msg *m)
{
    return (m->ctx && strcmp(m->ctx, SCR_L10N_FUNCTION) == 0) || strchr(m->id, ' ');
}

static struct scr_l10n *index_po(po_data *po)
{
    struct scr_l10n *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->po = *po;
    *po = (po_data){0};
    t->by_key = malloc(sizeof *t->by_key * ((size_t)t->po.n + 1));
    t->by_id = malloc(sizeof *t->by_id * ((size_t)t->po.n + 1));
    t->pieces = malloc(sizeof *t->pieces * ((size_t)t->po.n + 1));
    if (!t->by_key || !t->by_id || !t->pieces) {
        free(t->by_key);
        free(t->by_id);
        free(t->pieces);
        po_data_free(&t->po);
        free(t);
        return NULL;
    }
    int np = 0;
    for (int i = 0; i < t->po.n; i++) {
        po_msg *m = &t->po.v[i];
        if (m->fuzzy || !m->str[0] || !m->id[0]) continue; /* not to be used */
        t->by_key[t->n] = m;
        t->by_id[t->n++] = m;
        if (is_piece(m)) t->pieces[np++] = (piece){m->id, m->str, strlen(m->id)};
    }
    qsort(t->by_key, (size_t)t->n, sizeof *t->by_key, cmp_key);
    qsort(t->by_id, (size_t)t->n, sizeof *t->by_id, cmp_id);
    qsort(t->pieces, (size_t)np, sizeof *t->pieces, cmp_piece);
    for (int b = 0, i = 0; b <= 256; b++) {
        while (i < np && (unsigned char)t->pieces[i].id[0] < b)
            i++;
        t->first[b] = i;
    }
    return t;
}

typedef struct apply_ud {
    const struct scr_l10n *t;
    int done;
    bool oom;
} apply_ud;

static void apply_one(void *ud, const char *ctx, const char *path, char **field, const char *note)
{
    (void)path, (void)note;
    apply_ud *a = ud;
    if (!*field || !**field) return;
    const po_msg *m = find_key(a->t, ctx, *field);
    if (!m) return;
    char *s = core_strdup(m->str);
    if (!s) {
        a->oom = true;
        return;
    }
    free(*field);
    *field = s;
    a->done++;
}

int scr_l10n_apply(scr_scenario *s, const char *file, const char *lang, core_diags *diags)
{
    char env[256], path[4200];
    if (!lang) {
        scr_l10n_env_language(env, sizeof env);
        lang = env;
    }
    if (!s || !file || !*lang || !find_po(file, lang, path, sizeof path)) return 0;
    po_data po;
    po_why why;
    int rc = po_read_cached(path, &po, &why);
    if (rc <= 0) {
        if (rc < 0) why_warn(diags, path, &why);
        return 0;
    }
    struct scr_l10n *t = index_po(&po);
    if (!t) {
        po_data_free(&po);
        core_diag_add(diags, CORE_WARNING, path, "", 0, "bad-po",
                      CORE_TR("out of memory while reading it; it is ignored"));
        return 0;
    }
    /* NAME.LANG.po: LANG is between the last two dots (codes have none). */
    size_t end = strlen(path) - 3, at = end; /* find_po's path ends in ".po" */
    while (at > 0 && path[at - 1] != '.' && path[at - 1] != '/')
        at--;
    snprintf(t->lang, sizeof t->lang, "%.*s", (int)(end - at), path + at);
    apply_ud a = {.t = t};
    scr_l10n_walk(s->sc, apply_one, &a);
    scr_l10n_free(s);
    s->l10n = t;
    return a.done;
}

const char *scr_l10n_language(const scr_scenario *s)
{
    const struct scr_l10n *t = s ? s->l10n : NULL;
    return t && t->lang[0] ? t->lang : NULL;
}

const char *scr_l10n_ending(const scr_scenario *s, const char *label)
{
    const struct scr_l10n *t = s ? s->l10n : NULL;
    if (!t || !label || !*label) return NULL;
    char ctx[900], words[700];
    scr_join(ctx, sizeof ctx, SCR_L10N_ENDINGS, label);
    scr_l10n_ending_words(label, words, sizeof words);
    const po_msg *m = find_key(t, ctx, words);
    return m ? m->str : NULL;
}

/* A letter or digit (any byte of a multi-byte character counts as a letter). */
static bool wordy(unsigned char c)
{
    return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

char *scr_l10n_result(const scr_scenario *s, const char *text)
{
    const struct scr_l10n *t = s ? s->l10n : NULL;
    if (!t || !text || !*text) return NULL;
    po_msg k = {.id = (char *)text, .order = -1}, *kp = &k;
    /* the first of the msgids equal to text: order -1 sorts before them all */
    size_t lo = 0, hi = (size_t)t->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cmp_id(&t->by_id[mid], &kp) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < (size_t)t->n && strcmp(t->by_id[lo]->id, text) == 0)
        return core_strdup(t->by_id[lo]->str);
    /* Piece by piece: at each place the longest piece that starts and ends
     * at a word boundary, else the byte as it is. */
    size_t len = strlen(text), cap = len * 2 + 64, at = 0;
    char *out = malloc(cap);
    bool changed = false;
    for (size_t i = 0; out && i < len;) {
        unsigned char c = (unsigned char)text[i];
        const piece *hit = NULL;
        bool left_ok = i == 0 || !wordy((unsigned char)text[i - 1]);
        for (int p = t->first[c]; p < t->first[c + 1] && !hit; p++) {
            const piece *pc = &t->pieces[p];
            if (pc->n > len - i || memcmp(text + i, pc->id, pc->n) != 0) continue;
            bool starts = left_ok || !wordy((unsigned char)pc->id[0]);
            bool ends = i + pc->n == len || !wordy((unsigned char)text[i + pc->n]) ||
                        !wordy((unsigned char)pc->id[pc->n - 1]);
            if (starts && ends) hit = pc;
        }
        const char *add = hit ? hit->str : text + i;
        size_t n = hit ? strlen(hit->str) : 1;
        if (at + n + 1 > cap) {
            cap = (at + n + 1) * 2;
            char *w = realloc(out, cap);
            if (!w) {
                free(out);
                return NULL;
            }
            out = w;
        }
        memcpy(out + at, add, n);
        at += n;
        i += hit ? hit->n : 1;
        changed |= hit != NULL;
    }
    if (!out) return NULL;
    out[at] = '\0';
    if (!changed) {
        free(out);
        return NULL;
    }
    return out;
}

/* ---- checking a translation ---- */

typedef struct want {
    const scr_l10n_entry *e;
    bool seen;
} want;

static int cmp_want(const void *a, const void *b)
{
    const want *p = a, *q = b;
    int c = strcmp(p->e->ctx, q->e->ctx);
    return c ? c : strcmp(p->e->id, q->e->id);
}

static int cmp_want_ctx(const void *key, const void *b)
{
    return strcmp(key, ((const want *)b)->e->ctx);
}

/* At most 60 bytes of s for a message, never cutting a character. */
static int clip(const char *s)
{
    int n = 0, last = 0;
    while (s[n] && n < 60) {
        n++;
        if (((unsigned char)s[n] & 0xc0) != 0x80) last = n;
    }
    return s[n] ? last : n;
}

/* Checks the entries of po_file against w; false when it cannot be read. */
static bool check_po(const char *po_file, const char *file, want *w, int n, core_diags *d)
{
    po_data po;
    po_why why;
    int rc = po_read(po_file, &po, &why);
    if (rc < 0) why_warn(d, po_file, &why);
    if (rc <= 0) return false;
    for (int i = 0; i < n; i++)
        w[i].seen = false;
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    for (int i = 0; i < po.n; i++) {
        const po_msg *m = &po.v[i];
        const char *ctx = m->ctx ? m->ctx : "";
        scr_l10n_entry ke = {.ctx = (char *)ctx, .id = m->id};
        want key = {.e = &ke};
        want *hit = bsearch(&key, w, (size_t)n, sizeof *w, cmp_want);
        if (hit) {
            hit->seen = true; /* present: an empty or fuzzy one is reported here */
            if (m->fuzzy)
                core_diag_add(
                    d, CORE_WARNING, po_file, ctx, m->line, "po-fuzzy",
                    CORE_TR("is marked fuzzy, so it is not used; check the translation and "
                            "remove the fuzzy flag"));
            else if (!m->str[0])
                core_diag_add(d, CORE_WARNING, po_file, ctx, m->line, "po-missing",
                              CORE_TR("has no translation yet (\"%.*s%s\", %s:%d)"), clip(m->id),
                              m->id, m->id[clip(m->id)] ? "..." : "", base, hit->e->line);
            continue;
        }
        const want *same = strcmp(ctx, SCR_L10N_FUNCTION) == 0
                               ? NULL
                               : bsearch(ctx, w, (size_t)n, sizeof *w, cmp_want_ctx);
        if (same)
            core_diag_add(d, CORE_WARNING, po_file, ctx, m->line, "po-stale",
                          CORE_TR("the scenario's text here has changed (it now reads \"%.*s%s\", "
                                  "%s:%d); update the msgid and its translation"),
                          clip(same->e->id), same->e->id,
                          same->e->id[clip(same->e->id)] ? "..." : "", base, same->e->line);
        else
            core_diag_add(d, CORE_WARNING, po_file, ctx, m->line, "po-stale",
                          CORE_TR("\"%.*s%s\" is no longer a string of %s; remove the entry"),
                          clip(m->id), m->id, m->id[clip(m->id)] ? "..." : "", base);
    }
    po_data_free(&po);
    return true;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void scr_l10n_check(const scr_scenario *s, const char *file, core_diags *d)
{
    /* The directory and NAME of file, then every NAME.LANG.po there. */
    const char *slash = strrchr(file, '/');
    char dir[4096];
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - file) : 1, slash ? file : ".");
    if (slash && slash == file) snprintf(dir, sizeof dir, "/");
    const char *base = slash ? slash + 1 : file;
    size_t bl = strlen(base);
    if (bl > 4 && strcmp(base + bl - 4, ".lua") == 0) bl -= 4;
    DIR *dh = opendir(dir);
    if (!dh) return;
    char **names = NULL;
    int nn = 0;
    for (struct dirent *e; (e = readdir(dh)) != NULL;) {
        const char *nm = e->d_name;
        size_t len = strlen(nm);
        if (len <= bl + 4 || strncmp(nm, base, bl) != 0 || nm[bl] != '.' ||
            strcmp(nm + len - 3, ".po") != 0)
            continue;
        const char *lang = nm + bl + 1;
        size_t ll = len - bl - 4;
        if (ll == 0 || memchr(lang, '.', ll)) continue; /* NAME.x.y.po belongs to NAME.x */
        char **v = core_grow(names, nn, sizeof *v);
        if (!v) break;
        names = v;
        if ((names[nn] = core_strdup(nm))) nn++;
    }
    closedir(dh);
    if (nn == 0) {
        free(names);
        return;
    }
    qsort(names, (size_t)nn, sizeof *names, cmp_name);
    scr_l10n_list l;
    want *w = NULL;
    if (scr_l10n_extract(s, file, &l) && (w = calloc((size_t)l.n + 1, sizeof *w))) {
        for (int i = 0; i < l.n; i++)
            w[i].e = &l.v[i];
        qsort(w, (size_t)l.n, sizeof *w, cmp_want);
        for (int i = 0; i < nn; i++) {
            char po_file[8400];
            snprintf(po_file, sizeof po_file, "%s%s%s", slash ? dir : "",
                     slash && strcmp(dir, "/") != 0 ? "/" : "", names[i]);
            if (!check_po(po_file, file, w, l.n, d)) continue;
            /* What the .po lacks, in the scenario's order. */
            for (int k = 0; k < l.n; k++) {
                scr_l10n_entry ke = *(&l.v[k]);
                want key = {.e = &ke};
                want *hit = bsearch(&key, w, (size_t)l.n, sizeof *w, cmp_want);
                if (!hit || hit->seen || hit->e != &l.v[k]) continue;
                hit->seen = true; /* a string listed twice is reported once */
                core_diag_add(d, CORE_WARNING, po_file, l.v[k].ctx, 0, "po-missing",
                              CORE_TR("is not in the translation (\"%.*s%s\", %s:%d); run `rapport "
                                      "l10n extract` and merge it in (msgmerge)"),
                              clip(l.v[k].id), l.v[k].id, l.v[k].id[clip(l.v[k].id)] ? "..." : "",
                              base, l.v[k].line);
            }
        }
    }
    free(w);
    scr_l10n_list_free(&l);
    for (int i = 0; i < nn; i++)
        free(names[i]);
    free(names);
}
