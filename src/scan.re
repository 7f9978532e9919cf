/*
 * The scanner: the one place that knows what a citation, a heading or a
 * footnote looks like.
 *
 * The main lexer walks the text a token at a time, its rules in groups
 * (Kamerstukken, publications, Handelingen, motions, references to
 * questions, the document's own identity, who asks, letters by date and
 * the letter head, footnotes). Words are consumed whole, so a pattern can
 * only start at a word boundary ("promotie" never yields "motie"). At a
 * line start the line-start lexer is tried first: the rules that only a
 * line start can begin (a Kamerstuk's head, question and answer headings,
 * numbered lines). When a keyword starts a citation ("Kamerstukken",
 * "TK,", "Handelingen", "(" before a number), small sub-lexers parse the
 * rest: the head (Kamer, vergaderjaar), one item (dossier, toevoeging,
 * ondernummer) and continuations (pages, "en", ranges, lists). A motion's
 * rule tags each of its submitters (m-tags, where the list repeats).
 *
 * What it finds it hands over as tokens with raw fields as byte spans:
 * reference tokens (kg_cite), which the resolver resolves and cite.c
 * gives canonical ids, and structure tokens (kg_structure), which the
 * model builds the document from.
 *
 * The text is normalised (normalize.c: one kind of space, dash and quote)
 * and NUL-terminated; no pattern but the lexers' end rules contains NUL,
 * so no sub-lexer reads past the end.
 */
#include "footnote_shape.h"
#include "internal.h"
#include <stdio.h>
#include <string.h>

typedef const unsigned char *cur;

/* The m-tags' histories (re2c: a tag in a repeated part of a rule records
 * a value for each repetition): a tree of values, each with the index of
 * the one recorded before it, -1 ending a history. A motion's list of
 * submitters hands over each name this way. */
typedef struct {
    cur at;             /* NULL: the part was not there */
    long pred;
} mtag_value;

/* Values kept per token: dozens of names, where 16 are used. Past this a
 * history keeps what it had: its start, the names that count. */
#define MTAG_VALUES 4096

typedef struct {
    cur base, lim;
    const kg_scan_sink *sink;
    size_t nstructures; /* structure tokens handed over so far */
    size_t eol_read;    /* bytes read to line ends: kg_scan_text's answer */
    bool subject_read;  /* a Betreft line was read to its end */
    mtag_value mtags[MTAG_VALUES];
    size_t nmtags;      /* in use since the token's start */
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
    /* OCR and typing slips for I and II: "Il", "11", "ll", and OCR's "U",
     * "H", "n" and "I I" for II */
    kslip  = [I1l] [I1l]? | "U" | "H" | "n" | "I" sp "I";
    /* an en dash read in the wrong encoding: "2012Œ2013", "2012â€“2013",
     * "2012?2013", U+FFFD; normalize.c has made the last of "â€“" a '"' */
    vjsep  = "/" | dash | "\xc5\x92" | "\xc3\xa2\xe2\x82\xac" ("\"" | "\xe2\x80\x9c") | "?"
           | "\xef\xbf\xbd";
    /* "2022-203", "2021-32": a slip in the second year, read from the
     * first (set_vj) */
    vj     = d{4} s vjsep s d{2,4} | d{4} "/" dash s d{2}
           | "'" d{2} s "/" s "'"? d{2};
    /* PDF extraction breaks lines anywhere, even in "24 337"; dossiers of
     * before 1960 have four digits ("8 540") */
    dos    = d{5,6} | d{2} (sp | "." | dash | sp* nl sp*) d{3} | d (sp | "." | sp* nl sp*) d{3} | d{1,4};
    dosc   = d{5,6} | d{2} sp d{3};
    /* "VII", "IXB", "A", "hoofdstuk XV" */
    toev   = roman [A-Z]? | [A-Z]{1,2} | "hoofdstuk" s1 roman;
    toevc  = roman [A-Z]? | [A-Z]{1,2} | d{2};
    tpart  = (s1 | dash)? toev | "." roman | dash d{2};  /* the toevoeging
                                        and what separates it ("32500.VII") */
    nrkw   = ("nr" | "Nr" | "nrs" | "Nrs") "."? | "nummer" | "nummers";
    ond    = d+ [a-z]? | [A-Z]{1,2};
    ondc   = [1-9] d* [a-z]?;         /* "21501-09" is a dossier: no
                                         ondernummer starts with 0 */
    rnum   = "(" s "R" s d+ s ")";
    pagekw = "p." | "pp." | "blz." | "pag." | "pagina" | "pagina's"
           | "bladzijde" | "bladzijden";
    pages  = d+ (s (dash | "en" | "t/m") s d+)* (sp "e.v.")?;
    /* A compact id standing alone, without "Kamerstuk": "- 21501-02-1855"
     * at the end of an entry of a procedural list, "Betreft documenten
     * 31544-8 en 31544-9". Five digits from 10000 to 39999 (the dossiers
     * since the 1960s), no ondernummer of more than four: not a date
     * (13-10-2016), a year range, a phone number (070-3456789), an amount
     * range (10000-20000) or a standard (EN 50341-1). */
    bcompact = [1-3] d{4} dash (toevc dash)? (rnum dash)? [1-9] d{0,3} [a-z]?;
    /* "zie 31700 VII nr. 72", "30372 nr. 31": a dossier of five digits and
     * an ondernummer, without "Kamerstuk" */
    binformal = [1-3] (d{4} | d sp d{3}) (s1 toev | "." roman | dash toev | dash d{2})?
                (s rnum)? s ("," s)? nrkw s [0-9];
    kstkw  = ("K" | "k") "amer" ("-" sp?)? "stuk" ("ken" | "nummer")?;
    vjkw   = "vergaderjaar" | "Vergaderjaar" | "zitting" | "Zitting";

    upper  = [A-Z] | "\xc3" [\x80-\x9e] | [\xc4\xc5] [\x80-\xbf];
    lower  = [a-z] | "\xc3" [\x9f-\xbf] | [\xc4\xc5] [\x80-\xbf] | "'";
    nword  = upper lower+ ("-" upper lower+)*;
    /* also the list of cite.c's member keys, through kg_is_tussenvoegsel */
    tv     = "van" | "de" | "der" | "den" | "het" | "ter" | "ten" | "te" | "in"
           | "'t" | "Van" | "De" | "Der" | "Den" | "Ter" | "Ten" | "Het" | "In";
    surname= (tv s1)* nword;         /* "Van der\nPlas": broken by a PDF */
    /* a first name and a surname; a line break after the first name only
     * before a tussenvoegsel ("Anne\nvan der Berg"): "motie-Jansen\nTweede
     * Kamer, ..." is a motion and a page footer */
    name   = (nword sp)? surname | nword s1 (tv s1)+ nword
           | "Van" sp nword sp nword;  /* "Van Haersma Buma", "Van Nieuwenhuizen
                                          Wijbenga" (a general (tv s1)+ here made
                                          the scanner a sixth larger) */
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
    /* the footnote shape the readers write (footnote_shape.h): the marker
     * "[footnoteRef:N]" here, the note "[N:  text ]" at the FN_BODY rule,
     * a PDF's raised numbers as superscript digits (sup) */
    fnref  = "[footnoteRef:" d+ "]";
    /* a footnote marker after a date: Word's, or digits glued to the year
     * ("25 oktober 19901") */
    dmark  = fnref | d{1,2} | "." d{1,2};
    dates  = date dmark? ((s "," s date dmark?)* s "en" s date dmark?)?;
    /* what a footnote's text starts with, to tell "... nr. 51. 2 Kamerstuk
     * 22 800 XI" from any number after a full stop */
    fnstart = kstkw | "Handelingen" | "Aanhangsel" | "Zie" | "Bijlage" | "Motie" | "TK"
            | "EK" | "Stb" | "Staatsblad" | "Stcrt" | "Staatscourant";
    tword  = [^ \t\r\n.,;:()[\]\x00]+;
    letter = [A-Za-z]* ("brief" | "brieven");
    /* what opens the title of a letter, as in "mijn brief van 5 december
     * ... naar aanleiding van de motie X (Kamerstuk N)", where N is the
     * letter's: the letter rule's words, dated or not ("de brief van de
     * minister over de motie X") */
    title  = ("brief" | "brieven") [ \n] "van" [ \n];
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

/* Records at in the history *tag (re2c's YYMTAGP and YYMTAGN). */
static void add_mtag(scanner *S, long *tag, cur at)
{
    if (S->nmtags == MTAG_VALUES)
        return;
    S->mtags[S->nmtags] = (mtag_value){at, *tag};
    *tag = (long)S->nmtags++;
}

/* The values of history t in the order recorded, the first `max` of them
 * in out; returns how many it has. */
static size_t mtag_values(const scanner *S, long t, cur *out, size_t max)
{
    size_t n = 0;
    for (long i = t; i >= 0; i = S->mtags[i].pred)
        n++;
    size_t k = n;
    for (long i = t; i >= 0; i = S->mtags[i].pred)
        if (--k < max)
            out[k] = S->mtags[i].at;
    return n;
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

static int atoi_n(const char *p, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (p[i] - '0');
    return v;
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
    else if (a[0] == 'E' || (n == 1 && strchr("I1l", a[0])))
        memcpy(out, "ek", 3);
    else
        memcpy(out, "tk", 3);
}

/* "2008/09", "2008-2009", "2022–2023" to "20082009". A vergaderjaar runs
 * from one year into the next, so the first year tells it: a second year
 * that does not follow it ("2022-203", "2021-32") is a slip, read from the
 * first; returns whether there was one. */
static bool set_vj(char out[9], cur a, cur b)
{
    char digits[9];
    size_t n = 0;
    for (cur p = a; a && p < b && n < 8; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = (char)*p;
    if (n < 4)
        return false;
    int first, second;
    if (n == 4) {                       /* "'08/'09" */
        int y = (digits[0] - '0') * 10 + (digits[1] - '0');
        first = (y >= 50 ? 1900 : 2000) + y;
        second = first / 100 * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');
    } else {
        first = atoi_n(digits, 4);
        second = atoi_n(digits + 4, n - 4);
        if (n == 6)                     /* "2008/09": the century of the first */
            second += first / 100 * 100;
    }
    if (second < first)                 /* "1999/00" */
        second += 100;
    unsigned from = (unsigned)first % 10000u, to = (unsigned)(first + 1) % 10000u;
    snprintf(out, 9, "%04u%04u", from, to);
    return second != first + 1;
}

/* ---- citation heads: "[Kamer] [vergaderjaar]," ------------------------ */

static cur lex_head(scanner *S, cur p, kg_cite *c)
{
    cur YYCURSOR = p, YYMARKER, k0, k1, y0, y1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    (void)S;
    /*!re2c
        (s1 @k0 kamer @k1)? (s ("," s)? (vjkw s)? @y0 vj @y1)? (sp | nl | ",")+ {
            set_kamer(c->kamer, k0, k1);
            if (y0)
                c->slip |= set_vj(c->vj, y0, y1);
            return YYCURSOR;
        }
        s1 @k0 kslip @k1 s ("," s)? (vjkw s)? @y0 vj @y1 (sp | nl | ",")+ {
            set_kamer(c->kamer, k0, k1);
            if (y0)
                c->slip |= set_vj(c->vj, y0, y1);
            return YYCURSOR;
        }
        /* "Zitting 1962-196312345": older stukken glue the dossier to it */
        (s1 @k0 kamer @k1)? s ("," s)? (vjkw s)? @y0 d{4} s vjsep s d{4} @y1 / [1-9] {
            set_kamer(c->kamer, k0, k1);
            c->slip |= set_vj(c->vj, y0, y1);
            return YYCURSOR;
        }
        * { return p; }
    */
}

/* ---- one item: dossier [toevoeging] [, nr. N] ------------------------ */

/* The toevoeging [a, b) (a tpart) without what separates it from the
 * dossier: " VII" -> "VII", "-32" -> "32", ".VII" -> "VII", " hoofdstuk
 * XV" -> "XV". */
static kg_span toevoeging(const scanner *S, cur a, cur b)
{
    if (!a)
        return span(S, a, b);
    cur YYCURSOR = a, YYMARKER;
    /*!re2c
        [ \t\r\n.-]* "hoofdstuk" [ \t\r\n]+ | [ \t\r\n.-]+ {
            return span(S, YYCURSOR < b ? YYCURSOR : b, b);
        }
        * { return span(S, a, b); }
    */
}

enum { ITEM_NONE, ITEM_KST, ITEM_KSTS, ITEM_DOSSIER };

/* The item kind an ondernummer keyword at k gives: "nrs" / "Nrs" /
 * "nummers" are plural. */
static int numbered(cur k)
{
    return k[2] == 's' || (k[1] == 'u' && k[6] == 's') ? ITEM_KSTS : ITEM_KST;
}

/* Parses one item at *pp. ITEM_KSTS is an item whose ondernummer keyword
 * is plural ("nrs."), which allows bare continuations ("nrs. 4 en 6"). */
static int lex_item(scanner *S, cur *pp, kg_cite *c)
{
    cur YYCURSOR = *pp, YYMARKER, d0, d1, t0, t1, k0, n0, n1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    int kind;
    /*!re2c
        /* "Kamerstuk 31490-" / "359.": broken after a dash by a PDF */
        @d0 dosc @d1 dash (nl sp*)? (@t0 toevc @t1 dash (nl sp*)?)? (rnum dash)? @n0 ondc @n1 {
            k0 = NULL;
            kind = ITEM_KST;
            goto done;
        }
        /* "nr, 5": OCR reads a full stop as a comma */
        @d0 dos @d1 (@t0 tpart @t1)? (s rnum)?
            s ("," s)? @k0 (nrkw | "nr,") s @n0 ond @n1 {
            kind = numbered(k0);
            goto done;
        }
        @d0 dos @d1 s "," s @t0 roman [A-Z]? @t1 s ("," s)? @k0 nrkw s @n0 ond @n1 {
            /* "30 300, VI, nr. 2": a toevoeging after a comma, when a number
             * follows ("35 300, C" alone is a letter of the Eerste Kamer) */
            kind = numbered(k0);
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

/* An ondernummer of capitals: an Eerste Kamer letter ("C", "AB"). */
static bool is_letter_nr(const scanner *S, kg_span nr)
{
    return nr.len && S->base[nr.off] >= 'A' && S->base[nr.off] <= 'Z';
}

enum {
    CONT_NONE, CONT_PAGES, CONT_SEP, CONT_NR, CONT_NR_END, CONT_RANGE, CONT_RANGE_TM,
    CONT_NR_RANGE, CONT_LETTER, CONT_NRKW
};

/* A continuation at *pp: its kind, its number in *val and, for a range
 * that is an item of a list ("nrs. 12 en 15-17"), the range's end in
 * *to. */
static int lex_cont(scanner *S, cur *pp, kg_span *val, kg_span *to)
{
    cur YYCURSOR = *pp, YYMARKER, v0, v1, w0 = NULL, w1 = NULL;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    int kind;
    /*!re2c
        s ("," s)? pagekw s @v0 pages @v1       { kind = CONT_PAGES; goto done; }
        s ("en" | "," | ";" | "," s "en") s1? @v0 @v1 / [0-9] { kind = CONT_SEP; goto done; }
        /* after a singular "nr.", only an "en" and a number that ends the
         * citation: "nr. 684 en 685." (not "nr. 12, 2019)") */
        s "en" s @v0 ondc @v1 / sp* ([.,;:)] | nl | "\x00") {
            kind = CONT_NR_END;
            goto done;
        }
        /* A number is not one when a dash and a digit follow ("en
         * 31490-391" is a new item), but a dash after a space is a
         * sentence dash ("nrs. 12 en 15 – zie") or starts a range
         * ("nrs. 12 en 15 - 17"). */
        s ("en" | ",") s @v0 ondc @v1 / (sp* [^-0-9 \t] | sp+ dash s [^ \t\r\n]) {
            kind = CONT_NR;
            goto done;
        }
        /* "nrs. 12 en 15-17": a range as an item of the list. An
         * ondernummer has at most four digits, a dossier five ("nrs. 12 en
         * 31490-391" is a new citation), and cite.c keeps only a range
         * that rises ("15-17", not "15-2"). */
        s ("en" | ",") s @v0 [1-9] d{0,3} @v1 dash @w0 [1-9] d{0,3} @w1 / [^-0-9A-Za-z] {
            kind = CONT_NR_RANGE;
            goto done;
        }
        s dash s @v0 d+ @v1                   { kind = CONT_RANGE; goto done; }
        /* "nrs. 4 t/m 6", "nr. 4 tot en met 6": a range, not a list */
        s ("t/m" | "tot" s1 "en" s1 "met") s @v0 ondc @v1 { kind = CONT_RANGE_TM; goto done; }
        /* "Kamerstukken I 2014/15, 33 802, G en H": Eerste Kamer letters */
        s "en" s @v0 [A-Z]{1,2} @v1 / sp* ([.,;:)] | nl | "\x00") {
            kind = CONT_LETTER;
            goto done;
        }
        s (";" | "," | "," s "en" | "en" | "," s "was") s nrkw s @v0 ond @v1 {
            kind = CONT_NRKW;           /* "nr. 726, was nr. 719": both */
            goto done;
        }
        * { return CONT_NONE; }
    */
done:
    if (kind != CONT_SEP && is_alnum(*YYCURSOR))
        return CONT_NONE;
    *val = span(S, v0, v1);
    *to = span(S, w0, w1);
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
        kg_span v, to;
        int ck = lex_cont(S, &r, &v, &to);
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
        } else if (ck == CONT_NRKW || ck == CONT_NR_END || (plural && ck == CONT_NR) ||
                   (plural && ck == CONT_NR_RANGE) ||
                   (ck == CONT_LETTER && is_letter_nr(S, prev->nr))) {
            kg_cite next = *prev;
            memset(&next.pages, 0, sizeof next.pages);
            memset(&next.names, 0, sizeof next.names);
            next.nr = v;
            next.nr_to = to;            /* cite.c expands the range */
            next.start = v.off;
            next.end = (size_t)(r - S->base);
            push(L, &next);
        } else if ((ck == CONT_RANGE_TM || (plural && ck == CONT_RANGE)) && !prev->nr_to.len) {
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

/* Whether the text of a numbered line, from p to the end of its line
 * (*end), is a heading: short, and not ending as a sentence or a list item
 * does ("..., en"). */
static bool lex_heading(scanner *S, cur p, cur *end)
{
    cur YYCURSOR = p;
    bool heading;
    /*!re2c
        [^\n\x00]* ([.?,;:] | " en" | " of") / [\n\x00] { heading = false; goto done; }
        [^\n\x00]+ / [\n\x00] { heading = true; goto done; }
        * { YYCURSOR = p; heading = false; goto done; }
    */
done:
    S->eol_read += (size_t)(YYCURSOR - p);
    *end = YYCURSOR;
    return heading && YYCURSOR - p <= 80;
}

static int at_line_start(const scanner *S, cur p)
{
    while (p > S->base && (p[-1] == ' ' || p[-1] == '\t'))
        p--;
    return p == S->base || p[-1] == '\n';
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

/* Hands a reference token over, with where it stands among the
 * structure tokens. */
static void cite_out(scanner *S, kg_cite *c)
{
    c->structures_before = S->nstructures;
    S->sink->cite(S->sink->ctx, c);
}

static kg_structure structure_at(const scanner *S, kg_structure_kind kind, cur tok, cur end)
{
    kg_structure st;
    memset(&st, 0, sizeof st);
    st.kind = kind;
    st.start = (size_t)(tok - S->base);
    st.end = (size_t)(end - S->base);
    return st;
}

static void structure_out(scanner *S, const kg_structure *st)
{
    S->nstructures++;
    S->sink->structure(S->sink->ctx, st);
}

/* A structure token [tok, end) whose only field is its number [n0, n1):
 * a footnote's marker or body, a question. */
static void numbered_out(scanner *S, kg_structure_kind kind, cur tok, cur end, cur n0, cur n1)
{
    kg_structure st = structure_at(S, kind, tok, end);
    st.number = span(S, n0, n1);
    structure_out(S, &st);
}

/* A structure token [tok, end) whose only field is what it names, in the
 * field its kind has: a fraction's party, the minister's name, what a
 * field of the letter head says. */
static void naming_out(scanner *S, kg_structure_kind kind, cur tok, cur end, kg_span what)
{
    kg_structure st = structure_at(S, kind, tok, end);
    switch (kind) {
    case KG_STRUCT_FRACTION:
    case KG_STRUCT_FRACTION_BLOCK:
        st.party = what;
        break;
    case KG_STRUCT_META_MINISTER:
        st.name = what;
        break;
    default:
        st.text = what;
        break;
    }
    structure_out(S, &st);
}

static void emit_list(scanner *S, cite_list *L)
{
    for (size_t i = 0; i < L->n; i++)
        cite_out(S, &L->items[i]);
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
    } else if (may_be_footer && L.n == 1) {
        L.items[0].footer_form = true;  /* the resolver tells */
    }
    emit_list(S, &L);
    return end;
}

/* A citation after a keyword that alone does not say Kamerstuk: only
 * when it names an ondernummer ("TK 35300, nr. 4"; not "TK 85-5-7"). With
 * motion, the keyword said the citations are motions ("moties 30420, nrs
 * 100 en 101"). */
static cur numbered_items(scanner *S, cur p, cur tok, const char *kamer, bool motion)
{
    cite_list L;
    L.n = 0;
    cur end = citation(S, p, tok, &L, kamer);
    if (!end || L.items[0].kind != KG_CITE_KAMERSTUK)
        return NULL;
    for (size_t i = 0; i < L.n; i++)
        L.items[i].motion = motion;
    emit_list(S, &L);
    return end;
}

/* A character that glues a number to what stands before it: "978-90-
 * 12345-67-8" (an ISBN) or "2016/12345" hold no compact Kamerstuk id. */
static bool glued_before(const scanner *S, cur tok)
{
    return tok > S->base && (is_alnum(tok[-1]) || tok[-1] == '-' || tok[-1] == '/' ||
                             tok[-1] == '.' || tok[-1] == ',');
}

/* "(32140, nr. 77)": a bare citation needs the brackets and a number. */
static cur bracketed(scanner *S, cur p, cur tok)
{
    kg_cite c;
    memset(&c, 0, sizeof c);
    cur q = p;
    int kind = lex_item(S, &q, &c);
    if (kind == ITEM_DOSSIER && c.dossier.len >= 5 && *q == ')') {
        /* "het wetsvoorstel ... (36100)": no reference, but the dossier
         * a debate is about, where "de motie op stuk nr. 15" belongs */
        c.kind = KG_CITE_DEBATE_DOSSIER;
        c.start = (size_t)(tok - S->base);
        c.end = (size_t)(q + 1 - S->base);
        cite_out(S, &c);
    }
    if ((kind != ITEM_KST && kind != ITEM_KSTS) || c.dossier.len < 5)
        return NULL;
    return kamerstuk(S, p, p, "", 0);
}

/* A Handelingen or Aanhangsel citation, its parts read, ending at end. */
static cur handelingen_found(scanner *S, kg_cite_kind kind, cur tok, cur end, cur k0,
                             cur k1, cur y0, cur y1, cur n0, cur n1, cur p0, cur p1)
{
    if (is_alnum(*end))
        return NULL;
    kg_cite c = cite_at(S, kind, tok, end);
    set_kamer(c.kamer, k0, k1);     /* unless told, the resolver's */
    c.slip = set_vj(c.vj, y0, y1);
    c.nr = span(S, n0, n1);
    c.pages = span(S, p0, p1);
    if (!c.vj[0])
        return NULL;
    cite_out(S, &c);
    return end;
}

/* "Aanhangsel Handelingen II 2022/23, nrs. 1520 en 1521": the first item
 * of the list ended at `first`; the other numbers stand in [p, end). */
static cur handelingen_list(scanner *S, kg_cite_kind kind, cur tok, cur first, cur end,
                            cur k0, cur k1, cur y0, cur y1, cur n0, cur p)
{
    if (!handelingen_found(S, kind, tok, first, k0, k1, y0, y1, n0, first, NULL, NULL) ||
        is_alnum(*end))
        return NULL;
    while (p < end) {
        while (p < end && (*p < '0' || *p > '9'))
            p++;
        cur a = p;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        if (p > a)
            handelingen_found(S, kind, a, p, k0, k1, y0, y1, a, p, NULL, NULL);
    }
    return end;
}

static cur handelingen(scanner *S, cur p, cur tok, kg_cite_kind kind)
{
    cur YYCURSOR = p, YYMARKER, k0, k1, y0, y1, n0, n1, p0, p1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    /*!re2c
        (s ",")? (s1 @k0 kamer @k1)? s ("," s)? (vjkw s)? @y0 vj @y1 s "," s
            ("nrs." | "nrs" | "nummers") s @n0 d+ @n1 @p0 (s "," s d+)* s "en" s d+ {
            return handelingen_list(S, kind, tok, n1, YYCURSOR, k0, k1, y0, y1, n0, p0);
        }
        (s ",")? (s1 @k0 kamer @k1)? s ("," s)? (vjkw s)? @y0 vj @y1 s "," s
            ("nr." | "nr" | "nummer") s @n0 d+ @n1
            (s "," s "item" s d+)? (s ("," s)? pagekw s @p0 pages @p1)? {
            return handelingen_found(S, kind, tok, YYCURSOR, k0, k1, y0, y1, n0, n1, p0, p1);
        }
        (s ",")? (s1 @k0 kamer @k1)? s ("," s)? ("nr." | "nr" | "nummer") s @n0 d+ @n1
            s "," s vjkw s @y0 vj @y1 {
            /* the number before the year: "Aanhangsel Handelingen nr. 540,
             * Vergaderjaar 1993-1994" */
            return handelingen_found(S, kind, tok, YYCURSOR, k0, k1, y0, y1, n0, n1, NULL,
                                     NULL);
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
    cite_out(S, &c);
    return end;
}


/* "14 maart 2025" to "2025-03-14"; `year` when the date has none. */
static void set_date(char date[11], cur a, cur b, const char *year)
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
    snprintf(date, 11, "%s-%02u-%02u", y, month % 100, day % 100);
}

/* The dates of "de brieven van 14 maart en 3 oktober 2025": one BRIEF
 * each, sharing the last written year; a footnote marker glued to a date
 * is emitted too, so the footnote can give that date its number. */
static void letter_dates(scanner *S, cur tok, cur from, cur to)
{
    cur starts[16], ends[16], marks[16], mends[16];
    bool glued[16];
    size_t n = 0;
    cur YYCURSOR = from, YYMARKER, m0, m1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    while (YYCURSOR < to && n < 16) {
        cur t = YYCURSOR;
        /*!re2c
            date @m0 fnref? @m1 {
                glued[n] = false;
                goto found;
            }
            date @m0 d{1,2} @m1 / [^0-9] {
                glued[n] = true;        /* "19901": footnote 1 of a PDF */
                goto found;
            }
            date "." @m0 d{1,2} @m1 / [^0-9] {
                glued[n] = true;        /* "2021.3": after the full stop */
                goto found;
            }
            * { continue; }
        */
    found:
        starts[n] = t;
        ends[n] = m0[-1] == '.' ? m0 - 1 : m0;
        marks[n] = m0;
        mends[n++] = m1;
    }
    char year[5] = "????";
    for (size_t i = n; i-- > 0;) {      /* the last written year */
        char date[11];
        set_date(date, starts[i], ends[i], "????");
        if (date[0] != '?') {
            memcpy(year, date, 4);
            break;
        }
    }
    for (size_t i = 0; i < n; i++) {
        kg_cite c = cite_at(S, KG_CITE_BRIEF, i == 0 ? tok : starts[i], ends[i]);
        set_date(c.date, starts[i], ends[i], year);
        c.group = (size_t)(tok - S->base);
        cite_out(S, &c);
        if (mends[i] > marks[i] && glued[i])
            numbered_out(S, KG_STRUCT_FN_GLUED, marks[i], mends[i], marks[i], mends[i]);
        else if (mends[i] > marks[i])
            numbered_out(S, KG_STRUCT_FN_MARK, marks[i], mends[i],
                         marks[i] + strlen(KG_NOTE_MARK_OPEN),
                         mends[i] - strlen(KG_NOTE_MARK_CLOSE));
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
    cite_out(S, &c);
}

/* A footnote marker glued to the name or "c.s." that ends at p
 * ("motie Esselink-Feenstra2", "Jansen c.s.4"): its end, or NULL. */
static cur lex_glued_marker(cur p)
{
    cur YYCURSOR = p, YYMARKER;
    /*!re2c
        d{1,2} / [^0-9A-Za-z] { return YYCURSOR; }
        * { return NULL; }
    */
}

/* Where the subject of a motion leads to a citation: "de motie-Jansen
 * over het kiesrecht van gedetineerden (36100-VII, nr. 21)". The subject
 * starts with its word ("over", "inzake", "waarin" ...) right after the
 * names and runs, on one line and within one sentence, to the bracket
 * that opens the citation: that bracket, or NULL. When the motion starts
 * an entry of a list (entry), the id that ends the entry is the motion's
 * ("Motie van het lid Kuiken over ... - 36200-VII-97"; but "Reactie op de
 * motie ... - 21501-07-1502" is a letter). A few dozen words at most, so
 * that a long line of motions is not read again for each. */
static cur lex_about(cur p, bool entry)
{
    cur YYCURSOR = p, YYMARKER, b;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    /*!re2c
        s1 ("over" | "inzake" | "betreffende" | "aangaande" | "omtrent" | "waarin"
            | "waarbij" | "om" | "ter" | "tot") / s1 { goto words; }
        * { return NULL; }
    */
words:
    for (int n = 0; n < 40; n++) {
        /*!re2c
            s @b "(" s / ([0-9] | kstkw) { return b; }
            s1 dash s1 @b bcompact sp* / (nl | "\x00") {
                if (entry)
                    return b;
                continue;
            }
            sp+ ([^ \t\r\n()\x00;.] | "." [^ \t\r\n()\x00;])+ { continue; }
            sp* nl sp* [a-z] ([^ \t\r\n()\x00;.] | "." [^ \t\r\n()\x00;])* {
                continue;               /* a line break only inside a sentence */
            }
            sp* nl sp* upper ([^ \t\r\n()\x00;.] | "." [^ \t\r\n()\x00;])* {
                /* "... over een onafhankelijke" / "Raad voor de rechtspraak
                 * (Kamerstuk ...)": whether a PDF wrapped that line or its
                 * writer ended it there, the resolver tells from the layout */
                continue;
            }
            * { return NULL; }
        */
    }
    return NULL;
}

/* Where a rule found the names of a motion's submitters: the first
 * [first, first_end), those of the part of the list that repeats (the m-tag
 * histories from and to: "A, B, C en D"), and the last [last, last_end);
 * NULL and -1 where the rule has no such part. */
typedef struct {
    cur first, first_end;
    long from, to;
    cur last, last_end;
} name_tags;

/* Each submitter's name, in the order written, as the rule's tags found
 * them: "Sneller/Vermeer", "Jansen (PVV), Bikker (CU) en Ceder". */
static void hand_over_names(const scanner *S, kg_cite *c, const name_tags *t)
{
    cur from[KG_MAX_SUBMITTERS], to[KG_MAX_SUBMITTERS];
    c->nsubmitters = 0;
    if (t->first)
        c->submitter[c->nsubmitters++] = span(S, t->first, t->first_end);
    size_t room = KG_MAX_SUBMITTERS - c->nsubmitters;
    size_t a = mtag_values(S, t->from, from, room), b = mtag_values(S, t->to, to, room);
    for (size_t i = 0; i < a && i < b && i < room; i++)
        if (from[i] && to[i])
            c->submitter[c->nsubmitters++] = span(S, from[i], to[i]);
    if (t->last && c->nsubmitters < KG_MAX_SUBMITTERS)
        c->submitter[c->nsubmitters++] = span(S, t->last, t->last_end);
}

/* A motion named by its submitters (names, each found where `tags` says)
 * or by nobody ("onze motie": tags NULL), which ended at end; returns
 * where to scan on. */
static cur motion(scanner *S, cur tok, cur end, kg_span names, const name_tags *tags)
{
    kg_cite c = cite_at(S, KG_CITE_MOTIE, tok, end);
    c.names = names;
    if (tags)
        hand_over_names(S, &c, tags);
    cur mark = names.len ? lex_glued_marker(end) : NULL;
    cur about = lex_about(mark ? mark : end, tok[0] == 'M' && at_line_start(S, tok));
    if (about)
        c.reach = (size_t)(about - S->base);
    cite_out(S, &c);
    if (mark)
        numbered_out(S, KG_STRUCT_FN_GLUED, end, mark, end, mark);
    return mark ? mark : end;
}

/* "Zij krijgt nr. 726, was nr. 719 (21501-08).": the motion just born is
 * a Kamerstuk in the dossier between the brackets at p, and so was its
 * earlier number. */
static cur born_numbers(scanner *S, cur tok, kg_span nr, kg_span was, cur p)
{
    kg_cite c;
    memset(&c, 0, sizeof c);
    cur YYCURSOR = p, YYMARKER, d0, d1, t0, t1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    /* Only a dossier stands here, so "(21501-20)" is the sub-dossier 20
     * of 21501, which a citation elsewhere could not tell from
     * Kamerstuk 20 of dossier 21501. */
    /*!re2c
        @d0 dos @d1 (@t0 tpart @t1)? s ")" { goto close; }
        * { return NULL; }
    */
close:
    c.dossier = span(S, d0, d1);
    c.toev = toevoeging(S, t0, t1);
    c.kind = KG_CITE_KAMERSTUK;
    c.motion = true;
    c.start = (size_t)(tok - S->base);
    c.end = (size_t)(YYCURSOR - S->base);
    c.nr = nr;
    cite_out(S, &c);
    if (was.len) {
        c.start = was.off;
        c.end = was.off + was.len;
        c.nr = was;
        cite_out(S, &c);
    }
    return YYCURSOR;
}

/* Only spaces up to the line end at p. */
static bool lex_line_end(cur p)
{
    cur YYCURSOR = p, YYMARKER;
    /*!re2c
        sp* (nl | "\x00") { return true; }
        * { return false; }
    */
}

/* An id written out, "kst-30552-3", "ah-tk-20232024-2271": [n0, n1) holds
 * what follows its prefix. Before "ISSN" (the first page of a
 * publication: "kst-22112-1600ISSN 0921 - 7371") it is the document's own. */
static cur literal_id(scanner *S, cur tok, cur n0, cur n1, kg_cite_kind kind)
{
    cur YYCURSOR = n1, YYMARKER, a = n0, b, e = NULL;
    kg_cite c = cite_at(S, kind, tok, n1);
    /*!re2c
        s "ISSN" { c.kind = KG_CITE_HEAD; c.of = (int)kind; goto parts; }
        [0-9A-Za-z] { return NULL; }
        * { goto parts; }
    */
parts:
    if (kind == KG_CITE_KAMERSTUK) {    /* dossier, toevoeging, number */
        for (b = a; *b != '-'; b++)
            ;
        c.dossier = span(S, a, b);
        for (e = n1; e[-1] != '-'; e--)
            ;
        c.nr = span(S, e, n1);
        c.toev = e - 1 > b ? span(S, b + 1, e - 1) : span(S, NULL, NULL);
    } else {                            /* "tk-20232024-2271[-6]" */
        set_kamer(c.kamer, a, a + 2);
        set_vj(c.vj, a + 3, a + 11);
        for (e = a + 12; e < n1 && *e != '-'; e++)
            ;
        c.nr = span(S, a + 12, e);
    }
    cite_out(S, &c);
    return n1;
}

/* The number line of a Kamerstuk head flattened onto one line with its
 * dossier and title: "Nr. 1600 BRIEF VAN", within a few dozen words of p. */
static cur flat_head(scanner *S, cur tok, kg_span dossier, kg_span toev, cur y0, cur y1, cur p)
{
    cur YYCURSOR = p, YYMARKER, n0, n1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    for (int n = 0; n < 40; n++) {
        /*!re2c
            s1 "Nr." s1 @n0 [1-9] d* [a-z]? @n1 s1 [A-Z]{3,} / [^a-z] {
                kg_cite c = cite_at(S, KG_CITE_HEAD, tok, n1);
                c.dossier = dossier;
                c.toev = toev;
                c.nr = span(S, n0, n1);
                set_vj(c.vj, y0, y1);
                cite_out(S, &c);
                return n1;
            }
            s [^ \t\r\n\x00]+ { continue; }
            * { return NULL; }
        */
    }
    return NULL;
}

/* The head of a Kamerstuk, its dossier [n0, n1), toevoeging [t0, t1),
 * number [p0, p1) and the first word of its title [y0, y1); returns where
 * to scan on. Not "artikel 6:52 Awb ... (Kamerstuk" / "29240 XIII, nr.
 * 256": the head starts a line and its title is not a toevoeging. Else
 * only the number was read; what follows is lexed again. */
static cur kamerstuk_head(scanner *S, cur tok, cur n0, cur n1, cur t0, cur t1, cur p0,
                          cur p1, cur y0, cur y1)
{
    if (is_roman(y0, y1))
        return n1;
    kg_cite c = cite_at(S, KG_CITE_HEAD, tok, p1);
    c.dossier = span(S, n0, n1);
    c.toev = span(S, t0, t1);
    c.nr = span(S, p0, p1);
    cite_out(S, &c);
    return p1;
}

/* "het antwoord op vraag 8 en 9", "de vragen 2, 5 en 7": one reference
 * per question; the first number is [n0, n1), the others in [p, end). */
static void vraag_numbers(scanner *S, cur tok, cur n0, cur n1, cur p, cur end)
{
    kg_cite c = cite_at(S, KG_CITE_VRAAG_NR, tok, n1);
    c.nr = span(S, n0, n1);
    cite_out(S, &c);
    cur YYCURSOR = p, YYMARKER, a, b;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    while (YYCURSOR && YYCURSOR < end) {
        /*!re2c
            s ("," | "en") s @a d+ @b {
                c = cite_at(S, KG_CITE_VRAAG_NR, a, b);
                c.nr = span(S, a, b);
                cite_out(S, &c);
                continue;
            }
            * { return; }
        */
    }
}

/* Where a letter's title opens ("brief van", "brieven van"), also inside
 * a word ("Kamerbrief van") and inside what other rules read whole (a
 * head, a member block, a dated letter's words): a pass of its own, after
 * the rest, so that it changes how nothing else is read. */
static void letter_titles(scanner *S, cur p)
{
    cur YYCURSOR = p, YYMARKER;
    for (;;) {
        cur t = YYCURSOR;
        /*!re2c
            title {
                kg_structure st = structure_at(S, KG_STRUCT_LETTER_TITLE, t, YYCURSOR);
                structure_out(S, &st);
                continue;
            }
            "\x00" {
                if (t >= S->lim)
                    return;
                continue;
            }
            [^b\x00]+ { continue; }
            * { continue; }
        */
    }
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

/* ---- the line-start lexer ------------------------------------------- */

/* The rules that only a line start can begin, tried there before the
 * main lexer. A Kamerstuk head ("26 104 Voedselbeleid" / "Nr. 212 BRIEF
 * ...") reads its whole line before it can tell: tried at every "3 Hoe"
 * of a long line, it was quadratic. Where one of these matches, no rule of
 * the main lexer matches as long, so trying them first reads the text as
 * one lexer of all the rules would; and the main rules are expanded once,
 * not again with these. Returns where to scan on, or NULL. */
static cur lex_line_start(scanner *S, cur tok)
{
    cur YYCURSOR = tok, YYMARKER, n0, n1, p0, p1, t0, t1, y0, y1;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    /*!re2c
        @n0 dos @n1 (sp @t0 toev @t1)? sp* nl sp* upper [^\n\x00]* nl (sp* nl)* sp*
            "Nr." s1 @p0 d+ [a-z]? @p1 s1 @y0 [A-Z]{3,} @y1 {
            /* the dossier alone on its line, as a scan has it: "22093" /
             * "Mededingingsbeleid" / "Nr. 9" / "BRIEF VAN ..." */
            return kamerstuk_head(S, tok, n0, n1, t0, t1, p0, p1, y0, y1);
        }
        @n0 dos @n1 (sp @t0 toev @t1)? sp upper [^\n\x00]* nl (sp* nl)* sp*
            "Nr." s1 @p0 d+ [a-z]? @p1 s1 @y0 [A-Z]{3,} @y1 {
            /* "Nr. 212" / "BRIEF VAN ...", broken by a PDF */
            return kamerstuk_head(S, tok, n0, n1, t0, t1, p0, p1, y0, y1);
        }
        @n0 dos @n1 (sp @t0 toev @t1)? sp upper [^\n\x00]* nl (sp* nl)* sp*
            ("Nr." sp)? @p0 (d+ [a-z]? | [A-Z]{1,2}) @p1 sp @y0 [A-Z]{3,} @y1 {
            /* "26 104 Voedselbeleid" / "Nr. 212 BRIEF VAN DE MINISTER" */
            return kamerstuk_head(S, tok, n0, n1, t0, t1, p0, p1, y0, y1);
        }

        /* headings of questions and answers */
        "Vraag" sp* ":" {
            numbered_out(S, KG_STRUCT_QUESTION, tok, YYCURSOR, NULL, NULL);
            return YYCURSOR;
        }
        "Vraag" sp @n0 d+ @n1 sp* ":"? sp* / (nl | "\x00") {
            numbered_out(S, KG_STRUCT_QUESTION, tok, YYCURSOR, n0, n1);
            return YYCURSOR;
        }
        "Antwoord" "en"? sp* ":" {
            numbered_out(S, KG_STRUCT_ANSWER, tok, YYCURSOR, NULL, NULL);
            return YYCURSOR;
        }
        "Antwoord" sp* / (nl | "\x00") {
            numbered_out(S, KG_STRUCT_ANSWER, tok, YYCURSOR, NULL, NULL);
            return YYCURSOR;
        }

        /* numbered lines: "12. De leden van de ...-fractie vragen ..." is a
         * numbered question; "12. ...", "a. ..." a section heading, or
         * neither (a list item, a sentence). Only a line start is read to
         * the line end: "vraag 3. De ..." on one long line was read to its
         * end each time. */
        @n0 d{1,3} @n1 "." sp "De leden" / [^\n\x00] {
            numbered_out(S, KG_STRUCT_QUESTION, tok, n1, n0, n1);
            return n1;
        }
        @n0 ([A-Za-z] | [IVX]{2,4} | d{1,3}) @n1 "." sp @p0 upper / [^\n\x00] {
            if (!lex_heading(S, p0, &p1))
                return n1;
            kg_structure st = structure_at(S, KG_STRUCT_SECTION, tok, p1);
            st.label = span(S, n0, n1);
            st.title = span(S, p0, p1);
            structure_out(S, &st);
            return p1;
        }
        * { return NULL; }
    */
}

/* ---- the main lexer ------------------------------------------------- */

/* The grammar of kg_scan_text, in groups: a token at a time, the longest
 * match wins, and of two as long the first. */
/*!rules:re2c:main
        /* ---- the end of the text ---- */
        "\x00" {
            if (tok >= S.lim) {
                letter_titles(&S, S.base + from);
                return S.eol_read;
            }
            continue;
        }

        /* ---- Kamerstukken: after a keyword or a Kamer, in brackets, alone;
         * and numbers that look like them but are not ---- */
        kstkw {
            r = kamerstuk(&S, YYCURSOR, tok, "", 0);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        kstkw @n1 d+ {
            /* "Kamerstuk21 137": the dossier glued on */
            r = kamerstuk(&S, n1, tok, "", 0);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        @n0 bcompact @n1 / ([^0-9A-Za-z/.\x00-] | [.-] [^0-9] | "\x00") {
            r = glued_before(&S, tok) ? NULL : kamerstuk(&S, tok, tok, "", 0);
            YYCURSOR = r ? r : n1;
            continue;
        }
        binformal {
            r = glued_before(&S, tok) ? NULL : kamerstuk(&S, tok, tok, "", 0);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        ("motie" | "moties" | "Motie" | "Moties") s1 / [1-9] d {
            /* "moties 30420, nrs 100 en 101": numbers, no names */
            r = numbered_items(&S, YYCURSOR, tok, "", true);
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
        @n0 ("TK" | "EK") @n1 s1 / [1-9] d {
            /* "TK 35300, nr. 4": no vergaderjaar; a number only ("TK 85-5-7",
             * a Handelingen) is not a dossier */
            r = numbered_items(&S, n1, tok, n0[0] == 'T' ? "tk" : "ek", false);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        ("Bijl." | "Bijlagen" | "Bijlage") s1 ("Hand." | "Handelingen") {
            /* "Bijl. Hand. II 1989/90, 21 427, nr. 3": Kamerstukken, as they
             * were cited before 1995 */
            r = kamerstuk(&S, YYCURSOR, tok, "", 0);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        ("ISO" | "NEN" | "EN" | "IEC" | "NPR" | "NTA" | "CEN") ([ /-] ("ISO" | "NEN" | "EN" | "IEC"))*
            s d+ ([-:.] d+)* {
            continue;                   /* a standard: "NEN-EN-IEC 62305-2:2012" */
        }
        ("kenmerk" | "Kenmerk" | "zaaknummer" | "Zaaknummer" | "referentie" | "Referentie")
            ":"? s1 [0-9A-Za-z/._-]+ {
            continue;                   /* "Ons kenmerk 12345-2023": not a Kamerstuk */
        }
        [a-z0-9]* @n0 ("Tweede" | "Eerste") s1 "Kamer" s "," {
            /* also a page footer glued to the text before it, as
             * flattened text has them ("stikstofTweede Kamer, ...") */
            r = kamerstuk(&S, YYCURSOR, n0, n0[0] == 'T' ? "tk" : "ek", 1);
            YYCURSOR = r ? r : skip_word(n0);
            continue;
        }
        "(" s / [0-9] {
            r = bracketed(&S, YYCURSOR, tok);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }

        /* ---- Staatsblad, Staatscourant, case law ---- */
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

        /* ---- Handelingen and their Aanhangsel ---- */
        ("Aanhangsel" | "Aanh.") (s1 "van" s1 "de")? s1 ("Handelingen" | "Hand.") {
            r = handelingen(&S, YYCURSOR, tok, KG_CITE_AANHANGSEL);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        "Handelingen" | "Hand." {
            r = handelingen(&S, YYCURSOR, tok, KG_CITE_HANDELINGEN);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }

        /* ---- motions: by their submitters, born, by number, "deze motie" ---- */
        ("motie" | "Motie") s1 ("van" s1)? ("de" s1 | "De" s1)? ("Tweede" s1 | "Eerste" s1)?
            "Kamer" [a-z]* {
            continue;                   /* "een motie van de Kamer", "Motie" / "De Kamer,":
                                           the Kamer is no submitter */
        }
        ("motie" | "Motie") ("-" s | s1) @n0 name @m0 (s "/" s #ms name #me)* @n1
            (s1 party)? (s1 "c.s.")? {
            name_tags names = {n0, m0, ms, me, NULL, NULL};
            YYCURSOR = motion(&S, tok, YYCURSOR, span(&S, n0, n1), &names);
            continue;
        }
        ("motie" | "Motie") s1 "van" s1 (("het" s1)? "lid" | "kamerlid" | "Kamerlid") s1
            @n0 name @n1 (s1 party)? (s1 "c.s.")? {
            name_tags names = {n0, n1, -1, -1, NULL, NULL};
            YYCURSOR = motion(&S, tok, YYCURSOR, span(&S, n0, n1), &names);
            continue;
        }
        ("motie" | "Motie") s1 "van" s1 "de" s1 "leden" s1
            @n0 name @m0 (sp party)? (s "," s #ms name #me (sp party)?)* s1 "en" s1 @m1 name @n1
            (s1 party)? (s1 "c.s.")? {
            name_tags names = {n0, m0, ms, me, m1, n1};
            YYCURSOR = motion(&S, tok, YYCURSOR, span(&S, n0, n1), &names);
            continue;
        }
        "door" s1 ("het" s1 "lid" | "de" s1 "leden") s1 @n0 name @m0 (s1 "en" s1 @m1 name)? @n1
            (sp party)? s1 "ingediende" s1 ("motie" | "moties") {
            kg_cite c = cite_at(&S, KG_CITE_MOTIE, tok, YYCURSOR);
            c.names = span(&S, n0, n1);
            hand_over_names(&S, &c, &(name_tags){n0, m0, -1, -1, m1, m1 ? n1 : NULL});
            cite_out(&S, &c);
            continue;
        }
        ("Door" | "door") s1 ("het" s1 "lid" | "de" s1 "leden") s1
            @n0 name @m0 (s "," s #ms name #me)* (s1 "en" s1 @m1 name)? @n1 s1 "wordt" s1 "de" s1
            "volgende" s1 "motie" s1 "voorgesteld" {
            /* Handelingen: a motion is born; "Zij krijgt nr. N" follows */
            kg_cite c = cite_at(&S, KG_CITE_MOTIE, tok, YYCURSOR);
            c.names = span(&S, n0, n1);
            hand_over_names(&S, &c, &(name_tags){n0, m0, ms, me, m1, m1 ? n1 : NULL});
            c.born = true;
            cite_out(&S, &c);
            continue;
        }
        ("Zij" | "Hij") s1 "krijgt" s1 nrkw s @n0 ondc @n1
            (s "," s "was" s1 nrkw s @p0 ondc @p1)? s "(" s @t0 {
            /* "Zij krijgt nr. 726, was nr. 719 (21501-08)." */
            r = born_numbers(&S, tok, span(&S, n0, n1), span(&S, p0, p1), t0);
            YYCURSOR = r ? r : YYCURSOR;
            continue;
        }
        ("motie" | "moties" | "amendement" | "amendementen") s1 ("op" s1)? "stuk" s1
            nrkw s @n0 ondc @n1 / [^0-9A-Za-z] {
            /* "de motie op stuk nr. 157": the dossier is the document's */
            kg_cite c = cite_at(&S, KG_CITE_STUKNR, tok, YYCURSOR);
            c.nr = span(&S, n0, n1);
            c.motion = tok[0] == 'm';
            cite_out(&S, &c);
            continue;
        }
        "(" s ("op" s1)? "stuk" s1 nrkw s @n0 ondc @n1 / [^0-9A-Za-z] {
            /* "het amendement-Koopmans (stuk nr. 12)" */
            kg_cite c = cite_at(&S, KG_CITE_STUKNR, tok + 1, YYCURSOR);
            c.nr = span(&S, n0, n1);
            cite_out(&S, &c);
            continue;
        }
        ("onze" | "Onze" | "mijn" | "Mijn" | "zijn" | "Zijn" | "haar" | "Haar" | "hun" | "Hun"
            | "uw" | "Uw") s1 "motie" / s "(" {
            /* "onze motie (Kamerstuk 25 424, nr. 691)": no names */
            YYCURSOR = motion(&S, tok, YYCURSOR, none, NULL);
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
            hand_over_names(&S, &c, &(name_tags){n0, n1, -1, -1, NULL, NULL});
            c.with_addressee = true;
            cite_out(&S, &c);
            continue;
        }

        /* a motion a footnote numbers: "een motie¹", "de motie8" */
        ("een" | "de" | "deze" | "die") s1 "motie" / (sup | "[footnoteRef:") {
            emit(&S, KG_CITE_MOTIE, tok, YYCURSOR, none, none, none);
            continue;
        }
        ("een" | "de" | "deze" | "die") s1 "motie" @n0 d{1,2} @n1 / [^0-9A-Za-z] {
            emit(&S, KG_CITE_MOTIE, tok, n0, none, none, none);
            numbered_out(&S, KG_STRUCT_FN_GLUED, n0, n1, n0, n1);
            continue;
        }
        ("deze" | "Deze" | "de" | "De" | "die" | "Die") s1 @n1 "motie" / (sp | nl | [.,;:)]) {
            /* "deze motie": the motion just named, unless a name follows
             * ("de motie van het lid X"), which the rules at n1 find */
            emit(&S, KG_CITE_MOTIE_ANAPHOR, tok, YYCURSOR, none, none, none);
            YYCURSOR = n1;
            continue;
        }

        /* ---- references to questions: "zie antwoord op vraag 3" ---- */
        zie s1 (("voor" s1 "de" s1 "beantwoording" s1 "van" s1 "deze" s1 vraagw s1)? antw)
            s1 @n0 name @n1 (sp party)? (oppage @p0 pages @p1)? {
            emit(&S, KG_CITE_VRAAG_LID, tok, YYCURSOR, span(&S, n0, n1), none,
                 span(&S, p0, p1));
            continue;
        }
        zie s1 (("het" s1 | "mijn" s1 | "de" s1 | "onze" s1)? ("antwoord" | "antwoorden") s1
            (("op" | "bij") s1)?
            ("de" s1)?)? vraagw s1
            @n0 d+ @n1
            @p0 ((s "," s d+)* s1 "en" s1 d+)? / [^0-9] {
            vraag_numbers(&S, tok, n0, n1, p0, YYCURSOR);
            continue;
        }
        ("Zoals" s1)? ("toegelicht" | "beschreven" | "aangegeven" | "vermeld" |
            "uiteengezet") s1 ("bij" | "onder" | "in") s1
            (("het" | "mijn" | "ons") s1 "antwoord" s1 "op" s1)? ("de" s1)? vraagw s1 @n0 d+ @n1
            @p0 ((s "," s d+)* s1 "en" s1 d+)? / [^0-9] {
            vraag_numbers(&S, tok, n0, n1, p0, YYCURSOR);
            continue;
        }
        ("mijn" | "Mijn" | "het" | "Het" | "ons" | "Ons" | "uw" | "zijn" | "haar") s1
            ("antwoord" | "antwoorden") s1 "op" s1 ("de" s1)? vraagw s1 @n0 d+ @n1
            @p0 ((s "," s d+)* s1 "en" s1 d+)? / [^0-9] {
            /* "Zoals ik in mijn antwoord op vraag 4 aangaf" */
            vraag_numbers(&S, tok, n0, n1, p0, YYCURSOR);
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

        /* ---- the document's own identity: heads, footers, ids written out
         * ---- */
        "Tweede Kamer der Staten-Generaal" @y0 d{4} "-" d{4} @y1 @n0 d{5} @n1 sp "nr." sp @p0 d+ @p1 {
            /* the table of the publication site, glued together */
            kg_cite c = cite_at(&S, KG_CITE_HEAD, tok, YYCURSOR);
            c.dossier = span(&S, n0, n1);
            c.nr = span(&S, p0, p1);
            set_vj(c.vj, y0, y1);
            memcpy(c.kamer, "tk", 3);
            cite_out(&S, &c);
            continue;
        }
        @k0 ("Tweede" | "Eerste") s1 "Kamer" s1 "der" s1 "Staten-Generaal" @y0 d{4} "-" d{4} @y1
            "nr." s @p0 [1-9] d* @p1 "," s1 "item" s1 d+ {
            /* the same for a Handelingen item: "...2019-2020nr. 44, item 12" */
            kg_cite c = cite_at(&S, KG_CITE_HEAD, tok, YYCURSOR);
            c.of = KG_CITE_HANDELINGEN;
            c.nr = span(&S, p0, p1);
            set_vj(c.vj, y0, y1);
            set_kamer(c.kamer, k0, k0 + 1);
            cite_out(&S, &c);
            continue;
        }
        (@k0 ("Tweede" | "Eerste") s1 "Kamer" s1 "der" s1 "Staten" ("-" | s1) "Generaal" s d{0,2} s)?
            d{0,2} vjkw s @y0 vj @y1 s (d s1)? "Aanhangsel" s1 "van" s1 "de" s1 "Handelingen" s1
            "Vragen" s1 "gesteld" s1 "door" s1 "de" s1 "leden" s1 "der" s1 "Kamer," s1 "met" s1 "de" s1
            "daarop" s1 "door" s1 "de" s1 "regering" s1 "gegeven" s1 "antwoorden" s
            @n0 [1-9] d{0,4} @n1 / (sp | nl | "\x00") {
            /* The head of an answer to written questions: its number in
             * the Aanhangsel ("Vergaderjaar 2023-2024 / Aanhangsel van de
             * Handelingen / Vragen gesteld ... / 2271") */
            kg_cite c = cite_at(&S, KG_CITE_HEAD, tok, YYCURSOR);
            c.of = KG_CITE_AANHANGSEL;
            c.nr = span(&S, n0, n1);
            set_vj(c.vj, y0, y1);
            memcpy(c.kamer, k0 && k0[0] == 'E' ? "ek" : "tk", 3);
            cite_out(&S, &c);
            continue;
        }
        [a-z0-9]* @n0 ("Tweede" | "Eerste") s1 "Kamer" s "," s vjkw s @y0 vj @y1 s "," s
            "Aanhangsel" s @p0 d{1,5} @p1 {
            /* an answer's page footer: "Tweede Kamer, vergaderjaar
             * 2023-2024, Aanhangsel 3", in pasted text glued to the text
             * around it ("... 2023Tweede Kamer, ..., Aanhangsel 1Antwoord 3") */
            kg_cite c = cite_at(&S, KG_CITE_FOOTER, n0, p1);
            c.of = KG_CITE_AANHANGSEL;
            c.pages = span(&S, p0, p1);
            c.glued = !at_line_start(&S, n0) || !lex_line_end(p1);
            set_vj(c.vj, y0, y1);
            cite_out(&S, &c);
            YYCURSOR = p1;
            continue;
        }
        "kst-" @n0 [1-9] d{3,5} "-" (toevc "-")? ond @n1 {
            /* the id written out: "(kst-30552-3)"; before "ISSN" on the
             * first page, the document's own */
            r = literal_id(&S, tok, n0, n1, KG_CITE_KAMERSTUK);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        "ah-" @n0 ("tk" | "ek") "-" d{8} "-" [1-9] d{0,5} @n1 {
            r = literal_id(&S, tok, n0, n1, KG_CITE_AANHANGSEL);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        "h-" @n0 ("tk" | "ek") "-" d{8} "-" [1-9] d{0,5} @n1 ("-" d+)? {
            r = literal_id(&S, tok, n0, n1, KG_CITE_HANDELINGEN);
            YYCURSOR = r ? r : skip_word(tok);
            continue;
        }
        d{0,2} vjkw s @y0 vj @y1 s @n0 (d{5} | d{2} s1 d{3}) @n1 s1 @t0 toev @t1 / (sp | nl) {
            r = flat_head(&S, tok, span(&S, n0, n1), span(&S, t0, t1), y0, y1, YYCURSOR);
            YYCURSOR = r ? r : y1;
            continue;
        }
        d{0,2} vjkw s @y0 vj @y1 s @n0 (d{5} | d{2} s1 d{3}) @n1 s1 @t0 roman @t1 / upper lower {
            /* the title glued to the toevoeging: "35 300 VIIVaststelling" */
            r = flat_head(&S, tok, span(&S, n0, n1), span(&S, t0, t1), y0, y1, YYCURSOR);
            YYCURSOR = r ? r : y1;
            continue;
        }
        d{0,2} vjkw s @y0 vj @y1 s @n0 (d{5} | d{2} s1 d{3}) @n1 / [^0-9] {
            /* The head of a Kamerstuk flattened to one line: "Vergaderjaar
             * 2012-2013 22 112Nieuwe Commissievoorstellen ... Nr. 1600
             * BRIEF VAN DE MINISTER"; the toevoeging (rule above) is a word
             * of its own, not the first letter of the title */
            r = flat_head(&S, tok, span(&S, n0, n1), span(&S, NULL, NULL), y0, y1, YYCURSOR);
            YYCURSOR = r ? r : y1;      /* the dossier line may start a head */
            continue;
        }
        /* ---- who asks: member blocks, answers to a range of questions,
         * fractions (the other headings start lines: lex_line_start) ---- */
        "Vragen" sp "van" sp "het" sp "lid" sp @n0 name @n1 s "," [^(\n\x00]* "(" @p0 [^)\n\x00]+ @p1 ")" {
            if (at_line_start(&S, tok)) {
                kg_structure st = structure_at(&S, KG_STRUCT_MEMBER_BLOCK, tok, YYCURSOR);
                st.name = span(&S, n0, n1);
                st.party = span(&S, p0, p1);
                structure_out(&S, &st);
            }
            continue;
        }
        "Antwoord" sp ("op" sp)? ("vraag" | "vragen") sp @n0 d+ @n1
            ((s "," s d+)* s ("en" | "t/m" | "-") s @p0 d+ @p1)? sp* ":"? sp* / (nl | "\x00") {
            /* a heading at a line start; elsewhere read whole, so that the
             * numbers it runs over onto a line of their own start nothing */
            if (at_line_start(&S, tok)) {
                kg_structure st = structure_at(&S, KG_STRUCT_ANSWER, tok, YYCURSOR);
                st.number = span(&S, n0, n1);
                st.number_to = span(&S, p0, p1);
                structure_out(&S, &st);
            }
            continue;
        }
        "Vragen" (sp "en" sp "opmerkingen")? sp "van" sp "de" sp "leden" sp "van" sp "de" sp
            @n0 [A-Za-z0-9-]+ @n1 "-fractie" {
            if (at_line_start(&S, tok))
                naming_out(&S, KG_STRUCT_FRACTION_BLOCK, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }
        ("De" | "de") sp "leden" sp "van" sp "de" sp @n0 [A-Za-z0-9-]+ @n1 "-fractie" {
            naming_out(&S, KG_STRUCT_FRACTION, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }
        ("De" | "de") sp "leden" sp "van" sp "de" sp @n0 [A-Z] [A-Z0-9]+ @n1 / [^A-Za-z0-9-] {
            naming_out(&S, KG_STRUCT_FRACTION, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }
        ("De" | "de") sp "leden" sp "van" sp "het" sp @n0 [A-Z] [A-Z0-9]+ @n1 / [^A-Za-z0-9-] {
            naming_out(&S, KG_STRUCT_FRACTION, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }
        ("De" sp "leden" sp "van" sp "de" | "de") sp "fractie" sp "van" sp
            @n0 [A-Za-z0-9]+ ("-" [A-Za-z0-9]+)* @n1 {
            naming_out(&S, KG_STRUCT_FRACTION, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }

        /* ---- letters cited by date, and the letter's own head ---- */
        letter ((s1 tword){0,10} s1 "van" | s1 "d.d.") s1 @n0 dates @n1 {
            letter_dates(&S, tok, n0, n1);
            YYCURSOR = n1;
            continue;
        }
        ("Datum" (sp | nl)+ | "(ontvangen" sp) @n0 date @n1 {
            kg_structure st = structure_at(&S, KG_STRUCT_META_DATE, tok, YYCURSOR);
            set_date(st.date, n0, n1, "????");
            structure_out(&S, &st);
            continue;
        }
        "Betreft" sp+ / [^ \t\n\x00] {
            /* The subject may cite ("Betreft documenten 31544-8 en
             * 31544-9"): it is scanned on. A letter flattened to one line
             * goes on after it, so the model ends it at the salutation;
             * only the first is read to the line end, or a long line of
             * them would be read again for each. */
            if (!S.subject_read) {
                S.subject_read = true;
                p1 = line_end(&S, YYCURSOR);
                naming_out(&S, KG_STRUCT_META_SUBJECT, tok, p1, span(&S, YYCURSOR, p1));
            }
            continue;
        }
        ("Geachte" | "Hooggeachte") (s1 [A-Za-z]+){1,4} s "," {
            kg_structure st = structure_at(&S, KG_STRUCT_SALUTATION, tok, YYCURSOR);
            structure_out(&S, &st);
            continue;
        }
        "Onze referentie" (sp | nl)+ @n0 [0-9A-Za-z/.-]+ @n1 {
            naming_out(&S, KG_STRUCT_META_REF, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }
        "Aan de Voorzitter van de" sp @n0 ("Tweede" | "Eerste") @n1 sp "Kamer" {
            naming_out(&S, KG_STRUCT_META_ADDRESSEE, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }
        ("De" sp ("minister" | "staatssecretaris") sp "van" sp [^\n,\x00]+ "," sp* (nl sp*)+
            | "Antwoord van" sp ("minister" | "staatssecretaris") sp) @n0 name @n1 {
            naming_out(&S, KG_STRUCT_META_MINISTER, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }
        ("De" sp ("minister" | "staatssecretaris") sp "van" sp [^\n,\x00]+ "," sp* (nl sp*)+)
            @n0 [A-Z] "." (sp? [A-Z] ".")* sp name @n1 {
            naming_out(&S, KG_STRUCT_META_MINISTER, tok, YYCURSOR, span(&S, n0, n1));
            continue;
        }

        /* ---- footnotes: markers and notes in the readers' shape
         * (footnote_shape.h), digits glued on, superscripts ---- */
        "[footnoteRef:" @n0 d+ @n1 "]" {
            numbered_out(&S, KG_STRUCT_FN_MARK, tok, YYCURSOR, n0, n1);
            continue;
        }
        "[" @n0 d+ @n1 ":" sp {
            numbered_out(&S, KG_STRUCT_FN_BODY, tok, YYCURSOR, n0, n1);
            continue;
        }
        [a-z]{2} [a-z]* @n0 d{1,2} @n1 / [^0-9A-Za-z] {
            numbered_out(&S, KG_STRUCT_FN_GLUED, tok, YYCURSOR, n0, n1);
            continue;
        }
        /* a capitalised word: "Informatiehuishouding1.", "het lid Agema4";
         * not "Covid19-maatregelen" or "Kamerstuk21 137" (a dossier) */
        upper lower lower+ @n0 d{1,2} @n1 / ([^0-9A-Za-z/ \r\n-] | (sp | nl) [^0-9]) {
            numbered_out(&S, KG_STRUCT_FN_GLUED, tok, YYCURSOR, n0, n1);
            continue;
        }
        d{4} "." @n0 d{1,2} @n1 / [^0-9] {
            numbered_out(&S, KG_STRUCT_FN_GLUED, tok, YYCURSOR, n0, n1);
            continue;
        }
        @n0 d{1,2} @n1 (sp [A-Z] | upper lower* | "(") {
            /* "8 Kamerstuk ...", and in pasted PDF text glued:
             * "2Kamerstuk 29 383, nr. 406.", "4(Aanhangsel ..." */
            if (at_line_start(&S, tok))
                numbered_out(&S, KG_STRUCT_FN_PDF_BODY, tok, n1, n0, n1);
            YYCURSOR = n1;
            continue;
        }
        [.?!)] sp+ @n0 d{1,2} @n1 sp* / fnstart {
            /* the next footnote on the same line, as flattened and OCR'd
             * text has them: "1 Kamerstuk21 137, nr. 51. 2 Kamerstuk ..." */
            numbered_out(&S, KG_STRUCT_FN_PDF_BODY, n0, n1, n0, n1);
            YYCURSOR = n1;
            continue;
        }
        @n0 sup+ @n1 {
            int body = at_line_start(&S, tok) &&
                       (*YYCURSOR == ' ' || *YYCURSOR == '\t');
            numbered_out(&S, body ? KG_STRUCT_FN_BODY : KG_STRUCT_FN_MARK, tok, YYCURSOR,
                         n0, n1);
            continue;
        }

        /* ---- anything else: a word, a byte ---- */
        word { continue; }
        *    { continue; }
*/

/* The main lexer's m-tag operations: a value, or none, in a history. */
#define YYMTAGP(tag) add_mtag(&S, &(tag), YYCURSOR)
#define YYMTAGN(tag) add_mtag(&S, &(tag), NULL)

size_t kg_scan_text(const char *text, size_t len, size_t from, const kg_scan_sink *sink)
{
    scanner S = {.base = (cur)text, .lim = (cur)text + len, .sink = sink};
    cur YYCURSOR = S.base + from, YYMARKER, tok, n0, n1, p0, p1, t0, t1, y0, y1, k0, m0, m1;
    long ms, me;
    /*!stags:re2c format = 'cur @@ __attribute__((unused)) = NULL;\n'; */
    /*!mtags:re2c format = 'long @@;\n'; */
    kg_span none = {0, 0};

    for (;;) {
        tok = YYCURSOR;
        cur r;
        if (at_line_start(&S, tok) && (r = lex_line_start(&S, tok))) {
            YYCURSOR = r;
            continue;
        }
        S.nmtags = 0;                   /* each token's histories start empty */
        /*!mtags:re2c format = '@@ = -1;\n'; */
        /*!use:re2c:main */
    }
}
