// Printing from the screens on the demo database: every document opens in the preview with its
// data, the header of reports is kept per unit, and a campaign's sheets are exported to PDF files.

#include <QApplication>

#include "AppSession.h"
#include "CampaignsView.h"
#include "DialogService.h"
#include "DocumentActions.h"
#include "DocumentDialog.h"
#include "DocumentSettingsForm.h"
#include "PdfProbe.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "queries/Listings.h"
#include "sources/DocumentSettingsStore.h"
#include "stores/CouncilStore.h"
#include "workflow/Role.h"

#include <QDir>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::ui;

class TestDocumentActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath; // built once, copied for each function
    int m_copies = 0;
    AppSession m_session;
    QStringList m_warnings;

    qint64 firstId(const QString& sql)
    {
        QSqlQuery query(m_session.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
    }

    // Runs `action` and returns the HTML of the document its dialog showed (empty: no dialog).
    QString shown(const std::function<void()>& action, int* pages = nullptr)
    {
        QString html;
        DocumentActions::setDialogObserver([&](DocumentDialog& dialog) {
            html = dialog.document().html;
            if (pages) {
                *pages = int(dialog.document().tables.size());
            }
        });
        action();
        DocumentActions::setDialogObserver({});
        return html;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demoPath, &error), qPrintable(error));
        DialogService::setResponder([this](const DialogRequest& request) -> QVariant {
            if (request.kind == DialogRequest::Kind::Warning) {
                m_warnings.append(request.text);
            }
            return {};
        });
    }

    void cleanupTestCase() { DialogService::setResponder({}); }
    // A copy of the demo database of its own for each function, opened by the administrator.
    void init()
    {
        m_warnings.clear();
        const QString copy = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_demoPath, copy));
        QString error;
        QVERIFY2(m_session.openDatabase(copy, &error), qPrintable(error));
        m_session.setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
    }

    void cleanup() { m_session.closeDatabase(); }

    void councilMinutesShowTheCandidates()
    {
        const qint64 council = firstId(QStringLiteral("SELECT id FROM council_sessions ORDER BY id"));
        QVERIFY(council > 0);
        const QString html = shown([&] { DocumentActions::printCouncil(nullptr, m_session, council); });
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QVERIFY(html.contains(QStringLiteral("BIÊN BẢN")));
        QVERIFY(html.contains(QStringLiteral("SÁT HẠCH")));
    }

    void reportAndDecisionOfTheStaffCampaign()
    {
        const QString report = shown([&] {
            DocumentActions::printReport(nullptr, m_session, QLatin1String(DemoDatabase::StaffCampaign));
        });
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QVERIFY(report.contains(QStringLiteral("BÁO CÁO")));
        QVERIFY(report.contains(QStringLiteral("Nguyễn Văn An")));
        const QString decision = shown([&] {
            DocumentActions::printDecision(nullptr, m_session, QLatin1String(DemoDatabase::StaffCampaign));
        });
        QVERIFY(decision.contains(QStringLiteral("QUYẾT ĐỊNH")));
    }

    void reportHeaderIsKeptForTheUnit()
    {
        QString error;
        DocumentActions::setDialogObserver([&](DocumentDialog& dialog) {
            const QString pdf = m_dir.filePath(QStringLiteral("bao-cao.pdf"));
            DialogService::setResponder([pdf](const DialogRequest& request) -> QVariant {
                return request.kind == DialogRequest::Kind::SaveFile ? QVariant(pdf) : QVariant();
            });
            DocumentSettings edited = dialog.settings();
            edited.signer.name = QStringLiteral("Đinh Thị Thu Hương");
            dialog.settingsForm()->setSettings(edited);
            QVERIFY(dialog.savePdf());
            QVERIFY(danhgia::test::PdfProbe(pdf).flatText().contains(QStringLiteral("Đinh Thị Thu Hương")));
        });
        DocumentActions::printReport(nullptr, m_session, QLatin1String(DemoDatabase::StaffCampaign));
        DocumentActions::setDialogObserver({});
        initTestCase_responder();
        const auto unit = DocumentSettingsStore::homeAffairsUnit(m_session.database().connection(), &error);
        QVERIFY2(unit && !unit->isEmpty(), qPrintable(error));
        const auto loaded = DocumentSettingsStore::load(m_session.database().connection(), *unit,
                                                        QDate(2026, 12, 1), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->settings.signer.name, QStringLiteral("Đinh Thị Thu Hương"));
    }

    void sheetAndAppraisalMinutes()
    {
        const qint64 staffSheet
            = firstId(QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id "
                                     "= s.campaign_id WHERE c.code = 'CCVC-2026-Q4' "
                                     "ORDER BY s.id"));
        QVERIFY(staffSheet > 0);
        const QString sheet = shown([&] { DocumentActions::printSheet(nullptr, m_session, staffSheet); });
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QVERIFY(sheet.contains(QStringLiteral("PHIẾU ĐÁNH GIÁ")));

        const qint64 parSheet
            = firstId(QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = "
                                     "s.campaign_id WHERE c.code = 'CCHC-2026' AND s.subject_code = 'SYT'"));
        QVERIFY(parSheet > 0);
        const QString minutes
            = shown([&] { DocumentActions::printAppraisalMinutes(nullptr, m_session, parSheet); });
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QVERIFY(minutes.contains(QStringLiteral("Sở Y tế")));

        // A staff sheet has no appraisal minutes of a unit; the user is told why, nothing opens.
        const qint64 draft
            = firstId(QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = "
                                     "s.campaign_id WHERE c.code = 'CCVC-2026-Q4' "
                                     "AND s.state = 'draft' ORDER BY s.id"));
        QVERIFY(draft > 0);
        QVERIFY(shown([&] { DocumentActions::printAppraisalMinutes(nullptr, m_session, draft); }).isEmpty());
        QCOMPARE(m_warnings.size(), 1);
    }

    // The chair and the secretary typed for the appraisal minutes of one unit are the council's:
    // the next minutes of the same campaign's council (another unit) start with them, kept in the
    // database (outbox and audit trail), not in the settings of this computer.
    void appraisalMinutesRememberTheCouncilSigners()
    {
        const auto parSheet = [this](const char* unit) {
            return firstId(
                QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = "
                               "s.campaign_id WHERE c.code = 'CCHC-2026' AND s.subject_code = '%1'")
                    .arg(QLatin1String(unit)));
        };
        const qint64 health = parSheet("SYT");
        const qint64 finance = parSheet("STC");
        QVERIFY(health > 0 && finance > 0);
        const QString pdf = m_dir.filePath(QStringLiteral("bien-ban-tham-dinh.pdf"));
        DocumentSettings first;
        DocumentActions::setDialogObserver([&](DocumentDialog& dialog) {
            first = dialog.settings();
            DialogService::setResponder([pdf](const DialogRequest& request) -> QVariant {
                return request.kind == DialogRequest::Kind::SaveFile ? QVariant(pdf) : QVariant();
            });
            DocumentSettings edited = dialog.settings();
            edited.chair.name = QStringLiteral("Hoàng Văn Thụ");
            edited.secretary.name = QStringLiteral("Bế Thị Thanh Hoa");
            dialog.settingsForm()->setSettings(edited);
            QVERIFY(dialog.savePdf());
        });
        DocumentActions::printAppraisalMinutes(nullptr, m_session, health);
        initTestCase_responder();
        QVERIFY(first.chair.name.isEmpty() && first.secretary.name.isEmpty());
        QVERIFY(danhgia::test::PdfProbe(pdf).flatText().contains(QStringLiteral("Bế Thị Thanh Hoa")));

        // The minutes of another unit appraised by the same council start with them.
        DocumentSettings next;
        DocumentActions::setDialogObserver([&](DocumentDialog& dialog) { next = dialog.settings(); });
        DocumentActions::printAppraisalMinutes(nullptr, m_session, finance);
        QCOMPARE(next.chair.name, QStringLiteral("Hoàng Văn Thụ"));
        QCOMPARE(next.secretary.name, QStringLiteral("Bế Thị Thanh Hoa"));

        // In the database: another session on the same file finds them too.
        AppSession other;
        QString error;
        QVERIFY2(other.openDatabase(m_session.databasePath(), &error), qPrintable(error));
        next = DocumentSettings();
        DocumentActions::printAppraisalMinutes(nullptr, other, health);
        DocumentActions::setDialogObserver({});
        QCOMPARE(next.chair.name, QStringLiteral("Hoàng Văn Thụ"));
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        const QString path = m_session.databasePath();
        QCOMPARE(danhgia::test::countRows(
                     path,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'appraisal_councils' "
                                    "AND new_value LIKE '%Bế Thị Thanh Hoa%'")),
                 1);
        QCOMPARE(danhgia::test::countRows(
                     path,
                     QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'appraisal_councils' "
                                    "AND payload LIKE '%Bế Thị Thanh Hoa%'")),
                 1);
    }

    void campaignSheetsExportedToAFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("phieu"));
        QString summary;
        DialogService::setResponder([&](const DialogRequest& request) -> QVariant {
            if (request.kind == DialogRequest::Kind::Folder) {
                return folder;
            }
            if (request.kind == DialogRequest::Kind::Information) {
                summary = request.text;
            }
            return {};
        });
        CampaignsView view(m_session);
        view.show();
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("campaignTable"));
        QVERIFY(table && table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String(DemoDatabase::ParCampaign)) {
                table->setCurrentCell(row, 1);
            }
        }
        auto* button = view.findChild<QPushButton*>(QStringLiteral("exportSheetsButton"));
        QVERIFY(button);
        button->click();
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(files.size(), 6); // the six departments of the PAR index
        QVERIFY2(summary.contains(QStringLiteral("6")), qPrintable(summary));
        initTestCase_responder();
    }

private:
    void initTestCase_responder()
    {
        DialogService::setResponder([this](const DialogRequest& request) -> QVariant {
            if (request.kind == DialogRequest::Kind::Warning) {
                m_warnings.append(request.text);
            }
            return {};
        });
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestDocumentActions)
#include "TestDocumentActions.moc"
