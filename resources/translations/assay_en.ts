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
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="245"/>
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
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="225"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="249"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="226"/>
        <source>Nothing to label: every text sample has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="227"/>
        <source>End of the queue. Press ← to go back, or start a new queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="243"/>
        <source>User question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="256"/>
        <source>Not labeled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="257"/>
        <source>Current label: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="266"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="302"/>
        <source>Label undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="332"/>
        <source>Labeled %1 / %2   ·   today %3   ·   %4 per hour   ·   %5 of %6 in queue</source>
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
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="81"/>
        <source>Re-split all samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="82"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="209"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="84"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="86"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="89"/>
        <source>Train / test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="91"/>
        <source>Test fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="93"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="147"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="156"/>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="157"/>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="169"/>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="199"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="200"/>
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
    <name>assay::MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="35"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="205"/>
        <source>Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="47"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="48"/>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="76"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="77"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="78"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="79"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="82"/>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="84"/>
        <source>&amp;Export Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="87"/>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="88"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="90"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="92"/>
        <source>&amp;Undo Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="93"/>
        <source>Annotator &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="95"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="101"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="103"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="113"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="113"/>
        <source>The new language applies when Assay starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="117"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="118"/>
        <source>&amp;About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="119"/>
        <source>About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="120"/>
        <source>Assay %1 — a workbench for reward models: label, train, review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="126"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="158"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="128"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="138"/>
        <source>Assay projects (*.assay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="136"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="143"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="148"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="141"/>
        <source>style (售前, 售后, 诚实, 有帮助, 无伤害)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="141"/>
        <source>correctness (正确 / 错误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="143"/>
        <source>Labelling scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="167"/>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="167"/>
        <source>Open or create a project first, then drop the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="176"/>
        <source>Annotator Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="176"/>
        <source>Labels are saved under this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="196"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="203"/>
        <source>Annotator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="206"/>
        <source>No project open — File ▸ Open Project, or drop a .assay file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="210"/>
        <source>Assay — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="213"/>
        <source>%1 samples · %2 labeled · train %3 · test %4</source>
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
</TS>
