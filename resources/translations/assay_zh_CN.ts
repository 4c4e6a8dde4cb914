<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>assay::AnnotatePane</name>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="72"/>
        <source>Sequential</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="73"/>
        <source>Random (seeded)</source>
        <translation>随机（固定种子）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="78"/>
        <source>New queue</source>
        <translation>新队列</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="84"/>
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="86"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="92"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="95"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="245"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="119"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="120"/>
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="121"/>
        <source>Forward →</source>
        <translation>前进 →</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="128"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="225"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="249"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="226"/>
        <source>Nothing to label: every text sample has a label.</source>
        <translation>没有待标注样本：所有文本样本均已标注。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="227"/>
        <source>End of the queue. Press ← to go back, or start a new queue.</source>
        <translation>队列已结束。按 ← 返回，或开始新队列。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="243"/>
        <source>User question</source>
        <translation>用户问题</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="256"/>
        <source>Not labeled yet</source>
        <translation>尚未标注</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="257"/>
        <source>Current label: %1 (%2)</source>
        <translation>当前标签：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="266"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation>请先设置标注员姓名（编辑 ▸ 标注员姓名）。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="302"/>
        <source>Label undone.</source>
        <translation>已撤销标注。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="332"/>
        <source>Labeled %1 / %2   ·   today %3   ·   %4 per hour   ·   %5 of %6 in queue</source>
        <translation>已标注 %1 / %2   ·   今日 %3   ·   每小时 %4   ·   队列 %5 / %6</translation>
    </message>
</context>
<context>
    <name>assay::DatasetPane</name>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="32"/>
        <source>Search text…</source>
        <translation>搜索文本…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="38"/>
        <source>All splits</source>
        <translation>全部划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="39"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="40"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="41"/>
        <source>unassigned</source>
        <translation>未划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="44"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="46"/>
        <source>Annotators disagree, or the same text carries another label elsewhere</source>
        <translation>标注员意见不一致，或相同文本在别处带有不同标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="47"/>
        <source>Annotators disagree</source>
        <translation>标注不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="81"/>
        <source>Re-split all samples</source>
        <translation>重新划分全部样本</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="82"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="209"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="84"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="86"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="89"/>
        <source>Train / test split</source>
        <translation>训练 / 测试划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="91"/>
        <source>Test fraction:</source>
        <translation>测试集比例：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="93"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="147"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="156"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="157"/>
        <source>Unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="169"/>
        <source>All annotators</source>
        <translation>全部标注员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="199"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="200"/>
        <source>%1+ samples (scroll for more)</source>
        <translation>%1+ 个样本（滚动加载更多）</translation>
    </message>
</context>
<context>
    <name>assay::ExportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="23"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="87"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="25"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="31"/>
        <source>Style JSON (seed 000)</source>
        <translation>风格 JSON（seed 000）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="32"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation>TRL chosen/rejected JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="33"/>
        <source>KTO JSONL</source>
        <translation>KTO JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="34"/>
        <source>Text JSONL</source>
        <translation>文本 JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="36"/>
        <source>All samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="37"/>
        <source>Train split</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="38"/>
        <source>Test split</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="40"/>
        <source>Output file:</source>
        <translation>输出文件：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="41"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="42"/>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="47"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="99"/>
        <source>Choose where to write.</source>
        <translation>请选择输出位置。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="49"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="89"/>
        <source>Data files (*.json *.jsonl);;All files (*)</source>
        <translation>数据文件 (*.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="106"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="122"/>
        <source>Export cancelled; no file written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="126"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="132"/>
        <source>Wrote %1 records (%2 bytes) to %3.</source>
        <translation>已写入 %1 条记录（%2 字节）到 %3。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="133"/>
        <source>Not written — %1</source>
        <translation>未写入 —— %1</translation>
    </message>
</context>
<context>
    <name>assay::ImportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="28"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="93"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="30"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="37"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="38"/>
        <source>Style JSON (seed 000)</source>
        <translation>风格 JSON（seed 000）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="39"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation>TRL chosen/rejected JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="40"/>
        <source>KTO JSONL</source>
        <translation>KTO JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="41"/>
        <source>Unlabeled text / JSONL</source>
        <translation>未标注文本 / JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="44"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="45"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="46"/>
        <source>Labels by:</source>
        <translation>标注员：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="51"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="104"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="55"/>
        <source>The import report appears here: counts, and every skipped record with its line.</source>
        <translation>导入报告显示在这里：数量统计，以及每条被跳过记录的行号。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="57"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="59"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="94"/>
        <source>Data files (*.json *.jsonl *.txt);;All files (*)</source>
        <translation>数据文件 (*.json *.jsonl *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="111"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="128"/>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>导入已取消：项目未改变。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="132"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="145"/>
        <source>Nothing imported: the file could not be read. The project is unchanged.</source>
        <translation>未导入：无法读取该文件。项目未改变。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="147"/>
        <source>Imported %1 records, skipped %2, duplicates %3.</source>
        <translation>已导入 %1 条，跳过 %2 条，重复 %3 条。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="152"/>
        <source>skipped (%1): %2</source>
        <translation>跳过（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 条</translation>
    </message>
</context>
<context>
    <name>assay::LabelDistributionChart</name>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="12"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="31"/>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="34"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="42"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="43"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="44"/>
        <source>unassigned</source>
        <translation>未划分</translation>
    </message>
</context>
<context>
    <name>assay::MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="35"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="205"/>
        <source>Assay</source>
        <translation>Assay</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="47"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="48"/>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="76"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="77"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="78"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="79"/>
        <source>Open &amp;Recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="82"/>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="84"/>
        <source>&amp;Export Data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="87"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="88"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="90"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="92"/>
        <source>&amp;Undo Label</source>
        <translation>撤销标注(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="93"/>
        <source>Annotator &amp;Name…</source>
        <translation>标注员姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="95"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="101"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="103"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="113"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="113"/>
        <source>The new language applies when Assay starts again.</source>
        <translation>新语言将在 Assay 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="117"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="118"/>
        <source>&amp;About Assay</source>
        <translation>关于 Assay(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="119"/>
        <source>About Assay</source>
        <translation>关于 Assay</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="120"/>
        <source>Assay %1 — a workbench for reward models: label, train, review.</source>
        <translation>Assay %1 —— 奖励模型工作台：标注、训练、审核。</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="126"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="158"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="128"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="138"/>
        <source>Assay projects (*.assay)</source>
        <translation>Assay 项目 (*.assay)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="136"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="143"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="148"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="141"/>
        <source>style (售前, 售后, 诚实, 有帮助, 无伤害)</source>
        <translation>风格（售前、售后、诚实、有帮助、无伤害）</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="141"/>
        <source>correctness (正确 / 错误)</source>
        <translation>正确性（正确 / 错误）</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="143"/>
        <source>Labelling scheme:</source>
        <translation>标注方案：</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="167"/>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="167"/>
        <source>Open or create a project first, then drop the file again.</source>
        <translation>请先打开或新建项目，然后再次拖入文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="176"/>
        <source>Annotator Name</source>
        <translation>标注员姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="176"/>
        <source>Labels are saved under this name:</source>
        <translation>标注将以此姓名保存：</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="196"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="203"/>
        <source>Annotator: %1</source>
        <translation>标注员：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="206"/>
        <source>No project open — File ▸ Open Project, or drop a .assay file here</source>
        <translation>未打开项目 —— 文件 ▸ 打开项目，或将 .assay 文件拖到此处</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="210"/>
        <source>Assay — %1</source>
        <translation>Assay — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="213"/>
        <source>%1 samples · %2 labeled · train %3 · test %4</source>
        <translation>%1 个样本 · 已标注 %2 · 训练 %3 · 测试 %4</translation>
    </message>
</context>
<context>
    <name>assay::SampleTableModel</name>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="116"/>
        <source>pair</source>
        <translation>偏好对</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="117"/>
        <source>completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="118"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="124"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="125"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="126"/>
        <source>unassigned</source>
        <translation>未划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="129"/>
        <source>annotators disagree</source>
        <translation>标注不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="139"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="140"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="141"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="142"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="143"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="144"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
</TS>
