/* l10n.h: scenarios in other languages (issue 17; docs/translating.md).
 *
 * A scenario's player-visible strings (title, summary, homework, debrief
 * tips, cast names and roles, node text, cue, thought, discuss and
 * timeout_feedback, choice text, reply, feedback and thought) each have a
 * stable key, the PO msgctxt: the field's table path with a choice named by
 * its id (the author's `id`, else the one derived from its text), e.g.
 * `nodes.arrive.choices.first_time.feedback`. Inserting, removing or
 * reordering choices or nodes keeps every key. Ids, tags, facts and the
 * family are names the program and progress files use, so they are never
 * translated. An ending's label is such a name too, but the debrief shows it
 * as words ("door_open" as "Door open"): those words are listed once per
 * label under `endings.LABEL` and translated only where they are shown
 * (scr_l10n_ending); the model, progress files and JSON keep the label.
 *
 * Author functions build their strings while the game runs, so they cannot be
 * extracted as such. What can: the string literals in the source of each
 * function-valued text, cue or reply (and of the functions it holds, and the
 * strings it holds as upvalues), under the key `function`. A function's result
 * is translated whole when it equals any string of the scenario; otherwise
 * each piece of it that equals one (a `function` string, or a string of two
 * words or more), longest first, is replaced by its translation.
 *
 * NAME.LANG.po beside NAME.lua holds a translation. The PO files are read
 * with libgettextpo (GNU gettext's library), never by hand. A damaged file is
 * a warning (bad-po, with its file and line) and is ignored.
 *
 * Depends on: engine/core, Lua 5.4 (through script_local.h), libgettextpo. */
#ifndef RAPPORT_SCRIPT_L10N_H
#define RAPPORT_SCRIPT_L10N_H

#include "script.h"

#include <stdbool.h>
#include <stdio.h>

/* One translatable string of a scenario. */
typedef struct scr_l10n_entry {
    char *ctx;  /* the key (msgctxt); "function" for a literal in author code; owned */
    char *id;   /* the source text (msgid); owned */
    char *note; /* a hint for translators (which choice, which function), or NULL; owned */
    int line;   /* where it is in the scenario file; 0 when unknown */
} scr_l10n_entry;

typedef struct scr_l10n_list {
    scr_l10n_entry *v; /* owned */
    int n;
    int n_fns; /* function-valued text, cue and reply fields (their results are not listed) */
} scr_l10n_list;

/* The strings of s, loaded untranslated (scr_load_lang with lang ""), in the
 * order of the file; file is read again for lines and function sources.
 * Returns false when out of memory (*out is then empty). */
bool scr_l10n_extract(const scr_scenario *s, const char *file, scr_l10n_list *out);
void scr_l10n_list_free(scr_l10n_list *l);
/* Writes l, extracted from s, as a PO template (header, #. notes, #:
 * FILE:LINE references). */
void scr_l10n_write_pot(FILE *f, const char *file, const scr_l10n_list *l, const scr_scenario *s);

/* As scr_load, with the strings in language lang: a code such as "fr" or
 * "pt_BR", a list "fr:de" (the first with a NAME.LANG.po wins), NULL for the
 * environment's (scr_l10n_env_language), "" for none (the file as written). */
scr_scenario *scr_load_lang(const char *file, const scr_limits *limits, const char *lang,
                            core_diags *diags);
/* The language the player asks for, by GNU gettext's rule, so scenarios
 * speak the program's language: LANGUAGE (a colon list) unless messages
 * follow the plain C locale, else that locale's language ("fr_FR.UTF-8"
 * gives "fr_FR"). The locale is the process's LC_MESSAGES once it is set
 * (engine/app/i18n.c does, at start), else the first set
 * of LC_ALL, LC_MESSAGES, LANG. "" when none, or C, C.UTF-8 or POSIX without
 * LANGUAGE. */
void scr_l10n_env_language(char *out, size_t n);
/* Translates s, just loaded from file, into lang (as scr_load_lang) from
 * NAME.LANG.po beside file. A missing file is not a problem; a damaged one
 * is a warning in diags and changes nothing. Returns the number of strings
 * translated. */
int scr_l10n_apply(scr_scenario *s, const char *file, const char *lang, core_diags *diags);
/* The translation of what author function `fn` returned, malloc'ed, or
 * NULL to keep it (no translation loaded, none fits, out of memory). */
char *scr_l10n_result(const scr_scenario *s, const char *text);
/* An ending's label as words, as the window shows it: '_' as spaces, the
 * first letter upper case ("door_open" -> "Door open"); the msgid of its
 * `endings.LABEL` entry. */
void scr_l10n_ending_words(const char *label, char *buf, size_t n);
/* The translation of ending label's words in the language s was loaded in,
 * or NULL when it has none. Borrowed: valid while s is. */
const char *scr_l10n_ending(const scr_scenario *s, const char *label);
/* The language s was translated into when loaded: the LANG of the
 * NAME.LANG.po it read ("fr", "pt_BR"), or NULL when it shows its text as
 * written. Borrowed: valid while s is. */
const char *scr_l10n_language(const scr_scenario *s);
/* How many NAME.LANG.po files scr_l10n_apply has parsed so far in this
 * process; a file read before and unchanged (path, inode, size, time) is
 * copied from a small cache instead. For tests. */
int scr_l10n_po_parses(void);
/* Frees the translation s holds (scr_free calls it). */
void scr_l10n_free(scr_scenario *s);

/* `rapport check`: every NAME.LANG.po beside file, against s (loaded from
 * file untranslated). Warnings: bad-po, po-missing, po-stale, po-fuzzy. */
void scr_l10n_check(const scr_scenario *s, const char *file, core_diags *d);

#endif
