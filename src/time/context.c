/* context.c -- whether the words around a match make it something other
 * than a time: a name or a title ("Good Friday Agreement", "60 Minutes"),
 * an amount, a score or a rate ("$15", "3-2", "$3 million a year"), a
 * temperature ("the upper 60s"), a verb ("may", "fall") or a modifier
 * ("the morning paper").
 *
 * Why here and not in the grammar: the checks look at words the patterns
 * do not cover (the "$" before "15", the "Agreement" after "Good Friday").
 * compose.c widens an accepted match over its modifiers; the checks on
 * digits, amounts and years are in context_numbers.c, those of seasons
 * and parts of the day in context_parts.c, and the frame fields the words
 * around set (a reporting period's end, a contract month ...) in
 * context_fields.c. */
#include "context.h"

static const char *const MONTH_CONTEXT[] = {
    "in", "of", "since", "until", "by", "before", "after", "during", "from", "through",
    "early", "late", "mid", "last", "next", "this", "-", "to", "between", "and", "or", "till", "the", NULL};
static const char *const SPAN_CONTEXT[] = {
    "for", "within", "over", "after", "in", "than", "lasting", "take", "took", "takes", "spent",
    "last", "lasts", "lasted", "taken", "taking", "spend", "spends", "spending", "throughout", "across", NULL};
/* Words before a plural unit after which "last" is the adjective ("these
 * last weeks", "his last years"), not the verb of "may last months". */
static const char *const AFTER_BEFORE[] = {"after", "before", NULL};
static const char *const LAST_DET[] = {"these", "those", "his", "her", "their", "its", "our", "my", "your", NULL};
/* Words before a bare "fall" that make it the season ("by fall", "early
 * fall"); "the fall" is read whole first and judged by fall_is_drop(). */
static const char *const FALL_CONTEXT[] = {
    "in", "of", "since", "until", "by", "during", "early", "late", "mid", "last", "next", "this",
    "that", "-", "till", "before", "after", NULL};
/* Nouns after which "current" is not "present": finance and physics terms. */
static const char *const NOT_CURRENT[] = {"account", "accounts", "assets", "liabilities", "affairs", "events",
                                          "flow", "flows", "expenditure", "expenditures", "costs", "of", "and", "or",
                                          NULL};
/* Words of a game's report: in "scored twice in the second half" the half
 * and the quarter are periods of play, not of the calendar. */
static const char *const SPORT[] = {"scored", "scoring", "goal", "goals", "touchdown", "touchdowns", "halftime",
                                    "inning", "innings", "rebounds", "assists", "quarterback", "striker",
                                    "goalkeeper", "penalty", "equaliser", "equalizer", "equalised", "equalized", "midfielder", "defender", "defenders", "playoff",
                                    "playoffs", "semifinal", "semi-final", "quarterfinal", "quarter-final",
                                    "hat-trick", "stoppage", "nba", "nfl", "nhl", "fifa", "uefa", "bundesliga",
                                    "wicket", "wickets", "batsman", "pitcher", "podium", "laps", "prix", "motorsport",
                                    "championship", "three-pointer", "three-pointers", "field-goal", "homer", "homers", NULL};
static const char *const FROM_NOW[] = {"ago", "before", "after", "earlier", "later", NULL};
static const char *const MODAL[] = {"will", "would", "could", "might", "may", "can", "shall", "should", "must",
                                    "'ll", "\xE2\x80\x99ll", NULL};
static const char *const THE_UNITS_BEFORE[] = {"over", "through", "throughout", "across", "during", NULL};
static const char *const ORDDAY_BEFORE[] = {"by", "on", "until", "till", "before", "after", "since",
                                            "from", "through", "between", "of", NULL};
static const char *const ORDDAY_AFTER[] = {"and", "or", "to", "at", "when", "but", "because", "if", "as", NULL};
/* Conjunctions that start a new clause after an adverbial "before" /
 * "after" ("the month before as demand rose"). */
static const char *const CLAUSE_LINK[] = {"as", "while", "because", "although", "though", "whereas", NULL};


/* Is the word after "the past" / "the future" the noun they modify ("the
 * future role", "the past mayor", "the future US role")?  Not a function
 * word, a pronoun or modal ("the future that", "the past it", "the future
 * will"), nor a verb in -s ("the future looks bright") or an -ly adverb. */
static int adjective_before_noun(const tl_doc *d, const tl_token *n)
{
    static const char *const NOT_HEAD[] = {"of", "to", "and", "or", "in", "on", "at", "that", "which", "when", "was",
                                           "is", "will", "would", "has", "had", "he", "she", "it", "they", "we",
                                           "i", "you", "for", "with", "from", "as", "but", "if", "than", "too",
                                           "can", "could", "may", "might", "must", "should", "remains", "all",
                                           "at", "by", "into", "so", "because", "behind", "through", "again",
                                           "are", "were", "be", "been", NULL};
    if (!n || n->kind != TL_TOK_WORD || tl_tok_in(d, n, NOT_HEAD) || tl_lex_has(d, n, S_CARD) || tl_lex_has(d, n, S_FEW))
        return 0; /* "the past three summers": a span, if not one we read whole */
    size_t len = tl_tok_len(n);
    const char *p = tl_tok_text(d, n);
    if (!(n->flags & TL_TOKF_CAP) && (p[len - 1] == 's' || (len > 2 && p[len - 2] == 'l' && p[len - 1] == 'y')))
        return 0;
    /* "has in the past made", "in the past decided": a participle, no noun */
    static const char *const PARTICIPLE[] = {"made", "done", "seen", "been", "had", "taken", "given", "shown",
                                             "known", "said", "told", "paid", "held", "led", "left", "met", "sent",
                                             "spent", "won", "lost", "fought", "brought", "bought", "sought", NULL};
    if (!(n->flags & TL_TOKF_CAP) && ((len > 3 && p[len - 2] == 'e' && p[len - 1] == 'd') || tl_tok_in(d, n, PARTICIPLE)))
        return 0;
    return 1; /* a capitalised name too: "the future Hong Kong Special Administrative Region" */
}

/* Names, titles, idioms and verbs that contain temporal words. */
/* Words after which a weekday is a day even before a capitalised word:
 * "On Friday Iraq began", "since Monday Kabila has" (not a name). */
static const char *const WEEKDAY_PREP[] = {"on", "since", "until", "till", "by", "before", "after", NULL};
/* "Late Saturday Semashko announced", "in April Damascus pulled out" */
static const char *const POS_WORD[] = {"early", "late", "earlier", "later", NULL};
static const char *const MONTH_PREP[] = {"in", "since", "until", "till", "by", "during", NULL};

/* Capitalised heads after which a date names a group or a place: "the
 * March 14 Forces", "the July 26 Movement", "the October 6 Bridge". */
static const char *const DATE_NAME_HEAD[] = {"forces", "movement", "alliance", "coalition", "front", "brigade",
                                             "brigades", "bloc", "camp", "party", "bridge", "street", "avenue",
                                             "square", "stadium", "university", NULL};


static int words_ok(const tl_around *c, const tl_frame *f)
{
    const tl_doc *d = c->d;
    const tl_token *prev = c->prev, *next = c->next, *t = tl_first_tok(c);
    if (tl_temperature(c, f)) return 0;
    if (c->m->sym[0] == S_REL && tl_tok_is(d, t, "ahead")) return 0; /* "went ahead Monday": only after its noun */
    if (f->kind == K_QUARTER && f->year < 0 && f->fiscal < 0 && f->rel < 0 &&
        (f->unit == U_QUARTER || f->unit == U_HALFYEAR) &&
        (tl_word_in_sentence(d, c->a->tok0, SPORT) || tl_doc_about(d, SPORT, 3)))
        return 0; /* "scored twice in the second half", or a match report: a period of play */
    if (c->len == 1 && (f->kind == K_WEEKDAY || f->kind == K_MONTH || f->kind == K_HOLIDAY ||
                        (f->kind == K_SET && f->wday > 0)) &&
        tl_cap_word(next) && !tl_temporal_word(d, next) &&
        !(f->kind == K_WEEKDAY && (tl_reporting_word(d, prev) || tl_tok_in(d, prev, WEEKDAY_PREP) ||
                                   tl_tok_in(d, prev, POS_WORD))) &&
        !(f->kind == K_MONTH && tl_tok_in(d, prev, MONTH_PREP)) &&
        !(f->kind != K_HOLIDAY && (tl_tok_is(d, prev, "the") || tl_tok_in(d, prev, tl_possessive)) && tl_acronym(d, next)))
        return 0; /* "Good Friday Agreement", "April Ryan": part of a name (but "the February G7 meeting",
                     "its March OPEC quota": a time before a name that is an acronym) */
    /* "the March 14 Forces": a name (not the month alone either; but "on
     * March 14 Forces loyal to ..." is a date) */
    if ((f->kind == K_DATE || f->kind == K_MONTH) && f->year < 0 && !tl_tok_in(d, prev, WEEKDAY_PREP)) {
        const tl_token *head = f->kind == K_DATE                        ? next
                               : next && next->kind == TL_TOK_NUM ? tl_tok_at(d, (long)c->z->tok1 + 2)
                                                                  : NULL;
        if (head && head->sentence == c->a->sentence && tl_cap_word(head) && tl_tok_in(d, head, DATE_NAME_HEAD))
            return 0;
    }
    if (f->kind == K_MONTH && (tl_tok_is(d, t, "may") || tl_tok_is(d, t, "march")) && !tl_tok_in(d, prev, MONTH_CONTEXT) &&
        !(next && (next->kind == TL_TOK_NUM || tl_tok_is(d, next, ","))) &&
        !(tl_cap_word(t) && (tl_tok_is(d, prev, "for") || tl_tok_in(d, prev, tl_possessive))))
        return 0; /* the verbs "may", "march" (not "results for May", "its March sales") */
    /* "Mullah Sher Jan", "Dec" as a name: a month abbreviation alone,
     * without a day, a year or a preposition of time, is no month */
    static const char *const MONTH_ABBREV[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                               "oct", "nov", "dec", NULL};
    if (f->kind == K_MONTH && c->len == 1 && tl_tok_in(d, t, MONTH_ABBREV) && !tl_tok_in(d, prev, MONTH_CONTEXT) &&
        !(next && (next->kind == TL_TOK_NUM || tl_tok_is(d, next, "."))))
        return 0;
    if (f->kind == K_SEASON && c->len == 1 && tl_tok_is(d, t, "fall") && !tl_tok_in(d, prev, FALL_CONTEXT))
        return 0; /* the verb "fall" */
    if (f->kind == K_SEASON && f->year < 0 && tl_tok_is(d, next, "of") &&
        (c->len == 1 || !tl_of_time(d, c->z->tok1 + 2, c->a->sentence)))
        return 0; /* "the Spring of Life", "the fall of the city" (a collapse; not "the fall of 1998") */
    if (f->kind == K_SEASON && c->len == 1 && tl_tok_is(d, t, "spring") && tl_tok_is(d, prev, "to") && next &&
        next->kind == TL_TOK_WORD && !(next->flags & TL_TOKF_CAP))
        return 0; /* the verb: "made to spring leaks", "to spring a surprise" (not "from winter to spring") */
    if (f->kind == K_SEASON && f->year < 0 && tl_season_name(d, c)) return 0;
    /* "the winter capital", "the summer palace", "winter wheat": a kind of
     * place or thing named by the season it serves */
    static const char *const SEASON_KIND[] = {"capital", "palace", "residence", "resort", "resorts", "retreat",
                                              "home", "house", "villa", "camp", "uniform", "uniforms", "wheat",
                                              "crop", "crops", "coat", "coats", "tyres", "tires", "clothes",
                                              "collection", "squash", NULL};
    if (f->kind == K_SEASON && f->year < 0 && tl_tok_in(d, next, SEASON_KIND)) return 0;
    if (tl_fall_is_drop(d, c, f)) return 0; /* "The fall was led by ...": a drop, not the season */
    if (f->kind == K_SEASON && f->plural > 0 && f->unit != U_MONTH)
        return 0; /* "the summer months" is the season; "the winter days", "summer weeks" are not read */
    if (f->kind == K_DECADE && tl_tok_in(d, prev, tl_possessive)) return 0;          /* "in his 30s": an age */
    if ((f->kind == K_DECADE || f->kind == K_SEASON || f->kind == K_DURATION) && c->len == 1 &&
        tl_compound_tail(d, prev, t))
        return 0; /* "free-fall", "KC-30s", "kilowatt-hours": the end of a hyphenated word or model name */
    /* the word before a title in the possessive: "the People's Daily" */
    const tl_token *owner = tl_tok_is(d, prev, "'s") && tl_cap_word(t) ? tl_tok_at(d, (long)c->a->tok0 - 2) : prev;
    if (f->kind == K_SET && c->len == 1 && f->setadv > 0 &&
        (((tl_cap_word(t) ? owner && owner->kind == TL_TOK_WORD && (owner->flags & TL_TOKF_CAP) : tl_cap_word(owner)) &&
          !tl_temporal_word(d, owner)) ||
         (tl_cap_word(next) && !tl_temporal_word(d, next))))
        return 0; /* "China Daily", "the Weekly Standard": a title (its first word may open the sentence);
                     "the Sabah daily", "the daily Al-Ahram": the noun, a newspaper (not "Average hourly
                     earnings") */
    static const char *const PUBLICATION_BEFORE[] = {"the", "a", "news", "business", "financial", "local", "leading",
                                                     "radical", "reformist", "hardline", "opposition", "regional",
                                                     "largest", "biggest", "national", "influential", "popular",
                                                     "independent", "official", "economic", "conservative",
                                                     "liberal", "selling", "circulation", NULL};
    static const char *const PUBLICATION_VERB[] = {"said", "says", "reported", "reports", "quoted", "quotes", NULL};
    if (f->kind == K_SET && c->len == 1 && f->setadv > 0 && tl_tok_in(d, prev, PUBLICATION_BEFORE) &&
        (!next || next->kind == TL_TOK_PUNCT || next->sentence != t->sentence || tl_tok_in(d, next, PUBLICATION_VERB) ||
         tl_participle_with_object(d, next)))
        return 0; /* "told the national news weekly.", "the financial daily said", "a radical daily
                     representing the union": the noun, a publication */
    static const char *const DAY_KIND_AFTER[] = {"this", "next", "last", "of", "that", "which", NULL};
    if (f->kind == K_WEEKDAY && f->a > 0 && next && next->kind == TL_TOK_WORD && !(next->flags & TL_TOKF_CAP) &&
        next->sentence == t->sentence && !tl_tok_in(d, next, tl_pod_after) && !tl_tok_in(d, next, DAY_KIND_AFTER))
        return 0; /* "a Sunday night memorial service": "a" goes with the noun, the day is a date */
    /* "weekend elections", "a weekend fire": the weekend as a date before
     * its noun ("a" goes with the noun); no other bare unit is a time */
    int noun_after = next && next->kind == TL_TOK_WORD && !(next->flags & TL_TOKF_CAP) &&
                     next->sentence == t->sentence && !tl_tok_in(d, next, tl_pod_after) && !tl_tok_in(d, next, DAY_KIND_AFTER);
    if (f->kind == K_THEUNIT && c->len == 1 && (f->unit != U_WEEKEND || !noun_after)) return 0;
    /* "certain days of the week", "at times of the year": a kind of day, no
     * week or year of the calendar (not "the first nine months of the
     * year", "the hottest day of the year": this year's) */
    static const char *const DAYS_OF[] = {"days", "times", NULL};
    static const char *const SOME[] = {"certain", "some", "many", "other", "all", "most", "several", "different",
                                       "various", "specific", "particular", NULL};
    if (f->kind == K_THEUNIT && c->len == 2 && tl_tok_is(d, prev, "of") &&
        tl_tok_in(d, tl_tok_at(d, (long)c->a->tok0 - 2), DAYS_OF) && tl_tok_in(d, tl_tok_at(d, (long)c->a->tok0 - 3), SOME) &&
        !tl_tok_in(d, next, FROM_NOW))
        return 0;
    /* "a night out at a club": an outing */
    if (f->kind == K_DURATION && f->unit == U_NIGHT && c->len == 2 && tl_tok_is(d, next, "out")) return 0;
    static const char *const AWARDED[] = {"player", "players", "coach", "manager", "footballer", "athlete",
                                          "person", "man", "woman", "rookie", "album", "song", "record", NULL};
    if (f->kind == K_THEUNIT && c->len == 2 && tl_tok_is(d, prev, "of") &&
        (tl_cap_word(&d->tokens.items[c->z->tok1]) || tl_tok_in(d, tl_tok_at(d, (long)c->a->tok0 - 2), AWARDED)))
        return 0; /* "Player of the Year", "Team of the Week", "former player of the year": a title */
    if (f->kind == K_DURATION && f->unit == U_WEEKEND && f->a > 0 && c->len == 2 && noun_after) return 0;
    if (c->len >= 2 && c->m->sym[0] == S_REL && tl_tok_is(d, t, "following") && !tl_tok_is(d, prev, "the"))
        return 0; /* "following Tuesday's raid", "Following March's vote": the preposition "after"; only
                     "the following Tuesday" is the one after the reference time */
    if (f->kind == K_DURATION && f->num < 0 && f->few <= 0 && c->len == 1 && tl_tok_in(d, prev, AFTER_BEFORE) &&
        next && next->kind == TL_TOK_WORD && !(next->flags & TL_TOKF_CAP) && !tl_tok_in(d, next, tl_pod_after) &&
        !tl_tok_is(d, next, "of"))
        return 0; /* "after hours trading": a compound before a noun, not a span */
    if (f->kind == K_RECENT && f->rel == R_LAST && f->the < 0 && !tl_tok_in(d, prev, LAST_DET))
        return 0; /* "may last months": the verb; the bare "months" is then a span */
    if (f->kind == K_DURATION && f->unit == U_QUARTER && f->num > 0 && tl_tok_is(d, next, "of") &&
        !tl_of_time(d, c->z->tok1 + 2, c->a->sentence))
        return 0; /* "three quarters of its value", "one quarter of Zaire": a fraction of a thing, not
                     a span of quarters */
    if (f->kind == K_TIME && c->len == 1 && tl_tok_is(d, prev, "high")) return 0; /* "high noon": an idiom */
    /* "with 1:29 remaining", "1:05 left to play": a game clock counting
     * down, no time of day */
    static const char *const CLOCK_LEFT[] = {"remaining", "left", NULL};
    static const char *const TO_PLAY[] = {"play", "go", NULL};
    if (f->kind == K_TIME && c->len == 1 && f->clock >= 0 && f->ampm < 0 && f->tz < 0 && !tl_tok_is(d, prev, "at") &&
        (tl_tok_in(d, next, CLOCK_LEFT) ||
         (tl_tok_is(d, next, "to") && tl_tok_in(d, tl_tok_at(d, (long)c->z->tok1 + 2), TO_PLAY))))
        return 0;
    /* "the one-day international", "two one-day matches": the name of a
     * cricket format, not a span */
    static const char *const CRICKET[] = {"international", "internationals", "series", "match", "matches",
                                          "cricket", "rankings", "format", "squad", "side", NULL};
    if (f->kind == K_DURATION && f->unit == U_DAY && f->num == 1 && tl_tok_in(d, next, CRICKET)) return 0;
    /* "Christmas trees", "Easter eggs", "Merry Christmas", "the word
     * Christmas": the holiday as a kind of thing, a greeting or a word, no
     * day (not "Christmas shopping", "the Christmas holidays": a time) */
    static const char *const HOLIDAY_THING[] = {
        "tree", "trees", "card", "cards", "carol", "carols", "decoration", "decorations", "light", "lights",
        "present", "presents", "gift", "gifts", "dinner", "meal", "lunch", "pudding", "cake", "song", "songs",
        "music", "spirit", "story", "stories", "message", "messages", "creche", "creches", "crib", "ornament",
        "ornaments", "stocking", "stockings", "wreath", "wreaths", "egg", "eggs", "bunny", "candy", "costume",
        "costumes", "pumpkin", "pumpkins", "turkey", "bonus", "bonuses", "hamper", "hampers", "jeer", "film",
        "movie", "album", "special", "market", "markets", "tradition", "traditions", NULL};
    static const char *const GREETING[] = {"merry", "happy", "word", NULL};
    if (f->kind == K_HOLIDAY && f->year < 0 &&
        (tl_tok_in(d, next, HOLIDAY_THING) || tl_tok_in(d, prev, GREETING)))
        return 0;
    /* "Jermaine Easter", "Mrs Christmas": a surname after a capitalised
     * name (not "Orthodox Easter", "Western Christmas") */
    static const char *const HOLIDAY_ADJ[] = {"orthodox", "catholic", "western", "eastern", "coptic", "armenian",
                                              "greek", "russian", "christian", "jewish", "chinese", "lunar", NULL};
    if (f->kind == K_HOLIDAY && c->len == 1 && tl_cap_word(prev) && !tl_temporal_word(d, prev) &&
        !tl_tok_in(d, prev, HOLIDAY_ADJ))
        return 0;
    /* "Black Monday", "Super Tuesday", "Bloody Sunday": a capitalised
     * adjective before a bare weekday makes the name of an event (TimeML:
     * no timex of this week's day); the calendar holidays ("Cyber Monday",
     * "Good Friday") are matched whole before this */
    static const char *const EVENT_DAY_ADJ[] = {"black", "bloody", "super", "blue", "mega", "manic", NULL};
    if (c->len == 1 && f->wday > 0 && prev && tl_cap_word(prev) && tl_tok_in(d, prev, EVENT_DAY_ADJ)) return 0;
    if (f->kind == K_REF && c->len == 1 && tl_tok_is(d, t, "now") && tl_tok_is(d, prev, "every") && tl_tok_is(d, next, "and"))
        return 0; /* "every now and then": a frequency idiom, not the present ("now that" is: TimeBank tags it) */
    if (f->kind == K_REF && c->len == 2 && c->m->sym[0] == S_THE && adjective_before_noun(d, next))
        return 0; /* "the future US role", "the past mayor": an adjective, not the past or the future */
    if (f->kind == K_REF && c->len == 1 && tl_tok_is(d, t, "current") &&
        (!next || (next->kind != TL_TOK_WORD && !(next->kind == TL_TOK_NUM && tl_tok_is(d, prev, "the"))) ||
         tl_tok_in(d, next, NOT_CURRENT)))
        return 0; /* "current" only as an adjective of time ("the current 45 dollars"): not "the current"
                     (a flow), "current account" */
    if (f->kind == K_DURATION && c->z->tok1 > c->a->tok0 && tl_cap_word(&d->tokens.items[c->z->tok1]) &&
        !(t->flags & TL_TOKF_SENT))
        return 0; /* "60 Minutes": a title */
    /* a capitalised name word before, even first in its sentence: "Russia
     * Today" (a channel) */
    int name_before = prev && prev->kind == TL_TOK_WORD && (prev->flags & TL_TOKF_CAP) && !tl_temporal_word(d, prev);
    if ((f->kind == K_DEICTIC || f->kind == K_RELUNIT || f->kind == K_REF) && tl_cap_word(t) &&
        tl_cap_word(&d->tokens.items[c->z->tok1]) && (name_before || (c->len > 1 && !tl_span_has(c->a, S_WDAY))))
        return 0; /* "VOA Today", "This Week" (a programme) */
    /* "An-Nahar (Today)": a name's translation in parentheses */
    if (f->kind == K_DEICTIC && c->len == 1 && tl_tok_is(d, prev, "(") && tl_tok_is(d, next, ")") &&
        tl_cap_word(t))
        return 0;
    return 1;
}

/* "One day in the not too distant future we will see", "a dream that one
 * day this nation will rise": "one day" opening its clause, with a modal
 * after it in the sentence, is some day to come. */
static int some_day_to_come(const tl_doc *d, uint32_t first, uint32_t last)
{
    const tl_token *prev = tl_tok_at(d, (long)first - 1);
    uint32_t sent = d->tokens.items[first].sentence;
    if (prev && prev->sentence == sent && !tl_tok_is(d, prev, "that")) return 0;
    for (size_t k = last + 1; k < d->tokens.len && k <= last + 12 && d->tokens.items[k].sentence == sent; k++)
        if (tl_tok_in(d, &d->tokens.items[k], MODAL)) return 1;
    return 0;
}


int tl_context_accepts(const tl_doc *d, const tl_spans *s, const tl_match *m, tl_frame *f)
{
    tl_around c = {d, s, m, &s->items[m->first], &s->items[m->end - 1], NULL, NULL, m->end - m->first, 0, 0};
    c.prev = tl_tok_at(d, (long)c.a->tok0 - 1);
    c.next = tl_tok_at(d, (long)c.z->tok1 + 1);
    if (c.prev && c.prev->sentence != c.a->sentence) c.prev = NULL;
    if (c.next && c.next->sentence != c.z->sentence) c.next = NULL;
    int first_sym = m->sym[0], last_sym = m->sym[c.len - 1];
    c.numeric_first = first_sym == S_CARD || first_sym == S_YEAR || first_sym == S_DAY;
    c.numeric_last = last_sym == S_CARD || last_sym == S_YEAR || last_sym == S_DAY;
    tl_context_fields(&c, f);
    if (!tl_numbers_ok(&c, f) || !words_ok(&c, f) || !tl_bare_pod_ok(&c, f)) return 0;
    /* an era is written in capitals: "AD 79", not "an ad 30 seconds long" */
    for (size_t k = 0; k < c.len; k++)
        if (m->sym[k] == S_ERA) {
            const tl_token *e = &d->tokens.items[s->items[m->first + k].tok0];
            char ch = tl_tok_text(d, e)[0];
            if (ch < 'A' || ch > 'Z') return 0;
        }
    /* "last season", "the last 12 seasons" in a match report: a season of
     * play, which comes once a year, not spring or summer */
    if (f->unit == U_SEASON && (tl_word_in_sentence(d, c.a->tok0, SPORT) || tl_doc_about(d, SPORT, 3)))
        f->unit = U_YEAR;
    const tl_token *prev = c.prev, *next = c.next, *t0 = tl_first_tok(&c);
    if (f->kind == K_QUARTER && f->year < 0 && tl_tok_is(d, next, "of") &&
        (!tl_of_time(d, c.z->tok1 + 2, c.a->sentence) || tl_of_short(d, c.z->tok1 + 2, c.a->sentence)))
        return 0; /* "the second half of the game", "the first half of the month" */
    if (f->kind == K_RELUNIT && tl_tok_is(d, next, "of") && tl_of_time(d, c.z->tok1 + 2, c.a->sentence))
        return 0; /* "the last week of March": a part of March, not the week before the DCT's */
    if ((f->kind == K_LATER || f->kind == K_ANAPHOR) && f->before != TL_UNSET && f->deictic == TL_UNSET && next &&
        next->kind != TL_TOK_PUNCT && !tl_tok_in(d, next, CLAUSE_LINK))
        return 0; /* "a month after the crisis": a duration and a preposition (but "rose 2 percent over the
                     month before as ...": the adverb, a clause follows) */
    if (f->kind == K_SET && c.len == 2 && first_sym == S_EACH && tl_tok_is(d, t0, "per") && prev && tl_rate_after(d, prev))
        return 0; /* "15 million instructions per second": a rate */
    if (f->kind == K_ORDDAY) {
        /* "by the 31st", "on the 5th": a day only after a preposition of
         * time, written in digits, and with no noun after it ("the 31st
         * president", "the 5th Fleet"): a punctuation mark or a word that
         * starts a new phrase */
        const tl_token *ord = &d->tokens.items[c.z->tok0];
        return ord->kind == TL_TOK_NUM && tl_tok_in(d, prev, ORDDAY_BEFORE) &&
               (!next || next->kind == TL_TOK_PUNCT || tl_tok_in(d, next, ORDDAY_AFTER));
    }
    /* "withdrawn one year earlier than planned": a gap between two times,
     * not a date */
    if (f->kind == K_LATER && f->num > 0 && tl_tok_is(d, next, "than")) {
        f->kind = K_DURATION;
        return 1;
    }
    /* "today's youth", "tomorrow's threat", "the people of tomorrow": an
     * age, not a day (TimeML: PRESENT_REF, FUTURE_REF) */
    static const char *const AGE_OF[] = {"world", "youth", "generation", "generations", "society", "children",
                                         "leaders", "threat", "threats", "challenges", "problems", "women", "men",
                                         NULL};
    if (f->kind == K_DEICTIC && c.len == 1 && (f->deictic == 0 || f->deictic == 1) &&
        ((f->poss && tl_tok_in(d, tl_tok_at(d, (long)c.z->tok1 + 2), AGE_OF)) ||
         (f->deictic == 1 && tl_tok_is(d, prev, "of") && !tl_tok_in(d, next, AGE_OF) &&
          (!next || next->kind != TL_TOK_WORD || !tl_lex_has(d, next, S_POD))))) {
        f->ref = f->deictic == 0 ? REF_PRESENT : REF_FUTURE;
        f->kind = K_REF;
        return 1;
    }
    if (f->kind != K_DURATION) return 1;
    if (c.len == 2 && f->unit == U_DAY && f->num == 1 && f->plural <= 0 && tl_tok_is(d, t0, "one") &&
        (tl_tok_in(d, prev, MODAL) || some_day_to_come(d, c.a->tok0, c.z->tok1))) {
        f->kind = K_REF; /* "will one day lead": some day to come, not a span of a day */
        f->ref = REF_FUTURE;
        return 1;
    }
    /* "hours after the ultimatum expired", "Days before the vote": a
     * vague span before the event it is measured from ("days later" is
     * left out, as TimeBank and AQUAINT leave it) */
    static const char *const FROM_EVENT[] = {"after", "before", NULL};
    static const char *const NOT_SPAN_BEFORE[] = {"the", "of", "first", "last", "final", "early", "those", "these",
                                                  NULL};
    if (f->num < 0 && f->few <= 0 && c.len == 1 && f->plural > 0 && tl_tok_in(d, next, FROM_EVENT) &&
        f->unit >= U_MINUTE && f->unit <= U_MONTH && !tl_tok_in(d, prev, tl_possessive) &&
        !tl_tok_in(d, prev, NOT_SPAN_BEFORE))
        return 1;
    if (f->num < 0 && f->few <= 0 && last_sym != S_LONG && !tl_tok_in(d, prev, SPAN_CONTEXT) &&
        !(first_sym == S_THE && tl_tok_in(d, prev, THE_UNITS_BEFORE)) && !(c.len == 1 && tl_tok_is(d, next, "of") && f->unit != U_QUARTER && !(prev && prev->kind == TL_TOK_NUM) &&
          !tl_tok_is(d, prev, "the") &&
          !tl_of_time(d, c.z->tok1 + 2, c.a->sentence)))
        return 0; /* bare "years" only as a span: "for years", "within days", "months of talks" (not
                     "the early hours of Thursday", a part of a time), "decades-long" */
    if (f->num < 0 && f->few <= 0 && first_sym == S_THE && c.len == 2 && !tl_tok_in(d, prev, THE_UNITS_BEFORE))
        return 0; /* "over the decades" is a span; "in the weeks before the vote" a time before an event */
    if (first_sym == S_A && c.len == 2 && f->unit == U_SECOND && next && next->kind == TL_TOK_WORD)
        return 0; /* "a second group" */
    if (first_sym == S_A && c.len == 2 && prev && !tl_tok_in(d, prev, SPAN_CONTEXT) && tl_rate_after(d, prev))
        return 0; /* "$3 million a year", "four flights a week": a rate, which TimeBank and AQUAINT leave out */
    return 1;
}
