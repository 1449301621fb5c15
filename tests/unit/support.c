/* support.c -- see support.h.  No tests here. */
#include "support.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

tl_timeline *tu_docs(const char *const *texts, const char *const *dcts, size_t n)
{
    tl_timeline *tl = tl_new(NULL);
    cr_assert_not_null(tl);
    for (size_t i = 0; i < n; i++) {
        char name[32];
        snprintf(name, sizeof name, "doc%zu.txt", i);
        cr_assert_eq(tl_add_memory(tl, name, texts[i], strlen(texts[i]), TL_IN_TEXT, NULL), TL_OK);
        if (dcts) cr_assert_eq(tl_set_dct(tl, i, dcts[i], NULL), TL_OK);
        tl_doc *d = tl->docs.items[i];
        cr_assert_eq(tl_segment(tl, d), 0);
        d->pub.sentences = d->sentences.items;
        d->pub.n_sentences = d->sentences.len;
        d->timex_first = tl->timexes.len;
    }
    return tl;
}

tl_timex *tu_timex(tl_timeline *tl, size_t doc, const char *phrase, size_t from, const char *value,
                   tl_timex_type type)
{
    tl_doc *d = tl->docs.items[doc];
    const char *at = strstr(d->pub.text + from, phrase);
    cr_assert_not_null(at, "phrase '%s' not in doc %zu", phrase, doc);
    tl_timex t = {0};
    t.id = tl->timexes.len;
    t.doc = doc;
    t.start = (size_t)(at - d->pub.text);
    t.end = t.start + strlen(phrase);
    for (size_t k = 0; k < d->tokens.len; k++)
        if (d->tokens.items[k].start <= t.start) t.sentence = d->tokens.items[k].sentence;
    t.text = phrase;
    t.type = type;
    t.value = value;
    t.mod = "";
    t.anchor = "";
    t.rule = "test";
    cr_assert_eq(TL_VEC_PUSH(&tl->timexes, t), 0);
    if (d->timex_count == 0) d->timex_first = t.id;
    d->timex_count++;
    return &tl->timexes.items[tl->timexes.len - 1];
}

void tu_date(tl_timeline *tl, size_t doc, const char *phrase, const char *value)
{
    tu_timex(tl, doc, phrase, 0, value, TL_TIMEX_DATE);
}

tl_timeline *tu_events_of(const char *text, ...)
{
    tl_timeline *tl = tu_docs(&text, NULL, 1);
    va_list ap;
    va_start(ap, text);
    for (const char *phrase; (phrase = va_arg(ap, const char *)) != NULL;)
        tu_date(tl, 0, phrase, va_arg(ap, const char *));
    va_end(ap);
    cr_assert_eq(tl_events_build(tl), 0);
    return tl;
}

tl_timeline *tu_pair_events(const char *const texts[2], const char *const *dcts, const char *phrase0,
                            const char *value0, const char *phrase1, const char *value1)
{
    tl_timeline *tl = tu_docs(texts, dcts, 2);
    tu_date(tl, 0, phrase0, value0);
    tu_date(tl, 1, phrase1, value1);
    cr_assert_eq(tl_events_build(tl), 0);
    return tl;
}

void tu_expect_label(const char *text, const char *phrase, const char *value, const char *label)
{
    tl_timeline *tl = tu_events_of(text, phrase, value, NULL);
    cr_assert_eq(tl->events.len, 1);
    cr_assert_str_eq(tl->events.items[0].label, label);
    tl_free(tl);
}

const tl_event *tu_event_with(const tl_timeline *tl, const char *label_part)
{
    for (size_t i = 0; i < tl->events.len; i++)
        if (strstr(tl->events.items[i].label, label_part)) return &tl->events.items[i];
    return NULL;
}

int tu_related(const tl_timeline *tl, size_t from, size_t to, tl_rel_type type)
{
    for (size_t i = 0; i < tl->relations.len; i++)
        if (tl->relations.items[i].from == from && tl->relations.items[i].to == to &&
            tl->relations.items[i].type == type)
            return 1;
    return 0;
}

char *tu_render(const tl_timeline *tl, tl_output_format fmt)
{
    char *out;
    size_t len;
    cr_assert_eq(tl_render(tl, fmt, &out, &len, NULL), TL_OK);
    cr_assert_eq(strlen(out), len);
    return out;
}

tl_timeline *tu_tag(const char *text, const char *dct)
{
    tl_error err;
    tl_timeline *tl = tl_new(NULL);
    cr_assert_not_null(tl);
    cr_assert_eq(tl_add_memory(tl, "doc.txt", text, strlen(text), TL_IN_TEXT, &err), TL_OK, "%s", err.message);
    if (dct) cr_assert_eq(tl_set_dct(tl, 0, dct, &err), TL_OK, "%s", err.message);
    cr_assert_eq(tl_run(tl, &err), TL_OK, "%s", err.message);
    return tl;
}

void tu_expect_at(const tl_timeline *tl, size_t k, const char *text, const char *value)
{
    cr_assert_lt(k, tl_timex_count(tl), "only %zu timexes, wanted \"%s\"", tl_timex_count(tl), text);
    const tl_timex *x = tl_timex_at(tl, k);
    cr_expect_str_eq(x->text, text, "timex %zu: \"%s\", expected \"%s\"", k, x->text, text);
    cr_expect_str_eq(x->value, value, "timex %zu \"%s\": %s, expected %s (%s)", k, x->text, x->value, value, x->rule);
}

void tu_expect_text(const tl_timeline *tl, const char *text, const char *value)
{
    for (size_t k = 0; k < tl_timex_count(tl); k++) {
        const tl_timex *x = tl_timex_at(tl, k);
        if (strcmp(x->text, text) == 0) {
            cr_expect_str_eq(x->value, value, "\"%s\": %s, expected %s (%s)", text, x->value, value, x->rule);
            return;
        }
    }
    cr_expect_fail("no timex \"%s\"", text);
}

void tu_tags(const char *doc, const char *dct, const char *text, const char *value)
{
    tl_timeline *tl = tu_tag(doc, dct);
    tu_expect_text(tl, text, value);
    tl_free(tl);
}

void tu_resolves(const char *phrase, const char *anchor, tl_tense tense, const char *text, int type,
                 const char *value, const char *mod)
{
    tl_resolution r;
    cr_assert_eq(tl_resolve(phrase, anchor, tense, &r), 1, "no timex in \"%s\"", phrase);
    cr_expect_eq(r.end - r.start, strlen(text), "\"%s\": extent \"%.*s\", expected \"%s\"", phrase,
                 (int)(r.end - r.start), phrase + r.start, text);
    cr_expect_eq(strncmp(phrase + r.start, text, strlen(text)), 0, "\"%s\": extent \"%.*s\"", phrase,
                 (int)(r.end - r.start), phrase + r.start);
    cr_expect_str_eq(r.value, value, "\"%s\": value %s, expected %s (%s)", phrase, r.value, value, r.rule);
    if (type >= 0) cr_expect_eq((int)r.type, type, "\"%s\": type %s", phrase, tl_timex_type_name(r.type));
    if (mod) cr_expect_str_eq(r.mod, mod, "\"%s\": mod %s", phrase, r.mod);
    cr_expect(r.rule[0] != '\0', "\"%s\": no rule", phrase);
}

void tu_no_timex(const char *phrase, const char *anchor)
{
    tl_resolution r;
    int found = tl_resolve(phrase, anchor, TL_TENSE_UNKNOWN, &r);
    cr_expect_eq(found, 0, "\"%s\" gave \"%.*s\" = %s", phrase, (int)(r.end - r.start), phrase + r.start, r.value);
}
