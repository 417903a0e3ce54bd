#pragma once
// A policy in words for the Policies page: what an edit changes (before -> after, for the
// confirmation) and the order in which the engine settles conflicts between the parts
// (docs/scenario-and-site.md, "Policy semantics and priority"; Dispatcher.h), with the parts
// this policy switches off marked as such.

#include "model/Policy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace parkwatt {

class PolicyWords {
    Q_DECLARE_TR_FUNCTIONS(parkwatt::PolicyWords)
public:
    // One line per changed setting, "Peak shaving: off → on at 120 kW"; empty when equal.
    static QStringList changes(const Policy& before, const Policy& after);
    // The priority order as an HTML ordered list (for a QLabel).
    static QString priorityOrderHtml(const Policy& policy);
    // The same, plain text (accessible description, tests).
    static QStringList priorityOrder(const Policy& policy);

private:
    struct Rank {
        QString title;
        QString detail;
        bool active = true;
    };
    static std::vector<Rank> ranks(const Policy& policy);
};

} // namespace parkwatt
