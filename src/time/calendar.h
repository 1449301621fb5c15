/* calendar.h -- all date arithmetic of the project, proleptic Gregorian.
 *
 * Days are counted from 1970-01-01 (day 0) in an int64_t, so any year from
 * -9999 to 9999 and beyond is fine.  Weekdays and weeks are ISO 8601:
 * Monday is 1, Sunday 7; week 1 is the week with the year's first Thursday. */
#ifndef TL_CALENDAR_H
#define TL_CALENDAR_H

#include <stdint.h>

#include "timeline.h"

int tl_is_leap(int y);
int tl_days_in_month(int y, int m); /* m 1..12 */
int tl_days_in_year(int y);

int64_t tl_days_from_civil(int y, int m, int d);
void tl_civil_from_days(int64_t days, int *y, int *m, int *d);

int tl_weekday(int y, int m, int d); /* 1 = Monday .. 7 = Sunday */
int tl_day_of_year(int y, int m, int d); /* 1 .. 366 */

/* ISO week of a date: 2021-01-03 is 2020-W53, 2024-12-30 is 2025-W01. */
void tl_iso_week(int y, int m, int d, int *iso_year, int *week);
int tl_iso_weeks_in_year(int iso_year); /* 52 or 53 */
/* The Monday of ISO week (iso_year, week). */
void tl_iso_week_monday(int iso_year, int week, int *y, int *m, int *d);

/* Shift a date by n days / months / years.  Months and years clamp the day
 * to the end of the month: 2024-01-31 + 1 month is 2024-02-29. */
void tl_add_days(int *y, int *m, int *d, int64_t n);
void tl_add_months(int *y, int *m, int *d, int n);

/* Easter Sunday of year y (Gregorian computus). */
void tl_easter(int y, int *m, int *d);
/* Day of month of the n-th weekday wd (1..7) of month m; n = -1 is the
 * last one ("last Monday of May").  Returns 0 when there is no such day. */
int tl_nth_weekday(int y, int m, int wd, int n);

/* A point in time as far as it is known: fields are -1 when unknown. */
typedef struct tl_datetime {
    int year, month, day; /* year -1: unknown */
    int hour, minute, second;
} tl_datetime;

/* Parse ISO 8601 "2025-08-15", "2025-08-15T09:30", "2025-08-15T09:30:00",
 * "2025-08-15 09:30", optionally followed by a zone ("Z", "+02:00") which is
 * ignored.  Also accepts the compact TimeML DCT form "19980213".
 * Returns 0 on success, -1 when s is not such a date or the date is invalid. */
int tl_parse_iso(const char *s, tl_datetime *out);

/* The calendar interval a TimeML value denotes: "2025-W32" is
 * [2025-08-04, 2025-08-11), "2025-08" is [2025-08-01, 2025-09-01),
 * "2025-08-15T11:00" is [2025-08-15T11:00, 2025-08-15T11:01), "199" the
 * 1990s, "2025-Q3", "2025-H1", "2025-SU" (Jun 21 - Sep 23: astronomical,
 * northern hemisphere), "2025-W33-WE" (Saturday and Sunday), "2025-08-15TMO"
 * (06:00-12:00; AF 12-18, EV 18-24, NI 21-04 of the next day).
 * start and end get ISO strings ("2025-08-04", or with "T11:00" when the
 * granularity is finer than a day).  Returns 0, or -1 when the value is not
 * an anchored calendar interval (durations "P1M", "PAST_REF", "XXXX-08"). */
int tl_value_interval(const char *value, char start[32], char end[32], tl_granularity *gran);

#endif
