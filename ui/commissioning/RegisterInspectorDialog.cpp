#include "commissioning/RegisterInspectorDialog.h"

#include "commissioning/RegisterInspection.h"
#include "devices/modbus/ModbusConnection.h"

#include <QComboBox>
#include <QCoro/QCoroTask>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parkwatt {

RegisterInspectorDialog::RegisterInspectorDialog(const DeviceSpec& device, QWidget* parent)
    : QDialog(parent)
    , m_table(new QComboBox(this))
    , m_address(new QSpinBox(this))
    , m_count(new QSpinBox(this))
    , m_type(new QComboBox(this))
    , m_wordOrder(new QComboBox(this))
    , m_read(new QPushButton(tr("&Read"), this))
    , m_output(new QPlainTextEdit(this))
{
    setWindowTitle(
        tr("Registers of %1 (%2:%3 unit %4)").arg(device.id, device.host).arg(device.port).arg(device.unit));
    ModbusEndpoint endpoint;
    endpoint.host = device.host;
    endpoint.port = device.port;
    endpoint.unit = device.unit;
    endpoint.timeoutMs = 2000;
    endpoint.retries = 0;
    m_connection = std::make_unique<ModbusConnection>(endpoint);
    m_table->addItems({QStringLiteral("holding"), QStringLiteral("input"), QStringLiteral("coils"),
                       QStringLiteral("discrete")});
    m_address->setRange(0, 65535);
    m_count->setRange(1, 125);
    m_type->addItems({QStringLiteral("u16"), QStringLiteral("i16"), QStringLiteral("u32"),
                      QStringLiteral("i32"), QStringLiteral("f32"), QStringLiteral("f64"),
                      QStringLiteral("string")});
    m_wordOrder->addItems({QStringLiteral("big"), QStringLiteral("little")});
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* form = new QFormLayout;
    form->addRow(tr("&Table:"), m_table);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Count:"), m_count);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Word order:"), m_wordOrder);
    auto* note = new QLabel(
        tr("Reading only. Writes: parkwattd registers write (signed in, confirmed, audited)."), this);
    note->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_read, 0, Qt::AlignLeft);
    layout->addWidget(m_output, 1);
    layout->addWidget(note);
    layout->addWidget(close);
    connect(m_read, &QPushButton::clicked, this, &RegisterInspectorDialog::read);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 520);
}

RegisterInspectorDialog::~RegisterInspectorDialog() = default;

QString RegisterInspectorDialog::result() const
{
    return m_output->toPlainText();
}

void RegisterInspectorDialog::read()
{
    if (m_reading)
        return;
    const QString tableName = m_table->currentText();
    const auto table = tableName == QLatin1String("input")      ? QModbusDataUnit::InputRegisters
                       : tableName == QLatin1String("coils")    ? QModbusDataUnit::Coils
                       : tableName == QLatin1String("discrete") ? QModbusDataUnit::DiscreteInputs
                                                                : QModbusDataUnit::HoldingRegisters;
    RegisterEncoding encoding;
    encoding.type = RegisterInspection::typeFromName(m_type->currentText()).value_or(RegisterType::U16);
    encoding.wordOrder =
        RegisterInspection::wordOrderFromName(m_wordOrder->currentText()).value_or(WordOrder::Big);
    const int first = m_address->value();
    m_reading = true;
    m_read->setEnabled(false);
    m_output->setPlainText(tr("Reading…"));
    QCoro::connect(
        m_connection->read(table, first, m_count->value()), this,
        [this, first, encoding, table](const ModbusResult& result) {
            m_reading = false;
            m_read->setEnabled(true);
            if (!result.ok()) {
                m_output->setPlainText(result.message);
                emit readFinished(false);
                return;
            }
            QStringList lines;
            if (table == QModbusDataUnit::Coils || table == QModbusDataUnit::DiscreteInputs) {
                for (qsizetype i = 0; i < result.bits.size(); ++i)
                    lines << QStringLiteral("%1  %2").arg(first + int(i), 5).arg(result.bits[i] ? 1 : 0);
            } else {
                lines = RegisterInspection::rawLines(first, result.registers);
                lines << tr("as %1 (%2 word first):").arg(m_type->currentText(), m_wordOrder->currentText());
                for (const InspectedValue& v : RegisterInspection::decode(first, result.registers, encoding))
                    lines << QStringLiteral("%1  %2").arg(v.address, 5).arg(v.text);
            }
            m_output->setPlainText(lines.join(QLatin1Char('\n')));
            emit readFinished(true);
        });
}

} // namespace parkwatt
