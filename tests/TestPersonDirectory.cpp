// Search that ignores case and diacritics, and lists sorted the Vietnamese way.

#include "TestSupport.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "stores/PersonDirectory.h"
#include "text/VietnameseText.h"

#include <QTemporaryDir>

using namespace danhgia;

namespace {

QStringList names(const QList<PersonRecord>& people)
{
    QStringList list;
    for (const PersonRecord& p : people) {
        list.append(p.fullName);
    }
    return list;
}

} // namespace

class TestPersonDirectory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("people.sqlite")), &error));
        const QList<QPair<QString, QString>> people{{QStringLiteral("CC01"), QStringLiteral("Trần Văn Bình")},
                                                    {QStringLiteral("CC02"), QStringLiteral("Nguyễn Thị An")},
                                                    {QStringLiteral("CC03"), QStringLiteral("Lê Văn An")},
                                                    {QStringLiteral("CC04"), QStringLiteral("Phạm Đức Anh")},
                                                    {QStringLiteral("CC05"), QStringLiteral("Đỗ Thị Dung")},
                                                    {QStringLiteral("CC06"), QStringLiteral("Nguyễn Văn A")},
                                                    {QStringLiteral("CC07"), QStringLiteral("Hoàng 50% Út")}};
        QVERIFY(m_db.transaction(
            [&](QString* e) {
                const auto unit
                    = SyncedTable::upsert(m_db.connection(), QStringLiteral("units"),
                                          {{QStringLiteral("code"), QStringLiteral("XCL")}},
                                          {{QStringLiteral("name"), QStringLiteral("UBND xã Chi Lăng")},
                                           {QStringLiteral("kind"), QStringLiteral("commune")}},
                                          QStringLiteral("admin"), QString(), e);
                for (const auto& person : people) {
                    if (!unit
                        || !SyncedTable::upsert(
                            m_db.connection(), QStringLiteral("people"),
                            {{QStringLiteral("code"), person.first}},
                            {{QStringLiteral("full_name"), person.second},
                             {QStringLiteral("unit_id"), unit->id},
                             {QStringLiteral("search_key"), VietnameseText::searchKey(person.second)}},
                            QStringLiteral("admin"), QString(), e)) {
                        return false;
                    }
                }
                return true;
            },
            &error));
    }

    void searchIgnoresDiacriticsAndCase()
    {
        QString error;
        QCOMPARE(names(*PersonDirectory::search(m_db.connection(), QStringLiteral("nguyen van a"), &error)),
                 QStringList{QStringLiteral("Nguyễn Văn A")});
        QCOMPARE(names(*PersonDirectory::search(m_db.connection(), QStringLiteral("NGUYỄN"), &error)),
                 (QStringList{QStringLiteral("Nguyễn Văn A"), QStringLiteral("Nguyễn Thị An")}));
        // "d" finds "Đ" as well as "d".
        QCOMPARE(names(*PersonDirectory::search(m_db.connection(), QStringLiteral("do thi"), &error)),
                 QStringList{QStringLiteral("Đỗ Thị Dung")});
        QCOMPARE(PersonDirectory::search(m_db.connection(), QStringLiteral("d"), &error)->size(),
                 2); // Đức, Dung/Đỗ
        // Codes match too, and LIKE wildcards in a query are taken literally.
        QCOMPARE(names(*PersonDirectory::search(m_db.connection(), QStringLiteral("cc03"), &error)),
                 QStringList{QStringLiteral("Lê Văn An")});
        QCOMPARE(names(*PersonDirectory::search(m_db.connection(), QStringLiteral("50%"), &error)),
                 QStringList{QStringLiteral("Hoàng 50% Út")});
        QCOMPARE(PersonDirectory::search(m_db.connection(), QStringLiteral("%"), &error)->size(), 1);
    }

    void listsSortByGivenName()
    {
        QString error;
        const auto people = PersonDirectory::ofUnit(m_db.connection(), QStringLiteral("XCL"), &error);
        QVERIFY2(people, qPrintable(error));
        QCOMPARE(names(*people),
                 (QStringList{QStringLiteral("Nguyễn Văn A"), QStringLiteral("Lê Văn An"),
                              QStringLiteral("Nguyễn Thị An"), QStringLiteral("Phạm Đức Anh"),
                              QStringLiteral("Trần Văn Bình"), QStringLiteral("Đỗ Thị Dung"),
                              QStringLiteral("Hoàng 50% Út")}));
        QCOMPARE(people->first().unitName, QStringLiteral("UBND xã Chi Lăng"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestPersonDirectory)
#include "TestPersonDirectory.moc"
