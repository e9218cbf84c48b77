"""Hand-written word pools for :mod:`newsmodel.strategies`.

Every pool is invented for the strategies; none is taken from real articles.
The pools are kept disjoint where the generated articles rely on it: no
person's name, speaker organisation or cue verb appears in the filler
sentences, and no filler sentence contains a quotation mark (apostrophes are
only those of contractions, possessives and elisions; one sentence gives a
height in feet and inches, ``6'2"``).
"""

from typing import NamedTuple

__all__: list[str] = []


class Person(NamedTuple):
    """A person who can be quoted."""

    first: str
    last: str
    gender: str


class Organisation(NamedTuple):
    """An organisation or a description: as written mid-sentence, and canonical."""

    mention: str
    name: str


class Cue(NamedTuple):
    """A cue as written and its lemma, as :data:`newsmodel.DEFAULT_LEXICON` gives it."""

    text: str
    lemma: str


PERSONS: tuple[Person, ...] = (
    Person("Hugh", "Hill", "male"),
    Person("Maria", "Kovalenko", "female"),
    Person("Daniel", "Okafor", "male"),
    Person("Sofia", "Lindqvist", "female"),
    Person("Ahmed", "Rahimi", "male"),
    Person("Claire", "Dubois", "female"),
    Person("Tomasz", "Nowak", "male"),
    Person("Priya", "Raman", "female"),
    Person("Kenji", "Watanabe", "male"),
    Person("Elena", "Marchetti", "female"),
    Person("Samuel", "Brooks", "male"),
    Person("Grace", "Osei", "female"),
    Person("Lucas", "Ferreira", "male"),
    Person("Hannah", "Becker", "female"),
    Person("Mikhail", "Sokolov", "male"),
    Person("Ingrid", "Halvorsen", "female"),
    Person("Rafael", "Ortega", "male"),
    Person("Nadia", "Haddad", "female"),
    Person("Peter", "Walsh", "male"),
    Person("Julia", "Santos", "female"),
)
"""People: first names and surnames all distinct, none a common word."""

AUTHORS: tuple[str, ...] = (
    "Jane Doe",
    "John Roe",
    "Alice Marlow",
    "Ben Carter",
    "Chloe Winters",
    "David Ashby",
    "Emma Royce",
    "Farid Mansour",
    "Gwen Tallis",
    "Isaac Pryor",
)
"""Byline authors: never quoted."""

TITLES: tuple[str, ...] = (
    "President",
    "Russian President",
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "U.S. Secretary of State",
    "Senator",
    "Governor",
    "Mayor",
    "German Chancellor",
    "Defence Secretary",
    "Health Minister",
)
"""Titles written before a name (``Russian President Vladimir Putin``)."""

TITLE_REFERENCES: dict[str, str] = {
    "President": "president",
    "Russian President": "president",
    "Prime Minister": "prime minister",
    "Foreign Minister": "foreign minister",
    "Finance Minister": "finance minister",
    "U.S. Secretary of State": "secretary of state",
    "Senator": "senator",
    "Governor": "governor",
    "Mayor": "mayor",
    "German Chancellor": "chancellor",
    "Defence Secretary": "defence secretary",
    "Health Minister": "health minister",
}
"""How a later mention refers to the holder of each title (``the president``)."""

APPOSITIONS: tuple[tuple[str, str], ...] = (
    ("a doctor", "doctor"),
    ("an economist at Barclays", "economist at Barclays"),
    ("a spokesperson for the ministry", "spokesperson for the ministry"),
    ("a lawyer for the family", "lawyer for the family"),
    (
        "a professor of politics at Leeds University",
        "professor of politics at Leeds University",
    ),
    ("a senior analyst at Capital Economics", "senior analyst at Capital Economics"),
    ("a local councillor", "local councillor"),
)
"""Appositions after a name, as written and as the title (no article)."""

ROLES: tuple[str, ...] = (
    "mayor",
    "nurse",
    "union leader",
    "economist",
    "local resident",
    "shop owner",
    "head teacher",
)
"""Roles after a dash attribution's name (``— Jane Doe, mayor``)."""

ORGANISATIONS: tuple[Organisation, ...] = (
    Organisation("the Kremlin", "Kremlin"),
    Organisation("the Pentagon", "Pentagon"),
    Organisation("the White House", "White House"),
    Organisation("the Bank of England", "Bank of England"),
    Organisation("the European Commission", "European Commission"),
    Organisation("the World Health Organization", "World Health Organization"),
    Organisation("the Foreign Ministry", "Foreign Ministry"),
)
"""Speaker organisations; canonical names drop a leading ``the``. Each holds a
word that marks an organisation (``Kremlin``, ``Ministry``, ``Bank``...)."""

DESCRIPTIONS: tuple[Organisation, ...] = (
    Organisation("a senior official", "senior official"),
    Organisation("a government spokesperson", "government spokesperson"),
    Organisation("a hospital spokesperson", "hospital spokesperson"),
    Organisation("a senior diplomat", "senior diplomat"),
)
"""Descriptions standing for an unnamed speaker; canonical names drop the article."""

AFTER_CUES: tuple[Cue, ...] = (
    Cue("said", "say"),
    Cue("added", "add"),
    Cue("warned", "warn"),
    Cue("told reporters", "tell reporters"),
    Cue("insisted", "insist"),
    Cue("explained", "explain"),
    Cue("wrote on Twitter", "write on twitter"),
    Cue("said in a statement", "say in a statement"),
)
"""Cues after the speaker: ``"...," Putin said.`` and ``Putin said: "..."``."""

INVERTED_CUES: tuple[Cue, ...] = (Cue("said", "say"), Cue("added", "add"))
"""Cues that may precede the speaker: ``"...," said Putin.``."""

THAT_CUES: tuple[Cue, ...] = (
    Cue("said", "say"),
    Cue("warned", "warn"),
    Cue("insisted", "insist"),
    Cue("argued", "argue"),
    Cue("claimed", "claim"),
)
"""Cues introducing a reported clause: ``Putin said that ...``."""

ACCUSE = Cue("accused", "accuse")
"""The cue of ``X accused Y of ...``."""

ACCORDING_TO = Cue("according to", "according to")
"""The cue of ``..., according to X.``."""

WHEN: tuple[str, ...] = ("", " on Tuesday", " on Friday", " last week", " Monday")
"""Time adverbials between a cue and ``that``."""

CLAUSES: tuple[str, ...] = (
    "we will respond to any threat to our security",
    "nobody in this country wants a war",
    "the door to talks remains open",
    "we haven't seen adequate consideration of our concerns",
    "it's not going to be easy",
    "it’s not going to be easy",
    "these are difficult times for families",
    "the plan doesn't add up",
    "we can’t keep asking nurses to work for free",
    "the figures speak for themselves",
    "our priority is to keep people safe",
    "there is no quick fix for the economy",
    "we are ready to sit down with anyone",
    "nobody should be surprised by the result",
    "the country's hospitals are under enormous pressure",
    "I hope that we will eventually find a solution",
    "I don't think anyone expected this",
    "we will not be lectured by anyone",
)
"""Clauses of direct speech (no names, only letter-internal apostrophes)."""

INSERTIONS: tuple[str, ...] = (
    "we want the return of the military infrastructure [to NATO's 1997 borders]",
    "they [the government] have let everyone down",
    "we first raised it [in 2019] and nothing happened",
    "it [the ministry] has never answered our letters",
    "the talks [with the unions] have gone nowhere",
    "their reply was late [sic] and incomplete",
)
"""Clauses of direct speech holding one editorial insertion in brackets (never first)."""

ELLIPSES: tuple[str, ...] = ("...", "…")
"""Ellipses as written inside quotes."""

NESTED_LEADS: tuple[str, ...] = (
    "he told me",
    "she told us",
    "they kept saying",
    "the sign simply read",
    "my answer was",
)
"""Clause openings before a quote inside a quote."""

NESTED_WORDS: tuple[str, ...] = (
    "no",
    "wait",
    "enough is enough",
    "we are ready",
    "not today",
    "trust us",
)
"""Words quoted inside a quote."""

HEADLINE_WORDS: tuple[str, ...] = (
    "We will respond",
    "The door remains open",
    "Nobody wants a war",
    "This is only the beginning",
    "We are ready to talk",
    "The figures speak for themselves",
)
"""Short quotations for ``Name: 'quote'`` headlines."""

PARTIALS: tuple[tuple[str, str, str], ...] = (
    ("the U.S. and NATO", "ignored", "Russian security interests in the talks"),
    ("the proposal was", "dead on arrival", ""),
    ("the new rules were", "a step in the right direction", ""),
    ("investors had", "overreacted", "to the figures"),
    ("the budget", "does not add up", ""),
    ("the ceasefire remained", "fragile but holding", ""),
    ("the reforms would", "protect everyone’s savings", ""),
    ("the talks had been", "constructive", "despite the delays"),
)
"""Partial quotes: text before the quoted words, the words, text after."""

ACCUSALS: tuple[tuple[str, str, str, str], ...] = (
    ("the U.S.", "seeking to", "contain", "the country"),
    ("the opposition", "playing", "political games", "with people's lives"),
    ("Western governments", "spreading", "hysteria", ""),
    ("the regulator", "turning", "a blind eye", "to the problem"),
    ("the company", "putting", "profit before safety", ""),
)
"""``X accused TARGET of GERUND "WORDS" REST``."""

ACCORDING: tuple[tuple[str, str], ...] = (
    ("The talks were", "going nowhere"),
    ("The outbreak was", "under control"),
    ("The new tariffs were", "a serious mistake"),
    ("Interest rates would stay", "higher for longer"),
    ("The agreement remained", "the best option on the table"),
)
"""``BEFORE "WORDS," according to X.``."""

PARTIAL_AFTER: tuple[tuple[str, str], ...] = (
    ("The ceasefire was", "fragile but holding"),
    ("The decision had been", "a long time coming"),
    ("The economy was", "in better shape than expected"),
    ("The vote was", "a wake-up call"),
)
"""``BEFORE "WORDS," X said.``."""

PLACES: tuple[str, ...] = (
    "MOSCOW",
    "LONDON",
    "NEW YORK",
    "WASHINGTON",
    "PARIS",
    "BERLIN",
    "KYIV",
    "NAIROBI",
    "TOKYO",
    "SAO PAULO",
)
"""Dateline places, upper case."""

AGENCIES: tuple[str, ...] = ("Reuters", "AP", "AFP", "UPI", "Bloomberg")
"""News agencies in datelines."""

MONTHS: tuple[str, ...] = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
"""Months as wire datelines abbreviate them."""

DASHES: tuple[str, ...] = ("-", "—", "–")
"""Dashes closing a dateline."""

HOLDERS: tuple[str, ...] = (
    "IBTimes",
    "The Associated Press",
    "Reuters",
    "BBC",
    "Northgate Media Ltd",
    "Harbour Press Group",
    "The Daily Ledger",
)
"""Copyright holders."""

KICKERS: tuple[str, ...] = (
    "US - Russia Relations",
    "Election 2024",
    "Markets",
    "Analysis",
    "Climate Crisis",
    "Health",
    "Cost of Living",
)
"""Topic labels before a headline's colon."""

TITLES_OF_HEADLINES: tuple[str, ...] = (
    "Talks Stall As Both Sides Dig In Over Border Dispute",
    "Central Bank Holds Rates Steady Despite Inflation Fears",
    "Hospitals Brace For Busy Winter As Staff Shortages Bite",
    "Russia's Economy Shrinks For Second Quarter In A Row",
    "NATO's Eastern Members Call For More Troops",
    "Shares Slide As Oil Prices Climb To Two-Year High",
    "City Unveils Plan To Cut Traffic By A Third",
    "Farmers' Protest Blocks Roads Into Capital",
    "Record Heat Forces Schools To Close Early",
    "Tech Giant Fined Over Data Breach",
)
"""Headline titles (no names, no colon, no quotation marks)."""

FILLER: tuple[str, ...] = (
    "The U.S. economy grew {pct} in the third quarter, faster than expected.",
    "Russia’s central bank raised its key rate to {pct} on {weekday}.",
    "NATO's eastern members want more troops along the border.",
    "The deal is worth about {money}, making it the largest of the year.",
    "Analysts had expected a loss of {money} after a weak summer.",
    "The players' union plans to strike over the new contracts.",
    "Investors' confidence has fallen to its lowest level since the '90s.",
    "The city's rock 'n' roll museum reopened after a closure of {number} days.",
    "Fans will have to wait ’til the spring for the stadium to reopen.",
    "The 6'2\" forward missed the last {number} games with an injury.",
    "Turnout was {pct}, up from {pct2} at the previous election.",
    "Prices in the eurozone rose {pct} in {month_name}, official figures showed.",
    "The company's shares fell {pct} in early trading in {city}.",
    "More than {thousands} people have been forced from their homes.",
    "It’s the third time this year that the talks have broken down.",
    "The U.K. government has set aside {money} for the programme.",
    "The EU's foreign ministers will meet in {city} next week.",
    "Negotiations between the two sides haven't produced any results.",
    "The budget for the project has grown to {money} from {money2}.",
    "Officials in {city} didn't give a timetable for the repairs.",
    "The IMF expects growth of {pct} next year.",
    "The 1990s-era pipeline carries gas to {number} countries.",
    "Unemployment has risen for {number} months in a row.",
    "The vote was delayed until after the summer recess.",
)
"""Narrative sentences with slots: no quotation marks, names or cue verbs."""

CITIES: tuple[str, ...] = (
    "Moscow",
    "London",
    "Brussels",
    "Berlin",
    "Warsaw",
    "Nairobi",
    "Tokyo",
    "Madrid",
)
"""Cities named in filler sentences."""

WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
"""Weekdays named in filler sentences."""

MONTH_NAMES: tuple[str, ...] = ("January", "March", "June", "September", "November")
"""Months named in filler sentences."""

STATEMENTS: tuple[str, ...] = (
    "All rights reserved.",
    "All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
)
"""Rights statements of copyright footers."""
