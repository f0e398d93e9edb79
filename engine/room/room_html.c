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

static void head(room_buf *b, const char *title)
{
    room_buf_puts(b, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                     "<title>");
    room_buf_html(b, title);
    room_buf_puts(b, "</title><style>");
    room_buf_puts(b, STYLE);
    room_buf_puts(b, "</style></head><body>");
}

void room_page_join(room_buf *b, const char *note)
{
    head(b, "rapport room");
    room_buf_puts(b, "<header>rapport · room</header><main>");
    if (note && *note) {
        room_buf_puts(b, "<p class=\"note\">");
        room_buf_html(b, note);
        room_buf_puts(b, "</p>");
    }
    room_buf_puts(b, "<form method=\"get\" action=\"/join\"><p><label>The code on the screen "
                     "<input name=\"c\" maxlength=\"6\" autocapitalize=\"characters\" "
                     "autocomplete=\"off\"></label></p><p><button class=\"c\">Join</button>"
                     "</p></form></main></body></html>");
}

void room_page_note(room_buf *b, const char *title, const char *text)
{
    head(b, title);
    room_buf_puts(b, "<header>rapport · room</header><main><h1>");
    room_buf_html(b, title);
    room_buf_puts(b, "</h1><p>");
    room_buf_html(b, text);
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
static void choices(const room *r, const room_voter *me, room_buf *b)
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
            if (mine) room_buf_puts(b, "<span class=\"mark\">your vote</span>");
            room_buf_printf(b, "%d. ", i + 1);
            room_buf_html(b, r->choice[i]);
            room_buf_puts(b, "</button>");
        } else {
            /* Counts show only once votes are closed, so nobody follows the crowd. */
            room_buf_printf(b, "<div class=\"row\">%s%d. ", r->revealed == i + 1 ? "<b>" : "",
                            i + 1);
            room_buf_html(b, r->choice[i]);
            room_buf_printf(b, "%s <span class=\"note\">%d vote%s%s</span></div>",
                            r->revealed == i + 1 ? "</b>" : "", votes[i], votes[i] == 1 ? "" : "s",
                            mine ? ", yours" : "");
            room_buf_printf(b, "<div class=\"bar\" style=\"width:%d%%\"></div>",
                            total ? votes[i] * 100 / total : 0);
        }
    }
    if (r->open) room_buf_puts(b, "</form>");
}

void room_page(room *r, const char *token, const char *nonce, room_buf *b)
{
    head(b, "rapport room");
    pthread_mutex_lock(&r->mu);
    int vi = room_voter_find(r, token);
    const room_voter *me = vi >= 0 ? &r->voters[vi] : NULL;
    room_buf_printf(b, "<header>rapport · room %s</header><main>", r->code);
    if (r->n_choice) {
        room_buf_printf(b, "<p class=\"step\">Step %d</p>", r->number);
        if (r->speaker && *r->speaker) {
            room_buf_puts(b, "<p class=\"who\">");
            room_buf_html(b, r->speaker);
            room_buf_puts(b, "</p>");
        }
        room_buf_puts(b, "<blockquote>");
        room_buf_html(b, r->line ? r->line : "");
        room_buf_puts(b, "</blockquote>");
        if (r->open && me)
            room_buf_puts(b, "<p class=\"note\">Tap what the room should answer. You can change "
                             "your vote until the presenter reveals.</p>");
        else if (r->open)
            room_buf_puts(b, "<p class=\"note\">You can follow but not vote: the room is full, or "
                             "this network has added too many phones.</p>");
        else if (r->revealed)
            room_buf_printf(b, "<p class=\"note\">Votes are closed. The room chose %d.</p>",
                            r->revealed);
        else
            room_buf_puts(b, "<p class=\"note\">Votes are closed.</p>");
        choices(r, me, b);
    } else {
        room_buf_puts(b, "<p class=\"note\">Waiting for the next line. This page follows the "
                         "presenter by itself.</p>");
    }
    if (me) {
        room_buf_printf(b,
                        "<form class=\"nick\" method=\"post\" action=\"/%s/n\"><label>"
                        "Nickname, if you want one (kept only until the room closes) "
                        "<input name=\"n\" maxlength=\"%d\" value=\"",
                        r->code, ROOM_NICK_MAX);
        room_buf_html(b, me->nick);
        room_buf_puts(b, "\"></label> <button>Save</button></form>");
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
