#include "tabular/XlsxPackage.h"

#include <QDir>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace danhgia {

namespace {

// A part larger than this once unpacked is refused, so that a crafted file cannot exhaust memory.
constexpr qint64 MaxPartSize = qint64(1) << 30;

QString nativeName(const QString& fileName)
{
    return QDir::toNativeSeparators(fileName);
}

} // namespace

bool XlsxPackage::Relationship::isOfType(QLatin1String kind) const
{
    return type.endsWith(kind) && type.size() > kind.size() && type.at(type.size() - kind.size() - 1) == u'/';
}

XlsxPackage::XlsxPackage(const QString& fileName)
    : m_fileName(fileName)
    , m_zip(std::make_unique<QuaZip>(fileName))
{ }

XlsxPackage::~XlsxPackage()
{
    if (m_zip->isOpen()) {
        m_zip->close();
    }
}

bool XlsxPackage::open(QString* error)
{
    if (!QFileInfo::exists(m_fileName)) {
        *error = tr("The file \"%1\" does not exist.").arg(nativeName(m_fileName));
        return false;
    }
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error
            = tr("The file \"%1\" is not an .xlsx workbook: it cannot be opened as a zip archive (error %2). "
                 "It may be damaged, protected with a password, or of another kind.")
                  .arg(nativeName(m_fileName), QString::number(m_zip->getZipError()));
        return false;
    }
    const QStringList names = m_zip->getFileNameList();
    for (const auto& name : names) {
        m_parts.insert(name.toLower(), name);
    }
    return true;
}

bool XlsxPackage::contains(const QString& part) const
{
    return m_parts.contains(part.toLower());
}

std::optional<QByteArray> XlsxPackage::read(const QString& part, QString* error)
{
    const auto stored = m_parts.constFind(part.toLower());
    if (stored == m_parts.constEnd()) {
        *error = partError(part, tr("the part is missing"));
        return std::nullopt;
    }
    if (!m_zip->setCurrentFile(*stored, QuaZip::csSensitive)) {
        *error = partError(
            part, tr("the part cannot be found in the archive (error %1)").arg(m_zip->getZipError()));
        return std::nullopt;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && static_cast<qint64>(info.uncompressedSize) > MaxPartSize) {
        *error = partError(part, tr("the part is too large"));
        return std::nullopt;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = partError(part, tr("the part cannot be unpacked (error %1)").arg(file.getZipError()));
        return std::nullopt;
    }
    QByteArray data;
    char buffer[65536];
    qint64 count = 0;
    while ((count = file.read(buffer, sizeof buffer)) > 0) {
        data.append(buffer, static_cast<qsizetype>(count));
        if (data.size() > MaxPartSize) {
            *error = partError(part, tr("the part is too large"));
            return std::nullopt;
        }
    }
    file.close();
    if (count < 0 || file.getZipError() != UNZ_OK) {
        *error = partError(part, tr("the part is damaged (error %1)").arg(file.getZipError()));
        return std::nullopt;
    }
    return data;
}

std::optional<QList<XlsxPackage::Relationship>> XlsxPackage::relationships(const QString& part,
                                                                           QString* error)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    const QString relsPart
        = part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
    QList<Relationship> list;
    if (!contains(relsPart)) {
        return list;
    }
    const auto data = read(relsPart, error);
    if (!data) {
        return std::nullopt;
    }
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship")) {
            continue;
        }
        const auto attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External")) {
            continue;
        }
        Relationship relationship;
        relationship.id = attributes.value(QLatin1String("Id")).toString();
        relationship.type = attributes.value(QLatin1String("Type")).toString();
        relationship.target = resolve(part, attributes.value(QLatin1String("Target")).toString());
        list.append(relationship);
    }
    if (xml.hasError()) {
        *error = xmlError(relsPart, xml);
        return std::nullopt;
    }
    return list;
}

QString XlsxPackage::resolve(const QString& sourcePart, const QString& target)
{
    QStringList segments;
    if (!target.startsWith(u'/')) {
        segments = sourcePart.split(u'/');
        segments.removeLast();
    }
    const QStringList steps = target.split(u'/', Qt::SkipEmptyParts);
    for (const auto& step : steps) {
        if (step == QLatin1String("..")) {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
        } else if (step != QLatin1String(".")) {
            segments.append(step);
        }
    }
    return segments.join(u'/');
}

QString XlsxPackage::xmlError(const QString& part, const QXmlStreamReader& xml) const
{
    return tr("The file \"%1\" is not a valid .xlsx workbook: the part %2 is not well-formed XML at line %3, "
              "column %4 (%5).")
        .arg(nativeName(m_fileName), part, QString::number(xml.lineNumber()),
             QString::number(xml.columnNumber()), xml.errorString());
}

QString XlsxPackage::partError(const QString& part, const QString& problem) const
{
    return tr("The file \"%1\" is not a valid .xlsx workbook: %2 (%3).")
        .arg(nativeName(m_fileName), problem, part);
}

} // namespace danhgia
