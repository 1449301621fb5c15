/* spans.c -- a document's tokens read through the lexicon: each token, or
 * fixed phrase of tokens, becomes one span with its symbol readings.
 *
 * Beyond table lookups this is where the shape of numbers is read ("1998" a
 * year, "15th" an ordinal, "1990s" a decade, "11:30" a clock time) and where
 * the tokenizer's pieces are put back together for the matcher: "Aug" "."
 * is one month, "twenty" "-" "five" one number, "'" "98" one year. */
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "matcher.h"
#include "tokutil.h"

/* "FY2024" or "FY25" (a year of this century) as the year, else 0. */
static int fiscal_year_word(const char *p, size_t len)
{
    if ((len != 4 && len != 6) || p[0] != 'F' || p[1] != 'Y') return 0;
    int y = 0;
    for (size_t i = 2; i < len; i++) {
        if (p[i] < '0' || p[i] > '9') return 0;
        y = y * 10 + (p[i] - '0');
    }
    return len == 4 ? 2000 + y : y >= 1900 && y <= 2199 ? y : 0;
}

static void add(tl_span *s, int sym, int32_t val)
{
    if (s->nsym == TL_LEX_MAXSYM || tl_span_has(s, sym)) return;
    s->sym[s->nsym] = (uint8_t)sym;
    s->val[s->nsym++] = val;
    s->mask |= 1ull << sym;
}

static void drop(tl_span *s, int sym)
{
    int k = 0;
    for (int i = 0; i < s->nsym; i++)
        if (s->sym[i] != sym) {
            s->sym[k] = s->sym[i];
            s->val[k++] = s->val[i];
        }
    s->nsym = (uint8_t)k;
    s->mask &= ~(1ull << sym);
}

/* The lexicon's readings of token t, or NULL.  The lexicon takes the text
 * in any case: no lower-case copy per token. */
static const tl_lexeme *lexeme(const tl_doc *d, const tl_token *t)
{
    return tl_lexicon_word(tl_tok_text(d, t), tl_tok_len(t));
}

static int is_dot(const tl_doc *d, const tl_token *t)
{
    return tl_tok_len(t) == 1 && tl_tok_text(d, t)[0] == '.';
}

static int is_apostrophe(const tl_doc *d, const tl_token *t)
{
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    return (n == 1 && p[0] == '\'') || (n == 3 && memcmp(p, "\xE2\x80\x99", 3) == 0);
}

/* Is token i followed by a date: a capitalised month name or a day number
 * ("Fri August 15", "Sat 16 Aug")?  Then a three-letter weekday before it
 * is one, as in bylines, though "Sun" or "Wed" alone are other words. */
static int dated_after(const tl_doc *d, size_t i)
{
    const tl_token *t = i + 1 < d->tokens.len ? &d->tokens.items[i + 1] : NULL;
    if (!t || t->sentence != d->tokens.items[i].sentence) return 0;
    if (t->kind == TL_TOK_NUM) return tl_tok_len(t) <= 2;
    if (!(t->flags & TL_TOKF_CAP)) return 0;
    const tl_lexeme *x = lexeme(d, t);
    for (int k = 0; x && k < x->nsym; k++)
        if (x->sym[k] == S_MONTH) return 1;
    return 0;
}

/* Is token i followed by "a.m.", "pm" or another AMPM word? */
static int ampm_after(const tl_doc *d, size_t i)
{
    const tl_token *t = i + 1 < d->tokens.len ? &d->tokens.items[i + 1] : NULL;
    if (!t || t->kind != TL_TOK_WORD) return 0;
    const tl_lexeme *x = lexeme(d, t);
    for (int k = 0; x && k < x->nsym; k++)
        if (x->sym[k] == S_AMPM && x->val[k] >= 0) return 1;
    return 0;
}

/* "15.08.2025", "5.8.2025" (day first, as everywhere dots are written)
 * and "2025.08.15": one token, since the tokenizer keeps inner dots of
 * numbers.  Only a real date with a four-digit year from 1900 to 2099:
 * versions ("3.10.2") and addresses have no such year. */
static int dotted_date(const char *p, size_t n, tl_span *s)
{
    int part[3] = {0, 0, 0}, len[3] = {0, 0, 0}, k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '.') {
            if (++k > 2) return 0;
        } else if (p[i] >= '0' && p[i] <= '9' && len[k] < 4) {
            part[k] = part[k] * 10 + (p[i] - '0');
            len[k]++;
        } else {
            return 0;
        }
    }
    int y, m, d;
    if (k != 2) return 0;
    if (len[2] == 4 && len[0] <= 2 && len[1] <= 2) y = part[2], m = part[1], d = part[0];
    else if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) y = part[0], m = part[1], d = part[2];
    else return 0;
    if (y < 1900 || y > 2099 || !tl_valid_date(y, m, d)) return 0;
    add(s, S_DOTDATE, y * 10000 + m * 100 + d);
    return 1;
}

/* Readings of a number token from its shape.  ampm_next: an "a.m." or
 * "p.m." follows, which makes "10.30" a clock time. */
static void read_number(const char *p, size_t n, int after_apostrophe, int ampm_next, tl_span *s)
{
    size_t i = 0, digits = 0;
    long v = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        if (v < 100000000) v = v * 10 + (p[i] - '0');
        i++;
        digits++;
    }
    const char *rest = p + i;
    size_t rn = n - i;
    if (rn == 0) {
        if (after_apostrophe && digits == 2) {
            add(s, S_YEAR, (int32_t)(v < 30 ? 2000 + v : 1900 + v));
            return;
        }
        add(s, S_CARD, (int32_t)v);
        if (digits == 4 && v >= 1000 && v <= 2199) add(s, S_YEAR, (int32_t)v);
        if (digits <= 2 && v >= 1 && v <= 31) add(s, S_DAY, (int32_t)v);
        return;
    }
    /* 11:30, 11:30pm; with a dot, as British papers write it, only on a
     * 12-hour clock ("10.30am", "6.30 p.m."): "10.30" alone is a decimal */
    int dotted = rest[0] == '.' && rn >= 3 && v >= 1 && v <= 12 && (rn == 5 || (rn == 3 && ampm_next));
    if ((rest[0] == ':' || dotted) && rn >= 3 && v <= 24) {
        int mm = (rest[1] - '0') * 10 + (rest[2] - '0');
        if (rest[1] < '0' || rest[1] > '5' || rest[2] < '0' || rest[2] > '9') return;
        const char *suf = rest + 3;
        size_t sn = rn - 3;
        if (sn == 0) add(s, S_CLOCK, (int32_t)(v * 100 + mm));
        else if (sn == 2 && (suf[1] | 32) == 'm' && ((suf[0] | 32) == 'a' || (suf[0] | 32) == 'p'))
            add(s, S_CLOCK, (int32_t)(((v % 12) + ((suf[0] | 32) == 'p' ? 12 : 0)) * 100 + mm));
        return;
    }
    if (rn == 2 && rest[0] == '.' && rest[1] == '5' && v < 1000) { /* "1.5 years": one and a half */
        add(s, S_CARDH, (int32_t)v);
        return;
    }
    if (rest[0] == ',') { /* 1,000: a count only */
        long w = 0;
        for (size_t k = 0; k < n; k++)
            if (p[k] >= '0' && p[k] <= '9') w = w < 100000000 ? w * 10 + (p[k] - '0') : w;
            else if (p[k] != ',') return;
        add(s, S_CARD, (int32_t)w);
        return;
    }
    if (rest[0] == '.' && dotted_date(p, n, s)) return;
    /* "776BC", "79AD": a year and its era in one word, in capitals */
    if (v >= 1 && v <= 9999 && ((rn == 2 && !memcmp(rest, "BC", 2)) || (rn == 3 && !memcmp(rest, "BCE", 3)) ||
                                (rn == 2 && !memcmp(rest, "AD", 2)))) {
        add(s, S_ERAYEAR, (int32_t)(rest[0] == 'B' ? -v : v));
        return;
    }
    char suf[4] = {0};
    if (rn > 3) return;
    for (size_t k = 0; k < rn; k++) suf[k] = (char)(rest[k] | 32);
    if (!strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") || !strcmp(suf, "th")) {
        add(s, S_ORD, (int32_t)v);
    } else if (!strcmp(suf, "s") && v % 10 == 0) {
        if (digits == 4 && v >= 1000) add(s, S_DECADE, (int32_t)(v / 10));
        else if (digits == 2) add(s, S_DECADE, (int32_t)((v < 30 ? 200 : 190) + v / 10));
    } else if ((!strcmp(suf, "am") || !strcmp(suf, "pm")) && v >= 1 && v <= 12) {
        add(s, S_CLOCK, (int32_t)(((v % 12) + (suf[0] == 'p' ? 12 : 0)) * 100));
    }
}

/* "the 1980's", "in the late 1990's": a round year glued to "'s" after
 * "the" or early/mid/late is the decade written with an apostrophe (not
 * "1990's budget", a possessive, which has neither before it).  The span
 * takes the "'s" and reads as the decade only. */
static int apostrophe_decade(const tl_doc *d, size_t i, tl_span *s)
{
    const tl_token *tk = d->tokens.items, *t = &tk[i];
    if (!tl_span_has(s, S_YEAR) || tl_tok_len(t) != 4 || tl_tok_text(d, t)[3] != '0' || i == 0 ||
        i + 1 >= d->tokens.len || tk[i + 1].start != t->end)
        return 0;
    static const char *const POSSESSIVE[] = {"'s", "\xE2\x80\x99s", NULL};
    static const char *const BEFORE[] = {"the", "early", "mid", "late", "-", NULL};
    if (!tl_tok_in(d, &tk[i + 1], POSSESSIVE) || !tl_tok_in(d, &tk[i - 1], BEFORE)) return 0;
    size_t k = tl_span_val(s, S_YEAR) / 10;
    s->nsym = 0;
    s->mask = 0;
    add(s, S_DECADE, (int32_t)k);
    s->tok1 = (uint32_t)(i + 1);
    return 1;
}

/* Value of a number word token (CARD reading), or -1. */
static int32_t word_number(const tl_doc *d, const tl_token *t, int sym)
{
    if (t->kind != TL_TOK_WORD) return -1;
    const tl_lexeme *x = lexeme(d, t);
    for (int k = 0; x && k < x->nsym; k++)
        if (x->sym[k] == sym) return x->val[k];
    return -1;
}

/* Tens and ones from token i: "ninety", "ninety - six", "twenty four";
 * *last gets the last token used.  -1 when token i is no such number. */
static int32_t tens_ones(const tl_doc *d, size_t i, size_t *last, int *ord)
{
    const tl_token *tk = d->tokens.items;
    size_t n = d->tokens.len;
    *ord = 0;
    int32_t v = word_number(d, &tk[i], S_CARD);
    *last = i;
    if (v < 20 || v > 90 || v % 10) return v;
    size_t j = i + 1;
    if (j + 1 < n && tl_tok_len(&tk[j]) == 1 && tl_tok_text(d, &tk[j])[0] == '-') j++;
    int32_t o = j < n ? word_number(d, &tk[j], S_CARD) : -1;
    if (o < 1 || o > 9) {
        o = j < n ? word_number(d, &tk[j], S_ORD) : -1;
        if (o < 1 || o > 9) return v;
        *ord = 1;
    }
    *last = j;
    return v + o;
}

/* Join number words into one span: "twenty - five", "two hundred", and
 * spoken years, "nineteen ninety - six" (s->tok1: the last token used). */
static void join_number_words(const tl_doc *d, size_t i, tl_span *s)
{
    const tl_token *tk = d->tokens.items;
    size_t n = d->tokens.len, last;
    int ord;
    int32_t v = tens_ones(d, i, &last, &ord);
    if (v < 0) return;
    if (!ord && v >= 10 && v <= 20 && last + 1 < n) {
        size_t end;
        int ord2;
        int32_t y = tens_ones(d, last + 1, &end, &ord2);
        if (y >= 10 && y <= 99 && !ord2 && v * 100 + y >= 1100) {
            s->nsym = 0;
            s->mask = 0;
            add(s, S_YEAR, v * 100 + y);
            s->tok1 = (uint32_t)end;
            return;
        }
    }
    int hundred = 0;
    if (!ord && v < 100 && last + 1 < n &&
        ((hundred = tl_tok_is(d, &tk[last + 1], "hundred")) || tl_tok_is(d, &tk[last + 1], "thousand"))) {
        v *= hundred ? 100 : 1000;
        last++;
    }
    s->nsym = 0;
    s->mask = 0;
    add(s, ord ? S_ORD : S_CARD, v);
    s->tok1 = (uint32_t)last;
}

/* "the latter half of 2003" is its second half: "latter", the second of
 * two, reads as the ordinal 2 before "half" only, as elsewhere it is the
 * pronoun ("the latter") or an adjective of no time ("his latter years"). */
static int latter_half(const tl_doc *d, size_t i)
{
    const tl_token *tk = d->tokens.items;
    return i + 1 < d->tokens.len && tk[i + 1].sentence == tk[i].sentence && tl_tok_is(d, &tk[i], "latter") &&
           tl_tok_is(d, &tk[i + 1], "half");
}

/* Codes of capitals and digits: "W33" of "2025-W33", "Q3" and "H1" (a
 * quarter, a half year), "FY" of "FY 2024", and "FY2024" or "FY25".  1
 * when p is one, its reading added to s. */
static int code_word(const char *p, size_t len, tl_span *s)
{
    if (len < 2 || p[0] < 'F' || p[0] > 'W') return 0; /* most words: no F, H, Q or W */
    if (len == 3 && p[0] == 'W' && p[1] >= '0' && p[1] <= '5' && p[2] >= '0' && p[2] <= '9') {
        add(s, S_WEEKNUM, (p[1] - '0') * 10 + (p[2] - '0'));
    } else if (len == 2 && ((p[0] == 'Q' && p[1] >= '1' && p[1] <= '4') || (p[0] == 'H' && (p[1] == '1' || p[1] == '2')))) {
        add(s, S_QNUM, (p[0] == 'Q' ? U_QUARTER : U_HALFYEAR) * 10 + (p[1] - '0'));
    } else if (len == 2 && p[0] == 'F' && p[1] == 'Y') {
        add(s, S_FISCAL, 0);
    } else {
        int y = fiscal_year_word(p, len);
        if (y <= 0) return 0;
        add(s, S_FYEAR, y);
    }
    return 1;
}

/* The readings of word token i, or of the phrase it starts, into s. */
static void read_word(const tl_doc *d, size_t i, tl_span *s)
{
    static const char *const WORD_DAYS[] = {"wed", "sat", "sun", NULL};
    static const char *const FULL_MONTHS[] = {"may", "june", "july", NULL}; /* no abbreviations */
    const tl_token *tk = d->tokens.items, *t = &tk[i];
    const char *p = tl_tok_text(d, t);
    size_t n = d->tokens.len, len = tl_tok_len(t);
    if (len == 6 && latter_half(d, i)) {
        add(s, S_ORD, 2);
        return;
    }
    const tl_lexeme *x = tl_lexicon_word(p, len);
    if (!x) return;
    if (x->phrase_start) {
        const char *ws[TL_LEX_MAXWORDS];
        size_t ls[TL_LEX_MAXWORDS], k = 0;
        /* only as many words as its longest phrase: "may" starts
         * just "may day", and is a frequent word */
        size_t most = x->phrase_start < TL_LEX_MAXWORDS ? x->phrase_start : TL_LEX_MAXWORDS;
        for (; k < most && i + k < n && tk[i + k].sentence == t->sentence; k++) {
            ws[k] = tl_tok_text(d, &tk[i + k]);
            ls[k] = tl_tok_len(&tk[i + k]);
        }
        const tl_lexeme *ph = tl_lexicon_phrase(ws, ls, k);
        if (ph) {
            x = ph;
            s->tok1 = (uint32_t)(i + ph->words - 1);
        }
    }
    for (int k = 0; k < x->nsym; k++) add(s, x->sym[k], x->val[k]);
    /* names of months and days are capitalised; "may", "august" are other words */
    if (!(t->flags & TL_TOKF_CAP) && (s->mask & (1ull << S_MONTH | 1ull << S_WDAY | 1ull << S_WDAYS | 1ull << S_HOLIDAY))) {
        drop(s, S_MONTH);
        drop(s, S_WDAY);
        drop(s, S_WDAYS);
        drop(s, S_HOLIDAY);
    }
    /* "ET", "PT": zones only in capitals ("et al." is Latin) */
    if (len == 2 && tl_span_has(s, S_TZ) && !(p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'A' && p[1] <= 'Z'))
        drop(s, S_TZ);
    if ((s->mask & (1ull << S_MONTH | 1ull << S_WDAY)) && s->tok1 == i && len <= 4) {
        /* an abbreviation ("Aug", "Tues") takes its period; weekday
         * abbreviations count only with it or before a date ("Fri
         * August 15" in a byline) */
        int dot = i + 1 < n && is_dot(d, &tk[i + 1]) && tk[i + 1].start == t->end;
        int dated = len == 3 && dated_after(d, dot ? i + 1 : i);
        /* "Wed", "Sat", "Sun" are words of their own ("The Sun."),
         * weekdays only before a date */
        if (!dated && tl_tok_in(d, t, WORD_DAYS)) drop(s, S_WDAY);
        if (dot && s->nsym && !tl_tok_in(d, t, FULL_MONTHS)) s->tok1 = (uint32_t)(i + 1);
        else if (!dot && !dated && tl_span_has(s, S_WDAY)) drop(s, S_WDAY);
    }
    if (s->nsym && s->sym[0] == S_CARD && s->tok1 == i) join_number_words(d, i, s);
}

int tl_spans_build(const tl_doc *d, tl_spans *out)
{
    out->len = 0;
    const tl_token *tk = d->tokens.items;
    size_t n = d->tokens.len;
    if (out->cap < n) { /* at most one span per token: grow once */
        tl_span *p = realloc(out->items, n * sizeof *p);
        if (!p) return -1;
        out->items = p;
        out->cap = n;
    }
    for (size_t i = 0; i < n; i++) {
        const tl_token *t = &tk[i];
        tl_span *s = &out->items[out->len]; /* in place: a copy was a seventh of the time here */
        *s = (tl_span){(uint32_t)i, (uint32_t)i, t->sentence, 0, 0, {0}, {0}};
        const char *p = tl_tok_text(d, t);
        size_t len = tl_tok_len(t);
        if (t->kind == TL_TOK_NUM) {
            int apos = i > 0 && t->start == tk[i - 1].end && is_apostrophe(d, &tk[i - 1]) &&
                       (i < 2 || tk[i - 1].start > tk[i - 2].end);
            read_number(p, len, apos, memchr(p, '.', len) && ampm_after(d, i), s);
            if (apos && (s->mask & (1ull << S_YEAR | 1ull << S_DECADE)) && out->len &&
                out->items[out->len - 1].tok0 == i - 1) {
                s->tok0 = (uint32_t)(i - 1); /* the span replaces the apostrophe's */
                out->items[--out->len] = *s;
                s = &out->items[out->len];
            }
            if (apostrophe_decade(d, i, s)) i = s->tok1;
            if (tl_span_has(s, S_CARD) && i + 1 < n && tk[i + 1].sentence == t->sentence &&
                tl_tok_len(&tk[i + 1]) == 2 && !memcmp(tl_tok_text(d, &tk[i + 1]), "\xC2\xBD", 2)) {
                int32_t v = tl_span_val(s, S_CARD); /* "3\xC2\xBD years", "6 \xC2\xBD minutes": and a half */
                s->mask = 0;
                add(s, S_CARDH, v);
                s->tok1 = (uint32_t)++i;
            }
        } else if (t->kind == TL_TOK_PUNCT) {
            if (len == 1 && p[0] == '-') add(s, S_DASH, 0);
            else if (len == 1 && p[0] == ',') add(s, S_COMMA, 0);
            else if (len == 1 && p[0] == '/') add(s, S_SLASH, 0);
            else if (len == 3 && !memcmp(p, "\xE2\x80\x93", 3)) add(s, S_TO, 0); /* en dash */
        } else if (!code_word(p, len, s)) {
            read_word(d, i, s);
        }
        i = s->tok1;
        out->len++;
    }
    return 0;
}
