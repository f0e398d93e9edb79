/* room_html.c: the pages a phone sees, built in memory for each request.
 *
 * Every string that comes from a scenario or a learner (the line, the
 * choices, the speaker, a nickname) goes through room_buf_html, which writes
 * the five HTML special characters as entities and replaces invalid UTF-8 and
 * control characters, so no scenario can put markup or script on a phone.
 * The one script (a poll that reloads the page when the step changes) carries
 * a per-response nonce that the Content-Security-Policy header names
 * (room_http.c); nothing else may run.
 *
 * Depends on: room_state.c (the state, under its lock). */
#include "room_local.h"

#include <stdio.h>
#include <string.h>

void room_buf_html(room_buf *b, const char *s)
{
    static const char rep[] = "\xEF\xBF\xBD"; /* U+FFFD */
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = *p;
        const char *ent = NULL;
        switch (c) {
        case '&':
            ent = "&amp;";
            break;
        case '<':
            ent = "&lt;";
            break;
        case '>':
            ent = "&gt;";
            break;
        case '"':
            ent = "&quot;";
            break;
        case '\'':
            ent = "&#39;";
            break;
        default:
            break;
        }
        if (ent) {
            room_buf_puts(b, ent);
            p++;
            continue;
        }
        if (c < 0x80) {
            if (c < 0x20 && c != '\n' && c != '\t')
                room_buf_puts(b, rep);
            else
                room_buf_add(b, (const char *)p, 1);
            p++;
            continue;
        }
        /* A multi-byte sequence: its length from the lead byte, then its
         * continuation bytes, no overlong forms, no surrogates, <= U+10FFFF. */
        int n = c >= 0xC2 && c <= 0xDF   ? 2
                : c >= 0xE0 && c <= 0xEF ? 3
                : c >= 0xF0 && c <= 0xF4 ? 4
                                         : 0;
        bool ok = n > 0;
        for (int i = 1; ok && i < n; i++)
            ok = (p[i] & 0xC0) == 0x80;
        if (ok && n == 3) {
            unsigned cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            ok = cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
        }
        if (ok && n == 4) {
            unsigned cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                          (p[3] & 0x3Fu);
            ok = cp >= 0x10000 && cp <= 0x10FFFF;
        }
        if (ok) {
            room_buf_add(b, (const char *)p, (size_t)n);
            p += n;
        } else {
            room_buf_puts(b, rep);
            p++;
        }
    }
}

/* The word in l (NULL: English as written). */
static const char *word(const room_lang *l, room_word w)
{
    return l ? l->w[w] : room_word_en(w);
}

static void put_word(room_buf *b, const room_lang *l, room_word w)
{
    room_buf_html(b, word(l, w));
}

/* Word w with n where its "%d" is (room_add_language allows one at most). */
static void put_word_n(room_buf *b, const room_lang *l, room_word w, int n)
{
    const char *s = word(l, w), *hole = strstr(s, "%d");
    if (!hole) {
        room_buf_html(b, s);
        return;
    }
    char before[512];
    snprintf(before, sizeof before, "%.*s", (int)(hole - s), s);
    room_buf_html(b, before);
    room_buf_printf(b, "%d", n);
    room_buf_html(b, hole + 2);
}

/* Large type and full-width buttons: a phone held at arm's length. */
static const char STYLE[] =
    "body{font:18px/1.4 system-ui,sans-serif;margin:0;background:#f6f5f1;color:#1d1d1f}"
    "header{background:#27548a;color:#fff;padding:.6em 1em;font-weight:600}"
    "main{padding:1em;max-width:40em;margin:auto}"
    ".step{color:#555;margin:0}.who{font-weight:600;margin:.6em 0 .2em}"
    "blockquote{margin:0 0 1em;padding:.6em .8em;background:#fff;border-left:4px solid #27548a}"
    "button.c{display:block;width:100%;text-align:left;font:inherit;margin:.5em 0;padding:.8em;"
    "border:2px solid #bbb;border-radius:.5em;background:#fff;color:inherit}"
    "button.c.mine{border-color:#27548a;background:#e4ecf7;font-weight:600}"
    ".mark{float:right;color:#27548a;font-size:.8em}"
    ".bar{height:.5em;background:#27548a;border-radius:.25em;margin:.2em 0 .8em}"
    ".row{margin-top:.6em}.note{color:#555}"
    "form.nick{margin-top:2em;border-top:1px solid #ccc;padding-top:1em}"
    "input{font:inherit;padding:.3em;width:10em}";

static void head(room_buf *b, const room_lang *l, const char *title)
{
    room_buf_puts(b, "<!doctype html><html lang=\"");
    room_buf_html(b, l ? l->code : "en");
    room_buf_puts(b, "\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                     "<title>");
    room_buf_html(b, title);
    room_buf_puts(b, "</title><style>");
    room_buf_puts(b, STYLE);
    room_buf_puts(b, "</style></head><body>");
}

void room_page_join(room_buf *b, const room_lang *l, room_word note)
{
    head(b, l, word(l, ROOM_W_TITLE));
    room_buf_puts(b, "<header>");
    put_word(b, l, ROOM_W_HEADER);
    room_buf_puts(b, "</header><main>");
    if (note < ROOM_N_WORDS) {
        room_buf_puts(b, "<p class=\"note\">");
        put_word(b, l, note);
        room_buf_puts(b, "</p>");
    }
    room_buf_puts(b, "<form method=\"get\" action=\"/join\"><p><label>");
    put_word(b, l, ROOM_W_CODE_LABEL);
    room_buf_puts(b, " <input name=\"c\" maxlength=\"6\" autocapitalize=\"characters\" "
                     "autocomplete=\"off\"></label></p><p><button class=\"c\">");
    put_word(b, l, ROOM_W_JOIN);
    room_buf_puts(b, "</button></p></form></main></body></html>");
}

void room_page_note(room_buf *b, const room_lang *l, room_word title, room_word text)
{
    head(b, l, word(l, title));
    room_buf_puts(b, "<header>");
    put_word(b, l, ROOM_W_HEADER);
    room_buf_puts(b, "</header><main><h1>");
    put_word(b, l, title);
    room_buf_puts(b, "</h1><p>");
    put_word(b, l, text);
    room_buf_puts(b, "</p></main></body></html>");
}

/* Call with the lock held. */
static void state_line(const room *r, room_buf *b)
{
    room_buf_printf(b, "%u %d %d %u", r->n_choice ? r->round : 0u, (int)r->open, r->revealed,
                    r->n_choice ? r->edition : 0u);
}

void room_page_state(room *r, room_buf *b)
{
    pthread_mutex_lock(&r->mu);
    state_line(r, b);
    pthread_mutex_unlock(&r->mu);
}

/* The choices as buttons of one form (votes open), or with the counts (closed). */
static void choices(const room *r, const room_voter *me, const room_lang *l, room_buf *b)
{
    if (r->open) {
        room_buf_printf(b, "<form method=\"post\" action=\"/%s/v\">", r->code);
        room_buf_printf(b, "<input type=\"hidden\" name=\"r\" value=\"%u\">", r->round);
    }
    int votes[ROOM_MAX_CHOICES] = {0}, total = 0;
    for (int i = 0; i < r->n_voters; i++)
        if (r->voters[i].round == r->round && r->voters[i].vote >= 1 &&
            r->voters[i].vote <= r->n_choice) {
            votes[r->voters[i].vote - 1]++;
            total++;
        }
    for (int i = 0; i < r->n_choice; i++) {
        bool mine = me && me->round == r->round && me->vote == i + 1;
        if (r->open) {
            room_buf_printf(b, "<button class=\"c%s\" name=\"v\" value=\"%d\">",
                            mine ? " mine" : "", i + 1);
            if (mine) {
                room_buf_puts(b, "<span class=\"mark\">");
                put_word(b, l, ROOM_W_YOUR_VOTE);
                room_buf_puts(b, "</span>");
            }
            room_buf_printf(b, "%d. ", i + 1);
            room_buf_html(b, r->choice[i]);
            room_buf_puts(b, "</button>");
        } else {
            /* Counts show only once votes are closed, so nobody follows the crowd. */
            room_buf_printf(b, "<div class=\"row\">%s%d. ", r->revealed == i + 1 ? "<b>" : "",
                            i + 1);
            room_buf_html(b, r->choice[i]);
            room_buf_printf(b, "%s <span class=\"note\">", r->revealed == i + 1 ? "</b>" : "");
            int v = votes[i] < ROOM_MAX_VOTERS ? votes[i] : ROOM_MAX_VOTERS;
            bool one = l ? l->one[v] : v == 1;
            put_word_n(b, l, one ? ROOM_W_VOTES_ONE : ROOM_W_VOTES_MANY, votes[i]);
            if (mine) put_word(b, l, ROOM_W_YOURS);
            room_buf_puts(b, "</span></div>");
            room_buf_printf(b, "<div class=\"bar\" style=\"width:%d%%\"></div>",
                            total ? votes[i] * 100 / total : 0);
        }
    }
    if (r->open) room_buf_puts(b, "</form>");
}

void room_page(room *r, const char *token, const char *nonce, const room_lang *l, room_buf *b)
{
    head(b, l, word(l, ROOM_W_TITLE));
    pthread_mutex_lock(&r->mu);
    int vi = room_voter_find(r, token);
    const room_voter *me = vi >= 0 ? &r->voters[vi] : NULL;
    room_buf_puts(b, "<header>");
    put_word(b, l, ROOM_W_HEADER);
    room_buf_printf(b, " %s</header><main>", r->code);
    if (r->n_choice) {
        room_buf_puts(b, "<p class=\"step\">");
        put_word_n(b, l, ROOM_W_STEP, r->number);
        room_buf_puts(b, "</p>");
        if (r->speaker && *r->speaker) {
            room_buf_puts(b, "<p class=\"who\">");
            room_buf_html(b, r->speaker);
            room_buf_puts(b, "</p>");
        }
        room_buf_puts(b, "<blockquote>");
        room_buf_html(b, r->line ? r->line : "");
        room_buf_puts(b, "</blockquote>");
        room_buf_puts(b, "<p class=\"note\">");
        if (r->open)
            put_word(b, l, me ? ROOM_W_TAP : ROOM_W_FOLLOW_ONLY);
        else if (r->revealed)
            put_word_n(b, l, ROOM_W_CHOSE, r->revealed);
        else
            put_word(b, l, ROOM_W_CLOSED);
        room_buf_puts(b, "</p>");
        choices(r, me, l, b);
    } else {
        room_buf_puts(b, "<p class=\"note\">");
        put_word(b, l, ROOM_W_WAITING);
        room_buf_puts(b, "</p>");
    }
    if (me) {
        room_buf_printf(b, "<form class=\"nick\" method=\"post\" action=\"/%s/n\"><label>",
                        r->code);
        put_word(b, l, ROOM_W_NICK);
        room_buf_printf(b, " <input name=\"n\" maxlength=\"%d\" value=\"", ROOM_NICK_MAX);
        room_buf_html(b, me->nick);
        room_buf_puts(b, "\"></label> <button>");
        put_word(b, l, ROOM_W_SAVE);
        room_buf_puts(b, "</button></form>");
    }
    room_buf_puts(b, "</main>");
    /* Reload when the step, the votes' state, the reveal or the line changes. */
    room_buf_printf(b, "<script nonce=\"%s\">var s=\"", nonce);
    state_line(r, b);
    room_buf_printf(b,
                    "\";setInterval(function(){fetch(\"/%s/s\",{cache:\"no-store\"})"
                    ".then(function(x){return x.text()}).then(function(t){if(t!==s)"
                    "location.reload()}).catch(function(){})},1500);</script>",
                    r->code);
    pthread_mutex_unlock(&r->mu);
    room_buf_puts(b, "</body></html>");
}
