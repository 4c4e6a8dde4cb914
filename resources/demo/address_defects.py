"""Defects that turn a correct address record into an incorrect one (generate_addresses.py).

Each defect mutates a record built by generate_addresses.make_record and is chosen so that
the record is wrong by the rules a data-quality reviewer applies, not by a quirk of the
generator: a place name never contains digits or symbols, a postcode has six digits, a
mobile number has eleven digits starting 13-19, every labelled field has a value, the
address names city, district and a street-level location in that order, and so on.
Correct records never break these rules, so each label is decidable from the text alone.
"""
import copy
import random

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SYMBOL_RUNS = ["#?@!", "@@", "###", "?!", "*&^", "$%", "~~", "<>", "|", "\\", "//", "□□", "�", "锟斤拷", "？？？", "★"]
PLACEHOLDERS = ["无", "暂无", "待补充", "不详", "null", "N/A", "XXX", "-", "未知"]
LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"


def field(rec, key):
    for f in rec["fields"]:
        if f[0] == key:
            return f
    return None


def ensure_field(rec, key):
    """The field a defect corrupts; the generator only hands a defect records whose layout
    has every field in the defect's `needs`, so that a field's presence or position never
    gives the label away."""
    f = field(rec, key)
    if f is None:
        raise ValueError(f"record has no {key} field")
    return f


def needs(*keys):
    def mark(fn):
        fn.needs = set(keys)
        return fn
    return mark


def addr_segments(rec):
    return field(rec, "addr")[2]


def segment_index(segs, kinds):
    return [i for i, (k, _) in enumerate(segs) if k in kinds]


def insert_at(rng, text, piece, keep_suffix=True):
    """Insert piece inside text, before its last character when that is a 市/区/路-like suffix."""
    if keep_suffix and len(text) >= 2 and rng.random() < 0.5:
        pos = rng.randint(1, len(text) - 1)
    else:
        pos = len(text)
    return text[:pos] + piece + text[pos:]


def phone_digits(phone):
    return "".join(c for c in phone if c.isdigit())


def fresh_mobile(rng):
    return rng.choice(("13", "15", "18", "17", "19")) + "".join(rng.choice("0123456789") for _ in range(9))


# ---------------------------------------------------------------- the defects

def digits_in_place(rng, rec, pools):
    segs = addr_segments(rec)
    # Mostly the most common shape, a number right after 省/市/区 (北京市1234海淀区); sometimes
    # inside a road or community name (学院34路).
    boundary = segment_index(segs, {"province", "city", "district", "subdistrict", "town"})
    inner = segment_index(segs, {"street", "community"})
    idx = rng.choice(boundary if not inner or rng.random() < 0.75 else inner)
    kind, text = segs[idx]
    run = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 4)))
    if kind in ("street", "community") or rng.random() < 0.3:
        # Strictly inside the name: appended to a road or community the digits would merge
        # with the house number that follows and look like a (long) number, not a defect.
        pos = rng.randint(1, len(text) - 1)
        segs[idx] = (kind, text[:pos] + run + text[pos:])
    else:  # like 北京市1234海淀区: a number between two place names
        segs[idx] = (kind, text + run)


def garbage_symbols(rng, rec, pools):
    run = rng.choice(SYMBOL_RUNS)
    segs = addr_segments(rec)
    r = rng.random()
    streets = segment_index(segs, {"street"})
    if r < 0.3 and streets:  # like 广州市天河区#?@!路: the road name is garbage
        i = streets[0]
        kind, text = segs[i]
        suffix = "路" if text.endswith("路") else text[-1]
        segs[i] = (kind, run + suffix)
    elif r < 0.8:
        i = rng.randrange(len(segs))
        segs[i] = (segs[i][0], insert_at(rng, segs[i][1], run))
    else:
        f = rng.choice([f for f in rec["fields"] if f[0] != "addr"] or rec["fields"])
        if f[0] == "addr":
            segs.append(("junk", run))
        else:
            f[2] = insert_at(rng, f[2], run)


@needs("postcode")
def postcode_length(rng, rec, pools):
    f = ensure_field(rec, "postcode")
    pc = f[2]
    new_len = rng.choice((3, 4, 4, 5, 7, 8, 8, 9))  # e.g. an 8-digit 10010222
    if new_len < 6:
        f[2] = pc[:new_len]
    else:
        f[2] = pc + "".join(rng.choice("0123456789") for _ in range(new_len - 6))


@needs("postcode")
def postcode_letters(rng, rec, pools):
    f = ensure_field(rec, "postcode")
    pc = list(f[2])
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(pc))
        pc[i] = rng.choice("OolI" if pc[i] in "01" else LETTERS)
    f[2] = "".join(pc)


@needs("phone")
def phone_length(rng, rec, pools):
    f = ensure_field(rec, "phone")
    if "-" in f[2] and not f[2].startswith("1"):  # landline: wrong local length
        area, local = f[2].split("-", 1)
        local = local[:rng.choice((4, 5, 6))] if rng.random() < 0.6 else local + "".join(
            rng.choice("0123456789") for _ in range(rng.randint(1, 2)))
        f[2] = f"{area}-{local}"
        return
    number = phone_digits(f[2])
    if rng.random() < 0.5:
        number = number[:rng.choice((6, 7, 8, 9, 10))]
    else:
        number = number + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 2)))
    f[2] = number


@needs("phone")
def phone_letters(rng, rec, pools):
    f = ensure_field(rec, "phone")
    chars = list(f[2])
    positions = [i for i, c in enumerate(chars) if c.isdigit() and i > 0]
    for i in rng.sample(positions, rng.randint(1, 3)):
        chars[i] = rng.choice(LETTERS)
    f[2] = "".join(chars)


@needs("phone")
def phone_prefix(rng, rec, pools):
    f = ensure_field(rec, "phone")
    number = phone_digits(f[2])
    if len(number) != 11 or not number.startswith("1"):  # a landline: write a mobile instead
        number = fresh_mobile(rng)
    bad = rng.choice(["10", "11", "12"] + [str(d) for d in range(2, 10)])
    f[2] = bad + number[len(bad):] if len(bad) == 2 else bad + number[1:]


def missing_part(rng, rec, pools):
    segs = addr_segments(rec)
    r = rng.random()
    if r < 0.45:  # address stops at the district: no street, community or village
        keep = [s for s in segs if s[0] in ("province", "city", "district")]
        segs[:] = keep
    elif r < 0.75:  # no city and district: a street alone cannot be delivered to
        segs[:] = [s for s in segs if s[0] not in ("province", "city", "district")]
    else:  # the house number is missing
        segs[:] = [s for s in segs if s[0] != "number"]
        if not any(k in ("street", "community", "village") for k, _ in segs):
            segs[:] = [s for s in segs if s[0] in ("province", "city", "district")]


def empty_field(rng, rec, pools):
    labelled = [f for f in rec["fields"] if f[1] and f[0] != "addr"]
    if rng.random() < 0.7 and labelled:
        rng.choice(labelled)[2] = ""
    else:  # an empty part between separators: 张三，，北京市...
        rec["fields"].insert(rng.randint(1, len(rec["fields"])), ["empty", None, ""])
        if rec["sep"] == " ":
            rec["sep"] = "，"


def placeholder(rng, rec, pools):
    r = rng.random()
    if r < 0.4 and field(rec, "phone"):
        field(rec, "phone")[2] = rng.choice(PLACEHOLDERS)
    elif r < 0.6 and field(rec, "postcode"):
        field(rec, "postcode")[2] = rng.choice(PLACEHOLDERS)
    elif r < 0.8 and field(rec, "name"):
        field(rec, "name")[2] = rng.choice(["XXX", "某某", "无", "待补充", "测试", "test"])
    else:
        segs = addr_segments(rec)
        segs[:] = [s for s in segs if s[0] in ("province", "city", "district")]
        segs.append(("street", rng.choice(["XX路XX号", "xx街xx号", "某某路某号", "待补充", "详见备注"])))


def house_letters(rng, rec, pools):
    segs = addr_segments(rec)
    idx = segment_index(segs, {"number"})
    if not idx:
        segs.append(("number", "12号"))
        idx = [len(segs) - 1]
    kind, text = segs[idx[0]]
    positions = [i for i, c in enumerate(text) if c.isdigit()]
    i = rng.choice(positions)
    letter = rng.choice("abcdefghjkmnpqrstuvwxyz")  # lower case: 座 blocks are upper case
    segs[idx[0]] = (kind, text[:i] + letter + text[i:] if rng.random() < 0.5 else text[:i] + letter + text[i + 1:])


def duplicated_segment(rng, rec, pools):
    segs = addr_segments(rec)
    i = rng.choice(segment_index(segs, {"province", "city", "district", "street", "community", "town"}))
    segs.insert(i + 1, segs[i])


def swapped_order(rng, rec, pools):
    segs = addr_segments(rec)
    city = segment_index(segs, {"city"})[0]
    r = rng.random()
    if r < 0.45:  # 海淀区北京市...
        segs[city], segs[city + 1] = segs[city + 1], segs[city]
    elif r < 0.75 and segment_index(segs, {"number"}) and segment_index(segs, {"street", "community", "village"}):
        n = segment_index(segs, {"number"})[0]  # 29号学院路
        segs[n - 1], segs[n] = segs[n], segs[n - 1]
    else:  # the street comes before the city: 学院路29号北京市海淀区
        head = [s for s in segs if s[0] in ("province", "city", "district")]
        tail = [s for s in segs if s[0] not in ("province", "city", "district")]
        segs[:] = tail + head


def province_mismatch(rng, rec, pools):
    segs = addr_segments(rec)
    city = segment_index(segs, {"city"})[0]
    own = rec["city"][0]
    wrong = rng.choice([p for p in pools.province_names if p != own])
    if own is None or rng.random() < 0.5:  # a municipality inside a province: 河北省上海市
        if own is not None:
            muni = rng.choice(pools.municipality_names)
            segs[city] = ("city", muni)
        if segs[0][0] == "province":
            segs[0] = ("province", wrong)
        else:
            segs.insert(city, ("province", wrong))
    elif segs[0][0] == "province":
        segs[0] = ("province", wrong)
    else:
        segs.insert(city, ("province", wrong))


def fullwidth_mixed(rng, rec, pools):
    candidates = [f for f in rec["fields"] if f[0] in ("phone", "postcode")]
    segs = addr_segments(rec)
    if not candidates or rng.random() < 0.3:
        idx = segment_index(segs, {"number"})
        if idx:
            kind, text = segs[idx[0]]
            positions = [i for i, c in enumerate(text) if c.isdigit()]
            i = rng.choice(positions)
            segs[idx[0]] = (kind, text[:i] + text[i].translate(FULLWIDTH) + text[i + 1:])
            return
        return garbage_symbols(rng, rec, pools)  # unreachable: every record has a number
    f = rng.choice(candidates)
    chars = list(f[2])
    positions = [i for i, c in enumerate(chars) if c.isdigit()]
    for i in rng.sample(positions, rng.randint(1, max(1, len(positions) // 2))):
        chars[i] = chars[i].translate(FULLWIDTH)
    f[2] = "".join(chars)


@needs("postcode", "phone")
def fields_swapped(rng, rec, pools):
    pc = ensure_field(rec, "postcode")
    ph = ensure_field(rec, "phone")
    if not pc[1]:
        pc[1] = "邮编"
    if not ph[1]:
        ph[1] = "联系电话"
    pc[2], ph[2] = phone_digits(ph[2]), pc[2]


@needs("name")
def name_digits(rng, rec, pools):
    name = ensure_field(rec, "name")
    text = name[2]
    name[2] = insert_at(rng, text, str(rng.randint(0, 99)), keep_suffix=True)


# (weight, function).  The four basic kinds (digits inside a place name, symbol garbage in a
# road name, a postcode of the wrong length, letters in a phone number) weigh most.  Kinds a
# reader can only catch by counting or comparing spans (lengths, duplicates, order, province)
# are kept to about a quarter of the defects: they are real, but a model trained on a few thousand records
# should mostly be judged on defects it can see.
DEFECTS = [
    (16, digits_in_place), (11, garbage_symbols), (7, postcode_length), (5, postcode_letters),
    (7, phone_length), (6, phone_letters), (6, phone_prefix), (7, missing_part), (6, empty_field),
    (6, placeholder), (5, house_letters), (3, duplicated_segment), (3, swapped_order),
    (2, province_mismatch), (5, fullwidth_mixed), (2, fields_swapped), (3, name_digits),
]


def pick_defect(rng: random.Random, kinds=None):
    """A defect drawn by weight, from `kinds` (names) when given, else from all of them."""
    pool = [(w, fn) for w, fn in DEFECTS if kinds is None or fn.__name__ in kinds]
    return rng.choices([fn for _, fn in pool], weights=[w for w, _ in pool])[0]


def apply_defect(rng: random.Random, fn, rec, pools):
    """A corrupted copy of rec; rec itself is left as it was."""
    bad = copy.deepcopy(rec)
    fn(rng, bad, pools)
    return bad
