#pragma once

#include "councils/CouncilExamination.h"

#include <QSet>
#include <QTableWidget>

namespace danhgia::ui {

// The candidates of an interview council as its set-up dialog edits them: exam number, full name,
// priority points (none, 2,5, 5 or 7,5, chosen from a list) and the scores of the parts other
// than the interview (written, practical), whose columns show only when the examination has them.
class CouncilCandidatesTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        PriorityColumn,
        WrittenColumn,
        PracticalColumn,
    };

    explicit CouncilCandidatesTable(QWidget* parent = nullptr);

    // A new row; an empty code takes the next free one ("TS03"), an empty priority none.
    void addCandidate(const QString& code = {}, const QString& name = {}, const QString& priority = {},
                      const QString& written = {}, const QString& practical = {});
    // Shows or hides the column of a part's scores; hidden ones are not read.
    void setPartShown(RecruitmentPart::Kind kind, bool shown);
    bool isPartShown(RecruitmentPart::Kind kind) const;

    // The candidates typed into `session` (those of `before` keep the members' scores) and their
    // priority points and part scores into `examination`; false with one line per wrong cell,
    // naming its row, in `problems`.
    bool collect(const QList<CouncilCandidate>& before, CouncilSession* session,
                 CouncilExamination* examination, QStringList* problems) const;

    // The first code `prefix` + two digits ("TV01") not in `taken`.
    static QString freeCode(const QSet<QString>& taken, const QString& prefix);
    // A number as the council's users write it ("7,5").
    static QString decimalText(const Decimal& value);

private:
    QString cellText(int row, int column) const;
};

} // namespace danhgia::ui
