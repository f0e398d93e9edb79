/* cli.h: the command line. Each command is a function over parsed options;
 * main.c's command table names them, with their synopses and the options
 * each takes, and parses, checks and dispatches from it. Depends on
 * engine/app, engine/lrs (lrs.h) and engine/ui (ui.h, for the window); never
 * includes Lua, cJSON or SDL. */
#ifndef RAPPORT_CLI_H
#define RAPPORT_CLI_H

#include <stdbool.h>
#include <stdio.h>

/* What the command line asked for; main.c fills it from its option table
 * (adding an option: a field here, a row there). */
typedef struct cli_opts {
    const char *cmd;   /* "play", "check", ... or NULL for the window */
    const char **args; /* positional arguments after the command (n_args); owned by main */
    int n_args;
    const char *player, *data_dir;
    bool text, json, strict, assessed, no_save, exhaustive;
    bool watch;          /* check --watch */
    const char *choices; /* "1,2,t,1" */
    const char *from;
    const char *facts[64];
    int n_facts;
    const char *trust_keys[64];
    char trust_key_buf[64][64]; /* the keys of --trust KEY=N, cut from their argument */
    double trust[64];
    int n_trust;
    long runs;
    unsigned long seed;
    bool has_seed; /* --seed was given (play shuffles only then, or interactively) */
    bool bots;     /* test --bots */
    const char *svg;
    const char *html, *csv; /* report outputs */
    const char *xapi;       /* report: xAPI statements output */
    bool anonymise;         /* report: pseudonyms instead of names */
    /* lrs set / xapi-export (lrs_cmd.c) */
    const char *lrs_endpoint, *lrs_user, *lrs_password_file, *lrs_registration, *lrs_iri_base;
    const char *out; /* xapi-export output */
    bool no_anonymise, send_choices, no_send_choices;
    const char *pack;      /* --pack FILE: the window offers only this exercise pack */
    bool room;             /* present --room: the room votes from their phones */
    bool fullscreen;       /* --fullscreen: the window or the presenter view fills the screen */
    const char *room_bind; /* present --room-bind ADDR: where the room listens */
    const char *today;     /* drill, review: the calendar day, YYYY-MM-DD (tests; issue 16) */
    bool say_first;        /* play --say-first: type your own words first (docs/practice.md) */
    bool restart;          /* play --text --pack --restart: forget the player's place first */
} cli_opts;

/* Waiting for files to change (watch.c), for check --watch. */
typedef struct cli_watch cli_watch; /* opaque */
/* Watches files[0..n) (borrowed: they must outlive the watch); NULL when the
 * system refuses. Free with cli_watch_close. */
cli_watch *cli_watch_open(const char *const *files, int n);
void cli_watch_close(cli_watch *w); /* NULL is fine */
/* Blocks until one of the files is written, replaced or removed; returns its
 * index, or -1 when waiting failed (a signal, or the watch broke). */
int cli_watch_wait(cli_watch *w);

/* Each returns the process exit code. */
int cli_play(const cli_opts *o);
int cli_check(const cli_opts *o);
/* True when s is a valid --choices list (numbers from 1 and t, comma
 * separated); else why says what is wrong, for the usage message. */
bool cli_choices_valid(const char *s, char *why, size_t n);
int cli_graph(const cli_opts *o);
int cli_list(const cli_opts *o); /* list.c: the library's ids, families and titles */
int cli_lsp(const cli_opts *o);  /* lsp.c: a language server on stdin and stdout */
int cli_test(const cli_opts *o);
/* l10n.c (issue 17): `l10n extract FILE`, a scenario's strings as a PO template. */
int cli_l10n(const cli_opts *o);
int cli_progress(const cli_opts *o);
/* At a terminal (stdin is one), asks once how the homework of the player's
 * last session went when it is due (app_homework_due) and keeps the answer
 * (progress.c); silent otherwise. */
void cli_ask_homework(const cli_opts *o);
int cli_report(const cli_opts *o);
int cli_lrs(const cli_opts *o); /* lrs set|show|retry-rejected */
int cli_sync(const cli_opts *o);
int cli_xapi_export(const cli_opts *o);
/* review.c (issue 16): one moment again, and today's spaced review. */
int cli_drill(const cli_opts *o);
int cli_review(const cli_opts *o);
struct app_record_result;
/* After app_record_session saved a session in progress_file: says what
 * happened to its learning records and, when the LRS configuration asks
 * (auto_sync), sends the queue. Silent when no LRS is configured. */
void cli_lrs_after_session(const char *progress_file, const struct app_record_result *rec,
                           bool quiet);

/* Resolves FILE|ID to a scenario file path (malloc'ed), or NULL with a message printed. */
char *cli_resolve(const char *arg);
/* The player name to use: --player, else $RAPPORT_PLAYER, else $USER, else "player". */
const char *cli_player(const cli_opts *o);
/* Opens a scenario for playing; on errors prints every problem to stderr and
 * returns NULL. Warnings are printed too unless quiet. Close with app_play_close. */
struct app_play *cli_open(const char *file, bool quiet);
/* Writes s as a JSON string literal. */
void cli_json_str(FILE *f, const char *s);
/* Bytes in the first max_chars characters of UTF-8 s (never splits one). */
int cli_utf8_prefix(const char *s, int max_chars);
/* s cut or padded to width characters, for columns. */
void cli_cell(FILE *f, const char *s, int width);
/* Prints the usage, made from main.c's command table, to f. */
void cli_usage(FILE *f);

#endif
