"""Run-time language switching (NL/EN) with Qt translators and the matching QLocale.

Sources are English; Dutch comes from ``resources/translations/workbench_nl.qm`` (compiled by
:mod:`workbench.gui.i18n_build`, found through :mod:`workbench.core.resources`) plus Qt's own
``qtbase_nl.qm`` for standard buttons. Without the compiled catalogue the texts stay English.
Switching installs or removes translators and sets the default QLocale; the main window
then calls ``retranslate()`` on every page. Nothing else is rebuilt, so no state is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from workbench.core.formatting import Language, normalise_language
from workbench.core.resources import ResourcesNotFoundError, resource_path

LANGUAGES: tuple[Language, ...] = ("nl", "en")


def _catalogue(lang: Language) -> str:
    """Our compiled catalogue for ``lang``; "" (which no translator loads) when there is no
    data folder, so the app still starts, in English."""
    try:
        return str(resource_path("translations", f"workbench_{lang}.qm"))
    except ResourcesNotFoundError:
        return ""


def locale_for(lang: Language) -> QLocale:
    if lang == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def ui_language() -> Language:
    """The current UI language, read from the default QLocale the switcher sets."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def system_language() -> Language:
    return normalise_language(QLocale.system().name())


class LanguageSwitcher(QObject):
    """Owns the installed translators.

    Signals:
        language_changed(str): "nl" or "en", after translators and locale are in place.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self._language: Language = "en"

    @property
    def language(self) -> Language:
        return self._language

    def set_language(self, lang: str) -> bool:
        """Switch; returns False when the Dutch catalogue is missing (not compiled yet)."""
        language = normalise_language(lang)
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()
        loaded = True
        if language == "nl":
            ours = QTranslator(self)
            loaded = ours.load(_catalogue("nl"))
            if loaded:
                self._translators.append(ours)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_base = QTranslator(self)
            if qt_base.load(locale_for("nl"), "qtbase", "_", qt_dir):
                self._translators.append(qt_base)
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(locale_for(language))
        self._language = language
        self.language_changed.emit(language)
        return loaded
