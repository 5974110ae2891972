#include "models/pagecatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;

class TestPageCatalog : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester()
    {
        PageCatalog catalog;
        QAbstractItemModelTester tester(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        catalog.retranslate();
    }

    void pagesInSidebarOrder_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::newRow("overview") << 0 << "overview"
                                  << "Overview";
        QTest::newRow("graph") << 1 << "graph"
                               << "Graph";
        QTest::newRow("applications") << 2 << "applications"
                                      << "Applications";
        QTest::newRow("workloads") << 3 << "workloads"
                                   << "Workloads";
        QTest::newRow("services") << 4 << "services"
                                  << "Services";
        QTest::newRow("istio-config") << 5 << "istio-config"
                                      << "Istio Config";
        QTest::newRow("proxies") << 6 << "proxies"
                                 << "Proxies";
        QTest::newRow("mesh") << 7 << "mesh"
                              << "Mesh";
    }

    void pagesInSidebarOrder()
    {
        QFETCH(int, row);
        QFETCH(QString, id);
        QFETCH(QString, title);
        PageCatalog catalog;
        QCOMPARE(catalog.rowCount(), 8);
        const QModelIndex index = catalog.index(row);
        QCOMPARE(index.data(PageCatalog::IdRole).toString(), id);
        QCOMPARE(index.data().toString(), title);
        QCOMPARE(catalog.rowOf(id), row);
        QVERIFY(!index.data(PageCatalog::DescriptionRole).toString().isEmpty());
        QVERIFY(!index.data(PageCatalog::EmptyReasonRole).toString().isEmpty());
    }

    void unknownPageHasNoRow() { QCOMPARE(PageCatalog().rowOf(QStringLiteral("nope")), -1); }

    void retranslateKeepsRowsAndSelection()
    {
        PageCatalog catalog;
        QSignalSpy reset(&catalog, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&catalog, &QAbstractItemModel::dataChanged);
        catalog.retranslate();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPageCatalog)
#include "tst_pagecatalog.moc"
