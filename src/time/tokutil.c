/* tokutil.c -- small tests on the tokens around a match: is it a given
 * word or one of a list, a word that could be part of a date, a year, a
 * capitalised name word, an acronym, the end of an amount; whether the
 * noun phrase after an "of" is a time.
 *
 * Why a file of its own: the context checks (context.c) and the modifier
 * rules (compose.c) both ask these questions, and each test is written
 * once, here. */
#include <string.h>
#include <strings.h>

#include "tokutil.h"

/* Words that end an amount ("$3 million", "four times") and that mark a
 * percentage ("15%", "1998 percent"). */
static const char *const PERCENT[] = {"%", "percent", "per", "pct", NULL};
/* Verbs of saying: a weekday after one dates the report ("said Monday"). */
static const char *const REPORTING[] = {"said", "says", "told", "announced", "reported", "added", "stated", NULL};
static const char *const AMOUNT[] = {"million", "billion", "trillion", "thousand", "percent",
                                     "times", "dollars", "cents", "barrels", "tons", "euros", "yen", "yuan",
                                     "pounds", "ringgit", "rupees", "points", NULL};

const tl_token *tl_tok_at(const tl_doc *d, long i)
{
    return i >= 0 && (size_t)i < d->tokens.len ? &d->tokens.items[i] : NULL;
}

int tl_tok_is(const tl_doc *d, const tl_token *t, const char *w)
{
    /* many calls per timex: compare as we go, no strlen */
    if (!t) return 0;
    size_t n = tl_tok_len(t);
    const char *p = tl_tok_text(d, t);
    if ((p[0] | 32) != (w[0] | 32)) return 0; /* most calls end here: a quick test first */
    for (size_t i = 0; i < n; i++) {
        char a = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
        char b = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] + 32) : w[i];
        if (a != b) return 0; /* w's NUL ends it too */
    }
    return w[n] == '\0';
}

int tl_tok_in(const tl_doc *d, const tl_token *t, const char *const *list)
{
    if (!t) return 0;
    /* tl_tok_is's quick test, once here rather than in a call per word:
     * the first letter rejects most of the list */
    char c = (char)(tl_tok_text(d, t)[0] | 32);
    for (; *list; list++)
        if (((*list)[0] | 32) == c && tl_tok_is(d, t, *list)) return 1;
    return 0;
}

/* Could this token be part of a date? (then a capitalised neighbour of a
 * weekday does not make the weekday a name) */
int tl_temporal_word(const tl_doc *d, const tl_token *t)
{
    if (t->kind == TL_TOK_NUM) return 1;
    char b[32];
    if (!tl_tok_lower(d, t, b, sizeof b)) return 0;
    size_t n = tl_tok_len(t);
    const tl_lexeme *x = tl_lexicon_word(b, n);
    for (int k = 0; x && k < x->nsym; k++)
        switch (x->sym[k]) {
        case S_MONTH: case S_WDAY: case S_DEICTIC: case S_UNIT: case S_POD: case S_SEASON:
        case S_HOLIDAY: case S_NOON: case S_REL: case S_POS: case S_IN: case S_THE: case S_AND:
            return 1;
        default: break;
        }
    return 0;
}

/* Can word t be read as symbol sym ("March": S_MONTH, "three": S_CARD)? */
int tl_lex_value(const tl_doc *d, const tl_token *t, int sym, int *val)
{
    char b[32];
    if (!t || t->kind != TL_TOK_WORD || !tl_tok_lower(d, t, b, sizeof b)) return 0;
    const tl_lexeme *x = tl_lexicon_word(b, tl_tok_len(t));
    for (int k = 0; x && k < x->nsym; k++)
        if (x->sym[k] == sym) {
            if (val) *val = x->val[k];
            return 1;
        }
    return 0;
}

int tl_lex_has(const tl_doc *d, const tl_token *t, int sym)
{
    return tl_lex_value(d, t, sym, NULL);
}

/* A four-digit year: one side of a "2009-2010" range. */
int tl_year_token(const tl_doc *d, const tl_token *t)
{
    if (!t || t->kind != TL_TOK_NUM || tl_tok_len(t) != 4) return 0;
    const char *p = tl_tok_text(d, t);
    for (int i = 0; i < 4; i++)
        if (p[i] < '0' || p[i] > '9') return 0;
    return (p[0] == '1' && p[1] >= '5') || (p[0] == '2' && p[1] == '0');
}

/* The value of t when it is a four-digit year, else 0. */
int tl_year_number(const tl_doc *d, const tl_token *t)
{
    if (!t || t->kind != TL_TOK_NUM || tl_tok_len(t) != 4) return 0;
    const char *p = tl_tok_text(d, t);
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (p[i] < '0' || p[i] > '9') return 0;
        y = y * 10 + (p[i] - '0');
    }
    return y >= 1000 && y <= 2199 ? y : 0;
}

/* A capitalised word that does not open its sentence. */
int tl_cap_word(const tl_token *t)
{
    return t && t->kind == TL_TOK_WORD && (t->flags & TL_TOKF_CAP) && !(t->flags & TL_TOKF_SENT);
}

/* An acronym or code of capitals and digits: "G7", "OPEC", "EU". */
int tl_acronym(const tl_doc *d, const tl_token *t)
{
    size_t n = tl_tok_len(t);
    const char *p = tl_tok_text(d, t);
    if (n < 2) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9'))) return 0;
    return 1;
}

/* Is t the last part of a hyphenated word, glued by a dash to a word that
 * is not temporal ("free-fall", "KC-30s"; not "mid-1990s", "late-summer")? */
int tl_compound_tail(const tl_doc *d, const tl_token *dash, const tl_token *t)
{
    if (!tl_tok_is(d, dash, "-") || dash->end != t->start) return 0;
    const tl_token *w = dash > d->tokens.items ? dash - 1 : NULL;
    return w && w->end == dash->start && w->sentence == t->sentence && w->kind == TL_TOK_WORD &&
           !tl_temporal_word(d, w);
}

/* Is a word of list among the k tokens before token i (same sentence)? */
int tl_word_before(const tl_doc *d, size_t i, size_t k, const char *const *list)
{
    uint32_t sent = d->tokens.items[i].sentence;
    for (size_t j = i; j > 0 && i - j < k;) {
        const tl_token *t = &d->tokens.items[--j];
        if (t->sentence != sent) break;
        if (tl_tok_in(d, t, list)) return 1;
    }
    return 0;
}

/* Is a word of list in the sentence of token i (at most 40 tokens away)? */
int tl_word_in_sentence(const tl_doc *d, size_t i, const char *const *list)
{
    if (tl_word_before(d, i, 40, list)) return 1;
    uint32_t sent = d->tokens.items[i].sentence;
    for (size_t j = i + 1; j < d->tokens.len && j <= i + 40 && d->tokens.items[j].sentence == sent; j++)
        if (tl_tok_in(d, &d->tokens.items[j], list)) return 1;
    return 0;
}

int tl_doc_about(const tl_doc *d, const char *const *list, int n)
{
    /* Every word of the document is tested: most fail on their length
     * with their first or last byte, whose pairs are masked here (a bit
     * per byte & 31, one for both cases of a letter), before tl_tok_in.
     * Longer words go to tl_tok_in unfiltered (tokens are never empty). */
    enum { LONG = 32 };
    uint32_t first[LONG] = {0}, last[LONG] = {0};
    for (const char *const *w = list; *w; w++) {
        size_t len = strlen(*w);
        if (len == 0 || len >= LONG) continue;
        first[len] |= 1u << ((unsigned char)(*w)[0] & 31);
        last[len] |= 1u << ((unsigned char)(*w)[len - 1] & 31);
    }
    int hits = 0;
    for (size_t j = 0; j < d->tokens.len && hits < n; j++) {
        const tl_token *t = &d->tokens.items[j];
        size_t len = tl_tok_len(t);
        const unsigned char *p = (const unsigned char *)tl_tok_text(d, t);
        if (t->kind != TL_TOK_WORD || len == 0 ||
            (len < LONG && (!(first[len] >> (p[0] & 31) & 1) || !(last[len] >> (p[len - 1] & 31) & 1))))
            continue;
        hits += tl_tok_in(d, t, list);
    }
    return hits >= n;
}

/* Is the noun phrase from token i (after an "of") a time ("the year",
 * "fiscal 1998", "the new year") or no noun at all ("the third quarter of
 * $226 million": the quarter's figure)?  Determiners are skipped. */
int tl_of_time(const tl_doc *d, size_t i, uint32_t sent)
{
    static const char *const DET[] = {"the", "this", "that", "last", "next", "its", "their", "fiscal",
                                      "new", "coming", "current", "same", "following", NULL};
    const tl_token *t = tl_tok_at(d, (long)i);
    while (t && t->sentence == sent && tl_tok_in(d, t, DET)) t = tl_tok_at(d, (long)++i);
    return !t || t->sentence != sent || t->kind != TL_TOK_WORD || tl_temporal_word(d, t);
}

/* Is the noun phrase from token i (after an "of") a unit shorter than a
 * year, which has no quarters or halves ("the first half of the month")? */
int tl_of_short(const tl_doc *d, size_t i, uint32_t sent)
{
    static const char *const SHORT[] = {"month", "week", "day", "night", "hour", "season", NULL};
    static const char *const DET[] = {"the", "this", "that", "last", "next", "its", "their", "same", NULL};
    const tl_token *t = tl_tok_at(d, (long)i);
    while (t && t->sentence == sent && tl_tok_in(d, t, DET)) t = tl_tok_at(d, (long)++i);
    return t && t->sentence == sent && tl_tok_in(d, t, SHORT);
}

/* Does token t end an amount that a following "a year" / "per second" makes
 * a rate? (a number, "million", or a plural noun: "four flights", "cubic feet") */
int tl_rate_before(const tl_doc *d, const tl_token *t)
{
    static const char *const IRREGULAR_PLURAL[] = {"feet", "people", "men", "women", "children", "mice", NULL};
    return t->kind == TL_TOK_NUM || tl_amount_word(d, t) || tl_tok_in(d, t, IRREGULAR_PLURAL) ||
           (t->kind == TL_TOK_WORD && tl_tok_len(t) > 3 && tl_tok_text(d, t)[tl_tok_len(t) - 1] == 's');
}

int tl_amount_word(const tl_doc *d, const tl_token *t) { return tl_tok_in(d, t, AMOUNT); }

int tl_percent_word(const tl_doc *d, const tl_token *t) { return tl_tok_in(d, t, PERCENT); }

int tl_reporting_word(const tl_doc *d, const tl_token *t) { return tl_tok_in(d, t, REPORTING); }

/* A lower-case "-ing" or "-ed" word with its object or agent: a
 * participle that follows a noun ("a daily representing the union", "a
 * daily owned by the state"; not "a weekly briefing."). */
int tl_participle_with_object(const tl_doc *d, const tl_token *t)
{
    static const char *const OBJECT[] = {"the", "a", "an", "its", "their", "by", NULL};
    size_t n = tl_tok_len(t);
    const char *p = tl_tok_text(d, t);
    if (t->kind != TL_TOK_WORD || (t->flags & TL_TOKF_CAP) || n < 5) return 0;
    return (!memcmp(p + n - 3, "ing", 3) || !memcmp(p + n - 2, "ed", 2)) &&
           tl_tok_in(d, tl_tok_at(d, (long)(t - d->tokens.items) + 1), OBJECT);
}

/* Does "a year" after token t make a rate of an amount: "$3 million a
 * year", "six a day", "150 billion (dollars) a year", "16 billion doses of
 * vaccine a year" (the amount heads a noun phrase with "of")? */
int tl_rate_after(const tl_doc *d, const tl_token *t)
{
    /* prepositions end the noun phrase: "rose 18.2 percent from a year
     * before" compares with a time */
    static const char *const NOT_IN_RATE[] = {"from", "to", "in", "on", "at", "for", "by", "with", "than", "over",
                                              "after", "before", "during", "since", "within", "about", NULL};
    long i = (long)(t - d->tokens.items);
    if (tl_tok_is(d, t, ")")) /* an aside between: "150 billion (dollars) a year" */
        while (--i > 0 && d->tokens.items[i].sentence == t->sentence && !tl_tok_is(d, &d->tokens.items[i], "("))
            ;
    if (i != (long)(t - d->tokens.items)) t = tl_tok_at(d, i - 1);
    if (!t) return 0;
    if (tl_rate_before(d, t) || tl_lex_has(d, t, S_CARD)) return 1;
    /* back over a counted noun ("four crayfish a day") or the complement
     * of "of" to its head */
    for (long j = (long)(t - d->tokens.items), k = 0; j > 0 && k < 5; j--, k++) {
        const tl_token *w = &d->tokens.items[j];
        if (w->sentence != t->sentence) return 0;
        if (k > 0 && k < 3 && (w->kind == TL_TOK_NUM || tl_lex_has(d, w, S_CARD))) return 1;
        if (w->kind != TL_TOK_WORD || tl_tok_in(d, w, NOT_IN_RATE)) return 0;
        if (tl_tok_is(d, w, "of")) return tl_rate_before(d, tl_tok_at(d, j - 1));
    }
    return 0;
}
