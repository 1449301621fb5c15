/* test_json_writer.c -- the JSON output: valid JSON (checked by a small
 * recursive parser here, and by python3 when it is installed), the
 * required members, escaping, null for what is absent, determinism. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/model/stages.h"
#include "support.h"

/* ---- a strict JSON checker (RFC 8259 grammar, no semantics) ------------- */

static const char *ws(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++;
    return p;
}

static const char *value(const char *p, int depth);

static const char *string(const char *p)
{
    if (*p++ != '"') return NULL;
    while (*p != '"') {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20) return NULL;
        if (c == '\\') {
            p++;
            if (*p == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i]) return NULL;
                p += 5;
                continue;
            }
            if (!*p || !strchr("\"\\/bfnrt", *p)) return NULL;
            p++;
            continue;
        }
        /* UTF-8: a lead byte and its continuation bytes */
        size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0) return NULL;
        for (size_t i = 1; i < n; i++)
            if (((unsigned char)p[i] & 0xC0) != 0x80) return NULL;
        p += n;
    }
    return p + 1;
}

static const char *number(const char *p)
{
    if (*p == '-') p++;
    if (*p < '0' || *p > '9') return NULL;
    while (*p >= '0' && *p <= '9') p++;
    return p;
}

static const char *value(const char *p, int depth)
{
    if (depth > 64) return NULL;
    p = ws(p);
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        p = ws(p + 1);
        if (*p == close) return p + 1;
        for (;;) {
            if (close == '}') {
                if (!(p = string(ws(p)))) return NULL;
                p = ws(p);
                if (*p++ != ':') return NULL;
            }
            if (!(p = value(p, depth + 1))) return NULL;
            p = ws(p);
            if (*p == close) return p + 1;
            if (*p++ != ',') return NULL;
        }
    }
    if (*p == '"') return string(p);
    if (!strncmp(p, "null", 4) || !strncmp(p, "true", 4)) return p + 4;
    if (!strncmp(p, "false", 5)) return p + 5;
    return number(p);
}

static int valid_json(const char *s)
{
    const char *end = value(s, 0);
    return end && *ws(end) == '\0';
}

/* ---- a model ----------------------------------------------------------------- */

static tl_timeline *story_model(void)
{
    static const char *const texts[] = {
        "Putin and Trump met in Anchorage on Friday.\n\nThe \"deal\" \\ talks\tresumed recently.",
        "Putin and Trump held talks in Anchorage on Friday.\n\nCaf\xC3\xA9 owners protested on Saturday.",
    };
    static const char *const phrases[][2][2] = {
        {{"Friday", "2025-08-15"}, {"recently", "PAST_REF"}},
        {{"Friday", "2025-08-15"}, {"Saturday", "2025-08-16"}},
    };
    tl_timeline *tl = tu_docs(texts, NULL, 2);
    for (size_t i = 0; i < 2; i++)
        for (size_t k = 0; k < 2; k++) {
            tl_timex *t = tu_timex(tl, i, phrases[i][k][0], 0, phrases[i][k][1], TL_TIMEX_DATE);
            t->anchor = i == 0 && k == 0 ? "2025-08-16" : "";
            t->rule = "weekday, past tense";
        }
    tl_set_dct(tl, 0, "2025-08-16", NULL);
    cr_assert_eq(tl_events_build(tl), 0);
    return tl;
}

static char *render(const tl_timeline *tl) { return tu_render(tl, TL_OUT_JSON); }

/* ---- tests --------------------------------------------------------------- */

Test(json_writer, checker_rejects_broken_json)
{
    cr_assert(valid_json("{\"a\": [1, null, \"x\\u00e9\"]}"));
    cr_assert_not(valid_json("{\"a\": [1,]}"));
    cr_assert_not(valid_json("{\"a\": \"tab\there\"}"));
    cr_assert_not(valid_json("{\"a\": 1} x"));
    cr_assert_not(valid_json("{\"a\": \"\xC3\"}"));
}

Test(json_writer, valid_json_with_required_members)
{
    tl_timeline *tl = story_model();
    char *out = render(tl);
    cr_assert(valid_json(out), "%s", out);
    const char *keys[] = {"\"version\": 1", "\"documents\": [", "\"source\": \"doc0.txt\"",
                          "\"dct\": \"2025-08-16\"", "\"dct_source\": \"cli\"", "\"dct\": null",
                          "\"dct_source\": \"none\"", "\"timexes\": [", "\"id\": \"t1\"",
                          "\"doc\": 0", "\"start\": 36", "\"end\": 42", "\"text\": \"Friday\"",
                          "\"type\": \"DATE\"", "\"value\": \"2025-08-15\"", "\"mod\": null",
                          "\"anchor\": \"2025-08-16\"", "\"anchor\": null", "\"zone\": null",
                          "\"rule\": \"weekday, past tense\"", "\"events\": [", "\"id\": \"e1\"",
                          "\"when\": {", "\"granularity\": \"day\"", "\"when\": null",
                          "\"mentions\": [", "\"sentence\": \"Putin and Trump met in Anchorage on Friday.\"",
                          "\"timex\": \"t1\"", "\"relations\": [", "\"generator\": \"timeline "};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        cr_assert_not_null(strstr(out, keys[i]), "missing %s in\n%s", keys[i], out);
    /* the two Friday meetings are one event with two mentions */
    cr_assert_not_null(strstr(out, "\"end\": \"2025-08-16\""), "%s", out);
    cr_assert_eq(tl->events.len, 3);
    cr_assert_eq(tl->events.items[0].n_mentions, 2);
    cr_assert_not_null(strstr(out, "\"text\": \"Caf\xC3\xA9 owners protested\""), "%s", out);
    cr_assert_not_null(strstr(out, "{\"from\": \"e1\", \"to\": \"e2\", \"type\": \"BEFORE\"}"), "%s", out);
    /* escaping of quotes, backslashes and tabs in sentences */
    cr_assert_not_null(strstr(out, "The \\\"deal\\\" \\\\ talks\\tresumed recently."), "%s", out);
    free(out);
    tl_free(tl);
}

Test(json_writer, two_space_indent_and_deterministic)
{
    tl_timeline *a = story_model(), *b = story_model();
    char *x = render(a), *y = render(b);
    cr_assert_str_eq(x, y);
    cr_assert(strncmp(x, "{\n  \"version\"", 13) == 0);
    cr_assert_not_null(strstr(x, "\n    {\n      \"id\": \"doc0.txt\""));
    size_t n = strlen(x);
    cr_assert(x[n - 1] == '\n' && x[n - 2] == '}');
    free(x);
    free(y);
    tl_free(a);
    tl_free(b);
}

Test(json_writer, python_agrees)
{
    if (system("command -v python3 >/dev/null 2>&1") != 0) return;
    tl_timeline *tl = story_model();
    char *out = render(tl);
    FILE *p = popen("python3 -c 'import json,sys; d=json.load(sys.stdin); "
                    "assert set(d) >= {\"documents\",\"timexes\",\"events\",\"relations\"}; "
                    "e=d[\"events\"][0]; assert set(e) == {\"id\",\"text\",\"when\",\"mentions\"}; "
                    "assert set(e[\"mentions\"][0]) == {\"doc\",\"start\",\"end\",\"sentence\",\"timex\",\"tense\"}; "
                    "assert set(d[\"relations\"][0]) == {\"from\",\"to\",\"type\"}'",
                    "w");
    cr_assert_not_null(p);
    fputs(out, p);
    cr_assert_eq(pclose(p), 0, "python3 rejected:\n%s", out);
    free(out);
    tl_free(tl);
}

Test(json_writer, empty_timeline)
{
    tl_timeline *tl = tl_new(NULL);
    char *out = render(tl);
    cr_assert(valid_json(out), "%s", out);
    cr_assert_not_null(strstr(out, "\"events\": []"));
    cr_assert_not_null(strstr(out, "\"relations\": []"));
    free(out);
    tl_free(tl);
}
