#include "documents/RecognitionDecision.h"

#include "documentdata/DocumentWording.h"
#include "documents/DocumentComposer.h"
#include "documents/ResultReport.h"
#include "documents/ResultReportTables.h"
#include "documents/VietnameseDate.h"
#include "text/VietnameseText.h"

namespace danhgia {

namespace {

QStringList words(const QString& text)
{
    return VietnameseText::normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool sameWord(const QString& a, const QString& b)
{
    return a.toLower() == b.toLower();
}

// A line without the punctuation that ends it.
QString withoutEnd(const QString& line)
{
    QString text = line.trimmed();
    while (text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char('.'))
           || text.endsWith(QLatin1Char(','))) {
        text.chop(1);
    }
    return text.trimmed();
}

// "05/QĐ-SNV", or room for the number when it is not given yet.
QString numberAndSymbol(const DocumentSettings& settings)
{
    const QString number = settings.number > 0
        ? QStringLiteral("%1").arg(settings.number, 2, 10, QLatin1Char('0'))
        : QStringLiteral("\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0");
    return number + QLatin1Char('/') + settings.symbol;
}

// "Hoàn thành tốt nhiệm vụ: 20; Hoàn thành nhiệm vụ: 12".
QString gradeSummary(const ResultReportData& data)
{
    QStringList items;
    for (const auto& [code, count] : ResultReportTables::gradeCounts(data)) {
        if (count > 0) {
            const QString title
                = code.isEmpty() ? DocumentWording::text("report.not_classified") : data.gradeTitle(code);
            items.append(DocumentWording::text("decision.grade_count").arg(title, QString::number(count)));
        }
    }
    return items.join(QStringLiteral("; "));
}

} // namespace

DocumentSettings RecognitionDecision::settingsFor(const DocumentSettings& unitSettings)
{
    DocumentSettings settings = unitSettings;
    settings.symbol = DocumentWording::text("decision.symbol").arg(unitSettings.agencyCode());
    const QString asAbove = DocumentWording::text("decision.recipients_as_above");
    const QString article = DocumentWording::text("decision.recipients_article");
    if (!settings.recipients.isEmpty() && sameWord(withoutEnd(settings.recipients.first()), asAbove)) {
        settings.recipients.first() = article;
    } else if (settings.recipients.isEmpty() || !sameWord(withoutEnd(settings.recipients.first()), article)) {
        settings.recipients.prepend(article);
    }
    return settings;
}

DocumentSettings RecognitionDecision::unitSettingsFrom(const DocumentSettings& decisionSettings)
{
    DocumentSettings settings = decisionSettings;
    const QString article = DocumentWording::text("decision.recipients_article");
    if (!settings.recipients.isEmpty() && sameWord(withoutEnd(settings.recipients.first()), article)) {
        settings.recipients.first() = DocumentWording::text("decision.recipients_as_above");
    }
    return settings;
}

QString RecognitionDecision::headTitle(const DocumentSettings& settings)
{
    // The head: the authority without its "KT." / "TM." / "TL.", else the signer's own title.
    QStringList head = words(settings.signer.authority);
    if (!head.isEmpty() && head.first().endsWith(QLatin1Char('.'))) {
        head.removeFirst();
    }
    if (head.isEmpty()) {
        head = words(settings.signer.title);
    }
    const QStringList agency = words(settings.issuingAgency);
    // Where the head's last words begin the agency's name, they are said once: "Trưởng phòng"
    // and "Phòng Công chức" make "Trưởng phòng Công chức", "Ủy ban nhân dân" and "Ủy ban nhân
    // dân xã Chi Lăng" make the agency itself.
    for (int overlap = std::min(head.size(), agency.size()); overlap > 0; --overlap) {
        bool same = true;
        for (int i = 0; i < overlap && same; ++i) {
            same = sameWord(head.at(head.size() - overlap + i), agency.at(i));
        }
        if (same) {
            return (head + agency.mid(overlap)).join(QLatin1Char(' '));
        }
    }
    return (head + agency).join(QLatin1Char(' '));
}

QStringList RecognitionDecision::basisLines(const DocumentSettings& settings)
{
    QString basis = settings.basis.trimmed();
    if (basis.isEmpty()) {
        basis = DocumentWording::text("decision.default_basis").arg(settings.issuingAgency);
    }
    const QString lead = DocumentWording::text("decision.basis_lead");
    QStringList lines;
    for (const QString& line : basis.split(QLatin1Char('\n'))) {
        QString text = withoutEnd(line);
        if (text.isEmpty()) {
            continue;
        }
        if (!sameWord(text.left(lead.size()), lead)) {
            text = lead + QLatin1Char(' ') + text;
        }
        lines.append(text + QLatin1Char(';'));
    }
    return lines;
}

PrintableDocument RecognitionDecision::compose(const ResultReportData& data, const DocumentSettings& settings,
                                               const QString& proposer)
{
    const QString phrase = ResultReport::campaignPhrase(data);
    const QString head = headTitle(settings);
    const QString proposedBy = withoutEnd(proposer).isEmpty()
        ? DocumentWording::text("decision.default_proposer")
        : withoutEnd(proposer);
    const QString subjects = DocumentWording::text(data.subjectsArePeople ? "decision.subjects_people"
                                                                          : "decision.subjects_units");

    DocumentComposer composer(settings);
    composer.addHeader(true);
    composer.addTitle(DocumentWording::text("decision.title"),
                      DocumentWording::text("decision.subject").arg(phrase));
    composer.addCentered(head.toUpper(), true, false);
    composer.addItalicParagraph(basisLines(settings).join(QLatin1Char('\n')));
    composer.addItalicParagraph(DocumentWording::text("decision.proposal").arg(proposedBy));
    composer.addCentered(DocumentWording::text("decision.decides"), true, false);
    composer.addLabelledParagraph(
        DocumentWording::text("decision.article").arg(1),
        DocumentWording::text("decision.article1")
            .arg(phrase, QString::number(data.rows.size()), subjects, gradeSummary(data)));
    composer.addLabelledParagraph(DocumentWording::text("decision.article").arg(2),
                                  DocumentWording::text("decision.article2"));
    composer.addLabelledParagraph(DocumentWording::text("decision.article").arg(3),
                                  DocumentWording::text("decision.article3").arg(proposedBy, subjects));
    composer.addRecipientsAndSigner(settings.recipients, settings.signer);

    composer.addPageBreak();
    composer.addAnnexTitle(
        DocumentWording::text("decision.annex_title"),
        DocumentWording::text("decision.annex_subject").arg(phrase),
        DocumentWording::text("decision.annex_attached")
            .arg(numberAndSymbol(settings), VietnameseDate::dayMonthYear(settings.date), head));
    composer.addTable(ResultReportTables::recognised(data));

    const QString title = DocumentWording::text("decision.document_title").arg(phrase);
    return composer.finish(title, VietnameseText::fileNameSlug(title));
}

} // namespace danhgia
