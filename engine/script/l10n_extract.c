/* l10n_extract.c: a scenario's player-visible strings with their keys and
 * lines (l10n.h), and the PO template `rapport l10n extract` prints.
 *
 * The static strings come from the loaded model (scr_l10n_walk, also used to
 * translate it); the literals of author functions from a small scan of the
 * file's string tokens within each function's lines, plus the strings a
 * function holds as upvalues. Lua only evaluates the literal tokens (in a
 * bare state with no libraries), so escapes read exactly as Lua reads them.
 *
 * Depends on: engine/core, Lua 5.4, lines.h (paths to lines). */
#include "l10n_local.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

/* ---- the model's strings ---- */

static void choice_note(char *out, size_t n, const char *text)
{
    int cut = 70;
    size_t len = strlen(text);
    /* never cut inside a UTF-8 sequence */
    while (len > (size_t)cut && cut > 0 && ((unsigned char)text[cut] & 0xc0) == 0x80)
        cut--;
    snprintf(out, n, "choice: %.*s%s", len > (size_t)cut ? cut : (int)len, text,
             len > (size_t)cut ? "..." : "");
}

void scr_l10n_walk(core_scenario *sc, scr_l10n_visit fn, void *ud)
{
    char ctx[900], path[900], base[700], note[200];
    fn(ud, "title", "title", &sc->title, NULL);
    fn(ud, "summary", "summary", &sc->summary, NULL);
    fn(ud, "homework", "homework", &sc->homework, NULL);
    for (int i = 0; i < sc->n_cast; i++) {
        core_cast *c = &sc->cast[i];
        scr_join(base, sizeof base, "cast", c->key);
        scr_join(ctx, sizeof ctx, base, "name");
        fn(ud, ctx, base, &c->name, "a person's name: keep it unless the script needs another");
        scr_join(ctx, sizeof ctx, base, "role");
        fn(ud, ctx, ctx, &c->role, NULL);
    }
    static const char *const node_fields[] = {"cue", "text", "thought", "discuss",
                                              "timeout_feedback"};
    for (int i = 0; i < sc->n_nodes; i++) {
        core_node *n = &sc->nodes[i];
        char **field[] = {&n->cue, &n->text, &n->thought, &n->discuss, &n->timeout_feedback};
        scr_join(base, sizeof base, "nodes", n->id);
        snprintf(note, sizeof note, "spoken by %s",
                 n->speaker >= 0 && n->speaker < sc->n_cast ? sc->cast[n->speaker].name
                                                            : "the narrator");
        for (int f = 0; f < 5; f++) {
            scr_join(ctx, sizeof ctx, base, node_fields[f]);
            fn(ud, ctx, ctx, field[f], f == 1 ? note : NULL);
        }
        for (int j = 0; j < n->n_choices; j++) {
            core_choice *c = &n->choices[j];
            char key[800], at[800];
            scr_join(key, sizeof key, base, "choices");
            scr_join(key, sizeof key, key, c->id ? c->id : "?");
            scr_join(at, sizeof at, base, "choices");
            scr_index(at, sizeof at, at, j + 1);
            choice_note(note, sizeof note, c->text);
            static const char *const choice_fields[] = {"text", "reply", "feedback", "thought"};
            char **cf[] = {&c->text, &c->reply, &c->feedback, &c->thought};
            for (int f = 0; f < 4; f++) {
                scr_join(ctx, sizeof ctx, key, choice_fields[f]);
                scr_join(path, sizeof path, at, choice_fields[f]);
                fn(ud, ctx, path, cf[f], f == 0 ? "the player's line" : note);
            }
        }
    }
    for (int k = 0; k < sc->n_skills; k++) {
        scr_join(ctx, sizeof ctx, "debrief", sc->skills[k]);
        fn(ud, ctx, ctx, &sc->debrief[k], NULL);
    }
}

/* ---- building the list ---- */

typedef struct ex {
    scr_l10n_list *out;
    const scr_lines *lines;
    bool oom;
} ex;

static void add(ex *x, const char *ctx, const char *id, const char *note, int line)
{
    if (x->oom) return;
    scr_l10n_entry *v = core_grow(x->out->v, x->out->n, sizeof *v);
    if (!v) {
        x->oom = true;
        return;
    }
    x->out->v = v;
    scr_l10n_entry *e = &v[x->out->n];
    e->ctx = core_strdup(ctx);
    e->id = core_strdup(id);
    e->note = note ? core_strdup(note) : NULL;
    e->line = line;
    if (!e->ctx || !e->id || (note && !e->note)) {
        free(e->ctx);
        free(e->id);
        free(e->note);
        x->oom = true;
        return;
    }
    x->out->n++;
}

static void visit(void *ud, const char *ctx, const char *path, char **field, const char *note)
{
    ex *x = ud;
    if (!*field || !**field) return;
    add(x, ctx, *field, note, x->lines ? scr_lines_find(x->lines, path) : 0);
}

void scr_l10n_ending_words(const char *label, char *buf, size_t n)
{
    snprintf(buf, n, "%s", label ? label : "");
    for (char *c = buf; *c; c++)
        if (*c == '_') *c = ' ';
    if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* Each ending label once, in the order of the nodes, as the window shows it
 * ("door_open" as "Door open"): the label itself stays in progress files and
 * JSON, only its display is translated. */
static void add_endings(ex *x, const core_scenario *sc)
{
    for (int i = 0; i < sc->n_nodes; i++) {
        const char *label = sc->nodes[i].ending;
        if (!label || !*label) continue;
        bool seen = false;
        for (int k = 0; k < i && !seen; k++)
            seen = sc->nodes[k].ending && strcmp(sc->nodes[k].ending, label) == 0;
        if (seen) continue;
        char ctx[900], path[900], words[700];
        scr_join(ctx, sizeof ctx, SCR_L10N_ENDINGS, label);
        scr_join(path, sizeof path, "nodes", sc->nodes[i].id);
        scr_join(path, sizeof path, path, "ending");
        scr_l10n_ending_words(label, words, sizeof words);
        add(x, ctx, words,
            "an ending, as the debrief names it; progress files keep its label, not this",
            x->lines ? scr_lines_find(x->lines, path) : 0);
    }
}

/* ---- the literals of author functions ---- */

/* A string token of the file: its start line and its bytes as written. */
typedef struct lit {
    int line;
    size_t at, n;
} lit;

/* `[`, `=`*, `[` at p: the level (count of '='), or -1. */
static int long_bracket(const char *p, const char *end)
{
    if (p >= end || *p != '[') return -1;
    int lv = 0;
    p++;
    while (p < end && *p == '=')
        lv++, p++;
    return p < end && *p == '[' ? lv : -1;
}

/* Skips a long bracket of level lv opening at *p; counts lines. */
static const char *skip_long(const char *p, const char *end, int lv, int *line)
{
    p += lv + 2;
    for (; p < end; p++) {
        if (*p == '\n') (*line)++;
        if (*p == ']') {
            const char *q = p + 1;
            int k = 0;
            while (q < end && *q == '=')
                k++, q++;
            if (k == lv && q < end && *q == ']') return q + 1;
        }
    }
    return end;
}

/* Every string token of src with its line, comments skipped. */
static lit *scan_literals(const char *src, size_t len, int *n_out)
{
    const char *p = src, *end = src + len;
    int line = 1, n = 0;
    lit *v = NULL;
    while (p < end) {
        if (*p == '\n') {
            line++, p++;
        } else if (p + 1 < end && p[0] == '-' && p[1] == '-') {
            int lv = long_bracket(p + 2, end);
            if (lv >= 0) {
                p = skip_long(p + 2, end, lv, &line);
            } else {
                while (p < end && *p != '\n')
                    p++;
            }
        } else if (*p == '"' || *p == '\'' || long_bracket(p, end) >= 0) {
            const char *start = p;
            int first = line, lv = long_bracket(p, end);
            if (lv >= 0) {
                p = skip_long(p, end, lv, &line);
            } else {
                char q = *p++;
                while (p < end && *p != q && *p != '\n') {
                    if (*p == '\\' && p + 1 < end) {
                        p++;
                        if (*p == '\n') line++;
                        if (*p == 'z') /* \z skips the white space after it, newlines too */
                            while (p + 1 < end && strchr(" \t\r\n\f\v", p[1]))
                                line += p[1] == '\n', p++;
                    }
                    p++;
                }
                if (p < end && *p == q) p++;
            }
            lit *w = core_grow(v, n, sizeof *w);
            if (!w) break;
            v = w;
            v[n++] = (lit){first, (size_t)(start - src), (size_t)(p - start)};
        } else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_') {
            while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                               (*p >= '0' && *p <= '9') || *p == '_'))
                p++; /* a name: `x[[` is not a string start inside `a[ [` cases we care about */
        } else {
            p++;
        }
    }
    *n_out = n;
    return v;
}

/* Text a player could read: a letter, valid UTF-8, and not a bare name (a
 * node id, fact or key such as "second_ask" or "9:40"). */
static bool is_text(const char *s, size_t n)
{
    if (n == 0 || n > 4000 || core_utf8_invalid(s, n) >= 0 || strlen(s) != n) return false;
    bool letter = false, name_only = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') letter = true;
        if (c >= 0x80) letter = true, name_only = false;
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c != '_' &&
            c != '.' && c != '-' && c != ':')
            name_only = false;
    }
    return letter && !name_only;
}

typedef struct range {
    int first, last;
} range;

typedef struct fx {
    ex *x;
    lua_State *L;  /* the scenario's state */
    lua_State *ev; /* a bare state that evaluates literal tokens */
    const char *src, *source;
    lit *lits;
    int n_lits;
    range *seen; /* function line ranges already scanned */
    int n_seen;
    const char *fn_path; /* the author function being scanned */
    char **have;         /* sorted msgids already listed (the static strings) */
    int n_have;
    int n_before; /* list length before the literals */
} fx;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_literal(fx *f, const char *s, size_t n, int line)
{
    if (!is_text(s, n)) return;
    if (f->have && bsearch(&s, f->have, (size_t)f->n_have, sizeof *f->have, cmp_str)) return;
    for (int i = f->n_before; i < f->x->out->n; i++) /* few: one pass is enough */
        if (strcmp(f->x->out->v[i].id, s) == 0) return;
    char note[700];
    snprintf(note, sizeof note, "in the author function at %s", f->fn_path);
    add(f->x, SCR_L10N_FUNCTION, s, note, line);
}

/* Evaluates literal token i in the bare state and lists it. */
static void eval_literal(fx *f, int i)
{
    const lit *l = &f->lits[i];
    luaL_Buffer b;
    luaL_buffinit(f->ev, &b);
    luaL_addstring(&b, "return ");
    luaL_addlstring(&b, f->src + l->at, l->n);
    luaL_pushresult(&b);
    size_t n;
    const char *code = lua_tolstring(f->ev, -1, &n);
    if (luaL_loadbufferx(f->ev, code, n, "=literal", "t") == LUA_OK &&
        lua_pcall(f->ev, 0, 1, 0) == LUA_OK && lua_type(f->ev, -1) == LUA_TSTRING) {
        size_t sn;
        const char *s = lua_tolstring(f->ev, -1, &sn);
        add_literal(f, s, sn, l->line);
    }
    lua_settop(f->ev, 0);
}

/* The function at the top of f->L (popped): the literals in its lines, then
 * what it holds as upvalues (strings, functions to depth 3, the strings of
 * tables). */
static void scan_function(fx *f, int depth)
{
    lua_State *L = f->L;
    int fi = lua_gettop(L);
    if (lua_iscfunction(L, fi) || depth > 3) {
        lua_pop(L, 1);
        return;
    }
    lua_Debug ar;
    lua_pushvalue(L, fi);
    bool ours = lua_getinfo(L, ">S", &ar) && ar.source && ar.source[0] == '@' &&
                strcmp(ar.source + 1, f->source) == 0 && ar.linedefined > 0;
    bool again = false;
    for (int i = 0; ours && i < f->n_seen; i++)
        again |= f->seen[i].first == ar.linedefined && f->seen[i].last == ar.lastlinedefined;
    if (ours && !again) {
        range *r = core_grow(f->seen, f->n_seen, sizeof *r);
        if (r) {
            f->seen = r;
            f->seen[f->n_seen++] = (range){ar.linedefined, ar.lastlinedefined};
        }
        for (int i = 0; i < f->n_lits; i++)
            if (f->lits[i].line >= ar.linedefined && f->lits[i].line <= ar.lastlinedefined)
                eval_literal(f, i);
    }
    if (again) {
        lua_pop(L, 1);
        return;
    }
    int line = ours ? ar.linedefined : 0;
    for (int up = 1; up < 256; up++) {
        const char *name = lua_getupvalue(L, fi, up);
        if (!name) break;
        int ty = lua_type(L, -1);
        if (strcmp(name, "_ENV") == 0) {
            lua_pop(L, 1);
        } else if (ty == LUA_TSTRING) {
            size_t n;
            const char *s = lua_tolstring(L, -1, &n);
            add_literal(f, s, n, line);
            lua_pop(L, 1);
        } else if (ty == LUA_TFUNCTION) {
            scan_function(f, depth + 1);
        } else if (ty == LUA_TTABLE) {
            int t = lua_gettop(L), k = 0;
            lua_pushnil(L);
            while (k++ < 2000 && lua_next(L, t)) {
                if (lua_type(L, -1) == LUA_TSTRING) {
                    size_t n;
                    const char *s = lua_tolstring(L, -1, &n);
                    add_literal(f, s, n, line);
                }
                lua_pop(L, 1);
            }
            lua_settop(L, t - 1);
        } else {
            lua_pop(L, 1);
        }
    }
    lua_settop(L, fi - 1);
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && strcmp(s + n - t, tail) == 0;
}

static char *read_all(const char *file, size_t *len)
{
    FILE *f = fopen(file, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 4096 > cap) {
            if (cap > (16u << 20)) break;
            char *p = realloc(buf, cap = cap ? cap * 2 : 65536);
            if (!p) break;
            buf = p;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

bool scr_l10n_extract(const scr_scenario *s, const char *file, scr_l10n_list *out)
{
    *out = (scr_l10n_list){0};
    size_t len = 0;
    char *src = read_all(file, &len);
    scr_lines *lines = src ? scr_lines_scan(src, len) : NULL;
    ex x = {.out = out, .lines = lines};
    scr_l10n_walk(s->sc, visit, &x);
    add_endings(&x, s->sc);

    fx f = {.x = &x, .L = s->L, .src = src, .source = s->sc->file ? s->sc->file : file};
    f.n_before = out->n;
    f.have = malloc(sizeof *f.have * ((size_t)out->n + 1));
    if (f.have) {
        for (int i = 0; i < out->n; i++)
            f.have[i] = out->v[i].id;
        f.n_have = out->n;
        qsort(f.have, (size_t)f.n_have, sizeof *f.have, cmp_str);
    }
    f.lits = src ? scan_literals(src, len, &f.n_lits) : NULL;
    f.ev = luaL_newstate();
    lua_State *L = s->L;
    for (int i = 0; i < s->n_fns && f.ev && !x.oom; i++) {
        const char *p = s->fn_paths[i];
        if (!p || !(ends_with(p, ".text") || ends_with(p, ".cue") || ends_with(p, ".reply")))
            continue;
        out->n_fns++;
        f.fn_path = p;
        lua_getfield(L, LUA_REGISTRYINDEX, SCR_KEY_FNS);
        lua_rawgeti(L, -1, i + 1);
        lua_remove(L, -2);
        if (lua_type(L, -1) == LUA_TFUNCTION)
            scan_function(&f, 0);
        else
            lua_pop(L, 1);
    }
    lua_settop(L, 0);
    if (f.ev) lua_close(f.ev);
    free(f.lits);
    free(f.seen);
    free(f.have);
    scr_lines_free(lines);
    free(src);
    if (x.oom) {
        scr_l10n_list_free(out);
        return false;
    }
    return true;
}

void scr_l10n_list_free(scr_l10n_list *l)
{
    for (int i = 0; i < l->n; i++) {
        free(l->v[i].ctx);
        free(l->v[i].id);
        free(l->v[i].note);
    }
    free(l->v);
    *l = (scr_l10n_list){0};
}

/* ---- the template ---- */

/* s as a PO string: escaped, one source line per PO line after a "" when it
 * has several. */
static void po_string(FILE *f, const char *key, const char *s)
{
    bool multi = strchr(s, '\n') && strchr(s, '\n')[1];
    fprintf(f, "%s \"", key);
    if (multi) fputs("\"\n\"", f);
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case '\\':
            fputs("\\\\", f);
            break;
        case '"':
            fputs("\\\"", f);
            break;
        case '\t':
            fputs("\\t", f);
            break;
        case '\r':
            fputs("\\r", f);
            break;
        case '\n':
            fputs("\\n", f);
            if (p[1]) fputs("\"\n\"", f);
            break;
        default:
            if ((unsigned char)*p < 0x20)
                fprintf(f, "\\%03o", (unsigned char)*p);
            else
                fputc(*p, f);
        }
    }
    fputs("\"\n", f);
}

void scr_l10n_write_pot(FILE *f, const char *file, const scr_l10n_list *l, const scr_scenario *sc)
{
    const core_scenario *s = sc->sc;
    fprintf(f, "# The player-visible strings of %s, for translators.\n", file);
    fputs("# Made by `rapport l10n extract`; see docs/translating.md. Save a translation\n"
          "# as NAME.LANG.po beside NAME.lua (for example coffee_line.fr.po).\n"
          "# msgctxt is the string's key: its place in the scenario, with choices named\n"
          "# by their id. Ids, tags and facts are names, not text, and are never\n"
          "# translated; an ending (msgctxt \"endings.LABEL\") is translated where it is\n"
          "# shown, while progress files keep its label.\n",
          f);
    if (l->n_fns > 0)
        fprintf(f,
                "# %d author function%s (text, cue or reply written as a function) build%s\n"
                "# strings while the game runs; those cannot be extracted. Listed under\n"
                "# msgctxt \"function\" are the literals in their code: a function's result\n"
                "# is translated when it equals a string here, or piece by piece where it\n"
                "# joins such strings. Anything else it computes stays as written.\n",
                l->n_fns, l->n_fns == 1 ? "" : "s", l->n_fns == 1 ? "s" : "");
    fputs("msgid \"\"\n"
          "msgstr \"\"\n",
          f);
    fprintf(f, "\"Project-Id-Version: %s %d\\n\"\n", s->id ? s->id : "scenario",
            s->version > 0 ? s->version : 1);
    fputs("\"MIME-Version: 1.0\\n\"\n"
          "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
          "\"Content-Transfer-Encoding: 8bit\\n\"\n"
          "\"Language: \\n\"\n",
          f);
    for (int i = 0; i < l->n; i++) {
        const scr_l10n_entry *e = &l->v[i];
        fputc('\n', f);
        if (e->note) {
            fputs("#. ", f);
            for (const char *p = e->note; *p; p++)
                fputc(*p == '\n' || *p == '\r' ? ' ' : *p, f);
            fputc('\n', f);
        }
        if (e->line > 0) fprintf(f, "#: %s:%d\n", file, e->line);
        po_string(f, "msgctxt", e->ctx);
        po_string(f, "msgid", e->id);
        fputs("msgstr \"\"\n", f);
    }
}
