#pragma once
// Helpers for the config reader tests: edit a valid JSON document at a JSON pointer to make one
// bad input at a time, write raw tokens JSON cannot hold (NaN), and watch peak memory.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace parkwatt::testutil {

inline QStringList pointerTokens(const QString& pointer)
{
    QStringList tokens = pointer.split(u'/');
    tokens.removeFirst(); // before the leading '/'
    for (QString& t : tokens)
        t.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

// Sets the value at `tokens` below `node`; an Undefined `replacement` removes it. An array index
// equal to the size appends; a missing array is created by its first index.
inline QJsonValue editAt(const QJsonValue& node, QStringList tokens, const QJsonValue& replacement)
{
    if (tokens.isEmpty())
        return replacement;
    const QString token = tokens.takeFirst();
    const bool remove = tokens.isEmpty() && replacement.isUndefined();
    bool isIndex = false;
    token.toLongLong(&isIndex);
    if (node.isArray() || (node.isUndefined() && isIndex)) { // a new array where one is missing
        QJsonArray array = node.toArray();
        const qsizetype index = token.toLongLong();
        if (remove)
            array.removeAt(index);
        else if (index == array.size())
            array.append(editAt(QJsonValue(), tokens, replacement));
        else
            array.replace(index, editAt(array.at(index), tokens, replacement));
        return array;
    }
    QJsonObject object = node.toObject();
    if (remove)
        object.remove(token);
    else
        object.insert(token, editAt(object.value(token), tokens, replacement));
    return object;
}

inline QJsonObject withValue(const QJsonObject& root, const QString& pointer, const QJsonValue& value)
{
    return editAt(root, pointerTokens(pointer), value).toObject();
}

inline QJsonObject without(const QJsonObject& root, const QString& pointer)
{
    return editAt(root, pointerTokens(pointer), QJsonValue(QJsonValue::Undefined)).toObject();
}

inline QByteArray toBytes(const QJsonObject& root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// The document with the value at `pointer` written as the raw token (NaN, Infinity, 1e400),
// which QJsonObject cannot hold.
inline QByteArray withRawToken(const QJsonObject& root, const QString& pointer, const QByteArray& token)
{
    const QString marker = QStringLiteral("@@raw-token@@");
    QByteArray bytes = toBytes(withValue(root, pointer, marker));
    bytes.replace("\"@@raw-token@@\"", token);
    return bytes;
}

inline QJsonObject parseObject(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Peak resident memory of this process so far, in KiB (Linux), or -1.
inline qint64 peakResidentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace parkwatt::testutil
