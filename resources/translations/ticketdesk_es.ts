<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentVault</name>
    <message>
        <location filename="../../src/service/attachmentvault.cpp" line="+47"/>
        <location line="+15"/>
        <source>Cannot create the folder %1 for attachment copies.</source>
        <translation>No se puede crear la carpeta %1 para las copias de los adjuntos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 is no longer there: it was moved or deleted since it was attached. Attach it again, in a new ticket if this is a retry.</source>
        <translation>El archivo %1 ya no está: se movió o se eliminó después de adjuntarlo. Adjúntelo de nuevo, en un ticket nuevo si se trata de un reintento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot copy %1: %2</source>
        <translation>No se puede copiar %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/cliexit.cpp" line="+72"/>
        <source>Try &apos;ticketdesk --help&apos; for more information.</source>
        <translation>Pruebe &apos;ticketdesk --help&apos; para obtener más información.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &apos;ticketdesk %1 --help&apos; for more information.</source>
        <translation>Pruebe &apos;ticketdesk %1 --help&apos; para obtener más información.</translation>
    </message>
    <message>
        <location filename="../../src/app/clioptions.cpp" line="+25"/>
        <source>Settings file.</source>
        <translation>Archivo de configuración.</translation>
    </message>
    <message>
        <location filename="../../src/app/clicreate.cpp" line="+76"/>
        <source>Ignored: create and retry never listen.</source>
        <translation>Se ignora: create y retry nunca escuchan.</translation>
    </message>
    <message>
        <location filename="../../src/app/clioptions.cpp" line="-2"/>
        <source>Database: a SQLite file, or a team database&apos;s postgresql:// URL.</source>
        <translation>Base de datos: un archivo SQLite, o la URL postgresql:// de una base de datos de equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ripio API base URL.</source>
        <translation>URL base de la API de Ripio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON output.</source>
        <translation>Salida en JSON.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>There is no database at %1, the default place, yet: nothing has been stored there as this user. Name the database with --db.</source>
        <translation>Todavía no hay una base de datos en %1, el lugar predeterminado: nada se ha guardado allí con este usuario. Indique la base de datos con --db.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; is not an option, and no ticket number or count is negative</source>
        <translation>&apos;%1&apos; no es una opción, y ningún número de ticket ni cantidad es negativo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 is given more than once</source>
        <translation>--%1 se da más de una vez</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 needs a value, and &apos;%2&apos; after it is an option (to give a value that begins with a dash, write %1=VALUE)</source>
        <translation>%1 necesita un valor, y &apos;%2&apos; después es una opción (para dar un valor que empieza con un guion, escriba %1=VALOR)</translation>
    </message>
    <message>
        <location filename="../../src/app/clicreate.cpp" line="-29"/>
        <source>Wait up to SECONDS for CREATED or FAILED.</source>
        <translation>Esperar hasta SECONDS segundos a CREATED o FAILED.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask Ripio about a PENDING ticket after this many seconds.</source>
        <translation>Consultar a Ripio por un ticket PENDING después de esta cantidad de segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer UUID.</source>
        <translation>UUID del cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary.</source>
        <translation>Resumen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description.</source>
        <translation>Descripción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own reference (kept here, never sent to Ripio).</source>
        <translation>Su propia referencia (se guarda aquí, nunca se envía a Ripio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to attach (repeatable).</source>
        <translation>Archivo para adjuntar (se puede repetir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue one ticket per row of a CSV file.</source>
        <translation>Pone en cola un ticket por cada fila de un archivo CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --from-csv: report, queue nothing.</source>
        <translation>Con --from-csv: informa, no pone nada en cola.</translation>
    </message>
    <message>
        <location filename="../../src/app/clioptions.cpp" line="-115"/>
        <source>settings file %1 does not exist</source>
        <translation>el archivo de configuración %1 no existe</translation>
    </message>
    <message>
        <location filename="../../src/app/clicreate.cpp" line="+3"/>
        <source>Retry an UNCONFIRMED ticket, though Ripio may have it already.</source>
        <translation>Reintentar un ticket UNCONFIRMED, aunque Ripio ya pueda tenerlo.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>settings file %1: %2</source>
        <translation>archivo de configuración %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--api-base: not an http(s) URL</source>
        <translation>--api-base: no es una URL http(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--api-base is not used: the team&apos;s servers send the ticket</source>
        <translation>--api-base no se usa: los servidores del equipo envían el ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--api-base is not used: the TicketDesk running on this database sends the ticket</source>
        <translation>--api-base no se usa: el TicketDesk que corre sobre esta base de datos envía el ticket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--reconcile-after: expected a whole number of seconds &gt;= 1</source>
        <translation>--reconcile-after: se esperaba un número entero de segundos &gt;= 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--reconcile-after is not used: the team&apos;s servers ask Ripio</source>
        <translation>--reconcile-after no se usa: los servidores del equipo consultan a Ripio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reconcile-after is not used: the TicketDesk running on this database asks Ripio</source>
        <translation>--reconcile-after no se usa: el TicketDesk que corre sobre esta base de datos consulta a Ripio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--wait: expected a whole number of seconds</source>
        <translation>--wait: se esperaba un número entero de segundos</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+117"/>
        <source>ticket %1 vanished from the database</source>
        <translation>el ticket %1 desapareció de la base de datos</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>ticket %1 is queued; a TicketDesk server on this database will send it</source>
        <translation>el ticket %1 está en cola; un servidor de TicketDesk en esta base de datos lo enviará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ticket %1 is queued, but no TicketDesk server has been seen on this database in the last minute: it is sent when one runs (ticketdesk serve)</source>
        <translation>el ticket %1 está en cola, pero no se vio ningún servidor de TicketDesk en esta base de datos en el último minuto: se enviará cuando haya uno en marcha (ticketdesk serve)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket %1 queued; a running TicketDesk on this database will send it</source>
        <translation>ticket %1 en cola; un TicketDesk en ejecución sobre esta base de datos lo enviará</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Ripio answered for ticket %1, but its answer is not stored yet: the database refuses it (see above); trying for %2 s more</source>
        <translation>Ripio respondió por el ticket %1, pero su respuesta aún no está guardada: la base de datos la rechaza (vea arriba); se reintenta durante %2 s más</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ticket %1 was not sent: %2 It stays queued, and the next TicketDesk on this database sends it once that is put right: do not create it again</source>
        <translation>el ticket %1 no se envió: %2 Sigue en cola, y el próximo TicketDesk en esta base de datos lo envía cuando se corrija: no lo cree de nuevo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ripio answered for ticket %1 (Ripio&apos;s ticket ID: %2), but the answer could not be stored, here or in a file: free space or bring the database back. Do not create it again or retry it: its webhook brings its outcome</source>
        <translation>Ripio respondió por el ticket %1 (ID del ticket en Ripio: %2), pero la respuesta no pudo guardarse, ni aquí ni en un archivo: libere espacio o recupere la base de datos. No lo cree de nuevo ni lo reintente: su webhook trae el resultado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ripio answered for ticket %1 (Ripio&apos;s ticket ID: %2), but the database did not take the answer: it is kept in %3 and written when TicketDesk next starts on this database. Do not create it again or retry it</source>
        <translation>Ripio respondió por el ticket %1 (ID del ticket en Ripio: %2), pero la base de datos no aceptó la respuesta: se guarda en %3 y se escribe la próxima vez que TicketDesk se inicie con esta base de datos. No lo cree de nuevo ni lo reintente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ticket %1 is still %2 after %3 s, and nothing else is running on this database to send it: it is sent when `ticketdesk serve` or the desktop runs; do not create it again</source>
        <translation>el ticket %1 sigue en %2 después de %3 s, y nada más se está ejecutando sobre esta base de datos para enviarlo: se enviará cuando se ejecute `ticketdesk serve` o el escritorio; no lo cree de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket %1 is still %2 after %3 s, and no TicketDesk server has been seen on this database in the last minute: it is sent when one runs (ticketdesk serve); do not create it again</source>
        <translation>el ticket %1 sigue en %2 después de %3 s, y no se ha visto ningún servidor de TicketDesk en esta base de datos en el último minuto: se enviará cuando se ejecute uno (ticketdesk serve); no lo cree de nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticket %1 is still %2 after %3 s; it goes on without this command: do not create it again</source>
        <translation>el ticket %1 sigue en %2 después de %3 s; continúa sin este comando: no lo cree de nuevo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ripio did not register it; `ticketdesk retry %1` sends it again</source>
        <translation>Ripio no lo registró; `ticketdesk retry %1` lo envía de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket %1 is %2: %3</source>
        <translation>el ticket %1 está en %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not create it again: wait for its webhook, or run `ticketdesk retry %1 --unconfirmed`.</source>
        <translation>No lo cree de nuevo: espere su webhook, o ejecute `ticketdesk retry %1 --unconfirmed`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket %1 queued, and not sent: %2 Once that is put right, `ticketdesk serve` or the desktop sends it, whichever runs on this database.</source>
        <translation>ticket %1 en cola, y no enviado: %2 Cuando eso se corrija, lo envía `ticketdesk serve` o la aplicación de escritorio, el que funcione con esta base de datos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ticket %1 queued, and not sent: %2 Once that is put right, `ticketdesk serve` or the desktop sends it, whichever runs on this database: do not create it again.</source>
        <translation>ticket %1 en cola, y no enviado: %2 Cuando eso se corrija, lo envía `ticketdesk serve` o la aplicación de escritorio, el que funcione con esta base de datos: no lo cree de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket %1 is PENDING; nothing is running on this database to receive its outcome: start `ticketdesk serve` or the desktop, which also ask Ripio, or run with --wait</source>
        <translation>el ticket %1 está en PENDING; no hay nada en ejecución sobre esta base de datos que reciba su resultado: inicie `ticketdesk serve` o la aplicación de escritorio, que también consultan a Ripio, o ejecute con --wait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ticket %1 queued; nothing is running on this database to send it: start `ticketdesk serve` or the desktop, or run with --wait</source>
        <translation>ticket %1 en cola; no hay nada en ejecución sobre esta base de datos que lo envíe: inicie `ticketdesk serve` o la aplicación de escritorio, o ejecute con --wait</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last attempt: %1</source>
        <translation>último intento: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the engine did not start</source>
        <translation>el motor no se inició</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n tickets queued; a TicketDesk server on this database will send them</source>
        <translation>
            <numerusform>%n ticket en cola; un servidor de TicketDesk en esta base de datos lo enviará</numerusform>
            <numerusform>%n tickets en cola; un servidor de TicketDesk en esta base de datos los enviará</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tickets queued, but no TicketDesk server has been seen on this database in the last minute: they are sent when one runs (ticketdesk serve)</source>
        <translation>
            <numerusform>%n ticket en cola, pero no se vio ningún servidor de TicketDesk en esta base de datos en el último minuto: se enviará cuando haya uno en marcha (ticketdesk serve)</numerusform>
            <numerusform>%n tickets en cola, pero no se vio ningún servidor de TicketDesk en esta base de datos en el último minuto: se enviarán cuando haya uno en marcha (ticketdesk serve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n tickets queued; a running TicketDesk on this database will send them</source>
        <translation>
            <numerusform>%n ticket en cola; un TicketDesk en ejecución sobre esta base de datos lo enviará</numerusform>
            <numerusform>%n tickets en cola; un TicketDesk en ejecución sobre esta base de datos los enviará</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tickets queued; nothing is running on this database to send them: start `ticketdesk serve` or the desktop</source>
        <translation>
            <numerusform>%n ticket en cola; no hay nada en ejecución sobre esta base de datos que lo envíe: inicie `ticketdesk serve` o la aplicación de escritorio</numerusform>
            <numerusform>%n tickets en cola; no hay nada en ejecución sobre esta base de datos que los envíe: inicie `ticketdesk serve` o la aplicación de escritorio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>create: --%1 does not go with --from-csv</source>
        <translation>create: --%1 no se puede usar con --from-csv</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n rows of %1 already have an open ticket; nothing was queued for them</source>
        <translation>
            <numerusform>%n fila de %1 ya tiene un ticket abierto; no se puso nada en cola por ella</numerusform>
            <numerusform>%n filas de %1 ya tienen un ticket abierto; no se puso nada en cola por ellas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n rows of %1 were refused; nothing was queued for them</source>
        <translation>
            <numerusform>se rechazó %n fila de %1; no se puso nada en cola por ella</numerusform>
            <numerusform>se rechazaron %n filas de %1; no se puso nada en cola por ellas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the tickets were not saved</source>
        <translation>los tickets no se guardaron</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing was queued: line %1 of %2 now duplicates an open ticket saved since the file was read; run the command again to queue the other rows</source>
        <translation>no se puso nada en cola: la línea %1 de %2 duplica ahora un ticket abierto guardado después de leer el archivo; ejecute el comando de nuevo para poner en cola las demás filas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was queued: lines %1 of %2 now duplicate open tickets saved since the file was read; run the command again to queue the other rows</source>
        <translation>no se puso nada en cola: las líneas %1 de %2 duplican ahora tickets abiertos guardados después de leer el archivo; ejecute el comando de nuevo para poner en cola las demás filas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>create: unexpected argument &apos;%1&apos;</source>
        <translation>create: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create: --dry-run goes with --from-csv</source>
        <translation>create: --dry-run solo se usa con --from-csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create: --customer and --summary are required</source>
        <translation>create: --customer y --summary son obligatorios</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the ticket was not saved</source>
        <translation>el ticket no se guardó</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>retry: expected exactly one ticket ID</source>
        <translation>retry: se esperaba exactamente un ID de ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry: ID must be a local ticket id (a positive number)</source>
        <translation>retry: el ID debe ser un ID local de ticket (un número positivo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ticket %1 is %2: only FAILED, REJECTED or UNCONFIRMED tickets can be retried</source>
        <translation>el ticket %1 está en %2: solo se pueden reintentar los tickets FAILED, REJECTED o UNCONFIRMED</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticket %1 is UNCONFIRMED: Ripio may have it already, and a retry may file it twice. Wait for its webhook, or retry with --unconfirmed to send it anyway.</source>
        <translation>el ticket %1 está UNCONFIRMED: Ripio ya puede tenerlo, y un reintento puede registrarlo dos veces. Espere su webhook, o reintente con --unconfirmed para enviarlo de todos modos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ticket %1 was not retried</source>
        <translation>el ticket %1 no se reintentó</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ticket %1 was already retried as %2; it was not sent again</source>
        <translation>el ticket %1 ya se reintentó como %2; no se volvió a enviar</translation>
    </message>
    <message>
        <location filename="../../src/app/commandline.cpp" line="+202"/>
        <source>Usage: ticketdesk [COMMAND] [OPTIONS]

Without a command, ticketdesk starts the desktop application.
</source>
        <translation>Uso: ticketdesk [COMANDO] [OPCIONES]

Sin un comando, ticketdesk inicia la aplicación de escritorio.
</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>  export FILE [--status S]         Write tickets to FILE (.csv or .json; - for CSV on stdout)
</source>
        <translation>  export FILE [--status S]         Escribe los tickets en FILE (.csv o .json; - para CSV en la salida estándar)
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>  stats [--since DATE] [--until DATE] [--operator NAME] [--customer ID] [--status S] [--json]
                                   Outcomes, times to outcome (p50/p95 ms), deliveries per local
                                   day (YYYY-MM-DD; default: the last 7 days), totals and now
</source>
        <translation>  stats [--since DATE] [--until DATE] [--operator NAME] [--customer ID] [--status S] [--json]
                                   Resultados, tiempos hasta el resultado (p50/p95 ms), entregas por día
                                   local (YYYY-MM-DD; por defecto: los últimos 7 días), totales y ahora
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
        <translation>Opciones de serve:
  --listen HOST:PORT               Dirección del receptor de webhooks
  --path PATH                      Ruta del webhook
  --api-base URL                   URL base de la API de Ripio
  --reconcile-after SECONDS        Consultar a Ripio por un ticket que lleve este tiempo en PENDING
  --tls-cert FILE --tls-key FILE   Servir HTTPS con este certificado y esta clave privada
  --insecure-no-signature          Aceptar webhooks sin firma (solo para pruebas)
  --metrics HOST:PORT              Servir métricas de Prometheus en GET /metrics en esa dirección
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
        <translation>Opciones del escritorio (sin un comando):
  --demo                           Usar el sandbox de Ripio integrado y una base de datos desechable
  --demo-empty                     Lo mismo, sin los clientes ni los tickets de ejemplo
  --db PATH                        Archivo de base de datos (por defecto: tickets.sqlite en la carpeta de datos)
  --palette NAME                   Colores: system (por defecto), light o dark
  --lang CODE                      Idioma, p. ej. es o pt_BR (los comandos también lo aceptan)
</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../src/app/customerscommand.cpp" line="+27"/>
        <location line="+106"/>
        <location filename="../../src/app/statscommand.cpp" line="+216"/>
        <source>Listener address.</source>
        <translation>Dirección del receptor.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Only tickets with this status.</source>
        <translation>Solo los tickets con este estado.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>comando desconocido &apos;%1&apos;; ¿quiso decir &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  list [--status S] [--json]       List tickets (oldest first)
</source>
        <translation>  list [--status S] [--json]       Lista los tickets (los más antiguos primero)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  show ID [--json]                 Show one ticket; ID is the local id or Ripio&apos;s ticketId
</source>
        <translation>  show ID [--json]                 Muestra un ticket; ID es el id local o el ticketId de Ripio
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  serve [SERVE OPTIONS]            Run the headless engine (webhooks, outbox, reconciliation)
</source>
        <translation>  serve [SERVE OPTIONS]            Ejecuta el motor sin interfaz (webhooks, cola de salida, conciliación)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  create --customer UUID --summary TEXT [--description TEXT] [--reference TEXT]
         [--attach FILE]...        Create a ticket and send it to Ripio (--reference: your own
                                   reference, kept here and never sent to Ripio)
</source>
        <translation>  create --customer UUID --summary TEXT [--description TEXT] [--reference TEXT]
         [--attach FILE]...        Crea un ticket y lo envía a Ripio (--reference: su propia
                                   referencia, guardada aquí y nunca enviada a Ripio)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  retry ID                         Retry a FAILED, REJECTED or UNCONFIRMED ticket as a new one
</source>
        <translation>  retry ID                         Reintenta un ticket FAILED, REJECTED o UNCONFIRMED como uno nuevo
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  watch [--status S] [--json]      Print each ticket change as it is committed, until Ctrl+C
</source>
        <translation>  watch [--status S] [--json]      Muestra cada cambio de un ticket en cuanto se confirma, hasta Ctrl+C
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  db init --db URL                 Set up a team database (schema, roles, grants) or make a SQLite file
</source>
        <translation>  db init --db URL                 Prepara una base de datos de equipo (esquema, roles, permisos) o crea un archivo SQLite
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  db status [--json]               Schema version, roles and the processes seen
</source>
        <translation>  db status [--json]               Versión del esquema, roles y procesos vistos
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  create --from-csv FILE [--dry-run] [--json]
                                   Queue one ticket per ready row of a CSV list; exit 1 when a
                                   row was refused (the ready rows are queued all the same)
</source>
        <translation>  create --from-csv FILE [--dry-run] [--json]
                                   Pone en cola un ticket por cada fila lista de una lista CSV; sale con 1
                                   si se rechazó una fila (las filas listas se ponen en cola igualmente)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  customers list [--json]          List the customer directory (names, emails, references)
</source>
        <translation>  customers list [--json]          Lista el directorio de clientes (nombres, correos, referencias)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  customers import FILE [--dry-run] [--json]
                                   Add or update customers from a CSV list; exit 1 when a row
                                   was invalid (the valid rows are written all the same)
</source>
        <translation>  customers import FILE [--dry-run] [--json]
                                   Agrega o actualiza clientes desde una lista CSV; sale con 1 si una fila
                                   no era válida (las filas válidas se escriben igualmente)
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  help, --help, -h                 Show this help
</source>
        <translation>  help, --help, -h                 Muestra esta ayuda
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --version, -v                    Show the version
</source>
        <translation>  --version, -v                    Muestra la versión
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
        <translation>Opciones comunes:
  --db PATH                        Archivo de base de datos (predeterminado: tickets.sqlite en la carpeta de datos),
                                   o la URL postgresql:// de una base de datos del equipo
  --config FILE                    Archivo de configuración
  --lang CODE                      Idioma, p. ej. es o pt_BR
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
        <translation>Opciones de create y retry:
  --api-base URL                   URL base de la API de Ripio
  --wait SECONDS                   Esperar hasta SECONDS segundos a CREATED o FAILED
                                   (sale con 1 si es FAILED o REJECTED, con 3 si
                                   aún no se sabe: no lo cree de nuevo)
  --reconcile-after SECONDS        Consultar a Ripio por el ticket tras estar PENDING ese tiempo
  --json                           Imprimir el ticket en JSON
  --unconfirmed                    (retry) Enviar de nuevo un ticket UNCONFIRMED,
                                   aunque Ripio ya pueda tenerlo
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
        <translation>Entorno (los secretos nunca se leen de un archivo de configuración; sin estas variables, del llavero):
  TICKETDESK_CLIENT_ID, TICKETDESK_CLIENT_SECRET  Credenciales de la API de Ripio
  TICKETDESK_WEBHOOK_SECRET        Secreto de firma de los webhooks (serve)
  TICKETDESK_WEBHOOK_SECRET_PREVIOUS  El anterior, durante una rotación
  TICKETDESK_DATABASE_PASSWORD     Contraseña de la base de datos del equipo (o PGPASSWORD, ~/.pgpass)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statuses: QUEUED, SUBMITTING, PENDING, CREATED, FAILED, REJECTED, UNCONFIRMED (any case).
Exit codes: 0 success, 1 failure, 2 usage error, 3 (create, retry) ticket made,
outcome not known.
</source>
        <translation>Estados: QUEUED, SUBMITTING, PENDING, CREATED, FAILED, REJECTED, UNCONFIRMED (sin distinguir mayúsculas).
Códigos de salida: 0 éxito, 1 error, 2 error de uso, 3 (create, retry) ticket creado,
resultado aún desconocido.
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
        <translation>Uso: ticketdesk %1 [OPCIONES]
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Environment:
  TICKETDESK_DATABASE_PASSWORD     Team database password (or PGPASSWORD, ~/.pgpass)
</source>
        <translation>Entorno:
  TICKETDESK_DATABASE_PASSWORD     Contraseña de la base de datos del equipo (o PGPASSWORD, ~/.pgpass)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every command: ticketdesk --help
</source>
        <translation>Todos los comandos: ticketdesk --help
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown status &apos;%1&apos; (expected one of %2)</source>
        <translation>estado desconocido &apos;%1&apos; (se esperaba uno de %2)</translation>
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
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSUE KEY</source>
        <translation>CLAVE DEL TICKET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUSTOMER</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUMMARY</source>
        <translation>RESUMEN</translation>
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
        <translation>CREADO</translation>
    </message>
    <message>
        <location filename="../../src/app/commandline.cpp" line="-174"/>
        <source>CREATED (UTC)</source>
        <translation>CREADO (UTC)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No tickets.</source>
        <translation>No hay tickets.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ripio production (%1)</source>
        <translation>producción de Ripio (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio sandbox (%1)</source>
        <translation>sandbox de Ripio (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>show: expected exactly one ticket ID</source>
        <translation>show: se esperaba exactamente un ID de ticket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no ticket with id or ticketId &apos;%1&apos;</source>
        <translation>no hay ningún ticket con id o ticketId &apos;%1&apos;</translation>
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
        <translation>Id de ticket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (conflicting outcome reported)</source>
        <translation> (se informó un resultado contradictorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue key:</source>
        <translation>Clave del ticket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Creado:</translation>
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
        <translation>Actualizado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of:</source>
        <translation>Reintento de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retried as:</source>
        <translation>Reintentado como:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed twice:</source>
        <translation>Registrado dos veces:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio registered this request as ticket %1 too (%2). Ask Ripio to close one.</source>
        <translation>Ripio registró esta solicitud también como el ticket %1 (%2). Pida a Ripio que cierre uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no issue key yet</source>
        <translation>aún sin clave del ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first seen through a webhook</source>
        <translation>visto por primera vez a través de un webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created in TicketDesk</source>
        <translation>creado en TicketDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created in TicketDesk by %1</source>
        <translation>creado en TicketDesk por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to:</source>
        <translation>Enviado a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries:</source>
        <translation>Entregas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(kept in the team database)</source>
        <translation>(guardado en la base de datos del equipo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>early</source>
        <comment>a delivery&apos;s verdict: issued after it arrived</comment>
        <translation>adelantado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 %3 from %4</source>
        <translation>%1 %2 %3 desde %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(undecoded)</source>
        <translation>(sin decodificar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>export: expected exactly one output FILE</source>
        <translation>export: se esperaba exactamente un FILE de salida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: FILE must end in .csv or .json (or be - for CSV on standard output)</source>
        <translation>export: FILE debe terminar en .csv o .json (o ser - para CSV en la salida estándar)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+27"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported 1 ticket to %1</source>
        <translation>Se exportó 1 ticket a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 tickets to %2</source>
        <translation>Se exportaron %1 tickets a %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>missing command</source>
        <translation>falta el comando</translation>
    </message>
    <message>
        <location line="-632"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="+174"/>
        <source>no translation for --lang %1: TicketDesk shows English (it also speaks es and pt_BR)</source>
        <translation>no hay traducción para --lang %1: TicketDesk se muestra en inglés (también habla es y pt_BR)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--lang needs a language code</source>
        <translation>--lang necesita un código de idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the value of %1 is not UTF-8 text</source>
        <translation>el valor de %1 no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %1 is not UTF-8 text</source>
        <translation>el argumento %1 no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no display to show the desktop on (DISPLAY is not set); run &apos;ticketdesk serve&apos; for the headless engine</source>
        <translation>no hay pantalla donde mostrar la aplicación de escritorio (DISPLAY no está definido); ejecute &apos;ticketdesk serve&apos; para el motor sin interfaz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the standard output is closed: nothing was done, as what the command makes could not be said</source>
        <translation>la salida estándar está cerrada: no se hizo nada, ya que no se podría informar de lo que hace el comando</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the output could not be written: %1; what the command made was saved all the same: do not run it again (`ticketdesk list` shows it)</source>
        <translation>no se pudo escribir la salida: %1; lo que el comando creó se guardó de todos modos: no lo ejecute de nuevo (`ticketdesk list` lo muestra)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the output could not be written: %1</source>
        <translation>no se pudo escribir la salida: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/customerscommand.cpp" line="-21"/>
        <source>customers list: unexpected argument &apos;%1&apos;</source>
        <translation>customers list: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customers.</source>
        <translation>No hay clientes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTERNAL REF</source>
        <translation>REF. EXTERNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLOSED</source>
        <translation>CERRADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SEEN (UTC)</source>
        <translation>VISTO POR ÚLTIMA VEZ (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Totals: %1 new, %2 updated, %3 unchanged, %4 invalid.</source>
        <translation>Totales — nuevos: %1, actualizados: %2, sin cambios: %3, no válidos: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customers written.</source>
        <translation>
            <numerusform>Se escribió %n cliente.</numerusform>
            <numerusform>Se escribieron %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show what would change; write nothing.</source>
        <translation>Muestra lo que cambiaría; no escribe nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>customers import: expected exactly one FILE</source>
        <translation>customers import: se esperaba exactamente un FILE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the customers could not be written (none was): %1</source>
        <translation>no se pudieron escribir los clientes (no se escribió ninguno): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n rows of %1 are invalid and were not imported</source>
        <translation>
            <numerusform>%n fila de %1 no es válida y no se importó</numerusform>
            <numerusform>%n filas de %1 no son válidas y no se importaron</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>customers: expected a subcommand (list, import)</source>
        <translation>customers: se esperaba un subcomando (list, import)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers: unknown subcommand &apos;%1&apos;</source>
        <translation>customers: subcomando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../src/app/clibulkcreate.cpp" line="+89"/>
        <location filename="../../src/app/customerscommand.cpp" line="-104"/>
        <source>line %1:</source>
        <translation>línea %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as ticket %1</source>
        <translation>como ticket %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/app/customerscommand.cpp" line="+12"/>
        <source>Ignored columns: %1</source>
        <translation>Columnas ignoradas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals: %1 ready, %2 refused, %3 already open.</source>
        <translation>Totales: %1 listos, %2 rechazados, %3 ya abiertos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was queued.</source>
        <translation>Simulación: no se puso nada en cola.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tickets queued.</source>
        <translation>
            <numerusform>%n ticket en cola.</numerusform>
            <numerusform>%n tickets en cola.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/clicsv.cpp" line="+15"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/statscommand.cpp" line="-12"/>
        <source>Insights from %1 to %2 (%3)</source>
        <translation>Indicadores del %1 al %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for operator %1</source>
        <translation>del operador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for customer %1</source>
        <translation>del cliente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(status now: %1)</source>
        <translation>(estado ahora: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAY</source>
        <translation>DÍA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNCONFIRMED</source>
        <translation>SIN CONFIRMAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPEN</source>
        <translation>ABIERTO</translation>
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
        <translation>OTRAS ENTREGAS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes arrived: %1 by webhook, %2 by reconciliation, %3 unknown.</source>
        <translation>Resultados recibidos: %1 por webhook, %2 por conciliación, %3 desconocidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure rate: %1. Retries: %2; first failures cured by a retry: %3 of %4 (%5).</source>
        <translation>Tasa de fallos: %1. Reintentos: %2; primeros fallos resueltos por un reintento: %3 de %4 (%5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deliveries: %1 valid, %2 late, %3 duplicate, %4 bad signature, %5 quarantined, %6 other family, %7 other.</source>
        <translation>Entregas: %1 válidas, %2 tardías, %3 duplicadas, %4 con firma incorrecta, %5 en cuarentena, %6 de otra familia, %7 otras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: %1 open, %2 stuck; oldest PENDING since: %3; last webhook: %4.</source>
        <translation>Ahora: %1 abiertos, %2 atascados; PENDING más antiguo desde: %3; último webhook: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day (YYYY-MM-DD, local time).</source>
        <translation>Primer día (YYYY-MM-DD, hora local).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day (YYYY-MM-DD, local time); default: today.</source>
        <translation>Último día (YYYY-MM-DD, hora local); por defecto: hoy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only tickets this operator created.</source>
        <translation>Solo los tickets que creó este operador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only tickets of this customer (ID).</source>
        <translation>Solo los tickets de este cliente (ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only tickets in this status now.</source>
        <translation>Solo los tickets que ahora están en este estado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stats: unexpected argument &apos;%1&apos;</source>
        <translation>stats: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the system&apos;s time zone (TZ=%1) is not known: days are counted in UTC</source>
        <translation>la zona horaria del sistema (TZ=%1) no se conoce: los días se cuentan en UTC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stats: --%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>stats: --%1 &apos;%2&apos; no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stats: --since %1 is after --until %2</source>
        <translation>stats: --since %1 es posterior a --until %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stats: --since %1 is after today, %2</source>
        <translation>stats: --since %1 es posterior a hoy, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stats: the range from %1 to %2 is longer than %3 days</source>
        <translation>stats: el intervalo del %1 al %2 es más largo que %3 días</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stats: unknown status &apos;%1&apos; (expected one of %2)</source>
        <translation>stats: estado desconocido &apos;%1&apos; (se esperaba uno de %2)</translation>
    </message>
</context>
<context>
    <name>CreateTicketDialog</name>
    <message>
        <location filename="../../ui/createticketdialog.ui" line="+11"/>
        <location line="+3"/>
        <source>New support ticket</source>
        <translation>Nuevo ticket de soporte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, email, reference or ID to pick a customer</source>
        <translation>Escriba parte de un nombre, correo, referencia o ID para elegir un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, email, reference or UUID of the end customer</source>
        <translation>Nombre, correo, referencia o UUID del cliente final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Picked customer</source>
        <translation>Cliente elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed customer warning</source>
        <translation>Aviso de cliente cerrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer ID problem</source>
        <translation>Problema con el ID del cliente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the summary and description from a saved template</source>
        <translation>Rellena el resumen y la descripción con una plantilla guardada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit temp&amp;lates…</source>
        <translation>Editar p&amp;lantillas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit templates</source>
        <translation>Editar plantillas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line: what is the problem?</source>
        <translation>Una línea: ¿cuál es el problema?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary problem</source>
        <translation>Problema con el resumen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description problem</source>
        <translation>Problema con la descripción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ttachments:</source>
        <translation>&amp;Adjuntos:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop files here to attach them</source>
        <translation>Suelte aquí los archivos para adjuntarlos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add files…</source>
        <translation>A&amp;gregar archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attachments</source>
        <translation>Agregar adjuntos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected attachments</source>
        <translation>Quitar los adjuntos seleccionados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attachments problem</source>
        <translation>Problema con los adjuntos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your r&amp;eference:</source>
        <translation>Su r&amp;eferencia:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Kept in TicketDesk only; never sent to Ripio</source>
        <translation>Opcional. Se guarda solo en TicketDesk; nunca se envía a Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. your helpdesk ticket</source>
        <translation>Opcional, p. ej. su ticket de la mesa de ayuda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in TicketDesk only; never sent to Ripio.</source>
        <translation>Se guarda solo en TicketDesk; nunca se envía a Ripio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference note</source>
        <translation>Nota sobre la referencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <location filename="../../src/store/databaselocation.cpp" line="+194"/>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database was given: name a SQLite file or a PostgreSQL server.</source>
        <translation>No se indicó ninguna base de datos: indique un archivo SQLite o un servidor PostgreSQL.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1:” is not a database address TicketDesk understands: give a SQLite file path, a postgresql:// URL or libpq key=value settings.</source>
        <translation>“%1:” no es una dirección de base de datos que TicketDesk entienda: indique la ruta de un archivo SQLite, una URL postgresql:// o parámetros key=value de libpq.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PostgreSQL connection settings could not be read: check the URL or key=value syntax.</source>
        <translation>No se pudieron leer los datos de conexión de PostgreSQL: revise la sintaxis de la URL o de los parámetros key=value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL connection settings could not be read: %1.</source>
        <translation>No se pudieron leer los datos de conexión de PostgreSQL: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The PostgreSQL port is not a number from 1 to 65535.</source>
        <translation>El puerto de PostgreSQL no es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the default PostgreSQL server</source>
        <translation>el servidor PostgreSQL predeterminado</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The PostgreSQL setting %1 contains a “;”, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>El parámetro de PostgreSQL %1 contiene un “;”, que el controlador PostgreSQL de Qt no puede transmitir.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../../src/app/dbcommand.cpp" line="+39"/>
        <source>Ignored: db never listens.</source>
        <translation>Se ignora: db nunca escucha.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SQLite database %1: schema version %2. A SQLite file has no roles or grants to set up.</source>
        <translation>Base de datos SQLite %1: versión de esquema %2. Un archivo SQLite no tiene roles ni permisos que preparar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Team database %1: schema version %2.</source>
        <translation>Base de datos de equipo %1: versión del esquema %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the group role %1.</source>
        <translation>Se creó el rol de grupo %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group role %1 exists already.</source>
        <translation>El rol de grupo %1 ya existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the grants and row-level security of %1.</source>
        <translation>Se configuraron los permisos y la seguridad a nivel de fila de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed the functions %1.</source>
        <translation>Se instalaron las funciones %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give people access with plain SQL (as a role that may create roles), for example:</source>
        <translation>Dé acceso a las personas con SQL simple (como un rol que pueda crear roles), por ejemplo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>settings file %1: %2 (serve refuses to start with them)</source>
        <translation>archivo de configuración %1: %2 (serve se niega a arrancar con ellos)</translation>
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
            <numerusform>entregas conservadas %n día</numerusform>
            <numerusform>entregas conservadas %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no age limit</source>
        <translation>sin límite de antigüedad</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at most %n delivery(s)</source>
        <translation>
            <numerusform>como máximo %n entrega</numerusform>
            <numerusform>como máximo %n entregas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no count limit</source>
        <translation>sin límite de cantidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention: %1</source>
        <translation>Retención: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention: %1 (as %2 applies them)</source>
        <translation>Retención: %1 (como los aplica %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention: %1 (the strictest of the running processes&apos; limits, each pruning by its own)</source>
        <translation>Retención: %1 (los límites más estrictos de los procesos en marcha, cada uno poda según los suyos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings file %1 says %2, unlike the running serve: a serve reads its settings file only when it starts.</source>
        <translation>El archivo de configuración %1 indica %2, a diferencia del serve en marcha: un serve lee su archivo de configuración solo al arrancar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deliveries kept: none</source>
        <translation>Entregas conservadas: ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries kept: %1 (oldest received %2)</source>
        <translation>Entregas conservadas: %1 (la más antigua recibida el %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Last prune: %1 by %2, %n deliveries deleted</source>
        <translation>
            <numerusform>Última depuración: %1 por %2, %n entrega borrada</numerusform>
            <numerusform>Última depuración: %1 por %2, %n entregas borradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last prune: none reported by a running process</source>
        <translation>Última depuración: ningún proceso en marcha informó de una</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checking %1 (%2 MiB) for damage; this takes a while</source>
        <translation>comprobando si %1 (%2 MiB) está dañado; esto lleva un tiempo</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Team database (PostgreSQL): %1</source>
        <translation>Base de datos de equipo (PostgreSQL): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database: %1</source>
        <translation>Base de datos SQLite: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version: %1 (this build: %2)</source>
        <translation>Versión del esquema: %1 (esta versión del programa: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group role %1: present</source>
        <translation>Rol de grupo %1: presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group role %1: missing (run `ticketdesk db init`)</source>
        <translation>Rol de grupo %1: falta (ejecute `ticketdesk db init`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No process has been seen on this database.</source>
        <translation>No se ha visto ningún proceso en esta base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processes seen (newest first):</source>
        <translation>Procesos vistos (los más recientes primero):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A silent process has written no heartbeat for %1 s or more, or ran on this computer and has ended: it stopped (or was killed), or it cannot reach the database.</source>
        <translation>Un proceso silencioso no ha escrito ningún latido en %1 s o más, o se ejecutaba en este equipo y terminó: se detuvo (o lo mataron), o no puede llegar a la base de datos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>db: expected init or status</source>
        <translation>db: se esperaba init o status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>db: unknown subcommand &apos;%1&apos; (expected init or status)</source>
        <translation>db: subcomando desconocido &apos;%1&apos; (se esperaba init o status)</translation>
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
        <translation>TicketDesk: tickets de soporte de Ripio, en vivo.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Use the built-in Ripio sandbox and a throwaway database.</source>
        <translation>Usar el sandbox de Ripio integrado y una base de datos descartable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket database: a SQLite file, or a team database&apos;s postgresql:// URL.</source>
        <translation>Base de datos de tickets: un archivo SQLite, o la URL postgresql:// de una base de datos de equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path|url</source>
        <translation>ruta|url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: system (default), light or dark.</source>
        <translation>Colores: system (predeterminado), light o dark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --demo: add sample tickets of every status.</source>
        <translation>Con --demo: agregar tickets de ejemplo de cada estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --demo: start with no sample tickets.</source>
        <translation>Con --demo: empezar sin tickets de ejemplo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshot view.</source>
        <translation>Vista para la captura de pantalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected argument &apos;%1&apos; (a command comes first: ticketdesk COMMAND [OPTIONS])</source>
        <translation>argumento inesperado &apos;%1&apos; (el comando va primero: ticketdesk COMANDO [OPCIONES])</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 goes only with --demo</source>
        <translation>--%1 solo va con --demo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--palette takes system, light or dark, not &apos;%1&apos;</source>
        <translation>--palette acepta system, light o dark, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the demo sandbox did not start: </source>
        <translation>el sandbox de demostración no se inició: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the demo history was not written: </source>
        <translation>no se escribió el historial de la demo: </translation>
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
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>DiskGuard</name>
    <message>
        <location filename="../../src/service/diskguard.cpp" line="+108"/>
        <source>Disk space low (%1 MiB free): rejected webhooks are only counted.</source>
        <translation>Poco espacio en disco (%1 MiB libres): los webhooks rechazados solo se cuentan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database&apos;s disk is full: webhooks are refused with 503 until there is room.</source>
        <translation>El disco de la base de datos está lleno: los webhooks se rechazan con 503 hasta que haya espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk almost full (%1 MiB free): webhooks are refused with 503 until there is room.</source>
        <translation>Disco casi lleno (%1 MiB libres): los webhooks se rechazan con 503 hasta que haya espacio.</translation>
    </message>
</context>
<context>
    <name>EngineConfig</name>
    <message>
        <location filename="../../src/service/engineconfig.cpp" line="+100"/>
        <source>%1: &apos;%2&apos; is not an IP address (such as 127.0.0.1 or 0.0.0.0)</source>
        <translation>%1: &apos;%2&apos; no es una dirección IP (como 127.0.0.1 o 0.0.0.0)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a port number (0 to 65535)</source>
        <translation>%1: &apos;%2&apos; no es un número de puerto (de 0 a 65535)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;%2&apos; must start with &apos;/&apos;, hold no spaces or &apos;?&apos;, and not be /healthz</source>
        <translation>%1: &apos;%2&apos; debe comenzar con &apos;/&apos;, no contener espacios ni &apos;?&apos;, y no ser /healthz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; must be a whole number, at least 1</source>
        <translation>%1: &apos;%2&apos; debe ser un número entero, al menos 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &apos;%2&apos; must be a whole number, 0 or more (0 turns it off)</source>
        <translation>%1: &apos;%2&apos; debe ser un número entero, 0 o mayor (0 lo desactiva)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; no es un número entero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; must be true or false</source>
        <translation>%1: &apos;%2&apos; debe ser true o false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; must be sandbox, production or custom</source>
        <translation>%1: &apos;%2&apos; debe ser sandbox, production o custom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &apos;%2&apos; is not an http:// or https:// URL (%3 is custom)</source>
        <translation>%1: &apos;%2&apos; no es una URL http:// o https:// (%3 es custom)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1 is neither KEY=VALUE nor a [group] header</source>
        <translation>la línea %1 no es ni CLAVE=VALOR ni un encabezado [grupo]</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is no setting TicketDesk knows</source>
        <translation>&apos;%1&apos; no es un ajuste que TicketDesk conozca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is no setting TicketDesk knows; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; no es un ajuste que TicketDesk conozca; ¿quiso decir &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>and %1 more such</source>
        <translation>y %1 más como esos</translation>
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
        <translation>Día</translation>
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
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tickets timed</source>
        <translation>Tickets con tiempos</translation>
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
        <translation>Tiempo hasta el resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figure</source>
        <translation>Cifra</translation>
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
        <translation>Resultado por conciliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome, way unknown</source>
        <translation>Resultado, vía desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failures</source>
        <translation>Primeros fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cured by a retry</source>
        <translation>Resueltos con un reintento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure rate</source>
        <translation>Tasa de fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cured share</source>
        <translation>Proporción resuelta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid</source>
        <translation>Válidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Tardíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad signature</source>
        <translation>Firma inválida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other family</source>
        <translation>Otra familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>MultipartForm</name>
    <message>
        <location filename="../../src/sandbox/multipartform.cpp" line="+157"/>
        <source>The Content-Type is not multipart/form-data with a valid boundary.</source>
        <translation>El Content-Type no es multipart/form-data con un boundary válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body does not start with the boundary.</source>
        <translation>El cuerpo no comienza con el boundary.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many parts.</source>
        <translation>Demasiadas partes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part&apos;s header section is not terminated.</source>
        <translation>La sección de encabezados de una parte no está terminada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part&apos;s header section is too large.</source>
        <translation>La sección de encabezados de una parte es demasiado grande.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A part header contains a bare line break or NUL.</source>
        <translation>Un encabezado de una parte contiene un salto de línea suelto o un NUL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part header line has no name.</source>
        <translation>Una línea de encabezado de una parte no tiene nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part header name is not a token.</source>
        <translation>El nombre de un encabezado de una parte no es un token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part has two Content-Disposition headers.</source>
        <translation>Una parte tiene dos encabezados Content-Disposition.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A part&apos;s Content-Disposition is not valid form-data.</source>
        <translation>El Content-Disposition de una parte no es form-data válido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A part&apos;s Content-Disposition has an unknown parameter.</source>
        <translation>El Content-Disposition de una parte tiene un parámetro desconocido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part has no name.</source>
        <translation>Una parte no tiene nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part has two Content-Type headers.</source>
        <translation>Una parte tiene dos encabezados Content-Type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part has an empty Content-Type.</source>
        <translation>Una parte tiene un Content-Type vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part has a header other than Content-Disposition and Content-Type.</source>
        <translation>Una parte tiene un encabezado distinto de Content-Disposition y Content-Type.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A part has no Content-Disposition.</source>
        <translation>Una parte no tiene Content-Disposition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A part is not followed by a boundary.</source>
        <translation>Una parte no está seguida de un boundary.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data follows the closing boundary.</source>
        <translation>Hay datos después del boundary de cierre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A boundary is followed by something other than a line break.</source>
        <translation>Un boundary está seguido de algo que no es un salto de línea.</translation>
    </message>
</context>
<context>
    <name>OfflineSpool</name>
    <message>
        <location filename="../../src/service/offlinespool.cpp" line="+97"/>
        <source>The ticket has no client key to keep it by.</source>
        <translation>El ticket no tiene una clave de cliente con la que guardarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A ticket kept on this computer cannot be read: %1</source>
        <translation>Un ticket guardado en esta computadora no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../src/service/outbox.cpp" line="+126"/>
        <source>The TicketDesk that was sending this ticket stopped answering; Ripio may or may not have received it.</source>
        <translation>El TicketDesk que estaba enviando este ticket dejó de responder; Ripio puede haberlo recibido o no.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TicketDesk stopped while sending this ticket; Ripio may or may not have received it.</source>
        <translation>TicketDesk se detuvo mientras enviaba este ticket; es posible que Ripio lo haya recibido o no.</translation>
    </message>
</context>
<context>
    <name>OutcomeSpool</name>
    <message>
        <location filename="../../src/service/outcomespool.cpp" line="+95"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>An answer from Ripio kept on this computer cannot be read: %1</source>
        <translation>Una respuesta de Ripio guardada en esta computadora no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.ui" line="+8"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain state</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio &amp;API</source>
        <translation>&amp;API de Ripio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Entorno</translation>
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
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored client secret</source>
        <translation>Olvidar el client secret guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret state</source>
        <translation>Estado del client secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check pending tickets after:</source>
        <translation>&amp;Verificar tickets pendientes después de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check pending tickets after</source>
        <translation>Verificar tickets pendientes después de</translation>
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
        <translation>D&amp;irección de escucha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pat&amp;h:</source>
        <translation>R&amp;uta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook path</source>
        <translation>Ruta del webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook &amp;secret:</source>
        <translation>&amp;Secreto del webhook:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored webhook secret</source>
        <translation>Olvidar el secreto del webhook guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook secret state</source>
        <translation>Estado del secreto del webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;revious secret:</source>
        <translation>Secreto a&amp;nterior:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous webhook secret</source>
        <translation>Secreto anterior del webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget pre&amp;vious</source>
        <translation>Olvidar ant&amp;erior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored previous webhook secret</source>
        <translation>Olvidar el secreto anterior del webhook guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous webhook secret state</source>
        <translation>Estado del secreto anterior del webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificado TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate file</source>
        <translation>Archivo del certificado TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none: plain HTTP</source>
        <translation>ninguno: HTTP sin cifrar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the TLS certificate file</source>
        <translation>Elegir el archivo del certificado TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS &amp;key:</source>
        <translation>Clave &amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS key file</source>
        <translation>Archivo de la clave TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Br&amp;owse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the TLS key file</source>
        <translation>Elegir el archivo de la clave TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay wi&amp;ndow:</source>
        <translation>&amp;Ventana de repetición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay window</source>
        <translation>Ventana de repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject events older than the window (strict)</source>
        <translation>Rec&amp;hazar eventos más antiguos que la ventana (estricto)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strict replay window</source>
        <translation>Ventana de repetición estricta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener:</source>
        <translation>Receptor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener state</source>
        <translation>Estado del receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test event</source>
        <translation>Enviar evento de prue&amp;ba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a signed test event to the listener</source>
        <translation>Enviar un evento de prueba firmado al receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test lo&amp;g:</source>
        <translation>Re&amp;gistro de la prueba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test event log</source>
        <translation>Registro del evento de prueba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Limits</source>
        <translation>&amp;Límites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary at most:</source>
        <translation>Res&amp;umen como máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum summary length</source>
        <translation>Longitud máxima del resumen</translation>
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
        <translation>D&amp;escripción como máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum description length</source>
        <translation>Longitud máxima de la descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachments at most:</source>
        <translation>Ad&amp;juntos como máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum number of attachments</source>
        <translation>Cantidad máxima de adjuntos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> files</source>
        <translation> archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each &amp;file at most:</source>
        <translation>Cada arc&amp;hivo como máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum attachment size</source>
        <translation>Tamaño máximo de cada adjunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep deliveries for:</source>
        <translation>&amp;Conservar entregas durante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days a webhook delivery is kept</source>
        <translation>Días que se conserva una entrega de webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older deliveries are deleted in the background; tickets are never deleted. 0 keeps them for ever.</source>
        <translation>Las entregas más antiguas se borran en segundo plano; los tickets nunca se borran. 0 las conserva para siempre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for ever</source>
        <translation>para siempre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;x. deliveries kept:</source>
        <translation>Má&amp;x. entregas conservadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most webhook deliveries kept</source>
        <translation>Máximo de entregas de webhook conservadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beyond this many, the oldest deliveries are deleted in the background. 0: no limit.</source>
        <translation>Por encima de esta cantidad, las entregas más antiguas se borran en segundo plano. 0: sin límite.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery pruning</source>
        <translation>Limpieza de entregas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This co&amp;mputer: a database file of my own</source>
        <translation>Esta co&amp;mputadora: un archivo de base de datos propio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database on this computer</source>
        <translation>Base de datos en esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brow&amp;se…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the database file</source>
        <translation>Elegir el archivo de base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team database: the PostgreSQL server my team shares</source>
        <translation>Base de datos del &amp;equipo: el servidor PostgreSQL que comparte mi equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database URL</source>
        <translation>URL de la base de datos del equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postgresql://alice@db.example.com/ticketdesk?sslmode=verify-full</source>
        <translation>postgresql://alicia@db.ejemplo.com/ticketdesk?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team database password</source>
        <translation>Contraseña de la base de datos del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;get</source>
        <translation>Ol&amp;vidar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the stored database password</source>
        <translation>Olvidar la contraseña guardada de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database password state</source>
        <translation>Estado de la contraseña de la base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database note</source>
        <translation>Nota sobre la base de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <location filename="../../src/store/sqldialect.cpp" line="+140"/>
        <source>The database %1 is read-only: check the permissions of the file and its folder.</source>
        <translation>La base de datos %1 es de solo lectura: revise los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading or writing the database %1 failed (disk I/O error: %2).</source>
        <translation>Falló la lectura o escritura de la base de datos %1 (error de E/S del disco: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/store/ticketstore.cpp" line="+511"/>
        <source>The file %1 is not a TicketDesk database or is damaged (%2).</source>
        <translation>El archivo %1 no es una base de datos de TicketDesk o está dañado (%2).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The disk holding the database %1 is full: free some space and try again.</source>
        <translation>El disco que contiene la base de datos %1 está lleno: libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Stop every TicketDesk that uses it, then restore it from a backup, or save what can still be read with the sqlite3 program: sqlite3 &apos;%1&apos; .recover | sqlite3 &apos;%1.recovered&apos;</source>
        <translation>Detenga todo TicketDesk que la use y luego restáurela desde una copia de seguridad, o guarde lo que todavía se pueda leer con el programa sqlite3: sqlite3 &apos;%1&apos; .recover | sqlite3 &apos;%1.recovered&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database %1 is locked by another program (still busy after %2 ms): try again in a moment. If it stays locked, close the program that holds it open in a transaction (a sqlite3 shell, a backup).</source>
        <translation>La base de datos %1 está bloqueada por otro programa (todavía ocupada después de %2 ms): inténtelo de nuevo en un momento. Si sigue bloqueada, cierre el programa que la mantiene abierta en una transacción (una consola sqlite3, una copia de seguridad).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading or writing the database %1 failed (a disk I/O error).</source>
        <translation>Falló la lectura o escritura de la base de datos %1 (un error de E/S del disco).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check that this is the database file you meant; if it is, restore it from a backup.</source>
        <translation>Compruebe que este sea el archivo de base de datos que quería usar; si lo es, restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 cannot be opened for writing: check the permissions of the file and its folder.</source>
        <translation>La base de datos %1 no se puede abrir para escritura: revise los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>La base de datos %1 no se puede abrir (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>The database refused the change (%1).</source>
        <translation>La base de datos rechazó el cambio (%1).</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Database error on %1: %2</source>
        <translation>Error de base de datos en %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+51"/>
        <source>The team database %1 does not exist.</source>
        <translation>La base de datos del equipo %1 no existe.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The team database %1 has no connection to spare (%2): close another TicketDesk on it, or ask its administrator to allow more.</source>
        <translation>La base de datos del equipo %1 no tiene conexiones libres (%2): cierre otro TicketDesk conectado a ella o pida a su administrador que permita más.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team database %1 refused the login: check the user name and password (%2).</source>
        <translation>La base de datos del equipo %1 rechazó el inicio de sesión: revise el usuario y la contraseña (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team database %1 cannot be reached (%2).</source>
        <translation>No se puede conectar con la base de datos del equipo %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your database role may not do this on %1 (%2).</source>
        <translation>Su rol de base de datos no puede hacer esto en %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk of the team database %1 is full.</source>
        <translation>El disco de la base de datos del equipo %1 está lleno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team database %1 is busy with a conflicting change (%2): try again.</source>
        <translation>La base de datos del equipo %1 está ocupada con un cambio en conflicto (%2): inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database %1 has no TicketDesk tables: run `ticketdesk db init` on it first.</source>
        <translation>La base de datos del equipo %1 no tiene tablas de TicketDesk: ejecute antes `ticketdesk db init` sobre ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database error on %1: %2 (SQLSTATE %3)</source>
        <translation>Error de base de datos en %1: %2 (SQLSTATE %3)</translation>
    </message>
</context>
<context>
    <name>SqliteStatements</name>
    <message>
        <location filename="../../src/store/sqlitestatements.cpp" line="+147"/>
        <source>The database connection is not open.</source>
        <translation>La conexión con la base de datos no está abierta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unable to prepare the statement</source>
        <translation>No se puede preparar la sentencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The statement takes %1 values, not %2.</source>
        <translation>La sentencia recibe %1 valores, no %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unable to bind a value</source>
        <translation>No se puede asignar un valor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unable to fetch row</source>
        <translation>No se puede leer la fila</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <location filename="../../src/store/teamsetup.cpp" line="+227"/>
        <source>Only the owner of the TicketDesk tables (or a superuser) can set up the team roles on %1; %2 is neither.</source>
        <translation>Solo el propietario de las tablas de TicketDesk (o un superusuario) puede configurar los roles del equipo en %1; %2 no es ninguno de los dos.</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message>
        <location filename="../../src/app/terminaltext.cpp" line="+75"/>
        <source>(the line above once more)</source>
        <translation>(la línea anterior una vez más)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the line above %1 more times)</source>
        <translation>(la línea anterior %1 veces más)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>the standard output is closed</source>
        <translation>la salida estándar está cerrada</translation>
    </message>
</context>
<context>
    <name>TicketDesk::AbsentField</name>
    <message>
        <location filename="../../src/core/absentfield.cpp" line="+29"/>
        <source>Unknown: no answer from Ripio confirmed the request</source>
        <translation>Desconocido: ninguna respuesta de Ripio confirmó la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: Ripio refused the request</source>
        <translation>Ninguno: Ripio rechazó la solicitud</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Not told by Ripio</source>
        <translation>Ripio no la comunicó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: Ripio did not register the ticket</source>
        <translation>Ninguna: Ripio no registró el ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: Ripio gives one if it registered the ticket</source>
        <translation>Desconocida: Ripio la asigna si registró el ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: Ripio gives one when it registers the ticket</source>
        <translation>Aún no: Ripio la asigna al registrar el ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet: Ripio assigns one when it accepts the request</source>
        <translation>Aún no: Ripio lo asigna al aceptar la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>None</source>
        <comment>no reference or description</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Unknown: first seen in a webhook</source>
        <translation>Desconocido: visto por primera vez en un webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent, but no answer from Ripio confirmed it</source>
        <translation>Enviado, pero ninguna respuesta de Ripio lo confirmó</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: Ripio&apos;s webhooks do not carry it</source>
        <translation>Desconocida: los webhooks de Ripio no la incluyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: not a retry</source>
        <translation>Ninguno: no es un reintento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: not retried yet</source>
        <translation>Ninguno: aún no se reintentó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>TicketDesk::AttachmentChunkDevice</name>
    <message>
        <location filename="../../src/service/attachmentchunkdevice.cpp" line="+35"/>
        <source>the database holds %1 of its %2 bytes</source>
        <translation>la base de datos tiene %1 de sus %2 bytes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chunk %1 of the attachment is empty.</source>
        <translation>El fragmento %1 del adjunto está vacío.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::AttachmentListModel</name>
    <message>
        <location filename="../../src/gui/attachmentlistmodel.cpp" line="+39"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>TicketDesk::BulkTicketPlanner</name>
    <message>
        <location filename="../../src/service/bulkticketplan.cpp" line="+126"/>
        <source>The file needs a customerId or an email column to find each row&apos;s customer. Its header has: %1.</source>
        <translation>El archivo necesita una columna customerId o email para encontrar el cliente de cada fila. Su encabezado tiene: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file needs a summary column (or a template column). Its header has: %1.</source>
        <translation>El archivo necesita una columna summary (o una columna template). Su encabezado tiene: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The row names a file (column %1), and tickets from a list carry none: create this one in the desktop or with `ticketdesk create --attach`.</source>
        <translation>La fila nombra un archivo (columna %1), y los tickets de una lista no llevan ninguno: cree este en el escritorio o con `ticketdesk create --attach`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customerId &quot;%1&quot; is not a UUID (such as 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>El customerId &quot;%1&quot; no es un UUID (como 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customer with the id %1 is in the directory.</source>
        <translation>No hay ningún cliente con el id %1 en el directorio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The email %1 is not the email of customer %2 (%3).</source>
        <translation>El correo electrónico %1 no es el del cliente %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer in the directory has the email %1.</source>
        <translation>Ningún cliente del directorio tiene el correo electrónico %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers have the email %2: give the customerId instead.</source>
        <translation>%1 clientes tienen el correo electrónico %2: indique el customerId en su lugar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row names no customer: fill in customerId or email.</source>
        <translation>La fila no indica ningún cliente: complete customerId o email.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer&apos;s account is closed.</source>
        <translation>La cuenta del cliente está cerrada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 templates are named &quot;%2&quot; but for case (%3): write the name exactly.</source>
        <translation>%1 plantillas se llaman &quot;%2&quot; salvo por mayúsculas y minúsculas (%3): escriba el nombre exacto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>No hay ninguna plantilla llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The template &quot;%1&quot; has unknown placeholders, left as written: %2.</source>
        <translation>La plantilla &quot;%1&quot; tiene marcadores desconocidos, que se dejan tal cual: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An open ticket for this customer with the same summary already exists.</source>
        <translation>Ya existe un ticket abierto para este cliente con el mismo resumen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 already makes a ticket for this customer with the same summary.</source>
        <translation>La línea %1 ya crea un ticket para este cliente con el mismo resumen.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::BulkTicketsDialog</name>
    <message>
        <location filename="../../src/gui/bulkticketsdialog.cpp" line="+37"/>
        <location line="+11"/>
        <location line="+1"/>
        <source>Create tickets from CSV</source>
        <translation>Crear tickets desde CSV</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons or warnings</source>
        <translation>Motivos o avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets in the file</source>
        <translation>Tickets del archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tickets with an outcome</source>
        <translation>Tickets con resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+376"/>
        <source>Queue the ready tickets</source>
        <translation>Poner en cola los tickets listos</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Choose a CSV file with a customerId or email column and a summary (description, reference and template are optional).</source>
        <translation>Elija un archivo CSV con una columna customerId o email y un resumen (description, reference y template son opcionales).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the customer directory, the templates and the open tickets…</source>
        <translation>Leyendo el directorio de clientes, las plantillas y los tickets abiertos…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The open tickets could not be read: %1</source>
        <translation>No se pudieron leer los tickets abiertos: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No ticket can be created from this file.</source>
        <translation>No se puede crear ningún ticket desde este archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rows: %1 ready, %2 refused.</source>
        <translation>
            <numerusform>%n fila — listas: %1, rechazadas: %2.</numerusform>
            <numerusform>%n filas — listas: %1, rechazadas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>None was saved: line %1 of the file now duplicates an open ticket with the same customer and summary, saved since the preview was made.</source>
        <translation>No se guardó ninguno: la línea %1 del archivo duplica ahora un ticket abierto con el mismo cliente y resumen, guardado después de hacer la vista previa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None was saved: lines %1 of the file now duplicate open tickets with the same customer and summary, saved since the preview was made.</source>
        <translation>No se guardó ninguno: las líneas %1 del archivo duplican ahora tickets abiertos con el mismo cliente y resumen, guardados después de hacer la vista previa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview was made again: those rows are refused now, and the others can be queued.</source>
        <translation>La vista previa se hizo de nuevo: esas filas quedan rechazadas ahora, y las demás se pueden poner en cola.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Queued %n tickets. They are sent at the API&apos;s pace; the main window shows each one.</source>
        <translation>
            <numerusform>%n ticket en cola. Se envía al ritmo de la API; la ventana principal lo muestra.</numerusform>
            <numerusform>%n tickets en cola. Se envían al ritmo de la API; la ventana principal muestra cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ticket #%1 was not retried: %2</source>
        <translation>El ticket #%1 no se reintentó: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 of %n have an outcome</source>
        <translation>
            <numerusform>%1 de %n tiene resultado</numerusform>
            <numerusform>%1 de %n tienen resultado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>Ticket #%1.</source>
        <translation>Ticket #%1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Ticket #%1: %2.</source>
        <translation>Ticket #%1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%1: Ripio could not register it.</source>
        <translation>Ticket #%1: Ripio no pudo registrarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%1: Ripio refused it.</source>
        <translation>Ticket #%1: Ripio lo rechazó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket #%1, a retry of #%2.</source>
        <translation>Ticket #%1, reintento del #%2.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n creado</numerusform>
            <numerusform>%n creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n not created (failed or rejected)</source>
        <translation>
            <numerusform>; %n no creado (fallido o rechazado)</numerusform>
            <numerusform>; %n no creados (fallidos o rechazados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n unconfirmed (Ripio may have them)</source>
        <translation>
            <numerusform>; %n sin confirmar (Ripio puede tenerlo)</numerusform>
            <numerusform>; %n sin confirmar (Ripio puede tenerlos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: see the Verdict column or the main window.</source>
        <translation>: vea la columna Veredicto o la ventana principal.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Retry %n failed tickets</source>
        <translation>
            <numerusform>&amp;Reintentar %n ticket fallido</numerusform>
            <numerusform>&amp;Reintentar %n tickets fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry failed tickets</source>
        <translation>&amp;Reintentar los tickets fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed tickets</source>
        <translation>Reintentar los tickets fallidos</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Queue %n tickets</source>
        <translation>
            <numerusform>&amp;Poner en cola %n ticket</numerusform>
            <numerusform>&amp;Poner en cola %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queuing…</source>
        <translation>Poniendo en cola…</translation>
    </message>
</context>
<context>
    <name>TicketDesk::ChangeFeed</name>
    <message>
        <location filename="../../src/store/changefeed.cpp" line="+119"/>
        <source>%1 is read-only here, and no process that writes it has it open: it can be watched once one does (serve, the desktop)</source>
        <translation>%1 es de solo lectura aquí, y ningún proceso que la escriba la tiene abierta: podrá seguirse cuando uno lo haga (serve, el escritorio)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no connection to %1 since %2 (%3); reconnecting</source>
        <translation>sin conexión con %1 desde %2 (%3); reconectando</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the connection was lost</source>
        <translation>se perdió la conexión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server did not answer</source>
        <translation>el servidor no respondió</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CreateTicketDialog</name>
    <message>
        <location filename="../../src/gui/createticketdialog.cpp" line="+98"/>
        <source>New support ticket</source>
        <translation>Nuevo ticket de soporte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Create ticket</source>
        <translation>Crear &amp;ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the ticket to Ripio (Ctrl+Enter)</source>
        <translation>Enviar el ticket a Ripio (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create ticket</source>
        <translation>Crear ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last summary</source>
        <translation>Último resumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+177"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1 (closed)</source>
        <translation>%1 (cerrado)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(none yet: Templates…, %1)</source>
        <translation>(ninguna aún: Plantillas…, %1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replace what you typed?</source>
        <translation>¿Reemplazar lo que escribió?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” replaces the summary and description you typed.</source>
        <translation>La plantilla “%1” reemplaza el resumen y la descripción que escribió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm replacing the typed text with the template</source>
        <translation>Confirmar que la plantilla reemplaza el texto escrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my text</source>
        <translation>&amp;Conservar mi texto</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown placeholders left as written: %1</source>
        <translation>Marcadores desconocidos, dejados tal cual: %1</translation>
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
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer already has tickets with the same summary from the last %1 days:

%2

Send this one anyway?</source>
        <translation>Este cliente ya tiene tickets con el mismo resumen de los últimos %1 días:

%2

¿Enviar este de todos modos?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicate ticket</source>
        <translation>Posible ticket duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ticket was not accepted; see the messages next to the fields.</source>
        <translation>El ticket no fue aceptado; vea los mensajes junto a los campos.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the customer: type part of their name, email or reference and pick them from the list, or paste their customer ID (a UUID).</source>
        <translation>Elija el cliente: escriba parte de su nombre, email o referencia y selecciónelo de la lista, o pegue su ID de cliente (un UUID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer in the directory matches “%1”. Type part of their name, email or reference and pick them from the list, or paste their customer ID (a UUID).</source>
        <translation>Ningún cliente del directorio coincide con «%1». Escriba parte de su nombre, email o referencia y selecciónelo de la lista, o pegue su ID de cliente (un UUID).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ripio reported this customer as closed (ACCOUNT.CLOSED): a new ticket will most likely be refused. You will be asked to confirm.</source>
        <translation>Ripio informó que este cliente está cerrado (ACCOUNT.CLOSED): lo más probable es que un ticket nuevo sea rechazado. Se le pedirá confirmación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed customer</source>
        <translation>Cliente cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio reported customer %1 as closed. Closed customers can no longer get tickets, so Ripio will most likely refuse this one.

Submit it anyway?</source>
        <translation>Ripio informó que el cliente %1 está cerrado. Los clientes cerrados ya no pueden recibir tickets, así que lo más probable es que Ripio rechace este.

¿Enviarlo de todos modos?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm ticket for a closed customer</source>
        <translation>Confirmar ticket para un cliente cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit anyway</source>
        <translation>&amp;Enviar de todos modos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discard this ticket?</source>
        <translation>¿Descartar este ticket?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket has not been sent. What you typed and attached is lost if you close the form.</source>
        <translation>El ticket no se envió. Lo que escribió y adjuntó se pierde si cierra el formulario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding the ticket</source>
        <translation>Confirmar que se descarta el ticket</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CreateTicketValidator</name>
    <message>
        <location filename="../../src/ripio/createticketvalidator.cpp" line="+59"/>
        <source>The customer id must be a UUID (such as 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>El ID del cliente debe ser un UUID (por ejemplo, 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary must not be empty.</source>
        <translation>El resumen no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary has %1 characters; at most %2 are allowed.</source>
        <translation>El resumen tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>La descripción tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files are attached; at most %2 are allowed.</source>
        <translation>Hay %1 archivos adjuntos; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 shows 0 bytes: there is nothing to attach.</source>
        <translation>El archivo %1 muestra 0 bytes: no hay nada que adjuntar.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The file %1 is %2; at most %3 per file are allowed.</source>
        <translation>El archivo %1 ocupa %2; se permiten como máximo %3 por archivo.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The attachments add up to %1; at most %2 in all are allowed.</source>
        <translation>Los adjuntos suman %1; se permiten como máximo %2 en total.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CsvFileChooser</name>
    <message>
        <location filename="../../src/gui/csvpreview.cpp" line="+33"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CSV file</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CsvPreview</name>
    <message>
        <location line="+41"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reasons for the current row</source>
        <translation>Motivos de la fila actual</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer directory could not be read: choose the file again to try again.</source>
        <translation>No se pudo leer el directorio de clientes: vuelva a elegir el archivo para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CsvReader</name>
    <message>
        <location filename="../../src/core/csvreader.cpp" line="+262"/>
        <source>The file is %1; at most %2 can be read.</source>
        <translation>El archivo ocupa %1; se pueden leer como máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is UTF-16 text (a spreadsheet&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>El archivo es texto UTF-16 (el &quot;Texto Unicode&quot; de una hoja de cálculo). Guárdelo como &quot;CSV UTF-8&quot; e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a NUL byte here: this is not a text (CSV) file.</source>
        <translation>hay un byte NUL: no es un archivo de texto (CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>no es texto UTF-8. Guarde el archivo como &quot;CSV UTF-8&quot; e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quoted value has more text after its closing quote. Quote the whole value, and write a &quot; inside it as &quot;&quot;.</source>
        <translation>Un valor entre comillas tiene más texto después de su comilla de cierre. Ponga entre comillas el valor entero, y escriba una &quot; dentro de él como &quot;&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a quoted field starts here and is never closed (a &quot; is missing).</source>
        <translation>aquí empieza un campo entre comillas que nunca se cierra (falta una &quot;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header has more than %1 columns.</source>
        <translation>el encabezado tiene más de %1 columnas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation>la columna &quot;%1&quot; aparece dos veces en el encabezado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file has more than %1 rows; split it into smaller files.</source>
        <translation>el archivo tiene más de %1 filas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row has %1 fields but the header has %2 (a comma or semicolon outside quotes?).</source>
        <translation>Esta fila tiene %1 campos, pero el encabezado tiene %2 (¿una coma o un punto y coma fuera de las comillas?).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has %1 fields but the header has %2 (a comma or semicolon missing?).</source>
        <translation>Esta fila tiene %1 campos, pero el encabezado tiene %2 (¿falta una coma o un punto y coma?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This row runs on to line %1: a quoted value takes in the line break, and what follows it is read as part of this row (a &quot; missing?).</source>
        <translation>Esta fila sigue hasta la línea %1: un valor entre comillas incluye el salto de línea, y lo que le sigue se lee como parte de esta fila (¿falta una &quot;?).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is larger than %1.</source>
        <translation>El archivo ocupa más de %1.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::CustomerImport</name>
    <message>
        <location filename="../../src/service/customerimport.cpp" line="+37"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name must be on one line.</source>
        <translation>El nombre debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The email has %1 characters; at most %2 are allowed.</source>
        <translation>El correo electrónico tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email &quot;%1&quot; is not a valid address.</source>
        <translation>El correo electrónico &quot;%1&quot; no es una dirección válida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The externalRef has %1 characters; at most %2 are allowed.</source>
        <translation>El externalRef tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The externalRef must be on one line.</source>
        <translation>El externalRef debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file has no customerId column. Its header has: %1.</source>
        <translation>El archivo no tiene una columna customerId. Su encabezado tiene: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The customerId is missing.</source>
        <translation>Falta el customerId.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customerId &quot;%1&quot; is not a UUID (such as 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>El customerId &quot;%1&quot; no es un UUID (como 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customerId is already on line %1.</source>
        <translation>Este customerId ya aparece en la línea %1.</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+144"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+146"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+147"/>
        <source>External reference</source>
        <translation>Referencia externa</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Reason or changes</source>
        <translation>Motivo o cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers in the file</source>
        <translation>Clientes del archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the customers</source>
        <translation>Importar los clientes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a CSV file with a customerId column (name, email and externalRef are optional).</source>
        <translation>Elija un archivo CSV con una columna customerId (name, email y externalRef son opcionales).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the customer directory…</source>
        <translation>Leyendo el directorio de clientes…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows: %1 new, %2 updated, %3 unchanged, %4 invalid.</source>
        <translation>
            <numerusform>%n fila — nuevos: %1, actualizados: %2, sin cambios: %3, no válidos: %4.</numerusform>
            <numerusform>%n filas — nuevos: %1, actualizados: %2, sin cambios: %3, no válidos: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Imported %n customers (%1 new, %2 updated).</source>
        <translation>
            <numerusform>Se importó %n cliente (nuevos: %1, actualizados: %2).</numerusform>
            <numerusform>Se importaron %n clientes (nuevos: %1, actualizados: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n invalid rows were not imported; they stay marked in the list.</source>
        <translation>
            <numerusform>%n fila no válida no se importó; sigue marcada en la lista.</numerusform>
            <numerusform>%n filas no válidas no se importaron; siguen marcadas en la lista.</numerusform>
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
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>No válido</translation>
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
        <translation>Ve&amp;redicto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter deliveries by verdict</source>
        <translation>Filtrar entregas por veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deliveries</source>
        <translation>Todas las entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delivery headers</source>
        <translation>Encabezados de la entrega</translation>
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
            <numerusform>%Ln de %1 entregas coincide.</numerusform>
            <numerusform>%Ln de %1 entregas coinciden.</numerusform>
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
        <translation>Solo se listan las más recientes; las anteriores siguen en la base de datos.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a delivery to see the headers it came with.</source>
        <translation>Seleccione una entrega para ver los encabezados con que llegó.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Delivery body</source>
        <translation>Cuerpo de la entrega</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Select a delivery to see its body.</source>
        <translation>Seleccione una entrega para ver su cuerpo.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>(redacted)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No headers were kept for this delivery.</source>
        <translation>No se guardaron encabezados de esta entrega.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No body was kept for this delivery.</source>
        <translation>No se guardó el cuerpo de esta entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body: %1 bytes (SHA-256 %2), only the first %3 kept</source>
        <translation>Cuerpo: %1 bytes (SHA-256 %2); solo se guardaron los primeros %3</translation>
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
        <translation>Válido (ticket de otro origen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad signature</source>
        <translation>Firma incorrecta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing signature</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late (accepted)</source>
        <translation>Tardío (aceptado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale (rejected)</source>
        <translation>Vencido (rechazado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other event family</source>
        <translation>Otra familia de eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account closed</source>
        <translation>Cuenta cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store failed (503)</source>
        <translation>Error al guardar (503)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed</source>
        <translation>Suprimidas (solo contadas)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln more from this address suppressed</source>
        <translation>
            <numerusform>Se suprimió %Ln más de esta dirección</numerusform>
            <numerusform>Se suprimieron %Ln más de esta dirección</numerusform>
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
        <translation>%1 no es un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a string or null</source>
        <translation>%1 no es un texto ni null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a UUID</source>
        <translation>%1 no es un UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a boolean</source>
        <translation>%1 no es un booleano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a UTC ISO-8601 time</source>
        <translation>%1 no es una hora UTC en ISO-8601</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is neither CREATED nor FAILED</source>
        <translation>%1 no es CREATED ni FAILED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not match eventType</source>
        <translation>%1 no concuerda con eventType</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is true in ACCOUNT.CLOSED</source>
        <translation>%1 es true en ACCOUNT.CLOSED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a support ticket event known here</source>
        <translation>%1 no es un evento de ticket de soporte que se conozca aquí</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n other addresses</source>
        <translation>
            <numerusform>%n dirección más</numerusform>
            <numerusform>%n direcciones más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no signature header</source>
        <translation>sin cabecera de firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature header cannot be read</source>
        <translation>la cabecera de firma no se puede leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature does not match the webhook secret</source>
        <translation>la firma no coincide con el secreto del webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed with the previous webhook secret</source>
        <translation>firmada con el secreto anterior del webhook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>issued %1 before it arrived</source>
        <translation>emitida %1 antes de llegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued %1 after it arrived</source>
        <translation>emitida %1 después de llegar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>further rejected deliveries only counted since %1</source>
        <translation>las demás entregas rechazadas solo se cuentan desde %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the body is not JSON (%1)</source>
        <translation>el cuerpo no es JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body is not a JSON object</source>
        <translation>el cuerpo no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event cannot be used: %1</source>
        <translation>el evento no se puede usar: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Early (accepted)</source>
        <translation>Adelantado (aceptado)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event time</source>
        <translation>Hora del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival delay</source>
        <translation>Demora de llegada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket ID</source>
        <translation>ID de ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>TicketDesk::DemoBanner</name>
    <message>
        <location filename="../../src/gui/demobanner.cpp" line="+15"/>
        <source>Dis&amp;miss</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo: TicketDesk is connected to its built-in Ripio sandbox, with a throwaway database. Nothing you do here reaches Ripio. To see a failure, put the word “fail” in a ticket&apos;s summary (on its own: “failed” does not count): that customer&apos;s first ticket with that summary ends Failed, and its retry ends Created. Nothing of the demo is kept when it quits: to work with your Ripio account, start TicketDesk without --demo and enter your credentials in Settings.</source>
        <translation>Demo: TicketDesk está conectado a su sandbox de Ripio integrado, con una base de datos desechable. Nada de lo que haga aquí llega a Ripio. Para ver un fallo, ponga la palabra «fail» en el resumen de un ticket (sola: «failed» no cuenta): el primer ticket de ese cliente con ese resumen termina Fallido, y su reintento termina Creado. Nada de la demo se conserva al salir: para trabajar con su cuenta de Ripio, inicie TicketDesk sin --demo e introduzca sus credenciales en Configuración.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss the demo note</source>
        <translation>Quitar la nota de la demo</translation>
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
        <translation>Modo demo</translation>
    </message>
</context>
<context>
    <name>TicketDesk::DetailsPane</name>
    <message>
        <location filename="../../src/gui/detailspane.cpp" line="+75"/>
        <source>&amp;Copy issue key</source>
        <translation>&amp;Copiar clave del ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket details</source>
        <translation>Detalles del ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected ticket</source>
        <translation>Ticket seleccionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy issue key</source>
        <translation>Copiar clave del ticket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket fields and timeline</source>
        <translation>Campos e historial del ticket</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No ticket selected</source>
        <translation>Ningún ticket seleccionado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent to Ripio</source>
        <translation>Enviado a Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued again</source>
        <translation>En cola de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by Ripio</source>
        <translation>Aceptado por Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by Ripio</source>
        <translation>Rechazado por Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio&apos;s answer lost</source>
        <translation>Respuesta de Ripio perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome from a webhook</source>
        <translation>Resultado por webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome from a check with Ripio</source>
        <translation>Resultado de una consulta a Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retried</source>
        <translation>Reintentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with Ripio</source>
        <translation>Consulta a Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown to Ripio</source>
        <translation>Desconocido para Ripio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already known</source>
        <translation>ya conocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of date, ignored</source>
        <translation>desactualizado, ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflicting, ignored</source>
        <translation>en conflicto, ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, ignored</source>
        <translation>no válido, ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such ticket</source>
        <translation>no existe ese ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first seen here</source>
        <translation>visto aquí por primera vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved as a retry of #%1</source>
        <translation>Guardado como reintento de #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retried as #%1</source>
        <translation>Reintentado como #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with #%1, first seen through a webhook</source>
        <translation>Unido con #%1, visto primero por un webhook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checked with Ripio: still pending</source>
        <translation>Consultado a Ripio: sigue pendiente</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+109"/>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%1 — %2</source>
        <translation>Ticket #%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (conflict recorded)</source>
        <translation> (conflicto registrado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issue key</source>
        <translation>Clave del ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket ID</source>
        <translation>ID de ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The details of ticket #%1 cannot be read now: %2

Select the ticket again to read them once more. A team desktop also reads them again once its database is back.</source>
        <translation>Los detalles del ticket #%1 no se pueden leer ahora: %2

Seleccione el ticket de nuevo para leerlos otra vez. Un escritorio de equipo también los vuelve a leer cuando su base de datos vuelve.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Ripio production (%1)</source>
        <translation>Producción de Ripio (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio sandbox (%1)</source>
        <translation>Sandbox de Ripio (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not the API TicketDesk uses now (%1), so it is not checked with Ripio until Settings point there again</source>
        <translation>— no es la API que TicketDesk usa ahora (%1), así que no se consulta a Ripio por él hasta que la Configuración vuelva a apuntar allí</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>kept in TicketDesk, never sent to Ripio</source>
        <translation>se guarda en TicketDesk, nunca se envía a Ripio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome at</source>
        <translation>Resultado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First seen in a webhook</source>
        <translation>Visto por primera vez en un webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in TicketDesk</source>
        <translation>Creado en TicketDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in TicketDesk by %1</source>
        <translation>Creado en TicketDesk por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry of</source>
        <translation>Reintento de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retried as</source>
        <translation>Reintentado como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed twice</source>
        <translation>Registrado dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio registered this request as ticket %1 too (%2). Ask Ripio to close one.</source>
        <translation>Ripio registró esta solicitud también como el ticket %1 (%2). Pida a Ripio que cierre uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no issue key yet</source>
        <translation>aún sin clave del ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Webhook %1 — %2</source>
        <translation>Webhook %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (event time %1</source>
        <translation> (hora del evento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, arrived %1 later</source>
        <translation>, llegó %1 después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Historial</translation>
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
        <translation>La tabla junto al gráfico tiene las mismas cifras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (table)</source>
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (legend)</source>
        <translation>%1 (leyenda)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the chart could not be drawn as a PNG image</source>
        <translation>el gráfico no se pudo dibujar como imagen PNG</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the chart could not be drawn as an SVG image</source>
        <translation>el gráfico no se pudo dibujar como imagen SVG</translation>
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
        <translation>Resultados por día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to outcome per day</source>
        <translation>Tiempo hasta el resultado por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to outcome, whole range</source>
        <translation>Tiempo hasta el resultado, todo el rango</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How outcomes arrived</source>
        <translation>Cómo llegaron los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery health per day</source>
        <translation>Salud de las entregas por día</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Range of days</source>
        <translation>Rango de días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ra&amp;nge:</source>
        <translation>Ra&amp;ngo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unti&amp;l:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator filter</source>
        <translation>Filtro de operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every operator</source>
        <translation>Todos los operadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the operator filter</source>
        <translation>Borrar el filtro de operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer filter (customer ID)</source>
        <translation>Filtro de cliente (ID de cliente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the customer filter</source>
        <translation>Borrar el filtro de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export charts and figures</source>
        <translation>Exportar gráficos y cifras</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open tickets now</source>
        <translation>Tickets abiertos ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck tickets now</source>
        <translation>Tickets atascados ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest pending ticket</source>
        <translation>Ticket pendiente más antiguo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State of the figures</source>
        <translation>Estado de las cifras</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Outcomes per day</source>
        <translation>&amp;Resultados por día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time to outcome per day</source>
        <translation>&amp;Tiempo hasta el resultado por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to outcome, &amp;histogram</source>
        <translation>Tiempo hasta el resultado, &amp;histograma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How outcomes &amp;arrived</source>
        <translation>Cómo &amp;llegaron los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery health per day</source>
        <translation>Salud de las &amp;entregas por día</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart as &amp;PNG image…</source>
        <translation>Gráfico como imagen &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as &amp;SVG image…</source>
        <translation>Gráfico como imagen &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as &amp;CSV…</source>
        <translation>Cifras como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The tickets of these deliveries could not be found: %1</source>
        <translation>No se pudieron encontrar los tickets de estas entregas: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The first day comes after the last.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at most %1 days.</source>
        <translation>Elija como máximo %1 días.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures could not be computed: %1</source>
        <translation>No se pudieron calcular las cifras: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The figures are computed when the database is open.</source>
        <translation>Las cifras se calculan cuando la base de datos está abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in this range: no ticket was created and no webhook was received from %1 to %2.</source>
        <translation>Nada en este rango: no se creó ningún ticket ni se recibió ningún webhook del %1 al %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a customer ID. The customer filter takes a customer&apos;s ID, as a ticket&apos;s details show it.</source>
        <translation>“%1” no es un ID de cliente. El filtro de cliente toma el ID de un cliente, tal como lo muestran los detalles de un ticket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ticket created from %1 to %2 matches the filters. Delivery health counts every webhook, whatever the filters.</source>
        <translation>Ningún ticket creado del %1 al %2 coincide con los filtros. La salud de las entregas cuenta todos los webhooks, sean cuales sean los filtros.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln tickets timed</source>
        <translation>
            <numerusform>%Ln ticket con tiempos</numerusform>
            <numerusform>%Ln tickets con tiempos</numerusform>
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
        <translation>%1 tickets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tickets timed (created or failed)</source>
        <translation>tickets con tiempos (creados o fallidos)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tickets of the deliveries received on %2 (%1)</source>
        <translation>tickets de las entregas recibidas el %2 (%1)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range p50 %1, p95 %2</source>
        <translation>rango: p50 %1, p95 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>failure rate %1, cured share %2</source>
        <translation>tasa de fallos %1, proporción resuelta %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open now: %1</source>
        <translation>Abiertos ahora: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck: %1</source>
        <translation>Atascados: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Oldest pending: %1</source>
        <translation>Pendiente más antiguo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest pending: none</source>
        <translation>Pendiente más antiguo: ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last webhook: %1 ago</source>
        <translation>Último webhook: hace %1</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Every customer (or a customer ID)</source>
        <translation>Todos los clientes (o un ID de cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer&apos;s ID, as a ticket&apos;s details show it under Customer ID.</source>
        <translation>El ID de un cliente, tal como lo muestran los detalles de un ticket en ID del cliente.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Last webhook</source>
        <translation>Último webhook</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Last webhook: none yet</source>
        <translation>Último webhook: ninguno aún</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, created on %2</source>
        <translation>%1, creados el %2</translation>
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
        <translation>, ahora %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the deliveries received on %2 (%1)</source>
        <translation>las entregas recibidas el %2 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the tickets of %1…</source>
        <translation>Buscando los tickets de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ticket is tied to %1: a delivery is tied to a ticket only when its signature is valid and it is about a support ticket.</source>
        <translation>Ningún ticket está vinculado a %1: una entrega se vincula a un ticket solo cuando su firma es válida y trata de un ticket de soporte.</translation>
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
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Columns shown</source>
        <translation>Columnas mostradas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>About the empty table</source>
        <translation>Acerca de la tabla vacía</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tickets of a chart</source>
        <translation>Tickets de un gráfico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show every ticket again</source>
        <translation>Mostrar de nuevo todos los tickets</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
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
        <translation>Ticket fallido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ripio could not register ticket #%1.</source>
        <translation>Ripio no pudo registrar el ticket #%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets failed</source>
        <translation>Tickets fallidos</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n tickets failed.</source>
        <translation>
            <numerusform>Falló %n ticket.</numerusform>
            <numerusform>Fallaron %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export view as CSV…</source>
        <translation>&amp;Exportar vista a CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Te&amp;mplates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create tickets from CSV…</source>
        <translation>&amp;Crear tickets desde CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check with Ripio now</source>
        <translation>C&amp;onsultar a Ripio ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy issue &amp;key</source>
        <translation>Copiar c&amp;lave del ticket</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Copied %n issue keys.</source>
        <translation>
            <numerusform>Copiada %n clave de ticket.</numerusform>
            <numerusform>Copiadas %n claves de ticket.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy &amp;summary</source>
        <translation>Copiar res&amp;umen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the selected tickets as plain text, for your helpdesk</source>
        <translation>Copia los tickets seleccionados como texto plano, para su mesa de ayuda</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;all statuses</source>
        <translation>Mostrar todos los e&amp;stados</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>C&amp;olumns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>The status always shows.</source>
        <translation>El estado se muestra siempre.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>C&amp;lear (Esc)</source>
        <translation>&amp;Limpiar (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tic&amp;kets</source>
        <translation>Tic&amp;kets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deliveries</source>
        <comment>tab</comment>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ticket filed twice</source>
        <translation>Ticket registrado dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio registered both ticket #%1 and its retry #%2. Ask Ripio to close one.</source>
        <translation>Ripio registró tanto el ticket #%1 como su reintento #%2. Pida a Ripio que cierre uno.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Nothing copied: no selected ticket has an issue key yet (Ripio gives one when it registers the ticket).</source>
        <translation>Nada copiado: ningún ticket seleccionado tiene aún clave (Ripio la da cuando registra el ticket).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied %1.</source>
        <translation>Copiado %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;queued tickets now</source>
        <translation>En&amp;viar ahora los tickets en cola</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Details &amp;pane</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or hides the selected ticket&apos;s details beside the table</source>
        <translation>Muestra u oculta los detalles del ticket seleccionado junto a la tabla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort the table by</source>
        <translation>Ordenar la tabla por</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filters</source>
        <translation>Filtros de estado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 tickets are shown: press to hide them (%2)</source>
        <translation>Tickets en estado %1: se muestran; pulse para ocultarlos (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tickets are hidden: press to show them (%2)</source>
        <translation>Tickets en estado %1: ocultos; pulse para mostrarlos (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show %1 tickets</source>
        <translation>Mostrar tickets: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More main toolbar buttons</source>
        <translation>Más botones de la barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More status filters</source>
        <translation>Más filtros de estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the buttons that do not fit</source>
        <translation>Muestra los botones que no caben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear search and filters</source>
        <translation>Borrar búsqueda y &amp;filtros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve view…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the statuses shown, the search and the sort under a name</source>
        <translation>Guarda con un nombre los estados mostrados, la búsqueda y el orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manage saved views…</source>
        <translation>&amp;Administrar vistas guardadas…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search tickets</source>
        <translation>Buscar tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): customer, summary, issue key, reference, ticket ID</source>
        <translation>Buscar (Ctrl+F): cliente, resumen, clave, referencia, ID de ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About TicketDesk</source>
        <translation>&amp;Acerca de TicketDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About TicketDesk</source>
        <translation>Acerca de TicketDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TicketDesk %1
Support tickets for Ripio Ramps, watched live.</source>
        <translation>TicketDesk %1
Tickets de soporte para Ripio Ramps, seguidos en vivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the ticket table</source>
        <translation>En la tabla de tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space, Enter</source>
        <translation>Espacio, Intro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the Retry button of the current cell</source>
        <translation>Pulsa el botón Reintentar de la celda actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected tickets&apos; menu</source>
        <translation>El menú de los tickets seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Page Up, Page Down, Home, End</source>
        <translation>Flechas, Re Pág, Av Pág, Inicio, Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between tickets</source>
        <translation>Moverse entre los tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows, Ctrl+A</source>
        <translation>Mayús+flechas, Ctrl+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select several tickets</source>
        <translation>Seleccionar varios tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the New ticket form</source>
        <translation>En el formulario Nuevo ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the ticket</source>
        <translation>Crear el ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the form</source>
        <translation>Cerrar el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the whole window</source>
        <translation>En toda la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+the underlined letter</source>
        <translation>Alt+la letra subrayada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open saved views 1 to 9 (View menu)</source>
        <translation>Abrir las vistas guardadas 1 a 9 (menú Ver)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Webhook listener</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time since the last event</source>
        <translation>Tiempo desde el último evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio API</source>
        <translation>API de Ripio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team database</source>
        <translation>Base de datos de equipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading tickets</source>
        <translation>Cargando tickets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listener: starting…</source>
        <translation>Receptor: iniciando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>API: not contacted yet</source>
        <translation>API: aún sin contactar</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Engine did not start: %1</source>
        <translation>El motor no se inició: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket engine could not start:
%1</source>
        <translation>No se pudo iniciar el motor de tickets:
%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading %1 of %2, then sorting</source>
        <translation>Cargando %1 de %2; luego se ordena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading %1 of %2</source>
        <translation>Cargando %1 de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not every ticket could be read from the database: %1</source>
        <translation>No se pudieron leer todos los tickets de la base de datos: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ticket #%1 was not retried: %2</source>
        <translation>El ticket #%1 no se reintentó: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket #%1 was already retried as #%2; it was not sent again.</source>
        <translation>El ticket #%1 ya se reintentó como #%2; no se volvió a enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket #%1 retried as #%2.</source>
        <translation>El ticket #%1 se reintentó como #%2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket kept on this computer: it goes to the team database as soon as that answers.</source>
        <translation>Ticket guardado en este equipo: irá a la base de datos del equipo en cuanto esta responda.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Port %1 is taken by the other TicketDesk on this database (%2). This window is a viewer: it queues tickets and shows every change, while the other one receives Ripio&apos;s webhooks and sends the tickets.</source>
        <translation>El puerto %1 lo ocupa el otro TicketDesk de esta base de datos (%2). Esta ventana es un visor: pone tickets en cola y muestra cada cambio, mientras el otro recibe los webhooks de Ripio y envía los tickets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Viewer: the listener port is taken by the other TicketDesk on this database</source>
        <translation>Visor: el puerto del receptor lo ocupa el otro TicketDesk de esta base de datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listening on %1 (TLS)</source>
        <translation>Escuchando en %1 (TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give Ripio this webhook URL: %1</source>
        <translation>Indique a Ripio esta URL de webhook: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Listening on %1: %2</source>
        <translation>Escuchando en %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener off</source>
        <translation>Receptor apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener not running: %1</source>
        <translation>El receptor no está en ejecución: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>API ready</source>
        <translation>API lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API: bad credentials</source>
        <translation>API: credenciales incorrectas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API: support tickets not enabled for this account (403, code 20061)</source>
        <translation>API: los tickets de soporte no están habilitados para esta cuenta (403, código 20061)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>API offline, %n ticket(s) queued</source>
        <translation>
            <numerusform>API sin conexión, %n ticket en cola</numerusform>
            <numerusform>API sin conexión, %n tickets en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>API rate limited, %n ticket(s) queued</source>
        <translation>
            <numerusform>API con límite de solicitudes, %n ticket en cola</numerusform>
            <numerusform>API con límite de solicitudes, %n tickets en cola</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API not configured (no client ID or secret)</source>
        <translation>API sin configurar (falta el client ID o el client secret)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n en cola</numerusform>
            <numerusform>, %n en cola</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for the database: %1 Trying again by itself.</source>
        <translation>Esperando la base de datos: %1 Se reintenta solo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Team database: connected to %1</source>
        <translation>Base de datos de equipo: conectado a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database: reconnecting since %1</source>
        <translation>Base de datos de equipo: reconectando desde las %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receiver running on this database</source>
        <translation>Ningún receptor en marcha en esta base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No `ticketdesk serve` has written a heartbeat lately: new tickets stay queued and outcomes do not arrive until one runs.</source>
        <translation>Ningún `ticketdesk serve` ha escrito una señal de vida últimamente: los tickets nuevos quedan en cola y los resultados no llegan hasta que uno esté en marcha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept on this computer until the database answers: %1</source>
        <translation>Guardados en esta computadora hasta que la base de datos responda: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets typed while the team database could not be reached are kept on this computer and written there, once each, as soon as it answers.</source>
        <translation>Los tickets escritos mientras no se podía llegar a la base de datos del equipo se guardan en esta computadora y se escriben allí, una sola vez cada uno, en cuanto responda.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last event %1 s ago</source>
        <translation>Último evento hace %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event %1 min ago</source>
        <translation>Último evento hace %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event %1 h ago</source>
        <translation>Último evento hace %1 h</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last event %n day(s) ago</source>
        <translation>
            <numerusform>Último evento hace %n día</numerusform>
            <numerusform>Último evento hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticket stuck</source>
        <translation>Ticket detenido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ticket(s) waiting for Ripio longer than %1.</source>
        <translation>
            <numerusform>%n ticket espera a Ripio desde hace más de %1.</numerusform>
            <numerusform>%n tickets esperan a Ripio desde hace más de %1.</numerusform>
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
        <translation>No hay tickets</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ripio has not confirmed %1: it accepted the request and then answered that it has no such ticket. It may have the ticket all the same: a retry can create a duplicate ticket for the customer.

Retry anyway?</source>
        <translation>Ripio no ha confirmado %1: aceptó la solicitud y luego respondió que no tiene ese ticket. Puede que lo tenga de todos modos: un reintento puede crear un ticket duplicado para el cliente.

¿Reintentar de todos modos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio has not confirmed %1: their answers were lost, or Ripio said later that it has no such ticket. It may have the tickets all the same: a retry can create duplicate tickets for the customers.

Retry anyway?</source>
        <translation>Ripio no ha confirmado %1: sus respuestas se perdieron, o Ripio dijo después que no tiene ese ticket. Puede que los tenga de todos modos: un reintento puede crear tickets duplicados para los clientes.

¿Reintentar de todos modos?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retry %n unconfirmed tickets?</source>
        <translation>
            <numerusform>¿Reintentar %n ticket sin confirmar?</numerusform>
            <numerusform>¿Reintentar %n tickets sin confirmar?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Retry anyway</source>
        <translation>&amp;Reintentar de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Don&apos;t retry</source>
        <translation>&amp;No reintentar</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Exporting tickets…</source>
        <translation>Exportando tickets…</translation>
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
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export tickets</source>
        <translation>Exportar tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Exported %n ticket(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n ticket a %1.</numerusform>
            <numerusform>Se exportaron %n tickets a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Exportación cancelada; %1 quedó como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
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
            <numerusform>Se exportó %n entrega a %1.</numerusform>
            <numerusform>Se exportaron %n entregas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older deliveries stay in the database and are not in the file.</source>
        <translation>Las entregas más antiguas quedan en la base de datos y no están en el archivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied a summary of the ticket.</source>
        <translation>Se copió un resumen del ticket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied a summary of %1 tickets.</source>
        <translation>Se copió un resumen de %1 tickets.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Showing only %1 (%2 in the table now).</source>
        <translation>Solo se muestran %1 (%2 en la tabla ahora).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First, open Settings (%1) and enter the client ID and secret Ripio gave you: until then, new tickets wait in the queue. To try TicketDesk without them, start it with --demo.

</source>
        <translation>Primero, abra la Configuración (%1) e introduzca el client ID y el client secret que Ripio le dio: hasta entonces, los tickets nuevos esperan en la cola. Para probar TicketDesk sin ellos, inícielo con --demo.

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tickets yet.

To escalate a customer&apos;s problem to Ripio, choose File → New ticket… (%1).
To pick customers by name instead of their UUID, import your customer list first (File → Import customers…).

Tickets appear here as they are queued, sent and answered.</source>
        <translation>Todavía no hay tickets.

Para escalar a Ripio el problema de un cliente, elija Archivo → Nuevo ticket… (%1).
Para elegir clientes por su nombre en lugar de su UUID, importe antes su lista de clientes (Archivo → Importar clientes…).

Los tickets aparecen aquí a medida que se encolan, se envían y se responden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of the tickets of that chart is in the table now.</source>
        <translation>Ninguno de los tickets de ese gráfico está ahora en la tabla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket with the statuses shown matches “%1”.</source>
        <translation>Ningún ticket con los estados mostrados coincide con «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket matches “%1”.</source>
        <translation>Ningún ticket coincide con «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket has the statuses shown.</source>
        <translation>Ningún ticket tiene los estados mostrados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press %1 to clear the search and show every status.</source>
        <translation>Pulse %1 para borrar la búsqueda y mostrar todos los estados.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace saved view</source>
        <translation>Reemplazar vista guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved view is already named “%1”. Replace it with the statuses, search and sort shown now?</source>
        <translation>Ya hay una vista guardada llamada “%1”. ¿Reemplazarla por los estados, la búsqueda y el orden que se muestran ahora?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm replacing the saved view</source>
        <translation>Confirmar el reemplazo de la vista guardada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View “%1” replaced.</source>
        <translation>Vista «%1» reemplazada.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Quit with tickets kept here?</source>
        <translation>¿Salir con tickets guardados en esta computadora?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tickets typed while the team database could not be reached are kept on this computer. They are written to the database, and sent to Ripio, only when TicketDesk runs here again and the database answers.</source>
        <translation>
            <numerusform>%n ticket escrito mientras no se podía acceder a la base de datos del equipo está guardado en esta computadora. Se escribe en la base de datos, y se envía a Ripio, solo cuando TicketDesk vuelva a ejecutarse aquí y la base de datos responda.</numerusform>
            <numerusform>%n tickets escritos mientras no se podía acceder a la base de datos del equipo están guardados en esta computadora. Se escriben en la base de datos, y se envían a Ripio, solo cuando TicketDesk vuelva a ejecutarse aquí y la base de datos responda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm quitting with tickets kept on this computer</source>
        <translation>Confirmar la salida con tickets guardados en esta computadora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep TicketDesk open</source>
        <translation>&amp;Mantener TicketDesk abierto</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>View “%1” saved.</source>
        <translation>Vista «%1» guardada.</translation>
    </message>
    <message>
        <location line="-1002"/>
        <source>Choose that tab, button or field</source>
        <translation>Elegir esa pestaña, botón o campo</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>No receiver seen for %1</source>
        <translation>Ningún receptor visto desde hace %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The request for %1 was sent, but no answer from Ripio confirmed it (the answer was lost, or was an error). Ripio may already have created the ticket, and there is no way to ask it without a ticket ID: a retry can create a duplicate ticket for the customer.

Retry anyway?</source>
        <translation>La solicitud de %1 se envió, pero ninguna respuesta de Ripio la confirmó (la respuesta se perdió, o fue un error). Es posible que Ripio ya haya creado el ticket, y no hay forma de consultarlo sin un ID de ticket: un reintento puede crear un ticket duplicado para el cliente.

¿Reintentar de todos modos?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requests for %1 were sent, but no answers from Ripio confirmed them (the answers were lost, or were errors). Ripio may already have created the tickets, and there is no way to ask it without a ticket ID: a retry can create duplicate tickets for the customers.

Retry anyway?</source>
        <translation>Las solicitudes de %1 se enviaron, pero ninguna respuesta de Ripio las confirmó (las respuestas se perdieron, o fueron errores). Es posible que Ripio ya haya creado los tickets, y no hay forma de consultarlo sin un ID de ticket: un reintento puede crear tickets duplicados para los clientes.

¿Reintentar de todos modos?</translation>
    </message>
    <message>
        <location line="+340"/>
        <location line="+23"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>View “%1”.</source>
        <translation>Vista «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name of this view (the statuses shown, the search and the sort):</source>
        <translation>Nombre de esta vista (los estados mostrados, la búsqueda y el orden):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>TicketDesk::NewTicket</name>
    <message>
        <location filename="../../src/service/newticket.cpp" line="+60"/>
        <source>The summary must be on one line.</source>
        <translation>El resumen debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary holds an invisible control character (%1) at character %2: remove it.</source>
        <translation>El resumen contiene un carácter de control invisible (%1) en el carácter %2: quítelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The description holds an invisible control character (%1) on line %2, at character %3: remove it.</source>
        <translation>La descripción contiene un carácter de control invisible (%1) en la línea %2, en el carácter %3: quítelo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The reference has %1 characters; at most %2 are allowed.</source>
        <translation>La referencia tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reference must be on one line.</source>
        <translation>La referencia debe ocupar una sola línea.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::Reconciler</name>
    <message>
        <location filename="../../src/service/reconciler.cpp" line="+199"/>
        <source>Ripio has answered at every check for more than half an hour that it has no such ticket (HTTP 404): whether it registered it is unknown. Retry it if the customer still needs it; should Ripio&apos;s webhook come after all, it still applies.</source>
        <translation>Durante más de media hora, Ripio ha respondido en cada consulta que no tiene ese ticket (HTTP 404): no se sabe si lo registró. Reinténtelo si el cliente todavía lo necesita; si el webhook de Ripio llega después de todo, se aplicará igualmente.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::RipioClient</name>
    <message>
        <location filename="../../src/ripio/createticketjob.cpp" line="+54"/>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>No se puede leer el adjunto %1: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ripio accepted the ticket (HTTP %1) but its answer has no ticket id; the ticket may exist at Ripio.</source>
        <translation>Ripio aceptó el ticket (HTTP %1), pero su respuesta no trae ticketId; es posible que el ticket exista en Ripio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio accepted the ticket (HTTP %1) but its answer is not a JSON object, so its ticket id cannot be read; the ticket may exist at Ripio.</source>
        <translation>Ripio aceptó el ticket (HTTP %1), pero su respuesta no es un objeto JSON, así que no se puede leer el id del ticket; puede que el ticket exista en Ripio.</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripioerrorparser.cpp" line="+117"/>
        <source>Ripio said: &quot;%1&quot;</source>
        <translation>Ripio dijo: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../src/ripio/retrieveticketjob.cpp" line="+46"/>
        <source>Ripio&apos;s answer about ticket %1 could not be read (status &quot;%2&quot;).</source>
        <translation>No se pudo leer la respuesta de Ripio sobre el ticket %1 (estado &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripioclient.cpp" line="+68"/>
        <source>TicketDesk refused to send it: %1</source>
        <translation>TicketDesk se negó a enviarlo: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ticket id %1 is not a UUID.</source>
        <translation>El ID de ticket %1 no es un UUID.</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripiojob.cpp" line="+58"/>
        <source>The Ripio client was shut down.</source>
        <translation>El cliente de Ripio se cerró.</translation>
    </message>
    <message>
        <location filename="../../src/ripio/tokenmanager.cpp" line="+114"/>
        <source>No Ripio client ID or client secret is set: enter them in Settings, or set TICKETDESK_CLIENT_ID and TICKETDESK_CLIENT_SECRET for the command line and serve.</source>
        <translation>No hay un client ID o client secret de Ripio: introdúzcalos en Configuración, o defina TICKETDESK_CLIENT_ID y TICKETDESK_CLIENT_SECRET para la línea de comandos y serve.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ripio&apos;s token answer has no access token (HTTP %1).</source>
        <translation>La respuesta de token de Ripio no contiene un access token (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio&apos;s token answer is not a JSON object (HTTP %1).</source>
        <translation>La respuesta de Ripio con el token no es un objeto JSON (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/ripio/ripioerrorparser.cpp" line="+70"/>
        <source>Support tickets are not enabled for this Ripio account (HTTP 403, code 20061). Ripio must enable support tickets for the account before any ticket can be created; ask your Ripio account manager.</source>
        <translation>Los tickets de soporte no están habilitados para esta cuenta de Ripio (HTTP 403, código 20061). Ripio debe habilitarlos para la cuenta antes de que se pueda crear cualquier ticket; consulte a su ejecutivo de cuenta de Ripio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ripio refused the API credentials (HTTP %1). Check the client ID and client secret in Settings, or TICKETDESK_CLIENT_ID and TICKETDESK_CLIENT_SECRET for the command line and serve.</source>
        <translation>Ripio rechazó las credenciales de la API (HTTP %1). Revise el client ID y el client secret en Configuración, o TICKETDESK_CLIENT_ID y TICKETDESK_CLIENT_SECRET para la línea de comandos y serve.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Ripio is limiting requests (HTTP 429); try again in %n second(s).</source>
        <translation>
            <numerusform>Ripio está limitando las solicitudes (HTTP 429); reintente en %n segundo.</numerusform>
            <numerusform>Ripio está limitando las solicitudes (HTTP 429); reintente en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ripio is limiting requests (HTTP 429); try again later.</source>
        <translation>Ripio está limitando las solicitudes (HTTP 429); reintente más tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ripio had a server error (HTTP %1).</source>
        <translation>Ripio tuvo un error del servidor (HTTP %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ripio has no such ticket (HTTP 404).</source>
        <translation>Ripio no tiene ese ticket (HTTP 404).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio answered HTTP 404 Not Found; check the API base URL in the settings.</source>
        <translation>Ripio respondió HTTP 404 Not Found; revise la URL base de la API en la configuración.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ripio does not know this customer, or has no email address on file for them (HTTP %1).</source>
        <translation>Ripio no conoce a este cliente o no tiene registrada su dirección de correo electrónico (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ripio rejected the request (HTTP %1).</source>
        <translation>Ripio rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ripio gave an answer TicketDesk does not expect (HTTP %1).</source>
        <translation>Ripio dio una respuesta que TicketDesk no espera (HTTP %1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The request had been sent completely, so Ripio may have acted on it.</source>
        <translation>La solicitud se había enviado completa, así que es posible que Ripio la haya procesado.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Ripio did not answer within %n second(s).</source>
        <translation>
            <numerusform>Ripio no respondió en %n segundo.</numerusform>
            <numerusform>Ripio no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure (TLS) connection to Ripio failed; check the system clock, the certificates and any proxy that intercepts HTTPS.</source>
        <translation>Falló la conexión segura (TLS) con Ripio; revise el reloj del sistema, los certificados y cualquier proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy failed.</source>
        <translation>Falló el proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripio&apos;s host name could not be resolved; check the network and the API base URL.</source>
        <translation>No se pudo resolver el nombre de host de Ripio; revise la red y la URL base de la API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ripio refused the connection; check the network and the API base URL.</source>
        <translation>Ripio rechazó la conexión; revise la red y la URL base de la API.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to Ripio was lost before an answer came.</source>
        <translation>Se perdió la conexión con Ripio antes de recibir una respuesta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ripio&apos;s answer could not be read (network error %1).</source>
        <translation>No se pudo leer la respuesta de Ripio (error de red %1).</translation>
    </message>
</context>
<context>
    <name>TicketDesk::RipioSandbox</name>
    <message>
        <location filename="../../src/sandbox/ripiosandbox.cpp" line="+220"/>
        <source>Invalid client credentials.</source>
        <translation>Credenciales de cliente no válidas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>grant_type must be client_credentials.</source>
        <translation>grant_type debe ser client_credentials.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The access token is missing, invalid or expired.</source>
        <translation>El access token falta, no es válido o venció.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request was throttled.</source>
        <translation>La solicitud fue limitada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal server error.</source>
        <translation>Error interno del servidor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Support tickets are not enabled for this account.</source>
        <translation>Los tickets de soporte no están habilitados para esta cuenta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each file needs a file name.</source>
        <translation>Cada archivo necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown field.</source>
        <translation>Campo desconocido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected one text value.</source>
        <translation>Se esperaba un único valor de texto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be a valid UUID.</source>
        <translation>Debe ser un UUID válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This field may not be blank.</source>
        <translation>Este campo no puede estar en blanco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer not found.</source>
        <translation>No se encontró el cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no email on file.</source>
        <translation>El cliente no tiene un correo electrónico registrado.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Support ticket not found.</source>
        <translation>No se encontró el ticket de soporte.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SaveFile</name>
    <message>
        <location filename="../../src/core/savefile.cpp" line="+62"/>
        <source>no space is left on the disk that holds it (%1, %2 free)</source>
        <translation>no queda espacio en el disco que lo contiene (%1, %2 libres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only part of the data could be written (the disk may be full, or the file larger than this system allows)</source>
        <translation>solo se pudo escribir parte de los datos (puede que el disco esté lleno, o que el archivo supere lo que este sistema permite)</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SavedViewsDialog</name>
    <message>
        <location filename="../../src/gui/savedviewsdialog.cpp" line="+23"/>
        <location line="+82"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The first nine views open with Ctrl+1 to Ctrl+9, in this order.</source>
        <translation>Las nueve primeras vistas se abren con Ctrl+1 a Ctrl+9, en este orden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the selected view</source>
        <translation>Eliminar la vista seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected view up</source>
        <translation>Subir la vista seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected view down</source>
        <translation>Bajar la vista seleccionada</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete saved view</source>
        <translation>Eliminar vista guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved view “%1”? This cannot be undone.</source>
        <translation>¿Eliminar la vista guardada “%1”? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm deleting the saved view</source>
        <translation>Confirmar la eliminación de la vista guardada</translation>
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
        <translation>El llavero del sistema denegó el acceso: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain service is available; set the secret in the environment instead.</source>
        <translation>No hay ningún servicio de llavero del sistema disponible; defina el secreto en el entorno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain service is available (%1); set the secret in the environment instead.</source>
        <translation>No hay ningún servicio de llavero del sistema disponible (%1); defina el secreto en el entorno.</translation>
    </message>
    <message>
        <location filename="../../src/service/secretstore.cpp" line="+119"/>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>El llavero del sistema no respondió en %1 s.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SelfTest</name>
    <message>
        <location filename="../../src/service/selftest.cpp" line="+60"/>
        <source>Signing a test event (%1): the listener stores its delivery, no ticket.</source>
        <translation>Firmando un evento de prueba (%1): el receptor guarda su entrega y no crea ningún ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing: failed — no webhook secret is set, so there is nothing to sign with.</source>
        <translation>Firma: falló — no hay ningún secreto de webhook configurado, así que no hay con qué firmar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing: OK.</source>
        <translation>Firma: OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it to %1.</source>
        <translation>Enviándolo a %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect: failed — “%1” is not an http:// or https:// URL.</source>
        <translation>Conexión: falló — «%1» no es una URL http:// o https://.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Connect: OK.</source>
        <translation>Conexión: OK.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Sent; waiting for the listener&apos;s answer.</source>
        <translation>Enviado; esperando la respuesta del receptor.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+20"/>
        <source>Checking the listener&apos;s certificate.</source>
        <translation>Comprobando el certificado del receptor.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>TLS: OK.</source>
        <translation>TLS: OK.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TLS: failed — %1</source>
        <translation>TLS: falló — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect: failed — %1</source>
        <translation>Conexión: falló — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature: unknown — the listener sent no answer: %1</source>
        <translation>Firma: desconocida — el receptor no envió respuesta: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signature: refused (401) — the listener&apos;s webhook secret differs from the one used to sign. Check that both sides have the same secret.</source>
        <translation>Firma: rechazada (401) — el secreto de webhook del receptor no coincide con el usado para firmar. Verifique que ambos lados tengan el mismo secreto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature: OK.</source>
        <translation>Firma: OK.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the listener&apos;s verdict.</source>
        <translation>Leyendo el veredicto del receptor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored: failed — the listener answered %1 %2</source>
        <translation>Guardado: falló — el receptor respondió %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored: OK (%1) %2</source>
        <translation>Guardado: OK (%1) %2</translation>
    </message>
</context>
<context>
    <name>TicketDesk::ServeCommand</name>
    <message>
        <location filename="../../src/app/servecommand.cpp" line="+49"/>
        <source>Listener address.</source>
        <translation>Dirección del receptor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook path.</source>
        <translation>Ruta del webhook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Ripio about a ticket PENDING this long.</source>
        <translation>Consultar a Ripio por un ticket que lleve este tiempo en PENDING.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS certificate (PEM).</source>
        <translation>Certificado TLS (PEM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS private key (PEM).</source>
        <translation>Clave privada TLS (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept unsigned webhooks (testing only).</source>
        <translation>Aceptar webhooks sin firma (solo para pruebas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve Prometheus metrics on GET /metrics at this address (off by default; never the webhook address).</source>
        <translation>Servir métricas de Prometheus en GET /metrics en esta dirección (desactivado por defecto; nunca la dirección del webhook).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>settings file %1 does not exist</source>
        <translation>el archivo de configuración %1 no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read settings file %1</source>
        <translation>no se puede leer el archivo de configuración %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the desktop&apos;s setting; serve takes its database from --db (--db %2)</source>
        <translation>%1 es un ajuste del escritorio; serve toma su base de datos de --db (--db %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settings file %1: %2</source>
        <translation>archivo de configuración %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--listen expects HOST:PORT, e.g. 127.0.0.1:8787, not &apos;%1&apos;</source>
        <translation>--listen espera HOST:PORT, por ejemplo 127.0.0.1:8787, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--metrics expects HOST:PORT, e.g. 127.0.0.1:9787, not &apos;%1&apos;</source>
        <translation>--metrics espera HOST:PUERTO, por ejemplo 127.0.0.1:9787, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--metrics must not be the webhook listener&apos;s address (%1:%2)</source>
        <translation>--metrics no puede ser la dirección del receptor de webhooks (%1:%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--path must start with &apos;/&apos;, hold no spaces or &apos;?&apos;, and not be /healthz</source>
        <translation>--path debe comenzar con &apos;/&apos;, no contener espacios ni &apos;?&apos;, y no ser /healthz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--api-base expects an http(s) URL, not &apos;%1&apos;</source>
        <translation>--api-base espera una URL http(s), no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--reconcile-after expects a positive number of seconds</source>
        <translation>--reconcile-after espera un número positivo de segundos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS requiere tanto --tls-cert como --tls-key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the TLS file %1: %2</source>
        <translation>no se puede leer el archivo TLS %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 had spaces or line breaks at its ends: they were removed</source>
        <translation>%1 tenía espacios o saltos de línea en sus extremos: se quitaron</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no webhook secret: set TICKETDESK_WEBHOOK_SECRET or store it in the keychain (or pass --insecure-no-signature for a test setup)</source>
        <translation>no hay secreto de webhook: defina TICKETDESK_WEBHOOK_SECRET o guárdelo en el llavero (o pase --insecure-no-signature para una configuración de prueba)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--insecure-no-signature: webhook signatures are NOT checked;</source>
        <translation>--insecure-no-signature: las firmas de los webhooks NO se verifican;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone who can reach the listener can change ticket outcomes. Never use this in production.</source>
        <translation>cualquiera que llegue al receptor puede cambiar el resultado de los tickets. Nunca use esto en producción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a webhook secret is set: --insecure-no-signature is ignored</source>
        <translation>hay un secreto de webhook definido: se ignora --insecure-no-signature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the previous webhook secret is the same as the current one: nothing is being rotated; remove TICKETDESK_WEBHOOK_SECRET_PREVIOUS (or the keychain&apos;s previous secret)</source>
        <translation>el secreto de webhook anterior es igual al actual: no se está rotando nada; quite TICKETDESK_WEBHOOK_SECRET_PREVIOUS (o el secreto anterior del llavero)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accepting the previous webhook secret too, during its rotation: remove it once deliveries signed with it stop (the once-a-minute summary, /healthz&apos;s previousSecret, or ticketdesk_webhook_previous_secret_total)</source>
        <translation>se acepta también el secreto de webhook anterior, durante su rotación: quítelo cuando dejen de llegar entregas firmadas con él (el resumen de cada minuto, previousSecret en /healthz o ticketdesk_webhook_previous_secret_total)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no Ripio client credentials (TICKETDESK_CLIENT_ID / TICKETDESK_CLIENT_SECRET): webhooks are received, but new tickets stay queued until credentials are set</source>
        <translation>no hay credenciales de cliente de Ripio (TICKETDESK_CLIENT_ID / TICKETDESK_CLIENT_SECRET): se reciben webhooks, pero los tickets nuevos quedan en cola hasta que se definan las credenciales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot install the signal handlers</source>
        <translation>no se pueden instalar los manejadores de señales</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>stopping: answering requests in flight</source>
        <translation>deteniendo: respondiendo las solicitudes en curso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TicketDesk %3; database %1; Ripio API %2</source>
        <translation>TicketDesk %3; base de datos %1; API de Ripio %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>metrics are served on every network this host is on, to anyone who reaches the port (no login): give --metrics 127.0.0.1 or a private address unless a firewall keeps them in</source>
        <translation>las métricas se sirven en todas las redes de este equipo, a quien llegue al puerto (sin inicio de sesión): indique --metrics 127.0.0.1 o una dirección privada, salvo que un cortafuegos las proteja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SettingsDialog</name>
    <message>
        <location filename="../../src/gui/settingsdialog.cpp" line="+62"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>not stored</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Ripio sandbox</source>
        <translation>Sandbox de Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripio production</source>
        <translation>Producción de Ripio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in demo sandbox</source>
        <translation>Sandbox de demostración integrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>Aceptar</translation>
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
        <translation>Clave privada TLS (PEM)</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n day(s)</source>
        <comment>a number of days in a spin box</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use now: %1. TicketDesk opens the database chosen here when it starts without --db; a change takes effect at the next start.</source>
        <translation>En uso ahora: %1. TicketDesk abre la base de datos elegida aquí cuando se inicia sin --db; un cambio se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ticket database file</source>
        <translation>Archivo de la base de datos de tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started by TicketDesk on this computer</source>
        <translation>iniciado por TicketDesk en esta computadora</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+89"/>
        <source>Checking the keychain…</source>
        <translation>Consultando el llavero…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>stored — type to replace</source>
        <translation>guardado — escriba para reemplazarlo</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Will be removed from the keychain when you apply.</source>
        <translation>Se quitará del llavero al aplicar.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Will be forgotten when you apply.</source>
        <translation>Se olvidará al aplicar.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Discard the changed settings?</source>
        <translation>¿Descartar la configuración modificada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings changed here have not been applied. Discard them, or keep editing and press OK or Apply.</source>
        <translation>La configuración modificada aquí no se ha aplicado. Descártela, o siga editando y pulse Aceptar o Aplicar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm discarding the changed settings</source>
        <translation>Confirmar que se descarta la configuración modificada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>On a team database this desktop neither listens for webhooks nor sends tickets: the team&apos;s `ticketdesk serve` processes do.</source>
        <translation>Con una base de datos de equipo, este escritorio no escucha webhooks ni envía tickets: lo hacen los procesos `ticketdesk serve` del equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is kept in the system keychain, never in the URL or the settings file.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en la URL ni en el archivo de ajustes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no system keychain here, the password comes from TICKETDESK_DATABASE_PASSWORD, PGPASSWORD or ~/.pgpass; one typed here is used until TicketDesk quits. It is never kept in the URL or the settings file.</source>
        <translation>Sin llavero del sistema aquí, la contraseña viene de TICKETDESK_DATABASE_PASSWORD, PGPASSWORD o ~/.pgpass; la que se escriba aquí se usa hasta que TicketDesk se cierre. Nunca se guarda en la URL ni en el archivo de ajustes.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set by the environment. Choose &quot;Custom URL&quot; to type another.</source>
        <translation>Lo fija el entorno. Elija &quot;URL personalizada&quot; para escribir otra.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>from the environment — type to replace</source>
        <translation>del entorno — escriba para reemplazar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The value typed here is in use until TicketDesk quits; at the next start the environment variable %1 takes precedence again.</source>
        <translation>El valor escrito aquí se usa hasta que TicketDesk se cierre; en el próximo inicio la variable de entorno %1 vuelve a tener prioridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set by the environment variable %1, which takes precedence over the keychain.</source>
        <translation>Definido por la variable de entorno %1, que tiene prioridad sobre el llavero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held in memory until TicketDesk quits; never written to the keychain or a file.</source>
        <translation>Guardado en memoria hasta que TicketDesk se cierre; nunca se escribe en el llavero ni en un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored: no system keychain here, and %1 is not set.</source>
        <translation>Sin guardar: no hay llavero del sistema en esta computadora y %1 no está definida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored.</source>
        <translation>Sin guardar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (set)</source>
        <translation>%1 (definida)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (not set)</source>
        <translation>%1 (sin definir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PGPASSWORD or ~/.pgpass</source>
        <translation>PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain service is available on this computer, so secrets cannot be stored here. TicketDesk reads them from the environment instead: %1. A secret typed here is used until TicketDesk quits and is never written to a file.</source>
        <translation>No hay ningún servicio de llavero del sistema disponible en esta computadora, así que los secretos no se pueden guardar aquí. En su lugar, TicketDesk los lee del entorno: %1. Un secreto escrito aquí se usa hasta que TicketDesk se cierre y nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listening on %1, not where you asked: %2</source>
        <translation>Escuchando en %1, no donde lo pidió: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1 (TLS).</source>
        <translation>Escuchando en %1 (TLS).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening on %1.</source>
        <translation>Escuchando en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listening: %1</source>
        <translation>Sin escuchar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listening.</source>
        <translation>Sin escuchar.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This TicketDesk deletes older deliveries in the background. Last round: %1, %n deleted.</source>
        <translation>
            <numerusform>Este TicketDesk borra las entregas más antiguas en segundo plano. Última pasada: %1, %n borrada.</numerusform>
            <numerusform>Este TicketDesk borra las entregas más antiguas en segundo plano. Última pasada: %1, %n borradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TicketDesk deletes older deliveries in the background; its first round runs shortly after it starts.</source>
        <translation>Este TicketDesk borra las entregas más antiguas en segundo plano; su primera pasada se hace poco después de iniciar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 receives the webhooks for this database and deletes older deliveries with its own limits; these apply when this desktop receives them itself.</source>
        <translation>%1 recibe los webhooks de esta base de datos y borra las entregas más antiguas con sus propios límites; estos se aplican cuando este escritorio los recibe por sí mismo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a team database, older deliveries are deleted by its servers (ticketdesk serve) with the limits in their settings, not these.</source>
        <translation>En una base de datos del equipo, las entregas más antiguas las borran sus servidores (ticketdesk serve) con los límites de su configuración, no con estos.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The custom base URL must be a valid http:// or https:// URL.</source>
        <translation>La URL base personalizada debe ser una URL http:// o https:// válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listen address must be an IP address such as 127.0.0.1 or ::1.</source>
        <translation>La dirección de escucha debe ser una dirección IP, como 127.0.0.1 o ::1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>El puerto debe ser un número de 0 a 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook path must start with “/” and contain no spaces, “?” or “#”.</source>
        <translation>La ruta del webhook debe comenzar con “/” y no contener espacios, “?” ni “#”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replay window must be 0 seconds or more.</source>
        <translation>La ventana de repetición debe ser de 0 segundos o más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS needs both a certificate and a key (or neither, for plain HTTP).</source>
        <translation>TLS requiere un certificado y una clave (o ninguno de los dos, para HTTP sin cifrar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>El archivo %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the team database&apos;s URL, for example postgresql://alice@db.example.com/ticketdesk.</source>
        <translation>Escriba la URL de la base de datos del equipo, por ejemplo postgresql://alicia@db.ejemplo.com/ticketdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team database URL is not valid: %1</source>
        <translation>La URL de la base de datos del equipo no es válida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team database is a PostgreSQL server: its URL starts with postgresql://.</source>
        <translation>Una base de datos del equipo es un servidor PostgreSQL: su URL empieza por postgresql://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the database file on this computer.</source>
        <translation>Elija el archivo de base de datos en esta computadora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a PostgreSQL address: choose “Team database” for it.</source>
        <translation>Esa es una dirección de PostgreSQL: elija «Base de datos del equipo» para ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” must be a number from %2 to %3.</source>
        <translation>“%1” debe ser un número de %2 a %3.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The settings could not be saved to %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: no system keychain here. The new value is used until TicketDesk quits; set %1 in the environment to keep it.</source>
        <translation>Sin guardar: no hay llavero del sistema en esta computadora. El valor nuevo se usa hasta que TicketDesk se cierre; defina %1 en el entorno para conservarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1 The new value is used until TicketDesk quits.</source>
        <translation>Sin guardar: %1 El valor nuevo se usa hasta que TicketDesk se cierre.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The settings were applied, but not every secret could be saved; see the messages next to them. OK closes the dialog now.</source>
        <translation>Los ajustes se aplicaron, pero no se pudieron guardar todos los secretos; vea los mensajes junto a ellos. Aceptar cierra ahora el diálogo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connect: failed — the listener is not running, so there is no URL to send to.</source>
        <translation>Conexión: falló — el receptor no está en ejecución, así que no hay una URL a la cual enviar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: the webhook secret typed above is not applied yet, and the listener checks the one in use. Apply first, then send the test event.</source>
        <translation>No enviado: el secreto del webhook escrito arriba aún no se ha aplicado, y el receptor comprueba el que está en uso. Aplique primero y luego envíe el evento de prueba.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing with the webhook secret in use.</source>
        <translation>Firmando con el secreto de webhook en uso.</translation>
    </message>
</context>
<context>
    <name>TicketDesk::ShortcutsDialog</name>
    <message>
        <location filename="../../src/gui/shortcutsdialog.cpp" line="+73"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every key the main window answers. Menus also open with Alt and their underlined letter.</source>
        <translation>Cada tecla a la que responde la ventana principal. Los menús también se abren con Alt y su letra subrayada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the shortcuts</source>
        <translation>Acerca de los atajos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcuts by menu</source>
        <translation>Atajos por menú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TicketDesk::SortMenu</name>
    <message>
        <location filename="../../src/gui/tablemenus.cpp" line="+63"/>
        <source>Ascending</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Descending</source>
        <translation>Descendente</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TemplatesDialog</name>
    <message>
        <location filename="../../src/gui/templatesdialog.cpp" line="+32"/>
        <location line="+1"/>
        <source>Ticket templates</source>
        <translation>Plantillas de tickets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No templates</source>
        <translation>Sin plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No templates yet. Type a name, a summary and a description on the right, then Save: the New ticket form fills them in from its Template list.</source>
        <translation>Aún no hay plantillas. Escriba un nombre, un resumen y una descripción a la derecha y pulse Guardar: el formulario de nuevo ticket los completa desde su lista de plantillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template summary</source>
        <translation>Resumen de la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template description</source>
        <translation>Descripción de la plantilla</translation>
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
        <translation>&amp;Plantillas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+220"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>N&amp;ame:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>A template named &quot;%1&quot; exists already: names that differ only in case cannot be told apart in a CSV file. Save under that name, or choose another.</source>
        <translation>Ya existe una plantilla llamada &quot;%1&quot;: en un archivo CSV no se pueden distinguir nombres que solo difieren en mayúsculas y minúsculas. Guárdela con ese nombre o elija otro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename the template?</source>
        <translation>¿Cambiar el nombre de la plantilla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the template “%1” to “%2”, or save “%2” as a new template and keep “%1”?</source>
        <translation>¿Cambiar el nombre de la plantilla “%1” a “%2”, o guardar “%2” como una plantilla nueva y conservar “%1”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;new</source>
        <translation>Guardar como n&amp;ueva</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the template &quot;%1&quot; for everyone?</source>
        <translation>¿Eliminar la plantilla «%1» para todos?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The new template is not saved. It is lost if you close this window.</source>
        <translation>La plantilla nueva no está guardada. Se pierde si cierra esta ventana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” has changes that are not saved. They are lost if you close this window.</source>
        <translation>La plantilla “%1” tiene cambios sin guardar. Se pierden si cierra esta ventana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new template is not saved. It is lost if you open another template.</source>
        <translation>La plantilla nueva no está guardada. Se pierde si abre otra plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” has changes that are not saved. They are lost if you open another template.</source>
        <translation>La plantilla “%1” tiene cambios sin guardar. Se pierden si abre otra plantilla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new template is not saved. It is lost if you start a new template.</source>
        <translation>La plantilla nueva no está guardada. Se pierde si empieza otra plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” has changes that are not saved. They are lost if you start a new template.</source>
        <translation>La plantilla “%1” tiene cambios sin guardar. Se pierden si empieza una plantilla nueva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard the template&apos;s changes?</source>
        <translation>¿Descartar los cambios de la plantilla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding the template&apos;s changes</source>
        <translation>Confirmar que se descartan los cambios de la plantilla</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TerminationSignals</name>
    <message>
        <location filename="../../src/core/terminationsignals.cpp" line="+76"/>
        <source>termination signals are handled elsewhere in this process</source>
        <translation>las señales de terminación ya se gestionan en otra parte de este proceso</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TicketModel</name>
    <message>
        <location filename="../../src/gui/ticketmodel.cpp" line="+96"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (conflict)</source>
        <translation>%1 (conflicto)</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="-1530"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="+21"/>
        <source>%1 (stuck)</source>
        <translation>%1 (detenido)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="+8"/>
        <location line="+155"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="-144"/>
        <source>Retried as #%1</source>
        <translation>Reintentado como #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/gui/ticketmodel.cpp" line="+0"/>
        <source>Retry of #%1</source>
        <translation>Reintento de #%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ticketmodel.cpp" line="-5"/>
        <source>Retried as #%1, both registered</source>
        <translation>Reintentado como #%1, ambos registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of #%1, both registered</source>
        <translation>Reintento de #%1, ambos registrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retried as #%1, registered twice (#%2)</source>
        <translation>Reintentado como #%1, registrado dos veces (#%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of #%1, registered twice (#%2)</source>
        <translation>Reintento de #%1, registrado dos veces (#%2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Retry ticket #%1 (Ctrl+R)</source>
        <translation>Reintentar el ticket #%1 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No outcome after %1: Ripio is asked directly.</source>
        <translation>Sin resultado después de %1: se consulta directamente a Ripio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A conflicting outcome was reported later and recorded, not applied.</source>
        <translation>Más tarde se informó un resultado contradictorio; se registró, pero no se aplicó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ripio registered both ticket #%1 and ticket #%2: the customer&apos;s request is there twice. Ask Ripio to close one.</source>
        <translation>Ripio registró tanto el ticket #%1 como el ticket #%2: la solicitud del cliente está dos veces. Pida a Ripio que cierre uno.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue key</source>
        <translation>Clave del ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome at</source>
        <translation>Resultado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket ID</source>
        <translation>ID de ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
</context>
<context>
    <name>TicketDesk::TicketService</name>
    <message>
        <location filename="../../src/service/ticketservice.cpp" line="+262"/>
        <source>Cannot serve metrics on %1:%2: %3</source>
        <translation>No se pueden servir métricas en %1:%2: %3</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+588"/>
        <source>No Ripio client ID or client secret is set: tickets stay queued until they are.</source>
        <translation>No hay client ID ni client secret de Ripio definidos: los tickets quedan en cola hasta que se definan.</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>ticketdesk serve on %1</source>
        <translation>ticketdesk serve en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TicketDesk desktop on %1</source>
        <translation>un TicketDesk de escritorio en %1</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>This build has no TLS support.</source>
        <translation>Esta compilación no tiene soporte para TLS.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <location line="+331"/>
        <location line="+77"/>
        <location line="+67"/>
        <location line="+213"/>
        <source>The ticket database is not open.</source>
        <translation>La base de datos de tickets no está abierta.</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>The team database cannot be reached (%1), and the ticket could not be kept on this computer either: %2</source>
        <translation>No se puede llegar a la base de datos del equipo (%1), y el ticket tampoco se pudo guardar en esta computadora: %2</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>No se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the TLS private key %1: %2</source>
        <translation>No se puede leer la clave privada TLS %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS certificate %1 is not a PEM certificate.</source>
        <translation>El certificado TLS %1 no es un certificado PEM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS private key %1 is not an RSA or EC key in PEM without a passphrase.</source>
        <translation>La clave privada TLS %1 no es una clave RSA o EC en PEM sin frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS private key %1 does not belong to the certificate %2: every TLS handshake would fail.</source>
        <translation>La clave privada TLS %1 no corresponde al certificado %2: todo intercambio TLS fallaría.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>(another program, or another TicketDesk, listens there: stop it or choose another port)</source>
        <translation>(otro programa, u otro TicketDesk, escucha allí: deténgalo o elija otro puerto)</translation>
    </message>
    <message>
        <location line="-387"/>
        <source>the database role of %1 may not update tickets (an operator&apos;s role): receiving webhooks and sending tickets need a server&apos;s role. Log in as one, or have an administrator run: GRANT %2 TO %3;</source>
        <translation>el rol de base de datos de %1 no puede actualizar tickets (es un rol de operador): recibir webhooks y enviar tickets requiere un rol de servidor. Inicie sesión con uno, o pida a un administrador que ejecute: GRANT %2 TO %3;</translation>
    </message>
    <message>
        <location line="+466"/>
        <source>Still listening on %1 meanwhile.</source>
        <translation>Mientras tanto sigue escuchando en %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The TLS files changed, but the certificate in use is kept: %1</source>
        <translation>Los archivos TLS cambiaron, pero se conserva el certificado en uso: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The TLS certificate %1 is valid from %2 to %3, not now.</source>
        <translation>El certificado TLS %1 es válido de %2 a %3, no ahora.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The ticket could not be saved: %1</source>
        <translation>No se pudo guardar el ticket: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database cannot be written yet (%1), and the ticket could not be kept elsewhere on this computer either: %2</source>
        <translation>Todavía no se puede escribir en la base de datos (%1), y el ticket tampoco pudo guardarse en otro lugar de este equipo: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket is kept on this computer, and written to the team database as soon as it can be reached (%1).</source>
        <translation>El ticket se guarda en esta computadora y se escribe en la base de datos del equipo en cuanto se pueda acceder a ella (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is kept on this computer, and written to the database as soon as it can be written (%1).</source>
        <translation>El ticket se guarda en este equipo y se escribe en la base de datos en cuanto se pueda escribir en ella (%1).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tickets created from a list carry no attachments.</source>
        <translation>Los tickets creados desde una lista no llevan adjuntos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 of the list is not valid (%2); none was saved.</source>
        <translation>El ticket %1 de la lista no es válido (%2); no se guardó ninguno.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None was saved: ticket %1 of the list now duplicates an open ticket with the same customer and summary, saved since the list was read.</source>
        <translation>No se guardó ninguno: el ticket %1 de la lista duplica ahora un ticket abierto con el mismo cliente y resumen, guardado después de leer la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None was saved: tickets %1 of the list now duplicate open tickets with the same customer and summary, saved since the list was read.</source>
        <translation>No se guardó ninguno: los tickets %1 de la lista duplican ahora tickets abiertos con el mismo cliente y resumen, guardados después de leer la lista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tickets could not be saved (none was): %1</source>
        <translation>No se pudieron guardar los tickets (no se guardó ninguno): %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A ticket kept on this computer could not be written to the team database: %1</source>
        <translation>Un ticket guardado en esta computadora no se pudo escribir en la base de datos del equipo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket kept on this computer could not be written to the database: %1</source>
        <translation>Un ticket guardado en este equipo no pudo escribirse en la base de datos: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ticket #%1 does not exist.</source>
        <translation>El ticket #%1 no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database could not be read, so nothing was sent: %1</source>
        <translation>no se pudo leer la base de datos, así que no se envió nada: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticket #%1 is %2: only FAILED, REJECTED or UNCONFIRMED tickets can be retried.</source>
        <translation>El ticket #%1 está en %2: solo se pueden reintentar tickets FAILED, REJECTED o UNCONFIRMED.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The customer list could not be saved (nothing of it was): %1</source>
        <translation>No se pudo guardar la lista de clientes (no se guardó nada de ella): %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your changes to the template %1 were not saved: %2 They are still in the form: save again to replace that version, or choose the template in the list to see it.</source>
        <translation>Sus cambios en la plantilla %1 no se guardaron: %2 Siguen en el formulario: guarde de nuevo para reemplazar esa versión, o elija la plantilla en la lista para verla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template %1 could not be saved: %2</source>
        <translation>No se pudo guardar la plantilla %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template %1 was not renamed to %2: %3 Your changes are still in the form.</source>
        <translation>No se cambió el nombre de la plantilla %1 a %2: %3 Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template %1 could not be renamed: %2</source>
        <translation>No se pudo cambiar el nombre de la plantilla %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The template %1 was not deleted: %2 Look at it again before you delete it.</source>
        <translation>La plantilla %1 no se eliminó: %2 Vuelva a mirarla antes de eliminarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template %1 could not be deleted: %2</source>
        <translation>No se pudo eliminar la plantilla %1: %2</translation>
    </message>
</context>
<context>
    <name>TicketDesk::WatchCommand</name>
    <message>
        <location filename="../../src/app/watchcommand.cpp" line="+33"/>
        <source>Ignored: watch never listens.</source>
        <translation>Se ignora: watch nunca escucha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tickets with this status.</source>
        <translation>Solo los tickets con este estado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>watch: unexpected argument &apos;%1&apos;</source>
        <translation>watch: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>watch: unknown status &apos;%1&apos; (expected one of %2)</source>
        <translation>watch: estado desconocido &apos;%1&apos; (se esperaba uno de %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot install the signal handlers</source>
        <translation>no se pueden instalar los manejadores de señales</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>watching %1 (Ctrl+C to stop)</source>
        <translation>observando %1 (Ctrl+C para detener)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>#%1 removed: merged into another ticket</source>
        <translation>#%1 eliminado: fusionado con otro ticket</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <location filename="../../src/gui/ticketreport.cpp" line="+28"/>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
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
        <translation>Su referencia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome at: %1</source>
        <translation>Resultado el: %1</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <location filename="../../src/store/ticketstore.cpp" line="-200"/>
        <source>%1 is a folder, not a database file: name a file in it.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos: indique un archivo dentro de ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created or entered: check its permissions.</source>
        <translation>No se puede crear ni abrir la carpeta %1: revise sus permisos.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The database file %1 was deleted or replaced while in use: nothing more is stored in it. Restart TicketDesk to use the file now at that path (a new, empty one if none is there).</source>
        <translation>El archivo de base de datos %1 se borró o reemplazó mientras estaba en uso: ya no se guarda nada en él. Reinicie TicketDesk para usar el archivo que ahora está en esa ruta (uno nuevo y vacío si no hay ninguno).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database %1 is read-only: check the permissions of the file and its folder.</source>
        <translation>La base de datos %1 es de solo lectura: revise los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The database %1 is read-only, and TicketDesk must upgrade it (schema version %2 to %3) before reading it: open it once with write access.</source>
        <translation>La base de datos %1 es de solo lectura, y TicketDesk debe actualizarla (versión de esquema %2 a %3) antes de leerla: ábrala una vez con permiso de escritura.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database %1 was written by a newer TicketDesk (schema version %2; this build knows up to %3). Update TicketDesk.</source>
        <translation>La base de datos %1 la escribió un TicketDesk más reciente (versión de esquema %2; esta versión conoce hasta la %3). Actualice TicketDesk.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database role %1 is in neither TicketDesk group on %2, so it may read nothing there. An administrator gives it access with: GRANT %3 TO %1; (a receiver or sender: GRANT %4 TO %1;)</source>
        <translation>El rol de base de datos %1 no está en ningún grupo de TicketDesk en %2, así que no puede leer nada allí. Un administrador le da acceso con: GRANT %3 TO %1; (un receptor o emisor: GRANT %4 TO %1;)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database %1 cannot use write-ahead logging (journal mode stays %2).</source>
        <translation>La base de datos %1 no puede usar el registro de escritura anticipada (el modo de diario sigue siendo %2).</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The database %1 holds other tables and no TicketDesk schema: it is not a TicketDesk database. Check its name, or set TicketDesk up in it with `ticketdesk db init`.</source>
        <translation>La base de datos %1 contiene otras tablas y ningún esquema de TicketDesk: no es una base de datos de TicketDesk. Compruebe su nombre, o prepare TicketDesk en ella con `ticketdesk db init`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team database %1 has no TicketDesk schema yet: set it up with `ticketdesk db init`.</source>
        <translation>La base de datos del equipo %1 aún no tiene el esquema de TicketDesk: prepárela con `ticketdesk db init`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team database %1 has schema version %2, and this build needs %3; your role may not upgrade it: ask the administrator to run `ticketdesk db init`.</source>
        <translation>La base de datos del equipo %1 tiene la versión de esquema %2 y esta versión necesita la %3; su rol no puede actualizarla: pida al administrador que ejecute `ticketdesk db init`.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Only a team database (PostgreSQL) has roles.</source>
        <translation>Solo una base de datos de equipo (PostgreSQL) tiene roles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>The database gave no id to a new row.</source>
        <translation>La base de datos no asignó un id a una fila nueva.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The attachment %1 cannot be read: it is not a file.</source>
        <translation>No se puede leer el adjunto %1: no es un archivo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>No se puede leer el adjunto %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the attachment %1 failed: %2</source>
        <translation>Falló la lectura del adjunto %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The attachment %1 changed while it was read: try again.</source>
        <translation>El adjunto %1 cambió mientras se leía: inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chunk %1 of attachment #%2 is not in the database.</source>
        <translation>El fragmento %1 del adjunto #%2 no está en la base de datos.</translation>
    </message>
    <message numerus="yes">
        <location line="+229"/>
        <source>%n of the new tickets already have an open ticket with the same customer and summary.</source>
        <translation>
            <numerusform>%n de los tickets nuevos ya tiene un ticket abierto con el mismo cliente y resumen.</numerusform>
            <numerusform>%n de los tickets nuevos ya tienen un ticket abierto con el mismo cliente y resumen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+451"/>
        <source>Cannot sync the database %1: %2</source>
        <translation>No se puede sincronizar la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Customer %1 of the list has no customer id: nothing was imported.</source>
        <translation>El cliente %1 de la lista no tiene id de cliente: no se importó nada.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A template named %1 was added meanwhile.</source>
        <translation>Mientras tanto se agregó una plantilla llamada %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 added a template named %1 meanwhile.</source>
        <translation>Mientras tanto %2 agregó una plantilla llamada %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template %1 was deleted meanwhile.</source>
        <translation>Mientras tanto se eliminó la plantilla %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template %1 was changed meanwhile.</source>
        <translation>Mientras tanto se cambió la plantilla %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 changed the template %1 meanwhile.</source>
        <translation>Mientras tanto %2 cambió la plantilla %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no template named %1.</source>
        <translation>No hay ninguna plantilla llamada %1.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>There is no ticket #%1.</source>
        <translation>No existe el ticket #%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket #%1 is %2: only FAILED, REJECTED or UNCONFIRMED tickets can be retried.</source>
        <translation>El ticket #%1 está en %2: solo se pueden reintentar tickets FAILED, REJECTED o UNCONFIRMED.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ticket #%1 cannot be retried (%2).</source>
        <translation>El ticket #%1 no se puede reintentar (%2).</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>The insights range from %1 to %2 holds no day.</source>
        <translation>El intervalo de indicadores del %1 al %2 no contiene ningún día.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The insights range from %1 to %2 is %3 days long; at most %4 days can be asked at once.</source>
        <translation>El intervalo de indicadores del %1 al %2 abarca %3 días; se pueden pedir como máximo %4 días a la vez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The insights query returned day %1.</source>
        <translation>La consulta de indicadores devolvió el día %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/sandbox/main.cpp" line="+49"/>
        <source>A simulator of Ripio&apos;s Ramps support-ticket API: token, create, retrieve, and signed outcome webhooks. A summary containing the word &quot;fail&quot; fails the first time for that customer.</source>
        <translation>Un simulador de la API de tickets de soporte de Ripio Ramps: token, creación, consulta y webhooks de resultado firmados. Un resumen que contenga la palabra &quot;fail&quot; falla la primera vez para ese cliente.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
</context>
</TS>
