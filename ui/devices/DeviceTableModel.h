#pragma once
// Every device of the site as a table row: id, role, model, address, online or why not, last
// answer, round-trip time, requests and errors, firmware. Filled from SiteControl::devices().

#include "common/FigureFormat.h"
#include "engine/SiteControl.h"

#include <QAbstractTableModel>
#include <vector>

namespace parkwatt {

class DeviceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Role,
        Model,
        Address,
        State,
        LastAnswer,
        RoundTrip,
        Requests,
        Errors,
        Firmware,
        ColumnCount
    };
    // Sorting and filtering read these.
    static constexpr int kOnlineRole = Qt::UserRole + 1; // bool
    static constexpr int kRoleNameRole = Qt::UserRole + 2;

    explicit DeviceTableModel(FigureFormat format, QObject* parent = nullptr);

    // Replaces the rows; rows that kept their device are updated in place (selection survives).
    void setDevices(std::vector<DeviceStatus> devices);
    const DeviceStatus& device(int row) const { return m_devices.at(size_t(row)); }
    // Models get no LanguageChange: the owning page calls this so the views ask again for the
    // headers and cells (new words, the new locale's digits and dates).
    void retranslate();
    // A device role for people ("grid meter") from the site file's word ("grid_meter").
    static QString roleText(const QString& role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const DeviceStatus& d, int column) const;
    QString timeWithSeconds(TimeMs timeMs) const;

    FigureFormat m_format;
    std::vector<DeviceStatus> m_devices;
};

} // namespace parkwatt
