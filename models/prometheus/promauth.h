#pragma once

// Prometheus credentials kept off the command line (where `ps` shows them to every user): the password for basic
// auth from MESHSCOPE_PROMETHEUS_PASSWORD or a file, a bearer token from MESHSCOPE_PROMETHEUS_TOKEN or a file.
// Files must be readable by their owner only (like ssh keys); the user name comes from the URL
// (http://user@host) or MESHSCOPE_PROMETHEUS_USER.

#include <QProcessEnvironment>
#include <QString>

namespace meshscope {

struct PromConfig;

struct PromAuthSources
{
    QString passwordFile; // --prometheus-password-file
    QString tokenFile; // --prometheus-token-file
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// Fills config's basic auth or bearer token from the sources. Returns a user-facing error (never the secret), or
// an empty string. A password in the URL still works but warning gets a note that it is visible in `ps`.
QString applyPromAuth(PromConfig* config, const PromAuthSources& sources, QString* warning = nullptr);

// The --help text that says all this.
QString promAuthHelp();

} // namespace meshscope
