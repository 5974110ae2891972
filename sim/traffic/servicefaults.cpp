#include "servicefaults.h"

#include <QJsonObject>

namespace meshscope::sim {

namespace {
QString keyOf(const QString& ns, const QString& name)
{
    return ns + QLatin1Char('/') + name;
}
} // namespace

void ServiceFaults::set(const QString& ns, const QString& name, const ServiceFault& fault)
{
    if (fault.errorRate <= 0.0 && fault.delayMs <= 0)
        clear(ns, name);
    else
        m_faults.insert(keyOf(ns, name), fault);
}

void ServiceFaults::clear(const QString& ns, const QString& name)
{
    m_faults.remove(keyOf(ns, name));
}

const ServiceFault* ServiceFaults::find(const QString& ns, const QString& name) const
{
    if (m_faults.isEmpty())
        return nullptr;
    auto it = m_faults.constFind(keyOf(ns, name));
    if (it == m_faults.constEnd())
        it = m_faults.constFind(keyOf(QString(), name));
    return it == m_faults.constEnd() ? nullptr : &it.value();
}

QJsonArray ServiceFaults::toJson() const
{
    QJsonArray array;
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        array.append(QJsonObject { { QStringLiteral("namespace"), it.key().section(QLatin1Char('/'), 0, 0) },
            { QStringLiteral("name"), it.key().section(QLatin1Char('/'), 1) },
            { QStringLiteral("errorRate"), it.value().errorRate },
            { QStringLiteral("errorCode"), it.value().errorCode }, { QStringLiteral("delayMs"), it.value().delayMs } });
    }
    return array;
}

bool ServiceFaults::applySpec(const QString& spec, QString* error)
{
    const QString target = spec.section(QLatin1Char(':'), 0, 0);
    const QString settings = spec.section(QLatin1Char(':'), 1);
    if (target.isEmpty() || settings.isEmpty()) {
        *error = QStringLiteral("expected name[.namespace]:errorRate=R,delayMs=N,code=C, got \"%1\"").arg(spec);
        return false;
    }
    ServiceFault fault;
    for (const QString& pair : settings.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double value = pair.section(QLatin1Char('='), 1).toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("not a number in \"%1\"").arg(pair);
            return false;
        }
        if (key == QLatin1String("errorRate") && value >= 0 && value <= 1)
            fault.errorRate = value;
        else if (key == QLatin1String("delayMs") && value >= 0)
            fault.delayMs = int(value);
        else if (key == QLatin1String("code") && value >= 100 && value <= 599)
            fault.errorCode = int(value);
        else {
            *error = QStringLiteral("unknown or out-of-range setting \"%1\"").arg(pair);
            return false;
        }
    }
    set(target.section(QLatin1Char('.'), 1), target.section(QLatin1Char('.'), 0, 0), fault);
    return true;
}

} // namespace meshscope::sim
