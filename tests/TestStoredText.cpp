// The text the stores write without building QJsonObjects (JsonWriter) and the audit hash fed
// field by field: what is stored stays what QJsonDocument and the joined hash input gave, byte for
// byte, for every kind of value and for tricky strings (quotes, backslashes, control characters,
// Vietnamese, lone surrogates).

#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Quotes, backslashes, control characters, Vietnamese, characters beyond the BMP.
QString trickyText()
{
    return QString::fromUtf8("Trường \"THPT\" \\ Nguyễn\tDu\n\x01\x1f/\x7f 😀 𝄞 ①");
}

// With lone surrogates too, which JSON text keeps as \udxxx (a text column could not hold them).
QString brokenText()
{
    return trickyText() + QChar(0xD800) + QLatin1Char('x') + QChar(0xDC00) + QChar(0xD83D);
}

// A sheet with a value of every kind.
ScoreSheet trickySheet()
{
    ScoreSheet sheet;
    sheet.subject = {QStringLiteral("X\"1\\"), trickyText(), QString::fromUtf8("Nhóm ①"), QString()};
    sheet.period = QString::fromUtf8("2026/Đợt 1");
    sheet.flags = {QStringLiteral("late"), QString::fromUtf8("cờ \"x\"\n")};
    LeafValue value;
    value.kind = LeafValue::Kind::NotApplicable;
    sheet.setValue(QStringLiteral("z.1"), value);
    value.kind = LeafValue::Kind::Points;
    value.number = Decimal::fromUnits(-1);
    sheet.setValue(QString::fromUtf8("Đ.1"), value);
    value.number = Decimal::fromUnits(27500);
    sheet.setValue(QStringLiteral("1.10"), value);
    value.kind = LeafValue::Kind::YesNo;
    value.yes = true;
    sheet.setValue(QStringLiteral("1.9"), value);
    value.kind = LeafValue::Kind::Level;
    value.level = 2;
    sheet.setValue(QStringLiteral("a"), value);
    value.kind = LeafValue::Kind::Ratio;
    value.done = 9;
    value.total = 10;
    sheet.setValue(QStringLiteral("B"), value);
    value.kind = LeafValue::Kind::Count;
    value.count = 0;
    sheet.setValue(QStringLiteral("b"), value);
    value.kind = LeafValue::Kind::Value;
    value.number = Decimal::fromUnits(123456789);
    sheet.setValue(QString::fromUtf8("é"), value);
    value.kind = LeafValue::Kind::Tasks;
    TaskItem item;
    item.title = brokenText();
    item.weight = Decimal::fromUnits(12345);
    item.done = true;
    item.qualityFailures = 2;
    item.delays = 3;
    item.excused = true;
    value.items = {item, TaskItem()};
    sheet.setValue(QString::fromUtf8("😀"), value);
    return sheet;
}

QJsonObject valuesJson(const ScoreSheet& sheet)
{
    QJsonObject values;
    for (const QString& code : sheet.valueOrder) {
        values.insert(code, LeafValue::toJson(sheet.values.value(code)));
    }
    return values;
}

// The audit hash as it was first written: the escaped fields joined, converted to UTF-8 at once.
QString joinedHash(const QString& previousHash, qint64 id, const QString& at, const AuditEntry& entry)
{
    const QStringList fields{previousHash,   QString::number(id), at,           entry.actor,
                             entry.entity,   entry.entityUuid,    entry.action, entry.oldValue,
                             entry.newValue, entry.reason};
    QString joined;
    for (const QString& field : fields) {
        QString escaped = field;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QChar(0x1f), QLatin1String("\\u"));
        joined += escaped + QChar(0x1f);
    }
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestStoredText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    qint64 m_campaign = 0;

    QList<QStringList> rows(const QString& sql)
    {
        QSqlQuery query(m_db.connection());
        if (!query.exec(sql)) {
            qFatal("query failed: %s", qPrintable(query.lastError().text()));
        }
        QList<QStringList> result;
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row.append(query.value(i).toString());
            }
            result.append(row);
        }
        return result;
    }

    std::optional<qint64> save(const ScoreSheet& sheet, const QString& reason)
    {
        std::optional<qint64> id;
        QString error;
        m_db.transaction(
            [&](QString* e) {
                id = SheetStore::save(m_db.connection(), m_campaign, sheet,
                                      QString::fromUtf8("người \"nhập\""), reason, e);
                return id.has_value();
            },
            &error);
        if (!id) {
            qWarning("save failed: %s", qPrintable(error));
        }
        return id;
    }

private Q_SLOTS:
    // A database of its own for each function.
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("text-%1.sqlite").arg(++m_databases)), &error),
                 qPrintable(error));
        QVERIFY2(m_db.transaction(
                     [&](QString* e) {
                         ValidationIssues issues;
                         const auto set = CriteriaSetStore::import(
                             m_db.connection(),
                             readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                             QStringLiteral("tester"), &issues, e);
                         const auto campaign = set ? CampaignStore::ensure(m_db.connection(),
                                                                           {0,
                                                                            QStringLiteral("TEXT"),
                                                                            QStringLiteral("t"),
                                                                            QStringLiteral("par_index"),
                                                                            *set,
                                                                            {QStringLiteral("2026")},
                                                                            {},
                                                                            QString(),
                                                                            QString()},
                                                                           QStringLiteral("tester"), e)
                                                   : std::nullopt;
                         m_campaign = campaign ? campaign->id : 0;
                         return campaign.has_value();
                     },
                     &error),
                 qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void newSheetIsStoredAsQJsonDocumentWritesIt()
    {
        const ScoreSheet sheet = trickySheet();
        const auto id = save(sheet, QStringLiteral("why\\"));
        QVERIFY(id);
        const auto values = rows(
            QStringLiteral(
                "SELECT code, value, typeof(value) FROM sheet_values WHERE sheet_id = %1 ORDER BY code")
                .arg(*id));
        QCOMPARE(values.size(), sheet.valueOrder.size());
        for (const QStringList& row : values) {
            QCOMPARE(row[1], compact(LeafValue::toJson(sheet.values.value(row[0]))));
            QCOMPARE(row[2], QStringLiteral("text"));
        }
        const auto stored = rows(
            QStringLiteral("SELECT uuid, flags, subject_name FROM score_sheets WHERE id = %1").arg(*id));
        const QString uuid = stored[0][0];
        const QString flags = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(sheet.flags)).toJson(QJsonDocument::Compact));
        QCOMPARE(stored[0][1], flags);
        QCOMPARE(stored[0][2], sheet.subject.name);
        const QString expected = compact({{QStringLiteral("campaign_id"), m_campaign},
                                          {QStringLiteral("subject_code"), sheet.subject.id},
                                          {QStringLiteral("period"), *sheet.period},
                                          {QStringLiteral("subject_name"), sheet.subject.name},
                                          {QStringLiteral("subject_group"), sheet.subject.group},
                                          {QStringLiteral("flags"), flags},
                                          {QStringLiteral("uuid"), uuid},
                                          {QStringLiteral("stage"), Stages::name(sheet.stage)},
                                          {QStringLiteral("values"), valuesJson(sheet)}});
        const auto outbox = rows(
            QStringLiteral("SELECT operation, revision, payload FROM outbox WHERE uuid = '%1'").arg(uuid));
        QCOMPARE(outbox, (QList<QStringList>{{QStringLiteral("insert"), QStringLiteral("1"), expected}}));
        const auto audit
            = rows(QStringLiteral(
                       "SELECT action, old_value, new_value, reason FROM audit_log WHERE entity_uuid = '%1'")
                       .arg(uuid));
        QCOMPARE(
            audit,
            (QList<QStringList>{{QStringLiteral("insert"), QString(), expected, QStringLiteral("why\\")}}));
        // It parses back to the same document.
        QCOMPARE(
            QJsonDocument::fromJson(expected.toUtf8()).object().value(QStringLiteral("values")).toObject(),
            QJsonDocument::fromJson(compact(valuesJson(sheet)).toUtf8()).object());
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    void changedSheetRecordsOldAndNewValues()
    {
        ScoreSheet sheet = trickySheet();
        sheet.subject.id = QStringLiteral("CHANGED");
        QVERIFY(save(sheet, QString()));
        const ScoreSheet before = sheet;
        sheet.subject.name = QString::fromUtf8("Tên mới \"x\"");
        LeafValue value;
        value.kind = LeafValue::Kind::Count;
        value.count = 99;
        sheet.setValue(QStringLiteral("b"), value);
        sheet.setValue(QStringLiteral("new"), value);
        const auto id = save(sheet, QStringLiteral("sửa"));
        QVERIFY(id);
        const QString uuid
            = rows(QStringLiteral("SELECT uuid FROM score_sheets WHERE id = %1").arg(*id))[0][0];
        const QString flags = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(sheet.flags)).toJson(QJsonDocument::Compact));
        const auto row = [&](const ScoreSheet& s) {
            return QJsonObject{{QStringLiteral("campaign_id"), m_campaign},
                               {QStringLiteral("subject_code"), s.subject.id},
                               {QStringLiteral("period"), *s.period},
                               {QStringLiteral("subject_name"), s.subject.name},
                               {QStringLiteral("subject_group"), s.subject.group},
                               {QStringLiteral("flags"), flags},
                               {QStringLiteral("uuid"), uuid}};
        };
        const auto scored = [&](const ScoreSheet& s) {
            return compact({{QStringLiteral("stage"), Stages::name(s.stage)},
                            {QStringLiteral("values"), valuesJson(s)}});
        };
        const auto audit = rows(QStringLiteral("SELECT action, old_value, new_value FROM audit_log WHERE "
                                               "entity_uuid = '%1' ORDER BY id")
                                    .arg(uuid));
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[1],
                 (QStringList{QStringLiteral("update"), compact(row(before)), compact(row(sheet))}));
        QCOMPARE(audit[2], (QStringList{QStringLiteral("score"), scored(before), scored(sheet)}));
        const auto outbox
            = rows(QStringLiteral("SELECT payload FROM outbox WHERE uuid = '%1' ORDER BY id").arg(uuid));
        QCOMPARE(outbox.size(), 3);
        QCOMPARE(outbox[1][0], compact(row(sheet)));
        QCOMPARE(outbox[2][0], scored(sheet));
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    void emptySheetHasAnEmptyValuesObject()
    {
        ScoreSheet sheet;
        sheet.subject.id = QStringLiteral("EMPTY");
        const auto id = save(sheet, QString());
        QVERIFY(id);
        const QString uuid
            = rows(QStringLiteral("SELECT uuid FROM score_sheets WHERE id = %1").arg(*id))[0][0];
        const auto audit
            = rows(QStringLiteral("SELECT new_value FROM audit_log WHERE entity_uuid = '%1'").arg(uuid));
        QCOMPARE(audit[0][0],
                 compact({{QStringLiteral("campaign_id"), m_campaign},
                          {QStringLiteral("subject_code"), sheet.subject.id},
                          {QStringLiteral("period"), QString()},
                          {QStringLiteral("subject_name"), QString()},
                          {QStringLiteral("subject_group"), QString()},
                          {QStringLiteral("flags"), QStringLiteral("[]")},
                          {QStringLiteral("uuid"), uuid},
                          {QStringLiteral("stage"), Stages::name(sheet.stage)},
                          {QStringLiteral("values"), QJsonObject()}}));
    }

    void auditHashIsTheHashOfTheJoinedFields()
    {
        const QString tricky = brokenText();
        const QList<AuditEntry> entries{
            {},
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
             QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")},
            {tricky, QStringLiteral("score_sheets"), QStringLiteral("\\\x1f\\u"), QStringLiteral("x\x1f"),
             QStringLiteral("{\"a\":\"\\\\\\\"\"}"), tricky + tricky, QStringLiteral("\\")},
            {QString(QChar(0xD83D)), QString(QChar(0xDE00)), QString(QChar(0xD83D)) + QChar(0x1f),
             QString(QChar(0x1f)) + QChar(0xDE00), QString::fromUtf8("Đợt"), QString(5000, QChar(0x1EA1)),
             QString(100000, QLatin1Char('\\'))}};
        for (const AuditEntry& entry : entries) {
            for (const qint64 id : {qint64(1), qint64(1234567890123)}) {
                const QString previous = QString(64, QLatin1Char('0'));
                const QString at = QStringLiteral("2026-11-22T05:00:00.000Z");
                QCOMPARE(AuditLog::hashOf(previous, id, at, entry), joinedHash(previous, id, at, entry));
                QCOMPARE(AuditLog::hashOf(tricky, id, tricky, entry), joinedHash(tricky, id, tricky, entry));
            }
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestStoredText)
#include "TestStoredText.moc"
