<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>MapEditorTasks</name>
    <message>
        <source>A map named &quot;%1&quot; was created meanwhile.</source>
        <translation>Medtem je bila ustvarjena preslikava z imenom »%1«.</translation>
    </message>
    <message>
        <source>The map was started while it was edited; stop it and save again.</source>
        <translation>Preslikava je bila zagnana med urejanjem; ustavite jo in znova shranite.</translation>
    </message>
</context>
<context>
    <name>MapServingText</name>
    <message>
        <source>This console</source>
        <comment>the map is served by this very program</comment>
        <translation>Ta konzola</translation>
    </message>
    <message>
        <source>No worker serves the map.</source>
        <translation>Preslikave ne obdeluje noben delovni proces.</translation>
    </message>
    <message numerus="yes">
        <source>Served by this console (%1) since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Obdeluje jo ta konzola (%1) od %2; zadnji utrip pred %n sekundo.</numerusform>
            <numerusform>Obdeluje jo ta konzola (%1) od %2; zadnji utrip pred %n sekundama.</numerusform>
            <numerusform>Obdeluje jo ta konzola (%1) od %2; zadnji utrip pred %n sekundami.</numerusform>
            <numerusform>Obdeluje jo ta konzola (%1) od %2; zadnji utrip pred %n sekundami.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Obdeluje jo %1 od %2; zadnji utrip pred %n sekundo.</numerusform>
            <numerusform>Obdeluje jo %1 od %2; zadnji utrip pred %n sekundama.</numerusform>
            <numerusform>Obdeluje jo %1 od %2; zadnji utrip pred %n sekundami.</numerusform>
            <numerusform>Obdeluje jo %1 od %2; zadnji utrip pred %n sekundami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not served: the lease of %1 expired at %2 (last heartbeat at %3); the worker is presumed gone.</source>
        <extracomment>%1 worker name, %2 date and time the lease expired, %3 of the last heartbeat</extracomment>
        <translation>Se ne obdeluje: zakup delovnega procesa %1 je potekel %2 (zadnji utrip: %3); delovni proces verjetno ne obstaja več.</translation>
    </message>
    <message>
        <source>Not served: %1 ran on this machine and its process has ended (last heartbeat at %2); the worker is gone.</source>
        <extracomment>%1 worker name, %2 date and time of its last heartbeat</extracomment>
        <translation>Se ne obdeluje: %1 se je izvajal v tem računalniku in njegov proces se je končal (zadnji utrip: %2); delovnega procesa ni več.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
</context>
<context>
    <name>ValueMapJson</name>
    <message>
        <source>expected &apos;{&apos; to start the value map</source>
        <translation>na začetku preslikave vrednosti je pričakovan »{«</translation>
    </message>
    <message>
        <source>expected a source value in double quotes</source>
        <translation>pričakovana je izvorna vrednost v dvojnih narekovajih</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the source value</source>
        <translation>za izvorno vrednostjo je pričakovan »:«</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the target value</source>
        <translation>za ciljno vrednostjo je pričakovan »,« ali »}«</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>nepričakovano besedilo za zaključnim »}«</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <extracomment>%1 is a 1-based character position, %2 what is wrong there</extracomment>
        <translation>Položaj %1: %2</translation>
    </message>
    <message>
        <source>a line break or control character must be written as an escape such as \n</source>
        <translation>prelom vrstice ali krmilni znak je treba zapisati kot ubežno zaporedje, na primer \n</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote is missing</source>
        <translation>nezaključen niz: manjka zaključni narekovaj</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>neveljavno ubežno zaporedje</translation>
    </message>
    <message>
        <source>a target value must be text, a number, true or false</source>
        <translation>ciljna vrednost mora biti besedilo, število, true ali false</translation>
    </message>
    <message>
        <source>null is not a target value; write &quot;&quot; for empty text</source>
        <translation>null ni ciljna vrednost; za prazno besedilo napišite &quot;&quot;</translation>
    </message>
    <message>
        <source>expected a target value</source>
        <translation>pričakovana je ciljna vrednost</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value; put text in double quotes</source>
        <translation>»%1« ni vrednost; besedilo dajte v dvojne narekovaje</translation>
    </message>
</context>
<context>
    <name>dw::ActivityLogPage</name>
    <message>
        <source>M&amp;ap:</source>
        <translation>P&amp;reslikava:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <comment>kind of activity log entry</comment>
        <translation>Dogod&amp;ek:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>O&amp;bdobje:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <comment>time</comment>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>time</comment>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Najdi:</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Vse preslikave</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Preslikava</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Vsi dogodki</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>kind of activity log entry</comment>
        <translation>Dogodek</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Zadnja ura</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Zadnjih 24 ur</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Zadnjih 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Zadnjih 30 dni</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Ves čas</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>time range chosen by hand</comment>
        <translation>Po meri</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Obdobje</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower time bound</comment>
        <translation>Kadar koli</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>no upper time bound</comment>
        <translation>Zdaj</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Vnosi od</translation>
    </message>
    <message>
        <source>Entries before</source>
        <translation>Vnosi pred</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Besedilo v sporočilu</translation>
    </message>
    <message>
        <source>Find in the activity log</source>
        <translation>Iskanje v dnevniku dejavnosti</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Dnevnik dejavnosti</translation>
    </message>
    <message>
        <source>Double-click an entry, or press Enter, to open its run; an entry that belongs to no run opens its map.</source>
        <translation>Dvokliknite vnos ali pritisnite Enter, da odprete njegov zagon; pri vnosu, ki ne pripada nobenemu zagonu, se odpre njegova preslikava.</translation>
    </message>
    <message>
        <source>Show &amp;run</source>
        <translation>Prikaži &amp;zagon</translation>
    </message>
    <message>
        <source>Open the current entry&apos;s run on the Runs page (Enter or double-click)</source>
        <translation>Odpri zagon trenutnega vnosa na strani Zagoni (Enter ali dvoklik)</translation>
    </message>
    <message>
        <source>Show ma&amp;p</source>
        <translation>Prikaži pres&amp;likavo</translation>
    </message>
    <message>
        <source>Select the current entry&apos;s map on the Table maps page</source>
        <translation>Izberi preslikavo trenutnega vnosa na strani Preslikave tabel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the activity log</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Read the activity log again</source>
        <translation>Znova preberi dnevnik dejavnosti</translation>
    </message>
    <message>
        <source>Counting the entries…</source>
        <translation>Štetje vnosov …</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter.</source>
        <translation>
            <numerusform>Filtru ustreza %n vnos.</numerusform>
            <numerusform>Filtru ustrezata %n vnosa.</numerusform>
            <numerusform>Filtru ustrezajo %n vnosi.</numerusform>
            <numerusform>Filtru ustreza %n vnosov.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>activity log entry kind</comment>
        <translation>Dogodek</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>activity log message</comment>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>The entry is about the whole workspace or a map that has since been deleted.</source>
        <translation>Vnos se nanaša na celoten delovni prostor ali na preslikavo, ki je bila medtem izbrisana.</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of an activity log entry</comment>
        <translation>Preslikava</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>number of the run an activity log entry belongs to</comment>
        <translation>Zagon</translation>
    </message>
</context>
<context>
    <name>dw::AlertRuleModel</name>
    <message>
        <source>Any error</source>
        <comment>alert rule error class</comment>
        <translation>Katera koli napaka</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Obvesti</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Začasno ustavi preslikavo</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Ustavi preslikavo</translation>
    </message>
    <message>
        <source>Errors of class</source>
        <translation>Napake razreda</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>number of errors that triggers an alert</comment>
        <translation>Število</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>V minutah</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what an alert rule does</comment>
        <translation>Dejanje</translation>
    </message>
</context>
<context>
    <name>dw::EditReplayDialog</name>
    <message>
        <source>Edit and replay %1</source>
        <extracomment>%1 is the record&apos;s business key.</extracomment>
        <translation>Urejanje in vnovično pošiljanje zapisa %1</translation>
    </message>
    <message>
        <source>Correct the values in the %1 table %2, then send the record to %3 again. The row is changed in %1 itself.</source>
        <extracomment>%1 source side, %2 source table, %3 target side.</extracomment>
        <translation>Popravite vrednosti v tabeli %2 v %1 in nato zapis znova pošljite v %3. Vrstica se spremeni neposredno v %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>A key field: changing it would make another record.</source>
        <translation>Polje ključa: njegova sprememba bi ustvarila drug zapis.</translation>
    </message>
    <message>
        <source>Written to %1 as %2</source>
        <extracomment>%1 the target side, %2 the value written there.</extracomment>
        <translation>V %1 se zapiše kot %2</translation>
    </message>
    <message>
        <source>Save and &amp;retry</source>
        <translation>Shrani in poskusi &amp;znova</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentSection</name>
    <message>
        <source>&amp;Browse…</source>
        <comment>choose a database file</comment>
        <translation>Pre&amp;brskaj …</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pre&amp;izkusi povezavo</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Datoteka SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL (driver not installed)</source>
        <translation>PostgreSQL (gonilnik ni nameščen)</translation>
    </message>
    <message>
        <source>Path of the environment&apos;s database file</source>
        <translation>Pot do datoteke zbirke podatkov okolja</translation>
    </message>
    <message>
        <source>Dri&amp;ver:</source>
        <comment>database driver</comment>
        <translation>&amp;Gonilnik:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <comment>database file</comment>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <comment>database server</comment>
        <translation>Gos&amp;titelj:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <comment>database server port</comment>
        <translation>&amp;Vrata:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <comment>database name on the server</comment>
        <translation>&amp;Zbirka podatkov:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <comment>database user name</comment>
        <translation>&amp;Uporabnik:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Gesl&amp;o:</translation>
    </message>
    <message>
        <source>Choose the database file of the %1 environment.</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Izberite datoteko zbirke podatkov okolja %1.</translation>
    </message>
    <message>
        <source>Give the host and the database of the %1 environment.</source>
        <translation>Navedite gostitelja in zbirko podatkov okolja %1.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Preizkušanje povezave …</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n table(s) found.</source>
        <translation>
            <numerusform>Povezano: najdena je %n tabela.</numerusform>
            <numerusform>Povezano: najdeni sta %n tabeli.</numerusform>
            <numerusform>Povezano: najdene so %n tabele.</numerusform>
            <numerusform>Povezano: najdenih je %n tabel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Povezave ni mogoče vzpostaviti: %1</translation>
    </message>
    <message>
        <source>Database file of the %1 environment</source>
        <translation>Datoteka zbirke podatkov okolja %1</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Zbirke podatkov SQLite (*.db *.sqlite *.sqlite3);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Kept for this session only; never written to disk</source>
        <translation>Hrani se samo za to sejo; nikoli se ne zapiše na disk</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>Okolja</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the environments</comment>
        <translation>&amp;Shrani</translation>
    </message>
    <message>
        <source>&amp;Dataverse</source>
        <translation>D&amp;ataverse</translation>
    </message>
    <message>
        <source>&amp;Finance</source>
        <translation>&amp;Finance</translation>
    </message>
    <message>
        <source>Reading the environments…</source>
        <translation>Branje okolij …</translation>
    </message>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation>Okolij ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Saving the environments…</source>
        <translation>Shranjevanje okolij …</translation>
    </message>
    <message>
        <source>The environments could not be saved: %1</source>
        <translation>Okolij ni bilo mogoče shraniti: %1</translation>
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
        <translation>Finance → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finance</translation>
    </message>
    <message>
        <source>Both ways</source>
        <comment>field mapping direction</comment>
        <translation>V obe smeri</translation>
    </message>
    <message>
        <source>Default: (none)</source>
        <comment>default value transform without value</comment>
        <translation>Privzeto: (brez)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <comment>default value transform</comment>
        <translation>Privzeto: %1</translation>
    </message>
    <message>
        <source>Constant: (none)</source>
        <comment>constant transform without value</comment>
        <translation>Konstanta: (brez)</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <comment>constant transform</comment>
        <translation>Konstanta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Value map (%n mapping(s))</source>
        <translation>
            <numerusform>Preslikava vrednosti (%n vnos)</numerusform>
            <numerusform>Preslikava vrednosti (%n vnosa)</numerusform>
            <numerusform>Preslikava vrednosti (%n vnosi)</numerusform>
            <numerusform>Preslikava vrednosti (%n vnosov)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>%1 table, %2 key column matched with the source value, %3 column written to the target</extracomment>
        <translation>Iskanje: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Polje v Finance</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>column of the field mappings; header kept short</comment>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Polje v Dataverse</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Pretvorba</translation>
    </message>
</context>
<context>
    <name>dw::FieldMappingsEditor</name>
    <message>
        <source>Type: %1</source>
        <extracomment>%1 a column type id such as text or integer</extracomment>
        <translation>Vrsta: %1</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Preslikave polj</translation>
    </message>
    <message>
        <source>Add field mapping</source>
        <translation>Dodaj preslikavo polja</translation>
    </message>
    <message>
        <source>Remove field mapping</source>
        <translation>Odstrani preslikavo polja</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Pretvorba</translation>
    </message>
    <message>
        <source>Transform of row %1: %2 %3 %4</source>
        <extracomment>%1 row number, %2 Finance field, %3 direction symbol, %4 Dataverse field</extracomment>
        <translation>Pretvorba vrstice %1: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationDiagram</name>
    <message>
        <source>never</source>
        <comment>a map that has not run yet</comment>
        <translation>nikoli</translation>
    </message>
    <message>
        <source>Project Operations</source>
        <comment>what runs on the Dataverse side</comment>
        <translation>Project Operations</translation>
    </message>
    <message>
        <source>Dynamics 365 Finance</source>
        <translation>Dynamics 365 Finance</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Pregled integracije</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 map name, %2 component name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dataverse table %1, Finance table %2: %3</source>
        <extracomment>%1 Dataverse table, %2 Finance table, %3 direction such as &quot;Dataverse → Finance&quot;</extracomment>
        <translation>Tabela %1 v Dataverse, tabela %2 v Finance: %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stanje: %1</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Stanje: %1 – %2</translation>
    </message>
    <message>
        <source>Queued: not known, the queues could not be counted</source>
        <translation>V čakalni vrsti: neznano, čakalnih vrst ni bilo mogoče prešteti</translation>
    </message>
    <message>
        <source>Queued: none, the map does not capture changes</source>
        <translation>V čakalni vrsti: nič, preslikava ne zajema sprememb</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <comment>changes waiting to be applied</comment>
        <translation>V čakalni vrsti: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>records that failed</comment>
        <translation>Neuspešno: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Zadnje izvajanje: %1</translation>
    </message>
    <message>
        <source>Click or press Enter to open the map.</source>
        <translation>Kliknite ali pritisnite Enter, da odprete preslikavo.</translation>
    </message>
    <message>
        <source>The workspace has no table maps.</source>
        <translation>Delovni prostor nima preslikav tabel.</translation>
    </message>
    <message>
        <source>Reading the table maps…</source>
        <translation>Branje preslikav tabel …</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>records of a map that failed</comment>
        <translation>Neuspešno: %1</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationOverviewPage</name>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Preslikav tabel ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Sprememb v čakalni vrsti ni mogoče prešteti: %1</translation>
    </message>
    <message>
        <source>Each arrow is a table map, pointing the way its data flows between Dataverse and Finance, in the colour of its status. Click a map, or choose it with the arrow keys and press Enter, to open it.</source>
        <translation>Vsaka puščica je preslikava tabele, ki kaže smer, v kateri tečejo njeni podatki med Dataverse in Finance, obarvana pa je z barvo njenega stanja. Preslikavo odprete tako, da jo kliknete ali jo izberete s puščičnimi tipkami in pritisnete Enter.</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Pregled integracije</translation>
    </message>
</context>
<context>
    <name>dw::MainWindow</name>
    <message>
        <source>A run is going</source>
        <translation>Izvajanje poteka</translation>
    </message>
    <message>
        <source>dwadmin — dual-write administration</source>
        <translation>dwadmin – skrbništvo dvojnega zapisovanja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Import maps…</source>
        <translation>&amp;Uvozi preslikave …</translation>
    </message>
    <message>
        <source>&amp;Export maps…</source>
        <translation>&amp;Izvozi preslikave …</translation>
    </message>
    <message>
        <source>Apply &amp;template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>Uporabi &amp;predlogo »Project Operations integrated with ERP«</translation>
    </message>
    <message>
        <source>En&amp;vironments…</source>
        <translation>&amp;Okolja …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavitve …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Iz&amp;hod</translation>
    </message>
    <message>
        <source>&amp;Maps</source>
        <comment>menu of table map actions</comment>
        <translation>&amp;Preslikave</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Po&amp;gled</translation>
    </message>
    <message>
        <source>&amp;Table maps</source>
        <translation>Preslikave &amp;tabel</translation>
    </message>
    <message>
        <source>Run &amp;monitor</source>
        <translation>&amp;Nadzornik izvajanja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>P&amp;omoč</translation>
    </message>
    <message>
        <source>&amp;About dwadmin</source>
        <translation>&amp;O programu dwadmin</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Preslikave tabel</translation>
    </message>
    <message>
        <source>Run monitor</source>
        <translation>Nadzornik izvajanja</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strani</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Delovni prostor: %1</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Odpiranje delovnega prostora …</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Ustvarjanje predstavitvenega delovnega prostora …</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Delovnega prostora ni bilo mogoče odpreti.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Delovnega prostora ni mogoče odpreti</translation>
    </message>
    <message>
        <source>Table map files</source>
        <translation>Datoteke preslikav tabel</translation>
    </message>
    <message>
        <source>About dwadmin</source>
        <translation>O programu dwadmin</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Administration console for the dual-write integration between Dynamics 365 Project Operations (Dataverse) and Dynamics 365 Finance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skrbniška konzola za integracijo za dvojno zapisovanje med storitvama Dynamics 365 Project Operations (Dataverse) in Dynamics 365 Finance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>&amp;Zapisi</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>Za&amp;goni</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <source>Runs</source>
        <comment>history of runs</comment>
        <translation>Zagoni</translation>
    </message>
    <message>
        <source>&amp;Integration overview</source>
        <translation>Pregled &amp;integracije</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>Dne&amp;vnik dejavnosti</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Pregled integracije</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Dnevnik dejavnosti</translation>
    </message>
    <message>
        <source>Workspace: %1 (state store: %2)</source>
        <translation>Delovni prostor: %1 (shramba stanj: %2)</translation>
    </message>
</context>
<context>
    <name>dw::MapChangeModel</name>
    <message>
        <source>Added</source>
        <comment>map version comparison</comment>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>map version comparison</comment>
        <translation>Odstranjeno</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>map version comparison</comment>
        <translation>Spremenjeno</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>map version comparison: what changed</comment>
        <translation>Element</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Sprememba</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Starejša različica</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Novejša različica</translation>
    </message>
</context>
<context>
    <name>dw::MapDetailView</name>
    <message>
        <source>Cannot read the map &quot;%1&quot;: %2</source>
        <translation>Preslikave »%1« ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>the reader gave no reason</source>
        <comment>why the queue cannot be read</comment>
        <translation>bralnik ni navedel razloga</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Čakalne vrste ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Dataverse %1 %2 Finance %3</source>
        <extracomment>%1 Dataverse table, %2 direction symbol, %3 Finance table</extracomment>
        <translation>Dataverse %1 %2 Finance %3</translation>
    </message>
    <message>
        <source>Dataverse filter: %1</source>
        <translation>Filter v Dataverse: %1</translation>
    </message>
    <message>
        <source>Finance filter: %1</source>
        <translation>Filter v Finance: %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Odvisna od: %1</translation>
    </message>
    <message>
        <source>The map has had no initial sync yet.</source>
        <translation>Preslikava še ni imela začetne sinhronizacije.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>run outcome</comment>
        <translation>se izvaja</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>run outcome</comment>
        <translation>dokončano</translation>
    </message>
    <message>
        <source>stopped by the administrator</source>
        <comment>run outcome</comment>
        <translation>ustavil skrbnik</translation>
    </message>
    <message>
        <source>ended with failures</source>
        <comment>run outcome</comment>
        <translation>končano z napakami</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>run outcome</comment>
        <translation>prekinjeno</translation>
    </message>
    <message>
        <source>Latest initial sync: run %1, %2.</source>
        <extracomment>%1 run number, %2 outcome such as &quot;completed&quot;</extracomment>
        <translation>Zadnja začetna sinhronizacija: zagon %1, %2.</translation>
    </message>
    <message>
        <source>the map&apos;s own master</source>
        <comment>initial sync master side</comment>
        <translation>glavna stran, določena v preslikavi</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>duration of an initial sync in seconds, e.g. &quot;12.4 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n failed record(s); the list loads more as you scroll.</source>
        <translation>
            <numerusform>%n neuspel zapis; seznam se med pomikanjem nalaga naprej.</numerusform>
            <numerusform>%n neuspela zapisa; seznam se med pomikanjem nalaga naprej.</numerusform>
            <numerusform>%n neuspeli zapisi; seznam se med pomikanjem nalaga naprej.</numerusform>
            <numerusform>%n neuspelih zapisov; seznam se med pomikanjem nalaga naprej.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Branje čakalne vrste …</translation>
    </message>
    <message>
        <source>Total queued record count: 0. Changes are queued while the map is paused and until a live run applies them.</source>
        <translation>Skupno število zapisov v čakalni vrsti: 0. Spremembe se uvrščajo v čakalno vrsto, ko je preslikava začasno ustavljena, in dokler jih sprotno izvajanje ne uporabi.</translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n, in the order they will be applied.</source>
        <translation>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n, v vrstnem redu uporabe.</numerusform>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n, v vrstnem redu uporabe.</numerusform>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n, v vrstnem redu uporabe.</numerusform>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n, v vrstnem redu uporabe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n; the next %1 to be applied are listed.</source>
        <extracomment>%n total queued, %1 how many are listed</extracomment>
        <translation>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n; navedenih je naslednjih %1 za uporabo.</numerusform>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n; navedenih je naslednjih %1 za uporabo.</numerusform>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n; navedenih je naslednjih %1 za uporabo.</numerusform>
            <numerusform>Skupno število zapisov v čakalni vrsti: %n; navedenih je naslednjih %1 za uporabo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this run still failed:</source>
        <translation>
            <numerusform>%n zapis tega zagona je še vedno neuspešen:</numerusform>
            <numerusform>%n zapisa tega zagona sta še vedno neuspešna:</numerusform>
            <numerusform>%n zapisi tega zagona so še vedno neuspešni:</numerusform>
            <numerusform>%n zapisov tega zagona je še vedno neuspešnih:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field ma&amp;ppings</source>
        <translation>Preslikave &amp;polj</translation>
    </message>
    <message>
        <source>&amp;Initial sync details</source>
        <translation>Podrobnosti &amp;začetne sinhronizacije</translation>
    </message>
    <message>
        <source>&amp;Queued records</source>
        <translation>Zapisi v čakalni &amp;vrsti</translation>
    </message>
    <message>
        <source>Failed &amp;records</source>
        <translation>N&amp;euspeli zapisi</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Dnevnik dejavnosti</translation>
    </message>
    <message>
        <source>Alert setti&amp;ngs</source>
        <translation>Nastavitve &amp;opozoril</translation>
    </message>
    <message>
        <source>Ver&amp;sions</source>
        <translation>Različi&amp;ce</translation>
    </message>
    <message>
        <source>Map detail</source>
        <translation>Podrobnosti preslikave</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Preslikave polj</translation>
    </message>
    <message>
        <source>Failed records of the initial sync</source>
        <translation>Neuspeli zapisi začetne sinhronizacije</translation>
    </message>
    <message>
        <source>Queued records</source>
        <translation>Zapisi v čakalni vrsti</translation>
    </message>
    <message>
        <source>Failed records</source>
        <translation>Neuspeli zapisi</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Dnevnik dejavnosti</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Pravila opozoril</translation>
    </message>
    <message>
        <source>An alert rule counts failed records of a class within a time window and then notifies, pauses or stops the map. Rules are edited with the map; a running map applies changed rules after it is started again.</source>
        <translation>Pravilo opozorila prešteje neuspele zapise enega razreda v časovnem oknu in nato obvesti, začasno ustavi ali ustavi preslikavo. Pravila se urejajo skupaj s preslikavo; preslikava, ki se izvaja, spremenjena pravila uporabi po vnovičnem zagonu.</translation>
    </message>
    <message>
        <source>Master:</source>
        <comment>initial sync master side</comment>
        <translation>Glavna stran:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Začetek:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <comment>of an initial sync</comment>
        <translation>Trajanje:</translation>
    </message>
    <message>
        <source>Read:</source>
        <comment>rows read</comment>
        <translation>Prebrano:</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Vstavljeno:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Posodobljeno:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Nespremenjeno:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <comment>records that failed</comment>
        <translation>Neuspešno:</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorDialog</name>
    <message>
        <source>New table map</source>
        <translation>Nova preslikava tabele</translation>
    </message>
    <message>
        <source>Table map %1</source>
        <translation>Preslikava tabele %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Delo poteka</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <comment>save the map as a new version</comment>
        <translation>Sh&amp;rani …</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Težave</translation>
    </message>
    <message>
        <source>Reading the map and the schemas of both environments…</source>
        <translation>Branje preslikave in shem obeh okolij …</translation>
    </message>
    <message>
        <source>The map cannot be opened: %1</source>
        <translation>Preslikave ni mogoče odpreti: %1</translation>
    </message>
    <message>
        <source>The %1 environment cannot be read, so its tables and columns count as unknown: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why its schema could not be read</extracomment>
        <translation>Okolja %1 ni mogoče prebrati, zato so njegove tabele in stolpci obravnavani kot neznani: %2</translation>
    </message>
    <message>
        <source>Stop the map?</source>
        <translation>Želite ustaviti preslikavo?</translation>
    </message>
    <message>
        <source>Editing requires the map to be stopped. Stop it now?</source>
        <translation>Za urejanje mora biti preslikava ustavljena. Jo želite ustaviti zdaj?</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;: %2. Changes made while a map is stopped are not synchronized; starting it again begins afresh.</source>
        <extracomment>%1 map name, %2 its status such as Running or Paused</extracomment>
        <translation>Stanje »%1«: %2. Spremembe, narejene med ustavljeno preslikavo, se ne sinhronizirajo; vnovični zagon začne znova.</translation>
    </message>
    <message>
        <source>Stopping the map…</source>
        <translation>Ustavljanje preslikave …</translation>
    </message>
    <message>
        <source>The map could not be stopped, so it cannot be edited: %1</source>
        <translation>Preslikave ni bilo mogoče ustaviti, zato je ni mogoče urejati: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <extracomment>%n is the number of validation problems listed below this label</extracomment>
        <translation>
            <numerusform>&amp;Težave (%n):</numerusform>
            <numerusform>&amp;Težave (%n):</numerusform>
            <numerusform>&amp;Težave (%n):</numerusform>
            <numerusform>&amp;Težave (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new map a name.</source>
        <translation>Poimenujte novo preslikavo.</translation>
    </message>
    <message>
        <source>A map named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Preslikava z imenom »%1« že obstaja; izberite drugo ime.</translation>
    </message>
    <message>
        <source>The Value map JSON does not parse; correct it or edit the table.</source>
        <translation>JSON preslikave vrednosti ni mogoče razčleniti; popravite ga ali uredite tabelo.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) listed above to save the map.</source>
        <translation>
            <numerusform>Če želite shraniti preslikavo, odpravite %n zgoraj navedeno težavo.</numerusform>
            <numerusform>Če želite shraniti preslikavo, odpravite %n zgoraj navedeni težavi.</numerusform>
            <numerusform>Če želite shraniti preslikavo, odpravite %n zgoraj navedene težave.</numerusform>
            <numerusform>Če želite shraniti preslikavo, odpravite %n zgoraj navedenih težav.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ni težav.</translation>
    </message>
    <message>
        <source>Saving version %1…</source>
        <translation>Shranjevanje različice %1 …</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>Preslikave ni bilo mogoče shraniti: %1</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorForm</name>
    <message>
        <source>&amp;General</source>
        <comment>map editor tab</comment>
        <translation>&amp;Splošno</translation>
    </message>
    <message>
        <source>Field &amp;mappings</source>
        <translation>Preslikave &amp;polj</translation>
    </message>
    <message>
        <source>Integration &amp;key</source>
        <translation>Integracijski &amp;ključ</translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation>&amp;Odvisnosti</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>Opo&amp;zorila</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Polje v Finance</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Polje v Dataverse</translation>
    </message>
    <message>
        <source>Integration key pairs</source>
        <translation>Pari integracijskega ključa</translation>
    </message>
    <message>
        <source>Add key pair</source>
        <translation>Dodaj par ključa</translation>
    </message>
    <message>
        <source>Remove key pair</source>
        <translation>Odstrani par ključa</translation>
    </message>
    <message>
        <source>The integration &amp;fields identify a record on both sides: the alternate key of the Dataverse table and the matching Finance fields. Each pair must also be mapped by a field row.</source>
        <translation>Integracijska po&amp;lja določajo zapis na obeh straneh: nadomestni ključ tabele Dataverse in ustrezna polja v Finance. Vsak par mora biti preslikan tudi z vrstico polja.</translation>
    </message>
    <message>
        <source>Maps this map depends on</source>
        <translation>Preslikave, od katerih je odvisna ta preslikava</translation>
    </message>
    <message>
        <source>Maps that must &amp;run before this one (initial sync order):</source>
        <translation>Preslikave, ki se morajo &amp;izvesti pred to (vrstni red začetne sinhronizacije):</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Pravila opozoril</translation>
    </message>
    <message>
        <source>Add alert rule</source>
        <translation>Dodaj pravilo opozorila</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Odstrani pravilo opozorila</translation>
    </message>
    <message>
        <source>Alert &amp;rules: when this many errors of a class happen within the minutes given, notify, pause or stop the map. A running map applies new rules when restarted.</source>
        <translation>Pr&amp;avila opozoril: ko se v danih minutah zgodi toliko napak enega razreda, obvesti, začasno ustavi ali ustavi preslikavo. Preslikava, ki se izvaja, uporabi nova pravila po vnovičnem zagonu.</translation>
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
        <translation>Datoteke preslikav (*.json);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Import maps</source>
        <translation>Uvoz preslikav</translation>
    </message>
    <message>
        <source>Export maps</source>
        <translation>Izvoz preslikav</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Uporaba predloge</translation>
    </message>
    <message>
        <source>Add the maps of the template &quot;Project Operations integrated with ERP&quot; to this workspace? A map that exists already gets a new version when the template&apos;s definition differs; nothing is deleted.</source>
        <translation>Želite temu delovnemu prostoru dodati preslikave predloge »Project Operations integrated with ERP«? Obstoječa preslikava dobi novo različico, če se definicija v predlogi razlikuje; nič se ne izbriše.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Uporabi</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file path, %2 why</extracomment>
        <translation>%1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>the template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>predloge »Project Operations integrated with ERP«</translation>
    </message>
    <message>
        <source>Cannot import the maps of %1: %2</source>
        <extracomment>%1 file path or template name, %2 the problem</extracomment>
        <translation>Preslikav iz %1 ni mogoče uvoziti: %2</translation>
    </message>
    <message>
        <source>Maps of %1 imported: %2 created, %3 saved as a new version, %4 unchanged.</source>
        <extracomment>%1 file path or template name; then counts of maps</extracomment>
        <translation>Preslikave iz %1 so uvožene: ustvarjenih %2, shranjenih kot nova različica %3, nespremenjenih %4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ni mogoče zapisati: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) exported to %1.</source>
        <translation>
            <numerusform>V %1 je izvožena %n preslikava.</numerusform>
            <numerusform>V %1 sta izvoženi %n preslikavi.</numerusform>
            <numerusform>V %1 so izvožene %n preslikave.</numerusform>
            <numerusform>V %1 je izvoženih %n preslikav.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::MapTablesEditor</name>
    <message>
        <source>A name no other map has</source>
        <translation>Ime, ki ga nima nobena druga preslikava</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW402, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>map name</comment>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>Ko&amp;mponenta:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <comment>Dataverse table</comment>
        <translation>Ta&amp;bela:</translation>
    </message>
    <message>
        <source>Source filte&amp;r:</source>
        <comment>Dataverse filter</comment>
        <translation>Filter &amp;vira:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <comment>Finance table</comment>
        <translation>T&amp;abela:</translation>
    </message>
    <message>
        <source>Source &amp;filter:</source>
        <comment>Finance filter</comment>
        <translation>&amp;Filter vira:</translation>
    </message>
    <message>
        <source>All rows, or e.g. %1</source>
        <translation>Vse vrstice ali na primer %1</translation>
    </message>
    <message>
        <source>Conflicts in two-way maps</source>
        <translation>Konflikti v dvosmernih preslikavah</translation>
    </message>
    <message>
        <source>Conflict polic&amp;y:</source>
        <translation>Pravilnik ko&amp;nfliktov:</translation>
    </message>
    <message>
        <source>Master s&amp;ide:</source>
        <translation>&amp;Glavna stran:</translation>
    </message>
    <message>
        <source>Master side wins</source>
        <translation>Zmaga glavna stran</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Zmaga najnovejša sprememba</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Ročno: skrbnik izbere stran</translation>
    </message>
    <message>
        <source>A conflict is a record changed on both sides since its last sync.</source>
        <translation>Konflikt je zapis, ki je bil od zadnje sinhronizacije spremenjen na obeh straneh.</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionModel</name>
    <message>
        <source>Active</source>
        <comment>the version in use</comment>
        <translation>Aktivna</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when a version was saved</comment>
        <translation>Ustvarjena</translation>
    </message>
    <message>
        <source>State</source>
        <comment>whether the version is the active one</comment>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionsTab</name>
    <message>
        <source>Activate version</source>
        <translation>Aktiviranje različice</translation>
    </message>
    <message>
        <source>Make version %1 the active version of &quot;%2&quot;? A running map keeps its current definition until it is started again.</source>
        <extracomment>%1 version number, %2 map name</extracomment>
        <translation>Želite različico %1 nastaviti kot aktivno različico preslikave »%2«? Preslikava, ki se izvaja, ohrani trenutno definicijo do vnovičnega zagona.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktiviraj</translation>
    </message>
    <message>
        <source>Cannot activate version %1 of &quot;%2&quot;: %3</source>
        <translation>Različice %1 preslikave »%2« ni mogoče aktivirati: %3</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is now active.</source>
        <translation>Različica %1 preslikave »%2« je zdaj aktivna.</translation>
    </message>
    <message>
        <source>Cannot compare the versions: %1</source>
        <translation>Različic ni mogoče primerjati: %1</translation>
    </message>
    <message>
        <source>Several versions of a map can be stored; one is active and runs. Select a version to activate it or compare it with the active one, or select two to compare them.</source>
        <translation>Shranite lahko več različic preslikave; ena je aktivna in se izvaja. Izberite različico, da jo aktivirate ali primerjate z aktivno, ali izberite dve, da ju primerjate.</translation>
    </message>
    <message>
        <source>Table map versions</source>
        <translation>Različice preslikave tabele</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Aktiviraj</translation>
    </message>
    <message>
        <source>Make the selected version the active one</source>
        <translation>Izbrano različico nastavi kot aktivno</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Pri&amp;merjaj …</translation>
    </message>
    <message>
        <source>Show what changed, field by field</source>
        <translation>Prikaži, kaj se je spremenilo, polje za poljem</translation>
    </message>
</context>
<context>
    <name>dw::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Zapomni si v sistemskem obesku za ključe</translation>
    </message>
    <message>
        <source>Password for the %1 environment</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Geslo za okolje %1</translation>
    </message>
    <message>
        <source>Read back from the keychain at the next start.</source>
        <translation>Ob naslednjem zagonu se geslo prebere iz obeska za ključe.</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is kept for this session only.</source>
        <translation>Sistemski obesek za ključe ni na voljo; geslo se hrani samo za to sejo.</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s PostgreSQL server asks for the password of %2.</source>
        <extracomment>%1 Dataverse or Finance, %2 user@host:port/database</extracomment>
        <translation>Strežnik PostgreSQL okolja %1 zahteva geslo za %2.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Gesl&amp;o:</translation>
    </message>
    <message>
        <source>The server refused the password given before.</source>
        <translation>Strežnik je zavrnil prej vneseno geslo.</translation>
    </message>
</context>
<context>
    <name>dw::QueuedChangeModel</name>
    <message>
        <source>Insert</source>
        <comment>captured change</comment>
        <translation>Vstavljanje</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>captured change</comment>
        <translation>Brisanje</translation>
    </message>
    <message>
        <source>Update</source>
        <comment>captured change</comment>
        <translation>Posodobitev</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Zaporedje</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operacija</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Integracijski ključ</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Zajeto</translation>
    </message>
</context>
<context>
    <name>dw::RecordDetailView</name>
    <message>
        <source>Error message</source>
        <translation>Sporočilo o napaki</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Vrednosti na obeh straneh</translation>
    </message>
    <message>
        <source>Select a record to see its error, its values on both sides and its history.</source>
        <translation>Izberite zapis, da vidite njegovo napako, vrednosti na obeh straneh in zgodovino.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the record&apos;s business key, %2 its table map.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Branje zgodovine …</translation>
    </message>
    <message>
        <source>Reading the record from Dataverse and Finance…</source>
        <translation>Branje zapisa iz Dataverse in Finance …</translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation>Vrednosti ni bilo mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Dataverse has no row in %1 for this record.</source>
        <translation>Dataverse v tabeli %1 nima vrstice za ta zapis.</translation>
    </message>
    <message>
        <source>Finance has no row in %1 for this record.</source>
        <translation>Finance v tabeli %1 nima vrstice za ta zapis.</translation>
    </message>
    <message>
        <source>Its source row is gone: skip the record or restore the row.</source>
        <translation>Izvorna vrstica ne obstaja več: preskočite zapis ali obnovite vrstico.</translation>
    </message>
    <message>
        <source>That side shows what a sync would write from the current source row (source: %1).</source>
        <translation>Za tisto stran je prikazano, kaj bi sinhronizacija zapisala iz trenutne izvorne vrstice (vir: %1).</translation>
    </message>
    <message>
        <source>Both sides agree on every mapped field (source: %1).</source>
        <translation>Obe strani se ujemata v vseh preslikanih poljih (vir: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from what the source gives (source: %1).</source>
        <translation>
            <numerusform>%n polje se razlikuje od tega, kar daje vir (vir: %1).</numerusform>
            <numerusform>%n polji se razlikujeta od tega, kar daje vir (vir: %1).</numerusform>
            <numerusform>%n polja se razlikujejo od tega, kar daje vir (vir: %1).</numerusform>
            <numerusform>%n polj se razlikuje od tega, kar daje vir (vir: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Zgodovine ni bilo mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zgodovina&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n poskus.</numerusform>
            <numerusform>%n poskusa.</numerusform>
            <numerusform>%n poskusi.</numerusform>
            <numerusform>%n poskusov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt in run %1 (%2, started %3, %4).</source>
        <extracomment>%1 run number, %2 run kind (initial, retry, …), %3 start time, %4 outcome.</extracomment>
        <translation>Zadnji poskus v zagonu %1 (%2, začetek %3, %4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · error class: %2</source>
        <translation>%1 · razred napake: %2</translation>
    </message>
</context>
<context>
    <name>dw::RecordIssueModel</name>
    <message>
        <source>Integration key</source>
        <translation>Integracijski ključ</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Razred napake</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Poskusi</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Zadnji poskus</translation>
    </message>
</context>
<context>
    <name>dw::RecordStateModel</name>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finance</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Finance → Dataverse</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>Seznama ni mogoče razvrstiti po tem stolpcu.</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Poslovni ključ</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of a record</comment>
        <translation>Preslikava</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Poskusi</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Zadnji poskus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Napaka</translation>
    </message>
</context>
<context>
    <name>dw::RecordValuesModel</name>
    <message>
        <source>(no row)</source>
        <translation>(ni vrstice)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n bajt&gt;</numerusform>
            <numerusform>&lt;%n bajta&gt;</numerusform>
            <numerusform>&lt;%n bajti&gt;</numerusform>
            <numerusform>&lt;%n bajtov&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(no row; would get %1)</source>
        <extracomment>The target has no row for the record yet; %1 is the value a sync would write.</extracomment>
        <translation>(ni vrstice; zapisalo bi se %1)</translation>
    </message>
    <message>
        <source>The record has no row in %1 yet.</source>
        <translation>Zapis v %1 še nima vrstice.</translation>
    </message>
    <message>
        <source>From the current source row the map would write %1 to %2.</source>
        <extracomment>%1 is the value the map would write, %2 the target side (Dataverse or Finance).</extracomment>
        <translation>Iz trenutne izvorne vrstice bi preslikava v %2 zapisala %1.</translation>
    </message>
    <message>
        <source>The two sides hold different values.</source>
        <translation>Strani vsebujeta različni vrednosti.</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Finance → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finance</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>V obe smeri</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Polje v Dataverse</translation>
    </message>
    <message>
        <source>Dataverse value</source>
        <translation>Vrednost v Dataverse</translation>
    </message>
    <message>
        <source>Flow</source>
        <comment>direction of a field</comment>
        <translation>Tok</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Polje v Finance</translation>
    </message>
    <message>
        <source>Finance value</source>
        <translation>Vrednost v Finance</translation>
    </message>
</context>
<context>
    <name>dw::RecordsPage</name>
    <message>
        <source>Components</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Vsa stanja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Preslikava</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower date bound</comment>
        <translation>Kateri koli</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no upper date bound</comment>
        <translation>Kateri koli</translation>
    </message>
    <message>
        <source>Last attempt from</source>
        <translation>Zadnji poskus od</translation>
    </message>
    <message>
        <source>Last attempt to</source>
        <translation>Zadnji poskus do</translation>
    </message>
    <message>
        <source>Text in the key or the error</source>
        <translation>Besedilo v ključu ali napaki</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Iskanje zapisov</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stanje:</translation>
    </message>
    <message>
        <source>M&amp;ap:</source>
        <translation>P&amp;reslikava:</translation>
    </message>
    <message>
        <source>Last attempt &amp;from:</source>
        <translation>&amp;Zadnji poskus od:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>last attempt date</comment>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Najdi:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Poskusi znova</translation>
    </message>
    <message>
        <source>Sync the selected failed records again from their current source rows (Ctrl+R)</source>
        <translation>Znova sinhroniziraj izbrane neuspele zapise iz njihovih trenutnih izvornih vrstic (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; replay…</source>
        <translation>&amp;Uredi in znova pošlji …</translation>
    </message>
    <message>
        <source>Correct the source values of the selected failed record, then retry it (F2)</source>
        <translation>Popravi izvorne vrednosti izbranega neuspelega zapisa in ga nato poskusi znova (F2)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Pres&amp;koči</translation>
    </message>
    <message>
        <source>Mark the selected failed or conflicting records as skipped</source>
        <translation>Izbrane neuspele ali konfliktne zapise označi kot preskočene</translation>
    </message>
    <message>
        <source>Take &amp;Dataverse</source>
        <translation>Prevzemi D&amp;ataverse</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Dataverse version</source>
        <translation>Izbrane konflikte razreši z različico iz Dataverse</translation>
    </message>
    <message>
        <source>Take &amp;Finance</source>
        <translation>Prevzemi &amp;Finance</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Finance version</source>
        <translation>Izbrane konflikte razreši z različico iz Finance</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Izvozi CSV …</translation>
    </message>
    <message>
        <source>Write the filtered list to a CSV file</source>
        <translation>Filtrirani seznam zapiši v datoteko CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the records</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>The retry was stopped.</source>
        <translation>Vnovični poskus je bil ustavljen.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <extracomment>A filter on the records of one run; clicking the button removes it.</extracomment>
        <translation>Zagon %1</translation>
    </message>
    <message>
        <source>Only records whose last attempt was in run %1; click to show all runs</source>
        <translation>Samo zapisi, katerih zadnji poskus je bil v zagonu %1; kliknite za prikaz vseh zagonov</translation>
    </message>
    <message>
        <source>Remove the filter on run %1</source>
        <translation>Odstrani filter za zagon %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a record status, %2 how many records have it under the other filters.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed or in conflict</source>
        <translation>
            <numerusform>%n neuspel ali konflikten zapis</numerusform>
            <numerusform>%n neuspela ali konfliktna zapisa</numerusform>
            <numerusform>%n neuspeli ali konfliktni zapisi</numerusform>
            <numerusform>%n neuspelih ali konfliktnih zapisov</numerusform>
        </translation>
    </message>
    <message>
        <source>All maps of the component</source>
        <translation>Vse preslikave komponente</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Štetje …</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Vsa stanja (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed — synced %1, failed %2, conflict %3, skipped %4, pending %5</source>
        <extracomment>The counts of the records listed, by status.</extracomment>
        <translation>
            <numerusform>Na seznamu je %n zapis – sinhronizirano %1, neuspešno %2, v konfliktu %3, preskočeno %4, na čakanju %5</numerusform>
            <numerusform>Na seznamu sta %n zapisa – sinhronizirano %1, neuspešno %2, v konfliktu %3, preskočeno %4, na čakanju %5</numerusform>
            <numerusform>Na seznamu so %n zapisi – sinhronizirano %1, neuspešno %2, v konfliktu %3, preskočeno %4, na čakanju %5</numerusform>
            <numerusform>Na seznamu je %n zapisov – sinhronizirano %1, neuspešno %2, v konfliktu %3, preskočeno %4, na čakanju %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying the selected records…</source>
        <translation>Vnovično poskušanje izbranih zapisov …</translation>
    </message>
    <message>
        <source>Resolving the selected conflicts…</source>
        <translation>Razreševanje izbranih konfliktov …</translation>
    </message>
    <message>
        <source>Writing the new values to %1…</source>
        <translation>Zapisovanje novih vrednosti v %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped.</source>
        <translation>
            <numerusform>Preskočen je %n zapis.</numerusform>
            <numerusform>Preskočena sta %n zapisa.</numerusform>
            <numerusform>Preskočeni so %n zapisi.</numerusform>
            <numerusform>Preskočenih je %n zapisov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Izvoz zapisov</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Datoteke CSV (*.csv);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>records-%1.csv</source>
        <translation>zapisi-%1.csv</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Izvažanje v %1 …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ni mogoče zapisati: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>V %1 je izvožen %n zapis.</numerusform>
            <numerusform>V %1 sta izvožena %n zapisa.</numerusform>
            <numerusform>V %1 so izvoženi %n zapisi.</numerusform>
            <numerusform>V %1 je izvoženih %n zapisov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent again; synced: %1, failed: %2.</source>
        <extracomment>%1 records that went across, %2 records that failed again.</extracomment>
        <translation>
            <numerusform>Znova je poslan %n zapis; sinhronizirano: %1, neuspešno: %2.</numerusform>
            <numerusform>Znova sta poslana %n zapisa; sinhronizirano: %1, neuspešno: %2.</numerusform>
            <numerusform>Znova so poslani %n zapisi; sinhronizirano: %1, neuspešno: %2.</numerusform>
            <numerusform>Znova je poslanih %n zapisov; sinhronizirano: %1, neuspešno: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::RunController</name>
    <message>
        <source>The window is closing; no run can start.</source>
        <translation>Okno se zapira; noben zagon se ne more začeti.</translation>
    </message>
    <message>
        <source>An initial sync is going. Wait for it to end, or stop it in the run monitor first.</source>
        <translation>Začetna sinhronizacija poteka. Počakajte, da se konča, ali jo najprej ustavite v nadzorniku izvajanja.</translation>
    </message>
    <message>
        <source>Nothing to run: no map gets an initial sync and live sync is off.</source>
        <translation>Ni česa zagnati: nobena preslikava nima začetne sinhronizacije, sprotna sinhronizacija pa je izklopljena.</translation>
    </message>
</context>
<context>
    <name>dw::RunDialog</name>
    <message>
        <source>Master for initial sync</source>
        <translation>Glavna stran za začetno sinhronizacijo</translation>
    </message>
    <message>
        <source>Left out although other maps depend on them: %1. Records that refer to them may fail until they run.</source>
        <extracomment>%1 list of &quot;map → dependency&quot; pairs</extracomment>
        <translation>Izpuščene, čeprav so od njih odvisne druge preslikave: %1. Zapisi, ki se sklicujejo nanje, so lahko neuspešni, dokler se ne izvedejo.</translation>
    </message>
    <message>
        <source>Nothing to run: tick Initial sync for a map, or keep the maps running live.</source>
        <translation>Ni česa zagnati: označite začetno sinhronizacijo za preslikavo ali pustite, da se preslikave sprotno izvajajo.</translation>
    </message>
    <message>
        <source>Initial writes and related table maps</source>
        <translation>Začetna zapisovanja in povezane preslikave tabel</translation>
    </message>
    <message>
        <source>The selected maps and the maps they depend on that are not running, in the order they run. Untick a related map to leave it out; untick Initial sync to skip copying the rows that exist now.</source>
        <translation>Izbrane preslikave in preslikave, od katerih so odvisne in se ne izvajajo, v vrstnem redu izvajanja. Počistite povezano preslikavo, da jo izpustite; počistite začetno sinhronizacijo, da ne kopirate vrstic, ki že obstajajo.</translation>
    </message>
    <message>
        <source>Maps to run</source>
        <translation>Preslikave za zagon</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Premakni &amp;gor</translation>
    </message>
    <message>
        <source>Run the current map earlier (Alt+Up); not before a map it depends on</source>
        <translation>Trenutno preslikavo zaženi prej (Alt+Gor); ne pred preslikavo, od katere je odvisna</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Premakni &amp;dol</translation>
    </message>
    <message>
        <source>Run the current map later (Alt+Down); not after a map that depends on it</source>
        <translation>Trenutno preslikavo zaženi pozneje (Alt+Dol); ne po preslikavi, ki je odvisna od nje</translation>
    </message>
    <message>
        <source>&amp;Keep running (live)</source>
        <translation>Ohrani &amp;sprotno izvajanje</translation>
    </message>
    <message>
        <source>After the initial sync, keep applying changes from both sides until the maps are paused or stopped.</source>
        <translation>Po začetni sinhronizaciji še naprej uporabljaj spremembe z obeh strani, dokler preslikave niso začasno ustavljene ali ustavljene.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>start the chosen maps</comment>
        <translation>&amp;Zaženi</translation>
    </message>
</context>
<context>
    <name>dw::RunErrorModel</name>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Preslikava tabele</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Integracijski ključ</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Razred napake</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Sporočilo</translation>
    </message>
</context>
<context>
    <name>dw::RunHistoryModel</name>
    <message>
        <source>Initial sync</source>
        <translation>Začetna sinhronizacija</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Vnovični poskus</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Razreševanje konfliktov</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Obdelava čakalne vrste</translation>
    </message>
    <message>
        <source>%1, then live</source>
        <extracomment>%1 is a kind of run (Initial sync, Catch-up) that went on as live sync.</extracomment>
        <translation>%1, nato sprotno</translation>
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
        <translation>Dokončano</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Prekinjeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Zagon</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of run</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Začetek</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Preslikave</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Prebrano</translation>
    </message>
    <message>
        <source>Synced</source>
        <comment>records written or unchanged</comment>
        <translation>Sinhronizirano</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Se izvaja</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Ustavljeno</translation>
    </message>
</context>
<context>
    <name>dw::RunMapCountsModel</name>
    <message>
        <source>Map</source>
        <comment>table map</comment>
        <translation>Preslikava</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Prebrano</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Vstavljeno</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Posodobljeno</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nespremenjeno</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>records skipped</comment>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
</context>
<context>
    <name>dw::RunMonitorPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundi</numerusform>
            <numerusform>%n sekunde</numerusform>
            <numerusform>%n sekund</numerusform>
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
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Neuspelih zapisov ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>%1 records read, %2 failed, %3.</source>
        <extracomment>%1 records taken up, %2 failed, %3 elapsed time</extracomment>
        <translation>Prebranih zapisov: %1, neuspešnih: %2, %3.</translation>
    </message>
    <message>
        <source>No run is going. Start maps with Run… on the Table maps page.</source>
        <translation>Nobeno izvajanje ne poteka. Preslikave zaženite z ukazom Zaženi … na strani Preslikave tabel.</translation>
    </message>
    <message>
        <source>Initial sync running: %1</source>
        <translation>Začetna sinhronizacija poteka: %1</translation>
    </message>
    <message>
        <source>Running live, applying changes as they come: %1</source>
        <translation>Sprotno izvajanje, spremembe se uporabljajo, ko prispejo: %1</translation>
    </message>
    <message>
        <source>Stopping at the next page boundary…</source>
        <translation>Ustavljanje na naslednji meji strani …</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Izvajanja ni bilo mogoče nadaljevati: %1</translation>
    </message>
    <message>
        <source>Run stopped: %1 Start the maps again to continue where they stopped.</source>
        <translation>Izvajanje je ustavljeno: %1 Preslikave znova zaženite, da nadaljujejo, kjer so se ustavile.</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Izvajanje je končano: %1</translation>
    </message>
    <message>
        <source>ETA: %1</source>
        <translation>Preostali čas: %1</translation>
    </message>
    <message>
        <source>ETA: estimating…</source>
        <translation>Preostali čas: ocenjevanje …</translation>
    </message>
    <message>
        <source>No record has failed in this run.</source>
        <translation>V tem izvajanju ni neuspelih zapisov.</translation>
    </message>
    <message numerus="yes">
        <source>Failed records, newest first (%n shown):</source>
        <translation>
            <numerusform>Neuspeli zapisi, najnovejši najprej (prikazan %n):</numerusform>
            <numerusform>Neuspeli zapisi, najnovejši najprej (prikazana %n):</numerusform>
            <numerusform>Neuspeli zapisi, najnovejši najprej (prikazani %n):</numerusform>
            <numerusform>Neuspeli zapisi, najnovejši najprej (prikazanih %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>&amp;Ustavi izvajanje</translation>
    </message>
    <message>
        <source>Stop the run at the next page boundary. Maps keep their state and continue where they stopped when started again.</source>
        <translation>Ustavi izvajanje na naslednji meji strani. Preslikave ohranijo svoje stanje in ob naslednjem zagonu nadaljujejo, kjer so se ustavile.</translation>
    </message>
    <message>
        <source>Progress per map</source>
        <translation>Napredek po preslikavah</translation>
    </message>
    <message>
        <source>Failed records of the run</source>
        <translation>Neuspeli zapisi izvajanja</translation>
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
        <translation>Ne</translation>
    </message>
    <message>
        <source>%1 (one-way)</source>
        <extracomment>master column of a one-way map: its only source side</extracomment>
        <translation>%1 (enosmerna)</translation>
    </message>
    <message>
        <source>Selected</source>
        <comment>map chosen by the administrator</comment>
        <translation>Izbrana</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <extracomment>a related map listed because others depend on it; %1 their names</extracomment>
        <translation>Potrebna za %1</translation>
    </message>
    <message>
        <source>Master for initial sync: the side whose rows are copied to the other.</source>
        <translation>Glavna stran za začetno sinhronizacijo: stran, katere vrstice se kopirajo na drugo.</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Preslikava tabele</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <translation>Začetna sinhronizacija</translation>
    </message>
    <message>
        <source>Master for initial sync</source>
        <translation>Glavna stran za začetno sinhronizacijo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Listed because</source>
        <translation>Navedena, ker</translation>
    </message>
</context>
<context>
    <name>dw::RunProgressModel</name>
    <message>
        <source>Waiting</source>
        <comment>map phase in a run</comment>
        <translation>Čaka</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <comment>map phase in a run</comment>
        <translation>Začetna sinhronizacija</translation>
    </message>
    <message>
        <source>Initial sync done</source>
        <comment>map phase in a run</comment>
        <translation>Začetna sinhronizacija končana</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>map phase in a run</comment>
        <translation>Sprotno</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>map phase in a run</comment>
        <translation>Ustavljeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>map phase in a run</comment>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>rows done of rows in all</extracomment>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Preslikava tabele</translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>of a map in a run</comment>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredek</translation>
    </message>
    <message>
        <source>Inserted</source>
        <comment>record count</comment>
        <translation>Vstavljeno</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>record count</comment>
        <translation>Posodobljeno</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>record count</comment>
        <translation>Nespremenjeno</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>record count</comment>
        <translation>Izbrisano</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>record count</comment>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>record count</comment>
        <translation>Konflikti</translation>
    </message>
</context>
<context>
    <name>dw::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Zagoni</translation>
    </message>
    <message>
        <source>Counts per map</source>
        <translation>Števci po preslikavah</translation>
    </message>
    <message>
        <source>Show &amp;failed records</source>
        <translation>Prikaži &amp;neuspele zapise</translation>
    </message>
    <message>
        <source>Select a run to see what it did to each map.</source>
        <translation>Izberite zagon, da vidite, kaj je naredil pri vsaki preslikavi.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Zagon %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Zagon %1: %2 – %3</translation>
    </message>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>Zagona %1 ni več v zgodovini.</translation>
    </message>
</context>
<context>
    <name>dw::SaveVersionDialog</name>
    <message>
        <source>Save as a new map version</source>
        <translation>Shrani kot novo različico preslikave</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the map version</comment>
        <translation>&amp;Shrani</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Izdajatelj:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <comment>map version</comment>
        <translation>&amp;Različica:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>Name the publisher of this version.</source>
        <translation>Navedite izdajatelja te različice.</translation>
    </message>
    <message>
        <source>Give a version such as 1.0.0.4.</source>
        <translation>Navedite različico, na primer 1.0.0.4.</translation>
    </message>
    <message>
        <source>The map already has version %1; choose another.</source>
        <translation>Preslikava že ima različico %1; izberite drugo.</translation>
    </message>
</context>
<context>
    <name>dw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 the language the system&apos;s locale selects, named in that language</extracomment>
        <translation>Privzeto v sistemu (%1)</translation>
    </message>
    <message>
        <source>The language applies at once, to dates and numbers too. Messages already written to the activity log and the record states stay in the language they were written in.</source>
        <translation>Jezik začne veljati takoj, tudi za datume in števila. Sporočila, ki so že zapisana v dnevnik dejavnosti in stanja zapisov, ostanejo v jeziku, v katerem so bila zapisana.</translation>
    </message>
</context>
<context>
    <name>dw::TableMapListModel</name>
    <message>
        <source>Never</source>
        <comment>map has not run yet</comment>
        <translation>Nikoli</translation>
    </message>
    <message>
        <source>The map does not capture changes: it is not running.</source>
        <translation>Preslikava ne zajema sprememb: ne izvaja se.</translation>
    </message>
    <message>
        <source>%1 (Dataverse) %2 %3 (Finance)</source>
        <translation>%1 (Dataverse) %2 %3 (Finance)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponenta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>number of queued changes</comment>
        <translation>V čakalni vrsti</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>number of failed records</comment>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Zadnje izvajanje</translation>
    </message>
    <message>
        <source>Served by</source>
        <comment>the worker that applies the map&apos;s changes</comment>
        <translation>Obdeluje</translation>
    </message>
</context>
<context>
    <name>dw::TableMapsPage</name>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Izvajanja ni bilo mogoče nadaljevati: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Napaka</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacije</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Sprememb v čakalni vrsti ni mogoče prešteti: %1</translation>
    </message>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Preslikav tabel ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; saved as version %2.</source>
        <extracomment>%1 map name, %2 version number</extracomment>
        <translation>Preslikava »%1« je shranjena kot različica %2.</translation>
    </message>
    <message>
        <source>Table map actions</source>
        <translation>Dejanja za preslikave tabel</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <comment>start maps</comment>
        <translation>&amp;Zaženi …</translation>
    </message>
    <message>
        <source>Start the selected maps, with or without initial sync (%1)</source>
        <translation>Zaženi izbrane preslikave z začetno sinhronizacijo ali brez nje (%1)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>pause maps</comment>
        <translation>Začasn&amp;o ustavi</translation>
    </message>
    <message>
        <source>Pause the selected running maps; changes keep being queued (%1)</source>
        <translation>Začasno ustavi izbrane preslikave, ki se izvajajo; spremembe se še naprej uvrščajo v čakalno vrsto (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <comment>resume maps</comment>
        <translation>&amp;Nadaljuj</translation>
    </message>
    <message>
        <source>Resume the selected paused maps; queued changes are applied (%1)</source>
        <translation>Nadaljuj izbrane začasno ustavljene preslikave; spremembe iz čakalne vrste se uporabijo (%1)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>stop maps</comment>
        <translation>&amp;Ustavi</translation>
    </message>
    <message>
        <source>Stop the selected maps; changes are no longer captured (%1)</source>
        <translation>Ustavi izbrane preslikave; spremembe se ne zajemajo več (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a map</comment>
        <translation>Ur&amp;edi …</translation>
    </message>
    <message>
        <source>Edit the current map; saving creates a new version (%1)</source>
        <translation>Uredi trenutno preslikavo; shranjevanje ustvari novo različico (%1)</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>Nova pres&amp;likava …</translation>
    </message>
    <message>
        <source>Create a table map (%1)</source>
        <translation>Ustvari preslikavo tabele (%1)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Opusti sporočilo</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Najdi:</translation>
    </message>
    <message>
        <source>Map name or table</source>
        <translation>Preslikava ali tabela</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponenta</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Vse komponente</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Preslikave tabel</translation>
    </message>
</context>
<context>
    <name>dw::ThroughputChart</name>
    <message>
        <source>Seconds since the start</source>
        <translation>Sekunde od začetka</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>Zapisi na sekundo</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Grafikon prepustnosti</translation>
    </message>
    <message>
        <source>Records taken up per second over the time of the run</source>
        <translation>Zapisi, prevzeti na sekundo, v času izvajanja</translation>
    </message>
</context>
<context>
    <name>dw::TransformEditor</name>
    <message>
        <source>&amp;Transform:</source>
        <translation>Pret&amp;vorba:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no transform</comment>
        <translation>Brez</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Privzeta vrednost</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstanta</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Iskanje</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Preslikava vrednosti</translation>
    </message>
    <message>
        <source>The source value is written as it is.</source>
        <translation>Izvorna vrednost se zapiše nespremenjena.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <comment>default or constant value</comment>
        <translation>Vre&amp;dnost:</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Brez vrednosti (null)</translation>
    </message>
    <message>
        <source>Lookup ta&amp;ble:</source>
        <translation>Tabela &amp;iskanja:</translation>
    </message>
    <message>
        <source>Ke&amp;y column:</source>
        <comment>lookup column matched with the source value</comment>
        <translation>Stolpec k&amp;ljuča:</translation>
    </message>
    <message>
        <source>Val&amp;ue column:</source>
        <comment>lookup column written to the target</comment>
        <translation>Stolpec vr&amp;ednosti:</translation>
    </message>
    <message>
        <source>Always written to the target; the source value is not read.</source>
        <translation>Vedno se zapiše v cilj; izvorna vrednost se ne prebere.</translation>
    </message>
    <message>
        <source>Written to the target when the source value is empty.</source>
        <translation>Zapiše se v cilj, ko je izvorna vrednost prazna.</translation>
    </message>
    <message>
        <source>Finds the row of a %1 table whose key column equals the source value and writes its value column to the target.</source>
        <extracomment>%1 is the environment (Dataverse or Finance) the field row reads from</extracomment>
        <translation>Poišče vrstico tabele v %1, katere stolpec ključa je enak izvorni vrednosti, in v cilj zapiše njen stolpec vrednosti.</translation>
    </message>
</context>
<context>
    <name>dw::ValidationIssueModel</name>
    <message>
        <source>Code</source>
        <comment>validation issue code such as DW202</comment>
        <translation>Koda</translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>validation issue message</comment>
        <translation>Težava</translation>
    </message>
</context>
<context>
    <name>dw::ValueMapEditor</name>
    <message>
        <source>Source value</source>
        <translation>Izvorna vrednost</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Ciljna vrednost</translation>
    </message>
    <message>
        <source>Add value mapping</source>
        <translation>Dodaj preslikavo vrednosti</translation>
    </message>
    <message>
        <source>Remove value mapping</source>
        <translation>Odstrani preslikavo vrednosti</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <comment>value map entries</comment>
        <translation>V&amp;nosi:</translation>
    </message>
    <message>
        <source>&amp;JSON:</source>
        <translation>&amp;JSON:</translation>
    </message>
    <message>
        <source>Value map entries</source>
        <translation>Vnosi preslikave vrednosti</translation>
    </message>
    <message>
        <source>Value map as JSON</source>
        <translation>Preslikava vrednosti kot JSON</translation>
    </message>
</context>
<context>
    <name>dw::VersionCompareDialog</name>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>a map version: %1 number, %2 publisher, %3 when it was saved</extracomment>
        <translation>%1, izdajatelj %2, %3</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <extracomment>%1 map name</extracomment>
        <translation>Primerjava različic preslikave %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same definition.</source>
        <translation>Različici %1 in %2 imata enako definicijo.</translation>
    </message>
    <message numerus="yes">
        <source>From version %1 to version %2: %n change(s).</source>
        <translation>
            <numerusform>Od različice %1 do različice %2: %n sprememba.</numerusform>
            <numerusform>Od različice %1 do različice %2: %n spremembi.</numerusform>
            <numerusform>Od različice %1 do različice %2: %n spremembe.</numerusform>
            <numerusform>Od različice %1 do različice %2: %n sprememb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Spremembe med različicama</translation>
    </message>
</context>
<context>
    <name>dwadmin</name>
    <message>
        <source>Map created</source>
        <translation>Preslikava ustvarjena</translation>
    </message>
    <message>
        <source>Map saved</source>
        <translation>Preslikava shranjena</translation>
    </message>
    <message>
        <source>Version activated</source>
        <translation>Različica aktivirana</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stanje spremenjeno</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Izvajanje začeto</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Izvajanje končano</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Izvajanje neuspešno</translation>
    </message>
    <message>
        <source>Records retried</source>
        <translation>Zapisi znova poskušeni</translation>
    </message>
    <message>
        <source>Records skipped</source>
        <translation>Zapisi preskočeni</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Opozorilo</translation>
    </message>
    <message>
        <source>Cannot write to the activity log: %1</source>
        <translation>V dnevnik dejavnosti ni mogoče pisati: %1</translation>
    </message>
    <message>
        <source>The activity simulator works on the SQLite environments of a demo workspace.</source>
        <translation>Simulator dejavnosti deluje na okoljih SQLite predstavitvenega delovnega prostora.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 ni mogoče odpreti: %2</translation>
    </message>
    <message>
        <source>The Dataverse environment has no active project to simulate work on.</source>
        <translation>Okolje Dataverse nima aktivnega projekta, na katerem bi simuliralo delo.</translation>
    </message>
    <message>
        <source>Cannot simulate activity: %1</source>
        <translation>Dejavnosti ni mogoče simulirati: %1</translation>
    </message>
    <message>
        <source>No workspace at %1.</source>
        <translation>Na %1 ni delovnega prostora.</translation>
    </message>
    <message>
        <source>%1 (source key)</source>
        <translation>%1 (izvorni ključ)</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: %3</source>
        <extracomment>%1 map name, %2 record key, %3 what went wrong</extracomment>
        <translation>Preslikava »%1«, zapis %2: %3</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the row: %3</source>
        <translation>tabela %2 v %1 je zavrnila vrstico: %3</translation>
    </message>
    <message>
        <source>the written row could not be read back: %1</source>
        <translation>zapisane vrstice ni bilo mogoče znova prebrati: %1</translation>
    </message>
    <message>
        <source>the deletion cannot be applied: %1</source>
        <translation>brisanja ni mogoče uporabiti: %1</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the deletion: %3</source>
        <translation>tabela %2 v %1 je zavrnila brisanje: %3</translation>
    </message>
    <message>
        <source>the %1 database is busy: %2</source>
        <translation>zbirka podatkov %1 je zasedena: %2</translation>
    </message>
    <message>
        <source>Cannot read record states: %1</source>
        <translation>Stanj zapisov ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: changed in both Dataverse and Finance since the last sync; choose the version to keep.</source>
        <translation>Preslikava »%1«, zapis %2: od zadnje sinhronizacije spremenjen v Dataverse in v Finance; izberite različico, ki jo želite ohraniti.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>vrstica %1, stolpec %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not interpreted; it was ignored</source>
        <translation>»%1« ni interpretiran; prezrt je bil</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>mora biti neprazen niz</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; has no attribute list</source>
        <translation>entiteta »%1« nima seznama atributov</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; defines no columns</source>
        <translation>entiteta »%1« ne določa nobenega stolpca</translation>
    </message>
    <message>
        <source>the entity has no sourceName and &apos;%1&apos; is no known Dataverse table; the table was named &apos;%2&apos;</source>
        <translation>entiteta nima atributa sourceName in »%1« ni znana tabela Dataverse; tabela je poimenovana »%2«</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to a definition in another document; it was not imported</source>
        <translation>»%1« se sklicuje na definicijo v drugem dokumentu; ni bil uvožen</translation>
    </message>
    <message>
        <source>must be an attribute object</source>
        <translation>mora biti predmet atributa</translation>
    </message>
    <message>
        <source>attribute group &apos;%1&apos; is defined in another document; its attributes were not imported</source>
        <translation>skupina atributov »%1« je določena v drugem dokumentu; njeni atributi niso bili uvoženi</translation>
    </message>
    <message>
        <source>must be an array of attributes</source>
        <translation>mora biti polje atributov</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>mora biti predmet</translation>
    </message>
    <message>
        <source>the attribute has no name</source>
        <translation>atribut nima imena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement level; expected none, recommended, required or systemrequired</source>
        <translation>»%1« ni raven zahteve; pričakovano je none, recommended, required ali systemrequired</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>mora biti true ali false</translation>
    </message>
    <message>
        <source>must be a whole number of characters</source>
        <translation>mora biti celo število znakov</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no sourceName (its Dataverse column name)</source>
        <translation>atribut »%1« nima atributa sourceName (imena stolpca v Dataverse)</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no dataType</source>
        <translation>atribut »%1« nima atributa dataType</translation>
    </message>
    <message>
        <source>the dataType of attribute &apos;%1&apos; is not a type name</source>
        <translation>dataType atributa »%1« ni ime vrste</translation>
    </message>
    <message>
        <source>unknown dataType &apos;%1&apos; of attribute &apos;%2&apos;</source>
        <translation>neznan dataType »%1« atributa »%2«</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a second identifying attribute; the primary key stays &apos;%2&apos;</source>
        <translation>»%1« je drugi identifikacijski atribut; primarni ključ ostane »%2«</translation>
    </message>
    <message>
        <source>purpose &apos;%1&apos; of &apos;%2&apos; is not interpreted; it was imported as a plain column</source>
        <translation>namen »%1« atributa »%2« ni interpretiran; uvožen je bil kot navaden stolpec</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a lookup whose target table the document does not name; it was imported without a lookup table</source>
        <translation>»%1« je iskanje, katerega ciljne tabele dokument ne navaja; uvožen je bil brez tabele iskanja</translation>
    </message>
    <message>
        <source>entity attribute &apos;%1&apos; has no foreign key attribute; it was not imported</source>
        <translation>atribut entitete »%1« nima atributa tujega ključa; ni bil uvožen</translation>
    </message>
    <message>
        <source>the foreign key of &apos;%1&apos; has no column name</source>
        <translation>tuji ključ »%1« nima imena stolpca</translation>
    </message>
    <message>
        <source>the foreign key &apos;%1&apos; has dataType &apos;%2&apos;; it was imported as a GUID</source>
        <translation>tuji ključ »%1« ima dataType »%2«; uvožen je bil kot GUID</translation>
    </message>
    <message>
        <source>the lookup &apos;%1&apos; names no target entity; it was imported without a lookup table</source>
        <translation>iskanje »%1« ne navaja ciljne entitete; uvoženo je bilo brez tabele iskanja</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, known as table &apos;%3&apos;, but identifies it by &apos;%4&apos;; &apos;%3&apos; was used</source>
        <translation>»%1« se sklicuje na %2, znano kot tabela »%3«, vendar jo določa z »%4«; uporabljena je bila »%3«</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, which is no known Dataverse table; its table was taken to be &apos;%3&apos; from the key &apos;%4&apos; (a publisher prefix would not show there)</source>
        <translation>»%1« se sklicuje na %2, ki ni znana tabela Dataverse; za njeno tabelo je bila po ključu »%4« privzeta »%3« (predpona izdajatelja tam ne bi bila vidna)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, whose table cannot be determined; it was imported without a lookup table</source>
        <translation>»%1« se sklicuje na %2, katere tabele ni mogoče določiti; uvožen je bil brez tabele iskanja</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is defined twice</source>
        <translation>stolpec »%1« je določen dvakrat</translation>
    </message>
    <message>
        <source>the entity has no identifying attribute; the primary key &apos;%1&apos; was added</source>
        <translation>entiteta nima identifikacijskega atributa; dodan je bil primarni ključ »%1«</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>neveljaven JSON na mestu %1: %2</translation>
    </message>
    <message>
        <source>not a CDM document (expected a JSON object)</source>
        <translation>ni dokument CDM (pričakovan je predmet JSON)</translation>
    </message>
    <message>
        <source>the document has no definitions</source>
        <translation>dokument nima definicij</translation>
    </message>
    <message>
        <source>must be an array of definitions</source>
        <translation>mora biti polje definicij</translation>
    </message>
    <message>
        <source>no entity definition (an object with entityName) found</source>
        <translation>ni najdene definicije entitete (predmeta z entityName)</translation>
    </message>
    <message numerus="yes">
        <source>%n entity definition(s) found; one per document is supported</source>
        <translation>
            <numerusform>Najdena je %n definicija entitete; podprta je ena na dokument</numerusform>
            <numerusform>Najdeni sta %n definiciji entitet; podprta je ena na dokument</numerusform>
            <numerusform>Najdene so %n definicije entitet; podprta je ena na dokument</numerusform>
            <numerusform>Najdenih je %n definicij entitet; podprta je ena na dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an entity definition; it was ignored</source>
        <translation>%1: ni definicija entitete; prezrta je bila</translation>
    </message>
    <message>
        <source>Change capture: %1</source>
        <translation>Zajem sprememb: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Dnevnika sprememb ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Cannot count queued changes: %1</source>
        <translation>Sprememb v čakalni vrsti ni mogoče prešteti: %1</translation>
    </message>
    <message>
        <source>Cannot purge the change log: %1</source>
        <translation>Dnevnika sprememb ni mogoče počistiti: %1</translation>
    </message>
    <message>
        <source>The database driver %1 is not available in this installation.</source>
        <translation>Gonilnik zbirke podatkov %1 v tej namestitvi ni na voljo.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Zbirke podatkov %1 ni mogoče odpreti: %2</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Predstavitvenih podatkov ni mogoče zapisati: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the demo data generator: %1</source>
        <translation>Generatorja predstavitvenih podatkov ni mogoče pripraviti: %1</translation>
    </message>
    <message>
        <source>The demo environments must be SQLite databases.</source>
        <translation>Predstavitvena okolja morajo biti zbirke podatkov SQLite.</translation>
    </message>
    <message>
        <source>The built-in %1 schema is damaged: %2</source>
        <translation>Vgrajena shema %1 je poškodovana: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 že vsebuje delovni prostor.</translation>
    </message>
    <message>
        <source>The built-in map template is damaged: %1</source>
        <translation>Vgrajena predloga preslikav je poškodovana: %1</translation>
    </message>
    <message>
        <source>Cannot move the new state store into place at %1.</source>
        <translation>Nove shrambe stanj ni mogoče premakniti na mesto %1.</translation>
    </message>
    <message>
        <source>Cannot save the %1 environment: %2</source>
        <translation>Okolja %1 ni mogoče shraniti: %2</translation>
    </message>
    <message>
        <source>Cannot read the %1 environment: %2</source>
        <translation>Okolja %1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>The workspace has no %1 environment.</source>
        <translation>Delovni prostor nima okolja %1.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Preverjanje veljavnosti</translation>
    </message>
    <message>
        <source>Target constraint</source>
        <translation>Omejitev cilja</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Prehodna</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguracija</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the saved position of the interrupted initial sync is damaged; start the initial sync again from the beginning.</source>
        <translation>Preslikava »%1«: shranjeni položaj prekinjene začetne sinhronizacije je poškodovan; začetno sinhronizacijo znova zaženite od začetka.</translation>
    </message>
    <message>
        <source>Cannot look up %1 in %2: %3</source>
        <translation>%1 ni mogoče poiskati v %2: %3</translation>
    </message>
    <message>
        <source>There is no map named &quot;%1&quot;.</source>
        <translation>Preslikava z imenom »%1« ne obstaja.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on itself, so no run order exists: %2.</source>
        <translation>Preslikava »%1« je odvisna sama od sebe, zato vrstni red izvajanja ne obstaja: %2.</translation>
    </message>
    <message>
        <source>Maps depend on each other in a cycle, so no run order exists: %1.</source>
        <translation>Preslikave so v krogu odvisne druga od druge, zato vrstni red izvajanja ne obstaja: %1.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on the map &apos;%2&apos;, which does not exist in the workspace.</source>
        <translation>Preslikava »%1« je odvisna od preslikave »%2«, ki v delovnem prostoru ne obstaja.</translation>
    </message>
    <message>
        <source>State store query failed: %1</source>
        <translation>Poizvedba v shrambi stanj ni uspela: %1</translation>
    </message>
    <message>
        <source>Field %1 ⇄ %2</source>
        <extracomment>a field mapping: %1 Finance column, %2 Dataverse column (either may be empty)</extracomment>
        <translation>Polje %1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>transform: the value written when the source is empty</extracomment>
        <translation>Privzeto: %1</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <extracomment>transform: always this value</extracomment>
        <translation>Konstanta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>after the first value map entries: how many more there are</extracomment>
        <translation>
            <numerusform>še %n</numerusform>
            <numerusform>še %n</numerusform>
            <numerusform>še %n</numerusform>
            <numerusform>še %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Value map: %1</source>
        <translation>Preslikava vrednosti: %1</translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>transform: %1 table, %2 column matched, %3 column written</extracomment>
        <translation>Iskanje: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Obvesti</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Začasno ustavi preslikavo</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Ustavi preslikavo</translation>
    </message>
    <message>
        <source>any</source>
        <comment>alert rule: errors of any class</comment>
        <translation>kateri koli</translation>
    </message>
    <message>
        <source>%1 errors (%2) within %3 minutes: %4</source>
        <extracomment>%1 error count, %2 error class, %3 minutes, %4 action</extracomment>
        <translation>%1 napak (%2) v %3 minutah: %4</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <extracomment>conflict policy; %1 Dataverse or Finance</extracomment>
        <translation>Zmaga %1</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Zmaga najnovejša sprememba</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Ročno: skrbnik izbere stran</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponenta</translation>
    </message>
    <message>
        <source>Dataverse table</source>
        <translation>Tabela v Dataverse</translation>
    </message>
    <message>
        <source>Finance table</source>
        <translation>Tabela v Finance</translation>
    </message>
    <message>
        <source>Dataverse filter</source>
        <translation>Filter v Dataverse</translation>
    </message>
    <message>
        <source>Finance filter</source>
        <translation>Filter v Finance</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Integracijski ključ</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Odvisna od</translation>
    </message>
    <message>
        <source>Conflict policy</source>
        <translation>Pravilnik konfliktov</translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation>Pravilo opozorila %1</translation>
    </message>
    <message>
        <source>Cannot start map &quot;%1&quot;: %2</source>
        <translation>Preslikave »%1« ni mogoče zagnati: %2</translation>
    </message>
    <message>
        <source>Map started (%1); changes are captured from now on.</source>
        <translation>Preslikava je zagnana (%1); spremembe se zajemajo od zdaj naprej.</translation>
    </message>
    <message>
        <source>Only running maps can be paused; nothing was paused. Not running: %1</source>
        <translation>Začasno ustaviti je mogoče samo preslikave, ki se izvajajo; nič ni bilo začasno ustavljeno. Se ne izvajajo: %1</translation>
    </message>
    <message>
        <source>Map paused; changes keep being queued.</source>
        <translation>Preslikava je začasno ustavljena; spremembe se še naprej uvrščajo v čakalno vrsto.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is %2, not paused; nothing was resumed.</source>
        <translation>Preslikava »%1« je v stanju %2, ne začasno ustavljena; nič ni bilo nadaljevano.</translation>
    </message>
    <message>
        <source>Map resumed; its queued changes are applied next.</source>
        <translation>Preslikava se nadaljuje; njene spremembe iz čakalne vrste se uporabijo naslednje.</translation>
    </message>
    <message>
        <source>Map stopped; changes are no longer captured.</source>
        <translation>Preslikava je ustavljena; spremembe se ne zajemajo več.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: column %2 does not exist in the %3 table %4.</source>
        <translation>Preslikava »%1«: stolpec %2 ne obstaja v tabeli %4 v %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no field that flows from %2 to %3.</source>
        <translation>Preslikava »%1« nima polja, ki bi teklo iz %2 v %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no integration key.</source>
        <translation>Preslikava »%1« nima integracijskega ključa.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the key field %2 is not written from %3 to %4.</source>
        <translation>Preslikava »%1«: polje ključa %2 se ne zapisuje iz %3 v %4.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 table %3 has no primary or unique key on the integration key (%4); add one so records can be found by their key.</source>
        <translation>Preslikava »%1«: tabela %3 v %2 nima primarnega ali enoličnega ključa na integracijskem ključu (%4); dodajte ga, da bo zapise mogoče najti po ključu.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <extracomment>A field mapping: target column ← source column</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Se ne izvaja</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Inicializacija</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Se izvaja</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Začasno ustavljeno</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Nadaljevanje</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Napaka</translation>
    </message>
    <message>
        <source>The stored definition of map &quot;%1&quot; is damaged: %2</source>
        <translation>Shranjena definicija preslikave »%1« je poškodovana: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ni predmet JSON</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;: %2</source>
        <translation>Preslikave »%1« ni mogoče shraniti: %2</translation>
    </message>
    <message>
        <source>The map &quot;%1&quot; is given twice; nothing was saved.</source>
        <translation>Preslikava »%1« je navedena dvakrat; nič ni bilo shranjeno.</translation>
    </message>
    <message>
        <source>Cannot save the maps: %1</source>
        <translation>Preslikav ni mogoče shraniti: %1</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;; nothing was saved: %2</source>
        <extracomment>%1 map name, %2 why; no map of the batch is saved</extracomment>
        <translation>Preslikave »%1« ni mogoče shraniti; nič ni bilo shranjeno: %2</translation>
    </message>
    <message>
        <source>Map created with version %1 by %2.</source>
        <translation>Preslikava je ustvarjena z različico %1, izdajatelj %2.</translation>
    </message>
    <message>
        <source>Map saved as version %1 by %2.</source>
        <translation>Preslikava je shranjena kot različica %1, izdajatelj %2.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no version %2.</source>
        <extracomment>%1 map name, %2 number of the stored version</extracomment>
        <translation>Preslikava »%1« nima različice %2.</translation>
    </message>
    <message>
        <source>Cannot activate a version of map &quot;%1&quot;: %2</source>
        <translation>Različice preslikave »%1« ni mogoče aktivirati: %2</translation>
    </message>
    <message>
        <source>Version %1 by %2 activated.</source>
        <extracomment>activity log; %1 version number such as 1.0.0.3, %2 its publisher</extracomment>
        <translation>Aktivirana je različica %1, izdajatelj %2.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 table &apos;%3&apos; does not exist; correct the name or refresh the schema (like dual-write DIPV1018 and DIPV1020).</source>
        <translation>Preslikava »%1«: tabela %2 »%3« ne obstaja; popravite ime ali osvežite shemo (kot DIPV1018 in DIPV1020 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; has no integration key: add a pair of key fields for Finance table &apos;%2&apos; and Dataverse table &apos;%3&apos; (like dual-write DIPV1003).</source>
        <translation>Preslikava »%1« nima integracijskega ključa: dodajte par polj ključa za tabelo Finance »%2« in tabelo Dataverse »%3« (kot DIPV1003 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names no %3 column of table &apos;%4&apos;.</source>
        <translation>Preslikava »%1«: par integracijskega ključa %2 ne navaja stolpca %3 tabele »%4«.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1025).</source>
        <translation>Preslikava »%1«: par integracijskega ključa %2 navaja stolpec %3 »%4«, ki ne obstaja (kot DIPV1025 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 (Finance column &apos;%3&apos;, Dataverse column &apos;%4&apos;) is not mapped by any field mapping; map these two columns to each other (like dual-write DIPV1014).</source>
        <translation>Preslikava »%1«: par integracijskega ključa %2 (stolpec Finance »%3«, stolpec Dataverse »%4«) ni preslikan z nobeno preslikavo polja; ta dva stolpca preslikajte enega v drugega (kot DIPV1014 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; syncs both ways, but field mapping %2 of integration key pair %3 (Finance column &apos;%4&apos; %5 Dataverse column &apos;%6&apos;) is one-way; key fields must be mapped with &apos;=&apos; (like dual-write DIPV1004).</source>
        <translation>Preslikava »%1« se sinhronizira v obe smeri, vendar je preslikava polja %2 para integracijskega ključa %3 (stolpec Finance »%4« %5 stolpec Dataverse »%6«) enosmerna; polja ključa morajo biti preslikana z »=« (kot DIPV1004 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names neither a Finance column (table &apos;%3&apos;) nor a Dataverse column (table &apos;%4&apos;).</source>
        <translation>Preslikava »%1«: preslikava polja %2 ne navaja ne stolpca Finance (tabela »%3«) ne stolpca Dataverse (tabela »%4«).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways but names no %3 column of table &apos;%4&apos;.</source>
        <translation>Preslikava »%1«: preslikava polja %2 se sinhronizira v obe smeri, vendar ne navaja stolpca %3 tabele »%4«.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 writes to the %3 table &apos;%4&apos; but names no column there.</source>
        <translation>Preslikava »%1«: preslikava polja %2 piše v tabelo %3 »%4«, vendar v njej ne navaja stolpca.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names no %3 source column of table &apos;%4&apos; for the %5 column &apos;%6&apos;; a mapping without a source needs a Default or Constant transform (like dual-write DIPV1021).</source>
        <translation>Preslikava »%1«: preslikava polja %2 ne navaja izvornega stolpca %3 tabele »%4« za stolpec %5 »%6«; preslikava brez vira potrebuje pretvorbo Privzeto ali Konstanta (kot DIPV1021 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1022 and DIPV1025).</source>
        <translation>Preslikava »%1«: preslikava polja %2 navaja stolpec %3 »%4«, ki ne obstaja (kot DIPV1022 in DIPV1025 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos; to %5 column &apos;%6&apos;) has no entries, so every value would fail.</source>
        <translation>Preslikava »%1«: pretvorba Preslikava vrednosti preslikave polja %2 (stolpec %3 »%4« v stolpec %5 »%6«) nima vnosov, zato bi vsaka vrednost spodletela.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos;) lists the source value &apos;%5&apos; more than once (like dual-write DIPV1029).</source>
        <translation>Preslikava »%1«: pretvorba Preslikava vrednosti preslikave polja %2 (stolpec %3 »%4«) navaja izvorno vrednost »%5« večkrat (kot DIPV1029 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways, but its Value map transform maps more than one value to &apos;%3&apos;, so the %4 column &apos;%5&apos; cannot be mapped back to the %6 column &apos;%7&apos;.</source>
        <translation>Preslikava »%1«: preslikava polja %2 se sinhronizira v obe smeri, vendar njena pretvorba Preslikava vrednosti preslika več vrednosti v »%3«, zato stolpca %4 »%5« ni mogoče preslikati nazaj v stolpec %6 »%7«.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 (Finance column &apos;%3&apos; = Dataverse column &apos;%4&apos;) syncs both ways, but a Lookup transform resolves values in one direction only; use one-way field mappings.</source>
        <translation>Preslikava »%1«: preslikava polja %2 (stolpec Finance »%3« = stolpec Dataverse »%4«) se sinhronizira v obe smeri, vendar pretvorba Iskanje razrešuje vrednosti samo v eno smer; uporabite enosmerne preslikave polj.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no lookup table.</source>
        <translation>Preslikava »%1«: pretvorba Iskanje preslikave polja %2 (stolpec %3 »%4«) ne navaja tabele iskanja.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no key column of the lookup table &apos;%5&apos;.</source>
        <translation>Preslikava »%1«: pretvorba Iskanje preslikave polja %2 (stolpec %3 »%4«) ne navaja stolpca ključa tabele iskanja »%5«.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no value column of the lookup table &apos;%5&apos;.</source>
        <translation>Preslikava »%1«: pretvorba Iskanje preslikave polja %2 (stolpec %3 »%4«) ne navaja stolpca vrednosti tabele iskanja »%5«.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the %3 table &apos;%4&apos;, which does not exist (like dual-write DIPV1018).</source>
        <translation>Preslikava »%1«: pretvorba Iskanje preslikave polja %2 navaja tabelo %3 »%4«, ki ne obstaja (kot DIPV1018 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the key column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Preslikava »%1«: pretvorba Iskanje preslikave polja %2 navaja stolpec ključa »%3«, ki ga tabela %4 »%5« nima.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the value column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Preslikava »%1«: pretvorba Iskanje preslikave polja %2 navaja stolpec vrednosti »%3«, ki ga tabela %4 »%5« nima.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Constant transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL).</source>
        <translation>Preslikava »%1«: pretvorba Konstanta preslikave polja %2 nima vrednosti, stolpec %3 »%4« pa je obvezen (NOT NULL).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Default transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL) (like dual-write DIPV1031).</source>
        <translation>Preslikava »%1«: pretvorba Privzeto preslikave polja %2 nima vrednosti, stolpec %3 »%4« pa je obvezen (NOT NULL) (kot DIPV1031 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 copies the %3 column &apos;%4&apos; (%5) to the %6 column &apos;%7&apos; (%8), which cannot be converted; use a Value map transform or another column (like dual-write DIPV1030).</source>
        <translation>Preslikava »%1«: preslikava polja %2 kopira stolpec %3 »%4« (%5) v stolpec %6 »%7« (%8), česar ni mogoče pretvoriti; uporabite pretvorbo Preslikava vrednosti ali drug stolpec (kot DIPV1030 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 column &apos;%3&apos; is written by field mappings %4 and %5 (like dual-write DIPV1026).</source>
        <translation>Preslikava »%1«: stolpec %2 »%3« zapisujeta preslikavi polj %4 in %5 (kot DIPV1026 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; writes to the %2 table &apos;%3&apos;, but no field mapping writes its required column &apos;%4&apos; (NOT NULL without a default); map it or give it a Default or Constant transform (like dual-write DIPV1010 and DIPV1031).</source>
        <translation>Preslikava »%1« piše v tabelo %2 »%3«, vendar nobena preslikava polja ne zapiše njenega obveznega stolpca »%4« (NOT NULL brez privzete vrednosti); preslikajte ga ali mu dodelite pretvorbo Privzeto ali Konstanta (kot DIPV1010 in DIPV1031 pri dvojnem zapisovanju).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter on table &apos;%3&apos; is not valid: %4 (like dual-write DIPV1012)</source>
        <translation>Preslikava »%1«: filter vira %2 za tabelo »%3« ni veljaven: %4 (kot DIPV1012 pri dvojnem zapisovanju)</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter names the column &apos;%3&apos;, which the table &apos;%4&apos; does not have.</source>
        <translation>Preslikava »%1«: filter vira %2 navaja stolpec »%3«, ki ga tabela »%4« nima.</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote (&apos;) is missing</source>
        <translation>nezaključen niz: manjka zaključni narekovaj (&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>»%1« ni veljavno število</translation>
    </message>
    <message>
        <source>a column name may have at most %1 characters; this one has %2</source>
        <translation>ime stolpca ima lahko največ %1 znakov; to jih ima %2</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>nepričakovan znak U+%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>nepričakovan znak »%1«</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>»)« brez ustreznega »(«</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter but found %1</source>
        <translation>pričakovan je »and«, »or« ali konec filtra, najden pa je bil %1</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Položaj %1: %2</translation>
    </message>
    <message>
        <source>parentheses and &apos;not&apos; may be nested at most %1 levels deep</source>
        <translation>oklepaji in »not« so lahko ugnezdeni največ %1 ravni globoko</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1 but found %2</source>
        <translation>pričakovan je »)«, ki zapre »(« na položaju %1, najden pa je bil %2</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>manjka »)«, ki zapre »(« na položaju %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but found %1</source>
        <translation>pričakovan je stolpec, vrednost ali »(«, najden pa je bil %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but the filter ended</source>
        <translation>pričakovan je stolpec, vrednost ali »(«, filter pa se je končal</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but found %1</source>
        <translation>pričakovan je primerjalni operator (eq, ne, gt, ge, lt, le), najden pa je bil %1</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but the filter ended</source>
        <translation>pričakovan je primerjalni operator (eq, ne, gt, ge, lt, le), filter pa se je končal</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but found %2</source>
        <translation>za »%1« je pričakovan stolpec ali vrednost, najden pa je bil %2</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but the filter ended</source>
        <translation>za »%1« je pričakovan stolpec ali vrednost, filter pa se je končal</translation>
    </message>
    <message>
        <source>a comparison needs a column on at least one side, not two values</source>
        <translation>primerjava potrebuje stolpec vsaj na eni strani, ne dveh vrednosti</translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne</source>
        <translation>null je mogoče primerjati samo z eq ali ne</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 obstaja, vendar ni mapa.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mape %1 ni mogoče ustvariti.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 ni mogoče ustvariti: %2</translation>
    </message>
    <message>
        <source>Cannot skip records: %1</source>
        <translation>Zapisov ni mogoče preskočiti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped: %1</source>
        <translation>
            <numerusform>Preskočen je %n zapis: %1</numerusform>
            <numerusform>Preskočena sta %n zapisa: %1</numerusform>
            <numerusform>Preskočeni so %n zapisi: %1</numerusform>
            <numerusform>Preskočenih je %n zapisov: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sinhronizirano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Na čakanju</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <extracomment>%1 is a field mapping such as &quot;ProjectId ← msdyn_project&quot;, %2 the cause</extracomment>
        <translation>polje %1: %2</translation>
    </message>
    <message>
        <source>the value %1 has no entry in the value map</source>
        <translation>vrednost %1 nima vnosa v preslikavi vrednosti</translation>
    </message>
    <message>
        <source>Unable to lookup %1 with values {%2} (no row has %3 = %4)</source>
        <translation>Unable to lookup %1 with values {%2} (nobena vrstica nima %3 = %4)</translation>
    </message>
    <message>
        <source>%1 = %2 doesn&apos;t uniquely identify a %3 row</source>
        <translation>%1 = %2 ne določa enolično vrstice %3</translation>
    </message>
    <message>
        <source>the value is empty, but %1 is required</source>
        <translation>vrednost je prazna, vendar je %1 obvezno</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Neuspelih zapisov ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: the source row no longer exists in the %3 table %4; skip the record or restore the row.</source>
        <translation>Preslikava »%1«, zapis %2: izvorna vrstica v tabeli %4 v %3 ne obstaja več; preskočite zapis ali obnovite vrstico.</translation>
    </message>
    <message>
        <source>The process running it ended before the run finished.</source>
        <translation>Proces, ki ga je izvajal, se je končal pred koncem izvajanja.</translation>
    </message>
    <message>
        <source>There is no map with id %1.</source>
        <translation>Preslikava z ID-jem %1 ne obstaja.</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: it has no name or no columns</source>
        <translation>Tabele »%1« ni mogoče ustvariti: nima imena ali stolpcev</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the name cannot be quoted safely</source>
        <translation>Tabele »%1« ni mogoče ustvariti: imena ni mogoče varno navesti</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the column name &apos;%2&apos; cannot be quoted safely</source>
        <translation>Tabele »%1« ni mogoče ustvariti: imena stolpca »%2« ni mogoče varno navesti</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: %2</source>
        <translation>Tabele »%1« ni mogoče ustvariti: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: the driver %2 is not supported</source>
        <translation>Tabel zbirke podatkov %1 ni mogoče prebrati: gonilnik %2 ni podprt</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: %2</source>
        <translation>Tabel zbirke podatkov %1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>Table %1 does not exist in the %2 database</source>
        <translation>Tabela %1 ne obstaja v zbirki podatkov %2</translation>
    </message>
    <message>
        <source>Table %1 is ambiguous in the %2 database: it matches the tables %3</source>
        <translation>Tabela %1 v zbirki podatkov %2 ni enolična: ustreza tabelam %3</translation>
    </message>
    <message>
        <source>Cannot read table %1 of the %2 database: %3</source>
        <translation>Tabele %1 zbirke podatkov %2 ni mogoče prebrati: %3</translation>
    </message>
    <message>
        <source>must be a column object</source>
        <translation>mora biti predmet stolpca</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column type</source>
        <translation>»%1« ni vrsta stolpca</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>mora biti celo število</translation>
    </message>
    <message>
        <source>must be a table name or null</source>
        <translation>mora biti ime tabele ali null</translation>
    </message>
    <message>
        <source>must be null, &quot;guid&quot;, &quot;now&quot; or a literal value</source>
        <translation>mora biti null, &quot;guid&quot;, &quot;now&quot; ali dobesedna vrednost</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation>mora biti neprazen seznam imen stolpcev</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no column of the table</source>
        <translation>»%1« ni stolpec tabele</translation>
    </message>
    <message>
        <source>must be a table object</source>
        <translation>mora biti predmet tabele</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>mora biti neprazen seznam</translation>
    </message>
    <message>
        <source>must be a list of keys</source>
        <translation>mora biti seznam ključev</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>neveljaven JSON na odmiku %1: %2</translation>
    </message>
    <message>
        <source>a schema is a JSON list of tables</source>
        <translation>shema je seznam tabel v obliki JSON</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is defined twice</source>
        <translation>%1: tabela »%2« je določena dvakrat</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 filter is not valid: %3</source>
        <translation>Preslikava »%1«: filter %2 ni veljaven: %3</translation>
    </message>
    <message>
        <source>Cannot read the source table: %1</source>
        <translation>Izvorne tabele ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Cannot count the source rows: %1</source>
        <translation>Izvornih vrstic ni mogoče prešteti: %1</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>»%1« ni mogoče pripraviti: %2</translation>
    </message>
    <message>
        <source>SQL &quot;%1&quot; failed: %2</source>
        <translation>SQL »%1« ni uspel: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 ni mogoče zagnati: %2</translation>
    </message>
    <message>
        <source>%1, statement at line %2: %3</source>
        <translation>%1, stavek v vrstici %2: %3</translation>
    </message>
    <message>
        <source>The state store %1 has schema version %2, but this dwadmin knows only up to version %3. It was written by a newer dwadmin; upgrade dwadmin to open it.</source>
        <translation>Shramba stanj %1 ima različico sheme %2, ta dwadmin pa pozna samo različice do %3. Zapisal jo je novejši dwadmin; posodobite dwadmin, da jo odprete.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the state store %1: %2</source>
        <translation>Različice sheme shrambe stanj %1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>Cannot start migration %1 of the state store: %2</source>
        <translation>Selitve %1 shrambe stanj ni mogoče začeti: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of the state store %3 failed: %4</source>
        <translation>Selitev %1 (%2) shrambe stanj %3 ni uspela: %4</translation>
    </message>
    <message>
        <source>Unknown state store error.</source>
        <translation>Neznana napaka shrambe stanj.</translation>
    </message>
    <message>
        <source>%1 read, %2 inserted, %3 updated, %4 unchanged, %5 deleted, %6 failed, %7 conflicts</source>
        <translation>prebrano %1, vstavljeno %2, posodobljeno %3, nespremenjeno %4, izbrisano %5, neuspešno %6, konfliktov %7</translation>
    </message>
    <message>
        <source>No map matches the request.</source>
        <translation>Nobena preslikava ne ustreza zahtevi.</translation>
    </message>
    <message>
        <source>Initial sync from %1 finished: %2.</source>
        <translation>Začetna sinhronizacija iz %1 je končana: %2.</translation>
    </message>
    <message>
        <source>Initial sync stopped; run it again to continue where it stopped.</source>
        <translation>Začetna sinhronizacija je ustavljena; znova jo zaženite, da nadaljuje, kjer se je ustavila.</translation>
    </message>
    <message>
        <source>Initial sync stopped by the administrator: %1.</source>
        <translation>Začetno sinhronizacijo je ustavil skrbnik: %1.</translation>
    </message>
    <message>
        <source>Conflicts resolved with the %1 version: %2.</source>
        <translation>Konflikti razrešeni z različico iz %1: %2.</translation>
    </message>
    <message>
        <source>Failed records retried: %1.</source>
        <translation>Neuspeli zapisi znova poskušeni: %1.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes.</source>
        <translation>Opozorilo: %1 napak (%2) v %3 minutah.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was paused. Fix the cause, then resume it.</source>
        <translation>Opozorilo: %1 napak (%2) v %3 minutah; preslikava je bila začasno ustavljena. Odpravite vzrok in jo nato nadaljujte.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was stopped.</source>
        <translation>Opozorilo: %1 napak (%2) v %3 minutah; preslikava je bila ustavljena.</translation>
    </message>
    <message>
        <source>Queued changes applied; the map runs live again.</source>
        <translation>Spremembe iz čakalne vrste so uporabljene; preslikava se znova izvaja sprotno.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 (%2) of %n map(s) started.</source>
        <translation>
            <numerusform>Zagon %1 (%2) %n preslikave se je začel.</numerusform>
            <numerusform>Zagon %1 (%2) %n preslikav se je začel.</numerusform>
            <numerusform>Zagon %1 (%2) %n preslikav se je začel.</numerusform>
            <numerusform>Zagon %1 (%2) %n preslikav se je začel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n zapis ni uspel.</numerusform>
            <numerusform>%n zapisa nista uspela.</numerusform>
            <numerusform>%n zapisi niso uspeli.</numerusform>
            <numerusform>%n zapisov ni uspelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 ended (%2): %3</source>
        <translation>Zagon %1 se je končal (%2): %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run; its configuration has problems:
%2</source>
        <translation>Preslikava »%1« ni bila zagnana; njena konfiguracija ima težave:
%2</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: a table is missing.</source>
        <translation>Preslikava »%1«: manjka tabela.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of a batch in the state store: %1</source>
        <translation>Izida paketa ni mogoče zapisati v shrambo stanj: %1</translation>
    </message>
    <message>
        <source>A sync is already running. Wait for it to end or stop it first.</source>
        <translation>Sinhronizacija že poteka. Počakajte, da se konča, ali jo najprej ustavite.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Nastavitev</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Ocene</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Dejanske vrednosti</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Računi</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Stroški</translation>
    </message>
    <message>
        <source>Vendor invoices</source>
        <translation>Računi dobavitelja</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Finance → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Finance</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>V obe smeri</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>neznan ključ</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>je obvezno</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>mora biti niz</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>mora biti polje</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>mora biti celo število od 1 do 1000000</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne sme biti prazno</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transform; expected default, valueMap, lookup or constant</source>
        <translation>»%1« ni pretvorba; pričakovano je default, valueMap, lookup ali constant</translation>
    </message>
    <message>
        <source>must be a string, number, true, false or null</source>
        <translation>mora biti niz, število, true, false ali null</translation>
    </message>
    <message>
        <source>must be a string, number, true or false</source>
        <translation>mora biti niz, število, true ali false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component; expected setup, estimates, actuals, invoices, expenses or vendorInvoices</source>
        <translation>»%1« ni komponenta; pričakovano je setup, estimates, actuals, invoices, expenses ali vendorInvoices</translation>
    </message>
    <message>
        <source>names neither a Finance nor a Dataverse field</source>
        <translation>ne navaja ne polja Finance ne polja Dataverse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; expected &apos;&gt;&apos;, &apos;&lt;&apos; or &apos;=&apos;</source>
        <translation>»%1« ni smer; pričakovano je »&gt;«, »&lt;« ali »=«</translation>
    </message>
    <message>
        <source>must be a map name</source>
        <translation>mora biti ime preslikave</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conflict policy; expected master, newest or manual</source>
        <translation>»%1« ni pravilnik konfliktov; pričakovano je master, newest ali manual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a side; expected dataverse or finance</source>
        <translation>»%1« ni stran; pričakovano je dataverse ali finance</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert action; expected notify, pause or stop</source>
        <translation>»%1« ni dejanje opozorila; pričakovano je notify, pause ali stop</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>Neveljaven JSON na mestu %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot; and &quot;maps&quot;.</source>
        <translation>Pričakovan je predmet JSON s &quot;format&quot; in &quot;maps&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported; this dwadmin reads %2</source>
        <translation>»%1« ni podprt; ta dwadmin bere %2</translation>
    </message>
    <message>
        <source>a map with this name appears twice in the file</source>
        <translation>preslikava s tem imenom se v datoteki pojavi dvakrat</translation>
    </message>
    <message>
        <source>the database stayed busy (%1) through %2 attempts over %3 s</source>
        <translation>zbirka podatkov je ostala zasedena (%1) v %2 poskusih v %3 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (the column holds %2)</source>
        <translation>»%1« ni število (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: the decimal separator is a point (the column holds %2)</source>
        <translation>»%1« ni število: decimalno ločilo je pika (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (the column holds %2)</source>
        <translation>»%1« ni celo število (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a fraction (the column holds %2)</source>
        <translation>»%1« ima decimalni del (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range (the column holds %2)</source>
        <translation>»%1« je zunaj obsega (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number (the column holds %2)</source>
        <translation>»%1« ni končno število (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is binary data (the column holds %2)</source>
        <translation>»%1« so binarni podatki (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8 text (the column holds %2)</source>
        <translation>»%1« ni veljavno besedilo UTF-8 (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a NUL character (the column holds %2)</source>
        <translation>»%1« vsebuje znak NUL (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true, false, 1 or 0 (the column holds %2)</source>
        <translation>»%1« ni true, false, 1 ali 0 (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as 2024-02-29 or 2024-02-29T13:45:00Z (the column holds %2)</source>
        <translation>»%1« ni datum in čas ISO 8601, na primer 2024-02-29 ali 2024-02-29T13:45:00Z (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a date that does not exist (the column holds %2)</source>
        <translation>»%1« navaja datum, ki ne obstaja (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time or time zone offset out of range (the column holds %2)</source>
        <translation>»%1« ima čas ali zamik časovnega pasu zunaj obsega (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 32 hexadecimal digits such as 0f8fad5b-d9cb-469f-a165-70867728950e (the column holds %2)</source>
        <translation>»%1« ni 32 šestnajstiških števk, na primer 0f8fad5b-d9cb-469f-a165-70867728950e (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 16 bytes long (the column holds %2)</source>
        <translation>»%1« ni dolg 16 bajtov (stolpec vsebuje %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not binary data (the column holds %2)</source>
        <translation>»%1« niso binarni podatki (stolpec vsebuje %2)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is %n characters long; the column allows %2</source>
        <translation>
            <numerusform>»%1« ima %n znak; stolpec dovoli %2</numerusform>
            <numerusform>»%1« ima %n znaka; stolpec dovoli %2</numerusform>
            <numerusform>»%1« ima %n znake; stolpec dovoli %2</numerusform>
            <numerusform>»%1« ima %n znakov; stolpec dovoli %2</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <comment>what a column holds</comment>
        <translation>besedilo</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <comment>what a column holds</comment>
        <translation>cela števila</translation>
    </message>
    <message>
        <source>decimals</source>
        <comment>what a column holds</comment>
        <translation>decimalna števila</translation>
    </message>
    <message>
        <source>numbers</source>
        <comment>what a column holds</comment>
        <translation>števila</translation>
    </message>
    <message>
        <source>true/false</source>
        <comment>what a column holds</comment>
        <translation>drži/ne drži</translation>
    </message>
    <message>
        <source>dates and times</source>
        <comment>what a column holds</comment>
        <translation>datume in čase</translation>
    </message>
    <message>
        <source>GUIDs</source>
        <comment>what a column holds</comment>
        <translation>GUID-e</translation>
    </message>
    <message>
        <source>binary data</source>
        <comment>what a column holds</comment>
        <translation>binarne podatke</translation>
    </message>
    <message>
        <source>No database file is given.</source>
        <translation>Datoteka zbirke podatkov ni navedena.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Datoteka %1 ne obstaja.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Možnost %1 potrebuje vrednost.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>Možnost %1 je navedena večkrat.</translation>
    </message>
    <message numerus="yes">
        <source>Entity %1 → table %2: %n column(s)</source>
        <translation>
            <numerusform>Entiteta %1 → tabela %2: %n stolpec</numerusform>
            <numerusform>Entiteta %1 → tabela %2: %n stolpca</numerusform>
            <numerusform>Entiteta %1 → tabela %2: %n stolpci</numerusform>
            <numerusform>Entiteta %1 → tabela %2: %n stolpcev</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary key: %1</source>
        <translation>Primarni ključ: %1</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>STOLPEC</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>VRSTA</translation>
    </message>
    <message>
        <source>NULLABLE</source>
        <translation>NULL DOVOLJEN</translation>
    </message>
    <message>
        <source>LOOKUP</source>
        <translation>ISKANJE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>VELIKOST</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n opozorilo:</numerusform>
            <numerusform>%n opozorili:</numerusform>
            <numerusform>%n opozorila:</numerusform>
            <numerusform>%n opozoril:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>Neznana oblika »%1«; uporabite table ali json.</translation>
    </message>
    <message>
        <source>&quot;cdm show&quot; needs the entity file to read.</source>
        <translation>»cdm show« potrebuje datoteko entitete, ki jo naj prebere.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Nepričakovan argument »%1«.</translation>
    </message>
    <message>
        <source>&quot;cdm&quot; needs an action: show.</source>
        <translation>»cdm« potrebuje dejanje: show.</translation>
    </message>
    <message>
        <source>Unknown cdm action &quot;%1&quot;.</source>
        <translation>Neznano dejanje cdm »%1«.</translation>
    </message>
    <message>
        <source>No workspace at %1. Create one with &quot;dwadmin-cli demo create&quot; or start dwadmin once.</source>
        <translation>Na %1 ni delovnega prostora. Ustvarite ga z ukazom »dwadmin-cli demo create« ali enkrat zaženite dwadmin.</translation>
    </message>
    <message>
        <source>Run &quot;dwadmin-cli --help&quot; for usage.</source>
        <translation>Za navodila za uporabo zaženite »dwadmin-cli --help«.</translation>
    </message>
    <message>
        <source>Say which maps: --map NAME (repeatable).</source>
        <translation>Navedite preslikave: --map IME (lahko večkrat).</translation>
    </message>
    <message>
        <source>%1: %2, %3 queued change(s)</source>
        <translation>%1: %2, sprememb v čakalni vrsti: %3</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--scale mora biti celo število od 1 do 1000, ne »%1«.</translation>
    </message>
    <message>
        <source>Created the demo workspace at %1 (scale %2).</source>
        <translation>Predstavitveni delovni prostor je ustvarjen v %1 (merilo %2).</translation>
    </message>
    <message>
        <source>--seconds must be a whole number of seconds (0: until stopped), not &quot;%1&quot;.</source>
        <translation>--seconds mora biti celo število sekund (0: do ustavitve), ne »%1«.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed mora biti celo število, ne »%1«.</translation>
    </message>
    <message>
        <source>Simulating activity in %1; stop with Ctrl+C.</source>
        <translation>Simuliranje dejavnosti v %1; ustavite s Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated %1 s of activity: %n change(s).</source>
        <translation>
            <numerusform>Simuliranih %1 s dejavnosti: %n sprememba.</numerusform>
            <numerusform>Simuliranih %1 s dejavnosti: %n spremembi.</numerusform>
            <numerusform>Simuliranih %1 s dejavnosti: %n spremembe.</numerusform>
            <numerusform>Simuliranih %1 s dejavnosti: %n sprememb.</numerusform>
        </translation>
    </message>
    <message>
        <source>  time approved: %1 (%2 actuals)</source>
        <translation>  odobren čas: %1 (dejanskih vrednosti: %2)</translation>
    </message>
    <message>
        <source>  proforma invoices confirmed: %1 (%2 actuals)</source>
        <translation>  potrjeni predračuni: %1 (dejanskih vrednosti: %2)</translation>
    </message>
    <message>
        <source>  expense reports posted: %1 (%2 lines)</source>
        <translation>  knjižena poročila o stroških: %1 (vrstic: %2)</translation>
    </message>
    <message>
        <source>  vendor invoices posted: %1 (%2 lines)</source>
        <translation>  knjiženi računi dobavitelja: %1 (vrstic: %2)</translation>
    </message>
    <message>
        <source>  integration journals posted: %1 (%2 actuals written back)</source>
        <translation>  knjiženi integracijski dnevniki: %1 (nazaj zapisanih dejanskih vrednosti: %2)</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs an action: create or simulate.</source>
        <translation>»demo« potrebuje dejanje: create ali simulate.</translation>
    </message>
    <message>
        <source>Unknown demo action &quot;%1&quot;.</source>
        <translation>Neznano dejanje demo »%1«.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Neznan jezik »%1«; uporabite eno od kod %2 ali system.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Ukaz ni naveden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Neznan ukaz »%1«.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>IME</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>KOMPONENTA</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>RAZLIČICA</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>SMER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STANJE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NEUSPEŠNO</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>ZADNJE IZVAJANJE</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikoli</translation>
    </message>
    <message>
        <source>&quot;maps&quot; needs an action: list, export, import or validate.</source>
        <translation>»maps« potrebuje dejanje: list, export, import ali validate.</translation>
    </message>
    <message>
        <source>Unknown maps action &quot;%1&quot;.</source>
        <translation>Neznano dejanje maps »%1«.</translation>
    </message>
    <message>
        <source>&quot;maps %1&quot; needs a file name (&quot;-&quot; for the standard streams).</source>
        <extracomment>%1 is &quot;export&quot; or &quot;import&quot;</extracomment>
        <translation>»maps %1« potrebuje ime datoteke (»-« za standardna toka).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ni mogoče zapisati: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n map(s) to %1.</source>
        <translation>
            <numerusform>V %1 je izvožena %n preslikava.</numerusform>
            <numerusform>V %1 sta izvoženi %n preslikavi.</numerusform>
            <numerusform>V %1 so izvožene %n preslikave.</numerusform>
            <numerusform>V %1 je izvoženih %n preslikav.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1: %2
Nothing was imported.</source>
        <translation>%1 ni mogoče uvoziti: %2
Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>%1 holds no maps; nothing was imported.</source>
        <translation>%1 ne vsebuje preslikav; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>Cannot import %1: the maps&apos; dependencies would not allow a run order.
Nothing was imported.</source>
        <translation>%1 ni mogoče uvoziti: odvisnosti preslikav ne bi dopuščale vrstnega reda izvajanja.
Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>%1: created, version %2</source>
        <translation>%1: ustvarjena, različica %2</translation>
    </message>
    <message>
        <source>%1: new version %2</source>
        <translation>%1: nova različica %2</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: nespremenjena</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s database %2 does not exist.</source>
        <translation>Zbirka podatkov %2 okolja %1 ne obstaja.</translation>
    </message>
    <message numerus="yes">
        <source>All %n map(s) are valid.</source>
        <translation>
            <numerusform>%n preslikava je veljavna.</numerusform>
            <numerusform>Obe preslikavi (%n) sta veljavni.</numerusform>
            <numerusform>Vse %n preslikave so veljavne.</numerusform>
            <numerusform>Vseh %n preslikav je veljavnih.</numerusform>
        </translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODA</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>PRESLIKAVA</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>SPOROČILO</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Najdena je %n težava.</numerusform>
            <numerusform>Najdeni sta %n težavi.</numerusform>
            <numerusform>Najdene so %n težave.</numerusform>
            <numerusform>Najdenih je %n težav.</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KLJUČ</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>SMER</translation>
    </message>
    <message>
        <source>ERROR CLASS</source>
        <translation>RAZRED NAPAKE</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>POSKUSI</translation>
    </message>
    <message>
        <source>LAST ATTEMPT</source>
        <translation>ZADNJI POSKUS</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>NAPAKA</translation>
    </message>
    <message>
        <source>Unknown component &quot;%1&quot;; use setup, estimates, actuals, invoices, expenses or vendorInvoices.</source>
        <translation>Neznana komponenta »%1«; uporabite setup, estimates, actuals, invoices, expenses ali vendorInvoices.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use synced, failed, conflict, skipped or pending.</source>
        <translation>Neznano stanje »%1«; uporabite synced, failed, conflict, skipped ali pending.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Neznana oblika »%1«; uporabite table, csv ali json.</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 inserted, %4 updated, %5 unchanged, %6 failed (%7 s)</source>
        <translation>%1: prebrano %2, vstavljeno %3, posodobljeno %4, nespremenjeno %5, neuspešno %6 (%7 s)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows, %4 failed</source>
        <translation>%1: %2 od %3 vrstic, neuspešnih %4</translation>
    </message>
    <message>
        <source>%1: record %2 is not a failed record; not retried.</source>
        <translation>%1: zapis %2 ni neuspel zapis; ni bil znova poskušen.</translation>
    </message>
    <message>
        <source>Live sync stopped; the maps stay running and keep queueing changes for the next live run or worker.</source>
        <translation>Sprotna sinhronizacija je ustavljena; preslikave ostanejo zagnane in še naprej uvrščajo spremembe v čakalno vrsto za naslednje sprotno izvajanje ali delovni proces.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Ustavljeno. Znova zaženite isti ukaz, da nadaljujete, kjer se je ustavilo.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; see &quot;dwadmin-cli records --status failed&quot;.</source>
        <translation>
            <numerusform>%n zapis ni uspel; glejte »dwadmin-cli records --status failed«.</numerusform>
            <numerusform>%n zapisa nista uspela; glejte »dwadmin-cli records --status failed«.</numerusform>
            <numerusform>%n zapisi niso uspeli; glejte »dwadmin-cli records --status failed«.</numerusform>
            <numerusform>%n zapisov ni uspelo; glejte »dwadmin-cli records --status failed«.</numerusform>
        </translation>
    </message>
    <message>
        <source>--master must be dataverse or finance, not &quot;%1&quot;.</source>
        <translation>--master mora biti dataverse ali finance, ne »%1«.</translation>
    </message>
    <message>
        <source>Say which maps to run: --all, --map NAME (repeatable) or --component C.</source>
        <translation>Navedite preslikave za zagon: --all, --map IME (lahko večkrat) ali --component C.</translation>
    </message>
    <message>
        <source>--master applies to --initial runs.</source>
        <translation>--master velja za zagone z --initial.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.1 to 3600.</source>
        <translation>--interval mora biti število sekund od 0.1 do 3600.</translation>
    </message>
    <message>
        <source>Say what to retry: --map NAME [--key K]… or --all-failed.</source>
        <translation>Navedite, kaj naj se znova poskusi: --map IME [--key K]… ali --all-failed.</translation>
    </message>
    <message>
        <source>--key needs exactly one --map.</source>
        <translation>--key potrebuje natanko en --map.</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>run outcome</comment>
        <translation>Dokončano</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Ustavljeno</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>run outcome</comment>
        <translation>Prekinjeno</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Se izvaja</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Delovni prostor: %1</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>SINHRONIZIRANO</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>KONFLIKT</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>PRESKOČENO</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>NA ČAKANJU</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>V ČAKALNI VRSTI</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>IZID</translation>
    </message>
    <message>
        <source>RESUMABLE</source>
        <translation>NADALJEVANJE MOŽNO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAZLOG</translation>
    </message>
    <message>
        <source>Queued changes cannot be counted: %1</source>
        <translation>Sprememb v čakalni vrsti ni mogoče prešteti: %1</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot write to.</source>
        <translation>Okolje %1 uporablja gonilnik %2, prek katerega sinhronizacija ne more pisati.</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot read from.</source>
        <translation>Okolje %1 uporablja gonilnik %2, prek katerega sinhronizacija ne more brati.</translation>
    </message>
    <message>
        <source>Cannot open database %1: another process has held it locked for more than 5 s; run again when that process is done.</source>
        <translation>Zbirke podatkov %1 ni mogoče odpreti: drug proces jo ima zaklenjeno že več kot 5 s; znova zaženite, ko se ta proces konča.</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Tabele %1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>The %1 environment uses a database driver dwadmin cannot read from.</source>
        <translation>Okolje %1 uporablja gonilnik zbirke podatkov, prek katerega dwadmin ne more brati.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Izvoza ni mogoče zapisati: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: %2 is not a column the record&apos;s %3 row may be edited in.</source>
        <translation>Preslikava »%1«: %2 ni stolpec, ki ga je mogoče urejati v vrstici zapisa v %3.</translation>
    </message>
    <message>
        <source>Cannot write to the %1 table %2: %3</source>
        <translation>V tabelo %2 v %1 ni mogoče pisati: %3</translation>
    </message>
    <message>
        <source>The %1 table %2 refused the new values of record %3: %4</source>
        <extracomment>%1 side, %2 table, %3 record key, %4 the database&apos;s message.</extracomment>
        <translation>Tabela %2 v %1 je zavrnila nove vrednosti zapisa %3: %4</translation>
    </message>
    <message>
        <source>Record %1 has no row in the %2 table %3 any more.</source>
        <translation>Zapis %1 nima več vrstice v tabeli %3 v %2.</translation>
    </message>
    <message>
        <source>The target database %1 was deleted, moved or replaced during the run; nothing more was written to it. Restore the file and run again.</source>
        <translation>Ciljna zbirka podatkov %1 je bila med izvajanjem izbrisana, premaknjena ali zamenjana; vanjo ni bilo zapisano nič več. Obnovite datoteko in znova zaženite.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run: the %2 environment&apos;s database %3 is read-only; allow this user to write it.</source>
        <translation>Preslikava »%1« ni bila zagnana: zbirka podatkov %3 okolja %2 je samo za branje; temu uporabniku dovolite pisanje vanjo.</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne sme vsebovati krmilnih znakov</translation>
    </message>
    <message>
        <source>%1: served by %2; its changes are applied there.</source>
        <translation>%1: obdeluje jo %2; njene spremembe se uporabijo tam.</translation>
    </message>
    <message>
        <source>Worker stopped; its map leases are given back.</source>
        <translation>Delovni proces je ustavljen; njegovi zakupi preslikav so sproščeni.</translation>
    </message>
    <message>
        <source>--lease must be a number of seconds from 1 to 3600 and at least three times the interval.</source>
        <translation>--lease mora biti število sekund od 1 do 3600 in vsaj trikratnik intervala.</translation>
    </message>
    <message>
        <source>Worker %1 serves the running maps of %2 (every %3 s, lease %4 s) until SIGTERM or SIGINT.</source>
        <translation>Delovni proces %1 obdeluje zagnane preslikave delovnega prostora %2 (vsakih %3 s, zakup %4 s) do SIGTERM ali SIGINT.</translation>
    </message>
    <message>
        <source>SERVED BY</source>
        <translation>OBDELUJE</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; stopped: the connection to the %2 environment was lost and did not come back (%3). Nothing of the unfinished page was written; run the map again once the server is back and it continues where it stopped.</source>
        <translation>Preslikava »%1« je ustavljena: povezava z okoljem %2 je bila prekinjena in se ni obnovila (%3). Iz nedokončane strani ni bilo zapisano ničesar; ko bo strežnik spet na voljo, znova zaženite preslikavo in nadaljevala bo, kjer se je ustavila.</translation>
    </message>
    <message>
        <source>Cannot read the lease of map %1: %2</source>
        <translation>Zakupa preslikave %1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>Cannot take the lease of map %1: %2</source>
        <translation>Zakupa preslikave %1 ni mogoče prevzeti: %2</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>drug delovni proces</translation>
    </message>
    <message>
        <source>Cannot give back the map leases of %1: %2</source>
        <translation>Zakupov preslikav delovnega procesa %1 ni mogoče sprostiti: %2</translation>
    </message>
    <message>
        <source>Cannot read the map leases: %1</source>
        <translation>Zakupov preslikav ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>no connection after %1 attempts over %2 s: %3</source>
        <translation>ni povezave po %1 poskusih v %2 s: %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is now served by %2, taken over from %3, which stopped renewing its lease.</source>
        <translation>Preslikavo »%1« zdaj obdeluje %2, ki jo je prevzel od %3, ker je ta prenehal podaljševati svoj zakup.</translation>
    </message>
    <message>
        <source>Map created with version %1.</source>
        <translation>Preslikava je ustvarjena z različico %1.</translation>
    </message>
    <message>
        <source>Map saved as version %1.</source>
        <translation>Preslikava je shranjena kot različica %1.</translation>
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
        <translation>Uporaba: dwadmin-cli [--workspace DIR] UKAZ [ARGUMENTI]

Upravlja delovni prostor dwadmin iz skriptov, cron in strežnikov.

Ukazi:
  maps list [--format table|json]   Seznam preslikav tabel s stanjem in števci
  maps export FILE                  Zapiše aktivne različice preslikav v FILE
                                    (- za standardni izhod) kot dwadmin-maps/1
  maps import FILE                  Uvozi preslikave iz FILE (- za standardni
                                    vhod): vse ali ob kateri koli napaki nobene
  maps validate [--map NAME]... [--format table|json]
                                    Preveri preslikave glede na obe okolji
  run (--all | --map NAME... | --component C) [--initial [--master SIDE]] [--live]
      [--interval SECONDS]          --initial: celoten prenos z glavne strani
                                    (dataverse ali finance) v vrstnem redu
                                    odvisnosti; prekinjen prenos se nadaljuje,
                                    kjer se je ustavil.
                                    --live: zažene preslikave in uporablja
                                    njihove spremembe do SIGINT/SIGTERM;
                                    preslikave ostanejo zagnane. Brez obeh:
                                    enkrat uporabi čakalno vrsto
  worker [--interval SECONDS] [--lease SECONDS] [--name NAME]
                                    Obdeluje vse zagnane preslikave, ki jih ta
                                    delovni proces lahko zakupi (en proces na
                                    preslikavo), do SIGTERM; za systemd
                                    (resources/systemd/)
  retry (--map NAME [--key K]... | --all-failed)
                                    Znova poskusi neuspele zapise iz trenutnih
                                    vrstic
  pause|resume|stop --map NAME...   Začasno ustavi (spremembe se še naprej
                                    uvrščajo v čakalno vrsto), nadaljuje
                                    (spremembe iz čakalne vrste se uporabijo)
                                    ali ustavi preslikave
  status [--format table|json]      Stanje vsake preslikave, število zapisov,
                                    zadnje izvajanje
  records [--map NAME]... [--component C] [--status S] [--format F]
                                    Seznam stanj zapisov. S: synced, failed,
                                    conflict, skipped ali pending.
                                    F: table, csv ali json
  cdm show FILE [--format table|json]
                                    Prikaže tabelo, ki jo opisuje datoteka
                                    entitete Common Data Model (*.cdm.json)
  workspace init --state-store postgresql://[USER@]HOST[:PORT]/DATABASE
                                    Iz DIR naredi delovni prostor, katerega
                                    stanje se hrani na tem strežniku
                                    PostgreSQL, da si ga delijo konzole in
                                    delovni procesi (gesla v njem ni)
  demo create [--scale N]           Ustvari predstavitveni delovni prostor
                                    (N=1: majhno podjetje)
  demo simulate [--seconds S]       Spreminja predstavitveni okolji, kot to
                                    počneta Project Operations in Finance (do
                                    ustavitve ali S sekund)

Možnosti:
  --workspace DIR   Mapa delovnega prostora (privzeto: %1)
  --lang CODE       Jezik sporočil: %2 ali system
                    (privzeto: jezik področnih nastavitev iz LANG ali
                    LC_MESSAGES)
  --help            Prikaže to pomoč
  --version         Prikaže različico

Izhodne kode: 0 v redu, 1 nekateri zapisi niso uspeli, 2 napaka uporabe
ali konfiguracije.
</translation>
    </message>
    <message>
        <source>--state-store must be a PostgreSQL address such as postgresql://dwadmin@db.example.com:5432/dwadmin, not &quot;%1&quot;.</source>
        <translation>--state-store mora biti naslov PostgreSQL, na primer postgresql://dwadmin@db.example.com:5432/dwadmin, ne »%1«.</translation>
    </message>
    <message>
        <source>--state-store must not contain a password: dwadmin never stores one. Give it through PGPASSWORD or ~/.pgpass, or when the console asks.</source>
        <translation>--state-store ne sme vsebovati gesla: dwadmin gesel nikoli ne shranjuje. Podajte ga prek PGPASSWORD ali ~/.pgpass ali ko ga zahteva konzola.</translation>
    </message>
    <message>
        <source>--state-store must give a database name after the host, as in postgresql://host/dwadmin.</source>
        <translation>--state-store mora za gostiteljem navesti zbirko podatkov, kot v postgresql://host/dwadmin.</translation>
    </message>
    <message>
        <source>workspace init needs --state-store ADDRESS.</source>
        <translation>»workspace init« potrebuje --state-store ADDRESS.</translation>
    </message>
    <message>
        <source>The workspace at %1 keeps its state in %2 (schema version %3).</source>
        <translation>Delovni prostor na %1 hrani svoje stanje v %2 (različica sheme %3).</translation>
    </message>
    <message>
        <source>Unknown workspace action &quot;%1&quot;; use init.</source>
        <translation>Neznano dejanje workspace »%1«; uporabite init.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none is known; dwadmin asks for it before the next run.</source>
        <translation>Strežnik PostgreSQL za %1 zahteva geslo, ki pa ni znano; dwadmin vas bo zanj vprašal pred naslednjim izvajanjem.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none was given. Set it in the PGPASSWORD environment variable or add a line for this connection to ~/.pgpass.</source>
        <translation>Strežnik PostgreSQL za %1 zahteva geslo, ki pa ni bilo podano. Nastavite ga v spremenljivki okolja PGPASSWORD ali v ~/.pgpass dodajte vrstico za to povezavo.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2); dwadmin asks for it again before the next run.</source>
        <translation>Strežnik PostgreSQL za %1 je zavrnil geslo (%2); dwadmin vas bo zanj znova vprašal pred naslednjim izvajanjem.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2). Give the right one in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>Strežnik PostgreSQL za %1 je zavrnil geslo (%2). Pravilno geslo navedite v spremenljivki okolja PGPASSWORD ali v ~/.pgpass.</translation>
    </message>
    <message>
        <source>The state store %1 already holds a workspace.</source>
        <translation>Shramba stanj %1 že vsebuje delovni prostor.</translation>
    </message>
    <message>
        <source>Cannot connect to the %1 environment: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why</extracomment>
        <translation>Povezave z okoljem %1 ni mogoče vzpostaviti: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the state store&apos;s bookkeeping: %1</source>
        <translation>Notranjih evidenc shrambe stanj ni mogoče pripraviti: %1</translation>
    </message>
    <message>
        <source>Cannot open the state store %1: %2</source>
        <translation>Shrambe stanj %1 ni mogoče odpreti: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at offset %2: %3).</source>
        <translation>%1 ni veljaven JSON (na odmiku %2: %3).</translation>
    </message>
    <message>
        <source>%1 does not name a state store: it needs &quot;format&quot;: &quot;%2&quot; and a &quot;stateStore&quot; with &quot;driver&quot;: &quot;QPSQL&quot; and a &quot;database&quot;.</source>
        <translation>%1 ne navaja shrambe stanj: potrebuje &quot;format&quot;: &quot;%2&quot; in &quot;stateStore&quot; z &quot;driver&quot;: &quot;QPSQL&quot; in &quot;database&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for the Project Operations dual-write integration.</source>
        <translation>Skrbniška konzola za integracijo za dvojno zapisovanje za Project Operations.</translation>
    </message>
    <message>
        <source>Use the workspace in DIR (created as a demo if empty).</source>
        <translation>Uporabi delovni prostor v DIR (če je prazen, se ustvari predstavitveni).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show the user interface in CODE (%1, or system) for this start, instead of the language chosen in Settings.</source>
        <extracomment>%1 the language codes dwadmin ships</extracomment>
        <translation>Ob tem zagonu prikaži uporabniški vmesnik v jeziku CODE (%1 ali system) namesto jezika, izbranega v nastavitvah.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.
</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Neznan jezik »%1«; uporabite eno od kod %2 ali system.
</translation>
    </message>
</context>
</TS>
