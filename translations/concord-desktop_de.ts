<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Concord::ApiClient</name>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has changed (SHA-256 %1; the trusted one is %2)</source>
        <translation>das Zertifikat des Servers hat sich geändert (SHA-256 %1; als vertrauenswürdig hinterlegt: %2)</translation>
    </message>
    <message>
        <source>the connection dropped after the request was sent; the server may have carried it out</source>
        <translation>die Verbindung brach nach dem Senden der Anfrage ab; möglicherweise hat der Server sie trotzdem ausgeführt</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>die Antwort brach vorzeitig ab</translation>
    </message>
</context>
<context>
    <name>Concord::ApiError</name>
    <message>
        <source>The server did not answer in time. It may be busy or the connection is slow; try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Möglicherweise ist er ausgelastet oder die Verbindung ist langsam; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Ask your administrator whether the certificate is expected, then trust it explicitly in the account settings.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig: %1. Klären Sie mit Ihrem Administrator, ob dieses Zertifikat zu erwarten ist, und stufen Sie es dann in den Kontoeinstellungen ausdrücklich als vertrauenswürdig ein.</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>der Aufbau der sicheren Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server address uses plain http://, which would send your token unencrypted. Use https://, or allow unencrypted connections for this account if you really trust the network.</source>
        <translation>Die Serveradresse verwendet unverschlüsseltes http://; Ihr Zugriffstoken würde damit im Klartext übertragen. Verwenden Sie https:// oder erlauben Sie für dieses Konto unverschlüsselte Verbindungen, wenn Sie dem Netzwerk wirklich vertrauen.</translation>
    </message>
    <message>
        <source>The server redirected to its login page: this is not an API endpoint, or the request lacked the &apos;Accept: application/json&apos; header. Check the server address.</source>
        <translation>Der Server hat auf seine Anmeldeseite weitergeleitet: Entweder ist dies kein API-Endpunkt, oder der Anfrage fehlte der Header &apos;Accept: application/json&apos;. Bitte prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server redirects to https://. Change the server address to start with https://.</source>
        <translation>Der Server leitet auf https:// weiter. Ändern Sie die Serveradresse so, dass sie mit https:// beginnt.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2 instead of data. Check the server address.</source>
        <translation>Der Server hat mit einer Weiterleitung (HTTP %1) auf %2 statt mit Daten geantwortet. Bitte prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not accept the access token: it is wrong, revoked or deleted. Enter a new token.</source>
        <translation>Der Server hat das Zugriffstoken nicht akzeptiert: Es ist falsch oder wurde widerrufen bzw. gelöscht. Bitte geben Sie ein neues Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (HTTP 403).</source>
        <translation>Sie sind dazu nicht berechtigt (HTTP 403).</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>Sie sind dazu nicht berechtigt: %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the record was deleted, or the server address is wrong.</source>
        <translation>Nicht gefunden (HTTP 404): Der Datensatz wurde gelöscht oder die Serveradresse ist falsch.</translation>
    </message>
    <message>
        <source>The server refused the change because of a conflict (HTTP %1).</source>
        <translation>Der Server hat die Änderung wegen eines Konflikts abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server rejected the change as a browser request (HTTP 419, CSRF). Something between this program and the server — a proxy or a security tool — adds &apos;Origin&apos; or &apos;Referer&apos; headers; it must not.</source>
        <translation>Der Server hat die Änderung als Browser-Anfrage abgelehnt (HTTP 419, CSRF). Eine Komponente zwischen diesem Programm und dem Server – etwa ein Proxy oder eine Sicherheitssoftware – fügt die Header &apos;Origin&apos; oder &apos;Referer&apos; hinzu. Das darf sie nicht.</translation>
    </message>
    <message>
        <source>The server did not accept the data: %1</source>
        <translation>Der Server hat die Daten nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503), perhaps for maintenance. Try again later.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (HTTP 503), möglicherweise wegen Wartungsarbeiten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1). Try again later; if it persists, tell your administrator.</source>
        <translation>Der Server hat einen Fehler gemeldet (HTTP %1). Bitte versuchen Sie es später erneut; falls der Fehler bestehen bleibt, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>incomplete or unreadable</source>
        <translation>unvollständig oder unlesbar</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Content-Type %1</source>
        <translation>Content-Type %1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the network connection and the server address.</source>
        <translation>Der Server ist nicht erreichbar. Bitte prüfen Sie die Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the network connection and the server address.</source>
        <translation>Der Server ist nicht erreichbar (%1). Bitte prüfen Sie die Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks to wait %n second(s). Work continues automatically.</source>
        <translation>
            <numerusform>Zu viele Anfragen: Der Server bittet, %n Sekunde zu warten. Die Arbeit wird automatisch fortgesetzt.</numerusform>
            <numerusform>Zu viele Anfragen: Der Server bittet, %n Sekunden zu warten. Die Arbeit wird automatisch fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Work continues automatically.</source>
        <translation>Zu viele Anfragen: Der Server bittet um eine Pause. Die Arbeit wird automatisch fortgesetzt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what a Concord server sends (%1). Is this address really a Concord CRM server?</source>
        <translation>Die Antwort entspricht nicht dem, was ein Concord-Server sendet (%1). Ist diese Adresse wirklich ein Concord-CRM-Server?</translation>
    </message>
</context>
<context>
    <name>Concord::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Concord::DealStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>Concord::FileSecretStore</name>
    <message>
        <source>Unencrypted file %1 (NOT encrypted: anyone who can read this file can use your tokens)</source>
        <translation>Unverschlüsselte Datei %1 (NICHT verschlüsselt: Wer diese Datei lesen kann, kann Ihre Zugriffstoken verwenden)</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users, so it is not used. Make it private (chmod 600) and try again.</source>
        <translation>Die Geheimnisdatei %1 ist für andere Benutzer lesbar und wird deshalb nicht verwendet. Machen Sie sie privat (chmod 600) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secrets file %1 could not be read: %2</source>
        <translation>Die Geheimnisdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and was left as it is. Repair or move it away, then enter your token again.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt und wurde unverändert gelassen. Reparieren oder verschieben Sie sie und geben Sie Ihr Zugriffstoken dann erneut ein.</translation>
    </message>
    <message>
        <source>The folder for the secrets file %1 could not be created.</source>
        <translation>Der Ordner für die Geheimnisdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The secrets file %1 could not be written: %2</source>
        <translation>Die Geheimnisdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 could not be made private to you.</source>
        <translation>Die Geheimnisdatei %1 konnte nicht auf Sie allein beschränkt werden.</translation>
    </message>
</context>
<context>
    <name>Concord::FilterBar</name>
    <message>
        <source>Owner filter</source>
        <translation>Filter nach Verantwortlichem</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filter nach Phase</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>pipeline: stage</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activity type filter</source>
        <translation>Filter nach Aktivitätstyp</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter nach Tag</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
</context>
<context>
    <name>Concord::GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search contacts, companies and deals</source>
        <translation>Kontakte, Unternehmen und Deals durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ zum Bewegen · Eingabe zum Öffnen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Type a name, company or deal</source>
        <translation>Geben Sie einen Namen, ein Unternehmen oder einen Deal ein</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
</context>
<context>
    <name>Concord::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>Concord::MainWindow</name>
    <message>
        <source>Concord Desktop</source>
        <translation>Concord Desktop</translation>
    </message>
    <message>
        <source>Record types</source>
        <translation>Datensatztypen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Concord Desktop</source>
        <translation>Ü&amp;ber Concord Desktop</translation>
    </message>
    <message>
        <source>Welcome to Concord Desktop</source>
        <translation>Willkommen bei Concord Desktop</translation>
    </message>
    <message>
        <source>No account is set up yet. Start with --demo to try Concord Desktop on demo data.</source>
        <translation>Es ist noch kein Konto eingerichtet. Starten Sie mit --demo, um Concord Desktop mit Demodaten auszuprobieren.</translation>
    </message>
    <message>
        <source>Concord Desktop — Demo</source>
        <translation>Concord Desktop — Demo</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Could not load the list</source>
        <translation>Die Liste konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Records added in Concord CRM will show up here.</source>
        <translation>Datensätze, die in Concord CRM angelegt werden, erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>About Concord Desktop</source>
        <translation>Über Concord Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Concord Desktop %1&lt;/h3&gt;&lt;p&gt;A native desktop client for Concord CRM.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord Desktop %1&lt;/h3&gt;&lt;p&gt;Ein nativer Desktop-Client für Concord CRM.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The access token was rejected</source>
        <translation>Das Zugriffstoken wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1: too many requests, paused briefly</source>
        <translation>%1: zu viele Anfragen, kurz pausiert</translation>
    </message>
    <message>
        <source>%1: access token rejected</source>
        <translation>%1: Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation>Versuchen Sie es mit weniger oder anderen Suchbegriffen.</translation>
    </message>
    <message>
        <source>API requests left: %1 of %2</source>
        <translation>Verbleibende API-Anfragen: %1 von %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Load All Rows</source>
        <translation>Alle &amp;Zeilen laden</translation>
    </message>
    <message>
        <source>Load every row of this list in the background</source>
        <translation>Alle Zeilen dieser Liste im Hintergrund laden</translation>
    </message>
    <message>
        <source>Loading all: %p%</source>
        <translation>Alles wird geladen: %p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation>Laden abbrechen; bereits geladene Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Suchen (%1)</translation>
    </message>
    <message>
        <source>Search &amp;Everywhere…</source>
        <translation>&amp;Überall suchen…</translation>
    </message>
</context>
<context>
    <name>Concord::MemorySecretStore</name>
    <message>
        <source>In memory (demo, forgotten on exit)</source>
        <translation>Im Arbeitsspeicher (Demo, wird beim Beenden vergessen)</translation>
    </message>
</context>
<context>
    <name>Concord::NavigatorEntry</name>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen …</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Loading companies…</source>
        <translation>Unternehmen werden geladen …</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Noch keine Unternehmen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Loading deals…</source>
        <translation>Deals werden geladen …</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Noch keine Deals</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Loading activities…</source>
        <translation>Aktivitäten werden geladen …</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Noch keine Aktivitäten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Produkte werden geladen …</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Concord::RecordDetailPane</name>
    <message>
        <source>Select a record to see its details</source>
        <translation>Wählen Sie einen Datensatz aus, um die Details anzuzeigen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>This record could not be loaded</source>
        <translation>Dieser Datensatz konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation>%1 (erledigt)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Concord::RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Concord::SecretJob</name>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>Für dieses Konto ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Es ist kein Schlüsselbund-Dienst verfügbar. Installieren und starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Access to the stored secret was denied.</source>
        <translation>Der Zugriff auf das gespeicherte Geheimnis wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked and waiting for its password.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Möglicherweise ist er gesperrt und wartet auf sein Passwort.</translation>
    </message>
    <message>
        <source>The secret could not be read or stored.</source>
        <translation>Das Geheimnis konnte nicht gelesen oder gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native desktop client for Concord CRM.</source>
        <translation>Ein nativer Desktop-Client für Concord CRM.</translation>
    </message>
    <message>
        <source>Try the program on demo data from a built-in server.</source>
        <translation>Das Programm mit Demodaten eines eingebauten Servers ausprobieren.</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
