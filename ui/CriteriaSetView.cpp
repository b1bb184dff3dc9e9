#include "CriteriaSetView.h"

#include "ViewLook.h"

#include "CriteriaTreeModel.h"
#include "RowHeightDelegate.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace { } // namespace

CriteriaSetView::CriteriaSetView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CriteriaTreeModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("criteriaSetTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_source = new QLabel(this);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_source);

    auto* facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);
    m_kind = addFact(facts, 0, 0, tr("Kind:"));
    m_id = addFact(facts, 0, 2, tr("Id:"));
    m_totalMax = addFact(facts, 1, 0, tr("Total maximum:"));
    m_decimals = addFact(facts, 1, 2, tr("Decimal places:"));
    m_leaves = addFact(facts, 2, 0, tr("Leaf criteria:"));
    m_evidence = addFact(facts, 2, 2, tr("Evidence required:"));
    m_grades = addFact(facts, 3, 0, tr("Grades:"), 3);
    m_quota = addFact(facts, 4, 0, tr("Quota:"), 3);
    layout->addLayout(facts);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new RowHeightDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(CriteriaTreeModel::TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    m_issueHeading = new QLabel(this);
    m_issueHeading->setObjectName(QStringLiteral("issueHeading"));
    m_issueHeading->setWordWrap(true);
    layout->addWidget(m_issueHeading);

    m_issueList = new QListWidget(this);
    m_issueList->setObjectName(QStringLiteral("issueList"));
    m_issueList->setWordWrap(true);
    m_issueList->setIconSize(QSize(16, 16));
    m_issueList->setMaximumHeight(m_issueList->fontMetrics().height() * 8);
    layout->addWidget(m_issueList);

    clear();
}

QLabel* CriteriaSetView::addFact(QGridLayout* grid, int row, int column, const QString& name, int span)
{
    auto* label = new QLabel(name, this);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(value);
    grid->addWidget(label, row, column);
    grid->addWidget(value, row, column + 1, 1, span);
    return value;
}

void CriteriaSetView::showLoaded(const CriteriaTemplates::Loaded& loaded)
{
    m_loaded = loaded;
    updateHeader();
    updateTree();
    updateIssues();
    Q_EMIT shown();
}

bool CriteriaSetView::openFile(const QString& path)
{
    showLoaded(CriteriaTemplates::loadFile(path));
    return m_loaded.isUsable();
}

void CriteriaSetView::clear()
{
    showLoaded({});
}

QString CriteriaSetView::problemSummary() const
{
    int errors = 0;
    int warnings = 0;
    for (const auto& issue : m_loaded.issues) {
        (issue.isError() ? errors : warnings) += 1;
    }
    if (errors == 0 && warnings == 0) {
        return tr("no problems");
    }
    if (warnings == 0) {
        return tr("%n error(s)", nullptr, errors);
    }
    if (errors == 0) {
        return tr("%n warning(s)", nullptr, warnings);
    }
    return tr("%1, %2").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings));
}

QString CriteriaSetView::kindTitle(const QString& kind)
{
    if (kind == QLatin1String("par_index")) {
        return tr("Administrative reform (PAR) index");
    }
    if (kind == QLatin1String("staff")) {
        return tr("Staff appraisal");
    }
    if (kind == QLatin1String("agency")) {
        return tr("Agency appraisal");
    }
    if (kind == QLatin1String("it_ranking")) {
        return tr("IT application ranking");
    }
    if (kind == QLatin1String("interview")) {
        return tr("Recruitment interview");
    }
    return kind.isEmpty() ? tr("not given") : kind;
}

void CriteriaSetView::updateHeader()
{
    const CriteriaSet& set = m_loaded.set;
    const bool empty = set.nodeCount() == 0;
    if (!set.title.isEmpty()) {
        m_title->setText(set.title);
    } else if (!m_loaded.source.isEmpty()) {
        m_title->setText(QFileInfo(m_loaded.source).fileName());
    } else {
        m_title->setText(tr("No criteria set"));
    }
    if (m_loaded.source.startsWith(QLatin1String(":/"))) {
        m_source->setText(tr("Built-in template %1").arg(QFileInfo(m_loaded.source).fileName()));
    } else if (!m_loaded.source.isEmpty()) {
        m_source->setText(tr("File %1").arg(QDir::toNativeSeparators(m_loaded.source)));
    } else {
        m_source->clear();
    }
    m_source->setVisible(!m_loaded.source.isEmpty());

    m_kind->setText(empty && set.kind.isEmpty() ? ViewLook::noValue() : kindTitle(set.kind));
    m_id->setText(set.id.isEmpty() ? ViewLook::noValue() : tr("%1, version %2").arg(set.id).arg(set.version));
    m_totalMax->setText(empty ? ViewLook::noValue() : ViewLook::number(set.totalMax()));
    m_decimals->setText(empty ? ViewLook::noValue() : QLocale().toString(set.decimals));
    m_leaves->setText(empty ? ViewLook::noValue()
                            : tr("%1 of %2 criteria (%3 top-level)")
                                  .arg(QLocale().toString(set.leaves().size()),
                                       QLocale().toString(set.nodeCount()),
                                       QLocale().toString(set.topLevel().size())));
    m_evidence->setText(empty ? ViewLook::noValue()
                              : tr("%n leaf criteria", nullptr, set.requiredEvidenceCount()));
    m_grades->setText(empty ? ViewLook::noValue() : gradesText());
    m_quota->setText(empty ? ViewLook::noValue() : quotaText());
}

QString CriteriaSetView::gradesText() const
{
    const CriteriaSet& set = m_loaded.set;
    if (set.grades.isEmpty()) {
        return tr("none (points only)");
    }
    QStringList grades;
    for (const auto& grade : set.grades) {
        grades << tr("%1 (%2) from %3").arg(grade.title, grade.code, ViewLook::number(grade.min));
    }
    return grades.join(QLatin1String("; "));
}

QString CriteriaSetView::quotaText() const
{
    const auto& quota = m_loaded.set.quota;
    if (!quota) {
        return tr("none");
    }
    return tr("%1 for at most %2% of those graded %3")
        .arg(quota->grade, ViewLook::number(quota->ratio.timesInt(100)), quota->of.join(QLatin1String(", ")));
}

void CriteriaSetView::updateTree()
{
    m_model->setCriteriaSet(m_loaded.set);
    m_tree->expandAll();
    for (const int column : {CriteriaTreeModel::CodeColumn, CriteriaTreeModel::MaxColumn,
                             CriteriaTreeModel::MethodColumn, CriteriaTreeModel::EvidenceColumn}) {
        m_tree->resizeColumnToContents(column);
    }
}

void CriteriaSetView::updateIssues()
{
    m_issueList->clear();
    const ValidationIssues& issues = m_loaded.issues;
    if (issues.isEmpty()) {
        m_issueHeading->setText(m_loaded.source.isEmpty() ? QString()
                                                          : tr("No problems found: the set is valid."));
        m_issueList->hide();
        return;
    }
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const auto& issue : issues) {
        auto* item
            = new QListWidgetItem(issue.isError() ? errorIcon : warningIcon, issue.toText(), m_issueList);
        item->setToolTip(issue.toText());
    }
    m_issueHeading->setText(
        m_loaded.isUsable()
            ? tr("Problems: %1. The set can still be used.").arg(problemSummary())
            : tr("Problems: %1. The set cannot be used until they are fixed.").arg(problemSummary()));
    m_issueList->show();
}

} // namespace danhgia::ui
