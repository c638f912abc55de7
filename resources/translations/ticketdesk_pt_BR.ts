<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttachmentVault</name>
    <message>
        <location filename="../../src/service/attachmentvault.cpp" line="+47"/>
        <location line="+15"/>
        <source>Cannot create the folder %1 for attachment copies.</source>
        <translation>Não é possível criar a pasta %1 para as cópias dos anexos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 is no longer there: it was moved or deleted since it was attached. Attach it again, in a new ticket if this is a retry.</source>
        <translation>O arquivo %1 não está mais lá: foi movido ou excluído depois de anexado. Anexe-o de novo, num ticket novo se for uma nova tentativa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot copy %1: %2</source>
        <translation>Não é possível copiar %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/cliexit.cpp" line="+72"/>
        <source>Try &apos;ticketdesk --help&apos; for more information.</source>
        <translation>Experimente &apos;ticketdesk --help&apos; para mais informações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &apos;ticketdesk %1 --help&apos; for more information.</source>
        <translation>Experimente &apos;ticketdesk %1 --help&apos; para mais informações.</translation>
    </message>
    <message>
        <location filename="../../src/app/clioptions.cpp" line="+25"/>
        <source>Settings file.</source>
        <translation>Arquivo de configurações.</translation>
    </message>
    <message>
        <location filename="../../src/app/clicreate.cpp" line="+76"/>
        <source>Ignored: create and retry never listen.</source>
        <translation>Ignorado: create e retry nunca escutam.</translation>
    </message>
    <message>
        <location filename="../../src/app/clioptions.cpp" line="-2"/>
        <source>Database: a SQLite file, or a team database&apos;s postgresql:// URL.</source>
        <translation>Banco de dados: um arquivo SQLite ou a URL postgresql:// de um banco de dados de equipe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ripio API base URL.</source>
        <translation>URL base da API da Ripio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON output.</source>
        <translation>Saída em JSON.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>There is no database at %1, the default place, yet: nothing has been stored there as this user. Name the database with --db.</source>
        <translation>Ainda não há banco de dados em %1, o local padrão: nada foi guardado lá com este usuário. Indique o banco de dados com --db.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 does not exist.</source>
        <translation>O banco de dados %1 não existe.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; is not an option, and no ticket number or count is negative</source>
        <translation>&apos;%1&apos; não é uma opção, e nenhum número de chamado ou contagem é negativo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 is given more than once</source>
        <translation>--%1 foi informado mais de uma vez</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 needs a value, and &apos;%2&apos; after it is an option (to give a value that begins with a dash, write %1=VALUE)</source>
        <translation>%1 precisa de um valor, e &apos;%2&apos; depois dele é uma opção (para dar um valor que começa com hífen, escreva %1=VALOR)</translation>
    </message>
    <message>
        <location filename="../../src/app/clicreate.cpp" line="-29"/>
        <source>Wait up to SECONDS for CREATED or FAILED.</source>
        <translation>Aguardar até SECONDS segundos por CREATED ou FAILED.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask Ripio about a PENDING ticket after this many seconds.</source>
        <translation>Consultar a Ripio sobre um chamado PENDING após esta quantidade de segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer UUID.</source>
        <translation>UUID do cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary.</source>
        <translation>Resumo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description.</source>
        <translation>Descrição.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own reference (kept here, never sent to Ripio).</source>
        <translation>Sua própria referência (guardada aqui, nunca enviada à Ripio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to attach (repeatable).</source>
        <translation>Arquivo a anexar (pode ser repetido).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue one ticket per row of a CSV file.</source>
        <translation>Coloca na fila um chamado por linha de um arquivo CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --from-csv: report, queue nothing.</source>
        <translation>Com --from-csv: informa, não coloca nada na fila.</translation>
    </message>
    <message>
        <location filename="../../src/app/clioptions.cpp" line="-115"/>
        <source>settings file %1 does not exist</source>
        <translation>o arquivo de configurações %1 não existe</translation>
    </message>
    <message>
        <location filename="../../src/app/clicreate.cpp" line="+3"/>
        <source>Retry an UNCONFIRMED ticket, though Ripio may have it already.</source>
        <translation>Reenviar um chamado UNCONFIRMED, embora a Ripio talvez já o tenha.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>settings file %1: %2</source>
        <translation>arquivo de configurações %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--api-base: not an http(s) URL</source>
        <translation>--api-base: não é uma URL http(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--api-base is not used: the team&apos;s servers send the ticket</source>
        <translation>--api-base não é usado: os servidores da equipe enviam o chamado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--api-base is not used: the TicketDesk running on this database sends the ticket</source>
        <translation>--api-base não é usado: o TicketDesk em execução neste banco de dados envia o chamado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--reconcile-after: expected a whole number of seconds &gt;= 1</source>
        <translation>--reconcile-after: esperado um número inteiro de segundos &gt;= 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--reconcile-after is not used: the team&apos;s servers ask Ripio</source>
        <translation>--reconcile-after não é usado: os servidores da equipe consultam a Ripio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reconcile-after is not used: the TicketDesk running on this database asks Ripio</source>
        <translation>--reconcile-after não é usado: o TicketDesk em execução neste banco de dados consulta a Ripio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--wait: expected a whole number of seconds</source>
        <translation>--wait: esperado um número inteiro de segundos</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+117"/>
        <source>ticket %1 vanished from the database</source>
        <translation>o chamado %1 sumiu do banco de dados</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>ticket %1 is queued; a TicketDesk server on this database will send it</source>
        <translation>o chamado %1 está na fila; um servidor do TicketDesk neste banco de dados vai enviá-lo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ticket %1 is queued, but no TicketDesk server has been seen on this database in the last minute: it is sent when one runs (ticketdesk serve)</source>
        <translation>o chamado %1 está na fila, mas nenhum servidor do TicketDesk foi visto neste banco de dados no último minuto: ele será enviado quando um estiver em execução (ticketdesk serve)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket %1 queued; a running TicketDesk on this database will send it</source>
        <translation>chamado %1 na fila; um TicketDesk em execução neste banco de dados vai enviá-lo</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Ripio answered for ticket %1, but its answer is not stored yet: the database refuses it (see above); trying for %2 s more</source>
        <translation>A Ripio respondeu pelo chamado %1, mas a resposta ainda não foi gravada: o banco de dados a recusa (veja acima); tentando por mais %2 s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ticket %1 was not sent: %2 It stays queued, and the next TicketDesk on this database sends it once that is put right: do not create it again</source>
        <translation>o chamado %1 não foi enviado: %2 Ele continua na fila, e o próximo TicketDesk neste banco de dados o envia quando isso for corrigido: não o crie de novo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ripio answered for ticket %1 (Ripio&apos;s ticket ID: %2), but the answer could not be stored, here or in a file: free space or bring the database back. Do not create it again or retry it: its webhook brings its outcome</source>
        <translation>A Ripio respondeu pelo chamado %1 (ID do chamado na Ripio: %2), mas a resposta não pôde ser gravada, nem aqui nem em um arquivo: libere espaço ou restabeleça o banco de dados. Não o crie de novo nem o tente novamente: o webhook traz o resultado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ripio answered for ticket %1 (Ripio&apos;s ticket ID: %2), but the database did not take the answer: it is kept in %3 and written when TicketDesk next starts on this database. Do not create it again or retry it</source>
        <translation>A Ripio respondeu pelo chamado %1 (ID do chamado na Ripio: %2), mas o banco de dados não aceitou a resposta: ela fica guardada em %3 e é gravada quando o TicketDesk iniciar de novo com este banco de dados. Não o crie de novo nem o tente novamente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ticket %1 is still %2 after %3 s, and nothing else is running on this database to send it: it is sent when `ticketdesk serve` or the desktop runs; do not create it again</source>
        <translation>o chamado %1 continua em %2 após %3 s, e nada mais está rodando neste banco de dados para enviá-lo: ele será enviado quando o `ticketdesk serve` ou o desktop rodar; não o crie de novo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket %1 is still %2 after %3 s, and no TicketDesk server has been seen on this database in the last minute: it is sent when one runs (ticketdesk serve); do not create it again</source>
        <translation>o chamado %1 continua em %2 após %3 s, e nenhum servidor do TicketDesk foi visto neste banco de dados no último minuto: ele será enviado quando um rodar (ticketdesk serve); não o crie de novo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticket %1 is still %2 after %3 s; it goes on without this command: do not create it again</source>
        <translation>o chamado %1 continua %2 após %3 s; ele segue sem este comando: não o crie de novo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ripio did not register it; `ticketdesk retry %1` sends it again</source>
        <translation>a Ripio não o registrou; `ticketdesk retry %1` o envia de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket %1 is %2: %3</source>
        <translation>o chamado %1 está %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not create it again: wait for its webhook, or run `ticketdesk retry %1 --unconfirmed`.</source>
        <translation>Não o crie de novo: aguarde o webhook dele, ou execute `ticketdesk retry %1 --unconfirmed`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket %1 queued, and not sent: %2 Once that is put right, `ticketdesk serve` or the desktop sends it, whichever runs on this database.</source>
        <translation>chamado %1 na fila, e não enviado: %2 Quando isso for corrigido, `ticketdesk serve` ou o aplicativo de desktop o envia, o que estiver rodando neste banco de dados.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ticket %1 queued, and not sent: %2 Once that is put right, `ticketdesk serve` or the desktop sends it, whichever runs on this database: do not create it again.</source>
        <translation>chamado %1 na fila, e não enviado: %2 Quando isso for corrigido, `ticketdesk serve` ou o aplicativo de desktop o envia, o que estiver rodando neste banco de dados: não o crie de novo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket %1 is PENDING; nothing is running on this database to receive its outcome: start `ticketdesk serve` or the desktop, which also ask Ripio, or run with --wait</source>
        <translation>o chamado %1 está PENDING; nada está em execução neste banco de dados para receber o resultado: inicie `ticketdesk serve` ou o aplicativo de desktop, que também consultam a Ripio, ou execute com --wait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ticket %1 queued; nothing is running on this database to send it: start `ticketdesk serve` or the desktop, or run with --wait</source>
        <translation>chamado %1 na fila; nada está em execução neste banco de dados para enviá-lo: inicie `ticketdesk serve` ou o aplicativo de desktop, ou execute com --wait</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last attempt: %1</source>
        <translation>última tentativa: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the engine did not start</source>
        <translation>o mecanismo não iniciou</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n tickets queued; a TicketDesk server on this database will send them</source>
        <translation>
            <numerusform>%n chamado na fila; um servidor do TicketDesk neste banco de dados o enviará</numerusform>
            <numerusform>%n chamados na fila; um servidor do TicketDesk neste banco de dados os enviará</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tickets queued, but no TicketDesk server has been seen on this database in the last minute: they are sent when one runs (ticketdesk serve)</source>
        <translation>
            <numerusform>%n chamado na fila, mas nenhum servidor do TicketDesk foi visto neste banco de dados no último minuto: será enviado quando um estiver em execução (ticketdesk serve)</numerusform>
            <numerusform>%n chamados na fila, mas nenhum servidor do TicketDesk foi visto neste banco de dados no último minuto: serão enviados quando um estiver em execução (ticketdesk serve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n tickets queued; a running TicketDesk on this database will send them</source>
        <translation>
            <numerusform>%n chamado na fila; um TicketDesk em execução neste banco de dados o enviará</numerusform>
            <numerusform>%n chamados na fila; um TicketDesk em execução neste banco de dados os enviará</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tickets queued; nothing is running on this database to send them: start `ticketdesk serve` or the desktop</source>
        <translation>
            <numerusform>%n chamado na fila; nada está em execução neste banco de dados para enviá-lo: inicie `ticketdesk serve` ou o aplicativo de desktop</numerusform>
            <numerusform>%n chamados na fila; nada está em execução neste banco de dados para enviá-los: inicie `ticketdesk serve` ou o aplicativo de desktop</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>create: --%1 does not go with --from-csv</source>
        <translation>create: --%1 não pode ser usado com --from-csv</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n rows of %1 already have an open ticket; nothing was queued for them</source>
        <translation>
            <numerusform>%n linha de %1 já tem um chamado aberto; nada foi colocado na fila por ela</numerusform>
            <numerusform>%n linhas de %1 já têm um chamado aberto; nada foi colocado na fila por elas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n rows of %1 were refused; nothing was queued for them</source>
        <translation>
            <numerusform>%n linha de %1 foi recusada; nada foi colocado na fila por ela</numerusform>
            <numerusform>%n linhas de %1 foram recusadas; nada foi colocado na fila por elas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the tickets were not saved</source>
        <translation>os chamados não foram salvos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing was queued: line %1 of %2 now duplicates an open ticket saved since the file was read; run the command again to queue the other rows</source>
        <translation>nada entrou na fila: a linha %1 de %2 agora duplica um chamado aberto salvo depois que o arquivo foi lido; rode o comando de novo para pôr as outras linhas na fila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was queued: lines %1 of %2 now duplicate open tickets saved since the file was read; run the command again to queue the other rows</source>
        <translation>nada entrou na fila: as linhas %1 de %2 agora duplicam chamados abertos salvos depois que o arquivo foi lido; rode o comando de novo para pôr as outras linhas na fila</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>create: unexpected argument &apos;%1&apos;</source>
        <translation>create: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create: --dry-run goes with --from-csv</source>
        <translation>create: --dry-run só é usado com --from-csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create: --customer and --summary are required</source>
        <translation>create: --customer e --summary são obrigatórios</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the ticket was not saved</source>
        <translation>o chamado não foi salvo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>retry: expected exactly one ticket ID</source>
        <translation>retry: esperado exatamente um ID de chamado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry: ID must be a local ticket id (a positive number)</source>
        <translation>retry: o ID deve ser um ID local de chamado (um número positivo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket %1 is %2: only FAILED, REJECTED or UNCONFIRMED tickets can be retried</source>
        <translation>o chamado %1 está em %2: só chamados FAILED, REJECTED ou UNCONFIRMED podem ser tentados de novo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticket %1 is UNCONFIRMED: Ripio may have it already, and a retry may file it twice. Wait for its webhook, or retry with --unconfirmed to send it anyway.</source>
        <translation>o chamado %1 está UNCONFIRMED: a Ripio talvez já o tenha, e um reenvio pode registrá-lo duas vezes. Aguarde o webhook dele, ou reenvie com --unconfirmed para enviá-lo mesmo assim.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ticket %1 was not retried</source>
        <translation>o chamado %1 não foi reenviado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ticket %1 was already retried as %2; it was not sent again</source>
        <translation>o chamado %1 já foi reenviado como %2; não foi enviado de novo</translation>
    </message>
    <message>
        <location filename="../../src/app/commandline.cpp" line="+202"/>
        <source>Usage: ticketdesk [COMMAND] [OPTIONS]

Without a command, ticketdesk starts the desktop application.
</source>
        <translation>Uso: ticketdesk [COMANDO] [OPÇÕES]

Sem um comando, o ticketdesk abre o aplicativo de desktop.
</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>  export FILE [--status S]         Write tickets to FILE (.csv or .json; - for CSV on stdout)
</source>
        <translation>  export FILE [--status S]         Grava os chamados em FILE (.csv ou .json; - para CSV na saída padrão)
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>  stats [--since DATE] [--until DATE] [--operator NAME] [--customer ID] [--status S] [--json]
                                   Outcomes, times to outcome (p50/p95 ms), deliveries per local
                                   day (YYYY-MM-DD; default: the last 7 days), totals and now
</source>
        <translation>  stats [--since DATE] [--until DATE] [--operator NAME] [--customer ID] [--status S] [--json]
                                   Resultados, tempos até o resultado (p50/p95 ms), entregas por dia
                                   local (YYYY-MM-DD; padrão: os últimos 7 dias), totais e agora
</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Serve options:
  --listen HOST:PORT               Webhook listener address
  --path PATH                      Webhook path
  --api-base URL                   Ripio API base URL
  --reconcile-after SECONDS        Ask Ripio about a ticket PENDING this long
  --tls-cert FILE --tls-key FILE   Serve HTTPS with this certificate and private key
  --insecure-no-signature          Accept unsigned webhooks (testing only)
  --metrics HOST:PORT              Serve Prometheus metrics on GET /metrics there
</source>
        <translation>Opções de serve:
  --listen HOST:PORT               Endereço do receptor de webhooks
  --path PATH                      Caminho do webhook
  --api-base URL                   URL base da API da Ripio
  --reconcile-after SECONDS        Consultar a Ripio sobre um chamado que esteja PENDING por este tempo
  --tls-cert FILE --tls-key FILE   Servir HTTPS com este certificado e esta chave privada
  --insecure-no-signature          Aceitar webhooks sem assinatura (somente para testes)
  --metrics HOST:PORT              Servir métricas do Prometheus em GET /metrics nesse endereço
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Desktop options (without a command):
  --demo                           Use the built-in Ripio sandbox and a throwaway database
  --demo-empty                     The same, without the sample customers and tickets
  --db PATH                        Database file (default: tickets.sqlite in the data folder)
  --palette NAME                   Colours: system (default), light or dark
  --lang CODE                      Language, e.g. es or pt_BR (the commands take it too)
</source>
        <translation>Opções do desktop (sem um comando):
  --demo                           Usar o sandbox da Ripio embutido e um banco de dados descartável
  --demo-empty                     O mesmo, sem os clientes e os chamados de exemplo
  --db PATH                        Arquivo do banco de dados (padrão: tickets.sqlite na pasta de dados)
  --palette NAME                   Cores: system (padrão), light ou dark
  --lang CODE                      Idioma, p. ex. es ou pt_BR (os comandos também o aceitam)
</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../src/app/customerscommand.cpp" line="+27"/>
        <location line="+106"/>
        <location filename="../../src/app/statscommand.cpp" line="+216"/>
        <source>Listener address.</source>
        <translation>Endereço do receptor.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Only tickets with this status.</source>
        <translation>Somente chamados com este status.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>comando desconhecido &apos;%1&apos;; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  list [--status S] [--json]       List tickets (oldest first)
</source>
        <translation>  list [--status S] [--json]       Lista os chamados (os mais antigos primeiro)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  show ID [--json]                 Show one ticket; ID is the local id or Ripio&apos;s ticketId
</source>
        <translation>  show ID [--json]                 Mostra um chamado; ID é o id local ou o ticketId da Ripio
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  serve [SERVE OPTIONS]            Run the headless engine (webhooks, outbox, reconciliation)
</source>
        <translation>  serve [SERVE OPTIONS]            Executa o mecanismo sem interface (webhooks, fila de saída, reconciliação)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  create --customer UUID --summary TEXT [--description TEXT] [--reference TEXT]
         [--attach FILE]...        Create a ticket and send it to Ripio (--reference: your own
                                   reference, kept here and never sent to Ripio)
</source>
        <translation>  create --customer UUID --summary TEXT [--description TEXT] [--reference TEXT]
         [--attach FILE]...        Cria um chamado e o envia à Ripio (--reference: sua própria
                                   referência, guardada aqui e nunca enviada à Ripio)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  retry ID                         Retry a FAILED, REJECTED or UNCONFIRMED ticket as a new one
</source>
        <translation>  retry ID                         Reenvia um chamado FAILED, REJECTED ou UNCONFIRMED como um novo
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  watch [--status S] [--json]      Print each ticket change as it is committed, until Ctrl+C
</source>
        <translation>  watch [--status S] [--json]      Mostra cada alteração de um chamado assim que é confirmada, até Ctrl+C
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  db init --db URL                 Set up a team database (schema, roles, grants) or make a SQLite file
</source>
        <translation>  db init --db URL                 Prepara um banco de dados de equipe (esquema, papéis, permissões) ou cria um arquivo SQLite
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  db status [--json]               Schema version, roles and the processes seen
</source>
        <translation>  db status [--json]               Versão do esquema, papéis e processos vistos
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  create --from-csv FILE [--dry-run] [--json]
                                   Queue one ticket per ready row of a CSV list; exit 1 when a
                                   row was refused (the ready rows are queued all the same)
</source>
        <translation>  create --from-csv FILE [--dry-run] [--json]
                                   Coloca na fila um chamado por linha pronta de uma lista CSV; sai com 1
                                   se uma linha foi recusada (as linhas prontas entram na fila mesmo assim)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  customers list [--json]          List the customer directory (names, emails, references)
</source>
        <translation>  customers list [--json]          Lista o diretório de clientes (nomes, e-mails, referências)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  customers import FILE [--dry-run] [--json]
                                   Add or update customers from a CSV list; exit 1 when a row
                                   was invalid (the valid rows are written all the same)
</source>
        <translation>  customers import FILE [--dry-run] [--json]
                                   Adiciona ou atualiza clientes a partir de uma lista CSV; sai com 1 se uma
                                   linha era inválida (as linhas válidas são gravadas mesmo assim)
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  help, --help, -h                 Show this help
</source>
        <translation>  help, --help, -h                 Mostra esta ajuda
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --version, -v                    Show the version
</source>
        <translation>  --version, -v                    Mostra a versão
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Common options:
  --db PATH                        Database file (default: tickets.sqlite in the data folder),
                                   or a team database&apos;s postgresql:// URL
  --config FILE                    Settings file
  --lang CODE                      Language, e.g. es or pt_BR
</source>
        <translation>Opções comuns:
  --db PATH                        Arquivo de banco de dados (padrão: tickets.sqlite na pasta de dados),
                                   ou a URL postgresql:// de um banco de dados da equipe
  --config FILE                    Arquivo de configurações
  --lang CODE                      Idioma, p. ex. es ou pt_BR
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create and retry options:
  --api-base URL                   Ripio API base URL
  --wait SECONDS                   Wait up to SECONDS for CREATED or FAILED
                                   (exit 1 if FAILED or REJECTED, 3 if
                                   still unknown: do not create it again)
  --reconcile-after SECONDS        Ask Ripio about the ticket once PENDING this long
  --json                           Print the ticket as JSON
  --unconfirmed                    (retry) Send an UNCONFIRMED ticket again,
                                   though Ripio may have it already
</source>
        <translation>Opções de create e retry:
  --api-base URL                   URL base da API da Ripio
  --wait SECONDS                   Aguardar até SECONDS segundos por CREATED ou FAILED
                                   (sai com 1 se FAILED ou REJECTED, com 3 se
                                   ainda desconhecido: não o crie de novo)
  --reconcile-after SECONDS        Consultar a Ripio sobre o chamado após ficar PENDING esse tempo
  --json                           Imprimir o chamado em JSON
  --unconfirmed                    (retry) Enviar de novo um chamado UNCONFIRMED,
                                   embora a Ripio talvez já o tenha
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Environment (secrets are never read from a settings file; without these, the keychain):
  TICKETDESK_CLIENT_ID, TICKETDESK_CLIENT_SECRET  Ripio API credentials
  TICKETDESK_WEBHOOK_SECRET        Webhook signing secret (serve)
  TICKETDESK_WEBHOOK_SECRET_PREVIOUS  The previous one, during a rotation
  TICKETDESK_DATABASE_PASSWORD     Team database password (or PGPASSWORD, ~/.pgpass)
</source>
        <translation>Ambiente (os segredos nunca são lidos de um arquivo de configurações; sem estas variáveis, do chaveiro):
  TICKETDESK_CLIENT_ID, TICKETDESK_CLIENT_SECRET  Credenciais da API da Ripio
  TICKETDESK_WEBHOOK_SECRET        Segredo de assinatura dos webhooks (serve)
  TICKETDESK_WEBHOOK_SECRET_PREVIOUS  O anterior, durante uma rotação
  TICKETDESK_DATABASE_PASSWORD     Senha do banco de dados da equipe (ou PGPASSWORD, ~/.pgpass)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statuses: QUEUED, SUBMITTING, PENDING, CREATED, FAILED, REJECTED, UNCONFIRMED (any case).
Exit codes: 0 success, 1 failure, 2 usage error, 3 (create, retry) ticket made,
outcome not known.
</source>
        <translation>Status: QUEUED, SUBMITTING, PENDING, CREATED, FAILED, REJECTED, UNCONFIRMED (maiúsculas ou minúsculas).
Códigos de saída: 0 sucesso, 1 falha, 2 erro de uso, 3 (create, retry) chamado criado,
resultado ainda desconhecido.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commands:
</source>
        <translation>Comandos:
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: ticketdesk %1 [OPTIONS]
</source>
        <translation>Uso: ticketdesk %1 [OPÇÕES]
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Environment:
  TICKETDESK_DATABASE_PASSWORD     Team database password (or PGPASSWORD, ~/.pgpass)
</source>
        <translation>Ambiente:
  TICKETDESK_DATABASE_PASSWORD     Senha do banco de dados da equipe (ou PGPASSWORD, ~/.pgpass)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every command: ticketdesk --help
</source>
        <translation>Todos os comandos: ticketdesk --help
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown status &apos;%1&apos; (expected one of %2)</source>
        <translation>status desconhecido &apos;%1&apos; (esperado um de %2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation>list: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../src/app/customerscommand.cpp" line="-80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSUE KEY</source>
        <translation>CHAVE DO CHAMADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUSTOMER</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUMMARY</source>
        <translation>RESUMO</translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>%1 (%2, %n bytes) %3</source>
        <translation>
            <numerusform>%1 (%2, %n byte) %3</numerusform>
            <numerusform>%1 (%2, %n bytes) %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/statscommand.cpp" line="-60"/>
        <source>CREATED</source>
        <translation>CRIADO</translation>
    </message>
    <message>
        <location filename="../../src/app/commandline.cpp" line="-174"/>
        <source>CREATED (UTC)</source>
        <translation>CRIADO (UTC)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No tickets.</source>
        <translation>Nenhum chamado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ripio production (%1)</source>
        <translation>produção da Ripio (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio sandbox (%1)</source>
        <translation>sandbox da Ripio (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>show: expected exactly one ticket ID</source>
        <translation>show: esperado exatamente um ID de chamado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no ticket with id or ticketId &apos;%1&apos;</source>
        <translation>nenhum chamado com id ou ticketId &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(%1)</source>
        <comment>why a field is empty</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket id:</source>
        <translation>Id do chamado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (conflicting outcome reported)</source>
        <translation> (resultado conflitante informado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue key:</source>
        <translation>Chave do chamado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Resumo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Criado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Atualizado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of:</source>
        <translation>Reenvio de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retried as:</source>
        <translation>Reenviado como:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed twice:</source>
        <translation>Registrado duas vezes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio registered this request as ticket %1 too (%2). Ask Ripio to close one.</source>
        <translation>A Ripio registrou esta solicitação também como o chamado %1 (%2). Peça à Ripio que feche um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no issue key yet</source>
        <translation>ainda sem chave do chamado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first seen through a webhook</source>
        <translation>visto pela primeira vez por um webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created in TicketDesk</source>
        <translation>criado no TicketDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created in TicketDesk by %1</source>
        <translation>criado no TicketDesk por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to:</source>
        <translation>Enviado para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries:</source>
        <translation>Entregas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History:</source>
        <translation>Histórico:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(kept in the team database)</source>
        <translation>(guardado no banco de dados da equipe)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>early</source>
        <comment>a delivery&apos;s verdict: issued after it arrived</comment>
        <translation>adiantado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 %3 from %4</source>
        <translation>%1 %2 %3 de %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(undecoded)</source>
        <translation>(não decodificado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>export: expected exactly one output FILE</source>
        <translation>export: esperado exatamente um FILE de saída</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: FILE must end in .csv or .json (or be - for CSV on standard output)</source>
        <translation>export: FILE deve terminar em .csv ou .json (ou ser - para CSV na saída padrão)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+27"/>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported 1 ticket to %1</source>
        <translation>1 chamado exportado para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 tickets to %2</source>
        <translation>%1 chamados exportados para %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>missing command</source>
        <translation>comando ausente</translation>
    </message>
    <message>
        <location line="-632"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="+174"/>
        <source>no translation for --lang %1: TicketDesk shows English (it also speaks es and pt_BR)</source>
        <translation>não há tradução para --lang %1: o TicketDesk aparece em inglês (também fala es e pt_BR)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--lang needs a language code</source>
        <translation>--lang precisa de um código de idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the value of %1 is not UTF-8 text</source>
        <translation>o valor de %1 não é texto UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %1 is not UTF-8 text</source>
        <translation>o argumento %1 não é texto UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no display to show the desktop on (DISPLAY is not set); run &apos;ticketdesk serve&apos; for the headless engine</source>
        <translation>não há tela para mostrar o aplicativo de desktop (DISPLAY não está definido); execute &apos;ticketdesk serve&apos; para o mecanismo sem interface</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the standard output is closed: nothing was done, as what the command makes could not be said</source>
        <translation>a saída padrão está fechada: nada foi feito, pois não seria possível informar o que o comando faz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the output could not be written: %1; what the command made was saved all the same: do not run it again (`ticketdesk list` shows it)</source>
        <translation>não foi possível escrever a saída: %1; o que o comando criou foi salvo mesmo assim: não o execute de novo (`ticketdesk list` o mostra)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the output could not be written: %1</source>
        <translation>não foi possível gravar a saída: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/customerscommand.cpp" line="-21"/>
        <source>customers list: unexpected argument &apos;%1&apos;</source>
        <translation>customers list: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customers.</source>
        <translation>Nenhum cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTERNAL REF</source>
        <translation>REF. EXTERNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSED</source>
        <translation>ENCERRADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SEEN (UTC)</source>
        <translation>VISTO POR ÚLTIMO (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Totals: %1 new, %2 updated, %3 unchanged, %4 invalid.</source>
        <translation>Totais — novos: %1, atualizados: %2, sem alterações: %3, inválidos: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: nothing was written.</source>
        <translation>Simulação: nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customers written.</source>
        <translation>
            <numerusform>%n cliente gravado.</numerusform>
            <numerusform>%n clientes gravados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show what would change; write nothing.</source>
        <translation>Mostra o que mudaria; não grava nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>customers import: expected exactly one FILE</source>
        <translation>customers import: era esperado exatamente um FILE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the customers could not be written (none was): %1</source>
        <translation>não foi possível gravar os clientes (nenhum foi gravado): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n rows of %1 are invalid and were not imported</source>
        <translation>
            <numerusform>%n linha de %1 é inválida e não foi importada</numerusform>
            <numerusform>%n linhas de %1 são inválidas e não foram importadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>customers: expected a subcommand (list, import)</source>
        <translation>customers: era esperado um subcomando (list, import)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers: unknown subcommand &apos;%1&apos;</source>
        <translation>customers: subcomando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../src/app/clibulkcreate.cpp" line="+89"/>
        <location filename="../../src/app/customerscommand.cpp" line="-104"/>
        <source>line %1:</source>
        <translation>linha %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as ticket %1</source>
        <translation>como chamado %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/app/customerscommand.cpp" line="+12"/>
        <source>Ignored columns: %1</source>
        <translation>Colunas ignoradas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals: %1 ready, %2 refused, %3 already open.</source>
        <translation>Totais: %1 prontos, %2 recusados, %3 já abertos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was queued.</source>
        <translation>Simulação: nada foi colocado na fila.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tickets queued.</source>
        <translation>
            <numerusform>%n chamado na fila.</numerusform>
            <numerusform>%n chamados na fila.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/clicsv.cpp" line="+15"/>
        <source>cannot read the file: %1</source>
        <translation>não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/statscommand.cpp" line="-12"/>
        <source>Insights from %1 to %2 (%3)</source>
        <translation>Indicadores de %1 a %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for operator %1</source>
        <translation>do operador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for customer %1</source>
        <translation>do cliente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(status now: %1)</source>
        <translation>(status agora: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAY</source>
        <translation>DIA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED</source>
        <translation>RECUSADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNCONFIRMED</source>
        <translation>NÃO CONFIRMADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPEN</source>
        <translation>ABERTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 MS</source>
        <translation>P50 MS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P95 MS</source>
        <translation>P95 MS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALID WEBHOOKS</source>
        <translation>WEBHOOKS VÁLIDOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OTHER DELIVERIES</source>
        <translation>OUTRAS ENTREGAS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes arrived: %1 by webhook, %2 by reconciliation, %3 unknown.</source>
        <translation>Resultados recebidos: %1 por webhook, %2 por conciliação, %3 desconhecidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure rate: %1. Retries: %2; first failures cured by a retry: %3 of %4 (%5).</source>
        <translation>Taxa de falhas: %1. Novas tentativas: %2; primeiras falhas resolvidas por uma nova tentativa: %3 de %4 (%5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deliveries: %1 valid, %2 late, %3 duplicate, %4 bad signature, %5 quarantined, %6 other family, %7 other.</source>
        <translation>Entregas: %1 válidas, %2 atrasadas, %3 duplicadas, %4 com assinatura inválida, %5 em quarentena, %6 de outra família, %7 outras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: %1 open, %2 stuck; oldest PENDING since: %3; last webhook: %4.</source>
        <translation>Agora: %1 abertos, %2 travados; PENDING mais antigo desde: %3; último webhook: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day (YYYY-MM-DD, local time).</source>
        <translation>Primeiro dia (YYYY-MM-DD, hora local).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day (YYYY-MM-DD, local time); default: today.</source>
        <translation>Último dia (YYYY-MM-DD, hora local); padrão: hoje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only tickets this operator created.</source>
        <translation>Somente os chamados que este operador criou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only tickets of this customer (ID).</source>
        <translation>Somente os chamados deste cliente (ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only tickets in this status now.</source>
        <translation>Somente os chamados que agora estão neste status.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stats: unexpected argument &apos;%1&apos;</source>
        <translation>stats: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the system&apos;s time zone (TZ=%1) is not known: days are counted in UTC</source>
        <translation>o fuso horário do sistema (TZ=%1) não é conhecido: os dias são contados em UTC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stats: --%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>stats: --%1 &apos;%2&apos; não é uma data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stats: --since %1 is after --until %2</source>
        <translation>stats: --since %1 é posterior a --until %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stats: --since %1 is after today, %2</source>
        <translation>stats: --since %1 é depois de hoje, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stats: the range from %1 to %2 is longer than %3 days</source>
        <translation>stats: o intervalo de %1 a %2 é maior que %3 dias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stats: unknown status &apos;%1&apos; (expected one of %2)</source>
        <translation>stats: status desconhecido &apos;%1&apos; (esperado um de %2)</translation>
    </message>
</context>
<context>
    <name>CreateTicketDialog</name>
    <message>
        <location filename="../../ui/createticketdialog.ui" line="+11"/>
        <location line="+3"/>
        <source>New support ticket</source>
        <translation>Novo chamado de suporte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, email, reference or ID to pick a customer</source>
        <translation>Digite parte de um nome, e-mail, referência ou ID para escolher um cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, email, reference or UUID of the end customer</source>
        <translation>Nome, e-mail, referência ou UUID do cliente final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Picked customer</source>
        <translation>Cliente escolhido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed customer warning</source>
        <translation>Aviso de cliente encerrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer ID problem</source>
        <translation>Problema no ID do cliente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the summary and description from a saved template</source>
        <translation>Preenche o resumo e a descrição a partir de um modelo salvo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit temp&amp;lates…</source>
        <translation>Editar mode&amp;los…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit templates</source>
        <translation>Editar modelos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line: what is the problem?</source>
        <translation>Uma linha: qual é o problema?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary problem</source>
        <translation>Problema no resumo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description problem</source>
        <translation>Problema na descrição</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ttachments:</source>
        <translation>&amp;Anexos:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop files here to attach them</source>
        <translation>Solte os arquivos aqui para anexá-los</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add files…</source>
        <translation>Adicionar arq&amp;uivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attachments</source>
        <translation>Adicionar anexos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected attachments</source>
        <translation>Remover os anexos selecionados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attachments problem</source>
        <translation>Problema nos anexos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your r&amp;eference:</source>
        <translation>Sua r&amp;eferência:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your reference</source>
        <translation>Sua referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Kept in TicketDesk only; never sent to Ripio</source>
        <translation>Opcional. Fica só no TicketDesk; nunca é enviada à Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. your helpdesk ticket</source>
        <translation>Opcional, por exemplo, seu chamado do helpdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in TicketDesk only; never sent to Ripio.</source>
        <translation>Fica só no TicketDesk; nunca é enviada à Ripio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference note</source>
        <translation>Nota sobre a referência</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <location filename="../../src/store/databaselocation.cpp" line="+194"/>
        <source>No database file was given.</source>
        <translation>Nenhum arquivo de banco de dados foi informado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database was given: name a SQLite file or a PostgreSQL server.</source>
        <translation>Nenhum banco de dados foi informado: indique um arquivo SQLite ou um servidor PostgreSQL.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1:” is not a database address TicketDesk understands: give a SQLite file path, a postgresql:// URL or libpq key=value settings.</source>
        <translation>“%1:” não é um endereço de banco de dados que o TicketDesk entenda: informe o caminho de um arquivo SQLite, uma URL postgresql:// ou parâmetros key=value da libpq.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PostgreSQL connection settings could not be read: check the URL or key=value syntax.</source>
        <translation>Não foi possível ler os dados de conexão do PostgreSQL: verifique a sintaxe da URL ou dos parâmetros key=value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL connection settings could not be read: %1.</source>
        <translation>Não foi possível ler os dados de conexão do PostgreSQL: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The PostgreSQL port is not a number from 1 to 65535.</source>
        <translation>A porta do PostgreSQL não é um número entre 1 e 65535.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the default PostgreSQL server</source>
        <translation>o servidor PostgreSQL padrão</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The PostgreSQL setting %1 contains a “;”, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>O parâmetro do PostgreSQL %1 contém um “;”, que o driver PostgreSQL do Qt não consegue repassar.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../../src/app/dbcommand.cpp" line="+39"/>
        <source>Ignored: db never listens.</source>
        <translation>Ignorado: db nunca escuta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SQLite database %1: schema version %2. A SQLite file has no roles or grants to set up.</source>
        <translation>Banco de dados SQLite %1: versão do esquema %2. Um arquivo SQLite não tem papéis nem permissões a preparar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Team database %1: schema version %2.</source>
        <translation>Banco de dados de equipe %1: versão do esquema %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the group role %1.</source>
        <translation>O papel de grupo %1 foi criado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group role %1 exists already.</source>
        <translation>O papel de grupo %1 já existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the grants and row-level security of %1.</source>
        <translation>Foram configuradas as permissões e a segurança em nível de linha de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed the functions %1.</source>
        <translation>Foram instaladas as funções %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give people access with plain SQL (as a role that may create roles), for example:</source>
        <translation>Dê acesso às pessoas com SQL simples (como um papel que possa criar papéis), por exemplo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 s ago</source>
        <translation>há %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>settings file %1: %2 (serve refuses to start with them)</source>
        <translation>arquivo de configurações %1: %2 (o serve se recusa a iniciar com eles)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>deliveries kept %n day(s)</source>
        <translation>
            <numerusform>entregas mantidas por %n dia</numerusform>
            <numerusform>entregas mantidas por %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no age limit</source>
        <translation>sem limite de idade</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at most %n delivery(s)</source>
        <translation>
            <numerusform>no máximo %n entrega</numerusform>
            <numerusform>no máximo %n entregas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no count limit</source>
        <translation>sem limite de quantidade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention: %1</source>
        <translation>Retenção: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention: %1 (as %2 applies them)</source>
        <translation>Retenção: %1 (como %2 os aplica)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention: %1 (the strictest of the running processes&apos; limits, each pruning by its own)</source>
        <translation>Retenção: %1 (os limites mais estritos dos processos em execução, cada um apagando pelos seus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings file %1 says %2, unlike the running serve: a serve reads its settings file only when it starts.</source>
        <translation>O arquivo de configurações %1 diz %2, diferente do serve em execução: um serve lê seu arquivo de configurações só ao iniciar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deliveries kept: none</source>
        <translation>Entregas mantidas: nenhuma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries kept: %1 (oldest received %2)</source>
        <translation>Entregas mantidas: %1 (a mais antiga recebida em %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Last prune: %1 by %2, %n deliveries deleted</source>
        <translation>
            <numerusform>Última limpeza: %1 por %2, %n entrega apagada</numerusform>
            <numerusform>Última limpeza: %1 por %2, %n entregas apagadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last prune: none reported by a running process</source>
        <translation>Última limpeza: nenhum processo em execução informou uma</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checking %1 (%2 MiB) for damage; this takes a while</source>
        <translation>verificando se %1 (%2 MiB) está danificado; isso leva algum tempo</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Team database (PostgreSQL): %1</source>
        <translation>Banco de dados de equipe (PostgreSQL): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database: %1</source>
        <translation>Banco de dados SQLite: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version: %1 (this build: %2)</source>
        <translation>Versão do esquema: %1 (esta versão do programa: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group role %1: present</source>
        <translation>Papel de grupo %1: presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group role %1: missing (run `ticketdesk db init`)</source>
        <translation>Papel de grupo %1: ausente (execute `ticketdesk db init`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No process has been seen on this database.</source>
        <translation>Nenhum processo foi visto neste banco de dados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processes seen (newest first):</source>
        <translation>Processos vistos (os mais recentes primeiro):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent</source>
        <translation>em silêncio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A silent process has written no heartbeat for %1 s or more, or ran on this computer and has ended: it stopped (or was killed), or it cannot reach the database.</source>
        <translation>Um processo silencioso não grava nenhum sinal de vida há %1 s ou mais, ou rodava neste computador e terminou: ele parou (ou foi encerrado à força), ou não consegue acessar o banco de dados.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>db: expected init or status</source>
        <translation>db: esperava-se init ou status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>db: unknown subcommand &apos;%1&apos; (expected init or status)</source>
        <translation>db: subcomando desconhecido &apos;%1&apos; (esperava-se init ou status)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db %1: unexpected argument &apos;%2&apos;</source>
        <translation>db %1: argumento inesperado &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../src/app/desktop.cpp" line="+133"/>
        <source>TicketDesk: Ripio support tickets, live.</source>
        <translation>TicketDesk: chamados de suporte da Ripio, ao vivo.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Use the built-in Ripio sandbox and a throwaway database.</source>
        <translation>Usar o sandbox da Ripio integrado e um banco de dados descartável.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket database: a SQLite file, or a team database&apos;s postgresql:// URL.</source>
        <translation>Banco de dados de chamados: um arquivo SQLite ou a URL postgresql:// de um banco de dados de equipe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path|url</source>
        <translation>caminho|url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: system (default), light or dark.</source>
        <translation>Cores: system (padrão), light ou dark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --demo: add sample tickets of every status.</source>
        <translation>Com --demo: adicionar chamados de exemplo de todos os status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --demo: start with no sample tickets.</source>
        <translation>Com --demo: começar sem chamados de exemplo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshot view.</source>
        <translation>Visão para a captura de tela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>visão</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected argument &apos;%1&apos; (a command comes first: ticketdesk COMMAND [OPTIONS])</source>
        <translation>argumento inesperado &apos;%1&apos; (o comando vem primeiro: ticketdesk COMANDO [OPÇÕES])</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 goes only with --demo</source>
        <translation>--%1 só vale com --demo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--palette takes system, light or dark, not &apos;%1&apos;</source>
        <translation>--palette aceita system, light ou dark, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the demo sandbox did not start: </source>
        <translation>o sandbox de demonstração não iniciou: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the demo history was not written: </source>
        <translation>o histórico da demonstração não foi gravado: </translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <location filename="../../src/gui/discardprompt.cpp" line="+39"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
</context>
<context>
    <name>DiskGuard</name>
    <message>
        <location filename="../../src/service/diskguard.cpp" line="+108"/>
        <source>Disk space low (%1 MiB free): rejected webhooks are only counted.</source>
        <translation>Pouco espaço em disco (%1 MiB livres): os webhooks rejeitados são apenas contados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database&apos;s disk is full: webhooks are refused with 503 until there is room.</source>
        <translation>O disco do banco de dados está cheio: os webhooks são recusados com 503 até haver espaço.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk almost full (%1 MiB free): webhooks are refused with 503 until there is room.</source>
        <translation>Disco quase cheio (%1 MiB livres): os webhooks são recusados com 503 até haver espaço.</translation>
    </message>
</context>
<context>
    <name>EngineConfig</name>
    <message>
        <location filename="../../src/service/engineconfig.cpp" line="+100"/>
        <source>%1: &apos;%2&apos; is not an IP address (such as 127.0.0.1 or 0.0.0.0)</source>
        <translation>%1: &apos;%2&apos; não é um endereço IP (como 127.0.0.1 ou 0.0.0.0)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a port number (0 to 65535)</source>
        <translation>%1: &apos;%2&apos; não é um número de porta (de 0 a 65535)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;%2&apos; must start with &apos;/&apos;, hold no spaces or &apos;?&apos;, and not be /healthz</source>
        <translation>%1: &apos;%2&apos; deve começar com &apos;/&apos;, não conter espaços nem &apos;?&apos;, e não ser /healthz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a whole number, at least 1</source>
        <translation>%1: &apos;%2&apos; deve ser um número inteiro, no mínimo 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &apos;%2&apos; must be a whole number, 0 or more (0 turns it off)</source>
        <translation>%1: &apos;%2&apos; deve ser um número inteiro, 0 ou maior (0 o desativa)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; não é um número inteiro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; must be true or false</source>
        <translation>%1: &apos;%2&apos; deve ser true ou false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; must be sandbox, production or custom</source>
        <translation>%1: &apos;%2&apos; deve ser sandbox, production ou custom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &apos;%2&apos; is not an http:// or https:// URL (%3 is custom)</source>
        <translation>%1: &apos;%2&apos; não é uma URL http:// ou https:// (%3 é custom)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1 is neither KEY=VALUE nor a [group] header</source>
        <translation>a linha %1 não é CHAVE=VALOR nem um cabeçalho [grupo]</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is no setting TicketDesk knows</source>
        <translation>&apos;%1&apos; não é uma configuração que o TicketDesk conheça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is no setting TicketDesk knows; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; não é uma configuração que o TicketDesk conheça; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>and %1 more such</source>
        <translation>e mais %1 assim</translation>
    </message>
</context>
<context>
    <name>InsightsFigures</name>
    <message>
        <location filename="../../src/gui/insightscharts.cpp" line="+96"/>
        <location filename="../../src/gui/insightsfigures.cpp" line="+142"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/insightsfigures.cpp" line="-107"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+22"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tickets timed</source>
        <translation>Chamados com tempos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 (s)</source>
        <translation>p50 (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 (s)</source>
        <translation>p95 (s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time to outcome</source>
        <translation>Tempo até o resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Chamados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figure</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome by webhook</source>
        <translation>Resultado por webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome by reconciliation</source>
        <translation>Resultado por conciliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome, way unknown</source>
        <translation>Resultado, via desconhecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Novas tentativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failures</source>
        <translation>Primeiras falhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cured by a retry</source>
        <translation>Resolvidos com uma nova tentativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure rate</source>
        <translation>Taxa de falhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cured share</source>
        <translation>Proporção resolvida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid</source>
        <translation>Válidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad signature</source>
        <translation>Assinatura inválida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other family</source>
        <translation>Outra família</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
</context>
<context>
    <name>MultipartForm</name>
    <message>
        <location filename="../../src/sandbox/multipartform.cpp" line="+157"/>
        <source>The Content-Type is not multipart/form-data with a valid boundary.</source>
        <translation>O Content-Type não é multipart/form-data com um boundary válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body does not start with the boundary.</source>
        <translation>O corpo não começa com o boundary.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many parts.</source>
        <translation>Partes demais.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part&apos;s header section is not terminated.</source>
        <translation>A seção de cabeçalhos de uma parte não está terminada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part&apos;s header section is too large.</source>
        <translation>A seção de cabeçalhos de uma parte é grande demais.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A part header contains a bare line break or NUL.</source>
        <translation>Um cabeçalho de uma parte contém uma quebra de linha solta ou um NUL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part header line has no name.</source>
        <translation>Uma linha de cabeçalho de uma parte não tem nome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part header name is not a token.</source>
        <translation>O nome de um cabeçalho de uma parte não é um token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part has two Content-Disposition headers.</source>
        <translation>Uma parte tem dois cabeçalhos Content-Disposition.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A part&apos;s Content-Disposition is not valid form-data.</source>
        <translation>O Content-Disposition de uma parte não é form-data válido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A part&apos;s Content-Disposition has an unknown parameter.</source>
        <translation>O Content-Disposition de uma parte tem um parâmetro desconhecido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part has no name.</source>
        <translation>Uma parte não tem nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part has two Content-Type headers.</source>
        <translation>Uma parte tem dois cabeçalhos Content-Type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part has an empty Content-Type.</source>
        <translation>Uma parte tem um Content-Type vazio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part has a header other than Content-Disposition and Content-Type.</source>
        <translation>Uma parte tem um cabeçalho diferente de Content-Disposition e Content-Type.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A part has no Content-Disposition.</source>
        <translation>Uma parte não tem Content-Disposition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part is not followed by a boundary.</source>
        <translation>Uma parte não é seguida de um boundary.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data follows the closing boundary.</source>
        <translation>Há dados depois do boundary de fechamento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A boundary is followed by something other than a line break.</source>
        <translation>Um boundary é seguido de algo que não é uma quebra de linha.</translation>
    </message>
</context>
<context>
    <name>OfflineSpool</name>
    <message>
        <location filename="../../src/service/offlinespool.cpp" line="+97"/>
        <source>The ticket has no client key to keep it by.</source>
        <translation>O chamado não tem uma chave de cliente para ser guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A ticket kept on this computer cannot be read: %1</source>
        <translation>Um chamado guardado neste computador não pode ser lido: %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../src/service/outbox.cpp" line="+126"/>
        <source>The TicketDesk that was sending this ticket stopped answering; Ripio may or may not have received it.</source>
        <translation>O TicketDesk que estava enviando este chamado parou de responder; a Ripio pode ou não tê-lo recebido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TicketDesk stopped while sending this ticket; Ripio may or may not have received it.</source>
        <translation>O TicketDesk parou enquanto enviava este chamado; a Ripio pode ou não tê-lo recebido.</translation>
    </message>
</context>
<context>
    <name>OutcomeSpool</name>
    <message>
        <location filename="../../src/service/outcomespool.cpp" line="+95"/>
        <source>Cannot create the folder %1</source>
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>An answer from Ripio kept on this computer cannot be read: %1</source>
        <translation>Uma resposta da Ripio guardada neste computador não pode ser lida: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.ui" line="+8"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain state</source>
        <translation>Estado do chaveiro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio &amp;API</source>
        <translation>&amp;API da Ripio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Environment:</source>
        <translation>Ambien&amp;te:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orget</source>
        <translation>Es&amp;quecer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored client secret</source>
        <translation>Esquecer o client secret armazenado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret state</source>
        <translation>Estado do client secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check pending tickets after:</source>
        <translation>&amp;Verificar chamados pendentes após:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check pending tickets after</source>
        <translation>Verificar chamados pendentes após</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Webhook listener</source>
        <translation>&amp;Receptor de webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen addr&amp;ess:</source>
        <translation>&amp;Endereço de escuta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen address</source>
        <translation>Endereço de escuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pat&amp;h:</source>
        <translation>Camin&amp;ho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook path</source>
        <translation>Caminho do webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook &amp;secret:</source>
        <translation>&amp;Segredo do webhook:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook secret</source>
        <translation>Segredo do webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget</source>
        <translation>Es&amp;quecer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored webhook secret</source>
        <translation>Esquecer o segredo do webhook armazenado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook secret state</source>
        <translation>Estado do segredo do webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;revious secret:</source>
        <translation>Segredo a&amp;nterior:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous webhook secret</source>
        <translation>Segredo anterior do webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget pre&amp;vious</source>
        <translation>Esquecer anter&amp;ior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored previous webhook secret</source>
        <translation>Esquecer o segredo anterior do webhook armazenado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous webhook secret state</source>
        <translation>Estado do segredo anterior do webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificado TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate file</source>
        <translation>Arquivo do certificado TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none: plain HTTP</source>
        <translation>nenhum: HTTP sem criptografia</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Browse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the TLS certificate file</source>
        <translation>Escolher o arquivo do certificado TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS &amp;key:</source>
        <translation>Chave &amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS key file</source>
        <translation>Arquivo da chave TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Br&amp;owse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the TLS key file</source>
        <translation>Escolher o arquivo da chave TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay wi&amp;ndow:</source>
        <translation>&amp;Janela de repetição:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay window</source>
        <translation>Janela de repetição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject events older than the window (strict)</source>
        <translation>Rejeitar eventos &amp;mais antigos que a janela (estrito)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strict replay window</source>
        <translation>Janela de repetição estrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener:</source>
        <translation>Receptor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener state</source>
        <translation>Estado do receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test event</source>
        <translation>En&amp;viar evento de teste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a signed test event to the listener</source>
        <translation>Enviar um evento de teste assinado ao receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test lo&amp;g:</source>
        <translation>Re&amp;gistro do teste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test event log</source>
        <translation>Registro do evento de teste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Limits</source>
        <translation>&amp;Limites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary at most:</source>
        <translation>Res&amp;umo no máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum summary length</source>
        <translation>Tamanho máximo do resumo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>D&amp;escription at most:</source>
        <translation>D&amp;escrição no máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum description length</source>
        <translation>Tamanho máximo da descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachments at most:</source>
        <translation>A&amp;nexos no máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum number of attachments</source>
        <translation>Quantidade máxima de anexos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> files</source>
        <translation> arquivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each &amp;file at most:</source>
        <translation>Cada ar&amp;quivo no máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum attachment size</source>
        <translation>Tamanho máximo de cada anexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep deliveries for:</source>
        <translation>&amp;Manter entregas por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days a webhook delivery is kept</source>
        <translation>Dias em que uma entrega de webhook é mantida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older deliveries are deleted in the background; tickets are never deleted. 0 keeps them for ever.</source>
        <translation>As entregas mais antigas são apagadas em segundo plano; os chamados nunca são apagados. 0 as mantém para sempre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for ever</source>
        <translation>para sempre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;x. deliveries kept:</source>
        <translation>Má&amp;x. de entregas mantidas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most webhook deliveries kept</source>
        <translation>Máximo de entregas de webhook mantidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beyond this many, the oldest deliveries are deleted in the background. 0: no limit.</source>
        <translation>Acima desta quantidade, as entregas mais antigas são apagadas em segundo plano. 0: sem limite.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery pruning</source>
        <translation>Limpeza de entregas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Database</source>
        <translation>Banco de &amp;dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This co&amp;mputer: a database file of my own</source>
        <translation>Este co&amp;mputador: um arquivo de banco de dados próprio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database on this computer</source>
        <translation>Banco de dados neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>Arqu&amp;ivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>Arquivo do banco de dados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brow&amp;se…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the database file</source>
        <translation>Escolher o arquivo do banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team database: the PostgreSQL server my team shares</source>
        <translation>Banco de dados da &amp;equipe: o servidor PostgreSQL que minha equipe compartilha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team database</source>
        <translation>Banco de dados da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database URL</source>
        <translation>URL do banco de dados da equipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postgresql://alice@db.example.com/ticketdesk?sslmode=verify-full</source>
        <translation>postgresql://alice@db.exemplo.com/ticketdesk?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team database password</source>
        <translation>Senha do banco de dados da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;get</source>
        <translation>Es&amp;quecer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored database password</source>
        <translation>Esquecer a senha guardada do banco de dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database password state</source>
        <translation>Estado da senha do banco de dados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database note</source>
        <translation>Nota sobre o banco de dados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <location filename="../../src/store/sqldialect.cpp" line="+140"/>
        <source>The database %1 is read-only: check the permissions of the file and its folder.</source>
        <translation>O banco de dados %1 é somente leitura: verifique as permissões do arquivo e da pasta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading or writing the database %1 failed (disk I/O error: %2).</source>
        <translation>Falha ao ler ou gravar o banco de dados %1 (erro de E/S do disco: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/store/ticketstore.cpp" line="+511"/>
        <source>The file %1 is not a TicketDesk database or is damaged (%2).</source>
        <translation>O arquivo %1 não é um banco de dados do TicketDesk ou está danificado (%2).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The disk holding the database %1 is full: free some space and try again.</source>
        <translation>O disco do banco de dados %1 está cheio: libere espaço e tente novamente.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Stop every TicketDesk that uses it, then restore it from a backup, or save what can still be read with the sqlite3 program: sqlite3 &apos;%1&apos; .recover | sqlite3 &apos;%1.recovered&apos;</source>
        <translation>Pare todo TicketDesk que o use e depois restaure-o de um backup, ou salve o que ainda puder ser lido com o programa sqlite3: sqlite3 &apos;%1&apos; .recover | sqlite3 &apos;%1.recovered&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database %1 is locked by another program (still busy after %2 ms): try again in a moment. If it stays locked, close the program that holds it open in a transaction (a sqlite3 shell, a backup).</source>
        <translation>O banco de dados %1 está bloqueado por outro programa (ainda ocupado após %2 ms): tente de novo em instantes. Se continuar bloqueado, feche o programa que o mantém aberto numa transação (um shell sqlite3, um backup).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading or writing the database %1 failed (a disk I/O error).</source>
        <translation>Falha ao ler ou gravar o banco de dados %1 (um erro de E/S do disco).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check that this is the database file you meant; if it is, restore it from a backup.</source>
        <translation>Verifique se este é o arquivo de banco de dados que você queria; se for, restaure-o de um backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 cannot be opened for writing: check the permissions of the file and its folder.</source>
        <translation>O banco de dados %1 não pode ser aberto para gravação: verifique as permissões do arquivo e da pasta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>O banco de dados %1 não pode ser aberto (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>The database refused the change (%1).</source>
        <translation>O banco de dados recusou a alteração (%1).</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Database error on %1: %2</source>
        <translation>Erro de banco de dados em %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+51"/>
        <source>The team database %1 does not exist.</source>
        <translation>O banco de dados da equipe %1 não existe.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The team database %1 has no connection to spare (%2): close another TicketDesk on it, or ask its administrator to allow more.</source>
        <translation>O banco de dados da equipe %1 não tem conexões livres (%2): feche outro TicketDesk conectado a ele ou peça ao administrador que permita mais.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team database %1 refused the login: check the user name and password (%2).</source>
        <translation>O banco de dados da equipe %1 recusou o login: verifique o usuário e a senha (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team database %1 cannot be reached (%2).</source>
        <translation>Não é possível alcançar o banco de dados da equipe %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your database role may not do this on %1 (%2).</source>
        <translation>Sua função no banco de dados não pode fazer isso em %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk of the team database %1 is full.</source>
        <translation>O disco do banco de dados da equipe %1 está cheio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team database %1 is busy with a conflicting change (%2): try again.</source>
        <translation>O banco de dados da equipe %1 está ocupado com uma alteração conflitante (%2): tente novamente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database %1 has no TicketDesk tables: run `ticketdesk db init` on it first.</source>
        <translation>O banco de dados da equipe %1 não tem tabelas do TicketDesk: execute antes `ticketdesk db init` nele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database error on %1: %2 (SQLSTATE %3)</source>
        <translation>Erro de banco de dados em %1: %2 (SQLSTATE %3)</translation>
    </message>
</context>
<context>
    <name>SqliteStatements</name>
    <message>
        <location filename="../../src/store/sqlitestatements.cpp" line="+147"/>
        <source>The database connection is not open.</source>
        <translation>A conexão com o banco de dados não está aberta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unable to prepare the statement</source>
        <translation>Não é possível preparar a instrução</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The statement takes %1 values, not %2.</source>
        <translation>A instrução recebe %1 valores, não %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unable to bind a value</source>
        <translation>Não é possível vincular um valor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unable to fetch row</source>
        <translation>Não é possível ler a linha</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <location filename="../../src/store/teamsetup.cpp" line="+227"/>
        <source>Only the owner of the TicketDesk tables (or a superuser) can set up the team roles on %1; %2 is neither.</source>
        <translation>Somente o dono das tabelas do TicketDesk (ou um superusuário) pode configurar as funções da equipe em %1; %2 não é nenhum dos dois.</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message>
        <location filename="../../src/app/terminaltext.cpp" line="+75"/>
        <source>(the line above once more)</source>
        <translation>(a linha acima mais uma vez)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the line above %1 more times)</source>
        <translation>(a linha acima mais %1 vezes)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>the standard output is closed</source>
        <translation>a saída padrão está fechada</translation>
    </message>
</context>
<context>
    <name>TicketDesk::AbsentField</name>
    <message>
        <location filename="../../src/core/absentfield.cpp" line="+29"/>
        <source>Unknown: no answer from Ripio confirmed the request</source>
        <translation>Desconhecido: nenhuma resposta da Ripio confirmou a solicitação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: Ripio refused the request</source>
        <translation>Nenhum: a Ripio recusou a solicitação</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Not told by Ripio</source>
        <translation>Não informada pela Ripio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: Ripio did not register the ticket</source>
        <translation>Nenhuma: a Ripio não registrou o chamado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: Ripio gives one if it registered the ticket</source>
        <translation>Desconhecida: a Ripio a atribui se registrou o chamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: Ripio gives one when it registers the ticket</source>
        <translation>Ainda não: a Ripio a atribui ao registrar o chamado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet: Ripio assigns one when it accepts the request</source>
        <translation>Ainda não: a Ripio o atribui ao aceitar a solicitação</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>None</source>
        <comment>no reference or description</comment>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Unknown: first seen in a webhook</source>
        <translation>Desconhecido: visto pela primeira vez em um webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent, but no answer from Ripio confirmed it</source>
        <translation>Enviado, mas nenhuma resposta da Ripio o confirmou</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: Ripio&apos;s webhooks do not carry it</source>
        <translation>Desconhecida: os webhooks da Ripio não a trazem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: not a retry</source>
        <translation>Nenhum: não é um reenvio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: not retried yet</source>
        <translation>Nenhum: ainda não foi reenviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>TicketDesk::AttachmentChunkDevice</name>
    <message>
        <location filename="../../src/service/attachmentchunkdevice.cpp" line="+35"/>
        <source>the database holds %1 of its %2 bytes</source>
        <translation>o banco de dados tem %1 dos seus %2 bytes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chunk %1 of the attachment is empty.</source>
        <translation>O bloco %1 do anexo está vazio.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::AttachmentListModel</name>
    <message>
        <location filename="../../src/gui/attachmentlistmodel.cpp" line="+39"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>TicketDesk::BulkTicketPlanner</name>
    <message>
        <location filename="../../src/service/bulkticketplan.cpp" line="+126"/>
        <source>The file needs a customerId or an email column to find each row&apos;s customer. Its header has: %1.</source>
        <translation>O arquivo precisa de uma coluna customerId ou email para encontrar o cliente de cada linha. O cabeçalho dele tem: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file needs a summary column (or a template column). Its header has: %1.</source>
        <translation>O arquivo precisa de uma coluna summary (ou de uma coluna template). O cabeçalho dele tem: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The row names a file (column %1), and tickets from a list carry none: create this one in the desktop or with `ticketdesk create --attach`.</source>
        <translation>A linha cita um arquivo (coluna %1), e chamados de uma lista não levam nenhum: crie este no desktop ou com `ticketdesk create --attach`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customerId &quot;%1&quot; is not a UUID (such as 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>O customerId &quot;%1&quot; não é um UUID (como 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customer with the id %1 is in the directory.</source>
        <translation>Não há nenhum cliente com o id %1 no diretório.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The email %1 is not the email of customer %2 (%3).</source>
        <translation>O e-mail %1 não é o e-mail do cliente %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer in the directory has the email %1.</source>
        <translation>Nenhum cliente do diretório tem o e-mail %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers have the email %2: give the customerId instead.</source>
        <translation>%1 clientes têm o e-mail %2: informe o customerId no lugar dele.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row names no customer: fill in customerId or email.</source>
        <translation>A linha não indica nenhum cliente: preencha customerId ou email.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer&apos;s account is closed.</source>
        <translation>A conta do cliente está encerrada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 templates are named &quot;%2&quot; but for case (%3): write the name exactly.</source>
        <translation>%1 modelos se chamam &quot;%2&quot;, a não ser por maiúsculas e minúsculas (%3): escreva o nome exato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Não há nenhum modelo chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The template &quot;%1&quot; has unknown placeholders, left as written: %2.</source>
        <translation>O modelo &quot;%1&quot; tem marcadores desconhecidos, mantidos como estão: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An open ticket for this customer with the same summary already exists.</source>
        <translation>Já existe um chamado aberto para este cliente com o mesmo resumo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 already makes a ticket for this customer with the same summary.</source>
        <translation>A linha %1 já cria um chamado para este cliente com o mesmo resumo.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::BulkTicketsDialog</name>
    <message>
        <location filename="../../src/gui/bulkticketsdialog.cpp" line="+37"/>
        <location line="+11"/>
        <location line="+1"/>
        <source>Create tickets from CSV</source>
        <translation>Criar chamados a partir de CSV</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons or warnings</source>
        <translation>Motivos ou avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets in the file</source>
        <translation>Chamados do arquivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tickets with an outcome</source>
        <translation>Chamados com resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+376"/>
        <source>Queue the ready tickets</source>
        <translation>Colocar na fila os chamados prontos</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Choose a CSV file with a customerId or email column and a summary (description, reference and template are optional).</source>
        <translation>Escolha um arquivo CSV com uma coluna customerId ou email e um resumo (description, reference e template são opcionais).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the customer directory, the templates and the open tickets…</source>
        <translation>Lendo o diretório de clientes, os modelos e os chamados abertos…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The open tickets could not be read: %1</source>
        <translation>Não foi possível ler os chamados abertos: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No ticket can be created from this file.</source>
        <translation>Nenhum chamado pode ser criado a partir deste arquivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rows: %1 ready, %2 refused.</source>
        <translation>
            <numerusform>%n linha — prontas: %1, recusadas: %2.</numerusform>
            <numerusform>%n linhas — prontas: %1, recusadas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>None was saved: line %1 of the file now duplicates an open ticket with the same customer and summary, saved since the preview was made.</source>
        <translation>Nenhum foi salvo: a linha %1 do arquivo agora duplica um chamado aberto com o mesmo cliente e resumo, salvo depois que a prévia foi feita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None was saved: lines %1 of the file now duplicate open tickets with the same customer and summary, saved since the preview was made.</source>
        <translation>Nenhum foi salvo: as linhas %1 do arquivo agora duplicam chamados abertos com o mesmo cliente e resumo, salvos depois que a prévia foi feita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview was made again: those rows are refused now, and the others can be queued.</source>
        <translation>A prévia foi feita de novo: essas linhas agora estão recusadas, e as outras podem entrar na fila.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Queued %n tickets. They are sent at the API&apos;s pace; the main window shows each one.</source>
        <translation>
            <numerusform>%n chamado na fila. É enviado no ritmo da API; a janela principal o mostra.</numerusform>
            <numerusform>%n chamados na fila. São enviados no ritmo da API; a janela principal mostra cada um.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ticket #%1 was not retried: %2</source>
        <translation>O chamado #%1 não foi tentado novamente: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 of %n have an outcome</source>
        <translation>
            <numerusform>%1 de %n tem resultado</numerusform>
            <numerusform>%1 de %n têm resultado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>Ticket #%1.</source>
        <translation>Chamado #%1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Ticket #%1: %2.</source>
        <translation>Chamado #%1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Ticket #%1: %2</source>
        <translation>Chamado #%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%1: Ripio could not register it.</source>
        <translation>Chamado #%1: a Ripio não conseguiu registrá-lo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%1: Ripio refused it.</source>
        <translation>Chamado #%1: a Ripio o recusou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket #%1, a retry of #%2.</source>
        <translation>Chamado #%1, nova tentativa do #%2.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n criado</numerusform>
            <numerusform>%n criados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n not created (failed or rejected)</source>
        <translation>
            <numerusform>; %n não criado (com falha ou rejeitado)</numerusform>
            <numerusform>; %n não criados (com falha ou rejeitados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n unconfirmed (Ripio may have them)</source>
        <translation>
            <numerusform>; %n não confirmado (a Ripio talvez o tenha)</numerusform>
            <numerusform>; %n não confirmados (a Ripio talvez os tenha)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: see the Verdict column or the main window.</source>
        <translation>: veja a coluna Veredito ou a janela principal.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Retry %n failed tickets</source>
        <translation>
            <numerusform>&amp;Tentar de novo %n chamado com falha</numerusform>
            <numerusform>&amp;Tentar de novo %n chamados com falha</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry failed tickets</source>
        <translation>&amp;Tentar de novo os chamados com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed tickets</source>
        <translation>Tentar de novo os chamados com falha</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Queue %n tickets</source>
        <translation>
            <numerusform>&amp;Enfileirar %n chamado</numerusform>
            <numerusform>&amp;Enfileirar %n chamados</numerusform>
        </translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queuing…</source>
        <translation>Colocando na fila…</translation>
    </message>
</context>
<context>
    <name>TicketDesk::ChangeFeed</name>
    <message>
        <location filename="../../src/store/changefeed.cpp" line="+119"/>
        <source>%1 is read-only here, and no process that writes it has it open: it can be watched once one does (serve, the desktop)</source>
        <translation>%1 é somente leitura aqui, e nenhum processo que o escreve o tem aberto: poderá ser acompanhado quando um o abrir (serve, o desktop)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no connection to %1 since %2 (%3); reconnecting</source>
        <translation>sem conexão com %1 desde %2 (%3); reconectando</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the connection was lost</source>
        <translation>a conexão foi perdida</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server did not answer</source>
        <translation>o servidor não respondeu</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CreateTicketDialog</name>
    <message>
        <location filename="../../src/gui/createticketdialog.cpp" line="+98"/>
        <source>New support ticket</source>
        <translation>Novo chamado de suporte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Create ticket</source>
        <translation>Criar c&amp;hamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the ticket to Ripio (Ctrl+Enter)</source>
        <translation>Enviar o chamado à Ripio (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create ticket</source>
        <translation>Criar chamado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last summary</source>
        <translation>Último resumo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matching customers</source>
        <translation>Clientes correspondentes</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+177"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1 (closed)</source>
        <translation>%1 (encerrado)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(none yet: Templates…, %1)</source>
        <translation>(nenhum ainda: Modelos…, %1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replace what you typed?</source>
        <translation>Substituir o que você digitou?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” replaces the summary and description you typed.</source>
        <translation>O modelo “%1” substitui o resumo e a descrição que você digitou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm replacing the typed text with the template</source>
        <translation>Confirmar a substituição do texto digitado pelo modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my text</source>
        <translation>&amp;Manter meu texto</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown placeholders left as written: %1</source>
        <translation>Marcadores desconhecidos, mantidos como escritos: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• %1 (%2, %3)</source>
        <translation>• %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate</source>
        <translation>Possível duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer already has tickets with the same summary from the last %1 days:

%2

Send this one anyway?</source>
        <translation>Este cliente já tem chamados com o mesmo resumo dos últimos %1 dias:

%2

Enviar este mesmo assim?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicate ticket</source>
        <translation>Possível chamado duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>Enviar &amp;mesmo assim</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ticket was not accepted; see the messages next to the fields.</source>
        <translation>O chamado não foi aceito; veja as mensagens ao lado dos campos.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the customer: type part of their name, email or reference and pick them from the list, or paste their customer ID (a UUID).</source>
        <translation>Escolha o cliente: digite parte do nome, e-mail ou referência e selecione-o na lista, ou cole o ID do cliente (um UUID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer in the directory matches “%1”. Type part of their name, email or reference and pick them from the list, or paste their customer ID (a UUID).</source>
        <translation>Nenhum cliente do diretório corresponde a “%1”. Digite parte do nome, e-mail ou referência e selecione-o na lista, ou cole o ID do cliente (um UUID).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ripio reported this customer as closed (ACCOUNT.CLOSED): a new ticket will most likely be refused. You will be asked to confirm.</source>
        <translation>A Ripio informou que este cliente está encerrado (ACCOUNT.CLOSED): um novo chamado provavelmente será recusado. Será pedida uma confirmação.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed customer</source>
        <translation>Cliente encerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio reported customer %1 as closed. Closed customers can no longer get tickets, so Ripio will most likely refuse this one.

Submit it anyway?</source>
        <translation>A Ripio informou que o cliente %1 está encerrado. Clientes encerrados não podem mais receber chamados, então a Ripio provavelmente vai recusar este.

Enviar mesmo assim?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm ticket for a closed customer</source>
        <translation>Confirmar chamado para um cliente encerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit anyway</source>
        <translation>Enviar &amp;mesmo assim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discard this ticket?</source>
        <translation>Descartar este chamado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket has not been sent. What you typed and attached is lost if you close the form.</source>
        <translation>O chamado não foi enviado. O que você digitou e anexou se perde se fechar o formulário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding the ticket</source>
        <translation>Confirmar o descarte do chamado</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CreateTicketValidator</name>
    <message>
        <location filename="../../src/ripio/createticketvalidator.cpp" line="+59"/>
        <source>The customer id must be a UUID (such as 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>O ID do cliente deve ser um UUID (por exemplo, 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary must not be empty.</source>
        <translation>O resumo não pode ficar vazio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary has %1 characters; at most %2 are allowed.</source>
        <translation>O resumo tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>A descrição tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files are attached; at most %2 are allowed.</source>
        <translation>Há %1 arquivos anexados; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file %1 does not exist.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um arquivo comum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 shows 0 bytes: there is nothing to attach.</source>
        <translation>O arquivo %1 mostra 0 bytes: não há nada para anexar.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The file %1 is %2; at most %3 per file are allowed.</source>
        <translation>O arquivo %1 tem %2; são permitidos no máximo %3 por arquivo.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The attachments add up to %1; at most %2 in all are allowed.</source>
        <translation>Os anexos somam %1; são permitidos no máximo %2 no total.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CsvFileChooser</name>
    <message>
        <location filename="../../src/gui/csvpreview.cpp" line="+33"/>
        <source>&amp;Choose file…</source>
        <translation>Es&amp;colher arquivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CSV file</source>
        <translation>Escolher um arquivo CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Não é possível abrir o arquivo %1: %2</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CsvPreview</name>
    <message>
        <location line="+41"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reasons for the current row</source>
        <translation>Motivos da linha atual</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignored columns: %1.</source>
        <translation>Colunas ignoradas: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer directory could not be read: choose the file again to try again.</source>
        <translation>Não foi possível ler o diretório de clientes: escolha o arquivo de novo para tentar outra vez.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CsvReader</name>
    <message>
        <location filename="../../src/core/csvreader.cpp" line="+262"/>
        <source>The file is %1; at most %2 can be read.</source>
        <translation>O arquivo tem %1; é possível ler no máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is UTF-16 text (a spreadsheet&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>O arquivo é texto UTF-16 (o &quot;Texto Unicode&quot; de uma planilha). Salve-o como &quot;CSV UTF-8&quot; e tente novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a NUL byte here: this is not a text (CSV) file.</source>
        <translation>há um byte NUL: este não é um arquivo de texto (CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>não é texto UTF-8. Salve o arquivo como &quot;CSV UTF-8&quot; e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quoted value has more text after its closing quote. Quote the whole value, and write a &quot; inside it as &quot;&quot;.</source>
        <translation>Um valor entre aspas tem mais texto depois das aspas de fechamento. Coloque o valor inteiro entre aspas e escreva uma &quot; dentro dele como &quot;&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a quoted field starts here and is never closed (a &quot; is missing).</source>
        <translation>um campo entre aspas começa aqui e nunca é fechado (falta uma &quot;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header has more than %1 columns.</source>
        <translation>o cabeçalho tem mais de %1 colunas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>a coluna &quot;%1&quot; aparece duas vezes no cabeçalho.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file has more than %1 rows; split it into smaller files.</source>
        <translation>o arquivo tem mais de %1 linhas; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row has %1 fields but the header has %2 (a comma or semicolon outside quotes?).</source>
        <translation>Esta linha tem %1 campos, mas o cabeçalho tem %2 (uma vírgula ou um ponto e vírgula fora das aspas?).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has %1 fields but the header has %2 (a comma or semicolon missing?).</source>
        <translation>Esta linha tem %1 campos, mas o cabeçalho tem %2 (falta uma vírgula ou um ponto e vírgula?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This row runs on to line %1: a quoted value takes in the line break, and what follows it is read as part of this row (a &quot; missing?).</source>
        <translation>Este registro continua até a linha %1 do arquivo: um valor entre aspas inclui a quebra de linha, e o que vem depois é lido como parte dele (falta uma &quot;?).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation>O arquivo está vazio: ele precisa de uma linha de cabeçalho com os nomes das colunas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the file: %1</source>
        <translation>Não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is larger than %1.</source>
        <translation>O arquivo tem mais de %1.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CustomerImport</name>
    <message>
        <location filename="../../src/service/customerimport.cpp" line="+37"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>O nome tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name must be on one line.</source>
        <translation>O nome deve ocupar uma única linha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The email has %1 characters; at most %2 are allowed.</source>
        <translation>O e-mail tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email &quot;%1&quot; is not a valid address.</source>
        <translation>O e-mail &quot;%1&quot; não é um endereço válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The externalRef has %1 characters; at most %2 are allowed.</source>
        <translation>O externalRef tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The externalRef must be on one line.</source>
        <translation>O externalRef deve ocupar uma única linha.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file has no customerId column. Its header has: %1.</source>
        <translation>O arquivo não tem uma coluna customerId. O cabeçalho dele tem: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The customerId is missing.</source>
        <translation>Falta o customerId.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customerId &quot;%1&quot; is not a UUID (such as 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>O customerId &quot;%1&quot; não é um UUID (como 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customerId is already on line %1.</source>
        <translation>Este customerId já aparece na linha %1.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CustomerImportDialog</name>
    <message>
        <location filename="../../src/gui/customerimportdialog.cpp" line="+39"/>
        <location line="+10"/>
        <location line="+1"/>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+144"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+146"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+147"/>
        <source>External reference</source>
        <translation>Referência externa</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Reason or changes</source>
        <translation>Motivo ou alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers in the file</source>
        <translation>Clientes do arquivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the customers</source>
        <translation>Importar os clientes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a CSV file with a customerId column (name, email and externalRef are optional).</source>
        <translation>Escolha um arquivo CSV com uma coluna customerId (name, email e externalRef são opcionais).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the customer directory…</source>
        <translation>Lendo o diretório de clientes…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported.</source>
        <translation>Este arquivo não pode ser importado.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows: %1 new, %2 updated, %3 unchanged, %4 invalid.</source>
        <translation>
            <numerusform>%n linha — novos: %1, atualizados: %2, inalterados: %3, inválidos: %4.</numerusform>
            <numerusform>%n linhas — novos: %1, atualizados: %2, inalterados: %3, inválidos: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Imported %n customers (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n cliente importado (novos: %1, atualizados: %2).</numerusform>
            <numerusform>%n clientes importados (novos: %1, atualizados: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n invalid rows were not imported; they stay marked in the list.</source>
        <translation>
            <numerusform>%n linha inválida não foi importada; ela continua marcada na lista.</numerusform>
            <numerusform>%n linhas inválidas não foram importadas; elas continuam marcadas na lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&amp;Import %n customers</source>
        <translation>
            <numerusform>&amp;Importar %n cliente</numerusform>
            <numerusform>&amp;Importar %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Changes: %1</source>
        <translation>Alterações: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inalterado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
</context>
<context>
    <name>TicketDesk::DeliveriesView</name>
    <message>
        <location filename="../../src/gui/deliveriesview.cpp" line="+39"/>
        <location line="+37"/>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhooks</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>V&amp;erdict:</source>
        <translation>&amp;Veredito:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter deliveries by verdict</source>
        <translation>Filtrar entregas por veredito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deliveries</source>
        <translation>Todas as entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems only</source>
        <translation>Somente problemas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delivery headers</source>
        <translation>Cabeçalhos da entrega</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deliveries listed</source>
        <translation>Entregas listadas</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln of %1 deliveries match.</source>
        <translation>
            <numerusform>%Ln de %1 entregas corresponde.</numerusform>
            <numerusform>%Ln de %1 entregas correspondem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deliveries.</source>
        <translation>
            <numerusform>%Ln entrega.</numerusform>
            <numerusform>%Ln entregas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the newest are listed; older ones stay in the database.</source>
        <translation>Só as mais recentes são listadas; as anteriores continuam no banco de dados.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a delivery to see the headers it came with.</source>
        <translation>Selecione uma entrega para ver os cabeçalhos com que chegou.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Delivery body</source>
        <translation>Corpo da entrega</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Select a delivery to see its body.</source>
        <translation>Selecione uma entrega para ver o corpo dela.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>(redacted)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No headers were kept for this delivery.</source>
        <translation>Nenhum cabeçalho foi guardado para esta entrega.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No body was kept for this delivery.</source>
        <translation>Nenhum corpo foi guardado para esta entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body: %1 bytes (SHA-256 %2), only the first %3 kept</source>
        <translation>Corpo: %1 bytes (SHA-256 %2); só os primeiros %3 foram guardados</translation>
    </message>
</context>
<context>
    <name>TicketDesk::DeliveryModel</name>
    <message>
        <location filename="../../src/gui/deliverymodel.cpp" line="+47"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid (ticket from elsewhere)</source>
        <translation>Válido (chamado de outra origem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad signature</source>
        <translation>Assinatura incorreta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing signature</source>
        <translation>Sem assinatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late (accepted)</source>
        <translation>Atrasado (aceito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale (rejected)</source>
        <translation>Expirado (rejeitado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other event family</source>
        <translation>Outra família de eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account closed</source>
        <translation>Conta encerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store failed (503)</source>
        <translation>Falha ao salvar (503)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed</source>
        <translation>Suprimidas (só contadas)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln more from this address suppressed</source>
        <translation>
            <numerusform>Outra %Ln deste endereço foi suprimida</numerusform>
            <numerusform>Outras %Ln deste endereço foram suprimidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a string</source>
        <translation>%1 não é um texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a string or null</source>
        <translation>%1 não é um texto nem null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty</source>
        <translation>%1 está vazio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a UUID</source>
        <translation>%1 não é um UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an object</source>
        <translation>%1 não é um objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a boolean</source>
        <translation>%1 não é um booleano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a UTC ISO-8601 time</source>
        <translation>%1 não é um horário UTC em ISO-8601</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is neither CREATED nor FAILED</source>
        <translation>%1 não é CREATED nem FAILED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not match eventType</source>
        <translation>%1 não corresponde a eventType</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is true in ACCOUNT.CLOSED</source>
        <translation>%1 é true em ACCOUNT.CLOSED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a support ticket event known here</source>
        <translation>%1 não é um evento de chamado de suporte conhecido aqui</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n other addresses</source>
        <translation>
            <numerusform>%n outro endereço</numerusform>
            <numerusform>%n outros endereços</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no signature header</source>
        <translation>sem cabeçalho de assinatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature header cannot be read</source>
        <translation>o cabeçalho de assinatura não pode ser lido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature does not match the webhook secret</source>
        <translation>a assinatura não corresponde ao segredo do webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed with the previous webhook secret</source>
        <translation>assinada com o segredo anterior do webhook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>issued %1 before it arrived</source>
        <translation>emitida %1 antes de chegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued %1 after it arrived</source>
        <translation>emitida %1 depois de chegar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>further rejected deliveries only counted since %1</source>
        <translation>as demais entregas rejeitadas só são contadas desde %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the body is not JSON (%1)</source>
        <translation>o corpo não é JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body is not a JSON object</source>
        <translation>o corpo não é um objeto JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event cannot be used: %1</source>
        <translation>o evento não pode ser usado: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Early (accepted)</source>
        <translation>Adiantado (aceito)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event time</source>
        <translation>Hora do evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival delay</source>
        <translation>Atraso na chegada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket ID</source>
        <translation>ID do chamado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Origem</translation>
    </message>
</context>
<context>
    <name>TicketDesk::DemoBanner</name>
    <message>
        <location filename="../../src/gui/demobanner.cpp" line="+15"/>
        <source>Dis&amp;miss</source>
        <translation>Dispensa&amp;r</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo: TicketDesk is connected to its built-in Ripio sandbox, with a throwaway database. Nothing you do here reaches Ripio. To see a failure, put the word “fail” in a ticket&apos;s summary (on its own: “failed” does not count): that customer&apos;s first ticket with that summary ends Failed, and its retry ends Created. Nothing of the demo is kept when it quits: to work with your Ripio account, start TicketDesk without --demo and enter your credentials in Settings.</source>
        <translation>Demo: o TicketDesk está conectado ao seu sandbox da Ripio embutido, com um banco de dados descartável. Nada do que você fizer aqui chega à Ripio. Para ver uma falha, coloque a palavra “fail” no resumo de um chamado (sozinha: “failed” não conta): o primeiro chamado desse cliente com esse resumo termina Com falha, e a nova tentativa termina Criado. Nada da demo é mantido ao sair: para trabalhar com a sua conta da Ripio, inicie o TicketDesk sem --demo e informe suas credenciais nas Configurações.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss the demo note</source>
        <translation>Dispensar a nota da demonstração</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this note</source>
        <translation>Ocultar esta nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this note (%1)</source>
        <translation>Ocultar esta nota (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
</context>
<context>
    <name>TicketDesk::DetailsPane</name>
    <message>
        <location filename="../../src/gui/detailspane.cpp" line="+75"/>
        <source>&amp;Copy issue key</source>
        <translation>Co&amp;piar chave do chamado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket details</source>
        <translation>Detalhes do chamado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected ticket</source>
        <translation>Chamado selecionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy issue key</source>
        <translation>Copiar chave do chamado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket fields and timeline</source>
        <translation>Campos e histórico do chamado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No ticket selected</source>
        <translation>Nenhum chamado selecionado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent to Ripio</source>
        <translation>Enviado à Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued again</source>
        <translation>Na fila novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by Ripio</source>
        <translation>Aceito pela Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by Ripio</source>
        <translation>Recusado pela Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio&apos;s answer lost</source>
        <translation>Resposta da Ripio perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome from a webhook</source>
        <translation>Resultado por webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome from a check with Ripio</source>
        <translation>Resultado de uma consulta à Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retried</source>
        <translation>Tentado novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Mesclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with Ripio</source>
        <translation>Consulta à Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown to Ripio</source>
        <translation>Desconhecido pela Ripio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already known</source>
        <translation>já conhecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of date, ignored</source>
        <translation>desatualizado, ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflicting, ignored</source>
        <translation>em conflito, ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, ignored</source>
        <translation>inválido, ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such ticket</source>
        <translation>esse chamado não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first seen here</source>
        <translation>visto aqui pela primeira vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved as a retry of #%1</source>
        <translation>Salvo como nova tentativa de #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retried as #%1</source>
        <translation>Reenviado como #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with #%1, first seen through a webhook</source>
        <translation>Unido a #%1, visto primeiro por um webhook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checked with Ripio: still pending</source>
        <translation>Verificado com a Ripio: ainda pendente</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+109"/>
        <source>Ticket #%1</source>
        <translation>Chamado #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%1 — %2</source>
        <translation>Chamado #%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (conflict recorded)</source>
        <translation> (conflito registrado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issue key</source>
        <translation>Chave do chamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket ID</source>
        <translation>ID do chamado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Sua referência</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The details of ticket #%1 cannot be read now: %2

Select the ticket again to read them once more. A team desktop also reads them again once its database is back.</source>
        <translation>Os detalhes do chamado #%1 não podem ser lidos agora: %2

Selecione o chamado de novo para lê-los outra vez. Um desktop de equipe também os lê de novo quando seu banco de dados volta.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Ripio production (%1)</source>
        <translation>Produção da Ripio (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio sandbox (%1)</source>
        <translation>Sandbox da Ripio (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not the API TicketDesk uses now (%1), so it is not checked with Ripio until Settings point there again</source>
        <translation>— não é a API que o TicketDesk usa agora (%1), então ele não é consultado na Ripio até que as Configurações voltem a apontar para lá</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>kept in TicketDesk, never sent to Ripio</source>
        <translation>fica no TicketDesk, nunca é enviada à Ripio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome at</source>
        <translation>Resultado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First seen in a webhook</source>
        <translation>Visto pela primeira vez em um webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in TicketDesk</source>
        <translation>Criado no TicketDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in TicketDesk by %1</source>
        <translation>Criado no TicketDesk por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to</source>
        <translation>Enviado para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry of</source>
        <translation>Reenvio de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retried as</source>
        <translation>Reenviado como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed twice</source>
        <translation>Registrado duas vezes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio registered this request as ticket %1 too (%2). Ask Ripio to close one.</source>
        <translation>A Ripio registrou esta solicitação também como o chamado %1 (%2). Peça à Ripio que feche um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no issue key yet</source>
        <translation>ainda sem chave do chamado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Webhook %1 — %2</source>
        <translation>Webhook %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (event time %1</source>
        <translation> (hora do evento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, arrived %1 later</source>
        <translation>, chegou %1 depois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Histórico</translation>
    </message>
</context>
<context>
    <name>TicketDesk::InsightsPanel</name>
    <message>
        <location filename="../../src/gui/insightspanel.cpp" line="+36"/>
        <source>%1 (chart)</source>
        <translation>%1 (gráfico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table beside the chart has the same figures.</source>
        <translation>A tabela ao lado do gráfico tem os mesmos números.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (table)</source>
        <translation>%1 (tabela)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (legend)</source>
        <translation>%1 (legenda)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the chart could not be drawn as a PNG image</source>
        <translation>o gráfico não pôde ser desenhado como imagem PNG</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the chart could not be drawn as an SVG image</source>
        <translation>o gráfico não pôde ser desenhado como imagem SVG</translation>
    </message>
</context>
<context>
    <name>TicketDesk::InsightsTab</name>
    <message>
        <location filename="../../src/gui/insightstab.cpp" line="+99"/>
        <source>Insights</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Outcomes per day</source>
        <translation>Resultados por dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to outcome per day</source>
        <translation>Tempo até o resultado por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to outcome, whole range</source>
        <translation>Tempo até o resultado, todo o intervalo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How outcomes arrived</source>
        <translation>Como os resultados chegaram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery health per day</source>
        <translation>Saúde das entregas por dia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Range of days</source>
        <translation>Intervalo de dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ra&amp;nge:</source>
        <translation>I&amp;ntervalo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unti&amp;l:</source>
        <translation>A&amp;té:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator filter</source>
        <translation>Filtro de operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every operator</source>
        <translation>Todos os operadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the operator filter</source>
        <translation>Limpar o filtro de operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer filter (customer ID)</source>
        <translation>Filtro de cliente (ID do cliente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the customer filter</source>
        <translation>Limpar o filtro de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export charts and figures</source>
        <translation>Exportar gráficos e números</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open tickets now</source>
        <translation>Chamados abertos agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck tickets now</source>
        <translation>Chamados travados agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest pending ticket</source>
        <translation>Chamado pendente mais antigo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State of the figures</source>
        <translation>Estado dos números</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Outcomes per day</source>
        <translation>&amp;Resultados por dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time to outcome per day</source>
        <translation>&amp;Tempo até o resultado por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to outcome, &amp;histogram</source>
        <translation>Tempo até o resultado, &amp;histograma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How outcomes &amp;arrived</source>
        <translation>Como os resultados &amp;chegaram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery health per day</source>
        <translation>Saúde das &amp;entregas por dia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart as &amp;PNG image…</source>
        <translation>Gráfico como imagem &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as &amp;SVG image…</source>
        <translation>Gráfico como imagem &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as &amp;CSV…</source>
        <translation>Números como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export “%1”</source>
        <translation>Exportar “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The tickets of these deliveries could not be found: %1</source>
        <translation>Não foi possível encontrar os chamados destas entregas: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The first day comes after the last.</source>
        <translation>O primeiro dia vem depois do último.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at most %1 days.</source>
        <translation>Escolha no máximo %1 dias.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computing the figures…</source>
        <translation>Calculando os números…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures could not be computed: %1</source>
        <translation>Não foi possível calcular os números: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The figures are computed when the database is open.</source>
        <translation>Os números são calculados quando o banco de dados está aberto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in this range: no ticket was created and no webhook was received from %1 to %2.</source>
        <translation>Nada neste intervalo: nenhum chamado foi criado e nenhum webhook foi recebido de %1 a %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a customer ID. The customer filter takes a customer&apos;s ID, as a ticket&apos;s details show it.</source>
        <translation>“%1” não é um ID de cliente. O filtro de cliente recebe o ID de um cliente, como os detalhes de um chamado o mostram.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ticket created from %1 to %2 matches the filters. Delivery health counts every webhook, whatever the filters.</source>
        <translation>Nenhum ticket criado de %1 a %2 corresponde aos filtros. A saúde das entregas conta todos os webhooks, quaisquer que sejam os filtros.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln chamado</numerusform>
            <numerusform>%Ln chamados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln tickets timed</source>
        <translation>
            <numerusform>%Ln chamado com tempos</numerusform>
            <numerusform>%Ln chamados com tempos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln entrega</numerusform>
            <numerusform>%Ln entregas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 tickets</source>
        <translation>%1 chamados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tickets timed (created or failed)</source>
        <translation>chamados com tempos (criados ou com falha)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tickets of the deliveries received on %2 (%1)</source>
        <translation>chamados das entregas recebidas em %2 (%1)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range p50 %1, p95 %2</source>
        <translation>intervalo: p50 %1, p95 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>failure rate %1, cured share %2</source>
        <translation>taxa de falhas %1, proporção resolvida %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open now: %1</source>
        <translation>Abertos agora: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck: %1</source>
        <translation>Travados: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Oldest pending: %1</source>
        <translation>Pendente mais antigo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest pending: none</source>
        <translation>Pendente mais antigo: nenhum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last webhook: %1 ago</source>
        <translation>Último webhook: há %1</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Every customer (or a customer ID)</source>
        <translation>Todos os clientes (ou um ID de cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer&apos;s ID, as a ticket&apos;s details show it under Customer ID.</source>
        <translation>O ID de um cliente, como os detalhes de um chamado o mostram em ID do cliente.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Last webhook</source>
        <translation>Último webhook</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Last webhook: none yet</source>
        <translation>Último webhook: nenhum ainda</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, created on %2</source>
        <translation>%1, criados em %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, by %1</source>
        <translation>, por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, customer %1</source>
        <translation>, cliente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, now %1</source>
        <translation>, agora %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the deliveries received on %2 (%1)</source>
        <translation>as entregas recebidas em %2 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the tickets of %1…</source>
        <translation>Procurando os chamados de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ticket is tied to %1: a delivery is tied to a ticket only when its signature is valid and it is about a support ticket.</source>
        <translation>Nenhum chamado está vinculado a %1: uma entrega só é vinculada a um chamado quando sua assinatura é válida e ela trata de um chamado de suporte.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="+128"/>
        <location line="+732"/>
        <location line="+52"/>
        <source>TicketDesk</source>
        <translation>TicketDesk</translation>
    </message>
    <message>
        <location line="-670"/>
        <source>Tickets</source>
        <translation>Chamados</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Columns shown</source>
        <translation>Colunas exibidas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>About the empty table</source>
        <translation>Sobre a tabela vazia</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tickets of a chart</source>
        <translation>Chamados de um gráfico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show every ticket again</source>
        <translation>Mostrar todos os chamados de novo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Chamados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deliveries</source>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+199"/>
        <source>&amp;Insights</source>
        <translation>&amp;Indicadores</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Ticket failed</source>
        <translation>Chamado com falha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ripio could not register ticket #%1.</source>
        <translation>A Ripio não conseguiu registrar o chamado #%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets failed</source>
        <translation>Chamados com falha</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n tickets failed.</source>
        <translation>
            <numerusform>%n chamado falhou.</numerusform>
            <numerusform>%n chamados falharam.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket</source>
        <translation>C&amp;hamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Novo chamado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export view as CSV…</source>
        <translation>E&amp;xportar visão como CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Te&amp;mplates…</source>
        <translation>Mode&amp;los…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create tickets from CSV…</source>
        <translation>&amp;Criar chamados a partir de CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>R&amp;eenviar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check with Ripio now</source>
        <translation>C&amp;onsultar a Ripio agora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy issue &amp;key</source>
        <translation>Copiar c&amp;have do chamado</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Copied %n issue keys.</source>
        <translation>
            <numerusform>%n chave de chamado copiada.</numerusform>
            <numerusform>%n chaves de chamado copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy &amp;summary</source>
        <translation>Copiar &amp;resumo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the selected tickets as plain text, for your helpdesk</source>
        <translation>Copia os chamados selecionados como texto simples, para o seu helpdesk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;all statuses</source>
        <translation>Mostrar todos os st&amp;atus</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>C&amp;olumns</source>
        <translation>C&amp;olunas</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>The status always shows.</source>
        <translation>O status sempre aparece.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>C&amp;lear (Esc)</source>
        <translation>&amp;Limpar (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tic&amp;kets</source>
        <translation>&amp;Chamados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deliveries</source>
        <comment>tab</comment>
        <translation>Entre&amp;gas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ticket filed twice</source>
        <translation>Chamado registrado duas vezes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio registered both ticket #%1 and its retry #%2. Ask Ripio to close one.</source>
        <translation>A Ripio registrou tanto o chamado #%1 quanto seu reenvio #%2. Peça à Ripio que feche um.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Nothing copied: no selected ticket has an issue key yet (Ripio gives one when it registers the ticket).</source>
        <translation>Nada copiado: nenhum chamado selecionado tem ainda chave (a Ripio dá uma quando registra o chamado).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied %1.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;queued tickets now</source>
        <translation>En&amp;viar agora os chamados na fila</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Details &amp;pane</source>
        <translation>Painel de &amp;detalhes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or hides the selected ticket&apos;s details beside the table</source>
        <translation>Mostra ou oculta os detalhes do chamado selecionado ao lado da tabela</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sort by</source>
        <translation>O&amp;rdenar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort the table by</source>
        <translation>Ordenar a tabela por</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filters</source>
        <translation>Filtros de status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 tickets are shown: press to hide them (%2)</source>
        <translation>Chamados com status %1: exibidos; pressione para ocultá-los (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tickets are hidden: press to show them (%2)</source>
        <translation>Chamados com status %1: ocultos; pressione para exibi-los (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show %1 tickets</source>
        <translation>Mostrar chamados: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More main toolbar buttons</source>
        <translation>Mais botões da barra de ferramentas principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More status filters</source>
        <translation>Mais filtros de status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the buttons that do not fit</source>
        <translation>Mostra os botões que não cabem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear search and filters</source>
        <translation>Limpar &amp;busca e filtros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve view…</source>
        <translation>Sal&amp;var visualização…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the statuses shown, the search and the sort under a name</source>
        <translation>Salva com um nome os status exibidos, a busca e a ordenação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manage saved views…</source>
        <translation>&amp;Gerenciar visualizações salvas…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search tickets</source>
        <translation>Buscar chamados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): customer, summary, issue key, reference, ticket ID</source>
        <translation>Buscar (Ctrl+F): cliente, resumo, chave, referência, ID do chamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About TicketDesk</source>
        <translation>&amp;Sobre o TicketDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About TicketDesk</source>
        <translation>Sobre o TicketDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TicketDesk %1
Support tickets for Ripio Ramps, watched live.</source>
        <translation>TicketDesk %1
Chamados de suporte da Ripio Ramps, acompanhados ao vivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the ticket table</source>
        <translation>Na tabela de chamados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space, Enter</source>
        <translation>Espaço, Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the Retry button of the current cell</source>
        <translation>Pressiona o botão Reenviar da célula atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected tickets&apos; menu</source>
        <translation>O menu dos chamados selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Page Up, Page Down, Home, End</source>
        <translation>Setas, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between tickets</source>
        <translation>Mover entre os chamados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows, Ctrl+A</source>
        <translation>Shift+setas, Ctrl+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select several tickets</source>
        <translation>Selecionar vários chamados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the New ticket form</source>
        <translation>No formulário Novo chamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket</source>
        <translation>Criar o chamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the form</source>
        <translation>Fechar o formulário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the whole window</source>
        <translation>Em toda a janela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+the underlined letter</source>
        <translation>Alt+a letra sublinhada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open saved views 1 to 9 (View menu)</source>
        <translation>Abrir as visualizações salvas 1 a 9 (menu Exibir)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Webhook listener</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time since the last event</source>
        <translation>Tempo desde o último evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio API</source>
        <translation>API da Ripio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team database</source>
        <translation>Banco de dados da equipe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading tickets</source>
        <translation>Carregando chamados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listener: starting…</source>
        <translation>Receptor: iniciando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events yet</source>
        <translation>Nenhum evento ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>API: not contacted yet</source>
        <translation>API: ainda não contatada</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Engine did not start: %1</source>
        <translation>O mecanismo não iniciou: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket engine could not start:
%1</source>
        <translation>Não foi possível iniciar o mecanismo de chamados:
%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading %1 of %2, then sorting</source>
        <translation>Carregando %1 de %2; depois ordena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading %1 of %2</source>
        <translation>Carregando %1 de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not every ticket could be read from the database: %1</source>
        <translation>Nem todos os chamados puderam ser lidos do banco de dados: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ticket #%1 was not retried: %2</source>
        <translation>O chamado #%1 não foi reenviado: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket #%1 was already retried as #%2; it was not sent again.</source>
        <translation>O chamado #%1 já foi reenviado como #%2; não foi enviado de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket #%1 retried as #%2.</source>
        <translation>O chamado #%1 foi reenviado como #%2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket kept on this computer: it goes to the team database as soon as that answers.</source>
        <translation>Ticket guardado neste computador: ele vai para o banco de dados da equipe assim que este responder.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Port %1 is taken by the other TicketDesk on this database (%2). This window is a viewer: it queues tickets and shows every change, while the other one receives Ripio&apos;s webhooks and sends the tickets.</source>
        <translation>A porta %1 está ocupada pelo outro TicketDesk deste banco de dados (%2). Esta janela é um visualizador: coloca chamados na fila e mostra cada mudança, enquanto o outro recebe os webhooks da Ripio e envia os chamados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Viewer: the listener port is taken by the other TicketDesk on this database</source>
        <translation>Visualizador: a porta do receptor está ocupada pelo outro TicketDesk deste banco de dados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listening on %1 (TLS)</source>
        <translation>Escutando em %1 (TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on %1</source>
        <translation>Escutando em %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give Ripio this webhook URL: %1</source>
        <translation>Informe à Ripio esta URL de webhook: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Listening on %1: %2</source>
        <translation>Escutando em %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener off</source>
        <translation>Receptor desligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener not running: %1</source>
        <translation>O receptor não está em execução: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>API ready</source>
        <translation>API pronta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API: bad credentials</source>
        <translation>API: credenciais incorretas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API: support tickets not enabled for this account (403, code 20061)</source>
        <translation>API: chamados de suporte não habilitados para esta conta (403, código 20061)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>API offline, %n ticket(s) queued</source>
        <translation>
            <numerusform>API offline, %n chamado na fila</numerusform>
            <numerusform>API offline, %n chamados na fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>API rate limited, %n ticket(s) queued</source>
        <translation>
            <numerusform>API com limite de requisições, %n chamado na fila</numerusform>
            <numerusform>API com limite de requisições, %n chamados na fila</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API not configured (no client ID or secret)</source>
        <translation>API não configurada (sem client ID ou client secret)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n na fila</numerusform>
            <numerusform>, %n na fila</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for the database: %1 Trying again by itself.</source>
        <translation>Aguardando o banco de dados: %1 Tentando de novo sozinho.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Team database: connected to %1</source>
        <translation>Banco de dados da equipe: conectado a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database: reconnecting since %1</source>
        <translation>Banco de dados da equipe: reconectando desde %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receiver running on this database</source>
        <translation>Nenhum receptor em execução neste banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No `ticketdesk serve` has written a heartbeat lately: new tickets stay queued and outcomes do not arrive until one runs.</source>
        <translation>Nenhum `ticketdesk serve` registrou sinal de vida recentemente: os chamados novos ficam na fila e os resultados não chegam até que um esteja em execução.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept on this computer until the database answers: %1</source>
        <translation>Guardados neste computador até o banco de dados responder: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets typed while the team database could not be reached are kept on this computer and written there, once each, as soon as it answers.</source>
        <translation>Os chamados digitados enquanto o banco de dados da equipe estava inacessível ficam guardados neste computador e são gravados lá, uma única vez cada um, assim que ele responder.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last event %1 s ago</source>
        <translation>Último evento há %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event %1 min ago</source>
        <translation>Último evento há %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event %1 h ago</source>
        <translation>Último evento há %1 h</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last event %n day(s) ago</source>
        <translation>
            <numerusform>Último evento há %n dia</numerusform>
            <numerusform>Último evento há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticket stuck</source>
        <translation>Chamado parado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ticket(s) waiting for Ripio longer than %1.</source>
        <translation>
            <numerusform>%n chamado aguardando a Ripio há mais de %1.</numerusform>
            <numerusform>%n chamados aguardando a Ripio há mais de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets</source>
        <translation>Nenhum chamado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln chamado</numerusform>
            <numerusform>%Ln chamados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ripio has not confirmed %1: it accepted the request and then answered that it has no such ticket. It may have the ticket all the same: a retry can create a duplicate ticket for the customer.

Retry anyway?</source>
        <translation>A Ripio não confirmou %1: ela aceitou a solicitação e depois respondeu que não tem esse chamado. Ela pode tê-lo mesmo assim: uma nova tentativa pode criar um chamado duplicado para o cliente.

Tentar de novo mesmo assim?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio has not confirmed %1: their answers were lost, or Ripio said later that it has no such ticket. It may have the tickets all the same: a retry can create duplicate tickets for the customers.

Retry anyway?</source>
        <translation>A Ripio não confirmou %1: as respostas se perderam, ou a Ripio disse depois que não tem esse chamado. Ela pode tê-los mesmo assim: uma nova tentativa pode criar chamados duplicados para os clientes.

Tentar de novo mesmo assim?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retry %n unconfirmed tickets?</source>
        <translation>
            <numerusform>Reenviar %n chamado não confirmado?</numerusform>
            <numerusform>Reenviar %n chamados não confirmados?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Retry anyway</source>
        <translation>&amp;Reenviar mesmo assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Don&apos;t retry</source>
        <translation>&amp;Não reenviar</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Exporting tickets…</source>
        <translation>Exportando chamados…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+197"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export tickets</source>
        <translation>Exportar chamados</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Exported %n ticket(s) to %1.</source>
        <translation>
            <numerusform>%n chamado exportado para %1.</numerusform>
            <numerusform>%n chamados exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Exportação cancelada; %1 ficou como estava.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Export deliveries</source>
        <translation>Exportar entregas</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n delivery(ies) to %1.</source>
        <translation>
            <numerusform>%n entrega exportada para %1.</numerusform>
            <numerusform>%n entregas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older deliveries stay in the database and are not in the file.</source>
        <translation>As entregas mais antigas ficam no banco de dados e não estão no arquivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied a summary of the ticket.</source>
        <translation>Um resumo do chamado foi copiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied a summary of %1 tickets.</source>
        <translation>Um resumo de %1 chamados foi copiado.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Showing only %1 (%2 in the table now).</source>
        <translation>Mostrando apenas %1 (%2 na tabela agora).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First, open Settings (%1) and enter the client ID and secret Ripio gave you: until then, new tickets wait in the queue. To try TicketDesk without them, start it with --demo.

</source>
        <translation>Primeiro, abra as Configurações (%1) e informe o client ID e o client secret que a Ripio lhe deu: até lá, os chamados novos esperam na fila. Para experimentar o TicketDesk sem eles, inicie-o com --demo.

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tickets yet.

To escalate a customer&apos;s problem to Ripio, choose File → New ticket… (%1).
To pick customers by name instead of their UUID, import your customer list first (File → Import customers…).

Tickets appear here as they are queued, sent and answered.</source>
        <translation>Ainda não há chamados.

Para escalar à Ripio o problema de um cliente, escolha Arquivo → Novo chamado… (%1).
Para escolher clientes pelo nome em vez do UUID, importe antes sua lista de clientes (Arquivo → Importar clientes…).

Os chamados aparecem aqui à medida que são enfileirados, enviados e respondidos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of the tickets of that chart is in the table now.</source>
        <translation>Nenhum dos chamados desse gráfico está na tabela agora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket with the statuses shown matches “%1”.</source>
        <translation>Nenhum chamado com os status exibidos corresponde a “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket matches “%1”.</source>
        <translation>Nenhum chamado corresponde a “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket has the statuses shown.</source>
        <translation>Nenhum chamado tem os status exibidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press %1 to clear the search and show every status.</source>
        <translation>Pressione %1 para limpar a busca e mostrar todos os status.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace saved view</source>
        <translation>Substituir visualização salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved view is already named “%1”. Replace it with the statuses, search and sort shown now?</source>
        <translation>Já existe uma visualização salva chamada “%1”. Substituí-la pelos status, pela busca e pela ordenação mostrados agora?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm replacing the saved view</source>
        <translation>Confirmar a substituição da visualização salva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View “%1” replaced.</source>
        <translation>Visualização “%1” substituída.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Quit with tickets kept here?</source>
        <translation>Sair com chamados guardados neste computador?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tickets typed while the team database could not be reached are kept on this computer. They are written to the database, and sent to Ripio, only when TicketDesk runs here again and the database answers.</source>
        <translation>
            <numerusform>%n chamado digitado enquanto o banco de dados da equipe não respondia está guardado neste computador. Ele é gravado no banco de dados, e enviado à Ripio, só quando o TicketDesk for executado aqui de novo e o banco de dados responder.</numerusform>
            <numerusform>%n chamados digitados enquanto o banco de dados da equipe não respondia estão guardados neste computador. Eles são gravados no banco de dados, e enviados à Ripio, só quando o TicketDesk for executado aqui de novo e o banco de dados responder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm quitting with tickets kept on this computer</source>
        <translation>Confirmar a saída com chamados guardados neste computador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Sair mesmo assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep TicketDesk open</source>
        <translation>&amp;Manter o TicketDesk aberto</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>View “%1” saved.</source>
        <translation>Visualização “%1” salva.</translation>
    </message>
    <message>
        <location line="-1002"/>
        <source>Choose that tab, button or field</source>
        <translation>Escolher essa aba, botão ou campo</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>No receiver seen for %1</source>
        <translation>Nenhum receptor visto há %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The request for %1 was sent, but no answer from Ripio confirmed it (the answer was lost, or was an error). Ripio may already have created the ticket, and there is no way to ask it without a ticket ID: a retry can create a duplicate ticket for the customer.

Retry anyway?</source>
        <translation>A requisição de %1 foi enviada, mas nenhuma resposta da Ripio a confirmou (a resposta se perdeu, ou foi um erro). A Ripio pode já ter criado o chamado, e não há como consultá-la sem um ID de chamado: uma nova tentativa pode criar um chamado duplicado para o cliente.

Reenviar mesmo assim?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requests for %1 were sent, but no answers from Ripio confirmed them (the answers were lost, or were errors). Ripio may already have created the tickets, and there is no way to ask it without a ticket ID: a retry can create duplicate tickets for the customers.

Retry anyway?</source>
        <translation>As requisições de %1 foram enviadas, mas nenhuma resposta da Ripio as confirmou (as respostas se perderam, ou foram erros). A Ripio pode já ter criado os chamados, e não há como consultá-la sem um ID de chamado: uma nova tentativa pode criar chamados duplicados para os clientes.

Reenviar mesmo assim?</translation>
    </message>
    <message>
        <location line="+340"/>
        <location line="+23"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>View “%1”.</source>
        <translation>Visualização “%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Save view</source>
        <translation>Salvar visualização</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name of this view (the statuses shown, the search and the sort):</source>
        <translation>Nome desta visualização (os status exibidos, a busca e a ordenação):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
</context>
<context>
    <name>TicketDesk::NewTicket</name>
    <message>
        <location filename="../../src/service/newticket.cpp" line="+60"/>
        <source>The summary must be on one line.</source>
        <translation>O resumo deve ocupar uma única linha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary holds an invisible control character (%1) at character %2: remove it.</source>
        <translation>O resumo contém um caractere de controle invisível (%1) no caractere %2: remova-o.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The description holds an invisible control character (%1) on line %2, at character %3: remove it.</source>
        <translation>A descrição contém um caractere de controle invisível (%1) na linha %2, no caractere %3: remova-o.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The reference has %1 characters; at most %2 are allowed.</source>
        <translation>A referência tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reference must be on one line.</source>
        <translation>A referência deve ocupar uma só linha.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::Reconciler</name>
    <message>
        <location filename="../../src/service/reconciler.cpp" line="+199"/>
        <source>Ripio has answered at every check for more than half an hour that it has no such ticket (HTTP 404): whether it registered it is unknown. Retry it if the customer still needs it; should Ripio&apos;s webhook come after all, it still applies.</source>
        <translation>Há mais de meia hora a Ripio responde em cada consulta que não tem esse chamado (HTTP 404): não se sabe se ela o registrou. Tente de novo se o cliente ainda precisar; se o webhook da Ripio chegar afinal, ele ainda se aplica.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::RipioClient</name>
    <message>
        <location filename="../../src/ripio/createticketjob.cpp" line="+54"/>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>Não é possível ler o anexo %1: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ripio accepted the ticket (HTTP %1) but its answer has no ticket id; the ticket may exist at Ripio.</source>
        <translation>A Ripio aceitou o chamado (HTTP %1), mas a resposta não traz ticketId; o chamado pode existir na Ripio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio accepted the ticket (HTTP %1) but its answer is not a JSON object, so its ticket id cannot be read; the ticket may exist at Ripio.</source>
        <translation>A Ripio aceitou o chamado (HTTP %1), mas a resposta não é um objeto JSON, então o id do chamado não pode ser lido; o chamado pode existir na Ripio.</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripioerrorparser.cpp" line="+117"/>
        <source>Ripio said: &quot;%1&quot;</source>
        <translation>A Ripio disse: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/ripio/retrieveticketjob.cpp" line="+46"/>
        <source>Ripio&apos;s answer about ticket %1 could not be read (status &quot;%2&quot;).</source>
        <translation>Não foi possível ler a resposta da Ripio sobre o chamado %1 (status &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripioclient.cpp" line="+68"/>
        <source>TicketDesk refused to send it: %1</source>
        <translation>O TicketDesk se recusou a enviá-lo: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ticket id %1 is not a UUID.</source>
        <translation>O ID do chamado %1 não é um UUID.</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripiojob.cpp" line="+58"/>
        <source>The Ripio client was shut down.</source>
        <translation>O cliente da Ripio foi encerrado.</translation>
    </message>
    <message>
        <location filename="../../src/ripio/tokenmanager.cpp" line="+114"/>
        <source>No Ripio client ID or client secret is set: enter them in Settings, or set TICKETDESK_CLIENT_ID and TICKETDESK_CLIENT_SECRET for the command line and serve.</source>
        <translation>Nenhum client ID ou client secret da Ripio está definido: informe-os nas Configurações, ou defina TICKETDESK_CLIENT_ID e TICKETDESK_CLIENT_SECRET para a linha de comando e o serve.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ripio&apos;s token answer has no access token (HTTP %1).</source>
        <translation>A resposta de token da Ripio não contém um access token (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio&apos;s token answer is not a JSON object (HTTP %1).</source>
        <translation>A resposta da Ripio com o token não é um objeto JSON (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripioerrorparser.cpp" line="+70"/>
        <source>Support tickets are not enabled for this Ripio account (HTTP 403, code 20061). Ripio must enable support tickets for the account before any ticket can be created; ask your Ripio account manager.</source>
        <translation>Os chamados de suporte não estão habilitados para esta conta da Ripio (HTTP 403, código 20061). A Ripio precisa habilitá-los para a conta antes que qualquer chamado possa ser criado; fale com o seu gerente de conta na Ripio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ripio refused the API credentials (HTTP %1). Check the client ID and client secret in Settings, or TICKETDESK_CLIENT_ID and TICKETDESK_CLIENT_SECRET for the command line and serve.</source>
        <translation>A Ripio recusou as credenciais da API (HTTP %1). Verifique o client ID e o client secret nas Configurações, ou TICKETDESK_CLIENT_ID e TICKETDESK_CLIENT_SECRET para a linha de comando e o serve.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Ripio is limiting requests (HTTP 429); try again in %n second(s).</source>
        <translation>
            <numerusform>A Ripio está limitando as requisições (HTTP 429); tente novamente em %n segundo.</numerusform>
            <numerusform>A Ripio está limitando as requisições (HTTP 429); tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ripio is limiting requests (HTTP 429); try again later.</source>
        <translation>A Ripio está limitando as requisições (HTTP 429); tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ripio had a server error (HTTP %1).</source>
        <translation>A Ripio teve um erro no servidor (HTTP %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ripio has no such ticket (HTTP 404).</source>
        <translation>A Ripio não tem esse chamado (HTTP 404).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio answered HTTP 404 Not Found; check the API base URL in the settings.</source>
        <translation>A Ripio respondeu HTTP 404 Not Found; verifique a URL base da API nas configurações.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ripio does not know this customer, or has no email address on file for them (HTTP %1).</source>
        <translation>A Ripio não conhece este cliente ou não tem o endereço de e-mail dele cadastrado (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ripio rejected the request (HTTP %1).</source>
        <translation>A Ripio rejeitou a requisição (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ripio gave an answer TicketDesk does not expect (HTTP %1).</source>
        <translation>A Ripio deu uma resposta que o TicketDesk não espera (HTTP %1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The request had been sent completely, so Ripio may have acted on it.</source>
        <translation>A requisição tinha sido enviada por completo, então a Ripio pode tê-la processado.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Ripio did not answer within %n second(s).</source>
        <translation>
            <numerusform>A Ripio não respondeu em %n segundo.</numerusform>
            <numerusform>A Ripio não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure (TLS) connection to Ripio failed; check the system clock, the certificates and any proxy that intercepts HTTPS.</source>
        <translation>A conexão segura (TLS) com a Ripio falhou; verifique o relógio do sistema, os certificados e qualquer proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy failed.</source>
        <translation>O proxy falhou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio&apos;s host name could not be resolved; check the network and the API base URL.</source>
        <translation>Não foi possível resolver o nome do host da Ripio; verifique a rede e a URL base da API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ripio refused the connection; check the network and the API base URL.</source>
        <translation>A Ripio recusou a conexão; verifique a rede e a URL base da API.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to Ripio was lost before an answer came.</source>
        <translation>A conexão com a Ripio caiu antes de chegar uma resposta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ripio&apos;s answer could not be read (network error %1).</source>
        <translation>Não foi possível ler a resposta da Ripio (erro de rede %1).</translation>
    </message>
</context>
<context>
    <name>TicketDesk::RipioSandbox</name>
    <message>
        <location filename="../../src/sandbox/ripiosandbox.cpp" line="+220"/>
        <source>Invalid client credentials.</source>
        <translation>Credenciais de cliente inválidas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>grant_type must be client_credentials.</source>
        <translation>grant_type deve ser client_credentials.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The access token is missing, invalid or expired.</source>
        <translation>O access token está ausente, é inválido ou expirou.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request was throttled.</source>
        <translation>A requisição foi limitada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal server error.</source>
        <translation>Erro interno do servidor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Support tickets are not enabled for this account.</source>
        <translation>Os chamados de suporte não estão habilitados para esta conta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each file needs a file name.</source>
        <translation>Cada arquivo precisa de um nome de arquivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown field.</source>
        <translation>Campo desconhecido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected one text value.</source>
        <translation>Esperado um único valor de texto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be a valid UUID.</source>
        <translation>Deve ser um UUID válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This field may not be blank.</source>
        <translation>Este campo não pode ficar em branco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer not found.</source>
        <translation>Cliente não encontrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no email on file.</source>
        <translation>O cliente não tem e-mail cadastrado.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Support ticket not found.</source>
        <translation>Chamado de suporte não encontrado.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SaveFile</name>
    <message>
        <location filename="../../src/core/savefile.cpp" line="+62"/>
        <source>no space is left on the disk that holds it (%1, %2 free)</source>
        <translation>não há mais espaço no disco que o contém (%1, %2 livres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only part of the data could be written (the disk may be full, or the file larger than this system allows)</source>
        <translation>só parte dos dados pôde ser gravada (o disco pode estar cheio, ou o arquivo ser maior do que este sistema permite)</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SavedViewsDialog</name>
    <message>
        <location filename="../../src/gui/savedviewsdialog.cpp" line="+23"/>
        <location line="+82"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Saved views</source>
        <translation>Visualizações salvas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The first nine views open with Ctrl+1 to Ctrl+9, in this order.</source>
        <translation>As nove primeiras visualizações abrem com Ctrl+1 a Ctrl+9, nesta ordem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the selected view</source>
        <translation>Excluir a visualização selecionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected view up</source>
        <translation>Mover a visualização selecionada para cima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected view down</source>
        <translation>Mover a visualização selecionada para baixo</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete saved view</source>
        <translation>Excluir visualização salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved view “%1”? This cannot be undone.</source>
        <translation>Excluir a visualização salva “%1”? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm deleting the saved view</source>
        <translation>Confirmar a exclusão da visualização salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SecretStore</name>
    <message>
        <location filename="../../src/service/keychainsecretbackend.cpp" line="+32"/>
        <source>The system keychain refused access: %1</source>
        <translation>O chaveiro do sistema negou o acesso: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain service is available; set the secret in the environment instead.</source>
        <translation>Nenhum serviço de chaveiro do sistema está disponível; defina o segredo no ambiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain service is available (%1); set the secret in the environment instead.</source>
        <translation>Nenhum serviço de chaveiro do sistema está disponível (%1); defina o segredo no ambiente.</translation>
    </message>
    <message>
        <location filename="../../src/service/secretstore.cpp" line="+119"/>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>O chaveiro do sistema não respondeu em %1 s.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SelfTest</name>
    <message>
        <location filename="../../src/service/selftest.cpp" line="+60"/>
        <source>Signing a test event (%1): the listener stores its delivery, no ticket.</source>
        <translation>Assinando um evento de teste (%1): o receptor guarda a entrega e não cria nenhum chamado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing: failed — no webhook secret is set, so there is nothing to sign with.</source>
        <translation>Assinatura: falhou — nenhum segredo de webhook está definido, então não há com o que assinar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing: OK.</source>
        <translation>Assinatura: OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it to %1.</source>
        <translation>Enviando para %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect: failed — “%1” is not an http:// or https:// URL.</source>
        <translation>Conexão: falhou — “%1” não é uma URL http:// ou https://.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Connect: OK.</source>
        <translation>Conexão: OK.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Sent; waiting for the listener&apos;s answer.</source>
        <translation>Enviado; aguardando a resposta do receptor.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+20"/>
        <source>Checking the listener&apos;s certificate.</source>
        <translation>Verificando o certificado do receptor.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>TLS: OK.</source>
        <translation>TLS: OK.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TLS: failed — %1</source>
        <translation>TLS: falhou — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect: failed — %1</source>
        <translation>Conexão: falhou — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature: unknown — the listener sent no answer: %1</source>
        <translation>Assinatura: desconhecida — o receptor não enviou resposta: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signature: refused (401) — the listener&apos;s webhook secret differs from the one used to sign. Check that both sides have the same secret.</source>
        <translation>Assinatura: recusada (401) — o segredo de webhook do receptor é diferente do usado para assinar. Verifique se os dois lados têm o mesmo segredo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature: OK.</source>
        <translation>Assinatura: OK.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the listener&apos;s verdict.</source>
        <translation>Lendo o veredito do receptor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored: failed — the listener answered %1 %2</source>
        <translation>Armazenado: falhou — o receptor respondeu %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored: OK (%1) %2</source>
        <translation>Armazenado: OK (%1) %2</translation>
    </message>
</context>
<context>
    <name>TicketDesk::ServeCommand</name>
    <message>
        <location filename="../../src/app/servecommand.cpp" line="+49"/>
        <source>Listener address.</source>
        <translation>Endereço do receptor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook path.</source>
        <translation>Caminho do webhook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Ripio about a ticket PENDING this long.</source>
        <translation>Consultar a Ripio sobre um chamado que esteja PENDING por este tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS certificate (PEM).</source>
        <translation>Certificado TLS (PEM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS private key (PEM).</source>
        <translation>Chave privada TLS (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept unsigned webhooks (testing only).</source>
        <translation>Aceitar webhooks sem assinatura (somente para testes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve Prometheus metrics on GET /metrics at this address (off by default; never the webhook address).</source>
        <translation>Servir métricas do Prometheus em GET /metrics neste endereço (desativado por padrão; nunca o endereço do webhook).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>settings file %1 does not exist</source>
        <translation>o arquivo de configurações %1 não existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read settings file %1</source>
        <translation>não é possível ler o arquivo de configurações %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the desktop&apos;s setting; serve takes its database from --db (--db %2)</source>
        <translation>%1 é uma configuração do desktop; o serve toma seu banco de dados de --db (--db %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settings file %1: %2</source>
        <translation>arquivo de configurações %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--listen expects HOST:PORT, e.g. 127.0.0.1:8787, not &apos;%1&apos;</source>
        <translation>--listen espera HOST:PORT, por exemplo 127.0.0.1:8787, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--metrics expects HOST:PORT, e.g. 127.0.0.1:9787, not &apos;%1&apos;</source>
        <translation>--metrics espera HOST:PORTA, por exemplo 127.0.0.1:9787, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--metrics must not be the webhook listener&apos;s address (%1:%2)</source>
        <translation>--metrics não pode ser o endereço do receptor de webhooks (%1:%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--path must start with &apos;/&apos;, hold no spaces or &apos;?&apos;, and not be /healthz</source>
        <translation>--path deve começar com &apos;/&apos;, não conter espaços nem &apos;?&apos;, e não ser /healthz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--api-base expects an http(s) URL, not &apos;%1&apos;</source>
        <translation>--api-base espera uma URL http(s), não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--reconcile-after expects a positive number of seconds</source>
        <translation>--reconcile-after espera um número positivo de segundos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS requer --tls-cert e --tls-key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the TLS file %1: %2</source>
        <translation>não é possível ler o arquivo TLS %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 had spaces or line breaks at its ends: they were removed</source>
        <translation>%1 tinha espaços ou quebras de linha nas pontas: foram removidos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no webhook secret: set TICKETDESK_WEBHOOK_SECRET or store it in the keychain (or pass --insecure-no-signature for a test setup)</source>
        <translation>sem segredo de webhook: defina TICKETDESK_WEBHOOK_SECRET ou armazene-o no chaveiro (ou passe --insecure-no-signature para uma configuração de teste)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--insecure-no-signature: webhook signatures are NOT checked;</source>
        <translation>--insecure-no-signature: as assinaturas dos webhooks NÃO são verificadas;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone who can reach the listener can change ticket outcomes. Never use this in production.</source>
        <translation>qualquer pessoa que alcance o receptor pode alterar o resultado dos chamados. Nunca use isto em produção.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a webhook secret is set: --insecure-no-signature is ignored</source>
        <translation>há um segredo de webhook definido: --insecure-no-signature é ignorado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the previous webhook secret is the same as the current one: nothing is being rotated; remove TICKETDESK_WEBHOOK_SECRET_PREVIOUS (or the keychain&apos;s previous secret)</source>
        <translation>o segredo de webhook anterior é igual ao atual: nada está sendo trocado; remova TICKETDESK_WEBHOOK_SECRET_PREVIOUS (ou o segredo anterior do chaveiro)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accepting the previous webhook secret too, during its rotation: remove it once deliveries signed with it stop (the once-a-minute summary, /healthz&apos;s previousSecret, or ticketdesk_webhook_previous_secret_total)</source>
        <translation>aceitando também o segredo de webhook anterior, durante a troca: remova-o quando pararem as entregas assinadas com ele (o resumo de cada minuto, previousSecret no /healthz ou ticketdesk_webhook_previous_secret_total)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no Ripio client credentials (TICKETDESK_CLIENT_ID / TICKETDESK_CLIENT_SECRET): webhooks are received, but new tickets stay queued until credentials are set</source>
        <translation>sem credenciais de cliente da Ripio (TICKETDESK_CLIENT_ID / TICKETDESK_CLIENT_SECRET): os webhooks são recebidos, mas os novos chamados ficam na fila até que as credenciais sejam definidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot install the signal handlers</source>
        <translation>não é possível instalar os manipuladores de sinais</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>stopping: answering requests in flight</source>
        <translation>parando: respondendo às requisições em andamento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TicketDesk %3; database %1; Ripio API %2</source>
        <translation>TicketDesk %3; banco de dados %1; API da Ripio %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>metrics are served on every network this host is on, to anyone who reaches the port (no login): give --metrics 127.0.0.1 or a private address unless a firewall keeps them in</source>
        <translation>as métricas são servidas em todas as redes deste computador, a quem alcançar a porta (sem login): use --metrics 127.0.0.1 ou um endereço privado, a menos que um firewall as proteja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SettingsDialog</name>
    <message>
        <location filename="../../src/gui/settingsdialog.cpp" line="+62"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>not stored</source>
        <translation>não armazenado</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Ripio sandbox</source>
        <translation>Sandbox da Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio production</source>
        <translation>Produção da Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in demo sandbox</source>
        <translation>Sandbox de demonstração integrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TLS certificate (PEM)</source>
        <translation>Certificado TLS (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS private key (PEM)</source>
        <translation>Chave privada TLS (PEM)</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n day(s)</source>
        <comment>a number of days in a spin box</comment>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use now: %1. TicketDesk opens the database chosen here when it starts without --db; a change takes effect at the next start.</source>
        <translation>Em uso agora: %1. O TicketDesk abre o banco de dados escolhido aqui quando inicia sem --db; uma mudança vale a partir do próximo início.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ticket database file</source>
        <translation>Arquivo do banco de dados de chamados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados SQLite (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started by TicketDesk on this computer</source>
        <translation>iniciado pelo TicketDesk neste computador</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+89"/>
        <source>Checking the keychain…</source>
        <translation>Consultando o chaveiro…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>stored — type to replace</source>
        <translation>armazenado — digite para substituir</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Will be removed from the keychain when you apply.</source>
        <translation>Será removido do chaveiro ao aplicar.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Will be forgotten when you apply.</source>
        <translation>Será esquecido ao aplicar.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Discard the changed settings?</source>
        <translation>Descartar as configurações alteradas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings changed here have not been applied. Discard them, or keep editing and press OK or Apply.</source>
        <translation>As configurações alteradas aqui não foram aplicadas. Descarte-as, ou continue editando e pressione OK ou Aplicar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm discarding the changed settings</source>
        <translation>Confirmar o descarte das configurações alteradas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any free port</source>
        <translation>Qualquer porta livre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>On a team database this desktop neither listens for webhooks nor sends tickets: the team&apos;s `ticketdesk serve` processes do.</source>
        <translation>Com um banco de dados de equipe, este desktop não escuta webhooks nem envia tickets: os processos `ticketdesk serve` da equipe fazem isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is kept in the system keychain, never in the URL or the settings file.</source>
        <translation>A senha é guardada no chaveiro do sistema, nunca na URL nem no arquivo de configurações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no system keychain here, the password comes from TICKETDESK_DATABASE_PASSWORD, PGPASSWORD or ~/.pgpass; one typed here is used until TicketDesk quits. It is never kept in the URL or the settings file.</source>
        <translation>Sem chaveiro do sistema aqui, a senha vem de TICKETDESK_DATABASE_PASSWORD, PGPASSWORD ou ~/.pgpass; a digitada aqui é usada até o TicketDesk fechar. Nunca é guardada na URL nem no arquivo de configurações.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set by the environment. Choose &quot;Custom URL&quot; to type another.</source>
        <translation>Definida pelo ambiente. Escolha &quot;URL personalizada&quot; para digitar outra.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>from the environment — type to replace</source>
        <translation>do ambiente — digite para substituir</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The value typed here is in use until TicketDesk quits; at the next start the environment variable %1 takes precedence again.</source>
        <translation>O valor digitado aqui é usado até o TicketDesk fechar; na próxima inicialização a variável de ambiente %1 volta a ter precedência.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set by the environment variable %1, which takes precedence over the keychain.</source>
        <translation>Definido pela variável de ambiente %1, que tem prioridade sobre o chaveiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held in memory until TicketDesk quits; never written to the keychain or a file.</source>
        <translation>Mantido na memória até o TicketDesk fechar; nunca gravado no chaveiro nem em arquivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain.</source>
        <translation>Armazenado no chaveiro do sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored: no system keychain here, and %1 is not set.</source>
        <translation>Não armazenado: não há chaveiro do sistema aqui e %1 não está definida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored.</source>
        <translation>Não armazenado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (set)</source>
        <translation>%1 (definida)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (not set)</source>
        <translation>%1 (não definida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PGPASSWORD or ~/.pgpass</source>
        <translation>PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain service is available on this computer, so secrets cannot be stored here. TicketDesk reads them from the environment instead: %1. A secret typed here is used until TicketDesk quits and is never written to a file.</source>
        <translation>Nenhum serviço de chaveiro do sistema está disponível neste computador, então os segredos não podem ser armazenados aqui. Em vez disso, o TicketDesk os lê do ambiente: %1. Um segredo digitado aqui é usado até o TicketDesk ser fechado e nunca é gravado em arquivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listening on %1, not where you asked: %2</source>
        <translation>Escutando em %1, não onde você pediu: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1 (TLS).</source>
        <translation>Escutando em %1 (TLS).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening on %1.</source>
        <translation>Escutando em %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listening: %1</source>
        <translation>Sem escutar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listening.</source>
        <translation>Sem escutar.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This TicketDesk deletes older deliveries in the background. Last round: %1, %n deleted.</source>
        <translation>
            <numerusform>Este TicketDesk apaga as entregas mais antigas em segundo plano. Última rodada: %1, %n apagada.</numerusform>
            <numerusform>Este TicketDesk apaga as entregas mais antigas em segundo plano. Última rodada: %1, %n apagadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TicketDesk deletes older deliveries in the background; its first round runs shortly after it starts.</source>
        <translation>Este TicketDesk apaga as entregas mais antigas em segundo plano; sua primeira rodada acontece logo após o início.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 receives the webhooks for this database and deletes older deliveries with its own limits; these apply when this desktop receives them itself.</source>
        <translation>%1 recebe os webhooks deste banco de dados e apaga as entregas mais antigas com seus próprios limites; estes valem quando esta estação os recebe por conta própria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a team database, older deliveries are deleted by its servers (ticketdesk serve) with the limits in their settings, not these.</source>
        <translation>Em um banco de dados da equipe, as entregas mais antigas são apagadas pelos servidores dele (ticketdesk serve) com os limites das configurações deles, não com estes.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The custom base URL must be a valid http:// or https:// URL.</source>
        <translation>A URL base personalizada deve ser uma URL http:// ou https:// válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listen address must be an IP address such as 127.0.0.1 or ::1.</source>
        <translation>O endereço de escuta deve ser um endereço IP, como 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>A porta deve ser um número de 0 a 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook path must start with “/” and contain no spaces, “?” or “#”.</source>
        <translation>O caminho do webhook deve começar com “/” e não conter espaços, “?” nem “#”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replay window must be 0 seconds or more.</source>
        <translation>A janela de repetição deve ser de 0 segundos ou mais.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS needs both a certificate and a key (or neither, for plain HTTP).</source>
        <translation>TLS requer um certificado e uma chave (ou nenhum dos dois, para HTTP sem criptografia).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>O arquivo %1 não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the team database&apos;s URL, for example postgresql://alice@db.example.com/ticketdesk.</source>
        <translation>Digite a URL do banco de dados da equipe, por exemplo postgresql://alice@db.exemplo.com/ticketdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team database URL is not valid: %1</source>
        <translation>A URL do banco de dados da equipe não é válida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team database is a PostgreSQL server: its URL starts with postgresql://.</source>
        <translation>Um banco de dados da equipe é um servidor PostgreSQL: sua URL começa com postgresql://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the database file on this computer.</source>
        <translation>Escolha o arquivo do banco de dados neste computador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a PostgreSQL address: choose “Team database” for it.</source>
        <translation>Esse é um endereço PostgreSQL: escolha “Banco de dados da equipe” para ele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” must be a number from %2 to %3.</source>
        <translation>“%1” deve ser um número de %2 a %3.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The settings could not be saved to %1.</source>
        <translation>Não foi possível salvar as configurações em %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not removed: %1</source>
        <translation>Não removido: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: no system keychain here. The new value is used until TicketDesk quits; set %1 in the environment to keep it.</source>
        <translation>Não armazenado: não há chaveiro do sistema aqui. O novo valor é usado até o TicketDesk ser fechado; defina %1 no ambiente para mantê-lo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1 The new value is used until TicketDesk quits.</source>
        <translation>Não armazenado: %1 O novo valor é usado até o TicketDesk ser fechado.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The settings were applied, but not every secret could be saved; see the messages next to them. OK closes the dialog now.</source>
        <translation>As configurações foram aplicadas, mas nem todo segredo pôde ser salvo; veja as mensagens ao lado deles. OK fecha o diálogo agora.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connect: failed — the listener is not running, so there is no URL to send to.</source>
        <translation>Conexão: falhou — o receptor não está em execução, então não há URL para onde enviar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: the webhook secret typed above is not applied yet, and the listener checks the one in use. Apply first, then send the test event.</source>
        <translation>Não enviado: o segredo do webhook digitado acima ainda não foi aplicado, e o receptor verifica o que está em uso. Aplique primeiro e depois envie o evento de teste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing with the webhook secret in use.</source>
        <translation>Assinando com o segredo de webhook em uso.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::ShortcutsDialog</name>
    <message>
        <location filename="../../src/gui/shortcutsdialog.cpp" line="+73"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every key the main window answers. Menus also open with Alt and their underlined letter.</source>
        <translation>Todas as teclas a que a janela principal responde. Os menus também abrem com Alt e a letra sublinhada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the shortcuts</source>
        <translation>Sobre os atalhos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcuts by menu</source>
        <translation>Atalhos por menu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SortMenu</name>
    <message>
        <location filename="../../src/gui/tablemenus.cpp" line="+63"/>
        <source>Ascending</source>
        <translation>Crescente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Descending</source>
        <translation>Decrescente</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TemplatesDialog</name>
    <message>
        <location filename="../../src/gui/templatesdialog.cpp" line="+32"/>
        <location line="+1"/>
        <source>Ticket templates</source>
        <translation>Modelos de chamados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No templates</source>
        <translation>Nenhum modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No templates yet. Type a name, a summary and a description on the right, then Save: the New ticket form fills them in from its Template list.</source>
        <translation>Ainda não há modelos. Digite um nome, um resumo e uma descrição à direita e clique em Salvar: o formulário de novo chamado os preenche a partir da sua lista de modelos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template summary</source>
        <translation>Resumo do modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template description</source>
        <translation>Descrição do modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Templates:</source>
        <translation>&amp;Modelos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save template</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+220"/>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>A template named &quot;%1&quot; exists already: names that differ only in case cannot be told apart in a CSV file. Save under that name, or choose another.</source>
        <translation>Já existe um modelo chamado &quot;%1&quot;: num arquivo CSV não dá para distinguir nomes que diferem só em maiúsculas e minúsculas. Salve com esse nome ou escolha outro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename the template?</source>
        <translation>Renomear o modelo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the template “%1” to “%2”, or save “%2” as a new template and keep “%1”?</source>
        <translation>Renomear o modelo “%1” para “%2”, ou salvar “%2” como um modelo novo e manter “%1”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;new</source>
        <translation>Salvar como &amp;novo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the template &quot;%1&quot; for everyone?</source>
        <translation>Excluir o modelo “%1” para todos?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The new template is not saved. It is lost if you close this window.</source>
        <translation>O modelo novo não está salvo. Ele se perde se fechar esta janela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” has changes that are not saved. They are lost if you close this window.</source>
        <translation>O modelo “%1” tem alterações não salvas. Elas se perdem se fechar esta janela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new template is not saved. It is lost if you open another template.</source>
        <translation>O modelo novo não está salvo. Ele se perde se abrir outro modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” has changes that are not saved. They are lost if you open another template.</source>
        <translation>O modelo “%1” tem alterações não salvas. Elas se perdem se abrir outro modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new template is not saved. It is lost if you start a new template.</source>
        <translation>O modelo novo não está salvo. Ele se perde se começar outro modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” has changes that are not saved. They are lost if you start a new template.</source>
        <translation>O modelo “%1” tem alterações não salvas. Elas se perdem se começar um modelo novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard the template&apos;s changes?</source>
        <translation>Descartar as alterações do modelo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding the template&apos;s changes</source>
        <translation>Confirmar o descarte das alterações do modelo</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TerminationSignals</name>
    <message>
        <location filename="../../src/core/terminationsignals.cpp" line="+76"/>
        <source>termination signals are handled elsewhere in this process</source>
        <translation>os sinais de término já são tratados em outra parte deste processo</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TicketModel</name>
    <message>
        <location filename="../../src/gui/ticketmodel.cpp" line="+96"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unconfirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (conflict)</source>
        <translation>%1 (conflito)</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="-1530"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="+21"/>
        <source>%1 (stuck)</source>
        <translation>%1 (parado)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="+8"/>
        <location line="+155"/>
        <source>Retry</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="-144"/>
        <source>Retried as #%1</source>
        <translation>Reenviado como #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="+0"/>
        <source>Retry of #%1</source>
        <translation>Reenvio de #%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ticketmodel.cpp" line="-5"/>
        <source>Retried as #%1, both registered</source>
        <translation>Reenviado como #%1, ambos registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of #%1, both registered</source>
        <translation>Reenvio de #%1, ambos registrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retried as #%1, registered twice (#%2)</source>
        <translation>Reenviado como #%1, registrado duas vezes (#%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of #%1, registered twice (#%2)</source>
        <translation>Reenvio de #%1, registrado duas vezes (#%2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Retry ticket #%1 (Ctrl+R)</source>
        <translation>Reenviar o chamado #%1 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No outcome after %1: Ripio is asked directly.</source>
        <translation>Sem resultado após %1: a Ripio é consultada diretamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A conflicting outcome was reported later and recorded, not applied.</source>
        <translation>Um resultado conflitante foi informado depois e registrado, mas não aplicado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio registered both ticket #%1 and ticket #%2: the customer&apos;s request is there twice. Ask Ripio to close one.</source>
        <translation>A Ripio registrou tanto o chamado #%1 quanto o chamado #%2: a solicitação do cliente está lá duas vezes. Peça à Ripio que feche um.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome at</source>
        <translation>Resultado em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket ID</source>
        <translation>ID do chamado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reference</source>
        <translation>Sua referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TicketService</name>
    <message>
        <location filename="../../src/service/ticketservice.cpp" line="+262"/>
        <source>Cannot serve metrics on %1:%2: %3</source>
        <translation>Não é possível servir métricas em %1:%2: %3</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+588"/>
        <source>No Ripio client ID or client secret is set: tickets stay queued until they are.</source>
        <translation>Nenhum client ID ou client secret da Ripio está definido: os chamados ficam na fila até que sejam definidos.</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>ticketdesk serve on %1</source>
        <translation>ticketdesk serve em %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TicketDesk desktop on %1</source>
        <translation>um TicketDesk de desktop em %1</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>This build has no TLS support.</source>
        <translation>Esta compilação não tem suporte a TLS.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Não é possível escutar em %1:%2: %3</translation>
    </message>
    <message>
        <location line="+331"/>
        <location line="+77"/>
        <location line="+67"/>
        <location line="+213"/>
        <source>The ticket database is not open.</source>
        <translation>O banco de dados de chamados não está aberto.</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>The team database cannot be reached (%1), and the ticket could not be kept on this computer either: %2</source>
        <translation>O banco de dados da equipe está inacessível (%1), e o chamado também não pôde ser guardado neste computador: %2</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Não é possível ler o certificado TLS %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the TLS private key %1: %2</source>
        <translation>Não é possível ler a chave privada TLS %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS certificate %1 is not a PEM certificate.</source>
        <translation>O certificado TLS %1 não é um certificado PEM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS private key %1 is not an RSA or EC key in PEM without a passphrase.</source>
        <translation>A chave privada TLS %1 não é uma chave RSA ou EC em PEM sem frase-senha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS private key %1 does not belong to the certificate %2: every TLS handshake would fail.</source>
        <translation>A chave privada TLS %1 não pertence ao certificado %2: toda negociação TLS falharia.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>(another program, or another TicketDesk, listens there: stop it or choose another port)</source>
        <translation>(outro programa, ou outro TicketDesk, escuta ali: pare-o ou escolha outra porta)</translation>
    </message>
    <message>
        <location line="-387"/>
        <source>the database role of %1 may not update tickets (an operator&apos;s role): receiving webhooks and sending tickets need a server&apos;s role. Log in as one, or have an administrator run: GRANT %2 TO %3;</source>
        <translation>o papel de banco de dados de %1 não pode atualizar chamados (é um papel de operador): receber webhooks e enviar chamados exige um papel de servidor. Entre com um, ou peça a um administrador que execute: GRANT %2 TO %3;</translation>
    </message>
    <message>
        <location line="+466"/>
        <source>Still listening on %1 meanwhile.</source>
        <translation>Enquanto isso, continua escutando em %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The TLS files changed, but the certificate in use is kept: %1</source>
        <translation>Os arquivos TLS mudaram, mas o certificado em uso é mantido: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The TLS certificate %1 is valid from %2 to %3, not now.</source>
        <translation>O certificado TLS %1 é válido de %2 a %3, não agora.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The ticket could not be saved: %1</source>
        <translation>Não foi possível salvar o chamado: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database cannot be written yet (%1), and the ticket could not be kept elsewhere on this computer either: %2</source>
        <translation>Ainda não é possível gravar no banco de dados (%1), e o chamado também não pôde ser guardado em outro lugar deste computador: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket is kept on this computer, and written to the team database as soon as it can be reached (%1).</source>
        <translation>O chamado fica guardado neste computador e é gravado no banco de dados da equipe assim que ele puder ser acessado (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is kept on this computer, and written to the database as soon as it can be written (%1).</source>
        <translation>O chamado fica guardado neste computador e é gravado no banco de dados assim que for possível gravar nele (%1).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tickets created from a list carry no attachments.</source>
        <translation>Chamados criados a partir de uma lista não levam anexos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 of the list is not valid (%2); none was saved.</source>
        <translation>O chamado %1 da lista não é válido (%2); nenhum foi salvo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None was saved: ticket %1 of the list now duplicates an open ticket with the same customer and summary, saved since the list was read.</source>
        <translation>Nenhum foi salvo: o chamado %1 da lista agora duplica um chamado aberto com o mesmo cliente e resumo, salvo depois que a lista foi lida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None was saved: tickets %1 of the list now duplicate open tickets with the same customer and summary, saved since the list was read.</source>
        <translation>Nenhum foi salvo: os chamados %1 da lista agora duplicam chamados abertos com o mesmo cliente e resumo, salvos depois que a lista foi lida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tickets could not be saved (none was): %1</source>
        <translation>Não foi possível salvar os chamados (nenhum foi salvo): %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A ticket kept on this computer could not be written to the team database: %1</source>
        <translation>Um chamado guardado neste computador não pôde ser gravado no banco de dados da equipe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket kept on this computer could not be written to the database: %1</source>
        <translation>Um chamado guardado neste computador não pôde ser gravado no banco de dados: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ticket #%1 does not exist.</source>
        <translation>O chamado #%1 não existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database could not be read, so nothing was sent: %1</source>
        <translation>não foi possível ler o banco de dados, então nada foi enviado: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticket #%1 is %2: only FAILED, REJECTED or UNCONFIRMED tickets can be retried.</source>
        <translation>O chamado #%1 está %2: só chamados FAILED, REJECTED ou UNCONFIRMED podem ser reenviados.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The customer list could not be saved (nothing of it was): %1</source>
        <translation>Não foi possível salvar a lista de clientes (nada dela foi salvo): %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your changes to the template %1 were not saved: %2 They are still in the form: save again to replace that version, or choose the template in the list to see it.</source>
        <translation>Suas alterações no modelo %1 não foram salvas: %2 Elas continuam no formulário: salve de novo para substituir aquela versão, ou escolha o modelo na lista para vê-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template %1 could not be saved: %2</source>
        <translation>Não foi possível salvar o modelo %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template %1 was not renamed to %2: %3 Your changes are still in the form.</source>
        <translation>O modelo %1 não foi renomeado para %2: %3 Suas alterações continuam no formulário.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template %1 could not be renamed: %2</source>
        <translation>Não foi possível renomear o modelo %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The template %1 was not deleted: %2 Look at it again before you delete it.</source>
        <translation>O modelo %1 não foi excluído: %2 Veja-o de novo antes de excluí-lo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template %1 could not be deleted: %2</source>
        <translation>Não foi possível excluir o modelo %1: %2</translation>
    </message>
</context>
<context>
    <name>TicketDesk::WatchCommand</name>
    <message>
        <location filename="../../src/app/watchcommand.cpp" line="+33"/>
        <source>Ignored: watch never listens.</source>
        <translation>Ignorado: watch nunca escuta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tickets with this status.</source>
        <translation>Somente os chamados com este status.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>watch: unexpected argument &apos;%1&apos;</source>
        <translation>watch: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>watch: unknown status &apos;%1&apos; (expected one of %2)</source>
        <translation>watch: status desconhecido &apos;%1&apos; (esperado um de %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot install the signal handlers</source>
        <translation>não é possível instalar os tratadores de sinais</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>watching %1 (Ctrl+C to stop)</source>
        <translation>observando %1 (Ctrl+C para parar)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>#%1 removed: merged into another ticket</source>
        <translation>#%1 removido: mesclado a outro chamado</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <location filename="../../src/gui/ticketreport.cpp" line="+28"/>
        <source>Ticket #%1</source>
        <translation>Chamado #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reference: %1</source>
        <translation>Sua referência: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary: %1</source>
        <translation>Resumo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome at: %1</source>
        <translation>Resultado em: %1</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <location filename="../../src/store/ticketstore.cpp" line="-200"/>
        <source>%1 is a folder, not a database file: name a file in it.</source>
        <translation>%1 é uma pasta, não um arquivo de banco de dados: indique um arquivo dentro dela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created or entered: check its permissions.</source>
        <translation>A pasta %1 não pode ser criada nem acessada: verifique suas permissões.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The database file %1 was deleted or replaced while in use: nothing more is stored in it. Restart TicketDesk to use the file now at that path (a new, empty one if none is there).</source>
        <translation>O arquivo do banco de dados %1 foi apagado ou substituído enquanto estava em uso: nada mais é gravado nele. Reinicie o TicketDesk para usar o arquivo que agora está nesse caminho (um novo e vazio, se não houver nenhum).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database %1 is read-only: check the permissions of the file and its folder.</source>
        <translation>O banco de dados %1 é somente leitura: verifique as permissões do arquivo e da pasta.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The database %1 is read-only, and TicketDesk must upgrade it (schema version %2 to %3) before reading it: open it once with write access.</source>
        <translation>O banco de dados %1 é somente leitura, e o TicketDesk precisa atualizá-lo (versão de esquema %2 para %3) antes de lê-lo: abra-o uma vez com permissão de escrita.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database %1 was written by a newer TicketDesk (schema version %2; this build knows up to %3). Update TicketDesk.</source>
        <translation>O banco de dados %1 foi gravado por um TicketDesk mais novo (versão de esquema %2; esta versão conhece até a %3). Atualize o TicketDesk.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database role %1 is in neither TicketDesk group on %2, so it may read nothing there. An administrator gives it access with: GRANT %3 TO %1; (a receiver or sender: GRANT %4 TO %1;)</source>
        <translation>O papel de banco de dados %1 não está em nenhum grupo do TicketDesk em %2, então não pode ler nada lá. Um administrador lhe dá acesso com: GRANT %3 TO %1; (um receptor ou remetente: GRANT %4 TO %1;)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database %1 cannot use write-ahead logging (journal mode stays %2).</source>
        <translation>O banco de dados %1 não pode usar o log de escrita antecipada (o modo de journal continua %2).</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The database %1 holds other tables and no TicketDesk schema: it is not a TicketDesk database. Check its name, or set TicketDesk up in it with `ticketdesk db init`.</source>
        <translation>O banco de dados %1 contém outras tabelas e nenhum esquema do TicketDesk: não é um banco de dados do TicketDesk. Verifique o nome, ou prepare o TicketDesk nele com `ticketdesk db init`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team database %1 has no TicketDesk schema yet: set it up with `ticketdesk db init`.</source>
        <translation>O banco de dados da equipe %1 ainda não tem o esquema do TicketDesk: prepare-o com `ticketdesk db init`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team database %1 has schema version %2, and this build needs %3; your role may not upgrade it: ask the administrator to run `ticketdesk db init`.</source>
        <translation>O banco de dados da equipe %1 tem a versão de esquema %2 e esta versão precisa da %3; sua função não pode atualizá-lo: peça ao administrador que execute `ticketdesk db init`.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Only a team database (PostgreSQL) has roles.</source>
        <translation>Somente um banco de dados de equipe (PostgreSQL) tem funções.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>The database gave no id to a new row.</source>
        <translation>O banco de dados não deu um id a uma nova linha.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The attachment %1 cannot be read: it is not a file.</source>
        <translation>O anexo %1 não pode ser lido: não é um arquivo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>O anexo %1 não pode ser lido: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the attachment %1 failed: %2</source>
        <translation>Falha ao ler o anexo %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The attachment %1 changed while it was read: try again.</source>
        <translation>O anexo %1 mudou enquanto era lido: tente novamente.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chunk %1 of attachment #%2 is not in the database.</source>
        <translation>O bloco %1 do anexo #%2 não está no banco de dados.</translation>
    </message>
    <message numerus="yes">
        <location line="+229"/>
        <source>%n of the new tickets already have an open ticket with the same customer and summary.</source>
        <translation>
            <numerusform>%n dos chamados novos já tem um chamado aberto com o mesmo cliente e resumo.</numerusform>
            <numerusform>%n dos chamados novos já têm um chamado aberto com o mesmo cliente e resumo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+451"/>
        <source>Cannot sync the database %1: %2</source>
        <translation>Não é possível sincronizar o banco de dados %1: %2</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Customer %1 of the list has no customer id: nothing was imported.</source>
        <translation>O cliente %1 da lista não tem id de cliente: nada foi importado.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A template named %1 was added meanwhile.</source>
        <translation>Enquanto isso, um modelo chamado %1 foi adicionado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 added a template named %1 meanwhile.</source>
        <translation>Enquanto isso, %2 adicionou um modelo chamado %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template %1 was deleted meanwhile.</source>
        <translation>Enquanto isso, o modelo %1 foi excluído.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template %1 was changed meanwhile.</source>
        <translation>Enquanto isso, o modelo %1 foi alterado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 changed the template %1 meanwhile.</source>
        <translation>Enquanto isso, %2 alterou o modelo %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A template needs a name.</source>
        <translation>Um modelo precisa de um nome.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no template named %1.</source>
        <translation>Não há nenhum modelo chamado %1.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>There is no ticket #%1.</source>
        <translation>Não existe o chamado #%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket #%1 is %2: only FAILED, REJECTED or UNCONFIRMED tickets can be retried.</source>
        <translation>O chamado #%1 está %2: só chamados FAILED, REJECTED ou UNCONFIRMED podem ser reenviados.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ticket #%1 cannot be retried (%2).</source>
        <translation>O chamado #%1 não pode ser reenviado (%2).</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>The insights range from %1 to %2 holds no day.</source>
        <translation>O intervalo de indicadores de %1 a %2 não contém nenhum dia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The insights range from %1 to %2 is %3 days long; at most %4 days can be asked at once.</source>
        <translation>O intervalo de indicadores de %1 a %2 tem %3 dias; no máximo %4 dias podem ser pedidos de uma vez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The insights query returned day %1.</source>
        <translation>A consulta de indicadores retornou o dia %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/sandbox/main.cpp" line="+49"/>
        <source>A simulator of Ripio&apos;s Ramps support-ticket API: token, create, retrieve, and signed outcome webhooks. A summary containing the word &quot;fail&quot; fails the first time for that customer.</source>
        <translation>Um simulador da API de chamados de suporte da Ripio Ramps: token, criação, consulta e webhooks de resultado assinados. Um resumo que contenha a palavra &quot;fail&quot; falha na primeira vez para esse cliente.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
</context>
</TS>
