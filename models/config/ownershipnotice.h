// Who else manages an object, for the editor's banner: Argo CD, Flux, Helm, Flagger or Argo Rollouts would
// revert (or fight) an edit made here, so the edit belongs in Git. The mesh-wide ownership detection
// (models/traffic/ownership) decides; this is the one line the editor shows of it.
#pragma once

#include "models/traffic/ownership.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace meshscope::config {

struct OwnershipNotice
{
    QString owner; // `Argo CD application "shop"`, `Helm release "istio"`, …
    QString evidence; // the markers: "annotation argocd.argoproj.io/tracking-id", "field manager …"
    bool hintOnly = false; // a marker other tools set too (app.kubernetes.io/instance): it may be managed
    QString consequence; // what the owner does with a change made here
};

// The first (reverting first) owner of object; context: Rollouts and Canaries that claim it without marking it.
std::optional<OwnershipNotice> ownershipNotice(const QJsonObject& object, const OwnershipContext& context = {});
// The controller behind a field manager ("argocd-controller" → "Argo CD"), "" for anyone else (kubectl, people).
QString ownerOfFieldManager(const QString& manager);

} // namespace meshscope::config
