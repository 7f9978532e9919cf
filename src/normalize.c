/*
 * Normalisation: the text the scanner sees. Real letters spell one thing
 * many ways (a non-breaking space inside "36 410", an en dash in
 * "2022–2023", a soft hyphen or a line-end hyphen inside a word, "ﬁ"
 * ligatures, curly quotes). Folding them here keeps the grammar small.
 * Hard line breaks inside a sentence (PDF extraction) become spaces, so
 * that a sentence stands on one line.
 *
 * The normalised text is never longer than the original (but for one
 * line break per cut). A list of anchors, sorted by normalised offset,
 * maps it back: after each edit, one anchor records where the normalised
 * and the original text are at the same point again; between anchors the
 * two run in step.
 *
 * Page furniture (letter heads repeated on every page, page footers) is
 * cut out of the running text, so that a sentence broken by a page break
 * reads on, and put after it, where the scanner still finds it: a footer
 * still tells the document's own identity and its page.
 */
#include "text.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    const unsigned char *in;
    size_t len, i;          /* reading position in the original */
    char *out;
    size_t n;               /* writing position in the normalised text */
    kg_anchor *anchors;
    size_t nanchors, cap;
} normalizer;

static int anchor(normalizer *z)
{
    if (kg_grow((void **)&z->anchors, &z->cap, z->nanchors, sizeof *z->anchors))
        return -1;
    z->anchors[z->nanchors].norm = z->n;
    z->anchors[z->nanchors].orig = z->i;
    z->nanchors++;
    return 0;
}

/* Replace the `skip` original bytes at i by `rep`. */
static int replace(normalizer *z, size_t skip, const char *rep)
{
    if (strlen(rep) > skip)             /* never: the text only shrinks */
        return -1;
    size_t r = strlen(rep);
    memcpy(z->out + z->n, rep, r);
    z->n += r;
    z->i += skip;
    return anchor(z);
}

static int is_lower_ascii(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* "verbon-\n  denheid": a word broken at the line end. */
static size_t line_end_hyphen(const normalizer *z)
{
    const unsigned char *p = z->in + z->i;
    if (z->n == 0 || !is_lower_ascii((unsigned char)z->out[z->n - 1]))
        return 0;
    size_t k = 1;                       /* past the hyphen */
    if (z->i + k < z->len && p[k] == '\r')
        k++;
    if (z->i + k >= z->len || p[k] != '\n')
        return 0;
    k++;
    while (z->i + k < z->len && (p[k] == ' ' || p[k] == '\t'))
        k++;
    return z->i + k < z->len && is_lower_ascii(p[k]) ? k : 0;
}

/* A hard line break of PDF extraction inside a sentence: the line does
 * not end a sentence and the next goes on in lower case ("... in de\n
 * brief van ..."). Not before "a. Titel", which is a heading. Returns the
 * bytes of the break, or 0. */
static size_t hard_line_break(const normalizer *z)
{
    const unsigned char *p = z->in + z->i;
    size_t left = z->len - z->i, k = 0;
    if (z->n == 0)
        return 0;
    unsigned char prev = (unsigned char)z->out[z->n - 1];
    /* not after a digit: a page footer ends in its page number */
    if (!is_lower_ascii(prev) && prev != ',')
        return 0;
    if (p[k] == '\r')
        k++;
    if (k >= left || p[k] != '\n')
        return 0;
    k++;
    size_t next = k;
    while (next < left && (p[next] == ' ' || p[next] == '\t'))
        next++;
    if (next >= left || !is_lower_ascii(p[next]) ||
        (next + 2 < left && p[next + 1] == '.' && p[next + 2] == ' '))
        return 0;
    return k;
}

/* One multi-byte sequence at i that we fold, or 0. */
static int fold(normalizer *z)
{
    static const struct {
        const char *from, *to;
    } table[] = {
        {"\xc2\xa0", " "},      {"\xe2\x80\xaf", " "},  {"\xe2\x80\x89", " "},
        {"\xe2\x80\x82", " "},  {"\xe2\x80\x83", " "},  {"\xe2\x80\x93", "-"},
        {"\xe2\x80\x94", "-"},  {"\xe2\x80\x90", "-"},  {"\xe2\x80\x91", "-"},
        {"\xe2\x88\x92", "-"},  {"\xe2\x80\x98", "'"},  {"\xe2\x80\x99", "'"},
        {"\xe2\x80\x9c", "\""}, {"\xe2\x80\x9d", "\""}, {"\xef\xac\x80", "ff"},
        {"\xef\xac\x81", "fi"}, {"\xef\xac\x82", "fl"}, {"\xef\xac\x83", "ffi"},
        {"\xef\xac\x84", "ffl"},
    };
    const unsigned char *p = z->in + z->i;
    size_t left = z->len - z->i;
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xAD) {    /* soft hyphen */
        size_t k = 2;
        if (k < left && p[k] == '\r')
            k++;
        if (k < left && p[k] == '\n')   /* at a line end: join the word */
            for (k++; k < left && (p[k] == ' ' || p[k] == '\t'); k++)
                ;
        else
            k = 2;
        return replace(z, k, "") == 0 ? 1 : -1;
    }
    for (size_t t = 0; t < sizeof table / sizeof *table; t++) {
        size_t n = strlen(table[t].from);
        if (left >= n && memcmp(p, table[t].from, n) == 0)
            return replace(z, n, table[t].to) == 0 ? 1 : -1;
    }
    return 0;
}

/* Normalises in[from..to) onto the output. */
static int normalize_range(normalizer *z, size_t from, size_t to)
{
    z->i = from;
    if (anchor(z) != 0)
        return -1;
    while (z->i < to) {
        unsigned char c = z->in[z->i];
        size_t k = 0;
        if (c == '-')
            k = line_end_hyphen(z);
        else if (c == '\n' || c == '\r')
            k = hard_line_break(z);
        if (k && z->i + k <= to) {
            if (replace(z, k, c == '-' ? "" : " ") != 0)
                return -1;
            continue;
        }
        if (c >= 0xC2) {
            int r = fold(z);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        z->out[z->n++] = (char)c;
        z->i++;
    }
    return 0;
}

int kg_normalize(kg_text *t, const kg_span *cuts, size_t ncuts)
{
    normalizer z = {(const unsigned char *)t->buf, t->len, t->start,
                    malloc(t->len + 4 * ncuts + 4), 0, NULL, 0, 0};
    if (!z.out)
        goto fail;
    size_t at = t->start;
    for (size_t c = 0; c < ncuts; c++) {       /* the text without cuts */
        if (normalize_range(&z, at, cuts[c].off) != 0)
            goto fail;
        at = cuts[c].off + cuts[c].len;
    }
    if (normalize_range(&z, at, t->len) != 0)
        goto fail;
    for (size_t c = 0; c < ncuts; c++) {       /* then the cuts, kept */
        /* A line of its own between the text and each cut: a citation
         * may run on over a line break, but not across this \x01, or it
         * would start at the text's end and end in a cut that came from
         * before it, a range running backwards in the original. */
        z.out[z.n++] = '\n';
        z.out[z.n++] = '\x01';
        z.out[z.n++] = '\n';
        if (normalize_range(&z, cuts[c].off, cuts[c].off + cuts[c].len) != 0)
            goto fail;
    }
    z.out[z.n] = '\0';
    free(t->norm);
    free(t->anchors);
    t->norm = z.out;
    t->norm_len = z.n;
    t->anchors = z.anchors;
    t->nanchors = z.nanchors;
    return 0;
fail:
    free(z.out);
    free(z.anchors);
    return -1;
}

size_t kg_text_original(const kg_text *t, size_t norm)
{
    size_t lo = 0, hi = t->nanchors;    /* last anchor with .norm <= norm */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->anchors[mid].norm <= norm)
            lo = mid;
        else
            hi = mid;
    }
    return t->anchors[lo].orig + (norm - t->anchors[lo].norm);
}

/* ---- wrapped lines --------------------------------------------------------- */

/* The length of the line that ends at `end` (its break or the text's end),
 * counted back to `cap` bytes at most. */
static size_t line_length_before(const char *t, size_t end, size_t cap)
{
    size_t n = 0;
    while (end > 0 && t[end - 1] != '\n' && n <= cap) {
        end--;
        n++;
    }
    return n;
}

static size_t line_length_from(const char *t, size_t len, size_t start, size_t cap)
{
    size_t n = 0;
    while (start + n < len && t[start + n] != '\n' && n <= cap)
        n++;
    return n;
}

/* The longest of the lines around the break at nl, three on each side: the
 * width of the column a PDF set them in. */
static size_t column_width(const char *t, size_t len, size_t nl, size_t cap)
{
    size_t width = 0, at = nl;
    for (int i = 0; i < 4 && at < len; i++) {     /* the line before and two more */
        size_t n = line_length_before(t, at, cap);
        width = n > width ? n : width;
        if (at < n + 1)
            break;
        at -= n + 1;
    }
    at = nl + 1;
    for (int i = 0; i < 3 && at < len; i++) {
        size_t n = line_length_from(t, len, at, cap);
        width = n > width ? n : width;
        at += n + 1;
    }
    return width;
}

/* Whether the line that the break at nl ends was wrapped by the layout of
 * a PDF rather than ended by its writer, when a capital follows ("... van
 * de motie van het lid X over een onafhankelijke" / "Raad voor de
 * rechtspraak (Kamerstuk ...)"): a word broken at a hyphen ("motie-" /
 * "Bromet/Sneller"), or a line that does not end a sentence and is as
 * long as its column, so that the next line's first word would not have
 * fitted on it. A heading, a list entry or a letter head is short; text
 * from Word has a paragraph a line, longer than any PDF column. */
bool kg_line_wraps(const char *t, size_t len, size_t nl)
{
    enum { MAX_COLUMN = 200, MIN_COLUMN = 40 };
    /* a break that normalisation made, between the text and the furniture
     * moved after it, stands past the end of the text as read */
    if (nl >= len)
        return false;
    size_t a = nl;
    while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\t' || t[a - 1] == '\r'))
        a--;
    if (a < 2 || t[a - 1] == '\n')
        return false;
    unsigned char last = (unsigned char)t[a - 1], before = (unsigned char)t[a - 2];
    bool letter_before = (before | 0x20) >= 'a' && (before | 0x20) <= 'z';
    if (last == '-')
        return letter_before || before >= 0x80;
    if (strchr(".?!:;", last) || (last >= '0' && last <= '9'))
        return false;
    size_t line = line_length_before(t, a, MAX_COLUMN);
    if (line < MIN_COLUMN || line > MAX_COLUMN)
        return false;
    size_t next = nl + 1;
    while (next < len && (t[next] == ' ' || t[next] == '\t'))
        next++;
    size_t word = 0;
    while (next + word < len && !strchr(" \t\r\n", t[next + word]))
        word++;
    size_t width = column_width(t, len, nl, MAX_COLUMN);
    return width <= MAX_COLUMN && 10 * line >= 6 * width &&
           10 * (line + 1 + word) >= 9 * width;
}
