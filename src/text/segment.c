/* segment.c -- split a document's text into tokens and sentences.
 *
 * Hyphens are tokens of their own ("mid" "-" "August", "third" "-"
 * "quarter") so the temporal matcher sees the parts of compounds; a
 * possessive "'s" is its own token ("today" "'s").  Digits followed by
 * letters stay one token ("15th", "1990s", "3pm").  Letters joined by periods
 * stay one token with the final period ("a.m.", "U.S."). */
#include <string.h>

#include "segment.h"
#include "../model/stages.h"

/* Byte length of a UTF-8 punctuation or space code point at s, or 0 when it
 * is a letter-like character.  *space is set for white space. */
static size_t unicode_punct(const unsigned char *s, size_t n, int *space)
{
    *space = 0;
    if (n >= 2 && s[0] == 0xC2) {
        if (s[1] == 0xA0 || s[1] == 0x85) { *space = 1; return 2; }
        if (s[1] == 0xAB || s[1] == 0xBB || s[1] == 0xB7 || s[1] == 0xA9 || s[1] == 0xAE ||
            s[1] == 0xA3 || s[1] == 0xA2 || s[1] == 0xA5 || s[1] == 0xB0 || s[1] == 0xA7)
            return 2;
    }
    if (n >= 3 && s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81)) {
        unsigned cp = 0x2000 + ((unsigned)(s[1] & 0x3F) << 6) + (s[2] & 0x3F);
        if (cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F) *space = 1;
        return 3;
    }
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x82) return 3; /* currency signs */
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) { *space = 1; return 3; }
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) { *space = 1; return 3; }
    return 0;
}

static int is_ascii_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }

/* Is s[i] the start of a letter (ASCII or a non-punctuation multibyte)? */
static int letter_at(const unsigned char *s, size_t i, size_t n)
{
    if (i >= n) return 0;
    if (s[i] < 0x80) return is_ascii_alpha(s[i]);
    int sp;
    return s[i] >= 0xC0 && unicode_punct(s + i, n - i, &sp) == 0;
}

static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static int is_apostrophe(const unsigned char *s, size_t i, size_t n, size_t *len)
{
    if (i < n && s[i] == '\'') { *len = 1; return 1; }
    if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99) { *len = 3; return 1; }
    return 0;
}

static int all_upper(const unsigned char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!(s[k] >= 'A' && s[k] <= 'Z') && !is_digit(s[k])) return 0;
    return 1;
}

/* End of a word starting at i. */
static size_t scan_word(const unsigned char *s, size_t i, size_t n)
{
    size_t start = i;
    /* "a.m.", "U.S.": single letters separated by periods */
    if (i + 3 < n && is_ascii_alpha(s[i]) && s[i + 1] == '.' && is_ascii_alpha(s[i + 2]) && s[i + 3] == '.') {
        while (i + 1 < n && is_ascii_alpha(s[i]) && s[i + 1] == '.') i += 2;
        return i;
    }
    while (i < n) {
        if (letter_at(s, i, n)) { i += utf8_len(s[i]); continue; }
        /* Model names keep their digits ("A380", "G20", "COVID19"), but a
         * word run into a number by a page scrape ("Times2 hours ago") does
         * not: digits join only short or all-capital words. */
        if (is_digit(s[i]) && i > start && (i - start <= 2 || all_upper(s + start, i - start))) {
            while (i < n && is_digit(s[i])) i++;
            continue;
        }
        size_t al;
        /* inner apostrophe ("don't", "O'Brien"), but "'s" splits off */
        if (is_apostrophe(s, i, n, &al) && letter_at(s, i + al, n)) {
            int possessive = (s[i + al] | 32) == 's' && !letter_at(s, i + al + 1, n) && !is_digit(s[i + al + 1]);
            if (possessive) break;
            i += al;
            continue;
        }
        break;
    }
    return i;
}

static size_t scan_number(const unsigned char *s, size_t i, size_t n)
{
    while (i < n) {
        if (is_digit(s[i])) { i++; continue; }
        /* "1,000", "3.5", "11:30" keep inner separators */
        if ((s[i] == ',' || s[i] == '.' || s[i] == ':') && i + 1 < n && is_digit(s[i + 1])) { i++; continue; }
        break;
    }
    while (i < n && is_ascii_alpha(s[i])) i++; /* "15th", "1990s", "3pm" */
    return i;
}

static int is_closer(const char *t, size_t n)
{
    return (n == 1 && (t[0] == '"' || t[0] == '\'' || t[0] == ')' || t[0] == ']')) ||
           (n == 3 && memcmp(t, "\xE2\x80\x9D", 3) == 0) || (n == 3 && memcmp(t, "\xE2\x80\x99", 3) == 0);
}

/* After a dotted abbreviation ("U.S.", "p.m.") a capitalised word is more
 * often a name ("U.S. Navy", "p.m. EDT") than a new sentence; only words
 * that usually open a sentence start one there. */
static int starts_sentence(const tl_doc *d, const tl_token *t)
{
    static const char *const openers[] = {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
        "Those", "There", "But", "And", "In", "On", "At", "By", "For", "If", "When", "After",
        "Before", "As", "His", "Her", "Its", "Their", "Our", "Some", "Many", "Officials", "Police",
    };
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (t->kind != TL_TOK_WORD) return p[0] == '"' || (unsigned char)p[0] >= 0x80;
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (strlen(openers[i]) == n && memcmp(openers[i], p, n) == 0) return 1;
    return 0;
}

/* Does a sentence end after token k (a '.', '!' or '?', perhaps followed by
 * closing quotes)?  Decided by looking at the token before and after. */
static int ends_sentence(const tl_doc *d, size_t k)
{
    const tl_token *t = &d->tokens.items[k];
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    const tl_token *next = k + 1 < d->tokens.len ? &d->tokens.items[k + 1] : NULL;
    int terminal = n == 1 && (p[0] == '.' || p[0] == '!' || p[0] == '?');
    if (n == 3 && memcmp(p, "\xE2\x80\xA6", 3) == 0) terminal = 1; /* ellipsis */
    if (!terminal && t->kind == TL_TOK_WORD && n > 1 && p[n - 1] == '.') terminal = 2; /* "U.S." */
    if (!terminal) return 0;
    if (!next) return 1;
    if (next->flags & TL_TOKF_PARA) return 1;
    if (terminal == 1 && p[0] == '.' && k > 0) {
        const tl_token *prev = &d->tokens.items[k - 1];
        if (prev->kind == TL_TOK_WORD && prev->end == t->start &&
            tl_is_abbreviation(tl_tok_text(d, prev), tl_tok_len(prev)))
            return 0;
    }
    if (!(next->flags & TL_TOKF_SPACE)) return 0; /* "3.5", "e.g.x" */
    if (terminal == 2 && !starts_sentence(d, next)) return 0; /* "2 p.m. EDT", "the U.S. Navy" */
    const unsigned char c = (unsigned char)d->pub.text[next->start];
    return (c >= 'A' && c <= 'Z') || c == '"' || c >= 0x80 || is_digit(c) ||
           c == '(' || c == '[' || c == '\'' || (terminal == 1 && c == '-');
}

static int push_sentence(tl_doc *d, size_t first, size_t last)
{
    tl_sentence s = {d->tokens.items[first].start, d->tokens.items[last].end};
    uint32_t idx = (uint32_t)d->sentences.len;
    for (size_t k = first; k <= last; k++) d->tokens.items[k].sentence = idx;
    d->tokens.items[first].flags |= TL_TOKF_SENT;
    return TL_VEC_PUSH(&d->sentences, s);
}

static int tokenize(tl_doc *d)
{
    const unsigned char *s = (const unsigned char *)d->pub.text;
    size_t n = d->pub.text_len, i = 0;
    unsigned flags = 0;
    int newlines = 0;
    while (i < n) {
        int sp;
        size_t ul;
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\v') {
            if (s[i] == '\n') newlines++;
            flags |= TL_TOKF_SPACE;
            i++;
            continue;
        }
        if (s[i] >= 0x80 && (ul = unicode_punct(s + i, n - i, &sp)) != 0 && sp) {
            flags |= TL_TOKF_SPACE;
            i += ul;
            continue;
        }
        if (newlines) flags |= TL_TOKF_NEWLINE;
        if (newlines > 1) flags |= TL_TOKF_PARA;
        tl_token t = {(uint32_t)i, 0, 0, TL_TOK_PUNCT, (uint8_t)flags};
        size_t al;
        if (is_digit(s[i])) {
            t.kind = TL_TOK_NUM;
            i = scan_number(s, i, n);
        } else if (letter_at(s, i, n)) {
            t.kind = TL_TOK_WORD;
            i = scan_word(s, i, n);
        } else if (is_apostrophe(s, i, n, &al) && i + al < n && (s[i + al] | 32) == 's' &&
                   !letter_at(s, i + al + 1, n) && i > 0 && (letter_at(s, i - 1, n) || is_digit(s[i - 1]))) {
            t.kind = TL_TOK_WORD; /* possessive 's, also of a year: "2013's first quarter" */
            i += al + 1;
        } else if (s[i] >= 0x80) {
            i += utf8_len(s[i]);
            if (i > n) i = n;
        } else {
            i++;
        }
        t.end = (uint32_t)i;
        if (t.kind == TL_TOK_WORD) {
            const unsigned char *w = s + t.start;
            size_t wl = t.end - t.start, upper = 0, lower = 0;
            for (size_t k = 0; k < wl; k++) {
                if (w[k] >= 'A' && w[k] <= 'Z') upper++;
                else if (w[k] >= 'a' && w[k] <= 'z') lower++;
            }
            if (w[0] >= 'A' && w[0] <= 'Z') t.flags |= TL_TOKF_CAP;
            if (upper >= 2 && lower == 0) t.flags |= TL_TOKF_UPPER;
        }
        if (TL_VEC_PUSH(&d->tokens, t) != 0) return -1;
        flags = 0;
        newlines = 0;
    }
    return 0;
}

/* Byte length of the line that ends just before offset pos. */
static size_t previous_line_length(const char *text, size_t pos)
{
    size_t e = pos;
    while (e > 0 && text[e - 1] != '\n') e--; /* e: start of next line */
    if (e == 0) return pos;
    size_t end = e - 1, b = end;
    while (b > 0 && text[b - 1] != '\n') b--;
    return end - b;
}

/* A line that ends in a comma or a function word ("on", "the") goes on
 * in the next line, however short it is. */
static int continues_line(const tl_doc *d, size_t k)
{
    static const char *const glue[] = {"a", "an", "the", "of", "on", "in", "at", "to", "by",
                                       "for", "from", "with", "and", "or", "but", "that"};
    const tl_token *t = &d->tokens.items[k];
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (n == 1 && (p[0] == ',' || p[0] == '-')) return 1;
    for (size_t i = 0; i < sizeof glue / sizeof *glue; i++)
        if (strlen(glue[i]) == n && memcmp(glue[i], p, n) == 0) return 1;
    return 0;
}

int tl_segment(tl_timeline *tl, tl_doc *d)
{
    (void)tl;
    d->tokens.len = d->sentences.len = 0;
    if (tokenize(d) != 0) return -1;
    size_t first = 0;
    for (size_t k = 0; k < d->tokens.len; k++) {
        const tl_token *next = k + 1 < d->tokens.len ? &d->tokens.items[k + 1] : NULL;
        int end = ends_sentence(d, k);
        /* include closing quotes/brackets that follow the terminal mark */
        while (end && next && !(next->flags & TL_TOKF_SPACE) &&
               is_closer(tl_tok_text(d, next), tl_tok_len(next))) {
            k++;
            next = k + 1 < d->tokens.len ? &d->tokens.items[k + 1] : NULL;
        }
        /* Blank lines always end a sentence; a single line break does when the
         * line before is short (a headline, a dateline), not in hard-wrapped
         * prose whose lines run to the wrap width. */
        if (!end && next && (next->flags & TL_TOKF_PARA)) end = 1;
        if (!end && next && (next->flags & TL_TOKF_NEWLINE) &&
            previous_line_length(d->pub.text, next->start) < 48 && !continues_line(d, k))
            end = 1;
        if (end || !next) {
            if (push_sentence(d, first, k) != 0) return -1;
            first = k + 1;
        }
    }
    return 0;
}
