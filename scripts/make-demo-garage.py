#!/usr/bin/env python3
"""Generates resources/demo/demo-garage.json, the built-in demo garage (parkwatt-scenario/1).

A mid-size mixed-use building on a sunny spring weekday: 40 bays on two levels (half of them
bidirectional), 80 kWp of rooftop PV, a 120 kWh battery, office load by day and flats by night.
Deterministic (fixed seed), so the committed file can be regenerated and reviewed.
"""
import json
import math
import random
from datetime import datetime, timedelta, timezone

rng = random.Random(20260415)
tz = timezone(timedelta(hours=2))
start = datetime(2026, 4, 15, 0, 0, tzinfo=tz)
slots = 96  # 15-minute profile resolution over 24 h


def pv_kw(slot):
    hour = slot / 4 + 0.125
    if hour < 6.5 or hour > 20:
        return 0.0
    shape = math.sin(math.pi * (hour - 6.5) / 13.5) ** 1.6
    clouds = 1.0 - (0.35 if 12.5 < hour < 13.5 else 0.0)
    return round(80 * 0.82 * shape * clouds, 2)


def load_kw(slot):
    hour = slot / 4 + 0.125
    office = 55 * math.exp(-((hour - 12.5) / 3.6) ** 2) if 7 <= hour <= 19 else 0
    flats = 18 + 22 * math.exp(-((hour - 19.5) / 1.8) ** 2) + 8 * math.exp(-((hour - 7.5) / 1.0) ** 2)
    return round(office + flats, 2)


def price(slot):
    hour = slot / 4
    return 0.32 if 17 <= hour < 21 else (0.18 if hour < 6 else 0.25)


chargers = []
for i in range(40):
    level = 1 if i < 20 else 2
    bidirectional = i % 2 == 0
    chargers.append({
        "id": f"L{level}-{i % 20 + 1:02d}",
        "max_charge_kw": 11.0,
        "min_charge_kw": 4.1,
        "bidirectional": bidirectional,
        "max_discharge_kw": 11.0 if bidirectional else 0.0,
    })

sessions = []
count = 0
for charger in chargers:
    t = start
    # Residents overnight on some bays, then one or two commuters or visitors by day.
    kinds = []
    if rng.random() < 0.35:
        kinds.append("resident-morning")
    kinds.append("commuter" if rng.random() < 0.75 else "visitor")
    if rng.random() < 0.4:
        kinds.append("evening")
    for kind in kinds:
        if kind == "resident-morning":
            arrival = start
            departure = start + timedelta(hours=rng.uniform(6.5, 8.5))
        elif kind == "commuter":
            arrival = start + timedelta(hours=rng.uniform(7.0, 9.5))
            departure = arrival + timedelta(hours=rng.uniform(7.5, 9.5))
        elif kind == "visitor":
            arrival = start + timedelta(hours=rng.uniform(9, 15))
            departure = arrival + timedelta(hours=rng.uniform(1.0, 3.0))
        else:
            arrival = start + timedelta(hours=rng.uniform(18, 20.5))
            departure = start + timedelta(hours=23, minutes=59)
        if arrival < t:
            arrival = t + timedelta(minutes=10)
        if departure <= arrival + timedelta(minutes=30):
            continue
        arrival = arrival.replace(second=0, microsecond=0)
        departure = min(departure, start + timedelta(hours=24)).replace(second=0, microsecond=0)
        capacity = rng.choice([50, 58, 64, 77, 82, 100])
        arrival_soc = round(rng.uniform(15, 60), 1)
        target = round(min(95, arrival_soc + rng.uniform(15, 45)), 1)
        count += 1
        sessions.append({
            "id": f"S{count:03d}",
            "charger": charger["id"],
            "arrival": arrival.isoformat(),
            "departure": departure.isoformat(),
            "capacity_kwh": capacity,
            "arrival_soc_pct": arrival_soc,
            "target_soc_pct": target,
            "min_soc_pct": round(min(arrival_soc, 30.0), 1),
            "max_charge_kw": rng.choice([7.4, 11.0, 11.0]),
            "v2x": charger["bidirectional"] and rng.random() < 0.6,
        })
        t = departure

scenario = {
    "format": "parkwatt-scenario/1",
    "name": "demo-garage",
    "start": start.isoformat(),
    "duration_h": 24,
    "step_s": 60,
    "site": {
        "name": "Parkwatt Demo Garage",
        "grid": {"import_limit_kw": 400, "export_limit_kw": 30},
        "pv": [{"id": "roof", "peak_kw": 80}],
        "batteries": [{"id": "bess", "capacity_kwh": 120, "max_charge_kw": 60, "max_discharge_kw": 60,
                       "initial_soc_pct": 40, "min_soc_pct": 10, "max_soc_pct": 95,
                       "roundtrip_efficiency": 0.92}],
        "chargers": chargers,
    },
    "profiles": {
        "resolution_s": 900,
        "pv_kw": [pv_kw(s) for s in range(slots)],
        "load_kw": [load_kw(s) for s in range(slots)],
        "critical_load_kw": [round(0.3 * load_kw(s), 2) for s in range(slots)],
        "import_price_per_kwh": [price(s) for s in range(slots)],
        "export_price_per_kwh": 0.08,
    },
    "tariff": {"demand_charge_per_kw": 9.5},
    "sessions": sessions,
    "outages": [],
    "policy": {
        "peak_shaving": {"enabled": True, "import_limit_kw": 120},
        "self_sufficiency": {"enabled": True, "battery_grid_charging": False},
        "backup": {"enabled": True, "battery_reserve_pct": 20, "ev_reserve": True, "reserve_hours": 2},
        "v2b": {"enabled": True},
    },
}

with open("resources/demo/demo-garage.json", "w") as f:
    json.dump(scenario, f, indent=1)
print(f"{len(chargers)} chargers, {len(sessions)} sessions")

# The same garage as a site file whose devices `parkwatt-sim` serves on loopback: what
# `parkwattd run` (and the control room's live demo) controls. Bidirectional bays speak Parkwatt's
# own V2G map, the others an Alfen NG9xx; the grid meter is an Eastron SDM630, the PV and battery
# inverters speak SunSpec. Ports 16000-16042.
BASE_PORT = 16000
site_devices = [{"id": "meter", "role": "grid_meter", "profile": "eastron-sdm630",
                 "host": "127.0.0.1", "port": BASE_PORT, "unit": 1},
                {"id": "roof-inverter", "role": "pv_inverter", "profile": "sunspec-inverter",
                 "host": "127.0.0.1", "port": BASE_PORT + 41, "unit": 1},
                {"id": "bess-inverter", "role": "battery", "profile": "sunspec-storage",
                 "host": "127.0.0.1", "port": BASE_PORT + 42, "unit": 1}]
for i, charger in enumerate(chargers):
    site_devices.append({
        "id": f"{charger['id']}-evse", "role": "charger", "charger": charger["id"],
        "profile": "parkwatt-v2g" if charger["bidirectional"] else "alfen-ng9xx",
        "host": "127.0.0.1", "port": BASE_PORT + 1 + i, "unit": 1,
    })
site_file = {
    "format": "parkwatt-site/1",
    "site": scenario["site"],
    "devices": site_devices,
    "policy": scenario["policy"],
}
with open("resources/demo/demo-site.json", "w") as f:
    json.dump(site_file, f, indent=1)
print(f"site file: {len(site_devices)} devices on 127.0.0.1:{BASE_PORT}-{BASE_PORT + len(chargers) + 2}")
