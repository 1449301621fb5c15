/* test_cli.c -- the data-driven end-to-end tests, jq style.
 *
 * Each folder tests/cli/NAME/ is one case:
 *   cmd        one shell command line, run in that folder with $TL set to the
 *              timeline binary and $SHARED to ../shared (absolute paths)
 *   stdout     the expected standard output, byte for byte (optional)
 *   stderr     a line that standard error must contain (optional)
 *   status     the expected exit status (optional, default 0)
 *   requires   a path (relative to the repo) that must exist, else the case
 *              is skipped (used for cases reading ../shared)
 * Adding a case needs no C: make a folder with those files. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

struct cli_case {
    char name[128];
};

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n < 2) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

static void free_cases(struct criterion_test_params *p) { cr_free(p->params); }

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) s[--n] = '\0';
}

ParameterizedTestParameters(cli, cases)
{
    DIR *dir = opendir("tests/cli");
    size_t n = 0, cap = 0;
    struct cli_case *cases = NULL;
    struct dirent *e;
    while (dir && (e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            struct cli_case *more = cr_calloc(cap = cap ? cap * 2 : 32, sizeof *cases);
            if (n) memcpy(more, cases, n * sizeof *cases);
            cr_free(cases);
            cases = more;
        }
        size_t len = strlen(e->d_name);
        if (len >= sizeof cases->name) continue;
        memcpy(cases[n++].name, e->d_name, len + 1);
    }
    if (dir) closedir(dir);
    return cr_make_param_array(struct cli_case, cases, n, free_cases);
}

ParameterizedTest(struct cli_case *c, cli, cases, .timeout = 60)
{
    char root[PATH_MAX], dir[PATH_MAX + 160], path[PATH_MAX + 200], bin[PATH_MAX + 64];
    cr_assert(getcwd(root, sizeof root) != NULL);
    snprintf(dir, sizeof dir, "%s/tests/cli/%s", root, c->name);
    const char *tl_bin = getenv("TL_BIN") ? getenv("TL_BIN") : "build/timeline";
    snprintf(bin, sizeof bin, "%s/%s", root, tl_bin);

    snprintf(path, sizeof path, "%s/requires", dir);
    char *req = slurp(path, NULL);
    if (req) {
        trim(req);
        char need[PATH_MAX + 300];
        snprintf(need, sizeof need, "%s/%s", root, req);
        struct stat st;
        int missing = stat(need, &st) != 0;
        free(req);
        if (missing) cr_skip_test("%s: needs %s", c->name, need);
    }

    snprintf(path, sizeof path, "%s/cmd", dir);
    char *cmd = slurp(path, NULL);
    cr_assert(cmd != NULL, "%s: no cmd file", c->name);
    trim(cmd);

    char outp[] = "/tmp/tl-cli-out-XXXXXX", errp[] = "/tmp/tl-cli-err-XXXXXX";
    int fo = mkstemp(outp), fe = mkstemp(errp);
    cr_assert(fo >= 0 && fe >= 0);
    close(fo);
    close(fe);
    pid_t pid = fork();
    cr_assert(pid >= 0);
    if (pid == 0) {
        int o = open(outp, O_WRONLY | O_TRUNC), e = open(errp, O_WRONLY | O_TRUNC);
        char shared[PATH_MAX + 16];
        snprintf(shared, sizeof shared, "%s/../shared", root);
        if (o < 0 || e < 0 || chdir(dir) != 0) _exit(127);
        dup2(o, 1);
        dup2(e, 2);
        setenv("TL", bin, 1);
        setenv("SHARED", shared, 1);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    int wst;
    waitpid(pid, &wst, 0);
    int status = WIFEXITED(wst) ? WEXITSTATUS(wst) : 128 + WTERMSIG(wst);

    size_t out_len;
    char *out = slurp(outp, &out_len), *err = slurp(errp, NULL);
    unlink(outp);
    unlink(errp);

    int want_status = 0;
    snprintf(path, sizeof path, "%s/status", dir);
    char *st = slurp(path, NULL);
    if (st) {
        want_status = atoi(st);
        free(st);
    }
    cr_expect_eq(status, want_status, "%s: exit status %d, expected %d; stderr: %s", c->name,
                 status, want_status, err ? err : "");

    snprintf(path, sizeof path, "%s/stdout", dir);
    size_t exp_len;
    char *expected = slurp(path, &exp_len);
    if (expected)
        cr_expect(exp_len == out_len && memcmp(expected, out, out_len) == 0,
                  "%s: stdout differs from %s\n--- got ---\n%s", c->name, path, out);

    snprintf(path, sizeof path, "%s/stderr", dir);
    char *want_err = slurp(path, NULL);
    if (want_err) {
        trim(want_err);
        cr_expect(strstr(err, want_err) != NULL, "%s: stderr lacks '%s'; got: %s", c->name,
                  want_err, err);
    }
    free(want_err);
    free(expected);
    free(out);
    free(err);
    free(cmd);
}
