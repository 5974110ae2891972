#include "models/config/celurl.h"

#include "models/config/celfunctions.h"

namespace meshscope::config::cel {

namespace {

// url.ParseRequestURI as Go has it: an absolute URI or an absolute path; what the url() library accepts.
struct GoUrl
{
    bool ok = false;
    QString scheme;
    QString host; // with the port
    QString path;
    QString query;
};

bool validPort(const QString& colonPort)
{
    if (colonPort.isEmpty())
        return true;
    if (colonPort.front() != QLatin1Char(':'))
        return false;
    for (qsizetype i = 1; i < colonPort.size(); ++i) {
        if (!colonPort.at(i).isDigit())
            return false;
    }
    return true;
}

bool validEscapes(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('%'))
            continue;
        if (i + 2 >= text.size() || !isxdigit(text.at(i + 1).toLatin1()) || !isxdigit(text.at(i + 2).toLatin1()))
            return false;
    }
    return true;
}

bool validHost(const QString& host)
{
    QString name = host;
    if (name.startsWith(QLatin1Char('['))) {
        const qsizetype close = name.lastIndexOf(QLatin1Char(']'));
        if (close < 0 || !validPort(name.mid(close + 1)))
            return false;
        return true;
    }
    if (const qsizetype colon = name.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        if (!validPort(name.mid(colon)))
            return false;
    }
    if (!validEscapes(name))
        return false;
    static const QString allowed = QStringLiteral("-_.~!$&'()*+,;=:[]<>\"%");
    for (const QChar c : name) {
        if (c.unicode() < 0x80 && !c.isLetterOrNumber() && !allowed.contains(c))
            return false;
    }
    return true;
}

GoUrl parseRequestUri(const QString& raw)
{
    GoUrl url;
    if (raw.isEmpty())
        return url;
    for (const QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return url;
    }
    QString rest = raw;
    // The scheme: a letter, then letters, digits, + - .; up to the first ':'.
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c.isLetter() && c.unicode() < 0x80)
            continue;
        if ((c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.')) && i > 0)
            continue;
        if (c == QLatin1Char(':')) {
            if (i == 0)
                return url; // missing protocol scheme
            url.scheme = raw.left(i).toLower();
            rest = raw.mid(i + 1);
        }
        break;
    }
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        url.query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    if (!rest.startsWith(QLatin1Char('/'))) {
        url.ok = !url.scheme.isEmpty(); // opaque ("mailto:x"); without a scheme: not a request URI
        return url;
    }
    if (!url.scheme.isEmpty() && rest.startsWith(QLatin1String("//"))) {
        rest = rest.mid(2);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        QString authority = slash < 0 ? rest : rest.left(slash);
        rest = slash < 0 ? QString() : rest.mid(slash);
        if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
            static const QString userChars = QStringLiteral("-._:~!$&'()*+,;=%@");
            for (const QChar c : authority.left(at)) {
                if (!(c.unicode() < 0x80 && c.isLetterOrNumber()) && !userChars.contains(c))
                    return url;
            }
            authority = authority.mid(at + 1);
        }
        if (!validHost(authority))
            return url;
        url.host = authority;
    }
    if (!validEscapes(rest))
        return url;
    url.path = rest;
    url.ok = true;
    return url;
}

} // namespace

Value urlValue(const QString& text)
{
    if (!parseRequestUri(text).ok)
        return Value::error(QStringLiteral("URL parse error during conversion from string: %1").arg(text));
    Value v;
    v.type = Value::Type::Url;
    v.s = text;
    return v;
}

bool isRequestUri(const QString& text)
{
    return parseRequestUri(text).ok;
}

Value urlMethod(const QString& name, const Value& target)
{
    const GoUrl url = parseRequestUri(target.s);
    if (name == QLatin1String("getScheme"))
        return Value::string(url.scheme);
    if (name == QLatin1String("getHost"))
        return Value::string(url.host);
    if (name == QLatin1String("getEscapedPath"))
        return Value::string(url.path);
    QString host = url.host;
    QString port;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.lastIndexOf(QLatin1Char(']'));
        port = host.mid(close + 2);
        host = host.mid(1, close - 1);
    } else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        port = host.mid(colon + 1);
        host = host.left(colon);
    }
    if (name == QLatin1String("getHostname"))
        return Value::string(host);
    if (name == QLatin1String("getPort"))
        return Value::string(port);
    return noOverload(name, target);
}

} // namespace meshscope::config::cel
