#pragma once

#include "documents/PrintableDocument.h"

#include <QByteArray>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace danhgia {

// Lays a document out on A4 pages with the margins of Decree 30/2020/NĐ-CP and paints it on a
// paged device: a PDF file, a printer or a print preview. Page numbers are centred in the top
// margin from page 2 on. Safe to use from a worker thread (each call has its own QTextDocument).
class DocumentRenderer
{
public:
    // Documents are laid out in pixels of this resolution (4 per point), whatever device they
    // are painted on, so a PDF, a printout and a preview break lines and pages alike.
    static constexpr int LayoutDpi = 288;

    // Top 20 mm, bottom 20 mm, left 30 mm, right 15 mm.
    static QMarginsF marginsMillimetres();
    // A4 portrait with no device margins: the renderer keeps its own margins.
    static QPageLayout pageLayout();

    // Paints every page on `device` (already set to pageLayout(); a QPrinter also needs
    // setFullPage(true)). Returns the number of pages, 0 when the device cannot be painted on.
    static int paint(const PrintableDocument& document, QPagedPaintDevice* device);
    // The document as a PDF file with its fonts embedded.
    static bool writePdf(const PrintableDocument& document, const QString& path, QString* error,
                         int* pageCount = nullptr);
    static QByteArray pdf(const PrintableDocument& document, int* pageCount = nullptr);
};

} // namespace danhgia
