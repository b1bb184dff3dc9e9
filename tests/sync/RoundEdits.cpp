#include "RoundEdits.h"

#include "SyncWorld.h"
#include "stores/EvidenceStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace danhgia;

bool RoundEdits::edit(SyncClient& client, const QString& where, QString* error)
{
    if (client.unit.isEmpty()) {
        return editPeople(client, where, error);
    }
    return m_random.bounded(8) == 0 ? attach(client, where, error) : score(client, where, error);
}

bool RoundEdits::has(Database& db, const QString& personCode)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM people WHERE code = ?"));
    query.addBindValue(personCode);
    return query.exec() && query.next();
}

bool RoundEdits::editPeople(SyncClient& client, const QString& where, QString* error)
{
    // Only the first session adds people (two adding the same code would make two people).
    const bool adds = client.label == client.login;
    QStringList known;
    for (auto it = m_unitOf.keyBegin(); it != m_unitOf.keyEnd(); ++it) {
        if (has(*client.db, *it)) {
            known.append(*it);
        }
    }
    if (known.isEmpty() && !adds) {
        return true; // nothing pulled yet to rename
    }
    const bool rename = !known.isEmpty() && (!adds || m_random.bounded(2) == 0);
    const QString code = rename
        ? known.at(static_cast<int>(m_random.bounded(static_cast<int>(known.size()))))
        : m_prefix + QStringLiteral("CB%1").arg(m_unitOf.size() + 1, 4, 10, QLatin1Char('0'));
    if (!rename) {
        m_unitOf.insert(code, m_random.bounded(2) == 0 ? QStringLiteral("XCL") : QStringLiteral("XDD"));
    }
    const QString name = QStringLiteral("Nguyễn Văn Thử %1 (%2, %3)").arg(code, where, client.label);
    const qint64 before = WriteLedger::lastOutboxId(*client.db);
    if (!SyncWorld::putPerson(*client.db, code, name, m_unitOf.value(code), error)) {
        return false;
    }
    m_ledger.recordWrite(*client.db, before, {{WriteLedger::personField(code), name}},
                         where + QLatin1String(", ") + client.label);
    return true;
}

bool RoundEdits::score(SyncClient& client, const QString& where, QString* error)
{
    const QString code = SyncWorld::leaves().at(static_cast<int>(m_random.bounded(4)));
    const Decimal points = *Decimal::fromString(QString::number(m_random.bounded(11) * 0.5));
    const qint64 before = WriteLedger::lastOutboxId(*client.db);
    if (!SyncWorld::score(*client.db, client.sheet, client.login, code, points, error)) {
        return false;
    }
    m_ledger.recordWrite(*client.db, before,
                         {{WriteLedger::leafField(client.sheetUuid, code), points.toString()}},
                         where + QLatin1String(", ") + client.label);
    return true;
}

bool RoundEdits::attach(SyncClient& client, const QString& where, QString* error)
{
    const qint64 size = m_random.bounded(4) == 0
        ? 512 * 1024 + m_random.bounded(512 * 1024) // a scan of about 1 MB
        : qint64(1) << m_random.bounded(3, 20); // 8 bytes .. 512 KiB
    // Random bytes after the run's and the file's number: no two files alike, even when a seed
    // replays both runs of the test on one server.
    QByteArray content = (m_prefix + QString::number(m_attached.size() + 1) + QLatin1Char('|')).toLatin1();
    while (content.size() < size) {
        content.append(static_cast<char>(m_random.bounded(256)));
    }
    const QString code = SyncWorld::leaves().at(static_cast<int>(m_random.bounded(4)));
    const QString name = QStringLiteral("minh-chung-%1.pdf").arg(m_attached.size() + 1);
    if (!EvidenceStore::attachData(*client.db, client.sheet, code, content, name, client.login, error)) {
        *error = QStringLiteral("%1, %2: %3").arg(where, client.label, *error);
        return false;
    }
    m_attached.insert(
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()), content);
    m_bytes += size;
    return true;
}
