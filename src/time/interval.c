/* interval.c -- the calendar interval a TimeML value denotes
 * (tl_value_interval, see calendar.h for the forms and boundaries).
 *
 * The value comes from untrusted documents: it is read with a bounded
 * cursor, never longer than MAX_VALUE bytes, and every field is range
 * checked before any arithmetic. */
#include "calendar.h"

#include <string.h>

#define MAX_VALUE 40 /* longer than any value accepted below */
#define DAY_SECS INT64_C(86400)

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int64_t at(int y, int m, int d, int hour, int minute)
{
    return tl_days_from_civil(y, m, d) * DAY_SECS + hour * 3600 + minute * 60;
}

static void format_point(char out[32], int64_t secs, tl_granularity g)
{
    int64_t days = secs / DAY_SECS, rem = secs % DAY_SECS;
    if (rem < 0) {
        rem += DAY_SECS;
        days--;
    }
    int y, m, d;
    tl_civil_from_days(days, &y, &m, &d);
    if (g <= TL_GRAN_DAY)
        tl_format_iso(out, y, m, d, -1, -1, -1);
    else
        tl_format_iso(out, y, m, d, (int)(rem / 3600), (int)(rem / 60 % 60),
                      g == TL_GRAN_SECOND ? (int)(rem % 60) : -1);
}

/* Parts of the day: TimeML codes and their hours [from, to), to may pass 24. */
static const struct {
    const char *code;
    int from, to;
} parts_of_day[] = {
    {"MO", 6, 12}, {"MI", 11, 13}, {"AF", 12, 18}, {"EV", 18, 24}, {"NI", 21, 28}, {"DT", 6, 18},
};

/* "T..." after a full date y-m-d.  Fills [*s, *e) and *g. */
static int parse_time_part(const char *p, int y, int m, int d, int64_t *s, int64_t *e,
                           tl_granularity *g)
{
    for (size_t i = 0; i < sizeof parts_of_day / sizeof *parts_of_day; i++) {
        if (strcmp(p, parts_of_day[i].code) == 0) {
            *s = at(y, m, d, parts_of_day[i].from, 0);
            *e = at(y, m, d, 0, 0) + parts_of_day[i].to * INT64_C(3600);
            *g = TL_GRAN_PART_OF_DAY;
            return 0;
        }
    }
    int hh = tl_read_digits(&p, 2);
    if (hh < 0 || hh > 23) return -1;
    if (*p == '\0') {
        *s = at(y, m, d, hh, 0);
        *e = *s + 3600;
        *g = TL_GRAN_HOUR;
        return 0;
    }
    if (*p++ != ':') return -1;
    int mi = tl_read_digits(&p, 2);
    if (mi < 0 || mi > 59) return -1;
    if (*p == '\0') {
        *s = at(y, m, d, hh, mi);
        *e = *s + 60;
        *g = TL_GRAN_MINUTE;
        return 0;
    }
    if (*p++ != ':') return -1;
    int ss = tl_read_digits(&p, 2);
    if (ss < 0 || ss > 59 || *p != '\0') return -1;
    *s = at(y, m, d, hh, mi) + ss;
    *e = *s + 1;
    *g = TL_GRAN_SECOND;
    return 0;
}

/* What follows "YYYY-".  Fills [*s, *e) and *g. */
static int parse_after_year(const char *p, int y, int64_t *s, int64_t *e, tl_granularity *g)
{
    if (*p == 'W' && is_digit(p[1])) { /* YYYY-Www, YYYY-Www-WE, YYYY-Www-D ("WI" below) */
        p++;
        int w = tl_read_digits(&p, 2);
        if (w < 1 || w > tl_iso_weeks_in_year(y)) return -1;
        int64_t mon = tl_iso_week_monday_days(y, w) * DAY_SECS;
        if (*p == '\0') {
            *s = mon;
            *e = mon + 7 * DAY_SECS;
            *g = TL_GRAN_WEEK;
            return 0;
        }
        if (strcmp(p, "-WE") == 0) {
            *s = mon + 5 * DAY_SECS;
            *e = mon + 7 * DAY_SECS;
            *g = TL_GRAN_DAY;
            return 0;
        }
        if (p[0] == '-' && p[1] >= '1' && p[1] <= '7' && p[2] == '\0') {
            *s = mon + (p[1] - '1') * DAY_SECS;
            *e = *s + DAY_SECS;
            *g = TL_GRAN_DAY;
            return 0;
        }
        return -1;
    }
    if ((*p == 'Q' && p[1] >= '1' && p[1] <= '4') || (*p == 'H' && p[1] >= '1' && p[1] <= '2')) {
        if (p[2] != '\0') return -1;
        int months = *p == 'Q' ? 3 : 6, k = p[1] - '1';
        int ey = y, em = 1 + months * k, ed = 1;
        *s = at(y, em, 1, 0, 0);
        tl_add_months(&ey, &em, &ed, months);
        *e = at(ey, em, ed, 0, 0);
        *g = *p == 'Q' ? TL_GRAN_QUARTER : TL_GRAN_HALF;
        return 0;
    }
    /* Seasons, northern hemisphere, fixed days (see calendar.h). */
    static const struct {
        const char *code;
        int sm, sd, em, ed, next_year;
    } seasons[] = {
        {"SP", 3, 21, 6, 21, 0},
        {"SU", 6, 21, 9, 23, 0},
        {"FA", 9, 23, 12, 21, 0},
        {"WI", 12, 21, 3, 21, 1},
    };
    for (size_t i = 0; i < sizeof seasons / sizeof *seasons; i++) {
        if (strcmp(p, seasons[i].code) == 0) {
            *s = at(y, seasons[i].sm, seasons[i].sd, 0, 0);
            *e = at(y + seasons[i].next_year, seasons[i].em, seasons[i].ed, 0, 0);
            *g = TL_GRAN_SEASON;
            return 0;
        }
    }
    int m = tl_read_digits(&p, 2);
    if (m < 1 || m > 12) return -1;
    if (*p == '\0') {
        *s = at(y, m, 1, 0, 0);
        *e = at(y, m + 1, 1, 0, 0); /* month 13 normalises to next January */
        *g = TL_GRAN_MONTH;
        return 0;
    }
    if (*p++ != '-') return -1;
    int d = tl_read_digits(&p, 2);
    if (d < 1 || d > tl_days_in_month(y, m)) return -1;
    if (*p == '\0') {
        *s = at(y, m, d, 0, 0);
        *e = *s + DAY_SECS;
        *g = TL_GRAN_DAY;
        return 0;
    }
    if (*p++ != 'T') return -1;
    return parse_time_part(p, y, m, d, s, e, g);
}

int tl_value_interval(const char *value, char start[32], char end[32], tl_granularity *gran)
{
    if (start) start[0] = '\0';
    if (end) end[0] = '\0';
    if (gran) *gran = TL_GRAN_NONE;
    if (!value) return -1;
    size_t len = 0;
    while (len <= MAX_VALUE && value[len]) len++;
    if (len == 0 || len > MAX_VALUE) return -1;

    const char *p = value;
    size_t nd = 0;
    while (nd < len && is_digit(p[nd])) nd++;
    int64_t s, e;
    tl_granularity g;
    if (nd == len && nd >= 1 && nd <= 4) { /* 2 / 18 / 199 / 2025 */
        int v = tl_read_digits(&p, (int)nd);
        static const int span[] = {0, 1000, 100, 10, 1};
        static const tl_granularity gr[] = {TL_GRAN_NONE, TL_GRAN_MILLENNIUM, TL_GRAN_CENTURY,
                                            TL_GRAN_DECADE, TL_GRAN_YEAR};
        int y0 = v * span[nd];
        s = at(y0, 1, 1, 0, 0);
        e = at(y0 + span[nd], 1, 1, 0, 0);
        g = gr[nd];
    } else if (nd == 4 && p[4] == '-') {
        int y = tl_read_digits(&p, 4);
        if (parse_after_year(p + 1, y, &s, &e, &g) != 0) return -1;
    } else {
        return -1; /* durations, *_REF, X placeholders, garbage */
    }
    if (start) format_point(start, s, g);
    if (end) format_point(end, e, g);
    if (gran) *gran = g;
    return 0;
}
