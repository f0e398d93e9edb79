/* i18n.c: finds the message catalogs and picks the language (i18n.h).
 *
 * Where the catalogs are: $RAPPORT_LOCALEDIR, then next to the program
 * (BUILD/locale in the build tree, ../share/locale once installed), then
 * the build tree this was compiled in (RAPPORT_LOCALE_DIR, for the test
 * programs that live in its subfolders). The first that holds a rapport.mo
 * for some language wins.
 *
 * Only LC_MESSAGES is taken from the environment: LC_NUMERIC stays "C", so
 * "%.1f" keeps its point in JSON and CSV in every language, and the catalogs
 * are read as UTF-8 whatever LC_CTYPE says (bind_textdomain_codeset).
 *
 * Two readers of one set of catalogs. The environment's language is read by
 * gettext, set up once by init (the first call; the window makes it before
 * it starts any thread); after that nothing here changes the locale or the
 * environment, because setenv and setlocale are undefined while other
 * threads run (glibc), and the window's worker threads (reading aloud, the
 * journal's fold, the LRS sync) call getenv and gettext at any moment. Any other
 * language, the window's setting included, is read per lookup from its .mo
 * file by app_mo.h's reader: the file is loaded once, on first use, and kept
 * unchanged until exit, so any thread may read it.
 *
 * Depends on: the C library (gettext, setlocale, pthread), app_mo.h. */
#include "i18n.h"
#include "app_mo.h"

#include <dirent.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <unistd.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char catalog_dir[PATH_MAX + 32]; /* where init found the catalogs, "" when nowhere */
/* The window's language setting ("" to follow the environment): the program
 * keeps it itself, so what opens scenarios need not read it back from
 * LANGUAGE, which anything in the process may change. Set and read by the
 * drawing thread. */
static char chosen[32];

/* Where _() reads from: gettext (the environment's language), a catalog read
 * by app_mo, or nothing (the strings as written). */
typedef struct source {
    bool gettext;
    const app_mo *mo; /* when !gettext; NULL: as written */
} source;
static const source follow_env = {true, NULL}, as_written = {false, NULL};
/* The window's setting as lookups see it: swapped whole by
 * app_i18n_set_language, read by any thread. */
static _Atomic(const source *) in_use = &follow_env;

/* The catalogs read by app_mo, by language: loaded on first use under the
 * lock, then never changed nor freed (their addresses are handed out). */
#define MAX_CATALOGS 16
static struct catalog {
    char code[8];
    source src; /* src.mo NULL: no catalog for code */
} catalogs[MAX_CATALOGS];
static int n_catalogs;
static pthread_mutex_t catalogs_lock = PTHREAD_MUTEX_INITIALIZER;

/* Words that engine/core and engine/app keep in English (their tables feed
 * JSON, reports and the checker as well) and the front ends show through
 * _(): listed here so xgettext puts them in the template. */
__attribute__((unused)) static const char *const shown_elsewhere[] = {
    /* the default skills' keys, shown where a scenario names its skills
     * ("Tip for listening:"); other keys stay as the author wrote them */
    N_("listening"), N_("value_first"),
    /* core/vocab.c: the skills' labels and phrases */
    N_("Listening"), N_("Empathy"), N_("Value first"), N_("active listening"), N_("empathy"),
    N_("giving value before asking"),
    /* core/vocab.c: the behaviour tags */
    N_("asked before giving anything"), N_("interrupted"),
    N_("asked again about something already said"), N_("steered the talk away from their point"),
    N_("missed the cue"), N_("brushed the feeling aside"), N_("made it about themselves"),
    N_("gave a reply that could follow anything"), N_("made a vague ask"), N_("noticed the cue"),
    N_("recalled a detail"), N_("paraphrased"), N_("asked a follow-up question"),
    N_("asked an open question"), N_("named the feeling"), N_("took their perspective"),
    N_("respected their time"), N_("shared something useful"), N_("offered help"),
    N_("celebrated their news"), N_("said thank you"), N_("followed through"),
    N_("made a small, specific ask"),
    /* the modes as core and the packs name them ("practice", "assessed") */
    N_("practice"), N_("assessed"),
    /* app/practice_ask.c: the homework answers */
    N_("I did it"), N_("Partly"), N_("Not yet"), N_("Not answered")};

/* The languages with a catalog in assets/locale, besides English. */
static const char *const languages[] = {"fr", NULL};

static bool is_c(const char *v)
{
    return !v || !*v || strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0;
}

/* dir holds at least one LANG/LC_MESSAGES/rapport.mo */
static bool has_catalogs(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char p[PATH_MAX + 300];
        struct stat sb;
        snprintf(p, sizeof p, "%s/%s/LC_MESSAGES/" APP_I18N_DOMAIN ".mo", dir, e->d_name);
        found = stat(p, &sb) == 0 && S_ISREG(sb.st_mode);
    }
    closedir(d);
    return found;
}

static bool find_dir(char *out, size_t n)
{
    const char *env = getenv("RAPPORT_LOCALEDIR");
    if (env && *env && has_catalogs(env)) {
        snprintf(out, n, "%s", env);
        return true;
    }
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) *slash = '\0';
        static const char *const rel[] = {"locale", "../locale", "../share/locale"};
        for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
            snprintf(out, n, "%s/%s", exe, rel[i]);
            if (has_catalogs(out)) return true;
        }
    }
#ifdef RAPPORT_LOCALE_DIR
    snprintf(out, n, "%s", RAPPORT_LOCALE_DIR);
    if (has_catalogs(out)) return true;
#endif
    return false;
}

/* The first of LC_ALL, LC_MESSAGES, LANG that is set: the locale POSIX says
 * LC_MESSAGES follows. */
static const char *wanted_locale(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) return v;
    }
    return NULL;
}

static void init(void)
{
    const char *v = getenv("LANGUAGE");
    const char *loc = setlocale(LC_MESSAGES, "");
    if (!loc) {
        /* The environment names a locale the system lacks (a container with
         * only C.UTF-8, say). Its language still has a catalog here, so read
         * messages under C.UTF-8 and name the language through LANGUAGE,
         * which GNU gettext consults whenever LC_MESSAGES is not "C". */
        const char *want = wanted_locale();
        if (!is_c(want) && setlocale(LC_MESSAGES, "C.UTF-8")) {
            if (!v || !*v) {
                char lang[64];
                snprintf(lang, sizeof lang, "%s", want);
                lang[strcspn(lang, ".@")] = '\0';
                setenv("LANGUAGE", lang, 1);
            }
        } else {
            setlocale(LC_MESSAGES, "C");
        }
    }
    /* LANGUAGE alone names the language too (LANGUAGE=fr rapport ...), as
     * scenario translation reads it (docs/translating.md): GNU gettext
     * would ignore it under "C", so messages are read under C.UTF-8 then. */
    v = getenv("LANGUAGE");
    if (v && *v && is_c(setlocale(LC_MESSAGES, NULL))) setlocale(LC_MESSAGES, "C.UTF-8");
    if (find_dir(catalog_dir, sizeof catalog_dir))
        bindtextdomain(APP_I18N_DOMAIN, catalog_dir);
    else
        catalog_dir[0] = '\0';
    bind_textdomain_codeset(APP_I18N_DOMAIN, "UTF-8");
}

void app_i18n_init(void)
{
    pthread_once(&once, init);
}

/* A language tag as the catalogs' headers write it ("fr", "pt_BR", "fr-CA")
 * into out as [a-z]{2,3} with an optional -[A-Z]{2} ("pt-BR"); false for
 * anything else, so nothing but such a tag reaches an HTML attribute or a
 * catalog's path. */
static bool plain_tag(const char *v, size_t len, char out[8])
{
    size_t k = 0;
    while (k < len && k < 3 && v[k] >= 'a' && v[k] <= 'z')
        k++;
    if (k < 2) return false;
    if (k < len) {
        if (len != k + 3 || (v[k] != '_' && v[k] != '-')) return false;
        for (size_t i = k + 1; i < len; i++)
            if (v[i] < 'A' || v[i] > 'Z') return false;
    }
    memcpy(out, v, len);
    out[len] = '\0';
    if (k < len) out[k] = '-';
    return true;
}

/* The catalog for tag ("fr", "pt-BR": its folder is pt_BR, else pt), read
 * by app_mo; NULL when there is none. A file that is there but damaged is
 * named on stderr (once: the result is kept) and its words stay English. */
static app_mo *load(const char *tag)
{
    char folder[8];
    snprintf(folder, sizeof folder, "%s", tag);
    char *dash = strchr(folder, '-');
    if (dash) *dash = '_'; /* gettext's folders: pt_BR */
    for (int pass = 0; catalog_dir[0] && pass < 2; pass++) {
        if (pass == 1) {
            if (!strchr(folder, '_')) break;
            folder[strcspn(folder, "_")] = '\0';
        }
        char path[sizeof catalog_dir + 64], why[300];
        snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/" APP_I18N_DOMAIN ".mo", catalog_dir,
                 folder);
        struct stat sb;
        if (stat(path, &sb) != 0) continue;
        app_mo *m = app_mo_open(path, why, sizeof why);
        if (!m)
            fprintf(stderr, _("rapport: %s: %s; those words are shown in English\n"), path, why);
        return m;
    }
    return NULL;
}

/* Where to read language code's words: as_written for English, for a code
 * that is not a plain tag, or one without a catalog; else its catalog. */
static const source *source_for(const char *code)
{
    char tag[8];
    if (!code || !plain_tag(code, strlen(code), tag) || strcmp(tag, "en") == 0) return &as_written;
    pthread_once(&once, init);
    const source *s = NULL;
    pthread_mutex_lock(&catalogs_lock);
    for (int i = 0; i < n_catalogs && !s; i++)
        if (strcmp(catalogs[i].code, tag) == 0) s = &catalogs[i].src;
    if (!s && n_catalogs < MAX_CATALOGS) {
        struct catalog *c = &catalogs[n_catalogs];
        snprintf(c->code, sizeof c->code, "%s", tag);
        c->src.mo = load(tag);
        s = &c->src;
        n_catalogs++;
    }
    pthread_mutex_unlock(&catalogs_lock);
    return s && s->mo ? s : &as_written;
}

/* key's translation in s (a catalog source), else fallback. */
static const char *from(const source *s, const char *key, const char *fallback)
{
    const char *t = s->mo ? app_mo_get(s->mo, key) : NULL;
    return t ? t : fallback;
}

static const char *plural_from(const source *s, const char *one, const char *many, unsigned long n)
{
    const char *t = s->mo ? app_mo_plural(s->mo, one, n) : NULL;
    return t ? t : n == 1 ? one : many;
}

/* The source lookups use now: the window's setting, else gettext. */
static const source *current(void)
{
    pthread_once(&once, init);
    return atomic_load(&in_use);
}

const char *app_tr(const char *msgid)
{
    const source *s = current();
    return s->gettext ? dgettext(APP_I18N_DOMAIN, msgid) : from(s, msgid, msgid);
}

const char *app_trc(const char *ctx, const char *msgid)
{
    /* The catalog keys a message with a context as "ctx\004msgid" (GNU
     * gettext's pgettext, which glibc has only as a macro of gettext.h). */
    char key[512];
    int n = snprintf(key, sizeof key, "%s\004%s", ctx, msgid);
    if (n < 0 || (size_t)n >= sizeof key) return msgid;
    const source *s = current();
    if (!s->gettext) return from(s, key, msgid);
    const char *t = dgettext(APP_I18N_DOMAIN, key);
    return t == key ? msgid : t;
}

const char *app_trn(const char *one, const char *many, unsigned long n)
{
    const source *s = current();
    return s->gettext ? dngettext(APP_I18N_DOMAIN, one, many, n) : plural_from(s, one, many, n);
}

const char *app_tr_in(const char *code, const char *msgid)
{
    return from(source_for(code), msgid, msgid);
}

const char *app_trn_in(const char *code, const char *one, const char *many, unsigned long n)
{
    return plural_from(source_for(code), one, many, n);
}

void app_i18n_set_language(const char *code)
{
    pthread_once(&once, init);
    snprintf(chosen, sizeof chosen, "%s", code ? code : "");
    /* No setenv, no setlocale: lookups switch source in one atomic store. */
    atomic_store(&in_use, code && *code ? source_for(code) : &follow_env);
}

const char *app_i18n_language(void)
{
    static char code[32];
    pthread_once(&once, init);
    if (chosen[0]) {
        snprintf(code, sizeof code, "%s", chosen);
        return code;
    }
    const char *loc = setlocale(LC_MESSAGES, NULL);
    if (is_c(loc)) return "en"; /* GNU gettext then ignores LANGUAGE too */
    const char *l = getenv("LANGUAGE");
    if (!l || !*l) l = loc;
    snprintf(code, sizeof code, "%s", l);
    code[strcspn(code, ":_.@")] = '\0';
    if (!code[0] || strcmp(code, "C") == 0 || strcmp(code, "POSIX") == 0) return "en";
    return code;
}

/* The tag in a catalog header's "Language:" line (msgid "", the header
 * msgfmt keeps as the catalog's first message), "en" when there is none or
 * it is not a plain tag. */
static const char *header_language(const char *hdr, char out[8])
{
    for (const char *p = hdr; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
        if (strncmp(p, "Language:", 9) != 0) continue;
        const char *v = p + 9;
        v += strspn(v, " \t");
        size_t len = strcspn(v, " \t\r\n");
        return plain_tag(v, len, out) ? out : "en";
    }
    return "en";
}

const char *app_i18n_catalog(void)
{
    static _Thread_local char code[8];
    const source *s = current();
    /* gettext answers msgid "" with the header of the catalog it found for
     * the language list in force (LANGUAGE's first entry with a catalog, an
     * alias, a variant such as fr for fr_CA), and with "" when it found none:
     * the language the words are actually in, not the one asked for. */
    static const char header_id[] = ""; /* a variable: xgettext would list a literal "" */
    const char *hdr = s->gettext ? dgettext(APP_I18N_DOMAIN, header_id) : app_mo_header(s->mo);
    return header_language(hdr, code);
}

const char *app_i18n_setting(void)
{
    return chosen[0] ? chosen : NULL;
}

const char *const *app_i18n_languages(void)
{
    return languages;
}

const char *app_i18n_name(const char *code)
{
    if (!code) return "";
    if (strcmp(code, "en") == 0) return "English";
    if (strcmp(code, "fr") == 0) return "Français";
    return code;
}
