#pragma once

#include "documents/DocumentFonts.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintableDocument.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>

#include <QGuiApplication>

#include <benchmark/benchmark.h>

// The baseline of the document benchmarks: the document's HTML printed by Qt alone
// (QTextDocument::print to a QPdfWriter with the decree's margins), without our layout. Returns
// the PDF; `pages` receives its page count.
inline QByteArray printWithQtAlone(const danhgia::PrintableDocument& document, int* pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(danhgia::DocumentRenderer::pageLayout());
        writer.setPageMargins(danhgia::DocumentRenderer::marginsMillimetres(), QPageLayout::Millimeter);
        writer.setResolution(600);
        QTextDocument text;
        text.setDefaultFont(danhgia::DocumentFonts::serif(13.5));
        text.setHtml(document.html);
        text.print(&writer);
    }
    *pages = static_cast<int>(buffer.data().count("/Type /Page\n"));
    return buffer.data();
}

// The main() of the document benchmarks: the offscreen platform and the bundled font, as the
// tests use them, so every machine does the same work.
inline int runDocumentBenchmarks(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qputenv("DANHGIA_DOCUMENT_FONT", "bundled");
    QGuiApplication app(argc, argv);
    danhgia::DocumentFonts::registerBundledFonts();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
