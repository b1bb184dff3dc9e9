#include <QApplication>

// Setting up an interview council in the app from nothing, on real widgets and a real database:
// the set-up dialog with members and their roles (the board head among them), candidates with
// priority points and a written part beside the interview; a wrong cell refused with its row named
// and nothing typed lost; the members' interview scores typed into the grid; Decree 170's outcome
// below it: a candidate failing the written part at 45/100, the other ranked with priority points.

#include "AppSession.h"
#include "CouncilCandidatesTable.h"
#include "CouncilGridModel.h"
#include "CouncilSetupDialog.h"
#include "CouncilView.h"
#include "ExaminationResultsTable.h"
#include "TestSupport.h"
#include "councils/CouncilRoles.h"
#include "stores/CouncilExaminationStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

namespace {

// The dialog filled as a secretary would: two members, two candidates, the written part.
void fill(CouncilSetupDialog& dialog, const QString& writtenOfFirst)
{
    dialog.titleEdit()->setText(QStringLiteral("Sát hạch tuyển dụng công chức 2026"));
    dialog.presetCombo()->setCurrentIndex(1); // Circular 06: the board head holds a dialogue
    dialog.partCheck(RecruitmentPart::Kind::Written)->setChecked(true);
    dialog.addMemberRow(QStringLiteral("Hoàng Văn Thụ"), CouncilRoles::Chair);
    dialog.addMemberRow(QStringLiteral("Bế Thị Thanh Hoa"), CouncilRoles::BoardHead);
    dialog.addCandidateRow(QStringLiteral("TS01"), QStringLiteral("Nông Văn An"), QString(), writtenOfFirst);
    dialog.addCandidateRow(QStringLiteral("TS02"), QStringLiteral("Lý Thị Bình"), QStringLiteral("7.5"),
                           QStringLiteral("70"));
}

} // namespace

class TestCouncilSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<AppSession>();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("council.sqlite")), &error, true),
                 qPrintable(error));
        m_session->setUser(QStringLiteral("Bế Thị Thanh Hoa"), Role::CouncilSecretary);
    }

    void cleanup()
    {
        CouncilSetupDialog::setObserver({});
        m_session.reset();
        m_dir.reset();
    }

    void aWrongScoreIsRefusedAndNothingTypedIsLost()
    {
        CouncilView view(*m_session);
        bool seen = false;
        CouncilSetupDialog::setObserver([&seen](CouncilSetupDialog& dialog) {
            seen = true;
            fill(dialog, QStringLiteral("bốn lăm"));
            dialog.accept();
            QCOMPARE(dialog.savedId(), 0);
            QVERIFY(dialog.problemsLabel()->isVisibleTo(&dialog));
            QVERIFY2(dialog.problemsLabel()->text().contains(QStringLiteral("TS01"))
                         && dialog.problemsLabel()->text().contains(QStringLiteral("bốn lăm")),
                     qPrintable(dialog.problemsLabel()->text()));
            QCOMPARE(dialog.candidatesTable()->item(0, 3)->text(), QStringLiteral("bốn lăm"));
            QCOMPARE(dialog.membersTable()->rowCount(), 2);
            QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Sát hạch tuyển dụng công chức 2026"));
        });
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("setupCouncilButton")), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(view.councilCombo()->count(), 0);
    }

    void setsUpScoresAndFailsAPartBelowHalf()
    {
        CouncilView view(*m_session);
        view.resize(1200, 700);
        CouncilSetupDialog::setObserver([](CouncilSetupDialog& dialog) {
            fill(dialog, QStringLiteral("45"));
            dialog.accept();
            QVERIFY2(dialog.savedId() != 0, qPrintable(dialog.problemsLabel()->text()));
        });
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("setupCouncilButton")), Qt::LeftButton);
        QCOMPARE(view.councilCombo()->count(), 1);
        const CouncilSession* council = view.model()->council();
        QVERIFY(council);
        QCOMPARE(council->members.size(), 2);
        QCOMPARE(council->members.at(1).role, CouncilRoles::BoardHead);
        QCOMPARE(council->dialogue.size(), CouncilSession::circular06Rules().size());
        QCOMPARE(council->dialogue.first().by, CouncilRoles::BoardHead);
        QVERIFY(view.examinationResults()->isVisibleTo(&view));
        // Not scored yet: waiting for the interview.
        QVERIFY(!view.examinationResults()->resultOf(QStringLiteral("TS01")).isEmpty());
        QCOMPARE(view.examinationResults()->item(0, ExaminationResultsTable::RankColumn)->text(), QString());

        // The interview scored by both members in the grid.
        CouncilGridModel* grid = view.model();
        const QStringList first{QStringLiteral("80"), QStringLiteral("78")};
        const QStringList second{QStringLiteral("60"), QStringLiteral("62")};
        for (int member = 0; member < 2; ++member) {
            QVERIFY(grid->setData(grid->index(0, grid->memberColumn(member)), first.at(member)));
            QVERIFY(grid->setData(grid->index(1, grid->memberColumn(member)), second.at(member)));
        }
        const QString failed = view.examinationResults()->resultOf(QStringLiteral("TS01"));
        QVERIFY2(failed.contains(QStringLiteral("45/100")) && failed.contains(QStringLiteral("50%")),
                 qPrintable(failed));
        const QString passed = view.examinationResults()->resultOf(QStringLiteral("TS02"));
        QVERIFY2(!passed.contains(QStringLiteral("50%")), qPrintable(passed));
        ExaminationResultsTable* table = view.examinationResults();
        QCOMPARE(table->item(1, ExaminationResultsTable::RankColumn)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(1, ExaminationResultsTable::RankedTotalColumn)->text(), QStringLiteral("138,5"));
        QCOMPARE(table->item(0, ExaminationResultsTable::RankColumn)->text(), QString());
        // Both passed the interview; only TS02 passed every part.
        QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral(": 2 ·"))
                     && view.summaryLabel()->text().contains(QStringLiteral(": 1 ·")),
                 qPrintable(view.summaryLabel()->text()));

        // Edited: the dialog opens with what was stored, the scores kept.
        bool edited = false;
        CouncilSetupDialog::setObserver([&edited](CouncilSetupDialog& dialog) {
            edited = true;
            QCOMPARE(dialog.candidatesTable()->rowCount(), 2);
            QCOMPARE(dialog.candidatesTable()->item(0, 3)->text(), QStringLiteral("45"));
            QVERIFY(dialog.partCheck(RecruitmentPart::Kind::Written)->isChecked());
            dialog.candidatesTable()->item(0, 3)->setText(QStringLiteral("55"));
            dialog.accept();
            QVERIFY2(dialog.savedId() != 0, qPrintable(dialog.problemsLabel()->text()));
        });
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("editCouncilButton")), Qt::LeftButton);
        QVERIFY(edited);
        QVERIFY(!view.examinationResults()->resultOf(QStringLiteral("TS01")).contains(QStringLiteral("50%")));
        QCOMPARE(view.model()->council()->candidates.at(0).scores.size(), 2);
    }

    // A council whose rule is none of the presets (read from a file) keeps it when edited.
    void aCouncilsOwnRuleIsKept()
    {
        CouncilRecord record;
        record.session.title = QStringLiteral("Hội đồng theo tệp");
        record.session.dialogue
            = {{DialogueRule::Kind::SpreadAtLeast, Decimal::fromInt(7), CouncilRoles::Chair}};
        record.session.members
            = {{QStringLiteral("TV01"), QStringLiteral("Hoàng Văn Thụ"), CouncilRoles::Chair}};
        QString error;
        const auto id = CouncilStore::save(m_session->database(), record, Role::CouncilSecretary,
                                           QStringLiteral("Thư ký"), &error);
        QVERIFY2(id, qPrintable(error));
        CouncilView view(*m_session);
        QVERIFY(view.selectCouncil(*id));
        CouncilSetupDialog::setObserver([](CouncilSetupDialog& dialog) {
            QCOMPARE(dialog.presetCombo()->currentData().toInt(), -1);
            dialog.titleEdit()->setText(QStringLiteral("Hội đồng theo tệp, đã sửa"));
            dialog.accept();
            QVERIFY2(dialog.savedId() != 0, qPrintable(dialog.problemsLabel()->text()));
        });
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("editCouncilButton")), Qt::LeftButton);
        const auto stored = CouncilStore::load(m_session->database().connection(), *id, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->session.title, QStringLiteral("Hội đồng theo tệp, đã sửa"));
        QCOMPARE(stored->session.dialogue.size(), 1);
        QCOMPARE(stored->session.dialogue.first().threshold, Decimal::fromInt(7));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestCouncilSetup)
#include "TestCouncilSetup.moc"
