/* dateline.c -- the date a text states about itself near its top
 * ("WASHINGTON (AP) — Aug. 15, 2025", "Published 2025-08-15 09:30"), and the
 * small date scanner (datescan.h) the HTML reader shares.
 *
 * Only the first lines count, and only lines that read like a date stamp:
 * the date with little else around it but dateline words (published,
 * posted, by, a place, a time zone), or a date that opens a line and is set
 * off by a dash.  A date inside a running sentence is a fact of the story,
 * not the story's own date. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "read.h"
#include "datescan.h"

/* How far from the top a dateline may be: a headline, a deck and a byline
 * come first on most pages, article text after that. */
enum { DATELINE_WINDOW = 600, DATELINE_MAX_LINES = 12 };

static const struct { const char *name; int month; } month_names[] = {
    {"january", 1},   {"jan", 1},  {"february", 2}, {"feb", 2},  {"march", 3},
    {"mar", 3},       {"april", 4}, {"apr", 4},     {"may", 5},  {"june", 6},
    {"jun", 6},       {"july", 7},  {"jul", 7},     {"august", 8}, {"aug", 8},
    {"september", 9}, {"sept", 9},  {"sep", 9},     {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12},
};

static const char *const weekday_names[] = {
    "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday",
    "thurs", "thur", "thu", "friday", "fri", "saturday", "sat", "sunday", "sun",
};

/* Words that may stand next to the date on a dateline without making the
 * line a sentence. */
static const char *const dateline_words[] = {
    "published", "posted", "updated", "last", "first", "modified", "on", "at",
    "by", "date", "dateline", "and", "am", "pm", "a.m", "p.m", "et", "pt", "ct",
    "mt", "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "cet",
    "cest", "ist", "aest", "aedt", "the", "staff", "reporter", "writer", "editor",
    "min", "mins", "minute", "minutes", "read", "of",
};

static int is_alnum(int c) { return isalnum((unsigned char)c) || (c & 0x80); }

/* Length of the letters at s[i..len), ASCII only. */
static size_t word_len(const char *s, size_t len, size_t i)
{
    size_t k = i;
    while (k < len && isalpha((unsigned char)s[k])) k++;
    return k - i;
}

static int lookup_month(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof month_names / sizeof *month_names; i++)
        if (strlen(month_names[i].name) == n && strncasecmp(w, month_names[i].name, n) == 0)
            return month_names[i].month;
    return 0;
}

static int is_weekday(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof weekday_names / sizeof *weekday_names; i++)
        if (strlen(weekday_names[i]) == n && strncasecmp(w, weekday_names[i], n) == 0) return 1;
    return 0;
}

/* Up to maxd digits at s[*i]; the number, or -1 when there is none or more
 * digits follow (so "20150" is not a year). */
static int number(const char *s, size_t len, size_t *i, int maxd)
{
    int v = 0, d = 0;
    size_t k = *i;
    while (k < len && isdigit((unsigned char)s[k]) && d < maxd) v = v * 10 + (s[k++] - '0'), d++;
    if (d == 0 || (k < len && isdigit((unsigned char)s[k]))) return -1;
    *i = k;
    return v;
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) i++;
    /* U+00A0 no-break space, common between date parts on web pages. */
    while (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
        i += 2;
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) i++;
    }
    return i;
}

static int valid_date(int y, int m, int d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return 0;
    if (m == 2 && d == 29 && y > 0 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return 0;
    return y == 0 || (y >= 1900 && y <= 2100);
}

/* A four-digit year at s[*i] (not followed by ':' -- that is a clock). */
static int year4(const char *s, size_t len, size_t *i)
{
    size_t k = *i;
    int y = number(s, len, &k, 4);
    if (y < 1900 || k - *i != 4 || (k < len && s[k] == ':')) return -1;
    *i = k;
    return y;
}

/* "11:57", "8:00am", "11:29 a.m.", "9 PM", "21:30:09" at s[*i]: 1 and the
 * 24-hour time, advancing *i. */
static int clock_time(const char *s, size_t len, size_t *i, int *hour, int *minute)
{
    size_t k = *i;
    int h = number(s, len, &k, 2), mi = 0, has_colon = 0;
    if (h < 0 || h > 23) return 0;
    if (k < len && s[k] == ':') {
        k++;
        size_t k0 = k;
        mi = number(s, len, &k, 2);
        if (mi < 0 || mi > 59 || k - k0 != 2) return 0;
        has_colon = 1;
        if (k + 2 < len && s[k] == ':' && isdigit((unsigned char)s[k + 1])) {
            k++;
            if (number(s, len, &k, 2) < 0) return 0;
        }
    }
    size_t a = skip_spaces(s, len, k);
    int ampm = 0;
    if (a < len && (s[a] == 'a' || s[a] == 'A' || s[a] == 'p' || s[a] == 'P')) {
        size_t b = a + 1;
        if (b < len && s[b] == '.') b++;
        b = skip_spaces(s, len, b);
        if (b < len && (s[b] == 'm' || s[b] == 'M') && (b + 1 >= len || !isalpha((unsigned char)s[b + 1]))) {
            ampm = (s[a] == 'p' || s[a] == 'P') ? 2 : 1;
            k = b + 1;
            if (k < len && s[k] == '.') k++;
        }
    }
    if (!has_colon && !ampm) return 0;
    if (ampm) {
        if (h < 1 || h > 12) return 0;
        if (ampm == 1 && h == 12) h = 0;
        if (ampm == 2 && h != 12) h += 12;
    }
    *hour = h;
    *minute = mi;
    *i = k;
    return 1;
}

/* An optional clock time after a date: "Feb 1, 2015 11:57 AM", "April 21,
 * 2015, at 11:29 a.m.", "February 29, 2016 @ 11:10 PM". */
static void trailing_time(const char *s, size_t len, tl_date_match *m)
{
    size_t k = m->end;
    while (k < len && (s[k] == ',' || s[k] == '@' || s[k] == '|' || s[k] == ' ' || s[k] == '\t' ||
                       s[k] == '-' || s[k] == '\n'))
        k++;
    if (k + 2 < len && strncasecmp(s + k, "at", 2) == 0 && !isalpha((unsigned char)s[k + 2]))
        k = skip_spaces(s, len, k + 2);
    int h, mi;
    /* "--" after the date is a dateline dash, not a time separator. */
    if (k > m->end && clock_time(s, len, &k, &h, &mi)) {
        m->hour = h;
        m->minute = mi;
        m->end = k;
    }
}

/* Month-name first: "Aug. 15, 2025", "March 18 at 12:22 PM" (no year),
 * "Mar 13 21:30:09 EST 2015" (ctime). i is just after the month name. */
static int month_first(const char *s, size_t len, size_t i, int month, tl_date_match *m)
{
    if (i < len && s[i] == '.') i++;
    size_t k = skip_spaces(s, len, i);
    if (k == i) return 0;
    int d = number(s, len, &k, 2);
    if (d < 1) return 0;
    if (k + 1 < len && (strncasecmp(s + k, "st", 2) == 0 || strncasecmp(s + k, "nd", 2) == 0 ||
                        strncasecmp(s + k, "rd", 2) == 0 || strncasecmp(s + k, "th", 2) == 0) &&
        (k + 2 >= len || !isalpha((unsigned char)s[k + 2])))
        k += 2;
    if (k < len && is_alnum(s[k])) return 0;
    m->month = month;
    m->day = d;
    m->end = k;
    size_t y = k;
    if (y < len && s[y] == ',') y++;
    y = skip_spaces(s, len, y);
    int year = year4(s, len, &y);
    if (year > 0) {
        m->year = year;
        m->end = y;
        trailing_time(s, len, m);
        return 1;
    }
    /* ctime: the clock and a zone stand between the day and the year. */
    size_t t = skip_spaces(s, len, k);
    int h, mi;
    if (clock_time(s, len, &t, &h, &mi)) {
        size_t z = skip_spaces(s, len, t);
        size_t zl = word_len(s, len, z);
        if (zl >= 2 && zl <= 5) z = skip_spaces(s, len, z + zl);
        year = year4(s, len, &z);
        if (year > 0) {
            m->year = year, m->hour = h, m->minute = mi, m->end = z;
            return 1;
        }
    }
    m->year = 0;
    trailing_time(s, len, m);
    return 1;
}

/* Digits first: "2025-08-15", "8/15/2025", "3/09/15", "15 August 2025". */
static int digits_first(const char *s, size_t len, size_t i, tl_date_match *m)
{
    size_t k = i;
    int a = number(s, len, &k, 4);
    if (a < 0) return 0;
    size_t na = k - i;
    if (na == 4 && k < len && (s[k] == '-' || s[k] == '/' || s[k] == '.')) {
        char sep = s[k++];
        int mo = number(s, len, &k, 2);
        if (mo < 0 || k >= len || s[k] != sep) return 0;
        k++;
        int d = number(s, len, &k, 2);
        if (d < 0) return 0;
        m->year = a, m->month = mo, m->day = d, m->end = k;
        if (k + 1 < len && (s[k] == 'T' || s[k] == ' ') && isdigit((unsigned char)s[k + 1])) {
            size_t t = k + 1;
            int h, mi;
            if (clock_time(s, len, &t, &h, &mi)) m->hour = h, m->minute = mi, m->end = t;
        } else {
            trailing_time(s, len, m);
        }
        return 1;
    }
    if (na <= 2 && k < len && s[k] == '/') {
        k++;
        int b = number(s, len, &k, 2);
        if (b < 0 || k >= len || s[k] != '/') return 0;
        k++;
        size_t y0 = k;
        int y = number(s, len, &k, 4);
        if (y < 0 || (k - y0 != 2 && k - y0 != 4)) return 0;
        if (k - y0 == 2) y += y < 70 ? 2000 : 1900;
        /* US order unless the first number cannot be a month. */
        if (a > 12) m->day = a, m->month = b;
        else m->month = a, m->day = b;
        m->year = y, m->end = k;
        trailing_time(s, len, m);
        return 1;
    }
    if (na <= 2) {
        if (k + 1 < len && (strncasecmp(s + k, "st", 2) == 0 || strncasecmp(s + k, "nd", 2) == 0 ||
                            strncasecmp(s + k, "rd", 2) == 0 || strncasecmp(s + k, "th", 2) == 0))
            k += 2;
        size_t w = skip_spaces(s, len, k);
        if (w == k) return 0;
        if (w + 3 < len && strncasecmp(s + w, "of ", 3) == 0) w = skip_spaces(s, len, w + 3);
        size_t wl = word_len(s, len, w);
        int mo = lookup_month(s + w, wl);
        if (!mo) return 0;
        w += wl;
        if (w < len && s[w] == '.') w++;
        if (w < len && s[w] == ',') w++;
        size_t y = skip_spaces(s, len, w);
        int year = year4(s, len, &y);
        if (year < 0) return 0;
        m->year = year, m->month = mo, m->day = a, m->end = y;
        trailing_time(s, len, m);
        return 1;
    }
    return 0;
}

int tl_date_scan(const char *s, size_t len, size_t from, tl_date_match *m)
{
    for (size_t i = from; i < len; i++) {
        if (!is_alnum(s[i]) || (i > 0 && is_alnum(s[i - 1]))) continue;
        tl_date_match c = {0, 0, 0, -1, -1, i, i};
        size_t k = i;
        int ok = 0;
        if (isdigit((unsigned char)s[i])) {
            ok = digits_first(s, len, i, &c);
        } else if (isalpha((unsigned char)s[i])) {
            size_t wl = word_len(s, len, k);
            if (is_weekday(s + k, wl)) {
                /* "Sunday, Feb 1, 2015": the match starts at the weekday. */
                k += wl;
                if (k < len && (s[k] == ',' || s[k] == '.')) k++;
                k = skip_spaces(s, len, k);
                if (k < len && isdigit((unsigned char)s[k])) {
                    ok = digits_first(s, len, k, &c);
                    wl = 0;
                } else {
                    wl = word_len(s, len, k);
                }
            }
            int mo = wl ? lookup_month(s + k, wl) : 0;
            if (mo) ok = month_first(s, len, k + wl, mo, &c);
        }
        if (ok && valid_date(c.year, c.month, c.day)) {
            *m = c;
            return 1;
        }
    }
    return 0;
}

void tl_date_iso(const tl_date_match *m, char iso[32])
{
    if (m->hour >= 0)
        snprintf(iso, 32, "%04d-%02d-%02dT%02d:%02d", m->year % 10000, m->month % 100,
                 m->day % 100, m->hour % 100, m->minute % 100);
    else
        snprintf(iso, 32, "%04d-%02d-%02d", m->year % 10000, m->month % 100, m->day % 100);
}

int tl_iso_prefix(const char *s, char iso[32])
{
    while (*s == ' ' || *s == '\t' || *s == '\n') s++;
    size_t len = strlen(s);
    tl_date_match m;
    if (len < 10 || !tl_date_scan(s, len, 0, &m) || m.start != 0 || m.year == 0) return 0;
    /* Only the ISO shape: "2015-04-16" then 'T' or ' ' and a time. */
    if (!isdigit((unsigned char)s[0]) || s[4] != '-') return 0;
    tl_date_iso(&m, iso);
    return 1;
}

/* ---- the plain-text dateline ------------------------------------------ */

static int is_dateline_word(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof dateline_words / sizeof *dateline_words; i++)
        if (strlen(dateline_words[i]) == n && strncasecmp(w, dateline_words[i], n) == 0) return 1;
    return is_weekday(w, n);
}

/* Lower-case words in s[a, b) that are not dateline words: a line with
 * several of them is a sentence. */
static int sentence_words(const char *s, size_t a, size_t b)
{
    int n = 0;
    for (size_t i = a; i < b;) {
        if (!isalpha((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t k = i;
        while (k < b && (isalpha((unsigned char)s[k]) || s[k] == '.' || s[k] == '\'')) k++;
        size_t n_letters = k - i;
        while (n_letters && s[i + n_letters - 1] == '.') n_letters--;
        if (islower((unsigned char)s[i]) && !is_dateline_word(s + i, n_letters)) n++;
        i = k;
    }
    return n;
}

static int contains_ci(const char *s, size_t n, const char *word)
{
    size_t w = strlen(word);
    for (size_t i = 0; i + w <= n; i++)
        if (strncasecmp(s + i, word, w) == 0) return 1;
    return 0;
}

/* A dash that sets a dateline off from the story: "--", "—", "–", " - ". */
static int dash_at(const char *s, size_t len, size_t i)
{
    i = skip_spaces(s, len, i);
    if (i + 1 < len && s[i] == '-' && s[i + 1] == '-') return 1;
    if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93))
        return 1;
    return i + 1 < len && s[i] == '-' && s[i + 1] == ' ';
}

/* "23.1 C", "72°F", "18 °C": a weather widget's reading. */
static int looks_like_temperature(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+')) i++;
    size_t d0 = i;
    while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '.')) i++;
    if (i == d0) return 0;
    while (i < n && s[i] == ' ') i++;
    if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB0) i += 2;
    while (i < n && s[i] == ' ') i++;
    if (i < n && (s[i] == 'C' || s[i] == 'F')) i++;
    return i == n && n > d0;
}

int tl_date_stamp(const char *line, size_t n, tl_date_match *m)
{
    if (!tl_date_scan(line, n, 0, m)) return 0;
    int opens = m->start <= 40 && dash_at(line, n, m->end);
    int stamp = n <= 120 && sentence_words(line, 0, m->start) + sentence_words(line, m->end, n) <= 1;
    if (!opens && !stamp) return 0;
    if (contains_ci(line, m->start, "updated") || contains_ci(line, m->start, "modified")) return 2;
    if (contains_ci(line, m->start, "published") || contains_ci(line, m->start, "posted")) return 3;
    return opens ? 3 : 1;
}

/* A bare date line at the top followed by a weather reading is a site
 * masthead showing the day the page was fetched (scraped pages start like
 * that: "Wednesday, November 12, 2025" / "23.1 C" / "New Delhi"), not the
 * day the story was published, so it does not count.  Any other bare date
 * line does: a date alone on a line near the top is how most datelines
 * look once the markup is gone. */
static int masthead_date(const char *text, size_t len, size_t next)
{
    for (int k = 0; k < 2 && next < len;) {
        const char *e = memchr(text + next, '\n', len - next);
        size_t a = next, b = e ? (size_t)(e - text) : len;
        next = b + 1;
        while (a < b && (text[a] == ' ' || text[a] == '\t')) a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t')) b--;
        if (a == b) continue;
        k++;
        if (looks_like_temperature(text + a, b - a)) return 1;
    }
    return 0;
}

int tl_dct_from_dateline(const char *text, size_t len, char iso[32])
{
    if (!text) return 0;
    /* Publication ("Published", "Posted", a dateline dash) beats a bare
     * date, which beats an update ("Last Updated: ..."); the first line of
     * the best kind wins. */
    static const int rank[] = {0, 2, 1, 3};
    int best = 0;
    size_t pos = 0;
    for (int line_no = 0; pos < len && pos < DATELINE_WINDOW && line_no < DATELINE_MAX_LINES;) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t a = pos, b = nl ? (size_t)(nl - text) : len;
        pos = b + 1;
        while (a < b && (text[a] == ' ' || text[a] == '\t')) a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t')) b--;
        if (a == b) continue;
        line_no++;
        tl_date_match m;
        int kind = tl_date_stamp(text + a, b - a, &m);
        if (!kind || m.year == 0 || rank[kind] <= best) continue;
        if (kind == 1 && sentence_words(text + a, 0, b - a) == 0 && masthead_date(text, len, pos))
            continue;
        best = rank[kind];
        tl_date_iso(&m, iso);
    }
    return best > 0;
}
