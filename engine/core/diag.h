/* diag.h: problems found in a scenario, with the place they were found.
 * Filled by the loaders (engine/script: scenarios, packs, expectations) and
 * the authoring checks (engine/app/check.c); printed by the front ends.
 * Depends on: the C library only. */
#ifndef RAPPORT_CORE_DIAG_H
#define RAPPORT_CORE_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum core_severity { CORE_ERROR, CORE_WARNING } core_severity;

typedef struct core_diag {
    core_severity severity;
    char *file;  /* owned; may be NULL */
    char *path;  /* place inside the table, e.g. nodes.arrive.choices[2].to; owned, may be "" */
    int line;    /* 0 when unknown */
    char *code;  /* short stable name of the check, e.g. "unknown-target"; owned */
    char *msg;   /* what is wrong, with "did you mean" where it applies; owned */
    char *shown; /* msg in the reader's language (core_diag_set_translator), or NULL
                    when it reads as msg; owned. Only core_diags_print uses it: JSON,
                    the language server and files keep msg. */
} core_diag;

#define CORE_DIAG_MAX 2000 /* entries kept; later ones are only counted */

/* A growing list of diagnostics. Zero-initialise; free with core_diags_free. */
typedef struct core_diags {
    core_diag *v;
    int n, cap;
    int errors, warnings;
} core_diags;

/* Appends a diagnostic; the strings are copied. Out of memory drops it silently
 * but still counts it, so a refusal is never lost. */
void core_diag_add(core_diags *d, core_severity sev, const char *file, const char *path, int line,
                   const char *code, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* As core_diag_add, with the message already in the reader's language
 * (shown, copied; NULL when it reads as the English). */
void core_diag_add_shown(core_diags *d, core_severity sev, const char *file, const char *path,
                         int line, const char *code, const char *shown, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
/* Marks a message format for translation (scripts/l10n-update extracts it). */
#define CORE_TR(s) (s)
/* The translation of a marked format in the reader's language: the front end
 * that prints for people sets tr (the program's gettext) once at start; none
 * set, or no translation, gives msgid itself, so English is unchanged.
 * core_diag_add translates each marked format this way into `shown`. */
void core_diag_set_translator(const char *(*tr)(const char *msgid));
/* Formats fmt with ap into msg and, when core_diag_tr translates fmt, into
 * shown too; returns whether it did (shown is then set). For loaders that
 * build their messages before core_diag_add_shown. */
bool core_diag_format(char *msg, size_t msg_n, char *shown, size_t shown_n, const char *fmt,
                      va_list ap) __attribute__((format(printf, 5, 0)));
const char *core_diag_tr(const char *msgid) __attribute__((format_arg(1)));
/* Formats a marked format twice, for messages whose arguments are words too:
 * into the array msg with the English arguments en (in parentheses), and into
 * the array shown, translated, with the reader's tr. Both are checked against
 * the format, which is written once. */
#define CORE_ARGS(...) __VA_ARGS__
#define CORE_DIAG_TWICE(msg, shown, fmt, en, tr)                                                   \
    (snprintf(msg, sizeof msg, fmt, CORE_ARGS en),                                                 \
     snprintf(shown, sizeof shown, core_diag_tr(fmt), CORE_ARGS tr))
/* What errno err means in English (the C locale's words), into buf; returns
 * buf. For the English msg, which JSON and tools read, beside strerror's
 * words in the reader's language for shown. */
const char *core_strerror_en(int err, char *buf, size_t n);
/* Appends "; did you mean 'guess'?" to msg, and the same in the reader's
 * language to shown; nothing when guess is NULL. Both hold whole strings. */
void core_diag_append_guess(char *msg, size_t msg_n, char *shown, size_t shown_n,
                            const char *guess);
/* As core_diag_add with a va_list, then "; did you mean 'guess'?" after the
 * message when guess is not NULL (a marked fmt and the guess's words are
 * shown in the reader's language, the English kept in msg). */
void core_diag_vadd_guess(core_diags *d, core_severity sev, const char *file, const char *path,
                          int line, const char *code, const char *guess, const char *fmt,
                          va_list ap) __attribute__((format(printf, 8, 0)));
void core_diag_add_guess(core_diags *d, core_severity sev, const char *file, const char *path,
                         int line, const char *code, const char *guess, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
void core_diags_free(core_diags *d);
/* Prints "file:line: error: path: message [code]" lines. */
void core_diags_print(const core_diags *d, FILE *out);
/* Sorts by file, line, then path (stable for equal keys). */
void core_diags_sort(core_diags *d);

#endif
