#pragma once
// The Policies page: the policy in force, a form to edit it (PolicyForm) with the priority order
// in words, a preview of the edit against the policy in force (PolicyPreviewPanel), and apply
// (after a confirmation that lists what changes) and undo, sent to the engine as the operator
// (PolicyCommands). The form follows the engine's policy while it has no edits of its own.

#include "common/SiteContext.h"
#include "engine/SiteControl.h"

#include <QWidget>
#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace parkwatt {

class PolicyCommands;
class PolicyForm;
class PolicyPreviewPanel;

class PoliciesPage : public QWidget {
    Q_OBJECT
public:
    // `control` must outlive the page.
    PoliciesPage(SiteControl& control, const SiteContext& context, Operator by, QWidget* parent = nullptr);
    ~PoliciesPage() override;

    // Asked before a policy is applied, with what changes; true goes ahead. By default a
    // QMessageBox (Apply / Cancel); tests replace it.
    void setConfirm(std::function<bool(const QString& summary)> confirm) { m_confirm = std::move(confirm); }

    // The form differs from the engine's policy.
    bool isDirty() const;
    // Applies the form's policy after confirmation (what the Apply button does). False when
    // nothing was sent (invalid, unchanged, not permitted or not confirmed).
    bool applyEdited();
    void undo();
    void revert();
    void preview();

    PolicyForm* form() const { return m_form; }
    PolicyPreviewPanel* previewPanel() const { return m_preview; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* revertButton() const { return m_revert; }
    QString resultText() const;
    QString inForceText() const;
    QString priorityText() const;

signals:
    // The engine answered an apply or undo from this page.
    void commandAnswered(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    // Every text of the page in the current language; the form's edits and the preview stay.
    void retranslate();
    void showLastChange();
    void engineChanged(const PolicyChange& change);
    void syncState();
    // Kept as how to word it, so a language switch re-words the result on screen.
    void showResult(std::function<QString()> text, bool problem);
    bool defaultConfirm(const QString& summary);

    SiteControl& m_control;
    SiteContext m_context;
    Policy m_inForce;
    PolicyCommands* m_commands = nullptr;
    std::function<bool(const QString&)> m_confirm;

    std::function<QString()> m_resultText;
    std::optional<PolicyChange> m_lastChange;

    QLabel* m_title = nullptr;
    QGroupBox* m_priorityBox = nullptr;
    QLabel* m_inForceLabel = nullptr;
    QLabel* m_changedLabel = nullptr;
    PolicyForm* m_form = nullptr;
    QLabel* m_priority = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_result = nullptr;
    PolicyPreviewPanel* m_preview = nullptr;
};

} // namespace parkwatt
