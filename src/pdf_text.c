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
 *    for each glyph (of a font and size) the reader learnt how far the
 *    producer put the next glyph inside a word, beyond the glyph's own
 *    advance (kg_pdf_advances). A gap at a word's end is counted from
 *    there, so that a glyph the producer always sets a pixel wide does not
 *    read as a space.
 *  - What is left is compared with the font size: a real word gap is at
 *    least PDF_SPACE_KNOWN em (PDF_SPACE_UNKNOWN when nothing was learnt of
 *    a letter or digit, as of a capital that the producer always set
 *    apart from the rest of its word); below PDF_GLUE em it is never one.
 *    The widest justified gap is still a space, once.
 *  - Between the two, where a pixel of rounding and a narrow space look
 *    alike ("Pagina 1 van 7" beside "Kamers tuk"), the characters decide
 *    as Dutch text is set: a word and a number are two words, a word
 *    follows , ; : after a space, and a space stands between a word and a bracket or quote
 *    that opens or closes round it; letters with letters, digits with
 *    digits and signs with what they touch stay together ("3,7", "1053).",
 *    "PvdA": a small letter before a capital is no sign of a new word in
 *    the Kamer's party names and ministries).
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

/* A glyph of a font at a size (in hundredths of a point). */
typedef struct {
    uint32_t font, size, c;
} adv_key;

typedef struct {
    adv_key key;
    bool inside;        /* the next glyph followed inside the same word */
    double width;       /* inside: to the next glyph; else its own advance */
} adv_sample;

typedef struct {
    adv_key key;
    double excess;      /* how much further than its advance, in points */
} adv_excess;

struct kg_pdf_advances {
    adv_sample *samples;
    size_t nsamples, capsamples;
    adv_excess *excess;
    size_t nexcess;
};

static bool adv_key_of(const kg_pdf_glyph *g, adv_key *k)
{
    if (!(g->size > 0 && g->size < 10000))
        return false;
    *k = (adv_key){g->font, (uint32_t)lround(g->size * 100), g->c};
    return true;
}

static int adv_key_cmp(const adv_key *a, const adv_key *b)
{
    if (a->font != b->font)
        return a->font < b->font ? -1 : 1;
    if (a->size != b->size)
        return a->size < b->size ? -1 : 1;
    return a->c < b->c ? -1 : a->c > b->c;
}

static int adv_sample_cmp(const void *pa, const void *pb)
{
    const adv_sample *a = pa, *b = pb;
    int k = adv_key_cmp(&a->key, &b->key);
    if (k)
        return k;
    if (a->inside != b->inside)
        return a->inside ? 1 : -1;
    return a->width < b->width ? -1 : a->width > b->width;
}

static bool adv_before(const void *entry, const void *key)
{
    return adv_key_cmp(&((const adv_excess *)entry)->key, key) < 0;
}

kg_pdf_advances *kg_pdf_advances_create(void)
{
    return calloc(1, sizeof(kg_pdf_advances));
}

void kg_pdf_advances_free(kg_pdf_advances *a)
{
    if (!a)
        return;
    free(a->samples);
    free(a->excess);
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
        adv_key k;
        double w = g[i].x2 - g[i].x1;
        if (!pdf_is_ink(g[i].c) || !adv_key_of(&g[i], &k) ||
            !(w > 0 && w < 4 * g[i].size))
            continue;           /* no advance to learn from */
        if (kg_grow((void **)&a->samples, &a->capsamples, a->nsamples,
                    sizeof *a->samples))
            return false;
        bool inside = i + 1 < n && pdf_touch(&g[i], &g[i + 1]);
        a->samples[a->nsamples++] = (adv_sample){k, inside, w};
    }
    return true;
}

/* The middle width of samples s[0..n), sorted. */
static double adv_median(const adv_sample *s, size_t n)
{
    return s[(n - 1) / 2].width;
}

/* Medians rather than means: inside words the widths differ by the
 * rounding of each position, and the usual one is what counts. */
bool kg_pdf_advances_settle(kg_pdf_advances *a)
{
    if (a->nsamples)
        qsort(a->samples, a->nsamples, sizeof *a->samples, adv_sample_cmp);
    size_t cap = 0;
    for (size_t i = 0, next; i < a->nsamples; i = next) {
        size_t inside = i;
        for (next = i; next < a->nsamples &&
                       adv_key_cmp(&a->samples[next].key, &a->samples[i].key) == 0;
             next++)
            inside += !a->samples[next].inside;
        if (inside == i || inside == next)
            continue;           /* seen only inside words, or never there */
        if (kg_grow((void **)&a->excess, &cap, a->nexcess, sizeof *a->excess))
            return false;
        a->excess[a->nexcess++] = (adv_excess){
            a->samples[i].key,
            adv_median(a->samples + inside, next - inside) -
                adv_median(a->samples + i, inside - i)};
    }
    free(a->samples);
    a->samples = NULL;
    a->nsamples = a->capsamples = 0;
    return true;
}

static bool pdf_excess(const kg_pdf_advances *a, const kg_pdf_glyph *g, double *excess)
{
    adv_key k;
    if (!a || !adv_key_of(g, &k))
        return false;
    size_t looked = 0;
    size_t i = kg_lower_bound(a->excess, a->nexcess, sizeof *a->excess, adv_before,
                              &k, &looked);
    if (i == a->nexcess || adv_key_cmp(&a->excess[i].key, &k) != 0)
        return false;
    *excess = a->excess[i].excess;
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
    double size;            /* the font size most of its glyphs have */
    double top, bottom;     /* the middle box of the glyphs of that size */
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
    double *scratch;        /* n doubles, for medians */
} pdf_page;

/* Whether a space stands between glyphs i and j of the page, where
 * `poppler_space` says whether poppler put one. */
static bool pdf_parted(const pdf_page *p, size_t i, size_t j, bool poppler_space)
{
    const kg_pdf_glyph *a = &p->g[i], *b = &p->g[j];
    bool sup = p->raised[i] || p->raised[j];
    double em = fmax(a->size, b->size);
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

static int pdf_double_cmp(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return a < b ? -1 : a > b;
}

static double pdf_median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, pdf_double_cmp);
    return v[(n - 1) / 2];
}

/* The size most of v[0..n) have (the larger on a tie); sorts v. */
static double pdf_mode(double *v, size_t n)
{
    qsort(v, n, sizeof *v, pdf_double_cmp);
    double best = v[0];
    size_t best_run = 0;
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i; j < n && v[j] == v[i]; j++)
            ;
        if (j - i >= best_run) {
            best = v[i];
            best_run = j - i;
        }
    }
    return best;
}

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
static void pdf_measure(pdf_page *p, pdf_line *l)
{
    size_t k = 0;
    for (size_t i = l->from; i < l->to; i++) {
        if (!pdf_is_ink(p->g[i].c))
            continue;
        if (l->first == l->to)
            l->first = i;
        l->last = i;
        p->scratch[k++] = p->g[i].size;
    }
    if (!k)
        return;
    l->size = pdf_mode(p->scratch, k);
    double lo = INFINITY, hi = -INFINITY;
    k = 0;
    for (size_t i = l->first; i <= l->last; i++) {
        if (pdf_is_ink(p->g[i].c) && p->g[i].size == l->size) {
            p->scratch[k++] = p->g[i].y2;
            lo = fmin(lo, p->g[i].y2);
            hi = fmax(hi, p->g[i].y2);
        }
    }
    l->bottom = pdf_median(p->scratch, k);
    l->flat = l->size > 0 && hi - lo <= PDF_FLAT * l->size;
    k = 0;
    for (size_t i = l->first; i <= l->last; i++)
        if (pdf_is_ink(p->g[i].c) && p->g[i].size == l->size)
            p->scratch[k++] = p->g[i].y1;
    l->top = pdf_median(p->scratch, k);
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

static void pdf_put(kg_buf *b, uint32_t c, bool raised)
{
    static const uint32_t sup[10] = {0x2070, 0xB9, 0xB2, 0xB3, 0x2074,
                                     0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
    if (raised)
        c = sup[c - '0'];
    if (!g_unichar_validate(c))
        c = 0xFFFD;
    char u[8];
    kg_buf_add(b, u, (size_t)g_unichar_to_utf8(c, u));
}

/* The number moved before line l, as superscript digits and a space. */
static void pdf_put_note(kg_buf *b, const pdf_page *p, const pdf_line *l)
{
    const pdf_line *num = &p->lines[l->note - 1];
    for (size_t i = num->from; i < num->to; i++)
        if (pdf_is_ink(p->g[i].c))
            pdf_put(b, p->g[i].c, true);
    kg_buf_addc(b, ' ');
}

/* A line, then its end. A raised number that starts a line before a word
 * is a note's number and gets a space after it, as the model reads the
 * note by. */
static void pdf_put_line(kg_buf *b, const pdf_page *p, const pdf_line *l)
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
            kg_buf_addc(b, ' ');
        pdf_put(b, p->g[i].c, p->raised[i]);
        prev = i;
        gap = false;
        any = true;
    }
    kg_buf_addc(b, '\n');
}

static bool pdf_any_ink(const kg_pdf_glyph *g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (pdf_is_ink(g[i].c))
            return true;
    return false;
}

static bool pdf_build(kg_buf *b, pdf_page *p)
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

bool kg_pdf_page_text(kg_buf *b, const kg_pdf_glyph *g, size_t n,
                      const kg_pdf_advances *a)
{
    if (!pdf_any_ink(g, n))
        return false;
    pdf_page p = {.g = g, .n = n, .adv = a};
    p.raised = calloc(n, sizeof *p.raised);
    p.scratch = malloc(n * sizeof *p.scratch);
    if (!p.raised || !p.scratch || !pdf_build(b, &p))
        b->failed = true;
    free(p.lines);
    free(p.raised);
    free(p.scratch);
    return true;
}
