/* tense_token.c -- the clause-tense module's reading of one token in its
 * context: is it a cue of the tense, and of which.
 *
 * A word's kind out of context comes from the lexicon (tense_words.c);
 * here the words around it turn one kind into another ("set to" is a plan,
 * "be" a future only after "to", a participle after "is" a present), and
 * the tests of a schedule or a futurate present look at the subject
 * before the verb.  tl_tense_token_cue is what tense.c, which scans a
 * clause, calls per token. */
#include <stdint.h>
#include <string.h>

#include "tense_int.h"

/* Words after which an "-ed" word is an adjective ("the revised plan"). */
static int adjective_marker(const tl_doc *d, const tl_token *t)
{
    static const char *const W[] = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
                                    "these", "those", "still", "newly", "previously", "already", "well",
                                    "most", "more", "less", "recently", "widely", NULL};
    return word_in(d, t, W);
}

/* Is token k followed by "to" and a verb (an infinitive), not "to" and a
 * noun phrase ("agreed to the terms", "an offer to shareholders", "to
 * date")?  A verb is guessed as a lower-case word that is no determiner
 * and no plural ("-s", but "-ss", "-us": "to discuss", "to focus"). */
int tl_tense_infinitive_after(const tl_doc *d, size_t k)
{
    static const char *const NOT_VERB[] = {"the", "a", "an", "this", "that", "these", "those", "its", "their",
                                           "his", "her", "our", "my", "your", "all", "some", "any", "each",
                                           "every", "no", "both", "date", "what", "whom", "which",
                                           /* adjectives and numerals before a noun ("a commitment to
                                            * former president Ramos") */
                                           "former", "other", "new", "such", "more", "many", "several",
                                           "various", "recent", "current", "one", "two", "three", NULL};
    if (k + 2 >= d->tokens.len || !is_word(d, &d->tokens.items[k + 1], "to")) return 0;
    const tl_token *v = &d->tokens.items[k + 2];
    const char *p = tl_tok_text(d, v);
    size_t n = tl_tok_len(v);
    if (v->kind != TL_TOK_WORD || n < 2 || p[0] < 'a' || p[0] > 'z' || in_list(NOT_VERB, p, n)) return 0;
    return p[n - 1] != 's' || p[n - 2] == 's' || p[n - 2] == 'u';
}

static int singular_subject(const tl_doc *d, const tl_token *t)
{
    static const char *const P[] = {"he", "she", "it", "who", NULL};
    char b[24];
    if (!t || t->kind != TL_TOK_WORD || !tl_tok_lower(d, t, b, sizeof b)) return 0;
    if (in_list(P, b, strlen(b))) return 1;
    return (t->flags & TL_TOKF_CAP) && !(t->flags & TL_TOKF_SENT);
}

/* A word before an "-s" form that makes it a plural noun ("the starts",
 * "its meets", "two takes"; NOUN_MARKER in tense_words.c), a number, or
 * no word. */
static int noun_marker(const tl_doc *d, const tl_token *t)
{
    if (!t || t->kind == TL_TOK_NUM) return 1;
    return t->kind != TL_TOK_WORD || (tl_tense_folded_lists(tl_tok_text(d, t), tl_tok_len(t)) & L_NOUN_MARKER);
}

/* A subject just before a base form: a pronoun, a name, a plural noun
 * ("they meet", "Arafat meet", "the leaders meet"), not "will", "to",
 * "did", "not". */
static int subject_before(const tl_doc *d, const tl_token *t, int named)
{
    static const char *const P[] = {"they", "we", "you", "i", "both", NULL};
    char b[24];
    if (!t || t->kind != TL_TOK_WORD || !tl_tok_lower(d, t, b, sizeof b)) return 0;
    size_t n = strlen(b);
    if (in_list(P, b, n)) return 1;
    if ((t->flags & TL_TOKF_CAP) && !(t->flags & TL_TOKF_SENT)) return named;
    return n >= 4 && b[n - 1] == 's' && b[n - 2] != 's' && b[n - 2] != 'u' && strcmp(b, "this") != 0 &&
           strcmp(b, "was") != 0 && strcmp(b, "has") != 0 && strcmp(b, "does") != 0;
}

/* The "-ing" form of a verb after "is", "are" ("are holding talks", "are
 * being held"). */
static int ing_form(const tl_doc *d, const tl_token *t)
{
    static const char *const NOT[] = {"during", "nothing", "something", "anything", "everything",
                                      "morning", "evening", "spring", "thing", "string", NULL};
    if (!t || t->kind != TL_TOK_WORD) return 0;
    size_t n = tl_tok_len(t);
    const char *p = tl_tok_text(d, t);
    if (is_word(d, t, "being")) return 1;
    return n >= 6 && p[0] >= 'a' && p[0] <= 'z' && !memcmp(p + n - 3, "ing", 3) && !in_list(NOT, p, n);
}

/* Where a clause opens, walking back: the sentence's start, a comma,
 * a subordinator, or a verb of saying ("say the bridge reopens";
 * CLAUSE_OPENER in tense_words.c). */
static int clause_opener(const tl_doc *d, const tl_token *t)
{
    return (tl_tense_folded_lists(tl_tok_text(d, t), tl_tok_len(t)) & L_CLAUSE_OPENER) != 0;
}

/* Is the subordinator of time at token j ("after", "before", "when",
 * "once") in a sentence whose main clause before it is past?  Then what it
 * opens is no present of schedule: the sequence of tenses would have put
 * it in the past ("were detained soon after mass riots on July 27": a
 * noun, not "riots" the verb).  Word-level cues only: a full reading of
 * each word before would nest this check in itself. */
static int past_main_clause(const tl_doc *d, size_t j, uint32_t sent)
{
    /* not "before": "left before the storm hits Friday" looks ahead */
    static const char *const SUB[] = {"after", "when", "once", "as", NULL};
    static const char *const REPORT[] = {"that", "said", "says", "told", "added", "announced", "stated", NULL};
    const tl_token *tk = d->tokens.items;
    char b[16];
    if (!tl_tok_lower(d, &tk[j], b, sizeof b) || !in_list(SUB, b, strlen(b))) return 0;
    for (size_t i = j, steps = 0; i > 0 && steps < 12 && tk[i - 1].sentence == sent; steps++) {
        const tl_token *w = &tk[--i];
        if (w->kind != TL_TOK_WORD) {
            if (is_word(d, w, ";") || is_word(d, w, "\"")) return 0;
            continue;
        }
        /* "said that after the team arrives Friday": speech keeps its own tense */
        if (tl_tok_lower(d, w, b, sizeof b) && in_list(REPORT, b, strlen(b))) return 0;
        cue_kind c = tl_tense_word_cue(tl_tok_text(d, w), tl_tok_len(w));
        if (c == PAST_AUX || c == PAST || c == PERFECT) return 1;
        /* a verb of another tense is the main clause's; weak cues are
         * adverbs ("soon after") */
        if (c == PRESENT || c == FUTURE || c == MODAL || c == WOULD || c == COULD) return 0;
    }
    return 0;
}

/* A lower-case word that may stand in a subject's noun phrase before its
 * head ("a cold front", "the new season of the series"): no cue word, no
 * adverb, no preposition but "of", no plural ("the jobs report Friday
 * showed" is a compound noun, not "jobs" and a verb). */
static int np_word(const tl_doc *d, const tl_token *t)
{
    static const char *const PREP[] = {"in", "on", "at", "for", "with", "by", "from", "to", "into", "who",
                                       "which", "not", "also", "just", "then", NULL};
    char b[24];
    if (t->kind == TL_TOK_NUM || (t->kind == TL_TOK_WORD && (t->flags & TL_TOKF_CAP) && !(t->flags & TL_TOKF_SENT)))
        return 1;
    /* a sentence's first word as the lower-case word it is ("In New York") */
    if (t->kind != TL_TOK_WORD || !tl_tok_lower(d, t, b, sizeof b)) return 0;
    const char *p = b;
    size_t n = strlen(b);
    if (in_list(PREP, p, n) || in_list(tl_tense_adverbs, p, n) || tl_tense_word_cue(p, n) != NONE ||
        ing_form(d, t))
        return 0;
    return !(n > 2 && p[n - 1] == 's' && p[n - 2] != 's' && p[n - 2] != 'u' && p[n - 2] != 'i') &&
           !(n > 3 && p[n - 2] == 'l' && p[n - 1] == 'y');
}

int tl_tense_np_coordination(const tl_doc *d, size_t k)
{
    const tl_token *tk = d->tokens.items;
    return (is_word(d, &tk[k], "and") || is_word(d, &tk[k], "or")) && k > 0 && k + 1 < d->tokens.len &&
           tk[k - 1].sentence == tk[k].sentence && tk[k + 1].sentence == tk[k].sentence && np_word(d, &tk[k - 1]) &&
           np_word(d, &tk[k + 1]);
}

/* Is token k a verb in the simple present right after the subject that
 * opens its clause (see NOT_FUTURATE in tense_words.c)?  1 for a futurate
 * present, 2 for a habit ("he usually works"), 0 when not such a verb.  The subject is a
 * pronoun, or a noun phrase back to a clause opener: an optional
 * determiner, modifiers (np_word) and a head that agrees with the verb's
 * form -- "front moves", "temperatures drop"; a name in "-s" takes either
 * ("The Yankees play", "Jones signs"), any other is singular (not
 * "demanding that Iraq withdraw", a subjunctive); "a" and "this" want a
 * singular head.  lists, folded: the L_ bits of token k as written and in
 * any case, already looked up. */
static int present_verb(const tl_doc *d, size_t k, uint32_t sent, unsigned lists, unsigned folded)
{
    static const char *const SING[] = {"he", "she", "it", NULL}, *const PLUR[] = {"they", "we", "you", NULL};
    static const char *const DET[] = {"the", "a", "an", "this", "these", "those", "its", "his", "her",
                                      "their", "our", "my", "each", "every", NULL};
    /* numerals and quantifiers: "four grandparents", "more talks" */
    static const char *const QUANT[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
                                        "hundred", "thousand", "million", "billion", "more", "most", "other",
                                        "fewer", "less", "such", "any", "none", "than", NULL};
    const tl_token *tk = d->tokens.items, *t = &tk[k];
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (k < 1 || n < 3 || (lists & L_NOT_FUTURATE) || ing_form(d, t) ||
        (p[n - 2] == 'l' && p[n - 1] == 'y') ||
        /* noun_marker(d, t) || clause_opener(d, t), from the bits at hand */
        t->kind != TL_TOK_WORD || (folded & (L_NOUN_MARKER | L_CLAUSE_OPENER)) ||
        in_list(tl_tense_adverbs, p, n))
        return 0;
    /* "-ss", "-us", "-is", "-as" are no third person: "gas", "bias" */
    int third = p[n - 1] == 's' && p[n - 2] != 's' && p[n - 2] != 'u' && p[n - 2] != 'i' && p[n - 2] != 'a';
    size_t h = k - 1;
    if (tk[h].sentence != sent || tk[h].kind != TL_TOK_WORD) return 0;
    const char *hp = tl_tok_text(d, &tk[h]);
    size_t hn = tl_tok_len(&tk[h]);
    if (tl_tense_word_lists(hp, hn) & L_HABITUAL) return 2;
    char b[16] = "";
    if (tl_tok_lower(d, &tk[h], b, sizeof b) && (in_list(SING, b, strlen(b)) || in_list(PLUR, b, strlen(b))))
        return in_list(SING, b, strlen(b)) == third && (h == 0 || tk[h - 1].sentence != sent ||
                                                         clause_opener(d, &tk[h - 1]));
    /* the head: a name, or a noun of the verb's number */
    int plural = hn > 2 && hp[hn - 1] == 's' && hp[hn - 2] != 's' && hp[hn - 2] != 'u' && hp[hn - 2] != 'a' &&
                 hp[hn - 2] != 'i'; /* "Tunis", "Paris" are no plurals */
    int name = (tk[h].flags & TL_TOKF_CAP) && !(tk[h].flags & TL_TOKF_SENT) && (plural || third);
    if (!name && (plural == third || in_list(DET, b, strlen(b)) || in_list(QUANT, b, strlen(b)) ||
                  in_list(tl_tense_adverbs, b, strlen(b)) ||
                  (tl_tense_word_lists(hp, hn) & L_NOT_FUTURATE) ||
                  (!(tk[h].flags & TL_TOKF_CAP) && (noun_marker(d, &tk[h]) || tl_tense_word_cue(hp, hn) != NONE ||
                                                    (hn > 3 && hp[hn - 2] == 'l' && hp[hn - 1] == 'y')))))
        return 0;
    /* back to the clause's opener through the rest of the noun phrase */
    for (size_t j = h, steps = 0; steps < 7; steps++) {
        if (j == 0 || tk[j - 1].sentence != sent) return 1;
        const tl_token *w = &tk[--j];
        /* "Korean and American officials": "and" between two words of a
         * noun phrase joins them, it opens no clause ("arrived and Putin
         * meets" has a verb before it) */
        if ((is_word(d, w, "and") || is_word(d, w, "or")) && j > 0 && tk[j - 1].sentence == sent &&
            np_word(d, &tk[j - 1]))
            continue;
        /* "killed 34 pupils and seven lay members": counted things in a
         * list, no subject */
        if ((is_word(d, w, "and") || is_word(d, w, "or")) &&
            (tk[j + 1].kind == TL_TOK_NUM || (tl_tok_lower(d, &tk[j + 1], b, sizeof b) && in_list(QUANT, b, strlen(b)))))
            return 0;
        if (clause_opener(d, w)) return !past_main_clause(d, j, sent);
        if (tl_tok_lower(d, w, b, sizeof b) && in_list(DET, b, strlen(b))) {
            /* "a storm system brings": "a" wants a singular verb */
            if ((is_word(d, w, "a") || is_word(d, w, "an") || is_word(d, w, "this") || is_word(d, w, "each") ||
                 is_word(d, w, "every")) && !third && !name)
                return 0;
            continue;
        }
        if (is_word(d, w, "of") || is_word(d, w, "'s") || is_word(d, w, "-") || is_word(d, w, ".")) continue;
        /* "most areas of the United States shift": a plural before "of"
         * heads the subject (a plural elsewhere is a compound's first word) */
        if (!np_word(d, w) && !(w->kind == TL_TOK_WORD && is_word(d, &tk[j + 1], "of"))) return 0;
    }
    return 0;
}

/* Does an event noun (a meeting, a vote; a capitalised name: "the Gulf
 * Cup") head the noun phrase from token k, within three words? */
static int event_follows(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const EVENT[] = {"meeting", "meetings", "hearing", "vote", "election", "elections", "summit",
                                        "talks", "conference", "session", "trial", "match", "game", "race",
                                        "final", "ceremony", "deadline", "appointment", "visit", "debate",
                                        "referendum", "rally", "deal", "holiday", "break", NULL};
    const tl_token *tk = d->tokens.items;
    for (size_t j = k; j < d->tokens.len && j < k + 3 && tk[j].sentence == sent && tk[j].kind == TL_TOK_WORD; j++) {
        char b[16];
        if ((tk[j].flags & TL_TOKF_CAP) || (tl_tok_lower(d, &tk[j], b, sizeof b) && in_list(EVENT, b, strlen(b))))
            return 1;
    }
    return 0;
}

/* The cue of token k (prev and nxt its neighbours, or NULL), with the
 * context rules that turn one kind into another.  Most words are no cue:
 * they return before any look at their neighbours. */
cue_kind tl_tense_token_cue(const tl_doc *d, size_t k, const tl_token *prev, const tl_token *nxt, int sched,
                            int backward)
{
    const tl_token *t = &d->tokens.items[k];
    /* "agreed to acquire", "an agreement to acquire", "likely to buy": a
     * plan for an expression inside the infinitive's phrase, after it,
     * unless a perfect governs it ("had agreed to leave", see scan) */
    unsigned lists, folded;
    cue_kind cue = tl_tense_word(tl_tok_text(d, t), tl_tok_len(t), &lists, &folded);
    if (backward && (lists & L_PROSPECTIVE) && tl_tense_infinitive_after(d, k))
        return WEAK_FUTURE;
    /* "we have the Gulf Cup in January", "he has a hearing on Friday":
     * "have" before a determiner is the verb of having, no perfect; an
     * event had is on the calendar */
    if ((is_word(d, t, "have") || is_word(d, t, "has")) && !is_word(d, prev, "did") && !is_word(d, prev, "n't") &&
        !is_word(d, prev, "not") && (is_word(d, nxt, "the") || is_word(d, nxt, "a") || is_word(d, nxt, "an")) &&
        event_follows(d, k + 2, t->sentence))
        return sched ? SCHED : PRESENT;
    /* "Winter can bring breakages": after the time "can" says what it may
     * do, a generic statement; before it ("can reclaim top spot on
     * Sunday") it looks ahead like the other modals */
    if (cue == MODAL && !backward && (is_word(d, t, "can") || is_word(d, t, "cannot"))) return NONE;
    /* "looking forward to the visit in May": what is looked forward to lies ahead */
    if (backward && cue == NONE && is_word(d, t, "forward") && is_word(d, nxt, "to")) return WEAK_FUTURE;
    /* "went ahead Monday", "pressed ahead with": the particle of a verb of
     * going on, not a look ahead ("the week ahead") */
    static const char *const GO_ON[] = {"go", "goes", "went", "gone", "going", "push", "pushed", "pushing",
                                        "press", "pressed", "pressing", "forge", "forged", "move", "moved", NULL};
    if (cue == WEAK_FUTURE && is_word(d, t, "ahead") && prev && prev->kind == TL_TOK_WORD &&
        in_list(GO_ON, tl_tok_text(d, prev), tl_tok_len(prev)))
        return NONE;
    /* "soon after the riots": "soon" measures a gap, it does not look ahead */
    if (cue == WEAK_FUTURE && is_word(d, t, "soon") && (is_word(d, nxt, "after") || is_word(d, nxt, "afterwards") ||
                                                        is_word(d, nxt, "thereafter")))
        return NONE;
    switch (cue) {
    case NONE: {
        const char *p = tl_tok_text(d, t);
        size_t n = tl_tok_len(t);
        if (!sched || n < 2 || p[0] < 'a' || p[0] > 'z') return NONE;
        if ((lists & L_SCHED_S) && !noun_marker(d, prev)) return SCHED;
        if ((lists & L_SCHED_BASE) && subject_before(d, prev, 1)) return SCHED;
        if ((lists & L_SCHED_BASE_NOUN) && subject_before(d, prev, 0)) return SCHED;
        if ((lists & L_SCHED_S_NAMED) && singular_subject(d, prev)) return SCHED;
        if ((lists & L_SCHED_SPAN) && !noun_marker(d, prev) && nxt && nxt->kind == TL_TOK_WORD &&
            in_list(tl_tense_span_prep, tl_tok_text(d, nxt), tl_tok_len(nxt)))
            return SCHED;
        switch (present_verb(d, k, t->sentence, lists, folded)) {
        case 1: return FUTURATE;
        case 2: return PRESENT; /* a habit */
        default: return NONE;
        }
    }
    case BE: return is_word(d, prev, "to") ? WEAK_FUTURE : NONE;
    case AS: return is_word(d, prev, "as") ? FUTURE : NONE;
    case PLAN: /* "set to", "plan to"; "is set for Saturday" (not "he set for himself") */
        return is_word(d, nxt, "to") || (is_word(d, nxt, "for") && (is_word(d, prev, "is") || is_word(d, prev, "are") ||
                                                                    is_word(d, prev, "was") || is_word(d, prev, "were") ||
                                                                    is_word(d, prev, "been") || is_word(d, prev, "be")))
                   ? WEAK_FUTURE : NONE;
    default: break;
    }
    /* "in May", "May 5": the month */
    if (cue == MODAL && (t->flags & TL_TOKF_CAP) && (!(t->flags & TL_TOKF_SENT) || (nxt && nxt->kind == TL_TOK_NUM)))
        return NONE;
    /* "a still unspecified date": an "-ed" adjective, not a verb */
    if (cue == PAST_ED && prev && adjective_marker(d, prev)) cue = NONE;
    if (cue == PAST_ED) cue = PAST;
    /* "will be paid", "to be held": a participle after "be" is not past;
     * after "being" its auxiliary decides ("are being held on Friday") */
    if (cue == PAST && (is_word(d, prev, "be") || is_word(d, prev, "being"))) cue = NONE;
    /* "will remain closed Monday", "stayed shut": a participle after a
     * linking verb is a state; the linking verb's own form decides */
    if (cue == PAST && prev && prev->kind == TL_TOK_WORD &&
        in_list(tl_tense_linking, tl_tok_text(d, prev), tl_tok_len(prev)))
        cue = NONE;
    /* "will have finished": a future perfect, "will" decides ("would
     * have", "may have" are past, see below) */
    if (cue == PAST && is_word(d, t, "have") &&
        (is_word(d, prev, "will") || is_word(d, prev, "shall") || is_word(d, prev, "'ll")))
        cue = NONE;
    /* "has eaten", "had been", "will have finished by Friday": a
     * participle after a perfect's "have" or "been" leaves the tense to
     * the auxiliaries before it (a future perfect is ahead) */
    if (cue == PAST && prev && (is_word(d, prev, "have") || is_word(d, prev, "has") || is_word(d, prev, "had") ||
                                is_word(d, prev, "'ve") || is_word(d, prev, "been") || is_word(d, prev, "having")))
        cue = NONE;
    /* "when the case is heard in May": a present passive, not a past */
    if (cue == PAST && (is_word(d, prev, "is") || is_word(d, prev, "are"))) cue = PRESENT;
    /* "are holding talks on Friday", "the vote is on Friday", "the deadline
     * is 1600 GMT Thursday", "is at noon Friday": a schedule (a copula right before a number or
     * a capitalised word: "today is Wednesday" stays the DCT's day) */
    if (sched && cue == PRESENT && !is_word(d, t, "says") &&
        (ing_form(d, nxt) || is_word(d, nxt, "on") || is_word(d, nxt, "at") || is_word(d, nxt, "noon") ||
         is_word(d, nxt, "midnight") || is_word(d, nxt, "midday") ||
         ((is_word(d, t, "is") || is_word(d, t, "are")) && nxt &&
          (nxt->kind == TL_TOK_NUM || ((nxt->flags & TL_TOKF_CAP) && nxt->kind == TL_TOK_WORD)))))
        return SCHED;
    /* "is to resume": a plan */
    if (is_word(d, nxt, "to") && cue == PRESENT) cue = FUTURE;
    /* "as planned", "previously planned": the plan is no cue of when its
     * event is ("let the offensive begin as previously planned Saturday") */
    if (cue == WEAK_FUTURE && is_word(d, t, "planned") &&
        (is_word(d, prev, "as") || is_word(d, prev, "previously") || is_word(d, prev, "originally") ||
         is_word(d, prev, "initially")))
        return NONE;
    /* "as soon as Monday" */
    if (cue == WEAK_FUTURE && is_word(d, prev, "as")) cue = FUTURE;
    /* "may have been", "would have met", "could not be reached": past */
    if ((cue == MODAL || cue == WOULD || cue == COULD) && is_word(d, nxt, "have")) cue = PAST;
    /* "could not be reached": past; "could reopen": ahead; "could be
     * located" is either (past ability or possibility): no cue */
    if (cue == COULD)
        cue = is_word(d, nxt, "not") || is_word(d, nxt, "n't") ? PAST : is_word(d, nxt, "be") ? NONE : MODAL;
    return cue;
}
