// The model card: how a text becomes ids at training and at prediction
// time, and that the card survives a write/read round trip.
#include <QTemporaryDir>
#include <QtTest>

#include "TestRegistry.h"
#include "text/CharTokenizer.h"
#include "train/ModelCard.h"

using namespace assay;

class TestModelCard : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void endTokenIsAppendedAndSurvivesTruncation() {
    const auto tok = CharTokenizer::build({"abcdef"});
    const int32_t end = *tok->tokenToId("<|endoftext|>");
    const auto a = *tok->tokenToId("a"), b = *tok->tokenToId("b"), c = *tok->tokenToId("c");
    QCOMPARE(encodeForModel(*tok, QStringLiteral("abc"), 10, end), (std::vector<int32_t>{a, b, c, end}));
    // Three positions: two characters of text, then the end token the head reads.
    QCOMPARE(encodeForModel(*tok, QStringLiteral("abcdef"), 3, end), (std::vector<int32_t>{a, b, end}));
    // Without an end token the text alone is truncated to maxLength.
    QCOMPARE(encodeForModel(*tok, QStringLiteral("abcdef"), 3), (std::vector<int32_t>{a, b, c}));
    // An empty text is the end token alone, or one pad token without one.
    QCOMPARE(encodeForModel(*tok, QString(), 3, end), (std::vector<int32_t>{end}));
    QCOMPARE(encodeForModel(*tok, QString(), 3), (std::vector<int32_t>{tok->padTokenId()}));
    QVERIFY(end != tok->padTokenId());  // pooling skips pad tokens
  }

  void endTokenIdFollowsTheCard() {
    const auto tok = CharTokenizer::build({"xyz"});
    ModelCard card;
    QCOMPARE(endTokenId(card, *tok), -1);
    card.endToken = QStringLiteral("<|endoftext|>");
    QCOMPARE(endTokenId(card, *tok), *tok->tokenToId("<|endoftext|>"));
    card.endToken = QStringLiteral("<|no_such_token|>");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, endTokenId(card, *tok));
  }

  void cardRoundTripKeepsEndToken() {
    QTemporaryDir dir;
    ModelCard card;
    card.kind = ModelKind::CorrectnessReward;
    card.labels = QStringList{QStringLiteral("正确"), QStringLiteral("错误")};
    card.maxLength = 128;
    card.endToken = QStringLiteral("<|endoftext|>");
    card.write(dir.path());
    const auto back = ModelCard::readOrInfer(dir.path());
    QCOMPARE(back.kind, ModelKind::CorrectnessReward);
    QCOMPARE(back.labels, card.labels);
    QCOMPARE(back.maxLength, 128);
    QCOMPARE(back.endToken, card.endToken);
    // A card written before end tokens existed reads as "none".
    QVERIFY(!ModelCard::fromJson(nlohmann::json{{"kind", "classifier"}, {"labels", {"a", "b"}}}).endToken.size());
  }
};

ASSAY_TEST_GUILESS_MAIN(TestModelCard)
#include "tst_model_card.moc"
