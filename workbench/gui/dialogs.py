"""Small dialogs of the shell: About (with third-party licences) and crash recovery."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.core.engagement.recovery import Recovery

#: (component, licence, what we use it for); shown in the About dialog.
THIRD_PARTY = (
    (
        "Qt for Python (PySide6)",
        "LGPL-3.0",
        QT_TRANSLATE_NOOP("AboutDialog", "desktop user interface"),
    ),
    ("pyqtgraph", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "charts")),
    ("pandas", "BSD-3-Clause", QT_TRANSLATE_NOOP("AboutDialog", "tables")),
    (
        "Apache Arrow (pyarrow)",
        "Apache-2.0",
        QT_TRANSLATE_NOOP("AboutDialog", "cost table, Parquet"),
    ),
    ("ReportLab", "BSD", QT_TRANSLATE_NOOP("AboutDialog", "PDF report")),
    ("openpyxl", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Excel export and import")),
    ("python-calamine", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "fast Excel import")),
    ("PyYAML", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "catalogues and questionnaires")),
    ("FinOps toolkit (Microsoft)", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "service lookup data")),
    (
        "FOCUS specification (FinOps Foundation)",
        "CC-BY-4.0",
        QT_TRANSLATE_NOOP("AboutDialog", "canonical column names"),
    ),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About FinOps Maturity Workbench"))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>FinOps Maturity Workbench {__version__}</h2>")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "An offline workbench for FinOps workshops: import billing exports, "
                "analyse spend, assess Crawl/Walk/Run maturity and present a roadmap. "
                "Your data never leaves this computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        licences_heading = self.tr("Third-party components and licences")
        layout.addWidget(QLabel(f"<b>{licences_heading}</b>"))
        self.licences = QTextBrowser(self)
        self.licences.setOpenLinks(False)
        rows = "".join(
            f"<tr><td>{name}</td><td>{licence}</td><td>{self.tr(str(use))}</td></tr>"
            for name, licence, use in THIRD_PARTY
        )
        columns = (self.tr("Component"), self.tr("Licence"), self.tr("Used for"))
        header = "<tr>" + "".join(f"<th align='left'>{c}</th>" for c in columns) + "</tr>"
        self.licences.setHtml(f"<table cellpadding='4' width='100%'>{header}{rows}</table>")
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_restore_recovery(parent: QWidget | None, found: Recovery) -> bool:
    """True to restore the autosaved copy, False to discard it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RecoveryPrompt", "Restore unsaved work?"))
    name = found.original_path or QCoreApplication.translate(
        "RecoveryPrompt", "an unsaved engagement"
    )
    box.setText(
        QCoreApplication.translate(
            "RecoveryPrompt",
            "The workbench did not close normally. Restore the unsaved changes of %1?",
        ).replace("%1", name)
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = box.addButton(
        QCoreApplication.translate("RecoveryPrompt", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("RecoveryPrompt", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
