<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Concord::Account</name>
    <message>
        <source>No access token is stored for %1. Enter one to sign in.</source>
        <translation>Für %1 ist kein Zugriffstoken gespeichert. Geben Sie eines ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The server rejected the access token of %1. Enter a new one; the work waiting for it is kept and goes on afterwards.</source>
        <translation>Der Server hat das Zugriffstoken von %1 abgelehnt. Geben Sie ein neues ein; die darauf wartenden Vorgänge bleiben erhalten und werden anschließend fortgesetzt.</translation>
    </message>
</context>
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
    <name>Concord::AppController</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The access token is stored unencrypted</source>
        <translation>Das Zugriffstoken ist unverschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Set Up an Account…</source>
        <translation>Konto &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Edit This Account…</source>
        <translation>Dieses Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Enter a New Access &amp;Token…</source>
        <translation>Neues &amp;Zugriffstoken eingeben…</translation>
    </message>
    <message>
        <source>&amp;Remove This Account…</source>
        <translation>Dieses Konto ent&amp;fernen…</translation>
    </message>
    <message>
        <source>No account is set up yet. Connect to your Concord server with an access token.</source>
        <translation>Es ist noch kein Konto eingerichtet. Verbinden Sie sich mit einem Zugriffstoken mit Ihrem Concord-Server.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The access token of %1 could not be read: %2 Nothing was deleted.</source>
        <translation>Das Zugriffstoken von %1 konnte nicht gelesen werden: %2 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1” from this computer?

Its access token is deleted from %2 and its local data from this computer. Nothing on the server changes; you can set the account up again later.</source>
        <translation>Das Konto „%1“ von diesem Computer entfernen?

Sein Zugriffstoken wird gelöscht (Speicherort: %2), seine lokalen Daten werden von diesem Computer entfernt. Auf dem Server ändert sich nichts; Sie können das Konto später erneut einrichten.</translation>
    </message>
    <message>
        <source>The account was removed, but its access token could not be deleted from %1: %2 You can delete the entry “%3” there yourself.</source>
        <translation>Das Konto wurde entfernt, sein Zugriffstoken konnte jedoch nicht gelöscht werden (Speicherort: %1): %2 Sie können den Eintrag „%3“ dort selbst löschen.</translation>
    </message>
</context>
<context>
    <name>Concord::ChangeQueue</name>
    <message>
        <source>the created record came back without an id</source>
        <translation>der angelegte Datensatz wurde ohne ID zurückgegeben</translation>
    </message>
</context>
<context>
    <name>Concord::CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Concord Desktop asks the server whose token this is.</source>
        <translation>Concord Desktop fragt beim Server nach, wem dieses Zugriffstoken gehört.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>The stored token cannot be read: its store is not available. Go back and enter a token.</source>
        <translation>Das gespeicherte Zugriffstoken kann nicht gelesen werden: Sein Speicherort ist nicht verfügbar. Gehen Sie zurück und geben Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The stored token could not be read: %1 Go back and enter a token.</source>
        <translation>Das gespeicherte Zugriffstoken konnte nicht gelesen werden: %1 Gehen Sie zurück und geben Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>es ist leer.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>no e-mail known</source>
        <translation>keine E-Mail-Adresse bekannt</translation>
    </message>
    <message>
        <source>This token belongs to %1 (%2), but “%3” is the account of %4 (%5). Enter a token of %4, or set up a separate account for %1.</source>
        <translation>Dieses Zugriffstoken gehört %1 (%2), „%3“ ist aber das Konto von %4 (%5). Geben Sie ein Zugriffstoken von %4 ein oder richten Sie für %1 ein eigenes Konto ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>Concord::CheckboxEditor</name>
    <message>
        <source>No options</source>
        <translation>Keine Optionen</translation>
    </message>
</context>
<context>
    <name>Concord::Chip</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Concord::ChipInput</name>
    <message>
        <source>Type to search…</source>
        <translation>Suchbegriff eingeben…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
</context>
<context>
    <name>Concord::ChipsEditor</name>
    <message>
        <source>Could not load the choices</source>
        <translation>Die Auswahlmöglichkeiten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a record known only by its id</comment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>Concord::ColorSwatchEditor</name>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Emerald</source>
        <translation>Smaragdgrün</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Schiefergrau</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No color</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Custom color</source>
        <translation>Eigene Farbe</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <source>Choose any color</source>
        <translation>Beliebige Farbe auswählen</translation>
    </message>
    <message>
        <source>Custom color %1</source>
        <translation>Eigene Farbe %1</translation>
    </message>
    <message>
        <source>%1: Custom Color</source>
        <translation>%1: Eigene Farbe</translation>
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
    <name>Concord::ConnectionCheck</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>A Concord server answers at this address.</source>
        <translation>Unter dieser Adresse antwortet ein Concord-Server.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection. (%1)</source>
        <translation>Der Server ist nicht erreichbar. Bitte prüfen Sie die Adresse und Ihre Netzwerkverbindung. (%1)</translation>
    </message>
    <message>
        <source>Something answers at this address, but it has no Concord API. Check the address: use the one you open Concord with in your browser.</source>
        <translation>Unter dieser Adresse antwortet zwar etwas, aber ohne Concord-API. Bitte prüfen Sie die Adresse: Verwenden Sie die Adresse, mit der Sie Concord in Ihrem Browser öffnen.</translation>
    </message>
    <message>
        <source>The server at this address does not answer like Concord CRM. Check the address. (%1)</source>
        <translation>Der Server unter dieser Adresse antwortet nicht wie Concord CRM. Bitte prüfen Sie die Adresse. (%1)</translation>
    </message>
    <message>
        <source>The server rejected this access token: it is mistyped, was revoked or belongs to another server. Create a new one and paste it again.</source>
        <translation>Der Server hat dieses Zugriffstoken abgelehnt: Es ist falsch eingegeben, wurde widerrufen oder gehört zu einem anderen Server. Erstellen Sie ein neues und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The token is valid, but its user may not use the API. Ask an administrator to grant the &quot;API access&quot; permission. (%1)</source>
        <translation>Das Zugriffstoken ist gültig, aber sein Benutzer darf die API nicht verwenden. Bitten Sie einen Administrator, die Berechtigung „API access“ zu erteilen. (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer. Compare its fingerprint with the one your administrator gives you before trusting it.</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Servers nicht. Vergleichen Sie dessen Fingerabdruck mit dem, den Ihnen Ihr Administrator nennt, bevor Sie dem Zertifikat vertrauen.</translation>
    </message>
</context>
<context>
    <name>Concord::DateTimeInput</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
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
    <name>Concord::FieldValidator</name>
    <message>
        <source>The selected %1 is invalid.</source>
        <translation>Der gewählte Wert für %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The %1 field must be a string.</source>
        <translation>Das Feld %1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The %1 field must not be greater than %2 characters.</source>
        <translation>Das Feld %1 darf nicht mehr als %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>The %1 field must be a valid email address.</source>
        <translation>Das Feld %1 muss eine gültige E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>The %1 field must be a valid URL.</source>
        <translation>Das Feld %1 muss eine gültige URL sein.</translation>
    </message>
    <message>
        <source>The %1 field must be a valid hexadecimal color.</source>
        <translation>Das Feld %1 muss eine gültige Hexadezimalfarbe sein.</translation>
    </message>
    <message>
        <source>The %1 field must be a valid timezone.</source>
        <translation>Das Feld %1 muss eine gültige Zeitzone sein.</translation>
    </message>
    <message>
        <source>The %1 field must be an integer.</source>
        <translation>Das Feld %1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The %1 field must be a number.</source>
        <translation>Das Feld %1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The %1 field must have 0-%2 decimal places.</source>
        <translation>Das Feld %1 muss 0–%2 Dezimalstellen haben.</translation>
    </message>
    <message>
        <source>The %1 field must not be greater than %2.</source>
        <translation>Das Feld %1 darf nicht größer als %2 sein.</translation>
    </message>
    <message>
        <source>The %1 field must be true or false.</source>
        <translation>Das Feld %1 muss wahr oder falsch sein.</translation>
    </message>
    <message>
        <source>The %1 field must be a valid date.</source>
        <translation>Das Feld %1 muss ein gültiges Datum sein.</translation>
    </message>
    <message>
        <source>The %1 field must be an array.</source>
        <translation>Das Feld %1 muss ein Array sein.</translation>
    </message>
    <message>
        <source>The selected type is invalid.</source>
        <translation>Der gewählte Typ ist ungültig.</translation>
    </message>
    <message>
        <source>The %1 field is required.</source>
        <translation>Das Feld %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The %1 field must have a value.</source>
        <translation>Das Feld %1 muss ausgefüllt sein.</translation>
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
    <name>Concord::FinishPage</name>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Name the account. Finish keeps its token safe and saves it.</source>
        <translation>Geben Sie dem Konto einen Namen. „Abschließen“ legt das Zugriffstoken sicher ab und speichert das Konto.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Keep the token in an unencrypted &amp;file instead</source>
        <translation>Zugriffstoken stattdessen in einer unverschlüsselten &amp;Datei speichern</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>Geben Sie einen Namen für das Konto ein.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”. Choose another name.</source>
        <translation>Es gibt bereits ein Konto mit dem Namen „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2)</source>
        <translation>Angemeldet als: %1 (%2)</translation>
    </message>
    <message>
        <source>Unencrypted http:// allowed by you</source>
        <translation>Unverschlüsseltes http:// von Ihnen erlaubt</translation>
    </message>
    <message>
        <source>Certificate trusted by you: SHA-256 %1</source>
        <translation>Von Ihnen als vertrauenswürdig eingestuftes Zertifikat: SHA-256 %1</translation>
    </message>
    <message>
        <source>Token: the stored token is kept</source>
        <translation>Zugriffstoken: Das gespeicherte Zugriffstoken wird beibehalten</translation>
    </message>
    <message>
        <source>Token kept in: %1</source>
        <translation>Zugriffstoken gespeichert in: %1</translation>
    </message>
    <message>
        <source>There is no place to keep the token. The account was not saved.</source>
        <translation>Es ist kein Speicherort für das Zugriffstoken verfügbar. Das Konto wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Storing the token…</source>
        <translation>Zugriffstoken wird gespeichert …</translation>
    </message>
    <message>
        <source>The token read back differs from the one just written.</source>
        <translation>Das zurückgelesene Zugriffstoken weicht von dem soeben geschriebenen ab.</translation>
    </message>
    <message>
        <source>The account could not be written to %1. Check that the folder is writable.</source>
        <translation>Das Konto konnte nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The token could not be stored: %1 The account was not saved.</source>
        <translation>Das Zugriffstoken konnte nicht gespeichert werden: %1 Das Konto wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Install a keychain service and start it: gnome-keyring on GNOME and most other desktops, KWallet on KDE Plasma. Then sign out and in again, and press Finish once more.</source>
        <translation>Installieren und starten Sie einen Schlüsselbund-Dienst: GNOME-Schlüsselbund (gnome-keyring) unter GNOME und den meisten anderen Desktops, KWallet unter KDE Plasma. Melden Sie sich dann ab und wieder an und klicken Sie erneut auf „Abschließen“.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked and waiting for its password in another window: unlock it and press Finish again. If no keychain is installed: %1</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Möglicherweise ist er gesperrt und wartet in einem anderen Fenster auf sein Passwort: Entsperren Sie ihn und klicken Sie erneut auf „Abschließen“. Falls kein Schlüsselbund installiert ist: %1</translation>
    </message>
    <message>
        <source>The keychain refused to keep the token. Allow Concord Desktop to use it when it asks, and press Finish again.</source>
        <translation>Der Schlüsselbund hat das Speichern des Zugriffstokens verweigert. Erlauben Sie Concord Desktop den Zugriff, wenn Sie danach gefragt werden, und klicken Sie erneut auf „Abschließen“.</translation>
    </message>
    <message>
        <source>No keychain service answered, so the token cannot be kept safely. %1</source>
        <translation>Kein Schlüsselbund-Dienst hat geantwortet, daher kann das Zugriffstoken nicht sicher gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <source>Without a keychain, the token can be kept in the file %1. It is NOT encrypted: the file is private to your user account, but anyone who can read your files — another administrator, a backup, a program you run — can read the token and act as you in Concord.</source>
        <translation>Ohne Schlüsselbund kann das Zugriffstoken in der Datei %1 gespeichert werden. Es ist NICHT verschlüsselt: Die Datei ist nur für Ihr Benutzerkonto lesbar, aber wer Ihre Dateien lesen kann – ein anderer Administrator, eine Datensicherung, ein von Ihnen gestartetes Programm –, kann das Zugriffstoken lesen und in Concord in Ihrem Namen handeln.</translation>
    </message>
    <message>
        <source>The account was not saved.</source>
        <translation>Das Konto wurde nicht gespeichert.</translation>
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
    <name>Concord::IssueTokenJob</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
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
    <name>Concord::LineEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
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
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>No account is set up yet. Choose Account ▸ Set Up an Account…, or start the program with --demo to try it on demo data.</source>
        <translation>Es ist noch kein Konto eingerichtet. Wählen Sie Konto ▸ Konto einrichten… oder starten Sie das Programm mit --demo, um es mit Demodaten auszuprobieren.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>The record could not be deleted: %1</source>
        <translation>Der Datensatz konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>%1 &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Edit %1…</source>
        <translation>%1 &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>%1 &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? It moves to the trash on the server.</source>
        <translation>„%1“ löschen? Der Datensatz wird auf dem Server in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
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
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
</context>
<context>
    <name>Concord::PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Art der Telefonnummer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
</context>
<context>
    <name>Concord::PhonesEditor</name>
    <message>
        <source>Add phone</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
</context>
<context>
    <name>Concord::RadioEditor</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Auswahl für %1 aufheben</translation>
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
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>Concord::RecordEditorDialog</name>
    <message>
        <source>Edit Record</source>
        <translation>Datensatz bearbeiten</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>Formular wird geladen …</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The form could not be loaded: %1</source>
        <translation>Das Formular konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Delete this record? It moves to the trash on the server.</source>
        <translation>Diesen Datensatz löschen? Er wird auf dem Server in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>The server did not accept the marked fields.</source>
        <translation>Der Server hat die markierten Felder nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Not saved yet: %1 The change is kept and sent again automatically; you may close this window.</source>
        <translation>Noch nicht gespeichert: %1 Die Änderung bleibt erhalten und wird automatisch erneut gesendet; Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Dieser Datensatz enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
</context>
<context>
    <name>Concord::RecordForm</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
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
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 was not changed to “%2”: %3</source>
        <translation>%1 wurde nicht in „%2“ geändert: %3</translation>
    </message>
    <message>
        <source>%1
(not saved yet)</source>
        <translation>%1
(noch nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>Concord::SearchableCombo</name>
    <message>
        <source>#%1</source>
        <comment>a record known only by its id</comment>
        <translation>#%1</translation>
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
    <name>Concord::SelectEditor</name>
    <message>
        <source>Could not load the choices</source>
        <translation>Die Auswahlmöglichkeiten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>Concord::ServerPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Enter the address you open Concord CRM with in your web browser.</source>
        <translation>Geben Sie die Adresse ein, mit der Sie Concord CRM in Ihrem Webbrowser öffnen.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>https://crm.example.com</source>
        <translation>https://crm.example.com</translation>
    </message>
    <message>
        <source>&amp;Allow unencrypted http:// to this server</source>
        <translation>&amp;Unverschlüsseltes http:// zu diesem Server erlauben</translation>
    </message>
    <message>
        <source>Without https://, your access token and everything you read or change travel unencrypted: anyone on the network between you and the server can read them, and can use the token to act as you. Use this only on a network you fully trust, and ask your administrator to set up https://.</source>
        <translation>Ohne https:// werden Ihr Zugriffstoken und alles, was Sie lesen oder ändern, unverschlüsselt übertragen: Jeder im Netzwerk zwischen Ihnen und dem Server kann diese Daten mitlesen und mit dem Zugriffstoken in Ihrem Namen handeln. Verwenden Sie diese Option nur in einem Netzwerk, dem Sie voll vertrauen, und bitten Sie Ihren Administrator, https:// einzurichten.</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Ask your administrator for the certificate&apos;s SHA-256 fingerprint and compare it with the one below, pair by pair. If they differ, stop here: someone may be intercepting the connection.</source>
        <translation>Fragen Sie Ihren Administrator nach dem SHA-256-Fingerabdruck des Zertifikats und vergleichen Sie ihn Zeichenpaar für Zeichenpaar mit dem unten angezeigten. Wenn sie sich unterscheiden, brechen Sie hier ab: Möglicherweise hört jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>I &amp;compared this fingerprint with the one my administrator gave me
and trust this certificate</source>
        <translation>Ich habe diesen Fingerabdruck mit dem von meinem Administrator erhaltenen &amp;verglichen
und vertraue diesem Zertifikat</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>This address uses unencrypted http:// to another computer. Use https:// if the server offers it, or tick “%1” if you accept the risk.</source>
        <translation>Diese Adresse verwendet unverschlüsseltes http:// zu einem anderen Computer. Verwenden Sie https://, wenn der Server es anbietet, oder aktivieren Sie „%1“, wenn Sie das Risiko in Kauf nehmen.</translation>
    </message>
    <message>
        <source>Press Next to see the certificate the server presents now, and trust it only if your administrator confirms its fingerprint.</source>
        <translation>Klicken Sie auf „Weiter“, um das Zertifikat anzuzeigen, das der Server jetzt vorlegt, und vertrauen Sie ihm nur, wenn Ihr Administrator den Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1 (noch nicht gültig)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>Concord::ServerUrl</name>
    <message>
        <source>Enter the address of your Concord server, such as https://crm.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Concord-Servers ein, zum Beispiel https://crm.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter it like https://crm.example.com.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie sie in der Form https://crm.example.com ein.</translation>
    </message>
    <message>
        <source>Concord is reached over https:// (or http:// on this computer), not %1://.</source>
        <translation>Concord wird über https:// erreicht (oder über http:// auf diesem Computer), nicht über %1://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the access token signs you in.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Adresse weg; die Anmeldung erfolgt über das Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>Concord::SetupWizard</name>
    <message>
        <source>Enter a New Access Token</source>
        <translation>Neues Zugriffstoken eingeben</translation>
    </message>
    <message>
        <source>Set Up an Account</source>
        <translation>Konto einrichten</translation>
    </message>
</context>
<context>
    <name>Concord::TimezoneEditor</name>
    <message>
        <source>%1 (%2)</source>
        <comment>timezone (offset from UTC)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Concord::TokenPage</name>
    <message>
        <source>Access Token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Concord Desktop signs in to the server with a personal access token.</source>
        <translation>Concord Desktop meldet sich mit einem persönlichen Zugriffstoken beim Server an.</translation>
    </message>
    <message>
        <source>&amp;Paste a token created in Concord&apos;s web interface</source>
        <translation>In der Weboberfläche von Concord erstelltes Zugriffstoken &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Sign in with e-mail and password to have a token issued</source>
        <translation>Mit E-Mail und Passwort &amp;anmelden und ein Zugriffstoken ausstellen lassen</translation>
    </message>
    <message>
        <source>To create a token, sign in to Concord in your web browser, open the profile menu (your name at the bottom of the sidebar) and choose “Personal Access Tokens”. Create a token and copy it: Concord shows it only once.</source>
        <translation>Um ein Zugriffstoken zu erstellen, melden Sie sich in Ihrem Webbrowser bei Concord an, öffnen das Profilmenü (Ihr Name unten in der Seitenleiste) und wählen „Personal Access Tokens“. Erstellen Sie ein Token und kopieren Sie es: Concord zeigt es nur ein einziges Mal an.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>This does not look like a Concord access token, which is a number, a “|” and 40 or 48 letters and digits. It will be tried anyway: the next page tells whether the server accepts it.</source>
        <translation>Das sieht nicht wie ein Concord-Zugriffstoken aus; ein solches besteht aus einer Zahl, einem „|“ und 40 oder 48 Buchstaben und Ziffern. Es wird trotzdem ausprobiert: Die nächste Seite zeigt, ob der Server es akzeptiert.</translation>
    </message>
    <message>
        <source>The server issues a token for this computer. Your password is sent once, to sign in, and is not stored anywhere.</source>
        <translation>Der Server stellt ein Zugriffstoken für diesen Computer aus. Ihr Passwort wird nur einmal zur Anmeldung gesendet und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <source>The token&apos;s name in Concord: it tells you later which computer uses it.</source>
        <translation>Der Name des Zugriffstokens in Concord: Daran erkennen Sie später, welcher Computer es verwendet.</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>%1 in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Zugriffstoken hier einfügen</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Zugriffstoken beizubehalten</translation>
    </message>
    <message>
        <source>Paste the new token here</source>
        <translation>Neues Zugriffstoken hier einfügen</translation>
    </message>
    <message>
        <source>The server no longer accepts the token of “%1”. Enter a new one.</source>
        <translation>Der Server akzeptiert das Zugriffstoken von „%1“ nicht mehr. Geben Sie ein neues ein.</translation>
    </message>
    <message>
        <source>The server no longer accepts the token of “%1”. Enter a new token of %2.</source>
        <translation>Der Server akzeptiert das Zugriffstoken von „%1“ nicht mehr. Geben Sie ein neues Zugriffstoken von %2 ein.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Zugriffstoken ausblenden</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Zugriffstoken einblenden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Signed in. The server issued a token named “%1” for this computer.</source>
        <translation>Angemeldet. Der Server hat für diesen Computer ein Zugriffstoken mit dem Namen „%1“ ausgestellt.</translation>
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
    <message>
        <source>Open the saved account NAME.</source>
        <translation>Das gespeicherte Konto NAME öffnen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
</TS>
