#pragma once
// The colours the Policies page marks problems and better/worse figures with, readable on the
// light and the dark palette (the application's, which Theme sets; chosen when the text is shown,
// since a widget with a style sheet keeps the palette it had when the sheet was set).

#include "common/Theme.h"

#include <QApplication>
#include <QColor>
#include <QString>

namespace parkwatt {

inline QColor problemColor()
{
    return Theme::worseColor(QApplication::palette());
}

// A label's style sheet for a problem (bold, red), or none.
inline QString problemStyle(bool problem)
{
    return problem ? QStringLiteral("color: %1; font-weight: 600;").arg(problemColor().name()) : QString();
}

} // namespace parkwatt
