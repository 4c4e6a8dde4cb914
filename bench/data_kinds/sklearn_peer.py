"""scikit-learn's character n-gram TF-IDF + logistic regression on one set:
the peer of Assay's n-gram baseline (same features: analyzer="char",
ngram_range=(1, 3), sublinear_tf=True, lowercase; LogisticRegression C=10).
Prints one JSON line in run_defaults.sh's results format."""
import json
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score


def read(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return [r["text"] for r in rows], [r["label"] for r in rows]


train_path, test_path, name = sys.argv[1:4]
start = time.time()
x_train, y_train = read(train_path)
x_test, y_test = read(test_path)
vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2,
                             max_features=300000, preprocessor=lambda t: " ".join(t.lower().split())[:4000])
model = LogisticRegression(C=10, max_iter=1000)
model.fit(vectorizer.fit_transform(x_train), y_train)
predicted = model.predict(vectorizer.transform(x_test))
print(json.dumps({"set": name, "run": "sklearn", "args": "TfidfVectorizer(char, 1-3) + LogisticRegression(C=10)",
                  "seconds": round(time.time() - start, 1), "steps": None,
                  "test_accuracy": accuracy_score(y_test, predicted),
                  "test_f1_macro": f1_score(y_test, predicted, average="macro"),
                  "test_pairwise_accuracy": None, "validation_baseline": None}))
