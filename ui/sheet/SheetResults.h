#pragma once

#include "results/SubjectResult.h"
#include "services/SheetEditor.h"

#include <QCoreApplication>

#include <array>

namespace danhgia::ui {

// The results the score sheet form shows, computed by the core from the loaded sheet: the
// self-assessment and the appraisal (the self-assessment while the appraisal has not started),
// each scored by SheetScorer against the campaign's best relative values and graded by
// ResultClassifier with the sheet's flags. Kept apart from the model, which only shows them.
class SheetResults
{
    Q_DECLARE_TR_FUNCTIONS(SheetResults)

public:
    // Scores the sheet of `editor` again (nullptr: no results).
    void recompute(const SheetEditor* editor);

    const SubjectResult& result(Stage stage) const { return m_results[slot(stage)]; }
    bool appraisalStarted() const;
    // Whether the appraisal differs from the self-assessment at a node (a leaf's value, a group's
    // points).
    bool differs(int node) const;
    // A node's points in words: empty for a leaf without a value, "N/A" when not applicable.
    QString pointsText(int node, Stage stage) const;
    // Appraised minus self-assessed points ("-2,5"), empty when they do not differ.
    QString differenceText(int node) const;
    // The grade after the sheet's flags: its code and title, empty for none.
    QString gradeCode(Stage stage) const;
    QString gradeTitle(Stage stage) const;

private:
    static int slot(Stage stage) { return stage == Stage::Self ? 0 : 1; }

    const SheetEditor* m_editor = nullptr;
    std::array<SubjectResult, 2> m_results;
};

} // namespace danhgia::ui
