/* play.c: `rapport play`: the text-mode player, scripted runs and --json.
 * Deliberate practice in the terminal (docs/practice.md): --say-first asks
 * for the player's own words before the choices; at a terminal, the
 * confidence questions (when the player's settings ask for them) and the
 * homework follow-up (progress.c); the debrief replays the route from the
 * other person's side. */
#include "app.h"
#include "cli.h"
#include "i18n.h"
#include "ui.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define WIDTH 78

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* Prints text wrapped at WIDTH columns (by bytes; UTF-8 sequences stay whole);
 * the first line starts with first, later ones with indent. */
static void wrap_hanging(FILE *f, const char *first, const char *indent, const char *text)
{
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t line_len = nl ? (size_t)(nl - p) : strlen(p);
        size_t col = 0;
        fputs(first, f);
        first = indent;
        const char *q = p, *end = p + line_len;
        while (q < end) {
            const char *w = q;
            while (w < end && *w != ' ')
                w++;
            size_t wl = (size_t)(w - q);
            if (col > 0 && col + 1 + wl > WIDTH - strlen(indent) - 1) {
                fputc('\n', f);
                fputs(indent, f);
                col = 0;
            } else if (col > 0) {
                fputc(' ', f);
                col++;
            }
            fwrite(q, 1, wl, f);
            col += wl;
            q = w;
            while (q < end && *q == ' ')
                q++;
        }
        fputc('\n', f);
        p = nl ? nl + 1 : end;
    }
}

/* Names the speaker with their role the first time they speak, then by name. */
static void wrap(FILE *f, const char *indent, const char *text)
{
    wrap_hanging(f, indent, indent, text);
}

/* Prints who speaks: with their role the first time, then by name. */
static void speaker_line(FILE *f, const core_scenario *sc, int speaker, bool *introduced)
{
    const core_cast *c = &sc->cast[speaker];
    if (c->role[0] && !introduced[speaker])
        fprintf(f, "%s, %s:\n", c->name, c->role);
    else
        fprintf(f, "%s:\n", c->name);
    introduced[speaker] = true;
}

/* What the other person said straight back to the last choice (its `reply`),
 * spoken by whoever the player was answering. */
static void show_reply(FILE *f, app_play *p, bool *introduced)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    const char *reply = core_session_reply(s);
    int n = core_session_n_steps(s);
    if (!reply || n == 0) return;
    int speaker = sc->nodes[core_session_step(s, n - 1)->node].speaker;
    fputc('\n', f);
    if (speaker >= 0) {
        speaker_line(f, sc, speaker, introduced);
        wrap(f, "  ", reply);
    } else {
        wrap(f, "", reply);
    }
}

static void show_choices(FILE *f, app_play *p);

/* The line, then (with_choices) the numbered choices. */
static void show_node_ex(FILE *f, app_play *p, bool *introduced, bool with_choices)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    const core_node *n = core_session_node(s);
    show_reply(f, p, introduced);
    fputc('\n', f);
    if (core_session_cue(s)) {
        char buf[4200];
        snprintf(buf, sizeof buf, "(%s)", core_session_cue(s));
        wrap(f, "  ", buf);
    }
    if (n->speaker >= 0) {
        speaker_line(f, sc, n->speaker, introduced);
        wrap(f, "  ", core_session_text(s));
    } else {
        wrap(f, "", core_session_text(s));
    }
    if (core_session_status(s) != CORE_PLAYING || !with_choices) return;
    show_choices(f, p);
}

static void show_node(FILE *f, app_play *p, bool *introduced)
{
    show_node_ex(f, p, introduced, true);
}

static void show_choices(FILE *f, app_play *p)
{
    core_session *s = app_play_session(p);
    const core_node *n = core_session_node(s);
    fputc('\n', f);
    for (int i = 0; i < core_session_n_visible(s); i++) {
        char num[16];
        snprintf(num, sizeof num, "  %d. ", i + 1);
        wrap_hanging(f, num, "     ", n->choices[core_session_visible(s, i)].text);
    }
    if (n->timeout > 0) fprintf(f, _("  (answer within %g seconds)\n"), n->timeout);
}

/* The coach after a step: what it changed, and the author's feedback (the
 * choice's, or the node's timeout_feedback when the moment passed). */
static void show_effect(FILE *f, const core_scenario *sc, const core_step *st, const core_choice *c)
{
    char line[256] = "";
    size_t k = 0;
    for (int i = 0; i < sc->n_skills; i++) {
        if (st->score[i] == 0) continue;
        k += (size_t)snprintf(line + k, sizeof line - k, "%s%s %+g", k ? ", " : "", sc->skills[i],
                              st->score[i]);
        if (k >= sizeof line) break;
    }
    fprintf(f, _("\n  [coach] %s%s\n"), c ? "" : _("The moment passed while you hesitated. "),
            k ? line : _("no change in score"));
    const char *fb = c ? c->feedback : sc->nodes[st->node].timeout_feedback;
    if (fb) wrap(f, "  ", fb);
}

/* "Replay from Maya's side" (docs/practice.md, "Their side"): the player's
 * route again, with what the other person was thinking at each step where
 * the author wrote it: the node's thought as they spoke, then the chosen
 * line's thought as they heard it. lines[i] is the line as shown at step i
 * (NULL: the node's own text). */
static void their_side(FILE *f, app_play *p, char *const *lines)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    if (!app_side_has_thoughts(sc, s)) return;
    int side = app_side_person(sc, s);
    fprintf(f, _("Replay from %s's side:\n"), app_cast_name(sc, side));
    for (int i = 0; i < core_session_n_steps(s); i++) {
        const core_step *st = core_session_step(s, i);
        const core_node *n = &sc->nodes[st->node];
        const core_choice *c = st->choice >= 0 ? &n->choices[st->choice] : NULL;
        const char *who = app_cast_name(sc, n->speaker);
        const char *line = lines && lines[i] ? lines[i] : n->text ? n->text : "...";
        char buf[4400];
        snprintf(buf, sizeof buf, "%s: %.1000s", n->speaker >= 0 ? who : _("Narrator"), line);
        char num[16];
        snprintf(num, sizeof num, "  %d. ", i + 1);
        wrap_hanging(f, num, "     ", buf);
        if (n->thought) {
            snprintf(buf, sizeof buf, _("(%s, thinking: %s)"), who, n->thought);
            wrap(f, "     ", buf);
        }
        snprintf(buf, sizeof buf, _("You: %.1000s"), c ? c->text : _("(said nothing in time)"));
        wrap(f, "     ", buf);
        if (c && c->thought) {
            snprintf(buf, sizeof buf, _("(%s, hearing it: %s)"), who, c->thought);
            wrap(f, "     ", buf);
        }
    }
}

/* Say it first: the player's own words at each step beside the line they
 * picked as closest and that line's feedback. */
static void own_words(FILE *f, app_play *p, char *const *said, int n_said)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    bool any = false;
    for (int i = 0; i < core_session_n_steps(s) && i < n_said; i++) {
        if (!said[i]) continue;
        const core_step *st = core_session_step(s, i);
        const core_node *n = &sc->nodes[st->node];
        const core_choice *c = st->choice >= 0 ? &n->choices[st->choice] : NULL;
        if (!any) fprintf(f, _("Your own words, and the closest line you picked:\n"));
        any = true;
        char buf[4400];
        snprintf(buf, sizeof buf, _("You said: \"%.1500s\""), said[i]);
        wrap_hanging(f, "  - ", "    ", buf);
        snprintf(buf, sizeof buf, _("Closest: \"%.1000s\""),
                 c ? c->text : _("(the moment passed)"));
        wrap(f, "    ", buf);
        const char *fb = c ? c->feedback : n->timeout_feedback;
        if (fb) {
            snprintf(buf, sizeof buf, _("Feedback: %.2000s"), fb);
            wrap(f, "    ", buf);
        }
    }
}

static void debrief(FILE *f, app_play *p, char *const *lines, char *const *said, int n_said)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    app_result r;
    app_play_result(p, &r);
    const core_node *n = core_session_node(s);
    fprintf(f, _("\n== Debrief: %s ==\n"), sc->title);
    /* The label as recorded, unless the player's language words it. */
    const char *end = n->ending ? app_play_ending(p, n->ending) : NULL;
    const char *shown = !n->ending ? _("(not finished)") : end ? end : n->ending;
    fprintf(f, _("Outcome: %s%s%s%s\n"), shown, n->grade ? " (" : "",
            n->grade ? app_grade_label(n->grade) : "", n->grade ? ")" : "");
    /* Accuracy leads: each choice against the best one open at that moment,
     * so ending early or a short route neither helps nor hides anything. */
    fprintf(f, _("Accuracy (how close each of your choices was to the best one you had at that "
                 "moment):\n"));
    int weakest = -1;
    for (int k = 0; k < r.n_skills; k++) {
        const app_skill_result *sk = &r.skills[k];
        if (sk->has_accuracy)
            fprintf(f, "  %-12s %3.0f%%\n", _(core_skill_label(sk->name)), sk->accuracy);
        else
            fprintf(f, _("  %-12s  -   (no choice here changed it)\n"),
                    _(core_skill_label(sk->name)));
        double v = sk->has_accuracy ? sk->accuracy : 101;
        double w = weakest < 0                      ? 102
                   : r.skills[weakest].has_accuracy ? r.skills[weakest].accuracy
                                                    : 101;
        if (v < w) weakest = k;
    }
    fprintf(f, _("Points over the whole conversation:\n"));
    for (int k = 0; k < r.n_skills; k++) {
        const app_skill_result *sk = &r.skills[k];
        fprintf(f, _("  %-12s raw %+g  best %+g  worst %+g  (%.0f%% of the range)\n"),
                _(core_skill_label(sk->name)), sk->raw, sk->best, sk->worst, sk->percent);
    }
    if (!r.exact) fprintf(f, _("  (this scenario has loops: best and worst are bounds)\n"));
    own_words(f, p, said, n_said);
    their_side(f, p, lines);
    int nt = core_session_n_tags(s);
    if (nt > 0) {
        fprintf(f, _("What you did:"));
        for (int i = 0; i < nt; i++) {
            int cnt;
            const char *t = core_session_tag(s, i, &cnt);
            fprintf(f, "%s %s x%d", i ? "," : "", t, cnt);
        }
        fputc('\n', f);
    }
    /* Every tip the author wrote, the weakest skill's first: it is the one to
     * work on next. */
    if (weakest >= 0 && sc->debrief[weakest]) {
        fprintf(f, _("Tip for %s:\n"), _(sc->skills[weakest]));
        wrap(f, "  ", sc->debrief[weakest]);
    }
    for (int k = 0; k < sc->n_skills; k++) {
        if (k == weakest || !sc->debrief[k]) continue;
        fprintf(f, _("Tip for %s:\n"), _(sc->skills[k]));
        wrap(f, "  ", sc->debrief[k]);
    }
    if (sc->homework) {
        fprintf(f, _("This week, for real:\n"));
        wrap(f, "  ", sc->homework);
    }
}

static void print_json(FILE *f, app_play *p)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    const core_node *n = core_session_node(s);
    app_result r;
    app_play_result(p, &r);
    fputs("{\"scenario\":", f);
    cli_json_str(f, sc->id);
    fprintf(f, ",\"version\":%d,\"outcome\":", sc->version);
    if (core_session_status(s) == CORE_ENDED)
        cli_json_str(f, n->ending);
    else
        fputs("null", f);
    fputs(",\"grade\":", f);
    if (core_session_status(s) == CORE_ENDED && n->grade)
        cli_json_str(f, n->grade);
    else
        fputs("null", f);
    fputs(",\"path\":[", f);
    for (int i = 0; i < core_session_path_len(s); i++) {
        if (i) fputc(',', f);
        cli_json_str(f, sc->nodes[core_session_path(s, i)].id);
    }
    fputs("],\"choices\":[", f);
    for (int i = 0; i < core_session_n_steps(s); i++) { /* as --choices takes them */
        const core_step *st = core_session_step(s, i);
        if (st->choice == CORE_NONE)
            fprintf(f, "%s\"t\"", i ? "," : "");
        else
            fprintf(f, "%s%d", i ? "," : "", st->shown);
    }
    fputs("],\"seed\":", f);
    unsigned long seed;
    if (app_play_seed(p, &seed))
        fprintf(f, "%lu", seed);
    else
        fputs("null", f);
    fputs(",\"steps\":[", f);
    for (int i = 0; i < core_session_n_steps(s); i++) {
        const core_step *st = core_session_step(s, i);
        const core_node *sn = &sc->nodes[st->node];
        fputs(i ? ",{\"node\":" : "{\"node\":", f);
        cli_json_str(f, sn->id);
        fputs(",\"choice\":", f);
        cli_json_str(f, st->choice >= 0 ? sn->choices[st->choice].id : "timeout");
        fputs(",\"shown\":[", f);
        int n_order;
        const int *order = core_session_step_shown(s, i, &n_order);
        for (int k = 0; k < n_order; k++) {
            if (k) fputc(',', f);
            cli_json_str(f, sn->choices[order[k]].id);
        }
        fputc(']', f);
        if (core_session_step_reply(s, i)) {
            fputs(",\"reply\":", f);
            cli_json_str(f, core_session_step_reply(s, i));
        }
        fputc('}', f);
    }
    fputs("],\"skills\":{", f);
    for (int k = 0; k < r.n_skills; k++) {
        if (k) fputc(',', f);
        cli_json_str(f, r.skills[k].name);
        fprintf(f, ":{\"raw\":%.10g,\"best\":%.10g,\"worst\":%.10g,\"percent\":%.10g",
                r.skills[k].raw, r.skills[k].best, r.skills[k].worst, r.skills[k].percent);
        if (r.skills[k].has_accuracy)
            fprintf(f, ",\"accuracy\":%.10g}", r.skills[k].accuracy);
        else
            fputs(",\"accuracy\":null}", f);
    }
    fputs("},\"tags\":{", f);
    for (int i = 0; i < core_session_n_tags(s); i++) {
        int cnt;
        const char *t = core_session_tag(s, i, &cnt);
        if (i) fputc(',', f);
        cli_json_str(f, t);
        fprintf(f, ":%d", cnt);
    }
    fputs("}", f);
    if (core_session_status(s) == CORE_FAILED) {
        fputs(",\"error\":", f);
        cli_json_str(f, core_session_error(s));
    }
    fputs("}\n", f);
}

/* Waits for a line on stdin until deadline_ms (now_ms's clock; 0: no
 * deadline). Returns 1 with the line in buf, 0 at end of input, -1 when the
 * time ran out first. stdin is unbuffered (cli_play), so poll sees every
 * byte not yet read. */
static int read_line(char *buf, int n, double deadline_ms)
{
    int fd = fileno(stdin), got = 0;
    while (got < n - 1) {
        if (deadline_ms > 0) {
            double left = deadline_ms - now_ms();
            struct pollfd pf = {.fd = fd, .events = POLLIN};
            int r = left > 0 ? poll(&pf, 1, (int)left + 1) : 0;
            if (r < 0 && errno == EINTR) continue;
            if (r == 0) {
                /* What was typed of a line too late is not an answer to the next moment. */
                if (isatty(fd)) tcflush(fd, TCIFLUSH);
                return -1;
            }
        }
        int c = fgetc(stdin);
        if (c == EOF) break;
        buf[got++] = (char)c;
        if (c == '\n') break;
    }
    buf[got] = '\0';
    return got > 0 ? 1 : 0;
}

/* ---- deliberate practice in one terminal run (docs/practice.md) ---- */

typedef struct practice_state {
    bool say_first;              /* own words before the choices */
    bool ask;                    /* confidence before and after: a terminal, the setting on */
    int conf_before, conf_after; /* 1..5; 0 skipped or not asked */
    char **said;                 /* [cap] the words typed at step i, or NULL; owned */
    char **lines;                /* [cap] the line shown at step i, or NULL; owned */
    int cap;
} practice_state;

static void practice_free(practice_state *pr)
{
    for (int i = 0; i < pr->cap; i++) {
        free(pr->said[i]);
        free(pr->lines[i]);
    }
    free(pr->said);
    free(pr->lines);
    memset(pr, 0, sizeof *pr);
}

/* Space for step i; false when out of memory. */
static bool practice_grow(practice_state *pr, int i)
{
    if (i < pr->cap) return true;
    int nc = pr->cap ? pr->cap * 2 : 16;
    while (nc <= i)
        nc *= 2;
    char **a = realloc(pr->said, sizeof *a * (size_t)nc);
    if (!a) return false;
    pr->said = a;
    char **b = realloc(pr->lines, sizeof *b * (size_t)nc);
    if (!b) return false;
    pr->lines = b;
    for (int k = pr->cap; k < nc; k++)
        pr->said[k] = pr->lines[k] = NULL;
    pr->cap = nc;
    return true;
}

/* Puts a copy of text (NULL: none) as step i's words or line. */
static void practice_put(practice_state *pr, char **v, int i, const char *text)
{
    (void)pr;
    free(v[i]);
    v[i] = text ? core_strdup(text) : NULL;
}

/* The player's settings: say it first, and whether to ask for confidence. */
static void practice_settings(const cli_opts *o, bool *say_first, bool *ask_confidence)
{
    *say_first = *ask_confidence = false;
    char *dir = st_data_dir(o->data_dir);
    char *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    st_progress p;
    char msg[1200];
    if (file) {
        st_status st = st_load_recent(file, cli_player(o), &p, msg, sizeof msg);
        if (st == ST_OK || st == ST_SET_ASIDE) {
            *say_first = p.settings.say_first;
            *ask_confidence = p.settings.ask_confidence;
        }
        st_progress_free(&p);
    }
    free(file);
    free(dir);
}

/* "How confident do you feel ...?" 1 to 5, Enter skips. Returns 1..5, 0 when
 * skipped, -1 at the end of input. */
static int ask_confidence(FILE *out, bool before)
{
    fprintf(out, _("\n%s (1 = not at all, 5 = very; Enter skips)\n> "),
            before ? _("How confident do you feel about a conversation like this?")
                   : _("And now: how confident do you feel about a conversation like this?"));
    fflush(out);
    char line[64];
    if (read_line(line, sizeof line, 0) == 0) return -1;
    int v = atoi(line);
    return v >= 1 && v <= 5 ? v : 0;
}

/* Returns false when the session could not be recorded (the message says why). */
static bool save(const cli_opts *o, app_play *p, const char *started, bool quiet,
                 const practice_state *pr, const char *pack_id)
{
    if (o->no_save) return true;
    char *dir = st_data_dir(o->data_dir);
    char *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    app_record_req q = {.progress_file = file,
                        .player = cli_player(o),
                        .mode = o->assessed ? "assessed" : "practice",
                        .pack = pack_id,
                        .started = started,
                        .confidence_before = pr->conf_before,
                        .confidence_after = pr->conf_after,
                        /* In the same save, in the player's file only. */
                        .homework = app_play_scenario(p)->homework,
                        .said = (const char *const *)pr->said,
                        .n_said = pr->cap};
    app_record_result res;
    app_record_session(p, &q, &res);
    bool saved = res.status == APP_REC_SAVED || res.status == APP_REC_SAVED_ASIDE;
    if (res.status == APP_REC_PARTIAL) { /* start anywhere: an author's run */
        if (!quiet)
            fprintf(stdout,
                    _("\n(started with --from, --fact or --trust: not saved as a session)\n"));
        saved = true;
    } else if (res.status == APP_REC_FAILED) {
        fprintf(stderr, _("rapport: the session was not saved: %s\n"), res.msg);
    } else if (res.msg[0]) {
        fprintf(stderr, "rapport: %s\n", res.msg);
    } else if (!quiet) {
        fprintf(stdout, _("\nSaved to %s.\n"), file);
    }
    if (saved && res.status != APP_REC_PARTIAL) cli_lrs_after_session(file, &res, quiet);
    free(file);
    free(dir);
    return saved;
}

bool cli_choices_valid(const char *s, char *why, size_t n)
{
    int k = 0;
    for (const char *p = s;;) {
        while (*p == ' ')
            p++;
        k++;
        const char *tok = p;
        if (*p == 't' || *p == 'T') {
            p++;
        } else {
            long v = 0;
            while (*p >= '0' && *p <= '9' && v < 100000)
                v = v * 10 + (*p++ - '0');
            if (p == tok || v < 1 || v >= 100000) {
                snprintf(why, n,
                         _("item %d of --choices is '%.*s'; give choice numbers from 1 (or t "
                           "for a timeout), separated by commas, as in 1,2,t,1"),
                         k, (int)strcspn(tok, ","), tok);
                return false;
            }
        }
        while (*p == ' ')
            p++;
        if (!*p) return true;
        if (*p != ',') {
            snprintf(why, n,
                     _("item %d of --choices is '%.*s'; give choice numbers from 1 (or t for "
                       "a timeout), separated by commas, as in 1,2,t,1"),
                     k, (int)strcspn(tok, ","), tok);
            return false;
        }
        p++;
    }
}

/* One run of the terminal player: what cli_play's steps share. */
typedef struct play_run {
    const cli_opts *o;
    app_play *p;
    core_session *s;
    FILE *out;           /* the transcript: stdout, or stderr under --json */
    bool quiet;          /* a scripted --json run prints nothing but the JSON */
    bool practice;       /* feedback after each choice, going back allowed */
    bool interactive;    /* typed at the keyboard, not --choices */
    const char *c;       /* what is left of --choices */
    bool *introduced;    /* per cast member: role said once */
    practice_state pr;   /* say it first, confidence, the lines shown */
    const char *pack_id; /* play --pack: the pack the session belongs to, or NULL */
} play_run;

typedef enum play_next {
    NEXT_PICK,    /* a choice number in *pick */
    NEXT_TIMEOUT, /* the moment passes (t, or the clock ran out) */
    NEXT_AGAIN,   /* nothing to apply (went back, or asked again) */
    NEXT_END,     /* the --choices list ran out */
    NEXT_QUIT,    /* q or end of input: stop without saving */
    NEXT_BAD      /* a malformed --choices item (already said) */
} play_next;

/* The next item of --choices. */
static play_next next_scripted(play_run *r, int *pick)
{
    while (*r->c == ',' || *r->c == ' ')
        r->c++;
    if (!*r->c) return NEXT_END; /* the list ran out before an ending */
    if (*r->c == 't' || *r->c == 'T') {
        r->c++;
        return NEXT_TIMEOUT;
    }
    char *end;
    errno = 0;
    long v = strtol(r->c, &end, 10);
    if (end == r->c || errno || (*end && *end != ',')) {
        fprintf(stderr,
                _("rapport: --choices wants numbers separated by commas (or t for a timeout), "
                  "not '%s'\n"),
                r->c);
        return NEXT_BAD;
    }
    *pick = v > 0 && v < 100000 ? (int)v : -1;
    r->c = end;
    return NEXT_PICK;
}

/* The next line typed at the prompt. A timed moment passes on the clock, as
 * in the window, not when the late answer finally arrives. */
static play_next next_typed(play_run *r, double t0, int *pick)
{
    fputs("> ", r->out);
    fflush(r->out);
    char line[256];
    const core_node *tn = core_session_node(r->s);
    bool timed = tn->timeout > 0 && tn->on_timeout != CORE_NONE;
    int got = read_line(line, sizeof line, timed ? t0 + tn->timeout * 1000.0 : 0);
    if (got < 0) {
        fputs(_("\n(time's up: the moment passed)\n"), r->out);
        return NEXT_TIMEOUT;
    }
    if (got == 0 || line[0] == 'q') {
        fputs(got == 0 ? _("\n(stopped; this session was not saved)\n")
                       : _("(stopped; this session was not saved)\n"),
              r->out);
        return NEXT_QUIT;
    }
    if (line[0] == 'b') {
        if (!r->practice)
            fputs(_("(an assessed session does not go back)\n"), r->out);
        else if (core_session_rewind(r->s) != 0)
            fputs(_("(nothing to go back to)\n"), r->out);
        return NEXT_AGAIN;
    }
    *pick = atoi(line);
    return NEXT_PICK;
}

/* Say it first: at an untimed moment of an interactive run, the player's
 * own words come before the choices (a timed one asks for a quick pick). */
static bool wants_words(const play_run *r)
{
    const core_node *n = core_session_node(r->s);
    return r->pr.say_first && r->interactive && !(n->timeout > 0 && n->on_timeout != CORE_NONE);
}

/* Asks for the player's words at this step and keeps them. Returns
 * NEXT_QUIT on q or the end of input, else NEXT_AGAIN. */
static play_next ask_words(play_run *r)
{
    fputs(_("\nWhat would you say? Type it in your own words, then Enter (Enter alone skips).\n> "),
          r->out);
    fflush(r->out);
    char line[2048];
    int got = read_line(line, sizeof line, 0);
    line[strcspn(line, "\r\n")] = '\0';
    if (got == 0 || strcmp(line, "q") == 0) {
        fputs(got == 0 ? _("\n(stopped; this session was not saved)\n")
                       : _("(stopped; this session was not saved)\n"),
              r->out);
        return NEXT_QUIT;
    }
    int i = core_session_n_steps(r->s);
    if (practice_grow(&r->pr, i)) practice_put(&r->pr, r->pr.said, i, line[0] ? line : NULL);
    if (line[0]) fputs(_("\nWhich of these is closest to what you said?"), r->out);
    show_choices(r->out, r->p);
    return NEXT_AGAIN;
}

/* Applies a pick or a pass and shows the coach; returns 1 when a scripted
 * item does not fit (the message is printed), else 0. */
static int take_step(play_run *r, play_next k, int pick, double ms)
{
    const core_node *n = core_session_node(r->s);
    const core_scenario *sc = app_play_scenario(r->p);
    if (k == NEXT_PICK && r->interactive && n->timeout > 0 && ms > n->timeout * 1000.0) {
        fprintf(r->out, _("(too slow: %.1f s; the moment passed)\n"), ms / 1000.0);
        k = NEXT_TIMEOUT;
    }
    if (k == NEXT_TIMEOUT) {
        if (core_session_timeout(r->s, ms) != 0) {
            if (r->interactive) return 0;
            fprintf(stderr,
                    _("rapport: choice %d of --choices is 't', but node '%s' has no timeout\n"),
                    core_session_n_steps(r->s) + 1, n->id);
            return 1;
        }
        if (!r->quiet && r->practice)
            show_effect(r->out, sc, core_session_step(r->s, core_session_n_steps(r->s) - 1), NULL);
        else if (!r->quiet)
            fprintf(r->out, _("\n(the moment passed)\n"));
        return 0;
    }
    if (core_session_choose(r->s, pick, ms) != 0) {
        char shown[1200];
        app_describe_shown(r->p, shown, sizeof shown);
        if (r->interactive) {
            fprintf(stdout, _("(please type a number from 1 to %d)\n"),
                    core_session_n_visible(r->s));
            return 0;
        }
        fprintf(stderr, _("rapport: choice %d of --choices is %d, but %s\n"),
                core_session_n_steps(r->s) + 1, pick, shown);
        return 1;
    }
    int last = core_session_n_steps(r->s) - 1;
    const core_step *st = core_session_step(r->s, last);
    if (!r->quiet && r->practice && st && st->choice >= 0) {
        if (last < r->pr.cap && r->pr.said[last]) { /* their words beside the feedback */
            char buf[2200];
            snprintf(buf, sizeof buf, _("You said first: \"%.2000s\""), r->pr.said[last]);
            fputc('\n', r->out);
            wrap(r->out, "  ", buf);
        }
        show_effect(r->out, sc, st, &sc->nodes[st->node].choices[st->choice]);
    }
    return 0;
}

/* After the last step: what went wrong, the debrief, the save and the JSON.
 * Returns the exit code. */
static int finish(play_run *r, const char *started, int rc)
{
    core_session *s = r->s;
    bool save_failed = false;
    if (core_session_status(s) == CORE_FAILED) {
        fprintf(stderr, _("rapport: the scenario stopped: %s\n"), core_session_error(s));
        rc = 1;
    }
    if (r->c && core_session_status(s) == CORE_ENDED) {
        while (*r->c == ',' || *r->c == ' ')
            r->c++;
        if (*r->c)
            fprintf(stderr,
                    _("rapport: the conversation ended after %d choices; the rest of --choices "
                      "(%s) was not used\n"),
                    core_session_n_steps(s), r->c);
    }
    if (core_session_status(s) == CORE_ENDED) {
        if (!r->quiet) show_node(r->out, r->p, r->introduced);
        if (r->pr.ask) {
            int v = ask_confidence(r->out, false);
            r->pr.conf_after = v > 0 ? v : 0;
        }
        if (!r->quiet)
            debrief(r->out, r->p, r->pr.lines, r->pr.said,
                    r->pr.cap < core_session_n_steps(s) ? r->pr.cap : core_session_n_steps(s));
        /* The run itself succeeded, so --json still prints it, but a script
         * must see that it was not recorded. */
        if (!save(r->o, r->p, started, r->quiet, &r->pr, r->pack_id)) save_failed = true;
    } else if (rc == 0 && !r->quiet) {
        fprintf(r->out, _("\n(the choices ran out before an ending; not saved)\n"));
    }
    if (r->o->json && (rc == 0 || core_session_status(s) == CORE_FAILED)) print_json(stdout, r->p);
    return rc == 0 && save_failed ? 1 : rc;
}

static int play_pack(const cli_opts *o);

/* A pack entry's part in play_one: the pack the recorded session belongs to,
 * the entry's clock (shown, not enforced, as in the window) and whether the
 * session reached an ending and was recorded. */
typedef struct pack_run {
    const char *id;    /* the pack's id; borrowed */
    double time_limit; /* seconds; 0: no clock */
    double time_used;  /* seconds the clock had run before (the player's place) */
    bool ended;        /* out */
} pack_run;

/* One scenario in the terminal (or the window without --text); pk is NULL
 * outside a pack. */
static int play_one(const cli_opts *o, const char *arg, pack_run *pk);

int cli_play(const cli_opts *o)
{
    /* Unbuffered, so read_line's poll sees exactly what is still to read;
     * set once, before anything reads stdin (a pack plays several runs). */
    if (!o->choices) setvbuf(stdin, NULL, _IONBF, 0);
    if (o->pack) return play_pack(o);
    if (o->restart) {
        fprintf(stderr, _("rapport: --restart goes with play --text --pack\n"));
        return 2;
    }
    if (o->n_args != 1) {
        fprintf(stderr, _("rapport: play needs one FILE or ID (or --pack PACK.pack.lua)\n"));
        return 2;
    }
    return play_one(o, o->args[0], NULL);
}

/* The player's place in the pack (docs/workshops.md, pack-place.schema.json),
 * as the window keeps it: which entries are done and when each clock started. */
typedef struct pack_place {
    char *file; /* NULL: nothing kept (--no-save); owned */
    bool *done;
    long long *started; /* [n_items] each; owned */
} pack_place;

/* Reads the place, or with --restart forgets it. False when out of memory. */
static bool place_open(const cli_opts *o, const core_pack *pk, pack_place *pl)
{
    size_t n = (size_t)(pk->n_items > 0 ? pk->n_items : 1);
    pl->done = calloc(n, sizeof *pl->done);
    pl->started = calloc(n, sizeof *pl->started);
    if (!pl->done || !pl->started) return false;
    if (o->no_save) return true;
    char *dir = st_data_dir(o->data_dir);
    pl->file = dir ? app_pack_place_file(dir, cli_player(o), pk->id) : NULL;
    free(dir);
    if (!pl->file) return false;
    if (o->restart) return true; /* written afresh when the first clock starts */
    char msg[800];
    app_place_status st =
        app_pack_place_load(pl->file, pk, cli_player(o), pl->done, pl->started, msg, sizeof msg);
    if (st == APP_PLACE_SET_ASIDE || st == APP_PLACE_FAILED) fprintf(stderr, "rapport: %s\n", msg);
    long long now = app_pack_place_now();
    for (int i = 0; i < pk->n_items; i++)
        pl->started[i] = app_pack_place_clock(pl->started[i], now);
    return true;
}

static void place_save(const cli_opts *o, const core_pack *pk, const pack_place *pl)
{
    char msg[600];
    if (pl->file &&
        !app_pack_place_save(pl->file, pk, cli_player(o), pl->done, pl->started, msg, sizeof msg))
        fprintf(stderr, "rapport: %s\n", msg);
}

static void place_close(pack_place *pl)
{
    free(pl->file);
    free(pl->done);
    free(pl->started);
}

/* `play --pack PACK --text`: the pack's entries in order, each in its mode,
 * its clock shown, its discussion prompts after it, every recorded session
 * carrying the pack's id (docs/workshops.md). It starts at the player's first
 * entry not done, with the clocks where they were, and keeps the place as the
 * window does, so the two can take turns; --restart begins anew. */
static int play_pack(const cli_opts *o)
{
    if (o->n_args != 0 || o->choices || o->from || o->n_facts || o->n_trust) {
        fprintf(stderr, _("rapport: play --pack takes no FILE, --choices, --from, --fact or "
                          "--trust: it plays the pack's scenarios in order\n"));
        return 2;
    }
    if (!o->text) { /* the window has its own pack screen */
        if (o->restart) {
            fprintf(stderr, _("rapport: --restart goes with play --text --pack; in the window, "
                              "delete the pack's place file to begin anew (docs/workshops.md)\n"));
            return 2;
        }
        ui_options u = {.data_dir = o->data_dir,
                        .player = o->player,
                        .pack = o->pack,
                        .has_seed = o->has_seed,
                        .seed = o->seed};
        return ui_run(&u);
    }
    app_library lib = {0};
    char *dir = app_library_dir();
    bool scanned = dir && app_library_scan(dir, &lib);
    free(dir);
    core_diags d = {0};
    core_pack *pk = scanned ? app_pack_load(o->pack, &lib, &d) : NULL;
    if (!pk || d.errors) {
        if (!scanned) fprintf(stderr, _("rapport: the scenario library cannot be read\n"));
        core_diags_print(&d, stderr);
        core_diags_free(&d);
        app_pack_free(pk);
        app_library_free(&lib);
        return 1;
    }
    core_diags_free(&d);
    pack_place pl = {0};
    if (!place_open(o, pk, &pl)) {
        fprintf(stderr, _("rapport: out of memory\n"));
        place_close(&pl);
        app_pack_free(pk);
        app_library_free(&lib);
        return 1;
    }
    printf("== %s ==\n", pk->title);
    if (pk->summary[0]) wrap(stdout, "", pk->summary);
    int first = -1, n_done = 0;
    for (int i = 0; i < pk->n_items; i++) {
        const core_pack_item *it = &pk->items[i];
        int li = app_library_find(&lib, it->scenario);
        printf("  %d. %s (%s", i + 1, li >= 0 ? lib.v[li].title : it->scenario,
               app_pack_mode_name(it->mode));
        if (it->time_limit > 0) printf(_(", %.0f min"), it->time_limit / 60.0);
        if (pl.done[i]) printf("%s", _(", done"));
        printf(")\n");
        n_done += pl.done[i];
        if (first < 0 && !pl.done[i]) first = i;
    }
    if (first < 0) first = 0; /* all done: from the start again, as the window offers */
    if (n_done > 0)
        printf(_("(Your place: %d of %d done; this run starts at %d. --restart begins the pack "
                 "anew.)\n"),
               n_done, pk->n_items, first + 1);
    int rc = 0;
    for (int i = first; i < pk->n_items && rc == 0; i++) {
        const core_pack_item *it = &pk->items[i];
        int li = app_library_find(&lib, it->scenario);
        printf(_("\n== %d of %d ==\n"), i + 1, pk->n_items);
        cli_opts one = *o; /* the entry's mode is the pack's, whatever --assessed says */
        one.assessed = it->mode == CORE_PACK_ASSESSED;
        one.pack = NULL;
        long long now = app_pack_place_now();
        if (!pl.started[i]) { /* its clock starts when the player first opens it */
            pl.started[i] = now;
            place_save(o, pk, &pl);
        }
        pack_run run = {.id = pk->id,
                        .time_limit = it->time_limit,
                        .time_used = (double)(now - pl.started[i]) / 1000.0};
        rc = play_one(&one, li >= 0 ? lib.v[li].file : it->scenario, &run);
        if (run.ended && !pl.done[i]) {
            pl.done[i] = true;
            place_save(o, pk, &pl);
        }
        if (rc != 0) break;
        if (it->n_prompts > 0) {
            printf(_("\nFor discussion:\n"));
            for (int k = 0; k < it->n_prompts; k++)
                wrap_hanging(stdout, "  - ", "    ", it->prompts[k]);
        }
        if (i + 1 < pk->n_items) {
            printf(_("\n(Enter: the next scenario; q: stop here)\n"));
            char line[64];
            if (read_line(line, sizeof line, 0) != 1 || line[0] == 'q') break;
        }
    }
    if (rc == 0) printf(_("\nEnd of the pack.\n"));
    place_close(&pl);
    app_pack_free(pk);
    app_library_free(&lib);
    return rc;
}

static int play_one(const cli_opts *o, const char *arg, pack_run *pk)
{
    const char *pack_id = pk ? pk->id : NULL;
    double time_limit = pk ? pk->time_limit : 0;
    if (o->say_first && o->choices) {
        fprintf(stderr,
                _("rapport: --say-first asks for your own words at the keyboard; it does not "
                  "go with --choices\n"));
        return 2;
    }
    char *file = cli_resolve(arg);
    if (!file) return 1;
    if (!o->text && !o->json && !o->choices) {
        ui_options u = {.data_dir = o->data_dir,
                        .player = o->player,
                        .scenario = file,
                        .from_node = o->from,
                        .facts = o->facts,
                        .n_facts = o->n_facts,
                        .trust_keys = o->trust_keys,
                        .trust = o->trust,
                        .n_trust = o->n_trust,
                        .has_seed = o->has_seed,
                        .seed = o->seed,
                        .say_first = o->say_first};
        int rc = ui_run(&u);
        free(file);
        return rc;
    }
    /* Warnings do not stop play, but an author running it in a terminal wants them. */
    app_play *p = cli_open(file, o->json);
    free(file);
    if (!p) return 1;
    char msg[1400];
    if ((o->from || o->n_facts || o->n_trust) &&
        !app_play_start_at(p, o->from, o->facts, o->n_facts, o->trust_keys, o->trust, o->n_trust,
                           msg, sizeof msg)) {
        fprintf(stderr, "rapport: %s\n", msg);
        app_play_close(p);
        return 1;
    }
    /* Shuffled choices (design.md "Choice order"): a learner at the keyboard
     * gets a fresh order every session; a script keeps the author's order
     * unless it names a seed, so --choices lists stay stable. */
    if (o->has_seed)
        app_play_set_seed(p, o->seed);
    else if (!o->choices)
        app_play_set_seed(p, app_new_seed());
    char started[32];
    st_now(started, sizeof started);
    core_session *s = app_play_session(p);
    /* With --json, stdout holds the JSON object alone; an interactive run
     * shows its transcript and prompts on stderr. */
    FILE *out = o->json ? stderr : stdout;
    bool quiet = o->json && o->choices;
    bool practice = !o->assessed;
    int rc = 0;
    bool *introduced = calloc((size_t)app_play_scenario(p)->n_cast + 1, sizeof(bool));
    if (!introduced) {
        app_play_close(p);
        return 1;
    }
    play_run r = {.o = o,
                  .p = p,
                  .s = s,
                  .out = out,
                  .quiet = quiet,
                  .practice = practice,
                  .interactive = !o->choices,
                  .c = o->choices,
                  .introduced = introduced,
                  .pack_id = pack_id};
    if (r.interactive) {
        /* Questions about the player (docs/practice.md) are asked only at a
         * terminal: a script piping choices in is never asked. */
        bool words = false, conf = false;
        practice_settings(o, &words, &conf);
        bool tty = isatty(fileno(stdin)) != 0;
        bool saved = !o->no_save && !o->from && !o->n_facts && !o->n_trust;
        r.pr.say_first = o->say_first || words;
        r.pr.ask = tty && conf && saved;
        if (tty && saved && !o->json) cli_ask_homework(o); /* stdout is the JSON's alone */
    }
    if (!quiet) {
        const core_scenario *sc = app_play_scenario(p);
        fprintf(out, "== %s ==\n", sc->title);
        if (sc->summary[0]) wrap(out, "", sc->summary);
        if (r.interactive && practice)
            fprintf(out, _("(type a number and Enter; b goes back one choice; q quits)\n"));
        else if (r.interactive) /* assessed: no going back, as in the window */
            fprintf(out, _("(type a number and Enter; q quits)\n"));
        if (r.pr.say_first)
            fprintf(out, _("(say it first: at each moment, type what you would say before the "
                           "choices appear)\n"));
    }
    if (r.pr.ask) {
        int v = ask_confidence(out, true);
        if (v < 0) {
            practice_free(&r.pr);
            free(introduced);
            app_play_close(p);
            return 0;
        }
        r.pr.conf_before = v;
    }
    double pack_t0 = now_ms() - (pk ? pk->time_used * 1000.0 : 0); /* the clock goes on */
    bool said_time_up = false;
    if (time_limit > 0 && !quiet)
        fprintf(out, _("(the pack gives this scenario %.0f min)\n"), time_limit / 60.0);
    if (time_limit > 0 && !quiet && pk->time_used >= 1 && pk->time_used < time_limit) {
        int left = (int)(time_limit - pk->time_used);
        fprintf(out, _("(its clock started earlier: %d:%02d left)\n"), left / 60, left % 60);
    }
    while (core_session_status(s) == CORE_PLAYING && rc == 0) {
        /* The pack's clock is shown, not enforced, as in the window. */
        if (time_limit > 0 && !said_time_up && !quiet && now_ms() - pack_t0 > time_limit * 1000) {
            fprintf(out, _("(time is up for this scenario: finish your answer, then move on)\n"));
            said_time_up = true;
        }
        bool words = wants_words(&r);
        if (!quiet) show_node_ex(out, p, introduced, !words);
        int step = core_session_n_steps(s);
        if (practice_grow(&r.pr, step)) practice_put(&r.pr, r.pr.lines, step, core_session_text(s));
        play_next k = words ? ask_words(&r) : NEXT_AGAIN;
        double t0 = now_ms(); /* the pick is timed from when the choices appear */
        int pick = 0;
        if (k != NEXT_QUIT)
            k = r.interactive ? next_typed(&r, t0, &pick) : next_scripted(&r, &pick);
        if (k == NEXT_END) break;
        if (k == NEXT_QUIT) {
            practice_free(&r.pr);
            free(introduced);
            app_play_close(p);
            return 0;
        }
        if (k == NEXT_BAD)
            rc = 2;
        else if (k != NEXT_AGAIN)
            rc = take_step(&r, k, pick, now_ms() - t0);
    }
    rc = finish(&r, started, rc);
    if (pk) pk->ended = rc == 0 && core_session_status(s) == CORE_ENDED;
    practice_free(&r.pr);
    free(introduced);
    app_play_close(p);
    return rc;
}
