/* tense_clause.c -- the shapes of a clause that the tense scanner
 * (tense.c) asks about: where a clause ends, dates joined by "and", the
 * future of a past moment ("said they would leave when the market opened"),
 * the goal of a rescheduling, a purpose infinitive, a list after a colon,
 * a participle clause. */
#include <stdint.h>
#include <string.h>

#include "tense_int.h"

/* Does token t end a clause: a semicolon, a colon, a quotation mark? */
int tl_tense_boundary(const tl_doc *d, const tl_token *t)
{
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (n == 1 && (p[0] == ';' || p[0] == '"' || p[0] == ':')) return 1;
    return n == 3 && (!memcmp(p, "\xE2\x80\x9C", 3) || !memcmp(p, "\xE2\x80\x9D", 3));
}

/* Does the coordinator at token k join two dates ("on Monday and Tuesday
 * nights", "in March or April", "June 2 and 3")?  That is no boundary of a
 * clause. */
int tl_tense_date_coordination(const tl_doc *d, size_t k)
{
    static const char *const DATE_WORDS[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        NULL};
    if (k == 0 || k + 1 >= d->tokens.len) return 0;
    int sides = 0;
    for (size_t j = k - 1; j <= k + 1; j += 2) {
        const tl_token *t = &d->tokens.items[j];
        char b[16];
        if (t->kind == TL_TOK_NUM || (t->kind == TL_TOK_WORD && (t->flags & TL_TOKF_CAP) &&
                                      tl_tok_lower(d, t, b, sizeof b) && in_list(DATE_WORDS, b, strlen(b))))
            sides++;
    }
    return sides == 2;
}

/* Is the word before token k a verb in the simple past?  Then a "through"
 * or "by" at k ends a span of the past ("continued through the weekend",
 * "finished by noon"), no deadline ahead. */
int tl_tense_past_verb_before(const tl_doc *d, size_t k, uint32_t sent)
{
    if (k == 0) return 0;
    const tl_token *tk = d->tokens.items, *v = &tk[k - 1];
    if (v->sentence != sent || v->kind != TL_TOK_WORD) return 0;
    const tl_token *prev = k >= 2 && tk[k - 2].sentence == sent ? &tk[k - 2] : NULL;
    return tl_tense_token_cue(d, k - 1, prev, &tk[k], 0, 0) == PAST;
}

/* Is the simple past at token k a future seen from the past: the verb of
 * a clause of time (when, after, before, until, once) under "would"?  "He
 * said they would leave when the market opened on Friday": the opening is
 * after the saying, the sequence of tenses put it in the past form.  The
 * subordinator must open the verb's clause, "would" the clause before it
 * (no comma, no other past between). */
int tl_tense_future_in_past(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const SUB[] = {"when", "after", "before", "until", "till", "once", NULL};
    const tl_token *tk = d->tokens.items;
    size_t j = k, steps = 0;
    for (;; steps++) {
        if (j == 0 || steps >= 6 || tk[j - 1].sentence != sent) return 0;
        const tl_token *w = &tk[--j];
        char b[16];
        if (!tl_tok_lower(d, w, b, sizeof b)) return 0;
        if (in_list(SUB, b, strlen(b))) break;
        if (w->kind != TL_TOK_WORD || tl_tense_word_cue(b, strlen(b)) != NONE) return 0; /* the subject */
    }
    for (steps = 0; j > 0 && steps < 10 && tk[j - 1].sentence == sent; steps++) {
        const tl_token *w = &tk[--j];
        if (tl_tense_boundary(d, w) || is_word(d, w, ",")) return 0;
        if (is_word(d, w, "would") || is_word(d, w, "'d")) return !is_word(d, &tk[j + 1], "have");
        cue_kind c = tl_tense_word_cue(tl_tok_text(d, w), tl_tok_len(w));
        if (c == PAST || c == PAST_ED || c == PAST_AUX || c == PERFECT) return 0;
    }
    return 0;
}

/* The L_ word lists of token t, in any case ("Thursday"). */
unsigned tl_tense_lists_of(const tl_doc *d, const tl_token *t)
{
    return t->kind == TL_TOK_WORD ? tl_tense_folded_lists(tl_tok_text(d, t), tl_tok_len(t)) : 0;
}

/* Is the "to", "until" or "till" at token k, right before the expression,
 * the goal of a rescheduling ("adjourned the case to February", "was
 * postponed until March", "an extension to Nov. 20")?  A verb or noun of
 * RESCHEDULE up to 8 words back in the clause, no "from" between (a
 * span: "extended from Monday to Friday").  The new date is set by
 * the act and lies ahead of it, however past the act. */
int tl_tense_reschedule_goal(const tl_doc *d, size_t k, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    if (!is_word(d, &tk[k], "to") && !is_word(d, &tk[k], "until") && !is_word(d, &tk[k], "till")) return 0;
    for (size_t j = k, steps = 0; j > 0 && steps < 8 && tk[j - 1].sentence == sent; steps++) {
        const tl_token *w = &tk[--j];
        /* "extended from Monday to Friday": a span, not a new date */
        if (tl_tense_boundary(d, w) || is_word(d, w, ",") || is_word(d, w, "from")) return 0;
        if (tl_tense_lists_of(d, w) & L_RESCHEDULE) return 1;
    }
    return 0;
}

/* Is the infinitive whose "to" is token inf one of purpose after a main
 * clause dated on its own, from the verb at token v on ("arrived in Madrid
 * on Thursday to clash with Real on Monday")?  Then the expression after
 * "to" dates the infinitive's event, which follows the main clause's: a
 * future seen from the past.  The main clause's date must be a recent day
 * (a weekday, "yesterday"): from a month back ("signed in March to play in
 * June") the future of the DCT is not the future of the act.  With one
 * date only, the date is as often the main clause's ("fired tear gas to
 * disperse protesters on Friday"): the main verb's tense decides. */
int tl_tense_purpose_after_dated_clause(const tl_doc *d, size_t v, size_t inf)
{
    const tl_token *tk = d->tokens.items;
    for (size_t j = v; j < inf; j++)
        if (tl_tense_lists_of(d, &tk[j]) & L_RECENT_DAY) return 1;
    return 0;
}

/* Is the colon at token k the start of a list of noun phrases ("will hold
 * two ceremonies: a mass Saturday, and another Sunday")?  Then the clause
 * before it is the clause of the list's dates.  Not after a verb of saying,
 * not before a quotation or a capitalised sentence. */
int tl_tense_list_colon(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const LIST_START[] = {"a", "an", "the", "one", "two", "three", "four", "five", "six", NULL};
    const tl_token *tk = d->tokens.items;
    if (!is_word(d, &tk[k], ":") || k == 0 || k + 1 >= d->tokens.len || tk[k + 1].sentence != sent) return 0;
    char b[8];
    const tl_token *prev = &tk[k - 1], *next = &tk[k + 1];
    if (prev->kind != TL_TOK_WORD || tl_tense_word_cue(tl_tok_text(d, prev), tl_tok_len(prev)) != NONE) return 0;
    return tl_tok_lower(d, next, b, sizeof b) && in_list(LIST_START, b, strlen(b));
}

/* Does token k head a participle clause: "-ing" after a comma or after
 * "with" and a noun phrase ("signed the deal, with production starting in
 * December", "started in August, ending in December")?  Such a clause has
 * no tense of its own: the past of the main verb does not reach the date
 * in it, which lies on either side of the main event. */
int tl_tense_participle_head(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const DET[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our",
                                      "of", "for", "in", "on", "to", "by", NULL};
    const tl_token *tk = d->tokens.items, *t = &tk[k];
    size_t n = tl_tok_len(t);
    const char *p = tl_tok_text(d, t);
    if (n < 6 || memcmp(p + n - 3, "ing", 3) != 0 || (t->flags & TL_TOKF_CAP) || k < 2 ||
        tk[k - 1].sentence != sent || (tl_tense_lists_of(d, t) & L_NOT_PARTICIPLE))
        return 0;
    if (is_word(d, &tk[k - 1], ",")) return 1;
    char b[8];
    if (tk[k - 1].kind != TL_TOK_WORD || (tl_tok_lower(d, &tk[k - 1], b, sizeof b) && in_list(DET, b, strlen(b))))
        return 0;
    /* "with" then one to three words of a noun phrase, no verb among them */
    for (size_t j = k - 1, words = 0; j > 0 && words < 4 && tk[j - 1].sentence == sent; j--, words++) {
        if (tk[j].kind != TL_TOK_WORD || tl_tense_word_cue(tl_tok_text(d, &tk[j]), tl_tok_len(&tk[j])) != NONE)
            return 0;
        if (is_word(d, &tk[j - 1], "with")) return 1;
    }
    return 0;
}

