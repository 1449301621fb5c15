/* compose.c -- the modifiers around a matched expression that belong to
 * the timex ("nearly three years", "early 1990", "the end of the year",
 * "two years or so"), and the second day of a range ("June 2-5").
 *
 * Why here and not in the grammar: the same few modifiers go with nearly
 * every pattern.  Whether the words around a match make it no time at all
 * (a name, an amount of money, the verb "may") is context.c's question. */
#include "compose.h"
#include "tokutil.h"

/* The weekday right after the parenthesis that token j opens or closes
 * ("3 p.m. (2000 GMT) Tuesday" from "(" or from ")"), as the value of its
 * span (searched from span i); -1 when none. */
static int wday_after_paren(const tl_doc *d, const tl_spans *s, size_t i, size_t j, uint32_t sent)
{
    const tl_token *t = tl_tok_at(d, (long)j);
    if (t && t->sentence == sent && tl_tok_is(d, t, "(")) {
        size_t k = j + 1;
        while (k <= j + 8 && (t = tl_tok_at(d, (long)k)) && t->sentence == sent && !tl_tok_is(d, t, ")")) k++;
        j = k;
    }
    t = tl_tok_at(d, (long)j);
    if (!t || t->sentence != sent || !tl_tok_is(d, t, ")")) return -1;
    for (; i < s->len && s->items[i].tok0 <= j + 1; i++)
        if (s->items[i].tok0 == j + 1 && s->items[i].sentence == sent && tl_span_has(&s->items[i], S_WDAY))
            return tl_span_val(&s->items[i], S_WDAY);
    return -1;
}

/* "the early part of 2003", "the latter part of the year": a part named
 * by its position is the time's start, middle or end, as "early 2003" and
 * "the end of 2003" are.  The mod of the adjective before "part" at span
 * i, or -1. */
static const struct {
    const char *word;
    int mod;
} PART_POSITION[] = {{"early", M_START}, {"earlier", M_START}, {"first", M_START}, {"middle", M_MID},
                     {"mid", M_MID},     {"late", M_END},      {"later", M_END},   {"latter", M_END},
                     {"last", M_END},    {"final", M_END}};

static int part_position(const tl_doc *d, const tl_spans *s, size_t i)
{
    const tl_span *adj = &s->items[i], *part = &s->items[i + 1];
    if (adj->tok0 != adj->tok1 || part->tok0 != part->tok1 || !tl_tok_is(d, &d->tokens.items[part->tok0], "part"))
        return -1;
    for (size_t k = 0; k < sizeof PART_POSITION / sizeof PART_POSITION[0]; k++)
        if (tl_tok_is(d, &d->tokens.items[adj->tok0], PART_POSITION[k].word)) return PART_POSITION[k].mod;
    return -1;
}

static int core_is_datelike(int kind)
{
    return kind != K_DURATION && kind != K_SET && kind != K_REF && kind != K_RECENT;
}

int tl_compose(const tl_doc *d, const tl_spans *s, size_t floor, tl_extent *e, tl_frame *f)
{
    const tl_span *sp = s->items;
    uint32_t sent = sp[e->first].sentence;
    size_t p = e->first;
#define BEFORE(k, sym) (p >= floor + (k) && sp[p - (k)].sentence == sent && tl_span_has(&sp[p - (k)], sym))
    if (e->end + 1 < s->len && tl_span_has(&sp[e->end], S_OR) && sp[e->end + 1].sentence == sent) {
        if (tl_span_has(&sp[e->end + 1], S_SO)) {
            e->end += 2; /* "two years or so" */
            f->mod = M_APPROX;
        } else if (tl_span_has(&sp[e->end + 1], S_LATER) && core_is_datelike(f->kind)) {
            f->mod = tl_span_val(&sp[e->end + 1], S_LATER) > 0 ? M_ON_OR_AFTER : M_ON_OR_BEFORE;
            e->end += 2; /* "1994 or later" */
        }
    }
    if (core_is_datelike(f->kind)) {
        int pos = 0;
        if (BEFORE(1, S_DASH) && BEFORE(2, S_POS)) {
            f->mod = tl_span_val(&sp[p - 2], S_POS); /* "mid-1990" */
            p -= 2;
            pos = 1;
        } else if (BEFORE(1, S_POS)) {
            f->mod = tl_span_val(&sp[p - 1], S_POS); /* "early next year" */
            p -= 1;
            pos = 1;
        } else if (BEFORE(1, S_OF) && BEFORE(2, S_POSN)) {
            f->mod = tl_span_val(&sp[p - 2], S_POSN); /* "the end of 1990" */
            p -= 2;
            if (BEFORE(1, S_THE)) p--;
        } else if (p >= floor + 3 && sp[p - 3].sentence == sent && BEFORE(1, S_OF) && part_position(d, s, p - 3) >= 0) {
            f->mod = part_position(d, s, p - 3); /* "the latter part of 2003" */
            p -= 3;
            if (BEFORE(1, S_THE)) p--;
        } else if (BEFORE(1, S_LATER) && (tl_span_has(&sp[p], S_DEICTIC) || tl_span_has(&sp[p], S_WDAY) ||
                                          tl_span_has(&sp[p], S_THAT) ||
                                          (tl_span_has(&sp[p], S_REL) && tl_span_val(&sp[p], S_REL) == R_THIS))) {
            f->mod = tl_span_val(&sp[p - 1], S_LATER) < 0 ? M_START : M_END; /* "earlier this year" */
            p -= 1;
        } else if (BEFORE(1, S_IN) && BEFORE(2, S_LATER) && tl_span_has(&sp[p], S_THE) && f->unit > 0) {
            f->mod = tl_span_val(&sp[p - 2], S_LATER) < 0 ? M_START : M_END; /* "earlier in the year" */
            f->after_of = 1; /* a part of the calendar year, not a reporting period */
            f->later = tl_span_val(&sp[p - 2], S_LATER); /* "later in the day": the reference day's */
            p -= 2;
        }
        if (pos && BEFORE(1, S_THE) && (f->kind == K_DECADE || f->kind == K_QUARTER || f->kind == K_SEASON)) p--; /* "the early 1980s" */
    }
    /* "around Wednesday's ruling": before a possessive the word goes with
     * the noun phrase ("get around" the ruling), not with the time */
    int possessive = e->end < s->len && tl_span_has(&sp[e->end], S_POSS);
    if (BEFORE(1, S_MOD) && !possessive) {
        const tl_token *t = &d->tokens.items[sp[p - 1].tok0];
        int strict = tl_tok_is(d, t, "over") || tl_tok_is(d, t, "under") || tl_tok_is(d, t, "some");
        const tl_token *amt = tl_tok_at(d, (long)sp[p - 1].tok0 - 1);
        if (tl_tok_is(d, t, "over") && amt && amt->sentence == sent &&
            (amt->kind == TL_TOK_NUM || tl_amount_word(d, amt) || tl_percent_word(d, amt)))
            strict = 2; /* "$300 billion over two years": "over" is "during", not "more than" */
        int mod = tl_span_val(&sp[p - 1], S_MOD);
        /* "more than", "up to" measure amounts: a span or a distance in
         * time, not a date ("in the run-up to Christmas") */
        int amount = mod == M_LESS_THAN || mod == M_MORE_THAN || mod == M_EQUAL_OR_LESS || mod == M_EQUAL_OR_MORE;
        int measured = f->kind == K_DURATION || f->kind == K_AGO || f->kind == K_LATER || f->kind == K_UNITLATER;
        if ((!amount || measured) &&
            /* "over three years ago": before "N ago" "over" can only be "more than" */
            (!strict || (strict == 1 && (f->kind == K_DURATION || f->kind == K_AGO || f->kind == K_LATER) && f->num >= 0 && p == e->first &&
                         !tl_span_has(&sp[p], S_THE)))) {
            f->mod = mod;
            p--;
        }
    }
    /* "about two years ago", "almost four years ago": TimeBank and AQUAINT
     * keep these inside the extent of a past point, though not of a span */
    if (f->kind == K_AGO && f->mod == M_NONE && p == e->first && p > floor && sp[p - 1].sentence == sent) {
        const tl_token *t = &d->tokens.items[sp[p - 1].tok0];
        if (tl_tok_is(d, t, "about") || tl_tok_is(d, t, "almost")) {
            f->mod = tl_tok_is(d, t, "about") ? M_APPROX : M_LESS_THAN;
            p--;
        }
    }
    if (tl_span_has(&sp[p], S_THE) && p == e->first && e->end - p >= 3 &&
        ((f->kind == K_QUARTER && tl_span_has(&sp[e->end - 2], S_DASH)) ||
         (f->kind == K_UNITLATER && tl_span_has(&sp[e->end - 2], S_DASH))))
        p++; /* "the third-quarter results", "the year-ago results": "the" goes with the noun */
    /* "2 p.m. on Friday": the day is the weekday's, though TimeML leaves
     * "on Friday" out of the time's extent (it is a timex of its own) */
    if (f->kind == K_TIME && f->wday < 0 && f->deictic == TL_UNSET && f->month < 0 && e->end + 1 < s->len &&
        tl_span_has(&sp[e->end], S_IN) && tl_span_has(&sp[e->end + 1], S_WDAY) && sp[e->end + 1].sentence == sent &&
        tl_tok_is(d, &d->tokens.items[sp[e->end].tok0], "on"))
        f->wday = tl_span_val(&sp[e->end + 1], S_WDAY);
    /* the same for a date: "11:40 p.m. on March 2" */
    else if (f->kind == K_TIME && f->wday < 0 && f->deictic == TL_UNSET && f->month < 0 && f->day < 0 &&
             e->end + 2 < s->len && tl_span_has(&sp[e->end], S_IN) && tl_span_has(&sp[e->end + 1], S_MONTH) &&
             (tl_span_has(&sp[e->end + 2], S_DAY) || tl_span_has(&sp[e->end + 2], S_ORD)) &&
             sp[e->end + 2].sentence == sent && tl_tok_is(d, &d->tokens.items[sp[e->end].tok0], "on")) {
        f->month = tl_span_val(&sp[e->end + 1], S_MONTH);
        f->day = tl_span_has(&sp[e->end + 2], S_DAY) ? tl_span_val(&sp[e->end + 2], S_DAY)
                                                     : tl_span_val(&sp[e->end + 2], S_ORD);
        size_t y = e->end + 3 + (e->end + 3 < s->len && tl_span_has(&sp[e->end + 3], S_COMMA));
        if (y < s->len && tl_span_has(&sp[y], S_YEAR) && sp[y].sentence == sent) f->year = tl_span_val(&sp[y], S_YEAR);
    }
    /* "3 p.m. (2000 GMT) Tuesday": the weekday after a time given twice,
     * the second in parentheses, is the day of both (each stays a timex of
     * its own, as the parenthesis splits them) */
    if (f->kind == K_TIME && f->wday < 0 && f->deictic == TL_UNSET && f->month < 0 && f->day < 0)
        f->wday = wday_after_paren(d, s, e->end, sp[e->end - 1].tok1 + 1, sent);
#undef BEFORE
    e->first = p;
    return 0;
}

static size_t year_range_end(const tl_spans *s, size_t at, const tl_norm *start, tl_norm *out)
{
    const tl_span *dash = &s->items[at], *end = &s->items[at + 1];
    if (!tl_span_has(dash, S_DASH) || !tl_span_has(end, S_CARD) || end->sentence != dash->sentence ||
        dash->tok0 != s->items[at - 1].tok1 + 1 || end->tok0 != dash->tok1 + 1 || end->tok1 != end->tok0)
        return 0;
    int y = start->point.t.year, v = tl_span_val(end, S_CARD);
    if (v < 0 || v > 99 || v <= y % 100 || (at + 2 < s->len && tl_span_has(&s->items[at + 2], S_UNIT))) return 0;
    *out = *start;
    out->point.t.year = y - y % 100 + v;
    tl_point_format(&out->point, out->value);
    tl_norm_rule(out, "end of a year range: the century of its start");
    return at + 1;
}

size_t tl_range_end(const tl_spans *s, size_t at, const tl_norm *start, tl_norm *out)
{
    if (start->point.gran == TL_GRAN_YEAR && at > 0 && at + 1 < s->len) return year_range_end(s, at, start, out);
    if (start->point.gran != TL_GRAN_DAY || at + 1 >= s->len) return 0;
    const tl_span *link = &s->items[at], *day = &s->items[at + 1];
    if (!(link->mask & (1ull << S_TO | 1ull << S_AND | 1ull << S_DASH | 1ull << S_OR)) || !tl_span_has(day, S_DAY) ||
        day->sentence != link->sentence || (at + 2 < s->len && tl_span_has(&s->items[at + 2], S_MONTH)))
        return 0;
    const tl_datetime *t = &start->point.t;
    int d = tl_span_val(day, S_DAY);
    if (d <= t->day || !tl_valid_date(t->year, t->month, d)) return 0;
    *out = *start;
    out->point.t.day = d;
    tl_point_format(&out->point, out->value);
    tl_norm_rule(out, "end of a day range: the month and year of its start");
    return at + 1;
}
