/* graph.c: `rapport graph FILE`: the scenario as Graphviz DOT. */
#include "app.h"
#include "cli.h"
#include "i18n.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* DOT string literal: quotes and backslashes escaped, newlines as \n. */
static void dot_str(FILE *f, const char *s, size_t max)
{
    fputc('"', f);
    size_t n = 0;
    for (; *s && n < max; s++, n++) {
        if (*s == '"' || *s == '\\') fputc('\\', f);
        if (*s == '\n')
            fputs("\\n", f);
        else
            fputc(*s, f);
    }
    if (*s) fputs("...", f);
    fputc('"', f);
}

static const char *grade_colour(const char *g)
{
    if (!g) return "lightgrey";
    if (strcmp(g, "good") == 0) return "palegreen";
    if (strcmp(g, "mixed") == 0) return "khaki";
    return "lightpink";
}

/* Appends the fact names of list[0..n) to label at *k: ", "-separated, a
 * "!" before a fact that must not have been heard. */
static void facts(char *label, size_t size, size_t *k, const core_scenario *sc, const int *list,
                  const core_fact_test *tests, int n)
{
    for (int i = 0; i < n && *k < size; i++) {
        bool neg = tests && tests[i].negate;
        int f = tests ? tests[i].fact : list[i];
        *k += (size_t)snprintf(label + *k, size - *k, "%s%s%s", i ? ", " : "", neg ? "!" : "",
                               sc->facts[f]);
    }
}

/* An edge's label: the choice's number and score changes, then on lines of
 * their own what it needs (`when`), what it teaches (`learn`) and the other
 * person's `reply`, so the drawing shows why a route opens and how a merge
 * is answered. */
static void edge(FILE *f, const core_scenario *sc, int from, int to, const core_choice *c, int num)
{
    fprintf(f, "  n%d -> n%d [label=", from, to);
    char label[700];
    size_t k = 0;
    if (c) {
        k += (size_t)snprintf(label, sizeof label, "%d", num);
        for (int s = 0; s < sc->n_skills && k < sizeof label; s++)
            if (c->score[s] != 0)
                k += (size_t)snprintf(label + k, sizeof label - k, " %s%+g", sc->skills[s],
                                      c->score[s]);
        if (c->gives && k < sizeof label)
            k += (size_t)snprintf(label + k, sizeof label - k, " gives");
        if (c->asks && k < sizeof label)
            k += (size_t)snprintf(label + k, sizeof label - k, " asks");
        if ((c->n_when || c->when_fn != CORE_NO_FN) && k < sizeof label) {
            k += (size_t)snprintf(label + k, sizeof label - k, "\nwhen ");
            facts(label, sizeof label, &k, sc, NULL, c->when, c->n_when);
            if (c->when_fn != CORE_NO_FN && k < sizeof label)
                k += (size_t)snprintf(label + k, sizeof label - k, "%s(a function)",
                                      c->n_when ? ", " : "");
        }
        if (c->n_learn && k < sizeof label) {
            k += (size_t)snprintf(label + k, sizeof label - k, "\nlearns ");
            facts(label, sizeof label, &k, sc, c->learn, NULL, c->n_learn);
        }
        if ((c->reply || c->reply_fn != CORE_NO_FN) && k < sizeof label) {
            const char *r = c->reply ? c->reply : "(a function)";
            int cut = cli_utf8_prefix(r, 40);
            k += (size_t)snprintf(label + k, sizeof label - k,
                                  c->reply ? "\n\"%.*s%s\"" : "\n%.*s%s", cut, r,
                                  r[cut] ? "..." : "");
        }
    } else {
        snprintf(label, sizeof label, "timeout");
    }
    dot_str(f, label, sizeof label);
    if (!c)
        fputs(", style=dashed", f);
    else if (c->to_fn != CORE_NO_FN)
        fputs(", style=dotted", f);
    fputs("];\n", f);
}

/* Starts `dot -Tsvg -o out` with a pipe to its standard input. */
static FILE *open_dot(const char *out, pid_t *pid)
{
    int fd[2];
    if (pipe(fd) != 0) return NULL;
    *pid = fork();
    if (*pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return NULL;
    }
    if (*pid == 0) {
        dup2(fd[0], 0);
        close(fd[0]);
        close(fd[1]);
        execlp("dot", "dot", "-Tsvg", "-o", out, (char *)NULL);
        _exit(127);
    }
    close(fd[0]);
    return fdopen(fd[1], "w");
}

int cli_graph(const cli_opts *o)
{
    app_play *p = cli_open(o->args[0], true);
    if (!p) return 1;
    const core_scenario *sc = app_play_scenario(p);
    bool *seen = calloc((size_t)sc->n_nodes, sizeof(bool));
    if (!seen || !core_reachable(sc, seen)) {
        free(seen);
        app_play_close(p);
        return 1;
    }
    FILE *f = stdout;
    pid_t pid = -1;
    if (o->svg && !(f = open_dot(o->svg, &pid))) {
        fprintf(stderr, _("rapport: cannot start Graphviz: %s\n"), strerror(errno));
        free(seen);
        app_play_close(p);
        return 1;
    }
    fputs("digraph ", f);
    dot_str(f, sc->id, 200);
    fputs(" {\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fillcolor=white, "
          "fontname=\"DejaVu Sans\"];\n  edge [fontname=\"DejaVu Sans\", fontsize=10];\n",
          f);
    for (int i = 0; i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        char label[600];
        const char *who = n->speaker >= 0 ? sc->cast[n->speaker].name : "narrator";
        size_t k;
        if (n->ending)
            k = (size_t)snprintf(label, sizeof label, "%s\n[%s]", n->id, n->ending);
        else
            k = (size_t)snprintf(label, sizeof label, "%s\n(%s)", n->id, who);
        if (n->n_learn && k < sizeof label) { /* what arriving here teaches */
            k += (size_t)snprintf(label + k, sizeof label - k, "\nlearns ");
            facts(label, sizeof label, &k, sc, n->learn, NULL, n->n_learn);
        }
        fprintf(f, "  n%d [label=", i);
        dot_str(f, label, sizeof label);
        if (n->ending) fprintf(f, ", shape=doubleoctagon, fillcolor=%s", grade_colour(n->grade));
        if (i == sc->start) fputs(", penwidth=3", f);
        if (!seen[i])
            fputs(", style=\"rounded,filled,dashed\", fillcolor=grey90, xlabel=\"unreachable\"", f);
        if (n->timeout > 0) fprintf(f, ", xlabel=\"%.0fs\"", n->timeout);
        fputs("];\n", f);
    }
    for (int i = 0; i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        for (int j = 0; j < n->n_choices; j++) {
            const core_choice *c = &n->choices[j];
            if (c->to_fn != CORE_NO_FN)
                for (int k = 0; k < c->n_can_go; k++)
                    edge(f, sc, i, c->can_go[k], c, j + 1);
            else if (c->to != CORE_NONE)
                edge(f, sc, i, c->to, c, j + 1);
        }
        if (n->on_timeout != CORE_NONE) edge(f, sc, i, n->on_timeout, NULL, 0);
    }
    fputs("}\n", f);
    free(seen);
    app_play_close(p);
    if (pid > 0) {
        fclose(f);
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "rapport: %s\n",
                    WIFEXITED(status) && WEXITSTATUS(status) == 127
                        ? _("Graphviz is not installed (apt-get install graphviz); without --svg "
                            "the DOT text goes to standard output")
                        : _("Graphviz could not draw the graph"));
            return 1;
        }
    }
    return 0;
}
