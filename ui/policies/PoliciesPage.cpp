#include "policies/PoliciesPage.h"

#include "common/FigureFormat.h"
#include "config/PolicyJson.h"
#include "live/LiveFigures.h"
#include "policies/PolicyCommands.h"
#include "policies/PolicyForm.h"
#include "policies/PolicyPreviewPanel.h"
#include "policies/PolicyStyle.h"
#include "policies/PolicyWords.h"

#include <QGroupBox>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace parkwatt {

PoliciesPage::PoliciesPage(SiteControl& control, const SiteContext& context, Operator by, QWidget* parent)
    : QWidget(parent)
    , m_control(control)
    , m_context(context)
    , m_inForce(control.policy())
    , m_commands(new PolicyCommands(control, std::move(by), this))
{
    m_confirm = [this](const QString& summary) { return defaultConfirm(summary); };
    buildUi();
    m_form->setPolicy(m_inForce);

    connect(m_form, &PolicyForm::edited, this, [this] {
        m_preview->markStale();
        syncState();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { applyEdited(); });
    connect(m_undo, &QPushButton::clicked, this, &PoliciesPage::undo);
    connect(m_revert, &QPushButton::clicked, this, &PoliciesPage::revert);
    connect(m_preview, &PolicyPreviewPanel::previewRequested, this, &PoliciesPage::preview);
    connect(&m_control, &SiteControl::policyChanged, this, &PoliciesPage::engineChanged);
    connect(&m_control, &SiteControl::connectionChanged, this, &PoliciesPage::syncState);
    connect(m_commands, &PolicyCommands::pendingChanged, this, &PoliciesPage::syncState);
    connect(m_commands, &PolicyCommands::answered, this, [this](bool ok, const QString& message) {
        showResult([this] { return m_commands->lastAnswer(); }, !ok);
        syncState();
        emit commandAnswered(ok, message);
    });
    retranslate();
}

PoliciesPage::~PoliciesPage() = default;

void PoliciesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PoliciesPage::retranslate()
{
    setAccessibleName(tr("Policies"));
    m_title->setText(tr("Policy"));
    m_inForceLabel->setAccessibleName(tr("Policy in force"));
    m_inForceLabel->setToolTip(tr("What the engine runs the site with now."));
    m_changedLabel->setAccessibleName(tr("Last policy change"));
    m_apply->setText(tr("&Apply…"));
    m_apply->setAccessibleName(tr("Apply the edited policy"));
    m_revert->setText(tr("R&evert edits"));
    m_revert->setAccessibleName(tr("Revert edits"));
    m_revert->setToolTip(tr("Put the form back to the policy in force."));
    m_undo->setText(tr("&Undo last change"));
    m_undo->setAccessibleName(tr("Undo the last policy change"));
    m_result->setAccessibleName(tr("Result of the last command"));
    m_priorityBox->setTitle(tr("How the engine decides"));
    m_priorityBox->setAccessibleName(tr("Priority order"));
    m_priorityBox->setToolTip(tr("When the parts of the policy conflict, the higher one wins."));
    m_priority->setAccessibleName(tr("Priority order"));
    showLastChange();
    if (m_resultText)
        m_result->setText(m_resultText());
    syncState(); // the buttons' tooltips, the policy in force and the priority order in words
}

void PoliciesPage::buildUi()
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(20);

    // Left: the policy in force, the form, the actions, the priority order.
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->setSpacing(10);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    leftLayout->addWidget(m_title);
    m_inForceLabel = new QLabel;
    m_inForceLabel->setWordWrap(true);
    m_inForceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_inForceLabel);
    m_changedLabel = new QLabel;
    m_changedLabel->setWordWrap(true);
    m_changedLabel->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(m_changedLabel);

    m_form = new PolicyForm(m_context.site);
    leftLayout->addWidget(m_form);

    auto* actions = new QHBoxLayout;
    m_apply = new QPushButton;
    m_revert = new QPushButton;
    m_undo = new QPushButton;
    actions->addWidget(m_apply);
    actions->addWidget(m_revert);
    actions->addStretch(1);
    actions->addWidget(m_undo);
    leftLayout->addLayout(actions);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    leftLayout->addWidget(m_result);

    m_priorityBox = new QGroupBox;
    auto* priorityLayout = new QVBoxLayout(m_priorityBox);
    m_priority = new QLabel;
    m_priority->setWordWrap(true);
    m_priority->setTextFormat(Qt::RichText);
    priorityLayout->addWidget(m_priority);
    leftLayout->addWidget(m_priorityBox);
    leftLayout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(460);
    outer->addWidget(scroll, 2);

    // Right: the preview.
    m_preview = new PolicyPreviewPanel(m_context, m_control.databasePath());
    outer->addWidget(m_preview, 3);

    setTabOrder(m_form->v2bBox(), m_apply);
    setTabOrder(m_apply, m_revert);
    setTabOrder(m_revert, m_undo);
}

bool PoliciesPage::isDirty() const
{
    return !(m_form->policy() == m_inForce);
}

void PoliciesPage::syncState()
{
    const bool dirty = isDirty();
    const bool valid = m_form->isValid();
    const bool pending = m_commands->isPending();
    const bool connected = m_control.isConnected();
    const bool may = m_commands->mayChange();

    QString applyWhy;
    if (!may)
        applyWhy = m_commands->refusal();
    else if (!connected)
        applyWhy = tr("The engine is not connected.");
    else if (pending)
        applyWhy = tr("Waiting for the engine's answer…");
    else if (!valid)
        applyWhy = tr("Fix the problems shown in the form first.");
    else if (!dirty)
        applyWhy = tr("The form shows the policy in force: edit it to apply a change.");
    m_apply->setEnabled(applyWhy.isEmpty());
    m_apply->setToolTip(applyWhy.isEmpty()
                            ? tr("Send the edited policy to the engine after confirming what changes; the "
                                 "chargers follow at once.")
                            : applyWhy);

    QString undoWhy;
    if (!may)
        undoWhy = m_commands->refusal();
    else if (!connected)
        undoWhy = tr("The engine is not connected.");
    else if (pending)
        undoWhy = tr("Waiting for the engine's answer…");
    else if (!m_control.canUndoPolicy())
        undoWhy = tr("There is no earlier policy to return to.");
    m_undo->setEnabled(undoWhy.isEmpty());
    m_undo->setToolTip(undoWhy.isEmpty() ? tr("Return to the policy before the last change (recorded as a new "
                                              "change).")
                                         : undoWhy);

    m_revert->setEnabled(dirty && !pending);

    m_preview->setStartAllowed(valid, tr("Fix the problems shown in the form first."));
    m_inForceLabel->setText(tr("In force: %1.").arg(LiveFigures::policyInWords(m_inForce)));
    m_priority->setText(PolicyWords::priorityOrderHtml(m_form->policy()));
    m_priority->setAccessibleDescription(PolicyWords::priorityOrder(m_form->policy()).join(QLatin1Char('\n')));
}

bool PoliciesPage::applyEdited()
{
    if (!m_apply->isEnabled())
        return false;
    const Policy edited = m_form->policy();
    const QStringList changes = PolicyWords::changes(m_inForce, edited);
    const QString summary =
        tr("Apply this policy to %1? It takes effect at once: the engine re-plans and the chargers follow.")
            .arg(m_context.name.isEmpty() ? tr("the site") : m_context.name) +
        QStringLiteral("\n\n") + changes.join(QLatin1Char('\n'));
    if (!m_confirm(summary)) {
        showResult([] { return tr("Not applied: the policy in force is unchanged."); }, false);
        return false;
    }
    showResult([] { return tr("Sending the policy to the engine…"); }, false);
    m_commands->apply(edited);
    return true;
}

void PoliciesPage::undo()
{
    if (!m_undo->isEnabled())
        return;
    showResult([] { return tr("Asking the engine to undo the last change…"); }, false);
    m_commands->undo();
}

void PoliciesPage::revert()
{
    m_form->setPolicy(m_inForce);
    m_preview->markStale();
    syncState();
}

void PoliciesPage::preview()
{
    if (!m_form->isValid())
        return;
    m_preview->start(m_inForce, m_form->policy());
}

void PoliciesPage::engineChanged(const PolicyChange& change)
{
    const bool hadEdits = isDirty();
    m_inForce = m_control.policy();
    m_lastChange = change;
    showLastChange();
    if (!hadEdits) {
        m_form->setPolicy(m_inForce);
    } else if (isDirty()) {
        showResult(
            [by = change.changedBy] {
                return tr("%1 changed the policy in force while you were editing; your edits are kept. Revert "
                          "edits to start from the new policy.")
                    .arg(by);
            },
            false);
    }
    syncState();
}

void PoliciesPage::showLastChange()
{
    if (!m_lastChange)
        return;
    // A FigureFormat made now: the time in the current locale.
    const FigureFormat fmt(m_context.utcOffsetS);
    m_changedLabel->setText(
        tr("Last changed by %1 at %2.").arg(m_lastChange->changedBy, fmt.timeOfDay(m_lastChange->changedAt)));
}

void PoliciesPage::showResult(std::function<QString()> text, bool problem)
{
    m_resultText = std::move(text);
    const QString shown = m_resultText();
    m_result->setText(shown);
    m_result->setStyleSheet(problemStyle(problem));
    m_result->setVisible(!shown.isEmpty());
}

QString PoliciesPage::resultText() const
{
    return m_result->text();
}

QString PoliciesPage::inForceText() const
{
    return m_inForceLabel->text();
}

QString PoliciesPage::priorityText() const
{
    return m_priority->accessibleDescription();
}

bool PoliciesPage::defaultConfirm(const QString& summary)
{
    QMessageBox box(QMessageBox::Question, tr("Apply policy"), summary, QMessageBox::NoButton, this);
    QPushButton* apply = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == apply;
}

} // namespace parkwatt
