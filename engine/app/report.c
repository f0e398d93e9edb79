/* report.c: the workshop class report (report.h): its lifecycle, the
 * problems with the input in words (for the terminal, the HTML box and the
 * CSV rows), the pseudonym key, and the durable save of either output.
 * Reading is in report_read.c, the figures in report_figures.c, the writers
 * in report_html.c and report_csv.c (report_local.h joins them).
 *
 * Depends on: engine/store (st_file_write_atomic, st_progress), engine/lrs
 * (pseudonyms and their key), engine/script (freeing packs). */
#include "report_local.h"

#include "i18n.h"
#include "lrs.h"
#include "store_file.h"

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const rp_kind_name rp_kinds[] = {
    [RP_MISSING] = {"missing", N_("Missing file")},
    [RP_UNREADABLE] = {"unreadable", N_("Unreadable file")},
    [RP_DAMAGED] = {"damaged", N_("Damaged file")},
    [RP_NEWER] = {"newer_schema", N_("Written by a newer rapport")},
    [RP_FOREIGN] = {"not_progress", N_("Not a progress file")},
    [RP_MERGED] = {"merged", N_("One player in two files")},
    [RP_NEAR_DUP] = {"near_duplicate", N_("Names that differ only in case or spacing")},
    [RP_PACK_ERRORS] = {"pack_error", N_("Exercise pack with errors")},
    [RP_PACK_EXTRA] = {"pack_extra", N_("A second exercise pack")},
    [RP_PACK_NAME] = {"pack_name", N_("Exercise pack not named .pack.lua")},
    [RP_PACK_UNKNOWN] = {"pack_unknown_scenario", N_("Pack names a scenario that is not here")},
    [RP_SCENARIO_FILE] = {"scenario_file", N_("Scenario file that does not load")},
};

/* ---- small helpers ---- */

char *rp_dupstr(const char *s)
{
    return core_strdup(s ? s : "");
}

int rp_pct_int(double v)
{
    if (v < 0) v = 0;
    if (v > 100) v = 100;
    return (int)(v + 0.5);
}

int rp_share(int n, int total)
{
    return total > 0 ? (int)((200L * n + total) / (2L * total)) : 0;
}

const char *rp_nz(const char *s)
{
    return s ? s : "";
}

char *app_report_key(char *note, size_t notelen)
{
    note[0] = '\0';
    /* The same steps as lrs_export_file: lrs.json's key when it can be used,
     * else the machine's key file; so a report and its --xapi export agree. */
    lrs_config c;
    char msg[1200];
    char *path = lrs_config_path();
    lrs_status st = LRS_MISSING;
    if (path)
        st = lrs_config_load(path, &c, msg, sizeof msg);
    else
        lrs_config_defaults(&c);
    free(path);
    if (st == LRS_ERROR) {
        snprintf(note, notelen, "%s; pseudonyms use this machine's key", msg);
        lrs_config_free(&c);
        lrs_config_defaults(&c);
    }
    char *key = lrs_pseudonym_key(&c, msg, sizeof msg);
    if (!key) snprintf(note, notelen, "%s", msg);
    lrs_config_free(&c);
    return key;
}

void app_report_pseudonym(const char *key_hex, const char *name, char *out, size_t n)
{
    lrs_pseudonym(rp_nz(key_hex), rp_nz(name), out, n);
}

const char *rp_tx(bool tr, const char *msgid)
{
    return tr ? _(msgid) : msgid;
}

const char *rp_txn(bool tr, const char *one, const char *many, unsigned long n)
{
    return tr ? P_(one, many, n) : n == 1 ? one : many;
}

void rp_why_v(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    vsnprintf(why, n, fmt, ap);
    vsnprintf(shown, shown_n, _(fmt), aq);
    va_end(aq);
}

void rp_why(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_why_v(why, n, shown, shown_n, fmt, ap);
    va_end(ap);
}

/* printf into buf, for a format checked where it was written. */
static void put(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, n, fmt, ap);
    va_end(ap);
}

/* errno's words in English whatever the locale (strerror follows it). */
static const char *strerror_en(int err)
{
    static locale_t c; /* made once, kept for the process */
    if (!c) c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    return c ? strerror_l(err, c) : strerror(err);
}

void rp_why_words(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, const char *en,
                  const char *tr)
{
    put(why, n, fmt, en);
    put(shown, shown_n, _(fmt), tr);
}

void rp_why_err(char *why, size_t n, char *shown, size_t shown_n, const char *fmt, int err)
{
    (void)_(fmt); /* first: the catalogs' first use sets the locale strerror follows */
    rp_why_words(why, n, shown, shown_n, fmt, strerror_en(err), strerror(err));
}

void rp_diag_text(const core_diag *d, bool with_line, char *en, size_t en_n, char *tr, size_t tr_n)
{
    const char *sep = d->path && d->path[0] ? ": " : "";
    for (int t = 0; t < 2; t++) {
        const char *msg = rp_nz(t && d->shown ? d->shown : d->msg);
        if (with_line && d->line)
            snprintf(t ? tr : en, t ? tr_n : en_n, rp_tx(t, N_("line %d: %.200s%s%.300s")), d->line,
                     rp_nz(d->path), sep, msg);
        else
            snprintf(t ? tr : en, t ? tr_n : en_n, "%.200s%s%.300s", rp_nz(d->path), sep, msg);
    }
}

void rp_why_n(char *why, size_t n, char *shown, size_t shown_n, const char *one, const char *many,
              unsigned long count, ...)
{
    va_list ap, aq;
    va_start(ap, count);
    va_copy(aq, ap);
    vsnprintf(why, n, rp_txn(false, one, many, count), ap);
    vsnprintf(shown, shown_n, rp_txn(true, one, many, count), aq);
    va_end(aq);
    va_end(ap);
}

/* "value_first" -> "Value first". */
void rp_skill_label(const char *s, char *out, size_t n)
{
    if (strcmp(core_skill_label(s), s) != 0) { /* one of the shared skills, in words */
        snprintf(out, n, "%s", _(core_skill_label(s)));
        return;
    }
    size_t i = 0;
    for (; s[i] && i + 1 < n; i++)
        out[i] = s[i] == '_' ? ' ' : s[i];
    out[i] = '\0';
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 'a' + 'A');
}

app_report *app_report_new(const app_report_opts *o)
{
    if (o && o->anonymise && !(o->pseudonym_key && o->pseudonym_key[0])) return NULL;
    app_report *r = calloc(1, sizeof *r);
    if (r && o) r->o = *o;
    return r;
}

void app_report_free(app_report *r)
{
    if (!r) return;
    rp_free_analysis(r);
    scr_pack_free(r->pack);
    for (int i = 0; i < r->n_files; i++) {
        st_progress_free(&r->files[i]);
        free(r->fmeta[i].name);
    }
    free(r->files);
    free(r->fmeta);
    rp_drop_problems(r, 0);
    free(r->pr);
    free(r->sess);
    for (int i = 0; i < r->n_lr; i++) {
        free(r->lr[i].name);
        free(r->lr[i].shown);
        free(r->lr[i].sess);
    }
    free(r->lr);
    free(r);
}

int app_report_n_files(const app_report *r)
{
    return r->n_files;
}

int app_report_n_learners(const app_report *r)
{
    return r->n_lr;
}

/* Whole sessions only: a drill is never a session (docs/workshops.md). */
int app_report_n_sessions(const app_report *r)
{
    int n = 0;
    for (int i = 0; i < r->n_sess; i++)
        n += rp_whole(r->sess[i].r);
    return n;
}

int app_report_n_drills(const app_report *r)
{
    return r->n_sess - app_report_n_sessions(r);
}

/* ---- problems in words ---- */

/* How an input is named: its path; or, when names must not show, a progress
 * input's number (their file names carry players' names). malloc'ed. */
static char *input_name(int input, const char *file, bool named, bool tr)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f) return NULL;
    if (input > 0 && !named)
        fprintf(f, rp_tx(tr, N_("input %d")), input);
    else
        fputs(rp_nz(file), f);
    if (fclose(f) != 0) {
        free(out);
        return NULL;
    }
    return out;
}

static void put_learner(FILE *f, const rp_learner *l, bool named)
{
    if (named)
        fprintf(f, "\"%s\"", l->name);
    else
        fputs(rp_nz(l->shown), f);
}

/* A learner's name and files, "\"ana\" (usb/ana.json, laptop/Ana.json)",
 * for the near-duplicates line. */
static void put_learner_files(FILE *f, const app_report *r, const rp_learner *l, bool named,
                              bool tr)
{
    put_learner(f, l, named);
    fputs(" (", f);
    int shown = 0;
    for (int k = 0; k < r->n_files; k++)
        if (strcmp(rp_nz(r->files[k].player), l->name) == 0) {
            char *in = input_name(r->fmeta[k].input, r->fmeta[k].name, named, tr);
            if (shown++) fputs(", ", f);
            fputs(rp_nz(in), f);
            free(in);
        }
    fputs(")", f);
}

/* One problem as a line of plain text (the terminal, the CSV, the HTML box,
 * which escapes it). named: real file and player names; otherwise progress
 * files by number and learners by what the report shows. tr: in the
 * reader's language; else English, byte for byte as the CSV always had it.
 * malloc'ed; NULL when out of memory. */
char *rp_problem_text(const app_report *r, const rp_problem *p, bool named, bool tr)
{
    char *out = NULL, *in = NULL, *other = NULL, *who = NULL;
    size_t len = 0, who_len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f) return NULL;
    const char *why = rp_nz(tr && p->shown ? p->shown : p->why);
    switch (p->kind) {
    case RP_MISSING:
    case RP_UNREADABLE:
    case RP_DAMAGED:
    case RP_NEWER:
    case RP_FOREIGN:
    case RP_PACK_NAME:
    case RP_PACK_EXTRA:
    case RP_PACK_ERRORS:
    case RP_SCENARIO_FILE:
        in = input_name(p->input, p->file, named, tr);
        /* TRANSLATORS: a problem of the class report: "ana.json: skipped: it is empty" */
        fprintf(f, rp_tx(tr, N_("%s: skipped: %s")), rp_nz(in), why);
        break;
    case RP_PACK_UNKNOWN:
        fputs(rp_nz(p->file), f);
        if (p->line) fprintf(f, ":%d", p->line);
        fprintf(f, ": %s", why);
        break;
    case RP_MERGED: {
        FILE *w = open_memstream(&who, &who_len);
        if (w) {
            put_learner(w, &r->lr[p->lr[0]], named);
            fclose(w);
        }
        in = input_name(p->input, p->file, named, tr);
        if (p->other_file >= 0)
            other =
                input_name(r->fmeta[p->other_file].input, r->fmeta[p->other_file].name, named, tr);
        /* TRANSLATORS: "laptop/ana.json: note: its player "ana" is also in usb/ana.json: ..." */
        fprintf(f,
                rp_tx(tr, N_("%s: note: its player %s is also in %s: their sessions are counted "
                             "together")),
                rp_nz(in), rp_nz(who), rp_nz(other));
        if (p->dups)
            fprintf(f,
                    rp_txn(tr,
                           NP_(" (%d session present in both is counted once)",
                               " (%d sessions present in both are counted once)"),
                           (unsigned long)p->dups),
                    p->dups);
        break;
    }
    case RP_NEAR_DUP: {
        FILE *w = open_memstream(&who, &who_len);
        for (int i = 0; w && i < p->n_lr; i++) {
            /* TRANSLATORS: between the last two names of a list: "A, B and C" */
            if (i) fputs(i == p->n_lr - 1 ? rp_tx(tr, N_(" and ")) : ", ", w);
            put_learner_files(w, r, &r->lr[p->lr[i]], named, tr);
        }
        if (w) fclose(w);
        fprintf(f,
                rp_txn(tr,
                       NP_("note: %s: names that differ only in case or spacing, counted as %d "
                           "learner; if they are one person, ask them to keep to one name",
                           "note: %s: names that differ only in case or spacing, counted as %d "
                           "learners; if they are one person, ask them to keep to one name"),
                       (unsigned long)p->n_lr),
                rp_nz(who), p->n_lr);
        break;
    }
    }
    free(in);
    free(other);
    free(who);
    if (fclose(f) != 0) {
        free(out);
        return NULL;
    }
    return out;
}

int app_report_n_problems(app_report *r)
{
    rp_analyse(r);
    return r->n_pr;
}

bool app_report_write_problems(app_report *r, FILE *f, const char *prefix)
{
    rp_analyse(r);
    for (int i = 0; i < r->n_pr; i++) {
        char *t = rp_problem_text(r, &r->pr[i], true, true);
        fprintf(f, "%s%s\n", rp_nz(prefix), t ? t : _("out of memory"));
        free(t);
    }
    return !ferror(f);
}

bool app_report_save(app_report *r, const char *path, bool html, char *msg, size_t msglen)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    bool ok = f && (html ? app_report_write_html(r, f) : app_report_write_csv(r, f));
    if (f && fclose(f) != 0) ok = false;
    int e = ENOMEM;
    const char *what = "";
    if (ok) {
        st_file_err w = st_file_write_atomic(path, text, len, 0600, false);
        e = errno;
        ok = w == ST_FILE_DONE;
        if (w == ST_FILE_NO_FOLDER) what = "its folder cannot be made: ";
    }
    if (!ok) snprintf(msg, msglen, "%s cannot be written: %s%s", path, what, strerror(e));
    free(text);
    return ok;
}
