/* i18n.h: the program's own words in the reader's language (GNU gettext).
 * The window and the terminal wrap each message a person reads in _() (or
 * P_() where a number decides the form); machine-readable output (--json,
 * check's codes and file:line:col: prefixes, xAPI, CSV headers, the language
 * server) is never wrapped, so it stays the same in every language.
 *
 * The catalogs are assets/locale/LANG.po, compiled by the build into
 * BUILD/locale/LANG/LC_MESSAGES/rapport.mo (docs/translating.md). The first
 * call finds them and picks the language from the environment: LANGUAGE (a
 * list, the first language with a catalog wins), else the first of LC_ALL,
 * LC_MESSAGES, LANG; also where the system has no locale of that name
 * installed, and (as scenario translation does) LANGUAGE even when no locale
 * is set. With no language set, or C, or English, every string comes back as
 * written: byte for byte the same.
 *
 * Depends on: the C library's gettext (glibc). Any part may include this. */
#ifndef RAPPORT_I18N_H
#define RAPPORT_I18N_H

#define APP_I18N_DOMAIN "rapport"

/* msgid in the current language, or msgid itself when there is no
 * translation. The result is static (the catalog's or msgid): never freed. */
const char *app_tr(const char *msgid) __attribute__((format_arg(1)));
/* The form of one/many that suits n in the current language (French says
 * "1 essai" and "0 essai", English "0 tries"). */
const char *app_trn(const char *one, const char *many, unsigned long n)
    __attribute__((format_arg(1))) __attribute__((format_arg(2)));

/* msgid as it reads in context ctx (gettext's msgctxt), for a word that
 * means something else elsewhere ("Good" as an ending, not as a rating); msgid
 * itself when there is no translation. Static, as app_tr's. */
const char *app_trc(const char *ctx, const char *msgid) __attribute__((format_arg(2)));

#define _(s) app_tr(s)
#define C_(ctx, s) app_trc(ctx, s)
/* Marks a string in a table for xgettext; the code translates it with _() where
 * it is shown. */
#define N_(s) (s)
/* The same for a string read in context ctx (translated with C_(ctx, s)). */
#define NC_(ctx, s) (s)
#define P_(one, many, n) app_trn(one, many, (unsigned long)(n))

/* Reads the environment and finds the catalogs; each call above does it on
 * first use. The window (ui_run) calls it before it starts any thread: this
 * first call may set LC_MESSAGES and (for a locale the system lacks)
 * LANGUAGE, which is safe only then; nothing here changes either afterwards. */
void app_i18n_init(void);
/* The window's language setting: "en", "fr" (any code with a catalog), or NULL
 * to follow the environment again. Later calls to _() in any thread use it at
 * once (a thread in the middle of one call may still get the old language
 * for it). Neither the environment nor the locale changes: the setting's
 * catalog is read by app_mo.h, so worker threads calling getenv or gettext
 * meanwhile are safe. Call from the thread that draws (app_i18n_setting's
 * string is that thread's). */
void app_i18n_set_language(const char *code);
/* msgid as language code's catalog words it ("fr"; "pt-BR" is read from
 * pt_BR, else pt), whatever language _() speaks now; msgid itself for "en",
 * a code without a catalog or one that is not a plain tag. Reads the catalog
 * file once, never the environment nor the locale, so any thread may call
 * it at any time. Static (the catalog is kept until exit): never freed. */
const char *app_tr_in(const char *code, const char *msgid) __attribute__((format_arg(2)));
/* The form of one/many that n takes in language code, as app_tr_in. */
const char *app_trn_in(const char *code, const char *one, const char *many, unsigned long n)
    __attribute__((format_arg(2))) __attribute__((format_arg(3)));
/* The language the program's own strings follow now, as a bare code ("fr",
 * "de"; the first of LANGUAGE's list, else LC_MESSAGES's language), or "en"
 * when they are shown as written (the C locale). Scenario translation can
 * follow it, so the scenarios and the program speak one language, the
 * window's setting included. A static buffer, valid until the next call. */
const char *app_i18n_language(void);
/* The language of the catalog the program's own strings are read from now,
 * as the catalog's header names it ("fr"), or "en" when they are shown as
 * written: LANGUAGE=de:fr gives "fr" where app_i18n_language says "de",
 * since there is no German catalog. Always a plain tag, [a-z]{2,3} with an
 * optional -[A-Z]{2} ("pt-BR"), so it can go into an HTML lang attribute
 * as it is. Static to the calling thread, valid until its next call. */
const char *app_i18n_catalog(void);
/* The window's language setting as app_i18n_set_language last set it, or
 * NULL when the program follows the environment. Static. */
const char *app_i18n_setting(void);
/* The languages with a catalog, in the order the settings offer them after
 * English; a NULL-terminated static list of codes ("fr"). */
const char *const *app_i18n_languages(void);
/* A language's name in itself ("English", "Français"); code when unknown. */
const char *app_i18n_name(const char *code);

#endif
