#include "logfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Concord {

namespace {

constexpr qint64 MaximumSize = 1024 * 1024;

struct LogState
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        break;
    }
    return "fatal";
}

bool openFile(QFile &file)
{
    QDir().mkpath(QFileInfo(file.fileName()).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void rotateIfFull(QFile &file)
{
    if (file.size() < MaximumSize)
        return;
    const QString path = file.fileName();
    file.close();
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    openFile(file);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    const QString masked = LogFile::mask(message);
    {
        const QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            rotateIfFull(s.file);
            const QString line = QStringLiteral("%1 %2 %3: %4\n")
                                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                          QLatin1String(levelName(type)),
                                          QLatin1String(context.category ? context.category : "default"), masked);
            s.file.write(line.toUtf8());
            s.file.flush();
        }
    }
    if (s.previous)
        s.previous(type, context, masked);
}

} // namespace

bool LogFile::install(const QString &path)
{
    LogState &s = state();
    {
        const QMutexLocker lock(&s.mutex);
        if (s.file.isOpen())
            s.file.close();
        s.file.setFileName(path);
        if (!openFile(s.file))
            return false;
    }
    if (!s.previous) {
        s.previous = qInstallMessageHandler(handler);
        // The first installation returns Qt's default handler; a second install() must not
        // chain to ourselves.
        if (s.previous == handler)
            s.previous = nullptr;
    }
    return true;
}

QString LogFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs/") + QCoreApplication::applicationName() + QStringLiteral(".log"));
}

QString LogFile::mask(const QString &text)
{
    // §2.1: `<id>|<secret>`, the secret 40 characters (and 8 hex digits in 1.5) possibly after a
    // server prefix. Anything from 20 characters on is masked: better a masked false positive.
    static const QRegularExpression token(QStringLiteral("(\\b\\d+)\\|[A-Za-z0-9_]{20,}"));
    QString out = text;
    out.replace(token, QStringLiteral("\\1|…"));
    return out;
}

} // namespace Concord
