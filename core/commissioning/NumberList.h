#pragma once
// A comma list of whole numbers as an option gives it ("502,1502"), each within bounds, without
// duplicates, at most `maxCount` of them. Errors name the option and the offending item.

#include <QList>
#include <QString>

namespace parkwatt {

class NumberList {
public:
    struct Parsed {
        QList<int> values; // in the order given; empty on error
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    static Parsed parse(const QString& text, const QString& option, int min, int max, int maxCount);
};

} // namespace parkwatt
