#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;

namespace Concord::Bench {

/// Counts the list requests a concord-emulator served, from its request log (control route
/// `/__emulator/requests`, docs/emulator.md). The log keeps only the last 5000 requests, so the
/// counter empties it as it goes: collect() reads the log, adds the matching entries to total()
/// and clears it. Control calls are not logged themselves, so they never count.
///
/// collect() is only exact while no counted request is on the wire: one served between the read
/// and the clear would be lost. The caller calls it when its model is idle.
class RequestLogCounter : public QObject
{
    Q_OBJECT
public:
    /// Counts `GET <path>` (e.g. /api/contacts) on the emulator at `baseUrl` (without /api).
    RequestLogCounter(const QUrl &baseUrl, const QString &path, QObject *parent = nullptr);

    /// Empties the log without counting, before the measured work begins; then cleared().
    void clear();
    /// Reads the log, counts, clears it; then collected(). failed() on any error.
    void collect();
    [[nodiscard]] int total() const { return m_total; }

Q_SIGNALS:
    void cleared();
    void collected(int total);
    void failed(const QString &message);

private:
    void sendClear(bool thenCollected);
    void onLogRead(QNetworkReply *reply);
    [[nodiscard]] bool succeeded(QNetworkReply *reply, int expectedStatus);

    QNetworkAccessManager m_nam; ///< its own, so control calls never queue behind the model's pages
    QUrl m_logUrl;
    QString m_path;
    int m_total = 0;
};

} // namespace Concord::Bench
