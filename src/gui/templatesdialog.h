// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tickettemplate.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace TicketDesk {

// Adds, edits and deletes the team's named ticket templates. The dialog only asks
// (saveRequested(), deleteRequested()); the caller passes them to TicketService and
// feeds the answers back: setTemplates() after each change, showError() when one
// was refused. Saving under a new name adds a template; under an existing one, replaces it.
class TemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesDialog)

public:
    explicit TemplatesDialog(QWidget *parent = nullptr);

    // The form differs from every saved template (a new one typed, or one edited).
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    void setTemplates(const QList<TicketDesk::TicketTemplate> &templates);
    void showError(const QString &error);
    // Esc or Close with unsaved changes asks first (Keep editing is the default).
    void reject() override;

Q_SIGNALS:
    // `basedOn`: the updatedAt of the template of that name as this dialog last had it (invalid:
    // none), so that a teammate's newer version is not replaced or deleted unseen.
    void saveRequested(const TicketDesk::TicketTemplate &ticketTemplate, const QDateTime &basedOn);
    void deleteRequested(const QString &name, const QDateTime &basedOn);
    // The form showed the template `from` (version `fromVersion`) and its name was changed: the
    // operator chose to rename it, not to save a copy under the new name.
    void renameRequested(const QString &from, const QDateTime &fromVersion,
                         const TicketDesk::TicketTemplate &ticketTemplate);

private:
    // What would drop the form's unsaved changes.
    enum class Leaving
    {
        Closing,
        Switching,
        StartingNew
    };
    // Runs `go` at once when the form holds nothing unsaved; otherwise asks first (Keep editing
    // is the default) and runs it only on Discard.
    void unlessKeeping(Leaving leaving, const std::function<void()> &go);
    void showSelected();
    void showTemplate(int row);
    void startNew();
    void clearForm();
    void save();
    void deleteSelected();
    void updateButtons();
    // The row of the template `name` as last loaded; -1 when there is none.
    int rowOf(const QString &name) const;
    bool hasTemplate(const QString &name) const { return rowOf(name) >= 0; }
    // The updatedAt of the template `name` as last loaded; invalid when there is none.
    QDateTime versionOf(const QString &name) const;
    // The version a save or delete of `name` is based on: the one the form was filled from, or
    // after a save refused as stale, the newer one then loaded (saving again replaces it on
    // purpose). Invalid for a name the form was not filled with: a save then adds, and is refused
    // if a template of that name exists.
    QDateTime basedOn(const QString &name) const;

    QList<TicketTemplate> m_templates;
    int m_shownRow = -1;     // the list row the form was filled from; -1 for a new template
    QString m_basedOnName;   // the template the form was filled from (see basedOn())
    QDateTime m_basedOn;     // its version then
    QString m_renameFrom;    // asked to be renamed to m_basedOnName; not yet seen renamed
    bool m_deleting = false; // the last request was a delete (a refusal then moves nothing on)
    QListWidget *m_list = nullptr;
    QLabel *m_emptyHint = nullptr; // shown while there is no template
    QLineEdit *m_name = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace TicketDesk
