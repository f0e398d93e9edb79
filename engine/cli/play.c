/* play.c: `rapport play`: the text-mode player, scripted runs and --json. */
#include "app.h"
#include "cli.h"
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

static void show_node(FILE *f, app_play *p, bool *introduced)
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
    if (core_session_status(s) != CORE_PLAYING) return;
    fputc('\n', f);
    for (int i = 0; i < core_session_n_visible(s); i++) {
        char num[16];
        snprintf(num, sizeof num, "  %d. ", i + 1);
        wrap_hanging(f, num, "     ", n->choices[core_session_visible(s, i)].text);
    }
    if (n->timeout > 0) fprintf(f, "  (answer within %g seconds)\n", n->timeout);
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
    fprintf(f, "\n  [coach] %s%s\n", c ? "" : "The moment passed while you hesitated. ",
            k ? line : "no change in score");
    const char *fb = c ? c->feedback : sc->nodes[st->node].timeout_feedback;
    if (fb) wrap(f, "  ", fb);
}

/* "Their side": what the other person thought at each step, where the
 * author wrote it (a node's thought, then the thought on the chosen line). */
static void their_side(FILE *f, app_play *p)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    bool any = false;
    for (int i = 0; i < core_session_n_steps(s); i++) {
        const core_step *st = core_session_step(s, i);
        const core_node *n = &sc->nodes[st->node];
        const core_choice *c = st->choice >= 0 ? &n->choices[st->choice] : NULL;
        const char *who = n->speaker >= 0 ? sc->cast[n->speaker].name : "They";
        for (int k = 0; k < 2; k++) {
            const char *t = k == 0 ? n->thought : c ? c->thought : NULL;
            if (!t) continue;
            if (!any) fprintf(f, "Their side:\n");
            any = true;
            char line[4400];
            if (k == 1)
                snprintf(line, sizeof line, "You: \"%.300s\" - %s thought: %s", c->text, who, t);
            else
                snprintf(line, sizeof line, "%s thought: %s", who, t);
            wrap_hanging(f, "  - ", "    ", line);
        }
    }
}

static void debrief(FILE *f, app_play *p)
{
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    app_result r;
    app_play_result(p, &r);
    const core_node *n = core_session_node(s);
    fprintf(f, "\n== Debrief: %s ==\n", sc->title);
    fprintf(f, "Outcome: %s%s%s%s\n", n->ending ? n->ending : "(not finished)",
            n->grade ? " (" : "", n->grade ? n->grade : "", n->grade ? ")" : "");
    /* Accuracy leads: each choice against the best one open at that moment,
     * so ending early or a short route neither helps nor hides anything. */
    fprintf(f, "Accuracy (how close each of your choices was to the best one you had at that "
               "moment):\n");
    int weakest = -1;
    for (int k = 0; k < r.n_skills; k++) {
        const app_skill_result *sk = &r.skills[k];
        if (sk->has_accuracy)
            fprintf(f, "  %-12s %3.0f%%\n", core_skill_label(sk->name), sk->accuracy);
        else
            fprintf(f, "  %-12s  -   (no choice here changed it)\n", core_skill_label(sk->name));
        double v = sk->has_accuracy ? sk->accuracy : 101;
        double w = weakest < 0                      ? 102
                   : r.skills[weakest].has_accuracy ? r.skills[weakest].accuracy
                                                    : 101;
        if (v < w) weakest = k;
    }
    fprintf(f, "Points over the whole conversation:\n");
    for (int k = 0; k < r.n_skills; k++) {
        const app_skill_result *sk = &r.skills[k];
        fprintf(f, "  %-12s raw %+g  best %+g  worst %+g  (%.0f%% of the range)\n",
                core_skill_label(sk->name), sk->raw, sk->best, sk->worst, sk->percent);
    }
    if (!r.exact) fprintf(f, "  (this scenario has loops: best and worst are bounds)\n");
    their_side(f, p);
    int nt = core_session_n_tags(s);
    if (nt > 0) {
        fprintf(f, "What you did:");
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
        fprintf(f, "Tip for %s:\n", sc->skills[weakest]);
        wrap(f, "  ", sc->debrief[weakest]);
    }
    for (int k = 0; k < sc->n_skills; k++) {
        if (k == weakest || !sc->debrief[k]) continue;
        fprintf(f, "Tip for %s:\n", sc->skills[k]);
        wrap(f, "  ", sc->debrief[k]);
    }
    if (sc->homework) {
        fprintf(f, "This week, for real:\n");
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

/* Returns false when the session could not be recorded (the message says why). */
static bool save(const cli_opts *o, app_play *p, const char *started, bool quiet)
{
    if (o->no_save) return true;
    char *dir = st_data_dir(o->data_dir);
    char *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    app_record_req q = {.progress_file = file,
                        .player = cli_player(o),
                        .mode = o->assessed ? "assessed" : "practice",
                        .started = started};
    app_record_result res;
    app_record_session(p, &q, &res);
    bool saved = res.status == APP_REC_SAVED || res.status == APP_REC_SAVED_ASIDE;
    if (res.status == APP_REC_PARTIAL) { /* start anywhere: an author's run */
        if (!quiet)
            fprintf(stdout, "\n(started with --from, --fact or --trust: not saved as a session)\n");
        saved = true;
    } else if (res.status == APP_REC_FAILED) {
        fprintf(stderr, "rapport: the session was not saved: %s\n", res.msg);
    } else if (res.msg[0]) {
        fprintf(stderr, "rapport: %s\n", res.msg);
    } else if (!quiet) {
        fprintf(stdout, "\nSaved to %s.\n", file);
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
                         "item %d of --choices is '%.*s'; give choice numbers from 1 (or t "
                         "for a timeout), separated by commas, as in 1,2,t,1",
                         k, (int)strcspn(tok, ","), tok);
                return false;
            }
        }
        while (*p == ' ')
            p++;
        if (!*p) return true;
        if (*p != ',') {
            snprintf(why, n,
                     "item %d of --choices is '%.*s'; give choice numbers from 1 (or t for "
                     "a timeout), separated by commas, as in 1,2,t,1",
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
    FILE *out;        /* the transcript: stdout, or stderr under --json */
    bool quiet;       /* a scripted --json run prints nothing but the JSON */
    bool practice;    /* feedback after each choice, going back allowed */
    bool interactive; /* typed at the keyboard, not --choices */
    const char *c;    /* what is left of --choices */
    bool *introduced; /* per cast member: role said once */
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
                "rapport: --choices wants numbers separated by commas (or t for a timeout), "
                "not '%s'\n",
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
        fputs("\n(time's up: the moment passed)\n", r->out);
        return NEXT_TIMEOUT;
    }
    if (got == 0 || line[0] == 'q') {
        fputs(got == 0 ? "\n(stopped; this session was not saved)\n"
                       : "(stopped; this session was not saved)\n",
              r->out);
        return NEXT_QUIT;
    }
    if (line[0] == 'b') {
        if (!r->practice)
            fputs("(an assessed session does not go back)\n", r->out);
        else if (core_session_rewind(r->s) != 0)
            fputs("(nothing to go back to)\n", r->out);
        return NEXT_AGAIN;
    }
    *pick = atoi(line);
    return NEXT_PICK;
}

/* Applies a pick or a pass and shows the coach; returns 1 when a scripted
 * item does not fit (the message is printed), else 0. */
static int take_step(play_run *r, play_next k, int pick, double ms)
{
    const core_node *n = core_session_node(r->s);
    const core_scenario *sc = app_play_scenario(r->p);
    if (k == NEXT_PICK && r->interactive && n->timeout > 0 && ms > n->timeout * 1000.0) {
        fprintf(r->out, "(too slow: %.1f s; the moment passed)\n", ms / 1000.0);
        k = NEXT_TIMEOUT;
    }
    if (k == NEXT_TIMEOUT) {
        if (core_session_timeout(r->s, ms) != 0) {
            if (r->interactive) return 0;
            fprintf(stderr,
                    "rapport: choice %d of --choices is 't', but node '%s' has no timeout\n",
                    core_session_n_steps(r->s) + 1, n->id);
            return 1;
        }
        if (!r->quiet && r->practice)
            show_effect(r->out, sc, core_session_step(r->s, core_session_n_steps(r->s) - 1), NULL);
        else if (!r->quiet)
            fprintf(r->out, "\n(the moment passed)\n");
        return 0;
    }
    if (core_session_choose(r->s, pick, ms) != 0) {
        char shown[1200];
        app_describe_shown(r->p, shown, sizeof shown);
        if (r->interactive) {
            fprintf(stdout, "(please type a number from 1 to %d)\n", core_session_n_visible(r->s));
            return 0;
        }
        fprintf(stderr, "rapport: choice %d of --choices is %d, but %s\n",
                core_session_n_steps(r->s) + 1, pick, shown);
        return 1;
    }
    const core_step *st = core_session_step(r->s, core_session_n_steps(r->s) - 1);
    if (!r->quiet && r->practice && st && st->choice >= 0)
        show_effect(r->out, sc, st, &sc->nodes[st->node].choices[st->choice]);
    return 0;
}

/* After the last step: what went wrong, the debrief, the save and the JSON.
 * Returns the exit code. */
static int finish(play_run *r, const char *started, int rc)
{
    core_session *s = r->s;
    bool save_failed = false;
    if (core_session_status(s) == CORE_FAILED) {
        fprintf(stderr, "rapport: the scenario stopped: %s\n", core_session_error(s));
        rc = 1;
    }
    if (r->c && core_session_status(s) == CORE_ENDED) {
        while (*r->c == ',' || *r->c == ' ')
            r->c++;
        if (*r->c)
            fprintf(stderr,
                    "rapport: the conversation ended after %d choices; the rest of --choices "
                    "(%s) was not used\n",
                    core_session_n_steps(s), r->c);
    }
    if (core_session_status(s) == CORE_ENDED) {
        if (!r->quiet) {
            show_node(r->out, r->p, r->introduced);
            debrief(r->out, r->p);
        }
        /* The run itself succeeded, so --json still prints it, but a script
         * must see that it was not recorded. */
        if (!save(r->o, r->p, started, r->quiet)) save_failed = true;
    } else if (rc == 0 && !r->quiet) {
        fprintf(r->out, "\n(the choices ran out before an ending; not saved)\n");
    }
    if (r->o->json && (rc == 0 || core_session_status(s) == CORE_FAILED)) print_json(stdout, r->p);
    return rc == 0 && save_failed ? 1 : rc;
}

int cli_play(const cli_opts *o)
{
    char *file = cli_resolve(o->args[0]);
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
                        .seed = o->seed};
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
                  .introduced = introduced};
    /* Unbuffered, so read_line's poll sees exactly what is still to read. */
    if (r.interactive) setvbuf(stdin, NULL, _IONBF, 0);
    if (!quiet) {
        const core_scenario *sc = app_play_scenario(p);
        fprintf(out, "== %s ==\n", sc->title);
        if (sc->summary[0]) wrap(out, "", sc->summary);
        if (r.interactive && practice)
            fprintf(out, "(type a number and Enter; b goes back one choice; q quits)\n");
        else if (r.interactive) /* assessed: no going back, as in the window */
            fprintf(out, "(type a number and Enter; q quits)\n");
    }
    while (core_session_status(s) == CORE_PLAYING && rc == 0) {
        if (!quiet) show_node(out, p, introduced);
        double t0 = now_ms();
        int pick = 0;
        play_next k = r.interactive ? next_typed(&r, t0, &pick) : next_scripted(&r, &pick);
        if (k == NEXT_END) break;
        if (k == NEXT_QUIT) {
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
    free(introduced);
    app_play_close(p);
    return rc;
}
