/* ui_field_undo.c: every change to a text field's text, and its history for
 * Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y, as GTK's and Qt's fields keep it.
 *
 * A step is one edit as a splice: at byte `at`, the bytes it took out and the
 * bytes it put in, with the caret and selection before and after. Typing
 * that carries on at the caret joins the step before until a space has been
 * typed (so a word and its space are one step), and so do a run of Backspace
 * and a run of Delete; a move of the caret or a change of the selection
 * (ui_undo_seal), an undo or a redo, or an edit of another kind starts a new
 * step. A paste, a cut, a selection or a word erased is a step alone. An
 * input method's composition is not the field's text (ui_field_draw shows
 * it), so only what it commits makes a step.
 *
 * Bounded: UI_UNDO_STEPS steps and UI_UNDO_BYTES bytes of text (the newest
 * step is always kept: it is at most twice the field's size), the oldest
 * going first, so a long session cannot grow without end.
 *
 * A screen may empty or replace its text without telling the field
 * (ui_gfx.h): the history remembers the text as it left it (its length and a
 * 64-bit FNV-1a sum) and forgets itself when the text is not that one, so an
 * undo never splices into a text it does not know.
 *
 * Depends on: nothing but the C library (and the ui_field struct). */
#include "ui_field_undo.h"

#include <stdlib.h>
#include <string.h>

typedef struct step {
    size_t at;       /* where the edit was made */
    char *del, *ins; /* the bytes it took out and put in: malloc'd, NULL when none */
    size_t n_del, n_ins;
    size_t caret0, anchor0; /* before it */
    size_t caret1;          /* after it (nothing selected then) */
    ui_undo_kind kind;
} step;

struct ui_undo {
    step v[UI_UNDO_STEPS]; /* oldest first */
    int n;                 /* steps kept */
    int done;              /* v[0, done) are made (undo takes v[done - 1]); v[done, n) redo */
    size_t bytes;          /* the text all steps hold */
    bool open;             /* v[done - 1] may take the next edit of its kind */
    size_t len;            /* the text as the history left it: its length */
    uint64_t sum;          /* and its FNV-1a sum */
};

static uint64_t sum_of(const char *s, size_t len)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static void note_text(ui_undo *h, const char *buf, size_t len)
{
    h->len = len;
    h->sum = sum_of(buf, len);
}

static bool matches(const ui_undo *h, const char *buf, size_t len)
{
    return h->len == len && h->sum == sum_of(buf, len);
}

static void drop(ui_undo *h, step *s)
{
    h->bytes -= s->n_del + s->n_ins;
    free(s->del);
    free(s->ins);
    memset(s, 0, sizeof *s);
}

static void drop_oldest(ui_undo *h)
{
    drop(h, &h->v[0]);
    memmove(h->v, h->v + 1, sizeof *h->v * (size_t)(h->n - 1));
    memset(&h->v[h->n - 1], 0, sizeof *h->v);
    h->n--;
    h->done--;
}

static void forget(ui_undo *h)
{
    while (h->n > 0)
        drop(h, &h->v[--h->n]);
    h->done = 0;
    h->open = false;
}

/* Adds add[0, k) to the front or the end of *p (*n bytes). False when out of
 * memory (*p unchanged). */
static bool grow(char **p, size_t *n, const char *add, size_t k, bool front)
{
    if (k == 0) return true;
    char *q = realloc(*p, *n + k);
    if (!q) return false;
    if (front) memmove(q + k, q, *n);
    memcpy(front ? q : q + *n, add, k);
    *p = q;
    *n += k;
    return true;
}

/* buf[from, to) := add[0, n); buf has room. */
static void splice(char *buf, size_t from, size_t to, const char *add, size_t n)
{
    size_t len = strlen(buf);
    memmove(buf + from + n, buf + to, len - to + 1);
    if (n) memcpy(buf + from, add, n); /* add is NULL for a step that put nothing in */
}

/* The edit joins the step before (see the top): true when it did. */
static bool joined(ui_undo *h, const ui_field *fd, const char *buf, size_t from, size_t to,
                   const char *add, size_t n, ui_undo_kind kind, bool *ok)
{
    step *s = h->done > 0 ? &h->v[h->done - 1] : NULL;
    *ok = true;
    if (!s || !h->open || s->kind != kind || kind == UI_UNDO_ONE || fd->caret != fd->anchor ||
        fd->caret != s->caret1)
        return false;
    switch (kind) {
    case UI_UNDO_TYPE:
        /* A word and the spaces after it: the next word starts a step. */
        if (from != to || from != s->at + s->n_ins || n == 0) return false;
        if (s->n_ins > 0 && s->ins[s->n_ins - 1] == ' ' && add[0] != ' ') return false;
        *ok = grow(&s->ins, &s->n_ins, add, n, false);
        break;
    case UI_UNDO_BACK:
        if (n != 0 || to != s->at) return false;
        *ok = grow(&s->del, &s->n_del, buf + from, to - from, true);
        s->at = from;
        break;
    case UI_UNDO_DEL:
        if (n != 0 || from != s->at) return false;
        *ok = grow(&s->del, &s->n_del, buf + from, to - from, false);
        break;
    case UI_UNDO_ONE:
        return false;
    }
    s->caret1 = from + n;
    h->bytes += n + (to - from);
    return true;
}

static char *copy_of(const char *s, size_t n, bool *ok)
{
    if (n == 0) return NULL;
    char *c = malloc(n);
    if (c)
        memcpy(c, s, n);
    else
        *ok = false;
    return c;
}

/* Keeps the edit in h. False when out of memory. */
static bool record(ui_undo *h, const ui_field *fd, const char *buf, size_t from, size_t to,
                   const char *add, size_t n, ui_undo_kind kind)
{
    while (h->n > h->done) /* an edit after an undo: what was undone goes */
        drop(h, &h->v[--h->n]);
    bool ok;
    if (!joined(h, fd, buf, from, to, add, n, kind, &ok)) {
        if (!ok) return false;
        if (h->n == UI_UNDO_STEPS) drop_oldest(h);
        step *s = &h->v[h->n];
        *s = (step){.at = from,
                    .n_del = to - from,
                    .n_ins = n,
                    .caret0 = fd->caret,
                    .anchor0 = fd->anchor,
                    .caret1 = from + n,
                    .kind = kind};
        s->del = copy_of(buf + from, to - from, &ok);
        s->ins = copy_of(add, n, &ok);
        h->n++;
        h->done = h->n;
        h->bytes += s->n_del + s->n_ins;
        h->open = kind != UI_UNDO_ONE;
    }
    while (h->n > 1 && h->bytes > UI_UNDO_BYTES) /* the newest stays */
        drop_oldest(h);
    return ok;
}

void ui_undo_edit(ui_field *fd, char *buf, size_t from, size_t to, const char *add, size_t n,
                  ui_undo_kind kind)
{
    fd->have_goal = false;
    if (from == to && n == 0) { /* nothing to change (Ctrl+Backspace at the start) */
        fd->caret = fd->anchor = from;
        return;
    }
    size_t len = strlen(buf);
    ui_undo *h = fd->undo;
    if (!h)
        h = fd->undo = calloc(1, sizeof *h);
    else if (!matches(h, buf, len))
        forget(h); /* the screen changed the text: that history is not this text's */
    if (h && !record(h, fd, buf, from, to, add, n, kind)) {
        ui_field_free(fd);
        h = NULL;
    }
    splice(buf, from, to, add, n);
    fd->caret = fd->anchor = from + n;
    if (h) note_text(h, buf, len - (to - from) + n);
}

void ui_undo_seal(ui_field *fd)
{
    if (fd->undo) fd->undo->open = false;
}

/* The step undo (back) or redo (!back) takes, when it can: the history knows
 * this text and the result fits in cap. */
static step *next_step(ui_field *fd, const char *buf, size_t cap, bool back)
{
    ui_undo *h = fd->undo;
    if (!h) return NULL;
    size_t len = strlen(buf);
    if (!matches(h, buf, len)) {
        forget(h);
        return NULL;
    }
    if (back ? h->done == 0 : h->done == h->n) return NULL;
    step *s = &h->v[back ? h->done - 1 : h->done];
    size_t out = back ? s->n_ins : s->n_del, in = back ? s->n_del : s->n_ins;
    return len - out + in < cap ? s : NULL;
}

bool ui_field_undo(char *buf, size_t cap, ui_field *fd)
{
    step *s = next_step(fd, buf, cap, true);
    if (!s) return false;
    splice(buf, s->at, s->at + s->n_ins, s->del, s->n_del);
    fd->caret = s->caret0;
    fd->anchor = s->anchor0;
    fd->have_goal = false;
    ui_undo *h = fd->undo;
    h->done--;
    h->open = false;
    note_text(h, buf, strlen(buf));
    return true;
}

bool ui_field_redo(char *buf, size_t cap, ui_field *fd)
{
    step *s = next_step(fd, buf, cap, false);
    if (!s) return false;
    splice(buf, s->at, s->at + s->n_del, s->ins, s->n_ins);
    fd->caret = fd->anchor = s->caret1;
    fd->have_goal = false;
    ui_undo *h = fd->undo;
    h->done++;
    h->open = false;
    note_text(h, buf, strlen(buf));
    return true;
}

void ui_field_free(ui_field *fd)
{
    if (!fd->undo) return;
    forget(fd->undo);
    free(fd->undo);
    fd->undo = NULL;
}
