#include <QApplication>

// The interview council screen on real widgets and a real database: a council created through
// the buttons (answered through DialogService), the members' scores typed into the grid (a
// number and Enter goes down), the row needing a dialogue marked with who holds it, the agreed
// score refused for the secretary and recorded by the chair (under Circular 06 by the board head),
// official scores, pass or fail and ranks; and the demo council as the app shows it.

#include "AppSession.h"
#include "CouncilGridModel.h"
#include "CouncilView.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "councils/CouncilPresets.h"
#include "councils/CouncilRanking.h"
#include "councils/CouncilRoles.h"
#include "demo/DemoDatabase.h"
#include "stores/CouncilStore.h"
#include "workflow/RecordPermissions.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

namespace {

const auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
using Grid = CouncilGridModel;

// With DANHGIA_SCREENSHOT_DIR set, the screen is saved there as a PNG file to look at.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("DANHGIA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QApplication::processEvents();
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

// Keys go where a user's keys go: to the widget with the focus (the cell's editor once typing
// opened it).
void type(QWidget* fallback, const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
        QTest::keyClick(target, c.toLatin1());
    }
}

void pressEnter(QWidget* fallback)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : fallback, Qt::Key_Return);
}

Decimal dec(const char* text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

} // namespace

class TestCouncilView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
    QList<DialogRequest> m_asked;

    // Answers the dialogs in order; a Text asked with an initial text and answered by an invalid
    // QVariant takes that initial text (OK without typing).
    void answer(const QList<QVariant>& answers)
    {
        auto remaining = std::make_shared<QList<QVariant>>(answers);
        DialogService::setResponder([this, remaining](const DialogRequest& request) -> QVariant {
            m_asked.append(request);
            const QVariant next = remaining->isEmpty() ? QVariant() : remaining->takeFirst();
            return request.kind == DialogRequest::Kind::Text && !next.isValid() ? QVariant(request.initial)
                                                                                : next;
        });
    }

    std::optional<CouncilRecord> stored(qint64 id)
    {
        QString error;
        return CouncilStore::load(m_session->database().connection(), id, &error);
    }

    // Types the scores of one member's column, from the first candidate down.
    void typeColumn(CouncilView& view, int member, const QStringList& scores)
    {
        QTableView* table = view.table();
        table->setCurrentIndex(view.model()->index(0, view.model()->memberColumn(member)));
        table->setFocus();
        for (int row = 0; row < scores.size(); ++row) {
            QCOMPARE(table->currentIndex().row(), row);
            type(table, scores.at(row));
            pressEnter(table);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<AppSession>();
        m_asked.clear();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("council.sqlite")), &error, true),
                 qPrintable(error));
        m_session->setUser(QStringLiteral("Bế Thị Thanh Hoa"), Role::CouncilSecretary);
    }

    void cleanup()
    {
        DialogService::setResponder({});
        m_session.reset();
        m_dir.reset();
    }

    void entersACouncilFromTheKeyboard()
    {
        CouncilView view(*m_session);
        QAbstractItemModelTester tester(view.model(), Fatal);
        view.resize(1280, 560);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto* addMember = view.findChild<QPushButton*>(QStringLiteral("addMemberButton"));
        auto* addCandidate = view.findChild<QPushButton*>(QStringLiteral("addCandidateButton"));
        auto* newCouncil = view.findChild<QPushButton*>(QStringLiteral("newCouncilButton"));
        QVERIFY(addMember && addCandidate && newCouncil);
        for (QWidget* widget :
             {static_cast<QWidget*>(newCouncil), static_cast<QWidget*>(addMember),
              static_cast<QWidget*>(view.councilCombo()), static_cast<QWidget*>(view.table())}) {
            QVERIFY(!widget->accessibleName().isEmpty() && !widget->toolTip().isEmpty());
        }
        QVERIFY(!addMember->isEnabled());
        screenshot(view, QStringLiteral("council-empty"));

        // A council under Decision 612 (the chair from 10 points apart), pass mark 50.
        answer({QStringLiteral("Hội đồng sát hạch tuyển dụng năm 2026"), 0, QStringLiteral("50")});
        QTest::mouseClick(newCouncil, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 3);
        QCOMPARE(m_asked.at(1).kind, DialogRequest::Kind::Choice);
        const qint64 id = view.model()->councilId();
        QVERIFY(id != 0);
        QCOMPARE(view.councilCombo()->count(), 1);
        QVERIFY(addMember->isEnabled());

        const QStringList roles = CouncilRoles::all();
        const QList<QPair<QString, QString>> members{
            {QStringLiteral("Hoàng Văn Thụ"), CouncilRoles::Chair},
            {QStringLiteral("Nông Thị Hạnh"), CouncilRoles::Member},
            {QStringLiteral("Bế Thị Thanh Hoa"), CouncilRoles::Secretary}};
        for (const auto& member : members) {
            answer({member.first, static_cast<int>(roles.indexOf(member.second))});
            QTest::mouseClick(addMember, Qt::LeftButton);
        }
        for (const char* name : {"Lý Thị Hồng Nhung", "Hoàng Minh Tuấn", "Triệu Thị Mai Anh"}) {
            answer({QVariant(), QString::fromUtf8(name)}); // the suggested exam number
            QTest::mouseClick(addCandidate, Qt::LeftButton);
        }
        Grid* model = view.model();
        QCOMPARE(model->memberCount(), 3);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(2, Grid::CandidateColumn).data().toString(),
                 QStringLiteral("TS03 · Triệu Thị Mai Anh"));
        // The name on two lines heads the member's column; the role is in the tooltip.
        QCOMPARE(model->headerData(model->memberColumn(0), Qt::Horizontal).toString(),
                 QStringLiteral("Hoàng\nVăn Thụ"));
        QVERIFY(model->headerData(model->memberColumn(0), Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(CouncilRoles::title(CouncilRoles::Chair)));
        // Not scored yet: no official score, no rank.
        QCOMPARE(model->index(0, model->columnOf(Grid::StatusColumn)).data().toString(),
                 Grid::tr("Scoring: %1 of %2 members").arg(0).arg(3));

        // Member by member, candidate after candidate: a number and Enter goes down.
        typeColumn(view, 0, {QStringLiteral("70"), QStringLiteral("60"), QStringLiteral("72,5")});
        typeColumn(view, 1, {QStringLiteral("72"), QStringLiteral("75,5"), QStringLiteral("72")});
        // A score above the maximum: the core refuses, the message shows, the cursor stays.
        view.table()->setCurrentIndex(model->index(0, model->memberColumn(2)));
        type(view.table(), QStringLiteral("120"));
        pressEnter(view.table());
        QVERIFY(view.messageBar()->isVisible());
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY(view.messageBar()->text().contains(QStringLiteral("TS01")));
        QCOMPARE(view.table()->currentIndex().row(), 0);
        QVERIFY(model->index(0, model->memberColumn(2)).data().toString().isEmpty());
        typeColumn(view, 2, {QStringLiteral("74"), QStringLiteral("68"), QStringLiteral("71,5")});

        const auto council = stored(id);
        QVERIFY(council);
        QCOMPARE(council->session.candidates.at(1).scores.size(), 3);
        QCOMPARE(council->session.candidates.at(1).scores.at(1).second, dec("75.5"));
        QCOMPARE(council->session.candidates.at(2).scores.at(0).second, dec("72.5"));

        // TS02 is 15,5 points apart: marked, the chair named.
        const auto cell
            = [model](int row, Grid::Column column) { return model->index(row, model->columnOf(column)); };
        const QString chair = CouncilRoles::title(CouncilRoles::Chair);
        QCOMPARE(cell(1, Grid::MeanColumn).data().toString(), QStringLiteral("67,8"));
        QCOMPARE(cell(1, Grid::SpreadColumn).data().toString(), QStringLiteral("15,5"));
        QVERIFY(model->index(1, 0).data(Grid::NeedsDialogueRole).toBool());
        QCOMPARE(model->index(1, 0).data(Grid::DialogueHolderRole).toString(), CouncilRoles::Chair);
        QCOMPARE(cell(1, Grid::StatusColumn).data().toString(),
                 Grid::tr("Needs a dialogue, held by %1").arg(chair));
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(1, column);
            QCOMPARE(index.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xfd, 0xf3, 0xd8));
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(chair));
        }
        QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell(1, Grid::OfficialColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(cell(1, Grid::RankColumn).data().toString(), QStringLiteral("—"));
        auto* summary = view.findChild<QLabel*>(QStringLiteral("councilSummary"));
        QCOMPARE(summary->text(),
                 CouncilView::tr("Candidates: %1 · passed: %2 · waiting for a dialogue: %3")
                     .arg(QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")));

        // The secretary holds no dialogue: the cell is not editable, typing opens nothing, and the
        // core's refusal shows; nothing is stored.
        const QModelIndex agreed = cell(1, Grid::AgreedColumn);
        QVERIFY(!(model->flags(agreed) & Qt::ItemIsEditable));
        view.table()->setCurrentIndex(agreed);
        view.table()->setFocus();
        type(view.table(), QStringLiteral("70"));
        QVERIFY(!qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        QVERIFY(!model->setData(agreed, QStringLiteral("70")));
        QString refusal;
        QVERIFY(!CouncilStore::setAgreedScore(m_session->database(), id, QStringLiteral("TS02"), dec("70"),
                                              m_session->role(), m_session->actor(), CouncilRoles::Chair,
                                              &refusal));
        QVERIFY(view.messageBar()->isVisible());
        QCOMPARE(view.messageBar()->text(), refusal);
        QVERIFY(!stored(id)->session.candidates.at(1).agreed);
        screenshot(view, QStringLiteral("council-dialogue"));

        // The chair records the agreed score by keyboard.
        m_session->setUser(QStringLiteral("Hoàng Văn Thụ"), Role::CouncilChair);
        QVERIFY(model->flags(agreed) & Qt::ItemIsEditable);
        QVERIFY(cell(1, Grid::AgreedColumn).data(Qt::ToolTipRole).toString().contains(chair));
        view.table()->setCurrentIndex(agreed);
        view.table()->setFocus();
        type(view.table(), QStringLiteral("70"));
        pressEnter(view.table());
        QCOMPARE(stored(id)->session.candidates.at(1).agreed, std::optional<Decimal>(dec("70")));
        QVERIFY(!model->index(1, 0).data(Grid::NeedsDialogueRole).toBool());
        QCOMPARE(cell(1, Grid::StatusColumn).data().toString(), Grid::tr("Agreed"));
        QVERIFY(cell(1, Grid::StatusColumn).data(Qt::ToolTipRole).toString().contains(chair));

        // Official scores, pass or fail, ranks: TS01 and TS03 tie at 72,0 (no tie-break data).
        QCOMPARE(cell(0, Grid::OfficialColumn).data().toString(), QStringLiteral("72,0"));
        QCOMPARE(cell(1, Grid::OfficialColumn).data().toString(), QStringLiteral("70,0"));
        QCOMPARE(cell(2, Grid::OfficialColumn).data().toString(), QStringLiteral("72,0"));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(row, Grid::ResultColumn).data().toString(), Grid::tr("Passed"));
        }
        QCOMPARE(cell(0, Grid::RankColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(cell(1, Grid::RankColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(cell(2, Grid::RankColumn).data().toString(), QStringLiteral("1"));
        QVERIFY(
            cell(0, Grid::RankColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("170/2025")));
        QCOMPARE(summary->text(),
                 CouncilView::tr("Candidates: %1 · passed: %2 · waiting for a dialogue: %3")
                     .arg(QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("0")));
        screenshot(view, QStringLiteral("council-agreed"));
    }

    // A council under Circular 06/2020/TT-BNV finished by its board head: TS01's scores are 7
    // points apart, so the board head (Trưởng ban) holds the dialogue; the chair is refused with
    // the core's reason and the board head records the agreed score by keyboard. The member's
    // role is kept by the store.
    void aCircular06CouncilIsFinishedByTheBoardHead()
    {
        CouncilView view(*m_session);
        QAbstractItemModelTester tester(view.model(), Fatal);
        view.resize(1280, 560);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        answer({QStringLiteral("Hội đồng kiểm tra, sát hạch năm 2026"), 1, QStringLiteral("50")});
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("newCouncilButton")), Qt::LeftButton);
        const qint64 id = view.model()->councilId();
        QVERIFY(id != 0);
        const QStringList roles = CouncilRoles::all();
        for (const auto& member :
             QList<QPair<QString, QString>>{{QStringLiteral("Hoàng Văn Thụ"), CouncilRoles::Chair},
                                            {QStringLiteral("Nông Văn Dũng"), CouncilRoles::BoardHead},
                                            {QStringLiteral("Bế Thị Thanh Hoa"), CouncilRoles::Secretary}}) {
            answer({member.first, static_cast<int>(roles.indexOf(member.second))});
            QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("addMemberButton")),
                              Qt::LeftButton);
        }
        for (const char* name : {"Lý Thị Hồng Nhung", "Hoàng Minh Tuấn"}) {
            answer({QVariant(), QString::fromUtf8(name)});
            QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("addCandidateButton")),
                              Qt::LeftButton);
        }
        QCOMPARE(stored(id)->session.members.at(1).role, CouncilRoles::BoardHead);
        typeColumn(view, 0, {QStringLiteral("60"), QStringLiteral("70")});
        typeColumn(view, 1, {QStringLiteral("67"), QStringLiteral("71")});
        typeColumn(view, 2, {QStringLiteral("63"), QStringLiteral("72")});

        Grid* model = view.model();
        const auto cell
            = [model](int row, Grid::Column column) { return model->index(row, model->columnOf(column)); };
        const QString boardHead = CouncilRoles::title(CouncilRoles::BoardHead);
        QCOMPARE(cell(0, Grid::SpreadColumn).data().toString(), QStringLiteral("7,0"));
        QCOMPARE(model->index(0, 0).data(Grid::DialogueHolderRole).toString(), CouncilRoles::BoardHead);
        QCOMPARE(cell(0, Grid::StatusColumn).data().toString(),
                 Grid::tr("Needs a dialogue, held by %1").arg(boardHead));
        QCOMPARE(cell(1, Grid::StatusColumn).data().toString(), Grid::tr("Official"));

        // The chair does not hold this dialogue: the cell is not editable and the core says why.
        m_session->setUser(QStringLiteral("Hoàng Văn Thụ"), Role::CouncilChair);
        const QModelIndex agreed = cell(0, Grid::AgreedColumn);
        QVERIFY(!(model->flags(agreed) & Qt::ItemIsEditable));
        QVERIFY(agreed.data(Qt::ToolTipRole).toString().contains(boardHead));
        QVERIFY(!model->setData(agreed, QStringLiteral("65")));
        const CouncilSession session = stored(id)->session;
        const QString refusal = session.agreedScoreRefusal(session.candidates.at(0), CouncilRoles::Chair);
        QVERIFY2(refusal.contains(boardHead) && refusal.contains(CouncilRoles::BoardHead),
                 qPrintable(refusal));
        QCOMPARE(view.messageBar()->text(), refusal);
        QVERIFY(!stored(id)->session.candidates.at(0).agreed);

        // The board head records it by keyboard: the council is finished.
        m_session->setUser(QStringLiteral("Nông Văn Dũng"), Role::BoardHead);
        QVERIFY(model->flags(agreed) & Qt::ItemIsEditable);
        view.table()->setCurrentIndex(agreed);
        view.table()->setFocus();
        type(view.table(), QStringLiteral("65,5"));
        pressEnter(view.table());
        QCOMPARE(stored(id)->session.candidates.at(0).agreed, std::optional<Decimal>(dec("65.5")));
        QCOMPARE(cell(0, Grid::StatusColumn).data().toString(), Grid::tr("Agreed"));
        QVERIFY(cell(0, Grid::StatusColumn).data(Qt::ToolTipRole).toString().contains(boardHead));
        QCOMPARE(cell(0, Grid::OfficialColumn).data().toString(), QStringLiteral("65,5"));
        QCOMPARE(cell(0, Grid::ResultColumn).data().toString(), Grid::tr("Passed"));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("councilSummary"))->text(),
                 CouncilView::tr("Candidates: %1 · passed: %2 · waiting for a dialogue: %3")
                     .arg(QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("0")));
        screenshot(view, QStringLiteral("council-board-head"));
    }

    // The officer's case: an agreed 60 for scores 10 points apart, then a member's score changed
    // so that they are 32 apart: the agreement is void, the row waits for a new dialogue, and the
    // message bar says why; once the scores are 4 apart the mean is official and no agreed score
    // shows.
    // A wrong pass mark is asked again, with what was typed and what is wrong: the title and the
    // spread rule already chosen are kept, and nothing is created until the mark is right.
    // A role that does not copy the members' scores is told so above the table, in the core's
    // words, instead of typing into cells that take nothing.
    void aRoleThatDoesNotScoreIsToldWhy()
    {
        CouncilView view(*m_session);
        auto* newCouncil = view.findChild<QPushButton*>(QStringLiteral("newCouncilButton"));
        auto* rules = view.findChild<QLabel*>(QStringLiteral("councilRules"));
        QVERIFY(newCouncil && rules);
        answer({QStringLiteral("Hội đồng sát hạch năm 2027"), 0, QStringLiteral("50")});
        QTest::mouseClick(newCouncil, Qt::LeftButton);
        QVERIFY(view.model()->councilId() != 0);
        QVERIFY2(rules->text().contains(
                     CouncilView::tr("Type a score and press Enter to go to the next candidate.")),
                 qPrintable(rules->text()));
        m_session->setUser(QStringLiteral("Hoàng Thị Lan"), Role::Administrator);
        const QString refusal = RecordPermissions::refusal(RecordKind::CouncilScores, Role::Administrator);
        QVERIFY(!refusal.isEmpty());
        QTRY_VERIFY2(rules->text().contains(refusal), qPrintable(rules->text()));
        QVERIFY(!rules->text().contains(
            CouncilView::tr("Type a score and press Enter to go to the next candidate.")));
    }

    void aWrongPassMarkIsAskedAgain()
    {
        CouncilView view(*m_session);
        view.resize(1280, 560);
        view.show();
        auto* newCouncil = view.findChild<QPushButton*>(QStringLiteral("newCouncilButton"));
        QVERIFY(newCouncil);
        answer({QStringLiteral("Hội đồng kiểm tra, sát hạch năm 2026"), 1, QStringLiteral("năm mươi"),
                QStringLiteral("150"), QStringLiteral("50,55"), QStringLiteral("55,5")});
        QTest::mouseClick(newCouncil, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 6);
        QVERIFY2(m_asked.at(3).text.contains(QStringLiteral("năm mươi")), qPrintable(m_asked.at(3).text));
        QCOMPARE(m_asked.at(3).initial, QStringLiteral("năm mươi"));
        QVERIFY2(m_asked.at(4).text.contains(QStringLiteral("150")), qPrintable(m_asked.at(4).text));
        QVERIFY2(m_asked.at(5).text.contains(QStringLiteral("50,55")), qPrintable(m_asked.at(5).text));
        const qint64 id = view.model()->councilId();
        QVERIFY(id != 0);
        const auto record = stored(id);
        QVERIFY(record);
        QCOMPARE(record->session.title, QStringLiteral("Hội đồng kiểm tra, sát hạch năm 2026"));
        const QList<DialogueRule> chosen = CouncilPresets::all().at(1).dialogue;
        QCOMPARE(record->session.dialogue.size(), chosen.size());
        for (int i = 0; i < chosen.size(); ++i) {
            QCOMPARE(record->session.dialogue.at(i).by, chosen.at(i).by);
            QCOMPARE(record->session.dialogue.at(i).threshold, chosen.at(i).threshold);
        }
        QVERIFY(record->session.pass);
        QCOMPARE(*record->session.pass, *Decimal::fromString(QStringLiteral("55.5")));
    }

    void changedScoreVoidsTheAgreement()
    {
        CouncilRecord record;
        record.session.title = QStringLiteral("Hội đồng sát hạch tiếp nhận công chức");
        record.session.pass = dec("50");
        record.session.members
            = {{QStringLiteral("TV1"), QStringLiteral("Hoàng Văn Thụ"), CouncilRoles::Chair},
               {QStringLiteral("TV2"), QStringLiteral("Nông Thị Hạnh"), CouncilRoles::Member},
               {QStringLiteral("TV3"), QStringLiteral("Bế Thị Thanh Hoa"), CouncilRoles::Secretary}};
        record.session.candidates = {{QStringLiteral("TS01"),
                                      QStringLiteral("Lý Thị Hồng Nhung"),
                                      {{QStringLiteral("TV1"), dec("60")},
                                       {QStringLiteral("TV2"), dec("62")},
                                       {QStringLiteral("TV3"), dec("70")}},
                                      std::nullopt}};
        QString error;
        const auto id = CouncilStore::save(m_session->database(), record, Role::CouncilSecretary,
                                           m_session->actor(), &error);
        QVERIFY2(id, qPrintable(error));
        m_session->setUser(QStringLiteral("Hoàng Văn Thụ"), Role::CouncilChair);
        CouncilView view(*m_session);
        QAbstractItemModelTester tester(view.model(), Fatal);
        view.resize(1280, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectCouncil(*id));
        Grid* model = view.model();
        const auto cell = [model](Grid::Column column) { return model->index(0, model->columnOf(column)); };
        QVERIFY(model->setData(cell(Grid::AgreedColumn), QStringLiteral("60")));
        QCOMPARE(cell(Grid::StatusColumn).data().toString(), Grid::tr("Agreed"));
        QCOMPARE(cell(Grid::OfficialColumn).data().toString(), QStringLiteral("60,0"));

        // TV3 corrects 70 to 92: 32 points apart.
        QVERIFY(model->setData(model->index(0, model->memberColumn(2)), QStringLiteral("92")));
        const QString chair = CouncilRoles::title(CouncilRoles::Chair);
        QCOMPARE(cell(Grid::SpreadColumn).data().toString(), QStringLiteral("32,0"));
        QCOMPARE(cell(Grid::StatusColumn).data().toString(),
                 Grid::tr("Needs a dialogue, held by %1").arg(chair));
        QVERIFY(model->index(0, 0).data(Grid::NeedsDialogueRole).toBool());
        QCOMPARE(cell(Grid::AgreedColumn).data().toString(), QString());
        QCOMPARE(cell(Grid::OfficialColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model->flags(cell(Grid::AgreedColumn)) & Qt::ItemIsEditable);
        QVERIFY(cell(Grid::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("60,0")));
        QVERIFY(view.messageBar()->isVisible());
        QCOMPARE(view.messageBar()->level(), MessageBar::Level::Warning);
        QVERIFY2(view.messageBar()->text().contains(QStringLiteral("60,0"))
                     && view.messageBar()->text().contains(QStringLiteral("32,0"))
                     && view.messageBar()->text().contains(chair),
                 qPrintable(view.messageBar()->text()));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("councilSummary"))->text(),
                 CouncilView::tr("Candidates: %1 · passed: %2 · waiting for a dialogue: %3")
                     .arg(QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1")));
        QVERIFY(!stored(*id)->session.candidates.at(0).agreed);
        screenshot(view, QStringLiteral("council-agreement-voided"));

        // A new dialogue agrees 75; then TV3 gives 64: 4 points apart, the mean 62,0 is official.
        QVERIFY(model->setData(cell(Grid::AgreedColumn), QStringLiteral("75")));
        QCOMPARE(cell(Grid::OfficialColumn).data().toString(), QStringLiteral("75,0"));
        QVERIFY(model->setData(model->index(0, model->memberColumn(2)), QStringLiteral("64")));
        QCOMPARE(cell(Grid::SpreadColumn).data().toString(), QStringLiteral("4,0"));
        QCOMPARE(cell(Grid::StatusColumn).data().toString(), Grid::tr("Official"));
        QCOMPARE(cell(Grid::AgreedColumn).data().toString(), QString());
        QCOMPARE(cell(Grid::AgreedColumn).data(Qt::EditRole).toString(), QString());
        QCOMPARE(cell(Grid::OfficialColumn).data().toString(), QStringLiteral("62,0"));
        QVERIFY(view.messageBar()->text().contains(QStringLiteral("75,0")));
    }

    void showsTheDemoCouncil()
    {
        const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        QVERIFY2(m_session->openDatabase(path, &error), qPrintable(error));
        CouncilView view(*m_session);
        QAbstractItemModelTester tester(view.model(), Fatal);
        view.resize(1280, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.councilCombo()->count(), 1);
        Grid* model = view.model();
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->memberCount(), 5);
        const CouncilSession& session = *model->council();
        const QList<CouncilRank> ranks = CouncilRanking::rank(session);
        for (int row = 0; row < model->rowCount(); ++row) {
            const CandidateResult result = session.evaluate(session.candidates.at(row));
            const QModelIndex rank = model->index(row, model->columnOf(Grid::RankColumn));
            QCOMPARE(rank.data().toString(),
                     ranks.at(row).rank > 0 ? QString::number(ranks.at(row).rank) : QStringLiteral("—"));
            QCOMPARE(model->index(row, 0).data(Grid::NeedsDialogueRole).toBool(),
                     result.status == CandidateResult::Status::NeedsDialogue);
            if (result.official) {
                QCOMPARE(model->index(row, model->columnOf(Grid::OfficialColumn)).data().toString(),
                         result.official->toLocaleString(QLocale(QLocale::Vietnamese), 1));
            }
        }
        QVERIFY(model->index(2, 0).data(Grid::NeedsDialogueRole).toBool()); // UV03
        QCOMPARE(model->index(3, model->columnOf(Grid::ResultColumn)).data().toString(), Grid::tr("Failed"));
        QCOMPARE(model->index(4, model->columnOf(Grid::RankColumn)).data().toString(), QStringLiteral("1"));
        QCOMPARE(model->index(0, model->memberColumn(0)).data().toString(), QStringLiteral("78,5"));
        screenshot(view, QStringLiteral("council-demo"));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestCouncilView)
#include "TestCouncilView.moc"
