#include "criteria/CriteriaDraft.h"

#include <functional>

namespace danhgia {

namespace {

// The fields of a node without its place in the tree.
Criterion detachedFields(const Criterion& node)
{
    Criterion fields = node;
    fields.parent = -1;
    fields.depth = 0;
    fields.children.clear();
    fields.jsonPath.clear();
    return fields;
}

} // namespace

CriteriaDraft::CriteriaDraft(const CriteriaSet& set)
    : m_set(set)
{
    std::function<Node(int)> build = [&](int index) {
        Node node{detachedFields(set.node(index)), {}};
        for (const int child : set.node(index).children) {
            node.children.append(build(child));
        }
        return node;
    };
    for (const int top : set.topLevel()) {
        m_roots.append(build(top));
    }
    rebuild();
}

void CriteriaDraft::rebuild()
{
    CriteriaSet set = m_set;
    CriteriaSet fresh;
    fresh.id = set.id;
    fresh.version = set.version;
    fresh.title = set.title;
    fresh.kind = set.kind;
    fresh.decimals = set.decimals;
    fresh.grades = set.grades;
    fresh.flags = set.flags;
    fresh.quota = set.quota;
    std::function<void(const QList<Node>&, int, const QString&)> add
        = [&](const QList<Node>& nodes, int parent, const QString& path) {
              for (int i = 0; i < nodes.size(); ++i) {
                  Criterion fields = nodes[i].fields;
                  fields.jsonPath = QStringLiteral("%1[%2]").arg(path).arg(i);
                  const QString childPath = fields.jsonPath + QStringLiteral(".children");
                  const int index = fresh.addNode(fields, parent);
                  add(nodes[i].children, index, childPath);
              }
          };
    add(m_roots, -1, QStringLiteral("criteria"));
    fresh.finalize();
    m_set = fresh;
}

QList<int> CriteriaDraft::pathOf(int index) const
{
    QList<int> path;
    while (index >= 0) {
        const int parent = m_set.node(index).parent;
        const QList<int>& siblings = parent < 0 ? m_set.topLevel() : m_set.node(parent).children;
        path.prepend(static_cast<int>(siblings.indexOf(index)));
        index = parent;
    }
    return path;
}

int CriteriaDraft::indexOfPath(const QList<int>& path) const
{
    int index = -1;
    for (const int position : path) {
        const QList<int>& siblings = index < 0 ? m_set.topLevel() : m_set.node(index).children;
        if (position < 0 || position >= siblings.size()) {
            return -1;
        }
        index = siblings[position];
    }
    return index;
}

QList<CriteriaDraft::Node>* CriteriaDraft::siblingsOf(int index, int* position)
{
    const QList<int> path = pathOf(index);
    QList<Node>* siblings = &m_roots;
    for (int i = 0; i + 1 < path.size(); ++i) {
        siblings = &(*siblings)[path[i]].children;
    }
    *position = path.last();
    return siblings;
}

QString CriteriaDraft::suggestedCode(int parent) const
{
    const QString prefix = parent < 0 ? QString() : m_set.node(parent).code + QLatin1Char('.');
    int number = static_cast<int>(parent < 0 ? m_set.topLevel().size() : m_set.node(parent).children.size());
    QString code;
    do {
        code = prefix + QString::number(++number);
    } while (m_set.indexOf(code) >= 0);
    return code;
}

Criterion CriteriaDraft::newLeaf(int parent) const
{
    Criterion leaf;
    leaf.code = suggestedCode(parent);
    leaf.method.type = MethodType::Points;
    return leaf;
}

int CriteriaDraft::addChild(int parent)
{
    const Criterion leaf = newLeaf(parent);
    QList<int> path;
    if (parent < 0) {
        m_roots.append({leaf, {}});
        path = {static_cast<int>(m_roots.size()) - 1};
    } else {
        int position = 0;
        Node& node = (*siblingsOf(parent, &position))[position];
        if (!node.fields.isGroup) {
            node.fields.isGroup = true;
            node.fields.method = LeafMethod();
            node.fields.evidence = EvidenceRule::None;
            node.fields.naAllowed = false;
        }
        node.children.append({leaf, {}});
        path = pathOf(parent);
        path.append(static_cast<int>(node.children.size()) - 1);
    }
    rebuild();
    return indexOfPath(path);
}

int CriteriaDraft::addSibling(int index)
{
    const int parent = m_set.node(index).parent;
    const Criterion leaf = newLeaf(parent);
    int position = 0;
    QList<Node>* siblings = siblingsOf(index, &position);
    siblings->insert(position + 1, {leaf, {}});
    QList<int> path = pathOf(index);
    path.last() = position + 1;
    rebuild();
    return indexOfPath(path);
}

int CriteriaDraft::remove(int index)
{
    QList<int> path = pathOf(index);
    int position = 0;
    QList<Node>* siblings = siblingsOf(index, &position);
    siblings->removeAt(position);
    const int remaining = static_cast<int>(siblings->size());
    rebuild();
    if (remaining == 0) {
        path.removeLast();
        return path.isEmpty() ? -1 : indexOfPath(path);
    }
    path.last() = std::min(position, remaining - 1);
    return indexOfPath(path);
}

int CriteriaDraft::moveUp(int index)
{
    int position = 0;
    QList<Node>* siblings = siblingsOf(index, &position);
    if (position == 0) {
        return -1;
    }
    siblings->swapItemsAt(position, position - 1);
    QList<int> path = pathOf(index);
    path.last() = position - 1;
    rebuild();
    return indexOfPath(path);
}

int CriteriaDraft::moveDown(int index)
{
    int position = 0;
    QList<Node>* siblings = siblingsOf(index, &position);
    if (position + 1 >= siblings->size()) {
        return -1;
    }
    siblings->swapItemsAt(position, position + 1);
    QList<int> path = pathOf(index);
    path.last() = position + 1;
    rebuild();
    return indexOfPath(path);
}

void CriteriaDraft::setFields(int index, const Criterion& fields)
{
    int position = 0;
    Node& node = (*siblingsOf(index, &position))[position];
    const bool group = node.fields.isGroup;
    node.fields = detachedFields(fields);
    node.fields.isGroup = group;
    rebuild();
}

namespace {

QString pairNumber(Decimal value)
{
    return value.toString().replace(QLatin1Char('.'), QLatin1Char(','));
}

std::optional<Decimal> pairDecimal(const QString& text)
{
    return Decimal::fromString(text.trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
}

} // namespace

LeafMethod CriteriaDraft::defaultMethod(MethodType type, Decimal max)
{
    LeafMethod method;
    method.type = type;
    switch (type) {
        case MethodType::Levels:
            method.levels = {{tr("Achieved"), max}, {tr("Not achieved"), Decimal()}};
            break;
        case MethodType::Ratio:
            method.bands = {{Decimal::fromInt(1), max}};
            break;
        case MethodType::Deduct:
            method.perItem = Decimal::fromInt(1);
            method.limit = max.isZero() ? Decimal::fromInt(1) : max;
            break;
        case MethodType::Points:
        case MethodType::YesNo:
        case MethodType::Linear:
        case MethodType::Relative:
        case MethodType::Tasks:
            break;
    }
    return method;
}

QString CriteriaDraft::pairsText(const LeafMethod& method)
{
    QStringList parts;
    if (method.type == MethodType::Levels) {
        for (const auto& level : method.levels) {
            parts << level.title + QLatin1Char('=') + pairNumber(level.points);
        }
    } else if (method.type == MethodType::Ratio) {
        for (const auto& band : method.bands) {
            parts << pairNumber(band.from) + QLatin1Char('=') + pairNumber(band.points);
        }
    }
    return parts.join(QLatin1String("; "));
}

std::optional<LeafMethod> CriteriaDraft::withPairs(const LeafMethod& method, const QString& text,
                                                   QString* error)
{
    const bool bands = method.type == MethodType::Ratio;
    LeafMethod changed = method;
    changed.levels.clear();
    changed.bands.clear();
    for (const QString& raw : text.split(QLatin1Char(';'))) {
        const QString part = raw.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const int equals = static_cast<int>(part.lastIndexOf(QLatin1Char('=')));
        const QString name = equals < 0 ? QString() : part.left(equals).trimmed();
        const auto points = equals < 0 ? std::nullopt : pairDecimal(part.mid(equals + 1));
        const auto from = bands ? pairDecimal(name) : std::optional<Decimal>(Decimal());
        if (name.isEmpty() || !points || !from) {
            *error = bands ? tr("\"%1\" should be written \"ratio=points\", e.g. \"0,8=1,5\"").arg(part)
                           : tr("\"%1\" should be written \"level title=points\", e.g. \"Good=5\"").arg(part);
            return std::nullopt;
        }
        if (bands) {
            changed.bands.append({*from, *points});
        } else {
            changed.levels.append({name, *points});
        }
    }
    return changed;
}

} // namespace danhgia
