package newsmerge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// formatSegments writes segments the way the cases below expect them: the
// text of a body sentence, "[role] text" for headlines, subheadings and
// datelines, and "[boilerplate: reason] text" for boilerplate.
func formatSegments(ss []Sentence) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		switch s.Role {
		case RoleBody:
			out = append(out, s.Text)
		case RoleBoilerplate:
			out = append(out, "[boilerplate: "+s.Reason+"] "+s.Text)
		default:
			out = append(out, "["+s.Role.String()+"] "+s.Text)
		}
	}
	return out
}

// TestSplitCases holds hand-checked segmentations of tricky news copy. The
// expectations are what a careful editor would mark, not what Split happens
// to return. A row with a known reason is a limitation Split has today: it
// is reported, not failed, and it fails once Split gets it right, so that
// the reason is removed. The pass rate is logged (go test -v -run
// TestSplitCases).
func TestSplitCases(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []string
		known string // why Split gets this row wrong today, if it does
	}{
		// Abbreviations and initials.
		{
			name: "abbrev_initialisms_inside_sentence",
			in:   "U.S. and U.K. officials said the plan, backed by the U.N. Security Council, would take effect on Monday. The U.S.-led coalition did not comment.",
			want: []string{
				"U.S. and U.K. officials said the plan, backed by the U.N. Security Council, would take effect on Monday.",
				"The U.S.-led coalition did not comment.",
			},
		},
		{
			name: "abbrev_us_ends_sentence_before_the",
			in:   "The drones were assembled in the U.S. The president said he would raise the matter with Beijing.",
			want: []string{
				"The drones were assembled in the U.S.",
				"The president said he would raise the matter with Beijing.",
			},
		},
		{
			name:  "abbrev_us_ends_sentence_before_plural_noun",
			known: "an abbreviation that ends a sentence before a capitalised noun that is not a usual sentence starter needs a lexicon of name continuations",
			in:    "Most of the fentanyl seized last year was bound for the U.S. Officials said the smuggling routes had since shifted to the Pacific coast.",
			want: []string{
				"Most of the fentanyl seized last year was bound for the U.S.",
				"Officials said the smuggling routes had since shifted to the Pacific coast.",
			},
		},
		{
			name:  "abbrev_un_ends_sentence_before_country",
			known: "an abbreviation that ends a sentence before a capitalised noun that is not a usual sentence starter needs a lexicon of name continuations",
			in:    "The resolution was put to a vote at the U.N. Russia vetoed it within minutes.",
			want: []string{
				"The resolution was put to a vote at the U.N.",
				"Russia vetoed it within minutes.",
			},
		},
		{
			name: "abbrev_un_ends_sentence_before_quote",
			in:   "The resolution was vetoed at the U.N. “This is a shameful day,” the French ambassador said.",
			want: []string{
				"The resolution was vetoed at the U.N.",
				"“This is a shameful day,” the French ambassador said.",
			},
		},
		{
			name: "abbrev_initialisms_continue_names",
			in:   "The U.S. Navy said the destroyer U.S.S. Carney shot down three drones over the Red Sea.",
			want: []string{
				"The U.S. Navy said the destroyer U.S.S. Carney shot down three drones over the Red Sea.",
			},
		},
		{
			name: "abbrev_pm_ends_sentence",
			in:   "The fire broke out at 3 p.m. Police arrived within minutes, witnesses said.",
			want: []string{
				"The fire broke out at 3 p.m.",
				"Police arrived within minutes, witnesses said.",
			},
		},
		{
			name: "abbrev_am_ends_sentence_before_the",
			in:   "The first explosion was heard shortly after 6 a.m. The cause was not immediately known.",
			want: []string{
				"The first explosion was heard shortly after 6 a.m.",
				"The cause was not immediately known.",
			},
		},
		{
			name: "abbrev_time_zone_continues",
			in:   "The launch is scheduled for 9:30 a.m. ET on Thursday, NASA said. Polls close at 8 p.m. local time.",
			want: []string{
				"The launch is scheduled for 9:30 a.m. ET on Thursday, NASA said.",
				"Polls close at 8 p.m. local time.",
			},
		},
		{
			name: "abbrev_am_pm_before_weekday_and_noun",
			in:   "Polls opened at 7 a.m. Tuesday and closed at 8 p.m. Officials began counting at once.",
			want: []string{
				"Polls opened at 7 a.m. Tuesday and closed at 8 p.m.",
				"Officials began counting at once.",
			},
		},
		{
			name: "abbrev_titles",
			in:   "Dr. Anthony Fauci met Gen. Mark Milley and Gov. Kathy Hochul in New York. Sen. Chuck Schumer did not attend, said Rep. Hakeem Jeffries.",
			want: []string{
				"Dr. Anthony Fauci met Gen. Mark Milley and Gov. Kathy Hochul in New York.",
				"Sen. Chuck Schumer did not attend, said Rep. Hakeem Jeffries.",
			},
		},
		{
			name: "abbrev_saint_and_mount",
			in:   "Mourners gathered outside St. Patrick’s Cathedral in Dublin. Climbers on Mt. Everest reported winds of 100 mph.",
			want: []string{
				"Mourners gathered outside St. Patrick’s Cathedral in Dublin.",
				"Climbers on Mt. Everest reported winds of 100 mph.",
			},
		},
		{
			name: "abbrev_street_ends_sentence",
			in:   "The crash happened outside 120 Broad St. The driver fled on foot, police said.",
			want: []string{
				"The crash happened outside 120 Broad St.",
				"The driver fled on foot, police said.",
			},
		},
		{
			name: "abbrev_number_sign",
			in:   "The Spaniard, ranked No. 5 in the world, withdrew with a wrist injury. She was replaced by the No. 12 seed.",
			want: []string{
				"The Spaniard, ranked No. 5 in the world, withdrew with a wrist injury.",
				"She was replaced by the No. 12 seed.",
			},
		},
		{
			name: "abbrev_month_before_day",
			in:   "The attacks of Sept. 11, 2001, changed air travel. The memorial opened on Sept. 11, 2011. Visitors lined up for hours.",
			want: []string{
				"The attacks of Sept. 11, 2001, changed air travel.",
				"The memorial opened on Sept. 11, 2011.",
				"Visitors lined up for hours.",
			},
		},
		{
			name: "abbrev_eg_ie",
			in:   "Lithium batteries, e.g. those in e-cigarettes, are banned from checked bags. Large liquids, i.e. anything over 100 milliliters, must be screened. Big tech firms, e.g. Apple and Google, face new rules.",
			want: []string{
				"Lithium batteries, e.g. those in e-cigarettes, are banned from checked bags.",
				"Large liquids, i.e. anything over 100 milliliters, must be screened.",
				"Big tech firms, e.g. Apple and Google, face new rules.",
			},
		},
		{
			name: "abbrev_initials_in_names",
			in:   "A first edition of J. R. R. Tolkien’s “The Hobbit” sold for $42,000 at auction. A letter from Franklin D. Roosevelt fetched twice that.",
			want: []string{
				"A first edition of J. R. R. Tolkien’s “The Hobbit” sold for $42,000 at auction.",
				"A letter from Franklin D. Roosevelt fetched twice that.",
			},
		},
		{
			name: "abbrev_initials_after_lower_case_word",
			in:   "The Harry Potter books by J. K. Rowling have sold more than 600 million copies. The children’s prize is named after E. B. White.",
			want: []string{
				"The Harry Potter books by J. K. Rowling have sold more than 600 million copies.",
				"The children’s prize is named after E. B. White.",
			},
		},
		{
			name: "abbrev_single_letter_ends_sentence_plan_b",
			in:   "Officials said they were ready to move to Plan B. The first option had collapsed on Friday.",
			want: []string{
				"Officials said they were ready to move to Plan B.",
				"The first option had collapsed on Friday.",
			},
		},
		{
			name: "abbrev_single_letter_ends_sentence_vitamin_d",
			in:   "Doctors recommend extra vitamin D. It is found in oily fish and eggs.",
			want: []string{
				"Doctors recommend extra vitamin D.",
				"It is found in oily fish and eggs.",
			},
		},
		{
			name: "abbrev_jp_morgan",
			in:   "Analysts at J.P. Morgan Chase raised their forecast for the year. Shares of the bank rose 2%.",
			want: []string{
				"Analysts at J.P. Morgan Chase raised their forecast for the year.",
				"Shares of the bank rose 2%.",
			},
		},
		{
			name: "abbrev_inc_ends_sentence",
			in:   "The patent was licensed to Apple Inc. The company did not respond to a request for comment.",
			want: []string{
				"The patent was licensed to Apple Inc.",
				"The company did not respond to a request for comment.",
			},
		},
		{
			name: "abbrev_inc_corp_inside_sentence",
			in:   "Apple Inc. Chief Executive Tim Cook said demand was strong. Microsoft Corp. and Alphabet Inc. report earnings on Tuesday.",
			want: []string{
				"Apple Inc. Chief Executive Tim Cook said demand was strong.",
				"Microsoft Corp. and Alphabet Inc. report earnings on Tuesday.",
			},
		},
		{
			name:  "abbrev_corp_ends_sentence_before_noun",
			known: "an abbreviation that ends a sentence before a capitalised noun that is not a usual sentence starter needs a lexicon of name continuations",
			in:    "The contract was awarded to Lockheed Martin Corp. Shares of the company rose 3% in after-hours trading.",
			want: []string{
				"The contract was awarded to Lockheed Martin Corp.",
				"Shares of the company rose 3% in after-hours trading.",
			},
		},
		{
			name: "abbrev_jr",
			in:   "The Rev. Martin Luther King Jr. delivered the speech in 1963. Martin Luther King Jr. Day is a federal holiday. The bill was introduced by Rep. Luis Garza Jr. He said it had support from both parties.",
			want: []string{
				"The Rev. Martin Luther King Jr. delivered the speech in 1963.",
				"Martin Luther King Jr. Day is a federal holiday.",
				"The bill was introduced by Rep. Luis Garza Jr.",
				"He said it had support from both parties.",
			},
		},
		{
			name: "abbrev_etc_and_phd",
			in:   "Shops ran out of bread, milk, eggs, etc. The shortages eased by Friday, said Jane Park, who holds a Ph.D. in economics.",
			want: []string{
				"Shops ran out of bread, milk, eggs, etc.",
				"The shortages eased by Friday, said Jane Park, who holds a Ph.D. in economics.",
			},
		},
		{
			name: "abbrev_party_state_in_parentheses",
			in:   "Sen. Chuck Schumer (D-N.Y.) said the vote would be held Thursday. The bill was sponsored by Sen. Tim Kaine (D-Va.). It passed 60-40.",
			want: []string{
				"Sen. Chuck Schumer (D-N.Y.) said the vote would be held Thursday.",
				"The bill was sponsored by Sen. Tim Kaine (D-Va.).",
				"It passed 60-40.",
			},
		},

		// Decimals, money, times, web addresses and e-mail.
		{
			name: "number_decimals_and_money",
			in:   "Inflation rose 3.5% in March, the fastest pace since 2023. The deal is worth $4.2 billion, or about £3.3bn. The index closed at 4,512.3. Trading was light.",
			want: []string{
				"Inflation rose 3.5% in March, the fastest pace since 2023.",
				"The deal is worth $4.2 billion, or about £3.3bn.",
				"The index closed at 4,512.3.",
				"Trading was light.",
			},
		},
		{
			name: "number_times",
			in:   "The meeting began at 5:30 and ended at 7.15 p.m. Officials then briefed reporters. The magnitude 6.4 quake struck at 4:17 a.m. local time.",
			want: []string{
				"The meeting began at 5:30 and ended at 7.15 p.m.",
				"Officials then briefed reporters.",
				"The magnitude 6.4 quake struck at 4:17 a.m. local time.",
			},
		},
		{
			name: "number_opens_sentence",
			in:   "About 1,000 people, or 0.5% of the population, were displaced. 14 others remain missing. $2 trillion has been set aside for reconstruction.",
			want: []string{
				"About 1,000 people, or 0.5% of the population, were displaced.",
				"14 others remain missing.",
				"$2 trillion has been set aside for reconstruction.",
			},
		},
		{
			name: "web_addresses",
			in:   "More information is available at www.fema.gov. The full report is posted at https://www.who.int/publications/2024/ebola-report.pdf. It runs to 80 pages.",
			want: []string{
				"More information is available at www.fema.gov.",
				"The full report is posted at https://www.who.int/publications/2024/ebola-report.pdf.",
				"It runs to 80 pages.",
			},
		},
		{
			name: "web_address_with_query",
			in:   "Residents can check their status at https://relief.example.gov/lookup?zip=90210&lang=en. Lines open at 9 a.m. every day.",
			want: []string{
				"Residents can check their status at https://relief.example.gov/lookup?zip=90210&lang=en.",
				"Lines open at 9 a.m. every day.",
			},
		},
		{
			name: "email_addresses",
			in:   "Tips can be sent to tips@thetimes.co.uk. The newspaper said all messages would be kept confidential. Readers may also write to j.smith@reuters.com.",
			want: []string{
				"Tips can be sent to tips@thetimes.co.uk.",
				"The newspaper said all messages would be kept confidential.",
				"Readers may also write to j.smith@reuters.com.",
			},
		},

		// Quotations.
		{
			name: "quote_ends_inside_curly_close",
			in:   "The minister called the talks “pointless.” On Monday, she left Brussels early.",
			want: []string{
				"The minister called the talks “pointless.”",
				"On Monday, she left Brussels early.",
			},
		},
		{
			name: "quote_ends_inside_straight_close",
			in:   `He described the ruling as "a disgrace." Lawyers for the city plan to appeal.`,
			want: []string{
				`He described the ruling as "a disgrace."`,
				"Lawyers for the city plan to appeal.",
			},
		},
		{
			name: "quote_fragment_then_speaker_said",
			in:   "The senator called the plan “reckless.” Schumer said he disagreed.",
			want: []string{
				"The senator called the plan “reckless.”",
				"Schumer said he disagreed.",
			},
		},
		{
			name: "quote_attribution_straight",
			in:   `"We are ready," she said. "The troops are in position."`,
			want: []string{
				`"We are ready," she said.`,
				`"The troops are in position."`,
			},
		},
		{
			name: "quote_question_attribution_pronoun",
			in:   "“Are you ready?” she asked. “Yes,” he replied.",
			want: []string{
				"“Are you ready?” she asked.",
				"“Yes,” he replied.",
			},
		},
		{
			name: "quote_question_attribution_name",
			in:   "“Why now?” Smith asked. Nobody answered.",
			want: []string{
				"“Why now?” Smith asked.",
				"Nobody answered.",
			},
		},
		{
			name: "quote_question_attribution_title_and_name",
			in:   "“Why now?” Sen. Elizabeth Warren asked. “Why not last year?”",
			want: []string{
				"“Why now?” Sen. Elizabeth Warren asked.",
				"“Why not last year?”",
			},
		},
		{
			name: "quote_exclamation_attribution_with_long_tail",
			in:   "“I’m not going anywhere!” Johnson told supporters at a rally in Ohio on Friday.",
			want: []string{
				"“I’m not going anywhere!” Johnson told supporters at a rally in Ohio on Friday.",
			},
		},
		{
			name: "quote_exclamation_attribution_said_in",
			in:   "“We will not surrender!” Zelenskyy said in a video address on Sunday night. The Kremlin did not respond.",
			want: []string{
				"“We will not surrender!” Zelenskyy said in a video address on Sunday night.",
				"The Kremlin did not respond.",
			},
		},
		{
			name: "quote_several_sentences",
			in:   "“We have lost everything. The house is gone. I don’t know where we will sleep tonight,” said Maria Lopez, 54.",
			want: []string{
				"“We have lost everything.",
				"The house is gone.",
				"I don’t know where we will sleep tonight,” said Maria Lopez, 54.",
			},
		},
		{
			name: "quote_several_questions_then_attribution",
			in:   "“Is this fair? Is this what we voted for?” asked one protester, holding a handmade sign.",
			want: []string{
				"“Is this fair?",
				"Is this what we voted for?” asked one protester, holding a handmade sign.",
			},
		},
		{
			name: "quote_chant_then_new_sentence",
			in:   "Protesters chanted “Enough is enough!” Police then moved in with tear gas.",
			want: []string{
				"Protesters chanted “Enough is enough!”",
				"Police then moved in with tear gas.",
			},
		},
		{
			name: "quote_runs_across_paragraphs",
			in:   "“We have done everything we can.\n\n“Now it is up to them,” he said.",
			want: []string{
				"“We have done everything we can.",
				"“Now it is up to them,” he said.",
			},
		},
		{
			name: "quote_nested",
			in:   "“He told me, ‘Get out now.’ So I ran,” she said.",
			want: []string{
				"“He told me, ‘Get out now.’",
				"So I ran,” she said.",
			},
		},
		{
			name: "quote_british_full_stop_outside",
			in:   "The prime minister said the plan was ‘unworkable’. Labour disagreed.",
			want: []string{
				"The prime minister said the plan was ‘unworkable’.",
				"Labour disagreed.",
			},
		},
		{
			name: "quote_question_inside_sentence",
			in:   "The question “What happens next?” hung over the summit. Nobody had an answer.",
			want: []string{
				"The question “What happens next?” hung over the summit.",
				"Nobody had an answer.",
			},
		},

		// Dashes, ellipses, question and exclamation marks, parentheses.
		{
			name: "punct_em_and_en_dashes",
			in:   "The rebels — backed by foreign fighters — seized the airport. The 2019–2020 season was cut short. The league’s 30 teams – including two from Canada – agreed to resume.",
			want: []string{
				"The rebels — backed by foreign fighters — seized the airport.",
				"The 2019–2020 season was cut short.",
				"The league’s 30 teams – including two from Canada – agreed to resume.",
			},
		},
		{
			name: "punct_ellipsis_inside_sentence",
			in:   "“We will rebuild … whatever it takes,” the mayor said. He paused... then left the podium.",
			want: []string{
				"“We will rebuild … whatever it takes,” the mayor said.",
				"He paused... then left the podium.",
			},
		},
		{
			name: "punct_ellipsis_ends_sentence",
			in:   "The talks dragged on for weeks... Then, suddenly, the rebels agreed to a truce. The rescue went on for hours… By dawn, 12 people had been pulled from the rubble.",
			want: []string{
				"The talks dragged on for weeks...",
				"Then, suddenly, the rebels agreed to a truce.",
				"The rescue went on for hours…",
				"By dawn, 12 people had been pulled from the rubble.",
			},
		},
		{
			name: "punct_spaced_ellipsis",
			in:   "“We the people . . . do ordain and establish this Constitution,” he read aloud. The crowd cheered.",
			want: []string{
				"“We the people . . . do ordain and establish this Constitution,” he read aloud.",
				"The crowd cheered.",
			},
		},
		{
			name: "punct_question_and_exclamation",
			in:   "Who pays for the damage? That question divided lawmakers on Thursday. “Get down!” someone shouted. “You call this a plan?!” the senator asked.",
			want: []string{
				"Who pays for the damage?",
				"That question divided lawmakers on Thursday.",
				"“Get down!” someone shouted.",
				"“You call this a plan?!” the senator asked.",
			},
		},
		{
			name: "punct_numbered_list",
			in:   "The plan has three parts:\n1. A ceasefire along current front lines.\n2. Security guarantees for Ukraine.\n3. Elections within 100 days.",
			want: []string{
				"The plan has three parts:",
				"1. A ceasefire along current front lines.",
				"2. Security guarantees for Ukraine.",
				"3. Elections within 100 days.",
			},
		},
		{
			name: "punct_parenthesised_sentence",
			in:   "The company reported a quarterly loss. (It had forecast a small profit.) Shares fell 8%.",
			want: []string{
				"The company reported a quarterly loss.",
				"(It had forecast a small profit.)",
				"Shares fell 8%.",
			},
		},
		{
			name: "punct_parentheses_with_abbreviation",
			in:   "The agency (formerly the U.S. Bureau of Mines) was abolished in 1996. Its records went to the National Archives.",
			want: []string{
				"The agency (formerly the U.S. Bureau of Mines) was abolished in 1996.",
				"Its records went to the National Archives.",
			},
		},
		{
			name: "punct_parenthesised_disclosure_at_end",
			in:   "Shares fell 8% on Tuesday. (Disclosure: The author owns shares in the company.)",
			want: []string{
				"Shares fell 8% on Tuesday.",
				"(Disclosure: The author owns shares in the company.)",
			},
		},

		// Lines without final punctuation: cut-off text, headlines,
		// subheadings.
		{
			name: "line_last_sentence_cut_short",
			in:   "The storm made landfall near Tampa on Wednesday. Power was cut to more than 2 million homes and businesses across",
			want: []string{
				"The storm made landfall near Tampa on Wednesday.",
				"Power was cut to more than 2 million homes and businesses across",
			},
		},
		{
			name: "line_last_paragraph_cut_short_few_words",
			in:   "The storm made landfall near Tampa on Wednesday.\n\nOfficials said the evacuation order was",
			want: []string{
				"The storm made landfall near Tampa on Wednesday.",
				"Officials said the evacuation order was",
			},
		},
		{
			name: "line_missing_period_is_not_heading",
			in:   "Jury selection was due to start on Monday.\n\nThe hearing has been postponed until the judge recovers\n\nNo new date has been set.",
			want: []string{
				"Jury selection was due to start on Monday.",
				"The hearing has been postponed until the judge recovers",
				"No new date has been set.",
			},
		},
		{
			name: "head_title_case_then_dateline",
			in:   "Storm Slams Florida Coast, Millions Without Power\n\nTAMPA, Fla. (AP) — Hurricane Milton made landfall on Wednesday night. At least 2 million homes lost power.",
			want: []string{
				"[headline] Storm Slams Florida Coast, Millions Without Power",
				"[dateline] TAMPA, Fla. (AP) —",
				"Hurricane Milton made landfall on Wednesday night.",
				"At least 2 million homes lost power.",
			},
		},
		{
			name: "head_sentence_case",
			in:   "Thousands flee as wildfire nears Athens suburbs\nATHENS, Greece (AP) — Thousands of people fled their homes on Sunday as a wildfire swept toward the Greek capital.",
			want: []string{
				"[headline] Thousands flee as wildfire nears Athens suburbs",
				"[dateline] ATHENS, Greece (AP) —",
				"Thousands of people fled their homes on Sunday as a wildfire swept toward the Greek capital.",
			},
		},
		{
			name: "head_question",
			in:   "Can the Ceasefire Hold?\n\nThe truce between Israel and Hezbollah entered its second week on Tuesday.",
			want: []string{
				"[headline] Can the Ceasefire Hold?",
				"The truce between Israel and Hezbollah entered its second week on Tuesday.",
			},
		},
		{
			name: "head_ends_with_initialism",
			in:   "Measles Cases Surge Across U.S.\n\nWASHINGTON (AP) — Measles cases have reached their highest level in 30 years, health officials said.",
			want: []string{
				"[headline] Measles Cases Surge Across U.S.",
				"[dateline] WASHINGTON (AP) —",
				"Measles cases have reached their highest level in 30 years, health officials said.",
			},
		},
		{
			name: "head_first_line_is_a_sentence",
			in:   "Police have arrested a man in connection with the stabbing.\nHe is due in court on Monday.",
			want: []string{
				"Police have arrested a man in connection with the stabbing.",
				"He is due in court on Monday.",
			},
		},
		{
			name: "subheading_title_case",
			in:   "Talks resumed in Geneva on Monday.\n\nWhat Happens Next\n\nNegotiators will meet again on Thursday.",
			want: []string{
				"Talks resumed in Geneva on Monday.",
				"[subheading] What Happens Next",
				"Negotiators will meet again on Thursday.",
			},
		},
		{
			name: "subheading_short_sentence_case",
			in:   "The town lost its bridge, its school and its clinic.\n\nA long road to recovery\n\nEngineers say rebuilding could take five years.",
			want: []string{
				"The town lost its bridge, its school and its clinic.",
				"[subheading] A long road to recovery",
				"Engineers say rebuilding could take five years.",
			},
		},
		{
			name: "subheading_capitals_and_long_title_case",
			in:   "Russia launched 40 drones overnight.\n\nWHAT WE KNOW\n\nMost were shot down, the air force said.\n\nUkraine Seeks Security Guarantees Before Any Deal Is Signed\n\nKyiv wants Western troops on the ground.",
			want: []string{
				"Russia launched 40 drones overnight.",
				"[subheading] WHAT WE KNOW",
				"Most were shot down, the air force said.",
				"[subheading] Ukraine Seeks Security Guarantees Before Any Deal Is Signed",
				"Kyiv wants Western troops on the ground.",
			},
		},
		{
			name:  "subheading_question",
			known: "a sentence-case question line is taken for body text; debatable",
			in:    "The report runs to 400 pages.\n\nWhat did the inquiry find?\n\nIt found that warnings had been ignored for years.",
			want: []string{
				"The report runs to 400 pages.",
				"[subheading] What did the inquiry find?",
				"It found that warnings had been ignored for years.",
			},
		},

		// Datelines, and openings that only look like them.
		{
			name: "dateline_city",
			in:   "LONDON — Britain’s economy grew 0.3% in the third quarter, official figures showed on Friday. The Bank of England is expected to hold rates.",
			want: []string{
				"[dateline] LONDON —",
				"Britain’s economy grew 0.3% in the third quarter, official figures showed on Friday.",
				"The Bank of England is expected to hold rates.",
			},
		},
		{
			name: "dateline_agency",
			in:   "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to confirm the nominee.",
			want: []string{
				"[dateline] WASHINGTON (AP) —",
				"The Senate voted 51-49 on Tuesday to confirm the nominee.",
			},
		},
		{
			name: "dateline_country_agency_hyphen",
			in:   "KYIV, Ukraine (Reuters) - Ukrainian President Volodymyr Zelenskyy said on Tuesday that Kyiv was ready for talks.",
			want: []string{
				"[dateline] KYIV, Ukraine (Reuters) -",
				"Ukrainian President Volodymyr Zelenskyy said on Tuesday that Kyiv was ready for talks.",
			},
		},
		{
			name: "dateline_with_date",
			in:   "GENEVA, March 3 (Reuters) - The World Health Organization said on Monday that cholera cases had doubled.",
			want: []string{
				"[dateline] GENEVA, March 3 (Reuters) -",
				"The World Health Organization said on Monday that cholera cases had doubled.",
			},
		},
		{
			name: "dateline_double_hyphen_two_words",
			in:   "NEW YORK -- Stocks fell sharply on Wall Street on Friday.",
			want: []string{
				"[dateline] NEW YORK --",
				"Stocks fell sharply on Wall Street on Friday.",
			},
		},
		{
			name: "dateline_then_quote",
			in:   "UNITED NATIONS (AP) — “We’re not there yet,” Secretary-General António Guterres said Tuesday.",
			want: []string{
				"[dateline] UNITED NATIONS (AP) —",
				"“We’re not there yet,” Secretary-General António Guterres said Tuesday.",
			},
		},
		{
			name: "not_dateline_acronym_then_em_dash_aside",
			in:   "NATO — the alliance formed in 1949 to counter the Soviet Union — now has 32 members.",
			want: []string{
				"NATO — the alliance formed in 1949 to counter the Soviet Union — now has 32 members.",
			},
		},
		{
			name: "not_dateline_acronym_then_hyphen_aside",
			in:   "AI - and who gets to control it - dominated the summit in Paris.",
			want: []string{
				"AI - and who gets to control it - dominated the summit in Paris.",
			},
		},
		{
			name: "not_dateline_title_and_name_then_dash",
			in:   "UN Secretary-General António Guterres — speaking in Geneva on Monday — called for an immediate ceasefire.",
			want: []string{
				"UN Secretary-General António Guterres — speaking in Geneva on Monday — called for an immediate ceasefire.",
			},
		},
		{
			name: "not_dateline_hyphenated_acronym",
			in:   "US-China trade talks resumed in Geneva on Monday. FBI agents — more than 200 of them — searched the compound.",
			want: []string{
				"US-China trade talks resumed in Geneva on Monday.",
				"FBI agents — more than 200 of them — searched the compound.",
			},
		},

		// Boilerplate, and sentences that only look like it.
		{
			name: "bp_byline_between_headline_and_dateline",
			in:   "Senate Passes Stopgap Funding Bill\n\nBy Jane Doe and John Roe, Associated Press\n\nWASHINGTON (AP) — The Senate passed a stopgap funding bill late on Friday.",
			want: []string{
				"[headline] Senate Passes Stopgap Funding Bill",
				"[boilerplate: byline] By Jane Doe and John Roe, Associated Press",
				"[dateline] WASHINGTON (AP) —",
				"The Senate passed a stopgap funding bill late on Friday.",
			},
		},
		{
			name: "bp_byline_two_lines_before_dateline",
			in:   "By JILL LAWLESS\nAssociated Press\n\nLONDON (AP) — Britain’s Parliament returned from its summer break on Monday.",
			want: []string{
				"[boilerplate: byline] By JILL LAWLESS\nAssociated Press",
				"[dateline] LONDON (AP) —",
				"Britain’s Parliament returned from its summer break on Monday.",
			},
		},
		{
			name: "bp_trap_sentences_opening_with_by",
			in:   "LONDON — Negotiators met again on Monday.\n\nBy Tuesday, the talks had stalled. By comparison, last year’s round lasted a month.",
			want: []string{
				"[dateline] LONDON —",
				"Negotiators met again on Monday.",
				"By Tuesday, the talks had stalled.",
				"By comparison, last year’s round lasted a month.",
			},
		},
		{
			name: "bp_trap_subheading_by_the_numbers",
			in:   "The war has displaced millions.\n\nBy the Numbers\n\nMore than 6 million Ukrainians live abroad.",
			want: []string{
				"The war has displaced millions.",
				"[subheading] By the Numbers",
				"More than 6 million Ukrainians live abroad.",
			},
		},
		{
			name: "bp_trap_subheading_by_land_and_sea",
			in:   "Aid is reaching Gaza slowly.\n\nBy Land and Sea\n\nA pier built by the U.S. military opened in May.",
			want: []string{
				"Aid is reaching Gaza slowly.",
				"[subheading] By Land and Sea",
				"A pier built by the U.S. military opened in May.",
			},
		},
		{
			name: "bp_contributor_credit_ap",
			in:   "The talks will resume next week.\n\nAssociated Press writers Jill Lawless in London and Hanna Arhirova in Kyiv contributed to this report.",
			want: []string{
				"The talks will resume next week.",
				"[boilerplate: contributor credit] Associated Press writers Jill Lawless in London and Hanna Arhirova in Kyiv contributed to this report.",
			},
		},
		{
			name: "bp_contributor_credit_reuters",
			in:   "The talks will resume next week.\n\nReporting by Pavel Polityuk; Editing by Andrew Heavens\n\nAdditional reporting by Tom Balmforth in London; Writing by Mark Trevelyan; Editing by Alex Richardson",
			want: []string{
				"The talks will resume next week.",
				"[boilerplate: contributor credit] Reporting by Pavel Polityuk; Editing by Andrew Heavens",
				"[boilerplate: contributor credit] Additional reporting by Tom Balmforth in London; Writing by Mark Trevelyan; Editing by Alex Richardson",
			},
		},
		{
			name: "bp_trap_reporting_by_a_newspaper",
			in:   "The minister resigned on Friday. Reporting by The New York Times first revealed the payments in March.",
			want: []string{
				"The minister resigned on Friday.",
				"Reporting by The New York Times first revealed the payments in March.",
			},
		},
		{
			name: "bp_trap_writing_by_hand",
			in:   "Writing by hand is making a comeback in British schools, the study found.",
			want: []string{
				"Writing by hand is making a comeback in British schools, the study found.",
			},
		},
		{
			name: "bp_promotions_own_lines",
			in:   "The hearing is set for June.\n\nSubscribe to our daily newsletter for the latest updates.\n\nFollow Reuters on X for breaking news.\n\nRead more: How the war redrew Europe’s energy map\n\nStay tuned for updates.",
			want: []string{
				"The hearing is set for June.",
				"[boilerplate: promotion] Subscribe to our daily newsletter for the latest updates.",
				"[boilerplate: promotion] Follow Reuters on X for breaking news.",
				"[boilerplate: promotion] Read more: How the war redrew Europe’s energy map",
				"[boilerplate: promotion] Stay tuned for updates.",
			},
		},
		{
			name: "bp_promotion_inside_body_paragraph",
			in:   "The hearing resumes on Monday. Follow our live coverage on Twitter.",
			want: []string{
				"The hearing resumes on Monday.",
				"[boilerplate: promotion] Follow our live coverage on Twitter.",
			},
		},
		{
			name: "bp_trap_subscribe_and_follow_up",
			in:   "Netflix said 9 million new customers chose to subscribe to its ad-supported plan. Follow-up talks with advertisers are set for next week.",
			want: []string{
				"Netflix said 9 million new customers chose to subscribe to its ad-supported plan.",
				"Follow-up talks with advertisers are set for next week.",
			},
		},
		{
			name: "bp_trap_stay_tuned_in_reported_speech",
			in:   "Residents were told to stay tuned to local radio for evacuation orders.",
			want: []string{
				"Residents were told to stay tuned to local radio for evacuation orders.",
			},
		},
		{
			name: "bp_photo_credits",
			in:   "Firefighters battled the blaze through the night.\n\n(AP Photo/Evan Vucci)\n\nThe fire was contained by Sunday.\n\nPhotograph: Kevin Lamarque/Reuters",
			want: []string{
				"Firefighters battled the blaze through the night.",
				"[boilerplate: photo credit] (AP Photo/Evan Vucci)",
				"The fire was contained by Sunday.",
				"[boilerplate: photo credit] Photograph: Kevin Lamarque/Reuters",
			},
		},
		{
			name: "bp_trap_ap_photo_in_sentence",
			in:   "An AP photo of the flooded square spread quickly on social media.",
			want: []string{
				"An AP photo of the flooded square spread quickly on social media.",
			},
		},
		{
			name: "bp_trap_getty_images_in_sentence",
			in:   "Getty Images and Reuters withdrew the picture on Monday, citing manipulation.",
			want: []string{
				"Getty Images and Reuters withdrew the picture on Monday, citing manipulation.",
			},
		},
		{
			name: "bp_advertisement_markers",
			in:   "The vote is expected on Thursday.\n\nAdvertisement\n\nBoth parties claim to have the numbers.\n\nADVERTISEMENT\n\nStory continues below advertisement\n\nThe result may not be known until Friday.",
			want: []string{
				"The vote is expected on Thursday.",
				"[boilerplate: advertisement] Advertisement",
				"Both parties claim to have the numbers.",
				"[boilerplate: advertisement] ADVERTISEMENT",
				"[boilerplate: advertisement] Story continues below advertisement",
				"The result may not be known until Friday.",
			},
		},
		{
			name: "bp_trap_advertisement_in_sentence",
			in:   "Advertisement spending fell 4% last year, the trade group said.",
			want: []string{
				"Advertisement spending fell 4% last year, the trade group said.",
			},
		},
		{
			name: "bp_stray_lines",
			in:   "The ceasefire took effect at midnight.\n\n0\n\nShelling resumed within hours.\n\n* * *\n\nThe United Nations called for restraint.",
			want: []string{
				"The ceasefire took effect at midnight.",
				"[boilerplate: number-only line] 0",
				"Shelling resumed within hours.",
				"[boilerplate: no words] * * *",
				"The United Nations called for restraint.",
			},
		},
		{
			name: "bp_copyright",
			in:   "The company declined to comment.\n\n© 2025 The Associated Press. All rights reserved.",
			want: []string{
				"The company declined to comment.",
				"[boilerplate: copyright] © 2025 The Associated Press. All rights reserved.",
			},
		},

		// Hard-wrapped text and one paragraph a line.
		{
			name: "wrap_joins_lines_into_sentences",
			in: "The European Central Bank left interest rates unchanged on Thursday,\n" +
				"saying inflation in the euro zone was falling faster than expected. The\n" +
				"decision had been widely anticipated by markets, and the euro barely\n" +
				"moved against the dollar.\n" +
				"\n" +
				"ECB President Christine Lagarde told reporters in Frankfurt that it\n" +
				"was too early to declare victory. She declined to say when the bank\n" +
				"might begin cutting rates.\n",
			want: []string{
				"The European Central Bank left interest rates unchanged on Thursday,\nsaying inflation in the euro zone was falling faster than expected.",
				"The\ndecision had been widely anticipated by markets, and the euro barely\nmoved against the dollar.",
				"ECB President Christine Lagarde told reporters in Frankfurt that it\nwas too early to declare victory.",
				"She declined to say when the bank\nmight begin cutting rates.",
			},
		},
		{
			name: "wrap_initialism_at_line_end",
			in: "Lawmakers from both parties said on Wednesday that they would block\n" +
				"the sale of fighter jets to Turkey. A letter signed by members of the U.S.\n" +
				"Senate Foreign Relations Committee was sent to the State Department last\n" +
				"week.",
			want: []string{
				"Lawmakers from both parties said on Wednesday that they would block\nthe sale of fighter jets to Turkey.",
				"A letter signed by members of the U.S.\nSenate Foreign Relations Committee was sent to the State Department last\nweek.",
			},
		},
		{
			name: "wrap_sentence_ends_at_line_end",
			in: "Witnesses said the first shots were fired in the crowded market on\n" +
				"Saturday, shortly after the noon prayers had ended, at about 3 p.m.\n" +
				"Police sealed off the square within minutes and ordered shops to\n" +
				"close.",
			want: []string{
				"Witnesses said the first shots were fired in the crowded market on\nSaturday, shortly after the noon prayers had ended, at about 3 p.m.",
				"Police sealed off the square within minutes and ordered shops to\nclose.",
			},
		},
		{
			name: "wrap_paragraphs_separated_by_single_newline",
			in: "The mayor, who has faced weeks of criticism over the response to the\n" +
				"floods, said in a statement:\n" +
				"“We have heard the anger of residents and we will do better. A full\n" +
				"review of the emergency services will begin on Monday,” she said.",
			want: []string{
				"The mayor, who has faced weeks of criticism over the response to the\nfloods, said in a statement:",
				"“We have heard the anger of residents and we will do better.",
				"A full\nreview of the emergency services will begin on Monday,” she said.",
			},
		},
		{
			name: "wrap_lower_case_continuation_of_long_line",
			in:   "The council, which met behind closed doors for more than six hours on Tuesday night, voted 7-2 to approve\nthe budget. It takes effect in July.",
			want: []string{
				"The council, which met behind closed doors for more than six hours on Tuesday night, voted 7-2 to approve\nthe budget.",
				"It takes effect in July.",
			},
		},
		{
			name: "line_per_paragraph_long_lines_with_subheading",
			in: "The storm knocked out power to about 200,000 homes and businesses across the region on Tuesday night, the utility said.\n" +
				"Repairs Could Take Weeks\n" +
				"Utility crews from five neighboring states were on their way, but officials warned that some rural customers could be without power until next month.",
			want: []string{
				"The storm knocked out power to about 200,000 homes and businesses across the region on Tuesday night, the utility said.",
				"[subheading] Repairs Could Take Weeks",
				"Utility crews from five neighboring states were on their way, but officials warned that some rural customers could be without power until next month.",
			},
		},
		{
			name: "line_per_paragraph_short_lines_with_subheading",
			in: "The storm knocked out power to about 200,000 homes across the region.\n" +
				"Repairs Could Take Weeks\n" +
				"Utility crews from five states were on their way, officials said.",
			want: []string{
				"The storm knocked out power to about 200,000 homes across the region.",
				"[subheading] Repairs Could Take Weeks",
				"Utility crews from five states were on their way, officials said.",
			},
		},

		// Letters outside ASCII.
		{
			name: "intl_names_with_diacritics",
			in:   "Taoiseach Micheál Martin met Ukrainian President Volodymyr Zelenskyy in Dublin. Martin pledged €20 million in aid.",
			want: []string{
				"Taoiseach Micheál Martin met Ukrainian President Volodymyr Zelenskyy in Dublin.",
				"Martin pledged €20 million in aid.",
			},
		},
		{
			name: "intl_dateline_with_diacritics",
			in:   "SÃO PAULO (AP) — Brazilian President Luiz Inácio Lula da Silva said on Monday that he would run again. Lula, 79, did not take questions.",
			want: []string{
				"[dateline] SÃO PAULO (AP) —",
				"Brazilian President Luiz Inácio Lula da Silva said on Monday that he would run again.",
				"Lula, 79, did not take questions.",
			},
		},
		{
			name: "intl_sentence_opens_with_accented_capital",
			in:   "The ceremony was held in Kraków. Ärzte ohne Grenzen, as Doctors Without Borders is known in Germany, sent a team. Kylian Mbappé scored twice at the Stade de France.",
			want: []string{
				"The ceremony was held in Kraków.",
				"Ärzte ohne Grenzen, as Doctors Without Borders is known in Germany, sent a team.",
				"Kylian Mbappé scored twice at the Stade de France.",
			},
		},
		{
			name: "intl_company_initialism_ends_sentence",
			in:   "Françoise Dubois was named chief executive of Société Générale S.A. She starts in May.",
			want: []string{
				"Françoise Dubois was named chief executive of Société Générale S.A.",
				"She starts in May.",
			},
		},
		{
			name: "intl_spanish_question_quote",
			in:   "“¿Por qué nosotros?” she asked in Spanish. Her son had been detained in Tijuana.",
			want: []string{
				"“¿Por qué nosotros?” she asked in Spanish.",
				"Her son had been detained in Tijuana.",
			},
		},
		{
			name: "intl_subheading_with_diacritics",
			in:   "Markets fell across Latin America.\n\nProtests in São Paulo\n\nThousands marched on Avenida Paulista.",
			want: []string{
				"Markets fell across Latin America.",
				"[subheading] Protests in São Paulo",
				"Thousands marched on Avenida Paulista.",
			},
		},
		{
			name: "intl_sentence_opens_with_camel_case_brand",
			in:   "Apple said holiday sales were strong. iPhone revenue rose 6% to $46.2 billion.",
			want: []string{
				"Apple said holiday sales were strong.",
				"iPhone revenue rose 6% to $46.2 billion.",
			},
		},
	}
	passed := 0
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := Split(&Article{ID: "t", Body: tc.in})
			checkSplitInvariants(t, tc.in, ss)
			diff := cmp.Diff(tc.want, formatSegments(ss))
			switch {
			case diff == "" && tc.known != "":
				t.Errorf("Split(%q) is now right: remove the known reason %q", tc.in, tc.known)
			case diff == "":
				passed++
			case tc.known != "":
				t.Logf("known limitation (%s): Split(%q) (-want +got):\n%s", tc.known, tc.in, diff)
			default:
				t.Errorf("Split(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
	t.Logf("%d of %d cases split exactly right", passed, len(tests))
}
