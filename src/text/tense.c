/* tense.c -- clause tense from cue words.
 *
 * News prose reports the past, so the tagger's default is the past; this
 * module only has to find the clauses that speak of the future ("will meet
 * on Friday", "is scheduled for", "plans to", "said it would") and confirm
 * the past ones.  A cue is looked for first before the expression, back to
 * the clause start (a semicolon, a colon, a quote; a parenthetical aside is
 * skipped, and one around the expression is left), then after it. */
#include <pthread.h>
#include <stdint.h>
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
 * reached Friday" is past, "could reopen Friday" ahead, see token_cue). */
typedef enum {
    NONE, PAST, PRESENT, FUTURE, WEAK_FUTURE, PAST_AUX, PERFECT, PAST_ED, UNTIL, MODAL, WOULD, COULD,
    BE,   /* a plan after "to" ("to be held"), else its modal decides */
    AS,   /* the future after "as" ("as early as Tuesday") */
    PLAN, /* a plan before "to" ("set to resume") */
    SCHED, /* a present of schedule: "starts on Friday", "are holding talks" */
    FUTURATE /* any other present after its subject: "rain spreads east on Thursday" */
} cue_kind;

typedef struct {
    const char *word;
    cue_kind kind;
} cue;

/* One cue a line.  "-ed" verb forms are recognised by their ending. */
static const cue CUES[] = {
    {"will", FUTURE}, {"'ll", FUTURE}, {"shall", FUTURE}, {"wo", FUTURE}, /* "wo n't" */
    {"tomorrow", FUTURE}, {"upcoming", FUTURE},
    {"scheduled", WEAK_FUTURE}, {"due", WEAK_FUTURE}, {"expected", WEAK_FUTURE},
    {"expects", WEAK_FUTURE}, {"plans", WEAK_FUTURE},
    {"planning", WEAK_FUTURE}, {"going", WEAK_FUTURE}, {"slated", WEAK_FUTURE},
    {"intends", WEAK_FUTURE}, {"payable", WEAK_FUTURE}, {"planned", WEAK_FUTURE},
    {"effective", WEAK_FUTURE}, {"until", UNTIL}, {"soon", WEAK_FUTURE},
    {"ahead", WEAK_FUTURE}, {"forecast", WEAK_FUTURE}, /* "rain is forecast for Monday" */
    {"should", MODAL}, {"may", MODAL}, {"might", MODAL}, {"must", MODAL},
    {"would", WOULD}, {"could", COULD},
    {"be", BE}, {"early", AS}, {"later", AS}, {"plan", PLAN}, {"set", PLAN},
    {"is", PRESENT}, {"are", PRESENT}, {"am", PRESENT}, {"says", PRESENT},
    {"had", PERFECT}, {"was", PAST_AUX}, {"were", PAST_AUX}, {"did", PAST},
    {"has", PAST}, {"have", PAST}, {"said", PAST}, {"told", PAST},
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
static const char *const LINKING[] = {"remain", "remains", "stay", "stays", "become", "becomes",
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
 * forms count only after a subject (see token_cue). */
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
static const char *const SPAN_PREP[] = {"from", "through", "until", "till", "into", NULL};

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
    "understand", "accuses", "accuse", "blames", "blame", "alleges", "allege", "show", "shows", NULL};
/* Adverbs of frequency: the present they modify is a habit, a set of
 * days, not the next one ("he usually works on Saturday"). */
static const char *const HABITUAL[] = {"usually", "often", "always", "normally", "typically", "generally",
                                       "sometimes", "rarely", "never", "regularly", "frequently", "seldom",
                                       "occasionally", "traditionally", "routinely", NULL};

/* The word lists above, as bits of a word's hash entry. */
enum { L_PROSPECTIVE = 1, L_SCHED_S = 2, L_SCHED_BASE = 4, L_SCHED_BASE_NOUN = 8, L_SCHED_S_NAMED = 16, L_SCHED_SPAN = 32,
       L_NOT_FUTURATE = 64, L_HABITUAL = 128 };

/* CUES, the IRREGULAR forms and the word lists as an open-addressing hash
 * table, built once: a lookup per word must not scan the whole table.  A word of CUES
 * keeps its kind; an irregular simple past that is not also the participle
 * ("ate", "went") is PAST, any other form is read as a regular "-ed" form
 * (PAST_ED, see token_cue). */
#define NSLOT 2048
typedef struct {
    const char *word;
    cue_kind kind;
    int verb_form;  /* from IRREGULAR: lower case only */
    unsigned lists; /* the word lists below it is on (L_ bits) */
} entry;
static entry slots[NSLOT];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint32_t hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static entry *slot_of(const char *w, size_t n, int create)
{
    uint32_t i = hash(w, n) & (NSLOT - 1);
    for (; slots[i].word; i = (i + 1) & (NSLOT - 1))
        if (strlen(slots[i].word) == n && memcmp(slots[i].word, w, n) == 0) return &slots[i];
    if (!create) return NULL;
    slots[i] = (entry){w, NONE, 0, 0};
    return &slots[i];
}

static void insert(const char *w, cue_kind kind, int verb_form)
{
    entry *e = slot_of(w, strlen(w), 0);
    if (e && (e->kind != NONE || e->verb_form)) return; /* the first entry wins */
    if (!e) e = slot_of(w, strlen(w), 1);
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
        {SCHED_SPAN, L_SCHED_SPAN}, {NOT_FUTURATE, L_NOT_FUTURATE}, {HABITUAL, L_HABITUAL}};
    for (size_t k = 0; k < sizeof LISTS / sizeof LISTS[0]; k++)
        for (const char *const *w = LISTS[k].list; *w; w++) slot_of(*w, strlen(*w), 1)->lists |= LISTS[k].bit;
}

/* The L_ bits of a word as written (the lists are lower case). */
static unsigned word_lists(const char *p, size_t n)
{
    pthread_once(&once, build);
    const entry *e = slot_of(p, n, 0);
    return e ? e->lists : 0;
}

static cue_kind word_cue(const char *p, size_t n)
{
    char b[24];
    if (n == 0 || n >= sizeof b) return NONE;
    for (size_t i = 0; i < n; i++) b[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    b[n] = '\0';
    pthread_once(&once, build);
    const entry *e = slot_of(b, n, 0);
    if (e && (e->kind != NONE || e->verb_form)) /* not a word of the lists alone */
        return e->verb_form && (p[0] < 'a' || p[0] > 'z') ? NONE : e->kind;
    /* regular past: "announced", "killed" (not "need", "speed", "red", nor
     * names: "United") */
    if (n >= 5 && p[0] >= 'a' && p[0] <= 'z' && b[n - 2] == 'e' && b[n - 1] == 'd' && b[n - 3] != 'e')
        return PAST_ED;
    return NONE;
}

/* Words after which an "-ed" word is an adjective ("the revised plan"). */
static int adjective_marker(const tl_doc *d, const tl_token *t)
{
    static const char *const W[] = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
                                    "these", "those", "still", "newly", "previously", "already", "well",
                                    "most", "more", "less", "recently", "widely", NULL};
    char b[16];
    if (!tl_tok_lower(d, t, b, sizeof b)) return 0;
    for (const char *const *w = W; *w; w++)
        if (strcmp(*w, b) == 0) return 1;
    return 0;
}

static int is_word(const tl_doc *d, const tl_token *t, const char *w)
{
    size_t n = strlen(w);
    if (!t || tl_tok_len(t) != n) return 0;
    const char *p = tl_tok_text(d, t);
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]) != w[i]) return 0;
    return 1;
}

static int in_list(const char *const *list, const char *p, size_t n)
{
    for (const char *const *v = list; *v; v++)
        if (strlen(*v) == n && strncmp(*v, p, n) == 0) return 1;
    return 0;
}

/* Is token k followed by "to" and a verb (an infinitive), not "to" and a
 * noun phrase ("agreed to the terms", "an offer to shareholders", "to
 * date")?  A verb is guessed as a lower-case word that is no determiner
 * and no plural ("-s", but "-ss", "-us": "to discuss", "to focus"). */
static int infinitive_after(const tl_doc *d, size_t k)
{
    static const char *const NOT_VERB[] = {"the", "a", "an", "this", "that", "these", "those", "its", "their",
                                           "his", "her", "our", "my", "your", "all", "some", "any", "each",
                                           "every", "no", "both", "date", "what", "whom", "which", NULL};
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

/* Words before an "-s" form that make it a plural noun ("the starts",
 * "its meets", "two takes"). */
static int noun_marker(const tl_doc *d, const tl_token *t)
{
    static const char *const W[] = {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my",
                                    "this", "that", "these", "those", "of", "in", "on", "at", "for",
                                    "with", "by", "from", "to", "and", "or", "whose", "some", "many",
                                    "few", "several", "two", "three", "all", "no", NULL};
    char b[16];
    if (!t || t->kind == TL_TOK_NUM) return 1;
    if (t->kind != TL_TOK_WORD || !tl_tok_lower(d, t, b, sizeof b)) return t->kind != TL_TOK_WORD;
    for (const char *const *w = W; *w; w++)
        if (strcmp(*w, b) == 0) return 1;
    return 0;
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
 * a subordinator, or a verb of saying ("say the bridge reopens"). */
static int clause_opener(const tl_doc *d, const tl_token *t)
{
    static const char *const W[] = {",", ";", ":", "\"", "that", "when", "as", "if", "because", "while", "once",
                                    "after", "before", "and", "but", "so", "say", "says", "said", NULL};
    char b[16];
    return tl_tok_lower(d, t, b, sizeof b) && in_list(W, b, strlen(b));
}

/* Adverbs and particles not in "-ly", which are no verb and no part of a
 * noun phrase ("just minutes apart on Friday"). */
static const char *const ADVERB[] = {"apart", "away", "together", "alone", "again", "back", "down", "up", "out",
                                     "off", "over", "here", "there", "now", "then", "too", "even", "still",
                                     "already", "yet", "just", "only", "almost", "nearly", "home", "abroad",
                                     "once", "twice", "instead", "meanwhile", "however", "also", "not", NULL};

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
    if (in_list(PREP, p, n) || in_list(ADVERB, p, n) || word_cue(p, n) != NONE || ing_form(d, t)) return 0;
    return !(n > 2 && p[n - 1] == 's' && p[n - 2] != 's' && p[n - 2] != 'u' && p[n - 2] != 'i') &&
           !(n > 3 && p[n - 2] == 'l' && p[n - 1] == 'y');
}

/* Is token k a verb in the simple present right after the subject that
 * opens its clause (see NOT_FUTURATE)?  1 for a futurate present, 2 for a
 * habit ("he usually works"), 0 when not such a verb.  The subject is a
 * pronoun, or a noun phrase back to a clause opener: an optional
 * determiner, modifiers (np_word) and a head that agrees with the verb's
 * form -- "front moves", "temperatures drop"; a name in "-s" takes either
 * ("The Yankees play", "Jones signs"), any other is singular (not
 * "demanding that Iraq withdraw", a subjunctive); "a" and "this" want a
 * singular head. */
static int present_verb(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const SING[] = {"he", "she", "it", NULL}, *const PLUR[] = {"they", "we", "you", NULL};
    static const char *const DET[] = {"the", "a", "an", "this", "these", "those", "its", "his", "her",
                                      "their", "our", "my", "each", "every", NULL};
    /* numerals and quantifiers: "four grandparents", "more talks" */
    static const char *const QUANT[] = {"one", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
                                        "hundred", "thousand", "million", "billion", "more", "most", "other",
                                        "fewer", "less", "such", "any", "none", "than", NULL};
    const tl_token *tk = d->tokens.items, *t = &tk[k];
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (k < 1 || n < 3 || (word_lists(p, n) & L_NOT_FUTURATE) || ing_form(d, t) ||
        (p[n - 2] == 'l' && p[n - 1] == 'y') || noun_marker(d, t) || clause_opener(d, t) ||
        in_list(ADVERB, p, n))
        return 0;
    int third = p[n - 1] == 's' && p[n - 2] != 's' && p[n - 2] != 'u' && p[n - 2] != 'i';
    size_t h = k - 1;
    if (tk[h].sentence != sent || tk[h].kind != TL_TOK_WORD) return 0;
    const char *hp = tl_tok_text(d, &tk[h]);
    size_t hn = tl_tok_len(&tk[h]);
    if (word_lists(hp, hn) & L_HABITUAL) return 2;
    char b[16] = "";
    if (tl_tok_lower(d, &tk[h], b, sizeof b) && (in_list(SING, b, strlen(b)) || in_list(PLUR, b, strlen(b))))
        return in_list(SING, b, strlen(b)) == third && (h == 0 || tk[h - 1].sentence != sent ||
                                                         clause_opener(d, &tk[h - 1]));
    /* the head: a name, or a noun of the verb's number */
    int plural = hn > 2 && hp[hn - 1] == 's' && hp[hn - 2] != 's' && hp[hn - 2] != 'u';
    int name = (tk[h].flags & TL_TOKF_CAP) && !(tk[h].flags & TL_TOKF_SENT) && (plural || third);
    if (!name && (plural == third || in_list(DET, b, strlen(b)) || in_list(QUANT, b, strlen(b)) || in_list(ADVERB, b, strlen(b)) ||
                  (word_lists(hp, hn) & L_NOT_FUTURATE) ||
                  (!(tk[h].flags & TL_TOKF_CAP) && (noun_marker(d, &tk[h]) || word_cue(hp, hn) != NONE ||
                                                    (hn > 3 && hp[hn - 2] == 'l' && hp[hn - 1] == 'y')))))
        return 0;
    /* back to the clause's opener through the rest of the noun phrase */
    for (size_t j = h, steps = 0; steps < 7; steps++) {
        if (j == 0 || tk[j - 1].sentence != sent) return 1;
        const tl_token *w = &tk[--j];
        if (clause_opener(d, w)) return 1;
        if (tl_tok_lower(d, w, b, sizeof b) && in_list(DET, b, strlen(b))) {
            /* "a storm system brings": "a" wants a singular verb */
            if ((is_word(d, w, "a") || is_word(d, w, "an") || is_word(d, w, "this") || is_word(d, w, "each") ||
                 is_word(d, w, "every")) && !third && !name)
                return 0;
            continue;
        }
        if (is_word(d, w, "of") || is_word(d, w, "'s") || is_word(d, w, "-") || is_word(d, w, ".")) continue;
        if (!np_word(d, w)) return 0;
    }
    return 0;
}

static int is_boundary(const tl_doc *d, const tl_token *t)
{
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (n == 1 && (p[0] == ';' || p[0] == '"' || p[0] == ':')) return 1;
    return n == 3 && (!memcmp(p, "\xE2\x80\x9C", 3) || !memcmp(p, "\xE2\x80\x9D", 3));
}

/* A closing straight quote after a full stop (".' Monday's visit will ..."):
 * the quotation ended there, even when the sentence splitter ran on. */
static int quote_end(const tl_doc *d, size_t k)
{
    const tl_token *t = &d->tokens.items[k];
    if (k == 0 || tl_tok_len(t) != 1 || tl_tok_text(d, t)[0] != '\'') return 0;
    const tl_token *p = &d->tokens.items[k - 1];
    char c = tl_tok_len(p) == 1 ? tl_tok_text(d, p)[0] : 0;
    return c == '.' || c == '?' || c == '!';
}

/* A parenthesis met while scanning in direction dir: 1 when the scan
 * leaves the parenthetical it started in ("(4 a.m. Thursday)" takes the
 * tense of the clause around it), -1 when it enters one (skipped whole: an
 * aside does not set the clause's tense), 0 for any other token. */
static int paren(const tl_doc *d, const tl_token *t, int dir)
{
    if (tl_tok_len(t) != 1) return 0;
    char c = tl_tok_text(d, t)[0];
    if (c == '(') return dir < 0 ? 1 : -1;
    if (c == ')') return dir > 0 ? 1 : -1;
    return 0;
}

typedef struct {
    tl_tense tense;
    int weak_only; /* the future came from weak cues alone ("planned", "until") */
    int from_past; /* "would": the future of a past moment */
    int by_aux;    /* decided by an auxiliary ("was", "had") */
    int schedule;  /* a present of schedule ("starts on Friday") */
    int futurate;  /* by a verb off the schedule lists (FUTURATE) */
} reading;

/* The cue of token k (prev and nxt its neighbours, or NULL), with the
 * context rules that turn one kind into another.  Most words are no cue:
 * they return before any look at their neighbours. */
static cue_kind token_cue(const tl_doc *d, size_t k, const tl_token *prev, const tl_token *nxt, int sched,
                          int backward)
{
    const tl_token *t = &d->tokens.items[k];
    /* "agreed to acquire", "an agreement to acquire", "likely to buy": a
     * plan for an expression inside the infinitive's phrase, after it,
     * unless a perfect governs it ("had agreed to leave", see scan) */
    unsigned lists = word_lists(tl_tok_text(d, t), tl_tok_len(t));
    if (backward && (lists & L_PROSPECTIVE) && infinitive_after(d, k))
        return WEAK_FUTURE;
    cue_kind cue = word_cue(tl_tok_text(d, t), tl_tok_len(t));
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
            in_list(SPAN_PREP, tl_tok_text(d, nxt), tl_tok_len(nxt)))
            return SCHED;
        switch (present_verb(d, k, t->sentence)) {
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
    if (cue == PAST && prev && prev->kind == TL_TOK_WORD && in_list(LINKING, tl_tok_text(d, prev), tl_tok_len(prev)))
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
    /* "are holding talks on Friday", "the vote is on Friday": a schedule */
    if (sched && cue == PRESENT && !is_word(d, t, "says") && (ing_form(d, nxt) || is_word(d, nxt, "on")))
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

/* Does the coordinator at token k join two dates ("on Monday and Tuesday
 * nights", "in March or April", "June 2 and 3")?  That is no boundary of a
 * clause. */
static int date_coordination(const tl_doc *d, size_t k)
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
static int past_verb_before(const tl_doc *d, size_t k, uint32_t sent)
{
    if (k == 0) return 0;
    const tl_token *tk = d->tokens.items, *v = &tk[k - 1];
    if (v->sentence != sent || v->kind != TL_TOK_WORD) return 0;
    const tl_token *prev = k >= 2 && tk[k - 2].sentence == sent ? &tk[k - 2] : NULL;
    return token_cue(d, k - 1, prev, &tk[k], 0, 0) == PAST;
}

/* Is the simple past at token k a future seen from the past: the verb of
 * a clause of time (when, after, before, until, once) under "would"?  "He
 * said they would leave when the market opened on Friday": the opening is
 * after the saying, the sequence of tenses put it in the past form.  The
 * subordinator must open the verb's clause, "would" the clause before it
 * (no comma, no other past between). */
static int future_in_past(const tl_doc *d, size_t k, uint32_t sent)
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
        if (w->kind != TL_TOK_WORD || word_cue(b, strlen(b)) != NONE) return 0; /* the subject */
    }
    for (steps = 0; j > 0 && steps < 10 && tk[j - 1].sentence == sent; steps++) {
        const tl_token *w = &tk[--j];
        if (is_boundary(d, w) || is_word(d, w, ",")) return 0;
        if (is_word(d, w, "would") || is_word(d, w, "'d")) return !is_word(d, &tk[j + 1], "have");
        cue_kind c = word_cue(tl_tok_text(d, w), tl_tok_len(w));
        if (c == PAST || c == PAST_ED || c == PAST_AUX || c == PERFECT) return 0;
    }
    return 0;
}

/* The tense of the words from k stepping by dir (-1 or +1), at most max
 * words, within the clause in sentence sent (and before a coordinating
 * conjunction when coord_stops); TL_TENSE_UNKNOWN when no cue decides. */
static reading scan(const tl_doc *d, size_t k, int dir, int max, int coord_stops, uint32_t sent, int sched)
{
    const tl_token *tk = d->tokens.items;
    int weak = 0, until = 0, depth = 0, comma = 0;
    reading r = {TL_TENSE_UNKNOWN, 0, 0, 0, 0, 0};
    for (int steps = 0; steps < max; steps++, k += (size_t)(long)dir) {
        if (k >= d->tokens.len || tk[k].sentence != sent || is_boundary(d, &tk[k]) || quote_end(d, k)) break;
        int p = paren(d, &tk[k], dir);
        if (p < 0) depth++;
        else if (p > 0 && depth > 0) depth--;
        if (is_word(d, &tk[k], ",")) comma = 1;
        if (p || depth || tk[k].kind != TL_TOK_WORD) {
            if (k == 0 && dir < 0) break;
            continue;
        }
        if (coord_stops && (is_word(d, &tk[k], "and") || is_word(d, &tk[k], "but") || is_word(d, &tk[k], "or")) &&
            !date_coordination(d, k))
            break;
        const tl_token *prev = k > 0 && tk[k - 1].sentence == sent ? &tk[k - 1] : NULL;
        const tl_token *nxt = k + 1 < d->tokens.len ? &tk[k + 1] : NULL;
        /* after the expression a present verb is as often in a relative
         * clause ("On Thursday, Ozawa, who heads the party, promised"):
         * a schedule is read only before it */
        cue_kind cue = token_cue(d, k, prev, nxt, sched && dir < 0, dir < 0);
        /* "Smith, who heads the union, on Tuesday resigned": a relative
         * clause closed before the expression is not its clause */
        if ((cue == SCHED || cue == FUTURATE || cue == PRESENT) && comma && dir < 0 &&
            (is_word(d, prev, "who") || is_word(d, prev, "which") || is_word(d, prev, "that")))
            cue = NONE;
        /* "by February", "through January": a deadline or the end of a span,
         * ahead unless a perfect or a past auxiliary says otherwise */
        if (steps == 0 && dir < 0 && (is_word(d, &tk[k], "by") || is_word(d, &tk[k], "through")))
            cue = past_verb_before(d, k, sent) ? NONE : UNTIL;
        switch (cue) {
        case FUTURE: case MODAL: r.tense = TL_TENSE_FUTURE; return r;
        case WOULD: r.tense = TL_TENSE_FUTURE; r.from_past = 1; return r;
        case WEAK_FUTURE: if (dir > 0) { r.tense = TL_TENSE_FUTURE; return r; } weak = 1; break;
        case UNTIL: until = 1; break;
        case PAST_AUX: /* "was scheduled to meet Friday": a plan seen from the past */
            r.tense = weak ? TL_TENSE_FUTURE : TL_TENSE_PAST;
            r.from_past = weak;
            r.by_aux = 1;
            return r;
        case PERFECT: r.tense = TL_TENSE_PAST; r.by_aux = 1; return r;
        case PAST: case PAST_ED:
            if (weak || until) break;
            r.tense = TL_TENSE_PAST;
            if (dir < 0 && future_in_past(d, k, sent)) r.tense = TL_TENSE_FUTURE, r.from_past = 1;
            return r;
        case PRESENT: r.tense = weak || until ? TL_TENSE_FUTURE : TL_TENSE_PRESENT; return r;
        case SCHED: case FUTURATE:
            r.tense = TL_TENSE_FUTURE;
            r.schedule = 1;
            r.futurate = cue == FUTURATE;
            return r;
        case NONE: case COULD: case BE: case AS: case PLAN: break;
        }
        if (k == 0 && dir < 0) break;
    }
    if (weak || until) r.tense = TL_TENSE_FUTURE;
    r.weak_only = weak || until;
    return r;
}

/* Does ", said" (says, told, added) follow token last?  Then the words
 * after the comma report the clause before it. */
static int reporting_after(const tl_doc *d, size_t last, uint32_t sent)
{
    static const char *const V[] = {"said", "says", "told", "added", "according", NULL};
    const tl_token *tk = d->tokens.items;
    if (last + 2 >= d->tokens.len || tk[last + 2].sentence != sent || !is_word(d, &tk[last + 1], ","))
        return 0;
    for (const char *const *v = V; *v; v++)
        if (is_word(d, &tk[last + 2], *v)) return 1;
    return 0;
}

/* A sentence that does not end in a full stop, a question or exclamation
 * mark: a headline, whose present tense reports the past ("Putin meets
 * Trump in Alaska"). */
static int headline(const tl_doc *d, size_t k, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    while (k + 1 < d->tokens.len && tk[k + 1].sentence == sent) k++;
    if (tl_tok_len(&tk[k]) != 1) {
        /* a closing quote after the stop */
        if (k == 0 || tk[k].kind != TL_TOK_PUNCT) return 1;
        k--;
    }
    char c = tl_tok_len(&tk[k]) == 1 ? tl_tok_text(d, &tk[k])[0] : 0;
    if ((c == '"' || c == '\'' || c == ')') && k > 0)
        c = tl_tok_len(&tk[k - 1]) == 1 ? tl_tok_text(d, &tk[k - 1])[0] : 0;
    return c != '.' && c != '?' && c != '!';
}

/* A photo caption, whose present tense describes the picture ("Netanyahu
 * visits the Western Wall on March 18 (Thomas Coex/AFP/Getty Images)"): a
 * parenthesis after the expression, on its line, holding "Photo", "Images",
 * "Getty". */
static int caption(const tl_doc *d, size_t k)
{
    const tl_token *tk = d->tokens.items;
    int open = 0;
    /* to the end of the line: the credit often follows the full stop */
    size_t end = k + 60;
    for (; k < d->tokens.len && k < end && !(tk[k].flags & (TL_TOKF_NEWLINE | TL_TOKF_PARA)); k++) {
        if (tl_tok_len(&tk[k]) == 1 && tl_tok_text(d, &tk[k])[0] == '(') open = 1;
        else if (open && (is_word(d, &tk[k], "photo") || is_word(d, &tk[k], "images") ||
                          is_word(d, &tk[k], "getty") || is_word(d, &tk[k], "photos")))
            return 1;
    }
    return 0;
}

/* May the clause of tokens [first, last] be a schedule in the present?
 * Not in a headline, nor for an expression naming a known event: "the
 * Oct. 3 attack", "Friday's meeting" (they are investigating it, it is
 * not ahead). */
static int schedule_allowed(const tl_doc *d, size_t first, size_t last, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    if (last + 1 < d->tokens.len && is_word(d, &tk[last + 1], "'s")) return 0;
    static const char *const DET[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that", NULL};
    char b[8];
    if (first > 0 && tk[first - 1].sentence == sent && tl_tok_lower(d, &tk[first - 1], b, sizeof b) &&
        in_list(DET, b, strlen(b)))
        return 0;
    return !headline(d, last, sent) && !caption(d, last + 1);
}

static reading clause_reading(const tl_doc *d, size_t first, size_t last, int sched)
{
    reading r = {TL_TENSE_UNKNOWN, 0, 0, 0, 0, 0};
    uint32_t sent = d->tokens.items[first].sentence; /* the scans stay in it */
    if (first > 0) r = scan(d, first - 1, -1, 10, 0, sent, sched);
    /* "his vow on Monday that there would be no state": what follows
     * "that" is the content of the vow, not when it was made */
    int complement = last + 1 < d->tokens.len && is_word(d, &d->tokens.items[last + 1], "that");
    if (r.tense == TL_TENSE_UNKNOWN && last + 1 < d->tokens.len && !complement) {
        r = scan(d, last + 1, 1, 6, 0, sent, sched);
        /* "may join him ... on Monday, said one of the people": a reporting
         * clause after the comma has its own tense; the clause of the
         * expression goes on further back than the usual window */
        if (r.tense == TL_TENSE_PAST && reporting_after(d, last, sent) && first > 0) {
            reading before = scan(d, first - 1, -1, 24, 0, sent, sched);
            if (before.tense == TL_TENSE_FUTURE) r = before;
        }
    } else if (r.weak_only && last + 1 < d->tokens.len) {
        /* "until Thursday, police had not named him", "a service planned
         * for Saturday was canceled": the auxiliary after decides */
        reading after = scan(d, last + 1, 1, 6, 1, sent, sched);
        if (after.tense == TL_TENSE_PAST && after.by_aux) r = after;
    }
    /* "would appeal Wednesday's ruling": the possessive names an event
     * already known; "would" speaks of the verb's, not of the ruling's */
    if (r.from_past && last + 1 < d->tokens.len && is_word(d, &d->tokens.items[last + 1], "'s"))
        r.tense = TL_TENSE_UNKNOWN, r.from_past = 0;
    return r;
}

/* Does a past verb follow token last (an adverb between)?  Then a present
 * read before the expression was a noun ("the jobs report Friday showed"). */
static int past_follows(const tl_doc *d, size_t last, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    for (size_t k = last + 1; k < d->tokens.len && k <= last + 2 && tk[k].sentence == sent; k++) {
        if (tk[k].kind != TL_TOK_WORD) return 0;
        cue_kind c = token_cue(d, k, &tk[k - 1], k + 1 < d->tokens.len ? &tk[k + 1] : NULL, 0, 0);
        if (c == PAST || c == PAST_ED || c == PAST_AUX || c == PERFECT) return 1;
        size_t n = tl_tok_len(&tk[k]);
        if (n < 4 || memcmp(tl_tok_text(d, &tk[k]) + n - 2, "ly", 2) != 0) return 0;
    }
    return 0;
}

tl_tense tl_clause_tense(const tl_doc *d, size_t first, size_t last, int *from_past)
{
    reading r = clause_reading(d, first, last, 1);
    if (r.futurate && past_follows(d, last, d->tokens.items[first].sentence)) r = clause_reading(d, first, last, 0);
    /* a schedule read where none may be: read the clause again without */
    if (r.schedule && !schedule_allowed(d, first, last, d->tokens.items[first].sentence))
        r = clause_reading(d, first, last, 0);
    if (from_past) *from_past = r.from_past;
    return r.tense;
}

int tl_far_future(const tl_doc *d, size_t first, int reported)
{
    if (first == 0) return 0;
    reading r = scan(d, first - 1, -1, 20, 1, d->tokens.items[first].sentence, 0);
    /* for a weekday "would" needs the day it was said */
    return r.tense == TL_TENSE_FUTURE && (reported || !r.from_past);
}
