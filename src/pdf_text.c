/*
 * A PDF page's text rebuilt from where its glyphs stand (see pdf_text.h).
 *
 * poppler splits a word wherever the next glyph stands more than a tenth
 * of an em further than the last one's advance, and writes a space there.
 * Producers that lay text out in whole device pixels (Word's PDF export,
 * at small sizes) leave such gaps inside words all the time: footnotes
 * come out as "Kamers tuk 3 6200-XII- 60". Here every place where poppler
 * parted two glyphs (or put two of its words together without a space) is
 * weighed again:
 *
 *  - The gap is measured against what this document does inside words:
 *    for each glyph (of a font and size) the reader learns, page by page,
 *    how far the producer usually puts the next glyph inside a word,
 *    beyond the glyph's own advance (kg_pdf_advances). A gap at a word's
 *    end is counted from there, so that a glyph the producer always sets
 *    a pixel wide does not read as a space.
 *  - What is left is compared with the font size: a real word gap is at
 *    least PDF_SPACE_KNOWN em (PDF_SPACE_UNKNOWN when nothing was learnt
 *    of a letter or digit, as of a capital that the producer always set
 *    apart from the rest of its word); below PDF_GLUE em it is never one.
 *    The widest justified gap is still a space, once.
 *  - Between the two, where a pixel of rounding and a narrow space look
 *    alike ("Pagina 1 van 7" beside "Kamers tuk"), the characters decide
 *    as Dutch text is set: a word and a number are two words, a word
 *    follows , ; : after a space, and a space stands between a word and
 *    a bracket or quote that opens or closes round it; letters with
 *    letters, digits with digits and signs with what they touch stay
 *    together ("3,7", "1053).", "PvdA": a small letter before a capital is
 *    no sign of a new word in the Kamer's party names and ministries).
 *
 * Footnote numbers: a digit in a smaller font, raised above its line, is
 * written as a superscript digit (¹, ², ³, ⁴ …). That is what the document
 * shows, and it is the shape the model reads best: a superscript is a
 * footnote marker wherever it stands (after a word, "motie?¹", "BRZO⁵",
 * "691)¹⁶"), and a superscript at the start of a line followed by a space
 * is the note it points to ("¹ Kamerstuk 36200-XII-60"). Digits glued to a
 * word ("motie8") would be a marker only after a lower-case word and would
 * be mistaken for part of a number after a capital or a year. poppler
 * sets a raised note number apart on a line of its own, sometimes far
 * from its note ("3" and "4" after the last note of the page); such a
 * number is put back before the line it stands beside.
 *
 * Lines stay poppler's lines, in poppler's order (it knows columns and
 * blocks); a line whose glyphs do not run left to right (rotated text)
 * keeps poppler's spaces.
 */
#include "pdf_text.h"
#include "footnote_shape.h"

#include <errno.h>
#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Inside one of poppler's words a glyph's box ends where the next starts. */
#define PDF_TOUCH 0.01
/* Word gaps, in em of the larger of the two fonts (see the head). */
#define PDF_SPACE_KNOWN 0.15
#define PDF_SPACE_UNKNOWN 0.22
#define PDF_GLUE 0.08
/* Two glyphs whose bottoms differ by more than this (em) are not one run. */
#define PDF_LEVEL 0.6
/* A superscript: at most this size of its line's font, its bottom raised
 * by at least PDF_SUP_RAISE em. */
#define PDF_SUP_SIZE 0.8
#define PDF_SUP_RAISE 0.2
/* A line is flat when its glyphs' bottoms lie within this (em). */
#define PDF_FLAT 0.5
/* A footnote number set apart stands at most this far (em) before its
 * note, and has at most this many digits. */
#define PDF_NOTE_REACH 2.0
#define PDF_NOTE_DIGITS 4
/* Pages with more lines than this are not searched for numbers set apart:
 * the search is quadratic, and no page of a letter comes near. */
#define PDF_NOTE_LINES 2000

static bool pdf_is_space(uint32_t c)
{
    return c == ' ' || c == '\t';
}

static bool pdf_is_break(uint32_t c)
{
    return c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool pdf_is_ink(uint32_t c)
{
    return c && !pdf_is_space(c) && !pdf_is_break(c);
}

static bool pdf_is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* ---- what the document does inside words -------------------------------- */

/* The few values seen most often in a stream, with their counts (Misra and
 * Gries's frequent items): the usual width of a glyph inside words, where
 * widths differ by the rounding of each position or by kerning, or the
 * size and baseline of a line. Any number of values costs the same room. */
#define PDF_TALLY 4

typedef struct {
    float value[PDF_TALLY];
    uint32_t count[PDF_TALLY];
} pdf_tally;

static void pdf_tally_add(pdf_tally *t, float v)
{
    for (int i = 0; i < PDF_TALLY; i++)
        if (t->count[i] && t->value[i] == v) {
            t->count[i]++;
            return;
        }
    for (int i = 0; i < PDF_TALLY; i++)
        if (!t->count[i]) {
            t->value[i] = v;
            t->count[i] = 1;
            return;
        }
    for (int i = 0; i < PDF_TALLY; i++)
        t->count[i]--;
}

/* The value seen most often, the larger on a tie; false when none. */
static bool pdf_tally_top(const pdf_tally *t, float *v)
{
    int best = -1;
    for (int i = 0; i < PDF_TALLY; i++)
        if (t->count[i] && (best < 0 || t->count[i] > t->count[best] ||
                            (t->count[i] == t->count[best] && t->value[i] > t->value[best])))
            best = i;
    if (best >= 0)
        *v = t->value[best];
    return best >= 0;
}

/* One glyph of one font at one size. */
typedef struct {
    uint64_t key;           /* 0: an empty slot */
    pdf_tally inside;       /* widths to the next glyph inside a word */
    pdf_tally alone;        /* its own advance, at a word's end */
} adv_entry;

/* An open-addressing table of glyphs. */
struct kg_pdf_advances {
    adv_entry *slots;
    size_t nslots, used;    /* nslots: 0 or a power of two */
};

/* The glyph's key, font, size (in hundredths of a point) and code point
 * in one number; 0 when it has none. */
static uint64_t adv_key_of(const kg_pdf_glyph *g)
{
    if (!(g->size > 0 && g->size < 10000) || g->c > 0x10FFFF || g->font >= (1u << 22))
        return 0;
    uint64_t size = (uint64_t)(g->size * 100 + 0.5f);
    return (((uint64_t)g->font << 41) | (size << 21) | g->c) + 1;
}

static size_t adv_hash(uint64_t key)
{
    key ^= key >> 31;               /* splitmix64's finaliser */
    key *= 0x7fb5d329728ea185ULL;
    key ^= key >> 27;
    key *= 0x81dadef4bc2dd44dULL;
    return (size_t)(key ^ (key >> 33));
}

/* The slot of key: its entry, or the empty slot where it goes. */
static adv_entry *adv_slot(const kg_pdf_advances *a, uint64_t key)
{
    size_t mask = a->nslots - 1;
    for (size_t i = adv_hash(key) & mask;; i = (i + 1) & mask)
        if (a->slots[i].key == key || !a->slots[i].key)
            return &a->slots[i];
}

static bool adv_grow(kg_pdf_advances *a)
{
    size_t n = a->nslots ? 2 * a->nslots : 256;
    adv_entry *old = a->slots, *slots = calloc(n, sizeof *slots);
    if (!slots)
        return false;
    size_t was = a->nslots;
    a->slots = slots;
    a->nslots = n;
    for (size_t i = 0; i < was; i++)
        if (old[i].key)
            *adv_slot(a, old[i].key) = old[i];
    free(old);
    return true;
}

kg_pdf_advances *kg_pdf_advances_create(void)
{
    return calloc(1, sizeof(kg_pdf_advances));
}

void kg_pdf_advances_free(kg_pdf_advances *a)
{
    if (a)
        free(a->slots);
    free(a);
}

/* Whether b follows a inside one of poppler's words. */
static bool pdf_touch(const kg_pdf_glyph *a, const kg_pdf_glyph *b)
{
    return pdf_is_ink(b->c) && fabs(a->x2 - b->x1) < PDF_TOUCH &&
           fabs(a->y2 - b->y2) < PDF_TOUCH;
}

bool kg_pdf_advances_learn(kg_pdf_advances *a, const kg_pdf_glyph *g, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t key = adv_key_of(&g[i]);
        float w = g[i].x2 - g[i].x1;
        if (!pdf_is_ink(g[i].c) || !key || !(w > 0 && w < 4 * g[i].size))
            continue;           /* no advance to learn from */
        if (2 * (a->used + 1) > a->nslots && !adv_grow(a))
            return false;
        adv_entry *e = adv_slot(a, key);
        if (!e->key) {
            e->key = key;
            a->used++;
        }
        bool inside = i + 1 < n && pdf_touch(&g[i], &g[i + 1]);
        pdf_tally_add(inside ? &e->inside : &e->alone, w);
    }
    return true;
}

/* How much further than its own advance the producer usually puts the
 * next glyph after g inside a word; false when that was not seen (g seen
 * only inside words, or never there). */
static bool pdf_excess(const kg_pdf_advances *a, const kg_pdf_glyph *g, double *excess)
{
    uint64_t key = adv_key_of(g);
    if (!a || !a->nslots || !key)
        return false;
    const adv_entry *e = adv_slot(a, key);
    float inside, alone;
    if (!e->key || !pdf_tally_top(&e->inside, &inside) || !pdf_tally_top(&e->alone, &alone))
        return false;
    *excess = (double)inside - alone;
    return true;
}

/* ---- where words part --------------------------------------------------- */

static bool pdf_opens(uint32_t c)
{
    return c == '(' || c == '[' || c == 0xAB /* « */ || c == 0x201C /* “ */;
}

static bool pdf_closes(uint32_t c)
{
    return c == ')' || c == ']' || c == 0xBB /* » */ || c == 0x201D /* ” */;
}

static bool pdf_separates(uint32_t c)
{
    return c == ',' || c == ';' || c == ':';
}

/* For a gap that is neither clearly a space nor clearly none. */
static bool pdf_words_part(uint32_t a, uint32_t b)
{
    if ((g_unichar_isalpha(a) && pdf_is_digit(b)) ||
        (pdf_is_digit(a) && g_unichar_isalpha(b)))
        return true;
    return (pdf_separates(a) && g_unichar_isalpha(b)) ||
           (pdf_closes(a) && g_unichar_isalnum(b)) ||
           (g_unichar_isalnum(a) && pdf_opens(b));
}

/* A line of the page being rebuilt: one of poppler's. */
typedef struct {
    size_t from, to;        /* its glyphs, [from, to), the line end excluded */
    size_t first, last;     /* its first and last ink; first == to: none */
    float size;             /* the font size most of its glyphs have */
    float top, bottom;      /* the usual box of the glyphs of that size */
    bool flat;              /* its glyphs run along one baseline */
    bool moved;             /* a footnote number now before its note */
    size_t note;            /* 1 + the line of the number before this one */
} pdf_line;

/* The page being rebuilt. */
typedef struct {
    const kg_pdf_glyph *g;
    size_t n;
    const kg_pdf_advances *adv;
    pdf_line *lines;
    size_t nlines;
    bool *raised;           /* per glyph: a superscript digit */
} pdf_page;

/* Whether a space stands between glyphs i and j of the page, where
 * `poppler_space` says whether poppler put one. */
static bool pdf_parted(const pdf_page *p, size_t i, size_t j, bool poppler_space)
{
    const kg_pdf_glyph *a = &p->g[i], *b = &p->g[j];
    bool sup = p->raised[i] || p->raised[j];
    double em = a->size > b->size ? a->size : b->size;
    if (!(em > 0) || b->x1 < a->x1 || (!sup && fabs(b->y2 - a->y2) > PDF_LEVEL * em))
        return poppler_space;   /* not one left-to-right run */
    double gap = b->x1 - a->x2, excess;
    if (!poppler_space && fabs(gap) < PDF_TOUCH)
        return false;           /* one of poppler's words */
    bool known = pdf_excess(p->adv, a, &excess);
    if (known)
        gap -= excess;
    /* a sign that never stands inside a word has no advance to learn,
     * and no rounding inside a word to fear */
    bool sure = known || !g_unichar_isalnum(a->c);
    if (gap >= (sure ? PDF_SPACE_KNOWN : PDF_SPACE_UNKNOWN) * em)
        return true;
    if (gap < PDF_GLUE * em || sup)
        return false;           /* a marker sticks to its word */
    return pdf_words_part(a->c, b->c);
}

/* ---- lines -------------------------------------------------------------- */

static bool pdf_split_lines(pdf_page *p)
{
    size_t cap = 0, from = 0;
    for (size_t i = 0; i <= p->n; i++) {
        if (i < p->n && !pdf_is_break(p->g[i].c))
            continue;
        if (kg_grow((void **)&p->lines, &cap, p->nlines, sizeof *p->lines))
            return false;
        p->lines[p->nlines++] = (pdf_line){.from = from, .to = i, .first = i, .last = i};
        from = i + 1;
    }
    return true;
}

/* The line's size, box and flatness, from the glyphs of its main size. */
static void pdf_measure(const pdf_page *p, pdf_line *l)
{
    pdf_tally sizes = {{0}, {0}}, tops = {{0}, {0}}, bottoms = {{0}, {0}};
    for (size_t i = l->from; i < l->to; i++) {
        if (!pdf_is_ink(p->g[i].c))
            continue;
        if (l->first == l->to)
            l->first = i;
        l->last = i;
        pdf_tally_add(&sizes, p->g[i].size);
    }
    if (!pdf_tally_top(&sizes, &l->size))
        return;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = l->first; i <= l->last; i++) {
        const kg_pdf_glyph *g = &p->g[i];
        if (pdf_is_ink(g->c) && g->size == l->size) {
            pdf_tally_add(&tops, g->y1);
            pdf_tally_add(&bottoms, g->y2);
            lo = g->y2 < lo ? g->y2 : lo;
            hi = g->y2 > hi ? g->y2 : hi;
        }
    }
    pdf_tally_top(&tops, &l->top);
    pdf_tally_top(&bottoms, &l->bottom);
    l->flat = l->size > 0 && hi - lo <= PDF_FLAT * l->size;
}

/* Whether glyph g, of a size and height, is raised above line l. */
static bool pdf_above(const pdf_line *l, const kg_pdf_glyph *g)
{
    return l->flat && g->size > 0 && g->size <= PDF_SUP_SIZE * l->size &&
           g->y2 <= l->bottom - PDF_SUP_RAISE * l->size && g->y2 >= l->top;
}

static void pdf_mark_raised(pdf_page *p, const pdf_line *l)
{
    for (size_t i = l->from; i < l->to; i++)
        p->raised[i] = pdf_is_digit(p->g[i].c) && pdf_above(l, &p->g[i]);
}

/* A line of nothing but a few digits: perhaps a footnote's number that
 * poppler, seeing it raised, set apart from its note. */
static bool pdf_number_line(const pdf_page *p, const pdf_line *l)
{
    size_t digits = 0;
    for (size_t i = l->from; i < l->to; i++) {
        if (!pdf_is_ink(p->g[i].c))
            continue;
        if (!pdf_is_digit(p->g[i].c) || ++digits > PDF_NOTE_DIGITS)
            return false;
    }
    return digits > 0 && l->flat;
}

/* The line that number line m stands raised before, as 1 + its index;
 * 0 when none. The nearest wins, the first on a tie. */
static size_t pdf_note_of(const pdf_page *p, size_t m)
{
    const pdf_line *num = &p->lines[m];
    const kg_pdf_glyph *a = &p->g[num->first], *z = &p->g[num->last];
    double mid = (a->y1 + a->y2) / 2, best_d = 0;
    size_t best = 0;
    for (size_t t = 0; t < p->nlines; t++) {
        const pdf_line *l = &p->lines[t];
        if (t == m || l->first == l->to || l->note || l->moved || !pdf_above(l, a) ||
            mid < l->top || mid > l->bottom)
            continue;
        double d = p->g[l->first].x1 - z->x2;
        if (d < -0.05 * l->size || d > PDF_NOTE_REACH * l->size)
            continue;
        if (!best || d < best_d) {
            best = t + 1;
            best_d = d;
        }
    }
    return best;
}

static void pdf_place_notes(pdf_page *p)
{
    if (p->nlines > PDF_NOTE_LINES)
        return;
    for (size_t m = 0; m < p->nlines; m++) {
        if (!pdf_number_line(p, &p->lines[m]))
            continue;
        size_t t = pdf_note_of(p, m);
        if (t) {
            p->lines[m].moved = true;
            p->lines[t - 1].note = m + 1;
        }
    }
}

/* ---- writing ------------------------------------------------------------ */

static void pdf_put(kg_sink *b, uint32_t c, bool raised)
{
    if (raised)
        c = kg_note_superscript(c - '0');
    if (!g_unichar_validate(c))
        c = 0xFFFD;
    char u[8];
    kg_out_bytes(b, u, (size_t)g_unichar_to_utf8(c, u));
}

/* The number moved before line l, as superscript digits and a space. */
static void pdf_put_note(kg_sink *b, const pdf_page *p, const pdf_line *l)
{
    const pdf_line *num = &p->lines[l->note - 1];
    for (size_t i = num->from; i < num->to; i++)
        if (pdf_is_ink(p->g[i].c))
            pdf_put(b, p->g[i].c, true);
    kg_out_char(b, ' ');
}

/* A line, then its end. A raised number that starts a line before a word
 * is a note's number and gets a space after it, as the model reads the
 * note by. */
static void pdf_put_line(kg_sink *b, const pdf_page *p, const pdf_line *l)
{
    if (l->note)
        pdf_put_note(b, p, l);
    bool gap = false, lead = !l->note, any = false;
    size_t prev = 0;
    for (size_t i = l->from; i < l->to; i++) {
        if (pdf_is_space(p->g[i].c))
            gap = true;
        if (!pdf_is_ink(p->g[i].c))
            continue;
        bool space = any && pdf_parted(p, prev, i, gap);
        if (lead && !p->raised[i]) {
            space |= any && g_unichar_isalnum(p->g[i].c);
            lead = false;       /* the end of a leading raised number */
        }
        if (space)
            kg_out_char(b, ' ');
        pdf_put(b, p->g[i].c, p->raised[i]);
        prev = i;
        gap = false;
        any = true;
    }
    kg_out_char(b, '\n');
}

static bool pdf_any_ink(const kg_pdf_glyph *g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (pdf_is_ink(g[i].c))
            return true;
    return false;
}

static bool pdf_build(kg_sink *b, pdf_page *p)
{
    if (!pdf_split_lines(p))
        return false;
    for (size_t i = 0; i < p->nlines; i++) {
        pdf_measure(p, &p->lines[i]);
        pdf_mark_raised(p, &p->lines[i]);
    }
    pdf_place_notes(p);
    for (size_t i = 0; i < p->nlines; i++) {
        const pdf_line *l = &p->lines[i];
        if (l->first < l->to && !l->moved)
            pdf_put_line(b, p, l);
    }
    return true;
}

bool kg_pdf_page_text(kg_sink *b, const kg_pdf_glyph *g, size_t n,
                      const kg_pdf_advances *a)
{
    if (!pdf_any_ink(g, n))
        return false;
    pdf_page p = {.g = g, .n = n, .adv = a};
    p.raised = calloc(n, sizeof *p.raised);
    if (!p.raised || !pdf_build(b, &p))
        b->error = ENOMEM;
    free(p.lines);
    free(p.raised);
    return true;
}
