package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge/article"
)

// summary returns the entities Analyze finds in one article with the given
// body, each as "Name kind" with its aliases in parentheses.
func summary(t *testing.T, body string) []string {
	t.Helper()
	an, err := Analyze([]*article.Article{{ID: "a", Body: body}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range an.Entities {
		s := fmt.Sprintf("%s %s", e.Name, e.Type)
		if len(e.Aliases) > 0 {
			s += " (" + strings.Join(e.Aliases, ", ") + ")"
		}
		out = append(out, s)
	}
	return out
}

// An effect is a text that shows a rule at work, and the same text
// without what the rule reads.
type effect struct {
	name        string // the rule's name in its table
	text        string
	want        []string
	without     string // "" when there is no telling control
	wantWithout []string
}

func checkEffects(t *testing.T, tests []effect) {
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, summary(t, tc.text)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
			if tc.without == "" {
				return
			}
			if diff := cmp.Diff(tc.wantWithout, summary(t, tc.without)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.without, diff)
			}
		})
	}
}

// TestVoteTable shows each row of voteTable deciding a name's kind, next
// to the same kind of text without the evidence the row reads.
func TestVoteTable(t *testing.T) {
	tests := []effect{
		{"person context after",
			"Officials faulted the Kowalczyk administration.", []string{"Kowalczyk person"},
			"Officials faulted Kowalczyk.", []string{"Kowalczyk other"}},
		{"said after",
			"Officials met on Friday. Then Netanyahu said no.", []string{"Netanyahu person"},
			"Officials met on Friday. They said Netanyahu.", []string{"Netanyahu other"}},
		{"ampersand",
			"Officials praised Sound Tow & Recovery.", []string{"Sound Tow & Recovery org"},
			"Officials praised Sound Tow Recovery.", []string{"Sound Tow Recovery other"}},
		{"dateline",
			"GLEN KELLER (AP) — Officials met on Friday.", []string{"GLEN KELLER place", "Associated Press org (AP)"},
			"Officials saw Glen Keller.", []string{"Glen Keller other"}},
		{"capitalised before",
			"In Vaasa officials met.", []string{"Vaasa other"},
			"Officials met in Vaasa.", []string{"Vaasa place"}},
		{"place preposition",
			"Officials met in Vaasa.", []string{"Vaasa place"},
			"Officials praised Vaasa.", []string{"Vaasa other"}},
		{"place noun of",
			"Officials praised the port of Vaasa.", []string{"Vaasa place"},
			"Officials praised the pride of Vaasa.", []string{"Vaasa other"}},
		{"the", // not a person, though "Aoife" is a given name
			"Officials called the Aoife Brennan.", []string{"Aoife Brennan other"},
			"Officials called Aoife Brennan.", []string{"Aoife Brennan person"}},
		{"role", // the role ends the group: "utility" casts no vote
			"Officials called the utility spokesman Marquis.", []string{"Marquis person"},
			"Officials called the utility Marquis.", []string{"Marquis org"}},
		{"org descriptor before",
			"Officials sued the utility Endesa.", []string{"Endesa org"},
			"Officials sued Endesa.", []string{"Endesa other"}},
		{"thing descriptor before",
			"Officials met on Friday. They boarded the ferry Aurora Nord.", []string{"Aurora Nord other"},
			"Officials met on Friday. The ferry operator Aurora Nord said no.", []string{"Aurora Nord org"}},
		{"place noun after",
			"Officials praised the Colca valley.", []string{"Colca place"},
			"Officials praised the Colca.", []string{"Colca other"}},
		{"org descriptor after",
			"Officials met on Friday. They joined the Metall union.", []string{"Metall org"},
			"Officials met on Friday. They joined Metall.", []string{"Metall other"}},
		{"comma place",
			"Officials met on Friday. They flew to Chivay, Peru.", []string{"Chivay place", "Peru place"},
			"Officials met on Friday. They flew to Chivay.", []string{"Chivay other"}},
		{"aside says who",
			"Officials faulted Kowalczyk, chairwoman of the board.", []string{"Kowalczyk person"},
			"Officials faulted Kowalczyk.", []string{"Kowalczyk other"}},
		{"title after",
			"Officials met on Friday. The Enron spokesman said no.", []string{"Enron org"},
			"Officials met on Friday. Then Enron said no.", []string{"Enron person"}},
		{"said before", // no vote when the name ends the sentence
			"“We will,” said Marquis on Monday.", []string{"Marquis person"},
			"“We will,” said Marquis.", []string{"Marquis other"}},
	}
	checkEffects(t, tests)
	var names []string
	for _, r := range voteTable {
		names = append(names, r.name)
	}
	checkNamed(t, tests, names)
}

// TestJoinPasses shows each pass of joinPasses at work: the names it
// joins, or the kinds it decides, next to a text where it does not.
func TestJoinPasses(t *testing.T) {
	tests := []effect{
		{"same spelling",
			"Officials saw Micheál Martin. Then Micheal Martin left.", []string{"Micheál Martin person (Micheal Martin)"},
			"", nil},
		{"kinds by votes", // no votes: a common given name makes a person
			"Officials met on Friday. They saw Emily Chang.", []string{"Emily Chang person"},
			"Officials met on Friday. They saw Glen Keller.", []string{"Glen Keller other"}},
		{"family names",
			"Officials saw Ivo Kowalczyk and Jan Kowalczyk.", []string{"Ivo Kowalczyk person", "Jan Kowalczyk person"},
			"Officials saw Ivo Kowalczyk.", []string{"Ivo Kowalczyk other"}},
		{"short names",
			"Officials called Steve Witkoff. Later Witkoff left.", []string{"Steve Witkoff person (Witkoff)"},
			"Officials called Witkoff. Officials called Steve Witkoff and Melania Witkoff.",
			[]string{"Witkoff person", "Steve Witkoff person", "Melania Witkoff person"}},
		{"given names",
			"Officials saw Denise Carroway. Then Denise left.", []string{"Denise Carroway person (Denise)"},
			"Officials saw Denise Carroway and Denise Walsh. Then Denise left.",
			[]string{"Denise Carroway person", "Denise Walsh person", "Denise person"}},
		{"spellings",
			"Officials saw Ursula Zelensky. Later Ursula Zelenskyy said no.", []string{"Ursula Zelensky person (Ursula Zelenskyy)"},
			"", nil},
		{"acronyms",
			"Officials joined the Irish Farmers' Association. Then IFA left.", []string{"Irish Farmers' Association org (IFA)"},
			"", nil},
		{"org short names",
			"Officials sued Kessler Automotive. Later Kessler said no.", []string{"Kessler Automotive org (Kessler)"},
			// A surname joined to a person first (short names) stays the person's.
			"Officials saw Carol Marquis. Officials praised Marquis Recovery Group. Later Marquis said no.",
			[]string{"Carol Marquis person (Marquis)", "Marquis Recovery Group org"}},
		{"short names before given names",
			"Officials saw Carlos Luis and Luis Reyes. Then Luis said no.", []string{"Carlos Luis person (Luis)", "Luis Reyes person"},
			"", nil},
	}
	checkEffects(t, tests)
	var names []string
	for _, p := range joinPasses {
		names = append(names, p.name)
	}
	checkNamed(t, tests, names)
}

// checkNamed reports the names of a table that no test shows.
func checkNamed(t *testing.T, tests []effect, names []string) {
	t.Helper()
	shown := make(map[string]bool)
	for _, tc := range tests {
		shown[tc.name] = true
	}
	for _, name := range names {
		if !shown[name] {
			t.Errorf("no test shows %q", name)
		}
	}
}
