package lexicon

// This file holds the word lists of names: titles, given names, and the
// words of organisations', places' and events' names and of the phrases
// around them.

// NotCountries are CLDR region codes that the gazetteer of entities would
// accept as countries but that name no single place.
// Source: the Unicode CLDR region codes (golang.org/x/text/language).
const NotCountries = `UN EZ QO ZZ`

// GroupAdjectives are capitalised adjectives of regions, faiths and sides
// that, like demonyms, name no entity: "Western reports", "Orthodox clergy".
// Source: ours, written for English news text.
const GroupAdjectives = `
	western eastern northern southern central western-backed pro-russian pro-western
	islamic muslim christian catholic orthodox protestant jewish sunni shia shiite hindu buddhist
	allied soviet nazi communist democratic republican liberal conservative
	democrat democrats republicans
`

// CompassWords open regional demonyms: "North African". It shares the
// compass adjectives with GroupAdjectives but is kept apart: it has the
// nouns ("north", "south") that open a demonym and none of the faiths and
// sides.
// Source: ours, written for English news text.
const CompassWords = `north south east west central northern southern eastern western`

// PersonTitles precede a person's name, in capitals ("President Volodymyr
// Zelenskyy") or not ("special envoy Steve Witkoff"). Phrases are separated
// by "|" and line breaks; entities matches multi-word titles before their
// parts.
// Source: ours, written for English news text: titles from the AP
// Stylebook's list of formal titles and the roles wire copy puts before
// names.
const PersonTitles = `
	president|vice president|prime minister|deputy prime minister|chancellor|king|queen|prince|princess|emperor|pope|sheikh|emir|sultan
	minister|foreign minister|defense minister|defence minister|finance minister|interior minister|health minister|deputy minister
	secretary|secretary of state|secretary of defense|defense secretary|foreign secretary|home secretary|treasury secretary|secretary-general|secretary general|press secretary|deputy press secretary|cabinet secretary
	special envoy|envoy|ambassador|diplomat|negotiator|chief negotiator|top diplomat|spokesperson|spokesman|spokeswoman|press officer|aide|adviser|advisor|national security adviser|senior adviser
	senator|sen|sen.|representative|rep|rep.|congressman|congresswoman|lawmaker|governor|gov|gov.|lieutenant governor|mayor|deputy mayor|councillor|councilman|councilwoman
	judge|justice|chief justice|attorney general|prosecutor|district attorney|attorney|lawyer
	general|gen|gen.|lt|lt.|lt. gen.|maj. gen.|cpl|pvt|supt|insp|det|amb|admiral|adm|colonel|col|major|captain|capt|commander|lieutenant|sergeant|sgt|marshal|field marshal|commander-in-chief
	chief executive|chief executive officer|ceo|chairman|chairwoman|chair|chief|director|executive director|founder|co-founder|head|leader|opposition leader|party leader
	dr|dr.|mr|mr.|mrs|mrs.|ms|ms.|miss|prof|prof.|professor|sir|dame|lord|lady|rev|rev.|reverend|father|rabbi|imam|bishop|archbishop|cardinal|patriarch
	boss|coach|manager|captain|striker|goalkeeper|player|singer|actor|actress|author|writer|journalist|correspondent|reporter|editor|host|anchor|analyst|economist|historian|scientist|officer|official|commissioner|inspector|detective|sheriff|chief of staff
	first lady|crown prince|supreme leader|grand ayatollah|ayatollah
	substitute|midfielder|defender|winger|forward|keeper|referee|umpire|member|council member|board member|trustee|passenger|witness|resident
`

// LeaderTitles are the titles that "the leader" can stand for in
// entities; all but "premier" are PersonTitles too, but the list is a
// narrower choice and kept apart.
// Source: ours, written for English news text.
const LeaderTitles = `president minister chancellor king queen leader premier emir sultan`

// Portfolios are the fields of ministers and officers written before
// their title: "Health Minister", "Foreign Secretary", "Chief Executive".
// Source: ours, written for English news text.
const Portfolios = `
	health foreign defence defense finance interior justice education housing transport energy environment
	agriculture trade economy economic culture labor labour treasury home security immigration climate
	digital industry science technology sport sports tourism welfare employment equality communications
	infrastructure development planning public works affairs commerce budget social
	deputy assistant acting vice junior senior chief executive managing general press
	council board city county party committee parliament cabinet fire police school union ministry
`

// PlaceNouns are nouns of places: before "of" ("the port of Vaasa") or in
// lower case after a name ("the Colca valley"), they make it a place. It
// overlaps PlaceWords but is kept apart: PlaceWords are capitalised parts
// of a name ("Gaza City", "Main Street") and hold words such as "street",
// "house" and "park" that do not make the name before them a place in
// lower case.
// Source: ours, written for English news text.
const PlaceNouns = `port city town village region province state county island capital district municipality valley river strait lake mountain mountains peninsula coast bay gulf sea desert border suburb neighbourhood neighborhood`

// PlaceWords end or open the names of places: "Gaza City", "Mount
// Everest". See PlaceNouns for how the two differ.
// Source: ours, written for English news text.
const PlaceWords = `city county province state region district oblast island islands river sea ocean lake mountains valley strait gulf bay peninsula desert square street avenue road airport port sound house courts flats springs town heights hills woods falls creek beach harbor harbour bridge coast palace castle cathedral stadium park hall tower plaza base camp`

// PlaceHeads open the names of places: "Mount Everest", "Cape Cod".
// Source: ours, written for English news text.
const PlaceHeads = `mount lake gulf cape isle port fort county co`

// PlacePrepositions put a place after them: "in Vaasa", "near Leipzig".
// Source: ours, written for English news text.
const PlacePrepositions = `in near outside across throughout towards toward via into`

// OrgDescriptors are nouns written right before an organisation's name:
// "the utility Endesa", "developer Northvale Data".
// Source: ours, written for English news text.
const OrgDescriptors = `
	company firm group utility developer operator carmaker automaker manufacturer maker retailer supplier
	bank lender insurer airline carrier broadcaster newspaper daily tabloid magazine publisher union
	party agency regulator watchdog charity organisation organization association club team brand chain
	giant conglomerate startup start-up investor fund
`

// ThingDescriptors are nouns written before the names of vessels, craft
// and other things: "the passenger ferry Aurora Nord".
// Source: ours, written for English news text.
const ThingDescriptors = `ferry ship vessel tanker freighter cruiser carrier yacht boat aircraft plane jet satellite rocket spacecraft train storm hurricane typhoon operation`

// OrgWords end the names of organisations: "ABC News", "Que Onda
// Magazine", "Apple Inc.". OrgHeads, next, holds almost only words of this
// list but is kept apart: it is the words that open a name before "of"
// ("Ministry of Defense"), and "museum" and "house" open names that no
// OrgWords word ends.
// Source: ours, written for English news text.
const OrgWords = `
	data automotive systems technologies technology energy pharma pharmaceuticals logistics shipping line lines
	foods media labs software solutions mining oil gas steel chemicals electric insurance securities rail railways
	telecom survey cross exchange record chronicle observer courier examiner sentinel mirror express gazette bulletin
	rangers rovers athletic wanderers albion hotspur fc afc
	news times post journal magazine herald tribune gazette telegraph guardian press agency wire network radio tv television channel broadcasting
	inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc group holdings bank industries airlines airways motors partners capital fund trust
	party movement front alliance coalition union league federation association society council committee commission board bureau authority office
	ministry department administration agency service services forces army navy police guard command
	university college school institute academy foundation center centre hospital clinic laboratory
	church mosque synagogue temple club fc united team
	parliament assembly congress senate court tribunal cabinet government
	organization organisation
`

// OrgHeads open the names of organisations: "Ministry of Defense",
// "University of Chicago", "Bank of England".
// Source: ours, written for English news text.
const OrgHeads = `ministry department university bank office council court house institute college school museum church board commission committee federation union league academy agency organization organisation association society`

// EventHeads open the names of events and storms, which are Other:
// "Hurricane Milton", "Operation Overlord". Some are ThingDescriptors too;
// the lists are kept apart because a descriptor stands before a name in
// lower case and a head is part of it.
// Source: ours, written for English news text.
const EventHeads = `hurricane storm typhoon cyclone tropical operation`

// EventWords end the names of events, storms, laws and agreements, which
// are Other: "Paris Agreement", "World Cup".
// Source: ours, written for English news text.
const EventWords = `fire fires blaze flood floods earthquake quake summit games cup olympics championship championships conference agreement agreements accord accords treaty act bill plan protocol war festival awards prize day`

// NameParticles join the parts of a name in lower case: "Charles de
// Gaulle", "Bashar al-Assad", "Ursula von der Leyen". PersonParticles,
// next, is a subset of it, kept apart because it is read for another
// decision.
// Source: ours, written for English news text.
const NameParticles = `de da di du del della der den van von la le al el bin ibn abu ben dos das y`

// PersonParticles occur inside people's names but not places': entities
// takes a name with one of them for a person's. It is a part of
// NameParticles, kept apart because NameParticles also holds particles
// that places' names have ("La Paz", "Rio de Janeiro"), which must not
// make a name a person's.
// Source: ours, written for English news text.
const PersonParticles = `von van der bin ibn al el ben abu`

// NameConnectors join the words of an organisation's or a place's name:
// "Bank of England", "Isle of Man".
// Source: ours, written for English news text.
const NameConnectors = `of the and for on &`

// GroupNouns are plural and collective nouns that open sentences and
// stand for speakers without naming them: "Officials said", "Police said".
// Source: ours, written for English news text.
const GroupNouns = `
	officials official police authorities witnesses analysts experts residents sources critics protesters
	investigators prosecutors doctors lawmakers members reports observers voters troops forces soldiers
	leaders diplomats negotiators people citizens scientists researchers economists investors traders
	officers firefighters rescuers workers students teachers parents families survivors victims
	spokespeople representatives delegates ministers aides advisers supporters opponents rebels militants
	fighters activists organizers organisers journalists reporters editors staff employees
`

// PersonContexts are nouns after a single capitalised word that make it a
// person: "the Trump administration", "the Biden campaign".
// Source: ours, written for English news text.
const PersonContexts = `administration campaign presidency government's aides allies loyalists era`

// GivenNames are frequent given names of people in English-language news.
// A name of two to four words whose first word is here is a person's unless
// something else shows otherwise; a name not here needs evidence (a title,
// a verb of saying, a surname used alone).
// Source: our own list, drawn from the most common first names in the
// United States (Social Security Administration), the United Kingdom and
// Ireland (ONS, CSO), and common names of Europe, Latin America, the Arab
// world, Africa and South and East Asia.
const GivenNames = `
	aaron adam adrian aidan alan albert alex alexander alexandra alexis alfred alice alicia alison allison amanda amber amy andrea andrew angela anita ann anna anne annie anthony antonio april arthur ashley audrey austin barbara barry ben benjamin bernard beth betty beverly bill billy bob bobby bonnie brad bradley brandon brenda brett brian bruce bryan caitlin cameron carl carla carlos carol caroline carolyn carrie catherine charles charlie charlotte cheryl chris christian christina christine christopher cindy claire clara colin connie craig crystal cynthia dale dan dana daniel danielle danny darren dave david dawn dean deborah debra denise dennis derek diana diane donald donna doris dorothy douglas dylan ed eddie edward eileen elaine eleanor elizabeth ellen emily emma eric erica erin ethan eugene evan evelyn frances frank fred gary gavin gene george gerald gloria gordon grace graham greg gregory hannah harold harry heather helen henry holly howard ian isaac isabel jack jackie jacob jacqueline jake james jamie jane janet janice jared jason jean jeff jeffrey jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joe joel john johnny jon jonathan jordan jose joseph josh joshua joyce juan judith judy julia julie justin karen karoline kate katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin kim kimberly kristen kyle larry laura lauren lawrence leah lee leo leonard leslie linda lisa lois louis louise lucy luke lynn madison marcus margaret maria marie marilyn mark martha martin marvin mary matt matthew megan melanie melissa michael michelle mike molly monica nancy natalie nathan neil nicholas nicole noah norma oliver olivia pamela patricia patrick paul paula peggy peter philip phillip rachel ralph randy ray raymond rebecca richard rick rita rob robert robin rodney roger ronald rose ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean sharon shawn sheila shirley sophia sophie stacy stephanie stephen steve steven stuart susan tammy teresa terry theresa thomas tim timothy tina todd tom tommy tony tracy travis tyler valerie vanessa victor victoria vincent virginia walter wayne wendy william willie zachary
	aoife ciara niamh siobhan sinead orla roisin grainne eoin ciaran cian colm conor declan diarmuid donal fergal liam oisin padraig seamus sean eamon enda leo micheal mairead
	hamish fiona morag alastair callum rhys gareth dafydd sian owain
	anders astrid bjorn erik ingrid johan jens karin kristian lars magnus mette nikolaj nils olaf per sven soren henrik helena mikael ulla annika
	angela anke birgit dieter frank friedrich gerhard hans heinz helmut horst jurgen karl katrin klaus kurt manfred markus olaf ralf sabine stefan thomas ulrich uwe werner wolfgang friedrich-wilhelm
	alain antoine bernard christophe emmanuel francois frederic guillaume isabelle jacques jean-luc jean-pierre jean-claude laurent marine michel nicolas olivier philippe pierre sebastien sylvie thierry yves
	alessandro andrea francesco giorgia giovanni giuseppe luca lucia luigi marco matteo mario paolo roberto sergio silvio stefano
	alejandro ana antonio carmen diego elena fernando francisco gabriel javier jorge juan luis manuel maria miguel pablo pedro rafael raul ricardo rosa santiago sergio teresa lucia mariana camila valentina sofia
	joao paulo luiz lula jair fernanda
	aleksandr alexei alexey anatoly andrei anna boris dmitry dmitri igor ivan maria mikhail natalia nikolai oleg olga pavel sergei sergey svetlana tatiana valery vladimir viktor yuri yulia volodymyr oleksandr oleksiy petro rustem andriy denys mykhailo vitali vitaliy yevgeny yevgeniy ruslan arseniy kyrylo
	agnieszka andrzej jan katarzyna krzysztof marek mateusz piotr tomasz viktor zbigniew donald radoslaw
	ahmed ahmad ali amir fatima hassan hussein ibrahim karim khalid mahmoud mohammed mohamed muhammad mustafa nasser omar rashid said salman tariq yusuf youssef ismail abdullah abdel hamid jamal layla leila nour samir bashar benjamin yair yitzhak naftali gideon
	recep kemal mehmet emine ekrem
	abiy bola cyril jacob kofi nelson olusegun paul thabo uhuru william yoweri
	amit anil arjun deepak kumar narendra priya rahul raj rajesh ravi sanjay shashi sonia sunita vijay yogi imran nawaz shehbaz benazir
	xi li wang zhang liu chen yang mei wei jin kim moon park yoon lee shinzo fumio shigeru yoshihide taro
	joe kamala barack hillary nancy mitch chuck marco ted bernie elizabeth kristi pete rishi keir boris theresa liz jd elon
	ursula melania hunter ivanka tiffany barron dev anand ashok vikram lakshmi kamal jeremy angus rupert nigel jacinda justin
	jared kyle logan mason owen jayden hailey abigail ava chloe ella mia zoe lily layla aria nora riley scarlett penelope
	greta annalena olaf friedrich robert viktor giorgia mark mette ulf petteri kaja kristalina antonio roberta charles ursula
`

// DerivationSuffixes are the endings that make demonyms and plurals of
// names: entities does not take a name word and the same word with one of
// these endings for the same name ("Andalusia" and "Andalusian").
// Source: ours, written by hand for news text.
const DerivationSuffixes = `n an ian s es ese i ns`
