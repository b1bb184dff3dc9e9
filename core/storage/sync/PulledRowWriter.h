#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace danhgia {

// Writes a pulled row into its table, in the caller's transaction (PulledPageApplier's): inserted
// with the server's UUID and version, or updated (a published criteria set keeps its document);
// a score sheet's values, reasons and explanations replaced by the server's; a row deleted. Writes
// nothing to the outbox or the audit trail. Table names come from WireReferences, never from input.
class PulledRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(PulledRowWriter)

public:
    explicit PulledRowWriter(QSqlDatabase& db)
        : m_db(db)
    { }

    // `*id` 0: inserts, and sets it.
    bool write(const QString& entity, const QString& uuid, qint64* id, const QVariantMap& row, qint64 version,
               QString* error);
    bool writeSheetValues(qint64 sheetId, const QJsonObject& data, QString* error);
    bool remove(const QString& entity, qint64 id, QString* error);
    // The columns of a table (empty, with `error` set, when it does not exist).
    const QStringList& columns(const QString& entity, QString* error);

private:
    QSqlDatabase& m_db;
    QHash<QString, QStringList> m_columns;
};

} // namespace danhgia
