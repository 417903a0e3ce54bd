// ProfileLibrary: the built-in profiles from the resources, user folders that add and override
// profiles by id, and broken files recorded per file without stopping the rest.

#include "devices/profiles/ProfileLibrary.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using namespace Qt::StringLiterals;

// Enums without a QTest::toString: compared as their underlying numbers.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))

namespace {

QJsonObject builtInJson(const QString& id)
{
    QFile file(u":/parkwatt/profiles/%1.json"_s.arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeJson(const QString& path, const QJsonObject& object)
{
    return writeFile(path, QJsonDocument(object).toJson());
}

} // namespace

class TestProfileLibrary : public QObject {
    Q_OBJECT

private slots:
    void builtIns()
    {
        const ProfileLibrary library = ProfileLibrary::withBuiltIns();
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().value(0).toString()));
        QVERIFY2(library.warnings().isEmpty(), qPrintable(library.warnings().join(u'\n')));
        const QStringList expected{u"abb-terra-ac"_s,  u"alfen-ng9xx"_s,     u"eastron-sdm630"_s,
                                   u"parkwatt-v2g"_s,  u"phoenix-ev-eth"_s,  u"sunspec-inverter"_s,
                                   u"sunspec-meter"_s, u"sunspec-storage"_s, u"vestel-evc04"_s,
                                   u"wallbox-quasar"_s};
        QCOMPARE(library.ids(), expected);
        QVERIFY(library.find(u"alfen-ng9xx"_s));
        QCOMPARE(library.sourceOf(u"alfen-ng9xx"_s), u":/parkwatt/profiles/alfen-ng9xx.json"_s);
        QVERIFY(!library.find(u"nope"_s));
    }

    void userFolderOverridesAndAdds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject alfen = builtInJson(u"alfen-ng9xx"_s);
        QVERIFY(!alfen.isEmpty());
        alfen.insert(u"model"_s, u"Eve, site firmware 6.1"_s);
        QVERIFY(writeJson(dir.filePath(u"my-alfen.json"_s), alfen));
        QJsonObject meter = builtInJson(u"eastron-sdm630"_s);
        meter.insert(u"id"_s, u"acme-sdm630-load"_s);
        meter.insert(u"role"_s, u"load_meter"_s);
        QVERIFY(writeJson(dir.filePath(u"acme.json"_s), meter));
        QVERIFY(writeFile(dir.filePath(u"broken.json"_s), "{\"format\": \"parkwatt-profile/1\","));
        QVERIFY(writeFile(dir.filePath(u"README.txt"_s), "not a profile"));
        QVERIFY(writeFile(dir.filePath(u".#my-alfen.json"_s), "editor lock file, hidden: skipped"));

        const ProfileLibrary library = ProfileLibrary::withBuiltIns({dir.path()});
        QCOMPARE(library.size(), 11);
        const DeviceProfile* overridden = library.find(u"alfen-ng9xx"_s);
        QVERIFY(overridden);
        QCOMPARE(overridden->model, u"Eve, site firmware 6.1"_s);
        QCOMPARE(library.sourceOf(u"alfen-ng9xx"_s), dir.filePath(u"my-alfen.json"_s));
        QVERIFY(library.find(u"acme-sdm630-load"_s));
        QCOMPARE_ENUM(library.find(u"acme-sdm630-load"_s)->role, DeviceRole::LoadMeter);

        // The broken file is one error naming it; the others loaded anyway.
        QCOMPARE(library.errors().size(), 1);
        QCOMPARE(library.errors().at(0).file, u"broken.json"_s);
        QVERIFY(library.errors().at(0).problem.contains(u"not valid JSON"_s));
        QCOMPARE(library.warnings().size(), 1);
        QVERIFY2(library.warnings().at(0).startsWith(
                     u"my-alfen.json: profile 'alfen-ng9xx' replaces the one from"_s),
                 qPrintable(library.warnings().at(0)));
    }

    void invalidOverrideKeepsBuiltIn()
    {
        QTemporaryDir dir;
        QJsonObject vestel = builtInJson(u"vestel-evc04"_s);
        vestel.insert(u"role"_s, u"toaster"_s);
        QVERIFY(writeJson(dir.filePath(u"vestel.json"_s), vestel));
        const ProfileLibrary library = ProfileLibrary::withBuiltIns({dir.path()});
        QCOMPARE(library.errors().size(), 1);
        QCOMPARE(
            library.errors().at(0).toString(),
            u"vestel.json: /role: unknown role \"toaster\" (expected one of charger, pv_inverter, battery, "
            u"grid_meter, load_meter)"_s);
        QCOMPARE(library.sourceOf(u"vestel-evc04"_s), u":/parkwatt/profiles/vestel-evc04.json"_s);
    }

    void laterFolderWins()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QJsonObject abb = builtInJson(u"abb-terra-ac"_s);
        abb.insert(u"model"_s, u"first"_s);
        QVERIFY(writeJson(first.filePath(u"abb.json"_s), abb));
        abb.insert(u"model"_s, u"second"_s);
        QVERIFY(writeJson(second.filePath(u"abb.json"_s), abb));
        const ProfileLibrary library = ProfileLibrary::withBuiltIns({first.path(), second.path()});
        QVERIFY(library.errors().isEmpty());
        QCOMPARE(library.find(u"abb-terra-ac"_s)->model, u"second"_s);
        QCOMPARE(library.warnings().size(), 2);
    }

    void missingFolderIsAnError()
    {
        const ProfileLibrary library = ProfileLibrary::withBuiltIns({u"/nonexistent/parkwatt-profiles"_s});
        QCOMPARE(library.size(), 10);
        QCOMPARE(library.errors().size(), 1);
        QCOMPARE(library.errors().at(0).toString(),
                 u"/nonexistent/parkwatt-profiles: profile folder not found"_s);
    }
};

QTEST_GUILESS_MAIN(TestProfileLibrary)
#include "tst_profilelibrary.moc"
