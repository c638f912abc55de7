// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/multipartform.h"

#include <QCoreApplication>

#include <optional>

namespace TicketDesk {

namespace {

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 9110 token characters.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isOws(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isOws(v.back()))
        v.chop(1);
    return v;
}

struct Parameter
{
    QByteArray name; // lowercased
    QByteArray value;
};

// `type *( OWS ";" OWS name "=" ( token / quoted-string ) )`. Returns nullopt on
// any syntax error or a repeated parameter name.
std::optional<QList<Parameter>> parseParameters(QByteArrayView text, QByteArray *type)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && text[i] != ';')
        ++i;
    *type = trimmed(text.first(i)).toByteArray().toLower();
    QList<Parameter> params;
    while (i < n) {
        ++i; // ';'
        while (i < n && isOws(text[i]))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && isTokenChar(text[i]))
            ++i;
        if (i == nameStart || i >= n || text[i] != '=')
            return std::nullopt;
        Parameter p{text.sliced(nameStart, i - nameStart).toByteArray().toLower(), {}};
        ++i; // '='
        if (i < n && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = text[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\') {
                    if (i >= n)
                        return std::nullopt;
                    p.value.append(text[i++]);
                } else if (c == '\r' || c == '\n' || c == '\0') {
                    return std::nullopt;
                } else {
                    p.value.append(c);
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            const qsizetype valueStart = i;
            while (i < n && isTokenChar(text[i]))
                ++i;
            if (i == valueStart)
                return std::nullopt;
            p.value = text.sliced(valueStart, i - valueStart).toByteArray();
        }
        while (i < n && isOws(text[i]))
            ++i;
        if (i < n && text[i] != ';')
            return std::nullopt;
        for (const Parameter &q : std::as_const(params)) {
            if (q.name == p.name)
                return std::nullopt;
        }
        params.append(p);
    }
    return params;
}

MultipartForm failed(const QString &why)
{
    MultipartForm form;
    form.error = why;
    return form;
}

} // namespace

const MultipartForm::Part *MultipartForm::part(QByteArrayView name) const
{
    for (const Part &p : parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QList<MultipartForm::Part> MultipartForm::all(QByteArrayView name) const
{
    QList<Part> found;
    for (const Part &p : parts) {
        if (p.name == name)
            found.append(p);
    }
    return found;
}

QByteArray MultipartForm::boundaryOf(QByteArrayView contentType)
{
    QByteArray type;
    const auto params = parseParameters(contentType, &type);
    if (!params || type != "multipart/form-data")
        return {};
    for (const Parameter &p : *params) {
        if (p.name != "boundary")
            continue;
        // RFC 2046 5.1.1: 1 to 70 characters, not ending in a space.
        if (p.value.isEmpty() || p.value.size() > 70 || p.value.endsWith(' '))
            return {};
        for (char c : p.value) {
            if (c < 0x20 || c > 0x7e)
                return {};
        }
        return p.value;
    }
    return {};
}

MultipartForm MultipartForm::parse(QByteArrayView contentType, const QByteArray &body)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return failed(QCoreApplication::translate(
            "MultipartForm", "The Content-Type is not multipart/form-data with a valid boundary."));
    const QByteArray dash = QByteArray("--" + boundary);
    const QByteArray delimiter = QByteArray("\r\n" + dash);
    if (!body.startsWith(QByteArray(dash + "\r\n")))
        return failed(QCoreApplication::translate("MultipartForm", "The body does not start with the boundary."));

    MultipartForm form;
    qsizetype pos = dash.size() + 2;
    for (;;) {
        if (form.parts.size() >= maxParts)
            return failed(QCoreApplication::translate("MultipartForm", "Too many parts."));
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        // A part with no header lines at all has its blank line right away.
        const bool noHeaders = body.mid(pos, 2) == "\r\n";
        if (!noHeaders && headerEnd < 0)
            return failed(QCoreApplication::translate("MultipartForm", "A part's header section is not terminated."));
        const qsizetype dataStart = noHeaders ? pos + 2 : headerEnd + 4;
        if (dataStart - pos > maxPartHeaderBytes)
            return failed(QCoreApplication::translate("MultipartForm", "A part's header section is too large."));

        Part part;
        bool sawDisposition = false;
        bool sawType = false;
        if (!noHeaders) {
            const QByteArrayView headers = QByteArrayView(body).sliced(pos, headerEnd - pos);
            qsizetype lineStart = 0;
            while (lineStart <= headers.size()) {
                qsizetype lineEnd = headers.indexOf("\r\n", lineStart);
                if (lineEnd < 0)
                    lineEnd = headers.size();
                const QByteArrayView line = headers.sliced(lineStart, lineEnd - lineStart);
                lineStart = lineEnd + 2;
                if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
                    return failed(QCoreApplication::translate("MultipartForm",
                                                              "A part header contains a bare line break or NUL."));
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return failed(QCoreApplication::translate("MultipartForm", "A part header line has no name."));
                const QByteArrayView name = line.first(colon);
                for (char c : name) {
                    if (!isTokenChar(c))
                        return failed(
                            QCoreApplication::translate("MultipartForm", "A part header name is not a token."));
                }
                const QByteArrayView value = trimmed(line.sliced(colon + 1));
                if (name.compare("content-disposition", Qt::CaseInsensitive) == 0) {
                    if (sawDisposition)
                        return failed(QCoreApplication::translate("MultipartForm",
                                                                  "A part has two Content-Disposition headers."));
                    sawDisposition = true;
                    QByteArray type;
                    const auto params = parseParameters(value, &type);
                    if (!params || type != "form-data")
                        return failed(QCoreApplication::translate(
                            "MultipartForm", "A part's Content-Disposition is not valid form-data."));
                    bool hasName = false;
                    for (const Parameter &p : *params) {
                        if (p.name == "name") {
                            part.name = p.value;
                            hasName = true;
                        } else if (p.name == "filename") {
                            // Percent-encoded as TicketDesk (and browsers, for quotes and line
                            // breaks) write it: the name as the sender had it.
                            part.fileName = QString::fromUtf8(QByteArray::fromPercentEncoding(p.value));
                            part.hasFileName = true;
                        } else {
                            return failed(QCoreApplication::translate(
                                "MultipartForm", "A part's Content-Disposition has an unknown parameter."));
                        }
                    }
                    if (!hasName || part.name.isEmpty())
                        return failed(QCoreApplication::translate("MultipartForm", "A part has no name."));
                } else if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
                    if (sawType)
                        return failed(
                            QCoreApplication::translate("MultipartForm", "A part has two Content-Type headers."));
                    sawType = true;
                    if (value.isEmpty())
                        return failed(
                            QCoreApplication::translate("MultipartForm", "A part has an empty Content-Type."));
                    part.contentType = value.toByteArray();
                } else {
                    return failed(QCoreApplication::translate(
                        "MultipartForm", "A part has a header other than Content-Disposition and Content-Type."));
                }
            }
        }
        if (!sawDisposition)
            return failed(QCoreApplication::translate("MultipartForm", "A part has no Content-Disposition."));

        const qsizetype dataEnd = body.indexOf(delimiter, dataStart);
        if (dataEnd < 0)
            return failed(QCoreApplication::translate("MultipartForm", "A part is not followed by a boundary."));
        part.data = body.mid(dataStart, dataEnd - dataStart);
        form.parts.append(part);

        pos = dataEnd + delimiter.size();
        const QByteArray after = body.mid(pos, 2);
        if (after == "--") {
            const qsizetype rest = body.size() - (pos + 2);
            if (rest == 0 || (rest == 2 && body.endsWith("\r\n")))
                return form;
            return failed(QCoreApplication::translate("MultipartForm", "Data follows the closing boundary."));
        }
        if (after != "\r\n")
            return failed(QCoreApplication::translate("MultipartForm",
                                                      "A boundary is followed by something other than a line break."));
        pos += 2;
    }
}

} // namespace TicketDesk
