#include "documents/AppraisalTables.h"

#include "documentdata/DocumentWording.h"

namespace danhgia {

namespace {

QString nodeTitle(const Criterion& node)
{
    return node.code.isEmpty() ? node.title : node.code + QStringLiteral(". ") + node.title;
}

DocumentCell difference(const NodeScore& before, const NodeScore& after, int decimals, bool bold = false)
{
    if (!before.applicable || !after.applicable) {
        return DocumentCell::fromText(DocumentWording::text("appraisal.not_applicable"), bold);
    }
    return AppraisalTables::number(after.points - before.points, decimals, bold);
}

QStringList headers(std::initializer_list<const char*> keys)
{
    QStringList list;
    for (const char* key : keys) {
        list.append(DocumentWording::text(key));
    }
    return list;
}

} // namespace

DocumentCell AppraisalTables::number(Decimal value, int decimals, bool bold)
{
    return DocumentCell::fromNumber(value.rounded(decimals), -1, bold);
}

DocumentCell AppraisalTables::points(const NodeScore& node, int decimals, bool bold)
{
    if (!node.applicable) {
        return DocumentCell::fromText(DocumentWording::text("appraisal.not_applicable"), bold);
    }
    return number(node.points, decimals, bold);
}

DocumentTable AppraisalTables::byField(const AppraisalComparison& comparison)
{
    const CriteriaSet& set = comparison.set();
    DocumentTable table;
    table.name = DocumentWording::text("appraisal.sheet.fields");
    table.headers = headers({"appraisal.table.field", "appraisal.table.max", "appraisal.table.self",
                             "appraisal.table.appraised", "appraisal.table.difference"});
    table.widths = {44, 13, 15, 15, 13};
    table.aligns = {DocumentTable::Align::Left, DocumentTable::Align::Center, DocumentTable::Align::Center,
                    DocumentTable::Align::Center, DocumentTable::Align::Center};
    for (const int index : set.topLevel()) {
        const Criterion& node = set.node(index);
        const NodeScore& before = comparison.selfNode(index);
        const NodeScore& after = comparison.appraisedNode(index);
        table.addRow({DocumentCell::fromText(nodeTitle(node)), number(node.max, set.decimals),
                      points(before, set.decimals), points(after, set.decimals),
                      difference(before, after, set.decimals)});
    }
    const SubjectResult& self = comparison.self();
    const SubjectResult& appraised = comparison.appraised();
    table.addRow({DocumentCell::fromText(DocumentWording::text("appraisal.table.total"), true),
                  number(set.totalMax(), set.decimals, true), number(self.total, set.decimals, true),
                  number(appraised.total, set.decimals, true),
                  number(appraised.total - self.total, set.decimals, true)});
    return table;
}

DocumentTable AppraisalTables::changes(const AppraisalComparison& comparison)
{
    const CriteriaSet& set = comparison.set();
    DocumentTable table;
    table.name = DocumentWording::text("appraisal.sheet.changes");
    table.headers
        = headers({"appraisal.table.code", "appraisal.table.criterion", "appraisal.table.self",
                   "appraisal.table.appraised", "appraisal.table.difference", "appraisal.table.reason"});
    table.widths = {8, 28, 11, 11, 10, 32};
    table.aligns = {DocumentTable::Align::Center, DocumentTable::Align::Left,   DocumentTable::Align::Center,
                    DocumentTable::Align::Center, DocumentTable::Align::Center, DocumentTable::Align::Left};
    for (const int index : comparison.changedLeaves()) {
        const Criterion& node = set.node(index);
        const NodeScore& before = comparison.selfNode(index);
        const NodeScore& after = comparison.appraisedNode(index);
        table.addRow({DocumentCell::fromText(node.code), DocumentCell::fromText(node.title),
                      points(before, set.decimals), points(after, set.decimals),
                      difference(before, after, set.decimals),
                      DocumentCell::fromText(comparison.reason(index))});
    }
    return table;
}

DocumentTable AppraisalTables::details(const AppraisalComparison& comparison)
{
    const CriteriaSet& set = comparison.set();
    DocumentTable table;
    table.name = DocumentWording::text("appraisal.sheet.details");
    table.headers = headers({"appraisal.table.code", "appraisal.table.criterion", "appraisal.table.max",
                             "appraisal.table.self", "appraisal.table.appraised", "appraisal.table.reason"});
    table.widths = {8, 37, 9, 10, 10, 26};
    table.aligns = {DocumentTable::Align::Center, DocumentTable::Align::Left,   DocumentTable::Align::Center,
                    DocumentTable::Align::Center, DocumentTable::Align::Center, DocumentTable::Align::Left};
    for (int index = 0; index < set.nodeCount(); ++index) {
        const Criterion& node = set.node(index);
        const bool group = node.isGroup;
        table.addRow({DocumentCell::fromText(node.code, group), DocumentCell::fromText(node.title, group),
                      number(node.max, set.decimals, group),
                      points(comparison.selfNode(index), set.decimals, group),
                      points(comparison.appraisedNode(index), set.decimals, group),
                      DocumentCell::fromText(group ? QString() : comparison.reason(index))});
    }
    const SubjectResult& self = comparison.self();
    const SubjectResult& appraised = comparison.appraised();
    table.addRow({DocumentCell::fromText(QString()),
                  DocumentCell::fromText(DocumentWording::text("appraisal.table.total"), true),
                  number(set.totalMax(), set.decimals, true), number(self.total, set.decimals, true),
                  number(appraised.total, set.decimals, true), DocumentCell::fromText(QString())});
    return table;
}

bool AppraisalTables::hasNotApplicable(const AppraisalComparison& comparison)
{
    for (int index = 0; index < comparison.set().nodeCount(); ++index) {
        if (!comparison.selfNode(index).applicable || !comparison.appraisedNode(index).applicable) {
            return true;
        }
    }
    return false;
}

} // namespace danhgia
