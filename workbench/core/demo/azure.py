"""Zuiderzee Logistiek's Azure spend as EA cost exports: an Actual and an Amortized file.

Same 55 columns as the 2023+ EA "actual cost" / "amortized cost" exports (UTF-8 with BOM,
dates MM/DD/YYYY, ``Tags`` JSON without outer braces). The two files differ only where
reservations are involved, exactly as Cost Management does it:

* Actual: reservation purchases are ``ChargeType=Purchase`` rows (monthly ``Recurring`` for
  the D8s v5 reservation, one ``OneTime`` upfront payment for the E16s v5 one on 2026-03-01);
  covered VM usage costs 0.
* Amortized: no purchase rows; covered usage carries the reservation's hourly rate, and the
  unused hours appear as ``ChargeType=UnusedReservation`` rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Final

import numpy as np

from workbench.core.demo.azure_resources import (
    EA_DISCOUNT,
    METERS,
    RESERVATIONS,
    SUBSCRIPTIONS,
    Reservation,
    build_azure_resources,
)
from workbench.core.demo.catalogue import COMPANY, Resource, daily_units
from workbench.core.demo.timeline import (
    csv_field,
    day_index,
    dec,
    month_days,
    month_starts,
    next_month,
    stable_uuid,
    write_csv,
)

EA_COLUMNS: Final = (
    "BillingAccountId", "BillingAccountName", "BillingPeriodStartDate", "BillingPeriodEndDate",
    "BillingProfileId", "BillingProfileName", "AccountOwnerId", "AccountName", "SubscriptionId",
    "SubscriptionName", "Date", "Product", "PartNumber", "MeterId", "ServiceFamily",
    "MeterCategory", "MeterSubCategory", "MeterRegion", "MeterName", "Quantity",
    "EffectivePrice", "Cost", "UnitPrice", "BillingCurrency", "ResourceLocation",
    "AvailabilityZone", "ConsumedService", "ResourceId", "ResourceName", "ServiceInfo1",
    "ServiceInfo2", "AdditionalInfo", "Tags", "InvoiceSectionId", "InvoiceSection", "CostCenter",
    "UnitOfMeasure", "ResourceGroup", "ReservationId", "ReservationName", "ProductOrderId",
    "ProductOrderName", "OfferId", "IsAzureCreditEligible", "Term", "PublisherName", "PlanName",
    "ChargeType", "Frequency", "PublisherType", "PayGPrice", "PricingModel",
    "CostAllocationRuleName", "benefitId", "benefitName",
)  # fmt: skip
_COL: Final = {name: i for i, name in enumerate(EA_COLUMNS)}
_PLACES: Final = 8


@dataclass(frozen=True)
class AzureExports:
    actual: Path
    amortized: Path


def _text(value: Decimal) -> str:
    """Plain decimal text, never scientific notation (str(Decimal) can give "2.5E-9")."""
    return format(value, "f")


def _us_date(day: date) -> str:
    return f"{day:%m/%d/%Y}"


def ea_price(payg: float) -> Decimal:
    return Decimal(dec(payg * EA_DISCOUNT, 6))


def _tags_text(tags: dict[str, str]) -> str:
    # EA exports write the JSON object's members without the outer braces.
    return ",".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in tags.items())


def _benefit_id(res: Reservation, with_reservation: bool = True) -> str:
    tail = res.reservation_id if with_reservation else ""
    return f"/providers/Microsoft.Capacity/reservationOrders/{res.order_id}/reservations/{tail}"


def _base_row(res: Resource) -> list[str]:
    meter = METERS[res.sku]
    sub_id, sub_name = SUBSCRIPTIONS[res.account]
    invoice_section = "Finance" if res.account == "finance" else "IT Operations"
    row = [""] * len(EA_COLUMNS)
    values = {
        "BillingAccountId": COMPANY.azure_billing_account_id,
        "BillingAccountName": COMPANY.azure_billing_account_name,
        "BillingProfileId": COMPANY.azure_billing_account_id,
        "BillingProfileName": COMPANY.azure_billing_account_name,
        "AccountOwnerId": f"cloudteam@{COMPANY.email_domain}",
        "AccountName": "ZL Cloud Team",
        "SubscriptionId": sub_id,
        "SubscriptionName": sub_name,
        "Product": f"{meter.category} {meter.subcategory} - {meter.name} - EU West",
        "PartNumber": f"AA{res.sku[:1].upper()}-{stable_uuid('pn', res.sku)[-5:].upper()}",
        "MeterId": stable_uuid("meter", res.sku),
        "ServiceFamily": meter.service_family,
        "MeterCategory": meter.category,
        "MeterSubCategory": meter.subcategory,
        "MeterRegion": "EU West",
        "MeterName": meter.name,
        "UnitPrice": str(ea_price(meter.payg_price)),
        "BillingCurrency": "EUR",
        "ResourceLocation": res.region,
        "ConsumedService": meter.consumed_service,
        "ResourceId": res.key,
        "ResourceName": res.name,
        "AdditionalInfo": "",
        "Tags": _tags_text(res.tags),
        "InvoiceSection": invoice_section,
        "CostCenter": "ZL-IT-9000" if res.account != "finance" else "ZL-FIN-4600",
        "UnitOfMeasure": meter.unit_of_measure,
        "ResourceGroup": res.key.split("/")[4],
        "OfferId": "MS-AZR-0017P",
        "IsAzureCreditEligible": "True",
        "PublisherName": "Microsoft",
        "ChargeType": "Usage",
        "Frequency": "UsageBased",
        "PublisherType": "Azure",
        "PayGPrice": dec(meter.payg_price, 6),
        "PricingModel": "OnDemand",
    }
    if meter.category == "Virtual Machines":
        values["AdditionalInfo"] = json.dumps(
            {"UsageType": "ComputeHR", "ImageType": "Canonical",
             "ServiceType": f"Standard_{res.sku}", "VMName": res.name},
            separators=(",", ":"),
        )  # fmt: skip
        values["ServiceInfo2"] = "Canonical"
    for name, value in values.items():
        row[_COL[name]] = value
    # Rows are kept CSV-encoded (quoted where needed) so writing them is a plain join.
    return [csv_field(v) for v in row]


def _set(row: list[str], **values: str) -> list[str]:
    out = row.copy()
    for name, value in values.items():
        out[_COL[name]] = csv_field(value)
    return out


def _reservation_fields(ri: Reservation) -> dict[str, str]:
    return {
        "ReservationId": ri.reservation_id,
        "ReservationName": ri.name,
        "ProductOrderId": ri.order_id,
        "ProductOrderName": ri.product_order_name,
        "Term": str(ri.term_months),
        "PricingModel": "Reservation",
        "benefitId": _benefit_id(ri),
        "benefitName": ri.name,
    }


def _ri_covered(ri: Reservation, day: date) -> bool:
    return day >= ri.purchase_date


def write_azure_ea(out_dir: Path, rng: np.random.Generator) -> AzureExports:
    """Write the Actual and the Amortized EA export for the whole demo year."""
    out_dir.mkdir(parents=True, exist_ok=True)
    resources = build_azure_resources(rng)
    units = [daily_units(r.usage, rng) for r in resources]
    bases = [_base_row(r) for r in resources]
    actual: list[list[str]] = []
    amortized: list[list[str]] = []
    used_hours: dict[str, float] = {}
    sap_finance = next(b for r, b in zip(resources, bases, strict=True) if r.account == "finance")
    for month in month_starts():
        period = {
            "BillingPeriodStartDate": _us_date(month),
            "BillingPeriodEndDate": _us_date(date.fromordinal(next_month(month).toordinal() - 1)),
        }
        for ri in RESERVATIONS.values():
            fee = _purchase_amount(ri, month)
            if fee is not None:
                actual.append(_purchase_row(sap_finance, ri, month, fee, period))
        for offset in range(month_days(month)):
            day = date.fromordinal(month.toordinal() + offset)
            i = day_index(day)
            used_hours = {key: 0.0 for key in RESERVATIONS}
            for res, u, base in zip(resources, units, bases, strict=True):
                if u[i] <= 0:
                    continue
                qty = Decimal(dec(float(u[i]), _PLACES))
                price = Decimal(base[_COL["UnitPrice"]])  # numbers are never quoted
                cost = _text((qty * price).quantize(Decimal(10) ** -_PLACES).normalize())
                row = _set(base, Date=_us_date(day), Quantity=_text(qty), **period)
                covering = RESERVATIONS.get(res.commitment or "")
                if covering is not None and _ri_covered(covering, day):
                    used_hours[covering.key] += float(qty)
                    fields = _reservation_fields(covering)
                    rate = Decimal(dec(covering.hourly_rate, 6))
                    actual.append(_set(row, EffectivePrice="0", Cost="0", **fields))
                    amortized.append(_set(row, EffectivePrice=_text(rate),
                                          Cost=_text(qty * rate), **fields))  # fmt: skip
                    continue
                row = _set(row, EffectivePrice=_text(price), Cost=cost)
                actual.append(row)
                amortized.append(row)
            for ri in RESERVATIONS.values():
                unused = ri.quantity * 24 - used_hours[ri.key]
                if _ri_covered(ri, day) and unused > 1e-9:
                    amortized.append(_unused_row(sap_finance, ri, day, unused, period))
    paths = AzureExports(
        out_dir / "zuiderzee-ea-actualcost-202511-202610.csv",
        out_dir / "zuiderzee-ea-amortizedcost-202511-202610.csv",
    )
    for path, rows in ((paths.actual, actual), (paths.amortized, amortized)):
        write_csv(path, EA_COLUMNS, rows, encoding="utf-8-sig", encoded=True)
    return paths


def _purchase_amount(ri: Reservation, month: date) -> Decimal | None:
    rate = Decimal(dec(ri.hourly_rate, 6))
    if ri.frequency == "Recurring":
        return (rate * ri.quantity * 24 * month_days(month)).quantize(Decimal("0.01"))
    if month == ri.purchase_date.replace(day=1):
        return (rate * ri.quantity * 24 * 365).quantize(Decimal("0.01"))
    return None


def _ri_row(template: list[str], ri: Reservation, period: dict[str, str]) -> list[str]:
    meter = METERS[ri.size]
    return _set(
        template,
        Product=f"Virtual Machines {meter.subcategory} - {meter.name} - EU West",
        MeterCategory="Virtual Machines",
        MeterSubCategory=meter.subcategory,
        MeterName=meter.name,
        MeterId=stable_uuid("meter", ri.size),
        PartNumber=f"AAR-{ri.size[:5].upper()}",
        ServiceFamily="Compute",
        UnitOfMeasure="1 Hour",
        ConsumedService="Microsoft.Capacity",
        ResourceGroup="",
        ResourceName="",
        AdditionalInfo="",
        Tags="",
        ServiceInfo2="",
        PayGPrice="0",
        **_reservation_fields(ri),
        **period,
    )


def _purchase_row(
    template: list[str], ri: Reservation, month: date, fee: Decimal, period: dict[str, str]
) -> list[str]:
    return _set(
        _ri_row(template, ri, period),
        Date=_us_date(month if ri.frequency == "Recurring" else ri.purchase_date),
        ResourceId=_benefit_id(ri, with_reservation=False),
        ResourceLocation="westeurope",
        Quantity="1",
        EffectivePrice=str(fee),
        UnitPrice=str(fee),
        Cost=str(fee),
        ChargeType="Purchase",
        Frequency=ri.frequency,
        ReservationId=ri.order_id,
        benefitId=_benefit_id(ri, with_reservation=False),
    )


def _unused_row(
    template: list[str], ri: Reservation, day: date, hours: float, period: dict[str, str]
) -> list[str]:
    rate = Decimal(dec(ri.hourly_rate, 6))
    qty = Decimal(dec(hours, _PLACES))
    return _set(
        _ri_row(template, ri, period),
        Date=_us_date(day),
        ResourceId=_benefit_id(ri),
        Quantity=_text(qty),
        EffectivePrice=_text(rate),
        UnitPrice=_text(rate),
        Cost=_text(qty * rate),
        ChargeType="UnusedReservation",
    )
