// A campaign set up from nothing on the Campaigns screen, with real widgets and a real database:
// the catalogue and a criteria set imported from an Excel template (the criteria table reader), the
// campaign dialog with the classification default of the rules and a refused wrong order of the
// deadlines (every value kept), the participants found without diacritics, pasted and imported
// from an Excel list, the preview of the sheets before "Create sheets", then the queue late only
// for the stage whose deadline passed; the campaign closed at the end.

#include "AppSession.h"
#include "ApprovalQueueModel.h"
#include "ApprovalQueueView.h"
#include "CampaignDialog.h"
#include "CampaignParticipantsDialog.h"
#include "CampaignsView.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "criteria/CriteriaTableReader.h"
#include "scoring/ScoreSheetReader.h"
#include "services/CatalogueImport.h"
#include "services/SheetTransitions.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "tabular/TabularReader.h"
#include "tabular/XlsxWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

namespace {

QString writeXlsx(const QString& file, const QList<QStringList>& rows)
{
    XlsxWriter writer(file);
    writer.addSheet(QStringLiteral("Trang 1"));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            writer.writeText(r, c, rows[r][c]);
        }
    }
    if (!writer.close()) {
        qFatal("cannot write %s", qPrintable(file));
    }
    return file;
}

} // namespace

class TestCampaignSetupView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;

    qint64 count(const QString& sql)
    {
        QSqlQuery query(m_session->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // The units and people of the province, from a CSV list each, as the Catalogue screen imports them.
    bool importCatalogue(QString* error)
    {
        const QString units = m_dir->filePath(QStringLiteral("donvi.csv"));
        const QString people = m_dir->filePath(QStringLiteral("canbo.csv"));
        for (const auto& [path, text] :
             {std::pair{units,
                        QByteArray("Mã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên\n"
                                   "LS;UBND tỉnh Lạng Sơn;tỉnh;\nXCL;UBND xã Chi Lăng;xã;LS\n")},
              std::pair{people,
                        QByteArray("Mã;Họ và tên;Mã đơn vị;Nhóm nhiệm vụ\n"
                                   "CC01;Hoàng Văn Bình;XCL;Chuyên viên\n"
                                   "CC02;Nguyễn Thị An;XCL;Chuyên viên\n"
                                   "CC03;Lê Văn Cường;LS;Chuyên viên\n")}}) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
                *error = path;
                return false;
            }
        }
        const auto unitTable = CatalogueImport::readTable(units, error);
        const auto peopleTable = unitTable ? CatalogueImport::readTable(people, error) : std::nullopt;
        if (!peopleTable) {
            return false;
        }
        QSqlDatabase& db = m_session->database().connection();
        const ImportPlan unitPlan = CatalogueImport::planUnits(db, *unitTable);
        const ImportPlan peoplePlan = CatalogueImport::planPeople(db, *peopleTable, {unitPlan});
        return CatalogueImport::apply(m_session->database(), {unitPlan, peoplePlan}, Role::Administrator,
                                      QStringLiteral("admin"), error);
    }

    // A staff criteria set filled in the Excel template (one row per criterion), read by the
    // criteria table reader and stored.
    bool importCriteriaTemplate(QString* error)
    {
        const QString file = writeXlsx(
            m_dir->filePath(QStringLiteral("tieu-chi.xlsx")),
            {{QStringLiteral("Mã"), QStringLiteral("Tiêu chí"), QStringLiteral("Điểm tối đa"),
              QStringLiteral("Phương pháp"), QStringLiteral("Mức"), QStringLiteral("Tài liệu kiểm chứng")},
             {QStringLiteral("1"), QStringLiteral("Tiêu chí chung"), QStringLiteral("30"), QString(),
              QString(), QString()},
             {QStringLiteral("1.1"), QStringLiteral("Chính trị, đạo đức"), QStringLiteral("30"),
              QStringLiteral("Chọn mức"), QStringLiteral("Tốt=30; Đạt=20; Không đạt=0"),
              QStringLiteral("Không")},
             {QStringLiteral("2"), QStringLiteral("Kết quả nhiệm vụ"), QStringLiteral("70"),
              QStringLiteral("Chọn mức"), QStringLiteral("Hoàn thành=70; Chưa hoàn thành=30"),
              QStringLiteral("Không")}});
        const auto table = TabularReader::read(file, error);
        if (!table) {
            return false;
        }
        ValidationIssues issues;
        const auto json = CriteriaTableReader::toCriteriaJson(
            *table, QStringLiteral("cong-chuc-mau"), 1, QStringLiteral("Đánh giá công chức (mẫu Excel)"),
            QStringLiteral("staff"), &issues);
        if (!json) {
            *error = issues.isEmpty() ? QStringLiteral("the template was not read") : issues.first().toText();
            return false;
        }
        return CriteriaSetStore::import(m_session->database().connection(),
                                        QJsonDocument(*json).toJson(QJsonDocument::Compact),
                                        QStringLiteral("admin"), &issues, error)
            .has_value();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<AppSession>();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("moi.sqlite")), &error, true),
                 qPrintable(error));
        m_session->setUser(QStringLiteral("Quản trị viên"), Role::Administrator);
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.reset();
        m_dir.reset();
    }

    void campaignFromNothing()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
        QString error;
        QVERIFY2(importCatalogue(&error), qPrintable(error));
        QVERIFY2(importCriteriaTemplate(&error), qPrintable(error));

        CampaignsView view(*m_session);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->rowCount(), 0);
        auto* newButton = view.findChild<QPushButton*>(QStringLiteral("newCampaignButton"));
        QVERIFY(newButton && newButton->isEnabled());
        newButton->click();
        CampaignDialog* dialog = view.campaignDialog();
        QVERIFY(dialog && dialog->isVisible());

        // The kind chooses among the criteria sets of that kind: the one from the template.
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("staff")));
        QCOMPARE(dialog->criteriaBox()->count(), 1);
        QVERIFY(dialog->criteriaBox()->currentText().contains(QStringLiteral("cong-chuc-mau")));
        const QDate today = QDate::currentDate();
        const QString year = QString::number(today.year());
        dialog->codeEdit()->setText(QStringLiteral("DG-") + year);
        dialog->titleEdit()->setText(QStringLiteral("Đánh giá công chức năm ") + year);
        dialog->periodsEdit()->setText(year);
        // The classification deadline of the rules is shown as the default: 15 December, or 15
        // January of the next year for a special calendar.
        QVERIFY(dialog->deadlineBox(DeadlineStage::Classification)->isChecked());
        QCOMPARE(dialog->deadlineEdit(DeadlineStage::Classification)->date(), QDate(today.year(), 12, 15));
        dialog->specialCalendarBox()->setChecked(true);
        QCOMPARE(dialog->deadlineEdit(DeadlineStage::Classification)->date(), QDate(today.year() + 1, 1, 15));

        // The self-assessment deadline passed two days ago, the appraisal one comes in ten; first
        // typed with the appraisal before the self-assessment: refused, every value kept.
        dialog->deadlineBox(DeadlineStage::SelfAssessment)->setChecked(true);
        dialog->deadlineEdit(DeadlineStage::SelfAssessment)->setDate(today.addDays(-2));
        dialog->deadlineBox(DeadlineStage::Appraisal)->setChecked(true);
        dialog->deadlineEdit(DeadlineStage::Appraisal)->setDate(today.addDays(-5));
        dialog->deadlineEdit(DeadlineStage::Classification)->setDate(today.addDays(40));
        Q_EMIT dialog->submitted();
        QVERIFY(dialog->isVisible());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
        auto* problem = dialog->findChild<MessageBar*>()->findChild<QLabel*>();
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(today.addDays(-5).toString(QStringLiteral("dd/MM/yyyy"))),
                 qPrintable(problem->text()));
        QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Đánh giá công chức năm ") + year);
        QCOMPARE(dialog->deadlineEdit(DeadlineStage::Classification)->date(), today.addDays(40));

        dialog->deadlineEdit(DeadlineStage::Appraisal)->setDate(today.addDays(10));
        Q_EMIT dialog->submitted();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE self_deadline = '%1' AND "
                                 "appraisal_deadline = '%2' AND classification_deadline = '%3'")
                      .arg(today.addDays(-2).toString(Qt::ISODate), today.addDays(10).toString(Qt::ISODate),
                           today.addDays(40).toString(Qt::ISODate))),
            1);
        QCOMPARE(view.table()->rowCount(), 1);

        // The participants page opens at once: found without diacritics, pasted, imported.
        CampaignParticipantsDialog* participants = view.participantsDialog();
        QVERIFY(participants && participants->isVisible());
        participants->searchEdit()->setText(QStringLiteral("nguyen thi"));
        QCOMPARE(participants->candidates()->count(), 1);
        participants->candidates()->item(0)->setSelected(true);
        participants->addChosen();
        QCOMPARE(participants->participants()->count(), 1);
        // A pasted list with an unknown code: nobody added, the text kept to correct.
        participants->pasteEdit()->setPlainText(QStringLiteral("CC01\nCC09"));
        participants->addPasted();
        QCOMPARE(participants->participants()->count(), 1);
        QCOMPARE(participants->pasteEdit()->toPlainText(), QStringLiteral("CC01\nCC09"));
        participants->pasteEdit()->setPlainText(QStringLiteral("CC01"));
        participants->addPasted();
        QCOMPARE(participants->participants()->count(), 2);
        // An Excel list: CC02 is there already, CC03 is added.
        const QString list = writeXlsx(m_dir->filePath(QStringLiteral("danh-sach.xlsx")),
                                       {{QStringLiteral("STT"), QStringLiteral("Mã cán bộ")},
                                        {QStringLiteral("1"), QStringLiteral("CC02")},
                                        {QStringLiteral("2"), QStringLiteral("CC03")}});
        QVERIFY(participants->importList(list));
        QCOMPARE(participants->participants()->count(), 3);

        // The preview before anything is created; then the sheets, once.
        QCOMPARE(participants->preview()->rowCount(), 3);
        QCOMPARE(participants->preview()->item(0, 0)->text(), QStringLiteral("CC01"));
        QCOMPARE(participants->preview()->item(0, 4)->text(), year);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 0);
        const QString willBeCreated = participants->preview()->item(0, 5)->text();
        QVERIFY(participants->createButton()->isEnabled());
        participants->createButton()->click();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets WHERE state = 'draft'")), 3);
        QVERIFY(!participants->createButton()->isEnabled());
        for (int row = 0; row < participants->preview()->rowCount(); ++row) {
            QVERIFY(participants->preview()->item(row, 5)->text() != willBeCreated);
        }
        participants->accept();

        // CC01 fills in and submits the self-assessment (after its deadline: late, not overdue);
        // CC02 and CC03 have not submitted.
        ValidationIssues issues;
        const ScoreSheet filled = ScoreSheetReader::read(
            QStringLiteral(R"({"format": "danhgia.scores/1", "criteria": "cong-chuc-mau",
                "subject": {"id": "CC01", "name": "Hoàng Văn Bình"}, "period": "%1", "stage": "self",
                "values": {"1.1": {"level": 0}, "2": {"level": 0}}})")
                .arg(year)
                .toUtf8(),
            &issues);
        QSqlQuery campaignRow(m_session->database().connection());
        QVERIFY(campaignRow.exec(QStringLiteral("SELECT id FROM campaigns")) && campaignRow.next());
        const auto sheetId
            = SheetStore::save(m_session->database().connection(), campaignRow.value(0).toLongLong(), filled,
                               QStringLiteral("CC01"), QString(), &error);
        QVERIFY2(sheetId, qPrintable(error));
        QVERIFY2(SheetTransitions::apply(m_session->database(), *sheetId, WorkflowAction::Submit,
                                         Role::SelfAssessor, QStringLiteral("CC01"), QString(), &error),
                 qPrintable(error));

        // The queue of who self-assesses: the two drafts, late for the self-assessment; that of
        // the appraiser: CC01's sheet, submitted, measured against the appraisal deadline, not late.
        const auto checkQueue = [&](Role role, const QStringList& subjects) {
            m_session->setUser(QStringLiteral("Người dùng"), role);
            ApprovalQueueView queue(*m_session);
            queue.reload();
            const ApprovalQueueModel* model = queue.queueModel();
            QStringList listed;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, ApprovalQueueModel::DeadlineColumn);
                const QString subject = model->item(row).subjectCode;
                listed.append(subject);
                const QStringList late = index.data(ApprovalQueueModel::OverdueStagesRole).toStringList();
                // The tooltip gives every stage's deadline, one a line.
                QCOMPARE(static_cast<int>(index.data(Qt::ToolTipRole).toString().count(QLatin1Char('\n'))),
                         2);
                if (subject == QLatin1String("CC01")) {
                    QVERIFY2(late.isEmpty(), qPrintable(late.join(QLatin1Char(','))));
                    QVERIFY(!index.data(ApprovalQueueModel::OverdueRole).toBool());
                    QCOMPARE(index.data().toString(),
                             today.addDays(10).toString(QStringLiteral("dd/MM/yyyy")));
                } else {
                    QCOMPARE(late, QStringList{QStringLiteral("self")});
                    QVERIFY(index.data(ApprovalQueueModel::OverdueRole).toBool());
                    QCOMPARE(index.data().toString(),
                             today.addDays(-2).toString(QStringLiteral("dd/MM/yyyy")));
                }
            }
            QCOMPARE(listed, subjects);
        };
        checkQueue(Role::SelfAssessor, {QStringLiteral("CC02"), QStringLiteral("CC03")});
        checkQueue(Role::Appraiser, {QStringLiteral("CC01")});
        m_session->setUser(QStringLiteral("Quản trị viên"), Role::Administrator);

        // Closed: kept as it is, the setup buttons off.
        view.reload();
        view.table()->selectRow(0);
        DialogService::setResponder(
            [](const DialogRequest&) -> QVariant { return QStringLiteral("Kết thúc năm"); });
        view.findChild<QPushButton*>(QStringLiteral("closeCampaignButton"))->click();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE closed_at IS NOT NULL")), 1);
        view.table()->selectRow(0);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("editCampaignButton"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("campaignParticipantsButton"))->isEnabled());
    }

    // Who does not set up campaigns sees the actions, off, with the reason.
    void onlyTheAdministratorSetsUp()
    {
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::UnitHead);
        CampaignsView view(*m_session);
        auto* newButton = view.findChild<QPushButton*>(QStringLiteral("newCampaignButton"));
        QVERIFY(!newButton->isEnabled());
        QVERIFY(!newButton->toolTip().isEmpty());
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestCampaignSetupView)
#include "TestCampaignSetupView.moc"
