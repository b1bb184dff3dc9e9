#include "EvidencePanel.h"

#include "AppSession.h"
#include "DialogService.h"
#include "LeafValueText.h"
#include "services/SheetEditor.h"
#include "stores/EvidenceStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

constexpr int EvidenceIdRole = Qt::UserRole;

QStringList localFiles(const QMimeData* data)
{
    QStringList paths;
    for (const QUrl& url : data->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile()) {
            return {};
        }
        paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

EvidencePanel::EvidencePanel(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("evidencePanel"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("evidenceHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("evidenceFiles"));
    m_files->setAccessibleName(tr("Evidence files"));
    m_files->setToolTip(
        tr("The files attached to this criterion; Enter or a double click opens one. Files can be "
           "dropped here."));
    m_files->setMinimumHeight(m_files->fontMetrics().lineSpacing() * 5);
    m_dropHint = new QLabel(tr("Drop files here or choose Attach."), this);
    m_dropHint->setEnabled(false);
    m_dropHint->setWordWrap(true);

    m_attach = new QPushButton(tr("&Attach..."), this);
    m_attach->setObjectName(QStringLiteral("attachEvidenceButton"));
    m_attach->setAccessibleName(tr("Attach evidence"));
    m_attach->setToolTip(tr("Attach files as evidence of the selected criterion"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openEvidenceButton"));
    m_open->setAccessibleName(tr("Open evidence"));
    m_open->setToolTip(tr("Open the selected file with the program the system uses for it"));
    m_remove = new QPushButton(tr("Re&move..."), this);
    m_remove->setObjectName(QStringLiteral("removeEvidenceButton"));
    m_remove->setAccessibleName(tr("Remove evidence"));
    m_remove->setToolTip(tr("Remove the selected file from the sheet (a reason is asked)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    m_explanationLabel = new QLabel(tr("E&xplanation where there is no evidence file:"), this);
    m_explanationLabel->setWordWrap(true);
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("explanationEdit"));
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setToolTip(
        tr("Why there is no evidence file, and where the evidence can be seen; saved as you "
           "type"));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 4);
    m_explanation->setAcceptDrops(false); // a file dropped on it is attached by the panel
    m_explanation->installEventFilter(this);
    m_explanationLabel->setBuddy(m_explanation);

    layout->addWidget(m_heading);
    layout->addWidget(m_rule);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_dropHint);
    layout->addLayout(buttons);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_explanation, 1);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(700);
    connect(m_saveTimer, &QTimer::timeout, this, &EvidencePanel::saveExplanation);
    connect(m_explanation, &QPlainTextEdit::textChanged, this, [this] {
        if (m_explanation->isEnabled() && !m_explanation->isReadOnly()) {
            m_saveTimer->start();
        }
    });
    connect(m_attach, &QPushButton::clicked, this, &EvidencePanel::attachByDialog);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_files, &QListWidget::itemActivated, this, &EvidencePanel::openSelected);
    connect(m_files, &QListWidget::currentRowChanged, this, &EvidencePanel::updateState);
    updateState();
}

void EvidencePanel::setEditor(SheetEditor* editor)
{
    saveExplanation();
    m_editor = editor;
    m_code.clear();
    reloadFiles();
}

void EvidencePanel::dropEditor()
{
    m_saveTimer->stop();
    m_editor = nullptr;
    m_code.clear();
    reloadFiles();
}

void EvidencePanel::showLeaf(const QString& code)
{
    if (code == m_code) {
        return;
    }
    saveExplanation();
    m_code = code;
    reloadFiles();
}

void EvidencePanel::setEditable(bool editable)
{
    m_editable = editable;
    updateState();
}

void EvidencePanel::reloadFiles()
{
    m_files->clear();
    const int node = m_editor && !m_code.isEmpty() ? m_editor->criteriaSet().indexOf(m_code) : -1;
    const bool leaf = node >= 0 && !m_editor->criteriaSet().node(node).isGroup;
    if (leaf) {
        const Criterion& c = m_editor->criteriaSet().node(node);
        m_heading->setText(tr("Evidence of %1 %2").arg(c.code, c.title));
        switch (c.evidence) {
            case EvidenceRule::Required:
                m_rule->setText(tr("Evidence is required: attach a file or write an explanation."));
                break;
            case EvidenceRule::Optional:
                m_rule->setText(tr("Evidence may be attached."));
                break;
            case EvidenceRule::None:
                m_rule->setText(tr("No evidence is asked for."));
                break;
        }
        QString error;
        const auto records = EvidenceStore::list(m_editor->database(), m_editor->sheetId(), m_code, &error);
        if (!records) {
            Q_EMIT errorOccurred(error);
        }
        for (const EvidenceRecord& record : records.value_or(QList<EvidenceRecord>())) {
            auto* item = new QListWidgetItem(
                tr("%1 (%2)").arg(record.originalName,
                                  LeafValueText::locale().formattedDataSize(record.size)),
                m_files);
            item->setData(EvidenceIdRole, record.id);
            item->setToolTip(tr("Attached by %1").arg(record.addedBy));
        }
        if (m_files->count() > 0) {
            m_files->setCurrentRow(0);
        }
    } else {
        m_heading->setText(tr("Select a criterion to see its evidence."));
        m_rule->clear();
    }
    {
        const QSignalBlocker blocker(m_explanation);
        m_explanation->setPlainText(leaf ? m_editor->explanation(m_code) : QString());
    }
    updateState();
}

void EvidencePanel::updateState()
{
    const bool leaf = m_editor && !m_code.isEmpty() && m_editor->criteriaSet().indexOf(m_code) >= 0
        && !m_editor->criteriaSet().node(m_editor->criteriaSet().indexOf(m_code)).isGroup;
    const bool hasValue = leaf && m_editor->value(Stage::Self, m_code).has_value();
    m_attach->setEnabled(leaf && m_editable);
    m_open->setEnabled(leaf && m_files->currentRow() >= 0);
    m_remove->setEnabled(leaf && m_editable && m_files->currentRow() >= 0);
    m_files->setEnabled(leaf);
    m_dropHint->setVisible(leaf && m_editable && m_files->count() == 0);
    m_explanation->setEnabled(leaf);
    m_explanation->setReadOnly(!m_editable || !hasValue);
    m_explanation->setPlaceholderText(
        !leaf ? QString()
              : (m_editable && !hasValue
                     ? tr("Give the criterion a value first; then an explanation can be written.")
                     : tr("Why there is no evidence file, and where the evidence can be seen")));
}

bool EvidencePanel::saveExplanation()
{
    m_saveTimer->stop();
    if (!m_editor || m_code.isEmpty() || m_explanation->isReadOnly()) {
        return true;
    }
    const QString text = m_explanation->toPlainText();
    if (text == m_editor->explanation(m_code)) {
        return true;
    }
    QString error;
    if (!m_editor->writeExplanation(m_code, text, m_session.role(), m_session.actor(), &error)) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    Q_EMIT explanationSaved(m_code);
    return true;
}

bool EvidencePanel::attachFiles(const QStringList& paths)
{
    if (!m_editor || m_code.isEmpty() || !m_editable || paths.isEmpty()) {
        return false;
    }
    QStringList errors;
    for (const QString& path : paths) {
        QString error;
        if (!EvidenceStore::attach(m_editor->database(), m_editor->sheetId(), m_code, path, m_session.actor(),
                                   &error)) {
            errors.append(error);
        }
    }
    QString error;
    if (!m_editor->reloadEvidence(&error)) {
        errors.append(error);
    }
    reloadFiles();
    Q_EMIT evidenceChanged(m_code);
    if (!errors.isEmpty()) {
        Q_EMIT errorOccurred(errors.join(QLatin1Char('\n')));
    }
    return errors.isEmpty();
}

void EvidencePanel::attachByDialog()
{
    const QStringList paths
        = DialogService::openFiles(this, tr("Attach evidence to criterion %1").arg(m_code),
                                   tr("Documents and scans (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods "
                                      "*.jpg *.jpeg *.png *.tif *.tiff);;All "
                                      "files (*)"));
    attachFiles(paths);
}

void EvidencePanel::openSelected()
{
    const QListWidgetItem* item = m_files->currentItem();
    if (!m_editor || !item) {
        return;
    }
    const qint64 id = item->data(EvidenceIdRole).toLongLong();
    QString error;
    const auto record = EvidenceStore::find(m_editor->database(), id, &error);
    auto stored = record ? EvidenceStore::open(m_editor->database(), id, &error) : std::nullopt;
    if (record && !stored) {
        // A file pulled from the provincial server whose content has not come down yet: fetched
        // now, its SHA-256 checked before it is stored.
        QString fetchError;
        if (m_session.fetchEvidence(id, &fetchError)) {
            stored = EvidenceStore::open(m_editor->database(), id, &error);
        } else if (m_session.account()) {
            // Linked: the content is on the server and has not come down yet; the row stays.
            error
                = tr("The file \"%1\" is not on this computer yet. %2").arg(record->originalName, fetchError);
        } else {
            error = tr("%1. %2").arg(error, fetchError);
        }
    }
    if (!stored) {
        Q_EMIT errorOccurred(error);
        return;
    }
    // The stored content has no name of its own: a copy under the original name tells the
    // system which program opens it (and keeps the stored file from being written to).
    const QString folder = QDir::temp().filePath(QStringLiteral("danhgia-evidence/%1").arg(record->sha256));
    const QString copy = QDir(folder).filePath(QFileInfo(record->originalName).fileName());
    if (!QFileInfo::exists(copy) && (!QDir().mkpath(folder) || !QFile::copy(*stored, copy))) {
        Q_EMIT errorOccurred(tr("The file \"%1\" could not be prepared for opening in %2.")
                                 .arg(record->originalName, QDir::toNativeSeparators(folder)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy))) {
        Q_EMIT errorOccurred(tr("No program could open \"%1\".").arg(record->originalName));
    }
}

void EvidencePanel::removeSelected()
{
    const QListWidgetItem* item = m_files->currentItem();
    if (!m_editor || !item || !m_editable) {
        return;
    }
    const auto reason = DialogService::askText(
        this, tr("Remove evidence"),
        tr("Why is \"%1\" removed from criterion %2?").arg(item->data(Qt::DisplayRole).toString(), m_code));
    if (!reason) {
        return;
    }
    QString error;
    if (!EvidenceStore::remove(m_editor->database(), item->data(EvidenceIdRole).toLongLong(),
                               m_session.actor(), *reason, &error)
        || !m_editor->reloadEvidence(&error)) {
        Q_EMIT errorOccurred(error);
    }
    reloadFiles();
    Q_EMIT evidenceChanged(m_code);
}

bool EvidencePanel::acceptsDrop(const QMimeData* mime) const
{
    return m_editable && m_editor && !m_code.isEmpty() && m_attach->isEnabled() && mime->hasUrls()
        && !localFiles(mime).isEmpty();
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void EvidencePanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void EvidencePanel::dropEvent(QDropEvent* event)
{
    if (!acceptsDrop(event->mimeData())) {
        return;
    }
    event->acceptProposedAction();
    attachFiles(localFiles(event->mimeData()));
}

bool EvidencePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_explanation && event->type() == QEvent::FocusOut) {
        saveExplanation();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace danhgia::ui
