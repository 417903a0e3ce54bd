#include "commissioning/DeviceListPage.h"

#include "commissioning/AddressRange.h"
#include "commissioning/ModbusDiscovery.h"
#include "commissioning/NumberList.h"
#include "commissioning/RegisterInspectorDialog.h"
#include "config/SiteFileReader.h"
#include "devices/profiles/ProfileLibrary.h"

#include <QCoro/QCoroTask>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

constexpr int kScanTimeoutMs = 1000;

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

DeviceListPage::DeviceListPage(QWidget* parent)
    : QWizardPage(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_hosts(new QLineEdit(this))
    , m_ports(new QLineEdit(QStringLiteral("502"), this))
    , m_discover(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_hostsLabel(new QLabel(this))
    , m_portsLabel(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_inspect(new QPushButton(this))
{
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    auto* scan = new QHBoxLayout;
    m_hostsLabel->setBuddy(m_hosts);
    scan->addWidget(m_hostsLabel);
    scan->addWidget(m_hosts, 2);
    m_portsLabel->setBuddy(m_ports);
    scan->addWidget(m_portsLabel);
    scan->addWidget(m_ports, 1);
    scan->addWidget(m_discover);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_inspect);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(scan);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_discover, &QPushButton::clicked, this, [this] { discover(m_hosts->text(), m_ports->text()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        DeviceSpec d;
        d.id = uniqueId(QStringLiteral("device"));
        d.role = DeviceRole::Charger;
        d.host = QStringLiteral("192.168.1.");
        addDevice(d);
    });
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        if (RegisterInspectorDialog* dialog = inspectRow(m_table->currentRow()))
            dialog->show();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        emit completeChanged();
    });
    retranslate();
}

void DeviceListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void DeviceListPage::retranslate()
{
    setTitle(tr("Devices"));
    setSubTitle(
        tr("The meters, inverters, battery and chargers the engine reads and controls over Modbus TCP. "
           "Discover them on an address range, or add them by hand."));
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Role"), tr("Profile"), tr("Host"), tr("Port"), tr("Unit")});
    m_hosts->setPlaceholderText(tr("192.168.1.0/24 or 192.168.1.10-40"));
    m_hostsLabel->setText(tr("&Addresses:"));
    m_portsLabel->setText(tr("P&orts:"));
    m_discover->setText(tr("&Discover"));
    m_add->setText(tr("Add a device"));
    m_remove->setText(tr("Remove"));
    m_inspect->setText(tr("Inspect registers…"));
    if (m_statusText)
        m_status->setText(m_statusText());
}

void DeviceListPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

RegisterInspectorDialog* DeviceListPage::inspectRow(int row)
{
    QString error;
    const auto all = devices(&error);
    if (row < 0 || !all || size_t(row) >= all->size()) {
        // A row's problem is worded by devices() in the language of the moment it was found.
        setStatus([error] { return error.isEmpty() ? tr("Choose a complete device row to inspect.") : error; });
        return nullptr;
    }
    auto* dialog = new RegisterInspectorDialog((*all)[size_t(row)], m_writeAccess, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString DeviceListPage::scanStatus() const
{
    return m_status->text();
}

QString DeviceListPage::uniqueId(const QString& base) const
{
    for (int n = 1;; ++n) {
        const QString id =
            n == 1 && base != QLatin1String("device") ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        bool taken = false;
        for (int row = 0; row < m_table->rowCount() && !taken; ++row)
            taken = cell(m_table, row, Id) == id;
        if (!taken)
            return id;
    }
}

void DeviceListPage::addDevice(const DeviceSpec& d)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    // The role's site-file name and the port and unit as plain digits: cells the installer edits and
    // devices() reads back (deviceRoleFromName, toInt), not words or figures to localise.
    const QStringList values{d.id,   deviceRoleName(d.role),  d.profile,
                             d.host, QString::number(d.port), QString::number(d.unit)};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setItem(row, c, new QTableWidgetItem(values[c]));
    emit completeChanged();
}

void DeviceListPage::setDevices(const std::vector<DeviceSpec>& devices)
{
    m_table->setRowCount(0);
    for (const DeviceSpec& d : devices)
        addDevice(d);
}

std::optional<std::vector<DeviceSpec>> DeviceListPage::devices(QString* error) const
{
    std::vector<DeviceSpec> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString where = tr("device %1").arg(row + 1);
        DeviceSpec d;
        d.id = cell(m_table, row, Id);
        const std::optional<DeviceRole> role = deviceRoleFromName(cell(m_table, row, Role));
        d.profile = cell(m_table, row, Profile);
        d.host = cell(m_table, row, Host);
        bool portOk = false, unitOk = false;
        d.port = cell(m_table, row, Port).toInt(&portOk);
        d.unit = cell(m_table, row, Unit).toInt(&unitOk);
        if (d.id.isEmpty())
            *error = tr("%1: the id is empty").arg(where);
        else if (!role)
            *error = tr("%1 (%2): role must be grid_meter, pv_inverter, battery, charger or load_meter")
                         .arg(where, d.id);
        else if (d.profile.isEmpty())
            *error = tr("%1 (%2): no profile").arg(where, d.id);
        else if (QHostAddress(d.host).isNull() && d.host.isEmpty())
            *error = tr("%1 (%2): no host").arg(where, d.id);
        else if (!portOk || d.port < 1 || d.port > 65535)
            *error = tr("%1 (%2): port must be 1 to 65535").arg(where, d.id);
        else if (!unitOk || d.unit < 0 || d.unit > 247)
            *error = tr("%1 (%2): unit must be 0 to 247").arg(where, d.id);
        if (!error->isEmpty())
            return std::nullopt;
        d.role = *role;
        out.push_back(d);
    }
    return out;
}

bool DeviceListPage::isComplete() const
{
    return m_table->rowCount() > 0 && !m_scanning;
}

bool DeviceListPage::validatePage()
{
    QString error;
    if (!devices(&error)) {
        QMessageBox::warning(this, tr("A device is not complete"), error);
        return false;
    }
    return true;
}

void DeviceListPage::discover(const QString& hostsText, const QString& portsText)
{
    const AddressRange::Parsed hosts = AddressRange::parse(hostsText, tr("Addresses"));
    const NumberList::Parsed ports = NumberList::parse(portsText, tr("Ports"), 1, 65535, 16);
    if (!hosts.ok() || !ports.ok()) {
        setStatus([why = hosts.ok() ? ports.error : hosts.error] { return why; });
        return;
    }
    DiscoveryRequest request;
    request.addresses = hosts.addresses;
    request.ports = ports.values;
    request.timeoutMs = kScanTimeoutMs;
    std::vector<DeviceProfile> profiles;
    const ProfileLibrary library = ProfileLibrary::withBuiltIns({});
    for (const QString& id : library.ids())
        profiles.push_back(*library.find(id));
    auto* discovery = new ModbusDiscovery(request, std::move(profiles), this);
    m_scanning = true;
    m_discover->setEnabled(false);
    emit completeChanged();
    setStatus([count = hosts.addresses.size()] { return tr("Scanning %1 address(es)…").arg(count); });
    connect(discovery, &ModbusDiscovery::targetScanned, this, [this](int done, int total) {
        setStatus([done, total] { return tr("Scanning… %1 of %2").arg(done).arg(total); });
    });
    QCoro::connect(discovery->run(), this, [this, discovery](const DiscoveryReport& report) {
        int added = 0;
        for (const DiscoveredDevice& found : report.found) {
            DeviceSpec d;
            d.role = deviceRoleFromName(found.role).value_or(DeviceRole::Charger);
            d.id = uniqueId(found.role.isEmpty() ? QStringLiteral("device") : found.role);
            d.profile = found.profile;
            d.host = found.host;
            d.port = found.port;
            d.unit = found.unit;
            bool known = false;
            for (int row = 0; row < m_table->rowCount() && !known; ++row)
                known = cell(m_table, row, Host) == d.host &&
                        cell(m_table, row, Port) == QString::number(d.port) &&
                        cell(m_table, row, Unit) == QString::number(d.unit);
            if (!known) {
                addDevice(d);
                ++added;
            }
        }
        const auto found = report.found.size();
        const auto withoutProfile = std::count_if(report.found.begin(), report.found.end(),
                                                  [](const DiscoveredDevice& f) { return f.profile.isEmpty(); });
        setStatus([found, added, withoutProfile] {
            return tr("%1 device(s) found, %2 new; %3 without a profile").arg(found).arg(added).arg(withoutProfile);
        });
        m_scanning = false;
        m_discover->setEnabled(true);
        discovery->deleteLater();
        emit completeChanged();
        emit scanFinished(int(report.found.size()));
    });
}

} // namespace parkwatt
