#include "PdfProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace danhgia::test {

PdfProbe::PdfProbe(const QString& pdfPath)
    : m_path(pdfPath)
{ }

QString PdfProbe::outputPath(const QTemporaryDir& dir, const QString& fileName)
{
    const QString keep = qEnvironmentVariable("DANHGIA_DOCUMENT_OUTPUT_DIR");
    if (keep.isEmpty()) {
        return dir.filePath(fileName);
    }
    QDir().mkpath(keep);
    return QDir(keep).filePath(fileName);
}

QString PdfProbe::run(const QString& program, const QStringList& arguments, bool* ok)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    const bool good = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok) {
        *ok = good;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int PdfProbe::pageCount() const
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_path});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF PdfProbe::pageSizePoints() const
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_path});
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

bool PdfProbe::isA4() const
{
    const QSizeF size = pageSizePoints();
    // A4 is 210 × 297 mm = 595.28 × 841.89 pt.
    return qAbs(size.width() - 595.28) < 0.5 && qAbs(size.height() - 841.89) < 0.5;
}

QList<PdfProbe::Font> PdfProbe::fonts() const
{
    QList<Font> result;
    const QStringList lines = run(QStringLiteral("pdffonts"), {m_path}).split(QLatin1Char('\n'));
    // name type encoding emb sub uni object ID; the first two lines are headings.
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).simplified().split(QLatin1Char(' '));
        if (fields.size() < 7) {
            continue;
        }
        Font font;
        font.name = fields.first();
        font.type = fields.at(1);
        font.embedded = fields.at(fields.size() - 5) == QLatin1String("yes");
        result.append(font);
    }
    return result;
}

QString PdfProbe::text(int firstPage, int lastPage, bool layout) const
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout) {
        arguments << QStringLiteral("-layout");
    }
    if (firstPage > 0) {
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    }
    if (lastPage > 0) {
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    }
    arguments << m_path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

QString PdfProbe::flatText(int firstPage, int lastPage) const
{
    return text(firstPage, lastPage).simplified();
}

QImage PdfProbe::renderPage(int page, int dpi) const
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
         QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
         m_path, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

bool PdfProbe::matchesReference(const QString& referencePath, double maxDifferentFraction, QString* why) const
{
    const QImage actual = renderPage(1, 50).convertToFormat(QImage::Format_Grayscale8);
    if (actual.isNull()) {
        *why = QStringLiteral("pdftoppm could not render page 1 of %1").arg(m_path);
        return false;
    }
    if (qEnvironmentVariable("DANHGIA_UPDATE_REFERENCES") == QLatin1String("1")) {
        QDir().mkpath(QFileInfo(referencePath).absolutePath());
        actual.save(referencePath);
        return true;
    }
    const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_Grayscale8);
    if (reference.isNull()) {
        *why = QStringLiteral("no reference picture at %1 (DANHGIA_UPDATE_REFERENCES=1 writes it)")
                   .arg(referencePath);
        return false;
    }
    if (reference.size() != actual.size()) {
        *why = QStringLiteral("page 1 is %1×%2 px, the reference %3×%4")
                   .arg(actual.width())
                   .arg(actual.height())
                   .arg(reference.width())
                   .arg(reference.height());
        return false;
    }
    qint64 different = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const uchar* a = actual.constScanLine(y);
        const uchar* b = reference.constScanLine(y);
        for (int x = 0; x < actual.width(); ++x) {
            if (qAbs(int(a[x]) - int(b[x])) > 64) {
                ++different;
            }
        }
    }
    const double fraction = double(different) / double(qint64(actual.width()) * actual.height());
    if (fraction > maxDifferentFraction) {
        *why = QStringLiteral("%1% of the pixels of page 1 differ from %2 (at most %3% allowed)")
                   .arg(fraction * 100, 0, 'f', 3)
                   .arg(referencePath)
                   .arg(maxDifferentFraction * 100, 0, 'f', 3);
        return false;
    }
    return true;
}

} // namespace danhgia::test
