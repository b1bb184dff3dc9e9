#pragma once

#include "councils/CouncilRanking.h"
#include "stores/CouncilStore.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace danhgia::ui {

class AppSession;

// The score grid of one interview council (rules.md §5): one row per candidate, one column per
// member (a member's score, editable), then the mean, the spread, the status (official, needs a
// dialogue held by the board head or the council chair, agreed), the agreed score (editable by
// the role that holds the candidate's dialogue), the official score, pass or fail and the rank
// (CouncilRanking). Every edit is written at once through CouncilStore and the council read
// back; what the core refuses comes back as refused(). Numbers are written the Vietnamese way.
class CouncilGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns after the members'.
    enum Column
    {
        MeanColumn,
        SpreadColumn,
        StatusColumn,
        AgreedColumn,
        OfficialColumn,
        ResultColumn,
        RankColumn,
        ColumnCountAfterMembers,
    };
    static constexpr int CandidateColumn = 0;

    enum Role
    {
        CandidateIdRole = Qt::UserRole, // QString
        NeedsDialogueRole, // bool: the row waits for a dialogue
        DialogueHolderRole, // QString: the council role that holds the dialogue ("chu_tich")
    };

    struct Summary
    {
        int candidates = 0;
        int passed = 0;
        int waitingForDialogue = 0;
    };

    explicit CouncilGridModel(AppSession& session, QObject* parent = nullptr);

    // Shows the council with that id (0: none). False with *error when it cannot be read.
    bool setCouncil(qint64 councilId, QString* error);
    // Reads the shown council again.
    bool reload(QString* error);
    qint64 councilId() const { return m_council ? m_council->id : 0; }
    const CouncilSession* council() const { return m_council ? &m_council->session : nullptr; }

    int memberCount() const;
    // The column of `column` (after the members), or of member number `member` (from 0).
    int columnOf(Column column) const { return 1 + memberCount() + column; }
    int memberColumn(int member) const { return 1 + member; }
    // The member index of a column, or -1.
    int memberAt(int column) const;
    const CandidateResult& result(int row) const { return m_results.at(row); }
    const CouncilRank& rank(int row) const { return m_ranks.at(row); }
    bool scoringComplete(int row) const;
    Summary summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A member's score or the agreed score, as typed ("78,5"): written through CouncilStore with
    // the session's user and role. False when the text is no number or the core refuses.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QLocale locale() { return QLocale(QLocale::Vietnamese); }
    // "Chủ tịch Hội đồng" for the council role that holds a dialogue.
    static QString holderTitle(const QString& by);

Q_SIGNALS:
    // What the core (or the reading of the number) refused, for the view to show.
    void refused(const QString& message);
    // The council was read again (after an edit, a reload or another council).
    void councilChanged();
    // A member's score changed after an agreement, which no longer stands (CouncilSession):
    // what happened and what the spread rule asks now, for the view to show.
    void agreementVoided(const QString& message);

private:
    void show(std::optional<CouncilRecord> council);
    QString number(Decimal value) const;
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    QString statusText(int row) const;
    QString voidedText(int row) const;
    std::optional<Decimal> memberScore(int row, int member) const;
    bool agreedEditable(int row) const;

    AppSession& m_session;
    std::optional<CouncilRecord> m_council;
    QList<CandidateResult> m_results;
    QList<CouncilRank> m_ranks;
};

} // namespace danhgia::ui
