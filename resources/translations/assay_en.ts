<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>assay::AnnotatePane</name>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="183"/>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="184"/>
        <source>Random (seeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="188"/>
        <source>New queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="186"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="187"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="368"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="198"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="185"/>
        <source>Most uncertain first (model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="189"/>
        <source>Load model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="190"/>
        <source>A trained model directory: its suggestions are shown, never applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="191"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="194"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="232"/>
        <source>No model loaded: the queue follows the order above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="195"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="196"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="197"/>
        <source>saved with the next label — press E to write, Esc to go back to labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="199"/>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="200"/>
        <source>Forward →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="201"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="294"/>
        <source>L
%n more labels…</source>
        <translation>
            <numerusform>L
%n more label…</numerusform>
            <numerusform>L
%n more labels…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="346"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="372"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="347"/>
        <source>Nothing to label: every text sample has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="348"/>
        <source>End of the queue. Press ← to go back, or start a new queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="366"/>
        <source>User question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="379"/>
        <source>Not labeled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="380"/>
        <source>Current label: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="411"/>
        <source>The model has no suggestion for this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="417"/>
        <source>The model&apos;s answer is not a label of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="420"/>
        <source>Model suggests: %1 (%2) — confidence %3%. Not applied: press its key to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="437"/>
        <source>Trained model directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="450"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="459"/>
        <source>Predicting the unlabeled samples: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="467"/>
        <source>Model run cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="469"/>
        <source>Cannot use this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="475"/>
        <source>Model: %1 — most uncertain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="485"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="523"/>
        <source>Label undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="554"/>
        <source>counting…   ·   %1 of %2 in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="557"/>
        <source>Labeled %1 / %2   ·   today %3   ·   %4 per hour   ·   %5 of %6 in queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ConfusionHeatMap</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="163"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="164"/>
        <source>True label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="165"/>
        <source>Confusion matrix (latest evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::DatasetPane</name>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="168"/>
        <source>Search text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="169"/>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="169"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="169"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="169"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="171"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="172"/>
        <source>Annotators disagree, or the same text carries another label elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="173"/>
        <source>Annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="174"/>
        <source>Reviewed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="174"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="174"/>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="176"/>
        <source>Model disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="177"/>
        <source>The latest stored prediction differs from the sample&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="178"/>
        <source>Re-split all samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="179"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="293"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="180"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="181"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="182"/>
        <source>Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="183"/>
        <source>Add, rename and reorder labels; keys, colours and descriptions for annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="184"/>
        <source>Train / test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="185"/>
        <source>Test fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="186"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="220"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="189"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="233"/>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="190"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="234"/>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="192"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="225"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="256"/>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="283"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="284"/>
        <source>%1+ samples (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ExportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="95"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="129"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="96"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="97"/>
        <source>Style JSON (seed 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="97"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="97"/>
        <source>KTO JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="98"/>
        <source>Text JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="100"/>
        <source>All samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="100"/>
        <source>Train split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="100"/>
        <source>Test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="102"/>
        <source>Only reviewed samples (a verdict other than skip; every split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="103"/>
        <source>Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="104"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="105"/>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="55"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="141"/>
        <source>Choose where to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="106"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="131"/>
        <source>Data files (*.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="149"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="166"/>
        <source>Export cancelled; no file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="171"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="180"/>
        <source>Wrote %1 records (%2 bytes) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="181"/>
        <source>Not written — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ImportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="97"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="126"/>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="98"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="99"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="99"/>
        <source>Style JSON (seed 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="99"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="100"/>
        <source>KTO JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="100"/>
        <source>Unlabeled text / JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="102"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="103"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="104"/>
        <source>Labels by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="55"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="137"/>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="105"/>
        <source>The import report appears here: counts, and every skipped record with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="106"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="127"/>
        <source>Data files (*.json *.jsonl *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="146"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="163"/>
        <source>Import cancelled: the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="168"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="182"/>
        <source>Nothing imported: the file could not be read. The project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="186"/>
        <source>Imported %1 records, skipped %2, duplicates %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="189"/>
        <source>skipped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="192"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::LabelDistributionChart</name>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="42"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="54"/>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="43"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="64"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="65"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="66"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::LabelEditorDialog</name>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="86"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="87"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="87"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="87"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="87"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="87"/>
        <source>Description (shown to annotators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="89"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="90"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="91"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="92"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="93"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="94"/>
        <source>Renames (kept in the project):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="95"/>
        <source>The order annotators see; keys 1-9 follow it (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="96"/>
        <source>Key: one letter or digit of the label&apos;s own (not S, E, L, Y or N); empty: its place, 1-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="139"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="170"/>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="180"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="181"/>
        <source>%1: a label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="183"/>
        <source>%1: &quot;%2&quot; is used by another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="187"/>
        <source>%1: a key is one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="189"/>
        <source>%1: %2 is the annotate pane&apos;s own key (S skip, E note, L picker, Y/N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="190"/>
        <source>%1: key %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="194"/>
        <source>%1: colour &quot;%2&quot; is not #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="207"/>
        <source>Row %1: &quot;%2&quot; still belongs to label %3; rename that one first and apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::LabelPicker</name>
    <message>
        <location filename="../../widgets/annotate/LabelPicker.cpp" line="31"/>
        <source>Pick a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/LabelPicker.cpp" line="32"/>
        <source>Type part of a label, Enter to apply, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::LossChart</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="49"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="50"/>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="51"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="52"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="53"/>
        <source>eval loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="39"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="253"/>
        <source>Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="95"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="96"/>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="97"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="98"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="109"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="110"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="111"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="112"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="115"/>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="117"/>
        <source>&amp;Export Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="119"/>
        <source>Export &amp;Reviewed Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="121"/>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="122"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="124"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="126"/>
        <source>&amp;Undo Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="127"/>
        <source>Annotator &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="128"/>
        <source>&amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="131"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="137"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="139"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="151"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="152"/>
        <source>&amp;About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="153"/>
        <source>About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="154"/>
        <source>Assay %1 — a workbench for reward models: label, train, review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="160"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="206"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="162"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="172"/>
        <source>Assay projects (*.assay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="170"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="178"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="183"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="190"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="196"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="175"/>
        <source>style (售前, 售后, 诚实, 有帮助, 无伤害)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="175"/>
        <source>correctness (正确 / 错误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="176"/>
        <source>your own labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="178"/>
        <source>Labelling scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="184"/>
        <source>Labels, separated by commas (more can be added later in Edit ▸ Labels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="215"/>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="215"/>
        <source>Open or create a project first, then drop the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="224"/>
        <source>Annotator Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="224"/>
        <source>Labels are saved under this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="244"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="251"/>
        <source>Annotator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="254"/>
        <source>No project open — File ▸ Open Project, or drop a .assay file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="261"/>
        <source>Assay — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="262"/>
        <source>%1 — read-only (%2): labels, imports and label changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="265"/>
        <source>Assay — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="270"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="273"/>
        <source>%1 samples · %2 labeled · train %3 · test %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::MetricChart</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="101"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="102"/>
        <source>macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="107"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="108"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="109"/>
        <source>Accuracy and F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ReviewPane</name>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="125"/>
        <source>Trained model directory (from the train pane&apos;s run history, or any checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="126"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="33"/>
        <source>Model directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="127"/>
        <source>Run model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="128"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="129"/>
        <source>Show stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="130"/>
        <source>List this model&apos;s predictions saved in the project by its last run, without running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="131"/>
        <source>Export reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="132"/>
        <source>Write the samples that have a verdict (skips excluded) in any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="133"/>
        <source>Choose a model and press Run model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="134"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="134"/>
        <source>Model disagrees with the human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="134"/>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="135"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="135"/>
        <source>Not reviewed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="137"/>
        <source>confidence &lt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="138"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="139"/>
        <source>Keys: A accept prediction · K keep human label · 1–9 / Y / N pick a label · S skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="109"/>
        <source>Predicting %1 / %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="151"/>
        <source>Choose a model directory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="157"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="165"/>
        <source>Prediction cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="169"/>
        <source>Cannot run the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="187"/>
        <source>No stored predictions of %1 in this project: run the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="243"/>
        <source>%1 records predicted · the model disagrees with the human label on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="336"/>
        <source>Export reviewed records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ReviewTableModel</name>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="102"/>
        <source>✓ reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="110"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="111"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="112"/>
        <source>Human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="113"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="114"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="115"/>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="116"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::RewardHistogram</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="242"/>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="243"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="244"/>
        <source>Chosen vs rejected rewards (latest evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="245"/>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="246"/>
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
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="136"/>
        <source>annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="144"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="145"/>
        <source>kept human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="146"/>
        <source>relabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="149"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="156"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="157"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="158"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="159"/>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="160"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="161"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="162"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="163"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ThresholdPanel</name>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="58"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="59"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="60"/>
        <source>Precision / recall of &quot;correct&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="61"/>
        <source>PR curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="62"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="63"/>
        <source>Threshold on P(correct):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="88"/>
        <source>t = %1   ·   P ≥ t (predicted correct): %2   ·   P &lt; t (predicted incorrect): %3   ·   precision %4   ·   recall %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::TrainForm</name>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="106"/>
        <source>classify — N-way cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="107"/>
        <source>reward — Bradley–Terry pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="36"/>
        <location filename="../../widgets/train/TrainForm.cpp" line="110"/>
        <source>Model checkpoint directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="108"/>
        <source>&quot;tiny&quot; trains the small built-in model from scratch; &quot;ngram&quot; fits the character n-gram TF-IDF + logistic regression baseline in seconds; or a local Qwen2 checkpoint directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="111"/>
        <source>each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="112"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="113"/>
        <source>auto: 3 to 6 epochs within 192,000 records seen, more for a small set (at least 38,400 records, at most 30 epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="114"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="115"/>
        <source>With auto epochs: time the first steps, then plan as many steps as fit in this many minutes (evaluations included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="117"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="118"/>
        <source>LoRA (--use_peft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="119"/>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="126"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="119"/>
        <source>Output directory:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::TrainPane</name>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="160"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="161"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="196"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="218"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="162"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="167"/>
        <source>Open a project, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="163"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="163"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="163"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="163"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="163"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="164"/>
        <source>Best metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="164"/>
        <source>Output directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="166"/>
        <source>Open in Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="165"/>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="136"/>
        <source>checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="187"/>
        <source>Training… (loading data and model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="197"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="161"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="200"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="201"/>
        <source>Paused (takes effect before the next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="208"/>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="225"/>
        <source>eval step %1 (epoch %2): loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="235"/>
        <source>, accuracy %1, macro F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="244"/>
        <source>, pairwise accuracy %1, margin %2, chosen %3±%4, rejected %5±%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="258"/>
        <source>Step %1 / %2   ·   ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="259"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="279"/>
        <source>GUI latency p50 %1 ms · p99 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="274"/>
        <source>%1: baseline %2 / model %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="275"/>
        <source> / blend %1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="276"/>
        <source>Stopped at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="276"/>
        <source>Finished: %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="278"/>
        <source>Best %1 · %2 tokens/s · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="283"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="283"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="290"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="292"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="298"/>
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
