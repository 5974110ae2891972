// Validation of a whole YAML text (one or many documents, `kind: List` included): every document parsed with
// positions, every resource validated, every message placed on its line. What `meshscope validate` prints and
// the editor marks. Safe on any thread.
#pragma once

#include "models/config/validation.h"
#include "models/config/yamldocument.h"

namespace meshscope::config {

struct DocumentMessage
{
    int documentIndex = 0;
    TextPosition position;
    QString kind; // of the resource the message is about ("" for YAML errors)
    QString ns;
    QString name;
    ValidationMessage message;

    QString resourceText() const; // "VirtualService default/reviews", "Gateway gw" (no namespace), ""
    // "FILE:LINE: Kind ns/name: spec.path: message" (warnings: "FILE:LINE: warning: …")
    QString format(const QString& file) const;
};

struct TextValidation
{
    QList<YamlDocument> documents;
    QList<DocumentMessage> messages; // in document and line order
    int errorCount() const;
    int warningCount() const;
    int resourceCount = 0;
};

TextValidation validateText(const QString& text, const SchemaSet& schemas, const ValidationOptions& options = {});
inline TextValidation validateText(const QString& text)
{
    return validateText(text, *SchemaSet::builtIn());
}

// The resources of a parsed text in order (List items expanded), with the document each came from.
struct TextResource
{
    int documentIndex = 0;
    JsonPath path; // inside the document: "" or "items[3]"
    QJsonObject object;
};
QList<TextResource> resourcesOf(const QList<YamlDocument>& documents);

} // namespace meshscope::config
