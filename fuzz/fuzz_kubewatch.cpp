// Kubernetes watch streams: newline-framed JSON events arriving in arbitrary pieces, and each event on its own.
#include "fuzzinput.h"
#include "models/kube/kubejson.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // The same bytes whole and in pieces give the same events: framing does not depend on chunking.
    WatchStreamParser whole;
    const qsizetype wholeEvents = whole.feed(input.mid(1)).size();
    WatchStreamParser pieces;
    qsizetype pieceEvents = 0;
    for (const QByteArray& piece : fuzz::chunks(input))
        pieceEvents += pieces.feed(piece).size();
    if (wholeEvents != pieceEvents || whole.hasPartialLine() != pieces.hasPartialLine())
        __builtin_trap();
    QString error;
    (void)WatchStreamParser::parseEvent(input, &error);
    return 0;
}
