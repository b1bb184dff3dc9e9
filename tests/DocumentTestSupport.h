#pragma once

#include "PdfProbe.h"
#include "documents/DocumentRenderer.h"

#include <QTemporaryDir>

namespace danhgia::test {

// Writes a document as a PDF in `dir` (or DANHGIA_DOCUMENT_OUTPUT_DIR) and returns its probe;
// `pages` gets the renderer's page count. A document that cannot be written stops the test.
inline PdfProbe writeDocument(const PrintableDocument& document, const QTemporaryDir& dir,
                              const QString& name, int* pages = nullptr)
{
    const QString path = PdfProbe::outputPath(dir, name);
    QString error;
    if (!DocumentRenderer::writePdf(document, path, &error, pages)) {
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    }
    return PdfProbe(path);
}

} // namespace danhgia::test
