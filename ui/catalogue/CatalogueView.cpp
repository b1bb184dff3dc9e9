#include "CatalogueView.h"

#include "AppSession.h"
#include "CriteriaSetsPage.h"
#include "DialogService.h"
#include "ImportPreviewDialog.h"
#include "MessageBar.h"
#include "RowHeightDelegate.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "queries/Listings.h"
#include "services/CatalogueImport.h"
#include "stores/PersonDirectory.h"
#include "workflow/RecordPermissions.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace danhgia::ui {

namespace {

enum UnitColumn
{
    UnitNameColumn,
    UnitCodeColumn,
    UnitKindColumn,
    UnitColumnCount,
};

} // namespace

CatalogueView::CatalogueView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("catalogueView"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* buttons = new QHBoxLayout;
    m_importUnits = new QPushButton(tr("Import &units…"), this);
    m_importUnits->setObjectName(QStringLiteral("importUnitsButton"));
    m_importUnits->setToolTip(tr("Read a list of units from a CSV or Excel file, check it and show what "
                                 "would change before writing"));
    m_importPeople = new QPushButton(tr("Import &people…"), this);
    m_importPeople->setObjectName(QStringLiteral("importPeopleButton"));
    m_importPeople->setToolTip(tr("Read a list of people from a CSV or Excel file, check it and show what "
                                  "would change before writing"));
    m_importUnits->setProperty("importTip", m_importUnits->toolTip());
    m_importPeople->setProperty("importTip", m_importPeople->toolTip());
    buttons->addWidget(m_importUnits);
    buttons->addWidget(m_importPeople);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("catalogueTabs"));

    m_units = new QTreeWidget(m_tabs);
    m_units->setObjectName(QStringLiteral("unitTree"));
    m_units->setAccessibleName(tr("Units"));
    m_units->setColumnCount(UnitColumnCount);
    m_units->setHeaderLabels({tr("Name"), tr("Code"), tr("Kind")});
    m_units->setAlternatingRowColors(true);
    m_units->setUniformRowHeights(true);
    m_units->setItemDelegate(new RowHeightDelegate(m_units));
    m_units->header()->setStretchLastSection(false);
    m_units->header()->setSectionResizeMode(UnitNameColumn, QHeaderView::Stretch);
    m_units->header()->setSectionResizeMode(UnitCodeColumn, QHeaderView::ResizeToContents);
    m_units->header()->setSectionResizeMode(UnitKindColumn, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_units, tr("Units"));
    m_tabs->setTabToolTip(0, tr("The units, each under its parent unit"));

    auto* peoplePage = new QWidget(m_tabs);
    auto* peopleLayout = new QVBoxLayout(peoplePage);
    auto* searchLabel = new QLabel(tr("&Search:"), peoplePage);
    m_search = new QLineEdit(peoplePage);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Name or code, with or without accents"));
    m_search->setToolTip(tr("\"nguyen van a\" finds \"Nguyễn Văn A\""));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    peopleLayout->addLayout(searchRow);
    m_people = new QTableWidget(0, PeopleColumnCount, peoplePage);
    m_people->setObjectName(QStringLiteral("peopleTable"));
    m_people->setAccessibleName(tr("People"));
    m_people->setHorizontalHeaderLabels(
        {tr("Code"), tr("Full name"), tr("Position"), tr("Unit"), tr("Task group"), tr("Leader")});
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setAlternatingRowColors(true);
    m_people->verticalHeader()->hide();
    ViewLook::useCompactRows(m_people);
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    peopleLayout->addWidget(m_people, 1);
    m_tabs->addTab(peoplePage, tr("People"));
    m_tabs->setTabToolTip(1, tr("The people, sorted by given name as Vietnamese lists are"));

    m_setsPage = new CriteriaSetsPage(m_session, m_tabs);
    m_tabs->addTab(m_setsPage, tr("Criteria sets"));
    m_tabs->setTabToolTip(2, tr("The criteria set versions stored in the database"));
    layout->addWidget(m_tabs, 1);

    connect(m_importUnits, &QPushButton::clicked, this, &CatalogueView::importUnits);
    connect(m_importPeople, &QPushButton::clicked, this, &CatalogueView::importPeople);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogueView::loadPeople);
    connect(&m_session, &AppSession::databaseChanged, this, &CatalogueView::reload);
    connect(&m_session, &AppSession::userChanged, this, &CatalogueView::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });

    reload();
}

void CatalogueView::reload()
{
    m_messages->clearMessage();
    const bool open = m_session.hasDatabase();
    // Only the role that keeps the catalogue imports; the others see why not.
    const QString refused = RecordPermissions::refusal(RecordKind::Catalogue, m_session.role());
    for (QPushButton* button : {m_importUnits, m_importPeople}) {
        button->setEnabled(open && refused.isEmpty());
        button->setToolTip(refused.isEmpty() ? button->property("importTip").toString() : refused);
    }
    m_search->setEnabled(open);
    if (!open) {
        m_messages->showInformation(tr("Open a database to see its units, people and criteria sets."));
    }
    loadUnits();
    loadPeople();
}

QListWidget* CatalogueView::criteriaSetList() const
{
    return m_setsPage->setList();
}

CriteriaSetView* CatalogueView::criteriaSetView() const
{
    return m_setsPage->setView();
}

QString CatalogueView::kindTitle(const QString& kind)
{
    if (kind == QLatin1String("province")) {
        return tr("Province");
    }
    if (kind == QLatin1String("department")) {
        return tr("Department");
    }
    if (kind == QLatin1String("commune")) {
        return tr("Commune");
    }
    if (kind == QLatin1String("office")) {
        return tr("Office");
    }
    return tr("Other");
}

void CatalogueView::loadUnits()
{
    m_units->clear();
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto units = Listings::units(m_session.database().connection(), &error);
    if (!units) {
        m_messages->showError(error);
        return;
    }
    QHash<QString, int> byCode;
    for (int i = 0; i < units->size(); ++i) {
        byCode.insert(units->at(i).code, i);
    }
    // Parents before children, whatever the order of the codes: each item is made when first needed.
    QHash<QString, QTreeWidgetItem*> items;
    std::function<QTreeWidgetItem*(int, int)> itemOf = [&](int i, int depth) -> QTreeWidgetItem* {
        const UnitRecord& unit = units->at(i);
        if (auto* made = items.value(unit.code)) {
            return made;
        }
        QTreeWidgetItem* parent = nullptr;
        const int parentIndex = byCode.value(unit.parentCode, -1);
        // A cycle of parents (which the database should never hold) is cut at the top.
        if (parentIndex >= 0 && parentIndex != i && depth < units->size()) {
            parent = itemOf(parentIndex, depth + 1);
        }
        auto* made = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_units);
        made->setText(UnitNameColumn, unit.name);
        made->setText(UnitCodeColumn, unit.code);
        made->setText(UnitKindColumn, kindTitle(unit.kind));
        made->setToolTip(UnitNameColumn, unit.name);
        items.insert(unit.code, made);
        return made;
    };
    for (int i = 0; i < units->size(); ++i) {
        itemOf(i, 0);
    }
    m_units->expandAll();
}

void CatalogueView::loadPeople()
{
    m_people->setRowCount(0);
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto people = PersonDirectory::search(m_session.database().connection(), m_search->text(), &error);
    if (!people) {
        m_messages->showError(error);
        return;
    }
    m_people->setRowCount(static_cast<int>(people->size()));
    for (int row = 0; row < people->size(); ++row) {
        const PersonRecord& person = people->at(row);
        m_people->setItem(row, CodeColumn, ViewLook::readOnlyItem(person.code));
        m_people->setItem(row, NameColumn, ViewLook::readOnlyItem(person.fullName));
        m_people->setItem(row, PositionColumn, ViewLook::readOnlyItem(person.position));
        auto* unit = ViewLook::readOnlyItem(person.unitName.isEmpty() ? person.unitCode : person.unitName);
        unit->setToolTip(person.unitCode);
        m_people->setItem(row, UnitColumn, unit);
        m_people->setItem(row, TaskGroupColumn, ViewLook::readOnlyItem(person.taskGroup));
        m_people->setItem(row, LeaderColumn, ViewLook::readOnlyItem(person.isLeader ? tr("Yes") : QString()));
    }
}

void CatalogueView::importUnits()
{
    importFile(ImportPlan::Subject::Units);
}

void CatalogueView::importPeople()
{
    importFile(ImportPlan::Subject::People);
}

void CatalogueView::importFile(ImportPlan::Subject subject)
{
    const bool units = subject == ImportPlan::Subject::Units;
    const QString path = DialogService::openFile(this, units ? tr("Import units") : tr("Import people"),
                                                 tr("Lists (*.csv *.xlsx *.xls);;All files (*)"));
    if (!path.isEmpty()) {
        previewImport(subject, path);
    }
}

ImportPreviewDialog* CatalogueView::previewImport(ImportPlan::Subject subject, const QString& path)
{
    m_messages->clearMessage();
    if (!m_session.hasDatabase()) {
        return nullptr;
    }
    QString error;
    const auto table = CatalogueImport::readTable(path, &error);
    if (!table) {
        m_messages->showError(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), error));
        return nullptr;
    }
    QSqlDatabase& db = m_session.database().connection();
    const ImportPlan plan = subject == ImportPlan::Subject::Units ? CatalogueImport::planUnits(db, *table)
                                                                  : CatalogueImport::planPeople(db, *table);
    if (m_preview) {
        m_preview->close();
        m_preview->deleteLater();
    }
    m_preview = new ImportPreviewDialog(plan, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = QFileInfo(path).fileName();
    connect(m_preview, &QDialog::accepted, this, [this, plan] { applyPlan(plan); });
    connect(m_preview, &QDialog::rejected, this,
            [this, name] { m_messages->showInformation(tr("Nothing was imported from %1.").arg(name)); });
    m_preview->open();
    return m_preview;
}

void CatalogueView::applyPlan(const ImportPlan& plan)
{
    QString error;
    if (!CatalogueImport::apply(m_session.database(), plan, m_session.role(), m_session.actor(), &error)) {
        m_messages->showError(tr("Nothing was imported: %1").arg(error));
        return;
    }
    m_session.notifyDataChanged();
    m_messages->showMessage(plan.summary(), MessageBar::Level::Positive);
}

} // namespace danhgia::ui
