/*
 * The site's HTML: escaping what comes from the letters, dates, and the
 * frame every page shares (head, skip link, header, footer).
 */
#include <stdio.h>
#include <string.h>

#include "site.h"
#include "xml_escape.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* Bytes written as they are: printable ASCII but the markup characters. */
static bool plain_byte(unsigned char c)
{
    return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' &&
           c != '\'';
}

void kg_html_n(kg_outbuf *o, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;

    while (p < end) {
        const unsigned char *run = p;
        while (p < end && plain_byte(*p))
            p++;
        kg_out_bytes(o, (const char *)run, (size_t)(p - run));
        if (p == end)
            return;
        size_t k;
        switch (*p) {
        case '&': kg_out_str(o, "&amp;"); p++; continue;
        case '<': kg_out_str(o, "&lt;"); p++; continue;
        case '>': kg_out_str(o, "&gt;"); p++; continue;
        case '"': kg_out_str(o, "&quot;"); p++; continue;
        case '\'': kg_out_str(o, "&#39;"); p++; continue;
        case '\t': case '\n': kg_out_char(o, (char)*p++); continue;
        default: break;
        }
        if (*p < 0x20 || *p == 0x7F) {
            kg_out_char(o, ' ');
            p++;
        } else if ((k = kg_utf8_len(p, (size_t)(end - p))) != 0) {
            kg_out_bytes(o, (const char *)p, k);
            p += k;
        } else {
            kg_out_str(o, REPLACEMENT);
            p++;
        }
    }
}

void kg_html(kg_outbuf *o, const char *s)
{
    if (s)
        kg_html_n(o, s, strlen(s));
}

void kg_js_string(kg_outbuf *o, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p);
    static const char hex[] = "0123456789abcdef";

    kg_out_char(o, '"');
    for (const unsigned char *end = p + n; p < end;) {
        size_t k;
        if (*p >= 0x20 && *p < 0x7F && !strchr("\"\\<>&", *p))
            kg_out_char(o, (char)*p++);
        else if (*p < 0x80) {
            char esc[7] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15], 0};
            kg_out_str(o, esc);
            p++;
        } else if ((k = kg_utf8_len(p, (size_t)(end - p))) != 0) {
            if (k == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
                kg_out_str(o, p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            else
                kg_out_bytes(o, (const char *)p, k);
            p += k;
        } else {
            kg_out_str(o, "\\ufffd");
            p++;
        }
    }
    kg_out_char(o, '"');
}

void kg_html_num(kg_outbuf *o, size_t n)
{
    kg_out_size(o, n);
}

static bool is_date(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

unsigned kg_site_year(const char *date)
{
    if (!is_date(date))
        return 0;
    return (unsigned)((date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 +
                      (date[3] - '0'));
}

size_t kg_date_words(const char *iso, char *buf, size_t size)
{
    static const char *const months[] = {"January", "February", "March", "April",
                                         "May", "June", "July", "August",
                                         "September", "October", "November", "December"};
    int n;
    char dated[11];
    /* "????-01-30" (a trigraph if written so): a date without its year
     * ("30 januari jl." in a letter that does not say its own date) */
    if (iso && strspn(iso, "?") == 4 && iso[4] == '-' && strlen(iso) == 10) {
        snprintf(dated, sizeof dated, "2000%s", iso + 4);
        if (is_date(dated)) {
            n = snprintf(buf, size, "%d %s (year not given)",
                         (iso[8] - '0') * 10 + (iso[9] - '0'),
                         months[(iso[5] - '0') * 10 + (iso[6] - '0') - 1]);
            return n < 0 ? 0 : (size_t)n;
        }
    }
    if (!is_date(iso))
        n = snprintf(buf, size, "%s", iso ? iso : "");
    else
        n = snprintf(buf, size, "%d %s %.4s", (iso[8] - '0') * 10 + (iso[9] - '0'),
                     months[(iso[5] - '0') * 10 + (iso[6] - '0') - 1], iso);
    return n < 0 ? 0 : (size_t)n;
}

void kg_html_date_text(kg_outbuf *o, const char *iso)
{
    char words[64];
    kg_date_words(iso, words, sizeof words);
    kg_html(o, words);
}

void kg_html_date(kg_outbuf *o, const char *iso)
{
    if (!is_date(iso)) {
        kg_html(o, iso);
        return;
    }
    kg_out_str(o, "<time datetime=\"");
    kg_out_bytes(o, iso, 10);
    kg_out_str(o, "\">");
    kg_html_date_text(o, iso);
    kg_out_str(o, "</time>");
}

/* ---- the frame ---------------------------------------------------------- */

void kg_site_page_begin(const kg_site_ctx *c, kg_outbuf *o, const char *meta_id,
                        const char *title, const kg_site_letter *letter, long node)
{
    kg_out_str(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"kamergraph " KG_VERSION "\">\n"
                  "<meta name=\"kamergraph-id\" content=\"");
    kg_html(o, meta_id);
    kg_out_str(o, "\">\n<title>");
    if (letter)
        kg_site_letter_title(o, letter);
    else if (node >= 0)
        kg_site_node_name(c, o, (size_t)node);
    else
        kg_html(o, title);
    kg_out_str(o, c->standalone ? " · annotated by kamergraph</title>\n<style>\n"
                                : " · kamergraph</title>\n<link rel=\"stylesheet\" href=\"");
    if (c->standalone) {
        kg_out_str(o, kg_site_css);
        kg_out_str(o, "</style>\n");
    } else {
        kg_out_str(o, c->root);
        kg_out_str(o, "assets/site.css\">\n");
    }
    kg_out_str(o, "</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the content</a>\n"
                  "<header class=\"site\">\n");
    if (c->standalone)
        kg_out_str(o, "<p class=\"brand\">Annotated by kamergraph</p>\n");
    else {
        kg_out_str(o, "<nav aria-label=\"Site\"><a class=\"brand\" href=\"");
        kg_out_str(o, c->root);
        kg_out_str(o, "index.html\">kamergraph</a>\n<form class=\"jump\" role=\"search\" "
                      "action=\"");
        kg_out_str(o, c->root);
        kg_out_str(o, "index.html\"><label for=\"site-q\">Search the letters</label> "
                      "<input type=\"search\" id=\"site-q\" name=\"q\" autocomplete=\"off\"> "
                      "<button type=\"submit\">Search</button></form></nav>\n");
    }
    kg_out_str(o, "</header>\n<main id=\"main\" tabindex=\"-1\">\n");
}

void kg_site_page_end(const kg_site_ctx *c, kg_outbuf *o, bool script)
{
    kg_out_str(o, "</main>\n<footer class=\"site\"><p>");
    if (c->standalone)
        kg_out_str(o, "Written by kamergraph " KG_VERSION " from one letter: the links go to "
                      "the publications. <code>kamergraph site</code> also shows which letters "
                      "cite it.");
    else
        kg_out_str(o, "Written by kamergraph " KG_VERSION ". Works offline: everything is in "
                      "this folder; only the links to the publications go out.");
    kg_out_str(o, "</p></footer>\n");
    if (script && !c->standalone) {
        kg_out_str(o, "<script src=\"");
        kg_out_str(o, c->root);
        kg_out_str(o, "assets/site.js\"></script>\n");
    }
    kg_out_str(o, "</body>\n</html>\n");
}
