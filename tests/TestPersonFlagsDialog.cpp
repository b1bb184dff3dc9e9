#include <QApplication>

// "Các yếu tố ảnh hưởng xếp loại" on the classification screen, on real widgets and a real
// database with the shipped civil-servant template: discipline recorded for a person forces
// "không hoàn thành nhiệm vụ" in the classification; removed with a reason, the grade comes back;
// the history says who, when and why; a refusal (no reason, a role that may not) keeps what was typed.

#include "AppSession.h"
#include "ClassificationModel.h"
#include "ClassificationView.h"
#include "DialogService.h"
#include "PersonFlagsDialog.h"
#include "QuotaFixture.h"
#include "TestSupport.h"
#include "stores/PersonFlagStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestPersonFlagsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;

    static QString gradeIn(const ClassificationView& view, const QString& code)
    {
        for (const ClassificationModel* model : view.models()) {
            const int row = model->rowOf(code);
            if (row >= 0) {
                return model->subject(row).grade;
            }
        }
        return QStringLiteral("(missing)");
    }

    // The tooltip of the person's grade cell, which names the facts applied.
    static QString gradeTip(const ClassificationView& view, const QString& code)
    {
        for (const ClassificationModel* model : view.models()) {
            const int row = model->rowOf(code);
            if (row >= 0) {
                return model->index(row, ClassificationModel::GradeColumn).data(Qt::ToolTipRole).toString();
            }
        }
        return {};
    }

    static void select(ClassificationView& view, const QString& code)
    {
        for (int i = 0; i < view.models().size(); ++i) {
            const int row = view.models().at(i)->rowOf(code);
            if (row >= 0) {
                view.tables().at(i)->selectRow(row);
            }
        }
    }

    PersonFlagsDialog* openFlagsOf(ClassificationView& view, const QString& code)
    {
        view.campaignBox()->setCurrentIndex(view.campaignBox()->findData(QuotaFixture::campaign()));
        select(view, code);
        if (!view.flagsButton()->isEnabled()) {
            return nullptr;
        }
        QTest::mouseClick(view.flagsButton(), Qt::LeftButton);
        return view.flagsDialog();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<AppSession>();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("flags.sqlite")), &error, true),
                 qPrintable(error));
        QVERIFY2(QuotaFixture::build(m_session->database(), &error), qPrintable(error));
        m_session->setUser(QStringLiteral("Hoàng Thị Lan"), Role::UnitHead);
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.reset();
        m_dir.reset();
    }

    void disciplineForcesTheGradeAndItsRemovalGivesItBack()
    {
        ClassificationView view(*m_session);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.campaignBox()->setCurrentIndex(view.campaignBox()->findData(QuotaFixture::campaign()));
        const QString before = gradeIn(view, QStringLiteral("CC03"));
        QCOMPARE(before, QStringLiteral("HTTNV"));
        PersonFlagsDialog* dialog = openFlagsOf(view, QStringLiteral("CC03"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->flagsTable()->rowCount(), 0);
        QCOMPARE(dialog->flagBox()->count(), 7);

        // Without a reason: refused, named, the document typed kept.
        dialog->flagBox()->setCurrentIndex(dialog->flagBox()->findData(QStringLiteral("ky_luat")));
        dialog->documentNumberEdit()->setText(QStringLiteral("12/QĐ-UBND"));
        dialog->documentDateEdit()->setDate(QDate(2026, 3, 2));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("CC03")),
                 qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(dialog->documentNumberEdit()->text(), QStringLiteral("12/QĐ-UBND"));
        QCOMPARE(dialog->flagsTable()->rowCount(), 0);
        QCOMPARE(gradeIn(view, QStringLiteral("CC03")), before);

        // Recorded with its reason: in force, in the history, and the grade is forced.
        dialog->reasonEdit()->setText(QStringLiteral("Bị kỷ luật khiển trách theo Quyết định 12/QĐ-UBND"));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(dialog->flagsTable()->rowCount(), 1);
        QVERIFY(dialog->flagsTable()->item(0, 0)->text().contains(QStringLiteral("KHTNV")));
        QCOMPARE(dialog->flagsTable()->item(0, 2)->text(), QStringLiteral("12/QĐ-UBND ngày 02/03/2026"));
        QCOMPARE(dialog->flagsTable()->item(0, 3)->text(), m_session->actor());
        QCOMPARE(dialog->historyTable()->rowCount(), 1);
        QCOMPARE(dialog->historyTable()->item(0, 1)->text(), m_session->actor());
        QCOMPARE(dialog->reasonEdit()->text(), QString());
        QTRY_COMPARE(gradeIn(view, QStringLiteral("CC03")), QStringLiteral("KHTNV"));
        QCOMPARE(gradeIn(view, QStringLiteral("CC01")), QStringLiteral("HTTNV"));
        QVERIFY2(gradeTip(view, QStringLiteral("CC03")).contains(QStringLiteral("Yếu tố: Bị kỷ luật")),
                 qPrintable(gradeTip(view, QStringLiteral("CC03"))));
        QVERIFY(dialog->isVisible());

        // Removed with a reason asked by a dialog: the grade comes back, the history says why.
        QList<DialogRequest> requests;
        DialogService::setResponder([&requests](const DialogRequest& request) {
            requests.append(request);
            return QVariant(QStringLiteral("Quyết định kỷ luật đã bị hủy"));
        });
        dialog->flagsTable()->selectRow(0);
        QVERIFY(dialog->removeButton()->isEnabled());
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().required);
        QCOMPARE(dialog->flagsTable()->rowCount(), 0);
        QCOMPARE(dialog->historyTable()->rowCount(), 2);
        QCOMPARE(dialog->historyTable()->item(1, 3)->text(), QStringLiteral("đã gỡ bỏ"));
        QCOMPARE(dialog->historyTable()->item(1, 4)->text(), QStringLiteral("Quyết định kỷ luật đã bị hủy"));
        QTRY_COMPARE(gradeIn(view, QStringLiteral("CC03")), before);
        QVERIFY(!gradeTip(view, QStringLiteral("CC03")).contains(QStringLiteral("Yếu tố")));
    }

    // A role that may not record flags is refused by the store; the dialog keeps the reason.
    void aRoleThatMayNotIsRefusedAndTheTextKept()
    {
        ClassificationView view(*m_session);
        view.resize(1200, 800);
        PersonFlagsDialog* dialog = openFlagsOf(view, QStringLiteral("CC05"));
        QVERIFY(dialog);
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::SelfAssessor);
        dialog->flagBox()->setCurrentIndex(dialog->flagBox()->findData(QStringLiteral("vang_3_6_thang")));
        dialog->reasonEdit()->setText(QStringLiteral("Nghỉ ốm 4 tháng"));
        QVERIFY(!dialog->addFlag());
        QVERIFY2(dialog->problemLabel()->text().contains(Roles::title(Role::SelfAssessor)),
                 qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(dialog->reasonEdit()->text(), QStringLiteral("Nghỉ ốm 4 tháng"));
        QString error;
        QVERIFY(PersonFlagStore::list(m_session->database().connection(), QuotaFixture::campaign(), QString(),
                                      &error)
                    ->isEmpty());
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestPersonFlagsDialog)
#include "TestPersonFlagsDialog.moc"
