#include <QApplication>

// The classification screen counting the quota per agency (Decree 335: within each agency and each
// group with similar tasks), on real widgets and a real database: the scopes with their counts and
// the ceiling in force, a raised ceiling recorded by the administrator through the dialog (which
// keeps what was typed when it is refused), then withdrawn; other roles cannot record one.

#include "AppSession.h"
#include "ClassificationModel.h"
#include "ClassificationView.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "QuotaCeilingDialog.h"
#include "QuotaFixture.h"
#include "QuotaScopeModel.h"
#include "QuotaScopesPanel.h"
#include "TestSupport.h"
#include "stores/QuotaCeilingStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace danhgia;
using namespace danhgia::test;
using namespace danhgia::ui;

class TestQuotaClassification : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;

    static QString cell(const QuotaScopeModel* model, const QString& unit, int column)
    {
        return model->index(model->rowOfUnit(unit), column).data().toString();
    }

    static const ClassifiedSubject* subjectIn(const ClassificationView& view, const QString& code)
    {
        for (const ClassificationModel* model : view.models()) {
            const int row = model->rowOf(code);
            if (row >= 0) {
                return &model->subject(row);
            }
        }
        return nullptr;
    }

    void showCampaign(ClassificationView& view)
    {
        view.campaignBox()->setCurrentIndex(view.campaignBox()->findData(QuotaFixture::campaign()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<AppSession>();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("quota.sqlite")), &error, true),
                 qPrintable(error));
        QVERIFY2(QuotaFixture::build(m_session->database(), &error), qPrintable(error));
        m_session->setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.reset();
        m_dir.reset();
    }

    void theScreenCountsTheQuotaPerAgency()
    {
        ClassificationView view(*m_session);
        view.resize(1200, 800);
        showCampaign(view);
        QuotaScopesPanel* panel = view.scopesPanel();
        QVERIFY(!panel->isHidden());
        QuotaScopeModel* scopes = panel->model();
        QAbstractItemModelTester tester(scopes, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(scopes->rowCount(), 2);
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::UnitColumn),
                 QStringLiteral("UBND xã Chi Lăng"));
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::CountedColumn), QStringLiteral("5"));
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::AllowedColumn), QStringLiteral("0"));
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::ProposedColumn), QStringLiteral("4"));
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::DemotedColumn), QStringLiteral("4"));
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::CeilingColumn), QStringLiteral("20%"));
        // Pooled, CC10 would keep the grade; within its commune nobody may.
        QCOMPARE(cell(scopes, QStringLiteral("XHL"), QuotaScopeModel::AllowedColumn), QStringLiteral("0"));
        QCOMPARE(subjectIn(view, QStringLiteral("CC10"))->quota, QuotaStatus::Demoted);
        QCOMPARE(subjectIn(view, QStringLiteral("CC10"))->grade, QStringLiteral("HTTNV"));

        // One commune chosen: its scope only.
        view.unitBox()->setCurrentIndex(view.unitBox()->findData(QStringLiteral("XHL")));
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->scope(0).unitCode, QStringLiteral("XHL"));
    }

    void aRaisedCeilingIsRecordedThroughTheDialog()
    {
        ClassificationView view(*m_session);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        showCampaign(view);
        QuotaScopesPanel* panel = view.scopesPanel();
        panel->table()->selectRow(panel->model()->rowOfUnit(QStringLiteral("XCL")));
        QVERIFY(panel->raiseButton()->isEnabled());
        QVERIFY(!panel->withdrawButton()->isEnabled());
        QTest::mouseClick(panel->raiseButton(), Qt::LeftButton);
        QuotaCeilingDialog* dialog = panel->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->unitBox()->currentData().toString(), QStringLiteral("XCL"));

        // A percentage that is not a number: refused, named, everything typed kept. (Vietnamese text
        // is set, not typed: QTest::keyClicks takes ASCII only.)
        dialog->percentEdit()->setText(QStringLiteral("ba mươi"));
        dialog->decisionNumberEdit()->setText(QStringLiteral("125/QĐ-UBND"));
        dialog->decisionDateEdit()->setDate(QDate(2026, 1, 20));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("ba mươi")),
                 qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(dialog->decisionNumberEdit()->text(), QStringLiteral("125/QĐ-UBND"));

        // Above 100% and without a reason: both named, the dialog still open.
        dialog->percentEdit()->setText(QStringLiteral("130"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        const QuotaCeiling typed{QStringLiteral("XCL"),
                                 *Decimal::fromString(QStringLiteral("130")),
                                 QStringLiteral("125/QĐ-UBND"),
                                 QDate(2026, 1, 20),
                                 QString(),
                                 QString()};
        QCOMPARE(typed.problems().size(), 2);
        QCOMPARE(dialog->problemLabel()->text(), typed.problems().join(QLatin1Char('\n')));
        QCOMPARE(dialog->percentEdit()->text(), QStringLiteral("130"));

        // Refused by the store (the user's role changed meanwhile): shown in the dialog, kept.
        dialog->percentEdit()->setText(QStringLiteral("30"));
        dialog->reasonEdit()->setText(QStringLiteral("Xã dẫn đầu phong trào thi đua năm 2025"));
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::UnitHead);
        dialog = panel->dialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemLabel()->text().contains(Roles::title(Role::UnitHead)),
                 qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(dialog->reasonEdit()->text(), QStringLiteral("Xã dẫn đầu phong trào thi đua năm 2025"));

        m_session->setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!panel->dialog() || !panel->dialog()->isVisible());
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Positive);

        // Counted again with the ceiling: CC03 keeps the grade, XHL is unchanged.
        QuotaScopeModel* scopes = panel->model();
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::AllowedColumn), QStringLiteral("1"));
        QCOMPARE(cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::KeptColumn), QStringLiteral("1"));
        const QString raised = cell(scopes, QStringLiteral("XCL"), QuotaScopeModel::CeilingColumn);
        QVERIFY2(raised.startsWith(QStringLiteral("30%")) && raised.contains(QStringLiteral("125/QĐ-UBND"))
                     && raised.contains(QStringLiteral("20/01/2026")),
                 qPrintable(raised));
        QCOMPARE(cell(scopes, QStringLiteral("XHL"), QuotaScopeModel::CeilingColumn), QStringLiteral("20%"));
        QCOMPARE(subjectIn(view, QStringLiteral("CC03"))->quota, QuotaStatus::Within);
        QCOMPARE(subjectIn(view, QStringLiteral("CC03"))->grade, QStringLiteral("HTXSNV"));
        QString error;
        const auto stored
            = QuotaCeilingStore::list(m_session->database().connection(), QuotaFixture::campaign(), &error);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().recordedBy, m_session->actor());

        // Withdrawn with a reason: the set's 20% again.
        QList<DialogRequest> requests;
        DialogService::setResponder([&requests](const DialogRequest& request) {
            requests.append(request);
            return QVariant(QStringLiteral("Quyết định đã bị thu hồi"));
        });
        panel->table()->selectRow(panel->model()->rowOfUnit(QStringLiteral("XCL")));
        QVERIFY(panel->withdrawButton()->isEnabled());
        QTest::mouseClick(panel->withdrawButton(), Qt::LeftButton);
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().required);
        QCOMPARE(cell(panel->model(), QStringLiteral("XCL"), QuotaScopeModel::CeilingColumn),
                 QStringLiteral("20%"));
        QCOMPARE(subjectIn(view, QStringLiteral("CC03"))->quota, QuotaStatus::Demoted);
    }

    void otherRolesCannotRaiseACeiling()
    {
        m_session->setUser(QStringLiteral("Vi Văn Hùng"), Role::UnitHead);
        ClassificationView view(*m_session);
        showCampaign(view);
        QuotaScopesPanel* panel = view.scopesPanel();
        panel->table()->selectRow(0);
        QVERIFY(!panel->raiseButton()->isEnabled());
        QVERIFY(panel->raiseButton()->toolTip().contains(Roles::title(Role::Administrator)));
        panel->raiseCeiling();
        QVERIFY(!panel->dialog());
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestQuotaClassification)
#include "TestQuotaClassification.moc"
