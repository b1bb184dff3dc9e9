#include "SubmissionBlockerList.h"

#include "services/SheetEditor.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

SubmissionBlockerList::SubmissionBlockerList(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("blockerHeading"));
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("submissionBlockers"));
    m_list->setAccessibleName(tr("What still blocks submission"));
    m_list->setToolTip(
        tr("What must be done before the sheet can be submitted; Enter goes to the criterion"));
    m_list->setWordWrap(true);
    m_heading->setBuddy(m_list);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT criterionActivated(item->data(Qt::UserRole).toString());
    });
}

void SubmissionBlockerList::showSheet(const SheetEditor* editor)
{
    m_list->clear();
    if (!editor) {
        m_heading->clear();
        return;
    }
    if (editor->state() != SheetState::Draft) {
        m_heading->setText(tr("The self-assessment has been submitted."));
        return;
    }
    const SubmissionReadiness readiness = editor->readiness();
    m_heading->setText(readiness.isReady() ? tr("Nothing blocks submission.")
                                           : tr("%n problem(s) block submission:", nullptr,
                                                static_cast<int>(readiness.problems().size())));
    for (const SubmissionReadiness::Problem& problem : readiness.problems()) {
        auto* item = new QListWidgetItem(problem.message, m_list);
        item->setData(Qt::UserRole, problem.code);
        item->setToolTip(problem.code + QLatin1Char(' ') + problem.title);
    }
}

} // namespace danhgia::ui
