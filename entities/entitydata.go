package entities

import (
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"strings"
	"sync"

	"github.com/newsmerge/newsmerge/text"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// This file holds the data behind Analyze: the gazetteer of places, the
// titles and roles that precede names, organisation and place words, and the
// words that are capitalised without being names. The word lists are in
// package internal/lexicon (names.go), each with its source; the tables
// of places, demonyms and organisations are here. Country and territory
// names come from the Unicode CLDR English region names that
// golang.org/x/text/language/display carries; everything else is ours,
// written for English news text: titles from the AP Stylebook's list of
// formal titles and the roles wire copy puts before names, cities from the
// national capitals and the most populous cities of the world (UN World
// Urbanization Prospects), U.S. states and Canadian provinces from their
// official lists, demonyms from the nationality adjectives of the CIA World
// Factbook. Lists are keyed by the folded word (see Fold).

// gazetteer maps a folded place name or alias ("u.s.", "united states",
// "kyiv") to its canonical spelling.
type gazetteer struct {
	places    map[string]string
	demonyms  map[string]string // folded demonym to place: "russian" -> "Russia"
	maxWords  int               // the most words of a name in places
	knownOrgs map[string]string // folded name to canonical: "kremlin" -> "Kremlin"
	orgPlaces map[string]string // canonical organisation to its country: "Kremlin" -> "Russia"
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// theGazetteer builds the gazetteer on first use.
func theGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = buildGazetteer() })
	return gaz
}

// notCountries are CLDR region codes that IsCountry accepts but that name no
// single place.
var notCountries = text.WordSet(lexicon.NotCountries)

func buildGazetteer() *gazetteer {
	g := &gazetteer{places: make(map[string]string), demonyms: make(map[string]string), knownOrgs: make(map[string]string), orgPlaces: make(map[string]string)}
	add := func(name string, aliases ...string) {
		for _, a := range append([]string{name}, aliases...) {
			k := nameKey(a)
			if k == "" {
				continue
			}
			if _, ok := g.places[k]; !ok {
				g.places[k] = name
			}
			if n := len(strings.Fields(k)); n > g.maxWords {
				g.maxWords = n
			}
		}
	}
	// Place aliases first, so that they win over CLDR's spellings.
	for _, line := range strings.Split(strings.TrimSpace(placeAliases), "\n") {
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		add(parts[0], parts[1:]...)
	}
	names := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || notCountries[code] {
				continue
			}
			name := names.Name(r)
			if name == "" {
				continue
			}
			var aliases []string
			if i := strings.Index(name, " ("); i > 0 { // "Myanmar (Burma)"
				aliases = append(aliases, strings.Trim(name[i+2:], ")"))
				name = name[:i]
			}
			if i := strings.Index(name, " - "); i > 0 { // "Congo - Kinshasa"
				name = name[:i]
			}
			name = strings.TrimSuffix(name, " SAR China") // "Hong Kong SAR China"
			if strings.Contains(name, "&") {
				aliases = append(aliases, strings.ReplaceAll(name, "&", "and"))
			}
			if strings.HasPrefix(name, "St. ") {
				aliases = append(aliases, "Saint "+name[4:])
			}
			add(name, aliases...)
		}
	}
	for _, list := range []string{continents, usStates, cities} {
		for _, line := range strings.Split(strings.TrimSpace(list), "\n") {
			for _, name := range strings.Split(line, ",") {
				if name = strings.TrimSpace(name); name != "" {
					add(name)
				}
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(demonymList), "\n") {
		parts := strings.Split(line, ":")
		country := strings.TrimSpace(parts[0])
		for _, d := range strings.Split(parts[1], ",") {
			if d = strings.TrimSpace(d); d != "" {
				g.demonyms[nameKey(d)] = country
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(knownOrgList), "\n") {
		line, country, _ := strings.Cut(line, "@")
		parts := strings.Split(line, "|")
		name := strings.TrimSpace(parts[0])
		for _, a := range parts {
			g.knownOrgs[nameKey(strings.TrimSpace(a))] = name
		}
		if country = strings.TrimSpace(country); country != "" {
			g.orgPlaces[name] = country
		}
	}
	return g
}

// placeAliases are the short and informal names of places, each line the
// canonical name and its aliases. They win over the CLDR names.
const placeAliases = `
United States | U.S. | US | U.S.A. | USA | America | United States of America
United Kingdom | U.K. | UK | Britain | Great Britain
United Arab Emirates | UAE | U.A.E. | Emirates
Russia | Russian Federation
South Korea | Republic of Korea
North Korea | DPRK
Czechia | Czech Republic
Netherlands | Holland
Vatican City | Vatican
Palestinian Territories | Palestine
Turkey | Türkiye
Ivory Coast | Côte d’Ivoire | Côte d'Ivoire
Kyiv | Kiev
Washington | Washington, D.C. | Washington D.C. | D.C.
New York | New York City | NYC
`

// continents and regions of the world, for news: UN M.49 macro-regions and
// the regions wire copy names.
const continents = `
Europe, Asia, Africa, North America, South America, Latin America, Oceania, Antarctica,
Middle East, Central Asia, Southeast Asia, East Asia, South Asia, Eastern Europe, Western Europe,
Balkans, Caucasus, Sahel, Scandinavia, Arctic, Caribbean, Gaza, Gaza Strip, West Bank, Crimea,
Donbas, Donetsk, Luhansk, Kherson, Zaporizhzhia, Kharkiv, Siberia, Kashmir, Darfur, Tibet, Xinjiang,
Mediterranean, Atlantic, Pacific, Indian Ocean, Baltic, Baltic Sea, Black Sea, Red Sea, North Sea, Persian Gulf
`

// usStates are the U.S. states and Canadian provinces.
const usStates = `
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida,
Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland,
Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada,
New Hampshire, New Jersey, New Mexico, North Carolina, North Dakota, Ohio, Oklahoma, Oregon,
Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont,
Virginia, West Virginia, Wisconsin, Wyoming,
Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland, Nova Scotia, Ontario, Quebec, Saskatchewan
`

// cities are national capitals and large cities.
const cities = `
London, Paris, Berlin, Madrid, Rome, Lisbon, Dublin, Brussels, Amsterdam, The Hague, Vienna,
Bern, Geneva, Zurich, Stockholm, Oslo, Copenhagen, Helsinki, Reykjavik, Warsaw, Prague,
Budapest, Bratislava, Bucharest, Sofia, Athens, Belgrade, Zagreb, Sarajevo, Ljubljana, Tirana,
Skopje, Chisinau, Minsk, Vilnius, Riga, Tallinn, Moscow, St. Petersburg, Odesa, Odessa, Lviv,
Dnipro, Mariupol, Bakhmut, Avdiivka, Pokrovsk, Kupiansk, Sumy, Chernihiv, Kursk, Belgorod,
Ankara, Istanbul, Tbilisi, Yerevan, Baku, Tehran, Baghdad, Damascus, Beirut, Amman, Jerusalem,
Tel Aviv, Riyadh, Jeddah, Doha, Dubai, Abu Dhabi, Muscat, Sanaa, Kuwait City, Manama, Cairo,
Tripoli, Tunis, Algiers, Rabat, Casablanca, Khartoum, Addis Ababa, Nairobi, Kampala, Kigali,
Dar es Salaam, Mogadishu, Lagos, Abuja, Accra, Dakar, Bamako, Niamey, Kinshasa, Luanda,
Johannesburg, Pretoria, Cape Town, Harare, Lusaka, Maputo, Kabul, Islamabad, Karachi, Lahore,
New Delhi, Delhi, Mumbai, Kolkata, Chennai, Bangalore, Dhaka, Kathmandu, Colombo, Beijing,
Shanghai, Hong Kong, Shenzhen, Guangzhou, Taipei, Tokyo, Osaka, Seoul, Pyongyang, Manila,
Hanoi, Ho Chi Minh City, Bangkok, Jakarta, Kuala Lumpur, Singapore, Sydney, Melbourne, Canberra,
Wellington, Auckland, Ottawa, Toronto, Montreal, Vancouver, Mexico City, Havana, Caracas, Bogota,
Lima, Quito, Santiago, Buenos Aires, Montevideo, Brasilia, Sao Paulo, Rio de Janeiro,
Washington, New York, Los Angeles, Chicago, Houston, Philadelphia, Phoenix, San Francisco,
Boston, Seattle, Miami, Atlanta, Dallas, Detroit, Denver, Las Vegas, Baltimore, New Orleans,
Palm Beach, Mar-a-Lago, Silicon Valley, Hollywood, Wall Street, Davos, Munich, Hamburg, Frankfurt,
Milan, Naples, Barcelona, Marseille, Lyon, Manchester, Birmingham, Glasgow, Edinburgh, Belfast,
Cardiff, Strasbourg, Luxembourg City, Monaco, Gaza City, Rafah, Khan Younis, Ramallah, Aleppo,
Homs, Mosul, Basra, Erbil, Kandahar, Anchorage, Alaska, Brussels, Valencia, Seville, Malaga, Bilbao, Zaragoza,
Porto, Turin, Florence, Venice, Genoa, Bologna, Palermo, Cologne, Stuttgart, Dusseldorf, Düsseldorf, Dresden,
Leipzig, Hanover, Nuremberg, Rotterdam, Antwerp, Gothenburg, Malmo, Aarhus, Krakow, Gdansk, Wroclaw, Lodz,
Thessaloniki, Nicosia, Valletta, Cork, Galway, Limerick, Liverpool, Leeds, Bristol, Sheffield, Newcastle,
Nottingham, Leicester, Oxford, Cambridge, Aberdeen, Dundee, Calgary, Edmonton, Winnipeg, Halifax, Quebec City,
Guadalajara, Monterrey, Tijuana, Bogotá, Medellin, Cali, Cartagena, Guayaquil, La Paz, Asuncion, Recife,
Salvador, Fortaleza, Belo Horizonte, Porto Alegre, Curitiba, Manaus, San Diego, San Jose, Austin, Sacramento,
Portland, Minneapolis, St. Louis, Kansas City, Cleveland, Pittsburgh, Cincinnati, Indianapolis, Nashville,
Memphis, Charlotte, Orlando, Tampa, Salt Lake City, Albuquerque, Honolulu, Tucson, Omaha, Milwaukee,
Chengdu, Wuhan, Chongqing, Tianjin, Nanjing, Xi'an, Hangzhou, Busan, Incheon, Yokohama, Nagoya, Kyoto,
Sapporo, Fukuoka, Hiroshima, Nagasaki, Okinawa, Cebu, Davao, Surabaya, Bandung, Medan, Yangon, Phnom Penh,
Vientiane, Ulaanbaatar, Almaty, Astana, Tashkent, Bishkek, Dushanbe, Ashgabat, Hyderabad, Ahmedabad, Pune,
Jaipur, Lucknow, Srinagar, Peshawar, Quetta, Chittagong, Kandy, Mombasa, Kisumu, Arusha, Zanzibar, Goma,
Lubumbashi, Brazzaville, Douala, Yaounde, Abidjan, Conakry, Freetown, Monrovia, Ouagadougou, Timbuktu,
Kano, Ibadan, Port Harcourt, Durban, Port Elizabeth, Windhoek, Gaborone, Benghazi, Misrata, Aden, Hodeidah,
Mecca, Medina, Basra, Kirkuk, Tabriz, Isfahan, Shiraz, Mashhad, Haifa, Nablus, Hebron, Jenin, Tyre, Sidon,
Latakia, Idlib, Raqqa, Deir ez-Zor, Izmir, Antalya, Bursa, Adana, Gaziantep, Batumi, Kutaisi, Gyumri,
Ganja, Sochi, Novosibirsk, Yekaterinburg, Kazan, Nizhny Novgorod, Samara, Rostov-on-Don, Volgograd,
Vladivostok, Murmansk, Kaliningrad, Sevastopol, Simferopol, Melitopol, Berdyansk, Kramatorsk, Sloviansk,
Izium, Kremenchuk, Poltava, Vinnytsia, Zhytomyr, Chernivtsi, Uzhhorod, Ivano-Frankivsk, Ternopil, Rivne, Lutsk
`

// demonymList maps places to the adjectives and nouns for their people
// ("Russian", "Russians"). A demonym is not a name: "Russian officials"
// names no entity, but says whose officials they are.
const demonymList = `
Afghanistan: Afghan, Afghans
Albania: Albanian, Albanians
Algeria: Algerian, Algerians
Argentina: Argentine, Argentinian, Argentines
Armenia: Armenian, Armenians
Australia: Australian, Australians
Austria: Austrian, Austrians
Azerbaijan: Azerbaijani, Azeri, Azerbaijanis
Belarus: Belarusian, Belarusians
Belgium: Belgian, Belgians
Bosnia & Herzegovina: Bosnian, Bosnians
Brazil: Brazilian, Brazilians
Bulgaria: Bulgarian, Bulgarians
Canada: Canadian, Canadians
Chile: Chilean, Chileans
China: Chinese
Colombia: Colombian, Colombians
Croatia: Croatian, Croat, Croats, Croatians
Cuba: Cuban, Cubans
Czechia: Czech, Czechs
Denmark: Danish, Dane, Danes
Egypt: Egyptian, Egyptians
Estonia: Estonian, Estonians
Ethiopia: Ethiopian, Ethiopians
Finland: Finnish, Finn, Finns
France: French, Frenchman, Frenchwoman
Georgia: Georgian, Georgians
Germany: German, Germans
Greece: Greek, Greeks
Hungary: Hungarian, Hungarians
India: Indian, Indians
Indonesia: Indonesian, Indonesians
Iran: Iranian, Iranians
Iraq: Iraqi, Iraqis
Ireland: Irish, Irishman, Irishwoman
Israel: Israeli, Israelis
Italy: Italian, Italians
Japan: Japanese
Jordan: Jordanian, Jordanians
Kazakhstan: Kazakh, Kazakhs
Kenya: Kenyan, Kenyans
Latvia: Latvian, Latvians
Lebanon: Lebanese
Libya: Libyan, Libyans
Lithuania: Lithuanian, Lithuanians
Mexico: Mexican, Mexicans
Moldova: Moldovan, Moldovans
Morocco: Moroccan, Moroccans
Netherlands: Dutch, Dutchman
New Zealand: New Zealander, New Zealanders
Nigeria: Nigerian, Nigerians
North Korea: North Korean, North Koreans
Norway: Norwegian, Norwegians
Pakistan: Pakistani, Pakistanis
Palestinian Territories: Palestinian, Palestinians
Philippines: Filipino, Philippine, Filipinos
Poland: Polish, Pole, Poles
Portugal: Portuguese
Qatar: Qatari, Qataris
Romania: Romanian, Romanians
Russia: Russian, Russians
Saudi Arabia: Saudi, Saudis
Serbia: Serbian, Serb, Serbs, Serbians
Slovakia: Slovak, Slovaks
Slovenia: Slovenian, Slovene, Slovenians
South Africa: South African, South Africans
South Korea: South Korean, South Koreans, Korean, Koreans
Spain: Spanish, Spaniard, Spaniards
Sweden: Swedish, Swede, Swedes
Switzerland: Swiss
Syria: Syrian, Syrians
Taiwan: Taiwanese
Thailand: Thai, Thais
Turkey: Turkish, Turk, Turks
Ukraine: Ukrainian, Ukrainians
United Arab Emirates: Emirati, Emiratis
United Kingdom: British, Briton, Britons, English, Scottish, Welsh, Scot, Scots
United States: American, Americans
Venezuela: Venezuelan, Venezuelans
Vietnam: Vietnamese
Yemen: Yemeni, Yemenis
Europe: European, Europeans
Africa: African, Africans
Asia: Asian, Asians
Middle East: Arab, Arabs
`

// groupAdjectives are capitalised adjectives of regions, faiths and sides
// that, like demonyms, name no entity: "Western reports", "Orthodox clergy".
var groupAdjectives = text.WordSet(lexicon.GroupAdjectives)

// knownOrgList are organisations named by a word or two without an
// organisation word: seats of government that stand for it, and the
// international bodies news names every day. Each line is the canonical
// name and its aliases, and after "@" the country of a national body.
const knownOrgList = `
White House @ United States
Kremlin @ Russia
Pentagon @ United States
Élysée Palace | Élysée | Elysee @ France
Downing Street | No. 10 @ United Kingdom
State Department @ United States
Congress @ United States
Senate
House of Representatives @ United States
Parliament
Supreme Court
Bundestag @ Germany
Duma | State Duma @ Russia
Knesset @ Israel
Politburo
Vatican
Hamas
Hezbollah
Taliban
Houthis
NATO | North Atlantic Treaty Organization
United Nations | U.N. | UN
European Union | EU | E.U.
Security Council | U.N. Security Council | UN Security Council
Federal Reserve | Fed
Interpol
Reuters
Associated Press | AP
Agence France-Presse | AFP
Bloomberg
BBC
CNN
Al Jazeera
Xinhua
TASS
Interfax
`

// personTitles precede a person's name, in capitals ("President Volodymyr
// Zelenskyy") or not ("special envoy Steve Witkoff"). Multi-word titles are
// matched before their parts.
var personTitles = phraseSet(lexicon.PersonTitles)

// portfolios are the fields of ministers and officers written before
// their title: "Health Minister", "Foreign Secretary", "Chief Executive".
var portfolios = text.WordSet(lexicon.Portfolios)

// derivedDemonym returns the place whose demonym a word is by the regular
// English endings ("Kenyan", "Ukrainian", "Japanese", "Iraqi"), or "".
func (g *gazetteer) derivedDemonym(key string) string {
	type rule struct{ suffix, replace string }
	for _, r := range []rule{{"n", ""}, {"ian", "e"}, {"ian", "a"}, {"ian", ""}, {"an", "o"}, {"an", "a"}, {"ese", ""}, {"ese", "a"}, {"ese", "on"}, {"i", ""}, {"ish", "and"}, {"ish", "ey"}} {
		if len(key) > len(r.suffix)+2 && strings.HasSuffix(key, r.suffix) {
			if p := g.places[key[:len(key)-len(r.suffix)]+r.replace]; p != "" {
				return p
			}
		}
	}
	return ""
}

// stateAbbreviations are the AP Stylebook's abbreviations of U.S. states,
// read only in datelines ("PORT ALDER, Wash. (AP) —"), where they cannot be
// words of the sentence.
var stateAbbreviations = func() map[string]string {
	m := make(map[string]string)
	for _, pair := range strings.Fields(`
		Ala:Alabama Ariz:Arizona Ark:Arkansas Calif:California Colo:Colorado Conn:Connecticut Del:Delaware
		Fla:Florida Ga:Georgia Ill:Illinois Ind:Indiana Kan:Kansas Ky:Kentucky La:Louisiana Md:Maryland
		Mass:Massachusetts Mich:Michigan Minn:Minnesota Miss:Mississippi Mo:Missouri Mont:Montana
		Neb:Nebraska Nev:Nevada N.H.:New_Hampshire N.J.:New_Jersey N.M.:New_Mexico N.Y.:New_York
		N.C.:North_Carolina N.D.:North_Dakota Okla:Oklahoma Ore:Oregon Pa:Pennsylvania R.I.:Rhode_Island
		S.C.:South_Carolina S.D.:South_Dakota Tenn:Tennessee Vt:Vermont Va:Virginia Wash:Washington
		W.Va.:West_Virginia Wis:Wisconsin Wyo:Wyoming`) {
		abbr, state, _ := strings.Cut(pair, ":")
		m[nameKey(abbr)] = strings.ReplaceAll(state, "_", " ")
	}
	return m
}()

// placeNouns are nouns of places: before "of" ("the port of Vaasa") or in
// lower case after a name ("the Colca valley"), they make it a place.
var placeNouns = text.WordSet(lexicon.PlaceNouns)

// placePrepositions put a place after them: "in Vaasa", "near Leipzig".
var placePrepositions = text.WordSet(lexicon.PlacePrepositions)

// orgDescriptors are nouns written right before an organisation's name:
// "the utility Endesa", "developer Northvale Data".
var orgDescriptors = text.WordSet(lexicon.OrgDescriptors)

// thingDescriptors are nouns written before the names of vessels, craft and
// other things: "the passenger ferry Aurora Nord".
var thingDescriptors = text.WordSet(lexicon.ThingDescriptors)

// phraseSet reads a list of phrases separated by '|' and line breaks.
// Each phrase is keyed by nameKey, as names are.
func phraseSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(s, "\n") {
		for _, p := range strings.Split(line, "|") {
			if p = nameKey(p); p != "" {
				m[p] = true
			}
		}
	}
	return m
}

// orgWords end the names of organisations: "ABC News", "Que Onda
// Magazine", "Apple Inc."
var orgWords = text.WordSet(lexicon.OrgWords)

// orgHeads open the names of organisations: "Ministry of Defense",
// "University of Chicago", "Bank of England".
var orgHeads = text.WordSet(lexicon.OrgHeads)

// placeWords end or open the names of places: "Gaza City", "Mount Everest".
var placeWords = text.WordSet(lexicon.PlaceWords)

// eventHeads open and eventWords end the names of events, storms, laws and
// agreements, which are Other: "Hurricane Milton", "Paris Agreement".
var eventHeads = text.WordSet(lexicon.EventHeads)
var eventWords = text.WordSet(lexicon.EventWords)
var placeHeads = text.WordSet(lexicon.PlaceHeads)

// nameParticles join the parts of a name in lower case: "Charles de
// Gaulle", "Bashar al-Assad", "Ursula von der Leyen".
var nameParticles = text.WordSet(lexicon.NameParticles)

// nameConnectors join the words of an organisation's or a place's name:
// "Bank of England", "Isle of Man".
var nameConnectors = text.WordSet(lexicon.NameConnectors)

// groupNouns are plural and collective nouns that open sentences and stand
// for speakers without naming them: "Officials said", "Police said".
var groupNouns = text.WordSet(lexicon.GroupNouns)

// personContexts are nouns after a single capitalised word that make it a
// person: "the Trump administration", "the Biden campaign".
var personContexts = text.WordSet(lexicon.PersonContexts)

// givenNames are frequent given names of people in English-language news:
// our own list, drawn from the most common first names in the United States
// (Social Security Administration), the United Kingdom and Ireland (ONS,
// CSO), and common names of Europe, Latin America, the Arab world, Africa
// and South and East Asia. A name of two to four words whose first word is
// here is a person's unless something else shows otherwise; a name not
// here needs evidence (a title, a verb of saying, a surname used alone).
var givenNames = text.WordSet(lexicon.GivenNames)
