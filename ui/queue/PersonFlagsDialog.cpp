#include "PersonFlagsDialog.h"

#include "AppSession.h"
#include "DialogService.h"
#include "ViewLook.h"
#include "results/PersonFlag.h"
#include "stores/PersonFlagStore.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

QTableWidget* flagsDialogTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString flagsDialogTime(const QDateTime& at)
{
    return ViewLook::vietnamese().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

PersonFlagsDialog::PersonFlagsDialog(AppSession& session, const QString& campaignCode, const CriteriaSet& set,
                                     const QString& personCode, const QString& personName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_campaign(campaignCode)
    , m_set(set)
    , m_person(personCode)
    , m_personName(personName)
{
    setObjectName(QStringLiteral("personFlagsDialog"));
    setWindowTitle(tr("Facts affecting the grade: %1 (%2)").arg(personName, personCode));
    resize(900, 600);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Discipline, conclusions, absence, months worked, maternity leave and, for "
                                "leaders, their unit's results change the grade whatever the score. A fact "
                                "recorded here applies to every score sheet of %1 in the campaign %2.")
                                 .arg(personName, campaignCode),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(new QLabel(tr("In force:"), this));
    m_flags = flagsDialogTable(
        this, {tr("Fact"), tr("Reason"), tr("Document"), tr("Recorded by"), tr("Recorded at")});
    ViewLook::describe(m_flags, QStringLiteral("personFlagsTable"), tr("Facts in force"),
                       tr("Select a fact to remove it"));
    layout->addWidget(m_flags, 1);

    auto* form = new QFormLayout;
    m_flag = new QComboBox(this);
    ViewLook::describe(m_flag, QStringLiteral("personFlagChoice"), tr("Fact"),
                       tr("A fact the criteria set defines, with what it does to the grade"));
    for (const GradeFlag& flag : m_set.flags) {
        m_flag->addItem(PersonFlag::describe(flag), flag.code);
    }
    form->addRow(tr("&Fact:"), m_flag);
    m_reason = new QLineEdit(this);
    ViewLook::describe(m_reason, QStringLiteral("personFlagReason"), tr("Reason"),
                       tr("What happened and on which grounds (required)"));
    form->addRow(tr("&Reason:"), m_reason);
    m_documentNumber = new QLineEdit(this);
    ViewLook::describe(m_documentNumber, QStringLiteral("personFlagDocumentNumber"), tr("Document number"),
                       tr("The number of the decision or conclusion, if there is one"));
    m_documentNumber->setPlaceholderText(tr("e.g. 12/QĐ-UBND"));
    form->addRow(tr("Document &number:"), m_documentNumber);
    m_documentDate = new QDateEdit(QDate::currentDate(), this);
    ViewLook::describe(m_documentDate, QStringLiteral("personFlagDocumentDate"), tr("Document date"),
                       tr("The date of the document; kept only with a document number"));
    m_documentDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_documentDate->setCalendarPopup(true);
    form->addRow(tr("Document &date:"), m_documentDate);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Record the fact"), this);
    m_add->setObjectName(QStringLiteral("personFlagAddButton"));
    m_remove = new QPushButton(tr("Re&move the selected fact…"), this);
    m_remove->setObjectName(QStringLiteral("personFlagRemoveButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("personFlagProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    layout->addWidget(new QLabel(tr("History:"), this));
    m_history = flagsDialogTable(this, {tr("When"), tr("Who"), tr("Fact"), tr("Change"), tr("Reason")});
    ViewLook::describe(m_history, QStringLiteral("personFlagHistory"), tr("History of the facts"),
                       tr("Who recorded or removed each fact, when and why"));
    layout->addWidget(m_history, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &PersonFlagsDialog::addFlag);
    connect(m_remove, &QPushButton::clicked, this, &PersonFlagsDialog::removeSelected);
    connect(m_flags, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_flags->selectedItems().isEmpty()); });
    reload();
}

void PersonFlagsDialog::reload()
{
    m_flags->setRowCount(0);
    m_history->setRowCount(0);
    m_remove->setEnabled(false);
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto flags = PersonFlagStore::list(m_session.database().connection(), m_campaign, m_person, &error);
    const auto history = flags
        ? PersonFlagStore::history(m_session.database().connection(), m_campaign, m_person, &error)
        : std::nullopt;
    if (!flags || !history) {
        showProblem(error);
        return;
    }
    for (const PersonFlag& flag : *flags) {
        const int row = m_flags->rowCount();
        m_flags->insertRow(row);
        QString document = flag.documentNumber;
        if (flag.documentDate.isValid()) {
            document += tr(" of %1").arg(flag.documentDate.toString(QStringLiteral("dd/MM/yyyy")));
        }
        m_flags->setItem(row, 0, ViewLook::readOnlyItem(flagTitle(flag.flagCode)));
        m_flags->item(row, 0)->setData(Qt::UserRole, flag.flagCode);
        m_flags->setItem(row, 1, ViewLook::readOnlyItem(flag.reason));
        m_flags->setItem(row, 2, ViewLook::readOnlyItem(document));
        m_flags->setItem(row, 3, ViewLook::readOnlyItem(flag.recordedBy));
        m_flags->setItem(row, 4, ViewLook::readOnlyItem(flagsDialogTime(flag.recordedAt)));
    }
    for (const PersonFlagChange& change : *history) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, ViewLook::readOnlyItem(flagsDialogTime(change.at)));
        m_history->setItem(row, 1, ViewLook::readOnlyItem(change.actor));
        m_history->setItem(row, 2, ViewLook::readOnlyItem(flagTitle(change.flagCode)));
        m_history->setItem(row, 3, ViewLook::readOnlyItem(change.removed ? tr("removed") : tr("recorded")));
        m_history->setItem(row, 4, ViewLook::readOnlyItem(change.reason));
    }
    m_flags->resizeColumnsToContents();
    m_history->resizeColumnsToContents();
}

bool PersonFlagsDialog::addFlag()
{
    PersonFlag flag;
    flag.personCode = m_person;
    flag.flagCode = m_flag->currentData().toString();
    flag.reason = m_reason->text().trimmed();
    flag.documentNumber = m_documentNumber->text().trimmed();
    if (!flag.documentNumber.isEmpty()) {
        flag.documentDate = m_documentDate->date();
    }
    // The core's rules first, so that every problem is named at once; the store checks them again
    // with the role.
    const QStringList problems = flag.problems(m_set);
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        m_reason->setFocus();
        return false;
    }
    QString error;
    if (!PersonFlagStore::record(m_session.database(), m_campaign, flag, m_session.role(), m_session.actor(),
                                 &error)) {
        showProblem(error);
        return false;
    }
    m_reason->clear();
    m_documentNumber->clear();
    reload();
    showProblem(tr("%1 is recorded for %2.").arg(flagTitle(flag.flagCode), m_personName), true);
    m_session.notifyDataChanged();
    return true;
}

bool PersonFlagsDialog::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_flags->selectedItems();
    if (selected.isEmpty()) {
        return false;
    }
    const QString code = m_flags->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    const auto reason
        = DialogService::askText(this, tr("Remove a fact"),
                                 tr("Why does \"%1\" no longer apply to %2? The reason is recorded.")
                                     .arg(flagTitle(code), m_personName));
    if (!reason) {
        return false;
    }
    QString error;
    if (!PersonFlagStore::remove(m_session.database(), m_campaign, m_person, code, *reason, m_session.role(),
                                 m_session.actor(), &error)) {
        showProblem(error);
        return false;
    }
    reload();
    showProblem(tr("%1 is removed for %2.").arg(flagTitle(code), m_personName), true);
    m_session.notifyDataChanged();
    return true;
}

void PersonFlagsDialog::showProblem(const QString& text, bool positive)
{
    m_problem->setStyleSheet(positive ? QStringLiteral("color: #1b5e20;")
                                      : QStringLiteral("color: #b00020;"));
    m_problem->setText(text);
    m_problem->show();
}

QString PersonFlagsDialog::flagTitle(const QString& code) const
{
    const GradeFlag* flag = m_set.flag(code);
    return flag ? PersonFlag::describe(*flag) : code;
}

} // namespace danhgia::ui
