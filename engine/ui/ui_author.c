/* ui_author.c: the F2 panel for scenario authors. The session's state as
 * author functions see it: node, visits, facts heard, trust, scores and
 * goodwill, read from core_session_state. A panel on the right (the
 * conversation reflows beside it); F5 reloads the file (app_play_reload) and keeps the place. */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <string.h>

int ui_author_width(const ui_ctx *cx)
{
    int w = cx->w / 3;
    return w < 260 ? 260 : w;
}

void ui_author_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    if (!st->play) return;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    const core_state *cs = core_session_state(s);
    int p = ui_pad(cx);
    int w = ui_author_width(cx);
    SDL_Rect r = {cx->w - w, 0, w, cx->h};
    ui_fill_rect(cx, r, cx->th.panel_alt);
    SDL_Rect edge = {r.x, 0, 2, cx->h};
    ui_fill_rect(cx, edge, cx->th.accent);
    ui_clip_push(cx, r);
    int x = r.x + p, iw = w - 2 * p, y = p;
    char buf[512];
    y += ui_label(cx, UI_F_BOLD, _("Author view (F2 hides, F5 reloads)"), x, y, iw, cx->th.accent) +
         p / 2;
    const core_node *n = core_session_node(s);
    snprintf(buf, sizeof buf, _("node %s (line %d), visits %d, goodwill %d"), n->id, n->line,
             cs->visits[cs->node], cs->goodwill);
    y += ui_label(cx, UI_F_SMALL, buf, x, y, iw, cx->th.text) + p / 2;
    size_t used = (size_t)snprintf(buf, sizeof buf, _("score:"));
    for (int k = 0; k < sc->n_skills && used < sizeof buf; k++)
        used +=
            (size_t)snprintf(buf + used, sizeof buf - used, " %s %g", sc->skills[k], cs->score[k]);
    y += ui_label(cx, UI_F_SMALL, buf, x, y, iw, cx->th.text) + p / 2;
    used = (size_t)snprintf(buf, sizeof buf, _("trust:"));
    for (int c = 0; c < sc->n_cast && used < sizeof buf; c++)
        used += (size_t)snprintf(buf + used, sizeof buf - used, " %s %g", sc->cast[c].key,
                                 cs->trust[c]);
    y += ui_label(cx, UI_F_SMALL, buf, x, y, iw, cx->th.text) + p / 2;
    used = (size_t)snprintf(buf, sizeof buf, _("facts:"));
    int nf = 0;
    for (int f = 0; f < sc->n_facts && used < sizeof buf; f++)
        if (cs->facts[f]) {
            used += (size_t)snprintf(buf + used, sizeof buf - used, " %s", sc->facts[f]);
            nf++;
        }
    if (!nf) snprintf(buf + used, sizeof buf - used, _(" none yet"));
    y += ui_label(cx, UI_F_SMALL, buf, x, y, iw, cx->th.text) + p / 2;
    y += ui_label(cx, UI_F_SMALL, _("visited:"), x, y, iw, cx->th.dim);
    used = 0;
    buf[0] = 0;
    for (int i = 0; i < sc->n_nodes && used < sizeof buf; i++)
        if (cs->visits[i])
            used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s×%d", used ? ", " : "",
                                     sc->nodes[i].id, cs->visits[i]);
    ui_label_ex(cx, UI_F_SMALL, buf, x, y, iw, 12, cx->th.text, -1);
    if (sc->file) {
        int lh = ui_text_line_h(cx->text, UI_F_SMALL);
        ui_label_ex(cx, UI_F_SMALL, sc->file, x, cx->h - 2 * lh - p, iw, 2, cx->th.dim, -1);
    }
    ui_clip_pop(cx);
}
