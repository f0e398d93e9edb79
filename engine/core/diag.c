/* diag.c: the diagnostics list. */
#include "diag.h"
#include "core.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void core_diag_add(core_diags *d, core_severity sev, const char *file, const char *path, int line,
                   const char *code, const char *fmt, ...)
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
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    core_diag *g = &d->v[d->n];
    g->severity = sev;
    g->file = core_strdup(file);
    g->path = core_strdup(path ? path : "");
    g->line = line;
    g->code = core_strdup(code ? code : "");
    g->msg = core_strdup(msg);
    if (!g->path || !g->code || !g->msg) {
        free(g->file);
        free(g->path);
        free(g->code);
        free(g->msg);
        return;
    }
    d->n++;
}

void core_diags_free(core_diags *d)
{
    for (int i = 0; i < d->n; i++) {
        free(d->v[i].file);
        free(d->v[i].path);
        free(d->v[i].code);
        free(d->v[i].msg);
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
        fprintf(out, "%s", g->msg);
        if (g->code[0]) fprintf(out, " [%s]", g->code);
        fputc('\n', out);
    }
    if (d->errors + d->warnings > d->n)
        fprintf(out, "(%d more problems not listed)\n", d->errors + d->warnings - d->n);
}

static int cmp_diag(const void *pa, const void *pb)
{
    const core_diag *a = pa, *b = pb;
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c) return c;
    /* Unknown lines (0) go last within a file. */
    int la = a->line ? a->line : 1 << 30, lb = b->line ? b->line : 1 << 30;
    if (la != lb) return la < lb ? -1 : 1;
    return strcmp(a->path, b->path);
}

void core_diags_sort(core_diags *d)
{
    if (d->n > 1) qsort(d->v, (size_t)d->n, sizeof *d->v, cmp_diag);
}
