"""NL/EN texts for tagging and allocation output (Excel sheets and headers, labels)."""

from __future__ import annotations

from typing import Final

_TEXTS: Final[dict[str, tuple[str, str]]] = {
    # key: (English, Dutch)
    "showback": ("Showback", "Showback"),
    "trend": ("Trend", "Trend"),
    "top_services": ("Top services", "Topdiensten"),
    "about": ("About", "Toelichting"),
    "reconciliation": ("Reconciliation", "Aansluiting"),
    "worklist": ("Remediation list", "Herstellijst"),
    "period": ("Period", "Periode"),
    "currency": ("Currency", "Valuta"),
    "direct": ("Direct cost", "Directe kosten"),
    "shared": ("Shared cost", "Gedeelde kosten"),
    "total": ("Total", "Totaal"),
    "change": ("Change vs previous month", "Verschil met vorige maand"),
    "change_pct": ("Change %", "Verschil %"),
    "rank": ("#", "#"),
    "service": ("Service", "Dienst"),
    "amount": ("Amount", "Bedrag"),
    "basis": ("Basis", "Grondslag"),
    "cost_centre": ("Cost centre", "Kostenplaats"),
    "allocated": ("Allocated", "Toegewezen"),
    "unallocated": ("Unallocated", "Niet toegewezen"),
    "unallocated_bucket": ("(unallocated)", "(niet toegewezen)"),
    "difference": ("Difference", "Verschil"),
    "check": ("Check", "Controle"),
    "mismatch": ("MISMATCH", "AFWIJKING"),
    "metric": ("Cost metric", "Kostenmaatstaf"),
    "dimension": ("Allocated to", "Toegewezen aan"),
    "generated": ("Generated", "Gemaakt op"),
    "item": ("Item", "Onderdeel"),
    "value": ("Value", "Waarde"),
    "note": ("Note", "Opmerking"),
    "note_text": (
        "Direct cost is allocated by the first matching rule; shared cost is split exactly "
        "(largest remainder). Direct + shared + unallocated = total spend per month and "
        "currency. Currencies are never converted or added.",
        "Directe kosten zijn toegewezen door de eerste regel die past; gedeelde kosten zijn "
        "exact verdeeld (grootste rest). Direct + gedeeld + niet toegewezen = totale kosten "
        "per maand en valuta. Valuta worden nooit omgerekend of opgeteld.",
    ),
    "provider": ("Provider", "Provider"),
    "account": ("Account / subscription", "Account / subscription"),
    "account_name": ("Account name", "Accountnaam"),
    "resource_group": ("Resource group", "Resourcegroep"),
    "resource_id": ("Resource ID", "Resource-ID"),
    "resource_name": ("Resource name", "Resourcenaam"),
    "cost": ("Cost", "Kosten"),
    "missing": ("Missing tags", "Ontbrekende tags"),
    "invalid": ("Invalid tags", "Ongeldige tags"),
    "owner": ("Owner (tag)", "Eigenaar (tag)"),
    "inferred_owner": ("Likely owner", "Vermoedelijke eigenaar"),
    "owner_source": ("Owner inferred from", "Eigenaar afgeleid uit"),
    "source_account_mapping": ("account mapping", "accounttabel"),
    "source_resource_group": ("same resource group", "zelfde resourcegroep"),
    "source_account": ("same account", "zelfde account"),
    "no_resource": ("(no resource id)", "(geen resource-ID)"),
    "team": ("Team", "Team"),
    "product": ("Product", "Product"),
    "dim_cost_centre": ("Cost centre", "Kostenplaats"),
}


class T:
    """``T("nl")("period") == "Periode"``."""

    def __init__(self, lang: str) -> None:
        self.index = 1 if lang == "nl" else 0

    def __call__(self, key: str) -> str:
        return _TEXTS[key][self.index]


def dimension_label(dimension: str, lang: str) -> str:
    return T(lang)("dim_cost_centre" if dimension == "cost_centre" else dimension)


def basis_label(basis: str, lang: str) -> str:
    """GL basis text: "direct", "shared:<pool>" or "unallocated", in the language."""
    t = T(lang)
    if basis.startswith("shared:"):
        return f"{t('shared').split()[0].lower()}:{basis[7:]}"
    return {"direct": "direct", "unallocated": t("unallocated").lower()}.get(basis, basis)
