/* main.c: parses the command line and dispatches (see `rapport --help`). */
#include "app.h"
#include "cli.h"
#include "ui.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_usage(FILE *f)
{
    fputs("usage:\n"
          "  rapport [--pack PACK.pack.lua]             the window: the library, or a pack\n"
          "  rapport present FILE|ID|PACK.pack.lua      the presenter view, for a projector\n"
          "  rapport play [--text] [--choices 1,2,1] [--json] [--assessed] FILE|ID\n"
          "               [--from NODE] [--fact NAME]... [--trust KEY=N]... [--no-save]\n"
          "  rapport check [--json] [--strict] FILE...  validate; exit 1 and list every problem\n"
          "  rapport test FILE... [--runs N] [--seed S] [--exhaustive]\n"
          "                                             automated playthroughs + coverage\n"
          "  rapport graph FILE                         Graphviz DOT on stdout\n"
          "  rapport progress [--json]                  the player's history\n"
          "  rapport report FILE|DIR... [PACK.pack.lua] --html OUT [--csv OUT] [--xapi OUT]\n"
          "                 [--anonymise]\n"
          "                                             workshop report from many progress files\n"
          "  rapport lrs set --endpoint URL --user KEY --password-file FILE\n"
          "       [--registration UUID] [--iri-base IRI] [--[no-]anonymise] [--[no-]send-choices]\n"
          "  rapport lrs show|retry-rejected            the Learning Record Store link, queues\n"
          "  rapport sync                               send queued learning records to the LRS\n"
          "  rapport xapi-export FILE... --out OUT.json [--anonymise] [--send-choices]\n"
          "common options: --player NAME  --data-dir DIR  --help  --version\n",
          f);
}

static int bad_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
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

int main(int argc, char **argv)
{
    cli_opts o = {.runs = 2000, .seed = 1};
    static const char *const cmds[] = {"play",        "check",   "test", "graph",
                                       "progress",    "report",  "lrs",  "sync",
                                       "xapi-export", "present", NULL};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
#define NEEDS_VALUE()                                                                              \
    do {                                                                                           \
        /* "--player --data-dir x" lacks a value: do not swallow the option */                     \
        if (i + 1 >= argc || strncmp(argv[i + 1], "--", 2) == 0)                                   \
            return bad_usage("%s needs a value", a);                                               \
        val = argv[++i];                                                                           \
    } while (0)
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            cli_usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("rapport %s\n", RAPPORT_VERSION);
            return 0;
        } else if (strcmp(a, "--player") == 0) {
            NEEDS_VALUE();
            if (!*val) return bad_usage("%s needs a non-empty name", a);
            if (core_utf8_invalid(val, strlen(val)) >= 0) {
                fprintf(stderr, "rapport: --player: the name is not UTF-8 text, so it could "
                                "not be saved (check the terminal's encoding)\n");
                return 2;
            }
            o.player = val;
        } else if (strcmp(a, "--data-dir") == 0) {
            NEEDS_VALUE();
            o.data_dir = val;
        } else if (strcmp(a, "--pack") == 0) { /* the window on an exercise pack */
            NEEDS_VALUE();
            o.pack = val;
        } else if (strcmp(a, "--text") == 0) {
            o.text = true;
        } else if (strcmp(a, "--json") == 0) {
            o.json = true;
        } else if (strcmp(a, "--strict") == 0) {
            o.strict = true;
        } else if (strcmp(a, "--assessed") == 0) {
            o.assessed = true;
        } else if (strcmp(a, "--no-save") == 0) {
            o.no_save = true;
        } else if (strcmp(a, "--exhaustive") == 0) {
            o.exhaustive = true;
        } else if (strcmp(a, "--choices") == 0) {
            NEEDS_VALUE();
            char why[300];
            if (!cli_choices_valid(val, why, sizeof why)) return bad_usage("%s", why);
            o.choices = val;
        } else if (strcmp(a, "--from") == 0) {
            NEEDS_VALUE();
            o.from = val;
        } else if (strcmp(a, "--html") == 0) {
            NEEDS_VALUE();
            o.html = val;
        } else if (strcmp(a, "--csv") == 0) {
            NEEDS_VALUE();
            o.csv = val;
        } else if (strcmp(a, "--xapi") == 0) {
            NEEDS_VALUE();
            o.xapi = val;
        } else if (strcmp(a, "--anonymise") == 0 || strcmp(a, "--anonymize") == 0) {
            o.anonymise = true;
        } else if (strcmp(a, "--endpoint") == 0) { /* lrs set, xapi-export: lrs_cmd.c */
            NEEDS_VALUE();
            o.lrs_endpoint = val;
        } else if (strcmp(a, "--user") == 0) {
            NEEDS_VALUE();
            o.lrs_user = val;
        } else if (strcmp(a, "--password-file") == 0) {
            NEEDS_VALUE();
            o.lrs_password_file = val;
        } else if (strcmp(a, "--registration") == 0) {
            NEEDS_VALUE();
            o.lrs_registration = val;
        } else if (strcmp(a, "--iri-base") == 0) {
            NEEDS_VALUE();
            o.lrs_iri_base = val;
        } else if (strcmp(a, "--out") == 0) {
            NEEDS_VALUE();
            o.out = val;
        } else if (strcmp(a, "--no-anonymise") == 0 || strcmp(a, "--no-anonymize") == 0) {
            o.no_anonymise = true;
        } else if (strcmp(a, "--send-choices") == 0) {
            o.send_choices = true;
        } else if (strcmp(a, "--no-send-choices") == 0) {
            o.no_send_choices = true;
        } else if (strcmp(a, "--svg") == 0) {
            NEEDS_VALUE();
            o.svg = val;
        } else if (strcmp(a, "--fact") == 0) {
            NEEDS_VALUE();
            if (o.n_facts >= 64) return bad_usage("%s: too many facts", a);
            o.facts[o.n_facts++] = val;
        } else if (strcmp(a, "--trust") == 0) {
            NEEDS_VALUE();
            const char *eq = strchr(val, '=');
            char *end;
            if (!eq || eq == val || o.n_trust >= 64)
                return bad_usage("--trust wants KEY=NUMBER, not '%s'", val);
            errno = 0;
            double d = strtod(eq + 1, &end);
            if (errno || end == eq + 1 || *end)
                return bad_usage("--trust wants KEY=NUMBER, not '%s'", val);
            snprintf(o.trust_key_buf[o.n_trust], sizeof o.trust_key_buf[0], "%.*s", (int)(eq - val),
                     val);
            o.trust_keys[o.n_trust] = o.trust_key_buf[o.n_trust];
            o.trust[o.n_trust++] = d;
        } else if (strcmp(a, "--runs") == 0 || strcmp(a, "--seed") == 0) {
            NEEDS_VALUE();
            char *end;
            errno = 0;
            unsigned long long v = strtoull(val, &end, 10);
            if (errno || end == val || *end || val[0] == '-')
                return bad_usage("%s wants a whole number", a);
            if (a[2] == 'r') {
                if (v < 1 || v > 100000000) return bad_usage("%s wants 1 to 100000000", a);
                o.runs = (long)v;
            } else {
                o.seed = (unsigned long)v;
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            return bad_usage("unknown option '%s'", a);
        } else if (!o.cmd) {
            for (int k = 0; cmds[k]; k++)
                if (strcmp(a, cmds[k]) == 0) o.cmd = cmds[k];
            if (!o.cmd) return bad_usage("unknown command '%s'", a);
        } else {
            if (o.n_args >= CLI_MAX_ARGS) return bad_usage("%s", "too many arguments");
            o.args[o.n_args++] = a;
        }
#undef NEEDS_VALUE
    }
    if (!o.cmd) {
        ui_options u = {.data_dir = o.data_dir, .player = o.player, .pack = o.pack};
        return ui_run(&u);
    }
    if (o.pack && strcmp(o.cmd, "present") != 0)
        return bad_usage("--pack opens the window; it does not go with '%s'", o.cmd);
    if (strcmp(o.cmd, "present") == 0) { /* the presenter view: engine/ui/ui_present.c */
        if (o.n_args + (o.pack != NULL) != 1)
            return bad_usage("%s", "present needs one scenario FILE or ID, or one PACK.pack.lua");
        const char *f = o.pack ? o.pack : o.args[0];
        size_t n = strlen(f);
        bool is_pack = o.pack || (n > 9 && strcmp(f + n - 9, ".pack.lua") == 0);
        char *file = is_pack ? NULL : cli_resolve(f);
        if (!is_pack && !file) return 1;
        ui_options u = {.data_dir = o.data_dir,
                        .player = o.player,
                        .scenario = file,
                        .pack = is_pack ? f : NULL,
                        .present = true};
        int rc = ui_run(&u);
        free(file);
        return rc;
    }
    if (strcmp(o.cmd, "play") == 0) {
        if (o.n_args != 1) return bad_usage("%s", "play needs one FILE or ID");
        return cli_play(&o);
    }
    if (strcmp(o.cmd, "check") == 0) {
        if (o.n_args < 1) return bad_usage("%s", "check needs at least one FILE");
        return cli_check(&o);
    }
    if (strcmp(o.cmd, "test") == 0) {
        if (o.n_args < 1) return bad_usage("%s", "test needs at least one FILE");
        return cli_test(&o);
    }
    if (strcmp(o.cmd, "graph") == 0) {
        if (o.n_args != 1) return bad_usage("%s", "graph needs one FILE");
        return cli_graph(&o);
    }
    if (strcmp(o.cmd, "report") == 0) {
        if (o.n_args < 1) return bad_usage("%s", "report needs at least one progress FILE or DIR");
        return cli_report(&o);
    }
    if (strcmp(o.cmd, "lrs") == 0) return cli_lrs(&o);
    if (strcmp(o.cmd, "sync") == 0) {
        if (o.n_args != 0) return bad_usage("%s", "sync takes no arguments");
        return cli_sync(&o);
    }
    if (strcmp(o.cmd, "xapi-export") == 0) {
        if (o.n_args < 1) return bad_usage("%s", "xapi-export needs at least one progress FILE");
        return cli_xapi_export(&o);
    }
    if (o.n_args != 0) return bad_usage("%s", "progress takes no arguments");
    return cli_progress(&o);
}
