"""Forms that edit one allocation rule and one shared-cost pool.

The forms only collect text; :mod:`workbench.gui.tagging.editing` turns it into validated
core values. A bad regular expression is reported inline while the user types.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.tagging.allocation_model import (
    REGEX_FIELDS,
    RULE_KINDS,
    AllocationRule,
    SharedPool,
    compile_regex,
)
from workbench.core.tagging.mapping_import import read_mapping_table
from workbench.core.tagging.policy import PolicyError
from workbench.core.tagging.shared_costs import SPLIT_METHODS
from workbench.gui.tagging import editing
from workbench.gui.tagging.widgets import error_label, show_error


class RuleEditor(QWidget):
    """Kind, tag key, mapping (typed or imported), pattern, categories, target, pool."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(6)
        self.kind = QComboBox(self)
        self.key = QComboBox(self)
        self.mapping = QLineEdit(self)
        self.import_button = QPushButton(self)
        # The import button under the field: beside the rules the form is narrow, and the
        # mapping ("account = team, ...") needs the whole width.
        mapping_row = QVBoxLayout()
        mapping_row.setSpacing(4)
        mapping_row.addWidget(self.mapping)
        mapping_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pattern = QLineEdit(self)
        self.field = QComboBox(self)
        for name in REGEX_FIELDS:
            self.field.addItem(name, name)
        self.values = QLineEdit(self)
        self.target = QLineEdit(self)
        self.pool = QComboBox(self)
        self.labels = {name: QLabel(self) for name in ("kind", "key", "mapping", "pattern",
                       "field", "values", "target", "pool")}  # fmt: skip
        form.addRow(self.labels["kind"], self.kind)
        form.addRow(self.labels["key"], self.key)
        form.addRow(self.labels["mapping"], mapping_row)
        form.addRow(self.labels["pattern"], self.pattern)
        form.addRow(self.labels["field"], self.field)
        form.addRow(self.labels["values"], self.values)
        form.addRow(self.labels["target"], self.target)
        form.addRow(self.labels["pool"], self.pool)
        self.form = form
        self.error = error_label(self)
        form.addRow(self.error)
        self.imported: dict[str, str] | None = None
        self.kind.currentIndexChanged.connect(self._update_visible)
        self.pattern.textChanged.connect(self.check_pattern)
        self.import_button.clicked.connect(self._ask_import)
        self.mapping.textEdited.connect(self._forget_import)

    def retranslate(self) -> None:
        texts = {
            "kind": self.tr("Rule type"), "key": self.tr("Tag key"),
            "mapping": self.tr("Mapping"), "pattern": self.tr("Regular expression"),
            "field": self.tr("Applied to"), "values": self.tr("Charge categories"),
            "target": self.tr("Allocate to"), "pool": self.tr("Or share via pool"),
        }  # fmt: skip
        for name, label in self.labels.items():
            label.setText(texts[name])
        kinds = self.kind_labels()
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in RULE_KINDS:
            self.kind.addItem(kinds[kind], kind)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.import_button.setText(self.tr("Import CSV/XLSX…"))
        self.mapping.setPlaceholderText(self.tr("from = to, e.g. 123456789012 = Team Data"))
        self.pattern.setPlaceholderText(self.tr("e.g. ^prod-(?P<recipient>[a-z]+)-"))
        self.values.setPlaceholderText(self.tr("Credit, Adjustment"))
        self.target.setPlaceholderText(self.tr("Team, product or cost centre"))
        if self.pool.count():
            self.pool.setItemText(0, self.tr("(no pool)"))
        self._update_visible()

    def kind_labels(self) -> dict[str, str]:
        return {
            "tag": self.tr("By tag"),
            "account": self.tr("By account (mapping table)"),
            "service": self.tr("By service"),
            "regex": self.tr("By resource id or name (regex)"),
            "untaggable": self.tr("Untaggable cost"),
            "charge_category": self.tr("By charge category"),
        }

    def set_context(self, keys: list[str], pools: list[str]) -> None:
        current_key, current_pool = self.key.currentData(), self.pool.currentData()
        self.key.clear()
        for key in keys:
            self.key.addItem(key, key)
        self.key.setCurrentIndex(max(self.key.findData(current_key), 0))
        self.pool.clear()
        self.pool.addItem(self.tr("(no pool)"), "")
        for pool in pools:
            self.pool.addItem(pool, pool)
        self.pool.setCurrentIndex(max(self.pool.findData(current_pool), 0))

    def load(self, rule: AllocationRule | None) -> None:
        rule = rule or AllocationRule(id="", kind="tag")
        self.kind.setCurrentIndex(max(self.kind.findData(rule.kind), 0))
        self.key.setCurrentIndex(max(self.key.findData(rule.key), 0))
        self.mapping.setText(editing.format_mapping(rule.mapping))
        self.mapping.setCursorPosition(0)  # show the first pairs, not the last
        self.imported = None
        self.pattern.setText(rule.pattern)
        self.field.setCurrentIndex(max(self.field.findData(rule.resource_field), 0))
        self.values.setText(", ".join(rule.values))
        self.target.setText(rule.target)
        self.pool.setCurrentIndex(max(self.pool.findData(rule.pool), 0))
        show_error(self.error, "")
        self._update_visible()

    def build(self, rule_id: str) -> AllocationRule:
        """The rule the form describes; raises PolicyError with a readable message."""
        kind = str(self.kind.currentData())
        return editing.build_rule(
            rule_id,
            kind,
            key=str(self.key.currentData() or "") if kind == "tag" else "",
            mapping_text=self.mapping.text() if kind in ("tag", "account", "service") else "",
            mapping=self.imported if kind in ("account", "service", "tag") else None,
            pattern=self.pattern.text() if kind == "regex" else "",
            resource_field=str(self.field.currentData()),
            values=self.values.text() if kind == "charge_category" else "",
            target=self.target.text() if kind not in ("tag", "account", "service") else "",
            pool=str(self.pool.currentData() or ""),
        )

    def check_pattern(self) -> bool:
        """Show the regex error inline as the user types; True when it compiles."""
        if self.kind.currentData() != "regex":
            return True
        try:
            compile_regex(self.pattern.text())
        except PolicyError as exc:
            show_error(self.error, self.tr("This regular expression is not valid: {0}").format(exc))
            return False
        show_error(self.error, "")
        return True

    def _update_visible(self) -> None:
        kind = self.kind.currentData()
        shown = {
            "key": kind == "tag",
            "mapping": kind in ("tag", "account", "service"),
            "pattern": kind == "regex",
            "field": kind == "regex",
            "values": kind == "charge_category",
            "target": kind in ("regex", "untaggable", "charge_category"),
        }
        for name, visible in shown.items():
            self.form.setRowVisible(self.labels[name], visible)

    def _forget_import(self) -> None:
        self.imported = None

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import mapping table"),
            "",
            "CSV / Excel (*.csv *.txt *.xlsx *.xls *.ods)",
        )
        if path:
            self.import_mapping(Path(path))

    def import_mapping(self, path: Path) -> bool:
        """Read an account -> recipient table into the mapping field."""
        try:
            mapping = read_mapping_table(path)
        except (PolicyError, OSError, ValueError) as exc:
            show_error(self.error, str(exc))
            return False
        self.imported = mapping
        self.mapping.setText(editing.format_mapping(mapping))
        show_error(self.error, "")
        return True


class PoolEditor(QWidget):
    """One shared-cost pool: id, split method, recipients, fixed percentages.

    Fixed percentages are read in the user's language ("12,5" in Dutch) and "12.5" is
    accepted too; a wrong entry or a total other than 100 % is reported while typing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(6)
        self.pool_id = QComboBox(self)
        self.pool_id.setEditable(True)
        self.method = QComboBox(self)
        self.recipients = QLineEdit(self)
        self.percentages = QLineEdit(self)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, widget in zip(
            self.labels, (self.pool_id, self.method, self.recipients, self.percentages), strict=True
        ):
            form.addRow(label, widget)
        self.form = form
        self.error = error_label(self)
        form.addRow(self.error)
        self.pools: list[SharedPool] = []
        self.pool_id.activated.connect(self._show_pool)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.percentages.textEdited.connect(self.check_percentages)

    def retranslate(self) -> None:
        texts = (self.tr("Pool"), self.tr("Split"), self.tr("Recipients"), self.tr("Fixed %"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        methods = {
            "even": self.tr("Evenly"),
            "proportional": self.tr("Proportional to direct spend"),
            "fixed": self.tr("Fixed percentages"),
        }
        current = self.method.currentData()
        self.method.blockSignals(True)
        self.method.clear()
        for method in SPLIT_METHODS:
            self.method.addItem(methods[method], method)
        self.method.setCurrentIndex(max(self.method.findData(current), 0))
        self.method.blockSignals(False)
        self.recipients.setPlaceholderText(self.tr("Empty: every team with direct cost"))
        point = QLocale().decimalPoint()
        self.percentages.setPlaceholderText(
            self.tr("Team A = {0}; Team B = {1}").format(f"62{point}5", f"37{point}5")
        )
        self._method_changed()

    def set_pools(self, pools: list[SharedPool]) -> None:
        current = self.pool_id.currentText()
        self.pools = pools
        self.pool_id.clear()
        for pool in pools:
            self.pool_id.addItem(pool.id, pool.id)
        index = self.pool_id.findData(current)
        self.pool_id.setCurrentIndex(max(index, 0))
        self._show_pool()

    def _show_pool(self) -> None:
        pool = next((p for p in self.pools if p.id == self.pool_id.currentText()), None)
        if pool is None:
            return
        self.method.setCurrentIndex(max(self.method.findData(pool.method), 0))
        self.recipients.setText(", ".join(pool.recipients))
        point = QLocale().decimalPoint()
        self.percentages.setText(editing.format_percentages(pool.percentages, point))
        show_error(self.error, "")

    def _is_fixed(self) -> bool:
        return bool(self.method.currentData() == "fixed")

    def _method_changed(self) -> None:
        self.form.setRowVisible(self.percentages, self._is_fixed())
        if not self._is_fixed():
            show_error(self.error, "")
        elif self.percentages.text().strip():
            self.check_percentages()

    def check_percentages(self) -> bool:
        """Show what is wrong with the fixed percentages inline; True when they are usable."""
        if not self._is_fixed():
            return True
        try:
            editing.parse_percentages(self.percentages.text())
        except editing.PercentageError as exc:
            show_error(self.error, self.percentage_message(exc))
            return False
        show_error(self.error, "")
        return True

    def percentage_message(self, exc: editing.PercentageError) -> str:
        point = QLocale().decimalPoint()
        if exc.problem == "pair":
            return self.tr("“{0}”: write each recipient as “name = percentage”.").format(
                exc.subject
            )
        if exc.problem == "number":
            return self.tr("“{0}” is not a percentage; write e.g. {1}.").format(
                exc.subject, f"12{point}5"
            )
        if exc.problem == "duplicate":
            return self.tr("{0} has more than one percentage.").format(exc.subject)
        if exc.problem == "sum":
            return self.tr("The percentages add up to {0} %; they must add up to 100 %.").format(
                editing.format_percentage(exc.subject, point)
            )
        return self.tr("Give each recipient a percentage, e.g. {0}.").format(
            f"Team A = 62{point}5; Team B = 37{point}5"
        )

    def build(self) -> SharedPool:
        """The pool the form describes; raises PolicyError with a translated message."""
        name = self.pool_id.currentText().strip()
        if not name:
            raise PolicyError(self.tr("Give the pool a name"))
        try:
            return editing.build_pool(
                name,
                str(self.method.currentData()),
                self.recipients.text(),
                self.percentages.text(),
            )
        except editing.PercentageError as exc:
            raise PolicyError(self.percentage_message(exc)) from exc
