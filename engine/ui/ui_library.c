/* ui_library.c: the scenario library. The recommended next scenario first,
 * with its reason, then every scenario grouped by family: title, difficulty,
 * summary and the player's best percent per skill. Broken files are listed
 * with their first error and cannot be opened. Focus index 0 is the
 * recommendation; 1..n are library entries in order. */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <string.h>

/* The player's best per default skill in entry e: accuracy (design.md), or
 * percent for sessions saved before accuracy existed when none has one. */
/* The shipped library's families as their headings read (humanized ids),
 * marked for the catalogs. A family of an author's own shows humanized, as
 * written: the program's catalogs cannot know it. */
static const char *const shipped_families[] = {
    NC_("family", "Feedback"),    NC_("family", "Follow up"), NC_("family", "Mentor"),
    NC_("family", "Networking"),  NC_("family", "Outreach"),  NC_("family", "Rejection"),
    NC_("family", "Value first"), NC_("family", "Workplace"), NC_("family", "Other"),
};

void ui_family_heading(const char *family, char *buf, size_t n)
{
    ui_humanize(family && family[0] ? family : "other", buf, n);
    for (size_t i = 0; i < sizeof shipped_families / sizeof *shipped_families; i++)
        if (strcmp(buf, shipped_families[i]) == 0) {
            snprintf(buf, n, "%s", C_("family", shipped_families[i]));
            return;
        }
}

static void best_line(ui_state *st, const app_entry *e, char *buf, size_t n)
{
    double best[CORE_MAX_SKILLS];
    if (!st->have_progress || !app_best_for(&st->progress, e->id, best, NULL)) {
        snprintf(buf, n, _("Not played yet"));
        return;
    }
    double acc[CORE_N_DEFAULT_SKILLS], pct[CORE_N_DEFAULT_SKILLS];
    bool any_acc = false;
    for (int k = 0; k < CORE_N_DEFAULT_SKILLS; k++) {
        acc[k] = pct[k] = -1;
        for (int i = 0; i < st->progress.n_records; i++) {
            const st_record *r = &st->progress.records[i];
            if (!r->scenario || strcmp(r->scenario, e->id) != 0 || !r->outcome) continue;
            if (r->kind && strcmp(r->kind, "drill") == 0) continue; /* a drill is a part */
            for (int j = 0; j < r->n_skills; j++) {
                const st_skill *sk = &r->skills[j];
                if (strcmp(sk->name, core_default_skills[k]) != 0) continue;
                if (sk->percent > pct[k]) pct[k] = sk->percent;
                if (sk->has_accuracy && sk->accuracy > acc[k]) acc[k] = sk->accuracy;
            }
        }
        any_acc = any_acc || acc[k] >= 0;
    }
    const double *v = any_acc ? acc : pct;
    size_t used =
        (size_t)snprintf(buf, n, "%s", any_acc ? _("Your best accuracy:") : _("Your best:"));
    for (int k = 0, shown = 0; k < CORE_N_DEFAULT_SKILLS && used < n; k++)
        if (v[k] >= 0)
            used += (size_t)snprintf(buf + used, n - used, "%s %s %.0f%%", shown++ ? " ·" : "",
                                     _(core_skill_label(core_default_skills[k])), v[k]);
}

/* One card; returns its height. focus draws the ring. */
static int card(ui_state *st, int i, int x, int y, int w, bool focus)
{
    ui_ctx *cx = st->cx;
    const app_entry *e = &st->lib.v[i];
    int p = ui_pad(cx), iw = w - 2 * p;
    const char *title = e->ok && e->title[0] ? e->title : e->file;
    char diff[16] = "";
    for (int d = 0; d < 3 && e->difficulty > 0; d++)
        strcat(diff, d < e->difficulty ? "●" : "○");
    const ui_layout *dl = ui_text_layout(cx->text, UI_F_SMALL, diff, 0, 1);
    const ui_layout *tl = ui_text_layout(cx->text, UI_F_BOLD, title, iw - dl->w - p, 2);
    char best[200];
    const char *sub = e->ok ? e->summary : e->error;
    if (e->ok)
        best_line(st, e, best, sizeof best);
    else
        snprintf(best, sizeof best, _("This scenario has errors: run `rapport check` on it."));
    const ui_layout *sl = ui_text_layout(cx->text, UI_F_BODY, sub ? sub : "", iw, 3);
    const ui_layout *bl = ui_text_layout(cx->text, UI_F_SMALL, best, iw, 2);
    int h = p + tl->h + (sl->n_glyphs ? p / 3 + sl->h : 0) + p / 3 + bl->h + p;
    SDL_Rect r = {x, y, w, h};
    if (focus) {
        SDL_Rect ring = {x - 3, y - 3, w + 6, h + 6};
        ui_fill_round(cx, ring, p / 2 + 3, cx->th.focus);
    }
    ui_fill_round(cx, r, p / 2, cx->th.border);
    SDL_Rect in = {x + 1, y + 1, w - 2, h - 2};
    ui_fill_round(cx, in, p / 2, ui_hovered(cx, r) && e->ok ? cx->th.hover : cx->th.panel);
    int yy = y + p;
    ui_label_ex(cx, UI_F_BOLD, title, x + p, yy, iw - dl->w - p, 2,
                e->ok ? cx->th.text : cx->th.poor, -1);
    if (dl->n_glyphs) ui_label(cx, UI_F_SMALL, diff, x + w - p - dl->w, yy, 0, cx->th.accent);
    yy += tl->h;
    if (sl->n_glyphs) {
        yy += p / 3;
        yy += ui_label_ex(cx, UI_F_BODY, sub, x + p, yy, iw, 3, cx->th.dim, -1);
    }
    yy += p / 3;
    ui_label_ex(cx, UI_F_SMALL, best, x + p, yy, iw, 2, cx->th.dim, -1);
    if (e->ok) ui_frame_add(&cx->frame, r, UI_BOX_HIT, UI_ACT_OPEN, i);
    return h;
}

void ui_library_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    ui_state_need_lib(st);
    int p = ui_pad(cx);
    char title[200];
    snprintf(title, sizeof title, "rapport · %s", st->player ? st->player : "");
    ui_bar_button bb[] = {{_("Progress (P)"), UI_ACT_GO, UI_SCR_PROGRESS},
                          {_("Settings (S)"), UI_ACT_GO, UI_SCR_SETTINGS},
                          {_("Player (Esc)"), UI_ACT_BACK, 0}};
    int top = ui_top_bar(st, title, bb, 3);
    int w = cx->w - 4 * p;
    if (w > 60 * p) w = 60 * p;
    int x = (cx->w - w) / 2;
    int foot = ui_lrs_footer(st, x, w); /* the learning records' note, when there is one */
    SDL_Rect view = {0, top, cx->w, cx->h - top - foot};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    int focus = st->focus[UI_SCR_LIBRARY];
    int focus_y = 0, focus_h = 0;
    if (st->status[0]) y += ui_label(cx, UI_F_SMALL, st->status, x, y, w, ui_status_colour(st)) + p;
    y += ui_review_library_line(st, x, y, w); /* moments to review, the streak (ui_review.c) */
    if (!st->have_lib || st->lib.n == 0) {
        y += ui_label(cx, UI_F_BODY,
                      _("No scenarios found. Set RAPPORT_SCENARIOS to a folder of .lua scenarios."),
                      x, y, w, cx->th.dim);
    }
    if (st->recommend >= 0) {
        y += ui_label(cx, UI_F_BOLD, _("Recommended next"), x, y, w, cx->th.accent) + p / 3;
        y += ui_label(cx, UI_F_SMALL, st->reason, x, y, w, cx->th.dim) + p / 2;
        if (focus == 0) focus_y = y - y0;
        int h = card(st, st->recommend, x, y, w, focus == 0);
        if (focus == 0) focus_h = h;
        y += h + 2 * p;
    }
    const char *family = NULL;
    for (int i = 0; i < st->lib.n; i++) {
        const app_entry *e = &st->lib.v[i];
        const char *fam = e->family && e->family[0] ? e->family : "other";
        if (!family || strcmp(family, fam) != 0) {
            family = fam;
            char heading[128];
            ui_family_heading(fam, heading, sizeof heading);
            y += ui_label(cx, UI_F_TITLE, heading, x, y, w, cx->th.text) + p / 2;
        }
        if (focus == i + 1) focus_y = y - y0;
        int h = card(st, i, x, y, w, focus == i + 1);
        if (focus == i + 1) focus_h = h;
        y += h + p;
    }
    ui_scroll_end(st, view, y - y0 + p);
    if (focus_h > 0 && st->scroll_max[UI_SCR_LIBRARY] > 0) {
        int before = st->scroll[UI_SCR_LIBRARY];
        /* Only follow the keyboard focus when it moved, not on wheel scrolls. */
        if (st->lib_followed != focus) {
            ui_scroll_to(st, view, focus_y, focus_h);
            if (st->scroll[UI_SCR_LIBRARY] != before) st->dirty = true;
        }
        st->lib_followed = focus;
    }
}

bool ui_library_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    int *f = &st->focus[UI_SCR_LIBRARY];
    int n = st->lib.n + 1;
    switch (k->keysym.sym) {
    case SDLK_UP:
        if (*f > 0) (*f)--;
        if (*f == 0 && st->recommend < 0 && n > 1) *f = 1;
        return true;
    case SDLK_DOWN:
    case SDLK_TAB:
        if (*f < n - 1) (*f)++;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (*f == 0 && st->recommend >= 0)
            ui_state_act(st, UI_ACT_OPEN, st->recommend);
        else if (*f > 0)
            ui_state_act(st, UI_ACT_OPEN, *f - 1);
        return true;
    case SDLK_p:
        ui_state_act(st, UI_ACT_GO, UI_SCR_PROGRESS);
        return true;
    case SDLK_r: /* the Review screen (ui_review.c); V is reading aloud */
        ui_state_act(st, UI_ACT_REVIEW, 2);
        return true;
    case SDLK_s:
        ui_state_act(st, UI_ACT_GO, UI_SCR_SETTINGS);
        return true;
    default:
        return ui_scroll_page_key(st, k->keysym.sym);
    }
}
