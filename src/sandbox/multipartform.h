// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace TicketDesk {

// A multipart/form-data body (RFC 7578) split into its parts by a small, strict
// parser: no preamble, CRLF line ends only, only Content-Disposition (form-data,
// with a name) and Content-Type part headers, a bounded number of parts, and
// nothing but an optional CRLF after the closing boundary. Pure: bytes in, value
// out. The Ripio sandbox reads create requests with it.
//
//   const MultipartForm form = MultipartForm::parse(request.header("content-type"), request.body);
//   if (!form.ok()) answer400(form.error);
struct MultipartForm
{
    struct Part
    {
        QByteArray name;
        QString fileName; // as sent (percent-escapes left alone)
        bool hasFileName = false;
        QByteArray contentType; // empty when the part had none
        QByteArray data;
    };

    QList<Part> parts;
    QString error; // why the body was refused; empty when ok

    bool ok() const { return error.isEmpty(); }
    // The first part with this name, or nullptr.
    const Part *part(QByteArrayView name) const;
    // Every part with this name, in body order.
    QList<Part> all(QByteArrayView name) const;

    static constexpr int maxParts = 64;
    static constexpr qsizetype maxPartHeaderBytes = 8 * 1024;

    // contentType: the request's Content-Type header value, which must carry the boundary.
    static MultipartForm parse(QByteArrayView contentType, const QByteArray &body);
    // The boundary parameter of a multipart/form-data Content-Type; empty when missing or invalid.
    static QByteArray boundaryOf(QByteArrayView contentType);
};

} // namespace TicketDesk
