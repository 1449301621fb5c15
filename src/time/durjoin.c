/* durjoin.c -- one duration from two joined by "and": "two hours and 17
 * minutes" is PT2H17M, "three years and six months" P3Y6M.  The matcher
 * finds each count + unit on its own; joining them on their ISO values
 * keeps the grammar free of a pattern per pair of units. */
#include <stdio.h>
#include <string.h>

#include "durjoin.h"

/* Designators from largest to smallest; 'm' is the minute (after T). */
static const char ORDER[] = "YMWDHmS";

typedef struct {
    long n[sizeof ORDER - 1];
    int used[sizeof ORDER - 1];
} parts;

/* Parse "P3Y6M", "PT2H30M": 0, or -1 for anything else (PXY, fractions). */
static int parse(const char *v, parts *p)
{
    memset(p, 0, sizeof *p);
    if (*v++ != 'P' || !*v) return -1;
    int in_time = 0, last = -1;
    while (*v) {
        if (*v == 'T' && !in_time) {
            in_time = 1, v++;
            continue;
        }
        if (*v < '0' || *v > '9') return -1;
        long n = 0;
        while (*v >= '0' && *v <= '9' && n < 100000000) n = n * 10 + (*v++ - '0');
        char unit = in_time && *v == 'M' ? 'm' : *v;
        const char *at = unit ? strchr(ORDER, unit) : NULL;
        int k = at ? (int)(at - ORDER) : -1;
        /* date designators before T, time ones after, largest first */
        if (k < 0 || k <= last || (k >= 4) != in_time) return -1;
        p->n[k] = n, p->used[k] = 1, last = k;
        v++;
    }
    return last >= 0 ? 0 : -1;
}

static int largest(const parts *p)
{
    for (int k = 0; k < (int)sizeof ORDER - 1; k++)
        if (p->used[k]) return k;
    return -1;
}

static int smallest(const parts *p)
{
    for (int k = (int)sizeof ORDER - 2; k >= 0; k--)
        if (p->used[k]) return k;
    return -1;
}

int tl_duration_join(const char *a, const char *b, char *out, size_t cap)
{
    parts x, y;
    if (parse(a, &x) != 0 || parse(b, &y) != 0 || smallest(&x) >= largest(&y)) return -1;
    for (int k = 0; k < (int)sizeof ORDER - 1; k++)
        if (y.used[k]) x.n[k] = y.n[k], x.used[k] = 1;
    /* ISO 8601 does not mix weeks with other designators: weeks become days */
    if (x.used[2] && (x.used[3] || smallest(&x) > 2)) {
        x.n[3] += 7 * x.n[2], x.used[3] = 1, x.used[2] = 0;
    }
    char buf[96] = "P";
    int time_seen = 0;
    for (int k = 0; k < (int)sizeof ORDER - 1; k++) {
        if (!x.used[k]) continue;
        size_t len = strlen(buf);
        snprintf(buf + len, sizeof buf - len, "%s%ld%c", k >= 4 && !time_seen ? "T" : "", x.n[k],
                 ORDER[k] == 'm' ? 'M' : ORDER[k]);
        time_seen |= k >= 4;
    }
    if (strlen(buf) + 1 > cap) return -1;
    memcpy(out, buf, strlen(buf) + 1);
    return 0;
}
