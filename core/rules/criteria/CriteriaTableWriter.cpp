#include "criteria/CriteriaTableWriter.h"

namespace danhgia {

namespace {

QString tableNumber(Decimal value)
{
    return value.toString().replace(QLatin1Char('.'), QLatin1Char(','));
}

QString tableMethodWords(MethodType type)
{
    switch (type) {
        case MethodType::Points:
            return QStringLiteral("Chấm điểm");
        case MethodType::YesNo:
            return QStringLiteral("Có/không");
        case MethodType::Levels:
            return QStringLiteral("Chọn mức");
        case MethodType::Ratio:
            return QStringLiteral("Tỷ lệ theo khung");
        case MethodType::Linear:
            return QStringLiteral("Tỷ lệ");
        case MethodType::Deduct:
            return QStringLiteral("Điểm trừ");
        case MethodType::Relative:
            return QStringLiteral("So với cao nhất");
        case MethodType::Tasks:
            return QStringLiteral("Nhiệm vụ");
    }
    return QString();
}

QString tableEvidenceWords(EvidenceRule rule)
{
    switch (rule) {
        case EvidenceRule::Required:
            return QStringLiteral("Bắt buộc");
        case EvidenceRule::Optional:
            return QStringLiteral("Không bắt buộc");
        case EvidenceRule::None:
            break;
    }
    return QStringLiteral("Không");
}

QString tableWhenNoneWords(WhenNone whenNone)
{
    switch (whenNone) {
        case WhenNone::Zero:
            return QStringLiteral("0 điểm");
        case WhenNone::Exclude:
            return QStringLiteral("Loại trừ");
        case WhenNone::Full:
            break;
    }
    return QStringLiteral("Đủ điểm");
}

QString tablePairs(const LeafMethod& method)
{
    QStringList parts;
    if (method.type == MethodType::Levels) {
        for (const auto& level : method.levels) {
            parts << level.title + QLatin1Char('=') + tableNumber(level.points);
        }
    } else if (method.type == MethodType::Ratio) {
        for (const auto& band : method.bands) {
            parts << tableNumber(band.from) + QLatin1Char('=') + tableNumber(band.points);
        }
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

Table CriteriaTableWriter::toTable(const CriteriaSet& set)
{
    Table table;
    table.header = {QStringLiteral("Mã"),          QStringLiteral("Tiêu chí"),
                    QStringLiteral("Điểm tối đa"), QStringLiteral("Phương pháp"),
                    QStringLiteral("Mức"),         QStringLiteral("Tài liệu kiểm chứng"),
                    QStringLiteral("Bước"),        QStringLiteral("Trừ mỗi lần"),
                    QStringLiteral("Trừ tối đa"),  QStringLiteral("Không áp dụng được"),
                    QStringLiteral("Điểm sàn"),    QStringLiteral("Khi không phát sinh")};
    table.headerNumber = 1;
    for (const auto& node : set.nodes()) {
        QStringList row(table.header.size());
        row[0] = node.code;
        row[1] = node.title;
        row[2] = tableNumber(node.max);
        if (node.isGroup) {
            row[10] = node.floor.isZero() ? QString() : tableNumber(node.floor);
        } else {
            const LeafMethod& method = node.method;
            row[3] = tableMethodWords(method.type);
            row[4] = tablePairs(method);
            row[5] = tableEvidenceWords(node.evidence);
            if (method.type == MethodType::Points) {
                row[6] = tableNumber(method.step);
            } else if (method.type == MethodType::Deduct) {
                row[7] = tableNumber(method.perItem);
                row[8] = tableNumber(method.limit);
            } else if (method.type == MethodType::Ratio || method.type == MethodType::Linear) {
                row[11] = tableWhenNoneWords(method.whenNone);
            }
            row[9] = node.naAllowed ? QStringLiteral("Có") : QStringLiteral("Không");
        }
        table.appendRow(row, table.rowCount() + 2);
    }
    return table;
}

} // namespace danhgia
