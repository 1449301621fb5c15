/* tense.c -- clause tense from cue words.
 *
 * News prose reports the past, so the tagger's default is the past; this
 * module only has to find the clauses that speak of the future ("will meet
 * on Friday", "is scheduled for", "plans to") and confirm the past ones.  A
 * cue is looked for first before the expression, back to the clause start
 * (a semicolon, a quote, "but"/"and" after a comma), then after it. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "tense.h"

/* How a word bears on tense.  WEAK_FUTURE words ("scheduled", "due") speak
 * of the future only when no past auxiliary governs them ("had been
 * scheduled to expire Friday" is past). */
typedef enum { NONE, PAST, PRESENT, FUTURE, WEAK_FUTURE, PAST_AUX, PAST_ED } cue_kind;

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
    {"intends", WEAK_FUTURE}, {"be", WEAK_FUTURE}, {"payable", WEAK_FUTURE},
    {"effective", WEAK_FUTURE}, {"until", WEAK_FUTURE}, {"soon", WEAK_FUTURE},
    {"ahead", WEAK_FUTURE},
    {"is", PRESENT}, {"are", PRESENT}, {"am", PRESENT}, {"says", PRESENT},
    {"had", PAST_AUX}, {"was", PAST_AUX}, {"were", PAST_AUX}, {"did", PAST},
    {"has", PAST}, {"have", PAST}, {"said", PAST}, {"told", PAST},
    {"met", PAST}, {"went", PAST}, {"came", PAST}, {"took", PAST}, {"made", PAST},
    {"gave", PAST}, {"held", PAST}, {"left", PAST}, {"began", PAST}, {"saw", PAST},
    {"got", PAST}, {"found", PAST}, {"spoke", PAST}, {"fell", PAST}, {"rose", PAST},
    {"won", PAST}, {"lost", PAST}, {"sent", PAST}, {"paid", PAST}, {"sold", PAST},
    {"bought", PAST}, {"brought", PAST}, {"thought", PAST}, {"wrote", PAST},
    {"ran", PAST}, {"struck", PAST}, {"fled", PAST}, {"led", PAST}, {"knew", PAST},
    {"became", PAST}, {"broke", PAST}, {"chose", PAST}, {"drove", PAST}, {"flew", PAST},
    {"grew", PAST}, {"kept", PAST}, {"meant", PAST}, {"stood", PAST}, {"spent", PAST},
    {"felt", PAST}, {"heard", PAST}, {"ago", PAST}, {"since", PAST}, {"yesterday", PAST},
};

/* CUES as an open-addressing hash table, built once: a lookup per word
 * must not scan the whole table. */
#define NSLOT 256
static const cue *slots[NSLOT];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint32_t hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void build(void)
{
    for (size_t k = 0; k < sizeof CUES / sizeof CUES[0]; k++) {
        uint32_t i = hash(CUES[k].word, strlen(CUES[k].word)) & (NSLOT - 1);
        while (slots[i]) i = (i + 1) & (NSLOT - 1);
        slots[i] = &CUES[k];
    }
}

static cue_kind word_cue(const char *p, size_t n)
{
    char b[24];
    if (n == 0 || n >= sizeof b) return NONE;
    for (size_t i = 0; i < n; i++) b[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    b[n] = '\0';
    pthread_once(&once, build);
    for (uint32_t i = hash(b, n) & (NSLOT - 1); slots[i]; i = (i + 1) & (NSLOT - 1))
        if (strcmp(slots[i]->word, b) == 0) return slots[i]->kind;
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
    size_t n = tl_tok_len(t);
    if (n >= sizeof b) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = tl_tok_text(d, t)[i];
        b[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    b[n] = '\0';
    for (const char *const *w = W; *w; w++)
        if (strcmp(*w, b) == 0) return 1;
    return 0;
}

/* Verbs that announce a plan when "to" follows ("planned to leave"). */
static int plan_verb(const char *p, size_t n)
{
    static const char *const V[] = {"planned", "plan", "set", "agreed", "hoped", "intended", "wanted",
                                    "decided", "promised", "vowed", "threatened", "prepared", NULL};
    for (const char *const *v = V; *v; v++)
        if (strlen(*v) == n && strncmp(*v, p, n) == 0) return 1;
    return 0;
}

static int is_boundary(const tl_doc *d, const tl_token *t)
{
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (n == 1 && (p[0] == ';' || p[0] == '"' || p[0] == ':' || p[0] == '(' || p[0] == ')')) return 1;
    return n == 3 && (!memcmp(p, "\xE2\x80\x9C", 3) || !memcmp(p, "\xE2\x80\x9D", 3));
}

/* The tense of the words from k stepping by dir (-1 or +1), at most max
 * words, within the clause; TL_TENSE_UNKNOWN when no cue decides. */
static tl_tense scan(const tl_doc *d, size_t k, int dir, int max)
{
    const tl_token *tk = d->tokens.items;
    uint32_t sent = tk[k].sentence;
    int weak = 0;
    for (int steps = 0; steps < max; steps++, k += (size_t)(long)dir) {
        if (k >= d->tokens.len || tk[k].sentence != sent || is_boundary(d, &tk[k])) break;
        if (tk[k].kind != TL_TOK_WORD) continue;
        cue_kind cue = word_cue(tl_tok_text(d, &tk[k]), tl_tok_len(&tk[k]));
        const tl_token *prev = k > 0 && tk[k - 1].sentence == sent ? &tk[k - 1] : NULL;
        const tl_token *nxt = k + 1 < d->tokens.len ? &tk[k + 1] : NULL;
        /* "a still unspecified date": an "-ed" adjective, not a verb */
        if (cue == PAST_ED && prev && adjective_marker(d, prev)) cue = NONE;
        if (cue == PAST_ED) cue = PAST;
        /* "will be paid", "to be held": a participle after "be" is not past */
        if (cue == PAST && prev && tl_tok_len(prev) == 2 && !strncmp(tl_tok_text(d, prev), "be", 2)) cue = FUTURE;
        /* "is to resume": a plan; "planned to leave", "set to resume": a plan
         * unless a past auxiliary governs it ("had been set to expire") */
        if (nxt && tl_tok_len(nxt) == 2 && !strncmp(tl_tok_text(d, nxt), "to", 2)) {
            if (cue == PRESENT) cue = FUTURE;
            else if (plan_verb(tl_tok_text(d, &tk[k]), tl_tok_len(&tk[k]))) cue = WEAK_FUTURE;
        }
        /* "as early as Tuesday", "as soon as Monday" */
        if (prev && tl_tok_len(prev) == 2 && !strncmp(tl_tok_text(d, prev), "as", 2) &&
            (tl_tok_len(&tk[k]) == 5 && (!strncmp(tl_tok_text(d, &tk[k]), "early", 5) ||
                                          !strncmp(tl_tok_text(d, &tk[k]), "later", 5))))
            cue = FUTURE;
        switch (cue) {
        case FUTURE: return TL_TENSE_FUTURE;
        case WEAK_FUTURE: if (dir > 0) return TL_TENSE_FUTURE; weak = 1; break;
        case PAST_AUX: return TL_TENSE_PAST;
        case PAST: case PAST_ED: if (!weak) return TL_TENSE_PAST; break;
        case PRESENT: return weak ? TL_TENSE_FUTURE : TL_TENSE_PRESENT;
        case NONE: break;
        }
        if (k == 0 && dir < 0) break;
    }
    return weak ? TL_TENSE_FUTURE : TL_TENSE_UNKNOWN;
}

tl_tense tl_clause_tense(const tl_doc *d, size_t first, size_t last)
{
    tl_tense t = first > 0 ? scan(d, first - 1, -1, 10) : TL_TENSE_UNKNOWN;
    if (t == TL_TENSE_UNKNOWN && last + 1 < d->tokens.len) t = scan(d, last + 1, 1, 6);
    return t;
}
