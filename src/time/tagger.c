/* tagger.c -- tl_time_tag(): recognise (matcher.c), check the match in its
 * context (names, money, verbs), widen it by the modifiers around it
 * ("nearly", "early", "the end of", "or so"), interpret it (normalize.c)
 * with the clause's tense and the narrative's reference time, and append the
 * timex.  tl_resolve() runs the same on a phrase. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "compose.h"
#include "durjoin.h"
#include "normalize.h"
#include "tokutil.h"
#include "../model/stages.h"
#include "../read/read.h"
#include "../text/segment.h"
#include "../text/tense.h"

/* The text of the time zone inside spans [first, end), or "". */
static const char *zone_of(tl_timeline *tl, const tl_doc *d, const tl_spans *s, size_t first, size_t end)
{
    for (size_t i = first; i < end; i++)
        if (tl_span_has(&s->items[i], S_TZ)) {
            const tl_token *a = &d->tokens.items[s->items[i].tok0], *b = &d->tokens.items[s->items[i].tok1];
            return tl_arena_strndup(&tl->arena, d->pub.text + a->start, b->end - a->start);
        }
    return "";
}

/* TimeML quant of a SET: its quantifier word as written in capitals. */
static const char *quant_of(const tl_doc *d, uint32_t tok0, uint32_t tok1)
{
    for (uint32_t k = tok0; k <= tok1; k++) {
        if (tl_tok_is(d, &d->tokens.items[k], "every")) return "EVERY";
        if (tl_tok_is(d, &d->tokens.items[k], "each")) return "EACH";
    }
    return "";
}

static int push_timex(tl_timeline *tl, tl_doc *d, size_t di, uint32_t tok0, uint32_t tok1,
                      const tl_norm *n, const char *zone)
{
    const tl_token *a = &d->tokens.items[tok0], *b = &d->tokens.items[tok1];
    tl_timex x;
    x.id = tl->timexes.len;
    x.doc = di;
    x.start = a->start;
    x.end = b->end;
    x.sentence = a->sentence;
    x.text = tl_arena_strndup(&tl->arena, d->pub.text + x.start, x.end - x.start);
    x.type = n->type;
    x.value = tl_arena_strdup(&tl->arena, n->value);
    x.mod = tl_mod_name(n->mod);
    x.anchor = tl_arena_strdup(&tl->arena, n->anchor);
    x.rule = tl_arena_strdup(&tl->arena, n->rule);
    x.zone = zone;
    x.freq = tl_arena_strdup(&tl->arena, n->freq);
    x.quant = n->type == TL_TIMEX_SET ? quant_of(d, tok0, tok1) : "";
    if (!x.text || !x.value || !x.anchor || !x.rule || !x.zone || !x.freq) return -1;
    return TL_VEC_PUSH(&tl->timexes, x);
}

/* A clock time with a day of its own (k: the timex just pushed, f: its
 * frame) ends a range whose first clock time had none: "between 8 a.m.
 * and 9 p.m. Wednesday", "from 9 a.m. to 5 p.m. Saturday".  The first
 * time takes the day of the second. */
static void share_range_day(tl_timeline *tl, tl_doc *d, size_t first, uint32_t first_tok1, uint32_t tok0,
                            const tl_frame *f)
{
    static const char *const LINK[] = {"and", "to", "until", "till", "through", "-", "\xE2\x80\x93", NULL};
    tl_timex *a = &tl->timexes.items[first], *b = &tl->timexes.items[tl->timexes.len - 1];
    if (first + 2 != tl->timexes.len || tok0 != first_tok1 + 2 || a->type != TL_TIMEX_TIME ||
        b->type != TL_TIMEX_TIME || a->sentence != b->sentence || strlen(a->value) < 11 || strlen(b->value) < 11 ||
        !(f->wday > 0 || f->month > 0 || f->deictic != TL_UNSET))
        return;
    if (!tl_tok_in(d, &d->tokens.items[first_tok1 + 1], LINK) || !memcmp(a->value, b->value, 10)) return;
    char *v = tl_arena_strdup(&tl->arena, a->value);
    if (!v) return;
    memcpy(v, b->value, 10);
    a->value = v;
    a->rule = "clock time; day: that of the clock time ending its range";
}

/* Does a verb of saying come right before token k ("said Monday", "told
 * reporters on Monday")?  Then the time is when the news was given. */
static int report_day(const tl_doc *d, uint32_t k)
{
    const tl_token *prev = tl_tok_at(d, (long)k - 1);
    if (tl_tok_is(d, prev, "on")) prev = tl_tok_at(d, (long)k - 2);
    return tl_reporting_word(d, prev);
}

/* Does the story's time a begin on or before the report's day r? */
static int before_report(const tl_point *a, const tl_point *r)
{
    if (a->gran < TL_GRAN_MONTH || r->gran < TL_GRAN_DAY || a->t.year < 1 || a->t.month < 1) return 0;
    return tl_days_from_civil(a->t.year, a->t.month, a->gran >= TL_GRAN_DAY ? a->t.day : 1) <=
           tl_days_from_civil(r->t.year, r->t.month, r->t.day);
}

/* "two hours and 17 minutes": the duration just pushed joins the one
 * before it (ending at token prev_tok1) when only "and" or a comma lies
 * between, into one timex PT2H17M.  Returns 1 when it joined. */
static int join_duration(tl_timeline *tl, tl_doc *d, size_t first, uint32_t prev_tok1, uint32_t tok0)
{
    if (tl->timexes.len < first + 2 || tok0 != prev_tok1 + 2) return 0;
    tl_timex *a = &tl->timexes.items[tl->timexes.len - 2], *b = &tl->timexes.items[tl->timexes.len - 1];
    const tl_token *t = &d->tokens.items[prev_tok1 + 1];
    char v[64];
    /* "two hours and 17 minutes"; after a comma only in a list that goes
     * on with "and" ("14 years, nine months and 20 days") or in a clock
     * time ("one hour, 16 minutes"): not "20 years, five days a week", "one
     * year, 68 days or two months".  The units must fall. */
    int comma = tl_tok_is(d, t, ",");
    if (a->type != TL_TIMEX_DURATION || b->type != TL_TIMEX_DURATION || b->mod[0] ||
        !(tl_tok_is(d, t, "and") || comma) || tl_duration_join(a->value, b->value, v, sizeof v))
        return 0;
    if (comma && strncmp(b->value, "PT", 2) != 0) {
        size_t k = tok0;
        while (k < d->tokens.len && d->tokens.items[k].end <= b->end) k++;
        if (k >= d->tokens.len || !tl_tok_is(d, &d->tokens.items[k], "and")) return 0;
    }
    char *text = tl_arena_strndup(&tl->arena, d->pub.text + a->start, b->end - a->start);
    char *value = tl_arena_strdup(&tl->arena, v);
    if (!text || !value) return 0;
    a->end = b->end;
    a->text = text;
    a->value = value;
    a->rule = "durations joined by \"and\" or a comma -> one duration";
    tl->timexes.len--;
    return 1;
}

/* Tag document di; tense >= 0 forces every clause's tense (tl_resolve). */
static int tag_document(tl_timeline *tl, size_t di, int tense)
{
    tl_doc *d = tl->docs.items[di];
    d->timex_first = tl->timexes.len;
    d->timex_count = 0;
    if (tl_matcher_init() != 0) return -1;
    /* One span buffer per thread, reused from document to document (it
     * grows to the largest document and lives as long as the thread):
     * allocating it per document cost more than the tagging itself. */
    static _Thread_local tl_spans cache;
    tl_spans spans = cache;
    int built = tl_spans_build(d, &spans);
    cache = spans;
    if (built != 0) return -1;
    tl_context ctx, narrative;
    tl_context_init(&ctx, d->pub.dct);
    tl_quote_cursor quotes = {0, 0};
    uint32_t noted_sentence = UINT32_MAX; /* the sentence of the last timex noted */
    size_t quote = 0; /* the quotation the last timex stood in (tl_quote_at) */
    size_t done = 0; /* spans before this belong to an earlier timex */
    size_t dayless = SIZE_MAX; /* the last timex when a clock time without a day of its own */
    uint32_t dayless_tok1 = 0;
    int rc = 0;
    for (size_t i = 0; i < spans.len && rc == 0;) {
        /* the longest acceptable match here: when the context or the
         * normaliser rejects one, try the shorter ones ("twenty years" of
         * "twenty years after the war") */
        size_t limit = TL_MATCH_MAX, next = i + 1;
        tl_match m;
        while (limit > 0 && tl_match_at(&spans, i, limit, &m)) {
            limit = m.end - m.first - 1;
            if (tl_grammar[m.pattern].kind == K_BLOCK) {
                next = m.end;
                break;
            }
            tl_frame f;
            tl_frame_fill(&f, &spans, &m);
            tl_extent e = {m.first, m.end};
            if (!tl_context_accepts(d, &spans, &m, &f) || tl_compose(d, &spans, done, &e, &f) != 0) continue;
            uint32_t tok0 = spans.items[e.first].tok0, tok1 = spans.items[e.end - 1].tok1;
            /* a speaker's "next week" is not where the narrative goes on:
             * times quoted anchor the rest of their quote, and the
             * narrative takes up its own reference time after it */
            size_t q = tl_quote_at(d, &quotes, tok0);
            if (q != quote) {
                if (quote) ctx = narrative;
                if (q) narrative = ctx;
                quote = q;
            }
            ctx.sentence = spans.items[e.first].sentence;
            ctx.from_past = 0;
            ctx.tense = tense >= 0 ? (tl_tense)tense : tl_clause_tense(d, tok0, tok1, &ctx.from_past);
            /* no cue near: a future further back in the conjunct; for a
             * month (day) or holiday without a year "would" counts too */
            int yearless =
                f.year < 0 && (f.kind == K_MONTH || f.kind == K_HOLIDAY || (f.kind == K_DATE && f.month > 0));
            if (ctx.tense == TL_TENSE_UNKNOWN && tense < 0 && (f.wday > 0 || yearless) && !f.poss &&
                tl_far_future(d, tok0, yearless && f.wday <= 0))
                ctx.tense = TL_TENSE_FUTURE;
            tl_norm n;
            if (tl_normalize(&f, &ctx, &n) != 0) continue;
            rc = push_timex(tl, d, di, tok0, tok1, &n,
                            n.type == TL_TIMEX_TIME ? zone_of(tl, d, &spans, e.first, e.end) : "");
            if (rc == 0 && n.type == TL_TIMEX_TIME && dayless != SIZE_MAX)
                share_range_day(tl, d, dayless, dayless_tok1, tok0, &f);
            if (rc == 0 && n.type == TL_TIMEX_DURATION && join_duration(tl, d, d->timex_first, dayless_tok1, tok0))
                d->timex_count--;
            int own_day = f.wday > 0 || f.month > 0 || f.deictic != TL_UNSET || f.rel > 0 || f.year > 0;
            dayless = rc == 0 && n.type == TL_TIMEX_TIME && !own_day ? tl->timexes.len - 1 : SIZE_MAX;
            dayless_tok1 = tok1;
            d->timex_count++;
            /* "exploded on Sunday, police said Monday. The same day ...": the
             * day of the report is no time of the story when the sentence
             * already dated its event, before the report (not "will reach
             * Manila by Friday, the bureau said Tuesday. As of 10 a.m. ...") */
            if (report_day(d, tok0) && noted_sentence == ctx.sentence && before_report(&ctx.ref, &n.point)) {
                tl_context story = ctx;
                tl_context_note(&ctx, &n, &f);
                ctx.ref = story.ref;
                memcpy(ctx.fine, story.fine, sizeof ctx.fine);
            } else {
                tl_context_note(&ctx, &n, &f);
            }
            noted_sentence = ctx.sentence;
            next = done = e.end;
            tl_norm n2;
            size_t day = rc == 0 && (f.month > 0 || f.kind == K_YEAR) ? tl_range_end(&spans, e.end, &n, &n2) : 0;
            if (day) {
                rc = push_timex(tl, d, di, spans.items[day].tok0, spans.items[day].tok1, &n2, "");
                d->timex_count++;
                next = done = day + 1;
            }
            break;
        }
        i = next;
    }
    return rc;
}

int tl_time_tag(tl_timeline *tl, size_t doc_index)
{
    return tag_document(tl, doc_index, -1);
}

int tl_resolve(const char *phrase, const char *anchor, tl_tense tense, tl_resolution *out)
{
    memset(out, 0, sizeof *out);
    if (!phrase) return 0;
    tl_timeline *tl = tl_new(NULL);
    if (!tl) return 0;
    int found = 0;
    if (tl_add_memory(tl, "phrase", phrase, strlen(phrase), TL_IN_TEXT, NULL) == TL_OK) {
        tl_doc *d = tl->docs.items[0];
        d->pub.dct = "";
        int ok = !anchor || !anchor[0] || tl_doc_set_dct(tl, d, anchor, TL_DCT_CLI) == 0;
        if (ok && tl_segment(tl, d) == 0 &&
            tag_document(tl, 0, tense == TL_TENSE_UNKNOWN ? -1 : (int)tense) == 0 && d->timex_count) {
            const tl_timex *x = &tl->timexes.items[d->timex_first];
            out->type = x->type;
            snprintf(out->value, sizeof out->value, "%s", x->value);
            snprintf(out->mod, sizeof out->mod, "%s", x->mod);
            snprintf(out->rule, sizeof out->rule, "%s", x->rule);
            out->start = x->start;
            out->end = x->end;
            found = 1;
        }
    }
    tl_free(tl);
    return found;
}
