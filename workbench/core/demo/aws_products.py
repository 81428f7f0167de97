"""What a CUR line says about the product behind a resource (product/*, usage type, unit)."""

from __future__ import annotations

from typing import Final

from workbench.core.demo.aws_resources import REGION_NAME, REGION_PREFIX
from workbench.core.demo.catalogue import Resource
from workbench.core.demo.timeline import dec, stable_id

#: Column order of the legacy CUR CSV, as AWS writes it (identity, bill, lineItem, product,
#: pricing, reservation, savingsPlan), followed by tag and cost-category columns.
CUR_BASE_COLUMNS: Final = (
    "identity/LineItemId", "identity/TimeInterval",
    "bill/InvoiceId", "bill/InvoicingEntity", "bill/BillingEntity", "bill/BillType",
    "bill/PayerAccountId", "bill/BillingPeriodStartDate", "bill/BillingPeriodEndDate",
    "lineItem/UsageAccountId", "lineItem/LineItemType", "lineItem/UsageStartDate",
    "lineItem/UsageEndDate", "lineItem/ProductCode", "lineItem/UsageType", "lineItem/Operation",
    "lineItem/AvailabilityZone", "lineItem/ResourceId", "lineItem/UsageAmount",
    "lineItem/NormalizationFactor", "lineItem/NormalizedUsageAmount", "lineItem/CurrencyCode",
    "lineItem/UnblendedRate", "lineItem/UnblendedCost", "lineItem/BlendedRate",
    "lineItem/BlendedCost", "lineItem/LineItemDescription", "lineItem/TaxType",
    "lineItem/LegalEntity",
    "product/ProductName", "product/currentGeneration", "product/instanceFamily",
    "product/instanceType", "product/location", "product/locationType", "product/memory",
    "product/operatingSystem", "product/operation", "product/productFamily", "product/region",
    "product/regionCode", "product/servicecode", "product/servicename", "product/sku",
    "product/storageClass", "product/tenancy", "product/transferType", "product/usagetype",
    "product/vcpu", "product/volumeApiName", "product/databaseEngine",
    "product/deploymentOption",
    "pricing/LeaseContractLength", "pricing/OfferingClass", "pricing/PurchaseOption",
    "pricing/RateCode", "pricing/RateId", "pricing/currency", "pricing/publicOnDemandCost",
    "pricing/publicOnDemandRate", "pricing/term", "pricing/unit",
    "reservation/AmortizedUpfrontCostForUsage", "reservation/AmortizedUpfrontFeeForBillingPeriod",
    "reservation/EffectiveCost", "reservation/EndTime", "reservation/ModificationStatus",
    "reservation/NormalizedUnitsPerReservation", "reservation/NumberOfReservations",
    "reservation/RecurringFeeForUsage", "reservation/ReservationARN", "reservation/StartTime",
    "reservation/SubscriptionId", "reservation/TotalReservedNormalizedUnits",
    "reservation/TotalReservedUnits", "reservation/UnitsPerReservation",
    "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod",
    "reservation/UnusedNormalizedUnitQuantity", "reservation/UnusedQuantity",
    "reservation/UnusedRecurringFee", "reservation/UpfrontValue",
    "savingsPlan/TotalCommitmentToDate", "savingsPlan/SavingsPlanARN",
    "savingsPlan/SavingsPlanRate", "savingsPlan/UsedCommitment",
    "savingsPlan/SavingsPlanEffectiveCost",
    "savingsPlan/AmortizedUpfrontCommitmentForBillingPeriod",
    "savingsPlan/RecurringCommitmentForBillingPeriod", "savingsPlan/StartTime",
    "savingsPlan/EndTime", "savingsPlan/OfferingType", "savingsPlan/PaymentOption",
    "savingsPlan/PurchaseTerm", "savingsPlan/Region",
)  # fmt: skip

_VCPU_MEM: Final = {
    "t2": (2, 8), "t3": (2, 8), "m4": (4, 16), "m5": (4, 16), "m6g": (4, 16),
    "c5": (8, 16), "r5": (4, 32),
}  # fmt: skip
_SIZE_MULT: Final = {"large": 0.5, "xlarge": 1, "2xlarge": 2, "4xlarge": 4, "9xlarge": 9}
_FAMILY_NAME: Final = {"t": "General purpose", "m": "General purpose", "c": "Compute optimized",
                       "r": "Memory optimized"}  # fmt: skip

# kind -> (ProductCode, ProductName, usage-type suffix, operation, pricing unit, family)
_KINDS: Final = {
    "ec2": ("AmazonEC2", "Amazon Elastic Compute Cloud", "BoxUsage:{sku}", "RunInstances",
            "Hrs", "Compute Instance"),
    "ebs": ("AmazonEC2", "Amazon Elastic Compute Cloud", "EBS:VolumeUsage.{sku}",
            "CreateVolume-{Sku}", "GB-Mo", "Storage"),
    "snapshot": ("AmazonEC2", "Amazon Elastic Compute Cloud", "EBS:SnapshotUsage",
                 "CreateSnapshot", "GB-Mo", "Storage Snapshot"),
    "eip": ("AmazonVPC", "Amazon Virtual Private Cloud", "PublicIPv4:IdleAddress",
            "AllocateAddressVPC", "Hrs", "VPC Public IPv4 Address"),
    "alb": ("AWSELB", "Elastic Load Balancing", "LoadBalancerUsage",
            "LoadBalancing:Application", "Hrs", "Load Balancer-Application"),
    "nat": ("AmazonEC2", "Amazon Elastic Compute Cloud", "NatGateway-Hours", "NatGateway",
            "Hrs", "NAT Gateway"),
    "eks": ("AmazonEKS", "Amazon Elastic Container Service for Kubernetes",
            "AmazonEKS-Hours:perCluster", "CreateOperation", "Hours", "Compute"),
    "rds": ("AmazonRDS", "Amazon Relational Database Service", "InstanceUsage:{sku}",
            "CreateDBInstance:0014", "Hrs", "Database Instance"),
    "s3": ("AmazonS3", "Amazon Simple Storage Service", "TimedStorage-ByteHrs",
           "StandardStorage", "GB-Mo", "Storage"),
    "transfer": ("AWSDataTransfer", "AWS Data Transfer", "DataTransfer-Out-Bytes", "",
                 "GB", "Data Transfer"),
    "cloudfront": ("AmazonCloudFront", "Amazon CloudFront", "DataTransfer-Out-Bytes", "GET",
                   "GB", "Data Transfer"),
    "logs": ("AmazonCloudWatch", "AmazonCloudWatch", "DataProcessing-Bytes", "PutLogEvents",
             "GB", "Data Payload"),
    "lambda": ("AWSLambda", "AWS Lambda", "Lambda-GB-Second", "Invoke", "Lambda-GB-Second",
               "Serverless"),
    "dynamodb": ("AmazonDynamoDB", "Amazon DynamoDB", "WriteRequestUnits", "PutItem",
                 "WriteRequestUnits", "Amazon DynamoDB PayPerRequest Throughput"),
}  # fmt: skip


def product_sku(*parts: str) -> str:
    return stable_id("sku", *parts, length=12).upper().replace("0", "Q")


def product_columns(res: Resource) -> dict[str, str]:
    """lineItem/product/pricing columns that depend only on the resource, not the day."""
    code, name, utype, operation, unit, family = _KINDS[res.kind]
    utype = utype.format(sku=res.sku, Sku=res.sku.capitalize())
    region_prefix = "EU" if res.kind == "cloudfront" else REGION_PREFIX[res.region]
    usage_type = f"{region_prefix}-{utype}"
    sku = product_sku(res.kind, res.sku, res.region)
    cols = {
        "lineItem/ProductCode": code,
        "lineItem/UsageType": usage_type,
        "lineItem/Operation": operation,
        "product/ProductName": name,
        "product/location": REGION_NAME[res.region],
        "product/locationType": "AWS Region",
        "product/operation": operation,
        "product/productFamily": family,
        "product/region": res.region,
        "product/regionCode": res.region,
        "product/servicecode": code,
        "product/servicename": name,
        "product/sku": sku,
        "product/usagetype": usage_type,
        "pricing/RateCode": f"{sku}.JRTCKXETXF.6YS6EN2CT7",
        "pricing/RateId": str(int(stable_id("rate", sku, length=8), 16)),
        "pricing/currency": "EUR",
        "pricing/publicOnDemandRate": dec(res.unit_price, 10),
        "pricing/term": "OnDemand",
        "pricing/unit": unit,
    }
    if res.kind in ("ec2", "rds"):
        family_code, size = res.sku.removeprefix("db.").split(".")
        vcpu, mem = _VCPU_MEM.get(family_code, (4, 32))
        mult = _SIZE_MULT.get(size, 1)
        cols |= {
            "product/instanceType": res.sku,
            "product/instanceFamily": _FAMILY_NAME.get(family_code[0], "General purpose"),
            "product/currentGeneration": "No" if family_code in ("t2", "m4") else "Yes",
            "product/vcpu": str(int(vcpu * mult)),
            "product/memory": f"{int(mem * mult)} GiB",
            "lineItem/NormalizationFactor": dec(8 * mult, 2),
            "lineItem/AvailabilityZone": f"{res.region}{'abc'[len(res.name) % 3]}",
        }
        if res.kind == "ec2":
            cols |= {"product/operatingSystem": "Linux", "product/tenancy": "Shared"}
            cols["lineItem/LineItemDescription"] = (
                f"EUR {dec(res.unit_price, 4)} per On Demand Linux {res.sku} Instance Hour"
            )
        else:
            cols |= {"product/databaseEngine": "PostgreSQL", "product/deploymentOption": "Multi-AZ"}
            cols["lineItem/LineItemDescription"] = (
                f"EUR {dec(res.unit_price, 4)} per RDS {res.sku} Multi-AZ instance hour "
                "running PostgreSQL"
            )
    elif res.kind == "ebs":
        cols["product/volumeApiName"] = res.sku
        cols["lineItem/LineItemDescription"] = (
            f"EUR {dec(res.unit_price, 3)} per GB-month of General Purpose ({res.sku}) "
            f"provisioned storage - {REGION_NAME[res.region]}"
        )
    elif res.kind == "s3":
        cols["product/storageClass"] = "General Purpose"
        cols["lineItem/LineItemDescription"] = (
            f"EUR {dec(res.unit_price, 4)} per GB - first 50 TB / month of storage used"
        )
    elif res.kind in ("transfer", "cloudfront"):
        cols["product/transferType"] = "AWS Outbound"
        cols["lineItem/LineItemDescription"] = (
            f"EUR {dec(res.unit_price, 3)} per GB - first 10 TB / month data transfer out "
            "beyond the global free tier"
        )
    else:
        cols["lineItem/LineItemDescription"] = (
            f"EUR {dec(res.unit_price, 7)} per {unit} for {usage_type} in {REGION_NAME[res.region]}"
        )
    return cols
