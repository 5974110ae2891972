#include "routingreview.h"

#include "models/config/textdiff.h"
#include "models/config/yamlwriter.h"

#include <QCoreApplication>

namespace meshscope::traffic {
namespace {

struct RoutingReviewText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::RoutingReview)
};

} // namespace

QString reviewYaml(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    return config::toYaml(withoutServerFields(object, true));
}

QString writeDiff(const PlannedWrite& write, int context)
{
    const QString title = write.title();
    const QString oldName
        = write.before.isEmpty() ? QStringLiteral("/dev/null") : title + RoutingReviewText::tr(" (live)");
    const QString newName
        = write.after.isEmpty() ? QStringLiteral("/dev/null") : title + RoutingReviewText::tr(" (new)");
    return textdiff::unifiedDiff(reviewYaml(write.before), reviewYaml(write.after), oldName, newName, context);
}

PlanReview reviewPlan(const RoutingPlan& plan, const OwnershipContext& owners)
{
    PlanReview review;
    for (const PlannedWrite& write : plan.writes) {
        WriteReview item;
        item.write = write;
        item.diff = writeDiff(write);
        if (!write.before.isEmpty())
            item.ownership = detectOwnership(write.before, owners);
        review.writes << item;
    }
    return review;
}

bool PlanReview::blockedByOwners() const
{
    for (const WriteReview& item : writes) {
        if (item.ownership.blocksWrite())
            return true;
    }
    return false;
}

QString PlanReview::ownersMessage() const
{
    QStringList paragraphs;
    for (const WriteReview& item : writes) {
        const QString message = item.ownership.message(item.write.title());
        if (!message.isEmpty())
            paragraphs << message;
    }
    return paragraphs.join(QLatin1Char('\n'));
}

QStringList PlanReview::owners() const
{
    QStringList names;
    for (const WriteReview& item : writes) {
        for (const QString& owner : item.ownership.owners()) {
            if (!names.contains(owner))
                names << owner;
        }
    }
    return names;
}

QString PlanReview::patch() const
{
    QString text;
    for (const WriteReview& item : writes)
        text += item.diff;
    return text;
}

} // namespace meshscope::traffic
