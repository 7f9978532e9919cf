/*
 * The site's HTML: escaping what comes from the letters, dates, and the
 * frame every page shares (head, skip link, header, footer).
 */
#include <stdio.h>
#include <string.h>

#include "site.h"
#include "escape.h"

void kg_html_num(kg_sink *o, size_t n)
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

void kg_html_date_text(kg_sink *o, const char *iso)
{
    char words[64];
    kg_date_words(iso, words, sizeof words);
    kg_esc_html(o, words);
}

void kg_html_date(kg_sink *o, const char *iso)
{
    if (!is_date(iso)) {
        kg_esc_html(o, iso);
        return;
    }
    kg_out_str(o, "<time datetime=\"");
    kg_out_bytes(o, iso, 10);
    kg_out_str(o, "\">");
    kg_html_date_text(o, iso);
    kg_out_str(o, "</time>");
}

/* ---- the frame ---------------------------------------------------------- */

void kg_site_page_begin(const kg_site_ctx *c, kg_sink *o, const char *meta_id,
                        const char *title, const kg_site_letter *letter, long node)
{
    kg_out_str(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"kamergraph " KG_VERSION "\">\n"
                  "<meta name=\"kamergraph-id\" content=\"");
    kg_esc_html(o, meta_id);
    kg_out_str(o, "\">\n<title>");
    if (letter)
        kg_site_letter_title(o, letter);
    else if (node >= 0)
        kg_site_node_name(c, o, (size_t)node);
    else
        kg_esc_html(o, title);
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

void kg_site_page_end(const kg_site_ctx *c, kg_sink *o, bool script)
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
