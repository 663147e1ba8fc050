#include "seeder.h"

#include "emulatorstate.h"
#include "referencedata.h"
#include "seededtokens.h"
#include "timestamps.h"
#include "validationerrors.h"

#include <QJsonArray>
#include <QSet>

namespace Concord::Emulator {

namespace {

const QStringList kFirstNames = {
    QStringLiteral("Anna"),    QStringLiteral("Ben"),     QStringLiteral("Chiara"),  QStringLiteral("Daniel"),
    QStringLiteral("Elif"),    QStringLiteral("Felix"),   QStringLiteral("Grace"),   QStringLiteral("Hugo"),
    QStringLiteral("Ingrid"),  QStringLiteral("Jakub"),   QStringLiteral("Kaito"),   QStringLiteral("Lena"),
    QStringLiteral("Mateo"),   QStringLiteral("Nora"),    QStringLiteral("Oskar"),   QStringLiteral("Paula"),
    QStringLiteral("Quentin"), QStringLiteral("Rosa"),    QStringLiteral("Samir"),   QStringLiteral("Tove"),
    QStringLiteral("Uma"),     QStringLiteral("Viktor"),  QStringLiteral("Wen"),     QStringLiteral("Ximena"),
    QStringLiteral("Yusuf"),   QStringLiteral("Zoë"),     QStringLiteral("Amélie"),  QStringLiteral("Björn"),
    QStringLiteral("Carlos"),  QStringLiteral("Dagny"),   QStringLiteral("Emeka"),   QStringLiteral("Fatima"),
    QStringLiteral("Giorgos"), QStringLiteral("Hana"),    QStringLiteral("Ivan"),    QStringLiteral("Jasmine"),
    QStringLiteral("Kofi"),    QStringLiteral("Lucía"),   QStringLiteral("Marek"),   QStringLiteral("Niamh"),
    QStringLiteral("Olivia"),  QStringLiteral("Pieter"),  QStringLiteral("Radhika"), QStringLiteral("Stefan"),
    QStringLiteral("Tomás"),   QStringLiteral("Valentina"), QStringLiteral("William"), QStringLiteral("Yara"),
};

const QStringList kLastNames = {
    QStringLiteral("Andersen"), QStringLiteral("Becker"),   QStringLiteral("Costa"),    QStringLiteral("Dimitrov"),
    QStringLiteral("Eriksson"), QStringLiteral("Fischer"),  QStringLiteral("García"),   QStringLiteral("Horvat"),
    QStringLiteral("Ivanova"),  QStringLiteral("Jensen"),   QStringLiteral("Kowalski"), QStringLiteral("Lambert"),
    QStringLiteral("Moreau"),   QStringLiteral("Nakamura"), QStringLiteral("O'Brien"),  QStringLiteral("Petrović"),
    QStringLiteral("Quinn"),    QStringLiteral("Rossi"),    QStringLiteral("Schneider"), QStringLiteral("Tanaka"),
    QStringLiteral("Ulrich"),   QStringLiteral("Varga"),    QStringLiteral("Weber"),    QStringLiteral("Xu"),
    QStringLiteral("Yilmaz"),   QStringLiteral("Zielinski"), QStringLiteral("Novak"),   QStringLiteral("Okafor"),
    QStringLiteral("Patel"),    QStringLiteral("Silva"),    QStringLiteral("Svensson"), QStringLiteral("van Dijk"),
    QStringLiteral("Walsh"),    QStringLiteral("Kim"),      QStringLiteral("Haddad"),   QStringLiteral("Müller"),
    QStringLiteral("Nielsen"),  QStringLiteral("Popescu"),  QStringLiteral("Stojanovski"), QStringLiteral("Lindqvist"),
};

const QStringList kJobTitles = {
    QStringLiteral("CEO"), QStringLiteral("CTO"), QStringLiteral("Head of Procurement"), QStringLiteral("Purchasing Manager"),
    QStringLiteral("Operations Director"), QStringLiteral("IT Manager"), QStringLiteral("Office Manager"),
    QStringLiteral("Sales Director"), QStringLiteral("Marketing Lead"), QStringLiteral("Finance Controller"),
    QStringLiteral("Project Manager"), QStringLiteral("Facility Manager"), QStringLiteral("Buyer"),
};

const QStringList kCompanyWords = {
    QStringLiteral("Alpine"), QStringLiteral("Blue Harbor"), QStringLiteral("Cedar"),  QStringLiteral("Delta"),
    QStringLiteral("Evergreen"), QStringLiteral("Falcon"), QStringLiteral("Granite"), QStringLiteral("Horizon"),
    QStringLiteral("Iron Bridge"), QStringLiteral("Juniper"), QStringLiteral("Keystone"), QStringLiteral("Lighthouse"),
    QStringLiteral("Maple"), QStringLiteral("Northwind"), QStringLiteral("Orion"), QStringLiteral("Pioneer"),
    QStringLiteral("Quarry"), QStringLiteral("Riverbend"), QStringLiteral("Summit"), QStringLiteral("Tidewater"),
    QStringLiteral("Union"), QStringLiteral("Vertex"), QStringLiteral("Westfield"), QStringLiteral("Zenith"),
};

const QStringList kCompanyTrades = {
    QStringLiteral("Logistics"), QStringLiteral("Software"), QStringLiteral("Foods"), QStringLiteral("Engineering"),
    QStringLiteral("Consulting"), QStringLiteral("Energy"), QStringLiteral("Health"), QStringLiteral("Retail"),
    QStringLiteral("Textiles"), QStringLiteral("Media"), QStringLiteral("Robotics"), QStringLiteral("Finance"),
};

const QStringList kCompanySuffixes = {QStringLiteral("GmbH"), QStringLiteral("Ltd"), QStringLiteral("Inc."),
                                      QStringLiteral("AG"),   QStringLiteral("S.A."), QStringLiteral("B.V."),
                                      QStringLiteral("Oy"),   QStringLiteral("DOOEL"), QStringLiteral("")};

/// Cities with the ISO numeric id of their country, so an address never reads "Toronto, Romania".
struct Place {
    const char *city;
    int countryId;
};
const QList<Place> kPlaces = {
    {"Berlin", 276}, {"Munich", 276}, {"Vienna", 40}, {"Zurich", 756}, {"Amsterdam", 528}, {"Lyon", 250},
    {"Milan", 380}, {"Madrid", 724}, {"Skopje", 807}, {"Warsaw", 616}, {"Stockholm", 752}, {"Dublin", 372},
    {"Toronto", 124}, {"Chicago", 840}, {"Austin", 840}, {"Lisbon", 620},
};


const QStringList kStreets = {QStringLiteral("Main Street"), QStringLiteral("Hauptstraße"), QStringLiteral("Market Square"),
                              QStringLiteral("Harbour Road"), QStringLiteral("Station Lane"), QStringLiteral("Park Avenue")};

const QStringList kPalette = {QStringLiteral("#ef4444"), QStringLiteral("#f97316"), QStringLiteral("#eab308"),
                              QStringLiteral("#22c55e"), QStringLiteral("#06b6d4"), QStringLiteral("#3b82f6"),
                              QStringLiteral("#8b5cf6"), QStringLiteral("#ec4899"), QStringLiteral("#64748b")};

const QStringList kProducts = {
    QStringLiteral("Onboarding Workshop"), QStringLiteral("Annual Support Plan"), QStringLiteral("Cloud Storage 1 TB"),
    QStringLiteral("Consulting Day"), QStringLiteral("Security Audit"), QStringLiteral("Training Seat"),
    QStringLiteral("Premium License"), QStringLiteral("Standard License"), QStringLiteral("Data Migration"),
    QStringLiteral("Hardware Bundle"), QStringLiteral("Implementation Package"), QStringLiteral("Extended Warranty"),
    QStringLiteral("API Add-on"), QStringLiteral("Custom Report"), QStringLiteral("Field Service Visit"),
    QStringLiteral("Mobile Add-on"), QStringLiteral("Backup Service"), QStringLiteral("Analytics Module"),
    QStringLiteral("Integration Connector"), QStringLiteral("Priority Support"),
};

const QStringList kDealKinds = {QStringLiteral("Renewal"), QStringLiteral("Expansion"), QStringLiteral("Pilot"),
                                QStringLiteral("Rollout"), QStringLiteral("Upgrade"), QStringLiteral("New Business")};

QString slug(QString text)
{
    text = text.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

} // namespace

void Seeder::run()
{
    seedUsersAndTokens();
    seedLookups();
    seedCustomFields();
    seedProducts();
    seedCompanies();
    seedContacts();
    seedDeals();
    seedActivitiesNotesAndCalls();
}

void Seeder::seedUsersAndTokens()
{
    const QDateTime now = m_state.now();
    const QString created = Timestamps::iso(now.addDays(-400));
    struct SeedUser {
        const char *name;
        const char *email;
        const char *timezone;
        bool admin;
        bool api;
    };
    const SeedUser users[] = {
        {"Jane Admin", "jane@example.com", "Europe/Berlin", true, true},
        {"Marco Rossi", "marco@example.com", "Europe/Rome", false, true},
        {"Nina Berg", "nina@example.com", "Europe/Stockholm", false, false},
        {"Liam O'Connor", "liam@example.com", "Europe/Dublin", false, true},
        {"Aiko Tanaka", "aiko@example.com", "Asia/Tokyo", false, true},
        {"Sofia García", "sofia@example.com", "Europe/Madrid", false, true},
        {"Jonas Weber", "jonas@example.com", "Europe/Vienna", false, true},
        {"Priya Sharma", "priya@example.com", "Asia/Kolkata", false, true},
    };
    for (const SeedUser &u : users) {
        m_state.store.insert(QStringLiteral("users"),
                             {{QStringLiteral("name"), QString::fromUtf8(u.name)},
                              {QStringLiteral("email"), QString::fromUtf8(u.email)},
                              {QStringLiteral("password"), QStringLiteral("password")},
                              {QStringLiteral("timezone"), QString::fromUtf8(u.timezone)},
                              {QStringLiteral("locale"), QStringLiteral("en")},
                              {QStringLiteral("date_format"), QStringLiteral("m/d/Y")},
                              {QStringLiteral("time_format"), QStringLiteral("H:i")},
                              {QStringLiteral("default_landing_page"), QStringLiteral("/dashboard")},
                              {QStringLiteral("super_admin"), u.admin},
                              {QStringLiteral("access_api"), u.api},
                              {QStringLiteral("mail_signature"), QJsonValue()},
                              {QStringLiteral("teams"), QJsonArray()},
                              {QStringLiteral("permissions"),
                               QJsonArray{QStringLiteral("view all contacts"), QStringLiteral("edit own contacts")}},
                              {QStringLiteral("notifications"),
                               QJsonObject{{QStringLiteral("unread_count"), 0}, {QStringLiteral("settings"), QJsonArray()}}},
                              {QStringLiteral("created_at"), created},
                              {QStringLiteral("updated_at"), created}});
    }
    m_state.tokens.add(SeededTokens::regularUser(), 2, QStringLiteral("Seeded"), now);
    m_state.tokens.add(SeededTokens::noApiUser(), 3, QStringLiteral("Seeded"), now);
    m_state.tokens.add(SeededTokens::revoked(), 1, QStringLiteral("Revoked"), now);
    m_state.tokens.revoke(SeededTokens::revoked());
    for (const QString &token : m_state.adminTokens())
        m_state.tokens.add(token, 1, QStringLiteral("Command line"), now);
    for (const QString &token : m_state.config().noApiTokens)
        m_state.tokens.add(token, 3, QStringLiteral("Command line"), now);
}

void Seeder::seedLookups()
{
    const QString created = Timestamps::iso(m_state.now().addDays(-400));
    auto add = [&](const QString &resource, QJsonObject record) {
        record.insert(QStringLiteral("created_at"), created);
        record.insert(QStringLiteral("updated_at"), created);
        return m_state.store.insert(resource, record);
    };
    // Countries keep their ISO numeric ids, as the real server's do.
    for (const auto &c : ReferenceData::countries())
        m_state.store.replace(QStringLiteral("countries"), c.first, {{QStringLiteral("id"), c.first}, {QStringLiteral("name"), c.second}});
    for (const char *name : {"Website", "Referral", "Trade Show", "Cold Call", "Partner", "LinkedIn"})
        add(QStringLiteral("sources"), {{QStringLiteral("name"), QString::fromUtf8(name)}});
    for (const char *name : {"Manufacturing", "Software", "Retail", "Healthcare", "Finance", "Logistics", "Energy",
                             "Education", "Hospitality", "Construction", "Media", "Agriculture"})
        add(QStringLiteral("industries"), {{QStringLiteral("name"), QString::fromUtf8(name)}});
    for (const char *name : {"Price too high", "Chose a competitor", "No budget", "No decision", "Timing"})
        add(QStringLiteral("lost-reasons"), {{QStringLiteral("name"), QString::fromUtf8(name)}});
    const QList<QPair<const char *, const char *>> outcomes = {
        {"No Answer", "#f59e0b"}, {"Busy", "#f97316"}, {"Wrong Number", "#ef4444"},
        {"Left Voicemail", "#3b82f6"}, {"Connected", "#22c55e"}};
    for (const auto &o : outcomes)
        add(QStringLiteral("call-outcomes"), {{QStringLiteral("name"), QString::fromUtf8(o.first)},
                                             {QStringLiteral("swatch_color"), QString::fromUtf8(o.second)}});
    const QList<std::tuple<const char *, const char *, const char *>> types = {
        {"Call", "Phone", "#a855f7"}, {"Meeting", "Users", "#3b82f6"}, {"Email", "Mail", "#06b6d4"},
        {"Task", "CheckCircle", "#22c55e"}, {"Lunch", "Cake", "#f59e0b"}, {"Deadline", "Clock", "#ef4444"}};
    for (const auto &t : types)
        add(QStringLiteral("activity-types"), {{QStringLiteral("name"), QString::fromUtf8(std::get<0>(t))},
                                              {QStringLiteral("icon"), QString::fromUtf8(std::get<1>(t))},
                                              {QStringLiteral("swatch_color"), QString::fromUtf8(std::get<2>(t))}});
    const QList<QPair<QString, QList<QPair<QString, int>>>> pipelines = {
        {QStringLiteral("Sales Pipeline"),
         {{QStringLiteral("Qualified"), 20}, {QStringLiteral("Contact Made"), 40},
          {QStringLiteral("Presentation Scheduled"), 60}, {QStringLiteral("Proposal Made"), 80},
          {QStringLiteral("Appointment Scheduled"), 90}}},
        {QStringLiteral("Partnerships"),
         {{QStringLiteral("Lead"), 10}, {QStringLiteral("Negotiation"), 50}, {QStringLiteral("Signed"), 100}}}};
    int order = 0;
    for (const auto &p : pipelines) {
        const int pipelineId = add(QStringLiteral("pipelines"), {{QStringLiteral("name"), p.first},
                                                                 {QStringLiteral("flag"), order == 0 ? QStringLiteral("default") : QString()},
                                                                 {QStringLiteral("visibility_group"), QJsonValue()},
                                                                 {QStringLiteral("user_display_order"), ++order}});
        int stageOrder = 0;
        for (const auto &s : p.second)
            add(QStringLiteral("pipeline-stages"), {{QStringLiteral("name"), s.first},
                                                    {QStringLiteral("win_probability"), s.second},
                                                    {QStringLiteral("display_order"), ++stageOrder},
                                                    {QStringLiteral("pipeline_id"), pipelineId}});
    }
    for (const char *name : {"VIP", "Partner", "Newsletter", "Hot Lead", "Reseller"})
        m_state.findOrCreateTag(QString::fromUtf8(name), QStringLiteral("contacts"));
    for (const char *name : {"Upsell", "Renewal", "Strategic"})
        m_state.findOrCreateTag(QString::fromUtf8(name), QStringLiteral("deals"));
}

void Seeder::seedCustomFields()
{
    auto options = [](const QStringList &names) {
        QJsonArray out;
        int i = 0;
        for (const QString &n : names)
            out.append(QJsonObject{{QStringLiteral("name"), n}, {QStringLiteral("display_order"), ++i},
                                   {QStringLiteral("swatch_color"), kPalette.at(i % kPalette.size())}});
        return out;
    };
    struct Spec {
        const char *fieldId;
        const char *type;
        const char *label;
        QStringList options;
    };
    const QList<Spec> specs = {
        {"cf_newsletter", "Boolean", "Newsletter", {}},
        {"cf_interests", "Checkbox", "Interests", {QStringLiteral("Software"), QStringLiteral("Hardware"), QStringLiteral("Services"), QStringLiteral("Training")}},
        {"cf_label_color", "ColorSwatch", "Label Color", {}},
        {"cf_key_date", "Date", "Key Date", {}},
        {"cf_follow_up_at", "DateTime", "Follow-up At", {}},
        {"cf_alt_email", "Email", "Alternative Email", {}},
        {"cf_languages", "MultiSelect", "Languages", {QStringLiteral("English"), QStringLiteral("German"), QStringLiteral("French"), QStringLiteral("Spanish"), QStringLiteral("Italian")}},
        {"cf_score", "Number", "Score", {}},
        {"cf_budget", "Numeric", "Budget", {}},
        {"cf_channel", "Radio", "Preferred Channel", {QStringLiteral("Phone"), QStringLiteral("Email"), QStringLiteral("Meeting")}},
        {"cf_grade", "Select", "Grade", {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}},
        {"cf_code_name", "Text", "Code Name", {}},
        {"cf_background", "Textarea", "Background", {}},
        {"cf_time_zone", "Timezone", "Time Zone", {}},
        {"cf_homepage", "Url", "Homepage", {}},
    };
    const QDateTime created = m_state.now().addDays(-300);
    for (const QString &resource : ResourceCatalog::customFieldResources()) {
        for (const Spec &s : specs) {
            const QString type = QString::fromLatin1(s.type);
            if (m_state.isLegacy() && type == QLatin1String("ColorSwatch"))
                continue;
            QJsonObject body{{QStringLiteral("field_id"), QString::fromLatin1(s.fieldId)},
                             {QStringLiteral("field_type"), type},
                             {QStringLiteral("label"), QString::fromUtf8(s.label)},
                             {QStringLiteral("resource_name"), resource},
                             {QStringLiteral("is_unique"), type == QLatin1String("Text") && resource != QLatin1String("deals")}};
            if (!s.options.isEmpty())
                body.insert(QStringLiteral("options"), options(s.options));
            ValidationErrors errors;
            m_state.customFields.create(body, {}, m_state.isLegacy(), created, errors);
            Q_ASSERT(errors.isEmpty());
        }
    }
}

namespace {

/// Custom field values in stored form for about four records in five; the code name is unique.
void fillCustomFields(EmulatorState &state, const QString &resource, int index, QJsonObject &record)
{
    SeededRandom &r = state.random;
    for (const FieldDef &f : state.customFields.fieldsFor(resource)) {
        if (f.attribute != QLatin1String("cf_code_name") && !r.chance(0.8))
            continue;
        QJsonValue v;
        switch (f.kind) {
        case FieldKind::Boolean:
            v = r.chance(0.5);
            break;
        case FieldKind::OptionMulti: {
            QJsonArray ids;
            for (const FieldOption &o : f.options) {
                if (r.chance(0.4))
                    ids.append(o.id);
            }
            v = ids;
            break;
        }
        case FieldKind::OptionSingle:
            v = r.pick(f.options).id;
            break;
        case FieldKind::Color:
            v = r.pick(kPalette);
            break;
        case FieldKind::Date:
            v = state.now().date().addDays(r.between(-200, 200)).toString(Qt::ISODate);
            break;
        case FieldKind::DateTime:
            v = Timestamps::iso(QDateTime(state.now().date().addDays(r.between(-30, 60)), QTime(r.between(7, 17), r.pick(QList<int>{0, 15, 30, 45})), Qt::UTC));
            break;
        case FieldKind::Email:
            v = QStringLiteral("office%1@%2.example").arg(index).arg(resource);
            break;
        case FieldKind::Integer:
            v = r.between(0, 100);
            break;
        case FieldKind::Decimal:
            v = double(r.between(100, 500000)) / 2.0;
            break;
        case FieldKind::Text:
            v = QStringLiteral("%1-%2").arg(resource.left(2).toUpper()).arg(index, 6, 10, QLatin1Char('0'));
            break;
        case FieldKind::LongText:
            v = QStringLiteral("Met at the %1 fair.\nFollow up about %2.").arg(QString::fromUtf8(r.pick(kPlaces).city), r.pick(kProducts));
            break;
        case FieldKind::Timezone:
            v = r.pick(ReferenceData::timezones());
            break;
        case FieldKind::Url:
            v = QStringLiteral("https://www.example.com/%1/%2").arg(resource).arg(index);
            break;
        default:
            break;
        }
        record.insert(f.attribute, v);
    }
}

QString pastTimestamp(EmulatorState &state, int maxDays)
{
    return Timestamps::iso(state.now().addSecs(-qint64(state.random.between(3600, maxDays * 86400))));
}

int ownerId(SeededRandom &r)
{
    // Everyone but the user without API access owns records; Marco owns a good share.
    static const QList<int> owners{1, 2, 2, 4, 5, 6, 7, 8};
    return r.pick(owners);
}

} // namespace

void Seeder::seedProducts()
{
    SeededRandom &r = m_state.random;
    int index = 0;
    for (const QString &name : kProducts) {
        const QString created = pastTimestamp(m_state, 500);
        QJsonObject p{{QStringLiteral("name"), name},
                      {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(1000 + index)},
                      {QStringLiteral("description"), QStringLiteral("%1 for teams of every size.").arg(name)},
                      {QStringLiteral("unit_price"), double(r.between(10, 400) * 25)},
                      {QStringLiteral("direct_cost"), double(r.between(5, 200) * 10)},
                      {QStringLiteral("tax_rate"), r.pick(QList<int>{0, 7, 18, 19, 20})},
                      {QStringLiteral("tax_label"), QStringLiteral("VAT")},
                      {QStringLiteral("unit"), r.pick(QStringList{QStringLiteral("h"), QStringLiteral("pcs"), QStringLiteral("seat"), QStringLiteral("year")})},
                      {QStringLiteral("is_active"), r.chance(0.9)},
                      {QStringLiteral("created_by"), 1},
                      {QStringLiteral("created_at"), created},
                      {QStringLiteral("updated_at"), created}};
        fillCustomFields(m_state, QStringLiteral("products"), ++index, p);
        m_state.store.insert(QStringLiteral("products"), p);
    }
}

void Seeder::seedCompanies()
{
    SeededRandom &r = m_state.random;
    QSet<QString> names;
    const int industries = int(m_state.store.table(QStringLiteral("industries")).size());
    for (int i = 1; i <= m_state.config().companies; ++i) {
        QString name;
        for (int attempt = 0; name.isEmpty() || names.contains(name); ++attempt) {
            name = r.pick(kCompanyWords) + QLatin1Char(' ') + r.pick(kCompanyTrades);
            const QString suffix = r.pick(kCompanySuffixes);
            if (!suffix.isEmpty())
                name += QLatin1Char(' ') + suffix;
            if (attempt > 3)
                name += QStringLiteral(" %1").arg(i);
        }
        names.insert(name);
        const QString domain = slug(name.section(QLatin1Char(' '), 0, -2)) + QStringLiteral(".example");
        const Place &place = r.pick(kPlaces);
        const QString created = pastTimestamp(m_state, 700);
        QJsonObject c{{QStringLiteral("name"), name},
                      {QStringLiteral("domain"), domain},
                      {QStringLiteral("email"), QStringLiteral("info@") + domain},
                      {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("id"), m_state.nextPhoneId()},
                                                                        {QStringLiteral("number"), QStringLiteral("+1 555 %1").arg(2000000 + i)},
                                                                        {QStringLiteral("type"), QStringLiteral("work")}}}},
                      {QStringLiteral("industry_id"), r.between(1, industries)},
                      {QStringLiteral("source_id"), r.between(1, 6)},
                      {QStringLiteral("parent_company_id"), QJsonValue()},
                      {QStringLiteral("street"), QStringLiteral("%1 %2").arg(r.between(1, 200)).arg(r.pick(kStreets))},
                      {QStringLiteral("city"), QString::fromUtf8(place.city)},
                      {QStringLiteral("state"), QJsonValue()},
                      {QStringLiteral("postal_code"), QString::number(r.between(10000, 99999))},
                      {QStringLiteral("country_id"), place.countryId},
                      {QStringLiteral("user_id"), ownerId(r)},
                      {QStringLiteral("owner_assigned_date"), created},
                      {QStringLiteral("tags"), r.chance(0.3) ? QJsonArray{r.between(1, 5)} : QJsonArray()},
                      {QStringLiteral("created_at"), created},
                      {QStringLiteral("updated_at"), created}};
        fillCustomFields(m_state, QStringLiteral("companies"), i, c);
        m_state.store.insert(QStringLiteral("companies"), c);
    }
}

void Seeder::seedContacts()
{
    SeededRandom &r = m_state.random;
    QSet<QString> emails;
    const int companies = m_state.config().companies;
    const QStringList providers = {QStringLiteral("mail.example"), QStringLiteral("post.example"), QStringLiteral("inbox.example")};
    for (int i = 1; i <= m_state.config().contacts; ++i) {
        const QString first = r.pick(kFirstNames);
        const QString last = r.pick(kLastNames);
        const int companyId = companies > 0 && r.chance(0.85) ? r.between(1, companies) : 0;
        const QJsonObject *company = companyId ? m_state.store.find(QStringLiteral("companies"), companyId) : nullptr;
        const QString domain = company ? company->value(QStringLiteral("domain")).toString() : r.pick(providers);
        // A contact works where the company is; one without a company lives anywhere.
        const Place &place = r.pick(kPlaces);
        QString email = slug(first) + QLatin1Char('.') + slug(last) + QLatin1Char('@') + domain;
        if (emails.contains(email))
            email = slug(first) + QLatin1Char('.') + slug(last) + QString::number(i) + QLatin1Char('@') + domain;
        emails.insert(email);
        QJsonArray phones{QJsonObject{{QStringLiteral("id"), m_state.nextPhoneId()},
                                      {QStringLiteral("number"), QStringLiteral("+1 555 %1").arg(3000000 + i)},
                                      {QStringLiteral("type"), QStringLiteral("work")}}};
        if (r.chance(0.4))
            phones.append(QJsonObject{{QStringLiteral("id"), m_state.nextPhoneId()},
                                      {QStringLiteral("number"), QStringLiteral("+1 556 %1").arg(3000000 + i)},
                                      {QStringLiteral("type"), QStringLiteral("mobile")}});
        const QString created = pastTimestamp(m_state, 700);
        QJsonObject c{{QStringLiteral("first_name"), first},
                      {QStringLiteral("last_name"), last},
                      {QStringLiteral("email"), email},
                      {QStringLiteral("job_title"), r.pick(kJobTitles)},
                      {QStringLiteral("phones"), phones},
                      {QStringLiteral("street"), r.chance(0.6) ? QJsonValue(QStringLiteral("%1 %2").arg(r.between(1, 200)).arg(r.pick(kStreets))) : QJsonValue()},
                      {QStringLiteral("city"), company ? company->value(QStringLiteral("city")) : QJsonValue(QString::fromUtf8(place.city))},
                      {QStringLiteral("state"), QJsonValue()},
                      {QStringLiteral("postal_code"), QString::number(r.between(10000, 99999))},
                      {QStringLiteral("country_id"), company ? company->value(QStringLiteral("country_id")) : QJsonValue(place.countryId)},
                      {QStringLiteral("source_id"), r.between(1, 6)},
                      {QStringLiteral("user_id"), ownerId(r)},
                      {QStringLiteral("owner_assigned_date"), created},
                      {QStringLiteral("tags"), r.chance(0.35) ? QJsonArray{r.between(1, 5)} : QJsonArray()},
                      {QStringLiteral("created_at"), created},
                      {QStringLiteral("updated_at"), created}};
        fillCustomFields(m_state, QStringLiteral("contacts"), i, c);
        const int id = m_state.store.insert(QStringLiteral("contacts"), c);
        if (company)
            m_state.store.mutableLinks().link(QStringLiteral("contacts"), id, QStringLiteral("companies"), companyId);
    }
}

void Seeder::seedDeals()
{
    SeededRandom &r = m_state.random;
    const DataStore::Table &stages = m_state.store.table(QStringLiteral("pipeline-stages"));
    const QList<int> stageIds = stages.keys();
    const int companies = m_state.config().companies;
    const int contacts = m_state.config().contacts;
    for (int i = 1; i <= m_state.config().deals; ++i) {
        const int stageId = r.pick(stageIds);
        const int pipelineId = stages.value(stageId).value(QStringLiteral("pipeline_id")).toInt();
        const int companyId = companies > 0 ? r.between(1, companies) : 0;
        const QString companyName = companyId ? m_state.store.find(QStringLiteral("companies"), companyId)->value(QStringLiteral("name")).toString()
                                              : QStringLiteral("Walk-in");
        const double roll = r.unit();
        const QString status = roll < 0.7 ? QStringLiteral("open") : roll < 0.9 ? QStringLiteral("won") : QStringLiteral("lost");
        const QString created = pastTimestamp(m_state, 500);
        QJsonObject d{{QStringLiteral("name"), QStringLiteral("%1 – %2 %3").arg(companyName, r.pick(kProducts), r.pick(kDealKinds))},
                      {QStringLiteral("amount"), double(r.between(4, 4000) * 250)},
                      {QStringLiteral("expected_close_date"), m_state.now().date().addDays(r.between(-60, 180)).toString(Qt::ISODate)},
                      {QStringLiteral("pipeline_id"), pipelineId},
                      {QStringLiteral("stage_id"), stageId},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("stage_changed_date"), created},
                      {QStringLiteral("board_order"), i},
                      {QStringLiteral("swatch_color"), QJsonValue()},
                      {QStringLiteral("user_id"), ownerId(r)},
                      {QStringLiteral("owner_assigned_date"), created},
                      {QStringLiteral("tags"), r.chance(0.3) ? QJsonArray{r.between(6, 8)} : QJsonArray()},
                      {QStringLiteral("created_at"), created},
                      {QStringLiteral("updated_at"), created}};
        if (status == QLatin1String("won"))
            d.insert(QStringLiteral("won_date"), created);
        if (status == QLatin1String("lost")) {
            d.insert(QStringLiteral("lost_date"), created);
            d.insert(QStringLiteral("lost_reason"), QStringLiteral("Price too high"));
        }
        fillCustomFields(m_state, QStringLiteral("deals"), i, d);
        const int id = m_state.store.insert(QStringLiteral("deals"), d);
        AssociationGraph &links = m_state.store.mutableLinks();
        if (companyId)
            links.link(QStringLiteral("deals"), id, QStringLiteral("companies"), companyId);
        if (contacts > 0)
            links.link(QStringLiteral("deals"), id, QStringLiteral("contacts"), r.between(1, contacts));
    }
}

void Seeder::seedActivitiesNotesAndCalls()
{
    SeededRandom &r = m_state.random;
    const int contacts = m_state.config().contacts;
    if (contacts == 0)
        return;
    const QStringList titles = {QStringLiteral("Call back about the offer"), QStringLiteral("Send the proposal"),
                                QStringLiteral("Demo meeting"), QStringLiteral("Quarterly review"),
                                QStringLiteral("Lunch with the buying team"), QStringLiteral("Contract deadline")};
    const int count = qMax(10, contacts / 4);
    for (int i = 1; i <= count; ++i) {
        const int contactId = r.between(1, contacts);
        const QDateTime due(m_state.now().date().addDays(r.between(-20, 40)), QTime(r.between(8, 17), 0), Qt::UTC);
        const bool allDay = r.chance(0.2);
        const QString created = pastTimestamp(m_state, 90);
        const int activity = m_state.store.insert(
            QStringLiteral("activities"),
            {{QStringLiteral("title"), r.pick(titles)},
             {QStringLiteral("description"), QStringLiteral("<p>Agenda: pricing and next steps.</p>")},
             {QStringLiteral("note"), QJsonValue()},
             {QStringLiteral("activity_type_id"), r.between(1, 6)},
             {QStringLiteral("due_date"), allDay ? due.date().toString(Qt::ISODate) : Timestamps::iso(due)},
             {QStringLiteral("end_date"), allDay ? due.date().toString(Qt::ISODate) : Timestamps::iso(due.addSecs(3600))},
             {QStringLiteral("reminder_minutes_before"), 30},
             {QStringLiteral("is_completed"), due < m_state.now() && r.chance(0.7)},
             {QStringLiteral("user_id"), ownerId(r)},
             {QStringLiteral("created_by"), 1},
             {QStringLiteral("created_at"), created},
             {QStringLiteral("updated_at"), created}});
        m_state.store.mutableLinks().link(QStringLiteral("activities"), activity, QStringLiteral("contacts"), contactId);

        const int note = m_state.store.insert(
            QStringLiteral("notes"),
            {{QStringLiteral("body"), QStringLiteral("<p>Talked about %1; interested in a %2.</p>").arg(r.pick(kProducts), r.pick(kDealKinds).toLower())},
             {QStringLiteral("user_id"), ownerId(r)},
             {QStringLiteral("created_at"), created},
             {QStringLiteral("updated_at"), created}});
        m_state.store.mutableLinks().link(QStringLiteral("notes"), note, QStringLiteral("contacts"), contactId);

        const int call = m_state.store.insert(
            QStringLiteral("calls"),
            {{QStringLiteral("body"), QStringLiteral("Discussed %1.").arg(r.pick(kProducts))},
             {QStringLiteral("call_outcome_id"), r.between(1, 5)},
             {QStringLiteral("date"), created},
             {QStringLiteral("user_id"), ownerId(r)},
             {QStringLiteral("created_at"), created},
             {QStringLiteral("updated_at"), created}});
        m_state.store.mutableLinks().link(QStringLiteral("calls"), call, QStringLiteral("contacts"), contactId);
    }
}

} // namespace Concord::Emulator
