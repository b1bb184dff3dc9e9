#pragma once

#include "documents/DocumentTable.h"

namespace danhgia {

// Measures what a document table needs on the page, with the documents' serif font: the width
// a column needs so that none of its words is broken across lines, as a share of the text width
// of an A4 page with the margins of Decree 30/2020/NĐ-CP. A document with many columns picks its
// widths and, when they do not fit, a smaller font from these.
class DocumentTableFit
{
public:
    // The width of the text on a page (A4 less the margins), in layout pixels.
    static qreal textWidth();
    // The percent of textWidth() (rounded up) that `column` needs at `pointSize`: its longest
    // word, the header's in bold, with the cell's padding.
    static int columnPercent(const DocumentTable& table, int column, qreal pointSize);
};

} // namespace danhgia
