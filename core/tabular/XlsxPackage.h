#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QuaZip;
class QXmlStreamReader;

namespace danhgia {

// The zip package of an .xlsx file (Office Open XML): its parts, read whole, and the
// relationships between them. Part names are zip paths without a leading slash
// ("xl/workbook.xml"); they are looked up ignoring case, as Excel does.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    struct Relationship
    {
        QString id;
        // The full type URI; compare its last segment with isOfType().
        QString type;
        // The part it points to, resolved to a path in the package.
        QString target;

        // True when the type ends in "/<kind>" ("officeDocument", "worksheet", "sharedStrings").
        bool isOfType(QLatin1String kind) const;
    };

    explicit XlsxPackage(const QString& fileName);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    bool open(QString* error);
    QString fileName() const { return m_fileName; }
    bool contains(const QString& part) const;
    std::optional<QByteArray> read(const QString& part, QString* error);
    // The relationships of a part (of the package itself for an empty part), from its .rels part;
    // an empty list when there is none. External targets are left out.
    std::optional<QList<Relationship>> relationships(const QString& part, QString* error);

    // A relationship target made a package path: relative to the folder of the source part,
    // or absolute when it starts with a slash.
    static QString resolve(const QString& sourcePart, const QString& target);
    // The message for an XML part that cannot be parsed.
    QString xmlError(const QString& part, const QXmlStreamReader& xml) const;
    // The message for a part that is missing or wrong in another way.
    QString partError(const QString& part, const QString& problem) const;

private:
    QString m_fileName;
    std::unique_ptr<QuaZip> m_zip;
    // Lower-case part name to the name as stored.
    QHash<QString, QString> m_parts;
};

} // namespace danhgia
