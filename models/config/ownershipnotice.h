// Who else manages an object, for the editor's banner: Argo CD, Flux, Helm, Flagger or Argo Rollouts would
// revert (or fight) an edit made here, so the edit belongs in Git. A thin interface so that the editor can use the
// mesh-wide ownership detection (models/traffic/ownership) once it is there; until then the markers are read here.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace meshscope::config {

struct OwnershipNotice
{
    QString owner; // "Argo CD", "Flux", "Helm", "Flagger", "Argo Rollouts"
    QString evidence; // the marker: "annotation argocd.argoproj.io/tracking-id = bookinfo:…", "field manager …"
    bool hintOnly = false; // only app.kubernetes.io/instance: Argo CD or Helm may manage it
};

std::optional<OwnershipNotice> ownershipNotice(const QJsonObject& object);
// The controller behind a field manager ("argocd-controller" → "Argo CD"), "" for anyone else (kubectl, people).
QString ownerOfFieldManager(const QString& manager);

} // namespace meshscope::config
