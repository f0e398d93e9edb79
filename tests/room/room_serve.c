/* room_serve.c: engine/room without the window, for the shell tests
 * (http.sh, phones.sh). It opens a room on loopback and takes commands on
 * stdin, one a line, answering each with one line on stdout, so a test waits
 * for an answer (a state), never for time:
 *   step N SPEAKER|LINE|CHOICE|CHOICE...   a new round ("round R")
 *   line SPEAKER|LINE                       the open round's line said anew ("ok")
 *   reveal K                                votes close, K is the room's choice
 *   wait                                    nothing to vote on
 *   tally                                   "round R step N open O revealed K voted V joined J
 * votes A B C" quit The first line it prints is "url URL code CODE port PORT". */
#include "room.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void tally(room *r)
{
    room_count c;
    room_tally(r, &c);
    printf("round %u step %d open %d revealed %d voted %d joined %d votes", c.round, c.number,
           (int)c.open, c.revealed, c.voted, c.joined);
    for (int i = 0; i < c.n_choice; i++)
        printf(" %d", c.votes[i]);
    printf("\n");
}

int main(int argc, char **argv)
{
    char err[256], url[200];
    room *r = room_new(err, sizeof err);
    if (!r || !room_listen(r, argc > 1 ? argv[1] : NULL, 0, NULL, NULL, err, sizeof err)) {
        fprintf(stderr, "room_serve: %s\n", err);
        room_free(r);
        return 1;
    }
    room_join_url(r, url, sizeof url);
    printf("url %s code %s port %d\n", url, room_code(r), room_port(r));
    fflush(stdout);
    char line[8192];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "step ", 5) == 0) {
            char *p = line + 5, *f[2 + 9];
            int number = (int)strtol(p, &p, 10), n = 0;
            if (*p == ' ') p++;
            for (char *t = strtok(p, "|"); t && n < 11; t = strtok(NULL, "|"))
                f[n++] = t;
            if (n < 3) {
                printf("error: step N SPEAKER|LINE|CHOICE...\n");
            } else {
                room_step s = {number, f[0], f[1], (const char *const *)f + 2, n - 2};
                printf("round %u\n", room_set_step(r, &s));
            }
        } else if (strncmp(line, "line ", 5) == 0) {
            char *bar = strchr(line + 5, '|');
            if (!bar) {
                printf("error: line SPEAKER|LINE\n");
            } else {
                *bar = '\0';
                room_set_line(r, line + 5, bar + 1);
                printf("ok\n");
            }
        } else if (strncmp(line, "reveal ", 7) == 0) {
            room_reveal(r, atoi(line + 7));
            printf("ok\n");
        } else if (strcmp(line, "wait") == 0) {
            room_wait(r);
            printf("ok\n");
        } else if (strcmp(line, "tally") == 0) {
            tally(r);
        } else if (strcmp(line, "quit") == 0) {
            break;
        } else {
            printf("error: unknown command\n");
        }
        fflush(stdout);
    }
    room_free(r);
    printf("closed\n");
    return 0;
}
