"""Set-up of the assessment: scopes, capabilities in focus and participants with roles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.assessment import ROLES, SCOPE_KINDS
from workbench.gui.assessment.controller import AssessmentController
from workbench.gui.assessment.labels import kind_label, role_label
from workbench.gui.i18n import ui_language


def _wrapping_list(parent: QWidget) -> QListWidget:
    """A list whose long entries wrap inside its width instead of scrolling sideways."""
    view = QListWidget(parent)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    return view


def _add_entry(view: QListWidget, text: str) -> None:
    item = QListWidgetItem(text)
    item.setToolTip(text)
    view.addItem(item)


def _card(parent: QWidget) -> tuple[QFrame, QVBoxLayout, QLabel]:
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    title = QLabel(frame)
    title.setObjectName("SectionTitle")
    layout.addWidget(title)
    return frame, layout, title


class SetupView(QWidget):
    """Signals:
    changed(): set-up changed (saved). scope_changed(): another scope was chosen or added.
    """

    changed = Signal()
    scope_changed = Signal()
    thresholds_requested = Signal()

    def __init__(self, ctl: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(16)
        outer.addLayout(row, 1)
        bottom = QHBoxLayout()
        self.thresholds_hint = QLabel(self)
        self.thresholds_hint.setObjectName("Muted")
        self.thresholds_button = QPushButton(self)
        self.thresholds_button.clicked.connect(self.thresholds_requested)
        bottom.addWidget(self.thresholds_hint, 1)
        bottom.addWidget(self.thresholds_button)
        outer.addLayout(bottom)

        scopes, s_layout, self.scopes_title = _card(self)
        self.scope_list = _wrapping_list(scopes)
        self.scope_list.currentRowChanged.connect(self._on_scope_row)
        self.scope_name = QLineEdit(scopes)
        self.scope_kind = QComboBox(scopes)
        self.add_scope_button = QPushButton(scopes)
        self.add_scope_button.clicked.connect(self._add_scope)
        self.remove_scope_button = QPushButton(scopes)
        self.remove_scope_button.clicked.connect(self._remove_scope)
        s_layout.addWidget(self.scope_list, 1)
        s_layout.addWidget(self.scope_name)
        s_layout.addWidget(self.scope_kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_scope_button)
        buttons.addWidget(self.remove_scope_button)
        s_layout.addLayout(buttons)
        row.addWidget(scopes, 2)

        focus, f_layout, self.focus_title = _card(self)
        choice = QHBoxLayout()
        self.starter_button = QPushButton(focus)
        self.starter_button.clicked.connect(lambda: self._set_focus(self.ctl.model.starter_set()))
        self.all_button = QPushButton(focus)
        self.all_button.clicked.connect(
            lambda: self._set_focus(tuple(c.id for c in self.ctl.model.capabilities))
        )
        choice.addWidget(self.starter_button)
        choice.addWidget(self.all_button)
        choice.addStretch(1)
        f_layout.addLayout(choice)
        self.focus_hint = QLabel(focus)
        self.focus_hint.setObjectName("Muted")
        self.focus_hint.setWordWrap(True)
        f_layout.addWidget(self.focus_hint)
        self.focus_list = _wrapping_list(focus)
        self.focus_list.itemChanged.connect(self._on_focus_item)
        f_layout.addWidget(self.focus_list, 1)
        row.addWidget(focus, 3)

        people, p_layout, self.people_title = _card(self)
        self.people_list = _wrapping_list(people)
        self.person_name = QLineEdit(people)
        self.person_role = QComboBox(people)
        self.add_person_button = QPushButton(people)
        self.add_person_button.clicked.connect(self._add_person)
        self.remove_person_button = QPushButton(people)
        self.remove_person_button.clicked.connect(self._remove_person)
        p_layout.addWidget(self.people_list, 1)
        p_layout.addWidget(self.person_name)
        p_layout.addWidget(self.person_role)
        p_buttons = QHBoxLayout()
        p_buttons.addWidget(self.add_person_button)
        p_buttons.addWidget(self.remove_person_button)
        p_layout.addLayout(p_buttons)
        row.addWidget(people, 2)
        self.retranslate()

    # -- fill ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._loading = True
        try:
            self.scope_list.clear()
            for scope in self.ctl.state.scopes:
                kind = kind_label(scope.kind)
                _add_entry(
                    self.scope_list, scope.name if kind == scope.name else f"{scope.name} · {kind}"
                )
            ids = [s.id for s in self.ctl.state.scopes]
            if self.ctl.scope_id in ids:
                self.scope_list.setCurrentRow(ids.index(self.ctl.scope_id))
            self._fill_focus()
            self._fill_people()
            self._fill_thresholds_hint()
        finally:
            self._loading = False

    def _fill_focus(self) -> None:
        lang = ui_language()
        chosen = set(self.ctl.focus()) if self.ctl.state.scopes else set()
        self.focus_list.clear()
        for domain in self.ctl.model.domains:
            header = QListWidgetItem(domain.name.get(lang))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not checkable
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.focus_list.addItem(header)
            for cap in self.ctl.model.capabilities_in(domain.id):
                starred = " ★" if cap.starter else ""
                item = QListWidgetItem(f"   {cap.name.get(lang)}{starred}")
                item.setData(Qt.ItemDataRole.UserRole, cap.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = cap.id in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.focus_list.addItem(item)

    def _fill_thresholds_hint(self) -> None:
        changed = len(self.ctl.state.threshold_overrides)
        self.thresholds_hint.setText(
            self.tr("Evidence thresholds: the shipped defaults.")
            if not changed
            else self.tr("Evidence thresholds: %1 KPI(s) changed for this engagement.").replace(
                "%1", str(changed)
            )
        )

    def _fill_people(self) -> None:
        self.people_list.clear()
        if not self.ctl.state.scopes:
            return
        for person in self.ctl.scope().participants:
            _add_entry(self.people_list, f"{person.name} · {role_label(person.role)}")

    # -- edits -----------------------------------------------------------------------------
    def _saved(self) -> None:
        self.ctl.save()
        self.changed.emit()

    def _on_scope_row(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self.ctl.state.scopes):
            return
        self.ctl.scope_id = self.ctl.state.scopes[row].id
        self.refresh()
        self.scope_changed.emit()

    def _add_scope(self) -> None:
        name = self.scope_name.text().strip()
        if not name:
            self.scope_name.setFocus()
            return
        self.ctl.add_scope(name, str(self.scope_kind.currentData()))
        self.scope_name.clear()
        self._saved()
        self.refresh()
        self.scope_changed.emit()

    def _remove_scope(self) -> None:
        if len(self.ctl.state.scopes) <= 1:
            return  # an assessment keeps at least one scope
        self.ctl.remove_scope(self.ctl.scope_id)
        self._saved()
        self.refresh()
        self.scope_changed.emit()

    def _set_focus(self, ids: tuple[str, ...]) -> None:
        self.ctl.scope().capabilities = list(ids)
        self._saved()
        self.refresh()

    def _on_focus_item(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        chosen = [
            str(self.focus_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.focus_list.count())
            if self.focus_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.ctl.scope().capabilities = chosen
        self._saved()

    def _add_person(self) -> None:
        name = self.person_name.text().strip()
        if not name:
            self.person_name.setFocus()
            return
        self.ctl.add_participant(name, str(self.person_role.currentData()))
        self.person_name.clear()
        self._saved()
        self._fill_people()
        self.scope_changed.emit()

    def _remove_person(self) -> None:
        row = self.people_list.currentRow()
        people = self.ctl.scope().participants
        if 0 <= row < len(people):
            del people[row]  # their answers stay in the state for the record
            self._saved()
            self._fill_people()
            self.scope_changed.emit()

    def retranslate(self) -> None:
        self.scopes_title.setText(self.tr("Scopes"))
        self.scope_name.setPlaceholderText(self.tr("Name, e.g. Webshop team"))
        self.add_scope_button.setText(self.tr("Add scope"))
        self.remove_scope_button.setText(self.tr("Remove"))
        self.focus_title.setText(self.tr("Capabilities in focus"))
        self.starter_button.setText(self.tr("Suggested starter set"))
        self.all_button.setText(self.tr("All capabilities"))
        self.focus_hint.setText(
            self.tr("★ marks the suggested starter set. Tick what this workshop covers.")
        )
        self.people_title.setText(self.tr("Participants"))
        self.person_name.setPlaceholderText(self.tr("Name"))
        self.add_person_button.setText(self.tr("Add participant"))
        self.remove_person_button.setText(self.tr("Remove"))
        self.thresholds_button.setText(self.tr("Evidence thresholds…"))
        for combo, keys, label in (
            (self.scope_kind, SCOPE_KINDS, kind_label),
            (self.person_role, ROLES, role_label),
        ):
            current = combo.currentIndex()
            combo.clear()
            for key in keys:
                combo.addItem(label(key), key)
            combo.setCurrentIndex(max(current, 0))
        self.refresh()
