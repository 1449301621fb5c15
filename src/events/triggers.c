/* triggers.c -- the words that name a happening in news prose.
 *
 * One entry a line: base form, class, kind.  The class groups words that
 * tell the same happening ("met", "talks", "summit" are all "meet"), so two
 * articles that word a meeting differently can still be merged.  Regular
 * inflections ("signs", "signed", "signing", "planned", "dies") are found by
 * stripping the ending; irregular ones are listed in `irregular` below.
 * Adding a trigger is one line here (and a test in test_events.c). */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "events.h"
#include "../util/hash.h"

static const struct trigger {
    const char *base, *lemma;
    tl_trigger_kind kind;
} triggers[] = {
    /* meetings and diplomacy */
    {"meet", "meet", TL_TRIG_VERB},
    {"summit", "meet", TL_TRIG_NOUN},
    {"talk", "meet", TL_TRIG_NOUN},
    {"negotiation", "meet", TL_TRIG_NOUN},
    {"negotiate", "meet", TL_TRIG_VERB},
    {"encounter", "meet", TL_TRIG_NOUN},
    {"visit", "visit", TL_TRIG_VERB},
    {"host", "visit", TL_TRIG_VERB},
    {"trip", "visit", TL_TRIG_NOUN},
    {"arrive", "arrive", TL_TRIG_VERB},
    {"land", "arrive", TL_TRIG_VERB},
    {"fly", "travel", TL_TRIG_VERB},
    {"travel", "travel", TL_TRIG_VERB},
    {"return", "travel", TL_TRIG_VERB},
    {"leave", "travel", TL_TRIG_VERB},
    {"depart", "travel", TL_TRIG_VERB},
    {"call", "call", TL_TRIG_NOUN},
    {"phone", "call", TL_TRIG_VERB},
    {"invite", "invite", TL_TRIG_VERB},
    {"invitation", "invite", TL_TRIG_NOUN},
    {"conference", "conference", TL_TRIG_NOUN},
    {"interview", "interview", TL_TRIG_NOUN},
    {"speech", "speech", TL_TRIG_NOUN},
    {"address", "speech", TL_TRIG_VERB},
    {"discuss", "discuss", TL_TRIG_VERB},
    {"propose", "propose", TL_TRIG_VERB},
    {"proposal", "propose", TL_TRIG_NOUN},
    {"offer", "propose", TL_TRIG_VERB},
    {"demand", "demand", TL_TRIG_VERB},
    {"threaten", "threaten", TL_TRIG_VERB},
    {"warn", "warn", TL_TRIG_VERB},
    {"urge", "urge", TL_TRIG_VERB},
    {"sanction", "sanction", TL_TRIG_VERB},
    {"impose", "sanction", TL_TRIG_VERB},
    /* agreements and decisions */
    {"sign", "sign", TL_TRIG_VERB},
    {"agree", "agree", TL_TRIG_VERB},
    {"agreement", "agree", TL_TRIG_NOUN},
    {"deal", "agree", TL_TRIG_NOUN},
    {"ceasefire", "ceasefire", TL_TRIG_NOUN},
    {"truce", "ceasefire", TL_TRIG_NOUN},
    {"approve", "approve", TL_TRIG_VERB},
    {"pass", "approve", TL_TRIG_VERB},
    {"reject", "reject", TL_TRIG_VERB},
    {"veto", "reject", TL_TRIG_VERB},
    {"ban", "ban", TL_TRIG_VERB},
    {"decide", "decide", TL_TRIG_VERB},
    {"decision", "decide", TL_TRIG_NOUN},
    {"rule", "decide", TL_TRIG_VERB},
    {"ruling", "decide", TL_TRIG_NOUN},
    {"verdict", "decide", TL_TRIG_NOUN},
    {"launch", "launch", TL_TRIG_VERB},
    {"unveil", "launch", TL_TRIG_VERB},
    {"open", "open", TL_TRIG_VERB},
    {"reopen", "open", TL_TRIG_VERB},
    {"close", "close", TL_TRIG_VERB},
    {"closure", "close", TL_TRIG_NOUN},
    {"shut", "close", TL_TRIG_VERB},
    {"shutdown", "close", TL_TRIG_NOUN},
    {"begin", "begin", TL_TRIG_VERB},
    {"start", "begin", TL_TRIG_VERB},
    {"end", "end", TL_TRIG_VERB},
    {"conclude", "end", TL_TRIG_VERB},
    {"cancel", "cancel", TL_TRIG_VERB},
    {"postpone", "cancel", TL_TRIG_VERB},
    {"delay", "cancel", TL_TRIG_VERB},
    {"suspend", "cancel", TL_TRIG_VERB},
    {"pause", "cancel", TL_TRIG_VERB},
    {"halt", "cancel", TL_TRIG_VERB},
    {"resume", "begin", TL_TRIG_VERB},
    {"schedule", "plan", TL_TRIG_VERB},
    {"plan", "plan", TL_TRIG_VERB},
    {"deliver", "deliver", TL_TRIG_VERB},
    {"appoint", "appoint", TL_TRIG_VERB},
    {"nominate", "appoint", TL_TRIG_VERB},
    {"resign", "resign", TL_TRIG_VERB},
    {"resignation", "resign", TL_TRIG_NOUN},
    {"fire", "fire", TL_TRIG_VERB},
    {"dismiss", "fire", TL_TRIG_VERB},
    /* politics */
    {"election", "elect", TL_TRIG_NOUN},
    {"elect", "elect", TL_TRIG_VERB},
    {"vote", "elect", TL_TRIG_VERB},
    {"referendum", "elect", TL_TRIG_NOUN},
    {"win", "win", TL_TRIG_VERB},
    {"lose", "lose", TL_TRIG_VERB},
    {"defeat", "lose", TL_TRIG_VERB},
    {"inaugurate", "inaugurate", TL_TRIG_VERB},
    {"inauguration", "inaugurate", TL_TRIG_NOUN},
    {"protest", "protest", TL_TRIG_NOUN},
    {"rally", "protest", TL_TRIG_NOUN},
    {"strike", "attack", TL_TRIG_NOUN},
    /* conflict, crime, disaster */
    {"attack", "attack", TL_TRIG_VERB},
    {"bomb", "attack", TL_TRIG_VERB},
    {"shell", "attack", TL_TRIG_VERB},
    {"invade", "invade", TL_TRIG_VERB},
    {"invasion", "invade", TL_TRIG_NOUN},
    {"capture", "capture", TL_TRIG_VERB},
    {"seize", "capture", TL_TRIG_VERB},
    {"advance", "capture", TL_TRIG_VERB},
    {"withdraw", "withdraw", TL_TRIG_VERB},
    {"withdrawal", "withdraw", TL_TRIG_NOUN},
    {"deploy", "deploy", TL_TRIG_VERB},
    {"deployment", "deploy", TL_TRIG_NOUN},
    {"mobilise", "deploy", TL_TRIG_VERB},
    {"mobilize", "deploy", TL_TRIG_VERB},
    {"kill", "kill", TL_TRIG_VERB},
    {"die", "kill", TL_TRIG_VERB},
    {"death", "kill", TL_TRIG_NOUN},
    {"wound", "kill", TL_TRIG_VERB},
    {"injure", "kill", TL_TRIG_VERB},
    {"shoot", "shoot", TL_TRIG_VERB},
    {"shooting", "shoot", TL_TRIG_NOUN},
    {"explode", "explode", TL_TRIG_VERB},
    {"explosion", "explode", TL_TRIG_NOUN},
    {"blast", "explode", TL_TRIG_NOUN},
    {"crash", "crash", TL_TRIG_VERB},
    {"collapse", "crash", TL_TRIG_VERB},
    {"earthquake", "disaster", TL_TRIG_NOUN},
    {"flood", "disaster", TL_TRIG_NOUN},
    {"storm", "disaster", TL_TRIG_NOUN},
    {"wildfire", "disaster", TL_TRIG_NOUN},
    {"arrest", "arrest", TL_TRIG_VERB},
    {"detain", "arrest", TL_TRIG_VERB},
    {"charge", "charge", TL_TRIG_VERB},
    {"convict", "charge", TL_TRIG_VERB},
    {"sentence", "charge", TL_TRIG_VERB},
    {"sue", "charge", TL_TRIG_VERB},
    {"release", "release", TL_TRIG_VERB},
    {"rescue", "release", TL_TRIG_VERB},
    {"evacuate", "release", TL_TRIG_VERB},
    /* economy */
    {"raise", "raise", TL_TRIG_VERB},
    {"cut", "cut", TL_TRIG_VERB},
    {"acquire", "acquire", TL_TRIG_VERB},
    {"merge", "acquire", TL_TRIG_VERB},
    {"buy", "acquire", TL_TRIG_VERB},
    {"sell", "acquire", TL_TRIG_VERB},
    /* announcements: statements whose object is the news itself */
    {"announce", "announce", TL_TRIG_VERB},
    {"confirm", "announce", TL_TRIG_VERB},
    {"deny", "announce", TL_TRIG_VERB},
    {"declare", "announce", TL_TRIG_VERB},
    {"signal", "announce", TL_TRIG_VERB},
    {"describe", "announce", TL_TRIG_VERB},
    {"respond", "announce", TL_TRIG_VERB},
    /* reported speech: the event is that someone said something */
    {"say", "say", TL_TRIG_REPORT},
    {"tell", "say", TL_TRIG_REPORT},
    {"add", "say", TL_TRIG_REPORT},
    {"note", "say", TL_TRIG_REPORT},
    {"stress", "say", TL_TRIG_REPORT},
    {"claim", "say", TL_TRIG_REPORT},
    {"write", "say", TL_TRIG_REPORT},
    {"indicate", "say", TL_TRIG_REPORT},
    {"acknowledge", "say", TL_TRIG_REPORT},
    {"insist", "say", TL_TRIG_REPORT},
    {"report", "say", TL_TRIG_REPORT},
    {"reply", "say", TL_TRIG_REPORT},
};

/* Irregular forms, their base, and whether the form tells the past
 * ("met", "flown"; not "says"). */
static const struct {
    const char *form, *base;
    int past;
} irregular[] = {
    {"met", "meet", 1},        {"held", "meet", 1},       {"flew", "fly", 1},
    {"flown", "fly", 1},       {"left", "leave", 1},      {"began", "begin", 1},
    {"begun", "begin", 1},     {"won", "win", 1},         {"lost", "lose", 1},
    {"struck", "strike", 1},   {"shot", "shoot", 1},      {"dead", "die", 0},
    {"said", "say", 1},        {"says", "say", 0},        {"told", "tell", 1},
    {"wrote", "write", 1},     {"written", "write", 1},   {"sold", "sell", 1},
    {"bought", "buy", 1},      {"sought", "demand", 1},   {"spoke", "say", 1},
    {"spoken", "say", 1},      {"according", "say", 0},   {"fled", "leave", 1},
    {"hit", "attack", 1},      {"cut", "cut", 1},         {"withdrew", "withdraw", 1},
    {"withdrawn", "withdraw", 1},
};

/* Triggers hashed by base form, once (pthread_once: several timelines may
 * run at once): every word of a dated sentence is looked up, under
 * several endings. */
#define SLOTS 512 /* a power of two, over twice the triggers */
static const struct trigger *by_base[SLOTS];
/* The first two letters of every base form: a word is a trigger only if
 * its first two letters are (the endings tried leave at least two letters
 * of the stem), so most words need no further look. */
static uint8_t prefix2[128][128];
/* Irregular forms hashed the same way: 1 + their index, 0 for empty. */
#define IRREGULAR_SLOTS 128 /* a power of two, over twice the forms */
static uint8_t irregular_slot[IRREGULAR_SLOTS];
_Static_assert(2 * (sizeof irregular / sizeof *irregular) < IRREGULAR_SLOTS, "grow IRREGULAR_SLOTS");
static pthread_once_t built_once = PTHREAD_ONCE_INIT;

/* The slot of base form w[0, n): the trigger's, or the empty one it would take. */
static size_t slot_of(const char *w, size_t n)
{
    size_t i = tl_hash(w, n) & (SLOTS - 1);
    while (by_base[i] && !(strncmp(by_base[i]->base, w, n) == 0 && by_base[i]->base[n] == '\0'))
        i = (i + 1) & (SLOTS - 1);
    return i;
}

static void build(void)
{
    for (size_t i = 0; i < sizeof triggers / sizeof *triggers; i++) {
        by_base[slot_of(triggers[i].base, strlen(triggers[i].base))] = &triggers[i];
        prefix2[(unsigned char)triggers[i].base[0] & 127][(unsigned char)triggers[i].base[1] & 127] = 1;
    }
    for (size_t i = 0; i < sizeof irregular / sizeof *irregular; i++) {
        const char *f = irregular[i].form;
        size_t k = tl_hash(f, strlen(f)) & (IRREGULAR_SLOTS - 1);
        while (irregular_slot[k]) k = (k + 1) & (IRREGULAR_SLOTS - 1);
        irregular_slot[k] = (uint8_t)(i + 1);
    }
}

/* The index of irregular form w[0, n), or -1. */
static int find_irregular(const char *w, size_t n)
{
    for (size_t k = tl_hash(w, n) & (IRREGULAR_SLOTS - 1); irregular_slot[k]; k = (k + 1) & (IRREGULAR_SLOTS - 1)) {
        const char *f = irregular[irregular_slot[k] - 1].form;
        if (strncmp(f, w, n) == 0 && f[n] == '\0') return irregular_slot[k] - 1;
    }
    return -1;
}

/* The trigger whose base form is w[0, n). */
static const struct trigger *find_base(const char *w, size_t n) { return by_base[slot_of(w, n)]; }

/* Try w, then w with a regular ending replaced: "signed" -> "sign",
 * "arrives" -> "arrive", "planned" -> "plan", "dies" -> "die". */
static const struct trigger *find_inflected(const char *w, size_t n)
{
#define ENDING(s, r) {s, r, sizeof s - 1, sizeof r - 1}
    static const struct {
        const char *suffix, *repl;
        size_t sl, rl;
    } endings[] = {
        ENDING("", ""),    ENDING("s", ""),   ENDING("es", ""),   ENDING("ies", "y"),
        ENDING("ied", "y"), ENDING("ed", ""), ENDING("ed", "e"),  ENDING("ing", ""),
        ENDING("ing", "e"), ENDING("ings", ""),
    };
#undef ENDING
    char tmp[40];
    if (!prefix2[(unsigned char)w[0] & 127][(unsigned char)w[1] & 127]) return NULL;
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        size_t sl = endings[i].sl, rl = endings[i].rl;
        if (n <= sl + 1 || memcmp(w + n - sl, endings[i].suffix, sl) != 0) continue;
        size_t stem = n - sl;
        memcpy(tmp, w, stem);
        memcpy(tmp + stem, endings[i].repl, rl);
        const struct trigger *t = find_base(tmp, stem + rl);
        if (t) return t;
        /* doubled final consonant: "planned", "hitting" */
        if (sl >= 2 && rl == 0 && stem >= 3 && tmp[stem - 1] == tmp[stem - 2] &&
            (t = find_base(tmp, stem - 1)) != NULL)
            return t;
    }
    return NULL;
}

tl_trigger_kind tl_trigger_lookup(const char *w, size_t n, const char **lemma)
{
    *lemma = "";
    char low[40];
    if (n < 2 || n >= sizeof low - 4) return TL_TRIG_NONE;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 0x80) return TL_TRIG_NONE;
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    pthread_once(&built_once, build);
    const struct trigger *t = NULL;
    int irr = find_irregular(low, n); /* the forms are all different */
    if (irr >= 0) t = find_base(irregular[irr].base, strlen(irregular[irr].base));
    if (!t) t = find_inflected(low, n);
    if (!t) return TL_TRIG_NONE;
    *lemma = t->lemma;
    return t->kind;
}

int tl_trigger_past_form(const char *w, size_t n)
{
    if (n > 3 && (w[n - 2] == 'e' || w[n - 2] == 'E') && (w[n - 1] == 'd' || w[n - 1] == 'D'))
        return 1; /* "closed", "announced" */
    for (size_t i = 0; i < sizeof irregular / sizeof *irregular; i++)
        if (irregular[i].past && tl_ev_word_is(w, n, irregular[i].form)) return 1;
    return 0;
}
