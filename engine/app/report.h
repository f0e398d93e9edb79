/* report.h: the class report for workshops, from many learners' progress files.
 *
 * What it shows (docs/workshops.md explains each part to facilitators): a
 * one-page summary (who took part, what the room did well, the two most
 * common mistakes); a grid of learner by scenario (the latest attempt's
 * ending, the attempts, accuracy and its change within that scenario, time on
 * task, and with a pack how much of it each learner finished); drills never
 * count as attempts or sessions;
 * per learner and skill the first, latest and best accuracy (the percent one
 * level down); who improved most between attempts at the same scenario;
 * the most common mistakes (behaviour tags such as premature_ask) over the
 * group; per scenario the share of the group that took each choice at every
 * node, beside the choice's text and feedback. Written as one self-contained
 * HTML file (inline SVG charts, inline CSS with a print stylesheet, no
 * external resources, every text escaped) and as CSV (RFC 4180), one row per
 * learner and session (with kind, attempt, time on task, the grid's latest
 * attempt and its change in accuracy, and accuracy and percent per skill).
 *
 * Depends on: engine/store (st_parse; the inputs are read, never written or
 * renamed), engine/script and the library (scenario files, for choice texts
 * and feedback), engine/lrs (the pseudonym rule and its key, so a report and
 * its xAPI export name a learner alike), engine/core. No cJSON, Lua or SDL here.
 *
 * Problems with the input (a file skipped as missing, unreadable, damaged,
 * newer or foreign; one player found in two files; names that differ only in
 * case or spacing; a pack with errors, a second pack, a pack file not named
 * *.pack.lua, a pack naming a scenario found nowhere; a scenario file that
 * does not load) are kept by the report and shown in a box at the top of the
 * HTML, as rows of the CSV, and by app_report_write_problems for the terminal.
 *
 * Use: app_report_new, app_report_set_pack, app_report_add_file for each
 * input (a file that cannot be used is refused with a one-line reason and
 * changes nothing), then app_report_write_problems / _html / _csv, then
 * app_report_free. */
#ifndef RAPPORT_APP_REPORT_H
#define RAPPORT_APP_REPORT_H

#include "diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct app_report_opts {
    /* Show pseudonyms (app_report_pseudonym) instead of names, everywhere. */
    bool anonymise;
    /* The key the pseudonyms are made with (hex text, as app_report_key
     * returns it); required when anonymise is set. */
    const char *pseudonym_key;
    /* Where to find scenario files by id: library_dir (NULL for app_library_dir()),
     * after the n_scenario_files files given here, which are looked at first. */
    const char *library_dir;
    const char *const *scenario_files;
    int n_scenario_files;
    const char *generated; /* the date shown in the header; NULL for the current time */
} app_report_opts;

typedef struct app_report app_report; /* opaque */

/* Returns a new, empty report, or NULL when out of memory or when o asks to
 * anonymise without a pseudonym_key (so names never appear by mistake). The
 * strings in o are borrowed and must outlive the report. Free with app_report_free. */
app_report *app_report_new(const app_report_opts *o);
void app_report_free(app_report *r); /* NULL is fine */

/* Reads one progress file (at most 64 MiB) without writing to it. Returns true
 * when its sessions were taken in; false when it cannot be used, with the
 * reason as one line in why ("it is not valid JSON (line 3)"). On true, why is
 * "" or a note, e.g. that the file's player was already seen in another file
 * and the two were merged (sessions present in both are counted once). */
bool app_report_add_file(app_report *r, const char *file, char *why, size_t whylen);
/* As app_report_add_file, from bytes in memory (name identifies the input to the caller). */
bool app_report_add_buffer(app_report *r, const char *name, const char *buf, size_t len, char *why,
                           size_t whylen);

/* Reads an exercise pack (engine/script/pack.h): the report then follows the
 * pack's order of scenarios, names the pack in its header and shows each
 * scenario's mode, time limit and discussion prompts. Its diagnostics go to
 * diags. Returns false, and the report goes on without it (a problem with the
 * input), when it has errors or when a pack was already set. */
bool app_report_set_pack(app_report *r, const char *file, core_diags *diags);

/* Records a folder the caller could not list (opendir failed with errno
 * err) as a problem with the input. */
void app_report_skip_folder(app_report *r, const char *folder, int err);

/* How many problems with the input there are (the report is analysed first,
 * which finds near-duplicate names and pack entries found nowhere). */
int app_report_n_problems(app_report *r);
/* Writes each problem as one line, prefix first, with real file and player
 * names (for the terminal of whoever made the report). False when writing failed. */
bool app_report_write_problems(app_report *r, FILE *f, const char *prefix);

int app_report_n_files(const app_report *r);    /* inputs taken in */
int app_report_n_learners(const app_report *r); /* distinct players */
int app_report_n_sessions(const app_report *r); /* whole sessions, finished or not; no drill */
int app_report_n_drills(const app_report *r);   /* records of kind "drill" */

/* Writes the report. Each returns false when writing to f failed. The
 * scenarios are looked up the first time either is called. */
bool app_report_write_html(app_report *r, FILE *f);
bool app_report_write_csv(app_report *r, FILE *f);
/* Writes the HTML (html true) or the CSV to path whole and durably (a
 * temporary file, fsync, rename: a failed run never leaves half a report where
 * a whole one was), mode 0600 since it names learners. False with the reason
 * in msg ("PATH cannot be written: ..."). */
bool app_report_save(app_report *r, const char *path, bool html, char *msg, size_t msglen);

/* The facilitator's pseudonym key, found exactly as the xAPI export finds it
 * (engine/lrs): the "pseudonym_key" of lrs.json when set, else the key in
 * $XDG_CONFIG_HOME/rapport/pseudonym.key (~/.config/rapport without the
 * variable), made of 32 random bytes and written durably with mode 0600 on
 * first use. Returns it as malloc'ed hex text (the caller frees it), or NULL
 * with the reason in note. On success note is "" or a warning to show, e.g.
 * that a broken lrs.json was passed over. */
char *app_report_key(char *note, size_t notelen);

/* The pseudonym --anonymise shows for a player's name: "learner-" and 12 hex
 * digits of HMAC-SHA-256(key, name), the same text the xAPI export puts in its
 * actors (lrs_pseudonym). Stable for one key, so reports made with the same
 * key can be compared; nobody without the key can compute it from a name or a
 * file name. out holds at least 21 bytes. */
void app_report_pseudonym(const char *key_hex, const char *name, char *out, size_t n);

#endif
