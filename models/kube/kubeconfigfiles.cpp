#include "kubeconfigfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace meshscope {
namespace {

struct KubeconfigFilesText
{
    Q_DECLARE_TR_FUNCTIONS(Kubeconfig)
};

QString at(const QString& file, const YamlNode* node)
{
    return node ? QStringLiteral("%1:%2:%3").arg(file).arg(node->line).arg(node->column) : file;
}

enum class Kind
{
    String,
    Bool,
    List,
    Map,
};

// The fields kubectl decodes, by section. Unknown fields are ignored, as kubectl does.
const QList<std::pair<const char*, Kind>>& fieldsOf(QStringView section)
{
    static const QList<std::pair<const char*, Kind>> cluster { { "server", Kind::String },
        { "tls-server-name", Kind::String }, { "insecure-skip-tls-verify", Kind::Bool },
        { "certificate-authority", Kind::String }, { "certificate-authority-data", Kind::String },
        { "proxy-url", Kind::String }, { "disable-compression", Kind::Bool }, { "extensions", Kind::List } };
    static const QList<std::pair<const char*, Kind>> user { { "client-certificate", Kind::String },
        { "client-certificate-data", Kind::String }, { "client-key", Kind::String },
        { "client-key-data", Kind::String }, { "token", Kind::String }, { "tokenFile", Kind::String },
        { "as", Kind::String }, { "as-uid", Kind::String }, { "as-groups", Kind::List }, { "as-user-extra", Kind::Map },
        { "username", Kind::String }, { "password", Kind::String }, { "auth-provider", Kind::Map },
        { "exec", Kind::Map }, { "extensions", Kind::List } };
    static const QList<std::pair<const char*, Kind>> context { { "cluster", Kind::String }, { "user", Kind::String },
        { "namespace", Kind::String }, { "extensions", Kind::List } };
    static const QList<std::pair<const char*, Kind>> exec { { "command", Kind::String }, { "apiVersion", Kind::String },
        { "args", Kind::List }, { "env", Kind::List }, { "installHint", Kind::String },
        { "provideClusterInfo", Kind::Bool }, { "interactiveMode", Kind::String } };
    if (section == u"cluster")
        return cluster;
    if (section == u"user")
        return user;
    if (section == u"exec")
        return exec;
    return context;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return KubeconfigFilesText::tr("a string");
    case Kind::Bool:
        return KubeconfigFilesText::tr("true or false");
    case Kind::List:
        return KubeconfigFilesText::tr("a list");
    case Kind::Map:
        return KubeconfigFilesText::tr("a map");
    }
    return {};
}

bool hasKind(const YamlNode& node, Kind kind)
{
    if (node.isNull())
        return true; // null leaves the field unset, as in kubectl
    switch (kind) {
    case Kind::String:
        return node.isScalar();
    case Kind::Bool:
        return node.boolean().has_value();
    case Kind::List:
        return node.isSequence();
    case Kind::Map:
        return node.isMap();
    }
    return false;
}

// Checks the known fields of one cluster/user/context map (and an exec section inside a user).
QString checkFields(const QString& file, const YamlNode& body, const QString& section, const QString& owner)
{
    for (const auto& [key, kind] : fieldsOf(section)) {
        const YamlNode* value = body.value(QLatin1String(key));
        if (value && !hasKind(*value, kind))
            return KubeconfigFilesText::tr("%1: \"%2\" of %3 must be %4, not %5")
                .arg(at(file, value), QLatin1String(key), owner, kindName(kind), value->typeName());
    }
    if (section == QLatin1String("user")) {
        if (const YamlNode* exec = body.value(u"exec"); exec && exec->isMap()) {
            if (QString error = checkFields(file, *exec, QStringLiteral("exec"), owner); !error.isEmpty())
                return error;
            if (const YamlNode* args = exec->value(u"args"); args && args->isSequence()) {
                for (const auto& arg : args->items) {
                    if (!arg->isScalar() && !arg->isNull())
                        return KubeconfigFilesText::tr("%1: the exec args of %2 must be strings, not %3")
                            .arg(at(file, arg.get()), owner, arg->typeName());
                }
            }
            if (const YamlNode* env = exec->value(u"env"); env && env->isSequence()) {
                for (const auto& variable : env->items) {
                    const YamlNode* name = variable->isMap() ? variable->value(u"name") : nullptr;
                    const YamlNode* value = variable->isMap() ? variable->value(u"value") : nullptr;
                    if (!name || !name->isScalar() || name->scalar.isEmpty()
                        || (value && !hasKind(*value, Kind::String)))
                        return KubeconfigFilesText::tr("%1: an exec env entry of %2 needs a name and a string value")
                            .arg(at(file, variable.get()), owner);
                }
            }
        }
    }
    return {};
}

// Adds the named entries of one list (clusters/users/contexts) unless an earlier file already defined them.
QString collect(const YamlNode& root, const QString& file, const char* listKey, const char* bodyKey,
    QHash<QString, KubeconfigEntry>* into, QStringList* order)
{
    const QString list = QString::fromLatin1(listKey);
    const YamlNode* items = root.value(list);
    if (!items || items->isNull())
        return {};
    if (!items->isSequence())
        return KubeconfigFilesText::tr("%1: \"%2\" must be a list, not %3")
            .arg(at(file, items), list, items->typeName());
    QSet<QString> seen;
    for (const auto& item : items->items) {
        const YamlNode* name = item->isMap() ? item->value(u"name") : nullptr;
        if (!item->isMap())
            return KubeconfigFilesText::tr("%1: an entry of \"%2\" must be a map with a name, not %3")
                .arg(at(file, item.get()), list, item->typeName());
        if (!name || !name->isScalar() || name->scalar.isEmpty())
            return KubeconfigFilesText::tr("%1: an entry of \"%2\" has no name").arg(at(file, item.get()), list);
        if (seen.contains(name->scalar))
            return KubeconfigFilesText::tr("%1: \"%2\" lists the name \"%3\" twice")
                .arg(at(file, name), list, name->scalar);
        seen.insert(name->scalar);
        const QString section = QString::fromLatin1(bodyKey);
        std::shared_ptr<YamlNode> body;
        for (const auto& [key, value] : item->entries) {
            if (key == section && !body)
                body = value;
        }
        if (body && !body->isNull() && !body->isMap())
            return KubeconfigFilesText::tr("%1: \"%2\" of %3 \"%4\" must be a map, not %5")
                .arg(at(file, body.get()), section, section, name->scalar, body->typeName());
        const QString owner = QStringLiteral("%1 \"%2\"").arg(section, name->scalar);
        if (body && body->isMap()) {
            if (QString error = checkFields(file, *body, section, owner); !error.isEmpty())
                return error;
        }
        if (into->contains(name->scalar))
            continue; // an earlier file defined it: the first one wins
        if (!body) {
            body = std::make_shared<YamlNode>();
            body->line = item->line;
            body->column = item->column;
        }
        into->insert(name->scalar,
            KubeconfigEntry { name->scalar, body, file, QFileInfo(file).absolutePath(), item->line, item->column });
        if (order)
            order->append(name->scalar);
    }
    return {};
}

// Reads one file; false (and *error) when it cannot be read.
bool readFile(const QString& path, QByteArray* bytes, QString* error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = KubeconfigFilesText::tr("read %1: is a directory, not a kubeconfig file").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = KubeconfigFilesText::tr("read %1: %2").arg(path, file.errorString());
        return false;
    }
    // read() and not readAll(): a pipe or device has no size, and /dev/zero never ends.
    bytes->clear();
    QByteArray chunk;
    while (!(chunk = file.read(1 << 20)).isEmpty()) {
        bytes->append(chunk);
        if (bytes->size() > KubeconfigFiles::maxFileBytes) {
            *error = KubeconfigFilesText::tr("read %1: larger than %2 MB, not a kubeconfig file")
                         .arg(path)
                         .arg(KubeconfigFiles::maxFileBytes / (1024 * 1024));
            return false;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        *error = KubeconfigFilesText::tr("read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString KubeconfigEntry::where() const
{
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

KubeconfigFiles KubeconfigFiles::read(const QStringList& files, bool explicitFile)
{
    KubeconfigFiles result;
    result.looked = files;
    for (const QString& file : files) {
        if (!QFileInfo::exists(file)) {
            if (explicitFile) {
                result.error = KubeconfigFilesText::tr("The kubeconfig file %1 does not exist").arg(file);
                return result;
            }
            continue; // kubectl skips missing files in $KUBECONFIG
        }
        QByteArray bytes;
        if (!readFile(file, &bytes, &result.error))
            return result;
        result.files << file;
        if (!result.add(bytes, file))
            return result;
    }
    return result;
}

bool KubeconfigFiles::add(const QByteArray& bytes, const QString& file)
{
    const YamlDocument document = parseYaml(bytes);
    if (!document.ok()) {
        // The position and the parser's problem; never the offending text (it may be a credential).
        error = KubeconfigFilesText::tr("%1:%2:%3: not valid YAML: %4")
                    .arg(file)
                    .arg(document.errorLine)
                    .arg(document.errorColumn)
                    .arg(document.problem);
        return false;
    }
    const YamlNode& root = *document.root;
    if (root.isNull())
        return true; // an empty file (or only comments) adds nothing
    if (!root.isMap()) {
        error = KubeconfigFilesText::tr("%1: a kubeconfig is a YAML map, but this file holds %2")
                    .arg(at(file, &root), root.typeName());
        return false;
    }
    empty = false;
    const YamlNode* kind = root.value(u"kind");
    if (kind && !kind->isNull() && (!kind->isScalar() || kind->scalar != QLatin1String("Config"))) {
        error = KubeconfigFilesText::tr("%1: kind must be Config, not \"%2\"")
                    .arg(at(file, kind), kind->isScalar() ? kind->scalar : kind->typeName());
        return false;
    }
    const YamlNode* apiVersion = root.value(u"apiVersion");
    if (apiVersion && !apiVersion->isNull() && (!apiVersion->isScalar() || apiVersion->scalar != QLatin1String("v1"))) {
        error = KubeconfigFilesText::tr("%1: apiVersion must be v1, not \"%2\"")
                    .arg(at(file, apiVersion), apiVersion->isScalar() ? apiVersion->scalar : apiVersion->typeName());
        return false;
    }
    if (const YamlNode* current = root.value(u"current-context"); current && !current->isNull()) {
        if (!current->isScalar()) {
            error = KubeconfigFilesText::tr("%1: current-context must be a string, not %2")
                        .arg(at(file, current), current->typeName());
            return false;
        }
        if (currentContext.isEmpty())
            currentContext = current->scalar;
    }
    for (const char* key : { "preferences" }) {
        const YamlNode* value = root.value(QLatin1String(key));
        if (value && !value->isNull() && !value->isMap()) {
            error = KubeconfigFilesText::tr("%1: \"%2\" must be a map, not %3")
                        .arg(at(file, value), QLatin1String(key), value->typeName());
            return false;
        }
    }
    if (const YamlNode* extensions = root.value(u"extensions");
        extensions && !extensions->isNull() && !extensions->isSequence()) {
        error = KubeconfigFilesText::tr("%1: \"extensions\" must be a list, not %2")
                    .arg(at(file, extensions), extensions->typeName());
        return false;
    }
    error = collect(root, file, "clusters", "cluster", &clusters, nullptr);
    if (error.isEmpty())
        error = collect(root, file, "users", "user", &users, nullptr);
    if (error.isEmpty())
        error = collect(root, file, "contexts", "context", &contexts, &contextNames);
    return error.isEmpty();
}

} // namespace meshscope
