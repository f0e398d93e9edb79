/* main.c: the command line, from two tables (see `rapport --help`).
 *
 * `commands` has one row per command: its name, the function that runs it,
 * its synopsis, a one-line summary and how many positional arguments it
 * takes. The options a command accepts are exactly those its synopsis names,
 * plus the common ones, so the usage text, the dispatch and the check that an
 * option goes with its command all come from that one row. `options` has one
 * row per option: its spellings, whether it takes a value and where that
 * value goes in cli_opts.
 *
 * A new command: its cli_<name> function (cli.h) and a row in `commands`.
 * A new option: a field in cli_opts, a row in `options`, and its name in the
 * synopsis of every command that takes it. docs/architecture.md says more.
 *
 * Depends on: engine/app, engine/ui (ui.h: ui_run opens the window). */
#include "app.h"
#include "cli.h"
#include "i18n.h"
#include "ui.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GO_ON (-1) /* an option reader's "carry on parsing" (else it returns the exit code) */

static int bad_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- the options ---- */

/* Reads one option's value (NULL for a flag) into o. spelt is the option as
 * the user wrote it, for messages. Returns GO_ON or the process exit code. */
typedef int (*opt_reader)(cli_opts *o, const char *spelt, const char *val);

typedef struct cli_option {
    const char *name;  /* "--runs" */
    const char *alias; /* another spelling ("--anonymize"), or NULL */
    const char *value; /* what its value is called ("N"); NULL for a flag */
    size_t field;      /* where a plain flag (bool) or value (const char *) goes */
    opt_reader read;   /* NULL: store at field; else this reads it */
    bool common;       /* goes with every command and the window */
    const char *note;  /* why it goes only where it does, for the message, or NULL */
} cli_option;

/* Offsets of cli_opts fields, checked at compile time to have the type the
 * table stores there (_Generic has no branch for any other type). */
#define FLAG(f) (offsetof(cli_opts, f) + 0 * sizeof(_Generic(((cli_opts *)0)->f, bool : 1)))
#define TEXT(f) (offsetof(cli_opts, f) + 0 * sizeof(_Generic(((cli_opts *)0)->f, const char * : 1)))

static int read_help(cli_opts *o, const char *spelt, const char *val);
static int read_version(cli_opts *o, const char *spelt, const char *val);
static int read_player(cli_opts *o, const char *spelt, const char *val);
static int read_choices(cli_opts *o, const char *spelt, const char *val);
static int read_fact(cli_opts *o, const char *spelt, const char *val);
static int read_trust(cli_opts *o, const char *spelt, const char *val);
static int read_runs(cli_opts *o, const char *spelt, const char *val);
static int read_seed(cli_opts *o, const char *spelt, const char *val);

static const cli_option options[] = {
    /* common: the usage lists them once, in this order */
    {"--player", NULL, "NAME", TEXT(player), read_player, true, NULL},
    {"--data-dir", NULL, "DIR", TEXT(data_dir), NULL, true, NULL},
    {"--help", "-h", NULL, 0, read_help, true, NULL},
    {"--version", NULL, NULL, 0, read_version, true, NULL},
    /* the window and the presenter view */
    {"--pack", NULL, "FILE", TEXT(pack), NULL, false, N_("opens the window")},
    {"--room", NULL, NULL, FLAG(room), NULL, false, N_("goes with the presenter view")},
    {"--room-bind", NULL, "ADDR", TEXT(room_bind), NULL, false, N_("goes with the presenter view")},
    {"--fullscreen", NULL, NULL, FLAG(fullscreen), NULL, false, N_("opens the window")},
    /* play */
    {"--text", NULL, NULL, FLAG(text), NULL, false, NULL},
    {"--choices", NULL, "LIST", TEXT(choices), read_choices, false, NULL},
    {"--assessed", NULL, NULL, FLAG(assessed), NULL, false, NULL},
    {"--no-save", NULL, NULL, FLAG(no_save), NULL, false, NULL},
    {"--from", NULL, "NODE", TEXT(from), NULL, false, NULL},
    {"--fact", NULL, "NAME", 0, read_fact, false, NULL},
    {"--trust", NULL, "KEY=N", 0, read_trust, false, NULL},
    /* several commands */
    {"--json", NULL, NULL, FLAG(json), NULL, false, NULL},
    {"--seed", NULL, "N", 0, read_seed, false, NULL},
    /* drill, review (issue 16) */
    {"--today", NULL, "DAY", TEXT(today), NULL, false, NULL},
    /* play: type your own words before the choices (docs/practice.md) */
    {"--say-first", NULL, NULL, FLAG(say_first), NULL, false, NULL},
    /* play --text --pack: begin the pack anew (docs/workshops.md) */
    {"--restart", NULL, NULL, FLAG(restart), NULL, false, NULL},
    /* check, test, graph */
    {"--strict", NULL, NULL, FLAG(strict), NULL, false, NULL},
    {"--watch", NULL, NULL, FLAG(watch), NULL, false, NULL},
    {"--runs", NULL, "N", 0, read_runs, false, NULL},
    {"--exhaustive", NULL, NULL, FLAG(exhaustive), NULL, false, NULL},
    {"--bots", NULL, NULL, FLAG(bots), NULL, false, NULL},
    {"--svg", NULL, "OUT", TEXT(svg), NULL, false, NULL},
    /* report, xapi-export, lrs set */
    {"--html", NULL, "OUT", TEXT(html), NULL, false, NULL},
    {"--csv", NULL, "OUT", TEXT(csv), NULL, false, NULL},
    {"--xapi", NULL, "OUT", TEXT(xapi), NULL, false, NULL},
    {"--out", NULL, "OUT", TEXT(out), NULL, false, NULL},
    {"--anonymise", "--anonymize", NULL, FLAG(anonymise), NULL, false, NULL},
    {"--no-anonymise", "--no-anonymize", NULL, FLAG(no_anonymise), NULL, false, NULL},
    {"--send-choices", NULL, NULL, FLAG(send_choices), NULL, false, NULL},
    {"--no-send-choices", NULL, NULL, FLAG(no_send_choices), NULL, false, NULL},
    {"--endpoint", NULL, "URL", TEXT(lrs_endpoint), NULL, false, NULL},
    {"--user", NULL, "KEY", TEXT(lrs_user), NULL, false, NULL},
    {"--password-file", NULL, "FILE", TEXT(lrs_password_file), NULL, false, NULL},
    {"--registration", NULL, "UUID", TEXT(lrs_registration), NULL, false, NULL},
    {"--iri-base", NULL, "IRI", TEXT(lrs_iri_base), NULL, false, NULL},
};
#define N_OPTIONS ((int)(sizeof options / sizeof options[0]))

static int read_help(cli_opts *o, const char *spelt, const char *val)
{
    (void)o, (void)spelt, (void)val;
    cli_usage(stdout);
    return 0;
}

static int read_version(cli_opts *o, const char *spelt, const char *val)
{
    (void)o, (void)spelt, (void)val;
    printf("rapport %s\n", RAPPORT_VERSION);
    return 0;
}

static int read_player(cli_opts *o, const char *spelt, const char *val)
{
    if (!*val) return bad_usage(_("%s needs a non-empty name"), spelt);
    if (core_utf8_invalid(val, strlen(val)) >= 0) {
        fprintf(stderr, _("rapport: --player: the name is not UTF-8 text, so it could "
                          "not be saved (check the terminal's encoding)\n"));
        return 2;
    }
    o->player = val;
    return GO_ON;
}

static int read_choices(cli_opts *o, const char *spelt, const char *val)
{
    (void)spelt;
    char why[300];
    if (!cli_choices_valid(val, why, sizeof why)) return bad_usage("%s", why);
    o->choices = val;
    return GO_ON;
}

static int read_fact(cli_opts *o, const char *spelt, const char *val)
{
    if (o->n_facts >= (int)(sizeof o->facts / sizeof o->facts[0]))
        return bad_usage(_("%s: too many facts"), spelt);
    o->facts[o->n_facts++] = val;
    return GO_ON;
}

static int read_trust(cli_opts *o, const char *spelt, const char *val)
{
    (void)spelt;
    const char *eq = strchr(val, '=');
    char *end;
    if (!eq || eq == val || o->n_trust >= (int)(sizeof o->trust / sizeof o->trust[0]))
        return bad_usage(_("--trust wants KEY=NUMBER, not '%s'"), val);
    errno = 0;
    double d = strtod(eq + 1, &end);
    if (errno || end == eq + 1 || *end)
        return bad_usage(_("--trust wants KEY=NUMBER, not '%s'"), val);
    snprintf(o->trust_key_buf[o->n_trust], sizeof o->trust_key_buf[0], "%.*s", (int)(eq - val),
             val);
    o->trust_keys[o->n_trust] = o->trust_key_buf[o->n_trust];
    o->trust[o->n_trust++] = d;
    return GO_ON;
}

/* A whole number from lo to hi into *out; GO_ON, or 2 with the usage. */
static int read_whole(const char *spelt, const char *val, unsigned long long lo,
                      unsigned long long hi, unsigned long long *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(val, &end, 10);
    if (errno || end == val || *end || val[0] == '-')
        return bad_usage(_("%s wants a whole number"), spelt);
    if (v < lo || v > hi) return bad_usage(_("%s wants %llu to %llu"), spelt, lo, hi);
    *out = v;
    return GO_ON;
}

static int read_runs(cli_opts *o, const char *spelt, const char *val)
{
    unsigned long long v = 0;
    int rc = read_whole(spelt, val, 1, 100000000, &v);
    if (rc == GO_ON) o->runs = (long)v;
    return rc;
}

static int read_seed(cli_opts *o, const char *spelt, const char *val)
{
    unsigned long long v = 0;
    int rc = read_whole(spelt, val, 0, 4294967295u, &v);
    if (rc == GO_ON) {
        o->seed = (unsigned long)v;
        o->has_seed = true;
    }
    return rc;
}

static const cli_option *find_option(const char *a)
{
    for (int i = 0; i < N_OPTIONS; i++)
        if (strcmp(a, options[i].name) == 0 ||
            (options[i].alias && strcmp(a, options[i].alias) == 0))
            return &options[i];
    return NULL;
}

/* ---- the commands ---- */

static int run_window(const cli_opts *o);
static int run_present(const cli_opts *o);

typedef struct cli_command {
    const char *name; /* NULL: the window (no command) */
    int (*run)(const cli_opts *o);
    /* What follows "rapport NAME" in the usage, one entry per form; a "\n"
     * continues a form on the next line. Every option named here is one the
     * command accepts, and no other (besides the common ones). */
    const char *synopsis[2];
    const char *summary;    /* one line, or NULL */
    int min_args, max_args; /* positional arguments; max_args -1: no limit */
    const char *wrong_args; /* said when their number is out of range; NULL: never is */
} cli_command;

static const cli_command commands[] = {
    {.name = NULL,
     .run = run_window,
     .synopsis = {"[--pack PACK.pack.lua] [--seed N] [--fullscreen]"},
     .summary = N_("the window: the library, or a pack"),
     .min_args = 0,
     .max_args = 0},
    {.name = "present",
     .run = run_present,
     .synopsis = {"FILE|ID|[--pack] PACK.pack.lua [--seed N]\n"
                  "[--room [--room-bind ADDR]] [--fullscreen]"},
     .summary = N_("the presenter view, for a projector"),
     .min_args = 0,
     .max_args = 1,
     .wrong_args = N_("present needs one scenario FILE or ID, or one PACK.pack.lua")},
    {.name = "play",
     .run = cli_play,
     .synopsis = {"[--text] [--choices 1,2,1] [--json] [--assessed] FILE|ID\n"
                  "[--from NODE] [--fact NAME]... [--trust KEY=N]... [--no-save]\n"
                  "[--seed N] [--say-first] | [--text] --pack PACK.pack.lua [--restart]"},
     .summary = NULL,
     .min_args = 0,
     .max_args = 1,
     .wrong_args = N_("play needs one FILE or ID")},
    {.name = "drill",
     .run = cli_drill,
     .synopsis = {"FILE|ID NODE [--choices 1,2] [--seed N] [--today DAY] [--no-save]"},
     .summary = N_("practise one moment again, as you met it"),
     .min_args = 2,
     .max_args = 2,
     .wrong_args = N_("drill needs a scenario FILE or ID and a NODE")},
    {.name = "review",
     .run = cli_review,
     .synopsis = {"[--text] [--choices 1,2,...] [--seed N] [--today DAY] [--no-save]"},
     .summary = N_("the moments due for review today, spaced"),
     .min_args = 0,
     .max_args = 0,
     .wrong_args = N_("review takes no arguments")},
    {.name = "check",
     .run = cli_check,
     .synopsis = {"[--json] [--strict] [--watch] FILE..."},
     .summary = N_("validate; exit 1 and list every problem"),
     .min_args = 1,
     .max_args = -1,
     .wrong_args = N_("check needs at least one FILE")},
    {.name = "l10n",
     .run = cli_l10n,
     .synopsis = {"extract FILE"},
     .summary = N_("a scenario's player-visible strings as a .pot"),
     .min_args = 2,
     .max_args = 2,
     .wrong_args = N_("l10n needs 'extract' and one scenario FILE")},
    {.name = "test",
     .run = cli_test,
     .synopsis = {"FILE... [--runs N] [--seed N] [--exhaustive] [--bots]"},
     .summary = N_("automated playthroughs + coverage"),
     .min_args = 1,
     .max_args = -1,
     .wrong_args = N_("test needs at least one FILE")},
    {.name = "graph",
     .run = cli_graph,
     .synopsis = {"[--svg OUT.svg] FILE"},
     .summary = N_("Graphviz DOT on stdout; --svg draws it"),
     .min_args = 1,
     .max_args = 1,
     .wrong_args = N_("graph needs one FILE")},
    {.name = "list",
     .run = cli_list,
     .synopsis = {"[--json]"},
     .summary = N_("the library: ids, families, titles"),
     .min_args = 0,
     .max_args = 0,
     .wrong_args = N_("list takes no arguments")},
    {.name = "lsp",
     .run = cli_lsp,
     .synopsis = {""},
     .summary = N_("a language server for editors, on stdin/stdout"),
     .min_args = 0,
     .max_args = 0,
     .wrong_args = N_("lsp takes no arguments")},
    {.name = "progress",
     .run = cli_progress,
     .synopsis = {"[--json]"},
     .summary = N_("the player's history"),
     .min_args = 0,
     .max_args = 0,
     .wrong_args = N_("progress takes no arguments")},
    {.name = "report",
     .run = cli_report,
     .synopsis = {"FILE|DIR... [PACK.pack.lua] --html OUT [--csv OUT] [--xapi OUT]\n"
                  "[--anonymise] [--send-choices]"},
     .summary = N_("workshop report from many progress files"),
     .min_args = 1,
     .max_args = -1,
     .wrong_args = N_("report needs at least one progress FILE or DIR")},
    {.name = "lrs",
     .run = cli_lrs,
     .synopsis = {"set --endpoint URL --user KEY --password-file FILE\n"
                  "[--registration UUID] [--iri-base IRI]\n"
                  "[--[no-]anonymise] [--[no-]send-choices]",
                  "show|retry-rejected"},
     .summary = N_("the Learning Record Store link, queues"),
     .min_args = 0,
     .max_args = -1}, /* cli_lrs checks its subcommand */
    {.name = "sync",
     .run = cli_sync,
     .synopsis = {""},
     .summary = N_("send queued learning records to the LRS"),
     .min_args = 0,
     .max_args = 0,
     .wrong_args = N_("sync takes no arguments")},
    {.name = "xapi-export",
     .run = cli_xapi_export,
     .synopsis = {"FILE... --out OUT.json [--anonymise] [--send-choices]"},
     .summary = N_("statements for an LRS import"),
     .min_args = 1,
     .max_args = -1,
     .wrong_args = N_("xapi-export needs at least one progress FILE")},
};
#define N_COMMANDS ((int)(sizeof commands / sizeof commands[0]))

/* True when a synopsis of c names option opt ("--[no-]x" names --x and --no-x). */
static bool takes(const cli_command *c, const cli_option *opt)
{
    if (opt->common) return true;
    for (int s = 0; s < 2 && c->synopsis[s]; s++) {
        for (const char *p = strstr(c->synopsis[s], "--"); p; p = strstr(p + 2, "--")) {
            const char *q = p + 2;
            bool neg = strncmp(q, "[no-]", 5) == 0;
            if (neg) q += 5;
            size_t n = strspn(q, "abcdefghijklmnopqrstuvwxyz0123456789-");
            const char *name = opt->name + 2;
            if (neg && strncmp(name, "no-", 3) == 0) name += 3;
            if (strlen(name) == n && strncmp(name, q, n) == 0) return true;
        }
    }
    return false;
}

/* Prints a synopsis after prefix, its continuation lines under its first
 * option; returns the width of its last line. */
static int print_synopsis(FILE *f, const char *prefix, const char *s)
{
    int indent = (int)strlen(prefix), width = 0;
    fputs(prefix, f);
    width = indent;
    for (const char *p = s; *p; p++) {
        if (*p == '\n') {
            fprintf(f, "\n%*s", indent, "");
            width = indent;
        } else {
            fputc(*p, f);
            width++;
        }
    }
    return width;
}

void cli_usage(FILE *f)
{
    enum { SUMMARY_COLUMN = 45 };
    fputs(_("usage:\n"), f);
    for (int i = 0; i < N_COMMANDS; i++) {
        const cli_command *c = &commands[i];
        char prefix[64];
        snprintf(prefix, sizeof prefix, "  rapport %s%s", c->name ? c->name : "",
                 c->name && c->synopsis[0][0] ? " " : "");
        int width = 0;
        for (int s = 0; s < 2 && c->synopsis[s]; s++) {
            if (s) fputc('\n', f);
            width = print_synopsis(f, prefix, c->synopsis[s]);
        }
        if (c->summary) {
            if (width + 2 > SUMMARY_COLUMN) {
                fputc('\n', f);
                width = 0;
            }
            fprintf(f, "%*s%s", SUMMARY_COLUMN - width, "", _(c->summary));
        }
        fputc('\n', f);
    }
    fputs(_("common options:"), f);
    for (int i = 0; i < N_OPTIONS; i++)
        if (options[i].common)
            fprintf(f, "%s%s%s%s", i ? "  " : " ", options[i].name, options[i].value ? " " : "",
                    options[i].value ? options[i].value : "");
    fputc('\n', f);
}

static int bad_usage(const char *fmt, ...)
{
    fputs("rapport: ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    cli_usage(stderr);
    return 2;
}

const char *cli_player(const cli_opts *o)
{
    if (o->player && *o->player) return o->player;
    /* An environment in another encoding falls through to the next choice:
     * a name that is not UTF-8 cannot be saved. */
    const char *p = getenv("RAPPORT_PLAYER");
    if (p && *p && core_utf8_invalid(p, strlen(p)) < 0) return p;
    p = getenv("USER");
    return p && *p && core_utf8_invalid(p, strlen(p)) < 0 ? p : "player";
}

static int run_window(const cli_opts *o)
{
    ui_options u = {.data_dir = o->data_dir,
                    .player = o->player,
                    .pack = o->pack,
                    .fullscreen = o->fullscreen,
                    .has_seed = o->has_seed,
                    .seed = o->seed};
    return ui_run(&u);
}

/* The presenter view (engine/ui/ui_present.c) on a scenario or a pack. */
static int run_present(const cli_opts *o)
{
    if (o->n_args + (o->pack != NULL) != 1)
        return bad_usage("%s", _("present needs one scenario FILE or ID, or one PACK.pack.lua"));
    /* The room's address is checked here, before a window opens for nothing. */
    unsigned char ip[16];
    if (o->room_bind && inet_pton(AF_INET, o->room_bind, ip) != 1 &&
        inet_pton(AF_INET6, o->room_bind, ip) != 1)
        return bad_usage(_("--room-bind wants an IP address of this machine (for example "
                           "192.168.1.20), not '%s'"),
                         o->room_bind);
    const char *f = o->pack ? o->pack : o->args[0];
    size_t n = strlen(f);
    bool is_pack = o->pack || (n > 9 && strcmp(f + n - 9, ".pack.lua") == 0);
    char *file = is_pack ? NULL : cli_resolve(f);
    if (!is_pack && !file) return 1;
    ui_options u = {.data_dir = o->data_dir,
                    .player = o->player,
                    .scenario = file,
                    .pack = is_pack ? f : NULL,
                    .present = true,
                    .room = o->room || o->room_bind,
                    .room_bind = o->room_bind,
                    .fullscreen = o->fullscreen,
                    .has_seed = o->has_seed,
                    .seed = o->seed};
    int rc = ui_run(&u);
    free(file);
    return rc;
}

/* ---- parsing and dispatch ---- */

typedef struct given_option {
    const cli_option *opt;
    const char *spelt;
} given_option;

/* Reads argv into o, *cmd and given (the options in the order written).
 * Returns GO_ON, or the exit code when parsing ends the program. */
static int parse(int argc, char **argv, cli_opts *o, const cli_command **cmd, given_option *given,
                 int *n_given)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] == '-' && a[1] != '\0') {
            const cli_option *opt = find_option(a);
            if (!opt) return bad_usage(_("unknown option '%s'"), a);
            const char *val = NULL;
            if (opt->value) {
                /* "--player --data-dir x" lacks a value: do not swallow the option */
                if (i + 1 >= argc || strncmp(argv[i + 1], "--", 2) == 0)
                    return bad_usage(_("%s needs a value"), a);
                val = argv[++i];
            }
            int rc = GO_ON;
            if (opt->read)
                rc = opt->read(o, a, val);
            else if (opt->value)
                *(const char **)((char *)o + opt->field) = val;
            else
                *(bool *)((char *)o + opt->field) = true;
            if (rc != GO_ON) return rc;
            given[(*n_given)++] = (given_option){opt, a};
        } else if (!o->cmd) {
            for (int k = 1; k < N_COMMANDS; k++) /* row 0 is the window */
                if (strcmp(a, commands[k].name) == 0) *cmd = &commands[k];
            o->cmd = (*cmd)->name;
            if (!o->cmd) return bad_usage(_("unknown command '%s'"), a);
        } else {
            o->args[o->n_args++] = a;
        }
    }
    return GO_ON;
}

/* Checks what the table says about c: its options, then its arguments. */
static int check_command(const cli_command *c, const cli_opts *o, const given_option *given,
                         int n_given)
{
    for (int i = 0; i < n_given; i++) {
        const cli_option *opt = given[i].opt;
        if (takes(c, opt)) continue;
        if (!c->name)
            return bad_usage(_("%s goes with a command; the window does not take it"),
                             given[i].spelt);
        if (opt->note)
            return bad_usage(_("%s %s; it does not go with '%s'"), given[i].spelt, _(opt->note),
                             c->name);
        return bad_usage(_("%s does not go with '%s'"), given[i].spelt, c->name);
    }
    if (o->n_args < c->min_args || (c->max_args >= 0 && o->n_args > c->max_args))
        return bad_usage("%s", _(c->wrong_args));
    return GO_ON;
}

/* A large history's journal is folded after the command, in a detached
 * process (st_fold_later): the save never waited for it, nor does the
 * prompt. The window and the presenter view fold on their own thread. */
static void fold_later(const cli_opts *o)
{
    char *dir = st_data_dir(o->data_dir);
    char *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    if (file) st_fold_later(file, cli_player(o));
    free(file);
    free(dir);
}

int main(int argc, char **argv)
{
    cli_opts o = {.runs = 2000, .seed = 1};
    const cli_command *cmd = &commands[0];
    /* Neither list can be longer than argv, so one allocation each is enough
     * however many files the shell expanded a glob to. */
    o.args = malloc(sizeof *o.args * (size_t)argc);
    given_option *given = malloc(sizeof *given * (size_t)argc);
    int n_given = 0, rc = 1;
    /* Problems found in scenarios, as printed for people, in the reader's
     * language (their JSON and the language server keep the English). */
    core_diag_set_translator(app_tr);
    if (!o.args || !given) {
        fputs("rapport: out of memory\n", stderr);
    } else {
        rc = parse(argc, argv, &o, &cmd, given, &n_given);
        if (rc == GO_ON) rc = check_command(cmd, &o, given, n_given);
        if (rc == GO_ON) {
            rc = cmd->run(&o);
            if (cmd->name && strcmp(cmd->name, "present") != 0) fold_later(&o);
        }
    }
    free(given);
    free(o.args);
    return rc;
}
