// danhgia::ui::CatalogueView on a real database: the units as a tree by parent, people searched
// without accents and listed by given name, the stored criteria sets, and imports that show
// their plan first and write only when the user confirms.

#include <QApplication>

#include "AppSession.h"
#include "CatalogueView.h"
#include "CriteriaSetView.h"
#include "DialogService.h"
#include "ImportPreviewDialog.h"
#include "MessageBar.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "services/CatalogueImport.h"
#include "services/CataloguePlanning.h"
#include "stores/CriteriaSetStore.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace danhgia;
using namespace danhgia::ui;

namespace {

const QString Actor = QStringLiteral("tester (administrator)");

const QByteArray UnitsCsv("Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n"
                          "LS,UBND tỉnh Lạng Sơn,tỉnh,\n"
                          "SNV,Sở Nội vụ,Sở,LS\n"
                          "XCL,Ủy ban nhân dân xã Chi Lăng,xã,LS\n"
                          "PTC,Phòng Tổ chức cán bộ,phòng,SNV\n");

const QByteArray PeopleCsv("Mã,Họ và tên,Chức vụ,Mã đơn vị,Nhóm nhiệm vụ,Lãnh đạo\n"
                           "P1,Trần Thị Bình,Chuyên viên,SNV,Tham mưu,\n"
                           "P2,Nguyễn Văn An,Giám đốc,SNV,Lãnh đạo,x\n"
                           "P3,Đỗ Minh Châu,Chủ tịch,XCL,Lãnh đạo,x\n"
                           "P4,Lê Văn Anh,Chuyên viên,PTC,Tham mưu,\n");

QStringList headers(QTableWidget* table)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column) {
        texts.append(table->horizontalHeaderItem(column)->text());
    }
    return texts;
}

QStringList rowTexts(QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column) {
        texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

QStringList column(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts.append(table->item(row, column)->text());
    }
    return texts;
}

} // namespace

class TestCatalogueView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    AppSession m_session;
    QString m_dbPath;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    void importWithCore(const QByteArray& csv, bool units)
    {
        QString error;
        const auto table = CatalogueImport::readTable(writeFile(QStringLiteral("seed.csv"), csv), &error);
        QVERIFY2(table, qPrintable(error));
        QSqlDatabase& db = m_session.database().connection();
        const ImportPlan plan
            = units ? CatalogueImport::planUnits(db, *table) : CatalogueImport::planPeople(db, *table);
        QVERIFY2(CatalogueImport::apply(m_session.database(), plan, Role::Administrator, Actor, &error),
                 qPrintable(error));
    }

    qint64 count(const char* table) const
    {
        return test::countRows(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    }

private Q_SLOTS:
    // A database of its own for each function: the units and people of UnitsCsv and PeopleCsv, and
    // the CCHC 2026 criteria set.
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("catalogue-%1.sqlite").arg(++m_databases));
        QString error;
        QVERIFY2(m_session.openDatabase(m_dbPath, &error, true), qPrintable(error));
        m_session.setUser(QStringLiteral("tester"), Role::Administrator);
        importWithCore(UnitsCsv, true);
        importWithCore(PeopleCsv, false);
        ValidationIssues issues;
        QVERIFY2(
            CriteriaSetStore::import(m_session.database().connection(),
                                     test::readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                                     Actor, &issues, &error),
            qPrintable(error));
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.closeDatabase();
    }

    void unitsAreATreeByParent()
    {
        CatalogueView view(m_session);
        QTreeWidget* tree = view.unitTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* province = tree->topLevelItem(0);
        QCOMPARE(province->text(1), QStringLiteral("LS"));
        QCOMPARE(province->text(0), QStringLiteral("UBND tỉnh Lạng Sơn"));
        QCOMPARE(province->childCount(), 2);
        QTreeWidgetItem* department = province->child(0);
        QCOMPARE(department->text(1), QStringLiteral("SNV"));
        QCOMPARE(department->childCount(), 1);
        QCOMPARE(department->child(0)->text(0), QStringLiteral("Phòng Tổ chức cán bộ"));
        QCOMPARE(province->child(1)->text(0), QStringLiteral("Ủy ban nhân dân xã Chi Lăng"));
    }

    void peopleAreSortedByGivenName()
    {
        CatalogueView view(m_session);
        QTableWidget* people = view.peopleTable();
        // An, Anh, Bình, Châu: by given name, whatever the family name.
        QCOMPARE(column(people, CatalogueView::NameColumn),
                 (QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Văn Anh"),
                              QStringLiteral("Trần Thị Bình"), QStringLiteral("Đỗ Minh Châu")}));
        QCOMPARE(people->item(0, CatalogueView::CodeColumn)->text(), QStringLiteral("P2"));
        QCOMPARE(people->item(0, CatalogueView::PositionColumn)->text(), QStringLiteral("Giám đốc"));
        QCOMPARE(people->item(0, CatalogueView::UnitColumn)->text(), QStringLiteral("Sở Nội vụ"));
        QCOMPARE(people->item(0, CatalogueView::TaskGroupColumn)->text(), QStringLiteral("Lãnh đạo"));
        QVERIFY(!people->item(0, CatalogueView::LeaderColumn)->text().isEmpty());
        QVERIFY(people->item(1, CatalogueView::LeaderColumn)->text().isEmpty());
    }

    void searchIgnoresDiacritics()
    {
        CatalogueView view(m_session);
        view.peopleSearch()->setText(QStringLiteral("nguyen"));
        QCOMPARE(column(view.peopleTable(), CatalogueView::NameColumn),
                 QStringList{QStringLiteral("Nguyễn Văn An")});
        view.peopleSearch()->setText(QStringLiteral("do minh"));
        QCOMPARE(column(view.peopleTable(), CatalogueView::NameColumn),
                 QStringList{QStringLiteral("Đỗ Minh Châu")});
        view.peopleSearch()->setText(QStringLiteral("van an"));
        QCOMPARE(view.peopleTable()->rowCount(), 2); // Văn An, Văn Anh
        view.peopleSearch()->clear();
        QCOMPARE(view.peopleTable()->rowCount(), 4);
    }

    void criteriaSetsAreListedAndShown()
    {
        CatalogueView view(m_session);
        QCOMPARE(view.criteriaSetList()->count(), 1);
        QCOMPARE(view.criteriaSetList()->currentRow(), 0);
        QVERIFY(view.criteriaSetList()->item(0)->text().contains(QStringLiteral("cchc-so-2026")));
        QCOMPARE(view.criteriaSetView()->criteriaSet().id, QStringLiteral("cchc-so-2026"));
        QVERIFY(view.criteriaSetView()->titleLabel()->text().contains(
            QStringLiteral("Chỉ số cải cách hành chính")));
    }

    void rejectedRowIsListedAndCannotBeImported()
    {
        CatalogueView view(m_session);
        const QString path
            = writeFile(QStringLiteral("bad-people.csv"),
                        "Mã,Họ và tên,Mã đơn vị\nP10,Phạm Thu Hà,SNV\nP11,Vũ Đức Long,KHONGCO\n");
        DialogService::setResponder([&](const DialogRequest& request) -> QVariant {
            return request.kind == DialogRequest::Kind::OpenFile ? QVariant(path) : QVariant();
        });
        const qint64 before = count("people");
        view.importPeopleButton()->click();
        ImportPreviewDialog* preview = view.importPreview();
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QTableWidget* table = preview->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, ImportPreviewDialog::ActionColumn)->data(Qt::UserRole).toInt(),
                 static_cast<int>(ImportPlan::Action::Create));
        QCOMPARE(table->item(1, ImportPreviewDialog::ActionColumn)->data(Qt::UserRole).toInt(),
                 static_cast<int>(ImportPlan::Action::Reject));
        QCOMPARE(table->item(1, ImportPreviewDialog::ActionColumn)->text(),
                 ImportPlan::actionName(ImportPlan::Action::Reject));
        QCOMPARE(table->item(1, ImportPreviewDialog::CodeColumn)->text(), QStringLiteral("P11"));
        QCOMPARE(table->item(1, ImportPreviewDialog::RowColumn)->text(), QStringLiteral("3"));
        QVERIFY(table->item(1, table->columnCount() - 1)->text().contains(QStringLiteral("KHONGCO")));
        QVERIFY(!preview->importButton()->isEnabled());
        if (qEnvironmentVariableIsSet("DANHGIA_CHART_DIR")) {
            const QDir dir(qEnvironmentVariable("DANHGIA_CHART_DIR"));
            QVERIFY(preview->grab().save(dir.filePath(QStringLiteral("import-preview.png"))));
            view.resize(1100, 600);
            view.show();
            view.tabs()->setCurrentIndex(static_cast<int>(CatalogueView::Tab::People));
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(dir.filePath(QStringLiteral("catalogue-people.png"))));
            view.tabs()->setCurrentIndex(static_cast<int>(CatalogueView::Tab::Units));
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(dir.filePath(QStringLiteral("catalogue-units.png"))));
            view.tabs()->setCurrentIndex(static_cast<int>(CatalogueView::Tab::CriteriaSets));
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(dir.filePath(QStringLiteral("catalogue-sets.png"))));
        }
        preview->cancelButton()->click();
        QCOMPARE(count("people"), before);
        QCOMPARE(qint64(view.peopleTable()->rowCount()), before);
    }

    // The preview shows every column the import writes, as it will be written: the kind of a unit;
    // the position, task group and leader of a person.
    void previewShowsEveryColumnItWrites()
    {
        CatalogueView view(m_session);
        const QString people = writeFile(QStringLiteral("all-columns.csv"),
                                         "Mã,Họ và tên,Chức vụ,Mã đơn vị,Nhóm nhiệm vụ,Lãnh đạo\n"
                                         "P30,Lý Thị Mai,Phó Giám đốc,SNV,Lãnh đạo,có\n"
                                         "P31,Chu Văn Nam,Chuyên viên,SNV,Tham mưu,\n");
        ImportPreviewDialog* preview = view.previewImport(ImportPlan::Subject::People, people);
        QVERIFY(preview);
        QTableWidget* table = preview->table();
        QCOMPARE(headers(table),
                 (QStringList{QStringLiteral("Dòng"), QStringLiteral("Thao tác"), QStringLiteral("Mã"),
                              QStringLiteral("Tên"), QStringLiteral("Đơn vị"), QStringLiteral("Chức vụ"),
                              QStringLiteral("Nhóm nhiệm vụ"), QStringLiteral("Lãnh đạo"),
                              QStringLiteral("Chi tiết")}));
        QCOMPARE(
            rowTexts(table, 0).mid(2, 6),
            (QStringList{QStringLiteral("P30"), QStringLiteral("Lý Thị Mai"), QStringLiteral("SNV"),
                         QStringLiteral("Phó Giám đốc"), QStringLiteral("Lãnh đạo"), QStringLiteral("Có")}));
        QCOMPARE(rowTexts(table, 1).mid(5, 3),
                 (QStringList{QStringLiteral("Chuyên viên"), QStringLiteral("Tham mưu"), QString()}));
        preview->cancelButton()->click();

        const QString units
            = writeFile(QStringLiteral("all-unit-columns.csv"),
                        "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n"
                        "SXD,Sở Xây dựng,sở,LS\nXDD,Ủy ban nhân dân xã Đồng Đăng,phường,LS\n");
        preview = view.previewImport(ImportPlan::Subject::Units, units);
        QVERIFY(preview);
        QCOMPARE(headers(preview->table()),
                 (QStringList{QStringLiteral("Dòng"), QStringLiteral("Thao tác"), QStringLiteral("Mã"),
                              QStringLiteral("Tên"), QStringLiteral("Đơn vị cấp trên"),
                              QStringLiteral("Loại"), QStringLiteral("Chi tiết")}));
        QCOMPARE(rowTexts(preview->table(), 0).at(5), QStringLiteral("Sở, ban, ngành"));
        QCOMPARE(rowTexts(preview->table(), 1).at(5), QStringLiteral("Xã, phường, đặc khu"));
        preview->cancelButton()->click();
    }

    // Every reason for a rejection is shown whole (wrapped, never cut at the end of its row), at the
    // dialog's own size and in a narrower one.
    void rejectionReasonsAreWhole()
    {
        CatalogueView view(m_session);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString path = writeFile(QStringLiteral("rejected-units.csv"),
                                       "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n"
                                       "A1,Đơn vị A,lạ,KHONGCO\nA2,,xã,KHAC\nA3,Phòng B,phòng,SNV\n");
        ImportPreviewDialog* preview = view.previewImport(ImportPlan::Subject::Units, path);
        QVERIFY(preview);
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        for (const int width : {preview->width(), 560}) {
            preview->resize(width, preview->height());
            QCoreApplication::processEvents();
            QTableWidget* table = preview->table();
            const int details = table->columnCount() - 1;
            const QFontMetrics metrics(table->font());
            const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString text = table->item(row, details)->text();
                const QRect cell = table->visualRect(table->model()->index(row, details));
                const QRect needed = metrics.boundingRect(QRect(0, 0, cell.width() - 2 * margin, 100000),
                                                          Qt::TextWordWrap, text);
                QVERIFY2(needed.height() <= cell.height(),
                         qPrintable(QStringLiteral("%1 pixels wide: row %2 needs %3 pixels, has %4: %5")
                                        .arg(width)
                                        .arg(row)
                                        .arg(needed.height())
                                        .arg(cell.height())
                                        .arg(text)));
            }
        }
        preview->cancelButton()->click();
    }

    // The user guide lists every column of both lists, under every title the import accepts, and
    // the values of the columns that take only some (the kind of a unit, a leader).
    void userGuideListsTheColumnsOfEachList()
    {
        QFile file(QStringLiteral(":/help/huong-dan-su-dung.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString guide = QString::fromUtf8(file.readAll());
        for (const auto* columns : {&CataloguePlanning::unitColumns(), &CataloguePlanning::personColumns()}) {
            for (const CataloguePlanning::Column& column : *columns) {
                for (const QString& title : column.titles) {
                    QVERIFY2(guide.contains(title), qPrintable(title));
                }
            }
        }
        for (const char* kind : {"tỉnh", "sở", "ban", "ngành", "xã", "phường", "đặc khu", "phòng", "khác"}) {
            const QString value = QStringLiteral("`%1`").arg(QString::fromUtf8(kind));
            QVERIFY2(guide.contains(value), qPrintable(value));
            QVERIFY(!CataloguePlanning::kindOf(QString::fromUtf8(kind)).isEmpty());
        }
        for (const char* leader : {"có", "x", "1", "yes", "không", "0", "no"}) {
            const QString value = QStringLiteral("`%1`").arg(QString::fromUtf8(leader));
            QVERIFY2(guide.contains(value), qPrintable(value));
            QVERIFY(CataloguePlanning::leaderOf(QString::fromUtf8(leader)));
        }
    }

    void declinedImportWritesNothing()
    {
        CatalogueView view(m_session);
        const QString path
            = writeFile(QStringLiteral("new-units.csv"),
                        "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\nSTC,Sở Tài chính,Sở,LS\n");
        const qint64 units = count("units");
        const qint64 outbox = count("outbox");
        ImportPreviewDialog* preview = view.previewImport(ImportPlan::Subject::Units, path);
        QVERIFY(preview);
        QCOMPARE(preview->table()->rowCount(), 1);
        QVERIFY(preview->importButton()->isEnabled());
        preview->cancelButton()->click();
        QCOMPARE(count("units"), units);
        QCOMPARE(count("outbox"), outbox);
        QCOMPARE(view.unitTree()->topLevelItem(0)->childCount(), 2);
    }

    void confirmedImportWritesAndReloads()
    {
        CatalogueView view(m_session);
        const QString path
            = writeFile(QStringLiteral("more-people.csv"),
                        "Mã,Họ và tên,Mã đơn vị\nP20,Hoàng Thị Yến,XCL\nP2,Nguyễn Văn An,PTC\n");
        ImportPreviewDialog* preview = view.previewImport(ImportPlan::Subject::People, path);
        QVERIFY(preview);
        QCOMPARE(preview->table()->item(0, ImportPreviewDialog::ActionColumn)->data(Qt::UserRole).toInt(),
                 static_cast<int>(ImportPlan::Action::Create));
        QCOMPARE(preview->table()->item(1, ImportPreviewDialog::ActionColumn)->data(Qt::UserRole).toInt(),
                 static_cast<int>(ImportPlan::Action::Update));
        const qint64 before = count("people");
        preview->importButton()->click();
        QCOMPARE(count("people"), before + 1);
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Positive);
        view.peopleSearch()->setText(QStringLiteral("hoang thi"));
        QCOMPARE(column(view.peopleTable(), CatalogueView::NameColumn),
                 QStringList{QStringLiteral("Hoàng Thị Yến")});
        view.peopleSearch()->setText(QStringLiteral("nguyen van an"));
        QCOMPARE(view.peopleTable()->rowCount(), 1);
        QCOMPARE(view.peopleTable()->item(0, CatalogueView::UnitColumn)->text(),
                 QStringLiteral("Phòng Tổ chức cán bộ"));
    }

    void unreadableFileGoesToTheMessageBar()
    {
        CatalogueView view(m_session);
        QVERIFY(
            !view.previewImport(ImportPlan::Subject::Units, m_dir.filePath(QStringLiteral("missing.csv"))));
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY(!view.importPreview());
    }

    void cancelledFileChoiceDoesNothing()
    {
        CatalogueView view(m_session);
        DialogService::setResponder([](const DialogRequest&) -> QVariant { return QString(); });
        view.importUnitsButton()->click();
        QVERIFY(!view.importPreview());
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestCatalogueView)
#include "TestCatalogueView.moc"
