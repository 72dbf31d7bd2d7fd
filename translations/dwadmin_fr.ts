<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MapEditorTasks</name>
    <message>
        <source>A map named &quot;%1&quot; was created meanwhile.</source>
        <translation>Un mappage nommé «&#xa0;%1&#xa0;» a été créé entre-temps.</translation>
    </message>
    <message>
        <source>The map was started while it was edited; stop it and save again.</source>
        <translation>Le mappage a été démarré pendant sa modification&#xa0;; arrêtez-le, puis enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>MapServingText</name>
    <message>
        <source>This console</source>
        <comment>the map is served by this very program</comment>
        <translation>Cette console</translation>
    </message>
    <message>
        <source>No worker serves the map.</source>
        <translation>Aucun processus de travail ne prend en charge le mappage.</translation>
    </message>
    <message numerus="yes">
        <source>Served by this console (%1) since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Pris en charge par cette console (%1) depuis le %2&#xa0;; dernière pulsation il y a %n seconde.</numerusform>
            <numerusform>Pris en charge par cette console (%1) depuis le %2&#xa0;; dernière pulsation il y a %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Pris en charge par %1 depuis le %2&#xa0;; dernière pulsation il y a %n seconde.</numerusform>
            <numerusform>Pris en charge par %1 depuis le %2&#xa0;; dernière pulsation il y a %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not served: the lease of %1 expired at %2 (last heartbeat at %3); the worker is presumed gone.</source>
        <extracomment>%1 worker name, %2 date and time the lease expired, %3 of the last heartbeat</extracomment>
        <translation>Non pris en charge&#xa0;: le bail de %1 a expiré le %2 (dernière pulsation le %3)&#xa0;; le processus de travail est présumé disparu.</translation>
    </message>
    <message>
        <source>Not served: %1 ran on this machine and its process has ended (last heartbeat at %2); the worker is gone.</source>
        <extracomment>%1 worker name, %2 date and time of its last heartbeat</extracomment>
        <translation>Non pris en charge&#xa0;: %1 s&apos;exécutait sur cette machine et son processus s&apos;est terminé (dernière pulsation le %2)&#xa0;; le processus de travail a disparu.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>ValueMapJson</name>
    <message>
        <source>expected &apos;{&apos; to start the value map</source>
        <translation>«&#xa0;{&#xa0;» attendu au début du mappage de valeurs</translation>
    </message>
    <message>
        <source>expected a source value in double quotes</source>
        <translation>valeur source entre guillemets doubles attendue</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the source value</source>
        <translation>«&#xa0;:&#xa0;» attendu après la valeur source</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the target value</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu après la valeur cible</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>texte inattendu après le «&#xa0;}&#xa0;» fermant</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <extracomment>%1 is a 1-based character position, %2 what is wrong there</extracomment>
        <translation>Position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a line break or control character must be written as an escape such as \n</source>
        <translation>un saut de ligne ou un caractère de contrôle doit être écrit sous forme de séquence d&apos;échappement, par exemple \n</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote is missing</source>
        <translation>chaîne non terminée&#xa0;: le guillemet fermant est manquant</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d&apos;échappement non valide</translation>
    </message>
    <message>
        <source>a target value must be text, a number, true or false</source>
        <translation>une valeur cible doit être du texte, un nombre, true ou false</translation>
    </message>
    <message>
        <source>null is not a target value; write &quot;&quot; for empty text</source>
        <translation>null n&apos;est pas une valeur cible&#xa0;; écrivez &quot;&quot; pour un texte vide</translation>
    </message>
    <message>
        <source>expected a target value</source>
        <translation>valeur cible attendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value; put text in double quotes</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur&#xa0;; mettez le texte entre guillemets doubles</translation>
    </message>
</context>
<context>
    <name>dw::ActivityLogPage</name>
    <message>
        <source>M&amp;ap:</source>
        <translation>Ma&amp;ppage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <comment>kind of activity log entry</comment>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <comment>time</comment>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>time</comment>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Tous les mappages</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>kind of activity log entry</comment>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>time range chosen by hand</comment>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower time bound</comment>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>no upper time bound</comment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Entrées à partir du</translation>
    </message>
    <message>
        <source>Entries before</source>
        <translation>Entrées antérieures au</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Find in the activity log</source>
        <translation>Rechercher dans le journal d&apos;activité</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Double-click an entry, or press Enter, to open its run; an entry that belongs to no run opens its map.</source>
        <translation>Double-cliquez sur une entrée ou appuyez sur la touche Entrée pour ouvrir son exécution&#xa0;; une entrée qui n&apos;appartient à aucune exécution ouvre son mappage.</translation>
    </message>
    <message>
        <source>Show &amp;run</source>
        <translation>Afficher l&apos;e&amp;xécution</translation>
    </message>
    <message>
        <source>Open the current entry&apos;s run on the Runs page (Enter or double-click)</source>
        <translation>Ouvrir l&apos;exécution de l&apos;entrée actuelle sur la page Exécutions (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Show ma&amp;p</source>
        <translation>Afficher le mappa&amp;ge</translation>
    </message>
    <message>
        <source>Select the current entry&apos;s map on the Table maps page</source>
        <translation>Sélectionner le mappage de l&apos;entrée actuelle sur la page Mappages de tables</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the activity log</comment>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the activity log again</source>
        <translation>Relire le journal d&apos;activité</translation>
    </message>
    <message>
        <source>Counting the entries…</source>
        <translation>Comptage des entrées…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter.</source>
        <translation>
            <numerusform>%n entrée correspond au filtre.</numerusform>
            <numerusform>%n entrées correspondent au filtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>activity log entry kind</comment>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>activity log message</comment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The entry is about the whole workspace or a map that has since been deleted.</source>
        <translation>L&apos;entrée concerne l&apos;ensemble de l&apos;espace de travail ou un mappage supprimé depuis.</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of an activity log entry</comment>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>number of the run an activity log entry belongs to</comment>
        <translation>Exécution</translation>
    </message>
</context>
<context>
    <name>dw::AlertRuleModel</name>
    <message>
        <source>Any error</source>
        <comment>alert rule error class</comment>
        <translation>Toute erreur</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Suspendre le mappage</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Arrêter le mappage</translation>
    </message>
    <message>
        <source>Errors of class</source>
        <translation>Erreurs de la classe</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>number of errors that triggers an alert</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>En minutes</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what an alert rule does</comment>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>dw::EditReplayDialog</name>
    <message>
        <source>Edit and replay %1</source>
        <extracomment>%1 is the record&apos;s business key.</extracomment>
        <translation>Modifier et renvoyer %1</translation>
    </message>
    <message>
        <source>Correct the values in the %1 table %2, then send the record to %3 again. The row is changed in %1 itself.</source>
        <extracomment>%1 source side, %2 source table, %3 target side.</extracomment>
        <translation>Corrigez les valeurs dans la table %2 de %1, puis renvoyez l&apos;enregistrement vers %3. La ligne est modifiée directement dans %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>A key field: changing it would make another record.</source>
        <translation>Champ clé&#xa0;: le modifier créerait un autre enregistrement.</translation>
    </message>
    <message>
        <source>Written to %1 as %2</source>
        <extracomment>%1 the target side, %2 the value written there.</extracomment>
        <translation>Écrit dans %1 sous la forme %2</translation>
    </message>
    <message>
        <source>Save and &amp;retry</source>
        <translation>Enregistrer et &amp;réessayer</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentSection</name>
    <message>
        <source>&amp;Browse…</source>
        <comment>choose a database file</comment>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL (driver not installed)</source>
        <translation>PostgreSQL (pilote non installé)</translation>
    </message>
    <message>
        <source>Path of the environment&apos;s database file</source>
        <translation>Chemin du fichier de base de données de l&apos;environnement</translation>
    </message>
    <message>
        <source>Dri&amp;ver:</source>
        <comment>database driver</comment>
        <translation>&amp;Pilote&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <comment>database file</comment>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <comment>database server</comment>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <comment>database server port</comment>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <comment>database name on the server</comment>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <comment>database user name</comment>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the database file of the %1 environment.</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Choisissez le fichier de base de données de l&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Give the host and the database of the %1 environment.</source>
        <translation>Indiquez l&apos;hôte et la base de données de l&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n table(s) found.</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n table trouvée.</numerusform>
            <numerusform>Connecté&#xa0;: %n tables trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database file of the %1 environment</source>
        <translation>Fichier de base de données de l&apos;environnement %1</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Kept for this session only; never written to disk</source>
        <translation>Conservé uniquement pour cette session&#xa0;; jamais écrit sur le disque</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the environments</comment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Dataverse</source>
        <translation>&amp;Dataverse</translation>
    </message>
    <message>
        <source>&amp;Finance</source>
        <translation>F&amp;inance</translation>
    </message>
    <message>
        <source>Reading the environments…</source>
        <translation>Lecture des environnements…</translation>
    </message>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation>Impossible de lire les environnements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the environments…</source>
        <translation>Enregistrement des environnements…</translation>
    </message>
    <message>
        <source>The environments could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les environnements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dw::FieldMappingModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW202, %2 its message</extracomment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Default: (none)</source>
        <comment>default value transform without value</comment>
        <translation>Par défaut&#xa0;: (aucune)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <comment>default value transform</comment>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Constant: (none)</source>
        <comment>constant transform without value</comment>
        <translation>Constante&#xa0;: (aucune)</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <comment>constant transform</comment>
        <translation>Constante&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Value map (%n mapping(s))</source>
        <translation>
            <numerusform>Mappage de valeurs (%n correspondance)</numerusform>
            <numerusform>Mappage de valeurs (%n correspondances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>%1 table, %2 key column matched with the source value, %3 column written to the target</extracomment>
        <translation>Recherche&#xa0;: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Champ Finance</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>column of the field mappings; header kept short</comment>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Champ Dataverse</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
</context>
<context>
    <name>dw::FieldMappingsEditor</name>
    <message>
        <source>Type: %1</source>
        <extracomment>%1 a column type id such as text or integer</extracomment>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages de champs</translation>
    </message>
    <message>
        <source>Add field mapping</source>
        <translation>Ajouter un mappage de champs</translation>
    </message>
    <message>
        <source>Remove field mapping</source>
        <translation>Supprimer le mappage de champs</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Transform of row %1: %2 %3 %4</source>
        <extracomment>%1 row number, %2 Finance field, %3 direction symbol, %4 Dataverse field</extracomment>
        <translation>Transformation de la ligne %1&#xa0;: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationDiagram</name>
    <message>
        <source>never</source>
        <comment>a map that has not run yet</comment>
        <translation>jamais</translation>
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
        <translation>Vue d&apos;ensemble de l&apos;intégration</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 map name, %2 component name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dataverse table %1, Finance table %2: %3</source>
        <extracomment>%1 Dataverse table, %2 Finance table, %3 direction such as &quot;Dataverse → Finance&quot;</extracomment>
        <translation>Table Dataverse %1, table Finance %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Statut&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Queued: not known, the queues could not be counted</source>
        <translation>En file d&apos;attente&#xa0;: nombre inconnu, les files d&apos;attente n&apos;ont pas pu être comptées</translation>
    </message>
    <message>
        <source>Queued: none, the map does not capture changes</source>
        <translation>En file d&apos;attente&#xa0;: aucune, le mappage ne capture pas les modifications</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <comment>changes waiting to be applied</comment>
        <translation>En file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>records that failed</comment>
        <translation>En échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Dernière exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click or press Enter to open the map.</source>
        <translation>Cliquez ou appuyez sur Entrée pour ouvrir le mappage.</translation>
    </message>
    <message>
        <source>The workspace has no table maps.</source>
        <translation>L&apos;espace de travail ne contient aucun mappage de table.</translation>
    </message>
    <message>
        <source>Reading the table maps…</source>
        <translation>Lecture des mappages de tables…</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>records of a map that failed</comment>
        <translation>%1 en échec</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationOverviewPage</name>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Impossible de lire les mappages de tables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Impossible de compter les modifications en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each arrow is a table map, pointing the way its data flows between Dataverse and Finance, in the colour of its status. Click a map, or choose it with the arrow keys and press Enter, to open it.</source>
        <translation>Chaque flèche représente un mappage de table, orientée dans le sens où circulent ses données entre Dataverse et Finance, et de la couleur de son statut. Pour ouvrir un mappage, cliquez dessus ou sélectionnez-le avec les touches de direction et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Vue d&apos;ensemble de l&apos;intégration</translation>
    </message>
</context>
<context>
    <name>dw::MainWindow</name>
    <message>
        <source>A run is going</source>
        <translation>Une exécution est en cours</translation>
    </message>
    <message>
        <source>dwadmin — dual-write administration</source>
        <translation>dwadmin — administration de la double écriture</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import maps…</source>
        <translation>&amp;Importer des mappages…</translation>
    </message>
    <message>
        <source>&amp;Export maps…</source>
        <translation>&amp;Exporter des mappages…</translation>
    </message>
    <message>
        <source>Apply &amp;template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>Appliquer le &amp;modèle «&#xa0;Project Operations integrated with ERP&#xa0;»</translation>
    </message>
    <message>
        <source>En&amp;vironments…</source>
        <translation>E&amp;nvironnements…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Maps</source>
        <comment>menu of table map actions</comment>
        <translation>&amp;Mappages</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Table maps</source>
        <translation>&amp;Mappages de tables</translation>
    </message>
    <message>
        <source>Run &amp;monitor</source>
        <translation>Moniteur d&apos;e&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About dwadmin</source>
        <translation>À &amp;propos de dwadmin</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Mappages de tables</translation>
    </message>
    <message>
        <source>Run monitor</source>
        <translation>Moniteur d&apos;exécution</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Création de l&apos;espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Table map files</source>
        <translation>Fichiers de mappages de tables</translation>
    </message>
    <message>
        <source>About dwadmin</source>
        <translation>À propos de dwadmin</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Administration console for the dual-write integration between Dynamics 365 Project Operations (Dataverse) and Dynamics 365 Finance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Console d&apos;administration de l&apos;intégration à double écriture entre Dynamics 365 Project Operations (Dataverse) et Dynamics 365 Finance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>&amp;Enregistrements</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>Exé&amp;cutions</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Runs</source>
        <comment>history of runs</comment>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>&amp;Integration overview</source>
        <translation>Vue d&apos;ensemble de l&apos;&amp;intégration</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Vue d&apos;ensemble de l&apos;intégration</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Workspace: %1 (state store: %2)</source>
        <translation>Espace de travail&#xa0;: %1 (magasin d&apos;états&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>dw::MapChangeModel</name>
    <message>
        <source>Added</source>
        <comment>map version comparison</comment>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>map version comparison</comment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>map version comparison</comment>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>map version comparison: what changed</comment>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version la plus ancienne</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version la plus récente</translation>
    </message>
</context>
<context>
    <name>dw::MapDetailView</name>
    <message>
        <source>Cannot read the map &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le mappage «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the reader gave no reason</source>
        <comment>why the queue cannot be read</comment>
        <translation>le lecteur n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Impossible de lire la file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dataverse %1 %2 Finance %3</source>
        <extracomment>%1 Dataverse table, %2 direction symbol, %3 Finance table</extracomment>
        <translation>Dataverse %1 %2 Finance %3</translation>
    </message>
    <message>
        <source>Dataverse filter: %1</source>
        <translation>Filtre Dataverse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finance filter: %1</source>
        <translation>Filtre Finance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Dépend de&#xa0;: %1</translation>
    </message>
    <message>
        <source>The map has had no initial sync yet.</source>
        <translation>Le mappage n&apos;a pas encore eu de synchronisation initiale.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>run outcome</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>run outcome</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped by the administrator</source>
        <comment>run outcome</comment>
        <translation>arrêtée par l&apos;administrateur</translation>
    </message>
    <message>
        <source>ended with failures</source>
        <comment>run outcome</comment>
        <translation>terminée avec des échecs</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>run outcome</comment>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>Latest initial sync: run %1, %2.</source>
        <extracomment>%1 run number, %2 outcome such as &quot;completed&quot;</extracomment>
        <translation>Dernière synchronisation initiale&#xa0;: exécution %1, %2.</translation>
    </message>
    <message>
        <source>the map&apos;s own master</source>
        <comment>initial sync master side</comment>
        <translation>le côté maître propre au mappage</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>duration of an initial sync in seconds, e.g. &quot;12.4 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n failed record(s); the list loads more as you scroll.</source>
        <translation>
            <numerusform>%n enregistrement en échec&#xa0;; la liste se complète au fil du défilement.</numerusform>
            <numerusform>%n enregistrements en échec&#xa0;; la liste se complète au fil du défilement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Lecture de la file d&apos;attente…</translation>
    </message>
    <message>
        <source>Total queued record count: 0. Changes are queued while the map is paused and until a live run applies them.</source>
        <translation>Nombre total d&apos;enregistrements en file d&apos;attente&#xa0;: 0. Les modifications sont mises en file d&apos;attente tant que le mappage est suspendu et jusqu&apos;à ce qu&apos;une exécution en direct les applique.</translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n, in the order they will be applied.</source>
        <translation>
            <numerusform>Nombre total d&apos;enregistrements en file d&apos;attente&#xa0;: %n, dans l&apos;ordre où ils seront appliqués.</numerusform>
            <numerusform>Nombre total d&apos;enregistrements en file d&apos;attente&#xa0;: %n, dans l&apos;ordre où ils seront appliqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n; the next %1 to be applied are listed.</source>
        <extracomment>%n total queued, %1 how many are listed</extracomment>
        <translation>
            <numerusform>Nombre total d&apos;enregistrements en file d&apos;attente&#xa0;: %n&#xa0;; les %1 prochains à appliquer sont listés.</numerusform>
            <numerusform>Nombre total d&apos;enregistrements en file d&apos;attente&#xa0;: %n&#xa0;; les %1 prochains à appliquer sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this run still failed:</source>
        <translation>
            <numerusform>%n enregistrement de cette exécution est toujours en échec&#xa0;:</numerusform>
            <numerusform>%n enregistrements de cette exécution sont toujours en échec&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field ma&amp;ppings</source>
        <translation>Mappages de &amp;champs</translation>
    </message>
    <message>
        <source>&amp;Initial sync details</source>
        <translation>Synchronisation &amp;initiale</translation>
    </message>
    <message>
        <source>&amp;Queued records</source>
        <translation>&amp;File d&apos;attente</translation>
    </message>
    <message>
        <source>Failed &amp;records</source>
        <translation>En&amp;registrements en échec</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Alert setti&amp;ngs</source>
        <translation>Paramètres d&apos;a&amp;lerte</translation>
    </message>
    <message>
        <source>Ver&amp;sions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Map detail</source>
        <translation>Détails du mappage</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages de champs</translation>
    </message>
    <message>
        <source>Failed records of the initial sync</source>
        <translation>Enregistrements en échec de la synchronisation initiale</translation>
    </message>
    <message>
        <source>Queued records</source>
        <translation>Enregistrements en file d&apos;attente</translation>
    </message>
    <message>
        <source>Failed records</source>
        <translation>Enregistrements en échec</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>An alert rule counts failed records of a class within a time window and then notifies, pauses or stops the map. Rules are edited with the map; a running map applies changed rules after it is started again.</source>
        <translation>Une règle d&apos;alerte compte les enregistrements en échec d&apos;une classe dans une fenêtre de temps, puis notifie, suspend ou arrête le mappage. Les règles se modifient avec le mappage&#xa0;; un mappage en cours d&apos;exécution applique les règles modifiées après son redémarrage.</translation>
    </message>
    <message>
        <source>Master:</source>
        <comment>initial sync master side</comment>
        <translation>Maître&#xa0;:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <comment>of an initial sync</comment>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Read:</source>
        <comment>rows read</comment>
        <translation>Lus&#xa0;:</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Insérés&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangés&#xa0;:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <comment>records that failed</comment>
        <translation>En échec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorDialog</name>
    <message>
        <source>New table map</source>
        <translation>Nouveau mappage de table</translation>
    </message>
    <message>
        <source>Table map %1</source>
        <translation>Mappage de table %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <comment>save the map as a new version</comment>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Reading the map and the schemas of both environments…</source>
        <translation>Lecture du mappage et des schémas des deux environnements…</translation>
    </message>
    <message>
        <source>The map cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le mappage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The %1 environment cannot be read, so its tables and columns count as unknown: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why its schema could not be read</extracomment>
        <translation>L&apos;environnement %1 est illisible&#xa0;; ses tables et colonnes sont donc considérées comme inconnues&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stop the map?</source>
        <translation>Arrêter le mappage&#xa0;?</translation>
    </message>
    <message>
        <source>Editing requires the map to be stopped. Stop it now?</source>
        <translation>La modification nécessite l&apos;arrêt du mappage. L&apos;arrêter maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;: %2. Changes made while a map is stopped are not synchronized; starting it again begins afresh.</source>
        <extracomment>%1 map name, %2 its status such as Running or Paused</extracomment>
        <translation>État de «&#xa0;%1&#xa0;»&#xa0;: %2. Les modifications effectuées pendant qu&apos;un mappage est arrêté ne sont pas synchronisées&#xa0;; un redémarrage repart de zéro.</translation>
    </message>
    <message>
        <source>Stopping the map…</source>
        <translation>Arrêt du mappage…</translation>
    </message>
    <message>
        <source>The map could not be stopped, so it cannot be edited: %1</source>
        <translation>Impossible d&apos;arrêter le mappage&#xa0;; il ne peut donc pas être modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <extracomment>%n is the number of validation problems listed below this label</extracomment>
        <translation>
            <numerusform>&amp;Problèmes (%n)&#xa0;:</numerusform>
            <numerusform>&amp;Problèmes (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new map a name.</source>
        <translation>Donnez un nom au nouveau mappage.</translation>
    </message>
    <message>
        <source>A map named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un mappage nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The Value map JSON does not parse; correct it or edit the table.</source>
        <translation>Le JSON du mappage de valeurs ne peut pas être analysé&#xa0;; corrigez-le ou modifiez le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) listed above to save the map.</source>
        <translation>
            <numerusform>Corrigez le problème (%n) indiqué ci-dessus pour enregistrer le mappage.</numerusform>
            <numerusform>Corrigez les %n problèmes indiqués ci-dessus pour enregistrer le mappage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Saving version %1…</source>
        <translation>Enregistrement de la version %1…</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le mappage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorForm</name>
    <message>
        <source>&amp;General</source>
        <comment>map editor tab</comment>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Field &amp;mappings</source>
        <translation>&amp;Mappages de champs</translation>
    </message>
    <message>
        <source>Integration &amp;key</source>
        <translation>&amp;Clé d&apos;intégration</translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation>&amp;Dépendances</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Champ Finance</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Champ Dataverse</translation>
    </message>
    <message>
        <source>Integration key pairs</source>
        <translation>Paires de la clé d&apos;intégration</translation>
    </message>
    <message>
        <source>Add key pair</source>
        <translation>Ajouter une paire de clés</translation>
    </message>
    <message>
        <source>Remove key pair</source>
        <translation>Supprimer la paire de clés</translation>
    </message>
    <message>
        <source>The integration &amp;fields identify a record on both sides: the alternate key of the Dataverse table and the matching Finance fields. Each pair must also be mapped by a field row.</source>
        <translation>Les champs d&apos;&amp;intégration identifient un enregistrement des deux côtés&#xa0;: la clé secondaire de la table Dataverse et les champs Finance correspondants. Chaque paire doit également être mappée par une ligne de champs.</translation>
    </message>
    <message>
        <source>Maps this map depends on</source>
        <translation>Mappages dont dépend ce mappage</translation>
    </message>
    <message>
        <source>Maps that must &amp;run before this one (initial sync order):</source>
        <translation>Mappages qui doivent s&apos;e&amp;xécuter avant celui-ci (ordre de synchronisation initiale)&#xa0;:</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>Add alert rule</source>
        <translation>Ajouter une règle d&apos;alerte</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Supprimer la règle d&apos;alerte</translation>
    </message>
    <message>
        <source>Alert &amp;rules: when this many errors of a class happen within the minutes given, notify, pause or stop the map. A running map applies new rules when restarted.</source>
        <translation>&amp;Règles d&apos;alerte&#xa0;: lorsque ce nombre d&apos;erreurs d&apos;une classe se produit dans le nombre de minutes indiqué, notifier, suspendre ou arrêter le mappage. Un mappage en cours d&apos;exécution applique les nouvelles règles à son redémarrage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW102, %2 its message</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dw::MapFileActions</name>
    <message>
        <source>Map files (*.json);;All files (*)</source>
        <translation>Fichiers de mappages (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import maps</source>
        <translation>Importer des mappages</translation>
    </message>
    <message>
        <source>Export maps</source>
        <translation>Exporter des mappages</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Appliquer le modèle</translation>
    </message>
    <message>
        <source>Add the maps of the template &quot;Project Operations integrated with ERP&quot; to this workspace? A map that exists already gets a new version when the template&apos;s definition differs; nothing is deleted.</source>
        <translation>Ajouter à cet espace de travail les mappages du modèle «&#xa0;Project Operations integrated with ERP&#xa0;»&#xa0;? Un mappage existant reçoit une nouvelle version lorsque la définition du modèle diffère&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file path, %2 why</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>le modèle «&#xa0;Project Operations integrated with ERP&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot import the maps of %1: %2</source>
        <extracomment>%1 file path or template name, %2 the problem</extracomment>
        <translation>Impossible d&apos;importer les mappages de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Maps of %1 imported: %2 created, %3 saved as a new version, %4 unchanged.</source>
        <extracomment>%1 file path or template name; then counts of maps</extracomment>
        <translation>Mappages de %1 importés&#xa0;: %2 créés, %3 enregistrés comme nouvelle version, %4 inchangés.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) exported to %1.</source>
        <translation>
            <numerusform>%n mappage exporté vers %1.</numerusform>
            <numerusform>%n mappages exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::MapTablesEditor</name>
    <message>
        <source>A name no other map has</source>
        <translation>Un nom qu&apos;aucun autre mappage ne porte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW402, %2 its message</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>map name</comment>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>Comp&amp;osant&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <comment>Dataverse table</comment>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>Source filte&amp;r:</source>
        <comment>Dataverse filter</comment>
        <translation>Filtre so&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <comment>Finance table</comment>
        <translation>Ta&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;filter:</source>
        <comment>Finance filter</comment>
        <translation>&amp;Filtre source&#xa0;:</translation>
    </message>
    <message>
        <source>All rows, or e.g. %1</source>
        <translation>Toutes les lignes ou, par exemple, %1</translation>
    </message>
    <message>
        <source>Conflicts in two-way maps</source>
        <translation>Conflits dans les mappages bidirectionnels</translation>
    </message>
    <message>
        <source>Conflict polic&amp;y:</source>
        <translation>&amp;Stratégie de conflit&#xa0;:</translation>
    </message>
    <message>
        <source>Master s&amp;ide:</source>
        <translation>Côté maît&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Master side wins</source>
        <translation>Le côté maître l&apos;emporte</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>La modification la plus récente l&apos;emporte</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Manuelle&#xa0;: l&apos;administrateur choisit un côté</translation>
    </message>
    <message>
        <source>A conflict is a record changed on both sides since its last sync.</source>
        <translation>Un conflit est un enregistrement modifié des deux côtés depuis sa dernière synchronisation.</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionModel</name>
    <message>
        <source>Active</source>
        <comment>the version in use</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when a version was saved</comment>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>State</source>
        <comment>whether the version is the active one</comment>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionsTab</name>
    <message>
        <source>Activate version</source>
        <translation>Activer la version</translation>
    </message>
    <message>
        <source>Make version %1 the active version of &quot;%2&quot;? A running map keeps its current definition until it is started again.</source>
        <extracomment>%1 version number, %2 map name</extracomment>
        <translation>Faire de la version %1 la version active de «&#xa0;%2&#xa0;»&#xa0;? Un mappage en cours d&apos;exécution conserve sa définition actuelle jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Cannot activate version %1 of &quot;%2&quot;: %3</source>
        <translation>Impossible d&apos;activer la version %1 de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is now active.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» est maintenant active.</translation>
    </message>
    <message>
        <source>Cannot compare the versions: %1</source>
        <translation>Impossible de comparer les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Several versions of a map can be stored; one is active and runs. Select a version to activate it or compare it with the active one, or select two to compare them.</source>
        <translation>Plusieurs versions d&apos;un mappage peuvent être stockées&#xa0;; l&apos;une est active et s&apos;exécute. Sélectionnez une version pour l&apos;activer ou la comparer à la version active, ou sélectionnez-en deux pour les comparer.</translation>
    </message>
    <message>
        <source>Table map versions</source>
        <translation>Versions du mappage de table</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Make the selected version the active one</source>
        <translation>Faire de la version sélectionnée la version active</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Show what changed, field by field</source>
        <translation>Afficher ce qui a changé, champ par champ</translation>
    </message>
</context>
<context>
    <name>dw::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Mémo&amp;riser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Password for the %1 environment</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Mot de passe de l&apos;environnement %1</translation>
    </message>
    <message>
        <source>Read back from the keychain at the next start.</source>
        <translation>Le mot de passe sera relu depuis le trousseau au prochain démarrage.</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is kept for this session only.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;; le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s PostgreSQL server asks for the password of %2.</source>
        <extracomment>%1 Dataverse or Finance, %2 user@host:port/database</extracomment>
        <translation>Le serveur PostgreSQL de l&apos;environnement %1 demande le mot de passe de %2.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The server refused the password given before.</source>
        <translation>Le serveur a refusé le mot de passe saisi précédemment.</translation>
    </message>
</context>
<context>
    <name>dw::QueuedChangeModel</name>
    <message>
        <source>Insert</source>
        <comment>captured change</comment>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>captured change</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Update</source>
        <comment>captured change</comment>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Clé d&apos;intégration</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturée le</translation>
    </message>
</context>
<context>
    <name>dw::RecordDetailView</name>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Valeurs des deux côtés</translation>
    </message>
    <message>
        <source>Select a record to see its error, its values on both sides and its history.</source>
        <translation>Sélectionnez un enregistrement pour afficher son erreur, ses valeurs des deux côtés et son historique.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the record&apos;s business key, %2 its table map.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>Reading the record from Dataverse and Finance…</source>
        <translation>Lecture de l&apos;enregistrement dans Dataverse et Finance…</translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation>Impossible de lire les valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dataverse has no row in %1 for this record.</source>
        <translation>Dataverse n&apos;a aucune ligne dans %1 pour cet enregistrement.</translation>
    </message>
    <message>
        <source>Finance has no row in %1 for this record.</source>
        <translation>Finance n&apos;a aucune ligne dans %1 pour cet enregistrement.</translation>
    </message>
    <message>
        <source>Its source row is gone: skip the record or restore the row.</source>
        <translation>Sa ligne source n&apos;existe plus&#xa0;: ignorez l&apos;enregistrement ou restaurez la ligne.</translation>
    </message>
    <message>
        <source>That side shows what a sync would write from the current source row (source: %1).</source>
        <translation>Ce côté affiche ce qu&apos;une synchronisation écrirait à partir de la ligne source actuelle (source&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Both sides agree on every mapped field (source: %1).</source>
        <translation>Les deux côtés concordent sur tous les champs mappés (source&#xa0;: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from what the source gives (source: %1).</source>
        <translation>
            <numerusform>%n champ diffère de ce que donne la source (source&#xa0;: %1).</numerusform>
            <numerusform>%n champs diffèrent de ce que donne la source (source&#xa0;: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n tentative.</numerusform>
            <numerusform>%n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt in run %1 (%2, started %3, %4).</source>
        <extracomment>%1 run number, %2 run kind (initial, retry, …), %3 start time, %4 outcome.</extracomment>
        <translation>Dernière tentative lors de l&apos;exécution %1 (%2, démarrée le %3, %4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · error class: %2</source>
        <translation>%1 · classe d&apos;erreur&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dw::RecordIssueModel</name>
    <message>
        <source>Integration key</source>
        <translation>Clé d&apos;intégration</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe d&apos;erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
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
        <translation>La liste ne peut pas être triée selon cette colonne.</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Clé métier</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of a record</comment>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>dw::RecordValuesModel</name>
    <message>
        <source>(no row)</source>
        <translation>(aucune ligne)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n octet&gt;</numerusform>
            <numerusform>&lt;%n octets&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(no row; would get %1)</source>
        <extracomment>The target has no row for the record yet; %1 is the value a sync would write.</extracomment>
        <translation>(aucune ligne&#xa0;; recevrait %1)</translation>
    </message>
    <message>
        <source>The record has no row in %1 yet.</source>
        <translation>L&apos;enregistrement n&apos;a pas encore de ligne dans %1.</translation>
    </message>
    <message>
        <source>From the current source row the map would write %1 to %2.</source>
        <extracomment>%1 is the value the map would write, %2 the target side (Dataverse or Finance).</extracomment>
        <translation>À partir de la ligne source actuelle, le mappage écrirait %1 dans %2.</translation>
    </message>
    <message>
        <source>The two sides hold different values.</source>
        <translation>Les deux côtés contiennent des valeurs différentes.</translation>
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
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Champ Dataverse</translation>
    </message>
    <message>
        <source>Dataverse value</source>
        <translation>Valeur Dataverse</translation>
    </message>
    <message>
        <source>Flow</source>
        <comment>direction of a field</comment>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Champ Finance</translation>
    </message>
    <message>
        <source>Finance value</source>
        <translation>Valeur Finance</translation>
    </message>
</context>
<context>
    <name>dw::RecordsPage</name>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower date bound</comment>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no upper date bound</comment>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Last attempt from</source>
        <translation>Dernière tentative à partir du</translation>
    </message>
    <message>
        <source>Last attempt to</source>
        <translation>Dernière tentative jusqu&apos;au</translation>
    </message>
    <message>
        <source>Text in the key or the error</source>
        <translation>Texte de la clé ou de l&apos;erreur</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Rechercher des enregistrements</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;ap:</source>
        <translation>Ma&amp;ppage&#xa0;:</translation>
    </message>
    <message>
        <source>Last attempt &amp;from:</source>
        <translation>Dernière &amp;tentative du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>last attempt date</comment>
        <translation>a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Sync the selected failed records again from their current source rows (Ctrl+R)</source>
        <translation>Synchroniser de nouveau les enregistrements en échec sélectionnés à partir de leurs lignes sources actuelles (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; replay…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Correct the source values of the selected failed record, then retry it (F2)</source>
        <translation>Corriger les valeurs sources de l&apos;enregistrement en échec sélectionné, puis le réessayer (F2)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Mark the selected failed or conflicting records as skipped</source>
        <translation>Marquer comme ignorés les enregistrements sélectionnés en échec ou en conflit</translation>
    </message>
    <message>
        <source>Take &amp;Dataverse</source>
        <translation>Conserver &amp;Dataverse</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Dataverse version</source>
        <translation>Résoudre les conflits sélectionnés avec la version de Dataverse</translation>
    </message>
    <message>
        <source>Take &amp;Finance</source>
        <translation>Conserver &amp;Finance</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Finance version</source>
        <translation>Résoudre les conflits sélectionnés avec la version de Finance</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the filtered list to a CSV file</source>
        <translation>Écrire la liste filtrée dans un fichier CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the records</comment>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The retry was stopped.</source>
        <translation>La nouvelle tentative a été arrêtée.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <extracomment>A filter on the records of one run; clicking the button removes it.</extracomment>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Only records whose last attempt was in run %1; click to show all runs</source>
        <translation>Uniquement les enregistrements dont la dernière tentative a eu lieu lors de l&apos;exécution %1&#xa0;; cliquez pour afficher toutes les exécutions</translation>
    </message>
    <message>
        <source>Remove the filter on run %1</source>
        <translation>Supprimer le filtre sur l&apos;exécution %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a record status, %2 how many records have it under the other filters.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed or in conflict</source>
        <translation>
            <numerusform>%n enregistrement en échec ou en conflit</numerusform>
            <numerusform>%n enregistrements en échec ou en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>All maps of the component</source>
        <translation>Tous les mappages du composant</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Tous les statuts (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed — synced %1, failed %2, conflict %3, skipped %4, pending %5</source>
        <extracomment>The counts of the records listed, by status.</extracomment>
        <translation>
            <numerusform>%n enregistrement listé — synchronisés&#xa0;: %1, en échec&#xa0;: %2, en conflit&#xa0;: %3, ignorés&#xa0;: %4, en attente&#xa0;: %5</numerusform>
            <numerusform>%n enregistrements listés — synchronisés&#xa0;: %1, en échec&#xa0;: %2, en conflit&#xa0;: %3, ignorés&#xa0;: %4, en attente&#xa0;: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying the selected records…</source>
        <translation>Nouvelle tentative pour les enregistrements sélectionnés…</translation>
    </message>
    <message>
        <source>Resolving the selected conflicts…</source>
        <translation>Résolution des conflits sélectionnés…</translation>
    </message>
    <message>
        <source>Writing the new values to %1…</source>
        <translation>Écriture des nouvelles valeurs dans %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped.</source>
        <translation>
            <numerusform>%n enregistrement ignoré.</numerusform>
            <numerusform>%n enregistrements ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exporter des enregistrements</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>records-%1.csv</source>
        <translation>enregistrements-%1.csv</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1.</numerusform>
            <numerusform>%n enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent again; synced: %1, failed: %2.</source>
        <extracomment>%1 records that went across, %2 records that failed again.</extracomment>
        <translation>
            <numerusform>%n enregistrement renvoyé&#xa0;; synchronisés&#xa0;: %1, en échec&#xa0;: %2.</numerusform>
            <numerusform>%n enregistrements renvoyés&#xa0;; synchronisés&#xa0;: %1, en échec&#xa0;: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::RunController</name>
    <message>
        <source>The window is closing; no run can start.</source>
        <translation>La fenêtre se ferme&#xa0;; aucune exécution ne peut démarrer.</translation>
    </message>
    <message>
        <source>An initial sync is going. Wait for it to end, or stop it in the run monitor first.</source>
        <translation>Une synchronisation initiale est en cours. Attendez qu&apos;elle se termine ou arrêtez-la d&apos;abord dans le moniteur d&apos;exécution.</translation>
    </message>
    <message>
        <source>Nothing to run: no map gets an initial sync and live sync is off.</source>
        <translation>Rien à exécuter&#xa0;: aucun mappage ne reçoit de synchronisation initiale et la synchronisation en direct est désactivée.</translation>
    </message>
</context>
<context>
    <name>dw::RunDialog</name>
    <message>
        <source>Master for initial sync</source>
        <translation>Maître de la synchronisation initiale</translation>
    </message>
    <message>
        <source>Left out although other maps depend on them: %1. Records that refer to them may fail until they run.</source>
        <extracomment>%1 list of &quot;map → dependency&quot; pairs</extracomment>
        <translation>Exclus bien que d&apos;autres mappages en dépendent&#xa0;: %1. Les enregistrements qui y font référence risquent d&apos;échouer tant qu&apos;ils ne sont pas exécutés.</translation>
    </message>
    <message>
        <source>Nothing to run: tick Initial sync for a map, or keep the maps running live.</source>
        <translation>Rien à exécuter&#xa0;: cochez Synchronisation initiale pour un mappage ou laissez les mappages s&apos;exécuter en direct.</translation>
    </message>
    <message>
        <source>Initial writes and related table maps</source>
        <translation>Écritures initiales et mappages de tables associés</translation>
    </message>
    <message>
        <source>The selected maps and the maps they depend on that are not running, in the order they run. Untick a related map to leave it out; untick Initial sync to skip copying the rows that exist now.</source>
        <translation>Les mappages sélectionnés et les mappages dont ils dépendent qui ne s&apos;exécutent pas, dans leur ordre d&apos;exécution. Décochez un mappage associé pour l&apos;exclure&#xa0;; décochez Synchronisation initiale pour ne pas copier les lignes qui existent déjà.</translation>
    </message>
    <message>
        <source>Maps to run</source>
        <translation>Mappages à exécuter</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Run the current map earlier (Alt+Up); not before a map it depends on</source>
        <translation>Exécuter le mappage actuel plus tôt (Alt+Haut)&#xa0;; pas avant un mappage dont il dépend</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Run the current map later (Alt+Down); not after a map that depends on it</source>
        <translation>Exécuter le mappage actuel plus tard (Alt+Bas)&#xa0;; pas après un mappage qui en dépend</translation>
    </message>
    <message>
        <source>&amp;Keep running (live)</source>
        <translation>&amp;Continuer en direct</translation>
    </message>
    <message>
        <source>After the initial sync, keep applying changes from both sides until the maps are paused or stopped.</source>
        <translation>Après la synchronisation initiale, continuer à appliquer les modifications des deux côtés jusqu&apos;à ce que les mappages soient suspendus ou arrêtés.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>start the chosen maps</comment>
        <translation>E&amp;xécuter</translation>
    </message>
</context>
<context>
    <name>dw::RunErrorModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mappage de table</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Clé d&apos;intégration</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe d&apos;erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>dw::RunHistoryModel</name>
    <message>
        <source>Initial sync</source>
        <translation>Synchronisation initiale</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Résolution de conflits</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>%1, then live</source>
        <extracomment>%1 is a kind of run (Initial sync, Catch-up) that went on as live sync.</extracomment>
        <translation>%1, puis en direct</translation>
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
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of run</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mappages</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Synced</source>
        <comment>records written or unchanged</comment>
        <translation>Synchronisés</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Arrêtée</translation>
    </message>
</context>
<context>
    <name>dw::RunMapCountsModel</name>
    <message>
        <source>Map</source>
        <comment>table map</comment>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>records skipped</comment>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>dw::RunMonitorPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Impossible de lire les enregistrements en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 records read, %2 failed, %3.</source>
        <extracomment>%1 records taken up, %2 failed, %3 elapsed time</extracomment>
        <translation>%1 enregistrements lus, %2 en échec, %3.</translation>
    </message>
    <message>
        <source>No run is going. Start maps with Run… on the Table maps page.</source>
        <translation>Aucune exécution en cours. Démarrez des mappages avec Exécuter… sur la page Mappages de tables.</translation>
    </message>
    <message>
        <source>Initial sync running: %1</source>
        <translation>Synchronisation initiale en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running live, applying changes as they come: %1</source>
        <translation>Exécution en direct, modifications appliquées au fur et à mesure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopping at the next page boundary…</source>
        <translation>Arrêt à la prochaine limite de page…</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu continuer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run stopped: %1 Start the maps again to continue where they stopped.</source>
        <translation>Exécution arrêtée&#xa0;: %1 Redémarrez les mappages pour reprendre là où ils se sont arrêtés.</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Exécution terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>ETA: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>ETA: estimating…</source>
        <translation>Temps restant&#xa0;: estimation…</translation>
    </message>
    <message>
        <source>No record has failed in this run.</source>
        <translation>Aucun enregistrement n&apos;a échoué lors de cette exécution.</translation>
    </message>
    <message numerus="yes">
        <source>Failed records, newest first (%n shown):</source>
        <translation>
            <numerusform>Enregistrements en échec, les plus récents d&apos;abord (%n affiché)&#xa0;:</numerusform>
            <numerusform>Enregistrements en échec, les plus récents d&apos;abord (%n affichés)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>A&amp;rrêter l&apos;exécution</translation>
    </message>
    <message>
        <source>Stop the run at the next page boundary. Maps keep their state and continue where they stopped when started again.</source>
        <translation>Arrêter l&apos;exécution à la prochaine limite de page. Les mappages conservent leur état et reprennent là où ils se sont arrêtés lorsqu&apos;ils sont redémarrés.</translation>
    </message>
    <message>
        <source>Progress per map</source>
        <translation>Progression par mappage</translation>
    </message>
    <message>
        <source>Failed records of the run</source>
        <translation>Enregistrements en échec de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>dw::RunPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (one-way)</source>
        <extracomment>master column of a one-way map: its only source side</extracomment>
        <translation>%1 (unidirectionnel)</translation>
    </message>
    <message>
        <source>Selected</source>
        <comment>map chosen by the administrator</comment>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <extracomment>a related map listed because others depend on it; %1 their names</extracomment>
        <translation>Requis par %1</translation>
    </message>
    <message>
        <source>Master for initial sync: the side whose rows are copied to the other.</source>
        <translation>Maître de la synchronisation initiale&#xa0;: le côté dont les lignes sont copiées vers l&apos;autre.</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mappage de table</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <translation>Synchronisation initiale</translation>
    </message>
    <message>
        <source>Master for initial sync</source>
        <translation>Maître de la synchronisation initiale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Listed because</source>
        <translation>Listé parce que</translation>
    </message>
</context>
<context>
    <name>dw::RunProgressModel</name>
    <message>
        <source>Waiting</source>
        <comment>map phase in a run</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <comment>map phase in a run</comment>
        <translation>Synchronisation initiale</translation>
    </message>
    <message>
        <source>Initial sync done</source>
        <comment>map phase in a run</comment>
        <translation>Synchronisation initiale terminée</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>map phase in a run</comment>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>map phase in a run</comment>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>map phase in a run</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>rows done of rows in all</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mappage de table</translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>of a map in a run</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Inserted</source>
        <comment>record count</comment>
        <translation>Insérés</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>record count</comment>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>record count</comment>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>record count</comment>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>record count</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>record count</comment>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>dw::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Counts per map</source>
        <translation>Compteurs par mappage</translation>
    </message>
    <message>
        <source>Show &amp;failed records</source>
        <translation>Afficher les e&amp;nregistrements en échec</translation>
    </message>
    <message>
        <source>Select a run to see what it did to each map.</source>
        <translation>Sélectionnez une exécution pour voir ce qu&apos;elle a fait sur chaque mappage.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Exécution %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>L&apos;exécution %1 ne figure plus dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>dw::SaveVersionDialog</name>
    <message>
        <source>Save as a new map version</source>
        <translation>Enregistrer comme nouvelle version du mappage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the map version</comment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <comment>map version</comment>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Des&amp;cription&#xa0;:</translation>
    </message>
    <message>
        <source>Name the publisher of this version.</source>
        <translation>Indiquez l&apos;éditeur de cette version.</translation>
    </message>
    <message>
        <source>Give a version such as 1.0.0.4.</source>
        <translation>Indiquez une version, par exemple 1.0.0.4.</translation>
    </message>
    <message>
        <source>The map already has version %1; choose another.</source>
        <translation>Le mappage a déjà une version %1&#xa0;; choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>dw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 the language the system&apos;s locale selects, named in that language</extracomment>
        <translation>Valeur par défaut du système (%1)</translation>
    </message>
    <message>
        <source>The language applies at once, to dates and numbers too. Messages already written to the activity log and the record states stay in the language they were written in.</source>
        <translation>La langue s&apos;applique immédiatement, y compris aux dates et aux nombres. Les messages déjà écrits dans le journal d&apos;activité et les états des enregistrements restent dans la langue dans laquelle ils ont été écrits.</translation>
    </message>
</context>
<context>
    <name>dw::TableMapListModel</name>
    <message>
        <source>Never</source>
        <comment>map has not run yet</comment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>The map does not capture changes: it is not running.</source>
        <translation>Le mappage ne capture pas les modifications&#xa0;: il n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 (Dataverse) %2 %3 (Finance)</source>
        <translation>%1 (Dataverse) %2 %3 (Finance)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>number of queued changes</comment>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>number of failed records</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Served by</source>
        <comment>the worker that applies the map&apos;s changes</comment>
        <translation>Pris en charge par</translation>
    </message>
</context>
<context>
    <name>dw::TableMapsPage</name>
    <message>
        <source>The run could not go on: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu continuer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Impossible de compter les modifications en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Impossible de lire les mappages de tables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; saved as version %2.</source>
        <extracomment>%1 map name, %2 version number</extracomment>
        <translation>Mappage «&#xa0;%1&#xa0;» enregistré comme version %2.</translation>
    </message>
    <message>
        <source>Table map actions</source>
        <translation>Actions des mappages de tables</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <comment>start maps</comment>
        <translation>E&amp;xécuter…</translation>
    </message>
    <message>
        <source>Start the selected maps, with or without initial sync (%1)</source>
        <translation>Démarrer les mappages sélectionnés, avec ou sans synchronisation initiale (%1)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>pause maps</comment>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Pause the selected running maps; changes keep being queued (%1)</source>
        <translation>Suspendre les mappages sélectionnés en cours d&apos;exécution&#xa0;; les modifications restent mises en file d&apos;attente (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <comment>resume maps</comment>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume the selected paused maps; queued changes are applied (%1)</source>
        <translation>Reprendre les mappages sélectionnés suspendus&#xa0;; les modifications en file d&apos;attente sont appliquées (%1)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>stop maps</comment>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the selected maps; changes are no longer captured (%1)</source>
        <translation>Arrêter les mappages sélectionnés&#xa0;; les modifications ne sont plus capturées (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a map</comment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the current map; saving creates a new version (%1)</source>
        <translation>Modifier le mappage actuel&#xa0;; l&apos;enregistrement crée une nouvelle version (%1)</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>&amp;Nouveau mappage…</translation>
    </message>
    <message>
        <source>Create a table map (%1)</source>
        <translation>Créer un mappage de table (%1)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Ignorer le message</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Map name or table</source>
        <translation>Mappage ou table</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Tous les composants</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Mappages de tables</translation>
    </message>
</context>
<context>
    <name>dw::ThroughputChart</name>
    <message>
        <source>Seconds since the start</source>
        <translation>Secondes depuis le début</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>Enregistrements par seconde</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Graphique du débit</translation>
    </message>
    <message>
        <source>Records taken up per second over the time of the run</source>
        <translation>Enregistrements traités par seconde au cours de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>dw::TransformEditor</name>
    <message>
        <source>&amp;Transform:</source>
        <translation>&amp;Transformation&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no transform</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Mappage de valeurs</translation>
    </message>
    <message>
        <source>The source value is written as it is.</source>
        <translation>La valeur source est écrite telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <comment>default or constant value</comment>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Aucune valeur (null)</translation>
    </message>
    <message>
        <source>Lookup ta&amp;ble:</source>
        <translation>Table de reche&amp;rche&#xa0;:</translation>
    </message>
    <message>
        <source>Ke&amp;y column:</source>
        <comment>lookup column matched with the source value</comment>
        <translation>Colonne c&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>Val&amp;ue column:</source>
        <comment>lookup column written to the target</comment>
        <translation>Colonne vale&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Always written to the target; the source value is not read.</source>
        <translation>Toujours écrite dans la cible&#xa0;; la valeur source n&apos;est pas lue.</translation>
    </message>
    <message>
        <source>Written to the target when the source value is empty.</source>
        <translation>Écrite dans la cible lorsque la valeur source est vide.</translation>
    </message>
    <message>
        <source>Finds the row of a %1 table whose key column equals the source value and writes its value column to the target.</source>
        <extracomment>%1 is the environment (Dataverse or Finance) the field row reads from</extracomment>
        <translation>Recherche la ligne d&apos;une table %1 dont la colonne clé est égale à la valeur source et écrit sa colonne valeur dans la cible.</translation>
    </message>
</context>
<context>
    <name>dw::ValidationIssueModel</name>
    <message>
        <source>Code</source>
        <comment>validation issue code such as DW202</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>validation issue message</comment>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>dw::ValueMapEditor</name>
    <message>
        <source>Source value</source>
        <translation>Valeur source</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>Add value mapping</source>
        <translation>Ajouter une correspondance de valeurs</translation>
    </message>
    <message>
        <source>Remove value mapping</source>
        <translation>Supprimer la correspondance de valeurs</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <comment>value map entries</comment>
        <translation>E&amp;ntrées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;JSON:</source>
        <translation>&amp;JSON&#xa0;:</translation>
    </message>
    <message>
        <source>Value map entries</source>
        <translation>Entrées du mappage de valeurs</translation>
    </message>
    <message>
        <source>Value map as JSON</source>
        <translation>Mappage de valeurs au format JSON</translation>
    </message>
</context>
<context>
    <name>dw::VersionCompareDialog</name>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>a map version: %1 number, %2 publisher, %3 when it was saved</extracomment>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <extracomment>%1 map name</extracomment>
        <translation>Comparer les versions de %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same definition.</source>
        <translation>Les versions %1 et %2 ont la même définition.</translation>
    </message>
    <message numerus="yes">
        <source>From version %1 to version %2: %n change(s).</source>
        <translation>
            <numerusform>De la version %1 à la version %2&#xa0;: %n modification.</numerusform>
            <numerusform>De la version %1 à la version %2&#xa0;: %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Modifications entre les versions</translation>
    </message>
</context>
<context>
    <name>dwadmin</name>
    <message>
        <source>Map created</source>
        <translation>Mappage créé</translation>
    </message>
    <message>
        <source>Map saved</source>
        <translation>Mappage enregistré</translation>
    </message>
    <message>
        <source>Version activated</source>
        <translation>Version activée</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Exécution démarrée</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Exécution terminée</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Échec de l&apos;exécution</translation>
    </message>
    <message>
        <source>Records retried</source>
        <translation>Enregistrements réessayés</translation>
    </message>
    <message>
        <source>Records skipped</source>
        <translation>Enregistrements ignorés</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Cannot write to the activity log: %1</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The activity simulator works on the SQLite environments of a demo workspace.</source>
        <translation>Le simulateur d&apos;activité fonctionne sur les environnements SQLite d&apos;un espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Dataverse environment has no active project to simulate work on.</source>
        <translation>L&apos;environnement Dataverse n&apos;a aucun projet actif sur lequel simuler du travail.</translation>
    </message>
    <message>
        <source>Cannot simulate activity: %1</source>
        <translation>Impossible de simuler l&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workspace at %1.</source>
        <translation>Aucun espace de travail dans %1.</translation>
    </message>
    <message>
        <source>%1 (source key)</source>
        <translation>%1 (clé source)</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: %3</source>
        <extracomment>%1 map name, %2 record key, %3 what went wrong</extracomment>
        <translation>Mappage «&#xa0;%1&#xa0;», enregistrement %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the row: %3</source>
        <translation>la table %2 de %1 a refusé la ligne&#xa0;: %3</translation>
    </message>
    <message>
        <source>the written row could not be read back: %1</source>
        <translation>la ligne écrite n&apos;a pas pu être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the deletion cannot be applied: %1</source>
        <translation>la suppression ne peut pas être appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the deletion: %3</source>
        <translation>la table %2 de %1 a refusé la suppression&#xa0;: %3</translation>
    </message>
    <message>
        <source>the %1 database is busy: %2</source>
        <translation>la base de données %1 est occupée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read record states: %1</source>
        <translation>Impossible de lire les états des enregistrements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: changed in both Dataverse and Finance since the last sync; choose the version to keep.</source>
        <translation>Mappage «&#xa0;%1&#xa0;», enregistrement %2&#xa0;: modifié à la fois dans Dataverse et dans Finance depuis la dernière synchronisation&#xa0;; choisissez la version à conserver.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not interpreted; it was ignored</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas interprété&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; has no attribute list</source>
        <translation>l&apos;entité «&#xa0;%1&#xa0;» n&apos;a pas de liste d&apos;attributs</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; defines no columns</source>
        <translation>l&apos;entité «&#xa0;%1&#xa0;» ne définit aucune colonne</translation>
    </message>
    <message>
        <source>the entity has no sourceName and &apos;%1&apos; is no known Dataverse table; the table was named &apos;%2&apos;</source>
        <translation>l&apos;entité n&apos;a pas de sourceName et «&#xa0;%1&#xa0;» n&apos;est pas une table Dataverse connue&#xa0;; la table a été nommée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to a definition in another document; it was not imported</source>
        <translation>«&#xa0;%1&#xa0;» fait référence à une définition d&apos;un autre document&#xa0;; il n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>must be an attribute object</source>
        <translation>doit être un objet attribut</translation>
    </message>
    <message>
        <source>attribute group &apos;%1&apos; is defined in another document; its attributes were not imported</source>
        <translation>le groupe d&apos;attributs «&#xa0;%1&#xa0;» est défini dans un autre document&#xa0;; ses attributs n&apos;ont pas été importés</translation>
    </message>
    <message>
        <source>must be an array of attributes</source>
        <translation>doit être un tableau d&apos;attributs</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>the attribute has no name</source>
        <translation>l&apos;attribut n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement level; expected none, recommended, required or systemrequired</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau d&apos;exigence&#xa0;; none, recommended, required ou systemrequired attendu</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a whole number of characters</source>
        <translation>doit être un nombre entier de caractères</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no sourceName (its Dataverse column name)</source>
        <translation>l&apos;attribut «&#xa0;%1&#xa0;» n&apos;a pas de sourceName (le nom de sa colonne dans Dataverse)</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no dataType</source>
        <translation>l&apos;attribut «&#xa0;%1&#xa0;» n&apos;a pas de dataType</translation>
    </message>
    <message>
        <source>the dataType of attribute &apos;%1&apos; is not a type name</source>
        <translation>le dataType de l&apos;attribut «&#xa0;%1&#xa0;» n&apos;est pas un nom de type</translation>
    </message>
    <message>
        <source>unknown dataType &apos;%1&apos; of attribute &apos;%2&apos;</source>
        <translation>dataType «&#xa0;%1&#xa0;» inconnu pour l&apos;attribut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a second identifying attribute; the primary key stays &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» est un deuxième attribut d&apos;identification&#xa0;; la clé primaire reste «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>purpose &apos;%1&apos; of &apos;%2&apos; is not interpreted; it was imported as a plain column</source>
        <translation>la finalité «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n&apos;est pas interprétée&#xa0;; il a été importé comme colonne simple</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a lookup whose target table the document does not name; it was imported without a lookup table</source>
        <translation>«&#xa0;%1&#xa0;» est une recherche dont le document ne nomme pas la table cible&#xa0;; il a été importé sans table de recherche</translation>
    </message>
    <message>
        <source>entity attribute &apos;%1&apos; has no foreign key attribute; it was not imported</source>
        <translation>l&apos;attribut d&apos;entité «&#xa0;%1&#xa0;» n&apos;a pas d&apos;attribut de clé étrangère&#xa0;; il n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>the foreign key of &apos;%1&apos; has no column name</source>
        <translation>la clé étrangère de «&#xa0;%1&#xa0;» n&apos;a pas de nom de colonne</translation>
    </message>
    <message>
        <source>the foreign key &apos;%1&apos; has dataType &apos;%2&apos;; it was imported as a GUID</source>
        <translation>la clé étrangère «&#xa0;%1&#xa0;» a le dataType «&#xa0;%2&#xa0;»&#xa0;; elle a été importée comme GUID</translation>
    </message>
    <message>
        <source>the lookup &apos;%1&apos; names no target entity; it was imported without a lookup table</source>
        <translation>la recherche «&#xa0;%1&#xa0;» ne nomme aucune entité cible&#xa0;; elle a été importée sans table de recherche</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, known as table &apos;%3&apos;, but identifies it by &apos;%4&apos;; &apos;%3&apos; was used</source>
        <translation>«&#xa0;%1&#xa0;» fait référence à %2, connue comme table «&#xa0;%3&#xa0;», mais l&apos;identifie par «&#xa0;%4&#xa0;»&#xa0;; «&#xa0;%3&#xa0;» a été utilisée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, which is no known Dataverse table; its table was taken to be &apos;%3&apos; from the key &apos;%4&apos; (a publisher prefix would not show there)</source>
        <translation>«&#xa0;%1&#xa0;» fait référence à %2, qui n&apos;est pas une table Dataverse connue&#xa0;; sa table a été supposée être «&#xa0;%3&#xa0;» d&apos;après la clé «&#xa0;%4&#xa0;» (un préfixe d&apos;éditeur n&apos;y apparaîtrait pas)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, whose table cannot be determined; it was imported without a lookup table</source>
        <translation>«&#xa0;%1&#xa0;» fait référence à %2, dont la table ne peut pas être déterminée&#xa0;; il a été importé sans table de recherche</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is defined twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est définie deux fois</translation>
    </message>
    <message>
        <source>the entity has no identifying attribute; the primary key &apos;%1&apos; was added</source>
        <translation>l&apos;entité n&apos;a pas d&apos;attribut d&apos;identification&#xa0;; la clé primaire «&#xa0;%1&#xa0;» a été ajoutée</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valide à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a CDM document (expected a JSON object)</source>
        <translation>pas un document CDM (objet JSON attendu)</translation>
    </message>
    <message>
        <source>the document has no definitions</source>
        <translation>le document n&apos;a pas de définitions</translation>
    </message>
    <message>
        <source>must be an array of definitions</source>
        <translation>doit être un tableau de définitions</translation>
    </message>
    <message>
        <source>no entity definition (an object with entityName) found</source>
        <translation>aucune définition d&apos;entité (un objet avec entityName) trouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n entity definition(s) found; one per document is supported</source>
        <translation>
            <numerusform>%n définition d&apos;entité trouvée&#xa0;; une seule par document est prise en charge</numerusform>
            <numerusform>%n définitions d&apos;entités trouvées&#xa0;; une seule par document est prise en charge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an entity definition; it was ignored</source>
        <translation>%1&#xa0;: pas une définition d&apos;entité&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>Change capture: %1</source>
        <translation>Capture des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Impossible de lire le journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count queued changes: %1</source>
        <translation>Impossible de compter les modifications en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot purge the change log: %1</source>
        <translation>Impossible de purger le journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database driver %1 is not available in this installation.</source>
        <translation>Le pilote de base de données %1 n&apos;est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Impossible d&apos;écrire les données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the demo data generator: %1</source>
        <translation>Impossible de préparer le générateur de données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo environments must be SQLite databases.</source>
        <translation>Les environnements de démonstration doivent être des bases de données SQLite.</translation>
    </message>
    <message>
        <source>The built-in %1 schema is damaged: %2</source>
        <translation>Le schéma intégré de %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 contient déjà un espace de travail.</translation>
    </message>
    <message>
        <source>The built-in map template is damaged: %1</source>
        <translation>Le modèle de mappages intégré est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot move the new state store into place at %1.</source>
        <translation>Impossible de placer le nouveau magasin d&apos;états dans %1.</translation>
    </message>
    <message>
        <source>Cannot save the %1 environment: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;environnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the %1 environment: %2</source>
        <translation>Impossible de lire l&apos;environnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace has no %1 environment.</source>
        <translation>L&apos;espace de travail n&apos;a pas d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Target constraint</source>
        <translation>Contrainte de la cible</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the saved position of the interrupted initial sync is damaged; start the initial sync again from the beginning.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la position enregistrée de la synchronisation initiale interrompue est endommagée&#xa0;; relancez la synchronisation initiale depuis le début.</translation>
    </message>
    <message>
        <source>Cannot look up %1 in %2: %3</source>
        <translation>Impossible de rechercher %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no map named &quot;%1&quot;.</source>
        <translation>Aucun mappage nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on itself, so no run order exists: %2.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» dépend de lui-même&#xa0;; il n&apos;existe donc aucun ordre d&apos;exécution&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Maps depend on each other in a cycle, so no run order exists: %1.</source>
        <translation>Des mappages dépendent les uns des autres en cycle&#xa0;; il n&apos;existe donc aucun ordre d&apos;exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on the map &apos;%2&apos;, which does not exist in the workspace.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» dépend du mappage «&#xa0;%2&#xa0;», qui n&apos;existe pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>State store query failed: %1</source>
        <translation>Échec de la requête sur le magasin d&apos;états&#xa0;: %1</translation>
    </message>
    <message>
        <source>Field %1 ⇄ %2</source>
        <extracomment>a field mapping: %1 Finance column, %2 Dataverse column (either may be empty)</extracomment>
        <translation>Champ %1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>transform: the value written when the source is empty</extracomment>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <extracomment>transform: always this value</extracomment>
        <translation>Constante&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>after the first value map entries: how many more there are</extracomment>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Value map: %1</source>
        <translation>Mappage de valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>transform: %1 table, %2 column matched, %3 column written</extracomment>
        <translation>Recherche&#xa0;: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Suspendre le mappage</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Arrêter le mappage</translation>
    </message>
    <message>
        <source>any</source>
        <comment>alert rule: errors of any class</comment>
        <translation>toute</translation>
    </message>
    <message>
        <source>%1 errors (%2) within %3 minutes: %4</source>
        <extracomment>%1 error count, %2 error class, %3 minutes, %4 action</extracomment>
        <translation>%1 erreurs (%2) en %3 minutes&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <extracomment>conflict policy; %1 Dataverse or Finance</extracomment>
        <translation>%1 l&apos;emporte</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>La modification la plus récente l&apos;emporte</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Manuelle&#xa0;: l&apos;administrateur choisit un côté</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Dataverse table</source>
        <translation>Table Dataverse</translation>
    </message>
    <message>
        <source>Finance table</source>
        <translation>Table Finance</translation>
    </message>
    <message>
        <source>Dataverse filter</source>
        <translation>Filtre Dataverse</translation>
    </message>
    <message>
        <source>Finance filter</source>
        <translation>Filtre Finance</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Clé d&apos;intégration</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Conflict policy</source>
        <translation>Stratégie de conflit</translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation>Règle d&apos;alerte %1</translation>
    </message>
    <message>
        <source>Cannot start map &quot;%1&quot;: %2</source>
        <translation>Impossible de démarrer le mappage «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Map started (%1); changes are captured from now on.</source>
        <translation>Mappage démarré (%1)&#xa0;; les modifications sont capturées à partir de maintenant.</translation>
    </message>
    <message>
        <source>Only running maps can be paused; nothing was paused. Not running: %1</source>
        <translation>Seuls les mappages en cours d&apos;exécution peuvent être suspendus&#xa0;; rien n&apos;a été suspendu. Non exécutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map paused; changes keep being queued.</source>
        <translation>Mappage suspendu&#xa0;; les modifications restent mises en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is %2, not paused; nothing was resumed.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» est à l&apos;état %2, et non suspendu&#xa0;; rien n&apos;a été repris.</translation>
    </message>
    <message>
        <source>Map resumed; its queued changes are applied next.</source>
        <translation>Mappage repris&#xa0;; ses modifications en file d&apos;attente sont appliquées ensuite.</translation>
    </message>
    <message>
        <source>Map stopped; changes are no longer captured.</source>
        <translation>Mappage arrêté&#xa0;; les modifications ne sont plus capturées.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: column %2 does not exist in the %3 table %4.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la colonne %2 n&apos;existe pas dans la table %4 de %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no field that flows from %2 to %3.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» n&apos;a aucun champ qui va de %2 vers %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no integration key.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» n&apos;a pas de clé d&apos;intégration.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the key field %2 is not written from %3 to %4.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le champ clé %2 n&apos;est pas écrit de %3 vers %4.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 table %3 has no primary or unique key on the integration key (%4); add one so records can be found by their key.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la table %3 de %2 n&apos;a pas de clé primaire ou unique sur la clé d&apos;intégration (%4)&#xa0;; ajoutez-en une pour que les enregistrements puissent être trouvés par leur clé.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <extracomment>A field mapping: target column ← source column</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>The stored definition of map &quot;%1&quot; is damaged: %2</source>
        <translation>La définition stockée du mappage «&#xa0;%1&#xa0;» est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer le mappage «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The map &quot;%1&quot; is given twice; nothing was saved.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» est indiqué deux fois&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot save the maps: %1</source>
        <translation>Impossible d&apos;enregistrer les mappages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;; nothing was saved: %2</source>
        <extracomment>%1 map name, %2 why; no map of the batch is saved</extracomment>
        <translation>Impossible d&apos;enregistrer le mappage «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Map created with version %1 by %2.</source>
        <translation>Mappage créé avec la version %1 par %2.</translation>
    </message>
    <message>
        <source>Map saved as version %1 by %2.</source>
        <translation>Mappage enregistré comme version %1 par %2.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no version %2.</source>
        <extracomment>%1 map name, %2 number of the stored version</extracomment>
        <translation>Le mappage «&#xa0;%1&#xa0;» n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>Cannot activate a version of map &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;activer une version du mappage «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Version %1 by %2 activated.</source>
        <extracomment>activity log; %1 version number such as 1.0.0.3, %2 its publisher</extracomment>
        <translation>Version %1 de %2 activée.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 table &apos;%3&apos; does not exist; correct the name or refresh the schema (like dual-write DIPV1018 and DIPV1020).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la table %2 «&#xa0;%3&#xa0;» n&apos;existe pas&#xa0;; corrigez le nom ou actualisez le schéma (comme DIPV1018 et DIPV1020 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; has no integration key: add a pair of key fields for Finance table &apos;%2&apos; and Dataverse table &apos;%3&apos; (like dual-write DIPV1003).</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» n&apos;a pas de clé d&apos;intégration&#xa0;: ajoutez une paire de champs clés pour la table Finance «&#xa0;%2&#xa0;» et la table Dataverse «&#xa0;%3&#xa0;» (comme DIPV1003 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names no %3 column of table &apos;%4&apos;.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la paire de clés d&apos;intégration %2 ne nomme aucune colonne %3 de la table «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1025).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la paire de clés d&apos;intégration %2 nomme la colonne %3 «&#xa0;%4&#xa0;», qui n&apos;existe pas (comme DIPV1025 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 (Finance column &apos;%3&apos;, Dataverse column &apos;%4&apos;) is not mapped by any field mapping; map these two columns to each other (like dual-write DIPV1014).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la paire de clés d&apos;intégration %2 (colonne Finance «&#xa0;%3&#xa0;», colonne Dataverse «&#xa0;%4&#xa0;») n&apos;est mappée par aucun mappage de champs&#xa0;; mappez ces deux colonnes l&apos;une à l&apos;autre (comme DIPV1014 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; syncs both ways, but field mapping %2 of integration key pair %3 (Finance column &apos;%4&apos; %5 Dataverse column &apos;%6&apos;) is one-way; key fields must be mapped with &apos;=&apos; (like dual-write DIPV1004).</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» se synchronise dans les deux sens, mais le mappage de champs %2 de la paire de clés d&apos;intégration %3 (colonne Finance «&#xa0;%4&#xa0;» %5 colonne Dataverse «&#xa0;%6&#xa0;») est unidirectionnel&#xa0;; les champs clés doivent être mappés avec «&#xa0;=&#xa0;» (comme DIPV1004 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names neither a Finance column (table &apos;%3&apos;) nor a Dataverse column (table &apos;%4&apos;).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 ne nomme ni une colonne Finance (table «&#xa0;%3&#xa0;») ni une colonne Dataverse (table «&#xa0;%4&#xa0;»).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways but names no %3 column of table &apos;%4&apos;.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 se synchronise dans les deux sens mais ne nomme aucune colonne %3 de la table «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 writes to the %3 table &apos;%4&apos; but names no column there.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 écrit dans la table %3 «&#xa0;%4&#xa0;» mais n&apos;y nomme aucune colonne.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names no %3 source column of table &apos;%4&apos; for the %5 column &apos;%6&apos;; a mapping without a source needs a Default or Constant transform (like dual-write DIPV1021).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 ne nomme aucune colonne source %3 de la table «&#xa0;%4&#xa0;» pour la colonne %5 «&#xa0;%6&#xa0;»&#xa0;; un mappage sans source nécessite une transformation Par défaut ou Constante (comme DIPV1021 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1022 and DIPV1025).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 nomme la colonne %3 «&#xa0;%4&#xa0;», qui n&apos;existe pas (comme DIPV1022 et DIPV1025 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos; to %5 column &apos;%6&apos;) has no entries, so every value would fail.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Mappage de valeurs du mappage de champs %2 (colonne %3 «&#xa0;%4&#xa0;» vers colonne %5 «&#xa0;%6&#xa0;») n&apos;a aucune entrée&#xa0;; toute valeur échouerait donc.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos;) lists the source value &apos;%5&apos; more than once (like dual-write DIPV1029).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Mappage de valeurs du mappage de champs %2 (colonne %3 «&#xa0;%4&#xa0;») liste la valeur source «&#xa0;%5&#xa0;» plusieurs fois (comme DIPV1029 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways, but its Value map transform maps more than one value to &apos;%3&apos;, so the %4 column &apos;%5&apos; cannot be mapped back to the %6 column &apos;%7&apos;.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 se synchronise dans les deux sens, mais sa transformation Mappage de valeurs mappe plusieurs valeurs sur «&#xa0;%3&#xa0;»&#xa0;; la colonne %4 «&#xa0;%5&#xa0;» ne peut donc pas être mappée en retour sur la colonne %6 «&#xa0;%7&#xa0;».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 (Finance column &apos;%3&apos; = Dataverse column &apos;%4&apos;) syncs both ways, but a Lookup transform resolves values in one direction only; use one-way field mappings.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 (colonne Finance «&#xa0;%3&#xa0;» = colonne Dataverse «&#xa0;%4&#xa0;») se synchronise dans les deux sens, mais une transformation Recherche ne résout les valeurs que dans un sens&#xa0;; utilisez des mappages de champs unidirectionnels.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no lookup table.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Recherche du mappage de champs %2 (colonne %3 «&#xa0;%4&#xa0;») ne nomme aucune table de recherche.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no key column of the lookup table &apos;%5&apos;.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Recherche du mappage de champs %2 (colonne %3 «&#xa0;%4&#xa0;») ne nomme aucune colonne clé de la table de recherche «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no value column of the lookup table &apos;%5&apos;.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Recherche du mappage de champs %2 (colonne %3 «&#xa0;%4&#xa0;») ne nomme aucune colonne valeur de la table de recherche «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the %3 table &apos;%4&apos;, which does not exist (like dual-write DIPV1018).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Recherche du mappage de champs %2 nomme la table %3 «&#xa0;%4&#xa0;», qui n&apos;existe pas (comme DIPV1018 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the key column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Recherche du mappage de champs %2 nomme la colonne clé «&#xa0;%3&#xa0;», que la table %4 «&#xa0;%5&#xa0;» ne possède pas.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the value column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Recherche du mappage de champs %2 nomme la colonne valeur «&#xa0;%3&#xa0;», que la table %4 «&#xa0;%5&#xa0;» ne possède pas.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Constant transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Constante du mappage de champs %2 n&apos;a pas de valeur, mais la colonne %3 «&#xa0;%4&#xa0;» est obligatoire (NOT NULL).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Default transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL) (like dual-write DIPV1031).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la transformation Par défaut du mappage de champs %2 n&apos;a pas de valeur, mais la colonne %3 «&#xa0;%4&#xa0;» est obligatoire (NOT NULL) (comme DIPV1031 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 copies the %3 column &apos;%4&apos; (%5) to the %6 column &apos;%7&apos; (%8), which cannot be converted; use a Value map transform or another column (like dual-write DIPV1030).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le mappage de champs %2 copie la colonne %3 «&#xa0;%4&#xa0;» (%5) vers la colonne %6 «&#xa0;%7&#xa0;» (%8), ce qui ne peut pas être converti&#xa0;; utilisez une transformation Mappage de valeurs ou une autre colonne (comme DIPV1030 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 column &apos;%3&apos; is written by field mappings %4 and %5 (like dual-write DIPV1026).</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: la colonne %2 «&#xa0;%3&#xa0;» est écrite par les mappages de champs %4 et %5 (comme DIPV1026 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; writes to the %2 table &apos;%3&apos;, but no field mapping writes its required column &apos;%4&apos; (NOT NULL without a default); map it or give it a Default or Constant transform (like dual-write DIPV1010 and DIPV1031).</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» écrit dans la table %2 «&#xa0;%3&#xa0;», mais aucun mappage de champs n&apos;écrit sa colonne obligatoire «&#xa0;%4&#xa0;» (NOT NULL sans valeur par défaut)&#xa0;; mappez-la ou donnez-lui une transformation Par défaut ou Constante (comme DIPV1010 et DIPV1031 de la double écriture).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter on table &apos;%3&apos; is not valid: %4 (like dual-write DIPV1012)</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le filtre source %2 de la table «&#xa0;%3&#xa0;» n&apos;est pas valide&#xa0;: %4 (comme DIPV1012 de la double écriture)</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter names the column &apos;%3&apos;, which the table &apos;%4&apos; does not have.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le filtre source %2 nomme la colonne «&#xa0;%3&#xa0;», que la table «&#xa0;%4&#xa0;» ne possède pas.</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote (&apos;) is missing</source>
        <translation>chaîne non terminée&#xa0;: le guillemet fermant (&apos;) est manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre valide</translation>
    </message>
    <message>
        <source>a column name may have at most %1 characters; this one has %2</source>
        <translation>un nom de colonne peut comporter au plus %1 caractères&#xa0;; celui-ci en a %2</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>caractère inattendu U+%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>«&#xa0;)&#xa0;» sans «&#xa0;(&#xa0;» correspondant</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter but found %1</source>
        <translation>«&#xa0;and&#xa0;», «&#xa0;or&#xa0;» ou la fin du filtre attendu, mais %1 trouvé</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>parentheses and &apos;not&apos; may be nested at most %1 levels deep</source>
        <translation>les parenthèses et «&#xa0;not&#xa0;» peuvent être imbriqués sur %1 niveaux au plus</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1 but found %2</source>
        <translation>«&#xa0;)&#xa0;» attendu pour fermer le «&#xa0;(&#xa0;» en position %1, mais %2 trouvé</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>«&#xa0;)&#xa0;» manquant pour fermer le «&#xa0;(&#xa0;» en position %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but found %1</source>
        <translation>colonne, valeur ou «&#xa0;(&#xa0;» attendu, mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but the filter ended</source>
        <translation>colonne, valeur ou «&#xa0;(&#xa0;» attendu, mais le filtre est terminé</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but found %1</source>
        <translation>opérateur de comparaison (eq, ne, gt, ge, lt, le) attendu, mais %1 trouvé</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but the filter ended</source>
        <translation>opérateur de comparaison (eq, ne, gt, ge, lt, le) attendu, mais le filtre est terminé</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but found %2</source>
        <translation>colonne ou valeur attendue après «&#xa0;%1&#xa0;», mais %2 trouvé</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but the filter ended</source>
        <translation>colonne ou valeur attendue après «&#xa0;%1&#xa0;», mais le filtre est terminé</translation>
    </message>
    <message>
        <source>a comparison needs a column on at least one side, not two values</source>
        <translation>une comparaison nécessite une colonne d&apos;au moins un côté, pas deux valeurs</translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne</source>
        <translation>null ne peut être comparé qu&apos;avec eq ou ne</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existe mais n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot skip records: %1</source>
        <translation>Impossible d&apos;ignorer les enregistrements&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped: %1</source>
        <translation>
            <numerusform>%n enregistrement ignoré&#xa0;: %1</numerusform>
            <numerusform>%n enregistrements ignorés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <extracomment>%1 is a field mapping such as &quot;ProjectId ← msdyn_project&quot;, %2 the cause</extracomment>
        <translation>champ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the value %1 has no entry in the value map</source>
        <translation>la valeur %1 n&apos;a pas d&apos;entrée dans le mappage de valeurs</translation>
    </message>
    <message>
        <source>Unable to lookup %1 with values {%2} (no row has %3 = %4)</source>
        <translation>Unable to lookup %1 with values {%2} (aucune ligne n&apos;a %3 = %4)</translation>
    </message>
    <message>
        <source>%1 = %2 doesn&apos;t uniquely identify a %3 row</source>
        <translation>%1 = %2 n&apos;identifie pas de façon unique une ligne %3</translation>
    </message>
    <message>
        <source>the value is empty, but %1 is required</source>
        <translation>la valeur est vide, mais %1 est obligatoire</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Impossible de lire les enregistrements en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: the source row no longer exists in the %3 table %4; skip the record or restore the row.</source>
        <translation>Mappage «&#xa0;%1&#xa0;», enregistrement %2&#xa0;: la ligne source n&apos;existe plus dans la table %4 de %3&#xa0;; ignorez l&apos;enregistrement ou restaurez la ligne.</translation>
    </message>
    <message>
        <source>The process running it ended before the run finished.</source>
        <translation>Le processus qui l&apos;exécutait s&apos;est terminé avant la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>There is no map with id %1.</source>
        <translation>Aucun mappage avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: it has no name or no columns</source>
        <translation>Impossible de créer la table «&#xa0;%1&#xa0;»&#xa0;: elle n&apos;a pas de nom ou pas de colonnes</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the name cannot be quoted safely</source>
        <translation>Impossible de créer la table «&#xa0;%1&#xa0;»&#xa0;: le nom ne peut pas être placé entre guillemets en toute sécurité</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the column name &apos;%2&apos; cannot be quoted safely</source>
        <translation>Impossible de créer la table «&#xa0;%1&#xa0;»&#xa0;: le nom de colonne «&#xa0;%2&#xa0;» ne peut pas être placé entre guillemets en toute sécurité</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: %2</source>
        <translation>Impossible de créer la table «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: the driver %2 is not supported</source>
        <translation>Impossible de lire les tables de la base de données %1&#xa0;: le pilote %2 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: %2</source>
        <translation>Impossible de lire les tables de la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Table %1 does not exist in the %2 database</source>
        <translation>La table %1 n&apos;existe pas dans la base de données %2</translation>
    </message>
    <message>
        <source>Table %1 is ambiguous in the %2 database: it matches the tables %3</source>
        <translation>La table %1 est ambiguë dans la base de données %2&#xa0;: elle correspond aux tables %3</translation>
    </message>
    <message>
        <source>Cannot read table %1 of the %2 database: %3</source>
        <translation>Impossible de lire la table %1 de la base de données %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be a column object</source>
        <translation>doit être un objet colonne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column type</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de colonne</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a table name or null</source>
        <translation>doit être un nom de table ou null</translation>
    </message>
    <message>
        <source>must be null, &quot;guid&quot;, &quot;now&quot; or a literal value</source>
        <translation>doit être null, &quot;guid&quot;, &quot;now&quot; ou une valeur littérale</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation>doit être une liste non vide de noms de colonnes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no column of the table</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une colonne de la table</translation>
    </message>
    <message>
        <source>must be a table object</source>
        <translation>doit être un objet table</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <source>must be a list of keys</source>
        <translation>doit être une liste de clés</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a schema is a JSON list of tables</source>
        <translation>un schéma est une liste JSON de tables</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is defined twice</source>
        <translation>%1&#xa0;: la table «&#xa0;%2&#xa0;» est définie deux fois</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 filter is not valid: %3</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: le filtre %2 n&apos;est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read the source table: %1</source>
        <translation>Impossible de lire la table source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the source rows: %1</source>
        <translation>Impossible de compter les lignes sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>Impossible de préparer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQL &quot;%1&quot; failed: %2</source>
        <translation>Échec du SQL «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, statement at line %2: %3</source>
        <translation>%1, instruction à la ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The state store %1 has schema version %2, but this dwadmin knows only up to version %3. It was written by a newer dwadmin; upgrade dwadmin to open it.</source>
        <translation>Le magasin d&apos;états %1 a la version de schéma %2, mais ce dwadmin ne connaît que les versions jusqu&apos;à %3. Il a été écrit par un dwadmin plus récent&#xa0;; mettez à jour dwadmin pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the state store %1: %2</source>
        <translation>Impossible de lire la version de schéma du magasin d&apos;états %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start migration %1 of the state store: %2</source>
        <translation>Impossible de démarrer la migration %1 du magasin d&apos;états&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of the state store %3 failed: %4</source>
        <translation>Échec de la migration %1 (%2) du magasin d&apos;états %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Unknown state store error.</source>
        <translation>Erreur inconnue du magasin d&apos;états.</translation>
    </message>
    <message>
        <source>%1 read, %2 inserted, %3 updated, %4 unchanged, %5 deleted, %6 failed, %7 conflicts</source>
        <translation>%1 lus, %2 insérés, %3 mis à jour, %4 inchangés, %5 supprimés, %6 en échec, %7 conflits</translation>
    </message>
    <message>
        <source>No map matches the request.</source>
        <translation>Aucun mappage ne correspond à la demande.</translation>
    </message>
    <message>
        <source>Initial sync from %1 finished: %2.</source>
        <translation>Synchronisation initiale depuis %1 terminée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Initial sync stopped; run it again to continue where it stopped.</source>
        <translation>Synchronisation initiale arrêtée&#xa0;; relancez-la pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Initial sync stopped by the administrator: %1.</source>
        <translation>Synchronisation initiale arrêtée par l&apos;administrateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Conflicts resolved with the %1 version: %2.</source>
        <translation>Conflits résolus avec la version de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Failed records retried: %1.</source>
        <translation>Enregistrements en échec réessayés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes.</source>
        <translation>Alerte&#xa0;: %1 erreurs (%2) en %3 minutes.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was paused. Fix the cause, then resume it.</source>
        <translation>Alerte&#xa0;: %1 erreurs (%2) en %3 minutes&#xa0;; le mappage a été suspendu. Corrigez la cause, puis reprenez-le.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was stopped.</source>
        <translation>Alerte&#xa0;: %1 erreurs (%2) en %3 minutes&#xa0;; le mappage a été arrêté.</translation>
    </message>
    <message>
        <source>Queued changes applied; the map runs live again.</source>
        <translation>Modifications en file d&apos;attente appliquées&#xa0;; le mappage s&apos;exécute de nouveau en direct.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 (%2) of %n map(s) started.</source>
        <translation>
            <numerusform>Exécution %1 (%2) de %n mappage démarrée.</numerusform>
            <numerusform>Exécution %1 (%2) de %n mappages démarrée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n enregistrement en échec.</numerusform>
            <numerusform>%n enregistrements en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 ended (%2): %3</source>
        <translation>Exécution %1 terminée (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run; its configuration has problems:
%2</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» n&apos;a pas été exécuté&#xa0;; sa configuration présente des problèmes&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: a table is missing.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: une table est manquante.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of a batch in the state store: %1</source>
        <translation>Impossible d&apos;enregistrer le résultat d&apos;un lot dans le magasin d&apos;états&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sync is already running. Wait for it to end or stop it first.</source>
        <translation>Une synchronisation est déjà en cours. Attendez qu&apos;elle se termine ou arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimations</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Chiffres réels</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Vendor invoices</source>
        <translation>Factures fournisseur</translation>
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
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>doit être un nombre entier de 1 à 1000000</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transform; expected default, valueMap, lookup or constant</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une transformation&#xa0;; default, valueMap, lookup ou constant attendu</translation>
    </message>
    <message>
        <source>must be a string, number, true, false or null</source>
        <translation>doit être une chaîne, un nombre, true, false ou null</translation>
    </message>
    <message>
        <source>must be a string, number, true or false</source>
        <translation>doit être une chaîne, un nombre, true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component; expected setup, estimates, actuals, invoices, expenses or vendorInvoices</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un composant&#xa0;; setup, estimates, actuals, invoices, expenses ou vendorInvoices attendu</translation>
    </message>
    <message>
        <source>names neither a Finance nor a Dataverse field</source>
        <translation>ne nomme ni un champ Finance ni un champ Dataverse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; expected &apos;&gt;&apos;, &apos;&lt;&apos; or &apos;=&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un sens&#xa0;; «&#xa0;&gt;&#xa0;», «&#xa0;&lt;&#xa0;» ou «&#xa0;=&#xa0;» attendu</translation>
    </message>
    <message>
        <source>must be a map name</source>
        <translation>doit être un nom de mappage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conflict policy; expected master, newest or manual</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une stratégie de conflit&#xa0;; master, newest ou manual attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a side; expected dataverse or finance</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un côté&#xa0;; dataverse ou finance attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert action; expected notify, pause or stop</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action d&apos;alerte&#xa0;; notify, pause ou stop attendu</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>JSON non valide à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot; and &quot;maps&quot;.</source>
        <translation>Objet JSON avec &quot;format&quot; et &quot;maps&quot; attendu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported; this dwadmin reads %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;; ce dwadmin lit %2</translation>
    </message>
    <message>
        <source>a map with this name appears twice in the file</source>
        <translation>un mappage portant ce nom apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>the database stayed busy (%1) through %2 attempts over %3 s</source>
        <translation>la base de données est restée occupée (%1) pendant %2 tentatives sur %3 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: the decimal separator is a point (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: le séparateur décimal est le point (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a fraction (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» a une partie décimale (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» est hors limites (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre fini (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is binary data (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» est une donnée binaire (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8 text (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un texte UTF-8 valide (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a NUL character (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère NUL (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true, false, 1 or 0 (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas true, false, 1 ou 0 (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as 2024-02-29 or 2024-02-29T13:45:00Z (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO 8601 comme 2024-02-29 ou 2024-02-29T13:45:00Z (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a date that does not exist (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» désigne une date qui n&apos;existe pas (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time or time zone offset out of range (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» a une heure ou un décalage de fuseau horaire hors limites (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 32 hexadecimal digits such as 0f8fad5b-d9cb-469f-a165-70867728950e (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» ne compte pas 32 chiffres hexadécimaux comme 0f8fad5b-d9cb-469f-a165-70867728950e (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 16 bytes long (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas 16 octets (la colonne contient des %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not binary data (the column holds %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une donnée binaire (la colonne contient des %2)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is %n characters long; the column allows %2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» compte %n caractère&#xa0;; la colonne en autorise %2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» compte %n caractères&#xa0;; la colonne en autorise %2</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <comment>what a column holds</comment>
        <translation>textes</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <comment>what a column holds</comment>
        <translation>nombres entiers</translation>
    </message>
    <message>
        <source>decimals</source>
        <comment>what a column holds</comment>
        <translation>décimaux</translation>
    </message>
    <message>
        <source>numbers</source>
        <comment>what a column holds</comment>
        <translation>nombres</translation>
    </message>
    <message>
        <source>true/false</source>
        <comment>what a column holds</comment>
        <translation>valeurs vrai/faux</translation>
    </message>
    <message>
        <source>dates and times</source>
        <comment>what a column holds</comment>
        <translation>dates et heures</translation>
    </message>
    <message>
        <source>GUIDs</source>
        <comment>what a column holds</comment>
        <translation>GUID</translation>
    </message>
    <message>
        <source>binary data</source>
        <comment>what a column holds</comment>
        <translation>données binaires</translation>
    </message>
    <message>
        <source>No database file is given.</source>
        <translation>Aucun fichier de base de données n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>L&apos;option %1 est indiquée plusieurs fois.</translation>
    </message>
    <message numerus="yes">
        <source>Entity %1 → table %2: %n column(s)</source>
        <translation>
            <numerusform>Entité %1 → table %2&#xa0;: %n colonne</numerusform>
            <numerusform>Entité %1 → table %2&#xa0;: %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary key: %1</source>
        <translation>Clé primaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>NULLABLE</source>
        <translation>NULL AUTORISÉ</translation>
    </message>
    <message>
        <source>LOOKUP</source>
        <translation>RECHERCHE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n avertissement&#xa0;:</numerusform>
            <numerusform>%n avertissements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez table ou json.</translation>
    </message>
    <message>
        <source>&quot;cdm show&quot; needs the entity file to read.</source>
        <translation>«&#xa0;cdm show&#xa0;» nécessite le fichier d&apos;entité à lire.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;cdm&quot; needs an action: show.</source>
        <translation>«&#xa0;cdm&#xa0;» nécessite une action&#xa0;: show.</translation>
    </message>
    <message>
        <source>Unknown cdm action &quot;%1&quot;.</source>
        <translation>Action cdm inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No workspace at %1. Create one with &quot;dwadmin-cli demo create&quot; or start dwadmin once.</source>
        <translation>Aucun espace de travail dans %1. Créez-en un avec «&#xa0;dwadmin-cli demo create&#xa0;» ou démarrez dwadmin une fois.</translation>
    </message>
    <message>
        <source>Run &quot;dwadmin-cli --help&quot; for usage.</source>
        <translation>Exécutez «&#xa0;dwadmin-cli --help&#xa0;» pour l&apos;aide.</translation>
    </message>
    <message>
        <source>Say which maps: --map NAME (repeatable).</source>
        <translation>Indiquez les mappages&#xa0;: --map NOM (répétable).</translation>
    </message>
    <message>
        <source>%1: %2, %3 queued change(s)</source>
        <translation>%1&#xa0;: %2, %3 modifications en file d&apos;attente</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--scale doit être un nombre entier de 1 à 1000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Created the demo workspace at %1 (scale %2).</source>
        <translation>Espace de travail de démonstration créé dans %1 (échelle %2).</translation>
    </message>
    <message>
        <source>--seconds must be a whole number of seconds (0: until stopped), not &quot;%1&quot;.</source>
        <translation>--seconds doit être un nombre entier de secondes (0&#xa0;: jusqu&apos;à l&apos;arrêt), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed doit être un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Simulating activity in %1; stop with Ctrl+C.</source>
        <translation>Simulation d&apos;activité dans %1&#xa0;; arrêtez avec Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated %1 s of activity: %n change(s).</source>
        <translation>
            <numerusform>%1 s d&apos;activité simulées&#xa0;: %n modification.</numerusform>
            <numerusform>%1 s d&apos;activité simulées&#xa0;: %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>  time approved: %1 (%2 actuals)</source>
        <translation>  temps approuvé&#xa0;: %1 (%2 chiffres réels)</translation>
    </message>
    <message>
        <source>  proforma invoices confirmed: %1 (%2 actuals)</source>
        <translation>  factures pro forma confirmées&#xa0;: %1 (%2 chiffres réels)</translation>
    </message>
    <message>
        <source>  expense reports posted: %1 (%2 lines)</source>
        <translation>  notes de frais validées&#xa0;: %1 (%2 lignes)</translation>
    </message>
    <message>
        <source>  vendor invoices posted: %1 (%2 lines)</source>
        <translation>  factures fournisseur validées&#xa0;: %1 (%2 lignes)</translation>
    </message>
    <message>
        <source>  integration journals posted: %1 (%2 actuals written back)</source>
        <translation>  journaux d&apos;intégration validés&#xa0;: %1 (%2 chiffres réels réécrits)</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs an action: create or simulate.</source>
        <translation>«&#xa0;demo&#xa0;» nécessite une action&#xa0;: create ou simulate.</translation>
    </message>
    <message>
        <source>Unknown demo action &quot;%1&quot;.</source>
        <translation>Action demo inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;un des codes %2 ou system.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>COMPOSANT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>SENS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>EN ÉCHEC</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&quot;maps&quot; needs an action: list, export, import or validate.</source>
        <translation>«&#xa0;maps&#xa0;» nécessite une action&#xa0;: list, export, import ou validate.</translation>
    </message>
    <message>
        <source>Unknown maps action &quot;%1&quot;.</source>
        <translation>Action maps inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;maps %1&quot; needs a file name (&quot;-&quot; for the standard streams).</source>
        <extracomment>%1 is &quot;export&quot; or &quot;import&quot;</extracomment>
        <translation>«&#xa0;maps %1&#xa0;» nécessite un nom de fichier («&#xa0;-&#xa0;» pour les flux standard).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n map(s) to %1.</source>
        <translation>
            <numerusform>%n mappage exporté vers %1.</numerusform>
            <numerusform>%n mappages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1: %2
Nothing was imported.</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2
Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 holds no maps; nothing was imported.</source>
        <translation>%1 ne contient aucun mappage&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot import %1: the maps&apos; dependencies would not allow a run order.
Nothing was imported.</source>
        <translation>Impossible d&apos;importer %1&#xa0;: les dépendances des mappages ne permettraient aucun ordre d&apos;exécution.
Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: created, version %2</source>
        <translation>%1&#xa0;: créé, version %2</translation>
    </message>
    <message>
        <source>%1: new version %2</source>
        <translation>%1&#xa0;: nouvelle version %2</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1&#xa0;: inchangé</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s database %2 does not exist.</source>
        <translation>La base de données %2 de l&apos;environnement %1 n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>All %n map(s) are valid.</source>
        <translation>
            <numerusform>Le mappage (%n) est valide.</numerusform>
            <numerusform>Les %n mappages sont valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAPPAGE</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème détecté.</numerusform>
            <numerusform>%n problèmes détectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>SENS</translation>
    </message>
    <message>
        <source>ERROR CLASS</source>
        <translation>CLASSE D&apos;ERREUR</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>LAST ATTEMPT</source>
        <translation>DERNIÈRE TENTATIVE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>Unknown component &quot;%1&quot;; use setup, estimates, actuals, invoices, expenses or vendorInvoices.</source>
        <translation>Composant «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez setup, estimates, actuals, invoices, expenses ou vendorInvoices.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use synced, failed, conflict, skipped or pending.</source>
        <translation>Statut «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez synced, failed, conflict, skipped ou pending.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 inserted, %4 updated, %5 unchanged, %6 failed (%7 s)</source>
        <translation>%1&#xa0;: %2 lus, %3 insérés, %4 mis à jour, %5 inchangés, %6 en échec (%7 s)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows, %4 failed</source>
        <translation>%1&#xa0;: %2 sur %3 lignes, %4 en échec</translation>
    </message>
    <message>
        <source>%1: record %2 is not a failed record; not retried.</source>
        <translation>%1&#xa0;: l&apos;enregistrement %2 n&apos;est pas en échec&#xa0;; il n&apos;a pas été réessayé.</translation>
    </message>
    <message>
        <source>Live sync stopped; the maps stay running and keep queueing changes for the next live run or worker.</source>
        <translation>Synchronisation en direct arrêtée&#xa0;; les mappages restent démarrés et continuent de mettre les modifications en file d&apos;attente pour la prochaine exécution en direct ou le prochain processus de travail.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Arrêté. Exécutez de nouveau la même commande pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; see &quot;dwadmin-cli records --status failed&quot;.</source>
        <translation>
            <numerusform>%n enregistrement en échec&#xa0;; voir «&#xa0;dwadmin-cli records --status failed&#xa0;».</numerusform>
            <numerusform>%n enregistrements en échec&#xa0;; voir «&#xa0;dwadmin-cli records --status failed&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>--master must be dataverse or finance, not &quot;%1&quot;.</source>
        <translation>--master doit valoir dataverse ou finance, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say which maps to run: --all, --map NAME (repeatable) or --component C.</source>
        <translation>Indiquez les mappages à exécuter&#xa0;: --all, --map NOM (répétable) ou --component C.</translation>
    </message>
    <message>
        <source>--master applies to --initial runs.</source>
        <translation>--master s&apos;applique aux exécutions --initial.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.1 to 3600.</source>
        <translation>--interval doit être un nombre de secondes de 0.1 à 3600.</translation>
    </message>
    <message>
        <source>Say what to retry: --map NAME [--key K]… or --all-failed.</source>
        <translation>Indiquez ce qu&apos;il faut réessayer&#xa0;: --map NOM [--key K]… ou --all-failed.</translation>
    </message>
    <message>
        <source>--key needs exactly one --map.</source>
        <translation>--key nécessite exactement un --map.</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>run outcome</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>run outcome</comment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>SYNCHRONISÉS</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLITS</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>IGNORÉS</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>EN FILE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>RESUMABLE</source>
        <translation>REPRENABLE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>Queued changes cannot be counted: %1</source>
        <translation>Impossible de compter les modifications en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot write to.</source>
        <translation>L&apos;environnement %1 utilise le pilote %2, dans lequel la synchronisation ne peut pas écrire.</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot read from.</source>
        <translation>L&apos;environnement %1 utilise le pilote %2, à partir duquel la synchronisation ne peut pas lire.</translation>
    </message>
    <message>
        <source>Cannot open database %1: another process has held it locked for more than 5 s; run again when that process is done.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: un autre processus la verrouille depuis plus de 5 s&#xa0;; relancez l&apos;opération lorsque ce processus aura terminé.</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Impossible de lire la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 environment uses a database driver dwadmin cannot read from.</source>
        <translation>L&apos;environnement %1 utilise un pilote de base de données à partir duquel dwadmin ne peut pas lire.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: %2 is not a column the record&apos;s %3 row may be edited in.</source>
        <translation>Mappage «&#xa0;%1&#xa0;»&#xa0;: %2 n&apos;est pas une colonne modifiable dans la ligne %3 de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Cannot write to the %1 table %2: %3</source>
        <translation>Impossible d&apos;écrire dans la table %2 de %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 table %2 refused the new values of record %3: %4</source>
        <extracomment>%1 side, %2 table, %3 record key, %4 the database&apos;s message.</extracomment>
        <translation>La table %2 de %1 a refusé les nouvelles valeurs de l&apos;enregistrement %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Record %1 has no row in the %2 table %3 any more.</source>
        <translation>L&apos;enregistrement %1 n&apos;a plus de ligne dans la table %3 de %2.</translation>
    </message>
    <message>
        <source>The target database %1 was deleted, moved or replaced during the run; nothing more was written to it. Restore the file and run again.</source>
        <translation>La base de données cible %1 a été supprimée, déplacée ou remplacée pendant l&apos;exécution&#xa0;; plus rien n&apos;y a été écrit. Restaurez le fichier et relancez l&apos;exécution.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run: the %2 environment&apos;s database %3 is read-only; allow this user to write it.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» n&apos;a pas été exécuté&#xa0;: la base de données %3 de l&apos;environnement %2 est en lecture seule&#xa0;; autorisez cet utilisateur à y écrire.</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>%1: served by %2; its changes are applied there.</source>
        <translation>%1&#xa0;: pris en charge par %2&#xa0;; ses modifications y sont appliquées.</translation>
    </message>
    <message>
        <source>Worker stopped; its map leases are given back.</source>
        <translation>Processus de travail arrêté&#xa0;; ses baux de mappages sont libérés.</translation>
    </message>
    <message>
        <source>--lease must be a number of seconds from 1 to 3600 and at least three times the interval.</source>
        <translation>--lease doit être un nombre de secondes de 1 à 3600 et au moins égal à trois fois l&apos;intervalle.</translation>
    </message>
    <message>
        <source>Worker %1 serves the running maps of %2 (every %3 s, lease %4 s) until SIGTERM or SIGINT.</source>
        <translation>Le processus de travail %1 prend en charge les mappages en cours d&apos;exécution de %2 (toutes les %3 s, bail de %4 s) jusqu&apos;à SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <source>SERVED BY</source>
        <translation>PRIS EN CHARGE PAR</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; stopped: the connection to the %2 environment was lost and did not come back (%3). Nothing of the unfinished page was written; run the map again once the server is back and it continues where it stopped.</source>
        <translation>Mappage «&#xa0;%1&#xa0;» arrêté&#xa0;: la connexion à l&apos;environnement %2 a été perdue et n&apos;a pas été rétablie (%3). Aucune partie de la page inachevée n&apos;a été écrite&#xa0;; relancez le mappage une fois le serveur de nouveau disponible et il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Cannot read the lease of map %1: %2</source>
        <translation>Impossible de lire le bail du mappage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot take the lease of map %1: %2</source>
        <translation>Impossible d&apos;obtenir le bail du mappage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>un autre processus de travail</translation>
    </message>
    <message>
        <source>Cannot give back the map leases of %1: %2</source>
        <translation>Impossible de libérer les baux de mappages de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the map leases: %1</source>
        <translation>Impossible de lire les baux de mappages&#xa0;: %1</translation>
    </message>
    <message>
        <source>no connection after %1 attempts over %2 s: %3</source>
        <translation>aucune connexion après %1 tentatives sur %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is now served by %2, taken over from %3, which stopped renewing its lease.</source>
        <translation>Le mappage «&#xa0;%1&#xa0;» est désormais pris en charge par %2, qui a pris le relais de %3, lequel a cessé de renouveler son bail.</translation>
    </message>
    <message>
        <source>Map created with version %1.</source>
        <translation>Mappage créé avec la version %1.</translation>
    </message>
    <message>
        <source>Map saved as version %1.</source>
        <translation>Mappage enregistré comme version %1.</translation>
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
        <translation>Utilisation&#xa0;: dwadmin-cli [--workspace DIR] COMMANDE [ARGUMENTS]

Administre un espace de travail dwadmin depuis des scripts, cron et des
serveurs.

Commandes&#xa0;:
  maps list [--format table|json]   Liste les mappages de tables avec statut
                                    et compteurs
  maps export FILE                  Écrit les versions actives des mappages
                                    dans FILE (- pour la sortie standard) au
                                    format dwadmin-maps/1
  maps import FILE                  Importe les mappages de FILE (- pour
                                    l&apos;entrée standard)&#xa0;: tous ou, en cas
                                    d&apos;erreur, aucun
  maps validate [--map NAME]... [--format table|json]
                                    Vérifie les mappages par rapport aux deux
                                    environnements
  run (--all | --map NAME... | --component C) [--initial [--master SIDE]] [--live]
      [--interval SECONDS]          --initial&#xa0;: envoi complet depuis le côté
                                    maître (dataverse ou finance), dans
                                    l&apos;ordre des dépendances&#xa0;; un envoi
                                    interrompu reprend là où il s&apos;est arrêté.
                                    --live&#xa0;: démarre les mappages et applique
                                    leurs modifications jusqu&apos;à
                                    SIGINT/SIGTERM&#xa0;; les mappages restent
                                    démarrés. Sans l&apos;un ni l&apos;autre&#xa0;: applique
                                    une fois ce qui est en file d&apos;attente
  worker [--interval SECONDS] [--lease SECONDS] [--name NAME]
                                    Prend en charge chaque mappage en cours
                                    d&apos;exécution dont ce processus de travail
                                    peut obtenir le bail (un processus de
                                    travail par mappage), jusqu&apos;à SIGTERM&#xa0;;
                                    pour systemd (resources/systemd/)
  retry (--map NAME [--key K]... | --all-failed)
                                    Réessaie les enregistrements en échec à
                                    partir des lignes actuelles
  pause|resume|stop --map NAME...   Suspend (les modifications restent en
                                    file d&apos;attente), reprend (les
                                    modifications en file sont appliquées)
                                    ou arrête des mappages
  status [--format table|json]      Statut, nombre d&apos;enregistrements et
                                    dernière exécution de chaque mappage
  records [--map NAME]... [--component C] [--status S] [--format F]
                                    Liste les états des enregistrements.
                                    S&#xa0;: synced, failed, conflict, skipped
                                    ou pending.
                                    F&#xa0;: table, csv ou json
  cdm show FILE [--format table|json]
                                    Affiche la table décrite par un fichier
                                    d&apos;entité Common Data Model (*.cdm.json)
  workspace init --state-store postgresql://[USER@]HOST[:PORT]/DATABASE
                                    Fait de DIR un espace de travail dont
                                    l&apos;état est conservé sur ce serveur
                                    PostgreSQL, pour être partagé par les
                                    consoles et les processus de travail
                                    (aucun mot de passe n&apos;y est enregistré)
  demo create [--scale N]           Crée l&apos;espace de travail de démonstration
                                    (N=1&#xa0;: une petite entreprise)
  demo simulate [--seconds S]       Modifie les environnements de démonstration
                                    comme le font Project Operations et Finance
                                    (jusqu&apos;à l&apos;arrêt ou pendant S secondes)

Options&#xa0;:
  --workspace DIR   Dossier de l&apos;espace de travail (par défaut&#xa0;: %1)
  --lang CODE       Langue des messages&#xa0;: %2 ou system
                    (par défaut&#xa0;: celle des paramètres régionaux, d&apos;après
                    LANG ou LC_MESSAGES)
  --help            Affiche cette aide
  --version         Affiche la version

Codes de sortie&#xa0;: 0 OK, 1 certains enregistrements ont échoué, 2 erreur
d&apos;utilisation ou de configuration.
</translation>
    </message>
    <message>
        <source>--state-store must be a PostgreSQL address such as postgresql://dwadmin@db.example.com:5432/dwadmin, not &quot;%1&quot;.</source>
        <translation>--state-store doit être une adresse PostgreSQL, par exemple postgresql://dwadmin@db.example.com:5432/dwadmin, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--state-store must not contain a password: dwadmin never stores one. Give it through PGPASSWORD or ~/.pgpass, or when the console asks.</source>
        <translation>--state-store ne doit pas contenir de mot de passe&#xa0;: dwadmin n&apos;en enregistre jamais. Fournissez-le via PGPASSWORD ou ~/.pgpass, ou lorsque la console le demande.</translation>
    </message>
    <message>
        <source>--state-store must give a database name after the host, as in postgresql://host/dwadmin.</source>
        <translation>--state-store doit indiquer la base de données après l&apos;hôte, comme dans postgresql://host/dwadmin.</translation>
    </message>
    <message>
        <source>workspace init needs --state-store ADDRESS.</source>
        <translation>«&#xa0;workspace init&#xa0;» nécessite --state-store ADDRESS.</translation>
    </message>
    <message>
        <source>The workspace at %1 keeps its state in %2 (schema version %3).</source>
        <translation>L&apos;espace de travail de %1 conserve son état dans %2 (version de schéma %3).</translation>
    </message>
    <message>
        <source>Unknown workspace action &quot;%1&quot;; use init.</source>
        <translation>Action workspace inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez init.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none is known; dwadmin asks for it before the next run.</source>
        <translation>Le serveur PostgreSQL de %1 demande un mot de passe et aucun n&apos;est connu&#xa0;; dwadmin le demandera avant la prochaine exécution.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none was given. Set it in the PGPASSWORD environment variable or add a line for this connection to ~/.pgpass.</source>
        <translation>Le serveur PostgreSQL de %1 demande un mot de passe et aucun n&apos;a été fourni. Définissez-le dans la variable d&apos;environnement PGPASSWORD ou ajoutez une ligne pour cette connexion dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2); dwadmin asks for it again before the next run.</source>
        <translation>Le serveur PostgreSQL de %1 a refusé le mot de passe (%2)&#xa0;; dwadmin le redemandera avant la prochaine exécution.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2). Give the right one in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>Le serveur PostgreSQL de %1 a refusé le mot de passe (%2). Indiquez le bon mot de passe dans la variable d&apos;environnement PGPASSWORD ou dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>The state store %1 already holds a workspace.</source>
        <translation>Le magasin d&apos;états %1 contient déjà un espace de travail.</translation>
    </message>
    <message>
        <source>Cannot connect to the %1 environment: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why</extracomment>
        <translation>Impossible de se connecter à l&apos;environnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the state store&apos;s bookkeeping: %1</source>
        <translation>Impossible de préparer les données de suivi internes du magasin d&apos;états&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the state store %1: %2</source>
        <translation>Impossible d&apos;ouvrir le magasin d&apos;états %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at offset %2: %3).</source>
        <translation>%1 n&apos;est pas un JSON valide (à la position %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 does not name a state store: it needs &quot;format&quot;: &quot;%2&quot; and a &quot;stateStore&quot; with &quot;driver&quot;: &quot;QPSQL&quot; and a &quot;database&quot;.</source>
        <translation>%1 ne désigne pas de magasin d&apos;états&#xa0;: il faut &quot;format&quot;: &quot;%2&quot; et un &quot;stateStore&quot; avec &quot;driver&quot;: &quot;QPSQL&quot; et un &quot;database&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for the Project Operations dual-write integration.</source>
        <translation>Console d&apos;administration de l&apos;intégration à double écriture Project Operations.</translation>
    </message>
    <message>
        <source>Use the workspace in DIR (created as a demo if empty).</source>
        <translation>Utiliser l&apos;espace de travail de DIR (créé comme démonstration s&apos;il est vide).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show the user interface in CODE (%1, or system) for this start, instead of the language chosen in Settings.</source>
        <extracomment>%1 the language codes dwadmin ships</extracomment>
        <translation>Afficher l&apos;interface utilisateur en CODE (%1 ou system) pour ce démarrage, au lieu de la langue choisie dans Paramètres.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.
</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;un des codes %2 ou system.
</translation>
    </message>
</context>
</TS>
