/* gencorpus: write a synthetic corpus of Dutch parliamentary letters for the
 * kamergraph benchmark, with the list of every reference planted in it.
 *
 *   gencorpus -o DIR -n N [--seed S] [--size BYTES] [--with-text]
 *
 * DIR/letter-000000.txt ... one plain UTF-8 letter per file (the document id
 * is the file stem: letter-000003#vraag-2), in the style of
 * the sample letters: a letter head (Datum, Betreft, Onze referentie), long
 * paragraphs on one line, Word-export footnotes ([footnoteRef:N] in the text,
 * [N:  ... ] at the end of the same line), and one of three bodies: sections,
 * member blocks ("Vragen van het lid Name, First (Party)" with Vraag:/Antwoord:)
 * or numbered questions ("Vraag 3" / "Antwoord op vraag 3").  The citations
 * are those of tests/cases/citations.txt with random numbers; the noise
 * (postcodes, Postbus, reference numbers, amounts, percentages, dates,
 * "artikel 1:79", "moties en amendementen", ...) must give nothing.
 *
 * DIR/TRUTH.tsv lists the planted references, "file<TAB>kind<TAB>id", in file
 * order, as `kamergraph refs --tsv` reports them (its columns 4 and 5).  A
 * citation in a footnote is listed twice, at its marker and in the note.
 * Every planted reference is unambiguous: each motion's submitters and each
 * date occur once in a letter (so no number travels from one mention to
 * another), footnote markers stand after ordinary words, and letters cited
 * by date without a number use years no other letter ties to a number.
 * --with-text adds a fourth column, the sentence or note it was planted in.
 *
 * The output depends only on the seed, --size and the file's number: the
 * same seed gives the same bytes, and letter i is the same whatever N is.
 * --size is the mean size of a letter in bytes (each letter is between half
 * and one and a half times that); N * BYTES is about the size of the corpus.
 *
 * C11 and libc only.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---------------------------------------------------------------- utils */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gencorpus: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

typedef struct {
    char *p;
    size_t n, cap;
} buf;

static void bgrow(buf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        die("out of memory");
    b->p = p;
    b->cap = cap;
}

static void bput(buf *b, const char *s, size_t n)
{
    bgrow(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void bputs(buf *b, const char *s) { bput(b, s, strlen(s)); }

static void bprintf(buf *b, const char *fmt, ...)
{
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        die("formatting failed");
    bgrow(b, (size_t)n);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, aq);
    va_end(aq);
    b->n += (size_t)n;
}

static void bclear(buf *b)
{
    b->n = 0;
    if (b->p)
        b->p[0] = '\0';
}

/* ------------------------------------------------------------------ rng */

typedef struct {
    uint64_t s[4];
} rng;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void rng_seed(rng *r, uint64_t seed, uint64_t stream)
{
    uint64_t x = seed ^ (stream * 0xd1342543de82ef95ULL) ^ 0x6a09e667f3bcc908ULL;
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t next(rng *r)
{ /* xoshiro256** */
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

/* uniform in [0, n) */
static unsigned below(rng *r, unsigned n) { return n ? (unsigned)((next(r) >> 32) * n >> 32) : 0; }
/* uniform in [lo, hi] */
static int range(rng *r, int lo, int hi) { return lo + (int)below(r, (unsigned)(hi - lo + 1)); }
static int chance(rng *r, int percent) { return (int)below(r, 100) < percent; }
#define PICK(r, arr) ((arr)[below((r), (unsigned)(sizeof(arr) / sizeof((arr)[0])))])
#define COUNT(arr) (sizeof(arr) / sizeof((arr)[0]))

/* ----------------------------------------------------------- word lists */

static const char *const maanden[] = {"januari", "februari", "maart",     "april",
                                      "mei",     "juni",     "juli",      "augustus",
                                      "september", "oktober", "november", "december"};

static const char *const romans[] = {"III", "IV", "VI", "VII", "VIII", "IX", "X", "XII",
                                     "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"};

/* Submitters of motions: as written, and the key kamergraph makes of them
 * (lower case as written). */
static const struct {
    const char *name, *key;
} mnames[] = {
    {"Sneller", "sneller"},       {"Vermeer", "vermeer"},
    {"Bikker", "bikker"},         {"Flach", "flach"},
    {"Bamenga", "bamenga"},       {"Koops", "koops"},
    {"Van Nispen", "van nispen"}, {"De Vries", "de vries"},
    {"Anne van der Berg", "anne van der berg"},
    {"Öztürk", "öztürk"},         {"Van Leeuwen-Smit", "van leeuwen-smit"},
    {"Koşer", "koşer"},           {"De Wit", "de wit"},
    {"Van der Plas", "van der plas"},
    {"Omtzigt", "omtzigt"},       {"Dassen", "dassen"},
    {"Eerdmans", "eerdmans"},     {"Paternotte", "paternotte"},
    {"Bontenbal", "bontenbal"},   {"Kostić", "kostić"},
    {"Van Baarle", "van baarle"}, {"Boswijk", "boswijk"},
    {"Ceder", "ceder"},           {"Stoffer", "stoffer"},
    {"Van Campen", "van campen"}, {"Michon-Derkzen", "michon-derkzen"},
    {"Mutluer", "mutluer"},       {"Sjoerdsma", "sjoerdsma"},
    {"Grinwis", "grinwis"},       {"Vijlbrief", "vijlbrief"},
    {"Kathmann", "kathmann"},     {"Chakor", "chakor"},
    {"Bushoff", "bushoff"},       {"Podt", "podt"},
    {"Rooderkerk", "rooderkerk"}, {"Dobbe", "dobbe"},
    {"Van der Lee", "van der lee"},
    {"Inge van Dijk", "inge van dijk"},
    {"Tielen", "tielen"},         {"Klaver", "klaver"},
};

/* Members asking questions: surname (one word, also the id: #lid-<lower>),
 * first name, party. */
static const struct {
    const char *surname, *lower, *first, *party;
} members[] = {
    {"Vermeer", "vermeer", "Henk", "BBB"},      {"Bikker", "bikker", "Mirjam", "CU"},
    {"Jansen", "jansen", "Ilse", "VVD"},        {"Kuiper", "kuiper", "Rens", "GL-PvdA"},
    {"Sneller", "sneller", "Joost", "D66"},     {"Erkens", "erkens", "Silvio", "VVD"},
    {"Huizenga", "huizenga", "Renilde", "D66"}, {"Bruyning", "bruyning", "Ilana", "NSC"},
    {"Dijk", "dijk", "Jimmy", "SP"},            {"Teunissen", "teunissen", "Christine", "PvdD"},
    {"Stoffer", "stoffer", "Chris", "SGP"},     {"Ellian", "ellian", "Ulysse", "VVD"},
    {"Bamenga", "bamenga", "Mpanzu", "D66"},    {"Kops", "kops", "Alexander", "PVV"},
    {"Dobbe", "dobbe", "Sarah", "SP"},          {"Chakor", "chakor", "Songül", "GL-PvdA"},
    {"Podt", "podt", "Anne-Marijke", "D66"},    {"Ceder", "ceder", "Don", "CU"},
    {"Flach", "flach", "André", "SGP"},         {"Koops", "koops", "Jan", "NSC"},
    {"Boswijk", "boswijk", "Derk", "CDA"},      {"Grinwis", "grinwis", "Pieter", "CU"},
    {"Tielen", "tielen", "Judith", "VVD"},      {"Mutluer", "mutluer", "Barbara", "GL-PvdA"},
    {"Dassen", "dassen", "Laurens", "Volt"},    {"Eerdmans", "eerdmans", "Joost", "JA21"},
    {"Kostić", "kostić", "Ines", "PvdD"},       {"Rooderkerk", "rooderkerk", "Anne-Marijke", "D66"},
    {"Bushoff", "bushoff", "Julian", "GL-PvdA"},{"Sjoerdsma", "sjoerdsma", "Sjoerd", "D66"},
    {"Wuite", "wuite", "Jorien", "D66"},        {"Slagt", "slagt", "Rob", "GL-PvdA"},
};

static const char *const ministers[] = {"A.J. de Ridder", "F. Rijkaart", "J.M. de Vos",
                                        "H.P. Bakker",    "M.L. van Dam", "E.C. Smit"};

static const char *const subjects[] = {
    "Voortgang spreiding rijkswerkgelegenheid",
    "Kader locatieadvies rijksdiensten",
    "Versterking lokale democratie",
    "Antwoorden op vragen uit het wetgevingsoverleg Binnenlandse Zaken",
    "Beantwoording feitelijke vragen over de begroting",
    "Stand van zaken vernieuwing van de rijksdienst",
    "Jaarrapportage bedrijfsvoering Rijk",
    "Externe inhuur bij de rijksoverheid",
    "Beleidsbrief Binnenlandse Zaken",
    "Arbeidsvoorwaarden rijksambtenaren",
};

static const char *const headings[] = {
    "Uitgangspunten", "Stand van zaken", "Locatieadvies", "Regio’s en vastgoed",
    "Werkgeverschap in de regio", "Vervolg", "Aanleiding", "Reikwijdte", "Criteria",
    "Krimp", "Financiën", "Betrokkenheid van de regio", "Evaluatie", "Tot slot",
    "Druk op het lokaal bestuur", "Ondersteuning van raadsleden", "Veiligheid en privacy",
};

/* Ordinary sentences: no digits, no words that start a reference. */
static const char *const fillers[] = {
    "Groei van rijksdiensten vindt in beginsel buiten de Randstad plaats, krimp zo veel mogelijk binnen de Randstad.",
    "Ministers blijven zelf verantwoordelijk voor de locatiekeuze van hun diensten; ik adviseer hen daarover vanuit mijn coördinerende rol.",
    "Sindsdien is het beeld in grote lijnen gelijk gebleven.",
    "Het is te vroeg om van een trendbreuk te spreken.",
    "Veel besluiten over huisvesting worden jaren voor de feitelijke verhuizing genomen.",
    "Ik vind het belangrijk dat ook die afwegingen navolgbaar zijn en neem ze daarom voortaan op in de jaarrapportage.",
    "Samen met de provincies heb ik per regio in kaart gebracht welke opleidingen, kennisinstellingen en beschikbare panden een rijksdienst kunnen ondersteunen.",
    "Een dienst die zich buiten de Randstad vestigt, moet daar ook medewerkers kunnen vinden en vasthouden.",
    "Ik werk daarom met regionale opleidingscentra en hogescholen aan stageplekken en traineeships bij het Rijk.",
    "Het tempo van de regio’s is leidend bij de totstandkoming van het plan.",
    "Ik zie net als u dat er verschillen zijn tussen regio’s.",
    "De rijksbrede klachtenregeling is via het intranet onder de aandacht gebracht.",
    "Wij zien de regio als één van de fundamenten voor een sterk Nederland.",
    "Een harde garantie kan ik niet geven, omdat ministers zelf verantwoordelijk blijven voor de invulling van de taakstelling binnen hun organisatie.",
    "Gemeenten hebben de afgelopen jaren veel nieuwe taken gekregen, terwijl het gemeentefonds daar niet altijd in hetzelfde tempo in meegroeide.",
    "Samen met de VNG werk ik daarnaast aan een beter instrument om de kosten van nieuwe taken vooraf te ramen.",
    "De provincie kan als toezichthouder in het uiterste geval een taak van de gemeente tijdelijk overnemen.",
    "Ik zie geen reden om dat te veranderen: het interbestuurlijk toezicht is gebaseerd op vertrouwen en wordt slechts bij hoge uitzondering ingezet.",
    "Een sterke democratie begint in de gemeente.",
    "Daar wordt besloten over de school om de hoek, de bushalte en de jeugdzorg, en daar kennen inwoners hun volksvertegenwoordigers vaak bij naam.",
    "Het werk van raadsleden, wethouders en burgemeesters is de afgelopen jaren zwaarder geworden.",
    "Lokale democratie is meer dan de gemeenteraad alleen.",
    "Steeds meer gemeenten experimenteren met burgerberaden, buurtbudgetten en het uitdaagrecht.",
    "Ik ga graag met uw Kamer in gesprek over de voorstellen.",
    "De adviezen zijn niet bindend.",
    "Een minister die ervan afwijkt, moet dat motiveren, en die motivering wordt opgenomen in de jaarrapportage.",
    "Of een locatie buiten de Randstad duurder of goedkoper uitvalt, verschilt per geval.",
    "Ik volg deze ontwikkeling nauwgezet en rapporteer erover in de jaarrapportage.",
    "Provincies en gemeenten krijgen een vaste plek in het proces.",
    "Het kader verplicht ministeries niet tot extra uitgaven, maar vraagt hen de regionale effecten in hun afweging mee te nemen.",
    "Niet elke verandering betekent groei.",
    "Waar een minister daarvan afwijkt, wordt dat in het advies gemotiveerd.",
    "Het netwerk van rijksontmoetingspleinen ondersteunt dit.",
    "Een concreet voorbeeld is de uitbreiding van de formatie van de Belastingdienst.",
    "Aardbevingen veroorzaken daar nog altijd schade en onzekerheid bij inwoners.",
    "De leden van de fractie van GroenLinks-PvdA hechten veel waarde aan goede arbeidsvoorwaarden.",
    "Uiteindelijk zijn het mijn collega’s in het kabinet die besluiten over locatiekeuzes van de diensten die onder hun ministerie vallen.",
    "Zo kunnen in de toekomst goede matches worden gemaakt tussen regio’s en rijksdiensten.",
    "Raadsleden moeten hun werk kunnen doen zonder dat hun woonadres voor iedereen te vinden is.",
    "Het Rijksvastgoedbedrijf onderzoekt daarnaast of leegstaande rijkspanden als gedeelde werkplek kunnen worden ingericht.",
    "De spreiding van rijks\u00adwerk\u00adgelegenheid blijft een prioriteit.",
};

static const char *const questions_txt[] = {
    "Kan de minister toezeggen dat de bezuinigingen op de rijksdienst niet ten koste gaan van banen in de regio?",
    "Hoe staat het met het zichtbaar maken van de regionale gevolgen van elke locatiekeuze?",
    "Ziet de minister een disbalans tussen de taken en de middelen van gemeenten, en wat gaat hij daaraan doen?",
    "Hoe kijkt de minister naar de financiële positie van kleine gemeenten?",
    "Welke mogelijkheden heeft de provincie om in te grijpen als een gemeente haar wettelijke taken structureel laat liggen?",
    "Op welke wijze worden gemeenteraden betrokken wanneer een rijksdienst zich in hun gemeente wil vestigen?",
    "Wat zijn de verwachte meerkosten van het kader voor de rijksbegroting?",
    "Hoe voorkomt u dat de bezuinigingen op de rijksdienst vooral buiten de Randstad neerslaan?",
    "Is de minister bereid de adressen van kandidaten af te schermen?",
    "Onderschrijft het kabinet nog steeds de doelstellingen voor spreiding van rijkswerkgelegenheid?",
    "Hoe ziet de minister de onderhandelingen over de cao?",
};

/* ----------------------------------------------------------- the letter */

#define MAXROWS 16

typedef struct {
    char kind[16];
    char id[96];
} row;

typedef struct {
    row r[MAXROWS];
    int n;
} rows;

static void addrow(rows *rs, const char *kind, const char *fmt, ...)
{
    if (rs->n >= MAXROWS)
        die("internal: too many rows in one citation");
    row *w = &rs->r[rs->n++];
    snprintf(w->kind, sizeof w->kind, "%s", kind);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->id, sizeof w->id, fmt, ap);
    va_end(ap);
}

#define MAXDATES 512

typedef struct {
    rng r;
    const char *file; /* file name, e.g. letter-000001.txt */
    const char *doc;  /* its stem: the document id */
    buf text;
    buf truth;
    buf notes;       /* footnotes of the current paragraph */
    rows notes_rows; /* their references, at the note */
    int nfoot;       /* footnotes so far */
    int year;        /* the letter's year */
    int nq;          /* questions so far */
    unsigned char mused[COUNT(mnames)];
    int dates[MAXDATES], ndates;
    int with_text; /* --with-text */
    size_t mark;   /* where the current sentence starts in text */
} letter;

/* Add the rows to the truth; with --with-text, a fourth column holds the
 * text written since L->mark (the sentence or the note), for debugging. */
static void emit(letter *L, const rows *rs)
{
    for (int i = 0; i < rs->n; i++) {
        bprintf(&L->truth, "%s\t%s\t%s", L->file, rs->r[i].kind, rs->r[i].id);
        if (L->with_text) {
            bputs(&L->truth, "\t");
            size_t from = L->mark < L->text.n ? L->mark : L->text.n;
            for (size_t j = from; j < L->text.n && j < from + 300; j++) {
                char ch = L->text.p[j];
                bput(&L->truth, ch == '\t' || ch == '\n' ? " " : &ch, 1);
            }
        }
        bputs(&L->truth, "\n");
    }
}

/* A date in years [y0, y1] not used before in this letter (so that no other
 * mention of it can tie it to a number: kamergraph's date-alias). */
static int fresh_date(letter *L, int y0, int y1, int *y, int *m, int *d)
{
    for (int tries = 0; tries < 1000; tries++) {
        *y = range(&L->r, y0, y1);
        *m = range(&L->r, 1, 12);
        *d = range(&L->r, 1, 28);
        int key = *y * 10000 + *m * 100 + *d, dup = 0;
        for (int i = 0; i < L->ndates; i++)
            dup |= L->dates[i] == key;
        if (!dup) {
            if (L->ndates >= MAXDATES)
                return 0; /* cannot remember it: do not use it */
            L->dates[L->ndates++] = key;
            return 1;
        }
    }
    return 0;
}

/* ------------------------------------------------- pieces of citations */

typedef struct {
    int dos;      /* 5 digits */
    char toev[8]; /* "", "VII", "B", "32" */
    int kind;     /* 0 none, 1 roman, 2 capital letter, 3 sub-dossier */
} dossier;

/* A dossier from a skewed pool, so that the graph grows like a real one. */
static void pick_dossier(letter *L, dossier *d, int allow_letter)
{
    rng *r = &L->r;
    unsigned u = below(r, 1000);
    /* three quarters from a pool of 400 dossiers, the rest anywhere */
    if (u < 750)
        d->dos = 21000 + (int)((below(r, 400) * 40009u) % 16000u);
    else
        d->dos = range(r, 21000, 36999);
    d->toev[0] = '\0';
    d->kind = 0;
    int t = (int)below(r, 100);
    if (t < 25) {
        d->kind = 1;
        snprintf(d->toev, sizeof d->toev, "%s", PICK(r, romans));
    } else if (t < 30 && allow_letter) {
        d->kind = 2;
        static const char *const caps[] = {"A", "B", "C"};
        snprintf(d->toev, sizeof d->toev, "%s", PICK(r, caps));
    } else if (t < 35) {
        d->kind = 3;
        d->dos = 21501;
        snprintf(d->toev, sizeof d->toev, "%02d", range(r, 2, 34));
    }
}

static int pick_nr(letter *L)
{
    unsigned u = below(&L->r, 100);
    if (u < 60)
        return range(&L->r, 1, 40);
    if (u < 90)
        return range(&L->r, 1, 400);
    return range(&L->r, 1, 2500);
}

/* "31 490", "31490", sometimes "31.490" or with a no-break space */
static void put_dosnum(letter *L, buf *t, int dos)
{
    int u = (int)below(&L->r, 100);
    if (u < 45)
        bprintf(t, "%d", dos);
    else if (u < 92)
        bprintf(t, "%d %03d", dos / 1000, dos % 1000);
    else if (u < 95) /* a no-break space, as Word writes it */
        bprintf(t, "%d\u00a0%03d", dos / 1000, dos % 1000);
    else
        bprintf(t, "%d.%03d", dos / 1000, dos % 1000);
}

/* dossier with its toevoeging as written in a formal citation */
static void put_dossier(letter *L, buf *t, const dossier *d)
{
    put_dosnum(L, t, d->dos);
    switch (d->kind) {
    case 1: {
        int u = (int)below(&L->r, 100);
        if (u < 80)
            bprintf(t, " %s", d->toev);
        else if (u < 90)
            bprintf(t, "-%s", d->toev);
        else
            bprintf(t, " hoofdstuk %s", d->toev);
        break;
    }
    case 2:
        bprintf(t, "%s%s", chance(&L->r, 70) ? " " : "", d->toev);
        break;
    case 3:
        bprintf(t, "-%s", d->toev);
        break;
    }
}

static void put_kstid(char *out, size_t n, const dossier *d, const char *nr)
{
    if (d->kind)
        snprintf(out, n, "kst-%d-%s-%s", d->dos, d->toev, nr);
    else
        snprintf(out, n, "kst-%d-%s", d->dos, nr);
}

static void add_kst(rows *rs, const dossier *d, int nr, const char *suffix)
{
    char num[24], id[96];
    snprintf(num, sizeof num, "%d%s", nr, suffix ? suffix : "");
    put_kstid(id, sizeof id, d, num);
    addrow(rs, "kamerstuk", "%s", id);
}

/* a vergaderjaar in one of its spellings; *y gets the first year */
static void put_vj(letter *L, buf *t, int *y)
{
    int a = range(&L->r, 1999, 2025);
    *y = a;
    switch (below(&L->r, 10)) {
    case 0: case 1: case 2: case 3:
        bprintf(t, "%d/%02d", a, (a + 1) % 100);
        break;
    case 4: case 5:
        bprintf(t, "%d-%d", a, a + 1);
        break;
    case 6: case 7:
        bprintf(t, "%d–%d", a, a + 1);
        break;
    case 8:
        bprintf(t, "%d/%d", a, a + 1);
        break;
    default:
        bprintf(t, "'%02d/'%02d", a % 100, (a + 1) % 100);
        break;
    }
}

/* "Kamerstukken II 2024/25, " with the Kamer and vergaderjaar in some spelling */
static void put_kst_head(letter *L, buf *t)
{
    int y;
    switch (below(&L->r, 10)) {
    default:
        bputs(t, "Kamerstukken II ");
        put_vj(L, t, &y);
        break;
    case 5:
        bputs(t, "Kamerstukken II, vergaderjaar ");
        y = range(&L->r, 2000, 2025);
        bprintf(t, "%d–%d", y, y + 1);
        break;
    case 6:
        bputs(t, "Kamerstukken II, zitting ");
        y = range(&L->r, 1990, 2010);
        bprintf(t, "%d-%d", y, y + 1);
        break;
    case 7:
        bputs(t, "Kamerstukken Tweede Kamer, vergaderjaar ");
        y = range(&L->r, 2000, 2025);
        bprintf(t, "%d–%d", y, y + 1);
        break;
    case 8:
        bputs(t, "TK ");
        put_vj(L, t, &y);
        break;
    case 9: {
        /* rarer spellings: Eerste Kamer, Verenigde Vergadering, the singular,
         * OCR slips in the numeral (a vergaderjaar follows) */
        static const char *const k[] = {"Kamerstukken I ", "Kamerstukken I ", "Kamerstukken I ",
                                        "Kamerstukken VV ", "Kamerstuk II ", "Kamerstukken Il ",
                                        "Kamerstukken 11 ", "Kamerstukken lI "};
        const char *w = PICK(&L->r, k);
        bputs(t, w);
        if (strstr(w, "l") || strstr(w, "11")) {
            y = range(&L->r, 2000, 2025);
            bprintf(t, "%d/%02d", y, (y + 1) % 100);
        } else
            put_vj(L, t, &y);
        break;
    }
    }
    bputs(t, ", ");
}

static void put_pages(letter *L, buf *t)
{
    static const char *const pages[] = {"p. %d", "blz. %d", "pag. %d e.v.", "p. %d–%d",
                                        "blz. %d-%d", "pagina %d"};
    int p = range(&L->r, 2, 60);
    const char *f = PICK(&L->r, pages);
    bputs(t, ", ");
    bprintf(t, f, p, p + 1);
}

/* ------------------------------------------------------ the citations */

enum { CTX_TEXT = 0, CTX_BRACKET = 1, CTX_NOTE = 2 };

/* One Kamerstuk citation (or a list of them), text into t, ids into rs.
 * In brackets the bare form "(32140, nr. 77)" is allowed too. */
static void cite_kamerstuk(letter *L, buf *t, rows *rs, int ctx)
{
    rng *r = &L->r;
    dossier d;
    int shape = (int)below(r, ctx == CTX_BRACKET ? 22 : 20);
    switch (shape) {
    case 0: case 1: case 2: /* formal */
        pick_dossier(L, &d, 1);
        put_kst_head(L, t);
        put_dossier(L, t, &d);
        {
            int nr = pick_nr(L);
            bprintf(t, ", nr. %d", nr);
            add_kst(rs, &d, nr, NULL);
        }
        if (chance(r, 25))
            put_pages(L, t);
        break;
    case 3: { /* Kamerstuk 31 490, nr. 337 / nr 337 / Nr. / nummer / no comma */
        pick_dossier(L, &d, 1);
        bputs(t, "Kamerstuk ");
        put_dossier(L, t, &d);
        int nr = pick_nr(L);
        static const char *const intro[] = {", nr. ", ", nr. ", ", nr. ", " nr. ", ", Nr. ",
                                            " nummer ", " nr "};
        bprintf(t, "%s%d", PICK(r, intro), nr);
        add_kst(rs, &d, nr, NULL);
        if (chance(r, 20))
            put_pages(L, t);
        break;
    }
    case 4: case 5: { /* compact */
        pick_dossier(L, &d, 0);
        int nr = pick_nr(L);
        bputs(t, "Kamerstuk ");
        if (d.kind)
            bprintf(t, "%d-%s-%d", d.dos, d.toev, nr);
        else
            bprintf(t, "%d-%d", d.dos, nr);
        add_kst(rs, &d, nr, NULL);
        break;
    }
    case 6: { /* compact list */
        int k = range(r, 2, 3);
        bputs(t, "Kamerstukken ");
        for (int i = 0; i < k; i++) {
            pick_dossier(L, &d, 0);
            int nr = pick_nr(L);
            if (i)
                bputs(t, "; ");
            if (d.kind == 0 && chance(r, 15))
                bprintf(t, "%d-(R%d)-%d", d.dos, range(r, 1500, 2200), nr);
            else if (d.kind)
                bprintf(t, "%d-%s-%d", d.dos, d.toev, nr);
            else
                bprintf(t, "%d-%d", d.dos, nr);
            add_kst(rs, &d, nr, NULL);
        }
        break;
    }
    case 7: { /* Kamerstukken 31490-359 en 31490-391 */
        pick_dossier(L, &d, 0);
        d.kind = 0;
        d.toev[0] = '\0';
        if (d.dos == 21501)
            d.dos = 31490;
        int a = pick_nr(L), b = a + range(r, 1, 40);
        bprintf(t, "Kamerstukken %d-%d en %d-%d", d.dos, a, d.dos, b);
        add_kst(rs, &d, a, NULL);
        add_kst(rs, &d, b, NULL);
        break;
    }
    case 8: { /* nrs. a en b / nrs. a, b en c / nummers a en b */
        pick_dossier(L, &d, 1);
        if (chance(r, 50))
            put_kst_head(L, t);
        else
            bputs(t, "Kamerstuk ");
        put_dossier(L, t, &d);
        int a = pick_nr(L), b = a + range(r, 1, 20), c = b + range(r, 1, 20);
        switch (below(r, 3)) {
        case 0:
            bprintf(t, ", nrs. %d en %d", a, b);
            add_kst(rs, &d, a, NULL);
            add_kst(rs, &d, b, NULL);
            break;
        case 1:
            bprintf(t, ", nrs. %d, %d en %d", a, b, c);
            add_kst(rs, &d, a, NULL);
            add_kst(rs, &d, b, NULL);
            add_kst(rs, &d, c, NULL);
            break;
        default:
            bprintf(t, ", nummers %d en %d", a, b);
            add_kst(rs, &d, a, NULL);
            add_kst(rs, &d, b, NULL);
            break;
        }
        break;
    }
    case 9: { /* range nrs. 4–6 */
        pick_dossier(L, &d, 1);
        put_kst_head(L, t);
        put_dossier(L, t, &d);
        int a = pick_nr(L), b = a + range(r, 1, 4);
        bprintf(t, ", nrs. %d%s%d", a, chance(r, 60) ? "–" : "-", b);
        for (int i = a; i <= b; i++)
            add_kst(rs, &d, i, NULL);
        break;
    }
    case 10: { /* nr. 8, p. 3; nr. 9  /  nr. 3, p. 9 en 10, en nr. 8 */
        pick_dossier(L, &d, 1);
        put_kst_head(L, t);
        put_dossier(L, t, &d);
        int a = pick_nr(L), b = a + range(r, 1, 30), p = range(r, 2, 40);
        if (chance(r, 50))
            bprintf(t, ", nr. %d, p. %d; nr. %d", a, p, b);
        else
            bprintf(t, ", nr. %d, p. %d en %d, en nr. %d", a, p, p + 1, b);
        add_kst(rs, &d, a, NULL);
        add_kst(rs, &d, b, NULL);
        break;
    }
    case 11: { /* joint dossiers */
        pick_dossier(L, &d, 0);
        d.kind = 0;
        d.toev[0] = '\0';
        int d2 = range(r, 21000, 36999);
        if (d2 == d.dos)
            d2++;
        int nr = pick_nr(L);
        if (chance(r, 60))
            put_kst_head(L, t);
        else
            bputs(t, "Kamerstukken ");
        put_dosnum(L, t, d.dos);
        bputs(t, " en ");
        put_dosnum(L, t, d2);
        bprintf(t, ", nr. %d", nr);
        add_kst(rs, &d, nr, NULL);
        if (chance(r, 20))
            put_pages(L, t);
        break;
    }
    case 12: { /* R-number */
        pick_dossier(L, &d, 0);
        d.kind = 0;
        d.toev[0] = '\0';
        int nr = pick_nr(L);
        if (chance(r, 50))
            put_kst_head(L, t);
        else
            bputs(t, "Kamerstuk ");
        put_dosnum(L, t, d.dos);
        bprintf(t, " (R %d), nr. %d", range(r, 1500, 2200), nr);
        add_kst(rs, &d, nr, NULL);
        break;
    }
    case 13: { /* Eerste Kamer: ondernummer is a capital */
        pick_dossier(L, &d, 0);
        if (d.kind == 2 || d.kind == 3) {
            d.kind = 0;
            d.toev[0] = '\0';
        }
        if (d.dos == 21501)
            d.dos = 35300;
        static const char *const eknr[] = {"A", "B", "C", "D", "E", "F", "G", "AA"};
        const char *nr = PICK(r, eknr);
        int y;
        bputs(t, chance(r, 70) ? "Kamerstukken I " : "Kamerstukken Eerste Kamer, vergaderjaar ");
        put_vj(L, t, &y);
        bputs(t, ", ");
        put_dossier(L, t, &d);
        bprintf(t, ", %s", nr);
        char id[96];
        put_kstid(id, sizeof id, &d, nr);
        addrow(rs, "kamerstuk", "%s", id);
        break;
    }
    case 14: { /* TK, vergaderjaar 2025-2026, 36800B, nummer 17 ; EK 2019/20, ... */
        pick_dossier(L, &d, 0);
        int nr = pick_nr(L), y;
        if (chance(r, 50)) {
            static const char *const caps[] = {"A", "B", "C", "D"};
            d.kind = 2;
            if (d.dos == 21501)
                d.dos = 36800;
            snprintf(d.toev, sizeof d.toev, "%s", PICK(r, caps));
            y = range(r, 2000, 2025);
            bprintf(t, "TK, vergaderjaar %d-%d, %d%s, nummer %d", y, y + 1, d.dos, d.toev, nr);
        } else {
            bputs(t, "EK ");
            put_vj(L, t, &y);
            bputs(t, ", ");
            put_dossier(L, t, &d);
            bprintf(t, ", nr. %d", nr);
        }
        add_kst(rs, &d, nr, NULL);
        break;
    }
    case 15: { /* ondernummer with a small letter; comma-only ondernummer */
        pick_dossier(L, &d, 0);
        int nr = pick_nr(L);
        put_kst_head(L, t);
        put_dossier(L, t, &d);
        if (chance(r, 50)) {
            bprintf(t, ", nr. %de", nr);
            add_kst(rs, &d, nr, "e");
        } else {
            bprintf(t, ", %d", nr);
            add_kst(rs, &d, nr, NULL);
        }
        break;
    }
    case 16: { /* glued toevoeging: 36800B, 31.700XII */
        pick_dossier(L, &d, 0);
        int nr = pick_nr(L);
        if (d.dos == 21501)
            d.dos = 31700;
        if (chance(r, 50)) {
            static const char *const caps[] = {"A", "B", "C"};
            d.kind = 2;
            snprintf(d.toev, sizeof d.toev, "%s", PICK(r, caps));
            bprintf(t, "Kamerstuk %d%s, nr. %d", d.dos, d.toev, nr);
        } else {
            d.kind = 1;
            snprintf(d.toev, sizeof d.toev, "%s", PICK(r, romans));
            put_kst_head(L, t);
            bprintf(t, "%d.%03d%s, nr. %d", d.dos / 1000, d.dos % 1000, d.toev, nr);
        }
        add_kst(rs, &d, nr, NULL);
        break;
    }
    case 17: { /* a dossier without ondernummer (not a sub-dossier: 21501-32 would read
                * as dossier 21501, number 32) */
        pick_dossier(L, &d, 0);
        if (d.kind == 3) {
            d.kind = 0;
            d.toev[0] = '\0';
            d.dos = 31490;
        }
        if (chance(r, 50)) {
            put_kst_head(L, t);
            put_dossier(L, t, &d);
        } else {
            bputs(t, "Kamerstuk ");
            put_dossier(L, t, &d);
        }
        if (d.kind)
            addrow(rs, "dossier", "dossier-%d-%s", d.dos, d.toev);
        else
            addrow(rs, "dossier", "dossier-%d", d.dos);
        break;
    }
    case 18: case 19: { /* plain ones, often in footnotes */
        pick_dossier(L, &d, 1);
        int nr = pick_nr(L);
        if (chance(r, 50)) {
            bputs(t, "Kamerstuk ");
            put_dossier(L, t, &d);
        } else {
            put_kst_head(L, t);
            put_dossier(L, t, &d);
        }
        bprintf(t, ", nr. %d", nr);
        add_kst(rs, &d, nr, NULL);
        break;
    }
    default: { /* bare in brackets: 32140, nr. 77 / 29 451 nr. 130 / 36410-A, nr. 9 */
        pick_dossier(L, &d, 1);
        int nr = pick_nr(L);
        if (d.kind == 2)
            bprintf(t, "%d-%s", d.dos, d.toev);
        else
            put_dossier(L, t, &d);
        bprintf(t, "%s%d", chance(r, 80) ? ", nr. " : " nr. ", nr);
        add_kst(rs, &d, nr, NULL);
        break;
    }
    }
}

/* Handelingen, Aanhangsel, Staatsblad, Staatscourant, ECLI */
static void cite_other(letter *L, buf *t, rows *rs)
{
    rng *r = &L->r;
    int y, nr;
    switch (below(r, 5)) {
    case 0: { /* Handelingen */
        int ek = chance(r, 20);
        nr = range(r, 1, 110);
        if (chance(r, 20)) {
            y = range(r, 2000, 2025);
            bprintf(t, "Handelingen %s, vergaderjaar %d–%d, nr. %d", ek ? "I" : "II", y, y + 1,
                    nr);
        } else {
            bprintf(t, "Handelingen %s ", ek ? "I" : "II");
            put_vj(L, t, &y);
            bprintf(t, ", nr. %d", nr);
        }
        static const char *const tail[] = {"", ", item %d", ", p. %d", ", blz. %d"};
        const char *tl = PICK(r, tail);
        bprintf(t, tl, range(r, 2, 40));
        addrow(rs, "handelingen", "h-%s-%d%d-%d", ek ? "ek" : "tk", y, y + 1, nr);
        break;
    }
    case 1: { /* Aanhangsel */
        int ek = chance(r, 15);
        nr = range(r, 1, 3500);
        switch (below(r, 3)) {
        case 0:
            y = range(r, 2000, 2025);
            bprintf(t, "Aanhangsel van de Handelingen, vergaderjaar %d–%d, nr. %d", y, y + 1, nr);
            ek = 0;
            break;
        case 1:
            bprintf(t, "Aanhangsel van de Handelingen %s ", ek ? "I" : "II");
            put_vj(L, t, &y);
            bprintf(t, ", nr. %d", nr);
            break;
        default:
            bprintf(t, "Aanhangsel Handelingen %s ", ek ? "I" : "II");
            put_vj(L, t, &y);
            bprintf(t, ", nr. %d", nr);
            break;
        }
        addrow(rs, "aanhangsel", "ah-%s-%d%d-%d", ek ? "ek" : "tk", y, y + 1, nr);
        break;
    }
    case 2: /* Staatsblad */
        y = range(r, 1990, 2025);
        nr = range(r, 1, 600);
        static const char *const stb[] = {"Stb. %d, %d", "Staatsblad %d, %d", "Stb. %d, nr. %d",
                                          "Staatsblad %d, nr. %d"};
        bprintf(t, PICK(r, stb), y, nr);
        addrow(rs, "stb", "stb-%d-%d", y, nr);
        break;
    case 3: /* Staatscourant */
        y = range(r, 1995, 2025);
        nr = range(r, 1, 70000);
        static const char *const stc[] = {"Stcrt. %d, %d", "Staatscourant %d, nr. %d",
                                          "Stcrt. %d, nr. %d", "Staatscourant %d, %d"};
        bprintf(t, PICK(r, stc), y, nr);
        addrow(rs, "stcrt", "stcrt-%d-%d", y, nr);
        break;
    default: { /* ECLI */
        static const char *const courts[] = {"HR", "RVS", "CRVB", "RBDHA", "PHR", "GHDHA", "CBB"};
        const char *c = PICK(r, courts);
        y = range(r, 2000, 2025);
        char id[64];
        if (chance(r, 10))
            snprintf(id, sizeof id, "ECLI:EU:C:%d:%d", y, range(r, 1, 999));
        else if (chance(r, 85))
            snprintf(id, sizeof id, "ECLI:NL:%s:%d:%d", c, y, range(r, 1, 9999));
        else
            snprintf(id, sizeof id, "ECLI:NL:%s:%d:%s%d", c, y, "BX", range(r, 1000, 9999));
        bputs(t, id);
        addrow(rs, "ecli", "%s", id);
        break;
    }
    }
}

/* -------------------------------------------------------- sentences */

static void put_sentence_with(letter *L, const char *tmpl, const char *cite)
{
    /* tmpl has one %s */
    bprintf(&L->text, tmpl, cite);
}

/* A sentence with a Kamerstuk citation. */
static void s_kamerstuk(letter *L)
{
    static const char *const bracket[] = {
        "Hierover is uw Kamer eerder geïnformeerd (%s).",
        "De regering heeft dit toegelicht in de memorie van toelichting (%s), en de Raad van State sloot zich daarbij aan.",
        "In de Kamerbrief over de rijksdienst (%s) is dat aangekondigd.",
        "Het verslag van het schriftelijk overleg (%s) volgt.",
        "Sindsdien is het beeld in grote lijnen gelijk gebleven (%s).",
        "De casussen laten zien dat elk knelpunt verschilt en dat dit lang duurt (%s).",
        "Het kabinet werkt aan de spreiding van rijks\u00adwerk\u00adgelegenheid (%s).",
    };
    static const char *const plain[] = {
        "Zie %s.",
        "Zoals gemeld in %s, blijft dit beleid ongewijzigd.",
        "Het kabinet – zo blijkt uit %s – zet in op spreiding over het hele land.",
        "Vgl. %s.",
        "Voor de achtergrond verwijs ik naar %s.",
        "Zie voor meer informatie %s.",
    };
    buf c = {0};
    rows rs = {0};
    if (chance(&L->r, 3)) {
        /* the words of a page footer, used as a citation inside a sentence */
        dossier d;
        pick_dossier(L, &d, 0);
        int nr = pick_nr(L), y = range(&L->r, 2000, 2025);
        bprintf(&L->text, "Dit staat in Tweede Kamer, vergaderjaar %d–%d, ", y, y + 1);
        put_dossier(L, &L->text, &d);
        bprintf(&L->text, ", nr. %d, p. %d.", nr, range(&L->r, 2, 30));
        add_kst(&rs, &d, nr, NULL);
        emit(L, &rs);
        return;
    }
    int br = chance(&L->r, 55);
    cite_kamerstuk(L, &c, &rs, br ? CTX_BRACKET : CTX_TEXT);
    put_sentence_with(L, br ? PICK(&L->r, bracket) : PICK(&L->r, plain), c.p);
    emit(L, &rs);
    free(c.p);
}

/* A Kamerstuk broken over a line end, as PDF extraction leaves it. */
static void s_kamerstuk_broken(letter *L)
{
    dossier d;
    pick_dossier(L, &d, 0);
    int nr = pick_nr(L);
    rows rs = {0};
    int u = (int)below(&L->r, 4);
    if (u == 0) {
        bputs(&L->text, "Dit is eerder gemeld (Kamerstuk\n");
        put_dossier(L, &L->text, &d);
        bprintf(&L->text, ", nr. %d).", nr);
    } else if (u == 1) {
        bputs(&L->text, "Dit draagt bij aan de verbon-\ndenheid in de regio (Kamerstuk ");
        put_dossier(L, &L->text, &d);
        bprintf(&L->text, ", nr. %d).", nr);
    } else if (u == 2) {
        int y;
        bputs(&L->text, "Zie Kamerstukken II ");
        put_vj(L, &L->text, &y);
        bputs(&L->text, ", ");
        put_dossier(L, &L->text, &d);
        bprintf(&L->text, ", nr.\n%d.", nr);
    } else {
        int y;
        bputs(&L->text, "Zie Kamerstukken II ");
        put_vj(L, &L->text, &y);
        bputs(&L->text, ",\n");
        put_dossier(L, &L->text, &d);
        bprintf(&L->text, ", nr. %d.", nr);
    }
    add_kst(&rs, &d, nr, NULL);
    emit(L, &rs);
}

static void s_other(letter *L)
{
    static const char *const bracket[] = {
        "Tijdens het debat is dit toegezegd (%s).",
        "De vragen zijn eerder beantwoord (%s).",
        "De regeling is inmiddels gepubliceerd (%s).",
        "In de uitspraak (%s) is dit bevestigd.",
    };
    static const char *const plain[] = {
        "Zie %s.",
        "Het besluit is gepubliceerd in %s.",
        "Ik verwijs hiervoor naar %s.",
    };
    buf c = {0};
    rows rs = {0};
    cite_other(L, &c, &rs);
    put_sentence_with(L, chance(&L->r, 60) ? PICK(&L->r, bracket) : PICK(&L->r, plain), c.p);
    emit(L, &rs);
    free(c.p);
}

/* the names of a motion: k distinct unused submitters; their key in key */
static int motion_names(letter *L, int k, int idx[], char *key, size_t keyn)
{
    int avail = 0;
    for (size_t i = 0; i < COUNT(mnames); i++)
        avail += !L->mused[i];
    if (avail < k)
        return 0;
    for (int j = 0; j < k; j++) {
        int i;
        do
            i = (int)below(&L->r, COUNT(mnames));
        while (L->mused[i]);
        L->mused[i] = 1;
        idx[j] = i;
    }
    /* key: lower-case names sorted (bytewise) joined by + */
    const char *ks[4];
    for (int j = 0; j < k; j++)
        ks[j] = mnames[idx[j]].key;
    for (int a = 1; a < k; a++)
        for (int b = a; b > 0 && strcmp(ks[b - 1], ks[b]) > 0; b--) {
            const char *tmp = ks[b];
            ks[b] = ks[b - 1];
            ks[b - 1] = tmp;
        }
    key[0] = '\0';
    for (int j = 0; j < k; j++) {
        if (j)
            strncat(key, "+", keyn - strlen(key) - 1);
        strncat(key, ks[j], keyn - strlen(key) - 1);
    }
    return 1;
}

static void s_motion(letter *L)
{
    rng *r = &L->r;
    int idx[4], k;
    char key[160];
    rows rs = {0};
    static const char *const parties[] = {"CU", "D66", "VVD", "SP", "CDA", "BBB", "NSC", "SGP"};
    int shape = (int)below(r, 14);
    k = (shape == 0 || shape == 1 || shape == 5) ? range(r, 1, 2)
        : (shape == 2 || shape == 10)           ? range(r, 2, 3)
                                                : 1;
    if (shape == 10)
        k = 2;
    if (!motion_names(L, k, idx, key, sizeof key)) {
        bputs(&L->text, PICK(r, fillers));
        return;
    }
    const char *a = mnames[idx[0]].name, *b = k > 1 ? mnames[idx[1]].name : "";
    switch (shape) {
    case 0: /* motie-A[/B] */
        if (k == 1)
            bprintf(&L->text, "Aan de motie-%s is uitvoering gegeven in het kader locatieadvies.", a);
        else
            bprintf(&L->text, "Met het kader geef ik ook uitvoering aan de motie%s%s/%s, die de regering verzoekt de gevolgen voor de regio vooraf inzichtelijk te maken.",
                    chance(r, 50) ? "-" : " ", a, b);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 1: /* motie-A[/B] over ... */
        if (k == 1)
            bprintf(&L->text, "De motie-%s over externe inhuur is aangenomen.", a);
        else
            bprintf(&L->text, "De motie-%s/%s over externe inhuur is aangenomen.", a, b);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 2: /* de motie van de leden A en B / A, B en C */
        if (k == 2)
            bprintf(&L->text, "Met de motie van de leden %s en %s heeft uw Kamer de regering verzocht de ondersteuning van gemeenteraden te verbeteren.", a, b);
        else
            bprintf(&L->text, "Met de motie van de leden %s, %s en %s heeft uw Kamer de regering verzocht de ondersteuning van gemeenteraden te verbeteren.",
                    a, b, mnames[idx[2]].name);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 3: /* de aangenomen motie-A (CU) c.s. */
        bprintf(&L->text, "Ook wordt bezien hoe dit doel zich verhoudt tot de aangenomen motie-%s (%s) c.s. om hier geen nieuw onderzoek naar te doen.",
                a, PICK(r, parties));
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 4: /* de in 2025 door het lid A ingediende motie */
        bprintf(&L->text, "In antwoord op de in %d door het lid %s ingediende motie heeft het kabinet aangegeven dat regio’s gekoppeld worden aan departementen.",
                range(r, 2019, 2025), a);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 5: /* motie van het lid A (Kamerstuk ...) / motie-A/B (32140, nr. 77): numbered */
    case 6: {
        buf c = {0};
        dossier d;
        pick_dossier(L, &d, 0);
        int nr = pick_nr(L);
        rows tmp = {0};
        add_kst(&tmp, &d, nr, NULL);
        if (shape == 5 && k == 2) {
            if (d.kind)
                bprintf(&c, "%d-%s, nr. %d", d.dos, d.toev, nr);
            else
                bprintf(&c, "%d, nr. %d", d.dos, nr);
            bprintf(&L->text, "De aangehouden motie-%s/%s (%s) wordt hiermee uitgevoerd.", a, b, c.p);
        } else {
            if (chance(r, 50)) {
                bputs(&c, "Kamerstuk ");
                put_dossier(L, &c, &d);
            } else {
                put_kst_head(L, &c);
                put_dossier(L, &c, &d);
            }
            bprintf(&c, ", nr. %d", nr);
            if (k == 2)
                bprintf(&L->text, "Ik geef uitvoering aan de motie van de leden %s en %s (%s).", a, b, c.p);
            else if (chance(r, 50))
                bprintf(&L->text, "Met deze brief geef ik uitvoering aan de motie-%s c.s. (%s).", a, c.p);
            else
                bprintf(&L->text, "Met de motie van het lid %s (%s) heeft uw Kamer gevraagd om bij elke krimp vooraf te toetsen of de reductie in de Randstad kan worden gerealiseerd.", a, c.p);
        }
        addrow(&rs, "motie", "%s", tmp.r[0].id);
        free(c.p);
        break;
    }
    case 7: { /* motie A van <date> */
        int y, m, dd;
        if (!fresh_date(L, 2016, 2025, &y, &m, &dd)) {
            bputs(&L->text, PICK(r, fillers));
            return;
        }
        bprintf(&L->text, "Om die reden geef ik uitvoering aan de motie %s van %d %s %d waarin verzocht wordt om de verantwoordelijkheid op te nemen.",
                a, dd, maanden[m - 1], y);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    }
    case 8:
        bprintf(&L->text, "De motie van het lid %s over discriminatie vraagt om een jaarlijks overzicht.", a);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 9:
        bprintf(&L->text, "Dit volgt uit een verzoek van uw Kamer (motie-%s).", a);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 10: /* two motions */
        bprintf(&L->text, "De motie-%s en de motie-%s zijn beide aangenomen.", a, b);
        addrow(&rs, "motie", "motie:%s", mnames[idx[0]].key);
        addrow(&rs, "motie", "motie:%s", mnames[idx[1]].key);
        break;
    case 11:
        bprintf(&L->text, "Over de door het lid %s ingediende motie informeer ik uw Kamer voor de zomer.", a);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    case 12:
        bprintf(&L->text, "De gewijzigde motie-%s over het referendum is aangenomen.", a);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    default:
        bprintf(&L->text, "Motie-%s over ICT-capaciteit is in uitvoering.", a);
        addrow(&rs, "motie", "motie:%s", key);
        break;
    }
    emit(L, &rs);
}

/* A letter cited by date. */
static void s_brief(letter *L)
{
    rng *r = &L->r;
    int y, m, d;
    rows rs = {0};
    int shape = (int)below(r, 6);
    if (shape == 3) { /* two unresolved dates */
        int y2, m2, d2;
        if (!fresh_date(L, 2005, 2012, &y, &m, &d) || !fresh_date(L, 2005, 2012, &y2, &m2, &d2))
            goto filler;
        bprintf(&L->text, "Zoals vastgelegd in de Kamerbrieven van %d %s %d en %d %s %d.", d,
                maanden[m - 1], y, d2, maanden[m2 - 1], y2);
        addrow(&rs, "brief", "brief:%04d-%02d-%02d", y, m, d);
        addrow(&rs, "brief", "brief:%04d-%02d-%02d", y2, m2, d2);
        emit(L, &rs);
        return;
    }
    if (shape == 4) { /* jl.: this year, the year of the letter */
        if (!fresh_date(L, L->year, L->year, &y, &m, &d))
            goto filler;
        static const char *const t[] = {
            "In de bijlage van de voortgangsbrief NPVR van %d %s jl. is voor elk van de regio’s een stand van zaken opgenomen.",
            "In mijn brief van %d %s jl. is dit toegelicht."};
        bprintf(&L->text, PICK(r, t), d, maanden[m - 1]);
        addrow(&rs, "brief", "brief:%04d-%02d-%02d", y, m, d);
        emit(L, &rs);
        return;
    }
    if (shape == 5) { /* the number in the title of a dated letter is the letter's */
        int idx[2], k = range(r, 1, 2);
        char key[160];
        if (!fresh_date(L, 2016, 2025, &y, &m, &d) || !motion_names(L, k, idx, key, sizeof key))
            goto filler;
        int dos = range(r, 21000, 36999), nr = pick_nr(L);
        if (k == 2)
            bprintf(&L->text, "Zoals ook opgenomen in mijn brief van %d %s %d Dashboard externe inhuur n.a.v. de motie %s/%s (Kamerstuk %d-%d) is hetgeen nu is opgenomen in het dashboard een tussenstand.",
                    d, maanden[m - 1], y, mnames[idx[0]].name, mnames[idx[1]].name, dos, nr);
        else
            bprintf(&L->text, "In mijn brief van %d %s %d over de uitvoering van de motie-%s (Kamerstuk %d-%d) is dit toegelicht.",
                    d, maanden[m - 1], y, mnames[idx[0]].name, dos, nr);
        addrow(&rs, "brief", "kst-%d-%d", dos, nr);
        addrow(&rs, "motie", "motie:%s", key);
        addrow(&rs, "kamerstuk", "kst-%d-%d", dos, nr);
        emit(L, &rs);
        return;
    }
    if (shape == 2) { /* unresolved: a date no letter ties to a number */
        if (!fresh_date(L, 2005, 2012, &y, &m, &d))
            goto filler;
        static const char *const t[] = {"Dit staat in de Kamerbrief van %d %s %d.",
                                        "In de brief van %d %s %d is dit toegelicht."};
        bprintf(&L->text, PICK(r, t), d, maanden[m - 1], y);
        addrow(&rs, "brief", "brief:%04d-%02d-%02d", y, m, d);
        emit(L, &rs);
        return;
    }
    if (shape == 0) { /* de brief van <date> (Kamerstuk ...) */
        if (!fresh_date(L, 2016, 2025, &y, &m, &d))
            goto filler;
        buf c = {0};
        dossier ds;
        pick_dossier(L, &ds, 0);
        int nr = pick_nr(L);
        if (chance(r, 50)) {
            bputs(&c, "Kamerstuk ");
            put_dossier(L, &c, &ds);
            bprintf(&c, ", nr. %d", nr);
        } else if (ds.kind)
            bprintf(&c, "Kamerstuk %d-%s-%d", ds.dos, ds.toev, nr);
        else
            bprintf(&c, "Kamerstuk %d-%d", ds.dos, nr);
        static const char *const t[] = {
            "In de brief van %d %s %d (%s) is dit toegelicht.",
            "In mijn Kamerbrief d.d. %d %s %d (%s) is dat toegelicht.",
            "In 2025 hebben departementen, op basis van de strategische lijnen zoals verwoord in de Kamerbrief van %d %s %d (%s), plannen gemaakt."};
        bprintf(&L->text, PICK(r, t), d, maanden[m - 1], y, c.p);
        free(c.p);
        rows k = {0};
        add_kst(&k, &ds, nr, NULL);
        addrow(&rs, "brief", "%s", k.r[0].id);
        addrow(&rs, "kamerstuk", "%s", k.r[0].id);
        emit(L, &rs);
        return;
    }
    { /* de brieven van 14 maart en 3 oktober 2025 (Kamerstukken A en B) */
        int y2, m2, d2;
        if (!fresh_date(L, 2016, 2025, &y, &m, &d))
            goto filler;
        int tries = 0;
        do {
            if (!fresh_date(L, y, y, &y2, &m2, &d2))
                goto filler;
        } while ((m2 * 100 + d2 <= m * 100 + d) && ++tries < 50);
        if (m2 * 100 + d2 <= m * 100 + d)
            goto filler;
        int dos = range(r, 21000, 36999), a = pick_nr(L), b = a + range(r, 1, 40);
        bprintf(&L->text, "Het kader bouwt voort op de afspraken die eerder met uw Kamer zijn gedeeld in de brieven van %d %s en %d %s %d (Kamerstukken %d-%d en %d-%d).",
                d, maanden[m - 1], d2, maanden[m2 - 1], y, dos, a, dos, b);
        addrow(&rs, "brief", "kst-%d-%d", dos, a);
        addrow(&rs, "brief", "kst-%d-%d", dos, b);
        addrow(&rs, "kamerstuk", "kst-%d-%d", dos, a);
        addrow(&rs, "kamerstuk", "kst-%d-%d", dos, b);
        emit(L, &rs);
        return;
    }
filler:
    bputs(&L->text, PICK(r, fillers));
}

/* Noise: numbers and words that are not references. */
static void s_noise(letter *L)
{
    rng *r = &L->r;
    buf *t = &L->text;
    int y, m, d;
    /* draw the numbers first: the order of evaluation of arguments is unspecified */
    uint64_t v[4];
    for (int i = 0; i < 4; i++)
        v[i] = next(r) >> 11;
#define V(i, lo, hi) ((lo) + (int)(v[i] % (uint64_t)((hi) - (lo) + 1)))
    switch (below(r, 30)) {
    case 0:
        if (fresh_date(L, 2013, 2026, &y, &m, &d))
            bprintf(t, "Op %d %s %d hebben we een volgende stap gezet.", d, maanden[m - 1], y);
        else
            bputs(t, "Er zijn veel moties en amendementen ingediend.");
        break;
    case 1:
        bprintf(t, "Ter illustratie: in %d werkten %d %03d mensen bij rijksdiensten in Groningen, Friesland en Drenthe.",
                V(0, 2015, 2025), V(1, 11, 39), V(2, 0, 999));
        break;
    case 2:
        bprintf(t, "De structurele bezuiniging op de loonruimte van € %d mln maakt de mogelijkheden zeer beperkt.",
                range(r, 5, 900));
        break;
    case 3:
        bprintf(t, "Het project kost € %d.%03d.%03d per jaar.", V(0, 1, 40), V(1, 0, 999),
                V(2, 0, 999));
        break;
    case 4:
        bprintf(t, "In beide jaren bleef het aandeel externe inhuur steken op %d,%d procent.",
                V(0, 2, 30), V(1, 0, 9));
        break;
    case 5:
        bprintf(t, "Het aantal fte bij rijksdiensten buiten de Randstad groeide met %d,%d%%.",
                V(0, 0, 9), V(1, 0, 9));
        break;
    case 6:
        bputs(t, "Een zelfstandige boete of dwangsom, zoals financiële toezichthouders die kennen op grond van artikel 1:79 van de Wet op het financieel toezicht, hoort daar niet bij.");
        break;
    case 7:
        bputs(t, "Dat pakket bevat onder meer juridische hulp bij het opstellen van moties en amendementen.");
        break;
    case 8:
        bputs(t, "Gemeenten mogen persoonsgegevens alleen verwerken binnen de kaders van de Algemene verordening gegevensbescherming, verordening (EU) nr. 2016/679.");
        break;
    case 9:
        bprintf(t, "Richtlijn (EU) %d/%d inzake de bescherming van klokkenluiders wordt omgezet.",
                V(0, 2000, 2024), V(1, 100, 2999));
        break;
    case 10:
        bputs(t, "Onderdeel daarvan is de promotie van het raadslidmaatschap onder jongeren en nieuwe Nederlanders.");
        break;
    case 11:
        bprintf(t, "Het overleg begint om %d.%02d uur.", V(0, 9, 17), 15 * V(1, 0, 3));
        break;
    case 12:
        bprintf(t, "U kunt bellen met 070 %03d %04d.", V(0, 100, 999), V(1, 0, 9999));
        break;
    case 13:
        bprintf(t, "Dit staat op p. %d van het rapport.", range(r, 2, 200));
        break;
    case 14:
        bputs(t, "De Kamerstukken en de Handelingen zijn openbaar.");
        break;
    case 15:
        y = V(0, 2015, 2025);
        bprintf(t, "Dit geldt voor de periode van 31 december %d tot en met 30 juni %d.", y, y + 1);
        break;
    case 16:
        bprintf(t, "Zie ook HR %d maart %d, nr. %d %03d.", V(0, 1, 28), V(1, 1980, 1999),
                V(2, 10, 30), V(3, 0, 999));
        break;
    case 17:
        bprintf(t, "Het petitiecomité heeft %d %03d handtekeningen aangeboden.", V(0, 11, 39),
                V(1, 0, 999));
        break;
    case 18:
        bprintf(t, "De subsidie bedraagt € %d.%03d,- per gemeente.", V(0, 11, 39),
                V(1, 0, 999));
        break;
    case 19:
        y = V(0, 2015, 2025);
        bprintf(t, "In het vergaderjaar %d-%d zijn veel schriftelijke vragen gesteld.", y, y + 1);
        break;
    case 20:
        bprintf(t, "Dit is destijds uitvoerig besproken (Handelingen II %d/%02d, blz. %d).",
                V(0, 1995, 2009), (V(0, 1995, 2009) + 1) % 100, V(1, 1000, 6000));
        break;
    case 21:
        bprintf(t, "Het amendement-%s is verworpen.", PICK(r, mnames).name);
        break;
    case 22:
        bprintf(t, "De bijeenkomst duurt van 10.00 tot %d.30 uur.", range(r, 11, 16));
        break;
    case 23:
        bprintf(t, "Het aantal fte steeg van %d.%03d naar %d.%03d.", V(0, 100, 129),
                V(1, 0, 999), V(2, 130, 140), V(3, 0, 999));
        break;
    case 24:
        bputs(t, "Het Staatsblad en de Staatscourant verschijnen elektronisch.");
        break;
    case 25:
        bputs(t, "Elke uitspraak krijgt een ECLI-nummer.");
        break;
    case 26:
        bprintf(t, "Het Hof oordeelde in zaak C-%d/%02d over de doorgifte van gegevens.",
                V(0, 100, 700), V(1, 10, 24));
        break;
    case 27:
        bprintf(t, "Op grond van artikel %d:%d Awb handelt het bestuursorgaan overeenkomstig de beleidsregel.",
                V(0, 1, 10), V(1, 1, 99));
        break;
    case 28:
        bprintf(t, "Het gaat om nr. %d op de lijst.", range(r, 1, 40));
        break;
    default:
        bprintf(t, "In de begroting voor %d is daarom een aanvullende bijdrage van € %d mln opgenomen.",
                V(0, 2020, 2027), V(1, 5, 900));
        break;
    }
}
#undef V

/* Attach a Word-export footnote to the sentence just written (a filler that
 * ends with a full stop): "...word[footnoteRef:N]." and later on the line
 * "[N:  content ]".  A citation in it is reported at the marker and in the
 * note. */
static void s_filler_with_footnote(letter *L)
{
    rng *r = &L->r;
    const char *f = PICK(r, fillers);
    size_t n = strlen(f);
    bput(&L->text, f, n - 1); /* without its full stop */
    int k = ++L->nfoot;
    bprintf(&L->text, "[footnoteRef:%d].", k);
    buf c = {0};
    rows rs = {0};
    int u = (int)below(r, 10);
    if (u < 6) {
        if (chance(r, 30))
            bputs(&c, chance(r, 50) ? "Zie " : "Zie ook ");
        cite_kamerstuk(L, &c, &rs, CTX_NOTE);
    } else if (u < 8) {
        cite_other(L, &c, &rs);
    } else if (u < 9) {
        bputs(&c, "Zie www.rijksoverheid.nl/documenten/rapporten");
    } else {
        int yr = range(r, 2015, 2025), pg = range(r, 2, 90);
        bprintf(&c, "Rapport Werken aan de uitvoering, %d, p. %d", yr, pg);
    }
    emit(L, &rs); /* at the marker */
    bprintf(&L->notes, "  [%d:  %s ]", k, c.p);
    for (int i = 0; i < rs.n; i++)
        L->notes_rows.r[L->notes_rows.n++] = rs.r[i];
    free(c.p);
}

/* A letter cited by date with a footnote on the date. */
static void s_brief_footnote(letter *L)
{
    int y, m, d;
    if (L->notes_rows.n > MAXROWS - 4 || !fresh_date(L, 2016, 2025, &y, &m, &d)) {
        bputs(&L->text, PICK(&L->r, fillers));
        return;
    }
    int k = ++L->nfoot;
    bprintf(&L->text, "Het kabinet onderschrijft de doelstellingen, zoals vastgelegd in de Kamerbrief van %d %s %d[footnoteRef:%d].",
            d, maanden[m - 1], y, k);
    buf c = {0};
    rows rs = {0}, at = {0};
    dossier ds;
    pick_dossier(L, &ds, 0);
    int nr = pick_nr(L);
    bputs(&c, "Kamerstuk ");
    put_dossier(L, &c, &ds);
    bprintf(&c, ", nr. %d", nr);
    add_kst(&rs, &ds, nr, NULL);
    addrow(&at, "brief", "%s", rs.r[0].id);
    addrow(&at, "kamerstuk", "%s", rs.r[0].id);
    emit(L, &at);
    bprintf(&L->notes, "  [%d:  %s ]", k, c.p);
    L->notes_rows.r[L->notes_rows.n++] = rs.r[0];
    free(c.p);
}

/* internal references to earlier questions (nq > 1) */
static void s_vraag(letter *L)
{
    rng *r = &L->r;
    rows rs = {0};
    if (L->nq < 2) {
        bputs(&L->text, PICK(r, fillers));
        return;
    }
    if (chance(r, 8)) {
        bputs(&L->text, "Zie de beantwoording van de vragen hierboven.");
        addrow(&rs, "vraag", "%s#?", L->doc);
        emit(L, &rs);
        return;
    }
    int n = range(r, 1, L->nq - 1);
    static const char *const t[] = {
        "Zoals toegelicht bij vraag %d is dat het geval.",
        "Zoals toegelicht bij vraag %d, kijk ik bij elk advies naar de kosten over de volledige looptijd.",
        "Zie antwoord op vraag %d.",
        "Zie het antwoord op vraag %d.",
        "Voor het overige: zie ook het antwoord op vraag %d.",
    };
    bprintf(&L->text, PICK(r, t), n);
    addrow(&rs, "vraag", "%s#vraag-%d", L->doc, n);
    emit(L, &rs);
}

/* One paragraph on one line: sentences, then its footnotes. */
static void paragraph(letter *L, int nsent, int with_vraag)
{
    rng *r = &L->r;
    for (int i = 0; i < nsent; i++) {
        if (i)
            bputs(&L->text, " ");
        /* per mille: about one sentence in four carries a reference */
        L->mark = L->text.n;
        int u = (int)below(r, 1000);
        if (u < 620)
            bputs(&L->text, PICK(r, fillers));
        else if (u < 760)
            s_noise(L);
        else if (u < 870)
            s_kamerstuk(L);
        else if (u < 905)
            s_other(L);
        else if (u < 935)
            s_motion(L);
        else if (u < 950)
            s_brief(L);
        else if (u < 980 && L->notes_rows.n <= MAXROWS - 8)
            s_filler_with_footnote(L);
        else if (u < 985)
            s_brief_footnote(L);
        else if (with_vraag && u >= 975)
            s_vraag(L);
        else if (!with_vraag && u >= 995)
            s_kamerstuk_broken(L);
        else
            bputs(&L->text, PICK(r, fillers));
    }
    if (L->notes.n) {
        L->mark = L->text.n;
        bput(&L->text, L->notes.p, L->notes.n);
        bputs(&L->text, " ");
        emit(L, &L->notes_rows);
        bclear(&L->notes);
        L->notes_rows.n = 0;
    }
    bputs(&L->text, "\n");
}

/* ------------------------------------------------------------ letters */

static void letter_head(letter *L, int *subject, int style)
{
    rng *r = &L->r;
    buf *t = &L->text;
    int pb = range(r, 20001, 20099);
    bprintf(t, "> Retouradres Postbus %d 2500 EA Den Haag\n\n", pb);
    bputs(t, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n");
    bprintf(t, "Postbus %d\n2500 EA DEN HAAG\n\n", range(r, 20001, 20099));
    if (chance(r, 50))
    {
        int nr = range(r, 1, 300), pc = range(r, 1, 99), c1 = 'A' + range(r, 0, 25),
            c2 = 'A' + range(r, 0, 25);
        bprintf(t, "Turfmarkt %d\n25%02d %c%c Den Haag\nPostbus %d\n2500 EA Den Haag\n\n", nr,
                pc, c1, c2, pb);
    }
    bprintf(t, "Onze referentie %d-%010d\n\n", L->year, range(r, 1, 999999999));
    if (chance(r, 40))
        bprintf(t, "Bijlage(n)\n%d\n\n", range(r, 0, 3));
    int m = range(r, 1, 12), d = range(r, 1, 28);
    if (L->ndates < MAXDATES)
        L->dates[L->ndates++] = L->year * 10000 + m * 100 + d;
    *subject = (int)below(r, COUNT(subjects));
    bprintf(t, "Datum %d %s %d\nBetreft %s\n\n", d, maanden[m - 1], L->year, subjects[*subject]);
    int y2, m2, d2;
    if (style == 2 && chance(r, 50) && fresh_date(L, L->year, L->year, &y2, &m2, &d2))
        bprintf(t, "Antwoord van minister Van Weel (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen %d %s %d)\n\n",
                d2, maanden[m2 - 1], y2);
}

static void signature(letter *L)
{
    bprintf(&L->text, "\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\n\n\n%s\n\n\n",
            PICK(&L->r, ministers));
}

/* Write letter number idx. */
static void make_letter(letter *L, uint64_t seed, unsigned long idx, long target_mean)
{
    rng_seed(&L->r, seed, idx);
    rng *r = &L->r;
    bclear(&L->text);
    bclear(&L->truth);
    bclear(&L->notes);
    L->notes_rows.n = 0;
    L->nfoot = 0;
    L->nq = 0;
    L->ndates = 0;
    memset(L->mused, 0, sizeof L->mused);
    L->mark = 0;
    L->year = range(r, 2024, 2026);
    long target = target_mean / 2 + (long)(next(r) % (uint64_t)(target_mean > 0 ? target_mean : 1));
    int subject;
    int style = (int)below(r, 3); /* 0 sections, 1 member blocks, 2 numbered questions */
    letter_head(L, &subject, style);

    /* intro */
    paragraph(L, range(r, 2, 5), 0);
    bputs(&L->text, "\n");

    if (style == 0) {
        while ((long)L->text.n < target) {
            bprintf(&L->text, "%s\n\n", PICK(r, headings));
            int np = range(r, 1, 3);
            for (int i = 0; i < np; i++) {
                paragraph(L, range(r, 3, 10), 0);
                bputs(&L->text, "\n");
            }
        }
        signature(L);
    } else if (style == 1) {
        signature(L);
        /* members in a random order, each once; the last one keeps going */
        int order[COUNT(members)], nm = (int)COUNT(members);
        for (int i = 0; i < nm; i++)
            order[i] = i;
        for (int i = nm - 1; i > 0; i--) {
            int j = (int)below(r, (unsigned)i + 1), tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int qcount[COUNT(members)] = {0}, qfirst[COUNT(members)] = {0};
        for (int mi = 0; mi < nm && (long)L->text.n < target; mi++) {
            int who = order[mi];
            bprintf(&L->text, "Vragen van het lid %s, %s (%s)\n\n", members[who].surname,
                    members[who].first, members[who].party);
            int nq = range(r, 1, 3);
            for (int q = 0; q < nq || (mi == nm - 1 && (long)L->text.n < target); q++) {
                L->nq++;
                if (!qcount[who])
                    qfirst[who] = L->nq;
                qcount[who]++;
                bputs(&L->text, "Vraag:\n");
                if (L->nq > 2 && chance(r, 10)) {
                    int n = range(r, 1, L->nq - 1);
                    L->mark = L->text.n;
                    bprintf(&L->text, "Indien onder vraag %d geen of weinig concrete voorbeelden genoemd kunnen worden, wat bent u dan voornemens te wijzigen?\n\n", n);
                    rows rs = {0};
                    addrow(&rs, "vraag", "%s#vraag-%d", L->doc, n);
                    emit(L, &rs);
                } else
                    bprintf(&L->text, "%s\n\n", PICK(r, questions_txt));
                bputs(&L->text, "Antwoord:\n");
                if (mi > 0 && chance(r, 12)) {
                    /* cross-reference to an earlier member */
                    int other = order[below(r, (unsigned)mi)];
                    L->mark = L->text.n;
                    bprintf(&L->text, "Zie antwoord op vraag van het lid %s (%s).\n\n",
                            members[other].surname, members[other].party);
                    rows rs = {0};
                    if (qcount[other] == 1)
                        addrow(&rs, "vraag", "%s#vraag-%d", L->doc, qfirst[other]);
                    else
                        addrow(&rs, "vraag", "%s#lid-%s", L->doc, members[other].lower);
                    emit(L, &rs);
                    continue;
                }
                int np = range(r, 1, 2);
                for (int i = 0; i < np; i++) {
                    paragraph(L, range(r, 2, 8), 1);
                    bputs(&L->text, "\n");
                }
            }
        }
    } else {
        signature(L);
        while ((long)L->text.n < target) {
            L->nq++;
            bprintf(&L->text, "Vraag %d\n", L->nq);
            if (L->nq > 2 && chance(r, 12)) {
                int n = range(r, 1, L->nq - 1);
                L->mark = L->text.n;
                bprintf(&L->text, "Indien onder vraag %d blijkt dat een deel van de adviezen niet is opgevolgd, welke gevolgen verbindt u daaraan?\n\n", n);
                rows rs = {0};
                addrow(&rs, "vraag", "%s#vraag-%d", L->doc, n);
                emit(L, &rs);
            } else
                bprintf(&L->text, "%s\n\n", PICK(r, questions_txt));
            bprintf(&L->text, "Antwoord op vraag %d\n", L->nq);
            int np = range(r, 1, 2);
            for (int i = 0; i < np; i++) {
                paragraph(L, range(r, 2, 8), 1);
                bputs(&L->text, "\n");
            }
        }
    }
}

/* ---------------------------------------------------------------- main */

static const char usage[] =
    "usage: gencorpus -o DIR -n N [--seed S] [--size BYTES] [--with-text]\n"
    "\n"
    "Write N synthetic Kamerbrieven (DIR/letter-NNNNNN.txt, plain UTF-8) and\n"
    "DIR/TRUTH.tsv, every planted reference as file<TAB>kind<TAB>id in file\n"
    "order (kind and id as `kamergraph refs --tsv` prints them).\n"
    "  -o DIR        output folder (created if needed)\n"
    "  -n N          number of letters\n"
    "  --seed S      random seed (default 1); same seed, same bytes\n"
    "  --size BYTES  mean size of a letter (default 16384; suffixes k, M)\n"
    "  --with-text   add a fourth column to TRUTH.tsv: the sentence or footnote\n"
    "                the reference was planted in (for debugging)\n";

static unsigned long long parse_num(const char *s, const char *what)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        die("bad %s '%s'", what, s);
    if (*end == 'k' || *end == 'K')
        v *= 1024, end++;
    else if (*end == 'M')
        v *= 1024 * 1024, end++;
    if (*end)
        die("bad %s '%s'", what, s);
    return v;
}

static void mkdirs(const char *dir)
{
    char *p = strdup(dir);
    if (!p)
        die("out of memory");
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            die("%s: %s", p, strerror(errno));
        *s = '/';
    }
    if (mkdir(p, 0777) != 0 && errno != EEXIST)
        die("%s: %s", p, strerror(errno));
    free(p);
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    unsigned long long n = 0, seed = 1, size = 16384;
    int have_n = 0, with_text = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!strcmp(a, "--with-text")) {
            with_text = 1;
            continue;
        }
        if (i + 1 >= argc) {
            fputs(usage, stderr);
            return 2;
        }
        if (!strcmp(a, "-o"))
            dir = argv[++i];
        else if (!strcmp(a, "-n"))
            n = parse_num(argv[++i], "count"), have_n = 1;
        else if (!strcmp(a, "--seed"))
            seed = parse_num(argv[++i], "seed");
        else if (!strcmp(a, "--size"))
            size = parse_num(argv[++i], "size");
        else {
            fprintf(stderr, "gencorpus: unknown option '%s'\n", a);
            fputs(usage, stderr);
            return 2;
        }
    }
    if (!dir || !have_n || size < 512 || size > (1ULL << 30)) {
        fputs(usage, stderr);
        return 2;
    }
    mkdirs(dir);
    size_t dl = strlen(dir);
    char *path = malloc(dl + 64);
    if (!path)
        die("out of memory");
    snprintf(path, dl + 64, "%s/TRUTH.tsv", dir);
    FILE *truth = fopen(path, "w");
    if (!truth)
        die("%s: %s", path, strerror(errno));
    int width = 6;
    for (unsigned long long m = 1000000; n > m && width < 19; m *= 10)
        width++;
    letter L;
    memset(&L, 0, sizeof L);
    L.with_text = with_text;
    char name[64], stem[64];
    for (unsigned long long i = 0; i < n; i++) {
        char digits[24];
        int nd = snprintf(digits, sizeof digits, "%llu", i);
        snprintf(stem, sizeof stem, "letter-%.*s%s", width > nd ? width - nd : 0,
                 "0000000000000000000", digits);
        snprintf(name, sizeof name, "%.50s.txt", stem);
        L.file = name;
        L.doc = stem;
        make_letter(&L, seed, (unsigned long)i, (long)size);
        snprintf(path, dl + 64, "%s/%s", dir, name);
        FILE *f = fopen(path, "w");
        if (!f)
            die("%s: %s", path, strerror(errno));
        if (fwrite(L.text.p, 1, L.text.n, f) != L.text.n || fclose(f) != 0)
            die("%s: write failed: %s", path, strerror(errno));
        if (L.truth.n && fwrite(L.truth.p, 1, L.truth.n, truth) != L.truth.n)
            die("TRUTH.tsv: write failed: %s", strerror(errno));
    }
    if (fclose(truth) != 0)
        die("TRUTH.tsv: write failed: %s", strerror(errno));
    free(L.text.p);
    free(L.truth.p);
    free(L.notes.p);
    free(path);
    return 0;
}
