/* anaphora.c -- times counted from the reference time, the last time the
 * story named (tl_context_ref_at), more than from the DCT: anaphora ("that
 * week", "the same day", "the day before"), "N units later/earlier" (with
 * "N units ago", which shares their function), parts of the day and clock
 * times.  Split from relative.c, which keeps the calendar words counted from
 * the DCT, because these rules share one question -- which reference time
 * is fine enough, and what the value is when none is (tl_unit_inside) --
 * and read best side by side.  Rules, as named in each timex's rule:
 *   - "N units ago" is the DCT moved back at the unit's granularity ("a year
 *     ago" 2024, "two weeks ago" an ISO week; "3 hours ago" an hour when
 *     the DCT has a clock time, else its day);
 *   - "two days later", "a year earlier", "year-earlier" move the reference
 *     time, keeping its granularity ("a year earlier" after "the third
 *     quarter" is last year's third quarter);
 *   - an anaphor of unit u ("the same day", "two days later", "the
 *     following month") counts from a reference time at least as fine as
 *     u: the last time named, or, when that is coarser, the last finer one
 *     when it lies inside it ("Monday ... that week ... two days later":
 *     Monday + 2); when none does, the unit is one of the coarse
 *     reference's, unknown which ("last October ... that same day":
 *     1998-10-XX) -- tl_context_ref_at;
 *   - parts of the day without a day ("in the afternoon", "mid-morning",
 *     "in the night", "that night") are on the reference day (see
 *     tl_context_ref_at), when they stand alone (compose.c). */
#include <stdio.h>
#include <string.h>

#include "dates.h"

/* How base relates to the reference time, for rules. */
const char *tl_ref_name(const tl_context *c, const tl_point *base)
{
    return base == tl_ref_point(c) ? "reference time"
           : base == &c->dct       ? "DCT"
           : base == &c->year      ? "year named in the sentence"
                                   : "last finer time inside the reference time";
}

/* An anaphor of granularity g after a coarser reference time r that holds
 * no finer time named: one of r's units, unknown which ("that same day"
 * after "last October": 1998-10-XX; after "1998": 1998-XX-XX).  Where
 * TimeML has no such value (a week of a month) r itself. */
int tl_unit_inside(tl_norm *o, const tl_point *r, tl_granularity g, int pod)
{
    const char *x = NULL;
    if (g > TL_GRAN_DAY) g = TL_GRAN_DAY;
    if (r->gran == TL_GRAN_YEAR)
        x = g == TL_GRAN_MONTH ? "-XX" : g == TL_GRAN_WEEK ? "-WXX" : g == TL_GRAN_DAY ? "-XX-XX" : NULL;
    else if (r->gran == TL_GRAN_MONTH && g == TL_GRAN_DAY)
        x = "-XX";
    tl_emit(o, *r, r);
    size_t n = strlen(o->value);
    if (x) snprintf(o->value + n, sizeof o->value - n, "%s", x);
    tl_norm_rule(o, "anaphor finer than the reference time %s, none named inside it -> %s", o->anchor,
                 x ? "one of its units, unknown which" : "the reference time");
    return tl_with_pod(o, pod);
}

/* "this morning", "last night", "the next morning". */
int tl_rel_pod(const tl_frame *f, const tl_context *c, tl_norm *o, int pod)
{
    int anaphoric = f->the > 0 || f->rel == R_PREVIOUS || f->rel == R_FOLLOWING || f->rel == R_SAME;
    const tl_point *base = anaphoric ? tl_context_ref_at(c, TL_GRAN_DAY) : &c->dct;
    /* "last October ... in the morning": a day of that month, unknown which;
     * a year or more is no frame for a bare part of a day ("the 2007-13
     * budget ... talks during the morning"): the DCT's day then */
    int explicit = f->rel == R_PREVIOUS || f->rel == R_FOLLOWING || f->rel == R_SAME; /* "the following night" */
    if (!base && tl_ref_point(c)->gran != TL_GRAN_NONE && (explicit || tl_ref_point(c)->gran >= TL_GRAN_MONTH))
        return tl_unit_inside(o, tl_ref_point(c), TL_GRAN_DAY, pod);
    if (!base || base->gran < TL_GRAN_DAY) base = &c->dct;
    if (base->gran == TL_GRAN_NONE) {
        tl_unknown(o, TL_GRAN_DAY, "part of day");
        return tl_with_pod(o, pod);
    }
    int off = f->rel == R_LAST || f->rel == R_PREVIOUS ? -1 : f->rel == R_NEXT || f->rel == R_FOLLOWING ? 1 : 0;
    if (f->rel == R_LAST && pod != P_NI && pod != P_EV) return -1; /* "last morning" */
    tl_point p = tl_point_truncate(*base, TL_GRAN_DAY);
    tl_emit(o, tl_point_shift(p, U_DAY, off), base);
    tl_norm_rule(o, "%s + part of day -> %s day %+d", f->rel > 0 ? tl_rel_text[f->rel] : "the",
                 anaphoric ? tl_ref_name(c, base) : "DCT", off);
    return tl_with_pod(o, pod);
}

int tl_norm_ago(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int unit = f->unit, dir = f->kind == K_AGO ? f->ago : f->kind == K_UNITLATER ? -1
                              : f->later != TL_UNSET ? f->later : f->before;
    int n = f->kind == K_UNITLATER ? 1 : f->num;
    if (unit < 0 || dir == TL_UNSET) return -1;
    if (f->kind == K_UNITLATER && f->rel > 0 && f->rel != R_LAST && f->rel != R_PREVIOUS)
        return -1; /* "the same period last year", not "next year" */
    if (n < 0) { /* "several years ago", "months later" */
        if (f->kind != K_AGO) return -1;
        o->type = TL_TIMEX_DATE;
        snprintf(o->value, sizeof o->value, dir < 0 ? "PAST_REF" : "FUTURE_REF");
        tl_norm_rule(o, "some units ago -> %s", o->value);
        return 0;
    }
    const tl_point *ref = tl_ref_point(c);
    if (f->kind == K_UNITLATER && !tl_context_quarter(c) && tl_has_dct(c))
        ref = &c->dct; /* "year-earlier" compares with the current period */
    /* "in the first nine months ... the same period last year": last
     * year's span, at the year's granularity */
    if (f->kind == K_UNITLATER && f->period > 0 && c->months_sentence == c->sentence + 1 && tl_has_dct(c)) {
        tl_emit(o, tl_point_make(c->dct.t.year - 1, 1, 1, TL_GRAN_YEAR), &c->dct);
        tl_norm_rule(o, "year-ago period after a span of months -> last year");
        return 0;
    }
    /* "the same month last year", "the same period last year" after a
     * month: that month a year back */
    int month_named = c->ref.gran == TL_GRAN_MONTH && !tl_context_quarter(c);
    if (f->kind == K_UNITLATER && tl_has_dct(c) &&
        ((f->unit == U_MONTH && f->unit2 == U_YEAR) || (f->period > 0 && month_named))) {
        tl_point mo = c->ref.gran >= TL_GRAN_MONTH ? tl_point_truncate(c->ref, TL_GRAN_MONTH)
                                                     : tl_point_truncate(tl_dct_day(c), TL_GRAN_MONTH);
        tl_emit(o, tl_point_shift(mo, U_YEAR, -1), &c->ref);
        tl_norm_rule(o, "year-ago month -> the month compared with, a year back");
        return 0;
    }
    if (f->kind == K_UNITLATER && (f->unit2 == U_QUARTER || f->period > 0 ||
                                   (f->unit == U_QUARTER && f->unit2 == U_YEAR)) && tl_has_dct(c)) {
        /* "the year-ago quarter": the quarter compared with, a year back */
        tl_point q = tl_context_quarter(c) ? *tl_context_quarter(c) : tl_last_completed(c, U_QUARTER);
        if (f->ord >= 1 && f->ord <= 4) q.t.month = f->ord * 3 - 2; /* "the year-earlier third quarter" */
        tl_emit(o, tl_point_shift(q, U_YEAR, -1), &q);
        tl_norm_rule(o, "year-ago period -> the compared quarter a year back");
        return 0;
    }
    if (f->kind == K_AGO && f->half > 0) {
        /* "two and a half years ago": count in the next smaller unit, whose
         * granularity the value keeps (30 months ago: a month) */
        if (unit == U_YEAR) unit = U_MONTH, n = n * 12 + 6;
        else if (unit == U_DECADE) unit = U_YEAR, n = n * 10 + 5;
        else if (unit == U_CENTURY) unit = U_YEAR, n = n * 100 + 50;
        else if (unit == U_MONTH) unit = U_DAY, n = n * 30 + 15;
        else if (unit == U_WEEK) unit = U_DAY, n = n * 7 + 3;
        else if (unit == U_DAY) unit = U_HOUR, n = n * 24 + 12;
        else if (unit == U_HOUR) unit = U_MINUTE, n = n * 60 + 30;
    }
    if (f->kind == K_AGO) {
        if (!tl_has_dct(c)) return tl_unknown(o, tl_unit_gran(unit), "units ago");
        /* the unit's granularity: "three years ago" a year, "a decade
         * ago" a decade, "two centuries ago" a century */
        tl_granularity g = tl_unit_gran(unit);
        if (g < TL_GRAN_CENTURY) g = TL_GRAN_CENTURY;
        /* "3 hours ago" at the hour, "30 minutes ago" at the minute, as
         * far as the DCT's clock time goes */
        if (g > TL_GRAN_DAY) g = c->dct.gran < TL_GRAN_HOUR ? TL_GRAN_DAY : g < c->dct.gran ? g : c->dct.gran;
        tl_point base = c->dct;
        if (unit == U_YEAR && n == 1 && tl_context_quarter(c)) {
            base = *tl_context_quarter(c); /* "the quarter ... a year ago": the same quarter last year */
            g = TL_GRAN_QUARTER;
        }
        /* hours ago, with a DCT of no clock time: only the day is known */
        int shift = tl_unit_gran(unit) > TL_GRAN_DAY && base.gran < TL_GRAN_HOUR ? 0 : dir * n;
        tl_point p = tl_point_shift(base, unit, shift);
        tl_emit(o, tl_point_truncate(p, g), &base);
        tl_norm_rule(o, "N units %s -> DCT %+d units at the unit's granularity", dir < 0 ? "ago" : "from now", dir * n);
        return 0;
    }
    if (f->kind == K_LATER && unit == U_YEAR && n == 1 && dir < 0 && f->year_after > 0) {
        /* "fell 34 percent from a year earlier to $1 billion in 1996": the
         * year compared is named after the comparison */
        tl_emit(o, tl_point_make(f->year_after - 1, 1, 1, TL_GRAN_YEAR), NULL);
        tl_norm_rule(o, "a year earlier than the year named after it in the clause");
        return 0;
    }
    if (unit == U_YEAR && tl_context_quarter(c)) ref = tl_context_quarter(c);
    /* "the fiscal 1998 budget, down from 42 percent a year earlier": a year
     * named in the sentence is the one compared */
    else if (f->kind == K_LATER && unit == U_YEAR && c->year.gran == TL_GRAN_YEAR &&
             c->year_sentence == c->sentence)
        ref = &c->year;
    else if (f->kind == K_LATER && f->amount_before > 0 && dir < 0 && (unit == U_DAY || unit == U_WEEK) &&
             (c->said.gran == TL_GRAN_NONE || c->said_sentence != c->sentence) && tl_has_dct(c)) {
        /* "the ringgit closed at 1.22, from 1.25 a day earlier": a quote
         * compared with the day before the report's, unless the sentence
         * named its own day ("closed Wednesday at 1.96 against 1.97 a day
         * earlier") */
        ref = &c->dct;
    } else if (f->kind == K_LATER && c->ref.gran != TL_GRAN_NONE) {
        /* "two days later" counts from a day, "two weeks later" from a week or finer */
        ref = tl_context_ref_at(c, tl_unit_gran(unit));
        if (!ref) return tl_unit_inside(o, &c->ref, tl_unit_gran(unit), -1);
    }
    if (ref->gran == TL_GRAN_NONE) return tl_unknown(o, tl_unit_gran(unit), "units later");
    /* "equalised ten minutes later" after "can reclaim top spot on
     * Sunday": a past clause does not count from a day still to come */
    if (c->tense == TL_TENSE_PAST && tl_unit_gran(unit) >= TL_GRAN_DAY && tl_has_dct(c) && ref != &c->dct &&
        tl_point_days(ref) > tl_point_days(&c->dct))
        ref = &c->dct;
    /* anaphoric: keep the reference's granularity ("two days later"), but a
     * year back from anything but a quarter just named is a year ("a year
     * earlier" -> last year): that is the comparison news reports make */
    tl_granularity g = ref->gran;
    if (c->ref.gran == TL_GRAN_NONE && tl_unit_gran(unit) < g) g = tl_unit_gran(unit);
    if (unit == U_YEAR && ref != tl_context_quarter(c) && g > TL_GRAN_YEAR) g = TL_GRAN_YEAR;
    if (g > TL_GRAN_DAY) g = TL_GRAN_DAY;
    tl_point p = tl_point_truncate(tl_point_shift(*ref, unit, dir * n), g);
    tl_emit(o, p, ref);
    tl_norm_rule(o, "N units %s -> %s %+d units", dir < 0 ? "earlier" : "later", tl_ref_name(c, ref), dir * n);
    return 0;
}

/* "that week", "the day before", "that night", "the afternoon", "mid-morning";
 * "the day before yesterday" counts from the deictic day. */
int tl_norm_anaphor(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int unit = f->unit, pod = f->pod;
    if (f->rel > 0 && f->rel != R_SAME) return -1; /* "that last week": "last week" */
    if (unit == U_NIGHT) pod = P_NI, unit = -1;
    if (pod > 0) unit = U_DAY;
    if (unit < 0) return -1;
    tl_granularity g = tl_unit_gran(unit == U_WEEKEND ? U_DAY : unit);
    if (g > TL_GRAN_DAY) g = TL_GRAN_DAY;
    const tl_point *ref = tl_context_ref_at(c, g);
    if (unit == U_QUARTER && tl_context_quarter(c)) ref = tl_context_quarter(c);
    tl_point said;
    if (f->deictic != TL_UNSET && f->deictic != 9) { /* "the day before yesterday": from the deictic day */
        if (!tl_has_dct(c)) return tl_unknown(o, g, "the day before a deictic day");
        said = tl_point_shift(tl_dct_day(c), U_DAY, f->deictic);
        ref = &said;
    }
    /* a bare part of a day after a year: the DCT's day, as in tl_rel_pod */
    int bare_pod = pod > 0 && f->before == TL_UNSET && f->rel != R_PREVIOUS && f->rel != R_FOLLOWING &&
                   f->rel != R_SAME;
    if (!ref && bare_pod && tl_has_dct(c) && tl_ref_point(c)->gran < TL_GRAN_MONTH) {
        said = tl_dct_day(c);
        ref = &said;
    }
    /* "overnight", like "tonight", is said of the day of the report: the
     * narrative's day when it is two or three days back ("London shares fell
     * on Friday ... overnight losses in New York"), else the DCT's ("the
     * sites struck overnight" after the bombings of two weeks before) */
    if (f->overnight > 0 && tl_has_dct(c)) {
        tl_point dct = tl_dct_day(c);
        int64_t back = ref && ref->gran >= TL_GRAN_DAY ? tl_point_days(&dct) - tl_point_days(ref) : -1;
        /* (the day before the DCT is the night before the DCT: "camped
         * outside the base overnight") */
        said = back >= 2 && back <= 3 ? tl_point_truncate(*ref, TL_GRAN_DAY) : dct;
        ref = &said;
    }
    if (!ref && tl_ref_point(c)->gran != TL_GRAN_NONE) return tl_unit_inside(o, tl_ref_point(c), g, pod);
    if (!ref) {
        tl_unknown(o, g, "anaphoric unit");
        return tl_with_pod(o, pod);
    }
    if (ref->gran < g) g = ref->gran; /* a quarter's "that week" */
    int n = f->before == TL_UNSET ? 0 : f->before;
    /* "died overnight" in a story of the DCT: the night before it */
    if (f->overnight > 0 && c->tense == TL_TENSE_PAST && ref == &said) n = -1; /* the night before */
    tl_point p = tl_point_truncate(*ref, g);
    if (n) p = tl_point_shift(p, unit, n);
    tl_emit(o, p, ref);
    if (f->overnight > 0 && ref == &said)
        tl_norm_rule(o, "overnight -> %s", n ? "the night before the day reported (past clause)" : "the night of the day reported");
    else if (f->that < 0 && pod > 0)
        tl_norm_rule(o, "part of day without a day -> on the day of the %s", tl_ref_name(c, ref));
    else
        tl_norm_rule(o, "%s -> %s %+d", n ? "the unit before/after" : "that unit",
                     ref == &said ? "the deictic day" : tl_ref_name(c, ref), n);
    return tl_with_pod(o, pod);
}

int tl_norm_time(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int h, mi = 0;
    if (f->noon > 0) h = f->noon / 100;
    else if (f->clock >= 0) h = f->clock / 100, mi = f->clock % 100;
    else if (f->num >= 100 && f->tz > 0 && f->ampm < 0) h = f->num / 100, mi = f->num % 100; /* 1200 GMT */
    else if (f->num >= 0) h = f->num;
    else if (f->day > 0) h = f->day;
    else return -1;
    /* the part of day says which half of a 12-hour clock: "9 o'clock
     * Thursday night", "7:30 tonight" (a 24-hour "19:30" stays) */
    int pod = f->pod > 0 ? f->pod : f->deictic == 9 ? P_NI : -1;
    if (f->ampm >= 0 && f->noon < 0) {
        if (h < 1 || h > 12) return -1;
        h = h % 12 + f->ampm;
    } else if (pod > 0 && f->noon < 0) {
        if (h < 1 || (h > 12 && f->clock < 0)) return -1;
        if (h <= 12 && (pod == P_AF || pod == P_EV || (pod == P_NI && h >= 6))) h = h % 12 + 12;
    }
    if (h > 24 || mi > 59) return -1;
    tl_norm day;
    memset(&day, 0, sizeof day);
    int deictic = f->deictic;
    if (f->rel > 0 && f->wday < 0 && deictic == TL_UNSET) {
        /* "2:30 this morning" is today's, "11 p.m. last night" yesterday's */
        if (f->rel == R_THIS) deictic = 0;
        else if (f->rel == R_LAST && (pod == P_NI || pod == P_EV)) deictic = -1;
        else return -1;
    }
    if (f->wday > 0 || deictic != TL_UNSET || f->month > 0) {
        tl_frame g = *f;
        g.deictic = deictic;
        g.rel = -1;
        /* a date fixes the day better than its weekday ("2 p.m. Tuesday, March 19") */
        g.kind = f->month > 0 ? K_DATE : f->wday > 0 ? K_WEEKDAY : K_DEICTIC;
        g.pod = -1;
        if (tl_normalize_date(&g, c, &day) != 0) return -1;
    } else if (tl_has_dct(c)) {
        /* the day of the story, or today when only a coarser time is known */
        const tl_point *r = tl_context_ref_at(c, TL_GRAN_DAY);
        if (!r || r->gran < TL_GRAN_DAY) r = &c->dct;
        /* a past clause is not on a day after the DCT, nor a future one
         * before it ("will meet on Friday. The plane landed at 11 a.m."):
         * the story's day is then the DCT's */
        int64_t rd = tl_point_days(r), dd = tl_point_days(&c->dct);
        int against = (c->tense == TL_TENSE_PAST && rd > dd) || (c->tense == TL_TENSE_FUTURE && rd < dd);
        if (against) r = &c->dct;
        tl_emit(&day, tl_point_truncate(*r, TL_GRAN_DAY), r);
        tl_norm_rule(&day, against ? "clock time on the DCT's day (the reference day is against the tense)"
                                   : "clock time on the reference day");
    } else {
        tl_unknown(&day, TL_GRAN_DAY, "clock time");
    }
    o->type = TL_TIMEX_TIME;
    if (h == 24) snprintf(o->value, sizeof o->value, "%.10sT24", day.value); /* TimeML midnight */
    else snprintf(o->value, sizeof o->value, "%.10sT%02d:%02d", day.value, h, mi);
    memcpy(o->anchor, day.anchor, sizeof o->anchor);
    o->point = day.point;
    if (o->point.gran != TL_GRAN_NONE) {
        o->point.gran = TL_GRAN_MINUTE;
        o->point.t.hour = h;
        o->point.t.minute = mi;
    }
    tl_norm_rule(o, "clock time; day: %s", day.rule);
    return 0;
}
