#pragma once
// The register inspector for a device of the wizard (reading): any table, range, type and word
// order, shown raw (hex and decimal) and decoded. Reads run on the event loop with the device's
// timeout; the window never waits. Writing registers stays on the command line
// (`parkwattd registers write`), where the installer signs in and every write is audited.

#include "model/SiteFile.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace parkwatt {

class ModbusConnection;

class RegisterInspectorDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterInspectorDialog(const DeviceSpec& device, QWidget* parent = nullptr);
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

signals:
    void readFinished(bool ok);

private:
    std::unique_ptr<ModbusConnection> m_connection;
    QComboBox* m_table;
    QSpinBox* m_address;
    QSpinBox* m_count;
    QComboBox* m_type;
    QComboBox* m_wordOrder;
    QPushButton* m_read;
    QPlainTextEdit* m_output;
    bool m_reading = false;
};

} // namespace parkwatt
