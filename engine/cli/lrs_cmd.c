/* lrs_cmd.c: `rapport lrs set|show|retry-rejected`, `rapport sync`,
 * `rapport xapi-export`, and what the terminal player does after a session
 * when an LRS is configured. The work is in engine/lrs; this file talks to
 * the person at the terminal. Nothing here prints the password. */
#include "app.h"
#include "cli.h"
#include "i18n.h"
#include "lrs.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void no_config(const char *path)
{
    fprintf(stderr,
            _("rapport: no LRS is configured (%s does not exist); an administrator sets one with\n"
              "  rapport lrs set --endpoint URL --user KEY --password-file FILE\n"
              "(see docs/organisations.md)\n"),
            path);
}

/* Loads the configuration. A file that exists but cannot be used is reported
 * here; a missing one is left to the caller (it is normal for most people). */
static lrs_status load(lrs_config *c, char **path)
{
    char msg[1200];
    *path = lrs_config_path();
    if (!*path) {
        fprintf(stderr, "rapport: out of memory\n");
        lrs_config_defaults(c);
        return LRS_ERROR;
    }
    lrs_status st = lrs_config_load(*path, c, msg, sizeof msg);
    if (st == LRS_ERROR) fprintf(stderr, "rapport: %s\n", msg);
    return st;
}

/* The queues to work on: the player's (with --player) or every queue in the
 * data folder (a shared workshop machine holds many). Returns the count. */
static int queues(const cli_opts *o, char ***out)
{
    *out = NULL;
    char *dir = st_data_dir(o->data_dir);
    if (!dir) return 0;
    int n = 0;
    if (o->player) {
        char *pf = st_player_file(dir, o->player);
        char *q = pf ? lrs_queue_path(pf) : NULL;
        free(pf);
        if (q && (*out = malloc(sizeof **out)))
            (*out)[n++] = q;
        else
            free(q);
        free(dir);
        return n;
    }
    DIR *d = opendir(dir);
    struct dirent *e;
    static const char suffix[] = ".xapi-queue.json";
    while (d && (e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l <= sizeof suffix - 1 || strcmp(e->d_name + l - (sizeof suffix - 1), suffix) != 0)
            continue;
        char **v = realloc(*out, sizeof *v * (size_t)(n + 1));
        if (!v) break;
        *out = v;
        size_t len = strlen(dir) + l + 2;
        if (!(v[n] = malloc(len))) break;
        snprintf(v[n++], len, "%s/%s", dir, e->d_name);
    }
    if (d) closedir(d);
    free(dir);
    return n;
}

static void free_list(char **v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static void print_rejected(void *ud, const lrs_rejection *r)
{
    FILE *f = ud;
    fprintf(f, _("rejected%s: %s %s at %s (statement %s): HTTP %ld: %s\n"),
            r->now ? "" : _(" earlier"), r->verb ? r->verb : "?", r->scenario ? r->scenario : "?",
            r->timestamp ? r->timestamp : "?", r->id, r->http_status,
            r->reason ? r->reason : _("(no reason given)"));
}

/* Reads the password: the first line of a file, or of stdin for "-". Never from
 * the command line, where every user of the machine could read it in ps. */
static char *read_password(const char *file)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
    if (!f) {
        fprintf(stderr, _("rapport: cannot read the password file %s: %s\n"), file,
                strerror(errno));
        return NULL;
    }
    char buf[4096];
    char *line = fgets(buf, sizeof buf, f);
    if (f != stdin) fclose(f);
    if (!line) {
        fprintf(stderr, _("rapport: the password file %s is empty\n"), file);
        return NULL;
    }
    size_t n = strcspn(buf, "\r\n");
    buf[n] = '\0';
    if (n == 0) {
        fprintf(stderr, _("rapport: the password file %s is empty\n"), file);
        return NULL;
    }
    char *p = strdup(buf);
    for (volatile char *q = buf; q < buf + sizeof buf; q++)
        *q = '\0';
    return p;
}

static bool replace(char **dst, const char *val)
{
    char *d = val && *val ? strdup(val) : NULL;
    if (val && *val && !d) return false;
    free(*dst);
    *dst = d;
    return true;
}

static void show_config(const char *path, const lrs_config *c)
{
    const char *none = _("(none)"), *yes = _("yes"), *no = _("no");
    printf(_("configuration: %s\n"), path);
    printf(_("  endpoint:      %s\n"), c->endpoint ? c->endpoint : none);
    printf(_("  user:          %s\n"), c->username ? c->username : none);
    printf(_("  password:      %s\n"), c->password ? _("******** (set)") : none);
    printf(_("  registration:  %s\n"), c->registration ? c->registration : none);
    printf(_("  anonymise:     %s\n"),
           c->anonymise ? _("yes (stable pseudonyms)") : _("no (names)"));
    printf(_("  send choices:  %s\n"), c->send_choices ? yes : no);
    printf(_("  auto sync:     %s\n"), c->auto_sync ? yes : no);
    printf(_("  iri base:      %s\n"), c->iri_base ? c->iri_base : LRS_DEFAULT_IRI_BASE);
    printf(_("  timeout:       %ld s\n"), c->timeout_s);
    if (c->allow_http) printf("%s", _("  allow http:    yes\n"));
    if (c->pseudonym_key) printf("%s", _("  pseudonym key: (set in the configuration)\n"));
}

static int lrs_set(const cli_opts *o)
{
    lrs_config c;
    char *path;
    char msg[1200];
    /* Missing is fine (first setup); a bad file must be fixed by hand first. */
    if (load(&c, &path) == LRS_ERROR) {
        lrs_config_free(&c);
        free(path);
        return 1;
    }
    bool ok = true;
    if (o->lrs_endpoint) ok &= replace(&c.endpoint, o->lrs_endpoint);
    if (o->lrs_user) ok &= replace(&c.username, o->lrs_user);
    if (o->lrs_iri_base) ok &= replace(&c.iri_base, o->lrs_iri_base);
    if (o->lrs_registration) {
        bool none = strcmp(o->lrs_registration, "none") == 0;
        ok &= replace(&c.registration, none ? NULL : o->lrs_registration);
    }
    if (o->lrs_password_file) {
        char *pw = read_password(o->lrs_password_file);
        if (!pw) {
            lrs_config_free(&c);
            free(path);
            return 1;
        }
        if (c.password)
            for (volatile char *q = c.password; *q; q++)
                *q = '\0';
        free(c.password);
        c.password = pw;
    }
    if (o->anonymise) c.anonymise = true;
    if (o->no_anonymise) c.anonymise = false;
    if (o->send_choices) c.send_choices = true;
    if (o->no_send_choices) c.send_choices = false;
    int rc = 1;
    if (!ok) {
        fprintf(stderr, "rapport: out of memory\n");
    } else if (!lrs_config_check(&c, msg, sizeof msg)) {
        fprintf(stderr, _("rapport: %s; nothing was written\n"), msg);
    } else if (lrs_config_save(path, &c, msg, sizeof msg) != LRS_OK) {
        fprintf(stderr, "rapport: %s\n", msg);
    } else {
        printf("%s", _("LRS configuration written (mode 0600).\n"));
        show_config(path, &c);
        rc = 0;
    }
    lrs_config_free(&c);
    free(path);
    return rc;
}

static int lrs_show(const cli_opts *o)
{
    lrs_config c;
    char *path;
    char msg[1200];
    lrs_status st = load(&c, &path);
    if (st != LRS_OK) {
        if (st == LRS_MISSING) no_config(path);
        lrs_config_free(&c);
        free(path);
        return 1;
    }
    show_config(path, &c);
    if (!lrs_config_check(&c, msg, sizeof msg)) printf(_("  problem:       %s\n"), msg);
    char **qs;
    int n = queues(o, &qs);
    for (int i = 0; i < n; i++) {
        lrs_queue_info qi;
        st = lrs_queue_read_info(qs[i], &qi, msg, sizeof msg);
        if (st == LRS_MISSING) continue;
        if (st != LRS_OK) {
            printf(_("queue %s: %s\n"), base_name(qs[i]), msg);
            continue;
        }
        printf(_("queue %s: %d waiting, %d rejected"), base_name(qs[i]), qi.pending, qi.rejected);
        if (qi.failures)
            printf(P_("; %d failed attempt, next after %s (%s)",
                      "; %d failed attempts, next after %s (%s)", qi.failures),
                   qi.failures, qi.next_attempt, qi.last_error);
        putchar('\n');
    }
    free_list(qs, n);
    lrs_config_free(&c);
    free(path);
    return 0;
}

static int lrs_retry(const cli_opts *o)
{
    char **qs;
    int n = queues(o, &qs), total = 0, rc = 0;
    char msg[1200];
    for (int i = 0; i < n; i++) {
        if (access(qs[i], F_OK) != 0) continue;
        int k = lrs_queue_retry_rejected(qs[i], msg, sizeof msg);
        if (k < 0) {
            fprintf(stderr, "rapport: %s\n", msg);
            rc = 1;
        } else {
            total += k;
        }
    }
    free_list(qs, n);
    printf(P_("%d rejected statement will be sent again at the next sync.\n",
              "%d rejected statements will be sent again at the next sync.\n", total),
           total);
    return rc;
}

int cli_lrs(const cli_opts *o)
{
    const char *sub = o->n_args ? o->args[0] : "";
    if (strcmp(sub, "set") == 0 && o->n_args == 1) return lrs_set(o);
    if (strcmp(sub, "show") == 0 && o->n_args == 1) return lrs_show(o);
    if (strcmp(sub, "retry-rejected") == 0 && o->n_args == 1) return lrs_retry(o);
    fprintf(stderr, "%s", _("rapport: lrs wants one of: set, show, retry-rejected\n"));
    cli_usage(stderr);
    return 2;
}

int cli_sync(const cli_opts *o)
{
    lrs_config c;
    char *path;
    lrs_status st = load(&c, &path);
    if (st != LRS_OK) {
        if (st == LRS_MISSING) no_config(path);
        lrs_config_free(&c);
        free(path);
        return 1;
    }
    lrs_init();
    char **qs;
    int n = queues(o, &qs), rc = 0, found = 0;
    for (int i = 0; i < n; i++) {
        char msg[1200];
        lrs_sync_result res;
        lrs_sync_opts so = {.on_rejected = print_rejected, .ud = stdout};
        st = lrs_sync(&c, qs[i], &so, &res, msg, sizeof msg);
        if (st == LRS_MISSING) continue;
        found++;
        if (st == LRS_ERROR || st == LRS_BUSY) fprintf(stderr, "rapport: %s\n", msg);
        printf(_("%s: %d sent, %d rejected, %d waiting\n"), base_name(qs[i]), res.sent,
               res.rejected, res.pending);
        if (st != LRS_OK || res.rejected || res.pending) rc = 1;
    }
    if (!found) printf("%s", _("nothing to send: no learning records are queued\n"));
    free_list(qs, n);
    lrs_config_free(&c);
    free(path);
    return rc;
}

int cli_xapi_export(const cli_opts *o)
{
    if (!o->out) {
        fprintf(stderr, "%s", _("rapport: xapi-export needs --out FILE\n"));
        cli_usage(stderr);
        return 2;
    }
    int n = lrs_export_file(o->args, o->n_args, o->out, o->anonymise, o->send_choices, stderr);
    if (n < 0) return 1;
    printf(P_("Wrote %d statement to %s.\n", "Wrote %d statements to %s.\n", n), n, o->out);
    return 0;
}

void cli_lrs_after_session(const char *progress_file, const app_record_result *rec, bool quiet)
{
    /* Not configured: nothing to do, nothing to say. */
    if (!rec->lrs_configured && !rec->lrs_queue_failed) return;
    FILE *out = quiet ? stderr : stdout;
    if (rec->lrs_queue_failed) {
        fprintf(stderr, _("rapport: learning records for this session were not queued: %s\n"),
                rec->lrs_msg);
        return;
    }
    if (!rec->lrs_sync_now) {
        if (!quiet)
            fprintf(out,
                    P_("Queued %d learning record for the LRS (rapport sync sends them).\n",
                       "Queued %d learning records for the LRS (rapport sync sends them).\n",
                       rec->lrs_queued),
                    rec->lrs_queued);
        return;
    }
    lrs_config c;
    char *path;
    lrs_status st = load(&c, &path);
    char msg[1200];
    if (st == LRS_OK) {
        lrs_init();
        char *q = lrs_queue_path(progress_file);
        lrs_sync_result res;
        lrs_sync_opts so = {.respect_backoff = true, .on_rejected = print_rejected, .ud = stderr};
        st = q ? lrs_sync(&c, q, &so, &res, msg, sizeof msg) : LRS_ERROR;
        if (st == LRS_OK && res.sent && !quiet)
            fprintf(out,
                    P_("Sent %d learning record to the LRS.\n",
                       "Sent %d learning records to the LRS.\n", res.sent),
                    res.sent);
        if (st != LRS_OK && st != LRS_MISSING)
            fprintf(stderr,
                    P_("rapport: %s; %d learning record waits in the queue (rapport sync "
                       "sends them)\n",
                       "rapport: %s; %d learning records wait in the queue (rapport sync "
                       "sends them)\n",
                       res.pending),
                    msg, res.pending);
        free(q);
    }
    lrs_config_free(&c);
    free(path);
}
