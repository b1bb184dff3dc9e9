#pragma once

#include <QObject>
#include <QPointer>

class QPushButton;
class QWidget;

namespace danhgia::ui {

class AppSession;
class SurveyDefinitionDialog;

// "New survey…" and "Edit survey…" of the survey screen: opens SurveyDefinitionDialog, saves what
// it holds through SurveyStore under the role's permission (RecordPermissions::SurveySetup), keeps
// the dialog open with every value and the problems when the survey is refused, and says when it is
// saved.
class SurveyDefinitionActions : public QObject
{
    Q_OBJECT

public:
    SurveyDefinitionActions(AppSession& session, QPushButton* newButton, QPushButton* editButton,
                            QWidget* parent);

    SurveyDefinitionDialog* dialog() const;
    // The buttons follow the role and whether a survey is shown.
    void update(qint64 shownSurveyId);
    void openNew();
    void openEdit();

Q_SIGNALS:
    void saved(qint64 surveyId, const QString& message);
    void failed(const QString& message);

private:
    void save();

    AppSession& m_session;
    QWidget* m_parent = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    qint64 m_shown = 0;
    QPointer<SurveyDefinitionDialog> m_dialog;
};

} // namespace danhgia::ui
