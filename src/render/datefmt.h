/* datefmt.h -- the date wording of datefmt.c as rows.c needs it: interval
 * bounds as numbers and an event's date with parts left out.  Private to
 * src/render; layout.h declares the public wording (tl_when_human...). */
#ifndef TL_DATEFMT_H
#define TL_DATEFMT_H

#include <stddef.h>

#include "../model/model.h"

extern const char *const tl_month_abbr[12];  /* "Jan" */
extern const char *const tl_month_name[12];  /* "January" */
extern const char *const tl_weekday_abbr[7]; /* "Mon", ISO order */

typedef struct {
    int y, m, d;
    int hh, mm; /* -1 when the string has no time */
} tl_ymdhm;

/* An interval bound ("2025-08-15", "2025-08-15T11:00") as numbers; 0, or
 * -1 when s is NULL or not such a date. */
int tl_parse_bound(const char *s, tl_ymdhm *t);
/* "2025", "44 BC" (year 0 is 1 BC, as in ISO 8601). */
void tl_year_text(int y, char *out, size_t n);

/* What tl_format_when() may leave out. */
enum {
    TL_FMT_NO_YEAR = 1,    /* a group header above already says the year */
    TL_FMT_NO_WEEKDAY = 2, /* ranges: "28 Jul 2025" */
    TL_FMT_NO_TIME = 4,
    TL_FMT_NO_DAY = 8,     /* a day header above already says the day */
    TL_FMT_IS_HEADER = 16  /* the header above names exactly this period: say
                              nothing unless there is a qualifier ("early") */
};

/* e's date at its granularity, with the qualifier of its anchoring timex
 * when tl is not NULL ("about ..."), minus what flags leave out. */
void tl_format_when(const tl_timeline *tl, const tl_event *e, int flags, char *out, size_t n);

#endif
