/* test_calendar.c -- the calendar module: day numbers, weeks, Easter,
 * ISO parsing and TimeML value intervals. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/time/calendar.h"

/* ---- leap years, month lengths ------------------------------------------- */

Test(calendar, leap_years)
{
    cr_assert(tl_is_leap(2000));
    cr_assert(tl_is_leap(2024));
    cr_assert(tl_is_leap(1600));
    cr_assert(tl_is_leap(0));
    cr_assert(tl_is_leap(-4));
    cr_assert(tl_is_leap(-400));
    cr_assert(!tl_is_leap(1900));
    cr_assert(!tl_is_leap(2100));
    cr_assert(!tl_is_leap(2023));
    cr_assert(!tl_is_leap(-1));
    cr_assert(!tl_is_leap(-100));
    cr_assert_eq(tl_days_in_year(2024), 366);
    cr_assert_eq(tl_days_in_year(2025), 365);
    cr_assert_eq(tl_days_in_year(1900), 365);
}

Test(calendar, days_in_month)
{
    static const int common[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; m++) {
        cr_assert_eq(tl_days_in_month(2025, m), common[m - 1], "month %d", m);
        cr_assert_eq(tl_days_in_month(2024, m), common[m - 1] + (m == 2), "month %d", m);
    }
    cr_assert_eq(tl_days_in_month(1900, 2), 28);
    cr_assert_eq(tl_days_in_month(2000, 2), 29);
    cr_assert_eq(tl_days_in_month(2025, 0), 0);
    cr_assert_eq(tl_days_in_month(2025, 13), 0);
    cr_assert(tl_valid_date(2024, 2, 29));
    cr_assert(!tl_valid_date(2025, 2, 29));
    cr_assert(!tl_valid_date(2025, 2, 30));
    cr_assert(!tl_valid_date(2025, 4, 31));
    cr_assert(!tl_valid_date(2025, 0, 1));
    cr_assert(!tl_valid_date(2025, 1, 0));
}

/* ---- day numbers ------------------------------------------------------------ */

Test(calendar, known_day_numbers)
{
    cr_assert_eq(tl_days_from_civil(1970, 1, 1), 0);
    cr_assert_eq(tl_days_from_civil(1970, 1, 2), 1);
    cr_assert_eq(tl_days_from_civil(1969, 12, 31), -1);
    cr_assert_eq(tl_days_from_civil(2000, 3, 1), 11017);
    cr_assert_eq(tl_days_from_civil(2025, 8, 15), 20315);
    cr_assert_eq(tl_days_from_civil(1, 1, 1), -719162);
    cr_assert_eq(tl_days_from_civil(0, 12, 31), -719163);
    /* 400 Gregorian years are exactly 146097 days. */
    cr_assert_eq(tl_days_from_civil(2400, 1, 1) - tl_days_from_civil(2000, 1, 1), 146097);
    cr_assert_eq(tl_days_from_civil(-400, 3, 1) - tl_days_from_civil(-800, 3, 1), 146097);
}

/* Walk day by day with a naive counter, checking both directions. */
static void walk(int y0, int y1)
{
    int y = y0, m = 1, d = 1;
    int64_t n = tl_days_from_civil(y0, 1, 1);
    while (y < y1) {
        cr_assert_eq(tl_days_from_civil(y, m, d), n, "%d-%d-%d", y, m, d);
        int cy, cm, cd;
        tl_civil_from_days(n, &cy, &cm, &cd);
        cr_assert(cy == y && cm == m && cd == d, "%lld -> %d-%d-%d, want %d-%d-%d", (long long)n,
                  cy, cm, cd, y, m, d);
        n++;
        if (++d > tl_days_in_month(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
}

Test(calendar, round_trip_1582_2500) { walk(1582, 2501); }
Test(calendar, round_trip_negative_years) { walk(-1000, 100); }

Test(calendar, round_trip_far)
{
    int y, m, d;
    tl_civil_from_days(tl_days_from_civil(-9999, 1, 1), &y, &m, &d);
    cr_assert(y == -9999 && m == 1 && d == 1);
    tl_civil_from_days(tl_days_from_civil(99999, 12, 31), &y, &m, &d);
    cr_assert(y == 99999 && m == 12 && d == 31);
    tl_civil_from_days(tl_days_from_civil(-1, 2, 29), &y, &m, &d); /* -1 is not leap */
    cr_assert(y == -1 && m == 3 && d == 1);
}

/* ---- weekdays ------------------------------------------------------------------ */

Test(calendar, weekdays)
{
    cr_assert_eq(tl_weekday(1970, 1, 1), 4);   /* Thursday */
    cr_assert_eq(tl_weekday(2000, 1, 1), 6);   /* Saturday */
    cr_assert_eq(tl_weekday(2025, 8, 15), 5);  /* Friday */
    cr_assert_eq(tl_weekday(2025, 8, 17), 7);  /* Sunday */
    cr_assert_eq(tl_weekday(2025, 8, 18), 1);  /* Monday */
    cr_assert_eq(tl_weekday(1969, 7, 20), 7);  /* Moon landing, Sunday */
    cr_assert_eq(tl_weekday(2001, 9, 11), 2);  /* Tuesday */
    cr_assert_eq(tl_weekday(1582, 10, 15), 5); /* first Gregorian day, Friday */
    cr_assert_eq(tl_weekday(1, 1, 1), 1);      /* proleptic: Monday */
    /* Consecutive days cycle 1..7. */
    int64_t base = tl_days_from_civil(1899, 12, 25);
    for (int64_t i = 0; i < 100000; i++) {
        int y, m, d;
        tl_civil_from_days(base + i, &y, &m, &d);
        cr_assert_eq(tl_weekday(y, m, d), (int)((i % 7) + 0) + 1, "%d-%d-%d", y, m, d);
    }
}

Test(calendar, day_of_year)
{
    cr_assert_eq(tl_day_of_year(2025, 1, 1), 1);
    cr_assert_eq(tl_day_of_year(2025, 3, 1), 60);
    cr_assert_eq(tl_day_of_year(2024, 3, 1), 61);
    cr_assert_eq(tl_day_of_year(2024, 12, 31), 366);
    cr_assert_eq(tl_day_of_year(2025, 12, 31), 365);
    for (int y = 1999; y <= 2001; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= tl_days_in_month(y, m); d++)
                cr_assert_eq(tl_day_of_year(y, m, d),
                             tl_days_from_civil(y, m, d) - tl_days_from_civil(y, 1, 1) + 1);
}

/* ---- ISO weeks ------------------------------------------------------------------- */

/* Brute force: week 1 holds the year's first Thursday; weeks run Mon..Sun. */
static void brute_week(int y, int m, int d, int *iy, int *wk)
{
    int64_t n = tl_days_from_civil(y, m, d);
    for (int cand = y + 1; cand >= y - 1; cand--) {
        int64_t thu = tl_days_from_civil(cand, 1, 1);
        while (tl_weekday(cand, 1, 1 + (int)(thu - tl_days_from_civil(cand, 1, 1))) != 4) thu++;
        int64_t mon = thu - 3;
        if (n >= mon) {
            *iy = cand;
            *wk = (int)((n - mon) / 7) + 1;
            return;
        }
    }
    *iy = *wk = -1;
}

Test(calendar, iso_week_brute_force_1900_2100)
{
    int64_t a = tl_days_from_civil(1900, 1, 1), b = tl_days_from_civil(2101, 1, 1);
    for (int64_t n = a; n < b; n++) {
        int y, m, d, iy, wk, by, bw;
        tl_civil_from_days(n, &y, &m, &d);
        tl_iso_week(y, m, d, &iy, &wk);
        brute_week(y, m, d, &by, &bw);
        cr_assert(iy == by && wk == bw, "%d-%02d-%02d: %d-W%02d, want %d-W%02d", y, m, d, iy, wk,
                  by, bw);
        /* Monday of that week is at most 6 days back and a Monday. */
        int64_t mon = tl_iso_week_monday_days(iy, wk);
        cr_assert(n - mon >= 0 && n - mon <= 6);
        cr_assert_eq(tl_weekday(y, m, d) - 1, (int)(n - mon));
    }
}

Test(calendar, iso_week_known)
{
    int iy, wk;
    tl_iso_week(2021, 1, 3, &iy, &wk);
    cr_assert(iy == 2020 && wk == 53);
    tl_iso_week(2024, 12, 30, &iy, &wk);
    cr_assert(iy == 2025 && wk == 1);
    tl_iso_week(2025, 8, 15, &iy, &wk);
    cr_assert(iy == 2025 && wk == 33);
    tl_iso_week(2026, 12, 31, &iy, &wk);
    cr_assert(iy == 2026 && wk == 53);
    tl_iso_week(2027, 1, 1, &iy, &wk);
    cr_assert(iy == 2026 && wk == 53);
    tl_iso_week(2008, 12, 29, &iy, &wk);
    cr_assert(iy == 2009 && wk == 1);
    tl_iso_week(2010, 1, 3, &iy, &wk);
    cr_assert(iy == 2009 && wk == 53);
}

Test(calendar, iso_weeks_in_year)
{
    static const int long_years[] = {1903, 1908, 1914, 1920, 1925, 1931, 1936, 1942, 1948,
                                     1953, 1959, 1964, 1970, 1976, 1981, 1987, 1992, 1998,
                                     2004, 2009, 2015, 2020, 2026, 2032, 2037, 2043, 2048};
    size_t k = 0;
    for (int y = 1900; y <= 2050; y++) {
        int want = 52;
        if (k < sizeof long_years / sizeof *long_years && long_years[k] == y) {
            want = 53;
            k++;
        }
        cr_assert_eq(tl_iso_weeks_in_year(y), want, "year %d", y);
    }
    cr_assert_eq(k, sizeof long_years / sizeof *long_years);
}

Test(calendar, iso_week_monday)
{
    int y, m, d;
    tl_iso_week_monday(2025, 32, &y, &m, &d);
    cr_assert(y == 2025 && m == 8 && d == 4);
    tl_iso_week_monday(2025, 1, &y, &m, &d);
    cr_assert(y == 2024 && m == 12 && d == 30);
    tl_iso_week_monday(2020, 53, &y, &m, &d);
    cr_assert(y == 2020 && m == 12 && d == 28);
    tl_iso_week_monday(2026, 1, &y, &m, &d);
    cr_assert(y == 2025 && m == 12 && d == 29);
    tl_iso_week_monday(2015, 1, &y, &m, &d);
    cr_assert(y == 2014 && m == 12 && d == 29);
}

/* ---- shifting ------------------------------------------------------------------------ */

Test(calendar, add_days)
{
    int y = 2024, m = 2, d = 28;
    tl_add_days(&y, &m, &d, 1);
    cr_assert(y == 2024 && m == 2 && d == 29);
    tl_add_days(&y, &m, &d, 1);
    cr_assert(y == 2024 && m == 3 && d == 1);
    y = 2025, m = 12, d = 31;
    tl_add_days(&y, &m, &d, 1);
    cr_assert(y == 2026 && m == 1 && d == 1);
    tl_add_days(&y, &m, &d, -366);
    cr_assert(y == 2024 && m == 12 && d == 31);
    tl_add_days(&y, &m, &d, 0);
    cr_assert(y == 2024 && m == 12 && d == 31);
    y = 2000, m = 1, d = 1;
    tl_add_days(&y, &m, &d, 146097);
    cr_assert(y == 2400 && m == 1 && d == 1);
}

Test(calendar, add_months)
{
    int y = 2024, m = 1, d = 31;
    tl_add_months(&y, &m, &d, 1);
    cr_assert(y == 2024 && m == 2 && d == 29);
    y = 2023, m = 1, d = 31;
    tl_add_months(&y, &m, &d, 1);
    cr_assert(y == 2023 && m == 2 && d == 28);
    y = 2025, m = 12, d = 15;
    tl_add_months(&y, &m, &d, 1);
    cr_assert(y == 2026 && m == 1 && d == 15);
    y = 2025, m = 1, d = 15;
    tl_add_months(&y, &m, &d, -1);
    cr_assert(y == 2024 && m == 12 && d == 15);
    y = 2025, m = 3, d = 31;
    tl_add_months(&y, &m, &d, -1);
    cr_assert(y == 2025 && m == 2 && d == 28);
    y = 2025, m = 5, d = 31;
    tl_add_months(&y, &m, &d, -25);
    cr_assert(y == 2023 && m == 4 && d == 30);
    y = 2025, m = 8, d = 15;
    tl_add_months(&y, &m, &d, 24);
    cr_assert(y == 2027 && m == 8 && d == 15);
    y = 1, m = 1, d = 1;
    tl_add_months(&y, &m, &d, -1);
    cr_assert(y == 0 && m == 12 && d == 1);
    y = 2024, m = 2, d = 29;
    tl_add_years(&y, &m, &d, 1);
    cr_assert(y == 2025 && m == 2 && d == 28);
    y = 2024, m = 2, d = 29;
    tl_add_years(&y, &m, &d, -4);
    cr_assert(y == 2020 && m == 2 && d == 29);
}

/* ---- Easter and n-th weekdays -------------------------------------------------------------- */

Test(calendar, easter)
{
    static const int known[][3] = {
        {2024, 3, 31}, {2025, 4, 20}, {2000, 4, 23}, {1818, 3, 22}, {2285, 3, 22},
        {2038, 4, 25}, {1943, 4, 25}, {2008, 3, 23}, {2019, 4, 21}, {2026, 4, 5},
        {1961, 4, 2},  {1583, 4, 10}, {2011, 4, 24}, {2016, 3, 27},
    };
    for (size_t i = 0; i < sizeof known / sizeof *known; i++) {
        int m, d;
        tl_easter(known[i][0], &m, &d);
        cr_assert(m == known[i][1] && d == known[i][2], "Easter %d: %d-%d", known[i][0], m, d);
    }
    /* Always a Sunday between March 22 and April 25. */
    for (int y = 1583; y <= 4000; y++) {
        int m, d;
        tl_easter(y, &m, &d);
        cr_assert_eq(tl_weekday(y, m, d), 7, "%d", y);
        cr_assert((m == 3 && d >= 22) || (m == 4 && d <= 25), "%d: %d-%d", y, m, d);
    }
}

Test(calendar, nth_weekday)
{
    cr_assert_eq(tl_nth_weekday(2025, 5, 1, -1), 26);  /* Memorial Day */
    cr_assert_eq(tl_nth_weekday(2025, 11, 4, 4), 27);  /* Thanksgiving */
    cr_assert_eq(tl_nth_weekday(2024, 11, 4, 4), 28);
    cr_assert_eq(tl_nth_weekday(2025, 9, 1, 1), 1);    /* Labor Day */
    cr_assert_eq(tl_nth_weekday(2025, 1, 1, 3), 20);   /* MLK Day */
    cr_assert_eq(tl_nth_weekday(2025, 8, 5, 5), 29);   /* 5th Friday of Aug 2025 */
    cr_assert_eq(tl_nth_weekday(2025, 8, 1, 5), 0);    /* only four Mondays */
    cr_assert_eq(tl_nth_weekday(2025, 8, 7, -1), 31);
    cr_assert_eq(tl_nth_weekday(2025, 8, 5, -2), 22);
    cr_assert_eq(tl_nth_weekday(2024, 2, 4, -1), 29);
    cr_assert_eq(tl_nth_weekday(2025, 2, 4, -1), 27);
    cr_assert_eq(tl_nth_weekday(2025, 8, 1, 0), 0);
    cr_assert_eq(tl_nth_weekday(2025, 8, 0, 1), 0);
    cr_assert_eq(tl_nth_weekday(2025, 8, 8, 1), 0);
    cr_assert_eq(tl_nth_weekday(2025, 13, 1, 1), 0);
    cr_assert_eq(tl_nth_weekday(2025, 8, 1, -5), 0);
    /* Every result is the right weekday of the right rank. */
    for (int m = 1; m <= 12; m++)
        for (int wd = 1; wd <= 7; wd++)
            for (int n = 1; n <= 5; n++) {
                int d = tl_nth_weekday(2026, m, wd, n);
                if (!d) {
                    cr_assert(n >= 5);
                    continue;
                }
                cr_assert_eq(tl_weekday(2026, m, d), wd);
                cr_assert_eq((d - 1) / 7 + 1, n);
            }
}

/* ---- formatting ---------------------------------------------------------------------------- */

Test(calendar, format_iso)
{
    char b[32];
    cr_assert_eq(tl_format_iso(b, 2025, 8, 15, -1, -1, -1), 10);
    cr_assert_str_eq(b, "2025-08-15");
    tl_format_iso(b, 2025, 8, 15, 9, 5, -1);
    cr_assert_str_eq(b, "2025-08-15T09:05");
    tl_format_iso(b, 2025, 8, 15, 9, 5, 7);
    cr_assert_str_eq(b, "2025-08-15T09:05:07");
    tl_format_iso(b, -44, 3, 15, -1, -1, -1);
    cr_assert_str_eq(b, "-0044-03-15");
    tl_format_iso(b, 12, 1, 1, -1, -1, -1);
    cr_assert_str_eq(b, "0012-01-01");
    tl_format_iso(b, 10000, 1, 1, -1, -1, -1);
    cr_assert_str_eq(b, "10000-01-01");
    tl_format_iso(b, -2147483647 - 1, 12, 31, 23, 59, 59);
    cr_assert_str_eq(b, "-2147483648-12-31T23:59:59");
    tl_datetime dt;
    cr_assert_eq(tl_parse_iso("-0044-03-15", &dt), 0);
    cr_assert(dt.year == -44 && dt.month == 3 && dt.day == 15);
    cr_assert_eq(tl_parse_iso("+10000-01-01", &dt), 0);
    cr_assert_eq(dt.year, 10000);
    cr_assert_eq(tl_parse_iso("10000-01-01T10:00", &dt), 0);
    cr_assert(dt.year == 10000 && dt.hour == 10);
    /* Whatever tl_format_iso writes, tl_parse_iso reads back. */
    static const int ys[] = {-99999, -10000, -1, 0, 1, 999, 1998, 9999, 10000, 123456789};
    for (size_t i = 0; i < sizeof ys / sizeof *ys; i++) {
        tl_format_iso(b, ys[i], 2, 13, 14, 35, 0);
        cr_assert_eq(tl_parse_iso(b, &dt), 0, "%s", b);
        cr_assert(dt.year == ys[i] && dt.month == 2 && dt.day == 13 && dt.hour == 14 &&
                      dt.minute == 35 && dt.second == 0,
                  "%s", b);
    }
}

/* ---- tl_parse_iso ---------------------------------------------------------------------------- */

static void parse_ok(const char *s, int y, int mo, int d, int h, int mi, int se)
{
    tl_datetime dt;
    cr_assert_eq(tl_parse_iso(s, &dt), 0, "'%s' rejected", s);
    cr_assert(dt.year == y && dt.month == mo && dt.day == d && dt.hour == h && dt.minute == mi &&
                  dt.second == se,
              "'%s' -> %d-%d-%d %d:%d:%d", s, dt.year, dt.month, dt.day, dt.hour, dt.minute,
              dt.second);
}

Test(calendar, parse_iso_valid)
{
    parse_ok("2025-08-15", 2025, 8, 15, -1, -1, -1);
    parse_ok("2025-08-15T09:30", 2025, 8, 15, 9, 30, -1);
    parse_ok("2025-08-15T09:30:00", 2025, 8, 15, 9, 30, 0);
    parse_ok("2025-08-15 09:30", 2025, 8, 15, 9, 30, -1);
    parse_ok("2025-08-15T09:30Z", 2025, 8, 15, 9, 30, -1);
    parse_ok("2025-08-15T09:30:59+02:00", 2025, 8, 15, 9, 30, 59);
    parse_ok("2025-08-15T09:30-0500", 2025, 8, 15, 9, 30, -1);
    parse_ok("2025-08-15T09:30+02", 2025, 8, 15, 9, 30, -1);
    parse_ok("2025-08-15T09:30:00.123Z", 2025, 8, 15, 9, 30, 0);
    parse_ok("2025-08-15 09:30 UTC", 2025, 8, 15, 9, 30, -1);
    parse_ok("19980213", 1998, 2, 13, -1, -1, -1);
    parse_ok("1998-02-13T14:35:00", 1998, 2, 13, 14, 35, 0);
    parse_ok("19980213T1435", 1998, 2, 13, 14, 35, -1);
    parse_ok("19980213T143501", 1998, 2, 13, 14, 35, 1);
    parse_ok("  2024-02-29\n", 2024, 2, 29, -1, -1, -1);
    parse_ok("2000-02-29T00:00", 2000, 2, 29, 0, 0, -1);
    parse_ok("2025-12-31T23:59:59", 2025, 12, 31, 23, 59, 59);
    parse_ok("0000-01-01", 0, 1, 1, -1, -1, -1);
}

Test(calendar, parse_iso_invalid)
{
    static const char *bad[] = {
        "", "   ", "2025", "2025-08", "2025-8-15", "2025-08-5", "2025-02-30", "2025-02-29",
        "1900-02-29", "2025-13-01", "2025-00-10", "2025-08-00", "2025-08-32", "2025-04-31",
        "2025-08-15T24:00", "2025-08-15T09:60", "2025-08-15T09:30:60", "2025-08-15T9:30",
        "2025-08-15T09", "2025-08-15T09:30:", "2025-08-15x", "2025-08-15T09:30+25:00",
        "2025-08-15T09:30+02:61", "19981313", "19980230", "1998021", "199802130",
        "Aug 15, 2025", "2025/08/15", "15-08-2025", "20250815T25", "PRESENT_REF", "XXXX-08-15",
        "2025-W32", "-2025", "--2025-08-15", "2025-08-15 junk",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        tl_datetime dt = {7, 7, 7, 7, 7, 7};
        cr_assert_eq(tl_parse_iso(bad[i], &dt), -1, "'%s' accepted", bad[i]);
        cr_assert(dt.year == -1 && dt.month == -1 && dt.day == -1 && dt.hour == -1);
    }
    cr_assert_eq(tl_parse_iso(NULL, NULL), -1);
    cr_assert_eq(tl_parse_iso("2025-08-15", NULL), 0);
    char longs[5000];
    memset(longs, '9', sizeof longs - 1);
    longs[sizeof longs - 1] = '\0';
    cr_assert_eq(tl_parse_iso(longs, NULL), -1);
    memcpy(longs, "2025-08-15T", 11);
    cr_assert_eq(tl_parse_iso(longs, NULL), -1);
}

/* Every valid date of 2023-2024 is accepted, every day 29..32 past the end is not. */
Test(calendar, parse_iso_all_days)
{
    char s[32];
    for (int y = 2023; y <= 2024; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= 32; d++) {
                snprintf(s, sizeof s, "%04d-%02d-%02d", y, m, d);
                tl_datetime dt;
                int want = d <= tl_days_in_month(y, m) ? 0 : -1;
                cr_assert_eq(tl_parse_iso(s, &dt), want, "%s", s);
            }
}

/* ---- tl_value_interval ---------------------------------------------------------------------- */

static void iv(const char *value, const char *start, const char *end, tl_granularity g)
{
    char s[32], e[32];
    tl_granularity got;
    cr_assert_eq(tl_value_interval(value, s, e, &got), 0, "'%s' rejected", value);
    cr_assert_str_eq(s, start, "'%s' start", value);
    cr_assert_str_eq(e, end, "'%s' end", value);
    cr_assert_eq(got, g, "'%s' granularity %s", value, tl_granularity_name(got));
}

Test(calendar, interval_dates)
{
    iv("2025", "2025-01-01", "2026-01-01", TL_GRAN_YEAR);
    iv("2025-08", "2025-08-01", "2025-09-01", TL_GRAN_MONTH);
    iv("2025-12", "2025-12-01", "2026-01-01", TL_GRAN_MONTH);
    iv("2024-02", "2024-02-01", "2024-03-01", TL_GRAN_MONTH);
    iv("2025-08-15", "2025-08-15", "2025-08-16", TL_GRAN_DAY);
    iv("2025-12-31", "2025-12-31", "2026-01-01", TL_GRAN_DAY);
    iv("2024-02-29", "2024-02-29", "2024-03-01", TL_GRAN_DAY);
    iv("0000", "0000-01-01", "0001-01-01", TL_GRAN_YEAR);
    iv("9999-12-31", "9999-12-31", "10000-01-01", TL_GRAN_DAY);
}

Test(calendar, interval_weeks)
{
    iv("2025-W32", "2025-08-04", "2025-08-11", TL_GRAN_WEEK);
    iv("2025-W01", "2024-12-30", "2025-01-06", TL_GRAN_WEEK);
    iv("2020-W53", "2020-12-28", "2021-01-04", TL_GRAN_WEEK);
    iv("2026-W53", "2026-12-28", "2027-01-04", TL_GRAN_WEEK);
    iv("2025-W33-WE", "2025-08-16", "2025-08-18", TL_GRAN_DAY);
    iv("2020-W53-WE", "2021-01-02", "2021-01-04", TL_GRAN_DAY);
    iv("2025-W33-1", "2025-08-11", "2025-08-12", TL_GRAN_DAY);
    iv("2025-W33-7", "2025-08-17", "2025-08-18", TL_GRAN_DAY);
    static const char *bad[] = {"2025-W53" /* 2025 has 52 weeks */, "2025-W00", "2025-W5", "2025-W33-8",
                                "2025-W33-0", "2025-W33-WD", "2025-W33-WEX"};
    char s[32], e[32];
    tl_granularity g;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_eq(tl_value_interval(bad[i], s, e, &g), -1, "'%s'", bad[i]);
}

Test(calendar, interval_quarters_halves_seasons)
{
    iv("2025-Q1", "2025-01-01", "2025-04-01", TL_GRAN_QUARTER);
    iv("2025-Q2", "2025-04-01", "2025-07-01", TL_GRAN_QUARTER);
    iv("2025-Q3", "2025-07-01", "2025-10-01", TL_GRAN_QUARTER);
    iv("2025-Q4", "2025-10-01", "2026-01-01", TL_GRAN_QUARTER);
    iv("2025-H1", "2025-01-01", "2025-07-01", TL_GRAN_HALF);
    iv("2025-H2", "2025-07-01", "2026-01-01", TL_GRAN_HALF);
    iv("2025-SP", "2025-03-21", "2025-06-21", TL_GRAN_SEASON);
    iv("2025-SU", "2025-06-21", "2025-09-23", TL_GRAN_SEASON);
    iv("2025-FA", "2025-09-23", "2025-12-21", TL_GRAN_SEASON);
    iv("2025-WI", "2025-12-21", "2026-03-21", TL_GRAN_SEASON);
    static const char *bad[] = {"2025-Q0", "2025-Q5", "2025-Q", "2025-Q12", "2025-H0",
                                "2025-H3", "2025-H", "2025-WIN", "2025-sp", "2025-AU"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_eq(tl_value_interval(bad[i], NULL, NULL, NULL), -1, "'%s'", bad[i]);
}

Test(calendar, interval_decades_centuries)
{
    iv("199", "1990-01-01", "2000-01-01", TL_GRAN_DECADE);
    iv("202", "2020-01-01", "2030-01-01", TL_GRAN_DECADE);
    iv("18", "1800-01-01", "1900-01-01", TL_GRAN_CENTURY);
    iv("20", "2000-01-01", "2100-01-01", TL_GRAN_CENTURY);
    iv("2", "2000-01-01", "3000-01-01", TL_GRAN_MILLENNIUM);
    iv("1", "1000-01-01", "2000-01-01", TL_GRAN_MILLENNIUM);
    iv("999", "9990-01-01", "10000-01-01", TL_GRAN_DECADE);
}

Test(calendar, interval_times)
{
    iv("2025-08-15T11:00", "2025-08-15T11:00", "2025-08-15T11:01", TL_GRAN_MINUTE);
    iv("2025-08-15T23:59", "2025-08-15T23:59", "2025-08-16T00:00", TL_GRAN_MINUTE);
    iv("2025-12-31T23:59", "2025-12-31T23:59", "2026-01-01T00:00", TL_GRAN_MINUTE);
    iv("2025-08-15T11", "2025-08-15T11:00", "2025-08-15T12:00", TL_GRAN_HOUR);
    iv("2025-08-15T23", "2025-08-15T23:00", "2025-08-16T00:00", TL_GRAN_HOUR);
    iv("2025-08-15T11:00:05", "2025-08-15T11:00:05", "2025-08-15T11:00:06", TL_GRAN_SECOND);
    iv("2025-08-15T23:59:59", "2025-08-15T23:59:59", "2025-08-16T00:00:00", TL_GRAN_SECOND);
    iv("2025-08-15TMO", "2025-08-15T06:00", "2025-08-15T12:00", TL_GRAN_PART_OF_DAY);
    iv("2025-08-15TMI", "2025-08-15T11:00", "2025-08-15T13:00", TL_GRAN_PART_OF_DAY);
    iv("2025-08-15TAF", "2025-08-15T12:00", "2025-08-15T18:00", TL_GRAN_PART_OF_DAY);
    iv("2025-08-15TEV", "2025-08-15T18:00", "2025-08-16T00:00", TL_GRAN_PART_OF_DAY);
    iv("2025-08-15TNI", "2025-08-15T21:00", "2025-08-16T04:00", TL_GRAN_PART_OF_DAY);
    iv("2025-12-31TNI", "2025-12-31T21:00", "2026-01-01T04:00", TL_GRAN_PART_OF_DAY);
    iv("2025-08-15TDT", "2025-08-15T06:00", "2025-08-15T18:00", TL_GRAN_PART_OF_DAY);
    static const char *bad[] = {
        "2025-08-15T24:00", "2025-08-15T11:60", "2025-08-15T1", "2025-08-15T11:0",
        "2025-08-15T11:00:60", "2025-08-15T11:00Z", "2025-08-15T", "2025-08-15TXX",
        "2025-08-15Tmo", "2025-08-15TMORNING", "2025-08-15 11:00", "T11:00", "TMO",
        "2025-02-30T10:00", "2025-08-15T11:00:05.5",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_eq(tl_value_interval(bad[i], NULL, NULL, NULL), -1, "'%s'", bad[i]);
}

Test(calendar, interval_rejects)
{
    static const char *bad[] = {
        "", "P1M", "P3D", "PT2H", "XXXX-08", "2025-XX", "XXXX", "19XX", "2025-08-XX",
        "PAST_REF", "PRESENT_REF", "FUTURE_REF", "2025-13", "2025-00", "2025-02-30",
        "2025-04-31", "2023-02-29", "2025-8", "2025-08-1", "20250", "12345", "2025-",
        "2025-08-", "2025-08-15-", "-2025", " 2025", "2025 ", "2025-08-15x", "abc",
        "2025--08", "2025-W", "2025-W3X", "20250815", "TMO", "2025-08-15TNIX", "\xff\xfe",
    };
    char s[32] = "junk", e[32] = "junk";
    tl_granularity g = TL_GRAN_DAY;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        cr_assert_eq(tl_value_interval(bad[i], s, e, &g), -1, "'%s' accepted", bad[i]);
        cr_assert_str_eq(s, "");
        cr_assert_str_eq(e, "");
        cr_assert_eq(g, TL_GRAN_NONE);
    }
    cr_assert_eq(tl_value_interval(NULL, s, e, &g), -1);
    /* Very long garbage, and a valid prefix followed by a long tail. */
    static char longs[100000];
    memset(longs, 'X', sizeof longs - 1);
    cr_assert_eq(tl_value_interval(longs, s, e, &g), -1);
    memset(longs, '2', sizeof longs - 1);
    cr_assert_eq(tl_value_interval(longs, s, e, &g), -1);
    memcpy(longs, "2025-08-15T", 11);
    cr_assert_eq(tl_value_interval(longs, s, e, &g), -1);
    /* Output pointers may be NULL. */
    cr_assert_eq(tl_value_interval("2025-08", NULL, NULL, NULL), 0);
}

/* Every day and month of a few years: the interval is the day / month. */
Test(calendar, interval_exhaustive_days)
{
    char v[32], s[32], e[32], want[32];
    tl_granularity g;
    for (int64_t n = tl_days_from_civil(2019, 1, 1); n < tl_days_from_civil(2027, 1, 1); n++) {
        int y, m, d, ny, nm, nd;
        tl_civil_from_days(n, &y, &m, &d);
        tl_civil_from_days(n + 1, &ny, &nm, &nd);
        tl_format_iso(v, y, m, d, -1, -1, -1);
        cr_assert_eq(tl_value_interval(v, s, e, &g), 0, "%s", v);
        cr_assert_str_eq(s, v);
        tl_format_iso(want, ny, nm, nd, -1, -1, -1);
        cr_assert_str_eq(e, want);
        cr_assert_eq(g, TL_GRAN_DAY);
        /* Its ISO week contains it. */
        int iy, wk;
        tl_iso_week(y, m, d, &iy, &wk);
        snprintf(v, sizeof v, "%04d-W%02d", iy, wk);
        cr_assert_eq(tl_value_interval(v, s, e, &g), 0, "%s", v);
        cr_assert(strcmp(s, want) < 0 && strcmp(want, e) <= 0, "%s: [%s, %s) vs %s", v, s, e,
                  want);
    }
}
