<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MapEditorTasks</name>
    <message>
        <source>A map named &quot;%1&quot; was created meanwhile.</source>
        <translation>Сопоставление с именем «%1» было создано за это время.</translation>
    </message>
    <message>
        <source>The map was started while it was edited; stop it and save again.</source>
        <translation>Сопоставление было запущено во время редактирования; остановите его и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>MapServingText</name>
    <message>
        <source>This console</source>
        <comment>the map is served by this very program</comment>
        <translation>Эта консоль</translation>
    </message>
    <message>
        <source>No worker serves the map.</source>
        <translation>Сопоставление не обслуживается ни одним рабочим процессом.</translation>
    </message>
    <message numerus="yes">
        <source>Served by this console (%1) since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Обслуживается этой консолью (%1) с %2; последний сигнал активности получен %n секунду назад.</numerusform>
            <numerusform>Обслуживается этой консолью (%1) с %2; последний сигнал активности получен %n секунды назад.</numerusform>
            <numerusform>Обслуживается этой консолью (%1) с %2; последний сигнал активности получен %n секунд назад.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Обслуживается рабочим процессом %1 с %2; последний сигнал активности получен %n секунду назад.</numerusform>
            <numerusform>Обслуживается рабочим процессом %1 с %2; последний сигнал активности получен %n секунды назад.</numerusform>
            <numerusform>Обслуживается рабочим процессом %1 с %2; последний сигнал активности получен %n секунд назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not served: the lease of %1 expired at %2 (last heartbeat at %3); the worker is presumed gone.</source>
        <extracomment>%1 worker name, %2 date and time the lease expired, %3 of the last heartbeat</extracomment>
        <translation>Не обслуживается: аренда рабочего процесса %1 истекла %2 (последний сигнал активности — %3); по-видимому, рабочий процесс больше не работает.</translation>
    </message>
    <message>
        <source>Not served: %1 ran on this machine and its process has ended (last heartbeat at %2); the worker is gone.</source>
        <extracomment>%1 worker name, %2 date and time of its last heartbeat</extracomment>
        <translation>Не обслуживается: рабочий процесс %1 выполнялся на этом компьютере, и его процесс завершился (последний сигнал активности — %2); рабочего процесса больше нет.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>ValueMapJson</name>
    <message>
        <source>expected &apos;{&apos; to start the value map</source>
        <translation>ожидается «{» в начале сопоставления значений</translation>
    </message>
    <message>
        <source>expected a source value in double quotes</source>
        <translation>ожидается исходное значение в двойных кавычках</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the source value</source>
        <translation>ожидается «:» после исходного значения</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the target value</source>
        <translation>ожидается «,» или «}» после целевого значения</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>лишний текст после закрывающей «}»</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <extracomment>%1 is a 1-based character position, %2 what is wrong there</extracomment>
        <translation>Позиция %1: %2</translation>
    </message>
    <message>
        <source>a line break or control character must be written as an escape such as \n</source>
        <translation>перевод строки или управляющий символ нужно записывать как escape-последовательность, например \n</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote is missing</source>
        <translation>незавершенная строка: нет закрывающей кавычки</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>недопустимая escape-последовательность</translation>
    </message>
    <message>
        <source>a target value must be text, a number, true or false</source>
        <translation>целевое значение должно быть текстом, числом, true или false</translation>
    </message>
    <message>
        <source>null is not a target value; write &quot;&quot; for empty text</source>
        <translation>null не может быть целевым значением; для пустого текста напишите &quot;&quot;</translation>
    </message>
    <message>
        <source>expected a target value</source>
        <translation>ожидается целевое значение</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value; put text in double quotes</source>
        <translation>«%1» — не значение; заключите текст в двойные кавычки</translation>
    </message>
</context>
<context>
    <name>dw::ActivityLogPage</name>
    <message>
        <source>M&amp;ap:</source>
        <translation>Сопост&amp;авление:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <comment>kind of activity log entry</comment>
        <translation>Со&amp;бытие:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Пе&amp;риод:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <comment>time</comment>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>time</comment>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Все сопоставления</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>kind of activity log entry</comment>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За все время</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>time range chosen by hand</comment>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower time bound</comment>
        <translation>Любое время</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>no upper time bound</comment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Записи журнала с</translation>
    </message>
    <message>
        <source>Entries before</source>
        <translation>Записи журнала до</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Find in the activity log</source>
        <translation>Поиск в журнале действий</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Double-click an entry, or press Enter, to open its run; an entry that belongs to no run opens its map.</source>
        <translation>Дважды щелкните запись журнала или нажмите Enter, чтобы открыть ее запуск; для записи, не относящейся ни к одному запуску, открывается ее сопоставление.</translation>
    </message>
    <message>
        <source>Show &amp;run</source>
        <translation>Показать &amp;запуск</translation>
    </message>
    <message>
        <source>Open the current entry&apos;s run on the Runs page (Enter or double-click)</source>
        <translation>Открыть запуск текущей записи журнала на странице «Запуски» (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Show ma&amp;p</source>
        <translation>Показать сопос&amp;тавление</translation>
    </message>
    <message>
        <source>Select the current entry&apos;s map on the Table maps page</source>
        <translation>Выбрать сопоставление текущей записи журнала на странице «Сопоставления таблиц»</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the activity log</comment>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the activity log again</source>
        <translation>Заново прочитать журнал действий</translation>
    </message>
    <message>
        <source>Counting the entries…</source>
        <translation>Подсчет записей журнала…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter.</source>
        <translation>
            <numerusform>Фильтру соответствует %n запись журнала.</numerusform>
            <numerusform>Фильтру соответствуют %n записи журнала.</numerusform>
            <numerusform>Фильтру соответствуют %n записей журнала.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>activity log entry kind</comment>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>activity log message</comment>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>The entry is about the whole workspace or a map that has since been deleted.</source>
        <translation>Запись журнала относится ко всей рабочей области или к сопоставлению, которое с тех пор удалено.</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of an activity log entry</comment>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>number of the run an activity log entry belongs to</comment>
        <translation>Запуск</translation>
    </message>
</context>
<context>
    <name>dw::AlertRuleModel</name>
    <message>
        <source>Any error</source>
        <comment>alert rule error class</comment>
        <translation>Любая ошибка</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Уведомить</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Приостановить сопоставление</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Остановить сопоставление</translation>
    </message>
    <message>
        <source>Errors of class</source>
        <translation>Класс ошибок</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>number of errors that triggers an alert</comment>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>В течение минут</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what an alert rule does</comment>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>dw::EditReplayDialog</name>
    <message>
        <source>Edit and replay %1</source>
        <extracomment>%1 is the record&apos;s business key.</extracomment>
        <translation>Изменение и повтор записи %1</translation>
    </message>
    <message>
        <source>Correct the values in the %1 table %2, then send the record to %3 again. The row is changed in %1 itself.</source>
        <extracomment>%1 source side, %2 source table, %3 target side.</extracomment>
        <translation>Исправьте значения в таблице %2 среды %1, затем снова отправьте запись в среду %3. Строка изменяется в самой среде %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>A key field: changing it would make another record.</source>
        <translation>Ключевое поле: его изменение создаст другую запись.</translation>
    </message>
    <message>
        <source>Written to %1 as %2</source>
        <extracomment>%1 the target side, %2 the value written there.</extracomment>
        <translation>Записывается в среду %1 как %2</translation>
    </message>
    <message>
        <source>Save and &amp;retry</source>
        <translation>Сохранить и &amp;повторить</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentSection</name>
    <message>
        <source>&amp;Browse…</source>
        <comment>choose a database file</comment>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Файл SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL (driver not installed)</source>
        <translation>PostgreSQL (драйвер не установлен)</translation>
    </message>
    <message>
        <source>Path of the environment&apos;s database file</source>
        <translation>Путь к файлу базы данных среды</translation>
    </message>
    <message>
        <source>Dri&amp;ver:</source>
        <comment>database driver</comment>
        <translation>Д&amp;райвер:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <comment>database file</comment>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <comment>database server</comment>
        <translation>С&amp;ервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <comment>database server port</comment>
        <translation>Пор&amp;т:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <comment>database name on the server</comment>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <comment>database user name</comment>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Choose the database file of the %1 environment.</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Выберите файл базы данных среды %1.</translation>
    </message>
    <message>
        <source>Give the host and the database of the %1 environment.</source>
        <translation>Укажите сервер и базу данных среды %1.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n table(s) found.</source>
        <translation>
            <numerusform>Подключено: найдена %n таблица.</numerusform>
            <numerusform>Подключено: найдено %n таблицы.</numerusform>
            <numerusform>Подключено: найдено %n таблиц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Не удается подключиться: %1</translation>
    </message>
    <message>
        <source>Database file of the %1 environment</source>
        <translation>Файл базы данных среды %1</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Базы данных SQLite (*.db *.sqlite *.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Kept for this session only; never written to disk</source>
        <translation>Хранится только в течение этого сеанса; никогда не записывается на диск</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>Среды</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the environments</comment>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Dataverse</source>
        <translation>&amp;Dataverse</translation>
    </message>
    <message>
        <source>&amp;Finance</source>
        <translation>Фи&amp;нансы</translation>
    </message>
    <message>
        <source>Reading the environments…</source>
        <translation>Чтение сред…</translation>
    </message>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation>Не удается прочитать среды: %1</translation>
    </message>
    <message>
        <source>Saving the environments…</source>
        <translation>Сохранение сред…</translation>
    </message>
    <message>
        <source>The environments could not be saved: %1</source>
        <translation>Не удалось сохранить среды: %1</translation>
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
        <translation>Финансы → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Финансы</translation>
    </message>
    <message>
        <source>Both ways</source>
        <comment>field mapping direction</comment>
        <translation>В обе стороны</translation>
    </message>
    <message>
        <source>Default: (none)</source>
        <comment>default value transform without value</comment>
        <translation>По умолчанию: (нет)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <comment>default value transform</comment>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>Constant: (none)</source>
        <comment>constant transform without value</comment>
        <translation>Константа: (нет)</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <comment>constant transform</comment>
        <translation>Константа: %1</translation>
    </message>
    <message numerus="yes">
        <source>Value map (%n mapping(s))</source>
        <translation>
            <numerusform>Сопоставление значений (%n запись)</numerusform>
            <numerusform>Сопоставление значений (%n записи)</numerusform>
            <numerusform>Сопоставление значений (%n записей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>%1 table, %2 key column matched with the source value, %3 column written to the target</extracomment>
        <translation>Подстановка: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Поле Финансов</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>column of the field mappings; header kept short</comment>
        <translation>Напр.</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Поле Dataverse</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Преобразование</translation>
    </message>
</context>
<context>
    <name>dw::FieldMappingsEditor</name>
    <message>
        <source>Field mappings</source>
        <translation>Сопоставления полей</translation>
    </message>
    <message>
        <source>Add field mapping</source>
        <translation>Добавить сопоставление поля</translation>
    </message>
    <message>
        <source>Remove field mapping</source>
        <translation>Удалить сопоставление поля</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <extracomment>%1 a column type id such as text or integer</extracomment>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Преобразование</translation>
    </message>
    <message>
        <source>Transform of row %1: %2 %3 %4</source>
        <extracomment>%1 row number, %2 Finance field, %3 direction symbol, %4 Dataverse field</extracomment>
        <translation>Преобразование строки %1: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationDiagram</name>
    <message>
        <source>never</source>
        <comment>a map that has not run yet</comment>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Project Operations</source>
        <comment>what runs on the Dataverse side</comment>
        <translation>Project Operations</translation>
    </message>
    <message>
        <source>Dynamics 365 Finance</source>
        <translation>Dynamics 365 Финансы</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Обзор интеграции</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 map name, %2 component name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dataverse table %1, Finance table %2: %3</source>
        <extracomment>%1 Dataverse table, %2 Finance table, %3 direction such as &quot;Dataverse → Finance&quot;</extracomment>
        <translation>Таблица Dataverse %1, таблица Финансов %2: %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Состояние: %1 — %2</translation>
    </message>
    <message>
        <source>Queued: not known, the queues could not be counted</source>
        <translation>В очереди: неизвестно, не удалось подсчитать очереди</translation>
    </message>
    <message>
        <source>Queued: none, the map does not capture changes</source>
        <translation>В очереди: нет, сопоставление не фиксирует изменения</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <comment>changes waiting to be applied</comment>
        <translation>В очереди: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>records that failed</comment>
        <translation>С ошибкой: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Последний запуск: %1</translation>
    </message>
    <message>
        <source>Click or press Enter to open the map.</source>
        <translation>Щелкните или нажмите Enter, чтобы открыть сопоставление.</translation>
    </message>
    <message>
        <source>The workspace has no table maps.</source>
        <translation>В рабочей области нет сопоставлений таблиц.</translation>
    </message>
    <message>
        <source>Reading the table maps…</source>
        <translation>Чтение сопоставлений таблиц…</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>records of a map that failed</comment>
        <translation>С ошибкой: %1</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationOverviewPage</name>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Не удается прочитать сопоставления таблиц: %1</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Не удается подсчитать изменения в очереди: %1</translation>
    </message>
    <message>
        <source>Each arrow is a table map, pointing the way its data flows between Dataverse and Finance, in the colour of its status. Click a map, or choose it with the arrow keys and press Enter, to open it.</source>
        <translation>Каждая стрелка — это сопоставление таблиц: она указывает, в какую сторону идут его данные между Dataverse и Финансами, и окрашена в цвет его состояния. Чтобы открыть сопоставление, щелкните его или выберите клавишами со стрелками и нажмите Enter.</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Обзор интеграции</translation>
    </message>
</context>
<context>
    <name>dw::MainWindow</name>
    <message>
        <source>A run is going</source>
        <translation>Выполняется запуск</translation>
    </message>
    <message>
        <source>dwadmin — dual-write administration</source>
        <translation>dwadmin — администрирование двойной записи</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import maps…</source>
        <translation>&amp;Импорт сопоставлений…</translation>
    </message>
    <message>
        <source>&amp;Export maps…</source>
        <translation>&amp;Экспорт сопоставлений…</translation>
    </message>
    <message>
        <source>Apply &amp;template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>Применить &amp;шаблон «Project Operations integrated with ERP»</translation>
    </message>
    <message>
        <source>En&amp;vironments…</source>
        <translation>С&amp;реды…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Maps</source>
        <comment>menu of table map actions</comment>
        <translation>Со&amp;поставления</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Table maps</source>
        <translation>&amp;Сопоставления таблиц</translation>
    </message>
    <message>
        <source>Run &amp;monitor</source>
        <translation>&amp;Монитор запусков</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About dwadmin</source>
        <translation>&amp;О программе dwadmin</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Сопоставления таблиц</translation>
    </message>
    <message>
        <source>Run monitor</source>
        <translation>Монитор запусков</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая область: %1</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Открытие рабочей области…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Создание демонстрационной рабочей области…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Не удалось открыть рабочую область.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Не удается открыть рабочую область</translation>
    </message>
    <message>
        <source>Table map files</source>
        <translation>Файлы сопоставлений таблиц</translation>
    </message>
    <message>
        <source>About dwadmin</source>
        <translation>О программе dwadmin</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Administration console for the dual-write integration between Dynamics 365 Project Operations (Dataverse) and Dynamics 365 Finance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Консоль администрирования интеграции с двойной записью между Dynamics 365 Project Operations (Dataverse) и Dynamics 365 Финансы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>Зап&amp;уски</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Runs</source>
        <comment>history of runs</comment>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>&amp;Integration overview</source>
        <translation>Обзор &amp;интеграции</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Журнал действий</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Обзор интеграции</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Workspace: %1 (state store: %2)</source>
        <translation>Рабочая область: %1 (хранилище состояний: %2)</translation>
    </message>
</context>
<context>
    <name>dw::MapChangeModel</name>
    <message>
        <source>Added</source>
        <comment>map version comparison</comment>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>map version comparison</comment>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>map version comparison</comment>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>map version comparison: what changed</comment>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Более ранняя версия</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Более новая версия</translation>
    </message>
</context>
<context>
    <name>dw::MapDetailView</name>
    <message>
        <source>Cannot read the map &quot;%1&quot;: %2</source>
        <translation>Не удается прочитать сопоставление «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Не удается прочитать очередь: %1</translation>
    </message>
    <message>
        <source>Dataverse %1 %2 Finance %3</source>
        <extracomment>%1 Dataverse table, %2 direction symbol, %3 Finance table</extracomment>
        <translation>Dataverse %1 %2 Финансы %3</translation>
    </message>
    <message>
        <source>Dataverse filter: %1</source>
        <translation>Фильтр Dataverse: %1</translation>
    </message>
    <message>
        <source>Finance filter: %1</source>
        <translation>Фильтр Финансов: %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Зависит от: %1</translation>
    </message>
    <message>
        <source>The map has had no initial sync yet.</source>
        <translation>Для этого сопоставления еще не было начальной синхронизации.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>run outcome</comment>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>run outcome</comment>
        <translation>завершен</translation>
    </message>
    <message>
        <source>stopped by the administrator</source>
        <comment>run outcome</comment>
        <translation>остановлен администратором</translation>
    </message>
    <message>
        <source>ended with failures</source>
        <comment>run outcome</comment>
        <translation>завершен с ошибками</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>run outcome</comment>
        <translation>прерван</translation>
    </message>
    <message>
        <source>Latest initial sync: run %1, %2.</source>
        <extracomment>%1 run number, %2 outcome such as &quot;completed&quot;</extracomment>
        <translation>Последняя начальная синхронизация: запуск %1, %2.</translation>
    </message>
    <message>
        <source>the map&apos;s own master</source>
        <comment>initial sync master side</comment>
        <translation>собственная главная сторона сопоставления</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>duration of an initial sync in seconds, e.g. &quot;12.4 s&quot;</extracomment>
        <translation>%1 с</translation>
    </message>
    <message numerus="yes">
        <source>%n failed record(s); the list loads more as you scroll.</source>
        <translation>
            <numerusform>%n запись с ошибкой; список подгружается при прокрутке.</numerusform>
            <numerusform>%n записи с ошибкой; список подгружается при прокрутке.</numerusform>
            <numerusform>%n записей с ошибкой; список подгружается при прокрутке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Чтение очереди…</translation>
    </message>
    <message>
        <source>Total queued record count: 0. Changes are queued while the map is paused and until a live run applies them.</source>
        <translation>Всего записей в очереди: 0. Изменения ставятся в очередь, пока сопоставление приостановлено и пока их не применит синхронизация в реальном времени.</translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n, in the order they will be applied.</source>
        <translation>
            <numerusform>Всего записей в очереди: %n, в порядке применения.</numerusform>
            <numerusform>Всего записей в очереди: %n, в порядке применения.</numerusform>
            <numerusform>Всего записей в очереди: %n, в порядке применения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n; the next %1 to be applied are listed.</source>
        <extracomment>%n total queued, %1 how many are listed</extracomment>
        <translation>
            <numerusform>Всего записей в очереди: %n; показаны следующие %1 к применению.</numerusform>
            <numerusform>Всего записей в очереди: %n; показаны следующие %1 к применению.</numerusform>
            <numerusform>Всего записей в очереди: %n; показаны следующие %1 к применению.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this run still failed:</source>
        <translation>
            <numerusform>%n запись этого запуска по-прежнему с ошибкой:</numerusform>
            <numerusform>%n записи этого запуска по-прежнему с ошибкой:</numerusform>
            <numerusform>%n записей этого запуска по-прежнему с ошибкой:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field ma&amp;ppings</source>
        <translation>Сопоставления &amp;полей</translation>
    </message>
    <message>
        <source>&amp;Initial sync details</source>
        <translation>&amp;Начальная синхронизация</translation>
    </message>
    <message>
        <source>&amp;Queued records</source>
        <translation>Записи в &amp;очереди</translation>
    </message>
    <message>
        <source>Failed &amp;records</source>
        <translation>&amp;Записи с ошибками</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Журнал действий</translation>
    </message>
    <message>
        <source>Alert setti&amp;ngs</source>
        <translation>Опо&amp;вещения</translation>
    </message>
    <message>
        <source>Ver&amp;sions</source>
        <translation>В&amp;ерсии</translation>
    </message>
    <message>
        <source>Map detail</source>
        <translation>Сведения о сопоставлении</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Сопоставления полей</translation>
    </message>
    <message>
        <source>Failed records of the initial sync</source>
        <translation>Записи с ошибками начальной синхронизации</translation>
    </message>
    <message>
        <source>Queued records</source>
        <translation>Записи в очереди</translation>
    </message>
    <message>
        <source>Failed records</source>
        <translation>Записи с ошибками</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Правила оповещений</translation>
    </message>
    <message>
        <source>An alert rule counts failed records of a class within a time window and then notifies, pauses or stops the map. Rules are edited with the map; a running map applies changed rules after it is started again.</source>
        <translation>Правило оповещения подсчитывает записи с ошибками одного класса за период времени, а затем уведомляет, приостанавливает или останавливает сопоставление. Правила изменяются вместе с сопоставлением; выполняющееся сопоставление применяет измененные правила после повторного запуска.</translation>
    </message>
    <message>
        <source>Master:</source>
        <comment>initial sync master side</comment>
        <translation>Главная сторона:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <comment>of an initial sync</comment>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>Read:</source>
        <comment>rows read</comment>
        <translation>Прочитано:</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Вставлено:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Обновлено:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Без изменений:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <comment>records that failed</comment>
        <translation>С ошибкой:</translation>
    </message>
    <message>
        <source>the reader gave no reason</source>
        <comment>why the queue cannot be read</comment>
        <translation>модуль чтения не сообщил причину</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorDialog</name>
    <message>
        <source>New table map</source>
        <translation>Новое сопоставление таблиц</translation>
    </message>
    <message>
        <source>Table map %1</source>
        <translation>Сопоставление таблиц %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <comment>save the map as a new version</comment>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Reading the map and the schemas of both environments…</source>
        <translation>Чтение сопоставления и схем обеих сред…</translation>
    </message>
    <message>
        <source>The map cannot be opened: %1</source>
        <translation>Не удается открыть сопоставление: %1</translation>
    </message>
    <message>
        <source>The %1 environment cannot be read, so its tables and columns count as unknown: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why its schema could not be read</extracomment>
        <translation>Не удается прочитать среду %1, поэтому ее таблицы и столбцы считаются неизвестными: %2</translation>
    </message>
    <message>
        <source>Stop the map?</source>
        <translation>Остановить сопоставление?</translation>
    </message>
    <message>
        <source>Editing requires the map to be stopped. Stop it now?</source>
        <translation>Для изменения сопоставление нужно остановить. Остановить его сейчас?</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;: %2. Changes made while a map is stopped are not synchronized; starting it again begins afresh.</source>
        <extracomment>%1 map name, %2 its status such as Running or Paused</extracomment>
        <translation>Состояние «%1»: %2. Изменения, внесенные, пока сопоставление остановлено, не синхронизируются; повторный запуск начинается заново.</translation>
    </message>
    <message>
        <source>Stopping the map…</source>
        <translation>Остановка сопоставления…</translation>
    </message>
    <message>
        <source>The map could not be stopped, so it cannot be edited: %1</source>
        <translation>Не удалось остановить сопоставление, поэтому его нельзя изменить: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <extracomment>%n is the number of validation problems listed below this label</extracomment>
        <translation>
            <numerusform>&amp;Проблемы (%n):</numerusform>
            <numerusform>&amp;Проблемы (%n):</numerusform>
            <numerusform>&amp;Проблемы (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new map a name.</source>
        <translation>Задайте имя нового сопоставления.</translation>
    </message>
    <message>
        <source>A map named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Сопоставление с именем «%1» уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The Value map JSON does not parse; correct it or edit the table.</source>
        <translation>JSON сопоставления значений не удается разобрать; исправьте его или измените таблицу.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) listed above to save the map.</source>
        <translation>
            <numerusform>Чтобы сохранить сопоставление, устраните %n указанную выше проблему.</numerusform>
            <numerusform>Чтобы сохранить сопоставление, устраните %n указанные выше проблемы.</numerusform>
            <numerusform>Чтобы сохранить сопоставление, устраните %n указанных выше проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Saving version %1…</source>
        <translation>Сохранение версии %1…</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>Не удалось сохранить сопоставление: %1</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorForm</name>
    <message>
        <source>Finance field</source>
        <translation>Поле Финансов</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Поле Dataverse</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <comment>map editor tab</comment>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Field &amp;mappings</source>
        <translation>Сопоставления пол&amp;ей</translation>
    </message>
    <message>
        <source>Integration &amp;key</source>
        <translation>Ключ &amp;интеграции</translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation>&amp;Зависимости</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>Опо&amp;вещения</translation>
    </message>
    <message>
        <source>Integration key pairs</source>
        <translation>Пары полей ключа интеграции</translation>
    </message>
    <message>
        <source>Add key pair</source>
        <translation>Добавить пару ключа</translation>
    </message>
    <message>
        <source>Remove key pair</source>
        <translation>Удалить пару ключа</translation>
    </message>
    <message>
        <source>The integration &amp;fields identify a record on both sides: the alternate key of the Dataverse table and the matching Finance fields. Each pair must also be mapped by a field row.</source>
        <translation>По&amp;ля интеграции определяют запись на обеих сторонах: альтернативный ключ таблицы Dataverse и соответствующие поля Финансов. Каждая пара также должна быть сопоставлена строкой полей.</translation>
    </message>
    <message>
        <source>Maps this map depends on</source>
        <translation>Сопоставления, от которых зависит это сопоставление</translation>
    </message>
    <message>
        <source>Maps that must &amp;run before this one (initial sync order):</source>
        <translation>Сопоставления, которые должны в&amp;ыполняться раньше этого (порядок начальной синхронизации):</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Правила оповещений</translation>
    </message>
    <message>
        <source>Add alert rule</source>
        <translation>Добавить правило оповещения</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Удалить правило оповещения</translation>
    </message>
    <message>
        <source>Alert &amp;rules: when this many errors of a class happen within the minutes given, notify, pause or stop the map. A running map applies new rules when restarted.</source>
        <translation>П&amp;равила оповещений: если за указанное число минут происходит столько ошибок одного класса, уведомить, приостановить или остановить сопоставление. Выполняющееся сопоставление применяет новые правила после повторного запуска.</translation>
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
        <translation>Файлы сопоставлений (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import maps</source>
        <translation>Импорт сопоставлений</translation>
    </message>
    <message>
        <source>Export maps</source>
        <translation>Экспорт сопоставлений</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Применить шаблон</translation>
    </message>
    <message>
        <source>Add the maps of the template &quot;Project Operations integrated with ERP&quot; to this workspace? A map that exists already gets a new version when the template&apos;s definition differs; nothing is deleted.</source>
        <translation>Добавить в эту рабочую область сопоставления шаблона «Project Operations integrated with ERP»? Существующее сопоставление получит новую версию, если его определение в шаблоне отличается; ничего не удаляется.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file path, %2 why</extracomment>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>the template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>шаблона «Project Operations integrated with ERP»</translation>
    </message>
    <message>
        <source>Cannot import the maps of %1: %2</source>
        <extracomment>%1 file path or template name, %2 the problem</extracomment>
        <translation>Не удается импортировать сопоставления из %1: %2</translation>
    </message>
    <message>
        <source>Maps of %1 imported: %2 created, %3 saved as a new version, %4 unchanged.</source>
        <extracomment>%1 file path or template name; then counts of maps</extracomment>
        <translation>Сопоставления из %1 импортированы: создано — %2, сохранено как новая версия — %3, без изменений — %4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) exported to %1.</source>
        <translation>
            <numerusform>%n сопоставление экспортировано в %1.</numerusform>
            <numerusform>%n сопоставления экспортировано в %1.</numerusform>
            <numerusform>%n сопоставлений экспортировано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::MapTablesEditor</name>
    <message>
        <source>Master side wins</source>
        <translation>Приоритет у главной стороны</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Приоритет у последнего изменения</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Вручную: администратор выбирает сторону</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>map name</comment>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Компонент:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <comment>Dataverse table</comment>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <source>Source filte&amp;r:</source>
        <comment>Dataverse filter</comment>
        <translation>Фильт&amp;р источника:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <comment>Finance table</comment>
        <translation>Т&amp;аблица:</translation>
    </message>
    <message>
        <source>Source &amp;filter:</source>
        <comment>Finance filter</comment>
        <translation>&amp;Фильтр источника:</translation>
    </message>
    <message>
        <source>All rows, or e.g. %1</source>
        <translation>Все строки или, например, %1</translation>
    </message>
    <message>
        <source>Conflicts in two-way maps</source>
        <translation>Конфликты в двусторонних сопоставлениях</translation>
    </message>
    <message>
        <source>Conflict polic&amp;y:</source>
        <translation>По&amp;литика конфликтов:</translation>
    </message>
    <message>
        <source>Master s&amp;ide:</source>
        <translation>&amp;Главная сторона:</translation>
    </message>
    <message>
        <source>A conflict is a record changed on both sides since its last sync.</source>
        <translation>Конфликт — это запись, измененная на обеих сторонах после последней синхронизации.</translation>
    </message>
    <message>
        <source>A name no other map has</source>
        <translation>Имя, которого нет у других сопоставлений</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW402, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionModel</name>
    <message>
        <source>Active</source>
        <comment>the version in use</comment>
        <translation>Активная</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when a version was saved</comment>
        <translation>Создана</translation>
    </message>
    <message>
        <source>State</source>
        <comment>whether the version is the active one</comment>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionsTab</name>
    <message>
        <source>Activate version</source>
        <translation>Активировать версию</translation>
    </message>
    <message>
        <source>Make version %1 the active version of &quot;%2&quot;? A running map keeps its current definition until it is started again.</source>
        <extracomment>%1 version number, %2 map name</extracomment>
        <translation>Сделать версию %1 активной версией «%2»? Выполняющееся сопоставление сохраняет текущее определение до повторного запуска.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>Cannot activate version %1 of &quot;%2&quot;: %3</source>
        <translation>Не удается активировать версию %1 сопоставления «%2»: %3</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is now active.</source>
        <translation>Версия %1 сопоставления «%2» теперь активна.</translation>
    </message>
    <message>
        <source>Cannot compare the versions: %1</source>
        <translation>Не удается сравнить версии: %1</translation>
    </message>
    <message>
        <source>Several versions of a map can be stored; one is active and runs. Select a version to activate it or compare it with the active one, or select two to compare them.</source>
        <translation>Можно хранить несколько версий сопоставления; одна из них активна и выполняется. Выберите версию, чтобы активировать ее или сравнить с активной, либо выберите две версии для сравнения.</translation>
    </message>
    <message>
        <source>Table map versions</source>
        <translation>Версии сопоставления таблиц</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>Make the selected version the active one</source>
        <translation>Сделать выбранную версию активной</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>С&amp;равнить…</translation>
    </message>
    <message>
        <source>Show what changed, field by field</source>
        <translation>Показать изменения по каждому полю</translation>
    </message>
</context>
<context>
    <name>dw::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Запомнить в системной связке ключей</translation>
    </message>
    <message>
        <source>Password for the %1 environment</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Пароль для среды %1</translation>
    </message>
    <message>
        <source>Read back from the keychain at the next start.</source>
        <translation>При следующем запуске пароль будет прочитан из связки ключей.</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is kept for this session only.</source>
        <translation>Системная связка ключей недоступна; пароль хранится только в течение этого сеанса.</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s PostgreSQL server asks for the password of %2.</source>
        <extracomment>%1 Dataverse or Finance, %2 user@host:port/database</extracomment>
        <translation>Сервер PostgreSQL среды %1 запрашивает пароль для %2.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>The server refused the password given before.</source>
        <translation>Сервер отклонил ранее введенный пароль.</translation>
    </message>
</context>
<context>
    <name>dw::QueuedChangeModel</name>
    <message>
        <source>Insert</source>
        <comment>captured change</comment>
        <translation>Вставка</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>captured change</comment>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Update</source>
        <comment>captured change</comment>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Ключ интеграции</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Зафиксировано</translation>
    </message>
</context>
<context>
    <name>dw::RecordDetailView</name>
    <message>
        <source>Error message</source>
        <translation>Сообщение об ошибке</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Значения на обеих сторонах</translation>
    </message>
    <message>
        <source>Select a record to see its error, its values on both sides and its history.</source>
        <translation>Выберите запись, чтобы увидеть ее ошибку, значения на обеих сторонах и историю.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the record&apos;s business key, %2 its table map.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <source>Reading the record from Dataverse and Finance…</source>
        <translation>Чтение записи из Dataverse и Финансов…</translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation>Не удалось прочитать значения: %1</translation>
    </message>
    <message>
        <source>Dataverse has no row in %1 for this record.</source>
        <translation>В Dataverse нет строки для этой записи в таблице %1.</translation>
    </message>
    <message>
        <source>Finance has no row in %1 for this record.</source>
        <translation>В Финансах нет строки для этой записи в таблице %1.</translation>
    </message>
    <message>
        <source>Its source row is gone: skip the record or restore the row.</source>
        <translation>Ее исходная строка больше не существует: пропустите запись или восстановите строку.</translation>
    </message>
    <message>
        <source>That side shows what a sync would write from the current source row (source: %1).</source>
        <translation>Для этой стороны показано, что синхронизация записала бы из текущей исходной строки (источник: %1).</translation>
    </message>
    <message>
        <source>Both sides agree on every mapped field (source: %1).</source>
        <translation>Обе стороны совпадают во всех сопоставленных полях (источник: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from what the source gives (source: %1).</source>
        <translation>
            <numerusform>%n поле отличается от значения источника (источник: %1).</numerusform>
            <numerusform>%n поля отличаются от значений источника (источник: %1).</numerusform>
            <numerusform>%n полей отличаются от значений источника (источник: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;История&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n попытка.</numerusform>
            <numerusform>%n попытки.</numerusform>
            <numerusform>%n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt in run %1 (%2, started %3, %4).</source>
        <extracomment>%1 run number, %2 run kind (initial, retry, …), %3 start time, %4 outcome.</extracomment>
        <translation>Последняя попытка в запуске %1 (%2, начало: %3, %4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · error class: %2</source>
        <translation>%1 · класс ошибки: %2</translation>
    </message>
</context>
<context>
    <name>dw::RecordIssueModel</name>
    <message>
        <source>Integration key</source>
        <translation>Ключ интеграции</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Класс ошибки</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
</context>
<context>
    <name>dw::RecordStateModel</name>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Финансы</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Финансы → Dataverse</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>Список нельзя отсортировать по этому столбцу.</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Бизнес-ключ</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of a record</comment>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>dw::RecordValuesModel</name>
    <message>
        <source>(no row)</source>
        <translation>(нет строки)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n байт&gt;</numerusform>
            <numerusform>&lt;%n байта&gt;</numerusform>
            <numerusform>&lt;%n байт&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(no row; would get %1)</source>
        <extracomment>The target has no row for the record yet; %1 is the value a sync would write.</extracomment>
        <translation>(нет строки; будет записано: %1)</translation>
    </message>
    <message>
        <source>The record has no row in %1 yet.</source>
        <translation>У записи еще нет строки в среде %1.</translation>
    </message>
    <message>
        <source>From the current source row the map would write %1 to %2.</source>
        <extracomment>%1 is the value the map would write, %2 the target side (Dataverse or Finance).</extracomment>
        <translation>По текущей исходной строке сопоставление записало бы в среду %2 значение %1.</translation>
    </message>
    <message>
        <source>The two sides hold different values.</source>
        <translation>На двух сторонах разные значения.</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Финансы → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Финансы</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>В обе стороны</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Поле Dataverse</translation>
    </message>
    <message>
        <source>Dataverse value</source>
        <translation>Значение Dataverse</translation>
    </message>
    <message>
        <source>Flow</source>
        <comment>direction of a field</comment>
        <translation>Поток</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Поле Финансов</translation>
    </message>
    <message>
        <source>Finance value</source>
        <translation>Значение Финансов</translation>
    </message>
</context>
<context>
    <name>dw::RecordsPage</name>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower date bound</comment>
        <translation>Любая</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no upper date bound</comment>
        <translation>Любая</translation>
    </message>
    <message>
        <source>Last attempt from</source>
        <translation>Последняя попытка с</translation>
    </message>
    <message>
        <source>Last attempt to</source>
        <translation>Последняя попытка по</translation>
    </message>
    <message>
        <source>Text in the key or the error</source>
        <translation>Текст в ключе или ошибке</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Сос&amp;тояние:</translation>
    </message>
    <message>
        <source>M&amp;ap:</source>
        <translation>Сопост&amp;авление:</translation>
    </message>
    <message>
        <source>Last attempt &amp;from:</source>
        <translation>Пос&amp;ледняя попытка с:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>last attempt date</comment>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <source>Sync the selected failed records again from their current source rows (Ctrl+R)</source>
        <translation>Снова синхронизировать выбранные записи с ошибками по их текущим исходным строкам (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; replay…</source>
        <translation>&amp;Изменить и повторить…</translation>
    </message>
    <message>
        <source>Correct the source values of the selected failed record, then retry it (F2)</source>
        <translation>Исправить исходные значения выбранной записи с ошибкой, затем повторить ее (F2)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Проп&amp;устить</translation>
    </message>
    <message>
        <source>Mark the selected failed or conflicting records as skipped</source>
        <translation>Пометить выбранные записи с ошибками или конфликтами как пропущенные</translation>
    </message>
    <message>
        <source>Take &amp;Dataverse</source>
        <translation>Выбрать &amp;Dataverse</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Dataverse version</source>
        <translation>Разрешить выбранные конфликты в пользу версии Dataverse</translation>
    </message>
    <message>
        <source>Take &amp;Finance</source>
        <translation>Выбрать &amp;Финансы</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Finance version</source>
        <translation>Разрешить выбранные конфликты в пользу версии Финансов</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Write the filtered list to a CSV file</source>
        <translation>Записать отфильтрованный список в файл CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the records</comment>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>The retry was stopped.</source>
        <translation>Повторная обработка остановлена.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <extracomment>A filter on the records of one run; clicking the button removes it.</extracomment>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>Only records whose last attempt was in run %1; click to show all runs</source>
        <translation>Только записи, последняя попытка которых была в запуске %1; нажмите, чтобы показать все запуски</translation>
    </message>
    <message>
        <source>Remove the filter on run %1</source>
        <translation>Снять фильтр по запуску %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a record status, %2 how many records have it under the other filters.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed or in conflict</source>
        <translation>
            <numerusform>%n запись с ошибкой или конфликтом</numerusform>
            <numerusform>%n записи с ошибкой или конфликтом</numerusform>
            <numerusform>%n записей с ошибкой или конфликтом</numerusform>
        </translation>
    </message>
    <message>
        <source>All maps of the component</source>
        <translation>Все сопоставления компонента</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчет…</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Все состояния (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed — synced %1, failed %2, conflict %3, skipped %4, pending %5</source>
        <extracomment>The counts of the records listed, by status.</extracomment>
        <translation>
            <numerusform>В списке %n запись — синхронизировано: %1, с ошибкой: %2, в конфликте: %3, пропущено: %4, в ожидании: %5</numerusform>
            <numerusform>В списке %n записи — синхронизировано: %1, с ошибкой: %2, в конфликте: %3, пропущено: %4, в ожидании: %5</numerusform>
            <numerusform>В списке %n записей — синхронизировано: %1, с ошибкой: %2, в конфликте: %3, пропущено: %4, в ожидании: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying the selected records…</source>
        <translation>Повторная обработка выбранных записей…</translation>
    </message>
    <message>
        <source>Resolving the selected conflicts…</source>
        <translation>Разрешение выбранных конфликтов…</translation>
    </message>
    <message>
        <source>Writing the new values to %1…</source>
        <translation>Запись новых значений в среду %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped.</source>
        <translation>
            <numerusform>Пропущена %n запись.</numerusform>
            <numerusform>Пропущено %n записи.</numerusform>
            <numerusform>Пропущено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Экспорт записей</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>records-%1.csv</source>
        <translation>записи-%1.csv</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n запись экспортирована в %1.</numerusform>
            <numerusform>%n записи экспортировано в %1.</numerusform>
            <numerusform>%n записей экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent again; synced: %1, failed: %2.</source>
        <extracomment>%1 records that went across, %2 records that failed again.</extracomment>
        <translation>
            <numerusform>Повторно отправлена %n запись; синхронизировано: %1, с ошибкой: %2.</numerusform>
            <numerusform>Повторно отправлено %n записи; синхронизировано: %1, с ошибкой: %2.</numerusform>
            <numerusform>Повторно отправлено %n записей; синхронизировано: %1, с ошибкой: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::RunController</name>
    <message>
        <source>The window is closing; no run can start.</source>
        <translation>Окно закрывается; запуск невозможен.</translation>
    </message>
    <message>
        <source>An initial sync is going. Wait for it to end, or stop it in the run monitor first.</source>
        <translation>Выполняется начальная синхронизация. Дождитесь ее окончания или сначала остановите ее в мониторе запусков.</translation>
    </message>
    <message>
        <source>Nothing to run: no map gets an initial sync and live sync is off.</source>
        <translation>Нечего запускать: ни одно сопоставление не получает начальную синхронизацию, а синхронизация в реальном времени выключена.</translation>
    </message>
</context>
<context>
    <name>dw::RunDialog</name>
    <message>
        <source>Master for initial sync</source>
        <translation>Главная сторона для начальной синхронизации</translation>
    </message>
    <message>
        <source>Left out although other maps depend on them: %1. Records that refer to them may fail until they run.</source>
        <extracomment>%1 list of &quot;map → dependency&quot; pairs</extracomment>
        <translation>Исключены, хотя от них зависят другие сопоставления: %1. Записи, ссылающиеся на них, могут завершаться ошибкой, пока они не будут запущены.</translation>
    </message>
    <message>
        <source>Nothing to run: tick Initial sync for a map, or keep the maps running live.</source>
        <translation>Нечего запускать: отметьте начальную синхронизацию для сопоставления или оставьте сопоставления выполняться в реальном времени.</translation>
    </message>
    <message>
        <source>Initial writes and related table maps</source>
        <translation>Начальная запись и связанные сопоставления таблиц</translation>
    </message>
    <message>
        <source>The selected maps and the maps they depend on that are not running, in the order they run. Untick a related map to leave it out; untick Initial sync to skip copying the rows that exist now.</source>
        <translation>Выбранные сопоставления и невыполняющиеся сопоставления, от которых они зависят, в порядке запуска. Снимите флажок со связанного сопоставления, чтобы исключить его; снимите флажок «Начальная синхронизация», чтобы не копировать уже существующие строки.</translation>
    </message>
    <message>
        <source>Maps to run</source>
        <translation>Сопоставления для запуска</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Run the current map earlier (Alt+Up); not before a map it depends on</source>
        <translation>Запустить текущее сопоставление раньше (Alt+Вверх); не раньше сопоставления, от которого оно зависит</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Run the current map later (Alt+Down); not after a map that depends on it</source>
        <translation>Запустить текущее сопоставление позже (Alt+Вниз); не позже сопоставления, которое от него зависит</translation>
    </message>
    <message>
        <source>&amp;Keep running (live)</source>
        <translation>&amp;Продолжать в реальном времени</translation>
    </message>
    <message>
        <source>After the initial sync, keep applying changes from both sides until the maps are paused or stopped.</source>
        <translation>После начальной синхронизации продолжать применять изменения с обеих сторон, пока сопоставления не будут приостановлены или остановлены.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>start the chosen maps</comment>
        <translation>&amp;Запустить</translation>
    </message>
</context>
<context>
    <name>dw::RunErrorModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Сопоставление таблиц</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Ключ интеграции</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Класс ошибки</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>dw::RunHistoryModel</name>
    <message>
        <source>Initial sync</source>
        <translation>Начальная синхронизация</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторная попытка</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Разрешение конфликтов</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Обработка очереди</translation>
    </message>
    <message>
        <source>%1, then live</source>
        <extracomment>%1 is a kind of run (Initial sync, Catch-up) that went on as live sync.</extracomment>
        <translation>%1, затем в реальном времени</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds</extracomment>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>С ошибками</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of run</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Сопоставления</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Synced</source>
        <comment>records written or unchanged</comment>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Остановлен</translation>
    </message>
</context>
<context>
    <name>dw::RunMapCountsModel</name>
    <message>
        <source>Map</source>
        <comment>table map</comment>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Вставлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>records skipped</comment>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>dw::RunMonitorPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds, e.g. &quot;4 min 05 s&quot;</extracomment>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;2 h 05 min&quot;</extracomment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Не удается прочитать записи с ошибками: %1</translation>
    </message>
    <message>
        <source>%1 records read, %2 failed, %3.</source>
        <extracomment>%1 records taken up, %2 failed, %3 elapsed time</extracomment>
        <translation>Прочитано записей: %1, с ошибкой: %2, %3.</translation>
    </message>
    <message>
        <source>No run is going. Start maps with Run… on the Table maps page.</source>
        <translation>Запуск не выполняется. Запустите сопоставления командой «Запустить…» на странице «Сопоставления таблиц».</translation>
    </message>
    <message>
        <source>Initial sync running: %1</source>
        <translation>Выполняется начальная синхронизация: %1</translation>
    </message>
    <message>
        <source>Running live, applying changes as they come: %1</source>
        <translation>Синхронизация в реальном времени, изменения применяются по мере поступления: %1</translation>
    </message>
    <message>
        <source>Stopping at the next page boundary…</source>
        <translation>Остановка на следующей границе страницы…</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Запуск не может продолжиться: %1</translation>
    </message>
    <message>
        <source>Run stopped: %1 Start the maps again to continue where they stopped.</source>
        <translation>Запуск остановлен: %1 Запустите сопоставления снова, чтобы продолжить с места остановки.</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Запуск завершен: %1</translation>
    </message>
    <message>
        <source>ETA: %1</source>
        <translation>Осталось: %1</translation>
    </message>
    <message>
        <source>ETA: estimating…</source>
        <translation>Осталось: оценка…</translation>
    </message>
    <message>
        <source>No record has failed in this run.</source>
        <translation>В этом запуске нет записей с ошибками.</translation>
    </message>
    <message numerus="yes">
        <source>Failed records, newest first (%n shown):</source>
        <translation>
            <numerusform>Записи с ошибками, сначала новые (показана %n):</numerusform>
            <numerusform>Записи с ошибками, сначала новые (показано %n):</numerusform>
            <numerusform>Записи с ошибками, сначала новые (показано %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>&amp;Остановить запуск</translation>
    </message>
    <message>
        <source>Stop the run at the next page boundary. Maps keep their state and continue where they stopped when started again.</source>
        <translation>Остановить запуск на следующей границе страницы. Сопоставления сохраняют свое состояние и продолжают с места остановки при следующем запуске.</translation>
    </message>
    <message>
        <source>Progress per map</source>
        <translation>Ход выполнения по сопоставлениям</translation>
    </message>
    <message>
        <source>Failed records of the run</source>
        <translation>Записи с ошибками этого запуска</translation>
    </message>
</context>
<context>
    <name>dw::RunPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 (one-way)</source>
        <extracomment>master column of a one-way map: its only source side</extracomment>
        <translation>%1 (одностороннее)</translation>
    </message>
    <message>
        <source>Selected</source>
        <comment>map chosen by the administrator</comment>
        <translation>Выбрано</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <extracomment>a related map listed because others depend on it; %1 their names</extracomment>
        <translation>Требуется для: %1</translation>
    </message>
    <message>
        <source>Master for initial sync: the side whose rows are copied to the other.</source>
        <translation>Главная сторона для начальной синхронизации: сторона, строки которой копируются на другую.</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Сопоставление таблиц</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <translation>Начальная синхронизация</translation>
    </message>
    <message>
        <source>Master for initial sync</source>
        <translation>Главная сторона для начальной синхронизации</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Listed because</source>
        <translation>Причина в списке</translation>
    </message>
</context>
<context>
    <name>dw::RunProgressModel</name>
    <message>
        <source>Waiting</source>
        <comment>map phase in a run</comment>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <comment>map phase in a run</comment>
        <translation>Начальная синхронизация</translation>
    </message>
    <message>
        <source>Initial sync done</source>
        <comment>map phase in a run</comment>
        <translation>Начальная синхронизация завершена</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>map phase in a run</comment>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>map phase in a run</comment>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>map phase in a run</comment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>rows done of rows in all</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Сопоставление таблиц</translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>of a map in a run</comment>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Inserted</source>
        <comment>record count</comment>
        <translation>Вставлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>record count</comment>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>record count</comment>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>record count</comment>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>record count</comment>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>record count</comment>
        <translation>Конфликты</translation>
    </message>
</context>
<context>
    <name>dw::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>Counts per map</source>
        <translation>Счетчики по сопоставлениям</translation>
    </message>
    <message>
        <source>Show &amp;failed records</source>
        <translation>Показать записи с &amp;ошибками</translation>
    </message>
    <message>
        <source>Select a run to see what it did to each map.</source>
        <translation>Выберите запуск, чтобы увидеть, что он сделал с каждым сопоставлением.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Запуск %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Запуск %1: %2 — %3</translation>
    </message>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>Запуска %1 больше нет в истории.</translation>
    </message>
</context>
<context>
    <name>dw::SaveVersionDialog</name>
    <message>
        <source>Save as a new map version</source>
        <translation>Сохранить как новую версию сопоставления</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the map version</comment>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Издатель:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <comment>map version</comment>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Name the publisher of this version.</source>
        <translation>Укажите издателя этой версии.</translation>
    </message>
    <message>
        <source>Give a version such as 1.0.0.4.</source>
        <translation>Укажите версию, например 1.0.0.4.</translation>
    </message>
    <message>
        <source>The map already has version %1; choose another.</source>
        <translation>У сопоставления уже есть версия %1; выберите другую.</translation>
    </message>
</context>
<context>
    <name>dw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 the language the system&apos;s locale selects, named in that language</extracomment>
        <translation>Системный по умолчанию (%1)</translation>
    </message>
    <message>
        <source>The language applies at once, to dates and numbers too. Messages already written to the activity log and the record states stay in the language they were written in.</source>
        <translation>Язык применяется сразу, в том числе к датам и числам. Сообщения, уже записанные в журнал действий и состояния записей, остаются на языке, на котором они были записаны.</translation>
    </message>
</context>
<context>
    <name>dw::TableMapListModel</name>
    <message>
        <source>Never</source>
        <comment>map has not run yet</comment>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>The map does not capture changes: it is not running.</source>
        <translation>Сопоставление не фиксирует изменения: оно не выполняется.</translation>
    </message>
    <message>
        <source>%1 (Dataverse) %2 %3 (Finance)</source>
        <translation>%1 (Dataverse) %2 %3 (Финансы)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>number of queued changes</comment>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>number of failed records</comment>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Последний запуск</translation>
    </message>
    <message>
        <source>Served by</source>
        <comment>the worker that applies the map&apos;s changes</comment>
        <translation>Обслуживает</translation>
    </message>
</context>
<context>
    <name>dw::TableMapsPage</name>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Запуск не может продолжиться: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Не удается подсчитать изменения в очереди: %1</translation>
    </message>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Не удается прочитать сопоставления таблиц: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; saved as version %2.</source>
        <extracomment>%1 map name, %2 version number</extracomment>
        <translation>Сопоставление «%1» сохранено как версия %2.</translation>
    </message>
    <message>
        <source>Table map actions</source>
        <translation>Действия с сопоставлениями таблиц</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <comment>start maps</comment>
        <translation>&amp;Запустить…</translation>
    </message>
    <message>
        <source>Start the selected maps, with or without initial sync (%1)</source>
        <translation>Запустить выбранные сопоставления с начальной синхронизацией или без нее (%1)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>pause maps</comment>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>Pause the selected running maps; changes keep being queued (%1)</source>
        <translation>Приостановить выбранные выполняющиеся сопоставления; изменения продолжают ставиться в очередь (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <comment>resume maps</comment>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Resume the selected paused maps; queued changes are applied (%1)</source>
        <translation>Возобновить выбранные приостановленные сопоставления; изменения из очереди будут применены (%1)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>stop maps</comment>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the selected maps; changes are no longer captured (%1)</source>
        <translation>Остановить выбранные сопоставления; изменения больше не фиксируются (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a map</comment>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the current map; saving creates a new version (%1)</source>
        <translation>Изменить текущее сопоставление; при сохранении создается новая версия (%1)</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Create a table map (%1)</source>
        <translation>Создать сопоставление таблиц (%1)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>На&amp;йти:</translation>
    </message>
    <message>
        <source>Map name or table</source>
        <translation>Имя или таблица</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Все компоненты</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Сопоставления таблиц</translation>
    </message>
</context>
<context>
    <name>dw::ThroughputChart</name>
    <message>
        <source>Seconds since the start</source>
        <translation>Секунды с начала</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>Записей в секунду</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Диаграмма пропускной способности</translation>
    </message>
    <message>
        <source>Records taken up per second over the time of the run</source>
        <translation>Записей, обработанных в секунду, за время запуска</translation>
    </message>
</context>
<context>
    <name>dw::TransformEditor</name>
    <message>
        <source>No value (null)</source>
        <translation>Нет значения (null)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no transform</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Значение по умолчанию</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Константа</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Подстановка</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Сопоставление значений</translation>
    </message>
    <message>
        <source>The source value is written as it is.</source>
        <translation>Исходное значение записывается как есть.</translation>
    </message>
    <message>
        <source>&amp;Transform:</source>
        <translation>Преоб&amp;разование:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <comment>default or constant value</comment>
        <translation>Зна&amp;чение:</translation>
    </message>
    <message>
        <source>Lookup ta&amp;ble:</source>
        <translation>Таблица подс&amp;тановки:</translation>
    </message>
    <message>
        <source>Ke&amp;y column:</source>
        <comment>lookup column matched with the source value</comment>
        <translation>&amp;Ключевой столбец:</translation>
    </message>
    <message>
        <source>Val&amp;ue column:</source>
        <comment>lookup column written to the target</comment>
        <translation>Столбец з&amp;начения:</translation>
    </message>
    <message>
        <source>Always written to the target; the source value is not read.</source>
        <translation>Всегда записывается в целевой объект; исходное значение не читается.</translation>
    </message>
    <message>
        <source>Written to the target when the source value is empty.</source>
        <translation>Записывается в целевой объект, если исходное значение пустое.</translation>
    </message>
    <message>
        <source>Finds the row of a %1 table whose key column equals the source value and writes its value column to the target.</source>
        <extracomment>%1 is the environment (Dataverse or Finance) the field row reads from</extracomment>
        <translation>Находит строку таблицы %1, ключевой столбец которой равен исходному значению, и записывает ее столбец значения в целевой объект.</translation>
    </message>
</context>
<context>
    <name>dw::ValidationIssueModel</name>
    <message>
        <source>Code</source>
        <comment>validation issue code such as DW202</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>validation issue message</comment>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>dw::ValueMapEditor</name>
    <message>
        <source>Source value</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Add value mapping</source>
        <translation>Добавить сопоставление значения</translation>
    </message>
    <message>
        <source>Remove value mapping</source>
        <translation>Удалить сопоставление значения</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <comment>value map entries</comment>
        <translation>З&amp;аписи:</translation>
    </message>
    <message>
        <source>&amp;JSON:</source>
        <translation>&amp;JSON:</translation>
    </message>
    <message>
        <source>Value map entries</source>
        <translation>Записи сопоставления значений</translation>
    </message>
    <message>
        <source>Value map as JSON</source>
        <translation>Сопоставление значений в формате JSON</translation>
    </message>
</context>
<context>
    <name>dw::VersionCompareDialog</name>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>a map version: %1 number, %2 publisher, %3 when it was saved</extracomment>
        <translation>%1, издатель %2, %3</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <extracomment>%1 map name</extracomment>
        <translation>Сравнение версий %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same definition.</source>
        <translation>Версии %1 и %2 имеют одинаковое определение.</translation>
    </message>
    <message numerus="yes">
        <source>From version %1 to version %2: %n change(s).</source>
        <translation>
            <numerusform>От версии %1 до версии %2: %n изменение.</numerusform>
            <numerusform>От версии %1 до версии %2: %n изменения.</numerusform>
            <numerusform>От версии %1 до версии %2: %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Изменения между версиями</translation>
    </message>
</context>
<context>
    <name>dwadmin</name>
    <message>
        <source>Map created</source>
        <translation>Сопоставление создано</translation>
    </message>
    <message>
        <source>Map saved</source>
        <translation>Сопоставление сохранено</translation>
    </message>
    <message>
        <source>Version activated</source>
        <translation>Версия активирована</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Состояние изменено</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Запуск начат</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Запуск завершен</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Запуск завершился ошибкой</translation>
    </message>
    <message>
        <source>Records retried</source>
        <translation>Записи обработаны повторно</translation>
    </message>
    <message>
        <source>Records skipped</source>
        <translation>Записи пропущены</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>Cannot write to the activity log: %1</source>
        <translation>Не удается записать в журнал действий: %1</translation>
    </message>
    <message>
        <source>The activity simulator works on the SQLite environments of a demo workspace.</source>
        <translation>Симулятор действий работает со средами SQLite демонстрационной рабочей области.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>The Dataverse environment has no active project to simulate work on.</source>
        <translation>В среде Dataverse нет активного проекта для симуляции работы.</translation>
    </message>
    <message>
        <source>Cannot simulate activity: %1</source>
        <translation>Не удается симулировать действия: %1</translation>
    </message>
    <message>
        <source>No workspace at %1.</source>
        <translation>Рабочая область по пути %1 не найдена.</translation>
    </message>
    <message>
        <source>%1 (source key)</source>
        <translation>%1 (исходный ключ)</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: %3</source>
        <extracomment>%1 map name, %2 record key, %3 what went wrong</extracomment>
        <translation>Сопоставление «%1», запись %2: %3</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the row: %3</source>
        <translation>таблица %2 среды %1 отклонила строку: %3</translation>
    </message>
    <message>
        <source>the written row could not be read back: %1</source>
        <translation>не удается прочитать записанную строку: %1</translation>
    </message>
    <message>
        <source>the deletion cannot be applied: %1</source>
        <translation>не удается применить удаление: %1</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the deletion: %3</source>
        <translation>таблица %2 среды %1 отклонила удаление: %3</translation>
    </message>
    <message>
        <source>the %1 database is busy: %2</source>
        <translation>база данных %1 занята: %2</translation>
    </message>
    <message>
        <source>Cannot read record states: %1</source>
        <translation>Не удается прочитать состояния записей: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: changed in both Dataverse and Finance since the last sync; choose the version to keep.</source>
        <translation>Сопоставление «%1», запись %2: изменена и в Dataverse, и в Финансах после последней синхронизации; выберите версию, которую нужно сохранить.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not interpreted; it was ignored</source>
        <translation>«%1» не интерпретируется; пропущено</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>должно быть непустой строкой</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; has no attribute list</source>
        <translation>у сущности «%1» нет списка атрибутов</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; defines no columns</source>
        <translation>сущность «%1» не определяет столбцов</translation>
    </message>
    <message>
        <source>the entity has no sourceName and &apos;%1&apos; is no known Dataverse table; the table was named &apos;%2&apos;</source>
        <translation>у сущности нет sourceName, а «%1» не является известной таблицей Dataverse; таблица названа «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to a definition in another document; it was not imported</source>
        <translation>«%1» ссылается на определение в другом документе; не импортировано</translation>
    </message>
    <message>
        <source>must be an attribute object</source>
        <translation>должно быть объектом атрибута</translation>
    </message>
    <message>
        <source>attribute group &apos;%1&apos; is defined in another document; its attributes were not imported</source>
        <translation>группа атрибутов «%1» определена в другом документе; ее атрибуты не импортированы</translation>
    </message>
    <message>
        <source>must be an array of attributes</source>
        <translation>должно быть массивом атрибутов</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>the attribute has no name</source>
        <translation>у атрибута нет имени</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement level; expected none, recommended, required or systemrequired</source>
        <translation>«%1» — не уровень требования; ожидается none, recommended, required или systemrequired</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a whole number of characters</source>
        <translation>должно быть целым числом символов</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no sourceName (its Dataverse column name)</source>
        <translation>у атрибута «%1» нет sourceName (имени его столбца в Dataverse)</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no dataType</source>
        <translation>у атрибута «%1» нет dataType</translation>
    </message>
    <message>
        <source>the dataType of attribute &apos;%1&apos; is not a type name</source>
        <translation>dataType атрибута «%1» не является именем типа</translation>
    </message>
    <message>
        <source>unknown dataType &apos;%1&apos; of attribute &apos;%2&apos;</source>
        <translation>неизвестный dataType «%1» атрибута «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a second identifying attribute; the primary key stays &apos;%2&apos;</source>
        <translation>«%1» — второй идентифицирующий атрибут; первичным ключом остается «%2»</translation>
    </message>
    <message>
        <source>purpose &apos;%1&apos; of &apos;%2&apos; is not interpreted; it was imported as a plain column</source>
        <translation>назначение «%1» атрибута «%2» не интерпретируется; импортирован как обычный столбец</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a lookup whose target table the document does not name; it was imported without a lookup table</source>
        <translation>«%1» — подстановка, целевую таблицу которой документ не называет; импортирован без таблицы подстановки</translation>
    </message>
    <message>
        <source>entity attribute &apos;%1&apos; has no foreign key attribute; it was not imported</source>
        <translation>у атрибута сущности «%1» нет атрибута внешнего ключа; не импортирован</translation>
    </message>
    <message>
        <source>the foreign key of &apos;%1&apos; has no column name</source>
        <translation>у внешнего ключа «%1» нет имени столбца</translation>
    </message>
    <message>
        <source>the foreign key &apos;%1&apos; has dataType &apos;%2&apos;; it was imported as a GUID</source>
        <translation>внешний ключ «%1» имеет dataType «%2»; импортирован как GUID</translation>
    </message>
    <message>
        <source>the lookup &apos;%1&apos; names no target entity; it was imported without a lookup table</source>
        <translation>подстановка «%1» не называет целевую сущность; импортирована без таблицы подстановки</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, known as table &apos;%3&apos;, but identifies it by &apos;%4&apos;; &apos;%3&apos; was used</source>
        <translation>«%1» ссылается на %2, известную как таблица «%3», но идентифицирует ее по «%4»; использована «%3»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, which is no known Dataverse table; its table was taken to be &apos;%3&apos; from the key &apos;%4&apos; (a publisher prefix would not show there)</source>
        <translation>«%1» ссылается на %2, которая не является известной таблицей Dataverse; ее таблицей принята «%3» по ключу «%4» (префикс издателя там не виден)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, whose table cannot be determined; it was imported without a lookup table</source>
        <translation>«%1» ссылается на %2, таблицу которой определить нельзя; импортирован без таблицы подстановки</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is defined twice</source>
        <translation>столбец «%1» определен дважды</translation>
    </message>
    <message>
        <source>the entity has no identifying attribute; the primary key &apos;%1&apos; was added</source>
        <translation>у сущности нет идентифицирующего атрибута; добавлен первичный ключ «%1»</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>недопустимый JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>not a CDM document (expected a JSON object)</source>
        <translation>не документ CDM (ожидается объект JSON)</translation>
    </message>
    <message>
        <source>the document has no definitions</source>
        <translation>в документе нет определений</translation>
    </message>
    <message>
        <source>must be an array of definitions</source>
        <translation>должно быть массивом определений</translation>
    </message>
    <message>
        <source>no entity definition (an object with entityName) found</source>
        <translation>определение сущности (объект с entityName) не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n entity definition(s) found; one per document is supported</source>
        <translation>
            <numerusform>Найдено %n определение сущности; поддерживается одно на документ</numerusform>
            <numerusform>Найдено %n определения сущностей; поддерживается одно на документ</numerusform>
            <numerusform>Найдено %n определений сущностей; поддерживается одно на документ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an entity definition; it was ignored</source>
        <translation>%1: не определение сущности; пропущено</translation>
    </message>
    <message>
        <source>Change capture: %1</source>
        <translation>Фиксация изменений: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Не удается прочитать журнал изменений: %1</translation>
    </message>
    <message>
        <source>Cannot count queued changes: %1</source>
        <translation>Не удается подсчитать изменения в очереди: %1</translation>
    </message>
    <message>
        <source>Cannot purge the change log: %1</source>
        <translation>Не удается очистить журнал изменений: %1</translation>
    </message>
    <message>
        <source>The database driver %1 is not available in this installation.</source>
        <translation>Драйвер базы данных %1 недоступен в этой установке.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Не удается открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Не удается записать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the demo data generator: %1</source>
        <translation>Не удается подготовить генератор демонстрационных данных: %1</translation>
    </message>
    <message>
        <source>The demo environments must be SQLite databases.</source>
        <translation>Демонстрационные среды должны быть базами данных SQLite.</translation>
    </message>
    <message>
        <source>The built-in %1 schema is damaged: %2</source>
        <translation>Встроенная схема %1 повреждена: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 уже содержит рабочую область.</translation>
    </message>
    <message>
        <source>The built-in map template is damaged: %1</source>
        <translation>Встроенный шаблон сопоставлений поврежден: %1</translation>
    </message>
    <message>
        <source>Cannot move the new state store into place at %1.</source>
        <translation>Не удается поместить новое хранилище состояний в %1.</translation>
    </message>
    <message>
        <source>Cannot save the %1 environment: %2</source>
        <translation>Не удается сохранить среду %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the %1 environment: %2</source>
        <translation>Не удается прочитать среду %1: %2</translation>
    </message>
    <message>
        <source>The workspace has no %1 environment.</source>
        <translation>В рабочей области нет среды %1.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Target constraint</source>
        <translation>Ограничение цели</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Временная</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the saved position of the interrupted initial sync is damaged; start the initial sync again from the beginning.</source>
        <translation>Сопоставление «%1»: сохраненная позиция прерванной начальной синхронизации повреждена; запустите начальную синхронизацию заново с начала.</translation>
    </message>
    <message>
        <source>Cannot look up %1 in %2: %3</source>
        <translation>Не удается найти %1 в %2: %3</translation>
    </message>
    <message>
        <source>There is no map named &quot;%1&quot;.</source>
        <translation>Сопоставление с именем «%1» не найдено.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on itself, so no run order exists: %2.</source>
        <translation>Сопоставление «%1» зависит от самого себя, поэтому порядок запуска не существует: %2.</translation>
    </message>
    <message>
        <source>Maps depend on each other in a cycle, so no run order exists: %1.</source>
        <translation>Сопоставления циклически зависят друг от друга, поэтому порядок запуска не существует: %1.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on the map &apos;%2&apos;, which does not exist in the workspace.</source>
        <translation>Сопоставление «%1» зависит от сопоставления «%2», которого нет в рабочей области.</translation>
    </message>
    <message>
        <source>State store query failed: %1</source>
        <translation>Ошибка запроса к хранилищу состояний: %1</translation>
    </message>
    <message>
        <source>Field %1 ⇄ %2</source>
        <extracomment>a field mapping: %1 Finance column, %2 Dataverse column (either may be empty)</extracomment>
        <translation>Поле %1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>transform: the value written when the source is empty</extracomment>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <extracomment>transform: always this value</extracomment>
        <translation>Константа: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>after the first value map entries: how many more there are</extracomment>
        <translation>
            <numerusform>еще %n</numerusform>
            <numerusform>еще %n</numerusform>
            <numerusform>еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Value map: %1</source>
        <translation>Сопоставление значений: %1</translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>transform: %1 table, %2 column matched, %3 column written</extracomment>
        <translation>Подстановка: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Уведомить</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Приостановить сопоставление</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Остановить сопоставление</translation>
    </message>
    <message>
        <source>any</source>
        <comment>alert rule: errors of any class</comment>
        <translation>любой</translation>
    </message>
    <message>
        <source>%1 errors (%2) within %3 minutes: %4</source>
        <extracomment>%1 error count, %2 error class, %3 minutes, %4 action</extracomment>
        <translation>%1 ошибок (%2) за %3 мин: %4</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <extracomment>conflict policy; %1 Dataverse or Finance</extracomment>
        <translation>Приоритет у стороны %1</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Приоритет у последнего изменения</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Вручную: администратор выбирает сторону</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Dataverse table</source>
        <translation>Таблица Dataverse</translation>
    </message>
    <message>
        <source>Finance table</source>
        <translation>Таблица Финансов</translation>
    </message>
    <message>
        <source>Dataverse filter</source>
        <translation>Фильтр Dataverse</translation>
    </message>
    <message>
        <source>Finance filter</source>
        <translation>Фильтр Финансов</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Ключ интеграции</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Зависит от</translation>
    </message>
    <message>
        <source>Conflict policy</source>
        <translation>Политика конфликтов</translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation>Правило оповещения %1</translation>
    </message>
    <message>
        <source>Cannot start map &quot;%1&quot;: %2</source>
        <translation>Не удается запустить сопоставление «%1»: %2</translation>
    </message>
    <message>
        <source>Map started (%1); changes are captured from now on.</source>
        <translation>Сопоставление запущено (%1); изменения фиксируются с этого момента.</translation>
    </message>
    <message>
        <source>Only running maps can be paused; nothing was paused. Not running: %1</source>
        <translation>Приостановить можно только выполняющиеся сопоставления; ничего не приостановлено. Не выполняются: %1</translation>
    </message>
    <message>
        <source>Map paused; changes keep being queued.</source>
        <translation>Сопоставление приостановлено; изменения продолжают ставиться в очередь.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is %2, not paused; nothing was resumed.</source>
        <translation>Сопоставление «%1» в состоянии «%2», а не приостановлено; ничего не возобновлено.</translation>
    </message>
    <message>
        <source>Map resumed; its queued changes are applied next.</source>
        <translation>Сопоставление возобновлено; изменения из его очереди будут применены следующими.</translation>
    </message>
    <message>
        <source>Map stopped; changes are no longer captured.</source>
        <translation>Сопоставление остановлено; изменения больше не фиксируются.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: column %2 does not exist in the %3 table %4.</source>
        <translation>Сопоставление «%1»: столбец %2 не существует в таблице %4 среды %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no field that flows from %2 to %3.</source>
        <translation>В сопоставлении «%1» нет поля, передаваемого из %2 в %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no integration key.</source>
        <translation>У сопоставления «%1» нет ключа интеграции.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the key field %2 is not written from %3 to %4.</source>
        <translation>Сопоставление «%1»: ключевое поле %2 не записывается из %3 в %4.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 table %3 has no primary or unique key on the integration key (%4); add one so records can be found by their key.</source>
        <translation>Сопоставление «%1»: у таблицы %3 среды %2 нет первичного или уникального ключа по ключу интеграции (%4); добавьте его, чтобы записи можно было найти по ключу.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <extracomment>A field mapping: target column ← source column</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Не выполняется</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Инициализация</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>The stored definition of map &quot;%1&quot; is damaged: %2</source>
        <translation>Сохраненное определение сопоставления «%1» повреждено: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;: %2</source>
        <translation>Не удается сохранить сопоставление «%1»: %2</translation>
    </message>
    <message>
        <source>The map &quot;%1&quot; is given twice; nothing was saved.</source>
        <translation>Сопоставление «%1» указано дважды; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Cannot save the maps: %1</source>
        <translation>Не удается сохранить сопоставления: %1</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;; nothing was saved: %2</source>
        <extracomment>%1 map name, %2 why; no map of the batch is saved</extracomment>
        <translation>Не удается сохранить сопоставление «%1»; ничего не сохранено: %2</translation>
    </message>
    <message>
        <source>Map created with version %1 by %2.</source>
        <translation>Сопоставление создано с версией %1, издатель %2.</translation>
    </message>
    <message>
        <source>Map saved as version %1 by %2.</source>
        <translation>Сопоставление сохранено как версия %1, издатель %2.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no version %2.</source>
        <extracomment>%1 map name, %2 number of the stored version</extracomment>
        <translation>У сопоставления «%1» нет версии %2.</translation>
    </message>
    <message>
        <source>Cannot activate a version of map &quot;%1&quot;: %2</source>
        <translation>Не удается активировать версию сопоставления «%1»: %2</translation>
    </message>
    <message>
        <source>Version %1 by %2 activated.</source>
        <extracomment>activity log; %1 version number such as 1.0.0.3, %2 its publisher</extracomment>
        <translation>Активирована версия %1, издатель %2.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 table &apos;%3&apos; does not exist; correct the name or refresh the schema (like dual-write DIPV1018 and DIPV1020).</source>
        <translation>Сопоставление «%1»: таблица %2 «%3» не существует; исправьте имя или обновите схему (как DIPV1018 и DIPV1020 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; has no integration key: add a pair of key fields for Finance table &apos;%2&apos; and Dataverse table &apos;%3&apos; (like dual-write DIPV1003).</source>
        <translation>У сопоставления «%1» нет ключа интеграции: добавьте пару ключевых полей для таблицы Финансов «%2» и таблицы Dataverse «%3» (как DIPV1003 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names no %3 column of table &apos;%4&apos;.</source>
        <translation>Сопоставление «%1»: пара ключа интеграции %2 не называет столбец %3 таблицы «%4».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1025).</source>
        <translation>Сопоставление «%1»: пара ключа интеграции %2 называет столбец %3 «%4», который не существует (как DIPV1025 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 (Finance column &apos;%3&apos;, Dataverse column &apos;%4&apos;) is not mapped by any field mapping; map these two columns to each other (like dual-write DIPV1014).</source>
        <translation>Сопоставление «%1»: пара ключа интеграции %2 (столбец Финансов «%3», столбец Dataverse «%4») не сопоставлена ни одним сопоставлением полей; сопоставьте эти два столбца друг с другом (как DIPV1014 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; syncs both ways, but field mapping %2 of integration key pair %3 (Finance column &apos;%4&apos; %5 Dataverse column &apos;%6&apos;) is one-way; key fields must be mapped with &apos;=&apos; (like dual-write DIPV1004).</source>
        <translation>Сопоставление «%1» синхронизируется в обе стороны, но сопоставление поля %2 пары ключа интеграции %3 (столбец Финансов «%4» %5 столбец Dataverse «%6») одностороннее; ключевые поля должны сопоставляться с «=» (как DIPV1004 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names neither a Finance column (table &apos;%3&apos;) nor a Dataverse column (table &apos;%4&apos;).</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 не называет ни столбец Финансов (таблица «%3»), ни столбец Dataverse (таблица «%4»).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways but names no %3 column of table &apos;%4&apos;.</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 синхронизируется в обе стороны, но не называет столбец %3 таблицы «%4».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 writes to the %3 table &apos;%4&apos; but names no column there.</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 записывает в таблицу %3 «%4», но не называет в ней столбец.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names no %3 source column of table &apos;%4&apos; for the %5 column &apos;%6&apos;; a mapping without a source needs a Default or Constant transform (like dual-write DIPV1021).</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 не называет исходный столбец %3 таблицы «%4» для столбца %5 «%6»; сопоставлению без источника нужно преобразование «По умолчанию» или «Константа» (как DIPV1021 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1022 and DIPV1025).</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 называет столбец %3 «%4», который не существует (как DIPV1022 и DIPV1025 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos; to %5 column &apos;%6&apos;) has no entries, so every value would fail.</source>
        <translation>Сопоставление «%1»: в преобразовании «Сопоставление значений» сопоставления поля %2 (столбец %3 «%4» в столбец %5 «%6») нет записей, поэтому любое значение завершится ошибкой.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos;) lists the source value &apos;%5&apos; more than once (like dual-write DIPV1029).</source>
        <translation>Сопоставление «%1»: преобразование «Сопоставление значений» сопоставления поля %2 (столбец %3 «%4») содержит исходное значение «%5» более одного раза (как DIPV1029 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways, but its Value map transform maps more than one value to &apos;%3&apos;, so the %4 column &apos;%5&apos; cannot be mapped back to the %6 column &apos;%7&apos;.</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 синхронизируется в обе стороны, но его преобразование «Сопоставление значений» сопоставляет несколько значений с «%3», поэтому столбец %4 «%5» нельзя сопоставить обратно со столбцом %6 «%7».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 (Finance column &apos;%3&apos; = Dataverse column &apos;%4&apos;) syncs both ways, but a Lookup transform resolves values in one direction only; use one-way field mappings.</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 (столбец Финансов «%3» = столбец Dataverse «%4») синхронизируется в обе стороны, но преобразование «Подстановка» разрешает значения только в одном направлении; используйте односторонние сопоставления полей.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no lookup table.</source>
        <translation>Сопоставление «%1»: преобразование «Подстановка» сопоставления поля %2 (столбец %3 «%4») не называет таблицу подстановки.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no key column of the lookup table &apos;%5&apos;.</source>
        <translation>Сопоставление «%1»: преобразование «Подстановка» сопоставления поля %2 (столбец %3 «%4») не называет ключевой столбец таблицы подстановки «%5».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no value column of the lookup table &apos;%5&apos;.</source>
        <translation>Сопоставление «%1»: преобразование «Подстановка» сопоставления поля %2 (столбец %3 «%4») не называет столбец значения таблицы подстановки «%5».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the %3 table &apos;%4&apos;, which does not exist (like dual-write DIPV1018).</source>
        <translation>Сопоставление «%1»: преобразование «Подстановка» сопоставления поля %2 называет таблицу %3 «%4», которая не существует (как DIPV1018 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the key column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Сопоставление «%1»: преобразование «Подстановка» сопоставления поля %2 называет ключевой столбец «%3», которого нет в таблице %4 «%5».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the value column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Сопоставление «%1»: преобразование «Подстановка» сопоставления поля %2 называет столбец значения «%3», которого нет в таблице %4 «%5».</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Constant transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL).</source>
        <translation>Сопоставление «%1»: у преобразования «Константа» сопоставления поля %2 нет значения, но столбец %3 «%4» обязателен (NOT NULL).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Default transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL) (like dual-write DIPV1031).</source>
        <translation>Сопоставление «%1»: у преобразования «По умолчанию» сопоставления поля %2 нет значения, но столбец %3 «%4» обязателен (NOT NULL) (как DIPV1031 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 copies the %3 column &apos;%4&apos; (%5) to the %6 column &apos;%7&apos; (%8), which cannot be converted; use a Value map transform or another column (like dual-write DIPV1030).</source>
        <translation>Сопоставление «%1»: сопоставление поля %2 копирует столбец %3 «%4» (%5) в столбец %6 «%7» (%8), что невозможно преобразовать; используйте преобразование «Сопоставление значений» или другой столбец (как DIPV1030 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 column &apos;%3&apos; is written by field mappings %4 and %5 (like dual-write DIPV1026).</source>
        <translation>Сопоставление «%1»: столбец %2 «%3» записывается сопоставлениями полей %4 и %5 (как DIPV1026 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; writes to the %2 table &apos;%3&apos;, but no field mapping writes its required column &apos;%4&apos; (NOT NULL without a default); map it or give it a Default or Constant transform (like dual-write DIPV1010 and DIPV1031).</source>
        <translation>Сопоставление «%1» записывает в таблицу %2 «%3», но ни одно сопоставление полей не записывает ее обязательный столбец «%4» (NOT NULL без значения по умолчанию); сопоставьте его или задайте преобразование «По умолчанию» или «Константа» (как DIPV1010 и DIPV1031 в двойной записи).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter on table &apos;%3&apos; is not valid: %4 (like dual-write DIPV1012)</source>
        <translation>Сопоставление «%1»: фильтр источника %2 для таблицы «%3» недопустим: %4 (как DIPV1012 в двойной записи)</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter names the column &apos;%3&apos;, which the table &apos;%4&apos; does not have.</source>
        <translation>Сопоставление «%1»: фильтр источника %2 называет столбец «%3», которого нет в таблице «%4».</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote (&apos;) is missing</source>
        <translation>незавершенная строка: нет закрывающей кавычки (&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>«%1» — недопустимое число</translation>
    </message>
    <message>
        <source>a column name may have at most %1 characters; this one has %2</source>
        <translation>имя столбца может содержать не более %1 символов; в этом — %2</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>непредвиденный символ U+%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>непредвиденный символ «%1»</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>«)» без соответствующей «(»</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter but found %1</source>
        <translation>ожидается «and», «or» или конец фильтра, но найдено %1</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Позиция %1: %2</translation>
    </message>
    <message>
        <source>parentheses and &apos;not&apos; may be nested at most %1 levels deep</source>
        <translation>скобки и «not» могут быть вложены не более чем на %1 уровней</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1 but found %2</source>
        <translation>ожидается «)», закрывающая «(» в позиции %1, но найдено %2</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>нет «)», закрывающей «(» в позиции %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but found %1</source>
        <translation>ожидается столбец, значение или «(», но найдено %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but the filter ended</source>
        <translation>ожидается столбец, значение или «(», но фильтр закончился</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but found %1</source>
        <translation>ожидается оператор сравнения (eq, ne, gt, ge, lt, le), но найдено %1</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but the filter ended</source>
        <translation>ожидается оператор сравнения (eq, ne, gt, ge, lt, le), но фильтр закончился</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but found %2</source>
        <translation>ожидается столбец или значение после «%1», но найдено %2</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but the filter ended</source>
        <translation>ожидается столбец или значение после «%1», но фильтр закончился</translation>
    </message>
    <message>
        <source>a comparison needs a column on at least one side, not two values</source>
        <translation>сравнению нужен столбец хотя бы с одной стороны, а не два значения</translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne</source>
        <translation>null можно сравнивать только с помощью eq или ne</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 существует, но не является папкой.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удается создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удается создать %1: %2</translation>
    </message>
    <message>
        <source>Cannot skip records: %1</source>
        <translation>Не удается пропустить записи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped: %1</source>
        <translation>
            <numerusform>Пропущена %n запись: %1</numerusform>
            <numerusform>Пропущено %n записи: %1</numerusform>
            <numerusform>Пропущено %n записей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <extracomment>%1 is a field mapping such as &quot;ProjectId ← msdyn_project&quot;, %2 the cause</extracomment>
        <translation>поле %1: %2</translation>
    </message>
    <message>
        <source>the value %1 has no entry in the value map</source>
        <translation>для значения %1 нет записи в сопоставлении значений</translation>
    </message>
    <message>
        <source>Unable to lookup %1 with values {%2} (no row has %3 = %4)</source>
        <translation>Unable to lookup %1 with values {%2} (нет строки с %3 = %4)</translation>
    </message>
    <message>
        <source>%1 = %2 doesn&apos;t uniquely identify a %3 row</source>
        <translation>%1 = %2 не определяет строку %3 однозначно</translation>
    </message>
    <message>
        <source>the value is empty, but %1 is required</source>
        <translation>значение пустое, но %1 обязательно</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Не удается прочитать записи с ошибками: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: the source row no longer exists in the %3 table %4; skip the record or restore the row.</source>
        <translation>Сопоставление «%1», запись %2: исходная строка больше не существует в таблице %4 среды %3; пропустите запись или восстановите строку.</translation>
    </message>
    <message>
        <source>The process running it ended before the run finished.</source>
        <translation>Процесс, выполнявший запуск, завершился до его окончания.</translation>
    </message>
    <message>
        <source>There is no map with id %1.</source>
        <translation>Сопоставление с идентификатором %1 не найдено.</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: it has no name or no columns</source>
        <translation>Не удается создать таблицу «%1»: у нее нет имени или столбцов</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the name cannot be quoted safely</source>
        <translation>Не удается создать таблицу «%1»: имя нельзя безопасно заключить в кавычки</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the column name &apos;%2&apos; cannot be quoted safely</source>
        <translation>Не удается создать таблицу «%1»: имя столбца «%2» нельзя безопасно заключить в кавычки</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: %2</source>
        <translation>Не удается создать таблицу «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: the driver %2 is not supported</source>
        <translation>Не удается прочитать таблицы базы данных %1: драйвер %2 не поддерживается</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: %2</source>
        <translation>Не удается прочитать таблицы базы данных %1: %2</translation>
    </message>
    <message>
        <source>Table %1 does not exist in the %2 database</source>
        <translation>Таблица %1 не существует в базе данных %2</translation>
    </message>
    <message>
        <source>Table %1 is ambiguous in the %2 database: it matches the tables %3</source>
        <translation>Таблица %1 неоднозначна в базе данных %2: ей соответствуют таблицы %3</translation>
    </message>
    <message>
        <source>Cannot read table %1 of the %2 database: %3</source>
        <translation>Не удается прочитать таблицу %1 базы данных %2: %3</translation>
    </message>
    <message>
        <source>must be a column object</source>
        <translation>должно быть объектом столбца</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column type</source>
        <translation>«%1» — не тип столбца</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be a table name or null</source>
        <translation>должно быть именем таблицы или null</translation>
    </message>
    <message>
        <source>must be null, &quot;guid&quot;, &quot;now&quot; or a literal value</source>
        <translation>должно быть null, &quot;guid&quot;, &quot;now&quot; или литеральным значением</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation>должно быть непустым списком имен столбцов</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no column of the table</source>
        <translation>«%1» — не столбец этой таблицы</translation>
    </message>
    <message>
        <source>must be a table object</source>
        <translation>должно быть объектом таблицы</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>должно быть непустым списком</translation>
    </message>
    <message>
        <source>must be a list of keys</source>
        <translation>должно быть списком ключей</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>недопустимый JSON по смещению %1: %2</translation>
    </message>
    <message>
        <source>a schema is a JSON list of tables</source>
        <translation>схема — это список таблиц в формате JSON</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is defined twice</source>
        <translation>%1: таблица «%2» определена дважды</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 filter is not valid: %3</source>
        <translation>Сопоставление «%1»: фильтр %2 недопустим: %3</translation>
    </message>
    <message>
        <source>Cannot read the source table: %1</source>
        <translation>Не удается прочитать исходную таблицу: %1</translation>
    </message>
    <message>
        <source>Cannot count the source rows: %1</source>
        <translation>Не удается подсчитать исходные строки: %1</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>Не удается подготовить «%1»: %2</translation>
    </message>
    <message>
        <source>SQL &quot;%1&quot; failed: %2</source>
        <translation>Ошибка SQL «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Не удается выполнить %1: %2</translation>
    </message>
    <message>
        <source>%1, statement at line %2: %3</source>
        <translation>%1, инструкция в строке %2: %3</translation>
    </message>
    <message>
        <source>The state store %1 has schema version %2, but this dwadmin knows only up to version %3. It was written by a newer dwadmin; upgrade dwadmin to open it.</source>
        <translation>Хранилище состояний %1 имеет версию схемы %2, а этой версии dwadmin известны версии только до %3. Оно создано более новой версией dwadmin; обновите dwadmin, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the state store %1: %2</source>
        <translation>Не удается прочитать версию схемы хранилища состояний %1: %2</translation>
    </message>
    <message>
        <source>Cannot start migration %1 of the state store: %2</source>
        <translation>Не удается начать миграцию %1 хранилища состояний: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of the state store %3 failed: %4</source>
        <translation>Миграция %1 (%2) хранилища состояний %3 не выполнена: %4</translation>
    </message>
    <message>
        <source>%1 read, %2 inserted, %3 updated, %4 unchanged, %5 deleted, %6 failed, %7 conflicts</source>
        <translation>прочитано: %1, вставлено: %2, обновлено: %3, без изменений: %4, удалено: %5, с ошибкой: %6, конфликтов: %7</translation>
    </message>
    <message>
        <source>No map matches the request.</source>
        <translation>Ни одно сопоставление не соответствует запросу.</translation>
    </message>
    <message>
        <source>Initial sync from %1 finished: %2.</source>
        <translation>Начальная синхронизация из %1 завершена: %2.</translation>
    </message>
    <message>
        <source>Initial sync stopped; run it again to continue where it stopped.</source>
        <translation>Начальная синхронизация остановлена; запустите ее снова, чтобы продолжить с места остановки.</translation>
    </message>
    <message>
        <source>Initial sync stopped by the administrator: %1.</source>
        <translation>Начальная синхронизация остановлена администратором: %1.</translation>
    </message>
    <message>
        <source>Conflicts resolved with the %1 version: %2.</source>
        <translation>Конфликты разрешены в пользу версии %1: %2.</translation>
    </message>
    <message>
        <source>Failed records retried: %1.</source>
        <translation>Записи с ошибками обработаны повторно: %1.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes.</source>
        <translation>Оповещение: %1 ошибок (%2) за %3 мин.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was paused. Fix the cause, then resume it.</source>
        <translation>Оповещение: %1 ошибок (%2) за %3 мин; сопоставление приостановлено. Устраните причину, затем возобновите его.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was stopped.</source>
        <translation>Оповещение: %1 ошибок (%2) за %3 мин; сопоставление остановлено.</translation>
    </message>
    <message>
        <source>Queued changes applied; the map runs live again.</source>
        <translation>Изменения из очереди применены; сопоставление снова синхронизируется в реальном времени.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 (%2) of %n map(s) started.</source>
        <translation>
            <numerusform>Запуск %1 (%2) для %n сопоставления начат.</numerusform>
            <numerusform>Запуск %1 (%2) для %n сопоставлений начат.</numerusform>
            <numerusform>Запуск %1 (%2) для %n сопоставлений начат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n запись с ошибкой.</numerusform>
            <numerusform>%n записи с ошибкой.</numerusform>
            <numerusform>%n записей с ошибкой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 ended (%2): %3</source>
        <translation>Запуск %1 завершен (%2): %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run; its configuration has problems:
%2</source>
        <translation>Сопоставление «%1» не запущено; в его конфигурации есть проблемы:
%2</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: a table is missing.</source>
        <translation>Сопоставление «%1»: отсутствует таблица.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of a batch in the state store: %1</source>
        <translation>Не удается записать результат пакета в хранилище состояний: %1</translation>
    </message>
    <message>
        <source>A sync is already running. Wait for it to end or stop it first.</source>
        <translation>Синхронизация уже выполняется. Дождитесь ее окончания или сначала остановите ее.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Фактические данные</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Vendor invoices</source>
        <translation>Накладные поставщика</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <source>Finance → Dataverse</source>
        <translation>Финансы → Dataverse</translation>
    </message>
    <message>
        <source>Dataverse → Finance</source>
        <translation>Dataverse → Финансы</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>В обе стороны</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>должно быть целым числом от 1 до 1000000</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transform; expected default, valueMap, lookup or constant</source>
        <translation>«%1» — не преобразование; ожидается default, valueMap, lookup или constant</translation>
    </message>
    <message>
        <source>must be a string, number, true, false or null</source>
        <translation>должно быть строкой, числом, true, false или null</translation>
    </message>
    <message>
        <source>must be a string, number, true or false</source>
        <translation>должно быть строкой, числом, true или false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component; expected setup, estimates, actuals, invoices, expenses or vendorInvoices</source>
        <translation>«%1» — не компонент; ожидается setup, estimates, actuals, invoices, expenses или vendorInvoices</translation>
    </message>
    <message>
        <source>names neither a Finance nor a Dataverse field</source>
        <translation>не называет ни поле Финансов, ни поле Dataverse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; expected &apos;&gt;&apos;, &apos;&lt;&apos; or &apos;=&apos;</source>
        <translation>«%1» — не направление; ожидается «&gt;», «&lt;» или «=»</translation>
    </message>
    <message>
        <source>must be a map name</source>
        <translation>должно быть именем сопоставления</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conflict policy; expected master, newest or manual</source>
        <translation>«%1» — не политика конфликтов; ожидается master, newest или manual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a side; expected dataverse or finance</source>
        <translation>«%1» — не сторона; ожидается dataverse или finance</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert action; expected notify, pause or stop</source>
        <translation>«%1» — не действие оповещения; ожидается notify, pause или stop</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>Недопустимый JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot; and &quot;maps&quot;.</source>
        <translation>Ожидается объект JSON с &quot;format&quot; и &quot;maps&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported; this dwadmin reads %2</source>
        <translation>«%1» не поддерживается; эта версия dwadmin читает %2</translation>
    </message>
    <message>
        <source>a map with this name appears twice in the file</source>
        <translation>сопоставление с этим именем встречается в файле дважды</translation>
    </message>
    <message>
        <source>the database stayed busy (%1) through %2 attempts over %3 s</source>
        <translation>база данных оставалась занятой (%1) в течение %2 попыток за %3 с</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (the column holds %2)</source>
        <translation>«%1» — не число (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: the decimal separator is a point (the column holds %2)</source>
        <translation>«%1» — не число: десятичный разделитель — точка (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (the column holds %2)</source>
        <translation>«%1» — не целое число (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a fraction (the column holds %2)</source>
        <translation>«%1» содержит дробную часть (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range (the column holds %2)</source>
        <translation>«%1» вне допустимого диапазона (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number (the column holds %2)</source>
        <translation>«%1» — не конечное число (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is binary data (the column holds %2)</source>
        <translation>«%1» — двоичные данные (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8 text (the column holds %2)</source>
        <translation>«%1» — недопустимый текст UTF-8 (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a NUL character (the column holds %2)</source>
        <translation>«%1» содержит символ NUL (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true, false, 1 or 0 (the column holds %2)</source>
        <translation>«%1» — не true, false, 1 или 0 (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as 2024-02-29 or 2024-02-29T13:45:00Z (the column holds %2)</source>
        <translation>«%1» — не дата и время ISO 8601, например 2024-02-29 или 2024-02-29T13:45:00Z (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a date that does not exist (the column holds %2)</source>
        <translation>«%1» — несуществующая дата (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time or time zone offset out of range (the column holds %2)</source>
        <translation>в «%1» время или смещение часового пояса вне допустимого диапазона (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 32 hexadecimal digits such as 0f8fad5b-d9cb-469f-a165-70867728950e (the column holds %2)</source>
        <translation>«%1» — не 32 шестнадцатеричные цифры, например 0f8fad5b-d9cb-469f-a165-70867728950e (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 16 bytes long (the column holds %2)</source>
        <translation>длина «%1» не равна 16 байтам (столбец содержит %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not binary data (the column holds %2)</source>
        <translation>«%1» — не двоичные данные (столбец содержит %2)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is %n characters long; the column allows %2</source>
        <translation>
            <numerusform>длина «%1» — %n символ; столбец допускает %2</numerusform>
            <numerusform>длина «%1» — %n символа; столбец допускает %2</numerusform>
            <numerusform>длина «%1» — %n символов; столбец допускает %2</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <comment>what a column holds</comment>
        <translation>текст</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <comment>what a column holds</comment>
        <translation>целые числа</translation>
    </message>
    <message>
        <source>decimals</source>
        <comment>what a column holds</comment>
        <translation>десятичные числа</translation>
    </message>
    <message>
        <source>numbers</source>
        <comment>what a column holds</comment>
        <translation>числа</translation>
    </message>
    <message>
        <source>true/false</source>
        <comment>what a column holds</comment>
        <translation>истина/ложь</translation>
    </message>
    <message>
        <source>dates and times</source>
        <comment>what a column holds</comment>
        <translation>дату и время</translation>
    </message>
    <message>
        <source>GUIDs</source>
        <comment>what a column holds</comment>
        <translation>GUID</translation>
    </message>
    <message>
        <source>binary data</source>
        <comment>what a column holds</comment>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <source>No database file is given.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Для параметра %1 требуется значение.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>Параметр %1 указан более одного раза.</translation>
    </message>
    <message numerus="yes">
        <source>Entity %1 → table %2: %n column(s)</source>
        <translation>
            <numerusform>Сущность %1 → таблица %2: %n столбец</numerusform>
            <numerusform>Сущность %1 → таблица %2: %n столбца</numerusform>
            <numerusform>Сущность %1 → таблица %2: %n столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary key: %1</source>
        <translation>Первичный ключ: %1</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>СТОЛБЕЦ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>NULLABLE</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>LOOKUP</source>
        <translation>ПОДСТАНОВКА</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n предупреждение:</numerusform>
            <numerusform>%n предупреждения:</numerusform>
            <numerusform>%n предупреждений:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>Неизвестный формат «%1»; используйте table или json.</translation>
    </message>
    <message>
        <source>&quot;cdm show&quot; needs the entity file to read.</source>
        <translation>Для «cdm show» нужен файл сущности.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Непредвиденный аргумент «%1».</translation>
    </message>
    <message>
        <source>&quot;cdm&quot; needs an action: show.</source>
        <translation>Для «cdm» нужно действие: show.</translation>
    </message>
    <message>
        <source>Unknown cdm action &quot;%1&quot;.</source>
        <translation>Неизвестное действие cdm «%1».</translation>
    </message>
    <message>
        <source>No workspace at %1. Create one with &quot;dwadmin-cli demo create&quot; or start dwadmin once.</source>
        <translation>Рабочая область по пути %1 не найдена. Создайте ее командой «dwadmin-cli demo create» или запустите dwadmin один раз.</translation>
    </message>
    <message>
        <source>Run &quot;dwadmin-cli --help&quot; for usage.</source>
        <translation>Справка по использованию: «dwadmin-cli --help».</translation>
    </message>
    <message>
        <source>Say which maps: --map NAME (repeatable).</source>
        <translation>Укажите сопоставления: --map ИМЯ (можно повторять).</translation>
    </message>
    <message>
        <source>%1: %2, %3 queued change(s)</source>
        <translation>%1: %2, изменений в очереди: %3</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--scale должно быть целым числом от 1 до 1000, а не «%1».</translation>
    </message>
    <message>
        <source>Created the demo workspace at %1 (scale %2).</source>
        <translation>Демонстрационная рабочая область создана в %1 (масштаб %2).</translation>
    </message>
    <message>
        <source>--seconds must be a whole number of seconds (0: until stopped), not &quot;%1&quot;.</source>
        <translation>--seconds должно быть целым числом секунд (0 — до остановки), а не «%1».</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed должно быть целым числом, а не «%1».</translation>
    </message>
    <message>
        <source>Simulating activity in %1; stop with Ctrl+C.</source>
        <translation>Симуляция действий в %1; для остановки нажмите Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated %1 s of activity: %n change(s).</source>
        <translation>
            <numerusform>Симулировано %1 с действий: %n изменение.</numerusform>
            <numerusform>Симулировано %1 с действий: %n изменения.</numerusform>
            <numerusform>Симулировано %1 с действий: %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>  time approved: %1 (%2 actuals)</source>
        <translation>  утверждено время: %1 (фактических данных: %2)</translation>
    </message>
    <message>
        <source>  proforma invoices confirmed: %1 (%2 actuals)</source>
        <translation>  подтверждено проформ счетов: %1 (фактических данных: %2)</translation>
    </message>
    <message>
        <source>  expense reports posted: %1 (%2 lines)</source>
        <translation>  разнесено отчетов о расходах: %1 (строк: %2)</translation>
    </message>
    <message>
        <source>  vendor invoices posted: %1 (%2 lines)</source>
        <translation>  разнесено накладных поставщика: %1 (строк: %2)</translation>
    </message>
    <message>
        <source>  integration journals posted: %1 (%2 actuals written back)</source>
        <translation>  разнесено журналов интеграции: %1 (записано обратно фактических данных: %2)</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs an action: create or simulate.</source>
        <translation>Для «demo» нужно действие: create или simulate.</translation>
    </message>
    <message>
        <source>Unknown demo action &quot;%1&quot;.</source>
        <translation>Неизвестное действие demo «%1».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>КОМПОНЕНТ</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>ВЕРСИЯ</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>НАПР.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКИ</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>ПОСЛЕДНИЙ ЗАПУСК</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>&quot;maps&quot; needs an action: list, export, import or validate.</source>
        <translation>Для «maps» нужно действие: list, export, import или validate.</translation>
    </message>
    <message>
        <source>Unknown maps action &quot;%1&quot;.</source>
        <translation>Неизвестное действие maps «%1».</translation>
    </message>
    <message>
        <source>&quot;maps %1&quot; needs a file name (&quot;-&quot; for the standard streams).</source>
        <extracomment>%1 is &quot;export&quot; or &quot;import&quot;</extracomment>
        <translation>Для «maps %1» нужно имя файла («-» для стандартных потоков).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n map(s) to %1.</source>
        <translation>
            <numerusform>Экспортировано %n сопоставление в %1.</numerusform>
            <numerusform>Экспортировано %n сопоставления в %1.</numerusform>
            <numerusform>Экспортировано %n сопоставлений в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1: %2
Nothing was imported.</source>
        <translation>Не удается импортировать %1: %2
Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 holds no maps; nothing was imported.</source>
        <translation>%1 не содержит сопоставлений; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot import %1: the maps&apos; dependencies would not allow a run order.
Nothing was imported.</source>
        <translation>Не удается импортировать %1: зависимости сопоставлений не допускают порядка запуска.
Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: created, version %2</source>
        <translation>%1: создано, версия %2</translation>
    </message>
    <message>
        <source>%1: new version %2</source>
        <translation>%1: новая версия %2</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: без изменений</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s database %2 does not exist.</source>
        <translation>База данных %2 среды %1 не существует.</translation>
    </message>
    <message numerus="yes">
        <source>All %n map(s) are valid.</source>
        <translation>
            <numerusform>%n сопоставление допустимо.</numerusform>
            <numerusform>Все %n сопоставления допустимы.</numerusform>
            <numerusform>Все %n сопоставлений допустимы.</numerusform>
        </translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>СОПОСТАВЛЕНИЕ</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>СООБЩЕНИЕ</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Найдена %n проблема.</numerusform>
            <numerusform>Найдено %n проблемы.</numerusform>
            <numerusform>Найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>НАПРАВЛЕНИЕ</translation>
    </message>
    <message>
        <source>ERROR CLASS</source>
        <translation>КЛАСС ОШИБКИ</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>ПОПЫТКИ</translation>
    </message>
    <message>
        <source>LAST ATTEMPT</source>
        <translation>ПОСЛЕДНЯЯ ПОПЫТКА</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>Unknown component &quot;%1&quot;; use setup, estimates, actuals, invoices, expenses or vendorInvoices.</source>
        <translation>Неизвестный компонент «%1»; используйте setup, estimates, actuals, invoices, expenses или vendorInvoices.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use synced, failed, conflict, skipped or pending.</source>
        <translation>Неизвестное состояние «%1»; используйте synced, failed, conflict, skipped или pending.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Неизвестный формат «%1»; используйте table, csv или json.</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 inserted, %4 updated, %5 unchanged, %6 failed (%7 s)</source>
        <translation>%1: прочитано %2, вставлено %3, обновлено %4, без изменений %5, с ошибкой %6 (%7 с)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows, %4 failed</source>
        <translation>%1: %2 из %3 строк, с ошибкой %4</translation>
    </message>
    <message>
        <source>%1: record %2 is not a failed record; not retried.</source>
        <translation>%1: запись %2 не является записью с ошибкой; не обработана повторно.</translation>
    </message>
    <message>
        <source>Live sync stopped; the maps stay running and keep queueing changes for the next live run or worker.</source>
        <translation>Синхронизация в реальном времени остановлена; сопоставления остаются запущенными и продолжают ставить изменения в очередь для следующего запуска или рабочего процесса.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Остановлено. Выполните ту же команду снова, чтобы продолжить с места остановки.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; see &quot;dwadmin-cli records --status failed&quot;.</source>
        <translation>
            <numerusform>%n запись с ошибкой; см. «dwadmin-cli records --status failed».</numerusform>
            <numerusform>%n записи с ошибкой; см. «dwadmin-cli records --status failed».</numerusform>
            <numerusform>%n записей с ошибкой; см. «dwadmin-cli records --status failed».</numerusform>
        </translation>
    </message>
    <message>
        <source>--master must be dataverse or finance, not &quot;%1&quot;.</source>
        <translation>--master должно быть dataverse или finance, а не «%1».</translation>
    </message>
    <message>
        <source>Say which maps to run: --all, --map NAME (repeatable) or --component C.</source>
        <translation>Укажите, какие сопоставления запустить: --all, --map ИМЯ (можно повторять) или --component C.</translation>
    </message>
    <message>
        <source>--master applies to --initial runs.</source>
        <translation>--master применяется к запускам с --initial.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.1 to 3600.</source>
        <translation>--interval должно быть числом секунд от 0.1 до 3600.</translation>
    </message>
    <message>
        <source>Say what to retry: --map NAME [--key K]… or --all-failed.</source>
        <translation>Укажите, что обработать повторно: --map ИМЯ [--key K]… или --all-failed.</translation>
    </message>
    <message>
        <source>--key needs exactly one --map.</source>
        <translation>Для --key нужен ровно один --map.</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>run outcome</comment>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>С ошибками</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Остановлен</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>run outcome</comment>
        <translation>Прерван</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая область: %1</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>СИНХР.</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>КОНФЛИКТЫ</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ПРОПУЩЕНО</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>ОЖИДАНИЕ</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>В ОЧЕРЕДИ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>RESUMABLE</source>
        <translation>ВОЗОБНОВЛЯЕМЫЙ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>Queued changes cannot be counted: %1</source>
        <translation>Не удается подсчитать изменения в очереди: %1</translation>
    </message>
    <message>
        <source>Unknown state store error.</source>
        <translation>Неизвестная ошибка хранилища состояний.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Неизвестный язык «%1»; используйте один из кодов %2 или system.</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot write to.</source>
        <translation>Среда %1 использует драйвер %2, через который синхронизация не может записывать данные.</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot read from.</source>
        <translation>Среда %1 использует драйвер %2, через который синхронизация не может читать данные.</translation>
    </message>
    <message>
        <source>Cannot open database %1: another process has held it locked for more than 5 s; run again when that process is done.</source>
        <translation>Не удается открыть базу данных %1: другой процесс удерживает ее заблокированной более 5 с; запустите снова, когда этот процесс завершится.</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Не удается прочитать таблицу %1: %2</translation>
    </message>
    <message>
        <source>The %1 environment uses a database driver dwadmin cannot read from.</source>
        <translation>Среда %1 использует драйвер базы данных, через который dwadmin не может читать данные.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Не удается записать файл экспорта: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: %2 is not a column the record&apos;s %3 row may be edited in.</source>
        <translation>Сопоставление «%1»: %2 — не столбец, который можно изменять в строке записи в среде %3.</translation>
    </message>
    <message>
        <source>Cannot write to the %1 table %2: %3</source>
        <translation>Не удается записать в таблицу %2 среды %1: %3</translation>
    </message>
    <message>
        <source>The %1 table %2 refused the new values of record %3: %4</source>
        <extracomment>%1 side, %2 table, %3 record key, %4 the database&apos;s message.</extracomment>
        <translation>Таблица %2 среды %1 отклонила новые значения записи %3: %4</translation>
    </message>
    <message>
        <source>Record %1 has no row in the %2 table %3 any more.</source>
        <translation>У записи %1 больше нет строки в таблице %3 среды %2.</translation>
    </message>
    <message>
        <source>The target database %1 was deleted, moved or replaced during the run; nothing more was written to it. Restore the file and run again.</source>
        <translation>Целевая база данных %1 была удалена, перемещена или заменена во время запуска; больше в нее ничего не записывалось. Восстановите файл и запустите снова.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run: the %2 environment&apos;s database %3 is read-only; allow this user to write it.</source>
        <translation>Сопоставление «%1» не запущено: база данных %3 среды %2 доступна только для чтения; разрешите этому пользователю запись в нее.</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>не должно содержать управляющих символов</translation>
    </message>
    <message>
        <source>%1: served by %2; its changes are applied there.</source>
        <translation>%1: его обслуживает %2, там же применяются его изменения.</translation>
    </message>
    <message>
        <source>Worker stopped; its map leases are given back.</source>
        <translation>Рабочий процесс остановлен; его аренды сопоставлений освобождены.</translation>
    </message>
    <message>
        <source>--lease must be a number of seconds from 1 to 3600 and at least three times the interval.</source>
        <translation>--lease должно быть числом секунд от 1 до 3600 и не меньше утроенного интервала.</translation>
    </message>
    <message>
        <source>Worker %1 serves the running maps of %2 (every %3 s, lease %4 s) until SIGTERM or SIGINT.</source>
        <translation>Рабочий процесс %1 обслуживает выполняющиеся сопоставления рабочей области %2 (каждые %3 с, аренда %4 с) до получения SIGTERM или SIGINT.</translation>
    </message>
    <message>
        <source>SERVED BY</source>
        <translation>ОБСЛУЖИВАЕТ</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; stopped: the connection to the %2 environment was lost and did not come back (%3). Nothing of the unfinished page was written; run the map again once the server is back and it continues where it stopped.</source>
        <translation>Сопоставление «%1» остановлено: соединение со средой %2 потеряно и не восстановилось (%3). Из незавершенной страницы ничего не записано; запустите сопоставление снова, когда сервер станет доступен, и оно продолжит с места остановки.</translation>
    </message>
    <message>
        <source>Cannot read the lease of map %1: %2</source>
        <translation>Не удается прочитать аренду сопоставления %1: %2</translation>
    </message>
    <message>
        <source>Cannot take the lease of map %1: %2</source>
        <translation>Не удается получить аренду сопоставления %1: %2</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>другой рабочий процесс</translation>
    </message>
    <message>
        <source>Cannot give back the map leases of %1: %2</source>
        <translation>Не удается освободить аренды сопоставлений рабочего процесса %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the map leases: %1</source>
        <translation>Не удается прочитать аренды сопоставлений: %1</translation>
    </message>
    <message>
        <source>no connection after %1 attempts over %2 s: %3</source>
        <translation>нет соединения после %1 попыток за %2 с: %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is now served by %2, taken over from %3, which stopped renewing its lease.</source>
        <translation>Обслуживание сопоставления «%1» перешло к %2 от %3, который перестал продлевать аренду.</translation>
    </message>
    <message>
        <source>Map created with version %1.</source>
        <translation>Сопоставление создано с версией %1.</translation>
    </message>
    <message>
        <source>Map saved as version %1.</source>
        <translation>Сопоставление сохранено как версия %1.</translation>
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
        <translation>Использование: dwadmin-cli [--workspace DIR] КОМАНДА [АРГУМЕНТЫ]

Администрирование рабочей области dwadmin из скриптов, cron и на серверах.

Команды:
  maps list [--format table|json]   Список сопоставлений таблиц с состоянием
                                    и счетчиками
  maps export FILE                  Записать активные версии сопоставлений
                                    в FILE (- — стандартный вывод) в формате
                                    dwadmin-maps/1
  maps import FILE                  Импортировать сопоставления из FILE
                                    (- — стандартный ввод): все или, при любой
                                    ошибке, ни одного
  maps validate [--map NAME]... [--format table|json]
                                    Проверить сопоставления по обеим средам
  run (--all | --map NAME... | --component C) [--initial [--master SIDE]] [--live]
      [--interval SECONDS]          --initial: полная передача с главной
                                    стороны (dataverse или finance) в порядке
                                    зависимостей; прерванная передача
                                    продолжается с места остановки.
                                    --live: запустить сопоставления и применять
                                    их изменения до SIGINT/SIGTERM;
                                    сопоставления остаются запущенными.
                                    Без обоих: один раз применить то, что
                                    в очереди
  worker [--interval SECONDS] [--lease SECONDS] [--name NAME]
                                    Обслуживать все выполняющиеся
                                    сопоставления, аренду которых может
                                    получить этот рабочий процесс (один
                                    процесс на сопоставление), до SIGTERM;
                                    для systemd (resources/systemd/)
  retry (--map NAME [--key K]... | --all-failed)
                                    Повторить записи с ошибками по текущим
                                    строкам
  pause|resume|stop --map NAME...   Приостановить (изменения продолжают
                                    вставать в очередь), возобновить
                                    (изменения из очереди применяются) или
                                    остановить сопоставления
  status [--format table|json]      Состояние, счетчики записей и последний
                                    запуск каждого сопоставления
  records [--map NAME]... [--component C] [--status S] [--format F]
                                    Состояния записей. S: synced, failed,
                                    conflict, skipped или pending.
                                    F: table, csv или json
  cdm show FILE [--format table|json]
                                    Показать таблицу, которую описывает файл
                                    сущности Common Data Model (*.cdm.json)
  workspace init --state-store postgresql://[USER@]HOST[:PORT]/DATABASE
                                    Сделать DIR рабочей областью, состояние
                                    которой хранится на этом сервере
                                    PostgreSQL и используется совместно
                                    консолями и рабочими процессами (пароль
                                    в ней не хранится)
  demo create [--scale N]           Создать демонстрационную рабочую область
                                    (N=1: небольшая компания)
  demo simulate [--seconds S]       Изменять демонстрационные среды так, как
                                    это делают Project Operations и Финансы
                                    (до остановки или в течение S секунд)

Параметры:
  --workspace DIR   Папка рабочей области (по умолчанию: %1)
  --lang CODE       Язык сообщений: %2 или system
                    (по умолчанию — язык локали из LANG или LC_MESSAGES)
  --help            Показать эту справку
  --version         Показать версию

Коды завершения: 0 — успешно, 1 — есть записи с ошибками, 2 — ошибка
использования или конфигурации.
</translation>
    </message>
    <message>
        <source>--state-store must be a PostgreSQL address such as postgresql://dwadmin@db.example.com:5432/dwadmin, not &quot;%1&quot;.</source>
        <translation>--state-store должно быть адресом PostgreSQL, например postgresql://dwadmin@db.example.com:5432/dwadmin, а не «%1».</translation>
    </message>
    <message>
        <source>--state-store must not contain a password: dwadmin never stores one. Give it through PGPASSWORD or ~/.pgpass, or when the console asks.</source>
        <translation>--state-store не должно содержать пароль: dwadmin никогда не сохраняет пароли. Укажите его в PGPASSWORD или ~/.pgpass либо введите, когда консоль его запросит.</translation>
    </message>
    <message>
        <source>--state-store must give a database name after the host, as in postgresql://host/dwadmin.</source>
        <translation>В --state-store после имени сервера должно быть указано имя базы данных, например postgresql://host/dwadmin.</translation>
    </message>
    <message>
        <source>workspace init needs --state-store ADDRESS.</source>
        <translation>Для «workspace init» требуется --state-store ADDRESS.</translation>
    </message>
    <message>
        <source>The workspace at %1 keeps its state in %2 (schema version %3).</source>
        <translation>Рабочая область по пути %1 хранит свое состояние в %2 (версия схемы %3).</translation>
    </message>
    <message>
        <source>Unknown workspace action &quot;%1&quot;; use init.</source>
        <translation>Неизвестное действие workspace «%1»; используйте init.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none is known; dwadmin asks for it before the next run.</source>
        <translation>Сервер PostgreSQL для %1 запрашивает пароль, но он неизвестен; dwadmin запросит его перед следующим запуском.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none was given. Set it in the PGPASSWORD environment variable or add a line for this connection to ~/.pgpass.</source>
        <translation>Сервер PostgreSQL для %1 запрашивает пароль, но он не указан. Задайте его в переменной среды PGPASSWORD или добавьте строку для этого подключения в ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2); dwadmin asks for it again before the next run.</source>
        <translation>Сервер PostgreSQL для %1 отклонил пароль (%2); dwadmin снова запросит его перед следующим запуском.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2). Give the right one in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>Сервер PostgreSQL для %1 отклонил пароль (%2). Укажите правильный пароль в переменной среды PGPASSWORD или в ~/.pgpass.</translation>
    </message>
    <message>
        <source>The state store %1 already holds a workspace.</source>
        <translation>Хранилище состояний %1 уже содержит рабочую область.</translation>
    </message>
    <message>
        <source>Cannot connect to the %1 environment: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why</extracomment>
        <translation>Не удается подключиться к среде %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the state store&apos;s bookkeeping: %1</source>
        <translation>Не удается подготовить служебные данные хранилища состояний: %1</translation>
    </message>
    <message>
        <source>Cannot open the state store %1: %2</source>
        <translation>Не удается открыть хранилище состояний %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at offset %2: %3).</source>
        <translation>%1 содержит недопустимый JSON (по смещению %2: %3).</translation>
    </message>
    <message>
        <source>%1 does not name a state store: it needs &quot;format&quot;: &quot;%2&quot; and a &quot;stateStore&quot; with &quot;driver&quot;: &quot;QPSQL&quot; and a &quot;database&quot;.</source>
        <translation>%1 не указывает хранилище состояний: требуются &quot;format&quot;: &quot;%2&quot; и &quot;stateStore&quot; с &quot;driver&quot;: &quot;QPSQL&quot; и &quot;database&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for the Project Operations dual-write integration.</source>
        <translation>Консоль администрирования интеграции с двойной записью Project Operations.</translation>
    </message>
    <message>
        <source>Use the workspace in DIR (created as a demo if empty).</source>
        <translation>Использовать рабочую область в DIR (если она пуста, создается демонстрационная).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show the user interface in CODE (%1, or system) for this start, instead of the language chosen in Settings.</source>
        <extracomment>%1 the language codes dwadmin ships</extracomment>
        <translation>Показывать интерфейс на языке CODE (%1 или system) при этом запуске вместо языка, выбранного в параметрах.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.
</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Неизвестный язык «%1»; используйте один из кодов %2 или system.
</translation>
    </message>
</context>
</TS>
