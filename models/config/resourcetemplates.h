// "New from template": a small, valid starting point for every Istio kind and for Gateway API Gateway and
// HTTPRoute, in the namespace the user is looking at.
#pragma once

#include <QList>
#include <QString>

namespace meshscope::config {

struct ResourceTemplate
{
    QString kind;
    QString apiVersion;
    QString title; // what the picker shows: "VirtualService (networking.istio.io)"
};

QList<ResourceTemplate> resourceTemplates();
// The YAML of kind's template in namespace ns ("" when there is no template for kind). apiVersion picks between
// kinds of the same name (Istio's Gateway and Gateway API's); empty: the first.
QString templateText(const QString& kind, const QString& ns, const QString& apiVersion = {});

} // namespace meshscope::config
