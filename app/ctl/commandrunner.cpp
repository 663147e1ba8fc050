#include "commandrunner.h"

#include "api/apiclient.h"
#include "api/currentuserjob.h"
#include "api/fieldschemajob.h"
#include "api/fieldservice.h"
#include "api/lookupservice.h"
#include "api/recordjob.h"
#include "api/recordpagejob.h"
#include "api/recordpager.h"
#include "api/recordservice.h"
#include "exitcode.h"

#include <QIODevice>
#include <QJsonArray>

namespace Concord {

namespace {

QJsonArray toArray(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    return array;
}

QJsonArray toJson(const FieldSchema &schema)
{
    QJsonArray fields;
    for (const FieldDefinition &field : schema.fields())
        fields.append(field.json());
    return fields;
}

} // namespace

CommandRunner::CommandRunner(
    ApiClient *client, const CtlOptions &options, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_formatter(options.format)
    , m_out(out)
    , m_err(err)
{
    connect(m_client, &ApiClient::tokenRejected, this, [this] {
        writeError(tr("the server rejected the access token (HTTP 401): it is wrong, revoked or deleted"));
        finish(ExitCode::fromError(ApiError::Kind::Unauthorized));
    });
    connect(m_client, &ApiClient::rateLimitPaused, this, [this](const QDateTime &until) {
        // The client waits and goes on by itself; one note is enough to explain a pause.
        if (m_notedRateLimit)
            return;
        m_notedRateLimit = true;
        const auto seconds = int(qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(until)));
        writeError(tr("the server asks to slow down: waiting %n second(s), then going on", nullptr, seconds));
    });
}

void CommandRunner::start()
{
    const RecordService records(m_client, m_options.resource);
    switch (m_options.command) {
    case CtlOptions::Command::Me: {
        CurrentUserJob *job = LookupService(m_client).me();
        watch(job, [this, job] { return m_formatter.record(job->user().raw); });
        break;
    }
    case CtlOptions::Command::List:
        if (m_options.all) {
            RecordPager *pager = records.listAll(m_options.listParams);
            watch(pager, [this, pager] { return m_formatter.records(toArray(pager->records())); });
        } else {
            RecordPageJob *page = records.listPage(m_options.listParams, 1);
            watch(page, [this, page] { return m_formatter.records(toArray(page->records())); });
        }
        break;
    case CtlOptions::Command::Get:
        watchRecord(records.get(m_options.id));
        break;
    case CtlOptions::Command::Create:
        watchRecord(records.create(m_options.data));
        break;
    case CtlOptions::Command::Update:
        watchRecord(records.update(m_options.id, m_options.data));
        break;
    case CtlOptions::Command::Delete:
        // Like rm: nothing on stdout when it worked; the exit status says so.
        watch(records.remove(m_options.id), [] { return QByteArray(); });
        break;
    case CtlOptions::Command::Fields: {
        FieldSchemaJob *job = FieldService(m_client).createFields(m_options.resource);
        watch(job, [this, job] { return m_formatter.records(toJson(job->schema())); });
        break;
    }
    }
}

void CommandRunner::watch(ServiceJob *job, const std::function<QByteArray()> &output)
{
    m_job = job;
    connect(job, &ServiceJob::finished, this, [this, job, output] {
        if (!job->isOk()) {
            fail(job->error());
            return;
        }
        m_out->write(output());
        finish(ExitCode::Ok);
    });
}

void CommandRunner::watchRecord(RecordJob *job)
{
    watch(job, [this, job] { return m_formatter.record(job->record()); });
}

void CommandRunner::fail(const ApiError &error)
{
    const QHash<QString, QStringList> fieldErrors = error.fieldErrors();
    if (error.kind() == ApiError::Kind::InsecureConnection) {
        // The library's sentence points at an account setting; concordctl has no such opt-in.
        writeError(tr("refusing plain http:// to a host other than this machine: the token would travel "
                      "unencrypted; use https://"));
    } else if (error.kind() != ApiError::Kind::Validation || fieldErrors.isEmpty()) {
        writeError(error.userMessage());
    } else {
        // The contract with scripts: one "attribute: message" per line, nothing else, in a
        // stable order.
        QStringList attributes = fieldErrors.keys();
        attributes.sort();
        for (const QString &attribute : std::as_const(attributes)) {
            for (const QString &message : fieldErrors.value(attribute))
                m_err->write(QStringLiteral("%1: %2\n").arg(attribute, message).toUtf8());
        }
    }
    finish(ExitCode::fromError(error.kind()));
}

void CommandRunner::finish(int exitCode)
{
    // After a rejected token the parked call would wait for ever; stop it, and with it any
    // further finished() of this run.
    if (m_job)
        m_job->abort();
    Q_EMIT finished(exitCode);
}

void CommandRunner::writeError(const QString &message)
{
    m_err->write(QStringLiteral("concordctl: %1\n").arg(message).toUtf8());
}

} // namespace Concord
