// kubectl sends SelfSubjectAccessReview and SelfSubjectRulesReview as Kubernetes protobuf
// ("k8s\0" + runtime.Unknown). This decodes just those two kinds to their JSON form; replies stay JSON.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace meshscope::sim {

bool isKubernetesProtobuf(const QByteArray& body);
// nullopt when the body is not a well-formed review.
std::optional<QJsonObject> decodeReviewProtobuf(const QByteArray& body);

} // namespace meshscope::sim
