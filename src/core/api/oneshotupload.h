#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Concord {

/// A request body that can be read only once. Qt's HTTP layer silently sends a request again
/// when a reused connection drops before the answer; for a create that could store the record
/// twice (there is no idempotency key, §11). Given a body it cannot rewind, Qt reports
/// ContentReSendError instead, and the caller decides.
class OneShotUpload : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUpload(const QByteArray &data, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace Concord
