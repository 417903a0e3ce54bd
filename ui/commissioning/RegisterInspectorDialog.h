#pragma once
// The register inspector for a device of the wizard (reading): any table, range, type and word
// order, shown raw (hex and decimal) and decoded. Reads run on the event loop with the device's
// timeout; the window never waits. Writing registers stays on the command line
// (`parkwattd registers write`), where the installer signs in and every write is audited.

#include "engine/Operator.h"
#include "model/SiteFile.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace parkwatt {

class ModbusConnection;

// Who may write registers from the inspector, and where their writes are audited: an installer or
// administrator signed in to the site's database.
struct RegisterWriteAccess {
    QString databasePath;
    Operator who;
};

class RegisterInspectorDialog : public QDialog {
    Q_OBJECT
public:
    // Reading only, unless `access` lets an installer or administrator write.
    explicit RegisterInspectorDialog(const DeviceSpec& device, std::optional<RegisterWriteAccess> access = {},
                                     QWidget* parent = nullptr);
    ~RegisterInspectorDialog() override;

    QSpinBox* addressField() const { return m_address; }
    QSpinBox* countField() const { return m_count; }
    QComboBox* typeField() const { return m_type; }
    QComboBox* tableField() const { return m_table; }
    QComboBox* wordOrderField() const { return m_wordOrder; }
    QPushButton* readButton() const { return m_read; }
    QString result() const;
    bool isReading() const { return m_reading; }

    void read();
    // Writes the value field at the address as the chosen type, after the confirmation; the value
    // before, written and read back goes to the audit trail and the list of writes.
    void write();
    bool canWrite() const { return m_writeValue != nullptr; }
    QLineEdit* writeValueField() const { return m_writeValue; }
    QListWidget* writes() const { return m_writes; }
    // Asks the installer to confirm a write (a dialog unless replaced, e.g. by tests).
    void setConfirmation(std::function<bool(const QString& question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

signals:
    void readFinished(bool ok);
    void writeFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text of the dialog in the current language; the choices and what was read stay.
    void retranslate();
    void setRowLabel(QWidget* field, const QString& text);

    std::unique_ptr<ModbusConnection> m_connection;
    QComboBox* m_table;
    QSpinBox* m_address;
    QSpinBox* m_count;
    QComboBox* m_type;
    QComboBox* m_wordOrder;
    QPushButton* m_read;
    QPlainTextEdit* m_output;
    QFormLayout* m_form = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_valueLabel = nullptr;
    bool m_reading = false;
    DeviceSpec m_device;
    std::optional<RegisterWriteAccess> m_access;
    QLineEdit* m_writeValue = nullptr;
    QPushButton* m_writeButton = nullptr;
    QListWidget* m_writes = nullptr;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace parkwatt
