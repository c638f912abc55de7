// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localizedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <climits>

namespace TicketDesk {

namespace {

const QLatin1StringView storedPrefix("tr:");
// What a stored text may hold: more would be a text that we did not write.
constexpr qsizetype maxSentences = 16;
constexpr qsizetype maxArgs = 9;

} // namespace

LocalizedText::LocalizedText(const char *context, const char *source, int n)
{
    m_sentences.append(Sentence{QString::fromUtf8(context), QString::fromUtf8(source), n, {}});
}

LocalizedText &LocalizedText::arg(const QString &value)
{
    if (!m_sentences.isEmpty())
        m_sentences.last().args.append(value);
    return *this;
}

LocalizedText &LocalizedText::arg(qint64 value)
{
    return arg(QString::number(value));
}

LocalizedText &LocalizedText::operator+=(const LocalizedText &other)
{
    m_sentences += other.m_sentences;
    return *this;
}

QString LocalizedText::word(const Sentence &sentence)
{
    const QByteArray context = sentence.context.toUtf8();
    const QByteArray source = sentence.source.toUtf8();
    const QString pattern = QCoreApplication::translate(context.constData(), source.constData(), nullptr, sentence.n);
    // One pass, so that an argument's own "%2" stays as it is.
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit() &&
            pattern.at(i + 1) != QLatin1Char('0')) {
            const qsizetype index = pattern.at(i + 1).digitValue() - 1;
            if (index < sentence.args.size()) {
                out += sentence.args.at(index);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString LocalizedText::toString() const
{
    QStringList words;
    words.reserve(m_sentences.size());
    for (const Sentence &s : m_sentences)
        words.append(word(s));
    return words.join(QLatin1Char(' '));
}

QString LocalizedText::toStored() const
{
    QJsonArray sentences;
    for (const Sentence &s : m_sentences)
        sentences.append(QJsonArray{s.context, s.source, s.n, QJsonArray::fromStringList(s.args)});
    return storedPrefix + QString::fromUtf8(QJsonDocument(sentences).toJson(QJsonDocument::Compact));
}

QString LocalizedText::wordStored(const QString &stored)
{
    if (!stored.startsWith(storedPrefix))
        return stored;
    const QJsonDocument document = QJsonDocument::fromJson(QStringView(stored).mid(storedPrefix.size()).toUtf8());
    const QJsonArray sentences = document.array();
    if (!document.isArray() || sentences.isEmpty() || sentences.size() > maxSentences)
        return stored;
    LocalizedText text;
    for (const QJsonValue &value : sentences) {
        const QJsonArray s = value.toArray();
        if (s.size() != 4 || !s.at(0).isString() || !s.at(1).isString() || !s.at(2).isDouble() || !s.at(3).isArray() ||
            s.at(3).toArray().size() > maxArgs)
            return stored;
        Sentence sentence{s.at(0).toString(), s.at(1).toString(), s.at(2).toInt(-1), {}};
        for (const QJsonValue &a : s.at(3).toArray()) {
            if (!a.isString())
                return stored;
            sentence.args.append(a.toString());
        }
        text.m_sentences.append(sentence);
    }
    return text.toString();
}

int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, INT_MIN, INT_MAX));
}

} // namespace TicketDesk
