#pragma once

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace danhgia::test {

// Reads a PDF file with the poppler tools (pdfinfo, pdffonts, pdftotext, pdftoppm), as a person
// checking a printed document would: page size and count, embedded fonts, extracted text, and a
// picture of a page compared with a committed reference.
class PdfProbe
{
public:
    struct Font
    {
        QString name;
        QString type;
        bool embedded = false;
    };

    explicit PdfProbe(const QString& pdfPath);

    int pageCount() const;
    QSizeF pageSizePoints() const;
    bool isA4() const;
    QList<Font> fonts() const;
    // pdftotext's text of pages first..last (1-based; 0 for the whole file).
    QString text(int firstPage = 0, int lastPage = 0, bool layout = false) const;
    // The text with runs of white space made single spaces (lines joined).
    QString flatText(int firstPage = 0, int lastPage = 0) const;
    QImage renderPage(int page, int dpi) const;

    // Compares page 1 at 50 dpi with the PNG at `referencePath` (tests/data/documents/...):
    // true when at most `maxDifferentFraction` of the pixels differ by more than a quarter of the
    // grey scale. DANHGIA_UPDATE_REFERENCES=1 rewrites the reference instead (a deliberate
    // change of layout). `why` says what differs.
    bool matchesReference(const QString& referencePath, double maxDifferentFraction, QString* why) const;

    // Where a test writes a PDF: `dir`, or DANHGIA_DOCUMENT_OUTPUT_DIR when set (to look at them).
    static QString outputPath(const QTemporaryDir& dir, const QString& fileName);
    static QString run(const QString& program, const QStringList& arguments, bool* ok = nullptr);

private:
    QString m_path;
};

} // namespace danhgia::test
