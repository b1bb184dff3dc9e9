#include "CriteriaSetsPage.h"

#include "AppSession.h"
#include "CriteriaEditorDialog.h"
#include "CriteriaImportDialog.h"
#include "CriteriaSetView.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "ViewRefresher.h"
#include "criteria/CriteriaSetVersions.h"
#include "criteria/CriteriaTemplates.h"
#include "queries/Listings.h"
#include "services/CriteriaSetEditor.h"
#include "stores/CriteriaSetStore.h"
#include "workflow/RecordPermissions.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

enum ItemRole
{
    RowIdRole = Qt::UserRole,
    StatusRole,
};

} // namespace

CriteriaSetsPage::CriteriaSetsPage(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("criteriaSetsPage"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name, const QString& tip) {
        auto* made = new QPushButton(text, this);
        made->setObjectName(name);
        made->setToolTip(tip);
        buttons->addWidget(made);
        return made;
    };
    m_import = button(tr("Import from Excel/CSV/JSON…"), QStringLiteral("importCriteriaButton"),
                      tr("Read a criteria set from the Excel/CSV template or a JSON file, check it and store "
                         "it as a draft"));
    m_template = button(tr("Start from a template…"), QStringLiteral("criteriaTemplateButton"),
                        tr("Store one of the templates shipped with the program as a new draft"));
    m_copy
        = button(tr("Copy to a new version…"), QStringLiteral("copyCriteriaButton"),
                 tr("A new draft version of the chosen set, for a new year; the chosen one stays as it is"));
    m_edit = button(tr("Edit the draft…"), QStringLiteral("editCriteriaButton"),
                    tr("Change the tree, methods, maxima and evidence of the chosen draft, with undo"));
    m_publish
        = button(tr("Publish"), QStringLiteral("publishCriteriaButton"),
                 tr("Publish the chosen draft: campaigns may then use it, and it can no longer change"));
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_sets = new QListWidget(splitter);
    m_sets->setObjectName(QStringLiteral("criteriaSetList"));
    m_sets->setAccessibleName(tr("Criteria sets"));
    m_sets->setWordWrap(true);
    m_sets->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sets->setMinimumWidth(m_sets->fontMetrics().averageCharWidth() * 32);
    m_view = new CriteriaSetView(splitter);
    splitter->addWidget(m_sets);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_import, &QPushButton::clicked, this, &CriteriaSetsPage::importFile);
    connect(m_template, &QPushButton::clicked, this, &CriteriaSetsPage::startFromTemplate);
    connect(m_copy, &QPushButton::clicked, this, &CriteriaSetsPage::copySelected);
    connect(m_edit, &QPushButton::clicked, this, &CriteriaSetsPage::editSelected);
    connect(m_publish, &QPushButton::clicked, this, &CriteriaSetsPage::publishSelected);
    connect(m_sets, &QListWidget::currentRowChanged, this, &CriteriaSetsPage::showCurrent);
    connect(&m_session, &AppSession::databaseChanged, this, &CriteriaSetsPage::reload);
    connect(&m_session, &AppSession::userChanged, this, &CriteriaSetsPage::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });
    reload();
}

CriteriaSetsPage::~CriteriaSetsPage() = default;

QString CriteriaSetsPage::excelTemplatePath()
{
    return QStringLiteral(":/templates/tieu-chi-cong-chuc-2026.xlsx");
}

void CriteriaSetsPage::reload()
{
    const qint64 current = currentRowId();
    {
        const QSignalBlocker blocker(m_sets);
        m_sets->clear();
    }
    if (!m_session.hasDatabase()) {
        m_view->clear();
        updateButtons();
        return;
    }
    QString error;
    const auto sets = Listings::criteriaSets(m_session.database().connection(), &error);
    if (!sets) {
        m_messages->showError(error);
        updateButtons();
        return;
    }
    int select = sets->isEmpty() ? -1 : 0;
    {
        const QSignalBlocker blocker(m_sets);
        for (const CriteriaSetRecord& set : *sets) {
            const bool published = set.status == QLatin1String(CriteriaSetVersions::Published);
            auto* entry = new QListWidgetItem(tr("%1\n%2, version %3 (%4)")
                                                  .arg(set.title, set.setId)
                                                  .arg(set.version)
                                                  .arg(published ? tr("published") : tr("draft")),
                                              m_sets);
            entry->setData(RowIdRole, set.rowId);
            entry->setData(StatusRole, set.status);
            entry->setToolTip(set.title);
            if (set.rowId == current) {
                select = m_sets->count() - 1;
            }
        }
    }
    m_sets->setCurrentRow(select);
    if (select < 0) {
        m_view->clear();
    }
    updateButtons();
}

qint64 CriteriaSetsPage::currentRowId() const
{
    const QListWidgetItem* item = m_sets->currentItem();
    return item ? item->data(RowIdRole).toLongLong() : 0;
}

bool CriteriaSetsPage::currentIsDraft() const
{
    const QListWidgetItem* item = m_sets->currentItem();
    return item && item->data(StatusRole).toString() == QLatin1String(CriteriaSetVersions::Draft);
}

bool CriteriaSetsPage::selectRow(qint64 rowId)
{
    for (int i = 0; i < m_sets->count(); ++i) {
        if (m_sets->item(i)->data(RowIdRole).toLongLong() == rowId) {
            m_sets->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void CriteriaSetsPage::showCurrent()
{
    const qint64 row = currentRowId();
    updateButtons();
    if (row == 0 || !m_session.hasDatabase()) {
        m_view->clear();
        return;
    }
    QString error;
    // A draft may hold errors: shown with the set, they stop its publication.
    const auto loaded = CriteriaSetStore::loadWithIssues(m_session.database().connection(), row, &error);
    if (!loaded) {
        m_view->clear();
        m_messages->showError(error);
        return;
    }
    m_view->showLoaded(*loaded);
}

void CriteriaSetsPage::updateButtons()
{
    const bool open = m_session.hasDatabase();
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, m_session.role());
    const bool allowed = open && refused.isEmpty();
    m_import->setEnabled(allowed);
    m_template->setEnabled(allowed);
    m_copy->setEnabled(allowed && currentRowId() != 0);
    m_edit->setEnabled(allowed && currentIsDraft());
    m_publish->setEnabled(allowed && currentIsDraft());
    // A role that may not change criteria sets sees why in every button's tooltip.
    for (QPushButton* button : {m_import, m_template, m_copy, m_edit, m_publish}) {
        if (!button->property("actionTip").isValid()) {
            button->setProperty("actionTip", button->toolTip());
        }
        button->setToolTip(refused.isEmpty() ? button->property("actionTip").toString() : refused);
    }
}

void CriteriaSetsPage::importFile()
{
    const QString path = DialogService::openFile(
        this, tr("Import a criteria set"), tr("Criteria sets (*.xlsx *.xls *.csv *.json);;All files (*)"));
    if (!path.isEmpty()) {
        openImport(path);
    }
}

CriteriaImportDialog* CriteriaSetsPage::openImport(const QString& path)
{
    return openImportDialog(path, QString(), false);
}

void CriteriaSetsPage::startFromTemplate()
{
    const QList<CriteriaTemplates::Entry> templates = CriteriaTemplates::list();
    QStringList choices;
    choices << tr("Excel template: civil servants' monthly appraisal (%1)")
                   .arg(QFileInfo(excelTemplatePath()).fileName());
    for (const auto& entry : templates) {
        choices << tr("Built-in set: %1").arg(entry.title);
    }
    const auto chosen
        = DialogService::choose(this, tr("Start from a template"), tr("The new draft starts from:"), choices);
    if (!chosen) {
        return;
    }
    if (*chosen == 0) {
        // The reader reads files, not resources: a copy under its own name in a folder of ours.
        if (!m_templateCopies) {
            m_templateCopies = std::make_unique<QTemporaryDir>();
        }
        const QString copy = m_templateCopies->filePath(QFileInfo(excelTemplatePath()).fileName());
        QFile::remove(copy);
        if (!QFile::copy(excelTemplatePath(), copy)) {
            m_messages->showError(tr("The Excel template cannot be copied to %1.").arg(copy));
            return;
        }
        openImportDialog(copy, choices.first(), true);
        return;
    }
    const CriteriaTemplates::Entry& entry = templates.at(*chosen - 1);
    openImportDialog(entry.path, entry.title, false);
}

CriteriaImportDialog* CriteriaSetsPage::openImportDialog(const QString& path, const QString& shownName,
                                                         bool excelTemplate)
{
    m_messages->clearMessage();
    if (!m_session.hasDatabase()) {
        return nullptr;
    }
    if (m_importDialog) {
        m_importDialog->close();
        m_importDialog->deleteLater();
    }
    std::optional<CriteriaSetImport::Header> preset;
    if (excelTemplate) {
        // The Excel template was made from the built-in civil-servant set: the same header.
        const CriteriaSet builtIn = CriteriaTemplates::load(QStringLiteral("cong-chuc-2026")).set;
        preset = CriteriaSetImport::Header{builtIn.id, builtIn.version, builtIn.title, builtIn.kind,
                                           QStringLiteral("cong-chuc-2026")};
    }
    m_importDialog = new CriteriaImportDialog(m_session, path, shownName, preset, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &CriteriaImportDialog::stored, this, [this](qint64 row) {
        reload();
        selectRow(row);
        m_messages->showMessage(tr("Stored as a draft: check it, then publish it for campaigns to use."),
                                MessageBar::Level::Positive);
    });
    m_importDialog->open();
    return m_importDialog;
}

void CriteriaSetsPage::copySelected()
{
    const qint64 row = currentRowId();
    if (row == 0 || !m_session.hasDatabase()) {
        return;
    }
    m_messages->clearMessage();
    const auto title = DialogService::askText(this, tr("Copy to a new version"),
                                              tr("Title of the new version (for example with the new year):"),
                                              m_view->criteriaSet().title);
    if (!title) {
        return;
    }
    QString error;
    const auto copy = CriteriaSetEditor::copyToNewVersion(m_session.database(), row, *title, m_session.role(),
                                                          m_session.actor(), &error);
    if (!copy) {
        m_messages->showError(error);
        return;
    }
    m_session.notifyDataChanged();
    reload();
    selectRow(*copy);
    m_messages->showMessage(
        tr("Copied to version %1, a draft you may edit.").arg(m_view->criteriaSet().version),
        MessageBar::Level::Positive);
}

CriteriaEditorDialog* CriteriaSetsPage::editor() const
{
    return qobject_cast<CriteriaEditorDialog*>(m_editor.data());
}

CriteriaEditorDialog* CriteriaSetsPage::editSelected()
{
    const qint64 row = currentRowId();
    if (row == 0 || !currentIsDraft() || !m_session.hasDatabase()) {
        return nullptr;
    }
    m_messages->clearMessage();
    if (m_editor) {
        m_editor->close();
        m_editor->deleteLater();
    }
    auto* editor = new CriteriaEditorDialog(m_session, row, m_view->criteriaSet(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CriteriaEditorDialog::saved, this, [this](qint64 saved) {
        reload();
        selectRow(saved);
    });
    m_editor = editor;
    editor->open();
    return editor;
}

void CriteriaSetsPage::publishSelected()
{
    const qint64 row = currentRowId();
    if (row == 0 || !m_session.hasDatabase()) {
        return;
    }
    m_messages->clearMessage();
    const CriteriaSet& set = m_view->criteriaSet();
    if (!DialogService::ask(this, tr("Publish"),
                            tr("Publish %1 version %2? Campaigns may then use it, and it can never change "
                               "again.")
                                .arg(set.id)
                                .arg(set.version))) {
        return;
    }
    QString error;
    if (!CriteriaSetEditor::publish(m_session.database(), row, m_session.role(), m_session.actor(), &error)) {
        m_messages->showError(error);
        return;
    }
    m_session.notifyDataChanged();
    reload();
    selectRow(row);
    m_messages->showMessage(tr("Published: campaigns may now use it."), MessageBar::Level::Positive);
}

} // namespace danhgia::ui
