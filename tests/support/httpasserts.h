#pragma once

#include "httpresponse.h"

#include <QTest>

// Assertions on HttpResponse. Macros, because QVERIFY must return from the test function itself;
// each failure message carries the whole response so a deviation is readable from the log alone.

/// The status is exactly `expectedStatus`.
#define CONCORD_VERIFY_STATUS(response, expectedStatus)                                                                \
    do {                                                                                                               \
        const Concord::Test::HttpResponse &r_ = (response);                                                            \
        QVERIFY2(r_.status == (expectedStatus),                                                                        \
            qPrintable(QStringLiteral("expected HTTP %1, got ").arg(expectedStatus) + r_.describe()));                 \
    } while (false)

/// The status is exactly `expectedStatus` and the body is the JSON `expectedJson` (compared parsed,
/// so key order, whitespace and `\/` escapes do not matter).
#define CONCORD_VERIFY_JSON(response, expectedStatus, expectedJson)                                                    \
    do {                                                                                                               \
        const Concord::Test::HttpResponse &r_ = (response);                                                            \
        const QJsonDocument expected_ = Concord::Test::parseJson(expectedJson);                                        \
        QVERIFY2(r_.status == (expectedStatus) && r_.isJson && r_.json == expected_,                                   \
            qPrintable(QStringLiteral("expected HTTP %1 %2, got ")                                                     \
                           .arg(expectedStatus)                                                                        \
                           .arg(QString::fromUtf8(expected_.toJson(QJsonDocument::Compact)))                           \
                + r_.describe()));                                                                                     \
    } while (false)

/// A 2xx status (the spec leaves some successes open between 200 and 201).
#define CONCORD_VERIFY_SUCCESS(response)                                                                               \
    do {                                                                                                               \
        const Concord::Test::HttpResponse &r_ = (response);                                                            \
        QVERIFY2(                                                                                                      \
            r_.status >= 200 && r_.status < 300, qPrintable(QStringLiteral("expected 2xx, got ") + r_.describe()));    \
    } while (false)
