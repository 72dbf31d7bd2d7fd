// The dependency checks of MapValidator: missing maps, cycles and the run order.
#include "mapvalidator.h"
#include "tr.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <set>

namespace dw {

namespace {

// Dependencies as edges between indexes into the list of maps, without duplicates; a
// dependency on a map outside the list has no edge. A repeated map name resolves to its first
// occurrence.
QList<QList<int>> dependencyEdges(const QList<TableMap> &maps)
{
    QHash<QString, int> indexByName;
    for (int i = 0; i < static_cast<int>(maps.size()); ++i) {
        if (!indexByName.contains(maps.at(i).name))
            indexByName.insert(maps.at(i).name, i);
    }
    QList<QList<int>> edges(maps.size());
    for (int i = 0; i < static_cast<int>(maps.size()); ++i) {
        for (const QString &dependency : maps.at(i).dependsOn) {
            const int j = indexByName.value(dependency, -1);
            if (j >= 0 && !edges[i].contains(j))
                edges[i].append(j);
        }
    }
    return edges;
}

// The cycles a depth-first walk meets (roots and edges in input order), each once, rotated to
// start at its lowest index. Every graph with a cycle yields at least one; in a tangle of
// cycles sharing maps not every elementary cycle is listed, which is enough to point at it.
// Iterative, so a long dependency chain cannot overflow the stack.
QList<QList<int>> findCycles(const QList<QList<int>> &edges)
{
    enum class State { New, OnPath, Done };
    QList<State> state(edges.size(), State::New);
    QList<QList<int>> cycles;
    QSet<QList<int>> seen;
    for (int root = 0; root < static_cast<int>(edges.size()); ++root) {
        if (state.at(root) != State::New)
            continue;
        QList<QPair<int, int>> path = { { root, 0 } }; // node, index of its next edge
        state[root] = State::OnPath;
        while (!path.isEmpty()) {
            auto &[node, next] = path.last();
            if (next == edges.at(node).size()) {
                state[node] = State::Done;
                path.removeLast();
                continue;
            }
            const int target = edges.at(node).at(next++);
            if (state.at(target) == State::New) {
                state[target] = State::OnPath;
                path.append({ target, 0 });
                continue;
            }
            if (state.at(target) == State::Done)
                continue;
            QList<int> cycle;
            qsizetype start = path.size() - 1;
            while (path.at(start).first != target)
                --start;
            for (qsizetype p = start; p < path.size(); ++p)
                cycle.append(path.at(p).first);
            const auto lowest = std::min_element(cycle.begin(), cycle.end());
            std::rotate(cycle.begin(), lowest, cycle.end());
            if (!seen.contains(cycle)) {
                seen.insert(cycle);
                cycles.append(cycle);
            }
        }
    }
    return cycles;
}

// "A → B → C → A"
QString cycleText(const QList<TableMap> &maps, const QList<int> &cycle)
{
    QStringList names;
    for (int index : cycle)
        names.append(maps.at(index).name);
    names.append(maps.at(cycle.first()).name);
    return names.join(QStringLiteral(" → "));
}

QString cycleMessage(const QList<TableMap> &maps, const QList<int> &cycle)
{
    if (cycle.size() == 1) {
        return Tr::tr("Map '%1' depends on itself, so no run order exists: %2.")
            .arg(maps.at(cycle.first()).name, cycleText(maps, cycle));
    }
    return Tr::tr("Maps depend on each other in a cycle, so no run order exists: %1.")
        .arg(cycleText(maps, cycle));
}

} // namespace

void MapValidator::checkDependenciesExist(
    const TableMap &map, const QStringList &mapNames, QList<ValidationIssue> *issues)
{
    QSet<QString> reported;
    for (const QString &dependency : map.dependsOn) {
        if (mapNames.contains(dependency) || reported.contains(dependency))
            continue;
        reported.insert(dependency);
        ValidationIssue issue;
        issue.code = QStringLiteral("DW501");
        issue.message
            = Tr::tr("Map '%1' depends on the map '%2', which does not exist in the workspace.")
                  .arg(map.name, dependency);
        issues->append(issue);
    }
}

QList<ValidationIssue> MapValidator::validateDependencies(const QList<TableMap> &maps)
{
    QStringList names;
    for (const TableMap &map : maps)
        names.append(map.name);
    QList<ValidationIssue> issues;
    for (const TableMap &map : maps)
        checkDependenciesExist(map, names, &issues);
    for (const QList<int> &cycle : findCycles(dependencyEdges(maps))) {
        ValidationIssue issue;
        issue.code = QStringLiteral("DW502");
        issue.message = cycleMessage(maps, cycle);
        issues.append(issue);
    }
    return issues;
}

bool MapValidator::dependencyOrder(
    const QList<TableMap> &maps, QList<TableMap> *ordered, QString *error)
{
    // Kahn's algorithm, always taking the ready map that comes first in the input.
    const QList<QList<int>> edges = dependencyEdges(maps);
    QList<qsizetype> unmet(maps.size());
    QList<QList<int>> dependents(maps.size());
    std::set<int> ready;
    for (int i = 0; i < static_cast<int>(maps.size()); ++i) {
        unmet[i] = edges.at(i).size();
        for (int dependency : edges.at(i))
            dependents[dependency].append(i);
        if (unmet.at(i) == 0)
            ready.insert(i);
    }
    QList<TableMap> result;
    result.reserve(maps.size());
    while (!ready.empty()) {
        const int next = *ready.begin();
        ready.erase(ready.begin());
        result.append(maps.at(next));
        for (int dependent : dependents.at(next)) {
            if (--unmet[dependent] == 0)
                ready.insert(dependent);
        }
    }
    if (result.size() < maps.size()) {
        // Maps that only wait on a cycle are not part of it; name a cycle itself.
        if (error) {
            const QList<QList<int>> cycles = findCycles(edges);
            Q_ASSERT(!cycles.isEmpty());
            *error = cycleMessage(maps, cycles.first());
        }
        return false;
    }
    if (ordered)
        *ordered = result;
    return true;
}

} // namespace dw
