"""The PDF options: report language, page size, sections and the optional cover logos.

The widget only holds choices; :class:`~workbench.gui.pages.report.ReportPage` reads them.
Section names come from :mod:`workbench.report.texts` (the titles the PDF itself uses),
shown in the UI language. ``retranslate()`` re-sets texts and keeps every choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from workbench.gui.i18n import ui_language
from workbench.report.cover_logos import LOGO_SUFFIXES, CoverLogos
from workbench.report.sections import SECTION_IDS
from workbench.report.texts import text

LANGUAGES = ("nl", "en")
PAGE_SIZES = ("A4", "Letter")
SECTION_COLUMNS = 3


def section_name(section_id: str, lang: str) -> str:
    """The section's title as the PDF prints it ("cover" has no title there)."""
    if section_id == "cover":
        return {"nl": "Voorblad en inhoud", "en": "Cover and contents"}[lang]
    return text(section_id, lang)


class LogoRow(QWidget):
    """A file name, "Choose…" and "Remove" for one cover logo.

    Signals:
        changed(): the user chose or removed the file.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("Muted")
        self.file_label.setMinimumWidth(160)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.file_label, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        self.retranslate()

    def set_path(self, path: str) -> None:
        self.path = path
        self._show()

    def choose(self) -> None:
        patterns = " ".join(f"*{s}" for s in LOGO_SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            str(Path(self.path).parent) if self.path else "",
            self.tr("Images (%1)").replace("%1", patterns),
        )
        if chosen:
            self.set_path(chosen)
            self.changed.emit()

    def remove(self) -> None:
        self.set_path("")
        self.changed.emit()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose…"))
        self.remove_button.setText(self.tr("Remove"))
        self._show()

    def _show(self) -> None:
        if not self.path:
            self.file_label.setText(self.tr("No logo"))
            self.file_label.setToolTip("")
        else:
            name = Path(self.path).name
            missing = not Path(self.path).is_file()
            self.file_label.setText(
                self.tr("%1 (file not found)").replace("%1", name) if missing else name
            )
            self.file_label.setToolTip(self.path)
        self.remove_button.setEnabled(bool(self.path))


class ReportOptions(QWidget):
    """Language, page size, section checkboxes and cover logos.

    Signals:
        logos_changed(): a logo was chosen or removed (the page stores it).
    """

    logos_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language_chosen = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.language_box = QComboBox(self)
        for lang in LANGUAGES:
            self.language_box.addItem("", lang)
        self.language_box.activated.connect(self._on_language_chosen)
        self.page_size_box = QComboBox(self)
        for size in PAGE_SIZES:
            self.page_size_box.addItem(size, size)
        choices = QHBoxLayout()
        choices.setSpacing(18)
        self.page_size_label = QLabel(self)
        choices.addWidget(self.language_box)
        choices.addWidget(self.page_size_label)
        choices.addWidget(self.page_size_box)
        choices.addStretch(1)
        self.language_label = QLabel(self)
        form.addRow(self.language_label, choices)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, section_id in enumerate(SECTION_IDS):
            box = QCheckBox(self)
            box.setChecked(True)
            box.setObjectName(f"section_{section_id}")
            if section_id == "cover":
                box.setEnabled(False)  # the report always opens with it
            self.section_boxes[section_id] = box
            grid.addWidget(box, index // SECTION_COLUMNS, index % SECTION_COLUMNS)
        self.sections_label = QLabel(self)
        form.addRow(self.sections_label, grid)

        self.client_logo = LogoRow(self)
        self.consultant_logo = LogoRow(self)
        for row in (self.client_logo, self.consultant_logo):
            row.changed.connect(self.logos_changed)
        self.client_logo_label = QLabel(self)
        self.consultant_logo_label = QLabel(self)
        form.addRow(self.client_logo_label, self.client_logo)
        form.addRow(self.consultant_logo_label, self.consultant_logo)
        self.retranslate()

    # -- choices --------------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_box.currentData())

    def set_language(self, lang: str) -> None:
        self.language_box.setCurrentIndex(LANGUAGES.index(lang if lang in LANGUAGES else "nl"))

    def page_size(self) -> str:
        return str(self.page_size_box.currentData())

    def set_page_size(self, size: str) -> None:
        self.page_size_box.setCurrentIndex(PAGE_SIZES.index(size))

    def sections(self) -> tuple[str, ...]:
        return tuple(sid for sid, box in self.section_boxes.items() if box.isChecked())

    def set_sections(self, wanted: tuple[str, ...]) -> None:
        for section_id, box in self.section_boxes.items():
            box.setChecked(section_id == "cover" or section_id in wanted)

    def logos(self) -> CoverLogos:
        return CoverLogos(client=self.client_logo.path, consultant=self.consultant_logo.path)

    def show_logos(self, logos: CoverLogos) -> None:
        self.client_logo.set_path(logos.client)
        self.consultant_logo.set_path(logos.consultant)

    def _on_language_chosen(self, _index: int) -> None:
        self._language_chosen = True

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = ui_language()
        if not self._language_chosen:
            self.set_language(ui)  # the default follows the UI until the user picks one
        self.language_label.setText(self.tr("Language"))
        self.language_box.setItemText(0, self.tr("Dutch"))
        self.language_box.setItemText(1, self.tr("English"))
        self.page_size_label.setText(self.tr("Page size"))
        self.sections_label.setText(self.tr("Sections"))
        for section_id, box in self.section_boxes.items():
            box.setText(section_name(section_id, ui))
        self.section_boxes["cover"].setToolTip(self.tr("The report always starts with these."))
        self.client_logo_label.setText(self.tr("Client logo"))
        self.consultant_logo_label.setText(self.tr("Your logo"))
        for row in (self.client_logo, self.consultant_logo):
            row.retranslate()
