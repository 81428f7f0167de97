"""All static text of the PDF and the roadmap workbook, in Dutch and English.

Terms follow docs/ui-and-language.md: FinOps, showback, tagging and unit economics stay
English; toewijzing, dekking, besparing and eigenaar are Dutch. Crawl/Walk/Run stay as is.
"""

from __future__ import annotations

from typing import Final

_TEXTS: Final[dict[str, tuple[str, str]]] = {
    # key: (en, nl)
    "report_title": ("FinOps maturity report", "FinOps-volwassenheidsrapport"),
    "report_subtitle": (
        "Cloud cost management: where you stand and what to do next",
        "Cloudkostenbeheer: waar u staat en wat de volgende stappen zijn",
    ),
    "subject": (
        "FinOps maturity assessment, spend analysis and roadmap",
        "FinOps-volwassenheidsmeting, uitgavenanalyse en roadmap",
    ),
    "prepared_for": ("Prepared for", "Opgesteld voor"),
    "prepared_by": ("Prepared by", "Opgesteld door"),
    "date": ("Date", "Datum"),
    "period": ("Period", "Periode"),
    "contents": ("Contents", "Inhoud"),
    "page_x_of_y": ("Page {page} of {total}", "Pagina {page} van {total}"),
    "confidential": ("Confidential", "Vertrouwelijk"),
    "no_data": ("No data available.", "Geen gegevens beschikbaar."),
    "other": ("Other", "Overig"),
    "unknown": ("(not set)", "(niet ingevuld)"),
    "total": ("Total", "Totaal"),
    "share": ("Share", "Aandeel"),
    "amount": ("Amount", "Bedrag"),
    "month": ("Month", "Maand"),
    "currency_note": (
        "Amounts are in the billing currency of the data; currencies are shown separately "
        "and never added together.",
        "Bedragen staan in de factuurvaluta van de data; valuta's worden apart getoond en "
        "nooit bij elkaar opgeteld.",
    ),
    # Executive summary
    "summary": ("Executive summary", "Managementsamenvatting"),
    "overall_maturity": ("Overall maturity", "Totale volwassenheid"),
    "spend_in_period": ("Spend in the period", "Uitgaven in de periode"),
    "savings_potential": ("Savings potential", "Besparingspotentieel"),
    "top_actions": ("The five most important actions", "De vijf belangrijkste acties"),
    "maturity_per_domain": ("Maturity per domain", "Volwassenheid per domein"),
    "key_figures": ("Key figures", "Kerncijfers"),
    "kpi": ("Indicator", "Indicator"),
    "value": ("Value", "Waarde"),
    # Maturity
    "maturity": ("Maturity", "Volwassenheid"),
    "maturity_intro": (
        "Each capability is scored from 0 (not started) to {max}. The radar shows the current "
        "level, the agreed target and, where available, the previous assessment.",
        "Elke capability krijgt een score van 0 (niet gestart) tot {max}. De radar toont het "
        "huidige niveau, het afgesproken doel en, waar beschikbaar, de vorige meting.",
    ),
    "radar_title": ("Maturity per capability", "Volwassenheid per capability"),
    "heatmap_title": ("Maturity per capability and scope", "Volwassenheid per capability en scope"),
    "current": ("Current", "Huidig"),
    "target": ("Target", "Doel"),
    "previous": ("Previous", "Vorige"),
    "gap": ("Gap", "Verschil"),
    "level": ("Level", "Niveau"),
    "domain": ("Domain", "Domein"),
    "capability": ("Capability", "Capability"),
    "scope": ("Scope", "Scope"),
    "not_assessed": ("not assessed", "niet beoordeeld"),
    # Capability pages
    "capabilities": ("Capabilities in detail", "Capabilities toegelicht"),
    "evidence": ("Evidence from the data", "Onderbouwing uit de data"),
    "suggested_level": ("Suggests", "Wijst op"),
    "threshold": ("Threshold", "Drempel"),
    "notes": ("Workshop notes", "Notities uit de workshop"),
    "no_evidence": (
        "No measurable evidence for this capability.",
        "Geen meetbare onderbouwing voor deze capability.",
    ),
    # Spend
    "spend": ("Spend overview", "Uitgavenoverzicht"),
    "spend_by_month": (
        "Spend per month by service, {period} ({currency})",
        "Uitgaven per maand per dienst, {period} ({currency})",
    ),
    "top_services": (
        "Top services by spend, {period} ({currency})",
        "Grootste diensten naar uitgaven, {period} ({currency})",
    ),
    "top_accounts": (
        "Top accounts by spend, {period} ({currency})",
        "Grootste accounts naar uitgaven, {period} ({currency})",
    ),
    "service": ("Service", "Dienst"),
    "account": ("Account", "Account"),
    "cumulative": ("Cumulative", "Cumulatief"),
    "metric_billed": ("billed cost", "gefactureerde kosten"),
    "metric_effective": ("effective cost", "effectieve kosten"),
    "metric_list": ("list cost", "catalogusprijs"),
    "spend_intro": (
        "Spend over {period}, measured as {metric}, from {rows} cost rows.",
        "Uitgaven over {period}, gemeten als {metric}, uit {rows} kostenregels.",
    ),
    # Tagging
    "tagging": ("Tagging and allocation", "Tagging en toewijzing"),
    "tag_coverage": ("Tag coverage by spend", "Tagdekking naar uitgaven"),
    "tag_key": ("Tag", "Tag"),
    "coverage": ("Coverage", "Dekking"),
    "showback": ("Showback per {dimension}", "Showback per {dimension}"),
    "owner": ("Owner", "Eigenaar"),
    "tagging_intro": (
        "Coverage is measured by spend: the share of taggable spend that carries each "
        "required tag, after aliases and account-level fallbacks. Cost that cannot carry "
        "tags (taxes, support, commitment purchases) is left out, so coverage is not "
        "unfairly low. Showback shows what each recipient costs, including its share of "
        "shared costs.",
        "Dekking is gemeten naar uitgaven: het deel van de te taggen kosten dat elke "
        "verplichte tag draagt, na aliassen en fallbacks op accountniveau. Kosten die geen "
        "tags kunnen dragen (belasting, support, aankopen van commitments) tellen niet mee, "
        "zodat de dekking niet onterecht laag uitvalt. Showback toont wat elke ontvanger "
        "kost, inclusief zijn deel van de gedeelde kosten.",
    ),
    "tag_coverage_of": (
        "Tag coverage by spend ({currency})",
        "Tagdekking naar uitgaven ({currency})",
    ),
    "spend_with_tag": ("Spend with tag", "Kosten met tag"),
    "all_required_tags": ("All required tags", "Alle verplichte tags"),
    "tagging_totals": (
        "Taggable spend {taggable}; untaggable {untaggable} ({untaggable_share} of total). "
        "Allocated by the allocation rules: {allocated} of total spend.",
        "Te taggen kosten {taggable}; niet te taggen {untaggable} ({untaggable_share} van "
        "het totaal). Toegewezen door de toewijzingsregels: {allocated} van de totale kosten.",
    ),
    "coverage_trend": (
        "Tag coverage per month, {period} ({currency}, % of taggable spend)",
        "Tagdekking per maand, {period} ({currency}, % van te taggen kosten)",
    ),
    "showback_of": (
        "Showback per {dimension} over the period ({currency})",
        "Showback per {dimension} over de periode ({currency})",
    ),
    "recipient": ("Recipient", "Ontvanger"),
    "direct": ("Direct", "Direct"),
    "shared": ("Shared", "Gedeeld"),
    # Unit economics
    "unit_economics": ("Unit economics", "Unit economics"),
    "cost_per_user": ("Cost per active user per month", "Kosten per actieve gebruiker per maand"),
    "active_users": ("Active users", "Actieve gebruikers"),
    "transactions": ("Transactions", "Transacties"),
    "active_users_avg": ("Active users (daily average)", "Actieve gebruikers (daggemiddelde)"),
    "cost_per_transaction": ("Cost per transaction", "Kosten per transactie"),
    "unit_economics_intro": (
        "Cloud cost set against the business: cost per active user (daily average) and per "
        "transaction, per month and billing currency ({metric}). A falling unit cost means "
        "the cloud scales more efficiently than the business grows.",
        "Cloudkosten afgezet tegen de business: kosten per actieve gebruiker (daggemiddelde) "
        "en per transactie, per maand en factuurvaluta ({metric}). Dalende kosten per "
        "eenheid betekenen dat de cloud efficiënter schaalt dan de business groeit.",
    ),
    "unit_costs_of": (
        "Unit costs per month, {period} ({currency})",
        "Kosten per eenheid per maand, {period} ({currency})",
    ),
    "cost": ("Cost", "Kosten"),
    # Roadmap
    "roadmap": ("Roadmap", "Roadmap"),
    "roadmap_intro": (
        "The actions below close the gaps between the current and the target maturity. "
        "Foundations come first; effort is spread over the quarters.",
        "De acties hieronder dichten het verschil tussen het huidige en het gewenste niveau. "
        "De basis komt eerst; de inspanning is over de kwartalen verdeeld.",
    ),
    "timeline": ("Timeline", "Tijdlijn"),
    "action": ("Action", "Actie"),
    "effort": ("Effort", "Inspanning"),
    "horizon": ("Horizon", "Horizon"),
    "due": ("Due", "Gereed"),
    "status": ("Status", "Status"),
    "start": ("Start", "Start"),
    "impact": ("Impact", "Impact"),
    "savings": ("Savings", "Besparing"),
    # Appendix
    "appendix": ("Appendix", "Bijlage"),
    "methodology": ("Methodology", "Methode"),
    "methodology_text": (
        "The assessment follows the FinOps Framework: four domains and their capabilities, "
        "each scored on knowledge, process, metrics, adoption and automation. Levels: "
        "0 = not started, 1 = Crawl, 2 = Walk, 3 = Run. Where the billing data can measure a "
        "capability, the evidence suggests a level; the workshop decides.",
        "De meting volgt het FinOps Framework: vier domeinen met hun capabilities, elk "
        "beoordeeld op kennis, proces, metingen, adoptie en automatisering. Niveaus: "
        "0 = niet gestart, 1 = Crawl (kruipen), 2 = Walk (lopen), 3 = Run (rennen). Waar de "
        "factuurdata een capability kan meten, wijst de onderbouwing op een niveau; de "
        "workshop beslist.",
    ),
    "thresholds_used": ("Scoring rules and thresholds", "Scoreregels en drempels"),
    "data_sources": ("Data sources", "Databronnen"),
    "data_sources_intro": (
        "Every number in this report can be traced to these files. Totals are exact sums "
        "of the imported rows, per billing currency.",
        "Elk getal in dit rapport is te herleiden tot deze bestanden. Totalen zijn exacte "
        "sommen van de ingelezen regels, per factuurvaluta.",
    ),
    "file": ("File", "Bestand"),
    "import_notes": ("Notes from the import", "Opmerkingen bij de import"),
    "format": ("Format", "Formaat"),
    "rows_read": ("Rows read", "Regels gelezen"),
    "rows_rejected": ("Rejected", "Afgewezen"),
    "generated_by": (
        "Generated by the FinOps Maturity Workbench on {date}.",
        "Gemaakt met de FinOps Maturity Workbench op {date}.",
    ),
    # Roadmap workbook
    "sheet_roadmap": ("Roadmap", "Roadmap"),
}


#: Titles the app writes by itself rather than the user: the demo engagement's (see
#: ``workbench.core.demo_engagement``) and the report's own. An engagement carrying one of
#: these gets the report language's title, so an English report of a Dutch-saved demo
#: does not say "FinOps-volwassenheidsworkshop" on every page.
_GENERATED_TITLES: Final = frozenset(
    title.casefold()
    for title in (
        "FinOps maturity workshop",
        "FinOps-volwassenheidsworkshop",
        *_TEXTS["report_title"],
    )
)


def document_title(engagement_title: str, lang: str) -> str:
    """The title for the cover, page header and PDF metadata: the user's own title as
    typed, or the report language's default when it is empty or a generated one."""
    cleaned = " ".join(engagement_title.split())
    if not cleaned or cleaned.casefold() in _GENERATED_TITLES:
        return text("report_title", lang)
    return cleaned


def text(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` ("nl" or "en"), with ``{name}`` fields filled."""
    english, dutch = _TEXTS[key]
    template = dutch if lang == "nl" else english
    return template.format(**values) if values else template


def keys() -> frozenset[str]:
    return frozenset(_TEXTS)
