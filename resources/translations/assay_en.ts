<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>assay::AgreementHeatMap</name>
    <message>
        <location filename="../../widgets/dataset/AgreementHeatMap.cpp" line="43"/>
        <source>Cohen&apos;s kappa between annotators (n: samples both labelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementHeatMap.cpp" line="44"/>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementHeatMap.cpp" line="87"/>
        <source>n %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::AgreementPanel</name>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Agreeing pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Specific agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="164"/>
        <source>Latest labels equal to this label, on any sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="165"/>
        <source>Samples on which at least one annotator gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="167"/>
        <source>Pairs of annotators who both gave this label to the same sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="169"/>
        <source>Of the times this label was given where another annotator also labelled the sample, how often the other gave it too (1: always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="172"/>
        <source>Open a project to see how far its annotators agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="177"/>
        <source>Cannot compute agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="184"/>
        <source>No labels yet. Agreement needs at least two annotators who labelled the same texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="185"/>
        <source>Only one annotator (%1) has labelled this project. Agreement needs at least two annotators who labelled the same texts: import another annotator&apos;s labels (assay-cli import --annotator NAME, or assay-cli merge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="196"/>
        <source>%1 (%2 samples with %3 labels each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="201"/>
        <source>%1 annotators · %2 samples labelled, %3 by two or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="205"/>
        <source>Fleiss&apos; kappa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="206"/>
        <source>Krippendorff&apos;s alpha: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::AnnotatePane</name>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="201"/>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="202"/>
        <source>Random (seeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="206"/>
        <source>New queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="204"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="205"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="358"/>
        <source>No stored prediction disagrees with a label: run a model in the review pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="361"/>
        <source>the records the model disagrees with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="377"/>
        <source>All labelled. Re-annotate a filter from the dataset pane (Re-annotate filtered records, or right-click rows), or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="379"/>
        <source>No records to annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="400"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="216"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="139"/>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="203"/>
        <source>Most uncertain first (model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="207"/>
        <source>Load model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="208"/>
        <source>A trained model directory: its suggestions are shown, never applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="209"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="212"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="252"/>
        <source>No model loaded: the queue follows the order above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="213"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="214"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="215"/>
        <source>saved with the next label — press E to write, Esc to go back to labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="217"/>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="218"/>
        <source>Forward →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="219"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="455"/>
        <source>Pairs and completions carry no class label: press → to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="531"/>
        <source>%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="532"/>
        <source>%1 in the last %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="533"/>
        <source>Labeled %1 / %2   ·   today %3   ·   %4   ·   %5 of %6 in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="376"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="404"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="380"/>
        <source>End of the queue. Press ← to go back, or start a new queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="398"/>
        <source>User question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="414"/>
        <source>Not labeled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="415"/>
        <source>Current label: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="416"/>
        <source>skipped earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="417"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="433"/>
        <source>The model has no suggestion for this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="439"/>
        <source>The model&apos;s answer is not a label of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="442"/>
        <source>Model suggests: %1 (%2) — confidence %3%. Not applied: press its key to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="26"/>
        <source>Trained model directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="39"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="48"/>
        <source>Predicting the unlabeled samples: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="56"/>
        <source>Model run cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="58"/>
        <source>Cannot use this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="64"/>
        <source>Model: %1 — most uncertain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="459"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="489"/>
        <source>Label undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="524"/>
        <source>counting…   ·   %1 of %2 in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="10"/>
        <source>1–9, a label&apos;s own key (Y / N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="10"/>
        <source>Label the record and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="11"/>
        <source>Pick a label from the list (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="12"/>
        <source>Skip the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="13"/>
        <source>Write a note (Enter or Esc returns to the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="14"/>
        <source>← / Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="14"/>
        <source>Back to the previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="15"/>
        <source>→ / Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="15"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="16"/>
        <source>Undo the last label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ConfidenceHistogram</name>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="41"/>
        <source>Confidence (the model&apos;s probability of its answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="42"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="43"/>
        <source>How sure the model is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="44"/>
        <source>agrees with the human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="45"/>
        <source>disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="46"/>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ConfusionHeatMap</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="179"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="180"/>
        <source>True label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="181"/>
        <source>Confusion matrix (latest evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::DatasetPane</name>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="247"/>
        <source>Search text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="250"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="251"/>
        <source>Annotators disagree, or the same text carries another label elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="265"/>
        <source>Reviewed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="265"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="265"/>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="267"/>
        <source>Model disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="268"/>
        <source>The latest stored prediction differs from the sample&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="269"/>
        <source>Has note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="270"/>
        <source>An annotator wrote a note on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="271"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="272"/>
        <source>Show only the deleted records, to restore them (Delete key or right-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="273"/>
        <source>Re-annotate filtered records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="275"/>
        <source>Go through the records this filter shows in the annotate pane, labelled ones included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="277"/>
        <source>Re-split all samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="278"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="487"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="279"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="280"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="281"/>
        <source>Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="282"/>
        <source>Add, rename and reorder labels; keys, colours and descriptions for annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="283"/>
        <source>Train / test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="284"/>
        <source>Test fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="285"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="325"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="288"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="338"/>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="252"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="253"/>
        <source>Annotators gave the record different labels (see the Agreement tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="254"/>
        <source>Likely wrong label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="256"/>
        <source>Records the latest &quot;Find likely wrong labels&quot; run flagged and nobody has accepted or dismissed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="257"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="431"/>
        <source>Only: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="258"/>
        <source>Untick to show every record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="259"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="260"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="261"/>
        <source>How far the annotators agree: Cohen&apos;s kappa per pair, Fleiss&apos; kappa, Krippendorff&apos;s alpha, agreement per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="263"/>
        <source>Label distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="289"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="339"/>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="291"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="330"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="366"/>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="407"/>
        <source>No records in this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="410"/>
        <source>the %n filtered record(s)</source>
        <translation>
            <numerusform>the %n filtered record</numerusform>
            <numerusform>the %n filtered records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="441"/>
        <source>Health (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="441"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="443"/>
        <source>Duplicates, conflicting labels, train/test overlap, imbalance, low diversity, length outliers and truncated texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="456"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="457"/>
        <source>%1+ samples (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="10"/>
        <source>1–9, a label&apos;s own key (Y / N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="10"/>
        <source>Relabel the selected records (the Annotate pane&apos;s label keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="11"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="11"/>
        <source>Delete the selected records; restore them when all are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="12"/>
        <source>Right click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="12"/>
        <source>Relabel, delete, restore or re-annotate the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="13"/>
        <source>Undo the last relabel, delete or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="14"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="15"/>
        <source>Double click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="15"/>
        <source>Open the record in the Annotate pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ExportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="108"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="174"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="109"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="112"/>
        <source>All samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="112"/>
        <source>Train split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="112"/>
        <source>Test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="114"/>
        <source>Only reviewed samples (a verdict other than skip; every split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="116"/>
        <source>Only the %n record(s) the dataset pane&apos;s filter shows</source>
        <translation>
            <numerusform>Only the %n record the dataset pane's filter shows</numerusform>
            <numerusform>Only the %n records the dataset pane's filter shows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="118"/>
        <source>Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="119"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="120"/>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="63"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="185"/>
        <source>Choose where to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="121"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="124"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="175"/>
        <source>Data files (*.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="195"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="219"/>
        <source>Export cancelled; no file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="149"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="224"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="234"/>
        <source>Wrote %1 records (%2 bytes) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="235"/>
        <source>Not written — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::FormatNames</name>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="9"/>
        <source>Style JSON (rm_train.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="11"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="13"/>
        <source>KTO JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="23"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="24"/>
        <source>Text JSONL or plain text lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="29"/>
        <source>Text JSONL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::HealthPanel</name>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="52"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="53"/>
        <source>Near duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="54"/>
        <source>Conflicting labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="55"/>
        <source>Train/test overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="56"/>
        <source>Class imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="57"/>
        <source>Low diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="58"/>
        <source>Length outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="59"/>
        <source>Truncated by max_length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="128"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="128"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="128"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="131"/>
        <source>Open a project to check its data before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="135"/>
        <source>Cannot check the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="139"/>
        <source>Checking the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="142"/>
        <source>(checking again…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="144"/>
        <source>No health warnings in %n record(s).</source>
        <translation>
            <numerusform>No health warnings in %n record.</numerusform>
            <numerusform>No health warnings in %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="147"/>
        <source>%n warning(s) in %1 records. Click one to show its records in the table.</source>
        <translation>
            <numerusform>%n warning in %1 records. Click it to show its records in the table.</numerusform>
            <numerusform>%n warnings in %1 records. Click one to show its records in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="158"/>
        <source>%n example record(s): click to show them in the table</source>
        <translation>
            <numerusform>%n example record: click to show it in the table</numerusform>
            <numerusform>%n example records: click to show them in the table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::HealthWarningDialog</name>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="23"/>
        <source>Check the data before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="24"/>
        <source>The project has %n health warning(s). A model trained on this data may learn the problem instead of the task.</source>
        <translation>
            <numerusform>The project has %n health warning. A model trained on this data may learn the problem instead of the task.</numerusform>
            <numerusform>The project has %n health warnings. A model trained on this data may learn the problem instead of the task.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="31"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="31"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="31"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="52"/>
        <source>Continue training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="54"/>
        <source>Show duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="56"/>
        <source>Open the repeated records in the dataset pane, without training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ImportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="140"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="192"/>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="141"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="144"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="145"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="146"/>
        <source>Labels by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="92"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="212"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="262"/>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="148"/>
        <source>The annotator the file&apos;s labels are credited to. Empty: import:&lt;file name&gt;. They count as your own labelling (%1) only if you type your name here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="151"/>
        <source>Import records already in the project again (duplicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="153"/>
        <source>Off: a record whose text (for pairs: prompt and responses) is already in the project adds no sample; a different label in the file is stored as the file annotator&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="156"/>
        <source>The import report appears here: counts, and every skipped record with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="157"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="160"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="193"/>
        <source>Data files (*.json *.jsonl *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="214"/>
        <source>Press Import to add the file; records already in the project are not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="222"/>
        <source>several formats (decided record by record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="229"/>
        <source>Preview: choose a file to see its first records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="233"/>
        <source>no records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="234"/>
        <source>Preview: nothing readable — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="238"/>
        <source>Preview of the first %n record(s), read as %1:</source>
        <translation>
            <numerusform>Preview of the first record, read as %1:</numerusform>
            <numerusform>Preview of the first %n records, read as %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="241"/>
        <source>(%n bad record(s) among them)</source>
        <translation>
            <numerusform>(%n bad record among them)</numerusform>
            <numerusform>(%n bad records among them)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="247"/>
        <source>pair (chosen ≻ rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="248"/>
        <source>desirable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="248"/>
        <source>undesirable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="251"/>
        <source>(unlabeled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="274"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="290"/>
        <source>Import cancelled: the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="295"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="309"/>
        <source>Nothing imported: the file could not be read. The project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="316"/>
        <source>Imported %1 records, skipped %2; %3 of them were duplicates, imported again as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="321"/>
        <source>Imported %1 records, skipped %2, already present %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="324"/>
        <source>%n of the records already present added or changed a label.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="326"/>
        <source>%n repeated a record earlier in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="330"/>
        <source>Labels by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="332"/>
        <source>skipped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="335"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::LabelButtonRow</name>
    <message numerus="yes">
        <location filename="../../widgets/annotate/LabelButtonRow.cpp" line="40"/>
        <source>L
%n more labels…</source>
        <translation>
            <numerusform>L
%n more label…</numerusform>
            <numerusform>L
%n more labels…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::LabelDistributionChart</name>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="49"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="61"/>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="50"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="71"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="72"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="73"/>
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
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Description (shown to annotators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="89"/>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="90"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="91"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="92"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="93"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="94"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="95"/>
        <source>Renames (kept in the project):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="96"/>
        <source>The order annotators see; keys 1-9 follow it (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="97"/>
        <source>Key: one letter or digit of the label&apos;s own (not S, E, L, Y or N); empty: its place, 1-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="140"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="171"/>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="181"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="182"/>
        <source>%1: a label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="184"/>
        <source>%1: &quot;%2&quot; is used by another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="188"/>
        <source>%1: a key is one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="190"/>
        <source>%1: %2 is the annotate pane&apos;s own key (S skip, E note, L picker, Y/N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="191"/>
        <source>%1: key %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="195"/>
        <source>%1: colour &quot;%2&quot; is not #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="208"/>
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
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="40"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="309"/>
        <source>Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="101"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="102"/>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="103"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="104"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="116"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="117"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="118"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="121"/>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="123"/>
        <source>&amp;Export Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="125"/>
        <source>Export &amp;Reviewed Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="127"/>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="130"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="136"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="139"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="144"/>
        <source>Annotator &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="145"/>
        <source>&amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="148"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="154"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="156"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="169"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="170"/>
        <source>Find &amp;Likely Wrong Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="174"/>
        <source>Review Annotator &amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="181"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="183"/>
        <source>&amp;About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="184"/>
        <source>About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="185"/>
        <source>Assay %1 — a workbench for reward models: label, train, review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="216"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="262"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="217"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="227"/>
        <source>Assay projects (*.assay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="226"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="234"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="240"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="246"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="252"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="230"/>
        <source>style (售前, 售后, 诚实, 有帮助, 无伤害)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="230"/>
        <source>correctness (正确 / 错误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="231"/>
        <source>your own labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="234"/>
        <source>Labelling scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="240"/>
        <source>Labels, separated by commas (more can be added later in Edit ▸ Labels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="271"/>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="271"/>
        <source>Open or create a project first, then drop the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="280"/>
        <source>Annotator Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="280"/>
        <source>Labels are saved under this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="300"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="307"/>
        <source>Annotator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="310"/>
        <source>No project open — File ▸ Open Project, or drop a .assay file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="317"/>
        <source>Assay — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="318"/>
        <source>%1 — read-only (%2): labels, imports and label changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="321"/>
        <source>Assay — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="326"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="329"/>
        <source>%1 samples · %2 labeled · train %3 · test %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::MetricChart</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="117"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="118"/>
        <source>macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="123"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="124"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="125"/>
        <source>Accuracy and F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::QualityQueueModel</name>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="97"/>
        <source>chosen ≻ rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="101"/>
        <source>the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="107"/>
        <source>accepted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="109"/>
        <source>dismissed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="113"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="157"/>
        <source>A tie: training leaves this sample out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="157"/>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="161"/>
        <source>Not adjudicated: training uses the majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="163"/>
        <source>Adjudicated by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="166"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="181"/>
        <source>Score %1: how confidently the labels disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="192"/>
        <source>Out-of-fold probability of the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="205"/>
        <source>The label a reviewer decided; training uses it over the majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="209"/>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="228"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="211"/>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="230"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="213"/>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="215"/>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="217"/>
        <source>Final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="223"/>
        <source>Most confident first: open flags, then the resolved ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="226"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="232"/>
        <source>Given label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="234"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="236"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="238"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ReannotationControls</name>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="54"/>
        <source>Re-annotating %1: labelled records included; each shows its current label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="55"/>
        <source>Leave re-annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="56"/>
        <source>Re-annotate all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="57"/>
        <source>Review records the model disagrees with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="59"/>
        <source>Records whose stored prediction differs from their label (run a model in the review pane first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::RecordActions</name>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="62"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="63"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="72"/>
        <source>1-9 or a label&apos;s key: relabel the selected rows · Delete: delete or restore them · Ctrl+Z / Ctrl+Shift+Z: undo / redo · double-click: open in the annotate pane · right-click: more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="103"/>
        <source>%n record(s) relabelled as %1</source>
        <translation>
            <numerusform>%n record relabelled as %1</numerusform>
            <numerusform>%n records relabelled as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="106"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="110"/>
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>%n record restored</numerusform>
            <numerusform>%n records restored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="117"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="125"/>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="143"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="130"/>
        <source>Pairs and completions carry no label: nothing relabelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="150"/>
        <source>Already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="150"/>
        <source>Not deleted: nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="187"/>
        <source>Relabel as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="204"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="209"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="214"/>
        <source>Re-annotate these…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="217"/>
        <source>%n selected record(s)</source>
        <translation>
            <numerusform>%n selected record</numerusform>
            <numerusform>%n selected records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::ReviewDetailPane</name>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="43"/>
        <source>Select a record to see its whole text, metadata, probabilities and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="158"/>
        <source>Record %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="61"/>
        <source>Human label: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="62"/>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="71"/>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="96"/>
        <source>Annotators&apos; latest labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="101"/>
        <source>a tie (training leaves the sample out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="104"/>
        <source>Majority: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="105"/>
        <source>Final label: &lt;b&gt;%1&lt;/b&gt;, decided by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="109"/>
        <source>Not adjudicated: pick the final label with a label key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="114"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="116"/>
        <source>Adjudications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="135"/>
        <source>Why it is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="137"/>
        <source>Out of fold, the model prefers the rejected response: P(rejected better) = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="139"/>
        <source>Given label &lt;b&gt;%1&lt;/b&gt;; the model trained without this record suggests &lt;b&gt;%2&lt;/b&gt; with out-of-fold probability %3, above that label&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="144"/>
        <source>Score %1 (higher: more confidently wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="145"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="148"/>
        <source>Flag run %1 by %2 on %3 (%4): %5 records, %6 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="164"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="165"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="174"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="185"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="193"/>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="197"/>
        <source>%1 · %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="201"/>
        <source>Label history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="202"/>
        <source>No label changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ReviewPane</name>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="178"/>
        <source>Trained model directory (from the train pane&apos;s run history, or any checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="179"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="42"/>
        <source>Model directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="180"/>
        <source>Run model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="181"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="182"/>
        <source>Show stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="186"/>
        <source>Export reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="187"/>
        <source>Write the samples that have a verdict (skips excluded) in any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="188"/>
        <source>Choose a model and press Run model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="189"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="189"/>
        <source>Model disagrees with the human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="189"/>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="190"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="190"/>
        <source>Not reviewed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="192"/>
        <source>confidence &lt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="193"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="225"/>
        <source>Undo the last verdict, final label or flag decision (the label it replaced comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="226"/>
        <source>Redo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="157"/>
        <source>Predicting %1 / %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="184"/>
        <source>List this model&apos;s predictions saved in the project by its last run, without running it; with no model chosen, those of the project&apos;s latest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="66"/>
        <source>Looking for likely wrong labels: %1 %…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="78"/>
        <source>Model predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="79"/>
        <source>Annotator conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="80"/>
        <source>Likely wrong labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="82"/>
        <source>Samples whose annotators gave different labels: pick the final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="84"/>
        <source>The latest flagger run: labels a model trained without them disagrees with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="85"/>
        <source>Find likely wrong labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="87"/>
        <source>Train a fast n-gram model in 5 folds, predict each labelled record out of fold and flag the labels it confidently disagrees with (confident learning); preference pairs whose chosen side it rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="91"/>
        <source>A accept · K keep · 1–9 / Y / N label · S skip · Ctrl+Z undo · F1 all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="94"/>
        <source>1–9 / Y / N final label · A majority · Delete withdraw · Ctrl+Z undo · F1 all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="97"/>
        <source>A accept the suggestion · K / D dismiss · Ctrl+Z undo · F1 all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="139"/>
        <source>No conflicts: no two annotators gave one sample different labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="140"/>
        <source>%1 samples with conflicting labels · %2 adjudicated · training uses the final label, else the majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="152"/>
        <source>No flags yet: press Find likely wrong labels….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="153"/>
        <source>%1 likely wrong labels, %2 open · run of %3 by %4 over %5 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="194"/>
        <source>Final label of record %1 withdrawn: training uses the majority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="195"/>
        <source>Record %1: final label %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="206"/>
        <source>The flag of record %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="242"/>
        <source>A tie has no majority: pick the final label with a label key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="270"/>
        <source>A flag run cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="277"/>
        <source>Looking for likely wrong labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="287"/>
        <source>Finding likely wrong labels cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="292"/>
        <source>Cannot look for likely wrong labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="219"/>
        <source>Accept the model&apos;s prediction as the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="220"/>
        <source>Keep the human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="221"/>
        <source>1–9, a label&apos;s own key (Y / N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="221"/>
        <source>Pick that label (the Annotate pane&apos;s label keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="222"/>
        <source>Skip: record that you looked, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="223"/>
        <source>↑ / ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="223"/>
        <source>Previous / next record; the detail pane follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="227"/>
        <source>Click a column header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="227"/>
        <source>Sort by it; Priority goes back to most likely wrong first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="228"/>
        <source>Conflicts: 1–9, a label&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="228"/>
        <source>Make it the final label (stored apart from the annotators&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="229"/>
        <source>Conflicts: A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="229"/>
        <source>Make the majority label the final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="230"/>
        <source>Conflicts: Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="230"/>
        <source>Withdraw the final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="231"/>
        <source>Likely wrong labels: A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="231"/>
        <source>Accept the suggestion: relabel the record under your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="232"/>
        <source>Likely wrong labels: K / D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="232"/>
        <source>Dismiss the flag: the label stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="250"/>
        <source>Choose a model directory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="258"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="267"/>
        <source>Prediction cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="271"/>
        <source>Cannot run the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="286"/>
        <source>No predictions are stored in this project yet: choose a model and press Run model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="295"/>
        <source>No stored predictions of %1 in this project: run the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="320"/>
        <source>Stored predictions of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="348"/>
        <source>%1 records predicted · the model disagrees with the human label on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="476"/>
        <source>Final label of record %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="477"/>
        <source>Final label of record %1 given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="478"/>
        <source>Decision on the flag of record %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="479"/>
        <source>Decision on the flag of record %1 made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="485"/>
        <source>Verdict on record %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="486"/>
        <source>Verdict on record %1 given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="535"/>
        <source>Export reviewed records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ReviewTableModel</name>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="188"/>
        <source>accepted model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="190"/>
        <source>kept human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="192"/>
        <source>relabelled as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="197"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="231"/>
        <source>The model disagrees with the human label (margin %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="234"/>
        <source>The model is unsure (confidence below %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="238"/>
        <source>The model is sure and agrees, or the record is unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="281"/>
        <source>Most likely wrong first: disagreements with the human label, the most confident first, then low-confidence predictions, then the rest. Click a header to sort by it, this one to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="284"/>
        <source>Sorted by the probability the model gives the human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="290"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="292"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="294"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="296"/>
        <source>Human label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="298"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="300"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="302"/>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="304"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::RewardHistogram</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="259"/>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="260"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="261"/>
        <source>Chosen vs rejected rewards (latest evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="262"/>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="263"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::SampleTableModel</name>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="174"/>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="175"/>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="176"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="183"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="185"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="187"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="200"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="201"/>
        <source>annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="213"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="215"/>
        <source>kept human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="217"/>
        <source>relabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="202"/>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="221"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="229"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="231"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="233"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="235"/>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="237"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="239"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="241"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="243"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="245"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ShortcutOverlay</name>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="75"/>
        <source>%1 pane: no keys of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="75"/>
        <source>%1 pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="77"/>
        <source>Everywhere (menus)</source>
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
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="61"/>
        <source>Precision / recall of &quot;correct&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="64"/>
        <source>Precision / recall of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="65"/>
        <source>Threshold on P(%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="67"/>
        <source>PR curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="68"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="101"/>
        <source>t = %1   ·   P ≥ t (predicted %6): %2   ·   P &lt; t (predicted otherwise): %3   ·   precision %4   ·   recall %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="62"/>
        <source>Threshold on P(correct):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="99"/>
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
        <location filename="../../core/train/TrainOptions.cpp" line="35"/>
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
        <location filename="../../core/train/TrainOptions.cpp" line="61"/>
        <source>auto: 3 to 6 epochs within 192,000 records seen, more for a small set (at least 38,400 records, at most 30 epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="139"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainOptions.cpp" line="65"/>
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
        <location filename="../../widgets/train/TrainPane.cpp" line="177"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="178"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="288"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="310"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="179"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="191"/>
        <source>Open a project, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Best metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Output directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="183"/>
        <source>Open in Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="182"/>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="149"/>
        <source>checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="205"/>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="211"/>
        <source>Training… (loading data and model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="289"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="178"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="292"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="190"/>
        <source>Project %1: choose the options, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="235"/>
        <source>Checking the data before training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="252"/>
        <source>The data could not be checked before training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="269"/>
        <source>health warning (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="276"/>
        <source>Not started: the data has health warnings (the dataset pane&apos;s Health tab lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/train/TrainPane.cpp" line="280"/>
        <source>The data has %n health warning(s).</source>
        <translation>
            <numerusform>The data has %n health warning.</numerusform>
            <numerusform>The data has %n health warnings.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="293"/>
        <source>Paused (takes effect before the next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="300"/>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="317"/>
        <source>eval step %1 (epoch %2): loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="327"/>
        <source>, accuracy %1, macro F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="336"/>
        <source>, pairwise accuracy %1, margin %2, chosen %3±%4, rejected %5±%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="349"/>
        <source>Step %1 / %2   ·   ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="350"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="374"/>
        <source>GUI latency p50 %1 ms · p99 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="366"/>
        <source>%1: baseline %2 / model %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="370"/>
        <source> / blend %1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="372"/>
        <source>Stopped at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="372"/>
        <source>Finished: %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="373"/>
        <source>Best %1 · %2 tokens/s · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="378"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="378"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="385"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="387"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="394"/>
        <source>%1 samples (train %2, test %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPaneShortcuts.cpp" line="9"/>
        <source>Double click a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPaneShortcuts.cpp" line="9"/>
        <source>Open the run&apos;s model in the Review pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::Trainer</name>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="374"/>
        <source>🧹 Removed %1 unfinished checkpoints (*%2, left by an interrupted run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="412"/>
        <source>⏱️ Time budget %1 minutes: %2 s per step, %3 s per evaluation → %4 steps planned (%5 epochs%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="419"/>
        <source>, all of the auto epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="420"/>
        <source>, auto epochs are %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::TrainingRun</name>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="56"/>
        <source>⚠️ %1: %2 records skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="93"/>
        <source>⚖️ Annotator conflicts: %1 resolved by adjudication, %2 by majority, %3 skipped (tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="98"/>
        <source>✏️ %1 imported labels corrected by a person: the person&apos;s label is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="102"/>
        <source>📂 Loading training data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="106"/>
        <source>🏷️ Label mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="114"/>
        <source>🏷️ Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="201"/>
        <source>📊 Label distribution of the training data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="202"/>
        <source>   %1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="290"/>
        <source>⚠️ %1 records have texts longer than %2 characters; only the first %2 are tokenized (max_length %3 tokens cannot use more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="311"/>
        <source>✅ Loaded %1 training samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="327"/>
        <source>📊 Data split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="328"/>
        <source>   Training set: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="329"/>
        <source>   Validation set: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="332"/>
        <source>   Epochs: %1 (%2 steps/epoch)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="336"/>
        <source> — auto: %2–%3 epochs within %1 records, at least %4 records, at most %5 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="344"/>
        <source>   Time budget: %1 minutes (--max_train_minutes; steps planned from the speed of the first few)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="352"/>
        <source>📏 Baseline (character 1–3-gram TF-IDF + logistic regression, %1 features, %2 s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="356"/>
        <source>no validation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="392"/>
        <source>🤖 Initializing model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="419"/>
        <source>✅ Model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="420"/>
        <source>   Model classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="421"/>
        <source>   Vocabulary size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="422"/>
        <source>   Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="425"/>
        <source>   Training threads: %1 (data parallel, each batch split into %1 parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="427"/>
        <source>   Matmul precision: %1 (this machine, one core: fp32 %2 / bf16 %3 GFLOP/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="431"/>
        <source>   Kernels: the reference path (plain LibTorch, slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="433"/>
        <source>   Auxiliary loss: next-character prediction × %1 (characters in ≥ %2% of the records predicted one by one, the others as one class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="438"/>
        <source>   Name swap: in %1% of the records each epoch, Chinese characters found in &lt; %2% of the records become other rare ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="455"/>
        <source>   Name swap on: the n-gram baseline is reported, not blended into the model (it reads the names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="529"/>
        <source>🔀 Weight of the n-gram baseline on the validation set: %1 (%2: model %3, baseline %4, blend %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingHealth.cpp" line="20"/>
        <source>sample ids %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingHealth.cpp" line="21"/>
        <source>records %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingHealth.cpp" line="39"/>
        <source>🩺 Dataset health: no warnings (%1 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/train/TrainingHealth.cpp" line="41"/>
        <source>🩺 Dataset health: %n warning(s)</source>
        <translation>
            <numerusform>🩺 Dataset health: %n warning</numerusform>
            <numerusform>🩺 Dataset health: %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::TrainingSession</name>
    <message>
        <location filename="../../widgets/train/TrainingSession.cpp" line="29"/>
        <source>A training run is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::cli::agreement</name>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="147"/>
        <source>👥 %1 annotators: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="148"/>
        <source>   %1 labelled text samples, %2 labelled by two or more annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="151"/>
        <source>🤝 Pairs (each annotator&apos;s latest label):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="157"/>
        <source>📐 Fleiss&apos; κ: %1 (%2 samples with %3 ratings each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="161"/>
        <source>📐 Fleiss&apos; κ: — (no sample has two ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="162"/>
        <source>📐 Krippendorff&apos;s α (nominal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="163"/>
        <source>🏷️ Per label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>agreeing pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="165"/>
        <source>specific agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="171"/>
        <source>🔀 Confusion matrix, %1 (rows) × %2 (columns), %3 shared samples:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::cli::stats</name>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="38"/>
        <source>   %1: %n record(s)</source>
        <translation>
            <numerusform>   %1: %n record</numerusform>
            <numerusform>   %1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="39"/>
        <source>   Unlabeled: %n record(s)</source>
        <translation>
            <numerusform>   Unlabeled: %n record</numerusform>
            <numerusform>   Unlabeled: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="45"/>
        <source>   Pairs/KTO: %n record(s)</source>
        <translation>
            <numerusform>   Pairs/KTO: %n record</numerusform>
            <numerusform>   Pairs/KTO: %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="60"/>
        <source>🩺 Dataset health: no warnings (%1 records with source copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="63"/>
        <source>🩺 Dataset health: %n warning(s)</source>
        <translation>
            <numerusform>🩺 Dataset health: %n warning</numerusform>
            <numerusform>🩺 Dataset health: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="68"/>
        <source>      e.g. sample ids %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="108"/>
        <source>📂 Project: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="109"/>
        <source>✅ %1 samples (texts %2, pairs %3, KTO %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="110"/>
        <source>📊 Label distribution, all data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="111"/>
        <source>📊 Data split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="112"/>
        <source>   Training set: %n record(s)</source>
        <translation>
            <numerusform>   Training set: %n record</numerusform>
            <numerusform>   Training set: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="115"/>
        <source>   Test set: %n record(s)</source>
        <translation>
            <numerusform>   Test set: %n record</numerusform>
            <numerusform>   Test set: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="116"/>
        <source>   Unassigned: %n record(s)</source>
        <translation>
            <numerusform>   Unassigned: %n record</numerusform>
            <numerusform>   Unassigned: %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="118"/>
        <source>📊 Label distribution, test set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="117"/>
        <source>📊 Label distribution, training set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="119"/>
        <source>🔁 Duplicates: %1 groups (%2 duplicate samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="120"/>
        <source>⚠️  Conflicting labels: %1 groups of duplicates with different labels, %2 samples on which annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::cli::train</name>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="88"/>
        <source>🎯 Inference demo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="132"/>
        <source>🚀 Training: %1 training samples, task=%2, model=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="137"/>
        <source>✅ Training finished: %1 steps, %2 s, %3 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="142"/>
        <source>📊 Evaluation of the trained model (best %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="146"/>
        <source>📏 %1: baseline %2 / model %3%4 (character n-gram TF-IDF + logistic regression / %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="150"/>
        <source> / blend %1 (the saved model, baseline weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="157"/>
        <source>💾 Model saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::data::DatasetHealth</name>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="251"/>
        <source>%1 records repeat another record exactly (%2 distinct contents among %3 records, counting the copies the source files held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="300"/>
        <source>%1 distinct texts in %2 groups are near duplicates of each other (the same after folding width, case, punctuation and spaces, or at least %3% of their 5-character pieces shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="334"/>
        <source>%1 samples in %2 groups have the same text (after normalising) with different labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="363"/>
        <source>%1 test samples have a text that is also in the training set: the test score overstates how well the model does on new texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="387"/>
        <source>The %1 most frequent texts make up %2% of the %3 records (%4 distinct texts): a model trained on them learns these texts, not the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="417"/>
        <source>Label &quot;%1&quot; has %2 samples, %3 times the %4 of label &quot;%5&quot;: the model may rarely predict &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="451"/>
        <source>%1 texts are far shorter or longer than the typical %2 characters (outside %3 to %4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="471"/>
        <source>%1 texts are longer than max_length %2 tokens (about a token per character with the tiny preset): training sees only their beginning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
