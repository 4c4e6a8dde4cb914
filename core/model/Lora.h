#pragma once
// LoRA on a Qwen2 classifier, PEFT-compatible: adapters on the target
// projections (q/k/v/o by default), everything else frozen except the
// `score` head, which PEFT's SEQ_CLS task also trains (modules_to_save).
#include <torch/torch.h>

#include <QString>

#include "model/LoraLinear.h"
#include "model/Qwen2ForSequenceClassification.h"

namespace assay {

// Adds adapters and sets requires_grad: lora_A/lora_B and score.weight
// train, all base weights are frozen. Throws if a target module name
// matches no projection. Seeds from the global torch generator.
void applyLora(Qwen2ForSequenceClassification& model, const LoraSettings& settings);

// True when any projection carries an adapter.
bool hasLora(Qwen2ForSequenceClassification& model);

// Merges every adapter into its base weight (in place) and unfreezes nothing.
void mergeLora(Qwen2ForSequenceClassification& model);

// PEFT's layout: adapter_config.json + adapter_model.safetensors with names
// "base_model.model.<hf name>.lora_A.weight" and the score head as
// "base_model.model.score.weight". Throws if the model has no adapters.
void saveLoraAdapter(const QString& directory, Qwen2ForSequenceClassification& model, const LoraSettings& settings,
                     const QString& baseModelNameOrPath);

// Adds adapters per adapter_config.json and loads adapter_model.safetensors.
LoraSettings loadLoraAdapter(const QString& directory, Qwen2ForSequenceClassification& model);

}  // namespace assay
