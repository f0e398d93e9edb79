/* script_local.h: what the files of engine/script share. Not a public header. */
#ifndef RAPPORT_SCRIPT_LOCAL_H
#define RAPPORT_SCRIPT_LOCAL_H

#include "lines.h"
#include "sandbox.h"
#include "script.h"

#define SCR_STRAY_MAX 32 /* stray reads kept per scenario */

struct scr_scenario {
    lua_State *L; /* owned */
    sbx_state sb; /* the state's limits; must not move while L lives */
    scr_limits limits;
    core_scenario *sc; /* owned */
    core_hooks hooks;
    char **fn_paths; /* table path of each author function, for messages; owned */
    int n_fns;
    const core_state *cur; /* the state being read during a call; borrowed */
    int cur_fn;            /* handle of the author function running, for stray_reads */
    /* Reads of a state view with a key the scenario never defines (a
     * misspelt fact, cast key, skill or node id), each kept once. */
    struct scr_stray_read {
        int view;  /* 0 facts, 1 trust, 2 score, 3 visits */
        int fn;    /* the author function that read it */
        int line;  /* where, in the scenario file; 0 when unknown */
        char *key; /* owned */
    } stray[SCR_STRAY_MAX];
    int n_stray;
    struct scr_l10n *l10n; /* the translation (l10n.c), for what author functions return; owned */
    long step_left;        /* instructions left for the author calls of this step */
    double step_cpu_left;  /* CPU seconds left for the author calls of this step */
};

/* Registry keys. */
#define SCR_KEY_FNS "rapport.fns"               /* array of author functions, by handle */
#define SCR_KEY_STATE "rapport.state"           /* the read-only `state` proxy passed to them */
#define SCR_KEY_STATE_REAL "rapport.state_real" /* the table behind it */

/* ---- shared by the loaders (util.c) ---- */

/* Where a loader reports: the file, its diagnostics, its line map and state. */
typedef struct scr_src {
    const char *file;       /* borrowed */
    core_diags *d;          /* borrowed: problems are added here */
    const scr_lines *lines; /* borrowed; NULL: no lines known */
    lua_State *L;           /* borrowed */
} scr_src;
/* The scr_src of a loader's own context x (load.c's ld, pack.c's pk: any
 * struct with file, d, lines and L), as a pointer valid in the enclosing
 * block. */
#define SCR_SRC(x) (&(scr_src){(x)->file, (x)->d, (x)->lines, (x)->L})

/* Adds a problem at path, on the line where path was written. msg is in
 * English for JSON and tools; it is shown in the reader's language when fmt
 * is a marked message (CORE_TR) with a translation (core_diag_tr); guess,
 * when not NULL, ends both with "; did you mean 'guess'?". */
void scr_diag(const scr_src *x, core_severity sev, const char *path, const char *code,
              const char *guess, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Runs check(table, ctx) under lua_pcall on x->L, the table being the value
 * on top of the stack (popped) and ctx a light userdata (borrowed), so that
 * running out of memory while the checks push keys is a message: then an
 * "internal" error on x->file ("could not be checked: ...") and false. */
bool scr_run_checks(const scr_src *x, lua_CFunction check, void *ctx);

/* path + ".key", or path + "[\"key\"]" when key is not a plain name. */
void scr_join(char *out, size_t n, const char *path, const char *key);
/* path[i], as scr_join does for keys (out may be path). */
void scr_index(char *out, size_t n, const char *path, long long i);
const char *scr_type_name(lua_State *L, int idx);
/* Pushes t[key] without metamethods for the table at idx; returns its type. */
int scr_rawfield(lua_State *L, int idx, const char *key);
/* Letters, digits, '.', '_' and '-', at least one. */
bool scr_valid_id(const char *s);
/* Warns about keys of the table at idx that are not in known[] (NULL-ended);
 * `what` names the format in the message ("format 1", "packs"). */
void scr_unknown_keys(const scr_src *x, int idx, const char *path, const char *const *known,
                      const char *what);
/* A field a table may have, and what the table means without it: the
 * misspelt-field error says so ("this node is spoken by the narrator"). */
typedef struct scr_field {
    const char *name;
    const char *without; /* NULL: "that field is not set" */
} scr_field;
/* As scr_unknown_keys over fields (ended by a NULL name), except that a key a
 * slip or two from a field the table lacks is an error (misspelt-field) that
 * names the field and what leaving it out does. */
void scr_check_fields(const scr_src *x, int idx, const char *path, const scr_field *fields,
                      const char *what);
/* Turns "file:12: message" from Lua into an error at line 12. */
void scr_lua_failure(const scr_src *x, const char *what, const char *msg);
/* As scr_lua_failure; with the source text, a syntax error caused by a
 * missing comma says where the comma goes, at that line. */
void scr_lua_failure_src(const scr_src *x, const char *what, const char *msg, const char *src,
                         size_t len);

/* Builds the `state` table and its read-only views (call.c). Runs protected. */
int scr_setup_state(lua_State *L);
/* Installs the hooks for s (call.c). */
void scr_init_hooks(scr_scenario *s);

#endif
