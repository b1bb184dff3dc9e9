#include "criteria/CriteriaTableReader.h"

#include "criteria/CriteriaSet.h"
#include "criteria/CriteriaSetReader.h"
#include "numbers/Decimal.h"
#include "text/VietnameseText.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

#include <array>

namespace danhgia {

namespace {

enum Column
{
    Code,
    Title,
    Max,
    Method,
    Levels,
    Evidence,
    Step,
    PerItem,
    Limit,
    NaAllowed,
    Floor,
    WhenNoneColumn,
    ColumnCount
};

// Search keys of the titles of each column, in the order of Column (see VietnameseText::searchKey,
// with '_' read as a space), separated by ';', the titles of one column by '|'.
const char ColumnTitles[] = "ma|ma tieu chi|code;tieu chi|ten tieu chi|noi dung|title;diem toi da|max;"
                            "phuong phap|phuong phap cham|method;muc|cac muc|levels|bands;"
                            "tai lieu kiem chung|evidence;buoc|step;tru moi lan|per item;tru toi da|limit;"
                            "khong ap dung duoc|na allowed;diem san|floor;khi khong phat sinh|when none";

// What an officer may write (search key) and the name it stands for.
const char MethodAliases[] = "points:points;cham diem:points;yes no:yes_no;co/khong:yes_no;co khong:yes_no;"
                             "levels:levels;chon muc:levels;ratio:ratio;ty le theo khung:ratio;"
                             "ti le theo khung:ratio;linear:linear;ty le:linear;ti le:linear;deduct:deduct;"
                             "diem tru:deduct;relative:relative;so voi cao nhat:relative;tasks:tasks;"
                             "nhiem vu:tasks";
const char WhenNoneAliases[]
    = "full:full;du diem:full;zero:zero;0 diem:zero;exclude:exclude;loai tru:exclude";

QString key(const QString& text)
{
    return VietnameseText::searchKey(QString(text).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

QString lookup(const char* aliases, const QString& searchKey)
{
    for (const QString& alias : QString::fromLatin1(aliases).split(QLatin1Char(';'))) {
        if (alias.section(QLatin1Char(':'), 0, 0) == searchKey) {
            return alias.section(QLatin1Char(':'), 1);
        }
    }
    return QString();
}

// "1,5" or "1.5".
std::optional<Decimal> parseNumber(const QString& text)
{
    return Decimal::fromString(text.trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
}

class Builder
{
public:
    Builder(const Table& table, ValidationIssues* issues)
        : m_table(table)
        , m_issues(issues)
    { }

    bool findColumns();
    void readRow(int row);
    QJsonArray assemble(int parent, const QString& path);
    void locate(ValidationIssues* issues, int from) const;

private:
    struct Node
    {
        QJsonObject object;
        int row = 0;
        bool group = false;
        QList<int> children;
    };

    QString cell(int row, Column column) const
    {
        return m_columns[column] < 0 ? QString() : m_table.cell(row, m_columns[column]).trimmed();
    }
    QString where(int row, Column column) const;
    void error(int row, Column column, const QString& code, const QString& message);
    std::optional<Decimal> number(int row, Column column, const QString& code, bool required);
    void readMethod(int row, const QString& code, const QString& type, QJsonObject* method);
    QJsonArray readPairs(int row, const QString& code, bool bands);

    const Table& m_table;
    ValidationIssues* m_issues;
    std::array<int, ColumnCount> m_columns{};
    QList<Node> m_nodes;
    QList<int> m_top;
    QHash<QString, int> m_byCode;
    QList<QPair<QString, int>> m_paths; // JSON path of each node -> its row number
};

QString Builder::where(int row, Column column) const
{
    const QString title = m_columns[column] < 0 ? QString() : m_table.header.value(m_columns[column]);
    return CriteriaTableReader::tr("row %1, column «%2»").arg(m_table.rowNumbers.value(row)).arg(title);
}

void Builder::error(int row, Column column, const QString& code, const QString& message)
{
    m_issues->append({ValidationIssue::Severity::Error, where(row, column), code, message});
}

std::optional<Decimal> Builder::number(int row, Column column, const QString& code, bool required)
{
    const QString text = cell(row, column);
    if (text.isEmpty()) {
        if (required) {
            error(row, column, code, CriteriaTableReader::tr("a number is needed here"));
        }
        return std::nullopt;
    }
    const auto value = parseNumber(text);
    if (!value) {
        error(row, column, code, CriteriaTableReader::tr("\"%1\" is not a number").arg(text));
    }
    return value;
}

bool Builder::findColumns()
{
    m_columns.fill(-1);
    const QStringList titles = QString::fromLatin1(ColumnTitles).split(QLatin1Char(';'));
    for (int c = 0; c < m_table.header.size(); ++c) {
        const QString title = key(m_table.header.at(c));
        for (int k = 0; k < ColumnCount; ++k) {
            if (m_columns[k] < 0 && titles[k].split(QLatin1Char('|')).contains(title)) {
                m_columns[k] = c;
            }
        }
    }
    bool ok = true;
    const std::array<QString, 4> names{QStringLiteral("Mã/code"), QStringLiteral("Tiêu chí/title"),
                                       QStringLiteral("Điểm tối đa/max"),
                                       QStringLiteral("Phương pháp/method")};
    for (int k = Code; k <= Method; ++k) {
        if (m_columns[k] < 0) {
            m_issues->append({ValidationIssue::Severity::Error,
                              CriteriaTableReader::tr("row %1").arg(m_table.headerNumber), QString(),
                              CriteriaTableReader::tr("the column «%1» is missing").arg(names[k])});
            ok = false;
        }
    }
    return ok;
}

QJsonArray Builder::readPairs(int row, const QString& code, bool bands)
{
    QJsonArray result;
    const QString text = cell(row, Levels);
    const QStringList parts
        = QString(text).replace(QLatin1Char('\n'), QLatin1Char(';')).split(QLatin1Char(';'));
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const int equals = part.lastIndexOf(QLatin1Char('='));
        const QString name = equals < 0 ? QString() : part.left(equals).trimmed();
        const auto points = parseNumber(equals < 0 ? QString() : part.mid(equals + 1));
        const auto from = bands ? parseNumber(name) : std::optional<Decimal>(Decimal());
        if (name.isEmpty() || !points || !from) {
            error(row, Levels, code,
                  bands
                      ? CriteriaTableReader::tr("\"%1\" should be written \"ratio=points\", e.g. \"0,8=1,5\"")
                            .arg(part)
                      : CriteriaTableReader::tr("\"%1\" should be written \"level title=points\"").arg(part));
            continue;
        }
        if (bands) {
            result.append(QJsonObject{{QStringLiteral("from"), from->toDouble()},
                                      {QStringLiteral("points"), points->toDouble()}});
        } else {
            result.append(
                QJsonObject{{QStringLiteral("title"), name}, {QStringLiteral("points"), points->toDouble()}});
        }
    }
    if (text.isEmpty()) {
        error(row, Levels, code,
              bands ? CriteriaTableReader::tr("list the bands here, e.g. \"1=2; 0,8=1,5\"")
                    : CriteriaTableReader::tr("list the levels here, e.g. \"Done=1; Not done=0\""));
    }
    return result;
}

void Builder::readMethod(int row, const QString& code, const QString& type, QJsonObject* method)
{
    method->insert(QStringLiteral("type"), type);
    if (type == QLatin1String("points")) {
        if (const auto step = number(row, Step, code, false)) {
            method->insert(QStringLiteral("step"), step->toDouble());
        }
    } else if (type == QLatin1String("levels") || type == QLatin1String("ratio")) {
        const bool bands = type == QLatin1String("ratio");
        method->insert(bands ? QStringLiteral("bands") : QStringLiteral("levels"),
                       readPairs(row, code, bands));
    } else if (type == QLatin1String("deduct")) {
        const auto perItem = number(row, PerItem, code, true);
        const auto limit = number(row, Limit, code, true);
        method->insert(QStringLiteral("per_item"), perItem.value_or(Decimal()).toDouble());
        method->insert(QStringLiteral("limit"), limit.value_or(Decimal()).toDouble());
    }
    const QString whenNone = key(cell(row, WhenNoneColumn));
    if ((type == QLatin1String("ratio") || type == QLatin1String("linear")) && !whenNone.isEmpty()) {
        const QString name = lookup(WhenNoneAliases, whenNone);
        if (!name.isEmpty()) {
            method->insert(QStringLiteral("when_none"), name);
        } else {
            error(row, WhenNoneColumn, code,
                  CriteriaTableReader::tr("\"%1\" is not one of: đủ điểm/full, 0 điểm/zero, loại trừ/exclude")
                      .arg(cell(row, WhenNoneColumn)));
        }
    }
}

void Builder::readRow(int row)
{
    if (m_table.isBlankRow(row)) {
        return;
    }
    QString code = cell(row, Code);
    while (code.endsWith(QLatin1Char('.'))) {
        code.chop(1);
    }
    if (code.isEmpty()) {
        error(row, Code, QString(), CriteriaTableReader::tr("the code is empty"));
        return;
    }
    if (m_byCode.contains(code)) {
        error(row, Code, code,
              CriteriaTableReader::tr("the code %1 is already used in an earlier row").arg(code));
        return;
    }
    Node node;
    node.row = m_table.rowNumbers.value(row);
    node.object.insert(QStringLiteral("code"), code);
    node.object.insert(QStringLiteral("title"), cell(row, Title));
    node.object.insert(QStringLiteral("max"), number(row, Max, code, true).value_or(Decimal()).toDouble());
    const QString methodText = cell(row, Method);
    node.group = methodText.isEmpty();
    if (node.group) {
        if (const auto floor = number(row, Floor, code, false)) {
            node.object.insert(QStringLiteral("floor"), floor->toDouble());
        }
    } else {
        const QString type = lookup(MethodAliases, key(methodText));
        if (type.isEmpty()) {
            error(
                row, Method, code,
                CriteriaTableReader::tr("\"%1\" is not a known method (chấm điểm, có/không, chọn mức, tỷ lệ "
                                        "theo khung, tỷ lệ, điểm trừ, so với cao nhất, nhiệm vụ)")
                    .arg(methodText));
        } else {
            QJsonObject method;
            readMethod(row, code, type, &method);
            node.object.insert(QStringLiteral("method"), method);
        }
        const QString evidence = key(cell(row, Evidence));
        if (evidence == QLatin1String("bat buoc") || evidence == QLatin1String("required")) {
            node.object.insert(QStringLiteral("evidence"), QStringLiteral("required"));
        } else if (evidence == QLatin1String("khong bat buoc") || evidence == QLatin1String("optional")) {
            node.object.insert(QStringLiteral("evidence"), QStringLiteral("optional"));
        } else if (!evidence.isEmpty() && evidence != QLatin1String("khong")
                   && evidence != QLatin1String("none")) {
            error(row, Evidence, code,
                  CriteriaTableReader::tr("\"%1\" is not one of: bắt buộc/required, không bắt buộc/optional, "
                                          "không/none")
                      .arg(cell(row, Evidence)));
        }
        const QString na = key(cell(row, NaAllowed));
        if (na == QLatin1String("co") || na == QLatin1String("x") || na == QLatin1String("yes")) {
            node.object.insert(QStringLiteral("na_allowed"), true);
        } else if (!na.isEmpty() && na != QLatin1String("khong") && na != QLatin1String("no")) {
            error(row, NaAllowed, code,
                  CriteriaTableReader::tr("\"%1\" is not có/yes or không/no").arg(cell(row, NaAllowed)));
        }
    }
    const int dot = code.lastIndexOf(QLatin1Char('.'));
    int parent = -1;
    if (dot >= 0) {
        const QString parentCode = code.left(dot);
        parent = m_byCode.value(parentCode, -1);
        if (parent < 0) {
            error(row, Code, code,
                  CriteriaTableReader::tr("the group %1 is not in an earlier row").arg(parentCode));
            return;
        }
        if (!m_nodes[parent].group) {
            error(row, Code, code,
                  CriteriaTableReader::tr("%1 has a method, so it cannot have sub-criteria; leave its method "
                                          "empty to make it a group")
                      .arg(parentCode));
            return;
        }
    }
    const int index = static_cast<int>(m_nodes.size());
    m_nodes.append(node);
    m_byCode.insert(code, index);
    (parent < 0 ? m_top : m_nodes[parent].children).append(index);
}

// The JSON array of the children of `parent` (-1: top level); paths as CriteriaSetReader names them.
QJsonArray Builder::assemble(int parent, const QString& path)
{
    const QList<int> children = parent < 0 ? m_top : m_nodes[parent].children;
    QJsonArray array;
    for (int i = 0; i < children.size(); ++i) {
        const int index = children[i];
        const QString nodePath = QStringLiteral("%1[%2]").arg(path).arg(i);
        m_paths.append({nodePath, m_nodes[index].row});
        QJsonObject object = m_nodes[index].object;
        if (m_nodes[index].group) {
            object.insert(QStringLiteral("children"),
                          assemble(index, nodePath + QStringLiteral(".children")));
        }
        array.append(object);
    }
    return array;
}

// Adds the row of the node to the paths of issues found in the JSON document.
void Builder::locate(ValidationIssues* issues, int from) const
{
    for (int i = from; i < issues->size(); ++i) {
        ValidationIssue& issue = (*issues)[i];
        int best = -1;
        qsizetype bestLength = 0;
        for (const auto& [path, row] : m_paths) {
            const bool prefix = issue.path.startsWith(path)
                && (issue.path.size() == path.size() || issue.path.at(path.size()) == QLatin1Char('.'));
            if (prefix && path.size() > bestLength) {
                best = row;
                bestLength = path.size();
            }
        }
        if (best >= 0) {
            issue.path = CriteriaTableReader::tr("row %1 (%2)").arg(best).arg(issue.path);
        }
    }
}

} // namespace

std::optional<QJsonObject> CriteriaTableReader::toCriteriaJson(const Table& table, const QString& id,
                                                               int version, const QString& title,
                                                               const QString& kind, ValidationIssues* issues)
{
    ValidationIssues local;
    ValidationIssues* sink = issues ? issues : &local;
    const int before = static_cast<int>(sink->size());
    Builder builder(table, sink);
    if (!builder.findColumns()) {
        return std::nullopt;
    }
    for (int row = 0; row < table.rowCount(); ++row) {
        builder.readRow(row);
    }
    if (ValidationIssue::hasErrors(sink->mid(before))) {
        return std::nullopt;
    }
    const QJsonObject document{
        {QStringLiteral("format"), QString::fromLatin1(CriteriaSet::FormatName)},
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("criteria"), builder.assemble(-1, QStringLiteral("criteria"))},
    };
    const int checked = static_cast<int>(sink->size());
    CriteriaSetReader::fromObject(document, sink);
    builder.locate(sink, checked);
    if (ValidationIssue::hasErrors(sink->mid(before))) {
        return std::nullopt;
    }
    return document;
}

} // namespace danhgia
