/* ui_theme.c: the three colour themes. Light and dark are calm, low-saturation
 * palettes; contrast is for low vision: pure black and white with a yellow
 * focus colour, every text/background pair well above WCAG AAA (7:1). */
#include "ui_gfx.h"

#include <string.h>

static SDL_Color rgb(Uint8 r, Uint8 g, Uint8 b)
{
    SDL_Color c = {r, g, b, 255};
    return c;
}

static void portraits(ui_theme *t)
{
    /* Skin and hair tones vary per cast member; the same in every theme so a
     * person keeps their face when the theme changes. */
    t->skin[0] = rgb(241, 194, 160);
    t->skin[1] = rgb(198, 134, 94);
    t->skin[2] = rgb(141, 85, 56);
    t->skin[3] = rgb(224, 172, 130);
    t->hair[0] = rgb(60, 42, 30);
    t->hair[1] = rgb(20, 20, 24);
    t->hair[2] = rgb(150, 95, 45);
    t->hair[3] = rgb(120, 120, 128);
}

void ui_theme_get(ui_theme_id id, ui_theme *t)
{
    memset(t, 0, sizeof *t);
    t->id = id;
    portraits(t);
    switch (id) {
    case UI_THEME_DARK:
        t->bg = rgb(30, 32, 36);
        t->panel = rgb(42, 45, 51);
        t->panel_alt = rgb(52, 56, 64);
        t->border = rgb(78, 83, 94);
        t->text = rgb(232, 232, 228);
        t->dim = rgb(160, 164, 172);
        t->accent = rgb(110, 168, 230);
        t->on_accent = rgb(16, 20, 26);
        t->focus = rgb(250, 200, 90);
        t->hover = rgb(60, 66, 78);
        t->good = rgb(110, 200, 130);
        t->mixed = rgb(230, 190, 90);
        t->poor = rgb(235, 120, 110);
        /* Chart lines from Okabe and Ito's palette for colour-blind readers. */
        t->series[0] = rgb(86, 180, 233);
        t->series[1] = rgb(230, 159, 0);
        t->series[2] = rgb(204, 121, 167);
        t->bar_bg = rgb(62, 66, 74);
        break;
    case UI_THEME_CONTRAST:
        t->bg = rgb(0, 0, 0);
        t->panel = rgb(0, 0, 0);
        t->panel_alt = rgb(20, 20, 20);
        t->border = rgb(255, 255, 255);
        t->text = rgb(255, 255, 255);
        t->dim = rgb(235, 235, 235);
        t->accent = rgb(255, 235, 0);
        t->on_accent = rgb(0, 0, 0);
        t->focus = rgb(0, 255, 255);
        t->hover = rgb(40, 40, 90);
        t->good = rgb(120, 255, 120);
        t->mixed = rgb(255, 235, 0);
        t->poor = rgb(255, 140, 140);
        /* Yellow, cyan and magenta: far apart on black, and apart for the
         * common colour-vision deficiencies too. */
        t->series[0] = rgb(255, 235, 0);
        t->series[1] = rgb(0, 255, 255);
        t->series[2] = rgb(255, 110, 255);
        t->bar_bg = rgb(60, 60, 60);
        break;
    case UI_THEME_LIGHT:
    case UI_THEME_COUNT:
    default:
        t->id = UI_THEME_LIGHT;
        t->bg = rgb(246, 244, 239);
        t->panel = rgb(255, 255, 255);
        t->panel_alt = rgb(236, 233, 226);
        t->border = rgb(205, 200, 190);
        t->text = rgb(34, 34, 38);
        t->dim = rgb(96, 96, 104);
        t->accent = rgb(40, 96, 160);
        t->on_accent = rgb(255, 255, 255);
        t->focus = rgb(214, 120, 20);
        t->hover = rgb(228, 236, 246);
        t->good = rgb(40, 130, 70);
        t->mixed = rgb(170, 120, 10);
        t->poor = rgb(185, 60, 50);
        t->series[0] = rgb(0, 114, 178);
        t->series[1] = rgb(213, 94, 0);
        t->series[2] = rgb(204, 121, 167);
        t->bar_bg = rgb(225, 222, 214);
        break;
    }
}

static const char *const names[UI_THEME_COUNT] = {"light", "dark", "contrast"};

ui_theme_id ui_theme_from_name(const char *name)
{
    for (int i = 0; name && i < UI_THEME_COUNT; i++)
        if (strcmp(name, names[i]) == 0) return (ui_theme_id)i;
    return UI_THEME_LIGHT;
}

const char *ui_theme_name(ui_theme_id id)
{
    return (int)id >= 0 && id < UI_THEME_COUNT ? names[id] : names[0];
}
