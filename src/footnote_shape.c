/* The footnote shape (see footnote_shape.h). */
#include "footnote_shape.h"

void kg_note_write_mark(kg_sink *b, const char *number)
{
    kg_out_str(b, KG_NOTE_MARK_OPEN);
    kg_out_str(b, number);
    kg_out_str(b, KG_NOTE_MARK_CLOSE);
}

void kg_note_write_text(kg_sink *b, const char *number, const char *text)
{
    kg_out_str(b, KG_NOTE_OPEN);
    kg_out_str(b, number);
    kg_out_str(b, KG_NOTE_AFTER_NUMBER);
    kg_out_str(b, text);
    kg_out_str(b, KG_NOTE_CLOSE);
}

uint32_t kg_note_superscript(unsigned digit)
{
    static const uint32_t sup[10] = {0x2070, 0xB9, 0xB2, 0xB3, 0x2074,
                                     0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
    return digit < 10 ? sup[digit] : 0xFFFD;
}
