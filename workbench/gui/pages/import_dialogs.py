"""The Import page's dialogs: the column mapping for generic files, and the overlap choice."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.importing.adapters.generic import MappingPreset
from workbench.core.importing.base import FileSample
from workbench.core.importing.report import Overlap

#: (preset attribute, label context text); tags are chosen in a list below.
MAPPED_FIELDS = ("date", "cost", "currency", "account", "service", "region", "resource")


def _samples(sample: FileSample, column: str, count: int = 3) -> str:
    values = [v for v in sample.column(column) if v][:count]
    return ", ".join(values)


class MappingDialog(QDialog):
    """Map the columns of an unrecognised file; the result is saved as a preset."""

    def __init__(
        self, file_name: str, sample: FileSample, suggestion: MappingPreset, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.sample = sample
        self.suggestion = suggestion
        self.setWindowTitle(self.tr("Map the columns of %1").replace("%1", file_name))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This file is not a billing export the workbench knows. Say which column "
                "holds what; the mapping is remembered for files with the same columns."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        labels = {
            "date": self.tr("Date"),
            "cost": self.tr("Cost"),
            "currency": self.tr("Currency"),
            "account": self.tr("Account"),
            "service": self.tr("Service"),
            "region": self.tr("Region"),
            "resource": self.tr("Resource"),
        }
        self.combos: dict[str, QComboBox] = {}
        for name in MAPPED_FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in this file)"), None)
            for column in sample.header:
                combo.addItem(f"{column}   —   {_samples(sample, column)}", column)
            chosen = getattr(suggestion, name)
            if chosen is not None:
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self.combos[name] = combo
            form.addRow(labels[name], combo)
        self.fixed_currency = QLineEdit(suggestion.fixed_currency or "", self)
        self.fixed_currency.setPlaceholderText(self.tr("e.g. EUR, when no column has it"))
        self.fixed_currency.setMaxLength(3)
        form.addRow(self.tr("Fixed currency"), self.fixed_currency)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tag columns")))
        self.tag_list = QListWidget(self)
        for column in sample.header:
            item = QListWidgetItem(column, self.tag_list)
            item.setCheckState(
                Qt.CheckState.Checked
                if column in suggestion.tag_columns
                else Qt.CheckState.Unchecked
            )
        self.tag_list.setMaximumHeight(140)
        layout.addWidget(self.tag_list)
        self.name_edit = QLineEdit(suggestion.name, self)
        self.name_edit.setPlaceholderText(self.tr("Name of the preset (optional)"))
        layout.addWidget(self.name_edit)
        self.save_preset = QCheckBox(self.tr("Remember this mapping as a preset"), self)
        self.save_preset.setChecked(True)
        layout.addWidget(self.save_preset)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("Muted")
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def preset(self) -> MappingPreset:
        result = MappingPreset.from_dict(self.suggestion.to_dict())
        for name, combo in self.combos.items():
            setattr(result, name, combo.currentData())
        fixed = self.fixed_currency.text().strip().upper()
        result.fixed_currency = fixed or None
        result.tag_columns = [
            self.tag_list.item(i).text()
            for i in range(self.tag_list.count())
            if self.tag_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        result.name = self.name_edit.text().strip()
        return result

    def _on_accept(self) -> None:
        problems = self.preset().problems()
        if problems:
            self.problem_label.setText(
                self.tr("Still missing: %1").replace("%1", ", ".join(problems))
            )
            return
        self.accept()


OverlapChoice = Literal["keep-both", "replace", "cancel"]


def ask_overlap_choice(parent: QWidget | None, overlaps: list[Overlap]) -> OverlapChoice:
    """Keep both / replace the older file's months / cancel the import."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("OverlapDialog", "Overlapping periods"))
    lines = [
        QCoreApplication.translate("OverlapDialog", "%1 covers %2 of %3, already imported from %4.")
        .replace("%1", o.new_file)
        .replace("%2", ", ".join(o.months))
        .replace("%3", o.account.replace("|", " "))
        .replace("%4", o.existing_file)
        for o in overlaps[:6]
    ]
    box.setText(
        QCoreApplication.translate("OverlapDialog", "Some months are in more than one file.")
    )
    box.setInformativeText("\n".join(lines))
    keep = box.addButton(
        QCoreApplication.translate("OverlapDialog", "Keep both"), QMessageBox.ButtonRole.AcceptRole
    )
    replace = box.addButton(
        QCoreApplication.translate("OverlapDialog", "Replace the older months"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(replace)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return "keep-both"
    if clicked is replace:
        return "replace"
    return "cancel"
