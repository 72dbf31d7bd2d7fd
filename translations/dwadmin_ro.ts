<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>MapEditorTasks</name>
    <message>
        <source>A map named &quot;%1&quot; was created meanwhile.</source>
        <translation>Între timp a fost creată o mapare numită „%1”.</translation>
    </message>
    <message>
        <source>The map was started while it was edited; stop it and save again.</source>
        <translation>Maparea a fost pornită în timp ce era editată; opriți-o și salvați din nou.</translation>
    </message>
</context>
<context>
    <name>MapServingText</name>
    <message>
        <source>This console</source>
        <comment>the map is served by this very program</comment>
        <translation>Această consolă</translation>
    </message>
    <message>
        <source>No worker serves the map.</source>
        <translation>Niciun proces de lucru nu deservește maparea.</translation>
    </message>
    <message numerus="yes">
        <source>Served by this console (%1) since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Deservită de această consolă (%1) începând cu %2; ultimul semnal de activitate: acum %n secundă.</numerusform>
            <numerusform>Deservită de această consolă (%1) începând cu %2; ultimul semnal de activitate: acum %n secunde.</numerusform>
            <numerusform>Deservită de această consolă (%1) începând cu %2; ultimul semnal de activitate: acum %n de secunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Deservită de %1 începând cu %2; ultimul semnal de activitate: acum %n secundă.</numerusform>
            <numerusform>Deservită de %1 începând cu %2; ultimul semnal de activitate: acum %n secunde.</numerusform>
            <numerusform>Deservită de %1 începând cu %2; ultimul semnal de activitate: acum %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not served: the lease of %1 expired at %2 (last heartbeat at %3); the worker is presumed gone.</source>
        <extracomment>%1 worker name, %2 date and time the lease expired, %3 of the last heartbeat</extracomment>
        <translation>Nedeservită: închirierea procesului de lucru %1 a expirat la %2 (ultimul semnal de activitate la %3); se presupune că procesul de lucru nu mai există.</translation>
    </message>
    <message>
        <source>Not served: %1 ran on this machine and its process has ended (last heartbeat at %2); the worker is gone.</source>
        <extracomment>%1 worker name, %2 date and time of its last heartbeat</extracomment>
        <translation>Nedeservită: %1 rula pe acest computer, iar procesul său s-a încheiat (ultimul semnal de activitate la %2); procesul de lucru nu mai există.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvare</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
</context>
<context>
    <name>ValueMapJson</name>
    <message>
        <source>expected &apos;{&apos; to start the value map</source>
        <translation>se așteaptă „{” la începutul mapării de valori</translation>
    </message>
    <message>
        <source>expected a source value in double quotes</source>
        <translation>se așteaptă o valoare sursă între ghilimele duble</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the source value</source>
        <translation>se așteaptă „:” după valoarea sursă</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the target value</source>
        <translation>se așteaptă „,” sau „}” după valoarea țintă</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>text neașteptat după „}” de închidere</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <extracomment>%1 is a 1-based character position, %2 what is wrong there</extracomment>
        <translation>Poziția %1: %2</translation>
    </message>
    <message>
        <source>a line break or control character must be written as an escape such as \n</source>
        <translation>o întrerupere de rând sau un caracter de control trebuie scris ca secvență escape, de exemplu \n</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote is missing</source>
        <translation>șir neterminat: lipsesc ghilimelele de închidere</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secvență escape nevalidă</translation>
    </message>
    <message>
        <source>a target value must be text, a number, true or false</source>
        <translation>o valoare țintă trebuie să fie text, un număr, true sau false</translation>
    </message>
    <message>
        <source>null is not a target value; write &quot;&quot; for empty text</source>
        <translation>null nu este o valoare țintă; scrieți &quot;&quot; pentru text gol</translation>
    </message>
    <message>
        <source>expected a target value</source>
        <translation>se așteaptă o valoare țintă</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value; put text in double quotes</source>
        <translation>„%1” nu este o valoare; puneți textul între ghilimele duble</translation>
    </message>
</context>
<context>
    <name>dw::ActivityLogPage</name>
    <message>
        <source>M&amp;ap:</source>
        <translation>M&amp;apare:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <comment>kind of activity log entry</comment>
        <translation>&amp;Eveniment:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Peri&amp;oadă:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <comment>time</comment>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>time</comment>
        <translation>Până &amp;la:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Găsire:</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Toate mapările</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Mapare</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Toate evenimentele</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>kind of activity log entry</comment>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima oră</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultimele 24 de ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toată perioada</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>time range chosen by hand</comment>
        <translation>Particularizată</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower time bound</comment>
        <translation>Oricând</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>no upper time bound</comment>
        <translation>Acum</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Intrări de la</translation>
    </message>
    <message>
        <source>Entries before</source>
        <translation>Intrări dinainte de</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Text din mesaj</translation>
    </message>
    <message>
        <source>Find in the activity log</source>
        <translation>Găsire în jurnalul de activitate</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Jurnal de activitate</translation>
    </message>
    <message>
        <source>Double-click an entry, or press Enter, to open its run; an entry that belongs to no run opens its map.</source>
        <translation>Faceți dublu clic pe o intrare sau apăsați Enter pentru a-i deschide rularea; o intrare care nu aparține niciunei rulări își deschide maparea.</translation>
    </message>
    <message>
        <source>Show &amp;run</source>
        <translation>Afișare &amp;rulare</translation>
    </message>
    <message>
        <source>Open the current entry&apos;s run on the Runs page (Enter or double-click)</source>
        <translation>Deschideți rularea intrării curente în pagina Rulări (Enter sau dublu clic)</translation>
    </message>
    <message>
        <source>Show ma&amp;p</source>
        <translation>Afișare ma&amp;pare</translation>
    </message>
    <message>
        <source>Select the current entry&apos;s map on the Table maps page</source>
        <translation>Selectați maparea intrării curente în pagina Mapări de tabel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the activity log</comment>
        <translation>Reîmprospătare</translation>
    </message>
    <message>
        <source>Read the activity log again</source>
        <translation>Citiți din nou jurnalul de activitate</translation>
    </message>
    <message>
        <source>Counting the entries…</source>
        <translation>Se numără intrările…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter.</source>
        <translation>
            <numerusform>%n intrare corespunde filtrului.</numerusform>
            <numerusform>%n intrări corespund filtrului.</numerusform>
            <numerusform>%n de intrări corespund filtrului.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>activity log entry kind</comment>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>activity log message</comment>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>The entry is about the whole workspace or a map that has since been deleted.</source>
        <translation>Intrarea se referă la întregul spațiu de lucru sau la o mapare care a fost ștearsă între timp.</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of an activity log entry</comment>
        <translation>Mapare</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>number of the run an activity log entry belongs to</comment>
        <translation>Rulare</translation>
    </message>
</context>
<context>
    <name>dw::AlertRuleModel</name>
    <message>
        <source>Any error</source>
        <comment>alert rule error class</comment>
        <translation>Orice eroare</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Notificare</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Întreruperea mapării</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Oprirea mapării</translation>
    </message>
    <message>
        <source>Errors of class</source>
        <translation>Erori din clasa</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>number of errors that triggers an alert</comment>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>În câte minute</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what an alert rule does</comment>
        <translation>Acțiune</translation>
    </message>
</context>
<context>
    <name>dw::EditReplayDialog</name>
    <message>
        <source>Edit and replay %1</source>
        <extracomment>%1 is the record&apos;s business key.</extracomment>
        <translation>Editare și retrimitere pentru %1</translation>
    </message>
    <message>
        <source>Correct the values in the %1 table %2, then send the record to %3 again. The row is changed in %1 itself.</source>
        <extracomment>%1 source side, %2 source table, %3 target side.</extracomment>
        <translation>Corectați valorile din tabelul %2 din %1, apoi trimiteți din nou înregistrarea în %3. Rândul este modificat chiar în %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <source>A key field: changing it would make another record.</source>
        <translation>Câmp cheie: modificarea lui ar crea o altă înregistrare.</translation>
    </message>
    <message>
        <source>Written to %1 as %2</source>
        <extracomment>%1 the target side, %2 the value written there.</extracomment>
        <translation>Se scrie în %1 ca %2</translation>
    </message>
    <message>
        <source>Save and &amp;retry</source>
        <translation>Salvare și &amp;reîncercare</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentSection</name>
    <message>
        <source>&amp;Browse…</source>
        <comment>choose a database file</comment>
        <translation>&amp;Răsfoire…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testare conexiune</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fișier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL (driver not installed)</source>
        <translation>PostgreSQL (driverul nu este instalat)</translation>
    </message>
    <message>
        <source>Path of the environment&apos;s database file</source>
        <translation>Calea fișierului bazei de date a mediului</translation>
    </message>
    <message>
        <source>Dri&amp;ver:</source>
        <comment>database driver</comment>
        <translation>Dri&amp;ver:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <comment>database file</comment>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <comment>database server</comment>
        <translation>&amp;Gazdă:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <comment>database server port</comment>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <comment>database name on the server</comment>
        <translation>&amp;Bază de date:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <comment>database user name</comment>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Paro&amp;lă:</translation>
    </message>
    <message>
        <source>Choose the database file of the %1 environment.</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Alegeți fișierul bazei de date a mediului %1.</translation>
    </message>
    <message>
        <source>Give the host and the database of the %1 environment.</source>
        <translation>Indicați gazda și baza de date a mediului %1.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Se testează conexiunea…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n table(s) found.</source>
        <translation>
            <numerusform>Conectat: s-a găsit %n tabel.</numerusform>
            <numerusform>Conectat: s-au găsit %n tabele.</numerusform>
            <numerusform>Conectat: s-au găsit %n de tabele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Nu se poate realiza conexiunea: %1</translation>
    </message>
    <message>
        <source>Database file of the %1 environment</source>
        <translation>Fișierul bazei de date a mediului %1</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Baze de date SQLite (*.db *.sqlite *.sqlite3);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Kept for this session only; never written to disk</source>
        <translation>Păstrată doar pentru această sesiune; nu se scrie niciodată pe disc</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>Medii</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the environments</comment>
        <translation>&amp;Salvare</translation>
    </message>
    <message>
        <source>&amp;Dataverse</source>
        <translation>&amp;Dataverse</translation>
    </message>
    <message>
        <source>&amp;Finance</source>
        <translation>Fi&amp;nanțe</translation>
    </message>
    <message>
        <source>Reading the environments…</source>
        <translation>Se citesc mediile…</translation>
    </message>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation>Nu se pot citi mediile: %1</translation>
    </message>
    <message>
        <source>Saving the environments…</source>
        <translation>Se salvează mediile…</translation>
    </message>
    <message>
        <source>The environments could not be saved: %1</source>
        <translation>Mediile nu au putut fi salvate: %1</translation>
    </message>
</context>
<context>
    <name>dw::FieldMappingModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW202, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Finanțe → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finanțe</translation>
    </message>
    <message>
        <source>Both ways</source>
        <comment>field mapping direction</comment>
        <translation>În ambele sensuri</translation>
    </message>
    <message>
        <source>Default: (none)</source>
        <comment>default value transform without value</comment>
        <translation>Implicit: (niciuna)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <comment>default value transform</comment>
        <translation>Implicit: %1</translation>
    </message>
    <message>
        <source>Constant: (none)</source>
        <comment>constant transform without value</comment>
        <translation>Constantă: (niciuna)</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <comment>constant transform</comment>
        <translation>Constantă: %1</translation>
    </message>
    <message numerus="yes">
        <source>Value map (%n mapping(s))</source>
        <translation>
            <numerusform>Mapare de valori (%n intrare)</numerusform>
            <numerusform>Mapare de valori (%n intrări)</numerusform>
            <numerusform>Mapare de valori (%n de intrări)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>%1 table, %2 key column matched with the source value, %3 column written to the target</extracomment>
        <translation>Căutare: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Câmp Finanțe</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>column of the field mappings; header kept short</comment>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Câmp Dataverse</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformare</translation>
    </message>
</context>
<context>
    <name>dw::FieldMappingsEditor</name>
    <message>
        <source>Type: %1</source>
        <extracomment>%1 a column type id such as text or integer</extracomment>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mapări de câmpuri</translation>
    </message>
    <message>
        <source>Add field mapping</source>
        <translation>Adăugare mapare de câmp</translation>
    </message>
    <message>
        <source>Remove field mapping</source>
        <translation>Eliminare mapare de câmp</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformare</translation>
    </message>
    <message>
        <source>Transform of row %1: %2 %3 %4</source>
        <extracomment>%1 row number, %2 Finance field, %3 direction symbol, %4 Dataverse field</extracomment>
        <translation>Transformarea rândului %1: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationDiagram</name>
    <message>
        <source>never</source>
        <comment>a map that has not run yet</comment>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>Project Operations</source>
        <comment>what runs on the Dataverse side</comment>
        <translation>Project Operations</translation>
    </message>
    <message>
        <source>Dynamics 365 Finance</source>
        <translation>Dynamics 365 Finanțe</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Prezentare generală a integrării</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 map name, %2 component name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dataverse table %1, Finance table %2: %3</source>
        <extracomment>%1 Dataverse table, %2 Finance table, %3 direction such as &quot;Dataverse → Finance&quot;</extracomment>
        <translation>Tabelul Dataverse %1, tabelul Finanțe %2: %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stare: %1</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Stare: %1 — %2</translation>
    </message>
    <message>
        <source>Queued: not known, the queues could not be counted</source>
        <translation>În coadă: necunoscut, cozile nu au putut fi numărate</translation>
    </message>
    <message>
        <source>Queued: none, the map does not capture changes</source>
        <translation>În coadă: niciuna, maparea nu capturează modificările</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <comment>changes waiting to be applied</comment>
        <translation>În coadă: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>records that failed</comment>
        <translation>Eșuate: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Ultima rulare: %1</translation>
    </message>
    <message>
        <source>Click or press Enter to open the map.</source>
        <translation>Faceți clic sau apăsați Enter pentru a deschide maparea.</translation>
    </message>
    <message>
        <source>The workspace has no table maps.</source>
        <translation>Spațiul de lucru nu are mapări de tabel.</translation>
    </message>
    <message>
        <source>Reading the table maps…</source>
        <translation>Se citesc mapările de tabel…</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>records of a map that failed</comment>
        <translation>Eșuate: %1</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationOverviewPage</name>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Nu se pot citi mapările de tabel: %1</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Nu se pot număra modificările din coadă: %1</translation>
    </message>
    <message>
        <source>Each arrow is a table map, pointing the way its data flows between Dataverse and Finance, in the colour of its status. Click a map, or choose it with the arrow keys and press Enter, to open it.</source>
        <translation>Fiecare săgeată este o mapare de tabel, îndreptată în sensul în care circulă datele ei între Dataverse și Finanțe și colorată după starea ei. Pentru a deschide o mapare, faceți clic pe ea sau alegeți-o cu tastele săgeți și apăsați Enter.</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Prezentare generală a integrării</translation>
    </message>
</context>
<context>
    <name>dw::MainWindow</name>
    <message>
        <source>A run is going</source>
        <translation>O rulare este în curs</translation>
    </message>
    <message>
        <source>dwadmin — dual-write administration</source>
        <translation>dwadmin — administrarea scrierii duale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Import maps…</source>
        <translation>&amp;Import mapări…</translation>
    </message>
    <message>
        <source>&amp;Export maps…</source>
        <translation>&amp;Export mapări…</translation>
    </message>
    <message>
        <source>Apply &amp;template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>Aplicare șa&amp;blon „Project Operations integrated with ERP”</translation>
    </message>
    <message>
        <source>En&amp;vironments…</source>
        <translation>&amp;Medii…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ieși&amp;re</translation>
    </message>
    <message>
        <source>&amp;Maps</source>
        <comment>menu of table map actions</comment>
        <translation>&amp;Mapări</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Table maps</source>
        <translation>&amp;Mapări de tabel</translation>
    </message>
    <message>
        <source>Run &amp;monitor</source>
        <translation>Monitor &amp;rulări</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Reîm&amp;prospătare</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;About dwadmin</source>
        <translation>&amp;Despre dwadmin</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Mapări de tabel</translation>
    </message>
    <message>
        <source>Run monitor</source>
        <translation>Monitor rulări</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagini</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Spațiu de lucru: %1</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Se deschide spațiul de lucru…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Se creează spațiul de lucru demonstrativ…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Spațiul de lucru nu a putut fi deschis.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Nu se poate deschide spațiul de lucru</translation>
    </message>
    <message>
        <source>Table map files</source>
        <translation>Fișiere de mapări de tabel</translation>
    </message>
    <message>
        <source>About dwadmin</source>
        <translation>Despre dwadmin</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Administration console for the dual-write integration between Dynamics 365 Project Operations (Dataverse) and Dynamics 365 Finance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Consolă de administrare pentru integrarea cu scriere duală dintre Dynamics 365 Project Operations (Dataverse) și Dynamics 365 Finanțe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>Î&amp;nregistrări</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>R&amp;ulări</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <source>Runs</source>
        <comment>history of runs</comment>
        <translation>Rulări</translation>
    </message>
    <message>
        <source>&amp;Integration overview</source>
        <translation>Prezentare generală a &amp;integrării</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>Jurnal de &amp;activitate</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Prezentare generală a integrării</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Jurnal de activitate</translation>
    </message>
    <message>
        <source>Workspace: %1 (state store: %2)</source>
        <translation>Spațiu de lucru: %1 (depozit de stări: %2)</translation>
    </message>
</context>
<context>
    <name>dw::MapChangeModel</name>
    <message>
        <source>Added</source>
        <comment>map version comparison</comment>
        <translation>Adăugat</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>map version comparison</comment>
        <translation>Eliminat</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>map version comparison</comment>
        <translation>Modificat</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>map version comparison: what changed</comment>
        <translation>Element</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versiunea mai veche</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versiunea mai nouă</translation>
    </message>
</context>
<context>
    <name>dw::MapDetailView</name>
    <message>
        <source>Cannot read the map &quot;%1&quot;: %2</source>
        <translation>Nu se poate citi maparea „%1”: %2</translation>
    </message>
    <message>
        <source>the reader gave no reason</source>
        <comment>why the queue cannot be read</comment>
        <translation>cititorul nu a indicat niciun motiv</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Nu se poate citi coada: %1</translation>
    </message>
    <message>
        <source>Dataverse %1 %2 Finance %3</source>
        <extracomment>%1 Dataverse table, %2 direction symbol, %3 Finance table</extracomment>
        <translation>Dataverse %1 %2 Finanțe %3</translation>
    </message>
    <message>
        <source>Dataverse filter: %1</source>
        <translation>Filtru Dataverse: %1</translation>
    </message>
    <message>
        <source>Finance filter: %1</source>
        <translation>Filtru Finanțe: %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Depinde de: %1</translation>
    </message>
    <message>
        <source>The map has had no initial sync yet.</source>
        <translation>Maparea nu a avut încă o sincronizare inițială.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>run outcome</comment>
        <translation>în curs</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>run outcome</comment>
        <translation>finalizată</translation>
    </message>
    <message>
        <source>stopped by the administrator</source>
        <comment>run outcome</comment>
        <translation>oprită de administrator</translation>
    </message>
    <message>
        <source>ended with failures</source>
        <comment>run outcome</comment>
        <translation>încheiată cu erori</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>run outcome</comment>
        <translation>întreruptă</translation>
    </message>
    <message>
        <source>Latest initial sync: run %1, %2.</source>
        <extracomment>%1 run number, %2 outcome such as &quot;completed&quot;</extracomment>
        <translation>Ultima sincronizare inițială: rularea %1, %2.</translation>
    </message>
    <message>
        <source>the map&apos;s own master</source>
        <comment>initial sync master side</comment>
        <translation>partea principală proprie a mapării</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>duration of an initial sync in seconds, e.g. &quot;12.4 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n failed record(s); the list loads more as you scroll.</source>
        <translation>
            <numerusform>%n înregistrare eșuată; lista încarcă mai multe pe măsură ce derulați.</numerusform>
            <numerusform>%n înregistrări eșuate; lista încarcă mai multe pe măsură ce derulați.</numerusform>
            <numerusform>%n de înregistrări eșuate; lista încarcă mai multe pe măsură ce derulați.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Se citește coada…</translation>
    </message>
    <message>
        <source>Total queued record count: 0. Changes are queued while the map is paused and until a live run applies them.</source>
        <translation>Numărul total de înregistrări în coadă: 0. Modificările sunt puse în coadă cât timp maparea este întreruptă și până când o rulare în timp real le aplică.</translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n, in the order they will be applied.</source>
        <translation>
            <numerusform>Numărul total de înregistrări în coadă: %n, în ordinea în care vor fi aplicate.</numerusform>
            <numerusform>Numărul total de înregistrări în coadă: %n, în ordinea în care vor fi aplicate.</numerusform>
            <numerusform>Numărul total de înregistrări în coadă: %n, în ordinea în care vor fi aplicate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n; the next %1 to be applied are listed.</source>
        <extracomment>%n total queued, %1 how many are listed</extracomment>
        <translation>
            <numerusform>Numărul total de înregistrări în coadă: %n; sunt listate următoarele %1 care vor fi aplicate.</numerusform>
            <numerusform>Numărul total de înregistrări în coadă: %n; sunt listate următoarele %1 care vor fi aplicate.</numerusform>
            <numerusform>Numărul total de înregistrări în coadă: %n; sunt listate următoarele %1 care vor fi aplicate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this run still failed:</source>
        <translation>
            <numerusform>%n înregistrare din această rulare a eșuat în continuare:</numerusform>
            <numerusform>%n înregistrări din această rulare au eșuat în continuare:</numerusform>
            <numerusform>%n de înregistrări din această rulare au eșuat în continuare:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field ma&amp;ppings</source>
        <translation>Mapări de câm&amp;puri</translation>
    </message>
    <message>
        <source>&amp;Initial sync details</source>
        <translation>Detalii sincronizare &amp;inițială</translation>
    </message>
    <message>
        <source>&amp;Queued records</source>
        <translation>Înregistrări în &amp;coadă</translation>
    </message>
    <message>
        <source>Failed &amp;records</source>
        <translation>Înregistrări &amp;eșuate</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Jurnal de activitate</translation>
    </message>
    <message>
        <source>Alert setti&amp;ngs</source>
        <translation>Setări de a&amp;lertă</translation>
    </message>
    <message>
        <source>Ver&amp;sions</source>
        <translation>&amp;Versiuni</translation>
    </message>
    <message>
        <source>Map detail</source>
        <translation>Detaliile mapării</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mapări de câmpuri</translation>
    </message>
    <message>
        <source>Failed records of the initial sync</source>
        <translation>Înregistrările eșuate ale sincronizării inițiale</translation>
    </message>
    <message>
        <source>Queued records</source>
        <translation>Înregistrări în coadă</translation>
    </message>
    <message>
        <source>Failed records</source>
        <translation>Înregistrări eșuate</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Jurnal de activitate</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reguli de alertă</translation>
    </message>
    <message>
        <source>An alert rule counts failed records of a class within a time window and then notifies, pauses or stops the map. Rules are edited with the map; a running map applies changed rules after it is started again.</source>
        <translation>O regulă de alertă numără înregistrările eșuate dintr-o clasă într-un interval de timp și apoi notifică, întrerupe sau oprește maparea. Regulile se editează odată cu maparea; o mapare care rulează aplică regulile modificate după ce este pornită din nou.</translation>
    </message>
    <message>
        <source>Master:</source>
        <comment>initial sync master side</comment>
        <translation>Partea principală:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Pornită:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <comment>of an initial sync</comment>
        <translation>Durată:</translation>
    </message>
    <message>
        <source>Read:</source>
        <comment>rows read</comment>
        <translation>Citite:</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Inserate:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizate:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Nemodificate:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <comment>records that failed</comment>
        <translation>Eșuate:</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorDialog</name>
    <message>
        <source>New table map</source>
        <translation>Mapare de tabel nouă</translation>
    </message>
    <message>
        <source>Table map %1</source>
        <translation>Maparea de tabel %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Se lucrează</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <comment>save the map as a new version</comment>
        <translation>&amp;Salvare…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Reading the map and the schemas of both environments…</source>
        <translation>Se citesc maparea și schemele ambelor medii…</translation>
    </message>
    <message>
        <source>The map cannot be opened: %1</source>
        <translation>Maparea nu poate fi deschisă: %1</translation>
    </message>
    <message>
        <source>The %1 environment cannot be read, so its tables and columns count as unknown: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why its schema could not be read</extracomment>
        <translation>Mediul %1 nu poate fi citit, așa că tabelele și coloanele sale sunt considerate necunoscute: %2</translation>
    </message>
    <message>
        <source>Stop the map?</source>
        <translation>Opriți maparea?</translation>
    </message>
    <message>
        <source>Editing requires the map to be stopped. Stop it now?</source>
        <translation>Editarea necesită oprirea mapării. O opriți acum?</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;: %2. Changes made while a map is stopped are not synchronized; starting it again begins afresh.</source>
        <extracomment>%1 map name, %2 its status such as Running or Paused</extracomment>
        <translation>Starea mapării „%1”: %2. Modificările făcute cât timp o mapare este oprită nu sunt sincronizate; repornirea o ia de la capăt.</translation>
    </message>
    <message>
        <source>Stopping the map…</source>
        <translation>Se oprește maparea…</translation>
    </message>
    <message>
        <source>The map could not be stopped, so it cannot be edited: %1</source>
        <translation>Maparea nu a putut fi oprită, așa că nu poate fi editată: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <extracomment>%n is the number of validation problems listed below this label</extracomment>
        <translation>
            <numerusform>&amp;Probleme (%n):</numerusform>
            <numerusform>&amp;Probleme (%n):</numerusform>
            <numerusform>&amp;Probleme (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new map a name.</source>
        <translation>Dați un nume noii mapări.</translation>
    </message>
    <message>
        <source>A map named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Există deja o mapare numită „%1”; alegeți alt nume.</translation>
    </message>
    <message>
        <source>The Value map JSON does not parse; correct it or edit the table.</source>
        <translation>JSON-ul mapării de valori nu poate fi analizat; corectați-l sau editați tabelul.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) listed above to save the map.</source>
        <translation>
            <numerusform>Remediați %n problemă de mai sus pentru a salva maparea.</numerusform>
            <numerusform>Remediați cele %n probleme de mai sus pentru a salva maparea.</numerusform>
            <numerusform>Remediați cele %n de probleme de mai sus pentru a salva maparea.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nu s-au găsit probleme.</translation>
    </message>
    <message>
        <source>Saving version %1…</source>
        <translation>Se salvează versiunea %1…</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>Maparea nu a putut fi salvată: %1</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorForm</name>
    <message>
        <source>&amp;General</source>
        <comment>map editor tab</comment>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Field &amp;mappings</source>
        <translation>Mapări de &amp;câmpuri</translation>
    </message>
    <message>
        <source>Integration &amp;key</source>
        <translation>Cheie de &amp;integrare</translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation>&amp;Dependențe</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerte</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Câmp Finanțe</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Câmp Dataverse</translation>
    </message>
    <message>
        <source>Integration key pairs</source>
        <translation>Perechi de chei de integrare</translation>
    </message>
    <message>
        <source>Add key pair</source>
        <translation>Adăugare pereche de chei</translation>
    </message>
    <message>
        <source>Remove key pair</source>
        <translation>Eliminare pereche de chei</translation>
    </message>
    <message>
        <source>The integration &amp;fields identify a record on both sides: the alternate key of the Dataverse table and the matching Finance fields. Each pair must also be mapped by a field row.</source>
        <translation>Câ&amp;mpurile de integrare identifică o înregistrare în ambele părți: cheia alternativă a tabelului Dataverse și câmpurile Finanțe corespunzătoare. Fiecare pereche trebuie mapată și printr-un rând de câmp.</translation>
    </message>
    <message>
        <source>Maps this map depends on</source>
        <translation>Mapări de care depinde această mapare</translation>
    </message>
    <message>
        <source>Maps that must &amp;run before this one (initial sync order):</source>
        <translation>Mapări care trebuie să &amp;ruleze înaintea acesteia (ordinea sincronizării inițiale):</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reguli de alertă</translation>
    </message>
    <message>
        <source>Add alert rule</source>
        <translation>Adăugare regulă de alertă</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Eliminare regulă de alertă</translation>
    </message>
    <message>
        <source>Alert &amp;rules: when this many errors of a class happen within the minutes given, notify, pause or stop the map. A running map applies new rules when restarted.</source>
        <translation>&amp;Reguli de alertă: când apar atâtea erori dintr-o clasă în numărul de minute dat, se notifică, se întrerupe sau se oprește maparea. O mapare care rulează aplică regulile noi când este repornită.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW102, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dw::MapFileActions</name>
    <message>
        <source>Map files (*.json);;All files (*)</source>
        <translation>Fișiere de mapări (*.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Import maps</source>
        <translation>Import mapări</translation>
    </message>
    <message>
        <source>Export maps</source>
        <translation>Export mapări</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicare șablon</translation>
    </message>
    <message>
        <source>Add the maps of the template &quot;Project Operations integrated with ERP&quot; to this workspace? A map that exists already gets a new version when the template&apos;s definition differs; nothing is deleted.</source>
        <translation>Adăugați la acest spațiu de lucru mapările șablonului „Project Operations integrated with ERP”? O mapare existentă primește o versiune nouă când definiția din șablon diferă; nu se șterge nimic.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicare</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file path, %2 why</extracomment>
        <translation>Nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>the template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>șablonul „Project Operations integrated with ERP”</translation>
    </message>
    <message>
        <source>Cannot import the maps of %1: %2</source>
        <extracomment>%1 file path or template name, %2 the problem</extracomment>
        <translation>Nu se pot importa mapările din %1: %2</translation>
    </message>
    <message>
        <source>Maps of %1 imported: %2 created, %3 saved as a new version, %4 unchanged.</source>
        <extracomment>%1 file path or template name; then counts of maps</extracomment>
        <translation>Mapările din %1 au fost importate: %2 create, %3 salvate ca versiune nouă, %4 nemodificate.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) exported to %1.</source>
        <translation>
            <numerusform>%n mapare exportată în %1.</numerusform>
            <numerusform>%n mapări exportate în %1.</numerusform>
            <numerusform>%n de mapări exportate în %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::MapTablesEditor</name>
    <message>
        <source>A name no other map has</source>
        <translation>Un nume pe care nu îl are nicio altă mapare</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW402, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>map name</comment>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>C&amp;omponentă:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <comment>Dataverse table</comment>
        <translation>&amp;Tabel:</translation>
    </message>
    <message>
        <source>Source filte&amp;r:</source>
        <comment>Dataverse filter</comment>
        <translation>Filt&amp;ru sursă:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <comment>Finance table</comment>
        <translation>Ta&amp;bel:</translation>
    </message>
    <message>
        <source>Source &amp;filter:</source>
        <comment>Finance filter</comment>
        <translation>&amp;Filtru sursă:</translation>
    </message>
    <message>
        <source>All rows, or e.g. %1</source>
        <translation>Toate rândurile sau, de exemplu, %1</translation>
    </message>
    <message>
        <source>Conflicts in two-way maps</source>
        <translation>Conflicte în mapările bidirecționale</translation>
    </message>
    <message>
        <source>Conflict polic&amp;y:</source>
        <translation>Po&amp;litică de conflict:</translation>
    </message>
    <message>
        <source>Master s&amp;ide:</source>
        <translation>Part&amp;ea principală:</translation>
    </message>
    <message>
        <source>Master side wins</source>
        <translation>Câștigă partea principală</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Câștigă cea mai recentă modificare</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Manual: administratorul alege o parte</translation>
    </message>
    <message>
        <source>A conflict is a record changed on both sides since its last sync.</source>
        <translation>Un conflict este o înregistrare modificată în ambele părți de la ultima sincronizare.</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionModel</name>
    <message>
        <source>Active</source>
        <comment>the version in use</comment>
        <translation>Activă</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when a version was saved</comment>
        <translation>Creată</translation>
    </message>
    <message>
        <source>State</source>
        <comment>whether the version is the active one</comment>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionsTab</name>
    <message>
        <source>Activate version</source>
        <translation>Activare versiune</translation>
    </message>
    <message>
        <source>Make version %1 the active version of &quot;%2&quot;? A running map keeps its current definition until it is started again.</source>
        <extracomment>%1 version number, %2 map name</extracomment>
        <translation>Faceți versiunea %1 versiunea activă a mapării „%2”? O mapare care rulează își păstrează definiția curentă până când este pornită din nou.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activare</translation>
    </message>
    <message>
        <source>Cannot activate version %1 of &quot;%2&quot;: %3</source>
        <translation>Nu se poate activa versiunea %1 a mapării „%2”: %3</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is now active.</source>
        <translation>Versiunea %1 a mapării „%2” este acum activă.</translation>
    </message>
    <message>
        <source>Cannot compare the versions: %1</source>
        <translation>Nu se pot compara versiunile: %1</translation>
    </message>
    <message>
        <source>Several versions of a map can be stored; one is active and runs. Select a version to activate it or compare it with the active one, or select two to compare them.</source>
        <translation>Se pot stoca mai multe versiuni ale unei mapări; una este activă și rulează. Selectați o versiune pentru a o activa sau a o compara cu cea activă ori selectați două pentru a le compara.</translation>
    </message>
    <message>
        <source>Table map versions</source>
        <translation>Versiuni ale mapării de tabel</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Activare</translation>
    </message>
    <message>
        <source>Make the selected version the active one</source>
        <translation>Faceți versiunea selectată cea activă</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Comparare…</translation>
    </message>
    <message>
        <source>Show what changed, field by field</source>
        <translation>Afișați ce s-a modificat, câmp cu câmp</translation>
    </message>
</context>
<context>
    <name>dw::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Memorare în portcheiul sistemului</translation>
    </message>
    <message>
        <source>Password for the %1 environment</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Parola pentru mediul %1</translation>
    </message>
    <message>
        <source>Read back from the keychain at the next start.</source>
        <translation>La următoarea pornire, parola se citește din portchei.</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is kept for this session only.</source>
        <translation>Nu este disponibil niciun portchei al sistemului; parola se păstrează doar pentru această sesiune.</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s PostgreSQL server asks for the password of %2.</source>
        <extracomment>%1 Dataverse or Finance, %2 user@host:port/database</extracomment>
        <translation>Serverul PostgreSQL al mediului %1 solicită parola pentru %2.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Paro&amp;lă:</translation>
    </message>
    <message>
        <source>The server refused the password given before.</source>
        <translation>Serverul a refuzat parola introdusă anterior.</translation>
    </message>
</context>
<context>
    <name>dw::QueuedChangeModel</name>
    <message>
        <source>Insert</source>
        <comment>captured change</comment>
        <translation>Inserare</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>captured change</comment>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Update</source>
        <comment>captured change</comment>
        <translation>Actualizare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secvență</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operațiune</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Cheie de integrare</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturată</translation>
    </message>
</context>
<context>
    <name>dw::RecordDetailView</name>
    <message>
        <source>Error message</source>
        <translation>Mesaj de eroare</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Valorile din ambele părți</translation>
    </message>
    <message>
        <source>Select a record to see its error, its values on both sides and its history.</source>
        <translation>Selectați o înregistrare pentru a vedea eroarea, valorile din ambele părți și istoricul ei.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the record&apos;s business key, %2 its table map.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Se citește istoricul…</translation>
    </message>
    <message>
        <source>Reading the record from Dataverse and Finance…</source>
        <translation>Se citește înregistrarea din Dataverse și Finanțe…</translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation>Valorile nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>Dataverse has no row in %1 for this record.</source>
        <translation>Dataverse nu are niciun rând pentru această înregistrare în tabelul %1.</translation>
    </message>
    <message>
        <source>Finance has no row in %1 for this record.</source>
        <translation>Finanțe nu are niciun rând pentru această înregistrare în tabelul %1.</translation>
    </message>
    <message>
        <source>Its source row is gone: skip the record or restore the row.</source>
        <translation>Rândul sursă nu mai există: omiteți înregistrarea sau restaurați rândul.</translation>
    </message>
    <message>
        <source>That side shows what a sync would write from the current source row (source: %1).</source>
        <translation>Pentru partea respectivă se afișează ce ar scrie o sincronizare din rândul sursă curent (sursă: %1).</translation>
    </message>
    <message>
        <source>Both sides agree on every mapped field (source: %1).</source>
        <translation>Ambele părți coincid în toate câmpurile mapate (sursă: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from what the source gives (source: %1).</source>
        <translation>
            <numerusform>%n câmp diferă de ceea ce furnizează sursa (sursă: %1).</numerusform>
            <numerusform>%n câmpuri diferă de ceea ce furnizează sursa (sursă: %1).</numerusform>
            <numerusform>%n de câmpuri diferă de ceea ce furnizează sursa (sursă: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Istoricul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Istoric&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n încercare.</numerusform>
            <numerusform>%n încercări.</numerusform>
            <numerusform>%n de încercări.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt in run %1 (%2, started %3, %4).</source>
        <extracomment>%1 run number, %2 run kind (initial, retry, …), %3 start time, %4 outcome.</extracomment>
        <translation>Ultima încercare în rularea %1 (%2, pornită la %3, %4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · error class: %2</source>
        <translation>%1 · clasă de eroare: %2</translation>
    </message>
</context>
<context>
    <name>dw::RecordIssueModel</name>
    <message>
        <source>Integration key</source>
        <translation>Cheie de integrare</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clasă de eroare</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Ultima încercare</translation>
    </message>
</context>
<context>
    <name>dw::RecordStateModel</name>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finanțe</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Finanțe → Dataverse</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>Lista nu poate fi sortată după această coloană.</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Cheie de afaceri</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of a record</comment>
        <translation>Mapare</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Ultima încercare</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
</context>
<context>
    <name>dw::RecordValuesModel</name>
    <message>
        <source>(no row)</source>
        <translation>(niciun rând)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n octet&gt;</numerusform>
            <numerusform>&lt;%n octeți&gt;</numerusform>
            <numerusform>&lt;%n de octeți&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(no row; would get %1)</source>
        <extracomment>The target has no row for the record yet; %1 is the value a sync would write.</extracomment>
        <translation>(niciun rând; s-ar scrie %1)</translation>
    </message>
    <message>
        <source>The record has no row in %1 yet.</source>
        <translation>Înregistrarea nu are încă niciun rând în %1.</translation>
    </message>
    <message>
        <source>From the current source row the map would write %1 to %2.</source>
        <extracomment>%1 is the value the map would write, %2 the target side (Dataverse or Finance).</extracomment>
        <translation>Din rândul sursă curent, maparea ar scrie %1 în %2.</translation>
    </message>
    <message>
        <source>The two sides hold different values.</source>
        <translation>Cele două părți conțin valori diferite.</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Finanțe → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finanțe</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>În ambele sensuri</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Câmp Dataverse</translation>
    </message>
    <message>
        <source>Dataverse value</source>
        <translation>Valoare Dataverse</translation>
    </message>
    <message>
        <source>Flow</source>
        <comment>direction of a field</comment>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Câmp Finanțe</translation>
    </message>
    <message>
        <source>Finance value</source>
        <translation>Valoare Finanțe</translation>
    </message>
</context>
<context>
    <name>dw::RecordsPage</name>
    <message>
        <source>Components</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Mapare</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower date bound</comment>
        <translation>Oricare</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no upper date bound</comment>
        <translation>Oricare</translation>
    </message>
    <message>
        <source>Last attempt from</source>
        <translation>Ultima încercare de la</translation>
    </message>
    <message>
        <source>Last attempt to</source>
        <translation>Ultima încercare până la</translation>
    </message>
    <message>
        <source>Text in the key or the error</source>
        <translation>Text din cheie sau din eroare</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Găsire înregistrări</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stare:</translation>
    </message>
    <message>
        <source>M&amp;ap:</source>
        <translation>M&amp;apare:</translation>
    </message>
    <message>
        <source>Last attempt &amp;from:</source>
        <translation>&amp;Ultima încercare de la:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>last attempt date</comment>
        <translation>&amp;până la:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Găsire:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reîncercare</translation>
    </message>
    <message>
        <source>Sync the selected failed records again from their current source rows (Ctrl+R)</source>
        <translation>Sincronizați din nou înregistrările eșuate selectate din rândurile lor sursă curente (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; replay…</source>
        <translation>&amp;Editare și retrimitere…</translation>
    </message>
    <message>
        <source>Correct the source values of the selected failed record, then retry it (F2)</source>
        <translation>Corectați valorile sursă ale înregistrării eșuate selectate, apoi reîncercați-o (F2)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitere</translation>
    </message>
    <message>
        <source>Mark the selected failed or conflicting records as skipped</source>
        <translation>Marcați înregistrările selectate eșuate sau în conflict ca omise</translation>
    </message>
    <message>
        <source>Take &amp;Dataverse</source>
        <translation>Preluare &amp;Dataverse</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Dataverse version</source>
        <translation>Rezolvați conflictele selectate cu versiunea din Dataverse</translation>
    </message>
    <message>
        <source>Take &amp;Finance</source>
        <translation>Preluare &amp;Finanțe</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Finance version</source>
        <translation>Rezolvați conflictele selectate cu versiunea din Finanțe</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Write the filtered list to a CSV file</source>
        <translation>Scrieți lista filtrată într-un fișier CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the records</comment>
        <translation>Reîmprospătare</translation>
    </message>
    <message>
        <source>The retry was stopped.</source>
        <translation>Reîncercarea a fost oprită.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <extracomment>A filter on the records of one run; clicking the button removes it.</extracomment>
        <translation>Rularea %1</translation>
    </message>
    <message>
        <source>Only records whose last attempt was in run %1; click to show all runs</source>
        <translation>Doar înregistrările a căror ultimă încercare a fost în rularea %1; faceți clic pentru a afișa toate rulările</translation>
    </message>
    <message>
        <source>Remove the filter on run %1</source>
        <translation>Eliminați filtrul pe rularea %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a record status, %2 how many records have it under the other filters.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed or in conflict</source>
        <translation>
            <numerusform>%n înregistrare eșuată sau în conflict</numerusform>
            <numerusform>%n înregistrări eșuate sau în conflict</numerusform>
            <numerusform>%n de înregistrări eșuate sau în conflict</numerusform>
        </translation>
    </message>
    <message>
        <source>All maps of the component</source>
        <translation>Toate mapările componentei</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Toate stările (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed — synced %1, failed %2, conflict %3, skipped %4, pending %5</source>
        <extracomment>The counts of the records listed, by status.</extracomment>
        <translation>
            <numerusform>%n înregistrare listată — sincronizate %1, eșuate %2, în conflict %3, omise %4, în așteptare %5</numerusform>
            <numerusform>%n înregistrări listate — sincronizate %1, eșuate %2, în conflict %3, omise %4, în așteptare %5</numerusform>
            <numerusform>%n de înregistrări listate — sincronizate %1, eșuate %2, în conflict %3, omise %4, în așteptare %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying the selected records…</source>
        <translation>Se reîncearcă înregistrările selectate…</translation>
    </message>
    <message>
        <source>Resolving the selected conflicts…</source>
        <translation>Se rezolvă conflictele selectate…</translation>
    </message>
    <message>
        <source>Writing the new values to %1…</source>
        <translation>Se scriu valorile noi în %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped.</source>
        <translation>
            <numerusform>%n înregistrare omisă.</numerusform>
            <numerusform>%n înregistrări omise.</numerusform>
            <numerusform>%n de înregistrări omise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Export înregistrări</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fișiere CSV (*.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>records-%1.csv</source>
        <translation>inregistrari-%1.csv</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Se exportă în %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n înregistrare exportată în %1.</numerusform>
            <numerusform>%n înregistrări exportate în %1.</numerusform>
            <numerusform>%n de înregistrări exportate în %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent again; synced: %1, failed: %2.</source>
        <extracomment>%1 records that went across, %2 records that failed again.</extracomment>
        <translation>
            <numerusform>%n înregistrare retrimisă; sincronizate: %1, eșuate: %2.</numerusform>
            <numerusform>%n înregistrări retrimise; sincronizate: %1, eșuate: %2.</numerusform>
            <numerusform>%n de înregistrări retrimise; sincronizate: %1, eșuate: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::RunController</name>
    <message>
        <source>The window is closing; no run can start.</source>
        <translation>Fereastra se închide; nu poate porni nicio rulare.</translation>
    </message>
    <message>
        <source>An initial sync is going. Wait for it to end, or stop it in the run monitor first.</source>
        <translation>Este în curs o sincronizare inițială. Așteptați să se termine sau opriți-o mai întâi în monitorul de rulări.</translation>
    </message>
    <message>
        <source>Nothing to run: no map gets an initial sync and live sync is off.</source>
        <translation>Nimic de rulat: nicio mapare nu primește o sincronizare inițială, iar sincronizarea în timp real este dezactivată.</translation>
    </message>
</context>
<context>
    <name>dw::RunDialog</name>
    <message>
        <source>Master for initial sync</source>
        <translation>Partea principală pentru sincronizarea inițială</translation>
    </message>
    <message>
        <source>Left out although other maps depend on them: %1. Records that refer to them may fail until they run.</source>
        <extracomment>%1 list of &quot;map → dependency&quot; pairs</extracomment>
        <translation>Omise, deși alte mapări depind de ele: %1. Înregistrările care fac referire la ele pot eșua până când acestea rulează.</translation>
    </message>
    <message>
        <source>Nothing to run: tick Initial sync for a map, or keep the maps running live.</source>
        <translation>Nimic de rulat: bifați Sincronizare inițială pentru o mapare sau lăsați mapările să ruleze în timp real.</translation>
    </message>
    <message>
        <source>Initial writes and related table maps</source>
        <translation>Scrieri inițiale și mapări de tabel asociate</translation>
    </message>
    <message>
        <source>The selected maps and the maps they depend on that are not running, in the order they run. Untick a related map to leave it out; untick Initial sync to skip copying the rows that exist now.</source>
        <translation>Mapările selectate și mapările de care depind care nu rulează, în ordinea în care rulează. Debifați o mapare asociată pentru a o omite; debifați Sincronizare inițială pentru a nu copia rândurile care există acum.</translation>
    </message>
    <message>
        <source>Maps to run</source>
        <translation>Mapări de rulat</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mutare în &amp;sus</translation>
    </message>
    <message>
        <source>Run the current map earlier (Alt+Up); not before a map it depends on</source>
        <translation>Rulați maparea curentă mai devreme (Alt+Sus); nu înaintea unei mapări de care depinde</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mutare în &amp;jos</translation>
    </message>
    <message>
        <source>Run the current map later (Alt+Down); not after a map that depends on it</source>
        <translation>Rulați maparea curentă mai târziu (Alt+Jos); nu după o mapare care depinde de ea</translation>
    </message>
    <message>
        <source>&amp;Keep running (live)</source>
        <translation>&amp;Menține rularea (în timp real)</translation>
    </message>
    <message>
        <source>After the initial sync, keep applying changes from both sides until the maps are paused or stopped.</source>
        <translation>După sincronizarea inițială, continuă aplicarea modificărilor din ambele părți până când mapările sunt întrerupte sau oprite.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>start the chosen maps</comment>
        <translation>&amp;Rulare</translation>
    </message>
</context>
<context>
    <name>dw::RunErrorModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mapare de tabel</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Cheie de integrare</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clasă de eroare</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Mesaj</translation>
    </message>
</context>
<context>
    <name>dw::RunHistoryModel</name>
    <message>
        <source>Initial sync</source>
        <translation>Sincronizare inițială</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncercare</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Rezolvarea conflictelor</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Procesarea cozii</translation>
    </message>
    <message>
        <source>%1, then live</source>
        <extracomment>%1 is a kind of run (Initial sync, Catch-up) that went on as live sync.</extracomment>
        <translation>%1, apoi în timp real</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizată</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Întreruptă</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Rulare</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of run</comment>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Pornită</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapări</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Citite</translation>
    </message>
    <message>
        <source>Synced</source>
        <comment>records written or unchanged</comment>
        <translation>Sincronizate</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Rulează</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Oprită</translation>
    </message>
</context>
<context>
    <name>dw::RunMapCountsModel</name>
    <message>
        <source>Map</source>
        <comment>table map</comment>
        <translation>Mapare</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Citite</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserate</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizate</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nemodificate</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>records skipped</comment>
        <translation>Omise</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicte</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
</context>
<context>
    <name>dw::RunMonitorPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds, e.g. &quot;4 min 05 s&quot;</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;2 h 05 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Nu se pot citi înregistrările eșuate: %1</translation>
    </message>
    <message>
        <source>%1 records read, %2 failed, %3.</source>
        <extracomment>%1 records taken up, %2 failed, %3 elapsed time</extracomment>
        <translation>%1 înregistrări citite, %2 eșuate, %3.</translation>
    </message>
    <message>
        <source>No run is going. Start maps with Run… on the Table maps page.</source>
        <translation>Nicio rulare în curs. Porniți mapările cu Rulare… din pagina Mapări de tabel.</translation>
    </message>
    <message>
        <source>Initial sync running: %1</source>
        <translation>Sincronizare inițială în curs: %1</translation>
    </message>
    <message>
        <source>Running live, applying changes as they come: %1</source>
        <translation>Rulare în timp real, modificările se aplică pe măsură ce sosesc: %1</translation>
    </message>
    <message>
        <source>Stopping at the next page boundary…</source>
        <translation>Se oprește la următoarea limită de pagină…</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Rularea nu a putut continua: %1</translation>
    </message>
    <message>
        <source>Run stopped: %1 Start the maps again to continue where they stopped.</source>
        <translation>Rulare oprită: %1 Porniți din nou mapările pentru a continua de unde s-au oprit.</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Rulare finalizată: %1</translation>
    </message>
    <message>
        <source>ETA: %1</source>
        <translation>Timp rămas: %1</translation>
    </message>
    <message>
        <source>ETA: estimating…</source>
        <translation>Timp rămas: se estimează…</translation>
    </message>
    <message>
        <source>No record has failed in this run.</source>
        <translation>Nicio înregistrare nu a eșuat în această rulare.</translation>
    </message>
    <message numerus="yes">
        <source>Failed records, newest first (%n shown):</source>
        <translation>
            <numerusform>Înregistrări eșuate, cele mai noi primele (%n afișată):</numerusform>
            <numerusform>Înregistrări eșuate, cele mai noi primele (%n afișate):</numerusform>
            <numerusform>Înregistrări eșuate, cele mai noi primele (%n de afișate):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>&amp;Oprire rulare</translation>
    </message>
    <message>
        <source>Stop the run at the next page boundary. Maps keep their state and continue where they stopped when started again.</source>
        <translation>Opriți rularea la următoarea limită de pagină. Mapările își păstrează starea și continuă de unde s-au oprit când sunt pornite din nou.</translation>
    </message>
    <message>
        <source>Progress per map</source>
        <translation>Progres pe mapare</translation>
    </message>
    <message>
        <source>Failed records of the run</source>
        <translation>Înregistrările eșuate ale rulării</translation>
    </message>
</context>
<context>
    <name>dw::RunPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>%1 (one-way)</source>
        <extracomment>master column of a one-way map: its only source side</extracomment>
        <translation>%1 (unidirecțională)</translation>
    </message>
    <message>
        <source>Selected</source>
        <comment>map chosen by the administrator</comment>
        <translation>Selectată</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <extracomment>a related map listed because others depend on it; %1 their names</extracomment>
        <translation>Necesară pentru %1</translation>
    </message>
    <message>
        <source>Master for initial sync: the side whose rows are copied to the other.</source>
        <translation>Partea principală pentru sincronizarea inițială: partea ale cărei rânduri sunt copiate în cealaltă.</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mapare de tabel</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <translation>Sincronizare inițială</translation>
    </message>
    <message>
        <source>Master for initial sync</source>
        <translation>Partea principală pentru sincronizarea inițială</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Listed because</source>
        <translation>Listată deoarece</translation>
    </message>
</context>
<context>
    <name>dw::RunProgressModel</name>
    <message>
        <source>Waiting</source>
        <comment>map phase in a run</comment>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <comment>map phase in a run</comment>
        <translation>Sincronizare inițială</translation>
    </message>
    <message>
        <source>Initial sync done</source>
        <comment>map phase in a run</comment>
        <translation>Sincronizare inițială finalizată</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>map phase in a run</comment>
        <translation>În timp real</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>map phase in a run</comment>
        <translation>Oprită</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>map phase in a run</comment>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>rows done of rows in all</extracomment>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mapare de tabel</translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>of a map in a run</comment>
        <translation>Fază</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Inserted</source>
        <comment>record count</comment>
        <translation>Inserate</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>record count</comment>
        <translation>Actualizate</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>record count</comment>
        <translation>Nemodificate</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>record count</comment>
        <translation>Șterse</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>record count</comment>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>record count</comment>
        <translation>Conflicte</translation>
    </message>
</context>
<context>
    <name>dw::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Rulări</translation>
    </message>
    <message>
        <source>Counts per map</source>
        <translation>Contoare pe mapare</translation>
    </message>
    <message>
        <source>Show &amp;failed records</source>
        <translation>Afișare înregistrări &amp;eșuate</translation>
    </message>
    <message>
        <source>Select a run to see what it did to each map.</source>
        <translation>Selectați o rulare pentru a vedea ce a făcut cu fiecare mapare.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Rularea %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Rularea %1: %2 — %3</translation>
    </message>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>Rularea %1 nu mai este în istoric.</translation>
    </message>
</context>
<context>
    <name>dw::SaveVersionDialog</name>
    <message>
        <source>Save as a new map version</source>
        <translation>Salvare ca versiune nouă a mapării</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the map version</comment>
        <translation>&amp;Salvare</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <comment>map version</comment>
        <translation>&amp;Versiune:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriere:</translation>
    </message>
    <message>
        <source>Name the publisher of this version.</source>
        <translation>Indicați editorul acestei versiuni.</translation>
    </message>
    <message>
        <source>Give a version such as 1.0.0.4.</source>
        <translation>Indicați o versiune, de exemplu 1.0.0.4.</translation>
    </message>
    <message>
        <source>The map already has version %1; choose another.</source>
        <translation>Maparea are deja versiunea %1; alegeți alta.</translation>
    </message>
</context>
<context>
    <name>dw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 the language the system&apos;s locale selects, named in that language</extracomment>
        <translation>Implicit sistem (%1)</translation>
    </message>
    <message>
        <source>The language applies at once, to dates and numbers too. Messages already written to the activity log and the record states stay in the language they were written in.</source>
        <translation>Limba se aplică imediat, inclusiv pentru date calendaristice și numere. Mesajele deja scrise în jurnalul de activitate și în stările înregistrărilor rămân în limba în care au fost scrise.</translation>
    </message>
</context>
<context>
    <name>dw::TableMapListModel</name>
    <message>
        <source>Never</source>
        <comment>map has not run yet</comment>
        <translation>Niciodată</translation>
    </message>
    <message>
        <source>The map does not capture changes: it is not running.</source>
        <translation>Maparea nu capturează modificări: nu rulează.</translation>
    </message>
    <message>
        <source>%1 (Dataverse) %2 %3 (Finance)</source>
        <translation>%1 (Dataverse) %2 %3 (Finanțe)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componentă</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>number of queued changes</comment>
        <translation>În coadă</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>number of failed records</comment>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Ultima rulare</translation>
    </message>
    <message>
        <source>Served by</source>
        <comment>the worker that applies the map&apos;s changes</comment>
        <translation>Deservită de</translation>
    </message>
</context>
<context>
    <name>dw::TableMapsPage</name>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Rularea nu a putut continua: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informații</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Nu se pot număra modificările din coadă: %1</translation>
    </message>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Nu se pot citi mapările de tabel: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; saved as version %2.</source>
        <extracomment>%1 map name, %2 version number</extracomment>
        <translation>Maparea „%1” a fost salvată ca versiunea %2.</translation>
    </message>
    <message>
        <source>Table map actions</source>
        <translation>Acțiuni pentru mapări de tabel</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <comment>start maps</comment>
        <translation>&amp;Rulare…</translation>
    </message>
    <message>
        <source>Start the selected maps, with or without initial sync (%1)</source>
        <translation>Porniți mapările selectate, cu sau fără sincronizare inițială (%1)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>pause maps</comment>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>Pause the selected running maps; changes keep being queued (%1)</source>
        <translation>Întrerupeți mapările selectate care rulează; modificările continuă să fie puse în coadă (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <comment>resume maps</comment>
        <translation>Re&amp;luare</translation>
    </message>
    <message>
        <source>Resume the selected paused maps; queued changes are applied (%1)</source>
        <translation>Reluați mapările selectate întrerupte; modificările din coadă sunt aplicate (%1)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>stop maps</comment>
        <translation>&amp;Oprire</translation>
    </message>
    <message>
        <source>Stop the selected maps; changes are no longer captured (%1)</source>
        <translation>Opriți mapările selectate; modificările nu mai sunt capturate (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a map</comment>
        <translation>&amp;Editare…</translation>
    </message>
    <message>
        <source>Edit the current map; saving creates a new version (%1)</source>
        <translation>Editați maparea curentă; salvarea creează o versiune nouă (%1)</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>Mapare &amp;nouă…</translation>
    </message>
    <message>
        <source>Create a table map (%1)</source>
        <translation>Creați o mapare de tabel (%1)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Închideți mesajul</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Găsire:</translation>
    </message>
    <message>
        <source>Map name or table</source>
        <translation>Mapare sau tabel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componentă</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Toate componentele</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Mapări de tabel</translation>
    </message>
</context>
<context>
    <name>dw::ThroughputChart</name>
    <message>
        <source>Seconds since the start</source>
        <translation>Secunde de la început</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>Înregistrări pe secundă</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Diagramă de debit</translation>
    </message>
    <message>
        <source>Records taken up per second over the time of the run</source>
        <translation>Înregistrări preluate pe secundă pe durata rulării</translation>
    </message>
</context>
<context>
    <name>dw::TransformEditor</name>
    <message>
        <source>&amp;Transform:</source>
        <translation>T&amp;ransformare:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no transform</comment>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valoare implicită</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constantă</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Mapare de valori</translation>
    </message>
    <message>
        <source>The source value is written as it is.</source>
        <translation>Valoarea sursă este scrisă așa cum este.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <comment>default or constant value</comment>
        <translation>&amp;Valoare:</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Nicio valoare (null)</translation>
    </message>
    <message>
        <source>Lookup ta&amp;ble:</source>
        <translation>Tabel de că&amp;utare:</translation>
    </message>
    <message>
        <source>Ke&amp;y column:</source>
        <comment>lookup column matched with the source value</comment>
        <translation>Coloană c&amp;heie:</translation>
    </message>
    <message>
        <source>Val&amp;ue column:</source>
        <comment>lookup column written to the target</comment>
        <translation>Coloa&amp;nă valoare:</translation>
    </message>
    <message>
        <source>Always written to the target; the source value is not read.</source>
        <translation>Scrisă întotdeauna în țintă; valoarea sursă nu este citită.</translation>
    </message>
    <message>
        <source>Written to the target when the source value is empty.</source>
        <translation>Scrisă în țintă când valoarea sursă este goală.</translation>
    </message>
    <message>
        <source>Finds the row of a %1 table whose key column equals the source value and writes its value column to the target.</source>
        <extracomment>%1 is the environment (Dataverse or Finance) the field row reads from</extracomment>
        <translation>Găsește rândul unui tabel %1 a cărui coloană cheie este egală cu valoarea sursă și scrie coloana sa de valoare în țintă.</translation>
    </message>
</context>
<context>
    <name>dw::ValidationIssueModel</name>
    <message>
        <source>Code</source>
        <comment>validation issue code such as DW202</comment>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>validation issue message</comment>
        <translation>Problemă</translation>
    </message>
</context>
<context>
    <name>dw::ValueMapEditor</name>
    <message>
        <source>Source value</source>
        <translation>Valoare sursă</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valoare țintă</translation>
    </message>
    <message>
        <source>Add value mapping</source>
        <translation>Adăugare mapare de valoare</translation>
    </message>
    <message>
        <source>Remove value mapping</source>
        <translation>Eliminare mapare de valoare</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <comment>value map entries</comment>
        <translation>In&amp;trări:</translation>
    </message>
    <message>
        <source>&amp;JSON:</source>
        <translation>&amp;JSON:</translation>
    </message>
    <message>
        <source>Value map entries</source>
        <translation>Intrările mapării de valori</translation>
    </message>
    <message>
        <source>Value map as JSON</source>
        <translation>Maparea de valori ca JSON</translation>
    </message>
</context>
<context>
    <name>dw::VersionCompareDialog</name>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>a map version: %1 number, %2 publisher, %3 when it was saved</extracomment>
        <translation>%1 de %2, %3</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <extracomment>%1 map name</extracomment>
        <translation>Comparare versiuni pentru %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same definition.</source>
        <translation>Versiunile %1 și %2 au aceeași definiție.</translation>
    </message>
    <message numerus="yes">
        <source>From version %1 to version %2: %n change(s).</source>
        <translation>
            <numerusform>De la versiunea %1 la versiunea %2: %n modificare.</numerusform>
            <numerusform>De la versiunea %1 la versiunea %2: %n modificări.</numerusform>
            <numerusform>De la versiunea %1 la versiunea %2: %n de modificări.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Modificări între versiuni</translation>
    </message>
</context>
<context>
    <name>dwadmin</name>
    <message>
        <source>Map created</source>
        <translation>Mapare creată</translation>
    </message>
    <message>
        <source>Map saved</source>
        <translation>Mapare salvată</translation>
    </message>
    <message>
        <source>Version activated</source>
        <translation>Versiune activată</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stare modificată</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Rulare pornită</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Rulare finalizată</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Rulare eșuată</translation>
    </message>
    <message>
        <source>Records retried</source>
        <translation>Înregistrări reîncercate</translation>
    </message>
    <message>
        <source>Records skipped</source>
        <translation>Înregistrări omise</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alertă</translation>
    </message>
    <message>
        <source>Cannot write to the activity log: %1</source>
        <translation>Nu se poate scrie în jurnalul de activitate: %1</translation>
    </message>
    <message>
        <source>The activity simulator works on the SQLite environments of a demo workspace.</source>
        <translation>Simulatorul de activitate funcționează pe mediile SQLite ale unui spațiu de lucru demonstrativ.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nu se poate deschide %1: %2</translation>
    </message>
    <message>
        <source>The Dataverse environment has no active project to simulate work on.</source>
        <translation>Mediul Dataverse nu are niciun proiect activ pe care să se simuleze lucrul.</translation>
    </message>
    <message>
        <source>Cannot simulate activity: %1</source>
        <translation>Nu se poate simula activitatea: %1</translation>
    </message>
    <message>
        <source>No workspace at %1.</source>
        <translation>Nu există spațiu de lucru la %1.</translation>
    </message>
    <message>
        <source>%1 (source key)</source>
        <translation>%1 (cheie sursă)</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: %3</source>
        <extracomment>%1 map name, %2 record key, %3 what went wrong</extracomment>
        <translation>Maparea „%1”, înregistrarea %2: %3</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the row: %3</source>
        <translation>tabelul %2 din %1 a refuzat rândul: %3</translation>
    </message>
    <message>
        <source>the written row could not be read back: %1</source>
        <translation>rândul scris nu a putut fi citit înapoi: %1</translation>
    </message>
    <message>
        <source>the deletion cannot be applied: %1</source>
        <translation>ștergerea nu poate fi aplicată: %1</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the deletion: %3</source>
        <translation>tabelul %2 din %1 a refuzat ștergerea: %3</translation>
    </message>
    <message>
        <source>the %1 database is busy: %2</source>
        <translation>baza de date %1 este ocupată: %2</translation>
    </message>
    <message>
        <source>Cannot read record states: %1</source>
        <translation>Nu se pot citi stările înregistrărilor: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: changed in both Dataverse and Finance since the last sync; choose the version to keep.</source>
        <translation>Maparea „%1”, înregistrarea %2: modificată atât în Dataverse, cât și în Finanțe de la ultima sincronizare; alegeți versiunea de păstrat.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rândul %1, coloana %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not interpreted; it was ignored</source>
        <translation>„%1” nu este interpretat; a fost ignorat</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>trebuie să fie un șir nevid</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; has no attribute list</source>
        <translation>entitatea „%1” nu are o listă de atribute</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; defines no columns</source>
        <translation>entitatea „%1” nu definește nicio coloană</translation>
    </message>
    <message>
        <source>the entity has no sourceName and &apos;%1&apos; is no known Dataverse table; the table was named &apos;%2&apos;</source>
        <translation>entitatea nu are sourceName, iar „%1” nu este un tabel Dataverse cunoscut; tabelul a fost numit „%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to a definition in another document; it was not imported</source>
        <translation>„%1” face referire la o definiție din alt document; nu a fost importat</translation>
    </message>
    <message>
        <source>must be an attribute object</source>
        <translation>trebuie să fie un obiect atribut</translation>
    </message>
    <message>
        <source>attribute group &apos;%1&apos; is defined in another document; its attributes were not imported</source>
        <translation>grupul de atribute „%1” este definit în alt document; atributele sale nu au fost importate</translation>
    </message>
    <message>
        <source>must be an array of attributes</source>
        <translation>trebuie să fie un tablou de atribute</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>trebuie să fie un obiect</translation>
    </message>
    <message>
        <source>the attribute has no name</source>
        <translation>atributul nu are nume</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement level; expected none, recommended, required or systemrequired</source>
        <translation>„%1” nu este un nivel de cerință; se așteaptă none, recommended, required sau systemrequired</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>trebuie să fie true sau false</translation>
    </message>
    <message>
        <source>must be a whole number of characters</source>
        <translation>trebuie să fie un număr întreg de caractere</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no sourceName (its Dataverse column name)</source>
        <translation>atributul „%1” nu are sourceName (numele coloanei sale din Dataverse)</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no dataType</source>
        <translation>atributul „%1” nu are dataType</translation>
    </message>
    <message>
        <source>the dataType of attribute &apos;%1&apos; is not a type name</source>
        <translation>dataType al atributului „%1” nu este un nume de tip</translation>
    </message>
    <message>
        <source>unknown dataType &apos;%1&apos; of attribute &apos;%2&apos;</source>
        <translation>dataType necunoscut „%1” al atributului „%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a second identifying attribute; the primary key stays &apos;%2&apos;</source>
        <translation>„%1” este un al doilea atribut de identificare; cheia primară rămâne „%2”</translation>
    </message>
    <message>
        <source>purpose &apos;%1&apos; of &apos;%2&apos; is not interpreted; it was imported as a plain column</source>
        <translation>scopul „%1” al „%2” nu este interpretat; a fost importat ca o coloană simplă</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a lookup whose target table the document does not name; it was imported without a lookup table</source>
        <translation>„%1” este o căutare al cărei tabel țintă nu este numit în document; a fost importat fără tabel de căutare</translation>
    </message>
    <message>
        <source>entity attribute &apos;%1&apos; has no foreign key attribute; it was not imported</source>
        <translation>atributul de entitate „%1” nu are un atribut de cheie externă; nu a fost importat</translation>
    </message>
    <message>
        <source>the foreign key of &apos;%1&apos; has no column name</source>
        <translation>cheia externă a „%1” nu are nume de coloană</translation>
    </message>
    <message>
        <source>the foreign key &apos;%1&apos; has dataType &apos;%2&apos;; it was imported as a GUID</source>
        <translation>cheia externă „%1” are dataType „%2”; a fost importată ca GUID</translation>
    </message>
    <message>
        <source>the lookup &apos;%1&apos; names no target entity; it was imported without a lookup table</source>
        <translation>căutarea „%1” nu numește nicio entitate țintă; a fost importată fără tabel de căutare</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, known as table &apos;%3&apos;, but identifies it by &apos;%4&apos;; &apos;%3&apos; was used</source>
        <translation>„%1” face referire la %2, cunoscută ca tabelul „%3”, dar o identifică prin „%4”; s-a folosit „%3”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, which is no known Dataverse table; its table was taken to be &apos;%3&apos; from the key &apos;%4&apos; (a publisher prefix would not show there)</source>
        <translation>„%1” face referire la %2, care nu este un tabel Dataverse cunoscut; tabelul său a fost considerat „%3” pe baza cheii „%4” (un prefix de editor nu ar apărea acolo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, whose table cannot be determined; it was imported without a lookup table</source>
        <translation>„%1” face referire la %2, al cărei tabel nu poate fi determinat; a fost importat fără tabel de căutare</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is defined twice</source>
        <translation>coloana „%1” este definită de două ori</translation>
    </message>
    <message>
        <source>the entity has no identifying attribute; the primary key &apos;%1&apos; was added</source>
        <translation>entitatea nu are un atribut de identificare; a fost adăugată cheia primară „%1”</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON nevalid la %1: %2</translation>
    </message>
    <message>
        <source>not a CDM document (expected a JSON object)</source>
        <translation>nu este un document CDM (se așteaptă un obiect JSON)</translation>
    </message>
    <message>
        <source>the document has no definitions</source>
        <translation>documentul nu are definiții</translation>
    </message>
    <message>
        <source>must be an array of definitions</source>
        <translation>trebuie să fie un tablou de definiții</translation>
    </message>
    <message>
        <source>no entity definition (an object with entityName) found</source>
        <translation>nu s-a găsit nicio definiție de entitate (un obiect cu entityName)</translation>
    </message>
    <message numerus="yes">
        <source>%n entity definition(s) found; one per document is supported</source>
        <translation>
            <numerusform>S-a găsit %n definiție de entitate; se acceptă una per document</numerusform>
            <numerusform>S-au găsit %n definiții de entitate; se acceptă una per document</numerusform>
            <numerusform>S-au găsit %n de definiții de entitate; se acceptă una per document</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an entity definition; it was ignored</source>
        <translation>%1: nu este o definiție de entitate; a fost ignorată</translation>
    </message>
    <message>
        <source>Change capture: %1</source>
        <translation>Capturarea modificărilor: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Nu se poate citi jurnalul de modificări: %1</translation>
    </message>
    <message>
        <source>Cannot count queued changes: %1</source>
        <translation>Nu se pot număra modificările din coadă: %1</translation>
    </message>
    <message>
        <source>Cannot purge the change log: %1</source>
        <translation>Nu se poate goli jurnalul de modificări: %1</translation>
    </message>
    <message>
        <source>The database driver %1 is not available in this installation.</source>
        <translation>Driverul de bază de date %1 nu este disponibil în această instalare.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Nu se poate deschide baza de date %1: %2</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Nu se pot scrie datele demonstrative: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the demo data generator: %1</source>
        <translation>Nu se poate pregăti generatorul de date demonstrative: %1</translation>
    </message>
    <message>
        <source>The demo environments must be SQLite databases.</source>
        <translation>Mediile demonstrative trebuie să fie baze de date SQLite.</translation>
    </message>
    <message>
        <source>The built-in %1 schema is damaged: %2</source>
        <translation>Schema încorporată %1 este deteriorată: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 conține deja un spațiu de lucru.</translation>
    </message>
    <message>
        <source>The built-in map template is damaged: %1</source>
        <translation>Șablonul de mapări încorporat este deteriorat: %1</translation>
    </message>
    <message>
        <source>Cannot move the new state store into place at %1.</source>
        <translation>Depozitul de stări nou nu poate fi mutat în %1.</translation>
    </message>
    <message>
        <source>Cannot save the %1 environment: %2</source>
        <translation>Nu se poate salva mediul %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the %1 environment: %2</source>
        <translation>Nu se poate citi mediul %1: %2</translation>
    </message>
    <message>
        <source>The workspace has no %1 environment.</source>
        <translation>Spațiul de lucru nu are un mediu %1.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validare</translation>
    </message>
    <message>
        <source>Target constraint</source>
        <translation>Constrângere țintă</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Temporară</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurare</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the saved position of the interrupted initial sync is damaged; start the initial sync again from the beginning.</source>
        <translation>Maparea „%1”: poziția salvată a sincronizării inițiale întrerupte este deteriorată; porniți din nou sincronizarea inițială de la început.</translation>
    </message>
    <message>
        <source>Cannot look up %1 in %2: %3</source>
        <translation>Nu se poate căuta %1 în %2: %3</translation>
    </message>
    <message>
        <source>There is no map named &quot;%1&quot;.</source>
        <translation>Nu există nicio mapare numită „%1”.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on itself, so no run order exists: %2.</source>
        <translation>Maparea „%1” depinde de ea însăși, deci nu există o ordine de rulare: %2.</translation>
    </message>
    <message>
        <source>Maps depend on each other in a cycle, so no run order exists: %1.</source>
        <translation>Mapările depind una de alta într-un ciclu, deci nu există o ordine de rulare: %1.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on the map &apos;%2&apos;, which does not exist in the workspace.</source>
        <translation>Maparea „%1” depinde de maparea „%2”, care nu există în spațiul de lucru.</translation>
    </message>
    <message>
        <source>State store query failed: %1</source>
        <translation>Interogarea depozitului de stări a eșuat: %1</translation>
    </message>
    <message>
        <source>Field %1 ⇄ %2</source>
        <extracomment>a field mapping: %1 Finance column, %2 Dataverse column (either may be empty)</extracomment>
        <translation>Câmpul %1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>transform: the value written when the source is empty</extracomment>
        <translation>Implicit: %1</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <extracomment>transform: always this value</extracomment>
        <translation>Constantă: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>after the first value map entries: how many more there are</extracomment>
        <translation>
            <numerusform>încă %n</numerusform>
            <numerusform>încă %n</numerusform>
            <numerusform>încă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Value map: %1</source>
        <translation>Mapare de valori: %1</translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>transform: %1 table, %2 column matched, %3 column written</extracomment>
        <translation>Căutare: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Notificare</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Întreruperea mapării</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Oprirea mapării</translation>
    </message>
    <message>
        <source>any</source>
        <comment>alert rule: errors of any class</comment>
        <translation>oricare</translation>
    </message>
    <message>
        <source>%1 errors (%2) within %3 minutes: %4</source>
        <extracomment>%1 error count, %2 error class, %3 minutes, %4 action</extracomment>
        <translation>%1 erori (%2) în %3 minute: %4</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <extracomment>conflict policy; %1 Dataverse or Finance</extracomment>
        <translation>Câștigă %1</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Câștigă cea mai recentă modificare</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Manual: administratorul alege o parte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componentă</translation>
    </message>
    <message>
        <source>Dataverse table</source>
        <translation>Tabel Dataverse</translation>
    </message>
    <message>
        <source>Finance table</source>
        <translation>Tabel Finanțe</translation>
    </message>
    <message>
        <source>Dataverse filter</source>
        <translation>Filtru Dataverse</translation>
    </message>
    <message>
        <source>Finance filter</source>
        <translation>Filtru Finanțe</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Cheie de integrare</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depinde de</translation>
    </message>
    <message>
        <source>Conflict policy</source>
        <translation>Politică de conflict</translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation>Regula de alertă %1</translation>
    </message>
    <message>
        <source>Cannot start map &quot;%1&quot;: %2</source>
        <translation>Nu se poate porni maparea „%1”: %2</translation>
    </message>
    <message>
        <source>Map started (%1); changes are captured from now on.</source>
        <translation>Mapare pornită (%1); modificările sunt capturate de acum înainte.</translation>
    </message>
    <message>
        <source>Only running maps can be paused; nothing was paused. Not running: %1</source>
        <translation>Doar mapările care rulează pot fi întrerupte; nu s-a întrerupt nimic. Nu rulează: %1</translation>
    </message>
    <message>
        <source>Map paused; changes keep being queued.</source>
        <translation>Mapare întreruptă; modificările continuă să fie puse în coadă.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is %2, not paused; nothing was resumed.</source>
        <translation>Maparea „%1” este în starea %2, nu întreruptă; nu s-a reluat nimic.</translation>
    </message>
    <message>
        <source>Map resumed; its queued changes are applied next.</source>
        <translation>Mapare reluată; modificările sale din coadă sunt aplicate în continuare.</translation>
    </message>
    <message>
        <source>Map stopped; changes are no longer captured.</source>
        <translation>Mapare oprită; modificările nu mai sunt capturate.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: column %2 does not exist in the %3 table %4.</source>
        <translation>Maparea „%1”: coloana %2 nu există în tabelul %4 din %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no field that flows from %2 to %3.</source>
        <translation>Maparea „%1” nu are niciun câmp care să treacă din %2 în %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no integration key.</source>
        <translation>Maparea „%1” nu are cheie de integrare.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the key field %2 is not written from %3 to %4.</source>
        <translation>Maparea „%1”: câmpul cheie %2 nu este scris din %3 în %4.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 table %3 has no primary or unique key on the integration key (%4); add one so records can be found by their key.</source>
        <translation>Maparea „%1”: tabelul %3 din %2 nu are o cheie primară sau unică pe cheia de integrare (%4); adăugați una pentru ca înregistrările să poată fi găsite după cheie.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <extracomment>A field mapping: target column ← source column</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Nu rulează</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Se inițializează</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Rulează</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Întreruptă</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Se reia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>The stored definition of map &quot;%1&quot; is damaged: %2</source>
        <translation>Definiția stocată a mapării „%1” este deteriorată: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>nu este un obiect JSON</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;: %2</source>
        <translation>Nu se poate salva maparea „%1”: %2</translation>
    </message>
    <message>
        <source>The map &quot;%1&quot; is given twice; nothing was saved.</source>
        <translation>Maparea „%1” este dată de două ori; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Cannot save the maps: %1</source>
        <translation>Nu se pot salva mapările: %1</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;; nothing was saved: %2</source>
        <extracomment>%1 map name, %2 why; no map of the batch is saved</extracomment>
        <translation>Nu se poate salva maparea „%1”; nu s-a salvat nimic: %2</translation>
    </message>
    <message>
        <source>Map created with version %1 by %2.</source>
        <translation>Mapare creată cu versiunea %1 de %2.</translation>
    </message>
    <message>
        <source>Map saved as version %1 by %2.</source>
        <translation>Mapare salvată ca versiunea %1 de %2.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no version %2.</source>
        <extracomment>%1 map name, %2 number of the stored version</extracomment>
        <translation>Maparea „%1” nu are versiunea %2.</translation>
    </message>
    <message>
        <source>Cannot activate a version of map &quot;%1&quot;: %2</source>
        <translation>Nu se poate activa o versiune a mapării „%1”: %2</translation>
    </message>
    <message>
        <source>Version %1 by %2 activated.</source>
        <extracomment>activity log; %1 version number such as 1.0.0.3, %2 its publisher</extracomment>
        <translation>Versiunea %1 de %2 a fost activată.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 table &apos;%3&apos; does not exist; correct the name or refresh the schema (like dual-write DIPV1018 and DIPV1020).</source>
        <translation>Maparea „%1”: tabelul %2 „%3” nu există; corectați numele sau reîmprospătați schema (ca DIPV1018 și DIPV1020 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; has no integration key: add a pair of key fields for Finance table &apos;%2&apos; and Dataverse table &apos;%3&apos; (like dual-write DIPV1003).</source>
        <translation>Maparea „%1” nu are cheie de integrare: adăugați o pereche de câmpuri cheie pentru tabelul Finanțe „%2” și tabelul Dataverse „%3” (ca DIPV1003 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names no %3 column of table &apos;%4&apos;.</source>
        <translation>Maparea „%1”: perechea de chei de integrare %2 nu numește nicio coloană %3 a tabelului „%4”.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1025).</source>
        <translation>Maparea „%1”: perechea de chei de integrare %2 numește coloana %3 „%4”, care nu există (ca DIPV1025 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 (Finance column &apos;%3&apos;, Dataverse column &apos;%4&apos;) is not mapped by any field mapping; map these two columns to each other (like dual-write DIPV1014).</source>
        <translation>Maparea „%1”: perechea de chei de integrare %2 (coloana Finanțe „%3”, coloana Dataverse „%4”) nu este mapată de nicio mapare de câmp; mapați aceste două coloane una la cealaltă (ca DIPV1014 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; syncs both ways, but field mapping %2 of integration key pair %3 (Finance column &apos;%4&apos; %5 Dataverse column &apos;%6&apos;) is one-way; key fields must be mapped with &apos;=&apos; (like dual-write DIPV1004).</source>
        <translation>Maparea „%1” se sincronizează în ambele sensuri, dar maparea de câmp %2 a perechii de chei de integrare %3 (coloana Finanțe „%4” %5 coloana Dataverse „%6”) este unidirecțională; câmpurile cheie trebuie mapate cu „=” (ca DIPV1004 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names neither a Finance column (table &apos;%3&apos;) nor a Dataverse column (table &apos;%4&apos;).</source>
        <translation>Maparea „%1”: maparea de câmp %2 nu numește nici o coloană Finanțe (tabelul „%3”), nici o coloană Dataverse (tabelul „%4”).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways but names no %3 column of table &apos;%4&apos;.</source>
        <translation>Maparea „%1”: maparea de câmp %2 se sincronizează în ambele sensuri, dar nu numește nicio coloană %3 a tabelului „%4”.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 writes to the %3 table &apos;%4&apos; but names no column there.</source>
        <translation>Maparea „%1”: maparea de câmp %2 scrie în tabelul %3 „%4”, dar nu numește nicio coloană din acesta.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names no %3 source column of table &apos;%4&apos; for the %5 column &apos;%6&apos;; a mapping without a source needs a Default or Constant transform (like dual-write DIPV1021).</source>
        <translation>Maparea „%1”: maparea de câmp %2 nu numește nicio coloană sursă %3 a tabelului „%4” pentru coloana %5 „%6”; o mapare fără sursă necesită o transformare Implicit sau Constantă (ca DIPV1021 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1022 and DIPV1025).</source>
        <translation>Maparea „%1”: maparea de câmp %2 numește coloana %3 „%4”, care nu există (ca DIPV1022 și DIPV1025 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos; to %5 column &apos;%6&apos;) has no entries, so every value would fail.</source>
        <translation>Maparea „%1”: transformarea Mapare de valori a mapării de câmp %2 (coloana %3 „%4” în coloana %5 „%6”) nu are intrări, deci orice valoare ar eșua.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos;) lists the source value &apos;%5&apos; more than once (like dual-write DIPV1029).</source>
        <translation>Maparea „%1”: transformarea Mapare de valori a mapării de câmp %2 (coloana %3 „%4”) listează valoarea sursă „%5” de mai multe ori (ca DIPV1029 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways, but its Value map transform maps more than one value to &apos;%3&apos;, so the %4 column &apos;%5&apos; cannot be mapped back to the %6 column &apos;%7&apos;.</source>
        <translation>Maparea „%1”: maparea de câmp %2 se sincronizează în ambele sensuri, dar transformarea sa Mapare de valori mapează mai multe valori la „%3”, deci coloana %4 „%5” nu poate fi mapată înapoi la coloana %6 „%7”.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 (Finance column &apos;%3&apos; = Dataverse column &apos;%4&apos;) syncs both ways, but a Lookup transform resolves values in one direction only; use one-way field mappings.</source>
        <translation>Maparea „%1”: maparea de câmp %2 (coloana Finanțe „%3” = coloana Dataverse „%4”) se sincronizează în ambele sensuri, dar o transformare Căutare rezolvă valorile doar într-un sens; folosiți mapări de câmp unidirecționale.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no lookup table.</source>
        <translation>Maparea „%1”: transformarea Căutare a mapării de câmp %2 (coloana %3 „%4”) nu numește niciun tabel de căutare.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no key column of the lookup table &apos;%5&apos;.</source>
        <translation>Maparea „%1”: transformarea Căutare a mapării de câmp %2 (coloana %3 „%4”) nu numește nicio coloană cheie a tabelului de căutare „%5”.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no value column of the lookup table &apos;%5&apos;.</source>
        <translation>Maparea „%1”: transformarea Căutare a mapării de câmp %2 (coloana %3 „%4”) nu numește nicio coloană de valoare a tabelului de căutare „%5”.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the %3 table &apos;%4&apos;, which does not exist (like dual-write DIPV1018).</source>
        <translation>Maparea „%1”: transformarea Căutare a mapării de câmp %2 numește tabelul %3 „%4”, care nu există (ca DIPV1018 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the key column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Maparea „%1”: transformarea Căutare a mapării de câmp %2 numește coloana cheie „%3”, pe care tabelul %4 „%5” nu o are.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the value column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Maparea „%1”: transformarea Căutare a mapării de câmp %2 numește coloana de valoare „%3”, pe care tabelul %4 „%5” nu o are.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Constant transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL).</source>
        <translation>Maparea „%1”: transformarea Constantă a mapării de câmp %2 nu are valoare, dar coloana %3 „%4” este obligatorie (NOT NULL).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Default transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL) (like dual-write DIPV1031).</source>
        <translation>Maparea „%1”: transformarea Implicit a mapării de câmp %2 nu are valoare, dar coloana %3 „%4” este obligatorie (NOT NULL) (ca DIPV1031 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 copies the %3 column &apos;%4&apos; (%5) to the %6 column &apos;%7&apos; (%8), which cannot be converted; use a Value map transform or another column (like dual-write DIPV1030).</source>
        <translation>Maparea „%1”: maparea de câmp %2 copiază coloana %3 „%4” (%5) în coloana %6 „%7” (%8), ceea ce nu poate fi convertit; folosiți o transformare Mapare de valori sau altă coloană (ca DIPV1030 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 column &apos;%3&apos; is written by field mappings %4 and %5 (like dual-write DIPV1026).</source>
        <translation>Maparea „%1”: coloana %2 „%3” este scrisă de mapările de câmp %4 și %5 (ca DIPV1026 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; writes to the %2 table &apos;%3&apos;, but no field mapping writes its required column &apos;%4&apos; (NOT NULL without a default); map it or give it a Default or Constant transform (like dual-write DIPV1010 and DIPV1031).</source>
        <translation>Maparea „%1” scrie în tabelul %2 „%3”, dar nicio mapare de câmp nu scrie coloana sa obligatorie „%4” (NOT NULL fără valoare implicită); mapați-o sau dați-i o transformare Implicit sau Constantă (ca DIPV1010 și DIPV1031 din scrierea duală).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter on table &apos;%3&apos; is not valid: %4 (like dual-write DIPV1012)</source>
        <translation>Maparea „%1”: filtrul sursă %2 pentru tabelul „%3” nu este valid: %4 (ca DIPV1012 din scrierea duală)</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter names the column &apos;%3&apos;, which the table &apos;%4&apos; does not have.</source>
        <translation>Maparea „%1”: filtrul sursă %2 numește coloana „%3”, pe care tabelul „%4” nu o are.</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote (&apos;) is missing</source>
        <translation>șir neterminat: lipsește ghilimeaua de închidere (&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>„%1” nu este un număr valid</translation>
    </message>
    <message>
        <source>a column name may have at most %1 characters; this one has %2</source>
        <translation>un nume de coloană poate avea cel mult %1 caractere; acesta are %2</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>caracter neașteptat U+%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caracter neașteptat „%1”</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>„)” fără „(” corespunzătoare</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter but found %1</source>
        <translation>se așteaptă „and”, „or” sau sfârșitul filtrului, dar s-a găsit %1</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Poziția %1: %2</translation>
    </message>
    <message>
        <source>parentheses and &apos;not&apos; may be nested at most %1 levels deep</source>
        <translation>parantezele și „not” pot fi imbricate pe cel mult %1 niveluri</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1 but found %2</source>
        <translation>se așteaptă „)” pentru a închide „(” de la poziția %1, dar s-a găsit %2</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>lipsește „)” care să închidă „(” de la poziția %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but found %1</source>
        <translation>se așteaptă o coloană, o valoare sau „(”, dar s-a găsit %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but the filter ended</source>
        <translation>se așteaptă o coloană, o valoare sau „(”, dar filtrul s-a terminat</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but found %1</source>
        <translation>se așteaptă un operator de comparație (eq, ne, gt, ge, lt, le), dar s-a găsit %1</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but the filter ended</source>
        <translation>se așteaptă un operator de comparație (eq, ne, gt, ge, lt, le), dar filtrul s-a terminat</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but found %2</source>
        <translation>se așteaptă o coloană sau o valoare după „%1”, dar s-a găsit %2</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but the filter ended</source>
        <translation>se așteaptă o coloană sau o valoare după „%1”, dar filtrul s-a terminat</translation>
    </message>
    <message>
        <source>a comparison needs a column on at least one side, not two values</source>
        <translation>o comparație necesită o coloană în cel puțin o parte, nu două valori</translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne</source>
        <translation>null poate fi comparat doar cu eq sau ne</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 există, dar nu este un folder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nu se poate crea folderul %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nu se poate crea %1: %2</translation>
    </message>
    <message>
        <source>Cannot skip records: %1</source>
        <translation>Nu se pot omite înregistrările: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped: %1</source>
        <translation>
            <numerusform>%n înregistrare omisă: %1</numerusform>
            <numerusform>%n înregistrări omise: %1</numerusform>
            <numerusform>%n de înregistrări omise: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizată</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omisă</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <extracomment>%1 is a field mapping such as &quot;ProjectId ← msdyn_project&quot;, %2 the cause</extracomment>
        <translation>câmpul %1: %2</translation>
    </message>
    <message>
        <source>the value %1 has no entry in the value map</source>
        <translation>valoarea %1 nu are nicio intrare în maparea de valori</translation>
    </message>
    <message>
        <source>Unable to lookup %1 with values {%2} (no row has %3 = %4)</source>
        <translation>Unable to lookup %1 with values {%2} (niciun rând nu are %3 = %4)</translation>
    </message>
    <message>
        <source>%1 = %2 doesn&apos;t uniquely identify a %3 row</source>
        <translation>%1 = %2 nu identifică în mod unic un rând %3</translation>
    </message>
    <message>
        <source>the value is empty, but %1 is required</source>
        <translation>valoarea este goală, dar %1 este obligatoriu</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Nu se pot citi înregistrările eșuate: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: the source row no longer exists in the %3 table %4; skip the record or restore the row.</source>
        <translation>Maparea „%1”, înregistrarea %2: rândul sursă nu mai există în tabelul %4 din %3; omiteți înregistrarea sau restaurați rândul.</translation>
    </message>
    <message>
        <source>The process running it ended before the run finished.</source>
        <translation>Procesul care o executa s-a încheiat înainte de finalizarea rulării.</translation>
    </message>
    <message>
        <source>There is no map with id %1.</source>
        <translation>Nu există nicio mapare cu ID-ul %1.</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: it has no name or no columns</source>
        <translation>Nu se poate crea tabelul „%1”: nu are nume sau coloane</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the name cannot be quoted safely</source>
        <translation>Nu se poate crea tabelul „%1”: numele nu poate fi citat în siguranță</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the column name &apos;%2&apos; cannot be quoted safely</source>
        <translation>Nu se poate crea tabelul „%1”: numele de coloană „%2” nu poate fi citat în siguranță</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: %2</source>
        <translation>Nu se poate crea tabelul „%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: the driver %2 is not supported</source>
        <translation>Nu se pot citi tabelele bazei de date %1: driverul %2 nu este acceptat</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: %2</source>
        <translation>Nu se pot citi tabelele bazei de date %1: %2</translation>
    </message>
    <message>
        <source>Table %1 does not exist in the %2 database</source>
        <translation>Tabelul %1 nu există în baza de date %2</translation>
    </message>
    <message>
        <source>Table %1 is ambiguous in the %2 database: it matches the tables %3</source>
        <translation>Tabelul %1 este ambiguu în baza de date %2: corespunde tabelelor %3</translation>
    </message>
    <message>
        <source>Cannot read table %1 of the %2 database: %3</source>
        <translation>Nu se poate citi tabelul %1 al bazei de date %2: %3</translation>
    </message>
    <message>
        <source>must be a column object</source>
        <translation>trebuie să fie un obiect coloană</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column type</source>
        <translation>„%1” nu este un tip de coloană</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>trebuie să fie un număr întreg</translation>
    </message>
    <message>
        <source>must be a table name or null</source>
        <translation>trebuie să fie un nume de tabel sau null</translation>
    </message>
    <message>
        <source>must be null, &quot;guid&quot;, &quot;now&quot; or a literal value</source>
        <translation>trebuie să fie null, &quot;guid&quot;, &quot;now&quot; sau o valoare literală</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation>trebuie să fie o listă nevidă de nume de coloane</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no column of the table</source>
        <translation>„%1” nu este o coloană a tabelului</translation>
    </message>
    <message>
        <source>must be a table object</source>
        <translation>trebuie să fie un obiect tabel</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>trebuie să fie o listă nevidă</translation>
    </message>
    <message>
        <source>must be a list of keys</source>
        <translation>trebuie să fie o listă de chei</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON nevalid la deplasamentul %1: %2</translation>
    </message>
    <message>
        <source>a schema is a JSON list of tables</source>
        <translation>o schemă este o listă JSON de tabele</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is defined twice</source>
        <translation>%1: tabelul „%2” este definit de două ori</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 filter is not valid: %3</source>
        <translation>Maparea „%1”: filtrul %2 nu este valid: %3</translation>
    </message>
    <message>
        <source>Cannot read the source table: %1</source>
        <translation>Nu se poate citi tabelul sursă: %1</translation>
    </message>
    <message>
        <source>Cannot count the source rows: %1</source>
        <translation>Nu se pot număra rândurile sursă: %1</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>Nu se poate pregăti „%1”: %2</translation>
    </message>
    <message>
        <source>SQL &quot;%1&quot; failed: %2</source>
        <translation>SQL „%1” a eșuat: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Nu se poate rula %1: %2</translation>
    </message>
    <message>
        <source>%1, statement at line %2: %3</source>
        <translation>%1, instrucțiunea de la rândul %2: %3</translation>
    </message>
    <message>
        <source>The state store %1 has schema version %2, but this dwadmin knows only up to version %3. It was written by a newer dwadmin; upgrade dwadmin to open it.</source>
        <translation>Depozitul de stări %1 are versiunea de schemă %2, dar acest dwadmin cunoaște doar până la versiunea %3. A fost scris de un dwadmin mai nou; actualizați dwadmin pentru a-l deschide.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the state store %1: %2</source>
        <translation>Nu se poate citi versiunea de schemă a depozitului de stări %1: %2</translation>
    </message>
    <message>
        <source>Cannot start migration %1 of the state store: %2</source>
        <translation>Nu se poate începe migrarea %1 a depozitului de stări: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of the state store %3 failed: %4</source>
        <translation>Migrarea %1 (%2) a depozitului de stări %3 a eșuat: %4</translation>
    </message>
    <message>
        <source>Unknown state store error.</source>
        <translation>Eroare necunoscută a depozitului de stări.</translation>
    </message>
    <message>
        <source>%1 read, %2 inserted, %3 updated, %4 unchanged, %5 deleted, %6 failed, %7 conflicts</source>
        <translation>%1 citite, %2 inserate, %3 actualizate, %4 nemodificate, %5 șterse, %6 eșuate, %7 conflicte</translation>
    </message>
    <message>
        <source>No map matches the request.</source>
        <translation>Nicio mapare nu corespunde solicitării.</translation>
    </message>
    <message>
        <source>Initial sync from %1 finished: %2.</source>
        <translation>Sincronizarea inițială din %1 s-a finalizat: %2.</translation>
    </message>
    <message>
        <source>Initial sync stopped; run it again to continue where it stopped.</source>
        <translation>Sincronizarea inițială s-a oprit; rulați-o din nou pentru a continua de unde s-a oprit.</translation>
    </message>
    <message>
        <source>Initial sync stopped by the administrator: %1.</source>
        <translation>Sincronizare inițială oprită de administrator: %1.</translation>
    </message>
    <message>
        <source>Conflicts resolved with the %1 version: %2.</source>
        <translation>Conflicte rezolvate cu versiunea din %1: %2.</translation>
    </message>
    <message>
        <source>Failed records retried: %1.</source>
        <translation>Înregistrări eșuate reîncercate: %1.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes.</source>
        <translation>Alertă: %1 erori (%2) în %3 minute.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was paused. Fix the cause, then resume it.</source>
        <translation>Alertă: %1 erori (%2) în %3 minute; maparea a fost întreruptă. Remediați cauza, apoi reluați-o.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was stopped.</source>
        <translation>Alertă: %1 erori (%2) în %3 minute; maparea a fost oprită.</translation>
    </message>
    <message>
        <source>Queued changes applied; the map runs live again.</source>
        <translation>Modificările din coadă au fost aplicate; maparea rulează din nou în timp real.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 (%2) of %n map(s) started.</source>
        <translation>
            <numerusform>Rularea %1 (%2) a %n mapare a pornit.</numerusform>
            <numerusform>Rularea %1 (%2) a %n mapări a pornit.</numerusform>
            <numerusform>Rularea %1 (%2) a %n de mapări a pornit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n înregistrare a eșuat.</numerusform>
            <numerusform>%n înregistrări au eșuat.</numerusform>
            <numerusform>%n de înregistrări au eșuat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 ended (%2): %3</source>
        <translation>Rularea %1 s-a încheiat (%2): %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run; its configuration has problems:
%2</source>
        <translation>Maparea „%1” nu a fost rulată; configurația sa are probleme:
%2</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: a table is missing.</source>
        <translation>Maparea „%1”: lipsește un tabel.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of a batch in the state store: %1</source>
        <translation>Nu se poate înregistra rezultatul unui lot în depozitul de stări: %1</translation>
    </message>
    <message>
        <source>A sync is already running. Wait for it to end or stop it first.</source>
        <translation>O sincronizare rulează deja. Așteptați să se termine sau opriți-o mai întâi.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configurare</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimări</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Valori reale</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Cheltuieli</translation>
    </message>
    <message>
        <source>Vendor invoices</source>
        <translation>Facturi furnizor</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanțe</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Finanțe → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finanțe</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>În ambele sensuri</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>cheie necunoscută</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>este obligatoriu</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>trebuie să fie un șir</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>trebuie să fie un tablou</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>trebuie să fie un număr întreg de la 1 la 1000000</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nu trebuie să fie gol</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transform; expected default, valueMap, lookup or constant</source>
        <translation>„%1” nu este o transformare; se așteaptă default, valueMap, lookup sau constant</translation>
    </message>
    <message>
        <source>must be a string, number, true, false or null</source>
        <translation>trebuie să fie un șir, un număr, true, false sau null</translation>
    </message>
    <message>
        <source>must be a string, number, true or false</source>
        <translation>trebuie să fie un șir, un număr, true sau false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component; expected setup, estimates, actuals, invoices, expenses or vendorInvoices</source>
        <translation>„%1” nu este o componentă; se așteaptă setup, estimates, actuals, invoices, expenses sau vendorInvoices</translation>
    </message>
    <message>
        <source>names neither a Finance nor a Dataverse field</source>
        <translation>nu numește nici un câmp Finanțe, nici un câmp Dataverse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; expected &apos;&gt;&apos;, &apos;&lt;&apos; or &apos;=&apos;</source>
        <translation>„%1” nu este o direcție; se așteaptă „&gt;”, „&lt;” sau „=”</translation>
    </message>
    <message>
        <source>must be a map name</source>
        <translation>trebuie să fie un nume de mapare</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conflict policy; expected master, newest or manual</source>
        <translation>„%1” nu este o politică de conflict; se așteaptă master, newest sau manual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a side; expected dataverse or finance</source>
        <translation>„%1” nu este o parte; se așteaptă dataverse sau finance</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert action; expected notify, pause or stop</source>
        <translation>„%1” nu este o acțiune de alertă; se așteaptă notify, pause sau stop</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>JSON nevalid la %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot; and &quot;maps&quot;.</source>
        <translation>Se așteaptă un obiect JSON cu &quot;format&quot; și &quot;maps&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported; this dwadmin reads %2</source>
        <translation>„%1” nu este acceptat; acest dwadmin citește %2</translation>
    </message>
    <message>
        <source>a map with this name appears twice in the file</source>
        <translation>o mapare cu acest nume apare de două ori în fișier</translation>
    </message>
    <message>
        <source>the database stayed busy (%1) through %2 attempts over %3 s</source>
        <translation>baza de date a rămas ocupată (%1) pe parcursul a %2 încercări în %3 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (the column holds %2)</source>
        <translation>„%1” nu este un număr (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: the decimal separator is a point (the column holds %2)</source>
        <translation>„%1” nu este un număr: separatorul zecimal este punctul (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (the column holds %2)</source>
        <translation>„%1” nu este un număr întreg (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a fraction (the column holds %2)</source>
        <translation>„%1” are o parte fracționară (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range (the column holds %2)</source>
        <translation>„%1” este în afara intervalului (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number (the column holds %2)</source>
        <translation>„%1” nu este un număr finit (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is binary data (the column holds %2)</source>
        <translation>„%1” reprezintă date binare (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8 text (the column holds %2)</source>
        <translation>„%1” nu este text UTF-8 valid (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a NUL character (the column holds %2)</source>
        <translation>„%1” conține un caracter NUL (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true, false, 1 or 0 (the column holds %2)</source>
        <translation>„%1” nu este true, false, 1 sau 0 (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as 2024-02-29 or 2024-02-29T13:45:00Z (the column holds %2)</source>
        <translation>„%1” nu este o dată și oră ISO 8601, de exemplu 2024-02-29 sau 2024-02-29T13:45:00Z (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a date that does not exist (the column holds %2)</source>
        <translation>„%1” denumește o dată care nu există (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time or time zone offset out of range (the column holds %2)</source>
        <translation>„%1” are o oră sau un decalaj de fus orar în afara intervalului (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 32 hexadecimal digits such as 0f8fad5b-d9cb-469f-a165-70867728950e (the column holds %2)</source>
        <translation>„%1” nu are 32 de cifre hexazecimale, de exemplu 0f8fad5b-d9cb-469f-a165-70867728950e (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 16 bytes long (the column holds %2)</source>
        <translation>„%1” nu are lungimea de 16 octeți (coloana conține %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not binary data (the column holds %2)</source>
        <translation>„%1” nu reprezintă date binare (coloana conține %2)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is %n characters long; the column allows %2</source>
        <translation>
            <numerusform>„%1” are %n caracter; coloana permite %2</numerusform>
            <numerusform>„%1” are %n caractere; coloana permite %2</numerusform>
            <numerusform>„%1” are %n de caractere; coloana permite %2</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <comment>what a column holds</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <comment>what a column holds</comment>
        <translation>numere întregi</translation>
    </message>
    <message>
        <source>decimals</source>
        <comment>what a column holds</comment>
        <translation>numere zecimale</translation>
    </message>
    <message>
        <source>numbers</source>
        <comment>what a column holds</comment>
        <translation>numere</translation>
    </message>
    <message>
        <source>true/false</source>
        <comment>what a column holds</comment>
        <translation>adevărat/fals</translation>
    </message>
    <message>
        <source>dates and times</source>
        <comment>what a column holds</comment>
        <translation>date și ore</translation>
    </message>
    <message>
        <source>GUIDs</source>
        <comment>what a column holds</comment>
        <translation>GUID-uri</translation>
    </message>
    <message>
        <source>binary data</source>
        <comment>what a column holds</comment>
        <translation>date binare</translation>
    </message>
    <message>
        <source>No database file is given.</source>
        <translation>Nu este indicat niciun fișier de bază de date.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Fișierul %1 nu există.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opțiunea %1 necesită o valoare.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>Opțiunea %1 este dată de mai multe ori.</translation>
    </message>
    <message numerus="yes">
        <source>Entity %1 → table %2: %n column(s)</source>
        <translation>
            <numerusform>Entitatea %1 → tabelul %2: %n coloană</numerusform>
            <numerusform>Entitatea %1 → tabelul %2: %n coloane</numerusform>
            <numerusform>Entitatea %1 → tabelul %2: %n de coloane</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary key: %1</source>
        <translation>Cheie primară: %1</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLOANĂ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIP</translation>
    </message>
    <message>
        <source>NULLABLE</source>
        <translation>NULL PERMIS</translation>
    </message>
    <message>
        <source>LOOKUP</source>
        <translation>CĂUTARE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIUNE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n avertisment:</numerusform>
            <numerusform>%n avertismente:</numerusform>
            <numerusform>%n de avertismente:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>Format necunoscut „%1”; folosiți table sau json.</translation>
    </message>
    <message>
        <source>&quot;cdm show&quot; needs the entity file to read.</source>
        <translation>„cdm show” necesită fișierul de entitate de citit.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument neașteptat „%1”.</translation>
    </message>
    <message>
        <source>&quot;cdm&quot; needs an action: show.</source>
        <translation>„cdm” necesită o acțiune: show.</translation>
    </message>
    <message>
        <source>Unknown cdm action &quot;%1&quot;.</source>
        <translation>Acțiune cdm necunoscută „%1”.</translation>
    </message>
    <message>
        <source>No workspace at %1. Create one with &quot;dwadmin-cli demo create&quot; or start dwadmin once.</source>
        <translation>Nu există spațiu de lucru la %1. Creați unul cu „dwadmin-cli demo create” sau porniți dwadmin o dată.</translation>
    </message>
    <message>
        <source>Run &quot;dwadmin-cli --help&quot; for usage.</source>
        <translation>Rulați „dwadmin-cli --help” pentru utilizare.</translation>
    </message>
    <message>
        <source>Say which maps: --map NAME (repeatable).</source>
        <translation>Indicați mapările: --map NUME (repetabil).</translation>
    </message>
    <message>
        <source>%1: %2, %3 queued change(s)</source>
        <translation>%1: %2, %3 modificări în coadă</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--scale trebuie să fie un număr întreg de la 1 la 1000, nu „%1”.</translation>
    </message>
    <message>
        <source>Created the demo workspace at %1 (scale %2).</source>
        <translation>Spațiul de lucru demonstrativ a fost creat la %1 (scara %2).</translation>
    </message>
    <message>
        <source>--seconds must be a whole number of seconds (0: until stopped), not &quot;%1&quot;.</source>
        <translation>--seconds trebuie să fie un număr întreg de secunde (0: până la oprire), nu „%1”.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed trebuie să fie un număr întreg, nu „%1”.</translation>
    </message>
    <message>
        <source>Simulating activity in %1; stop with Ctrl+C.</source>
        <translation>Se simulează activitatea în %1; opriți cu Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated %1 s of activity: %n change(s).</source>
        <translation>
            <numerusform>S-au simulat %1 s de activitate: %n modificare.</numerusform>
            <numerusform>S-au simulat %1 s de activitate: %n modificări.</numerusform>
            <numerusform>S-au simulat %1 s de activitate: %n de modificări.</numerusform>
        </translation>
    </message>
    <message>
        <source>  time approved: %1 (%2 actuals)</source>
        <translation>  timp aprobat: %1 (%2 valori reale)</translation>
    </message>
    <message>
        <source>  proforma invoices confirmed: %1 (%2 actuals)</source>
        <translation>  facturi proforma confirmate: %1 (%2 valori reale)</translation>
    </message>
    <message>
        <source>  expense reports posted: %1 (%2 lines)</source>
        <translation>  rapoarte de cheltuieli înregistrate: %1 (%2 linii)</translation>
    </message>
    <message>
        <source>  vendor invoices posted: %1 (%2 lines)</source>
        <translation>  facturi furnizor înregistrate: %1 (%2 linii)</translation>
    </message>
    <message>
        <source>  integration journals posted: %1 (%2 actuals written back)</source>
        <translation>  jurnale de integrare înregistrate: %1 (%2 valori reale scrise înapoi)</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs an action: create or simulate.</source>
        <translation>„demo” necesită o acțiune: create sau simulate.</translation>
    </message>
    <message>
        <source>Unknown demo action &quot;%1&quot;.</source>
        <translation>Acțiune demo necunoscută „%1”.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Limbă necunoscută „%1”; folosiți una dintre %2 sau system.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nu s-a dat nicio comandă.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comandă necunoscută „%1”.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>COMPONENTĂ</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIUNE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STARE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>EȘUATE</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>ULTIMA RULARE</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>&quot;maps&quot; needs an action: list, export, import or validate.</source>
        <translation>„maps” necesită o acțiune: list, export, import sau validate.</translation>
    </message>
    <message>
        <source>Unknown maps action &quot;%1&quot;.</source>
        <translation>Acțiune maps necunoscută „%1”.</translation>
    </message>
    <message>
        <source>&quot;maps %1&quot; needs a file name (&quot;-&quot; for the standard streams).</source>
        <extracomment>%1 is &quot;export&quot; or &quot;import&quot;</extracomment>
        <translation>„maps %1” necesită un nume de fișier („-” pentru fluxurile standard).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n map(s) to %1.</source>
        <translation>
            <numerusform>S-a exportat %n mapare în %1.</numerusform>
            <numerusform>S-au exportat %n mapări în %1.</numerusform>
            <numerusform>S-au exportat %n de mapări în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1: %2
Nothing was imported.</source>
        <translation>Nu se poate importa %1: %2
Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>%1 holds no maps; nothing was imported.</source>
        <translation>%1 nu conține mapări; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>Cannot import %1: the maps&apos; dependencies would not allow a run order.
Nothing was imported.</source>
        <translation>Nu se poate importa %1: dependențele mapărilor nu ar permite o ordine de rulare.
Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>%1: created, version %2</source>
        <translation>%1: creată, versiunea %2</translation>
    </message>
    <message>
        <source>%1: new version %2</source>
        <translation>%1: versiune nouă %2</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: nemodificată</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s database %2 does not exist.</source>
        <translation>Baza de date %2 a mediului %1 nu există.</translation>
    </message>
    <message numerus="yes">
        <source>All %n map(s) are valid.</source>
        <translation>
            <numerusform>%n mapare este validă.</numerusform>
            <numerusform>Toate cele %n mapări sunt valide.</numerusform>
            <numerusform>Toate cele %n de mapări sunt valide.</numerusform>
        </translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAPARE</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESAJ</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>S-a găsit %n problemă.</numerusform>
            <numerusform>S-au găsit %n probleme.</numerusform>
            <numerusform>S-au găsit %n de probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHEIE</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECȚIE</translation>
    </message>
    <message>
        <source>ERROR CLASS</source>
        <translation>CLASĂ DE EROARE</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>ÎNCERCĂRI</translation>
    </message>
    <message>
        <source>LAST ATTEMPT</source>
        <translation>ULTIMA ÎNCERCARE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>EROARE</translation>
    </message>
    <message>
        <source>Unknown component &quot;%1&quot;; use setup, estimates, actuals, invoices, expenses or vendorInvoices.</source>
        <translation>Componentă necunoscută „%1”; folosiți setup, estimates, actuals, invoices, expenses sau vendorInvoices.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use synced, failed, conflict, skipped or pending.</source>
        <translation>Stare necunoscută „%1”; folosiți synced, failed, conflict, skipped sau pending.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Format necunoscut „%1”; folosiți table, csv sau json.</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 inserted, %4 updated, %5 unchanged, %6 failed (%7 s)</source>
        <translation>%1: %2 citite, %3 inserate, %4 actualizate, %5 nemodificate, %6 eșuate (%7 s)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows, %4 failed</source>
        <translation>%1: %2 din %3 rânduri, %4 eșuate</translation>
    </message>
    <message>
        <source>%1: record %2 is not a failed record; not retried.</source>
        <translation>%1: înregistrarea %2 nu este o înregistrare eșuată; nu a fost reîncercată.</translation>
    </message>
    <message>
        <source>Live sync stopped; the maps stay running and keep queueing changes for the next live run or worker.</source>
        <translation>Sincronizarea în timp real s-a oprit; mapările rămân pornite și continuă să pună modificări în coadă pentru următoarea rulare în timp real sau pentru un proces de lucru.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Oprit. Rulați din nou aceeași comandă pentru a continua de unde s-a oprit.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; see &quot;dwadmin-cli records --status failed&quot;.</source>
        <translation>
            <numerusform>%n înregistrare a eșuat; consultați „dwadmin-cli records --status failed”.</numerusform>
            <numerusform>%n înregistrări au eșuat; consultați „dwadmin-cli records --status failed”.</numerusform>
            <numerusform>%n de înregistrări au eșuat; consultați „dwadmin-cli records --status failed”.</numerusform>
        </translation>
    </message>
    <message>
        <source>--master must be dataverse or finance, not &quot;%1&quot;.</source>
        <translation>--master trebuie să fie dataverse sau finance, nu „%1”.</translation>
    </message>
    <message>
        <source>Say which maps to run: --all, --map NAME (repeatable) or --component C.</source>
        <translation>Indicați mapările de rulat: --all, --map NUME (repetabil) sau --component C.</translation>
    </message>
    <message>
        <source>--master applies to --initial runs.</source>
        <translation>--master se aplică rulărilor --initial.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.1 to 3600.</source>
        <translation>--interval trebuie să fie un număr de secunde de la 0.1 la 3600.</translation>
    </message>
    <message>
        <source>Say what to retry: --map NAME [--key K]… or --all-failed.</source>
        <translation>Indicați ce se reîncearcă: --map NUME [--key K]… sau --all-failed.</translation>
    </message>
    <message>
        <source>--key needs exactly one --map.</source>
        <translation>--key necesită exact un --map.</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>run outcome</comment>
        <translation>Finalizată</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Oprită</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>run outcome</comment>
        <translation>Întreruptă</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Rulează</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Spațiu de lucru: %1</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>SINCRONIZATE</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLICTE</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>OMISE</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>ÎN AȘTEPTARE</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>ÎN COADĂ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>REZULTAT</translation>
    </message>
    <message>
        <source>RESUMABLE</source>
        <translation>RELUABILĂ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIV</translation>
    </message>
    <message>
        <source>Queued changes cannot be counted: %1</source>
        <translation>Modificările din coadă nu pot fi numărate: %1</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot write to.</source>
        <translation>Mediul %1 folosește driverul %2, prin care sincronizarea nu poate scrie.</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot read from.</source>
        <translation>Mediul %1 folosește driverul %2, prin care sincronizarea nu poate citi.</translation>
    </message>
    <message>
        <source>Cannot open database %1: another process has held it locked for more than 5 s; run again when that process is done.</source>
        <translation>Nu se poate deschide baza de date %1: alt proces o ține blocată de mai mult de 5 s; rulați din nou după ce procesul respectiv se termină.</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Nu se poate citi tabelul %1: %2</translation>
    </message>
    <message>
        <source>The %1 environment uses a database driver dwadmin cannot read from.</source>
        <translation>Mediul %1 folosește un driver de bază de date prin care dwadmin nu poate citi.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Nu se poate scrie exportul: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: %2 is not a column the record&apos;s %3 row may be edited in.</source>
        <translation>Maparea „%1”: %2 nu este o coloană care poate fi editată în rândul din %3 al înregistrării.</translation>
    </message>
    <message>
        <source>Cannot write to the %1 table %2: %3</source>
        <translation>Nu se poate scrie în tabelul %2 din %1: %3</translation>
    </message>
    <message>
        <source>The %1 table %2 refused the new values of record %3: %4</source>
        <extracomment>%1 side, %2 table, %3 record key, %4 the database&apos;s message.</extracomment>
        <translation>Tabelul %2 din %1 a refuzat valorile noi ale înregistrării %3: %4</translation>
    </message>
    <message>
        <source>Record %1 has no row in the %2 table %3 any more.</source>
        <translation>Înregistrarea %1 nu mai are niciun rând în tabelul %3 din %2.</translation>
    </message>
    <message>
        <source>The target database %1 was deleted, moved or replaced during the run; nothing more was written to it. Restore the file and run again.</source>
        <translation>Baza de date țintă %1 a fost ștearsă, mutată sau înlocuită în timpul rulării; nu s-a mai scris nimic în ea. Restaurați fișierul și rulați din nou.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run: the %2 environment&apos;s database %3 is read-only; allow this user to write it.</source>
        <translation>Maparea „%1” nu a fost rulată: baza de date %3 a mediului %2 este doar în citire; permiteți acestui utilizator să scrie în ea.</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>nu trebuie să conțină caractere de control</translation>
    </message>
    <message>
        <source>%1: served by %2; its changes are applied there.</source>
        <translation>%1: deservită de %2; modificările sale se aplică acolo.</translation>
    </message>
    <message>
        <source>Worker stopped; its map leases are given back.</source>
        <translation>Procesul de lucru s-a oprit; închirierile de mapări pe care le deținea au fost eliberate.</translation>
    </message>
    <message>
        <source>--lease must be a number of seconds from 1 to 3600 and at least three times the interval.</source>
        <translation>--lease trebuie să fie un număr de secunde de la 1 la 3600 și cel puțin de trei ori intervalul.</translation>
    </message>
    <message>
        <source>Worker %1 serves the running maps of %2 (every %3 s, lease %4 s) until SIGTERM or SIGINT.</source>
        <translation>Procesul de lucru %1 deservește mapările care rulează din spațiul de lucru %2 (la fiecare %3 s, închiriere de %4 s) până la SIGTERM sau SIGINT.</translation>
    </message>
    <message>
        <source>SERVED BY</source>
        <translation>DESERVITĂ DE</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; stopped: the connection to the %2 environment was lost and did not come back (%3). Nothing of the unfinished page was written; run the map again once the server is back and it continues where it stopped.</source>
        <translation>Maparea „%1” s-a oprit: conexiunea cu mediul %2 s-a pierdut și nu a mai revenit (%3). Nu s-a scris nimic din pagina neterminată; rulați din nou maparea după ce serverul revine, iar aceasta va continua de unde s-a oprit.</translation>
    </message>
    <message>
        <source>Cannot read the lease of map %1: %2</source>
        <translation>Nu se poate citi închirierea mapării %1: %2</translation>
    </message>
    <message>
        <source>Cannot take the lease of map %1: %2</source>
        <translation>Nu se poate prelua închirierea mapării %1: %2</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>alt proces de lucru</translation>
    </message>
    <message>
        <source>Cannot give back the map leases of %1: %2</source>
        <translation>Nu se pot elibera închirierile de mapări ale procesului de lucru %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the map leases: %1</source>
        <translation>Nu se pot citi închirierile de mapări: %1</translation>
    </message>
    <message>
        <source>no connection after %1 attempts over %2 s: %3</source>
        <translation>nicio conexiune după %1 încercări în %2 s: %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is now served by %2, taken over from %3, which stopped renewing its lease.</source>
        <translation>Maparea „%1” este acum deservită de %2, care a preluat-o de la %3, deoarece acesta nu și-a mai reînnoit închirierea.</translation>
    </message>
    <message>
        <source>Map created with version %1.</source>
        <translation>Mapare creată cu versiunea %1.</translation>
    </message>
    <message>
        <source>Map saved as version %1.</source>
        <translation>Mapare salvată ca versiunea %1.</translation>
    </message>
    <message>
        <source>Usage: dwadmin-cli [--workspace DIR] COMMAND [ARGUMENTS]

Administers a dwadmin workspace from scripts, cron and servers.

Commands:
  maps list [--format table|json]   List the table maps with status and counts
  maps export FILE                  Write the maps&apos; active versions to FILE
                                    (- for standard output) as dwadmin-maps/1
  maps import FILE                  Import the maps of FILE (- for standard
                                    input): all of them or, on any error, none
  maps validate [--map NAME]... [--format table|json]
                                    Check maps against both environments
  run (--all | --map NAME... | --component C) [--initial [--master SIDE]] [--live]
      [--interval SECONDS]          --initial: full push from the master side
                                    (dataverse or finance), in dependency order;
                                    an interrupted one resumes where it stopped.
                                    --live: start the maps and apply their
                                    changes until SIGINT/SIGTERM; the maps keep
                                    running. Neither: apply what is queued once
  worker [--interval SECONDS] [--lease SECONDS] [--name NAME]
                                    Serve every running map this worker can
                                    lease (one worker per map), until SIGTERM;
                                    for systemd (resources/systemd/)
  retry (--map NAME [--key K]... | --all-failed)
                                    Retry failed records from the current rows
  pause|resume|stop --map NAME...   Pause (changes keep queueing), resume
                                    (queued changes are applied) or stop maps
  status [--format table|json]      Each map&apos;s status, record counts, last run
  records [--map NAME]... [--component C] [--status S] [--format F]
                                    List record states. S: synced, failed,
                                    conflict, skipped or pending.
                                    F: table, csv or json
  cdm show FILE [--format table|json]
                                    Show the table a Common Data Model entity
                                    file (*.cdm.json) describes
  workspace init --state-store postgresql://[USER@]HOST[:PORT]/DATABASE
                                    Make DIR a workspace whose state is kept on
                                    that PostgreSQL server, to be shared by
                                    consoles and workers (no password in it)
  demo create [--scale N]           Create the demo workspace (N=1: a small firm)
  demo simulate [--seconds S]       Keep changing the demo environments as
                                    Project Operations and Finance do (until
                                    stopped, or for S seconds)

Options:
  --workspace DIR   Workspace folder (default: %1)
  --lang CODE       Language of the messages: %2, or system
                    (default: the locale&apos;s, from LANG or LC_MESSAGES)
  --help            Show this help
  --version         Show the version

Exit codes: 0 ok, 1 some records failed, 2 usage or configuration error.
</source>
        <translation>Utilizare: dwadmin-cli [--workspace DIR] COMANDĂ [ARGUMENTE]

Administrează un spațiu de lucru dwadmin din scripturi, cron și servere.

Comenzi:
  maps list [--format table|json]   Listează mapările de tabel cu stare și
                                    contoare
  maps export FILE                  Scrie versiunile active ale mapărilor în
                                    FILE (- pentru ieșirea standard) ca
                                    dwadmin-maps/1
  maps import FILE                  Importă mapările din FILE (- pentru
                                    intrarea standard): pe toate sau, la orice
                                    eroare, niciuna
  maps validate [--map NAME]... [--format table|json]
                                    Verifică mapările față de ambele medii
  run (--all | --map NAME... | --component C) [--initial [--master SIDE]] [--live]
      [--interval SECONDS]          --initial: transfer complet din partea
                                    principală (dataverse sau finance), în
                                    ordinea dependențelor; un transfer
                                    întrerupt continuă de unde s-a oprit.
                                    --live: pornește mapările și aplică
                                    modificările lor până la SIGINT/SIGTERM;
                                    mapările rămân pornite. Fără niciuna:
                                    aplică o dată ce este în coadă
  worker [--interval SECONDS] [--lease SECONDS] [--name NAME]
                                    Deservește fiecare mapare care rulează și
                                    pe care acest proces de lucru o poate
                                    închiria (un proces per mapare), până la
                                    SIGTERM; pentru systemd
                                    (resources/systemd/)
  retry (--map NAME [--key K]... | --all-failed)
                                    Reîncearcă înregistrările eșuate din
                                    rândurile curente
  pause|resume|stop --map NAME...   Întrerupe (modificările continuă să intre
                                    în coadă), reia (modificările din coadă
                                    se aplică) sau oprește mapări
  status [--format table|json]      Starea fiecărei mapări, numărul de
                                    înregistrări, ultima rulare
  records [--map NAME]... [--component C] [--status S] [--format F]
                                    Listează stările înregistrărilor.
                                    S: synced, failed, conflict, skipped sau
                                    pending.
                                    F: table, csv sau json
  cdm show FILE [--format table|json]
                                    Afișează tabelul descris de un fișier de
                                    entitate Common Data Model (*.cdm.json)
  workspace init --state-store postgresql://[USER@]HOST[:PORT]/DATABASE
                                    Transformă DIR într-un spațiu de lucru a
                                    cărui stare este păstrată pe acel server
                                    PostgreSQL, pentru a fi partajată de
                                    console și procese de lucru (fără a stoca
                                    parole în el)
  demo create [--scale N]           Creează spațiul de lucru demonstrativ
                                    (N=1: o firmă mică)
  demo simulate [--seconds S]       Modifică mediile demonstrative așa cum o
                                    fac Project Operations și Finanțe (până
                                    la oprire sau timp de S secunde)

Opțiuni:
  --workspace DIR   Folderul spațiului de lucru (implicit: %1)
  --lang CODE       Limba mesajelor: %2 sau system
                    (implicit: cea a setărilor regionale, din LANG sau
                    LC_MESSAGES)
  --help            Afișează acest ajutor
  --version         Afișează versiunea

Coduri de ieșire: 0 ok, 1 unele înregistrări au eșuat, 2 eroare de utilizare
sau de configurare.
</translation>
    </message>
    <message>
        <source>--state-store must be a PostgreSQL address such as postgresql://dwadmin@db.example.com:5432/dwadmin, not &quot;%1&quot;.</source>
        <translation>--state-store trebuie să fie o adresă PostgreSQL, de exemplu postgresql://dwadmin@db.example.com:5432/dwadmin, nu „%1”.</translation>
    </message>
    <message>
        <source>--state-store must not contain a password: dwadmin never stores one. Give it through PGPASSWORD or ~/.pgpass, or when the console asks.</source>
        <translation>--state-store nu trebuie să conțină o parolă: dwadmin nu stochează niciodată parole. Furnizați-o prin PGPASSWORD sau ~/.pgpass ori atunci când o solicită consola.</translation>
    </message>
    <message>
        <source>--state-store must give a database name after the host, as in postgresql://host/dwadmin.</source>
        <translation>--state-store trebuie să indice baza de date după gazdă, ca în postgresql://host/dwadmin.</translation>
    </message>
    <message>
        <source>workspace init needs --state-store ADDRESS.</source>
        <translation>„workspace init” necesită --state-store ADDRESS.</translation>
    </message>
    <message>
        <source>The workspace at %1 keeps its state in %2 (schema version %3).</source>
        <translation>Spațiul de lucru de la %1 își păstrează starea în %2 (versiunea de schemă %3).</translation>
    </message>
    <message>
        <source>Unknown workspace action &quot;%1&quot;; use init.</source>
        <translation>Acțiune workspace necunoscută „%1”; folosiți init.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none is known; dwadmin asks for it before the next run.</source>
        <translation>Serverul PostgreSQL pentru %1 solicită o parolă, dar nu se cunoaște niciuna; dwadmin o va cere înainte de următoarea rulare.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none was given. Set it in the PGPASSWORD environment variable or add a line for this connection to ~/.pgpass.</source>
        <translation>Serverul PostgreSQL pentru %1 solicită o parolă, dar nu a fost furnizată niciuna. Setați-o în variabila de mediu PGPASSWORD sau adăugați în ~/.pgpass o linie pentru această conexiune.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2); dwadmin asks for it again before the next run.</source>
        <translation>Serverul PostgreSQL pentru %1 a refuzat parola (%2); dwadmin o va cere din nou înainte de următoarea rulare.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2). Give the right one in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>Serverul PostgreSQL pentru %1 a refuzat parola (%2). Furnizați parola corectă în variabila de mediu PGPASSWORD sau în ~/.pgpass.</translation>
    </message>
    <message>
        <source>The state store %1 already holds a workspace.</source>
        <translation>Depozitul de stări %1 conține deja un spațiu de lucru.</translation>
    </message>
    <message>
        <source>Cannot connect to the %1 environment: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why</extracomment>
        <translation>Nu se poate realiza conexiunea la mediul %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the state store&apos;s bookkeeping: %1</source>
        <translation>Nu se pot pregăti datele de evidență internă ale depozitului de stări: %1</translation>
    </message>
    <message>
        <source>Cannot open the state store %1: %2</source>
        <translation>Nu se poate deschide depozitul de stări %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at offset %2: %3).</source>
        <translation>%1 nu este JSON valid (la deplasamentul %2: %3).</translation>
    </message>
    <message>
        <source>%1 does not name a state store: it needs &quot;format&quot;: &quot;%2&quot; and a &quot;stateStore&quot; with &quot;driver&quot;: &quot;QPSQL&quot; and a &quot;database&quot;.</source>
        <translation>%1 nu indică un depozit de stări: sunt necesare &quot;format&quot;: &quot;%2&quot; și un &quot;stateStore&quot; cu &quot;driver&quot;: &quot;QPSQL&quot; și &quot;database&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for the Project Operations dual-write integration.</source>
        <translation>Consolă de administrare pentru integrarea cu scriere duală Project Operations.</translation>
    </message>
    <message>
        <source>Use the workspace in DIR (created as a demo if empty).</source>
        <translation>Folosește spațiul de lucru din DIR (creat ca demonstrativ dacă este gol).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show the user interface in CODE (%1, or system) for this start, instead of the language chosen in Settings.</source>
        <extracomment>%1 the language codes dwadmin ships</extracomment>
        <translation>Afișează interfața în limba CODE (%1 sau system) la această pornire, în locul limbii alese în Setări.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.
</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Limbă necunoscută „%1”; folosiți una dintre %2 sau system.
</translation>
    </message>
</context>
</TS>
