"""The role lexicon: validation with file:line errors, classification of speaker phrases, YAML-only roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from carelead import resources
from carelead.errors import ConfigError
from carelead.passages.roles import RoleLexicon, classify_text, load_lexicon


@pytest.fixture(scope="session")
def lexicon() -> RoleLexicon:
    return load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)


def test_default_lexicon_has_the_issue_roles(lexicon: RoleLexicon) -> None:
    assert set(lexicon.ids) >= {
        "director",
        "provider",
        "user",
        "political",
        "national",
        "workforce",
        "nhs",
        "document",
        "interviewee",
        "other",
        "author",
    }
    assert lexicon.fallback.narrative == "author"
    assert lexicon.fallback.unknown == "interviewee"


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("One highly experienced owner of care homes", "provider"),
        ("the shadow care minister, Nadia Firth MP", "political"),
        ("Priya Lambert, chief executive of Ability Forward", "national"),
        ("Dr Marion Keating, chief executive of Carers Voice England", "national"),
        ("Gareth Pryce, chief executive of the Independent Homecare Providers Network", "provider"),
        ("Cllr Ann Hale, Chair of the Adult Social Care Board", "political"),
        ("Sarah Lee, manager at Oakview House", "provider"),
        # the place a post covers, in brackets, before the body it is held at
        ("Dr Simon Raikes – Director of Place (Haldane), Northshire Integrated Care Board", "nhs"),
        ("Marcus, one of our social care assessors", "workforce"),
        ("Jen, one of our OTs", "workforce"),
        ("My old practice educator, Gwen Talbot", "workforce"),
        ("the leader of one county council", "political"),
        # carers who are paid: by the shift, the years, or whose carer they are
        ("One of our night carers, Precious", "workforce"),
        ("A carer with six years' experience", "workforce"),
        ("Last week her carer, a lovely young woman", "workforce"),
        ("a carer with lived experience", "user"),
        # a post and a second one after "and": each held where it is
        (
            "Helen Brandreth, Director of Adult Social Services at Westshire County Council and"
            " ADASS spokesperson on workforce",
            "director",
        ),
        ("Dr Helen Carrick, Director of People at NHS Northmoor and Dales ICB", "nhs"),
        # what a forecast, a grant's terms or a jury's reasons say is a document's
        ("The outlook", "document"),
        ("The grant conditions", "document"),
        ("The jury’s written reasons for Recommendation 1", "document"),
        ("Aneurin Bevan, founder of the NHS", None),
        ("A spokesperson for the Local Government Association", "document"),
        ("a Department of Health and Social Care spokesperson", "document"),
        ("A government spokesperson", "national"),
        ("Cllr Tom Weller, the opposition spokesperson for adult social care", "political"),
        ("Aisha Rahman, Director of Policy at the NHS Confederation", "nhs"),
        # a post at a body the lexicon does not list: the body's, not a director of adult services
        ("Dr Anita Ravensworth, Director of Policy at the Carrick Trust", "national"),
        ("commissioners employed by integrated care boards", "nhs"),
        ("Kerry, who works for a home care agency in Lincolnshire", "workforce"),
        ("A manager who had come up through the home's own care staff", "provider"),
        # a head noun that only modifies the next one yields to it
        ("A young carers' worker at one carers' centre", "workforce"),
        ("one carers' centre manager", "provider"),
        ("a family carer", "user"),
        # the press's names for the director's post
        ("One council care chief quoted in the report", "director"),
        ("the council's interim adult social care boss", "director"),
        # a review's chair is a person, its report a document's
        ("Dame Patricia Holloway, chair of the review", "national"),
        ("Sir Gordon Messenger, who chaired the independent review", "national"),
        ("the final report of the review", "document"),
        ("Dr Anita Rao, a partner at the local practice", "nhs"),
        ("A deputy director of place development", "nhs"),
        ("a deputy director of adult social services", "director"),
        ("Another manager, registered with CQC for nine years", "provider"),
        # a care team's supervisor, promoted from the rota
        ("A supervisor in Wyebridge", "workforce"),
        # a council's care manager assesses; an agency's domiciliary care manager runs it
        ("A care manager in a Midlands locality team", "workforce"),
        ("one care manager in a hospital discharge team", "workforce"),
        ("One domiciliary care manager in Kent", "provider"),
        # one of a care business's carers, in its manager's words, is one of its staff
        ("one of my senior carers, who has worked here longer than I have", "workforce"),
        ("Tom, one of our newer carers", "workforce"),
        # a national body's head is the body's kind: a charity's national, a company's provider
        ("the chief executive of a national home care company", "provider"),
        ("The chief executive of a national carers’ charity", "national"),
        # a council's leader by the kind of council
        ("One county leader, who had held the finance portfolio", "political"),
        # a council's head of a service is one of its senior officers
        (
            "Mark Hollins, the council's head of service for learning disability and autism",
            "director",
        ),
        # a federation, in this field, is the providers' trade body
        ("Rachel Ndlovu, Chief Executive of the Independent Care Federation", "provider"),
        # a care group's posts above its homes, and the directors' own regional network
        ("A regional director of a large group", "provider"),
        ("the group's operations director", "provider"),
        ("the CQC's director of operations for the north", "national"),
        ("Mr Whitlock, who chaired the regional directors' network", "director"),
        # a body's officer as the press writes them, the body's name before the post
        ("Age Forward chief executive Marcus Oyelaran", "national"),
        ("Brightwell Homes chief executive Sam Lee", "provider"),
        ("Campaign founder Sunita Rahman, whose son attends the day centre", "user"),
        # who founded a care business
        ("She set up a care home in 1998", "provider"),
        ("Pat, who founded two care homes in Devon", "provider"),
        # what they were yields to where they work now
        ("Another interviewee, a former director now working nationally", "national"),
        # a member of a user-led group of any kind
        ("A member of a user-led disability forum in the northern county", "user"),
        # who manages a social work team, not a provider's service
        ("Bernadette, who manages a hospital social work team in the city", "workforce"),
        ("who manages a care home", "provider"),
        # a party's group on the council, and its leader
        ("Conservative group leader Martin Hale", "political"),
        # a national adviser, whatever the field's own words would say
        ("Dr Neil Ashworth, national adviser for learning disability and autism", "national"),
        # one of a mixed cohort's people from the NHS
        ("NHS participant, cohort 2", "nhs"),
        ("several NHS participants", "nhs"),
        ("an inspector with CQC", "national"),
        (
            "Cllr Anita Varma, adult social care spokesperson for the County Councils Network",
            "political",
        ),
        ("the chief executive of the Home and Residential Care Alliance", "provider"),
        ("A Department of Health and Social Care spokesperson", "document"),
        (
            "Cllr Tom Pryce, the Liberal Democrat opposition spokesman for adult social care",
            "political",
        ),
        ("Dr Aled Morgan (AM) Partner Member - Primary Medical Services", "nhs"),
        ("the director of care", "provider"),  # a provider's head of care (see the lexicon)
        ("Research commissioned for this review from the Institute for Care Research", "document"),
        ("The King's Fund report", "document"),
        ("Commissioning manager, NHS Ashvale Integrated Care Board", "nhs"),
        ("One local authority respondent", "director"),  # a council answering a consultation
        ("National stakeholder, interview 40", "national"),  # a coded descriptor
        ("Another national interviewee", "national"),
        ("a council social worker", "workforce"),  # not the council's director
        (
            "The chief executive of a provider of supported living for people with autism",
            "provider",
        ),
        ("Skills for Care’s annual assessment of the workforce", "document"),
        ("Tom Riddell MP, who cared for his father for six years", "political"),
        ("the chair of a national network for Black and minority ethnic leaders", "national"),
        ("The head of a national membership organisation", "national"),
        ("Dr Samir Bhatt, Director of Place (Calderbrook) for the integrated care board", "nhs"),
        ("Rajesh Patel, who owns two family-run care homes", "provider"),  # not "family": a user
        ("One director, in a council where direct payment take-up has risen,", "director"),
        ("A senior official in the Department", "national"),
        ("The same council's own workforce strategy", "document"),
        ("One participant, who manages a 40-bed home", "provider"),
        ("The association's chair", "provider"),
        ("P44, ICB place-based manager, Site A", "nhs"),
        ("A member of the review's lived experience panel, who has used a direct payment", "user"),
        ("A 2023 mapping exercise by the Calder Institute", "document"),
        ("Responding for the Opposition, the shadow minister", "political"),
        ("Site B’s own market sustainability plan", "document"),
        ("The Institute's discussion paper, circulated to participants in advance", "document"),
        ("The council's response to her complaint", "document"),
        ("Sheila Whitmore, 68, who cares for her husband and is a carer ambassador", "user"),
        ("Participant 37, who has used home care since a stroke", "user"),
        ("Professor Martin Green OBE, Chief Executive of Care England,", "provider"),
        ("Cllr Jane Smith, chair of the LGA community wellbeing board,", "political"),
        ("One local government cabinet member for social care", "political"),
        ("As one director of adult social services", "director"),
        ("Directors of Adult Social Services", "director"),
        ("the Association of Directors of Adult Social Services", "director"),
        ("A service user", "user"),
        ("One service user who has chaired groups that cross local authority boundaries", "user"),
        ("The head of a national pressure group in this area", "national"),
        ("the director of one home care agency", "provider"),
        ("A GP in the town", "nhs"),
        ("Two GPs", "nhs"),
        ("The NAO", "document"),
        ("one care worker", "workforce"),
        ("one outsider", None),
        ("John Smith, managing director of Bluebird Care", "provider"),
        ("Jane Doe, director of policy at Age UK", "national"),
        ("the director of public health", "nhs"),
        ("One interviewee, a former director,", "director"),  # interviewee yields to a named role
        ("One interviewee", "interviewee"),
        ("A senior civil servant", "national"),
        ("The chief executive of the charity Carers Together", "national"),
        ("One PA", "workforce"),
        ("Several staff from minority ethnic backgrounds", "workforce"),
        ("One member of staff", "workforce"),
        ("The owner of a home care agency with 140 staff", "provider"),  # staff employed
        ("One team manager", "workforce"),
        ("A ward sister", "nhs"),
        ("A trust discharge lead", "nhs"),
        ("The hospice's chief executive", "provider"),
        ("An ICB deputy director for urgent care", "nhs"),  # a post held at the ICB
        ("ADASS deputy director", "director"),
        ("the deputy director of commissioning at the CCG", "nhs"),
        ("A director of operations at an acute trust", "nhs"),  # a kind of body, not a person
        ("An NHS commissioner working in an integrated care board", "nhs"),
        # a title before a name yields to the post after it
        (
            "Professor Nadia Whitfield OBE, Chief Executive of the Community Care Providers Federation",
            "provider",
        ),
        ("Cllr Amina Rahman, chair of the Local Government Association's board", "political"),
        ("The son of a woman who moved into a nursing home in 2022", "user"),
        ("an international recruit working as a senior carer", "workforce"),
        ("Lorraine Stubbs, place director for the integrated care board", "nhs"),
        ("a provider of supported living for people with learning disabilities", "provider"),
        ("Opposition members", "political"),
        ("SCWU general secretary Maxine Oduya", "national"),  # the head of a national union
        ("Dawn Hollis, UNISON's regional organiser for the North West", "workforce"),
        # a devolved government speaks in its publications, its ministers in person
        ("the Scottish Government and COSLA", "document"),
        ("the Welsh Government’s minister for social care, Jane Evans", "national"),
        # what a person sends is their words; a body's report or letter stays a document
        ("A letter from a daughter in Leeds", "user"),
        ("A letter from the council", "document"),
        ("A report from the King's Fund", "document"),
        # its national officers lead it as its head does; its regional officers organise the workforce
        ("Maria Kowalczyk, national officer for social care at Unison", "national"),
        ("The union's head of social care, Christine Yardley", "national"),
        ("Members of the health and adult social care scrutiny committee", "political"),
        ("Health partners", "nhs"),
        ("One senior NHS leader", "nhs"),
        ("A member of a co-production group in a London borough", "user"),
        ("The foundation’s director, Dr Amira Haddad", "national"),  # a charity's, not a DASS
        ("Westmarch Hospitals NHS Foundation Trust", "nhs"),
        ("said a place-based partnership lead", "nhs"),
        # what a body publishes is a document: the possessor names the body behind it
        ("The charity’s annual report", "document"),
        ("The foundation’s published grants strategy", "document"),
        # ... but a possessive with its noun left out names the person
        ("The assistant director’s was typical of the more measured responses", "director"),
        # people, with nothing else to place them: the public a report heard from
        ("When we asked what would have helped, people", "user"),
        ("people who work in care homes", "workforce"),
        # what someone was for years is what they are known as when the phrase says nothing else
        ("Judith Penhaligon, who spent 14 years as director of adult social services", "director"),
        ("Sam Okoro, who spent 20 years as a district nurse and now runs a care home", "provider"),
        # a council's principal social worker, as the sector abbreviates
        ("One PSW", "workforce"),
        ("one of the PSWs we interviewed", "workforce"),
        # a council's commissioners by their posts; a manager's post at a body is the body's
        ("A commissioning manager", "director"),
        ("The council's head of commissioning", "director"),
        ("A commissioning manager at one integrated care board", "nhs"),
        ("a discharge manager at Harling Royal Infirmary", "nhs"),
        ("P05, primary care", "nhs"),
        ("Registered manager, Brookvale Care", "provider"),
        # a care business run by a family is a provider, its owner too; a family carer is a user
        (
            "Gareth Pryce runs Valewood Home Care, a family firm employing 85 care workers",
            "provider",
        ),
        ("the owner of a family business of three care homes", "provider"),
        ("a family carer", "user"),
        # what a speaker's business has makes them a provider, its staff no workforce of theirs;
        # not the home a relative lives in
        ("Marcus Lyle, whose group has 14 homes and around 900 staff", "provider"),
        ("Karen Doyle, whose 91-year-old mother has lived at the home for three years", "user"),
        ("The chief executive of a not-for-profit group with nine homes", "provider"),
        ("Delroy, who now runs a housing with care organisation", "provider"),
        # working for an agency after another life, or joining one, is its workforce
        (
            "Tomasz Nowak, who moved to Hexford in 2019 and now works for a home care agency",
            "workforce",
        ),
        (
            "Akosua, who joined a home care agency in Thornbury after the Academy course",
            "workforce",
        ),
        ("Tendai, who came from Harare in 2022 and works for a home care agency", "workforce"),
        # a contact centre's or a helpline's adviser answers the calls; a lived experience adviser
        # draws on care
        ("One senior adviser, who has worked in the centre since it opened", "workforce"),
        ("One former Downing Street adviser, who asked not to be named", "national"),
        # a home's resident, as its own page has it; an autistic adult speaking for themselves
        ("Doreen, who's lived with us three years", "user"),
        ("An autistic adult who preferred to answer our questions in writing", "user"),
        ("the founder of a small supported living organisation in the Midlands", "provider"),
        ("Joan, who has been head of housekeeping at Ashcombe for sixteen years", "workforce"),
        ("One NHS workforce lead", "nhs"),
        # a disability rights campaigner is a disabled person speaking for themselves and others,
        # over the body they founded; a disability charity's head is national by the post
        (
            "Rhiannon Fisher, disability rights campaigner and co-founder of Disabled People"
            " Leading Change (Tyneside)",
            "user",
        ),
        ("the chief executive of a national disability rights charity", "national"),
        # a relation says whose someone is; the clause after, what they are - unless it says
        # what is done for them
        (
            "His daughter, Siobhan Halloran, who has been the home's registered manager since 2014",
            "provider",
        ),
        ("Her son, who now runs the agency", "provider"),
        ("Her father, Ken, who now receives two visits a day from a home care agency", "user"),
        # ... and so does a post in apposition after the name: the founder's son, a GP
        ("His son, Dr Richard Ormerod, a GP in Harrogate", "nhs"),
        ("Her mother, who has dementia", "user"),
        # ... and the group someone is one of, to the title before their name
        ("One of the panel members, Cllr Tom Whitlock", "political"),
        ("One of the panel members", "user"),
        ("Tom Riddell MP, who cared for his father", "political"),
        # a council's front-line officers; an ICB's director for one place
        ("said one community care officer", "workforce"),
        ("As one approved mental health professional put it", "workforce"),
        ("The place director told us", "nhs"),
        # a group or chain of homes is a care business
        ("the chief executive of a group of nine homes in the East Midlands", "provider"),
        # a carers' centre, which the council commissions to support carers
        ("Lorraine Pike, manager of Calderbrook Carers Centre", "provider"),
        # a credit that opens on what the person is, then the setting: no provider's
        ("Resident, nursing home, Hartsfield", "user"),
        ("Relative, nursing home, Marlbridge town", "user"),
        ("Mentee, registered manager, residential care", "provider"),
        # those standing for election
        ("Martin Oyelaran is the Conservative candidate, a businessman", "political"),
        ("Bev Marsh is standing as an independent for Kellingford First", "political"),
        # who has worked at a home is its staff; a post placed beside it says more
        ("Kerry Walsh, who has worked at Millbrook House for 17 years", "workforce"),
        ("the manager, who has worked at the home since 2009", "provider"),
        # whose own support hours or care package were cut draws on care
        ("Amira, 31, who co-founded the campaign after her own support hours were cut", "user"),
        ("Our lived experience adviser, Marion, who employs two personal assistants", "user"),
        # taking over the business is running it, whoever it came from
        ("Varma, who took over the business from his parents in 2015", "provider"),
        # "Living" ends a care business's name; a centre for independent living is disabled
        # people's; a board's co-opted member listed with their lived experience
        ("Operations Lead, Lantern Supported Living", "provider"),
        ("chief executive of Larkspur Living", "provider"),
        ("director of the Westshire Centre for Independent Living", "user"),
        ("Co-opted Board member (lived experience)", "user"),
        # the people who work in care, as a survey of them says ("people" alone would be the
        # public's)
        ("people working in adult social care", "workforce"),
        ("anyone who works in social care", "workforce"),
        # a network is a body; a managers' network is care managers'
        ("founder, Black Care Leaders Network", "national"),
        ("Rachel Ndlovu, founder of the Outstanding Managers Network", "provider"),
        # a care home's cook and activities lead; not a retired school cook, whose age (not
        # read here) places her
        ("Head cook Marion Hebblethwaite", "workforce"),
        ("Ravi Chauhan, the home's wellbeing and activities lead", "workforce"),
        ("Edna Parkin, 84, a retired school cook from Thornley", None),
        # who manages or runs a home by its name
        ("Linda Fairweather, who manages Ashgrove Lodge", "provider"),
        ("Tom, who runs Larkhill House with his sister", "provider"),
        # a disabled person, by the adjective alone
        ("one disabled Londoner", "user"),
        # an NHS team's manager, not a care provider's
        ("The manager of an NHS community learning disability team", "nhs"),
        # who has worked for an agency for years
        ("Kelly, who has worked for Ashby Home Care for eleven years", "workforce"),
        ("Another, who had worked for the same agency since 2015", "workforce"),
        # whoever directs a body's policy work, not a council's services
        ("Priya Nandakumar, director of health and care policy", "national"),
        ("our director of policy and campaigns", "national"),
        ("head of social care policy", "national"),
        # a care company by its name, "Services" closing it as a legal form does; a council's
        # department is its sector
        ("Mike Tierney (Tierney Care Services)", "provider"),
        ("Director of Adult Care Services", "director"),
        # a network of people with lived experience is theirs, whatever a network is
        ("Leroy Grant, co-chair of the Lived Experience Network", "user"),
        # the NHS's community health services, as a study names its interviewees' sector
        ("Int 14, NHS community services", "nhs"),
        # a body known by a word of its name ("Alliance") is what its apposition says it is
        (
            "Representatives of the Norfolk and Suffolk Independent Care Alliance, a local provider "
            "association",
            "provider",
        ),
        # a family company is a business, not a relative; its managing director speaks for it
        ("a small family company", None),
        ("Beechcroft Care Ltd, a family business whose managing director is Mr Hollis", "provider"),
        # "used to" is a habit, no use of services; a wildcard takes no infinitive's "to"
        ("Pat, who used to commission services for the council", None),
        ("Pat, who uses day services", "user"),
        # a policy post is held at a body and speaks for it, no care service's manager
        ("Marcus Obi, policy manager at The Carers’ Alliance", "national"),
        ("Hannah Webb, policy officer at Care England", "provider"),
        # a provider's head of care, no council's
        ("Nadia Khan, our Director of Care Quality", "provider"),
        ("A director of care services at a large housing association", "provider"),
        ("director of adult care services", "director"),
        # a care business and its head as the press calls them; a council's "social care boss"
        ("Care firm boss", "provider"),
        ("care bosses hit out as council brings home care in-house", "provider"),
        ("social care boss", "director"),
        # a hospital someone was discharged from is none of theirs; its head of discharge is its
        ("A man discharged from Eastmoor General Hospital", None),
        ("Kevin Osei, head of discharge at NHS Nottingham and Trent Valley ICB", "nhs"),
        # a body's senior figure speaks for it
        ("A senior figure at Shared Lives Plus", "national"),
    ],
)
def test_classify_speaker_phrases(lexicon: RoleLexicon, phrase: str, role: str | None) -> None:
    assert classify_text(phrase, lexicon) == role


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "roles.yaml"
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = """\
fallback:
  narrative: author
  unknown: someone
  named: someone
  second_hand: someone
  cited: someone
roles:
  - id: author
    label: Authors
    description: The authors.
  - id: someone
    label: Someone
    description: Anyone.
"""


def test_a_role_is_added_by_editing_yaml_only(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        MINIMAL
        + """\
  - id: housing
    label: Housing
    description: Housing officers and providers.
    head_nouns: [landlord]
    phrases: [housing officer]
    organisations: [National Housing Federation]
    name_words: [Housing]
""",
    )
    lex = load_lexicon(path)
    assert classify_text("One housing officer", lex) == "housing"
    assert classify_text("the chair of Northmoor Community Housing", lex) == "housing"
    assert classify_text("a spokesperson for the National Housing Federation", lex) == "housing"
    assert classify_text("Two landlords", lex) == "housing"
    assert classify_text("One director", lex) is None


def test_posts_at_unlisted_organisations_take_the_organisation_fallback(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    assert classify_text("Jo Bell, chief executive of Ability Forward", load_lexicon(path)) is None
    text = path.read_text(encoding="utf-8").replace(
        "  cited: someone\n", "  cited: someone\n  organisation: someone\n"
    )
    path.write_text(text + "organisation_posts: [chief executive]\n", encoding="utf-8")
    lex = load_lexicon(path)
    assert lex.fallback.organisation == "someone"
    assert classify_text("Jo Bell, chief executive of Ability Forward", lex) == "someone"
    assert classify_text("Jo Bell, chief executive of the NHS", lex) is None  # a lone acronym


def test_an_empty_organisation_post_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + 'organisation_posts: [chair, "  "]\n')
    with pytest.raises(ConfigError, match=r":\d+: organisation_posts.*an empty post"):
        load_lexicon(path)


def test_a_name_word_is_one_capitalised_word(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "    name_words: [housing]\n")
    with pytest.raises(ConfigError, match="a name word is one capitalised word"):
        load_lexicon(path)


def test_unknown_field_is_refused_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "    colour: red\n")
    with pytest.raises(ConfigError) as err:
        load_lexicon(path)
    assert str(err.value).startswith(f"{path}:14: roles.1.colour: ")
    assert "Extra inputs are not permitted" in str(err.value)


def test_spokespeople_is_statement_or_person(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "    spokespeople: sometimes\n")
    with pytest.raises(
        ConfigError, match=r":14: roles\.1\.spokespeople: .*'statement' or 'person'"
    ):
        load_lexicon(path)
    path = write(tmp_path, MINIMAL + "    spokespeople: person\n")
    assert load_lexicon(path).voiced_by_spokespeople == {"someone"}


def test_head_noun_must_be_one_word(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "    head_nouns: [care home owner]\n")
    with pytest.raises(ConfigError, match=r":14: roles\.1\.head_nouns: .*one word"):
        load_lexicon(path)


def test_fallback_must_name_a_role(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("unknown: someone", "unknown: nobody"))
    with pytest.raises(ConfigError, match=r"fallback\.unknown: 'nobody' is not a role id"):
        load_lexicon(path)


def test_duplicate_role_ids_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("id: someone", "id: author"))
    with pytest.raises(ConfigError, match="role ids must be unique: author"):
        load_lexicon(path)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "roles:\n  - id: [unclosed\n")
    with pytest.raises(ConfigError, match=rf"^{path}:\d+: invalid YAML"):
        load_lexicon(path)


def test_a_pipeline_without_lookup_lemmatizer_still_matches_plurals(lexicon: RoleLexicon) -> None:
    import spacy

    from carelead.passages.roles import RoleMatcher

    matcher = RoleMatcher(
        lexicon, spacy.blank("en")
    )  # no lemmatizer component, as in a trained model
    doc = matcher.make("Two Directors of Adult Social Services")
    found = matcher.classify(doc[:], matcher.matches(doc))
    assert found is not None and found.role == "director"


def test_words_first_met_later_are_normalised_too(lexicon: RoleLexicon) -> None:
    import spacy

    from carelead.passages.roles import RoleMatcher

    matcher = RoleMatcher(lexicon, spacy.blank("en"))
    matcher.make("Directors said")
    later = matcher.make("Quirkish GPs said")  # made after the vocabulary's first normalising
    assert [t.norm_ for t in later] == ["quirkish", "gp", "say"]
    found = matcher.classify(later[:], matcher.matches(later))
    assert found is not None and found.role == "nhs"


def test_cue_phrases_decide_the_role_from_anywhere_in_the_cue(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        MINIMAL
        + """\
  - id: council
    label: Council
    description: Councils.
    head_nouns: [council]
  - id: paper
    label: Paper
    description: Written words.
    cue_phrases: [in a letter]
""",
    )
    lex = load_lexicon(path)
    assert classify_text("the council", lex) == "council"
    assert classify_text("in a letter", lex) is None  # a cue phrase names no speaker by itself


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("A couple in Saltmarsh", "user"),
        ("One man who uses a hoist", "user"),
        ("A woman in her eighties who employs two personal assistants", "user"),
        ("A woman who owns a home care agency", "provider"),  # what she does names the role
        ("One woman, a social worker in the hospital team,", "workforce"),
        ("one person", "user"),  # an inspection report's "one person told us"
        ("One person who runs a care home", "provider"),
        ("the cost per person", None),  # a rate, no one
        ("One self-advocate, who has chaired her speaking-up group for eleven years,", "user"),
        ("one parent", "user"),
    ],
)
def test_a_lay_person_is_the_lay_fallback_only_when_nothing_else_names_a_role(
    lexicon: RoleLexicon, phrase: str, role: str
) -> None:
    assert classify_text(phrase, lexicon) == role


def test_lay_people_need_the_lay_fallback(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "lay_people: [woman]\n")
    assert classify_text("One woman", load_lexicon(path)) is None
    text = path.read_text(encoding="utf-8").replace(
        "  cited: someone\n", "  cited: someone\n  lay_person: someone\n"
    )
    path.write_text(text, encoding="utf-8")
    assert classify_text("One woman", load_lexicon(path)) == "someone"


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("A senior practitioner in the hospital social work team", "workforce"),
        ("an advanced nurse practitioner", "nhs"),
        ("a paramedic on this patch", "nhs"),  # an NHS ambulance service's
        ("Dan Whitley (Ops Director)", "provider"),  # a care group's, as its staff shorten it
        ("An elected council member with responsibility for adult social care", "political"),
        ("A researcher from a national research organisation", "national"),
        ("A member who owns two residential homes in Lincolnshire", "provider"),
        ("A member running four homes in Derbyshire", "provider"),
        ("Priya, who looks after her mother", "user"),
        ("one complainant", "user"),
        ("The nominated individual", "provider"),
        ("The activities coordinator", "workforce"),
        ("A community nurse", "nhs"),
        ("Sir Edmund Rawle, Permanent Secretary at the Department of Health", "national"),
        (
            "Kamran Siddiqui, Assistant Director for Adult Social Care, Integrated Commissioning",
            "director",
        ),  # "Social Care" is the field, not a provider called "... Care"
        ("chief executive of Pennine Vale Care", "provider"),
        ("Deborah, who employs three PAs and has multiple sclerosis", "user"),
        ("Joanne Pryce, who has employed her own PAs for 15 years", "user"),
        ("Asha, who is 34 and has employed PAs since she was at university", "user"),
        ("Dr Nadia Olusanya, Chair, Independent Care Homes Forum", "provider"),  # its members
        ("The NHS place director", "nhs"),
        ("The council's website", "document"),
        ("The partners' business case for the programme, agreed in 2021,", "document"),
        ("Another, who has worked at a county carers’ centre for eleven years", "workforce"),
        ("the NHS and the council director", "director"),
        ("Sunita Mahal uses a personal budget and co-chairs the board with the director", "user"),
        ("Jo Bell, director of the Ageing Well Foundation", "national"),
        ("A PA employer from the North East", "user"),  # not a PA
        ("Joe, whose support is funded jointly by his council and his ICB", "user"),
        ("Lucy, 41, who has cerebral palsy", "user"),
        ("One, who has managed a personal budget for more than a decade", "user"),
        ("She retired last year after fifteen years as a district nurse", None),
        ("Ken, who was diagnosed with Alzheimer's two years ago", "user"),
        ("Dr Imran Qureshi, Director of Place Partnerships, NHS Fennmoor and Wyre ICB", "nhs"),
        ("Grace, who has used mental health and social care services for twenty years", "user"),
        ("Tariq, who has used day services since he was eighteen", "user"),
        ("Sam, a member in their twenties who is autistic", "user"),
        ("the chief executive of a provider of supported living for autistic people", "provider"),
        ("the Social Care Secretary", "national"),
        ("Chris Bell, Director of Intermediate Care at NHS Fenn ICB", "nhs"),  # a service's name
        (
            "Ruth Kowalczyk, Director of Adult Care at Holdenby Metropolitan Borough Council",
            "director",
        ),
        ("the discharge nurse", "nhs"),  # a hospital's, where a nurse alone is a care home's
        ("Daughter, following discharge from Greyminster Royal Hospital", "user"),  # not its staff
        # placed only by the people they employ: a care business (a PA employer is a user)
        (
            "Sandra Whitcombe, who founded Kettlesby Home Support and employs 48 care workers",
            "provider",
        ),
        ("a union which represents care workers", "workforce"),
        ("Ruth's mum, Janet", "user"),
        ("one dad at the carers' group", "user"),
        ("a ward sister", "nhs"),  # a hospital's senior nurse, not someone's sister
        ("Delroy, who has worked in home care for eleven years", "workforce"),
        ("our dementia support coordinator, Lorraine Hebden", "workforce"),
        ("The senior sister on the admitting ward", "nhs"),
        ("Shared Lives carer, long-term and short-break arrangements", "workforce"),
        ("AD, county council", "director"),  # a credit line's abbreviated post
        # one of a regulator's inspectors is a person; its inspectors together, its report
        ("One of our inspectors in the South West", "national"),
        ("Inspectors found that", "document"),
        # a day centre's manager runs a service; a man who goes to one draws on it
        ("The manager of the Eastbrook Day Centre, an independent provider", "provider"),
        ("A man who goes to the Brook Lane day centre", "user"),
        ("Joseph, who has attended a Brindley day centre for more than twenty years", "user"),
        # ... or the centre a meeting's record is about, in its speaker's label
        ("Margaret Hughes (attends the centre)", "user"),
        ("Group chief executive Priya Nair", "provider"),  # a care group's head
        (
            "Michelle Greaves, who co-chairs the Board and has used our home care service since 2019",
            "user",
        ),
        ("Another day centre member", "user"),
        # who manages a direct payment draws on it (the provider's "who manages a" is a home's)
        ("A carer who manages a direct payment for her mother", "user"),
        ("Maria, a personal assistant employer", "user"),
        ("Sue, who manages a 40-bed home near Leeds", "provider"),
        ("Regional organiser Dean Hargreaves", "workforce"),  # a union's, in its newsletter
        # a post's body after "for" is where it is held, in capitals too (a service's "for
        # people" is whom it serves)
        ("Claire Whitley, director of urgent and emergency care for NHS England", "nhs"),
        ("Its architect, a director of workforce for the ICS", "nhs"),  # "for the" body too
        ("the chief executive of a not-for-profit home care organisation", "provider"),
        ("one financial assessment officer", "workforce"),  # a council's casework officers
        ("A care navigator employed by a county council", "workforce"),
        ("A man who had been waiting for an OT assessment for a stairlift", "user"),
        # a body which represents bodies speaks for their kind, as one of care providers does
        (
            "Matthew Cairns, chief executive of the NHS Leaders Network, which represents"
            " hospital trusts",
            "nhs",
        ),
        # someone the authors interviewed, whom nothing else places (the press's "a woman" is the
        # public's, and "a woman we spoke to, who uses a wheelchair" a user)
        ("One person we spoke to", "interviewee"),
        ("one woman I interviewed", "interviewee"),
        ("A woman we spoke to, who uses a wheelchair", "user"),
        # who chaired an inquiry or a commission, as who chaired a review
        (
            "Lord Whitcombe, who chaired the House of Lords inquiry into adult social care",
            "national",
        ),
        ("Sir Malcolm Ridley, who chaired one of the earlier independent commissions", "national"),
        ("Deborah Quayle, branch secretary of Hollinsfield UNISON", "workforce"),
        ("Speaking after the meeting, the Labour leader", "political"),  # a party's, on the council
        ("the Lib Dem leader", "political"),
        # where someone lives: a resident, or a resident's family (not a campaign for them)
        ("Joan Ashworth, who has lived at Rowan Court for three years", "user"),
        ("His daughter, Claire, who lives in Bristol", "user"),
        ("Mrs Okoro, who moved in last spring after a fall", "user"),
        ("Another member, a night senior in a nursing home near Hull", "workforce"),
        ("One newer carer, a former HGV driver", "workforce"),
        # written rules and opinion a text quotes
        ("Castleford's joint discharge protocol", "document"),
        ("Clause 31 of the contract", "document"),
        ("Your editorial (11 March)", "document"),
        ("The regulator found that", "document"),
        ("the regulator's chief inspector of adult social care", "national"),
        ("director of a national campaign for people living in care homes", "national"),
        ("Jo, who runs the Leeds branch of Carers UK", "national"),  # a charity's branch
        ("Person living with a Shared Lives carer, long-term arrangement", "user"),
        ("the Chief Nurse for Adult Social Care", "national"),  # the government's, not a trust's
        ("Helen Mabey, Group Chief Executive of Pennant Housing Group", "provider"),
        ("Mr Okafor, who is supported at home four times a day", "user"),
        ("Another panel member was more sceptical", "user"),
        ("Members of Elmshire Making It Real", "user"),
        (
            "Dan, 29, works nights in a nursing home in Kent",
            "workforce",
        ),  # works there, not runs it
        ("Dean, who has worked nights here for six years", "workforce"),
        ("Hazel Lodge chef Tomasz Nowak", "workforce"),
        ("The Petition presented to full Council", "document"),
        ("The board’s terms of reference, revised in 2023", "document"),
        ("The motion passed unanimously at the union’s conference in June", "document"),
        # a business's functional directors are no director of adult social services; held at a
        # named body, they are that body's
        ("Its director of people, Tom Reddaway", "provider"),
        ("One care home group’s HR director put it bluntly", "provider"),
        ("The provider’s director of operations told the review", "provider"),
        ("said Andrea Sowerby, the CQC’s director of operations for the north", "national"),
        ("One NHS trust finance director observed", "nhs"),
        # a nurse at a trust, by its name as staff shorten it
        ("Hannah Brooks - Adult Safeguarding Lead Nurse, Kelby Hospitals NHS FT", "nhs"),
        # ... nor is an investor's in care groups
        ("Tariq Hussain, Investment Director at Greenway Social Ventures, commented", "provider"),
        # a publication by people: the publication's words ("Response from Councillor Mark
        # Treadwell" is his own answer)
        ("A 2024 study by researchers at the University of Castleford found that", "document"),
        (
            "Response from Councillor Mark Treadwell, Cabinet Member for Adult Social Care",
            "political",
        ),
        # a post's whole title before where it is held: the body's
        (
            "Anita Shah, director of adult social care assessment at the Care Quality Commission",
            "national",
        ),
        ("director of adult social services at Kent County Council", "director"),
        # what someone trained as is who they are only when nothing else says
        ("Kemi, who trained as a nurse in Nigeria and now works for two employers", "workforce"),
        ("this email from Sue Brennan, who chairs the Eastvale Care Association", "provider"),
        ("Dave runs two care homes in Kingsmere", "provider"),
        ("A member of the brokerage team told us", "workforce"),  # the council's brokers
        (
            "Colin Marsh, who has employed his own team of personal assistants for 17 years",
            "user",
        ),
        # working for a body is working there; having worked for one is what they did before
        ("A commissioner working for an integrated care board in the South West", "nhs"),
        (
            "Kerry has been a PA for eight years, having worked for two home care agencies",
            "workforce",
        ),
        # housing with care: its tenants draw on care, a housing association provides it; a post's
        # remit ("care and support") runs on to where the post is held
        ("said one tenant in her eighties", "user"),
        ("A director of care and support at one housing association", "provider"),
        (
            "Director of Adult Social Services at Westshire Council and ADASS spokesperson",
            "director",
        ),
        # the groups people who draw on care lead and sit on
        ("A member of a co-production board in the South East", "user"),
        ("Tom, a director of a self-advocacy organisation in the Midlands", "user"),
        ("a member of a Lancashire user-led group", "user"),
        # whom a publication is about is not who wrote it
        ("Harlow and Dean, in a review of co-production boards in twelve councils", "document"),
        ("A 2023 study of registered managers", "document"),
        # what was published is a publication, whatever its title
        ("Homes not Hospitals, published in 2021,", "document"),
        # the NHS's services outside hospital, and a post at them
        ("A community health services manager", "nhs"),
        ("Associate Director of Out of Hospital Care at NHS Severn Vale ICB", "nhs"),
        # where a person works is not what they are
        ("A nurse who had been a unit lead in a 70-bed nursing home for six years", "workforce"),
        ("A woman who lives in a care home", "user"),
        # an autistic person speaks as someone who draws on care; whom a provider serves does not
        ("An autistic member, Sam", "user"),
        ("The chief executive of a provider of supported living for autistic adults", "provider"),
    ],
)
def test_posts_and_what_people_do_name_their_role(
    lexicon: RoleLexicon, phrase: str, role: str | None
) -> None:
    from carelead.passages.roles import role_matcher

    matcher = role_matcher(lexicon)
    doc = matcher.make(phrase)
    found = matcher.classify(doc[:], matcher.matches(doc))
    assert (found.role if found is not None else None) == role


def test_a_wildcard_phrase_spans_a_few_words_only(tmp_path: Path) -> None:
    import spacy

    from carelead.passages.roles import RoleMatcher

    path = write(
        tmp_path,
        MINIMAL
        + """\
  - id: owner
    label: Owner
    description: Owners of care homes.
    phrases: [who own * home]
""",
    )
    matcher = RoleMatcher(load_lexicon(path), spacy.blank("en"))
    near = matcher.make("a woman who owned two small care homes")
    far = matcher.make("a woman who owned two very small rural care homes")
    assert [(m.role, near[m.start : m.end].text) for m in matcher.matches(near)] == [
        ("owner", "who owned two small care homes")
    ]
    assert matcher.matches(far) == []


def test_an_inspector_is_the_regulators_and_inspectors_are_its_report(
    lexicon: RoleLexicon,
) -> None:
    assert classify_text("the inspector who came in February", lexicon) == "national"
    assert classify_text("Inspector, IN1", lexicon) == "national"
    assert classify_text("Inspectors found that", lexicon) == "document"


def test_a_dash_between_spaces_ends_no_compound_and_plural_only_heads(
    lexicon: RoleLexicon,
) -> None:
    # "family-run" is a compound, "a very wise old DASS - long retired now" a dash in a sentence
    assert classify_text("a very wise old DASS - long retired now", lexicon) == "director"
    assert classify_text("a family-run home", lexicon) is None
    # "figures" is a publication's, "a senior figure" a person's (no statistic speaks)
    assert classify_text("The figures", lexicon) == "document"
    assert classify_text("a senior figure", lexicon) is None
    # heads listed in the singular cover the plural: "the case notes", "a case note"
    assert classify_text("the case notes", lexicon) == classify_text("a case note", lexicon)


def test_what_a_body_runs_or_provides_makes_it_a_provider(lexicon: RoleLexicon) -> None:
    # a body the lexicon does not list, by what it provides
    phrase = "Marcus Oyelaran, chief executive of Fernhill Support, which provides supported living"
    assert classify_text(phrase, lexicon) == "provider"
    # a kind of body yields to what the phrase right after it says it does
    phrase = "Chief Executive of Larkspur Living, a charity running residential care"
    assert classify_text(phrase, lexicon) == "provider"
    assert classify_text("Chief Executive of Larkspur Living, a national charity", lexicon) == (
        "national"
    )


def test_someone_who_is_autistic_or_has_a_learning_disability_draws_on_care(
    lexicon: RoleLexicon,
) -> None:
    assert classify_text("Tom, who is 26 and autistic", lexicon) == "user"
    assert classify_text("Priya, who has a learning disability", lexicon) == "user"


def test_a_local_healthwatchs_head_speaks_as_a_charitys(lexicon: RoleLexicon) -> None:
    assert classify_text("Jennifer Lowther, Chair of Healthwatch Brackenfield", lexicon) == (
        "national"
    )
    # whose survey someone gave evidence to is not who they are
    assert classify_text("Mr Ellison, who gave evidence to a Healthwatch survey", lexicon) is None


def test_what_a_body_does_names_it_only_in_the_lexicons_phrases(lexicon: RoleLexicon) -> None:
    phrase = (
        "Lorraine Beckett, Chief Executive of Hartsmere Carers’ Centre, which the council funds"
        " to provide carers’ assessments, advice and support"
    )
    # the carers' centre, a provider in the lexicon (its apostrophe typeset or typed); no carer,
    # no assessment
    assert classify_text(phrase, lexicon) == "provider"
    phrase = "Jas Kaur, Chief Executive of Brightwater Trust, which runs 22 care homes"
    assert classify_text(phrase, lexicon) == "provider"


def test_a_hospital_wards_nurses_are_the_nhss(lexicon: RoleLexicon) -> None:
    assert classify_text("The sister in charge of Ward 22", lexicon) == "nhs"
    assert classify_text("A staff nurse on the same ward", lexicon) == "nhs"
    assert classify_text("his sister", lexicon) == "user"  # a family's sister


def test_a_posts_bracketed_remit_does_not_part_it_from_the_body_after_it(
    lexicon: RoleLexicon,
) -> None:
    phrase = "Anita Rowe, Director of Operations (Adult Social Care), Care Quality Commission"
    assert classify_text(phrase, lexicon) == "national"


def test_the_people_a_place_or_service_is_for_are_no_speakers_role(lexicon: RoleLexicon) -> None:
    phrase = "Hollins Court, a 32-bed residential home for older people"
    assert classify_text(phrase, lexicon) == "provider"  # the home, not the people it is for
    assert classify_text("A woman in her eighties", lexicon) == "user"  # who speaks, as before


def test_a_trusts_chief_medical_officer_is_the_nhss(lexicon: RoleLexicon) -> None:
    assert classify_text("Dr Simon Achebe, the trust's chief medical officer", lexicon) == "nhs"


def test_a_deputy_director_of_nursing_is_the_nhss_not_a_councils(lexicon: RoleLexicon) -> None:
    phrase = "P12, deputy director of nursing and quality, Westmarch and Harnley ICB"
    assert classify_text(phrase, lexicon) == "nhs"
    assert classify_text("An assistant director of nursing", lexicon) == "nhs"
    assert classify_text("A deputy director of adult social care", lexicon) == "director"


def test_who_runs_a_councils_adult_social_care_or_set_up_a_homecare_business(
    lexicon: RoleLexicon,
) -> None:
    phrase = "Andrew Kellett has been running adult social care in Tamesford for six years"
    assert classify_text(phrase, lexicon) == "director"
    phrase = "Sunita Bains set up Brightwater Homecare from her spare bedroom in 2011"
    assert classify_text(phrase, lexicon) == "provider"
    phrase = "a commissioning officer who managed the contract until 2022"
    assert classify_text(phrase, lexicon) == "director"


def test_what_a_charity_that_runs_services_runs_says_what_it_is(lexicon: RoleLexicon) -> None:
    """A body a restrictive clause describes ("that runs", "which runs", no comma) is what it runs,
    as one "running" it is: its chief executive runs a care business, not a national charity."""
    phrase = "The chief executive of a charity that runs supported living services"
    assert classify_text(phrase, lexicon) == "provider"
    phrase = "The chief executive of a charity that runs day centres across two boroughs"
    assert classify_text(phrase, lexicon) == "provider"
    assert classify_text("the chief executive of the charity Carers Together", lexicon) == (
        "national"
    )
    phrase = "Lisa Carroway, who won the award in 2019 and still runs a 50-bed home in Norfolk"
    assert classify_text(phrase, lexicon) == "provider"


def test_a_senior_figure_at_a_national_body_of_some_kind_is_national(
    lexicon: RoleLexicon,
) -> None:
    for body in ("workforce", "workforce development", "leadership", "sector"):
        phrase = f"A senior figure at a national {body} body, who asked not to be named"
        assert classify_text(phrase, lexicon) == "national", body
    assert classify_text("A senior figure at a national regulator", lexicon) == "national"
    # ... but a body of providers is the providers'
    phrase = "the chief executive of a national membership body for care providers"
    assert classify_text(phrase, lexicon) == "provider"


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("a senior manager at CIW", "national"),
        ("the chief executive of Social Care Wales", "national"),
        ("the president of ADSS Cymru", "director"),
        ("the chief executive of Scottish Care", "provider"),
        ("the COSLA spokesperson for health and social care", "political"),
    ],
)
def test_the_devolved_nations_bodies_are_placed(
    phrase: str, role: str, lexicon: RoleLexicon
) -> None:
    assert classify_text(phrase, lexicon) == role


def test_whoever_researches_a_field_is_an_academic_not_its_people(lexicon: RoleLexicon) -> None:
    phrase = "Dr Priya Anand, who researches leadership in care homes"
    assert classify_text(phrase, lexicon) == "national"
    phrase = "Dr Nadia Farrell, who researches day services at the University of Wexbridge"
    assert classify_text(phrase, lexicon) == "national"


def test_the_wider_family_is_family_but_not_a_partner(lexicon: RoleLexicon) -> None:
    assert classify_text("Mr F's niece, Ms G", lexicon) == "user"
    assert classify_text("her son-in-law", lexicon) == "user"
    assert classify_text("a GP partner", lexicon) != "user"


def test_the_oppositions_front_bench_is_political_the_governments_national(
    lexicon: RoleLexicon,
) -> None:
    assert classify_text("The shadow chancellor, Fiona Blackwood", lexicon) == "political"
    assert classify_text("The leader of the opposition", lexicon) == "political"
    assert classify_text("the chancellor, Jonathan Reade", lexicon) == "national"


def test_a_lived_experience_group_member_and_who_has_drawn_on_services_draw_on_care(
    lexicon: RoleLexicon,
) -> None:
    phrase = "one member of our lived experience advisory group"
    assert classify_text(phrase, lexicon) == "user"
    phrase = "Derek, a member of our advisory group who has drawn on mental health services"
    assert classify_text(phrase, lexicon) == "user"


def test_a_senior_practitioner_is_social_work_not_the_team_they_are_in(
    lexicon: RoleLexicon,
) -> None:
    phrase = "My colleague Dev Mistry, a senior practitioner in our hospital discharge team"
    assert classify_text(phrase, lexicon) == "workforce"


def test_a_headed_posts_field_names_no_one_and_a_homes_clinical_lead(
    lexicon: RoleLexicon,
) -> None:
    phrase = "Professor Ruth Hallam, Professor of Gerontological Nursing at Kelsford University"
    assert classify_text(phrase, lexicon) == "national"  # no nursing home's
    phrase = "Jane Smith, Director of Adult Social Services at Kentshire County Council"
    assert classify_text(phrase, lexicon) == "director"  # the field's own phrase stands
    phrase = "A clinical lead in a 60-bed nursing home in the East Midlands"
    assert classify_text(phrase, lexicon) == "workforce"


def test_the_people_who_answered_a_survey_are_not_the_survey(lexicon: RoleLexicon) -> None:
    assert classify_text("Respondents to our survey", lexicon) == "interviewee"
    assert classify_text("Participants in the study", lexicon) == "interviewee"
    assert classify_text("The survey", lexicon) == "document"


def test_a_gp_partner_and_a_surgerys_partner_are_the_nhss(lexicon: RoleLexicon) -> None:
    phrase = "A GP partner who runs a weekly outreach clinic on one of the county sites"
    assert classify_text(phrase, lexicon) == "nhs"  # not a provider for what they run
    phrase = "Dr Imran Siddiqui, a partner at Kirkby Lessing Surgery, which looks after the home"
    assert classify_text(phrase, lexicon) == "nhs"


def test_whoever_has_studied_a_field_is_an_academic_not_its_people(lexicon: RoleLexicon) -> None:
    phrase = "Professor Anne Whitlock, a social policy researcher who has studied self-funders"
    assert classify_text(phrase, lexicon) == "national"
    assert classify_text("Dr Ruth Kay, who researched unpaid carers", lexicon) == "national"


def test_who_leads_or_manages_a_social_work_team_is_its_staff(lexicon: RoleLexicon) -> None:
    phrase = "Chris Pemberton, who leads the Ashby Vale social work team"
    assert classify_text(phrase, lexicon) == "workforce"
    assert classify_text("the manager of the hospital social work team", lexicon) == "workforce"


def test_a_scottish_committee_s_convener_is_an_elected_member(lexicon: RoleLexicon) -> None:
    assert classify_text("The Convener (Clare Haddow)", lexicon) == "political"
    assert classify_text("The Deputy Convener", lexicon) == "political"
    # a union's workplace representative is spelt "convenor", and is no MSP
    assert classify_text("the senior convenor at the plant", lexicon) != "political"


def test_where_the_author_met_someone_is_no_employer(lexicon: RoleLexicon) -> None:
    assert classify_text("A carer I met at a carers’ centre in Stoke", lexicon) == "user"
    assert classify_text("One carer we met at the Carers’ Centre", lexicon) == "user"
    # ... where a post at it is the body's
    assert classify_text("The chief executive of a local carers’ centre", lexicon) == "provider"


def test_a_wildcard_term_matches_with_either_apostrophe(lexicon: RoleLexicon) -> None:
    # "disabled people's * organisation", "liberal democrats' * spokesperson", typeset
    assert classify_text("a disabled people’s user-led organisation", lexicon) == "user"
    phrase = "The Liberal Democrats’ health and care spokesperson, Tamsin Hughes MP"
    assert classify_text(phrase, lexicon) == "political"


def test_a_post_at_a_body_that_speaks_in_writing_is_a_persons(lexicon: RoleLexicon) -> None:
    # the Scottish Government and the CMA speak in publications (document); their officials are
    # people, and national ones
    phrase = "Dr Alison Moffat, Director for Social Care Strategy at the Scottish Government"
    assert classify_text(phrase, lexicon) == "national"
    assert classify_text("Marcus Lindqvist, a former director at the CMA", lexicon) == "national"
    assert classify_text("The Scottish Government", lexicon) == "document"
    assert classify_text("Section 5 of the Care Act", lexicon) == "document"


def test_a_post_title_going_on_past_the_lexicons_post_keeps_its_body(
    lexicon: RoleLexicon,
) -> None:
    phrase = "Dominic Ashworth, Director of Policy and Public Affairs, Care England"
    assert classify_text(phrase, lexicon) == "provider"
    assert (
        classify_text("Dominic Ashworth, Director of Policy, Care England", lexicon) == "provider"
    )


def test_a_persons_head_noun_ending_a_body_name_names_its_kind(lexicon: RoleLexicon) -> None:
    phrase = "Annette Grayling, Chief Executive of Wrenfield Hospice"
    assert classify_text(phrase, lexicon) == "provider"  # a hospice
    # ... not a publication's: the chair of a taskforce is a person at an unlisted body
    assert classify_text("Jo Bell, chair of the Care Data Taskforce", lexicon) == "national"


def test_an_evaluations_authors_are_its_document(lexicon: RoleLexicon) -> None:
    assert classify_text("The evaluators noted that", lexicon) == "document"
    assert classify_text("One evaluator", lexicon) != "document"  # a person, in the singular


def test_a_post_at_the_local_body_is_the_bodys(lexicon: RoleLexicon) -> None:
    phrase = "Aisha Rahman, director of integration at the local integrated care board"
    assert classify_text(phrase, lexicon) == "nhs"
    assert classify_text("A commissioner at the local integrated care board", lexicon) == "nhs"


def test_a_hyphen_inside_a_body_name_keeps_the_post_there(lexicon: RoleLexicon) -> None:
    phrase = "Dr Owen Pritchard, director of system flow at the Mid-Shire Integrated Care Board"
    assert classify_text(phrase, lexicon) == "nhs"
