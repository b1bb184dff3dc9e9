#include "CriteriaImportDialog.h"

#include "AppSession.h"
#include "CriteriaSetView.h"
#include "MessageBar.h"
#include "criteria/CriteriaSetVersions.h"
#include "services/CampaignEditor.h"
#include "services/CriteriaSetEditor.h"
#include "stores/CriteriaSetStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace danhgia::ui {

CriteriaImportDialog::CriteriaImportDialog(AppSession& session, const QString& path, const QString& shownName,
                                           const std::optional<CriteriaSetImport::Header>& preset,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(path)
{
    setObjectName(QStringLiteral("criteriaImportDialog"));
    const QString name = shownName.isEmpty() ? QFileInfo(path).fileName() : shownName;
    setWindowTitle(tr("Import a criteria set: %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* source = new QLabel(
        CriteriaSetImport::isTable(path)
            ? tr("Read from the Excel/CSV template %1: give the set's id, title and kind.").arg(name)
            : tr("Read from the criteria set file %1.").arg(name),
        this);
    source->setWordWrap(true);
    layout->addWidget(source);

    auto* form = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("criteriaSetId"));
    m_id->setToolTip(tr("A short name without spaces that stays the same from one version to the next"));
    form->addRow(tr("&Id:"), m_id);
    m_version = new QSpinBox(this);
    m_version->setObjectName(QStringLiteral("criteriaSetVersion"));
    m_version->setRange(1, 1000000);
    form->addRow(tr("&Version:"), m_version);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("criteriaSetTitle"));
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("criteriaSetKind"));
    for (const QString& kind : CampaignEditor::kinds()) {
        m_kind->addItem(CriteriaSetView::kindTitle(kind), kind);
    }
    form->addRow(tr("&Kind:"), m_kind);
    m_grades = new QComboBox(this);
    m_grades->setObjectName(QStringLiteral("criteriaSetGradesFrom"));
    m_grades->setToolTip(tr("The Excel/CSV template has no grades or quota: they are taken from this set"));
    m_grades->addItem(tr("None (points only)"), QString());
    for (const auto& entry : CriteriaTemplates::list()) {
        m_grades->addItem(entry.title, entry.name);
    }
    if (CriteriaSetImport::isTable(path)) {
        form->addRow(tr("&Grades and quota from:"), m_grades);
    } else {
        m_grades->hide();
    }
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save as draft"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &CriteriaImportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The file's own header, with the next free version when that one is stored already.
    CriteriaSetImport::Header suggested = preset.value_or(CriteriaSetImport::suggestedHeader(path));
    if (m_session.hasDatabase() && !suggested.id.isEmpty()) {
        QString error;
        const auto stored
            = CriteriaSetStore::versions(m_session.database().connection(), suggested.id, &error);
        if (stored && stored->contains(suggested.version)) {
            suggested.version = CriteriaSetVersions::nextVersion(*stored);
        }
    }
    m_id->setText(suggested.id);
    m_version->setValue(suggested.version);
    m_title->setText(suggested.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(suggested.kind)));
    m_grades->setCurrentIndex(std::max(0, m_grades->findData(suggested.gradesFrom)));
    reread();
    connect(m_id, &QLineEdit::editingFinished, this, &CriteriaImportDialog::reread);
    connect(m_title, &QLineEdit::editingFinished, this, &CriteriaImportDialog::reread);
    connect(m_version, &QSpinBox::valueChanged, this, &CriteriaImportDialog::reread);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CriteriaImportDialog::reread);
    connect(m_grades, &QComboBox::currentIndexChanged, this, &CriteriaImportDialog::reread);
    resize(720, 480);
}

CriteriaSetImport::Header CriteriaImportDialog::header() const
{
    return {m_id->text().trimmed(), m_version->value(), m_title->text().trimmed(),
            m_kind->currentData().toString(), m_grades->currentData().toString()};
}

void CriteriaImportDialog::reread()
{
    m_loaded = CriteriaSetImport::read(m_path, header());
    m_problems->clear();
    int errors = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const auto& issue : m_loaded.issues) {
        errors += issue.isError() ? 1 : 0;
        auto* item
            = new QListWidgetItem(issue.isError() ? errorIcon : warningIcon, issue.toText(), m_problems);
        item->setData(Qt::UserRole, issue.code);
        item->setToolTip(issue.toText());
    }
    m_problems->setVisible(!m_loaded.issues.isEmpty());
    if (m_loaded.issues.isEmpty()) {
        m_summary->setText(tr("No problems found: %n criteria read.", nullptr, m_loaded.set.nodeCount()));
    } else if (errors == 0) {
        m_summary->setText(
            tr("%n warning(s); the set can be saved.", nullptr, static_cast<int>(m_loaded.issues.size())));
    } else {
        m_summary->setText(
            tr("%n error(s): fix the file and import it again; the set cannot be saved.", nullptr, errors));
    }
}

void CriteriaImportDialog::save()
{
    m_messages->clearMessage();
    reread();
    if (!m_session.hasDatabase()) {
        m_messages->showError(tr("Open a database first."));
        return;
    }
    ValidationIssues issues;
    QString error;
    const auto row = ValidationIssue::hasErrors(m_loaded.issues)
        ? std::nullopt
        : CriteriaSetEditor::createDraft(m_session.database(), m_loaded.set, m_session.role(),
                                         m_session.actor(), &issues, &error);
    if (!row) {
        m_messages->showError(
            error.isEmpty() ? tr("The set has errors and was not saved; they are listed below.") : error);
        return;
    }
    m_stored = *row;
    m_session.notifyDataChanged();
    Q_EMIT stored(*row);
    accept();
}

} // namespace danhgia::ui
