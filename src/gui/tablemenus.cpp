// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tablemenus.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QSet>
#include <QTableView>

namespace TicketDesk {

QStringList withMnemonics(const QStringList &texts)
{
    QSet<QChar> taken;
    QStringList marked;
    for (const QString &text : texts) {
        QString escaped = text;
        escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
        qsizetype at = -1;
        for (const bool wordStartsOnly : {true, false}) {
            for (qsizetype i = 0; i < escaped.size() && at < 0; ++i) {
                const QChar c = escaped.at(i);
                const bool startsAWord = i == 0 || !escaped.at(i - 1).isLetterOrNumber();
                if (c.isLetterOrNumber() && !taken.contains(c.toLower()) && (startsAWord || !wordStartsOnly))
                    at = i;
            }
        }
        if (at >= 0) {
            taken.insert(escaped.at(at).toLower());
            escaped.insert(at, QLatin1Char('&'));
        }
        marked << escaped;
    }
    return marked;
}

SortMenu::SortMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    setEnabled(false);
    connect(this, &QMenu::aboutToShow, this, &SortMenu::rebuild);
}

void SortMenu::setTable(QTableView *table)
{
    m_table = table;
    setEnabled(table != nullptr);
}

void SortMenu::rebuild()
{
    clear();
    qDeleteAll(findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    if (!m_table || !m_table->model())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemModel *model = m_table->model();
    const bool sorted = header->isSortIndicatorShown();
    const int sortedBy = header->sortIndicatorSection();
    const Qt::SortOrder order = sorted ? header->sortIndicatorOrder() : Qt::AscendingOrder;

    QList<int> columns;
    QStringList texts{tr("Ascending"), tr("Descending")};
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        if (header->isSectionHidden(c) || title.isEmpty())
            continue;
        columns << c;
        texts << title;
    }
    texts = withMnemonics(texts);

    auto *orders = new QActionGroup(this);
    for (const Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QAction *a = addAction(texts.at(int(o)));
        a->setObjectName(o == Qt::AscendingOrder ? QStringLiteral("sortAscendingAction")
                                                 : QStringLiteral("sortDescendingAction"));
        a->setCheckable(true);
        a->setChecked(sorted && o == order);
        a->setEnabled(sorted);
        orders->addAction(a);
        connect(a, &QAction::triggered, this, [this, o] {
            if (m_table)
                m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(), o);
        });
    }
    addSeparator();
    auto *byColumn = new QActionGroup(this);
    for (int i = 0; i < int(columns.size()); ++i) {
        const int c = columns.at(i);
        QAction *a = addAction(texts.at(i + 2));
        a->setObjectName(QStringLiteral("sortByColumnAction_%1").arg(c));
        a->setCheckable(true);
        a->setChecked(sorted && c == sortedBy);
        byColumn->addAction(a);
        connect(a, &QAction::triggered, this, [this, c, order] {
            if (m_table)
                m_table->sortByColumn(c, order);
        });
    }
}

} // namespace TicketDesk
