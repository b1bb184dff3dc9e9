#include <QApplication>

// The appraisal council of a campaign set up in the app and its minutes printed for every
// appraised unit in one action, on real widgets and a copy of the demo database: the founding
// decision, the members with one absent, the quorum as it stands, the conclusion; a wrong date
// refused with nothing typed lost; the batch written to the folder the user picks with a
// summary; one PDF read back with pdftotext finds the members, the quorum and the conclusion.

#include "AppSession.h"
#include "AppraisalCouncilDialog.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "PdfProbe.h"
#include "SheetsPage.h"
#include "TestSupport.h"
#include "demo/DemoDatabase.h"
#include "sources/AppraisalCouncilDetails.h"
#include "sources/AppraisalMinutesSource.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::ui;

namespace {

const QString Conclusion
    = QStringLiteral("Hội đồng thống nhất kết quả thẩm định và đề nghị đơn vị khắc phục tồn tại.");

} // namespace

class TestAppraisalCouncilPrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_copies = 0;
    AppSession m_session;
    QStringList m_warnings;
    QString m_summary;

    void chooseParCampaign(SheetsPage& page)
    {
        auto* combo = page.findChild<QComboBox*>();
        QVERIFY(combo);
        const int index = combo->findData(QLatin1String(DemoDatabase::ParCampaign));
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demoPath, &error), qPrintable(error));
    }

    // A copy of the demo database for each function, opened by the administrator.
    void init()
    {
        m_warnings.clear();
        m_summary.clear();
        const QString copy = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_demoPath, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY2(m_session.openDatabase(copy, &error), qPrintable(error));
        m_session.setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
        const QString folder = m_dir.filePath(QStringLiteral("bien-ban-%1").arg(m_copies));
        DialogService::setResponder([this, folder](const DialogRequest& request) -> QVariant {
            if (request.kind == DialogRequest::Kind::Folder) {
                return folder;
            }
            if (request.kind == DialogRequest::Kind::Warning) {
                m_warnings.append(request.text);
            }
            if (request.kind == DialogRequest::Kind::Information) {
                m_summary = request.text;
            }
            return {};
        });
    }

    void cleanup()
    {
        AppraisalCouncilDialog::setObserver({});
        DialogService::setResponder({});
        m_session.closeDatabase();
    }

    void aWrongDateIsRefusedAndTheQuorumFollowsThePresent()
    {
        SheetsPage page(m_session);
        chooseParCampaign(page);
        bool seen = false;
        AppraisalCouncilDialog::setObserver([&seen](AppraisalCouncilDialog& dialog) {
            seen = true;
            dialog.decisionNumberEdit()->setText(QStringLiteral("125/QĐ-UBND"));
            dialog.decisionDateEdit()->setText(QStringLiteral("32/01/2026"));
            dialog.decisionSignerEdit()->setText(QStringLiteral("Chủ tịch UBND tỉnh Lạng Sơn"));
            dialog.addMemberRow(QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("Chủ tịch Hội đồng"));
            dialog.addMemberRow(QStringLiteral("Bế Thị Thanh Hoa"), QStringLiteral("Thư ký"), false);
            QVERIFY2(dialog.quorumLabel()->text().contains(QStringLiteral("1/2")),
                     qPrintable(dialog.quorumLabel()->text()));
            const QString noQuorum = dialog.quorumLabel()->text();
            dialog.membersTable()->item(1, AppraisalCouncilDialog::PresentColumn)->setCheckState(Qt::Checked);
            QVERIFY(dialog.quorumLabel()->text().contains(QStringLiteral("2/2")));
            QVERIFY(dialog.quorumLabel()->text() != noQuorum);
            dialog.accept();
            QVERIFY(!dialog.saved());
            QVERIFY2(dialog.problemsLabel()->text().contains(QStringLiteral("32/01/2026")),
                     qPrintable(dialog.problemsLabel()->text()));
            QCOMPARE(dialog.decisionNumberEdit()->text(), QStringLiteral("125/QĐ-UBND"));
            QCOMPARE(dialog.membersTable()->rowCount(), 2);
        });
        page.findChild<QAction*>(QStringLiteral("appraisalCouncilAction"))->trigger();
        QVERIFY(seen);
        QString error;
        const auto stored = AppraisalCouncilDetails::load(m_session.database().connection(),
                                                          QLatin1String(DemoDatabase::ParCampaign), &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(stored->members.isEmpty());
    }

    void minutesOfEveryAppraisedUnitCarryTheCouncil()
    {
        SheetsPage page(m_session);
        chooseParCampaign(page);
        AppraisalCouncilDialog::setObserver([](AppraisalCouncilDialog& dialog) {
            dialog.decisionNumberEdit()->setText(QStringLiteral("125/QĐ-UBND"));
            dialog.decisionDateEdit()->setText(QStringLiteral("05/01/2026"));
            dialog.decisionSignerEdit()->setText(QStringLiteral("Chủ tịch UBND tỉnh Lạng Sơn"));
            dialog.addMemberRow(QStringLiteral("Hoàng Văn Thụ"),
                                QStringLiteral("Giám đốc Sở Nội vụ, Chủ tịch Hội đồng"));
            dialog.addMemberRow(QStringLiteral("Nông Thị Lan"), QStringLiteral("Ủy viên"));
            dialog.addMemberRow(QStringLiteral("Lý Văn Sơn"), QStringLiteral("Ủy viên"), false);
            dialog.conclusionEdit()->setPlainText(Conclusion);
            dialog.accept();
            QVERIFY2(dialog.saved(), qPrintable(dialog.problemsLabel()->text()));
        });
        page.findChild<QAction*>(QStringLiteral("appraisalCouncilAction"))->trigger();

        page.findChild<QAction*>(QStringLiteral("printAllAppraisalAction"))->trigger();
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QString error;
        const auto appraised = AppraisalMinutesSource::appraisedSheets(
            m_session.database().connection(), QLatin1String(DemoDatabase::ParCampaign), &error);
        QVERIFY2(appraised && appraised->size() >= 2, qPrintable(error));
        const QString folder = m_dir.filePath(QStringLiteral("bien-ban-%1").arg(m_copies));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(files.size(), appraised->size());
        QVERIFY2(m_summary.contains(QString::number(files.size())), qPrintable(m_summary));

        const QString text = danhgia::test::PdfProbe(QDir(folder).filePath(files.first())).flatText();
        for (const QString& expected :
             {QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("Nông Thị Lan"), QStringLiteral("Lý Văn Sơn"),
              QStringLiteral("vắng mặt: 1"), QStringLiteral("2/3"), QStringLiteral("quá một nửa"),
              QStringLiteral("125/QĐ-UBND"), QStringLiteral("khắc phục tồn tại")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in:\n") + text.left(3000)));
        }
    }

    // A unit whose appraisal no longer fits the criteria set is named with the reason; the other
    // units are printed all the same.
    void aUnitThatCannotBePrintedIsNamed()
    {
        QString error;
        const auto appraised = AppraisalMinutesSource::appraisedSheets(
            m_session.database().connection(), QLatin1String(DemoDatabase::ParCampaign), &error);
        QVERIFY2(appraised && appraised->size() >= 2, qPrintable(error));
        QSqlQuery query(m_session.database().connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT s.subject_code, u.name, v.value FROM score_sheets s JOIN units u ON "
                           "u.code = s.subject_code JOIN sheet_values v ON v.sheet_id = s.id WHERE "
                           "s.id = %1 AND v.stage = 'appraised' LIMIT 1")
                .arg(appraised->first())));
        QVERIFY(query.next());
        const QString unitName = query.value(1).toString();
        const QString value = query.value(2).toString();
        query.prepare(QStringLiteral("INSERT INTO sheet_values (sheet_id, code, stage, value) VALUES (?, "
                                     "'KHONG-CO', 'appraised', ?)"));
        query.addBindValue(appraised->first());
        query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        SheetsPage page(m_session);
        chooseParCampaign(page);
        page.findChild<QAction*>(QStringLiteral("printAllAppraisalAction"))->trigger();
        const QString folder = m_dir.filePath(QStringLiteral("bien-ban-%1").arg(m_copies));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}).size(), appraised->size() - 1);
        QVERIFY2(m_summary.contains(unitName) && m_summary.contains(QStringLiteral("KHONG-CO")),
                 qPrintable(m_summary));
    }

    void aCampaignNotChosenIsSaid()
    {
        SheetsPage page(m_session);
        page.findChild<QAction*>(QStringLiteral("printAllAppraisalAction"))->trigger();
        bool said = false;
        for (const MessageBar* bar : page.findChildren<MessageBar*>()) {
            said = said || bar->text().contains(QStringLiteral("đợt đánh giá"));
        }
        QVERIFY(said);
        QVERIFY(m_summary.isEmpty() && m_warnings.isEmpty());
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestAppraisalCouncilPrint)
#include "TestAppraisalCouncilPrint.moc"
