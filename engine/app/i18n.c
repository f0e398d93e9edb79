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
 * Depends on: the C library (gettext, setlocale, pthread_once). The state
 * here is process-wide by nature: gettext's own is too. */
#include "i18n.h"

#include <dirent.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
/* LANGUAGE as init left it (the environment's, or the one it named for a
 * missing locale), so "follow the system" can put it back. */
static char env_language[128];
static bool had_env_language;
static char start_locale[128]; /* LC_MESSAGES as chosen at start */
/* The window's language setting ("" to follow the environment): the program
 * keeps it itself, so what opens scenarios need not read it back from
 * LANGUAGE, which anything in the process may change. Set and read by the
 * drawing thread. */
static char chosen[32];

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
    had_env_language = v != NULL;
    snprintf(env_language, sizeof env_language, "%s", v ? v : "");
    loc = setlocale(LC_MESSAGES, NULL);
    snprintf(start_locale, sizeof start_locale, "%s", loc ? loc : "C");
    char dir[PATH_MAX + 32];
    if (find_dir(dir, sizeof dir)) bindtextdomain(APP_I18N_DOMAIN, dir);
    bind_textdomain_codeset(APP_I18N_DOMAIN, "UTF-8");
}

void app_i18n_init(void)
{
    pthread_once(&once, init);
}

const char *app_tr(const char *msgid)
{
    pthread_once(&once, init);
    return dgettext(APP_I18N_DOMAIN, msgid);
}

const char *app_trc(const char *ctx, const char *msgid)
{
    /* The catalog keys a message with a context as "ctx\004msgid" (GNU
     * gettext's pgettext, which glibc has only as a macro of gettext.h). */
    char key[512];
    int n = snprintf(key, sizeof key, "%s\004%s", ctx, msgid);
    if (n < 0 || (size_t)n >= sizeof key) return msgid;
    pthread_once(&once, init);
    const char *t = dgettext(APP_I18N_DOMAIN, key);
    return t == key ? msgid : t;
}

const char *app_trn(const char *one, const char *many, unsigned long n)
{
    pthread_once(&once, init);
    return dngettext(APP_I18N_DOMAIN, one, many, n);
}

void app_i18n_set_language(const char *code)
{
    pthread_once(&once, init);
    snprintf(chosen, sizeof chosen, "%s", code ? code : "");
    if (code && *code) {
        /* GNU gettext ignores LANGUAGE under the "C" locale: read messages
         * under C.UTF-8 then (its other categories are untouched). */
        if (is_c(setlocale(LC_MESSAGES, NULL))) setlocale(LC_MESSAGES, "C.UTF-8");
        setenv("LANGUAGE", code, 1);
    } else {
        setlocale(LC_MESSAGES, start_locale);
        if (had_env_language)
            setenv("LANGUAGE", env_language, 1);
        else
            unsetenv("LANGUAGE");
    }
    /* Changing the default domain is what tells gettext its cached
     * translations are stale (the counter it keeps for that is internal). */
    textdomain(textdomain(NULL));
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

/* A language tag as the catalogs' headers write it ("fr", "pt_BR", "fr-CA")
 * into out as [a-z]{2,3} with an optional -[A-Z]{2} ("pt-BR"); false for
 * anything else, so nothing but such a tag reaches an HTML attribute. */
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
    pthread_once(&once, init);
    /* gettext answers msgid "" with the header of the catalog it found for
     * the language list in force (LANGUAGE's first entry with a catalog, an
     * alias, a variant such as fr for fr_CA), and with "" when it found none:
     * the language the words are actually in, not the one asked for. */
    const char *hdr = dgettext(APP_I18N_DOMAIN, "");
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
