package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStem checks stem against the Snowball project's published sample of the
// English stemmer: the word list english/voc.txt and its stems
// english/output.txt in https://github.com/snowballstem/snowball-data
// (BSD-licensed; used here as facts). Every pair in the first part of the
// table is a line of those two files. Three groups at the end come from
// elsewhere and say so.
func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		// Apostrophes: an initial one goes, then step 0 removes a final
		// ', 's or 's'.
		{"'''", "'"},
		{"'a'", "a"},
		{"'aa", "aa"},
		{"'as'", "as"},
		{"'s'", "s"},
		{"a''", "a'"},
		{"aa'", "aa"},

		// Words of one or two letters are left alone.
		{"a", "a"},
		{"'s", "'s"},
		{"ad", "ad"},
		{"ay", "ay"},

		// Special words.
		{"andes", "andes"},
		{"atlas", "atlas"},
		{"bias", "bias"},
		{"news", "news"},
		{"only", "onli"},
		{"early", "earli"},
		{"ugly", "ugli"},
		{"gently", "gentl"},
		{"idly", "idl"},

		// Stems after which R1 starts: gener, commun, arsen, past, univers.
		{"general", "general"},
		{"generally", "general"},
		{"generalities", "general"},
		{"generalization", "general"},
		{"generate", "generat"},
		{"generated", "generat"},
		{"generation", "generat"},
		{"generative", "generat"},
		{"generic", "generic"},
		{"generosity", "generos"},
		{"generous", "generous"},
		{"generously", "generous"},
		{"commune", "commune"},
		{"communed", "commune"},
		{"communing", "commune"},
		{"communication", "communic"},
		{"community", "communiti"},
		{"arsenal", "arsenal"},
		{"arsenate", "arsenat"},
		{"arsenic", "arsenic"},
		{"past", "past"},
		{"paste", "paste"},
		{"pasted", "paste"},
		{"pasting", "paste"},
		{"pastoral", "pastor"},
		{"universal", "universal"},
		{"universally", "universal"},
		{"universe", "univers"},
		{"universities", "universiti"},
		{"university", "universiti"},

		// Step 1a: sses, ied, ies, s, and us and ss kept.
		{"abyss", "abyss"},
		{"abysses", "abyss"},
		{"actresses", "actress"},
		{"applied", "appli"},
		{"applies", "appli"},
		{"atomies", "atomi"},
		{"ied", "ie"},
		{"ies", "ie"},
		{"vied", "vie"},
		{"ideas", "idea"},
		{"emus", "emus"},
		{"axis", "axi"},
		{"ibis", "ibi"},
		{"basis", "basi"},
		{"propos", "propo"},
		{"sues", "sue"},
		{"glues", "glue"},

		// Step 1b: eed and eedly in R1, and its exceptions.
		{"agreed", "agre"},
		{"agrees", "agre"},
		{"agreeing", "agre"},
		{"meed", "meed"},
		{"guaranteed", "guarante"},
		{"misdeed", "misde"},
		{"unfeed", "unfe"},
		{"proceed", "proceed"},
		{"proceeding", "proceed"},
		{"proceeders", "proceed"},
		{"exceed", "exceed"},
		{"exceedingly", "exceed"},
		{"succeed", "succeed"},
		{"succeeded", "succeed"},

		// Step 1b: ed, edly, ing, ingly, and what follows their removal.
		{"abandoned", "abandon"},
		{"hatred", "hatr"},
		{"ated", "ate"},
		{"azingly", "aze"},
		{"fadedly", "fade"},
		{"gibingly", "gibe"},
		{"naked", "nake"},
		{"added", "add"},
		{"adding", "add"},
		{"erred", "err"},
		{"erring", "err"},
		{"offing", "off"},
		{"bedding", "bed"},
		{"pudding", "pud"},
		{"puffed", "puf"},
		{"graffing", "graf"},
		{"handcuffed", "handcuf"},
		{"eyed", "eye"},
		{"eying", "eye"},
		{"eyeing", "eye"},
		{"glued", "glu"},
		{"sued", "su"},
		{"unfed", "unf"},
		{"being", "be"},
		{"doings", "do"},
		{"behring", "behr"},
		{"baying", "bay"},
		{"toying", "toy"},
		{"spying", "spi"},
		{"electioneering", "election"},
		// ... and its ing exceptions.
		{"dying", "die"},
		{"lying", "lie"},
		{"tying", "tie"},
		{"undying", "undi"},
		{"untying", "unti"},
		{"innings", "inning"},
		{"evening", "evening"},
		{"evenings", "evening"},
		{"earring", "earring"},
		{"earrings", "earring"},
		{"herring", "herring"},
		{"herrings", "herring"},

		// Step 1c: y or Y to i after a non-vowel that is not the first
		// letter.
		{"aby", "abi"},
		{"army", "armi"},
		{"sty", "sti"},
		{"try", "tri"},
		{"dry", "dri"},
		{"spy", "spi"},
		{"icy", "ici"},
		{"happy", "happi"},
		{"obloquy", "obloquy"},
		{"aye", "aye"},
		{"bay", "bay"},
		{"toy", "toy"},

		// Step 2.
		{"traditional", "tradit"},
		{"proportional", "proport"},
		{"vacancy", "vacanc"},
		{"urgency", "urgenc"},
		{"probably", "probabl"},
		{"eminently", "emin"},
		{"ardently", "ardent"},
		{"sympathizers", "sympath"},
		{"operational", "oper"},
		{"operationally", "oper"},
		{"mediation", "mediat"},
		{"mediator", "mediat"},
		{"gladiator", "gladiat"},
		{"idealism", "ideal"},
		{"ideality", "ideal"},
		{"unusually", "unusu"},
		{"faithfulness", "faith"},
		{"anxiously", "anxious"},
		{"gorgeousness", "gorgeous"},
		{"effectiveness", "effect"},
		{"nativity", "nativ"},
		{"durability", "durabl"},
		{"superbly", "superbl"},
		{"doubly", "doubli"},
		{"analogy", "analog"},
		{"archaeology", "archaeolog"},
		{"ologies", "olog"},
		{"awfully", "aw"},
		{"gleefully", "gleefulli"},
		{"aimlessly", "aimless"},
		{"geously", "geousli"},
		{"authoritatively", "authorit"},
		{"exceptionally", "except"},
		{"professionaly", "professionali"},
		{"inly", "in"},
		{"beastly", "beast"},
		{"manly", "man"},
		{"surly", "sur"},
		{"subtly", "subt"},
		{"newly", "newli"},
		{"grossly", "grossli"},
		{"stiffly", "stiffli"},
		{"truly", "truli"},
		{"evilly", "evilli"},
		{"tranquilly", "tranquilli"},

		// Step 3.
		{"naturalize", "natur"},
		{"intoxicated", "intox"},
		{"authenticity", "authent"},
		{"identical", "ident"},
		{"hypothetical", "hypothet"},
		{"biological", "biolog"},
		{"armful", "arm"},
		{"healthful", "health"},
		{"gleeful", "gleeful"},
		{"baroness", "baro"},
		{"harness", "har"},
		{"bigness", "big"},
		{"dryness", "dryness"},
		{"argumentative", "argument"},
		{"superlative", "superl"},

		// Step 4.
		{"abnormal", "abnorm"},
		{"abundance", "abund"},
		{"abundant", "abund"},
		{"absence", "absenc"},
		{"elater", "elat"},
		{"embitter", "embitt"},
		{"interfere", "interfer"},
		{"interfered", "interf"},
		{"athletic", "athlet"},
		{"gigantic", "gigant"},
		{"abominable", "abomin"},
		{"accessible", "access"},
		{"audible", "audibl"},
		{"adamant", "adam"},
		{"abasement", "abas"},
		{"agreement", "agreement"},
		{"movements", "movement"},
		{"abandonment", "abandon"},
		{"emoluments", "emolu"},
		{"absorbent", "absorb"},
		{"baptism", "baptism"},
		{"barbarism", "barbar"},
		{"accommodate", "accommod"},
		{"aggravate", "aggrav"},
		{"ability", "abil"},
		{"enormity", "enorm"},
		{"necessity", "necess"},
		{"adoptious", "adopti"},
		{"abortive", "abort"},
		{"adhesive", "adhes"},
		{"recognize", "recogn"},
		{"abolition", "abolit"},
		{"adoption", "adopt"},
		{"admission", "admiss"},
		{"occasion", "occas"},
		{"action", "action"},
		{"opinion", "opinion"},
		{"experimental", "experiment"},
		{"proportionate", "proportion"},
		{"objectionable", "objection"},

		// Step 5.
		{"abate", "abat"},
		{"abide", "abid"},
		{"ace", "ace"},
		{"armee", "arme"},
		{"glue", "glue"},
		{"comely", "come"},
		{"lovely", "love"},
		{"agreeable", "agreeabl"},
		{"trustees", "truste"},
		{"recommences", "recomm"},
		{"recommenced", "recommenc"},
		{"befall", "befal"},
		{"equall", "equal"},
		{"equalle", "equall"},
		{"lovell", "lovel"},
		{"tranquillity", "tranquil"},
		{"monosyllable", "monosyl"},

		// Words of the news.
		{"travel", "travel"},
		{"travels", "travel"},
		{"traveler", "travel"},
		{"traveling", "travel"},
		{"travelled", "travel"},
		{"travelling", "travel"},
		{"meeting", "meet"},
		{"meetings", "meet"},
		{"negotiate", "negoti"},
		{"negotiating", "negoti"},
		{"negotiation", "negoti"},
		{"negotiations", "negoti"},
		{"proposal", "propos"},
		{"proposals", "propos"},
		{"proposed", "propos"},
		{"international", "intern"},
		{"national", "nation"},
		{"nations", "nation"},
		{"united", "unit"},
		{"government", "govern"},
		{"governments", "govern"},
		{"minister", "minist"},
		{"ministers", "minist"},
		{"military", "militari"},
		{"officials", "offici"},
		{"administration", "administr"},
		{"announced", "announc"},
		{"according", "accord"},
		{"accused", "accus"},
		{"attacks", "attack"},
		{"elections", "elect"},
		{"support", "support"},
		{"supporters", "support"},
		{"suggested", "suggest"},
		{"successful", "success"},
		{"european", "european"},
		{"indian", "indian"},
		{"indians", "indian"},

		// Not in the sample vocabulary: stems that the definition at
		// snowballstem.org states itself, in its table of special words and
		// its examples.
		{"skies", "sky"},
		{"sky", "sky"},
		{"howe", "howe"},
		{"cosmos", "cosmos"},
		{"singly", "singl"},
		{"ties", "tie"},
		{"cries", "cri"},
		{"gas", "gas"},
		{"this", "this"},
		{"gaps", "gap"},
		{"kiwis", "kiwi"},
		{"dyings", "die"},
		{"cry", "cri"},
		{"by", "by"},
		{"say", "say"},

		// Not in the sample vocabulary: news words worked through the
		// definition by hand, each on the path of sample words above
		// (traveler and abandoned; athletic; indian and european: -ian is
		// never removed; mediators and negotiate).
		{"traveled", "travel"},
		{"optimistic", "optimist"},
		{"ukrainian", "ukrainian"},
		{"negotiators", "negoti"},

		// This package's own rule: anything but a-z and the apostrophe
		// leaves the word as it is.
		{"u.s.", "u.s."},
		{"1990s", "1990s"},
		{"g7s", "g7s"},
		{"covid-19", "covid-19"},
		{"Travels", "Travels"},
		{"café", "café"},
		{"zelenskyy’s", "zelenskyy’s"},
		{"", ""},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Stem(tt.in)); diff != "" {
			t.Errorf("stem(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestStemRevisions checks what the Snowball 3 revision of the definition
// says its newer rules are for, where the sample vocabulary has no word to
// show it: "geologist" meets "geology", while "later" and "lateral",
// "emerge" and "emergency", and "organ", "organic" and "organize" stay apart.
func TestStemRevisions(t *testing.T) {
	same := [][2]string{
		{"geologist", "geology"},
		{"psychologists", "psychology"},
		{"organize", "organization"},
	}
	for _, p := range same {
		if a, b := Stem(p[0]), Stem(p[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{
		{"later", "lateral"},
		{"emerge", "emergency"},
		{"organ", "organic"},
		{"organ", "organization"},
		{"organic", "organize"},
		{"past", "paste"},
		{"universe", "university"},
		{"general", "generous"},
	}
	for _, p := range apart {
		if a, b := Stem(p[0]), Stem(p[1]); a == b {
			t.Errorf("stem(%q) = stem(%q) = %q; want different stems", p[0], p[1], a)
		}
	}
}

// TestStemAllocs checks that a stem that is a prefix of its word costs no
// allocation.
func TestStemAllocs(t *testing.T) {
	for _, w := range []string{"negotiations", "meeting", "travels", "agreed", "generously"} {
		if n := testing.AllocsPerRun(100, func() { _ = Stem(w) }); n != 0 {
			t.Errorf("stem(%q) allocates %v times, want 0", w, n)
		}
	}
}

// FuzzStem checks that stem never panics, never lengthens a word, and leaves
// alone the words it does not stem.
func FuzzStem(f *testing.F) {
	for _, s := range []string{
		"", "a", "'", "'''", "''s", "'s'", "dying", "generously", "negotiations",
		"pasted", "exceedingly", "y", "yy", "yyying", "u.s.", "café", "ab'ying",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got := Stem(word)
		if len(got) > len(word) {
			t.Fatalf("stem(%q) = %q, longer than the word", word, got)
		}
		plain := true
		for i := 0; i < len(word); i++ {
			if c := word[i]; (c < 'a' || c > 'z') && c != '\'' {
				plain = false
			}
		}
		if (!plain || len(word) <= 2) && got != word {
			t.Fatalf("stem(%q) = %q, want the word unchanged", word, got)
		}
	})
}

// benchNews is a paragraph of news text, folded, as Tokenize gives it.
const benchNews = `ukrainian and russian negotiators met on monday in the
saudi capital for talks that officials described as constructive while
president zelensky travelled to berlin and paris to meet european leaders who
have pledged continued military support the white house press secretary said
the administration remained optimistic about a ceasefire agreement but warned
that significant differences persisted over territorial questions and security
guarantees according to people familiar with the discussions the proposals
under consideration would freeze the current front lines establish a
demilitarized zone monitored by international observers and require the
withdrawal of heavy weapons within thirty days diplomats said the negotiations
were expected to continue throughout the week with delegations meeting in
smaller working groups to address prisoner exchanges humanitarian corridors
and the reopening of black sea shipping routes markets rallied on the reports
as investors welcomed signs of progress oil prices fell sharply and european
stocks climbed to record highs analysts cautioned however that previous rounds
of talks had collapsed after initial optimism and that any settlement would
need approval from parliaments in several countries the kremlin spokesman told
reporters that moscow was studying the documents carefully and would respond
after consultations the secretary general of nato welcomed the meeting and
said the alliance stood ready to support a just and lasting peace generously
funded reconstruction programs are being prepared by the european commission`

// BenchmarkStem stems about 200 words of news text.
func BenchmarkStem(b *testing.B) {
	words := strings.Fields(benchNews)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			_ = Stem(w)
		}
	}
}
