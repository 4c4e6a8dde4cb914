#!/usr/bin/env python3
"""Generate Chinese address records labelled 正确/错误 for the correctness demo (seed 003).

A correct record looks like this one
    张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678
in one of several real-world layouts (with or without postcode, landline or mobile, recipient
first or last, ...).  An incorrect record is a correct one with one realistic defect: digits
inside a place name (北京市1234海淀区), symbol garbage (#?@!路), a postcode of the
wrong length, a bad phone number, and more (see DEFECTS).

--place-split train|test draws cities, districts, streets, towns and surnames from two
disjoint halves of the gazetteer, so that a model trained on the train split is measured on
place names it has never seen.  The split depends only on the names, never on --seed.

Output: the TRL correctness layout (pretty-printed objects one after another, no commas), KTO
JSONL, or a style-JSON-like array whose metadata names the defect.  Standard library only;
the same --seed always gives the same file.
"""
import argparse
import json
import random
import sys
import zlib

import address_places as places

LABEL_CORRECT, LABEL_INCORRECT = "正确", "错误"


# ---------------------------------------------------------------- place-name split

def drawn_for_test(name):
    """One quarter of all names is drawn for the test split, fixed by the name alone."""
    return zlib.crc32(name.encode("utf-8")) % 4 == 0


def train_side_characters():
    """Every character the train split can produce: its names plus the shared pools."""
    names = [p for p, _ in places.PROVINCES] + [m[0] for m in places.MUNICIPALITIES]
    for _, _, _, districts in places.MUNICIPALITIES:
        names += [d for d in districts if not drawn_for_test(d)]
    for _, cities in places.PROVINCES:
        for city, _, _, districts in cities:
            if not drawn_for_test(city):
                names += [city] + districts
    names += [n for n in places.STREET_ROOTS + places.SURNAMES + places.TOWNS if not drawn_for_test(n)]
    names += places.STREET_KINDS + places.COMMUNITY_KINDS + places.TOWER_KINDS
    return set("".join(names)) | set(places.GIVEN_CHARS)


TRAIN_CHARACTERS = train_side_characters()


def held_out(name):
    """Whether a name belongs to the test split.  Only names written entirely in characters
    the train split also uses are held out: the test should measure new names (李 as a
    surname never seen, 梧桐路 as a road never seen), not unknown characters, which a
    character vocabulary built from the training data could only read as <unk>."""
    return drawn_for_test(name) and set(name) <= TRAIN_CHARACTERS


def pick_side(items, split, key=lambda x: x):
    want_test = split == "test"
    return [it for it in items if held_out(key(it)) == want_test]


class Pools:
    """Everything one split may draw from."""

    def __init__(self, split):
        # Cities of provinces are split whole; municipalities are one city each, so their
        # districts are split instead.
        train_districts = set()
        for _, cities in places.PROVINCES:
            for city in cities:
                if not held_out(city[0]):
                    train_districts.update(city[3])
        for muni in places.MUNICIPALITIES:
            train_districts.update(d for d in muni[3] if not held_out(d))

        self.cities = []  # (province or None, city, postcode prefix, area code, districts)
        for city, pc, area, districts in places.MUNICIPALITIES:
            ds = pick_side(districts, split)
            if split == "test":
                ds = [d for d in ds if d not in train_districts and set(d) <= TRAIN_CHARACTERS]
            if ds:
                self.cities.append((None, city, pc, area, ds))
        for province, cities in places.PROVINCES:
            for city, pc, area, districts in pick_side(cities, split, key=lambda c: c[0]):
                ds = [d for d in districts
                      if split == "train" or (d not in train_districts and set(d) <= TRAIN_CHARACTERS)]
                if ds:
                    self.cities.append((province, city, pc, area, ds))
        self.province_names = [p for p, _ in places.PROVINCES]
        self.municipality_names = [m[0] for m in places.MUNICIPALITIES]
        self.street_roots = pick_side(places.STREET_ROOTS, split)
        self.surnames = pick_side(places.SURNAMES, split)
        self.towns = pick_side(places.TOWNS, split)


# ---------------------------------------------------------------- correct records

MOBILE_PREFIXES = (
    [f"13{d}" for d in range(10)] + ["145", "147", "149"] +
    [f"15{d}" for d in (0, 1, 2, 3, 5, 6, 7, 8, 9)] + ["166", "170", "171", "173", "175", "176", "177", "178"] +
    [f"18{d}" for d in range(10)] + ["191", "193", "195", "198", "199"])


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_mobile(rng):
    number = rng.choice(MOBILE_PREFIXES) + digits(rng, 8)
    style = rng.random()
    if style < 0.08:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style < 0.14:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    return number


def make_landline(rng, area):
    local_len = 8 if len(area) == 3 else rng.choice((7, 8))
    return f"{area}-{rng.choice('2345678')}{digits(rng, local_len - 1)}"


def make_name(rng, pools):
    surname = rng.choice(pools.surnames)
    r = rng.random()
    if r < 0.08:
        return surname + rng.choice(("先生", "女士"))
    given = rng.choice(places.GIVEN_CHARS)
    if r < 0.7:
        given += rng.choice(places.GIVEN_CHARS)
    return surname + given


def make_location(rng, pools):
    """Everything after the district, as (kind, text) segments."""
    segs = []
    shape = rng.random()
    if shape < 0.08:  # rural: town, village, group, number
        segs.append(("town", rng.choice(pools.towns) + "镇"))
        segs.append(("village", rng.choice(pools.street_roots) + "村"))
        segs.append(("number", f"{rng.randint(1, 12)}组{rng.randint(1, 199)}号"))
        return segs
    if shape < 0.2:  # a residential community without a road
        segs.append(("community", rng.choice(pools.street_roots) + rng.choice(places.COMMUNITY_KINDS)))
        segs.append(("number", f"{rng.randint(1, 40)}{rng.choice(('栋', '幢', '号楼'))}"
                               f"{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"))
        return segs
    if rng.random() < 0.15:
        segs.append(("subdistrict", rng.choice(pools.street_roots) + "街道"))
    segs.append(("street", rng.choice(pools.street_roots) + rng.choice(places.STREET_KINDS)))
    n = rng.choice((rng.randint(1, 99), rng.randint(1, 999), rng.randint(100, 2999)))
    tail = rng.random()
    if tail < 0.35:
        number = f"{n}号"
    elif tail < 0.55:
        number = f"{n}号院{rng.randint(1, 30)}号楼"
    elif tail < 0.75:
        number = (f"{n}号{rng.choice(pools.street_roots)}{rng.choice(places.COMMUNITY_KINDS)}"
                  f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 30)}{rng.randint(1, 4):02d}室")
    elif tail < 0.9:
        floor = rng.randint(2, 40)
        block = rng.choice(("", "", "", "A座", "B座", "C座"))
        number = (f"{n}号{rng.choice(pools.street_roots)}{rng.choice(places.TOWER_KINDS)}{block}"
                  f"{floor}层{floor}{rng.randint(1, 20):02d}室")
    else:
        number = f"{n}号{rng.randint(1, 20)}号楼{rng.randint(1, 28)}{rng.randint(1, 6):02d}"
    segs.append(("number", number))
    return segs


def make_address(rng, pools, city_entry):
    province, city, _, _, districts = city_entry
    segs = []
    if province and rng.random() < 0.75:
        segs.append(("province", province))
    segs.append(("city", city))
    segs.append(("district", rng.choice(districts)))
    return segs + make_location(rng, pools)


# Layouts: (name label, postcode label, phone label) with None for "absent" and "" for
# "present without a label"; the order lists which fields appear and where.
LAYOUTS = [
    (5, ["name", "addr", "postcode", "phone"], {"postcode": "邮编", "phone": "联系电话"}),
    (2, ["name", "addr", "phone"], {"phone": "联系电话"}),
    (1, ["name", "addr", "postcode", "phone"], {"name": "收件人", "addr": "地址", "postcode": "邮政编码", "phone": "电话"}),
    (1, ["name", "phone", "addr"], {}),
    (1, ["addr", "name", "phone"], {"phone": "手机"}),
    (1, ["addr"], {}),
    (1, ["addr", "postcode"], {"postcode": "邮编"}),
    (1, ["name", "phone", "addr", "postcode"], {"name": "联系人", "phone": "联系方式", "addr": "收货地址", "postcode": "邮编"}),
]


def make_record(rng, pools):
    city_entry = rng.choice(pools.cities)
    weights = [w for w, _, _ in LAYOUTS]
    _, order, labels = rng.choices(LAYOUTS, weights=weights)[0]
    phone_label = labels.get("phone")
    if phone_label != "手机" and rng.random() < 0.15:
        phone = make_landline(rng, city_entry[3])
    else:
        phone = make_mobile(rng)
    values = {
        "name": make_name(rng, pools),
        "addr": make_address(rng, pools, city_entry),
        "postcode": city_entry[2] + digits(rng, 3),
        "phone": phone,
    }
    sep = "，" if rng.random() < 0.9 else ","
    if not labels and rng.random() < 0.3:
        sep = " "  # courier-label style: 张三 13812345678 北京市...
    return {
        "city": city_entry,
        "fields": [[key, labels.get(key), values[key]] for key in order],
        "sep": sep,
        "colon": "：" if rng.random() < 0.9 else ":",
    }


def render(rec):
    parts = []
    for _, label, value in rec["fields"]:
        text = "".join(t for _, t in value) if isinstance(value, list) else value
        parts.append(f"{label}{rec['colon']}{text}" if label else text)
    return rec["sep"].join(parts)


# ---------------------------------------------------------------- output formats

def trl_record(text, correct):
    """TRL correctness layout: chosen ends with the right verdict, rejected with the wrong one; scores 1/0."""
    good, bad = (LABEL_CORRECT, LABEL_INCORRECT) if correct else (LABEL_INCORRECT, LABEL_CORRECT)
    return {
        "chosen": [{"content": text, "role": "user"}, {"content": good, "role": "assistant"}],
        "rejected": [{"content": text, "role": "user"}, {"content": bad, "role": "assistant"}],
        "score_chosen": 1,
        "score_rejected": 0,
    }


def write_records(out, records, fmt, split):
    if fmt == "trl":
        # Pretty-printed objects one after another without commas: the hand-written
        # multi-record layout that Assay's `trl` importer also accepts.
        for text, correct, _ in records:
            out.write(json.dumps(trl_record(text, correct), ensure_ascii=False, indent=4))
            out.write("\n")
    elif fmt == "kto":
        for text, correct, _ in records:
            out.write(json.dumps({"prompt": text, "completion": LABEL_CORRECT, "label": correct},
                                 ensure_ascii=False))
            out.write("\n")
    else:  # style-json-like: rm_train.py's training array, the defect kind kept in metadata for analysis
        rows = [{
            "input": text,
            "label": LABEL_CORRECT if correct else LABEL_INCORRECT,
            "label_english": "correct" if correct else "incorrect",
            "metadata": {"source": "generate_addresses.py", "scene": defect or "ok", "split": split},
        } for text, correct, defect in records]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2))
        out.write("\n")


def generate(count, seed, split, incorrect_ratio=0.5, kinds=None):
    import address_defects as defects
    rng = random.Random(f"{seed}:{split}")
    pools = Pools(split)
    seen, records = set(), []
    attempts = 0
    while len(records) < count:
        attempts += 1
        if attempts > count * 50:
            raise SystemExit(f"generate_addresses: cannot produce {count} distinct records")
        correct = rng.random() >= incorrect_ratio
        defect = None if correct else defects.pick_defect(rng, kinds)
        rec = make_record(rng, pools)
        if defect is not None:
            # Redraw until the layout has the fields the defect corrupts, rather than adding
            # them: an added field would be a giveaway no real data has.
            while not getattr(defect, "needs", set()) <= {f[0] for f in rec["fields"]}:
                rec = make_record(rng, pools)
            bad = defects.apply_defect(rng, defect, rec, pools)
            if render(bad) == render(rec):
                continue
            rec = bad
        text = render(rec)
        if text in seen:
            continue
        seen.add(text)
        records.append((text, correct, defect.__name__ if defect else None))
    return records


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=2000, help="number of records (default 2000)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    ap.add_argument("--format", choices=("trl", "kto", "style-json-like"), default="trl")
    ap.add_argument("--place-split", choices=("train", "test"), default="train",
                    help="draw place names and surnames from the train or the held-out test half")
    ap.add_argument("--incorrect-ratio", type=float, default=0.5, help="share of 错误 records (default 0.5)")
    ap.add_argument("--defects", help="comma-separated defect kinds to use (default: all; see --list-defects)")
    ap.add_argument("--list-defects", action="store_true", help="print the defect kinds and their weights, then exit")
    ap.add_argument("-o", "--output", help="output file (default: standard output)")
    args = ap.parse_args(argv)
    if args.count < 1:
        ap.error("--count must be at least 1")
    if not 0.0 <= args.incorrect_ratio <= 1.0:
        ap.error("--incorrect-ratio must be between 0 and 1")
    import address_defects
    known = {fn.__name__: w for w, fn in address_defects.DEFECTS}
    if args.list_defects:
        for name, weight in known.items():
            print(f"{name}\t{weight}")
        return 0
    kinds = None
    if args.defects:
        kinds = set(args.defects.split(","))
        unknown = sorted(kinds - set(known))
        if unknown:
            ap.error(f"unknown defect kind(s): {', '.join(unknown)} (see --list-defects)")
    records = generate(args.count, args.seed, args.place_split, args.incorrect_ratio, kinds)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            write_records(out, records, args.format, args.place_split)
    else:
        sys.stdout.reconfigure(encoding="utf-8")
        write_records(sys.stdout, records, args.format, args.place_split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
