<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Concord::ApiJob</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) instead of data. Check the server address.</source>
        <translation>Der Server hat mit einer Weiterleitung (HTTP %1) statt mit Daten geantwortet. Bitte prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not accept the access token (HTTP 401).</source>
        <translation>Der Server hat das Zugriffstoken nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>Access denied (HTTP 403).</source>
        <translation>Zugriff verweigert (HTTP 403).</translation>
    </message>
    <message>
        <source>Access denied (HTTP 403): %1</source>
        <translation>Zugriff verweigert (HTTP 403): %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404). Check the server address.</source>
        <translation>Nicht gefunden (HTTP 404). Bitte prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Try again in a minute.</source>
        <translation>Zu viele Anfragen (HTTP 429). Bitte versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>Der Server hat einen Fehler gemeldet (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1): %2</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON. Is this the address of a Concord CRM server?</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON. Ist das die Adresse eines Concord-CRM-Servers?</translation>
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
</context>
<context>
    <name>Concord::RecordListModel</name>
    <message>
        <source>The server sent a list without the expected paging information.</source>
        <translation>Der Server hat eine Liste ohne die erwarteten Seiteninformationen gesendet.</translation>
    </message>
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
