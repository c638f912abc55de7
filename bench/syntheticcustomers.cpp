// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcustomers.h"

#include "service/customerindex.h"

#include <QStringList>
#include <QUuid>

namespace TicketDesk {

namespace {

const QStringList &firstNames()
{
    static const QStringList names =
        QStringLiteral(
            "María,José,Juan,Ana,Luis,Carmen,Jorge,Lucía,Carlos,Sofía,Miguel,Valentina,Javier,Camila,Diego,Martina,"
            "Andrés,Isabel,Fernando,Paula,Ricardo,Gabriela,Alejandro,Daniela,Sebastián,Florencia,Matías,Agustina,"
            "João,Ana Clara,Pedro,Beatriz,Gonçalo,Inês,Tiago,Mariana,Rafael,Letícia,Thiago,Júlia,Lucas,Larissa,"
            "Mateus,Fernanda,André,Aline,Vinícius,Bruna,James,Mary,John,Patricia,Robert,Jennifer,Michael,Linda,"
            "William,Elizabeth,David,Susan,Richard,Jessica,Joseph,Sarah,Thomas,Karen,Noah,Emma,Olivia,Liam,Chloé,"
            "François,Zoë,Björn,Søren,Łukasz,Renée,Ñuflo,Jürgen,Àngel,Núria,Òscar")
            .split(u',');
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names =
        QStringLiteral(
            "García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,"
            "Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Ramírez,"
            "Serrano,Blanco,Molina,Morales,Suárez,Ortega,Delgado,Castro,Ortiz,Rubio,Marín,Sanz,Núñez,Iglesias,"
            "Medina,Garrido,Cortés,Castillo,Santos,Lozano,Guerrero,Cano,Prieto,Méndez,Cruz,Calvo,Gallego,Vidal,"
            "Silva,Souza,Costa,Oliveira,Pereira,Almeida,Ferreira,Carvalho,Gomes,Ribeiro,Rocha,Lima,Araújo,"
            "Gonçalves,Barbosa,Cardoso,Teixeira,Correia,Mendes,Nascimento,Conceição,Smith,Johnson,Williams,Brown,"
            "Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Jackson,Martin,Lee,Thompson,White,Harris,"
            "Clark,Lewis,Walker,Hall,Young,King,O'Brien,Müller,Schröder,Dvořák,Ibáñez,Peña,Zúñiga,Echeverría")
            .split(u',');
    return names;
}

const QStringList &companyWords()
{
    static const QStringList words =
        QStringLiteral(
            "Acme,Andina,Austral,Pampa,Sol,Rio,Norte,Sur,Atlântico,Pacífico,Cordillera,Litoral,Horizonte,Vértice,"
            "Nexo,Prisma,Aurora,Delta,Ómnibus,Cóndor,Jaguar,Quetzal,Tucán,Ceibo,Araucaria,Yerba,Mate,Café,Cacao")
            .split(u',');
    return words;
}

const QStringList &providers()
{
    static const QStringList domains =
        QStringLiteral("gmail.com,hotmail.com,outlook.com,yahoo.com,yahoo.com.ar,hotmail.es,uol.com.br,bol.com.br,"
                       "terra.com.br,icloud.com,live.com,protonmail.com,fibertel.com.ar,telefonica.net,me.com")
            .split(u',');
    return domains;
}

template<typename T>
const T &pick(const QList<T> &list, QRandomGenerator &random)
{
    return list.at(random.bounded(qsizetype(0), list.size()));
}

// "María José" -> "mariajose": how people spell names in email addresses.
QString mailPart(const QString &text)
{
    QString out;
    for (const QChar c : CustomerIndex::fold(text)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

} // namespace

QString syntheticUuid(QRandomGenerator &random)
{
    quint32 words[4];
    random.fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QList<CustomerRecord> syntheticCustomers(qsizetype count, QRandomGenerator &random)
{
    QList<CustomerRecord> customers;
    customers.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        CustomerRecord c;
        c.customerId = syntheticUuid(random);
        const int kind = random.bounded(100);
        if (kind < 8) {
            // A company.
            const QString a = pick(companyWords(), random);
            const QString b = pick(companyWords(), random);
            static const QStringList suffixes{u"S.A."_qs, u"Ltda."_qs, u"S.R.L."_qs, u"Inc."_qs, u"SpA"_qs};
            c.name = a + u' ' + b + u' ' + pick(suffixes, random);
            const QString domain = mailPart(a) + mailPart(b) + (random.bounded(2) ? u".com"_qs : u".com.ar"_qs);
            static const QStringList boxes{u"contacto"_qs, u"info"_qs, u"ventas"_qs, u"admin"_qs, u"pagos"_qs};
            c.email = pick(boxes, random) + QString::number(i) + u'@' + domain;
        } else {
            const QString first = pick(firstNames(), random);
            QString last = pick(lastNames(), random);
            if (random.bounded(100) < 30)
                last += u' ' + pick(lastNames(), random); // two surnames
            c.name = first + u' ' + last;
            if (kind < 93) {
                static const QStringList separators{u"."_qs, u"_"_qs, QString()};
                c.email = mailPart(first) + pick(separators, random) + mailPart(last.section(u' ', 0, 0)) +
                          QString::number(i % 1000) + u'@' + pick(providers(), random);
            }
            // The rest have no email: learned from tickets, named by an older list.
        }
        if (random.bounded(100) < 70)
            c.externalRef = QStringLiteral("CRM-%1").arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
        c.closed = random.bounded(100) < 4;
        customers.append(c);
    }
    return customers;
}

} // namespace TicketDesk
