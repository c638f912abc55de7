<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n rows of %1 were refused; nothing was queued for them</source>
        <translation>
            <numerusform>%n row of %1 was refused; nothing was queued for it</numerusform>
            <numerusform>%n rows of %1 were refused; nothing was queued for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of %1 are invalid and were not imported</source>
        <translation>
            <numerusform>%n row of %1 is invalid and was not imported</numerusform>
            <numerusform>%n rows of %1 are invalid and were not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets queued.</source>
        <translation>
            <numerusform>%n ticket queued.</numerusform>
            <numerusform>%n tickets queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets queued; a TicketDesk server on this database will send them</source>
        <translation>
            <numerusform>%n ticket queued; a TicketDesk server on this database will send it</numerusform>
            <numerusform>%n tickets queued; a TicketDesk server on this database will send them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets queued, but no TicketDesk server has been seen on this database in the last minute: they are sent when one runs (ticketdesk serve)</source>
        <translation>
            <numerusform>%n ticket queued, but no TicketDesk server has been seen on this database in the last minute: it is sent when one runs (ticketdesk serve)</numerusform>
            <numerusform>%n tickets queued, but no TicketDesk server has been seen on this database in the last minute: they are sent when one runs (ticketdesk serve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets queued; a running TicketDesk on this database will send them</source>
        <translation>
            <numerusform>%n ticket queued; a running TicketDesk on this database will send it</numerusform>
            <numerusform>%n tickets queued; a running TicketDesk on this database will send them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets queued; nothing is running on this database to send them: start `ticketdesk serve` or the desktop</source>
        <translation>
            <numerusform>%n ticket queued; nothing is running on this database to send it: start `ticketdesk serve` or the desktop</numerusform>
            <numerusform>%n tickets queued; nothing is running on this database to send them: start `ticketdesk serve` or the desktop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers written.</source>
        <translation>
            <numerusform>%n customer written.</numerusform>
            <numerusform>%n customers written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n bytes) %3</source>
        <translation>
            <numerusform>%1 (%2, %n byte) %3</numerusform>
            <numerusform>%1 (%2, %n bytes) %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of %1 already have an open ticket; nothing was queued for them</source>
        <translation>
            <numerusform>%n row of %1 already has an open ticket; nothing was queued for it</numerusform>
            <numerusform>%n rows of %1 already have an open ticket; nothing was queued for them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message numerus="yes">
        <source>Last prune: %1 by %2, %n deliveries deleted</source>
        <translation>
            <numerusform>Last prune: %1 by %2, %n delivery deleted</numerusform>
            <numerusform>Last prune: %1 by %2, %n deliveries deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deliveries kept %n day(s)</source>
        <translation>
            <numerusform>deliveries kept %n day</numerusform>
            <numerusform>deliveries kept %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n delivery(s)</source>
        <translation>
            <numerusform>at most %n delivery</numerusform>
            <numerusform>at most %n deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::BulkTicketsDialog</name>
    <message numerus="yes">
        <source>%n rows: %1 ready, %2 refused.</source>
        <translation>
            <numerusform>%n row: %1 ready, %2 refused.</numerusform>
            <numerusform>%n rows: %1 ready, %2 refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n tickets. They are sent at the API&apos;s pace; the main window shows each one.</source>
        <translation>
            <numerusform>Queued %n ticket. It is sent at the API&apos;s pace; the main window shows it.</numerusform>
            <numerusform>Queued %n tickets. They are sent at the API&apos;s pace; the main window shows each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n tickets</source>
        <translation>
            <numerusform>&amp;Queue %n ticket</numerusform>
            <numerusform>&amp;Queue %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n have an outcome</source>
        <translation>
            <numerusform>%1 of %n has an outcome</numerusform>
            <numerusform>%1 of %n have an outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not created (failed or rejected)</source>
        <translation>
            <numerusform>; %n not created (failed or rejected)</numerusform>
            <numerusform>; %n not created (failed or rejected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unconfirmed (Ripio may have them)</source>
        <translation>
            <numerusform>; %n unconfirmed (Ripio may have it)</numerusform>
            <numerusform>; %n unconfirmed (Ripio may have them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed tickets</source>
        <translation>
            <numerusform>&amp;Retry %n failed ticket</numerusform>
            <numerusform>&amp;Retry %n failed tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::CustomerImportDialog</name>
    <message numerus="yes">
        <source>%n rows: %1 new, %2 updated, %3 unchanged, %4 invalid.</source>
        <translation>
            <numerusform>%n row: %1 new, %2 updated, %3 unchanged, %4 invalid.</numerusform>
            <numerusform>%n rows: %1 new, %2 updated, %3 unchanged, %4 invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customers (%1 new, %2 updated).</source>
        <translation>
            <numerusform>Imported %n customer (%1 new, %2 updated).</numerusform>
            <numerusform>Imported %n customers (%1 new, %2 updated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n customers</source>
        <translation>
            <numerusform>&amp;Import %n customer</numerusform>
            <numerusform>&amp;Import %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows were not imported; they stay marked in the list.</source>
        <translation>
            <numerusform>%n invalid row was not imported; it stays marked in the list.</numerusform>
            <numerusform>%n invalid rows were not imported; they stay marked in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::DeliveriesView</name>
    <message numerus="yes">
        <source>%Ln of %1 deliveries match.</source>
        <translation>
            <numerusform>%Ln of %1 deliveries matches.</numerusform>
            <numerusform>%Ln of %1 deliveries match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries.</source>
        <translation>
            <numerusform>%Ln delivery.</numerusform>
            <numerusform>%Ln deliveries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::DeliveryModel</name>
    <message numerus="yes">
        <source>%Ln more from this address suppressed</source>
        <translation>
            <numerusform>%Ln more from this address suppressed</numerusform>
            <numerusform>%Ln more from this address suppressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other addresses</source>
        <translation>
            <numerusform>%n other address</numerusform>
            <numerusform>%n other addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::InsightsTab</name>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets timed</source>
        <translation>
            <numerusform>%Ln ticket timed</numerusform>
            <numerusform>%Ln tickets timed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::MainWindow</name>
    <message numerus="yes">
        <source>%n tickets failed.</source>
        <translation>
            <numerusform>%n ticket failed.</numerusform>
            <numerusform>%n tickets failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API offline, %n ticket(s) queued</source>
        <translation>
            <numerusform>API offline, %n ticket queued</numerusform>
            <numerusform>API offline, %n tickets queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API rate limited, %n ticket(s) queued</source>
        <translation>
            <numerusform>API rate limited, %n ticket queued</numerusform>
            <numerusform>API rate limited, %n tickets queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n queued</numerusform>
            <numerusform>, %n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n ticket(s) to %1.</source>
        <translation>
            <numerusform>Exported %n ticket to %1.</numerusform>
            <numerusform>Exported %n tickets to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting for Ripio longer than %1.</source>
        <translation>
            <numerusform>%n ticket waiting for Ripio longer than %1.</numerusform>
            <numerusform>%n tickets waiting for Ripio longer than %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n unconfirmed tickets?</source>
        <translation>
            <numerusform>Retry %n unconfirmed ticket?</numerusform>
            <numerusform>Retry %n unconfirmed tickets?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets typed while the team database could not be reached are kept on this computer. They are written to the database, and sent to Ripio, only when TicketDesk runs here again and the database answers.</source>
        <translation>
            <numerusform>%n ticket typed while the team database could not be reached is kept on this computer. It is written to the database, and sent to Ripio, only when TicketDesk runs here again and the database answers.</numerusform>
            <numerusform>%n tickets typed while the team database could not be reached are kept on this computer. They are written to the database, and sent to Ripio, only when TicketDesk runs here again and the database answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n delivery to %1.</numerusform>
            <numerusform>Exported %n deliveries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n issue keys.</source>
        <translation>
            <numerusform>Copied %n issue key.</numerusform>
            <numerusform>Copied %n issue keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last event %n day(s) ago</source>
        <translation>
            <numerusform>Last event %n day ago</numerusform>
            <numerusform>Last event %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::RipioClient</name>
    <message numerus="yes">
        <source>Ripio is limiting requests (HTTP 429); try again in %n second(s).</source>
        <translation>
            <numerusform>Ripio is limiting requests (HTTP 429); try again in %n second.</numerusform>
            <numerusform>Ripio is limiting requests (HTTP 429); try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ripio did not answer within %n second(s).</source>
        <translation>
            <numerusform>Ripio did not answer within %n second.</numerusform>
            <numerusform>Ripio did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDesk::SettingsDialog</name>
    <message numerus="yes">
        <source>This TicketDesk deletes older deliveries in the background. Last round: %1, %n deleted.</source>
        <translation>
            <numerusform>This TicketDesk deletes older deliveries in the background. Last round: %1, %n deleted.</numerusform>
            <numerusform>This TicketDesk deletes older deliveries in the background. Last round: %1, %n deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a number of days in a spin box</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message numerus="yes">
        <source>%n of the new tickets already have an open ticket with the same customer and summary.</source>
        <translation>
            <numerusform>%n of the new tickets already has an open ticket with the same customer and summary.</numerusform>
            <numerusform>%n of the new tickets already have an open ticket with the same customer and summary.</numerusform>
        </translation>
    </message>
</context>
</TS>
