/* diag.h: problems found in a scenario, with the place they were found.
 * Filled by the loaders (engine/script: scenarios, packs, expectations) and
 * the authoring checks (engine/app/check.c); printed by the front ends.
 * Depends on: the C library only. */
#ifndef RAPPORT_CORE_DIAG_H
#define RAPPORT_CORE_DIAG_H

#include <stdbool.h>
#include <stdio.h>

typedef enum core_severity { CORE_ERROR, CORE_WARNING } core_severity;

typedef struct core_diag {
    core_severity severity;
    char *file; /* owned; may be NULL */
    char *path; /* place inside the table, e.g. nodes.arrive.choices[2].to; owned, may be "" */
    int line;   /* 0 when unknown */
    char *code; /* short stable name of the check, e.g. "unknown-target"; owned */
    char *msg;  /* what is wrong, with "did you mean" where it applies; owned */
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
void core_diags_free(core_diags *d);
/* Prints "file:line: error: path: message [code]" lines. */
void core_diags_print(const core_diags *d, FILE *out);
/* Sorts by file, line, then path (stable for equal keys). */
void core_diags_sort(core_diags *d);

#endif
