/* chrome.c -- page chrome in plain text copied or scraped from a web page.
 *
 * The HTML reader drops navigation, teasers and comment boxes with their
 * markup.  A text file keeps them as lines: "Related Articles" and the list
 * of other stories after it, "Also Read: ..." links, summaries ending in "Read More".
 * A teaser that names a date would become an event of another story, so
 * such lines are blanked -- overwritten with spaces, which keeps every
 * offset into the text -- before the tagger sees them.
 *
 * The tables below are the knowledge; the functions after them only match
 * lines against them.  Matching is on whole lines, case-insensitive, after
 * trimming spaces and a trailing colon or ellipsis. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "read.h"

/* A line that is one of these starts the page's tail: everything from it
 * to the end is chrome, once the article itself has begun. */
static const char *const TAIL_HEADERS[] = {
    "related", "related articles", "related stories", "related news", "related content",
    "related posts", "related coverage", "related topics", "more stories", "more news",
    "more on this story", "read next", "up next", "what to read next", "hot this week",
    "trending", "trending now", "trending stories", "most read", "most popular", "most viewed",
    "popular stories", "recommended", "recommended for you", "recommended stories",
    "you may also like", "you might also like", "you may be interested in", "don't miss",
    "latest news", "top stories", "topics", "tags", "hashtags", "about the author",
    "about the authors", "comments", "view comments", "show comments", "leave a comment",
    "leave a reply", "join the conversation", "share this article", "share this story",
    "follow us", "subscribe to our newsletter", "sign up for our newsletter",
};

/* Lines that begin with one of these are links to other pages. */
static const char *const LINK_PREFIXES[] = {
    "also read:", "read also:", "read more:", "related:", "see also:", "must read:",
    "recommended:",
};

/* Lines that end with one of these after a sentence's end are teasers: a
 * summary and its link ("... in January. Read More"). */
static const char *const TEASER_SUFFIXES[] = {
    "read more", "read more \xC2\xBB", "read more >>", "go to source", "continue reading",
};

/* Lines that are only one of these are controls of the page. */
static const char *const CONTROLS[] = {
    "advertisement", "read more", "go to source", "continue reading", "skip advertisement",
    "story continues below advertisement", "share", "print", "updated on",
};

#define N(a) (sizeof(a) / sizeof *(a))

typedef struct {
    const char *s;
    size_t n;
} span;

/* The line without surrounding spaces and a trailing ':' or '...'. */
static span trim(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) s++, n--;
    for (;;) {
        while (n && isspace((unsigned char)s[n - 1])) n--;
        if (n && s[n - 1] == ':') n--;
        else if (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0) n -= 3;
        else if (n >= 3 && memcmp(s + n - 3, "...", 3) == 0) n -= 3;
        else break;
    }
    return (span){s, n};
}

static int equals_any(span l, const char *const *table, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(table[i]) == l.n && strncasecmp(l.s, table[i], l.n) == 0) return 1;
    return 0;
}

static int starts_any(span l, const char *const *table, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        size_t k = strlen(table[i]);
        if (l.n > k && strncasecmp(l.s, table[i], k) == 0) return 1;
    }
    return 0;
}

static int ends_any(span l, const char *const *table, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        size_t k = strlen(table[i]);
        if (l.n <= k || strncasecmp(l.s + l.n - k, table[i], k) != 0) continue;
        size_t j = l.n - k;
        while (j && l.s[j - 1] == ' ') j--;
        if (j && strchr(".!?\"')", l.s[j - 1])) return 1;
        if (j >= 3 && (memcmp(l.s + j - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(l.s + j - 3, "\xE2\x80\x99", 3) == 0))
            return 1;
    }
    return 0;
}

/* A line of running text: long enough, with a sentence's end in it. */
static int is_prose(span l)
{
    return l.n >= 80 && (memchr(l.s, '.', l.n) || memchr(l.s, '?', l.n) || memchr(l.s, '!', l.n));
}

static int is_chrome_line(span l)
{
    return equals_any(l, CONTROLS, N(CONTROLS)) || starts_any(l, LINK_PREFIXES, N(LINK_PREFIXES)) ||
           ends_any(l, TEASER_SUFFIXES, N(TEASER_SUFFIXES));
}

/* Whether the article goes on after a header: at least two of the next
 * three lines with text are running text and not teasers.  An empty
 * "Recommended Stories" box inside an article is only a label. */
static int prose_follows(const char *s, size_t n)
{
    int seen = 0, prose = 0;
    for (size_t i = 0; i < n && seen < 3;) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t k = nl ? (size_t)(nl - (s + i)) : n - i;
        span l = trim(s + i, k);
        if (l.n) {
            seen++;
            prose += is_prose(l) && !is_chrome_line(l);
        }
        i += k + 1;
    }
    return prose >= 2;
}

static void blank(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != '\n') s[i] = ' ';
}

size_t tl_blank_chrome(char *text, size_t len)
{
    size_t blanked = 0;
    int prose = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
        span l = trim(text + i, n);
        int header = equals_any(l, TAIL_HEADERS, N(TAIL_HEADERS));
        if (header && prose >= 2 && !prose_follows(text + i + n, len - i - n)) {
            blank(text + i, len - i);
            return blanked + (len - i);
        }
        if (l.n && (header || is_chrome_line(l))) {
            blank(text + i, n);
            blanked += n;
        } else if (is_prose(l)) {
            prose++;
        }
        i += n + 1;
    }
    return blanked;
}
