#pragma once

#include "criteria/Criterion.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace danhgia::ui {

// The fields of one criterion in the criteria set editor: code, title, maximum, and for a leaf
// its method (the eight of the core), the levels or ratio bands of a method that has them, the
// parameters of the method (the step of points; what a deduction takes per item and at most;
// what a task's failure or delay takes; what a ratio or linear leaf gives when nothing arose),
// whether it may be marked not applicable and whether evidence is required. A field is committed when
// the user leaves it (or picks from a list); a maximum that is not a number is refused with a
// message naming the criterion, and the typed text stays for the user to correct.
class CriteriaDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaDetailsPanel(QWidget* parent = nullptr);

    // Shows a criterion, the node `index` of its set (nothing, and every field disabled, with null).
    void showCriterion(const Criterion* node, int index = -1);

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* maxEdit() const { return m_max; }
    QComboBox* methodBox() const { return m_method; }
    QLineEdit* pairsEdit() const { return m_pairs; }
    QComboBox* evidenceBox() const { return m_evidence; }
    // The method's amount: the step of points, the deduction per item, or per task failure.
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* limitEdit() const { return m_limit; }
    QComboBox* whenNoneBox() const { return m_whenNone; }
    QCheckBox* notApplicableCheck() const { return m_naAllowed; }
    QLabel* problemLabel() const { return m_problem; }

Q_SIGNALS:
    // The user changed a field of the node `index`: its new fields, and what changed in words.
    void edited(int index, const danhgia::Criterion& fields, const QString& what);

private:
    void commit();
    void showProblem(const QString& text);
    void showMethodParameters();
    // The parameter fields' change of the shown leaf into `fields`, in words; empty when none.
    // False (with the problem shown) when a typed amount is not a number.
    bool readMethodParameters(Criterion* fields, QString* what);

    Criterion m_shown;
    bool m_hasNode = false;
    int m_index = -1;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_max = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_pairs = nullptr;
    QComboBox* m_evidence = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_limit = nullptr;
    QComboBox* m_whenNone = nullptr;
    QCheckBox* m_naAllowed = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace danhgia::ui
