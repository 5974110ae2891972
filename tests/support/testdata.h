#pragma once

// Files for tests: the project's own shared test data in tests/data (YAML the tests share), the upstream
// fixtures in ../shared (read there, never copied into the repository), and small file helpers.

#include <QByteArray>
#include <QFileDevice>
#include <QHash>
#include <QString>

namespace meshscope::testing {

// tests/data/<relative>
QString testDataPath(const QString& relative);
// Its contents; empty (and a warning naming the path) when it cannot be read.
QByteArray readTestData(const QString& relative);
// ../shared/<relative> (MESHSCOPE_SHARED at run time, else the build's default)
QString sharedPath(const QString& relative);

// Replaces every {{KEY}} of text with values[KEY].
QByteArray fillTemplate(QByteArray text, const QHash<QByteArray, QByteArray>& values);

// bookinfo's reviews DestinationRule (subsets v1, v2, v3) and a VirtualService splitting reviews by weight.
QByteArray reviewsSubsets();
QByteArray reviewsWeights(int v1, int v2, int v3);

// Writes content to path (creating directories); permissions default to the owner's read/write only.
bool writeFile(const QString& path, const QByteArray& content,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

} // namespace meshscope::testing
