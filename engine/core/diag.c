/* diag.c: the diagnostics list. */
#include "diag.h"
#include "core.h"

#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *(*translator)(const char *msgid);

void core_diag_set_translator(const char *(*tr)(const char *msgid))
{
    translator = tr;
}

const char *core_diag_tr(const char *msgid)
{
    return translator && msgid && *msgid ? translator(msgid) : msgid;
}

/* Appends one; msg formatted, shown copied (may be NULL). */
static void add(core_diags *d, core_severity sev, const char *file, const char *path, int line,
                const char *code, const char *msg, const char *shown)
{
    if (sev == CORE_ERROR)
        d->errors++;
    else
        d->warnings++;
    /* A file with a million mistakes still gets a bounded, readable list. */
    if (d->n >= CORE_DIAG_MAX) return;
    if (d->n == d->cap) {
        int nc = d->cap ? d->cap * 2 : 16;
        core_diag *v = realloc(d->v, sizeof *v * (size_t)nc);
        if (!v) return;
        d->v = v;
        d->cap = nc;
    }
    core_diag *g = &d->v[d->n];
    g->severity = sev;
    g->file = core_strdup(file);
    g->path = core_strdup(path ? path : "");
    g->line = line;
    g->code = core_strdup(code ? code : "");
    g->msg = core_strdup(msg);
    g->shown = shown && strcmp(shown, msg) != 0 ? core_strdup(shown) : NULL;
    if (!g->path || !g->code || !g->msg) {
        free(g->file);
        free(g->path);
        free(g->code);
        free(g->msg);
        free(g->shown);
        return;
    }
    d->n++;
}

bool core_diag_format(char *msg, size_t msg_n, char *shown, size_t shown_n, const char *fmt,
                      va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    vsnprintf(msg, msg_n, fmt, ap);
    bool tr = core_diag_tr(fmt) != fmt;
    if (tr) vsnprintf(shown, shown_n, core_diag_tr(fmt), aq);
    va_end(aq);
    return tr;
}

void core_diag_add(core_diags *d, core_severity sev, const char *file, const char *path, int line,
                   const char *code, const char *fmt, ...)
{
    char msg[1024], shown[1024];
    va_list ap;
    va_start(ap, fmt);
    bool tr = core_diag_format(msg, sizeof msg, shown, sizeof shown, fmt, ap);
    va_end(ap);
    add(d, sev, file, path, line, code, msg, tr ? shown : NULL);
}

void core_diag_add_shown(core_diags *d, core_severity sev, const char *file, const char *path,
                         int line, const char *code, const char *shown, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    add(d, sev, file, path, line, code, msg, shown);
}

const char *core_strerror_en(int err, char *buf, size_t n)
{
    /* A locale made for the call (error paths only): nothing shared between
     * threads, and the words copied before it goes. */
    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    snprintf(buf, n, "%s", c ? strerror_l(err, c) : strerror(err));
    if (c) freelocale(c);
    return buf;
}

void core_diag_append_guess(char *msg, size_t msg_n, char *shown, size_t shown_n, const char *guess)
{
    if (!guess) return;
    size_t m = strlen(msg), s = strlen(shown);
    if (m + 1 < msg_n) snprintf(msg + m, msg_n - m, "; did you mean '%s'?", guess);
    if (s + 1 < shown_n)
        snprintf(shown + s, shown_n - s, core_diag_tr(CORE_TR("; did you mean '%s'?")), guess);
}

void core_diag_vadd_guess(core_diags *d, core_severity sev, const char *file, const char *path,
                          int line, const char *code, const char *guess, const char *fmt,
                          va_list ap)
{
    char msg[1024], shown[1024];
    if (!core_diag_format(msg, sizeof msg, shown, sizeof shown, fmt, ap))
        snprintf(shown, sizeof shown, "%s", msg);
    core_diag_append_guess(msg, sizeof msg, shown, sizeof shown, guess);
    add(d, sev, file, path, line, code, msg, shown); /* shown dropped when it reads as msg */
}

void core_diag_add_guess(core_diags *d, core_severity sev, const char *file, const char *path,
                         int line, const char *code, const char *guess, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    core_diag_vadd_guess(d, sev, file, path, line, code, guess, fmt, ap);
    va_end(ap);
}

void core_diags_free(core_diags *d)
{
    for (int i = 0; i < d->n; i++) {
        free(d->v[i].file);
        free(d->v[i].path);
        free(d->v[i].code);
        free(d->v[i].msg);
        free(d->v[i].shown);
    }
    free(d->v);
    memset(d, 0, sizeof *d);
}

void core_diags_print(const core_diags *d, FILE *out)
{
    for (int i = 0; i < d->n; i++) {
        const core_diag *g = &d->v[i];
        fprintf(out, "%s", g->file ? g->file : "<scenario>");
        if (g->line > 0) fprintf(out, ":%d", g->line);
        fprintf(out, ": %s: ", g->severity == CORE_ERROR ? "error" : "warning");
        if (g->path[0]) fprintf(out, "%s: ", g->path);
        fprintf(out, "%s", g->shown ? g->shown : g->msg);
        if (g->code[0]) fprintf(out, " [%s]", g->code);
        fputc('\n', out);
    }
    if (d->errors + d->warnings > d->n) {
        fprintf(out, core_diag_tr(CORE_TR("(%d more problems not listed)")),
                d->errors + d->warnings - d->n);
        fputc('\n', out);
    }
}

static int cmp_diag(const void *pa, const void *pb)
{
    const core_diag *a = pa, *b = pb;
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c) return c;
    /* Unknown lines (0) go last within a file. */
    int la = a->line ? a->line : 1 << 30, lb = b->line ? b->line : 1 << 30;
    if (la != lb) return la < lb ? -1 : 1;
    /* Then by path, code and the English message: problems found in the
     * order of a Lua table's keys (which changes from run to run) print in
     * one order, the same in every language. */
    if ((c = strcmp(a->path, b->path))) return c;
    if ((c = strcmp(a->code, b->code))) return c;
    return strcmp(a->msg, b->msg);
}

void core_diags_sort(core_diags *d)
{
    if (d->n > 1) qsort(d->v, (size_t)d->n, sizeof *d->v, cmp_diag);
}
