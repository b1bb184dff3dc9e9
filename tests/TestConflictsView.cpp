// The "Sync conflicts" screen offscreen, on a database with a conflict made on purpose (the same
// leaf edited here and on the server): the count in the navigation list, the field side by side
// with what may be kept, a typed value the method refuses named in the message bar with the
// choices kept, the resolution written through the core and the count gone; a sheet approved on
// the server meanwhile offers only the server's state and value; a person's conflict column by
// column in Vietnamese (Họ và tên, Đơn vị by its title), one kept mine, one the server's, a
// reference kept mine. With DANHGIA_SCREENSHOT set, the
// screen is saved there in Vietnamese at 1280x800 (docs/screenshots/sync-conflicts.png).

#include "AppSession.h"
#include "ConflictFixture.h"
#include "ConflictsView.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RowConflictFixture.h"
#include "text/AppLanguage.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestConflictsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    bool prepare(const QString& serverState)
    {
        Database db;
        QString error;
        ConflictFixture fixture(db);
        if (!db.open(m_path, &error) || !fixture.createSyncedSheet(&error)
            || !fixture.makeConflict(serverState, 1, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    static QComboBox* keepBox(ConflictsView* view, const QString& path)
    {
        return view->findChild<QComboBox*>(QStringLiteral("keep-") + path);
    }
    static QStringList options(QComboBox* box)
    {
        QStringList list;
        for (int i = 0; i < box->count(); ++i) {
            list.append(ConflictResolution::keepName(static_cast<ConflictKeep>(box->itemData(i).toInt())));
        }
        return list;
    }
    static int rowOf(QTableWidget* table, const QString& path)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == path) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("xa.sqlite"));
    }
    void cleanup() { m_dir.reset(); }

    void resolvesFromTheInboxAfterARefusedValue()
    {
        const QByteArray screenshot = qgetenv("DANHGIA_SCREENSHOT");
        if (!screenshot.isEmpty()) {
            QVERIFY(AppLanguage::install(QStringLiteral("vi")));
        }
        QVERIFY(prepare(QStringLiteral("draft")));
        AppSession session;
        session.setUser(QStringLiteral("Nông Thị Hạnh"), Role::SelfAssessor);
        QString error;
        QVERIFY2(session.openDatabase(m_path, &error), qPrintable(error));
        MainWindow window(session);
        const int row = static_cast<int>(MainWindow::pages().indexOf(MainWindow::Page::Conflicts));
        QCOMPARE(window.navigation()->item(row)->text(), MainWindow::tr("Conflicts (%1)").arg(1));
        auto* view = qobject_cast<ConflictsView*>(window.pageWidget(MainWindow::Page::Conflicts));
        QVERIFY(view);
        window.showPage(MainWindow::Page::Conflicts);
        auto* list = view->findChild<QListWidget*>(QStringLiteral("conflictList"));
        auto* fields = view->findChild<QTableWidget*>(QStringLiteral("conflictFields"));
        auto* resolve = view->findChild<QPushButton*>(QStringLiteral("resolveConflict"));
        auto* message = view->findChild<MessageBar*>(QStringLiteral("conflictMessage"));
        QVERIFY(list && fields && resolve && message);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Sở Nội vụ — CCHC-2026")));
        const int field = rowOf(fields, QStringLiteral("values.self.1.4"));
        QVERIFY(field >= 0);
        QCOMPARE(fields->item(field, 2)->text(), QStringLiteral("1"));
        QCOMPARE(fields->item(field, 3)->text(), QStringLiteral("1.5"));
        QVERIFY(fields->item(field, 0)->text().contains(QStringLiteral("Công tác tuyên truyền CCHC")));
        QComboBox* keep = keepBox(view, QStringLiteral("values.self.1.4"));
        QVERIFY(keep);
        QCOMPARE(options(keep),
                 (QStringList{QStringLiteral("server"), QStringLiteral("mine"), QStringLiteral("edited")}));
        if (!screenshot.isEmpty()) {
            window.resize(MainWindow::defaultSize());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.grab().save(QString::fromLocal8Bit(screenshot), "PNG"));
        }

        // A typed value the method refuses: named in the bar, nothing written, the choice kept.
        keep->setCurrentIndex(keep->findData(static_cast<int>(ConflictKeep::Edited)));
        QVERIFY(fields->item(field, 6)->flags() & Qt::ItemIsEditable);
        fields->item(field, 6)->setText(QStringLiteral("0,3"));
        resolve->click();
        QCOMPARE(message->level(), MessageBar::Level::Error);
        QVERIFY2(message->text().contains(QStringLiteral("values.self.1.4")), qPrintable(message->text()));
        QCOMPARE(list->count(), 1);
        QCOMPARE(fields->item(field, 6)->text(), QStringLiteral("0,3"));
        QCOMPARE(keep->currentData().toInt(), static_cast<int>(ConflictKeep::Edited));

        fields->item(field, 6)->setText(QStringLiteral("0,75"));
        resolve->click();
        QVERIFY2(message->level() != MessageBar::Level::Error, qPrintable(message->text()));
        QCOMPARE(list->count(), 0);
        QCOMPARE(window.navigation()->item(row)->text(), MainWindow::tr("Sync conflicts"));
        ConflictFixture stored(session.database());
        QCOMPARE(stored.text(
                     QStringLiteral("SELECT value FROM sheet_values WHERE code = '1.4' AND stage = 'self'")),
                 QStringLiteral("{\"points\":0.75}"));
        QCOMPARE(stored.text(QStringLiteral("SELECT resolved_by FROM sync_conflicts")), session.actor());
    }

    void anApprovedSheetOffersOnlyTheServersVersion()
    {
        QVERIFY(prepare(QStringLiteral("approved")));
        AppSession session;
        QString error;
        QVERIFY2(session.openDatabase(m_path, &error), qPrintable(error));
        ConflictsView view(session);
        QCOMPARE(view.conflictCount(), 1);
        QCOMPARE(options(keepBox(&view, QStringLiteral("state"))), QStringList{QStringLiteral("server")});
        QCOMPARE(options(keepBox(&view, QStringLiteral("values.self.1.4"))),
                 QStringList{QStringLiteral("server")});
        // "Keep mine for all" changes nothing the rules refuse.
        view.findChild<QPushButton*>(QStringLiteral("keepAllMine"))->click();
        QCOMPARE(keepBox(&view, QStringLiteral("state"))->currentData().toInt(),
                 static_cast<int>(ConflictKeep::Server));
        view.findChild<QPushButton*>(QStringLiteral("resolveConflict"))->click();
        QCOMPARE(view.conflictCount(), 0);
        QCOMPARE(ConflictFixture(session.database()).text(QStringLiteral("SELECT state FROM score_sheets")),
                 QStringLiteral("approved"));
    }

    void aPersonIsResolvedColumnByColumnInVietnamese()
    {
        {
            Database db;
            QString error;
            RowConflictFixture rows(db);
            QVERIFY2(db.open(m_path, &error) && rows.createSyncedCatalogue(&error)
                         && rows.makePersonConflict(&error),
                     qPrintable(error));
        }
        QVERIFY(AppLanguage::install(QStringLiteral("vi")));
        AppSession session;
        session.setUser(QStringLiteral("Quản trị tỉnh"), Role::Administrator);
        QString error;
        QVERIFY2(session.openDatabase(m_path, &error), qPrintable(error));
        ConflictsView view(session);
        auto* list = view.findChild<QListWidget*>(QStringLiteral("conflictList"));
        auto* fields = view.findChild<QTableWidget*>(QStringLiteral("conflictFields"));
        QVERIFY(list && fields);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("CB01 — Nguyễn Văn Anh")),
                 qPrintable(list->item(0)->text()));
        const int name = rowOf(fields, QStringLiteral("full_name"));
        const int unit = rowOf(fields, QStringLiteral("unit_uuid"));
        QVERIFY(name >= 0 && unit >= 0 && rowOf(fields, QStringLiteral("position")) >= 0);
        QCOMPARE(fields->item(name, 0)->text(), QStringLiteral("Họ và tên"));
        QCOMPARE(fields->item(unit, 0)->text(), QStringLiteral("Đơn vị"));
        QCOMPARE(fields->item(unit, 2)->text(), QStringLiteral("XCL — Ủy ban nhân dân xã Chi Lăng"));
        QCOMPARE(fields->item(unit, 3)->text(), QStringLiteral("XDD — Ủy ban nhân dân xã Đồng Đăng"));
        QCOMPARE(options(keepBox(&view, QStringLiteral("unit_uuid"))),
                 (QStringList{QStringLiteral("server"), QStringLiteral("mine")}));
        QCOMPARE(options(keepBox(&view, QStringLiteral("full_name"))),
                 (QStringList{QStringLiteral("server"), QStringLiteral("mine"), QStringLiteral("edited")}));
        for (const QString& path : {QStringLiteral("full_name"), QStringLiteral("unit_uuid")}) {
            QComboBox* keep = keepBox(&view, path);
            keep->setCurrentIndex(keep->findData(static_cast<int>(ConflictKeep::Mine)));
        }
        view.findChild<QPushButton*>(QStringLiteral("resolveConflict"))->click();
        QVERIFY(AppLanguage::install(QStringLiteral("en")));
        QCOMPARE(view.conflictCount(), 0);
        QCOMPARE(RowConflictFixture(session.database())
                     .text(QStringLiteral(
                         "SELECT p.full_name || '|' || p.position || '|' || u.code FROM people p JOIN "
                         "units u ON u.id = p.unit_id WHERE p.code = 'CB01'")),
                 QStringLiteral("Nguyễn Văn Anh|Chủ tịch UBND xã|XDD"));
    }
};

QTEST_MAIN(TestConflictsView)
#include "TestConflictsView.moc"
