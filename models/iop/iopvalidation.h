#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// istioctl's checks of a merged IstioOperator (manifest generate / install refuse what fails them): a strict
// decode of the resource ("could not unmarshal"), of spec.values against istioctl's Values type, of the Kubernetes
// objects inside values ("invalid schema for"), of meshConfig; then hub, tag, revision, gateway names, IP ranges and
// ports, and the warnings about replica counts next to autoscaling.
namespace meshscope::iop {

struct IopIssue
{
    enum Severity
    {
        Error,
        Warning
    };
    Severity severity = Error;
    QString path; // where in the IstioOperator ("spec.components.ztunnel.k8s.tolerations[0].thats"), may be empty
    QString message; // the whole sentence, istioctl's wording where it has one
};

QList<IopIssue> validateIstioOperator(const QVariant& merged);

} // namespace meshscope::iop
