/* relative.c -- relative calendar units, quarters, seasons, holidays, "N
 * units ago/later", anaphora and clock times.  Rules, as named in each
 * timex's rule:
 *   - last/next/this + unit count calendar units from the DCT's ("last
 *     month" in 2025-08 is 2025-07), "the past year" the previous year,
 *     "the past week/month" a rolling duration (P1W, P1M);
 *   - "the quarter"/"the latest quarter" is the last completed quarter (the
 *     one reported on), "the current quarter" the DCT's; an ordinal quarter
 *     without a year is this year's unless it is still to come and the
 *     clause is not in the future tense (then last year's);
 *   - a season without a year is the DCT's, the last one in a past clause,
 *     the next one in a future clause; with no tense cue the last one, or
 *     the coming one when it starts within a month ("in the autumn" in
 *     August); "autumn this year", "spring last year" count from the DCT;
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
#include "holidays.h"

static const char *const REL_NAME[] = {"", "last", "next", "this", "past", "coming", "previous",
                                       "following", "same", "recent", "current", "latest", "future"};

/* How base relates to the reference time, for rules. */
static const char *ref_name(const tl_context *c, const tl_point *base)
{
    return base == tl_ref_point(c) ? "reference time" : "last finer time inside the reference time";
}

/* An anaphor of granularity g after a coarser reference time r that holds
 * no finer time named: one of r's units, unknown which ("that same day"
 * after "last October": 1998-10-XX; after "1998": 1998-XX-XX).  Where
 * TimeML has no such value (a week of a month) r itself. */
static int unit_inside(tl_norm *o, const tl_point *r, tl_granularity g, int pod)
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

static tl_point dct_day(const tl_context *c)
{
    return tl_point_make(c->dct.t.year, c->dct.t.month, c->dct.t.day, TL_GRAN_DAY);
}

/* The last completed quarter (or half) before the DCT. */
static tl_point last_completed(const tl_context *c, int unit)
{
    tl_point p = tl_point_truncate(dct_day(c), tl_unit_gran(unit));
    return tl_point_shift(p, unit, -1);
}

static int weekend(tl_norm *o, tl_point day, const tl_point *anchor, const char *rule)
{
    tl_emit(o, tl_point_truncate(day, TL_GRAN_WEEK), anchor);
    size_t n = strlen(o->value);
    snprintf(o->value + n, sizeof o->value - n, "-WE");
    tl_norm_rule(o, "%s", rule);
    return 0;
}

static int rel_month(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_MONTH, "relative month");
    int y = c->dct.t.year, m0 = c->dct.t.month;
    if (f->rel == R_LAST || f->rel == R_PAST || f->rel == R_PREVIOUS) y -= f->month >= m0;
    else if (f->rel == R_NEXT || f->rel == R_COMING) y += f->month <= m0;
    else if (f->rel != R_THIS && f->rel != R_CURRENT) return -1;
    tl_emit(o, tl_point_make(y, f->month, 1, TL_GRAN_MONTH), &c->dct);
    tl_norm_rule(o, "%s + month name -> %s one", REL_NAME[f->rel], f->rel == R_THIS ? "this year's" : "the nearest such");
    return 0;
}

/* Season s of the season-year containing the DCT, moved by rel or tense. */
static int season_of(int s, int rel, const tl_context *c, tl_norm *o)
{
    if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_SEASON, "season");
    tl_point cur = tl_point_truncate(dct_day(c), TL_GRAN_SEASON);
    int y = cur.t.year, k = cur.t.month;
    if (rel == R_LAST || rel == R_PREVIOUS) y = c->dct.t.year - 1; /* "last spring": last year's */
    else if (rel == R_PAST) y -= s >= k;             /* "this past spring": the latest */
    else if (rel == R_NEXT || rel == R_COMING) y += s <= k;
    else if (rel == R_THIS || rel == R_CURRENT) (void)0;
    else if (rel > 0) return -1;
    else if (c->tense == TL_TENSE_FUTURE) y += s < k;
    else if (c->tense == TL_TENSE_UNKNOWN && s == k % 4 + 1 && c->dct.t.month % 3 == 2)
        y += s < k; /* "in the autumn" in August, the last month of summer: the coming one */
    else y -= s > k;
    tl_point p = cur;
    p.t.year = y;
    p.t.month = s;
    tl_emit(o, p, &c->dct);
    tl_norm_rule(o, rel > 0 ? "relative season" : "season + %s -> nearest one", tl_tense_text[c->tense]);
    return 0;
}

int tl_norm_season(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int year = f->year;
    if (year < 0 && f->unit == U_YEAR && tl_has_dct(c)) { /* "autumn this year", "spring last year" */
        int rel = f->rel;
        if (rel != R_THIS && rel != R_LAST && rel != R_NEXT && rel != R_PAST && rel != R_CURRENT) return -1;
        year = c->dct.t.year + (rel == R_LAST || rel == R_PAST ? -1 : rel == R_NEXT);
    }
    if (year > 0) {
        tl_point p = tl_point_make(year, 1, 1, TL_GRAN_SEASON);
        p.t.month = f->season;
        tl_emit(o, p, f->year > 0 ? NULL : &c->dct);
        tl_norm_rule(o, f->year > 0 ? "season of year" : "season of a relative year");
        return 0;
    }
    if (f->rel <= 0 && f->the <= 0 &&
        (c->tense == TL_TENSE_UNKNOWN || c->tense == TL_TENSE_PRESENT || f->attrib > 0)) {
        /* A bare season in a clause with no past or future cue is the
         * season in general: "breaks occur in winter", "winter weather"
         * (TimeML: XXXX-WI), as is one that classifies a noun after a
         * preposition ("exposure to winter weather", compose.c); "in
         * winter" of a past or future clause, and "the winter", stay one
         * particular season. */
        static const char *const names[] = {"", "SP", "SU", "FA", "WI"};
        o->type = TL_TIMEX_DATE;
        snprintf(o->value, sizeof o->value, "XXXX-%s", names[f->season]);
        tl_norm_rule(o, "bare season + %s -> generic season", tl_tense_text[c->tense]);
        return 0;
    }
    return season_of(f->season, f->rel, c, o);
}

int tl_norm_holiday(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int m, d, y = f->year;
    if (y < 0 && !tl_has_dct(c)) {
        if (!tl_holiday_fixed(f->holiday) || tl_holiday_date(f->holiday, 2000, &m, &d) != 0)
            return tl_unknown(o, TL_GRAN_DAY, "holiday");
        snprintf(o->value, sizeof o->value, "XXXX-%02d-%02d", m, d);
        tl_norm_rule(o, "%s without a DCT", tl_holiday_name(f->holiday));
        return 0;
    }
    const char *why = "explicit year";
    if (y < 0) {
        y = c->dct.t.year;
        if (tl_holiday_date(f->holiday, y, &m, &d) != 0) return -1;
        int64_t diff = tl_days_from_civil(y, m, d) - tl_days_from_civil(y, c->dct.t.month, c->dct.t.day);
        if (f->rel == R_LAST) y -= diff >= 0;
        else if (f->rel == R_NEXT) y += diff <= 0;
        else if (f->rel < 0) y = tl_choose_year(c, m, d, &why);
        if (f->rel > 0) why = REL_NAME[f->rel];
    }
    if (tl_holiday_date(f->holiday, y, &m, &d) != 0) return -1;
    if (f->unit > 0 && f->unit != U_WEEK) return -1;
    tl_emit(o, tl_point_make(y, m, d, f->unit == U_WEEK ? TL_GRAN_WEEK : TL_GRAN_DAY), f->year > 0 ? NULL : &c->dct);
    tl_norm_rule(o, "holiday rule: %s (%s)", tl_holiday_name(f->holiday), why);
    return 0;
}

/* "this morning", "last night", "the next morning". */
static int rel_pod(const tl_frame *f, const tl_context *c, tl_norm *o, int pod)
{
    int anaphoric = f->the > 0 || f->rel == R_PREVIOUS || f->rel == R_FOLLOWING || f->rel == R_SAME;
    const tl_point *base = anaphoric ? tl_context_ref_at(c, TL_GRAN_DAY) : &c->dct;
    /* "last October ... in the morning": a day of that month, unknown which;
     * a year or more is no frame for a bare part of a day ("the 2007-13
     * budget ... talks during the morning"): the DCT's day then */
    int explicit = f->rel == R_PREVIOUS || f->rel == R_FOLLOWING || f->rel == R_SAME; /* "the following night" */
    if (!base && tl_ref_point(c)->gran != TL_GRAN_NONE && (explicit || tl_ref_point(c)->gran >= TL_GRAN_MONTH))
        return unit_inside(o, tl_ref_point(c), TL_GRAN_DAY, pod);
    if (!base || base->gran < TL_GRAN_DAY) base = &c->dct;
    if (base->gran == TL_GRAN_NONE) {
        tl_unknown(o, TL_GRAN_DAY, "part of day");
        return tl_with_pod(o, pod);
    }
    int off = f->rel == R_LAST || f->rel == R_PREVIOUS ? -1 : f->rel == R_NEXT || f->rel == R_FOLLOWING ? 1 : 0;
    if (f->rel == R_LAST && pod != P_NI && pod != P_EV) return -1; /* "last morning" */
    tl_point p = tl_point_truncate(*base, TL_GRAN_DAY);
    tl_emit(o, tl_point_shift(p, U_DAY, off), base);
    tl_norm_rule(o, "%s + part of day -> %s day %+d", f->rel > 0 ? REL_NAME[f->rel] : "the",
                 anaphoric ? ref_name(c, base) : "DCT", off);
    return tl_with_pod(o, pod);
}

/* "the quarter", "the year", "the weekend": the unit around or before the DCT. */
static int the_unit(const tl_frame *f, const tl_context *c, tl_norm *o, int unit)
{
    int future = c->tense == TL_TENSE_FUTURE;
    if (unit == U_YEAR && f->appos_year > 0 && f->fiscal < 0) { /* "born in 1990, the year Beijing hosted ..." */
        tl_emit(o, tl_point_make(f->appos_year, 1, 1, TL_GRAN_YEAR), NULL);
        tl_norm_rule(o, "the year in apposition to a year -> that year");
        return 0;
    }
    /* "the end of the fiscal year": a point in the year, not its span */
    int part = f->after_of && (f->mod == M_START || f->mod == M_MID || f->mod == M_END);
    if (unit == U_YEAR && ((f->fiscal > 0 && !part) || (f->ended && !f->after_of))) {
        /* "net income for the year ended March 31", "the year to March",
         * "the fiscal year": the reporting period, as TimeBank annotates
         * it; a bare "for the year", "finished the year", "the end of the
         * year" are the DCT's year */
        o->type = TL_TIMEX_DURATION;
        snprintf(o->value, sizeof o->value, "P1Y");
        tl_norm_rule(o, "the (fiscal) year -> a year's span");
        return 0;
    }
    if (unit != U_QUARTER && unit != U_YEAR && unit != U_WEEKEND && unit != U_WEEK &&
        unit != U_MONTH && unit != U_DECADE && unit != U_CENTURY && unit != U_HALFYEAR)
        return -1;
    if (!tl_has_dct(c)) return tl_unknown(o, tl_unit_gran(unit), "the unit");
    if (unit == U_WEEKEND) {
        int wd = tl_weekday(c->dct.t.year, c->dct.t.month, c->dct.t.day);
        tl_point p = dct_day(c);
        if (wd < 6) p = tl_point_shift(p, U_WEEK, future ? 0 : -1);
        return weekend(o, p, &c->dct, future ? "the weekend + future -> the coming one" : "the weekend -> the last one");
    }
    if ((unit == U_QUARTER || unit == U_HALFYEAR) && !future) {
        tl_emit(o, last_completed(c, unit), &c->dct);
        tl_norm_rule(o, "the quarter -> the last completed one");
        return 0;
    }
    if (unit == U_CENTURY && c->tense == TL_TENSE_PAST && c->ref.gran != TL_GRAN_NONE &&
        c->ref.t.year / 100 != c->dct.t.year / 100) {
        /* "by the middle of the century, neon was everywhere" in a story
         * told of 1930s Paris: the narrative's century, not the DCT's (in
         * a past clause: "by the end of the century seas will rise" is
         * the DCT's) */
        tl_emit(o, tl_point_truncate(c->ref, TL_GRAN_CENTURY), &c->ref);
        tl_norm_rule(o, "the century -> the reference time's (another century than the DCT's)");
        return 0;
    }
    tl_emit(o, tl_point_truncate(dct_day(c), tl_unit_gran(unit)), &c->dct);
    tl_norm_rule(o, "the unit -> the DCT's");
    return 0;
}

int tl_norm_relunit(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    if (f->month > 0) return rel_month(f, c, o);
    if (f->season > 0) return season_of(f->season, f->rel, c, o);
    if (f->holiday >= 0) return tl_norm_holiday(f, c, o);
    int unit = f->period > 0 ? U_QUARTER : f->unit;
    if (f->posn > 0) { /* "year-end" */
        if (unit != U_YEAR) return -1;
        if (o->mod == M_NONE) o->mod = f->posn;
        if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_YEAR, "year-end");
        tl_emit(o, tl_point_make(c->dct.t.year, 1, 1, TL_GRAN_YEAR), &c->dct);
        tl_norm_rule(o, "year-end -> the DCT's year, mod END");
        return 0;
    }
    if (f->pod > 0 && unit < 0) return rel_pod(f, c, o, f->pod);
    if (unit == U_NIGHT && f->rel > 0) return rel_pod(f, c, o, P_NI);
    if (f->rel < 0 && f->the > 0 && unit == U_NIGHT) {
        /* "in the night": the reference day's, as "in the morning" */
        tl_frame a = *f;
        a.kind = K_ANAPHOR;
        return tl_norm_anaphor(&a, c, o);
    }
    if (f->rel < 0) return the_unit(f, c, o, unit);
    if (f->rel == R_RECENT || f->rel == R_FUTURE) return -1;
    /* "the next day" follows the story; "the next decade" is the DCT's */
    int anaphoric = f->rel == R_PREVIOUS || f->rel == R_FOLLOWING || f->rel == R_SAME ||
                    (f->the > 0 && f->rel == R_NEXT && unit <= U_WEEK);
    if (f->rel == R_PAST && unit != U_YEAR && unit != U_WEEKEND) { /* "this past weekend": the last one */
        o->type = TL_TIMEX_DURATION;
        snprintf(o->value, sizeof o->value, "P1%s", unit == U_WEEK ? "W" : unit == U_MONTH ? "M" :
                 unit == U_DAY ? "D" : unit == U_DECADE ? "0Y" : unit == U_QUARTER ? "Q" : unit == U_HOUR ? "T1H" : "");
        if (unit == U_DECADE) snprintf(o->value, sizeof o->value, "P10Y");
        if (unit == U_HOUR) snprintf(o->value, sizeof o->value, "PT1H");
        if (strlen(o->value) < 3) return -1;
        tl_norm_rule(o, "the past + unit -> a rolling span");
        return 0;
    }
    if ((f->rel == R_LAST || f->rel == R_NEXT) && !anaphoric && (unit == U_DECADE || unit == U_CENTURY) && f->the > 0) {
        o->type = TL_TIMEX_DURATION;
        snprintf(o->value, sizeof o->value, "P%dY", unit == U_DECADE ? 10 : 100);
        tl_norm_rule(o, "the last decade -> a rolling span");
        return 0;
    }
    if (unit < U_DAY && !anaphoric) return -1; /* "the last minute" */
    int n = f->rel == R_LAST || f->rel == R_PAST || f->rel == R_PREVIOUS ? -1
          : f->rel == R_NEXT || f->rel == R_COMING || f->rel == R_FOLLOWING ? 1 : 0;
    if (f->rel == R_LATEST) {
        if (unit != U_QUARTER && unit != U_HALFYEAR && unit != U_YEAR) return -1;
        n = -1;
    }
    tl_granularity g = tl_unit_gran(unit == U_WEEKEND ? U_DAY : unit);
    const tl_point *base = &c->dct;
    if (anaphoric) {
        base = tl_context_ref_at(c, g);
        if (!base && tl_ref_point(c)->gran != TL_GRAN_NONE) return unit_inside(o, tl_ref_point(c), g, -1);
        if (!base) base = &c->dct;
        if (base->gran < g && base->gran != TL_GRAN_NONE) {
            /* "the following hour" after a day: no finer than what is known */
            g = base->gran;
            n = 0;
        }
    }
    if (base->gran < g) base = &c->dct;
    if (base->gran == TL_GRAN_NONE) return tl_unknown(o, g, "relative unit");
    if (unit == U_DAY && !anaphoric) return -1; /* "this day", "next day": idioms */
    if (unit == U_WEEKEND && f->rel == R_THIS && !anaphoric && c->tense == TL_TENSE_PAST &&
        tl_weekday(base->t.year, base->t.month, base->t.day) <= 5)
        return weekend(o, tl_point_shift(tl_point_truncate(*base, TL_GRAN_DAY), U_WEEK, -1), base,
                       "this weekend + past tense on a weekday -> the one just gone");
    if (unit == U_WEEKEND)
        return weekend(o, tl_point_shift(tl_point_truncate(*base, TL_GRAN_DAY), U_WEEK, n), base,
                       "relative weekend -> the ISO week's Saturday and Sunday");
    tl_emit(o, tl_point_shift(tl_point_truncate(*base, g), unit, n), base);
    tl_norm_rule(o, "%s + unit -> %s %+d (calendar units)", REL_NAME[f->rel], anaphoric ? ref_name(c, base) : "DCT", n);
    return 0;
}

int tl_norm_quarter(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int unit = f->unit == U_YEAR && f->unit2 > 0 ? f->unit2 : f->unit, q = f->ord, per = unit == U_QUARTER ? 3 : 6;
    if (q < 0 && f->year > 0 && f->rel == R_LAST) q = 12 / per; /* "the last half of 1989" */
    if ((unit != U_QUARTER && unit != U_HALFYEAR) || q < 1 || q > 12 / per) return -1;
    int y = f->year;
    const char *why = "explicit year";
    int of_year = f->unit != U_YEAR && f->unit2 > 0; /* "the second half of the year" */
    if (of_year && f->unit2 != U_YEAR) return -1;     /* "the first half of the month" */
    if (y < 0 && of_year && f->rel < 0) {
        const tl_point *r = tl_ref_point(c); /* the year the story is in */
        if (r->gran == TL_GRAN_NONE) return tl_unknown(o, per == 3 ? TL_GRAN_QUARTER : TL_GRAN_HALF, "part of the year");
        y = r->t.year;
        why = "of the year -> the year of the reference time";
    }
    if (y < 0) {
        if (!tl_has_dct(c)) {
            o->type = TL_TIMEX_DATE;
            snprintf(o->value, sizeof o->value, "XXXX-%c%d", per == 3 ? 'Q' : 'H', q);
            tl_norm_rule(o, "quarter without a year or DCT");
            return 0;
        }
        y = c->dct.t.year;
        int cur = (c->dct.t.month - 1) / per + 1;
        if (f->rel == R_LAST || f->rel == R_PAST) y--, why = "last year's";
        else if (f->rel == R_NEXT || f->rel == R_COMING) y++, why = "next year's";
        else if (f->rel > 0) why = "this year's";
        else if (q > cur && c->tense != TL_TENSE_FUTURE) y--, why = "not yet begun + not future -> last year's";
        else why = "the DCT's year";
    }
    tl_emit(o, tl_point_make(y, (q - 1) * per + 1, 1, per == 3 ? TL_GRAN_QUARTER : TL_GRAN_HALF),
            f->year > 0 ? NULL : &c->dct);
    tl_norm_rule(o, "ordinal %s -> %s", per == 3 ? "quarter" : "half", why);
    return 0;
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
    if (f->kind == K_UNITLATER && (f->unit2 == U_QUARTER || f->period > 0) && tl_has_dct(c)) {
        /* "the year-ago quarter": the quarter compared with, a year back */
        tl_point q = tl_context_quarter(c) ? *tl_context_quarter(c) : last_completed(c, U_QUARTER);
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
    if (unit == U_YEAR && tl_context_quarter(c)) ref = tl_context_quarter(c);
    else if (f->kind == K_LATER && c->ref.gran != TL_GRAN_NONE) {
        /* "two days later" counts from a day, "two weeks later" from a week or finer */
        ref = tl_context_ref_at(c, tl_unit_gran(unit));
        if (!ref) return unit_inside(o, &c->ref, tl_unit_gran(unit), -1);
    }
    if (ref->gran == TL_GRAN_NONE) return tl_unknown(o, tl_unit_gran(unit), "units later");
    /* anaphoric: keep the reference's granularity ("two days later"), but a
     * year back from anything but a quarter just named is a year ("a year
     * earlier" -> last year): that is the comparison news reports make */
    tl_granularity g = ref->gran;
    if (c->ref.gran == TL_GRAN_NONE && tl_unit_gran(unit) < g) g = tl_unit_gran(unit);
    if (unit == U_YEAR && ref != tl_context_quarter(c) && g > TL_GRAN_YEAR) g = TL_GRAN_YEAR;
    if (g > TL_GRAN_DAY) g = TL_GRAN_DAY;
    tl_point p = tl_point_truncate(tl_point_shift(*ref, unit, dir * n), g);
    tl_emit(o, p, ref);
    tl_norm_rule(o, "N units %s -> %s %+d units", dir < 0 ? "earlier" : "later", ref_name(c, ref), dir * n);
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
        said = tl_point_shift(dct_day(c), U_DAY, f->deictic);
        ref = &said;
    }
    /* a bare part of a day after a year: the DCT's day, as in rel_pod */
    int bare_pod = pod > 0 && f->before == TL_UNSET && f->rel != R_PREVIOUS && f->rel != R_FOLLOWING &&
                   f->rel != R_SAME;
    if (!ref && bare_pod && tl_has_dct(c) && tl_ref_point(c)->gran < TL_GRAN_MONTH) {
        said = dct_day(c);
        ref = &said;
    }
    if (!ref && tl_ref_point(c)->gran != TL_GRAN_NONE) return unit_inside(o, tl_ref_point(c), g, pod);
    if (!ref) {
        tl_unknown(o, g, "anaphoric unit");
        return tl_with_pod(o, pod);
    }
    if (ref->gran < g) g = ref->gran; /* a quarter's "that week" */
    int n = f->before == TL_UNSET ? 0 : f->before;
    tl_point p = tl_point_truncate(*ref, g);
    if (n) p = tl_point_shift(p, unit, n);
    tl_emit(o, p, ref);
    if (f->that < 0 && pod > 0)
        tl_norm_rule(o, "part of day without a day -> on the day of the %s", ref_name(c, ref));
    else
        tl_norm_rule(o, "%s -> %s %+d", n ? "the unit before/after" : "that unit",
                     ref == &said ? "the deictic day" : ref_name(c, ref), n);
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
        int64_t rd = tl_days_from_civil(r->t.year, r->t.month, r->t.day);
        int64_t dd = tl_days_from_civil(c->dct.t.year, c->dct.t.month, c->dct.t.day);
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
