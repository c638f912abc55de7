// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/attachmentlistmodel.h"
#include "support/testedmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace TicketDesk;

// Checks the create form's attachment list: rows, roles, added and removed
// files with their exact signals, and drops of local files.
class TestAttachmentListModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small; // 3 bytes
    QString m_large; // 5000 bytes
    QString m_empty; // 0 bytes
    std::unique_ptr<TestedModel<AttachmentListModel>> m_tested;
    AttachmentListModel *m_model = nullptr;

    QString write(const QString &name, qsizetype bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'x')) != bytes)
            return QString();
        return path;
    }

    static std::unique_ptr<QMimeData> urls(const QList<QUrl> &list)
    {
        auto data = std::make_unique<QMimeData>();
        data->setUrls(list);
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_small = write(QStringLiteral("note.txt"), 3);
        m_large = write(QStringLiteral("statement.pdf"), 5000);
        m_empty = write(QStringLiteral("empty.log"), 0);
        QVERIFY(!m_small.isEmpty() && !m_large.isEmpty() && !m_empty.isEmpty());
    }

    void init()
    {
        m_tested = std::make_unique<TestedModel<AttachmentListModel>>();
        m_model = &m_tested->model;
    }

    void cleanup()
    {
        // Files are only added and removed, never changed in place.
        QCOMPARE(m_tested->dataChanged.count(), 0);
        m_tested.reset();
    }

    void headers()
    {
        QCOMPARE(m_model->columnCount(), int(AttachmentListModel::ColumnCount));
        QCOMPARE(m_model->headerData(AttachmentListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("File"));
        QCOMPARE(m_model->headerData(AttachmentListModel::SizeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Size"));
        QVERIFY(!m_model->headerData(AttachmentListModel::NameColumn, Qt::Vertical).isValid());
        QVERIFY(!m_model->headerData(AttachmentListModel::NameColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void roles_data()
    {
        QTest::addColumn<QString>("file"); // which one, by name
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("size");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("small") << QStringLiteral("small") << QStringLiteral("note.txt") << QStringLiteral("3 bytes")
                               << qint64(3);
        QTest::newRow("large") << QStringLiteral("large") << QStringLiteral("statement.pdf")
                               << QLocale::c().formattedDataSize(5000) << qint64(5000);
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty.log") << QStringLiteral("0 bytes")
                               << qint64(0);
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("gone.txt")
                                 << QStringLiteral("unreadable") << qint64(-1);
        QTest::newRow("a folder") << QStringLiteral("folder") << QFileInfo(m_dir.path()).fileName()
                                  << QStringLiteral("unreadable") << qint64(-1);
    }
    void roles()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, size);
        QFETCH(qint64, bytes);
        const QString path = file == QLatin1StringView("small")    ? m_small
                             : file == QLatin1StringView("large")  ? m_large
                             : file == QLatin1StringView("empty")  ? m_empty
                             : file == QLatin1StringView("folder") ? m_dir.path()
                                                                   : m_dir.filePath(QStringLiteral("gone.txt"));
        QCOMPARE(m_model->addFiles({path}), 1);
        const QModelIndex nameIndex = m_model->index(0, AttachmentListModel::NameColumn);
        const QModelIndex sizeIndex = m_model->index(0, AttachmentListModel::SizeColumn);
        QCOMPARE(nameIndex.data().toString(), name);
        QCOMPARE(sizeIndex.data().toString(), size);
        QCOMPARE(nameIndex.data(Qt::ToolTipRole).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(sizeIndex.data(Qt::ToolTipRole).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(nameIndex.data(AttachmentListModel::PathRole).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(sizeIndex.data(AttachmentListModel::SizeRole).toLongLong(), bytes);
        QVERIFY(!nameIndex.data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(sizeIndex.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!nameIndex.data(Qt::DecorationRole).isValid());
        QCOMPARE(m_model->flags(nameIndex), Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
        QCOMPARE(m_model->flags(QModelIndex()), Qt::ItemFlags(Qt::ItemIsDropEnabled));
    }

    void addAppendsNewFilesOnce()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(m_model->addFiles({m_small, m_large}), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(inserted.last().at(2).toInt(), 1);

        // Known files (by their absolute path), repeats and empty paths are skipped;
        // what is left arrives as one insertion after the existing rows.
        const QString sameSmall = m_dir.path() + QStringLiteral("/./note.txt");
        QCOMPARE(m_model->addFiles({sameSmall, QString(), m_empty, m_empty, m_large}), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 2);
        QCOMPARE(inserted.last().at(2).toInt(), 2);
        QCOMPARE(m_model->paths(), (QStringList{m_small, m_large, m_empty}));

        QCOMPARE(m_model->addFiles({m_small}), 0);
        QCOMPARE(m_model->addFiles({}), 0);
        QCOMPARE(inserted.count(), 2);
    }

    void removeRowList()
    {
        m_model->addFiles({m_small, m_large, m_empty});
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        // Any order, repeats and rows out of range: each real row once, bottom-up.
        m_model->removeRowList({0, 2, 2, 7, -1});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(removed.at(1).at(1).toInt(), 0);
        QCOMPARE(removed.at(1).at(2).toInt(), 0);
        QCOMPARE(m_model->paths(), QStringList{m_large});
        m_model->removeRowList({});
        QCOMPARE(removed.count(), 2);
    }

    void clear()
    {
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        m_model->clear();
        QCOMPARE(removed.count(), 0); // nothing to remove: no signal
        m_model->addFiles({m_small, m_large});
        m_model->clear();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->paths().isEmpty());
    }

    void drops_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("rows");
        const QUrl small = QUrl::fromLocalFile(m_small);
        const QUrl large = QUrl::fromLocalFile(m_large);
        const QUrl web(QStringLiteral("https://example.com/file.txt"));
        QTest::newRow("copy two files") << QList<QUrl>{small, large} << int(Qt::CopyAction) << true << 2;
        QTest::newRow("link") << QList<QUrl>{small} << int(Qt::LinkAction) << true << 1;
        QTest::newRow("move refused") << QList<QUrl>{small} << int(Qt::MoveAction) << false << 0;
        QTest::newRow("web links skipped") << QList<QUrl>{web, large} << int(Qt::CopyAction) << true << 1;
        QTest::newRow("only web links") << QList<QUrl>{web} << int(Qt::CopyAction) << false << 0;
        QTest::newRow("no urls") << QList<QUrl>{} << int(Qt::CopyAction) << false << 0;
    }
    void drops()
    {
        QFETCH(QList<QUrl>, urls);
        QFETCH(int, action);
        QFETCH(bool, accepted);
        QFETCH(int, rows);
        QCOMPARE(m_model->mimeTypes(), QStringList{QStringLiteral("text/uri-list")});
        QCOMPARE(m_model->supportedDropActions(), Qt::CopyAction | Qt::LinkAction);
        const auto data = TestAttachmentListModel::urls(urls);
        const auto dropAction = Qt::DropAction(action);
        QCOMPARE(m_model->canDropMimeData(data.get(), dropAction, -1, -1, QModelIndex()), accepted);
        QCOMPARE(m_model->dropMimeData(data.get(), dropAction, -1, -1, QModelIndex()), accepted);
        QCOMPARE(m_model->rowCount(), rows);
        QVERIFY(!m_model->canDropMimeData(nullptr, Qt::CopyAction, -1, -1, QModelIndex()));
    }
};

QTEST_MAIN(TestAttachmentListModel)
#include "tst_attachmentlistmodel.moc"
