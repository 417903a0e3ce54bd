#include "live/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parkwatt {

FigureTile::FigureTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this))
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
    layout->addWidget(m_detail);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    setAccessibleName(caption);
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

namespace parkwatt {

void FigureTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}
QString FigureTile::detail() const
{
    return m_detail->text();
}

void FigureTile::setAlert(bool alert)
{
    QPalette p = palette();
    if (alert)
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_value->setPalette(p);
}

} // namespace parkwatt
