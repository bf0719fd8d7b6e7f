package similarity

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The three verdicts of TestSimilarityCases.
const (
	verdictSame      = "same"      // one statement: Value at or above the threshold
	verdictConflict  = "conflict"  // one statement with a contradicting detail: Core at or above, Value below
	verdictDifferent = "different" // another statement: Core below the threshold
)

// verdict sorts a Score into one of the three verdicts a news merger acts
// on: merge the sentences, flag the contradiction, or keep both.
func verdict(sc Score) string {
	switch {
	case sc.Value >= DefaultThreshold:
		return verdictSame
	case sc.Core >= DefaultThreshold:
		return verdictConflict
	}
	return verdictDifferent
}

// describeScore writes a Score compactly for failure messages.
func describeScore(sc Score) string {
	var b strings.Builder
	fmt.Fprintf(&b, "value %.3f, core %.3f, numbers %v, negation %v, entities %v;", sc.Value, sc.Core, sc.Numbers, sc.Negation, sc.Entities)
	for _, s := range sc.Signals {
		fmt.Fprintf(&b, " %s=%.2f", s.Name, s.Value)
	}
	return b.String()
}

// TestSimilarityCases holds hand-written sentence pairs in news style with
// the verdict a careful editor merging stories would give them, not what
// Similarity happens to return. The part of a row's name before the first
// underscore is its category. A row with a known reason is a limitation
// Similarity has today: it is logged, not failed, and it fails once
// Similarity gets it right, so that the reason is removed. The pass rate is
// logged (go test -v -run TestSimilarityCases).
func TestSimilarityCases(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		want  string
		known string // why Similarity gets this row wrong today, if it does
	}{
		// Two names trade places: the same statement with who did what
		// reversed.
		{
			name: "roles_football_result",
			a:    "Arsenal beat Chelsea 2-1 at the Emirates on Saturday to go top of the table.",
			b:    "Chelsea beat Arsenal 2-1 at the Emirates on Saturday to go top of the table.",
			want: verdictConflict,
		},
		{
			name: "roles_bribe_payer_and_payee",
			a:    "Prosecutors said Mark Ellison paid Daniel Reyes $40,000 to keep quiet about the contracts.",
			b:    "Prosecutors said Daniel Reyes paid Mark Ellison $40,000 to keep quiet about the contracts.",
			want: verdictConflict,
		},
		{
			name: "roles_truce_accusation",
			a:    "Israel accused Hamas of violating the truce only hours after it took effect.",
			b:    "Hamas accused Israel of violating the truce only hours after it took effect.",
			want: verdictConflict,
		},
		{
			name: "roles_takeover_direction",
			a:    "Northwind Energy agreed to acquire Harbor Solar for $2.1 billion, the companies said on Tuesday.",
			b:    "Harbor Solar agreed to acquire Northwind Energy for $2.1 billion, the companies said on Tuesday.",
			want: verdictConflict,
		},
		{
			name: "roles_tennis_semifinal",
			a:    "Serena Novak defeated Maria Costa in straight sets to reach the final in Madrid.",
			b:    "Maria Costa defeated Serena Novak in straight sets to reach the final in Madrid.",
			want: verdictConflict,
		},
		{
			name: "roles_sanctions_countries",
			a:    "The United States imposed new sanctions on China over its support for the Russian arms industry.",
			b:    "China imposed new sanctions on the United States over its support for the Russian arms industry.",
			want: verdictConflict,
		},
		{
			name: "roles_endorsement",
			a:    "Mayor Lin endorsed Councilwoman Baker for the state Senate seat at a rally on Sunday.",
			b:    "Councilwoman Baker endorsed Mayor Lin for the state Senate seat at a rally on Sunday.",
			want: verdictConflict,
		},
		{
			name: "roles_passive_voice_hides_swap",
			a:    "Governor Whitfield was defeated by Senator Alvarez in the Democratic primary on Tuesday.",
			b:    "Governor Whitfield defeated Senator Alvarez in the Democratic primary on Tuesday.",
			want: verdictConflict,
		},
		{
			name: "roles_common_nouns_swapped",
			a:    "A police officer shot a teenager during a traffic stop in Riverside on Sunday night.",
			b:    "A teenager shot a police officer during a traffic stop in Riverside on Sunday night.",
			want: verdictConflict,
		},

		// One figure changed: the same statement with a contradicting number.
		{
			name: "numbers_death_toll",
			a:    "The earthquake killed at least 32 people and injured more than 200 others, officials said.",
			b:    "The earthquake killed at least 23 people and injured more than 200 others, officials said.",
			want: verdictConflict,
		},
		{
			name: "numbers_unemployment_rate",
			a:    "Unemployment rose to 4.3% in July, the Labor Department said on Friday.",
			b:    "Unemployment rose to 4.1% in July, the Labor Department said on Friday.",
			want: verdictConflict,
		},
		{
			name: "numbers_number_words",
			a:    "Three firefighters were taken to hospital with minor injuries after the roof collapsed.",
			b:    "Five firefighters were taken to hospital with minor injuries after the roof collapsed.",
			want: verdictConflict,
		},
		{
			name: "numbers_job_cuts_order_of_magnitude",
			a:    "The carmaker will cut 1,200 jobs at its plants in Europe by the end of next year.",
			b:    "The carmaker will cut 12,000 jobs at its plants in Europe by the end of next year.",
			want: verdictConflict,
		},
		{
			name: "numbers_trial_date",
			a:    "The trial is set to begin on March 14 in federal court in Manhattan.",
			b:    "The trial is set to begin on March 21 in federal court in Manhattan.",
			want: verdictConflict,
		},
		{
			name: "numbers_contract_value",
			a:    "The contract is worth $3.5 billion over ten years, the Pentagon said.",
			b:    "The contract is worth $5.3 billion over ten years, the Pentagon said.",
			want: verdictConflict,
		},
		{
			name: "numbers_word_against_digits",
			a:    "The storm left nine people dead and thousands without power across the region.",
			b:    "The storm left 19 people dead and thousands without power across the region.",
			want: verdictConflict,
		},
		{
			name: "numbers_fraction_words",
			a:    "The central bank raised its main interest rate by half a percentage point to 5.25%.",
			b:    "The central bank raised its main interest rate by a quarter of a percentage point to 5.25%.",
			want: verdictConflict,
		},
		{
			name: "numbers_weekday_changed",
			a:    "The two leaders will meet in Geneva on Thursday to discuss the prisoner exchange.",
			b:    "The two leaders will meet in Geneva on Tuesday to discuss the prisoner exchange.",
			want: verdictConflict,
		},

		// Polarity: a negation flipped, or said with an antonym; and
		// negations that do not flip the statement.
		{
			name: "negation_troop_withdrawal",
			a:    "The defence minister said troops would be withdrawn from the border region by the end of the month.",
			b:    "The defence minister said troops would not be withdrawn from the border region by the end of the month.",
			want: verdictConflict,
		},
		{
			name: "negation_plea",
			a:    "The suspect pleaded guilty to all charges at a brief hearing on Thursday.",
			b:    "The suspect pleaded not guilty to all charges at a brief hearing on Thursday.",
			want: verdictConflict,
		},
		{
			name: "negation_flight_cancelled",
			a:    "The airline said the flight to Lisbon had been cancelled because of the strike.",
			b:    "The airline said the flight to Lisbon had not been cancelled despite the strike.",
			want: verdictConflict,
		},
		{
			name: "negation_no_longer",
			a:    "The company still plans to list its shares in London later this year.",
			b:    "The company no longer plans to list its shares in London later this year.",
			want: verdictConflict,
		},
		{
			name: "negation_never_ruled_out",
			a:    "Health officials have ruled out a second lockdown this winter.",
			b:    "Health officials have never ruled out a second lockdown this winter.",
			want: verdictConflict,
		},
		{
			name: "negation_antonym_verb",
			a:    "The Senate approved the spending bill by a narrow margin late on Wednesday.",
			b:    "The Senate rejected the spending bill by a narrow margin late on Wednesday.",
			want: verdictConflict,
		},
		{
			name: "negation_confirmed_denied",
			a:    "The hospital confirmed that its patient records had been stolen in a cyberattack.",
			b:    "The hospital denied that its patient records had been stolen in a cyberattack.",
			want: verdictConflict,
		},
		{
			name: "negation_prefix_unlikely",
			a:    "Analysts said a cut in interest rates in September was likely.",
			b:    "Analysts said a cut in interest rates in September was unlikely.",
			want: verdictConflict,
		},
		{
			name: "negation_contraction_both_sides",
			a:    "The president did not attend the summit in Brussels because of the crisis at home.",
			b:    "Because of the crisis at home, the president didn't attend the summit in Brussels.",
			want: verdictSame,
		},
		{
			name: "negation_nobody_hurt_both_sides",
			a:    "No one was injured in the blast at the warehouse, police said.",
			b:    "Police said nobody was hurt in the warehouse explosion.",
			want: verdictSame,
		},
		{
			name: "paraphrase_attribution_moved",
			a:    "Two people were killed in the crash, police said.",
			b:    "According to police, the crash killed two people.",
			want: verdictSame,
		},
		{
			name: "paraphrase_attribution_doubled",
			a:    "The company said it would cut 500 jobs, a spokesman said.",
			b:    "A spokesman said the company plans to cut 500 jobs.",
			want: verdictSame,
		},
		{
			name: "negation_one_sided_but_same_meaning",
			a:    "The talks in Doha ended on Friday without a deal.",
			b:    "The talks in Doha failed to produce a deal on Friday.",
			want: verdictSame,
		},

		// The same person or body doing something else: another statement.
		{
			name: "person_deal_or_fire",
			a:    "Israel and Hamas reached a deal on Sunday, officials said.",
			b:    "Israel and Hamas traded fire on Sunday, according to officials.",
			want: verdictDifferent,
		},
		{
			name: "person_exchange_or_attacks",
			a:    "Russia and Ukraine agreed a prisoner exchange on Friday, officials said.",
			b:    "Russia and Ukraine launched drone attacks on Friday, according to officials.",
			want: verdictDifferent,
		},
		{
			name: "person_senator_announcements",
			a:    "Senator Grace Whitfield announced on Tuesday that she would run for governor next year.",
			b:    "Senator Grace Whitfield announced on Tuesday that she had tested positive for Covid.",
			want: verdictDifferent,
		},
		{
			name: "person_president_signed_vetoed",
			a:    "President Halvorsen signed the budget bill into law on Monday.",
			b:    "President Halvorsen vetoed the defence bill on Monday.",
			want: verdictDifferent,
		},
		{
			name: "negation_signed_vetoed_one_bill",
			a:    "President Halvorsen signed the budget bill into law on Monday.",
			b:    "President Halvorsen vetoed the budget bill on Monday.",
			want: verdictConflict,
		},
		{
			name: "person_council_approved_rejected_two_plans",
			a:    "The council approved the housing plan on Tuesday.",
			b:    "The council rejected the parking plan on Tuesday.",
			want: verdictDifferent,
		},
		{
			name: "person_minister_arrived_left",
			a:    "The foreign minister arrived in Beijing on Sunday for three days of talks.",
			b:    "The foreign minister left Beijing on Sunday after three days of talks.",
			want: verdictDifferent,
		},
		{
			name: "person_musk_two_plans",
			a:    "Elon Musk said Tesla would build a new factory in Mexico.",
			b:    "Elon Musk said Tesla would cut its prices in China.",
			want: verdictDifferent,
		},
		{
			name: "person_mayor_arrest_and_denial",
			a:    "Police arrested the mayor of Springfield on corruption charges on Wednesday.",
			b:    "The mayor of Springfield held a news conference on Wednesday to deny the corruption charges.",
			want: verdictDifferent,
		},
		{
			name: "person_singer_added_and_cancelled",
			a:    "Taylor Swift announced four more concerts in London next summer.",
			b:    "Taylor Swift cancelled her concerts in Vienna after a terror plot was uncovered.",
			want: verdictDifferent,
		},
		{
			name: "person_ceo_two_audiences",
			a:    "The chief executive of Boeing told lawmakers the company had fixed its safety culture.",
			b:    "The chief executive of Boeing told analysts the company would raise production next year.",
			want: verdictDifferent,
		},
		{
			name: "person_pope_same_day",
			a:    "Pope Francis was admitted to hospital in Rome with bronchitis on Friday.",
			b:    "Pope Francis met a group of migrants in Rome on Friday.",
			want: verdictDifferent,
		},
		{
			name: "person_player_won_and_withdrew",
			a:    "Novak Djokovic won his 25th Grand Slam title at the Australian Open on Sunday.",
			b:    "Novak Djokovic withdrew from the Australian Open on Sunday with a knee injury.",
			want: verdictDifferent,
		},
		{
			name: "person_central_banker_two_remarks",
			a:    "The Fed chair said inflation was moving back towards the 2% target.",
			b:    "The Fed chair said he would not seek a third term when his mandate ends.",
			want: verdictDifferent,
		},

		// True paraphrases: other words, another order, active and passive,
		// a minor detail dropped.
		{
			name: "paraphrase_fronted_place_and_time",
			a:    "Germany beat France in the final in Paris on Sunday.",
			b:    "In Paris on Sunday, Germany beat France in the final.",
			want: verdictSame,
		},
		{
			name: "paraphrase_passive_voice",
			a:    "Police arrested three men in connection with the robbery on Saturday.",
			b:    "Three men were arrested by police on Saturday in connection with the robbery.",
			want: verdictSame,
		},
		{
			name: "paraphrase_synonyms_killed_shot_dead",
			a:    "The gunman was killed by security forces after a six-hour standoff.",
			b:    "Security forces shot dead the attacker after a standoff that lasted six hours.",
			want: verdictSame,
		},
		{
			name: "paraphrase_attribution_moved",
			a:    "The labour minister said the government would raise the minimum wage next year.",
			b:    "The government will increase the minimum wage next year, the labour minister said.",
			want: verdictSame,
		},
		{
			name: "paraphrase_minor_detail_dropped",
			a:    "The 68-year-old senator, a Democrat from Ohio, announced his retirement on Thursday.",
			b:    "The Ohio senator announced his retirement on Thursday.",
			want: verdictSame,
		},
		{
			name: "paraphrase_number_words_and_digits",
			a:    "Two people were killed and a dozen injured when the bus overturned near Lyon.",
			b:    "The bus overturned near Lyon, killing 2 people and injuring 12.",
			want: verdictSame,
		},
		{
			name: "paraphrase_spelling_variant_symmetric_verb",
			a:    "Zelenskyy met Biden at the White House on Thursday.",
			b:    "Zelensky and Biden met at the White House on Thursday.",
			want: verdictSame,
		},
		{
			name: "paraphrase_cause_as_subject",
			a:    "The storm knocked out power to about 200,000 homes across the state.",
			b:    "About 200,000 homes across the state lost power because of the storm.",
			want: verdictSame,
		},
		{
			name: "paraphrase_market_move",
			a:    "Apple shares fell 3% on Friday after the company reported weaker iPhone sales.",
			b:    "Shares in Apple dropped 3% on Friday after weaker iPhone sales were reported.",
			want: verdictSame,
		},
		{
			name: "paraphrase_near_copy_tense",
			a:    "The White House said it was very optimistic as the envoy headed to Moscow.",
			b:    "The White House says it is very optimistic as the envoy travels to Moscow.",
			want: verdictSame,
		},

		// Added with the word relations, written before they were run: the
		// same mechanisms on other words.
		{
			name: "roles_passive_paraphrase",
			a:    "The striker was fouled by the goalkeeper inside the box in the last minute.",
			b:    "The goalkeeper fouled the striker inside the box in the last minute.",
			want: verdictSame,
		},
		{
			name: "negation_refused_to",
			a:    "The union agreed to accept the new contract on Friday.",
			b:    "The union refused to accept the new contract on Friday.",
			want: verdictConflict,
		},
		{
			name: "negation_prefix_illegal",
			a:    "The court ruled that the strike by rail workers was legal.",
			b:    "The court ruled that the strike by rail workers was illegal.",
			want: verdictConflict,
		},
		{
			name: "negation_shares_rose_fell",
			a:    "Shares in the bank rose 4% in early trading in Frankfurt.",
			b:    "Shares in the bank fell 4% in early trading in Frankfurt.",
			want: verdictConflict,
		},
		{
			name: "person_company_two_results",
			a:    "Siemens reported a rise in quarterly profit on Thursday.",
			b:    "Siemens announced 5,000 job cuts on Thursday.",
			want: verdictDifferent,
		},
		{
			name: "person_bridge_opened_closed",
			a:    "The city opened its main bridge to traffic on Monday.",
			b:    "The city closed its main bridge to traffic on Monday.",
			want: verdictDifferent,
		},
		{
			name: "paraphrase_synonym_purchase",
			a:    "Microsoft agreed to buy the game maker for $7.5 billion.",
			b:    "Microsoft agreed to purchase the game maker for $7.5 billion.",
			want: verdictSame,
		},

		// The same topic with another fact, and unrelated sentences.
		{
			name: "other_same_story_next_step",
			a:    "The storm killed 12 people in the coastal town on Monday.",
			b:    "Rescue teams reached the coastal town on Tuesday with food and water.",
			want: verdictDifferent,
		},
		{
			name: "other_unrelated",
			a:    "The central bank left interest rates unchanged at its meeting in June.",
			b:    "The striker scored twice in the second half to seal the win.",
			want: verdictDifferent,
		},
	}
	passed := 0
	right, total := map[string]int{}, map[string]int{}
	for _, tc := range tests {
		category, _, _ := strings.Cut(tc.name, "_")
		total[category]++
		t.Run(tc.name, func(t *testing.T) {
			sc := Similarity(tc.a, tc.b)
			got := verdict(sc)
			switch {
			case got == tc.want && tc.known != "":
				t.Errorf("Similarity(%q, %q) is now %s as wanted: remove the known reason %q", tc.a, tc.b, got, tc.known)
			case got == tc.want:
				passed++
				right[category]++
			case tc.known != "":
				t.Logf("known limitation (%s): Similarity(%q, %q) is %s, want %s: %s", tc.known, tc.a, tc.b, got, tc.want, describeScore(sc))
			default:
				t.Errorf("Similarity(%q, %q) is %s, want %s: %s", tc.a, tc.b, got, tc.want, describeScore(sc))
			}
		})
	}
	categories := make([]string, 0, len(total))
	for c := range total {
		categories = append(categories, c)
	}
	sort.Strings(categories)
	for _, c := range categories {
		t.Logf("%s: %d of %d right", c, right[c], total[c])
	}
	t.Logf("%d of %d pairs decided right", passed, len(tests))
}
