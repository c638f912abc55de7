// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace TicketDesk {

// A model under QAbstractItemModelTester (failures reported to QtTest), with a
// spy on its dataChanged so a test can check exact ranges and roles, or that
// none came. Make one per test function (init()) and drop it in cleanup().
template<typename Model>
struct TestedModel
{
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy dataChanged{&model, &QAbstractItemModel::dataChanged};
};

} // namespace TicketDesk
