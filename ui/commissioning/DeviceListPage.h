#pragma once
// The wizard's devices: every Modbus device of the site (id, role, profile, host, port, unit), typed
// in or found by a discovery scan of an address range (ModbusDiscovery, bounded and off the GUI
// thread's way: it runs on the event loop with a timeout on every request). Ids are proposed from
// the profile's role; every row is checked before the wizard goes on.

#include "commissioning/RegisterInspectorDialog.h"
#include "model/SiteFile.h"

#include <QWizardPage>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace parkwatt {

class DeviceListPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DeviceListPage(QWidget* parent = nullptr);

    enum Column { Id, Role, Profile, Host, Port, Unit, ColumnCount };

    void setDevices(const std::vector<DeviceSpec>& devices);
    // The rows as devices, or nullopt with `error` naming the row and the column.
    std::optional<std::vector<DeviceSpec>> devices(QString* error) const;
    void addDevice(const DeviceSpec& device);
    // Scans `hosts` on `ports` (as parkwattd discover takes them); scanFinished() follows.
    void discover(const QString& hosts, const QString& ports);
    bool isScanning() const { return m_scanning; }

    QTableWidget* table() const { return m_table; }
    QLineEdit* hostsField() const { return m_hosts; }
    QLineEdit* portsField() const { return m_ports; }
    QPushButton* discoverButton() const { return m_discover; }
    QString scanStatus() const;
    // The register inspector for a row (null, with the reason shown, when the row is incomplete).
    RegisterInspectorDialog* inspectRow(int row);
    // Lets the inspector write (an installer signed in to the site's database).
    void setWriteAccess(std::optional<RegisterWriteAccess> access) { m_writeAccess = std::move(access); }

    bool validatePage() override;
    bool isComplete() const override;

signals:
    void scanFinished(int found);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text of the page in the current language; the rows stay.
    void retranslate();
    // Kept as how to word it, so a language switch re-words the status on screen.
    void setStatus(std::function<QString()> text);
    QString uniqueId(const QString& base) const;

    QTableWidget* m_table;
    QLineEdit* m_hosts;
    QLineEdit* m_ports;
    QPushButton* m_discover;
    QLabel* m_status;
    QLabel* m_hostsLabel;
    QLabel* m_portsLabel;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_inspect;
    std::function<QString()> m_statusText;
    bool m_scanning = false;
    std::optional<RegisterWriteAccess> m_writeAccess;
};

} // namespace parkwatt
