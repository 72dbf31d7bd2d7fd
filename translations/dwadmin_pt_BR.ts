<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>MapEditorTasks</name>
    <message>
        <source>A map named &quot;%1&quot; was created meanwhile.</source>
        <translation>Um mapa chamado &quot;%1&quot; foi criado nesse meio-tempo.</translation>
    </message>
    <message>
        <source>The map was started while it was edited; stop it and save again.</source>
        <translation>O mapa foi iniciado enquanto era editado; pare-o e salve novamente.</translation>
    </message>
</context>
<context>
    <name>MapServingText</name>
    <message>
        <source>This console</source>
        <comment>the map is served by this very program</comment>
        <translation>Este console</translation>
    </message>
    <message>
        <source>No worker serves the map.</source>
        <translation>Nenhum processo de trabalho atende o mapa.</translation>
    </message>
    <message numerus="yes">
        <source>Served by this console (%1) since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Atendido por este console (%1) desde %2; última pulsação há %n segundo.</numerusform>
            <numerusform>Atendido por este console (%1) desde %2; última pulsação há %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 since %2; last heartbeat %n second(s) ago.</source>
        <extracomment>%1 worker name, %2 date and time the lease was taken</extracomment>
        <translation>
            <numerusform>Atendido por %1 desde %2; última pulsação há %n segundo.</numerusform>
            <numerusform>Atendido por %1 desde %2; última pulsação há %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not served: the lease of %1 expired at %2 (last heartbeat at %3); the worker is presumed gone.</source>
        <extracomment>%1 worker name, %2 date and time the lease expired, %3 of the last heartbeat</extracomment>
        <translation>Não atendido: a concessão de %1 expirou em %2 (última pulsação em %3); presume-se que o processo de trabalho não existe mais.</translation>
    </message>
    <message>
        <source>Not served: %1 ran on this machine and its process has ended (last heartbeat at %2); the worker is gone.</source>
        <extracomment>%1 worker name, %2 date and time of its last heartbeat</extracomment>
        <translation>Não atendido: %1 era executado nesta máquina e seu processo terminou (última pulsação em %2); o processo de trabalho não existe mais.</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
</context>
<context>
    <name>ValueMapJson</name>
    <message>
        <source>expected &apos;{&apos; to start the value map</source>
        <translation>esperado &apos;{&apos; para iniciar o mapa de valores</translation>
    </message>
    <message>
        <source>expected a source value in double quotes</source>
        <translation>esperado um valor de origem entre aspas duplas</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the source value</source>
        <translation>esperado &apos;:&apos; após o valor de origem</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the target value</source>
        <translation>esperado &apos;,&apos; ou &apos;}&apos; após o valor de destino</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>texto inesperado após o &apos;}&apos; de fechamento</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <extracomment>%1 is a 1-based character position, %2 what is wrong there</extracomment>
        <translation>Posição %1: %2</translation>
    </message>
    <message>
        <source>a line break or control character must be written as an escape such as \n</source>
        <translation>uma quebra de linha ou um caractere de controle deve ser escrito como sequência de escape, como \n</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote is missing</source>
        <translation>cadeia não terminada: falta a aspa de fechamento</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>sequência de escape inválida</translation>
    </message>
    <message>
        <source>a target value must be text, a number, true or false</source>
        <translation>um valor de destino deve ser texto, um número, true ou false</translation>
    </message>
    <message>
        <source>null is not a target value; write &quot;&quot; for empty text</source>
        <translation>null não é um valor de destino; escreva &quot;&quot; para texto vazio</translation>
    </message>
    <message>
        <source>expected a target value</source>
        <translation>esperado um valor de destino</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value; put text in double quotes</source>
        <translation>&apos;%1&apos; não é um valor; coloque o texto entre aspas duplas</translation>
    </message>
</context>
<context>
    <name>dw::ActivityLogPage</name>
    <message>
        <source>M&amp;ap:</source>
        <translation>Ma&amp;pa:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <comment>kind of activity log entry</comment>
        <translation>E&amp;vento:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Pe&amp;ríodo:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <comment>time</comment>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>time</comment>
        <translation>A&amp;té:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Locali&amp;zar:</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Todos os mapas</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos os eventos</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>kind of activity log entry</comment>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>time range chosen by hand</comment>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower time bound</comment>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>no upper time bound</comment>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Entradas a partir de</translation>
    </message>
    <message>
        <source>Entries before</source>
        <translation>Entradas anteriores a</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Texto na mensagem</translation>
    </message>
    <message>
        <source>Find in the activity log</source>
        <translation>Localizar no log de atividades</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Log de atividades</translation>
    </message>
    <message>
        <source>Double-click an entry, or press Enter, to open its run; an entry that belongs to no run opens its map.</source>
        <translation>Clique duas vezes em uma entrada ou pressione Enter para abrir a execução dela; uma entrada que não pertence a nenhuma execução abre o mapa dela.</translation>
    </message>
    <message>
        <source>Show &amp;run</source>
        <translation>Mostrar e&amp;xecução</translation>
    </message>
    <message>
        <source>Open the current entry&apos;s run on the Runs page (Enter or double-click)</source>
        <translation>Abrir a execução da entrada atual na página Execuções (Enter ou clique duplo)</translation>
    </message>
    <message>
        <source>Show ma&amp;p</source>
        <translation>Mo&amp;strar mapa</translation>
    </message>
    <message>
        <source>Select the current entry&apos;s map on the Table maps page</source>
        <translation>Selecionar o mapa da entrada atual na página Mapas de tabela</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the activity log</comment>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the activity log again</source>
        <translation>Ler o log de atividades novamente</translation>
    </message>
    <message>
        <source>Counting the entries…</source>
        <translation>Contando as entradas…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter.</source>
        <translation>
            <numerusform>%n entrada corresponde ao filtro.</numerusform>
            <numerusform>%n entradas correspondem ao filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>activity log entry kind</comment>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>activity log message</comment>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>The entry is about the whole workspace or a map that has since been deleted.</source>
        <translation>A entrada se refere ao espaço de trabalho inteiro ou a um mapa excluído desde então.</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of an activity log entry</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>number of the run an activity log entry belongs to</comment>
        <translation>Execução</translation>
    </message>
</context>
<context>
    <name>dw::AlertRuleModel</name>
    <message>
        <source>Any error</source>
        <comment>alert rule error class</comment>
        <translation>Qualquer erro</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Pausar o mapa</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Parar o mapa</translation>
    </message>
    <message>
        <source>Errors of class</source>
        <translation>Erros da classe</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>number of errors that triggers an alert</comment>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>Em minutos</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what an alert rule does</comment>
        <translation>Ação</translation>
    </message>
</context>
<context>
    <name>dw::EditReplayDialog</name>
    <message>
        <source>Edit and replay %1</source>
        <extracomment>%1 is the record&apos;s business key.</extracomment>
        <translation>Editar e reenviar %1</translation>
    </message>
    <message>
        <source>Correct the values in the %1 table %2, then send the record to %3 again. The row is changed in %1 itself.</source>
        <extracomment>%1 source side, %2 source table, %3 target side.</extracomment>
        <translation>Corrija os valores na tabela %2 do %1 e depois envie o registro novamente para o %3. A linha é alterada no próprio %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>A key field: changing it would make another record.</source>
        <translation>Campo de chave: alterá-lo criaria outro registro.</translation>
    </message>
    <message>
        <source>Written to %1 as %2</source>
        <extracomment>%1 the target side, %2 the value written there.</extracomment>
        <translation>Gravado no %1 como %2</translation>
    </message>
    <message>
        <source>Save and &amp;retry</source>
        <translation>Salvar e &amp;repetir</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentSection</name>
    <message>
        <source>&amp;Browse…</source>
        <comment>choose a database file</comment>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Arquivo SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL (driver not installed)</source>
        <translation>PostgreSQL (driver não instalado)</translation>
    </message>
    <message>
        <source>Path of the environment&apos;s database file</source>
        <translation>Caminho do arquivo de banco de dados do ambiente</translation>
    </message>
    <message>
        <source>Dri&amp;ver:</source>
        <comment>database driver</comment>
        <translation>D&amp;river:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <comment>database file</comment>
        <translation>Ar&amp;quivo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <comment>database server</comment>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <comment>database server port</comment>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <comment>database name on the server</comment>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <comment>database user name</comment>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Choose the database file of the %1 environment.</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Escolha o arquivo de banco de dados do ambiente %1.</translation>
    </message>
    <message>
        <source>Give the host and the database of the %1 environment.</source>
        <translation>Informe o host e o banco de dados do ambiente %1.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n table(s) found.</source>
        <translation>
            <numerusform>Conectado: %n tabela encontrada.</numerusform>
            <numerusform>Conectado: %n tabelas encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Não é possível conectar: %1</translation>
    </message>
    <message>
        <source>Database file of the %1 environment</source>
        <translation>Arquivo de banco de dados do ambiente %1</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bancos de dados SQLite (*.db *.sqlite *.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Kept for this session only; never written to disk</source>
        <translation>Mantida somente nesta sessão; nunca é gravada em disco</translation>
    </message>
</context>
<context>
    <name>dw::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>Ambientes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the environments</comment>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Dataverse</source>
        <translation>&amp;Dataverse</translation>
    </message>
    <message>
        <source>&amp;Finance</source>
        <translation>&amp;Finance</translation>
    </message>
    <message>
        <source>Reading the environments…</source>
        <translation>Lendo os ambientes…</translation>
    </message>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation>Não é possível ler os ambientes: %1</translation>
    </message>
    <message>
        <source>Saving the environments…</source>
        <translation>Salvando os ambientes…</translation>
    </message>
    <message>
        <source>The environments could not be saved: %1</source>
        <translation>Não foi possível salvar os ambientes: %1</translation>
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
        <translation>Nos dois sentidos</translation>
    </message>
    <message>
        <source>Default: (none)</source>
        <comment>default value transform without value</comment>
        <translation>Padrão: (nenhum)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <comment>default value transform</comment>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>Constant: (none)</source>
        <comment>constant transform without value</comment>
        <translation>Constante: (nenhuma)</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <comment>constant transform</comment>
        <translation>Constante: %1</translation>
    </message>
    <message numerus="yes">
        <source>Value map (%n mapping(s))</source>
        <translation>
            <numerusform>Mapa de valores (%n mapeamento)</numerusform>
            <numerusform>Mapa de valores (%n mapeamentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>%1 table, %2 key column matched with the source value, %3 column written to the target</extracomment>
        <translation>Pesquisa: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Campo do Finance</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>column of the field mappings; header kept short</comment>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Campo do Dataverse</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformação</translation>
    </message>
</context>
<context>
    <name>dw::FieldMappingsEditor</name>
    <message>
        <source>Type: %1</source>
        <extracomment>%1 a column type id such as text or integer</extracomment>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mapeamentos de campo</translation>
    </message>
    <message>
        <source>Add field mapping</source>
        <translation>Adicionar mapeamento de campo</translation>
    </message>
    <message>
        <source>Remove field mapping</source>
        <translation>Remover mapeamento de campo</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformação</translation>
    </message>
    <message>
        <source>Transform of row %1: %2 %3 %4</source>
        <extracomment>%1 row number, %2 Finance field, %3 direction symbol, %4 Dataverse field</extracomment>
        <translation>Transformação da linha %1: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationDiagram</name>
    <message>
        <source>never</source>
        <comment>a map that has not run yet</comment>
        <translation>nunca</translation>
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
        <translation>Visão geral da integração</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 map name, %2 component name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dataverse table %1, Finance table %2: %3</source>
        <extracomment>%1 Dataverse table, %2 Finance table, %3 direction such as &quot;Dataverse → Finance&quot;</extracomment>
        <translation>Tabela do Dataverse %1, tabela do Finance %2: %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Status: %1 — %2</translation>
    </message>
    <message>
        <source>Queued: not known, the queues could not be counted</source>
        <translation>Na fila: quantidade desconhecida, não foi possível contar as filas</translation>
    </message>
    <message>
        <source>Queued: none, the map does not capture changes</source>
        <translation>Na fila: nenhuma, o mapa não captura alterações</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <comment>changes waiting to be applied</comment>
        <translation>Na fila: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>records that failed</comment>
        <translation>Com falha: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Última execução: %1</translation>
    </message>
    <message>
        <source>Click or press Enter to open the map.</source>
        <translation>Clique ou pressione Enter para abrir o mapa.</translation>
    </message>
    <message>
        <source>The workspace has no table maps.</source>
        <translation>O espaço de trabalho não tem mapas de tabela.</translation>
    </message>
    <message>
        <source>Reading the table maps…</source>
        <translation>Lendo os mapas de tabela…</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>records of a map that failed</comment>
        <translation>%1 com falha</translation>
    </message>
</context>
<context>
    <name>dw::IntegrationOverviewPage</name>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Não é possível ler os mapas de tabela: %1</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Não é possível contar as alterações na fila: %1</translation>
    </message>
    <message>
        <source>Each arrow is a table map, pointing the way its data flows between Dataverse and Finance, in the colour of its status. Click a map, or choose it with the arrow keys and press Enter, to open it.</source>
        <translation>Cada seta representa um mapa de tabela, aponta no sentido em que os dados dele fluem entre o Dataverse e o Finance e tem a cor do status dele. Para abrir um mapa, clique nele ou escolha-o com as teclas de seta e pressione Enter.</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Visão geral da integração</translation>
    </message>
</context>
<context>
    <name>dw::MainWindow</name>
    <message>
        <source>A run is going</source>
        <translation>Uma execução está em andamento</translation>
    </message>
    <message>
        <source>dwadmin — dual-write administration</source>
        <translation>dwadmin — administração da gravação dupla</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import maps…</source>
        <translation>&amp;Importar mapas…</translation>
    </message>
    <message>
        <source>&amp;Export maps…</source>
        <translation>E&amp;xportar mapas…</translation>
    </message>
    <message>
        <source>Apply &amp;template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>Aplicar &amp;modelo &quot;Project Operations integrated with ERP&quot;</translation>
    </message>
    <message>
        <source>En&amp;vironments…</source>
        <translation>Am&amp;bientes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Maps</source>
        <comment>menu of table map actions</comment>
        <translation>&amp;Mapas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Table maps</source>
        <translation>&amp;Mapas de tabela</translation>
    </message>
    <message>
        <source>Run &amp;monitor</source>
        <translation>Monitor de e&amp;xecuções</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About dwadmin</source>
        <translation>&amp;Sobre o dwadmin</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Mapas de tabela</translation>
    </message>
    <message>
        <source>Run monitor</source>
        <translation>Monitor de execuções</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abrindo o espaço de trabalho…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Criando o espaço de trabalho de demonstração…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Não foi possível abrir o espaço de trabalho.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não é possível abrir o espaço de trabalho</translation>
    </message>
    <message>
        <source>Table map files</source>
        <translation>Arquivos de mapas de tabela</translation>
    </message>
    <message>
        <source>About dwadmin</source>
        <translation>Sobre o dwadmin</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Administration console for the dual-write integration between Dynamics 365 Project Operations (Dataverse) and Dynamics 365 Finance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dwadmin %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Console de administração da integração de gravação dupla entre o Dynamics 365 Project Operations (Dataverse) e o Dynamics 365 Finance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Execuções</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Runs</source>
        <comment>history of runs</comment>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>&amp;Integration overview</source>
        <translation>Visão geral da &amp;integração</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Log de atividades</translation>
    </message>
    <message>
        <source>Integration overview</source>
        <translation>Visão geral da integração</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Log de atividades</translation>
    </message>
    <message>
        <source>Workspace: %1 (state store: %2)</source>
        <translation>Espaço de trabalho: %1 (repositório de estados: %2)</translation>
    </message>
</context>
<context>
    <name>dw::MapChangeModel</name>
    <message>
        <source>Added</source>
        <comment>map version comparison</comment>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>map version comparison</comment>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>map version comparison</comment>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>map version comparison: what changed</comment>
        <translation>Item</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versão mais antiga</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versão mais recente</translation>
    </message>
</context>
<context>
    <name>dw::MapDetailView</name>
    <message>
        <source>Cannot read the map &quot;%1&quot;: %2</source>
        <translation>Não é possível ler o mapa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the reader gave no reason</source>
        <comment>why the queue cannot be read</comment>
        <translation>o leitor não informou o motivo</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Não é possível ler a fila: %1</translation>
    </message>
    <message>
        <source>Dataverse %1 %2 Finance %3</source>
        <extracomment>%1 Dataverse table, %2 direction symbol, %3 Finance table</extracomment>
        <translation>Dataverse %1 %2 Finance %3</translation>
    </message>
    <message>
        <source>Dataverse filter: %1</source>
        <translation>Filtro do Dataverse: %1</translation>
    </message>
    <message>
        <source>Finance filter: %1</source>
        <translation>Filtro do Finance: %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Depende de: %1</translation>
    </message>
    <message>
        <source>The map has had no initial sync yet.</source>
        <translation>O mapa ainda não teve sincronização inicial.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>run outcome</comment>
        <translation>em execução</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>run outcome</comment>
        <translation>concluída</translation>
    </message>
    <message>
        <source>stopped by the administrator</source>
        <comment>run outcome</comment>
        <translation>parada pelo administrador</translation>
    </message>
    <message>
        <source>ended with failures</source>
        <comment>run outcome</comment>
        <translation>encerrada com falhas</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>run outcome</comment>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>Latest initial sync: run %1, %2.</source>
        <extracomment>%1 run number, %2 outcome such as &quot;completed&quot;</extracomment>
        <translation>Última sincronização inicial: execução %1, %2.</translation>
    </message>
    <message>
        <source>the map&apos;s own master</source>
        <comment>initial sync master side</comment>
        <translation>o lado mestre do próprio mapa</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>duration of an initial sync in seconds, e.g. &quot;12.4 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n failed record(s); the list loads more as you scroll.</source>
        <translation>
            <numerusform>%n registro com falha; a lista carrega mais conforme você rola.</numerusform>
            <numerusform>%n registros com falha; a lista carrega mais conforme você rola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Lendo a fila…</translation>
    </message>
    <message>
        <source>Total queued record count: 0. Changes are queued while the map is paused and until a live run applies them.</source>
        <translation>Contagem total de registros na fila: 0. As alterações entram na fila enquanto o mapa está pausado e até que uma execução em tempo real as aplique.</translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n, in the order they will be applied.</source>
        <translation>
            <numerusform>Contagem total de registros na fila: %n, na ordem em que serão aplicados.</numerusform>
            <numerusform>Contagem total de registros na fila: %n, na ordem em que serão aplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total queued record count: %n; the next %1 to be applied are listed.</source>
        <extracomment>%n total queued, %1 how many are listed</extracomment>
        <translation>
            <numerusform>Contagem total de registros na fila: %n; os próximos %1 a serem aplicados estão listados.</numerusform>
            <numerusform>Contagem total de registros na fila: %n; os próximos %1 a serem aplicados estão listados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this run still failed:</source>
        <translation>
            <numerusform>%n registro desta execução ainda falhou:</numerusform>
            <numerusform>%n registros desta execução ainda falharam:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field ma&amp;ppings</source>
        <translation>Mapeamentos de &amp;campo</translation>
    </message>
    <message>
        <source>&amp;Initial sync details</source>
        <translation>Detalhes da sincronização &amp;inicial</translation>
    </message>
    <message>
        <source>&amp;Queued records</source>
        <translation>Registros na &amp;fila</translation>
    </message>
    <message>
        <source>Failed &amp;records</source>
        <translation>&amp;Registros com falha</translation>
    </message>
    <message>
        <source>Activity &amp;log</source>
        <translation>&amp;Log de atividades</translation>
    </message>
    <message>
        <source>Alert setti&amp;ngs</source>
        <translation>Configurações de &amp;alerta</translation>
    </message>
    <message>
        <source>Ver&amp;sions</source>
        <translation>&amp;Versões</translation>
    </message>
    <message>
        <source>Map detail</source>
        <translation>Detalhes do mapa</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mapeamentos de campo</translation>
    </message>
    <message>
        <source>Failed records of the initial sync</source>
        <translation>Registros com falha da sincronização inicial</translation>
    </message>
    <message>
        <source>Queued records</source>
        <translation>Registros na fila</translation>
    </message>
    <message>
        <source>Failed records</source>
        <translation>Registros com falha</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Log de atividades</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Regras de alerta</translation>
    </message>
    <message>
        <source>An alert rule counts failed records of a class within a time window and then notifies, pauses or stops the map. Rules are edited with the map; a running map applies changed rules after it is started again.</source>
        <translation>Uma regra de alerta conta os registros com falha de uma classe em uma janela de tempo e então notifica, pausa ou para o mapa. As regras são editadas com o mapa; um mapa em execução aplica as regras alteradas depois de ser iniciado novamente.</translation>
    </message>
    <message>
        <source>Master:</source>
        <comment>initial sync master side</comment>
        <translation>Mestre:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <comment>of an initial sync</comment>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Read:</source>
        <comment>rows read</comment>
        <translation>Lidos:</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Inseridos:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizados:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inalterados:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <comment>records that failed</comment>
        <translation>Com falha:</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorDialog</name>
    <message>
        <source>New table map</source>
        <translation>Novo mapa de tabela</translation>
    </message>
    <message>
        <source>Table map %1</source>
        <translation>Mapa de tabela %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <comment>save the map as a new version</comment>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Reading the map and the schemas of both environments…</source>
        <translation>Lendo o mapa e os esquemas dos dois ambientes…</translation>
    </message>
    <message>
        <source>The map cannot be opened: %1</source>
        <translation>Não é possível abrir o mapa: %1</translation>
    </message>
    <message>
        <source>The %1 environment cannot be read, so its tables and columns count as unknown: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why its schema could not be read</extracomment>
        <translation>Não é possível ler o ambiente %1, por isso suas tabelas e colunas são consideradas desconhecidas: %2</translation>
    </message>
    <message>
        <source>Stop the map?</source>
        <translation>Parar o mapa?</translation>
    </message>
    <message>
        <source>Editing requires the map to be stopped. Stop it now?</source>
        <translation>Para editar, o mapa precisa estar parado. Pará-lo agora?</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;: %2. Changes made while a map is stopped are not synchronized; starting it again begins afresh.</source>
        <extracomment>%1 map name, %2 its status such as Running or Paused</extracomment>
        <translation>Status de &quot;%1&quot;: %2. As alterações feitas enquanto um mapa está parado não são sincronizadas; iniciá-lo novamente começa do zero.</translation>
    </message>
    <message>
        <source>Stopping the map…</source>
        <translation>Parando o mapa…</translation>
    </message>
    <message>
        <source>The map could not be stopped, so it cannot be edited: %1</source>
        <translation>Não foi possível parar o mapa, por isso ele não pode ser editado: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <extracomment>%n is the number of validation problems listed below this label</extracomment>
        <translation>
            <numerusform>&amp;Problemas (%n):</numerusform>
            <numerusform>&amp;Problemas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new map a name.</source>
        <translation>Dê um nome ao novo mapa.</translation>
    </message>
    <message>
        <source>A map named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Já existe um mapa chamado &quot;%1&quot;; escolha outro nome.</translation>
    </message>
    <message>
        <source>The Value map JSON does not parse; correct it or edit the table.</source>
        <translation>Não é possível analisar o JSON do mapa de valores; corrija-o ou edite a tabela.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) listed above to save the map.</source>
        <translation>
            <numerusform>Corrija o %n problema listado acima para salvar o mapa.</numerusform>
            <numerusform>Corrija os %n problemas listados acima para salvar o mapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>Saving version %1…</source>
        <translation>Salvando a versão %1…</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>Não foi possível salvar o mapa: %1</translation>
    </message>
</context>
<context>
    <name>dw::MapEditorForm</name>
    <message>
        <source>&amp;General</source>
        <comment>map editor tab</comment>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>Field &amp;mappings</source>
        <translation>&amp;Mapeamentos de campo</translation>
    </message>
    <message>
        <source>Integration &amp;key</source>
        <translation>&amp;Chave de integração</translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation>&amp;Dependências</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Campo do Finance</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Campo do Dataverse</translation>
    </message>
    <message>
        <source>Integration key pairs</source>
        <translation>Pares da chave de integração</translation>
    </message>
    <message>
        <source>Add key pair</source>
        <translation>Adicionar par de chaves</translation>
    </message>
    <message>
        <source>Remove key pair</source>
        <translation>Remover par de chaves</translation>
    </message>
    <message>
        <source>The integration &amp;fields identify a record on both sides: the alternate key of the Dataverse table and the matching Finance fields. Each pair must also be mapped by a field row.</source>
        <translation>Os campos de &amp;integração identificam um registro nos dois lados: a chave alternativa da tabela do Dataverse e os campos correspondentes do Finance. Cada par também precisa ser mapeado por uma linha de campo.</translation>
    </message>
    <message>
        <source>Maps this map depends on</source>
        <translation>Mapas dos quais este mapa depende</translation>
    </message>
    <message>
        <source>Maps that must &amp;run before this one (initial sync order):</source>
        <translation>Mapas que devem ser &amp;executados antes deste (ordem da sincronização inicial):</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Regras de alerta</translation>
    </message>
    <message>
        <source>Add alert rule</source>
        <translation>Adicionar regra de alerta</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Remover regra de alerta</translation>
    </message>
    <message>
        <source>Alert &amp;rules: when this many errors of a class happen within the minutes given, notify, pause or stop the map. A running map applies new rules when restarted.</source>
        <translation>&amp;Regras de alerta: quando esse número de erros de uma classe ocorrer dentro dos minutos informados, notificar, pausar ou parar o mapa. Um mapa em execução aplica as novas regras quando é reiniciado.</translation>
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
        <translation>Arquivos de mapas (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import maps</source>
        <translation>Importar mapas</translation>
    </message>
    <message>
        <source>Export maps</source>
        <translation>Exportar mapas</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicar modelo</translation>
    </message>
    <message>
        <source>Add the maps of the template &quot;Project Operations integrated with ERP&quot; to this workspace? A map that exists already gets a new version when the template&apos;s definition differs; nothing is deleted.</source>
        <translation>Adicionar os mapas do modelo &quot;Project Operations integrated with ERP&quot; a este espaço de trabalho? Um mapa já existente recebe uma nova versão quando a definição do modelo é diferente; nada é excluído.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file path, %2 why</extracomment>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>the template &quot;Project Operations integrated with ERP&quot;</source>
        <translation>o modelo &quot;Project Operations integrated with ERP&quot;</translation>
    </message>
    <message>
        <source>Cannot import the maps of %1: %2</source>
        <extracomment>%1 file path or template name, %2 the problem</extracomment>
        <translation>Não é possível importar os mapas de %1: %2</translation>
    </message>
    <message>
        <source>Maps of %1 imported: %2 created, %3 saved as a new version, %4 unchanged.</source>
        <extracomment>%1 file path or template name; then counts of maps</extracomment>
        <translation>Mapas de %1 importados: %2 criados, %3 salvos como nova versão, %4 inalterados.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) exported to %1.</source>
        <translation>
            <numerusform>%n mapa exportado para %1.</numerusform>
            <numerusform>%n mapas exportados para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::MapTablesEditor</name>
    <message>
        <source>A name no other map has</source>
        <translation>Um nome que nenhum outro mapa tenha</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an issue code such as DW402, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>map name</comment>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>C&amp;omponente:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <comment>Dataverse table</comment>
        <translation>&amp;Tabela:</translation>
    </message>
    <message>
        <source>Source filte&amp;r:</source>
        <comment>Dataverse filter</comment>
        <translation>Filt&amp;ro de origem:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <comment>Finance table</comment>
        <translation>Ta&amp;bela:</translation>
    </message>
    <message>
        <source>Source &amp;filter:</source>
        <comment>Finance filter</comment>
        <translation>&amp;Filtro de origem:</translation>
    </message>
    <message>
        <source>All rows, or e.g. %1</source>
        <translation>Todas as linhas ou, por exemplo, %1</translation>
    </message>
    <message>
        <source>Conflicts in two-way maps</source>
        <translation>Conflitos em mapas bidirecionais</translation>
    </message>
    <message>
        <source>Conflict polic&amp;y:</source>
        <translation>Po&amp;lítica de conflito:</translation>
    </message>
    <message>
        <source>Master s&amp;ide:</source>
        <translation>Lado m&amp;estre:</translation>
    </message>
    <message>
        <source>Master side wins</source>
        <translation>O lado mestre prevalece</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>A alteração mais recente prevalece</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Manual: o administrador escolhe um lado</translation>
    </message>
    <message>
        <source>A conflict is a record changed on both sides since its last sync.</source>
        <translation>Um conflito é um registro alterado nos dois lados desde a última sincronização.</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionModel</name>
    <message>
        <source>Active</source>
        <comment>the version in use</comment>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when a version was saved</comment>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>State</source>
        <comment>whether the version is the active one</comment>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>dw::MapVersionsTab</name>
    <message>
        <source>Activate version</source>
        <translation>Ativar versão</translation>
    </message>
    <message>
        <source>Make version %1 the active version of &quot;%2&quot;? A running map keeps its current definition until it is started again.</source>
        <extracomment>%1 version number, %2 map name</extracomment>
        <translation>Tornar a versão %1 a versão ativa de &quot;%2&quot;? Um mapa em execução mantém a definição atual até ser iniciado novamente.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>Cannot activate version %1 of &quot;%2&quot;: %3</source>
        <translation>Não é possível ativar a versão %1 de &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is now active.</source>
        <translation>A versão %1 de &quot;%2&quot; agora está ativa.</translation>
    </message>
    <message>
        <source>Cannot compare the versions: %1</source>
        <translation>Não é possível comparar as versões: %1</translation>
    </message>
    <message>
        <source>Several versions of a map can be stored; one is active and runs. Select a version to activate it or compare it with the active one, or select two to compare them.</source>
        <translation>Várias versões de um mapa podem ser armazenadas; uma delas está ativa e é executada. Selecione uma versão para ativá-la ou compará-la com a ativa, ou selecione duas para compará-las.</translation>
    </message>
    <message>
        <source>Table map versions</source>
        <translation>Versões do mapa de tabela</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>Make the selected version the active one</source>
        <translation>Tornar a versão selecionada a ativa</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Show what changed, field by field</source>
        <translation>Mostrar o que mudou, campo a campo</translation>
    </message>
</context>
<context>
    <name>dw::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Lembrar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Password for the %1 environment</source>
        <extracomment>%1 Dataverse or Finance</extracomment>
        <translation>Senha do ambiente %1</translation>
    </message>
    <message>
        <source>Read back from the keychain at the next start.</source>
        <translation>A senha é lida do chaveiro na próxima inicialização.</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is kept for this session only.</source>
        <translation>Nenhum chaveiro do sistema está disponível; a senha é mantida somente nesta sessão.</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s PostgreSQL server asks for the password of %2.</source>
        <extracomment>%1 Dataverse or Finance, %2 user@host:port/database</extracomment>
        <translation>O servidor PostgreSQL do ambiente %1 solicita a senha de %2.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>The server refused the password given before.</source>
        <translation>O servidor recusou a senha informada anteriormente.</translation>
    </message>
</context>
<context>
    <name>dw::QueuedChangeModel</name>
    <message>
        <source>Insert</source>
        <comment>captured change</comment>
        <translation>Inserção</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>captured change</comment>
        <translation>Exclusão</translation>
    </message>
    <message>
        <source>Update</source>
        <comment>captured change</comment>
        <translation>Atualização</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Chave de integração</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturada em</translation>
    </message>
</context>
<context>
    <name>dw::RecordDetailView</name>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Valores nos dois lados</translation>
    </message>
    <message>
        <source>Select a record to see its error, its values on both sides and its history.</source>
        <translation>Selecione um registro para ver o erro, os valores nos dois lados e o histórico dele.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the record&apos;s business key, %2 its table map.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <source>Reading the record from Dataverse and Finance…</source>
        <translation>Lendo o registro do Dataverse e do Finance…</translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation>Não foi possível ler os valores: %1</translation>
    </message>
    <message>
        <source>Dataverse has no row in %1 for this record.</source>
        <translation>O Dataverse não tem nenhuma linha em %1 para este registro.</translation>
    </message>
    <message>
        <source>Finance has no row in %1 for this record.</source>
        <translation>O Finance não tem nenhuma linha em %1 para este registro.</translation>
    </message>
    <message>
        <source>Its source row is gone: skip the record or restore the row.</source>
        <translation>A linha de origem não existe mais: ignore o registro ou restaure a linha.</translation>
    </message>
    <message>
        <source>That side shows what a sync would write from the current source row (source: %1).</source>
        <translation>Esse lado mostra o que uma sincronização gravaria a partir da linha de origem atual (origem: %1).</translation>
    </message>
    <message>
        <source>Both sides agree on every mapped field (source: %1).</source>
        <translation>Os dois lados coincidem em todos os campos mapeados (origem: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from what the source gives (source: %1).</source>
        <translation>
            <numerusform>%n campo difere do que a origem fornece (origem: %1).</numerusform>
            <numerusform>%n campos diferem do que a origem fornece (origem: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Histórico&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n tentativa.</numerusform>
            <numerusform>%n tentativas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt in run %1 (%2, started %3, %4).</source>
        <extracomment>%1 run number, %2 run kind (initial, retry, …), %3 start time, %4 outcome.</extracomment>
        <translation>Última tentativa na execução %1 (%2, iniciada em %3, %4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · error class: %2</source>
        <translation>%1 · classe de erro: %2</translation>
    </message>
</context>
<context>
    <name>dw::RecordIssueModel</name>
    <message>
        <source>Integration key</source>
        <translation>Chave de integração</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe de erro</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Última tentativa</translation>
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
        <translation>A lista não pode ser classificada por esta coluna.</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Chave de negócio</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map of a record</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Última tentativa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>dw::RecordValuesModel</name>
    <message>
        <source>(no row)</source>
        <translation>(nenhuma linha)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n byte&gt;</numerusform>
            <numerusform>&lt;%n bytes&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(no row; would get %1)</source>
        <extracomment>The target has no row for the record yet; %1 is the value a sync would write.</extracomment>
        <translation>(nenhuma linha; receberia %1)</translation>
    </message>
    <message>
        <source>The record has no row in %1 yet.</source>
        <translation>O registro ainda não tem linha no %1.</translation>
    </message>
    <message>
        <source>From the current source row the map would write %1 to %2.</source>
        <extracomment>%1 is the value the map would write, %2 the target side (Dataverse or Finance).</extracomment>
        <translation>A partir da linha de origem atual, o mapa gravaria %1 no %2.</translation>
    </message>
    <message>
        <source>The two sides hold different values.</source>
        <translation>Os dois lados contêm valores diferentes.</translation>
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
        <translation>Nos dois sentidos</translation>
    </message>
    <message>
        <source>Dataverse field</source>
        <translation>Campo do Dataverse</translation>
    </message>
    <message>
        <source>Dataverse value</source>
        <translation>Valor do Dataverse</translation>
    </message>
    <message>
        <source>Flow</source>
        <comment>direction of a field</comment>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Finance field</source>
        <translation>Campo do Finance</translation>
    </message>
    <message>
        <source>Finance value</source>
        <translation>Valor do Finance</translation>
    </message>
</context>
<context>
    <name>dw::RecordsPage</name>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Map</source>
        <comment>table map filter</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no lower date bound</comment>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no upper date bound</comment>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Last attempt from</source>
        <translation>Última tentativa a partir de</translation>
    </message>
    <message>
        <source>Last attempt to</source>
        <translation>Última tentativa até</translation>
    </message>
    <message>
        <source>Text in the key or the error</source>
        <translation>Texto na chave ou no erro</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Localizar registros</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>M&amp;ap:</source>
        <translation>Ma&amp;pa:</translation>
    </message>
    <message>
        <source>Last attempt &amp;from:</source>
        <translation>Ú&amp;ltima tentativa de:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>last attempt date</comment>
        <translation>a&amp;té:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Locali&amp;zar:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Sync the selected failed records again from their current source rows (Ctrl+R)</source>
        <translation>Sincronizar novamente os registros com falha selecionados a partir das linhas de origem atuais (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; replay…</source>
        <translation>&amp;Editar e reenviar…</translation>
    </message>
    <message>
        <source>Correct the source values of the selected failed record, then retry it (F2)</source>
        <translation>Corrigir os valores de origem do registro com falha selecionado e depois repeti-lo (F2)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <source>Mark the selected failed or conflicting records as skipped</source>
        <translation>Marcar como ignorados os registros selecionados com falha ou em conflito</translation>
    </message>
    <message>
        <source>Take &amp;Dataverse</source>
        <translation>Manter &amp;Dataverse</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Dataverse version</source>
        <translation>Resolver os conflitos selecionados com a versão do Dataverse</translation>
    </message>
    <message>
        <source>Take &amp;Finance</source>
        <translation>Manter &amp;Finance</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the Finance version</source>
        <translation>Resolver os conflitos selecionados com a versão do Finance</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Write the filtered list to a CSV file</source>
        <translation>Gravar a lista filtrada em um arquivo CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload the records</comment>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>The retry was stopped.</source>
        <translation>A repetição foi parada.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <extracomment>A filter on the records of one run; clicking the button removes it.</extracomment>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Only records whose last attempt was in run %1; click to show all runs</source>
        <translation>Somente os registros cuja última tentativa foi na execução %1; clique para mostrar todas as execuções</translation>
    </message>
    <message>
        <source>Remove the filter on run %1</source>
        <translation>Remover o filtro da execução %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a record status, %2 how many records have it under the other filters.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed or in conflict</source>
        <translation>
            <numerusform>%n registro com falha ou em conflito</numerusform>
            <numerusform>%n registros com falha ou em conflito</numerusform>
        </translation>
    </message>
    <message>
        <source>All maps of the component</source>
        <translation>Todos os mapas do componente</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Todos os status (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed — synced %1, failed %2, conflict %3, skipped %4, pending %5</source>
        <extracomment>The counts of the records listed, by status.</extracomment>
        <translation>
            <numerusform>%n registro listado — sincronizados: %1, com falha: %2, em conflito: %3, ignorados: %4, pendentes: %5</numerusform>
            <numerusform>%n registros listados — sincronizados: %1, com falha: %2, em conflito: %3, ignorados: %4, pendentes: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying the selected records…</source>
        <translation>Repetindo os registros selecionados…</translation>
    </message>
    <message>
        <source>Resolving the selected conflicts…</source>
        <translation>Resolvendo os conflitos selecionados…</translation>
    </message>
    <message>
        <source>Writing the new values to %1…</source>
        <translation>Gravando os novos valores no %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped.</source>
        <translation>
            <numerusform>%n registro ignorado.</numerusform>
            <numerusform>%n registros ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>records-%1.csv</source>
        <translation>registros-%1.csv</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n registro exportado para %1.</numerusform>
            <numerusform>%n registros exportados para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent again; synced: %1, failed: %2.</source>
        <extracomment>%1 records that went across, %2 records that failed again.</extracomment>
        <translation>
            <numerusform>%n registro reenviado; sincronizados: %1, com falha: %2.</numerusform>
            <numerusform>%n registros reenviados; sincronizados: %1, com falha: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::RunController</name>
    <message>
        <source>The window is closing; no run can start.</source>
        <translation>A janela está sendo fechada; nenhuma execução pode ser iniciada.</translation>
    </message>
    <message>
        <source>An initial sync is going. Wait for it to end, or stop it in the run monitor first.</source>
        <translation>Uma sincronização inicial está em andamento. Aguarde o término ou pare-a primeiro no monitor de execuções.</translation>
    </message>
    <message>
        <source>Nothing to run: no map gets an initial sync and live sync is off.</source>
        <translation>Nada a executar: nenhum mapa recebe sincronização inicial e a sincronização em tempo real está desativada.</translation>
    </message>
</context>
<context>
    <name>dw::RunDialog</name>
    <message>
        <source>Master for initial sync</source>
        <translation>Mestre da sincronização inicial</translation>
    </message>
    <message>
        <source>Left out although other maps depend on them: %1. Records that refer to them may fail until they run.</source>
        <extracomment>%1 list of &quot;map → dependency&quot; pairs</extracomment>
        <translation>Deixados de fora, embora outros mapas dependam deles: %1. Registros que fazem referência a eles podem falhar até que sejam executados.</translation>
    </message>
    <message>
        <source>Nothing to run: tick Initial sync for a map, or keep the maps running live.</source>
        <translation>Nada a executar: marque Sincronização inicial para um mapa ou mantenha os mapas em execução em tempo real.</translation>
    </message>
    <message>
        <source>Initial writes and related table maps</source>
        <translation>Gravações iniciais e mapas de tabela relacionados</translation>
    </message>
    <message>
        <source>The selected maps and the maps they depend on that are not running, in the order they run. Untick a related map to leave it out; untick Initial sync to skip copying the rows that exist now.</source>
        <translation>Os mapas selecionados e os mapas dos quais dependem que não estão em execução, na ordem em que são executados. Desmarque um mapa relacionado para deixá-lo de fora; desmarque Sincronização inicial para não copiar as linhas que já existem.</translation>
    </message>
    <message>
        <source>Maps to run</source>
        <translation>Mapas a executar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Run the current map earlier (Alt+Up); not before a map it depends on</source>
        <translation>Executar o mapa atual antes (Alt+Seta para cima); não antes de um mapa do qual ele depende</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Run the current map later (Alt+Down); not after a map that depends on it</source>
        <translation>Executar o mapa atual depois (Alt+Seta para baixo); não depois de um mapa que depende dele</translation>
    </message>
    <message>
        <source>&amp;Keep running (live)</source>
        <translation>&amp;Manter em execução (em tempo real)</translation>
    </message>
    <message>
        <source>After the initial sync, keep applying changes from both sides until the maps are paused or stopped.</source>
        <translation>Após a sincronização inicial, continuar aplicando as alterações dos dois lados até que os mapas sejam pausados ou parados.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>start the chosen maps</comment>
        <translation>E&amp;xecutar</translation>
    </message>
</context>
<context>
    <name>dw::RunErrorModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mapa de tabela</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Chave de integração</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe de erro</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>error message of a record</comment>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>dw::RunHistoryModel</name>
    <message>
        <source>Initial sync</source>
        <translation>Sincronização inicial</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Resolução de conflitos</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>%1, then live</source>
        <extracomment>%1 is a kind of run (Initial sync, Catch-up) that went on as live sync.</extracomment>
        <translation>%1, depois em tempo real</translation>
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
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of run</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Lidos</translation>
    </message>
    <message>
        <source>Synced</source>
        <comment>records written or unchanged</comment>
        <translation>Sincronizados</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Parada</translation>
    </message>
</context>
<context>
    <name>dw::RunMapCountsModel</name>
    <message>
        <source>Map</source>
        <comment>table map</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>records read</comment>
        <translation>Lidos</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inseridos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>records skipped</comment>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>records that failed</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>dw::RunMonitorPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Não é possível ler os registros com falha: %1</translation>
    </message>
    <message>
        <source>%1 records read, %2 failed, %3.</source>
        <extracomment>%1 records taken up, %2 failed, %3 elapsed time</extracomment>
        <translation>%1 registros lidos, %2 com falha, %3.</translation>
    </message>
    <message>
        <source>No run is going. Start maps with Run… on the Table maps page.</source>
        <translation>Nenhuma execução em andamento. Inicie os mapas com Executar… na página Mapas de tabela.</translation>
    </message>
    <message>
        <source>Initial sync running: %1</source>
        <translation>Sincronização inicial em execução: %1</translation>
    </message>
    <message>
        <source>Running live, applying changes as they come: %1</source>
        <translation>Executando em tempo real, aplicando as alterações conforme chegam: %1</translation>
    </message>
    <message>
        <source>Stopping at the next page boundary…</source>
        <translation>Parando no próximo limite de página…</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>A execução não pôde continuar: %1</translation>
    </message>
    <message>
        <source>Run stopped: %1 Start the maps again to continue where they stopped.</source>
        <translation>Execução parada: %1 Inicie os mapas novamente para continuar de onde pararam.</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Execução concluída: %1</translation>
    </message>
    <message>
        <source>ETA: %1</source>
        <translation>Tempo restante: %1</translation>
    </message>
    <message>
        <source>ETA: estimating…</source>
        <translation>Tempo restante: estimando…</translation>
    </message>
    <message>
        <source>No record has failed in this run.</source>
        <translation>Nenhum registro falhou nesta execução.</translation>
    </message>
    <message numerus="yes">
        <source>Failed records, newest first (%n shown):</source>
        <translation>
            <numerusform>Registros com falha, mais recentes primeiro (%n exibido):</numerusform>
            <numerusform>Registros com falha, mais recentes primeiro (%n exibidos):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>&amp;Parar execução</translation>
    </message>
    <message>
        <source>Stop the run at the next page boundary. Maps keep their state and continue where they stopped when started again.</source>
        <translation>Parar a execução no próximo limite de página. Os mapas mantêm seu estado e continuam de onde pararam quando iniciados novamente.</translation>
    </message>
    <message>
        <source>Progress per map</source>
        <translation>Progresso por mapa</translation>
    </message>
    <message>
        <source>Failed records of the run</source>
        <translation>Registros com falha da execução</translation>
    </message>
</context>
<context>
    <name>dw::RunPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>%1 (one-way)</source>
        <extracomment>master column of a one-way map: its only source side</extracomment>
        <translation>%1 (unidirecional)</translation>
    </message>
    <message>
        <source>Selected</source>
        <comment>map chosen by the administrator</comment>
        <translation>Selecionado</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <extracomment>a related map listed because others depend on it; %1 their names</extracomment>
        <translation>Necessário para %1</translation>
    </message>
    <message>
        <source>Master for initial sync: the side whose rows are copied to the other.</source>
        <translation>Mestre da sincronização inicial: o lado cujas linhas são copiadas para o outro.</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mapa de tabela</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <translation>Sincronização inicial</translation>
    </message>
    <message>
        <source>Master for initial sync</source>
        <translation>Mestre da sincronização inicial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Listed because</source>
        <translation>Listado porque</translation>
    </message>
</context>
<context>
    <name>dw::RunProgressModel</name>
    <message>
        <source>Waiting</source>
        <comment>map phase in a run</comment>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <comment>map phase in a run</comment>
        <translation>Sincronização inicial</translation>
    </message>
    <message>
        <source>Initial sync done</source>
        <comment>map phase in a run</comment>
        <translation>Sincronização inicial concluída</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>map phase in a run</comment>
        <translation>Em tempo real</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>map phase in a run</comment>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>map phase in a run</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>rows done of rows in all</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Table map</source>
        <translation>Mapa de tabela</translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>of a map in a run</comment>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Inserted</source>
        <comment>record count</comment>
        <translation>Inseridos</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>record count</comment>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>record count</comment>
        <translation>Inalterados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>record count</comment>
        <translation>Excluídos</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>record count</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>record count</comment>
        <translation>Conflitos</translation>
    </message>
</context>
<context>
    <name>dw::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Counts per map</source>
        <translation>Contagens por mapa</translation>
    </message>
    <message>
        <source>Show &amp;failed records</source>
        <translation>Mostrar registros com &amp;falha</translation>
    </message>
    <message>
        <source>Select a run to see what it did to each map.</source>
        <translation>Selecione uma execução para ver o que ela fez em cada mapa.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Execução %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Execução %1: %2 — %3</translation>
    </message>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>A execução %1 não está mais no histórico.</translation>
    </message>
</context>
<context>
    <name>dw::SaveVersionDialog</name>
    <message>
        <source>Save as a new map version</source>
        <translation>Salvar como nova versão do mapa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the map version</comment>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <comment>map version</comment>
        <translation>&amp;Versão:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Name the publisher of this version.</source>
        <translation>Informe o editor desta versão.</translation>
    </message>
    <message>
        <source>Give a version such as 1.0.0.4.</source>
        <translation>Informe uma versão, como 1.0.0.4.</translation>
    </message>
    <message>
        <source>The map already has version %1; choose another.</source>
        <translation>O mapa já tem a versão %1; escolha outra.</translation>
    </message>
</context>
<context>
    <name>dw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 the language the system&apos;s locale selects, named in that language</extracomment>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>The language applies at once, to dates and numbers too. Messages already written to the activity log and the record states stay in the language they were written in.</source>
        <translation>O idioma é aplicado imediatamente, inclusive a datas e números. As mensagens já gravadas no log de atividades e nos estados dos registros permanecem no idioma em que foram gravadas.</translation>
    </message>
</context>
<context>
    <name>dw::TableMapListModel</name>
    <message>
        <source>Never</source>
        <comment>map has not run yet</comment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>The map does not capture changes: it is not running.</source>
        <translation>O mapa não captura alterações: ele não está em execução.</translation>
    </message>
    <message>
        <source>%1 (Dataverse) %2 %3 (Finance)</source>
        <translation>%1 (Dataverse) %2 %3 (Finance)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>number of queued changes</comment>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>number of failed records</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última execução</translation>
    </message>
    <message>
        <source>Served by</source>
        <comment>the worker that applies the map&apos;s changes</comment>
        <translation>Atendido por</translation>
    </message>
</context>
<context>
    <name>dw::TableMapsPage</name>
    <message>
        <source>The run could not go on: %1</source>
        <translation>A execução não pôde continuar: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Cannot count the queued changes: %1</source>
        <translation>Não é possível contar as alterações na fila: %1</translation>
    </message>
    <message>
        <source>Cannot read the table maps: %1</source>
        <translation>Não é possível ler os mapas de tabela: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; saved as version %2.</source>
        <extracomment>%1 map name, %2 version number</extracomment>
        <translation>Mapa &quot;%1&quot; salvo como versão %2.</translation>
    </message>
    <message>
        <source>Table map actions</source>
        <translation>Ações dos mapas de tabela</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <comment>start maps</comment>
        <translation>E&amp;xecutar…</translation>
    </message>
    <message>
        <source>Start the selected maps, with or without initial sync (%1)</source>
        <translation>Iniciar os mapas selecionados, com ou sem sincronização inicial (%1)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>pause maps</comment>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Pause the selected running maps; changes keep being queued (%1)</source>
        <translation>Pausar os mapas selecionados em execução; as alterações continuam entrando na fila (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <comment>resume maps</comment>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Resume the selected paused maps; queued changes are applied (%1)</source>
        <translation>Retomar os mapas selecionados pausados; as alterações na fila são aplicadas (%1)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>stop maps</comment>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the selected maps; changes are no longer captured (%1)</source>
        <translation>Parar os mapas selecionados; as alterações deixam de ser capturadas (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a map</comment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the current map; saving creates a new version (%1)</source>
        <translation>Editar o mapa atual; salvar cria uma nova versão (%1)</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>&amp;Novo mapa…</translation>
    </message>
    <message>
        <source>Create a table map (%1)</source>
        <translation>Criar um mapa de tabela (%1)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar a mensagem</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Locali&amp;zar:</translation>
    </message>
    <message>
        <source>Map name or table</source>
        <translation>Mapa ou tabela</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Todos os componentes</translation>
    </message>
    <message>
        <source>Table maps</source>
        <translation>Mapas de tabela</translation>
    </message>
</context>
<context>
    <name>dw::ThroughputChart</name>
    <message>
        <source>Seconds since the start</source>
        <translation>Segundos desde o início</translation>
    </message>
    <message>
        <source>Records per second</source>
        <translation>Registros por segundo</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Gráfico de taxa de transferência</translation>
    </message>
    <message>
        <source>Records taken up per second over the time of the run</source>
        <translation>Registros processados por segundo ao longo da execução</translation>
    </message>
</context>
<context>
    <name>dw::TransformEditor</name>
    <message>
        <source>&amp;Transform:</source>
        <translation>&amp;Transformação:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no transform</comment>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valor padrão</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Mapa de valores</translation>
    </message>
    <message>
        <source>The source value is written as it is.</source>
        <translation>O valor de origem é gravado como está.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <comment>default or constant value</comment>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Sem valor (null)</translation>
    </message>
    <message>
        <source>Lookup ta&amp;ble:</source>
        <translation>Tabela de pes&amp;quisa:</translation>
    </message>
    <message>
        <source>Ke&amp;y column:</source>
        <comment>lookup column matched with the source value</comment>
        <translation>Coluna de c&amp;have:</translation>
    </message>
    <message>
        <source>Val&amp;ue column:</source>
        <comment>lookup column written to the target</comment>
        <translation>Coluna de val&amp;or:</translation>
    </message>
    <message>
        <source>Always written to the target; the source value is not read.</source>
        <translation>Sempre gravado no destino; o valor de origem não é lido.</translation>
    </message>
    <message>
        <source>Written to the target when the source value is empty.</source>
        <translation>Gravado no destino quando o valor de origem está vazio.</translation>
    </message>
    <message>
        <source>Finds the row of a %1 table whose key column equals the source value and writes its value column to the target.</source>
        <extracomment>%1 is the environment (Dataverse or Finance) the field row reads from</extracomment>
        <translation>Encontra a linha de uma tabela do %1 cuja coluna de chave é igual ao valor de origem e grava a coluna de valor dela no destino.</translation>
    </message>
</context>
<context>
    <name>dw::ValidationIssueModel</name>
    <message>
        <source>Code</source>
        <comment>validation issue code such as DW202</comment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>validation issue message</comment>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>dw::ValueMapEditor</name>
    <message>
        <source>Source value</source>
        <translation>Valor de origem</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valor de destino</translation>
    </message>
    <message>
        <source>Add value mapping</source>
        <translation>Adicionar mapeamento de valor</translation>
    </message>
    <message>
        <source>Remove value mapping</source>
        <translation>Remover mapeamento de valor</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <comment>value map entries</comment>
        <translation>&amp;Entradas:</translation>
    </message>
    <message>
        <source>&amp;JSON:</source>
        <translation>&amp;JSON:</translation>
    </message>
    <message>
        <source>Value map entries</source>
        <translation>Entradas do mapa de valores</translation>
    </message>
    <message>
        <source>Value map as JSON</source>
        <translation>Mapa de valores como JSON</translation>
    </message>
</context>
<context>
    <name>dw::VersionCompareDialog</name>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>a map version: %1 number, %2 publisher, %3 when it was saved</extracomment>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <extracomment>%1 map name</extracomment>
        <translation>Comparar versões de %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same definition.</source>
        <translation>As versões %1 e %2 têm a mesma definição.</translation>
    </message>
    <message numerus="yes">
        <source>From version %1 to version %2: %n change(s).</source>
        <translation>
            <numerusform>Da versão %1 para a versão %2: %n alteração.</numerusform>
            <numerusform>Da versão %1 para a versão %2: %n alterações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Alterações entre as versões</translation>
    </message>
</context>
<context>
    <name>dwadmin</name>
    <message>
        <source>Map created</source>
        <translation>Mapa criado</translation>
    </message>
    <message>
        <source>Map saved</source>
        <translation>Mapa salvo</translation>
    </message>
    <message>
        <source>Version activated</source>
        <translation>Versão ativada</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status alterado</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Execução iniciada</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Execução concluída</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Execução com falha</translation>
    </message>
    <message>
        <source>Records retried</source>
        <translation>Registros repetidos</translation>
    </message>
    <message>
        <source>Records skipped</source>
        <translation>Registros ignorados</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Cannot write to the activity log: %1</source>
        <translation>Não é possível gravar no log de atividades: %1</translation>
    </message>
    <message>
        <source>The activity simulator works on the SQLite environments of a demo workspace.</source>
        <translation>O simulador de atividades funciona nos ambientes SQLite de um espaço de trabalho de demonstração.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>The Dataverse environment has no active project to simulate work on.</source>
        <translation>O ambiente do Dataverse não tem nenhum projeto ativo para simular trabalho.</translation>
    </message>
    <message>
        <source>Cannot simulate activity: %1</source>
        <translation>Não é possível simular atividades: %1</translation>
    </message>
    <message>
        <source>No workspace at %1.</source>
        <translation>Nenhum espaço de trabalho em %1.</translation>
    </message>
    <message>
        <source>%1 (source key)</source>
        <translation>%1 (chave de origem)</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: %3</source>
        <extracomment>%1 map name, %2 record key, %3 what went wrong</extracomment>
        <translation>Mapa &quot;%1&quot;, registro %2: %3</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the row: %3</source>
        <translation>a tabela %2 do %1 recusou a linha: %3</translation>
    </message>
    <message>
        <source>the written row could not be read back: %1</source>
        <translation>não foi possível ler de volta a linha gravada: %1</translation>
    </message>
    <message>
        <source>the deletion cannot be applied: %1</source>
        <translation>a exclusão não pode ser aplicada: %1</translation>
    </message>
    <message>
        <source>the %1 table %2 refused the deletion: %3</source>
        <translation>a tabela %2 do %1 recusou a exclusão: %3</translation>
    </message>
    <message>
        <source>the %1 database is busy: %2</source>
        <translation>o banco de dados %1 está ocupado: %2</translation>
    </message>
    <message>
        <source>Cannot read record states: %1</source>
        <translation>Não é possível ler os estados dos registros: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: changed in both Dataverse and Finance since the last sync; choose the version to keep.</source>
        <translation>Mapa &quot;%1&quot;, registro %2: alterado no Dataverse e no Finance desde a última sincronização; escolha a versão a manter.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not interpreted; it was ignored</source>
        <translation>&apos;%1&apos; não é interpretado; foi ignorado</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>deve ser uma cadeia não vazia</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; has no attribute list</source>
        <translation>a entidade &apos;%1&apos; não tem lista de atributos</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; defines no columns</source>
        <translation>a entidade &apos;%1&apos; não define colunas</translation>
    </message>
    <message>
        <source>the entity has no sourceName and &apos;%1&apos; is no known Dataverse table; the table was named &apos;%2&apos;</source>
        <translation>a entidade não tem sourceName e &apos;%1&apos; não é uma tabela conhecida do Dataverse; a tabela foi nomeada &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to a definition in another document; it was not imported</source>
        <translation>&apos;%1&apos; faz referência a uma definição em outro documento; não foi importado</translation>
    </message>
    <message>
        <source>must be an attribute object</source>
        <translation>deve ser um objeto de atributo</translation>
    </message>
    <message>
        <source>attribute group &apos;%1&apos; is defined in another document; its attributes were not imported</source>
        <translation>o grupo de atributos &apos;%1&apos; é definido em outro documento; seus atributos não foram importados</translation>
    </message>
    <message>
        <source>must be an array of attributes</source>
        <translation>deve ser uma matriz de atributos</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>the attribute has no name</source>
        <translation>o atributo não tem nome</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement level; expected none, recommended, required or systemrequired</source>
        <translation>&apos;%1&apos; não é um nível de requisito; esperado none, recommended, required ou systemrequired</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be a whole number of characters</source>
        <translation>deve ser um número inteiro de caracteres</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no sourceName (its Dataverse column name)</source>
        <translation>o atributo &apos;%1&apos; não tem sourceName (o nome da coluna dele no Dataverse)</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; has no dataType</source>
        <translation>o atributo &apos;%1&apos; não tem dataType</translation>
    </message>
    <message>
        <source>the dataType of attribute &apos;%1&apos; is not a type name</source>
        <translation>o dataType do atributo &apos;%1&apos; não é um nome de tipo</translation>
    </message>
    <message>
        <source>unknown dataType &apos;%1&apos; of attribute &apos;%2&apos;</source>
        <translation>dataType &apos;%1&apos; desconhecido do atributo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a second identifying attribute; the primary key stays &apos;%2&apos;</source>
        <translation>&apos;%1&apos; é um segundo atributo de identificação; a chave primária continua sendo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>purpose &apos;%1&apos; of &apos;%2&apos; is not interpreted; it was imported as a plain column</source>
        <translation>a finalidade &apos;%1&apos; de &apos;%2&apos; não é interpretada; foi importado como coluna simples</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a lookup whose target table the document does not name; it was imported without a lookup table</source>
        <translation>&apos;%1&apos; é uma pesquisa cuja tabela de destino o documento não informa; foi importado sem tabela de pesquisa</translation>
    </message>
    <message>
        <source>entity attribute &apos;%1&apos; has no foreign key attribute; it was not imported</source>
        <translation>o atributo de entidade &apos;%1&apos; não tem atributo de chave estrangeira; não foi importado</translation>
    </message>
    <message>
        <source>the foreign key of &apos;%1&apos; has no column name</source>
        <translation>a chave estrangeira de &apos;%1&apos; não tem nome de coluna</translation>
    </message>
    <message>
        <source>the foreign key &apos;%1&apos; has dataType &apos;%2&apos;; it was imported as a GUID</source>
        <translation>a chave estrangeira &apos;%1&apos; tem dataType &apos;%2&apos;; foi importada como GUID</translation>
    </message>
    <message>
        <source>the lookup &apos;%1&apos; names no target entity; it was imported without a lookup table</source>
        <translation>a pesquisa &apos;%1&apos; não informa entidade de destino; foi importada sem tabela de pesquisa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, known as table &apos;%3&apos;, but identifies it by &apos;%4&apos;; &apos;%3&apos; was used</source>
        <translation>&apos;%1&apos; faz referência a %2, conhecida como tabela &apos;%3&apos;, mas a identifica por &apos;%4&apos;; foi usada &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, which is no known Dataverse table; its table was taken to be &apos;%3&apos; from the key &apos;%4&apos; (a publisher prefix would not show there)</source>
        <translation>&apos;%1&apos; faz referência a %2, que não é uma tabela conhecida do Dataverse; a tabela dela foi considerada &apos;%3&apos; com base na chave &apos;%4&apos; (um prefixo de editor não apareceria ali)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to %2, whose table cannot be determined; it was imported without a lookup table</source>
        <translation>&apos;%1&apos; faz referência a %2, cuja tabela não pode ser determinada; foi importado sem tabela de pesquisa</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is defined twice</source>
        <translation>a coluna &apos;%1&apos; é definida duas vezes</translation>
    </message>
    <message>
        <source>the entity has no identifying attribute; the primary key &apos;%1&apos; was added</source>
        <translation>a entidade não tem atributo de identificação; a chave primária &apos;%1&apos; foi adicionada</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON inválido em %1: %2</translation>
    </message>
    <message>
        <source>not a CDM document (expected a JSON object)</source>
        <translation>não é um documento CDM (esperado um objeto JSON)</translation>
    </message>
    <message>
        <source>the document has no definitions</source>
        <translation>o documento não tem definições</translation>
    </message>
    <message>
        <source>must be an array of definitions</source>
        <translation>deve ser uma matriz de definições</translation>
    </message>
    <message>
        <source>no entity definition (an object with entityName) found</source>
        <translation>nenhuma definição de entidade (um objeto com entityName) encontrada</translation>
    </message>
    <message numerus="yes">
        <source>%n entity definition(s) found; one per document is supported</source>
        <translation>
            <numerusform>%n definição de entidade encontrada; há suporte para uma por documento</numerusform>
            <numerusform>%n definições de entidade encontradas; há suporte para uma por documento</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an entity definition; it was ignored</source>
        <translation>%1: não é uma definição de entidade; foi ignorado</translation>
    </message>
    <message>
        <source>Change capture: %1</source>
        <translation>Captura de alterações: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Não é possível ler o log de alterações: %1</translation>
    </message>
    <message>
        <source>Cannot count queued changes: %1</source>
        <translation>Não é possível contar as alterações na fila: %1</translation>
    </message>
    <message>
        <source>Cannot purge the change log: %1</source>
        <translation>Não é possível limpar o log de alterações: %1</translation>
    </message>
    <message>
        <source>The database driver %1 is not available in this installation.</source>
        <translation>O driver de banco de dados %1 não está disponível nesta instalação.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Não é possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Não é possível gravar os dados de demonstração: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the demo data generator: %1</source>
        <translation>Não é possível preparar o gerador de dados de demonstração: %1</translation>
    </message>
    <message>
        <source>The demo environments must be SQLite databases.</source>
        <translation>Os ambientes de demonstração devem ser bancos de dados SQLite.</translation>
    </message>
    <message>
        <source>The built-in %1 schema is damaged: %2</source>
        <translation>O esquema interno do %1 está danificado: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 já contém um espaço de trabalho.</translation>
    </message>
    <message>
        <source>The built-in map template is damaged: %1</source>
        <translation>O modelo de mapas interno está danificado: %1</translation>
    </message>
    <message>
        <source>Cannot move the new state store into place at %1.</source>
        <translation>Não é possível mover o novo repositório de estados para %1.</translation>
    </message>
    <message>
        <source>Cannot save the %1 environment: %2</source>
        <translation>Não é possível salvar o ambiente %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the %1 environment: %2</source>
        <translation>Não é possível ler o ambiente %1: %2</translation>
    </message>
    <message>
        <source>The workspace has no %1 environment.</source>
        <translation>O espaço de trabalho não tem ambiente %1.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Target constraint</source>
        <translation>Restrição do destino</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Transitório</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the saved position of the interrupted initial sync is damaged; start the initial sync again from the beginning.</source>
        <translation>Mapa &quot;%1&quot;: a posição salva da sincronização inicial interrompida está danificada; inicie a sincronização inicial novamente desde o começo.</translation>
    </message>
    <message>
        <source>Cannot look up %1 in %2: %3</source>
        <translation>Não é possível pesquisar %1 em %2: %3</translation>
    </message>
    <message>
        <source>There is no map named &quot;%1&quot;.</source>
        <translation>Não há nenhum mapa chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on itself, so no run order exists: %2.</source>
        <translation>O mapa &apos;%1&apos; depende de si mesmo, portanto não existe ordem de execução: %2.</translation>
    </message>
    <message>
        <source>Maps depend on each other in a cycle, so no run order exists: %1.</source>
        <translation>Os mapas dependem uns dos outros em um ciclo, portanto não existe ordem de execução: %1.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; depends on the map &apos;%2&apos;, which does not exist in the workspace.</source>
        <translation>O mapa &apos;%1&apos; depende do mapa &apos;%2&apos;, que não existe no espaço de trabalho.</translation>
    </message>
    <message>
        <source>State store query failed: %1</source>
        <translation>Falha na consulta ao repositório de estados: %1</translation>
    </message>
    <message>
        <source>Field %1 ⇄ %2</source>
        <extracomment>a field mapping: %1 Finance column, %2 Dataverse column (either may be empty)</extracomment>
        <translation>Campo %1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>transform: the value written when the source is empty</extracomment>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <extracomment>transform: always this value</extracomment>
        <translation>Constante: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>after the first value map entries: how many more there are</extracomment>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Value map: %1</source>
        <translation>Mapa de valores: %1</translation>
    </message>
    <message>
        <source>Lookup: %1.%2 → %3</source>
        <extracomment>transform: %1 table, %2 column matched, %3 column written</extracomment>
        <translation>Pesquisa: %1.%2 → %3</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>alert action</comment>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Pause the map</source>
        <comment>alert action</comment>
        <translation>Pausar o mapa</translation>
    </message>
    <message>
        <source>Stop the map</source>
        <comment>alert action</comment>
        <translation>Parar o mapa</translation>
    </message>
    <message>
        <source>any</source>
        <comment>alert rule: errors of any class</comment>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>%1 errors (%2) within %3 minutes: %4</source>
        <extracomment>%1 error count, %2 error class, %3 minutes, %4 action</extracomment>
        <translation>%1 erros (%2) em %3 minutos: %4</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <extracomment>conflict policy; %1 Dataverse or Finance</extracomment>
        <translation>%1 prevalece</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>A alteração mais recente prevalece</translation>
    </message>
    <message>
        <source>Manual: the administrator picks a side</source>
        <translation>Manual: o administrador escolhe um lado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Dataverse table</source>
        <translation>Tabela do Dataverse</translation>
    </message>
    <message>
        <source>Finance table</source>
        <translation>Tabela do Finance</translation>
    </message>
    <message>
        <source>Dataverse filter</source>
        <translation>Filtro do Dataverse</translation>
    </message>
    <message>
        <source>Finance filter</source>
        <translation>Filtro do Finance</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Chave de integração</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Conflict policy</source>
        <translation>Política de conflito</translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation>Regra de alerta %1</translation>
    </message>
    <message>
        <source>Cannot start map &quot;%1&quot;: %2</source>
        <translation>Não é possível iniciar o mapa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Map started (%1); changes are captured from now on.</source>
        <translation>Mapa iniciado (%1); as alterações são capturadas a partir de agora.</translation>
    </message>
    <message>
        <source>Only running maps can be paused; nothing was paused. Not running: %1</source>
        <translation>Somente mapas em execução podem ser pausados; nada foi pausado. Não estão em execução: %1</translation>
    </message>
    <message>
        <source>Map paused; changes keep being queued.</source>
        <translation>Mapa pausado; as alterações continuam entrando na fila.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is %2, not paused; nothing was resumed.</source>
        <translation>O mapa &quot;%1&quot; está %2, não pausado; nada foi retomado.</translation>
    </message>
    <message>
        <source>Map resumed; its queued changes are applied next.</source>
        <translation>Mapa retomado; as alterações na fila dele são aplicadas em seguida.</translation>
    </message>
    <message>
        <source>Map stopped; changes are no longer captured.</source>
        <translation>Mapa parado; as alterações deixam de ser capturadas.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: column %2 does not exist in the %3 table %4.</source>
        <translation>Mapa &quot;%1&quot;: a coluna %2 não existe na tabela %4 do %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no field that flows from %2 to %3.</source>
        <translation>O mapa &quot;%1&quot; não tem campo que flua do %2 para o %3.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no integration key.</source>
        <translation>O mapa &quot;%1&quot; não tem chave de integração.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the key field %2 is not written from %3 to %4.</source>
        <translation>Mapa &quot;%1&quot;: o campo de chave %2 não é gravado do %3 para o %4.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 table %3 has no primary or unique key on the integration key (%4); add one so records can be found by their key.</source>
        <translation>Mapa &quot;%1&quot;: a tabela %3 do %2 não tem chave primária ou exclusiva na chave de integração (%4); adicione uma para que os registros possam ser encontrados pela chave.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <extracomment>A field mapping: target column ← source column</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Não está em execução</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Inicializando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Retomando</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>The stored definition of map &quot;%1&quot; is damaged: %2</source>
        <translation>A definição armazenada do mapa &quot;%1&quot; está danificada: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;: %2</source>
        <translation>Não é possível salvar o mapa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The map &quot;%1&quot; is given twice; nothing was saved.</source>
        <translation>O mapa &quot;%1&quot; foi informado duas vezes; nada foi salvo.</translation>
    </message>
    <message>
        <source>Cannot save the maps: %1</source>
        <translation>Não é possível salvar os mapas: %1</translation>
    </message>
    <message>
        <source>Cannot save map &quot;%1&quot;; nothing was saved: %2</source>
        <extracomment>%1 map name, %2 why; no map of the batch is saved</extracomment>
        <translation>Não é possível salvar o mapa &quot;%1&quot;; nada foi salvo: %2</translation>
    </message>
    <message>
        <source>Map created with version %1 by %2.</source>
        <translation>Mapa criado com a versão %1 por %2.</translation>
    </message>
    <message>
        <source>Map saved as version %1 by %2.</source>
        <translation>Mapa salvo como versão %1 por %2.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; has no version %2.</source>
        <extracomment>%1 map name, %2 number of the stored version</extracomment>
        <translation>O mapa &quot;%1&quot; não tem a versão %2.</translation>
    </message>
    <message>
        <source>Cannot activate a version of map &quot;%1&quot;: %2</source>
        <translation>Não é possível ativar uma versão do mapa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Version %1 by %2 activated.</source>
        <extracomment>activity log; %1 version number such as 1.0.0.3, %2 its publisher</extracomment>
        <translation>Versão %1 de %2 ativada.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 table &apos;%3&apos; does not exist; correct the name or refresh the schema (like dual-write DIPV1018 and DIPV1020).</source>
        <translation>Mapa &apos;%1&apos;: a tabela &apos;%3&apos; do %2 não existe; corrija o nome ou atualize o esquema (como DIPV1018 e DIPV1020 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; has no integration key: add a pair of key fields for Finance table &apos;%2&apos; and Dataverse table &apos;%3&apos; (like dual-write DIPV1003).</source>
        <translation>O mapa &apos;%1&apos; não tem chave de integração: adicione um par de campos de chave para a tabela do Finance &apos;%2&apos; e a tabela do Dataverse &apos;%3&apos; (como DIPV1003 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names no %3 column of table &apos;%4&apos;.</source>
        <translation>Mapa &apos;%1&apos;: o par da chave de integração %2 não informa nenhuma coluna do %3 da tabela &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1025).</source>
        <translation>Mapa &apos;%1&apos;: o par da chave de integração %2 informa a coluna &apos;%4&apos; do %3, que não existe (como DIPV1025 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: integration key pair %2 (Finance column &apos;%3&apos;, Dataverse column &apos;%4&apos;) is not mapped by any field mapping; map these two columns to each other (like dual-write DIPV1014).</source>
        <translation>Mapa &apos;%1&apos;: o par da chave de integração %2 (coluna do Finance &apos;%3&apos;, coluna do Dataverse &apos;%4&apos;) não é mapeado por nenhum mapeamento de campo; mapeie essas duas colunas entre si (como DIPV1014 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; syncs both ways, but field mapping %2 of integration key pair %3 (Finance column &apos;%4&apos; %5 Dataverse column &apos;%6&apos;) is one-way; key fields must be mapped with &apos;=&apos; (like dual-write DIPV1004).</source>
        <translation>O mapa &apos;%1&apos; sincroniza nos dois sentidos, mas o mapeamento de campo %2 do par da chave de integração %3 (coluna do Finance &apos;%4&apos; %5 coluna do Dataverse &apos;%6&apos;) é unidirecional; os campos de chave devem ser mapeados com &apos;=&apos; (como DIPV1004 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names neither a Finance column (table &apos;%3&apos;) nor a Dataverse column (table &apos;%4&apos;).</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 não informa nem uma coluna do Finance (tabela &apos;%3&apos;) nem uma coluna do Dataverse (tabela &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways but names no %3 column of table &apos;%4&apos;.</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 sincroniza nos dois sentidos, mas não informa nenhuma coluna do %3 da tabela &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 writes to the %3 table &apos;%4&apos; but names no column there.</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 grava na tabela &apos;%4&apos; do %3, mas não informa nenhuma coluna dela.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names no %3 source column of table &apos;%4&apos; for the %5 column &apos;%6&apos;; a mapping without a source needs a Default or Constant transform (like dual-write DIPV1021).</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 não informa nenhuma coluna de origem do %3 da tabela &apos;%4&apos; para a coluna &apos;%6&apos; do %5; um mapeamento sem origem precisa de uma transformação Padrão ou Constante (como DIPV1021 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 names the %3 column &apos;%4&apos;, which does not exist (like dual-write DIPV1022 and DIPV1025).</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 informa a coluna &apos;%4&apos; do %3, que não existe (como DIPV1022 e DIPV1025 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos; to %5 column &apos;%6&apos;) has no entries, so every value would fail.</source>
        <translation>Mapa &apos;%1&apos;: a transformação Mapa de valores do mapeamento de campo %2 (coluna &apos;%4&apos; do %3 para a coluna &apos;%6&apos; do %5) não tem entradas, portanto todo valor falharia.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Value map transform of field mapping %2 (%3 column &apos;%4&apos;) lists the source value &apos;%5&apos; more than once (like dual-write DIPV1029).</source>
        <translation>Mapa &apos;%1&apos;: a transformação Mapa de valores do mapeamento de campo %2 (coluna &apos;%4&apos; do %3) lista o valor de origem &apos;%5&apos; mais de uma vez (como DIPV1029 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 syncs both ways, but its Value map transform maps more than one value to &apos;%3&apos;, so the %4 column &apos;%5&apos; cannot be mapped back to the %6 column &apos;%7&apos;.</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 sincroniza nos dois sentidos, mas a transformação Mapa de valores dele mapeia mais de um valor para &apos;%3&apos;, portanto a coluna &apos;%5&apos; do %4 não pode ser mapeada de volta para a coluna &apos;%7&apos; do %6.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 (Finance column &apos;%3&apos; = Dataverse column &apos;%4&apos;) syncs both ways, but a Lookup transform resolves values in one direction only; use one-way field mappings.</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 (coluna do Finance &apos;%3&apos; = coluna do Dataverse &apos;%4&apos;) sincroniza nos dois sentidos, mas uma transformação Pesquisa resolve valores em um único sentido; use mapeamentos de campo unidirecionais.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no lookup table.</source>
        <translation>Mapa &apos;%1&apos;: a transformação Pesquisa do mapeamento de campo %2 (coluna &apos;%4&apos; do %3) não informa a tabela de pesquisa.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no key column of the lookup table &apos;%5&apos;.</source>
        <translation>Mapa &apos;%1&apos;: a transformação Pesquisa do mapeamento de campo %2 (coluna &apos;%4&apos; do %3) não informa a coluna de chave da tabela de pesquisa &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 (%3 column &apos;%4&apos;) names no value column of the lookup table &apos;%5&apos;.</source>
        <translation>Mapa &apos;%1&apos;: a transformação Pesquisa do mapeamento de campo %2 (coluna &apos;%4&apos; do %3) não informa a coluna de valor da tabela de pesquisa &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the %3 table &apos;%4&apos;, which does not exist (like dual-write DIPV1018).</source>
        <translation>Mapa &apos;%1&apos;: a transformação Pesquisa do mapeamento de campo %2 informa a tabela &apos;%4&apos; do %3, que não existe (como DIPV1018 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the key column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Mapa &apos;%1&apos;: a transformação Pesquisa do mapeamento de campo %2 informa a coluna de chave &apos;%3&apos;, que a tabela &apos;%5&apos; do %4 não tem.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Lookup transform of field mapping %2 names the value column &apos;%3&apos;, which the %4 table &apos;%5&apos; does not have.</source>
        <translation>Mapa &apos;%1&apos;: a transformação Pesquisa do mapeamento de campo %2 informa a coluna de valor &apos;%3&apos;, que a tabela &apos;%5&apos; do %4 não tem.</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Constant transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL).</source>
        <translation>Mapa &apos;%1&apos;: a transformação Constante do mapeamento de campo %2 não tem valor, mas a coluna &apos;%4&apos; do %3 é obrigatória (NOT NULL).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the Default transform of field mapping %2 has no value, but the %3 column &apos;%4&apos; is required (NOT NULL) (like dual-write DIPV1031).</source>
        <translation>Mapa &apos;%1&apos;: a transformação Padrão do mapeamento de campo %2 não tem valor, mas a coluna &apos;%4&apos; do %3 é obrigatória (NOT NULL) (como DIPV1031 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: field mapping %2 copies the %3 column &apos;%4&apos; (%5) to the %6 column &apos;%7&apos; (%8), which cannot be converted; use a Value map transform or another column (like dual-write DIPV1030).</source>
        <translation>Mapa &apos;%1&apos;: o mapeamento de campo %2 copia a coluna &apos;%4&apos; do %3 (%5) para a coluna &apos;%7&apos; do %6 (%8), o que não pode ser convertido; use uma transformação Mapa de valores ou outra coluna (como DIPV1030 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 column &apos;%3&apos; is written by field mappings %4 and %5 (like dual-write DIPV1026).</source>
        <translation>Mapa &apos;%1&apos;: a coluna &apos;%3&apos; do %2 é gravada pelos mapeamentos de campo %4 e %5 (como DIPV1026 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; writes to the %2 table &apos;%3&apos;, but no field mapping writes its required column &apos;%4&apos; (NOT NULL without a default); map it or give it a Default or Constant transform (like dual-write DIPV1010 and DIPV1031).</source>
        <translation>O mapa &apos;%1&apos; grava na tabela &apos;%3&apos; do %2, mas nenhum mapeamento de campo grava a coluna obrigatória &apos;%4&apos; dela (NOT NULL sem padrão); mapeie-a ou dê a ela uma transformação Padrão ou Constante (como DIPV1010 e DIPV1031 da gravação dupla).</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter on table &apos;%3&apos; is not valid: %4 (like dual-write DIPV1012)</source>
        <translation>Mapa &apos;%1&apos;: o filtro de origem do %2 na tabela &apos;%3&apos; não é válido: %4 (como DIPV1012 da gravação dupla)</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos;: the %2 source filter names the column &apos;%3&apos;, which the table &apos;%4&apos; does not have.</source>
        <translation>Mapa &apos;%1&apos;: o filtro de origem do %2 informa a coluna &apos;%3&apos;, que a tabela &apos;%4&apos; não tem.</translation>
    </message>
    <message>
        <source>unterminated string: the closing quote (&apos;) is missing</source>
        <translation>cadeia não terminada: falta a aspa de fechamento (&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>&apos;%1&apos; não é um número válido</translation>
    </message>
    <message>
        <source>a column name may have at most %1 characters; this one has %2</source>
        <translation>um nome de coluna pode ter no máximo %1 caracteres; este tem %2</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>caractere inesperado U+%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractere inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; sem &apos;(&apos; correspondente</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter but found %1</source>
        <translation>esperado &apos;and&apos;, &apos;or&apos; ou o fim do filtro, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Posição %1: %2</translation>
    </message>
    <message>
        <source>parentheses and &apos;not&apos; may be nested at most %1 levels deep</source>
        <translation>parênteses e &apos;not&apos; podem ser aninhados em no máximo %1 níveis</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1 but found %2</source>
        <translation>esperado &apos;)&apos; para fechar o &apos;(&apos; da posição %1, mas foi encontrado %2</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>falta &apos;)&apos; para fechar o &apos;(&apos; da posição %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but found %1</source>
        <translation>esperada uma coluna, um valor ou &apos;(&apos;, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a column, a value or &apos;(&apos; but the filter ended</source>
        <translation>esperada uma coluna, um valor ou &apos;(&apos;, mas o filtro terminou</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but found %1</source>
        <translation>esperado um operador de comparação (eq, ne, gt, ge, lt, le), mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a comparison operator (eq, ne, gt, ge, lt, le) but the filter ended</source>
        <translation>esperado um operador de comparação (eq, ne, gt, ge, lt, le), mas o filtro terminou</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but found %2</source>
        <translation>esperada uma coluna ou um valor após &apos;%1&apos;, mas foi encontrado %2</translation>
    </message>
    <message>
        <source>expected a column or a value after &apos;%1&apos; but the filter ended</source>
        <translation>esperada uma coluna ou um valor após &apos;%1&apos;, mas o filtro terminou</translation>
    </message>
    <message>
        <source>a comparison needs a column on at least one side, not two values</source>
        <translation>uma comparação precisa de uma coluna em pelo menos um lado, não de dois valores</translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne</source>
        <translation>null só pode ser comparado com eq ou ne</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existe, mas não é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot skip records: %1</source>
        <translation>Não é possível ignorar os registros: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped: %1</source>
        <translation>
            <numerusform>%n registro ignorado: %1</numerusform>
            <numerusform>%n registros ignorados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <extracomment>%1 is a field mapping such as &quot;ProjectId ← msdyn_project&quot;, %2 the cause</extracomment>
        <translation>campo %1: %2</translation>
    </message>
    <message>
        <source>the value %1 has no entry in the value map</source>
        <translation>o valor %1 não tem entrada no mapa de valores</translation>
    </message>
    <message>
        <source>Unable to lookup %1 with values {%2} (no row has %3 = %4)</source>
        <translation>Unable to lookup %1 with values {%2} (nenhuma linha tem %3 = %4)</translation>
    </message>
    <message>
        <source>%1 = %2 doesn&apos;t uniquely identify a %3 row</source>
        <translation>%1 = %2 não identifica exclusivamente uma linha de %3</translation>
    </message>
    <message>
        <source>the value is empty, but %1 is required</source>
        <translation>o valor está vazio, mas %1 é obrigatório</translation>
    </message>
    <message>
        <source>Cannot read the failed records: %1</source>
        <translation>Não é possível ler os registros com falha: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;, record %2: the source row no longer exists in the %3 table %4; skip the record or restore the row.</source>
        <translation>Mapa &quot;%1&quot;, registro %2: a linha de origem não existe mais na tabela %4 do %3; ignore o registro ou restaure a linha.</translation>
    </message>
    <message>
        <source>The process running it ended before the run finished.</source>
        <translation>O processo que a executava terminou antes do fim da execução.</translation>
    </message>
    <message>
        <source>There is no map with id %1.</source>
        <translation>Não há nenhum mapa com a ID %1.</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: it has no name or no columns</source>
        <translation>Não é possível criar a tabela &apos;%1&apos;: ela não tem nome ou colunas</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the name cannot be quoted safely</source>
        <translation>Não é possível criar a tabela &apos;%1&apos;: o nome não pode ser colocado entre aspas com segurança</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: the column name &apos;%2&apos; cannot be quoted safely</source>
        <translation>Não é possível criar a tabela &apos;%1&apos;: o nome de coluna &apos;%2&apos; não pode ser colocado entre aspas com segurança</translation>
    </message>
    <message>
        <source>Cannot create table &apos;%1&apos;: %2</source>
        <translation>Não é possível criar a tabela &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: the driver %2 is not supported</source>
        <translation>Não é possível ler as tabelas do banco de dados do %1: o driver %2 não é compatível</translation>
    </message>
    <message>
        <source>Cannot read the tables of the %1 database: %2</source>
        <translation>Não é possível ler as tabelas do banco de dados do %1: %2</translation>
    </message>
    <message>
        <source>Table %1 does not exist in the %2 database</source>
        <translation>A tabela %1 não existe no banco de dados do %2</translation>
    </message>
    <message>
        <source>Table %1 is ambiguous in the %2 database: it matches the tables %3</source>
        <translation>A tabela %1 é ambígua no banco de dados do %2: corresponde às tabelas %3</translation>
    </message>
    <message>
        <source>Cannot read table %1 of the %2 database: %3</source>
        <translation>Não é possível ler a tabela %1 do banco de dados do %2: %3</translation>
    </message>
    <message>
        <source>must be a column object</source>
        <translation>deve ser um objeto de coluna</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column type</source>
        <translation>&apos;%1&apos; não é um tipo de coluna</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be a table name or null</source>
        <translation>deve ser um nome de tabela ou null</translation>
    </message>
    <message>
        <source>must be null, &quot;guid&quot;, &quot;now&quot; or a literal value</source>
        <translation>deve ser null, &quot;guid&quot;, &quot;now&quot; ou um valor literal</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation>deve ser uma lista não vazia de nomes de colunas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no column of the table</source>
        <translation>&apos;%1&apos; não é uma coluna da tabela</translation>
    </message>
    <message>
        <source>must be a table object</source>
        <translation>deve ser um objeto de tabela</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>deve ser uma lista não vazia</translation>
    </message>
    <message>
        <source>must be a list of keys</source>
        <translation>deve ser uma lista de chaves</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON inválido no deslocamento %1: %2</translation>
    </message>
    <message>
        <source>a schema is a JSON list of tables</source>
        <translation>um esquema é uma lista JSON de tabelas</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is defined twice</source>
        <translation>%1: a tabela &apos;%2&apos; é definida duas vezes</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: the %2 filter is not valid: %3</source>
        <translation>Mapa &quot;%1&quot;: o filtro do %2 não é válido: %3</translation>
    </message>
    <message>
        <source>Cannot read the source table: %1</source>
        <translation>Não é possível ler a tabela de origem: %1</translation>
    </message>
    <message>
        <source>Cannot count the source rows: %1</source>
        <translation>Não é possível contar as linhas de origem: %1</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>Não é possível preparar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>SQL &quot;%1&quot; failed: %2</source>
        <translation>Falha no SQL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Não é possível executar %1: %2</translation>
    </message>
    <message>
        <source>%1, statement at line %2: %3</source>
        <translation>%1, instrução na linha %2: %3</translation>
    </message>
    <message>
        <source>The state store %1 has schema version %2, but this dwadmin knows only up to version %3. It was written by a newer dwadmin; upgrade dwadmin to open it.</source>
        <translation>O repositório de estados %1 tem a versão de esquema %2, mas este dwadmin conhece apenas até a versão %3. Ele foi gravado por um dwadmin mais recente; atualize o dwadmin para abri-lo.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the state store %1: %2</source>
        <translation>Não é possível ler a versão de esquema do repositório de estados %1: %2</translation>
    </message>
    <message>
        <source>Cannot start migration %1 of the state store: %2</source>
        <translation>Não é possível iniciar a migração %1 do repositório de estados: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of the state store %3 failed: %4</source>
        <translation>Falha na migração %1 (%2) do repositório de estados %3: %4</translation>
    </message>
    <message>
        <source>Unknown state store error.</source>
        <translation>Erro desconhecido do repositório de estados.</translation>
    </message>
    <message>
        <source>%1 read, %2 inserted, %3 updated, %4 unchanged, %5 deleted, %6 failed, %7 conflicts</source>
        <translation>%1 lidos, %2 inseridos, %3 atualizados, %4 inalterados, %5 excluídos, %6 com falha, %7 conflitos</translation>
    </message>
    <message>
        <source>No map matches the request.</source>
        <translation>Nenhum mapa corresponde à solicitação.</translation>
    </message>
    <message>
        <source>Initial sync from %1 finished: %2.</source>
        <translation>Sincronização inicial a partir do %1 concluída: %2.</translation>
    </message>
    <message>
        <source>Initial sync stopped; run it again to continue where it stopped.</source>
        <translation>Sincronização inicial parada; execute-a novamente para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Initial sync stopped by the administrator: %1.</source>
        <translation>Sincronização inicial parada pelo administrador: %1.</translation>
    </message>
    <message>
        <source>Conflicts resolved with the %1 version: %2.</source>
        <translation>Conflitos resolvidos com a versão do %1: %2.</translation>
    </message>
    <message>
        <source>Failed records retried: %1.</source>
        <translation>Registros com falha repetidos: %1.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes.</source>
        <translation>Alerta: %1 erros (%2) em %3 minutos.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was paused. Fix the cause, then resume it.</source>
        <translation>Alerta: %1 erros (%2) em %3 minutos; o mapa foi pausado. Corrija a causa e depois retome-o.</translation>
    </message>
    <message>
        <source>Alert: %1 errors (%2) within %3 minutes; the map was stopped.</source>
        <translation>Alerta: %1 erros (%2) em %3 minutos; o mapa foi parado.</translation>
    </message>
    <message>
        <source>Queued changes applied; the map runs live again.</source>
        <translation>Alterações na fila aplicadas; o mapa volta a ser executado em tempo real.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 (%2) of %n map(s) started.</source>
        <translation>
            <numerusform>Execução %1 (%2) de %n mapa iniciada.</numerusform>
            <numerusform>Execução %1 (%2) de %n mapas iniciada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n registro falhou.</numerusform>
            <numerusform>%n registros falharam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 ended (%2): %3</source>
        <translation>Execução %1 encerrada (%2): %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run; its configuration has problems:
%2</source>
        <translation>O mapa &quot;%1&quot; não foi executado; a configuração dele tem problemas:
%2</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: a table is missing.</source>
        <translation>Mapa &quot;%1&quot;: falta uma tabela.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of a batch in the state store: %1</source>
        <translation>Não é possível registrar o resultado de um lote no repositório de estados: %1</translation>
    </message>
    <message>
        <source>A sync is already running. Wait for it to end or stop it first.</source>
        <translation>Uma sincronização já está em execução. Aguarde o término ou pare-a primeiro.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimativas</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Dados reais</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Despesas</translation>
    </message>
    <message>
        <source>Vendor invoices</source>
        <translation>Faturas de fornecedor</translation>
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
        <translation>Nos dois sentidos</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>chave desconhecida</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma cadeia</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>deve ser uma matriz</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>deve ser um número inteiro de 1 a 1000000</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não deve estar vazio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transform; expected default, valueMap, lookup or constant</source>
        <translation>&apos;%1&apos; não é uma transformação; esperado default, valueMap, lookup ou constant</translation>
    </message>
    <message>
        <source>must be a string, number, true, false or null</source>
        <translation>deve ser uma cadeia, um número, true, false ou null</translation>
    </message>
    <message>
        <source>must be a string, number, true or false</source>
        <translation>deve ser uma cadeia, um número, true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component; expected setup, estimates, actuals, invoices, expenses or vendorInvoices</source>
        <translation>&apos;%1&apos; não é um componente; esperado setup, estimates, actuals, invoices, expenses ou vendorInvoices</translation>
    </message>
    <message>
        <source>names neither a Finance nor a Dataverse field</source>
        <translation>não informa nem um campo do Finance nem um campo do Dataverse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; expected &apos;&gt;&apos;, &apos;&lt;&apos; or &apos;=&apos;</source>
        <translation>&apos;%1&apos; não é um sentido; esperado &apos;&gt;&apos;, &apos;&lt;&apos; ou &apos;=&apos;</translation>
    </message>
    <message>
        <source>must be a map name</source>
        <translation>deve ser um nome de mapa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conflict policy; expected master, newest or manual</source>
        <translation>&apos;%1&apos; não é uma política de conflito; esperado master, newest ou manual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a side; expected dataverse or finance</source>
        <translation>&apos;%1&apos; não é um lado; esperado dataverse ou finance</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert action; expected notify, pause or stop</source>
        <translation>&apos;%1&apos; não é uma ação de alerta; esperado notify, pause ou stop</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>JSON inválido em %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot; and &quot;maps&quot;.</source>
        <translation>Esperado um objeto JSON com &quot;format&quot; e &quot;maps&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported; this dwadmin reads %2</source>
        <translation>&apos;%1&apos; não é compatível; este dwadmin lê %2</translation>
    </message>
    <message>
        <source>a map with this name appears twice in the file</source>
        <translation>um mapa com este nome aparece duas vezes no arquivo</translation>
    </message>
    <message>
        <source>the database stayed busy (%1) through %2 attempts over %3 s</source>
        <translation>o banco de dados permaneceu ocupado (%1) durante %2 tentativas em %3 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (the column holds %2)</source>
        <translation>&apos;%1&apos; não é um número (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: the decimal separator is a point (the column holds %2)</source>
        <translation>&apos;%1&apos; não é um número: o separador decimal é o ponto (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (the column holds %2)</source>
        <translation>&apos;%1&apos; não é um número inteiro (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a fraction (the column holds %2)</source>
        <translation>&apos;%1&apos; tem parte fracionária (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range (the column holds %2)</source>
        <translation>&apos;%1&apos; está fora do intervalo (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number (the column holds %2)</source>
        <translation>&apos;%1&apos; não é um número finito (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is binary data (the column holds %2)</source>
        <translation>&apos;%1&apos; são dados binários (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8 text (the column holds %2)</source>
        <translation>&apos;%1&apos; não é um texto UTF-8 válido (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a NUL character (the column holds %2)</source>
        <translation>&apos;%1&apos; contém um caractere NUL (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true, false, 1 or 0 (the column holds %2)</source>
        <translation>&apos;%1&apos; não é true, false, 1 ou 0 (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as 2024-02-29 or 2024-02-29T13:45:00Z (the column holds %2)</source>
        <translation>&apos;%1&apos; não é uma data e hora ISO 8601, como 2024-02-29 ou 2024-02-29T13:45:00Z (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a date that does not exist (the column holds %2)</source>
        <translation>&apos;%1&apos; indica uma data que não existe (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time or time zone offset out of range (the column holds %2)</source>
        <translation>&apos;%1&apos; tem uma hora ou um deslocamento de fuso horário fora do intervalo (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 32 hexadecimal digits such as 0f8fad5b-d9cb-469f-a165-70867728950e (the column holds %2)</source>
        <translation>&apos;%1&apos; não tem 32 dígitos hexadecimais, como 0f8fad5b-d9cb-469f-a165-70867728950e (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 16 bytes long (the column holds %2)</source>
        <translation>&apos;%1&apos; não tem 16 bytes (a coluna contém %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not binary data (the column holds %2)</source>
        <translation>&apos;%1&apos; não são dados binários (a coluna contém %2)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is %n characters long; the column allows %2</source>
        <translation>
            <numerusform>&apos;%1&apos; tem %n caractere; a coluna permite %2</numerusform>
            <numerusform>&apos;%1&apos; tem %n caracteres; a coluna permite %2</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <comment>what a column holds</comment>
        <translation>texto</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <comment>what a column holds</comment>
        <translation>números inteiros</translation>
    </message>
    <message>
        <source>decimals</source>
        <comment>what a column holds</comment>
        <translation>decimais</translation>
    </message>
    <message>
        <source>numbers</source>
        <comment>what a column holds</comment>
        <translation>números</translation>
    </message>
    <message>
        <source>true/false</source>
        <comment>what a column holds</comment>
        <translation>verdadeiro/falso</translation>
    </message>
    <message>
        <source>dates and times</source>
        <comment>what a column holds</comment>
        <translation>datas e horas</translation>
    </message>
    <message>
        <source>GUIDs</source>
        <comment>what a column holds</comment>
        <translation>GUIDs</translation>
    </message>
    <message>
        <source>binary data</source>
        <comment>what a column holds</comment>
        <translation>dados binários</translation>
    </message>
    <message>
        <source>No database file is given.</source>
        <translation>Nenhum arquivo de banco de dados foi informado.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>A opção %1 precisa de um valor.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>A opção %1 foi informada mais de uma vez.</translation>
    </message>
    <message numerus="yes">
        <source>Entity %1 → table %2: %n column(s)</source>
        <translation>
            <numerusform>Entidade %1 → tabela %2: %n coluna</numerusform>
            <numerusform>Entidade %1 → tabela %2: %n colunas</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary key: %1</source>
        <translation>Chave primária: %1</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUNA</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>NULLABLE</source>
        <translation>ANULÁVEL</translation>
    </message>
    <message>
        <source>LOOKUP</source>
        <translation>PESQUISA</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n aviso:</numerusform>
            <numerusform>%n avisos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>Formato desconhecido &quot;%1&quot;; use table ou json.</translation>
    </message>
    <message>
        <source>&quot;cdm show&quot; needs the entity file to read.</source>
        <translation>&quot;cdm show&quot; precisa do arquivo de entidade a ser lido.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;cdm&quot; needs an action: show.</source>
        <translation>&quot;cdm&quot; precisa de uma ação: show.</translation>
    </message>
    <message>
        <source>Unknown cdm action &quot;%1&quot;.</source>
        <translation>Ação de cdm desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No workspace at %1. Create one with &quot;dwadmin-cli demo create&quot; or start dwadmin once.</source>
        <translation>Nenhum espaço de trabalho em %1. Crie um com &quot;dwadmin-cli demo create&quot; ou inicie o dwadmin uma vez.</translation>
    </message>
    <message>
        <source>Run &quot;dwadmin-cli --help&quot; for usage.</source>
        <translation>Execute &quot;dwadmin-cli --help&quot; para ver o uso.</translation>
    </message>
    <message>
        <source>Say which maps: --map NAME (repeatable).</source>
        <translation>Informe quais mapas: --map NOME (pode ser repetido).</translation>
    </message>
    <message>
        <source>%1: %2, %3 queued change(s)</source>
        <translation>%1: %2, %3 alterações na fila</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--scale deve ser um número inteiro de 1 a 1000, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created the demo workspace at %1 (scale %2).</source>
        <translation>Espaço de trabalho de demonstração criado em %1 (escala %2).</translation>
    </message>
    <message>
        <source>--seconds must be a whole number of seconds (0: until stopped), not &quot;%1&quot;.</source>
        <translation>--seconds deve ser um número inteiro de segundos (0: até ser parado), não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed deve ser um número inteiro, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Simulating activity in %1; stop with Ctrl+C.</source>
        <translation>Simulando atividades em %1; pare com Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated %1 s of activity: %n change(s).</source>
        <translation>
            <numerusform>%1 s de atividade simulados: %n alteração.</numerusform>
            <numerusform>%1 s de atividade simulados: %n alterações.</numerusform>
        </translation>
    </message>
    <message>
        <source>  time approved: %1 (%2 actuals)</source>
        <translation>  horas aprovadas: %1 (%2 dados reais)</translation>
    </message>
    <message>
        <source>  proforma invoices confirmed: %1 (%2 actuals)</source>
        <translation>  faturas pró-forma confirmadas: %1 (%2 dados reais)</translation>
    </message>
    <message>
        <source>  expense reports posted: %1 (%2 lines)</source>
        <translation>  relatórios de despesas lançados: %1 (%2 linhas)</translation>
    </message>
    <message>
        <source>  vendor invoices posted: %1 (%2 lines)</source>
        <translation>  faturas de fornecedor lançadas: %1 (%2 linhas)</translation>
    </message>
    <message>
        <source>  integration journals posted: %1 (%2 actuals written back)</source>
        <translation>  diários de integração lançados: %1 (%2 dados reais gravados de volta)</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs an action: create or simulate.</source>
        <translation>&quot;demo&quot; precisa de uma ação: create ou simulate.</translation>
    </message>
    <message>
        <source>Unknown demo action &quot;%1&quot;.</source>
        <translation>Ação de demo desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Idioma desconhecido &quot;%1&quot;; use um de %2 ou system.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>COMPONENTE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSÃO</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>SENT.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>COM FALHA</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>ÚLTIMA EXECUÇÃO</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&quot;maps&quot; needs an action: list, export, import or validate.</source>
        <translation>&quot;maps&quot; precisa de uma ação: list, export, import ou validate.</translation>
    </message>
    <message>
        <source>Unknown maps action &quot;%1&quot;.</source>
        <translation>Ação de maps desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;maps %1&quot; needs a file name (&quot;-&quot; for the standard streams).</source>
        <extracomment>%1 is &quot;export&quot; or &quot;import&quot;</extracomment>
        <translation>&quot;maps %1&quot; precisa de um nome de arquivo (&quot;-&quot; para os fluxos padrão).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n map(s) to %1.</source>
        <translation>
            <numerusform>%n mapa exportado para %1.</numerusform>
            <numerusform>%n mapas exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1: %2
Nothing was imported.</source>
        <translation>Não é possível importar %1: %2
Nada foi importado.</translation>
    </message>
    <message>
        <source>%1 holds no maps; nothing was imported.</source>
        <translation>%1 não contém mapas; nada foi importado.</translation>
    </message>
    <message>
        <source>Cannot import %1: the maps&apos; dependencies would not allow a run order.
Nothing was imported.</source>
        <translation>Não é possível importar %1: as dependências dos mapas não permitiriam uma ordem de execução.
Nada foi importado.</translation>
    </message>
    <message>
        <source>%1: created, version %2</source>
        <translation>%1: criado, versão %2</translation>
    </message>
    <message>
        <source>%1: new version %2</source>
        <translation>%1: nova versão %2</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: inalterado</translation>
    </message>
    <message>
        <source>The %1 environment&apos;s database %2 does not exist.</source>
        <translation>O banco de dados %2 do ambiente %1 não existe.</translation>
    </message>
    <message numerus="yes">
        <source>All %n map(s) are valid.</source>
        <translation>
            <numerusform>%n mapa é válido.</numerusform>
            <numerusform>Todos os %n mapas são válidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAPA</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAGEM</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>SENTIDO</translation>
    </message>
    <message>
        <source>ERROR CLASS</source>
        <translation>CLASSE DE ERRO</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVAS</translation>
    </message>
    <message>
        <source>LAST ATTEMPT</source>
        <translation>ÚLTIMA TENTATIVA</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERRO</translation>
    </message>
    <message>
        <source>Unknown component &quot;%1&quot;; use setup, estimates, actuals, invoices, expenses or vendorInvoices.</source>
        <translation>Componente desconhecido &quot;%1&quot;; use setup, estimates, actuals, invoices, expenses ou vendorInvoices.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use synced, failed, conflict, skipped or pending.</source>
        <translation>Status desconhecido &quot;%1&quot;; use synced, failed, conflict, skipped ou pending.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Formato desconhecido &quot;%1&quot;; use table, csv ou json.</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 inserted, %4 updated, %5 unchanged, %6 failed (%7 s)</source>
        <translation>%1: %2 lidos, %3 inseridos, %4 atualizados, %5 inalterados, %6 com falha (%7 s)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows, %4 failed</source>
        <translation>%1: %2 de %3 linhas, %4 com falha</translation>
    </message>
    <message>
        <source>%1: record %2 is not a failed record; not retried.</source>
        <translation>%1: o registro %2 não é um registro com falha; não foi repetido.</translation>
    </message>
    <message>
        <source>Live sync stopped; the maps stay running and keep queueing changes for the next live run or worker.</source>
        <translation>Sincronização em tempo real parada; os mapas continuam em execução e colocando alterações na fila para a próxima execução em tempo real ou para um processo de trabalho.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue where it stopped.</source>
        <translation>Parado. Execute o mesmo comando novamente para continuar de onde parou.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; see &quot;dwadmin-cli records --status failed&quot;.</source>
        <translation>
            <numerusform>%n registro falhou; consulte &quot;dwadmin-cli records --status failed&quot;.</numerusform>
            <numerusform>%n registros falharam; consulte &quot;dwadmin-cli records --status failed&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>--master must be dataverse or finance, not &quot;%1&quot;.</source>
        <translation>--master deve ser dataverse ou finance, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say which maps to run: --all, --map NAME (repeatable) or --component C.</source>
        <translation>Informe quais mapas executar: --all, --map NOME (pode ser repetido) ou --component C.</translation>
    </message>
    <message>
        <source>--master applies to --initial runs.</source>
        <translation>--master se aplica a execuções --initial.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.1 to 3600.</source>
        <translation>--interval deve ser um número de segundos de 0.1 a 3600.</translation>
    </message>
    <message>
        <source>Say what to retry: --map NAME [--key K]… or --all-failed.</source>
        <translation>Informe o que repetir: --map NOME [--key K]… ou --all-failed.</translation>
    </message>
    <message>
        <source>--key needs exactly one --map.</source>
        <translation>--key precisa de exatamente um --map.</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>run outcome</comment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>run outcome</comment>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>run outcome</comment>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>run outcome</comment>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>SINCRONIZADOS</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLITOS</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>IGNORADOS</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>PENDENTES</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>NA FILA</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>RESUMABLE</source>
        <translation>RETOMÁVEL</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>Queued changes cannot be counted: %1</source>
        <translation>Não é possível contar as alterações na fila: %1</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot write to.</source>
        <translation>O ambiente %1 usa o driver %2, no qual a sincronização não pode gravar.</translation>
    </message>
    <message>
        <source>The %1 environment uses the driver %2, which sync cannot read from.</source>
        <translation>O ambiente %1 usa o driver %2, do qual a sincronização não pode ler.</translation>
    </message>
    <message>
        <source>Cannot open database %1: another process has held it locked for more than 5 s; run again when that process is done.</source>
        <translation>Não é possível abrir o banco de dados %1: outro processo o mantém bloqueado há mais de 5 s; execute novamente quando esse processo terminar.</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Não é possível ler a tabela %1: %2</translation>
    </message>
    <message>
        <source>The %1 environment uses a database driver dwadmin cannot read from.</source>
        <translation>O ambiente %1 usa um driver de banco de dados do qual o dwadmin não pode ler.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Não é possível gravar a exportação: %1</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot;: %2 is not a column the record&apos;s %3 row may be edited in.</source>
        <translation>Mapa &quot;%1&quot;: %2 não é uma coluna editável na linha do registro no %3.</translation>
    </message>
    <message>
        <source>Cannot write to the %1 table %2: %3</source>
        <translation>Não é possível gravar na tabela %2 do %1: %3</translation>
    </message>
    <message>
        <source>The %1 table %2 refused the new values of record %3: %4</source>
        <extracomment>%1 side, %2 table, %3 record key, %4 the database&apos;s message.</extracomment>
        <translation>A tabela %2 do %1 recusou os novos valores do registro %3: %4</translation>
    </message>
    <message>
        <source>Record %1 has no row in the %2 table %3 any more.</source>
        <translation>O registro %1 não tem mais linha na tabela %3 do %2.</translation>
    </message>
    <message>
        <source>The target database %1 was deleted, moved or replaced during the run; nothing more was written to it. Restore the file and run again.</source>
        <translation>O banco de dados de destino %1 foi excluído, movido ou substituído durante a execução; nada mais foi gravado nele. Restaure o arquivo e execute novamente.</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; was not run: the %2 environment&apos;s database %3 is read-only; allow this user to write it.</source>
        <translation>O mapa &quot;%1&quot; não foi executado: o banco de dados %3 do ambiente %2 é somente leitura; permita que este usuário grave nele.</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>não deve conter caracteres de controle</translation>
    </message>
    <message>
        <source>%1: served by %2; its changes are applied there.</source>
        <translation>%1: atendido por %2; as alterações dele são aplicadas lá.</translation>
    </message>
    <message>
        <source>Worker stopped; its map leases are given back.</source>
        <translation>Processo de trabalho parado; as concessões de mapas dele foram liberadas.</translation>
    </message>
    <message>
        <source>--lease must be a number of seconds from 1 to 3600 and at least three times the interval.</source>
        <translation>--lease deve ser um número de segundos de 1 a 3600 e de pelo menos três vezes o intervalo.</translation>
    </message>
    <message>
        <source>Worker %1 serves the running maps of %2 (every %3 s, lease %4 s) until SIGTERM or SIGINT.</source>
        <translation>O processo de trabalho %1 atende os mapas em execução de %2 (a cada %3 s, concessão de %4 s) até SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <source>SERVED BY</source>
        <translation>ATENDIDO POR</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; stopped: the connection to the %2 environment was lost and did not come back (%3). Nothing of the unfinished page was written; run the map again once the server is back and it continues where it stopped.</source>
        <translation>Mapa &quot;%1&quot; parado: a conexão com o ambiente %2 foi perdida e não foi restabelecida (%3). Nada da página inacabada foi gravado; execute o mapa novamente quando o servidor voltar, e ele continuará de onde parou.</translation>
    </message>
    <message>
        <source>Cannot read the lease of map %1: %2</source>
        <translation>Não é possível ler a concessão do mapa %1: %2</translation>
    </message>
    <message>
        <source>Cannot take the lease of map %1: %2</source>
        <translation>Não é possível obter a concessão do mapa %1: %2</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>outro processo de trabalho</translation>
    </message>
    <message>
        <source>Cannot give back the map leases of %1: %2</source>
        <translation>Não é possível liberar as concessões de mapas de %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the map leases: %1</source>
        <translation>Não é possível ler as concessões de mapas: %1</translation>
    </message>
    <message>
        <source>no connection after %1 attempts over %2 s: %3</source>
        <translation>nenhuma conexão após %1 tentativas em %2 s: %3</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; is now served by %2, taken over from %3, which stopped renewing its lease.</source>
        <translation>O mapa &quot;%1&quot; agora é atendido por %2, que assumiu o lugar de %3, pois este deixou de renovar a concessão.</translation>
    </message>
    <message>
        <source>Map created with version %1.</source>
        <translation>Mapa criado com a versão %1.</translation>
    </message>
    <message>
        <source>Map saved as version %1.</source>
        <translation>Mapa salvo como versão %1.</translation>
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
        <translation>Uso: dwadmin-cli [--workspace DIR] COMANDO [ARGUMENTOS]

Administra um espaço de trabalho do dwadmin a partir de scripts, cron e
servidores.

Comandos:
  maps list [--format table|json]   Lista os mapas de tabela com status e
                                    contagens
  maps export FILE                  Grava as versões ativas dos mapas em FILE
                                    (- para a saída padrão) como dwadmin-maps/1
  maps import FILE                  Importa os mapas de FILE (- para a entrada
                                    padrão): todos ou, em caso de erro, nenhum
  maps validate [--map NAME]... [--format table|json]
                                    Verifica os mapas em relação aos dois
                                    ambientes
  run (--all | --map NAME... | --component C) [--initial [--master SIDE]] [--live]
      [--interval SECONDS]          --initial: envio completo a partir do lado
                                    mestre (dataverse ou finance), na ordem
                                    das dependências; um envio interrompido
                                    continua de onde parou.
                                    --live: inicia os mapas e aplica as
                                    alterações deles até SIGINT/SIGTERM; os
                                    mapas continuam em execução. Nenhum dos
                                    dois: aplica uma vez o que está na fila
  worker [--interval SECONDS] [--lease SECONDS] [--name NAME]
                                    Atende todos os mapas em execução cuja
                                    concessão este processo de trabalho
                                    consiga obter (um processo de trabalho
                                    por mapa), até SIGTERM; para systemd
                                    (resources/systemd/)
  retry (--map NAME [--key K]... | --all-failed)
                                    Repete os registros com falha a partir das
                                    linhas atuais
  pause|resume|stop --map NAME...   Pausa (as alterações continuam entrando na
                                    fila), retoma (as alterações na fila são
                                    aplicadas) ou para mapas
  status [--format table|json]      Status, contagens de registros e última
                                    execução de cada mapa
  records [--map NAME]... [--component C] [--status S] [--format F]
                                    Lista os estados dos registros. S: synced,
                                    failed, conflict, skipped ou pending.
                                    F: table, csv ou json
  cdm show FILE [--format table|json]
                                    Mostra a tabela descrita por um arquivo de
                                    entidade do Common Data Model (*.cdm.json)
  workspace init --state-store postgresql://[USER@]HOST[:PORT]/DATABASE
                                    Transforma DIR em um espaço de trabalho
                                    cujo estado fica nesse servidor
                                    PostgreSQL, para ser compartilhado por
                                    consoles e processos de trabalho (sem
                                    nenhuma senha armazenada nele)
  demo create [--scale N]           Cria o espaço de trabalho de demonstração
                                    (N=1: uma empresa pequena)
  demo simulate [--seconds S]       Altera os ambientes de demonstração como o
                                    Project Operations e o Finance fazem (até
                                    ser parado ou por S segundos)

Opções:
  --workspace DIR   Pasta do espaço de trabalho (padrão: %1)
  --lang CODE       Idioma das mensagens: %2 ou system
                    (padrão: o da localidade, de LANG ou LC_MESSAGES)
  --help            Mostra esta ajuda
  --version         Mostra a versão

Códigos de saída: 0 ok, 1 alguns registros falharam, 2 erro de uso ou
de configuração.
</translation>
    </message>
    <message>
        <source>--state-store must be a PostgreSQL address such as postgresql://dwadmin@db.example.com:5432/dwadmin, not &quot;%1&quot;.</source>
        <translation>--state-store deve ser um endereço PostgreSQL, como postgresql://dwadmin@db.example.com:5432/dwadmin, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--state-store must not contain a password: dwadmin never stores one. Give it through PGPASSWORD or ~/.pgpass, or when the console asks.</source>
        <translation>--state-store não deve conter uma senha: o dwadmin nunca armazena senhas. Informe-a por meio de PGPASSWORD ou ~/.pgpass, ou quando o console solicitar.</translation>
    </message>
    <message>
        <source>--state-store must give a database name after the host, as in postgresql://host/dwadmin.</source>
        <translation>--state-store deve indicar o banco de dados após o host, como em postgresql://host/dwadmin.</translation>
    </message>
    <message>
        <source>workspace init needs --state-store ADDRESS.</source>
        <translation>&quot;workspace init&quot; precisa de --state-store ADDRESS.</translation>
    </message>
    <message>
        <source>The workspace at %1 keeps its state in %2 (schema version %3).</source>
        <translation>O espaço de trabalho em %1 mantém seu estado em %2 (versão de esquema %3).</translation>
    </message>
    <message>
        <source>Unknown workspace action &quot;%1&quot;; use init.</source>
        <translation>Ação de workspace desconhecida &quot;%1&quot;; use init.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none is known; dwadmin asks for it before the next run.</source>
        <translation>O servidor PostgreSQL de %1 solicita uma senha e nenhuma é conhecida; o dwadmin a solicitará antes da próxima execução.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password and none was given. Set it in the PGPASSWORD environment variable or add a line for this connection to ~/.pgpass.</source>
        <translation>O servidor PostgreSQL de %1 solicita uma senha e nenhuma foi informada. Defina-a na variável de ambiente PGPASSWORD ou adicione uma linha para esta conexão em ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2); dwadmin asks for it again before the next run.</source>
        <translation>O servidor PostgreSQL de %1 recusou a senha (%2); o dwadmin a solicitará novamente antes da próxima execução.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password (%2). Give the right one in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>O servidor PostgreSQL de %1 recusou a senha (%2). Informe a senha correta na variável de ambiente PGPASSWORD ou em ~/.pgpass.</translation>
    </message>
    <message>
        <source>The state store %1 already holds a workspace.</source>
        <translation>O repositório de estados %1 já contém um espaço de trabalho.</translation>
    </message>
    <message>
        <source>Cannot connect to the %1 environment: %2</source>
        <extracomment>%1 Dataverse or Finance, %2 why</extracomment>
        <translation>Não é possível conectar ao ambiente %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the state store&apos;s bookkeeping: %1</source>
        <translation>Não é possível preparar os dados de controle interno do repositório de estados: %1</translation>
    </message>
    <message>
        <source>Cannot open the state store %1: %2</source>
        <translation>Não é possível abrir o repositório de estados %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at offset %2: %3).</source>
        <translation>%1 não é um JSON válido (no deslocamento %2: %3).</translation>
    </message>
    <message>
        <source>%1 does not name a state store: it needs &quot;format&quot;: &quot;%2&quot; and a &quot;stateStore&quot; with &quot;driver&quot;: &quot;QPSQL&quot; and a &quot;database&quot;.</source>
        <translation>%1 não indica um repositório de estados: é necessário &quot;format&quot;: &quot;%2&quot; e um &quot;stateStore&quot; com &quot;driver&quot;: &quot;QPSQL&quot; e &quot;database&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for the Project Operations dual-write integration.</source>
        <translation>Console de administração da integração de gravação dupla do Project Operations.</translation>
    </message>
    <message>
        <source>Use the workspace in DIR (created as a demo if empty).</source>
        <translation>Usar o espaço de trabalho em DIR (criado como demonstração se estiver vazio).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show the user interface in CODE (%1, or system) for this start, instead of the language chosen in Settings.</source>
        <extracomment>%1 the language codes dwadmin ships</extracomment>
        <translation>Mostrar a interface do usuário em CODE (%1 ou system) nesta inicialização, em vez do idioma escolhido em Configurações.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of %2, or system.
</source>
        <extracomment>%1 the code given, %2 the codes dwadmin ships</extracomment>
        <translation>Idioma desconhecido &quot;%1&quot;; use um de %2 ou system.
</translation>
    </message>
</context>
</TS>
