#include "commissioning/RegisterInspectorDialog.h"

#include "commissioning/RegisterInspection.h"
#include "devices/modbus/ModbusConnection.h"
#include "storage/StorageWriter.h"

#include <QComboBox>
#include <QCoro/QCoroTask>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parkwatt {

namespace {

struct WriteOutcome {
    bool ok = false;
    QString message;
    QVector<quint16> before, after;
};

QCoro::Task<WriteOutcome> writeAndReadBack(ModbusConnection& connection, int address, QVector<quint16> values)
{
    WriteOutcome out;
    const ModbusResult before =
        co_await connection.read(QModbusDataUnit::HoldingRegisters, address, int(values.size()));
    if (!before.ok()) {
        out.message = before.message;
        co_return out;
    }
    out.before = before.registers;
    const ModbusResult wrote = co_await connection.writeRegisters(address, values);
    if (!wrote.ok()) {
        out.message = wrote.message;
        co_return out;
    }
    const ModbusResult after =
        co_await connection.read(QModbusDataUnit::HoldingRegisters, address, int(values.size()));
    out.after = after.registers;
    out.ok = after.ok() && after.registers == values;
    out.message = !after.ok() ? after.message
                  : out.ok    ? QString()
                              : QCoreApplication::translate("parkwatt::RegisterInspectorDialog",
                                                            "it reads back differently");
    co_return out;
}

QString hex(const QVector<quint16>& registers)
{
    QStringList words;
    for (quint16 r : registers)
        words << QStringLiteral("0x%1").arg(r, 4, 16, QLatin1Char('0'));
    return words.join(QLatin1Char(' '));
}

QJsonArray numbers(const QVector<quint16>& registers)
{
    QJsonArray out;
    for (quint16 r : registers)
        out.append(int(r));
    return out;
}

} // namespace

RegisterInspectorDialog::RegisterInspectorDialog(const DeviceSpec& device,
                                                 std::optional<RegisterWriteAccess> access, QWidget* parent)
    : QDialog(parent)
    , m_table(new QComboBox(this))
    , m_address(new QSpinBox(this))
    , m_count(new QSpinBox(this))
    , m_type(new QComboBox(this))
    , m_wordOrder(new QComboBox(this))
    , m_read(new QPushButton(this))
    , m_output(new QPlainTextEdit(this))
    , m_device(device)
    , m_access(std::move(access))
{
    ModbusEndpoint endpoint;
    endpoint.host = device.host;
    endpoint.port = device.port;
    endpoint.unit = device.unit;
    endpoint.timeoutMs = 2000;
    endpoint.retries = 0;
    endpoint.writeSingleAsFc16 = true;
    m_connection = std::make_unique<ModbusConnection>(endpoint);
    // The table, type and word order are named as in the device profiles and `parkwattd registers`
    // (RegisterInspection parses them back): register vocabulary, not words to translate.
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
    m_form = new QFormLayout;
    for (QWidget* field : std::initializer_list<QWidget*>{m_table, m_address, m_count, m_type, m_wordOrder}) {
        auto* label = new QLabel(this); // worded in retranslate()
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    const bool mayWrite =
        m_access && (m_access->who.role == UserRole::Installer || m_access->who.role == UserRole::Admin);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_read, 0, Qt::AlignLeft);
    layout->addWidget(m_output, 1);
    if (mayWrite) {
        m_writeValue = new QLineEdit(this);
        m_writeButton = new QPushButton(this);
        m_writes = new QListWidget(this);
        m_writes->setMaximumHeight(90);
        auto* row = new QHBoxLayout;
        m_valueLabel = new QLabel(this);
        row->addWidget(m_valueLabel);
        row->addWidget(m_writeValue, 1);
        row->addWidget(m_writeButton);
        layout->addLayout(row);
        layout->addWidget(m_writes);
        connect(m_writeButton, &QPushButton::clicked, this, &RegisterInspectorDialog::write);
        m_confirm = [this](const QString& question) {
            return QMessageBox::question(this, tr("Write a register"), question) == QMessageBox::Yes;
        };
    }
    layout->addWidget(m_note);
    layout->addWidget(close);

    connect(m_read, &QPushButton::clicked, this, &RegisterInspectorDialog::read);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 520);
    retranslate();
}

void RegisterInspectorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RegisterInspectorDialog::setRowLabel(QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
        label->setText(text);
}

void RegisterInspectorDialog::retranslate()
{
    setWindowTitle(tr("Registers of %1 (%2:%3 unit %4)")
                       .arg(m_device.id, m_device.host)
                       .arg(m_device.port)
                       .arg(m_device.unit));
    setRowLabel(m_table, tr("&Table:"));
    setRowLabel(m_address, tr("&Address:"));
    setRowLabel(m_count, tr("&Count:"));
    setRowLabel(m_type, tr("T&ype:"));
    setRowLabel(m_wordOrder, tr("&Word order:"));
    m_read->setText(tr("&Read"));
    // The output and the list of writes are a record of what was read and written: they stay as written.
    if (canWrite()) {
        m_note->setText(tr("Writes (holding registers, function 16) are confirmed, read back and "
                           "recorded in the audit trail as %1.")
                            .arg(m_access->who.name));
        m_writeValue->setPlaceholderText(tr("value, as the type above"));
        m_writeButton->setText(tr("&Write…"));
        m_valueLabel->setText(tr("Value:"));
    } else {
        m_note->setText(tr("Reading only: writing needs an installer signed in to the site's "
                           "database (parkwatt --commission --db FILE), or parkwattd registers write."));
    }
}

RegisterInspectorDialog::~RegisterInspectorDialog() = default;

QString RegisterInspectorDialog::result() const
{
    return m_output->toPlainText();
}

void RegisterInspectorDialog::write()
{
    if (!canWrite() || m_reading)
        return;
    RegisterEncoding encoding;
    encoding.type = RegisterInspection::typeFromName(m_type->currentText()).value_or(RegisterType::U16);
    encoding.wordOrder =
        RegisterInspection::wordOrderFromName(m_wordOrder->currentText()).value_or(WordOrder::Big);
    const CodecResult<QList<quint16>> encoded = RegisterInspection::encode(m_writeValue->text(), encoding);
    if (!encoded.ok()) {
        m_output->setPlainText(encoded.error);
        emit writeFinished(false, encoded.error);
        return;
    }
    const int address = m_address->value();
    const QVector<quint16> values(encoded.value->begin(), encoded.value->end());
    // One arg() with every part: what the installer typed may itself contain "%4".
    const QString question = tr("Write %1 (%2, %3) to holding register %4 of %5 (%6:%7 unit %8)?")
                                 .arg(m_writeValue->text(), m_type->currentText(), hex(values),
                                      QString::number(address), m_device.id, m_device.host,
                                      QString::number(m_device.port), QString::number(m_device.unit));
    if (!m_confirm || !m_confirm(question)) {
        emit writeFinished(false, tr("not confirmed: nothing written"));
        return;
    }
    m_reading = true;
    m_read->setEnabled(false);
    m_writeButton->setEnabled(false);
    const QString value = m_writeValue->text();
    const QString type = m_type->currentText();
    QCoro::connect(
        writeAndReadBack(*m_connection, address, values), this,
        [this, address, values, value, type](const WriteOutcome& outcome) {
            const QJsonObject detail{
                {QStringLiteral("device"), m_device.id},
                {QStringLiteral("address"), QStringLiteral("%1:%2").arg(m_device.host).arg(m_device.port)},
                {QStringLiteral("unit"), m_device.unit},
                {QStringLiteral("register"), address},
                {QStringLiteral("type"), type},
                {QStringLiteral("value"), value},
                {QStringLiteral("before"), numbers(outcome.before)},
                {QStringLiteral("written"), numbers(values)},
                {QStringLiteral("read_back"), numbers(outcome.after)},
                {QStringLiteral("ok"), outcome.ok},
                {QStringLiteral("role"), roleName(m_access->who.role)},
                {QStringLiteral("from"), QStringLiteral("commissioning wizard")}};
            const AuditEntry entry{QDateTime::currentMSecsSinceEpoch(), m_access->who.name,
                                   QStringLiteral("register.write"),
                                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))};
            // The audit entry is a database write: off the GUI thread.
            auto* watcher = new QFutureWatcher<QString>(this);
            connect(
                watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, outcome, address, values] {
                    const QString auditError = watcher->result();
                    watcher->deleteLater();
                    m_reading = false;
                    m_read->setEnabled(true);
                    m_writeButton->setEnabled(true);
                    const bool ok = outcome.ok && auditError.isEmpty();
                    const QString line = tr("%1: %2 -> %3, read back %4%5")
                                             .arg(address)
                                             .arg(hex(outcome.before), hex(values), hex(outcome.after))
                                             .arg(outcome.ok ? QString() : tr(" (%1)").arg(outcome.message));
                    m_writes->addItem(auditError.isEmpty() ? line
                                                           : tr("%1; NOT AUDITED: %2").arg(line, auditError));
                    emit writeFinished(ok, ok ? line : (auditError.isEmpty() ? outcome.message : auditError));
                });
            watcher->setFuture(QtConcurrent::run([path = m_access->databasePath, entry]() -> QString {
                StorageError error;
                std::unique_ptr<StorageWriter> writer = StorageWriter::open(path, {}, &error);
                if (!writer)
                    return error.toString();
                writer->appendAudit(entry);
                return writer->flush() ? QString()
                                       : QCoreApplication::translate("parkwatt::RegisterInspectorDialog",
                                                                     "the audit trail did not take it");
            }));
        });
}

void RegisterInspectorDialog::read()
{
    if (m_reading)
        return;
    const auto table =
        RegisterInspection::tableFromName(m_table->currentText()).value_or(QModbusDataUnit::HoldingRegisters);
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
