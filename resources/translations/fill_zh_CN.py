#!/usr/bin/env python3
"""Fills assay_zh_CN.ts with the Chinese UI strings below.

Workflow after changing UI text: run lupdate (see README in this folder's
parent CMake: `lupdate -no-obsolete widgets app/gui -ts resources/translations/*.ts`),
add the new strings here, then run this script. A source without an entry
stays "unfinished" and the UI shows the English text for it.
"""
import html
import pathlib
import re
import sys

ZH = {
    "%1 samples · %2 labeled · train %3 · test %4": "%1 个样本 · 已标注 %2 · 训练 %3 · 测试 %4",
    "%1+ samples (scroll for more)": "%1+ 个样本（滚动加载更多）",
    "%n sample(s)": "%n 个样本",
    "&About Assay": "关于 Assay(&A)",
    "&Close Project": "关闭项目(&C)",
    "&Edit": "编辑(&E)",
    "&Export Data…": "导出数据(&E)…",
    "&File": "文件(&F)",
    "&Help": "帮助(&H)",
    "&Import Data…": "导入数据(&I)…",
    "&Language": "语言(&L)",
    "&New Project…": "新建项目(&N)…",
    "&Open Project…": "打开项目(&O)…",
    "&Quit": "退出(&Q)",
    "&Undo Label": "撤销标注(&U)",
    "&View": "视图(&V)",
    "(none)": "（无）",
    "About Assay": "关于 Assay",
    "All annotators": "全部标注员",
    "All labels": "全部标签",
    "All samples": "全部样本",
    "All splits": "全部划分",
    "Annotate": "标注",
    "Annotator &Name…": "标注员姓名(&N)…",
    "Annotator Name": "标注员姓名",
    "Annotator: %1": "标注员：%1",
    "Annotators": "标注员",
    "Annotators disagree": "标注不一致",
    "Annotators disagree, or the same text carries another label elsewhere": "标注员意见不一致，或相同文本在别处带有不同标签",
    "Answer": "回答",
    "Assay": "Assay",
    "Assay %1 — a workbench for reward models: label, train, review.": "Assay %1 —— 奖励模型工作台：标注、训练、审核。",
    "Assay projects (*.assay)": "Assay 项目 (*.assay)",
    "Assay — %1": "Assay — %1",
    "Browse…": "浏览…",
    "Cancel": "取消",
    "Choose a file to import.": "请选择要导入的文件。",
    "Choose where to write.": "请选择输出位置。",
    "Current label: %1 (%2)": "当前标签：%1（%2）",
    "Data files (*.json *.jsonl *.txt);;All files (*)": "数据文件 (*.json *.jsonl *.txt);;所有文件 (*)",
    "Data files (*.json *.jsonl);;All files (*)": "数据文件 (*.json *.jsonl);;所有文件 (*)",
    "Dataset": "数据集",
    "Detect automatically": "自动识别",
    "End of the queue. Press ← to go back, or start a new queue.": "队列已结束。按 ← 返回，或开始新队列。",
    "Export": "导出",
    "Export cancelled; no file written.": "导出已取消，未写入文件。",
    "Export data": "导出数据",
    "Export failed: %1": "导出失败：%1",
    "Exporting…": "正在导出…",
    "Export…": "导出…",
    "File:": "文件：",
    "Flagged": "已标记",
    "Flags": "标记",
    "Format:": "格式：",
    "Forward →": "前进 →",
    "ID": "ID",
    "Import": "导入",
    "Import Data": "导入数据",
    "Import cancelled: the project is unchanged.": "导入已取消：项目未改变。",
    "Import data": "导入数据",
    "Import failed: %1": "导入失败：%1",
    "Imported %1 records, skipped %2, duplicates %3.": "已导入 %1 条，跳过 %2 条，重复 %3 条。",
    "Importing %1…": "正在导入 %1…",
    "Import…": "导入…",
    "KTO JSONL": "KTO JSONL",
    "Label": "标签",
    "Label undone.": "已撤销标注。",
    "Labeled %1 / %2   ·   today %3   ·   %4 per hour   ·   %5 of %6 in queue":
        "已标注 %1 / %2   ·   今日 %3   ·   每小时 %4   ·   队列 %5 / %6",
    "Labelling scheme:": "标注方案：",
    "Labels are saved under this name:": "标注将以此姓名保存：",
    "Labels by:": "标注员：",
    "Language": "语言",
    "New Project": "新建项目",
    "New queue": "新队列",
    "No project open — File ▸ Open Project, or drop a .assay file here": "未打开项目 —— 文件 ▸ 打开项目，或将 .assay 文件拖到此处",
    "Not labeled yet": "尚未标注",
    "Not written — %1": "未写入 —— %1",
    "Nothing imported: the file could not be read. The project is unchanged.": "未导入：无法读取该文件。项目未改变。",
    "Nothing to label: every text sample has a label.": "没有待标注样本：所有文本样本均已标注。",
    "Open &Recent": "最近的项目(&R)",
    "Open Project": "打开项目",
    "Open or create a project first, then drop the file again.": "请先打开或新建项目，然后再次拖入文件。",
    "Order:": "顺序：",
    "Output file:": "输出文件：",
    "Question": "问题",
    "Random (seeded)": "随机（固定种子）",
    "Re-split all samples": "重新划分全部样本",
    "Samples": "样本数",
    "Search text…": "搜索文本…",
    "Seed:": "种子：",
    "Sequential": "顺序",
    "Set your annotator name first (Edit ▸ Annotator name).": "请先设置标注员姓名（编辑 ▸ 标注员姓名）。",
    "Skip (S)": "跳过 (S)",
    "Split": "划分",
    "Split:": "划分：",
    "Style JSON (seed 000)": "风格 JSON（seed 000）",
    "System default": "跟随系统",
    "TRL chosen/rejected JSONL": "TRL chosen/rejected JSONL",
    "Test fraction:": "测试集比例：",
    "Test split": "测试集",
    "Text": "文本",
    "Text JSONL": "文本 JSONL",
    "The import report appears here: counts, and every skipped record with its line.": "导入报告显示在这里：数量统计，以及每条被跳过记录的行号。",
    "The new language applies when Assay starts again.": "新语言将在 Assay 重新启动后生效。",
    "Train / test split": "训练 / 测试划分",
    "Train split": "训练集",
    "Undo (Ctrl+Z)": "撤销 (Ctrl+Z)",
    "Unlabeled": "未标注",
    "Unlabeled text / JSONL": "未标注文本 / JSONL",
    "User question": "用户问题",
    "Wrote %1 records (%2 bytes) to %3.": "已写入 %1 条记录（%2 字节）到 %3。",
    "annotators disagree": "标注不一致",
    "completion": "补全",
    "correctness (正确 / 错误)": "正确性（正确 / 错误）",
    "pair": "偏好对",
    "skipped (%1): %2": "跳过（%1）：%2",
    "style (售前, 售后, 诚实, 有帮助, 无伤害)": "风格（售前、售后、诚实、有帮助、无伤害）",
    "test": "测试",
    "train": "训练",
    "unassigned": "未划分",
    "unlabeled": "未标注",
    "—": "—",
    "… and %1 more": "…… 另有 %1 条",
    "← Back": "← 返回",
    '"tiny" trains the small built-in model from scratch; or a local Qwen2 checkpoint directory': '"tiny" 从零训练内置小模型；或填写本地 Qwen2 检查点目录',
    '%1 records predicted · the model disagrees with the human label on %2': '已预测 %1 条 · 其中 %2 条与人工标签不一致',
    '%1 samples (train %2, test %3)': '%1 个样本（训练 %2，测试 %3）',
    ', accuracy %1, macro F1 %2': '，准确率 %1，宏平均 F1 %2',
    ', pairwise accuracy %1, margin %2, chosen %3±%4, rejected %5±%6': '，成对准确率 %1，间隔 %2，chosen %3±%4，rejected %5±%6',
    'A training run is already in progress.': '已有训练正在进行。',
    'Accuracy and F1': '准确率与 F1',
    'All records': '全部记录',
    'Best %1 · %2 tokens/s · %3 s': '最佳 %1 · %2 token/秒 · %3 秒',
    'Best metric': '最佳指标',
    'Cannot run the model: %1': '无法运行模型：%1',
    'Cannot start: %1': '无法开始：%1',
    'Choose a model and press Run model.': '请选择模型，然后点击“运行模型”。',
    'Choose a model directory first.': '请先选择模型目录。',
    'Chosen vs rejected rewards': 'chosen 与 rejected 奖励分布',
    'Confidence': '置信度',
    'Confusion matrix (latest evaluation)': '混淆矩阵（最近一次评估）',
    'Data': '数据',
    'Finished: %1 steps.': '已完成：%1 步。',
    'GUI latency p50 %1 ms · p99 %2 ms': '界面延迟 p50 %1 毫秒 · p99 %2 毫秒',
    'Human label': '人工标签',
    'Keys: A accept prediction · K keep human label · 1–9 / Y / N pick a label · S skip': '按键：A 采纳预测 · K 保留人工标签 · 1–9 / Y / N 选择标签 · S 跳过',
    'LoRA (--use_peft)': 'LoRA（--use_peft）',
    'Loading %1…': '正在加载 %1…',
    'Loss': '损失',
    'Low confidence': '低置信度',
    'Model': '模型',
    'Model checkpoint directory': '模型检查点目录',
    'Model directory': '模型目录',
    'Model disagrees with the human label': '模型与人工标签不一致',
    'Model:': '模型：',
    'Not reviewed by me': '我尚未审核',
    'Open a project, then press Start.': '请打开项目，然后点击“开始”。',
    'Open in Review': '在审核中打开',
    'Output directory': '输出目录',
    'Output directory:': '输出目录：',
    'PR curve': 'PR 曲线',
    'Pairs': '对数',
    'Pause': '暂停',
    'Paused (takes effect before the next step)': '已暂停（在下一步之前生效）',
    'Precision': '精确率',
    'Precision / recall of "correct"': '“正确”的精确率 / 召回率',
    'Predicted': '预测',
    'Predicting %1 / %2…': '正在预测 %1 / %2…',
    'Prediction cancelled.': '预测已取消。',
    'Probabilities': '各类概率',
    'Recall': '召回率',
    'Resume': '继续',
    'Review': '审核',
    'Reward': '奖励',
    'Run history': '训练历史',
    'Run model': '运行模型',
    'Score': '分数',
    'Show:': '显示：',
    'Start': '开始',
    'Started': '开始时间',
    'Status': '状态',
    'Step': '步数',
    'Step %1 / %2   ·   ETA %3': '第 %1 / %2 步   ·   预计剩余 %3',
    'Stop': '停止',
    'Stopped at step %1.': '已在第 %1 步停止。',
    'Stopping after the current step…': '当前步完成后停止…',
    'Task': '任务',
    'Task:': '任务：',
    'Threshold on P(correct):': 'P(正确) 阈值：',
    'Train': '训练',
    "Trained model directory (from the train pane's run history, or any checkpoint)": '已训练模型目录（来自训练历史，或任意检查点）',
    'Training failed: %1': '训练失败：%1',
    'Training…': '训练中…',
    'Training… (loading data and model)': '训练中…（正在加载数据和模型）',
    'True label': '真实标签',
    'Verdict': '审核结论',
    'checkpoint: %1': '检查点：%1',
    'chosen': 'chosen',
    'classify — N-way cross-entropy': 'classify —— N 类交叉熵',
    'confidence < ': '置信度 < ',
    'counting…': '统计中…',
    'counting…   ·   %1 of %2 in queue': '统计中…   ·   队列 %1 / %2',
    'each epoch': '每个 epoch',
    'eval loss': '验证损失',
    'eval step %1 (epoch %2): loss %3': '评估 第 %1 步（epoch %2）：损失 %3',
    'failed': '失败',
    'finished': '完成',
    'off': '关闭',
    'rejected': 'rejected',
    'reward — Bradley–Terry pairs': 'reward —— Bradley–Terry 成对',
    'stopped': '已停止',
    't = %1   ·   P ≥ t (predicted correct): %2   ·   P < t (predicted incorrect): %3   ·   precision %4   ·   recall %5': 't = %1   ·   P ≥ t（判为正确）：%2   ·   P < t（判为错误）：%3   ·   精确率 %4   ·   召回率 %5',
    'threshold': '阈值',
    'training loss': '训练损失',
    '…': '…',
    '✓ reviewed': '✓ 已审核',
}

EN_PLURALS = {"%n sample(s)": ("%n sample", "%n samples")}


def fill(path: pathlib.Path) -> int:
    text = path.read_text(encoding="utf-8")
    missing = 0

    def one(m: re.Match) -> str:
        nonlocal missing
        body = m.group(0)
        src = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        zh = ZH.get(src)
        if zh is None:
            missing += 1
            return body
        esc = html.escape(zh, quote=False)
        if "numerus=\"yes\"" in body:
            tr = f"<translation>\n            <numerusform>{esc}</numerusform>\n        </translation>"
        else:
            tr = f"<translation>{esc}</translation>"
        return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", lambda _: tr, body, flags=re.S)

    text = re.sub(r"<message(?: [^>]*)?>.*?</message>", one, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    return missing


if __name__ == "__main__":
    ts = pathlib.Path(__file__).with_name("assay_zh_CN.ts")
    left = fill(ts)
    print(f"{ts.name}: {left} string(s) without a Chinese entry")
    # English needs only its plural forms ("1 sample" / "2 samples").
    en = pathlib.Path(__file__).with_name("assay_en.ts")
    text = en.read_text(encoding="utf-8")
    for src, (one, many) in EN_PLURALS.items():
        text = re.sub(r"(<source>" + re.escape(src) + r"</source>\s*)<translation[^>]*?(/>|>.*?</translation>)",
                      lambda m: m.group(1) + f"<translation>\n            <numerusform>{one}</numerusform>\n"
                      f"            <numerusform>{many}</numerusform>\n        </translation>", text, flags=re.S)
    en.write_text(text, encoding="utf-8")
    sys.exit(0)
