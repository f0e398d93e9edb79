/* ui_field_undo.h: how ui_field.c changes a field's text, so that every change
 * is kept for Ctrl+Z (ui_field_undo.c). Internal to the text fields: screens
 * use ui_field_undo, ui_field_redo and ui_field_free (ui_gfx.h). */
#ifndef RAPPORT_UI_FIELD_UNDO_H
#define RAPPORT_UI_FIELD_UNDO_H

#include "ui_gfx.h"

/* What an edit was, for grouping: consecutive edits of the same kind that
 * carry on where the last left off become one step (a word typed, a run of
 * Backspace or of Delete); the others are a step each. */
typedef enum ui_undo_kind {
    UI_UNDO_TYPE, /* typed text (SDL_TEXTINPUT, an input method's commit) */
    UI_UNDO_BACK, /* Backspace: the code point before the caret */
    UI_UNDO_DEL,  /* Delete: the cluster after the caret */
    UI_UNDO_ONE   /* a step alone: a paste, a cut, a selection or a word erased */
} ui_undo_kind;

/* Replaces buf[from, to) with add[0, n) (the caller made sure it fits in buf
 * and that from and to are code point boundaries within it), keeping the
 * change in fd's history with the caret and selection fd has now, and puts
 * the caret after the new text, nothing selected. A history that does not
 * match buf (the screen changed the text itself) is forgotten first. Out of
 * memory the history is dropped and the edit still made. */
void ui_undo_edit(ui_field *fd, char *buf, size_t from, size_t to, const char *add, size_t n,
                  ui_undo_kind kind);
/* The caret moved or the selection changed: the next edit starts a step. */
void ui_undo_seal(ui_field *fd);

#endif
