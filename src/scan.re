/*
 * The scanner: the one place that knows what a citation looks like.
 *
 * The main lexer walks the text a token at a time. Words are consumed
 * whole, so a pattern can only start at a word boundary ("promotie" never
 * yields "motie"). When a keyword starts a citation ("Kamerstukken", "TK,",
 * "Handelingen", "(" before a number), small sub-lexers parse the rest:
 * the head (Kamer, vergaderjaar), one item (dossier, toevoeging,
 * ondernummer) and continuations (pages, "en", ranges, lists). Each emits
 * raw fields as byte spans; cite.c turns them into canonical ids.
 *
 * The text is normalised (normalize.c: one kind of space, dash and quote)
 * and NUL-terminated; no pattern but the main lexer's end rule contains
 * NUL, so no sub-lexer reads past the end.
 */
#include "internal.h"
#include <stdio.h>
#include <string.h>

typedef const unsigned char *cur;

typedef struct {
    cur base, lim;
    kg_cite_sink sink;
    void *ctx;
    size_t eol_read;    /* bytes read to line ends: kg_scan_text's answer */
} scanner;

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:tags = 1;

    sp     = [ \t];
    nl     = "\r"? "\n";
    s      = sp* (nl sp*)?;
    s1     = sp+ (nl sp*)? | sp* nl sp*;
    d      = [0-9];
    dash   = "-";
    roman  = [IVXLC]+;
    kamer  = "II" | "I" | "EK" | "TK" | "Eerste" s1 "Kamer" | "Tweede" s1 "Kamer"
           | "VV" | "Verenigde" s1 "Vergadering";
    kslip  = [I1l] [I1l]?;         /* OCR and typing slips for I and II */
    vj     = d{4} s ("/" | dash) s (d{2} | d{4}) | d{4} "/" dash s d{2}
           | "'" d{2} s "/" s "'"? d{2};
    /* PDF extraction breaks lines anywhere, even in "24 337" */
    dos    = d{5,6} | d{2} (sp | "." | dash | sp* nl sp*) d{3} | d{1,4};
    dosc   = d{5,6} | d{2} sp d{3};
    toev   = roman | [A-Z]{1,2} | "hoofdstuk" s1 roman;
    toevc  = roman | [A-Z]{1,2} | d{2};
    tpart  = (s1 | dash)? toev | dash d{2};   /* the toevoeging and what
                                                 separates it */
    nrkw   = ("nr" | "Nr" | "nrs" | "Nrs") "."? | "nummer" | "nummers";
    ond    = d+ [a-z]? | [A-Z]{1,2};
    ondc   = [1-9] d* [a-z]?;         /* "21501-09" is a dossier: no
                                         ondernummer starts with 0 */
    rnum   = "(" s "R" s d+ s ")";
    pagekw = "p." | "pp." | "blz." | "pag." | "pagina" | "pagina's"
           | "bladzijde" | "bladzijden";
    pages  = d+ (s (dash | "en" | "t/m") s d+)* (sp "e.v.")?;

    upper  = [A-Z] | "\xc3" [\x80-\x9e] | [\xc4\xc5] [\x80-\xbf];
    lower  = [a-z] | "\xc3" [\x9f-\xbf] | [\xc4\xc5] [\x80-\xbf] | "'";
    nword  = upper lower+ ("-" upper lower+)*;
    /* also the list of cite.c's member keys, through kg_is_tussenvoegsel */
    tv     = "van" | "de" | "der" | "den" | "het" | "ter" | "ten" | "te" | "in"
           | "'t" | "Van" | "De" | "Der" | "Den" | "Ter" | "Ten" | "Het" | "In";
    surname= (tv s1)* nword;         /* "Van der\nPlas": broken by a PDF */
    name   = (nword sp)? surname;
    party  = "(" [A-Za-z0-9-]+ ")";
    zie    = ("Zie" | "zie") (sp "ook")?;
    vraagw = "vraag" | "vragen";
    antw   = ("het" s1)? "antwoord" s1 "op" s1 ("de" s1)? vraagw (s1 "van")? s1
             ("het" s1 "lid" | "de" s1 "leden");
    oppage = s ("," s)? "op" sp pagekw sp;
    sup    = "\xc2\xb9" | "\xc2\xb2" | "\xc2\xb3" | "\xe2\x81\xb0"
           | "\xe2\x81" [\xb4-\xb9];
    word   = ([A-Za-z0-9] | [\xc3-\xc9] [\x80-\xbf])+;
    month  = "januari" | "februari" | "maart" | "april" | "mei" | "juni" | "juli"
           | "augustus" | "september" | "oktober" | "november" | "december";
    date   = d{1,2} s1 month (s1 (d{4} | "jl." | "j.l."))?;
    fnref  = "[footnoteRef:" d+ "]";
    dates  = date fnref? ((s "," s date fnref?)* s "en" s date fnref?)?;
    tword  = [^ \t\r\n.,;:()[\]\x00]+;
    letter = [A-Za-z]* ("brief" | "brieven");
*/

static kg_span span(const scanner *S, cur a, cur b)
{
    kg_span sp = {0, 0};
    if (a && b && b >= a) {
        sp.off = (size_t)(a - S->base);
        sp.len = (size_t)(b - a);
    }
    return sp;
}

/* cite.c drops leading tussenvoegsels from member keys; it asks here so
 * that the list the names are read with is the only one. */
bool kg_is_tussenvoegsel(const char *w, size_t n)
{
    cur YYCURSOR = (cur)w, YYMARKER;
    /*!re2c
        tv { return (size_t)(YYCURSOR - (cur)w) == n; }
        *  { return false; }
    */
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

/* "XIII": a word of Roman numerals only (a toevoeging). */
static int is_roman(cur a, cur b)
{
    for (; a < b; a++)
        if (!strchr("IVXLC", *a))
            return 0;
    return 1;
}

/* The Kamer as written ("II", "Tweede Kamer", "EK", a slip such as "Il")
 * to "tk"/"ek"/"vv". */
static void set_kamer(char out[3], cur a, cur b)
{
    size_t n = (size_t)(b - a);
    if (!a || n == 0)
        return;
    if (a[0] == 'V')
        memcpy(out, "vv", 3);
    else if (a[0] == 'T')
        memcpy(out, "tk", 3);
    else if (a[0] == 'E' || n == 1)
        memcpy(out, "ek", 3);
    else
        memcpy(out, "tk", 3);
}

/* "2008/09", "2008-2009", "2022–2023" to "20082009". */
static void set_vj(char out[9], cur a, cur b)
{
    char digits[9];
    size_t n = 0;
    for (cur p = a; a && p < b && n < 8; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = (char)*p;
    if (n == 4) {                       /* "'08/'09" */
        const char *c = digits[0] >= '5' ? "19" : "20";
        digits[8] = '\0';
        memmove(digits + 4, digits + 2, 2);
        memmove(digits + 2, digits, 2);
        memcpy(digits, c, 2);
        n = 6;
    }
    if (n == 6) {                       /* "200809": century of the first */
        memcpy(out, digits, 4);
        memcpy(out + 4, digits, 2);
        memcpy(out + 6, digits + 4, 2);
        if (memcmp(out + 4, out, 4) < 0) { /* "1999/00" */
            int c = (out[0] - '0') * 10 + (out[1] - '0') + 1;
            out[4] = (char)('0' + c / 10);
            out[5] = (char)('0' + c % 10);
        }
        out[8] = '\0';
    } else if (n == 8) {
        memcpy(out, digits, 8);
        out[8] = '\0';
    }
}

/* ---- citation heads: "[Kamer] [vergaderjaar]," ------------------------ */

static cur lex_head(scanner *S, cur p, kg_cite *c)
{
    cur YYCURSOR = p, YYMARKER, k0, k1, y0, y1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    (void)S;
    /*!re2c
        (s1 @k0 kamer @k1)? (s ("," s)? (("vergaderjaar" | "zitting") s)? @y0 vj @y1)? (sp | nl | ",")+ {
            set_kamer(c->kamer, k0, k1);
            if (y0)
                set_vj(c->vj, y0, y1);
            return YYCURSOR;
        }
        s1 @k0 kslip @k1 s ("," s)? (("vergaderjaar" | "zitting") s)? @y0 vj @y1 (sp | nl | ",")+ {
            set_kamer(c->kamer, k0, k1);
            if (y0)
                set_vj(c->vj, y0, y1);
            return YYCURSOR;
        }
        * { return p; }
    */
}

/* ---- one item: dossier [toevoeging] [, nr. N] ------------------------ */

/* The toevoeging without what separates it from the dossier:
 * " VII" -> "VII", "-32" -> "32", " hoofdstuk XV" -> "XV". */
static kg_span toevoeging(const scanner *S, cur a, cur b)
{
    if (!a)
        return span(S, a, b);
    while (a < b && (is_space(*a) || *a == '-'))
        a++;
    if (b - a > 9 && memcmp(a, "hoofdstuk", 9) == 0)
        for (a += 9; a < b && is_space(*a); a++)
            ;
    return span(S, a, b);
}

enum { ITEM_NONE, ITEM_KST, ITEM_KSTS, ITEM_DOSSIER };

/* Parses one item at *pp. ITEM_KSTS is an item whose ondernummer keyword
 * is plural ("nrs."), which allows bare continuations ("nrs. 4 en 6"). */
static int lex_item(scanner *S, cur *pp, kg_cite *c)
{
    cur YYCURSOR = *pp, YYMARKER, d0, d1, t0, t1, k0, n0, n1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    int kind;
    /*!re2c
        @d0 dosc @d1 dash (@t0 toevc @t1 dash)? (rnum dash)? @n0 ondc @n1 {
            k0 = NULL;
            kind = ITEM_KST;
            goto done;
        }
        @d0 dos @d1 (@t0 tpart @t1)? (s rnum)?
            s ("," s)? @k0 nrkw s @n0 ond @n1 {
            /* "nrs" / "Nrs" / "nummers": plural */
            kind = (k0[2] == 's' || (k0[1] == 'u' && k0[6] == 's'))
                   ? ITEM_KSTS : ITEM_KST;
            goto done;
        }
        @d0 dos @d1 (@t0 tpart @t1)? (s rnum)? s "," s @n0 ond @n1 / sp* [^0-9 \t] {
            kind = ITEM_KST;            /* "26 800 VII, 17": no nr. */
            goto done;
        }
        @d0 dos @d1 (@t0 tpart @t1)? (s rnum)? {
            n0 = n1 = NULL;
            kind = ITEM_DOSSIER;
            goto done;
        }
        * { return ITEM_NONE; }
    */
done:
    if (is_alnum(*YYCURSOR))            /* "3141901" or "nr. 5x": not ours */
        return ITEM_NONE;
    c->dossier = span(S, d0, d1);
    c->toev = toevoeging(S, t0, t1);
    c->nr = span(S, n0, n1);
    *pp = YYCURSOR;
    return kind;
}

/* ---- continuations after an item ------------------------------------- */

enum { CONT_NONE, CONT_PAGES, CONT_SEP, CONT_NR, CONT_RANGE, CONT_NRKW };

static int lex_cont(scanner *S, cur *pp, kg_span *val)
{
    cur YYCURSOR = *pp, YYMARKER, v0, v1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    int kind;
    /*!re2c
        s ("," s)? pagekw s @v0 pages @v1       { kind = CONT_PAGES; goto done; }
        s ("en" | "," | ";" | "," s "en") s1? @v0 @v1 / [0-9] { kind = CONT_SEP; goto done; }
        /* A number is not one when a dash and a digit follow ("en
         * 31490-391" is a new item), but a dash after a space is a
         * sentence dash ("nrs. 12 en 15 – zie") or starts a range
         * ("nrs. 12 en 15 - 17"). */
        s ("en" | "," | "t/m") s @v0 ondc @v1 / (sp* [^-0-9 \t] | sp+ dash s [^ \t\r\n]) {
            kind = CONT_NR;
            goto done;
        }
        s dash s @v0 d+ @v1                   { kind = CONT_RANGE; goto done; }
        s (";" | "," | "," s "en" | "en") s nrkw s @v0 ond @v1 { kind = CONT_NRKW; goto done; }
        * { return CONT_NONE; }
    */
done:
    if (kind != CONT_SEP && is_alnum(*YYCURSOR))
        return CONT_NONE;
    *val = span(S, v0, v1);
    *pp = YYCURSOR;
    return kind;
}

/* A page number and the line end after a page-footer citation. */
static cur lex_footer_page(scanner *S, cur p, kg_span *page)
{
    cur YYCURSOR = p, YYMARKER, g0, g1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    /*!re2c
        s1 @g0 d{1,4} @g1 sp* / (nl | "\x00") { *page = span(S, g0, g1); return YYCURSOR; }
        * { return NULL; }
    */
}

/* ---- the citation driver --------------------------------------------- */

#define MAX_ITEMS 64

typedef struct {
    kg_cite items[MAX_ITEMS];
    size_t n;
} cite_list;

static void push(cite_list *L, const kg_cite *c)
{
    if (L->n < MAX_ITEMS)
        L->items[L->n++] = *c;
}

static kg_cite *last(cite_list *L)
{
    return L->n ? &L->items[L->n - 1] : NULL;
}

/* The "en" between two dossiers, whatever the second dossier looks like:
 * lex_cont would read "en 32336" or "en 25.227" as a list number. */
static cur lex_joint_en(cur p)
{
    cur YYCURSOR = p, YYMARKER;
    /*!re2c
        s1 "en" s1 / [0-9] { return YYCURSOR; }
        * { return NULL; }
    */
}

/* "28 286 en 32 336, nr. 77": one document in two dossiers. When a
 * dossier-only item at *pp is followed by "en" and a numbered item, the
 * two become one item with both dossiers. */
static int joint_dossiers(scanner *S, cur *pp, kg_cite *c)
{
    cur r = lex_joint_en(*pp);
    kg_cite second = *c;
    if (!r)
        return ITEM_DOSSIER;
    int kind = lex_item(S, &r, &second);
    if (kind != ITEM_KST && kind != ITEM_KSTS)
        return ITEM_DOSSIER;
    c->dossier2 = second.dossier;
    c->toev2 = second.toev;
    c->nr = second.nr;
    *pp = r;
    return kind;
}

/* Parses "[head] item (cont)*" after a keyword that ended at p. The first
 * citation's span starts at the keyword (start). Returns the end, or NULL
 * when no item follows. */
static cur citation(scanner *S, cur p, cur start, cite_list *L,
                    const char *kamer)
{
    kg_cite c;
    memset(&c, 0, sizeof c);
    snprintf(c.kamer, sizeof c.kamer, "%s", kamer);
    p = lex_head(S, p, &c);

    cur q = p;
    int kind = lex_item(S, &q, &c);
    if (kind == ITEM_NONE)
        return NULL;
    if (kind == ITEM_DOSSIER)
        kind = joint_dossiers(S, &q, &c);
    c.kind = kind == ITEM_DOSSIER ? KG_CITE_DOSSIER : KG_CITE_KAMERSTUK;
    c.start = (size_t)(start - S->base);
    c.end = (size_t)(q - S->base);
    push(L, &c);
    int plural = kind == ITEM_KSTS;

    for (;;) {
        cur r = q;
        kg_span v;
        int ck = lex_cont(S, &r, &v);
        kg_cite *prev = last(L);
        if (ck == CONT_NONE || prev->kind == KG_CITE_DOSSIER)
            break;
        if (ck == CONT_PAGES) {
            prev->pages = v;
            prev->end = (size_t)(r - S->base);
        } else if (ck == CONT_SEP) {
            kg_cite next = c;
            memset(&next.pages, 0, sizeof next.pages);
            int k2 = lex_item(S, &r, &next);
            if (k2 != ITEM_KST && k2 != ITEM_KSTS)
                break;
            next.kind = KG_CITE_KAMERSTUK;
            next.start = next.dossier.off;
            next.end = (size_t)(r - S->base);
            push(L, &next);
            plural = k2 == ITEM_KSTS;
        } else if (ck == CONT_NRKW || (plural && ck == CONT_NR)) {
            kg_cite next = *prev;
            memset(&next.pages, 0, sizeof next.pages);
            memset(&next.names, 0, sizeof next.names);
            next.nr = v;
            next.start = v.off;
            next.end = (size_t)(r - S->base);
            push(L, &next);
        } else if (plural && ck == CONT_RANGE && !prev->nr_to.len) {
            prev->nr_to = v;            /* cite.c expands the range */
        } else {
            break;
        }
        q = r;
    }
    return q;
}

/* The line break or NUL that ends the line holding p. */
static cur line_end(scanner *S, cur p)
{
    cur q = p;
    while (*q != '\n' && *q != '\0')
        q++;
    S->eol_read += (size_t)(q - p);
    return q;
}

/* The text [a, b) of a numbered line is a heading, not a sentence or a
 * list item ("..., en"). */
static bool is_heading(cur a, cur b)
{
    return b - a <= 80 && !strchr(".?,;:", b[-1]) &&
           !(b - a > 3 && (memcmp(b - 3, " en", 3) == 0 || memcmp(b - 3, " of", 3) == 0));
}

static int at_line_start(const scanner *S, cur p)
{
    while (p > S->base && (p[-1] == ' ' || p[-1] == '\t'))
        p--;
    return p == S->base || p[-1] == '\n';
}

static void emit_list(scanner *S, cite_list *L)
{
    for (size_t i = 0; i < L->n; i++)
        S->sink(S->ctx, &L->items[i]);
}

/* A keyword that starts a Kamerstuk citation ended at p. */
static cur kamerstuk(scanner *S, cur p, cur tok, const char *kamer,
                     int may_be_footer)
{
    cite_list L;
    L.n = 0;
    cur end = citation(S, p, tok, &L, kamer);
    if (!end)
        return NULL;
    kg_span page;
    cur fend;
    if (may_be_footer && L.n == 1 && L.items[0].kind == KG_CITE_KAMERSTUK &&
        at_line_start(S, tok) && (fend = lex_footer_page(S, end, &page))) {
        L.items[0].kind = KG_CITE_FOOTER;
        L.items[0].pages = page;
        L.items[0].end = (size_t)(fend - S->base);
        end = fend;
    }
    emit_list(S, &L);
    return end;
}

/* "(32140, nr. 77)": a bare citation needs the brackets and a number. */
static cur bracketed(scanner *S, cur p, cur tok)
{
    kg_cite c;
    memset(&c, 0, sizeof c);
    cur q = p;
    int kind = lex_item(S, &q, &c);
    if ((kind != ITEM_KST && kind != ITEM_KSTS) || c.dossier.len < 5)
        return NULL;
    (void)tok;
    return kamerstuk(S, p, p, "", 0);
}

static cur handelingen(scanner *S, cur p, cur tok, kg_cite_kind kind)
{
    cur YYCURSOR = p, YYMARKER, k0, k1, y0, y1, n0, n1, p0, p1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    kg_cite c;
    memset(&c, 0, sizeof c);
    /*!re2c
        (s ",")? (s1 @k0 kamer @k1)? s ("," s)? ("vergaderjaar" s)? @y0 vj @y1 s "," s
            ("nr." | "nr" | "nummer") s @n0 d+ @n1
            (s "," s "item" s d+)? (s ("," s)? pagekw s @p0 pages @p1)? {
            if (is_alnum(*YYCURSOR))
                return NULL;
            c.kind = kind;
            set_kamer(c.kamer, k0, k1);
            if (!c.kamer[0])                /* Aanhangsel: TK unless told */
                memcpy(c.kamer, "tk", 3);
            set_vj(c.vj, y0, y1);
            c.nr = span(S, n0, n1);
            c.pages = span(S, p0, p1);
            c.start = (size_t)(tok - S->base);
            c.end = (size_t)(YYCURSOR - S->base);
            if (!c.vj[0])
                return NULL;
            S->sink(S->ctx, &c);
            return YYCURSOR;
        }
        * { return NULL; }
    */
}

/* "Stb. 2020, 123": year and number. */
static cur publication(scanner *S, kg_cite_kind kind, cur tok, cur end,
                       cur year, cur n0, cur n1)
{
    if (is_alnum(*end))
        return NULL;
    kg_cite c;
    memset(&c, 0, sizeof c);
    c.kind = kind;
    memcpy(c.vj, year, 4);
    c.vj[4] = '\0';
    c.nr = span(S, n0, n1);
    c.start = (size_t)(tok - S->base);
    c.end = (size_t)(end - S->base);
    S->sink(S->ctx, &c);
    return end;
}

static kg_cite cite_at(const scanner *S, kg_cite_kind kind, cur tok, cur end)
{
    kg_cite c;
    memset(&c, 0, sizeof c);
    c.kind = kind;
    c.start = (size_t)(tok - S->base);
    c.end = (size_t)(end - S->base);
    return c;
}

/* "14 maart 2025" to "2025-03-14"; `year` when the date has none. */
static void set_date(kg_cite *c, cur a, cur b, const char *year)
{
    static const char *const months[] = {
        "januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};
    unsigned day = 0;
    cur p = a;
    for (; p < b && *p >= '0' && *p <= '9'; p++)
        day = day * 10 + (unsigned)(*p - '0');
    while (p < b && is_space(*p))     /* a PDF may break the line here */
        p++;
    unsigned month = 0;
    for (unsigned m = 0; m < 12; m++)
        if (strncmp((const char *)p, months[m], strlen(months[m])) == 0)
            month = m + 1;
    cur q = p;
    while (q < b && !is_space(*q))
        q++;
    while (q < b && is_space(*q))
        q++;
    char y[5];
    if (b - q >= 4 && q[0] >= '0' && q[0] <= '9')
        memcpy(y, q, 4);
    else if (q < b && q[0] == 'j')
        memcpy(y, "jl..", 4);          /* this year: the document's */
    else
        memcpy(y, year, 4);
    y[4] = '\0';
    snprintf(c->date, sizeof c->date, "%s-%02u-%02u", y, month % 100, day % 100);
}

/* The dates of "de brieven van 14 maart en 3 oktober 2025": one BRIEF
 * each, sharing the last written year; a footnote marker glued to a date
 * is emitted too, so the footnote can give that date its number. */
static void letter_dates(scanner *S, cur tok, cur from, cur to)
{
    cur starts[16], ends[16], marks[16], mends[16];
    size_t n = 0;
    cur YYCURSOR = from, YYMARKER, m0, m1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    while (YYCURSOR < to && n < 16) {
        cur t = YYCURSOR;
        /*!re2c
            date @m0 fnref? @m1 {
                starts[n] = t;
                ends[n] = m0;
                marks[n] = m0;
                mends[n++] = m1;
                continue;
            }
            * { continue; }
        */
    }
    char year[5] = "????";
    for (size_t i = n; i-- > 0;) {      /* the last written year */
        kg_cite c;
        set_date(&c, starts[i], ends[i], "????");
        if (c.date[0] != '?') {
            memcpy(year, c.date, 4);
            break;
        }
    }
    for (size_t i = 0; i < n; i++) {
        kg_cite c = cite_at(S, KG_CITE_BRIEF, i == 0 ? tok : starts[i], ends[i]);
        set_date(&c, starts[i], ends[i], year);
        c.group = (size_t)(tok - S->base);
        S->sink(S->ctx, &c);
        if (mends[i] > marks[i]) {
            kg_cite m = cite_at(S, KG_CITE_FN_MARK, marks[i], mends[i]);
            m.nr = span(S, marks[i] + 13, mends[i] - 1);
            S->sink(S->ctx, &m);
        }
    }
}

static void emit(scanner *S, kg_cite_kind kind, cur tok, cur end,
                 kg_span names, kg_span nr, kg_span pages)
{
    kg_cite c;
    memset(&c, 0, sizeof c);
    c.kind = kind;
    c.start = (size_t)(tok - S->base);
    c.end = (size_t)(end - S->base);
    c.names = names;
    c.nr = nr;
    c.pages = pages;
    S->sink(S->ctx, &c);
}

/* Skip to the end of the word at p: where to resume after a keyword that
 * did not turn out to start a citation. */
static cur skip_word(cur p)
{
    cur q = p;
    while (is_alnum(*q) || *q >= 0x80)
        q++;
    return q > p ? q : p + 1;
}

/* The grammar of kg_scan_text, used by its two lexers (see there). */
/*!rules:re2c:main
        "\x00" {
            if (tok >= S.lim)
                return S.eol_read;
            continue;
        }

        ("K" | "k") "amerstuk" "ken"? {
            r = kamerstuk(&S, YYCURSOR, tok, "", 0);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        @n0 ("TK" | "EK") @n1 s "," {
            r = kamerstuk(&S, YYCURSOR, tok, n0[0] == 'T' ? "tk" : "ek", 0);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        @n0 ("TK" | "EK") @n1 s1 / (d{4} | "'" d{2}) {
            r = kamerstuk(&S, n1, tok, n0[0] == 'T' ? "tk" : "ek", 0);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        ("Stb." | "Stb" | "Staatsblad") s1 @n0 d{4} @n1 s ("," s)? (nrkw s)? @p0 d+ @p1 {
            r = publication(&S, KG_CITE_STB, tok, YYCURSOR, n0, p0, p1);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        ("Stcrt." | "Stcrt" | "Staatscourant") s1 @n0 d{4} @n1 s ("," s)? (nrkw s)? @p0 d+ @p1 {
            r = publication(&S, KG_CITE_STCRT, tok, YYCURSOR, n0, p0, p1);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        "ECLI:" [A-Z]{2} ":" [A-Za-z0-9]{1,7} ":" d{4} ":" [A-Za-z0-9.]*[A-Za-z0-9] {
            emit(&S, KG_CITE_ECLI, tok, YYCURSOR, none, none, none);
            continue;
        }
        @n0 ("Tweede" | "Eerste") s1 "Kamer" s "," {
            r = kamerstuk(&S, YYCURSOR, tok, n0[0] == 'T' ? "tk" : "ek", 1);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        "(" s / [0-9] {
            r = bracketed(&S, YYCURSOR, tok);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        "Aanhangsel" (s1 "van" s1 "de")? s1 "Handelingen" {
            r = handelingen(&S, YYCURSOR, tok, KG_CITE_AANHANGSEL);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        "Handelingen" {
            r = handelingen(&S, YYCURSOR, tok, KG_CITE_HANDELINGEN);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }

        ("motie" | "Motie") ("-" | s1) @n0 name (s "/" s name)* @n1
            (s1 party)? (s1 "c.s.")? {
            emit(&S, KG_CITE_MOTIE, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("motie" | "Motie") s1 "van" s1 "het" s1 "lid" s1 @n0 name @n1
            (s1 party)? (s1 "c.s.")? {
            emit(&S, KG_CITE_MOTIE, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("motie" | "Motie") s1 "van" s1 "de" s1 "leden" s1
            @n0 name (sp party)? (s "," s name (sp party)?)* s1 "en" s1 name @n1
            (s1 party)? (s1 "c.s.")? {
            emit(&S, KG_CITE_MOTIE, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        "door" s1 ("het" s1 "lid" | "de" s1 "leden") s1 @n0 name (s1 "en" s1 name)? @n1
            (sp party)? s1 "ingediende" s1 ("motie" | "moties") {
            emit(&S, KG_CITE_MOTIE, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("motie" | "Motie") sp "die" sp "u" sp "samen" sp "met" sp "het" sp "lid" sp
            @n0 name @n1 (sp party)? sp "heeft" sp "ingediend" {
            kg_cite c;
            memset(&c, 0, sizeof c);
            c.kind = KG_CITE_MOTIE;
            c.start = (size_t)(tok - S.base);
            c.end = (size_t)(YYCURSOR - S.base);
            c.names = span(&S, n0, n1);
            c.with_addressee = true;
            S.sink(S.ctx, &c);
            continue;
        }

        zie s1 (("voor" s1 "de" s1 "beantwoording" s1 "van" s1 "deze" s1 vraagw s1)? antw)
            s1 @n0 name @n1 (sp party)? (oppage @p0 pages @p1)? {
            emit(&S, KG_CITE_VRAAG_LID, tok, YYCURSOR, span(&S, n0, n1), none,
                 span(&S, p0, p1));
            continue;
        }
        zie s1 ("het" s1)? "antwoord" s1 "op" s1 ("de" s1)? "vraag" s1 @n0 d+ @n1 {
            emit(&S, KG_CITE_VRAAG_NR, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        ("Zoals" s1)? ("toegelicht" | "beschreven" | "aangegeven" | "vermeld" |
            "uiteengezet") s1 ("bij" | "onder" | "in") s1
            ("het" s1 "antwoord" s1 "op" s1)? ("de" s1)? "vraag" s1 @n0 d+ @n1 {
            emit(&S, KG_CITE_VRAAG_NR, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        "onder" s1 "vraag" s1 @n0 d+ @n1 {
            emit(&S, KG_CITE_VRAAG_NR, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        zie s1 (("de" s1 "beantwoording" s1 "van" | "het" s1 "antwoord" s1 "op" |
            "de" s1 "antwoorden" s1 "op") s1 "de" s1 vraagw s1)? "hierboven" {
            emit(&S, KG_CITE_VRAAG_VAGUE, tok, YYCURSOR, none, none, none);
            continue;
        }

        "Vragen" sp "van" sp "het" sp "lid" sp @n0 name @n1 s "," [^(\n\x00]* "(" @p0 [^)\n\x00]+ @p1 ")" {
            if (at_line_start(&S, tok)) {
                kg_cite c = cite_at(&S, KG_CITE_MEMBER_BLOCK, tok, YYCURSOR);
                c.names = span(&S, n0, n1);
                c.party = span(&S, p0, p1);
                S.sink(S.ctx, &c);
            }
            continue;
        }
        "Tweede Kamer der Staten-Generaal" @y0 d{4} "-" d{4} @y1 @n0 d{5} @n1 sp "nr." sp @p0 d+ @p1 {
            /* the table of the publication site, glued together */
            kg_cite c = cite_at(&S, KG_CITE_HEAD, tok, YYCURSOR);
            c.dossier = span(&S, n0, n1);
            c.nr = span(&S, p0, p1);
            set_vj(c.vj, y0, y1);
            memcpy(c.kamer, "tk", 3);
            S.sink(S.ctx, &c);
            continue;
        }
        "Vraag" sp* ":" {
            if (at_line_start(&S, tok))
                emit(&S, KG_CITE_QUESTION, tok, YYCURSOR, none, none, none);
            continue;
        }
        "Vraag" sp @n0 d+ @n1 sp* ":"? sp* / (nl | "\x00") {
            if (at_line_start(&S, tok))
                emit(&S, KG_CITE_QUESTION, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        "Antwoord" "en"? sp* ":" {
            if (at_line_start(&S, tok))
                emit(&S, KG_CITE_ANSWER, tok, YYCURSOR, none, none, none);
            continue;
        }
        "Antwoord" sp* / (nl | "\x00") {
            if (at_line_start(&S, tok))
                emit(&S, KG_CITE_ANSWER, tok, YYCURSOR, none, none, none);
            continue;
        }
        "Antwoord" sp ("op" sp)? ("vraag" | "vragen") sp @n0 d+ @n1
            ((s "," s d+)* s ("en" | "t/m" | "-") s @p0 d+ @p1)? sp* ":"? sp* / (nl | "\x00") {
            if (at_line_start(&S, tok)) {
                kg_cite c = cite_at(&S, KG_CITE_ANSWER, tok, YYCURSOR);
                c.nr = span(&S, n0, n1);
                c.nr_to = span(&S, p0, p1);
                S.sink(S.ctx, &c);
            }
            continue;
        }
        @n0 ([A-Za-z] | [IVX]{2,4} | d{1,3}) @n1 "." sp @p0 upper / [^\n\x00] {
            /* A line "12. ..." or "a. ...": a numbered question, a section
             * heading, or neither (a list item, a sentence). Only a line
             * start is read to the line end: "vraag 3. De ..." on one
             * long line was read to its end each time. */
            p1 = at_line_start(&S, tok) ? line_end(&S, YYCURSOR) : NULL;
            if (p1 && n0[0] >= '0' && n0[0] <= '9' &&
                p1 - p0 > 8 && memcmp(p0, "De leden", 8) == 0) {
                emit(&S, KG_CITE_QUESTION, tok, n1, none, span(&S, n0, n1), none);
                YYCURSOR = n1;
            } else if (p1 && is_heading(p0, p1)) {
                emit(&S, KG_CITE_SECTION, tok, p1, span(&S, p0, p1),
                     span(&S, n0, n1), none);
                YYCURSOR = p1;
            } else {
                YYCURSOR = n1;
            }
            continue;
        }
        "Vragen" (sp "en" sp "opmerkingen")? sp "van" sp "de" sp "leden" sp "van" sp "de" sp
            @n0 [A-Za-z0-9-]+ @n1 "-fractie" {
            if (at_line_start(&S, tok))
                emit(&S, KG_CITE_FRACTION_BLOCK, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("De" | "de") sp "leden" sp "van" sp "de" sp @n0 [A-Za-z0-9-]+ @n1 "-fractie" {
            emit(&S, KG_CITE_FRACTION, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("De" | "de") sp "leden" sp "van" sp "de" sp @n0 [A-Z] [A-Z0-9]+ @n1 / [^A-Za-z0-9-] {
            emit(&S, KG_CITE_FRACTION, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("De" | "de") sp "leden" sp "van" sp "het" sp @n0 [A-Z] [A-Z0-9]+ @n1 / [^A-Za-z0-9-] {
            emit(&S, KG_CITE_FRACTION, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("De" sp "leden" sp "van" sp "de" | "de") sp "fractie" sp "van" sp
            @n0 [A-Za-z0-9]+ ("-" [A-Za-z0-9]+)* @n1 {
            emit(&S, KG_CITE_FRACTION, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }

        letter ((s1 tword){0,10} s1 "van" | s1 "d.d.") s1 @n0 dates @n1 {
            letter_dates(&S, tok, n0, n1);
            YYCURSOR = n1;
            continue;
        }
        ("Datum" (sp | nl)+ | "(ontvangen" sp) @n0 date @n1 {
            kg_cite c = cite_at(&S, KG_CITE_META_DATE, tok, YYCURSOR);
            set_date(&c, n0, n1, "????");
            S.sink(S.ctx, &c);
            continue;
        }
        "Betreft" sp+ @n0 [^\n\x00]+ @n1 {
            emit(&S, KG_CITE_META_SUBJECT, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        "Onze referentie" (sp | nl)+ @n0 [0-9A-Za-z/.-]+ @n1 {
            emit(&S, KG_CITE_META_REF, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        "Aan de Voorzitter van de" sp @n0 ("Tweede" | "Eerste") @n1 sp "Kamer" {
            emit(&S, KG_CITE_META_ADDRESSEE, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("De" sp ("minister" | "staatssecretaris") sp "van" sp [^\n,\x00]+ "," sp* (nl sp*)+
            | "Antwoord van" sp ("minister" | "staatssecretaris") sp) @n0 name @n1 {
            emit(&S, KG_CITE_META_MINISTER, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }
        ("De" sp ("minister" | "staatssecretaris") sp "van" sp [^\n,\x00]+ "," sp* (nl sp*)+)
            @n0 [A-Z] "." (sp? [A-Z] ".")* sp name @n1 {
            emit(&S, KG_CITE_META_MINISTER, tok, YYCURSOR, span(&S, n0, n1), none, none);
            continue;
        }

        "[footnoteRef:" @n0 d+ @n1 "]" {
            emit(&S, KG_CITE_FN_MARK, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        "[" @n0 d+ @n1 ":" sp {
            emit(&S, KG_CITE_FN_BODY, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        [a-z]{2} [a-z]* @n0 d{1,2} @n1 / [^0-9A-Za-z] {
            emit(&S, KG_CITE_FN_GLUED, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        d{4} "." @n0 d{1,2} @n1 / [^0-9] {
            emit(&S, KG_CITE_FN_GLUED, tok, YYCURSOR, none, span(&S, n0, n1), none);
            continue;
        }
        @n0 d{1,2} @n1 sp [A-Z] {
            if (at_line_start(&S, tok))
                emit(&S, KG_CITE_FN_PDF_BODY, tok, n1, none, span(&S, n0, n1), none);
            YYCURSOR = n1;
            continue;
        }
        ("een" | "de" | "deze" | "die") sp "motie" / (sup | "[footnoteRef:") {
            emit(&S, KG_CITE_MOTIE, tok, YYCURSOR, none, none, none);
            continue;
        }
        ("een" | "de" | "deze" | "die") sp "motie" @n0 d{1,2} @n1 / [^0-9A-Za-z] {
            emit(&S, KG_CITE_MOTIE, tok, n0, none, none, none);
            emit(&S, KG_CITE_FN_GLUED, n0, n1, none, span(&S, n0, n1), none);
            continue;
        }
        ("deze" | "Deze" | "de" | "De" | "die" | "Die") sp @n1 "motie" / (sp | [.,;:)]) {
            /* "deze motie": the motion just named, unless a name follows
             * ("de motie van het lid X"), which the rules at n1 find */
            emit(&S, KG_CITE_MOTIE_ANAPHOR, tok, YYCURSOR, none, none, none);
            YYCURSOR = n1;
            continue;
        }
        @n0 sup+ @n1 {
            int body = at_line_start(&S, tok) &&
                       (*YYCURSOR == ' ' || *YYCURSOR == '\t');
            emit(&S, body ? KG_CITE_FN_BODY : KG_CITE_FN_MARK, tok, YYCURSOR,
                 none, span(&S, n0, n1), none);
            continue;
        }

        word { continue; }
        *    { continue; }
*/

size_t kg_scan_text(const char *text, size_t len, size_t from,
                    kg_cite_sink sink, void *ctx)
{
    scanner S = {(cur)text, (cur)text + len, sink, ctx, 0};
    cur YYCURSOR = S.base + from, YYMARKER, tok, n0, n1, p0, p1, t0, t1, y0, y1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    kg_span none = {0, 0};

    for (;;) {
        tok = YYCURSOR;
        cur r;
        /* A Kamerstuk head ("26 104 Voedselbeleid" / "Nr. 212 BRIEF ...")
         * reads its whole line before it can tell; only at a line start
         * can it be one, so only there is that rule tried. One grammar,
         * two lexers: otherwise a line of many "3 Hoe" cost its length
         * each time, quadratic. */
        if (at_line_start(&S, tok)) {
            /*!use:re2c:main
        @n0 dos @n1 (sp @t0 toev @t1)? sp upper [^\n\x00]* nl (sp* nl)* sp*
            ("Nr." sp)? @p0 (d+ [a-z]? | [A-Z]{1,2}) @p1 sp @y0 [A-Z]{3,} @y1 {
            /* "26 104 Voedselbeleid" / "Nr. 212 BRIEF VAN DE MINISTER";
             * not "artikel 6:52 Awb ... (Kamerstuk" / "29240 XIII, nr. 256":
             * the head starts a line and its title is not a toevoeging.
             * Else only the number was read; what follows is lexed again. */
            if (!is_roman(y0, y1)) {
                kg_cite c = cite_at(&S, KG_CITE_HEAD, tok, p1);
                c.dossier = span(&S, n0, n1);
                c.toev = span(&S, t0, t1);
                c.nr = span(&S, p0, p1);
                S.sink(S.ctx, &c);
                YYCURSOR = p1;
            } else {
                YYCURSOR = n1;
            }
            continue;
        }
            */
        } else {
            /*!use:re2c:main */
        }
    }
}
