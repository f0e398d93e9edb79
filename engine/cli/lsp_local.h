/* lsp_local.h: what the files of `rapport lsp` share: a small JSON reader and
 * writer for its messages (lsp_json.c). Not a public header.
 *
 * The command line may use no outside library (docs/architecture.md), and
 * the Language Server Protocol needs only plain JSON: objects, arrays,
 * strings with escapes, numbers, true, false and null. So this reads a
 * message into a tree and writes answers into a growing buffer. */
#ifndef RAPPORT_LSP_LOCAL_H
#define RAPPORT_LSP_LOCAL_H

#include <stdbool.h>
#include <stddef.h>

typedef enum lj_type { LJ_NULL, LJ_BOOL, LJ_NUM, LJ_STR, LJ_ARR, LJ_OBJ } lj_type;

/* One JSON value; a tree owns everything under it. */
typedef struct lj {
    lj_type type;
    bool b;
    double num;
    char *str;       /* LJ_STR: the decoded UTF-8 text, NUL-terminated; owned */
    size_t len;      /* its length in bytes (it may hold a NUL) */
    struct lj *kids; /* LJ_ARR items, LJ_OBJ values; owned */
    char **keys;     /* LJ_OBJ keys, one per kid; owned */
    int n;
    const char *raw; /* where the value is in the parsed text (to echo an id as sent):
                      * valid only while that text lives */
    size_t raw_len;
} lj;

/* Parses text[0..n) as one JSON value. NULL when it is not JSON (or nests
 * deeper than 200). Free with lj_free. */
lj *lj_parse(const char *text, size_t n);
void lj_free(lj *v); /* NULL is fine */
/* The member `key` of object o, or NULL (also when o is NULL or no object). */
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
void lsb_free(lsb *b);

#endif
