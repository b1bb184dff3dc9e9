#include "DocumentSettingsForm.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace danhgia::ui {

namespace {

QPlainTextEdit* makeLinesEdit(QWidget* parent, const QString& tip)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setToolTip(tip);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

DocumentSettingsForm::DocumentSettingsForm(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    form->addRow(sectionLabel(tr("Header"), this));
    m_parentAgency = addLine(tr("Parent agency"), tr("Printed in capitals on the first line of the header"));
    m_issuingAgency = addLine(tr("Issuing agency"), tr("Printed in bold capitals, with a short rule below"));
    m_number = new QSpinBox(this);
    m_number->setRange(0, 99999);
    m_number->setSpecialValueText(tr("(blank, written by hand)"));
    m_number->setToolTip(tr("Numbers under 10 are printed with a leading zero (05)"));
    m_number->setAccessibleName(tr("Number"));
    form->addRow(tr("Number"), m_number);
    m_symbol = addLine(tr("Symbol"), tr("The symbol after the number, such as BB-HĐTĐ or QĐ-SNV"));
    m_place = addLine(tr("Place"), tr("The place name of the date line"));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setAccessibleName(tr("Date"));
    form->addRow(tr("Date"), m_date);

    form->addRow(sectionLabel(tr("Meeting (minutes)"), this));
    m_meetingStart = new QDateTimeEdit(this);
    m_meetingStart->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
    m_meetingStart->setAccessibleName(tr("Started at"));
    form->addRow(tr("Started at"), m_meetingStart);
    m_meetingEnd = new QDateTimeEdit(this);
    m_meetingEnd->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
    m_meetingEnd->setAccessibleName(tr("Ended at"));
    form->addRow(tr("Ended at"), m_meetingEnd);
    m_meetingPlace = addLine(tr("Meeting place"), tr("Where the meeting was held"));
    m_chairName = addLine(tr("Chair"), tr("Signs on the right of minutes"));
    m_secretaryName = addLine(tr("Secretary"), tr("Signs on the left of minutes"));

    form->addRow(sectionLabel(tr("Signature"), this));
    m_signerAuthority
        = addLine(tr("On behalf of"), tr("For example KT. GIÁM ĐỐC; leave empty when the head signs"));
    m_signerTitle = addLine(tr("Title"), tr("The signer's title, such as PHÓ GIÁM ĐỐC"));
    m_signerName = addLine(tr("Signer"), tr("The signer's full name"));

    m_basis = makeLinesEdit(this, tr("One legal basis per line (Căn cứ ...)"));
    m_basis->setAccessibleName(tr("Legal basis"));
    form->addRow(tr("Legal basis"), m_basis);
    m_recipients = makeLinesEdit(this, tr("One recipient per line; the last is usually Lưu: VT"));
    m_recipients->setAccessibleName(tr("Recipients"));
    form->addRow(tr("Recipients"), m_recipients);

    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, this, &DocumentSettingsForm::changed);
    }
    connect(m_number, &QSpinBox::valueChanged, this, &DocumentSettingsForm::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &DocumentSettingsForm::changed);
    connect(m_meetingStart, &QDateTimeEdit::dateTimeChanged, this, &DocumentSettingsForm::changed);
    connect(m_meetingEnd, &QDateTimeEdit::dateTimeChanged, this, &DocumentSettingsForm::changed);
    connect(m_basis, &QPlainTextEdit::textChanged, this, &DocumentSettingsForm::changed);
    connect(m_recipients, &QPlainTextEdit::textChanged, this, &DocumentSettingsForm::changed);
}

QLineEdit* DocumentSettingsForm::addLine(const QString& label, const QString& tip)
{
    auto* edit = new QLineEdit(this);
    edit->setToolTip(tip);
    edit->setAccessibleName(label);
    static_cast<QFormLayout*>(layout())->addRow(label, edit);
    return edit;
}

void DocumentSettingsForm::setSettings(const DocumentSettings& settings)
{
    const QSignalBlocker blockers[]
        = {QSignalBlocker(m_number),     QSignalBlocker(m_date),  QSignalBlocker(m_meetingStart),
           QSignalBlocker(m_meetingEnd), QSignalBlocker(m_basis), QSignalBlocker(m_recipients)};
    m_settings = settings;
    m_parentAgency->setText(settings.parentAgency);
    m_issuingAgency->setText(settings.issuingAgency);
    m_number->setValue(settings.number);
    m_symbol->setText(settings.symbol);
    m_place->setText(settings.place);
    m_date->setDate(settings.date.isValid() ? settings.date : QDate::currentDate());
    m_meetingStart->setDateTime(settings.meetingStart);
    m_meetingEnd->setDateTime(settings.meetingEnd);
    m_meetingPlace->setText(settings.meetingPlace);
    m_signerAuthority->setText(settings.signer.authority);
    m_signerTitle->setText(settings.signer.title);
    m_signerName->setText(settings.signer.name);
    m_chairName->setText(settings.chair.name);
    m_secretaryName->setText(settings.secretary.name);
    m_basis->setPlainText(settings.basis);
    m_recipients->setPlainText(settings.recipients.join(QLatin1Char('\n')));
}

DocumentSettings DocumentSettingsForm::settings() const
{
    DocumentSettings settings = m_settings;
    settings.parentAgency = m_parentAgency->text().trimmed();
    settings.issuingAgency = m_issuingAgency->text().trimmed();
    settings.number = m_number->value();
    settings.symbol = m_symbol->text().trimmed();
    settings.place = m_place->text().trimmed();
    settings.date = m_date->date();
    settings.meetingStart = m_meetingStart->dateTime();
    settings.meetingEnd = m_meetingEnd->dateTime();
    settings.meetingPlace = m_meetingPlace->text().trimmed();
    settings.signer.authority = m_signerAuthority->text().trimmed();
    settings.signer.title = m_signerTitle->text().trimmed();
    settings.signer.name = m_signerName->text().trimmed();
    settings.chair.name = m_chairName->text().trimmed();
    settings.secretary.name = m_secretaryName->text().trimmed();
    settings.basis = m_basis->toPlainText().trimmed();
    settings.recipients.clear();
    for (const QString& line : m_recipients->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            settings.recipients.append(line.trimmed());
        }
    }
    return settings;
}

} // namespace danhgia::ui
