#include "referencedata.h"

namespace Concord::Emulator::ReferenceData {

const QList<QPair<int, QString>> &countries()
{
    static const QList<QPair<int, QString>> list = {
        {40, QStringLiteral("Austria")},        {56, QStringLiteral("Belgium")},
        {76, QStringLiteral("Brazil")},         {100, QStringLiteral("Bulgaria")},
        {124, QStringLiteral("Canada")},        {152, QStringLiteral("Chile")},
        {156, QStringLiteral("China")},         {191, QStringLiteral("Croatia")},
        {203, QStringLiteral("Czechia")},       {208, QStringLiteral("Denmark")},
        {233, QStringLiteral("Estonia")},       {246, QStringLiteral("Finland")},
        {250, QStringLiteral("France")},        {276, QStringLiteral("Germany")},
        {300, QStringLiteral("Greece")},        {348, QStringLiteral("Hungary")},
        {356, QStringLiteral("India")},         {372, QStringLiteral("Ireland")},
        {380, QStringLiteral("Italy")},         {392, QStringLiteral("Japan")},
        {428, QStringLiteral("Latvia")},        {440, QStringLiteral("Lithuania")},
        {442, QStringLiteral("Luxembourg")},    {484, QStringLiteral("Mexico")},
        {528, QStringLiteral("Netherlands")},   {554, QStringLiteral("New Zealand")},
        {807, QStringLiteral("North Macedonia")}, {578, QStringLiteral("Norway")},
        {616, QStringLiteral("Poland")},        {620, QStringLiteral("Portugal")},
        {642, QStringLiteral("Romania")},       {688, QStringLiteral("Serbia")},
        {703, QStringLiteral("Slovakia")},      {705, QStringLiteral("Slovenia")},
        {710, QStringLiteral("South Africa")},  {724, QStringLiteral("Spain")},
        {752, QStringLiteral("Sweden")},        {756, QStringLiteral("Switzerland")},
        {792, QStringLiteral("Türkiye")},       {826, QStringLiteral("United Kingdom")},
        {840, QStringLiteral("United States")}, {36, QStringLiteral("Australia")},
    };
    return list;
}

const QStringList &timezones()
{
    static const QStringList list = {
        QStringLiteral("Africa/Abidjan"),      QStringLiteral("Africa/Accra"),        QStringLiteral("Africa/Cairo"),
        QStringLiteral("Africa/Johannesburg"), QStringLiteral("Africa/Lagos"),        QStringLiteral("Africa/Nairobi"),
        QStringLiteral("America/Anchorage"),   QStringLiteral("America/Argentina/Buenos_Aires"),
        QStringLiteral("America/Bogota"),      QStringLiteral("America/Chicago"),     QStringLiteral("America/Denver"),
        QStringLiteral("America/Halifax"),     QStringLiteral("America/Los_Angeles"), QStringLiteral("America/Mexico_City"),
        QStringLiteral("America/New_York"),    QStringLiteral("America/Phoenix"),     QStringLiteral("America/Santiago"),
        QStringLiteral("America/Sao_Paulo"),   QStringLiteral("America/St_Johns"),    QStringLiteral("America/Toronto"),
        QStringLiteral("America/Vancouver"),   QStringLiteral("Asia/Bangkok"),        QStringLiteral("Asia/Dubai"),
        QStringLiteral("Asia/Hong_Kong"),      QStringLiteral("Asia/Jakarta"),        QStringLiteral("Asia/Jerusalem"),
        QStringLiteral("Asia/Kathmandu"),      QStringLiteral("Asia/Kolkata"),        QStringLiteral("Asia/Manila"),
        QStringLiteral("Asia/Seoul"),          QStringLiteral("Asia/Shanghai"),       QStringLiteral("Asia/Singapore"),
        QStringLiteral("Asia/Tehran"),         QStringLiteral("Asia/Tokyo"),          QStringLiteral("Atlantic/Azores"),
        QStringLiteral("Atlantic/Reykjavik"),  QStringLiteral("Australia/Adelaide"),  QStringLiteral("Australia/Brisbane"),
        QStringLiteral("Australia/Perth"),     QStringLiteral("Australia/Sydney"),    QStringLiteral("Europe/Amsterdam"),
        QStringLiteral("Europe/Athens"),       QStringLiteral("Europe/Belgrade"),     QStringLiteral("Europe/Berlin"),
        QStringLiteral("Europe/Brussels"),     QStringLiteral("Europe/Bucharest"),    QStringLiteral("Europe/Budapest"),
        QStringLiteral("Europe/Copenhagen"),   QStringLiteral("Europe/Dublin"),       QStringLiteral("Europe/Helsinki"),
        QStringLiteral("Europe/Istanbul"),     QStringLiteral("Europe/Lisbon"),       QStringLiteral("Europe/London"),
        QStringLiteral("Europe/Madrid"),       QStringLiteral("Europe/Oslo"),         QStringLiteral("Europe/Paris"),
        QStringLiteral("Europe/Prague"),       QStringLiteral("Europe/Rome"),         QStringLiteral("Europe/Skopje"),
        QStringLiteral("Europe/Sofia"),        QStringLiteral("Europe/Stockholm"),    QStringLiteral("Europe/Vienna"),
        QStringLiteral("Europe/Warsaw"),       QStringLiteral("Europe/Zurich"),       QStringLiteral("Pacific/Auckland"),
        QStringLiteral("Pacific/Honolulu"),    QStringLiteral("UTC"),
    };
    return list;
}

QJsonObject currencies()
{
    auto currency = [](const char *name, int code, const char *symbol, bool symbolFirst, const char *decimalMark,
                       const char *thousands) {
        return QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("precision"), 2},
                           {QStringLiteral("subunit"), 100},
                           {QStringLiteral("symbol"), QString::fromUtf8(symbol)},
                           {QStringLiteral("symbol_first"), symbolFirst},
                           {QStringLiteral("decimal_mark"), QString::fromUtf8(decimalMark)},
                           {QStringLiteral("thousands_separator"), QString::fromUtf8(thousands)}};
    };
    return {{QStringLiteral("EUR"), currency("Euro", 978, "€", true, ",", ".")},
            {QStringLiteral("USD"), currency("United States Dollar", 840, "$", true, ".", ",")},
            {QStringLiteral("GBP"), currency("British Pound", 826, "£", true, ".", ",")},
            {QStringLiteral("CHF"), currency("Swiss Franc", 756, "CHF", true, ".", ",")},
            {QStringLiteral("SEK"), currency("Swedish Krona", 752, "kr", false, ",", " ")},
            {QStringLiteral("PLN"), currency("Polish Złoty", 985, "zł", false, ",", " ")},
            {QStringLiteral("MKD"), currency("Macedonian Denar", 807, "ден", false, ",", ".")},
            {QStringLiteral("JPY"), currency("Japanese Yen", 392, "¥", true, ".", ",")}};
}

} // namespace Concord::Emulator::ReferenceData
