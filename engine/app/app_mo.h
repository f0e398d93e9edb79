/* app_mo.h: a reader of GNU gettext's compiled catalogs (.mo), so the
 * program can look words up in a language other than the one gettext is
 * reading, without touching the process's locale or environment (i18n.c:
 * the window's language setting and the room's phone pages; setenv and
 * setlocale are not safe while other threads run).
 *
 * The whole file is checked when it is read: the magic number (either byte
 * order), the revision, every table and every string inside the file and
 * ended by its NUL, the messages in the order msgfmt sorts them. A catalog
 * that fails any check is refused with a reason; one that passes is never
 * read outside its bytes again. The hash table is not used (the messages are
 * found by binary search, as gettext does without one), so it is not read.
 *
 * Depends on: the C library. Thread-safe once read: nothing here changes a
 * catalog after app_mo_parse returns it. */
#ifndef RAPPORT_APP_MO_H
#define RAPPORT_APP_MO_H

#include <stddef.h>

/* The largest catalog read (bytes): far above any real one (the French has
 * about 900 messages in 150 KiB). */
#define APP_MO_MAX_BYTES (16u << 20)

typedef struct app_mo app_mo; /* opaque */

/* A catalog from the len bytes at data (copied). NULL when they are not a
 * well-formed .mo, with the reason in err[n] ("not a .mo file (magic ...)",
 * "message 12's translation runs past the end of the file"). Caller frees
 * with app_mo_free. */
app_mo *app_mo_parse(const void *data, size_t len, char *err, size_t n);
/* The catalog in the file at path; NULL with the reason in err[n] as
 * app_mo_parse, or when the file cannot be read or is larger than
 * APP_MO_MAX_BYTES. Caller frees with app_mo_free. */
app_mo *app_mo_open(const char *path, char *err, size_t n);
void app_mo_free(app_mo *m);

/* The number of messages, the header included. */
int app_mo_count(const app_mo *m);
/* The translation of key (a msgid, or "ctx\004msgid" for a message with a
 * context), its first form for a message with plural forms; NULL when the
 * catalog has no translation for it (or an empty one). Borrowed: valid while
 * m lives. */
const char *app_mo_get(const app_mo *m, const char *key);
/* The form of key's translation that n takes by the catalog's Plural-Forms
 * (gettext's default, n != 1, when the header has none or it does not read);
 * NULL when there is no translation or it lacks that form. Borrowed. */
const char *app_mo_plural(const app_mo *m, const char *key, unsigned long n);
/* The catalog's header (the translation of msgid ""), "" when it has none.
 * Borrowed. */
const char *app_mo_header(const app_mo *m);

#endif
