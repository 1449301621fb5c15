/* tense_words.c -- the words the clause-tense module knows, and the
 * lexicon built from them.
 *
 * Every table of words the tense rules consult is here, at the top, one
 * kind of word a table: the cue words (CUES), the irregular verbs, the
 * verbs of schedule and the verbs that are no futurate present, the
 * adverbs.  To teach the tagger a verb, add it to its table; what the
 * rules do with each table is in tense_token.c and tense.c.  Below the
 * tables, the hash table they are looked up in, so that a lookup per
 * token does not scan them. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "tense_int.h"
#include "../util/hash.h"

typedef struct {
    const char *word;
    cue_kind kind;
} cue;

/* One cue a line.  "-ed" verb forms are recognised by their ending. */
static const cue CUES[] = {
    {"will", FUTURE}, {"'ll", FUTURE}, {"shall", FUTURE}, {"wo", FUTURE}, /* "wo n't" */
    {"tomorrow", FUTURE}, {"upcoming", FUTURE},
    {"scheduled", WEAK_FUTURE}, {"due", WEAK_FUTURE}, {"expected", WEAK_FUTURE}, {"possible", WEAK_FUTURE},
    {"expects", WEAK_FUTURE}, {"plans", WEAK_FUTURE},
    {"planning", WEAK_FUTURE}, {"going", WEAK_FUTURE}, {"slated", WEAK_FUTURE},
    {"intends", WEAK_FUTURE}, {"payable", WEAK_FUTURE}, {"planned", WEAK_FUTURE},
    {"effective", WEAK_FUTURE}, {"until", UNTIL}, {"soon", WEAK_FUTURE},
    {"ahead", WEAK_FUTURE}, {"forecast", WEAK_FUTURE}, /* "rain is forecast for Monday" */
    {"should", MODAL}, {"may", MODAL}, {"might", MODAL}, {"must", MODAL}, {"can", MODAL}, {"cannot", MODAL},
    {"would", WOULD}, {"could", COULD},
    {"be", BE}, {"early", AS}, {"later", AS}, {"plan", PLAN}, {"set", PLAN},
    {"is", PRESENT}, {"are", PRESENT}, {"am", PRESENT}, {"says", PRESENT},
    {"had", PERFECT}, {"was", PAST_AUX}, {"were", PAST_AUX}, {"did", PAST},
    {"has", PAST}, {"have", PAST}, {"said", PAST}, {"told", PAST},
    {"died", PAST_ED}, {"owed", PAST_ED}, {"tied", PAST_ED}, {"axed", PAST_ED}, /* "-ed" words too short for the rule */
    {"'ve", PAST}, {"ago", PAST}, {"since", PAST}, {"yesterday", PAST},
    /* the regular past of verbs in "-ee", which the "-ed" rule leaves out
     * with "need", "speed", "proceed" */
    {"agreed", PAST_ED}, {"disagreed", PAST_ED}, {"freed", PAST_ED}, {"decreed", PAST_ED},
    {"guaranteed", PAST_ED}, {"refereed", PAST_ED},
};

/* Irregular verbs: base, simple past, past participle, one verb a line,
 * from the common English irregulars.  The past and the participle are
 * cues of the past (a participle is read like a regular "-ed" form: an
 * adjective after "the", a passive present after "is", not past after
 * "be").  A form equal to the base is present as well, so no cue: it is
 * NULL ("come", "run", "beat"), and verbs with no other form ("put",
 * "cut", "hit", "set", "let") are left out; NULL also marks a form more
 * often another word: "lay" (of "lie", and the present of "lay"), "bit";
 * "bind", "grind", "wind" are left out for "bound", "ground", "wound".
 * Only lower-case words count: "Rose", "Drew", "Lent" are names. */
static const char *const IRREGULAR[][3] = {
    {"arise", "arose", "arisen"},          {"awake", "awoke", "awoken"},
    {"bear", "bore", "borne"},             {"beat", NULL, "beaten"},
    {"become", "became", NULL},            {"befall", "befell", "befallen"},
    {"begin", "began", "begun"},           {"bend", "bent", "bent"},
    {"bite", NULL, "bitten"},              {"bleed", "bled", "bled"},
    {"blow", "blew", "blown"},             {"break", "broke", "broken"},
    {"breed", "bred", "bred"},             {"bring", "brought", "brought"},
    {"build", "built", "built"},           {"burn", "burnt", "burnt"},
    {"buy", "bought", "bought"},           {"catch", "caught", "caught"},
    {"choose", "chose", "chosen"},         {"cling", "clung", "clung"},
    {"come", "came", NULL},                {"creep", "crept", "crept"},
    {"deal", "dealt", "dealt"},            {"dig", "dug", "dug"},
    {"do", "did", "done"},                 {"draw", "drew", "drawn"},
    {"dream", "dreamt", "dreamt"},         {"drink", "drank", "drunk"},
    {"drive", "drove", "driven"},          {"dwell", "dwelt", "dwelt"},
    {"eat", "ate", "eaten"},               {"fall", "fell", "fallen"},
    {"feed", "fed", "fed"},                {"feel", "felt", "felt"},
    {"fight", "fought", "fought"},         {"find", "found", "found"},
    {"flee", "fled", "fled"},              {"fling", "flung", "flung"},
    {"fly", "flew", "flown"},              {"forbid", "forbade", "forbidden"},
    {"foresee", "foresaw", "foreseen"},    {"forget", "forgot", "forgotten"},
    {"forgive", "forgave", "forgiven"},    {"forsake", "forsook", "forsaken"},
    {"freeze", "froze", "frozen"},         {"get", "got", "gotten"},
    {"give", "gave", "given"},             {"go", "went", "gone"},
    {"grow", "grew", "grown"},             {"hang", "hung", "hung"},
    {"hear", "heard", "heard"},            {"hide", "hid", "hidden"},
    {"hold", "held", "held"},              {"keep", "kept", "kept"},
    {"kneel", "knelt", "knelt"},           {"know", "knew", "known"},
    {"lay", "laid", "laid"},               {"lead", "led", "led"},
    {"lean", "leant", "leant"},            {"leap", "leapt", "leapt"},
    {"learn", "learnt", "learnt"},         {"leave", "left", "left"},
    {"lend", "lent", "lent"},              {"lie", NULL, "lain"},
    {"light", "lit", "lit"},               {"lose", "lost", "lost"},
    {"make", "made", "made"},              {"mean", "meant", "meant"},
    {"meet", "met", "met"},                {"mislead", "misled", "misled"},
    {"mistake", "mistook", "mistaken"},    {"overcome", "overcame", NULL},
    {"overtake", "overtook", "overtaken"}, {"overthrow", "overthrew", "overthrown"},
    {"oversee", "oversaw", "overseen"},    {"pay", "paid", "paid"},
    {"prove", "proved", "proven"},         {"rebuild", "rebuilt", "rebuilt"},
    {"repay", "repaid", "repaid"},         {"rewrite", "rewrote", "rewritten"},
    {"ride", "rode", "ridden"},            {"ring", "rang", "rung"},
    {"rise", "rose", "risen"},             {"run", "ran", NULL},
    {"say", "said", "said"},               {"see", "saw", "seen"},
    {"seek", "sought", "sought"},          {"sell", "sold", "sold"},
    {"send", "sent", "sent"},              {"sew", "sewed", "sewn"},
    {"shake", "shook", "shaken"},          {"shine", "shone", "shone"},
    {"shoot", "shot", "shot"},             {"show", "showed", "shown"},
    {"shrink", "shrank", "shrunk"},        {"sing", "sang", "sung"},
    {"sink", "sank", "sunk"},              {"sit", "sat", "sat"},
    {"slay", "slew", "slain"},             {"sleep", "slept", "slept"},
    {"slide", "slid", "slid"},             {"sling", "slung", "slung"},
    {"speak", "spoke", "spoken"},          {"speed", "sped", "sped"},
    {"spend", "spent", "spent"},           {"spin", "spun", "spun"},
    {"spit", "spat", "spat"},              {"spring", "sprang", "sprung"},
    {"stand", "stood", "stood"},           {"steal", "stole", "stolen"},
    {"stick", "stuck", "stuck"},           {"sting", "stung", "stung"},
    {"stink", "stank", "stunk"},           {"stride", "strode", "stridden"},
    {"strike", "struck", "stricken"},      {"strive", "strove", "striven"},
    {"swear", "swore", "sworn"},           {"sweep", "swept", "swept"},
    {"swell", "swelled", "swollen"},       {"swim", "swam", "swum"},
    {"swing", "swung", "swung"},           {"take", "took", "taken"},
    {"teach", "taught", "taught"},         {"tear", "tore", "torn"},
    {"tell", "told", "told"},              {"think", "thought", "thought"},
    {"throw", "threw", "thrown"},          {"tread", "trod", "trodden"},
    {"undergo", "underwent", "undergone"}, {"understand", "understood", "understood"},
    {"undertake", "undertook", "undertaken"}, {"uphold", "upheld", "upheld"},
    {"wake", "woke", "woken"},             {"wear", "wore", "worn"},
    {"weave", "wove", "woven"},            {"weep", "wept", "wept"},
    {"win", "won", "won"},                 {"withdraw", "withdrew", "withdrawn"},
    {"withhold", "withheld", "withheld"},  {"withstand", "withstood", "withstood"},
    {"wring", "wrung", "wrung"},           {"write", "wrote", "written"},
};

/* Linking verbs before a participle used as an adjective ("remain
 * closed", "stay open", "get married"); their past forms are cues of
 * their own. */
const char *const tl_tense_linking[] = {"remain", "remains", "stay", "stays", "become", "becomes",
                                        "seem", "seems", "get", "gets", "keep", "keeps", NULL};

/* Words whose infinitive complement speaks of what is ahead of them (a
 * future-oriented complement): "planned to leave", "was selected to
 * command a mission in December", "an agreement to acquire the bank in
 * January", "likely to buy".  Not the implicatives, whose infinitive
 * happens when they do ("declined to comment Friday", "managed to flee",
 * "tried to"), nor "be able to". */
static const char *const PROSPECTIVE_VERB[] = {"planned", "agreed", "hoped", "intended", "wanted", "decided",
                                               "promised", "vowed", "threatened", "prepared", "pledged",
                                               "offered", "proposed", "aimed", "arranged", "selected",
                                               "chosen", "picked", "nominated", "appointed", "elected",
                                               "designated", NULL};
static const char *const PROSPECTIVE_OTHER[] = {"agreement", "accord", "deal", "pact", "contract", "bid",
                                                "offer", "proposal", "decision", "commitment", "pledge",
                                                "promise", "intention", "move", "likely", "unlikely",
                                                "poised", "ready", "eager", "about", NULL};

/* Verbs that put an event on a schedule when in the present simple: "the
 * summit starts at 2 p.m. on Friday", "the two leaders meet Monday", "the
 * show opens March 18".  "-s" forms that are as often plural nouns
 * ("visits", "holds") need a pronoun or a name before them, "talks" never
 * counts; reporting verbs ("says", "tells") are not schedules.  The base
 * forms count only after a subject (see tl_tense_token_cue). */
static const char *const SCHED_S[] = {"starts", "begins", "opens", "reopens", "closes", "ends", "meets",
                                      "arrives", "leaves", "departs", "travels", "resumes",
                                      "convenes", "reconvenes", "adjourns", "expires", "matures", "kicks",
                                      "takes", "goes", "comes", "testifies", "speaks", "flies", "sails",
                                      "hears", "unveils", "launches", "debuts", "premieres", "airs", "tees",
                                      "lasts", "continues", "concludes", "finishes", NULL};
static const char *const SCHED_BASE[] = {"begin", "meet", "arrive", "leave", "depart", "travel", "resume",
                                         "convene", "reconvene", "fly", "sail", "gather", "go", "come",
                                         "continue", "conclude", "finish", NULL};
/* Base forms that are also nouns ("the Knesset vote on Monday", "India
 * visit"): only after a pronoun or a plural noun. */
static const char *const SCHED_BASE_NOUN[] = {"start", "open", "reopen", "close", "end", "hold", "face",
                                              "play", "vote", "kick", "return", "head", "visit", "hear", "host",
                                              NULL};

/* "run" of a span of time ("the fair runs from June 2 to 5", "the show
 * runs through Sunday"): a schedule only with the span's preposition after
 * it, the noun is too common ("home runs on Friday"). */
static const char *const SCHED_SPAN[] = {"runs", "run", NULL};
const char *const tl_tense_span_prep[] = {"from", "through", "until", "till", "into", NULL};

/* "-s" forms that are as often plural nouns: a schedule only after a
 * pronoun or a name ("he visits Paris on Saturday", "Merkel hosts the
 * summit Friday"; not "state visits", "the talks"). */
static const char *const SCHED_S_NAMED[] = {"visits", "holds", "heads", "returns", "faces", "plays",
                                            "votes", "gathers", NULL};

/* Beyond the lists: any verb in the simple present right after the
 * subject that opens its clause ("A cold front moves in Wednesday night",
 * "Rain spreads east on Thursday", "The band plays Saturday") is a
 * futurate present when a day is named -- news tells the past in the past
 * tense, so a dated present of an event is a plan or a forecast.  Not the
 * verbs of state and of saying, whose present is the DCT's ("he remains in
 * hospital", "officials say the man was arrested Friday": the embedded
 * clause has its own tense), nor a habit ("he usually works on Saturday",
 * see HABITUAL). */
static const char *const NOT_FUTURATE[] = {
    "remains", "remain", "stays", "stay", "seems", "seem", "appears", "appear", "lives", "live", "knows",
    "know", "owns", "own", "wants", "want", "needs", "need", "likes", "like", "loves", "love", "means",
    "mean", "contains", "contain", "includes", "include", "costs", "cost", "belongs", "belong", "lies",
    "lie", "sits", "sit", "stands", "stand", "looks", "look", "sounds", "sound", "feels", "feel",
    "depends", "depend", "matters", "matter", "exists", "exist", "represents", "represent", "lacks",
    "lack", "owes", "owe", "deserves", "deserve", "weighs", "weigh", "equals", "equal", "hopes", "hope",
    "fears", "fear", "believes", "believe", "thinks", "think", "says", "say", "tells", "tell", "claims",
    "claim", "notes", "note", "adds", "add", "argues", "argue", "insists", "insist", "warns", "warn",
    "admits", "admit", "denies", "deny", "confirms", "confirm", "writes", "write", "explains", "explain",
    "estimates", "estimate", "suggests", "suggest", "predicts", "predict", "acknowledges", "acknowledge",
    "concedes", "concede", "contends", "contend", "maintains", "maintain", "recalls", "recall",
    "reckons", "reckon", "doubts", "doubt", "wonders", "wonder", "agrees", "agree", "understands",
    "understand", "accuses", "accuse", "blames", "blame", "alleges", "allege", "show", "shows",
    /* adverbs the form of a verb would take: "the talks late on Tuesday" */
    "late", "early", "soon", "later", "earlier", NULL};
/* Verbs and nouns of rescheduling: the goal of "to", "until" after them
 * lies ahead of the act ("adjourned the case to February", "was postponed
 * until March", "an extension to Nov. 20"), even when the act is past. */
static const char *const RESCHEDULE[] = {
    "postpone", "postpones", "postponed", "postponing", "postponement", "delay", "delays", "delayed",
    "delaying", "defer", "defers", "deferred", "deferring", "adjourn", "adjourns", "adjourned", "adjourning",
    "adjournment", "extend", "extends", "extended", "extending", "extension", "reschedule", "reschedules",
    "rescheduled", "rescheduling", "prolong", "prolongs", "prolonged", "prolonging", "push", "pushes", "pushed",
    "pushing", "move", "moves", "moved", "moving", "shift", "shifts", "shifted", "shifting", NULL};
/* Words that date a clause within the last days: a main clause so dated
 * ("arrived on Thursday to clash with Real on Monday") puts the date of
 * its infinitive of purpose after it. */
static const char *const RECENT_DAY[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday", "yesterday", "today", "tonight", NULL};

/* The start of something set, right before its day: "the event starting
 * on Thursday", "a tariff effective Monday" (the day nearest the DCT). */
static const char *const START[] = {"starting", "beginning", "effective", "commencing", NULL};

/* Words in "-ing" that head no participle clause after a comma or "with
 * NP": prepositions ("including in December") and nouns ("morning"). */
static const char *const NOT_PARTICIPLE[] = {
    "including", "according", "following", "during", "regarding", "concerning", "excluding", "pending",
    "barring", "notwithstanding", "considering", "morning", "evening", "spring", "nothing", "something",
    "anything", "everything", "funding", "spending", "housing", "clothing", "lending", "ceiling", NULL};

/* Adverbs of frequency: the present they modify is a habit, a set of
 * days, not the next one ("he usually works on Saturday"). */
static const char *const HABITUAL[] = {"usually", "often", "always", "normally", "typically", "generally",
                                       "sometimes", "rarely", "never", "regularly", "frequently", "seldom",
                                       "occasionally", "traditionally", "routinely", NULL};

/* Words before an "-s" form that make it a plural noun ("the starts",
 * "its meets", "two takes"). */
static const char *const NOUN_MARKER[] = {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my",
                                          "this", "that", "these", "those", "of", "in", "on", "at", "for",
                                          "with", "by", "from", "to", "and", "or", "whose", "some", "many",
                                          "few", "several", "two", "three", "all", "no", NULL};

/* Where a clause opens, walking back: a comma, a subordinator, a verb of
 * saying ("say the bridge reopens"). */
static const char *const CLAUSE_OPENER[] = {",", ";", ":", "\"", "that", "when", "as", "if", "because", "while",
                                            "once", "after", "before", "and", "but", "so", "say", "says", "said",
                                            NULL};

/* Adverbs and particles not in "-ly", which are no verb and no part of a
 * noun phrase ("just minutes apart on Friday"). */
const char *const tl_tense_adverbs[] = {"apart", "away", "together", "alone", "again", "back", "down", "up",
                                        "out", "off", "over", "here", "there", "now", "then", "too", "even",
                                        "still", "already", "yet", "just", "only", "almost", "nearly", "home",
                                        "abroad", "once", "twice", "instead", "meanwhile", "however", "also",
                                        "not", NULL};

/* CUES, the IRREGULAR forms and the word lists as an open-addressing hash
 * table, built once: a lookup per word must not scan the whole table.  A word of CUES
 * keeps its kind; an irregular simple past that is not also the participle
 * ("ate", "went") is PAST, any other form is read as a regular "-ed" form
 * (PAST_ED, see tl_tense_token_cue). */
#define NSLOT 2048
typedef struct {
    const char *word;
    size_t len;
    cue_kind kind;
    int verb_form;  /* from IRREGULAR: lower case only */
    unsigned lists; /* the word lists below it is on (L_ bits) */
} entry;
static entry slots[NSLOT];
static pthread_once_t once = PTHREAD_ONCE_INIT;
/* Most words are in no table: for each length, the pairs of first and
 * last byte the words of that length have ([length][first]: a bit per
 * last byte, a byte taken as (c | 32) & 63) turn most of them away before
 * the hash probe. */
#define MAXLEN 24
#define BYTE_CLASS(c) ((((unsigned char)(c)) | 32) & 63)
static uint64_t first_last[MAXLEN][64];

static entry *slot_of(const char *w, size_t n, uint32_t h, int create)
{
    uint32_t i = h & (NSLOT - 1);
    for (; slots[i].word; i = (i + 1) & (NSLOT - 1))
        if (slots[i].len == n && memcmp(slots[i].word, w, n) == 0) return &slots[i];
    if (!create) return NULL;
    slots[i] = (entry){w, n, NONE, 0, 0};
    if (n > 0 && n < MAXLEN) first_last[n][BYTE_CLASS(w[0])] |= 1ull << BYTE_CLASS(w[n - 1]);
    return &slots[i];
}

/* The entry of w[0..n) as written, or NULL. */
static const entry *lookup(const char *w, size_t n)
{
    if (n == 0 || (n < MAXLEN && !(first_last[n][BYTE_CLASS(w[0])] >> BYTE_CLASS(w[n - 1]) & 1))) return NULL;
    return slot_of(w, n, tl_hash(w, n), 0);
}

static void insert(const char *w, cue_kind kind, int verb_form)
{
    entry *e = slot_of(w, strlen(w), tl_hash(w, strlen(w)), 1);
    if (e->kind != NONE || e->verb_form) return; /* the first entry wins */
    e->kind = kind;
    e->verb_form = verb_form;
}

static void build(void)
{
    for (size_t k = 0; k < sizeof CUES / sizeof CUES[0]; k++) insert(CUES[k].word, CUES[k].kind, 0);
    for (size_t k = 0; k < sizeof IRREGULAR / sizeof IRREGULAR[0]; k++) {
        const char *base = IRREGULAR[k][0], *past = IRREGULAR[k][1], *part = IRREGULAR[k][2];
        int same = past && part && strcmp(past, part) == 0;
        if (past && strcmp(past, base) != 0) insert(past, same ? PAST_ED : PAST, 1);
        if (part && strcmp(part, base) != 0) insert(part, PAST_ED, 1);
    }
    static const struct { const char *const *list; unsigned bit; } LISTS[] = {
        {PROSPECTIVE_VERB, L_PROSPECTIVE}, {PROSPECTIVE_OTHER, L_PROSPECTIVE}, {SCHED_S, L_SCHED_S},
        {SCHED_BASE, L_SCHED_BASE}, {SCHED_BASE_NOUN, L_SCHED_BASE_NOUN}, {SCHED_S_NAMED, L_SCHED_S_NAMED},
        {SCHED_SPAN, L_SCHED_SPAN}, {NOT_FUTURATE, L_NOT_FUTURATE}, {HABITUAL, L_HABITUAL},
        {RESCHEDULE, L_RESCHEDULE}, {RECENT_DAY, L_RECENT_DAY}, {NOT_PARTICIPLE, L_NOT_PARTICIPLE}, {START, L_START},
        {NOUN_MARKER, L_NOUN_MARKER}, {CLAUSE_OPENER, L_CLAUSE_OPENER}};
    for (size_t k = 0; k < sizeof LISTS / sizeof LISTS[0]; k++)
        for (const char *const *w = LISTS[k].list; *w; w++)
            slot_of(*w, strlen(*w), tl_hash(*w, strlen(*w)), 1)->lists |= LISTS[k].bit;
}

unsigned tl_tense_word_lists(const char *p, size_t n)
{
    pthread_once(&once, build);
    const entry *e = lookup(p, n);
    return e ? e->lists : 0;
}

unsigned tl_tense_folded_lists(const char *p, size_t n)
{
    char b[24];
    if (n >= sizeof b) return 0; /* no list has a word this long */
    for (size_t i = 0; i < n; i++) b[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    pthread_once(&once, build);
    const entry *e = lookup(b, n);
    return e ? e->lists : 0;
}

cue_kind tl_tense_word(const char *p, size_t n, unsigned *lists, unsigned *folded)
{
    char b[24];
    *lists = *folded = 0;
    if (n == 0 || n >= sizeof b) return NONE; /* no list has a word this long */
    int upper = 0;
    for (size_t i = 0; i < n; i++) {
        upper |= p[i] >= 'A' && p[i] <= 'Z';
        b[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    }
    b[n] = '\0';
    pthread_once(&once, build);
    const entry *e = lookup(b, n);
    /* the lists are in lower case and looked up as written */
    if (e) *folded = e->lists;
    if (e && !upper) *lists = e->lists;
    if (e && (e->kind != NONE || e->verb_form)) /* not a word of the lists alone */
        return e->verb_form && (p[0] < 'a' || p[0] > 'z') ? NONE : e->kind;
    /* regular past: "announced", "killed" (not "need", "speed", "red", nor
     * names: "United") */
    if (n >= 5 && p[0] >= 'a' && p[0] <= 'z' && b[n - 2] == 'e' && b[n - 1] == 'd' && b[n - 3] != 'e')
        return PAST_ED;
    return NONE;
}

cue_kind tl_tense_word_cue(const char *p, size_t n)
{
    unsigned lists, folded;
    return tl_tense_word(p, n, &lists, &folded);
}
