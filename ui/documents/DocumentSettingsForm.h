#pragma once

#include "documentdata/DocumentSettings.h"

#include <QWidget>

class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace danhgia::ui {

// The fields of a document's header and signatures (Decree 30/2020/NĐ-CP) as a form: agencies,
// number and symbol, place and date, the meeting's time and place, who signs, the legal basis and
// "Nơi nhận". Emits changed() on every edit, so a preview can follow.
class DocumentSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentSettingsForm(QWidget* parent = nullptr);

    void setSettings(const DocumentSettings& settings);
    DocumentSettings settings() const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit* addLine(const QString& label, const QString& tip);

    DocumentSettings m_settings; // fields the form does not show are kept as given
    QLineEdit* m_parentAgency = nullptr;
    QLineEdit* m_issuingAgency = nullptr;
    QSpinBox* m_number = nullptr;
    QLineEdit* m_symbol = nullptr;
    QLineEdit* m_place = nullptr;
    QDateEdit* m_date = nullptr;
    QDateTimeEdit* m_meetingStart = nullptr;
    QDateTimeEdit* m_meetingEnd = nullptr;
    QLineEdit* m_meetingPlace = nullptr;
    QLineEdit* m_signerAuthority = nullptr;
    QLineEdit* m_signerTitle = nullptr;
    QLineEdit* m_signerName = nullptr;
    QLineEdit* m_chairName = nullptr;
    QLineEdit* m_secretaryName = nullptr;
    QPlainTextEdit* m_basis = nullptr;
    QPlainTextEdit* m_recipients = nullptr;
};

} // namespace danhgia::ui
