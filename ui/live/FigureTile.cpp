#include "live/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parkwatt {

FigureTile::FigureTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(QStringLiteral("–"), this)) // a dash, no words: nothing to translate
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    setCaption(caption);
}

void FigureTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    setAccessibleName(caption);
}

QString FigureTile::caption() const
{
    return m_caption->text();
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
