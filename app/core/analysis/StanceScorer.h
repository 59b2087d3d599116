#pragma once

#include "core/analysis/Annotations.h"

#include <QList>
#include <QString>

#include <optional>

namespace claimscope::core {

// Stances on the project's question: Kazakhstan joining BRICS as a full member. Every stance
// answers that one question, so the target is a constant (see Evaluation.h: it is not compared).
QString stanceTarget();

// How a stance is scored (−2 firmly against … +2 pushing for), by these rules:
//
// Evidence units. For each speaker: the speaker's own quotes (expressed) and claims (reported),
// and every sentence that names the speaker (inferred), minus the quotes and claims of other
// speakers inside it. A unit counts only when it, or the sentence around it, speaks of the
// question: a bloc word (the question's own name, "bloc", "alliance", "organisation", …) or a
// membership word ("member", "join", "apply", "accession", "partner status", …), per language.
//
// Signals, matched per language in a counting unit (the first, most specific match wins where
// two overlap, and a stretch of text counts once per speaker even when two units contain it):
//   favour   +1  welcoming, opportunities, benefits, support, rapprochement, plans to join;
//   need     +1  "necessary to join", "нужно вступать", "katılmak zorunlu" (a need to join);
//   push     +2  urging or calling on someone to join;
//   act       0  joining, applying, membership itself: says nothing until negated;
//   against  −1  refusal, rejection, refraining, caution, reluctance, risks, obligations,
//                "no plans", "not on the agenda", "did not come up", Turkish negated verbs of
//                joining or planning ("katılmayı düşünmüyor");
//   hedge    −1  "for now", "at this stage", "for the time being", "foreseeable future",
//                partner status, "as a guest": against for the time being, never firmly;
//   firm     −2  "never", "categorically", "ruled out", "under no circumstances".
// Negation flips a signal: a negation word among the few words before it ("not", "no",
// "without", "no longer"; "не", "нет", "без"; "hiç") or, where the language puts it after, just
// after it ("нет"; "değil", "yok"). Negated favour, need, push and act become against ("not
// necessary to join", "не планирует", "without joining"); negated against becomes favour ("no
// hostility", "there was no refusal") worth half a point only, since denying an objection removes
// it without expressing support; negated hedges and firm words count for nothing.
// "Rather than" / "instead of" negate like "not" ("caution rather than refusal").
// Concession: a denied need ("not necessary to join", "необязательно", "zorunlu değil") followed in
// its sentence by a contrast ("but", "но", "ama") and a favour ("cooperation is possible") counts
// for nothing, nor does the negated joining it governs: the form is ruled out, not the direction.
// Time hedges ("for now", "пока", "şimdilik") limit a refusal: they count only in a sentence with a
// negation (including Turkish negated verbs and participles, "olmayan"), and a negation does not
// cancel them ("пока нет" = "not yet").
// Courtesy: a speaker's own quote or claim without the question's vocabulary but with courtesy
// words about a country ("friend", "strategic partner", "другом", "dost") is a neutral unit (0).
// Mentions: a sentence naming the speaker counts when it, or a next sentence starting "he"/"she"
// ("он", "o"), speaks of the question. Someone with no quote or claim gets evidence from mentions
// only with a role noun just before a mention ("President X") or a setback sentence.
// Named inside another person's words ("Y said President X approached the question carefully"):
// the part of that sentence inside Y's quote or claim is X's evidence too (inferred), when it or
// the paragraph around Y's words speaks of the question; Y's own evidence is unchanged.
// A sentence naming the speaker as the one dealt a setback ("a setback for X", "удар по",
// "darbe") flips that sentence's signals for X: a refusal that is X's setback means X is for it.
// With no other signal there, the setback word itself counts against the question, so for X.
//
// Score. favour = sum of positive weights, against = sum of negative ones; net = favour − against.
// net > 0: +2 when a push signal is there and nothing against, else +1. net < 0: −2 only for a
// firm word with no hedge and no favour, else −1. net = 0 with signals: 0 (mixed). A speaker whose
// own quote or claim speaks of the question without any signal gets 0 (neutral); a speaker with
// no counting unit, or only mentions without signals, gets no stance at all.
// Evidence = the units that carried signals (or the neutral own units). Confidence grows with the
// number of signals and is higher for expressed than reported than inferred evidence.
QList<StanceAnnotation> scoreStances(const QString &text, const QString &language,
                                     const DocumentAnalysis &analysis, const QList<TextRange> &sentences);

// The document's overall stance by the same signals over every sentence speaking of the question,
// with an empty speaker. Not added to DocumentAnalysis::stances: the gold gives the authorial
// voice no stance, and an empty speaker would stand for nobody there.
std::optional<StanceAnnotation> scoreDocumentStance(const QString &text, const QString &language,
                                                    const QList<TextRange> &sentences);

} // namespace claimscope::core
