"""Administration → Categories: what customers choose when they file, in
English and Chinese, and the group each one routes to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desktop.core import admin_api
from desktop.core.admin_api import RoutedCategory, SkillGroup
from desktop.core.hubclient import HubClient
from desktop.ui.admin.editor_tab import EditorTab
from desktop.ui.session import Session


class CategoriesTab(EditorTab[RoutedCategory]):
    """Categories and their routing. The hub lists shown categories only, so
    the ones hidden here are kept in the list (and can be shown again) until
    the app closes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.groups: list[SkillGroup] = []
        self.hidden: dict[int, RoutedCategory] = {}
        self.new_button.setText(self.tr("New category"))
        self.slug = QLineEdit()
        self.slug.setPlaceholderText(self.tr("lowercase_letters_digits"))
        self.name = QLineEdit()
        self.name_zh = QLineEdit()
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Routes to group"))
        self.active = QCheckBox(self.tr("Customers can choose it"))
        self.form.addRow(self.tr("Slug"), self.slug)
        self.form.addRow(self.tr("English name"), self.name)
        self.form.addRow(self.tr("Chinese name"), self.name_zh)
        self.form.addRow(self.tr("Routes to"), self.group)
        self.form.addRow("", self.active)
        self.finish_form(
            self.tr("A new ticket goes to its category's group; without a group it waits."),
            self.tr("Categories"),
            [
                (self.tr("Slug"), lambda c: c.slug),
                (self.tr("English"), lambda c: c.name),
                (self.tr("Chinese"), lambda c: c.name_zh),
                (self.tr("Routes to"), self._group_name),
                (self.tr("Shown"), lambda c: self.tr("Yes") if c.active else self.tr("Hidden")),
            ],
        )

    def _group_name(self, category: RoutedCategory) -> str:
        group = next((g for g in self.groups if g.id == category.group_id), None)
        return group.name if group is not None else self.tr("(nobody: waits unassigned)")

    # -- EditorTab ----------------------------------------------------------------------

    def load(self, client: HubClient) -> Sequence[RoutedCategory]:
        # Runs on a worker: it only hands the groups over (read in rows_loaded).
        self.groups = admin_api.list_groups(client)
        shown = admin_api.list_categories(client)
        listed = {c.id for c in shown}
        kept = list(self.hidden.items())  # a copy: the GUI thread may add to it
        return shown + [c for i, c in kept if i not in listed]

    def rows_loaded(self) -> None:
        keep = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("(no group)"), None)
        for group in self.groups:
            self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(self.group.findData(keep), 0))

    def clear_form(self) -> None:
        self.form_title.setText(self.tr("New category"))
        for edit in (self.slug, self.name, self.name_zh):
            edit.clear()
        self.slug.setReadOnly(False)
        self.group.setCurrentIndex(0)
        self.active.setChecked(True)
        self.active.setEnabled(False)  # a new category is always shown
        self.save_button.setText(self.tr("Create category"))

    def fill_form(self, category: RoutedCategory) -> None:
        self.form_title.setText(category.name)
        self.slug.setText(category.slug)
        self.slug.setReadOnly(True)  # tickets and reports refer to it
        self.name.setText(category.name)
        self.name_zh.setText(category.name_zh)
        self.group.setCurrentIndex(max(self.group.findData(category.group_id), 0))
        self.active.setChecked(category.active)
        self.active.setEnabled(True)
        self.save_button.setText(self.tr("Save changes"))

    def save(self) -> None:
        name, name_zh = self.name.text().strip(), self.name_zh.text().strip()
        group_id = self.group.currentData()
        if self.editing is None:
            slug = self.slug.text().strip()
            self.run_write(
                lambda c: admin_api.create_category(
                    c, slug=slug, name=name, name_zh=name_zh, group_id=group_id
                ),
                self._saved,
            )
            return
        category_id, active = self.editing.id, self.active.isChecked()
        self.run_write(
            lambda c: admin_api.update_category(
                c, category_id, name=name, name_zh=name_zh, group_id=group_id, active=active
            ),
            self._saved,
        )

    def _saved(self, category: RoutedCategory) -> None:
        if category.active:
            self.hidden.pop(category.id, None)
        else:
            self.hidden[category.id] = category
        self.saved(category)
        self.session.load_reference_data()  # the new-ticket form and filters follow
