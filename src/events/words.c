/* words.c -- closed word classes the event stage needs, as tables: words
 * that carry no content (ignored when comparing two mentions), openers and
 * subordinators (where labels are cut), pronouns (speakers not worth
 * naming), page furniture.  All matched case-insensitively on ASCII. */
#include <string.h>

#include "events.h"

static const char *const stopwords[] = {
    "a", "about", "after", "again", "against", "ago", "all", "also", "an", "and", "any", "are",
    "as", "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "during", "each", "earlier", "for", "from", "had", "has", "have", "he",
    "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "last", "later", "may", "might", "more", "most", "much", "must", "my", "new", "next",
    "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over", "own",
    "said", "say", "says", "she", "should", "since", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "told",
    "too", "two", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "yet",
    "you", "your", "'s", "according", "added", "noted", "week", "day", "time", "first",
};

/* Sentence openers that only link to the previous sentence. */
static const char *const openers[] = {
    "meanwhile", "however", "earlier", "later", "notably", "separately", "still", "also",
    "additionally", "moreover", "furthermore", "besides", "indeed", "instead", "then", "now",
    "yet", "but", "and", "so", "thus", "overall", "previously", "subsequently", "well",
};

/* Words that start a dependent clause: a label may end before them. */
static const char *const subordinators[] = {
    "after", "before", "since", "while", "when", "following", "until", "because", "although",
    "though", "whereas", "amid", "despite", "unless", "saying", "adding", "which", "who",
};

/* Pronouns and possessives: a label or speaker starting with one names nobody. */
static const char *const pronouns[] = {
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "one", "someone", "who",
    "his", "her", "their", "its", "our", "my", "your", "him", "them", "me", "us",
};

/* First words of the page furniture around an article: "Download our
 * app today", "Subscribe now", "Click here". */
static const char *const furniture[] = {
    "download", "subscribe", "click", "tap", "follow", "share", "sign", "watch", "listen",
    "advertisement", "copyright", "updated", "published", "posted",
};

int tl_ev_word_is(const char *w, size_t n, const char *lower)
{
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != lower[i]) return 0; /* also stops at lower's end */
    }
    return lower[n] == '\0';
}

static int in_table(const char *const *t, size_t count, const char *w, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if (tl_ev_word_is(w, n, t[i])) return 1;
    return 0;
}

#define IN(table, w, n) in_table(table, sizeof table / sizeof *table, w, n)

int tl_ev_is_stopword(const char *w, size_t n) { return IN(stopwords, w, n); }
int tl_ev_is_opener(const char *w, size_t n) { return IN(openers, w, n); }
int tl_ev_is_subordinator(const char *w, size_t n) { return IN(subordinators, w, n); }
int tl_ev_is_pronoun(const char *w, size_t n) { return IN(pronouns, w, n); }
int tl_ev_is_furniture(const char *w, size_t n) { return IN(furniture, w, n); }
