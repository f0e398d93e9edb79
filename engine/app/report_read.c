/* report_read.c: taking in the class report's inputs: progress files (read
 * only, never written or renamed), the exercise pack, and every problem with
 * them kept as an rp_problem for the box, the CSV and the terminal.
 *
 * Depends on: engine/store (st_parse, st_file_read_all), engine/script (packs). */
#include "report_local.h"

#include "i18n.h"

#include "store_file.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- problems with the input ---- */

void rp_drop_problems(app_report *r, int from)
{
    for (int i = from; i < r->n_pr; i++) {
        free(r->pr[i].file);
        free(r->pr[i].why);
        free(r->pr[i].shown);
        free(r->pr[i].lr);
    }
    if (r->n_pr > from) r->n_pr = from;
}

/* Records a problem; returns it (to add learners), or NULL when out of memory,
 * in which case the problem is still on the terminal through the caller. */
rp_problem *rp_add_problem(app_report *r, rp_kind kind, int input, const char *file,
                           const char *why, const char *shown)
{
    rp_problem *v = realloc(r->pr, sizeof *v * (size_t)(r->n_pr + 1));
    if (!v) return NULL;
    r->pr = v;
    rp_problem *p = &v[r->n_pr++];
    *p = (rp_problem){.kind = kind, .input = input, .other_file = -1};
    p->file = file ? core_strdup(file) : NULL;
    p->why = why ? core_strdup(why) : NULL;
    p->shown = shown && why && strcmp(shown, why) != 0 ? core_strdup(shown) : NULL;
    return p;
}

void rp_problem_learner(rp_problem *p, int learner)
{
    int *v = p ? realloc(p->lr, sizeof *v * (size_t)(p->n_lr + 1)) : NULL;
    if (!v) return;
    p->lr = v;
    v[p->n_lr++] = learner;
}

/* True when the text sets kind = "pack": an exercise pack, whatever its file
 * is called. A plain scan, so a file that is not Lua at all costs nothing. */
bool rp_says_pack(const char *buf, size_t len)
{
    for (size_t i = 0; i + 4 <= len; i++) {
        if (memcmp(buf + i, "kind", 4) != 0 ||
            (i > 0 && (isalnum((unsigned char)buf[i - 1]) || buf[i - 1] == '_')))
            continue;
        size_t k = i + 4;
        while (k < len && isspace((unsigned char)buf[k]))
            k++;
        if (k >= len || buf[k++] != '=') continue;
        while (k < len && isspace((unsigned char)buf[k]))
            k++;
        if (k + 6 <= len && (buf[k] == '"' || buf[k] == '\'') &&
            memcmp(buf + k + 1, "pack", 4) == 0 && buf[k + 5] == buf[k])
            return true;
    }
    return false;
}

bool app_report_set_pack(app_report *r, const char *file, core_diags *diags)
{
    char why[900], shown[900];
    if (r->pack) {
        rp_why(why, sizeof why, shown, sizeof shown,
               N_("a report follows one exercise pack, and %.400s came first"),
               rp_nz(r->pack->file));
        rp_add_problem(r, RP_PACK_EXTRA, 0, file, why, shown);
        r->n_pr_input = r->n_pr;
        return false;
    }
    int from = diags->n, errors = diags->errors;
    core_pack *p = scr_pack_load(file, NULL, diags);
    if (!p) {
        const core_diag *first = NULL;
        for (int i = from; i < diags->n && !first; i++)
            if (diags->v[i].severity == CORE_ERROR) first = &diags->v[i];
        int n = diags->errors - errors;
        rp_why_n(why, sizeof why, shown, sizeof shown,
                 NP_("the exercise pack has %d error, so the report does not follow it",
                     "the exercise pack has %d errors, so the report does not follow it"),
                 (unsigned long)n, n);
        size_t k = strlen(why), ks = strlen(shown);
        if (first) {
            char en[600], tr[600];
            rp_diag_text(first, false, en, sizeof en, tr, sizeof tr);
            rp_why_words(why + k, sizeof why - k, shown + ks, sizeof shown - ks,
                         N_("; the first: %s"), en, tr);
        }
        rp_problem *pr = rp_add_problem(r, RP_PACK_ERRORS, 0, file, why, shown);
        if (pr && first) pr->line = first->line;
        r->n_pr_input = r->n_pr;
        return false;
    }
    r->pack = p;
    r->analysed = false;
    return true;
}

void app_report_skip_folder(app_report *r, const char *folder, int err)
{
    char why[600], shown[600];
    rp_why_err(why, sizeof why, shown, sizeof shown, N_("the folder cannot be read: %s"), err);
    rp_add_problem(r, RP_UNREADABLE, ++r->n_inputs, folder, why, shown);
    r->n_pr_input = r->n_pr;
    r->analysed = false;
}

static bool same_str(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* True when the learner already has this session from another file (the same
 * file collected twice, or a copy of it): same scenario, start, end and length. */
static bool already_have(const app_report *r, const rp_learner *l, int file, const st_record *rec)
{
    for (int i = 0; i < l->n_sess; i++) {
        const rp_session *s = &r->sess[l->sess[i]];
        if (s->file == file) continue;
        if (same_str(s->r->scenario, rec->scenario) && same_str(s->r->started, rec->started) &&
            same_str(s->r->ended, rec->ended) && s->r->n_choices == rec->n_choices)
            return true;
    }
    return false;
}

/* A file refused: a problem of the report. Returns false. */
static bool refused(app_report *r, rp_kind kind, int input, const char *name, const char *why,
                    const char *shown)
{
    rp_add_problem(r, kind, input, name, why, shown);
    r->n_pr_input = r->n_pr;
    r->analysed = false;
    return false;
}

/* Why a file is refused: into why (English, fmt as written), and as a
 * problem of the report with its translation. */
static bool refuse(app_report *r, rp_kind kind, int input, const char *name, char *why,
                   size_t whylen, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static bool refuse(app_report *r, rp_kind kind, int input, const char *name, char *why,
                   size_t whylen, const char *fmt, ...)
{
    char shown[1200];
    va_list ap;
    va_start(ap, fmt);
    rp_why_v(why, whylen, shown, sizeof shown, fmt, ap);
    va_end(ap);
    return refused(r, kind, input, name, why, shown);
}

/* As refuse, for fmt with one %s: errno err's words. */
static bool refuse_err(app_report *r, rp_kind kind, int input, const char *name, char *why,
                       size_t whylen, const char *fmt, int err)
{
    char shown[1200];
    rp_why_err(why, whylen, shown, sizeof shown, fmt, err);
    return refused(r, kind, input, name, why, shown);
}

/* Takes in one progress document, the input-th offered. */
static bool take(app_report *r, const char *name, const char *path, int input, const char *buf,
                 size_t len, char *why, size_t whylen)
{
    why[0] = '\0';
    if (len == 0) return refuse(r, RP_DAMAGED, input, name, why, whylen, N_("it is empty"));
    st_progress p;
    char err[600] = "", err_shown[600] = "";
    /* A file's journal (docs/progress.md) is part of its history. The
     * store's reason comes in English (the CSV) and in the reader's words. */
    st_status st =
        st_parse_file_shown(path, buf, len, &p, err, sizeof err, err_shown, sizeof err_shown);
    const char *es = err_shown[0] ? err_shown : err; /* what the store left untranslated */
    if (st != ST_OK && st != ST_NEWER && rp_says_pack(buf, len))
        return refuse(r, RP_PACK_NAME, input, name, why, whylen,
                      N_("it is an exercise pack, but only a file whose name ends in "
                         ".pack.lua is read as one; rename it and run the report again"));
    if (st != ST_OK && st != ST_NEWER &&
        (strstr(err, "\"schema\"") || strstr(err, "not a JSON object"))) {
        char shown[1200];
        rp_why_words(why, whylen, shown, sizeof shown, N_("it is not a rapport progress file (%s)"),
                     err, es);
        return refused(r, RP_FOREIGN, input, name, why, shown);
    }
    if (st != ST_OK && !err[0])
        return refuse(r, RP_DAMAGED, input, name, why, whylen, N_("it cannot be read"));
    if (st != ST_OK) { /* the store's words */
        snprintf(why, whylen, "%s", err);
        return refused(r, st == ST_NEWER ? RP_NEWER : RP_DAMAGED, input, name, why, es);
    }
    if (!p.player || !p.player[0]) {
        st_progress_free(&p);
        return refuse(r, RP_DAMAGED, input, name, why, whylen, N_("it names no player"));
    }
    st_progress *files = realloc(r->files, sizeof *files * (size_t)(r->n_files + 1));
    if (files) r->files = files;
    rp_file *fmeta = realloc(r->fmeta, sizeof *fmeta * (size_t)(r->n_files + 1));
    if (fmeta) r->fmeta = fmeta;
    rp_session *sess = realloc(r->sess, sizeof *sess * (size_t)(r->n_sess + p.n_records + 1));
    if (sess) r->sess = sess;
    if (!files || !fmeta || !sess) {
        st_progress_free(&p);
        return refuse(r, RP_UNREADABLE, input, name, why, whylen, "out of memory");
    }
    int fi = r->n_files;
    r->files[r->n_files] = p;
    r->fmeta[r->n_files++] = (rp_file){core_strdup(rp_nz(name)), input};
    const st_progress *fp = &r->files[fi];
    r->analysed = false;

    int li = -1;
    for (int i = 0; i < r->n_lr && li < 0; i++)
        if (strcmp(r->lr[i].name, fp->player) == 0) li = i;
    bool merged = li >= 0;
    if (li < 0) {
        rp_learner *lr = realloc(r->lr, sizeof *lr * (size_t)(r->n_lr + 1));
        if (!lr) {
            snprintf(why, whylen, "out of memory");
            return true; /* the file is kept; its sessions are not counted */
        }
        r->lr = lr;
        li = r->n_lr++;
        memset(&r->lr[li], 0, sizeof r->lr[li]);
        r->lr[li].name = rp_dupstr(fp->player);
        r->lr[li].file = fi;
    }
    rp_learner *l = &r->lr[li];
    int dups = 0;
    int *ls = realloc(l->sess, sizeof(int) * (size_t)(l->n_sess + fp->n_records + 1));
    if (!ls) {
        snprintf(why, whylen, "out of memory");
        return true;
    }
    l->sess = ls;
    for (int k = 0; k < fp->n_records; k++) {
        const st_record *rec = &fp->records[k];
        if (!rec->scenario) continue;
        if (merged && already_have(r, l, fi, rec)) {
            dups++;
            continue;
        }
        r->sess[r->n_sess] = (rp_session){rec, li, fi, r->n_sess};
        l->sess[l->n_sess++] = r->n_sess++;
    }
    if (merged) {
        snprintf(why, whylen,
                 "its player \"%.100s\" is also in %.300s: their sessions are counted "
                 "together%s",
                 fp->player, r->fmeta[l->file].name,
                 dups ? " (sessions present in both are counted once)" : "");
        rp_problem *pr = rp_add_problem(r, RP_MERGED, input, name, NULL, NULL);
        if (pr) {
            pr->other_file = l->file;
            pr->dups = dups;
            rp_problem_learner(pr, li);
        }
        r->n_pr_input = r->n_pr;
    }
    return true;
}

bool app_report_add_buffer(app_report *r, const char *name, const char *buf, size_t len, char *why,
                           size_t whylen)
{
    return take(r, name, NULL, ++r->n_inputs, buf, len, why, whylen);
}

bool app_report_add_file(app_report *r, const char *file, char *why, size_t whylen)
{
    why[0] = '\0';
    int input = ++r->n_inputs;
    /* Read-only, never created or renamed: a broken input stays as it is. A
     * FIFO or device is refused before it is opened, so it cannot hang the report. */
    struct stat st;
    if (stat(file, &st) != 0) {
        int e = errno;
        return refuse_err(r, e == ENOENT ? RP_MISSING : RP_UNREADABLE, input, file, why, whylen,
                          N_("it cannot be opened: %s"), e);
    }
    if (!S_ISREG(st.st_mode))
        return refuse(r, RP_UNREADABLE, input, file, why, whylen, N_("it is not a regular file"));
    char *buf = NULL;
    size_t len = 0;
    int got = st_file_read_all(file, INPUT_MAX, &buf, &len);
    if (got == 1)
        return refuse(r, RP_MISSING, input, file, why, whylen,
                      N_("it cannot be opened: it was removed while the report was made"));
    if (got < 0) {
        int e = errno;
        if (e == EFBIG)
            return refuse(r, RP_UNREADABLE, input, file, why, whylen,
                          N_("it is larger than %u MiB, far more than any progress file"),
                          INPUT_MAX >> 20);
        if (e == ENOMEM)
            return refuse(r, RP_UNREADABLE, input, file, why, whylen,
                          N_("it cannot be read: out of memory"));
        return refuse_err(r, RP_UNREADABLE, input, file, why, whylen, N_("it cannot be read: %s"),
                          e);
    }
    bool ok = take(r, file, file, input, buf, len, why, whylen);
    free(buf);
    return ok;
}
