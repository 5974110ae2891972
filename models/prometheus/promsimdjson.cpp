#include "promfastparse.h"

#include <QHash>
#include <charconv>
#include <cmath>
#include <limits>
#include <simdjson.h>

// The same reading as parseSuccessFast, over simdjson's DOM: its parser is the shared library's, which picks the
// machine's SIMD kernel at run time (the On-Demand API is compiled inline and, at Debian's x86-64 baseline, gets
// the scalar fallback kernel). Label names and values are decoded once per distinct spelling, as there.
namespace meshscope::detail {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

class Strings
{
public:
    bool text(element value, QString* out)
    {
        std::string_view raw;
        if (value.get_string().get(raw) != simdjson::SUCCESS)
            return false;
        return intern(raw, out);
    }

    bool intern(std::string_view raw, QString* out)
    {
        const QByteArrayView key(raw.data(), qsizetype(raw.size()));
        const auto it = m_strings.constFind(key);
        if (it != m_strings.cend()) {
            *out = *it;
            return true;
        }
        *out = QString::fromUtf8(key); // simdjson has checked the UTF-8 and decoded every escape
        m_strings.insert(key, *out);
        return true;
    }

private:
    QHash<QByteArrayView, QString> m_strings; // views into the parser's string buffer, which outlives this
};

// A sample value: Prometheus sends it as a string so that NaN and ±Inf survive JSON.
bool sampleValue(element value, double* out)
{
    std::string_view raw;
    if (value.get_string().get(raw) != simdjson::SUCCESS)
        return value.get_double().get(*out) == simdjson::SUCCESS;
    if (raw == "NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (raw == "+Inf" || raw == "Inf") {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (raw == "-Inf") {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (!isJsonNumber(QByteArrayView(raw.data(), qsizetype(raw.size()))))
        return false;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), *out);
    return error == std::errc() && end == raw.data() + raw.size() && std::isfinite(*out);
}

// [ <unix time>, "<value>" ]
bool readPoint(element value, double* time, double* sample)
{
    array pair;
    element second;
    if (value.get_array().get(pair) != simdjson::SUCCESS || pair.size() != 2
        || pair.at(1).get(second) != simdjson::SUCCESS)
        return false;
    return pair.at(0).get_double().get(*time) == simdjson::SUCCESS && sampleValue(second, sample);
}

bool readLabels(element value, Strings& strings, PromLabels* labels)
{
    object members;
    if (value.get_object().get(members) != simdjson::SUCCESS)
        return false;
    QString name;
    QString text;
    for (const simdjson::dom::key_value_pair member : members) {
        if (!strings.intern(member.key, &name) || !strings.text(member.value, &text))
            return false;
        // Prometheus sends labels sorted by name, so the hint makes every insertion constant time.
        labels->insert(labels->cend(), name, text);
    }
    return true;
}

} // namespace

QString simdjsonKernel()
{
    return QString::fromStdString(simdjson::get_active_implementation()->name());
}

std::optional<PromResult> parseSuccessSimdjson(const QByteArray& body)
{
    simdjson::dom::parser parser;
    element root;
    // simdjson reads a few bytes past the end: it copies the body only when its buffer lacks that room.
    const bool copy = body.capacity() - body.size() < qsizetype(simdjson::SIMDJSON_PADDING);
    if (parser.parse(body.constData(), std::size_t(body.size()), copy).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    object response;
    if (root.get_object().get(response) != simdjson::SUCCESS)
        return std::nullopt;
    // Members in order, a repeated one replacing the earlier, as the general parser reads them.
    Strings strings;
    PromResult result;
    std::string_view status;
    std::string_view resultType;
    array items;
    bool haveResult = false;
    for (const simdjson::dom::key_value_pair member : response) {
        if (member.key == "status") {
            if (member.value.get_string().get(status) != simdjson::SUCCESS)
                return std::nullopt;
        } else if (member.key == "warnings") {
            array list;
            if (member.value.get_array().get(list) != simdjson::SUCCESS)
                return std::nullopt;
            result.warnings.clear();
            for (element warning : list) {
                QString text;
                if (!strings.text(warning, &text))
                    return std::nullopt;
                result.warnings.append(text);
            }
        } else if (member.key == "data") {
            object data;
            if (member.value.get_object().get(data) != simdjson::SUCCESS)
                return std::nullopt;
            for (const simdjson::dom::key_value_pair field : data) {
                if (field.key == "resultType") {
                    if (field.value.get_string().get(resultType) != simdjson::SUCCESS)
                        return std::nullopt;
                } else if (field.key == "result") {
                    if (field.value.get_array().get(items) != simdjson::SUCCESS)
                        return std::nullopt;
                    haveResult = true;
                }
            }
        }
    }
    if (status != "success" || !haveResult)
        return std::nullopt;
    const bool vector = resultType == "vector";
    if (!vector && resultType != "matrix")
        return std::nullopt; // scalars and strings are small: the general parser reads them
    result.kind = vector ? PromResult::Kind::Vector : PromResult::Kind::Matrix;
    if (vector)
        result.vector.reserve(qsizetype(items.size()));
    else
        result.matrix.reserve(qsizetype(items.size()));

    for (element entry : items) {
        object item;
        if (entry.get_object().get(item) != simdjson::SUCCESS)
            return std::nullopt;
        PromLabels metric;
        bool hasValue = false;
        double time = 0;
        double value = 0;
        QList<std::pair<double, double>> points;
        for (const simdjson::dom::key_value_pair member : item) {
            if (member.key == "metric") {
                if (!readLabels(member.value, strings, &metric))
                    return std::nullopt;
            } else if (member.key == "value") {
                hasValue = readPoint(member.value, &time, &value);
                if (!hasValue)
                    return std::nullopt;
            } else if (member.key == "values") {
                array list;
                if (member.value.get_array().get(list) != simdjson::SUCCESS)
                    return std::nullopt;
                points.reserve(qsizetype(list.size()));
                for (element point : list) {
                    double t = 0;
                    double v = 0;
                    if (!readPoint(point, &t, &v))
                        return std::nullopt;
                    points.append({ t, v });
                }
            } else {
                return std::nullopt; // e.g. native histograms: the general parser says what it makes of them
            }
        }
        if (vector) {
            if (!hasValue)
                return std::nullopt;
            result.vector.append(PromSample { std::move(metric), time, value });
        } else {
            result.matrix.append(PromSeries { std::move(metric), std::move(points) });
        }
    }
    return result;
}

} // namespace meshscope::detail
