/* ui_bench.c: timing lines for scripts/bench (RAPPORT_BENCH=1).
 *
 *   bench first_frame_ms=<ms>   once, right after the first SDL_RenderPresent:
 *                               milliseconds since the process started
 *   bench redraw_ms=<ms>        after each present that an input event caused:
 *                               from the event leaving SDL's queue to
 *                               SDL_RenderPresent returning
 *
 * RAPPORT_BENCH_EXIT_AFTER_FIRST_FRAME=1 makes the window quit (exit code 0)
 * right after the first line. Without RAPPORT_BENCH nothing is printed.
 *
 * When did the process start? Two clocks were compared on this machine
 * (Debian 12, rapport linked against 88 shared libraries), launching from
 * python with time.monotonic() taken just before fork:
 *   - a constructor function here runs after the dynamic loader has mapped
 *     and relocated every library: 13-22 ms (median ~18 ms) after the launch,
 *     so it would leave out the largest part of start-up;
 *   - /proc/self/stat field 22 (starttime) is set by the kernel at fork, in
 *     clock ticks (1/100 s here) since boot, rounded down: it includes the
 *     exec and the loader, but is only known to within one tick.
 * The second is the more accurate (an error under one tick against one of
 * 15-20 ms), so first_frame_ms counts from it, taking the middle of its tick
 * (error within +-5 ms) but never later than the constructor's timestamp,
 * which is a hard upper bound on the start. The kernel counts starttime on
 * the boot-time clock (which goes on during suspend), so it is compared with
 * CLOCK_BOOTTIME, not CLOCK_MONOTONIC. Durations (redraw_ms) use
 * CLOCK_MONOTONIC. */
#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double ms_of(const struct timespec *t)
{
    return (double)t->tv_sec * 1000.0 + (double)t->tv_nsec / 1e6;
}

static double clock_ms(clockid_t c)
{
    struct timespec t;
    if (clock_gettime(c, &t) != 0) return 0;
    return ms_of(&t);
}

/* Boot-time clock when main's constructors ran: an upper bound on the start. */
static double g_ctor_boot_ms;

__attribute__((constructor, used)) static void bench_ctor(void)
{
    g_ctor_boot_ms = clock_ms(CLOCK_BOOTTIME);
}

/* The process start on the boot-time clock, in ms; -1 when /proc says nothing. */
static double proc_start_boot_ms(void)
{
    FILE *f = fopen("/proc/self/stat", "r");
    if (!f) return -1;
    char buf[1024];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    /* Field 2 is the command name in parentheses and may itself hold spaces
     * or ')': fields are counted from the last ')'. */
    char *p = strrchr(buf, ')');
    if (!p) return -1;
    int field = 2;
    for (; *p; p++) {
        if (*p != ' ') continue;
        if (++field == 22) break;
    }
    if (!*p) return -1;
    char *end;
    unsigned long long ticks = strtoull(p + 1, &end, 10);
    long hz = sysconf(_SC_CLK_TCK);
    if (end == p + 1 || hz <= 0) return -1;
    double tick_ms = 1000.0 / (double)hz;
    double start = (double)ticks * tick_ms + tick_ms / 2; /* middle of its tick */
    if (g_ctor_boot_ms > 0 && start > g_ctor_boot_ms) start = g_ctor_boot_ms;
    return start;
}

static int g_on = -1; /* -1 not read yet */

bool ui_bench_on(void)
{
    if (g_on < 0) {
        const char *e = getenv("RAPPORT_BENCH");
        g_on = e && strcmp(e, "1") == 0;
    }
    return g_on == 1;
}

double ui_bench_now_ms(void)
{
    return clock_ms(CLOCK_MONOTONIC);
}

bool ui_bench_first_frame(void)
{
    if (!ui_bench_on()) return false;
    double start = proc_start_boot_ms();
    if (start < 0) start = g_ctor_boot_ms;
    fprintf(stderr, "bench first_frame_ms=%.2f\n", clock_ms(CLOCK_BOOTTIME) - start);
    fflush(stderr);
    const char *e = getenv("RAPPORT_BENCH_EXIT_AFTER_FIRST_FRAME");
    return e && strcmp(e, "1") == 0;
}

void ui_bench_redraw(double input_ms)
{
    if (!ui_bench_on() || input_ms < 0) return;
    fprintf(stderr, "bench redraw_ms=%.2f\n", ui_bench_now_ms() - input_ms);
    fflush(stderr);
}
