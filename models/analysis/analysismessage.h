#pragma once

#include "analysisresource.h"
#include "messagecatalog.h"

#include <QList>
#include <QVariantList>

namespace meshscope::analysis {

// One finding: its type, the values for the type's placeholders, the resource it is about (and the line in that
// resource's file, when the analyzer knows the field), and the analyzer that found it.
struct AnalysisMessage
{
    const MessageType* type = nullptr;
    Level severity = Level::Error; // the type's level, unless a Kiali checker lowered it
    QVariantList args; // QString, QStringList, qint64 or a list of qint64 (QVariantList)
    ResourcePtr resource;
    int line = 0; // line of the offending field; 0: the resource's first line
    QString analyzer; // "virtualservice.DestinationRuleAnalyzer", or the Kiali checker
    QString path; // Kiali's field path ("spec/http[0]/route[0]/destination"), empty for istioctl's messages
    QStringList related; // keys ("Kind:ns/name") of other resources the finding involves

    Level level() const { return severity; }
    QString code() const { return QString::fromLatin1(type->code); }
    QString text() const; // the rendered message
    QString origin() const; // "VirtualService default/reviews", empty without a resource
    QString reference() const; // "file.yaml:12", empty for cluster objects
    int effectiveLine() const { return line > 0 ? line : (resource ? resource->line : 0); }
    // istioctl's one-line form: `Error [IST0101] (VirtualService default/reviews file.yaml:12) Referenced …`
    QString toLogLine() const;
};

using AnalysisMessages = QList<AnalysisMessage>;

// Renders a Go format string (%s %v %q %d, %% for a percent sign) with args, as fmt.Sprintf would.
QString renderTemplate(const char* format, const QVariantList& args);
// Sorts as istioctl does (level, code, resource, text) and drops messages whose log line is identical.
AnalysisMessages sortedAndDeduplicated(AnalysisMessages messages);

} // namespace meshscope::analysis
