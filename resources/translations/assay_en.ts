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
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="360"/>
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
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="231"/>
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
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="292"/>
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
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="338"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="364"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="339"/>
        <source>Nothing to label: every text sample has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="340"/>
        <source>End of the queue. Press ← to go back, or start a new queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="358"/>
        <source>User question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="371"/>
        <source>Not labeled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="372"/>
        <source>Current label: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="403"/>
        <source>The model has no suggestion for this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="409"/>
        <source>The model&apos;s answer is not a label of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="412"/>
        <source>Model suggests: %1 (%2) — confidence %3%. Not applied: press its key to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="429"/>
        <source>Trained model directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="442"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="451"/>
        <source>Predicting the unlabeled samples: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="459"/>
        <source>Model run cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="461"/>
        <source>Cannot use this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="467"/>
        <source>Model: %1 — most uncertain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="477"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="501"/>
        <source>Label undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="532"/>
        <source>counting…   ·   %1 of %2 in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="535"/>
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
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="179"/>
        <source>Search text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="180"/>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="180"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="180"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="180"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="182"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="183"/>
        <source>Annotators disagree, or the same text carries another label elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="184"/>
        <source>Annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="185"/>
        <source>Reviewed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="185"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="185"/>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="187"/>
        <source>Model disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="188"/>
        <source>The latest stored prediction differs from the sample&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="189"/>
        <source>Re-split all samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="190"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="325"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="191"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="192"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="193"/>
        <source>Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="194"/>
        <source>Add, rename and reorder labels; keys, colours and descriptions for annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="195"/>
        <source>Train / test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="196"/>
        <source>Test fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="197"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="231"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="200"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="244"/>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="201"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="245"/>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="203"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="236"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="267"/>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="294"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="295"/>
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
        <location filename="../../widgets/review/ReviewPane.cpp" line="322"/>
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
        <location filename="../../widgets/train/TrainForm.cpp" line="133"/>
        <source>classify — N-way cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="134"/>
        <source>reward — Bradley–Terry pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="58"/>
        <location filename="../../widgets/train/TrainForm.cpp" line="136"/>
        <source>Model checkpoint directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainOptions.cpp" line="31"/>
        <source>&quot;tiny&quot; trains the small built-in model from scratch; &quot;ngram&quot; fits the character n-gram TF-IDF + logistic regression baseline in seconds; or a local Qwen2 checkpoint directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="137"/>
        <source>each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="138"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainOptions.cpp" line="54"/>
        <source>auto: 3 to 6 epochs within 192,000 records seen, more for a small set (at least 38,400 records, at most 30 epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="139"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainOptions.cpp" line="58"/>
        <source>With auto epochs: time the first steps, then plan as many steps as fit in this many minutes (evaluations included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="140"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="141"/>
        <source>LoRA (--use_peft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="152"/>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="159"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="152"/>
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
    <name>assay::Trainer</name>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="376"/>
        <source>🧹 Removed %1 unfinished checkpoints (*%2, left by an interrupted run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="411"/>
        <source>⏱️ Time budget %1 minutes: %2 s per step, %3 s per evaluation → %4 steps planned (%5 epochs%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="417"/>
        <source>, all of the auto epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="417"/>
        <source>, auto epochs are %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::TrainingRun</name>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="54"/>
        <source>⚠️ %1: %2 records skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="83"/>
        <source>📂 Loading training data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="87"/>
        <source>🏷️ Label mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="95"/>
        <source>🏷️ Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="182"/>
        <source>📊 Label distribution of the training data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="183"/>
        <source>   %1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="269"/>
        <source>⚠️ %1 records have texts longer than %2 characters; only the first %2 are tokenized (max_length %3 tokens cannot use more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="289"/>
        <source>✅ Loaded %1 training samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="305"/>
        <source>📊 Data split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="306"/>
        <source>   Training set: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="307"/>
        <source>   Validation set: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="310"/>
        <source>   Epochs: %1 (%2 steps/epoch)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="314"/>
        <source> — auto: %2–%3 epochs within %1 records, at least %4 records, at most %5 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="322"/>
        <source>   Time budget: %1 minutes (--max_train_minutes; steps planned from the speed of the first few)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="330"/>
        <source>📏 Baseline (character 1–3-gram TF-IDF + logistic regression, %1 features, %2 s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="334"/>
        <source>no validation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="369"/>
        <source>🤖 Initializing model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="393"/>
        <source>✅ Model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="394"/>
        <source>   Model classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="395"/>
        <source>   Vocabulary size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="396"/>
        <source>   Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="398"/>
        <source>   Training threads: %1 (data parallel, each batch split into %1 parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="400"/>
        <source>   Matmul precision: %1 (this machine, one core: fp32 %2 / bf16 %3 GFLOP/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="405"/>
        <source>   Auxiliary loss: next-character prediction × %1 (characters in ≥ %2% of the records predicted one by one, the others as one class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="410"/>
        <source>   Name swap: in %1% of the records each epoch, Chinese characters found in &lt; %2% of the records become other rare ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="427"/>
        <source>   Name swap on: the n-gram baseline is reported, not blended into the model (it reads the names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="510"/>
        <source>🔀 Weight of the n-gram baseline on the validation set: %1 (%2: model %3, baseline %4, blend %5)</source>
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
<context>
    <name>assay::cli::stats</name>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="35"/>
        <source>   %1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="36"/>
        <source>   Unlabeled: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="42"/>
        <source>   Pairs/KTO: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="75"/>
        <source>📂 Project: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="76"/>
        <source>✅ %1 samples (texts %2, pairs %3, KTO %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="77"/>
        <source>📊 Label distribution, all data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="78"/>
        <source>📊 Data split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="79"/>
        <source>   Training set: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="80"/>
        <source>   Validation set: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="81"/>
        <source>   Unassigned: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="82"/>
        <source>📊 Label distribution, training set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="83"/>
        <source>📊 Label distribution, validation set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="84"/>
        <source>🔁 Duplicates: %1 groups (%2 duplicate samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="85"/>
        <source>⚠️  Conflicting labels: %1 groups of duplicates with different labels, %2 samples on which annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::cli::train</name>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="82"/>
        <source>🎯 Inference demo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="122"/>
        <source>🚀 Training: %1 training samples, task=%2, model=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="127"/>
        <source>✅ Training finished: %1 steps, %2 s, %3 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="130"/>
        <source>📊 Evaluation of the trained model (best %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="134"/>
        <source>📏 %1: baseline %2 / model %3%4 (character n-gram TF-IDF + logistic regression / %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="138"/>
        <source> / blend %1 (the saved model, baseline weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="145"/>
        <source>💾 Model saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
