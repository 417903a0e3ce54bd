#include "storage/AuditChain.h"

#include <QCryptographicHash>
#include <sqlite3.h>

namespace parkwatt {

namespace {

void appendField(QByteArray& out, const char* name, const QByteArray& value)
{
    out += name;
    out += ':';
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

} // namespace

QByteArray canonicalAuditContent(qint64 seq, const AuditEntry& entry)
{
    // Length-prefixed so that no choice of field contents can be read as another split.
    QByteArray out = "parkwatt-audit/1\n";
    appendField(out, "seq", QByteArray::number(seq));
    appendField(out, "at", QByteArray::number(entry.at));
    appendField(out, "actor", entry.actor.toUtf8());
    appendField(out, "action", entry.action.toUtf8());
    appendField(out, "detail", entry.detail.toUtf8());
    return out;
}

QByteArray chainAuditHash(const QByteArray& previousHash, qint64 seq, const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonicalAuditContent(seq, entry));
    return hash.result();
}

bool AuditAppender::loadHead(StorageError* error)
{
    SqliteStatement head = m_connection.prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!head.valid()) {
        *error = m_connection.lastError(QStringLiteral("cannot read the audit head"));
        return false;
    }
    m_head = AuditHead();
    if (head.step() == SQLITE_ROW) {
        m_head.seq = head.int64(0);
        m_head.hash = head.blob(1);
    }
    m_pending = m_head;
    return true;
}

qint64 AuditAppender::append(const AuditEntry& entry)
{
    if (!m_insert.valid())
        m_insert = m_connection.prepare(
            "INSERT INTO audit (seq, at, actor, action, detail, hash) VALUES (?, ?, ?, ?, ?, ?)");
    if (!m_moveHead.valid())
        m_moveHead =
            m_connection.prepare("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
    if (!m_insert.valid() || !m_moveHead.valid())
        return 0;
    const qint64 seq = m_pending.seq + 1;
    const QByteArray hash = chainAuditHash(m_pending.hash, seq, entry);
    m_insert.reset();
    m_insert.bind(1, seq);
    m_insert.bind(2, entry.at);
    m_insert.bind(3, entry.actor);
    m_insert.bind(4, entry.action);
    m_insert.bind(5, entry.detail);
    m_insert.bindBlob(6, hash);
    if (m_insert.step() != SQLITE_DONE)
        return 0;
    m_moveHead.reset();
    m_moveHead.bind(1, seq);
    m_moveHead.bindBlob(2, hash);
    if (m_moveHead.step() != SQLITE_DONE)
        return 0;
    m_pending.seq = seq;
    m_pending.hash = hash;
    return seq;
}

AuditVerdict verifyAuditChain(SqliteConnection& connection)
{
    AuditVerdict verdict;
    auto fail = [&verdict](qint64 seq, const QString& problem) {
        verdict.intact = false;
        verdict.firstBadSeq = seq;
        verdict.problem = problem;
        return verdict;
    };
    // One read transaction, so the writer appending meanwhile cannot make the head look wrong.
    connection.exec("BEGIN");
    SqliteStatement rows =
        connection.prepare("SELECT seq, at, actor, action, detail, hash FROM audit ORDER BY seq");
    if (!rows.valid()) {
        connection.exec("ROLLBACK");
        return fail(0, connection.lastError(QStringLiteral("cannot read the audit trail")).toString());
    }
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const qint64 seq = rows.int64(0);
        if (seq != expectedSeq) {
            connection.exec("ROLLBACK");
            return fail(expectedSeq,
                        seq > expectedSeq
                            ? QStringLiteral("entry %1 is missing (the next is %2)").arg(expectedSeq).arg(seq)
                            : QStringLiteral("entry %1 is out of sequence").arg(seq));
        }
        const AuditEntry entry{rows.int64(1), rows.text(2), rows.text(3), rows.text(4)};
        const QByteArray expected = chainAuditHash(previous, seq, entry);
        if (rows.blob(5) != expected) {
            connection.exec("ROLLBACK");
            return fail(seq, QStringLiteral("entry %1 does not match its hash: it was altered, or an entry "
                                            "was removed or inserted just before it")
                                 .arg(seq));
        }
        previous = expected;
        ++expectedSeq;
        ++verdict.entries;
    }
    if (rc != SQLITE_DONE) {
        connection.exec("ROLLBACK");
        return fail(expectedSeq,
                    connection.lastError(QStringLiteral("cannot read the audit trail")).toString());
    }
    SqliteStatement head = connection.prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
    const bool hasHead = head.valid() && head.step() == SQLITE_ROW;
    const qint64 headSeq = hasHead ? head.int64(0) : 0;
    const QByteArray headHash = hasHead ? head.blob(1) : QByteArray(32, '\0');
    head = {};
    connection.exec("ROLLBACK");
    if (headSeq != verdict.entries || headHash != previous) {
        return fail(verdict.entries + 1,
                    headSeq > verdict.entries
                        ? (headSeq == verdict.entries + 1
                               ? QStringLiteral("entry %1, the newest, is missing").arg(headSeq)
                               : QStringLiteral("entries %1 to %2, the newest, are missing")
                                     .arg(verdict.entries + 1)
                                     .arg(headSeq))
                        : QStringLiteral("the audit head (entry %1) does not match the last entry %2")
                              .arg(headSeq)
                              .arg(verdict.entries));
    }
    verdict.intact = true;
    verdict.headHash = previous;
    return verdict;
}

} // namespace parkwatt
