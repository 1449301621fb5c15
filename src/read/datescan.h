/* datescan.h -- finding a written calendar date ("Aug. 15, 2025", "15 August
 * 2025", "2025-08-15", "8/15/2025", "Fri Mar 13 21:30:09 EST 2015") in a
 * short piece of text.  Shared by the plain-text dateline finder and the
 * HTML reader's date discovery (both in src/read); not part of the API. */
#ifndef TL_DATESCAN_H
#define TL_DATESCAN_H

#include <stddef.h>

typedef struct tl_date_match {
    int year, month, day; /* year 0 when the text gave none ("March 18") */
    int hour, minute;     /* -1 when no clock time follows the date */
    size_t start, end;    /* bytes of the match, time included */
} tl_date_match;

/* The first date in s[0, len) at or after byte from; 1 and *m, or 0. */
int tl_date_scan(const char *s, size_t len, size_t from, tl_date_match *m);

/* m as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; year must be set. */
void tl_date_iso(const tl_date_match *m, char iso[32]);

/* The leading "YYYY-MM-DD[THH:MM]" of an ISO 8601 timestamp as written
 * (its own offset kept, not converted to UTC), or 0. */
int tl_iso_prefix(const char *s, char iso[32]);

/* Does a line read like a date stamp ("Posted on April 21, 2015, at 11:29
 * a.m.", "2/26/2015 7:11 AM PST BY STAFF", "April 17, 2015 -- The ...")
 * rather than a sentence that mentions a date?  0 no; else *m is its date
 * (year 0 when not written) and the kind: 1 a bare stamp, 2 an update
 * ("Updated: ..."), 3 a publication ("Published", "Posted", a dateline
 * dash). */
int tl_date_stamp(const char *line, size_t n, tl_date_match *m);

#endif
