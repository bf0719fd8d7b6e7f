package entities

import (
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/adrg/strutil/metrics"
	"github.com/newsmerge/newsmerge/text"
)

// joinPasses are the steps of resolve, applied in this order; each sees
// the groups, kinds and joins that the passes before it left. The first
// makes a group of every folded spelling; the next two are not joins but
// decide each group's kind, which the joins read (only a person's name
// takes a surname, only an organisation an acronym); then come the joins.
// A join sets the parent of a group's root (see root), so a later pass
// joins whole entities. The order among the joins matters:
//
//   - short names before given names, so that a name that is both a
//     surname and a given name is read as the surname: with "Carlos
//     Luis" and "Luis Reyes", "Luis" joins "Carlos Luis" and is then not
//     joined again (given names and organisation short names skip a
//     group already joined);
//   - organisation short names after short names, so that a surname
//     already joined to a person ("Marquis" to "Carol Marquis") is not
//     also joined to "Marquis Recovery Group";
//   - spellings and acronyms read only what the passes before them
//     leave, and their place among the joins is not known to matter; it
//     is kept as it was.
var joinPasses = []struct {
	name string
	join func(*extractor)
}{
	{"same spelling", (*extractor).joinSameSpelling},
	{"kinds by votes", (*extractor).kindsByVotes},
	{"family names", (*extractor).familyNames},
	{"short names", (*extractor).joinShortNames},
	{"given names", (*extractor).joinGivenNames},
	{"spellings", (*extractor).joinSpellings},
	{"acronyms", (*extractor).joinAcronyms},
	{"org short names", (*extractor).joinOrgShortNames},
}

// resolve groups the candidates by name and joins the groups that stand for
// one entity, by applying joinPasses in order.
func (x *extractor) resolve() {
	for _, p := range joinPasses {
		p.join(x)
	}
}

// joinSameSpelling makes one group of the mentions with the same folded
// spelling: "Micheál" and "Micheal", "Putin" and "PUTIN".
func (x *extractor) joinSameSpelling() {
	for ci := range x.cands {
		x.addToGroup(ci)
	}
}

// kindsByVotes decides the kind of each group that is not a known place or
// organisation from the votes of its mentions (see voteTable): the kind
// with the most votes, a person's on ties, then an organisation's, then a
// place's; Other with votes only for Other or a "the" before a mention.
// Without votes, a name of two to four words whose first word is a common
// given name is a person's ("Emily Chang"); any other name of two to four
// words not in capitals is Other but may prove a person's (maybePerson:
// see familyNames and joinShortNames).
func (x *extractor) kindsByVotes() {
	for gi := range x.groups {
		g := &x.groups[gi]
		if g.known {
			continue
		}
		var person, org, place, other int
		notPerson := false
		for _, ci := range g.cands {
			c := x.cands[ci]
			person += c.person
			g.titled = g.titled || c.role != ""
			org += c.org
			place += c.place
			other += c.other
			notPerson = notPerson || c.notPerson
		}
		switch {
		case person > 0 && person >= org && person >= place && person >= other:
			g.typ = Person
		case org > 0 && org >= place && org >= other:
			g.typ = Org
		case place > 0 && place >= other:
			g.typ = Place
		case other > 0 || notPerson:
			g.typ = Other
		case g.nwords >= 2 && g.nwords <= 4 && givenNames[firstPart(g.key)]:
			g.typ = Person // "Emily Chang"
		default:
			g.typ = Other
			g.maybePerson = g.nwords >= 2 && g.nwords <= 4 && !text.IsAllUpper(g.text)
		}
	}
}

func (x *extractor) addToGroup(ci int) int {
	c := &x.cands[ci]
	gi, ok := x.byKey[c.key]
	if !ok {
		gi = len(x.groups)
		x.groups = append(x.groups, nameGroup{key: c.key, keyWords: strings.Fields(c.key), text: c.text, known: c.known, canonical: c.canonical, typ: c.typ, parent: gi, first: ci, nwords: c.words})
		if c.canonical != "" {
			x.groups[gi].text = c.canonical
		}
		x.byKey[c.key] = gi
	}
	c.group = gi
	x.groups[gi].cands = append(x.groups[gi].cands, ci)
	return gi
}

func (x *extractor) root(gi int) int {
	for x.groups[gi].parent != gi {
		x.groups[gi].parent = x.groups[x.groups[gi].parent].parent
		gi = x.groups[gi].parent
	}
	return gi
}

// personLike reports whether a group may be a person's name.
func (g *nameGroup) personLike() bool {
	return !g.known && (g.typ == Person || g.typ == Other)
}

// familyNames makes a person of a name that nothing else shows the kind of
// when it shares its last word with a person's name ("Melania Trump" beside
// "Donald Trump") or has a particle of people's names ("Ursula von der
// Leyen", "Bashar al-Assad").
func (x *extractor) familyNames() {
	surnames := make(map[string]bool)
	for gi := range x.groups {
		if g := &x.groups[gi]; g.typ == Person && len(g.keyWords) > 1 {
			surnames[g.keyWords[len(g.keyWords)-1]] = true
		}
	}
	for gi := range x.groups {
		g := &x.groups[gi]
		if !g.maybePerson {
			continue
		}
		family := surnames[g.keyWords[len(g.keyWords)-1]]
		for _, w := range g.keyWords[1:] {
			family = family || personParticles[w]
		}
		if family {
			g.typ = Person
		}
	}
}

// personParticles occur inside people's names but not places'.
var personParticles = text.WordSet(lexicon.PersonParticles)

// joinShortNames joins a name to the one fuller person's name that ends
// with it, word for word or by close spellings (endsWithName): "Witkoff"
// joins "Steve Witkoff", "Vladimir Putin" joins "Vladimir Vladimirovich
// Putin". With two such names of different people ("Donald Trump",
// "Melania Trump") the short name joins neither but is still made a
// person's; a fuller name that only may be a person's becomes one when a
// surname joins it ("Carroway" and "Ivo Carroway").
func (x *extractor) joinShortNames() {
	var fulls spellingIndex
	for fi := range x.groups {
		if f := &x.groups[fi]; !f.known && (f.typ == Person || f.maybePerson) && len(f.keyWords) > 1 {
			fulls.add(f.keyWords[len(f.keyWords)-1], fi)
		}
	}
	var cands []int
	for gi := range x.groups {
		g := &x.groups[gi]
		if !g.personLike() {
			continue
		}
		match := -1
		cands = fulls.lookup(g.keyWords[len(g.keyWords)-1], cands[:0])
		if cands == nil {
			match = -2 // a surname that too many names share
		}
		for _, fi := range cands {
			f := &x.groups[fi]
			if fi == gi || f.known || len(f.keyWords) <= len(g.keyWords) || !endsWithName(f.keyWords, g.keyWords) {
				continue
			}
			if match >= 0 && x.root(match) != x.root(fi) && !endsWithName(f.keyWords, x.groups[match].keyWords) && !endsWithName(x.groups[match].keyWords, f.keyWords) {
				match = -2 // two different people
				break
			}
			if match == -1 || len(f.keyWords) < len(x.groups[match].keyWords) {
				match = fi
			}
		}
		if match != -1 {
			g.typ = Person // a surname, even when whose is unclear
		}
		if match >= 0 {
			if f := &x.groups[match]; f.maybePerson {
				f.typ = Person // "Denise Carroway" is "Carroway"
			}
			x.groups[x.root(gi)].parent = x.root(match)
		}
	}
}

// spellingIndex finds the groups filed under a word by the word itself and
// by its spellings one edit away, the close spellings that sameNameWord
// accepts for words of up to 13 letters: each word is filed under itself
// and under every spelling with one letter deleted, so two words one
// insertion, deletion or substitution apart share a key. Words longer than
// maxSpellingRunes are filed under themselves only. Two spellings two or
// more edits apart, which sameNameWord accepts only for words of 14 letters
// or more ("abdulrahmanova", "abdoulrahmanova"), are not found: an index
// for them would hold hundreds of keys a word.
type spellingIndex struct {
	byKey map[string][]int
}

// maxSpellingRunes is the longest word filed under its one-edit spellings;
// no name word is nearly as long.
const maxSpellingRunes = 32

// maxSpellingCandidates caps the groups that lookup returns: a word that
// more groups share is reported as shared by too many.
const maxSpellingCandidates = 256

// add files group gi under word.
func (ix *spellingIndex) add(word string, gi int) {
	if ix.byKey == nil {
		ix.byKey = make(map[string][]int)
	}
	ix.byKey[word] = append(ix.byKey[word], gi)
	forDeletions(word, func(k string) {
		ix.byKey[k] = append(ix.byKey[k], gi)
	})
}

// lookup appends to dst, in increasing order and once each, the groups
// filed under word or under a spelling one edit away, and returns it; nil
// when they are more than maxSpellingCandidates. The caller checks each
// with sameNameWord.
func (ix *spellingIndex) lookup(word string, dst []int) []int {
	// A group is filed under up to maxSpellingRunes+1 of word's keys.
	const most = maxSpellingCandidates * (maxSpellingRunes + 1)
	n := 0
	take := func(k string) {
		if gs := ix.byKey[k]; n+len(gs) <= most {
			dst = append(dst, gs...)
			n += len(gs)
		} else {
			n = most + 1
		}
	}
	take(word)
	forDeletions(word, take)
	if n > most {
		return nil
	}
	slices.Sort(dst)
	if dst = slices.Compact(dst); len(dst) > maxSpellingCandidates {
		return nil
	}
	if dst == nil {
		dst = []int{}
	}
	return dst
}

// forDeletions calls f with each spelling of word with one letter deleted,
// for words of 6 bytes (the shortest that sameNameWord takes for a close
// spelling) to maxSpellingRunes letters.
func forDeletions(word string, f func(string)) {
	if len(word) < 6 || utf8.RuneCountInString(word) > maxSpellingRunes {
		return
	}
	buf := make([]byte, 0, len(word))
	for i := 0; i < len(word); {
		_, size := utf8.DecodeRuneInString(word[i:])
		buf = append(append(buf[:0], word[:i]...), word[i+size:]...)
		f(string(buf))
		i += size
	}
}

// onlyMatch returns the last of the candidates that ok accepts when all of
// them are one entity (share a root), -1 when ok accepts none, and -2 when
// they are two or more entities: a short name joins a fuller one only when
// the fuller one is not in doubt.
func (x *extractor) onlyMatch(cands []int, ok func(int) bool) int {
	match := -1
	for _, fi := range cands {
		if !ok(fi) {
			continue
		}
		if match >= 0 && x.root(match) != x.root(fi) {
			return -2
		}
		match = fi
	}
	return match
}

// joinGivenNames joins a common given name used alone ("I've told Luis"),
// not yet joined, to the one person's full name that opens with it ("Luis
// Reyes"); with two ("Luis Reyes", "Luis Ortega") it joins neither.
func (x *extractor) joinGivenNames() {
	byFirst := make(map[string][]int)
	for fi := range x.groups {
		if f := &x.groups[fi]; !f.known && f.typ == Person && len(f.keyWords) > 1 {
			byFirst[f.keyWords[0]] = append(byFirst[f.keyWords[0]], fi)
		}
	}
	for gi := range x.groups {
		g := &x.groups[gi]
		if len(g.keyWords) != 1 || !givenNames[g.key] || !g.personLike() || x.root(gi) != gi {
			continue
		}
		if match := x.onlyMatch(byFirst[g.key], func(int) bool { return true }); match >= 0 {
			g.typ = Person
			g.parent = x.root(match)
		}
	}
}

// endsWithName reports whether short is long's last word, or its words
// appear in long in order with the same last word: "Putin" and "Vladimir
// Putin", "Vladimir Putin" and "Vladimir Vladimirovich Putin".
func endsWithName(long, short []string) bool {
	if len(short) == 0 || !sameNameWord(long[len(long)-1], short[len(short)-1]) {
		return false
	}
	i := 0
	for _, w := range long[:len(long)-1] {
		if i < len(short)-1 && sameNameWord(w, short[i]) {
			i++
		}
	}
	return i == len(short)-1
}

var levenshtein = metrics.NewLevenshtein()

// derivationSuffixes make demonyms and plurals of names.
var derivationSuffixes = text.WordSet(lexicon.DerivationSuffixes)

// sameNameWord reports whether two folded name words are the same or close
// spellings of one ("zelensky", "zelenskyy").
func sameNameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 6 || len(b) < 6 || a[0] != b[0] {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	letters := float64(max(la, lb))
	// The edit distance is at least the difference in letters.
	if float64(max(la, lb)-min(la, lb))/letters > 0.15 {
		return false
	}
	if strings.HasPrefix(b, a) && derivationSuffixes[b[len(a):]] {
		return false // "Andalusia" and "Andalusian" are a place and its people
	}
	return 1-float64(editDistance(a, b))/letters >= 0.85
}

// editDistance returns the Levenshtein distance between the letters of a
// and b, without allocating for words of up to 64 letters.
func editDistance(a, b string) int {
	var ra, rb [64]rune
	na, nb := 0, 0
	for _, r := range a {
		if na == len(ra) {
			return levenshtein.Distance(a, b)
		}
		ra[na] = r
		na++
	}
	for _, r := range b {
		if nb == len(rb) {
			return levenshtein.Distance(a, b)
		}
		rb[nb] = r
		nb++
	}
	var rows [2][65]int
	prev, cur := rows[0][:nb+1], rows[1][:nb+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 0; i < na; i++ {
		cur[0] = i + 1
		for j := 0; j < nb; j++ {
			d := prev[j]
			if ra[i] != rb[j] {
				d++
			}
			cur[j+1] = min(d, prev[j+1]+1, cur[j]+1)
		}
		prev, cur = cur, prev
	}
	return prev[nb]
}

// joinSpellings joins names that may be people's, of as many words, whose
// words are each the same or close spellings (sameNameWord): "Zelensky"
// and "Zelenskyy", "Volodymyr Zelensky" and "Volodymyr Zelenskyy"; not
// "Andalusia" and "Andalusian". Unlike the other joins it does not ask
// for a single match: every close pair joins.
func (x *extractor) joinSpellings() {
	// Only names whose words start with the same letters can match.
	buckets := make(map[string][]int)
	var order []string
	for gi := range x.groups {
		g := &x.groups[gi]
		if !g.personLike() {
			continue
		}
		var b strings.Builder
		for _, w := range g.keyWords {
			b.WriteByte(w[0])
		}
		k := b.String()
		if _, ok := buckets[k]; !ok {
			order = append(order, k)
		}
		buckets[k] = append(buckets[k], gi)
	}
	for _, k := range order {
		x.joinSpellingsIn(buckets[k])
	}
}

// maxSpellingPeers caps the comparisons of joinSpellingsIn: each person name
// is compared with at most the next maxSpellingPeers names (in order of
// first mention) whose words start with the same letters. An article, or a
// few hundred of them, has far fewer such names; the cap keeps Analyze
// linear on a text made of thousands of distinct names.
const maxSpellingPeers = 64

// joinSpellingsIn joins the groups of one bucket whose words are each the
// same or close, comparing each group with the next maxSpellingPeers.
func (x *extractor) joinSpellingsIn(gs []int) {
	for a, gi := range gs {
		g := &x.groups[gi]
		for _, fi := range gs[a+1 : min(len(gs), a+1+maxSpellingPeers)] {
			f := &x.groups[fi]
			if x.root(fi) == x.root(gi) {
				continue
			}
			same := true
			for k := range f.keyWords {
				if !sameNameWord(f.keyWords[k], g.keyWords[k]) {
					same = false
					break
				}
			}
			if same {
				x.groups[x.root(fi)].parent = x.root(gi)
			}
		}
	}
}

// joinAcronyms joins an acronym, a single word in capitals that is not a
// known name, to the one organisation whose initials (connectors left out)
// it spells, dots ignored: "NATO" joins "North Atlantic Treaty
// Organization", "IFA" joins "Irish Farmers' Association"; the acronym
// becomes an organisation.
func (x *extractor) joinAcronyms() {
	byInitials := make(map[string][]int)
	for fi := range x.groups {
		if f := &x.groups[fi]; f.typ == Org && len(f.keyWords) >= 2 {
			k := initials(f.keyWords)
			byInitials[k] = append(byInitials[k], fi)
		}
	}
	for gi := range x.groups {
		g := &x.groups[gi]
		if len(g.keyWords) != 1 || !text.IsAllUpper(g.text) || g.known {
			continue
		}
		acr := strings.ReplaceAll(g.key, ".", "")
		if match := x.onlyMatch(byInitials[acr], func(fi int) bool { return fi != gi }); match >= 0 {
			g.typ = Org
			x.groups[x.root(gi)].parent = x.root(match)
		}
	}
}

// joinOrgShortNames joins a name to the one organisation whose name it
// opens ("Kessler" joins "Kessler Automotive") unless a title before it
// shows it is a person. The words it leaves out must all be organisation
// words: "Harlan Springs" is not "Harlan Springs High School".
func (x *extractor) joinOrgShortNames() {
	// Each organisation is filed under each of its first words that leave
	// out only organisation words, up to maxOrgWordsLeftOut of them.
	byShort := make(map[string][]int)
	for fi := range x.groups {
		f := &x.groups[fi]
		if f.typ != Org || f.known || len(f.keyWords) < 2 {
			continue
		}
		for n := len(f.keyWords) - 1; n >= 1 && len(f.keyWords)-n <= maxOrgWordsLeftOut && allOrgWords(f.keyWords[n:n+1]); n-- {
			k := strings.Join(f.keyWords[:n], " ")
			byShort[k] = append(byShort[k], fi)
		}
	}
	for gi := range x.groups {
		g := &x.groups[gi]
		if g.known || x.root(gi) != gi || g.typ == Place || g.titled {
			continue
		}
		match := x.onlyMatch(byShort[strings.Join(g.keyWords, " ")], func(fi int) bool { return fi != gi })
		if match >= 0 {
			g.typ = Org
			g.parent = x.root(match)
		}
	}
}

// maxOrgWordsLeftOut is the most organisation words that a short name may
// leave out ("Kessler" for "Kessler Automotive Group Holdings"); it keeps
// the index of joinOrgShortNames linear in the length of a name.
const maxOrgWordsLeftOut = 6

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if !nameConnectors[w] {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
