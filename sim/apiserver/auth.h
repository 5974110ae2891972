// Authentication of the kubeconfig's three users and their authorization: the admin token and the
// client certificate may do everything, the read-only token may only read. Also answers
// SelfSubjectAccessReview and SelfSubjectRulesReview with the same rules.
#pragma once

#include "sim/apiserver/apiserver.h"
#include "sim/http/httpmessage.h"

#include <QStringList>
#include <optional>

namespace meshscope::sim {

struct ApiUser
{
    QString name;
    QStringList groups;
    bool readOnly = false;
};

// nullopt: not authenticated (401).
std::optional<ApiUser> authenticate(
    const ApiCredentials& credentials, const SimHttpRequest& request, const QSslCertificate& peer);
bool isAllowed(const ApiUser& user, const QString& verb, const QString& group, const QString& resource);
SimHttpReply forbidden(
    const ApiUser& user, const QString& verb, const QString& group, const QString& resource, const QString& ns);
// POST bodies of the two review kinds.
SimHttpReply selfSubjectAccessReview(const ApiUser& user, const QByteArray& body);
SimHttpReply selfSubjectRulesReview(const ApiUser& user, const QByteArray& body);

} // namespace meshscope::sim
