#!/usr/bin/env python3
"""Writes a sandbox catalogue at Wix's limits, for `make growth`.

    scripts/catalogue.py PLANS [TODAY] > catalogue.toml

PLANS plans (at most 150) spread over three apps (at most 50 each), with
the countries of the built-in demo catalogue. Most plans carry ten
prices: monthly, every 2, 3 and 6 months, yearly, every 2, 3, 4 and 5
years, and one-time, a quarter of them on sale; every fifth is
usage-based, and every seventh is bought once. With TODAY (2026-12-06)
the sales' dates count from that day, so every answer is the same on
any day (scripts/golden.sh).
"""

import pathlib
import sys

DEMO = pathlib.Path(__file__).resolve().parent.parent / "src" / "sandbox" / "catalogue.toml"
APPS = [
    ("5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10", "FormFlow"),
    ("9c4e2a61-7b3f-4d25-8e1a-63f0c5d8b7e2", "TextBlast SMS"),
    ("0d8f6b2a-41c3-4e7d-9a5b-2c6e8f1a3b47", "ShipSmart"),
]
CYCLES = [
    '"monthly"',
    '{ cycleType = "RECURRING", cycleDuration = { unit = "MONTH", count = 2 } }',
    '{ cycleType = "RECURRING", cycleDuration = { unit = "MONTH", count = 3 } }',
    '{ cycleType = "RECURRING", cycleDuration = { unit = "MONTH", count = 6 } }',
    '"yearly"',
    '"two-years"',
    '"three-years"',
    '{ cycleType = "RECURRING", cycleDuration = { unit = "YEAR", count = 4 } }',
    '{ cycleType = "RECURRING", cycleDuration = { unit = "YEAR", count = 5 } }',
    '"one-time"',
]
SALE = 'sale = { percent_off = "20", sale_type = "BLACK_FRIDAY", started_days_ago = 1, ends_in_days = 6 }'


def plan(n):
    usd = 5 + 3 * n
    lines = [
        "[[apps.plans]]",
        f'vendor_id = "plan-{n}"',
        f'name = "Plan {n}"',
        f'benefits = ["Benefit A of plan {n}", "Benefit B", "Benefit C", "Benefit {n % 7}"]',
    ]
    if n % 5 == 4:
        lines += [
            "[[apps.plans.prices]]",
            'cycle = "monthly"',
            f'usage = {{ increment = "0.01", base_fee = "{usd}", description = "Charged per unit beyond the included {n * 100}" }}',
        ]
    elif n % 7 == 6:
        lines += ["[[apps.plans.prices]]", 'cycle = "one-time"', f'usd = "{usd * 20}"']
    else:
        for i, cycle in enumerate(CYCLES):
            # Longer cycles cost less a month; one-time costs two years.
            price = usd * 24 if cycle == '"one-time"' else round(usd * (1 - 0.03 * i), 2)
            lines += ["[[apps.plans.prices]]", f"cycle = {cycle}", f'usd = "{price}"']
            if n % 4 == 0 and i == 0:
                lines.append(SALE)
    return "\n".join(lines)


def main():
    count = int(sys.argv[1])
    today = sys.argv[2] if len(sys.argv) > 2 else None
    if not 1 <= count <= 150:
        sys.exit("PLANS must be 1 to 150: three apps of at most 50 plans")
    demo = DEMO.read_text()
    # The demo's settings and countries: everything before its first app.
    head = demo[: demo.index("[[apps]]")]
    out = [head.rstrip(), ""]
    if today:
        # A top-level key: before the first table of the catalogue.
        out.insert(0, f'today = "{today}"')
    per_app = [count // 3 + (1 if i < count % 3 else 0) for i in range(3)]
    n = 0
    for (app_id, name), plans in zip(APPS, per_app):
        if plans == 0:
            continue
        out += ["[[apps]]", f'id = "{app_id}"', f'name = "{name}"', f'secret = "sandbox-{n}-secret"', ""]
        for _ in range(plans):
            out += [plan(n), ""]
            n += 1
    print("\n".join(out))


if __name__ == "__main__":
    main()
