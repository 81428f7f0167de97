"""Every English message the import engine writes, with its Dutch template.

Ordered: the first pattern that matches the whole message wins, so the specific shapes come
before the wrappers (a rejected file's "row 12, column X: <reason>", a reason followed by the
offending value). Each entry names the module that writes the message; a new message in the
engine needs an entry here (``tests/core/test_import_messages_nl.py`` fails without one).

Terms: bestand, rij, kolom, kopregel (header), valuta, factuurvaluta, kolomkoppeling
(column mapping). Column names, format names and FOCUS terms stay as they are.
"""

from __future__ import annotations

from typing import Final

from workbench.core.importing.messages_nl import (
    Message,
    count,
    decimal,
    list_of,
    message,
    nested,
    one_of,
)

_DAY_MONTH: Final = one_of({"day": "dag", "month": "maand"})
_ORDER: Final = one_of({"mdy": "maand eerst", "dmy": "dag eerst", "iso": "ISO"})
_UNPLACED: Final = list_of(
    {
        "date": "datum",
        "cost": "kosten",
        "currency (a column or a fixed currency)": "valuta (een kolom of een vaste valuta)",
        "none": "geen",
    }
)


def _quoted(group: str) -> str:
    """A Python repr of a cell value, as the engine quotes it, captured as ``group``."""
    return rf"""(?P<{group}>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|None)"""


_VALUE: Final = _quoted("value")
_MONTHS: Final = r"(?P<months>\d{4}-\d{2}(?:, \d{4}-\d{2})*)"

_FILE_ERRORS: Final = (
    # reader.py
    message(
        r"(?P<file>.+): damaged zip archive \((?P<detail>.*)\)",
        "{file}: beschadigd zip-archief ({detail})",
    ),
    message(
        r"(?P<file>.+): the zip archive holds no data files",
        "{file}: het zip-archief bevat geen gegevensbestanden",
    ),
    message(
        r"(?P<file>.+): unreadable text \((?P<detail>.*)\)", "{file}: onleesbare tekst ({detail})"
    ),
    message(
        r"(?P<file>.+): cannot read the file \((?P<detail>.*)\)",
        "{file}: het bestand kan niet worden gelezen ({detail})",
    ),
    message(
        r"(?P<file>.+): the workbook's first sheet is empty",
        "{file}: het eerste werkblad van de werkmap is leeg",
    ),
    message(r"(?P<file>.+): the file is empty", "{file}: het bestand is leeg"),
    message(r"(?P<file>.+): no header row found", "{file}: geen kopregel gevonden"),
    # pipeline.py
    message(
        r"(?P<file>.+): missing required FOCUS column\(s\): (?P<columns>.+)",
        "{file}: verplichte FOCUS-kolom(men) ontbreken: {columns}",
    ),
    message(
        r"(?P<file>.+): not a recognised billing export; it needs a column mapping "
        r"\(could not place: (?P<unplaced>.+)\)",
        "{file}: geen herkende factuurexport; koppel eerst de kolommen "
        "(niet te plaatsen: {unplaced})",
        unplaced=_UNPLACED,
    ),
    message(r"(?P<file>.+): import cancelled", "{file}: import geannuleerd"),
    message(r"import cancelled", "import geannuleerd"),
    message(r"import failed", "import mislukt"),
    message(r"demo cancelled", "demo geannuleerd"),
    # adapters/generic.py
    message(
        r"(?P<file>.+): no column mapping for this header",
        "{file}: geen kolomkoppeling voor deze kopregel",
    ),
)

_REJECT_POLICY: Final = (
    # pipeline.py: a rejected file names its first bad row; a tolerated few are a warning.
    message(
        r"(?P<detail>.+) \(and (?P<more>\d+) more rejected row\(s\)\)",
        "{detail} (en nog {more} afgekeurde {more|rij|rijen})",
        detail=nested,
        more=count,
    ),
    message(
        r"(?P<count>\d+) unreadable row\(s\) left out \(first: (?P<detail>.+)\); "
        r"totals exclude them",
        "{count} onleesbare {count|rij|rijen} weggelaten (eerste: {detail}); "
        "de totalen tellen {count|die rij|die rijen} niet mee",
        count=count,
        detail=nested,
    ),
    message(
        r"(?P<file>.+?): row (?P<row>\d+), column (?P<column>.+?): (?P<reason>.+)",
        "{file}: rij {row}, kolom {column}: {reason}",
        row=count,
        reason=nested,
    ),
    message(
        r"(?P<file>.+?): row (?P<row>\d+): (?P<reason>.+)",
        "{file}: rij {row}: {reason}",
        row=count,
        reason=nested,
    ),
)

_FILE_WARNINGS: Final = (
    # pipeline.py
    message(
        r"the file has a header but no data rows; nothing to import",
        "het bestand heeft een kopregel maar geen gegevensrijen; er is niets te importeren",
    ),
    message(
        r"not fully FOCUS-conformant: mandatory column\(s\) missing: (?P<columns>.+)",
        "niet volledig FOCUS-conform: verplichte kolom(men) ontbreken: {columns}",
    ),
    message(
        r"column\(s\) ignored \(not FOCUS, not x_ extensions\): (?P<columns>.+)",
        "kolom(men) genegeerd (geen FOCUS-kolom en geen x_-uitbreiding): {columns}",
    ),
    message(
        r"already imported \(same content\); nothing added",
        "al eerder geïmporteerd (zelfde inhoud); er is niets toegevoegd",
    ),
    # report.py
    message(
        r"(?P<n>\d+) currencies found \((?P<codes>[^()]+)\); totals are kept per currency",
        "{n} valuta's gevonden ({codes}); de totalen worden per valuta bijgehouden",
    ),
    message(
        rf"overlaps {_MONTHS} with file (?P<file>.+) \((?P<account>[^()]*)\)",
        "overlapt in {months} met bestand {file} ({account})",
    ),
    # history.py
    message(
        rf"rows of {_MONTHS} \((?P<account>[^()]*)\) replaced by (?P<file>.+)",
        "rijen van {months} ({account}) vervangen door {file}",
    ),
    # azure_pairing.py
    message(
        r"combined with (?P<files>.+): BilledCost from the actual export, EffectiveCost from "
        r"the amortized export \(no double counting\)",
        "gecombineerd met {files}: BilledCost uit de export met werkelijke kosten, "
        "EffectiveCost uit de geamortiseerde export (niets dubbel geteld)",
    ),
    message(
        r"its own rows before the combination were not stored; re-import this file for its "
        r"exact own view",
        "de eigen rijen van dit bestand van vóór de combinatie zijn niet bewaard; importeer "
        "het bestand opnieuw voor de exacte eigen weergave",
    ),
    # reader.py
    message(
        r"some rows do not have as many fields as the header \(read exactly\)",
        "sommige rijen hebben een ander aantal velden dan de kopregel (nauwkeurig ingelezen)",
    ),
    message(
        r"skipped (?P<n>\d+) title row\(s\) above the header",
        "{n} {n|titelrij|titelrijen} boven de kopregel overgeslagen",
        n=count,
    ),
    message(
        r"the file mixes Windows \(CRLF\) and Unix \(LF\) line endings; read correctly",
        "het bestand mengt Windows- (CRLF) en Unix-regeleinden (LF); correct ingelezen",
    ),
    # tabular.py
    message(
        r"localised column names; using the English names in parentheses",
        "vertaalde kolomnamen; de Engelse namen tussen haakjes worden gebruikt",
    ),
    message(
        r"duplicate column name (?P<name>.+); the copy is read as (?P<copy>.+)",
        "kolomnaam {name} komt dubbel voor; de kopie wordt gelezen als {copy}",
    ),
    # registry.py (a detection note)
    message(
        r"also matched with the same confidence (?P<confidence>[\d.]+): (?P<names>.+); "
        r"chose (?P<label>.+) \(registry order prefers more specific formats\)",
        "ook herkend met dezelfde zekerheid {confidence}: {names}; gekozen is {label} "
        "(specifiekere formaten gaan voor)",
        confidence=decimal,
    ),
)

_DATES: Final = (
    # dates.py
    message(
        rf"column (?P<column>.+): mixed day/month order \({_quoted('a')} is "
        rf"day-first, {_quoted('b')} is month-first\)",
        "kolom {column}: dag en maand staan door elkaar in verschillende volgorde "
        "({a} heeft de dag eerst, {b} de maand)",
    ),
    message(
        rf"column (?P<column>.+): mixed day/month order \({_VALUE} is (?P<first>day|month)-first, "
        r"earlier rows are not\)",
        "kolom {column}: dag en maand staan door elkaar in verschillende volgorde "
        "({value} heeft de {first} eerst, eerdere rijen niet)",
        first=_DAY_MONTH,
    ),
    message(
        r"the day/month order of (?P<column>.+) could not be proven from the data \(no day "
        r"above 12 in any date\); assumed (?P<first>day|month) first",
        "de volgorde van dag en maand in {column} blijkt niet uit de gegevens (geen datum "
        "heeft een dag boven 12); aangenomen is dat de {first} eerst staat",
        first=_DAY_MONTH,
    ),
    message(
        r"day/month order proven later in the file: (?P<order>\w+)",
        "volgorde van dag en maand pas later in het bestand bewezen: {order}",
        order=_ORDER,
    ),
)

_PROVIDER_WARNINGS: Final = (
    # adapters/provider_common.py
    message(
        r"no (?P<column>.+) column: costs cannot be given a currency",
        "geen kolom {column}: de kosten kunnen geen valuta krijgen",
    ),
    message(
        r"(?P<column>.+) is empty on some rows; used the file's only currency (?P<code>.+)",
        "{column} is op sommige rijen leeg; de enige valuta in het bestand ({code}) is gebruikt",
    ),
    # adapters/aws_cost_explorer.py
    message(
        r"AWS Cost Explorer files have no account, region or resource detail; costs are read "
        r"as the metric chosen in Cost Explorer \(unblended by default\)",
        "AWS Cost Explorer-bestanden hebben geen details per account, regio of resource; de "
        "kosten zijn de metriek die in Cost Explorer is gekozen (standaard unblended)",
    ),
    message(
        r"column (?P<column>.+) names no currency; read as USD",
        "kolom {column} noemt geen valuta; gelezen als USD",
    ),
    # adapters/aws_cur.py and aws_cur_effective.py
    message(
        r"no usage start date column: rows cannot be placed in time",
        "geen kolom met de startdatum van het gebruik: de rijen zijn niet in de tijd te plaatsen",
    ),
    message(
        r"resource_tags unreadable on (?P<n>\d+) rows; kept without tags",
        "resource_tags onleesbaar op {n} {n|rij|rijen}; die zijn zonder tags behouden",
        n=count,
    ),
    message(
        r"(?P<kind>\w+) rows kept their billed cost as effective cost: no (?P<columns>.+) column",
        "{kind}-rijen houden hun gefactureerde kosten als effectieve kosten: kolom {columns} "
        "ontbreekt",
    ),
    # adapters/azure.py and azure_cost_kind.py
    message(
        r"no date column: rows need a Date column",
        "geen datumkolom: de rijen hebben een kolom Date nodig",
    ),
    message(
        r"the file has a header but no data rows",
        "het bestand heeft een kopregel maar geen gegevensrijen",
    ),
    message(
        rf"Tags unreadable on (?P<n>\d+) rows \(e\.g\. {_VALUE}\); those rows are kept without "
        r"tags",
        "Tags onleesbaar op {n} {n|rij|rijen} (bijv. {value}); die zijn zonder tags behouden",
        n=count,
    ),
    message(
        r"could not tell whether this Azure file is actual or amortized cost \(it has "
        r"commitment rows of both kinds\); read as actual cost: BilledCost as invoiced",
        "niet te bepalen of dit Azure-bestand werkelijke of geamortiseerde kosten bevat (het "
        "heeft commitment-rijen van beide soorten); gelezen als werkelijke kosten: BilledCost "
        "zoals gefactureerd",
    ),
    message(
        r"Azure actual cost file: commitment purchases are in BilledCost only; import the "
        r"amortized export of the same period for EffectiveCost",
        "Azure-bestand met werkelijke kosten: aankopen van commitments staan alleen in "
        "BilledCost; importeer de geamortiseerde export van dezelfde periode voor EffectiveCost",
    ),
    message(
        r"Azure amortized cost file: commitment-covered usage is in EffectiveCost only; import "
        r"the actual cost export of the same period for BilledCost",
        "Azure-bestand met geamortiseerde kosten: gebruik onder een commitment staat alleen in "
        "EffectiveCost; importeer de export met werkelijke kosten van dezelfde periode voor "
        "BilledCost",
    ),
    # adapters/focus.py
    message(
        r"not enough FOCUS columns to import: missing (?P<columns>.+)",
        "te weinig FOCUS-kolommen om te importeren; ontbrekend: {columns}",
    ),
    message(
        rf"(?P<column>\w+): hour 24 or more in {_VALUE}; read as the next day",
        "{column}: uur 24 of later in {value}; gelezen als de volgende dag",
    ),
    message(
        rf"(?P<column>\w+): values in the wrong case corrected to the FOCUS spelling "
        rf"\(e\.g\. {_VALUE}\)",
        "{column}: waarden met verkeerde hoofdletters gecorrigeerd naar de FOCUS-schrijfwijze "
        "(bijv. {value})",
    ),
    message(
        r"(?P<column>\w+): values outside FOCUS kept as they are: (?P<values>.+)",
        "{column}: waarden buiten FOCUS ongewijzigd behouden: {values}",
    ),
    message(
        r"no BillingCurrency column: amounts are recorded in currency 'XXX' \(unknown\)",
        "geen kolom BillingCurrency: de bedragen staan in valuta 'XXX' (onbekend)",
    ),
    message(
        rf"(?P<column>\w+): currency symbols and thousands separators removed "
        rf"\(e\.g\. {_VALUE}\)",
        "{column}: valutatekens en scheidingstekens voor duizendtallen verwijderd (bijv. {value})",
    ),
    # adapters/gcp.py
    message(
        r"(?P<column>.+) unreadable on (?P<n>\d+) rows; kept without them",
        "{column} onleesbaar op {n} {n|rij|rijen}; die rijen zijn zonder deze waarden behouden",
        n=count,
    ),
    # adapters/oci.py
    message(
        r"usage reports carry no costs: imported with cost 0",
        "gebruiksrapporten bevatten geen kosten: geïmporteerd met kosten 0",
    ),
    message(
        r"OCI usage report: it has no costs, rows are imported with cost 0 \(quantities, "
        r"resources and tags only\); import the cost report of the same period for money",
        "OCI-gebruiksrapport: het bevat geen kosten, de rijen zijn geïmporteerd met kosten 0 "
        "(alleen hoeveelheden, resources en tags); importeer het kostenrapport van dezelfde "
        "periode voor de bedragen",
    ),
)

_ROW_REASONS: Final = (
    # reader.py
    message(
        r"row has (?P<n>\d+) fields, the header has (?P<m>\d+)",
        "de rij heeft {n} velden, de kopregel {m}",
    ),
    # adapters/provider_common.py, aws_*, azure, gcp, oci, generic, focus
    message(r"not a number", "geen getal"),
    message(r"not a decimal number", "geen decimaal getal"),
    message(r"not a date/time", "geen datum/tijd"),
    message(r"not a date", "geen datum"),
    message(r"not a valid value", "geen geldige waarde"),
    message(r"not a JSON object", "geen JSON-object"),
    message(r"empty \(mandatory\)", "leeg (verplicht)"),
    message(r"no date column", "geen datumkolom"),
    message(r"no usage start date", "geen startdatum van het gebruik"),
    message(r"no usage start time", "geen starttijd van het gebruik"),
    message(r"no usage start", "geen begin van het gebruik"),
    message(r"credits cell is not a readable list", "de credits-cel is geen leesbare lijst"),
    message(
        r"not an allowed value \((?P<allowed>[^()]+)\)",
        "geen toegestane waarde ({allowed})",
    ),
    message(
        r"no billing currency \(the file has no (?P<column>.+)\)",
        "geen factuurvaluta (het bestand heeft geen {column})",
    ),
    message(
        r"no billing currency \(several in the file: (?P<codes>.+)\)",
        "geen factuurvaluta (het bestand heeft er meerdere: {codes})",
    ),
    message(
        r"no billing currency \(none in the file\)",
        "geen factuurvaluta (het bestand heeft er geen)",
    ),
    # adapters/focus.py: a reason followed by the offending cell value (last: a wrapper).
    message(rf"(?P<reason>.+) \({_VALUE}\)", "{reason} ({value})", reason=nested),
)

CATALOGUE: Final[tuple[Message, ...]] = (
    *_FILE_ERRORS,
    *_FILE_WARNINGS,
    *_DATES,
    *_PROVIDER_WARNINGS,
    *_ROW_REASONS,
    *_REJECT_POLICY,
)
