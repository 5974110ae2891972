#pragma once

#include <QList>
#include <QString>

// Every message the analysis can report: istioctl's IST codes (name, level and the message text with Go-style
// placeholders, so `meshscope analyze` prints what istioctl prints) and Kiali's KIA validation codes (key, severity
// and Kiali's wording), each with a short explanation of how to fix it for the GUI.
namespace meshscope::analysis {

enum class Level
{
    Error,
    Warning,
    Info,
};

QString levelName(Level level); // "Error", "Warning", "Info" (istioctl's spelling)
bool levelFromName(const QString& name, Level* level); // case-insensitive
// True when level is as bad as threshold or worse (Error is worse than Warning is worse than Info).
bool atLeast(Level level, Level threshold);

struct MessageType
{
    const char* code; // "IST0101", "KIA1107"
    const char* name; // istioctl's name ("ReferencedResourceNotFound") or Kiali's key ("virtualservices.…")
    Level level;
    // istioctl: a Go format string (%s %v %q %d); Kiali: the fixed message.
    const char* text;
    const char* fix; // what to do about it, in a sentence or two (translated for display)

    bool isKiali() const { return code[0] == 'K'; }
    QString documentationUrl() const; // istio.io's page for IST codes, kiali.io's validation page for KIA codes
};

// The type of code (IST… or KIA…); nullptr for codes the engine does not know.
const MessageType* messageType(const QString& code);
QList<const MessageType*> allMessageTypes(); // IST codes first, each in code order

} // namespace meshscope::analysis
