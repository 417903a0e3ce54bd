#include "help/HelpWindow.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPointer>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

QUrl urlOf(Guide guide)
{
    switch (guide) {
    case Guide::FacilityManager:
        return QUrl(QStringLiteral("qrc:/help/guide-facility-manager.md"));
    case Guide::Installer:
        return QUrl(QStringLiteral("qrc:/help/guide-installer.md"));
    case Guide::Driver:
        return QUrl(QStringLiteral("qrc:/help/guide-driver.md"));
    }
    return {};
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_guides(new QComboBox(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/help")});
    m_back->setArrowType(Qt::LeftArrow);
    m_forward->setArrowType(Qt::RightArrow);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    for (Guide guide : {Guide::FacilityManager, Guide::Installer, Guide::Driver})
        m_guides->addItem(QString(), int(guide));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_guides);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_guides, &QComboBox::activated, this,
            [this](int index) { showGuide(Guide(m_guides->itemData(index).toInt())); });
    retranslate();
    resize(900, 800);
}

void HelpWindow::showGuide(Guide guide)
{
    m_guides->setCurrentIndex(m_guides->findData(int(guide)));
    if (m_browser->source() != urlOf(guide))
        m_browser->setSource(urlOf(guide), QTextDocument::MarkdownResource);
    m_browser->moveCursor(QTextCursor::Start);
}

bool HelpWindow::showTopic(Guide guide, const QString& topic)
{
    showGuide(guide);
    if (topic.isEmpty())
        return true;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.text().contains(topic, Qt::CaseInsensitive))
            continue;
        // To the end first, then back to the heading: scrolling back brings it to the top of the view.
        m_browser->moveCursor(QTextCursor::End);
        m_browser->ensureCursorVisible();
        m_browser->setTextCursor(QTextCursor(block));
        m_browser->ensureCursorVisible();
        return true;
    }
    return false;
}

QString HelpWindow::currentHeading() const
{
    for (QTextBlock block = m_browser->textCursor().block(); block.isValid(); block = block.previous())
        if (block.blockFormat().headingLevel() > 0)
            return block.text();
    return {};
}

QString HelpWindow::shownText() const
{
    return m_browser->toPlainText();
}

HelpWindow& HelpWindow::shared()
{
    static QPointer<HelpWindow> window;
    if (!window) {
        window = new HelpWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    return *window;
}

void HelpWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Parkwatt Help"));
    m_back->setToolTip(tr("Back"));
    m_forward->setToolTip(tr("Forward"));
    m_guides->setItemText(m_guides->findData(int(Guide::FacilityManager)), tr("Facility manager's guide"));
    m_guides->setItemText(m_guides->findData(int(Guide::Installer)), tr("Installer's guide"));
    m_guides->setItemText(m_guides->findData(int(Guide::Driver)), tr("Driver's guide (lobby kiosk)"));
    m_guides->setAccessibleName(tr("Guide"));
}

void showHelp(Guide guide, const QString& topic)
{
    HelpWindow& window = HelpWindow::shared();
    window.show(); // laid out first, so the topic can be scrolled to
    window.showTopic(guide, topic);
    window.raise();
    window.activateWindow();
}

} // namespace parkwatt
