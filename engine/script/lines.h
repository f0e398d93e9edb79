/* lines.h: where in the source each part of the returned table was written.
 * A light scan of the Lua tokens of `return { ... }` records the line of every
 * field by its table path (nodes.arrive.choices[2].to), so messages can name
 * the line even though Lua tables do not remember it. Files that build their
 * table in code get lines only for what the scan can see. */
#ifndef RAPPORT_SCRIPT_LINES_H
#define RAPPORT_SCRIPT_LINES_H

#include <stddef.h>

typedef struct scr_lines scr_lines; /* opaque path -> line map */

/* Scans src. Returns NULL only when out of memory. Free with scr_lines_free. */
scr_lines *scr_lines_scan(const char *src, size_t len);
void scr_lines_free(scr_lines *l);
/* The line of path, or of its nearest recorded ancestor; 0 when unknown. */
int scr_lines_find(const scr_lines *l, const char *path);

#endif
