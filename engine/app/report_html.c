/* report_html.c: the class report as one self-contained HTML file (inline
 * CSS with a print stylesheet, inline SVG charts, nothing loaded from
 * elsewhere, every text escaped), from the figures of report_figures.c.
 *
 * Depends on: engine/script (scenario models, for lines and feedback),
 * engine/store (st_now). */
#include "app_local.h"
#include "i18n.h"
#include "report_local.h"

#include <stdlib.h>
#include <string.h>

/* ---- HTML ---- */

static void esc(FILE *f, const char *s)
{
    for (const char *p = rp_nz(s); *p; p++) {
        switch (*p) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            fputc(*p, f);
        }
    }
}

static const char *const CSS =
    ":root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--soft:#f5f7fa;--accent:#2f5d8a;"
    "--up:#2f855a;--down:#c53030;--warn:#b7791f;--s0:#2f5d8a;--s1:#c05621;--s2:#2f855a;"
    "--s3:#6b46c1;--s4:#b83280}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:#eef2f6;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}\n"
    "main{max-width:1040px;margin:0 auto;padding:28px 24px 48px}\n"
    "header.top{background:var(--accent);color:#fff;border-radius:10px;padding:22px 26px;"
    "margin-bottom:20px}\n"
    "header.top h1{margin:0 0 4px;font-size:26px;letter-spacing:.2px}\n"
    "header.top p{margin:0;opacity:.9}\n"
    "nav{margin-top:12px;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:14px}\n"
    "nav a{color:#fff;text-decoration:none;border-bottom:1px solid rgba(255,255,255,.5)}\n"
    "section{background:#fff;border-radius:10px;padding:20px 24px;margin:0 0 18px;"
    "box-shadow:0 1px 2px rgba(31,41,51,.08)}\n"
    "h2{margin:0 0 4px;font-size:20px}\n"
    "h3{margin:0;font-size:18px}\n"
    "p.hint{margin:0 0 14px;color:var(--muted);font-size:14px}\n"
    ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;"
    "margin-bottom:16px}\n"
    ".card{background:var(--soft);border-radius:8px;padding:10px 14px}\n"
    ".card b{display:block;font-size:26px;line-height:1.2}\n"
    ".card span{color:var(--muted);font-size:13px}\n"
    "table{border-collapse:collapse;width:100%}\n"
    "th,td{text-align:left;padding:7px 8px;border-bottom:1px solid var(--line);"
    "vertical-align:middle}\n"
    "th{font-size:13px;color:var(--muted);font-weight:600}\n"
    "td.num{font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    ".fig{display:flex;align-items:center;gap:8px;white-space:nowrap}\n"
    ".fig small{color:var(--muted)}\n"
    ".fig small.score{font-size:12px}\n"
    ".scroll{overflow-x:auto}\n"
    ".rows{display:grid;grid-template-columns:minmax(120px,max-content) 1fr;gap:6px 14px;"
    "align-items:center}\n"
    ".rows .label{font-size:14px}\n"
    ".rows .val{display:flex;align-items:center;gap:8px;font-variant-numeric:tabular-nums;"
    "font-size:14px}\n"
    ".rows .val small{color:var(--muted)}\n"
    "svg .track{stroke:var(--line);stroke-width:2}\n"
    "svg .up{stroke:var(--up);fill:var(--up)}\n"
    "svg .down{stroke:var(--down);fill:var(--down)}\n"
    "svg .flat{stroke:var(--muted);fill:var(--muted)}\n"
    "svg .first{fill:#fff;stroke-width:2}\n"
    "svg .best{stroke:var(--ink);stroke-width:1.5}\n"
    "svg .bar{fill:var(--accent)}\n"
    "svg .bar.mistake{fill:var(--down)}\n"
    "svg .bar.pale{fill:#b8cbe0}\n"
    "svg .bar.up{fill:var(--up)}svg .bar.down{fill:var(--down)}\n"
    "svg .axis{stroke:var(--muted);stroke-width:1}\n"
    ".legend{font-size:13px;color:var(--muted);margin:8px 0 0}\n"
    ".legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px;"
    "vertical-align:-1px}\n"
    "article.scen{border-top:1px solid var(--line);padding-top:16px;margin-top:16px}\n"
    "article.scen:first-of-type{border-top:0;margin-top:4px;padding-top:4px}\n"
    ".meta{color:var(--muted);font-size:14px;margin:2px 0 8px}\n"
    ".chips{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0 10px}\n"
    ".chip{font-size:13px;border-radius:999px;padding:2px 10px;background:var(--soft);"
    "border:1px solid var(--line)}\n"
    ".chip.good{background:#e6f4ea;border-color:#b7dfc2}\n"
    ".chip.mixed{background:#fdf3dc;border-color:#f0d79a}\n"
    ".chip.poor{background:#fde8e8;border-color:#f3b8b8}\n"
    ".node{margin:14px 0 0;padding:12px 14px;background:var(--soft);border-radius:8px;"
    "break-inside:avoid;page-break-inside:avoid}\n"
    ".node .line{margin:0 0 8px}\n"
    ".node .line b{color:var(--accent)}\n"
    ".node .line em{color:var(--muted)}\n"
    ".node .discuss{margin:0 0 8px;font-size:14px;color:var(--warn)}\n"
    ".choice{display:grid;grid-template-columns:96px 1fr;gap:2px 12px;padding:8px 0;"
    "border-top:1px solid var(--line)}\n"
    ".choice .pct{font-size:22px;font-weight:700;font-variant-numeric:tabular-nums;"
    "line-height:1.1}\n"
    ".choice .pct small{display:block;font-size:12px;font-weight:400;color:var(--muted)}\n"
    ".choice .share{margin:0;font-weight:600}\n"
    ".choice .share.mistake{color:var(--down)}\n"
    ".choice .said{margin:2px 0 0}\n"
    ".choice .fb{margin:3px 0 0;color:var(--muted);font-size:14px}\n"
    ".choice.none{opacity:.7}\n"
    ".fx{font-size:12px;color:var(--muted);margin-left:6px;white-space:nowrap}\n"
    ".note{font-size:14px;color:var(--warn)}\n"
    "section.problems{border-left:6px solid var(--warn);background:#fffaf0}\n"
    "section.problems ul{margin:0;padding-left:20px}\n"
    "section.problems li{margin:4px 0;overflow-wrap:anywhere}\n"
    "ul.prompts{margin:4px 0 8px;padding-left:20px;color:var(--warn);font-size:14px}\n"
    "p.plabel{margin:6px 0 0;font-size:13px;font-weight:600;color:var(--warn)}\n"
    ".toc{font-size:14px}.toc a{color:var(--accent)}\n"
    "footer{color:var(--muted);font-size:13px;text-align:center}\n"
    "section.summary{border-left:6px solid var(--accent)}\n"
    "dl.summary{display:grid;grid-template-columns:minmax(140px,max-content) 1fr;gap:10px 18px;"
    "margin:0}\n"
    "dl.summary dt{font-weight:600;color:var(--accent)}\n"
    "dl.summary dd{margin:0}\n"
    "dl.summary ul,dl.summary ol{margin:0;padding-left:20px}\n"
    "table.grid th,table.grid td{vertical-align:top;border-left:1px solid var(--line)}\n"
    "table.grid th:first-child,table.grid td:first-child{border-left:0}\n"
    "table.grid td.cell{min-width:120px;font-size:14px;line-height:1.35}\n"
    "table.grid td.cell .chip{display:inline-block;margin-bottom:3px}\n"
    "table.grid td.cell small{color:var(--muted)}\n"
    "table.grid .up{color:var(--up);font-weight:600}\n"
    "table.grid .down{color:var(--down);font-weight:600}\n"
    "table.grid tfoot td{font-size:13px;color:var(--muted);border-bottom:0}\n"
    "@media print{\n"
    "  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "  body{background:#fff;font-size:11pt}\n"
    "  main{max-width:none;padding:0}\n"
    "  nav{display:none}\n"
    "  header.top{background:#fff;color:var(--ink);border:2px solid var(--accent);"
    "padding:12px 16px}\n"
    "  section{box-shadow:none;border:1px solid var(--line);break-inside:auto}\n"
    "  h2,h3{break-after:avoid;page-break-after:avoid}\n"
    "  tr,.choice,.card{break-inside:avoid;page-break-inside:avoid}\n"
    "  #summary,#overview,#improved,#mistakes{break-inside:avoid;page-break-inside:avoid}\n"
    "  #summary{break-after:page;page-break-after:always}\n"
    "  @page{margin:14mm}\n"
    "}\n";

static const char *skill_colour(int k)
{
    static const char *const c[] = {"var(--s0)", "var(--s1)", "var(--s2)", "var(--s3)",
                                    "var(--s4)"};
    return c[k % 5];
}

/* A 0..100 track: hollow dot at first, filled dot at latest, a tick at best. */
static void dumbbell(FILE *f, double first, double latest, double best, int n)
{
    const double x0 = 6, w = 112;
    double a = x0 + w * rp_pct_int(first) / 100.0, b = x0 + w * rp_pct_int(latest) / 100.0;
    double t = x0 + w * rp_pct_int(best) / 100.0;
    const char *cls = n < 2 || rp_pct_int(latest) == rp_pct_int(first) ? "flat"
                      : latest > first                                 ? "up"
                                                                       : "down";
    char label[160];
    /* TRANSLATORS: read aloud for a chart of accuracy in percent */
    snprintf(label, sizeof label, _("first %d, latest %d, best %d"), rp_pct_int(first),
             rp_pct_int(latest), rp_pct_int(best));
    fputs("<svg width=\"124\" height=\"18\" viewBox=\"0 0 124 18\" role=\"img\" aria-label=\"", f);
    esc(f, label);
    fprintf(f, "\"><line class=\"track\" x1=\"%g\" y1=\"9\" x2=\"%g\" y2=\"9\"/>", x0, x0 + w);
    if (n >= 2)
        fprintf(f,
                "<line class=\"%s\" stroke-width=\"3\" x1=\"%.1f\" y1=\"9\" x2=\"%.1f\" y2=\"9\"/>",
                cls, a, b);
    fprintf(f, "<line class=\"best\" x1=\"%.1f\" y1=\"2\" x2=\"%.1f\" y2=\"16\"/>", t, t);
    if (n >= 2) fprintf(f, "<circle class=\"first %s\" cx=\"%.1f\" cy=\"9\" r=\"4\"/>", cls, a);
    fprintf(f, "<circle class=\"%s\" cx=\"%.1f\" cy=\"9\" r=\"4.5\"/></svg>", cls, b);
}

/* A horizontal bar of value/max in a box w px wide. */
static void hbar(FILE *f, double value, double max, int w, const char *cls, const char *label)
{
    double bw = max > 0 ? (w - 2) * value / max : 0;
    if (bw < 0) bw = 0;
    if (value > 0 && bw < 2) bw = 2;
    fprintf(f, "<svg width=\"%d\" height=\"16\" viewBox=\"0 0 %d 16\" role=\"img\" aria-label=\"",
            w, w);
    esc(f, label);
    fprintf(f,
            "\"><rect x=\"0\" y=\"2\" width=\"%d\" height=\"12\" rx=\"3\" fill=\"#edf1f5\"/>"
            "<rect class=\"bar %s\" x=\"0\" y=\"2\" width=\"%.1f\" height=\"12\" rx=\"3\"/></svg>",
            w, cls, bw);
}

/* The box at the top: everything a reader should know before trusting the
 * figures. Nothing when the input had no problem. */
static void html_problems(app_report *r, FILE *f)
{
    if (r->n_pr == 0) return;
    /* TRANSLATORS: the class report is HTML: keep the tags and entities
     * (&rarr;, &middot;) as they are and translate the words around them. */
    fprintf(f,
            _("<section id=\"problems\" class=\"problems\"><h2>Problems with the input</h2>\n"
              "<p class=\"hint\">The figures below come only from what could be read. Each "
              "point here is something they leave out, or count in a way you should know "
              "before reading on.%s</p>\n<ul>"),
            r->o.anonymise ? _(" Progress files are numbered in the order they were given "
                               "(input 1, 2, ...), since their names carry players' names; the "
                               "terminal that made this report listed them by name.")
                           : "");
    for (int i = 0; i < r->n_pr; i++) {
        char *t = rp_problem_text(r, &r->pr[i], !r->o.anonymise, true);
        fprintf(f, "<li data-problem=\"%s\"><b>%s.</b> ", rp_kinds[r->pr[i].kind].code,
                _(rp_kinds[r->pr[i].kind].label));
        esc(f, t ? t : _("out of memory"));
        fputs("</li>\n", f);
        free(t);
    }
    fputs("</ul></section>\n", f);
}

/* The figure to lead with for a skill: accuracy when any session has it, else
 * the percent (progress files from before accuracy). */
static const rp_fig *lead_fig(const rp_learner *l, int k, bool *is_acc)
{
    *is_acc = l->acc[k].count > 0;
    return *is_acc ? &l->acc[k] : &l->pct[k];
}

static void html_overview(app_report *r, FILE *f)
{
    int finished_n = 0, drills = r->fig.n_drills_all;
    for (int i = 0; i < r->n_sess; i++)
        finished_n += rp_counts(r->sess[i].r);
    fputs(_("<section id=\"overview\"><h2>The group at a glance</h2>\n<div class=\"cards\">"), f);
    fprintf(f, _("<div class=\"card\"><b>%d</b><span>learners</span></div>"), r->n_lr);
    /* Drills are no sessions here, as in every figure: they are named apart. */
    fprintf(f, _("<div class=\"card\"><b>%d</b><span>sessions (%d finished"), r->fig.n_whole,
            finished_n);
    if (drills) fprintf(f, P_("; %d drill besides", "; %d drills besides", drills), drills);
    fputs(")</span></div>", f);
    fprintf(f, _("<div class=\"card\"><b>%d</b><span>scenarios played</span></div>"), r->fig.n_sc);
    if (r->n_files < r->n_inputs)
        fprintf(f,
                _("<div class=\"card\"><b>%d of %d</b><span>progress files read</span></div>"
                  "</div>\n"),
                r->n_files, r->n_inputs);
    else
        fprintf(f, _("<div class=\"card\"><b>%d</b><span>progress files read</span></div></div>\n"),
                r->n_files);
    if (r->fig.n_skills == 0) {
        fputs(_("<p class=\"hint\">No finished sessions yet, so there are no skill figures.</p>"
                "</section>\n"),
              f);
        return;
    }
    fputs(_("<p class=\"hint\">The group's average accuracy on each skill: pale bars at each "
            "learner's first finished session, dark bars at their latest. Accuracy is how close "
            "each choice came to the best one available at that moment (100% = always the "
            "best); the score below it counts from the worst to the best whole "
            "conversation.</p>\n<div class=\"rows\">"),
          f);
    for (int k = 0; k < r->fig.n_skills; k++) {
        double fa = 0, la = 0, fs = 0, ls = 0;
        int na = 0, ns = 0;
        for (int i = 0; i < r->n_lr; i++) {
            const rp_learner *l = &r->lr[i];
            if (l->acc[k].count) {
                fa += l->acc[k].first;
                la += l->acc[k].latest;
                na++;
            }
            if (l->pct[k].count) {
                fs += l->pct[k].first;
                ls += l->pct[k].latest;
                ns++;
            }
        }
        if (!ns) continue;
        char label[80];
        rp_skill_label(r->fig.skills[k], label, sizeof label);
        fputs("<div class=\"label\">", f);
        esc(f, label);
        fputs("</div><div class=\"val\">", f);
        if (na) {
            char aria[160];
            /* TRANSLATORS: read aloud for the group's accuracy chart, in percent */
            snprintf(aria, sizeof aria, _("accuracy first %d, latest %d"), rp_pct_int(fa / na),
                     rp_pct_int(la / na));
            fputs("<svg width=\"300\" height=\"30\" viewBox=\"0 0 300 30\" role=\"img\" "
                  "aria-label=\"",
                  f);
            esc(f, aria);
            fprintf(f,
                    "\">"
                    "<rect x=\"0\" y=\"1\" width=\"300\" height=\"12\" rx=\"3\" fill=\"#edf1f5\"/>"
                    "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"12\" rx=\"3\" fill=\"%s\" "
                    "opacity=\".35\"/>"
                    "<rect x=\"0\" y=\"16\" width=\"300\" height=\"12\" rx=\"3\" fill=\"#edf1f5\"/>"
                    "<rect x=\"0\" y=\"16\" width=\"%.1f\" height=\"12\" rx=\"3\" fill=\"%s\"/>"
                    "</svg>",
                    3.0 * rp_pct_int(fa / na), skill_colour(k), 3.0 * rp_pct_int(la / na),
                    skill_colour(k));
            fprintf(f, _("<span>%d%% &rarr; <b>%d%%</b> accuracy<br>"), rp_pct_int(fa / na),
                    rp_pct_int(la / na));
        } else {
            fputs(_("<span><span class=\"meta\">no accuracy recorded</span><br>"), f);
        }
        fprintf(f, _("<small>score %d%% &rarr; %d%%</small></span> "), rp_pct_int(fs / ns),
                rp_pct_int(ls / ns));
        fprintf(f,
                P_("<small>%d learner</small></div>\n", "<small>%d learners</small></div>\n", ns),
                ns);
    }
    fputs("</div></section>\n", f);
}

static void html_learners(app_report *r, FILE *f)
{
    fputs(_("<section id=\"learners\"><h2>Skills by learner</h2>\n<p class=\"hint\">For each "
            "skill: the accuracy at the learner's first finished session, then at the latest "
            "(<span style=\"color:var(--up)\">green</span> when it rose, "
            "<span style=\"color:var(--down)\">red</span> when it fell), and the best; under "
            "it, the score the same way. In the charts the hollow dot is the first, the filled "
            "dot the latest and the tick the best. Sessions of different scenarios are in the "
            "same line; for progress on one scenario, see who improved most.</p>\n"),
          f);
    if (r->n_lr == 0) {
        fputs(_("<p>No progress files could be read.</p></section>\n"), f);
        return;
    }
    fputs(_("<div class=\"scroll\"><table class=\"learners\"><thead><tr><th>Learner</th>"
            "<th>Sessions</th>"),
          f);
    for (int k = 0; k < r->fig.n_skills; k++) {
        char label[80];
        rp_skill_label(r->fig.skills[k], label, sizeof label);
        fputs("<th>", f);
        esc(f, label);
        fputs("</th>", f);
    }
    fputs("</tr></thead><tbody>\n", f);
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->fig.order ? r->fig.order[oi] : oi];
        fputs("<tr><td class=\"who\">", f);
        esc(f, l->shown);
        fprintf(f, "</td><td class=\"num\">%d", l->n_finished);
        int unfinished = 0;
        for (int i = 0; i < l->n_sess; i++)
            unfinished += rp_whole(r->sess[l->sess[i]].r) && !rp_finished(r->sess[l->sess[i]].r);
        if (unfinished) fprintf(f, _(" <small class=\"meta\">+%d unfinished</small>"), unfinished);
        if (l->n_drills)
            fprintf(f,
                    P_(" <small class=\"meta\">+%d drill</small>",
                       " <small class=\"meta\">+%d drills</small>", l->n_drills),
                    l->n_drills);
        fputs("</td>", f);
        for (int k = 0; k < r->fig.n_skills; k++) {
            fputs("<td class=\"num\">", f);
            if (!l->pct[k].count) {
                fputs("<span class=\"meta\">&ndash;</span></td>", f);
                continue;
            }
            bool is_acc;
            const rp_fig *g = lead_fig(l, k, &is_acc);
            const rp_fig *p = &l->pct[k];
            fputs("<div class=\"fig\">", f);
            dumbbell(f, g->first, g->latest, g->best, g->count);
            fputs("<span>", f);
            if (!is_acc) fputs(_("<small class=\"meta\">no accuracy recorded</small><br>"), f);
            /* TRANSLATORS: before a percent that is a score, not an accuracy */
            const char *score = is_acc ? "" : _("score ");
            if (g->count >= 2)
                fprintf(f, _("%s%d%% &rarr; <b>%d%%</b><br><small>best %d%%</small>"), score,
                        rp_pct_int(g->first), rp_pct_int(g->latest), rp_pct_int(g->best));
            else
                fprintf(f, _("%s<b>%d%%</b><br><small>one session</small>"), score,
                        rp_pct_int(g->latest));
            if (is_acc) {
                if (p->count >= 2)
                    fprintf(f, _("<br><small class=\"score\">score %d%% &rarr; %d%%</small>"),
                            rp_pct_int(p->first), rp_pct_int(p->latest));
                else
                    fprintf(f, _("<br><small class=\"score\">score %d%%</small>"),
                            rp_pct_int(p->latest));
            }
            fputs("</span></div></td>", f);
        }
        fputs("</tr>\n", f);
    }
    fputs("</tbody></table></div></section>\n", f);
}

/* ---- practice between sessions, per learner (docs/practice.md) ---- */

static void cell_count(FILE *f, int n)
{
    if (n)
        fprintf(f, "<td class=\"num\">%d</td>", n);
    else
        fputs("<td class=\"num\"><span class=\"meta\">0</span></td>", f);
}

/* Drills, spaced review and homework, counted (rp_practice); left out when
 * nobody has any. Neither typed words nor homework notes are read here. */
static void html_practice(app_report *r, FILE *f)
{
    if (!r->fig.any_practice) return;
    fprintf(f,
            _("<section id=\"practice\"><h2>Practice between sessions</h2>\n<p class=\"hint\">"
              "Drills: moments replayed on their own (a review is one too), never counted as "
              "attempts. Reviews: reviews done over the learner's review queue. Queue: the "
              "moments in it, how many are due by the report's day, and how many are spaced "
              "%d days or more apart after a review. Homework: the whole sessions that ended "
              "with one, then how the learner said it went; the rest were not asked yet. Counts "
              "only: no words the learner typed and no notes.</p>\n<div class=\"scroll\"><table>"
              "<thead><tr><th>Learner</th><th>Drills</th><th>Reviews</th><th>Queue</th>"
              "<th>Due</th><th>Spaced %d+ days</th><th>Homework</th><th>Did it</th>"
              "<th>Partly</th><th>Not yet</th><th>Skipped</th></tr></thead><tbody>\n"),
            RP_SPACED_DAYS, RP_SPACED_DAYS);
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->fig.order ? r->fig.order[oi] : oi];
        const rp_practice *p = &l->pr;
        fputs("<tr><td class=\"who\">", f);
        esc(f, l->shown);
        fputs("</td>", f);
        const int v[] = {p->drills,   p->reviews, p->moments,   p->due,        p->spaced,
                         p->hw_given, p->hw_did,  p->hw_partly, p->hw_not_yet, p->hw_skipped};
        for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
            cell_count(f, v[k]);
        fputs("</tr>\n", f);
    }
    fputs("</tbody></table></div></section>\n", f);
}

/* How confident each learner said they felt before and after their finished
 * whole sessions (1 to 5; drills never count): the first and latest answers
 * and the mean change, from rp_practice. Only learners who were asked
 * appear; the section is left out when none was. */
static void html_confidence(app_report *r, FILE *f)
{
    if (!r->fig.any_confidence) return;
    fputs(_("<section id=\"confidence\"><h2>Confidence before and after</h2>\n<p class=\"hint\">"
            "How confident each learner said they felt about a conversation like the one they "
            "were about to have (before) and had just had (after), 1 to 5, at their first and "
            "latest rated sessions; the change is the mean of after minus before over the "
            "sessions rated both times. Drills are not asked about.</p>\n<div class=\"scroll\">"
            "<table><thead><tr><th>Learner</th><th>Rated</th><th>Before</th><th>After</th>"
            "<th>Change</th></tr></thead><tbody>\n"),
          f);
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->fig.order ? r->fig.order[oi] : oi];
        const rp_practice *p = &l->pr;
        if (!p->conf_rated) continue;
        fputs("<tr><td class=\"who\">", f);
        esc(f, l->shown);
        fprintf(f, "</td><td class=\"num\">%d</td><td class=\"num\">", p->conf_rated);
        if (p->conf_nb)
            fprintf(f, "%d &rarr; <b>%d</b>", p->before_first, p->before_latest);
        else
            fputs("<span class=\"meta\">&ndash;</span>", f);
        fputs("</td><td class=\"num\">", f);
        if (p->conf_na)
            fprintf(f, "%d &rarr; <b>%d</b>", p->after_first, p->after_latest);
        else
            fputs("<span class=\"meta\">&ndash;</span>", f);
        fputs("</td><td class=\"num\">", f);
        if (p->conf_np)
            fprintf(f, "%+.1f", p->conf_change);
        else
            fputs("<span class=\"meta\">&ndash;</span>", f);
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody></table></div></section>\n", f);
}

static void html_improved(app_report *r, FILE *f)
{
    fputs(_("<section id=\"improved\"><h2>Who improved most</h2>\n<p class=\"hint\">For each "
            "learner who finished a scenario two or more times: accuracy at the latest attempt "
            "minus the first attempt <em>of that same scenario</em>, in points, averaged over "
            "its skills (and over such scenarios when there are several). Drills do not count. "
            "A different scenario is not compared: an easier one would look like "
            "progress.</p>\n"),
          f);
    int *idx = malloc(sizeof(int) * (size_t)(r->n_lr + 1));
    int n = 0;
    double maxabs = 10;
    for (int oi = 0; idx && oi < r->n_lr; oi++) {
        int i = r->fig.order ? r->fig.order[oi] : oi;
        if (!r->lr[i].has_gain) continue;
        idx[n++] = i;
        double a = r->lr[i].gain < 0 ? -r->lr[i].gain : r->lr[i].gain;
        if (a > maxabs) maxabs = a;
    }
    for (int i = 1; i < n; i++) /* largest gain first; ties keep the name order */
        for (int k = i; k > 0 && r->lr[idx[k]].gain > r->lr[idx[k - 1]].gain; k--) {
            int t = idx[k];
            idx[k] = idx[k - 1];
            idx[k - 1] = t;
        }
    if (n == 0) {
        fputs(_("<p>Nobody has finished one scenario twice yet, so there is no change to "
                "show.</p>"),
              f);
    } else {
        const rp_learner *top = &r->lr[idx[0]];
        int best = (int)(top->gain + (top->gain < 0 ? -0.5 : 0.5));
        if (top->gain > 0.5) {
            /* Everyone who shares the top figure, as shown (rounded): naming
             * one of several equals would be arbitrary. */
            int tied = 1;
            while (tied < n && (int)(r->lr[idx[tied]].gain + 0.5) == best)
                tied++;
            fputs("<p class=\"lead\">", f);
            for (int k = 0; k < tied; k++) {
                if (k) fputs(k == tied - 1 ? _(" and ") : ", ", f);
                fputs("<b>", f);
                esc(f, r->lr[idx[k]].shown);
                fputs("</b>", f);
            }
            fprintf(f,
                    tied > 1 ? _(" improved most: %+d points of accuracy each.</p>\n")
                             : _(" improved most: %+d points of accuracy.</p>\n"),
                    best);
        }
        fputs("<div class=\"rows\">", f);
        for (int k = 0; k < n; k++) {
            const rp_learner *l = &r->lr[idx[k]];
            int g = (int)(l->gain + (l->gain < 0 ? -0.5 : 0.5));
            double half = 150, w = half * (g < 0 ? -g : g) / maxabs;
            double x = g < 0 ? half - w : half;
            fputs("<div class=\"label\">", f);
            esc(f, l->shown);
            fputs(" <small class=\"meta\">", f);
            if (l->gain_scenarios == 1) {
                esc(f, l->gain_title);
                fprintf(f, P_(", %d attempt", ", %d attempts", l->gain_attempts), l->gain_attempts);
            } else {
                fprintf(f, P_("%d scenario", "%d scenarios", l->gain_scenarios), l->gain_scenarios);
            }
            char aria[80];
            /* TRANSLATORS: read aloud for a bar of improvement: "+12 points" */
            snprintf(aria, sizeof aria, _("%+d points"), g); /* as the figure beside it */
            fputs("</small></div><div class=\"val\"><svg width=\"300\" height=\"18\" "
                  "viewBox=\"0 0 300 18\" role=\"img\" aria-label=\"",
                  f);
            esc(f, aria);
            fprintf(f,
                    "\"><rect x=\"0\" y=\"3\" width=\"300\" height=\"12\" rx=\"3\" "
                    "fill=\"#edf1f5\"/>"
                    "<rect class=\"bar %s\" x=\"%.1f\" y=\"3\" width=\"%.1f\" height=\"12\"/>"
                    "<line class=\"axis\" x1=\"150\" y1=\"0\" x2=\"150\" y2=\"18\"/></svg>",
                    g < 0 ? "down" : "up", x, w);
            fprintf(f, _("<b>%+d</b> <small>points</small></div>\n"), g);
        }
        fputs("</div>", f);
    }
    bool once = false;
    for (int oi = 0; oi < r->n_lr; oi++) {
        const rp_learner *l = &r->lr[r->fig.order ? r->fig.order[oi] : oi];
        if (l->has_gain) continue;
        fputs(once ? ", "
                   : _("<p class=\"legend\">Not compared, since no scenario was finished twice "
                       "with accuracy recorded: "),
              f);
        esc(f, l->shown);
        once = true;
    }
    if (once) fputs(".</p>", f);
    fputs("</section>\n", f);
    free(idx);
}

static void html_mistakes(app_report *r, FILE *f)
{
    fputs(_("<section id=\"mistakes\"><h2>Most common mistakes</h2>\n<p class=\"hint\">How "
            "often the group made each kind of mistake, counted over every attempt (drills "
            "aside), and how many learners made it at least once.</p>\n"),
          f);
    if (r->fig.n_tags == 0) {
        fputs(_("<p>No mistakes recorded.</p></section>\n"), f);
        return;
    }
    int max = r->fig.tags[0].count;
    fputs("<div class=\"rows\">", f);
    for (int i = 0; i < r->fig.n_tags; i++) {
        const rp_tag *t = &r->fig.tags[i];
        const char *phrase = _(rp_phrase_at(rp_phrase_index(t->tag), NULL));
        fputs("<div class=\"label\">", f);
        char cap[120];
        snprintf(cap, sizeof cap, "%s", phrase);
        cap[0] = (char)(cap[0] >= 'a' && cap[0] <= 'z' ? cap[0] - 'a' + 'A' : cap[0]);
        esc(f, cap);
        fputs(" <small class=\"meta\">", f);
        esc(f, t->tag);
        fputs("</small></div><div class=\"val\">", f);
        char aria[160];
        snprintf(aria, sizeof aria, _("%d times"), t->count);
        hbar(f, t->count, max, 300, "mistake", aria);
        fprintf(f,
                P_("<b>%d&times;</b> <small>by %d of %d learner</small></div>\n",
                   "<b>%d&times;</b> <small>by %d of %d learners</small></div>\n", r->n_lr),
                t->count, t->learners, r->n_lr);
    }
    fputs("</div></section>\n", f);
}

/* How a choice is described in "62% ... here". */
static const char *choice_phrase(const core_choice *c, bool *mistake)
{
    *mistake = false;
    if (!c) return _("said something no longer in the scenario");
    int best = -1;
    for (int t = 0; t < c->n_tags; t++) {
        int p = rp_phrase_index(c->tags[t]);
        if (p >= 0 && (best < 0 || p < best)) best = p; /* mistakes come first in the table */
    }
    if (best >= 0) {
        return _(rp_phrase_at(best, mistake));
    }
    return c->text[0] == '(' ? _("chose this") : _("said this");
}

static void choice_effect(FILE *f, const core_scenario *m, const core_choice *c)
{
    bool any = false;
    for (int k = 0; k < m->n_skills; k++) {
        if (!c->has_score[k] || c->score[k] == 0) continue;
        char label[80];
        rp_skill_label(m->skills[k], label, sizeof label);
        fputs(any ? ", " : "<span class=\"fx\">", f);
        esc(f, label);
        fprintf(f, " %+g", c->score[k]);
        any = true;
    }
    /* TRANSLATORS: a choice that gives something, or asks for something */
    const char *const words[] = {N_("gives"), N_("asks")};
    const bool has[] = {c->gives, c->asks};
    for (int w = 0; w < 2; w++) {
        if (!has[w]) continue;
        fputs(any ? ", " : "<span class=\"fx\">", f);
        fputs(_(words[w]), f);
        any = true;
    }
    if (any) fputs("</span>", f);
}

static void html_choice_row(FILE *f, int n, int total, const char *phrase, bool mistake,
                            const char *said, const char *feedback, const core_scenario *m,
                            const core_choice *c)
{
    int p = rp_share(n, total);
    fprintf(f, "<div class=\"choice%s\"><div class=\"pct\">%d%%", n ? "" : " none", p);
    fprintf(f, _("<small>%d of %d</small>"), n, total);
    char aria[64];
    snprintf(aria, sizeof aria, "%d%%", p);
    hbar(f, n, total, 88, mistake ? "mistake" : "", aria);
    fprintf(f, "</div><div><p class=\"share%s\">", mistake ? " mistake" : "");
    char share[300];
    /* TRANSLATORS: "62% said this here", "30% interrupted here" */
    snprintf(share, sizeof share, _("%d%% %s here"), p, phrase);
    esc(f, share);
    fputs("</p><p class=\"said\">", f);
    if (said) {
        fputs("&ldquo;", f);
        esc(f, said);
        fputs("&rdquo;", f);
    }
    if (m && c) choice_effect(f, m, c);
    fputs("</p>", f);
    if (feedback && feedback[0]) {
        fputs("<p class=\"fb\">", f);
        esc(f, feedback);
        fputs("</p>", f);
    }
    fputs("</div></div>\n", f);
}

static void html_node(FILE *f, const rp_scen *s, rp_node *n)
{
    const core_scenario *m = s->model ? scr_model(s->model) : NULL;
    int ni = m ? core_find_node(m, n->id) : -1;
    const core_node *mn = ni >= 0 ? &m->nodes[ni] : NULL;
    fputs("<div class=\"node\"><p class=\"line\">", f);
    if (mn) {
        if (mn->speaker >= 0) {
            fputs("<b>", f);
            esc(f, m->cast[mn->speaker].name);
            fputs(":</b> ", f);
            if (mn->text) {
                fputs("&ldquo;", f);
                esc(f, mn->text);
                fputs("&rdquo;", f);
            }
        } else if (mn->text) {
            fputs("<em>", f);
            esc(f, mn->text);
            fputs("</em>", f);
        }
        if (!mn->text) fputs(_("<em>(this line depends on earlier choices)</em>"), f);
    } else {
        fputs(_("<em>At &ldquo;"), f);
        esc(f, n->id);
        fputs("&rdquo;</em>", f);
    }
    fprintf(f,
            P_(" <span class=\"fx\">%d choice made here</span></p>\n",
               " <span class=\"fx\">%d choices made here</span></p>\n", n->total),
            n->total);
    if (mn && mn->discuss) {
        fputs(_("<p class=\"discuss\">Ask the room: "), f);
        esc(f, mn->discuss);
        fputs("</p>\n", f);
    }
    for (int i = 0; i < n->n_c; i++)
        n->c[i].matched = false;
    if (mn) { /* the author's order, with choices nobody took at 0% */
        for (int j = 0; j < mn->n_choices; j++) {
            const core_choice *c = &mn->choices[j];
            int cnt = 0;
            for (int i = 0; i < n->n_c; i++)
                if (strcmp(n->c[i].choice, c->id) == 0) {
                    cnt = n->c[i].n;
                    n->c[i].matched = true;
                }
            bool mistake;
            const char *phrase = choice_phrase(c, &mistake);
            html_choice_row(f, cnt, n->total, phrase, mistake, c->text, c->feedback, m, c);
        }
    }
    for (int i = 0; i < n->n_c; i++) {
        const rp_count *k = &n->c[i];
        if (k->matched) continue;
        bool timeout = strcmp(k->choice, "timeout") == 0;
        html_choice_row(f, k->n, n->total,
                        timeout ? _("let the clock run out")
                        : m     ? _("said something no longer in the scenario")
                                : _("said this"),
                        false, timeout ? NULL : k->text, NULL, NULL, NULL);
    }
    fputs("</div>\n", f);
}

static int cmp_node_order(const void *pa, const void *pb, const core_scenario *m)
{
    const rp_node *a = pa, *b = pb;
    int ia = m ? core_find_node(m, a->id) : -1, ib = m ? core_find_node(m, b->id) : -1;
    if (ia < 0) ia = 1 << 20;
    if (ib < 0) ib = 1 << 20;
    if (ia != ib) return ia - ib;
    return a->order - b->order;
}

static void html_scenarios(app_report *r, FILE *f)
{
    fputs(_("<section id=\"scenarios\"><h2>Scenarios, node by node</h2>\n<p class=\"hint\">At "
            "every point where learners chose, the share of the group's choices that went each "
            "way, beside what was said and the feedback the learner saw. Every session counts, "
            "finished or not (drills aside); a learner who played twice counts twice.</p>\n"),
          f);
    if (r->fig.n_sc == 0) fputs(_("<p>No sessions recorded.</p>"), f);
    if (r->fig.n_sc > 1) {
        fputs("<p class=\"toc\">", f);
        for (int i = 0; i < r->fig.n_sc; i++) {
            fprintf(f, "%s<a href=\"#scenario-%d\">", i ? " &middot; " : "", i + 1);
            const core_scenario *m = r->fig.sc[i].model ? scr_model(r->fig.sc[i].model) : NULL;
            esc(f, m ? m->title : r->fig.sc[i].title ? r->fig.sc[i].title : r->fig.sc[i].id);
            fputs("</a>", f);
        }
        fputs("</p>\n", f);
    }
    for (int i = 0; i < r->fig.n_sc; i++) {
        rp_scen *s = &r->fig.sc[i];
        const core_scenario *m = s->model ? scr_model(s->model) : NULL;
        fprintf(f, "<article class=\"scen\" id=\"scenario-%d\"><h3>", i + 1);
        esc(f, s->title ? s->title : s->id);
        fputs("</h3>\n<p class=\"meta\">", f);
        esc(f, s->id);
        fprintf(f, P_(" &middot; %d session", " &middot; %d sessions", s->n_sess), s->n_sess);
        fprintf(f, P_(" by %d learner", " by %d learners", s->n_learners), s->n_learners);
        fprintf(f, _(" &middot; %d finished"), s->n_finished);
        bool any = false;
        for (int k = 0; k < r->fig.n_skills; k++) {
            if (!s->avg_n[k]) continue;
            char label[80];
            rp_skill_label(r->fig.skills[k], label, sizeof label);
            fputs(any ? ", " : _(" &middot; on average: "), f);
            any = true;
            esc(f, label);
            if (s->acc_n[k])
                fprintf(f, _(" %d%% accuracy <small>(score %d%%)</small>"), rp_pct_int(s->acc[k]),
                        rp_pct_int(s->avg[k]));
            else
                fprintf(f, _(" score %d%%"), rp_pct_int(s->avg[k]));
        }
        fputs("</p>\n", f);
        if (s->n_out) {
            fputs("<div class=\"chips\">", f);
            for (int k = 0; k < s->n_out; k++) {
                const char *g = s->out[k].grade;
                bool known = g && (!strcmp(g, "good") || !strcmp(g, "mixed") || !strcmp(g, "poor"));
                fprintf(f, "<span class=\"chip %s\">", known ? g : "");
                /* the label as recorded, unless the reader's language words it */
                const char *words = app_ending_words(s->model, s->out[k].label);
                esc(f, words ? words : s->out[k].label);
                fprintf(f, " &times; %d</span>", s->out[k].n);
            }
            fputs("</div>\n", f);
        }
        if (s->item) {
            fprintf(f, _("<p class=\"meta\">In the pack: %d of %d &middot; %s"), s->pack_pos,
                    r->pack->n_items, _(scr_pack_mode_name(s->item->mode)));
            if (s->item->time_limit > 0)
                fprintf(f, _(" &middot; %g min"), s->item->time_limit / 60.0);
            fputs("</p>\n", f);
            if (s->item->n_prompts) {
                fputs(_("<p class=\"plabel\">For the debrief</p><ul class=\"prompts\">"), f);
                for (int k = 0; k < s->item->n_prompts; k++) {
                    fputs("<li>", f);
                    esc(f, s->item->prompts[k]);
                    fputs("</li>", f);
                }
                fputs("</ul>\n", f);
            }
        }
        if (!m)
            fputs(_("<p class=\"note\">The scenario file was not found here, so the lines and "
                    "feedback are missing; what learners said is shown as recorded.</p>\n"),
                  f);
        else if (s->version_differs)
            fprintf(f,
                    _("<p class=\"note\">Some sessions were played on another version of this "
                      "scenario (this file is version %d); choices it no longer has are listed "
                      "as recorded.</p>\n"),
                    s->model_version);
        /* nodes in the author's order (insertion sort: lists are short) */
        for (int a = 1; a < s->n_nodes; a++)
            for (int b = a; b > 0 && cmp_node_order(&s->nodes[b], &s->nodes[b - 1], m) < 0; b--) {
                rp_node t = s->nodes[b];
                s->nodes[b] = s->nodes[b - 1];
                s->nodes[b - 1] = t;
            }
        for (int k = 0; k < s->n_nodes; k++)
            html_node(f, s, &s->nodes[k]);
        fputs("</article>\n", f);
    }
    fputs("</section>\n", f);
}

/* ---- the summary and the grid (issue 19: the report a manager can read) ---- */

/* "left_early" -> "Left early": an ending's label as words. */
static void humanise(const char *s, char *out, size_t n)
{
    size_t i = 0;
    for (; s && s[i] && i + 1 < n; i++)
        out[i] = s[i] == '_' ? ' ' : s[i];
    out[i] = '\0';
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 'a' + 'A');
}

/* Time on task in words: "under a minute", "12 min", "1 h 05 min". */
static void duration(long s, char *out, size_t n)
{
    long min = (s + 30) / 60;
    if (s < 30)
        snprintf(out, n, "%s", _("under a minute"));
    else if (min < 60)
        snprintf(out, n, _("%ld min"), min);
    else
        snprintf(out, n, _("%ld h %02ld min"), min / 60, min % 60);
}

static int rounded(double v)
{
    return (int)(v + (v < 0 ? -0.5 : 0.5));
}

static const char *scen_name(const rp_scen *s)
{
    return s->title ? s->title : s->id;
}

/* Whether anyone made a whole attempt at scenario si (a scenario only drilled
 * has no column in the grid). */
static bool attempted(const app_report *r, int si)
{
    for (int li = 0; li < r->n_lr; li++) {
        const rp_cell *c = rp_cell_at(r, li, si);
        if (c && c->attempts) return true;
    }
    return false;
}

static void tag_line(FILE *f, const app_report *r, const rp_tag *t, bool strong)
{
    char cap[120];
    snprintf(cap, sizeof cap, "%s", _(rp_phrase_at(rp_phrase_index(t->tag), NULL)));
    cap[0] = (char)(cap[0] >= 'a' && cap[0] <= 'z' ? cap[0] - 'a' + 'A' : cap[0]);
    fputs(strong ? "<b>" : "", f);
    esc(f, cap);
    fputs(strong ? "</b>" : "", f);
    fprintf(f, P_(": %d time", ": %d times", t->count), t->count);
    fprintf(f, P_(", by %d of %d learner", ", by %d of %d learners", r->n_lr), t->learners,
            r->n_lr);
}

/* One screen for a manager: who took part, what went well, what went wrong
 * most often. Every figure here is also in a section below. */
static void html_summary(app_report *r, FILE *f)
{
    fputs(_("<section id=\"summary\" class=\"summary\"><h2>Summary</h2>\n<p class=\"hint\">The "
            "workshop in three points; the sections below show where each comes from. Drills "
            "(practice of one chosen moment) are not counted as attempts anywhere.</p>\n"
            "<dl class=\"summary\"><dt>Who took part</dt><dd>"),
          f);
    if (r->n_lr == 0) {
        fputs(_("Nobody: no progress file could be read.</dd></dl></section>\n"), f);
        return;
    }
    fprintf(f, P_("%d learner: ", "%d learners: ", r->n_lr), r->n_lr);
    for (int oi = 0; oi < r->n_lr; oi++) {
        if (oi) fputs(oi == r->n_lr - 1 ? _(" and ") : ", ", f);
        esc(f, r->lr[r->fig.order ? r->fig.order[oi] : oi].shown);
    }
    int n_sc = 0;
    for (int si = 0; si < r->fig.n_sc; si++)
        n_sc += attempted(r, si);
    fprintf(f, P_(". %d attempt", ". %d attempts", r->fig.n_whole), r->fig.n_whole);
    fprintf(f, P_(" at %d scenario", " at %d scenarios", n_sc), n_sc);
    if (r->fig.seconds > 0) {
        char d[40];
        duration(r->fig.seconds, d, sizeof d);
        fprintf(f, _(", %s on task in all"), d);
    }
    if (r->fig.n_drills_all)
        fprintf(f, P_("; %d drill besides", "; %d drills besides", r->fig.n_drills_all),
                r->fig.n_drills_all);
    fputs(".", f);
    if (r->pack) {
        int all = 0;
        for (int i = 0; i < r->n_lr; i++)
            all += r->lr[i].pack_done == r->pack->n_items;
        if (all == r->n_lr && all > 1)
            fprintf(f, _(" All %d finished every scenario of the pack."), all);
        else
            fprintf(f, _(" %d of %d finished every scenario of the pack."), all, r->n_lr);
    }
    fputs(_("</dd>\n<dt>What the room did well</dt><dd><ul>"), f);
    bool any = false;
    int best_k = -1;
    double best = -1;
    int best_n = 0;
    for (int k = 0; k < r->fig.n_skills; k++) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < r->n_lr; i++)
            if (r->lr[i].acc[k].count) {
                sum += r->lr[i].acc[k].latest;
                n++;
            }
        if (n && sum / n > best) {
            best = sum / n;
            best_k = k;
            best_n = n;
        }
    }
    if (best_k >= 0 && best >= 1) { /* a best of 0% is nothing done well */
        char label[80];
        rp_skill_label(r->fig.skills[best_k], label, sizeof label);
        fputs(_("<li>Strongest skill: <b>"), f);
        esc(f, label);
        fprintf(f,
                best_n == 1 ? _("</b>, %d%% accuracy on average at the learner's latest finished "
                                "attempt.</li>")
                            : _("</b>, %d%% accuracy on average at each learner's latest finished "
                                "attempt.</li>"),
                rp_pct_int(best));
        any = true;
    }
    for (int i = 0; i < r->fig.n_good && i < 2; i++) {
        fputs("<li>", f);
        tag_line(f, r, &r->fig.good[i], true);
        fputs(".</li>", f);
        any = true;
    }
    int ended = 0, good = 0;
    for (int li = 0; li < r->n_lr; li++)
        for (int si = 0; si < r->fig.n_sc; si++) {
            const rp_cell *c = rp_cell_at(r, li, si);
            if (!c || !c->latest_done) continue;
            ended++;
            good += c->latest_done->grade && strcmp(c->latest_done->grade, "good") == 0;
        }
    if (ended) {
        fprintf(f,
                P_("<li>%d of %d latest finished attempt ended well.</li>",
                   "<li>%d of %d latest finished attempts ended well.</li>", ended),
                good, ended);
        any = true;
    }
    if (!any) fputs(_("<li>Nothing to show yet: no attempt was finished.</li>"), f);
    fputs("</ul></dd>\n", f);
    if (r->fig.n_tags == 0) {
        fputs(_("<dt>Most common mistakes</dt><dd>None recorded.</dd>"), f);
    } else {
        fprintf(f, "<dt>%s</dt><dd><ol>",
                r->fig.n_tags == 1 ? _("The one mistake recorded")
                                   : _("The two most common mistakes"));
        for (int i = 0; i < r->fig.n_tags && i < 2; i++) {
            fputs("<li>", f);
            tag_line(f, r, &r->fig.tags[i], true);
            fputs(".</li>", f);
        }
        fputs("</ol></dd>", f);
    }
    fputs("</dl></section>\n", f);
}

/* Learner by scenario: how each learner's latest attempt ended, how often
 * they tried, their accuracy and its change within that scenario; then
 * time on task and, with a pack, how much of it they finished. */
static void html_grid(app_report *r, FILE *f)
{
    fputs(_("<section id=\"grid\"><h2>Learners by scenario</h2>\n<p class=\"hint\">Each cell is "
            "one learner's attempts at one scenario: how the latest attempt ended, the number of "
            "attempts (drills are not counted), the accuracy of the latest finished attempt (the "
            "mean over its skills), and, once two attempts are finished, the change in that "
            "accuracy since the first attempt <em>of the same scenario</em>. Time on task adds "
            "up the time from start to end of every attempt.</p>\n"),
          f);
    int cols = 0;
    for (int si = 0; si < r->fig.n_sc; si++)
        cols += attempted(r, si);
    if (r->n_lr == 0 || cols == 0) {
        fputs(_("<p>No attempts recorded.</p></section>\n"), f);
        return;
    }
    fputs(_("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>Learner</th>"), f);
    for (int si = 0; si < r->fig.n_sc; si++) {
        if (!attempted(r, si)) continue;
        fputs("<th>", f);
        esc(f, scen_name(&r->fig.sc[si]));
        fputs("</th>", f);
    }
    fputs(_("<th>Time on task</th>"), f);
    if (r->pack) fputs(_("<th>Pack done</th>"), f);
    fputs("</tr></thead><tbody>\n", f);
    for (int oi = 0; oi < r->n_lr; oi++) {
        int li = r->fig.order ? r->fig.order[oi] : oi;
        const rp_learner *l = &r->lr[li];
        fputs("<tr><td class=\"who\">", f);
        esc(f, l->shown);
        fputs("</td>", f);
        for (int si = 0; si < r->fig.n_sc; si++) {
            if (!attempted(r, si)) continue;
            const rp_cell *c = rp_cell_at(r, li, si);
            if (!c || !c->attempts) {
                fputs(_("<td class=\"cell\"><span class=\"meta\">not tried</span></td>"), f);
                continue;
            }
            const st_record *e = c->latest;
            const char *g = e->grade;
            bool known = g && (!strcmp(g, "good") || !strcmp(g, "mixed") || !strcmp(g, "poor"));
            char label[120];
            const char *words = app_ending_words(r->fig.sc[si].model, e->outcome);
            if (words)
                snprintf(label, sizeof label, "%s", words);
            else if (e->outcome)
                humanise(e->outcome, label, sizeof label);
            else
                snprintf(label, sizeof label, "%s", _("Not finished"));
            fprintf(f, "<td class=\"cell\"><span class=\"chip %s\">", e->outcome && known ? g : "");
            esc(f, label);
            fprintf(
                f, P_("</span><br><small>%d attempt", "</span><br><small>%d attempts", c->attempts),
                c->attempts);
            if (c->finished < c->attempts) fprintf(f, _(", %d finished"), c->finished);
            fputs("</small>", f);
            if (c->has_acc) fprintf(f, _("<br>%d%% accuracy"), rp_pct_int(c->acc));
            if (c->has_gain) {
                int d = rounded(c->gain);
                if (d)
                    fprintf(f,
                            _("<br><span class=\"%s\">%+d</span> <small>since the first</small>"),
                            d > 0 ? "up" : "down", d);
                else
                    fputs(_("<br><small>no change since the first</small>"), f);
            }
            fputs("</td>", f);
        }
        char d[40] = "&ndash;";
        if (l->n_timed) duration(l->seconds, d, sizeof d);
        fprintf(f, "<td class=\"num\">%s</td>", d);
        if (r->pack)
            fprintf(f, _("<td class=\"num\">%d of %d</td>"), l->pack_done, r->pack->n_items);
        fputs("</tr>\n", f);
    }
    fputs(_("</tbody><tfoot><tr><td>Change on average</td>"), f);
    for (int si = 0; si < r->fig.n_sc; si++) {
        const rp_scen *s = &r->fig.sc[si];
        if (!attempted(r, si)) continue;
        if (s->gain_n)
            fprintf(f,
                    P_("<td>%+d <small>over %d learner</small></td>",
                       "<td>%+d <small>over %d learners</small></td>", s->gain_n),
                    rounded(s->gain), s->gain_n);
        else
            fputs("<td>&ndash;</td>", f);
    }
    fprintf(f, "<td></td>%s</tr></tfoot></table></div></section>\n", r->pack ? "<td></td>" : "");
}

bool app_report_write_html(app_report *r, FILE *f)
{
    rp_analyse(r);
    char now[32];
    st_now(now, sizeof now);
    const char *when = r->o.generated ? r->o.generated : now;
    char pretty[64];
    /* "2026-11-25T10:04:10Z" -> "2026-11-25 10:04 UTC" */
    if (strlen(when) == 20 && when[10] == 'T' && when[19] == 'Z') {
        snprintf(pretty, sizeof pretty, "%.10s %.5s UTC", when, when + 11);
        when = pretty;
    }
    /* The page says which language it is in: the one its words follow. */
    fprintf(f,
            "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"rapport " RAPPORT_VERSION "\">\n"
            "<title>",
            app_i18n_catalog());
    if (r->pack) {
        esc(f, r->pack->title);
        /* TRANSLATORS: the page's title after a pack's: "Messy class: Workshop report" */
        fputs(_(": Workshop report"), f);
    } else {
        fputs(_("Workshop report"), f);
    }
    fputs("</title>\n<style>\n", f);
    fputs(CSS, f);
    fputs("</style></head><body><main>\n<header class=\"top\"><h1>", f);
    if (r->pack) {
        esc(f, r->pack->title);
        fputs(_(": workshop report"), f);
    } else {
        fputs(_("Workshop report"), f);
    }
    fputs("</h1><p>", f);
    fprintf(f, P_("%d learner", "%d learners", r->n_lr), r->n_lr);
    fputs(" &middot; ", f);
    fprintf(f, P_("%d session", "%d sessions", r->fig.n_whole), r->fig.n_whole);
    fputs(" &middot; ", f);
    fprintf(f, P_("%d scenario", "%d scenarios", r->fig.n_sc), r->fig.n_sc);
    /* TRANSLATORS: followed by the date and time the report was made */
    fputs(_(" &middot; made "), f);
    esc(f, when);
    if (r->o.anonymise) fputs(_(" &middot; names replaced by pseudonyms"), f);
    if (r->n_pr)
        fprintf(f,
                P_(" &middot; <b>%d problem with the input</b>",
                   " &middot; <b>%d problems with the input</b>", r->n_pr),
                r->n_pr);
    fputs("</p>\n<nav>", f);
    if (r->n_pr) fputs(_("<a href=\"#problems\">Problems with the input</a>"), f);
    fputs(_("<a href=\"#summary\">Summary</a><a href=\"#grid\">Learners by scenario</a>"
            "<a href=\"#overview\">At a glance</a><a href=\"#learners\">Skills by "
            "learner</a>"),
          f);
    if (r->fig.any_practice) fputs(_("<a href=\"#practice\">Practice between sessions</a>"), f);
    if (r->fig.any_confidence) fputs(_("<a href=\"#confidence\">Confidence</a>"), f);
    fputs(_("<a href=\"#improved\">Who improved most</a><a href=\"#mistakes\">Common "
            "mistakes</a><a href=\"#scenarios\">Scenarios</a></nav></header>\n"),
          f);
    html_problems(r, f);
    html_summary(r, f);
    html_grid(r, f);
    html_overview(r, f);
    html_learners(r, f);
    html_practice(r, f);   /* docs/practice.md */
    html_confidence(r, f); /* docs/practice.md */
    html_improved(r, f);
    html_mistakes(r, f);
    html_scenarios(r, f);
    fprintf(f,
            _("<footer>Made by rapport %s from progress files; nothing in this page is loaded "
              "from elsewhere.</footer>\n"),
            RAPPORT_VERSION);
    fputs("</main></body></html>\n", f);
    return !ferror(f);
}
