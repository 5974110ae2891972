#include "views/common/objectfilterproxy.h"
#include "views/common/resourcetablepage.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace meshscope;

class TestResourceTablePage : public QObject
{
    Q_OBJECT

    static void addRow(QStandardItemModel& model, const QString& name, const QString& ns)
    {
        model.appendRow({ new QStandardItem(name), new QStandardItem(ns) });
    }

private slots:
    void emptyStateUntilRowsArrive()
    {
        QStandardItemModel model(0, 2);
        ResourceTablePage page;
        page.setEmptyState(QStringLiteral(":/icons/page-workloads.svg"), QStringLiteral("Workloads"),
            QStringLiteral("No cluster is connected."));
        page.setModel(&model);
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.isShowingEmptyState());
        addRow(model, QStringLiteral("reviews-v1"), QStringLiteral("bookinfo"));
        QVERIFY(!page.isShowingEmptyState());
        model.removeRows(0, 1);
        QVERIFY(page.isShowingEmptyState());
    }

    void filterIsDebouncedAndKeepsTable()
    {
        QStandardItemModel model(0, 2);
        addRow(model, QStringLiteral("reviews-v1"), QStringLiteral("bookinfo"));
        addRow(model, QStringLiteral("reviews-v2"), QStringLiteral("bookinfo"));
        addRow(model, QStringLiteral("istiod"), QStringLiteral("istio-system"));
        ResourceTablePage page;
        page.setModel(&model);
        page.filterEdit()->setText(QStringLiteral("REVIEWS"));
        QCOMPARE(page.proxy()->rowCount(), 3); // not yet: debounced
        QTRY_COMPARE(page.proxy()->rowCount(), 2);
        page.filterEdit()->setText(QStringLiteral("istio-system"));
        QTRY_COMPARE(page.proxy()->rowCount(), 1); // any column matches
        page.filterEdit()->setText(QStringLiteral("nothing matches"));
        QTRY_COMPARE(page.proxy()->rowCount(), 0);
        QVERIFY(!page.isShowingEmptyState());
    }

    void namespaceFilterCombinesWithText()
    {
        QStandardItemModel model(0, 2);
        addRow(model, QStringLiteral("reviews-v1"), QStringLiteral("bookinfo"));
        addRow(model, QStringLiteral("istiod"), QStringLiteral("istio-system"));
        addRow(model, QStringLiteral("cluster-wide"), QString());
        const int nsRole = Qt::UserRole + 7;
        for (int row = 0; row < model.rowCount(); ++row)
            model.setData(model.index(row, 0), model.index(row, 1).data(), nsRole);
        ResourceTablePage page;
        page.setModel(&model);
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setNamespaceFilter(nsRole, QStringLiteral("bookinfo"));
        QCOMPARE(page.proxy()->rowCount(), 2); // bookinfo + the cluster-scoped row
        page.filterEdit()->setText(QStringLiteral("istiod"));
        QTRY_COMPARE(page.proxy()->rowCount(), 0); // istiod is in another namespace
        page.setNamespaceFilter(nsRole, QString());
        QCOMPARE(page.proxy()->rowCount(), 1);
    }

    void shortRowsInAWidePageNeedNoHorizontalScrolling()
    {
        QStandardItemModel model(0, 3);
        model.appendRow({ new QStandardItem(QStringLiteral("reviews-v1")),
            new QStandardItem(QStringLiteral("bookinfo")), new QStandardItem(QStringLiteral("2026-11-28T19:04:44Z")) });
        ResourceTablePage page;
        page.resize(1000, 400);
        page.setModel(&model);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableView*>(QStringLiteral("resourceTable"));
        QTRY_VERIFY(table->columnWidth(0) > 0 && table->columnWidth(0) < 300); // sized to its contents
        QTest::qWait(50);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        // The columns before the last are wider than their text; the last one fills the rest.
        QVERIFY(table->columnWidth(0) >= table->fontMetrics().horizontalAdvance(QStringLiteral("reviews-v1")) + 16);
    }
};

QTEST_MAIN(TestResourceTablePage)
#include "tst_resourcetablepage.moc"
