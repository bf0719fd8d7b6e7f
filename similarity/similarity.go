package similarity

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
	"github.com/newsmerge/newsmerge/internal/enum"
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/text"
)

// An Agreement says how two sentences compare on one kind of detail:
// numbers, negation or named entities.
type Agreement uint8

const (
	// Absent means neither sentence has the detail.
	Absent Agreement = iota
	// Agree means both have it and it is the same.
	Agree
	// Differ means both have it and it is not the same: "3 people" and
	// "5 people", "agreed" and "did not agree", "Putin said" and "Peskov
	// said".
	Differ
	// OneSided means only one sentence has it.
	OneSided
)

var agreementNames = [...]string{"absent", "agree", "differ", "one-sided"}

// String returns "absent", "agree", "differ" or "one-sided".
func (g Agreement) String() string { return enum.Name(agreementNames[:], int(g), "Agreement") }

// MarshalText encodes the agreement as its name.
func (g Agreement) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText decodes an agreement from its name; a nil *Agreement gives
// an error wrapping ErrNil.
func (g *Agreement) UnmarshalText(b []byte) error {
	return enum.Unmarshal(g, agreementNames[:], b, "agreement")
}

// A Signal is one measured aspect of how alike two sentences are. Value is in
// [0, 1], 1 meaning alike. The log-odds of Score.Core add Weight*Value for
// every signal. A signal that tells a contradiction (SignalNumbers,
// SignalNegation, SignalRoles) or another action (SignalPredicate,
// SignalActions) also has a Penalty: the log-odds lose Penalty*(1-Value),
// Score.Value's for every such signal, Score.Core's for another action
// only.
type Signal struct {
	Name    string  `json:"name"`
	Value   float64 `json:"value"`
	Weight  float64 `json:"weight"`
	Penalty float64 `json:"penalty,omitempty"`
}

// The signal names, in the order Score.Signals lists them.
const (
	// SignalOverlap is the rarity-weighted F1 of the words the sentences
	// share (stems, with spelling variants matched by the Scorer's Metric).
	SignalOverlap = "overlap"
	// SignalContainment is the larger of the two directed overlaps: how
	// much of the shorter sentence the longer one says.
	SignalContainment = "containment"
	// SignalBigrams is the Dice coefficient of the word-stem bigrams.
	SignalBigrams = "bigrams"
	// SignalOrder is the share of the shared words that come in the same
	// order in both sentences (longest increasing subsequence).
	SignalOrder = "order"
	// SignalChars is the Dice coefficient of the character 4-grams of the
	// folded sentences: it sees spelling variants and shared word parts.
	SignalChars = "chars"
	// SignalLength is the ratio of the shorter sentence's word count to the
	// longer's.
	SignalLength = "length"
	// SignalNumbers is 0 when each sentence has a number the other lacks
	// (Score.Numbers is Differ), 1 otherwise. Numbers are figures, number
	// words ("two"), fractions ("half", "quarter") and the names of
	// weekdays and months, so that "on Tuesday" and "on Thursday"
	// contradict each other.
	SignalNumbers = "numbers"
	// SignalNegation is 0 when one sentence is negated and the other is
	// not, 1 otherwise. Negation is a negating word ("not", "never",
	// "without", "n't"), a verb that negates through "to" ("failed to
	// agree"), or a word met by its contrary in the other sentence
	// ("approved" and "rejected", "likely" and "unlikely"), unless the
	// two are verbs acting on two things of one kind (see SignalActions);
	// two of them cancel out.
	SignalNegation = "negation"
	// SignalEntities is 0 when each sentence has a name the other lacks
	// (Score.Entities is Differ), 1 otherwise. Names are capitalised words
	// that are not function words or usual sentence openers.
	SignalEntities = "entities"
	// SignalRoles is the share of shared names that keep their place: 0.5
	// for "Germany beat France in Paris" and "France beat Germany in Paris",
	// where two of four names trade places; a name moved on its own keeps
	// its place. It is 0 when the subject and the object of a shared verb
	// trade places, names or not, with the passive read as such: "a police
	// officer shot a teenager" and "a teenager shot a police officer", "A
	// was defeated by B" and "A defeated B".
	SignalRoles = "roles"
	// SignalCoverage is the smaller of the two directed overlaps: how much
	// of the longer sentence the shorter one says.
	SignalCoverage = "coverage"
	// SignalWords is the F1 of shared words counted without weights.
	SignalWords = "words"
	// SignalPredicate says whether the sentences tell the same action: 1
	// when their verbs (verbs of saying aside) meet, and otherwise SignalWhat
	// scaled by the share of verbs that do not meet, 1-(1-v)(1-w). It is
	// low for "Musk said Tesla would build a factory in Mexico" and "Musk
	// said Tesla would cut prices in China", the same subject doing
	// something else, and stays high for "police arrested three men" and
	// "three men were detained by police". It is 1 when either sentence has
	// no such verb.
	SignalPredicate = "predicate"
	// SignalActions is 0 when a verb of one sentence meets the action that
	// undoes it in the other ("arrived in Beijing", "left Beijing"), or its
	// contrary acting on another thing of the same kind, the objects
	// ending in the same word and each qualifying it with a word the other
	// lacks ("signed the budget bill", "vetoed the defence bill"): two
	// events, both of which can be true. It is 1 otherwise. A contrary
	// acting on the same thing ("approved the bill", "rejected the bill")
	// is a contradiction, counted in SignalNegation.
	SignalActions = "actions"
	// SignalPhrases is the mean Dice coefficient of the word-stem trigrams
	// and 4-grams: long runs of words said alike.
	SignalPhrases = "phrases"
	// SignalWhat is the rarity-weighted F1 of the shared common words:
	// those that are not function words, names, numbers or the words of an
	// attribution ("officials said", "according to police"). It tells what
	// is said apart from of whom, where, when and on whose word: low for
	// "Pope Francis was admitted to hospital in Rome on Friday" and "Pope
	// Francis met migrants in Rome on Friday", and for "Israel and Hamas
	// reached a deal, officials said" and "Israel and Hamas traded fire,
	// according to officials".
	SignalWhat = "what"
	// SignalEdits is 1 minus the word edit distance (insertions, deletions
	// and substitutions of word stems) between the sentences, divided by
	// the longer one's word count.
	SignalEdits = "edits"
	// SignalAdded is 1 minus the weight of the heaviest stretch of
	// consecutive words that one sentence has and the other does not,
	// taken in whichever sentence has the heavier one, over addedWords (0
	// beyond): low when one sentence adds a clause the other lacks, "...,
	// but pledged to comply with its obligations", even if every word of
	// the other sentence is matched. Words reworded one by one leave it
	// high.
	SignalAdded = "added"
	// SignalReplaced is the same measure in the other sentence, the one
	// with the lighter such stretch: low when each sentence says something,
	// in one stretch, that the other does not.
	SignalReplaced = "replaced"
)

// A Score is the similarity of two sentences with its explanation.
type Score struct {
	// Value is the probability, in [0, 1], that the two sentences make the
	// same statement with the same details: Core less the penalty of each
	// contradiction (SignalNumbers, SignalNegation, SignalRoles).
	Value float64 `json:"value"`
	// Core is the probability, in [0, 1], that the two sentences make one
	// statement, a detail aside: a differing number, negation or role
	// counts only as much as it did for the judges of the Microsoft
	// Research Paraphrase Corpus, who allowed minor differences, while
	// another action (SignalPredicate, SignalActions) pays its full
	// penalty. A Core at or above the threshold with a Value below it is
	// one statement told with a different detail: a conflict. Core is what
	// the MRPC harness, examples/similarity, decides on.
	Core float64 `json:"core"`
	// Signals are the measurements the value was made from.
	Signals []Signal `json:"signals"`
	// Numbers, Negation and Entities say how the sentences compare on
	// those details. A high overlap with Numbers == Differ is the same
	// statement with a different figure: a conflict, not a new statement.
	Numbers  Agreement `json:"numbers"`
	Negation Agreement `json:"negation"`
	Entities Agreement `json:"entities"`
}

// A Brief is what the stages above similarity act on of a Score: the
// probabilities, the agreements, and the two signals Link reads
// (SignalContainment and SignalRoles). Scorer.Relate makes one without
// allocating the signal list, for callers that compare many sentences.
type Brief struct {
	Value, Core                 float64
	Numbers, Negation, Entities Agreement
	// Containment and Roles are the values of SignalContainment and
	// SignalRoles.
	Containment, Roles float64
}

// Brief returns the Brief of s.
func (s Score) Brief() Brief {
	return Brief{Value: s.Value, Core: s.Core, Numbers: s.Numbers, Negation: s.Negation, Entities: s.Entities,
		Containment: s.Signal(SignalContainment), Roles: s.Signal(SignalRoles)}
}

// Signal returns the value of the named signal, or 0 when s has none.
func (s Score) Signal(name string) float64 {
	for _, sig := range s.Signals {
		if sig.Name == name {
			return sig.Value
		}
	}
	return 0
}

// A Scorer compares sentences. Prepare a sentence once, then compare it with
// as many others as needed: all the text work is done in Prepare.
//
// A Scorer is safe for concurrent use as long as its fields are not changed
// while it is in use. Its methods called on a nil *Scorer use the default
// Scorer, as NewScorer returns it.
type Scorer struct {
	// Metric compares the spellings of words that do not match exactly,
	// so that "Zelensky" meets "Zelenskyy". It is only asked about words
	// of four letters or more that share their first letter and whose
	// lengths differ by at most 40%. Any strutil.StringMetric
	// works; it is given words folded with Fold. NewScorer sets
	// Jaro-Winkler; nil matches no spelling variants. A value above 1
	// counts as 1, and NaN, like any value below MinSpelling, as no
	// match: a Metric cannot take a score out of [0, 1].
	Metric strutil.StringMetric
	// MinSpelling is the lowest Metric value at which two words count as
	// spellings of one word, in (0, 1]; zero means DefaultMinSpelling.
	MinSpelling float64
	// Weights gives the rarity weight of each word. Nil means
	// built-in weights: function words count little, other words fully.
	Weights *Weights
	// Threshold is the Value at or above which Similar reports two
	// sentences as the same statement, in (0, 1]; zero means
	// DefaultThreshold.
	Threshold float64
}

// Validate reports whether the Scorer's fields are in range: MinSpelling and
// Threshold must be finite and in [0, 1] (zero meaning the default). A nil
// *Scorer, the default one, is valid. Merge, NewFingerprint, NewIndex and
// GroupArticles return Validate's error for the Scorer of their options.
// Compare and the other methods do not validate: with fields out of range
// they still give scores in [0, 1]. A NaN, negative or zero field counts as
// the default; a MinSpelling above 1 matches no spelling variants, and a
// Threshold above 1 makes no two sentences Similar.
func (s *Scorer) Validate() error {
	if s == nil {
		return nil
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"min spelling", s.MinSpelling}, {"threshold", s.Threshold}} {
		switch {
		case math.IsNaN(f.v) || math.IsInf(f.v, 0):
			return fmt.Errorf("newsmerge: scorer %s %v is not a finite number", f.name, f.v)
		case f.v < 0 || f.v > 1:
			return fmt.Errorf("newsmerge: scorer %s %v out of range (0, 1]", f.name, f.v)
		}
	}
	return nil
}

// Defaults used by NewScorer.
const (
	// DefaultMinSpelling is the Jaro-Winkler similarity above which two
	// words are taken for spellings of one word: it joins "Zelensky" and
	// "Zelenskyy" or "Kyiv" and "Kiev"-like variants sharing a first letter,
	// not "Austria" and "Australia".
	DefaultMinSpelling = 0.92
)

// NewScorer returns a Scorer with the default metric, weights and threshold.
func NewScorer() *Scorer {
	return &Scorer{Metric: metrics.NewJaroWinkler(), MinSpelling: DefaultMinSpelling, Threshold: DefaultThreshold}
}

// defaultScorer is the Scorer a nil *Scorer stands for. It is never changed.
var defaultScorer = NewScorer()

// orDefault returns s, or the default Scorer when s is nil.
func (s *Scorer) orDefault() *Scorer {
	if s == nil {
		return defaultScorer
	}
	return s
}

// Similar reports whether the score of a and b reaches the Scorer's
// Threshold.
func (s *Scorer) Similar(a, b *Prepared) bool { return s.Compare(a, b).Value >= s.threshold() }

func (s *Scorer) threshold() float64 {
	if s == nil {
		return DefaultThreshold
	}
	if s.Threshold > 0 {
		return s.Threshold
	}
	return DefaultThreshold
}

// Similarity scores two sentences with a default Scorer. To compare one
// sentence with many, use a Scorer and Prepare each sentence once.
func Similarity(a, b string) Score {
	s := NewScorer()
	return s.Compare(s.Prepare(a), s.Prepare(b))
}

// Weights holds how rare each word is in a collection of texts, so that rare
// words ("Witkoff", "ceasefire") count for more than common ones ("said",
// "the"). Build it with Add over the sentences at hand; with few texts the
// built-in weights (function words count little, other words fully) carry
// most of the weight, and they take over entirely for a nil *Weights.
//
// Add must not be called while the Weights is in use by a Scorer; reading is
// safe for concurrent use.
type Weights struct {
	docs int
	df   map[string]int
}

// NewWeights returns empty Weights.
func NewWeights() *Weights { return &Weights{df: make(map[string]int)} }

// Add counts the words of one text (a sentence, usually). Each word counts
// once per text. Add on a nil *Weights does nothing: nil stands for the
// built-in weights, which do not change; the zero Weights is empty Weights,
// as NewWeights returns them.
func (w *Weights) Add(sentence string) { w.AddTokens(text.Tokenize(sentence)) }

// AddTokens is Add for a text already tokenised: toks is
// text.Tokenize(sentence).
func (w *Weights) AddTokens(toks []text.Token) { w.AddKeys(TokenKeys(toks)) }

// AddKeys is Add for a text whose token keys are known: keys is
// TokenKeys(text.Tokenize(sentence)). It reads keys and does not change it.
func (w *Weights) AddKeys(keys []string) {
	if w == nil {
		return
	}
	if w.df == nil {
		w.df = make(map[string]int)
	}
	w.docs++
	if len(keys) <= smallKeySet {
		// Each word counts once: a short list is searched, not hashed.
		for i, k := range keys {
			if !slices.Contains(keys[:i], k) {
				w.df[k]++
			}
		}
		return
	}
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			w.df[k]++
		}
	}
}

// smallKeySet is the longest list of keys AddKeys searches instead of
// hashing.
const smallKeySet = 48

// Texts returns how many texts were added.
func (w *Weights) Texts() int {
	if w == nil {
		return 0
	}
	return w.docs
}

// weightPriorTexts is how many texts the built-in weights are worth: with n
// texts added, collection statistics get the share n/(n+weightPriorTexts).
const weightPriorTexts = 20

// stopWeight is the built-in weight of a function word.
const stopWeight = 0.2

// weight returns the weight, in (0, 1], of a token key (a stem or a number
// as Prepare makes them).
func (w *Weights) weight(key string, stop bool) float64 {
	prior := 1.0
	if stop {
		prior = stopWeight
	}
	if w == nil || w.docs == 0 {
		return prior
	}
	n := float64(w.docs)
	idf := math.Log((n+1)/(float64(w.df[key])+0.5)) / math.Log(n+1)
	idf = math.Max(0.02, math.Min(1, idf))
	share := n / (n + weightPriorTexts)
	return (1-share)*prior + share*idf
}

// TokenKeys returns the TokenKey of each token.
func TokenKeys(toks []text.Token) []string {
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = TokenKey(t)
	}
	return keys
}

// TokenKey is the form under which a token is compared: the stem of a word,
// the digits of a number.
func TokenKey(t text.Token) string {
	if t.Kind == text.TokenNumber {
		return normalizeNumber(t.Text)
	}
	if n, ok := numberWords[t.Text]; ok {
		return n
	}
	if n, ok := fractionWords[t.Text]; ok {
		return n
	}
	return wordKey(t.Text)
}

// wordKey is the comparison key of a folded word: the stem of its base
// form, so that "fell" and "falls" meet.
func wordKey(w string) string {
	if base, ok := lexicon.IrregularPast[w]; ok {
		w = base
	}
	return text.Stem(w)
}

// normalizeNumber drops thousands separators and a percent sign: "1,000" and
// "1000" are one number.
func normalizeNumber(s string) string {
	s = strings.TrimSuffix(s, "%")
	if strings.Contains(s, ",") && !strings.Contains(s, ".") {
		s = strings.ReplaceAll(s, ",", "")
	}
	return s
}

// A Prepared is a sentence made ready for comparison by a Scorer. A nil
// *Prepared, or one not made by Prepare (the zero Prepared), compares as a
// sentence without words, Prepare(""), whatever its Text.
type Prepared struct {
	// Text is the sentence as given to Prepare.
	Text string

	toks      []simToken
	byKey     []int32     // indices of toks sorted by key
	content   []int32     // indices of the words that are neither function words nor numbers
	prefixed  []int32     // indices of the content words that start with a negating prefix
	bigrams   []uint64    // sorted, distinct
	phrases   [2][]uint64 // word trigrams and 4-grams, sorted, distinct
	chargrams []uint64    // sorted, distinct
	numbers   []string    // sorted, distinct
	preds     []predicate
	negated   bool
	weightSum float64
}

// Negated reports whether the sentence is negated: a negation word ("not",
// "never", "n't") or an implicit one ("failed to").
func (p *Prepared) Negated() bool { return p.negated }

// Words returns the sentence's words as Compare sees them: folded, in order,
// without the percent words that follow a number.
func (p *Prepared) Words() []string {
	words := make([]string, len(p.toks))
	for i, t := range p.toks {
		words[i] = t.folded
	}
	return words
}

type simToken struct {
	key    string // stem or number
	hash   uint64 // hash of key
	folded string // the folded word, for spelling comparison
	weight float64
	group  int32 // lexical group (synonyms), or -1
	number bool
	stop   bool
	entity bool // capitalised inside the sentence: a name
	verb   bool // looks like a verb (see isVerb)
	aside  bool // a verb of saying or a negating verb: not the predicate
	// attribution: the word says who reported the statement (see
	// markAttributions)
	attribution bool
	brk         bool // punctuation between this token and the one before
	// prefixed: the word starts with a negating prefix followed by four
	// letters or more ("unlikely")
	prefixed bool
}

// A predicate is a verb with the token ranges, [lo, hi), of its subject
// and object (empty when not found).
type predicate struct {
	verb      int32
	subj, obj [2]int32
}

// Prepare makes a sentence ready for Compare. It never fails; a sentence
// without words compares as unlike anything.
func (s *Scorer) Prepare(sentence string) *Prepared {
	return s.PrepareTokens(sentence, text.Tokenize(sentence))
}

// PrepareTokens is Prepare for a sentence already tokenised: toks is
// text.Tokenize(sentence), which it reads and does not change.
func (s *Scorer) PrepareTokens(sentence string, toks []text.Token) *Prepared {
	return s.PrepareKeys(sentence, toks, TokenKeys(toks))
}

// PrepareKeys is PrepareTokens for tokens whose keys are known: keys is
// TokenKeys(toks). A program that also counts the sentence in Weights
// (AddKeys) finds the keys once for both. Keys of another length than toks
// cannot be theirs: they are found again.
func (s *Scorer) PrepareKeys(sentence string, toks []text.Token, keys []string) *Prepared {
	if len(keys) != len(toks) {
		keys = TokenKeys(toks)
	}
	s = s.orDefault()
	p := &Prepared{Text: sentence}
	toks, keys = dropPercentWords(toks, keys)
	p.toks = make([]simToken, len(toks))
	for i, t := range toks {
		st := simToken{key: keys[i], folded: t.Text, number: t.Kind == text.TokenNumber, stop: Stopwords[t.Text], group: -1}
		st.hash = HashString(st.key)
		first, _ := utf8.DecodeRuneInString(sentence[t.Start:])
		// Counts and dates are details that can contradict; a month or a
		// weekday is a date only when capitalised ("may gather", "will
		// march" are verbs).
		if _, ok := numberWords[t.Text]; ok || text.DayOrMonth[t.Text] && unicode.IsUpper(first) {
			st.number = true
		}
		if _, ok := fractionWords[t.Text]; ok {
			st.number = true
		}
		st.weight = s.Weights.weight(st.key, st.stop)
		// A name: capitalised, not a function word, and not a word that
		// is capitalised only because it opens the sentence.
		st.entity = unicode.IsUpper(first) && !st.stop && !st.number && !(i == 0 && segment.SentenceStarters[t.Text])
		if negations[t.Text] || strings.HasSuffix(t.Text, "n't") {
			p.negated = true
		}
		if !st.stop && !st.number {
			if g, ok := lex.Group[st.key]; ok {
				st.group = g
			}
		}
		st.verb = isVerb(toks, i, &st)
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Text
		}
		switch {
		case lex.implicitNeg[st.key] && next == "to":
			p.negated = true // "failed to agree"
			st.aside = true
		case lex.reporting[st.key]:
			st.aside = true
		}
		if i > 0 {
			st.brk = hasPunct(sentence[toks[i-1].End:t.Start])
		}
		if st.number {
			p.numbers = append(p.numbers, st.key)
		} else if !st.stop {
			p.content = append(p.content, int32(i))
			if st.prefixed = hasNegationPrefix(st.folded); st.prefixed {
				p.prefixed = append(p.prefixed, int32(i))
			}
		}
		p.weightSum += st.weight
		p.toks[i] = st
	}
	p.byKey = make([]int32, len(toks))
	for i := range p.byKey {
		p.byKey[i] = int32(i)
	}
	slices.SortStableFunc(p.byKey, func(i, j int32) int { return strings.Compare(p.toks[i].key, p.toks[j].key) })
	p.bigrams = wordGrams(p.toks, 2)
	p.phrases = [2][]uint64{wordGrams(p.toks, 3), wordGrams(p.toks, 4)}
	p.chargrams = SortedSet(charGrams(text.Fold(sentence)))
	sort.Strings(p.numbers)
	p.numbers = compactStrings(p.numbers)
	p.preds = predicates(p.toks)
	markAttributions(p.toks)
	return p
}

// noWords is the sentence a nil *Prepared stands for. It is never changed.
var noWords Prepared

// orEmpty returns p, or a sentence without words when p is nil.
func (p *Prepared) orEmpty() *Prepared {
	if p == nil {
		return &noWords
	}
	return p
}

// dropPercentWords removes "percent", "pct" and "per cent" after a
// number, with their keys: Tokenize drops the sign "%", and "5%", "5
// percent" and "5 per cent" should compare alike. It returns toks and keys
// themselves when nothing is dropped, and copies otherwise: neither is
// changed.
func dropPercentWords(toks []text.Token, keys []string) ([]text.Token, []string) {
	var outT []text.Token // copies, made at the first word dropped
	var outK []string
	for i := 0; i < len(toks); i++ {
		// The token before: nothing is dropped yet while outT is nil.
		prevNumber := i > 0 && toks[i-1].Kind == text.TokenNumber
		if outT != nil {
			prevNumber = len(outT) > 0 && outT[len(outT)-1].Kind == text.TokenNumber
		}
		drop := 0
		if prevNumber {
			switch w := toks[i].Text; {
			case w == "percent" || w == "pct":
				drop = 1
			case w == "per" && i+1 < len(toks) && toks[i+1].Text == "cent":
				drop = 2
			}
		}
		switch {
		case drop > 0 && outT == nil:
			outT = append(make([]text.Token, 0, len(toks)), toks[:i]...)
			outK = append(make([]string, 0, len(keys)), keys[:i]...)
			i += drop - 1
		case drop > 0:
			i += drop - 1
		case outT != nil:
			outT = append(outT, toks[i])
			outK = append(outK, keys[i])
		}
	}
	if outT == nil {
		return toks, keys
	}
	return outT, outK
}

// wordGrams returns the sorted, distinct hashes of the runs of n keys.
func wordGrams(toks []simToken, n int) []uint64 {
	if len(toks) < n {
		return nil
	}
	out := make([]uint64, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		h := uint64(14695981039346656037)
		for _, t := range toks[i : i+n] {
			h = (h ^ t.hash) * 1099511628211
		}
		out = append(out, h)
	}
	return SortedSet(out)
}

// hasPunct reports whether the text between two tokens holds punctuation
// other than hyphens and apostrophes.
func hasPunct(gap string) bool {
	for _, r := range gap {
		if r != '-' && !text.IsApostrophe(r) && (unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			return true
		}
	}
	return false
}

// isVerb reports whether token i looks like a verb: an irregular past form
// ("won", "left"), a word ending in "-ed", or a word after a modal ("would
// build"). Names, numbers and function words are not verbs.
func isVerb(toks []text.Token, i int, st *simToken) bool {
	if st.stop || st.number || st.entity {
		return false
	}
	w := toks[i].Text
	if _, ok := lexicon.IrregularPast[w]; ok {
		return true
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch prev := toks[k].Text; {
		case verbMarkers[prev]:
			return true
		case prev != "not" && prev != "also":
			return false
		}
	}
	return false
}

// predicates finds the verbs of a sentence with their subjects and objects:
// the run of words before the verb and the run after it, or, for a passive
// ("A was defeated by B"), the run after "by" as the subject and the run
// before the auxiliary as the object. A run is a stretch of words that are
// neither function words nor verbs, not crossing punctuation; determiners
// before an object are skipped.
func predicates(toks []simToken) []predicate {
	var out []predicate
	for i := range toks {
		if !toks[i].verb || toks[i].aside {
			continue
		}
		pr := predicate{verb: int32(i)}
		by := -1
		if i > 0 && beForms[toks[i-1].folded] {
			for k := i + 1; k < len(toks) && k <= i+2; k++ {
				if toks[k].folded == "by" {
					by = k
					break
				}
			}
		}
		if by >= 0 {
			pr.subj = runAfter(toks, by+1)
			pr.obj = runBefore(toks, i)
		} else {
			pr.subj = runBefore(toks, i)
			pr.obj = runAfter(toks, i+1)
		}
		out = append(out, pr)
	}
	return out
}

// isArgument reports whether a token can be part of a verb's subject or
// object: neither a function word nor a verb, nor a verb of saying or
// negating that is not recognised as a verb ("says", "states").
func isArgument(t *simToken) bool { return !t.stop && !t.verb && !t.aside }

// runBefore returns the run of argument words ending just before token k,
// skipping auxiliaries and not crossing punctuation.
func runBefore(toks []simToken, k int) [2]int32 {
	j := k - 1
	for j >= 0 && !toks[j+1].brk && isAuxiliary(toks[j].folded) {
		j--
	}
	hi := j + 1
	for j >= 0 && isArgument(&toks[j]) && !toks[j+1].brk {
		j--
	}
	return [2]int32{int32(j + 1), int32(hi)}
}

// runAfter returns the run of argument words starting at token k, skipping
// determiners and not crossing punctuation.
func runAfter(toks []simToken, k int) [2]int32 {
	for k < len(toks) && !toks[k].brk && determiners[toks[k].folded] {
		k++
	}
	lo := k
	for k < len(toks) && isArgument(&toks[k]) && !toks[k].brk {
		k++
	}
	return [2]int32{int32(lo), int32(k)}
}

// markAttributions sets attribution on the words that say who reported
// the statement rather than what happened: a verb of saying with its
// subject ("officials said", "he told reporters"), or with the words after
// it when it follows punctuation ("..., said police"), and "according to"
// with the words after it. "say" and "tell" count wherever they stand;
// another verb of saying only next to punctuation ("she added."), since
// "added 500 jobs" and "posted a loss" say what happened.
func markAttributions(toks []simToken) {
	mark := func(r [2]int32) {
		for k := r[0]; k < r[1]; k++ {
			toks[k].attribution = true
		}
	}
	for i := range toks {
		t := &toks[i]
		switch {
		case lex.reporting[t.key] && !t.entity:
			punctAfter := i+1 == len(toks) || toks[i+1].brk
			if !lex.saying[t.key] && !t.brk && !punctAfter {
				continue
			}
			t.attribution = true
			if t.brk && !punctAfter {
				mark(runAfter(toks, i+1)) // "..., said police."
			} else {
				mark(runBefore(toks, i))
			}
		case t.folded == "according" && i+1 < len(toks) && toks[i+1].folded == "to":
			t.attribution, toks[i+1].attribution = true, true
			mark(runAfter(toks, i+2))
		}
	}
}

// isAuxiliary reports whether a folded word is an auxiliary or "not",
// which stand between a subject and its verb.
func isAuxiliary(w string) bool {
	return beForms[w] || verbMarkers[w] || w == "has" || w == "have" || w == "had" || w == "having" || w == "not"
}

// Compare scores how likely a and b make the same statement, with the
// signals behind the score. Both must come from Prepare of a Scorer with
// the same Weights. Compare is symmetric up to rounding. A nil a or b
// compares as a sentence without words, Prepare(""): as unlike anything.
func (s *Scorer) Compare(a, b *Prepared) Score {
	var values signalValues
	br := s.measure(a, b, &values)
	return Score{Value: br.Value, Core: br.Core, Signals: model.signals(&values), Numbers: br.Numbers, Negation: br.Negation, Entities: br.Entities}
}

// measure fills values with the signals of a and b and returns the Brief
// the model makes of them.
func (s *Scorer) measure(a, b *Prepared, values *signalValues) Brief {
	s, a, b = s.orDefault(), a.orEmpty(), b.orEmpty()
	m := s.match(a, b)
	var sc Brief
	overlap, containment, coverage, words := 0.0, 0.0, 0.0, 0.0
	if a.weightSum > 0 && b.weightSum > 0 {
		// The matched weight is summed in another order than the total:
		// rounding can take a share a hair above 1.
		pa, pb := min(m.weightA/a.weightSum, 1), min(m.weightB/b.weightSum, 1)
		overlap = harmonic(pa, pb)
		containment = math.Max(pa, pb)
		coverage = math.Min(pa, pb)
		words = harmonic(m.countA/float64(len(a.toks)), m.countB/float64(len(b.toks)))
	}
	bigrams := dice(a.bigrams, b.bigrams)
	if len(a.bigrams) == 0 && len(b.bigrams) == 0 {
		bigrams = overlap
	}
	length := 0.0
	if na, nb := len(a.toks), len(b.toks); na > 0 && nb > 0 {
		length = float64(min(na, nb)) / float64(max(na, nb))
	}
	sc.Numbers = compareSets(a.numbers, b.numbers)
	numbers := agreementValue(sc.Numbers)
	negation := 1.0
	switch {
	case (a.negated != b.negated) != (m.flips%2 == 1):
		sc.Negation = Differ
		negation = 0
	case a.negated || b.negated || m.flips > 0:
		sc.Negation = Agree
	}
	sc.Entities = m.entityAgreement()
	entities := agreementValue(sc.Entities)
	actions := 1.0
	if m.reversed {
		actions = 0
	}
	phrases := (dice(a.phrases[0], b.phrases[0]) + dice(a.phrases[1], b.phrases[1])) / 2
	added, replaced := stretchSignal(max(m.gapA, m.gapB)), stretchSignal(min(m.gapA, m.gapB))
	*values = signalValues{
		sigOverlap:     overlap,
		sigContainment: containment,
		sigBigrams:     bigrams,
		sigOrder:       m.order,
		sigChars:       dice(a.chargrams, b.chargrams),
		sigLength:      length,
		sigNumbers:     numbers,
		sigNegation:    negation,
		sigEntities:    entities,
		sigRoles:       m.roles,
		sigCoverage:    coverage,
		sigWords:       words,
		sigPredicate:   m.predicate,
		sigActions:     actions,
		sigPhrases:     phrases,
		sigWhat:        m.what,
		sigEdits:       wordEdits(a, b),
		sigAdded:       added,
		sigReplaced:    replaced,
	}
	sc.Core, sc.Value = model.score(values)
	sc.Containment, sc.Roles = containment, m.roles
	return sc
}

// addedWords is the weight of a stretch of unmatched words at which
// SignalAdded and SignalReplaced reach 0: six words of full weight, about a
// clause. On the MRPC training split anything from 4.5 to 9 does as well.
const addedWords = 6

// stretchSignal returns the value of SignalAdded or SignalReplaced for the
// weight of a stretch of unmatched words.
func stretchSignal(weight float64) float64 { return 1 - min(weight/addedWords, 1) }

// agreementValue is the signal value of a detail: 0 when the sentences
// contradict each other on it, 1 otherwise. A detail that only one sentence
// has is extra information, not a contradiction.
func agreementValue(g Agreement) float64 {
	if g == Differ {
		return 0
	}
	return 1
}

// harmonic returns the harmonic mean of a and b, 0 when both are 0.
func harmonic(a, b float64) float64 {
	if a+b == 0 {
		return 0
	}
	return 2 * a * b / (a + b)
}

// matching is how the words of two prepared sentences pair off.
type matching struct {
	weightA, weightB float64 // matched weight on each side
	countA, countB   float64 // matched tokens on each side
	order            float64 // SignalOrder
	roles            float64 // SignalRoles
	predicate        float64 // SignalPredicate
	what             float64 // SignalWhat
	flips            int     // words met by their contraries
	reversed         bool    // a verb met the action that undoes it
	names            bool    // either sentence has a name
	unmatchedA       bool    // a name of a has no partner in b
	unmatchedB       bool
	gapA, gapB       float64    // weight of the heaviest stretch of unmatched words
	contraryVerbs    [][2]int32 // verbs of a and b met by their contraries
}

// longestUnmatched returns the weight of the heaviest stretch of consecutive words of p
// without a partner.
func longestUnmatched(p *Prepared, partner []int32) float64 {
	best, run := 0.0, 0.0
	for i, t := range p.toks {
		if partner[i] >= 0 {
			run = 0
			continue
		}
		run += t.weight
		best = math.Max(best, run)
	}
	return best
}

func (m matching) entityAgreement() Agreement {
	switch {
	case !m.names:
		return Absent
	case !m.unmatchedA && !m.unmatchedB:
		return Agree
	case m.unmatchedA && m.unmatchedB:
		return Differ
	}
	return OneSided
}

// match pairs the tokens of a and b: equal keys first, then, among the
// words left, spellings the Metric finds close, then synonyms and
// contraries (relate).
func (s *Scorer) match(a, b *Prepared) matching {
	var m matching
	// One buffer for the partners of both sides and the order sequence,
	// on the stack for sentences of usual length.
	na, nb := len(a.toks), len(b.toks)
	var stack [matchStack]int32
	var buf []int32
	if need := 3*na + nb; need <= len(stack) {
		buf = stack[:need]
	} else {
		buf = make([]int32, need)
	}
	partnerA, partnerB := buf[:na:na], buf[na:na+nb:na+nb]
	seq, tails := buf[na+nb:na+nb:2*na+nb], buf[2*na+nb:2*na+nb:3*na+nb]
	for i := range partnerA {
		partnerA[i] = -1
	}
	for i := range partnerB {
		partnerB[i] = -1
	}
	for i, j := 0, 0; i < len(a.byKey) && j < len(b.byKey); {
		ka, kb := a.toks[a.byKey[i]].key, b.toks[b.byKey[j]].key
		switch {
		case ka < kb:
			i++
		case ka > kb:
			j++
		default:
			ia, ib := a.byKey[i], b.byKey[j]
			partnerA[ia], partnerB[ib] = ib, ia
			m.weightA += a.toks[ia].weight
			m.weightB += b.toks[ib].weight
			m.countA++
			m.countB++
			i++
			j++
		}
	}
	metric := s.Metric
	minSim := s.MinSpelling
	if !(minSim > 0) { // zero, negative or NaN: the default
		minSim = DefaultMinSpelling
	}
	_, jw := metric.(*metrics.JaroWinkler)
	jw = jw && metric.(*metrics.JaroWinkler).CaseSensitive
	if metric != nil {
		peers := spellingPeers(b, partnerB)
		for ia := range a.toks {
			ta := &a.toks[ia]
			if partnerA[ia] >= 0 || !spellable(ta) {
				continue
			}
			best, bestSim := int32(-1), minSim
			for _, ib := range peers.of(ta.folded[0], partnerB) {
				tb := &b.toks[ib]
				if partnerB[ib] >= 0 || !spellable(tb) || ta.folded[0] != tb.folded[0] || !closeLengths(len(ta.folded), len(tb.folded)) {
					continue
				}
				if jw {
					if bound, ok := jaroWinklerBound(ta.folded, tb.folded); ok && bound < bestSim-1e-9 {
						continue // cannot reach the best so far
					}
				}
				// min keeps NaN, which is no match.
				if sim := min(metric.Compare(ta.folded, tb.folded), 1); sim >= bestSim {
					best, bestSim = ib, sim
				}
			}
			if best >= 0 {
				partnerA[ia], partnerB[best] = best, int32(ia)
				m.weightA += ta.weight * bestSim
				m.weightB += b.toks[best].weight * bestSim
				m.countA += bestSim
				m.countB += bestSim
			}
		}
	}
	m.relate(a, b, partnerA, partnerB)
	m.splitContraries(a, b, partnerA, partnerB)
	m.gapA, m.gapB = longestUnmatched(a, partnerA), longestUnmatched(b, partnerB)
	// Order: the longest run of matched words that keep their order.
	for _, ib := range partnerA {
		if ib >= 0 {
			seq = append(seq, ib)
		}
	}
	m.order = 1
	if len(seq) > 1 {
		m.order = float64(longestIncreasing(seq, tails)) / float64(len(seq))
	}
	m.roles = rolesKept(a, b, partnerA)
	if argumentsSwapped(a, b, partnerA) {
		m.roles = 0
	}
	m.what = harmonic(commonShare(a, partnerA), commonShare(b, partnerB))
	// The action agrees when the verbs do or, told with other verbs, when
	// the common words do.
	verbs := predicateShare(a, partnerA, b, partnerB)
	m.predicate = 1 - (1-verbs)*(1-m.what)
	namesA, unmatchedA := nameStatus(a, partnerA)
	namesB, unmatchedB := nameStatus(b, partnerB)
	m.names, m.unmatchedA, m.unmatchedB = namesA || namesB, unmatchedA, unmatchedB
	return m
}

// jaroWinklerBound returns an upper bound of the Jaro-Winkler similarity of
// two ASCII words, as strutil's metric computes it, without allocating:
// the runes the metric matches are pairs of equal letters, so at most the
// letters the words share counted with repeats, with no transpositions,
// and the prefix bonus on top. It reports false for words that are not
// ASCII. match skips the metric for pairs whose bound is below the best
// similarity so far, which most pairs of different words are.
func jaroWinklerBound(a, b string) (float64, bool) {
	var counts [128]int32
	for i := 0; i < len(a); i++ {
		if a[i] >= utf8.RuneSelf {
			return 0, false
		}
		counts[a[i]]++
	}
	shared := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if counts[c] > 0 {
			counts[c]--
			shared++
		}
	}
	if shared == 0 {
		return 0, true
	}
	prefix := 0
	for prefix < 4 && prefix < len(a) && prefix < len(b) && a[prefix] == b[prefix] {
		prefix++
	}
	m := float64(shared)
	jaro := (m/float64(len(a)) + m/float64(len(b)) + 1) / 3
	return jaro + 0.1*float64(prefix)*(1-jaro), true
}

// maxPeers is how many words of the other sentence a word is compared
// with, at most: for spelling, those that share its first letter; for
// synonyms, contraries and negating prefixes (relate), those a relation is
// possible with. A sentence of up to maxPeers words is scanned whole; in a
// longer one (a list of thousands of names) the candidates are looked up
// and the first maxPeers taken, so that a pair costs time linear in its
// words.
const maxPeers = 64

// peerLists are the words of a sentence that may meet a word of the other
// for their spelling: in a short sentence all of them, in a long one the
// spellable words left without a partner, by first byte, in order.
type peerLists struct {
	all     []int32 // 0, 1, ... for a short sentence
	byFirst map[byte]*peerList
}

// A peerList is the words of a long sentence with one first byte, from
// head on: the words before head have found partners.
type peerList struct {
	words []int32
	head  int
}

// allPeers lists the words of a short sentence, up to maxPeers.
var allPeers = func() []int32 {
	out := make([]int32, maxPeers)
	for i := range out {
		out[i] = int32(i)
	}
	return out
}()

// spellingPeers returns the peer lists of p, given its partners so far.
func spellingPeers(p *Prepared, partner []int32) peerLists {
	if len(p.toks) <= maxPeers {
		return peerLists{all: allPeers[:len(p.toks)]}
	}
	lists := peerLists{byFirst: make(map[byte]*peerList)}
	for i := range p.toks {
		t := &p.toks[i]
		if partner[i] >= 0 || !spellable(t) {
			continue
		}
		l := lists.byFirst[t.folded[0]]
		if l == nil {
			l = &peerList{}
			lists.byFirst[t.folded[0]] = l
		}
		l.words = append(l.words, int32(i))
	}
	return lists
}

// of returns the words to compare with a word whose first byte is first,
// given the partners so far: at most maxPeers of them.
func (l peerLists) of(first byte, partner []int32) []int32 {
	if l.byFirst == nil {
		return l.all
	}
	if pl := l.byFirst[first]; pl != nil {
		return pl.next(partner)
	}
	return nil
}

// next returns the words of l from the first one without a partner on, at
// most maxPeers of them; those before it are passed for good.
func (l *peerList) next(partner []int32) []int32 {
	for l.head < len(l.words) && partner[l.words[l.head]] >= 0 {
		l.head++
	}
	rest := l.words[l.head:]
	return rest[:min(len(rest), maxPeers)]
}

// matchStack is the size of the buffer match keeps on the stack.
const matchStack = 256

// synonymMatch is what a pair of synonyms counts for in the overlap, as
// a fraction of an exact match.
const synonymMatch = 0.5

// relate pairs the words left unmatched by their relations: synonyms and
// contraries ("approved", "rejected") are matched, and a contrary counts
// as a flip of polarity; a verb and the action that undoes it ("arrived",
// "left") stay apart and set m.reversed.
func (m *matching) relate(a, b *Prepared, partnerA, partnerB []int32) {
	var rel *relatives
	if len(b.content) > maxPeers {
		rel = newRelatives(b, partnerB)
	}
	for _, ia := range a.content {
		ta := &a.toks[ia]
		if partnerA[ia] >= 0 {
			continue
		}
		// A plain word can only be the base of b's prefixed words.
		candidates := b.prefixed
		if ta.group >= 0 || ta.prefixed {
			candidates = b.content
		}
		if rel != nil {
			candidates = rel.of(ta, !(ta.group >= 0 || ta.prefixed), partnerB)
		}
		for _, ib := range candidates {
			tb := &b.toks[ib]
			if partnerB[ib] >= 0 || (ta.group < 0 || tb.group < 0) && !prefixable(len(ta.folded), len(tb.folded)) {
				continue // no relation is possible
			}
			sim := 0.0
			switch relation(ta, tb) {
			case relSynonym:
				sim = synonymMatch
			case relContrary:
				sim = 1
				m.flips++
				if ta.verb && tb.verb {
					m.contraryVerbs = append(m.contraryVerbs, [2]int32{ia, ib})
				}
			case relReverse:
				m.reversed = m.reversed || ta.verb || tb.verb
			}
			if sim > 0 {
				partnerA[ia], partnerB[ib] = ib, ia
				m.weightA += ta.weight * sim
				m.weightB += tb.weight * sim
				m.countA += sim
				m.countB += sim
				break
			}
		}
	}
}

// relatives files the content words of a long sentence that are left
// without a partner by what relation can find them by: their synonym group,
// and their folded form (for negating prefixes).
type relatives struct {
	p        *Prepared
	byGroup  map[int32]*peerList
	byFolded map[string]*peerList
	buf      []int32
}

func newRelatives(p *Prepared, partner []int32) *relatives {
	r := &relatives{p: p, byGroup: make(map[int32]*peerList), byFolded: make(map[string]*peerList)}
	file := func(l *peerList, i int32) *peerList {
		if l == nil {
			l = &peerList{}
		}
		l.words = append(l.words, i)
		return l
	}
	for _, i := range p.content {
		if partner[i] >= 0 {
			continue
		}
		t := &p.toks[i]
		if t.group >= 0 {
			r.byGroup[t.group] = file(r.byGroup[t.group], i)
		}
		r.byFolded[t.folded] = file(r.byFolded[t.folded], i)
	}
	return r
}

// of returns, ascending, the first words without a partner that relation
// can find related to t: the others are relNone and change nothing. With
// onlyPrefixed, only words with a negating prefix.
func (r *relatives) of(t *simToken, onlyPrefixed bool, partner []int32) []int32 {
	out := r.buf[:0]
	add := func(l *peerList) {
		if l != nil {
			out = append(out, l.next(partner)...)
		}
	}
	if t.group >= 0 {
		add(r.byGroup[t.group])
		for _, g := range lex.related[t.group] {
			add(r.byGroup[g])
		}
	}
	for _, p := range negationPrefixes {
		if base, ok := strings.CutPrefix(t.folded, p); ok {
			add(r.byFolded[base])
		}
		add(r.byFolded[p+t.folded])
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if onlyPrefixed {
		kept := out[:0]
		for _, i := range out {
			if r.p.toks[i].prefixed {
				kept = append(kept, i)
			}
		}
		out = kept
	}
	r.buf = out
	return out[:min(len(out), maxPeers)]
}

// Relations between two words that do not match.
const (
	relNone = iota
	relSynonym
	relContrary
	relReverse
)

// splitContraries undoes the flip of polarity of a verb met by its
// contrary when the two verbs act on two things of one kind, objects
// whose last words (their heads) meet and whose words before the head
// differ: "approved the budget" and "rejected the budget" contradict each
// other, but "signed the budget bill" and "vetoed the defence bill" are
// two actions. Objects with other heads stay one thing, perhaps told in
// other words ("rejected the tax measure", "did not approve the tax
// proposal").
func (m *matching) splitContraries(a, b *Prepared, partnerA, partnerB []int32) {
	for _, v := range m.contraryVerbs {
		objA, objB := objectOf(a, v[0]), objectOf(b, v[1])
		if objA[0] == objA[1] || objB[0] == objB[1] || partnerA[objA[1]-1] != objB[1]-1 {
			continue // no objects, or other heads
		}
		if qualified(a, objA, partnerA) && qualified(b, objB, partnerB) {
			m.flips--
			m.reversed = true
		}
	}
}

// objectOf returns the object of verb i of p, empty when it has none.
func objectOf(p *Prepared, i int32) [2]int32 {
	for _, pr := range p.preds {
		if pr.verb == i {
			return pr.obj
		}
	}
	return [2]int32{}
}

// qualified reports whether a word before the head of object obj of p,
// its last word, has no partner and names or qualifies a thing: not a
// function word or a number (those are SignalNumbers).
func qualified(p *Prepared, obj [2]int32, partner []int32) bool {
	for k := obj[0]; k < obj[1]-1; k++ {
		if t := &p.toks[k]; partner[k] < 0 && !t.stop && !t.number {
			return true
		}
	}
	return false
}

// relation returns how two unmatched words relate: synonyms, contraries
// (by the word lists or by a negating prefix, "likely" and "unlikely"), an
// action and its reverse, or none.
func relation(a, b *simToken) int {
	if a.group >= 0 && b.group >= 0 {
		switch {
		case a.group == b.group:
			return relSynonym
		case lex.contrary[[2]int32{a.group, b.group}]:
			return relContrary
		case lex.reverse[[2]int32{a.group, b.group}]:
			return relReverse
		}
	}
	if prefixable(len(a.folded), len(b.folded)) && (negatedByPrefix(a.folded, b.folded) || negatedByPrefix(b.folded, a.folded)) {
		return relContrary
	}
	return relNone
}

// prefixable reports whether words of lengths la and lb can differ by a
// negating prefix alone.
func prefixable(la, lb int) bool {
	d := la - lb
	return (d >= 2 && d <= 3 && lb >= 4) || (d <= -2 && d >= -3 && la >= 4)
}

// hasNegationPrefix reports whether w is a negating prefix followed by
// four letters or more.
func hasNegationPrefix(w string) bool {
	for _, p := range negationPrefixes {
		if len(w) >= len(p)+4 && strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// negatedByPrefix reports whether long is short with a negating prefix:
// "unlikely" and "likely". The shorter word must have four letters or more.
func negatedByPrefix(long, short string) bool {
	if len(short) < 4 || len(long) <= len(short) || !strings.HasSuffix(long, short) {
		return false
	}
	prefix := long[:len(long)-len(short)]
	for _, p := range negationPrefixes {
		if prefix == p {
			return true
		}
	}
	return false
}

// argumentsSwapped reports whether a verb that a and b share has, in one,
// the other's subject for its object and the other's object for its
// subject: "a police officer shot a teenager", "a teenager shot a police
// officer".
func argumentsSwapped(a, b *Prepared, partnerA []int32) bool {
	in := func(j int32, r [2]int32) bool { return j >= r[0] && j < r[1] }
	// meets reports whether a word of range ra of a is matched into range
	// rb of b.
	meets := func(ra, rb [2]int32) bool {
		for i := ra[0]; i < ra[1]; i++ {
			if j := partnerA[i]; j >= 0 && in(j, rb) {
				return true
			}
		}
		return false
	}
	for _, pa := range a.preds {
		vb := partnerA[pa.verb]
		if vb < 0 {
			continue
		}
		// predicates gives b.preds in increasing order of verb, one a
		// verb: a binary search finds the one of vb, so that the cost
		// does not grow with the product of the numbers of verbs.
		k := sort.Search(len(b.preds), func(k int) bool { return b.preds[k].verb >= vb })
		for _, pb := range b.preds[k:] {
			if pb.verb != vb {
				break
			}
			if meets(pa.subj, pb.obj) && meets(pa.obj, pb.subj) && !meets(pa.subj, pb.subj) && !meets(pa.obj, pb.obj) {
				return true
			}
		}
	}
	return false
}

// predicateShare returns the share of the verbs of a and
// b, verbs of saying and negating verbs aside, that have a partner in the
// other sentence; 1 when either has none.
func predicateShare(a *Prepared, partnerA []int32, b *Prepared, partnerB []int32) float64 {
	na, ma := countVerbs(a, partnerA)
	nb, mb := countVerbs(b, partnerB)
	if na == 0 || nb == 0 {
		return 1
	}
	return float64(ma+mb) / float64(na+nb)
}

// commonShare returns the share of the weight of p's common words (not
// function words, names, numbers or attribution) that have a partner, 1
// when p has none.
func commonShare(p *Prepared, partner []int32) float64 {
	total, matched := 0.0, 0.0
	for i, t := range p.toks {
		if t.stop || t.number || t.entity || t.attribution {
			continue
		}
		total += t.weight
		if partner[i] >= 0 {
			matched += t.weight
		}
	}
	if total == 0 {
		return 1
	}
	return matched / total
}

// maxEditWords is how many words of each sentence, the first ones,
// SignalEdits compares: the distance costs the product of the two lengths,
// and a news sentence is rarely a tenth as long.
const maxEditWords = 400

// wordEdits returns SignalEdits: 1 minus the Levenshtein distance of the
// key sequences of a and b (their first maxEditWords words) over the longer
// length; 0 when either is empty.
func wordEdits(a, b *Prepared) float64 {
	na, nb := min(len(a.toks), maxEditWords), min(len(b.toks), maxEditWords)
	if na == 0 || nb == 0 {
		return 0
	}
	return 1 - float64(editDistance(a.toks[:na], b.toks[:nb]))/float64(max(na, nb))
}

// editDistance returns the Levenshtein distance of the key hashes of a and
// b: bit-parallel (Myers, in Hyyrö's form) when one of them has at most 64
// words, as news sentences do, and by the row-by-row table otherwise.
func editDistance(a, b []simToken) int {
	if len(a) > 64 && len(b) <= 64 {
		a, b = b, a
	}
	if len(a) > 64 {
		return editTable(a, b)
	}
	// Pv and Mv hold the vertical differences +1 and -1 down the column of
	// the table for the current word of b, one bit per word of a.
	last := uint64(1) << (len(a) - 1)
	pv, mv := ^uint64(0), uint64(0)
	dist := len(a)
	for j := range b {
		h := b[j].hash
		var eq uint64 // the words of a equal to b[j]
		for i := range a {
			if a[i].hash == h {
				eq |= 1 << i
			}
		}
		xv := eq | mv
		xh := (((eq & pv) + pv) ^ pv) | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&last != 0 {
			dist++
		} else if mh&last != 0 {
			dist--
		}
		ph = ph<<1 | 1 // the top row grows by one a column
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
	}
	return dist
}

// editTable is editDistance by the table, one row at a time.
func editTable(a, b []simToken) int {
	na, nb := len(a), len(b)
	var stack [matchStack]int32
	var row []int32
	if nb+1 <= len(stack) {
		row = stack[:nb+1]
	} else {
		row = make([]int32, nb+1)
	}
	for j := range row {
		row[j] = int32(j)
	}
	for i := 1; i <= na; i++ {
		diag := row[0]
		row[0] = int32(i)
		ha := a[i-1].hash
		for j := 1; j <= nb; j++ {
			cost := diag
			if b[j-1].hash != ha {
				cost++
			}
			diag = row[j]
			row[j] = min(cost, row[j]+1, row[j-1]+1)
		}
	}
	return int(row[nb])
}

// countVerbs returns how many predicate verbs p has, and how many of them
// have a partner.
func countVerbs(p *Prepared, partner []int32) (verbs, matched int) {
	for i, t := range p.toks {
		if t.verb && !t.aside {
			verbs++
			if partner[i] >= 0 {
				matched++
			}
		}
	}
	return verbs, matched
}

// nameStatus reports whether p has names, and whether one of them has no
// partner.
func nameStatus(p *Prepared, partner []int32) (names, unmatched bool) {
	for i, t := range p.toks {
		if t.entity {
			names = true
			unmatched = unmatched || partner[i] < 0
		}
	}
	return names, unmatched
}

// rolesKept returns the share of a's matched names that keep their place:
// a name loses it when neither the nearest word before it nor the nearest
// word after it that is not a name or a function word is the same in b, and another such name
// has traded places with it. "Germany beat France" and "France beat Germany"
// give 0; a name or phrase moved on its own ("Police arrested him", "He was
// arrested by police"; "In Paris, ..." and "... in Paris") keeps the signal
// at 1. It is 1 when fewer than two names are matched.
func rolesKept(a, b *Prepared, partnerA []int32) float64 {
	// contexts fills before and after, for each token of p, with the index
	// of the nearest word before and after it that is not a name or a
	// function word; -1 stands for the sentence edge. One pass each way
	// keeps the cost linear in a sentence made of names.
	contexts := func(p *Prepared, before, after []int32) {
		last := int32(-1)
		for k, t := range p.toks {
			before[k] = last
			if !t.entity && !t.stop {
				last = int32(k)
			}
		}
		last = -1
		for k := len(p.toks) - 1; k >= 0; k-- {
			after[k] = last
			if t := p.toks[k]; !t.entity && !t.stop {
				last = int32(k)
			}
		}
	}
	key := func(p *Prepared, k int32) string {
		if k < 0 {
			return "\x00"
		}
		return p.toks[k].key
	}
	type name struct {
		ia, ib int32
		left   bool // a name before it in a has a greater ib
	}
	var lostStack [16]name
	var ctxStack [256]int32
	names, lost := 0, lostStack[:0]
	var beforeA, afterA, beforeB, afterB []int32
	for ia, ib := range partnerA {
		if ib < 0 || !a.toks[ia].entity {
			continue
		}
		if beforeA == nil {
			na, nb := len(a.toks), len(b.toks)
			buf := ctxStack[:]
			if 2*(na+nb) > len(buf) {
				buf = make([]int32, 2*(na+nb))
			}
			beforeA, afterA, beforeB, afterB = buf[:na], buf[na:2*na], buf[2*na:2*na+nb], buf[2*na+nb:2*(na+nb)]
			contexts(a, beforeA, afterA)
			contexts(b, beforeB, afterB)
		}
		names++
		if key(a, beforeA[ia]) != key(b, beforeB[ib]) && key(a, afterA[ia]) != key(b, afterB[ib]) {
			lost = append(lost, name{ia: int32(ia), ib: ib})
		}
	}
	if names < 2 {
		return 1
	}
	// lost is in increasing order of ia, so lost[i] traded places with
	// another name when one before it has a greater ib or one after it an
	// ib at most its own: a running maximum from the left and minimum from
	// the right find them in linear time.
	maxB := int32(-1)
	for i := range lost {
		lost[i].left = maxB > lost[i].ib
		maxB = max(maxB, lost[i].ib)
	}
	swapped := 0
	minB := int32(math.MaxInt32)
	for i := len(lost) - 1; i >= 0; i-- {
		if lost[i].left || minB <= lost[i].ib {
			swapped++
		}
		minB = min(minB, lost[i].ib)
	}
	return 1 - float64(swapped)/float64(names)
}

// closeLengths reports whether words of la and lb bytes may be spellings
// of one word: the shorter has at least 60% of the longer's length. With
// the default metric and MinSpelling the test changes nothing (Jaro-Winkler
// is at most 0.6*Jaro+0.4 and Jaro at most (2+ratio)/3, so 0.92 needs a
// ratio of 0.6); it spares the metric many comparisons.
func closeLengths(la, lb int) bool { return 5*min(la, lb) >= 3*max(la, lb) }

// spellable reports whether a token may be matched by spelling: a word of
// four letters or more that is not a function word.
func spellable(t *simToken) bool { return !t.number && !t.stop && len(t.folded) >= 4 }

// longestIncreasing returns the length of the longest strictly increasing
// subsequence of seq, using tails (empty, with room for len(seq)) as
// scratch.
func longestIncreasing(seq, tails []int32) int {
	for _, v := range seq {
		k := sort.Search(len(tails), func(i int) bool { return tails[i] >= v })
		if k == len(tails) {
			tails = append(tails, v)
		} else {
			tails[k] = v
		}
	}
	return len(tails)
}

// dice returns the Dice coefficient of two sorted sets, 0 when either is
// empty.
func dice(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return 2 * float64(CountCommon(a, b)) / float64(len(a)+len(b))
}

// compareSets says how two sorted sets of details compare: Differ when each
// has one the other lacks, OneSided when only one has such extras.
func compareSets(a, b []string) Agreement {
	common := CountCommon(a, b)
	extraA, extraB := len(a) > common, len(b) > common
	switch {
	case len(a) == 0 && len(b) == 0:
		return Absent
	case extraA && extraB:
		return Differ
	case extraA || extraB:
		return OneSided
	}
	return Agree
}

// CountCommon returns the size of the intersection of two sorted sets.
func CountCommon[T cmp.Ordered](a, b []T) int {
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return common
}

// charGrams returns hashes of the character 4-grams of s, or of s itself
// when it is shorter.
func charGrams(s string) []uint64 {
	n := utf8.RuneCountInString(s)
	if n < 4 {
		if n == 0 {
			return nil
		}
		return []uint64{HashString(s)}
	}
	out := make([]uint64, 0, n-3)
	var win [4]rune // the last four runes, win[k%4] the k-th
	k := 0
	for _, r := range s {
		win[k%4] = r
		k++
		if k < 4 {
			continue
		}
		h := uint64(14695981039346656037)
		for j := k - 4; j < k; j++ {
			h ^= uint64(win[j%4])
			h *= 1099511628211
		}
		out = append(out, h)
	}
	return out
}

func HashString(s string) uint64 { return hashMore(14695981039346656037, s) }

func SortedSet(xs []uint64) []uint64 {
	slices.Sort(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func compactStrings(xs []string) []string {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// hashMore continues an FNV-1a hash h with the bytes of s.
func hashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
