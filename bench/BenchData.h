#pragma once

#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"

#include <QList>

namespace danhgia::bench {

// A province-scale synthetic workload: a 40-leaf criteria set using every method except
// `relative` (which makes each sheet depend on all others) and sheets with random but valid
// values, from a fixed seed so that every run measures the same work.
CriteriaSet makeCriteriaSet();
QList<ScoreSheet> makeSheets(const CriteriaSet& set, int count, quint64 seed = 20261122);

} // namespace danhgia::bench
