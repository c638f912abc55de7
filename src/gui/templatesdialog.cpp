// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/templatesdialog.h"

#include "core/templatetext.h"
#include "gui/discardprompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace TicketDesk {

TemplatesDialog::TemplatesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_emptyHint(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_summary(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Ticket templates"));
    setAccessibleName(tr("Ticket templates"));
    setObjectName(QStringLiteral("templatesDialog"));

    m_list->setObjectName(QStringLiteral("templateList"));
    m_emptyHint->setObjectName(QStringLiteral("noTemplatesLabel"));
    m_emptyHint->setAccessibleName(tr("No templates"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setText(tr("No templates yet. Type a name, a summary and a description on the right, then "
                            "Save: the New ticket form fills them in from its Template list."));
    m_emptyHint->hide(); // until the templates are read
    m_list->setAccessibleName(tr("Templates"));
    m_name->setObjectName(QStringLiteral("templateNameLineEdit"));
    m_name->setAccessibleName(tr("Template name"));
    m_summary->setObjectName(QStringLiteral("templateSummaryLineEdit"));
    m_summary->setAccessibleName(tr("Template summary"));
    m_description->setObjectName(QStringLiteral("templateDescriptionTextEdit"));
    m_description->setAccessibleName(tr("Template description"));
    m_description->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("templateErrorLabel"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *hint = new QLabel(tr("Placeholders: %1").arg(TemplateText::placeholders().join(u' ')), this);
    hint->setObjectName(QStringLiteral("placeholderHintLabel"));
    hint->setAccessibleName(tr("Placeholders"));
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *listLabel = new QLabel(tr("&Templates:"), this);
    listLabel->setBuddy(m_list);
    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newTemplateButton"));
    newButton->setAccessibleName(tr("New template"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setAccessibleName(tr("Save template"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_delete->setAccessibleName(tr("Delete template"));
    for (QPushButton *b : {newButton, m_save, m_delete})
        b->setAutoDefault(false);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("N&ame:"), this);
    nameLabel->setBuddy(m_name);
    auto *summaryLabel = new QLabel(tr("S&ummary:"), this);
    summaryLabel->setBuddy(m_summary);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(nameLabel, m_name);
    form->addRow(summaryLabel, m_summary);
    form->addRow(descriptionLabel, m_description);
    form->addRow(hint);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list);
    left->addWidget(m_emptyHint);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttonBox"));
    close->setAccessibleName(tr("Dialog buttons"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::showSelected);
    connect(newButton, &QPushButton::clicked, this, &TemplatesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteSelected);
    connect(m_name, &QLineEdit::textChanged, this, &TemplatesDialog::updateButtons);
    connect(m_summary, &QLineEdit::textChanged, this, &TemplatesDialog::updateButtons);
    updateButtons();
}

void TemplatesDialog::setTemplates(const QList<TicketTemplate> &templates)
{
    const QString current = m_name->text().trimmed();
    // A form that shows a template unchanged follows its newer version; one with the operator's
    // changes keeps them (and the version they were made on).
    const bool cleanBefore = !hasUnsavedChanges();
    m_templates = templates;
    if (hasTemplate(m_basedOnName) && !hasTemplate(m_renameFrom))
        m_renameFrom.clear(); // renamed, as asked
    // (or it is what was just saved: the form then shows that version)
    const bool clean = cleanBefore || !hasUnsavedChanges();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = -1;
    for (const TicketTemplate &t : templates) {
        m_list->addItem(t.name);
        if (t.name == current)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    m_shownRow = row;
    m_emptyHint->setVisible(templates.isEmpty());
    m_error->hide();
    if (clean && row >= 0)
        showTemplate(row);
    updateButtons();
}

void TemplatesDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        return;
    // A save refused (a teammate's newer version came with the refusal): the operator was told,
    // so saving again replaces that version. A delete refused moves nothing on: the newer version
    // is deleted only once it has been looked at (chosen in the list).
    // A rename refused: the form is the old template's again (as it is now), so that the next
    // Save asks again rather than save a copy under the new name.
    if (!m_renameFrom.isEmpty()) {
        m_basedOnName = m_renameFrom;
        m_basedOn = versionOf(m_renameFrom);
        m_renameFrom.clear();
    } else if (!m_deleting) {
        m_basedOnName = m_name->text().trimmed();
        m_basedOn = versionOf(m_basedOnName);
    }
    m_shownRow = -1; // choosing the row shows the version now saved
}

void TemplatesDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size() || row == m_shownRow)
        return;
    if (hasUnsavedChanges()) {
        // The list goes back to what the form shows until the operator lets the changes go.
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_shownRow);
    }
    const QString name = m_templates.at(row).name;
    unlessKeeping(Leaving::Switching, [this, name] {
        // By name: a teammate's change may have moved the rows while the question was open.
        if (const int found = rowOf(name); found >= 0)
            showTemplate(found);
    });
}

void TemplatesDialog::showTemplate(int row)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(row);
    m_shownRow = row;
    const TicketTemplate &t = m_templates.at(row);
    m_basedOnName = t.name;
    m_basedOn = t.updatedAt;
    m_name->setText(t.name);
    m_summary->setText(t.summary);
    m_description->setPlainText(t.description);
    updateButtons();
}

void TemplatesDialog::startNew()
{
    unlessKeeping(Leaving::StartingNew, [this] { clearForm(); });
}

void TemplatesDialog::clearForm()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    m_shownRow = -1;
    m_basedOnName.clear();
    m_basedOn = QDateTime();
    m_name->clear();
    m_summary->clear();
    m_description->clear();
    m_name->setFocus();
    updateButtons();
}

void TemplatesDialog::save()
{
    TicketTemplate t;
    t.name = m_name->text().trimmed();
    t.summary = m_summary->text();
    t.description = m_description->toPlainText();
    if (t.name.isEmpty() || t.summary.trimmed().isEmpty())
        return;
    // A CSV file names templates without regard to case: a new name that differs from another
    // only in case could not be told apart from it. Saving under a name that exists (even beside
    // such a pair, made before this rule) replaces that template, as ever. `besides`: a template
    // that does not count (the one being renamed, which may take its own name in another case).
    const auto refusedAlike = [&](const QString &besides) {
        const auto alike = std::find_if(m_templates.cbegin(), m_templates.cend(), [&](const TicketTemplate &other) {
            return other.name.compare(t.name, Qt::CaseInsensitive) == 0 && other.name != besides;
        });
        if (hasTemplate(t.name) || alike == m_templates.cend())
            return false;
        m_error->setText(tr("A template named \"%1\" exists already: names that differ only in case "
                            "cannot be told apart in a CSV file. Save under that name, or choose another.")
                             .arg(alike->name));
        m_error->setVisible(true);
        m_name->setFocus();
        return true;
    };
    m_deleting = false;
    // The form shows a template, and its name was changed: rename it, or save a copy under the new
    // name? Saving made a copy without a word, and the old one stayed in every list.
    if (!m_basedOnName.isEmpty() && t.name != m_basedOnName && hasTemplate(m_basedOnName) && !hasTemplate(t.name)) {
        if (refusedAlike(m_basedOnName))
            return;
        const QString from = m_basedOnName;
        const QDateTime fromVersion = m_basedOn;
        QMessageBox box(
            QMessageBox::Question, tr("Rename the template?"),
            tr("Rename the template “%1” to “%2”, or save “%2” as a new template and keep “%1”?").arg(from, t.name),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("renameTemplateQuestion"));
        QPushButton *rename = box.addButton(tr("&Rename"), QMessageBox::AcceptRole);
        rename->setObjectName(QStringLiteral("renameTemplateButton"));
        QPushButton *copy = box.addButton(tr("Save as &new"), QMessageBox::ActionRole);
        copy->setObjectName(QStringLiteral("saveTemplateCopyButton"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(rename);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() == rename) {
            // The renamed one is what the form shows from now on (if the rename is refused,
            // showError() makes it the old one's again).
            m_renameFrom = from;
            m_basedOnName = t.name;
            m_basedOn = QDateTime();
            Q_EMIT renameRequested(from, fromVersion, t);
            return;
        }
        if (box.clickedButton() != copy)
            return;
    }
    if (refusedAlike(QString()))
        return;
    Q_EMIT saveRequested(t, basedOn(t.name));
}

void TemplatesDialog::deleteSelected()
{
    const QString name = m_name->text().trimmed();
    if (!hasTemplate(name))
        return;
    if (QMessageBox::question(this, tr("Delete template"), tr("Delete the template \"%1\" for everyone?").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_deleting = true;
    // Typed rather than chosen: the version in the list, which the confirmation named.
    Q_EMIT deleteRequested(name, name == m_basedOnName ? m_basedOn : versionOf(name));
}

void TemplatesDialog::updateButtons()
{
    const QString name = m_name->text().trimmed();
    m_save->setEnabled(!name.isEmpty() && !m_summary->text().trimmed().isEmpty());
    m_delete->setEnabled(hasTemplate(name));
}

bool TemplatesDialog::hasUnsavedChanges() const
{
    const QString name = m_name->text().trimmed();
    const QString summary = m_summary->text();
    const QString description = m_description->toPlainText();
    if (name.isEmpty() && summary.trimmed().isEmpty() && description.trimmed().isEmpty())
        return false;
    return std::none_of(m_templates.cbegin(), m_templates.cend(), [&](const TicketTemplate &t) {
        return t.name == name && t.summary == summary && t.description == description;
    });
}

void TemplatesDialog::reject()
{
    unlessKeeping(Leaving::Closing, [this] { QDialog::reject(); });
}

void TemplatesDialog::unlessKeeping(Leaving leaving, const std::function<void()> &go)
{
    if (!hasUnsavedChanges())
        return go();
    const QString name = m_name->text().trimmed();
    QString text;
    switch (leaving) {
    case Leaving::Closing:
        text = name.isEmpty() ? tr("The new template is not saved. It is lost if you close this window.")
                              : tr("The template “%1” has changes that are not saved. They are lost if "
                                   "you close this window.")
                                    .arg(name);
        break;
    case Leaving::Switching:
        text = name.isEmpty() ? tr("The new template is not saved. It is lost if you open another template.")
                              : tr("The template “%1” has changes that are not saved. They are lost if "
                                   "you open another template.")
                                    .arg(name);
        break;
    case Leaving::StartingNew:
        text = name.isEmpty() ? tr("The new template is not saved. It is lost if you start a new template.")
                              : tr("The template “%1” has changes that are not saved. They are lost if "
                                   "you start a new template.")
                                    .arg(name);
        break;
    }
    askToDiscard(this,
                 {QStringLiteral("discardTemplateConfirmation"), tr("Discard the template's changes?"), text,
                  tr("Confirm discarding the template's changes"), QStringLiteral("template")},
                 go);
}

QDateTime TemplatesDialog::basedOn(const QString &name) const
{
    return name == m_basedOnName ? m_basedOn : QDateTime();
}

QDateTime TemplatesDialog::versionOf(const QString &name) const
{
    const int row = rowOf(name);
    return row >= 0 ? m_templates.at(row).updatedAt : QDateTime();
}

int TemplatesDialog::rowOf(const QString &name) const
{
    const auto it = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                 [&name](const TicketTemplate &t) { return t.name == name; });
    return it != m_templates.cend() ? int(it - m_templates.cbegin()) : -1;
}

} // namespace TicketDesk
