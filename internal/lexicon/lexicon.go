package lexicon

// This file holds the English word relations behind sentence similarity:
// irregular verb forms, synonym groups, contrary and reverse word pairs.
// internal/tune makes look-alike training pairs from them too.

// IrregularPast maps the irregular past forms of common English verbs to
// their base form, so that "fell" meets "falls" and "won" meets "wins", and
// so that Prepare knows them for verbs. Forms equal to the base ("cut",
// "hit", "put") are left out: they are as often nouns. The list is ours,
// from the irregular verbs of English grammar.
var IrregularPast = map[string]string{
	"arose": "arise", "arisen": "arise", "awoke": "awake", "became": "become", "began": "begin", "begun": "begin",
	"bent": "bend", "bit": "bite", "bitten": "bite", "blew": "blow", "blown": "blow", "broke": "break",
	"broken": "break", "brought": "bring", "built": "build", "bought": "buy", "caught": "catch", "chose": "choose",
	"chosen": "choose", "came": "come", "dealt": "deal", "drew": "draw", "drawn": "draw", "drove": "drive",
	"driven": "drive", "ate": "eat", "eaten": "eat", "fell": "fall", "fallen": "fall", "fed": "feed",
	"felt": "feel", "fought": "fight", "found": "find", "fled": "flee", "flew": "fly", "flown": "fly",
	"forgot": "forget", "forgotten": "forget", "froze": "freeze", "frozen": "freeze", "got": "get", "gotten": "get",
	"gave": "give", "given": "give", "went": "go", "gone": "go", "grew": "grow", "grown": "grow",
	"hung": "hang", "heard": "hear", "hid": "hide", "hidden": "hide", "held": "hold", "kept": "keep",
	"knew": "know", "known": "know", "laid": "lay", "led": "lead", "left": "leave", "lent": "lend",
	"lost": "lose", "made": "make", "meant": "mean", "met": "meet", "paid": "pay", "ran": "run",
	"rang": "ring", "rode": "ride", "ridden": "ride", "rose": "rise", "risen": "rise", "sought": "seek",
	"sold": "sell", "sent": "send", "shook": "shake", "shaken": "shake", "shot": "shoot", "showed": "show",
	"shown": "show", "sang": "sing", "sank": "sink", "sat": "sit", "slept": "sleep", "slid": "slide",
	"spoke": "speak", "spoken": "speak", "spent": "spend", "stood": "stand", "stole": "steal", "stolen": "steal",
	"stuck": "stick", "struck": "strike", "swore": "swear", "sworn": "swear", "swept": "sweep", "swam": "swim",
	"took": "take", "taken": "take", "taught": "teach", "tore": "tear", "torn": "tear", "told": "tell",
	"thought": "think", "threw": "throw", "thrown": "throw", "understood": "understand", "woke": "wake",
	"wore": "wear", "worn": "wear", "won": "win", "withdrew": "withdraw", "withdrawn": "withdraw",
	"wrote": "write", "written": "write", "said": "say", "overtook": "overtake", "overtaken": "overtake",
	"undertook": "undertake", "undertaken": "undertake", "forbade": "forbid", "forbidden": "forbid",
}

// SynonymGroups relate words that do not match as spelt. Each line is one
// group of words that can stand for each other in news. The groups are
// ours, chosen for news; many of them share a sense in WordNet 3.0 (Miller
// 1995, "WordNet: a lexical database for English", Princeton University),
// but they were written by hand, not taken from WordNet's files. Words are
// given in their base form; newsmerge compares their stems.
var SynonymGroups = `
	injure hurt wound
	blast explosion detonation
	kill slay
	attacker assailant gunman
	increase raise boost hike
	cut reduce decrease lower slash
	fall drop decline dip slide plunge tumble
	rise climb soar jump
	buy purchase acquire
	begin start commence
	end finish conclude
	help aid assist
	big large
	small little
	car automobile vehicle
	plane aircraft airplane jet
	company firm
	lawmaker legislator
	quit resign
	arrest apprehend detain
	probe investigation inquiry
	accuse charge
	try attempt
	die perish
	deadly fatal lethal
	fight battle
	fire dismiss sack
	hire employ
	almost nearly
	talk negotiation
	allow permit
	forbid prohibit ban
	approve endorse
	ship vessel
	chief head
	country nation
	receive obtain
	gather collect
	expect anticipate
	announce unveil
	seize confiscate
	study research
	poll survey
	agreement deal pact
	lawsuit suit
	prize award
	attorney lawyer
	offer bid
	profit earnings
	revenue sales
	reveal disclose
	soldier troop
	protest demonstration
	child kid
	doctor physician
	shop store
	cash money
	worker employee
	build construct
	ask request
	answer reply respond
	provide supply
	need require
	keep retain
	stop halt
	cancel scrap
	delay postpone
	huge enormous massive
	quick rapid
	often frequently
	maybe perhaps
	approximately roughly
	jail prison
	grow expand
	spokesman spokeswoman spokesperson
	result outcome
	fear worry
	believe think
	find discover
	examine inspect
	choose select
`

// ContraryPairs are words of opposite polarity: a sentence that says one
// of them of something contradicts one that says the other ("the Senate
// approved the bill", "the Senate rejected the bill"). Compare counts such
// a pair as a negation, and a pair extends to the synonym groups of its
// words ("raised" and "cut" rates). Two verbs of a pair acting on two
// things of one kind, objects with the same last word qualified
// differently ("approved the housing plan", "rejected the parking plan"),
// are two actions instead, not a contradiction. The pairs are ours; many
// are antonyms in WordNet 3.0.
var ContraryPairs = `
	accept reject
	approve reject
	sign veto
	approve veto
	confirm deny
	admit deny
	win lose
	gain lose
	rise fall
	increase cut
	higher lower
	support oppose
	guilty innocent
	convict acquit
	succeed fail
	success failure
	include exclude
	allow forbid
	true false
	strengthen weaken
	strong weak
	profit loss
	victory defeat
	alive dead
`

// ReversePairs are actions that undo each other ("arrived in Beijing",
// "left Beijing"): both can be true, at different times, so two sentences
// that tell one of each are two statements, not one with a contradiction.
// The pairs are ours; many are antonyms of verbs in WordNet 3.0.
var ReversePairs = `
	arrive leave
	arrive depart
	enter exit
	open close
	begin end
	hire fire
	buy sell
	lend borrow
	import export
	join quit
	join leave
	arrest release
	impose lift
	marry divorce
	appoint fire
	attack defend
	launch cancel
	add remove
`
