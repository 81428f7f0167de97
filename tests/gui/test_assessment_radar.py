"""The maturity radar: every capability label inside the widget, the legend outside the plot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from workbench.gui.assessment.radar import RadarChart, RadarSeries, series_colours, wrap_label

pytestmark = pytest.mark.gui

DUTCH_CAPABILITIES = [
    "Data-inname",
    "Toewijzing",
    "Rapportage en analyse",
    "Anomaliebeheer",
    "Prognoses",
    "Budgettering",
    "Unit economics",
    "Tariefoptimalisatie",
    "Gebruiksoptimalisatie",
    "Automatisering, tools en diensten",
    "FinOps-opleiding en -ondersteuning",
    "Facturatie en chargeback",
    "Afstemming op de bedrijfsstrategie",
]


def _radar(qtbot: QtBot, width: int, height: int) -> RadarChart:
    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.resize(width, height)
    radar.show()
    current, target, previous = series_colours()
    n = len(DUTCH_CAPABILITIES)
    radar.show_data(
        DUTCH_CAPABILITIES,
        [
            RadarSeries("Vorige keer", previous, [1.0] * n, dashed=True),
            RadarSeries("Doel", target, [2.0] * n, dashed=True),
            RadarSeries("Huidig", current, [1.5] * n, filled=True),
        ],
        ["Crawl", "Walk", "Run"],
    )
    qtbot.waitUntil(lambda: radar.getPlotItem().vb.width() > 0)
    qtbot.wait(20)
    return radar


def _scene_rect(radar: RadarChart) -> QRectF:
    rect: QRectF = radar.mapToScene(radar.viewport().rect()).boundingRect()
    return rect


@pytest.mark.parametrize(("width", "height"), [(620, 320), (900, 520), (380, 320)])
def test_labels_fit_and_the_legend_covers_nothing(qtbot: QtBot, width: int, height: int) -> None:
    radar = _radar(qtbot, width, height)
    widget = _scene_rect(radar).adjusted(-1, -1, 1, 1)
    plot_area = radar.getPlotItem().vb.sceneBoundingRect()
    legend = radar.legend.sceneBoundingRect()
    assert legend.height() > 0
    assert legend.top() >= plot_area.bottom() - 1  # below the plot, not on it
    assert widget.contains(legend)
    for label in radar.axis_labels:
        box = label.item.sceneBoundingRect()
        assert widget.contains(box), label.item.toPlainText()
        assert not box.intersects(legend), label.item.toPlainText()


def test_long_names_wrap_at_the_middle_space() -> None:
    assert wrap_label("Afstemming op de bedrijfsstrategie") == "Afstemming op de\nbedrijfsstrategie"
    assert wrap_label("Prognoses") == "Prognoses"
    assert wrap_label("Bedrijfsstrategieafstemming") == "Bedrijfsstrategieafstemming"
