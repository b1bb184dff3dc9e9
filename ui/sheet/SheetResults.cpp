#include "SheetResults.h"

#include "LeafValueText.h"
#include "results/ResultClassifier.h"
#include "scoring/SheetScorer.h"

namespace danhgia::ui {

void SheetResults::recompute(const SheetEditor* editor)
{
    m_editor = editor;
    m_results = {};
    if (!m_editor) {
        return;
    }
    const SheetScorer scorer(m_editor->criteriaSet());
    for (const Stage stage : {Stage::Self, Stage::Appraised}) {
        m_results[slot(stage)]
            = scorer.score(m_editor->effectiveSheet(stage), m_editor->relativeBests(stage));
    }
}

bool SheetResults::appraisalStarted() const
{
    return m_editor && m_editor->hasValues(Stage::Appraised);
}

bool SheetResults::differs(int node) const
{
    if (!appraisalStarted()) {
        return false;
    }
    const Criterion& c = m_editor->criteriaSet().node(node);
    if (!c.isGroup) {
        return !SheetEditor::sameValue(m_editor->value(Stage::Self, c.code),
                                       m_editor->value(Stage::Appraised, c.code));
    }
    const auto index = static_cast<std::size_t>(node);
    const NodeScore& self = m_results[0].nodes[index];
    const NodeScore& appraised = m_results[1].nodes[index];
    return self.applicable != appraised.applicable || self.points != appraised.points;
}

QString SheetResults::pointsText(int node, Stage stage) const
{
    const Criterion& c = m_editor->criteriaSet().node(node);
    if (!c.isGroup && !m_editor->effectiveValue(stage, c.code)) {
        return {};
    }
    const NodeScore& score = result(stage).nodes[static_cast<std::size_t>(node)];
    return score.applicable ? LeafValueText::number(score.points) : tr("N/A");
}

QString SheetResults::differenceText(int node) const
{
    if (!differs(node)) {
        return {};
    }
    const auto index = static_cast<std::size_t>(node);
    const NodeScore& self = m_results[0].nodes[index];
    const NodeScore& appraised = m_results[1].nodes[index];
    if (!self.applicable || !appraised.applicable) {
        return tr("N/A");
    }
    return appraised.points == self.points ? QString()
                                           : LeafValueText::signedNumber(appraised.points - self.points);
}

QString SheetResults::gradeCode(Stage stage) const
{
    if (!m_editor) {
        return {};
    }
    const ResultClassifier classifier(m_editor->criteriaSet());
    return classifier.applyFlags(classifier.gradeForIndex(result(stage).index), m_editor->flags());
}

QString SheetResults::gradeTitle(Stage stage) const
{
    const QString code = gradeCode(stage);
    const int grade = code.isEmpty() ? -1 : m_editor->criteriaSet().gradeIndex(code);
    return grade < 0 ? code : m_editor->criteriaSet().grades[grade].title;
}

} // namespace danhgia::ui
