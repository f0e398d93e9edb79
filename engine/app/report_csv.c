/* report_csv.c: the class report as CSV (RFC 4180), one row per problem
 * with the input, then one per learner and session, and after a learner's
 * sessions one row of kind "practice" with their practice between sessions
 * (drills, reviews, homework, confidence; in columns after problem_detail, so
 * the earlier columns keep their places), all from the figures of
 * report_figures.c. Text cells that a spreadsheet would run as a formula are
 * kept plain.
 *
 * Depends on: engine/store (records). */
#include "report_local.h"

#include <stdlib.h>
#include <string.h>

/* ---- CSV (RFC 4180) ---- */

static void csv_field(FILE *f, const char *s, bool text)
{
    s = rp_nz(s);
    /* A leading = + - @ makes spreadsheets run the cell as a formula; a quote
     * mark in front keeps a name such as "=cmd" plain text. */
    bool formula = text && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                            s[0] == '\t' || s[0] == '\r');
    bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
    if (!quote) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    if (formula) fputc('\'', f);
    for (const char *p = s; *p; p++) {
        if (*p == '"') fputc('"', f);
        fputc(*p, f);
    }
    fputc('"', f);
}

/* The practice columns (docs/workshops.md), filled only on a "practice" row. */
#define PRACTICE_HEAD                                                                              \
    ",drills,reviews,review_queue,review_due,review_spaced,homework,homework_did,"                 \
    "homework_partly,homework_not_yet,homework_skipped,confidence_rated,confidence_before_first,"  \
    "confidence_before_latest,confidence_after_first,confidence_after_latest,confidence_change"
#define PRACTICE_EMPTY ",,,,,,,,,,,,,,,,"

/* A learner's practice row: only the learner, kind "practice" and the
 * practice columns; none when they have nothing to count. Counts only: no
 * typed words and no homework notes reach the CSV. */
static void practice_row(const app_report *r, const rp_learner *l, FILE *f)
{
    const rp_practice *p = &l->pr;
    if (!p->drills && !p->moments && !p->hw_given && !p->conf_rated) return;
    csv_field(f, l->shown, true);
    fputs(",,,,practice", f);
    for (int k = 0; k < 12 + 2 * r->fig.n_skills; k++) /* up to problem_detail */
        fputc(',', f);
    fprintf(f, ",%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,", p->drills, p->reviews, p->moments, p->due,
            p->spaced, p->hw_given, p->hw_did, p->hw_partly, p->hw_not_yet, p->hw_skipped,
            p->conf_rated);
    if (p->conf_nb) fprintf(f, "%d", p->before_first);
    fputc(',', f);
    if (p->conf_nb) fprintf(f, "%d", p->before_latest);
    fputc(',', f);
    if (p->conf_na) fprintf(f, "%d", p->after_first);
    fputc(',', f);
    if (p->conf_na) fprintf(f, "%d", p->after_latest);
    fputc(',', f);
    if (p->conf_np) fprintf(f, "%.1f", p->conf_change);
    fputs("\r\n", f);
}

bool app_report_write_csv(app_report *r, FILE *f)
{
    rp_analyse(r);
    fputs("learner,scenario,title,mode,kind,attempt,started,ended,finished,outcome,grade,choices,"
          "seconds,latest_attempt,accuracy_change",
          f);
    const char *const fig[] = {"accuracy", "percent"};
    for (int a = 0; a < 2; a++)
        for (int k = 0; k < r->fig.n_skills; k++) {
            fputc(',', f);
            char h[96];
            snprintf(h, sizeof h, "%s_%s", r->fig.skills[k], fig[a]);
            csv_field(f, h, true);
        }
    fputs(",problem,problem_detail" PRACTICE_HEAD "\r\n", f);
    /* Problems first, as at the top of the HTML: rows with a `problem` are not
     * sessions, and their session columns stay empty. */
    for (int i = 0; i < r->n_pr; i++) {
        const rp_problem *p = &r->pr[i];
        if (p->kind == RP_MERGED) csv_field(f, r->lr[p->lr[0]].shown, true);
        for (int k = 0; k < 15 + 2 * r->fig.n_skills; k++)
            fputc(',', f);
        csv_field(f, rp_kinds[p->kind].code, true);
        fputc(',', f);
        char *t = rp_problem_text(r, p, !r->o.anonymise, false);
        csv_field(f, t ? t : "out of memory", true);
        free(t);
        fputs(PRACTICE_EMPTY "\r\n", f);
    }
    for (int oi = 0; oi < r->n_lr; oi++) {
        int li = r->fig.order ? r->fig.order[oi] : oi;
        const rp_learner *l = &r->lr[li];
        for (int i = 0; i < l->n_sess; i++) {
            const st_record *rec = r->sess[l->sess[i]].r;
            bool fin = rp_finished(rec);
            csv_field(f, l->shown, true);
            fputc(',', f);
            csv_field(f, rec->scenario, true);
            fputc(',', f);
            csv_field(f, rec->title, true);
            fputc(',', f);
            csv_field(f, rec->mode, true);
            fputc(',', f);
            csv_field(f, rec->kind ? rec->kind : "session", true);
            fputc(',', f);
            if (rec->attempt > 0) fprintf(f, "%d", rec->attempt);
            fputc(',', f);
            csv_field(f, rec->started, true);
            fputc(',', f);
            csv_field(f, rec->ended, true);
            fprintf(f, ",%s,", fin ? "yes" : "no");
            csv_field(f, rec->outcome, true);
            fputc(',', f);
            csv_field(f, rec->grade, true);
            fprintf(f, ",%d,", rec->n_choices);
            /* The grid's figures on the row they come from: time on task
             * (whole sessions only), the cell's latest attempt, and there the
             * change in accuracy since the first attempt of this scenario. */
            long secs = rp_whole(rec) ? rp_seconds(rec->started, rec->ended) : -1;
            if (secs >= 0) fprintf(f, "%ld", secs);
            int si = 0;
            while (si < r->fig.n_sc && strcmp(r->fig.sc[si].id, rec->scenario) != 0)
                si++;
            const rp_cell *c = rp_cell_at(r, li, si);
            bool latest = c && c->latest == rec;
            fprintf(f, ",%s,", latest ? "yes" : "");
            if (latest && c->has_gain) fprintf(f, "%.1f", c->gain);
            for (int a = 0; a < 2; a++)
                for (int k = 0; k < r->fig.n_skills; k++) {
                    fputc(',', f);
                    const st_skill *sk = fin ? rp_rec_skill(rec, r->fig.skills[k]) : NULL;
                    if (sk && a == 0 && sk->has_accuracy) fprintf(f, "%.1f", sk->accuracy);
                    if (sk && a == 1) fprintf(f, "%.1f", sk->percent);
                }
            fputs(",," PRACTICE_EMPTY "\r\n", f);
        }
        practice_row(r, l, f);
    }
    return !ferror(f);
}
