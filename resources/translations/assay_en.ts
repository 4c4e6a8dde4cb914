<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>assay::AnnotatePane</name>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="72"/>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="73"/>
        <source>Random (seeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="78"/>
        <source>New queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="84"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="86"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="92"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="95"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="266"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="119"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="120"/>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="121"/>
        <source>Forward →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="128"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="246"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="270"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="247"/>
        <source>Nothing to label: every text sample has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="248"/>
        <source>End of the queue. Press ← to go back, or start a new queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="264"/>
        <source>User question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="277"/>
        <source>Not labeled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="278"/>
        <source>Current label: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="287"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="325"/>
        <source>Label undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="356"/>
        <source>counting…   ·   %1 of %2 in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="359"/>
        <source>Labeled %1 / %2   ·   today %3   ·   %4 per hour   ·   %5 of %6 in queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ConfusionHeatMap</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="117"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="118"/>
        <source>True label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="120"/>
        <source>Confusion matrix (latest evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::DatasetPane</name>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="32"/>
        <source>Search text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="38"/>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="39"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="40"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="41"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="44"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="46"/>
        <source>Annotators disagree, or the same text carries another label elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="47"/>
        <source>Annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="82"/>
        <source>Re-split all samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="83"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="228"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="85"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="87"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="90"/>
        <source>Train / test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="92"/>
        <source>Test fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="94"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="158"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="171"/>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="172"/>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="163"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="193"/>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="218"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="219"/>
        <source>%1+ samples (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ExportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="23"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="87"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="25"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="31"/>
        <source>Style JSON (seed 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="32"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="33"/>
        <source>KTO JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="34"/>
        <source>Text JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="36"/>
        <source>All samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="37"/>
        <source>Train split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="38"/>
        <source>Test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="40"/>
        <source>Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="41"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="42"/>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="47"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="99"/>
        <source>Choose where to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="49"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="89"/>
        <source>Data files (*.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="106"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="122"/>
        <source>Export cancelled; no file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="126"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="132"/>
        <source>Wrote %1 records (%2 bytes) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="133"/>
        <source>Not written — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ImportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="28"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="93"/>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="30"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="37"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="38"/>
        <source>Style JSON (seed 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="39"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="40"/>
        <source>KTO JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="41"/>
        <source>Unlabeled text / JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="44"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="45"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="46"/>
        <source>Labels by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="51"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="104"/>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="55"/>
        <source>The import report appears here: counts, and every skipped record with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="57"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="94"/>
        <source>Data files (*.json *.jsonl *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="111"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="128"/>
        <source>Import cancelled: the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="132"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="145"/>
        <source>Nothing imported: the file could not be read. The project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="147"/>
        <source>Imported %1 records, skipped %2, duplicates %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="152"/>
        <source>skipped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::LabelDistributionChart</name>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="12"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="31"/>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="34"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="42"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="43"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="44"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::LossChart</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="33"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="33"/>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="35"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="37"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="40"/>
        <source>eval loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="38"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="218"/>
        <source>Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="50"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="51"/>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="54"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="55"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="90"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="91"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="92"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="95"/>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="97"/>
        <source>&amp;Export Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="100"/>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="101"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="103"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="105"/>
        <source>&amp;Undo Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="106"/>
        <source>Annotator &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="108"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="114"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="116"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="126"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="126"/>
        <source>The new language applies when Assay starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="130"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="131"/>
        <source>&amp;About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="132"/>
        <source>About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="133"/>
        <source>Assay %1 — a workbench for reward models: label, train, review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="139"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="171"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="141"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="151"/>
        <source>Assay projects (*.assay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="149"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="156"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="161"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="154"/>
        <source>style (售前, 售后, 诚实, 有帮助, 无伤害)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="154"/>
        <source>correctness (正确 / 错误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="156"/>
        <source>Labelling scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="180"/>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="180"/>
        <source>Open or create a project first, then drop the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="189"/>
        <source>Annotator Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="189"/>
        <source>Labels are saved under this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="209"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="216"/>
        <source>Annotator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="219"/>
        <source>No project open — File ▸ Open Project, or drop a .assay file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="223"/>
        <source>Assay — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="227"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="230"/>
        <source>%1 samples · %2 labeled · train %3 · test %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::MetricChart</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="74"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="74"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="76"/>
        <source>Accuracy and F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ReviewPane</name>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="28"/>
        <source>Trained model directory (from the train pane&apos;s run history, or any checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="29"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="31"/>
        <source>Model directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="34"/>
        <source>Run model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="35"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="42"/>
        <source>Choose a model and press Run model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="45"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="46"/>
        <source>Model disagrees with the human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="47"/>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="48"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="49"/>
        <source>Not reviewed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="54"/>
        <source>confidence &lt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="81"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="85"/>
        <source>Keys: A accept prediction · K keep human label · 1–9 / Y / N pick a label · S skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="100"/>
        <source>Predicting %1 / %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="116"/>
        <source>Choose a model directory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="122"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="130"/>
        <source>Prediction cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="134"/>
        <source>Cannot run the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="167"/>
        <source>%1 records predicted · the model disagrees with the human label on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ReviewTableModel</name>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="100"/>
        <source>✓ reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="108"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="109"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="110"/>
        <source>Human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="111"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="112"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="113"/>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="114"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::RewardHistogram</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="175"/>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="175"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="177"/>
        <source>Chosen vs rejected rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="179"/>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="183"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::SampleTableModel</name>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="116"/>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="117"/>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="118"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="124"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="125"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="126"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="129"/>
        <source>annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="139"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="140"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="141"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="142"/>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="143"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="144"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ThresholdPanel</name>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="21"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="22"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="26"/>
        <source>Precision / recall of &quot;correct&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="29"/>
        <source>PR curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="33"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="38"/>
        <source>Threshold on P(correct):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="73"/>
        <source>t = %1   ·   P ≥ t (predicted correct): %2   ·   P &lt; t (predicted incorrect): %3   ·   precision %4   ·   recall %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::TrainForm</name>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="28"/>
        <source>classify — N-way cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="29"/>
        <source>reward — Bradley–Terry pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="31"/>
        <source>&quot;tiny&quot; trains the small built-in model from scratch; or a local Qwen2 checkpoint directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="32"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="34"/>
        <source>Model checkpoint directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="55"/>
        <source>each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="58"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="59"/>
        <source>LoRA (--use_peft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="66"/>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="67"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="68"/>
        <source>Output directory:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::TrainPane</name>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="47"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="48"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="167"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="189"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="49"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="67"/>
        <source>Open a project, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="76"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="76"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="76"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="76"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="77"/>
        <source>Best metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="77"/>
        <source>Output directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="82"/>
        <source>Open in Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="99"/>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="128"/>
        <source>checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="152"/>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="158"/>
        <source>Training… (loading data and model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="168"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="171"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="172"/>
        <source>Paused (takes effect before the next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="179"/>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="196"/>
        <source>eval step %1 (epoch %2): loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="206"/>
        <source>, accuracy %1, macro F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="211"/>
        <source>, pairwise accuracy %1, margin %2, chosen %3±%4, rejected %5±%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="225"/>
        <source>Step %1 / %2   ·   ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="226"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="242"/>
        <source>GUI latency p50 %1 ms · p99 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="239"/>
        <source>Stopped at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="239"/>
        <source>Finished: %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="241"/>
        <source>Best %1 · %2 tokens/s · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="246"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="246"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="253"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="255"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="261"/>
        <source>%1 samples (train %2, test %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::TrainingSession</name>
    <message>
        <location filename="../../widgets/train/TrainingSession.cpp" line="31"/>
        <source>A training run is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
