/* expect.h: expectations authors write beside a scenario (NAME.test.lua):
 * choice lists with the outcome and scores they must give. Loaded through the
 * same sandbox as scenarios; run by `rapport test`.
 *
 *   return {
 *     { name = "best path", choices = "1,1,2", outcome = "connected",
 *       skills = { listening = { raw = 3 }, value_first = { percent = 100 } } },
 *     { from = "late", facts = { "met" }, trust = { maya = 2 }, choices = { 1 },
 *       outcome = "warm" },
 *     { choices = "1,9", error = "showed 2 choices" },
 *     { name = "no guessing bot wins", bots = { max_good = 10 } },
 *   }
 */
#ifndef RAPPORT_SCRIPT_EXPECT_H
#define RAPPORT_SCRIPT_EXPECT_H

#include "diag.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct scr_expect_skill {
    char *name;
    bool has_raw, has_percent;
    double raw, percent;
} scr_expect_skill;

typedef struct scr_expect {
    char *name;    /* label for messages; "case N" when the author gave none */
    char *choices; /* "1,2,t" */
    char *from;    /* start node, or NULL */
    char **facts;
    int n_facts;
    char **trust_keys;
    double *trust;
    int n_trust;
    char *outcome; /* ending label that must be reached, or NULL */
    char *error;   /* text a runtime error must contain, or NULL */
    /* `bots = { max_good = 10, runs = 200 }`: no guessing bot (rapport test
     * --bots) may reach a `good` ending in more than max_good percent of its runs. */
    bool has_bots;
    double bots_max_good; /* percent, 0 by default */
    long bots_runs;       /* 0 = the default */
    scr_expect_skill skills[8];
    int n_skills;
    int line; /* in the .test.lua file */
} scr_expect;

typedef struct scr_expects {
    scr_expect *v; /* owned */
    int n;
} scr_expects;

/* Loads file; problems go to d. Returns false when it has errors. */
bool scr_load_expects(const char *file, scr_expects *out, core_diags *d);
/* As scr_load_expects, from text in memory; file names it in messages. */
bool scr_load_expects_buffer(const char *file, const char *buf, size_t len, scr_expects *out,
                             core_diags *d);
void scr_expects_free(scr_expects *e);

#endif
