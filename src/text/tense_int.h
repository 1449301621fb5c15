/* tense_int.h -- what the files of the clause-tense module share and
 * nothing else sees.  tense_words.c holds the word tables (the cues, the
 * irregular verbs, the lists of schedule verbs, ...) and the lexicon built
 * from them; tense_token.c reads one token in its context (is it a cue,
 * and of what); tense.c scans a clause with it.  The public interface is
 * tense.h. */
#ifndef TL_TENSE_INT_H
#define TL_TENSE_INT_H

#include <stddef.h>
#include <string.h>

#include "tense.h"

/* How a word bears on tense.  WEAK_FUTURE words ("scheduled", "due") speak
 * of the future only when no perfect governs them ("had been scheduled to
 * expire Friday" is past; "was scheduled to meet Friday" is a plan seen
 * from the past, so still ahead).  UNTIL is a weak future that a past
 * auxiliary after the expression overrides ("until Thursday, police had
 * not ...").
 * MODAL (should, may, might, must) speaks of what is ahead unless "have"
 * follows ("may have been"); WOULD is the future seen from a past moment
 * ("said it would reopen Tuesday"); COULD is either ("could not be
 * reached Friday" is past, "could reopen Friday" ahead, see
 * tl_tense_token_cue). */
typedef enum {
    NONE, PAST, PRESENT, FUTURE, WEAK_FUTURE, PAST_AUX, PERFECT, PAST_ED, UNTIL, MODAL, WOULD, COULD,
    BE,   /* a plan after "to" ("to be held"), else its modal decides */
    AS,   /* the future after "as" ("as early as Tuesday") */
    PLAN, /* a plan before "to" ("set to resume") */
    SCHED, /* a present of schedule: "starts on Friday", "are holding talks" */
    FUTURATE /* any other present after its subject: "rain spreads east on Thursday" */
} cue_kind;

/* The word lists of tense_words.c, as bits of a word's hash entry. */
enum { L_PROSPECTIVE = 1, L_SCHED_S = 2, L_SCHED_BASE = 4, L_SCHED_BASE_NOUN = 8, L_SCHED_S_NAMED = 16, L_SCHED_SPAN = 32,
       L_NOT_FUTURATE = 64, L_HABITUAL = 128, L_RESCHEDULE = 256, L_RECENT_DAY = 512,
       L_NOT_PARTICIPLE = 1024, L_NOUN_MARKER = 2048, L_CLAUSE_OPENER = 4096,
       L_START = 8192 };

/* The L_ bits of a word as written (the lists are lower case). */
unsigned tl_tense_word_lists(const char *p, size_t n);

/* The L_ bits of a word in any case ("Thursday", "The"). */
unsigned tl_tense_folded_lists(const char *p, size_t n);

/* The kind of a word out of its context, in any case: a word of CUES, a
 * form of an IRREGULAR verb (written in lower case), a regular "-ed" past
 * (PAST_ED); NONE for any other word. */
cue_kind tl_tense_word_cue(const char *p, size_t n);

/* All at once, from one lookup: a word's kind (tl_tense_word_cue), its L_
 * bits as written (tl_tense_word_lists) and in any case
 * (tl_tense_folded_lists). */
cue_kind tl_tense_word(const char *p, size_t n, unsigned *lists, unsigned *folded);

/* Word lists tense_token.c reads with in_list (see tense_words.c). */
extern const char *const tl_tense_linking[];   /* "remain", "stay" before a participle */
extern const char *const tl_tense_span_prep[]; /* "from", "through" after "runs" */
extern const char *const tl_tense_adverbs[];   /* adverbs and particles not in "-ly" */

/* Is token t (or NULL) the word w (lower case), in any case?  These run
 * for every word around every timex: no strlen, the first byte decides
 * most of them. */
static inline int is_word(const tl_doc *d, const tl_token *t, const char *w)
{
    if (!t) return 0;
    size_t n = tl_tok_len(t);
    const char *p = tl_tok_text(d, t);
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]) != w[i]) return 0; /* w's NUL ends it too */
    return w[n] == '\0';
}

/* Is token t (or NULL) a word of the NULL-terminated list (lower case), in
 * any case?  The same as in_list on the token lowered, without the copy
 * and the strlen: these run for most words a clause scan meets, and the
 * first letter rejects most of the list. */
static inline int word_in(const tl_doc *d, const tl_token *t, const char *const *list)
{
    if (!t || tl_tok_len(t) == 0) return 0;
    char c = tl_tok_text(d, t)[0];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    for (const char *const *v = list; *v; v++)
        if ((*v)[0] == c && is_word(d, t, *v)) return 1;
    return 0;
}

/* Is p[0..n) a word of the NULL-terminated list, as written? */
static inline int in_list(const char *const *list, const char *p, size_t n)
{
    if (n == 0) return 0;
    for (const char *const *v = list; *v; v++)
        if ((*v)[0] == p[0] && strncmp(*v, p, n) == 0 && (*v)[n] == '\0') return 1;
    return 0;
}

/* Does "and"/"or" at token k join two words of one noun phrase ("commercial
 * and military accords", "Korean and American officials"), opening no
 * clause (tense_token.c)? */
int tl_tense_np_coordination(const tl_doc *d, size_t k);

/* Is token k followed by "to" and a verb, an infinitive (tense_token.c)? */
int tl_tense_infinitive_after(const tl_doc *d, size_t k);

/* Clause shapes (tense_clause.c), each documented there. */
int tl_tense_boundary(const tl_doc *d, const tl_token *t);
int tl_tense_date_coordination(const tl_doc *d, size_t k);
int tl_tense_past_verb_before(const tl_doc *d, size_t k, uint32_t sent);
int tl_tense_future_in_past(const tl_doc *d, size_t k, uint32_t sent);
unsigned tl_tense_lists_of(const tl_doc *d, const tl_token *t);
int tl_tense_reschedule_goal(const tl_doc *d, size_t k, uint32_t sent);
int tl_tense_purpose_after_dated_clause(const tl_doc *d, size_t v, size_t inf);
int tl_tense_list_colon(const tl_doc *d, size_t k, uint32_t sent);
int tl_tense_participle_head(const tl_doc *d, size_t k, uint32_t sent);

/* The cue of token k of d in its context (tense_token.c). */
cue_kind tl_tense_token_cue(const tl_doc *d, size_t k, const tl_token *prev, const tl_token *nxt, int sched,
                            int backward);

#endif
