/* calendar.c -- proleptic Gregorian date arithmetic, ISO weeks, Easter,
 * ISO 8601 parsing and formatting.  See calendar.h.  All intermediate
 * arithmetic is done in int64_t with floor division, so negative years and
 * negative day numbers behave like any other. */
#include "calendar.h"

#include <stdio.h>
#include <string.h>

/* ---- integer helpers ---------------------------------------------------- */

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

/* ---- years and months ---------------------------------------------------- */

static int leap64(int64_t y)
{
    return floor_mod(y, 4) == 0 && (floor_mod(y, 100) != 0 || floor_mod(y, 400) == 0);
}

int tl_is_leap(int y) { return leap64(y); }

int tl_days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && tl_is_leap(y) ? 29 : dim[m - 1];
}

int tl_days_in_year(int y) { return tl_is_leap(y) ? 366 : 365; }

int tl_valid_date(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= tl_days_in_month(y, m);
}

/* Days before the 1st of month m (1..12) in a common / leap year. */
static int days_before_month(int64_t y, int m)
{
    static const int cum[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return cum[m - 1] + (m > 2 && leap64(y));
}

/* Days from 0001-01-01 to y-01-01 (negative for earlier years). */
static int64_t days_before_year(int64_t y)
{
    int64_t p = y - 1;
    return 365 * p + floor_div(p, 4) - floor_div(p, 100) + floor_div(p, 400);
}

/* days_before_year(1970): 1970-01-01 is day 0. */
#define EPOCH_OFFSET INT64_C(719162)

/* ---- day numbers --------------------------------------------------------- */

int64_t tl_days_from_civil(int y, int m, int d)
{
    /* Normalise an out-of-range month so the function is total. */
    int64_t yy = (int64_t)y + floor_div((int64_t)m - 1, 12);
    int mm = (int)floor_mod((int64_t)m - 1, 12) + 1;
    return days_before_year(yy) - EPOCH_OFFSET + days_before_month(yy, mm) + ((int64_t)d - 1);
}

void tl_civil_from_days(int64_t days, int *y, int *m, int *d)
{
    int64_t n = days + EPOCH_OFFSET; /* days since 0001-01-01 */
    /* Whole 400-year cycles (146097 days each), then estimate the year in
     * the cycle and correct it by at most a step or two. */
    int64_t cycles = floor_div(n, 146097);
    int64_t rest = n - cycles * 146097;
    int64_t yr = 1 + 400 * cycles + rest * 400 / 146097;
    while (days_before_year(yr) > n) yr--;
    while (days_before_year(yr + 1) <= n) yr++;
    int doy = (int)(n - days_before_year(yr)); /* 0-based */
    int mo = 12;
    while (mo > 1 && days_before_month(yr, mo) > doy) mo--;
    if (y) *y = (int)yr;
    if (m) *m = mo;
    if (d) *d = doy - days_before_month(yr, mo) + 1;
}

static int weekday_of_days(int64_t days)
{
    /* 1970-01-01 was a Thursday (4). */
    return (int)floor_mod(days + 3, 7) + 1;
}

int tl_weekday(int y, int m, int d) { return weekday_of_days(tl_days_from_civil(y, m, d)); }

int tl_day_of_year(int y, int m, int d)
{
    if (m < 1 || m > 12) return 0;
    return days_before_month(y, m) + d;
}

/* ---- ISO weeks ------------------------------------------------------------ */

void tl_iso_week(int y, int m, int d, int *iso_year, int *week)
{
    int64_t days = tl_days_from_civil(y, m, d);
    /* The Thursday of the date's week decides both year and week. */
    int64_t thu = days - (weekday_of_days(days) - 1) + 3;
    int ty, tm, td;
    tl_civil_from_days(thu, &ty, &tm, &td);
    if (iso_year) *iso_year = ty;
    if (week) *week = (tl_day_of_year(ty, tm, td) - 1) / 7 + 1;
}

int tl_iso_weeks_in_year(int iso_year)
{
    /* December 28 is always in the last ISO week of its year. */
    int wk;
    tl_iso_week(iso_year, 12, 28, NULL, &wk);
    return wk;
}

int64_t tl_iso_week_monday_days(int iso_year, int week)
{
    int64_t jan4 = tl_days_from_civil(iso_year, 1, 4); /* always in week 1 */
    return jan4 - (weekday_of_days(jan4) - 1) + 7 * ((int64_t)week - 1);
}

void tl_iso_week_monday(int iso_year, int week, int *y, int *m, int *d)
{
    tl_civil_from_days(tl_iso_week_monday_days(iso_year, week), y, m, d);
}

/* ---- shifting ------------------------------------------------------------- */

void tl_add_days(int *y, int *m, int *d, int64_t n)
{
    tl_civil_from_days(tl_days_from_civil(*y, *m, *d) + n, y, m, d);
}

void tl_add_months(int *y, int *m, int *d, int n)
{
    int64_t total = (int64_t)*y * 12 + (*m - 1) + n;
    *y = (int)floor_div(total, 12);
    *m = (int)floor_mod(total, 12) + 1;
    int dim = tl_days_in_month(*y, *m);
    if (*d > dim) *d = dim;
}

void tl_add_years(int *y, int *m, int *d, int n)
{
    *y += n;
    int dim = tl_days_in_month(*y, *m);
    if (*d > dim) *d = dim;
}

/* ---- feasts and weekdays of a month ---------------------------------------- */

void tl_easter(int y, int *m, int *d)
{
    /* Gregorian computus (the "anonymous" algorithm), with floor arithmetic
     * so that it also runs for years before 0. */
    int64_t a = floor_mod(y, 19);
    int64_t b = floor_div(y, 100), c = floor_mod(y, 100);
    int64_t e = floor_mod(b, 4), f = floor_div(b + 8, 25);
    int64_t g = floor_div(b - f + 1, 3);
    int64_t h = floor_mod(19 * a + b - floor_div(b, 4) - g + 15, 30);
    int64_t i = c / 4, k = c % 4;
    int64_t l = floor_mod(32 + 2 * e + 2 * i - h - k, 7);
    int64_t mm = (a + 11 * h + 22 * l) / 451;
    int64_t x = h + l - 7 * mm + 114;
    *m = (int)(x / 31);
    *d = (int)(x % 31) + 1;
}

int tl_nth_weekday(int y, int m, int wd, int n)
{
    if (m < 1 || m > 12 || wd < 1 || wd > 7 || n == 0) return 0;
    int dim = tl_days_in_month(y, m);
    if (n > 0) {
        if (n > 5) return 0;
        int first = tl_weekday(y, m, 1);
        int day = 1 + (wd - first + 7) % 7 + 7 * (n - 1);
        return day <= dim ? day : 0;
    }
    if (n < -5) return 0;
    int lastwd = tl_weekday(y, m, dim);
    int day = dim - (lastwd - wd + 7) % 7 + 7 * (n + 1);
    return day >= 1 ? day : 0;
}

/* ---- formatting ----------------------------------------------------------- */

size_t tl_format_iso(char out[32], int y, int m, int d, int hour, int minute, int second)
{
    char tmp[64];
    long long ay = y < 0 ? -(long long)y : (long long)y;
    int n = snprintf(tmp, sizeof tmp, "%s%04lld-%02d-%02d", y < 0 ? "-" : "", ay,
                     (m % 100 + 100) % 100, (d % 100 + 100) % 100);
    if (n < 0) n = 0;
    if (hour >= 0 && n < 40) {
        n += snprintf(tmp + n, sizeof tmp - (size_t)n, "T%02d:%02d", hour % 100,
                      (minute < 0 ? 0 : minute) % 100);
        if (second >= 0 && n < 50)
            n += snprintf(tmp + n, sizeof tmp - (size_t)n, ":%02d", second % 100);
    }
    size_t len = strlen(tmp);
    if (len > 31) len = 31;
    memcpy(out, tmp, len);
    out[len] = '\0';
    return len;
}

/* ---- parsing -------------------------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

int tl_read_digits(const char **p, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit((*p)[i])) return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    return v;
}

static int count_digits(const char *p)
{
    int n = 0;
    while (is_digit(p[n]) && n < 16) n++;
    return n;
}

/* "hh:mm[:ss[.fff]]" or, when compact, "hhmm[ss]". */
static int parse_time(const char **pp, int compact, tl_datetime *dt)
{
    const char *p = *pp;
    if ((dt->hour = tl_read_digits(&p, 2)) < 0) return -1;
    if (!compact) {
        if (*p++ != ':') return -1;
    }
    if ((dt->minute = tl_read_digits(&p, 2)) < 0) return -1;
    if (compact ? is_digit(*p) : (*p == ':' && is_digit(p[1]))) {
        if (!compact) p++;
        if ((dt->second = tl_read_digits(&p, 2)) < 0) return -1;
        if ((*p == '.' || *p == ',') && is_digit(p[1])) {
            p++;
            while (is_digit(*p)) p++; /* fraction: ignored */
        }
    }
    if (dt->hour > 23 || dt->minute > 59 || dt->second > 59) return -1;
    *pp = p;
    return 0;
}

/* "Z", "UTC", "GMT", "+hh", "+hhmm", "+hh:mm" (and "-"), ignored. */
static int parse_zone(const char **pp)
{
    const char *p = *pp;
    while (*p == ' ') p++;
    if (*p == 'Z' || *p == 'z') {
        *pp = p + 1;
        return 0;
    }
    if (strncmp(p, "UTC", 3) == 0 || strncmp(p, "GMT", 3) == 0) {
        *pp = p + 3;
        if (**pp != '+' && **pp != '-') return 0;
        p = *pp;
    }
    if (*p != '+' && *p != '-') return 0; /* no zone */
    p++;
    int hh = tl_read_digits(&p, 2), mm = 0;
    if (hh < 0 || hh > 23) return -1;
    if (*p == ':') {
        p++;
        if ((mm = tl_read_digits(&p, 2)) < 0) return -1;
    } else if (is_digit(*p)) {
        if ((mm = tl_read_digits(&p, 2)) < 0) return -1;
    }
    if (mm > 59) return -1;
    *pp = p;
    return 0;
}

int tl_parse_iso(const char *s, tl_datetime *out)
{
    tl_datetime dt = {-1, -1, -1, -1, -1, -1};
    if (out) *out = dt;
    if (!s) return -1;
    const char *p = s;
    while (is_space(*p)) p++;
    int compact = 0;
    int neg = 0;
    if (*p == '+' || *p == '-') {
        neg = *p == '-';
        p++;
        int n = count_digits(p);
        if (n < 4 || n > 9) return -1;
        dt.year = tl_read_digits(&p, n);
        if (neg) dt.year = -dt.year;
        if (*p++ != '-') return -1;
    } else if (count_digits(p) == 8 && p[8] != '-') {
        compact = 1;
        dt.year = tl_read_digits(&p, 4);
    } else {
        int n = count_digits(p); /* "2025-", or "10000-" as tl_format_iso writes */
        if (n < 4 || n > 9) return -1;
        dt.year = tl_read_digits(&p, n);
        if (*p++ != '-') return -1;
    }
    if ((dt.month = tl_read_digits(&p, 2)) < 0) return -1;
    if (!compact && *p++ != '-') return -1;
    if ((dt.day = tl_read_digits(&p, 2)) < 0) return -1;
    if (!tl_valid_date(dt.year, dt.month, dt.day)) return -1;
    if ((*p == 'T' || *p == 't' || *p == ' ') && is_digit(p[1])) {
        p++;
        /* The compact date allows either time form. */
        int ctime = compact && count_digits(p) >= 4;
        if (parse_time(&p, ctime, &dt) != 0) return -1;
        if (parse_zone(&p) != 0) return -1;
    }
    while (is_space(*p)) p++;
    if (*p) return -1;
    if (out) *out = dt;
    return 0;
}
