#!/usr/bin/env python3
"""Checks of generate_addresses.py:  python3 -m unittest resources/demo/test_generate_addresses.py

Determinism, the held-out place split, the TRL correctness layout byte for byte, KTO labels,
label balance, and that each defect kind really breaks the rule it stands for.
"""
import io
import json
import pathlib
import re
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import address_defects  # noqa: E402
import address_places  # noqa: E402
import generate_addresses as gen  # noqa: E402


def field_value(text, label):
    m = re.search(label + r"[：:]([^，,；]*)", text)
    return m.group(1) if m else None


class GenerateAddressesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.train = gen.generate(3000, 42, "train")
        cls.test = gen.generate(1000, 42, "test")

    def test_same_seed_same_records_other_seed_other_records(self):
        self.assertEqual(gen.generate(200, 5, "train"), gen.generate(200, 5, "train"))
        self.assertNotEqual(gen.generate(200, 5, "train"), gen.generate(200, 6, "train"))

    def test_records_are_distinct_and_roughly_balanced(self):
        for records in (self.train, self.test):
            texts = [t for t, _, _ in records]
            self.assertEqual(len(texts), len(set(texts)))
            share = sum(c for _, c, _ in records) / len(records)
            self.assertGreater(share, 0.45)
            self.assertLess(share, 0.55)

    def test_defects_option_restricts_the_kinds(self):
        records = gen.generate(300, 3, "train", kinds={"postcode_length", "garbage_symbols"})
        self.assertEqual({d for _, _, d in records if d}, {"postcode_length", "garbage_symbols"})
        with self.assertRaises(SystemExit):
            gen.main(["--defects", "no_such_kind", "--count", "1"])

    def test_every_defect_kind_occurs(self):
        kinds = {d for _, _, d in self.train if d}
        self.assertEqual(kinds, {fn.__name__ for _, fn in address_defects.DEFECTS})

    def test_test_split_uses_no_train_city_district_street_or_surname(self):
        train_pools, test_pools = gen.Pools("train"), gen.Pools("test")
        train_cities = {c[1] for c in train_pools.cities if c[0] is not None}
        test_cities = {c[1] for c in test_pools.cities if c[0] is not None}
        self.assertTrue(test_cities)
        self.assertFalse(train_cities & test_cities)
        train_districts = {d for c in train_pools.cities for d in c[4]}
        test_districts = {d for c in test_pools.cities for d in c[4]}
        self.assertTrue(test_districts)
        self.assertFalse(train_districts & test_districts)
        self.assertFalse(set(train_pools.street_roots) & set(test_pools.street_roots))
        self.assertFalse(set(train_pools.surnames) & set(test_pools.surnames))
        # And the records themselves: no train district name appears in a test record.
        held_districts = sorted(train_districts, key=len, reverse=True)
        for text, _, defect in self.test:
            if defect in (None, "province_mismatch"):  # a mismatch may borrow a train city on purpose
                self.assertFalse([d for d in held_districts if d in text], text)

    def test_trl_layout_is_the_seeds(self):
        out = io.StringIO()
        gen.write_records(out, [("张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678", True, None),
                                ("张三，北京市朝阳区望京街道123号院5号楼，邮编：10010222，联系电话：13812345678", False, "x")],
                          "trl", "train")
        expected = """{
    "chosen": [
        {
            "content": "张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678",
            "role": "user"
        },
        {
            "content": "正确",
            "role": "assistant"
        }
    ],
    "rejected": [
        {
            "content": "张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678",
            "role": "user"
        },
        {
            "content": "错误",
            "role": "assistant"
        }
    ],
    "score_chosen": 1,
    "score_rejected": 0
}
{
    "chosen": [
        {
            "content": "张三，北京市朝阳区望京街道123号院5号楼，邮编：10010222，联系电话：13812345678",
            "role": "user"
        },
        {
            "content": "错误",
            "role": "assistant"
        }
    ],
    "rejected": [
        {
            "content": "张三，北京市朝阳区望京街道123号院5号楼，邮编：10010222，联系电话：13812345678",
            "role": "user"
        },
        {
            "content": "正确",
            "role": "assistant"
        }
    ],
    "score_chosen": 1,
    "score_rejected": 0
}
"""
        self.assertEqual(out.getvalue(), expected)

    def test_kto_lines_carry_the_label(self):
        out = io.StringIO()
        gen.write_records(out, self.train[:50], "kto", "train")
        lines = out.getvalue().splitlines()
        self.assertEqual(len(lines), 50)
        for line, (text, correct, _) in zip(lines, self.train):
            self.assertEqual(json.loads(line), {"prompt": text, "completion": "正确", "label": correct})

    def test_correct_records_follow_the_rules(self):
        for text, correct, _ in self.train:
            if not correct:
                continue
            postcode = field_value(text, "(?:邮编|邮政编码)")
            if postcode is not None:
                self.assertRegex(postcode, r"^\d{6}$", text)
            self.assertNotRegex(text, r"[#?@!$%&*^~<>|\\/□★�]", text)
            self.assertNotRegex(text, r"[０-９]", text)
            self.assertNotRegex(text, r"[，,]{2}|[：:][，,]|[：:]$", text)
            self.assertTrue(any(m in text for m in ("区", "市")), text)

    def test_defects_break_their_rule(self):
        by_kind = {}
        for text, _, defect in self.train:
            by_kind.setdefault(defect, []).append(text)
        for text in by_kind["postcode_length"]:
            self.assertNotRegex(field_value(text, "(?:邮编|邮政编码)"), r"^\d{6}$", text)
        for text in by_kind["postcode_letters"]:
            self.assertRegex(field_value(text, "(?:邮编|邮政编码)"), r"[A-Za-z]", text)
        for text in by_kind["phone_letters"]:
            self.assertRegex(text, r"\d[A-Za-z]|[A-Za-z]\d", text)
        for text in by_kind["fullwidth_mixed"]:
            self.assertRegex(text, r"[０-９]", text)
        for text in by_kind["garbage_symbols"]:
            self.assertRegex(text, r"[#?@!$%&*^~<>|\\/□★�]|锟斤拷|？？？", text)
        for text in by_kind["digits_in_place"]:
            self.assertRegex(text, r"(?:省|市|区|街道|镇)\d|\d+[^\d号栋幢单元室层组楼座\s，,\-：:]", text)

    def test_municipalities_and_provinces_are_real_names(self):
        for city, pc, area, districts in address_places.MUNICIPALITIES:
            self.assertTrue(city.endswith("市") and len(pc) == 3 and area.startswith("0") and districts)
        for province, cities in address_places.PROVINCES:
            self.assertRegex(province, r"(省|自治区)$")
            for city, pc, area, districts in cities:
                self.assertTrue(city.endswith("市") and re.fullmatch(r"\d{3}", pc) and area.startswith("0"))
                self.assertTrue(all(d.endswith("区") for d in districts), city)


if __name__ == "__main__":
    unittest.main()


class CommittedDemoFilesTest(unittest.TestCase):
    """The files in resources/demo that installer/run.sh imports are what they claim to be."""

    here = pathlib.Path(__file__).resolve().parent

    def test_style_demo_is_seed_000_format_and_balanced(self):
        raw = (self.here / "style_demo.json").read_text(encoding="utf-8")
        self.assertNotIn("\\u", raw)  # Chinese as UTF-8, not escapes
        samples = json.loads(raw)
        self.assertGreaterEqual(len(samples), 200)
        ids = {"售前": "sales_oriented", "售后": "after_sales", "诚实": "honesty", "有帮助": "helpful", "无伤害": "harmless"}
        counts = {}
        for s in samples:
            self.assertEqual(set(s), {"input", "label", "label_english", "metadata"})
            self.assertEqual(set(s["metadata"]), {"source", "scene"})
            self.assertEqual(ids[s["label"]], s["label_english"])
            self.assertRegex(s["input"], r"^用户问题：[^\n]+\n回答：[^\n]+$")
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        self.assertEqual(set(counts), set(ids))
        self.assertLessEqual(max(counts.values()), 2 * min(counts.values()))
        self.assertEqual(len({s["input"] for s in samples}), len(samples))

    def test_style_demo_is_what_build_style_demo_writes(self):
        import subprocess
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "style_demo.json"
            subprocess.run([sys.executable, str(self.here / "build_style_demo.py"), str(out)],
                           check=True, capture_output=True)
            self.assertEqual(out.read_bytes(), (self.here / "style_demo.json").read_bytes())

    def test_address_files_are_the_generators_output(self):
        for name, count, split in (("addresses_demo.trl.json", 8000, "train"),
                                   ("addresses_heldout.trl.json", 600, "test")):
            out = io.StringIO()
            gen.write_records(out, gen.generate(count, 42, split), "trl", split)
            self.assertEqual(out.getvalue(), (self.here / name).read_text(encoding="utf-8"), name)
