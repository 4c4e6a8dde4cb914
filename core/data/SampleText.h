#pragma once
// How a sample's text and extras read to a person: a style sample's
// "用户问题：…\n回答：…" split into the user's question and the AI's answer,
// and the metadata as one line. Used by the annotate pane; plain Qt Core.
#include <QByteArray>
#include <QString>

namespace assay {

// Splits a style-data input "用户问题：…\n回答：…" into its two parts; false
// (and nothing written) when the text is not laid out that way.
bool splitQuestionAnswer(const QString& text, QString* question, QString* answer);

// The record's extras as "key: value" items joined by " · " (nested objects
// flattened one level); empty when there are none.
QString metadataText(const QByteArray& extraJson);

}  // namespace assay
