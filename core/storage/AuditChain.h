#pragma once
// The audit trail's hash chain. Each entry's hash is SHA-256 over the previous entry's hash
// followed by the entry's canonical content (its fields, length-prefixed, in a fixed order);
// the first entry chains from 32 zero bytes. audit_head repeats the newest seq and hash.
// Appending happens on the writer's connection; verifying on any connection.

#include "storage/SqliteConnection.h"
#include "storage/StorageRecords.h"

#include <QByteArray>

namespace parkwatt {

struct AuditHead {
    qint64 seq = 0;
    QByteArray hash = QByteArray(32, '\0');
};

// The bytes that are hashed for one entry.
QByteArray canonicalAuditContent(qint64 seq, const AuditEntry& entry);
QByteArray chainAuditHash(const QByteArray& previousHash, qint64 seq, const AuditEntry& entry);

class AuditAppender {
public:
    explicit AuditAppender(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    bool loadHead(StorageError* error);
    // Inserts the entry and moves audit_head, inside the caller's transaction. Returns its seq
    // (0 on failure). The in-memory head moves only when commitAppended() is called after a
    // successful COMMIT, so a failed transaction leaves the chain where it was.
    qint64 append(const AuditEntry& entry);
    void commitAppended() { m_head = m_pending; }
    void discardAppended() { m_pending = m_head; }

private:
    SqliteConnection& m_connection;
    AuditHead m_head;
    AuditHead m_pending;
    SqliteStatement m_insert;
    SqliteStatement m_moveHead;
};

struct AuditVerdict {
    bool intact = false;
    qint64 entries = 0;     // entries checked
    qint64 firstBadSeq = 0; // when not intact: the first entry that does not hold
    QString problem;        // in words, naming the entry
    QByteArray headHash;    // when intact: the newest hash (worth writing down elsewhere)
};

AuditVerdict verifyAuditChain(SqliteConnection& connection);

} // namespace parkwatt
