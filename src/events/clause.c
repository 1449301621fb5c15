/* clause.c -- token predicates the event modules share, and where a clause
 * starts: after ";" ":" "|" or a dash, at a subordinator ("after", "while"),
 * at ", but", at ", which" / ", who", and after a sentence end the
 * splitter missed ("... NATO.' Meanwhile, ...", "... war The FLOTUS").
 * Clauses bound both the search for an event's trigger (extract.c) and
 * its label (label.c). */
#include <string.h>

#include "events.h"
#include "../text/segment.h"

int tl_ev_tok_is(const tl_doc *d, size_t k, const char *s)
{
    const tl_token *t = &d->tokens.items[k];
    return tl_tok_len(t) == strlen(s) && memcmp(tl_tok_text(d, t), s, tl_tok_len(t)) == 0;
}

int tl_ev_tok_word(const tl_doc *d, size_t k, const char *lower)
{
    const tl_token *t = &d->tokens.items[k];
    return t->kind != TL_TOK_PUNCT && tl_ev_word_is(tl_tok_text(d, t), tl_tok_len(t), lower);
}

int tl_ev_tok_dash(const tl_doc *d, size_t k)
{
    /* a hyphen joins words ("Putin-Trump"); spaced, it is a dash */
    return tl_ev_tok_is(d, k, "\xE2\x80\x94") || tl_ev_tok_is(d, k, "\xE2\x80\x93") ||
           (tl_ev_tok_is(d, k, "-") && (d->tokens.items[k].flags & TL_TOKF_SPACE));
}

int tl_ev_tok_open_quote(const tl_doc *d, size_t k)
{
    if (tl_ev_tok_is(d, k, "\xE2\x80\x9C") || tl_ev_tok_is(d, k, "\xE2\x80\x98")) return 1;
    /* a straight quote opens when glued to the next word */
    return (tl_ev_tok_is(d, k, "\"") || tl_ev_tok_is(d, k, "'")) && k + 1 < d->tokens.len &&
           !(d->tokens.items[k + 1].flags & TL_TOKF_SPACE);
}

int tl_ev_tok_close_quote(const tl_doc *d, size_t k)
{
    return tl_ev_tok_is(d, k, "\xE2\x80\x9D") || tl_ev_tok_is(d, k, "\xE2\x80\x99") ||
           tl_ev_tok_is(d, k, "\"") || tl_ev_tok_is(d, k, "'");
}

int tl_ev_tok_report(const tl_doc *d, size_t k)
{
    const tl_token *t = &d->tokens.items[k];
    const char *lemma;
    return t->kind == TL_TOK_WORD &&
           tl_trigger_lookup(tl_tok_text(d, t), tl_tok_len(t), &lemma) == TL_TRIG_REPORT;
}

int tl_ev_tok_speech(const tl_doc *d, size_t k)
{
    const tl_token *t = &d->tokens.items[k];
    const char *lemma;
    if (t->kind != TL_TOK_WORD) return 0;
    tl_trigger_kind kind = tl_trigger_lookup(tl_tok_text(d, t), tl_tok_len(t), &lemma);
    return kind == TL_TRIG_REPORT || strcmp(lemma, "announce") == 0;
}

static int is_terminal(const tl_doc *d, size_t k)
{
    return d->tokens.items[k].kind == TL_TOK_PUNCT &&
           (tl_ev_tok_is(d, k, ".") || tl_ev_tok_is(d, k, "?") || tl_ev_tok_is(d, k, "!"));
}

/* A sentence end the splitter missed: "... NATO.' Meanwhile", not "Mr. Putin". */
static int missed_sentence_end(const tl_doc *d, size_t first, size_t k)
{
    const tl_token *t = &d->tokens.items[k];
    if (!(t->flags & TL_TOKF_CAP) || !(t->flags & TL_TOKF_SPACE)) return 0;
    size_t p = k - 1;
    if (p > first && d->tokens.items[p].kind == TL_TOK_PUNCT && !is_terminal(d, p)) p--; /* a quote */
    if (!is_terminal(d, p)) return 0;
    const tl_token *w = p > first ? &d->tokens.items[p - 1] : NULL;
    return !(w && w->kind == TL_TOK_WORD && w->end == d->tokens.items[p].start &&
             tl_is_abbreviation(tl_tok_text(d, w), tl_tok_len(w)));
}

/* A headline glued to the next sentence, with no stop between ("... for
 * ending Ukraine war The FLOTUS also noted"): a capitalised article or
 * pronoun straight after a lower-case word starts a new sentence. */
static int glued_headline(const tl_doc *d, size_t k)
{
    static const char *const starters[] = {"the", "a", "an", "this", "these", "it", "he",
                                           "she", "they", "we", "in", "on"};
    const tl_token *t = &d->tokens.items[k], *p = &d->tokens.items[k - 1];
    if (!(t->flags & TL_TOKF_CAP) || (t->flags & TL_TOKF_UPPER) || p->kind != TL_TOK_WORD)
        return 0;
    char c = d->pub.text[p->start];
    if (c < 'a' || c > 'z') return 0;
    for (size_t i = 0; i < sizeof starters / sizeof *starters; i++)
        if (tl_ev_tok_word(d, k, starters[i])) return 1;
    return 0;
}

int tl_ev_clause_starts(const tl_doc *d, size_t first, size_t k)
{
    if (k <= first) return 0;
    const tl_token *t = &d->tokens.items[k];
    /* "|" separates page furniture ("Also Read | <teaser headline>") */
    if (d->tokens.items[k - 1].kind == TL_TOK_PUNCT &&
        (tl_ev_tok_is(d, k - 1, ";") || tl_ev_tok_is(d, k - 1, ":") || tl_ev_tok_dash(d, k - 1) ||
         tl_ev_tok_is(d, k - 1, "|")))
        return 1;
    if (missed_sentence_end(d, first, k) || glued_headline(d, k)) return 1;
    if (t->kind != TL_TOK_WORD) return 0;
    /* "which", "who" start a clause after a comma only: "Trump, who ..." */
    if (tl_ev_tok_word(d, k, "which") || tl_ev_tok_word(d, k, "who"))
        return tl_ev_tok_is(d, k - 1, ",");
    if (tl_ev_is_subordinator(tl_tok_text(d, t), tl_tok_len(t))) {
        /* "before me", "after them": a preposition, not a clause */
        static const char *const objects[] = {"me", "him", "her", "us", "them", "it", "you"};
        for (size_t i = 0; k + 1 < d->tokens.len && i < sizeof objects / sizeof *objects; i++)
            if (tl_ev_tok_word(d, k + 1, objects[i])) return 0;
        return 1;
    }
    return tl_ev_tok_is(d, k - 1, ",") && tl_ev_tok_word(d, k, "but");
}
