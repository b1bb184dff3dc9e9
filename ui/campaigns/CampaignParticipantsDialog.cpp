#include "CampaignParticipantsDialog.h"

#include "AppSession.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "database/Database.h"
#include "queries/Listings.h"
#include "services/CampaignSheets.h"
#include "stores/CampaignStore.h"
#include "stores/PersonDirectory.h"
#include "tabular/TabularReader.h"
#include "text/CodeList.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

CampaignParticipantsDialog::CampaignParticipantsDialog(AppSession& session, const QString& campaignCode,
                                                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_campaign(campaignCode)
{
    setObjectName(QStringLiteral("campaignParticipantsDialog"));
    setWindowTitle(tr("Participants and sheets of %1").arg(campaignCode));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* grid = new QGridLayout;

    grid->addWidget(new QLabel(tr("Find units or people (with or without diacritics):"), this), 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setClearButtonEnabled(true);
    grid->addWidget(m_search, 1, 0);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("participantCandidates"));
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    grid->addWidget(m_candidates, 2, 0);
    auto* add = new QPushButton(tr("&Add the selected"), this);
    grid->addWidget(add, 3, 0);
    auto* byUnit = new QHBoxLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("participantUnit"));
    byUnit->addWidget(m_unit, 1);
    auto* addUnit = new QPushButton(tr("Add its &people"), this);
    byUnit->addWidget(addUnit);
    grid->addLayout(byUnit, 4, 0);

    grid->addWidget(new QLabel(tr("Or paste codes (one a line, or separated by commas):"), this), 0, 1);
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("participantPaste"));
    grid->addWidget(m_paste, 1, 1, 2, 1);
    auto* listButtons = new QHBoxLayout;
    auto* addPasted = new QPushButton(tr("Add the &codes"), this);
    auto* importFile = new QPushButton(tr("&Import a list (.xlsx, .csv)…"), this);
    listButtons->addWidget(addPasted);
    listButtons->addWidget(importFile);
    grid->addLayout(listButtons, 3, 1);

    grid->addWidget(new QLabel(tr("Taking part:"), this), 0, 2);
    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("participantList"));
    m_participants->setSelectionMode(QAbstractItemView::ExtendedSelection);
    grid->addWidget(m_participants, 1, 2, 2, 1);
    auto* remove = new QPushButton(tr("&Remove the selected"), this);
    grid->addWidget(remove, 3, 2);
    layout->addLayout(grid);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    layout->addWidget(m_summary);
    m_preview = new QTableWidget(0, 6, this);
    m_preview->setObjectName(QStringLiteral("sheetPreview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Task group"), tr("Unit"), tr("Period"), tr("Sheet")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_preview, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create &sheets"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(QStringLiteral("createSheetsButton"));
    layout->addWidget(buttons);
    resize(960, 640);

    connect(m_search, &QLineEdit::textChanged, this, &CampaignParticipantsDialog::search);
    connect(add, &QPushButton::clicked, this, &CampaignParticipantsDialog::addChosen);
    connect(m_candidates, &QListWidget::itemActivated, this, &CampaignParticipantsDialog::addChosen);
    connect(addUnit, &QPushButton::clicked, this, &CampaignParticipantsDialog::addUnitPeople);
    connect(addPasted, &QPushButton::clicked, this, &CampaignParticipantsDialog::addPasted);
    connect(importFile, &QPushButton::clicked, this, [this] {
        const QString path = DialogService::openFile(this, tr("Import a list of participants"),
                                                     tr("Lists (*.xlsx *.xls *.csv);;All files (*)"));
        if (!path.isEmpty()) {
            importList(path);
        }
    });
    connect(remove, &QPushButton::clicked, this, &CampaignParticipantsDialog::removeChosen);
    connect(m_create, &QPushButton::clicked, this, &CampaignParticipantsDialog::createSheets);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    QString error;
    const auto units = Listings::units(m_session.database().connection(), &error);
    for (const UnitRecord& unit : units.value_or(QList<UnitRecord>())) {
        m_unit->addItem(tr("%1 (%2)").arg(unit.name, unit.code), unit.code);
    }
    search();
    reload();
}

void CampaignParticipantsDialog::search()
{
    m_candidates->clear();
    QString error;
    QSqlDatabase& db = m_session.database().connection();
    const QString query = m_search->text();
    const auto units = Listings::units(db, &error);
    const auto people = units ? PersonDirectory::search(db, query, &error) : std::nullopt;
    if (!people) {
        m_messages->showError(error);
        return;
    }
    for (const UnitRecord& unit : *units) {
        if (query.trimmed().isEmpty()
            || VietnameseText::matches(unit.name + QLatin1Char(' ') + unit.code, query)) {
            auto* item = new QListWidgetItem(tr("Unit %1: %2").arg(unit.code, unit.name), m_candidates);
            item->setData(CodeRole, unit.code);
        }
    }
    for (const PersonRecord& person : *people) {
        auto* item
            = new QListWidgetItem(tr("%1: %2, %3")
                                      .arg(person.code, person.fullName,
                                           person.unitName.isEmpty() ? person.unitCode : person.unitName),
                                  m_candidates);
        item->setData(CodeRole, person.code);
    }
}

bool CampaignParticipantsDialog::addCodes(const QStringList& codes)
{
    // Those already taking part are left as they are.
    QStringList fresh;
    for (const QString& code : codes) {
        bool present = false;
        for (int i = 0; i < m_participants->count() && !present; ++i) {
            present = m_participants->item(i)->data(CodeRole).toString() == code;
        }
        if (!present) {
            fresh.append(code);
        }
    }
    if (fresh.isEmpty()) {
        m_messages->showInformation(tr("They all take part already."));
        return true;
    }
    QString error;
    if (!CampaignStore::addParticipantCodes(m_session.database(), m_campaign, fresh, m_session.actor(),
                                            &error)) {
        m_messages->showError(tr("Nobody was added: %1").arg(error));
        return false;
    }
    m_session.notifyDataChanged(this);
    reload();
    m_messages->showMessage(tr("%n added.", nullptr, static_cast<int>(fresh.size())),
                            MessageBar::Level::Positive);
    return true;
}

bool CampaignParticipantsDialog::importList(const QString& path)
{
    QString error;
    const auto table = TabularReader::read(path, &error);
    const auto codes = table ? CodeList::fromTable(*table, &error) : std::nullopt;
    if (!codes) {
        m_messages->showError(error);
        return false;
    }
    return addCodes(*codes);
}

void CampaignParticipantsDialog::addChosen()
{
    QStringList codes;
    for (const QListWidgetItem* item : m_candidates->selectedItems()) {
        codes.append(item->data(CodeRole).toString());
    }
    if (codes.isEmpty()) {
        m_messages->showInformation(tr("Select units or people in the list first."));
        return;
    }
    addCodes(codes);
}

void CampaignParticipantsDialog::addUnitPeople()
{
    QString error;
    const auto people = PersonDirectory::ofUnit(m_session.database().connection(),
                                                m_unit->currentData().toString(), &error);
    if (!people) {
        m_messages->showError(error);
        return;
    }
    QStringList codes;
    for (const PersonRecord& person : *people) {
        codes.append(person.code);
    }
    if (codes.isEmpty()) {
        m_messages->showInformation(tr("Nobody works in %1.").arg(m_unit->currentText()));
        return;
    }
    addCodes(codes);
}

void CampaignParticipantsDialog::addPasted()
{
    const QStringList codes = CodeList::fromText(m_paste->toPlainText());
    if (codes.isEmpty()) {
        m_messages->showInformation(tr("Paste the codes first."));
        return;
    }
    // The pasted text stays when a code is refused, to be corrected.
    if (addCodes(codes)) {
        m_paste->clear();
    }
}

void CampaignParticipantsDialog::removeChosen()
{
    QStringList units;
    QStringList people;
    for (const QListWidgetItem* item : m_participants->selectedItems()) {
        (item->data(CodeRole + 1).toBool() ? units : people).append(item->data(CodeRole).toString());
    }
    QString error;
    if ((!units.isEmpty()
         && !CampaignStore::removeParticipants(m_session.database(), m_campaign,
                                               CampaignParticipant::Kind::Unit, units, m_session.actor(),
                                               &error))
        || (!people.isEmpty()
            && !CampaignStore::removeParticipants(m_session.database(), m_campaign,
                                                  CampaignParticipant::Kind::Person, people,
                                                  m_session.actor(), &error))) {
        m_messages->showError(error);
    }
    m_session.notifyDataChanged(this);
    reload();
}

void CampaignParticipantsDialog::createSheets()
{
    QString error;
    const auto created = CampaignSheets::create(m_session.database(), m_campaign, m_session.role(),
                                                m_session.actor(), &error);
    if (!created) {
        m_messages->showError(tr("No sheet was created: %1").arg(error));
        return;
    }
    m_session.notifyDataChanged(this);
    reload();
    m_messages->showMessage(tr("%n score sheet(s) created.", nullptr, *created), MessageBar::Level::Positive);
}

void CampaignParticipantsDialog::reload()
{
    QString error;
    QSqlDatabase& db = m_session.database().connection();
    const auto taking = CampaignStore::participants(db, m_campaign, &error);
    const auto sheets = taking ? CampaignSheets::preview(db, m_campaign, &error) : std::nullopt;
    if (!sheets) {
        m_messages->showError(error);
        return;
    }
    m_participants->clear();
    for (const CampaignParticipant& participant : *taking) {
        const bool unit = participant.kind == CampaignParticipant::Kind::Unit;
        auto* item = new QListWidgetItem(unit ? tr("Unit %1: %2").arg(participant.code, participant.name)
                                              : tr("%1: %2").arg(participant.code, participant.name),
                                         m_participants);
        item->setData(CodeRole, participant.code);
        item->setData(CodeRole + 1, unit);
    }
    m_preview->setRowCount(0);
    int toCreate = 0;
    for (const PlannedSheet& sheet : *sheets) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        const QStringList cells{sheet.subjectCode, sheet.subjectName,
                                sheet.group,       sheet.unitCode,
                                sheet.period,      sheet.exists ? tr("exists") : tr("will be created")};
        for (int c = 0; c < cells.size(); ++c) {
            m_preview->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
        toCreate += sheet.exists ? 0 : 1;
    }
    m_summary->setText(tr("%1 score sheet(s) for %2 participant(s): %3 exist, %4 will be created.")
                           .arg(sheets->size())
                           .arg(taking->size())
                           .arg(sheets->size() - toCreate)
                           .arg(toCreate));
    m_create->setEnabled(toCreate > 0);
}

} // namespace danhgia::ui
