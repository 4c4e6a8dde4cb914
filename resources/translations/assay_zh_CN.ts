<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>assay::AgreementHeatMap</name>
    <message>
        <location filename="../../widgets/dataset/AgreementHeatMap.cpp" line="43"/>
        <source>Cohen&apos;s kappa between annotators (n: samples both labelled)</source>
        <translation>标注员之间的 Cohen's kappa（n：两人都标注的样本数）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementHeatMap.cpp" line="44"/>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementHeatMap.cpp" line="87"/>
        <source>n %1</source>
        <translation>n %1</translation>
    </message>
</context>
<context>
    <name>assay::AgreementPanel</name>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Given</source>
        <translation>给出次数</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Agreeing pairs</source>
        <translation>一致的标注员对</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="163"/>
        <source>Specific agreement</source>
        <translation>特定一致性</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="164"/>
        <source>Latest labels equal to this label, on any sample</source>
        <translation>在任意样本上等于该标签的最新标注数</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="165"/>
        <source>Samples on which at least one annotator gave it</source>
        <translation>至少一位标注员给出该标签的样本数</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="167"/>
        <source>Pairs of annotators who both gave this label to the same sample</source>
        <translation>对同一样本都给出该标签的标注员对数</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="169"/>
        <source>Of the times this label was given where another annotator also labelled the sample, how often the other gave it too (1: always)</source>
        <translation>在另一位标注员也标注了该样本的情况下给出该标签时，另一位也给出该标签的比例（1：总是）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="172"/>
        <source>Open a project to see how far its annotators agree.</source>
        <translation>打开项目以查看其标注员的一致程度。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="177"/>
        <source>Cannot compute agreement: %1</source>
        <translation>无法计算一致性：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="184"/>
        <source>No labels yet. Agreement needs at least two annotators who labelled the same texts.</source>
        <translation>还没有标注。一致性需要至少两位标注员标注了相同的文本。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="185"/>
        <source>Only one annotator (%1) has labelled this project. Agreement needs at least two annotators who labelled the same texts: import another annotator&apos;s labels (assay-cli import --annotator NAME, or assay-cli merge).</source>
        <translation>本项目只有一位标注员（%1）。一致性需要至少两位标注员标注了相同的文本：请导入另一位标注员的标注（assay-cli import --annotator NAME，或 assay-cli merge）。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="196"/>
        <source>%1 (%2 samples with %3 labels each)</source>
        <translation>%1（%2 个样本，每个 %3 个标注）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="201"/>
        <source>%1 annotators · %2 samples labelled, %3 by two or more</source>
        <translation>%1 位标注员 · 已标注 %2 个样本，其中 %3 个由两位及以上标注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="205"/>
        <source>Fleiss&apos; kappa: %1</source>
        <translation>Fleiss' kappa：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/AgreementPanel.cpp" line="206"/>
        <source>Krippendorff&apos;s alpha: %1</source>
        <translation>Krippendorff's alpha：%1</translation>
    </message>
</context>
<context>
    <name>assay::AnnotatePane</name>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="201"/>
        <source>Sequential</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="202"/>
        <source>Random (seeded)</source>
        <translation>随机（固定种子）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="206"/>
        <source>New queue</source>
        <translation>新队列</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="204"/>
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="205"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="358"/>
        <source>No stored prediction disagrees with a label: run a model in the review pane first.</source>
        <translation>没有与标签不一致的已保存预测：请先在审核页运行模型。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="361"/>
        <source>the records the model disagrees with</source>
        <translation>模型意见不同的记录</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="377"/>
        <source>All labelled. Re-annotate a filter from the dataset pane (Re-annotate filtered records, or right-click rows), or:</source>
        <translation>全部已标注。可以在数据页重新标注一个筛选（“重新标注筛选出的记录”，或右键点击行），或者：</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="379"/>
        <source>No records to annotate.</source>
        <translation>没有要标注的记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="400"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="216"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="139"/>
        <source>all records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="203"/>
        <source>Most uncertain first (model)</source>
        <translation>最不确定的优先（模型）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="207"/>
        <source>Load model…</source>
        <translation>加载模型…</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="208"/>
        <source>A trained model directory: its suggestions are shown, never applied</source>
        <translation>已训练的模型目录：只显示它的建议，从不自动采用</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="209"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="212"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="252"/>
        <source>No model loaded: the queue follows the order above.</source>
        <translation>未加载模型：队列按上面的顺序排列。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="213"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="214"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="215"/>
        <source>saved with the next label — press E to write, Esc to go back to labelling</source>
        <translation>随下一个标签保存 —— 按 E 输入，按 Esc 返回标注</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="217"/>
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="218"/>
        <source>Forward →</source>
        <translation>前进 →</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="219"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="455"/>
        <source>Pairs and completions carry no class label: press → to go on.</source>
        <translation>偏好对和补全没有类别标签：按 → 继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="531"/>
        <source>%1 per hour</source>
        <translation>每小时 %1 条</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="532"/>
        <source>%1 in the last %2 min</source>
        <translation>最近 %2 分钟 %1 条</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="533"/>
        <source>Labeled %1 / %2   ·   today %3   ·   %4   ·   %5 of %6 in queue</source>
        <translation>已标注 %1 / %2   ·   今日 %3   ·   %4   ·   队列 %5 / %6</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="376"/>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="404"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="380"/>
        <source>End of the queue. Press ← to go back, or start a new queue.</source>
        <translation>队列已结束。按 ← 返回，或开始新队列。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="398"/>
        <source>User question</source>
        <translation>用户问题</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="414"/>
        <source>Not labeled yet</source>
        <translation>尚未标注</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="415"/>
        <source>Current label: %1 (%2)</source>
        <translation>当前标签：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="416"/>
        <source>skipped earlier</source>
        <translation>之前已跳过</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="417"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="433"/>
        <source>The model has no suggestion for this sample.</source>
        <translation>模型对这条样本没有建议。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="439"/>
        <source>The model&apos;s answer is not a label of this project.</source>
        <translation>模型给出的答案不是本项目的标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="442"/>
        <source>Model suggests: %1 (%2) — confidence %3%. Not applied: press its key to accept.</source>
        <translation>模型建议：%1（%2）—— 置信度 %3%。不会自动采用：按对应的键即可接受。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="26"/>
        <source>Trained model directory</source>
        <translation>已训练的模型目录</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="39"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="48"/>
        <source>Predicting the unlabeled samples: %1 / %2</source>
        <translation>正在预测未标注样本：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="56"/>
        <source>Model run cancelled.</source>
        <translation>模型预测已取消。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="58"/>
        <source>Cannot use this model: %1</source>
        <translation>无法使用这个模型：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneSuggestions.cpp" line="64"/>
        <source>Model: %1 — most uncertain first</source>
        <translation>模型：%1 —— 最不确定的优先</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="459"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation>请先设置标注员姓名（编辑 ▸ 标注员姓名）。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="489"/>
        <source>Label undone.</source>
        <translation>已撤销标注。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePane.cpp" line="524"/>
        <source>counting…   ·   %1 of %2 in queue</source>
        <translation>统计中…   ·   队列 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="10"/>
        <source>1–9, a label&apos;s own key (Y / N)</source>
        <translation>1–9、标签自己的按键（Y / N）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="10"/>
        <source>Label the record and go to the next one</source>
        <translation>标注该记录并转到下一条</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="11"/>
        <source>Pick a label from the list (type to search)</source>
        <translation>从列表中选择标签（可输入筛选）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="12"/>
        <source>Skip the record</source>
        <translation>跳过该记录</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="13"/>
        <source>Write a note (Enter or Esc returns to the keys)</source>
        <translation>写备注（按 Enter 或 Esc 回到按键标注）</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="14"/>
        <source>← / Page Up</source>
        <translation>← / Page Up</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="14"/>
        <source>Back to the previous record</source>
        <translation>回到上一条记录</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="15"/>
        <source>→ / Page Down</source>
        <translation>→ / Page Down</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="15"/>
        <source>Forward</source>
        <translation>前进到下一条</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/AnnotatePaneShortcuts.cpp" line="16"/>
        <source>Undo the last label</source>
        <translation>撤销上一个标签</translation>
    </message>
</context>
<context>
    <name>assay::ConfidenceHistogram</name>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="41"/>
        <source>Confidence (the model&apos;s probability of its answer)</source>
        <translation>置信度（模型给其答案的概率）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="42"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="43"/>
        <source>How sure the model is</source>
        <translation>模型的把握程度</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="44"/>
        <source>agrees with the human label</source>
        <translation>与人工标签一致</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="45"/>
        <source>disagrees</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ConfidenceHistogram.cpp" line="46"/>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
</context>
<context>
    <name>assay::ConfusionHeatMap</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="179"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="180"/>
        <source>True label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="181"/>
        <source>Confusion matrix (latest evaluation)</source>
        <translation>混淆矩阵（最近一次评估）</translation>
    </message>
</context>
<context>
    <name>assay::DatasetPane</name>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="247"/>
        <source>Search text…</source>
        <translation>搜索文本…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>All splits</source>
        <translation>全部划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="248"/>
        <source>unassigned</source>
        <translation>未划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="250"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="251"/>
        <source>Annotators disagree, or the same text carries another label elsewhere</source>
        <translation>标注员意见不一致，或相同文本在别处带有不同标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="265"/>
        <source>Reviewed or not</source>
        <translation>是否已审核</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="265"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="265"/>
        <source>Unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="267"/>
        <source>Model disagrees</source>
        <translation>模型意见不同</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="268"/>
        <source>The latest stored prediction differs from the sample&apos;s label</source>
        <translation>最近保存的预测与样本的标签不同</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="269"/>
        <source>Has note</source>
        <translation>有备注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="270"/>
        <source>An annotator wrote a note on the record</source>
        <translation>标注员为该记录写了备注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="271"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="272"/>
        <source>Show only the deleted records, to restore them (Delete key or right-click)</source>
        <translation>只显示已删除的记录，以便恢复（Delete 键或右键）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="273"/>
        <source>Re-annotate filtered records</source>
        <translation>重新标注筛选出的记录</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="275"/>
        <source>Go through the records this filter shows in the annotate pane, labelled ones included</source>
        <translation>在标注页逐条处理当前筛选出的记录，包括已标注的</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="277"/>
        <source>Re-split all samples</source>
        <translation>重新划分全部样本</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="278"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="487"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="279"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="280"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="281"/>
        <source>Labels…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="282"/>
        <source>Add, rename and reorder labels; keys, colours and descriptions for annotators</source>
        <translation>添加、重命名、调整标签顺序；为标注员设置按键、颜色和说明</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="283"/>
        <source>Train / test split</source>
        <translation>训练集 / 测试集划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="284"/>
        <source>Test fraction:</source>
        <translation>测试集比例：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="285"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="325"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="288"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="338"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="252"/>
        <source>Conflicts</source>
        <translation>标注冲突</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="253"/>
        <source>Annotators gave the record different labels (see the Agreement tab)</source>
        <translation>标注员给该记录的标签不同（见“一致性”标签页）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="254"/>
        <source>Likely wrong label</source>
        <translation>疑似标错</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="256"/>
        <source>Records the latest &quot;Find likely wrong labels&quot; run flagged and nobody has accepted or dismissed yet</source>
        <translation>最近一次“查找疑似标错”标记、尚未被采纳或驳回的记录</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="257"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="431"/>
        <source>Only: %1 (%2)</source>
        <translation>仅显示：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="258"/>
        <source>Untick to show every record again</source>
        <translation>取消勾选以重新显示全部记录</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="259"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="260"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="261"/>
        <source>How far the annotators agree: Cohen&apos;s kappa per pair, Fleiss&apos; kappa, Krippendorff&apos;s alpha, agreement per label</source>
        <translation>标注员之间的一致程度：每对标注员的 Cohen's kappa、Fleiss' kappa、Krippendorff's alpha、各标签的一致性</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="263"/>
        <source>Label distribution</source>
        <translation>标签分布</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="289"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="339"/>
        <source>Unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="291"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="330"/>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="366"/>
        <source>All annotators</source>
        <translation>全部标注员</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="407"/>
        <source>No records in this filter.</source>
        <translation>当前筛选没有记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="410"/>
        <source>the %n filtered record(s)</source>
        <translation>
            <numerusform>筛选出的 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="441"/>
        <source>Health (%1)</source>
        <translation>数据健康（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="441"/>
        <source>Health</source>
        <translation>数据健康</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="443"/>
        <source>Duplicates, conflicting labels, train/test overlap, imbalance, low diversity, length outliers and truncated texts</source>
        <translation>重复、标签冲突、训练/测试重叠、类别不平衡、多样性不足、长度异常和被截断的文本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="456"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPane.cpp" line="457"/>
        <source>%1+ samples (scroll for more)</source>
        <translation>%1+ 个样本（滚动加载更多）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="10"/>
        <source>1–9, a label&apos;s own key (Y / N)</source>
        <translation>1–9、标签自己的按键（Y / N）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="10"/>
        <source>Relabel the selected records (the Annotate pane&apos;s label keys)</source>
        <translation>给选中的记录改标（与标注页的标签按键相同）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="11"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="11"/>
        <source>Delete the selected records; restore them when all are deleted</source>
        <translation>删除选中的记录；若选中的都已删除则恢复</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="12"/>
        <source>Right click</source>
        <translation>右键</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="12"/>
        <source>Relabel, delete, restore or re-annotate the selection</source>
        <translation>对选中的记录改标、删除、恢复或重新标注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="13"/>
        <source>Undo the last relabel, delete or restore</source>
        <translation>撤销上一次改标、删除或恢复</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="14"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="15"/>
        <source>Double click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/DatasetPaneShortcuts.cpp" line="15"/>
        <source>Open the record in the Annotate pane</source>
        <translation>在标注页打开该记录</translation>
    </message>
</context>
<context>
    <name>assay::ExportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="108"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="174"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="109"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="112"/>
        <source>All samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="112"/>
        <source>Train split</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="112"/>
        <source>Test split</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="114"/>
        <source>Only reviewed samples (a verdict other than skip; every split)</source>
        <translation>只导出已审核的样本（有跳过以外的结论；所有划分）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="116"/>
        <source>Only the %n record(s) the dataset pane&apos;s filter shows</source>
        <translation>
            <numerusform>只导出数据集页筛选出的 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="118"/>
        <source>Output file:</source>
        <translation>输出文件：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="119"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="120"/>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="63"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="185"/>
        <source>Choose where to write.</source>
        <translation>请选择输出位置。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="121"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="124"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="175"/>
        <source>Data files (*.json *.jsonl);;All files (*)</source>
        <translation>数据文件 (*.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="195"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="219"/>
        <source>Export cancelled; no file written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="149"/>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="224"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="234"/>
        <source>Wrote %1 records (%2 bytes) to %3.</source>
        <translation>已写入 %1 条记录（%2 字节）到 %3。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ExportDialog.cpp" line="235"/>
        <source>Not written — %1</source>
        <translation>未写入 —— %1</translation>
    </message>
</context>
<context>
    <name>assay::FormatNames</name>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="9"/>
        <source>Style JSON (rm_train.py)</source>
        <translation>Style JSON（rm_train.py）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="11"/>
        <source>TRL chosen/rejected JSONL</source>
        <translation>TRL chosen/rejected JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="13"/>
        <source>KTO JSONL</source>
        <translation>KTO JSONL</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="23"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="24"/>
        <source>Text JSONL or plain text lines</source>
        <translation>文本 JSONL 或纯文本行</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/FormatNames.cpp" line="29"/>
        <source>Text JSONL</source>
        <translation>文本 JSONL</translation>
    </message>
</context>
<context>
    <name>assay::HealthPanel</name>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="52"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="53"/>
        <source>Near duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="54"/>
        <source>Conflicting labels</source>
        <translation>标签冲突</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="55"/>
        <source>Train/test overlap</source>
        <translation>训练/测试重叠</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="56"/>
        <source>Class imbalance</source>
        <translation>类别不平衡</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="57"/>
        <source>Low diversity</source>
        <translation>多样性不足</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="58"/>
        <source>Length outliers</source>
        <translation>长度异常</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="59"/>
        <source>Truncated by max_length</source>
        <translation>被 max_length 截断</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="128"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="128"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="128"/>
        <source>What it means</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="131"/>
        <source>Open a project to check its data before training.</source>
        <translation>打开项目，在训练前检查其数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="135"/>
        <source>Cannot check the data: %1</source>
        <translation>无法检查数据：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="139"/>
        <source>Checking the data…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="142"/>
        <source>(checking again…)</source>
        <translation>（正在重新检查…）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="144"/>
        <source>No health warnings in %n record(s).</source>
        <translation>
            <numerusform>%n 条记录中没有健康警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="147"/>
        <source>%n warning(s) in %1 records. Click one to show its records in the table.</source>
        <translation>
            <numerusform>%1 条记录中有 %n 个警告。点击一个警告即可在表格中显示其记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/HealthPanel.cpp" line="158"/>
        <source>%n example record(s): click to show them in the table</source>
        <translation>
            <numerusform>%n 条示例记录：点击即可在表格中显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::HealthWarningDialog</name>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="23"/>
        <source>Check the data before training</source>
        <translation>训练前检查数据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="24"/>
        <source>The project has %n health warning(s). A model trained on this data may learn the problem instead of the task.</source>
        <translation>
            <numerusform>项目有 %n 个健康警告。用这些数据训练的模型可能学到的是问题本身，而不是任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="31"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="31"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="31"/>
        <source>What it means</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="52"/>
        <source>Continue training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="54"/>
        <source>Show duplicates</source>
        <translation>显示重复记录</translation>
    </message>
    <message>
        <location filename="../../widgets/train/HealthWarningDialog.cpp" line="56"/>
        <source>Open the repeated records in the dataset pane, without training</source>
        <translation>在数据页打开重复的记录，不开始训练</translation>
    </message>
</context>
<context>
    <name>assay::ImportDialog</name>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="140"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="192"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="141"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="144"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="145"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="146"/>
        <source>Labels by:</source>
        <translation>标签来自：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="92"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="212"/>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="262"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="148"/>
        <source>The annotator the file&apos;s labels are credited to. Empty: import:&lt;file name&gt;. They count as your own labelling (%1) only if you type your name here.</source>
        <translation>文件中的标签记在这个标注者名下。留空：import:&lt;文件名&gt;。只有在这里填上你自己的名字（%1），它们才算作你的标注。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="151"/>
        <source>Import records already in the project again (duplicates)</source>
        <translation>再次导入项目中已有的记录（重复）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="153"/>
        <source>Off: a record whose text (for pairs: prompt and responses) is already in the project adds no sample; a different label in the file is stored as the file annotator&apos;s label.</source>
        <translation>不勾选：文本（偏好对为提示和两个回答）已在项目中的记录不会新增样本；文件中不同的标签记为该文件标注者的标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="155"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="156"/>
        <source>The import report appears here: counts, and every skipped record with its line.</source>
        <translation>导入报告显示在这里：数量统计，以及每条被跳过记录的行号。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="157"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="158"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="160"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="193"/>
        <source>Data files (*.json *.jsonl *.txt);;All files (*)</source>
        <translation>数据文件 (*.json *.jsonl *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="214"/>
        <source>Press Import to add the file; records already in the project are not added again.</source>
        <translation>按“导入”加入这个文件；项目中已有的记录不会重复加入。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="222"/>
        <source>several formats (decided record by record)</source>
        <translation>多种格式（逐条判断）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="229"/>
        <source>Preview: choose a file to see its first records.</source>
        <translation>预览：选择文件后显示前几条记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="233"/>
        <source>no records found</source>
        <translation>没有找到记录</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="234"/>
        <source>Preview: nothing readable — %1</source>
        <translation>预览：没有可读的内容 —— %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="238"/>
        <source>Preview of the first %n record(s), read as %1:</source>
        <translation>
            <numerusform>前 %n 条记录的预览，按 %1 读取：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="241"/>
        <source>(%n bad record(s) among them)</source>
        <translation>
            <numerusform>（其中 %n 条有问题）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="247"/>
        <source>pair (chosen ≻ rejected)</source>
        <translation>偏好对（chosen ≻ rejected）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="248"/>
        <source>desirable</source>
        <translation>可取</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="248"/>
        <source>undesirable</source>
        <translation>不可取</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="251"/>
        <source>(unlabeled)</source>
        <translation>（未标注）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="274"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="290"/>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>导入已取消：项目未改变。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="295"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="309"/>
        <source>Nothing imported: the file could not be read. The project is unchanged.</source>
        <translation>未导入：无法读取该文件。项目未改变。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="316"/>
        <source>Imported %1 records, skipped %2; %3 of them were duplicates, imported again as asked.</source>
        <translation>已导入 %1 条，跳过 %2 条；其中 %3 条是重复的，按要求再次导入。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="321"/>
        <source>Imported %1 records, skipped %2, already present %3.</source>
        <translation>已导入 %1 条，跳过 %2 条，已存在 %3 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="324"/>
        <source>%n of the records already present added or changed a label.</source>
        <translation>
            <numerusform>已存在的记录中有 %n 条新增或更改了标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="326"/>
        <source>%n repeated a record earlier in the file.</source>
        <translation>
            <numerusform>%n 条与文件中前面的记录重复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="330"/>
        <source>Labels by: %1</source>
        <translation>标签来自：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="332"/>
        <source>skipped (%1): %2</source>
        <translation>跳过（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/ImportDialog.cpp" line="335"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 条</translation>
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
另外 %n 个标签…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::LabelDistributionChart</name>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="49"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="61"/>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="50"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="71"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="72"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelDistributionChart.cpp" line="73"/>
        <source>unassigned</source>
        <translation>未划分</translation>
    </message>
</context>
<context>
    <name>assay::LabelEditorDialog</name>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="86"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>English</source>
        <translation>英文标识</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="88"/>
        <source>Description (shown to annotators)</source>
        <translation>说明（显示给标注员）</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="89"/>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="90"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="91"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="92"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="93"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="94"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="95"/>
        <source>Renames (kept in the project):</source>
        <translation>重命名记录（保存在项目中）：</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="96"/>
        <source>The order annotators see; keys 1-9 follow it (Ctrl+Up)</source>
        <translation>标注员看到的顺序；按键 1-9 按此顺序 (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="97"/>
        <source>Key: one letter or digit of the label&apos;s own (not S, E, L, Y or N); empty: its place, 1-9</source>
        <translation>按键：该标签专用的一个字母或数字（不能是 S、E、L、Y、N）；留空：按位置使用 1-9</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="140"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="171"/>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="181"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="182"/>
        <source>%1: a label needs a name.</source>
        <translation>%1：标签需要名称。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="184"/>
        <source>%1: &quot;%2&quot; is used by another label.</source>
        <translation>%1：“%2”已被其他标签使用。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="188"/>
        <source>%1: a key is one letter or digit.</source>
        <translation>%1：按键必须是一个字母或数字。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="190"/>
        <source>%1: %2 is the annotate pane&apos;s own key (S skip, E note, L picker, Y/N).</source>
        <translation>%1：%2 是标注页自己的按键（S 跳过，E 备注，L 选择器，Y/N）。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="191"/>
        <source>%1: key %2 is used twice.</source>
        <translation>%1：按键 %2 被使用了两次。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="195"/>
        <source>%1: colour &quot;%2&quot; is not #rrggbb.</source>
        <translation>%1：颜色“%2”不是 #rrggbb 格式。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/LabelEditorDialog.cpp" line="208"/>
        <source>Row %1: &quot;%2&quot; still belongs to label %3; rename that one first and apply.</source>
        <translation>第 %1 行：“%2”仍属于标签 %3；请先重命名那个标签并应用。</translation>
    </message>
</context>
<context>
    <name>assay::LabelPicker</name>
    <message>
        <location filename="../../widgets/annotate/LabelPicker.cpp" line="31"/>
        <source>Pick a label</source>
        <translation>选择标签</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/LabelPicker.cpp" line="32"/>
        <source>Type part of a label, Enter to apply, Esc to close</source>
        <translation>输入标签的一部分，Enter 应用，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>assay::LossChart</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="49"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="50"/>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="51"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="52"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="53"/>
        <source>eval loss</source>
        <translation>验证损失</translation>
    </message>
</context>
<context>
    <name>assay::MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="40"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="309"/>
        <source>Assay</source>
        <translation>Assay</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="101"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="102"/>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="103"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="104"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="116"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="117"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="118"/>
        <source>Open &amp;Recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="121"/>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="123"/>
        <source>&amp;Export Data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="125"/>
        <source>Export &amp;Reviewed Records…</source>
        <translation>导出已审核记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="127"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="128"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="130"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="136"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="139"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="144"/>
        <source>Annotator &amp;Name…</source>
        <translation>标注员姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="145"/>
        <source>&amp;Labels…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="148"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="154"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="156"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="169"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="170"/>
        <source>Find &amp;Likely Wrong Labels…</source>
        <translation>查找疑似错标(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="174"/>
        <source>Review Annotator &amp;Conflicts</source>
        <translation>审核标注冲突(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="181"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="183"/>
        <source>&amp;About Assay</source>
        <translation>关于 Assay(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="184"/>
        <source>About Assay</source>
        <translation>关于 Assay</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="185"/>
        <source>Assay %1 — a workbench for reward models: label, train, review.</source>
        <translation>Assay %1 —— 奖励模型工作台：标注、训练、审核。</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="216"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="262"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="217"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="227"/>
        <source>Assay projects (*.assay)</source>
        <translation>Assay 项目 (*.assay)</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="226"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="234"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="240"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="246"/>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="252"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="230"/>
        <source>style (售前, 售后, 诚实, 有帮助, 无伤害)</source>
        <translation>风格（售前、售后、诚实、有帮助、无伤害）</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="230"/>
        <source>correctness (正确 / 错误)</source>
        <translation>正确性（正确 / 错误）</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="231"/>
        <source>your own labels…</source>
        <translation>自定义标签…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="234"/>
        <source>Labelling scheme:</source>
        <translation>标注方案：</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="240"/>
        <source>Labels, separated by commas (more can be added later in Edit ▸ Labels):</source>
        <translation>标签，用逗号分隔（之后可在 编辑 ▸ 标签 中添加更多）：</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="271"/>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="271"/>
        <source>Open or create a project first, then drop the file again.</source>
        <translation>请先打开或新建项目，然后再次拖入文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="280"/>
        <source>Annotator Name</source>
        <translation>标注员姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="280"/>
        <source>Labels are saved under this name:</source>
        <translation>标注将以此姓名保存：</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="300"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="307"/>
        <source>Annotator: %1</source>
        <translation>标注员：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="310"/>
        <source>No project open — File ▸ Open Project, or drop a .assay file here</source>
        <translation>未打开项目 —— 文件 ▸ 打开项目，或将 .assay 文件拖到此处</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="317"/>
        <source>Assay — %1 (read-only)</source>
        <translation>Assay — %1（只读）</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="318"/>
        <source>%1 — read-only (%2): labels, imports and label changes cannot be saved</source>
        <translation>%1 —— 只读（%2）：标注、导入和标签修改都无法保存</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="321"/>
        <source>Assay — %1</source>
        <translation>Assay — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="326"/>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/MainWindow.cpp" line="329"/>
        <source>%1 samples · %2 labeled · train %3 · test %4</source>
        <translation>%1 个样本 · 已标注 %2 · 训练集 %3 · 测试集 %4</translation>
    </message>
</context>
<context>
    <name>assay::MetricChart</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="117"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="118"/>
        <source>macro F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="123"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="124"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="125"/>
        <source>Accuracy and F1</source>
        <translation>准确率与 F1</translation>
    </message>
</context>
<context>
    <name>assay::QualityQueueModel</name>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="97"/>
        <source>chosen ≻ rejected</source>
        <translation>选中 ≻ 拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="101"/>
        <source>the other way round</source>
        <translation>反过来</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="107"/>
        <source>accepted by %1</source>
        <translation>%1 已接受</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="109"/>
        <source>dismissed by %1</source>
        <translation>%1 已驳回</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="113"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="157"/>
        <source>A tie: training leaves this sample out</source>
        <translation>平票：训练时跳过此样本</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="157"/>
        <source>tie</source>
        <translation>平票</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="161"/>
        <source>Not adjudicated: training uses the majority</source>
        <translation>未裁定：训练使用多数标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="163"/>
        <source>Adjudicated by %1 on %2</source>
        <translation>由 %1 于 %2 裁定</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="166"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="181"/>
        <source>Score %1: how confidently the labels disagree</source>
        <translation>分数 %1：与标签不一致的把握程度</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="192"/>
        <source>Out-of-fold probability of the suggestion</source>
        <translation>建议标签的交叉验证（折外）概率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="205"/>
        <source>The label a reviewer decided; training uses it over the majority</source>
        <translation>审核员裁定的标签；训练时优先于多数标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="209"/>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="228"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="211"/>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="230"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="213"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="215"/>
        <source>Majority</source>
        <translation>多数</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="217"/>
        <source>Final label</source>
        <translation>最终标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="223"/>
        <source>Most confident first: open flags, then the resolved ones</source>
        <translation>最有把握的在前：先是待处理的标记，再是已处理的</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="226"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="232"/>
        <source>Given label</source>
        <translation>原标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="234"/>
        <source>Suggested</source>
        <translation>建议标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="236"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/QualityQueueModel.cpp" line="238"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>assay::ReannotationControls</name>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="54"/>
        <source>Re-annotating %1: labelled records included; each shows its current label.</source>
        <translation>正在重新标注%1：包括已标注的记录，每条都显示当前标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="55"/>
        <source>Leave re-annotation</source>
        <translation>退出重新标注</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="56"/>
        <source>Re-annotate all records</source>
        <translation>重新标注全部记录</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="57"/>
        <source>Review records the model disagrees with</source>
        <translation>复核模型意见不同的记录</translation>
    </message>
    <message>
        <location filename="../../widgets/annotate/ReannotationControls.cpp" line="59"/>
        <source>Records whose stored prediction differs from their label (run a model in the review pane first)</source>
        <translation>已保存的预测与标签不同的记录（请先在审核页运行模型）</translation>
    </message>
</context>
<context>
    <name>assay::RecordActions</name>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="62"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="63"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="72"/>
        <source>1-9 or a label&apos;s key: relabel the selected rows · Delete: delete or restore them · Ctrl+Z / Ctrl+Shift+Z: undo / redo · double-click: open in the annotate pane · right-click: more</source>
        <translation>1-9 或标签的快捷键：给选中的行改标签 · Delete：删除或恢复 · Ctrl+Z / Ctrl+Shift+Z：撤销 / 重做 · 双击：在标注页打开 · 右键：更多</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="103"/>
        <source>%n record(s) relabelled as %1</source>
        <translation>
            <numerusform>已将 %n 条记录改标为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="106"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="110"/>
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>已恢复 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="117"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="125"/>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="143"/>
        <source>Set your annotator name first (Edit ▸ Annotator name).</source>
        <translation>请先设置标注员姓名（编辑 ▸ 标注员姓名）。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="130"/>
        <source>Pairs and completions carry no label: nothing relabelled.</source>
        <translation>偏好对和补全没有类别标签：未改标任何记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="150"/>
        <source>Already deleted.</source>
        <translation>已经删除。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="150"/>
        <source>Not deleted: nothing to restore.</source>
        <translation>未删除：没有可恢复的记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="187"/>
        <source>Relabel as</source>
        <translation>改标为</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="204"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="209"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/RecordActions.cpp" line="214"/>
        <source>Re-annotate these…</source>
        <translation>重新标注这些…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/dataset/RecordActions.cpp" line="217"/>
        <source>%n selected record(s)</source>
        <translation>
            <numerusform>选中的 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::ReviewDetailPane</name>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="43"/>
        <source>Select a record to see its whole text, metadata, probabilities and history.</source>
        <translation>选择一条记录，查看全文、元数据、各类概率和历史。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="158"/>
        <source>Record %1 · %2</source>
        <translation>记录 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="61"/>
        <source>Human label: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>人工标签：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="62"/>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; (confidence %2)</source>
        <translation>模型：&lt;b&gt;%1&lt;/b&gt;（置信度 %2）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="71"/>
        <source>Probabilities</source>
        <translation>各类概率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="96"/>
        <source>Annotators&apos; latest labels</source>
        <translation>各标注员的最新标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="101"/>
        <source>a tie (training leaves the sample out)</source>
        <translation>平票（训练时跳过此样本）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="104"/>
        <source>Majority: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>多数：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="105"/>
        <source>Final label: &lt;b&gt;%1&lt;/b&gt;, decided by %2 on %3</source>
        <translation>最终标签：&lt;b&gt;%1&lt;/b&gt;，由 %2 于 %3 裁定</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="109"/>
        <source>Not adjudicated: pick the final label with a label key.</source>
        <translation>尚未裁定：按标签键选择最终标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="114"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="116"/>
        <source>Adjudications</source>
        <translation>裁定记录</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="135"/>
        <source>Why it is flagged</source>
        <translation>为何被标记</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="137"/>
        <source>Out of fold, the model prefers the rejected response: P(rejected better) = %1.</source>
        <translation>折外预测中，模型更偏好被拒绝的回答：P(拒绝的更好) = %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="139"/>
        <source>Given label &lt;b&gt;%1&lt;/b&gt;; the model trained without this record suggests &lt;b&gt;%2&lt;/b&gt; with out-of-fold probability %3, above that label&apos;s threshold.</source>
        <translation>原标签 &lt;b&gt;%1&lt;/b&gt;；未见过此记录的模型建议 &lt;b&gt;%2&lt;/b&gt;，折外概率 %3，高于该标签的阈值。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="144"/>
        <source>Score %1 (higher: more confidently wrong)</source>
        <translation>分数 %1（越高越可能标错）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="145"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="148"/>
        <source>Flag run %1 by %2 on %3 (%4): %5 records, %6 flags</source>
        <translation>标记运行 %1（%2，%3，%4）：%5 条记录，%6 个标记</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="164"/>
        <source>Chosen</source>
        <translation>选中</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="165"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="174"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="185"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="193"/>
        <source>Verdicts</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="197"/>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2：%3 → %4</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="201"/>
        <source>Label history</source>
        <translation>标签历史</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewDetailPane.cpp" line="202"/>
        <source>No label changes.</source>
        <translation>没有标签变更。</translation>
    </message>
</context>
<context>
    <name>assay::ReviewPane</name>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="178"/>
        <source>Trained model directory (from the train pane&apos;s run history, or any checkpoint)</source>
        <translation>已训练模型目录（来自训练历史，或任意检查点）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="179"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="42"/>
        <source>Model directory</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="180"/>
        <source>Run model</source>
        <translation>运行模型</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="181"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="182"/>
        <source>Show stored</source>
        <translation>显示已保存</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="186"/>
        <source>Export reviewed…</source>
        <translation>导出已审核…</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="187"/>
        <source>Write the samples that have a verdict (skips excluded) in any format</source>
        <translation>以任意格式写出有审核结论的样本（不含跳过）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="188"/>
        <source>Choose a model and press Run model.</source>
        <translation>请选择模型，然后点击“运行模型”。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="189"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="189"/>
        <source>Model disagrees with the human label</source>
        <translation>模型与人工标签不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="189"/>
        <source>Low confidence</source>
        <translation>低置信度</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="190"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="190"/>
        <source>Not reviewed by me</source>
        <translation>我尚未审核</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="192"/>
        <source>confidence &lt; </source>
        <translation>置信度 &lt; </translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="193"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="225"/>
        <source>Undo the last verdict, final label or flag decision (the label it replaced comes back)</source>
        <translation>撤销上一次审核结论、最终标签或标记处理（被替换的标签恢复）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="226"/>
        <source>Redo it</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="157"/>
        <source>Predicting %1 / %2…</source>
        <translation>正在预测 %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="184"/>
        <source>List this model&apos;s predictions saved in the project by its last run, without running it; with no model chosen, those of the project&apos;s latest run</source>
        <translation>列出此模型上次运行时保存在项目中的预测，不重新运行；未选择模型时，列出项目最近一次运行的预测</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="66"/>
        <source>Looking for likely wrong labels: %1 %…</source>
        <translation>正在查找疑似错标：%1 %…</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="78"/>
        <source>Model predictions</source>
        <translation>模型预测</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="79"/>
        <source>Annotator conflicts</source>
        <translation>标注冲突</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="80"/>
        <source>Likely wrong labels</source>
        <translation>疑似错标</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="82"/>
        <source>Samples whose annotators gave different labels: pick the final label</source>
        <translation>标注员给出不同标签的样本：选择最终标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="84"/>
        <source>The latest flagger run: labels a model trained without them disagrees with</source>
        <translation>最近一次标记运行：未见过这些记录的模型与其标签不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="85"/>
        <source>Find likely wrong labels…</source>
        <translation>查找疑似错标…</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="87"/>
        <source>Train a fast n-gram model in 5 folds, predict each labelled record out of fold and flag the labels it confidently disagrees with (confident learning); preference pairs whose chosen side it rejects</source>
        <translation>用快速的 n-gram 模型做 5 折训练，对每条已标注记录做折外预测，标记模型有把握不同意的标签（置信学习）；以及模型拒绝其选中一侧的偏好对</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="91"/>
        <source>A accept · K keep · 1–9 / Y / N label · S skip · Ctrl+Z undo · F1 all keys</source>
        <translation>A 采纳 · K 保留 · 1–9 / Y / N 标注 · S 跳过 · Ctrl+Z 撤销 · F1 全部按键</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="94"/>
        <source>1–9 / Y / N final label · A majority · Delete withdraw · Ctrl+Z undo · F1 all keys</source>
        <translation>1–9 / Y / N 最终标签 · A 多数 · Delete 撤回 · Ctrl+Z 撤销 · F1 全部按键</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="97"/>
        <source>A accept the suggestion · K / D dismiss · Ctrl+Z undo · F1 all keys</source>
        <translation>A 接受建议 · K / D 驳回 · Ctrl+Z 撤销 · F1 全部按键</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="139"/>
        <source>No conflicts: no two annotators gave one sample different labels.</source>
        <translation>没有冲突：没有样本被不同标注员标成不同标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="140"/>
        <source>%1 samples with conflicting labels · %2 adjudicated · training uses the final label, else the majority</source>
        <translation>%1 个样本标签冲突 · 已裁定 %2 个 · 训练使用最终标签，否则使用多数标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="152"/>
        <source>No flags yet: press Find likely wrong labels….</source>
        <translation>还没有标记：请点击“查找疑似错标…”。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="153"/>
        <source>%1 likely wrong labels, %2 open · run of %3 by %4 over %5 records</source>
        <translation>%1 个疑似错标，%2 个待处理 · %4 于 %3 对 %5 条记录的运行</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="194"/>
        <source>Final label of record %1 withdrawn: training uses the majority.</source>
        <translation>已撤回记录 %1 的最终标签：训练使用多数标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="195"/>
        <source>Record %1: final label %2.</source>
        <translation>记录 %1：最终标签 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="206"/>
        <source>The flag of record %1 is already %2.</source>
        <translation>记录 %1 的标记已是：%2。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="242"/>
        <source>A tie has no majority: pick the final label with a label key.</source>
        <translation>平票没有多数：请按标签键选择最终标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="270"/>
        <source>A flag run cannot be stored: %1</source>
        <translation>无法保存标记运行：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="277"/>
        <source>Looking for likely wrong labels…</source>
        <translation>正在查找疑似错标…</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="287"/>
        <source>Finding likely wrong labels cancelled; nothing was stored.</source>
        <translation>已取消查找疑似错标；没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPaneQueues.cpp" line="292"/>
        <source>Cannot look for likely wrong labels: %1</source>
        <translation>无法查找疑似错标：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="219"/>
        <source>Accept the model&apos;s prediction as the label</source>
        <translation>采纳模型的预测作为标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="220"/>
        <source>Keep the human label</source>
        <translation>保留人工标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="221"/>
        <source>1–9, a label&apos;s own key (Y / N)</source>
        <translation>1–9、标签自己的按键（Y / N）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="221"/>
        <source>Pick that label (the Annotate pane&apos;s label keys)</source>
        <translation>选择该标签（与标注页的标签按键相同）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="222"/>
        <source>Skip: record that you looked, change nothing</source>
        <translation>跳过：记下已查看，不做更改</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="223"/>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="223"/>
        <source>Previous / next record; the detail pane follows</source>
        <translation>上一条 / 下一条记录；详情随之更新</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="227"/>
        <source>Click a column header</source>
        <translation>点击列标题</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="227"/>
        <source>Sort by it; Priority goes back to most likely wrong first</source>
        <translation>按该列排序；点击“优先级”恢复“最可能出错的在前”</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="228"/>
        <source>Conflicts: 1–9, a label&apos;s own key</source>
        <translation>冲突：1–9 或标签自己的键</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="228"/>
        <source>Make it the final label (stored apart from the annotators&apos;)</source>
        <translation>设为最终标签（与标注员的标签分开保存）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="229"/>
        <source>Conflicts: A</source>
        <translation>冲突：A</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="229"/>
        <source>Make the majority label the final label</source>
        <translation>把多数标签设为最终标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="230"/>
        <source>Conflicts: Delete</source>
        <translation>冲突：Delete</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="230"/>
        <source>Withdraw the final label</source>
        <translation>撤回最终标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="231"/>
        <source>Likely wrong labels: A</source>
        <translation>疑似错标：A</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="231"/>
        <source>Accept the suggestion: relabel the record under your name</source>
        <translation>接受建议：以你的名义改标此记录</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="232"/>
        <source>Likely wrong labels: K / D</source>
        <translation>疑似错标：K / D</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="232"/>
        <source>Dismiss the flag: the label stays</source>
        <translation>驳回标记：标签不变</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="250"/>
        <source>Choose a model directory first.</source>
        <translation>请先选择模型目录。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="258"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="267"/>
        <source>Prediction cancelled.</source>
        <translation>预测已取消。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="271"/>
        <source>Cannot run the model: %1</source>
        <translation>无法运行模型：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="286"/>
        <source>No predictions are stored in this project yet: choose a model and press Run model.</source>
        <translation>项目中还没有保存的预测：请选择模型，然后点击“运行模型”。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="295"/>
        <source>No stored predictions of %1 in this project: run the model first.</source>
        <translation>本项目中没有 %1 保存的预测：请先运行模型。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="320"/>
        <source>Stored predictions of %1 · %2</source>
        <translation>%1 的已保存预测 · %2</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="348"/>
        <source>%1 records predicted · the model disagrees with the human label on %2</source>
        <translation>已预测 %1 条 · 其中 %2 条与人工标签不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="476"/>
        <source>Final label of record %1 undone.</source>
        <translation>已撤销记录 %1 的最终标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="477"/>
        <source>Final label of record %1 given again.</source>
        <translation>已重新给出记录 %1 的最终标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="478"/>
        <source>Decision on the flag of record %1 undone.</source>
        <translation>已撤销对记录 %1 标记的处理。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="479"/>
        <source>Decision on the flag of record %1 made again.</source>
        <translation>已重新处理记录 %1 的标记。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="485"/>
        <source>Verdict on record %1 undone.</source>
        <translation>已撤销记录 %1 的审核结论。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="486"/>
        <source>Verdict on record %1 given again.</source>
        <translation>已重新给出记录 %1 的审核结论。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewPane.cpp" line="535"/>
        <source>Export reviewed records</source>
        <translation>导出已审核记录</translation>
    </message>
</context>
<context>
    <name>assay::ReviewTableModel</name>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="188"/>
        <source>accepted model</source>
        <translation>采纳模型</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="190"/>
        <source>kept human label</source>
        <translation>保留人工标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="192"/>
        <source>relabelled as %1</source>
        <translation>改标为 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="197"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="231"/>
        <source>The model disagrees with the human label (margin %1)</source>
        <translation>模型与人工标签不一致（差值 %1）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="234"/>
        <source>The model is unsure (confidence below %1)</source>
        <translation>模型把握不足（置信度低于 %1）</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="238"/>
        <source>The model is sure and agrees, or the record is unlabeled</source>
        <translation>模型有把握且与人工标签一致，或记录未标注</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="281"/>
        <source>Most likely wrong first: disagreements with the human label, the most confident first, then low-confidence predictions, then the rest. Click a header to sort by it, this one to go back.</source>
        <translation>最可能出错的在前：先是与人工标签不一致的记录（模型最有把握的在前），再是低置信度的预测，然后是其余记录。点击列标题按该列排序，点击本列恢复默认顺序。</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="284"/>
        <source>Sorted by the probability the model gives the human label</source>
        <translation>按模型给人工标签的概率排序</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="290"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="292"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="294"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="296"/>
        <source>Human label</source>
        <translation>人工标签</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="298"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="300"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="302"/>
        <source>Probabilities</source>
        <translation>各类概率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ReviewTableModel.cpp" line="304"/>
        <source>Verdict</source>
        <translation>审核结论</translation>
    </message>
</context>
<context>
    <name>assay::RewardHistogram</name>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="259"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="260"/>
        <source>Pairs</source>
        <translation>配对数量</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="261"/>
        <source>Chosen vs rejected rewards (latest evaluation)</source>
        <translation>chosen 与 rejected 奖励分布（最近一次评估）</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="262"/>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainingCharts.cpp" line="263"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>assay::SampleTableModel</name>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="174"/>
        <source>pair</source>
        <translation>偏好对</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="175"/>
        <source>completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="176"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="183"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="185"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="187"/>
        <source>unassigned</source>
        <translation>未划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="200"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="201"/>
        <source>annotators disagree</source>
        <translation>标注不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="213"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="215"/>
        <source>kept human</source>
        <translation>保留人工标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="217"/>
        <source>relabelled</source>
        <translation>已改标</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="202"/>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="221"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="229"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="231"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="233"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="235"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="237"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="239"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="241"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="243"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/dataset/SampleTableModel.cpp" line="245"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>assay::ShortcutOverlay</name>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="75"/>
        <source>%1 pane: no keys of its own</source>
        <translation>%1页：没有自己的按键</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="75"/>
        <source>%1 pane</source>
        <translation>%1页</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow/ShortcutOverlay.cpp" line="77"/>
        <source>Everywhere (menus)</source>
        <translation>所有页面（菜单）</translation>
    </message>
</context>
<context>
    <name>assay::ThresholdPanel</name>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="58"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="59"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="61"/>
        <source>Precision / recall of &quot;correct&quot;</source>
        <translation>“正确”的精确率 / 召回率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="64"/>
        <source>Precision / recall of &quot;%1&quot;</source>
        <translation>“%1”的精确率 / 召回率</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="65"/>
        <source>Threshold on P(%1):</source>
        <translation>P(%1) 阈值：</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="67"/>
        <source>PR curve</source>
        <translation>PR 曲线</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="68"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="101"/>
        <source>t = %1   ·   P ≥ t (predicted %6): %2   ·   P &lt; t (predicted otherwise): %3   ·   precision %4   ·   recall %5</source>
        <translation>t = %1   ·   P ≥ t（判为%6）：%2   ·   P &lt; t（判为其他）：%3   ·   精确率 %4   ·   召回率 %5</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="62"/>
        <source>Threshold on P(correct):</source>
        <translation>P(正确) 阈值：</translation>
    </message>
    <message>
        <location filename="../../widgets/review/ThresholdPanel.cpp" line="99"/>
        <source>t = %1   ·   P ≥ t (predicted correct): %2   ·   P &lt; t (predicted incorrect): %3   ·   precision %4   ·   recall %5</source>
        <translation>t = %1   ·   P ≥ t（判为正确）：%2   ·   P &lt; t（判为错误）：%3   ·   精确率 %4   ·   召回率 %5</translation>
    </message>
</context>
<context>
    <name>assay::TrainForm</name>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="133"/>
        <source>classify — N-way cross-entropy</source>
        <translation>classify — N 类交叉熵</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="134"/>
        <source>reward — Bradley–Terry pairs</source>
        <translation>reward — Bradley–Terry 成对</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="58"/>
        <location filename="../../widgets/train/TrainForm.cpp" line="136"/>
        <source>Model checkpoint directory</source>
        <translation>模型检查点目录</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainOptions.cpp" line="35"/>
        <source>&quot;tiny&quot; trains the small built-in model from scratch; &quot;ngram&quot; fits the character n-gram TF-IDF + logistic regression baseline in seconds; or a local Qwen2 checkpoint directory</source>
        <translation>"tiny" 从零训练内置小模型；"ngram" 在几秒内拟合字符 n-gram TF-IDF + 逻辑回归基线；或本地 Qwen2 检查点目录</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="137"/>
        <source>each epoch</source>
        <translation>每个 epoch</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="138"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainOptions.cpp" line="61"/>
        <source>auto: 3 to 6 epochs within 192,000 records seen, more for a small set (at least 38,400 records, at most 30 epochs)</source>
        <translation>自动：在 192,000 条以内训练 3–6 轮；数据较少时增加轮数（至少 38,400 条，最多 30 轮）</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="139"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainOptions.cpp" line="65"/>
        <source>With auto epochs: time the first steps, then plan as many steps as fit in this many minutes (evaluations included)</source>
        <translation>自动轮数时：先测量前几步的速度，再按这个分钟数（含评估）规划训练步数</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="140"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="141"/>
        <source>LoRA (--use_peft)</source>
        <translation>LoRA（--use_peft）</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="152"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="159"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainForm.cpp" line="152"/>
        <source>Output directory:</source>
        <translation>输出目录：</translation>
    </message>
</context>
<context>
    <name>assay::TrainPane</name>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="177"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="178"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="288"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="310"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="179"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="191"/>
        <source>Open a project, then press Start.</source>
        <translation>请打开项目，然后点击“开始”。</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Best metric</source>
        <translation>最佳指标</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="181"/>
        <source>Output directory</source>
        <translation>输出目录</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="183"/>
        <source>Open in Review</source>
        <translation>在审核中打开</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="182"/>
        <source>Run history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="149"/>
        <source>checkpoint: %1</source>
        <translation>检查点：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="205"/>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="211"/>
        <source>Training… (loading data and model)</source>
        <translation>训练中…（正在加载数据和模型）</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="289"/>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="178"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="292"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="190"/>
        <source>Project %1: choose the options, then press Start.</source>
        <translation>项目 %1：设置选项，然后点击“开始”。</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="235"/>
        <source>Checking the data before training…</source>
        <translation>训练前正在检查数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="252"/>
        <source>The data could not be checked before training: %1</source>
        <translation>训练前无法检查数据：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="269"/>
        <source>health warning (%1): %2</source>
        <translation>健康警告（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="276"/>
        <source>Not started: the data has health warnings (the dataset pane&apos;s Health tab lists them).</source>
        <translation>未开始：数据有健康警告（数据页的“数据健康”标签页列出了它们）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/train/TrainPane.cpp" line="280"/>
        <source>The data has %n health warning(s).</source>
        <translation>
            <numerusform>数据有 %n 个健康警告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="293"/>
        <source>Paused (takes effect before the next step)</source>
        <translation>已暂停（在下一步之前生效）</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="300"/>
        <source>Stopping after the current step…</source>
        <translation>当前步完成后停止…</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="317"/>
        <source>eval step %1 (epoch %2): loss %3</source>
        <translation>评估 第 %1 步（epoch %2）：损失 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="327"/>
        <source>, accuracy %1, macro F1 %2</source>
        <translation>，准确率 %1，宏平均 F1 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="336"/>
        <source>, pairwise accuracy %1, margin %2, chosen %3±%4, rejected %5±%6</source>
        <translation>，成对准确率 %1，间隔 %2，chosen %3±%4，rejected %5±%6</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="349"/>
        <source>Step %1 / %2   ·   ETA %3</source>
        <translation>第 %1 / %2 步   ·   预计剩余 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="350"/>
        <location filename="../../widgets/train/TrainPane.cpp" line="374"/>
        <source>GUI latency p50 %1 ms · p99 %2 ms</source>
        <translation>界面延迟 p50 %1 毫秒 · p99 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="366"/>
        <source>%1: baseline %2 / model %3</source>
        <translation>%1：基线 %2 / 模型 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="370"/>
        <source> / blend %1 (saved)</source>
        <translation> / 融合 %1（已保存）</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="372"/>
        <source>Stopped at step %1.</source>
        <translation>已在第 %1 步停止。</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="372"/>
        <source>Finished: %1 steps.</source>
        <translation>已完成：%1 步。</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="373"/>
        <source>Best %1 · %2 tokens/s · %3 s</source>
        <translation>最佳 %1 · %2 token/秒 · %3 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="378"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="378"/>
        <source>finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="385"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="387"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPane.cpp" line="394"/>
        <source>%1 samples (train %2, test %3)</source>
        <translation>%1 个样本（训练集 %2，测试集 %3）</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPaneShortcuts.cpp" line="9"/>
        <source>Double click a run</source>
        <translation>双击一次运行</translation>
    </message>
    <message>
        <location filename="../../widgets/train/TrainPaneShortcuts.cpp" line="9"/>
        <source>Open the run&apos;s model in the Review pane</source>
        <translation>在审核页打开该运行的模型</translation>
    </message>
</context>
<context>
    <name>assay::Trainer</name>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="374"/>
        <source>🧹 Removed %1 unfinished checkpoints (*%2, left by an interrupted run)</source>
        <translation>🧹 删除了 %1 个未写完的检查点 (*%2, 上次运行中断时留下)</translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="412"/>
        <source>⏱️ Time budget %1 minutes: %2 s per step, %3 s per evaluation → %4 steps planned (%5 epochs%6)</source>
        <translation>⏱️ 时间预算 %1 分钟: 每步 %2 s, 每次评估 %3 s → 计划 %4 步 (%5 轮%6)</translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="419"/>
        <source>, all of the auto epochs</source>
        <translation>, 自动轮数全部</translation>
    </message>
    <message>
        <location filename="../../core/train/Trainer.cpp" line="420"/>
        <source>, auto epochs are %1 steps</source>
        <translation>, 自动轮数为 %1 步</translation>
    </message>
</context>
<context>
    <name>assay::TrainingRun</name>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="56"/>
        <source>⚠️ %1: %2 records skipped</source>
        <translation>⚠️ %1: %2 条记录被跳过</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="93"/>
        <source>⚖️ Annotator conflicts: %1 resolved by adjudication, %2 by majority, %3 skipped (tie)</source>
        <translation>⚖️ 标注者冲突: %1 条按裁决, %2 条按多数, %3 条跳过 (票数相同)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="98"/>
        <source>✏️ %1 imported labels corrected by a person: the person&apos;s label is used</source>
        <translation>✏️ %1 条导入标签已被人工更正: 使用人工标签</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="102"/>
        <source>📂 Loading training data: %1</source>
        <translation>📂 加载训练数据: %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="106"/>
        <source>🏷️ Label mapping: %1</source>
        <translation>🏷️ 标签映射: %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="114"/>
        <source>🏷️ Labels: %1</source>
        <translation>🏷️ 标签: %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="201"/>
        <source>📊 Label distribution of the training data:</source>
        <translation>📊 训练数据标签分布:</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="202"/>
        <source>   %1: %2 records</source>
        <translation>   %1: %2 条</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="290"/>
        <source>⚠️ %1 records have texts longer than %2 characters; only the first %2 are tokenized (max_length %3 tokens cannot use more)</source>
        <translation>⚠️ %1 条记录的文本超过 %2 个字符, 只取前 %2 个字符分词 (max_length %3 个 token 用不到更多)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="311"/>
        <source>✅ Loaded %1 training samples</source>
        <translation>✅ 成功加载 %1 条训练样本</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="327"/>
        <source>📊 Data split:</source>
        <translation>📊 数据划分:</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="328"/>
        <source>   Training set: %1 records</source>
        <translation>   训练集: %1 条</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="329"/>
        <source>   Validation set: %1 records</source>
        <translation>   验证集: %1 条</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="332"/>
        <source>   Epochs: %1 (%2 steps/epoch)%3</source>
        <translation>   训练轮数: %1 (%2 步/轮)%3</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="336"/>
        <source> — auto: %2–%3 epochs within %1 records, at least %4 records, at most %5 epochs</source>
        <translation> — 自动: %1 条以内 %2–%3 轮, 至少 %4 条, 最多 %5 轮</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="344"/>
        <source>   Time budget: %1 minutes (--max_train_minutes; steps planned from the speed of the first few)</source>
        <translation>   时间预算: %1 分钟 (--max_train_minutes; 前几步测速后按预算规划步数)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="352"/>
        <source>📏 Baseline (character 1–3-gram TF-IDF + logistic regression, %1 features, %2 s): %3</source>
        <translation>📏 基线 (字符 1–3 元 TF-IDF + 逻辑回归, %1 个特征, %2 s): %3</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="356"/>
        <source>no validation set</source>
        <translation>无验证集</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="392"/>
        <source>🤖 Initializing model: %1</source>
        <translation>🤖 初始化模型: %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="419"/>
        <source>✅ Model loaded</source>
        <translation>✅ 模型加载完成</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="420"/>
        <source>   Model classes: %1</source>
        <translation>   模型类别数: %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="421"/>
        <source>   Vocabulary size: %1</source>
        <translation>   词汇表大小: %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="422"/>
        <source>   Parameters: %1</source>
        <translation>   参数量: %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="425"/>
        <source>   Training threads: %1 (data parallel, each batch split into %1 parts)</source>
        <translation>   训练线程: %1 (数据并行, 每批切分为 %1 份)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="427"/>
        <source>   Matmul precision: %1 (this machine, one core: fp32 %2 / bf16 %3 GFLOP/s)</source>
        <translation>   矩阵乘精度: %1 (本机单核 fp32 %2 / bf16 %3 GFLOP/s)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="431"/>
        <source>   Kernels: the reference path (plain LibTorch, slower)</source>
        <translation>   计算路径: 参考实现 (纯 LibTorch, 较慢)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="433"/>
        <source>   Auxiliary loss: next-character prediction × %1 (characters in ≥ %2% of the records predicted one by one, the others as one class)</source>
        <translation>   辅助损失: 下一字预测 × %1 (出现在 ≥ %2% 记录中的字逐字预测, 其余字合为一类)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="438"/>
        <source>   Name swap: in %1% of the records each epoch, Chinese characters found in &lt; %2% of the records become other rare ones</source>
        <translation>   名称替换: 每轮 %1% 的记录中, 出现在 &lt; %2% 记录中的汉字换成其他罕见字</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="455"/>
        <source>   Name swap on: the n-gram baseline is reported, not blended into the model (it reads the names)</source>
        <translation>   名称替换开启: n-gram 基线只作对照, 不融合进模型 (它依赖名称)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingRun.cpp" line="529"/>
        <source>🔀 Weight of the n-gram baseline on the validation set: %1 (%2: model %3, baseline %4, blend %5)</source>
        <translation>🔀 验证集上 n-gram 基线的权重: %1 (%2: 模型 %3, 基线 %4, 融合 %5)</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingHealth.cpp" line="20"/>
        <source>sample ids %1</source>
        <translation>样本编号 %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingHealth.cpp" line="21"/>
        <source>records %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <location filename="../../core/train/TrainingHealth.cpp" line="39"/>
        <source>🩺 Dataset health: no warnings (%1 records)</source>
        <translation>🩺 数据健康: 无警告 (%1 条记录)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/train/TrainingHealth.cpp" line="41"/>
        <source>🩺 Dataset health: %n warning(s)</source>
        <translation>
            <numerusform>🩺 数据健康: %n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::TrainingSession</name>
    <message>
        <location filename="../../widgets/train/TrainingSession.cpp" line="29"/>
        <source>A training run is already in progress.</source>
        <translation>已有训练正在进行。</translation>
    </message>
</context>
<context>
    <name>assay::cli::agreement</name>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="147"/>
        <source>👥 %1 annotators: %2</source>
        <translation>👥 %1 位标注者: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="148"/>
        <source>   %1 labelled text samples, %2 labelled by two or more annotators</source>
        <translation>   已标注文本 %1 条, 其中 %2 条由两位及以上标注者标注</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="151"/>
        <source>🤝 Pairs (each annotator&apos;s latest label):</source>
        <translation>🤝 两两一致性 (每位标注者的最新标签):</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>annotators</source>
        <translation>标注者</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>shared</source>
        <translation>共同样本</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="152"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen's κ</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="157"/>
        <source>📐 Fleiss&apos; κ: %1 (%2 samples with %3 ratings each)</source>
        <translation>📐 Fleiss' κ: %1 (%2 条样本, 每条 %3 个标注)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="161"/>
        <source>📐 Fleiss&apos; κ: — (no sample has two ratings)</source>
        <translation>📐 Fleiss' κ: — (没有样本有两个标注)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="162"/>
        <source>📐 Krippendorff&apos;s α (nominal): %1</source>
        <translation>📐 Krippendorff's α (名义): %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="163"/>
        <source>🏷️ Per label:</source>
        <translation>🏷️ 各标签:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>labels</source>
        <translation>标注数</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="164"/>
        <source>agreeing pairs</source>
        <translation>一致对数</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="165"/>
        <source>specific agreement</source>
        <translation>特定一致率</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_agreement.cpp" line="171"/>
        <source>🔀 Confusion matrix, %1 (rows) × %2 (columns), %3 shared samples:</source>
        <translation>🔀 混淆矩阵, %1 (行) × %2 (列), 共同样本 %3 条:</translation>
    </message>
</context>
<context>
    <name>assay::cli::stats</name>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="38"/>
        <source>   %1: %n record(s)</source>
        <translation>
            <numerusform>   %1: %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="39"/>
        <source>   Unlabeled: %n record(s)</source>
        <translation>
            <numerusform>   未标注: %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="45"/>
        <source>   Pairs/KTO: %n record(s)</source>
        <translation>
            <numerusform>   偏好对/KTO: %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="60"/>
        <source>🩺 Dataset health: no warnings (%1 records with source copies)</source>
        <translation>🩺 数据健康: 无警告 (%1 条记录, 含源文件中的副本)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="63"/>
        <source>🩺 Dataset health: %n warning(s)</source>
        <translation>
            <numerusform>🩺 数据健康: %n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="68"/>
        <source>      e.g. sample ids %1</source>
        <translation>      例如样本编号 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="108"/>
        <source>📂 Project: %1 (%2)</source>
        <translation>📂 项目: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="109"/>
        <source>✅ %1 samples (texts %2, pairs %3, KTO %4)</source>
        <translation>✅ 共 %1 条样本 (文本 %2, 偏好对 %3, KTO %4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="110"/>
        <source>📊 Label distribution, all data:</source>
        <translation>📊 全部数据标签分布:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="111"/>
        <source>📊 Data split:</source>
        <translation>📊 数据划分:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="112"/>
        <source>   Training set: %n record(s)</source>
        <translation>
            <numerusform>   训练集: %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="115"/>
        <source>   Test set: %n record(s)</source>
        <translation>
            <numerusform>   测试集: %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_stats.cpp" line="116"/>
        <source>   Unassigned: %n record(s)</source>
        <translation>
            <numerusform>   未分配: %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="118"/>
        <source>📊 Label distribution, test set:</source>
        <translation>📊 测试集标签分布:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="117"/>
        <source>📊 Label distribution, training set:</source>
        <translation>📊 训练集标签分布:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="119"/>
        <source>🔁 Duplicates: %1 groups (%2 duplicate samples)</source>
        <translation>🔁 重复: %1 组 (%2 条重复样本)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="120"/>
        <source>⚠️  Conflicting labels: %1 groups of duplicates with different labels, %2 samples on which annotators disagree</source>
        <translation>⚠️  冲突标签: %1 组重复内容标签不一致, %2 条样本标注者意见不一</translation>
    </message>
</context>
<context>
    <name>assay::cli::train</name>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="88"/>
        <source>🎯 Inference demo:</source>
        <translation>🎯 推理演示:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="132"/>
        <source>🚀 Training: %1 training samples, task=%2, model=%3</source>
        <translation>🚀 开始训练: %1 条训练样本, task=%2, model=%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="137"/>
        <source>✅ Training finished: %1 steps, %2 s, %3 tokens/s</source>
        <translation>✅ 训练完成: %1 步, %2 秒, %3 tokens/s</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="142"/>
        <source>📊 Evaluation of the trained model (best %1):</source>
        <translation>📊 训练后模型评估 (best %1):</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="146"/>
        <source>📏 %1: baseline %2 / model %3%4 (character n-gram TF-IDF + logistic regression / %5)</source>
        <translation>📏 %1: 基线 %2 / 模型 %3%4 (字符 n-gram TF-IDF + 逻辑回归 / %5)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="150"/>
        <source> / blend %1 (the saved model, baseline weight %2)</source>
        <translation> / 融合 %1 (保存的模型, 基线权重 %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_train.cpp" line="157"/>
        <source>💾 Model saved: %1</source>
        <translation>💾 模型已保存: %1</translation>
    </message>
</context>
<context>
    <name>assay::data::DatasetHealth</name>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="251"/>
        <source>%1 records repeat another record exactly (%2 distinct contents among %3 records, counting the copies the source files held)</source>
        <translation>%1 条记录与另一条记录完全相同 (%3 条记录中有 %2 种不同内容, 含源文件中的副本)</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="300"/>
        <source>%1 distinct texts in %2 groups are near duplicates of each other (the same after folding width, case, punctuation and spaces, or at least %3% of their 5-character pieces shared)</source>
        <translation>%1 条不同文本分成 %2 组, 彼此近似重复 (统一全半角、大小写、标点和空白后相同, 或至少 %3% 的 5 字片段相同)</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="334"/>
        <source>%1 samples in %2 groups have the same text (after normalising) with different labels</source>
        <translation>%1 条样本 (%2 组) 文本相同 (规范化后) 但标签不同</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="363"/>
        <source>%1 test samples have a text that is also in the training set: the test score overstates how well the model does on new texts</source>
        <translation>%1 条测试样本的文本也出现在训练集中: 测试分数会高估模型在新文本上的表现</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="387"/>
        <source>The %1 most frequent texts make up %2% of the %3 records (%4 distinct texts): a model trained on them learns these texts, not the task</source>
        <translation>出现最多的 %1 条文本占 %3 条记录的 %2% (共 %4 种不同文本): 用它们训练的模型学到的是这些文本, 而不是任务</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="417"/>
        <source>Label &quot;%1&quot; has %2 samples, %3 times the %4 of label &quot;%5&quot;: the model may rarely predict &quot;%5&quot;</source>
        <translation>标签 "%1" 有 %2 条样本, 是标签 "%5" (%4 条) 的 %3 倍: 模型可能很少预测 "%5"</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="451"/>
        <source>%1 texts are far shorter or longer than the typical %2 characters (outside %3 to %4 characters)</source>
        <translation>%1 条文本远短于或远长于典型的 %2 个字符 (不在 %3 到 %4 个字符之间)</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetHealth.cpp" line="471"/>
        <source>%1 texts are longer than max_length %2 tokens (about a token per character with the tiny preset): training sees only their beginning</source>
        <translation>%1 条文本超过 max_length %2 个词元 (tiny 预设约一个字符一个词元): 训练只看到它们的开头</translation>
    </message>
</context>
</TS>
