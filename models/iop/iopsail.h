#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// The Sail operator's `Istio` resource (sailoperator.io/v1: version, profile, namespace, values, updateStrategy)
// and IstioOperator, each written as the other, saying what does not carry over.
namespace meshscope::iop {

bool isSailIstio(const QVariant& tree);

struct Conversion
{
    QString yaml; // one or more documents
    QVariant tree; // the main converted resource
    QStringList warnings;
    QString error;
};

// From an IstioOperator file's own tree (not merged). Besides the Istio resource, an IstioCNI and a ZTunnel
// resource follow when the file enables those components.
Conversion iopToSail(const QVariant& iop);
// From a Sail Istio resource to an IstioOperator file.
Conversion sailToIop(const QVariant& istio);

} // namespace meshscope::iop
