#include "models/kubeconfigcontexts.h"

#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;

namespace {
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}
} // namespace

class TestKubeconfigContexts : public QObject
{
    Q_OBJECT
private slots:
    void mergesFilesLikeKubectl()
    {
        QTemporaryDir dir;
        const QString a = write(dir, QStringLiteral("a"),
            "apiVersion: v1\nkind: Config\ncurrent-context: east\ncontexts:\n- name: east\n  context: {cluster: e, "
            "user: u}\n"
            "users:\n- name: u\n  user: {token: secret-token}\n");
        const QString b = write(dir, QStringLiteral("b"),
            "current-context: west\ncontexts:\n- name: west\n  context: {cluster: w}\n- name: east\n  context: {}\n");
        const auto found = KubeconfigContexts::read({ a, dir.filePath(QStringLiteral("missing")), b });
        QCOMPARE(found.contexts, (QStringList { QStringLiteral("east"), QStringLiteral("west") }));
        QCOMPARE(found.currentContext, QStringLiteral("east")); // the first file that sets it wins
        QCOMPARE(found.files, (QStringList { a, b }));
        QVERIFY(found.error.isEmpty());
    }

    void malformedYamlIsAnError()
    {
        QTemporaryDir dir;
        const QString bad = write(dir, QStringLiteral("bad"), "contexts: [ {name: x\n");
        const auto found = KubeconfigContexts::read({ bad });
        QVERIFY(found.error.contains(bad));
        QVERIFY(found.contexts.isEmpty());
    }

    void explicitPathWinsOverEnvironment()
    {
        qputenv("KUBECONFIG", "/x/one:/x/two:/x/one");
        QCOMPARE(
            KubeconfigContexts::defaultFiles(QStringLiteral("/explicit")), QStringList { QStringLiteral("/explicit") });
        QCOMPARE(
            KubeconfigContexts::defaultFiles({}), (QStringList { QStringLiteral("/x/one"), QStringLiteral("/x/two") }));
        qunsetenv("KUBECONFIG");
        QVERIFY(KubeconfigContexts::defaultFiles({}).constFirst().endsWith(QStringLiteral("/.kube/config")));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigContexts)
#include "tst_kubeconfigcontexts.moc"
