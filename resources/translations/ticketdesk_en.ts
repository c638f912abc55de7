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
</context>
</TS>
