// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/csvpreview.h"

#include "gui/columnfitter.h"
#include "gui/problemcolour.h"
#include "gui/recentfolders.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace TicketDesk {

CsvFileChooser::CsvFileChooser(const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_caption(caption)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose file…"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("File:"), this);
    label->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("csvPathLineEdit"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_path->setAccessibleName(tr("CSV file"));
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_choose->setAccessibleName(tr("Choose a CSV file"));
    // Enter on the focused button chooses a file, as Space does (an auto-default button is the
    // dialog's default only while it has the focus).
    m_choose->setAutoDefault(true);
    layout->addWidget(label);
    layout->addWidget(m_path, 1);
    layout->addWidget(m_choose);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString start =
            m_path->text().isEmpty() ? RecentFolders::folder(RecentFolders::Kind::Lists) : m_path->text();
        const QString path =
            QFileDialog::getOpenFileName(this, m_caption, start, tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        RecentFolders::remember(RecentFolders::Kind::Lists, path);
        setPath(path);
        Q_EMIT fileChosen(path);
    });
}

QString CsvFileChooser::path() const
{
    return m_path->text();
}

void CsvFileChooser::setPath(const QString &path)
{
    m_path->setText(path);
}

CsvTable CsvFileChooser::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.error = tr("The file %1 cannot be opened: %2").arg(path, file.errorString());
        return table;
    }
    return CsvReader().read(file);
}

namespace CsvPreview {

namespace {
constexpr int badRowRole = Qt::UserRole + 1; // on a row's first item: setRow's `bad`

// Enter presses the focused button, and nothing else: in the preview's table or the file's
// field it used to reach the dialog's default button, and queue a whole list of tickets for
// Ripio, or write a customer list, while the operator was reading the rows.
class EnterTakesAButton : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // A focused button takes Enter itself (each is auto-default): what reaches the dialog
        // came from somewhere else.
        return enter && !(key->modifiers() & ~Qt::KeypadModifier);
    }
};
} // namespace

void layOut(QDialog *dialog, const Parts &parts)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("TicketDesk::CsvPreview", text); };
    for (QLabel *label : {parts.totals, parts.message}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    }
    parts.totals->setObjectName(QStringLiteral("totalsLabel"));
    parts.totals->setAccessibleName(tr("Totals"));
    parts.message->setObjectName(QStringLiteral("messageLabel"));
    parts.message->setAccessibleName(tr("Result"));
    parts.message->hide();
    parts.close->setText(tr("C&lose"));
    parts.close->setObjectName(QStringLiteral("closeButton"));
    parts.close->setAccessibleName(tr("Close"));
    // Enter on a focused button presses that button, not the dialog's default one.
    for (QPushButton *button : {parts.action, parts.close})
        button->setAutoDefault(true);
    dialog->installEventFilter(new EnterTakesAButton(dialog));

    auto *buttons = new QDialogButtonBox(dialog);
    buttons->addButton(parts.action, QDialogButtonBox::AcceptRole);
    buttons->addButton(parts.close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(parts.file);
    layout->addWidget(parts.totals);
    layout->addWidget(parts.table, 1);
    // The last column (reasons, warnings, changes) of the current row, whole: in the table
    // a long one is cut at the dialog's edge, and a tooltip is out of the keyboard's reach.
    auto *detail = new QLabel(dialog);
    detail->setObjectName(QStringLiteral("rowDetailLabel"));
    detail->setAccessibleName(tr("Reasons for the current row"));
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    detail->hide();
    layout->addWidget(detail);
    QObject::connect(parts.table, &QTableWidget::currentCellChanged, detail, [table = parts.table, detail](int row) {
        const QTableWidgetItem *line = row >= 0 ? table->item(row, 0) : nullptr;
        const QTableWidgetItem *last = row >= 0 ? table->item(row, table->columnCount() - 1) : nullptr;
        const bool shown = line && last && !last->text().isEmpty();
        detail->setText(shown ? fileError(last->text(), line->text().toInt()) : QString());
        detail->setVisible(shown);
        // The line's coming or going resizes the table after the view scrolled to the row: once
        // the layout has settled, bring the row back into sight (Ctrl+End left it under the edge).
        QTimer::singleShot(0, table, [table] { table->scrollTo(table->currentIndex()); });
    });
    if (parts.extra)
        layout->addWidget(parts.extra);
    layout->addWidget(parts.message);
    layout->addWidget(buttons);
    QWidget::setTabOrder(parts.file->chooseButton(), parts.table);
    QWidget::setTabOrder(parts.table, parts.action);
    QWidget::setTabOrder(parts.action, parts.close);
    QObject::connect(parts.close, &QPushButton::clicked, dialog, &QDialog::reject);
    parts.file->chooseButton()->setFocus();
}

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, const QString &accessibleName,
                        QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // The widest columns give way before the last one (the reasons) leaves the table's width.
    new ColumnCap(table);
    // Before a file is read the titles alone size the columns: none is cut.
    finishRows(table);
    return table;
}

namespace {

void styleItem(QTableWidgetItem *item, int column, bool bad)
{
    QFont font = item->font();
    font.setBold(bad && column == 1);
    item->setFont(font);
    item->setBackground(bad ? QBrush(QColor(0xfd, 0xe2, 0xe1)) : QBrush());
    item->setForeground(bad ? QBrush(QColor(0x9b, 0x1c, 0x1c)) : QBrush());
}

} // namespace

void setRow(QTableWidget *table, int row, const QStringList &cells, bool bad)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (bad)
            styleItem(item, c, bad);
        table->setItem(row, c, item);
    }
    if (QTableWidgetItem *first = table->item(row, 0))
        first->setData(badRowRole, bad);
}

void updateRow(QTableWidget *table, int row, const QList<std::pair<int, QString>> &cells, bool bad)
{
    for (const auto &[column, text] : cells) {
        if (QTableWidgetItem *item = table->item(row, column); item && item->text() != text) {
            item->setText(text);
            item->setToolTip(text);
        }
    }
    QTableWidgetItem *first = table->item(row, 0);
    if (!first || first->data(badRowRole).toBool() == bad)
        return;
    first->setData(badRowRole, bad);
    for (int c = 0; c < table->columnCount(); ++c) {
        if (QTableWidgetItem *item = table->item(row, c))
            styleItem(item, c, bad);
    }
}

void finishRows(QTableWidget *table)
{
    QList<int> natural;
    const QAbstractItemView *view = table; // sizeHintForColumn() is public here
    for (int c = 0; c < table->columnCount(); ++c)
        natural.append(std::max(view->sizeHintForColumn(c), table->horizontalHeader()->sectionSizeHint(c)));
    if (auto *cap = table->findChild<ColumnCap *>(QString(), Qt::FindDirectChildrenOnly))
        cap->setNaturalWidths(natural);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem *first = table->item(row, 0); first && first->data(badRowRole).toBool()) {
            table->setCurrentCell(row, 0);
            return;
        }
    }
}

QString fileError(const QString &error, int line)
{
    if (line <= 0)
        return error;
    return QCoreApplication::translate("TicketDesk::CsvPreview", "Line %1: %2").arg(line).arg(error);
}

QString ignoredColumns(const QStringList &columns)
{
    if (columns.isEmpty())
        return {};
    return QLatin1Char(' ') + QCoreApplication::translate("TicketDesk::CsvPreview", "Ignored columns: %1.")
                                  .arg(columns.join(QStringLiteral(", ")));
}

void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText, problemColour(palette, Problem::Error));
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

void showDirectoryUnreadable(QLabel *totals, QLabel *message, const QString &why)
{
    totals->setText(QCoreApplication::translate(
        "TicketDesk::CsvPreview", "The customer directory could not be read: choose the file again to try again."));
    showMessage(message, why, true);
}

} // namespace CsvPreview

} // namespace TicketDesk
