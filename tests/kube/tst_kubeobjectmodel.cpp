// The item models on the caches: merge by key, never reset, checked by QAbstractItemModelTester.
#include "models/kube/kubeobjectmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;

namespace {

QJsonObject pod(const QString& name, const QString& rv, const QString& phase = QStringLiteral("Running"))
{
    return QJsonObject { { QStringLiteral("metadata"),
                             QJsonObject { { QStringLiteral("namespace"), QStringLiteral("shop") },
                                 { QStringLiteral("name"), name }, { QStringLiteral("resourceVersion"), rv } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("containers"), QJsonArray { QJsonObject {}, QJsonObject {} } } } },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("phase"), phase },
                { QStringLiteral("containerStatuses"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("ready"), true }, { QStringLiteral("restartCount"), 2 } },
                        QJsonObject { { QStringLiteral("ready"), false },
                            { QStringLiteral("state"),
                                QJsonObject { { QStringLiteral("waiting"),
                                    QJsonObject {
                                        { QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff") } } } } },
                            { QStringLiteral("restartCount"), 3 } } } } } } };
}

using Type = KubeChange::Type;
const QString podKind = QStringLiteral("Pod");

} // namespace

class TestKubeObjectModel : public QObject
{
    Q_OBJECT
private slots:
    void mergesByKeyWithoutReset()
    {
        std::unique_ptr<KubeObjectModel> model(KubeModels::pods());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);

        QList<KubeChange> initial;
        for (int i = 0; i < 100; ++i)
            initial.append({ Type::Added, pod(QStringLiteral("p%1").arg(i), QStringLiteral("1")) });
        model->apply(podKind, initial);
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(inserts.size(), 1); // one block for the whole list
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("1/2"));
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(model->index(0, 4).data().toInt(), 5);
        QCOMPARE(model->index(5, 0).data(KubeObjectModel::KeyRole).toString(), QStringLiteral("Pod:shop/p5"));

        // Modify one, delete one, add one: exactly those row signals.
        model->apply(podKind,
            { { Type::Modified, pod(QStringLiteral("p7"), QStringLiteral("2"), QStringLiteral("Pending")) },
                { Type::Deleted, pod(QStringLiteral("p3"), QStringLiteral("1")) },
                { Type::Added, pod(QStringLiteral("new"), QStringLiteral("3")) } });
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(removes.size(), 1);
        QCOMPARE(inserts.size(), 2);
        QCOMPARE(changes.size(), 1);
        const int row = model->rowOf(podKind, pod(QStringLiteral("p7"), {}));
        QCOMPARE(
            model->objectAt(row).value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")),
            QJsonValue(QStringLiteral("2")));
        QCOMPARE(model->rowOf(podKind, pod(QStringLiteral("p3"), {})), -1);
        // Every key maps to its row after the removal shifted rows up.
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->rowOf(podKind, model->objectAt(r)), r);

        // Deleting something unknown, or an empty batch, does nothing.
        model->apply(podKind, { { Type::Deleted, pod(QStringLiteral("ghost"), QStringLiteral("1")) } });
        model->apply(podKind, {});
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(resets.size(), 0);
    }

    void sameNameDifferentKindsAreDifferentRows()
    {
        std::unique_ptr<KubeObjectModel> model(KubeModels::istioConfigs());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->apply(
            QStringLiteral("VirtualService"), { { Type::Added, pod(QStringLiteral("reviews"), QStringLiteral("1")) } });
        model->apply(QStringLiteral("DestinationRule"),
            { { Type::Added, pod(QStringLiteral("reviews"), QStringLiteral("1")) } });
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 0).data(KubeObjectModel::KindRole).toString(), QStringLiteral("DestinationRule"));
        model->apply(QStringLiteral("VirtualService"),
            { { Type::Deleted, pod(QStringLiteral("reviews"), QStringLiteral("1")) } });
        QCOMPARE(model->rowCount(), 1);
        model->clear();
        QCOMPARE(model->rowCount(), 0);
    }

    void addAndDeleteInOneBatch()
    {
        std::unique_ptr<KubeObjectModel> model(KubeModels::services());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->apply(QStringLiteral("Service"),
            { { Type::Added, pod(QStringLiteral("a"), QStringLiteral("1")) },
                { Type::Added, pod(QStringLiteral("b"), QStringLiteral("1")) },
                { Type::Modified, pod(QStringLiteral("a"), QStringLiteral("2")) },
                { Type::Deleted, pod(QStringLiteral("b"), QStringLiteral("3")) } });
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("a"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    // A relist that drops many objects removes contiguous runs of rows at once, not one row at a time.
    void relistRemovesRowsInBlocks()
    {
        std::unique_ptr<KubeObjectModel> model(KubeModels::pods());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<KubeChange> added;
        for (int i = 0; i < 1000; ++i)
            added.append({ Type::Added, pod(QStringLiteral("p%1").arg(i), QStringLiteral("1")) });
        model->apply(podKind, added);
        QCOMPARE(model->rowCount(), 1000);
        // Gone: rows 100–599 (one run), every 10th of 700–999 (30 single rows), row 0; p650 deleted and re-added.
        QList<KubeChange> relist;
        relist.append({ Type::Deleted, pod(QStringLiteral("p0"), QStringLiteral("1")) });
        for (int i = 599; i >= 100; --i) // any order
            relist.append({ Type::Deleted, pod(QStringLiteral("p%1").arg(i), QStringLiteral("1")) });
        for (int i = 700; i < 1000; i += 10)
            relist.append({ Type::Deleted, pod(QStringLiteral("p%1").arg(i), QStringLiteral("1")) });
        relist.append({ Type::Deleted, pod(QStringLiteral("p650"), QStringLiteral("1")) });
        relist.append({ Type::Modified, pod(QStringLiteral("p650"), QStringLiteral("2")) });
        relist.append({ Type::Added, pod(QStringLiteral("new"), QStringLiteral("1")) });
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        model->apply(podKind, relist);
        QCOMPARE(removed.size(), 1 + 1 + 30);
        QCOMPARE(model->rowCount(), 1000 - 1 - 500 - 30 + 1);
        for (const QList<QVariant>& signal : std::as_const(removed)) {
            if (signal.at(1).toInt() != signal.at(2).toInt())
                QCOMPARE(signal.at(2).toInt() - signal.at(1).toInt() + 1, 500); // the one long run
        }
        // Every remaining row is where rowOf says, in the original order.
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject object = model->objectAt(row);
            QCOMPARE(model->rowOf(podKind, object), row);
            names << object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        }
        QCOMPARE(names.first(), QStringLiteral("p1"));
        QVERIFY(!names.contains(QStringLiteral("p0")) && !names.contains(QStringLiteral("p100")));
        QVERIFY(names.contains(QStringLiteral("p650")) && names.contains(QStringLiteral("p701")));
        QVERIFY(!names.contains(QStringLiteral("p700")) && !names.contains(QStringLiteral("p990")));
        QCOMPARE(names.last(), QStringLiteral("new"));
        const int row650 = int(names.indexOf(QStringLiteral("p650")));
        QCOMPARE(objectResourceVersion(model->objectAt(row650)), QStringLiteral("2"));
    }

    void standardModelsHaveColumns()
    {
        for (KubeObjectModel* model : { KubeModels::namespaces(this), KubeModels::pods(this),
                 KubeModels::services(this), KubeModels::workloads(this), KubeModels::istioConfigs(this) }) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model->columnCount() >= 3);
            model->apply(QStringLiteral("X"), { { Type::Added, pod(QStringLiteral("x"), QStringLiteral("1")) } });
            for (int c = 0; c < model->columnCount(); ++c) {
                QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
                model->index(0, c).data(); // every column copes with any object
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeObjectModel)
#include "tst_kubeobjectmodel.moc"
