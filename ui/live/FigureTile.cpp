#include "live/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parkwatt {

FigureTile::FigureTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
{
    setFrameShape(QFrame::StyledPanel);
    auto* captionLabel = new QLabel(caption, this);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
}

void FigureTile::setValue(const QString& value)
{
    m_value->setText(value);
}
QString FigureTile::value() const
{
    return m_value->text();
}

} // namespace parkwatt
