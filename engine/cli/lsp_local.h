/* lsp_local.h: what the files of `rapport lsp` share: its messages read with
 * cJSON (Debian's libcjson, as engine/store and engine/lrs use it) and a
 * growing buffer its answers are written into (lsp_json.c). Not a public
 * header. */
#ifndef RAPPORT_LSP_LOCAL_H
#define RAPPORT_LSP_LOCAL_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

/* A message, or a value inside one. */
typedef cJSON lj;

/* Parses text[0..n) (NUL-terminated at n) as one JSON value with nothing
 * after it. NULL when it is not JSON. Free with lj_free. */
lj *lj_parse(const char *text, size_t n);
void lj_free(lj *v); /* NULL is fine */
/* The member `key` of object o, exactly as spelt, or NULL (also when o is
 * NULL or no object). */
const lj *lj_get(const lj *o, const char *key);
/* o.k1.k2...: lj_get along the keys, which end with NULL. */
const lj *lj_path(const lj *o, ...);
/* The string, or NULL when v is not a string. */
const char *lj_str(const lj *v);
/* The number, or dflt when v is not a number. */
double lj_num(const lj *v, double dflt);

/* A growing text buffer for answers. On out of memory it stops growing and
 * remembers it (failed); its text is then incomplete and must not be sent. */
typedef struct lsb {
    char *s;
    size_t n, cap;
    bool failed;
} lsb;

void lsb_put(lsb *b, const char *s, size_t n);
void lsb_puts(lsb *b, const char *s);
void lsb_printf(lsb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* s[0..n) as a JSON string literal, quotes included. */
void lsb_str(lsb *b, const char *s, size_t n);
/* v written back as JSON (an id or a range echoed as the editor sent it). */
void lsb_json(lsb *b, const lj *v);
void lsb_free(lsb *b);

#endif
