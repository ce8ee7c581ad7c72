"""Finding quotations and attributing them: the mark grammar, cues, chains, genre documents, bad input."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from carelead import resources
from carelead.errors import InputError
from carelead.ingest.clean import clean_text
from carelead.models import PageSpan, Passage
from carelead.passages.attribute import attribute, attribute_quotes, reader_for
from carelead.passages.chain import Antecedent, Genders, given_gender
from carelead.passages.names import ADDRESSED
from carelead.passages.quotes import ScanStats, find_quotes, inner_quotations
from carelead.passages.roles import RoleLexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "seed-quotes.jsonl"
DOCS = Path(__file__).resolve().parent / "attribution_docs"


@pytest.fixture(scope="session")
def lexicon() -> RoleLexicon:
    return load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)


def quotes_of(text: str) -> list[str]:
    spans, _ = find_quotes(text)
    return [text[q.start : q.end] for q in spans]


def quoted(text: str, lexicon: RoleLexicon) -> list[tuple[str, str, str | None]]:
    """(quote text, role, speaker) of every quotation passage."""
    return [
        (text[p.start : p.end], p.role, p.speaker)
        for p in attribute(text, (), lexicon)
        if p.kind == "quote"
    ]


# -- quote marks ---------------------------------------------------------------------------------


def test_apostrophes_are_not_quote_marks() -> None:
    text = (
        "The providers' views don't matter at five o'clock, as in the ’90s and the '80s. "
        "One says: 'It's the owners' fault, isn't it?' and that's all."
    )
    assert quotes_of(text) == ["'It's the owners' fault, isn't it?'"]


def test_a_closing_mark_before_a_footnote_number_is_no_year_s_apostrophe() -> None:
    # "’10" after a stop closes the quotation, its footnote after it; "the ’90s" is a year
    text = (
        "The council's evidence noted that ‘the council now pays a rate that includes travel"
        " time.’10 But providers were less sanguine. The owner of an agency said: ‘The rate went"
        " up, yes.’ Things were better in the ’90s."
    )
    assert quotes_of(text) == [
        "‘the council now pays a rate that includes travel time.’",
        "‘The rate went up, yes.’",
    ]


def test_uk_single_and_double_quotes_with_nesting() -> None:
    text = "Its chair says: ‘We have to appreciate that it’s not “them and us” here.’ Then “Fine,” he said."
    assert quotes_of(text) == [
        "‘We have to appreciate that it’s not “them and us” here.’",
        "“Fine,”",
    ]


def test_quoted_term_followed_by_a_possessive_like_mark() -> None:
    text = "They appointed 'care navigators' to help. As one put it: 'We talk about this as an innovation.'"
    assert quotes_of(text) == ["'care navigators'", "'We talk about this as an innovation.'"]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "She said, 'This never closes and goes on.\n\nThe next paragraph is narrative.\n\nSo is this one."
    spans, _ = find_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["'This never closes and goes on."]
    assert spans[0].closed is False


def test_press_release_paragraphs_reopen_the_mark() -> None:
    text = (
        "Jo Bloggs, Chief Executive of the National Care Forum, said: “First paragraph of the quote.\n\n"
        "“Second paragraph of the quote.\n\n"
        "“Third and last paragraph.”\n\n"
        "Notes to editors follow."
    )
    spans, _ = find_quotes(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end].endswith("Third and last paragraph.”")


def test_block_quote_after_colon_spans_a_page_break_and_first_person_paragraphs() -> None:
    text = (
        "One domiciliary care provider says:\n\n"
        "Covid-19 brought about an amazing change for a very small period of time, which worked\n\n\n\n"
        "really well for everyone.\n\n"
        "I find that people are now drifting back. It's a shame.\n\n"
        "Another took the view that the pandemic helped."
    )
    spans, _ = find_quotes(text)
    assert len(spans) == 1 and spans[0].kind == "block"
    block = text[spans[0].start : spans[0].end]
    assert block.startswith("Covid-19") and block.endswith("It's a shame.")


def test_a_colon_with_a_note_number_leads_into_a_block() -> None:
    text = (
        "Several coordinators traced their role to the pandemic, when managers were drawn into"
        " daily meetings with commissioners:3\n\n"
        "     During Covid we were the leadership. We were ringing round for PPE every day."
        " (P12, care coordinator, Agency B)\n\nNext."
    )
    spans, _ = find_quotes(text)
    assert [(q.kind, text[q.start : q.start + 10]) for q in spans] == [("block", "During Cov")]


def test_block_quote_opening_with_an_ellipsis() -> None:
    text = (
        "Her motivation was:\n\n...that they tried to standardise everything. "
        "You have to understand your community.\n\nNext."
    )
    spans, _ = find_quotes(text)
    assert spans[0].kind == "block" and text[spans[0].start :].startswith("...that")


def test_bullets_and_headings_after_a_colon_are_not_block_quotes() -> None:
    text = (
        "The review made these recommendations:\n\n• Better training.\n\n• More data.\n\n"
        "What we found\n\nText."
    )
    assert quotes_of(text) == []


def test_a_quoted_documents_numbered_paragraphs_are_a_block_quote() -> None:
    # a committee's paper numbers its own paragraphs and quotes a submission's by theirs
    text = (
        "7. The council argues that local accountability is the system's strength:\n\n"
        "3. Adult social care is one of the few public services answerable to residents. "
        "We would caution against any reform that moved it to Whitehall.\n\n"
        "4. That said, local accountability is only meaningful where councils can deliver.\n\n"
        "8. On the new assessments, the council is cautious.\n\n"
        "9. It concludes:\n\n"
        "1. Nobody has asked the people who draw on care.\n\n"
        "10. Members may wish to invite it to give oral evidence."
    )
    assert [q[:13] for q in quotes_of(text)] == ["3. Adult soci", "1. Nobody has"]
    assert quotes_of(text)[0].endswith("where councils can deliver.")


def test_a_block_announced_as_what_follows_is_its_senders(lexicon: RoleLexicon) -> None:
    text = (
        "Appendix A: Response from Harrowdale Council\n\n"
        "We shared a draft of this report with the council on 12 April. The following response"
        " was received on 3 May 2024 from the council's Director of Adult Social Care.\n\n"
        "Harrowdale Council welcomes this report and thanks everyone who shared their"
        " experiences. We accept recommendations 1, 2 and 4 in full.\n\n"
        "Appendix B: Our recommendations\n\n"
        "We make the following recommendations to the council.\n\n"
        "The council should publish a guide to who does what in home care.\n"
    )
    got = quoted(text, lexicon)
    assert [(t[:18], role) for t, role, _ in got] == [("Harrowdale Council", "document")]


def test_a_bodys_numbered_paragraphs_are_its_written_words(lexicon: RoleLexicon) -> None:
    text = (
        "11. The Institute, whose members are registered managers and senior leaders, calls for"
        " the registration of managers:\n\n"
        "5. A registered manager can be responsible for sixty people without any qualification."
        " The diploma is recommended but not required.\n\n"
        "12. The union describes care workers as 'the people least consulted and most blamed in"
        " the system' (para 2).\n"
    )
    got = [(t[:12], role) for t, role, _ in quoted(text, lexicon)]
    # kept with no speech verb to lead in: a quoted document's paragraph by its number
    assert got == [("5. A registe", "document"), ("'the people ", "document")]


def test_a_plans_short_terms_and_a_reviews_own_recommendations_are_no_quotations() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Caring Together: carers' strategy 2025 to 2030 sets out six priorities, including a"
        " single 'front door' for carers.\n\n"
        "6.1 The review makes the following recommendations to the Board:\n\n"
        "1. Westmarch Council, the ICB and CQC should agree a protocol for sharing concerns.\n\n"
        "2. The Board should audit discharge summaries every quarter.\n"
    )
    assert quoted(text, lexicon) == []


def test_a_documents_own_numbered_list_after_a_colon_is_no_block_quote() -> None:
    going_on = "5. We make two recommendations:\n\n6. The Department should fund it.\n\n7. Next."
    listed = (
        "4.7.1 On the basis of what we heard, the panel finds that:\n\n"
        "1. Older people experience leadership through continuity.\n"
        "2. Co-production is widely endorsed but inconsistently practised.\n\nNotes"
    )
    assert quotes_of(going_on) == [] and quotes_of(listed) == []


def test_a_phrase_and_its_paragraph_reference_lead_into_a_block(lexicon: RoleLexicon) -> None:
    text = (
        "29. The Association, which represents 340 care providers, describes its relationship "
        "with commissioners as 'transactional at best' (para 3):\n\n"
        "4. Providers are told they are partners and then offered a fee uplift by letter. In a "
        "survey of members, 71 per cent had no say.\n\n30. Members may wish to hear from it."
    )
    got = [p for p in attribute(text, (), lexicon) if p.kind == "quote"]
    assert [text[p.start : p.start + 14] for p in got] == ["'transactional", "4. Providers a"]
    assert got[1].carried_from == got[0].n and got[1].role == got[0].role


# -- cues and roles ------------------------------------------------------------------------------

PRESS_RELEASE = (DOCS / "press-release.txt").read_text(encoding="utf-8")


def test_press_release_named_speakers_and_appositions(lexicon: RoleLexicon) -> None:
    got = quoted(PRESS_RELEASE, lexicon)
    roles = [role for _, role, _ in got]
    # the department's spokesperson gives its statement: document, as four of five blind
    # annotators of the genre sets coded a DHSC spokesperson
    assert roles == ["provider", "provider", "political", "document", "workforce", "workforce"]
    assert got[0][2] == "Professor Jane Doe CBE, Chief Executive of the Homecare Association"
    assert got[1][2] == "Jane Doe"


REPORT = (DOCS / "interview-report.txt").read_text(encoding="utf-8")


def test_report_cues_chains_and_scare_quotes(lexicon: RoleLexicon) -> None:
    got = quoted(REPORT, lexicon)
    by_start = {q[:25]: (role, speaker) for q, role, speaker in got}
    assert by_start["We have never had so litt"] == (
        "director",
        "One director of adult social services",
    )
    assert by_start["'It is the worst it has b"][0] == "director"  # Another says
    assert by_start["'We are cutting what we c"][0] == "director"  # A third adds
    assert by_start["'There is no slack left i"] == (
        "provider",
        "one registered manager",
    )  # trailing
    assert (
        by_start["'Staff are exhausted and "][0] == "provider"
    )  # interrupted: no cue, same speaker
    assert by_start["'a nightmare to work with"][0] == "provider"  # she says -> the manager
    assert by_start["'It listens to us and act"][0] == "user"  # says one -> people who use services
    assert by_start["'They really do care,'"][0] == "user"  # says a second
    assert by_start["'the department does not "][0] == "document"
    assert by_start["'the wards are full every"][0] == "nhs"
    assert by_start["'We are the ones who face"][0] == "political"
    assert not any(
        q in ("'fix'", "'integration'") for q, _, _ in got
    )  # scare quotes stay narrative
    assert by_start["'We are always short of p"] == ("provider", "Care home manager, site B")
    assert by_start["Nobody tells you anything"] == (
        "user",
        "Unpaid carer, county A",
    )  # block + bracket
    assert by_start["'It will be a long winter"] == (
        "national",
        "Jane Smith, director of policy at Age UK",
    )
    assert (
        by_start["'Councils have to balance"][0] == "provider"
    )  # named speaker, apposition, trailing
    assert (
        by_start["'We keep all policy under"][0] == "document"
    )  # In a statement, the department said


def test_chained_passage_records_where_its_role_came_from(lexicon: RoleLexicon) -> None:
    passages = attribute(REPORT, (), lexicon)
    by_n = {p.n: p for p in passages}
    another = next(p for p in passages if REPORT[p.start : p.end].startswith("'It is the worst"))
    assert another.carried_from is not None
    assert REPORT[by_n[another.carried_from].start :].startswith("We have never had")


def test_passages_are_ordered_non_overlapping_and_paged(lexicon: RoleLexicon) -> None:
    pages = (PageSpan(1, 0, 400), PageSpan(2, 400, len(REPORT)))
    passages = attribute(REPORT, pages, lexicon)
    assert [p.n for p in passages] == list(range(1, len(passages) + 1))
    for a, b in itertools.pairwise(passages):
        assert a.end <= b.start
    assert {p.role for p in passages if p.kind == "narrative"} == {"author"}
    assert passages[0].page == 1 and passages[-1].page == 2
    assert attribute(REPORT, pages, lexicon) == passages  # deterministic


def test_second_hand_words_take_the_second_hand_role(lexicon: RoleLexicon) -> None:
    text = "The GP said, according to this interviewee: 'We cannot look after you any more, I am sorry.'"
    assert quoted(text, lexicon)[0][1] == "other"


# -- bad input ------------------------------------------------------------------------------------


def _work(text: str, lexicon: RoleLexicon) -> tuple[ScanStats, int, list[Passage]]:
    stats = ScanStats()
    reader = reader_for(lexicon, None)
    before = reader.matcher_calls
    attribute_quotes(text, lexicon, stats=stats)
    calls = reader.matcher_calls - before
    return stats, calls, attribute(text, (), lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "He said 'this is never closed and runs on " + "and on " * 2000,
        "'" * 10_000,
        "‘ ’ “ ” " * 2_500 + "\n\n" + "x' 'y " * 2_000,
        "One director says: 'a long quotation " + "word " * 1_000_000 + "' and " + "more " * 50_000,
        "No quotation at all here.\n\n" * 2_000,
        "",
    ],
    ids=["unclosed", "ten-thousand-marks", "mixed-marks", "5MB-paragraph", "no-quotes", "empty"],
)
def test_pathological_input_is_processed_in_linear_work(text: str, lexicon: RoleLexicon) -> None:
    stats, calls, passages = _work(text, lexicon)
    marks = sum(text.count(c) for c in "‘’'“”\"")
    assert stats.marks <= 2 * marks + 10  # every mark looked at a bounded number of times
    assert calls <= 2 * stats.marks + 2 * stats.paragraphs + 2  # matcher runs once per gap end
    covered = sum(p.end - p.start for p in passages)
    assert covered <= len(text)
    for a, b in itertools.pairwise(passages):
        assert a.end <= b.start


def test_unclosed_quote_never_swallows_the_document(lexicon: RoleLexicon) -> None:
    text = "One director says: 'This quote is never closed.\n\n" + "Narrative paragraph.\n\n" * 50
    passages = attribute(text, (), lexicon)
    quotes = [p for p in passages if p.kind == "quote"]
    assert len(quotes) == 1 and quotes[0].end < 60
    assert sum(p.kind == "narrative" for p in passages) == 51  # the cue sentence and 50 paragraphs


# -- the seed corpus ------------------------------------------------------------------------------


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold annotation not available")
def test_seed_corpus_meets_the_targets(lexicon: RoleLexicon) -> None:
    from carelead.evaluate.attribution import score
    from carelead.evaluate.gold import read_gold

    entries = read_gold(GOLD, require=("role",))
    texts = {
        d: (ROOT / "corpus" / f"{d}.txt").read_text(encoding="utf-8")
        for d in {g.doc for g in entries}
    }
    passages = {d: attribute(t, (), lexicon) for d, t in texts.items()}
    result = score(texts, passages, entries)
    assert result.recall >= 0.97
    assert result.accuracy >= 0.95


# -- evaluation core --------------------------------------------------------------------------------


def test_score_matches_normalised_quote_starts_and_nth_occurrence() -> None:
    from carelead.evaluate.attribution import score
    from carelead.evaluate.gold import GoldEntry

    text = "He said: ‘Same words   here.’ Later she said: “Same words here.”"
    passages = {
        "d": [
            Passage(1, "quote", "director", 9, 29),
            Passage(2, "narrative", "author", 30, 46),
            Passage(3, "quote", "user", 46, 64),
        ]
    }
    gold = [
        GoldEntry("d", "Same words here", 1, role="director"),
        GoldEntry("d", "Same words here", 2, role="provider"),
    ]
    result = score({"d": text}, passages, gold)
    assert result.recall == 1.0
    assert result.accuracy == 0.5
    assert result.confusion() == {"director": {"director": 1}, "provider": {"user": 1}}
    rows = {r["role"]: r for r in result.per_role()}
    assert rows["director"]["precision"] == 1.0 and rows["user"]["precision"] == 0.0


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    from carelead.evaluate.gold import read_gold

    path = tmp_path / "gold.jsonl"
    good = json.dumps({"doc": "d", "quote_start": "x", "role": "user"})
    path.write_text(good + "\n{not json}\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:2: not valid JSON"):
        read_gold(path)
    path.write_text(good + "\n" + json.dumps({"doc": "d", "role": "user"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:2: quote_start: "):
        read_gold(path)
    path.write_text(
        good + "\n" + json.dumps({"doc": "d", "quote_start": "y"}) + "\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=rf"^{path}:2: role: "):
        read_gold(path, require=("role",))


@pytest.mark.parametrize(
    "text",
    [
        # a second verb's "that" opens what it says, not who says it
        "A GP in the county said micro-enterprise workers were 'often the first to notice when "
        "something is wrong', but added that the practice had no way of knowing who they were. "
        "'If a carer rings us, we do not know if she is from an agency.'",
        # a reference to the paragraph quoted is no part of the next cue's subject
        "13. One GP describes care homes as 'the first to notice when something is wrong' "
        "(para 2) and argues that the practice had no way of knowing who they were:\n\n"
        "8. If a carer rings us, we do not know if she is from an agency.\n\n14. Next.",
    ],
)
def test_a_second_verb_after_a_quoted_phrase_goes_on_with_its_subject(
    text: str, lexicon: RoleLexicon
) -> None:
    got = [p for p in attribute(text, (), lexicon) if p.kind == "quote"]
    assert [p.role for p in got] == ["nhs", "nhs"]
    assert got[1].carried_from == got[0].n and got[1].speaker is None


def test_speaker_goes_on_without_marks_in_the_first_person(lexicon: RoleLexicon) -> None:
    text = (
        "One care home owner says: 'The council rang every home on the first day.'\n\n"
        "What a fantastic thing. I knew where we stood, and in my opinion that is leadership.\n\n"
        "We return to this in the next chapter."
    )
    got = quoted(text, lexicon)
    assert [role for _, role, _ in got] == ["provider", "provider"]
    assert got[1][0].startswith("What a fantastic thing.")


@pytest.mark.parametrize(
    ("text", "role", "speaker"),
    [
        # a cue word right before another cue verb is the subject's noun, and a publication's
        (
            "Skills for Care's annual workforce report notes that 'vacancies fell by a tenth last year'.",
            "document",
            "Skills for Care's annual workforce report",
        ),
        (
            "The trade body's submission states:\n\nFew councils pay the minimum price for home care.\n\n"
            "The review turns to the workforce.",
            "document",
            "The trade body's submission",
        ),
        # a manner sentence ending in a colon introduces a block in the first person plural
        (
            "A councillor was more guarded:\n\nWe have been here before, and we are not convinced.\n\n"
            "The next section turns to the NHS.",
            "political",
            "A councillor",
        ),
        # a person named by a role speaks in person whatever the medium
        (
            "In a statement to the House, the care minister said it would 'reach every care worker'.",
            "national",
            "the care minister",
        ),
        # an object pronoun is not the subject
        (
            "At the launch, the MP who chaired it said: 'Nobody in Westminster was listening.'",
            "political",
            "the MP who chaired it",
        ),
        # an organisation before the head noun is the speaker's employer
        (
            "An ICB director told us: 'Discharge is where the two systems fail each other.'",
            "nhs",
            "An ICB director",
        ),
        # an opposition front-bencher is an elected member, not government
        (
            "The shadow minister for social care, Tom Beresford, said: 'This is a wish list.'",
            "political",
            "The shadow minister for social care, Tom Beresford",
        ),
        # an organisation the lexicon does not list, known by a word of its name
        (
            "Sam Lee, chief executive of Pennine Vale Care, said: 'Our fees do not cover our costs.'",
            "provider",
            "Sam Lee, chief executive of Pennine Vale Care",
        ),
        (
            "Dr Ann Roe, senior fellow at the Centre for Ageing Policy, said: 'The data are thin.'",
            "national",
            "Dr Ann Roe, senior fellow at the Centre for Ageing Policy",
        ),
        # the employer's full name between "at" and the organisation word the lexicon knows
        (
            "Dr Jo Carr, Director of Workforce at NHS Northmoor and Dales ICB, said: 'We train together.'",
            "nhs",
            "Dr Jo Carr, Director of Workforce at NHS Northmoor and Dales ICB",
        ),
        # the people a speaker employs or represents do not name the speaker
        (
            "Jo, who employs three care workers through a direct payment, said: 'I am their manager now.'",
            "user",
            "Jo, who employs three care workers through a direct payment",
        ),
        # the kind of care a post is for is no provider's name; the employer comes after "at"
        (
            "Dr Owen Whitlock, National Director for Urgent and Emergency Care at NHS England, said:"
            " 'Beds are full.'",
            "nhs",
            "Dr Owen Whitlock, National Director for Urgent and Emergency Care at NHS England",
        ),
        # a publication's head noun is no post held at the body before it
        (
            "Another director, in a county that had been through a difficult CQC assessment, said:"
            " 'Open book is lovely when you have money.'",
            "director",
            "Another director, in a county that had been through a difficult CQC assessment",
        ),
        # a fronted participle's clause ends with the apposition of the place it names
        (
            "Speaking on a visit to Brookvale Care, a home care provider in Stockport, the minister"
            " added: 'I met care workers this morning.'",
            "national",
            "the minister",
        ),
        # the workers a union's name holds are no person speaking, so the medium decides
        (
            "In a statement, the Care and Support Workers Union said: 'Pay has to rise first.'",
            "document",
            "the Care and Support Workers Union",
        ),
        # a second relative clause is no new clause with a subject of its own
        (
            "One woman who draws on care and support, and who sits on her council's co-production"
            " board, told us: 'I rang on the third of January.'",
            "user",
            "One woman who draws on care and support, and who sits on her council's co-production"
            " board",
        ),
        (
            "Kofi, who uses mental health services, told us: 'Nobody could tell me.'",
            "user",
            "Kofi, who uses mental health services",
        ),
        (
            "Health and Social Care Secretary Daniel Hargreaves said: 'This is a fair deal.'",
            "national",
            "Health and Social Care Secretary Daniel Hargreaves",
        ),
        # a clause after a dash has its own subject; an aside between two dashes does not
        (
            "It isn't just care homes – one director of adult social services told me this week:"
            " 'We are commissioning from providers we know are failing.'",
            "director",
            "one director of adult social services",
        ),
        (
            "A community matron wrote: 'The same faces matter to people at home.'",
            "nhs",
            "A community matron",
        ),
    ],
)
def test_speaker_phrases_of_the_genre(
    lexicon: RoleLexicon, text: str, role: str, speaker: str
) -> None:
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [(role, speaker)]


def test_a_footnote_number_glued_to_the_full_stop_ends_the_sentence(lexicon: RoleLexicon) -> None:
    text = (
        "Jo Bell, President of ADASS, told us that 'directors are stretched'.28 She added that"
        " 'it is worse this year than last'."
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got == [("director", "Jo Bell, President of ADASS"), ("director", "She")]


def test_colon_paragraph_of_authors_prose_is_not_a_quotation(lexicon: RoleLexicon) -> None:
    text = (
        "The review made three recommendations:\n\n"
        "These cover training, data and regulation, and are discussed in turn below.\n\n"
        "One director says:\n\nWe need the training more than anything.\n"
    )
    got = quoted(text, lexicon)
    assert [(q[:7], role) for q, role, _ in got] == [("We need", "director")]


def test_chapter_epigraph_with_its_source_in_brackets(lexicon: RoleLexicon) -> None:
    text = (
        "1 Introduction\n\n"
        "The ordinary citizen has spent a lifetime chasing power that was always somewhere else. "
        "(Jane Austen 1815)\n\n"
        "Social care is often forgotten (Bottery and Babalola 2020)."
    )
    got = quoted(text, lexicon)
    assert [(q[:12], role, speaker) for q, role, speaker in got] == [
        ("The ordinary", "other", "Jane Austen")
    ]


def test_survey_report_with_varied_cues(lexicon: RoleLexicon) -> None:
    text = (DOCS / "leaders-survey.txt").read_text(encoding="utf-8")
    got = [(q[:20], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ('"We did things in a ', "director"),  # ..., one assistant director told us.
        ('"The question now is', "director"),  # interrupted, same speaker
        ("\"I'm not sure anythi", "provider"),  # A registered manager ... was more cautious:
        ('"someone who listens', "user"),  # Asked ..., a woman who employs her own PAs said
        ("\"I don't want to be ", "user"),  # As one man put it - after "others who draw on care"
        ('"Every year we find ', "political"),  # Councillor X, cabinet member ...; she said
        ('"Something has to gi', "political"),
        ('"an annual ritual of', "provider"),
        ("The council doesn't ", "provider"),  # block after "Another provider, who ..., said:"
        ("\"We're not asking fo", "provider"),  # She added:
        ('"Our State of Care r', "document"),  # In a statement, the CQC said: a written statement
        ('"the market is fragi', "national"),  # According to Professor X, an academic
        ('"We are committed to', "document"),  # A spokesperson said: the department's statement
        ("'Nobody in governmen", "workforce"),
        ("'If they had, they'd", "workforce"),
        ('"Discharge is where ', "nhs"),  # One ICB director of integration: NHS staff
        ('"We hold people in b', "nhs"),  # A hospital discharge nurse: the hospital's staff
        ("'It's all about rela", "director"),
        ("'If you know the per", "director"),
        ("'Relationships help,", "director"),  # A second director disagreed:
        ("'a plan, not another", "interviewee"),
    ]


def test_press_release_with_reopened_paragraphs_and_dash_attributions(lexicon: RoleLexicon) -> None:
    text = (DOCS / "winter-press-release.txt").read_text(encoding="utf-8")
    got = [(q[:16], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert [(q, role) for q, role, _ in got] == [
        ('"Providers are r', "provider"),  # said Karen Jones, chief executive of the ... Care Group
        ('"We have lost a ', "provider"),
        ('"We cannot keep ', "provider"),  # she continued
        ("\"It isn't fair a", "provider"),
        ('"Directors are d', "director"),  # three paragraphs, each reopening the mark
        ('"record funding"', "national"),
        ('"We will set out', "national"),
        ('"I waited eleven', "user"),  # – disabled woman, 42
        ("\"My mum's carers", "user"),  # – family carer
        ('"The staff are w', "user"),  # – care home resident
        ('"exhausted and a', "document"),  # A spokesperson for Unison: the union's statement
        ("\"They've had eno", "document"),
        ('"We are doing do', "workforce"),  # – care worker
        ('"I love the job ', "workforce"),  # – senior carer, home care agency
    ]
    directors = next(
        p for p in attribute(text, (), lexicon) if text[p.start :].startswith('"Directors')
    )
    assert text[directors.start : directors.end].endswith('We need a long-term settlement now."')
    assert got[7][2] == "disabled woman, 42"


def test_curly_quote_nested_in_the_same_family() -> None:
    text = "She said: ‘We saw no ‘identifiable levers’ in the report.’ Then ‘more’. ‘The providers’ views.’"
    assert quotes_of(text) == [
        "‘We saw no ‘identifiable levers’ in the report.’",
        "‘more’",
        "‘The providers’ views.’",
    ]


def test_impersonal_passive_and_authors_we_name_no_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "It should be said that its annual 'state of the nation' report is read. "
        "We conclude that the NHS should not 'take over' social care. The CMA estimated the market "
        "(CMA 2017), and in 2020 the Office for Statistics Regulation reported that 'the sector is "
        "very poorly served by data'."
    )
    got = quoted(text, lexicon)
    assert [(q[:12], role, speaker) for q, role, speaker in got] == [
        ("'the sector ", "document", "in 2020 the Office for Statistics Regulation")
    ]


def test_pull_quote_repeating_the_authors_words_stays_narrative(lexicon: RoleLexicon) -> None:
    text = (
        "We heard uplifting stories from those who took part in decisions about their care. "
        "Much of this reflected good local leadership.\n\n"
        "'We heard uplifting stories from those who took part in decisions about their care.'\n\n"
        "One director says: 'Local leadership is everything here.'"
    )
    got = quoted(text, lexicon)
    assert [(q[:12], role) for q, role, _ in got] == [("'Local leade", "director")]


def test_windows_line_ends_and_non_breaking_spaces() -> None:
    text = "One director says:\r\n\r\nWe need more money.\r\n\r\nShe said,\u00a0'It is all about the money.'"
    spans, _ = find_quotes(text)
    assert [(q.kind, text[q.start : q.end]) for q in spans] == [
        ("block", "We need more money."),
        ("inline", "'It is all about the money.'"),
    ]


def test_findings_chapter_with_participant_labels(lexicon: RoleLexicon) -> None:
    text = (DOCS / "findings-chapter.txt").read_text(encoding="utf-8")
    got = [(q[:14], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ('"there are too', "interviewee"),  # As one participant explained,
        ('"Integration o', "director"),  # (Participant 7, assistant director)
        ('"humiliating f', "user"),  # A family carer described ... as
        ('"You have to p', "user"),  # Her husband, who uses a wheelchair, agreed:
        (
            '"at breaking p',
            "political",
        ),  # Speaking at ..., the chair of the LGA's board, Cllr X, said
        ('"We had a lead', "interviewee"),  # One respondent noted ... they said
        ("'We never see ", "provider"),  # one home care manager told us
        ("'They send ema", "provider"),  # a short full sentence continuing the speaker
        ('"We now meet t', "nhs"),
        ('"The CQC inspe', "provider"),  # – registered manager, care home
    ]


def test_negated_or_modal_verbs_are_not_cues(lexicon: RoleLexicon) -> None:
    text = (
        "The owner argues the service saved money. But the CCG would not agree to that. "
        "'They wanted to keep the pathway small and narrow.'"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_an_author_writing_i_keeps_their_paragraphs() -> None:
    blog = (
        "My week in care\n\n"
        "I visited three care homes this week and I was struck by the staff.\n\n"
        "One manager said: 'We are doing our best with what we have.'\n\n"
        "I think that says a lot about the sector.\n\n"
        "One director says:\n\nWe need more money.\n\n"
        "I am not sure that money alone is the answer.\n"
    )
    assert quotes_of(blog) == ["'We are doing our best with what we have.'", "We need more money."]


def test_random_text_gives_ordered_non_overlapping_passages(lexicon: RoleLexicon) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(
        [
            "One director says: ",
            "'",
            "‘",
            "’",
            '"',
            "“",
            "”",
            "don't ",
            "providers' ",
            "’90s ",
            "\n\n",
            "\n\n\n\n",
            ":\n\n",
            "I think ",
            "we ",
            "he says, ",
            "A second adds ",
            "(NAO 2018)",
            "– care worker",
            "• ",
            "word ",
            "Word. ",
            ", ",
            "... ",
        ]
    )

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(pieces, max_size=60).map("".join))
    def check(text: str) -> None:
        passages = attribute(text, (), lexicon)
        assert [p.n for p in passages] == list(range(1, len(passages) + 1))
        for a, b in itertools.pairwise(passages):
            assert a.end <= b.start
        for p in passages:
            assert 0 <= p.start < p.end <= len(text)
            assert p.kind in ("quote", "narrative")
            assert p.role in lexicon.ids
            if p.carried_from is not None:
                assert 1 <= p.carried_from < p.n

    check()


def test_press_release_run_after_a_colon_paragraph_is_one_quotation(lexicon: RoleLexicon) -> None:
    text = (
        "Jane Doe, chief executive of Care England, said:\n\n"
        "“The plan is a start.\n\n"
        "“But it does not fund the pay rise.\n\n"
        "“We will keep pressing ministers.”\n\n"
        "Notes to editors follow here."
    )
    got = quoted(text, lexicon)
    assert len(got) == 1 and got[0][1] == "provider"
    assert got[0][0].endswith("We will keep pressing ministers.”")


def test_block_attributed_in_a_bracket_paragraph_of_its_own(lexicon: RoleLexicon) -> None:
    text = (
        "Leadership was described in many ways:\n\n"
        "You need people who have done the job and who know what it is to be short of staff.\n\n"
        "(Interviewee 4, registered manager)\n\n"
        "The next chapter turns to data."
    )
    got = quoted(text, lexicon)
    assert [(q[:8], role, speaker) for q, role, speaker in got] == [
        ("You need", "provider", "Interviewee 4, registered manager")
    ]


def test_credit_line_under_a_cue_less_quotation(lexicon: RoleLexicon) -> None:
    text = (
        "Case study: a new rota\n\n"
        "“The team turned round our service in a month and nobody left.”\n"
        "Registered manager, domiciliary care agency\n\n"
        "The council funded the pilot."
    )
    got = quoted(text, lexicon)
    assert [(role, speaker) for _, role, speaker in got] == [
        ("provider", "Registered manager, domiciliary care agency")
    ]


def test_one_of_a_group_named_by_a_phrase_with_a_preposition(lexicon: RoleLexicon) -> None:
    # "experts by experience" are several, their head noun before the preposition: "One" is one
    # of them, not of the inspectors the sentence ends on
    text = (
        "Views of the regulator were mixed.\n\n"
        "Two of the experts by experience we interviewed had worked alongside CQC inspectors. One"
        " said: 'When I go in with the inspector, people talk to me different.'\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user"]


def test_advice_someone_recalls_is_another_persons_words(lexicon: RoleLexicon) -> None:
    text = (
        "Political leaders described how they took the portfolio on.\n\n"
        "A council leader recalled the advice his own predecessor gave him on taking office:"
        " ‘Give adults to someone who can count, and children to someone who can cry.’\n\n"
        "‘Nobody stands for election to run care homes,’ one county leader says.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["other", "political"]


def test_staff_told_not_to_speak_speak_at_first_hand(lexicon: RoleLexicon) -> None:
    # "had been told not to speak" is an order, not words relayed: her own words follow
    text = (
        "A support worker at the centre, who asked not to be named because staff had been told"
        ' not to speak to the press, said: "We\'ve been told to carry on as normal."\n\n'
        'Her daughter said she had been told the centre would close: "It\'s a done deal."\n'
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["workforce", "other"]


def test_dashed_credits_in_a_box_whose_lines_ran_together(lexicon: RoleLexicon) -> None:
    text = (
        "Box 1: Voices from the visits\n\n"
        "‘If I could change one thing, it would be a career structure.’ – care worker, South West"
        " ‘We contract with 400 providers.’ – commissioning manager, London ‘I want leaders who"
        " can explain social care to my neighbours.’ – family carer, North West\n\n"
        "A care minister said the government was ‘determined to give social care stability’ – a"
        " phrase that produced, one director recalled, ‘a sort of collective sigh’ in the room.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got[:3] == [
        ("workforce", "care worker, South West"),
        ("director", "commissioning manager, London"),
        ("user", "family carer, North West"),
    ]
    assert got[3][0] == "national"  # a dash that runs into the next words' cue credits no one


def test_a_credit_giving_a_first_name_and_an_age_is_a_member_of_the_public(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Our chief executive, Dr Helen Akande, said the report should be read by every minister."
        "\n\nBox: Carers in their own words\n\n"
        "‘Respite isn’t a treat. It’s maintenance.’\n"
        "Joan, 70, Norfolk\n\n"
        "‘Ask me before you discharge him, not after.’\n"
        "Sam, 52, Bradford\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("user", "Joan, 70, Norfolk"),
        ("user", "Sam, 52, Bradford"),
    ]


def test_he_after_a_story_that_opens_on_an_old_person_s_age_is_that_person(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "We spoke to GP surgeries, libraries and home care agencies across the county.\n\n"
        "Mr D, 79, lives alone in Harwood. After a fall, he spent eleven days in Millbrook"
        " General Hospital. He told us:\n\n"
        "“They said I could go home on the Friday and the carers would start on the Saturday."
        " Nobody came.”\n\n"
        "Bill, 88, a retired care home owner, was blunter. He said: “The fees were never"
        " enough.”\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == [
        "user",  # one of the public, whom nothing else places - not the hospital
        "provider",  # what the sentence opens on after the age places him
    ]


def test_a_dashed_credit_the_lexicon_cannot_place_is_no_one_else_s(lexicon: RoleLexicon) -> None:
    text = (
        "Box 1: In their own words\n\n"
        "“Social care should be at the ICB table as of right, not by invitation.”\n"
        "– Assistant director of adult social services, London roundtable\n\n"
        "“We have been doing system leadership for years; we just never had a budget for it.”\n"
        "– Voluntary sector chief executive, Newcastle roundtable\n\n"
        "The review will report in the spring."
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("director", "Assistant director of adult social services, London roundtable"),
        # described, though placed by no role: not the director before
        ("interviewee", "Voluntary sector chief executive, Newcastle roundtable"),
    ]


def test_our_director_of_a_field_no_role_names_is_the_writing_body_s(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "We asked carers about leadership. Most said nobody was in charge.\n\n"
        "Our Director of Policy and Campaigns, Nadia Whitcombe, said: ‘Carers are holding up "
        "adult social care with their own health.’\n\n"
        "Our Director of Adult Social Services, Jo Hart, said: ‘We are listening to carers.’"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        # a post at the body writing (a charity the lexicon does not list): no council's director
        ("national", "Our Director of Policy and Campaigns, Nadia Whitcombe"),
        ("director", "Our Director of Adult Social Services, Jo Hart"),
    ]


def test_an_en_dashed_credit_on_its_own_line_but_not_a_list_item(lexicon: RoleLexicon) -> None:
    text = (
        "Managers with a network behind them were noticeably more positive.\n\n"
        "My network is the only place I can admit I'm stuck and nobody judges you. Someone in"
        " the room has usually had the same problem the week before.\n\n"
        "– Registered manager, North East\n\n"
        "What managers said they needed most:\n\n"
        "– Protected time for supervision\n\n"
        "– A named contact at the council\n"
    )
    got = quoted(text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [("My", "provider")]
    # the list's items, each after an en dash, credit nothing


def test_testimony_credited_by_a_first_name_an_age_and_a_place(lexicon: RoleLexicon) -> None:
    text = (
        "Stan Pike is 84 and lives alone since his wife died.\n\n"
        "I used to sit by the window all day waiting for somebody. Now the same two carers come"
        " and they know how I like my tea. I don't feel like a job on a list any more.\n"
        "– Stan, 84, Holmfirth\n\n"
        "The team now plans to extend the scheme.\n"
    )
    got = quoted(text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [("I", "user")]
    # a credit line that names someone met only in passing, but with an age: one of the public


def test_a_page_s_note_between_a_lead_and_its_block_quotation(lexicon: RoleLexicon) -> None:
    text = (
        "In one county that had recently been rated as requiring improvement, the director spoke"
        " to us at length:\n\n"
        "7 Local Government Association, Adult social care workforce data, 2024.\n\n"
        "I don't object to being assessed. What I object to is the idea that one word on a"
        " website captures whether a place is well led.\n\n"
        "The chapter turns next to the workforce.\n"
    )
    got = quoted(text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [("I", "director")]
    # the note the page break left between them is not the quotation


def test_a_page_s_note_is_not_the_cue_of_the_block_quotation_after_it(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Providers saw the fee round differently. A home care provider in the north told us:\n\n"
        "5 Estimates vary by area; see our earlier briefing ‘Who pays for care?’"
        " (Harrow Trust 2022).\n\n"
        "You get a letter. That is the negotiation. I have got forty staff and a bank manager"
        " who rings me every month.\n\n"
        "Others had given up on the round altogether. The director in another county said:\n\n"
        "6 Local Government Association, Adult social care finance survey, 2024.\n\n"
        "We publish a rate we know is too low, and then we find a little more in March.\n"
    )
    got = quoted(text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [("You", "provider"), ("We", "director")]
    # the title quoted in the first note is no one's words, and neither note speaks for the
    # quotation after it: each lead does


def test_testimony_without_marks_over_its_credit_line(lexicon: RoleLexicon) -> None:
    text = (
        "Respondents described their pay in stark terms.\n\n"
        "I love my job. I just can't afford to keep doing it any more.\n"
        "Care worker, North East\n\n"
        "Pay has fallen behind the supermarkets for a decade.\n"
        "Chapter two, pages 4 to 9\n\n"
        "The next section turns to training."
    )
    got = quoted(text, lexicon)
    assert got == [
        (
            "I love my job. I just can't afford to keep doing it any more.",
            "workforce",
            "Care worker, North East",
        )
    ]  # the second paragraph's last line credits nobody: it stays the authors' text


def test_a_bracketed_credit_line_ends_its_block_in_a_page_with_no_blank_lines(
    lexicon: RoleLexicon,
) -> None:
    # a report's page as pdfplumber gives it: no blank line between paragraphs, the block
    # quotation at the page's measure, its credit in brackets on a line of its own
    page = (
        "Night shifts were where the gap between the rota and the reality was widest, and\n"
        "several of those we interviewed described the same uneasy arrangement:\n"
        "The one in charge on paper is never the one the others go to. We all know it and\n"
        "the manager knows it too. It holds until the night something goes badly wrong.\n"
        "(Night care assistant, nursing home, Yorkshire)\n"
        "Stepping up to team leader was, for most of the staff we met, sudden and unprepared.\n"
        "‘They handed me the rota and the medicines keys on a Friday,’ one team leader said\n"
        "of her first week. ‘Nobody showed me how to run a handover or a supervision.’\n"
    )
    text = clean_text(page).text
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("workforce", "Night care assistant, nursing home, Yorkshire"),
        ("workforce", "one team leader"),
        ("workforce", "one team leader"),
    ]


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        # a post at no body named, in the appointing body's own release: the body's
        (
            "Brookmere Care Homes\n\nBrookmere Care Homes today announced the appointment of"
            " Joanna Pelham as its new Chief Executive.",
            "provider",
        ),
        # ... or a post the lexicon places wherever it is held
        (
            "Eastwold County Council has appointed Dr Samuel Okafor as interim director of adult"
            " social services.",
            "director",
        ),
    ],
)
def test_someone_a_body_appoints_to_a_post_is_found_by_name(
    opening: str, role: str, lexicon: RoleLexicon
) -> None:
    name = opening.split(" as ")[0].split()[-1]
    text = f"{opening}\n\n{name} said: ‘It is a privilege to be asked to lead this work.’"
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [(role, name)]


CABINET_MEMBER = "A cabinet member for adult social care who took part in one of our workshops"


def test_unmarked_block_quotations_in_a_page_with_no_blank_lines(lexicon: RoleLexicon) -> None:
    # pdfplumber's text of a report that sets its block quotations without marks, indent or
    # blank lines: only the introducing line tells where one begins, and it may be a line of
    # three words, or end on a line of one ("... with the local" / "ICB:"); the block's last line
    # may run to the page's measure before the next introduction
    page = (
        "Several of the self-advocates we met had sat on partnership boards for years, and most\n"
        "felt their place there was for show rather than for decisions about the money spent.\n"
        "Another self-advocate added:\n"
        "It is better when it is small and local. Our group worked with the council on the\n"
        "new bus passes and they changed the form because of what we said to them.\n"
        "Not every account was bleak. One director told us about a pooled budget with the local\n"
        "ICB:\n"
        "It took two years and a lot of coffee, but we now have one team and one budget for\n"
        "everyone in hospital. It works because we trust each other, not because of structure.\n"
        "A cabinet member for adult social care who took part in one of our workshops said:\n"
        "‘Councillors need to see these people as residents, not as a line in the budget.’\n"
        "The registered managers told the same story from the other side. Jackie described one:\n"
        "He came back from the hospital at half past nine at night with a letter that said he\n"
        "was mobile. He had not walked in three weeks and nobody rang us about any of it at all.\n"
        "(Jackie, RM, L)\n"
        "The local authority appeared mainly as a payer, and less often as a source of support.\n"
    )
    text = clean_text(page).text
    got = [(t[:20], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("It is better when it", "user", "Another self-advocate"),
        ("It took two years an", "director", "One director"),
        ("‘Councillors need to", "political", CABINET_MEMBER),
        ("He came back from th", "provider", "Jackie, RM, L"),
    ]
    # the credit under the councillor's words is a line of its own, not the next paragraph's
    assert "\n\nThe local authority appeared" in text


def test_a_two_word_introduction_in_a_page_with_no_blank_lines(lexicon: RoleLexicon) -> None:
    # "Another said:" has one word in lower case, as a forum's "Deb_RM said:" has: the word
    # before the verb, which refers to a speaker, makes it an introduction of its own
    page = (
        "Most councils set their budgets in February, on the assumption that inflation would\n"
        "fall steadily through the year. One director of adult social services told us:\n"
        "We set a budget in February that assumed inflation would be coming down by the\n"
        "summer. By July we were six million overspent, nearly all of it in fees.\n"
        "Another said:\n"
        "The market sustainability money was welcome, but it was announced late, and it came\n"
        "with conditions. It is very hard to plan when the money turns up like the weather.\n"
        "A third director described the round as the hardest of her career, and others agreed.\n"
    )
    text = clean_text(page).text
    assert "\n\nAnother said:\n\nThe market" in text
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("We set a bud", "director", "One director of adult social services"),
        ("The market s", "director", "Another"),
    ]


def test_a_first_name_introduced_as_a_branch_manager_is_a_provider_later(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Dev, who manages the Dunmere branch of a regional home care company, joined in May.\n\n"
        "Training came up in every interview we held.\n\n"
        "Dev put it in terms of money:\n\n"
        "‘My company will pay for an agency nurse for a weekend without blinking.’"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("provider", "Dev")]


@pytest.mark.parametrize(
    ("sentence", "role", "speaker"),
    [
        # a fronted topic naming a body is no part of the speaker
        ("Of the CQC’s new assessments of councils, one director said", "director", "one director"),
        ("About the NHS, one care home owner said", "provider", "one care home owner"),
        # ... but a fronted group the subject is one of stays with it
        ("Of the directors we met, one said", "director", "Of the directors we met, one"),
    ],
)
def test_a_fronted_topic_before_the_speaker(
    sentence: str, role: str, speaker: str, lexicon: RoleLexicon
) -> None:
    text = f"Assessment was a recurring theme.\n\n{sentence}: ‘It has been fair to us so far.’"
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [(role, speaker)]


def test_someone_who_took_over_at_a_body_speaks_for_it_by_name(lexicon: RoleLexicon) -> None:
    # a profile's standfirst places its subject by the body they took over, not a post
    text = (
        "Dr Ruth Adeyemi took over at one of England's biggest older people's charities in"
        " January. She tells us why the sector must stop being polite.\n\n"
        "We spoke to her about her priorities.\n\n"
        "Adeyemi is blunt: ‘For fifteen years we have been told reform is coming.’"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("national", "Adeyemi")]


@pytest.mark.parametrize(
    ("opening", "description", "role"),
    [
        ("the ADASS president, Marguerite Oduya,", "the president", "director"),
        ("Care England's chief executive, Martin Hale,", "the chief executive", "provider"),
    ],
)
def test_a_definite_description_refers_back_to_the_post_it_was_part_of(
    opening: str, description: str, role: str, lexicon: RoleLexicon
) -> None:
    text = (
        f"The seminar opened with an address from {opening} who spoke for forty minutes.\n\n"
        f"‘These are not numbers. These are people waiting,’ {description} told delegates."
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [(role, description)]


def test_a_page_whose_body_says_what_it_is_speaks_through_its_officers(
    lexicon: RoleLexicon,
) -> None:
    # the lexicon cannot place "Hollybrook Care Trust" by its name; its page's opening says what it
    # is, and its chair of trustees is no officer of a body called "Trustees"
    text = (
        "Hollybrook Care Trust\nHome | Our services | Careers | About us | Donate\n\n"
        "Annual Review 2023/24\n\n"
        "Hollybrook Care Trust is a not-for-profit provider of residential care, home care and"
        " supported living across three counties.\n\n"
        "Looking back on the year, our Chair of Trustees, Dr Eleanor Fitzwilliam, said:"
        " ‘It has been the hardest year since I joined the board.’\n\n"
        "Our Chief Executive, Marcus Bell, said: ‘We ended the year with a small deficit.’"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_post_at_no_body_named_is_the_publisher_s_as_its_closing_notes_describe_it(
    lexicon: RoleLexicon,
) -> None:
    # the body says what it is only in the notes at the page's end; someone at its workshop is
    # no post of its own
    text = (
        "Homeward Trust\n\nHomeward Trust appoints a new chief executive\n\n"
        "Announcing the appointment, Dr Fiona Lathbury, Chair of Trustees, said: ‘We had an"
        " exceptionally strong field.’\n\n"
        "As someone at our second workshop put it, ‘the helpline is the only door that"
        " opens’.\n\n" + "The trust’s services carry on as before. " * 120 + "\n\n"
        "About Homeward Trust\n\n"
        "Homeward Trust is a national charity that supports older and disabled people and unpaid"
        " carers to live well at home.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["national", "interviewee"]


def test_a_provider_association_named_by_its_members_publishes_its_chair_s_words(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "NORTHBY MEMBERS' BULLETIN\nNorthby Independent Care Providers\nIssue 41\n\n"
        'Good morning,\n\nAs our chair, Jane Okoro, likes to say, "nobody ever got a care home'
        ' through a bad winter on their own".\n'
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("provider", "our chair, Jane Okoro, likes to")
    ]


def test_a_titled_chair_at_no_body_named_is_the_publishers(lexicon: RoleLexicon) -> None:
    # "Professor" names an academic only when no post stands beside it: the board's chair here
    text = (
        "NHS Severn Vale Integrated Care Board\n\nBoard meeting held in public\n\n"
        "Agenda item 9: Hospital discharge\n\n"
        "Opening the item, the Chair, Professor Michael Aldous, said: ‘Discharge is the place"
        " where our system shows whether it is one.’"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs"]
    # ... the masthead giving its publication's title after the body's name
    report = (
        "NHS Severnmoor Integrated Care Board Annual Report and Accounts 2023/24\n\n"
        "Performance report\n\n"
        "Our Chair, Professor Alan Whitcombe, said:\n\n"
        "‘Integration will be judged by whether an older woman gets home from hospital.’\n"
    )
    assert [r for _, r, _ in quoted(report, lexicon)] == ["nhs"]


def test_a_charity_that_provides_care_is_a_provider(lexicon: RoleLexicon) -> None:
    """A body described as two kinds joined ("a charity and not-for-profit provider of
    residential care") is the closer one; "a not-for-profit provider" is one, whoever it serves."""
    report = (
        "Larkfield Care Trust\n\nAnnual Report and Financial Statements 2023/24\n\n"
        "Larkfield Care Trust is a charity and not-for-profit provider of residential, nursing and"
        " home care for older people in Brackenshire.\n\n"
        "Our treasurer, Ian Fairley, said: ‘A surplus of £412,000 is not a windfall.’\n"
    )
    assert [role for _, role, _ in quoted(report, lexicon)] == ["provider"]
    release = (
        "Dr Peter Haines, chief executive of Brightwater Care Trust, a not-for-profit provider"
        " supporting around 1,100 people with learning disabilities, said the Budget had"
        " ‘completely ignored’ charities.\n"
    )
    assert [role for _, role, _ in quoted(release, lexicon)] == ["provider"]


def test_a_title_yields_to_the_post_at_a_body_named_before_it(lexicon: RoleLexicon) -> None:
    # "Professor" after "Care England's chief executive," is the chief executive's title
    text = (
        "Care England’s chief executive, Professor Daniel Ashworth, has argued that ‘the question"
        " of who owns a care home matters less than whether it is any good’.\n\n"
        "The academic, Professor Jane Hartley, said: ‘Ownership matters a great deal.’"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "national"]


def test_a_participle_after_a_quotation_goes_on_with_its_speaker(lexicon: RoleLexicon) -> None:
    # ", adding that ..." reports more of the same speaker's words: no new speaker after it
    text = (
        "NHS Severn Vale Integrated Care Board\n\n"
        "Karen Whitfield, Chief Executive of the ICB, said the board should be ‘honest that we"
        " have had three plans in four years’, adding that the difference had to be shared"
        " leadership."
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("nhs", "Karen Whitfield, Chief Executive of the ICB")
    ]


@pytest.mark.parametrize(
    ("cue", "role"),
    [
        # the dead speak only through those who recall them: words second-hand
        ("Our founder, the late Ted Ramsay, used to say", "other"),
        # ... not a time or a delay: "since the late ’90s", "the late announcement"
        ("One agency owner, who has run the business since the late ’90s, said", "provider"),
    ],
)
def test_the_late_founder_is_quoted_second_hand(cue: str, role: str, lexicon: RoleLexicon) -> None:
    text = (
        "Rushmere Care Association\n\nMembers met in March.\n\n"
        f"{cue}: ‘The council needs us as much as we need the council.’"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == [role]


def test_a_post_at_a_body_named_by_its_first_word(lexicon: RoleLexicon) -> None:
    # the press shortens a body's name once it has given it in full
    text = (
        "‘We are not a market,’ said Gareth Llewellyn, chief executive of Ashdown Care Group,"
        " which runs 22 care homes.\n\n"
        "‘The councils that get it right pick up the phone first,’ the Ashdown chief executive"
        " said."
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)][1] == (
        "provider",
        "the Ashdown chief executive",
    )


@pytest.mark.parametrize(
    ("speaker", "role"),
    [
        # one of the public who withheld who they are: not placed
        ("One woman at the protest, who did not give her name,", "interviewee"),
        ("One man, who did not want to give his name,", "interviewee"),
        # ... unless the text places them all the same: by their post, or by their age
        ("A care worker, who asked not to be named,", "workforce"),
        ("One woman in her 80s, who asked not to be named,", "user"),
        ("A woman at the protest", "user"),
    ],
)
def test_a_member_of_the_public_who_withheld_their_name(
    speaker: str, role: str, lexicon: RoleLexicon
) -> None:
    text = f"The meeting ran late.\n\n{speaker} said: ‘They have forgotten about us.’"
    assert [r for _, r, _ in quoted(text, lexicon)] == [role]


def test_a_member_named_with_party_and_seat_is_an_elected_member(lexicon: RoleLexicon) -> None:
    text = (
        "The debate was opened by the Member for Wexbury.\n\n"
        "Mark Ellison (Conservative, Stourmead), declaring an interest as the former owner of two"
        " care homes, said that ‘leadership in this sector is mostly done on a knife edge’."
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political"]


@pytest.mark.parametrize(
    "intro",
    [
        "A member of our Experts by Experience panel described the difference.",
        "Marcus, one of our experts by experience, described the difference.",
    ],
)
def test_one_member_of_a_group_is_the_he_who_speaks_next(intro: str, lexicon: RoleLexicon) -> None:
    # one of a group named in the plural is one person, whom a later "he" can mean
    text = (
        f"The panel met in March.\n\n{intro} ‘Consulted is when you have already decided,’ he said."
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user"]


def test_a_said_inside_the_next_sentence_is_no_cue_of_the_quotation(lexicon: RoleLexicon) -> None:
    # "She believed him, she said, ..." reports her words about what followed; the quotation
    # before it is the service manager's, reported by her: second-hand
    text = (
        "Some interviewees had been discouraged. One assistant director recalled a service"
        " manager telling her, early in her career, ‘You’re not really management material, are"
        " you?’ She believed him, she said, for the best part of six years."
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["other"]


def test_what_someone_had_told_another_is_second_hand(lexicon: RoleLexicon) -> None:
    text = (
        "Her mother's discharge went badly. A consultant psychiatrist had told the family in 2019"
        " that ‘a care home might be the safest option for everyone concerned’."
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["other"]


def test_what_a_speaker_reports_someone_had_told_them_is_second_hand(
    lexicon: RoleLexicon,
) -> None:
    said = "Jane Hollis, whose mother lives at Rowan Court, said"
    text = (
        f"{said} the home's manager had told families at a meeting on Tuesday that ‘nothing is"
        " decided yet’.\n\n"
        f"{said} that was the first time anyone had told the board. ‘We should be deciding.’\n"
    )
    # the manager's words, as she reports them; but her own after the sentence that reports it
    assert [r for _, r, _ in quoted(text, lexicon)] == ["other", "user"]


def test_a_pull_quote_credited_to_its_speaker_is_theirs_again(lexicon: RoleLexicon) -> None:
    words = "The coaching sessions were the best thing that happened to me in years of work."
    text = (
        f"Managers valued the coaching. {words}\n(Registered manager, home care)\n\n"
        f"Other text follows here.\n\n‘{words}’\nRegistered manager, home care\n\n"
        "The end of the chapter."
    )
    assert [role for _, role, _ in quoted(text, lexicon)][-1:] == ["provider"]
    assert len(quoted(text.replace("’\nRegistered manager, home care", "’"), lexicon)) == (
        len(quoted(text, lexicon)) - 1
    )  # uncredited, the repeat is a pull quote of words already quoted


def test_a_first_name_introduced_with_a_role_is_known_by_it_later(lexicon: RoleLexicon) -> None:
    text = (
        "Payment mattered. ‘The money tells you they value it,’ said Margaret, who has received"
        " home care since a stroke in 2019.\n\n"
        "The board changed its papers. Margaret told us: ‘It is the first time I have sat at a table"
        " with the director.’\n\n"
        "However, said Pauline: ‘Nobody asked us about the budget.’"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[:2] == [
        ("user", "Margaret, who has received home care since a stroke in 2019"),
        ("user", "Margaret"),
    ]
    assert got[2][0] != "user"  # nobody introduced Pauline


def test_a_name_after_a_sentence_opening_word_is_the_person_met_before(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "‘I advertised locally for eight months,’ says Karen Holt, the home's registered"
        " manager.\n\n"
        "The route closed in July. Care workers lost the right to bring dependants, and the care"
        " worker visa route closed to new applicants.\n\n"
        "For Holt, the change means she can no longer replace leavers. ‘Nobody would be happier"
        " than me if I could fill every shift locally,’ she says."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_who_a_speech_verb_has_as_subject_is_not_its_content(lexicon: RoleLexicon) -> None:
    text = (
        "‘We pay the living wage,’ says Tom Buckley, who owns two care homes in the county.\n\n"
        "Dan Kowalski, who organises care workers across the East Midlands for the Care and"
        " Support Workers Union, says Buckley is at the better end of the market. He describes a"
        " casework list that has grown:\n\n"
        "‘The sponsorship system puts all the power in the employer’s hands.’"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "workforce"]


def test_a_quoted_role_is_not_undone_by_a_past_career(lexicon: RoleLexicon) -> None:
    text = (
        "‘I was the only black face in the room,’ says Dele Okonkwo, director of adult social"
        " services at Northfold Council.\n\n"
        "Okonkwo came into social care as a residential support worker in the early 2000s,"
        " qualified as a social worker, and moved into management in a London borough. He"
        " remembers a manager telling him: ‘You just need to be a bit more polished.’\n\n"
        "‘It took me years to work out what polished meant,’ he says.\n\n"
        "For Okonkwo, the goal is more than numbers. ‘Representation isn’t the finish line,’ he"
        " says."
    )
    assert [role for _, role, _ in quoted(text, lexicon)][-1] == "director"


def test_i_and_a_clause_opener_are_nobodys_name() -> None:
    from carelead.nlp import load_nlp
    from carelead.passages.cues import _names
    from carelead.passages.names import LowerWords, remember

    nlp = load_nlp(None)
    assert _names(nlp("When I asked him what he needed")[:]) == ()
    assert _names(nlp("Dele Okonkwo, director")[:]) == ("Dele", "Okonkwo")
    known: dict[str, Antecedent] = {}
    writer = Antecedent(0, "workforce", True, False, 0, ("I", "Okafor"), person=True)
    remember(known, writer, LowerWords("I met Okafor."))
    assert sorted(known) == ["okafor"]  # "When I met him" is no one met before


def test_a_key_of_code_prefixes_places_the_coded_speakers(lexicon: RoleLexicon) -> None:
    text = (
        "To preserve anonymity, interviewees are identified by a code: DAS for directors of adult"
        " social services; P for providers, including the chairs of local care associations; and"
        " N for national stakeholders.\n\n"
        "Another interviewee (N4) warned that ‘the personal assistant market is the one bit"
        " nobody shapes’.\n\n"
        "The council’s director (DAS8) confirmed that the collaborative was now ‘the first call"
        " we make, not the last’."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "director"]


def test_a_labels_letter_ends_its_sentence(lexicon: RoleLexicon) -> None:
    text = (
        "The Director drew Members' attention to the findings, set out in full at Appendix A."
        ' The report stated that "people continued to wait too long for assessments".'
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("document", "The report")
    ]


def test_minutes_name_attendees_with_their_posts_in_brackets(lexicon: RoleLexicon) -> None:
    text = (
        "Officers: Rachel Ainsworth (Director of Adult Social Services), Kirsty Lam (Principal"
        " Social Worker)\n\n"
        "In attendance for item 41/24: Dr Farah Siddiqui (Director of Place – Wyvernshire, NHS"
        " Wyvern and Avon Integrated Care Board)\n\n"
        "41/24 HOSPITAL DISCHARGE\n\n"
        'Dr Siddiqui introduced the report. She told the Committee: "The joint discharge hub has'
        ' made a real difference."\n\n'
        'Ms Lam said that "the hospital team is stretched".'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "workforce"]


def test_initials_in_an_attendee_s_bracket_are_what_the_minutes_call_them(
    lexicon: RoleLexicon,
) -> None:
    # the initials close the bracket, or are all of it; the board's posts are the publisher's
    text = (
        "NORTHBY DISABLED PEOPLE'S FORUM\n\nMinutes of the annual general meeting\n\n"
        "Present (board): Helen Marsh (Chair, HM), Owen Pike (Treasurer, OP), Ria Das (RD)\n"
        "Guests: Sam Reed, Policy Officer, Disability Rights UK (SR)\n\n"
        'HM said: "This has been a hard year for disabled people in Northby, and a busy one."\n\n'
        'OP said: "The council cut our grant again, and we have had to dip into reserves."\n\n'
        'SR said: "Local forums like this one are where our evidence comes from."'
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("HM", "user"),  # a disabled people's forum's chair
        ("OP", "user"),
        ("SR", "national"),  # an officer of a national charity
    ]


def test_a_broadcast_caption_names_the_speaker_under_it(lexicon: RoleLexicon) -> None:
    text = (
        "Video transcript\n\n"
        "HELEN MARKHAM (PRESENTER): Good evening. Care homes say they are struggling.\n\n"
        "TOM BAPTISTE (REPORTER): It's just after ten at night at Fernleigh House.\n\n"
        "[CAPTION: Grace Mensah – Senior carer, Fernleigh House]\n\n"
        "When we're fully staffed it's a lovely place to work, honestly.\n\n"
        "TOM BAPTISTE: In the market, the people we spoke to were in no doubt.\n\n"
        "[VOX POPS, Kidderbridge market]\n\n"
        "[CAPTION: Marcus Reid – Registered manager, Fernleigh House]\n\n"
        "We've lost three people since the summer.\n\n"
        "TOM BAPTISTE: Fernleigh is not alone.\n"
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("When we're f", "workforce", "Grace Mensah – Senior carer, Fernleigh House"),
        ("We've lost t", "provider", "Marcus Reid – Registered manager, Fernleigh House"),
    ]  # the reporter's words before a direction in capitals are no one's quotation


def test_one_of_a_group_a_post_in_lower_case_abbreviates(lexicon: RoleLexicon) -> None:
    text = (
        "Bernadette Oyelaran took up the post of principal social worker (PSW) for adults at"
        " Harbourne in 2017.\n\n"
        "Not every PSW gets that hearing. One, who works in a large shire county and asked not"
        " to be named, described being “moved between three line managers in eighteen months”."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]


def test_what_someone_does_is_one_person_however_many_homes(lexicon: RoleLexicon) -> None:
    text = (
        "I want to thank every manager who covered a night shift and every owner who found a way"
        " to keep going. Last month one of our members, who runs two small homes on the coast,"
        " wrote to me. ‘I have been doing this for twenty-six years,’ she wrote."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_member_in_a_bodys_written_evidence_is_one_of_its_members(
    lexicon: RoleLexicon,
) -> None:
    body = (
        "Fee rates remain below the cost of care.\n\n"
        "A member who provides home care in two neighbouring authorities said: ‘One pays"
        " £21.50 an hour and the other £24.80, for the same care.’\n\n"
        "As one member put it: ‘We are a supplier, not a partner.’\n"
    )
    header = "Written evidence submitted by the Association of Independent Care Providers\n\n"
    assert [role for _, role, _ in quoted(header + body, lexicon)] == ["provider", "provider"]
    # whose members? (unless what they do says: "A member who provides home care")
    unplaced = body.replace("who provides home care in", "with services in")
    assert "provider" not in [role for _, role, _ in quoted(unplaced, lexicon)]


def test_a_sentence_opening_on_a_name_then_what_they_do_introduces_their_words(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Here's a summary of what you told us.\n\n"
        "Pat, from Holmby, cares for her husband, who has Parkinson's and has four home care"
        " visits a day.\n\n"
        '"His tea call is supposed to be at five. Last week they came at ten past eight."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user"]


def test_another_participant_is_one_more_of_the_participant_the_text_placed(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "A director of nursing at an integrated care board told us: ‘We still see social care as"
        " what happens after hospital.’\n\n"
        "One participant in our focus group, a wheelchair user who has employed personal"
        " assistants for more than 20 years, said:\n\n"
        "‘They come to us with the glossy document already printed.’\n\n"
        "Another participant added: ‘I'm an expert in my own life.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "user", "user"]


def test_another_respondent_continues_a_run_of_one_kind_of_speaker(lexicon: RoleLexicon) -> None:
    run = "".join(
        f"A care worker in {town} said: ‘The rota changes every week and nobody asks us.’\n\n"
        for town in ("Leeds", "Hull", "York")
    )
    mixed = (
        "A director said: ‘The budget is gone before the year starts, every year now.’\n\n"
        "A care worker said: ‘The rota changes every week and nobody asks us.’\n\n"
        "A GP said: ‘Discharge is the bottleneck in this system, and has been for years.’\n\n"
    )
    after = "Another respondent said: ‘Training is a laptop in the staff room and a tick box.’"
    assert quoted(run + after, lexicon)[-1][1] == "workforce"
    assert quoted(mixed + after, lexicon)[-1][1] == "interviewee"


def test_she_is_not_the_man_just_quoted(lexicon: RoleLexicon) -> None:
    text = (
        "Amara Cole, a care home owner, bought her first home in 1998. ‘I set out to run one good "
        "home,’ she says.\n\n"
        "Dr Paul Ferris, a GP at the local practice, saw the pandemic from the other side. ‘Care "
        "homes were an afterthought,’ he says.\n\n"
        "The relationship that came out of it, she says, is one good legacy. ‘We have a named GP "
        "for every home now,’ she says."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "nhs", "provider"]


def test_an_honorific_or_an_earlier_pronoun_tells_he_from_she() -> None:
    genders = Genders("Mrs Okafor opened the meeting; Sir Tom Reddy and Dr Lee spoke after her.")
    okafor, reddy, lee = (
        Antecedent(0, "provider", False, False, names=(n,)) for n in ("Okafor", "Reddy", "Lee")
    )
    assert (genders.of(okafor), genders.of(reddy), genders.of(lee)) == ("f", "m", "")
    genders.learn_of(lee, "f")  # "'...,' she says" was resolved to Dr Lee
    she = genders.agreeing("she")
    assert she is not None and she(okafor) and not she(reddy) and she(lee)
    assert genders.agreeing("they") is None


def test_a_person_in_an_opening_clause_is_not_the_subject(lexicon: RoleLexicon) -> None:
    text = (
        "If the minister was cautious, Marcus Oyelaran, president of ADASS, was not. He told the "
        "hall:\n\n"
        "Directors are not managing services any more, they are managing decline. I say it because "
        "it is what my colleagues tell me every week.\n\n"
        "The next session turned to the workforce."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_trailing_cue_is_in_the_quotations_own_paragraph(lexicon: RoleLexicon) -> None:
    text = (
        "A registered manager of a nursing home in Cumbria asked the panel: “We have eleven empty "
        "beds and people stuck in hospital. Who is in charge of that?”\n\n"
        "Gareth Lyle, chief executive of the integrated care board, replied that it was “a "
        "failure of the system that I am part of”."
    )
    assert [role for _, role, _ in quoted(text, lexicon)][:1] == ["provider"]


def test_a_body_named_inside_a_longer_name_is_not_a_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "The mood changed with Marcus Oyelaran, vice-president of the Association of Directors "
        "of Adult Social Services. He told the main hall:\n\n"
        "Directors are not managing services any more, they are managing decline. I say it "
        "because it is what my colleagues tell me every week.\n\n"
        "The next session turned to the workforce."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_hyphenated_surname_is_not_its_last_part(lexicon: RoleLexicon) -> None:
    text = (
        "Amara Osei-Bennett, founder of Fernleigh Care Group, bought her first home in 1998. "
        "‘I set out to run one good home, and then people kept asking me to take on another,’ she "
        "says. Her husband, David Bennett, a retired accountant, thought she had lost her mind."
        "\n\n"
        "We asked Osei-Bennett for her views on the issues of the day.\n\n"
        "Q: Should there be a national rate for care?\n\n"
        "A: A national floor, yes. But a single national rate would be a disaster here.\n\n"
        "Q: And the new inspections?\n\n"
        "A: Honestly? We have had homes waiting four years for an inspection."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"] * 3


def test_an_interview_s_answers_stay_the_interviewee_s_after_quoting_others(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Amara Osei-Bennett, founder of Fernleigh Care Group, has chaired the providers' forum "
        "for a month. ‘I didn’t come into this to be polite,’ she says.\n\n"
        "Q: What do ministers ask you?\n\n"
        'A: They ask, quite reasonably, "Who am I actually meant to be talking to?" And we have '
        "never had a good answer.\n\n"
        "The minister for care, Rachel Oyelaran, told the conference last week: ‘Providers will "
        "be at the table when we set the terms.’\n\n"
        "Q: Do you believe her?\n\n"
        "A: I believe she means it. Whether the Treasury means it is another question."
    )
    got = [(role, words[:12]) for words, role, _ in quoted(text, lexicon)]
    assert got[0] == ("provider", "‘I didn’t co") and got[-1] == ("provider", "I believe sh")
    assert ("national", "‘Providers w") in got  # the minister quoted between the answers


def test_notes_whose_attendance_list_gives_the_initials_first(lexicon: RoleLexicon) -> None:
    text = (
        "Provider Forum – Notes of meeting\n\n"
        "Present:\n"
        "JT – Jane Tully, Chair, Hartfield Care Association (HCA)\n"
        "MC – Mary Collins, Registered Manager, Fernlea Nursing Home\n\n"
        "In attendance:\n"
        "LO – Lisa Osei, Head of Discharge and Flow, Hartfield Integrated Care Board\n"
        "HN – Hannah Nowak, Locality Manager, Skills for Care\n\n"
        "2.1 JT said the fee uplift was ‘an insult’. LO said the delays were ‘completely "
        "unacceptable’. HN said: ‘For the first time there is money for training.’"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [("provider", "JT"), ("nhs", "LO"), ("national", "HN")]


def test_a_speaker_heading_in_capitals_names_the_later_turns(lexicon: RoleLexicon) -> None:
    text = (
        "Webinar: who leads when everyone is stretched?\n\n"
        "SUNITA RAO (assistant director, commissioning and partnerships, Aireborough "
        "Metropolitan District Council):\n\n"
        "I'll be honest too, because I think that's the point of today.\n\n"
        "JOANNE KIRKBY (registered manager, Hollin Bank Nursing Home, Halifax):\n\n"
        "Honestly? It looks like being on the floor at seven in the morning.\n\n"
        "MARCUS WEBB: A question from Priya, who runs a small agency in Leeds.\n\n"
        "SUNITA RAO: Priya, that's a fair challenge, and I recognise it.\n\n"
        "JOANNE KIRKBY: Can I add something? I think the answer is partly us.\n\n"
        "MARCUS WEBB: One more, from Gareth, a care worker in Wakefield.\n\n"
        "SUNITA RAO: It has to be joint, Gareth."
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[0][0] == "director" and got[-1] == ("director", "SUNITA RAO")
    assert ("director", "SUNITA RAO") in got[:-1]


def test_a_panel_named_in_a_sentence_each_with_the_post_in_brackets(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The afternoon panel was chaired by Rebecca Tolley (Assistant Director, Fenmoor Council). "
        "Panellists were Helen Marsh (Chair, Mid-Anglia Care Providers' Alliance) and Tomasz "
        "Nowak (Principal Social Worker, Ouseley City Council), with the Care Quality Commission "
        "(CQC) sending apologies.\n\n"
        'Helen Marsh said providers would "happily co-fund places". Tomasz Nowak suggested '
        'she "find someone two jobs ahead of you".\n\n'
        'Rebecca Tolley summed up: "Leadership isn\'t a job title."'
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("provider", "Helen Marsh"),
        ("workforce", "Tomasz Nowak"),
        ("director", "Rebecca Tolley"),
    ]


def test_a_panel_each_of_whose_members_speaks_once_under_a_name_in_capitals(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The panel was chaired by Rebecca Tolley (Assistant Director, Fenmoor Council). "
        "Panellists were Helen Marsh (Chair, Mid-Anglia Care Providers' Alliance), Tomasz Nowak "
        "(Principal Social Worker, Ouseley City Council) and Cllr Peter Hammond (Cabinet Member "
        "for Adult Social Care, Fenmoor Council).\n\n"
        "REBECCA TOLLEY: Why would anyone in this room want to be a director in 2025?\n\n"
        "HELEN MARSH: The best directors I've worked with started near the front line.\n\n"
        "TOMASZ NOWAK: I'd add that we should stop assuming the route goes through finance.\n\n"
        "CLLR PETER HAMMOND: I'll be honest, as a member I wasn't always sure what I wanted.\n\n"
        "Recommendation: the branch should write to chief executives."
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("director", "REBECCA TOLLEY"),
        ("provider", "HELEN MARSH"),
        ("workforce", "TOMASZ NOWAK"),
        ("political", "CLLR PETER HAMMOND"),
    ]


def test_an_extract_whose_speakers_each_speak_once_under_a_first_name_and_a_bracket(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Rosa, 68, has looked after her sister since a stroke in 2021. Kofi, 45, is a home care"
        " worker in the town.\n\n"
        "Extract from the closing discussion (transcribed from audio)\n\n"
        "ROSA (68): Nobody asked me what I could manage. They just assumed.\n\n"
        "KOFI (45): I see it every week. The family are doing the work and nobody counts it.\n\n"
        "LEWIS (19): Can I ask why the council can't just pay more?\n\n"
        "ANNA (52): Because it hasn't got it. That's the whole problem.\n\n"
        "The jury then voted on the principles."
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [speaker for _, speaker in got] == ["ROSA (68)", "KOFI (45)", "LEWIS (19)", "ANNA (52)"]
    assert [role for role, _ in got][:2] == ["user", "workforce"]
    # each turn is found, though no one speaks twice and no label is a full name; those the page
    # met before take the role it gave them


def test_who_has_managed_a_home_by_its_name_or_runs_supported_living_is_a_provider(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "'Nobody trains you for the phone call at two in the morning,' says Aled Price, who has"
        " managed Brynmor House since 2016.\n\n"
        "Kiran, who manages supported living services for people with autism, was blunter:"
        " 'We are the last to hear and the first to be blamed.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]
    # not "other" (a name alone) nor "user" (the people the services are for)


def test_a_mention_in_a_where_clause_is_not_the_subject_of_the_verb_after_it(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Cllr Ruth Abara, cabinet member for adult social care at Eastmoor Council, where"
        " social workers now answer the phone to people asking for help, said the change had"
        " halved waiting times.\n\n"
        '"It was the best decision we have made in years," she said.\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political"]
    # "she" is the councillor, not the people the clause about the council mentions before "said"


def test_it_after_a_council_respondent_s_quotation_is_the_respondent_again(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "4.2 One local authority respondent described the role as 'a statutory officer, a budget"
        " holder and a system leader at once'. It went on:\n\n"
        "'In practice the budget wins. Most of my week is savings.'\n\n"
        "4.3 Another respondent, a GP, said that 'nobody owns the whole pathway'. The review's"
        " interim report found that 'leadership is spread too thinly'. It concluded:\n\n"
        "'A named leader is needed in every place.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "director",
        "director",
        "nhs",
        "document",
        "document",
    ]
    # a council's words are the director's, and so is its "It went on"; a report's "It
    # concluded" stays a document's


def test_the_association_s_president_is_of_the_association_the_text_named(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The Association of Directors of Adult Social Services surveyed its members in the"
        " spring. Its report paints a picture of departments 'running on goodwill', in the words"
        " of the association's president.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]
    # not a care association's, which "association" alone would be


def test_a_government_department_s_words_are_a_document_s(lexicon: RoleLexicon) -> None:
    text = (
        "The Home Office said the rules were needed 'to restore control of the care visa route'."
        "\n\nThe Treasury says the grant is 'additional to existing funding'.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]
    # as the Department of Health and Social Care's are, not a named person's with no role


def test_a_trailing_cue_closing_on_a_name_and_an_age_is_one_of_the_public(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Few said the charges had been explained before care began.\n\n"
        "'I was never told what it would cost until the first bill came,' said Frank, 77."
        " 'I thought it was free.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]
    # as "Frank, 77, said" is: the age after the name, though a full stop follows it


def test_a_peer_named_by_another_in_a_debate_is_political(lexicon: RoleLexicon) -> None:
    text = (
        "Lord Tremayne (Lab)\n\n"
        "My Lords, earlier in this debate the noble Lord, Lord Pendlebury, said that “members"
        " are the missing link in social care leadership”. I agree with him.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)][-1:] == ["political"]
    # a member of the House, as the record names them, not someone the speaker recalls (other)


def test_an_improvement_programme_s_adviser_is_national_not_a_councillor(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "An adviser from the Local Government Association's care and health improvement"
        " programme told the workshop: 'The regions that have done best on market shaping are"
        " the ones that stopped treating it as procurement.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]
    # the LGA's board chairs are councillors (political); its improvement advisers are not


def test_a_charity_operating_care_homes_is_a_provider(lexicon: RoleLexicon) -> None:
    text = (
        "The chief executive of a faith-based charity operating 22 care homes told us: 'We"
        " subsidise every council placement from our reserves, and the reserves are nearly"
        " gone.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # what the charity does, not that it is a charity (national)


def test_who_manages_a_day_or_respite_service_is_a_provider(lexicon: RoleLexicon) -> None:
    text = (
        "The manager of a day opportunities service run by a local charity told us:\n\n"
        "'We have been told the budget is fixed for three years. Our costs are not.'\n\n"
        "'The waiting list is the longest it has ever been,' said Ama Boateng, who manages a"
        " respite service for adults with learning disabilities near Leeds.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]
    # what the service is, not the charity that runs it (national) or no role at all


def test_who_manages_a_court_by_its_name_is_a_provider(lexicon: RoleLexicon) -> None:
    text = (
        "'We are a home first and a service second,' said Rhian Lloyd, who has managed Aspen"
        " Court, a 40-flat extra care scheme, since 2020.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # as "who manages Larkhill House" and "... Ashgrove Lodge" are


def test_any_shadow_minister_is_the_opposition_s(lexicon: RoleLexicon) -> None:
    text = (
        "Dan Okoro, the shadow immigration minister and Labour MP for Eastvale, said: 'This is"
        " policy made on the back of an envelope.'\n\n"
        "The care minister said: 'We have listened to the sector.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political", "national"]


def test_people_known_by_a_first_name_keep_their_role(lexicon: RoleLexicon) -> None:
    text = (
        "“I didn’t know I was a carer until someone at the surgery told me I was.”\n"
        "June, who cares for her husband\n\n"
        "Dev, 44, cares for his son Arjun, who is autistic. The family uses a direct payment to "
        "employ a personal assistant.\n\n"
        "‘The direct payment changed everything for us as a family,’ Dev says.\n\n"
        "Our support worker helped her apply for a break.\n\n"
        "‘The assessment itself was a bit of a box-ticking exercise, if I’m honest,’ June says."
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("user", "June, who cares for her husband"),
        ("user", "Dev"),
        ("user", "June"),
    ]


def test_a_survey_of_one_role_gives_its_respondents_that_role(lexicon: RoleLexicon) -> None:
    said = "said: ‘The budget is gone before the year starts, and we cut prevention first.’\n\n"
    directors = "".join(f"A director in {place} {said}" for place in ("Kent", "Hull", "York"))
    directors += "".join(f"The director of adult social services in {p} {said}" for p in "AB")
    mixed = directors.replace("A director in Hull", "A care worker in Hull").replace(
        "A director in York", "A GP in York"
    )
    respondent = "One respondent wrote: ‘We are managing decline, not services, this year.’"
    assert quoted(directors + respondent, lexicon)[-1][1] == "director"
    assert quoted(mixed + respondent, lexicon)[-1][1] == "interviewee"


def test_a_survey_s_respondents_are_those_it_had_responses_from(lexicon: RoleLexicon) -> None:
    text = (
        "Our practice survey ran from September to November and received 1,412 responses from"
        " registered social workers, team managers and principal social workers.\n\n"
        "Reported access to regular supervision improved: 71 per cent of respondents said they"
        " had it monthly. Asked what had most improved their practice, one respondent wrote:\n\n"
        "‘Proper supervision. For the first time in three years my manager reads my cases.’"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]


def test_a_publisher_with_a_long_name_at_the_top_speaks_through_its_officers(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Spring Budget Survey 2025\n\n"
        "Association of Directors of Adult Social Services\n\n"
        "This is the twenty-first year in which we have asked every director about money.\n\n"
        "Our President, Melanie Hargreaves, said:\n\n"
        "‘Directors have done everything asked of them, and it is not enough.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_an_interviewee_is_not_one_of_the_survey_s_respondents(lexicon: RoleLexicon) -> None:
    # the study surveyed providers and interviewed all sorts: its respondents are providers, its
    # interviewees anyone
    text = (
        "We ran a survey of 212 care providers and interviewed people in eight areas.\n\n"
        "One interviewee put it bluntly: ‘Everyone has been managing decline for a decade.’\n\n"
        "One respondent wrote: ‘We hand back packages every month because the rate is too low.’"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["interviewee", "provider"]


STUDIO_GUESTS = (
    "Dave Hollis  09:05:12\nGood morning. With me is Councillor Rob Cartwright, cabinet member"
    " for adult social care, and Janet Moss, who's from Hindley Green. Rob, why do this?\n\n"
    "Cllr Rob Cartwright  09:06:15\nNobody in the council wants to put charges up, but we have"
    " a legal duty to balance the budget.\n\n"
    "Dave Hollis  09:06:58\nJanet, what did you think when you got the letter?\n\n"
    "Janet Moss  09:07:02\nI sat down and cried, to be truthful. We pay ninety-six pounds a"
    " week now for Alan's care.\n\n"
    "Dave Hollis  09:20:00\nCouncillor Rob Cartwright is still here, and Janet Moss who cares"
    " for her husband. Rob, a last word?\n\n"
    "Cllr Rob Cartwright  09:20:30\nWe will look again at the letter and at the respite offer"
    " before the cabinet decides.\n\n"
    "Dave Hollis  09:26:04\nJanet Moss, Councillor Rob Cartwright, thank you both.\n"
)


def test_a_guest_is_placed_by_a_clause_and_not_by_the_next_guest_s_title(
    lexicon: RoleLexicon,
) -> None:
    # "Janet Moss who cares for her husband", with no comma, says who she is; in "Janet Moss,
    # Councillor Rob Cartwright, thank you both" the councillor is the next person, not her post
    def janet(text: str) -> str:
        said = quoted(clean_text(text).text, lexicon)
        return next(role for _, role, speaker in said if speaker == "Janet Moss")

    assert janet(STUDIO_GUESTS) == "user"
    assert janet(STUDIO_GUESTS.replace(" who cares for her husband", "")) == "other"


def test_a_footnote_after_a_percentage_ends_the_sentence(lexicon: RoleLexicon) -> None:
    text = (
        "Skills for Care estimates that turnover among registered managers was 23%.54 Dr Lorna "
        "Fairbank, Chief Executive of the Care Quality Commission, told us that the presence of "
        "a registered manager was closely linked to the quality of care:\n\n"
        "“Where we see a service without a registered manager for six months, we very often see "
        "the rating fall.”"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("national", "Dr Lorna Fairbank, Chief Executive of the Care Quality Commission")
    ]


def test_a_reason_after_a_quotation_is_no_trailing_cue(lexicon: RoleLexicon) -> None:
    text = (
        "Mr Oduya, director general for adult social care, told us that the Department “does not "
        "set pay in adult social care”, because providers are independent employers.48 He "
        "pointed to the National Living Wage and said the pathway would help."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_written_evidence_is_a_document_whoever_gives_it(lexicon: RoleLexicon) -> None:
    text = (
        'In written evidence to the committee, ADASS said that "the system is at a tipping point". '
        "Professor Martin Knapp of the London School of Economics told the committee: "
        '"Without a pay strategy, nothing else will work."'
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("document", "ADASS"),
        ("national", "Professor Martin Knapp of the London School of Economics"),
    ]


def test_a_body_speaking_is_a_document_a_kind_of_body_keeps_its_role(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Karen Doyle, a registered manager in Leeds, said: 'We are running out of staff.'\n\n"
        "The annual survey was published in May. It concluded that 'the market is fragile'.\n\n"
        "The Local Government Association warned that 'councils cannot fill the gap'. "
        "The Local Government Association's chair, Cllr Rita Obi, said: 'We need a plan.'\n\n"
        "One integrated care board noted that 'discharge has improved'. "
        "A regional care association said: 'Fees do not cover costs.'\n\n"
        "The Association of Directors of Adult Social Services said the figures showed 'a decade"
        " of underfunding'. Directors of adult social services said: 'We need a plan too.'"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "provider",
        "document",  # "It": the survey, not the manager before it
        "document",  # the association itself: its written words
        "political",  # a person holding a post there
        "nhs",  # a kind of body, as a consultation names its respondents
        "provider",
        "document",  # a body named for the people it is of
        "director",  # ... and those people
    ]


def test_he_is_the_possessor_not_his_parents(lexicon: RoleLexicon) -> None:
    text = (
        "Tom Reddy is a care home owner in Scarthwaite. The Larches, which his mother opened "
        "in a converted vicarage, has 22 beds. "
        "'Nearly forty years on, I have still got the bank loan,' he says.\n\n"
        "Her manager, Sue, has run the agency for 19 years. 'I lose a good carer every month,' "
        "she said."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_name_after_a_post_at_the_organisation_just_named(lexicon: RoleLexicon) -> None:
    text = (
        "Harbourlight Care, a home care provider in Leicester, runs a leadership programme for "
        "care workers. Its founder and chief executive, Adaeze Nwosu, says half of those who "
        "finish it are from ethnic minority backgrounds.\n\n"
        '"It isn\'t charity," Nwosu says.\n\n'
        "Gary Pollitt was Brightwell's registered manager from 2019 until he resigned in 2022.\n\n"
        '"We were taking on packages we could not staff," Pollitt says.'
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "Nwosu"),  # not the care workers the programme is for
        ("provider", "Pollitt"),  # the post after the company's name and a copula
    ]


def test_a_panellist_introduced_by_what_they_do(lexicon: RoleLexicon) -> None:
    text = (
        "Tom Ashworth is chief executive of Brookvale Care, a not-for-profit organisation "
        "providing home care across West Yorkshire. He began with the workforce.\n\n"
        "Malcolm Reid cares for his wife, Anne, who has dementia. He spoke without notes.\n\n"
        "Ashworth said the answer had been a single point of contact. "
        "'It took us two years,' said Ashworth.\n\n"
        "'Nobody asked us,' said Reid, to laughter."
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "Ashworth"),  # the post at a company whose name ends in a sector word
        ("user", "Reid"),  # a name and what he does: "cares for his wife"
    ]


def test_a_name_in_commas_after_a_whole_post(lexicon: RoleLexicon) -> None:
    text = (
        "Marcus Webb is Wendham's director of adult social services. The ICB's director of place "
        "for Wendham, Gareth Lowe, had run community services before.\n\n"
        "Lowe puts it differently: 'Marcus understands the NHS better than most directors.'"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [("nhs", "Lowe")]


def test_a_pseudonym_the_writer_gives(lexicon: RoleLexicon) -> None:
    text = (
        "Last Thursday I stood in a kitchen while a home care worker I will call Precious helped "
        "an 89-year-old woman out of bed.\n\n"
        "\u201cI have got 14 calls before lunch,\u201d Precious told me."
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("workforce", "Precious")
    ]


def test_two_speakers_in_one_sentence(lexicon: RoleLexicon) -> None:
    text = "One director called it 'a mess', while a care home owner said it was 'total chaos'."
    assert [(q, role) for q, role, _ in quoted(text, lexicon)] == [
        ("'a mess'", "director"),
        ("'total chaos'", "provider"),
    ]


def test_committee_evidence(lexicon: RoleLexicon) -> None:
    text = (DOCS / "committee-evidence.txt").read_text(encoding="utf-8")
    got = [(q[:12], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ('"the system ', "document"),  # In written evidence to the committee, ADASS said that
        (
            '"Without a p',
            "national",
        ),  # Professor X of the London School of Economics told the committee:
        ('"We have put', "national"),  # The Minister ...; she told us
        ('"and we will', "national"),  # interrupted by its cue
        ('"Turnover is', "national"),  # the chief executive of Skills for Care ... She said:
        ('"I have not ', "user"),  # Unpaid carers gave powerful evidence. One said:
        ('"The only su', "user"),  # Another told us:
    ]


def test_titles_of_works_in_citations_and_reference_lists_are_not_quotations(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "One director told us: 'We were never asked what we needed.'\n\n"
        "For more on funding, see 'A short history of social care funding reform in England: "
        "1997 to 2019' (www.example.org.uk/short-history).\n\n"
        "The Local Government Association set this out in 'Adult social care: our vision for "
        "the future'. Available at: www.local.gov.uk/vision (accessed on 3 May 2022).\n\n"
        "Smith J, Patel R (2019). 'Leading in turbulent times: the view from the front line of "
        "adult social care'. Health Services Journal, vol 12, pp 1-9.\n\n"
        "Nobody disagreed. 'It has been a long time coming,' said one care home owner.\n\n"
        "References\n\n"
        "Association of Directors of Adult Social Services (2020). Nine statements. London: "
        "ADASS.\n\n"
        "Jones A. 'Whose care is it anyway? Rethinking leadership across the sector'. "
        "Care Policy Review, 14, 22-31.\n\n"
        "Acknowledgements\n\n"
        "We thank everyone who spoke to us. As one participant said, 'Keep listening to us.'\n"
    )
    assert [(q[:14], role) for q, role, _ in quoted(text, lexicon)] == [
        ("'We were never", "director"),
        ("'It has been a", "provider"),
        ("'Keep listenin", "interviewee"),
    ]


def test_a_quoted_question_put_to_the_speakers_is_not_their_answer(lexicon: RoleLexicon) -> None:
    text = (
        "Most of the directors we spoke to, when asked the question of 'Who leads social care "
        "in your area?', began with the people who draw on care. One director says: 'It starts "
        "with the people we serve.' We asked them: 'What would you change first?' Most said pay."
    )
    assert [(q[:14], role) for q, role, _ in quoted(text, lexicon)] == [
        ("'It starts wit", "director"),
    ]


# -- documents written after the lexicon and rules, to test generalisation -----------------------
# Each line: expected (role, quote start). KNOWN_MISSES lists the quotes the attributor still gets
# wrong, with the role it gives, so the figures stay honest and a regression still fails the test.

GENERALISATION = {
    "council-press-release.txt": [
        (
            "political",
            '"Our care providers',
        ),  # Cllr Jane Smith, cabinet member for adult social care
        ("political", '"We cannot do this'),  # Cllr Smith added (interrupted quotation)
        ("political", '"We need the govern'),
        (
            "director",
            '"Every provider we ',
        ),  # he said - Mark Evans, director of adult social services
        ("director", '"That is what this '),
        ("provider", '"For the first time'),  # she said - managing director of a home care company
        ("provider", '"The uplift will go'),  # (not the care workers it employs)
        ("nhs", '"When home care wor'),  # Dr X, a GP and clinical lead at the local ICB
        ("user", '"The money is welco'),  # X, whose mother has lived in a care home
        ("document", '"Care workers need '),  # A spokesperson for Unison: the union's statement
        # the plan's title in the notes to editors is not a quotation
    ],
    "workforce-interviews.txt": [
        ("provider", "Last month I arrang"),  # A registered manager told us that ...: block
        ("workforce", "'It's the split shi"),  # One carer explained (a paid carer: split shifts)
        ("workforce", "'We're told we're v"),  # Another added:
        ("workforce", "'I love the people "),  # A third was blunter still.
        ("nhs", "'every unfilled shi"),  # As a senior NHS manager put it,
        ("provider", "'There's no one to "),  # ..., said one home care manager.
        ("provider", "'You're the manager"),
        ("interviewee", "'The appetite is en"),  # A workforce lead in one authority commented
        ("director", "I spend more time i"),  # One director of adult social services reflected:
        ("user", "'My husband has had"),  # ..., one wife told us.
        ("user", "'He doesn't know wh"),
        ("workforce", "'We've had the plan"),  # A social worker we interviewed was sceptical ...:
    ],
    "review-news.txt": [
        ("document", '"fragmented, under-'),  # The review ... found that
        ("national", '"Leaders in social '),  # care minister X ...; he told MPs
        ("national", '"We will respond in'),
        ("national", '"the details will b'),  # Asked whether ..., the minister said only that
        ("national", '"Six million unpaid'),  # she said - the chief executive of a charity
        ("national", '"Leadership has to '),
        ("national", '"Without better pay'),  # Professor X, an academic ...
        ("document", '"We welcome the rev'),  # In a written statement, the CQC said:
        ("document", '"must not become an'),  # Care England ... said in a statement that
        ("document", '"Councils stand rea'),  # The LGA also responded. Its spokesperson said:
        # the review's title before 'is available at www...' is not a quotation
    ],
}
KNOWN_MISSES = {
    # bare 'carer' is read as an unpaid carer (role user); here the context (split shifts, petrol
    # between visits) makes it a paid care worker, which the lexicon cannot see
    ("workforce-interviews.txt", "'It's the split shi"): "user",
    ("workforce-interviews.txt", "'We're told we're v"): "user",
    ("workforce-interviews.txt", "'I love the people "): "user",
}


@pytest.mark.parametrize("name", sorted(GENERALISATION))
def test_unseen_genre_documents(name: str, lexicon: RoleLexicon) -> None:
    text = (DOCS / name).read_text(encoding="utf-8")
    expected = GENERALISATION[name]
    got = [(role, q) for q, role, _ in quoted(text, lexicon)]
    assert [q[: len(start)] for (_, q), (_, start) in zip(got, expected, strict=False)] == [
        start for _, start in expected
    ]
    assert len(got) == len(expected)
    assert [role for role, _ in got] == [
        KNOWN_MISSES.get((name, start), role) for role, start in expected
    ]


def test_an_opening_participle_is_not_the_cue_verb(lexicon: RoleLexicon) -> None:
    text = (
        'Responding to the report, Sarah Pickup, president of ADASS, said: "This is a wake-up '
        'call for everyone." Commenting on the figures, the chief executive of Care England, '
        'Martin Green, said: "These are grim numbers for providers."'
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "Sarah Pickup, president of ADASS"),
        ("provider", "the chief executive of Care England, Martin Green"),
    ]


def test_a_cue_less_phrase_no_one_in_its_paragraph_says_is_narrative(lexicon: RoleLexicon) -> None:
    text = (
        "One care home owner told us: 'We are paying agency rates every week.'\n\n"
        "Skills for Care is the Department's 'delivery partner on leadership and workforce "
        "development', and in 2019 the prime minister promised to 'fix the crisis in social care once and "
        "for all'.\n\n"
        "The owner said the council was slow to pay, which meant staff who are 'just two members "
        "on duty at any one time' carry the home, and the council's aim to be 'even better than "
        "we were before the pandemic' rang hollow."
    )
    assert [(q[:14], role) for q, role, _ in quoted(text, lexicon)] == [
        ("'We are paying", "provider"),
        ("'fix the crisi", "national"),  # what the prime minister promised, in his words
        ("'just two memb", "provider"),  # a speaker of the paragraph goes on
        ("'even better t", "provider"),  # first person: someone's words
    ]


def test_a_sentence_on_the_manner_of_speech_introduces_the_next_quotation(
    lexicon: RoleLexicon,
) -> None:
    text = (
        'One director told us: "It is manageable." A registered manager with twenty years in the '
        'sector was more blunt. "Nobody asks us anything." The weather was stark. "We pay on time."'
    )
    assert [(q[:10], role) for q, role, _ in quoted(text, lexicon)] == [
        ('"It is man', "director"),
        ('"Nobody as', "provider"),
        ('"We pay on', "provider"),  # no role in 'The weather': the last speaker goes on
    ]


def test_page_finder_maps_offsets_to_pages() -> None:
    from carelead.passages.segment import page_finder

    page = page_finder([PageSpan(3, 0, 10), PageSpan(4, 10, 25)])
    assert [page(p) for p in (0, 9, 10, 24, 99)] == [3, 3, 4, 4, 4]
    assert page_finder([])(5) is None


def test_undefined_measures_are_none_never_nan_in_any_format() -> None:
    from carelead.evaluate.attribution import Scores, report, score
    from carelead.evaluate.gold import GoldEntry
    from carelead.output.formats import render

    text = "He said: ‘Same words here.’"
    result = score(
        {"d": text},
        {"d": [Passage(1, "quote", "user", 9, 27)]},
        [GoldEntry("d", "Same", 1, role="director")],
    )
    rows = {r["role"]: r for r in result.per_role()}
    # director: in the gold, never predicted; user: predicted, never in the gold
    assert (rows["director"]["precision"], rows["director"]["recall"]) == (None, 0.0)
    assert (rows["user"]["precision"], rows["user"]["recall"], rows["user"]["f1"]) == (
        0.0,
        None,
        0.0,
    )
    empty = Scores()
    assert empty.recall is None and empty.accuracy is None
    for scores in (result, empty):
        for fmt in ("table", "json", "jsonl", "csv", "markdown"):
            assert "nan" not in render(report(scores), fmt).lower()
    data = report(result).data
    assert data["chained_role_accuracy"] is None
    assert "| user     |     0.000 |      – | 0.000 |       0 |" in render(report(result), "table")


def test_he_and_she_refer_to_a_person_not_an_organisation_or_a_publication(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Cllr Ann Hale, cabinet member for adult care, said: “Councils share the ambition.”\n\n"
        "The white paper confirms that the Care Quality Commission will go on assessing councils.\n\n"
        "“Inspection will tell ministers what they already know,” she added.\n\n"
        "Dr Sam Reid, a senior fellow at the Centre for Care Policy, said: “The survey is useful.”\n\n"
        "He said councils in deprived areas were more likely to report overspends.\n\n"
        "“A commission is not a plan for next winter,” he warned."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "political",
        "political",  # not the CQC mentioned in between
        "national",
        "national",  # not the verb "report" read as a publication
    ]


@pytest.mark.parametrize(
    "cue",
    [
        "She recalled the words of the ward sister on the morning of discharge:",
        "Another carer remembered what her late father used to say about his visits:",
        "One director recalled a ward manager telling her:",
        "One home manager recalled the message she had received from the discharge hub:",
        "Her daughter was told by a duty social worker that",
        "Ms Cole MP then read from an email sent to her by a constituent:",
        "She said that when she raised it with the home, she was told:",
        "She traces it to her first job, when the manager who took her on told her:",
        "Weeks in, a consultant from the hospital cut in, as she recalls it:",
        "As she remembers it, the minister said:",
        "One daughter told us she was informed by a hospital consultant that",
        "Reddy recalls the son of one resident, who lives in Australia, saying to him:",
    ],
)
def test_words_someone_recalls_another_saying_are_second_hand(
    cue: str, lexicon: RoleLexicon
) -> None:
    text = f"{cue}\n\n‘He’s medically fit, so he’s yours from tomorrow.’\n\nThe home took him."
    assert [role for _, role, _ in quoted(text, lexicon)] == ["other"]


def test_recalling_their_own_words_or_a_time_is_not_second_hand(lexicon: RoleLexicon) -> None:
    text = (
        "One director recalled the early days of the pandemic:\n\n"
        "I was ringing round the homes every night to find out who had gloves.\n\n"
        "Another director recalled telling the minister: ‘We cannot staff this.’\n\n"
        "A third director, as she recalls it, said: ‘We were making it up as we went along.’"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"] * 3


def test_paragraphs_closed_by_a_bracketed_attribution_are_one_quotation(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Front-line staff were blunt about how little had changed:\n\n"
        "We were the ones going into people’s houses when everyone else stayed at home.\n\n"
        "Five years on nobody claps, and nobody pays us for the travel time between calls.\n\n"
        "(Care worker, focus group 2)\n\n"
        "Managers saw the same pressures from the other side.\n\n"
        "You can’t run a rota on goodwill, and goodwill is what we have left.\n\n"
        "(Registered manager, home care, urban)\n\n"
        "Pay is discussed further in chapter 5.\n\n"
        "(see Table 3)\n\n"
        "The next section turns to commissioning."
    )
    got = quoted(text, lexicon)
    assert [(q[:12], q[-12:], role) for q, role, _ in got] == [
        ("We were the ", "tween calls.", "workforce"),  # both paragraphs, to the bracket
        ("You can’t ru", "e have left.", "provider"),  # no colon before it: the bracket decides
    ]  # "Pay is discussed ..." before "(see Table 3)" is the authors' cross-reference


def test_a_later_clause_with_its_own_speaker_owns_the_quotation(lexicon: RoleLexicon) -> None:
    text = (
        "Managers described their network meetings as a lifeline, and a director in one borough "
        "said the networks had done ‘more for management quality than any contract clause’.\n\n"
        "Several participants pointed out that the themes overlap: in home care, as one owner put "
        "it, ‘everything is connected to everything else, mostly through the rota’."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "provider"]


def test_she_after_a_post_at_an_organisation_is_that_person(lexicon: RoleLexicon) -> None:
    text = (
        "Opening the discussion, Helen Okafor, chief executive of the Care Policy Institute, said "
        "she was tired of hearing care called the junior partner. “We are not a supplier,” she "
        "said.\n\n"
        "An ICB director of partnerships said the new duty had concentrated minds. “The prospect of "
        "an inspector has done more than five years of good intentions,” she said."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "nhs"]


def test_a_capital_letter_naming_a_site_is_not_an_article(lexicon: RoleLexicon) -> None:
    text = "A director in Site A said the networks had done ‘more for quality than any contract’."
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "A director in Site A")
    ]


def test_blocks_the_genre_introduces_without_a_speech_verb(lexicon: RoleLexicon) -> None:
    text = (
        "Some owners doubted that it would reach home care:\n\n"
        "Participant 22, registered manager, home care, urban:\n\n"
        "Every few years someone discovers that managers aren’t trained. I’ve done the webinar.\n\n"
        "A cabinet member in a northern city thought the problem ran deeper:\n\n"
        "The public don’t know what social care is. My own mother thought the NHS would pay.\n\n"
        "One director described the data agreement as ‘the best thing in five years’:\n\n"
        "We can now see, week by week, how many people are waiting for a package.\n\n"
        "An ICB chief executive summed it up:\n\n"
        "Stop treating social care as a discharge service. Fund it and you will see.\n\n"
        "The review made three recommendations:\n\n"
        "Government should publish a workforce plan within a year."
    )
    assert [(q[:12], role) for q, role, _ in quoted(text, lexicon)] == [
        ("Every few ye", "provider"),  # the label line is the cue, not the quotation
        ("The public d", "political"),  # "My" opening a sentence is the first person
        ("‘the best th", "director"),
        ("We can now s", "director"),  # the block goes on from the quoted phrase
        ("Stop treatin", "nhs"),  # "summed it up"
    ]  # the authors' recommendation after a colon stays narrative


def test_they_after_a_second_hand_quotation_is_its_reporter(lexicon: RoleLexicon) -> None:
    text = (
        "One director recalled being told by a permanent secretary that care was ‘the problem that "
        "never reaches the top of the pile’. ‘Twenty years on,’ they said, ‘nothing has changed.’"
    )
    # the quotation interrupted by its cue is two passages, both the director's
    assert [role for _, role, _ in quoted(text, lexicon)] == ["other", "director", "director"]


def test_a_remark_she_says_is_what_she_was_told_and_her_words_follow(
    lexicon: RoleLexicon,
) -> None:
    # "a remark she says": the remark is the words before (someone else's, second-hand); the
    # relative clause's "she" speaks the words after
    text = (
        "One registered manager recalled being told by a previous employer that she ‘didn’t "
        "have the presence for management’, a remark she says ‘sat on my shoulder for ten "
        "years’.\n\n"
        "One director recalled being told by a minister that ‘the market will find its level’, "
        "advice he says he has since ‘tried very hard to unlearn’."
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("other", "One registered manager"),
        ("provider", "she"),
        ("other", "One director"),
        ("director", "he"),
    ]


def test_a_stop_glued_to_its_footnote_number_ends_the_cue_before_a_quotation(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Survey respondents were blunter still. ‘Consultation means they’ve already decided and "
        "want you to nod,’ wrote one.5 ‘Tick box,’ wrote another. A third: ‘I filled in three "
        "surveys last year and never heard what happened to any of them.’"
    )
    got = [(words, speaker) for words, _, speaker in quoted(text, lexicon)]
    assert ("‘Tick box,’", "another") in got and len(got) == 3


def test_a_committee_told_by_a_witness_hears_the_witness(lexicon: RoleLexicon) -> None:
    text = "The committee was told by the minister that ‘funding will rise by a fifth next year’."
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_a_footnote_number_glued_to_a_word_ends_the_sentence(lexicon: RoleLexicon) -> None:
    text = (
        "Many were unsure where they stood.16 One owner, whose agency was last inspected in 2019, "
        "described the rating as ‘a photograph of a company that doesn’t exist any more’."
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "One owner, whose agency was last inspected in 2019")
    ]


def test_a_surname_finds_the_person_named_before_in_narrative_or_a_cue(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Councillor Graham Pettifer, who has led the borough since 2019, trusts her.\n\n"
        "‘Alison tells me things I don’t want to hear,’ Pettifer says.\n\n"
        "“We stopped buying minutes,” says Gail Summers, Assistant Director for Commissioning at "
        "Northmoor County Council.\n\n"
        "The data lagged. Summers admits as much: “Our contract managers were used to counting "
        "visits.”\n\n"
        "Nobody else commented. Kemp says: ‘Anything else would be guesswork at this stage.’"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "political",
        "director",
        "director",
        "interviewee",  # a surname nobody was named by: as unknown as before
    ]


def test_a_publication_proposing_words_is_quoted(lexicon: RoleLexicon) -> None:
    text = (
        "The consultation proposes that the employer side should comprise ‘representatives of "
        "national provider bodies and of local authorities’."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document"]


def test_he_is_one_person_not_a_group_named_first_in_the_sentence(lexicon: RoleLexicon) -> None:
    text = (
        "The bleakest quote we heard was not from one of our interviewees but from the social care "
        "minister in the Lords. He told peers that ‘There simply is not the capacity to take on "
        "reform in the midst of this epidemic.’\n\n"
        "What had helped, she says, was the managers’ network, run with support from Skills for "
        "Care. ‘It has been a lifeline,’ she continues."
    )
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles[0] == "national"  # not "interviewees", plural, though named first
    assert roles[1] != "national"  # "support from Skills for Care" names no post at the body


def test_a_year_before_a_cue_word_makes_it_a_noun(lexicon: RoleLexicon) -> None:
    text = (
        "The Local Government Futures Commission's 2023 report, Places that Care, warned that "
        "‘without a settled funding framework, every leadership intervention will fail’."
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("document", "The Local Government Futures Commission's 2023 report, Places that Care")
    ]


def test_a_credit_line_may_hold_an_apostrophe(lexicon: RoleLexicon) -> None:
    text = (
        "Case study: the people's panel\n\n"
        "“Being on the panel means I can make sure that doesn’t happen to anybody else.”\n"
        "— Member, Home First people’s panel, and carer for her husband\n\n"
        "The council funded the panel."
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("user", "Member, Home First people’s panel, and carer for her husband")
    ]


TRANSCRIPT = """Edited transcript of the Tuesday phone-in.

Presenter: Sam Okoro
Guests: Cllr Hannah Price, cabinet member for adult care, Eastfield Council; Tom Reyes, care worker
Caller: Pat, whose husband has home care

SAM OKORO: Good morning. With me is Councillor Hannah Price, and on the line is Tom Reyes.

HANNAH PRICE: We have put more into home care this year than ever before, and it still is not enough.

SAM OKORO: Tom, is that how it looks from the road?

TOM REYES: Honestly, the travel time is what kills you, and nobody pays for it.

HANNAH PRICE: That is why we now publish the rate line by line.

TOM REYES: Publishing it is a start. Paying it is the rest.

PAT: My husband has had four different carers this week and nobody rings to tell us.
"""


def test_transcript_turns_are_quotations_of_their_labelled_speakers(lexicon: RoleLexicon) -> None:
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(TRANSCRIPT, lexicon)]
    assert got == [
        ("We have put ", "political", "HANNAH PRICE"),  # the cast list names her post
        ("Honestly, th", "workforce", "TOM REYES"),
        ("That is why ", "political", "HANNAH PRICE"),
        ("Publishing i", "workforce", "TOM REYES"),
        # the cast gives her no role the lexicon knows, but she speaks of her husband as family
        # does: a relative
        ("My husband h", "user", "PAT"),
    ]  # the presenter's turns are the narrative that carries the programme


EVIDENCE = """Oral evidence: Leadership in adult social care

Witnesses

I: Joanna Pryce, Director of Adult Social Services, Calderbrook Council; Bernadette Kilbride, \
carer and expert by experience.

II: Rachel Thornbury MP, Minister of State for Care, Department of Health and Social Care.

Q98 Chair: Good morning. Joanna Pryce, perhaps you would start.

Joanna Pryce: Nobody joins the dots between 153 councils.

Q99 Chair: Bernadette Kilbride, do you recognise that picture?

Bernadette Kilbride: It depends entirely on who you get.

Q100 Marcus Doyle: Can I pick up the point about the registered manager?

Joanna Pryce: They carry the legal responsibility and are paid barely more than their carers.

Bernadette Kilbride: Ask me, and then do it.

Q101 Chair: Minister, welcome.

Rachel Thornbury: The Secretary of State and I are accountable to Parliament.
"""


LORDS = """Adult Social Care: Leadership
Volume 841: debated on Thursday 6 February 2025

Baroness Penhallow (CB)
My Lords, I beg leave to ask the question standing in my name on the Order Paper. Managers of care
homes carry the service and nobody trains them.

Lord Hartwell of Sedgemoor (Con)
My Lords, I congratulate the noble Baroness. Councils cannot lead a market they cannot pay for.

Baroness Okafor-Lyle (LD)
My Lords, the workforce deserves a register and a career.

Lord Tremayne (Lab)
My Lords, I declare my interest as a former director of adult social services.

The Parliamentary Under-Secretary of State, Department of Health and Social Care (Baroness Ashdown-Rhys) (Lab)
My Lords, I am grateful to the noble Baroness for securing this debate.
"""


def test_a_peers_debate_is_speeches_of_members(lexicon: RoleLexicon) -> None:
    got = [(t[:16], role, speaker) for t, role, speaker in quoted(LORDS, lexicon)]
    assert got == [
        ("My Lords, I beg ", "political", "Baroness Penhallow (CB)"),
        ("My Lords, I cong", "political", "Lord Hartwell of Sedgemoor (Con)"),
        ("My Lords, the wo", "political", "Baroness Okafor-Lyle (LD)"),
        ("My Lords, I decl", "political", "Lord Tremayne (Lab)"),
        # the minister: her post and department, then her name and party
        (
            "My Lords, I am g",
            "national",
            "The Parliamentary Under-Secretary of State, Department of Health and Social Care "
            "(Baroness Ashdown-Rhys) (Lab)",
        ),
    ]  # each speaks once: the party after the name makes it a debate


def test_a_minister_heard_again_by_name_and_party_is_still_the_minister(
    lexicon: RoleLexicon,
) -> None:
    text = LORDS + (
        "\nThe Lord Bishop of Ashbourne\nMy Lords, the churches run day centres in every diocese.\n"
        "\nLord Hartwell of Sedgemoor (Con)\nWill the Minister give way?\n"
        "\nBaroness Ashdown-Rhys (Lab)\nI will, and I thank the noble Lord for the question.\n"
    )
    got = [(t[:16], role) for t, role, _ in quoted(text, lexicon)][-3:]
    assert got == [
        ("My Lords, the ch", "political"),  # a bishop who sits in the House
        ("Will the Ministe", "political"),
        ("I will, and I th", "national"),  # who spoke before as the minister
    ]


def test_evidence_session_witnesses_and_numbered_questions(lexicon: RoleLexicon) -> None:
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(EVIDENCE, lexicon)]
    # the numbered questions are the committee's members, elected members all ("Q1 Chair" too:
    # a committee's chair, no webinar's narrator); the list of witnesses is narrative
    assert got == [
        ("Good morning", "political", "Chair"),
        ("Nobody joins", "director", "Joanna Pryce"),
        # the chair addressing a witness by name does not make her the session's narrator
        ("Bernadette K", "political", "Chair"),
        ("It depends e", "user", "Bernadette Kilbride"),
        ("Can I pick u", "political", "Marcus Doyle"),
        ("They carry t", "director", "Joanna Pryce"),
        ("Ask me, and ", "user", "Bernadette Kilbride"),
        ("Minister, we", "political", "Chair"),
        # the witness list's part number and the seat after her name do not hide her post
        ("The Secretar", "national", "Rachel Thornbury"),
    ]


def test_labelled_paragraphs_of_structured_prose_are_not_a_transcript() -> None:
    text = "\n\n".join(
        f"Recommendation {n}: Councils should publish their fee rates.\n\n"
        f"Response: The Department accepts this recommendation in part."
        for n in range(1, 4)
    )
    assert quotes_of(text) == []
    interview = "\n\n".join(
        [
            "Q: What changed?",
            "A: The council started to listen to us.",
            "Q: And then?",
            "A: We wrote the specification together.",
        ]
    )
    assert [q[:6] for q in quotes_of(interview)] == ["The co", "We wro"]


def test_an_acronym_the_document_defines_names_the_organisation(lexicon: RoleLexicon) -> None:
    text = (
        "The Fenland Home Care Providers’ Network (FHCPN), which speaks for 90 agencies, has"
        " responded to the budget.\n\n"
        "Jo Bell, chair of FHCPN, said: ‘The uplift does not cover the National Living Wage.’\n\n"
        "Sam Reed, a trustee of the Open Door Trust (XYZ), said: ‘We will keep listening to"
        " families.’\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[0] == ("provider", "Jo Bell, chair of FHCPN")
    # letters that are not the name's initials define nothing: XYZ stays unknown to the lexicon
    reader = reader_for(lexicon, None)
    assert set(reader.roles.acronyms(text)) == {"FHCPN"}


STUDY = """4 Findings

Twenty people took part: six directors of adult social services (D01–D06), eight registered
managers of care homes (P01–P08) and six care workers (Carer 1 to Carer 6).

Directors spoke first of the data. Director, county council (D04):

We had no idea how many of our homes had an outbreak. I was ringing round off a spreadsheet.

D02, describing the first weekend, said simply: ‘We guessed, and most of the guesses were right.’

Staff heard last. Carer 3 explained: ‘Nobody told us anything on the floor, not once.’

Carer 1 said the policy had been ‘the right thing for residents, but done to us, not with us’.
"""


def test_participant_codes_of_a_study_legend_name_the_group(lexicon: RoleLexicon) -> None:
    got = [(t[:10], role, speaker) for t, role, speaker in quoted(STUDY, lexicon)]
    assert got == [
        ("We had no ", "director", "Director, county council (D04)"),  # "(D04):" one token
        ("‘We guesse", "director", "D02"),
        ("‘Nobody to", "workforce", "Carer 3"),  # the legend outranks "carer" (user)
        ("‘the right", "workforce", "Carer 1"),  # a code's number is not a year before a noun
    ]
    reader = reader_for(lexicon, None)
    assert reader.roles.participant_codes(STUDY) == {
        "D": "director",
        "P": "provider",
        "Carer": "workforce",
    }


def test_a_table_of_groups_their_prefixes_and_counts_defines_the_prefixes(
    lexicon: RoleLexicon,
) -> None:
    # the columns closed up by cleaning: "General practitioners GP 5" is the prefix GP, five of them
    text = (
        "Table 1  Interviews by group\n"
        "Group Code Number\n"
        "General practitioners GP 5\n"
        "Social workers and occupational therapist SW 7\n"
        "Patients P 9\n"
        "Total 21\n\n"
        "‘I can’t see what the social worker wrote yesterday.’ (GP2)\n"
    )
    reader = reader_for(lexicon, None)
    assert reader.roles.participant_codes(text) == {"GP": "nhs", "SW": "workforce", "P": "user"}
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs"]


def test_a_code_prefix_no_legend_explains_is_the_post_its_initials_spell(
    lexicon: RoleLexicon,
) -> None:
    # "(DM02)" in a study of deputy managers and care workers: the deputy managers' code;
    # "(XY3)" spells nothing the text names
    text = (
        "We interviewed twelve deputy managers and eight care workers in home care.\n\n"
        "One told us the rules had changed twice in a month: 'At least when it was written down"
        " I could say, it is not me, it is the policy.' (DM02)\n\n"
        "Another said: 'Nobody asked us.' (XY3)\n"
    )
    reader = reader_for(lexicon, None)
    assert reader.roles.participant_codes(text) == {"DM": "provider"}
    assert next(r for _, r, _ in quoted(text, lexicon)) == "provider"


def test_a_turn_label_s_code_prefix_is_the_post_its_initials_spell(lexicon: RoleLexicon) -> None:
    # a dissertation's interview on registered managers' leadership: "RM3:" answers; "Int:"
    # (the student) and a prefix that spells nothing the text names ("XY1:") place no one
    text = (
        "Dissertation: Leading from the middle: registered managers' experiences of leadership\n\n"
        "Int: Could you start by telling me how you came to be a registered manager?\n\n"
        "RM3: How long have you got? I started as a care assistant at seventeen.\n\n"
        "Int: And what does leadership mean to you here?\n\n"
        "RM3: For me it's being seen. It's being on the floor.\n\n"
        "XY1: Sorry to interrupt, the pharmacy is on the phone.\n"
    )
    reader = reader_for(lexicon, None)
    assert reader.roles.participant_codes(text) == {"RM": "provider"}
    got = {speaker: role for _, role, speaker in quoted(text, lexicon)}
    assert got["RM3"] == "provider"
    assert got["XY1"] != "provider"


def test_codes_running_to_the_number_the_study_interviewed_are_that_group(
    lexicon: RoleLexicon,
) -> None:
    # P1 to P4 are the four the study heard, all directors; its table of them names no role (a
    # background of "Social work" is no post). A count that is not the codes' own places nothing.
    table = (
        "Table 1. Participant characteristics (n = 4).\n"
        "Code Gender Years in post Background\n"
        "P1 Female 3 Social work\nP2 Male 7 Finance\nP3 Female 4 Social work\n"
        "P4 Male 1 NHS management\n\n"
    )
    quotes = (
        "Routes into the role varied. As P1 put it:\n\n"
        "'I never planned it. One day the job was simply there.'\n\n"
        "P3 was blunter: 'You fall into it sideways.'\n\n"
        "P2 and P4 agreed on one thing: 'nobody prepares you' (P4).\n"
    )
    heard = "We conducted interviews with four people who were, or had recently been, directors of"
    text = f"{heard} adult social services in English councils.\n\n{table}{quotes}"
    reader = reader_for(lexicon, None)
    assert reader.roles.participant_codes(text) == {"P": "director"}
    assert [r for _, r, _ in quoted(text, lexicon)] == ["director"] * 3
    five = text.replace("with four people", "with five people")
    assert reader.roles.participant_codes(five) == {}
    public = text.replace("people who were, or had recently been, directors of adult social", "")
    assert reader.roles.participant_codes(public.replace("services in English", "people in")) == {}


def test_its_post_after_a_participle_naming_a_body_is_that_bodys(lexicon: RoleLexicon) -> None:
    # "Responding for the Association of ..., its President" - not the provider body before
    text = (
        "Care England said the report was fair to providers.\n\n"
        "Responding for the Association of Directors of Adult Social Services, its President,"
        ' Marcus Reid, said:\n\n"Directors recognise the picture CQC paints."\n'
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("director", "its President, Marcus Reid")
    ]


def test_the_pronoun_of_someone_just_introduced_by_age_is_one_of_the_public(
    lexicon: RoleLexicon,
) -> None:
    # no post places Stan: his age does, as a cue with his name would
    text = (
        "Stan Pickering, 94, worked at Hollinwell Colliery for 31 years and came to Larkhill"
        " House for respite after a fall.\n\n"
        "\u201cI came for two weeks and I\u2019ve been here three years,\u201d he laughed.\n\n"
        "Across the lounge, Margaret Coulthard, 88, was more measured. \u201cYou lose a lot when"
        " you come into a home,\u201d she said.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("user", "he"), ("user", "she")]


def test_a_speaker_the_cue_gives_an_old_age_and_nothing_else_is_one_of_the_public(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Readers wrote in about the clinics.\n\n"
        "One, an 88-year-old former miner, wrote: \"Doctor, I don't need a hospital. I need a"
        ' bus."\n\n'
        'A reader in her eighties said: "Nobody rings back."\n\n'
        'A 34-year-old reader wrote: "I work nights."\n'
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user", "user", "interviewee"]


def test_a_transcripts_participants_list_gives_each_code_its_post(lexicon: RoleLexicon) -> None:
    text = (
        "Focus group 2 - Directors\n\n"
        "Participants\n"
        "M   Moderator\n"
        "D1  Director of Adult Social Services, large shire county (North of England)\n"
        "D2  Registered manager, nursing home, metropolitan borough\n"
        "D3  Assistant Director, Adult Social Care Operations, London borough\n\n"
        "M: Thank you all for coming.\n\n"
        "D1: Leadership has become about holding the line.\n\n"
        "D2: Can I come in with something more hopeful?\n\n"
        "D3: I'd agree with both of those.\n"
    )
    reader = reader_for(lexicon, None)
    codes = reader.roles.participant_codes(text)
    assert (codes["D1"], codes["D2"], codes["D3"]) == ("director", "provider", "director")


def test_what_a_post_holder_advised_a_committee_is_their_words(lexicon: RoleLexicon) -> None:
    text = (
        "6.1 The ICB's Director of Finance, Gareth Lyle, advised the Finance and Performance"
        " Committee in February that the ICB ‘cannot underwrite recurrent social care costs from"
        " non-recurrent NHS allocations’. Discussions are continuing.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs"]


def test_who_owns_or_runs_the_business_a_sentence_names_is_its_provider(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Larkspur Court is a 38-bed residential home on the edge of Scarborough, owned since 2011"
        " by Imran and Nadia Siddiqui. The home was rated good at its last inspection.\n\n"
        "Imran Siddiqui explains the arithmetic: ‘The council pays us £672 a week.’\n\n"
        "Nadia Siddiqui added: ‘We have stopped taking council-funded residents.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_post_at_a_kind_of_body_quoted_in_a_speech_is_that_person(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Martin Holloway (South Kettlefield) (Con): I will be brief. One agency manager told me:"
        ' "I can recruit in town. I cannot recruit for the villages." So people wait.\n\n'
        "Dr Caroline Ashdown (Bexhill and Rye West) (Con): I speak for the Opposition.\n\n"
        "Martin Holloway (South Kettlefield) (Con): I agree with her.\n\n"
        "Dr Caroline Ashdown (Bexhill and Rye West) (Con): Thank you.\n"
    )
    said = {speaker: role for _, role, speaker in quoted(text, lexicon)}
    assert said["One agency manager"] == "provider"  # a person, not the agency's statement


def test_a_committee_transcript_labels_officers_by_their_long_posts(lexicon: RoleLexicon) -> None:
    text = (
        "Cllr Jane Okafor (Chair): Thank you, everyone. We now move to item 7.\n\n"
        "Cllr Tom Bexley (Cabinet Member): Thank you, Chair. I'll be brief.\n\n"
        "Assistant Director, Commissioning and Market Shaping: Unmet need has fallen by half.\n\n"
        "Cllr Ruth Simmonds: The picture in my patch is very different from the report.\n\n"
        "Director of Adult Social Care and Health: It is a fair challenge, Councillor.\n\n"
        "Deputy Director of Community Services, NHS Westmarsh ICB: Nobody should go home at"
        " nine at night with no package.\n\n"
        "Cllr Ruth Simmonds: Thank you. That is helpful.\n\n"
        "Director of Adult Social Care and Health: We will bring the figures back in June.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert ("Assistant Director, Commissioning and Market Shaping", "director") in got
    assert ("Director of Adult Social Care and Health", "director") in got
    assert ("Deputy Director of Community Services, NHS Westmarsh ICB", "nhs") in got


def test_a_key_of_codes_after_a_sentence_saying_so_gives_each_its_post(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Participants are identified by code as follows:\n\n"
        "P1 - woman in her late seventies who lives alone and receives home care twice a day\n"
        "P2 - unpaid carer for her husband, who has Parkinson's disease\n"
        "P3 – care worker with a home care agency for eleven years\n\n"
        "FAC - facilitator\n\n"
        "P1: I have told my story so many times I could do it in my sleep.\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert (codes["P1"], codes["P2"], codes["P3"]) == ("user", "user", "workforce")


def test_a_key_of_sector_codes_a_line_each_places_the_bracketed_codes(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Where we quote them, we give a code for the roundtable (RT1 to RT4) and the"
        " participant\u2019s sector:\n\n"
        "DAS   director or assistant director of adult social services\n"
        "PRV   care provider (owner, registered manager or chief executive)\n"
        "LEX   person who draws on care and support, or an unpaid carer\n"
        "CLR   elected councillor\n\n"
        "A few asked that even their sector should not be given; they appear as"
        " \u2018participant\u2019.\n\n"
        "\u2018I don\u2019t care whose logo is on the van.\u2019 (RT3, LEX)\n\n"
        "A director in the same room said that the word had become \u2018a bit of a test"
        " everyone reads differently\u2019 (RT3, DAS).\n\n"
        "\u2018We are told we are equal partners. We are not.\u2019 (RT4, CLR)\n\n"
        "\u2018Two years ago they literally didn\u2019t speak.\u2019 (RT1, participant)\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("user", "RT3, LEX"),
        ("director", "RT3, DAS"),
        ("political", "RT4, CLR"),
        ("interviewee", "RT1, participant"),
    ]
    # not a list of those present, each after their initials: no key of what groups are
    minutes = "Present:\nCW Carol Whitlock, Chair\nSD Sam Dyer, deputy manager\n"
    assert reader_for(lexicon, None).roles.acronyms(minutes) == {}
    # a key's groups may be capitalised, and other lines stand among them
    evaluation = (
        "Quotations in this report are coded by cohort and role, as follows:\n\n"
        "   C3 / C4   Cohort 3 / Cohort 4\n"
        "   RM        Registered manager, independent sector (care home or home care)\n"
        "   SCW       Senior care worker or team leader\n"
        "   --        Role not recorded\n\n"
        "\u2018I'd been running the floor for six years before anyone called it leading.\u2019\n"
        "   (C4, SCW)\n"
    )
    assert [role for _, role, _ in quoted(clean_text(evaluation).text, lexicon)] == ["workforce"]


def test_a_key_in_a_sentence_places_codes_behind_a_site_s_letters(lexicon: RoleLexicon) -> None:
    text = (
        "To protect people's privacy we refer to them by a code rather than by name. The first"
        " two letters show the home (LH for Larkhill House, MC for Meadowbank Court); R means a"
        " resident, F a relative or friend, and S a member of staff.\n\n"
        "MC-F1 said: \"It's like a hotel, and I don't mean that as a compliment.\"\n\n"
        '"I can have a bath when I want one." (LH-R5)\n\n'
        'MC-S5 told us: "We did the dementia module on a laptop in an afternoon."\n'
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [role for role, _ in got] == ["user", "user", "workforce"]


def test_a_dashed_credit_by_a_member_s_code_is_the_publisher_s_member(lexicon: RoleLexicon) -> None:
    text = (
        "Eastwold Care Association\n\n"
        "ECA represents 118 independent providers. In January we surveyed members.\n\n"
        "Appendix A: Selected comments from members\n\n"
        "The following comments were submitted through our survey. They are reproduced as"
        " written.\n\n"
        "\u2018We have frozen recruitment for the first time in eighteen years.\u2019\n"
        "\u2014 Member R2 (residential, 30 beds)\n\n"
        "\u2018The neighbouring county pays \u00a32.60 an hour more.\u2019\n"
        "\u2014 Member H2 (home care)\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("provider", "Member R2 (residential, 30 beds)"),
        ("provider", "Member H2 (home care)"),
    ]


def test_a_witness_list_run_on_to_the_next_one_ends_a_post_at_its_stop(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Members present: Dr Helen Ashworth (Chair); Rachel Amos; Imran Sadiq.\n\n"
        "Witnesses I: Nadia Kerrigan, President, Association of Directors of Adult Social Services"
        " (ADASS); Tom Aldridge, Chief Executive, Brightwater Homecare. II: Daniel Fenwick MP,"
        " Minister of State for Care, Department of Health and Social Care.\n\n"
        "Q1 Chair: Could I ask our first two witnesses to introduce themselves briefly?\n\n"
        "Nadia Kerrigan: Good morning. I am the President of ADASS this year.\n\n"
        "Tom Aldridge: We provide around 48,000 hours of home care a week.\n\n"
        "Q2 Chair: Mr Aldridge, is that how it looks from the provider side?\n\n"
        "Tom Aldridge: Broadly, yes, although I would put it more bluntly.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [role for role, speaker in got if speaker == "Tom Aldridge"] == ["provider", "provider"]
    # (not the minister whose entry the cleaner ran on to his)


def test_its_director_after_a_body_named_by_its_kind_is_the_body_s(lexicon: RoleLexicon) -> None:
    text = (
        "The think tank Care Futures, in its report last year, concluded that the approach was"
        ' "a series of short-term patches". Its director, Professor Neil Adeyemi, told a'
        ' conference that the sector had been "reviewed more often than any other public'
        ' service".\n\n'
        "The charity Migrant Care Rights found that many had been \u2018recruited into"
        " debt\u2019. Its director, Samuel Achterberg, told us: \u2018The sponsorship system gives"
        " employers extraordinary power.\u2019\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [role for role, _ in got] == ["national"] * 4  # no director of adult social services


def test_minutes_head_each_public_question_and_answer_with_who_spoke(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "5. PUBLIC QUESTIONS\n\n"
        "Question 1 \u2013 Mrs Yvonne Clegg, Owner and Registered Manager, Hollins Lea Care Home\n\n"
        '"The fee uplift for residential care was 4.1 per cent. Will the Council publish how it'
        ' set the rate?"\n\n'
        "Response \u2013 Councillor Martin Caldicott, Cabinet Member for Adult Social Care\n\n"
        '"The Council recognises the pressure on providers and will publish its cost model."\n\n'
        "Question 2 \u2013 Ms Priya Sandhu, Ashcombe\n\n"
        "\"I'm a wheelchair user and I employ two personal assistants through a direct"
        ' payment."\n\n'
        "Response \u2013 Councillor Caldicott\n\n"
        '"Direct payments are central to our commitment to choice and control."\n'
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [role for role, _ in got] == ["provider", "political", "user", "political"]
    # the head under a quotation is the next one's, no credit of this one
    assert got[0][1].startswith("Mrs Yvonne Clegg")


def test_the_trust_s_chief_executive_is_at_the_trust_the_text_named(lexicon: RoleLexicon) -> None:
    text = (
        "Wellingby Community Care Trust, a charity which runs day services in the north of the"
        " county, is expected to take on some of those displaced.\n\n"
        "Linda Carrow, the trust's chief executive, said: \"We will do everything we can to"
        ' welcome people."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # (and a charity no one's trust names stays what its own words say)
    other = text.replace(
        "Wellingby Community Care Trust, a charity which runs day services in"
        " the north of the county,",
        "The Carers Policy Trust, a think tank,",
    )
    assert [role for _, role, _ in quoted(other, lexicon)] == ["national"]


def test_a_podcast_s_voice_note_turn_and_its_comments_under_a_bar(lexicon: RoleLexicon) -> None:
    text = (
        "Episode 62 \u2013 Who is leading social care?\n\n"
        "[00:08:02] DAN WHITLOW: Welcome back. We had a voice note from a listener called Kemi,"
        " who's a home care worker in Bristol.\n\n"
        "[00:08:13] [VOICE NOTE] KEMI: Hi Dan, love the podcast. When people talk about"
        " leadership in care, they never mean us.\n\n"
        "[00:08:40] DAN WHITLOW: Thank you, Kemi. Tom, does that land with you?\n\n"
        "[00:08:52] TOM ASHBY: It does. I ran a home care agency for twenty years and the people"
        " who held it together were never called leaders.\n\n"
        "[00:09:30] DAN WHITLOW: So what would you change first?\n\n"
        "[00:09:34] TOM ASHBY: Pay, and then the way we talk about the job.\n\n"
        "Comments (2) | Sign in to comment\n\n"
        "Bev_H_carer | 15 Nov 2024\nListened to this twice. I care for my brother and we have had"
        " four social workers since Easter.\n\n"
        "JOkafor_RM | 16 Nov 2024\nRegistered manager of a domiciliary agency here. Good episode,"
        " but providers were barely mentioned.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert ("workforce", "KEMI") in got
    assert got[-2:] == [("user", "Bev_H_carer"), ("provider", "JOkafor_RM")]


ORAL_HISTORY = (
    "TRANSCRIPT\n\n"
    "Collection reference:   KVV/LIC/031\n"
    "Narrator:               Doreen Ashworth (born 1946)\n"
    "Narrator's background:  Former owner and registered manager of Larkfield House, a residential\n"
    "                        care home for older people in Sallowby (1979-2016)\n"
    "Also present:           Geoff Ashworth (narrator's husband; co-proprietor of Larkfield House,\n"
    "                        responsible for finance and maintenance)\n"
    "Interviewer:            Tom Reddy (volunteer)\n\n"
    "TOM REDDY: Doreen, could you start by telling me how you came to be running a care home?\n\n"
    "DOREEN ASHWORTH: Well, I was a nurse first, and I used to see old ladies in hospital beds for"
    " months.\n\n"
    "TR: And how did that become Larkfield House?\n\n"
    "DA: Geoff's mother died and left us a bit of money.\n\n"
    "GEOFF ASHWORTH: I did think she was mad. But she was right.\n\n"
    "DA: We opened in the October of 1979 with eleven residents.\n"
)


def test_an_oral_history_s_header_places_its_narrator_and_who_else_was_there(
    lexicon: RoleLexicon,
) -> None:
    text = clean_text(ORAL_HISTORY).text
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    narrated = [role for role, speaker in got if speaker in ("DOREEN ASHWORTH", "DA")]
    assert narrated == ["provider"] * 3
    # the husband is the home's co-proprietor, not a carer's kin
    assert [role for role, speaker in got if speaker == "GEOFF ASHWORTH"] == ["provider"]


def test_a_post_at_a_body_leads_an_unmarked_block_after_its_colon(lexicon: RoleLexicon) -> None:
    text = (
        "The workforce lead from the integrated care board saw a clear interest for the NHS:\n\n"
        "When a home loses its manager, we see it straight away, more ambulance conveyances to"
        " A&E. We invest a fortune in NHS leadership development.\n\n"
        "The next section turns to the council.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs"]
    # a body's own name before the colon leads into the authors' prose, as before
    body = text.replace(
        "The workforce lead from the integrated care board", "The integrated care board"
    )
    assert quoted(body, lexicon) == []


def test_she_has_been_a_post_with_no_article_is_what_the_profile_s_subject_is(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Sandra Okafor did not plan to become a director. She started out as a residential care"
        " worker. She has been director of adult social services at Kirkhaven City Council since"
        " 2019.\n\n"
        "Sandra Okafor (SO) spoke to Social Care Leader (SCL) at the civic offices.\n\n"
        "SCL: What is your main message?\n\n"
        "SO: That social care is not a cost to be managed.\n\n"
        "SCL: And the NHS?\n\n"
        "SO: Some ICBs have understood it.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [role for role, speaker in got if speaker == "SO"] == ["director", "director"]
    # the post someone comes from is no post they hold
    moved = (
        "Kwame Asante-Reid is the new chief executive of Homeward, a national charity. Kwame joins"
        " Homeward from Eastholme Borough Council, where he has been Director of Adult Social"
        " Services since 2019.\n\n"
        "Kwame said: \u2018My first hundred days will be spent listening to people who draw on"
        " care and support.\u2019\n"
    )
    assert [role for _, role, _ in quoted(moved, lexicon)] not in (["director"], [])


CALLERS_ASKED = (
    "In the studio:\nCARL HENDRY - presenter\n\n"
    "CARL HENDRY: Good morning, and this morning we want to talk about money, and care. Let's go"
    " to Maureen in Ashby Parva. Maureen, you get care at home yourself?\n\n"
    "MAUREEN: I do. I've had it twenty-two years, and what worries me is the disability"
    " benefit.\n\n"
    "CARL HENDRY: Maureen, thank you. Gary's called from Wellmoor. Gary, you own a care home?\n\n"
    "GARY: Two, Carl, a forty-bed and a twenty-six-bed, both in Wellmoor.\n\n"
    "CARL HENDRY: And what do the council's rates mean for you?\n\n"
    "GARY: My answer is she's right and I hate it.\n\n"
    "CARL HENDRY: Thank you both.\n"
)


def test_a_presenter_asking_a_caller_what_they_are_places_the_caller(
    lexicon: RoleLexicon,
) -> None:
    got = [(role, speaker) for _, role, speaker in quoted(CALLERS_ASKED, lexicon)]
    assert [role for role, speaker in got if speaker == "MAUREEN"] == ["user"]
    assert [role for role, speaker in got if speaker == "GARY"] == ["provider", "provider"]
    # a remark is no question putting it to them: Karen is not the people whose homes she visits
    assert ADDRESSED.search("Karen, you're the one actually going into people's homes.") is None


def test_a_voicemail_s_tag_before_its_caller_s_name_with_no_time(lexicon: RoleLexicon) -> None:
    text = (
        "HOSTS\n"
        "Dr Amara Okafor \u2014 Director of Adult Social Services, Wexcombe County Council\n"
        "Gareth Pryce \u2014 Chief Executive, Holloway Lane Care Group\n\n"
        "[00:00:00] [MUSIC: theme in, then under]\n\n"
        "AMARA: Hello and welcome to The Care Table. I'm Amara Okafor, and this month we're doing"
        " the fee round.\n\n"
        "GARETH: And I'm Gareth Pryce. It's the time of year I dread.\n\n"
        "AMARA: We've had some voicemails. Gareth, who's first?\n\n"
        "GARETH: We have, and the first is from Denise.\n\n"
        "[VOICEMAIL] DENISE: Hi, this is Denise. I care for my mum, she's eighty-seven, and I've"
        " been her main carer for about four years now.\n\n"
        "AMARA: Thank you, Denise. And another.\n\n"
        "[VOICEMAIL] MARCUS: Hello both, I'm the registered manager of a supported living service"
        " in the north of Marchshire.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert ("user", "DENISE") in got and ("provider", "MARCUS") in got


def test_a_residential_home_is_an_establishment_as_a_nursing_home_is(lexicon: RoleLexicon) -> None:
    text = (
        "6.4 Respondent R-22, a family-run residential home of 24 beds, said the uplift was"
        " \u201cfair in the circumstances\u201d, but added: \u201cSmall homes like ours do not have"
        " the scale to absorb insurance and utility rises.\u201d\n\n"
        "6.5 Mrs Doyle, who lives in a residential home in Eldon, said: \u201cThe staff are"
        " wonderful but there are never enough of them.\u201d\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider", "user"]


def test_a_point_put_to_someone_there_and_then_is_the_speaker_s_own(lexicon: RoleLexicon) -> None:
    text = (
        "Cllr Aisha Mensah, cabinet member for adult social care at Redgrave Borough Council, put"
        " it to her from the floor: \u201cOur report says our waiting lists are too long. We"
        " know.\u201d\n\n"
        "Mrs Pask said her mother had been moved twice. As her daughter had put it to her: \u201cYou"
        " have to fight for every single thing in this system.\u201d\n"
    )
    got = [role for _, role, _ in quoted(text, lexicon)]
    assert got[0] == "political"
    assert got[1] == "other"  # what had been put to someone, reported: second-hand


NEWS_PAGE_WITH_COMMENTS = (
    "Hollinford Courier\n\nSign in\n\n"
    "Families' fury as Ashcombe Lodge care home given closure date\n\n"
    "Susan Pryce, 61, whose mother Edna, 93, has lived at Ashcombe Lodge for six years, said the"
    ' news had come out of the blue. She said: "It\'s her home. Where is she supposed to go?"\n\n'
    "Dunmere Council\n\n"
    "A council spokesperson said families would be supported.\n\n"
    "Follow Hollinford Courier\n\nDunmere Council\n\nComments\n\n"
    "HollinfordLass\n\n5 hours ago\n\n"
    "My nan spent her last three years in Ashcombe and I can't fault the staff.\n\n"
    "Reply\n\n"
    "Bev_K_2016 replying to HollinfordLass\n\n4 hours ago\n\n"
    "I was a care worker at Ashcombe for four years and we were short almost every night.\n\n"
    "Reply\n\n"
    "NorthernRM\n\n5 hours ago\n\n"
    "I manage a 40-bed home ten miles away and we have had three calls from families today.\n"
)


def test_a_news_page_s_masthead_is_no_speaker_and_its_comments_a_paragraph_each(
    lexicon: RoleLexicon,
) -> None:
    got = [(role, speaker) for _, role, speaker in quoted(NEWS_PAGE_WITH_COMMENTS, lexicon)]
    assert got[0] == ("user", "She")  # not "Hollinford Courier" speaking the page
    assert got[1:] == [
        ("user", "HollinfordLass"),
        ("workforce", "Bev_K_2016"),
        ("provider", "NorthernRM"),
    ]


def test_readers_comments_credited_by_handle_or_by_name_on_a_network(lexicon: RoleLexicon) -> None:
    text = (
        "What you said online\n\n"
        "\"My dad's been in Beechcroft for two years and we've gone from no top-up to \u00a3120 a"
        ' week." \u2013 Sandra Yates, on Facebook\n\n'
        "'Why should those who've saved all their lives pay for the ones who never bothered?'"
        " \u2013 Trevor Holt, on Facebook\n\n"
        "'Speaking as someone who runs a small home, the council rate is \u00a3180 a week less than"
        " it costs us.' \u2013 KettlebyCareOwner\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("user", "Sandra Yates, on Facebook"),  # her dad: family
        ("interviewee", "Trevor Holt, on Facebook"),  # a name alone places no one
        ("provider", "KettlebyCareOwner"),  # as their words say
    ]


def test_a_line_break_after_a_stop_or_before_a_bullet_opens_a_sentence(
    lexicon: RoleLexicon,
) -> None:
    stopped = (
        'Records showed doses had been given late.\nThe deputy manager told us, "The system flags'
        ' a missed dose to the office, but the alerts were not picked up."\n'
    )
    assert [(role, speaker) for _, role, speaker in quoted(stopped, lexicon)] == [
        ("provider", "The deputy manager")  # not "Records", the verb of the line before
    ]
    bulleted = stopped.replace("late.\n", "late\n\u2022 ")
    assert [role for _, role, _ in quoted(bulleted, lexicon)] == ["provider"]
    # a line the copy broke mid-sentence goes on: "the director of\nadult social services said"
    wrapped = (
        "In a statement the director of\nadult social services said: \u2018We are doing all we"
        " can for the people waiting.\u2019\n"
    )
    assert [role for _, role, _ in quoted(wrapped, lexicon)] == ["director"]


def test_a_pronoun_subject_keeps_its_antecedent_whatever_its_predicate_names(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "In February I took a set of savings options to our cabinet member. She read the papers,"
        " listened for an hour and then said: ‘Find me a way that does not cut prevention, and I"
        " will back you.’\n\n"
        "We met the chief executive of Care England. She, a former nurse, said: ‘Nurses in care"
        " homes are the forgotten profession of this country.’\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[0][0] == "political"  # "the papers" is what she read, not a speaker


def test_a_named_persons_post_and_later_mentions_of_their_name(lexicon: RoleLexicon) -> None:
    text = (
        "On the other side of that call was Gareth Pryce, then a deputy director of commissioning"
        " at the clinical commissioning group. ‘We treated home care as a tap you turn on when the"
        " hospital is full,’ says Pryce.\n\n"
        "The director of adult social services at the council disagreed, at length.\n\n"
        "Pryce accepts the criticism, up to a point. ‘He is not wrong that it started with a"
        " handful of providers,’ he says.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    # the post's organisation names the sector (a short "deputy director" phrase does not); "he"
    # is Pryce, named again in the sentence before, not the director mentioned in between
    assert got == [("nhs", "Pryce"), ("nhs", "he")]


def test_a_bodys_statement_or_report_is_a_document(lexicon: RoleLexicon) -> None:
    text = (
        "In a statement, the association said it had written to the minister “to request an"
        " urgent meeting on the future of the management workforce”.\n\n"
        "In its report, the CQC found that “leaders were visible and staff spoke positively about"
        " the culture of the service”.\n\n"
        "The agency’s owner said: “We will keep going for as long as the families need us.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document", "provider"]


def test_one_of_a_group_is_one_of_the_sentences_subject_group(lexicon: RoleLexicon) -> None:
    text = (
        "Managers of supported living services for people with learning disabilities were"
        " blunter still. ‘Every conversation in this county is about older people and beds,’"
        " says one.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_laugh_before_the_words_is_their_cue(lexicon: RoleLexicon) -> None:
    text = (
        "Registered managers spoke first.\n\n"
        "Asked who provides leadership nationally, one interviewee simply laughed. ‘Is that a"
        " serious question? I could not tell you who the care minister is this month.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("interviewee", "one interviewee")  # not the managers of the paragraph before
    ]


def test_testimony_in_the_first_person_closed_by_its_bracket(lexicon: RoleLexicon) -> None:
    text = (
        "Principal social workers worried most about the people they supervise.\n\n"
        "Our vacancy rate went from 8 per cent to 22 per cent. I had newly qualified social workers"
        " doing complex discharges.\n(Principal social worker, shire county)\n\n"
        "Integration leads saw it differently.\n\n"
        "The board put money into social care because it was cheaper than beds. I would do it"
        " again. (Director of integration, integrated care board)\n\n"
        "Councils paid more for care in the winter. (Table 3)\n"
    )
    got = [(t[:8], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Our vaca", "workforce", "Principal social worker, shire county"),
        ("The boar", "nhs", "Director of integration, integrated care board"),
    ]  # the authors' own sentence closed by a cross-reference stays theirs


def test_a_run_of_comments_each_closed_by_its_own_bracket(lexicon: RoleLexicon) -> None:
    text = (
        "Free-text answers were mostly positive. Typical comments included:\n\n"
        "The coaching sessions were the best thing. Nobody has invested in me like that in 22"
        " years.\n(Registered manager, home care)\n\n"
        "I enjoyed it but I am not sure what has changed. Same staffing, same fee rate.\n"
        "(Care worker, residential care)\n\n"
        "The survey went to 40 managers (registered managers, home care) in the spring.\n"
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("The coaching", "provider", "Registered manager, home care"),
        ("I enjoyed it", "workforce", "Care worker, residential care"),
    ]  # a bracket inside a sentence of narrative attributes nothing


WITNESSES = """Witnesses
Marcus Oyelaran, President, Association of Directors of Adult Social Services
Fiona Threlkeld, Chief Executive, Brightwater Care Group
Dr Anjali Raman, Chief Executive, NHS Severn Vale Integrated Care Board

The committee began by asking witnesses where responsibility for adult social care now lies, and
whether the people who lead services have the tools they need to do so. Members also asked about
the workforce, the data on registered managers and the regulator's new assessments of councils.

Giving evidence, Marcus Oyelaran told MPs that directors were ‘holding the system together with
goodwill and one-year grants’.

Dr Anjali Raman offered a more positive account of joint working. ‘In Severn Vale we have pooled
more than £90 million across health and care,’ she said.
"""


def test_people_a_witness_list_introduces_are_found_by_name(lexicon: RoleLexicon) -> None:
    got = [(role, speaker) for _, role, speaker in quoted(WITNESSES, lexicon)]
    # the list gives each name its post; "she" is Dr Raman, named again in her own sentence
    assert got == [("director", "Marcus Oyelaran"), ("nhs", "she")]


QANDA = """Five minutes with Grace Mensah

Grace Mensah has been registered manager of Willowbank Court, a nursing home, since 2021. Before
that she spent fifteen years as a nurse in the NHS. We asked her about leadership.

Q: You moved from the NHS into social care. What surprised you most?

A: How much you are on your own. In hospital there was always someone around you.

Q: What would you tell a new manager?

A: Knowing when to roll your sleeves up and when to step back is most of the job.
"""


def test_the_answers_of_a_q_and_a_are_the_person_introduced(lexicon: RoleLexicon) -> None:
    got = [(t[:10], role) for t, role, _ in quoted(QANDA, lexicon)]
    # "Grace Mensah has been registered manager": the copula names her post (not "a nurse", the
    # nearest person); the questions are the interviewer's narrative
    assert got == [("How much y", "provider"), ("Knowing wh", "provider")]


def test_a_headline_run_into_its_standfirst_still_names_the_interviewee(
    lexicon: RoleLexicon,
) -> None:
    """A web copy's headline joined to the standfirst under it ("... Corinne Halloway As she
    begins"): "As" is no part of her name, so the name the piece repeats finds whom the unlabelled
    answers are from - not the chief executive quoted last before the first question."""
    text = (
        "INTERVIEW\n‘We have to stop apologising’: new ADASS president Corinne Halloway As she"
        " begins her year as president, the county's director of adult social services tells us"
        " what she wants.\n\n"
        "Corinne Halloway has a habit, colleagues say, of turning up where she is not expected.\n\n"
        "Dr Priya Raman, chief executive of Harrowfield and Wexley Integrated Care Board, calls her"
        " ‘the least territorial person I have ever worked with’.\n\n"
        "It is a hard moment to take the job on.\n\n"
        "You’ve been a director for 11 years. Why take on the presidency now?\n\n"
        "Partly because it was my turn, if I’m honest. Directors give up time they don’t have.\n\n"
        "What will your priorities be as president?\n\n"
        "Three things, I think. First, the case for reform. Second, the workforce.\n\n"
        "Why should anyone listen this time?\n\n"
        "Because the alternative is already happening, just quietly, as I see it.\n\n"
        "How bad are the overspends?\n\n"
        "It’s bad. Most councils expect to overspend their budgets this year.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(text, lexicon)]
    assert got[-4:] == [
        ("Partly bec", "director"),
        ("Three thin", "director"),
        ("Because th", "director"),
        ("It’s bad. ", "director"),
    ]


# A narrative's people and the quotations after them: (text, the roles of its quotations in order).
NARRATIVE_SPEAKERS = [
    pytest.param(
        "Okafor became registered manager of Elm Court in 2019. She had run a ward before that.\n\n"
        "Ten minutes later the phone rang again. ‘That will be the hospital,’ Okafor says.\n",
        ["provider"],
        id="a surname alone before a copula names the post, not the ward she ran",
    ),
    pytest.param(
        "‘I started on a zero-hours contract,’ says Nadia Kerr, director of adult social services"
        " at Wyvern County Council.\n\n"
        "We meet in a room decorated with posters that a care worker made during the first"
        " lockdown.\n\n"
        "She adds: ‘Most of the people doing that job today are paid less than I was then.’\n\n"
        "The assistant director called the gap ‘frankly embarrassing’. She added: ‘We can tell"
        " you how many visits we made, and nothing about what they did for anyone.’\n",
        # (what the assistant director called the gap is her words too)
        ["director", "director", "director", "director"],
        id="she adds goes on with the speaker quoted last, not a care worker met in passing",
    ),
    pytest.param(
        "Nadia Kerr began her career on a zero-hours home care contract. Now director of adult"
        " social services at Wyvern County Council, she took over as president of the regional"
        " network in April.\n\n"
        "‘I have never forgotten what it is like to stand at the door at seven,’ says Nadia Kerr.\n",
        ["director"],
        id="a post set before she is the post of the person the sentence before names",
    ),
    pytest.param(
        "Dalesway Home Care will provide the support workers in the reablement team. Its director,"
        " Jon Baptiste, said the contract had allowed the company to offer staff guaranteed hours."
        ' "Recruiting for reablement is not easy," he said.\n',
        ["provider"],
        id="its director at a provider is the provider's, and the sentence's subject",
    ),
    pytest.param(
        "Edna Parkin, 84, a retired school cook from Thornley, was one of the first people to try"
        " Home First after she fell at home in January.\n\n"
        "“I honestly thought that was it,” Edna says.\n\n"
        "Mark Ellery, 52, is registered manager at Dalesway. “We recruit every week,” Ellery says.\n",
        ["user", "provider"],
        id="a name with an age and no post is a member of the public, a post decides",
    ),
    pytest.param(
        "Many felt the assessment was about their parent. Liam, 22, says:\n\n‘It was all Mum.’\n",
        ["user"],
        id="an age in the cue itself",
    ),
    pytest.param(
        "7.6 Several local authorities pointed to gaps in information about the management"
        " workforce. One said: “We know more about the age of our fleet vehicles than we do about"
        " how long our home care managers stay in post.”\n",
        ["director"],
        id="one of several bodies named in lower case",
    ),
    pytest.param(
        "Hallowford MP Caroline Dunmore said she had written to the care minister about the"
        " closure.\n\n"
        "“The closure of Marlpit House is a symptom of a care market that is broken,” she said.\n",
        ["political"],
        id="a post ends at its speech verb: the MP, not the minister she wrote to",
    ),
    pytest.param(
        "Since April 2023 the Care Quality Commission has been assessing how local authorities"
        " meet their duties. Its quality statement on assessing needs reads, in part:\n\n"
        "We maximise the effectiveness of people’s care and treatment by assessing and reviewing"
        " their needs with them.\n\n"
        "Directors we spoke to were broadly positive.\n",
        ["document"],
        id="a document that reads",
    ),
    pytest.param(
        "A director said the ICB had yet to find its role. ‘They convene; they do not lead.’\n\n"
        "The ICB’s director of strategy accepted the criticism in part. ‘We have tried not to be"
        " the big NHS organisation that tells councils what to do.’\n",
        ["director", "nhs"],
        id="accepting a criticism introduces the reply",
    ),
    pytest.param(
        "A director said the plan came late. ‘We waited three years.’\n\n"
        "One care home owner welcomed it all the same. ‘It is a start, and only a start.’\n",
        ["director", "provider"],
        id="welcoming introduces the words after it",
    ),
    pytest.param(
        "Our next caller is Denise, from Sunderland, whose mother lives in a care home. ‘They"
        " moved her room without telling me,’ Denise says.\n",
        ["user"],
        id="a name and where they are from before what they do",
    ),
    pytest.param(
        "In an influential critique, Pemberton (2018: 57) argued that co-production had become"
        " ‘a word that costs nothing to say and a great deal to do’.\n",
        ["document"],
        id="an author cited with year and page is a publication",
    ),
]


@pytest.mark.parametrize(("text", "roles"), NARRATIVE_SPEAKERS)
def test_narrative_speakers(text: str, roles: list[str], lexicon: RoleLexicon) -> None:
    assert [role for _, role, _ in quoted(text, lexicon)] == roles


def test_a_committees_chair_and_members_are_elected(lexicon: RoleLexicon) -> None:
    text = (
        'Committee chair Dame Helen Marchbank said after the session: "Four ministers, four sets'
        ' of warm words and still no plan for the workforce."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political"]


def test_a_councils_commissioner_and_a_named_national_one(lexicon: RoleLexicon) -> None:
    text = (
        "A commissioner in Council B said: ‘I went in thinking I would get two hours a month of"
        " people complaining about fees.’\n\n"
        "The Older People's Commissioner for Wales said: ‘Older people must be heard in every"
        " decision about their care.’\n\n"
        "An ICB commissioner said: ‘We buy discharge capacity every winter and never plan it.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "national", "nhs"]


PODCAST = """Tom Hadley: Hello and welcome. With me are Amara Okeke, who is Director of Adult Social
Services at Tamesbury Council, and Neil Ashworth, a disabled man who employs his own personal
assistants. Amara, where do you start?

Amara Okeke: With the people who do the work. I began in this sector as a home carer in 1996.

Tom Hadley: Neil, does that match what you see?

Neil Ashworth: From my kitchen table, mostly. The council has never asked me what my PAs need.

Amara Okeke: That is fair, and a couple of years ago I would have been embarrassed by it.

Neil Ashworth: I will give Amara credit for what has changed since then, though.
"""


def test_people_the_narrative_introduces_with_their_post_are_found_by_name(
    lexicon: RoleLexicon,
) -> None:
    got = [
        (role, speaker) for _, role, speaker in quoted(PODCAST, lexicon) if speaker != "Tom Hadley"
    ]
    assert got == [
        ("director", "Amara Okeke"),
        ("user", "Neil Ashworth"),
        ("director", "Amara Okeke"),
        ("user", "Neil Ashworth"),
    ]


def test_a_person_introduced_by_what_they_do_is_found_by_name(lexicon: RoleLexicon) -> None:
    text = (
        "Host: Joining me is Neil Ashworth, who draws on care and employs his own personal"
        " assistants, and Callum Reid, an apprentice at a home in Leeds.\n\n"
        + "The rest of the programme was about the money, the staffing and the winter. "
        * 12
        + "\n\nAsked about the council, Neil Ashworth said: ‘Nobody there has ever asked me what my"
        " PAs need.’\n\nCallum Reid said: ‘My mates think I just wipe bums, and I let them.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "workforce"]


def test_one_of_a_group_before_a_colon_speaks_for_the_group(lexicon: RoleLexicon) -> None:
    text = (
        "The Department told the inquiry it had taken significant steps. Directors were divided"
        " about how far those steps went. One welcomed the pathway: ‘It is the first time anyone"
        " nationally has drawn a career map for care.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_he_after_a_post_held_at_an_organisation_is_its_holder(lexicon: RoleLexicon) -> None:
    text = (
        "An integrated care board chief executive told us:\n\n"
        "I will say something my colleagues will not thank me for. We talk about the workforce as"
        " a discharge problem.\n\n"
        "He went on: ‘Where it works here, it works because the director and I talk every week.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "nhs"]


def test_a_hyphenated_surname_finds_the_person_introduced_with_a_lowercase_post(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The morning session was opened by Kwame Asante-Boateng, director of adult social services"
        " at Lowbridge Council, and the afternoon by Ruth Fenby-Hall, managing director of Fenby"
        " Homes, a family-run home care agency.\n\n"
        + "Delegates spent the morning in workshops on recruitment and on winter planning. "
        * 10
        + "\n\n‘We are losing leaders faster than we grow them,’ Asante-Boateng said.\n\n"
        "What changed, Fenby-Hall said, was that both sides shared their numbers. ‘Once you have"
        " seen the figures you cannot pretend the other side is the problem.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "provider"]


def test_a_name_after_its_post_is_followed_by_a_predicate_not_a_post(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The council’s director of adult social services, Mark Ellison, told councillors that"
        " referrals had risen by a third.\n\n"
        "‘Eighteen months ago we had 900 people waiting for an assessment,’ he said.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_named_person_opening_the_sentence_before_an_uncued_quotation_says_it(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The panel brought together Cllr Denise Marsh, cabinet member for adult social care at"
        " Rowley Council, and Priya Lall, an expert by experience who co-chairs the partnership"
        " board.\n\n"
        "Cllr Marsh said the council would keep its fee uplift. ‘We made a promise to providers"
        " and we will keep it.’\n\n"
        "Lall was blunter about what had changed. ‘For years people did things to me. Now they"
        " ask me first.’\n\n"
        "She was careful not to overclaim. ‘It is a start, and only a start.’\n\n"
        "The GP now visits on a Tuesday instead. ‘It is not ideal, but it works for now.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "political",
        "user",
        "user",
        "user",  # a role mention opening a describing sentence does not take over the quotation
    ]


DEBATE = """[Mr Ian Roe in the Chair]

2.30 pm

Helen Marr (Calderbridge) (Lab)
I beg to move that this House has considered the leadership of adult social care.

One of my constituents has worked as a home carer for 11 years. She wrote to me:

“Nobody has ever asked me what would make me stay.”

Skills for Care said in its annual report that the sector was

“relying on the goodwill of its staff, and that goodwill is running out.”

That is the nub of it, and I hope the Minister will answer it.

Tom Okoro (Sutton Weald) (Con)
Does the hon. Lady agree that registered managers are leaving too?

Helen Marr
I do, and the Minister should say what she will do about it.

2.47 pm

Gareth Lyle (Stockmoor) (Lab)
It is a pleasure to follow my hon. Friend. A director told me: “The job has changed out of all
recognition.”

Tom Okoro
Will he give way on that point?

3.21 pm

The Minister for Care (Anna Ridge)
I congratulate the hon. Member on securing the debate. We are working with the sector.

Gareth Lyle
I am grateful to the Minister for giving way.

Anna Ridge
My hon. Friend is right, and I pay tribute to his work.
"""


def test_a_debate_records_speeches_under_their_headings(lexicon: RoleLexicon) -> None:
    got = [(role, words[:12]) for words, role, _ in quoted(clean_text(DEBATE).text, lexicon)]
    assert got == [
        ("political", "I beg to mov"),
        ("other", "“Nobody has "),  # a constituent, in a member's speech: second-hand
        ("document", "“relying on "),  # a body's report, read out
        ("political", "That is the "),
        ("political", "Does the hon"),
        ("political", "I do, and th"),
        ("political", "It is a plea"),
        # a director's words in a member's speech, the cue placing them: the director's
        ("director", "“The job has"),
        ("political", "Will he give"),
        ("national", "I congratula"),
        ("political", "I am gratefu"),
        ("national", "My hon. Frie"),
    ]


MAGAZINE_QA = """Six months into the job, the chief social worker for adults Joan Pryor talks to us about
managers and the workforce.

Joan Pryor has been the government's chief social worker for adults since September. When she
was appointed, the department said the role would 'bring practice to the heart of government'.

CL: You have spent six months listening. What have you heard?

A lot of pride, which gets lost. I have been to more than 40 councils.

But I have also heard tiredness, and it worries me.

CL: Managers say they are invisible nationally. Is that fair?

It is completely fair, and I would go further.

One manager said to me, 'You have given us frameworks, now give us the time to read them.'

We cannot keep treating managers as shock absorbers.

CL: What would success look like?

Three things: pay, development and voice.

CL: And the first of those?

Pay, without question.

SIDEBAR

Sunita Rae, director of adult social services at Westmarch Council, wants the role to be a
bridge. 'The best thing Joan can do is make it land in the Treasury,' she says.
"""


def test_a_council_s_you_said_we_did_headings_are_no_speakers(lexicon: RoleLexicon) -> None:
    # a local account's "YOU SAID (...)" over what people told the council and "WE DID" over its
    # answer, each twice or more: no debate's speakers, whose speeches would make every later
    # quotation second-hand
    pair = (
        "YOU SAID (Carers' Partnership Board)\n"
        '"Carers get asked for our views and then we never hear what happened to them."\n'
        "WE DID\n"
        "We now publish a summary after every Board meeting.\n\n"
    )
    text = (
        "You said, we did\n\n" + pair * 3 + "Joan's story: home from hospital\n\n"
        "Joan is 88 and lives alone in a bungalow on the edge of the town.\n\n"
        "'I was frightened, I won't pretend I wasn't,' Joan says. 'But they came every day.'\n"
    )
    got = quoted(clean_text(text).text, lexicon)
    assert not any(q.startswith("We now publish") for q, _, _ in got)  # the council's answer
    assert got[-1][1:] == ("user", "Joan")  # met by her age, one of the public


def test_the_unlabelled_answers_of_a_printed_interview_are_the_interviewees(
    lexicon: RoleLexicon,
) -> None:
    got = [(role, words[:12]) for words, role, _ in quoted(MAGAZINE_QA, lexicon)]
    assert got == [
        ("document", "'bring pract"),  # the department's statement
        ("national", "A lot of pri"),
        ("national", "But I have a"),
        ("national", "It is comple"),
        # a manager the interviewee quotes, the cue placing them: the manager's (and its
        # paragraph the authors')
        ("provider", "'You have gi"),
        ("national", "We cannot ke"),
        ("national", "Three things"),
        ("national", "Pay, without"),
        ("director", "'The best th"),  # the sidebar is not an answer
    ]


PROFILE_QA = """Priya Desai runs adult social care in Lowbridge. Since April she has also chaired
the regional directors' network, and Desai says the two jobs feed each other.

Desai became director of adult social services at Lowbridge Borough Council in 2021. Colleagues
describe a director who answers her own phone.

Mark Ellison, who runs a home care agency in the town, agrees. 'She rings back,' he says.

We asked Desai about the year ahead.

What is your first priority?

Getting people home from hospital. I spend a morning a week on the wards, and I see what waiting
does to people.

Is the money there to do it?

No. I have said so to ministers, and I will keep saying it.

Advertisement

How do you keep good staff?

By paying them properly, which I cannot yet do. My managers know that.

What would you tell a new director?

Find the people who draw on care and listen before you decide anything.
"""

FAQ = """Direct payments: your questions answered

What is a direct payment?

A direct payment is money the council pays you so that you can arrange your own support.

Can you employ a family member?

You can in some cases, if the council agrees that it is the best way to meet your needs.

How do you apply?

Ask your social worker, who will talk you through it and help you fill in the form.

What happens if you stop needing support?

You should tell the council straight away, and any money left over may be taken back.
"""

REPORT_QUESTIONS = """What did we ask?

We asked leaders what had helped them through the pandemic, and what had not.

What did we find?

Most told us that local relationships mattered more than national guidance did.

Why does it matter?

Because the next crisis will find the same gaps, and we think they can be closed.

What should happen next?

We set out five recommendations for government and for the sector below.
"""


def test_an_interview_whose_questions_carry_no_label(lexicon: RoleLexicon) -> None:
    got = [(role, words[:12]) for words, role, _ in quoted(PROFILE_QA, lexicon)]
    # the provider quoted before the questions is not the one who answers them: the piece is about
    # Desai, named most often, and her answers are a director's
    assert got == [
        ("provider", "'She rings b"),
        ("director", "Getting peop"),
        ("director", "No. I have s"),
        ("director", "By paying th"),
        ("director", "Find the peo"),
    ]


def test_three_questions_with_no_label_are_an_interview(lexicon: RoleLexicon) -> None:
    # a news page's box, "Three questions for ...": fewer questions than a transcript's turns
    three = PROFILE_QA.replace("Advertisement\n\nHow do you keep good staff?\n\n", "").replace(
        "By paying them properly, which I cannot yet do. My managers know that.\n\n", ""
    )
    got = [(role, words[:12]) for words, role, _ in quoted(three, lexicon)]
    assert got[1:] == [
        ("director", "Getting peop"),
        ("director", "No. I have s"),
        ("director", "Find the peo"),
    ]


def test_a_page_that_calls_itself_an_interview_needs_fewer_questions_to_you(
    lexicon: RoleLexicon,
) -> None:
    # most of these questions put no "you" ("What changed during Covid?", "Is that fair?"): on a
    # page that says it is an interview, a third of them is enough
    questions = (
        "How did you end up chairing the association?",
        "What changed during Covid?",
        "A report says providers promote their best carers and leave them. Is that fair?",
        "What is the association doing about it?",
        "Can your members afford a proper differential for seniors?",
    )
    answers = (
        "Mostly by not saying no quickly enough. I had been on the committee for years.",
        "Everything, really. I spoke to the council every morning at nine.",
        "Fair, and I include myself. I made my best carer a senior with a day's training.",
        "Two things. I set up a seniors' network and we run a shared training programme.",
        "Not at the rates we are paid, no. I say that to the council every year.",
    )
    body = "".join(f"{q}\n\n{a}\n\n" for q, a in zip(questions, answers, strict=True))
    page = (
        "Home » Interviews » Workforce\n\n"
        "Jan Pryce has chaired the Calderside Care Association since 2019 and has run her own "
        "care home for 24 years. She talks to Tom Ridley about growing leaders.\n\n"
    )
    assert [words[:12] for words, _, _ in quoted(page + body, lexicon)] == [a[:12] for a in answers]
    # without that, the questions are headings a piece asks of itself
    plain = page.replace("Home » Interviews » Workforce", "Home » Features").replace(
        " She talks to Tom Ridley about growing leaders.", ""
    )
    assert quoted(plain + body, lexicon) == []


def test_responses_each_under_its_sender_s_name_are_the_sender_s_statements(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Responses from providers\n\n"
        "We shared a draft of this report with the homes we visited. Their responses follow.\n\n"
        "Elmfield Care Group (Larchfield Court and Hollins Park)\n\n"
        '"Elmfield Care Group welcomes this report and thanks the volunteers for their visits. '
        'We have written to all families setting out their rights."\n\n'
        "Ashdown Lodge\n\n"
        "Joanne Pike, registered manager of Ashdown Lodge, responded:\n\n"
        '"Thank you for the time your volunteers spent with us. I accept that our booking system '
        'has caused frustration."\n'
    )
    got = [(words[:20], role) for words, role, _ in quoted(text, lexicon)]
    # the name over the first statement is its sender's, not the next section's heading under it
    assert got == [('"Elmfield Care Group', "document"), ('"Thank you for the t', "provider")]


def test_a_label_the_report_defines_by_the_people_it_comprises(lexicon: RoleLexicon) -> None:
    text = (
        "Quotations are attributed by interview number and sector. 'ASC senior leadership' "
        "comprises the Director of Adult Social Services and two assistant directors; 'ASC "
        "operational' includes hospital and community social workers and reablement staff.\n\n"
        "Int 1 (ASC senior leadership) described the board as 'the place where the arguments "
        "happened, which is exactly what it was for'.\n\n"
        "Int 4 (ASC operational) said she was 'typing the same thing in twice, sometimes three "
        "times, every single day'.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "workforce"]


def test_testimony_closed_by_a_code_before_its_sector_is_a_quotation(lexicon: RoleLexicon) -> None:
    # an indented block, its attribution on the line under it, joined into one paragraph by the
    # copy; the paragraph before ends on a full stop, no colon
    text = clean_text(
        "Information sharing was the area in which the pilot made least progress.\n\n"
        "        We had four systems that didn't talk to each other and a spreadsheet\n"
        "        that everybody had to update by hand. The spreadsheet became the\n"
        "        real record of the pilot.\n"
        "        (Int 15, ICB)\n\n"
        "Practitioners described the consequences in terms of time (Table 3).\n\n"
        "        Nothing changed for us on the rota, and nobody asked us.\n"
        "        (Table 3, page 14)\n"
    ).text
    got = [(words[:20], role) for words, role, _ in quoted(text, lexicon)]
    assert got == [("We had four systems ", "nhs")]


def test_a_caller_whom_nothing_places_is_an_interviewee_not_a_named_other(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "GEMMA FAIRLIE: Good morning, and we are talking about who should pay for care. Let's "
        "go to the phones.\n\n"
        "KEV (CALLER): Morning, Gemma. Somebody's got to pay, and I don't see why it should "
        "always be the taxpayer.\n\n"
        "GEMMA FAIRLIE: Kev, thank you. Jean is on the line now.\n\n"
        "JEAN (CALLER, THORNBY): I'm seventy-six and I look after my husband, who has dementia, "
        "every day.\n\n"
        "KEV: Yeah, alright, I didn't know that about the dementia. That's not right.\n\n"
        "GEMMA FAIRLIE: Thank you both.\n"
    )
    got = {(speaker, role) for _, role, speaker in quoted(text, lexicon)}
    assert {("KEV (CALLER)", "interviewee"), ("KEV", "interviewee")} <= got
    assert ("JEAN (CALLER, THORNBY)", "user") in got  # placed by what she says of herself


def test_its_policy_director_is_the_body_s_whatever_director_names_elsewhere(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Imogen Sallis, chief executive of the National Homecare Providers Forum, which represents "
        "independent homecare agencies, said: 'Providers are being squeezed from every "
        "direction.'\n\n"
        "Its policy director, Dev Ramakrishnan, added: 'When a homecare provider closes, it is not "
        "only a business that is lost.'"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_its_post_is_at_the_body_the_text_placed_before_its_statement(lexicon: RoleLexicon) -> None:
    text = (
        "Naomi Adeyemi-Clarke took over as chief executive of Caring Nation, the national "
        "charity for unpaid carers and people who draw on care, in January. She came to the post "
        "after six years as director of policy at the charity. But she describes herself as 'a "
        "carer first and a chief executive second', having looked after her mother, who had "
        "vascular dementia, for nine years.\n\n"
        "In a statement announcing her appointment last autumn, Caring Nation said she had been "
        "chosen for 'her deep understanding of what it means to care, and to be cared for'. Its "
        "chair, Peter Walsh, added: 'Naomi has never forgotten who this charity is for.'"
    )
    # "Its" is the charity's, placed by its chief executive's post, not its statement's (document)
    assert [role for _, role, _ in quoted(text, lexicon)][-2:] == ["document", "national"]


def test_a_named_speaker_s_its_post_is_at_the_body_not_its_submission(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Care England's written submission called for a national leadership programme, 'funded "
        "properly and recognised across the sector, not another e-learning module'. Martin "
        "Greaves, its deputy chief executive, told us in oral evidence that the case was "
        "overwhelming: 'We have roughly 25,000 registered managers and no national offer.'"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)][1] == (
        "provider",
        "Martin Greaves, its deputy chief executive",
    )


def test_an_exchange_printed_with_its_speakers_by_sector(lexicon: RoleLexicon) -> None:
    exchange = (
        "Box 2: From the roundtable\n\n"
        "The exchange below is lightly edited. Participants are identified by sector.\n\n"
        "Director of adult social services: Neither, really. We turn up with no money and a "
        "statutory duty.\n\n"
        "ICB non-executive director: I'd challenge that a bit. We've put real money into "
        "reablement.\n\n"
        "Care home provider: Into home care rates. Not into care homes. Nobody asked us.\n\n"
        "Carer and expert by experience: Being asked before the decision. That's all any of us "
        "want.\n\n"
        "Director of adult social services: And a government that says what it wants. We're all "
        "making it up.\n\n"
        "4.3 Place\n\nMost interviewees thought that place was where integration made sense.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(exchange, lexicon)]
    assert got == [
        ("Director of adult social services", "director"),
        ("ICB non-executive director", "nhs"),
        ("Care home provider", "provider"),
        ("Carer and expert by experience", "user"),
        ("Director of adult social services", "director"),
    ]
    # a glossary defines each term once, in no one's voice
    glossary = (
        "Glossary\n\n"
        "Care home provider: A company or charity that runs a care home.\n\n"
        "Director of adult social services: The council officer with the statutory duty.\n\n"
        "Integrated care board: The NHS body that plans health services.\n\n"
        "Reablement: Short-term support to help a person regain skills.\n"
    )
    assert quoted(glossary, lexicon) == []


def test_care_homes_named_over_a_report_s_sections_are_no_debate_s_speakers(
    lexicon: RoleLexicon,
) -> None:
    # each home's name heads its findings and then its owner's response: lines of their own, twice
    # each, as a debate's speakers are - but no one's words, so what people told the visitors is
    # theirs, not second-hand
    text = (
        "Enter and View Report\n\n"
        "Ashgrove House and The Willows Care Centre\n\n"
        "Findings\n\n"
        "Ashgrove House\n\n"
        "We spoke with residents in the lounge. One resident said: 'They never rush me when I am "
        "getting washed, and they always knock.'\n\n"
        "The Willows Care Centre\n\n"
        "Staff were stretched. One care worker told us: 'I try my best, but I cannot be on three "
        "floors at once.'\n\n"
        "Responses\n\n"
        "Ashgrove House\n\n"
        "The registered manager responded: 'We welcome the report and will act on it.'\n\n"
        "The Willows Care Centre\n\n"
        "The owner of the home responded: 'I accept the findings of this report.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "user",
        "workforce",
        "provider",
        "provider",
    ]


def test_an_answer_may_open_on_the_question_it_takes_up_and_the_charity_is_not_the_interviewee(
    lexicon: RoleLexicon,
) -> None:
    # "At national level? ..." is the answer to the question above it, not the next question; the
    # charity is named more often than its chief executive, but a body's name is nobody's surname
    questions = (
        "You have been in post for three months. What has surprised you?",
        "Who do you think leads adult social care at the moment?",
        "Caring Nation has been critical of co-production. Is that fair?",
        "Where do you stand on the workforce strategy?",
    )
    answers = (
        "How much goodwill there is. Every organisation I have met says it wants carers heard.",
        "At national level? I would struggle to give you a name, and that is the problem.",
        "I think it is fair to be critical of the word. I have seen it done well.",
        "I welcome it. It is the first long-term plan for the people who do the work.",
    )
    page = (
        "INTERVIEW\n\n"
        "Naomi Adeyemi-Clarke tells Tom Harland why she wants carers at the table.\n\n"
        "Naomi Adeyemi-Clarke took over as chief executive of Caring Nation, the national charity "
        "for unpaid carers, in January. Caring Nation has 140 staff.\n\n"
        "In a statement, Caring Nation said she had been chosen for her 'deep understanding of "
        "what it means to care'. Caring Nation's trustees were unanimous.\n\n"
        "We spoke to her at Caring Nation's offices in Birmingham.\n\n"
    )
    body = "".join(f"{q}\n\n{a}\n\n" for q, a in zip(questions, answers, strict=True))
    got = [(words[:12], role) for words, role, _ in quoted(page + body, lexicon)]
    assert got[-4:] == [(a[:12], "national") for a in answers]


def test_an_interview_is_with_the_person_its_introduction_names_twice(
    lexicon: RoleLexicon,
) -> None:
    # her hyphenated name, whole and in parts, is one person's; the director the introduction
    # quotes last is named once
    text = (
        "Interviews\n\n"
        "Jan Pryce-Morgan: 'The best managers I know all started on the floor'\n\n"
        "Jan Pryce-Morgan has chaired the Calderside Care Association since 2019. A former nurse"
        " who has run her own 36-bed home in Brigfield for 24 years, she talks to Tom Ridley.\n\n"
        "The association meets the council monthly. Calderside Council's director of adult social "
        "services, Paul Whitley, calls it 'the best critical friend we have'.\n\n"
        "How did you end up chairing the association?\n\n"
        "Mostly by not saying no quickly enough. I had been on the committee for years.\n\n"
        "What changed during Covid?\n\n"
        "Everything, really. I spoke to the council every morning at nine.\n\n"
        "How do you keep good staff?\n\n"
        "By paying them properly, which I cannot yet do. My managers know that.\n"
    )
    got = [(role, words[:8]) for words, role, _ in quoted(text, lexicon)]
    assert got[-3:] == [
        ("provider", "Mostly b"),
        ("provider", "Everythi"),
        ("provider", "By payin"),
    ]


def test_question_headings_and_an_faq_are_not_an_interview(lexicon: RoleLexicon) -> None:
    assert quoted(FAQ, lexicon) == []  # the answers speak to "you", not as "I"
    assert quoted(REPORT_QUESTIONS, lexicon) == []  # the headings ask no one


def test_a_person_talked_about_is_not_the_one_who_speaks(lexicon: RoleLexicon) -> None:
    text = (
        "Grace Obi has been registered manager of Elm Court for six years. On a Friday evening the"
        " hospital rang about a new admission. The man in question had complex needs and no"
        " medication list. ‘I took him,’ she says. ‘But nobody should decide that on guilt.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_quoted_paragraph_takes_the_bracketed_line_under_it(lexicon: RoleLexicon) -> None:
    text = (
        "Managers doubted that the pandemic was over.\n\n"
        "‘People keep saying post-Covid. There is no post. We still get outbreaks.’\n\n"
        "(registered manager, nursing home, North East)\n\n"
        "Others were more hopeful.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_person_who_joined_as_a_post_is_known_by_name(lexicon: RoleLexicon) -> None:
    text = (
        "Amira Haddad joined Elm Court as a bank care assistant in 2019. Five years on she leads"
        " a team of nine.\n\n"
        + "The home has changed a great deal since then, and so has the town around it. " * 8
        + "\n\n‘I never thought I would stay,’ says Amira.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]


def test_authors_with_a_year_are_a_publication(lexicon: RoleLexicon) -> None:
    text = (
        "Registered managers are accountable for their service. Patel and Rowe (2021) described"
        " them as ‘the most important and least supported leaders in the system’. Lindqvist et"
        " al. (2021, 9) caution, however, that ‘distributed leadership is often invoked where no"
        " one holds the risk’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]
    # "et al." closes the authors' names as a surname does


def test_readers_comments_are_quotations_of_their_authors(lexicon: RoleLexicon) -> None:
    from test_ingest_clean import BLOG_WITH_REPLIES

    text = clean_text(
        BLOG_WITH_REPLIES.replace(
            "Ruth Ingle", "Anita Rees, director of adult social services at Lowbridge Council"
        )
    ).text
    text += "\n\nAnita Rees says: Thank you all, and I take the point about the money.\n"
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("director", "Margaret Alder"),  # what she says she was
        ("workforce", "J. Okoro"),  # "Social worker ... here."
        ("interviewee", "Alastair Kerrigan"),  # nothing says: not determinable
        ("director", "Anita Rees"),  # the author, introduced in the byline
    ]


def test_a_reader_s_reply_to_another_under_a_news_page(lexicon: RoleLexicon) -> None:
    article = "The director's article argued for a ten-year settlement. " * 30
    comments = [
        "Comments (4)",
        "MikeT_1962\n11 Feb 2025 7.02\nCouncils have had more money every year. Where has it"
        " gone?\nReply\nShare\nReport\nRecommend 37",
        "HomeCareHelen\nreplying to MikeT_1962\n11 Feb 2025 7.31\nI run a small home care agency,"
        " 60 staff. It hasn't come to us, I can tell you that.\nReply\nShare\nReport\nRecommend 189",
        "MikeT_1962\nreplying to HomeCareHelen\n11 Feb 2025 7.40\nFair enough, I don't doubt it's"
        " hard for small firms.\nReply\nShare\nReport\nRecommend 12",
    ]
    text = clean_text(article + "\n\n" + "\n\n".join(comments) + "\n").text
    assert [(q, role, speaker) for q, role, speaker in quoted(text, lexicon)] == [
        (
            "Councils have had more money every year. Where has it gone?",
            "interviewee",
            "MikeT_1962",
        ),
        (
            "I run a small home care agency, 60 staff. It hasn't come to us, I can tell you that.",
            "provider",
            "HomeCareHelen",
        ),
        ("Fair enough, I don't doubt it's hard for small firms.", "interviewee", "MikeT_1962"),
    ]
    # a reply names whom it answers between its writer and its time, and the page's buttons
    # under each ("Reply Share Report Recommend 189", run together) are nobody's words


def test_a_video_s_transcript_on_a_web_page_one_voice_and_two_guests(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Watch: A day with our home care team\n\n"
        "Video, 3 minutes 42 seconds. Subtitles available.\n\n"
        "Transcript\n\n[Music]\n\n"
        "PRIYA MENON (Care Assistant, Fernlea Home Care): My first call is at quarter past seven.\n\n"
        "PRIYA MENON: This is Dennis. He likes his porridge made with half milk, half water.\n\n"
        "DENNIS HALLORAN (Fernlea Home Care client): She's the best of them, this one.\n\n"
        "MARCUS BELL (Branch Manager, Fernlea Home Care): We build in travel time and we pay"
        " for it.\n\n"
        "PRIYA MENON: My advice for anyone thinking about it? Just try it.\n\n"
        "[Music]\n\nHide transcript\n\nCurrent vacancies\n"
    )
    got = [(q.split()[0], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ("My", "workforce"),
        ("This", "workforce"),
        ("She's", "user"),
        ("We", "provider"),
        ("My", "workforce"),
    ]
    # three speakers (a panel needs four when each speaks once), but one of them heard again:
    # a clip's transcript, its turns its speakers' words


def test_a_committee_s_references_to_its_oral_evidence_after_quotations(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "References in the form (Q12) are to questions in the oral evidence.\n\n"
        "2. Kate Sumner, Chief Executive of Skills for Care, told us that ‘the fall in vacancies"
        " this year is real, but it is fragile’ (Q4).\n\n"
        "11. The Chief Inspector of Adult Social Care at the Care Quality Commission, Mark"
        " Olusanya, said that the Commission was ‘seeing more services closing at short notice,"
        " which is exactly when people are most at risk of harm’ (Q88).\n\n"
        "12. Tariq Hussain, Director of Adult Social Services at Northby Council, told us: ‘We"
        " commission on price.’ (Q33)\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "national", "director"]
    # "(Q88)" after a quotation ending on "people" is the question's number, no legend coding
    # a group of people: the codes after every quotation had all become people who draw on care


def test_a_report_s_sector_tags_after_its_quotations(lexicon: RoleLexicon) -> None:
    text = (
        "Quotations are tagged by sector and participant number, for example (Provider, P11).\n\n"
        "People who draw on care experienced this very concretely. ‘I have had eleven"
        " assessments in four years.’ (Lived experience, P17)\n\n"
        "Front-line staff felt the consequences most directly. ‘On the discharge ward I’m told"
        " every morning how many people are medically optimised.’ (Frontline, P31)\n\n"
        "‘Leadership is the registered manager who turns up at 6am.’ (Provider, P11)\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "workforce", "provider"]


def test_a_care_group_s_careers_page_under_its_logo(lexicon: RoleLexicon) -> None:
    text = (
        "Reject non-essential\n\nCall us: 01536 880 412\n\nEmail: careers@fernleacare.co.uk\n\n"
        "Find a home\n\nBook a visit\n\nStaff login\n\nFernlea Care Group logo\n\nOur homes\n\n"
        "Careers\n\nTraining with us\n\n"
        "Our Head of Learning and Development, Ruth Sandhu, says: ‘We don’t believe in training"
        " that’s just a tick-box exercise.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # "our" head of learning is the group's, whose name the logo's text gives, below the
    # page's blank lines (a body's post the lexicon does not list would be a national figure's)


def test_a_named_speaker_met_chapters_before(lexicon: RoleLexicon) -> None:
    chapter = "The councils that do well are the ones where leaders talk to each other. " * 10
    text = (
        "Launching this year’s report, our Chief Inspector of Adult Social Care, Dr Rosalind"
        " Achebe, said:\n\nWhen I walk into a care home, I can usually tell within ten minutes.\n\n"
        + f"{chapter}\n\n" * 40
        + "Dr Achebe said:\n\nLeaders in adult social care have held services together.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "national"]
    # some 30,000 characters on, her name still finds her


def test_a_peer_challenge_s_lead_peer(lexicon: RoleLexicon) -> None:
    text = (
        "The peer team spent four days on site in March.\n\n"
        "The lead peer told us: ‘Calderbrook had the ingredients, but nobody had put them"
        " together.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_named_speaker_s_manner_after_an_opening_participle(lexicon: RoleLexicon) -> None:
    text = (
        "Gail Summers, who cares for her adult son, was one of the twelve.\n\n"
        "Experts by experience now sit on the board. Asked what had changed, Gail Summers was"
        " blunt: “We’re not a focus group any more.”\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("user", "Gail Summers")
    ]
    # the manner of her words is the cue, as in "Gail Summers was blunt:", the question put to
    # her apart


def test_an_author_s_definition_a_study_cites(lexicon: RoleLexicon) -> None:
    text = (
        "Recent work has shaped the field. Petrakis (2015, p. 38) defines distributed leadership"
        " as ‘the sum of the influence exercised by people at every level of an organisation’."
        " Others have characterised home care as ‘led from the middle and the margins’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]
    # the author's words, cited by year, and the other authors' after them


def test_a_broadcast_s_vox_pops_are_members_of_the_public(lexicon: RoleLexicon) -> None:
    text = (
        "REPORTER: We asked people in Dene Bridge market who should pay.\n\n"
        "VOX POP (WOMAN, 70s): My husband had carers at the end, and they were angels.\n\n"
        "VOX POP (MAN, 40s): The council. It's always the council.\n\n"
        "VOX POP (WOMAN, 30s): I work in a care home myself, and this doesn't surprise me.\n\n"
        "VOX POP (MAN, 60s): Somebody's got to pay for it.\n\n"
        "REPORTER: The council says it has no money left.\n"
    )
    got = [role for _, role, speaker in quoted(text, lexicon) if speaker.startswith("VOX")]
    assert got == ["user", "interviewee", "workforce", "interviewee"]
    # a man or a woman stopped in the street is whom their words make them, else no one the
    # text places


def test_what_someone_posted_is_their_words(lexicon: RoleLexicon) -> None:
    text = (
        "Danielle Price, a care worker at the home, said: ‘It was the best job I ever had.’\n\n"
        "One delegate posted: ‘Best session of the conference by a mile.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "interviewee"]
    # a delegate who posts is theirs, no continuation of the care worker before (but "a post",
    # "the post of director" are no verb)


RADIO = """PRESENTER: NADIA BROOKE

PRODUCER: Owen Pritt

[00:00:05]

NADIA BROOKE (PRESENTER): Good afternoon. Who is in charge of care?

CLIP – MAN, 40s, CARE WORKER: I work in it and I could not tell you.

NB: Graham, is it the council?

GRAHAM HURSTON (DIRECTOR OF ADULT SOCIAL SERVICES, SEVERN COUNTY COUNCIL): Legally, a lot of it is.

NB: Priya, is he the boss of you?

PRIYA LALLY (CARE HOME OWNER; CHAIR, SEVERN CARE ASSOCIATION): He would like to think so.

LALLY: It means I run two homes on rates set by someone else.

HURSTON: That is fair, and I will not argue with it.

NB: Thank you both.
"""


def test_transcript_labels_with_their_post_in_brackets(lexicon: RoleLexicon) -> None:
    got = [(role, speaker) for _, role, speaker in quoted(RADIO, lexicon)]
    assert got == [
        ("workforce", "CLIP – MAN, 40s, CARE WORKER"),
        ("director", "GRAHAM HURSTON (DIRECTOR OF ADULT SOCIAL SERVICES, SEVERN COUNTY COUNCIL)"),
        ("provider", "PRIYA LALLY (CARE HOME OWNER; CHAIR, SEVERN CARE ASSOCIATION)"),
        ("provider", "LALLY"),
        ("director", "HURSTON"),
    ]  # the presenter, by name, by "(PRESENTER)" or by initials, and the credits are narrative


def test_participants_known_by_a_first_name_and_a_bracketed_post(lexicon: RoleLexicon) -> None:
    text = (
        "The programme changed how participants saw the job. ‘I was promoted from senior carer"
        " with no training at all,’ says Sami (registered manager, domiciliary care).\n\n"
        "Kwabena (deputy manager, supported living) described the first months differently.\n\n"
        + "The action learning sets met monthly for a year and were facilitated by mentors. " * 6
        + "\n\n‘The set was the only room where nobody wanted anything from me,’ said Kwabena.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_role_word_beside_a_participant_code_outranks_the_code(lexicon: RoleLexicon) -> None:
    text = (
        "We ran four focus groups with people who draw on care (P1-P16) and two with care"
        " workers.\n\n"
        "‘Nobody asks us what the care plan leaves out.’ (FG3, P19, care worker)\n\n"
        "‘I have had the same two carers for a year and it has changed everything.’ (FG1, P4)\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "user"]


def test_a_name_in_commas_after_its_post_is_known_by_name(lexicon: RoleLexicon) -> None:
    text = (
        "Elm House, a 42-bed care home rated outstanding, is one of the services in the report."
        " Its registered manager, Grace Okafor, has been in post since 2016.\n\n"
        + "Inspectors found that staff turnover at the home was a third of the national rate. " * 6
        + '\n\nMs Okafor said: "My door really is always open."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_heading_in_capitals_is_not_a_transcript_turn_and_a_company_is_not_a_person(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "MEMBER SPOTLIGHT: ELMSIDE HOME CARE\n\n"
        "This time it is Tom Reed, founder and managing director of Elmside Home Care, which"
        " supports 140 people with a team of 85 staff.\n\n"
        "Q: How did Elmside start?\n\nA: Out of frustration, mostly.\n\n"
        "Q: What is the biggest challenge?\n\nA: The national insurance change.\n\n"
        "Q: And the council?\n\nA: Better than it was.\n\n"
        "Q: Any advice?\n\nA: Get a good accountant.\n"
    )
    # the answers are Tom Reed's, not the heading's nor "Elmside Home Care"'s (with its 85 staff)
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"] * 4


def test_a_post_in_a_sentence_about_she_is_not_who_she_is(lexicon: RoleLexicon) -> None:
    text = (
        "Ruth Okoro has been director of adult social services at Calderwick for a year. She grew"
        " up in Salford. She left school at sixteen and took a job as a care assistant in a"
        " nursing home.\n\n"
        "‘I came into social care by accident and stayed on purpose,’ she says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


SHOW_NOTES = """Show notes

Tom is joined by Sunita Rao, director of adult social services at North Lindsey Council, and \
Gareth Lloyd-Evans, who runs a home care company in the same county.

'We spent ten years arguing about the price of an hour of care.' – Sunita Rao

Published: 6 February 2025 | Duration: 52:18 | Host: Tom Birkett

Transcript

[00:00:04] TOM BIRKETT: Hello and welcome to the programme.

[00:01:35] TOM BIRKETT: So, Gareth, how did you two first meet?

[00:01:41] GARETH LLOYD-EVANS: Across a very tense table, to be honest with you.

[00:02:10] SUNITA RAO: And he was right, which was the annoying thing.

[00:02:31] GARETH LLOYD-EVANS: It has worked better than I thought it would.
"""


def test_timestamped_turns_and_a_pull_quote_credited_by_name(lexicon: RoleLexicon) -> None:
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(SHOW_NOTES, lexicon)]
    assert got == [
        ("'We spent te", "director", "Sunita Rao"),  # "– Sunita Rao": the show notes' director
        ("Across a ver", "provider", "GARETH LLOYD-EVANS"),
        ("And he was r", "director", "SUNITA RAO"),
        ("It has worke", "provider", "GARETH LLOYD-EVANS"),
    ]  # "Published:" heads the page, before the dialogue: not a turn; the host's turns are the
    # programme's narrative


LETTERS = """Letters

Readers respond to our long read on the care workforce

The article brought back every one of my 19 years as a home care worker in Norfolk. I love \
this job, and I am leaving it at Christmas.

Janet Cole
Norwich

As a director of adult social services, I recognise much of what your columnist describes. \
But directors cannot pay what we have not been given.

Dr Lydia Hartwell
Wyvern

I was a GP for 34 years. One carer said to me: "I need somebody to come in at teatime." We \
spend billions on beds.

Dr Peter Lanyon
GP partner, Truro
"""


def test_readers_letters_are_quotations_of_their_signatories(lexicon: RoleLexicon) -> None:
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(LETTERS, lexicon)]
    assert got == [
        ("The article ", "workforce", "Janet Cole Norwich"),  # "as a home care worker"
        ("As a directo", "director", "Dr Lydia Hartwell Wyvern"),
        # a letter's first paragraph is its writer's though it quotes someone, what it quotes
        # left to the ordinary rules
        ("I was a GP f", "nhs", "Dr Peter Lanyon GP partner, Truro"),
        ('"I need some', "user", "One carer"),
    ]


PAGE_OF_LETTERS = (
    "Here is a selection of your letters. Some have been shortened.\n\n"
    "We sold Dad's house\n\n"
    "My father went into a care home three years ago after a stroke, and we did everything we"
    " were told to do.\n\n"
    "Now the money has gone, and the council says it will pay only its own rate for his room.\n\n"
    "Margaret Ellery, Kingsbrook\n\n"
    "The rate does not cover the cost of care\n\n"
    "As the owner of a 31-bed family-run home in Oldcastle, I read your report with a sinking"
    " feeling.\n\n"
    "The council's own exercise put the median cost of a bed at far more than it now proposes to"
    " pay.\n\n"
    "Richard Tamworth, proprietor, Larchfield House, Oldcastle\n\n"
    "Who speaks for the night staff?\n\n"
    "I am a night care worker in Wrexley, one of two on for thirty residents and a nurse"
    " between floors.\n\n"
    "Name and address supplied, Wrexley\n"
)


def test_a_page_of_letters_each_signed_on_one_line(lexicon: RoleLexicon) -> None:
    # each paragraph its writer's, in the role the letter's opening gives them ("As the owner of a
    # ... home"), whichever paragraph it is
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(PAGE_OF_LETTERS, lexicon)]
    assert got == [
        ("My father we", "user", "Margaret Ellery, Kingsbrook"),
        ("Now the mone", "user", "Margaret Ellery, Kingsbrook"),
        ("As the owner", "provider", "Richard Tamworth, proprietor, Larchfield House, Oldcastle"),
        ("The council'", "provider", "Richard Tamworth, proprietor, Larchfield House, Oldcastle"),
        ("I am a night", "workforce", "Name and address supplied, Wrexley"),
    ]


WEB_LETTERS = (
    "Letters\n\nCare home fees: who is in charge?\n\nShare\n\n"
    "Your report (Fee rises of up to 14%, 11 March) could have been written about my father. The"
    " home's manager wrote that the rise was ‘regrettably necessary’ this spring.\n\n"
    "He worked for 40 years and saved all his life. At this rate it will all be gone by 2027.\n\n"
    "Helen Carter\n\nStockport, Greater Manchester\n\n"
    "As the owner of three small care homes in Lincolnshire, I take no pleasure in raising fees."
    " Our wage bill rose by 11% last year.\n\n"
    "Robert Kinsey\n\nManaging director, Fenway Care Homes\n\n"
    "I am now a senior care assistant, and every year the fees go up while our pay stays at the"
    " legal minimum.\n\n"
    "Marta Nowak\n\nWolverhampton\n"
)


def test_a_web_pages_letters_signed_in_two_paragraphs(lexicon: RoleLexicon) -> None:
    # the copy prints the name and the town or post as paragraphs of their own; a letter's first
    # paragraph is its writer's even where it quotes someone, and what it quotes stays the quoted's
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(WEB_LETTERS, lexicon)]
    assert got == [
        ("Your report ", "user", "Helen Carter Stockport, Greater Manchester"),  # "my father"
        ("‘regrettably", "provider", "The home's manager"),
        ("He worked fo", "user", "Helen Carter Stockport, Greater Manchester"),
        ("As the owner", "provider", "Robert Kinsey Managing director, Fenway Care Homes"),
        ("I am now a s", "workforce", "Marta Nowak Wolverhampton"),
    ]


def test_names_over_posts_heading_profiles_sign_no_letters(lexicon: RoleLexicon) -> None:
    # a name over a post, each a paragraph, over a profile that goes on to name them is a card
    cards = "".join(
        f"Our work in the community has grown every year since the home first opened its doors.\n\n"
        f"{name}\n\nHome Manager, {home}\n\n"
        f"{name.split()[0]} has led {home} for six years and knows every resident by name.\n\n"
        for name, home in (
            ("Darren Whitfield", "The Willows"),
            ("Aisha Bello", "Marston House"),
            ("Tom Galloway", "Fenside Lodge"),
        )
    )
    assert quoted(cards, lexicon) == []


def test_a_mentee_labelled_by_no_post_is_not_the_answer_before(lexicon: RoleLexicon) -> None:
    text = (
        "Box 2: What was the most useful thing about the programme?\n\n"
        "“Seeing the council from the inside. I will never again assume there is a plan.” (Mentee,"
        " independent provider)\n\n"
        "“Time to think. That’s it. Nobody gives you time to think.” (Mentee)\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "interviewee"]


def test_members_listed_a_line_each_under_their_group_s_heading(lexicon: RoleLexicon) -> None:
    text = (
        "CO-PRODUCTION BOARD\n\nNOTES OF MEETING\n\nPresent\n\n"
        "Experts by experience:\nMaureen (Co-chair)\nDev\nPriya\n\n"
        "Officers and partners:\nDirector of Adult Social Services (Co-chair)\n\n"
        "1. WELCOME\n\n1.1 Maureen welcomed everyone to the meeting.\n\n"
        '2.3 Dev said the action was not complete: "Nobody told me who it was."\n'
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("user", "Dev")]
    # a heading the lexicon places in no role places no one
    unplaced = text.replace("Experts by experience:", "Also here:")
    assert [r for _, r, _ in quoted(unplaced, lexicon)] == ["interviewee"]


def test_comments_under_a_network_post_are_their_members_words(lexicon: RoleLexicon) -> None:
    # each card's member by the first part of their headline that names a post; the post's writer
    # replying as "Author"; the card's controls and the page's furniture are no one's words
    text = (
        "Five years in, five lessons on leadership in adult social care. Nobody does this alone.\n\n"
        "Tom Baines and 1,206 others 61 reposts Comment Repost Send\n\n"
        "Jenny Okoro • 2nd Unpaid carer for my son | Expert by experience | Co-chair, Westmere"
        " Carers Partnership 2d\n\n"
        "Caroline and Rosa do turn up, and they stay for the whole meeting. · 44 Reply · 1 Reply\n\n"
        "Caroline Ashdown\nAuthor Director of Adult Social Services, Westmere County Council 2d\n\n"
        "Jenny, you're absolutely right, and I'll bring the numbers in November. · 19 Reply\n\n"
        "Sophie Lindqvist • 3rd+ Social Worker | Best Interests Assessor | Westmere County Council"
        " 1d\n\n"
        "Caseloads in the north locality haven't really changed since last year. · 63 Reply\n\n"
        "Load more comments\n"
    )
    got = [(t[-12:], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("ole meeting.", "user"),
        ("in November.", "director"),
        ("e last year.", "workforce"),
    ]


def test_network_comments_copied_card_and_words_in_one_paragraph(lexicon: RoleLexicon) -> None:
    # another copy of the page: name, degree, headline, age, the words and the controls as one
    # paragraph (a reply's name and degree a paragraph above the rest); a block the comment
    # quotes, after its own cue, is that speaker's
    text = (
        "Ten things I have learnt as a director. What would you add?\n\n"
        "Like Comment Repost Send\n\nMost relevant comments\n\n"
        "Tom Ellery • 2nd Chief Executive, Brookfield Homecare | Board member 5d Number 5 really"
        " landed with me. Pay invoices on time. Like • Reply • 87 reactions • 4 replies\n\n"
        "Sarah Mensah • Author\n\n"
        "Director of Adult Social Services, Northbridge City Council 5d Point taken, Tom, and"
        " noted for my finance colleagues. Like • Reply • 12 reactions\n\n"
        "Linda Parkes • 2nd Care worker at Oakdene 4d We lose people every month. A carer with six"
        " years' experience said to me last week:\n\n"
        '"I would rather do nights at the warehouse for the same money."\n\n'
        "That is what we are up against. Like · 58 | Reply · 2 Replies\n"
    )
    got = [(t[-14:], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("oices on time.", "provider"),
        ("ce colleagues.", "director"),
        ("e every month.", "workforce"),
        ('e same money."', "workforce"),
        ("re up against.", "workforce"),
    ]


def test_one_line_names_heading_profiles_sign_no_letters(lexicon: RoleLexicon) -> None:
    # "Name, Post" over a profile that goes on to name them is its heading, not a signature
    profiles = "".join(
        f"{name}, Home Manager, {home}\n\n[Photo: {name} in the garden]\n\n"
        f"{name.split()[0]} has led {home} for six years and knows every resident by name.\n\n"
        for name, home in (
            ("Darren Whitfield", "The Willows"),
            ("Aisha Bello", "Marston House"),
            ("Tom Galloway", "Fenside Lodge"),
        )
    )
    text = (
        "Meet the people who lead our homes, and the residents who know them best.\n\n" + profiles
    )
    assert quoted(text, lexicon) == []
    # ... and two one-line signatures are too few for a page of letters
    two = PAGE_OF_LETTERS.replace("Name and address supplied, Wrexley", "Thank you")
    assert [r for _, r, _ in quoted(two, lexicon)] == []


def test_what_a_signed_forewords_writer_quotes_after_a_colon_is_the_quoted(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Foreword\n\n"
        "I have read every one of the written submissions the review received. One daughter,"
        " whose father had carers four times a day, wrote to me:\n\n"
        "My dad didn't understand why the girls stopped coming. He sat in his chair in his coat"
        " all weekend.\n\n"
        "I will never forgive the people who let that happen, and I don't mean the carers.\n\n"
        "Dr Helen Aske\nIndependent Reviewer\n\n"
        "Summary\n\n"
        "It would be easy to write a report that found a single villain, and this is not that"
        " report.\n\n"
        "Ruth Ellingham\nChair\n"
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got[:2] == [
        ("My dad didn'", "user", "One daughter, whose father had carers four times a day"),
        ("I will never", "other", "Dr Helen Aske Independent Reviewer"),
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "One domiciliary care manager called the role 'the loneliest job in social care'.",
            "provider",
        ),
        (
            "Priya, a coordinator in Riverside, called her job 'a bit of air traffic control'.",
            "workforce",
        ),
        ("The assistant director called the gap 'frankly embarrassing'.", "director"),
    ],
)
def test_what_a_speaker_calls_something_is_their_words(sentence: str, role: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    assert [r for _, r, _ in quoted(f"The survey had 312 comments.\n\n{sentence}\n", lexicon)] == [
        role
    ]


def test_a_name_called_is_no_one_s_words() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = "The council called the scheme 'Home First' and the chair called for 'urgent action'.\n"
    assert quoted(text, lexicon) == []


@pytest.mark.parametrize(
    ("cue", "role"),
    [
        (
            "Simon, the assistant director, read out a message that Cllr Rourke had sent him",
            "political",
        ),
        (
            "The director then read out a question sent in online by a care worker in Sunderland",
            "workforce",
        ),
        ("The assistant director read out a statement from a registered manager", "provider"),
    ],
)
def test_what_a_speaker_reads_out_is_the_senders(cue: str, role: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        f"{cue}: 'Thank you to everyone who came today. I will read every word of these notes.'\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == [role]


def test_a_description_takes_the_post_set_beside_it_before(lexicon: RoleLexicon) -> None:
    text = (
        "The Partnership's programme lead, an assistant director of adult social care in one of"
        " the partner councils, explained the design to us.\n\n"
        "Managers valued the sets. The programme lead acknowledged the gap: 'We have put a lot"
        " into developing provider leaders and not enough into our own commissioners.'\n"
    )
    assert quoted(text, lexicon)[0][1:] == ("director", "The programme lead")


def test_one_who_took_over_a_home_runs_it(lexicon: RoleLexicon) -> None:
    text = (
        "Dev, who took over one of our most troubled homes in 2015, put the point bluntly. "
        "'I had a regional manager who came in every Tuesday and asked about occupancy.' Dev "
        "went on: 'The day I got a mentor was the day I stopped looking at job adverts.'\n"
    )
    # one person (the past tense says nothing of number: whom "who" follows does), a manager
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "Dev, who took over one of our most troubled homes in 2015"),
        ("provider", "Dev"),
    ]


def test_kin_and_posts_before_a_first_name_introduce_it(lexicon: RoleLexicon) -> None:
    text = (
        "Margaret is 79. Her daughter, Sue, lives forty minutes away. Margaret's regular care "
        "worker, Bernadette, has worked for the same agency for eleven years.\n\n"
        "'The ward kept saying she was fit,' Sue says.\n\n"
        "'You're always fighting the clock,' Bernadette told us.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("user", "Sue"),
        ("workforce", "Bernadette"),
    ]


def test_participant_codes_a_legend_marks_as_coded(lexicon: RoleLexicon) -> None:
    text = (
        "Participants were 24 care home managers (coded CHM01–CHM24) and four commissioners "
        "employed by integrated care boards (ICB01–ICB04).\n\n"
        "‘I’m the leader because there isn’t anybody else.’ (CHM07)\n\n"
        "‘Care homes sit on our risk register as a capacity problem.’ (ICB02)\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "nhs"]


def test_a_first_name_with_the_post_it_holds_and_what_she_did_before(lexicon: RoleLexicon) -> None:
    text = (
        "Kasia has worked as one of Delroy's PAs for six years. Before that she worked for a "
        "home care agency.\n\n"
        "'At the agency I had fifteen minutes,' she says.\n\n"
        "'With Delroy I know what matters,' Kasia says.\n"
    )
    # "she worked for a home care agency": her past employer, not someone "she says" is
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("workforce", "she"),
        ("workforce", "Kasia"),
    ]


MINUTES = """Minutes of the meeting held on Thursday 14 November 2024

Present:
Cllr Helen Marsh-Kirby (Chair) - Cabinet Member for Adult Social Care, Wealdmoor County Council (HMK)
Karen Ashdown - Director of Adult Social Services, Wealdmoor County Council (KA)
Gareth Lewin - Chair, Wealdmoor Care Association (GL)

1. Leadership of adult social care

1.1 KA presented the paper. KA said: "I'm not going to stand here and dress it up."

1.2 GL welcomed the paper. He said: "Providers were not in the room when this was designed."

1.3 HMK said: "We will come back to this in March."
"""


def test_minutes_call_members_by_the_initials_their_attendance_list_gives(
    lexicon: RoleLexicon,
) -> None:
    assert [(role, speaker) for _, role, speaker in quoted(MINUTES, lexicon)] == [
        ("director", "KA"),
        ("provider", "He"),
        ("political", "HMK"),
    ]
    # an acronym closing a member's post is not their initials
    acronym = MINUTES.replace("(KA)", "(PMO)").replace("KA said", "PMO said")
    assert quoted(acronym, lexicon)[0][1] == "interviewee"
    # as ingest keeps it (a member a line, under the list's label), the same
    cleaned = clean_text(MINUTES).text
    assert "(HMK)\nKaren Ashdown" in cleaned
    assert [role for _, role, _ in quoted(cleaned, lexicon)] == [
        "director",
        "provider",
        "political",
    ]


def test_an_appointment_names_the_post_and_a_first_job_does_not(lexicon: RoleLexicon) -> None:
    text = (
        "Anjali Varma took over as director of adult social services at Westmoor County Council "
        "in April.\n\n"
        "It is 8.40 on a wet Tuesday morning and Varma is sitting in a kitchen in Halbury.\n\n"
        "'I spent most of my first month doing this,' Varma tells me later, in the car.\n\n"
        "Varma, 43, started work at 17 as a care assistant in a residential home. Asked about the "
        "workforce, she says:\n\n"
        "'We have to pay people properly.'\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "Varma"),
        ("director", "she"),
    ]


def test_name_like_headings_are_no_signatures() -> None:
    text = (
        "Councils set their fee rates for the coming year in the spring, after months of talks.\n\n"
        "Care Quality Commission\n\n"
        "The regulator published its annual assessment of the sector this week, on time.\n\n"
        "Carers Together\n\n"
        "The charity launched its own survey of unpaid carers in the county last month.\n\n"
        "By Hannah Greaves\n"
    )
    assert quotes_of(text) == []  # a signature has a second line: the post or the town


def test_our_people_in_evidence_are_the_submitting_body_s(lexicon: RoleLexicon) -> None:
    text = (
        "Written evidence submitted by the Association of Independent Care Providers (CFS0047)\n\n"
        "1. We represent 400 independent providers of care and support.\n\n"
        "2. Opening our members' conference in May, our chair said: “For ten years we have been "
        "told that reform is coming.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # unsigned, the body is unknown: its chair is placed as a post at any body the lexicon does
    # not list is (fallback.organisation)
    unsigned = text.replace("Written evidence submitted by", "A note on")
    assert [role for _, role, _ in quoted(unsigned, lexicon)] == ["national"]


def test_someone_who_estimated_that_is_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "The HR director of a home care provider with around 900 staff estimated that ‘one in five"
        " of our care workers is also caring for someone at home’.\n\n"
        "One director estimated that the job took ‘something like a day and a half a week’.\n"
    )
    got = [(t[:9], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [("‘one in f", "provider"), ("‘somethin", "director")]


def test_testimony_over_a_dashed_credit_then_one_closed_by_a_bracket(lexicon: RoleLexicon) -> None:
    """Two responses set off with no marks: the first over a credit line after a dash (eight
    words and the dash), the next closed by its credit in brackets; and a block quotation's foot
    credit speaks for it, not the heading after it."""
    text = (
        "We asked front-line staff and families what leaders should hear. Two responses stood"
        " out.\n\n"
        "Please stop changing the name of things. Since I qualified we have been a locality team,"
        " an integrated team, a cluster and now a neighbourhood. The work is the same.\n"
        "– Senior social worker, Wyre Vale adult social care\n\n"
        "Ask us before you decide, not after. We were invited to a workshop about the café once"
        " it had already opened. (Carer, Holme Bridge)\n\n"
        "We end, as we began, with a member’s words:\n\n"
        "‘I have been in care for 31 years, as a carer, a manager and now an owner.’\n"
        "— Owner-manager, residential care home, Yorkshire and the Humber\n\n"
        "Notes and references\n\n"
        "1 The estimate assumes a home with 52 full-time equivalent staff at median pay.\n"
    )
    assert [(t[:9], role) for t, role, _ in quoted(text, lexicon)] == [
        ("Please st", "workforce"),
        ("Ask us be", "user"),
        ("‘I have b", "provider"),
    ]


def test_a_credit_on_the_line_under_a_labelled_quotation(lexicon: RoleLexicon) -> None:
    # a review site's featured review: its label before the words, its writer on the line under
    text = (
        "What could be better\n\n"
        "Featured review \"My branch manager is the reason I'm still in care - she properly"
        ' listens and backs you up..."\nSenior Care Worker, Harrogate\n\n'
        "Read the other 213 reviews below.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("workforce", "Senior Care Worker, Harrogate")
    ]


def test_one_of_a_group_whose_members_alone_were_quoted_since(lexicon: RoleLexicon) -> None:
    """A partitive "said one" and "Another" are of the group named before, even past a run of its
    members' quotations; not when someone else has been quoted since."""
    text = (
        "Many directors welcomed the return of assessment. One director of adult social services"
        " in a unitary authority told us:\n\n"
        "“I was nervous about it, I’ll be honest, and the preparation took a lot of time we didn’t"
        " really have. But it made us look hard at ourselves. We found things out about our own"
        " safeguarding that I’m glad we found before you did, and we have changed how we work.”\n\n"
        "“We know what good looks like. The question is whether we can afford to keep doing it"
        " when the demand curve keeps going up and the funding line stays flat, year after year.”"
        " (Director of adult social services, county council)\n\n"
        "Others were more critical of the burden and of the time between the information return"
        " and the site visit. “By the time the team came, half of what we’d told them was out of"
        " date,” said one. Another described the process as “thorough, fair and exhausting”.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"] * 4
    carer = text.replace(
        "(Director of adult social services, county council)", "(Unpaid carer, county council)"
    )
    assert [role for _, role, _ in quoted(carer, lexicon)][2:] == ["interviewee"] * 2


def test_a_post_with_state_in_it_is_a_post_not_a_speech_verb(lexicon: RoleLexicon) -> None:
    from carelead.passages.names import listed_people

    text = (
        "Readers put questions to Tom Ashworth, minister of state for care, and Jacqui Mensah, "
        "director of adult social services at Westmere Council.\n\n"
        "Jo Bell, told MPs that the cap was delayed.\n"
    )
    people = [(a.names, a.role) for a in listed_people(text, reader_for(lexicon, None))]
    # "state" in "minister of state" is a noun; "told" after "Jo Bell," is the predicate
    assert people == [(("Tom", "Ashworth"), "national"), (("Jacqui", "Mensah"), "director")]


def test_a_comment_systems_date_line_and_what_the_comment_opens_by_saying(
    lexicon: RoleLexicon,
) -> None:
    comments = (
        "Our response to the Spending Review\n\n5 comments\n\n"
        "Janet Holloway says:\n12 March 2025 at 10:14 am\n"
        "I’ve looked after my mum for six years. Nobody at the top has sat in A&E with her.\n\n"
        "Dev Mistry says:\nMarch 12, 2025 at 11:02 pm\n"
        "Registered manager here (home care, 60 staff). The framework could help.\n\n"
        "Kath Bramwell says:\n2 days ago\n"
        "Retired social worker, 30 years in adult services. We had a framework in 2008.\n\n"
        "Posted by DaughterOfDot: ‘My mum was in hospital for five weeks waiting for a care"
        " package.’\n"
    )
    text = clean_text("Blog\n\n" + "The council published its plan last week. " * 30 + comments)
    got = [(t[:12], role) for t, role, _ in quoted(text.text, lexicon)]
    assert got == [
        ("I’ve looked ", "user"),  # an unpaid carer, and the date is no one's words
        ("Registered m", "provider"),
        ("Retired soci", "workforce"),
        ("‘My mum was ", "user"),  # a relative, by the family member she writes about
    ]


def test_a_speakers_list_with_dashes_and_a_name_with_a_capital_inside(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Speakers\n\n"
        "Yvonne Tranter (chair) - Director, The Compass Network\n"
        "Fiona McBride - Managing Director, Brightwater Home Care\n"
        "Sunil Rao - Director of Strategy, NHS Halworth Integrated Care Board\n\n"
        "Transcript\n\n"
        "So let me introduce our panel. Sunil Rao is director of strategy and partnerships at"
        " the Halworth ICB.\n\n"
        "Yvonne Tranter (00:06:02):\nFiona, from the provider side - what do you want?\n\n"
        "Fiona McBride (00:06:08):\nWhat I want from a new director is a phone call, early.\n\n"
        "Yvonne Tranter (00:07:30):\nSunil, the NHS view?\n\n"
        "Sunil Rao (00:07:33):\nThe hospital and the council need one plan, not two.\n\n"
        "Fiona McBride (00:08:10):\nAnd pay the fee uplift on time.\n"
    )
    got = [(t[:8], role) for t, role, _ in quoted(clean_text(text).text, lexicon)]
    assert got == [
        ("Fiona, f", "national"),  # the chair, director of a network: a national body's
        ("What I w", "provider"),  # known from the list although "McBride" is no title-case word
        ("Sunil, t", "national"),
        ("The hosp", "nhs"),  # the ICB's, though "and" stands inside the post
        ("And pay ", "provider"),
    ]


def test_a_printed_q_and_a_with_letters_answers_for_the_piece_s_most_quoted_speaker(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The minister for care tells our editor why this time will be different.\n\n"
        "“I won’t kick this into the long grass,” she says.\n\n"
        "“I’ve sat in too many meetings listening to promises,” she says.\n\n"
        "We put some of your questions to the minister.\n\n"
        "Q Why should anyone believe the commission will lead anywhere?\n\n"
        "A Because this time we are starting with what a care service should do.\n\n"
        "Q My dad has waited seven months for an assessment. What will you do?\n\n"
        "A I’m sorry about your dad. Seven months is too long.\n\n"
        "Q Will social care ever be treated as an equal to the NHS?\n\n"
        "A It should be, and in too many places it isn’t.\n\n"
        "Q What would success look like?\n\n"
        "A That nobody has to sell their house to pay for care.\n\n"
        "A Department spokesperson said the review would report in 2028.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("“I won’t k", "national"),
        ("“I’ve sat ", "national"),
        ("Because th", "national"),  # the answer, without its letter
        ("I’m sorry ", "national"),
        ("It should ", "national"),
        ("That nobod", "national"),
    ]  # the article's own "A Department ..." after the last answer is narrative


def test_a_dash_attribution_closing_a_block_and_a_pull_quote_credited_by_name(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Respondents were invited to add comments. A selection:\n\n"
        '"We will hand back a third of our council work. It breaks my heart." - Provider, West'
        " Midlands\n\n"
        '"We pay above the wage floor now to keep staff." - Provider, South West\n\n'
        "Dr Rashid Quayle, chief executive of the Care Leadership Trust, a national charity, says"
        " the sector has never treated management as a profession. ‘Managers are the multiplier."
        " A good manager makes 40 staff better.’\n\n"
        "Managers are the multiplier. A good manager makes 40 staff better.\n"
        "– Dr Rashid Quayle, Care Leadership Trust\n\n"
        "Peer support came up again and again as the thing that kept managers in post.\n\n"
        "The network met monthly and was chaired by a manager.\n"
        "– Minutes, March\n"
    )
    got = [(t[:9], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ('"We will ', "provider"),  # its attribution after the closing mark, not the colon's
        ('"We pay a', "provider"),
        ("‘Managers", "national"),
        ("Managers ", "national"),  # a pull quote credited to a person met before
    ]  # "– Minutes, March" names no one: the paragraph over it is the authors'


@pytest.mark.parametrize(
    "text",
    [
        (
            "Among the first to move in are Margaret and Dennis Ellery, aged 81 and 84, who had"
            " lived in the same house for more than 50 years.\n\n"
            "“We didn’t want to go into a home, and for once somebody asked us,” said Margaret.\n\n"
            "Dennis added: “The coffee in the café is better than hers, but don’t print that.”\n"
        ),
        (
            "The nan in question, 91-year-old Edna, is telling the county’s most senior official"
            " what she thinks of the new form.\n\n"
            "‘It’s a load of rubbish,’ Edna says. ‘My grandson filled it in for me.’\n"
        ),
        (
            "Tomasz is 52 and lives in Brackley with his partner. For nine years he has employed"
            " his own team of personal assistants.\n\n"
            "‘People think it’s a bit of paperwork,’ Tomasz says. ‘It’s the difference between"
            " getting up when I want to and getting up when an agency can come.’\n"
        ),
        (
            "Winnie Carter, who will be 98 in May, chaired the meeting again this spring.\n\n"
            "“They do listen, I'll give them that,” Winnie said. “The new chairs are proof.”\n"
        ),
    ],
)
def test_people_the_press_introduces_by_age_are_the_public_when_nothing_else_places_them(
    lexicon: RoleLexicon, text: str
) -> None:
    # "Name, aged 81 and 84," for a couple, "91-year-old Edna" or a story opening "Tomasz is 52
    # and lives in ...", as "Edna Parkin, 84," is
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


def test_what_a_publication_commits_to_promises_or_calls_on_someone_to_do(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The council’s Housing with Care Strategy 2023–2033 commits to “doubling the number of"
        " extra care apartments within ten years, so that residential care becomes a choice.”\n\n"
        "The strategy promises that “nobody will wait more than a week for an assessment of"
        " their needs”.\n\n"
        "The Care Providers’ Alliance calls on ministers to “set a fair price for care and pay it"
        " on time, every time, in every council area”.\n\n"
        "They were close to despair over the endless unfulfilled ministerial promises to ‘fix’"
        " social care, and the repeated promise by the Prime Minister to ‘fix’ it.\n"
    )
    got = [(t[:9], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [("“doubling", "document"), ("“nobody w", "document"), ("“set a fa", "provider")]
    # the nouns "promises" and "promise" before a scare-quoted word introduce no one's words


def test_a_standard_s_or_an_agreement_s_text_speaks_as_a_document(lexicon: RoleLexicon) -> None:
    text = (
        "The standard states that ‘good registered managers create cultures in which people"
        " feel safe to speak up’.\n\n"
        "The agreement states that its purpose is ‘to enable the people of Redmarsh to live"
        " healthy, independent lives’.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("document", "The standard"),
        ("document", "The agreement"),
    ]


def test_a_publication_named_by_its_head_noun_speaks_as_a_document(lexicon: RoleLexicon) -> None:
    text = (
        "The inspection report for one participating home, published in June 2024, noted that"
        " ‘the registered manager had created an open culture where staff felt confident’.\n\n"
        "The interim report of the independent review of the regulator, published in July, found"
        " “significant failings in the internal workings of the organisation”.\n\n"
        "The petition presented to full Council states: “We the undersigned call on the council to"
        " keep the centre open.”\n\n"
        "The board’s terms of reference, revised in 2023, state that it ‘will be involved at the"
        " earliest stage in all significant decisions’.\n\n"
        "“We will fight this all the way,” said Linda Marsh, who organised the petition.\n"
    )
    got = [(t[:6], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        # "report for", "report of" with a verb later: the noun, not the verb "report"
        (
            "‘the r",
            "document",
            "The inspection report for one participating home, published in June 2024",
        ),
        (
            "“signi",
            "document",
            "The interim report of the independent review of the regulator, published in July",
        ),
        ("“We th", "document", "The petition presented to full Council"),
        ("‘will ", "document", "The board’s terms of reference, revised in 2023"),
        # what a person did with a publication is not what they are
        ("“We wi", "other", "Linda Marsh, who organised the petition"),
    ]


def test_the_occasion_before_a_speaker_is_where_they_spoke_not_who_they_are(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "At a meeting of the council’s health and adult social care scrutiny committee in"
        " January, the council’s director of adult social services, Simon Pryce, told"
        " councillors: ‘We are not in the business of closing good homes.’\n\n"
        "Speak Up Harrowden, a self-advocacy group run by people with learning disabilities,"
        " held two of the sessions.\n\n"
        "At a session facilitated by Speak Up Harrowden, one member said: “They asked us what"
        " we think but they already know what they want to do.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "user"]
    # the second keeps the group its occasion names: "one member" alone places no one


FORUM = (
    "Forums › Working in care › Pay, rotas & conditions\n\n"
    "kaz_dom Active member\n\n"
    "2 Apr 2025 #1\n\n"
    "Got the letter today about this year's pay. Is this normal now?\n\n"
    "Home care worker · Calder valley · views my own Reply Like Report\n\n"
    "Deb_RM Well-known member\n\n"
    "2 Apr 2025 #2\n\n"
    "kaz_dom said: Got the letter today about this year's pay. Click to expand...\n\n"
    "Going to stick my head above the parapet as a manager. Our council put our rate up 4.3%.\n\n"
    "Registered Manager · 40-bed residential, West Yorks · posting in a personal capacity\n\n"
    "Grahamw New member\n\n"
    "3 Apr 2025 #3\n\n"
    "Coming at this from the other side. My dad (88) has four calls a day. Dad says \"I don't"
    " mind who comes as long as they come\", and that's the thing.\n\n"
    "Deb_RM said: Our council put our rate up 4.3%. Click to expand...\n\n"
    "Thanks. So where is the money going?\n\n"
    "kaz_dom Active member\n\n"
    "3 Apr 2025 #4\n\n"
    "Grahamw said: So where is the money going? Click to expand...\n\n"
    "Ask the agency how much travel time they give between his calls.\n\n"
    "Home care worker · Calder valley · views my own\n"
)


def test_a_forum_post_quoting_an_earlier_one_quotes_that_poster(lexicon: RoleLexicon) -> None:
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(FORUM, lexicon)]
    assert got == [
        # a post is its poster's words, in the role their signature gives ("Reply Like Report"
        # does not)
        ("Got the lett", "workforce", "kaz_dom"),
        # ... and so is the earlier post another quotes, its words after "kaz_dom said:"
        ("Got the lett", "workforce", "kaz_dom"),
        ("Going to sti", "provider", "Deb_RM"),
        # a paragraph that quotes someone is the poster's up to the sentence that does; from
        # there it is left to the ordinary rules: whom it quotes is the person its cue places (a
        # relative), else second-hand
        ("Coming at th", "user", "Grahamw"),
        ("\"I don't min", "user", "Dad"),
        ("Our council ", "provider", "Deb_RM"),
        # no signature: what the poster's first post says they are, a relative
        ("Thanks. So w", "user", "Grahamw"),
        ("So where is ", "user", "Grahamw"),
        ("Ask the agen", "workforce", "kaz_dom"),
    ]
    # with no "Click to expand..." closing the earlier posts quoted, a post's words from its "Deb_RM
    # said:" on are taken for the quoted post, which never closes, and left unread; Dad's words
    # are still his own, as are Grahamw's before them
    plain = quoted(FORUM.replace(" Click to expand...", ""), lexicon)
    assert [(role, speaker) for _, role, speaker in plain] == [
        ("workforce", "kaz_dom"),
        ("user", "Grahamw"),
        ("user", "Dad"),
    ]


def test_a_crosshead_with_a_verb_does_not_outrank_the_trailing_cue(lexicon: RoleLexicon) -> None:
    text = (
        "Councillors were more cautious about the timetable.\n\n"
        "Workforce plan welcomed\n\n"
        "“We’re delighted the minister has committed to a workforce plan,” said Owen Baptiste,"
        " chief executive of Skills for Care. “Training funding should follow the worker.”\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[0] == ("national", "Owen Baptiste, chief executive of Skills for Care")


def test_a_dash_attribution_may_carry_a_bracketed_description(lexicon: RoleLexicon) -> None:
    text = (
        "Jurors spoke about their own families.\n\n"
        "‘My dad has been in a home for two years and I had no idea how it was paid for.’"
        " – Juror 12 (woman, 40s, pharmacy assistant, father in a care home)\n\n"
        "‘I thought it was all free, like the NHS.’ – Juror 8 (man, 20s, student, Irwell Vale)\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("user", "Juror 12 (woman, 40s, pharmacy assistant, father in a care home)"),
        # a citizens' jury's member is one of the public, not someone who uses care
        ("interviewee", "Juror 8 (man, 20s, student, Irwell Vale)"),
    ]


def test_a_counted_group_is_not_the_she_who_speaks_after_it(lexicon: RoleLexicon) -> None:
    text = (
        "When the Minister for Care visited Wrenfield in March, she spent two hours with our"
        ' reablement team and then spoke to about eighty staff in the council chamber. "The'
        ' work you do is every bit as skilled as the work done in our hospitals," she told'
        " them.\n\n"
        "Larch Court’s first permanent resident, 88-year-old Arthur Pennington, was less sure at"
        " first. “I was worried about leaving my bungalow,” he said.\n\n"
        "5.10 A nurse employed by the home said she had wanted to call the GP earlier in the"
        " week. ‘There was no handover sheet,’ she told the learning event.\n\n"
        "5.11 The Director said that the assistant director would report back.\n\n"
        "5.12 Councillor Barraclough asked where social workers who left were going. She said:"
        " ‘Are we losing them to agencies?’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "national",
        "user",
        "workforce",
        "political",
    ]
    # "eighty staff" are many; a "first" resident, "5.10 A nurse" and "5.12 Councillor
    # Barraclough" are one


def test_a_home_care_agencys_client_is_a_person_who_draws_on_care(lexicon: RoleLexicon) -> None:
    """A client of a home care agency or a reablement team speaks as a person who draws on care;
    "the less able clients" a narrative helps name no speaker."""
    text = (
        "Some councils have appointed navigators to help the less able clients. As one put it:"
        " 'We talk about this as an innovation, but I have mixed feelings about it.'\n\n"
        "One client in Chesterfield wrote: 'The girls are always on time and always kind.'\n\n"
        "P30, a client of Agency A in her eighties, said: 'They know me now, and I know them.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["interviewee", "user", "user"]


def test_a_named_person_speaking_of_their_parent_is_a_relative(lexicon: RoleLexicon) -> None:
    text = (
        "The home closed in March.\n\n"
        '"We were given 28 days to find Dad somewhere else to live," says Carol Mitchell.'
        ' "Twenty-eight days, for a man of 91 with dementia."\n\n'
        '"The building had been for sale for two years," says Derek Walsh.\n'
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [("user", "Carol Mitchell"), ("user", None), ("other", "Derek Walsh")]
    # Derek Walsh says nothing of who he is: a named person the text does not place


def test_the_child_of_a_care_group_s_founders_is_no_relative_of_someone_cared_for(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Brookvale belongs to Ashby Care, a family-owned group with three homes across the"
        " district, founded by Tom Ashby's parents in 1979. Ashby, now its managing director,"
        " describes the agency bill as the thing that keeps him awake."
        '\n\n"We cannot keep paying agency rates and we cannot leave a floor short," says Tom'
        " Ashby.\n\n"
        "Margaret's son Daniel, 41, moved into supported living in 2016.\n\n"
        '"He has his own front door now, and he loves it," says Margaret.\n'
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [("provider", "Tom Ashby"), ("user", "Margaret")]


def test_a_casebook_s_fields_name_the_manager_whose_career_began_in_another_post(
    lexicon: RoleLexicon,
) -> None:
    # a PDF copy, no blank line around the case's fields; her career began as a care assistant
    text = (
        "Case study 2: Larch House\n"
        "Nursing home for 48 older people, Fenby\n"
        "Owner: Larch Care Ltd (family-owned, one home)\n"
        "Registered manager: Joanne Baptiste, in post since 2018\n"
        "CQC rating: Good overall (2024)\n"
        "Larch House stands on the edge of Fenby, a former rectory with a modern wing. It has 48\n"
        "beds and, when we visited, 45 residents.\n\n"
        "Joanne Baptiste began her career as a care assistant at a home in Fenby in 1999, and took\n"
        "over at Larch House when the previous manager retired.\n\n"
        "She describes her approach simply:\n\n"
        "I am on the floor every morning, and I know which residents did not sleep.\n\n"
        "Joanne completed the level 5 diploma in 2016 and says it was ‘the first time anyone"
        " had taught me the management side of the job’.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert got == [("provider", "She"), ("provider", "Joanne")]


def test_a_place_met_before_is_no_person_when_a_post_and_a_name_follow_it(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Since January, residents at Hazel Lodge, Larch House and The Maltings have had a weekly"
        " round from the GP practices that look after them. Advanced nurse practitioner Siân"
        " Roberts from Millbrook Surgery visits Hazel Lodge every Wednesday morning.\n\n"
        "“Seeing residents every week means we pick things up earlier,” Siân explains.\n\n"
        "Hazel Lodge manager Paul Whitlock says the change has been significant. “Before, our only"
        " real option at the weekend was 111 or 999,” he says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)][-1] == "provider"
    # "Hazel Lodge" was taken for the name of someone at the GP practices before: here it is
    # where the manager works, not that person met again


def test_a_first_name_and_who_they_are_open_the_paragraph_before_their_words(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Members told us the same story again and again.\n\n"
        "Sade, a senior carer in south London, came to the UK in 2022 on a health and care worker"
        " visa.\n\n"
        '"On a sponsored visa you are scared all the time. Scared to complain, scared to be off'
        ' sick, because you think your visa is finished."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]
    # her first mention, "a senior carer", not the head "carer" inside it (an unpaid carer's)


def test_written_evidence_from_a_body_named_for_its_members_is_a_document(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The written evidence submitted by the Calderbrook Carers’ Centre made the same point:"
        " ‘Carers are asked for their views and never told what happened to them.’\n\n"
        "This is consistent with the written evidence we received from the Care Managers’ Network,"
        " which said that ‘the registered manager role is the least supported in the system’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]
    # "Carers’" and "Managers’" name the body's members, as "Workers" in "Care Workers Union"


def test_a_body_speaking_in_its_survey_or_report_speaks_as_a_document(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "In its most recent survey of directors, ADASS said that ‘more than 400,000 people are"
        " now waiting for an assessment, a review or a service’.\n\n"
        "In their final report, the commissioners said that ‘no one should have to sell their"
        " home to pay for care’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]


def test_what_a_law_or_guidance_is_clear_about_is_a_document_s_words(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The Care Act 2014 is clear that the first duty of a local authority is ‘to promote that"
        " individual’s wellbeing’.\n\n"
        "The Care and Support Statutory Guidance is clear that local authorities ‘must not"
        " undertake any actions which may threaten the sustainability of the market’.\n\n"
        "Section 1 of the Act states that ‘the general duty of a local authority is to promote"
        " wellbeing’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document", "document"]
    # ... and the law by its short title, a section of it speaking


def test_a_post_at_the_body_that_writes_is_that_body_s(lexicon: RoleLexicon) -> None:
    text = (
        "This week we begin a series of stories from carers across the country.\n\n"
        "Introducing the series, our chief executive, Lorraine Betts, said: ‘Carers are holding"
        " the system together, and they are running out of road.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]
    # a post at a body the lexicon does not list (fallback.organisation), not a named "other"


LABEL_LINES = """Transcript: winter briefing for journalists

Speakers

Ruth Okafor, Director of Adult Social Services, Eastmere County Council
Cllr Dan Hale, Cabinet Member for Adult Social Care

Opening statements

Ruth Okafor:

Good morning. We went into this winter with more home care hours than last year.

But we still have people waiting in hospital beds for care that is not there.

Dan Hale:

Thank you, Ruth. The council has protected the care budget in a very hard year.

[Questions were taken from the floor.]

Questions and answers

Jo Birch (Eastmere Echo):

Jo Birch, Eastmere Echo. How many people are waiting today?

Ruth Okafor:

Forty-one, and every one of them is a person we know by name.

Dan Hale:

And each of them is one too many.

Ends

Notes to editors

The briefing was held at County Hall on 4 December.
"""


def test_a_label_on_its_own_line_heads_the_turn_under_it(lexicon: RoleLexicon) -> None:
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(LABEL_LINES, lexicon)]
    assert got == [
        ("Good morning", "director", "Ruth Okafor"),  # the speakers list gives each post
        ("But we still", "director", "Ruth Okafor"),  # the turn's second paragraph
        ("Thank you, R", "political", "Dan Hale"),
        ("Jo Birch, Ea", "other", "Jo Birch (Eastmere Echo)"),  # a journalist, by outlet
        ("Forty-one, a", "director", "Ruth Okafor"),
        ("And each of ", "political", "Dan Hale"),
    ]  # the bracketed direction, the headings and the notes after "Ends" are no one's turn


TRANSCRIBED = (
    "This week Ruth Amankwah is joined by Simon Threlfall, Director of Adult Social Services at"
    " Northwick County Council, and Bernadette Lyle, who cares for her husband.\n\n"
    "Transcript\n\n"
    "Ruth Amankwah  00:08:40\nWelcome back. Who leads locally, Simon?\n\n"
    "Simon Threlfall 00:09:26 It is locally led, in the sense that if it goes wrong, it's us who"
    " get the blame.\n\n"
    "Bernadette Lyle 00:10:33 Locally led by who? I have never met anyone in charge.\n\n"
    "Simon Threlfall 00:11:02 That's fair. We have to earn that.\n\n"
    "Bernadette Lyle 1:02:15 Then earn it.\n"
)


def test_turns_headed_by_a_name_and_the_time_as_transcription_services_print_them(
    lexicon: RoleLexicon,
) -> None:
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(TRANSCRIBED, lexicon)]
    assert got == [
        ("Welcome back", "other", "Ruth Amankwah"),  # the label on the line above the words
        ("It is locall", "director", "Simon Threlfall"),  # the cleaner's joined lines
        ("Locally led ", "user", "Bernadette Lyle"),
        ("That's fair.", "director", "Simon Threlfall"),
        ("Then earn it", "user", "Bernadette Lyle"),
    ]


def test_turns_headed_by_a_name_and_the_time_in_brackets(lexicon: RoleLexicon) -> None:
    # a podcast page's transcript: "Priya Nandakumar [00:00:04] Hello and welcome ..."
    text = (
        TRANSCRIBED.replace("  00:08:40\n", " [00:08:40] ")
        .replace(" 00:09:26 ", " [00:09:26] ")
        .replace(" 00:10:33 ", " (00:10:33) ")
        .replace(" 00:11:02 ", " [00:11:02] ")
        .replace(" 1:02:15 ", " [1:02:15] ")
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Welcome back", "other", "Ruth Amankwah"),
        ("It is locall", "director", "Simon Threlfall"),
        ("Locally led ", "user", "Bernadette Lyle"),
        ("That's fair.", "director", "Simon Threlfall"),
        ("Then earn it", "user", "Bernadette Lyle"),
    ]


def test_participant_codes_a_sentence_defines_and_credits_at_a_body(lexicon: RoleLexicon) -> None:
    text = (
        "A note on presentation. Directors are coded D01 to D24, other interviewees S01 to S11,"
        " and focus group members by number.\n\n"
        "D07 put it most fully:\n\n"
        "I think of my job as holding the ring between people who all have a bit of the money."
        " (D07, county)\n\n"
        "S11, an expert by experience who sits on a co-production board, had met several of"
        " them:\n\n"
        "They come to our meetings and say lovely things about co-production, and then a"
        " decision gets made. (S11, county)\n\n"
        "The view from the health side was blunter:\n\n"
        "We say partners but we hold the money and everybody in the room knows it. (S09, ICB)\n"
    )
    assert [(role, speaker[:8]) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "D07, cou"),  # "Directors are coded D01 to D24"
        # "other interviewees" defines no role: the cue's "an expert by experience" stands
        ("user", "S11, an "),
        ("nhs", "S09, ICB"),  # a coded participant at a body, not the body's words
    ]


def test_participant_codes_a_legends_apposition_names_the_group(lexicon: RoleLexicon) -> None:
    # "all registered managers ..." says what the participants are; the legend outranks what one
    # coded speaker's phrase suggests ("Several participants")
    text = (
        "A note on language. Programme participants, all registered managers when they enrolled,"
        " are identified as RM-01 to RM-26. Staff focus groups are FG1 to FG4.\n\n"
        "Several participants described mentors who ‘talked about how things were done in"
        " 2005’ (RM-24).\n\n"
        "For some the course came at the right time: ‘Without the programme behind me I’d"
        " never have done it’ (RM-05). For others it sat awkwardly.\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert codes["RM"] == "provider"
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_participant_codes_a_group_described_then_referred_to_by_codes(
    lexicon: RoleLexicon,
) -> None:
    # the group first, the codes after a comma: no "are" before the verb
    text = (
        "Facilitator: F (member of the research team).\n"
        "Participants: eight people working in home care for four agencies operating in"
        " Ferrisham, referred to as P1 to P8. All gave written consent.\n\n"
        "F: How long have you been doing home care?\n\n"
        "P3: Nine years in August.\n\n"
        "P1: Eighteen months for me. I was at Aldi before.\n\n"
        "F: And travel?\n\n"
        "P2: It doesn't get paid.\n\n"
        "P3: Same here.\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert codes["P"] == "workforce"
    got = [(role, who) for _, role, who in quoted(text, lexicon) if who != "F"]
    assert got == [("workforce", w) for w in ("P3", "P1", "P2", "P3")]


def test_participant_codes_a_table_may_list_each_groups_codes(lexicon: RoleLexicon) -> None:
    text = (
        "Table 1. Study participants by role (n = 20).\n\n"
        "Role n Codes\n"
        "Registered and deputy managers 5 P1, P2, P4, P7, P8\n"
        "Owners, directors and nominated individuals 3 P3, P5, P6\n"
        "Care coordinators 7 P9–P15\n"
        "Family carers 2 P33, P34\n\n"
        "The franchise owner was candid. P6 told us that the model 'only works because the"
        " coordinators carry far more than we pay them for'.\n\n"
        "'During Covid we were the leadership,' said P12. 'Nobody wrote it down,' P33 said.\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert (codes["P6"], codes["P12"], codes["P34"]) == ("provider", "workforce", "user")
    assert "P" not in codes  # one prefix, several groups: each code by itself
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "workforce", "user"]


def test_participant_codes_a_table_of_groups_outranks_the_speakers_phrases(
    lexicon: RoleLexicon,
) -> None:
    # the table, closed up into one paragraph, gives each prefix its group (one opening on an
    # acronym); a coded speaker's phrase ("one place director (NHS03)", "an ICB director (NHS09)")
    # does not unmake it, and names the group the table gives
    text = (
        "Table 1 Interviewee groups and codes Code Group No. LA01–LA14 Directors and assistant"
        " directors of adult social services 14 NHS01–NHS12 NHS leaders: ICB place directors and"
        " managers, trust executives, 12 PRV01–PRV06 Independent sector care providers: owners"
        " and registered managers 6\n\n"
        "‘It depends who is in the room,’ an ICB director argued (NHS09). Councils disagreed."
        " ‘We are the discharge department of the NHS,’ one said (LA08).\n\n"
        "‘We do bring our targets into the room,’ said one place director (NHS03).\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert (codes["LA"], codes["NHS"], codes["PRV"]) == ("director", "nhs", "provider")
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "director", "nhs"]


def test_participant_codes_a_table_closed_up_gives_each_code_its_row(
    lexicon: RoleLexicon,
) -> None:
    # one prefix for every group, the code first in each row, the rows run together
    text = (
        "Table 2: Focus group participants quoted in this report Code Role Service Group P1"
        " Registered manager Residential (older people) FG1 P2 Deputy manager Nursing home FG1 P3"
        " Registered manager Home care FG1 P4 Senior care worker Residential (dementia) FG2\n\n"
        "‘Honestly? My sanity. I rang her at ten at night,’ said P1.\n\n"
        "‘They talk to you like you might be a manager one day,’ said P4.\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert (codes["P1"], codes["P2"], codes["P4"]) == ("provider", "provider", "workforce")
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "workforce"]


def test_participant_codes_a_legend_may_say_who_each_code_is(lexicon: RoleLexicon) -> None:
    text = (
        "Interviewees are identified in this report by a code: participants are coded D01-D20,"
        " and stakeholders S01-S08, where S01-S03 are sponsoring directors of adult social"
        " services, S05 works for Skills for Care, S06 is a member of the Lived Experience Panel"
        " who draws on care and support, and S08 is director of integration at an integrated"
        " care board.\n\n"
        "‘For the first time the people on the panel were heard,’ said S06.\n\n"
        "‘Frankly, we should be sending our own people,’ said S08.\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert (codes["S02"], codes["S05"], codes["S06"], codes["S08"]) == (
        "director",
        "national",
        "user",
        "nhs",
    )
    assert "S" not in codes  # each code by itself, zero-padded as the text writes them
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user", "nhs"]


def test_participant_codes_a_list_a_line_each_under_no_heading(lexicon: RoleLexicon) -> None:
    # a focus group's write-up: the codes a line each, with a dash, after a sentence saying so
    text = (
        "Eight home care workers took part. They are referred to by code (HC1-HC8).\n\n"
        "HC1 - care worker, 18 months, rural round\n"
        "HC2 - care worker, 9 years, town and rural\n"
        "HC3 - senior care worker, 14 years\n"
        "HC4 - registered manager of a small agency\n\n"
        'HC1 agreed: "People think we\'re on twelve pound something an hour."\n\n'
        'HC4 said: "We lose them to the supermarkets."\n'
    )
    codes = reader_for(lexicon, None).roles.participant_codes(text)
    assert (codes["HC1"], codes["HC3"], codes["HC4"]) == ("workforce", "workforce", "provider")
    assert [r for _, r, _ in quoted(text, lexicon)] == ["workforce", "provider"]


def test_participant_codes_a_list_a_line_each_needs_no_word_code_and_opens_on_the_role(
    lexicon: RoleLexicon,
) -> None:
    # an inquiry's witnesses, the column's gap closed up by cleaning; a bracketed code later
    # ("The registered manager (W3)") says nothing of the others
    witnesses = (
        "I refer to witnesses by role and a number (W1 to W4). The witnesses were:\n\n"
        "W1 Daughter of a resident\n"
        "W2 Care worker (days), Larchfield House\n"
        "W3 Registered manager, Larchfield House\n"
        "W4 Assistant director, commissioning, Calderbrook Council\n\n"
        "The registered manager (W3) had raised the alarm in March.\n"
    )
    codes = reader_for(lexicon, None).roles.participant_codes(witnesses)
    assert [codes[f"W{n}"] for n in range(1, 5)] == ["user", "workforce", "provider", "director"]
    # ... but a table's columns, whose row opens on no role, place no one by their last column
    table = (
        "Table 1: Participants (directors of adult social services)\n\n"
        "P1 Female 3 County Social work\n"
        "P2 Male 7 Metropolitan borough Nursing\n"
        "P3 Female 4 Unitary Finance\n"
    )
    assert "P2" not in reader_for(lexicon, None).roles.participant_codes(table)


def test_participant_codes_a_legend_may_give_the_codes_first(lexicon: RoleLexicon) -> None:
    text = (
        "Quotations are followed by a code in brackets. FG1 to FG11 denote focus groups and I1 to"
        " I22 individual interviews with participants. L1 to L9 are line managers and provider"
        " owners, F1 to F4 programme facilitators and S1 to S6 wider stakeholders.\n\n"
        "'We plan discharge with the homes now, not at them,' said an integrated care board"
        " quality lead (S2).\n\n"
        "The Partnership's programme lead, an assistant director of adult social care in one of"
        " the councils, explained the design:\n\n"
        "We were losing a quarter of our registered managers every year. (S1)\n\n"
        "An owner agreed:\n\nWe lost two managers in a year before the programme. (L3)\n"
    )
    reader = reader_for(lexicon, None)
    # "wider stakeholders" places no one: S is not what the one ICB lead among them suggests
    assert reader.roles.participant_codes(text) == {"L": "provider"}
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "director", "provider"]


def test_comments_a_report_lists_under_whom_they_came_from(lexicon: RoleLexicon) -> None:
    text = (
        'The GP who visits weekly told us: "Referrals are timely and staff know people well."\n\n'
        "• People were treated with kindness. Comments from people and relatives included:\n\n"
        'o "They treat Mum like she\'s their own nan. Nothing is too much trouble."\n\n'
        'o "Staff always knock and wait. They call me Mr Akinola, and I like that."\n'
    )
    assert [(t[:12], role) for t, role, _ in quoted(text, lexicon)] == [
        ('"Referrals a', "nhs"),
        # a word processor's second-level bullet, "o", before a quotation opening the item
        ('"They treat ', "user"),
        ('"Staff alway', "user"),  # the comments go on: not the GP's
    ]


def test_a_post_s_capitals_name_no_one_and_family_are_placed_by_whose(
    lexicon: RoleLexicon,
) -> None:
    text = (
        'Cllr Janet Moore, Cabinet Member for Adult Social Care, said: "Every extra pound has to'
        ' come from somewhere."\n\n'
        "Derek Hollis, 81, whose wife Maureen receives four visits a day, spoke at the Cabinet"
        " meeting and said he backed the strikers.\n\n"
        '"The girls who come in are marvellous," he said.\n\n'
        'In a statement, Westmarch Hospitals NHS Foundation Trust said: "The Trust welcomes the'
        ' strategy."\n\n'
        'GP practice manager Sue Hall said: "We see carers every day who are exhausted."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "political",
        # "Cabinet" is the councillor's post, not her name: "the Cabinet meeting" is not her; and
        # the man whose wife draws on care is family
        "user",
        "document",  # a trust's statement: a body, though the lexicon's NHS phrase names it
        "nhs",  # a GP practice's manager
    ]


def test_a_post_after_a_body_s_possessive_and_the_name_ending_the_sentence(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Questions were chaired by the charity’s chief executive, Dr Samuel Okonjo. A summary"
        " follows.\n\n"
        "Marcus Leyland, director of adult social services at Eastborough Council, asked about"
        " data. ‘We can’t tell you how many people are waiting for an assessment,’ he said.\n\n"
        "Closing the evening, Dr Okonjo thanked the audience. ‘Fifteen years ago we called our"
        " report Nobody’s Job,’ he said.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "national"]


def test_the_same_participant_is_the_one_quoted_last(lexicon: RoleLexicon) -> None:
    text = (
        "A director of adult social services said: “There are twelve NHS voices on our board and"
        " one of me.”\n\n"
        "An expert by experience who sits on an integrated care partnership told us: “I’ve been"
        " on the partnership two years.”\n\n"
        "The same participant went on: “Co-production isn’t me reading out my story at the start"
        " of the meeting.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "user", "user"]


def test_a_member_of_the_same_body_is_one_of_the_speaker_quoted_last(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The chair of the Health and Adult Care Scrutiny Committee, an opposition member, told"
        " us: “We get a lot of information, but it comes late.” A member of the same"
        " committee added that pre-decision scrutiny was “more of a rubber stamp than a"
        " spotlight”.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political", "political"]


def test_co_researchers_judges_and_the_chancellor(lexicon: RoleLexicon) -> None:
    text = (
        "We want to begin with something one of our co-researchers, Amir, said at our first"
        " meeting: ‘Nobody had ever asked us how the money should work.’\n\n"
        "In her judgment, Mrs Justice Pell said the council had ‘failed to take account of the"
        " disability-related costs of each person’.\n\n"
        "The judge added that it was ‘not for this court to set the level of charges’.\n\n"
        "The Chancellor told MPs: ‘Every one of us knows someone who has waited too long for"
        " care.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "user",  # user-led research: its co-researchers draw on care
        "document",  # a judge speaks in the written judgment
        "document",
        "national",  # the Chancellor of the Exchequer, a minister
    ]


def test_an_acronym_a_masthead_defines_with_a_dash(lexicon: RoleLexicon) -> None:
    text = (
        "[Image: NHCA – National Homecare Contractors Association]\n\n"
        "MEMBERS' BRIEFING\n\n"
        "Commenting on the survey, NHCA Chief Executive Sunita Rao said: ‘Members are handing back"
        " contracts they cannot staff.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_bare_post_on_a_body_s_own_page_is_a_post_at_that_body(lexicon: RoleLexicon) -> None:
    release = (
        "Hollybank Care Group plc\n\n"
        "Results for the year ended 31 March\n\n"
        "Commenting on the results, Joan Pike, Chief Executive Officer, said: ‘Our managers have"
        " had a hard year and they have led their homes through it.’\n\n"
        "Sir Alan Reeve, Chair, added: ‘The board has backed them with a pay rise.’\n"
    )
    assert [role for _, role, _ in quoted(release, lexicon)] == ["provider", "provider"]
    briefing = (
        "Care Quality Commission\n\n"
        "Transcript of the press briefing\n\n"
        "Speakers\n\n"
        "Dr Ruth Aske, Chief Executive\n"
        "Sam Nolan, Chief Inspector of Adult Social Care\n\n"
        "Ruth Aske: Good morning. Care is holding up, but people wait too long to get it.\n\n"
        "Sam Nolan: The councils that did best planned with the people who draw on care.\n\n"
        "Ruth Aske: We will publish every council's waiting times.\n\n"
        "Sam Nolan: And we will say where leadership makes the difference.\n"
    )
    assert [role for _, role, _ in quoted(briefing, lexicon)] == ["national"] * 4
    # no body heads the page: a bare post is someone the text does not place
    news = release.replace("Hollybank Care Group plc", "The Evening Courier")
    assert [role for _, role, _ in quoted(news, lexicon)] == ["other", "other"]


def test_a_minutes_attendance_list_over_several_lines_places_its_people(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "PRESENT: Cllr J Moss (Chairman), Cllr R Amin (Cabinet Member for Adult Social Care),\n"
        "Cllr T Lowe and Cllr B Kaye\n\n"
        "IN ATTENDANCE: Ms D Oakes (Director of Adult Social Services), Dr K Pillai (Director of\n"
        "Place, Northfold Integrated Care Board) and Mr S Tranter (Democratic Services Officer)\n\n"
        "12. Winter plan\n\n"
        "Dr Pillai introduced the report. He said: “Discharge works where social workers sit on"
        " the wards.”\n\n"
        "Ms Oakes said that she agreed. She told the Committee: “We cannot staff every ward.”\n\n"
        "Cllr Amin said: “The budget for next year protects home care.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "director", "political"]


def test_inspectors_speak_as_the_report(lexicon: RoleLexicon) -> None:
    text = (
        "The home was inspected in March. Inspectors found that ‘staff knew the people they"
        " cared for and leaders were visible’.\n\n"
        "In May the Care Quality Commission rated the home good, with inspectors describing its"
        " leadership as ‘visible and consistent’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]


def test_a_pronoun_cue_clause_has_its_pronoun_s_gender() -> None:
    from carelead.passages.attribute import _said_gender
    from carelead.passages.cues import Cue

    clause = Cue(speaker="she gave me permission to share what she", anaphor="pronoun")
    assert _said_gender("", clause, 0) == "f"  # the clause's subject, not no gender at all
    assert _said_gender("", Cue(speaker="He", anaphor="pronoun"), 0) == "m"


def test_a_council_s_operational_officers_are_its_workforce(lexicon: RoleLexicon) -> None:
    text = (
        "The council's quality assurance team visited in May. A quality assurance officer said:"
        " ‘On paper it looked fine.’\n\n"
        "Its direct payments officer told us: ‘We are three people for nine hundred"
        " recipients.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "workforce"]
    # not a person who draws on care because "direct payments" names the post's work


def test_a_first_name_and_a_who_clause(lexicon: RoleLexicon) -> None:
    text = (
        "Callers were angry.\n\n"
        "Dean, who has worked as a care worker in Holmby for nine years, said the rota was the"
        " problem.\n\n"
        "‘We get fifteen minutes and the next call is across town,’ said Dean.\n\n"
        "Priya Shah, Senior Care Assistant, Larch House\n\n"
        "‘The pay rise helped, but what keeps me here is my manager,’ says Priya, who has worked"
        " at Larch House for six years.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "workforce"]


def test_a_title_before_a_name_after_its_is_no_post(lexicon: RoleLexicon) -> None:
    text = (
        "Care England, which represents independent care providers, has issued a statement. Its"
        " chief executive, Professor Ruth Hale, said: ‘We welcome the money, but it will not"
        " cover the rise in costs.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # "Professor" titles her; the post is at the body "Its" refers to


def test_a_name_in_commas_after_a_post_with_its_post_nominals(lexicon: RoleLexicon) -> None:
    text = (
        "Members met the Minister of State for Care, Helen Drury MP, and her officials in June.\n\n"
        "Responding to a question in the Commons, Ms Drury said: ‘We expect councils to pay a"
        " fair rate for care.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


WRITTEN_QUESTIONS = (
    "Social Care: Management\nQuestion for Department of Health and Social Care\n"
    "UIN 38841, tabled on 3 March 2025\n"
    "Asked by Dr Helen Ashworth (Labour, Ashdown and Rye)\n"
    "To ask the Secretary of State for Health and Social Care, what assessment his Department"
    " has made of the number of vacant registered manager posts in care homes.\n\n"
    "Answered on 11 March 2025\nAnswered by Stephen Kinnaird (Minister of State for Care)\n"
    "The vacancy rate for registered managers remains too high. Skills for Care estimates it at"
    " 11.4 per cent.\n\n"
    "We are funding more than 100 local registered manager networks across England.\n\n"
    "Share this question\nHide answer\n\n"
    "Social Care: Data Collection\nQuestion for Department of Health and Social Care\n"
    "HL5604, tabled on 10 March 2025\nAsked by Lord Penhallow\n"
    "To ask His Majesty's Government what progress they have made in introducing client level"
    " data for adult social care.\n\n"
    "Answered on 24 March 2025\nAnswered by Baroness Tillard\n"
    "Client level data has been collected from all local authorities since April 2023.\n\n"
    "Share this question\nHide answer\n"
)


def test_written_questions_are_the_asker_s_and_answers_the_minister_s(
    lexicon: RoleLexicon,
) -> None:
    text = clean_text(WRITTEN_QUESTIONS).text
    got = quoted(text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("To", "political"),
        ("The", "national"),
        ("We", "national"),
        ("To", "political"),
        ("Client", "national"),
    ]
    # a member asks, in either House; a minister answers, with or without the post in brackets;
    # the questions' titles ("Social Care: Data Collection") are no speakers' labels
    assert [speaker for _, _, speaker in got][3:] == [
        "Asked by Lord Penhallow",
        "Answered by Baroness Tillard",
    ]


COMMITTEE_QUESTIONS = (
    "3. WRITTEN QUESTIONS AND RESPONSES\n\n"
    "Question 1 – from Councillor Amanda Leigh (Ravensmoor East)\n"
    "To the Cabinet Member for Adult Social Care and Health\n\n"
    "What has the Cabinet Member personally done differently since the report was published?\n\n"
    "Response from Councillor Tom Ashworth, Cabinet Member for Adult Social Care and Health\n\n"
    "I accept the findings in full, and I am not going to try to explain them away.\n\n"
    "Since August I have chaired the Improvement Board myself, monthly.\n\n"
    "Question 2 – from Councillor Raj Patel (Millbrook)\nTo the Director of Adult Social Services\n\n"
    "How many senior posts are filled by interim staff?\n\n"
    "Response from Mark Fenn, Assistant Director (Adult Social Work), on behalf of the Director\n\n"
    "Two of the four assistant director posts were held by interim postholders in May.\n\n"
    "4. NOTE OF SUPPLEMENTARY QUESTIONS\n\n"
    "4.1 The Chair thanked members for their questions and the answers given.\n"
)


def test_a_committee_s_written_questions_are_the_members_and_answers_the_officers(
    lexicon: RoleLexicon,
) -> None:
    got = quoted(clean_text(COMMITTEE_QUESTIONS).text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("What", "political"),
        ("I", "political"),
        ("Since", "political"),
        ("How", "political"),
        ("Two", "director"),
    ]
    # the addressee under a question's label ("To the Director ...") says nothing; the answers
    # run to the next section's heading, not into the note of the meeting
    assert got[-1][2].startswith("Response from Mark Fenn")


QUESTION_TIME = (
    "ITEM 6 - PUBLIC QUESTIONS\n\n"
    "6.1 Question from Mr Alan Royce, Ferndale ward\n\n"
    "To: Councillor Priya Nandra, Cabinet Member for Adult Care\n\n"
    "Question: I have looked after my wife since her stroke in 2019. Why has the respite budget"
    " been cut again this year?\n\n"
    "Response from Councillor Priya Nandra: The budget has not been cut. It has been moved into a"
    " flexible breaks fund that carers can book themselves.\n\n"
    "Jane Orme, Director of Adult Social Services, added that the fund would be reviewed. She"
    ' said: "We will publish what carers have booked by June."\n\n'
    "Supplementary question: Nobody told us about the fund. Who should I ring tomorrow?\n\n"
    "Response: I will make sure the carers' team rings you this week.\n\n"
    "6.2 Question from Mrs Carol Dene, Chair, Westfold Care Providers' Association\n\n"
    "To: Councillor Priya Nandra, Cabinet Member for Adult Care\n\n"
    "Question: Will the council publish its cost of care model before the fee rates are set?\n\n"
    "Response from Councillor Priya Nandra:\n\n"
    "Yes. It will be published with the fee report in February.\n\n"
    "Supplementary question: Will providers see it before the report is written?\n\n"
    "Response: The Chair said that he would ask officers to reply in writing.\n\n"
    "6.3 Question from Ms Lena Frost, Abbey ward\n\n"
    "To: Councillor Priya Nandra, Cabinet Member for Adult Care\n\n"
    "Question: How many people are waiting for an assessment today?\n\n"
    "Supplementary question: Staff tell me the list is longer. Which figure is right?\n"
)


def test_a_public_question_time_s_askers_and_answers(lexicon: RoleLexicon) -> None:
    got = quoted(clean_text(QUESTION_TIME).text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("I", "user"),
        ("The", "political"),
        ('"We', "director"),
        ("Nobody", "user"),
        ("I", "political"),
        ("Will", "provider"),
        ("Yes.", "political"),
        ("Will", "provider"),
        ("How", "interviewee"),
        ("Staff", "interviewee"),
    ]
    # the asker is the item's, placed by the post after the name, else by their first question's
    # own words ("I have looked after my wife"), else by no one: a ward places no one, nor does a
    # supplementary opening on "Staff"; a "Response:" is the answer's; the record's reported turn
    # ("Response: The Chair said that ...") and its account of what an officer added are no one's
    assert [speaker for _, _, speaker in got][:2] == [
        "6.1 Question from Mr Alan Royce, Ferndale ward",
        "Response from Councillor Priya Nandra:",
    ]


def test_a_confidential_set_s_members_by_initials_are_what_the_attendance_says(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "PEER SUPPORT SET C - NOTES OF MEETING 2\n\n"
        "Facilitator: GH (Workforce Lead, Northvale Care Association)\n\n"
        "Present: DL - Manager, Brook House (40 beds, nursing incl. dementia). In post 4 months."
        " FE - Deputy manager, Elm Court (18 beds, residential).\n\n"
        "TW - Registered manager, Hillside Home Care. In post a year.\n\n"
        "1. CHECK-IN\n\n"
        'DL: "Tired, but the rota is finally full."\n\n'
        'FE: "Anxious about the inspection next month."\n\n'
        'TW: "Hopeful. We have recruited six drivers."\n\n'
        'GH asked the set: "What would you stop doing tomorrow if you could?"\n'
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("DL", "provider"),
        ("FE", "provider"),
        ("TW", "provider"),
        ("GH", "provider"),
    ]
    # each member by the initials the list gives with what they are, the list run on over its
    # paragraphs ("In post 4 months." between two); the facilitator by the part the head gives


LIVE_PAGE = (
    "LIVE\nCare workers strike in Eastmoor\n\n"
    "Live Reporting\nEdited by Sam Ward, with reporting from Ana Reyes and Tom Hale\n\n"
    "Posted at 18:05 'Nobody spoke to us all day'\n\n"
    "Ana Reyes\nReporting from the Northgate depot\n\n"
    "Dev Shah, who has been a care worker for six years, says nobody from management came out.\n\n"
    '"They drove straight past us," he tells me.\n\n'
    "Posted at 17:48 Your messages\n\n"
    "We have heard from many of you. Here is a selection:\n\n"
    'Joan, Kirkby: "My dad\'s morning call came at noon. He had not eaten."\n\n'
    'Phil, Hartley: "They knew what the job paid when they took it."\n\n'
    'Nurse, Ward 9: "We have eleven people waiting to go home."\n\n'
    "Posted at 16:55 Post on X by Cllr Ruth Ames\n\n"
    "The council set this company up promising good jobs. Cabinet must answer for this.\n\n"
    "Skip X post by Cllr Ruth Ames Allow X content? This article contains content provided by X.\n\n"
    "Posted at 16:20 Post on Facebook by Eastmoor Borough Council\n\n"
    "All critical visits are covered today. Call 0300 555 0100 if you are worried.\n\n"
    "Skip Facebook post by Eastmoor Borough Council End of Facebook post by Eastmoor Borough Council\n\n"
    "Posted at 16:00 Tom Hale\n\n"
    "Earlier a carer shared her story online:\n\n"
    "Skip twitter post by Mel Grant\nMel Grant\n@melcares\n"
    "Mum was told her visits would be cut to two a day. Nobody rang to tell us.\n"
    "9:14 AM · Mar 4, 2025\nThe BBC is not responsible for the content of external sites.\n"
    "End of twitter post by Mel Grant\n\n"
    "Ms Grant cares for her mother, who has dementia.\n"
)


def test_a_live_page_s_reporters_readers_and_the_posts_it_embeds(lexicon: RoleLexicon) -> None:
    got = [
        (q[:12], role, speaker) for q, role, speaker in quoted(clean_text(LIVE_PAGE).text, lexicon)
    ]
    assert got[1:] == [
        ('"They drove ', "workforce", "he"),
        ("\"My dad's mo", "user", "Joan, Kirkby"),
        ('"They knew w', "interviewee", "Phil, Hartley"),
        ('"We have ele', "workforce", "Nurse, Ward 9"),
        ("The council ", "political", "Cllr Ruth Ames"),
        ("All critical", "document", "Eastmoor Borough Council"),
        ("Mum was told", "user", "Mel Grant"),
    ]
    # a reporter's byline over an entry ("Ana Reyes" / "Reporting from the Northgate depot") heads
    # her report, no speech of hers: whom she quotes speak for themselves; a reader's message by
    # first name and town is placed by its words; an embedded post is its poster's, without the
    # post's card: a body's post is its statement, a person's placed by the page


def test_a_header_s_next_field_run_on_is_no_part_of_the_post(lexicon: RoleLexicon) -> None:
    text = (
        "PLENARY 3: KEYNOTE ADDRESS AND QUESTIONS\n\n"
        "Speaker: Helen Cartwright, Chief Executive, Hartwell Homecare Chair: Tom Ridley,"
        " Director of Adult Social Services, Northshire County Council\n\n"
        "TOM RIDLEY (CHAIR): Good morning, everybody. Please welcome our speaker.\n\n"
        "HELEN CARTWRIGHT: Thank you, Tom. It is lovely to be back in Manchester.\n\n"
        "TOM RIDLEY (CHAIR): Thank you, Helen. Questions, please.\n\n"
        "HELEN CARTWRIGHT: I will take them all at once, if I may.\n"
    )
    roles = {speaker: role for _, role, speaker in quoted(clean_text(text).text, lexicon)}
    assert roles["HELEN CARTWRIGHT"] == "provider"
    # the header's fields run on in one paragraph: the speaker's post ends before "Chair:", whose
    # holder is the director


def test_a_conference_s_delegates_are_each_their_own_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "KEYNOTE AND QUESTIONS\n\n"
        "CHAIR: Good morning, everybody. Questions for our speaker, please.\n\n"
        "DELEGATE (COUNCILLOR DAVID HEYWOOD): Morning. I'm the cabinet member in Bury. Why now?\n\n"
        "CHAIR: Thank you, David. Next, please.\n\n"
        "DELEGATE: Hi. I won't say where I'm from. Why is this taking so long?\n\n"
        "CHAIR: Thank you. And at the back?\n\n"
        "DELEGATE (GILLIAN): Hello. I'm not a professional at all, I care for my husband.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert got == [
        ("DELEGATE (COUNCILLOR DAVID HEYWOOD)", "political"),
        ("DELEGATE", "interviewee"),
        ("DELEGATE (GILLIAN)", "user"),
    ]
    # "DELEGATE" names no one: each is the person their bracket names, else whom their words
    # place, not the delegate who spoke before


def test_minutes_members_under_their_group_s_name_are_of_the_group(lexicon: RoleLexicon) -> None:
    text = (
        "MONTHLY STAFF MEETING - MINUTES\n\n"
        "Present: Ann Cole (AC) - Registered Manager Care workers: Tom Ashby (TA), Jo Lund (JL)"
        " and Sam Orr (SO)\n\n"
        "1. ROTAS\n\n"
        'TA said: "The new app sends me to the wrong end of town twice a day."\n\n'
        'JL: "Half my mileage is not paid."\n\n'
        'AC said: "I will take it to the operations director this week."\n'
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("TA", "workforce"),
        ("JL", "workforce"),
        ("AC", "provider"),
    ]
    # "Care workers:" names the group its members are of, each by the initials after the name


def test_a_juror_by_number_keeps_what_their_own_words_said_they_are(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "CITIZENS' JURY, DAY 2\n\n"
        "FACILITATOR: Let's begin. Any questions for our witness?\n\n"
        "JUROR 3: Can I come in on that? I care for my mum, she's 84.\n\n"
        "FACILITATOR: Go on.\n\n"
        "JUROR 11: I work in home care. Eleven years now. Who pays for travel?\n\n"
        "FACILITATOR: Thank you.\n\n"
        "JUROR 3: That's not what it's about though.\n\n"
        "JUROR 12: You keep saying cap. What's the difference?\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert [g for g in got if g[0].startswith("JUROR")] == [
        ("JUROR 3", "user"),
        ("JUROR 11", "workforce"),
        ("JUROR 3", "user"),  # what she said she is in her first turn
        ("JUROR 12", "interviewee"),
    ]


def test_a_minister_asking_questions_on_a_bill_s_committee_is_the_minister(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The Chair: We will now hear oral evidence from Tara Mwangi.\n\n"
        "Q88 The Chair: Welcome. Please introduce yourself.\n\n"
        "Tara Mwangi: I am the president of the directors' association.\n\n"
        "Q89 Dr Hollis: What would the standard change for directors?\n\n"
        "Tara Mwangi: It would give us a common language.\n\n"
        "Q90 The Minister of State, Department of Health and Social Care (Andrea Kellaway):"
        " Would directors accept a stronger duty?\n\n"
        "Tara Mwangi: We would, if it were funded.\n\n"
        "Q91 Andrea Kellaway: And if it were not?\n\n"
        "Tara Mwangi: Then it would be one more thing we cannot do.\n"
    )
    got = [(q[:9], role) for q, role, _ in quoted(clean_text(text).text, lexicon)]
    assert ("What woul", "political") in got  # a member of the committee
    assert ("Would dir", "national") in got  # the minister, by post
    assert ("And if it", "national") in got  # ... and by her name after


def test_a_presenter_s_run_of_texts_each_read_as_its_sender_s(lexicon: RoleLexicon) -> None:
    text = (
        "GAVIN PRYCE: Welcome back. Lots of you have been in touch this afternoon.\n\n"
        "AMARA NWOSU: Happy to hear them, Gavin. Go on.\n\n"
        'GAVIN PRYCE: More of your texts. Someone signing off as "Fed up" says: "Why should'
        ' my council tax go on care?" Priya, who runs a home care agency in Stanmoor: "We\'d'
        ' take on more packages tomorrow if we could recruit."\n\n'
        "AMARA NWOSU: On recruitment, Priya's right, and we are working with the college.\n"
    )
    got = [(q[:10], role) for q, role, _ in quoted(clean_text(text).text, lexicon)]
    assert ("\"We'd take", "provider") in got
    # after "More of your texts.", a sender introduced by a colon alone is one more message's


def test_a_pull_quote_s_credit_wrapped_to_a_line_of_its_own(lexicon: RoleLexicon) -> None:
    text = (
        "The ICB's decision to contribute was not uncontroversial within the NHS.\n\n"
        "“Every delayed discharge we looked at had a workforce story behind it.” – Simon Achebe,"
        " Director of People, NHS Hartsmoor and Wyre\n\nICB\n\n"
        "Applications were assessed by a panel.\n\n"
        "“We close or we charge more.” – KettlebyCareOwner\n\nTHE COUNCIL RESPONDS\n\n"
        "We put the points raised to the council.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert got[0] == ("nhs", "Simon Achebe, Director of People, NHS Hartsmoor and Wyre ICB")
    assert got[1][1] == "KettlebyCareOwner"  # the next section's heading is no part of a credit


def test_a_video_s_pinned_comment_and_a_reply_run_on_to_its_parent(lexicon: RoleLexicon) -> None:
    text = (
        "Vlog 63: the discharge that wasn't. Thanks for watching, see you next week.\n\n"
        * 3
        + "348 Comments Sort by: Top comments\n\n"
        "Pinned by Jo Cares (For Mum) @JoCaresForMum · 1 week ago 📌 Links from this week are"
        " below, and my carer's assessment is booked for the 3rd. 👍 612 Reply\n\n"
        "@lindaw2270 · 1 week ago\n\n"
        "Exactly the same with my dad in March. Nobody had picked the referral up. 👍 284 Reply ↳"
        " @JoCaresForMum · 1 week ago So sorry about your dad Linda, that phrase needs banning."
        " 👍 97 Reply\n\n"
        "@DeeTheCarer · 1 week ago\n\n"
        "I've been a home carer in Derbyshire for twelve years and Denise speaks for us. 👍 88 Reply\n"
    )
    got = [(q[:12], speaker) for q, _, speaker in quoted(clean_text(text).text, lexicon)]
    assert got == [
        ("Links from t", "JoCaresForMum"),
        ("Exactly the ", "lindaw2270"),
        ("So sorry abo", "JoCaresForMum"),
        ("I've been a ", "DeeTheCarer"),
    ]


def test_a_statement_read_to_a_court_is_the_witness_s(lexicon: RoleLexicon) -> None:
    text = (
        "The inquest heard from the staff on duty.\n\n"
        "In a statement read to the court, Bethany Hirst, a care assistant who had started at the"
        " home four months earlier, said: ‘My induction was two days.’\n\n"
        "In a written response to the review, Ashdown Lane Care said: ‘We accept the findings of"
        " this review in full.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "document"]
    # "read" describes the statement; the witness who "said" speaks in it. A provider's written
    # response is its statement


def test_the_law_s_people_and_an_agency_s_coordinators(lexicon: RoleLexicon) -> None:
    text = (
        "The hearing lasted three days.\n\n"
        "Recording a narrative conclusion, area coroner Rebecca Hollins said: ‘These were missed"
        " opportunities.’\n\n"
        "Natasha Greaves, who represented the family, said: ‘Edith deserved better.’\n\n"
        "One of the agency’s coordinators described the summer: ‘From June we ran rotas with"
        " gaps in them.’\n\n"
        "A discharge co-ordinator at the hospital told us: ‘We sent people home to nothing.’\n\n"
        "A police partner said: ‘Information sharing with adult social care is quicker now.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "other",
        "other",
        "workforce",
        "nhs",
        "other",
    ]


def test_a_report_with_an_apposition_and_a_meeting_s_minutes(lexicon: RoleLexicon) -> None:
    text = (
        "The agency failed in October.\n\n"
        "The inspection report, published in June 2024, found that ‘the provider did not have"
        " effective systems to monitor the quality of its service’.\n\n"
        "The minutes of the board meeting state that ‘the board noted that the company’s cash"
        " position was difficult’.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("document", "The inspection report, published in June 2024"),
        ("document", "The minutes of the board meeting"),
    ]


def test_the_asker_in_an_opening_clause_is_not_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "In a statement, Mrs Colley’s daughter, Susan Dawes, said: ‘Mum was the school"
        " secretary for thirty years.’\n\n"
        "Asked by the coroner whether she had raised her concerns formally, Mrs Dawes said: ‘I"
        " rang four times in the week before she went into hospital.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


def test_a_person_quoted_before_the_narrative_says_who_they_are(lexicon: RoleLexicon) -> None:
    text = (
        "Image caption, Pauline Henshaw says she feels “invisible” to the system that is meant to"
        " help her husband\n\n"
        "Pauline Henshaw has looked after her husband Derek, who has Alzheimer’s disease, for six"
        " years. Pauline, who is 74, can no longer manage on her own.\n\n"
        "“I’ve been told there’s a six-week wait for an assessment,” she says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]
    # the relation's name after it is the husband's; she is named before it, and a later "she"
    # and her first quotation are hers


def test_a_preposition_s_object_is_not_the_sentence_s_subject(lexicon: RoleLexicon) -> None:
    text = (
        "Since becoming minister I have tried to meet the people who do this work. On a visit to"
        " a home care agency in Stockport last autumn I met Deborah, who has been a care worker"
        " for 19 years. She told me: ‘People think we just pop in and make a cup of tea.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]
    # "she" is the care worker met there, not the agency visited


def test_a_possessor_before_a_post_is_whose_the_post_is(lexicon: RoleLexicon) -> None:
    text = (
        "Staff left all summer. One of the agency’s coordinators described the summer."
        " She had worked in the Kelderby office for six years:\n\n"
        "‘From about June we were running rotas with holes in them every day.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]


def test_a_body_s_treasurer_on_its_own_page_is_the_body_s(lexicon: RoleLexicon) -> None:
    text = (
        "Thornshire Care Association\n\n"
        "AGM report: members back a new training offer\n\n"
        "‘We’re in a sound position, but I want members to understand how thin the margin is,’"
        " treasurer Alan Prentice told members as he presented the accounts.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_surname_after_an_adjective_and_a_name_s_longest_post(lexicon: RoleLexicon) -> None:
    text = (
        "The Care Worker of the Year award went to Jasmine Okoro, a senior carer at Meadowsweet"
        " Lodge.\n\n"
        "Accepting the award, an emotional Okoro said: ‘I do nights, so most people never see what"
        " we do.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]
    # "an emotional Okoro" is Okoro; and she is the senior carer the phrase names, not a "carer"
    # (a relative) by the phrase's last word


def test_a_survey_respondent_is_no_survey(lexicon: RoleLexicon) -> None:
    text = (
        "Free-text comments were frank.\n\n"
        "‘We were told it would be funded and supported, and then the money stopped.’\n"
        "Survey respondent, North Yorkshire\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["interviewee"]
    # not determinable, and not the survey's own words; a respondent credited with a home ("28-bed
    # residential home") is the home's, as one credited with a nursing home always was
    at_home = text.replace("North Yorkshire", "28-bed residential home")
    assert [role for _, role, _ in quoted(at_home, lexicon)] == ["provider"]


def test_an_infinitive_cue_word_yields_to_the_finite_verb(lexicon: RoleLexicon) -> None:
    text = (
        "The minister's remark went round the sector within the hour.\n\n"
        "Among the first to respond was Sarah Okafor, director of adult social services at"
        " Westhaven Council, who wrote on LinkedIn:\n\n"
        "‘This morning I sat with a care worker who had just spent forty minutes calming a man.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_the_people_a_study_says_it_heard_from_place_its_respondents(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Methods\n\nWe surveyed 92 directors of adult social services in the spring of 2024.\n\n"
        "Findings\n\nBudgets dominated the free-text answers. One respondent wrote: ‘We are not"
        " running a service any more, we are running a waiting list.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]
    mixed = text.replace("92 directors of adult social services", "40 directors and 12 carers")
    assert [role for _, role, _ in quoted(mixed, lexicon)] == ["interviewee"]


def test_an_ombudsman_s_complainant_and_her_son_by_their_letters(lexicon: RoleLexicon) -> None:
    text = (
        "1. Mrs X complains, with the help of her son, Mr Y, that the Council did not tell her she"
        " would have to pay for her care.\n\n"
        "2. The Council says it sent a letter in June.\n\n"
        "3. Mrs X told me she ‘sat and cried’ when the bill came. Mr Y told me: ‘Every time I rang"
        " I spoke to someone new.’\n\n"
        "4. In response to my draft decision, Mr Y said: ‘We are grateful that someone has"
        " finally listened to us.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user", "user"]


def test_records_and_rules_quoted_in_a_decision_are_documents(lexicon: RoleLexicon) -> None:
    text = (
        "The regulations say that intermediate care ‘must be provided free of charge for any"
        " period up to and including six weeks’.\n\n"
        "Her discharge summary says she was ‘medically optimised for discharge home with a"
        " package of care’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]


def test_posts_in_scotland_and_a_hyphenated_phrase(lexicon: RoleLexicon) -> None:
    text = (
        "A Scottish chief social work officer said: ‘We invest heavily in developing social"
        " workers as leaders.’\n\n"
        "One integration joint board chief officer told us: ‘I answer to the chief executive of"
        " the council and the health board.’\n\n"
        "A director of finance at a Scottish health board was franker: ‘When the acute sector is"
        " under pressure, the money goes there.’\n\n"
        "‘The new director came to our group in her second week,’ said E1, a member of a county"
        " council’s experts-by-experience panel.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "director", "nhs", "user"]


def test_a_column_s_credit_lines_with_where_the_words_were_said(lexicon: RoleLexicon) -> None:
    text = (
        "It has been one of those weeks. We start in Birmingham.\n\n"
        "‘Councils are choosing between bad options and worse ones, and in public.’\n"
        "— Dr Ruth Kemble, president, ADASS, speaking at the association’s spring seminar in"
        " Birmingham\n\n"
        "Providers were quick to answer.\n\n"
        "‘A pay agreement without the money to honour it is not a pay rise, it is a bill.’\n"
        "— Professor Daniel Osei OBE, chief executive, Care England\n\n"
        "And on the bigger picture:\n\n"
        "‘We have had more than a dozen white papers on social care funding since 1997.’\n"
        "— Dr Helen Marwick, senior fellow, The King’s Fund\n\n"
        "Finally, qualifications.\n\n"
        "‘We would never let someone run a hospital ward without a qualification.’\n"
        "— Tracey Holm, chair, Kent Registered Managers’ Network\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "director",
        "provider",
        "national",
        "provider",
    ]


def test_a_provider_s_own_pages_place_its_people(lexicon: RoleLexicon) -> None:
    text = (
        "Brambleoak Care | Careers\nWhy Brambleoak\nOur homes\n\n"
        "A welcome from our Chief Executive\n\n"
        '"When my parents opened our first home in 1994 they had nine residents and a'
        ' second-hand minibus."\n\n'
        "Hannah Brightwell, Chief Executive\n\n"
        "A day in the life: Danielle, Registered Manager, Willow House\n\n"
        "Danielle has run Willow House since 2019. We asked her about a typical Tuesday.\n\n"
        "'I always come in before the day shift starts so I can catch the night team,'"
        " Danielle says.\n\n"
        'Our Head of Learning and Development, Rachel Oduya, says: "Every new starter does a'
        ' paid five-day induction before they go anywhere near a rota."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"] * 3


def test_a_name_after_a_post_with_a_dashed_aside(lexicon: RoleLexicon) -> None:
    text = (
        "The home’s registered manager, Bernadette Cullane – Bernie to everyone, including, by"
        " episode two, the sound recordist – has run the place for fourteen years.\n\n"
        "Walking the corridors with a visiting social worker, Cullane says without breaking"
        " stride: “People think a council home is a waiting room.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_career_told_from_its_start_places_the_person_by_what_they_are_now(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Whitcombe started as a home care worker in Gateshead in 2009, at 37, after her youngest"
        " child started school. She spent eleven years on the rota before her own manager talked"
        " her into applying for a senior post, and since 2021 she has been the registered manager"
        " of a home care agency on Tyneside.\n\n"
        "“I didn’t write it to make people cry,” Whitcombe told me.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_biography_places_its_subject_by_the_post_they_became(lexicon: RoleLexicon) -> None:
    # an oral history's summary: a long paragraph, the post a body's own ("Westmoor's first
    # Director of Adult Social Services"); the turns labelled by the subject's initials
    text = (
        "Interviewee: Raymond (Ray) Ashworth, born 1947\n\nBIOGRAPHICAL SUMMARY\n\n"
        "Ray Ashworth began work in 1969 as an unqualified welfare assistant in the welfare"
        " department of the County Borough of Calderbridge. After qualifying as a social worker he"
        " joined the new Calderbridge social services department in 1971, became an area manager"
        " for Westmoor County Council after local government reorganisation in 1974, assistant"
        " director (residential and day services) in 1986 and a regional lead for the"
        " association in 1990. When children's services were separated from adult services in"
        " 2006 he became Westmoor's first Director of Adult Social Services, retiring in 2009.\n\n"
        "HM: How did you come into social work?\n\n"
        "RA: By accident, like most people of my generation.\n\n"
        "HM: And then came Seebohm.\n\n"
        "RA: Then Seebohm, yes, 1971. The new departments were enormous.\n"
    )
    assert [(role, who) for _, role, who in quoted(text, lexicon)] == [
        ("other", "HM"),
        ("director", "RA"),
        ("other", "HM"),
        ("director", "RA"),
    ]


def test_a_signature_s_post_on_the_line_under_its_name(lexicon: RoleLexicon) -> None:
    text = (
        "Introduction\n\nEvery card in this booklet was written by someone who cares for a"
        " relative or draws on care.\n\n"
        "We delivered the first 500 postcards in January. Now we want to see the words turned"
        " into action.\n\n"
        "Margaret Adeyemi-Hall\nChief Executive, Carers Compass\n\n"
        "The minister replied in February.\n\n"
        "“Thank you for sending me the postcards. I have read every one of them.”\n\n"
        "Andrew Pelham MP\nMinister of State for Care\n\n"
        "Responding to the letter, Margaret Adeyemi-Hall said: “We are grateful to the minister"
        " for replying in person.”\n"
    )
    # the signed introduction is its signatory's letter, as the minister's reply is his
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"] * 4


def test_an_excerpt_s_respondent_is_whom_its_heading_describes(lexicon: RoleLexicon) -> None:
    text = (
        "Appendix B: Transcript excerpts\n\n"
        "B2 N2, director of place, integrated care board. Telephone, November 2023.\n\n"
        "Interviewer: How did the changes of director look from where you sit?\n\n"
        "R: Exhausting, if I’m honest. Every change meant the discharge conversation went back"
        " to the beginning.\n\n"
        "Interviewer: Has it got better?\n\n"
        "R: In some ways. The current director and I have a standing fortnightly meeting.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "nhs"]


def test_a_cue_word_ending_a_compound_after_a_is_a_noun(lexicon: RoleLexicon) -> None:
    text = (
        "A case note from 29 July 2022 records: ‘Reablement ended 28/7. Ongoing care twice"
        " daily.’\n\n"
        "Managers were blunt. A director notes: ‘We are running out of road completely now.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "director"]


def test_a_comment_thread_of_handles_and_dates(lexicon: RoleLexicon) -> None:
    comments = (
        "Comments (4)\n\nSort by: Newest | Oldest\n\n"
        "WexcombeLass\n2 days ago\nMy nan spent her last two years at Elmfield and the staff"
        " were like family to her.\nReply · Report · 41 likes\n\n"
        "Former_Elmfield_Manager\n2 days ago\nThe home was full until the council stopped"
        " placing people in it.\nReply · Report · 38 likes\n\n"
        "Ratepayer1960\n3 days ago\nThe numbers do not add up for the rest of us, and the"
        " council knows it.\nReply · Report · 9 likes\n\n"
        "Jean Whitlow\n3 days ago\nPlease do go to the Ombudsman. They found against our"
        " council last year.\nReply · Report · 2 likes\n\n"
        "Dave H\n3 March 2025 at 20:47\nHome care is no different. Our director of adult"
        " services told the provider forum “If you can't deliver at that rate, someone else"
        " will.” Nobody else did.\nLike (22) | Reply\n"
    )
    text = clean_text("News\n\n" + "The council set out its plans last week. " * 30 + comments)
    got = [(t[:14], role, speaker) for t, role, speaker in quoted(text.text, lexicon)]
    assert got == [
        # the handle and the date are no one's words, nor the controls under them
        ("My nan spent h", "user", "WexcombeLass"),
        ("The home was f", "provider", "Former_Elmfield_Manager"),  # what the handle says
        ("The numbers do", "interviewee", "Ratepayer1960"),
        ("Please do go t", "interviewee", "Jean Whitlow"),  # she asks, and is no ombudsman
        ("Home care is n", "interviewee", "Dave H"),
        # the comment ends where its writer quotes the director, who says what follows
        ("“If you can't ", "director", "Our director of adult services"),
    ]
    assert all(
        not t.rstrip().endswith(("likes", "Reply")) for t, _, _ in quoted(text.text, lexicon)
    )


def test_a_forum_thread_of_handles_and_dates_from_the_page_s_top(lexicon: RoleLexicon) -> None:
    """A forum saved as text is posts from its top, each under its poster's handle and its date:
    a thread of them (THREAD_POSTS or more) is read wherever it starts. An article's comments
    stand in its last two thirds; a thread has no article above it."""
    posts = [
        ("ThreeCupsOfTea", "My mum's lunchtime call is being cut and nobody will tell me why."),
        (
            "Notanexpertbut",
            "Sorry if this isn't what you want to hear but have you looked at homes?",
        ),
        ("Bluebellwoods", "I'm the registered manager of a residential home, so I see both sides."),
        ("ReginaPhalange", "Care worker here. Please fight for the lunch call, it matters."),
        ("Pootlingalong", "I'm a discharge coordinator in an acute hospital. Ask for the plan."),
    ]
    text = "Elderly parents\n\n" + "".join(
        f"{handle}\n\n08/10/2024 21:{10 + k}\n\n{words}\n\nReport\n\n"
        for k, (handle, words) in enumerate(posts)
    )
    got = [(t[:14], speaker) for t, _, speaker in quoted(text, lexicon)]
    assert got == [(words[:14], handle) for handle, words in posts]


def test_a_page_s_date_lines_are_no_comment_thread(lexicon: RoleLexicon) -> None:
    text = (
        "Care home closure consultation opens\n\n"
        + "The council said the home would close in the spring. " * 20
        + "\n\nUpdated 2 days ago The consultation runs until March.\n\n"
        "Updated 3 days ago Families will be invited to drop-in sessions.\n"
    )
    assert quoted(clean_text(text).text, lexicon) == []


def test_a_caller_introduced_with_their_town_and_what_they_do(lexicon: RoleLexicon) -> None:
    text = (
        "Care fees phone-in\n\n"
        "PRESENTER: Good morning. Today we are talking about top-up fees for care homes.\n\n"
        "PRESENTER: Let's go to Pat in Lowerby, who runs a care home. Pat, good morning.\n\n"
        "PAT (LOWERBY): Morning. The fees are too low and we cannot recruit anybody at all.\n\n"
        "PRESENTER: Dave runs two care homes in Kingsmere, and I suspect he will give us the"
        " other side of this. Dave, morning.\n\n"
        "DAVE (KINGSMERE): Morning. The council pays me £870 a week and it costs me more.\n\n"
        "PRESENTER: Next is Jo, whose mum is in a home.\n\n"
        "JO: My mum has been in the home for two years and the top-up keeps rising.\n\n"
        "DAVE: And nobody from the council has sat down with the homes since Covid.\n"
    )
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["provider", "provider", "user", "provider"]


def test_an_email_from_a_person_named_with_their_post_is_theirs(lexicon: RoleLexicon) -> None:
    text = (
        "The programme had many messages this morning.\n\n"
        "And this email from Sue Brennan, who chairs the Eastvale Care Association: “Top-ups"
        " exist because fees don't cover costs. It is as simple as that.”\n\n"
        "A letter from Kent County Council, which runs the scheme, said: “The scheme is under"
        " review and will reopen in the spring.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "document"]


def test_a_credit_line_joined_to_its_quotation_and_how_the_words_came(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Twenty-four care workers completed our survey. Nearly all said they were not given"
        " enough time to do it properly.\n\n"
        "“We get paid from the minute we walk through one door to the minute we leave.” Care"
        " worker, eight years in home care, focus group\n\n"
        "Several people described visits that bore little relation to their routines.\n\n"
        "“They’re lovely, the girls who come, but they’re always watching the clock.”\n"
        "Woman in her 80s, survey response\n\n"
        "HomeFirst Support Services provided the following written statement:\n\n"
        "“HomeFirst takes all feedback seriously and will review its rotas.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "user", "document"]
    # ... the first thing a text says, as the card a page opens on is
    opening = text[text.index("“We get") :]
    assert quoted(opening, lexicon)[0][1:] == (
        "workforce",
        "Care worker, eight years in home care, focus group",
    )


def test_what_someone_was_told_and_then_their_own_words(lexicon: RoleLexicon) -> None:
    text = (
        "One carer, whose son has a learning disability, said the family had been told three"
        " times in two years that his provider was pulling out: ‘Every time it’s new faces,"
        " and he goes backwards.’\n\n"
        "One daughter told us she was informed by a hospital consultant that her father was"
        " ‘medically optimised and therefore no longer our concern’ two days later.\n\n"
        "Gill Hartigan, who has drawn on social care support since a spinal injury, says:"
        " ‘Usually people like me get asked to tell our stories.’\n"
    )
    # the clause says what the family were told: the words after its colon are the carer's;
    # the consultant's words are second-hand
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "other", "user"]


def test_its_director_is_the_post_at_the_body_just_named(lexicon: RoleLexicon) -> None:
    text = (
        "The Centre for Care Policy, an independent think tank, estimated that fewer than half"
        " of councils could say how long the average person waited. Its director, Dr Alan"
        " Frost, said: “We measure every minute someone waits in A&E but not in social care.”\n\n"
        "Kent County Council said it was recruiting. Its director, Ann Bell, said: “We have cut"
        " our waiting list by a third this year.”\n\n"
        "The regulator inspected the service in May. Its report, published in June, found that"
        " “people were placed at risk of avoidable harm”.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "director", "document"]


def test_what_a_founder_trained_as_is_no_one_a_later_she_is(lexicon: RoleLexicon) -> None:
    text = (
        "How Natalie Osei built Brightwell into one of the region’s fastest-growing home care"
        " firms\n\n"
        "“I look at it when I’m having a bad day,” she says.\n\n"
        "Twelve years on, Brightwell Home Care employs more than 400 people across the county.\n\n"
        "Osei, 44, trained as a nurse in Ghana before moving to the UK in 2004, but her"
        " qualifications were not recognised here and she took a job as a home care worker"
        " while she studied for her NVQs.\n\n"
        "“I was a care worker for six years before I ever managed anyone,” she says.\n"
    )
    # the nurse and the home care worker are what she was: "she" is still the founder
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles[1] == roles[0]
    assert "workforce" not in roles


def test_what_a_manager_trained_and_worked_as_is_no_one_a_later_she_is(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Priya Nair, Branch Manager, Hollins Vale Home Care (Wrexley)\n\n"
        "Priya trained and worked as a nurse in Kochi before moving to England in 2014.\n\n"
        "“I thought it would be for six months,” she says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_post_held_from_a_year_before_another_is_what_she_was(lexicon: RoleLexicon) -> None:
    text = (
        "Priya Nair, Branch Manager, Hollins Vale Home Care (Wrexley)\n\n"
        "Priya became a field care supervisor in 2017, a care co-ordinator in 2019 and branch"
        " manager in 2022.\n\n"
        "The data matters, Priya says, because it changes the conversation. “Before, nobody"
        " listened.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_post_held_for_a_spell_that_is_over_is_what_she_was(lexicon: RoleLexicon) -> None:
    text = (
        "Joanna Pryce is the minister of state for care.\n\n"
        "Her mother had vascular dementia for six years. Pryce was her main carer for two of"
        " them, commuting to the coast.\n\n"
        "“She was funny right to the end,” Pryce says.\n\n"
        "I was out on the rounds with Amira, who has been a care worker for fourteen years. She"
        " said to me: “I love this job.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "workforce"]


def test_a_surveys_respondents_and_a_foreword_s_writer(lexicon: RoleLexicon) -> None:
    text = (
        "Three in five home care workers are not paid for all their travel, according to a"
        " survey of more than 3,400 members of the Community and Care Workers' Union published"
        " today.\n\n"
        "Sarah Carrow, general secretary of the union, said the findings were shameful.\n\n"
        "In her foreword to the report, Carrow writes: “When I first joined this union, home"
        " care was a job you could raise a family on.”\n\n"
        "Many respondents described split shifts. One respondent in Cumbria wrote: “I do a split"
        " shift, 7 till 11 and then 4 till 10, and I am paid for eight hours.”\n"
    )
    # the survey's respondents are the members it surveyed; the foreword is its writer's own
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "workforce"]


def test_a_person_s_own_statement_and_a_record_about_them(lexicon: RoleLexicon) -> None:
    text = (
        "Karen Mills, a care worker at the home, reported the broken window three times.\n\n"
        "“We were told it was on the list,” her statement said.\n\n"
        "Dempster, the home's owner, did not attend. In a statement issued through his"
        " solicitors, he said: “I am deeply sorry for what happened.”\n\n"
        "Her discharge summary says she was “medically optimised for discharge home”.\n\n"
        "In a statement, the department said: “We are reviewing the case carefully.”\n"
    )
    # what a person wrote is theirs, whatever the medium; a record kept about them is not
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["workforce", "provider", "document", "document"]


def test_a_body_named_by_its_name_alone_writes_a_document(lexicon: RoleLexicon) -> None:
    text = (
        "Providers responded in writing.\n\n"
        "Brightways Homecare wrote: “Our care workers did what was asked of them on every"
        " visit.”\n\n"
        "Jane Hill of Brightways Homecare said: “We did what we could with the hours we had.”\n\n"
        "Jane Hill, Brightways Homecare, said: “We did what we could with the time we had.”\n"
    )
    # the body's written response; its people speak for themselves
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["document", "provider", "provider"]


def test_a_post_at_the_body_the_page_comes_from(lexicon: RoleLexicon) -> None:
    text = (
        "The evening was chaired by our Director of Policy, Dr Miriam Fenwick, who opened by"
        " reminding the room of the promises made since 1999.\n\n"
        "“We keep asking who is going to fix social care,” said Fenwick.\n"
    )
    # a post the lexicon does not list, at the body that wrote the page
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_a_colon_sentence_opening_on_someone_met_before_is_theirs(lexicon: RoleLexicon) -> None:
    text = (
        "“Zero-hours contracts suit some people,” says Sunita Mahal, who founded Brightwater in"
        " 2009 and is still its managing director.\n\n"
        "Mahal credits the relationship with the council’s commissioners for making the change"
        " possible:\n\n"
        "“They came out and sat in our office and looked at our rotas.”\n\n"
        "PAs talked about working for one person. Kerry has been a PA for eight years, having"
        " worked for two agencies before:\n\n"
        "“At the agency I was doing 15-minute calls all day.”\n"
    )
    # the commissioners are whom Mahal credits; a sentence that says who Kerry is places her
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["provider", "provider", "workforce"]


def test_a_person_s_statement_is_theirs_and_so_is_its_continuation(lexicon: RoleLexicon) -> None:
    text = (
        "Councillor Jane Hood, cabinet member for adult care, was not at the meeting. But in a"
        " statement she said the council"
        " “will not be rushed into a decision”.\n\n"
        "Sarah Lyall, chief executive of the Westshire Care Association, welcomed the plan. In a"
        " statement issued on Tuesday afternoon, Lyall said providers “stand ready to play our"
        " part, but we cannot do it alone”.\n\n"
        "In a statement, Cllr Amina Rahman, chair of the Local Government Association’s Community"
        " Wellbeing Board, said: “Councils have long argued that local leadership matters.”\n\n"
        "The statement continued: “It is disappointing that a plan arrives without money.”\n\n"
        "In a statement, the council said: “We are reviewing the plan.”\n\n"
        "The statement added: “We will report back in the spring.”\n\n"
        "In a statement, Barchester said it was “reviewing the findings carefully”.\n"
    )
    # a named person's statement is theirs; a body's, or an unplaced name's, is a document
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == [
        "political",
        "provider",
        "political",
        "political",
        "document",
        "document",
        "document",
    ]


def test_a_witness_named_before_their_post_speaks_in_person(lexicon: RoleLexicon) -> None:
    text = (
        "4.34 In oral evidence, Simon Cartwright, Deputy Director for Adult Social Care Workforce"
        " at the Department of Health and Social Care, said that the department was “actively"
        " considering the case for a statutory register of care managers”.\n\n"
        "4.35 The son of a woman who moved into a nursing home in 2022 said: “I read the CQC report"
        " before we chose it.”\n\n"
        "4.36 One respondent, an international recruit working as a senior carer in the North"
        " West, wrote: “At home I was a ward manager responsible for 30 nurses.”\n"
    )
    # the department's official in person; a relative; a care worker, not the people she is
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["national", "user", "workforce"]


def test_the_subject_of_was_quick_to_add_is_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "A councillor who chaired the health and wellbeing board said the vaccination of care"
        " home residents had been “the best thing I’ve seen this council do in twenty years” –"
        " though she was quick to add that “the credit belongs to the officers and the staff”.\n\n"
        "The director was keen to stress that “nothing about the restructure is settled yet”.\n"
    )
    # "was quick to" / "was keen to" sit between the speaker and the speech verb
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["political", "political", "director"]


def test_a_title_before_a_name_met_before_is_that_person(lexicon: RoleLexicon) -> None:
    text = (
        "Professor Nadia Whitfield OBE, Chief Executive of the Community Care Providers"
        " Federation, said: “We are disappointed.”\n\n"
        "Professor Whitfield said the federation’s survey found that half of its members had"
        " handed back contracts.\n\n"
        "Professor Whitfield added: “The care workforce is the reason this sector still"
        " stands.”\n\n"
        "Professor Ann Lee said: “I agree with the review.”\n"
    )
    # the federation's chief executive each time; a professor the text does not place otherwise
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["provider", "provider", "national"]


ANSWER_QUOTING_OTHERS = """Q&A: the manager who turned Willowmere round

Joanne Okafor, registered manager of Willowmere, talks to Care Leader about her first year.

CL: What did you find when you arrived?

A home that had lost its confidence. One of our residents told me in my first week, "You're the
fourth manager this year, love. I'll learn your name when you've stayed till Christmas." I
thought, right, that's my first target. Nobody had told the staff what "good" looked like.

CL: How do you work with the NHS?

Much better than we did. Our GP, Dr Ben Lim, does a weekly round, and I said to him, "We need
you here on Fridays too." He agreed, which I took as a compliment to the team.

CL: And next year?

Keep going, and keep the nights covered by our own nurses.

CL: Any regrets?

Only that I did not start the night shifts sooner.
"""


def test_an_answer_lifts_out_the_words_it_quotes_of_someone_it_places() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    got = [(t[:14], role) for t, role, _ in quoted(ANSWER_QUOTING_OTHERS, lexicon)]
    assert got == [
        ("A home that ha", "provider"),  # the answer, up to the sentence that cues a quotation
        # a resident's words, lifted out; told to the manager, as she recalls them: second-hand
        ("\"You're the\nfo", "other"),
        ("I\nthought, rig", "provider"),  # the answer goes on, its "good" a phrase of its own
        # what she says herself stays in her answer
        ("Much better th", "provider"),
        ("Keep going, an", "provider"),
        ("Only that I di", "provider"),
    ]


def test_an_answer_lifts_out_the_words_of_a_subject_after_its_and() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Q&A: the manager who turned Willowmere round\n\n"
        "Joanne Okafor, registered manager of Willowmere, talks to Care Leader about her year.\n\n"
        "CL: What has changed?\n\n"
        "The council listens now. I was at a drop-in last month and a woman who cares for her "
        'husband said to me, "I do not need another assessment, I need someone to turn up." '
        "That has stayed with me, because she was right about all of us.\n\n"
        "CL: And next year?\n\nKeep going, and keep the nights covered by our own nurses.\n\n"
        "CL: And the NHS?\n\nMuch better than it was. The GP comes on Fridays too.\n\n"
        "CL: Any regrets?\n\nOnly that I did not start the night shifts sooner.\n"
    )
    got = [(t[:14], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("The council li", "provider"),
        # hers, not the manager's "I was at a drop-in"; said to the manager, who recalls it:
        # second-hand
        ('"I do not need', "other"),
        ("That has staye", "provider"),
        ("Keep going, an", "provider"),
        ("Much better th", "provider"),
        ("Only that I di", "provider"),
    ]


@pytest.mark.parametrize("joint", [" ", "\n"])
def test_a_pull_quote_between_answers_is_its_credited_speakers(joint: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Interview: the manager who turned Willowmere round\n\n"
        "Joanne Okafor became registered manager of Willowmere in 2021. We met her at the home.\n\n"
        "What did you find when you arrived?\n\n"
        "A home that had lost its confidence. I set out to change that.\n\n"
        "What are you planning for next year?\n\n"
        "I will keep going, and keep the nights covered by our own nurses.\n\n"
        '"Keep the nights covered by our own nurses, not agency staff, and the rest of it follows'
        f' from that, in my experience of three homes."{joint}Joanne Okafor\n\n'
        "How do you work with the NHS?\n\n"
        "Much better than we did. I asked the GP to come on Fridays too.\n\n"
        "Do you have any regrets?\n\nOnly that I did not start the night shifts sooner.\n"
    )
    got = [(t[:14], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    # hers, by its credit: not someone her answer before it quotes
    assert got[2] == ('"Keep the nigh', "provider", "Joanne Okafor")


def test_a_headline_s_full_name_before_a_colon_is_placed_by_the_piece_below() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "INTERVIEW\n\nRuth Calloway: 'We can't lead from County Hall'\n\n"
        "A shire county's director on rural home care and what she wants from ministers\n\n"
        "Ruth Calloway became director of adult social services at Westmarch County Council in "
        "2021. We met in a community centre in Hartsop.\n"
    )
    assert quoted(text, lexicon) == [
        ("'We can't lead from County Hall'", "director", "Ruth Calloway")
    ]


def test_a_name_met_before_is_found_behind_an_aside_or_a_time() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Sam, who has been a senior practitioner in the team for longer than I have, caught me"
        " in the kitchen. Priya joined us as a newly qualified social worker last summer.\n\n"
        "Two months in, Priya said to me in supervision: “I feel like I am always apologising"
        " to people.”\n\n"
        "At the end of the year we had a party. Sam, true to form, just said: “Told you we would"
        " survive you.”\n"
    )
    got = [(t[:10], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("“I feel li", "workforce", "Two months in, Priya"),
        ("“Told you ", "workforce", "Sam, true to form, just"),
    ]


@pytest.mark.parametrize(
    "cue",
    ["The council told us that", "The firm said it was", "The local authority said it was"],
)
def test_a_body_named_by_its_kind_speaks_in_writing(cue: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Marlowe House will close in March, leaving thirty residents to find new homes.\n\n"
        f"{cue} 'confident that every resident will be found a place nearby'.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document"]


@pytest.mark.parametrize(
    "cue",
    [
        "According to the programme specification, its leaders should be",
        "A regional ADASS peer challenge in 2023 said the council would benefit from",
        "The peer review team concluded that the council needed",
    ],
)
def test_a_specification_and_a_peer_challenge_are_documents(cue: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = f"The programme began in 2022.\n\n{cue} 'a clearer, shared narrative about where it is going'.\n"
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document"]


@pytest.mark.parametrize(
    "cue",
    [
        "A peer challenge in 2018 described relationships with providers as",
        "One council's letter to providers in March 2024 stated that",
        "The son of a woman who died in 2021 told us that the family had",
    ],
)
def test_a_past_tense_after_a_year_is_a_cue_verb(cue: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = f"{cue} 'transactional at best'. Things have changed since.\n"
    assert len(quoted(text, lexicon)) == 1


@pytest.mark.parametrize(
    ("cue", "role"),
    [
        ("The Network, which represents around 900 unpaid carers, argues that", "document"),
        ("Age Forward, which runs an advice line for older people, describes it as", "document"),
        ("The Trust, an independent body established to improve data, writes that", "document"),
        ("Our Voices Network, a coalition of user-led groups, wrote that", "document"),
        # a person in apposition, or at a body, is not the body
        ("Aisha Bello, a solicitor at the charity, said it was", "national"),
        ("Raj Chauhan, a member of our board and owner of a care home, said it was", "provider"),
    ],
)
def test_a_body_described_after_its_name_speaks_in_writing(cue: str, role: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        f"The inquiry closed in March.\n\n{cue} 'a system where nobody is in charge of anything'.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == [role]


@pytest.mark.parametrize("cue", ["She ends her submission:", "She closes her letter with a plea:"])
def test_what_she_wrote_is_hers(cue: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Ms Akhtar, who is disabled and employs three personal assistants through a direct"
        " payment, wrote to the committee in March.\n\n"
        f"{cue} 'Please do not write another report about us. Come and see us.'\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("user", "she")]


def test_a_clause_of_time_after_a_comma_has_its_own_speaker() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Campaigners point out that the home was rated good at its last inspection in 2023, when"
        ' inspectors described staff as "kind, patient and knowing people really well".\n'
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("document", "inspectors")]


def test_a_compact_the_partners_signed_commits_them() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "In 2022 the council, the integrated care board and the providers' forum signed a"
        " leadership compact. It is short – two pages – and commits the partners to 'share"
        " problems early, share data openly and never let a person fall between us'.\n"
    )
    # "It" is the compact (a document), the subject of the verb after "and" too
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("document", "It")]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "The 2021 white paper set out a ten-year vision in which 'people have choice, control"
            " and support to live independent lives'.",
            ["document"],
        ),
        (
            "The academy prospectus sets out its aim as 'to grow leaders for the whole system'.",
            ["document"],
        ),
        # a participle, and an infinitive, are no cue
        (
            "The risks are those set out in the annual report, which stated that 'retention of"
            " experienced home managers is the principal risk'.",
            ["document"],
        ),
        (
            "Pressed on when the Government would set out its plans, the minister said: 'The"
            " commission is doing its work and I will not pre-empt it.'",
            ["national"],
        ),
    ],
)
def test_what_a_publication_sets_out_is_its_words(sentence: str, roles: list[str]) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    assert [r for _, r, _ in quoted(f"Chapter 2\n\n{sentence}\n", lexicon)] == roles


@pytest.mark.parametrize(
    "intro",
    [
        "I spent a day with a care worker called Marion who had been with the council for years.",
        "Marion, one of my senior carers, has worked at Larchfield House for eleven years.",
        "Marion, whose mother has lived with us for three years, told me about the summer.",
    ],
)
def test_a_name_a_post_goes_by_or_one_of_a_group(intro: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = f"{intro}\n\n'I hope whoever buys us knows what they are buying,' Marion said.\n"
    role = "user" if "mother" in intro else "workforce"  # a relative of someone in care
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [(role, "Marion")]


MINUTES_WITH_INITIALS = """WESTMERE INDEPENDENT CARE PROVIDERS' FORUM

Present: JM Julie Marsden (Chair) Managing Director, Marsden Home Care Ltd AK Amir Khalid \
Registered Manager, Brightwell Care (home care) BA Blessing Adeyinka Senior Care Worker, \
Brightwell Care HO Helen Osei Discharge and Flow Lead, Westmere and Harbourne ICB

In attendance for item 3: RB Rachel Bannister Assistant Director, Commissioning and Market \
Shaping, Westmere County Council

3. MARKET SHAPING

RB said: 'I am not going to stand here and tell you the fee uplift is enough.'

AK said: 'Brightwell will be handing back two rural rounds.'

BA said: 'Half the carers in this county were born overseas.' HO said: 'We have 46 people \
in Westmere General today who are fit to leave.'
"""


def test_minutes_call_people_by_the_initials_their_attendance_list_gives() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    got = [r for _, r, _ in quoted(MINUTES_WITH_INITIALS, lexicon)]
    assert got == ["director", "provider", "workforce", "nhs"]


def test_a_name_with_two_verbs_before_and_said_is_the_speaker() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Joy, one of my senior carers, has worked at Larchfield House for eleven years.\n\n"
        "Last month Joy sat down in my office, shut the door, and said: 'I love this job, but I"
        " can earn more at the supermarket.'\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("workforce", "Joy")]


@pytest.mark.parametrize(
    ("cue", "role"),
    [
        # a message to the meeting is its sender's own words
        ("JM read out a message from Cllr Hollis, who had sent apologies:", "political"),
        # one sent to the reader, which they relay, is second-hand
        ("Ms Cole then read from an email sent to her by a care worker:", "other"),
    ],
)
def test_a_message_read_out_to_a_meeting_is_its_senders(cue: str, role: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = f"1. WELCOME\n\n{cue}\n\n'I am sorry not to be with you today. Thank you all.'\n"
    assert [r for _, r, _ in quoted(text, lexicon)] == [role]


def test_an_nhs_director_is_the_nhs() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "'The pandemic did more for integration in twelve weeks than ten years of pooled"
        " budgets,' says one NHS director of strategy. He adds: 'The question is whether it"
        " survives the winter.'\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs", "nhs"]


def test_a_credit_lines_year_is_when_not_who() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Leadership from the floor\n\nRuth Adebayo-Lind\n\n"
        "‘The people who know most about care are the people with the least say over it.’\n"
        "– Member of the Larkfield families’ council, 2019\n\n"
        "I ran care homes for twenty years before I ran the company that owned them.\n"
    )
    assert quoted(text, lexicon)[0][1:] == ("user", "Member of the Larkfield families’ council")


def test_a_trailing_cue_reads_past_a_plural_possessive() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "‘Most of the carers I meet have been caring for years,’ says Aisha Begum, one of our"
        " carers’ support workers. ‘Nobody told them there was help.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("workforce", "Aisha Begum, one of our carers’ support workers"),
        ("workforce", None),  # she goes on
    ]


def test_in_the_words_of_one_reads_the_group_before_it_and_trails_a_quotation() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Views of national leadership were far less positive. Directors described a government"
        " that, in the words of one, ‘discovered social care in about April 2020 and lost"
        " interest again by the autumn’.\n\n"
        "Several interviewees noted that the fund was short-term and came ‘with more strings"
        " than a harp’, in the words of one provider. Others disagreed.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "one"),
        ("provider", "one provider"),
    ]


@pytest.mark.parametrize(
    ("survey", "role"),
    [
        ("In our 2023 carers’ survey, 1,106 carers told us about their experience.", "user"),
        ("A survey of 412 registered managers found most were exhausted.", "provider"),
        ("In the survey, 212 social workers told us how their week had changed.", "workforce"),
        # a survey of people the lexicon cannot place places no one
        ("In our spring survey, 300 people told us about their week.", "interviewee"),
    ],
)
def test_a_respondent_is_one_of_the_people_the_survey_just_reported_asked(
    survey: str, role: str
) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        f"{survey} Satisfaction rose a little.\n\n"
        "One respondent wrote:\n\n“Nobody has asked me what would help in eleven years.”\n\n"
        "Another was less positive:\n\n“Everything is booked months ahead.”\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == [role, role]


def test_a_papers_authors_are_its_words_and_a_co_author_a_person() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Ten years ago the authors wrote that 'responsibility for adult social care is spread"
        " thin across many bodies'.\n\n"
        "Co-author Dr Tom Ellery, senior lecturer in social policy at the University of Kent,"
        " said: 'Managers told us they support regulation.'\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["document", "national"]


def test_a_name_then_what_they_did_first_is_the_speaker() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "On the first morning our director, Paula Greenaway, came in to talk to us. Instead"
        " Paula perched on the edge of a table, no notes, and said:\n\n"
        "“The most important thing you will do as a manager is listen.”\n\n"
        "Later our principal social worker, Gwen Talbot, joined us. When the team asked what"
        " she wanted from them, Gwen smiled and said: “Go home on time, and keep your cases"
        " where they belong.”\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("director", "Paula perched on the edge of a table, no"),
        ("workforce", "Gwen smiled and"),
    ]


def test_a_post_a_pronoun_now_holds_places_a_later_he_says(lexicon: RoleLexicon) -> None:
    text = (
        "From senior carer to registered manager\n\n"
        "Raj Sandhu was one of the academy's first graduates. He became registered manager of"
        " The Willows, a residential home in Kendal, in March.\n\n"
        "“A year ago I'd have said I was ready. I wasn't,” he says.\n\n"
        "Grace Mensah, a senior care worker in a nursing home, came to the UK in 2021. She had"
        " been a ward manager in Accra.\n\n"
        "“I managed a team of twenty nurses at home,” she says.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "workforce"]


def test_a_post_then_is_and_a_name_names_its_holder(lexicon: RoleLexicon) -> None:
    text = (
        "One of those senior carers is Lacey Whitmore, 29, who joined the home at 19.\n\n"
        "“I never saw myself as a manager,” says Whitmore, who left school at sixteen.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("workforce", "Whitmore, who left school at sixteen")
    ]


def test_a_debate_speech_labelled_on_its_own_line_is_the_members(lexicon: RoleLexicon) -> None:
    text = (
        "Mrs Helen Marsh (Stourfield) (Con): I beg to move, That this House has considered"
        " adult social care.\n\n"
        "Daniel Okafor (Calder Ridge) (Lab): I am grateful to the hon. Lady for giving way.\n\n"
        "Mrs Marsh: The hon. Gentleman makes an important point.\n\n"
        "Daniel Okafor: Does she agree that councils cannot wait?\n\n"
        "The Minister for Care (Rachel Oyelaran): It is a pleasure to respond to this debate.\n\n"
        "Mrs Marsh: What will change for carers this year?\n\n"
        "Rachel Oyelaran: From April the earnings limit will rise.\n"
    )
    assert [(q[:12], r) for q, r, _ in quoted(text, lexicon)] == [
        ("I beg to mov", "political"),
        ("I am gratefu", "political"),
        ("The hon. Gen", "political"),
        ("Does she agr", "political"),
        ("It is a plea", "national"),
        ("What will ch", "political"),
        ("From April t", "national"),
    ]


def test_a_statement_with_each_member_heard_once_is_a_debate(lexicon: RoleLexicon) -> None:
    # a minister's statement: each member asks once, by seat and party; the minister answers each,
    # first under the post and her name, then under the name; a member's speech runs on over its
    # paragraphs, and the sentence introducing a report's words is their cue
    text = (
        "The Minister for Care (Clare Lee): With permission, I will make a statement on leadership"
        " in adult social care and on the people who lead it.\n\n"
        "I commend this statement to the House and to everyone who works in care.\n\n"
        "Mark Pell (Fenby West) (Con): I thank the Minister for advance sight of her statement."
        " When the Committee looked at this last year, our report concluded that\n\n"
        "“the influence of adult social care remains highly variable across the country”.\n\n"
        "Will the Minister set out how she will act on that finding this year?\n\n"
        "Clare Lee: I thank the hon. Gentleman for his question, and I will act on it.\n\n"
        "Dr Ann Raikes (Dunmere) (Lab): I welcome the statement and its commitment to carers.\n\n"
        "Clare Lee: I thank my hon. Friend, who chairs the Committee with great skill.\n\n"
        "Helena March (Calder Vale) (LD): Unpaid carers are the largest part of the workforce,"
        " and they are too often forgotten.\n\n"
        "Clare Lee: The hon. Member makes an important point, and I am grateful for it.\n\n"
        "Sir Geoffrey Mann (Fenby South) (Con): The largest provider in my seat is a charity that"
        " has run homes for sixty years.\n\n"
        "Clare Lee: The right hon. Gentleman raises a serious point about the charity's future.\n"
    )
    assert [(q[:12], r) for q, r, _ in quoted(text, lexicon)] == [
        ("With permiss", "national"),
        ("I commend th", "national"),
        ("I thank the ", "political"),
        ("“the influen", "document"),
        ("Will the Min", "political"),
        ("I thank the ", "national"),
        ("I welcome th", "political"),
        ("I thank my h", "national"),
        ("Unpaid carer", "political"),
        ("The hon. Mem", "national"),
        ("The largest ", "political"),
        ("The right ho", "national"),
    ]


def test_what_a_body_does_places_the_post_a_host_introduces(lexicon: RoleLexicon) -> None:
    text = (
        "MARION ACHEBE: Good afternoon, everyone. I've got two panellists. Gareth Lowe is director"
        " of adult social services at Kelbrook. And Tom Fairweather is chief executive of"
        " Hearthstone Support, which runs supported living services across the North West."
        " Gareth, you're first.\n\n"
        "GARETH LOWE: Thanks, Marion. It looks like a lot of listening, and more than before.\n\n"
        "MARION ACHEBE: Thank you. How does it look from where you sit?\n\n"
        "TOM FAIRWEATHER: Thanks, Marion. I'd say we are where co-production happens or not.\n\n"
        "GARETH LOWE: I agree with Tom on that, and I would add that councils must listen.\n\n"
        "TOM FAIRWEATHER: Can I add one thing, Marion? Our best insight comes from staff.\n"
    )
    assert [(s, r) for _, r, s in quoted(text, lexicon) if s != "MARION ACHEBE"] == [
        ("GARETH LOWE", "director"),
        ("TOM FAIRWEATHER", "provider"),
        ("GARETH LOWE", "director"),
        ("TOM FAIRWEATHER", "provider"),
    ]


def test_a_line_announcing_words_as_given_makes_the_block_a_quotation(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "3.3 The risk was not unknown. The council’s own ‘Market Sustainability Plan 2023–25’,"
        " published in March 2023, had identified it in plain terms:\n\n"
        "The concentration of older people’s nursing capacity in the north of the county in a"
        " single provider is a material risk to the sustainability of the market.\n\n"
        "3.4 Carers Voice Wexcombe, a local charity, submitted a short written response to our"
        " interim findings in early 2024. Its conclusion is worth quoting in full:\n\n"
        "We welcome the council’s commitment to listening, and many of our members have noticed"
        " the difference. But listening is not the same as acting.\n\n"
        "3.5 The review made three recommendations:\n\n"
        "The council should publish its market position statement every year.\n"
    )
    assert [(q[:16], r) for q, r, _ in quoted(text, lexicon)] == [
        ("The concentratio", "document"),
        ("We welcome the c", "document"),
    ]


def test_a_table_of_prefixes_closed_up_into_a_line_places_the_codes(lexicon: RoleLexicon) -> None:
    # the copy lost the table's line breaks: header and rows run on as one line of prose
    text = (
        "Quotations are attributed using the codes in Table 1. Quotations from focus groups are"
        " attributed to the group (for example FG3).\n\n"
        "Table 1: Participant codes Code Participant group Interviews SL Senior leaders (directors"
        " and assistant directors) 4 EM Elected members 2 TM Team managers 9 P People who draw on"
        " care 18 C Unpaid carers 7 FG Focus groups (mixed) 9 groups Ethical approval was granted"
        " by the University Research Ethics Committee.\n\n"
        "One man who had been assessed twice described the second assessment as ‘the first time"
        " anyone asked me what I wanted rather than what was wrong with me’ (P3).\n\n"
        "One described it as a move from gatekeeping to coaching:\n\n"
        "Before, my job was basically to say no in a nice way. Now it is to find out what matters"
        " to the person. (TM2)\n\n"
        "In one of our final focus groups a participant summed up the anxiety that many shared:\n\n"
        "We’ve built something really good and it’s balanced on a handful of people. (FG8)\n"
    )
    assert [(s, r) for _, r, s in quoted(text, lexicon)] == [
        ("P3", "user"),
        ("TM2", "workforce"),
        ("In one of our final focus groups a participant", "interviewee"),
    ]


def test_a_presenter_telling_a_caller_what_they_used_to_do_places_them(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Presenter:      Gareth Pryor\n\n"
        "GARETH: Now, someone who knows how this looks from the inside. Graham is in Dunmere, and"
        " I'm told, Graham, that you used to run adult social services in a neighbouring county?\n\n"
        "GRAHAM (DUNMERE): I did, Gareth, for nine years, I retired in 2022. And I've been getting"
        " crosser and crosser listening to your callers.\n\n"
        "GARETH: What would you have done differently?\n\n"
        "GRAHAM: I'd have shouted louder, earlier. Directors are public servants.\n\n"
        "GARETH: Thank you, Graham. Michelle, is that any help?\n\n"
        "MICHELLE: It is, actually. I'll ask for the social worker in writing.\n"
    )
    assert [(s, r) for _, r, s in quoted(text, lexicon) if s != "MICHELLE"] == [
        ("GRAHAM (DUNMERE)", "director"),
        ("GRAHAM", "director"),
    ]


def test_a_title_s_gender_keeps_a_he_off_a_woman_named_by_a_man_s_surname(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "“Nobody told us we had a choice,” said Mr Pearce, 58, a lorry driver from Ashby Cross."
        " “We were handed a form in a hospital corridor and told to sign it.”\n\n"
        "The owner of Elmhurst House, Rajesh Kapoor, said the home had acted properly.\n\n"
        "“Our fees were set out in writing from the first day,” said Mr Kapoor, whose company,"
        " Kapoor Care Ltd, runs three homes in the Wexcombe area.\n\n"
        "He said the council’s standard rate was “nowhere near” what it cost to look after someone"
        " like Mrs Pearce.\n\n"
        "“Our costs have gone up by a third in three years,” he added.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == [
        "user",
        "user",
        "provider",
        "provider",
        "provider",
    ]


def test_a_relative_clause_of_place_names_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "Last week I visited a home care agency in Leeds, where a care worker called Janice, who"
        " has been doing the job for 23 years, said to me: “Nobody ever asks us what would make"
        " the job better.”\n\n"
        "A woman with a long-term neurological condition said the assessor “asked what mattered"
        " to me”.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["workforce", "user"]


def test_a_survey_respondent_is_one_of_the_people_the_document_surveyed(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "This chapter draws on interviews in 19 agencies and on our online survey of registered"
        " managers (n=212).\n\n"
        + "Commissioners described the market in different terms. "
        * 12
        + "\n\nOne survey respondent wrote: ‘We are expected to be experts in employment law.’\n\n"
        "One respondent added: ‘Nobody trains you for it.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "interviewee"]


def test_another_follows_the_person_whose_words_the_narrative_reported_last(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "At one event a director told us: ‘We have stopped waiting for the government.’\n\n"
        "We heard this echoed by managers. A home care manager from the Midlands told us that"
        " she had not had supervision for more than a year. Another, at the same event, added:"
        " ‘There’s nobody leading you.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["director", "provider"]


def test_a_fronted_place_or_topic_is_not_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "On our visit to an integrated care board in the South West, its director of strategy"
        " told us: ‘When we set the ICB up, social care was an afterthought.’\n\n"
        "Professor Jane Whitfield, chair of the Forum of Care Providers, welcomed the review.\n\n"
        "On the long-term future of care, Professor Whitfield said the commission must not"
        " become ‘another report that sits on a shelf’.\n\n"
        "In written evidence, the Care Provider Alliance said the levy was ‘introduced without"
        " any corresponding uplift’.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs", "provider", "document"]


def test_one_with_a_post_in_apposition_speaks_the_block_after(lexicon: RoleLexicon) -> None:
    text = (
        "I asked directors to describe their job. Most laughed. One, a director in a large shire"
        " county who has been in post for six years, thought for a long time before answering."
        "\n\n“Honestly? We are the glue that nobody sees.”\n\n"
        "The carer now does the drink at teatime.\n\n“It's the little things.”\n"
    )
    # the carer is described, not introduced: the director's words go on
    assert [r for _, r, _ in quoted(text, lexicon)] == ["director", "director"]


def test_a_publication_quoted_inside_a_turn_after_that_is_the_document(
    lexicon: RoleLexicon,
) -> None:
    turns = (
        "HELEN MARSH: Welcome, everybody. Femi, you first.\n\n"
        "FEMI ADEYEMI: When the inspectors came last spring the report said that 'leaders had"
        " created an open culture in which staff felt able to speak up', and my deputy told me"
        " that 'this is what we're for', which I keep coming back to.\n\n"
        "HELEN MARSH: Thank you. Gareth?\n\n"
        "GARETH LOWE: We are further behind than that, if I'm honest.\n\n"
        "FEMI ADEYEMI: I'd agree with Gareth on most of it.\n"
    )
    found = [(q.strip("'")[:14], r) for q, r, _ in quoted(turns, lexicon)]
    assert ("leaders had cr", "document") in found
    assert not any(q.startswith("this is what") for q, _ in found)  # reported: still Femi's turn


def test_a_name_that_runs_or_owns_homes_is_one_provider(lexicon: RoleLexicon) -> None:
    text = (
        "Cllr Rachel Osei, cabinet member for adult social care, says: ‘Nadia has never"
        " pretended the money is there.’\n\n"
        "Gareth Pryce runs a family-owned group of three nursing homes in the south of the"
        " county. ‘We don’t always agree,’ he says.\n\n"
        "In a converted vicarage outside Maidstone, Kwame Asante is showing me the new sluice"
        " room. Asante, 58, trained as a nurse in Kumasi and came to the UK in 1994; he now owns"
        " three care homes in Kent.\n\n‘I have met four care ministers,’ he says.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political", "provider", "provider"]


def test_a_place_name_joined_into_a_bodys_name_is_no_person_met_before(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Councillor Jo Hartley, cabinet member for adult social care, says: ‘We will not cut"
        " the carers' grant.’\n\n"
        "Dr Imran Qureshi, chief executive of Hartley and Vale Integrated Care Board, describes"
        " the joint discharge hub as one team. ‘We argued about plenty,’ he says.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political", "nhs"]


def test_a_relative_named_after_the_relation_is_that_person(lexicon: RoleLexicon) -> None:
    text = (
        "We spoke twice with Leonard's daughter, Carol, and once with his son, Kieran; and read"
        " the agencies' reports.\n\n"
        + "The agencies' records were incomplete. " * 20
        + "\n\n‘He fell through every gap there was,’ said Kieran.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user"]


def test_asks_with_a_colon_introduces_the_askers_words(lexicon: RoleLexicon) -> None:
    text = (
        "The first question is from Sam in Leeds, who's a registered manager at a home care"
        ' agency. Sam asks: "Angela talked about leading through relationships. What happens'
        ' when they leave?"\n\n'
        "Amy Chadwick, a care worker with a home care agency in Bolton, drew the loudest applause"
        ' of the morning when she asked: "When is the pay going to say it?"\n\n'
        'The union asked the council to "think again" about the cuts.\n'
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "workforce"]


def test_asks_introduces_words_past_whom_and_how_it_asks(lexicon: RoleLexicon) -> None:
    # "asked me," and "asked, quite reasonably," run to the words as "asked," does; "asked the
    # council to" is a request
    texts = [
        "When I told my team about the plan, one registered manager asked, quite reasonably,"
        ' "Who is going to read the submissions on a Friday?"\n',
        "Six people came. The sixth, a care worker from a local agency, asked me,"
        ' "Is this the job where you just sit and chat?"\n',
        "One carer asked me quietly: 'Will you still be here next year?'\n",
        "The union asked the council, again, to 'think again' about the cuts.\n",
    ]
    assert [[(r, s) for _, r, s in quoted(t, lexicon)] for t in texts] == [
        [("provider", "one registered manager")],
        [("workforce", "The sixth, a care worker from a local agency")],
        [("user", "One carer")],
        [],
    ]


def test_the_subject_of_what_someone_said_is_the_speaker(lexicon: RoleLexicon) -> None:
    # "What he said next" is his; "What I rarely see is a council saying" is no "I"'s
    text = (
        "I sat at a kitchen table with a man called Graham. He has looked after his wife since"
        " she was diagnosed with dementia.\n\nWhat he said next has stayed with me:\n\n"
        "\u201cPeople keep telling me about the care system. There isn\u2019t one.\u201d\n\n"
        "What one director told us was stark: \u201cWe are out of money.\u201d\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("user", "he"),
        ("director", "one director"),
    ]


def test_a_named_person_at_a_body_quoted_in_a_turn_is_that_person(lexicon: RoleLexicon) -> None:
    text = (
        "Yvonne Tranter (00:17:16):\n\nLovely. Right, I want to get to the NHS. Aled Morgan, who"
        ' is a deputy director of commissioning at an ICB in the Midlands, asks: "What would'
        ' help most to make the ICB and council relationship feel like a partnership?" Sunil.\n\n'
        "Sunil Rao (00:17:40):\n\nHonestly, shared money. We pooled a budget last year.\n\n"
        "Yvonne Tranter (00:18:30):\n\nThank you. Anyone else?\n\n"
        "Sunil Rao (00:18:45):\n\nOnly that it takes time.\n"
    )
    roles = {q.strip('"')[:12]: r for q, r, _ in quoted(text, lexicon)}
    assert roles["What would h"] == "nhs"


def test_a_titled_judge_whose_judgment_is_quoted_is_the_she_who_adds(
    lexicon: RoleLexicon,
) -> None:
    # the judgment is a document, but Mrs Justice Farrant is a person: "She added" is hers, and
    # the councillor quoted before her stays a "he"
    text = (
        "Cllr Martin Rees, the cabinet member for adult social care, told the meeting that the"
        ' policy would "bring Ashcombe into line".\n\n'
        "But in her judgment, Mrs Justice Farrant said:\n\n"
        '"Treating everyone the same is not, in this context, the same as treating everyone'
        ' fairly."\n\n'
        'She added that it was "not for this court to decide what level of charge is'
        ' appropriate", but said the council had to decide lawfully.\n\n'
        'Cllr Rees said: "Obviously I\'m disappointed with the outcome."\n\n'
        'He added: "The financial pressures on this council are real."\n'
    )
    assert [(q[1:13], r) for q, r, _ in quoted(text, lexicon)] == [
        ("bring Ashcom", "political"),
        ("Treating eve", "document"),
        ("not for this", "document"),
        ("Obviously I'", "political"),
        ("The financia", "political"),
    ]


def test_a_minuted_items_number_is_not_part_of_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "Present: Ms F Haldane (Corporate Director, Adult Social Care and Health).\n\n"
        "(5) In response, Ms Haldane said that, with hindsight, the 2022 restructure had"
        " “created more handoffs than it removed”.\n\n"
        "d) Cllr Walsh said the council would “look again at the contract”.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("director", "Ms Haldane"),
        ("political", "Cllr Walsh"),
    ]


def test_an_evidence_sessions_last_witness_and_a_members_reported_evidence(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Witnesses: Karen Holt, Registered Manager, Ashdown Lodge Care Home; Dr Aisha Bello,"
        " Director of Workforce Development, Skills for Care.\n\n"
        "Q1 Chair: Good morning. Could each of you tell us the biggest issue you face?\n\n"
        "Karen Holt: Pay. We cannot pay people what the job is worth.\n\n"
        "Dr Aisha Bello: A workforce plan with funding attached to it.\n\n"
        "Q2 Priya Desai: Skills for Care told us in its written evidence that there is still"
        " “no consistent route from entry level to registered manager”. Is that fair?\n\n"
        "Dr Aisha Bello: It is fair, and we are working on it.\n\n"
        "Karen Holt: My seniors would agree.\n"
    )
    got = [(q[:12], r, s) for q, r, s in quoted(text, lexicon)]
    assert got == [
        ("Good morning", "political", "Chair"),
        ("Pay. We cann", "provider", "Karen Holt"),
        # the stop closing the list of witnesses does not hide the last one's body
        ("A workforce ", "national", "Dr Aisha Bello"),
        # the evidence a member reports in a "that" clause is the publication's, and the
        # sentence reporting it narrative
        ("“no consiste", "document", "Skills for Care"),
        ("Is that fair", "political", "Priya Desai"),
        ("It is fair, ", "national", "Dr Aisha Bello"),
        ("My seniors w", "provider", "Karen Holt"),
    ]


def test_guests_a_host_introduces_by_name_and_post_speak_under_their_first_names(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Sam Whitlock: Hello and welcome to Leading Care. Today I've got two guests. Graham"
        " Etheridge was director of adult social services in two councils, and now works as a"
        " consultant. And Funmi Adeyemi is the registered manager of Larchfield, a supported"
        " living service. Graham, what do you remember about your first week?\n\n"
        "Graham: Terror, mainly. I had been an assistant director for three years.\n\n"
        "Sam: So, Funmi, your route into management was very different?\n\n"
        "Funmi: Completely. I started as a support worker when I was nineteen.\n\n"
        "Graham: That is the route I would like to see more of.\n\n"
        "Funmi: It took me ten years, and it was worth it.\n"
    )
    got = [(q[:12], r) for q, r, _ in quoted(text, lexicon) if not q.startswith("Hello")]
    assert got == [
        ("Terror, main", "director"),
        ("So, Funmi, y", "other"),
        ("Completely. ", "provider"),
        ("That is the ", "director"),
        ("It took me t", "provider"),
    ]


def test_a_guest_the_host_introduces_by_the_business_they_own_or_run(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Tom Ashworth: Hello and welcome to Leading Care. Sunita Rahman is director of adult"
        " social services in Fenmoor. Gareth Pryce owns and manages a nursing home in Ludbridge."
        " Sunita, what does leadership mean?\n\n"
        "Sunita Rahman: Mostly people like me, and that is the problem.\n\n"
        "Tom Ashworth: Gareth, what does it look like on a Tuesday at Bramblegate?\n\n"
        "Gareth Pryce: On a Tuesday? It looks like me unblocking a sluice at half seven.\n\n"
        "Sunita Rahman: I recognise that.\n\n"
        "Gareth Pryce: Then come on a Tuesday.\n"
    )
    got = [(q[:12], r) for q, r, _ in quoted(text, lexicon) if not q.startswith("Hello")]
    assert got == [
        ("Mostly peopl", "director"),
        ("Gareth, what", "other"),
        # by what the host's opening said he owns and manages, as the lexicon's phrase reads it
        ("On a Tuesday", "provider"),
        ("I recognise ", "director"),
        ("Then come on", "provider"),
    ]


def test_minutes_whose_attendance_table_ran_into_one_paragraph(lexicon: RoleLexicon) -> None:
    text = (
        "Severnmoor Integrated Care Partnership\n\n"
        "Present:\n"
        "Cllr Andrew Lister Leader, Severnmoor County Council (Chair)\n"
        "Dr Sunil Raman Chief Executive, NHS Severnmoor Integrated Care Board\n"
        "Claire Hollis Executive Director of Adult Social Care (DASS), Severnmoor County\n"
        "Council\n"
        "Mark Devlin Chief Executive, Severnmoor Care Association\n\n"
        "3.5 Dr Raman said: 'If you count them, six organisations touched Neil's discharge.'\n\n"
        "3.6 Ms Hollis said: 'Discharge to assess is working for most people.'\n\n"
        "3.7 Mr Devlin said: 'Providers were told on the Friday.'\n\n"
        "3.8 The Chair said: 'What we have just heard is the system as people live it.'\n"
    )
    # the names and posts of the table's rows, and the row it calls "(Chair)"
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs", "director", "provider", "political"]


def test_words_a_speaker_remembers_someone_saying_are_second_hand(lexicon: RoleLexicon) -> None:
    text = (
        "Sam: Welcome. Graham Etheridge is a former director of adult social services.\n\n"
        "Graham: Terror, mainly. I remember the chief executive coming into my office, sitting"
        ' down and saying, "Nobody is going to thank you for fixing this." He was right.\n\n'
        "Sam: And what did you tell your own new managers?\n\n"
        'Graham: I said to them, "You will be fine." And they were.\n'
    )
    got = [(q[:12], r, s) for q, r, s in quoted(text, lexicon) if not q.startswith(("Welc", "And"))]
    assert got == [
        ("Terror, main", "director", "Graham"),
        # the chief executive's words, which Graham remembers: second-hand
        ('"Nobody is g', "other", "the chief executive coming into my office, sitting down and"),
        ("He was right", "director", "Graham"),
        # his own words to them stay his
        ("I said to th", "director", "Graham"),
    ]


def test_a_parents_habitual_saying_is_second_hand(lexicon: RoleLexicon) -> None:
    text = (
        "Sandra Okafor, a carer for her husband, chairs the carers' forum.\n\n"
        "Her mother used to tell her: 'Everyone in that home is somebody's whole world.'\n\n"
        "'We keep that in mind at every meeting,' Okafor says.\n\n"
        "Her manager always says: 'Ask the family first.'\n"
    )
    got = [(q[1:13], r, s) for q, r, s in quoted(text, lexicon)]
    assert got == [
        # remembered words of someone the text places nowhere: second-hand, not a family carer's
        ("Everyone in ", "other", "Her mother"),
        ("We keep that", "user", "Okafor"),
        # "always" is no part of who speaks
        ("Ask the fami", got[-1][1], "Her manager"),
    ]


def test_a_publications_words_that_no_speech_verb_introduces(lexicon: RoleLexicon) -> None:
    text = (
        "NHS England's planning guidance for this year asks systems to 'work with local"
        " authority partners to reduce delayed discharges across the whole pathway'.\n\n"
        "The Committee's central conclusion was that 'no single person or body in government"
        " is accountable for adult social care as a system'.\n\n"
        "The minutes of the September meeting record that Colin Waite, Non-Executive Director"
        " of the trust, asked 'whether the Board is sufficiently sighted on the harm to"
        " patients'.\n\n"
        "Too many providers are caught in a 'race to the bottom' on fees.\n"
    )
    got = [(q[1:13], r, s) for q, r, s in quoted(text, lexicon)]
    # the guidance's and the report's words; not the minutes' words, which give a person's
    assert got[:2] == [
        ("work with lo", "document", "NHS England's planning guidance"),
        ("no single pe", "document", "conclusion"),
    ]
    # (the minutes' sentence names a person, so the rule leaves his words where they were: in the
    # narrative, as a lower-case phrase with no cue)
    assert [q for q, _, _ in got if q.startswith("whether")] == []
    assert "race to the" not in [q for q, _, _ in got]  # a short phrase is the authors' own


def test_staff_are_never_the_she_who_speaks(lexicon: RoleLexicon) -> None:
    text = (
        "The council's cabinet member for adult social care, Cllr Ann Hale, said the service was"
        " ‘a training ground for the whole borough’, with independent agencies sending new staff"
        " to shadow its reablement team. ‘We’re not trying to compete with our providers,’ she"
        " said.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political", "political"]


def test_a_name_after_its_post_is_found_when_double_barrelled_or_after_the_posts_remit(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Care minister Joanne Pryce-Ellis spoke first at the summit in Leeds on Tuesday.\n\n"
        "She was warmly received. “We will act on this,” Pryce-Ellis said.\n\n"
        "Chief social worker for adults Matthew Ogunleye opens the afternoon session.\n\n"
        "“Principal social workers are the bridge to the front line,” Ogunleye says.\n\n"
        "Councillors have been questioning Ms Marsh about the savings for months.\n\n"
        "“The savings are not cuts,” Marsh said.\n"
    )
    assert [(q[1:13], r) for q, r, _ in quoted(text, lexicon)] == [
        ("We will act ", "national"),
        ("Principal so", "national"),
        ("The savings ", "interviewee"),  # "Councillors have been questioning": no post of hers
    ]


def test_a_name_quoted_before_the_text_says_who_they_are_takes_the_role_given_later(
    lexicon: RoleLexicon,
) -> None:
    # a live blog, the latest update first: the panel is introduced below their words
    text = (
        "11:40\n\n"
        "“It is the first time I have seen a director and our chief operating officer on the same"
        " side of the table,” Achterberg says. “We pooled the discharge budget,” he adds.\n\n"
        "11:05\n\n"
        "We are into the first panel. On the panel are Lorraine Abbot, chief executive of"
        " Meadowvale Care Group; Dr Simon Achterberg, chief executive of Mid Mercia Integrated"
        " Care Board; and Beth Harrington, who draws on care and support.\n"
    )
    assert [(q[1:13], r) for q, r, _ in quoted(text, lexicon)] == [
        ("It is the fi", "nhs"),
        ("We pooled th", "nhs"),
    ]


def test_a_body_said_in_its_submission_whoever_its_which_clause_names(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The Westmarch Care Association, which represents around 140 care homes and home care"
        " agencies in the county, said in its written submission: ‘The Association welcomes"
        " the Council's recognition of the role of providers.’\n\n"
        "A manager, who runs two care homes in the county, said in a statement: ‘We were not"
        " consulted.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "document",  # the body's written words: its members are not its kind
        "provider",  # a person named by their role speaks as themselves whatever the medium
    ]


def test_leaders_at_a_body_speak_as_people_not_as_its_statement(lexicon: RoleLexicon) -> None:
    text = (
        "Arrangements for hospital discharge had improved after a joint hub opened in 2024."
        ' Leaders from the integrated care board told us the hub was "the single most important'
        ' thing we have done together in the last three years".\n'
    )
    assert [(q[1:13], r) for q, r, _ in quoted(text, lexicon)] == [("the single m", "nhs")]


def test_leaders_no_body_names_are_the_leaders_of_the_body_the_document_is_about(
    lexicon: RoleLexicon,
) -> None:
    assessment = (
        "Hollingbury County Council: local authority assessment\n\n"
        "The local authority had a clear strategy, and the local authority's partners knew it."
        " The local authority worked with the Care Quality Commission on its improvement plan."
        " Staff said the local authority was a good employer, and the local authority's"
        " scrutiny committee had followed the plan closely.\n\n"
        'Leaders told us, "We know where our gaps are, and we have a plan to close them."\n\n'
        'One senior leader said, "The restructure gave us clearer lines of accountability."\n'
    )
    assert [r for _, r, _ in quoted(assessment, lexicon)] == ["director", "director"]
    # a document about many bodies: its leaders are not any one body's
    roundtable = (
        "The roundtable brought together the local authority, the Care Quality Commission,"
        " an integrated care board, Skills for Care and the National Care Forum.\n\n"
        'Leaders told us, "We know where our gaps are, and we have a plan to close them."\n'
    )
    assert [r for _, r, _ in quoted(roundtable, lexicon)] == ["interviewee"]


def test_a_member_of_the_board_is_of_the_board_the_text_last_named(lexicon: RoleLexicon) -> None:
    def roles(opening: str) -> list[str]:
        text = (
            f"{opening}\n\n"
            "A member of the board told us, “We are listened to, and more importantly we get"
            " told what happened next.”\n"
        )
        return [r for _, r, _ in quoted(text, lexicon)]

    assert roles(
        "The council had an established Making It Real board of people who draw on care and"
        " unpaid carers, which had co-produced the carers' strategy."
    ) == ["user"]
    assert roles("The council met the integrated care board every month.") == ["nhs"]
    assert roles("The council met its partners every month.") == ["interviewee"]  # no board named


def test_a_caption_over_a_labelled_turn_gives_the_labels_post(lexicon: RoleLexicon) -> None:
    text = (
        "REPORTER (VO): Sandeep Gill runs one of the city's biggest agencies.\n\n"
        "CAPTION: SANDEEP GILL, MANAGING DIRECTOR, GILL HOMECARE\n\n"
        "SANDEEP GILL: We've got a waiting list of our own now.\n\n"
        "REPORTER (OOV): Why can't you recruit?\n\n"
        "GILL: Because the supermarket down the road pays more.\n\n"
        "REPORTER (VO): One of those carers is Kerry Ashdown.\n\n"
        "CAPTION: KERRY ASHDOWN, CARE WORKER\n\n"
        "KERRY: I've got fifteen minutes with Frank.\n\n"
        "REPORTER (VO): Councils across the region say the same.\n\n"
        "CAPTION: DR RUTH ADEYEMI, REGIONAL CHAIR, ADASS\n\n"
        "DR RUTH ADEYEMI: Demand is going up and the money has not kept pace.\n\n"
        "ADEYEMI: That needs a decision in Whitehall.\n"
    )
    got = [(t[:8], role) for t, role, _ in quoted(text, lexicon) if not t.startswith("Why")]
    assert got == [
        ("We've go", "provider"),
        ("Because ", "provider"),
        ("I've got", "workforce"),  # not a carer in the family: the caption says who
        ("Demand i", "director"),  # a post at the association, not its statement
        ("That nee", "director"),
    ]


def test_a_credit_after_a_dash_may_open_in_lower_case(lexicon: RoleLexicon) -> None:
    text = (
        "Almost every event produced warm words for individual care workers.\n\n"
        "“The girl who comes to us is paid less than the lad on the till.”\n"
        "— wife and carer, Norfolk\n\n"
        "“We get a different face every week. You can’t build trust with a rota.”\n"
        "— person who draws on care, Bristol\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


def test_an_acronym_before_the_post_it_stands_for(lexicon: RoleLexicon) -> None:
    # a study's key gives the acronym first: "RM (registered manager)"
    text = (
        "Quotations are labelled by cohort and participant number, followed by their role at the"
        " start of the programme: RM (registered manager), DM (deputy manager) or SC (senior carer"
        " or team leader preparing for management).\n\n"
        "As one participant summed it up: ‘Give us the time and we’ll do the rest.’ (C3-P14, DM)"
        "\n\n"
        "Others were less sure: ‘Honestly, a year ago I’d have said no.’ (C2-P21, SC)\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "workforce"]


def test_a_plural_acronym_defines_the_singular(lexicon: RoleLexicon) -> None:
    text = (
        "We interviewed principal social workers (PSWs), team managers and assistant directors"
        " in 17 councils.\n\n"
        "‘It’s a Tuesday-and-Thursday job,’ one PSW in a county council told us."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]


def test_a_verbs_ing_form_is_not_the_noun_it_folds_to(lexicon: RoleLexicon) -> None:
    text = (
        "Last autumn I spent a morning shadowing Jordan, a home care worker who has worked in"
        " the borough for six years. Between calls, he told me: ‘I love this job.’\n\n"
        "A 1990 Department of Health briefing warned ministers: ‘There is no evidence for it.’"
    )
    # "shadowing" is no shadow minister; "briefing" is a head noun written so
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "document"]


def test_a_name_with_a_capital_inside_is_met_again(lexicon: RoleLexicon) -> None:
    text = (
        "Professor Lorna McEvoy, who chairs the independent Commission on Care Leadership, said"
        " the commission had heard the same complaint.\n\n"
        '"We found extraordinary leaders," McEvoy said.\n\n'
        "Priya Raghunathan, director of adult social services at Brackenshire, said it was hard."
        ' "It is exhausting," she said.\n\n'
        'McEvoy said the commission had been struck by how little was known. "We do not know'
        ' how many registered managers have had training," she said.\n'
    )
    # "she" is McEvoy, whom the paragraph names, not the director quoted before
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "director", "national"]


def test_what_a_speaker_was_yields_to_what_they_are(lexicon: RoleLexicon) -> None:
    text = (
        "Councillors were frank about the money. One county councillor, a former care home"
        " owner, said: ‘We have had to be inventive because we have had to be.’\n\n"
        "‘I was a district nurse for thirty years,’ says one member, a former nurse who cares"
        " for both her parents."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political", "user"]


def test_a_participants_code_is_met_again_as_a_name(lexicon: RoleLexicon) -> None:
    text = (
        "Managers described the change.\n\n"
        "“I stopped apologising for being the manager. Now I set the tone nobody else will.”"
        " (P7, registered manager, nursing home)\n\n"
        "P7 went on:\n\n"
        "“It sounds daft, but I started doing a walk round every morning.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_words_read_from_a_publication_are_its_words(lexicon: RoleLexicon) -> None:
    text = (
        "Professor Lorna McEvoy, who chairs the Commission on Care Leadership, spoke first. She"
        ' read from its interim report, published in May: "Leadership in adult social care is'
        ' everywhere and nowhere at once."\n\n'
        '"We found extraordinary leaders in every part of the country," McEvoy said.'
    )
    # "its interim report" is no verb: she is not "She read from its interim" reporting
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("document", "She"),
        ("national", "McEvoy"),
    ]


def test_one_with_a_relative_clause_and_no_comma_is_one_of_them(lexicon: RoleLexicon) -> None:
    text = (
        "Some directors welcomed the scrutiny. “Assurance is the first time in over a decade"
        " that anyone nationally has looked at what we do as a whole,” said one whose council"
        " was among the first to be assessed."
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_former_post_at_a_body_is_still_the_posts(lexicon: RoleLexicon) -> None:
    text = (
        "“The people are good and they work incredibly hard,” said a former senior official in"
        " the department’s social care directorate."
    )
    # "former" yields only to a post the speaker holds now, not to the body they were at
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_the_chair_of_the_group_the_text_named_is_of_its_role(lexicon: RoleLexicon) -> None:
    text = (
        "It was written with the help of Making It Real Westerdale, a group of people with lived"
        " experience of care and support who work with us. Bev Marsh, who chairs the group,"
        " said:\n\n“I’ve drawn on support from the council for twenty years.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user"]


def test_the_leader_of_a_county_is_an_elected_member(lexicon: RoleLexicon) -> None:
    text = "The leader of a shire county told us: ‘Every year I balance the budget by cutting.’"
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political"]


def test_a_known_initial_on_a_token_with_its_full_stop(lexicon: RoleLexicon) -> None:
    text = (
        "Director K, a former mental health social worker, told us:\n\n"
        "“You can have all the governance in the world and still not know who decides.”\n\n"
        "As Osei, K. (2018) found, it was ever thus. Director K added:\n\n"
        "“Nobody asked us.”\n"
    )
    # the initial "K" is known, and spaCy keeps "K." as one token: no KeyError on "k."
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "director"]


def test_a_seminar_record_introduces_each_speaker_then_uses_initials(lexicon: RoleLexicon) -> None:
    text = (
        "TRANSCRIPT\n\n"
        "Professor Malcolm Ferriday (MF), Chair, Professor of Social Policy, University of"
        " Eastbridge: Good evening, everyone, and welcome.\n\n"
        "Sarah Kettleborough (SK), Director of Adult Social Services, Eastbridge City Council:"
        " Thank you, Malcolm. I think there's a lot of leadership in adult social care.\n\n"
        "Dev Mistry (DM), Chief Executive, Harbour Homecare: Thanks, Malcolm. I'll be a bit less"
        " diplomatic.\n\n"
        "MF: Thank you both. Sarah, is there a vacuum at the top?\n\n"
        "SK: I think there's a vacuum, yes.\n\n"
        "DM: Can I come in on that? Because the money is the point.\n\n"
        "Q (audience member, carer): Thank you. I care for my husband, who has Parkinson's.\n\n"
        "SK: Can I add to that, and also say sorry.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(text, lexicon)]
    assert got[1:3] == [("Thank you,", "director"), ("Thanks, Ma", "provider")]
    assert got[4:] == [
        ("I think th", "director"),
        ("Can I come", "provider"),
        ("Thank you.", "user"),  # a question from the floor is no interviewer's
        ("Can I add ", "director"),
    ]


def test_a_question_from_the_floor_by_a_named_asker_is_theirs(lexicon: RoleLexicon) -> None:
    text = (
        "PROFESSOR MARTIN ASHDOWN (Chair): Good afternoon, everyone. Margaret, you first.\n\n"
        "MARGARET HOLT (Director of Adult Social Services, Wexcombe MBC): Thank you, Martin.\n\n"
        "PROFESSOR MARTIN ASHDOWN: Thank you. Femi, one budget by 2028?\n\n"
        "DR FEMI ADEBAYO (Director of Integration, West Pennine ICB): It is in a document.\n\n"
        "PROFESSOR MARTIN ASHDOWN: A question at the front.\n\n"
        "QUESTION (Cllr Brenda Moss, Calder Vale Council): Thank you. Where do members fit?\n\n"
        "MARGARET HOLT: I'll be brief. Members have more power than they use.\n\n"
        "QUESTION (Dr Gary Thornton, GP, Calder Vale): I'm a GP partner. Where are we in this?\n\n"
        "DR FEMI ADEBAYO: Gary, you're absolutely right.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(text, lexicon)]
    # the questions come from the floor, their askers named in brackets: no narrator's
    assert ("Thank you.", "political") in got
    assert ("I'm a GP p", "nhs") in got
    # a chair is no narrator: "(Chair)" after their name, their turns are theirs
    assert ("Good after", "national") in got
    assert ("A question", "national") in got


def test_whom_words_went_to_is_no_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "For 25 years Bernadette Quayle ran a 34-bed home on the coast.\n\n"
        "Quayle, 61, grew up in Thornsea. She says she had never so much as written to her MP"
        " before 2020, and admits she did not always remember to vote.\n\n"
        "“For years I was polite. I stopped being polite in about April 2020,” she says.\n"
    )
    # she ran a care home; "her MP" is neither the writer of the letters nor what "admits" says
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_local_healthwatch_and_a_ward_manager(lexicon: RoleLexicon) -> None:
    text = (
        "Healthwatch Northmoor told us:\n\n“People still tell us they do not know who to call.”\n\n"
        "The manager of the discharging ward told the enquiry:\n\n“We had four discharges before"
        " eleven that morning.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "nhs"]


def test_a_newsletters_questions_go_to_the_person_it_introduces(lexicon: RoleLexicon) -> None:
    text = (
        "Our Integrated Discharge Team supported a gentleman home after a fall.\n\n"
        "Team of the Year: Integrated Discharge Team, Hollinsford General Hospital\n\n"
        "The team, made up of social workers and nurses, meets every morning. Their nomination"
        ' said:\n\n"This team has changed the culture of the hospital."\n\n'
        "FOUR QUESTIONS FOR OUR NEW PRINCIPAL SOCIAL WORKER\n\n"
        "Grace Whitmore joined us in May as Principal Social Worker for Adults. She began as a"
        ' student in the Hospital Team. "It feels a bit like coming home," she told us.\n\n'
        "What does a principal social worker actually do?\n\n"
        "It's a fair question, and I think a lot of people aren't sure. My job is to champion"
        " good social work practice across the directorate.\n\n"
        "What are your priorities for your first year?\n\n"
        "Supervision, recording and the Care Act. I want every social worker to have regular"
        " supervision.\n\n"
        "What's the biggest challenge facing social work here?\n\n"
        "Honestly, it's recruitment and retention. We lose good people to neighbouring"
        " councils.\n\n"
        "What's one thing people might not know about you?\n\n"
        "I was a care worker for four years before I trained, doing home care calls.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ('"This team', "document"),  # a nomination is written, like a citation
        ('"It feels ', "workforce"),
        # not the team the piece names most, which is no one
        *[
            (start, "workforce")
            for start in ("It's a fai", "Supervisio", "Honestly, ", "I was a ca")
        ],
    ]


def test_a_webinars_stamped_turns_and_its_panel_list(lexicon: RoleLexicon) -> None:
    text = (
        "Host: Kemi Adeyemi, Chief Executive, Care Leadership Exchange\n\n"
        "Panel: Maureen Achterberg - Director of Adult Social Services, Westmarch County Council"
        " Dr Helen Coyle - Director of Integration, Westmarch Integrated Care Board Tom Barraclough"
        " - expert by experience; co-chair, Westmarch Making It Real Board\n\n"
        "[00:00:08] KEMI ADEYEMI Good morning, everyone, and welcome.\n\n"
        "[00:02:41] MAUREEN ACHTERBERG Thanks, Kemi. I'll be honest about who leads.\n\n"
        "[00:05:12] HELEN COYLE I'm the opposite number Maureen is talking about.\n\n"
        "[00:08:30] TOM BARRACLOUGH I want to bring this back to the person in the bed.\n\n"
        "[00:11:02] MAUREEN ACHTERBERG Can I just come in on that?\n\n"
        "[00:12:40] HELEN COYLE It is, and it's a fair question.\n"
    )
    # the host's own turns are her narrative, as an interviewer's are
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "director",
        "nhs",
        "user",
        "director",
        "nhs",
    ]


def test_an_audio_scripts_clips_name_their_speakers(lexicon: RoleLexicon) -> None:
    text = (
        "NARRATOR: Who is in charge of social care? I asked a director.\n\n"
        "[CLIP: Mark Adeyemi, Director of Adult Social Services, Kelsey Borough Council]\n\n"
        "I'd push back on that a bit, actually. There is leadership here.\n\n"
        "NARRATOR: And the people who draw on care?\n\n"
        "[CLIP: Colin Marsh, unpaid carer]\n\n"
        "I've had eleven different people ring me from the council this year.\n\n"
        "NARRATOR: Back to Kelsey.\n\n"
        "[CLIP: ADEYEMI]\n\n"
        "Look, during Covid we'd get guidance published at midnight.\n"
    )
    got = [(t[:8], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [("I'd push", "director"), ("I've had", "user"), ("Look, du", "director")]


def test_a_radio_features_numbered_clips_name_their_speakers(lexicon: RoleLexicon) -> None:
    """A radio feature's script numbers its clips and names the speaker after a dash, in capitals,
    the duration under the words; a later clip gives the name alone, and a vox pop a bracket."""
    text = (
        "NARRATOR: Half past seven, and the team gathers for handover.\n\n"
        "CLIP 02 - KWAME ASANTE, REABLEMENT SUPPORT WORKER\n\n"
        "Handover's where you find out who's had a bad night. [DUR 0'31\"]\n\n"
        "CLIP 03 - MARY HOLROYD, 87, REABLEMENT CLIENT\n\n"
        "Well, I fill it from the jug, see, not from the tap. [DUR 0'20\"]\n\n"
        "NARRATOR: The man in charge of adult social care knows the number by heart.\n\n"
        "CLIP 14 - DOMINIC HALE, DIRECTOR OF ADULT SOCIAL SERVICES, HARROWFIELD COUNTY COUNCIL\n\n"
        "Eleven today. Last March it was twenty-six. [DUR 0'32\"]\n\n"
        "NARRATOR: If it's that effective, why isn't there more of it?\n\n"
        "CLIP 15 - DOMINIC HALE\n\n"
        "Because it's the first thing that gets squeezed. [DUR 0'35\"]\n\n"
        "NARRATOR: What do people in the market hall know about any of this?\n\n"
        "VOX POP 1 (woman, 60s)\n\n"
        "Reablement? No. Is that like physio? [DUR 0'08\"]\n"
    )
    got = [(t[:8], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("Handover", "workforce"),
        ("Well, I ", "user"),
        ("Eleven t", "director"),
        ("Because ", "director"),
        ("Reableme", "user"),  # a lay person, as the role lexicon places one
    ]


def test_a_podcasts_tagged_clips_in_its_dialogue_are_turns(lexicon: RoleLexicon) -> None:
    text = (
        "[Audio] Listen: the full episode (48:36)\n\n"
        "Ben Adeyemi: Welcome to the podcast. This week, the workforce.\n\n"
        "Andrea Kaur: Thanks, Ben. Lovely to be here.\n\n"
        "Ben Adeyemi: We asked care workers to send us voice notes. Here's one of them.\n\n"
        "[Clip] Danielle, care worker: I've been doing this six years and I love my clients.\n\n"
        "Andrea Kaur: That is what we hear from our own staff.\n\n"
        "[Voicemail] Pat, carer for her husband: Hello, this is Pat from Hull. I employ two PAs.\n\n"
        "Ben Adeyemi: Andrea, that's quite a challenge.\n"
    )
    got = [(t[:8], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert ("I've bee", "workforce", "Danielle, care worker") in got
    assert ("Hello, t", "user", "Pat, carer for her husband") in got
    assert all(speaker != "Listen" for _, _, speaker in got)  # the player's line is no turn


def test_its_chair_is_the_groups_not_the_written_responses(lexicon: RoleLexicon) -> None:
    text = (
        "Speak Up Kettleby is a self-advocacy group run by and for people with learning"
        " disabilities. Its members discussed our questions and then sent us a written response."
        " It said:\n\n‘Leaders are people who listen and then do something.’\n\n"
        "At the second meeting, its chair, Tom, added:\n\n‘When I was on the panel for choosing"
        " the new provider I had the same vote as the manager from the council.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "user"]


def test_as_a_speaker_put_it_after_the_quotation_names_them(lexicon: RoleLexicon) -> None:
    text = (
        "‘Most of us were carers who got promoted,’ a registered manager in London told me.\n\n"
        "And it is hard to talk about leadership without pay. ‘Don’t tell me about career pathways"
        " until there’s actually a path,’ as a senior care worker in Yorkshire put it, after"
        " explaining that she earns twelve pence an hour more than a new starter.\n\n"
        "‘It is not a system,’ as one director said, ‘it is a set of people.’\n\n"
        "‘We will pay more,’ as providers say they must, to keep staff.\n"
    )
    got = [(t[:10], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got[1:3] == [
        ("‘Don’t tel", "workforce", "a senior care worker in Yorkshire"),
        ("‘It is not", "director", "one director"),
    ]
    # "as providers say they must": a clause with its own complement, no cue
    assert not any(t.startswith("‘We will") for t, _, _ in got)


def test_a_participle_clause_after_a_quotation_is_no_trailing_cue(lexicon: RoleLexicon) -> None:
    text = (
        "The chair of one county care association told us that her organisation had been"
        " “invited into the room but handed a script”, asked to endorse discharge plans"
        " already agreed between the trust and the council.\n\n"
        "Participants were unconvinced. ‘Delivery of what?’ asked one, when we read the"
        " passage aloud.\n"
    )
    got = quoted(text, lexicon)
    assert (got[0][2], got[0][1]) == ("The chair of one county care association", "provider")
    assert got[1][1] == "interviewee"
    # "asked to endorse plans already agreed" has no subject of its own: the chair spoke; "asked
    # one" is still no participle's clause


def test_as_a_speaker_told_us_after_the_quotation_names_them(lexicon: RoleLexicon) -> None:
    text = (
        "Where it works, both describe it as a partnership. ‘It is the job that can end your"
        " political career and the one that matters most to residents,’ as one lead member"
        " told\nus.\n"
    )
    assert [(t[:10], role) for t, role, _ in quoted(text, lexicon)] == [("‘It is the", "political")]
    # whom it was told to, over a line break, is no complement of the verb


def test_the_paragraph_after_a_quotation_standing_alone_can_say_whose_it_was(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Blog\n\n‘There isn’t a “who”. There’s a lot of “whos”.’\n\n"
        "That is how one director of adult social services answered the first question we put to"
        " every interviewee. It was March.\n\n"
        "‘We never stop.’\n\nThat's how one carer put it to me when we met.\n"
    )
    assert quoted(text, lexicon) == [
        (
            "‘There isn’t a “who”. There’s a lot of “whos”.’",
            "director",
            "one director of adult social services",
        ),
        ("‘We never stop.’", "user", "one carer"),
    ]


def test_a_post_at_an_nhs_trust_the_lexicon_does_not_list(lexicon: RoleLexicon) -> None:
    text = (
        'Dr Fiona Marchetti, Chief Executive of Hollinshire Community Health NHS Trust, said: "We'
        ' work alongside care staff every day."\n\n'
        'Jo Bright, Chief Executive of the Carrick Trust, said: "Charities see it too."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "national"]


def test_a_focus_groups_participants_are_the_people_it_was_held_with(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "4.28 I held three focus groups with people who draw on care and unpaid carers, in a city,"
        " a market town and online.\n\n"
        "4.30 ‘We’re the only people who see the whole thing,’ one participant said.\n\n"
        "4.31 We also held two group discussions with tenants. As one interviewee put it,"
        " ‘everyone’s in charge of a bit of it’.\n\n"
        "The exchange below, from a discussion with six home care workers, is typical.\n\n"
        "S1: My leader is my coordinator.\n\nS4: I’d say the manager, but I’ve met her twice.\n\n"
        "S2: Does the council count?\n\nS1: They’re not leaders, they’re the money.\n\n"
        "S4: And the government.\n"
    )
    roles = [(t[:12], role) for t, role, _ in quoted(text, lexicon)]
    # an interviewee is no participant in the group discussions the text mentions
    assert roles == [
        ("‘We’re the o", "user"),
        ("‘everyone’s ", "interviewee"),
        ("My leader is", "workforce"),
        ("I’d say the ", "workforce"),
        ("Does the cou", "workforce"),
        ("They’re not ", "workforce"),
        ("And the gove", "workforce"),
    ]


def test_a_person_in_a_national_role(lexicon: RoleLexicon) -> None:
    text = (
        "‘It depends which day you ask,’ said one person in a national role.\n\n"
        "A person in a national regulatory role defended it: ‘Without assurance there is no way.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "national"]


def test_answered_is_a_cue_and_an_answer_is_not(lexicon: RoleLexicon) -> None:
    text = (
        "Asked who leads, one director of adult social services answered: ‘Nobody does.’\n\n"
        "Asked the same, interviewees' answers were short. ‘Stop launching things,’ said one.\n"
    )
    got = [(t[:8], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("‘Nobody ", "director", "one director of adult social services"),
        ("‘Stop la", "interviewee", "one"),
    ]


def test_a_participial_aside_after_the_subject_is_not_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "Dev Malhotra, an expert by experience who co-chairs the People Leading Care network, drew"
        " the loudest applause.\n\n"
        "The panel, chaired by the editor Tom Arkwright, met after lunch.\n\n"
        "Malhotra, asked by Arkwright what good leadership looked like from where he sat, replied:"
        " ‘Nobody on this stage would accept it.’\n"
    )
    assert quoted(text, lexicon) == [
        ("‘Nobody on this stage would accept it.’", "user", "Malhotra")
    ]
    # ... and after an opening clause, the subject follows the aside
    text = (
        "‘Let’s be honest,’ the minister said.\n\nLater in the session, asked about pressure on"
        " council budgets, he added: ‘Councils have had record funding.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("national", "the minister"),
        ("national", "he"),
    ]


def test_words_said_to_the_person_the_text_is_about_are_second_hand(lexicon: RoleLexicon) -> None:
    text = (
        "Chloe, a care worker, told me that an agency nurse said to her on a night shift last"
        " month: ‘You lot are just carers.’\n\n"
        "One deputy manager described being told by her area manager: ‘Just get on with it.’\n\n"
        "One director said to us: ‘We are tired of pilots.’\n"
    )
    assert [(t[:8], role) for t, role, _ in quoted(text, lexicon)] == [
        ("‘You lot", "other"),
        ("‘Just ge", "other"),
        ("‘We are ", "director"),
    ]


def test_a_head_or_director_of_a_field_speaks_for_the_body(lexicon: RoleLexicon) -> None:
    text = (
        'Dr Ann Lee, Director of Research at the Homeward Trust, said: "We heard it often."\n\n'
        'Dr Priya Ramsden, Head of Research at the Homeward Trust, said: "Managers are tired."\n\n'
        'Jo Smith, Director of Adult Social Services at Xshire County Council, said: "We agree."\n\n'
        "Hugh Benn, Director of Programmes at the Carrington Foundation, which funded the research,"
        ' said: "We funded this study."\n'
    )
    # a field is no one's role ("research" is a publication's word); a phrase the lexicon
    # knows keeps its own
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "national",
        "national",
        "director",
        "national",
    ]


def test_a_paragraph_introducing_a_quotation_is_no_speech_going_on(lexicon: RoleLexicon) -> None:
    text = (
        "Directors are not in the business of complaining. As one director wrote in this year’s"
        " survey, ‘We are not asking for special treatment.’\n\n"
        "I want to thank the 139 directors who found time to respond. At our spring seminar, Donna"
        " Whitlock, a carer and a member of the group, told directors:\n\n"
        "‘You keep telling us about pressures on the system.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "one director"),
        ("user", "Donna Whitlock, a carer and a member of the group"),
    ]


def test_as_one_put_it_inside_the_sentence_before_the_quotation(lexicon: RoleLexicon) -> None:
    text = (
        "It is an attempt to set down, in leaders’ own words, what it feels like to lead in a part"
        " of the public realm that is, as one director put it, ‘always being rescued and never"
        " quite fixed’. Quotations have been edited.\n\n"
        "Gareth Penhaligon, whose family has run care homes in the South West since 1987, said:"
        " ‘The council pays us too little.’\n\n"
        "Sandra, who works at a family-run care home, said: ‘We are tired.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)][:2] == [
        ("director", "one director"),
        (
            "provider",
            "Gareth Penhaligon, whose family has run care homes in the South West since 1987",
        ),
    ]
    assert quoted(text, lexicon)[2][1] == "workforce"


def test_a_note_marker_after_a_quotation_is_not_the_next_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "94. Dr Ama Boateng, the regulator's chief inspector, told us: ‘Diversity in care stops at"
        " the manager’s door.’103 She added:\n\n"
        "‘Internationally recruited staff are often the most qualified people in the building.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)][1] == ("national", "She")


def test_a_term_that_begins_a_longer_one_is_no_mention(lexicon: RoleLexicon) -> None:
    text = (
        "4.24 The group took evidence from Dr Kieran Walsh, Director of Place at NHS Wealdshire"
        " ICB, and from Joanne Pike, Head of Integrated Discharge at Wealdshire Hospitals NHS"
        " Foundation Trust. Dr Walsh was unequivocal:\n\n"
        "‘From the NHS side we are completely dependent on a functioning care market.’\n"
    )
    # "Foundation" inside "Foundation Trust" named no foundation, a national body, to follow
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs"]


def test_a_credit_under_a_block_outranks_a_colon_without_a_verb(lexicon: RoleLexicon) -> None:
    text = (
        "For smaller providers, the cost of releasing staff was a greater barrier than the cost of"
        " the system itself:\n\n"
        "“For a small provider the licence is the easy bit. Nobody funds that.”\n"
        "– owner, family-run group of three homes\n"
    )
    assert quoted(text, lexicon)[0][1:] == ("provider", "owner, family-run group of three homes")


def test_an_association_of_directors_is_the_directors(lexicon: RoleLexicon) -> None:
    text = (
        "Jo Smith, president of the Association of Directors of Adult Care, said: ‘We need"
        " money.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_bodys_kind_is_the_name_word_that_ends_it(lexicon: RoleLexicon) -> None:
    text = (
        'Grace Mensah, Chief Executive of the Black Leaders in Care Network, said: "Diversity stops'
        ' at the door."\n\n'
        'Helen Mabey, Group Chief Executive of Pennant Housing Group, said: "Willow Court works."'
        "\n\n"
        'Jo Smith, Chief Executive of the Independent Homecare Providers Network, said: "We agree."'
        "\n\n"
        "Dr Priya Ramsden, head of research at the Homeward Trust and the report’s lead author,"
        ' said: "Managers are tired."\n'
    )
    # "Care" inside a network's name is its sector; "Group" says nothing of a company's kind
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "national",
        "provider",
        "provider",
        "national",
    ]


def test_an_acronym_for_a_body_named_by_its_members_is_the_body(lexicon: RoleLexicon) -> None:
    text = (
        "The care workers' union United Care and Support Workers (UCSW) responded today.\n\n"
        "In its written evidence to the government's consultation, UCSW said that home care"
        ' workers were "too often paid only for contact time, with travel unpaid".\n'
    )
    # a body's written evidence is a document's words, as the lexicon's cue phrase says
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document"]


def test_a_table_of_comments_gives_each_row_its_respondent(lexicon: RoleLexicon) -> None:
    text = (
        "Another employer agreed: ‘The programme is free at the point of use, but it isn’t"
        " free.’\n\n"
        "Table 4.2 Selected free-text comments from the end-of-programme survey\n\n"
        "Respondent Comment Registered manager, home care ‘The network is the thing I’ll keep.’"
        " Occupational therapist, council ‘The 360-degree feedback was hard to read.’\n\n"
        "Source: end-of-programme survey.\n"
    )
    assert [(t[:8], role) for t, role, _ in quoted(text, lexicon)][1:] == [
        ("‘The net", "provider"),
        ("‘The 360", "workforce"),
    ]


def test_a_surname_met_before_opens_a_colon_sentence(lexicon: RoleLexicon) -> None:
    text = (
        "Dr Miriam Okafor, Director of Adult Social Services at Harrowfield County Council, said:"
        " ‘We are tired.’\n\n"
        "Tom Ellery, who led the research, says: ‘We talked to a lot of powerful people.’\n\n"
        "But visibility depended on who was in post. Okafor was candid:\n\n"
        "‘If you draw a line across any region you will find two councils.’\n\n"
        "Harrowfield was different:\n\n‘We never stop.’\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[1:3] == [("national", "Tom Ellery, who led the research"), ("director", "Okafor")]
    # a name no one was introduced by is no speaker: the block goes on as before
    assert got[3][1] is None


def test_the_named_owner_of_a_relative_is_family_unless_a_post_or_a_past_mention_says_otherwise(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Families described a more complicated picture.\n\n"
        "Margaret’s son Daniel, 41, moved into supported living in 2016. Margaret said:\n\n"
        "‘I fought for him for twenty years. Now I have to learn to let go.’\n\n"
        "Cllr Amy Whitfield-Young’s mother was in hospital for six weeks. Whitfield-Young said:"
        " ‘Every extra pound has to come from somewhere.’\n\n"
        "Dr Ravi Shah, director of adult social services, has seen both sides. Shah’s father"
        " went into a care home last year. ‘It changed how I see the job,’ Shah says.\n"
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("Margaret", "user"),  # the mother of a man in supported living
        ("Whitfield-Young", "political"),  # the councillor's post stands before her name
        ("Shah", "director"),  # met before as the director: whose father is beside the point
    ]


def test_participant_codes_a_legend_table_gives_a_row_a_group(lexicon: RoleLexicon) -> None:
    # the table as the cleaner leaves it, its columns closed up
    text = (
        "Table 2: Interviewees\n\n"
        "Group Codes n\nProgramme participants P1–P22 22\nICB leaders ICB1–ICB3 3\n"
        "Experts by experience (co-facilitators) E1–E2 2\nTotal 40\n\n"
        "‘We talk a lot about parity of esteem for social care,’ ICB1 said.\n\n"
        "E2 was clear about what would count as success: ‘I told them my story once.’\n\n"
        "‘I learnt to delegate,’ said P4.\n"
    )
    # a participant's group names no role: P4 stays undetermined
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "user", "interviewee"]


def test_a_verb_s_past_is_no_head_noun(lexicon: RoleLexicon) -> None:
    text = (
        "The Board reviewed the table before publication. One Board member who reviewed this"
        " table said: ‘It is not a list of victories and it should not read like one.’\n"
    )
    # "reviewed" folds to the lemma "review", a publication's head noun: no document's words,
    # and a board the text does not place leaves its member undetermined
    assert [role for _, role, _ in quoted(text, lexicon)] == ["interviewee"]
    text = "A care worker who reported the concern said: ‘Nobody rang me back for a week.’\n"
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce"]


def test_the_writer_s_own_words_take_the_role_their_note_gives(lexicon: RoleLexicon) -> None:
    text = (
        "Opinion\n\nWe were promised social care reform\n\nBy Sarah Okafor\n\n"
        "Councils are holding a broken system together. As I told full council when we set our"
        " budget last month: ‘We have balanced this year’s budget, but we have done it by"
        " raiding reserves.’\n\n"
        "Sarah Okafor is the leader of Westbridge Borough Council.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [("political", "I")]
    # with no note on who wrote it, "I" is not determinable
    bare = text.replace("Sarah Okafor is the leader of Westbridge Borough Council.\n", "")
    assert [role for _, role, _ in quoted(bare, lexicon)] == ["interviewee"]


def test_a_pictures_description_run_into_a_caption_is_no_speaker(lexicon: RoleLexicon) -> None:
    """A web copy's picture in brackets, its description run into the caption that quotes
    someone: the caption's name speaks, not "a woman with close-cropped grey hair"."""
    text = (
        "Sandra Okafor is director of adult social services at Kirkhaven City Council.\n\n"
        "[Image: A woman with close-cropped grey hair stands in front of a noticeboard] Sandra"
        " Okafor: ‘I’m an optimist by temperament, but not a naive one.’ Photo: Kirkhaven City"
        " Council\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "Sandra Okafor")
    ]


def test_the_writer_s_own_words_take_the_role_they_say_they_have(lexicon: RoleLexicon) -> None:
    """What the writer says they are, in the first person near the top - "I'm the registered
    manager of", a witness statement's "I, Name, Post, will say", a blog's strapline - places
    their "I said"; a speaker placed before a clause ending on "I" is still theirs."""
    text = (
        "WHO LEADS? PART 1: THE FEE LETTER\n\nPosted 3 February 2025 by Jo Whitaker\n\n"
        "For anyone new here: I'm the registered manager of Larkfield House, a 38-bed residential"
        " home in the Midlands.\n\n"
        "His mum pays the private rate. He asked if she was paying for the council's residents."
        " I said: 'Not exactly. But the council rate doesn't cover what care costs us.'\n\n"
        "Precious, one of my senior carers, who has worked here longer than I have, said in the"
        " staffroom: 'They should come on a Sunday night in January.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "workforce"]
    statement = (
        "WITNESS STATEMENT OF CAROL ANNE PRITCHARD\n\n"
        "I, Carol Anne Pritchard, Registered Manager of Beechcroft House, Northmoor, will say as"
        " follows:\n\n"
        "1. When the council rang on 20 March 2020, I replied that evening: 'We cannot take him"
        " without a test.'\n"
    )
    assert [role for _, role, _ in quoted(statement, lexicon)] == ["provider"]
    blog = (
        "Tea Round Thoughts notes from a senior carer on the day shift\n\n"
        "Posted on 9 March 2025 by Kez\n\n"
        "Bev said the new manager would never last. I said, 'You don't know that.'\n"
    )
    assert [role for _, role, _ in quoted(blog, lexicon)][-1] == "workforce"


def test_that_was_how_names_the_speaker_of_the_words_above_it(lexicon: RoleLexicon) -> None:
    text = (
        "BLOG\nHolding it together: five things home care leaders told us\n\n"
        "‘I do the rota, the invoicing, the supervisions, the spot checks, and on a bad week I’m"
        " out doing calls.’\n\n"
        "That was how an agency owner in the Midlands began when I asked her what leadership"
        " meant in her business.\n"
    )
    # the headline's "told us" has no colon to lead in: the next paragraph says whose it was
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_how_someone_came_to_the_country_is_what_they_were(lexicon: RoleLexicon) -> None:
    text = (
        "Femi Adeyemi is the registered manager of Larchwood House, a 48-bed nursing home.\n\n"
        "Adeyemi, who came to the UK from Nigeria as a nurse in 2009, says international staff"
        " have been essential. “A third of my nurses trained overseas,” he says.\n\n"
        "A registered manager in the East Midlands, who came to England from Zimbabwe as a care"
        " assistant in 2003, said: ‘I was told I would never be a manager.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_one_member_is_of_the_group_named_last_never_of_a_publication(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "We recommend that the government publishes a workforce plan.\n\n"
        "Our Experts by Experience reference group reviewed these findings before publication."
        " One member said: ‘None of this is a surprise to us. We would just like to be in the"
        " room.’\n\n"
        "The federation's latest survey of its members found that almost half had handed back"
        " contracts.\n\n"
        "One member, responding to the survey, wrote: “I have run this service for 22 years and"
        " this is the first year I have seriously thought about closing.”\n"
    )
    # the group is placed; the survey's members are not (a survey is no group one belongs to)
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "interviewee"]


def test_a_registered_manager_abbreviated_rm_is_a_provider(lexicon: RoleLexicon) -> None:
    text = (
        "Table 4. Selected free-text responses\n\n"
        "RM, residential “Supervision is now something I do with people, not to them.”\n"
        "RM, nursing “Better relationship with the district nurses and the GP.”\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "RM, residential"),
        ("provider", "RM, nursing"),
    ]


def test_a_selection_of_comments_each_with_its_own_cue_is_no_block(lexicon: RoleLexicon) -> None:
    text = (
        "What delegates told us\n\n"
        "Throughout the conference we invited delegates to share their views. A selection:\n\n"
        "One nursing home owner from the North East said: ‘The best thing about today is being"
        " in a room with people who get it.’\n\n"
        "Another added: ‘Leadership for me at the moment is keeping the heating on.’\n"
    )
    # each paragraph leads into its own quotation: narrative, not the words of "A selection:"
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "One nursing home owner from the North East"),
        ("provider", "Another"),
    ]
    # speech in the first person after a colon stays a block, its own quotation inside it
    text = (
        "One registered manager described her first week:\n\n"
        "When I started, my manager said to me: ‘You’ll be fine.’ I wasn’t, and nobody"
        " noticed.\n"
    )
    assert quoted(text, lexicon)[0][0].startswith("When I started")


def test_as_someone_described_themselves_and_a_fronted_clause_s_people(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Those who reached the most senior roles knew the weight of being ‘the exception that"
        " everybody points to’, as Devon, a director of adult social services, described"
        " himself.\n\n"
        "Few of our interviewees found the minister reassuring. When we read the words to one"
        " cabinet member, she replied: ‘They’ve been getting it right for fifteen years.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "Devon, a director of adult social services"),
        # the fronted clause's verb ("read") is not the cue's, and its cabinet member is "she"
        ("political", "she"),
    ]


def test_a_written_briefing_is_a_medium_and_a_senior_figure_no_statistic(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "In a separate written briefing for MPs, the LGA said that the recommendations “must be"
        " matched by a multi-year funding settlement if they are to be more than words”.\n\n"
        "The national stakeholders we interviewed recognised this picture. One, a senior figure"
        " at a national leadership body, acknowledged that ‘the sector has been far better at"
        " counting the problem than at changing it’.\n\n"
        "The figures show that ‘nine in ten councils expect to overspend this year’, the"
        " survey found.\n"
    )
    # "written" describes the briefing: the LGA's words, a body's; "figure" in the singular is a
    # person (at a national leadership body, national), "figures" a publication's
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "national", "document"]


def test_the_subject_of_a_relative_clause_with_the_speech_verb_speaks(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Kevin Marsh, who has used a personal budget since a spinal injury in 2011, gave evidence"
        " at two of the review's roundtables.\n\n"
        "Kevin has since been invited to join a working group on the review's recommendations on"
        " data, which he describes as long overdue.\n\n"
        "“Every year I fill in forms about my care that disappear into a system somewhere.”\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [("user", "he")]


def test_a_fronted_clause_holds_whom_its_and_she_refer_to_not_its_subject(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Nor is the answer simply more inspection. When the Care Quality Commission was given"
        " that power, one of its senior leaders told a Lords committee that the aim was ‘to"
        " shine a light, not to hand out gold stars’.\n\n"
        "Rosie Adebayo, who has cared for her son since he was born, wrote: ‘Family carers do"
        " this for nothing.’ When the minister’s account later posted a graphic promoting the"
        " campaign, she replied: ‘A hashtag is not a workforce plan.’\n"
    )
    # the regulator's leader; and "she" is the carer, not the minister the clause is about
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "user", "user"]


def test_a_first_name_with_its_apposition_is_met_again_and_a_place_is_no_name(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "‘Every director I know who came from a background like mine can name the person who"
        " opened the door,’ said Rajinder, a director of adult social services in the West"
        " Midlands.\n\n"
        "Several participants described the cost of being the only one in the room.\n\n"
        "Where data had been used, participants described real change. Rajinder explained how"
        " publishing the figures had shifted the conversation in her council:\n\n"
        "‘We put the ethnicity of every tier of the department on one slide.’\n"
    )
    # "West Midlands" is where, not who: the name met again is Rajinder's
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)][1] == (
        "director",
        "Rajinder",
    )


def test_someone_appointed_as_a_post_and_a_manner_before_where_it_was_said(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The council has appointed Dr Sunil Mehra as Interim Executive Director of Adult Social"
        " Care and Health, following the departure of Karen Ashdown in February.\n\n"
        "Dr Mehra said:\n\n‘The review is fair. We will act on every recommendation.’\n\n"
        "The Northwold Care Association said in its written submission that relations had"
        " ‘reached their lowest point in a decade’. Its chair, Deborah Quayle, was more hopeful"
        " in interview:\n\n"
        "‘There is a window here. We want Northwold to succeed. Our staff live here too.’\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "Dr Mehra"),  # "appointed ... as" names who holds the post
        ("document", "The Northwold Care Association"),
        # a post at the body just named, in a manner with where it was said after it
        ("provider", "Its chair, Deborah Quayle"),
    ]


def test_what_a_named_person_trained_as_yields_to_the_post_the_text_gave_them(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Westmarsh County Council has appointed Samira Haddad as its new Director of Adult Social"
        " Care.\n\n"
        "Ms Haddad, who trained as a social worker in Westmarsh before moving to Northbrook in"
        " 2011, said:\n\n‘I started my career in this county and it is good to be back.’\n"
    )
    # "trained as" is her past: she was placed as the director before
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        (
            "director",
            "Ms Haddad, who trained as a social worker in Westmarsh before moving to"
            " Northbrook in 2011",
        )
    ]


def test_a_participle_set_off_by_commas_is_no_clause_of_its_own(lexicon: RoleLexicon) -> None:
    text = (
        "Not all the evidence was flattering. A self-assessment published by one council, and"
        " shared with us by its director, acknowledged that ‘waiting times for assessment are too"
        " long and vary too much between our localities’.\n"
    )
    # the subject is the publication; its director only shared it
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document"]


def test_a_role_withheld_on_purpose_is_not_supplied_by_the_people_around_it(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "One director said: ‘The job is bigger than it was.’\n\n"
        "A director in a shire county said: ‘Nobody sees the whole of it.’\n\n"
        "A former director said: ‘We are the ones who absorb the shocks.’\n\n"
        "An assistant director said: ‘The corporate centre sees a cost.’\n\n"
        "A director in the North East said: ‘The NHS has a machine behind it.’\n\n"
        "One interviewee, who asked that even their role be withheld, was more concerned about"
        " the corporate centre of the council:\n\n"
        "‘In a lot of councils adult social care is treated as the thing that broke the budget.’\n"
    )
    # a document of directors' voices, but this speaker's role is kept back
    assert [role for _, role, _ in quoted(text, lexicon)][-1] == "interviewee"


def test_a_discussion_in_the_cue_sentence_places_its_participants_but_not_another_event(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Care staff were frank about equality. At our roundtable with care staff in Kettleby, one"
        " participant described the equality training she had received as ‘a tick-box"
        " afternoon’, while another said that her employer’s mentoring scheme was ‘the first"
        " time anyone senior took an interest in me’.\n\n"
        "Leaders outside the sector were rarely named. One participant at our Bristol event, who"
        " preferred not to say more, put it like this: ‘If you asked who leads the NHS, people"
        " could give you a name.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "workforce",  # the roundtable named before the speaker, in the cue's own sentence
        "workforce",  # and the next of them
        "interviewee",  # a gathering of its own: not the roundtable's care staff
    ]


def test_a_bodys_statement_stays_a_document_when_a_clause_says_what_it_runs(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Oakmere House will close in March. In a statement, Harcourt Care Group, which runs 11"
        ' care homes across the North of England, said: "It is with great sadness that we have'
        ' taken this decision." The statement added that the company would "do everything in'
        ' its power" to help families find new homes.\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "document",  # the company's statement: what it runs says what kind of body it is
        "document",  # and the statement goes on
    ]


def test_one_of_the_members_in_a_bodys_written_evidence_is_one_of_its_members(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Written evidence submitted by the Northshire Care Providers Association\n\n"
        "1.1 The Northshire Care Providers Association represents 140 independent care homes and"
        " home care agencies across the county.\n\n"
        "4.4 The ban on care workers bringing dependants has already affected recruitment."
        ' Several members reported candidates withdrawing. One said simply: "The good ones have'
        ' choices. They are going to Ireland and Canada."\n'
    )
    # "one" of the association's members, as "one member" would be
    assert [role for _, role, _ in quoted(text, lexicon)][-1] == "provider"


def test_the_quotations_inside_an_inline_quotation_are_of_the_other_family() -> None:
    text = (
        "She said: ‘The manager looked at me and said, “We don’t speak to staff like that"
        " here.” The providers’ forum agreed.’ He said: “I told her ‘no’ and I’d say it again.”"
    )
    spans, _ = find_quotes(text)
    inner = [[text[i.start : i.end] for i in inner_quotations(text, q)] for q in spans]
    # the apostrophes (don’t, providers’, I’d) are no quote marks of either family
    assert inner == [["“We don’t speak to staff like that here.”"], ["‘no’"]]


def test_someone_a_speaker_quotes_inside_their_own_words_is_second_hand(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Several directors described how much could change with one appointment. A DASS in an"
        " outer London borough said:\n\n"
        "‘The first thing our new ICB chief executive said to me was, “Tell me what you need from"
        " us.” In eleven years nobody from the NHS had ever asked me that.’\n\n"
        "‘In the lounge, my manager said to the relative, “We don’t speak to our staff like"
        " that here”,’ said Daniel, a deputy manager in a residential home.\n\n"
        "Another manager said: ‘I said to them, “Not on my shift.” And that was that, honestly.’\n"
    )
    assert quoted(text, lexicon) == [
        (
            "‘The first thing our new ICB chief executive said to me was,",
            "director",
            "A DASS in an outer London borough",
        ),
        # whom a speaker quotes is second-hand, whatever their post
        (
            "“Tell me what you need from us.”",
            "other",
            "The first thing our new ICB chief executive",
        ),
        (  # and the speaker goes on
            "In eleven years nobody from the NHS had ever asked me that.’",
            "director",
            "A DASS in an outer London borough",
        ),
        # the speaker's cue after the quotation still gives the words before the one inside
        (
            "‘In the lounge, my manager said to the relative,",
            "provider",
            "Daniel, a deputy manager in a residential home",
        ),
        ("“We don’t speak to our staff like that here”", "other", "my manager"),
        # their own words, quoted by themselves, stay theirs
        (
            "‘I said to them, “Not on my shift.” And that was that, honestly.’",
            "provider",
            "Another manager",
        ),
    ]


def test_a_paragraph_closed_by_its_attribution_keeps_the_quotation_inside_it(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "We interviewed 24 care home managers (CHM) and 12 local authority commissioners"
        " (LAC).\n\n"
        "A manager in Eastvale described the opposite experience: ‘I’ve had four different"
        " contract officers in three years. Each one starts again.’ (CHM09)\n\n"
        "Commissioners confirmed the churn. One said simply: ‘We’ve lost more experienced people"
        " than we’ve recruited.’ (LAC04)\n"
    )
    # the lead-in is the authors' narrative, not someone the speaker quotes
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "director"]


def test_a_post_at_the_trust_whose_page_it_is_and_the_minister_we_met(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Skip to content\n"
        "Tessford Hospitals NHS Foundation Trust\n"
        "Home  Our hospitals  News\n\n"
        "Staff news\n\n"
        "The integrated discharge hub brings the teams together.\n\n"
        "Rachel Stannard, our Chief Operating Officer, said:\n\n"
        "‘This is one of the things I’m proudest of.’\n\n"
        "National ownership of social care data was raised by almost every body we heard from."
        " When we met the then Minister for Care, Rebecca Thornfield MP, she acknowledged the"
        " point:\n\n"
        "‘I have been struck by how hard it is to answer basic questions about social care.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "nhs",  # a post at the trust named atop its own page (a kind of body the lexicon lists)
        "national",  # "she" is the minister the fronted clause met
    ]


def test_what_belongs_to_a_speaker_names_them_not_what_it_has(lexicon: RoleLexicon) -> None:
    text = (
        "Residents rarely used the word leadership. ‘You stop learning their names,’ said Arthur,"
        " 84, whose home had had four managers in two years.\n\n"
        "We interviewed 20 directors of adult social services for this study.\n\n"
        "One interviewee, whose role we have withheld at their request, said: ‘It was a year of"
        " being polite to people who had already decided.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "user",  # a resident, by his age; his home's managers are not him
        "interviewee",  # a role withheld is not the study's directors' either
    ]


def test_one_of_the_group_a_sentence_counts(lexicon: RoleLexicon) -> None:
    text = (
        "5.17 Managers were clear that money mattered. The homes take a high proportion of"
        " council-funded residents, and several managers linked staffing pressures to the fees"
        " paid by local authorities. One said: ‘We were getting £712 a week for a resident with"
        " advanced dementia. You cannot run a safe night shift on that.’ Another said that the fee"
        " argument was ‘true, but it’s also what the board hid behind’.\n"
    )
    # "One" of the several managers, not of the residents the sentence names first
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_named_person_who_was_a_post_at_a_body_holds_the_bodys_role(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "5.19 Martin Greaves was Chief Executive of Harrowfield Care Group from 2017 until his"
        " resignation in June 2023. He agreed to be interviewed and to be named.\n\n"
        "5.21 He also reflected on the composition of the board. ‘We had a board that was very"
        " strong on finance and property,’ Greaves said.\n"
    )
    # the post opens the predicate; the role is the care group's
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "Greaves")
    ]


def test_a_name_right_after_a_publication_is_no_part_of_it(lexicon: RoleLexicon) -> None:
    text = (
        "Dr Helen Marchbank, the chief social worker for adults, told the magazine that at their"
        " best they had become “the connective tissue between national policy and practice”.\n\n"
        "In Halsey, Ashworth-Bell chairs a practice forum with the local NHS trust’s community"
        " teams.\n\n"
        "Asked whether the role needed stronger backing in statutory guidance, Marchbank was"
        " cautious. “I’d rather see directors choose to use them well than be told to,” she"
        " said.\n"
    )
    # "guidance, Marchbank" is a publication and then a person, who is the "she"
    assert [role for _, role, _ in quoted(text, lexicon)][-1] == "national"


def test_a_name_that_took_up_a_post_holds_it(lexicon: RoleLexicon) -> None:
    text = (
        "When Delyth Carraway took up the post of principal social worker for adults at Brennock"
        " County Council in 2019, she was given a desk and a job description.\n\n"
        "Five years on, the role has grown around her. “I still do the conscience bit,”"
        " Carraway says.\n\n"
        "Jo Hart joined as registered manager of Larchfield in 2021. “The first year was"
        " firefighting,” Hart says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "provider"]


def test_a_survey_population_counts_people_not_publications(lexicon: RoleLexicon) -> None:
    text = (
        "In last year’s survey we warned that ‘the gap keeps growing’. The National Audit"
        " Office reported that ‘the department does not know what it is buying’.\n\n"
        "A director of a London borough commented: ‘Assurance has its place.’\n\n"
        "One director in the South West wrote: ‘We have a stable senior team at last.’\n\n"
        "An interim director in the North West wrote: ‘I was brought in for six months.’\n\n"
        "A director of a large county council wrote: ‘Our relationship with the ICB is good.’\n\n"
        "One director in Yorkshire noted that ‘the job has changed out of all recognition’.\n\n"
        "As one respondent put it, ‘we are leading on hope rather than on a plan’.\n\n"
        "One interviewee, who asked us not to identify their role, put it bluntly: ‘The system"
        " runs on goodwill.’\n"
    )
    # five directors and two publications quoted: the respondents are the directors'; a role
    # withheld stays undeterminable
    assert [role for _, role, _ in quoted(text, lexicon)][-2:] == ["director", "interviewee"]


def test_a_coded_speaker_placed_in_brackets_after_a_trailing_cue(lexicon: RoleLexicon) -> None:
    text = (
        "The modules were mentioned often. “Honestly, the module on difficult conversations was"
        " the one,” said P9 (registered manager, nursing home). “I had a disciplinary the week"
        " after.”\n\n"
        "“It was the first time anyone asked,” says one participant (care worker).\n\n"
        "“Nobody reads the plan,” said P3 (see page 4).\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "provider",
        "provider",  # the same speaker goes on
        "workforce",
        "interviewee",  # a bracket that places no one
    ]


def test_a_transcripts_cast_list_gives_its_guests_initials(lexicon: RoleLexicon) -> None:
    text = (
        "Host: Rhiannon Price (RP)\n"
        "Guests: Mark Denholm (MD), Director of Adult Social Services, Harwick County Council\n"
        "        Lorna Baptiste (LB), Managing Director, Brightwell Home Care\n\n"
        "RP: Hello and welcome. Mark, do you want to introduce yourself?\n\n"
        "MD: Thanks, Rhiannon. I have been there four years.\n\n"
        "RP: And Lorna.\n\n"
        "LB: Hi. We are about 140 staff and we support 300 people.\n\n"
        "RP: Mark, what does leadership mean?\n\n"
        "MD: Being seen. I spent my first three months out with teams.\n\n"
        "RP: Lorna?\n\n"
        "LB: Turning up when it is not a photo opportunity.\n"
    )
    turns = [(speaker, role) for _, role, speaker in quoted(text, lexicon) if speaker]
    assert turns == [
        ("MD", "director"),
        ("LB", "provider"),
        ("MD", "director"),
        ("LB", "provider"),
    ]


def test_a_time_stamp_attributes_nothing() -> None:
    text = (
        "The other thing I would say is that the people who use our service are very clear about"
        " what good looks like, and it is not complicated.\n\n"
        "[00:08:15]\n\n"
        "The panel then turned to the workforce.\n"
    )
    # a bracketed paragraph closes a quotation only when it names someone ("(Registered manager,
    # home care)"), not a transcript's time
    assert quotes_of(text) == []


WEBINAR = (
    "Chair: Anita Kaur (AK), Skills Network\n"
    "Panellists: Mark Ellison (ME), Managing Director, Brightwater Home Care\n"
    "        Shanice Powell (SP), Senior Care Worker, Oakvale Community Care\n\n"
    "AK: Welcome, everyone. Mark, can I start with you?\n\n"
    "ME: Thanks, Anita. The margins are so thin that the management layer goes first.\n\n"
    "The other thing I’d say is that continuity is a leadership question, because it is about"
    " how you plan and how you keep staff.\n\n"
    "[00:08:15]\n\n"
    "AK: Shanice, what does leadership look like from where you are?\n\n"
    "SP: It looks like my manager picking up the phone when something has gone wrong.\n\n"
    "And the job is lonely. I had a lady I used to visit, she was ninety-three, and she said to"
    " me every single morning, ‘You’re the only face I’ll see today, love.’\n\n"
    "AK: Mark, anything to add?\n\n"
    "ME: Only that Shanice is right.\n\n"
    "Keynote: the Care Quality Commission\n\n"
    "Keynote: a view from the director’s chair\n"
)


def test_a_turn_runs_on_over_the_speakers_paragraphs(lexicon: RoleLexicon) -> None:
    passages = attribute(WEBINAR, (), lexicon)
    by_start = {WEBINAR[p.start : p.start + 20]: p for p in passages}
    # the paragraph after "ME:" is still his, not the authors' (nor an attribution closed by the
    # time stamp after it)
    other_thing = by_start["The other thing I’d "]
    assert (other_thing.kind, other_thing.role, other_thing.speaker) == ("quote", "provider", "ME")
    assert WEBINAR[other_thing.end :].lstrip().startswith("[00:08:15]")
    # a "she" in a speaker's own turn is someone they quote, not the speaker
    assert by_start["‘You’re the only fac"].role == "other"
    # a heading with a colon is no speaker's turn
    assert all(p.kind == "narrative" for p in passages if "Keynote" in WEBINAR[p.start : p.end])


def test_what_you_said_in_an_interview_is_the_guests() -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "SAM OKAFOR: Good morning, councillor. Why close Elmfield?\n\n"
        "CLLR QUAYLE: Because we cannot afford to run it, and I am sorry about that, truly.\n\n"
        "SAM OKAFOR: Two years ago, in the council chamber, you said: 'no council-run care home"
        " will close while I hold this portfolio.' You still hold it.\n\n"
        "CLLR QUAYLE: I did say that, and I meant it at the time, but the money has changed.\n"
    )
    got = [(t[:12], role) for t, role, _ in quoted(text, lexicon)]
    # the presenter quotes the guest to the guest: hers, not someone second-hand
    assert ("'no council-", "political") in got


def test_within_a_turn_the_speaker_goes_on_after_quoting_someone() -> None:
    text = (
        "Dr Gillian Rowe (Hexley) (Con): I congratulate my hon. Friend on an excellent speech.\n\n"
        "Priya Lal, who chairs the Hexley Care Providers' Association, told me: \"Every provider"
        ' will be asking the same question in April."\n\n'
        "The Government have also scrapped the cap. The Care Quality Commission warned that"
        ' access "continues to depend too much on where people live". Where is the plan?\n\n'
        "Mr Colin Reade (Mardenfield) (Con): I agree with my hon. Friend.\n\n"
        "Dr Gillian Rowe (Hexley) (Con): I thank him.\n\n"
        "Mr Colin Reade (Mardenfield) (Con): And I her.\n"
    )
    found = quotes_of(text)
    # the third paragraph is the member's, with the regulator's words in it - not Priya Lal going on
    assert '"continues to depend too much on where people live"' in found
    assert not any(q.startswith("The Government have also") for q in found)


def test_a_tables_key_defines_its_codes(lexicon: RoleLexicon) -> None:
    text = (
        "Table 4.1 Participants quoted by pseudonym in this chapter\n\n"
        "Source: study interviews, 2023. DASS = director of adult social services; AD = assistant"
        " director; SCW = senior care worker.\n\n"
        "Marcia described an unpaid ambassadorial role that came with that visibility:\n\n"
        "You carry everybody. If a Black social worker has a problem, it comes to me. (Marcia,"
        " AD)\n\n"
        "Blessing described the pressure on those who had come on visas:\n\n"
        "You don’t complain when your visa is tied to the employer. (Blessing, SCW)\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "workforce"]


def test_a_paragraph_closed_by_its_own_attribution_is_that_persons(lexicon: RoleLexicon) -> None:
    text = (
        "Chapter 4\n\n"
        "In this chapter I draw on the interviews, and my own notes, to trace their careers.\n\n"
        "For the two participants who had come on visas, the early years were shaped by the visa"
        " itself. Marcia, an assistant director, described her first year as ‘head down, phone"
        " on, no questions’.\n\n"
        "You don’t complain when your visa is tied to the employer. You just don’t. When I got a"
        " new sponsor I could breathe again. (Blessing, senior care worker)\n"
    )
    found = [(quote[:12], role) for quote, role, _ in quoted(text, lexicon)]
    # not Marcia going on (a paragraph the authors, who say "I", would have kept), but the person
    # its bracket names
    assert found == [("‘head down, ", "director"), ("You don’t co", "workforce")]


def test_a_body_named_by_its_members_speaks_through_its_submission(lexicon: RoleLexicon) -> None:
    text = (
        "In its submission, the Association of Care Home Owners argued: ‘A mandatory"
        " qualification, properly funded, would help.’\n\n"
        "In its submission, Voices for Independent Living, a user-led organisation, argued that"
        " ‘leadership development must include us’.\n\n"
        "In a statement, the charity Carers Forward said: ‘We welcome the review.’\n\n"
        "In a written submission, one care home owner said: ‘We cannot recruit.’\n"
    )
    # a body's written words are a document, whoever its members are; a person's are theirs
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "document",
        "document",
        "document",
        "provider",
    ]


def test_whom_a_speaker_was_asked_about_is_not_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "Adaeze, now director of adult social services in a metropolitan borough, talked about"
        " her first director: ‘She put me in rooms I had no business being in.’\n\n"
        "Asked what she would want a young Black care worker starting out today to have,"
        " Adaeze said: ‘A map. I had a torch and a lot of stubbornness.’\n"
    )
    # the care worker is whom she was asked about; Adaeze is the director met before
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "director"]


def test_a_surveys_respondents_are_whom_it_was_for_said_before_or_after(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Summary\n\n"
        "‘I don’t need a miracle. I need to know who is coming and when.’\n"
        "– Survey respondent, aged 81\n\n"
        "How we did it\n\n"
        "We ran an online and paper survey for people who draw on home care and their families"
        " between January and March.\n\n"
        "Continuity mattered most. ‘My regular carer is wonderful, but she is off on Fridays,’ one"
        " survey respondent wrote.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


@pytest.mark.parametrize(
    ("members", "role"), [("2,000 care providers", "provider"), ("older people", "national")]
)
def test_a_body_the_lexicon_does_not_list_is_whom_it_represents(members: str, role: str) -> None:
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    text = (
        "Fiona Gallacher, Chief Executive of the Independent Care Sector Federation, which"
        f" represents more than {members} in England, said: 'Our members will welcome this fund.'\n"
    )
    # a providers' body, as trade bodies are; a charity for older people is no older person
    assert [r for _, r, _ in quoted(text, lexicon)] == [role]


def test_a_surveys_respondents_are_whom_it_says_they_were(lexicon: RoleLexicon) -> None:
    text = (
        "LT presented the results of the forum's survey on leadership. 31 of 58 member"
        " organisations had responded; most respondents were registered managers or owners.\n\n"
        "LT read out some of the comments. One respondent wrote:\n\n"
        "'I have never had a supervision that was about me rather than the service.'\n\n"
        "Another wrote: 'The Level 5 got me through my registration.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_surveys_respondents_are_whom_it_says_it_asked(lexicon: RoleLexicon) -> None:
    text = (
        "This is the third year in which we have asked directors of adult social services not"
        " only about money but about leadership.\n\n"
        "Several respondents commented that the loss of experienced heads of service had left"
        " them ‘doing three jobs and leading none of them properly’. As one respondent put it,"
        " ‘I spend more time covering gaps than leading.’\n\n"
        "We asked people who draw on care what good support looks like. One woman said: ‘Being"
        " listened to.’\n"
    )
    # respondents are the directors asked; the woman is no respondent, and a lay person
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "director", "user"]


def test_one_and_a_second_among_a_surveys_respondents(lexicon: RoleLexicon) -> None:
    text = (
        "This is the fourth year in which we have asked directors, in the autumn, to tell us"
        " about the winter ahead.\n\n"
        "Ministers have promised a ten-year plan. That commitment was met with some scepticism"
        " among respondents. ‘We have heard it before,’ says one. ‘Show us the money,’ says a"
        " second. A third says: ‘I would settle for a two-year settlement.’\n\n"
        "Care home owners were asked the same at a provider forum. ‘We are still here,’ says"
        " one.\n"
    )
    # the survey's respondents are the directors it asked; the forum's "one" is none of them
    got = [role for _, role, _ in quoted(text, lexicon)]
    assert got[:3] == ["director", "director", "director"]
    assert got[3] != "director"


def test_a_titled_name_with_a_post_after_it_is_the_posts_in_the_narrative(
    lexicon: RoleLexicon,
) -> None:
    # the pronoun's antecedent is the person with the post after the name, not the title's role
    text = (
        "64. Professor Daniel Whitlock OBE, Chief Executive of Care England, was blunt about the"
        " root cause. “You cannot ask providers to pay NHS rates out of fees that councils set,”"
        " he said.\n\n"
        "Professor Amy Hall, an economist, agreed. “The arithmetic does not work,” she said.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "national"]


def test_a_post_at_the_publishers_body_named_in_the_narrative(lexicon: RoleLexicon) -> None:
    # a care group's own blog: "Our Chief Executive" is the group's, a provider
    text = (
        "Elmstead Care Group\nFind a home\nCareers\n\n"
        "Celebrating our long service award winners\n\n"
        "Our Chief Executive, Fiona Carrick, opened the evening. “Tonight is about the people who"
        " quietly hold our homes together,” she said.\n\n"
        "She added: “Recognition matters too.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_relative_a_persons_post_runs_on_to_is_not_their_role(lexicon: RoleLexicon) -> None:
    # "set up the agency in 2009 with his wife": the agency's owner, not a family member
    text = (
        "Harewood Care, based in Colneford, will stop providing publicly funded care.\n\n"
        'Its owner, Marcus Oyelaran, said the decision had been "the hardest of my working'
        ' life".\n\n'
        "Mr Oyelaran, 52, set up the agency in 2009 with his wife, a former district nurse.\n\n"
        '"People think we are being greedy," Mr Oyelaran said.\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_name_met_unplaced_then_as_a_relatives_owner_is_family(lexicon: RoleLexicon) -> None:
    # a photograph's caption quotes her before the story says whose daughter she is
    text = (
        "Image caption,\n"
        'Sarah Kettering says losing familiar carers would be "like starting all over again" for'
        " her mother\n\n"
        "A home care company has said it will hand back its council contracts.\n\n"
        "Sarah Kettering's mother, Joan, 87, has been visited by Harewood carers four times a day"
        " since she had a stroke in 2023.\n\n"
        '"Mum knows them," said Ms Kettering, who lives in Leeds and visits at weekends.\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


def test_a_gathering_the_cue_names_may_say_whose_it_was(lexicon: RoleLexicon) -> None:
    text = (
        "4.9 At our roundtable for home care providers in Bristol, one participant put the problem"
        " starkly: 'I can recruit. What I can't do is keep them past Christmas.'\n\n"
        "One participant at our Leeds event said: 'Nobody asked us.'\n"
    )
    # the Leeds event names nobody: the participant is no one the text places
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "interviewee"]


def test_someone_old_introduced_by_their_age_in_a_relative_clause(lexicon: RoleLexicon) -> None:
    text = (
        "I asked the residents what they made of the Budget. 'Billions? Where is it, then?' said"
        " Gwen, who is 91 and was a school secretary for 40 years.\n\n"
        "Mercer, who is 56, retires this month after nine years in post. 'It was never about"
        " me,' Mercer said.\n"
    )
    # a professional's age in a profile places no one
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "interviewee"]


def test_a_heading_under_a_quotation_is_no_credit(lexicon: RoleLexicon) -> None:
    text = (
        'Councillor Martin Greaves, Cabinet Member for Adult Social Care, said: "This is the first'
        ' time we have written a strategy with residents rather than for them."\n\n'
        '"We have also been honest about what we can\'t do."\n\n'
        "What the strategy commits to\n\n"
        "- Home first: helping more people to live at home for longer.\n"
    )
    # the paragraph with no cue goes on with the councillor; the heading below it credits no one
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political", "political"]


def test_a_name_holding_a_role_holds_its_post(lexicon: RoleLexicon) -> None:
    text = (
        "Priya Ramnarine combines the PSW role with being head of practice at Westermoor City"
        " Council. Westermoor pays a panel of people who draw on care to train its staff. “They"
        " tell our newly qualified staff things I could say a hundred times,” Ramnarine says.\n\n"
        "Sam Okoye took the registered manager job at Larchfield in 2021. “The first year was"
        " firefighting,” Okoye says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "provider"]


def test_the_authors_earlier_report_is_a_noun_not_a_cue(lexicon: RoleLexicon) -> None:
    text = (
        "In our previous report, Held Together, we found that front-line staff ‘rarely describe"
        " leadership in terms of job titles’.\n\n"
        "Our members report that ‘the fee uplift did not cover the wage rise’.\n"
    )
    # "previous" is no plural subject of "report"; "members" is
    found = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [found[0][0], found[1][1]] == ["document", "Our members"]


def test_a_name_after_a_clause_on_the_place_is_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "Outside the town hall before the meeting, where around 20 care staff and owners gathered"
        " with placards, Linda Haworth, who owns two care homes in the borough, said: ‘Something"
        " has to give.’\n"
    )
    # the care staff are where she spoke, not who she is
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "Linda Haworth, who owns two care homes in the borough")
    ]


def test_a_bracket_after_a_paragraphs_own_quotation_attributes_that(lexicon: RoleLexicon) -> None:
    text = (
        "Social care participants who hosted NHS colleagues made similar observations:\n\n"
        "She was surprised we don’t have a bank of staff to call on. I was surprised how many"
        " planners had never been inside a care home. (P22, care home manager)\n\n"
        "Social workers found time in hospital settings equally revealing. ‘I’d always thought"
        " the discharge team were just trying to get people out of the door,’ one said. ‘After"
        " two days on the ward I could see they were drowning too.’ (P11, council, social"
        " worker)\n\n"
        "Primary care participants, too, reported that they had overestimated their knowledge."
        " One GP told us: ‘As a GP you think you know social care because you sign the forms.’"
        " (P05, primary care)\n"
    )
    # the last two paragraphs are the authors', with quotations in them - not comments like the
    # first, closed by their own brackets
    passages = attribute(text, (), lexicon)
    gp = next(p for p in passages if text[p.start : p.end].startswith("‘As a GP"))
    assert gp.role == "nhs"
    narrative = [text[p.start : p.start + 20] for p in passages if p.kind == "narrative"]
    assert "Social workers found" in narrative and "Primary care partici" in narrative


def test_what_a_bracket_says_after_a_code_outranks_the_codes_prefix(lexicon: RoleLexicon) -> None:
    text = (
        "‘The voluntary sector is always invited last,’ said one participant from a voluntary"
        " sector care provider (P19).\n\n"
        "Action learning sets exposed the limits of shared information:\n\n"
        "We still can’t see social care data in any useful way. (P14, ICB)\n"
    )
    # "P" is no provider's prefix for every participant: P14's bracket says where P14 works
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "nhs"]


def test_a_respondent_who_did_not_give_their_role_has_none(lexicon: RoleLexicon) -> None:
    text = (
        "We interviewed 20 registered managers of care homes for this review.\n\n"
        "‘Leadership in care is lonely,’ wrote one survey respondent, who did not give their"
        " role.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["interviewee"]


def test_a_name_with_an_aside_in_brackets_is_still_introduced(lexicon: RoleLexicon) -> None:
    text = (
        "Margaret (a pseudonym) is 84 and lives alone in Northfield. ‘Nobody asked me what I"
        " wanted,’ Margaret said.\n\n"
        "Tom (a pseudonym) uses a direct payment to employ two personal assistants. Tom told"
        " us:\n\n"
        "‘The council talks about co-production, but nobody asked me.’\n"
    )
    # a member of the public by her age; the holder of a direct payment draws on care
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


def test_a_press_release_announcing_something_announces_no_one(lexicon: RoleLexicon) -> None:
    text = (
        "In the council’s press release announcing the strategy, Councillor Viv Rashid, cabinet"
        " member for adult social care, described the leadership programme as ‘a model for how we"
        " want to work with every community in this city’.\n"
    )
    # "announcing" describes the release; the councillor's own words are hers
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political"]


def test_a_time_before_the_subject_is_no_part_of_it(lexicon: RoleLexicon) -> None:
    text = (
        "Paula Grant is our director of adult social services. I took the team's request to"
        " Paula, half expecting to be told it was not a priority. Instead she booked herself in"
        " for a full duty shift.\n\n"
        "Afterwards she said to the team: ‘I came away with a much clearer sense of the pressure"
        " you are carrying.’\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("director", "she")]


def test_a_text_or_an_email_sent_is_a_cue(lexicon: RoleLexicon) -> None:
    text = (
        "The programme asked listeners for their views.\n\n"
        "Lorraine, who manages a care home in Eastfield, emailed: ‘Nobody has ever asked me what I"
        " think about how care is run.’\n\n"
        "Kerry, a home care worker in Wexley, texts: ‘We are two carers down every weekend.’\n\n"
        "Her last email was brief: ‘I am done.’\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)][:2] == [
        ("provider", "Lorraine, who manages a care home in Eastfield"),
        ("workforce", "Kerry, a home care worker in Wexley"),
    ]


PHONE_IN = """DAN HOLLIS: Good morning, it's five past ten and this is Midmornings.

MARGARET OKAFOR: Morning, Dan. Lovely to be here.

DAN HOLLIS: Lots of texts coming in already. Pauline in Immingham has texted: ‘My mum had four \
different agencies in a year. Who is in charge of that?’ And this from Steve, who doesn't say \
where he is: ‘Care worker, 22 years. The best manager I ever had knew every client by name.’ \
Gill, who says she's a social worker over in Lincolnshire, texts: ‘We've had five heads of \
service in four years.’ Another text, this one unsigned: ‘Why do councils get to decide who gets \
care?’ And Bev in Bridlington: ‘Registered manager here, seven years. Nobody has ever asked me.’ \
Kevin on our Facebook page says: ‘Social care is invisible until it's your mum.’ Margaret?

MARGARET OKAFOR: They're all right. A home care worker once said to me: ‘You lot make the plans, \
we make them work.’ I've never forgotten it.
"""


def test_messages_a_host_reads_out_are_their_senders(lexicon: RoleLexicon) -> None:
    found = {q[1:12]: (r, s) for q, r, s in quoted(PHONE_IN, lexicon) if q[:1] == "‘"}
    assert {k: r for k, (r, _) in found.items()} == {
        "My mum had ": "user",  # the family she writes of
        "Care worker": "workforce",  # what the message says its sender is
        "We've had f": "workforce",  # what the cue says
        "Why do coun": "interviewee",  # no one: not the last speaker ("Another text")
        "Registered ": "provider",  # one more message, after a colon alone
        "Social care": "interviewee",
        # someone the guest recalls saying it to her: second-hand, whatever the cue calls them
        "You lot mak": "other",
    }
    # the label is no part of the speaker, nor the auxiliary before the verb
    assert found["We've had f"][1] == "Gill, who says she's a social worker over in Lincolnshire"
    assert found["My mum had "][1] == "Pauline in Immingham"


def test_a_message_sent_to_the_speaker_is_second_hand(lexicon: RoleLexicon) -> None:
    text = PHONE_IN.replace(
        "A home care worker once said to me:", "My neighbour texted me last week:"
    )
    roles = {q[1:12]: r for q, r, _ in quoted(text, lexicon) if q[:1] == "‘"}
    assert roles["You lot mak"] == "other"


def test_opening_by_saying_is_speaking(lexicon: RoleLexicon) -> None:
    text = (
        "3.1 Professor Whitlock, the convenor, opened by saying that the morning was 'not another"
        " conversation about money'.\n\n"
        "Council leader Cllr Graham Beddoes opened the item by saying it was 'one of the hardest"
        " decisions this cabinet will take'.\n\n"
        "The report is informed by reported cases of 'people left without care for weeks'.\n"
    )
    assert [(s, r) for _, r, s in quoted(text, lexicon)] == [
        ("Professor Whitlock, the convenor", "national"),
        ("Council leader Cllr Graham Beddoes", "political"),
    ]
    # a gerund after "by" speaks; what they opened by speaking is no part of who they are; and a
    # participle after "by" is still an adjective


def test_one_after_though_is_one_of_the_group_before(lexicon: RoleLexicon) -> None:
    text = (
        "Several directors described their lead members as ‘critical friends’, though one"
        " admitted that the emphasis was ‘mostly on friend, to be honest’.\n"
    )
    assert [(s, r) for _, r, s in quoted(text, lexicon)] == [
        ("Several directors", "director"),
        ("one", "director"),
    ]
    # "though" opens a clause of its own, as "but" does: its "one" is one of the directors


def test_several_of_a_group_the_study_names_by_its_role(lexicon: RoleLexicon) -> None:
    text = (
        "Provider participants said the programme had helped, although several described their"
        " presence in system forums as ‘tolerated rather than invited’ until well into the"
        " second cohort.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider"]
    # the study's "participants", and the word before them that says which


def test_a_while_clause_s_subject_speaks_through_its_aside(lexicon: RoleLexicon) -> None:
    text = (
        "The lead member described the months that followed as ‘the worst of my political"
        " life’, while the director, interviewed separately, said that ‘the commissioners"
        " arrived wanting to cut the budget’.\n"
    )
    assert [(s, r) for _, r, s in quoted(text, lexicon)] == [
        ("The lead member", "political"),
        ("the director", "director"),
    ]
    # "interviewed separately" is an aside on the director, no main clause after "while ..."


def test_the_subject_of_a_fronted_clause_is_its_main_clauses_she(lexicon: RoleLexicon) -> None:
    text = (
        "Our team met Rose, who draws on care, last year. She was clear about what mattered.\n\n"
        "When the Chief Social Worker for Adults spoke at our national conference in November,"
        " she said that ‘leadership in social work happens at every level, and most of it never"
        " appears on an organisation chart’. I wrote that down. She went on: ‘If we only"
        " recognise leadership when it has a title attached, we will keep losing people.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["national", "national"]
    # what is someone's is not the subject: "When his care agency handed back his package"
    text = (
        "Delroy is 67 and has had home care visits four times a day since a stroke.\n\n"
        "When his care agency handed back his package last winter, it was his niece who found"
        " a replacement. ‘She spent three days on the phone. Who rings round for the people who"
        " haven’t got a niece?’\n"
    )
    assert "provider" not in [r for _, r, _ in quoted(text, lexicon)]


def test_a_legend_defines_a_group_after_its_codes_and_a_coded_bracket_closes_words(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Box 4.1  Who we spoke to\n\n"
        "  •  Council officers (CO01–CO08): directors and assistant directors of adult social\n"
        "     services in the two study areas\n"
        "  •  General practitioners (GP01–GP06): including two clinical leads for care homes\n\n"
        "One council officer (CO07, coastal) summed up the planning gap: ‘we write a winter plan"
        " for the hospital, not for the coast.’\n\n"
        "Council officers who had invested in leadership development described a different"
        " problem: keeping the people they had developed.\n\n"
        "We put six of our team managers on a national leadership programme last year. Two of"
        " them have since left for jobs in the city. (Council officer, rural, CO08)\n\n"
        "Few interviewees raised equality and diversity unprompted. ‘We’ve had four directors"
        " in six years,’ one council officer told us.\n"
    )
    found = quoted(text, lexicon)
    assert [(q[:12], r) for q, r, _ in found] == [
        ("‘we write a ", "director"),  # the legend's definition, not "council officer"
        ("We put six o", "director"),  # a paragraph closed by a coded attribution: their words
        ("‘We’ve had f", "director"),  # the group's name, as the legend defines it
    ]


def test_a_persons_reply_with_an_aside_is_their_own_words(lexicon: RoleLexicon) -> None:
    text = (
        "I wrote to our MP, Andrew Castell MP, in June about the home's fees. His reply, when it"
        " came in August, said: ‘I will be sure to raise your concerns with ministerial"
        " colleagues at the earliest opportunity.’ I am still waiting.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political"]


def test_what_someone_named_by_surname_trained_as_yields_to_their_post(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Daniel Fortune, a discharge lead nurse at Kelderby Teaching Hospitals NHS Foundation"
        " Trust, is also in the first cohort.\n\n"
        "Fortune, who trained as a nurse in Ghana before moving to the UK in 2009, said he hoped"
        ' the programme would "show that leaders in health and care can look like the workforce'
        ' they lead."\n'
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs"]


def test_a_hyphenated_surname_s_past_career_yields_to_their_post(lexicon: RoleLexicon) -> None:
    text = (
        "Grace Adebayo-Lewis has been registered manager of Meadowbank House, a 52-bed nursing"
        " home in Wexley, for eight years.\n\n"
        '"Being a registered manager is the most important leadership job in social care," says'
        " Adebayo-Lewis, who trained as a nurse in Nigeria before moving to the UK in 2006.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider"]
    # the surname is one name in three tokens: her post, not what she trained as


def test_what_someone_called_something_is_their_words(lexicon: RoleLexicon) -> None:
    text = (
        "The gap between the best and the rest is wide. Several witnesses described what one"
        " director called ‘a postcode lottery dressed up as localism’, in which the quality of"
        " leadership determines what people get.\n"
    )
    assert [(q, r) for q, r, _ in quoted(text, lexicon)] == [
        ("‘a postcode lottery dressed up as localism’", "director")
    ]


def test_a_participants_table_gives_each_pseudonym_its_role(lexicon: RoleLexicon) -> None:
    text = (
        "Participants are referred to by pseudonyms (Table 4.1).\n\n"
        "Table 4.1  Participants quoted in this section\n\n"
        "Pseudonym   Role at start of programme               Sector\n\n"
        "Grace       Registered manager, care home            Independent provider\n"
        "Farah       Senior social worker                     Local authority\n"
        "Olu         Assistant director                       Local authority\n\n"
        "Source: evaluation team.\n\n"
        "Almost every participant described a ceiling. ‘In social work we talk about"
        " anti-oppressive practice all day,’ Farah said. ‘Even at AD level you are still the only"
        " one in the room,’ says Olu.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["workforce", "director"]
    # ... and where the cleaner has closed the rows up, each opens on its name and code
    joined = (
        "Pseudonym Code Role Setting\n\n"
        "Adaeze DASS Director of adult social services Metropolitan borough, North West Simone"
        " SWM Social work team manager Metropolitan borough\n\n"
        "‘I trained her for the job,’ Simone said.\n"
    )
    assert [r for _, r, _ in quoted(joined, lexicon)] == ["workforce"]


def test_a_participants_table_in_columns_under_its_header_gives_each_pseudonym_its_role(
    lexicon: RoleLexicon,
) -> None:
    raw = (
        "Table 2 Participants quoted in this report\n\n"
        " Pseudonym     Role                                        Site\n"
        " Ade           Person who draws on care (direct payment)   A\n"
        " Callum        Care worker, home care agency               A\n"
        " Delyth        Assistant director, adult social care       B\n\n"
        "Source: study team.\n\n"
        "‘Nobody from the council has ever asked me what a good week looks like.’ (Ade)\n\n"
        "‘I get the rota on a Sunday night and that is all the leadership I see.’ (Callum)\n\n"
        "Delyth was candid: ‘We have made the same savings three years running.’\n"
    )
    text = clean_text(raw).text
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user", "workforce", "director"]


def test_a_surveys_typical_responses_are_its_respondents_words(lexicon: RoleLexicon) -> None:
    text = (
        "The survey asked respondents what, if anything, had changed for them as a result of the"
        " programme. Typical responses included:\n\n"
        "   • ‘More confidence to apply for jobs I would once have ignored.’\n"
        "   • ‘A network of people across the region I can call on when things go wrong.’\n"
        "   • ‘As a registered manager I now have a diverse interview panel policy in my home.’\n\n"
        "The programme has not removed the structural barriers.\n"
    )
    # the respondents', not a publication's; one says who they are
    assert [r for _, r, _ in quoted(text, lexicon)] == ["interviewee", "interviewee", "provider"]


def test_a_spokesperson_named_is_a_person_in_their_post(lexicon: RoleLexicon) -> None:
    text = (
        "Mark Oyelaran, ADASS spokesperson for carers and Director of Adult Social Services at"
        " Wexcombe County Council, said: ‘Directors know that carers’ budgets are among the first"
        " to be squeezed.’\n\n"
        "A Department of Health and Social Care spokesperson said: ‘We are investing in carers.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["director", "document"]


def test_a_mastheads_initials_and_a_post_after_a_body_name_its_holder(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Severnvale Care Association\n"
        "The voice of independent care providers across Severnvale\n\n"
        "Winners celebrated at the 2024 Severnvale Care Leadership Awards\n\n"
        "Opening the ceremony, SCA chief executive Anita Brookes paid tribute to the managers on"
        " the shortlist.\n\n"
        "‘Every one of the people on our shortlist is doing something extraordinary,’ she said.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider"]


def test_a_mastheads_tagline_is_no_part_of_the_bodys_name(lexicon: RoleLexicon) -> None:
    text = (
        "Your privacy\n\n"
        "Brightwater Homes & Care, care and support for later life\n\n"
        "Tenant login | Report a repair | Contact us\n\n"
        "Annual review 2023/24: Living well, together\n\n"
        "Our Chief Executive, Sunita Ramsay, said:\n\n"
        "‘When I meet tenants, what they talk about is home.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider"]


def test_reminding_someone_is_a_cue(lexicon: RoleLexicon) -> None:
    text = (
        "4.45 Healthwatch England reminded us that people who draw on care notice turnover"
        " first:\n\n"
        "‘When people tell us about poor experiences of care, the turnover of staff is almost"
        " always part of the story.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["document"]  # the body's, not a user's


def test_what_a_pronouns_clause_says_they_are_now_places_them(lexicon: RoleLexicon) -> None:
    text = (
        "Which brings me to Jodie. She has worked for a home care agency in Tynebridge for"
        " fourteen years and is now a field care supervisor. She has never been on a leadership"
        " course.\n\n"
        "'I lead every day,' she said, as we drove between visits on the edge of the town.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["workforce"]


def test_a_respondent_in_a_survey_speaks_for_themselves(lexicon: RoleLexicon) -> None:
    text = (
        "Carers told us a great deal.\n\n"
        "In our survey of 412 unpaid carers (response rate 61 per cent), one respondent wrote:"
        " ‘I have told my story to six different people this year.’\n\n"
        "In its annual report, the council said: ‘Carers are at the heart of our plans.’\n"
    )
    # the respondent one of the carers surveyed, not the survey; a body's report its own
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user", "document"]


def test_a_roll_of_names_is_no_post_and_the_chair_who_closes_a_session_is_a_member(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Witnesses\n\n"
        "II: Carys Wendell, Director of Adult Social Services, Harnley Borough Council; Omar Vail,"
        " Chief Executive, Thornbury Care Homes.\n\n"
        "Examination of witnesses\n\n"
        "Witnesses: Carys Wendell, Omar Vail and Professor Ruth Lacey.\n\n"
        "Q41 Chair: Welcome. Ms Wendell, who leads adult social care in Harnley?\n\n"
        "Carys Wendell: My team do, mostly, and the council behind them.\n\n"
        "Q42 Chair: Mr Vail, is that how it looks from a care home?\n\n"
        "Omar Vail: Not always. We deal with nine councils and nine sets of rules.\n\n"
        "Carys Wendell: That is fair, and it is the thing I would change first.\n\n"
        "Chair: Thank you both. We will put what you have said to the Minister next week.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    # "Omar Vail and Professor Ruth Lacey" is no post of Carys Wendell's: the professor is Lacey
    assert got[1] == ("director", "Carys Wendell")
    assert got[4] == ("director", "Carys Wendell")
    # the chair whose questions were numbered closes the session unnumbered: a member still
    assert got[-1] == ("political", "Chair")


def test_a_qa_labelled_by_initials_is_the_person_they_stand_for(lexicon: RoleLexicon) -> None:
    text = (
        "Meet the new chair: Q&A with Grace Talbot\n\n"
        "Grace Talbot took over as chair of ADASS North East in May, succeeding a director who"
        " had held the post for four years.\n\n"
        "Q: Why take on the chair?\n\n"
        "GT: Because the region works best when we talk to each other.\n\n"
        "Q: What worries you most?\n\n"
        "GT: Money, and the one-year settlements that come with it.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("director", "GT")] * 2


def test_an_attendance_list_a_line_each_under_its_label(lexicon: RoleLexicon) -> None:
    # no colon after the label, first names only, a dash before each part
    text = (
        "CO-PRODUCTION BOARD\n\nNotes of the meeting held on 12 March 2024\n\n"
        "PRESENT\n"
        "Marcus – Co-chair; expert by experience\n"
        "Helen – Co-chair; Assistant Director, Adult Social Care, Brackwater Council\n"
        "Bernadette – Family carer (sister)\n\n"
        "1. WELCOME\n\n"
        "Marcus said: 'People with learning disabilities are the experts in their own lives.'\n\n"
        "Helen said the finance team had raised questions. 'We are not going to let anyone lose"
        " out,' she said.\n\n"
        "Bernadette added: 'And I'd say the same goes for the ICB.'\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user", "director", "user"]


def test_an_attendance_list_whose_chair_s_line_brackets_her_part(lexicon: RoleLexicon) -> None:
    # "(Chair)" between the name and the dash; the people are met again by their whole names,
    # and "she" after one is her
    text = (
        "WESTMARCH CARERS' PARTNERSHIP BOARD\n\nNOTES OF MEETING\n\n"
        "PRESENT\n"
        "Margaret Doyle (Chair) - carer representative\n"
        "Fiona Clarke - carer representative (parent carer)\n"
        "Joanne Pike - Discharge Lead, NHS Westmarch Integrated Care Board\n\n"
        "1. WELCOME\n\n"
        "Fiona Clarke said: 'When my daughter turned eighteen, everybody stopped talking to me.'\n\n"
        "Joanne Pike responded to the question. She said: 'I can't promise it won't happen"
        " again.'\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user", "nhs"]


def test_a_surname_then_what_they_are_now_is_met_by_it_later(lexicon: RoleLexicon) -> None:
    text = (
        "Priya Raman still remembers the morning she realised her job had changed.\n\n"
        "Raman, now operations director and nominated individual at Cedarfield Care, is one of a"
        " growing number of registered managers who have made the move.\n\n"
        "“I’d done budgets for one home, but I’d never read a set of management accounts for a"
        " group,” Raman says.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider"]


def test_notes_of_questions_and_answers_from_the_floor(lexicon: RoleLexicon) -> None:
    # "Q - name (body):" and "A - initials:" lead in each; a company's legal form closes its name
    text = (
        "Lorna Baptiste (Assistant Director, Commissioning) presented the proposed fees.\n\n"
        "Q - Dave Ellison (Ellison Care Homes Ltd, 3 homes): 'Your uplift on residential is 4.6"
        " per cent. How is that a sustainable fee?'\n\n"
        "A - LB: 'It is a fair challenge and I do not have a better answer than the honest one.'\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("provider", "Dave Ellison (Ellison Care Homes Ltd, 3 homes)"),
        ("director", "LB"),
    ]


def test_a_phone_ins_callers_labelled_with_their_names_in_brackets(lexicon: RoleLexicon) -> None:
    text = (
        "DEV CHAUHAN (PRESENTER): Let's go to the phones. Janet's in Hollins End. Morning, Janet."
        "\n\n"
        "CALLER (JANET, HOLLINS END): Morning, Dev. My mum's been in Rosewood for two years and"
        " the fees have gone up again.\n\n"
        "DEV CHAUHAN: Angela Moss, what do you say to Janet?\n\n"
        "JANET: But will she have to move? That's all I want to know.\n\n"
        "CALLER (MIKE, FORDBRIDGE): Morning. I'm a care worker at a home in Fordbridge and I've"
        " not had a pay rise in two years.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got == [
        ("user", "CALLER (JANET, HOLLINS END)"),
        ("user", "JANET"),
        ("workforce", "CALLER (MIKE, FORDBRIDGE)"),
    ]


def test_a_callers_label_names_the_caller_after_its_dash(lexicon: RoleLexicon) -> None:
    # "CALLER - DR ANITA (GP, Northmere)" places Anita, not every caller: "CALLER - STEVE" is
    # no one the GP's turn placed
    text = (
        "KATE RAMSDEN: Good morning. With me is Cllr Joanne Bristow.\n\n"
        "CLLR BRISTOW: Thank you, Kate. We are doing our best.\n\n"
        "KATE RAMSDEN: Let's go to the phones.\n\n"
        "CALLER - DR ANITA (GP, Northmere): Hello, yes. I've been a GP in the town for nineteen"
        " years and the joint working is better than ever.\n\n"
        "KATE RAMSDEN: Steve's on the line from Boston. Steve, go ahead.\n\n"
        "CALLER - STEVE (Boston): Yeah, morning. Nobody ever says anything about the"
        " inspectors.\n\n"
        "CLLR BRISTOW: I hear that, Steve.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)][3:] == [
        ("nhs", "CALLER - DR ANITA (GP, Northmere)"),
        ("other", "KATE RAMSDEN"),
        ("interviewee", "CALLER - STEVE (Boston)"),  # a caller nothing places
        ("political", "CLLR BRISTOW"),
    ]


def test_a_web_pages_readers_questions_and_an_experts_answers_under_their_labels(
    lexicon: RoleLexicon,
) -> None:
    # each post under a line naming its writer; the expert, introduced by the page, answers
    # each; a question heading the next post is the page's, not the answer's
    answer = (
        "Aisha Rahman\nThat is a fair question, and the honest answer is that it depends on"
        " where you live.\n\n"
    )
    text = (
        "Your questions answered\n\nWe put your questions to Dr Aisha Rahman, a senior fellow"
        " at the Care Policy Institute think tank.\n\n"
        "Who is in charge of getting my father home?\n\n"
        "Gillian, 54, Leicestershire\nMy father is 86 and has been stuck in hospital for three"
        " weeks after a fall. Who is actually in charge?\n\n"
        + answer
        + "Why is my rate so low?\n\n"
        "Martin, district councillor, Shropshire\nAs a district councillor I get a lot of"
        " casework about home care, and I never know whom to ring at the county.\n\n"
        + answer
        + "Is it safe?\n\n"
        "Name withheld, registered manager of a nursing home, Kent\nSeveral times a week we are"
        " asked to accept residents from hospital after a ten-minute phone call.\n\n"
        + answer
        + "Why so many carers?\n\n"
        "Joan, 79, Cumbria\nI have had carers since I came out of hospital after a stroke, and"
        " twenty-three different ones in three months.\n\n"
    )
    got = [(r, s, q[:12]) for q, r, s in quoted(clean_text(text).text, lexicon)]
    assert got == [
        ("user", "Gillian, 54, Leicestershire", "My father is"),
        ("national", "Aisha Rahman", "That is a fa"),
        ("political", "Martin, district councillor, Shropshire", "As a distric"),
        ("national", "Aisha Rahman", "That is a fa"),
        ("provider", "Name withheld, registered manager of a nursing home, Kent", "Several time"),
        ("national", "Aisha Rahman", "That is a fa"),
        ("user", "Joan, 79, Cumbria", "I have had c"),  # a reader giving her age: the public
    ]


def test_a_groups_members_present_by_first_name_are_what_the_group_is_of(
    lexicon: RoleLexicon,
) -> None:
    # the notes of a carers' support group: its members by first name, the facilitator and a
    # guest on lines of their own with their posts
    text = (
        "OAKFIELD CARERS' CENTRE\nTuesday Carers' Support Group\n\nNOTES OF MEETING\n"
        "Tuesday 14 May 2024\n\n"
        "Present: Pat, Derek, Amira, Maureen (first time - welcome Maureen!)\n"
        "Facilitator: Lorraine Baptiste (Carers Support Worker, Oakfield Carers' Centre)\n"
        "Guest: Sunita Rai, Senior Social Worker, Kettleby Borough Council\n\n"
        "1. CHECK-IN\n\n"
        "Derek: The agency has changed again. Derek said: \"That's the fourth agency since"
        ' Christmas."\n\n'
        "Sunita said: \"I'm not going to stand here and tell you it's fine.\"\n\n"
        'Amira said: "Be flexible. I can do a seven o\'clock meeting on Zoom."\n'
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("user", "Derek"),
        ("workforce", "Sunita"),
        ("user", "Amira"),
    ]


def test_questions_from_the_floor_numbered_in_brackets_are_each_askers(
    lexicon: RoleLexicon,
) -> None:
    # "FLOOR (Q1)" is no narrator's bracket (as "(PRESENTER)" is), and each numbered asker is
    # someone else, placed by what they say they are
    text = (
        "Chair: Dr Ruth Ainsworth, Reader in Social Policy\n\n"
        "RUTH AINSWORTH: Welcome, everyone. Marcus, over to you.\n\n"
        "MARCUS OYELARAN: Thanks, Ruth. I've had a direct payment for fourteen years.\n\n"
        "RUTH AINSWORTH: Thank you. Let's open it up.\n\n"
        "FLOOR (Q1): Thank you. I'm a carer - my son is twenty-four. My question is for Marcus.\n\n"
        "MARCUS OYELARAN: That's a fair question.\n\n"
        "FLOOR (Q2): Hi. I'm a social worker in a learning disability team. We're told to"
        " co-produce.\n\n"
        "MARCUS OYELARAN: And you should be able to.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert ("user", "FLOOR (Q1)") in got
    assert ("workforce", "FLOOR (Q2)") in got
    assert not any(s == "RUTH AINSWORTH" for _, s in got)  # the chair's turns: the narrative


def test_a_committees_members_present_and_their_questions(lexicon: RoleLexicon) -> None:
    # the members by the letters after their names; each question led in by the member's name,
    # titled or in full, and a verb that is no speech verb
    text = (
        "Members present: Siobhan Marr MP (Chair), Dr Owen Tegg MP, Rachel Fenwick MP\n\n"
        "Witnesses: Dr Hannah Ashworth, President, ADASS.\n\n"
        'Dr Tegg pressed the point: "If you were designing this from scratch, would you design'
        ' it so?"\n\n'
        "Rachel Fenwick challenged the timetable: \"Minister, the first phase won't report until"
        ' 2026."\n'
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("political", "Dr Tegg"),
        ("political", "Rachel Fenwick"),
    ]


def test_notes_call_people_met_by_full_name_by_their_initials(lexicon: RoleLexicon) -> None:
    # no list gives the initials: the notes name each speaker with their post in brackets, then
    # write the initials of that name
    text = (
        "NOTES OF THE MEETING\n\n"
        "Cllr Ruth Adebayo (Cabinet Member for Adult Social Care) welcomed everyone and thanked "
        "providers for coming.\n\n"
        "RA said: 'I would rather hear hard truths than polite silence.'\n\n"
        "Tom Whitcombe (Director of Adult Social Services) presented the market overview.\n\n"
        "TW said the closure had 'exposed how little warning we had'. He said: 'Ring me early.'\n\n"
        "RA thanked him. TW said: 'It is a fair challenge and I have no better answer.'\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [r for r, _ in got] == ["political", "director", "director", "director"]
    assert [s for _, s in got][:2] == ["RA", "TW"]


def test_a_table_of_code_prefixes_defines_each_prefix(lexicon: RoleLexicon) -> None:
    text = (
        "Quotations from the focus groups carry the codes in Table 2.\n\n"
        "Table 2: Focus group participants\n\n"
        "Code    Participant group                                     Number\n"
        "DA      Directors and assistant directors of adult services   8\n"
        "CW      Care workers and support workers                      12\n"
        "PC      People who draw on care and unpaid carers             10\n\n"
        "Source: review team.\n\n"
        "‘Nobody ever tells us who decided.’ (PC3)\n\n"
        "‘The rota is the leadership, honestly.’ (CW7)\n"
    )
    assert [r for _, r, _ in quoted(clean_text(text).text, lexicon)] == ["user", "workforce"]


def test_one_participant_at_a_gathering_of_a_group_is_one_of_them(lexicon: RoleLexicon) -> None:
    text = (
        "At a roundtable of directors of adult social services in the North West, one participant"
        " said:\n\n"
        "‘There is no system. There are forty organisations in my patch and no one of them is in"
        " charge.’\n\n"
        "The review also held two sessions with registered managers of care homes. Another"
        " participant said that the sector’s leadership ‘looks nothing like the people who do the"
        " work, or the people who receive it’.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["director", "provider"]


def test_a_question_asked_after_a_comma_and_a_clause_of_time_before_its_asker(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "When I asked a group of care workers in Norfolk who led adult social care in England,"
        " there was a long silence before one asked, ‘Is it the King?’ It got a laugh.\n\n"
        "The council asked the provider to ‘think again’ about the closure.\n"
    )
    # the asker one of the care workers the sentence named before; a request ("asked the
    # provider to") quotes no one
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("workforce", "one")]


def test_what_a_former_posts_holder_went_on_to_be_places_them(lexicon: RoleLexicon) -> None:
    text = (
        "The review was led by Dame Ruth Calder, a former director of adult social services who"
        " went on to chair a national carers' charity.\n\n"
        "Speaking at the launch, Calder said: ‘I met extraordinary leaders in every part of the"
        " country.’\n\n"
        "Its workforce chapter draws on Tom Ferris, a former care home manager. Ferris said: ‘We"
        " trained our own deputies or we had none.’\n"
    )
    # what she was does not undo what she became; a former post is all Ferris is given
    assert [r for _, r, _ in quoted(text, lexicon)] == ["national", "provider"]


def test_a_name_placed_in_its_own_cues_sentence_is_found(lexicon: RoleLexicon) -> None:
    text = (
        "Carers' groups welcomed the report.\n\n"
        "According to Alan Whitcombe, chief executive of the charity Carers Voice, families have"
        " become ‘the unpaid managers of a care system that too often does not work for them’.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("national", "Alan Whitcombe")]


def test_a_clause_after_a_coordinated_said_is_its_content_not_its_speaker(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Colin is a registered manager of a home care agency.\n\n"
        "Colin described losing ‘four good carers in a month to the new distribution centre’, and"
        " said recruitment had ‘eaten every hour I used to spend on supervision’.\n\n"
        "Says one director who has run services for twenty years: ‘We have never been busier.’\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    # "recruitment" is what had eaten the hours, not who said so: Colin goes on
    assert got[1] == ("provider", None)
    assert got[2][0] == "director"  # a relative clause after the speaker is no content


def test_remembered_ending_a_cue_and_told_us_after_a_fragment(lexicon: RoleLexicon) -> None:
    text = (
        "Several interviewees felt that the pandemic had briefly changed this. ‘For about eight"
        " weeks in 2020 everybody knew what a care home was,’ one care home manager remembered."
        " ‘Then the clapping stopped and so did the interest.’\n\n"
        "A home care manager in a rural area, who described her role as ‘half manager, half"
        " community organiser’, told us:\n\n"
        "‘We know which of our clients’ neighbours will pop in, and which pharmacist will"
        " deliver.’\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got[:2] == [("provider", "one care home manager")] * 2
    assert got[3] == ("provider", None)  # the manager's, not "us"'s


def test_a_callers_turn_takes_what_the_host_or_the_caller_says_they_are(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "PRESENTER: Good morning, you're listening to the phone-in, and today it's home care.\n\n"
        "PRESENTER: Kevin's in Millbrook. Kevin, you're a home carer, is that right?\n\n"
        "KEVIN: Yeah, six years now. I love the job, but it's the short calls.\n\n"
        "PRESENTER: Fifteen minutes for a lady who needs her breakfast and her tablets?\n\n"
        "KEVIN: Fifteen, and we're not paid for the drive between.\n\n"
        "PRESENTER: Ruth in Ashworth runs a home care agency. Ruth, good morning.\n\n"
        "RUTH: Good morning. We work across three council areas and the rates differ.\n\n"
        "PRESENTER: Alan's in Stourley. Alan?\n\n"
        "ALAN: That's right, I'm a GP partner in Stourley, so I see the other end of this.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got == [
        ("workforce", "KEVIN"),
        ("workforce", "KEVIN"),
        ("provider", "RUTH"),
        ("nhs", "ALAN"),
    ]


def test_a_delegate_s_turn_takes_the_post_given_after_their_own_name(
    lexicon: RoleLexicon,
) -> None:
    # a union conference's delegates open on the chair's address, their name and their post
    text = (
        "THE PRESIDENT (Bernadette Nwosu): Conference, we now move to Motion 23.\n\n"
        "JOANNE McGRATH (North West Region, Bolton Local Government): President, conference, Jo"
        " McGrath, social worker in an adult community team in Bolton, moving the amendment.\n\n"
        "THE PRESIDENT (Bernadette Nwosu): Thank you. Seconder?\n\n"
        "DAVE ROSS (Wigan): President, conference, Dave Ross, Wigan branch, seconding.\n\n"
        "THE PRESIDENT (Bernadette Nwosu): Thank you, Dave. Right of reply?\n\n"
        "JOANNE McGRATH (North West Region, Bolton Local Government): Thank you, President.\n"
    )
    got = {s.split(" (")[0]: r for _, r, s in quoted(text, lexicon)}
    assert got["JOANNE McGRATH"] == "workforce"
    assert got["DAVE ROSS"] != "workforce"  # a branch is no post


def test_a_company_s_officers_speak_for_the_company_whose_briefing_it_is(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "HEARTHSIDE CARE GROUP\nAll-colleague briefing: proposed acquisition of Hearthside\n\n"
        "JO FENWICK (Head of Internal Communications):\nGood afternoon, everybody, and thank you"
        " for joining.\n\n"
        "MARK ELLISON (Chief Executive):\nThanks, Jo. Yesterday the board agreed to the sale.\n\n"
        "RACHEL OBI (Chief Operating Officer):\nPriya, I'll start on rotas, then Sarah.\n\n"
        "JO FENWICK:\nThank you. Lorraine, you've had your hand up for a while.\n\n"
        "LORRAINE (Cook, The Beeches):\nWill the menus change?\n\n"
        "RACHEL OBI:\nNo. The menus are yours.\n\n"
        "MARK ELLISON:\nAnd that is in writing.\n"
    )
    got = {s.split(" (")[0]: r for _, r, s in quoted(clean_text(text).text, lexicon)}
    assert [got[k] for k in ("JO FENWICK", "MARK ELLISON", "RACHEL OBI")] == ["provider"] * 3


def test_a_meetings_chair_named_among_those_present_speaks_as_a_member(
    lexicon: RoleLexicon,
) -> None:
    # a council committee's record: the chair is a councillor, no interviewer
    text = (
        "PRESENT\nCouncillor Janet Orme (Chair)\nCouncillor Raj Bedi (Vice-Chair)\n\n"
        "IN ATTENDANCE\nYvonne Achebe, Director of Adult Social Services\n\n"
        "THE CHAIR: Welcome, everyone. Director, would you introduce the report?\n\n"
        "YVONNE ACHEBE: Thank you, Chair. The waiting list has fallen since the autumn.\n\n"
        "COUNCILLOR RAJ BEDI: Can I come in on the money, Chair?\n\n"
        "YVONNE ACHEBE: Of course. The budget is set in February.\n\n"
        "THE CHAIR: How many social work vacancies do we have at the moment?\n"
    )
    got = [(role, who) for _, role, who in quoted(text, lexicon)]
    assert got == [
        ("political", "THE CHAIR"),
        ("director", "YVONNE ACHEBE"),
        ("political", "COUNCILLOR RAJ BEDI"),
        ("director", "YVONNE ACHEBE"),
        ("political", "THE CHAIR"),
    ]
    # ... but a webinar's chair, named in its cast, is its narrator
    webinar = text.replace("PRESENT\nCouncillor Janet Orme (Chair)\n", "Chair: Janet Orme\n")
    assert [who for _, _, who in quoted(webinar, lexicon)].count("THE CHAIR") == 0


def test_a_callers_turn_opening_with_their_name_and_post(lexicon: RoleLexicon) -> None:
    # no article before the post: "I'm managing director of ...", "I'm Bernadette, registered
    # manager at ..."
    text = (
        "LORRAINE BECKETT: Our first question is from the room.\n\n"
        "MARCUS HALE: Thanks, Lorraine. Marcus Hale, I'm managing director of Fernlea Homecare,"
        " we do about two thousand hours a week.\n\n"
        "LORRAINE BECKETT: Next, a question from the chat.\n\n"
        "BERNADETTE QUINN: Hello. I'm Bernadette, registered manager at a 58-bed nursing home"
        " just outside Keighley.\n\n"
        "REKHA BANERJEE: Thank you. Rekha Banerjee, I'm director of adult social services at"
        " Calderbrook. I'll be quick.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got == [
        ("other", "LORRAINE BECKETT"),
        ("provider", "MARCUS HALE"),
        ("other", "LORRAINE BECKETT"),
        ("provider", "BERNADETTE QUINN"),
        ("director", "REKHA BANERJEE"),
    ]


def test_a_captioned_table_of_prefixes_places_the_codes_after_it(lexicon: RoleLexicon) -> None:
    raw = (
        "Table 2. Participant codes and roles.\n"
        "Code Role n Setting\n"
        "RM Registered manager 14 Residential and nursing homes\n"
        "DM Deputy manager 6 Residential and nursing homes\n"
        "CW Care worker or senior care worker 11 Residential and nursing homes\n"
        "Total 31\n\n"
        "Deputies described a steep learning curve. DM03 recalled ‘running the home off a"
        " laminated sheet and my own nerve’ for three weeks.\n\n"
        "Not every account was positive, and the contrast was instructive:\n\n"
        "We had a manager who locked herself in the office and sent emails. (CW09)\n"
    )
    text = clean_text(raw).text
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "workforce"]


def test_a_bare_code_closes_testimony_and_a_possessors_words_are_theirs(
    lexicon: RoleLexicon,
) -> None:
    raw = (
        "Table 2. Participant codes and roles.\n"
        "Code Role n Setting\n"
        "RM Registered manager 14 Residential and nursing homes\n"
        "DM Deputy manager 6 Residential and nursing homes\n"
        "CW Care worker or senior care worker 11 Residential and nursing homes\n"
        "Total 31\n\n"
        "Managers were, in RM11’s words, ‘the ones who had to say no at the door’, and several"
        " described the cost of it.\n\n"
        "Relations with the local system were strained:\n\n"
        "The CCG, public health, CQC and the hospital all wanted a different spreadsheet.\n\n"
        "You’ve got the council, the CCG, public health, CQC, and they all want a different"
        " spreadsheet by four o’clock. (DM05)\n\n"
        "A councillor put it more sharply. ‘Too many of my colleagues think care happens to"
        " somebody else,’ he said. (CW02)\n"
    )
    got = [(t[:12], r, s) for t, r, s in quoted(clean_text(raw).text, lexicon)]
    assert got[0] == ("‘the ones wh", "provider", "RM11")
    assert ("You’ve got t", "provider", "DM05") in got  # second person, closed by its code
    # the bracket after a quotation its paragraph cues is no testimony of the whole paragraph
    assert got[-1][0] == "‘Too many of"


def test_what_a_body_wrote_is_a_documents_words(lexicon: RoleLexicon) -> None:
    text = (
        "3.13 Written submissions made the same point. The Fenmoor Care Providers’ Alliance wrote"
        " that ‘providers are routinely asked to work to specifications written without them’.\n\n"
        "3.14 The Harnford Carers’ Network wrote:\n\n"
        "‘Carers are told they are partners in care. We are not treated as partners.’\n\n"
        "3.15 The Fenmoor Care Providers’ Alliance said at the launch that ‘this is a good start’.\n"
    )
    # a submission is a document; a providers' body that said something speaks as providers do
    assert [r for _, r, _ in quoted(text, lexicon)] == ["document", "document", "provider"]


def test_a_table_of_codes_places_each_code(lexicon: RoleLexicon) -> None:
    raw = (
        "Table 3.1 Focus groups referred to in this chapter\n"
        "Code Participants Location Date\n"
        "FG1 Directors and assistant directors of adult social services Harnford 14 Nov 2023\n"
        "FG5 People who draw on care and support Harnford 31 Jan 2024\n"
        "FG6 Care workers and social workers Ashby Vale 8 Feb 2024\n\n"
        "3.30 Care workers were scathing about the lack of development. One participant put it"
        " bluntly:\n\n"
        "‘I’ve done this job nine years. I’ve had mandatory training every year and nothing"
        " else.’ (FG6)\n\n"
        "3.31 Another described the contrast with a project elsewhere:\n\n"
        "‘That was different. We weren’t asked what we thought of their plan.’ (FG5)\n"
    )
    assert [r for _, r, _ in quoted(clean_text(raw).text, lexicon)] == ["workforce", "user"]


def test_accusing_someone_of_words_is_the_accusers_words(lexicon: RoleLexicon) -> None:
    text = (
        "Councillor Tom Rushworth, leader of the opposition group, accused the administration of"
        " ‘running Beechcroft down for a decade and then using the state it is in as the reason"
        " to shut it’.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got == [("political", "Councillor Tom Rushworth, leader of the opposition group")]


def test_a_posts_new_holder_is_the_person_the_headline_above_names(lexicon: RoleLexicon) -> None:
    text = (
        "Anjali Mercer: ‘Social care has to stop apologising for itself’\n\n"
        "The new president of ADASS talks to Tom Ellery about fees, the NHS and the regulator\n\n"
        "If you want to understand her, her colleagues say, start with the lanyards.\n\n"
        "“I came into social work because of the women who looked after my nan,” Mercer says.\n"
    )
    # the standfirst's "new president" is the headline's Mercer, not the reporter it names
    assert [r for _, r, _ in quoted(text, lexicon)] == ["director", "director"]


def test_whom_a_trailing_cue_said_it_of_is_no_part_of_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        "Care workers largely confirmed this. ‘She never once asked us to do something she"
        " wouldn’t do herself,’ said one senior carer of her manager.\n\n"
        "‘Most of the carers we meet are exhausted by the time they reach us,’ said Aisha Begum,"
        " one of our carers’ support workers.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got[0] == ("workforce", "one senior carer")
    assert got[1] == ("workforce", "Aisha Begum, one of our carers’ support workers")


def test_a_kin_word_after_whose_and_an_age_makes_family(lexicon: RoleLexicon) -> None:
    text = (
        "Campaign founder Sunita Rahman, whose 24-year-old son Arjun has profound and multiple"
        " learning disabilities and attends The Willows five days a week, said the proposals had"
        " been drawn up “behind closed doors”.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user"]


def test_the_leader_of_an_authority_is_an_elected_member(lexicon: RoleLexicon) -> None:
    text = (
        "The leader of one unitary authority told us that ‘Whitehall wants us to be market"
        " stewards and then sends us the money a year late.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political"]


def test_a_matron_is_the_nhss_and_a_gps_patient_draws_on_care(lexicon: RoleLexicon) -> None:
    text = (
        "Angela Murrow has been matron for acute and elderly medicine at Ryeford General for nine"
        " years.\n\n"
        "“Weekends are still a problem,” she says.\n\n"
        "One of my patients said to me last month, “The carers knew more about my tablets than"
        " the hospital did.”\n\n"
        "“We do try to give notice,” said Priya Nair, Head of Patient Flow.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs", "user", "nhs"]


def test_a_publication_and_who_prepared_it_speaks_as_a_document(lexicon: RoleLexicon) -> None:
    text = (
        "A report to the council’s cabinet in January, prepared by director of adult social"
        " services Helen Marsh, says building-based day care is “a model of support that a"
        " growing number of people do not choose”.\n\n"
        "“We are spending more on the building than on the people,” said Ms Marsh, who took up"
        " post in 2023.\n"
    )
    # the second, by her name alone, is hers: the report does not take her name
    assert [r for _, r, _ in quoted(text, lexicon)] == ["document", "director"]


def test_respondents_are_of_the_census_the_document_said_they_completed(
    lexicon: RoleLexicon,
) -> None:
    census = (
        "Our Leadership Census 2024, completed by 2,140 registered managers across England,"
        " found the workforce tired and thinly supported.\n\n"
    )
    filler = "Turnover among managers remains above 20 per cent a year. " * 12
    asked = (
        "\n\nRespondents were asked what would most help them to stay in their role. One wrote:"
        " ‘Someone to ring. Not a helpline.’ Another wrote: ‘Protected time for my own"
        " supervision.’\n"
    )
    got = [r for _, r, _ in quoted(census + filler + asked, lexicon)]
    assert got == ["provider", "provider"]
    # without the census's respondents named, the document does not say who they were
    got = [r for _, r, _ in quoted(filler + asked, lexicon)]
    assert got == ["interviewee", "interviewee"]


def test_a_quoted_fragment_in_the_lead_in_does_not_hide_the_speaker_before_it(
    lexicon: RoleLexicon,
) -> None:
    block = (
        "\n\n“Being in the room together before the inspection made all the difference. We"
        " learned more from each other than from any guidance.”\n"
    )
    rated = (
        "Rachel Hume, Director of Adult Social Services at Wolds Council, whose council was"
        " rated “good” in October, credited the region’s peer support:"
    )
    [(_, role, speaker)] = quoted(rated + block, lexicon)
    assert role == "director"
    assert speaker is not None and speaker.startswith("Rachel Hume") and "“good”" in speaker
    placed = (
        "A woman in her eighties who had been discharged to a care home for ‘assessment’ told us:"
    )
    assert [r for _, r, _ in quoted(placed + block, lexicon)] == ["user"]
    # a fragment whose sentence names no one before it is read as before: "It", the letter, is
    # no speaker of a cue (the document's earlier sentences place who wrote it)
    letter = (
        "The Review has seen the anonymous letter sent to the Group’s head office in November"
        " by a member of staff at Linden Court. It was addressed to ‘the Directors’ and said, in"
        " part:"
    )
    [(_, role, speaker)] = quoted(letter + block, lexicon)
    assert speaker is None and role != "document"


def test_a_hospitals_discharge_manager_is_the_nhss(lexicon: RoleLexicon) -> None:
    text = (
        "A hospital discharge manager at an acute trust in the Midlands offered the other side of"
        " the story. “We are measured on beds, not on whether the home is right,” she said.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs"]


def test_a_relative_after_a_participants_code_is_family_where_they_are_not(
    lexicon: RoleLexicon,
) -> None:
    methods = (
        "We interviewed 38 registered managers (coded RM01 to RM38) and 6 family members of"
        " people using the services (FM01 to FM06). Each quotation is followed by the code, the"
        " type of service and the region, for example (RM07, nursing home, South West).\n\n"
    )
    quotes = (
        "Family members were more ambivalent:\n\n"
        "The manager was wonderful, she phoned me every Friday without fail. But when she went"
        " off sick nobody rang at all. (FM02, daughter of resident, nursing home, North West)\n\n"
        "Managers saw it differently:\n\n"
        "We kept the home open to visitors all through it, and we were proud of that. Nobody"
        " thanked us for it. (RM07, nursing home, South West)\n"
    )
    assert [r for _, r, _ in quoted(methods + quotes, lexicon)] == ["user", "provider"]


def test_members_known_by_initials_after_a_dash_and_their_post_in_brackets(
    lexicon: RoleLexicon,
) -> None:
    attendees = (
        "Attendees\n"
        "Alan Pryce (AP) – Three Rivers Care Association (convenor and chair)\n"
        "Linda Hargreaves (LH) – Brookfield Care Homes (owner; three residential homes)\n"
        "Sue Tierney (ST) – Laurel Court Nursing Home (registered manager)\n"
        "Deb Ellis (DE) – Brookfield Care Homes (senior care worker)\n"
        "Bev Carter (BC) – Westmere Making It Real group (expert by experience)\n"
        "Joanne Pike (JP) – Skills for Care (locality manager, Three Rivers)\n\n"
    )
    notes = (
        "ST described her own route into management. “I was a senior carer on a Friday and a"
        " registered manager on the Monday.”\n\n"
        "DE said she had been offered training. “I’ve been offered three leadership courses and"
        " I’ve not been able to go on one.”\n\n"
        "BC said: “I’m the only person in this room who has ever had a care package.”\n\n"
        "JP set out the data. She said: “The registered manager is the single most important"
        " factor we can find.”\n"
    )
    got = [r for _, r, _ in quoted(attendees + notes, lexicon)]
    # the manager at Skills for Care is the national body's, as "a manager at the CQC" is
    assert got == ["provider", "workforce", "user", "national"]


def test_in_her_words_opening_a_sentence_are_hers_whom_the_narrative_named(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Colin, who cares for his wife and whose family uses a large agency, agreed. In his"
        " words, the agency’s leadership was ‘invisible until something goes wrong, and then it’s"
        " all apologies and a new rota’.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("user", "his")]
    # in a sentence's course, the sentence's subject's
    acknowledged = (
        "One director of adult social services acknowledged that young adult carers were not,"
        " in her words, ‘top of anyone’s list’.\n"
    )
    assert [r for _, r, _ in quoted(acknowledged, lexicon)] == ["director"]


def test_own_words_are_the_possessors_as_words_are(lexicon: RoleLexicon) -> None:
    text = (
        "Marcus Bell is the registered manager of Elmfield House. Residents notice too: Elsie,"
        " who lives there, calls him “a good lad”.\n\n"
        "In Marcus’s own words: “Don’t let anybody tell you this is a dead-end job.”\n\n"
        "Priya Shah, a home care worker, has a view. In her own words: “Nights are the hardest.”\n"
    )
    said = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert said[-2:] == [("Marcus", "provider"), ("her", "workforce")]


def test_what_someone_said_by_whose_it_is_is_theirs(lexicon: RoleLexicon) -> None:
    text = (
        "Dorota Nowak is the registered manager of Birchwood. Harold, a resident, says she runs"
        " the place “like a family”.\n\n"
        "Dorota’s verdict: “We will see. I have heard promises before.”\n\n"
        "Imran Shah, director of adult social services at the council, took the question.\n\n"
        "Imran’s conclusion is stark: “We will close homes.”\n\n"
        "Councillor Ruth Day, the cabinet member for adult care, was asked about fees. Her"
        " own verdict on the episode was unsparing: “It was a failure.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)][1:] == [
        "provider",
        "director",
        "political",
    ]
    # a body's response stays what the lexicon reads it as
    body = "The council wrote to us in May.\n\nThe ICB’s response: “We will see.”\n"
    assert [role for _, role, _ in quoted(body, lexicon)] == ["document"]
    verdict = "Cllr Ruth Day spoke first.\n\nCare England’s verdict: “We will see.”\n"
    assert [role for _, role, _ in quoted(verdict, lexicon)] == ["provider"]


def test_her_answer_after_a_mention_in_passing_is_the_last_speaker_s(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Sarah Cole is director of adult social services at Westmarch.\n\n"
        "‘I was proud of the team,’ she says.\n\n"
        "The department has set up a care academy, guaranteeing new care workers an interview"
        " with a local provider.\n\n"
        "What would she like from government? Her answer is blunt: ‘Stop announcing things.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "director"]


def test_a_body_s_post_leading_into_a_block_with_no_speech_verb_is_at_the_body(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The Northshire Care Association, which represents 140 care homes, wrote to the council"
        " in May.\n\n"
        "The council’s market position statement says that ‘the local market is stable’.\n\n"
        "Its chair, Alan Pettifer, went further at the same reception:\n\n"
        "‘Providers want to help, and we always have. But we cannot do it at a loss.’\n\n"
        "Its wording was:\n\n"
        "‘We call on the council to think again.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)][:2] == ["document", "provider"]


def test_a_post_at_a_body_by_the_first_word_of_its_name_is_the_body_s(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Adaeze Morgan took over as chief executive of Hollybrook Care Group in January. The"
        " family-founded group runs 38 care homes.\n\n"
        "Hollybrook’s chair, Jonathan Pryce, says the board chose Morgan because she “has run"
        " services, not just spreadsheets”.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_its_director_is_the_body_s_not_its_publication_s(lexicon: RoleLexicon) -> None:
    text = (
        "Ahead of the statement, the Care Policy Institute, an independent think tank, has"
        " published analysis suggesting that the fair pay agreement would cost £3bn a year. Its"
        " director, Dr Lena Ross, told the Chronicle:\n\n"
        "“The question is not whether a fair pay agreement is affordable.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_a_speaker_phrase_opening_on_a_gendered_noun_is_not_a_later_he(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Marcus Bell, the registered manager, still remembers the advice.\n\n"
        "His grandmother gave him a piece of advice he passes on to new starters: “Treat every"
        " resident like the Queen.” “Which is funny,” he says, “but it’s not bad advice.”\n"
    )
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles[1:] == ["provider", "provider"]


def test_a_publication_then_whom_it_was_published_by_speaks_as_the_publication(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The report, published on Tuesday by the Centre for Care Futures, a health and care"
        " think tank, says the sector is “running on goodwill, overtime and the good nature of"
        " people who are paid less than they would earn elsewhere”.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["document"]


def test_a_place_gone_back_to_before_the_name_is_no_part_of_it(lexicon: RoleLexicon) -> None:
    text = (
        "Dionne Clarke, 34, has worked as a home care worker in Stoke-on-Trent for nine years."
        " “I love the job,” she said.\n\n"
        "Ministers were not available for comment.\n\n"
        "Back in Stoke, Clarke said she would stay in the job “for as long as my back holds"
        " out”.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)][1] == ("workforce", "Clarke")


def test_a_titled_name_and_what_they_did_to_others_is_no_compound_post(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Cllr Oduya thanked providers for their candour. She said: “I will be honest with the"
        " room. The council does not have the money to close the gap this year.”\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political"]


def test_put_the_problem_plainly_introduces_a_block(lexicon: RoleLexicon) -> None:
    text = (
        "In practice, witnesses described something much less tidy. The Association of Directors"
        " of Adult Social Services (ADASS), in its written evidence, put the problem plainly:\n\n"
        "The statutory role of the director has accreted responsibilities faster than it has been"
        " given the levers to discharge them.\n\n"
        "We agree.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["document"]


def test_one_who_has_had_home_care_draws_on_it(lexicon: RoleLexicon) -> None:
    text = (
        "Joan, 88, has had home care since a fall in 2021. ‘The girls are lovely,’ she said, ‘but"
        " they’re never the same two days running.’\n"
    )
    assert {r for _, r, _ in quoted(text, lexicon)} == {"user"}


def test_a_fragment_in_a_lead_in_that_runs_into_the_words(lexicon: RoleLexicon) -> None:
    # no colon or comma before the words: "described the assessment as '...'" - the speaker is
    # still before the fragment, not the assessment the lead-in names
    text = (
        "Assessment featured prominently in our roundtables.\n\n"
        "4.26 A director whose council had recently been rated ‘good’ described the assessment as"
        " ‘the first time in my career anyone national has looked properly at what we do’.\n"
    )
    assert [(r, (s or "")[:10]) for _, r, s in quoted(text, lexicon)] == [
        ("director", "A director")
    ]
    # a clause of its own before the words names its own speaker: "while another said that ..."
    text = (
        "At our roundtable with care staff, one participant described her training as ‘a"
        " tick-box afternoon’, while another said that her employer’s mentoring scheme had been"
        " ‘the first time anyone senior took an interest in my career at all’.\n"
    )
    assert [s for _, _, s in quoted(text, lexicon)][-1] == "another"


def test_a_fragment_after_a_surname_met_before_is_their_words(lexicon: RoleLexicon) -> None:
    text = (
        "The chief inspector of adult social care, Dr Femi Oyelaran, opened the conference.\n\n"
        "Asked from the floor whether inspectors understood small agencies, Oyelaran said he had"
        " spent “two very early mornings” on visits with care workers.\n\n"
        "Councils face “impossible” choices as overspends grow.\n"
    )
    # a capitalised word opening a headline is no one met before: a scare quote
    assert quoted(text, lexicon) == [("“two very early mornings”", "national", "Oyelaran")]


def test_the_chair_calling_on_a_member_names_no_narrator(lexicon: RoleLexicon) -> None:
    text = (
        "Chair: Good evening and welcome. Rachel, over to you.\n\n"
        "Rachel Ambrose (Director of Adult Social Services): Thank you, Chair. I will take the"
        " report as read and make three points about leadership.\n\n"
        "Chair: Cllr Pereira, briefly.\n\n"
        "Cllr Pereira: Very briefly, Chair. Paragraph 6.3 says we do not collect data on unmet"
        " need. How can we scrutinise leadership if we cannot see the basics?\n\n"
        "Rachel Ambrose: That is a fair challenge, and we are fixing it this year.\n\n"
        "Cllr Pereira: I will hold you to that, then.\n\n"
        "Chair: Thank you all.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert ("political", "Cllr Pereira") in got
    assert sum(1 for _, s in got if s == "Cllr Pereira") == 2


def test_called_for_introduces_what_someone_or_a_publication_asked_for(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Ms Tolland added: “Leadership on the workforce has to mean leadership on funding too.”\n\n"
        "HRPF has argued for a funded national workforce strategy since 2016. Its 2024 general"
        " election manifesto, Care That Counts, called for “a ten-year plan for the care"
        " workforce, agreed with employers and care workers”.\n\n"
        "Malone called for “a national forum for care workers”.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got[1] == ("document", "Its 2024 general election manifesto, Care That Counts")
    assert got[2][1] == "Malone"


def test_a_paragraph_an_anonymous_interviewee_introduces_is_theirs(lexicon: RoleLexicon) -> None:
    text = (
        "4.7 A second director took a more optimistic view:\n\n"
        "Market shaping is not a spreadsheet exercise. The councils that do it well are the ones"
        " where the director knows the owners by name. That is leadership, and it is not"
        " expensive.\n\n"
        "4.8 The review made three recommendations:\n\n"
        "Councils should publish their fee models. The department should fund a market"
        " sustainability review.\n"
    )
    # the second block has no speaker: the authors' own prose
    assert [r for _, r, _ in quoted(text, lexicon)] == ["director"]


def test_terms_after_the_new_cues_stay_scare_quotes(lexicon: RoleLexicon) -> None:
    named = "Professor Ian Arkwright, a historian of the welfare state, gave the lecture.\n\n"
    texts = [
        # after "calling for", a term (as after "promises" or "sets out")
        "One of a growing number of providers calling for a published “fair cost of care”,"
        " the group wrote to the council.\n",
        # a list of words people used, read through one another
        "Asked to describe the year in their own words, the most common words were"
        " ‘everything’, ‘exhausting’ and ‘relentless’.\n",
        # a name for something, after a surname met before
        named + "Arkwright argued that leaders at every level deferred decisions until ‘the green"
        " paper’.\n",
        named + "Arkwright reported on the forum’s ‘what good looks like’ work.\n",
    ]
    for text in texts:
        assert quoted(text, lexicon) == [], text


def test_words_written_by_someone_a_phrase_later_are_the_writers(lexicon: RoleLexicon) -> None:
    block = (
        "\n\nPeople talk about the market as though it is something out there. For me it is one"
        " home, eleven miles away, and the woman who runs it.\n"
    )
    written = (
        "I end this chapter with words from a letter written to the review by a woman whose"
        " husband has lived in a nursing home in Cumbria for four years:"
    )
    assert [r for _, r, _ in quoted(written + block, lexicon)] == ["user"]
    # a past tense in "-ed" is the subject's own verb, the body after "by" no speaker
    described = (
        "A third described the peer network run by her local authority as ‘the only reason I am"
        " still in the job, honestly’.\n"
    )
    assert [s for _, _, s in quoted(described, lexicon)] == ["A third"]


def test_a_negated_verb_is_no_cue_and_an_open_question_names_no_role(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "One person who completed our survey, and who did not tell us whether they used services"
        " or cared for someone, wrote: “It feels like there is a big building full of people"
        " making decisions about us.”\n"
    )
    # the speaker runs to "wrote", not to "did not tell"; a survey's respondent, what they may be
    # left open
    assert quoted(text, lexicon)[0][1:] == (
        "interviewee",
        "One person who completed our survey, and who did not tell us whether they used services"
        " or cared for someone",
    )


def test_an_nhs_nurse_is_the_nhss(lexicon: RoleLexicon) -> None:
    text = (
        "An NHS learning disability nurse told us the training in her area was “a tick-box"
        " e-learning module that nobody remembers a week later”.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["nhs"]


def test_a_transcripts_cast_in_capitals_places_its_callers(lexicon: RoleLexicon) -> None:
    cast = (
        "Callers:\nTREVOR - owner of two residential care homes, Longton\n"
        "SANDRA - daughter of a care home resident, Kidsgrove\n\n"
    )
    turns = (
        "DAN HOLLIS: First on the line is Trevor. Morning, Trevor.\n\n"
        "TREVOR: Morning, Dan. I have been listening and I have to say the uplift is not enough.\n\n"
        "DAN HOLLIS: Sandra, you are next.\n\n"
        "SANDRA: She has been in a home for two years and they want a top-up from us now.\n\n"
        "DAN HOLLIS: Trevor, briefly.\n\n"
        "TREVOR: Just quickly, we get people discharged on a Friday night with nothing.\n\n"
        "DAN HOLLIS: Sandra, last word.\n\n"
        "SANDRA: I just want someone to ring me back when they say they will.\n"
    )
    got = [(r, s) for _, r, s in quoted(cast + turns, lexicon) if s in ("TREVOR", "SANDRA")]
    assert got == [
        ("provider", "TREVOR"),
        ("user", "SANDRA"),
        ("provider", "TREVOR"),
        ("user", "SANDRA"),
    ]


def test_a_participants_table_whose_role_is_an_abbreviation_places_them(
    lexicon: RoleLexicon,
) -> None:
    table = (
        "Table 5.1 Study participants\n\n"
        "Pseudonym Role Setting Years in role\n"
        "Helen Director of Adult Social Services (DASS) County council 6\n"
        "Priya DASS Metropolitan borough 2\n"
        "Sian RM Home care agency, franchise 5\n\n"
    )
    text = (
        "Priya described a similar experience on an interview panel: ‘One of the panel, a"
        " councillor, asked me how I would manage with a young family.’\n"
    )
    assert [r for _, r, _ in quoted(table + text, lexicon)] == ["director"]


def test_a_name_met_before_opening_a_colon_sentence_speaks_past_a_clause(
    lexicon: RoleLexicon,
) -> None:
    table = (
        "Pseudonym Role Setting Years in role\n"
        "Helen Director of Adult Social Services (DASS) County council 6\n"
        "Priya DASS Metropolitan borough 2\n\n"
    )
    text = (
        "Almost every participant described her arrival as unplanned. Helen, who had started as a"
        " home help in the 1980s, was typical:\n\n"
        "I left school at sixteen and went into home care because my mum had done it, and I never"
        " thought of it as a career.\n"
    )
    assert [(r, s) for _, r, s in quoted(table + text, lexicon)] == [("director", "Helen")]


def test_a_titled_persons_words_in_evidence_are_theirs(lexicon: RoleLexicon) -> None:
    text = (
        "Introducing this year’s findings, Dr Miriam Achebe, Chief Inspector of Adult Social Care"
        " and Integrated Care, said:\n\n"
        "“This is the second year of assessments and the picture is mixed.”\n\n"
        "As Dr Achebe put it in evidence to the Health and Social Care Committee in June:\n\n"
        "“Good leadership in adult social care is not a mystery. It is visible, it is local and it"
        " is accountable.”\n\n"
        "In its written evidence, the Care Provider Alliance said: “Providers have been asking for"
        " investment for a decade.”\n"
    )
    # a body's written evidence stays the document's
    assert [r for _, r, _ in quoted(text, lexicon)] == ["national", "national", "document"]


def test_a_block_quotation_closing_before_its_paragraph_ends_leaves_the_rest_narrative(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Directors did not dodge their own part in this. One director acknowledged:\n\n"
        "‘We talk about the workforce as if it’s someone else’s problem. It’s ours.’ A national"
        " interviewee was similarly direct:\n\n"
        "‘Skills for Care has done a lot with very little, but a workforce strategy without a pay"
        " strategy is a list of hopes.’\n\n"
        "The council’s workforce strategy states:\n\n"
        "“Every manager will have access to accredited leadership development by 2026.”4 At the"
        " time of our assessment, 38% had started a programme. Staff told us, “There’s plenty of"
        " e-learning, but you have to fight for the time.”\n"
    )
    got = [(q[:12], r) for q, r, _ in quoted(text, lexicon)]
    assert got == [
        ("‘We talk abo", "director"),
        ("‘Skills for ", "national"),
        ("“Every manag", "document"),
        ("“There’s ple", "workforce"),
    ]


def test_a_speakers_narration_after_a_quotation_in_a_block_stays_theirs(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "One registered manager described her first night shift:\n\n"
        "‘Are you lost?’ A night carer asked me that at three in the morning, and I said no, I was"
        " the new manager.\n"
    )
    assert [(r, q[-8:]) for q, r, _ in quoted(text, lexicon)] == [("provider", "manager.")]


def test_a_pronoun_before_the_manner_of_speech_is_its_subject(lexicon: RoleLexicon) -> None:
    text = (
        "4.8 Councillor Robert Ainsley, Cabinet Member for Adult Social Care, attended the third"
        " session.\n\n"
        "4.9 Dr Fiona Ashworth, chair of the integrated care board, spoke about winter. Cllr"
        " Ainsley said he would welcome cross-party support. On the relationship with the NHS he"
        " was more positive:\n\n"
        "‘The relationship with the ICB is the best I’ve known it.’\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("political", "he")]


def test_a_manner_of_speech_after_a_long_post_and_before_a_long_topic(lexicon: RoleLexicon) -> None:
    """ "Name, post at body, was candid about <a topic of a dozen words>:" and "She is still angry
    about <as long a topic>:" say how their subject speaks next; a possessive's "promise" in the
    topic is a noun, no speech verb."""
    text = (
        "Anita Coleridge, director of adult social services at Brackenshire County Council, was"
        " candid about the distance between the Care Act’s promise and the reality on the ground:"
        " ‘The law says carers have a right to an assessment.’\n\n"
        "Bernadette Lowry owns Ashgrove Lane, a group of three care homes in Northumberland.\n\n"
        "The pandemic is the one subject on which Lowry’s voice drops.\n\n"
        "‘We lost eleven people in the first six weeks, in two homes,’ she says quietly.\n\n"
        "She is still angry about the discharge of patients from hospital into care homes in the"
        " spring of 2020:\n\n"
        "‘We were told to take people back from hospital without a test.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "provider", "provider"]


def test_a_legend_with_the_codes_first_closed_up_into_a_paragraph_places_the_codes(
    lexicon: RoleLexicon,
) -> None:
    legend = (
        "Table 1. Participants by code.\n\n"
        "Code Participant group n Setting RM01–RM16 Registered manager 16 Residential (9), nursing"
        " (7) CW01–CW06 Care worker or senior care worker 6 Residential FM01–FM03 Relative of a"
        " resident 3 Residential NS01 National stakeholder (workforce development) 1 – Total 26\n\n"
    )
    text = (
        "‘Honestly, the last inspection was the best supervision I’ve had in years,’ said RM15.\n\n"
        "FM01 described a succession of managers as ‘like the lights going out, every time’.\n"
    )
    assert [(r, s) for _, r, s in quoted(legend + text, lexicon)] == [
        ("provider", "RM15"),
        ("user", "FM01"),
    ]


def test_participants_listed_by_group_with_their_pseudonyms_in_brackets_are_placed(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "We interviewed 21 people. Participants were care workers (Ama, Bev and Jas); registered"
        " managers (Sue, Rajesh) and the owner of a small agency (Lorraine); and council staff"
        " (Paul, an assistant director of adult social care, and Nadia, a commissioning officer)."
        " Earlier work (Hughes, Marr and the Doorstep Group, 2019) found the same.\n\n"
        "Asked directly, Bev laughed: ‘Me? No. I just get on with it.’\n\n"
        "‘In a small agency you can do that,’ Lorraine said.\n\n"
        "Paul was frank: ‘We talk a lot about wanting providers to lead.’\n\n"
        "‘Nobody reads the reports,’ said Hughes.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("workforce", "Bev"),
        ("provider", "Lorraine"),
        ("director", "Paul"),
        ("interviewee", "Hughes"),  # an author cited in brackets is no participant
    ]


def test_a_body_the_text_says_represents_providers_is_a_providers_body_wherever_named(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The Rural and Coastal Care Alliance (RCCA), which represents more than 600 independent"
        " care homes and home care providers, has responded to the announcement.\n\n"
        "Maggie Tresize, Chief Executive of the Rural and Coastal Care Alliance, said:\n\n"
        "‘Any new money for social care is welcome.’\n\n"
        "The chair of the RCCA added: ‘It will not reach the coast.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_body_said_to_represent_providers_in_a_sentence_or_by_its_short_name_is_theirs(
    lexicon: RoleLexicon,
) -> None:
    # "Alliance" alone is a national coalition's word; the page says whom this one represents
    text = (
        "Independent Care Alliance\n\n"
        "Helen Marchetti, chief executive of the Independent Care Alliance, said: ‘Providers"
        " cannot keep holding the line alone.’\n\n"
        "The Alliance, which represents more than 1,400 care home and home care providers, welcomed"
        " the report. Professor Tom Hebden, chair of the Independent Care Alliance, said: ‘We have"
        " heard promises before.’\n\n"
        "Dr Ann Cole, chair of the Northern Care Coalition, said: ‘We agree.’\n\n"
        "Notes to editors\n\n"
        "The Northern Care Coalition is a membership body representing independent providers of"
        " adult social care in the north of England.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "provider", "provider"]


def test_a_writer_remembering_their_own_words_speaks_them(lexicon: RoleLexicon) -> None:
    # the note on the writer run into the byline's paragraph, as a web copy's header often is
    text = (
        "Blog Events Contact Leading with, not for Posted on 18 April 2024 by Helen Marwood 7"
        " minute read Categories: Leadership Helen Marwood is Director of Adult Social Care at"
        " Eastmoor Metropolitan Borough Council. Share this post\n\n"
        "Partly that is because of the pandemic. In March 2020 I remember saying to my senior"
        " team, ‘We’ll sort the paperwork out afterwards – just get the gloves to the homes.’\n\n"
        "I remember the chief executive coming into my office and saying, ‘You have my backing,"
        " whatever it costs, and I will answer for it to the members.’\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon)]
    assert got[0] == ("director", "I")
    assert got[1][0] != "director"  # whom the writer remembers speaking speaks


def test_an_attendance_list_set_in_columns_closed_up_places_each_members_initials(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "NHS WYVERN AND DENE INTEGRATED CARE BOARD\n\n"
        "MINUTES OF THE BOARD MEETING HELD IN PUBLIC\n\n"
        "PRESENT\nRachel Adeyemi (RA) Chair\nClaire Tolland (CT) Chief Nursing Officer\n"
        "Karen Whitby (KW) Partner Member - Local Authorities (Director of Adult Social Services,"
        " Dene County Council)\n"
        "Sharon Baptiste (SB) Chair, Wyvern and Dene Care Association (item 7)\n\n"
        "7.2 KW said: ‘I want to be really clear that the discharge problem is not a social care"
        " problem.’\n\n"
        "7.3 SB said that homes were ‘sent people on a Friday afternoon with a discharge letter"
        " and a bag’.\n\n"
        "7.4 CT added: ‘The last hour on the ward is where a good discharge is lost.’\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("director", "KW"),
        ("provider", "SB"),
        ("nhs", "CT"),
    ]


def test_a_turns_label_that_placed_no_one_hides_no_earlier_placement_of_the_name(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Denise Mulholland (left) and Kwame Asante in the garden. Photo: Care Manager Monthly\n\n"
        "Three years after an Inadequate rating, a Westbridge care home is rated Outstanding for"
        " well-led. Its registered manager and her deputy talk to Rachel Tindall about night"
        " shifts.\n\n"
        "When Denise Mulholland arrived at Ashgrove Lodge in 2021, the home had just been rated"
        " Inadequate and had lost three managers in eighteen months.\n\n"
        "What did you find when you arrived?\n\n"
        "Denise: Honestly? Good people who had stopped believing anything would change.\n\n"
        "Kwame: I would add that we did not trust the office at all.\n\n"
        "Denise: Not with a staff meeting! I did three weeks of shifts, days and nights.\n\n"
        "Kwame: The network helped. There is a deputies' group for the county now.\n\n"
        "Denise: With notes. I always left notes.\n\n"
        "“The middle is a desert – deputies and seniors run most of the shifts in this country.”\n"
        "— Denise Mulholland, registered manager\n"
    )
    # placed by the pull quote's credit after them, every turn of hers, not only the first
    got = [(r, s) for _, r, s in quoted(text, lexicon) if s == "Denise"]
    assert got == [("provider", "Denise")] * 3


def test_a_manner_with_a_long_complement_and_an_assenting_negation_introduce_blocks(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "A national perspective came from Simon, whose organisation campaigns for older people."
        " He was blunt about where he thought responsibility lay:\n\n"
        "You can't blame a director for failing to square a circle that central government drew."
        " We have spent fifteen years not deciding how care should be paid for.\n\n"
        "A senior manager in that council, who asked that their role not be described further,"
        " did not disagree:\n\n"
        "Churn at the top is corrosive. The carers see it before we do. They are the"
        " institutional memory round here.\n"
    )
    got = quoted(text, lexicon)
    assert [q[:12] for q, _, _ in got] == ["You can't bl", "Churn at the"]
    assert got[0][2] == "He"


def test_a_question_put_to_a_person_by_name_is_no_apposition_of_their_post(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Presenter: Tom Hadley\n"
        "In the studio: Cllr Margaret Ennis, Cabinet Member for Adult Social Care, Wealdshire"
        " County Council\n\n"
        "TOM HADLEY: Let's go to the phones. Jean is in Harwell. Her mum pays for her own care.\n\n"
        "JEAN: She's paying 1,340 pounds a week, and the council pays about 860 for the same room.\n\n"
        "TOM HADLEY: Councillor Ennis, is Jean's mum subsidising the council?\n\n"
        "MARGARET ENNIS: I understand completely why it feels like that, Jean.\n\n"
        "TOM HADLEY: Thanks, Jean.\n\n"
        "MARGARET ENNIS: We did consult providers over the summer.\n"
    )
    got = [(r, s) for _, r, s in quoted(text, lexicon) if s == "MARGARET ENNIS"]
    assert got == [("political", "MARGARET ENNIS")] * 2


def test_a_manner_about_a_long_subject_and_a_point_put_introduce_blocks(
    lexicon: RoleLexicon,
) -> None:
    """ "Was frank about" what may take a dozen words before the colon; and someone named by post
    with "the" who "put the wider point:" introduces the words below as one with "A" or "One" does,
    in the third person though they are (a paragraph of the authors' after "The review made three
    recommendations:" stays theirs)."""
    text = (
        "Every interviewee described the process in similar terms.\n\n"
        "An ICB lead for learning disability and autism was frank about the limits of her own"
        " organisation’s grip:\n\n"
        "We can count the people in hospital to the last person, because we’re made to. What we"
        " can’t do on our own is build the homes.\n\n"
        "The head of a national disability rights organisation put the wider point:\n\n"
        "Learning disability and autism get treated as a specialist corner of social care when"
        " they are half the money.\n\n"
        "The review made three recommendations:\n\n"
        "Councils should pool their budgets for specialist housing with the NHS.\n"
    )
    got = [(q[:12], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [("We can count", "nhs"), ("Learning dis", "national")]


def test_words_read_out_in_a_turn_stop_at_the_next_speakers_turn(lexicon: RoleLexicon) -> None:
    """A host reads out a listener's email after "He writes:": the email is a quotation of its
    own, which ends where the guest's next turn begins, not running on into her words."""
    text = (
        "DAN FROST: So tell people what you do.\n\n"
        "YEWANDE HARCOURT: I'm the registered manager at Brightwater Home Care.\n\n"
        "DAN FROST: And how long have you been doing it?\n\n"
        "YEWANDE HARCOURT: Nineteen years in care, eleven as a manager.\n\n"
        "DAN FROST: We had an email from a listener called Kofi, who works as a home carer in the"
        " Peak District. He writes:\n\n"
        "Some weeks I spend more time in my car than in people's houses. I get paid for the calls"
        " but not the driving.\n\n"
        "YEWANDE HARCOURT: Oh, Kofi. Yes. That's it exactly. I pay mileage.\n"
    )
    passages = [text[a:b] for a, b in _quote_spans(text)]
    assert any(p.startswith("Some weeks I spend") and p.endswith("driving.") for p in passages)
    assert any(p.startswith("Oh, Kofi.") for p in passages)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans, _ = find_quotes(text)
    return [(q.start, q.end) for q in spans]


def test_a_block_ends_at_its_speakers_code_when_the_authors_go_on_in_its_paragraph(
    lexicon: RoleLexicon,
) -> None:
    """A PDF copy runs the authors' next sentences into the paragraph that ends a block quotation
    with its speaker's code: the quotation ends at the code, and a colon closing the paragraph
    still introduces the next block."""
    text = (
        "One manager of a residential service spoke for many:\n\n"
        "The action learning set was the bit that changed me. I went into the first one thinking"
        " it was going to be a moan-fest.\n\n"
        "I had the conversation the following week. It was horrible and it worked. (RM08,"
        " registered manager) The sets also produced a durable peer network. Mentoring was more"
        " mixed. One mentor, a former director of adult social services, reflected:\n\n"
        "I could see managers who had been told for years that they were the problem. What they"
        " needed from me wasn't advice.\n"
    )
    got = [(q[:14], q[-15:], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ("The action lea", "stered manager)", "provider"),
        ("I could see ma", " wasn't advice.", "director"),
    ]


def test_a_dash_credit_on_the_line_under_a_quotation_in_a_run_together_box(
    lexicon: RoleLexicon,
) -> None:
    """A box's entries run together, each quotation credited after a dash, the last credit on the
    line under its quotation: each its own speaker's - but not a list's next item."""
    text = (
        "Box 1: Ravensmoor’s co-production board\n\n"
        "Board members are paid for meetings. “We set the agenda now, not the officers.” – Board"
        " co-chair, who draws on support for her mental health “It took three years and two"
        " directors to get here. It would take one bad budget round to undo it.”\n"
        "– Assistant director, Ravensmoor\n\n"
        "People split into tables. Feedback included:\n"
        "- Blue table: 'Friends, food, and nobody rushing you.'\n"
        "- The Yellow table said staff mattered more than buildings.\n"
    )
    got = {q[:12]: (role, speaker) for q, role, speaker in quoted(text, lexicon)}
    assert got["“It took thr"] == ("director", "Assistant director, Ravensmoor")
    assert got["“We set the "][0] == "user"
    # (the list's next item is no credit: "staff" would make the Blue table's words a worker's)
    assert got["'Friends, fo"][0] == "interviewee"


def test_a_name_that_stepped_up_to_a_post_holds_it(lexicon: RoleLexicon) -> None:
    """ "Siân stepped up from deputy to registered manager of Elmfield Lodge": the post she rose to
    is hers, as one she "became" or "was promoted to" is - and so her later words."""
    text = (
        "Siân Roberts, Elmfield Lodge, Stoke-on-Trent\n\n"
        "Siân stepped up from deputy to registered manager of Elmfield Lodge, a 32-bed nursing"
        " home, in late 2022, weeks before an inspection rated the home Requires Improvement.\n\n"
        "“I’ll be honest, for the first six months I didn’t sleep much,” Siân said.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [("provider", "Siân")]


def test_an_attendance_list_of_names_initials_and_posts_run_together(
    lexicon: RoleLexicon,
) -> None:
    """Notes whose attendance list gives each person's initials after their name and the post after
    a dash, its lines run together by the copy: the initials the notes then use are those
    people's, with their posts (the list's next name is no part of a post: "(item 4) Cllr")."""
    text = (
        "QUARTERLY PROVIDER FORUM\n\n"
        "Present (in the room): Lisa Merrow (LM) - Head of Commissioning (Adults), Hallam Vale"
        " Council - Chair Martin Haigh (MH) - Director, Haigh Family Care Homes (3 homes) Rukhsana"
        " Ali (RA) - Registered Manager, Brightwater Home Support Gemma Freer (GF) - Discharge"
        " Lead, NHS South Pennine ICB (item 4) Cllr Alan Brearley (AB) - Cabinet Member for Adult"
        " Care and Wellbeing (item 6)\n\n"
        "2. FEES\n\n"
        'MH said: "We have three homes and two of them lose money on every council bed."\n\n'
        'RA said home support was in a different position: "the hourly rate is the whole story".\n\n'
        'GF said: "Trusted assessors have cut the waits by a day."\n\n'
        'Cllr Brearley said: "The money is not where any of us want it to be."\n'
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "MH"),
        ("provider", "RA"),
        ("nhs", "GF"),
        ("political", "Cllr Brearley"),
    ]


def test_a_table_of_comments_by_theme_credits_each_after_its_words(lexicon: RoleLexicon) -> None:
    """A survey's annex table run into lines of theme, comment and respondent: each comment is its
    respondent's ("Director, county"), though its line opens on the theme."""
    text = (
        "Table A2: Selected free-text comments by theme\n"
        "Theme Comment Respondent\n"
        "Funding “Fee uplifts are set by what we have, not by what care costs.” Director, county\n"
        "Workforce ‘Our best recruiter is a care worker who tells her friends.’ Assistant"
        " director, city\n"
        "Leadership “I would not recommend this job to my deputy.” Respondent, open strand\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "Director, county"),
        ("director", "Assistant director, city"),
        ("interviewee", "Respondent, open strand"),
    ]


def test_one_of_everyone_the_authors_asked_is_no_one_of_the_group_before(
    lexicon: RoleLexicon,
) -> None:
    """After "We asked everyone what single change ...", "said one" and "a second" are any of the
    interviewees, not of the last group the report spoke of (people who draw on care)."""
    text = (
        "People who draw on care and support were sharp on this point. They said they were"
        " consulted about everything and listened to about nothing.\n\n"
        "We asked everyone what single change would make the most difference. ‘A shared budget"
        " for the over-75s,’ said one. ‘Stop counting delayed discharges as a social care"
        " failure,’ said a second.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["interviewee", "interviewee"]


def test_what_someone_trained_as_is_their_past_not_their_post(lexicon: RoleLexicon) -> None:
    """What she trained as ("Mensah-Clarke trained as a nurse in Kumasi") is what she was: a later
    "she admits" is not a care worker's words, any more than after "fifteen years as a nurse"."""
    text = (
        "Mensah-Clarke trained as a nurse in Kumasi and came to England in 1986.\n\n"
        "Has she been tempted to sell? “Once,” she admits.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] != ["workforce"]
    text = (
        "Wealdshire has appointed Dr Amara Okafor as its director of adult social services.\n\n"
        "Dr Okafor said: “I’m thrilled to be joining Wealdshire.”\n\n"
        "Dr Okafor qualified as a social worker in 2004 and has worked in three councils.\n\n"
        "She said: “Our care workforce is the service.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "director"]


def test_a_caller_says_what_they_do_in_the_first_person(lexicon: RoleLexicon) -> None:
    """A phone-in caller known by first name and place says what they do, not what they are: "I've
    had a direct payment for about twelve years", "I run a home care agency"."""
    text = (
        "SARAH PENN: Good morning. We're talking about care charges in Ashworth.\n\n"
        "CLLR MARTIN GREAVES: Thank you, Sarah.\n\n"
        "SARAH PENN: Jean's in Marston. Jean, good morning.\n\n"
        "JEAN (MARSTON): Yes, I've had a direct payment for about twelve years.\n\n"
        "SARAH PENN: Pete's in Dunmoor. Pete?\n\n"
        "PETE (DUNMOOR): Morning. I run a home care agency with forty staff.\n\n"
        "CLLR MARTIN GREAVES: And they should be heard.\n"
    )
    roles = {speaker: role for _, role, speaker in quoted(text, lexicon)}
    assert roles["JEAN (MARSTON)"] == "user" and roles["PETE (DUNMOOR)"] == "provider"


def test_a_profiles_answers_in_quote_marks_under_its_questions_are_its_subjects(
    lexicon: RoleLexicon,
) -> None:
    """A member spotlight: a paragraph introducing the manager, then questions each over its
    answer in quote marks, no cue: the answers are the manager's."""
    text = (
        "MEMBER SPOTLIGHT: HOLLINS COURT, KINGSFORD\n\n"
        "Abi Oyelaran has been registered manager at Hollins Court, a 32-bed residential home for"
        " older people, since 2021.\n\n"
        "What does leadership look like on a Tuesday at Hollins Court?\n"
        "'Honestly? It looks like me in the laundry at half past seven.'\n\n"
        "What's the hardest part of the job right now?\n"
        "'Recruitment, every time. We lost four good carers last year.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_tables_rows_of_a_role_and_its_words_are_each_that_roles(lexicon: RoleLexicon) -> None:
    """A table of what would help, each row a participant's role and their words, its rows a
    paragraph each in the copy: a short role with no comma ("Care worker") labels its row when the
    rows around it are of the same shape."""
    text = (
        "Table 2: What would help, in participants’ own words\n\n"
        "Registered manager ‘One protected day a week that is not on the rota.’\n\n"
        "Care worker ‘Being paid for travel time. That’s it. That’s the list.’\n\n"
        "Commissioner ‘A proper forum where providers and commissioners sit as equals.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "workforce", "director"]


def test_a_member_in_a_user_led_organisations_own_report_is_one_of_its_members(
    lexicon: RoleLexicon,
) -> None:
    """A user-led organisation's annual report, its name heading the page: "one of our newest
    members" and "One member of the sight loss group" draw on care, as its members do."""
    text = (
        "PORTMERE DISABLED PEOPLE'S ALLIANCE\n"
        "Annual Report 2023-24\n\n"
        "Run by disabled people, for disabled people, since 1994.\n\n"
        "At our spring gathering, one of our newest members came up to me and said: ‘This is the"
        " first meeting about disabled people I've been to that was run by disabled people.’\n\n"
        "One member of the sight loss group wrote to us after his first meeting: ‘I have been"
        " registered blind for two years and this is the first time I have felt useful.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


def test_a_member_in_a_providers_bulletin_is_theirs_after_another_speaker(
    lexicon: RoleLexicon,
) -> None:
    """A bulletin's "One member", after the director its chair quoted, is no other of his: a
    member of the association the bulletin comes from. "Another member of the team" is a team's."""
    text = (
        "MARLSHIRE CARE ASSOCIATION\n"
        "Members' Bulletin | Issue 112\n\n"
        "Our director of adult social services, Mark Pendry, told the members' forum in October:"
        " ‘I want a grown-up relationship with providers.’\n\n"
        "Many of you are exhausted. One member wrote to me the day after the fee announcement:"
        "\n\n‘I have run my home for 22 years and never missed a payroll.’\n\n"
        "Our care manager at Ashdown, Jo Reid, said: ‘The rota is full this winter.’ Another"
        " member of the team was more cautious: ‘Full is not the same as settled.’\n"
    )
    got = [role for _, role, _ in quoted(text, lexicon)]
    assert got[:2] == ["director", "provider"]
    assert got[3] == got[2]  # the team's, as the speaker before


def test_a_columnists_me_in_the_cue_of_a_quotation_is_no_speaker_going_on() -> None:
    """After a quotation, a paragraph in the first person with no marks of its own is the
    speaker going on (interview reports print long answers so), but not where "me" stands in
    the cue of the paragraph's own quotation: the columnist's narrative."""
    said = "The director said: ‘I want a grown-up relationship with providers.’\n\n"
    member = "Many of you are tired. One member wrote to me: ‘I have run my home for 22 years.’"
    assert quotes_of(said + member) == [
        "‘I want a grown-up relationship with providers.’",
        "‘I have run my home for 22 years.’",
    ]
    goes_on = "I think it is worse than that. Nobody asked me about any of it."
    assert quotes_of(said + goes_on)[-1] == goes_on


def test_a_trailing_cue_ends_at_a_stop_glued_to_its_notes_number(lexicon: RoleLexicon) -> None:
    """A PDF's copy glues a note's number to the stop that ends a trailing cue ("... at one
    integrated care board.6 The Department's ..."): the speaker is the board's, and the next
    sentence's Department is no part of the cue."""
    text = (
        "‘We can tell you how many hip replacements we did last Tuesday,’ says the head of"
        " analytics at one integrated care board.6 The Department’s new data collection is"
        " welcome.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs"]


def test_hyphenated_codes_of_a_closed_up_participants_table(lexicon: RoleLexicon) -> None:
    """Participant codes written with a hyphen ("SL-02"), in a table closed up into one paragraph
    with a last column of numbers (the cohort): each code is its row's role."""
    text = (
        "Participants are identified by a code (SL-01 to SL-28).\n\n"
        "Table 1 Participants quoted in this report Code Role Organisation type Cohort SL-01"
        " Assistant director (commissioning) County council, adult social care 1 SL-02 Registered"
        " manager Nursing home, independent sector 1 SL-03 Director of adult social services"
        " Unitary authority 2 SL-04 Chief executive Home care provider, independent sector 2\n\n"
        "SL-02 described coming back to the home after the final module:\n\n"
        "I came back full of it, all this system stuff. And my deputy said to me, we had a"
        " good week without you, thanks.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_an_oral_history_s_interviewee_has_the_post_the_header_gives(lexicon: RoleLexicon) -> None:
    raw = (
        "SOCIAL CARE LIVES: AN ORAL HISTORY\n\n"
        "Reference: SCL/ORH/047\n"
        "Interviewee: Ruth Kendall (RK)\n"
        "Born: 1946, Oldham\n"
        "Career summary: Child care officer, Lancashire County Council, 1969-71; social worker,"
        " Calderside Social Services Department, 1971-86; Director of Adult Social Services,"
        " 2006-11. Retired 2011.\n"
        "Interviewer: Sam Okoro (SO)\n"
        "Date of interview: 14 May 2024\n\n"
        "**SO: Could we start at the beginning - how did you come into social work?**\n\n"
        "RK: Goodness, right back to the start. I was the first in my family to go to university,"
        " and I had a placement with a children's officer in Salford.\n\n"
        "**SO: And then the Seebohm reforms came along?**\n\n"
        "RK: They did. Overnight we went from being child care officers to being social workers"
        " in these great big new departments.\n\n"
        "**SO: Thank you, Ruth.**\n\n"
        "RK: Thank you for listening to an old woman going on.\n\n"
        "**SO: Thank you.**\n\n"
        "[01:48:02]\n\n"
        "[End of recording]\n"
    )
    got = quoted(clean_text(raw).text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("Goodness,", "director"),
        ("They", "director"),
        ("Thank", "director"),
    ]
    # the latest post of the career the header sums up, not the first; the interviewer's bold
    # questions are the narrative, and the time and "[End of recording]" under the last are
    # a recording's directions, which credit no one


def test_an_oral_history_s_interviewee_has_the_post_of_the_life_its_header_summarises(
    lexicon: RoleLexicon,
) -> None:
    raw = (
        "VOICES OF CARE: AN ORAL HISTORY\n\n"
        "Interview reference: VOC/112\n"
        "Interviewee: Margaret (Peggy) Ollerton (MO)\n"
        "Interviewer: Dr Ben Sharrow (BS)\n"
        "Date of interview: 3 June 2024\n\n"
        "BIOGRAPHICAL NOTE\n"
        "Margaret Ollerton was born in Wigan in 1951. She qualified as a social worker in 1975"
        " and was a team leader and then area manager for Lowfield County Council. She was"
        " Director of Adult Social Services there from 2004 until she retired in 2013, and"
        " chaired the county's carers' partnership board for five years after retirement.\n\n"
        "[00:00:10]\n\n"
        "BS: Where did you grow up?\n\n"
        "MO: Wigan. My dad was a miner and my mother took in sewing, and there were five of us"
        " in two rooms.\n\n"
        "BS: And how did you come to social work?\n\n"
        "MO: By accident, really. A friend's mother was a welfare officer.\n"
    )
    got = quoted(clean_text(raw).text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("Where", "other"),
        ("Wigan.", "director"),
        ("And", "other"),
        ("By", "director"),
    ]
    # the post she held until she retired, not what she did after (a carers' board) nor her
    # family (a miner's daughter); the bracket after her first name is what she is called


def test_a_name_given_an_age_takes_the_post_the_narrative_gives_it_later(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "On a Thursday morning in March, Joanna Okello is in a portable cabin behind the"
        " county's hospital, listening to a discharge coordinator.\n\n"
        "Okello, 49, grew up in Reading and trained as an occupational therapist.\n\n"
        "'I still think like a therapist,' Okello says. 'I look at the stairs first.'\n\n"
        "By 2019, she says, she had stopped expecting promotion. 'I had seen what the top"
        " job did to people.'\n\n"
        "Colleagues say Okello was one of the first directors of adult social services in the"
        " region to sit on the hospital's board.\n"
    )
    got = quoted(text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("'I", "director"),
        ("'I", "director"),
        ("'I", "director"),
    ]
    # an age beside a name places no one when the narrative gives a post later; the quotations
    # carried from theirs follow


def test_a_research_interview_s_answers_are_the_participant_s_its_header_gives_a_post(
    lexicon: RoleLexicon,
) -> None:
    raw = (
        "CARE AT HOME: LEADING SMALL AGENCIES\n"
        "Department of Health Sciences, Northfield University\n\n"
        "INTERVIEW TRANSCRIPT\n\n"
        "Transcript ID:       CAH-07\n"
        "Interviewer:         Dr Tom Baird (Q)\n"
        "Participant:         HC07 (A) - owner and manager of a home care agency, 60 clients;"
        " urban unitary authority\n"
        "Transcribed by:      Verbatim Services Ltd\n\n"
        "Q: Thanks for making the time. Can you tell me how you came to run the agency?\n\n"
        "A: I was a district nurse for twelve years, and I got tired of watching visits cut to"
        " fifteen minutes. So I started my own.\n\n"
        "Q: And what does leading it look like now?\n\n"
        "A: Mostly rotas, if I'm honest. But the bit I care about is the carers.\n"
    )
    got = quoted(clean_text(raw).text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("I", "provider"),
        ("Mostly", "provider"),
    ]
    # the answers are the participant's, whom the header places by the post after the dash, not
    # the university's the header names first


def test_a_press_conference_s_speakers_by_name_post_and_body_and_its_askers(
    lexicon: RoleLexicon,
) -> None:
    raw = (
        "TRANSCRIPT\n\nPress conference: launch of the Local Care Leadership Fund\n\n[11.02]\n\n"
        "HANNAH GREAVES MP, MINISTER OF STATE FOR CARE:\n"
        "Good morning, everyone. Today I am announcing a £480 million fund over two years.\n\n"
        "COLIN MARSH, CHIEF EXECUTIVE, NATIONAL HOMECARE PROVIDERS FORUM:\n"
        "Thank you, Minister. Our members will welcome the registered manager programme.\n\n"
        "SUNIL VARMA, CO-CHAIR, LIVED EXPERIENCE PANEL:\n"
        "Thank you. I should say first that I draw on care myself.\n\n"
        "[Questions from the floor, chaired by the Minister.]\n\n"
        "QUESTION – TOM FULLER, BBC NEWS:\n"
        "Minister, is this not a sticking plaster on a funding gap measured in billions?\n\n"
        "HANNAH GREAVES:\n"
        "I don't accept that, Tom. This fund was never designed to close a funding gap.\n\n"
        "QUESTION – ELLIE WARD, THE GUARDIAN:\n"
        "A question for Colin Marsh, if I may. Will providers see any of this money?\n\n"
        "COLIN MARSH:\n"
        "Honestly? Some won't. If you are a manager in a small agency you have no time.\n"
    )
    got = quoted(clean_text(raw).text, lexicon)
    assert [(q.split()[0], role) for q, role, _ in got] == [
        ("Good", "national"),
        ("Thank", "provider"),
        ("Thank", "user"),
        ("Minister,", "other"),
        ("I", "national"),
        ("A", "other"),
        ("Honestly?", "provider"),
    ]
    # a name, post and body in capitals is a label however long; the minister's later label by
    # name alone has the post her first gave ("MP" is no name); a question's label that names
    # its asker is a journalist's, no narrator's


def test_a_phone_in_caller_has_the_role_the_host_s_introduction_gives(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Transcript\n\n"
        "PHIL GARSIDE: Good morning, for the next hour we're talking about Elm Lodge.\n\n"
        "JANET PRYCE: Thanks for having me, Phil. We were told formally on the 27th.\n\n"
        "PHIL GARSIDE: Let's go to the phones. Maureen's in Kilnsey Bridge. Maureen, your mum's at"
        " Elm Lodge?\n\n"
        "MAUREEN: She is, Phil, she's ninety-three, and honestly, it's her home.\n\n"
        "PHIL GARSIDE: Janet, what do you say to Maureen?\n\n"
        "JANET PRYCE: Maureen, I'm so sorry. That is not how anybody should find out.\n\n"
        "PHIL GARSIDE: Sandra's a registered manager at another home in the county. Morning,"
        " Sandra.\n\n"
        "SANDRA: Hiya, Phil. We've got two beds and we've already told the council.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert ("MAUREEN", "user") in got and ("SANDRA", "provider") in got
    # the host's line above a caller's first turn places her; not the councillor's reply to
    # "Janet, what do you say to Maureen?", whose name the line does not place
    assert ("JANET PRYCE", "user") not in got
    invited = text.replace(
        "PHIL GARSIDE: Sandra's a registered manager at another home in the county. Morning,"
        " Sandra.",
        "[The Chair invited Sandra Hale, who had sent a question, to put it to the Cabinet Member.]",
    )
    got = [(speaker, role) for _, role, speaker in quoted(invited, lexicon)]
    assert ("SANDRA", "political") not in got  # whom she is asked to address is not who she is


def test_a_webinar_s_saved_chat_is_each_sender_s(lexicon: RoleLexicon) -> None:
    raw = (
        "[01:06:40] RUTH ADEYEMI (CHAIR)\nThank you all for joining us.\n\n"
        "CHAT LOG (saved from Zoom; housekeeping messages removed)\n\n"
        "13:04:12 From Priya Shah (carer, Stockport) to Everyone : My mum's day centre closed on"
        " 20 March and nobody from the council has called us since.\n"
        "13:12:30 From Colin Ashworth (RM, Hillview Care Home) to Everyone : We've had no"
        " inspection, no visits, no families in since March\n"
        "13:17:21 From Cllr Ann Mistry (Westfold CC) to Everyone : As a councillor I only found out"
        " from a scrutiny paper after the event.\n"
        "13:31:15 From Lucy Brennan - CCG discharge commissioning to Everyone : From the NHS side -"
        " we are trying!\n"
    )
    text = clean_text(raw).text
    assert "\n\n13:12:30 From Colin Ashworth" in text  # a message a paragraph
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got[-4:] == [
        ("My", "user", "Priya Shah (carer, Stockport)"),
        ("We've", "provider", "Colin Ashworth (RM, Hillview Care Home)"),
        ("As", "political", "Cllr Ann Mistry (Westfold CC)"),
        # a person at the body the sender names, not the body's statement
        ("From", "nhs", "Lucy Brennan - CCG discharge commissioning"),
    ]


def test_a_saved_chat_s_messages_under_their_senders_lines(lexicon: RoleLexicon) -> None:
    # Zoom's newer log: the message on the lines under the sender's, tab-indented; a reply's
    # "Replying to" line and a reaction repeat an earlier message, no one's quotation now; a
    # direct message to a sender with a long name; the sender's pronouns say nothing of the role
    raw = (
        "10:09:15 From Sandra Mbeki (she/her) Chair, Westmere Care Association to Everyone:\n"
        "\tThanks Helen. To put on record from the association: the uplift does not cover the"
        " rise in employer NI.\n"
        "10:09:52 From Gary Tomlin - Oakfield Lodge to Everyone:\n"
        '\tReacted to "Thanks Helen. To put on rec..." with 👍\n'
        "10:14:02 From Cllr Denise Harper - Cabinet Member Adult Social Care to Everyone:\n"
        "\tMorning everyone - I'm listening and reading the chat.\n"
        "10:14:40 From Sandra Mbeki (she/her) Chair, Westmere Care Association to Everyone:\n"
        '\tReplying to "Morning everyone - I\'m listening and re..."\n'
        "\t\n"
        "\tAppreciated, Cllr Harper, and we all know the settlement is dreadful.\n"
        "10:58:33 From Ade Balogun | Carewell Supported Living to Helen Rourke (she/her) - AD"
        " Commissioning, Westmere CC(Direct Message):\n"
        "\tHelen, didn't want to say this in the main chat, but we've been approached about a"
        " buy-out.\n"
    )
    text = clean_text(raw).text
    got = [(q[:12], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ("Thanks Helen", "provider"),
        ("Morning ever", "political"),
        ("Appreciated,", "provider"),
        ("Helen, didn'", "provider"),
    ]


def test_a_phone_s_chat_export_is_each_sender_s(lexicon: RoleLexicon) -> None:
    raw = (
        "11/03/2024, 19:52 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
        '11/03/2024, 19:52 - Tina Marsh created group "CQC prep"\n'
        "11/03/2024, 19:53 - Tina Marsh: Evening all, sorry for the late message. Had a call from"
        " CQC at half 4.\n\n"
        "Plan for tomorrow: quick huddle at 9.30 in the office.\n"
        "11/03/2024, 19:58 - Shaz: Omg. OK. Was half expecting it, its nearly 3 years.\n"
        "12/03/2024, 07:14 - Tina Marsh: Morning! Team here: me (RM), Shaz (deputy manager) and"
        " Kemi.\n"
        "12/03/2024, 07:20 - Shaz: Supervision tracker done. Days are fine.\n"
        '12/03/2024, 12:31 - Tina Marsh: Inspector was lovely tbh. She said "nobody is going to be'
        ' penalised for doing the right thing this weekend"\n'
        "12/03/2024, 12:40 - Shaz: Just come through. Copying the email in so you've all got"
        " it:\n\n"
        '"We are writing to let you know that we have started an assessment of Rosewood'
        ' Lodge."\n'
        "12/03/2024, 12:45 - Tina Marsh: Thanks Shaz.\n"
        "12/03/2024, 12:50 - Shaz: On it, printing the request list now.\n"
        "12/03/2024, 13:00 - Tina Marsh: Copying in the council's email too:\n\n"
        '"The fee uplift for 2024/25 will be 4.2 per cent for residential placements."\n'
        "12/03/2024, 13:05 - Tina Marsh: Thoughts welcome.\n"
    )
    text = clean_text(raw).text
    assert "\n\n11/03/2024, 19:58 - Shaz: Omg." in text  # a message a paragraph
    assert "\n\n11/03/2024, 19:53 - Tina Marsh: Evening" in text  # after the app's own lines
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    got = [(q, role, None if q == '"The' else speaker) for q, role, speaker in got]
    assert got == [
        ("Evening", "provider", "Tina Marsh"),  # as her own "me (RM)" below places her
        ("Omg.", "provider", "Shaz"),  # as the team's introduction after it places her
        ("Morning!", "provider", "Tina Marsh"),
        ("Supervision", "provider", "Shaz"),  # as her team's introduction placed her
        ("Inspector", "provider", "Tina Marsh"),
        ('"nobody', "national", "She"),  # the inspector her message mentions, not the sender
        ("Just", "provider", "Shaz"),
        # what she pastes is the email's, not hers
        ('"We', "document", "Copying the email in so you've all got it"),
        ("Thanks", "provider", "Tina Marsh"),
        ("On", "provider", "Shaz"),
        ('"The', "document", None),
        # still the registered manager, not the email she pasted in before
        ("Thoughts", "provider", "Tina Marsh"),
    ]


def test_a_social_network_thread_is_each_poster_s(lexicon: RoleLexicon) -> None:
    raw = (
        "Conversation\n"
        "Helen Okafor\n@MarshHouseHelen\n"
        "1/ This week I lost my third senior carer since Christmas. Not to another care home."
        " To the supermarket on the bypass.\n"
        "8:02 AM · May 17, 2025\n·\n61.4K\n Views\n214\n1.1K\n"
        "Helen Okafor\n@MarshHouseHelen\n·\nMay 17\n"
        "2/ The maths first. The council put its fee up by 5.6%. My wage bill went up by 11%.\n\n"
        "I heard a minister on the radio saying the sector has been 'far too reliant on overseas"
        " recruitment'. Reliant?? We were asked to recruit abroad.\n"
        "18\n97\n611\n14K\n"
        "Jen Walsh\n@jenwalsh_sw\n·\nMay 17\n"
        "Reading this from the other side. I'm a social worker in a hospital discharge team.\n"
        "3\n12\n"
        "Helen Okafor\n@MarshHouseHelen\n·\nMay 17\nReplying to @jenwalsh_sw\n"
        "Thank you, Jen. Come for a cup of tea any time.\n"
        "4\n9\n"
        "Relevant people\n"
        "Helen Okafor\n@MarshHouseHelen\nFollow\n"
        "Owner & manager, Marsh House Care Home. 38 residents, 61 staff. Views my own.\n"
        "What's happening\n"
    )
    text = clean_text(raw).text
    assert "\n\nHelen Okafor @MarshHouseHelen · May 17\n\n2/ The maths first." in text
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got == [
        # each post its poster's, in the role the page's profile of her gives
        ("1/", "provider", "Helen Okafor"),
        ("2/", "provider", "Helen Okafor"),
        ("'far", "national", "a minister on the radio"),  # whom a post quotes, their words
        ("Reading", "workforce", "Jen Walsh"),  # what the poster says she is
        ("Thank", "provider", "Helen Okafor"),  # not "Replying to @jenwalsh_sw"
    ]  # and the profile is no post


def test_a_social_network_post_that_quotes_another_post(lexicon: RoleLexicon) -> None:
    raw = (
        "Conversation\n"
        "Margaret Ellery\n@EllerysCare\n"
        "I run two care homes in Wensmoor and I never thought I'd have to write this. 1/8\n"
        "9:02 AM · Mar 14, 2024\n·\n187.4K Views\n412\n2.1K\n"
        "Margaret Ellery\n@EllerysCare\n·\nMar 14\n"
        "The council put this out last night. Read it and then read my numbers again. 2/8\n"
        "Quote\n"
        "Cllr Martin Ashworth\n@CllrAshworth\n·\nJan 18\n"
        "Proud that Wensmoor has agreed one of the fairest fee settlements in the region.\n"
        "96\n341\n1.1K\n38K\n"
        "Relevant people\n"
        "Margaret Ellery\n@EllerysCare\nFollow\n"
        "Owner & manager, Brookfield Lodge Care Home. Views my own.\n"
    )
    got = [
        (q.split()[0], role, speaker) for q, role, speaker in quoted(clean_text(raw).text, lexicon)
    ]
    assert got == [
        ("I", "provider", "Margaret Ellery"),
        ("The", "provider", "Margaret Ellery"),  # her post ends where the one it quotes begins
        ("Proud", "political", "Cllr Martin Ashworth"),
    ]


def test_a_social_network_profile_of_a_person_at_a_body(lexicon: RoleLexicon) -> None:
    raw = (
        "Conversation\nMargaret Ellery\n@EllerysCare\n"
        "The council put this out last night. Read it and then read my numbers again. 1/8\n"
        "9:02 AM · Mar 14, 2024\n·\n187.4K Views\n412\n2.1K\n"
        "Relevant people\nMargaret Ellery\n@EllerysCare\nFollow\n"
        "Owner, Ellery Care Homes. Brookfield Lodge and Ellery House, Wensmoor.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(clean_text(raw).text, lexicon)]
    assert got == [("provider", "Margaret Ellery")]
    # "Owner, Ellery Care Homes" reads as the owner of the body, a post at it: her profile, not
    # the body's own ("Wensmoor Carers Forum. Support for ...")


def test_a_federated_network_s_thread_by_handles_with_their_server(
    lexicon: RoleLexicon,
) -> None:
    # Mastodon's handles name the server after a second "@", Bluesky's are domains: each card is
    # a poster's as on X
    raw = (
        "Ruth Adeyemi\n@ruthadeyemi@councils.social\n23 Nov\n"
        "The first thing I got wrong: I thought leadership in social care was mostly about the"
        " council. It isn't.\n"
        "1\n12\n58\n"
        "Sunita Varma\n@sunitavarma@care.social\n23 Nov\n"
        "I'm the registered manager of a 40-bed home and this is the one that matters.\n"
        "2\n9\n"
        "Dan Owusu\n@danowusu.bsky.social\n24 Nov\n"
        "Social worker in a neighbouring authority. Good thread, and fair on us.\n"
        "0\n3\n"
    )
    text = clean_text(raw).text
    got = [(q.split()[0], speaker) for q, _, speaker in quoted(text, lexicon)]
    assert got == [("The", "Ruth Adeyemi"), ("I'm", "Sunita Varma"), ("Social", "Dan Owusu")]


def test_a_first_name_met_is_who_the_words_after_its_comma_say(lexicon: RoleLexicon) -> None:
    text = (
        "Mum moved to Larchfield in the autumn.\n\n"
        "It was also in the car park that I met Karen, whose dad has been at Larchfield for three"
        " years. We got talking about the place. “It’s the manager,” Karen said. “When the last"
        " one left, it went downhill in about a month.”\n"
    )
    _, role, speaker = quoted(text, lexicon)[0]
    assert (speaker, role) == ("Karen", "user")
    # as "Helen, whose mother ..." opening a sentence says who Helen is


def test_a_closed_up_table_of_codes_by_nation_and_group_places_each_code(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "We identify participants by a code giving their nation (S or E), a role group and a"
        " number.\n\n"
        "Table 1: Participants by nation and role group Code Nation Role group Post (generalised to"
        " protect anonymity) S-D1 Scotland Director / chief officer Chief officer, health and"
        " social care partnership S-P1 Scotland Provider Owner, three care homes (rural) S-U1"
        " Scotland Person / carer Unpaid carer (husband) S-N1 Scotland National Former senior"
        " Scottish Government official E-D1 England Director / chief officer Director of adult"
        " social services, metropolitan borough E-P1 England Provider Owner, two family-run care"
        " homes E-W1 England Workforce Principal social worker\n\n"
        "E-D1 was blunter: ‘The ICB wants social care at the table so that someone can be blamed"
        " for the delayed discharges.’\n\n"
        "S-N1 put it this way: ‘We built a structure and then expected it to lead.’\n\n"
        "‘In England you are on your own,’ said E-P1.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "national", "provider"]
    # each code is its row's, though no group has three codes in turn; and "was blunter:" is a
    # verdict on what E-D1 said, not a statement of who they are (the ICB they speak of)


def test_a_company_board_s_own_posts_are_the_company_s(lexicon: RoleLexicon) -> None:
    text = (
        "LARCHFIELD CARE GROUP LIMITED\n\nMINUTES OF THE MEETING OF THE BOARD OF DIRECTORS\n\n"
        "Present:\n"
        "Margaret Osei-Bonsu (MOB) Chair, Independent Non-Executive Director\n"
        "Richard Halloran (RH) Chief Executive\n"
        "Helen Tranter (HT) Non-Executive Director (by Teams)\n"
        "Carol Whitlock (CW) Family Representative\n\n"
        "In attendance:\n"
        "Lisa Farnham (LF) Head of People (items 7 and 8)\n\n"
        "1. WORKFORCE\n\n"
        "1.1 HT said that in her experience a home's culture \u201cis almost never about one"
        " person\u201d.\n\n"
        "1.2 LF said: \u201cWe are recruiting well in the towns and failing in the villages.\u201d\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]
    # a non-executive director and a head of people on a care group's board, not a director of
    # adult social services and the public


FORUM_THREAD = (
    "Night staff recruitment – has anyone actually cracked it?\n"
    "Thread starter NightOwl_RM Start date 11 Feb 2025\n\n"
    "NightOwl_RM\nRegistered Manager\nJoined\nMar 12, 2021\nMessages\n388\nLocation\nEast Midlands\n"
    "11 Feb 2025\n#1\n"
    "Bit of a vent but also genuinely asking for ideas. I've had a night vacancy open since"
    " October.\n\n"
    "Has anyone actually cracked night recruitment? What's worked? Agency is bleeding us dry.\n"
    "RM · 40-bed residential · views my own\n"
    "Like\nReply\nReport\nReactions: Bramblewood_RM and 9 others\n\n"
    "ICB_Tom_W\nICB discharge lead\nJoined\nJan 3, 2024\nMessages\n12\n"
    "11 Feb 2025\n#2\n"
    "NightOwl_RM said:\nBit of a vent but also genuinely asking for ideas.\nClick to expand...\n"
    "Lurker from the NHS side here. We fund a trusted assessor post so homes can take people at"
    " night.\n\n"
    "Our discharge lead put it well: \u201cnights are where the system leaks\u201d.\n"
    "Reply\nReport\n\n"
    "1 of 2 Go to page\n\n"
    "You must log in or register to reply here.\n"
)


def test_a_forum_thread_s_posts_are_their_posters_words(lexicon: RoleLexicon) -> None:
    text = clean_text(FORUM_THREAD).text
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Bit", "provider", "NightOwl_RM"),
        ("Has", "provider", "NightOwl_RM"),
        ("Bit", "provider", "NightOwl_RM"),  # the earlier post the reply quotes
        ("Lurker", "nhs", "ICB_Tom_W"),  # the title on the card: a person at the ICB
        ("\u201cnights", "nhs", got[-1][2]),
    ]
    # the signature, the controls, the page's furniture after the last post and the paragraph
    # that quotes someone (left to the ordinary rules) are no post's words
    assert not any(q.startswith(("RM ·", "1 of 2", "You must", "Our discharge")) for q, _, _ in got)


def test_a_forum_post_s_words_before_a_sentence_quoting_someone(lexicon: RoleLexicon) -> None:
    thread = FORUM_THREAD.replace(
        "Bit of a vent but also genuinely asking for ideas. I've had a night vacancy open since"
        " October.\n\n",
        "Bit of a vent but also genuinely asking for ideas. I've had a night vacancy open since"
        " October. One girl at interview told me straight, \u201cI can get \u00a312.80 at the"
        " warehouse.\u201d Hard to argue with.\n\n",
    )
    text = clean_text(thread).text
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(text, lexicon)][:3]
    assert got == [
        ("Bit", "provider", "NightOwl_RM"),  # the poster's, up to the sentence quoting the girl
        ("\u201cI", "other", "One girl at interview"),
        ("Has", "provider", "NightOwl_RM"),
    ]
    first = next(q for q, _, speaker in quoted(text, lexicon) if speaker == "NightOwl_RM")
    assert first.endswith("since October.")


NUMBERED_THREAD = (
    "Forum \u203a Caring for someone \u203a Reviews\n\n"
    "#1\nJune_cares\nMember \u00b7 12 posts\nTue 4 Mar 2025, 21:14\n\n"
    "My dad is 88 and his calls have been cut from four to two. Is this even allowed?\n\n"
    "Like (9) Reply Quote Report\n\n"
    "#2\nAgencyAl\nMember \u00b7 588 posts\nWed 5 Mar 2025, 13:05\n\n"
    "I run a small home care agency in the north, so here is the view from our side. Ask the"
    " agency to write down what the lunch call does.\n\n"
    "Like (17) Reply Quote Report\n\n"
    "#3\nJune_cares\nMember \u00b7 12 posts\nWed 5 Mar 2025, 18:47\n\n"
    "AgencyAl wrote:\n> Ask the agency to write down what the lunch call does.\n\n"
    "Thank you, I rang them this morning and they will put it in writing.\n\n"
    "Like (4) Reply Quote Report\n\n"
    "#4\nAgencyAl\nMember \u00b7 589 posts\nWed 5 Mar 2025, 19:02\n\n"
    "Good luck, and do let us know how you get on with the review.\n\n"
    "Like (2) Reply Quote Report\n\n"
    "Similar threads\n\n"
    "The forum is run by the Carers Together team. Posts reflect the views of members. About"
    " | Privacy\n"
)


def test_a_forum_thread_numbered_before_its_posters_handles(lexicon: RoleLexicon) -> None:
    text = clean_text(NUMBERED_THREAD).text
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("My", "user", "June_cares"),
        ("I", "provider", "AgencyAl"),
        ("Ask", "provider", "AgencyAl"),  # the earlier post quoted, its line marked by ">"
        ("Thank", "user", "June_cares"),  # the poster's own words again after it
        ("Good", "provider", "AgencyAl"),
    ]
    # the page's footer is no signature: "Carers Together" does not make the agency's owner a carer


def _xenforo_card(handle: str, title: str, joined: str, location: str = "") -> list[str]:
    place = ["Location", location] if location else []
    return [handle, title, "Joined", joined, "Messages", "96", *place]


def test_a_forum_thread_copied_a_line_an_item_with_its_posters_cards(
    lexicon: RoleLexicon,
) -> None:
    lines = [
        "Who makes a good manager?",
        "Watch",
        *_xenforo_card("nightowl_nat", "Senior Care Assistant · Residential", "Jan 2021"),
        "12 Mar 2024",
        "#1",
        "I've had seven managers in nine years. So what makes a good manager for you?",
        *("Reactions:", "Tilly_RGN and 14 others", "Reply", "Report"),
        *_xenforo_card("brightside77", "Member", "Feb 2024"),
        *("12 Mar 2024", "#2", "Managers set the tone for the whole place."),
        *("Reactions:", "Kez_support and 6 others", "Reply", "Report"),
        *_xenforo_card("MandyRM", "Registered Manager · Home Care", "Nov 2020", "North East"),
        *("12 Mar 2024", "#3", "Good managers leave because they burn out."),
        *("Reactions:", "OldHand58 and 27 others", "Reply", "Report"),
    ]
    got = [
        (role, speaker) for _, role, speaker in quoted(clean_text("\n".join(lines)).text, lexicon)
    ]
    assert got == [
        ("workforce", "nightowl_nat"),
        ("interviewee", "brightside77"),  # a member's rank places no one
        ("provider", "MandyRM"),
    ]
    # the cleaner runs a card on from the last post's buttons ("Reactions: ... Reply Report
    # brightside77 Member Joined ..."): the handle is the line over the title over "Joined"


def test_a_forum_thread_a_paragraph_an_item_with_posters_places(lexicon: RoleLexicon) -> None:
    items = [
        *("Who makes a good manager?", "Watch"),
        *_xenforo_card("nightowl_nat", "Senior Care Assistant", "Jan 2021", "West Midlands"),
        *("12 Mar 2024", "#1", "I've had seven managers in nine years."),
        *("Reactions:", "Tilly_RGN and 14 others", "Reply", "Report\nbrightside77"),
        *("Member", "Joined", "Feb 2024", "Messages", "7", "Location", "North East"),
        *("12 Mar 2024", "#2", "Managers set the tone for the whole place."),
        *("Reactions:", "Kez_support and 6 others", "Reply", "Report"),
        *("CareTalkTeam", "Moderator", "Staff member", "Joined", "Jan 2016", "Messages", "2,941"),
        *("12 Mar 2024", "#3", "Hi all, lovely to see this thread staying constructive."),
        *("Reactions:", "MandyRM and 11 others", "Reply", "Report"),
        *_xenforo_card("MandyRM", "Registered Manager · Home Care", "Nov 2020", "North East"),
        *("12 Mar 2024", "#4", "Good managers leave because they burn out."),
        *("Reactions:", "OldHand58 and 27 others", "Reply", "Report"),
        *_xenforo_card("DomCareDave", "Care Worker · Home Care", "Jun 2022", "West Midlands"),
        *("13 Mar 2024", "#5", "Most of us know managers are getting it from all sides."),
    ]
    got = [
        (role, speaker) for _, role, speaker in quoted(clean_text("\n\n".join(items)).text, lexicon)
    ]
    assert got == [
        ("workforce", "nightowl_nat"),
        ("interviewee", "brightside77"),  # the handle after "Report", on its line
        ("interviewee", "CareTalkTeam"),  # the forum's staff, by its banners alone
        ("provider", "MandyRM"),
        ("workforce", "DomCareDave"),
    ]
    # a place under "Location", twice over, is no debate's speaker heading over the posts


def test_the_care_market_s_investors_lenders_and_an_official(lexicon: RoleLexicon) -> None:
    text = (
        "The roundtable met under the Chatham House rule.\n\n"
        "A second investor was blunter: ‘Nobody can see the whole picture.’\n\n"
        "The representative of the specialist lender said: ‘We lend against the cash flow of a"
        " home.’\n\n"
        "The official at the roundtable told participants that the scheme ‘was never designed to"
        " be a window into the whole market’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "other", "national"]
    # whose funds own care groups, who lends to them, and the government's official


def test_an_owner_of_two_homes_by_their_names(lexicon: RoleLexicon) -> None:
    text = (
        "Agency staff now cost some homes more than their own.\n\n"
        "Graham Tulloch, who owns Fernlea and Hawthorn Lodge care homes in Brinscombe, said:"
        " “We’re not paying these rates because we want to.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # "who own * home" with the two homes' names, four words, in its wildcard


def test_a_film_s_captioned_speakers_are_quoted_in_their_posts(lexicon: RoleLexicon) -> None:
    from carelead.ingest.readers import read

    srt = (
        "1\n00:00:06,780 --> 00:00:11,965\n<i>NARRATOR: The manager is first in.</i>\n\n"
        "2\n00:03:07,404 --> 00:03:09,585\nBEV THORNTON\nRegistered Manager\n\n"
        "3\n00:03:10,385 --> 00:03:16,060\nI've been the manager here eleven years\nthis March.\n\n"
        "4\n00:03:22,645 --> 00:03:24,631\n<i>INTERVIEWER: What's changed?</i>\n\n"
        "5\n00:03:24,871 --> 00:03:28,739\nEverything costs more.\n\n"
        "6\n00:03:29,000 --> 00:03:31,000\n<i>By seven, the night staff are writing notes.</i>\n"
    )
    doc = read(srt.encode(), "text", "film.srt")
    got = [
        (doc.text[p.start : p.end].split()[0], p.role)
        for p in attribute(doc.text, doc.pages, lexicon)
        if p.kind == "quote"
    ]
    # the manager's words, in both turns; not the narrator's or the interviewer's
    assert got == [("I've", "provider"), ("Everything", "provider")]


CARE_HOME_REVIEWS = (
    "Showing 1 – 18 of 41 reviews\n\n"
    "\u201cDad moved into Oakhurst in January and I can\u2019t fault the way the team picked him"
    " up.\u201d\n\n"
    "Overall Experience \u2605\u2605\u2605\u2605\u2605 Excellent\n\n"
    "Facilities 5 \u00b7 Care / Support 5 \u00b7 Staff 5 \u00b7 Value for Money 4\n\n"
    "Stephen (Son of Resident)\n\n"
    "Published 21 March 2025\n\n"
    "Helpful (6)\n\n"
    "Response from Debbie Kavanagh (Registered Manager) at Oakhurst House\n\n"
    "\u201cDear Stephen, thank you so much for taking the time to write this.\u201d\n\n"
    "\u201cI came here after my wife died and I did not want to come.\u201d\n\n"
    "This review was written with the help of a member of staff.\n\n"
    "Overall Experience \u2605\u2605\u2605\u2605\u2605 Excellent\n\n"
    "Arthur (Resident)\n\n"
    "Published 18 February 2025\n"
)


def test_a_care_home_review_is_its_reviewer_s_and_a_reply_its_replier_s(
    lexicon: RoleLexicon,
) -> None:
    got = [(q.split()[0], role) for q, role, _ in quoted(CARE_HOME_REVIEWS, lexicon)]
    # the reviewer signs under the review's stars and scores; the manager's reply is hers
    assert got == [
        ("\u201cDad", "user"),
        ("\u201cDear", "provider"),
        ("\u201cI", "user"),
    ]


EMPLOYER_REVIEWS = (
    "Showing 1-20 of 214 reviews\n\n"
    "4.0 \u2605\u2605\u2605\u2605\u2606 Good company let down by the rota Home Care Assistant (Current"
    " employee) - Wakefield, West Yorkshire - 3 November 2025 I've been with Amberlea just over"
    " two years. The clients are lovely. Pros Clients, team Cons Rota Was this review helpful?"
    " Yes 23 No 1 Report\n\n"
    "Response from Lindsey, Registered Manager at Amberlea Home Care 5 November 2025 Hi, thank you"
    " for taking the time to leave such a detailed review. Lindsey\n\n"
    "2.0 \u2605\u2605\u2606\u2606\u2606 Lovely clients, office has no idea Senior Care Worker (Former"
    " employee) - Bradford - 21 October 2025 Left after 14 months. Clients were the only reason"
    " I stayed. Was this review helpful? Yes 44 No 6\n\n"
    "Response from Amberlea Home Care 23 October 2025 Thank you for your feedback. We are sorry"
    " to hear this.\n"
)


def test_an_employer_review_site_s_reviews_and_replies(lexicon: RoleLexicon) -> None:
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(EMPLOYER_REVIEWS, lexicon)]
    assert got == [
        ("I've", "workforce", "Home Care Assistant"),  # the job title, not the headline
        ("Hi,", "provider", "Lindsey, Registered Manager at Amberlea Home Care"),
        ("Left", "workforce", "Senior Care Worker"),
        ("Thank", "document", "Amberlea Home Care"),  # the company's own statement
    ]
    assert not any("Was this review" in q for q, _, _ in quoted(EMPLOYER_REVIEWS, lexicon))


EMPLOYER_REPLIES_AND_ANSWERS = (
    "3.0 \u2605\u2605\u2605\u2606\u2606 Good carers let down by office Senior Care Worker (Former"
    " employee) - Stockton-on-Tees - 9 February 2025 I left because I was burnt out. Was this"
    " review helpful? Yes 31 No 2 Report\n\n"
    "Response from Brightwell Homecare Ltd\nResponded 3 March 2025 Hi, thank you for such a"
    " balanced review. Please do come and talk to me.\nMichelle Arkwright, Operations Manager"
    " (North)\n\n"
    "2.0 \u2605\u2605\u2606\u2606\u2606 Not paid enough Care Worker (Current employee) -"
    " Darlington - 2 February 2025 The pay is poor. Was this review helpful? Yes 52 No 1 Report\n\n"
    "Response from Brightwell Homecare Ltd\nResponded 6 February 2025\nThank you for your"
    " feedback. We agree that care workers are not paid enough. The Brightwell Team\n\n"
    "Questions and answers about Brightwell Homecare Ltd\n\n"
    "Do they pay for travel time between calls? Asked 11 January 2025 Yes, travel time is paid"
    " at your hourly rate. Answered 12 January 2025 - Care Worker in Bishop Auckland\n\n"
    "Yes but they work it out from the shortest route. Answered 20 January 2025 - Employee in"
    " Stockton-on-Tees\n"
)


def test_an_employer_review_site_s_dated_replies_signatures_and_answers(
    lexicon: RoleLexicon,
) -> None:
    got = quoted(EMPLOYER_REPLIES_AND_ANSWERS, lexicon)
    assert [(q.split()[0], role, speaker) for q, role, speaker in got] == [
        ("I", "workforce", "Senior Care Worker"),
        # the reply's date on a line of its own; signed by a manager, whose own words they are
        ("Hi,", "provider", "Michelle Arkwright, Operations Manager (North)"),
        ("The", "workforce", "Care Worker"),
        # signed by no one: the company's statement ("Ltd" closes a name that opens the label)
        ("Thank", "document", "Brightwell Homecare Ltd"),
        # an answer to a question, by whoever the line after it names, not the question
        ("Yes,", "workforce", "Care Worker in Bishop Auckland"),
        ("Yes", "interviewee", "Employee in Stockton-on-Tees"),
    ]
    assert not any("Arkwright" in q or "Answered" in q or "Asked" in q for q, _, _ in got)


def test_members_questions_and_their_answers_under_headings_in_minutes(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Questions from Members\n\n"
        "Question 1 – Councillor Stuart Kerr\n\n"
        "The report refers to whole system working six times. What has changed?\n\n"
        "Response from the Director of Adult Social Services\n\n"
        "That is a fair challenge. Three things have changed.\n\n"
        "Councillor Kerr asked, by way of a supplementary question, when resources would follow.\n\n"
        "Question 2 – Councillor Ann Fraser\n\n"
        "Could members have an explanation of the vacancies?\n\n"
        "Response from the Director of Adult Social Services\n\n"
        "Yes. We have had two posts vacant since the autumn.\n"
    )
    got = [(q.split()[0], role) for q, role, _ in quoted(text, lexicon)]
    # the paragraph under each heading is whom it names; the minute's account after it is not
    assert got == [
        ("The", "political"),
        ("That", "director"),
        ("Could", "political"),
        ("Yes.", "director"),
    ]


PETITION_REASONS = (
    "Reasons for signing\n\n"
    "Showing 1 to 18 of 1,186 reasons\n\n"
    "Margaret, Holtby\n\n"
    "My husband Den has vascular dementia and goes to Orchard Lane three days a week. 8 January"
    " 2024\n\n"
    "Ruth, Kingsmere\n\n"
    "I'm a GP at Kingsmere Health Centre and around forty of our patients use Orchard Lane."
    " 11 January 2024\n\n"
    "Hannah, Kingsmere\n\n"
    "I manage a care home in Kingsmere. We already get calls every week from families.\n\n"
    "18 January 2024\n\n"
    "Owen, Kingsmere\n\n"
    "I use direct payments to employ my two PAs, and Orchard Lane is where I meet friends."
    " 20 January 2024\n"
)


def test_a_petition_s_reasons_are_their_signatories_words(lexicon: RoleLexicon) -> None:
    got = [(q.split()[0], role, speaker) for q, role, speaker in quoted(PETITION_REASONS, lexicon)]
    assert got == [
        ("My", "user", "Margaret, Holtby"),  # her husband's carer
        ("I'm", "nhs", "Ruth, Kingsmere"),  # a GP at a practice, not a body the lexicon lacks
        ("I", "provider", "Hannah, Kingsmere"),  # who manages a care home; the date, a line apart
        ("I", "user", "Owen, Kingsmere"),  # who draws on a direct payment
    ]
    # the date is no part of the reason
    assert not any("2024" in q for q, _, _ in quoted(PETITION_REASONS, lexicon))


TESTIMONIES = (
    "1. PAY: \u2018WE\u2019RE NOT ASKING TO BE RICH\u2019\n\n"
    "The median care worker earns a little over the National Living Wage.\n\n"
    "DONNA, HOME CARE WORKER, REDCAR\n\n"
    "I\u2019ve been doing home care for eleven years.\n\n"
    "We\u2019re not asking to be rich.\n\n"
    "AMIT, SENIOR CARE ASSISTANT, LEICESTER\n\n"
    "I came to this country on a health and care worker visa in 2022.\n\n"
    "KAREN, REGISTERED MANAGER, SHREWSBURY\n\n"
    "I started as a carer twenty years ago.\n\n"
    "2. COVID: \u2018WE WERE THE FORGOTTEN FRONTLINE\u2019\n\n"
    "More than 40,000 people died of Covid-19 in care homes in England.\n\n"
    "RUTH, SOCIAL WORKER, SHEFFIELD\n\n"
    "I\u2019m a social worker in a locality team.\n"
)


def test_a_booklet_s_testimonies_are_their_tellers_words(lexicon: RoleLexicon) -> None:
    got = [(q.split()[0], role) for q, role, speaker in quoted(TESTIMONIES, lexicon) if speaker]
    # each under its teller's name, job and place, up to the next heading: not the section's
    # own words under "2. COVID: ..." (the headings' quoted words have no speaker)
    assert got == [
        ("I\u2019ve", "workforce"),
        ("We\u2019re", "workforce"),
        ("I", "workforce"),
        ("I", "provider"),
        ("I\u2019m", "workforce"),
    ]


def test_a_meeting_s_speaker_by_the_body_the_chair_said_they_are_from(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Jo Pembridge: Morning everyone. We've got Ian from commissioning with us, Rachel from the"
        " ICB and Owen from Skills for Care.\n\n"
        "Ian Threlfall: Thanks Jo. The uplift is 5.4% and I know it is not enough.\n\n"
        "Rachel Greaves: From our side we are funding discharge beds this winter.\n\n"
        "Jo Pembridge: Thanks Rachel. That helps the homes.\n\n"
        "Owen Price: Leadership matters, and the programme is free this year.\n\n"
        "Ian Threlfall: We will share the cost model with the forum.\n"
    )
    roles = {speaker: role for _, role, speaker in quoted(text, lexicon)}
    assert roles["Rachel Greaves"] == "nhs"
    assert roles["Owen Price"] == "national"


def test_a_caller_known_by_name_by_what_their_own_words_say_they_are(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "PRESENTER: Welcome back. The lines are open.\n\n"
        "ALAN: Retired GP here, I looked after Fernlea for 22 years. The home was well led.\n\n"
        "PRESENTER: Thanks Alan. Lisa, you wanted to come in.\n\n"
        "LISA: It's not as simple as that. I ran a small home in the town for twelve years.\n\n"
        "PRESENTER: Alan?\n\n"
        "ALAN: Lisa's right, the fees never covered the costs.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [("ALAN", "nhs"), ("LISA", "provider"), ("ALAN", "nhs")]


def test_a_closing_round_of_answers_under_panellists_first_names(lexicon: RoleLexicon) -> None:
    text = (
        "Ruth Collingwood, who cares for her husband, has been reading along.\n\n"
        "Angela Pike: From the provider side, the fee rates are the problem.\n\n"
        "Daniel Rees: I agree, and the workforce plan will not fix it alone.\n\n"
        "Angela Pike: The plan has no money behind it, that is the point.\n\n"
        "Daniel Rees: Then we agree on more than we thought.\n\n"
        "One thing you would change tomorrow\n\n"
        "Ruth: A named person for every carer, who picks up the phone.\n\n"
        "Angela: A fee floor set nationally, linked to the real cost of care.\n"
    )
    got = [(q.split()[0], speaker) for q, _, speaker in quoted(text, lexicon)]
    # after the dialogue, each answers once under the first name the page gave in full
    assert got[-2:] == [("A", "Ruth"), ("A", "Angela")]
    assert [role for _, role, speaker in quoted(text, lexicon) if speaker == "Ruth"] == ["user"]


def test_a_panel_s_answers_under_first_names_the_page_gave_in_full(lexicon: RoleLexicon) -> None:
    text = (
        "Our panel: Ruth Collingwood, an unpaid carer; Angela Pike, who owns two care homes; Priya"
        " Mistry, director of adult social services; Tom Hargreaves, a cabinet member.\n\n"
        "Ruth: A named person for every carer, who picks up the phone.\n\n"
        "Angela: A fee floor set nationally, linked to the real cost of care.\n\n"
        "Priya: A ten-year funding settlement for social care.\n\n"
        "Tom: Honesty from every government about what care costs.\n"
    )
    got = [speaker for _, _, speaker in quoted(text, lexicon)]
    assert got == ["Ruth", "Angela", "Priya", "Tom"]


def test_a_photo_app_s_comments_under_handles_ages_and_likes(lexicon: RoleLexicon) -> None:
    # as the cleaner leaves a copied page: a line each, a comment's controls run on to the handle
    # of the next
    lines = [
        "Instagram",
        "kemi.cares",
        "Verified",
        "I went and found out who runs care, and here is what I learnt. " * 20,
        "#socialcare #carers",
        "Edited • 4d",
        "Pinned kemi.cares",
        "Verified",
        "Author",
        "Senior carer here. Be kind in the comments please, everyone here is doing their best.",
        "4d",
        "1,906 likes",
        "Reply jodie.does.nights",
        "Night carer here. Slide 5 is my entire life, Friday teatime discharges with no meds.",
        "4d",
        "2,318 likes",
        "Reply",
        "Hide replies nurse.ella.rn",
        "Discharge nurse here (hospital side). The bed managers tell us at 4pm that the ward"
        " needs two beds.",
        "3d",
        "1,077 likes",
        "Reply jodie.does.nights",
        "@nurse.ella.rn oh I know it's not you, it's the system and nobody we can ring.",
        "3d",
        "644 likes",
        "Reply jen.m.dass",
        "Director of adult social services here (views my own). A lot of us are fighting for"
        " better fee rates.",
        "3d",
        "2,077 likes",
        "Reply",
    ]
    got = [(t[:12], role, speaker) for t, role, speaker in quoted("\n\n".join(lines), lexicon)]
    assert got == [
        ("Senior carer", "workforce", "kemi.cares"),  # past "Pinned" and the badges
        ("Night carer ", "workforce", "jodie.does.nights"),
        ("Discharge nu", "nhs", "nurse.ella.rn"),
        # her reply says nothing of who she is: her first comment did
        ("@nurse.ella.", "workforce", "jodie.does.nights"),
        ("Director of ", "director", "jen.m.dass"),
    ]  # and the post's own caption, aged after "Edited •", is the author's narrative


def test_the_emails_a_disclosure_copies_in_are_their_senders_words(lexicon: RoleLexicon) -> None:
    text = (
        "Freedom of Information request FOI/2024/0613\n\n"
        "People named in this response: Helen Marsh-Oduya, Director of Adult Social Services.\n\n"
        "The emails are reproduced as sent.\n\n"
        "From: Marsh-Oduya, Helen\nSent: 04 September 2023 17:42\nTo: Quayle, Bernadette (Cllr)\n"
        "Subject: In-house residential\n\n"
        "Bernadette – as discussed on Friday. I don't think we can carry on as we are.\n\n"
        "Helen\n\n"
        "From: Quayle, Bernadette (Cllr)\nSent: 05 September 2023 08:15\n"
        "To: Marsh-Oduya, Helen\nSubject: RE: In-house residential\n\n"
        "Helen, thanks. My worry is the politics of this and the day centres we closed.\n\n"
        "B\n\n"
        "From: [Redacted – s.40(2)] (Registered Manager, Elmfield House)\n"
        "Sent: 10 November 2023 07:58\nTo: Marsh-Oduya, Helen\nSubject: Yesterday\n\n"
        "Dear Helen, I am writing because I owe it to my team. One of our ladies said to me this"
        ' morning, "I came here to die in my own bed, not a stranger\'s." Please come.\n\n'
        "From: Whitlock, Karen (NHS HARBRIDGE AND WESTDALE ICB)\nSent: 12 January 2024 11:20\n"
        "To: Marsh-Oduya, Helen\nSubject: Laurels\n\n"
        "Helen, the loss of these beds will be felt in discharge this winter.\n\n"
        "Karen\n\n"
        "2. Briefing note\n\nThe council holds one briefing note within scope.\n"
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Bernadette –", "director", "Marsh-Oduya, Helen"),  # as the page names her
        ("Helen, thank", "political", "Quayle, Bernadette (Cllr)"),
        # a name withheld, the post in its bracket; up to where she quotes a resident
        ("Dear Helen, ", "provider", "[Redacted – s.40(2)] (Registered Manager, Elmfield House)"),
        ('"I came here', "user", "One of our ladies"),
        ("Helen, the l", "nhs", "Whitlock, Karen (NHS HARBRIDGE AND WESTDALE ICB)"),
    ]


def test_a_disclosure_s_numbered_emails_signed_in_blocks(lexicon: RoleLexicon) -> None:
    email = "Email {n}\nFrom: {sender}\nSent: 09 January 2024 12:31\nTo: {to}\nSubject: RE: Fellside\n\n"
    text = (
        "ANNEX A – DISCLOSED EMAILS\n\nEmails are presented in date order.\n\n"
        + email.format(
            n=1, sender="Marsh, Helen (Cllr) <helen.marsh@westmere.gov.uk>", to="Okoye, Sam"
        )
        + "Please see below from a constituent in Fellside. This is the third email this week.\n\n"
        "Helen\n\nCllr Helen Marsh\nLiberal Democrat Member for Ashby and Fellside Ward\n\n"
        + email.format(n=2, sender="Okoye, Sam <sam.okoye@westmere.gov.uk>", to="Marsh, Helen")
        + "Dear Cllr Marsh,\n\nThank you for forwarding this. We are aware of the problems.\n\n"
        "Kind regards\n\nSam Okoye\nHead of Commissioning (Adults)\nWestmere Council\n\n"
        + email.format(
            n=3, sender="Lyle, Gareth <gareth.lyle@kindredhomecare.co.uk>", to="Okoye, Sam"
        )
        + "Thanks for your email. Please find attached the package list you asked for.\n\n"
        "Regards\n\nGareth Lyle\nManaging Director\nKindred Home Care Ltd\n\n"
        + email.format(
            n=4, sender="Marsh, Helen (Cllr) <helen.marsh@westmere.gov.uk>", to="Okoye, Sam"
        )
        + "Thank you, this is helpful and I will of course respect the confidentiality.\n\n"
        "Helen\n\nCllr Helen Marsh\nLiberal Democrat Member for Ashby and Fellside Ward\n"
    )
    got = [(t.split()[0], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("Please", "political"),
        ("Thank", "director"),  # the post in the block under the sign-off: a head of commissioning
        ("Thanks", "provider"),
        ("Thank", "political"),
    ]
    # "Email 2" over the header; and a councillor's name signing twice is no debate's speaker


def test_an_email_chain_s_own_emails_are_its_authors_words(lexicon: RoleLexicon) -> None:
    text = (
        "From: Lorraine Beattie <l.beattie@westmoorcare.org.uk>\nSent: Monday, 24 March 2025 08:47"
        "\nTo: WCA Fees Working Group\nSubject: FW: fee uplift\n\n"
        "Morning all, please read the thread below from the bottom up.\n\n"
        "Lorraine\n\n"
        "-----Original Message-----\nFrom: Gareth Pryce <gareth@prycefamilycare.co.uk>\n"
        "Sent: Friday, 21 March 2025 22:16\nTo: Lorraine Beattie\nSubject: FW: fee uplift\n\n"
        "See below. I have been polite for three emails and recognising is not paying.\n\n"
        "G\n"
    )
    assert quoted(text, lexicon) == []


def test_a_play_s_characters_speak_under_their_names_in_capitals(lexicon: RoleLexicon) -> None:
    script = (
        "CHARACTERS\n\n"
        "DENISE, fifties. Home care worker. Nineteen years in the job. LORRAINE, late forties."
        " Registered manager of Beechcroft, a residential home. PAUL, seventies. Looks after his"
        " wife, Jan, who has Alzheimer's.\n\n"
        "ONE. QUARTER TO SEVEN\n\n"
        "(A car. DENISE in the driver's seat.)\n\n"
        "THE INTERVIEWER\nWhat time did you start?\n\n"
        "DENISE\nQuarter to seven. First call's Mrs H at seven,\nand the rota says twenty"
        " minutes.\n\n"
        "THE INTERVIEWER\nWho decides it's twenty minutes?\n\n"
        "DENISE\nThe council. Well. The office says it's the council.\n\n"
        "LORRAINE\nEleven years a registered manager. Three homes.\n\n"
        "PAUL\nJan was a primary school head. Thirty years.\n\n"
        "LORRAINE\nThey came in March. Requires improvement.\n"
    )
    text = clean_text(script).text
    assert "DENISE\nQuarter to seven." in text  # the character's line kept over the words
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [  # the interviewer's questions are the author's; the cast list says who is who
        ("Quarter to s", "workforce", "DENISE"),
        ("The council.", "workforce", "DENISE"),
        ("Eleven years", "provider", "LORRAINE"),
        ("Jan was a pr", "user", "PAUL"),
        ("They came in", "provider", "LORRAINE"),
    ]


def test_a_heading_in_capitals_over_a_paragraph_is_no_character(lexicon: RoleLexicon) -> None:
    text = (
        "WHAT YOU TOLD US\nMore than 600 members took part in the survey this year.\n\n"
        "IN THIS ISSUE\n* Meet our new chair\n* Direct payments\n\n"
        "NEWS\nThe council has set its budget. Fees rise by 4%.\n\n"
        "NEWS\nThe home on Elm Road has closed. Residents have moved.\n\n"
        "EVENTS\nThe carers' café meets on Thursdays. All are welcome.\n\n"
        "EVENTS\nA walk for carers on Sunday. Meet at ten.\n"
    )
    assert quoted(text, lexicon) == []


def test_a_link_aggregator_s_thread_of_flaired_comments(lexicon: RoleLexicon) -> None:
    paragraphs = [
        "jump to content my subreddits edit subscriptions popular",
        "Who is actually supposed to be leading social care? (self.UKCareWorkers) submitted 9"
        " hours ago* by throwaway_seniorcarer Senior Carer",
        "Our manager told us yesterday she's leaving at Christmas, the third since 2022.",
        "save hide report crosspost all 127 comments sorted by: best",
        "[–]AutoModerator[M] 1 point 9 hours ago stickied comment",
        "Reminder: please don't post details that could identify residents or colleagues.",
        "permalinkembedsavereport",
        "[–]mancunian_rm Registered Manager 287 points 8 hours ago",
        "We're legally the person in charge and practically the person with the least power.",
        "Director of Adult Social Services. Every council has one and I have never met ours.",
        "permalinkembedsavereportreply",
        "[–]throwaway_seniorcarer[S] Senior Carer 96 points 8 hours ago",
        "We're legally the person in charge and practically the person with the least power.",
        "This is exactly it. She said in the staff meeting \"I'm accountable for everything and in"
        ' control of nothing". Nobody from head office was there.',
        "permalinkembedsaveparentreportreply",
        "[–]shire_hall_throwaway 29 points 4 hours ago",
        "Not a care worker, I'm a county councillor. We set the budget in February.",
        "permalinkembedsaveparentreportreply",
        "[–]nursing_assoc_jo Nursing Associate 88 points 7 hours ago",
        "Worked in a nursing home for six years and moved to the hospital last year.",
        "permalinkembedsaveparentreportreply",
    ]
    got = [
        (t[:12], role, speaker) if speaker != "She" else (t[:12], speaker)
        for t, role, speaker in quoted("\n\n".join(paragraphs), lexicon)
    ]
    assert got == [
        ("Our manager ", "workforce", "throwaway_seniorcarer"),  # the post, by its flair
        # (the moderator's bot is no one)
        ("We're legall", "provider", "mancunian_rm"),
        ("Director of ", "provider", "mancunian_rm"),  # the flair, not what the words begin with
        ("We're legall", "provider", "mancunian_rm"),  # his comment, quoted in the reply
        ("This is exac", "workforce", "throwaway_seniorcarer"),  # up to whom she quotes,
        ("\"I'm account", "She"),
        ("Not a care w", "political", "shire_hall_throwaway"),  # not what she is: what she is
        ("Worked in a ", "workforce", "nursing_assoc_jo"),
    ]


def test_a_workplace_chat_export_s_senders_and_times(lexicon: RoleLexicon) -> None:
    paragraphs = [
        "Larchfield Care Group #rm-network Registered managers and deputies. Be kind.",
        "Monday 3 March",
        "Priya Shah – RM Oakfield  9:15 AM",
        "Insurance renewal came in last week: up 18%. Food about 11% on last year. :+1: 2",
        "Gareth Lloyd – Registered Manager, Bramble Court  9:22 AM",
        "Nursing side is worse. The council nursing rate hasn't moved at all yet. :100: 5",
        "Chantelle Hughes (Senior Carer)  9:31 AM Speaking as staff forum rep, a few of us are"
        " worried about April.",
        "Priya Shah – RM Oakfield  10:15 AM",
        "Bit of good news for a change. The garden project is finished.",
        "Gareth Lloyd – Registered Manager, Bramble Court  2:37 PM",
        "Rant incoming, sorry. Transfer of care from the hospital went badly again.",
    ]
    got = [(t[:12], role, speaker) for t, role, speaker in quoted("\n\n".join(paragraphs), lexicon)]
    assert got == [  # a message under its sender's line, or run on after it, is the sender's
        ("Insurance re", "provider", "Priya Shah, RM Oakfield"),
        ("Nursing side", "provider", "Gareth Lloyd, Registered Manager, Bramble Court"),
        ("Speaking as ", "workforce", "Chantelle Hughes (Senior Carer)"),
        ("Bit of good ", "provider", "Priya Shah, RM Oakfield"),
        ("Rant incomin", "provider", "Gareth Lloyd, Registered Manager, Bramble Court"),
    ]


def test_a_whiteboard_export_s_notes_and_comments_by_their_authors(lexicon: RoleLexicon) -> None:
    text = (
        "Workshop board export\n\n"
        "FRAME 1 - ONE WORD\n\n"
        "STICKY #1.01 yellow votes: 3\nAuthor: Joanne Pryce (Director of Adult Social Services,"
        " Marlshire CC)\nStretched\n\n"
        "FRAME 2 - GOOD LEADERSHIP\n\n"
        "STICKY #2.03 green votes: 5\nAuthor: Bev Castle (Care Worker, Brightwell Home Care)\nA"
        " good manager answers the phone at 10pm when you're stuck at a client's house.\n\n"
        "STICKY #2.04 green votes: 4 Author: Joanne Pryce (Director of Adult Social Services,"
        " Marlshire CC) Visible, honest, and prepared to say we got this wrong. > Comment from"
        " Yvonne Tate (Member, Making It Real Board), 06/02/2024 10:58: Visible would be a start!"
        " Nobody can tell you who the Director is.\n\n"
        "STICKY #2.05 green votes: 2\n\nAuthor: Dr Anjali Rao (GP; Clinical Lead for Care Homes,"
        " NHS Marlshire)\n\nThe best care homes I visit have a manager who knows every resident.\n"
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert [(t, role) for t, role, _ in got] == [  # (not the note of one word)
        ("A good manag", "workforce"),
        ("Visible, hon", "director"),
        ("Visible woul", "user"),  # the comment on the note, its commenter's
        ("The best car", "nhs"),  # the first of her two posts
    ]


def test_a_memorial_page_s_tributes_by_who_their_writers_were(lexicon: RoleLexicon) -> None:
    text = (
        "Janet Ellery 1961 - 2025\n\nTributes\n\nLeave a tribute\n\n"
        "Sandra Okonjo\nColleague · Senior care assistant, Brackenfold House 24 January 2025 Janet"
        " interviewed me in 2004 for a job on nights and paid for my NVQ. Reply · Like (112)"
        " Leanne Ellery replied: Thank you Sandra, she thought the world of you.\n\n"
        "Paul Henshaw\nDirector of Adult Social Services, Elmshire County Council 24 January 2025 I"
        " learned more about leadership from Janet than from any course. Reply · Like (64)\n\n"
        "Joanne Birtles\nDaughter of Ted Birtles, resident 2013-2018 25 January 2025 Dad lived at"
        " Brackenfold for five years and Janet knew him. Reply · Like (31)\n"
    )
    got = [(t[:12], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [  # up to the page's controls: the family's reply is theirs, no tribute
        ("Janet interv", "workforce"),
        ("I learned mo", "director"),
        ("Dad lived at", "user"),
    ]


def test_an_occasion_that_leaves_no_speaker_is_read_whole(lexicon: RoleLexicon) -> None:
    # dropping the long occasion ("In asking it we build on ..., which") leaves no words: the
    # phrase is read as it stands, not a crash
    text = (
        "This study asked what leadership looks like to a migrant care worker. In asking it we"
        " build on our earlier study of leadership in adult social care, which concluded that"
        " leadership is ‘at its strongest where it is closest to the people who give and receive"
        " care’.\n"
    )
    assert [t[:12] for t, _, _ in quoted(text, lexicon)] == ["‘at its stro"]


def test_a_fundraising_page_s_supporters_by_what_their_messages_say(
    lexicon: RoleLexicon,
) -> None:
    # what each gave and when the cleaner runs on to the words; "Anonymous" is no one's name, so
    # the second anonymous supporter is not the care worker before
    text = (
        "Save Hollin Bank\n\nWords of support (214)\n\n"
        "Margaret Hird\npledged £50\n2 days ago\nMy dad spent his last three years at Hollin Bank"
        " and I will never be able to repay the team.\n\n"
        "Anonymous\npledged £20\n2 days ago\nI'm a care worker in a home in Kendal. It's the same"
        " story everywhere.\n\n"
        "Priya Nair\n£25.00\n+ £6.25 Gift Aid\n3 days ago\nRegistered manager of a home care agency"
        " in Lancaster here. We see the same rates.\n\n"
        "Sam Oduya\npledged £15\n5 days ago\nParamedic on this patch. We convey far fewer residents"
        " to A&E from here.\n\n"
        "Anonymous\npledged £10\n1 week ago\nKeep going. A disgrace that a village has to do"
        " this.\n"
    )
    got = [(t[:12], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("My dad spent", "user"),
        ("I'm a care w", "workforce"),
        ("Registered m", "provider"),
        ("Paramedic on", "nhs"),
        ("Keep going. ", "interviewee"),
    ]


def test_a_parliament_s_record_numbers_each_speaker_s_paragraph(lexicon: RoleLexicon) -> None:
    text = (
        "Health and Social Care Committee\n\n"
        "[4] Gareth Lloyd-Evans: I'm pleased to welcome Fiona Eastgate, director of workforce"
        " intelligence at Skills for Care, and Martin Okafor, director of policy at the Homecare"
        " Association. Fiona, what's the headline?\n\n"
        "[5] Fiona Eastgate: Vacancies have come down, but not for the reasons anybody would"
        " want.\n\n"
        "[6] The second thing I'd draw out is registered managers.\n\n"
        "[7] Gareth Lloyd-Evans: Thank you. Martin, the same question.\n\n"
        "[8] Martin Okafor: From our members' point of view, it is a commissioning problem.\n\n"
        "[9] Gareth Lloyd-Evans: Fiona, briefly?\n\n"
        "[10] Fiona Eastgate: Invest in the data, and invest in registered managers.\n"
    )
    got = [(t[:12], speaker) for t, _, speaker in quoted(text, lexicon)]
    assert ("Vacancies ha", "Fiona Eastgate") in got
    assert ("The second t", "Fiona Eastgate") in got  # her turn runs on, numbered, to the next
    assert ("From our mem", "Martin Okafor") in got
    assert ("Invest in th", "Fiona Eastgate") in got


def test_a_shared_document_s_comments_and_replies(lexicon: RoleLexicon) -> None:
    text = (
        "DRAFT v3 - Joint statement on care reform\n\n"
        "We, the undersigned, call on the government to publish a ten-year plan.\n\n"
        "COMMENTS\n\n"
        "[Comment AB2] Alison Brennan (Registered Manager) – 05/03/2024 11:40 Are we sure about"
        " ten years? Dilnot reported in 2011. [Reply SH3] Sarah Hebden (Director of Adult Social"
        " Services) – 05/03/2024 12:02 Agreed, changed throughout the draft.\n\n"
        "[Comment RK4] Rashid Khan (Care Worker) – 05/03/2024 14:27\n\n"
        "I can't take this to the branch as drafted. It has to name a pay rate.\n"
    )
    got = [(t[:12], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("Are we sure ", "provider"),
        ("Agreed, chan", "director"),  # the reply, after the comment it answers
        ("I can't take", "workforce"),  # in the paragraph under its line
    ]


def test_a_mailing_list_digest_s_messages_by_their_senders(lexicon: RoleLexicon) -> None:
    text = (
        "CDN-Directors Digest, Vol 14, Issue 6\n\n"
        "Today's Topics: 1. ICB proposal (Priya Nair)\n\n"
        "Message: 2 Date: Tue, 11 Mar 2025 10:02:55 +0000 From: Graham Oduya"
        " <graham.oduya@westmoor.gov.uk> To: cdn-directors@lists.example.org Subject: Re: ICB"
        " proposal\n\n"
        "Hi Priya\n\n"
        "On Tue, 11 Mar 2025 at 08:47, Priya Nair <p.nair@example.gov.uk> wrote: > Nobody from the"
        " ICB has spoken to me about it.\n\n"
        "We had almost exactly this in 2023, from a different ICB.\n\n"
        "> Has anyone else had this?\n\n"
        "Yes, eventually, but it cost us a year of goodwill.\n\n"
        "Graham\n\n--\n\nGraham Oduya\nDirector of Adult Care and Health (DASS)\nWestmoor Council\n"
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    # his words, after the greeting and up to his sign-off, by the post his signature gives; what
    # he quotes of the last message is not his
    assert ("We had almos", "director", "Graham Oduya") in got
    assert ("Yes, eventua", "director", "Graham Oduya") in got
    assert all(not t.startswith(("Hi Priya", "On Tue", ">")) for t, _, _ in got)


def test_a_verb_joined_to_the_sentence_before_keeps_its_subject(lexicon: RoleLexicon) -> None:
    text = (
        "Helen Gatiss, Chief Operating Officer at Northmoor Hospitals NHS Foundation Trust,"
        " described the winter as “the first in three years without a critical incident”, but"
        " warned the Board against reading too much into it:\n\n"
        "    We got there because the community teams went well beyond what anyone could ask."
        " It is goodwill, and goodwill runs out.\n\n"
        "The review team agreed.\n"
    )
    # whom "but warned" addresses is no speaker: the block is hers, as the quotation before it
    got = [(t[:8], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [("“the fir", "nhs"), ("We got t", "nhs")]


def test_its_director_opening_a_paragraph_is_the_body_the_one_before_named(
    lexicon: RoleLexicon,
) -> None:
    body = "The report was written with the Centre for Care Policy, an independent think tank."
    said = "Its director, Dr Alan Frost, said: ‘What this council has done is rare.’"
    # the body may end the paragraph before, as it may stand in the cue's own
    assert [r for _, r, _ in quoted(f"{body}\n\n{said}", lexicon)] == ["national"]
    assert [r for _, r, _ in quoted(f"{body} {said}", lexicon)] == ["national"]


def test_words_a_speaker_recalls_being_said_to_them_are_second_hand(lexicon: RoleLexicon) -> None:
    # inside a turn, what someone said or told the speaker, as they recall it, is second-hand
    # whatever the cue calls them; a message read out ("says:") and what someone always says stay
    # in the role the cue gives
    text = (
        "PRIYA NANDRA: Welcome back. Joy, what keeps you going in a winter like this one?\n\n"
        "JOY ADEBAYO: The team, honestly. One of my senior carers said to me last winter, ‘We’re"
        " not a ward, Joy, and they’re treating us like one.’ She was right, and I told the"
        " council so.\n\n"
        "PRIYA NANDRA: A message now. Maureen in Halifax, who looks after her husband, says:"
        " ‘Nobody has asked me what I need in six years.’ Joy?\n\n"
        "JOY ADEBAYO: That is the whole problem. My deputy manager always says, ‘Start with the"
        " rota and the rest follows.’ And she is right about that too.\n"
    )
    said = {speaker: role for _, role, speaker in quoted(text, lexicon)}
    assert said["One of my senior carers"] == "other"
    assert said["Maureen in Halifax, who looks after her husband"] == "user"
    assert said["My deputy manager"] == "provider"


def test_a_credit_typed_with_a_hyphen_under_a_block_names_its_speaker(
    lexicon: RoleLexicon,
) -> None:
    # plain text types the credit's dash as a hyphen and a space; under a block after a colon line
    # it is the block's foot, and names the speaker as an en dash would
    text = (
        "3. WHAT YOU VALUE\n\n"
        "The most common answer was the people. Some of your comments:\n\n"
        '"The residents. Some days they are the only reason I come in, and I mean that in a good'
        ' way."\n'
        "- Care assistant, Birch Lodge (days)\n\n"
        '"My team on nights are like family. We look out for each other."\n'
        "- Senior carer, The Willows (nights)\n\n"
        "Many of the comments were about visibility:\n\n"
        '"Come and do a night shift. Not a visit - a shift."\n'
        "- Housekeeper, Ashcombe Court\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Care assistant, Birch Lodge (days)", "workforce"),
        ("Senior carer, The Willows (nights)", "workforce"),
        ("Housekeeper, Ashcombe Court", "workforce"),
    ]


def test_whom_a_speaker_thanks_before_the_speech_verb_places_no_one(lexicon: RoleLexicon) -> None:
    # "The Chair thanked all the contributors and summed up": the Chair speaks, named at the head
    # of the minutes; the contributors thanked are no part of the speaker
    text = (
        "MINUTES of the meeting held on Tuesday 16 January 2024\n\n"
        "PRESENT:\nCouncillor Margaret Ashworth (Chair)\nCouncillor Daniel Obi (Vice-Chair)\n\n"
        "5. HOSPITAL DISCHARGE\n\n"
        "Members discussed the report at length and asked for a further update in March.\n\n"
        'The Chair thanked all the contributors and summed up the discussion: "This committee is'
        ' not satisfied that the system is working for families."\n'
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("The Chair", "political")
    ]


def test_a_she_passes_over_a_man_whose_given_name_says_so(lexicon: RoleLexicon) -> None:
    # "Cllr Martin Sowerby" is a man by his given name: the "she" after him is the director
    text = (
        "Nadia Quayle is the director of adult social services at Harrowfield Council. She joined"
        " in 2020 from a neighbouring authority, where she had been an assistant director.\n\n"
        "The council leader, Cllr Martin Sowerby, described her at the time as “the best"
        " appointment this council has made in a decade” - a line she says she has “never been"
        " allowed to forget”.\n"
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("The council leader, Cllr Martin Sowerby", "political"),
        ("she", "director"),
    ]


def test_a_full_name_s_given_name_tells_a_gender_a_surname_alone_does_not() -> None:
    assert given_gender(("Karen", "Whitlow")) == "f"
    assert given_gender(("Councillor", "Rhys", "Pennant")) == "m"  # past the title
    assert given_gender(("Whitlow",)) == ""  # a surname, or a given name, alone: anyone's
    assert given_gender(("Jean", "Rondeau")) == ""  # a name given to both
    # what the text says comes first: "Mrs" over a man's given name
    genders = Genders("Mrs Sam Okafor chairs the board.")
    assert genders.of(Antecedent(0, "user", False, False, names=("Sam", "Okafor"))) == "f"


@pytest.mark.parametrize(
    ("head", "role"),
    [
        # a body the lexicon cannot place: a post at the writing body is national (`organisation`)
        ("CarerLink England\n\nImpact Report 2023–24", "national"),
        # a federation at the page's top is the body it comes from, a providers' one
        ("Independent Care Providers’ Federation\n\nResponse to the consultation", "provider"),
    ],
)
def test_our_post_is_at_the_writing_body_not_the_last_speaker_s(
    lexicon: RoleLexicon, head: str, role: str
) -> None:
    text = (
        f"{head}\n\nMore unpaid carers contacted us this year than ever before.\n\n"
        "Our Chair, Dr Helen Achebe, who cared for her father for nine years, puts it plainly:\n\n"
        "“Carers are not asking for medals. They are asking for a night’s sleep.”\n\n"
        "Our Chief Executive, Martin Greaves, adds that the job is “to make sure no carer has to"
        " find their way alone”.\n"
    )
    said = {speaker: r for _, r, speaker in quoted(text, lexicon)}
    assert said["Our Chief Executive, Martin Greaves"] == role


def test_what_the_writer_told_someone_makes_their_words_no_second_hand(
    lexicon: RoleLexicon,
) -> None:
    # "when I told her about the rating": the writer told her; what she said is her own
    text = (
        "The inspection took a day and a half. When I offered to introduce her to some of the"
        " residents, she said there was not time.\n\n"
        "Ninety-three-year-old Doris, who has lived with us for six years, put it better than I"
        " ever could when I told her about the rating: “They don’t need a clipboard to know I like"
        " my tea stewed.”\n"
    )
    said = {speaker: role for _, role, speaker in quoted(text, lexicon)}
    assert said["Ninety-three-year-old Doris, who has lived with us for six years"] == "user"


def test_a_named_speaker_who_says_what_they_are_is_in_that_role(lexicon: RoleLexicon) -> None:
    # a caller the label only names: "I'm a senior carer now" places her, and her later turns
    text = (
        "PHIL GARSIDE: Good morning. The council says Elm Lodge will close in March. With me is"
        " Councillor Janet Pryce, cabinet member for adult social care. When did the council"
        " know?\n\n"
        "JANET PRYCE: We were told in January, and we have been talking to the owners since.\n\n"
        "PHIL GARSIDE: Your calls now. Maureen is in Kilnsey.\n\n"
        "MAUREEN: My mum has lived there for six years and nobody has told us where she will"
        " go.\n\n"
        "PHIL GARSIDE: Thank you, Maureen. I've got Kelly on the line. Kelly, thanks for"
        " calling.\n\n"
        "KELLY: It's not easy, no. I've been there nineteen years, I started as a cleaner and I'm a"
        " senior carer now. We found out at a staff meeting on Monday afternoon.\n\n"
        "PHIL GARSIDE: Janet, what do you say to Kelly?\n\n"
        "JANET PRYCE: That we will do everything we can for the staff as well as the residents.\n\n"
        "KELLY: With respect, we have heard that before.\n\n"
        "MAUREEN: So have we.\n"
    )
    kelly = [role for _, role, speaker in quoted(text, lexicon) if speaker == "KELLY"]
    assert kelly == ["workforce", "workforce"]


def test_a_publication_that_made_the_point_inside_a_turn_is_the_document(
    lexicon: RoleLexicon,
) -> None:
    # "made the point that" is a speech verb with its particle, as "put the point" is
    text = (
        "HOST: Welcome to the panel. Femi, is the NHS consulting or co-producing?\n\n"
        "DR FEMI ADEBAYO: Fair, mostly. As an organisation the ICB is new. The Hewlett review made"
        ' the point that "systems must be led from place, with people and communities, not from'
        " the centre\", and I think we've taken the first half of that more seriously.\n\n"
        "HOST: Tom?\n\nTOM: I agree with most of that.\n\n"
        "HOST: Nadia?\n\nNADIA: I agree with both of them.\n\nTOM: So do I.\n"
    )
    got = [(t[:20], role) for t, role, _ in quoted(text, lexicon)]
    assert ('"systems must be led', "document") in got


def test_a_given_name_from_a_body_is_a_person_not_the_body_s_statement(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The workshop ran for three hours.\n\n"
        'Simon from the ICB said the day had been "the most useful thing we have done this'
        ' year".\n'
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("Simon from the ICB", "nhs")
    ]


def test_a_committee_chair_s_turns_are_the_chair_s(lexicon: RoleLexicon) -> None:
    text = (
        "Cllr Jane Okafor (Chair): Thank you, everyone. We now move to item 5, home care.\n\n"
        "Colin Ashby (public speaker): Good morning. My carers come at different times every"
        " day.\n\n"
        "Cllr Jane Okafor (Chair): Thank you, Mr Ashby. Director?\n\n"
        "Sarah Quinn (Director of Adult Social Services): We hear that, and we are changing the"
        " contracts.\n\n"
        "Cllr Peter Hale: Will the new contracts pay for travel time?\n\n"
        "Sarah Quinn (Director of Adult Social Services): They will, from April.\n"
    )
    chair = [role for _, role, speaker in quoted(text, lexicon) if speaker and "Okafor" in speaker]
    assert chair == ["political", "political"]


def test_a_debate_s_candidates_as_the_host_s_opening_introduced_them(lexicon: RoleLexicon) -> None:
    # the host names the panel in the opening, turns before each speaks; a played recording's
    # speakers are tagged "[RECORDING]"
    text = (
        "RADIO KELLINGFORD - THE KELLINGFORD DEBATE\n\nPresenter: Jo Tennant.\n\n"
        "[00:00:04] JO TENNANT: Good evening. With me are three of the candidates. Councillor"
        " Diane Pryce is the Labour candidate. Martin Oyelaran is the Conservative candidate, a"
        " businessman. And Bev Marsh is standing as an independent; she ran a care home for"
        " twenty years. Diane.\n\n"
        "[00:01:21] DIANE PRYCE: Thanks, Jo. We have brought the waiting list down.\n\n"
        "[00:02:30] JO TENNANT: Martin.\n\n"
        "[00:02:32] MARTIN OYELARAN: Thank you. The council has overspent three years running.\n\n"
        "[00:03:40] JO TENNANT: Bev Marsh.\n\n"
        "[00:03:42] BEV MARSH: I'm not a politician. I ran Moorfield House for twenty years.\n\n"
        "[00:04:50] JO TENNANT: Our reporter went down to the market.\n\n"
        "[00:04:55] [RECORDING] SECOND WOMAN: My dad's got carers come in four times a day.\n\n"
        "[00:05:10] JO TENNANT: Martin, you wanted to come back on that.\n\n"
        "[00:05:12] MARTIN OYELARAN: I did. Families should have the choice.\n"
    )
    said = {
        (speaker, role) for _, role, speaker in quoted(text, lexicon) if speaker != "JO TENNANT"
    }
    assert said == {
        ("DIANE PRYCE", "political"),
        ("MARTIN OYELARAN", "political"),
        ("BEV MARSH", "political"),
        ("SECOND WOMAN", "user"),
    }


def test_the_chair_s_turns_are_the_member_in_the_chair_s(lexicon: RoleLexicon) -> None:
    # a cabinet's transcript: the leader's first label says she is in the chair; "THE CHAIR:"
    # after that is a member speaking, no narrator's link (labels run into their lines, as
    # cleaning leaves them)
    text = (
        "CLLR PATRICIA ONSLOW (Leader of the Council, in the Chair): Thank you. We now move to"
        " item 7, the fee uplift for adult social care.\n\n"
        "HELEN BARRACLOUGH (Director of Adult Social Services): Thank you, Chair. Our cost of care"
        " exercise put the fair rate at twenty-three pounds.\n\n"
        "THE CHAIR: Thank you. Our first public speaker is Mr James Okonkwo.\n\n"
        "MR JAMES OKONKWO (Chair, Hallam Vale Care Providers' Forum): Thank you, Leader. Four"
        " agencies have handed back work since April.\n\n"
        "THE CHAIR: Thank you, Mr Okonkwo. Helen, anything to add?\n\n"
        "HELEN BARRACLOUGH: Only that we will review the rate at mid-year.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("political", "CLLR PATRICIA ONSLOW (Leader of the Council, in the Chair)"),
        ("director", "HELEN BARRACLOUGH (Director of Adult Social Services)"),
        ("political", "THE CHAIR"),
        ("provider", "MR JAMES OKONKWO (Chair, Hallam Vale Care Providers' Forum)"),
        ("political", "THE CHAIR"),
        ("director", "HELEN BARRACLOUGH"),
    ]


def test_words_a_speaker_recalls_with_no_comma_after_the_verb_are_second_hand(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "[00:01:00] JO TENNANT: Bev Marsh ran a care home for twenty years.\n\n"
        "[00:02:00] BEV MARSH: Thanks, Jo. I ran Moorfield House in Sutton Moor.\n\n"
        "[00:03:00] JO TENNANT: And the NHS?\n\n"
        "[00:04:00] BEV MARSH: I had a carer called Dot, who worked for me for nineteen years, and"
        ' she used to say "we are the overflow car park, love, except nobody pays for parking".'
        " And she was right.\n\n"
        "[00:05:00] JO TENNANT: Thanks, Bev. And in Covid?\n\n"
        "[00:06:00] BEV MARSH: The first thing the council did was to ring all the home owners and"
        " say 'we are going to have a Zoom meeting with all our team'. What a fantastic thing.\n"
    )
    # (the sentence introducing the words is narrative: their cue; a bare "say" in what the
    # speaker tells of someone's doings is no cue of its own, and the turn stays whole)
    said = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert said[3:5] == [("she", "other"), ("BEV MARSH", "provider")]
    assert said[6:] == [("BEV MARSH", "provider")]


def test_an_audio_room_s_turns_are_their_speakers_by_handle_as_their_first_turn_described_them(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "TRANSCRIPT - #RMchat Live on X Spaces. Recorded: 23 January 2025.\n\n"
        "[00:00:41] Dan Okafor (@TheRMNetwork) - registered manager, Tees Home Support Right,"
        " I think we're live. Welcome, everyone.\n\n"
        "[00:05:44] Hannah Ross (@HannahRoss_SfC) - locality manager, Skills for Care (North"
        " East) Thanks Dan, and thanks for having me. Turnover is still around a quarter.\n\n"
        "[00:08:31] Jo Whitby (@JoWhitbySC) - senior care worker, residential home,"
        " Middlesbrough Hi, can you hear me? I'm not a manager.\n\n"
        "[00:09:58] Dan (@TheRMNetwork) Jo, thank you. Hannah, back to you.\n\n"
        "[00:28:15] Hannah (@HannahRoss_SfC) Can I pick up Jo's point? Pay is set by employers.\n\n"
        "[00:29:40] @northern_lass_77 Hi, thanks. I'll keep it short.\n"
    )
    said = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert [role for _, role in said] == [
        "provider",
        "national",
        "workforce",
        "provider",
        "national",
        "interviewee",
    ]
    assert said[3][0] == "Dan (@TheRMNetwork)"


def test_a_coded_member_of_the_public_is_who_their_first_turn_said_they_are(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Members of the public are identified as W1, W2 (women) and M1, M2 (men).\n\n"
        "DK (Facilitator): Right, thanks for coming. Who is first?\n\n"
        "W1: Thank you. I look after my husband, he has dementia.\n\n"
        "DK (Facilitator): Thank you.\n\n"
        "M4: I'm Peter Haines, I'm one of the ward councillors for Kettleby.\n\n"
        "DK (Facilitator): Thanks.\n\n"
        "W1: Can I come back on that? Nobody rings back.\n"
    )
    said = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert [s for s in said if s[0] != "DK (Facilitator)"] == [
        ("W1", "user"),
        ("M4", "political"),
        ("W1", "user"),
    ]


def test_minutes_attendance_a_line_each_with_the_columns_closed_up_places_the_board(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "NHS RIVERMOOR INTEGRATED CARE BOARD\n\n"
        "MINUTES OF THE BOARD MEETING HELD IN PUBLIC\n\n"
        "Present:\n"
        "Professor Elaine Hartley Chair\n"
        "Dr Rob Kinsella Chief Executive\n"
        "Dr Farah Nadeem Non-Executive Member\n"
        "Martin Greaves Partner Member (Local Authority); Director of Adult Social Services,"
        " Rivermoor City Council\n\n"
        "In attendance:\n"
        "Shona Patel Chief Executive, Healthwatch Rivermoor (observer)\n"
        "Lorraine Bishop Chair, Rivermoor Care Providers' Alliance (for item 8)\n"
        "Joanne Pike Board Secretary (minutes)\n\n"
        "8.1 The paper was taken as read.\n\n"
        'Dr Kinsella said: "That may be true, but it is not an answer."\n\n'
        'Dr Nadeem said she was encouraged by the review, which showed "what can be done".\n\n'
        'The Chair added that it was "a failure of the system".\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "nhs", "nhs"]


def test_a_timed_label_line_with_the_post_in_brackets_is_read_whole(lexicon: RoleLexicon) -> None:
    text = (
        "[00:00:04] KAREN DOYLE (Chair, EICPA): Good afternoon everyone.\n\n"
        "[00:07:15] KAREN DOYLE: Great. Let's go to hands. Steve, you were first.\n\n"
        "[00:07:22] STEVE MARSH (owner, two residential homes, Lincolnshire border):\n\n"
        "Can you hear me? Good. My question's simple really.\n\n"
        "[00:09:40] KAREN DOYLE: Thanks, Steve.\n\n"
        "[00:09:48] MARK BENTLEY (assistant director, adult social care, Eastshire County"
        " Council):\n\n"
        "Thanks, Karen. Just briefly.\n\n"
        "[00:10:30] STEVE MARSH: Can I come back on that? Nobody answers.\n\n"
        "[00:11:02] MARK BENTLEY: We do answer, Steve.\n"
    )
    said = [
        (speaker, role)
        for _, role, speaker in quoted(text, lexicon)
        if not (speaker or "").startswith("KAREN")
    ]
    assert said[:2] == [
        ("STEVE MARSH (owner, two residential homes, Lincolnshire border)", "provider"),
        (
            "MARK BENTLEY (assistant director, adult social care, Eastshire County Council)",
            "director",
        ),
    ]
    assert [role for _, role in said[2:]] == ["provider", "director"]


def test_a_listed_post_ending_on_its_body_is_the_post_at_that_body(lexicon: RoleLexicon) -> None:
    text = (
        "EAST MIDLANDS ADASS BRANCH\nBRANCH MEETING - NOTES\n\n"
        "PRESENT\n"
        "Janet Thorne (JT) Branch Chair; Director of Adult Social Services, Thornbury County"
        " Council\n"
        "Paul Mensah (PM) Director of Adult Social Care and Health, Fenwick City Council\n"
        "Sam Kendrick (SK) Deputy Director, Adult Social Care Delivery, DHSC (items 3-4, Teams)\n\n"
        "3. DHSC UPDATE\n\n"
        'SK said the terms of reference were still being finalised but would be "genuinely'
        ' open".\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_initials_then_an_aside_or_a_clause_are_the_member_of_the_list(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "PRESENT\n"
        "Janet Thorne (JT) Branch Chair; Director of Adult Social Services, Thornbury County"
        " Council\n"
        "Imran Siddiqui (IS) Director of Adult Services, Dunmore City Council (Teams)\n"
        "Lindsay Fraser (LF) Director of Integration, Trent Valley Integrated Care Board (items 6"
        " and 9)\n\n"
        "6. DISCHARGE\n\n"
        'LF, who had remained for the item, said discharge "always takes twice as long as anyone'
        ' expects".\n\n'
        'IS (Teams) welcomed the offer but asked that it not become "another data request".\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "director"]


def test_a_message_read_out_in_narrative_is_its_sender_s_as_it_describes_them(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The council's new visiting rules were the subject of this morning's phone-in.\n\n"
        "Jean in Brighouse has texted: \"My husband's home in Rastrick has been brilliant. Open"
        ' door, any time."\n'
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("Jean in Brighouse", "user")
    ]


LEGISLATURE_RECORD = (
    "Health and Social Care Committee\n\n"
    "Aelodau o'r pwyllgor a oedd yn bresennol\n"
    "Committee members in attendance\n\n"
    "Gwenllian Pryse   Cadeirydd y Pwyllgor / Committee Chair\n"
    "Alun Beddoe       Yn dirprwyo ar ran Owain Jarrett / Substitute for Owain Jarrett\n"
    "Carys Maddocks\n\n"
    "Y rhai eraill a oedd yn bresennol\n"
    "Others in attendance\n\n"
    "Huw Rowlands      Cadeirydd, Fforwm Gofal Cymru\n"
    "                  Chair, Care Forum Wales\n"
    "Dr Eluned Price   Prif Weithredwr, Gofal Cymdeithasol Cymru\n"
    "                  Chief Executive, Social Care Wales\n"
    "Siân Grzelak      Gweithiwr gofal cartref, Sir Glanfor\n"
    "                  Domiciliary care worker, Glanfor\n\n"
    "[1] Gwenllian Pryse: Bore da a chroeso. Good morning, and welcome to the committee.\n\n"
    "[2] Carys Maddocks: Just to put on record that my mother receives domiciliary care.\n\n"
    "[3] Alun Beddoe: Can I ask about international recruitment?\n\n"
    "[4] Huw Rowlands: A very steep fall. Our members have told us so.\n\n"
    "[5] Eluned Price: We have just over 46,000 people on the register.\n\n"
    "[6] Siân Grzelak: I'm paid for maybe nine hours of the fourteen.\n\n"
    "[7] Gwenllian Pryse: Thank you. Huw, you said providers have handed contracts back.\n\n"
    "[8] Huw Rowlands: In most cases the local authority picks them up.\n\n"
    "[9] Gwenllian Pryse: Diolch yn fawr. Thank you all.\n"
)


def test_a_legislature_record_s_columned_lists_place_its_members_and_witnesses(
    lexicon: RoleLexicon,
) -> None:
    # the copy closes the columns up and runs each label's two languages into one line
    text = clean_text(LEGISLATURE_RECORD).text
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Gwenllian Pryse", "political"),  # the committee's chair
        ("Carys Maddocks", "political"),  # a member by the list's group, not her mother's kin
        ("Alun Beddoe", "political"),  # a substitute member: the group again
        ("Huw Rowlands", "provider"),  # the post's English on the line below
        ("Eluned Price", "national"),
        ("Siân Grzelak", "workforce"),  # a name with an accent is a name
        ("Gwenllian Pryse", "political"),
        ("Huw Rowlands", "provider"),
        ("Gwenllian Pryse", "political"),
    ]


def test_a_turn_s_speaker_is_the_listed_person_who_shares_most_of_the_name(
    lexicon: RoleLexicon,
) -> None:
    # the chair's surname "Rhys-Davies" shares a word with a witness's first name, listed after her
    text = clean_text(
        "Health and Social Care Committee\n\n"
        "Committee members in attendance\n\n"
        "Elin Rhys-Davies   Cadeirydd y Pwyllgor / Committee Chair\n"
        "Owain Cadwgan\n\n"
        "Others in attendance\n\n"
        "Alun Hopcyn        Pennaeth Gwasanaethau Oedolion, Cyngor Cwm Ffin\n"
        "                   Head of Adult Services, Cwm Ffin County Borough Council\n"
        "Rhys Jenkins       Perchennog, Gofal Tŷ Gwyn\n"
        "                   Owner, Tŷ Gwyn Home Care\n\n"
        "[1] Elin Rhys-Davies: Good morning and welcome to the committee.\n\n"
        "[2] Alun Hopcyn: There is a case for a national fee rate.\n\n"
        "[3] Rhys Jenkins: We handed back two contracts last year.\n\n"
        "[4] Elin Rhys-Davies: Alun, is that the view of your members too?\n\n"
        "[5] Alun Hopcyn: It is, broadly.\n"
    ).text
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Elin Rhys-Davies", "political"),
        ("Alun Hopcyn", "director"),  # a council's head of adult services
        ("Rhys Jenkins", "provider"),
        ("Elin Rhys-Davies", "political"),
        ("Alun Hopcyn", "director"),
    ]


PODCAST_NOTES = (
    "SHOW NOTES\n\n"
    "This month Gemma and Olu are joined by Fiona Dacre from the council.\n\n"
    "In this episode\n"
    "• Gemma Whitlow (host) – registered manager, Larkspur House, Tollbridge\n"
    "• Olu Bankole (co-host) – registered manager, Brightwell Care at Home\n"
    "• Fiona Dacre – assistant director, commissioning, Tollbridge Borough Council\n"
    "• Leanne Fox – lead nurse, care home support team, NHS Tollbridge Integrated Care Board\n\n"
    "TRANSCRIPT\n\n"
    "[00:08] GEMMA: Hello and welcome to the podcast. Olu, you had your assessment.\n\n"
    "[02:10] OLU: We had our CQC assessment in January, our first one.\n\n"
    "[04:18] FIONA: It sounds very familiar. We had our own assessment last autumn.\n\n"
    "[06:02] LEANNE: That's fair, and it's partly our fault.\n\n"
    "[07:40] GEMMA: Thank you all. Olu, one piece of advice?\n\n"
    "[08:15] OLU: Get a mentor outside your own company.\n\n"
    "[09:02] GEMMA: That's it for this month.\n"
)


def test_a_podcast_s_bulleted_guests_place_the_speakers_its_transcript_calls_by_first_name(
    lexicon: RoleLexicon,
) -> None:
    got = [(speaker, role) for _, role, speaker in quoted(clean_text(PODCAST_NOTES).text, lexicon)]
    assert got == [
        ("GEMMA", "provider"),
        ("OLU", "provider"),
        ("FIONA", "director"),
        ("LEANNE", "nhs"),
        ("GEMMA", "provider"),
        ("OLU", "provider"),
        ("GEMMA", "provider"),
    ]


LIVE_BLOG_ROUND = (
    "13:52 BST\n\n"
    "Amelia Crossley, director of the Fairshare Institute, wraps up: \"I'd like this to be the"
    " year we stop saying 'this is the year'.\"\n\n"
    "13:45 BST\n\n"
    "The chair asks each panellist for the one thing they want from the Budget.\n\n"
    'Imrie: "A multi-year settlement, so we can actually commission."\n\n'
    'Hindle: "Same again, and the grant rolled into core funding."\n\n'
    "Imrie responds to the chair: \"I couldn't agree more. That's a relationship.\"\n\n"
    "12:52 BST\n\n"
    "Dr Rosalind Imrie, president of ADASS and director of adult social services at Hexley"
    ' Council, is up next: "Directors have been told to be patient since 2010."\n\n'
    "Cllr Margaret Hindle, who chairs the Local Government Association's community wellbeing"
    ' board, says: "Councils are not asking for a blank cheque."\n'
)


def test_a_live_blog_s_round_of_answers_under_surnames_takes_the_posts_given_further_down(
    lexicon: RoleLexicon,
) -> None:
    got = [(speaker, role) for _, role, speaker in quoted(LIVE_BLOG_ROUND, lexicon)]
    assert got[1:4] == [("Imrie", "director"), ("Hindle", "political"), ("Imrie", "director")]
    # a heading's lone word is no surname: the page names no one "Update"
    text = LIVE_BLOG_ROUND.replace("Hindle: ", "Update: ", 1)
    assert quoted(text, lexicon)[2][2] is None


MAILBAG = (
    "[00:08] GEMMA: Hello and welcome to the podcast for people who run care services.\n\n"
    "[02:10] OLU: Hello everyone. We had our assessment in January.\n\n"
    "[04:18] GEMMA: Which is mad. Olu, what did they ask for?\n\n"
    "[05:02] OLU: Evidence, mostly. Folders of it.\n\n"
    "[27:05] GEMMA: OK, it's mailbag time. First one's an email from Shaz, who's a night senior"
    " at a nursing home in Marlow. She says:\n\n"
    '"Love the podcast, I listen on my break at 3am."\n\n'
    "[27:48] OLU: Shaz, respect to all night staff. And we've had an email from a councillor."
    " Councillor Rob Hensley, who's the lead member for adult social care in Marlow, says:\n\n"
    '"Keep doing this. I\'ve learned more from three episodes than from three years."\n\n'
    "[28:20] GEMMA: Next one's a voice note from a manager in Kent who's asked us not to use her"
    " name, so I'll read out what she said rather than play it:\n\n"
    '"I\'ve been a registered manager for nineteen years and I have never felt this tired."\n\n'
    "[29:50] OLU: Thank you, all of you.\n"
)


def test_a_message_read_out_below_a_turn_takes_the_cue_that_ends_the_turn(
    lexicon: RoleLexicon,
) -> None:
    got = {text[:12]: role for text, role, _ in quoted(MAILBAG, lexicon)}
    assert got['"Love the po'] == "workforce"  # "She says" after the sentence placing Shaz
    assert got['"Keep doing '] == "political"
    assert got["\"I've been a"] == "provider"  # read out: her words, not second-hand


BOARD_MINUTES = (
    "NHS Wealdmoor and Thane Integrated Care Board\n\n"
    "MINUTES OF THE MEETING OF THE INTEGRATED CARE BOARD HELD IN PUBLIC\n\n"
    "Present (voting members)\n"
    "Sir Peter Lyle          Chair\n"
    "Dr Hannah Okonjo        Chief Executive\n"
    "Ms Claire Halloran      Partner Member – Local Authorities (Director of Adult Social"
    " Services, Thane County Council)\n"
    "Dr Fiona Marsh          Partner Member – Primary Medical Services\n\n"
    "In attendance (non-voting)\n"
    "Mr Kevin Dorrell        Chief Executive, Healthwatch Thane (participant)\n\n"
    "ICB/25/007 Discharge funding. Ms Halloran said the figures reflected a shortage of home"
    " care rather than any failing by care homes:\n\n"
    '"People are staying in those beds because there is nowhere for them to go."\n\n'
    'Dr Okonjo said: "We will do what is asked of us, and we will do it together."\n\n'
    'Dr Marsh said that the service had been "the quiet success of the winter".\n'
)


def test_board_minutes_columned_lists_place_members_by_title_and_surname(
    lexicon: RoleLexicon,
) -> None:
    # a row is a person by its title, whom the minutes then call "Ms Halloran"; a bare post on
    # the board's own minutes is the board's
    got = [role for _, role, _ in quoted(clean_text(BOARD_MINUTES).text, lexicon)]
    assert got == ["director", "nhs", "nhs"]


def test_a_question_s_head_line_run_into_its_quotation_names_who_asked(
    lexicon: RoleLexicon,
) -> None:
    text = clean_text(
        "ICB/25/009 Questions from the public. Three questions had been received.\n\n"
        "Question 1 – from Mrs Anne Whitlow, on behalf of the Thanebridge Carers' Support Group\n"
        '"My husband has been in and out of hospital four times this year. What is the ICB'
        ' doing about it?"\n\n'
        "Question 2 – from Cllr Peter Goodall, Thane County Council (Wealdmoor North division)\n"
        '"Residents in the north have waited up to eleven weeks for a home care package."\n\n'
        "Question 3 – from Mr Raj Sandhu, owner of Sandhu Home Care Ltd, Wealdmoor\n"
        '"My agency provides around 2,000 hours of home care a week."\n'
    ).text
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "political", "provider"]


def test_a_row_label_may_give_a_name_post_and_place(lexicon: RoleLexicon) -> None:
    text = (
        "SPRING, IN YOUR WORDS\n\n"
        "We asked people across the group what they're looking forward to this spring.\n\n"
        "Sue, activities coordinator, Beechwood House\n"
        "‘Getting the raised beds going again. The residents ate every potato.’\n\n"
        "Ted, resident, Beechwood House ‘Cricket on the telly and Sue’s potatoes.’\n\n"
        "Agnieszka, registered manager, The Laurels\n"
        "‘Our garden party in May. It’s the one day the whole home is in one place.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "user", "provider"]


SPLIT_CARDS = (
    "I am so proud of my team today. Outstanding for Caring.\n\n"
    "Like Comment Repost Send\n\n"
    "Most relevant\n\n"
    "Marcus Delaney • 2nd\n\n"
    "Director of Adult Social Services at Brantshire County Council 1d\n\n"
    "Claire, huge congratulations to you and the whole Willowbrook team.\n\n"
    "Like · Reply · 96 Likes · 14 Replies\n\n"
    "Claire Ashdown • Author\n\n"
    "Registered Manager at Willowbrook House | Dementia care 1d\n\n"
    "Thank you Marcus. I'll be there on the 14th with our cost of care figures.\n\n"
    "Like · Reply · 211 Likes\n\n"
    "Joy Nwachukwu • 1st Senior Care Assistant at Willowbrook House 1d\n\n"
    "Thank you Claire for always backing us. Just pay us like you mean it.\n\n"
    "Like · Reply · 402 Likes\n"
)


def test_a_network_card_may_stand_over_its_headline_as_a_paragraph_of_its_own(
    lexicon: RoleLexicon,
) -> None:
    got = [(text[:14], role) for text, role, _ in quoted(SPLIT_CARDS, lexicon)]
    assert got == [
        ("Claire, huge c", "director"),
        ("Thank you Marc", "provider"),
        ("Thank you Clai", "workforce"),
    ]


def test_someone_who_joined_as_a_post_holds_it_over_their_background(lexicon: RoleLexicon) -> None:
    text = (
        "MEET RUTH: OUR NEW OPERATIONS DIRECTOR\n\n"
        "Ruth Adeyemi joined Oakhurst in January as operations director, responsible for our nine"
        " care homes. A registered nurse by background, she started her career on a ward.\n\n"
        "The Lantern: What have you been doing?\n\n"
        "Ruth: Mostly listening, and trying to learn names.\n\n"
        "The Lantern: Why those shifts?\n\n"
        "Ruth: Because it is the only way you find out what is really going on.\n\n"
        "The Lantern: What next?\n\n"
        "Ruth: Medicines is the obvious one.\n"
    )
    assert [role for _, role, speaker in quoted(text, lexicon) if speaker == "Ruth"] == [
        "provider"
    ] * 3


def test_a_round_of_answers_under_initials_given_before_is_each_answerer_s(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Angela Moyo is director of adult social care at Wendlebury County Council. Rhys"
        " Pritchard is corporate director of adults and health at Kellbrook.\n\n"
        "THE LAST WORD\n\n"
        "We asked Angela Moyo (AM) and Rhys Pritchard (RP) the same question: what should the"
        " next government do first?\n\n"
        "AM: Give us a settlement that lasts longer than a year.\n\n"
        "RP: Stop announcing pilots. Fund the things that already work.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [("AM", "director"), ("RP", "director")]
    # initials no one was given are no round of answers: "NB: ..." is a note
    assert quoted(text.replace("(AM) and", "and").replace("(RP) ", ""), lexicon) == []


def test_hospital_therapists_and_pharmacists_are_the_nhs_s(lexicon: RoleLexicon) -> None:
    text = (
        "A physiotherapist on the frailty unit agreed: 'I have one colleague and thirty beds.'\n\n"
        "A speech and language therapist said: 'The wait for a swallow assessment is a week.'\n\n"
        "An occupational therapist in the council's reablement team said: 'We go in first.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "nhs", "workforce"]


def test_a_plural_possessive_is_part_of_an_organisation_s_name(lexicon: RoleLexicon) -> None:
    text = (
        "Dr Naomi Fairweather, chief executive of The Carers' Alliance, said: 'Carers are the"
        " invisible workforce.'\n\n"
        "Helen Okafor-Blake, Chief Executive of the Unpaid Carers Network, said: 'Carers are the"
        " backbone of social care.'\n\n"
        "'We put the figures in front of the council three years running,' says the chair of the"
        " Marlshire Care Providers’ Association.\n\n"
        "Linda Marsh, chair of Westmere Carers Together, who has cared for her adult son for 22"
        " years, said: 'It meant a lot to be asked.'\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert [role for role, _ in got] == ["national", "national", "provider", "user"]
    # the trailing cue's speaker runs on over the apostrophe to the whole name
    assert got[2][1] == "the chair of the Marlshire Care Providers’ Association"


def test_a_health_and_social_care_partnership_s_chief_officer_is_a_director(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Elaine Cowie, chief officer of Glenarden health and social care partnership, said:"
        " 'From a partnership perspective, it is still a crisis.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_phpbb_thread_s_posts_are_their_posters_and_its_quote_boxes_the_quoted_s(
    lexicon: RoleLexicon,
) -> None:
    def post(handle: str, when: str, words: str, signature: str = "") -> str:
        sign = f"_________________\n\n{signature}\n\n" if signature else ""
        return (
            f"Re: Does the director matter to you? by {handle} » {when}\n\n{words}\n\n{sign}"
            f"{handle}\nPosts: 12\nJoined: Thu Sep 15, 2016 8:41 pm\nTop\n\n"
        )

    text = (
        "The Managers' Room\n\nBoard index ‹ Working with councils\n\n"
        "Does the director matter to you?\n\nPost Reply\n\n"
        + post(
            "OakleighRM",
            "Tue Mar 04, 2025 9:38 pm",
            "Our director is leaving at the end of the month. Does it matter who the DASS is?",
            "Registered Manager | 38-bed residential | Lancashire",
        )
        + post(
            "SeniorCarer_Jas",
            "Wed Mar 05, 2025 10:47 pm",
            "From the floor we honestly never hear the director's name.",
            "Senior Carer | 60-bed nursing home | Kent",
        )
        + post(
            "Bev_Daughter",
            "Wed Mar 05, 2025 11:02 pm",
            "Quote\nOakleighRM wrote: ↑Tue Mar 04, 2025 9:38 pm\nDoes it matter who the DASS"
            " is?\n\nSorry to barge in. My mum has been in a home for two years.",
        )
    )
    got = [(q[:20], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Our director is leav", "provider", "OakleighRM"),
        ("From the floor we ho", "workforce", "SeniorCarer_Jas"),
        ("Does it matter who t", "provider", "OakleighRM"),
        ("Sorry to barge in. M", "user", "Bev_Daughter"),
    ]


def test_a_results_call_s_speakers_are_headed_name_dash_dash_post(lexicon: RoleLexicon) -> None:
    text = (
        "Alderbeck Care Group plc FY 2025 Results Conference Call\n\n"
        "Prepared Remarks:\n\n"
        "Operator\n\n"
        "Good morning, and welcome to the results call. Please go ahead.\n\n"
        "Margaret Ellery -- Group Chief Executive\n\n"
        "Thank you. Occupancy across our care homes reached 89.6%.\n\n"
        "We employ just over 9,800 colleagues.\n\n"
        "Operator\n\n"
        "Our first question comes from Oliver Prentice. Please go ahead.\n\n"
        "Oliver Prentice -- Harcastle Securities -- Analyst\n\n"
        "Thanks for taking my questions. How are the fee talks going?\n\n"
        "Margaret Ellery -- Group Chief Executive\n\n"
        "The range is very wide.\n\n"
        "Call Participants:\n\n"
        "Margaret Ellery -- Group Chief Executive\n"
        "Oliver Prentice -- Harcastle Securities -- Analyst\n"
        "Daniel Achterberg -- Chief Financial Officer\n"
        "Amelia Ross -- Norland & Co -- Analyst\n"
    )
    got = [(q[:12], speaker) for q, _, speaker in quoted(clean_text(text).text, lexicon)]
    assert got == [
        ("Good morning", "Operator"),
        ("Thank you. O", "Margaret Ellery -- Group Chief Executive"),
        ("We employ ju", "Margaret Ellery -- Group Chief Executive"),
        ("Our first qu", "Operator"),
        ("Thanks for t", "Oliver Prentice -- Harcastle Securities -- Analyst"),
        ("The range is", "Margaret Ellery -- Group Chief Executive"),
    ]
    # the operator and an analyst are no one the lexicon places ("operator" is a care
    # business's word); the executive is the company's
    roles = {speaker: role for _, role, speaker in quoted(clean_text(text).text, lexicon)}
    assert roles["Operator"] == "other"
    assert roles["Oliver Prentice -- Harcastle Securities -- Analyst"] == "other"


def test_a_link_aggregator_s_newer_page_heads_comments_level_handle_age_flair(
    lexicon: RoleLexicon,
) -> None:
    def comment(level: int, head: str, words: str) -> str:
        return f"level {level}\n{head}\n\n{words}\n\n41\nReply\nShare\nReport\nSave\nFollow\n\n"

    text = (
        "r/CareWorkersUK\n\n"
        "Posted by u/tired_not_broken\n3 days ago\nHome Care Worker\n\n"
        "Who actually leads this sector?\n\nDiscussion\n\n"
        "Bit of a rant, sorry. I've been doing home care for nine years.\n\n"
        "1.4k\n248 Comments\nShare\n\nSort by: Best\n\n"
        + comment(
            1,
            "RM_in_the_Dales\n· 3 days ago\nRegistered Manager",
            "Honestly? In my experience nobody is in charge.",
        )
        + comment(
            2, "tired_not_broken\nOP\n· 3 days ago", "To be fair to her my manager was gutted."
        )
        + comment(3, "just_lurking_here\n· 2 days ago", "Genuine question, who pays for it?")
    )
    got = [(q[:12], role, speaker) for q, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert got == [
        ("Bit of a ran", "workforce", "tired_not_broken"),
        ("Honestly? In", "provider", "RM_in_the_Dales"),
        ("To be fair t", "workforce", "tired_not_broken"),  # the post's writer again
        ("Genuine ques", "interviewee", "just_lurking_here"),
    ]


def test_a_link_aggregator_s_page_copied_a_paragraph_a_line(lexicon: RoleLexicon) -> None:
    def comment(level: int, head: str, words: str) -> str:
        return f"level {level} {head}\n\n{words}\n\n12 Reply Report Save Follow\n\n"

    text = (
        "r/CareWorkersUK Search Reddit Get app Log In Sign Up\n\n"
        "Posted by u/late_shift_lou\n\n3 days ago\n\n"
        "Does your manager ever work a shift with you? Discussion\n\n"
        "I have been a senior carer in a dementia unit for five years and ours never has.\n\n"
        "1.1k\n\nAward Save Hide Report 95% Upvoted\n\n"
        + comment(1, "rm_of_the_north · 3 days ago Registered Manager", "I work one a month.")
        + comment(2, "homecare_hal · 3 days ago", 'Easy to say "work one a month" with no calls.')
        + "level 1 [deleted] · 3 days ago\n\n[removed]\n\nVote\nReply\nReport\nSave\nFollow\n\n"
        + comment(2, "[deleted] · 3 days ago", "Mine never has either, not once in two years.")
        + comment(2, "late_shift_lou OP · 2 days ago", "Glad it isn't just us then.")
    )
    got = [(q[:12], role, speaker) for q, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert got == [
        ("I have been ", "workforce", "late_shift_lou"),
        ("I work one a", "provider", "rm_of_the_north"),
        ("Easy to say ", "interviewee", "homecare_hal"),
        ("Mine never h", "interviewee", "[deleted]"),
        ("Glad it isn'", "workforce", "late_shift_lou"),
    ]
    # the post's handle and its age a paragraph each; a reply's words repeating an earlier
    # comment's in quotation marks quote no one new; a deleted account's words are still someone's,
    # a removed comment's "[removed]" no one's words, and the head after the page's controls is read


def test_a_scare_quote_in_a_post_s_first_sentence_leaves_the_post_its_poster_s(
    lexicon: RoleLexicon,
) -> None:
    def post(handle: str, words: str) -> str:
        return (
            f"Re: Does the director matter? by {handle} » Tue Mar 04, 2025 9:38 pm\n\n{words}\n\n"
            f"_________________\n\nRegistered Manager | 38-bed residential | Lancashire\n\n"
        )

    text = (
        post("OakleighRM", "Our director is leaving at the end of the month.")
        + post("Bev_RM", 'The "backbone of the community" line made me laugh out loud.')
        + post("Tyne_RM", 'She told us "the money is decided in London" and left.')
    )
    got = [(q[:12], speaker) for q, _, speaker in quoted(text, lexicon)]
    assert ('The "backbon', "Bev_RM") in got
    # a quotation the sentence introduces is still someone else's: the post is cut before it
    assert not any(speaker == "Tyne_RM" for _, speaker in got)


def test_a_legislature_record_s_members_present_and_its_chairperson_are_elected_members(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Official Report: Minutes of Evidence\n\nCommittee for Health\n\n"
        "Members present for all or part of the proceedings:\n"
        "Mr Liam Feeney (Chairperson)\nMrs Heather Lowry (Deputy Chairperson)\n"
        "Ms Áine Quigley\nMr Philip Tennant\n\n"
        "Witnesses:\nMr Rajinder Bassi, Association of Directors of Adult Social Services\n\n"
        "The Chairperson (Mr Feeney): I welcome Mr Bassi from ADASS to the meeting.\n\n"
        "Mr Bassi: Thank you, Chair. I am here on behalf of directors.\n\n"
        "Mrs Lowry: So a person's chance of getting care depends on where they live?\n\n"
        "Mr Bassi: To an extent, yes.\n\n"
        "Ms Quigley: With respect, that is not really an answer.\n\n"
        "The Chairperson: Thank you all.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("The Chairperson (Mr Feeney)", "political"),
        ("Mr Bassi", "director"),  # a witness, no member: "Mr" is no one's name
        ("Mrs Lowry", "political"),
        ("Mr Bassi", "director"),
        ("Ms Quigley", "political"),
        ("The Chairperson", "political"),
    ]


def test_a_chair_named_by_title_in_capitals_speaks_and_the_cast_list_does_not(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "SUMMIT TRANSCRIPT\n\nChair:\nCllr Ann Leigh - cabinet member for adult social care,"
        " Fenby Council\n\nPanel:\nRaj Patel - Director of Adult Social Services, Oxley Council\n"
        "Jo Hart - Managing Director, Hartwell Homecare\n\n"
        "CHAIR (CLLR ANN LEIGH): Welcome, everyone. Raj, who leads the care workforce?\n\n"
        "RAJ PATEL: Councils do, in law, though it rarely feels like it.\n\n"
        "CHAIR (CLLR ANN LEIGH): Jo, does it feel to you as though anyone is leading?\n\n"
        "JO HART: No. We lead our own teams and nobody leads the market.\n\n"
        "RAJ PATEL: That is fair, and it is the heart of the problem.\n\n"
        "JO HART: Then give us a seat at the table when the rates are set.\n"
    )
    got = [(q[:12], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Welcome, eve", "political", "CHAIR (CLLR ANN LEIGH)"),  # a councillor, no narrator
        ("Councils do,", "director", "RAJ PATEL"),
        ("Jo, does it ", "political", "CHAIR (CLLR ANN LEIGH)"),
        ("No. We lead ", "provider", "JO HART"),
        ("That is fair", "director", "RAJ PATEL"),
        ("Then give us", "provider", "JO HART"),
    ]


def test_a_letter_a_member_quotes_in_a_debate_is_its_writer_s(lexicon: RoleLexicon) -> None:
    text = (
        "Westminster Hall\n\nHome care in rural areas\n\n"
        "Helen Carrick (Westmoor Dales) (LD)\n\n"
        "I beg to move, that this House has considered home care in rural areas.\n\n"
        "I have spoken to several providers in my constituency. Tony Waddell runs Dales Home"
        " Support, a small home care agency in Garsby. He wrote to me in December setting out his"
        " costs, and I will quote from his letter:\n\n"
        "“Every rural call we take on loses us money. The council pays the same hourly rate"
        " whether the next call is two streets away or twelve miles.”\n\n"
        "Ian Dowey (Antrim Glens) (DUP)\n\n"
        "I thank the hon. Lady for giving way. The same is true in my constituency.\n\n"
        "Helen Carrick\n\n"
        "I agree entirely, and I thank the hon. Gentleman for that.\n\n"
        "Ian Dowey\n\n"
        "I am grateful to her.\n"
    )
    got = [(q[:12], role) for q, role, _ in quoted(text, lexicon)]
    assert ("“Every rural", "provider") in got  # the agency's owner, not second-hand


def test_whoever_speaks_under_their_name_in_a_chamber_s_record_is_a_member(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Record of Proceedings\nPlenary 14/01/2025\n\n"
        "The Deputy Presiding Officer (Gwenllian Parry): Item 3 is a statement by the Minister"
        " for Social Care. I call on the Minister, Eluned Prys.\n\n"
        "The Minister for Social Care (Eluned Prys): Thank you. Good leadership is what makes"
        " good care.\n\n"
        "Alun Treharne: Thank you, Minister. The gap between this statement and my region is"
        " very wide.\n\n"
        "The Deputy Presiding Officer (Gwenllian Parry): I call on the Minister to reply.\n\n"
        "The Minister for Social Care (Eluned Prys): I don't disagree about the scale of it.\n\n"
        "Catrin Powell: Minister, what about unpaid carers?\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("The Deputy Presiding Officer (Gwenllian Parry)", "political"),  # a member in the chair
        ("The Minister for Social Care (Eluned Prys)", "national"),
        ("Alun Treharne", "political"),  # a name and nothing more: a member of the Senedd
        ("The Deputy Presiding Officer (Gwenllian Parry)", "political"),
        ("The Minister for Social Care (Eluned Prys)", "national"),
        ("Catrin Powell", "political"),
    ]
    # a transcript that is no chamber's record leaves a bare name's role to the text
    panel = text.replace("Record of Proceedings\nPlenary 14/01/2025", "Webinar transcript")
    assert ("Alun Treharne", "political") not in [(s, r) for _, r, s in quoted(panel, lexicon)]


def test_the_member_in_the_chair_of_a_westminster_hall_debate_is_a_member(
    lexicon: RoleLexicon,
) -> None:
    link = "Link to this contribution   Share this specific contribution\n\n"
    text = (
        "Hansard\n\nCare Workforce: Immigration Rules\nVolume 774: debated on Wednesday 15"
        " October 2025 in Westminster Hall\n\n[Sir Rhodri Vaughan in the Chair]\n\n"
        "Sir Rhodri Vaughan (in the Chair)\nBefore we begin, I remind Members to send their"
        " speaking notes by email. I call Helen Carrow to move the motion.\n" + link + ""
        "Helen Carrow (Wyebridge) (Lab)\nI beg to move that this House has considered the care"
        " workforce.\nIt is a pleasure to serve under your chairship, Sir Rhodri.\n" + link + ""
        "Mark Denholm (South Holderby) (Con)\nI congratulate the hon. Lady on securing the"
        " debate.\n" + link + ""
        "Sir Rhodri Vaughan (in the Chair)\nOrder. Nine Members are seeking to catch my eye.\n"
        + link
        + "Helen Carrow\nI am grateful to the hon. Gentleman.\n"
    )
    got = [(s, r) for _, r, s in quoted(clean_text(text).text, lexicon) if s is not None]
    # the chair's speeches, under a heading that names no party or seat, are a member's too
    assert got == [
        ("Sir Rhodri Vaughan (in the Chair)", "political"),
        ("Helen Carrow (Wyebridge) (Lab)", "political"),
        ("Mark Denholm (South Holderby) (Con)", "political"),
        ("Sir Rhodri Vaughan (in the Chair)", "political"),
        ("Helen Carrow", "political"),
    ]


def test_a_party_s_spokesperson_is_an_elected_member_a_department_s_a_statement(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The Liberal Democrats’ health and care spokesperson, Tamsin Hughes MP, said the plan"
        " ‘ducked the question of how to stop people selling their homes’.\n\n"
        "‘It is not a complete answer,’ the SNP spokesperson said.\n\n"
        "A Department of Health and Social Care spokesperson said: ‘We are investing in care.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political", "political", "document"]


def test_what_a_person_owns_is_read_over_its_name_s_apposition(lexicon: RoleLexicon) -> None:
    text = (
        "Linda Partridge, who owns Elmfield House, a 32-bed care home in Heyford, said: ‘The"
        " council pays us £740 a week.’\n"
    )
    # the lexicon's "owns * care home", its wildcard over the name and the comma after it
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_health_department_s_official_in_person_is_a_national_figure(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Mr Gareth Neill, director of social care policy in the Department of Health, said:"
        " 'We know the data on domiciliary care is not good enough.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_a_name_after_the_quote_is_the_post_the_sentence_before_reported(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The health service had sometimes treated social care as a bottleneck, NHS England’s"
        " national director for urgent and emergency care admitted. “We talk about delayed"
        " discharges as if care is a car park that’s full,” said Dr Simon Achebe.\n\n"
        "The session ended early. “It isn’t a car park,” said Dr Rachel Ford.\n"
    )
    # (a paragraph that reports no one before the name leaves it where it was)
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "other"]


def test_one_who_uses_a_personal_assistant_draws_on_care(lexicon: RoleLexicon) -> None:
    text = (
        "Liam Carter, who has used a personal assistant since a spinal injury, told the hall:"
        " 'If your co-production board can't change a decision, it is a focus group.'\n\n"
        "A personal assistant who has worked for him for six years said: 'He is the boss.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "workforce"]


def test_a_write_up_s_round_of_answers_under_full_names_it_gave_before(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The panel: Priya Nandakumar, director of adult social services at Kelstow; Tom"
        " Ashworth, who owns three care homes; Bernadette Quayle, who cares for her son; and"
        " Dev Okafor, a home care worker.\n\n"
        "The chair closed by asking each panellist for one thing they would ask of government.\n\n"
        "Priya Nandakumar: A ten-year funding settlement for social care.\n\n"
        "Tom Ashworth: A proper pay and career structure for care workers.\n\n"
        "Bernadette Quayle: Put a carer on every board that makes decisions about us.\n\n"
        "Dev Okafor: Pay us for travel time.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "director",
        "provider",
        "user",
        "workforce",
    ]


def test_one_who_holds_the_social_care_brief_is_an_elected_member(lexicon: RoleLexicon) -> None:
    text = (
        "Dev Malhotra, a former NHS pharmacist who has held the adult social care brief at"
        " Norbrook since 2022, said: 'Most councillors come in knowing very little about care.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political"]


def test_one_person_s_named_answers_each_under_a_question_are_their_turns(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "COMMISSIONER'S UPDATE\n\n"
        "This time, Priya Lal, Assistant Director for Commissioning at Calderwick Council,"
        " answered.\n\n"
        "Members asked: When will the council publish its market position statement?\n\n"
        "Priya Lal: We're aiming for February.\n\n"
        "Members asked: Why are some calls still 15 minutes?\n\n"
        "Priya Lal: Our policy is a minimum of 30 minutes.\n\n"
        "Members asked: Will the council pay the Fair Pay Agreement rate?\n\n"
        "Priya Lal: I can't pre-empt a decision.\n\n"
        "Members asked: How is the trusted assessor pilot going?\n\n"
        "Priya Lal: It's going well.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [("director", "Priya Lal")] * 4


def test_a_network_post_s_own_card_over_its_paragraphs_and_its_author_s_replies(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Dr Hannah Okafor • 2nd\n\n"
        "Director of Adult Social Services at Brackenfield County Council 1d • Edited • 🌐\n\n"
        "Some reflections on today's announcement for adult social care 👇\n\n"
        "£1.1bn ring-fenced for the workforce is real money and I don't want to be churlish.\n\n"
        "👍❤️💡 1,284 212 comments • 87 reposts\n\n"
        "Marcus Bell • 3rd+ Managing Director at Bell Home Care Ltd 18h Hannah, with respect,"
        " this has to mean something different this time. Like · 👍 96 | Reply · 14 replies\n\n"
        "Dr Hannah Okafor Author\n"
        "Director of Adult Social Services at Brackenfield County Council 17h Fair challenge"
        " Marcus. We'll publish where this money goes. Like · 👍 71 | Reply\n"
    )
    got = [(q[:14], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ("Some reflectio", "director"),
        ("£1.1bn ring-fe", "director"),
        ("Hannah, with r", "provider"),
        ("Fair challenge", "director"),
    ]


def test_capitalised_words_after_the_are_a_place_not_a_person(lexicon: RoleLexicon) -> None:
    text = (
        "'I still work a night shift every month,' says Maureen Haigh, who founded Calder"
        " Vale Homes in 1991 and still chairs its board.\n\n"
        "Calder Vale now runs 11 homes across Lancashire and the North East, employs around 700"
        " people and looks after more than 500 residents. Its newest home opened on a ward at"
        " Kirklow General, and the NHS still leases part of it.\n\n"
        "'We never took outside money,' she says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_heading_in_capitals_names_the_person_whose_turns_follow(lexicon: RoleLexicon) -> None:
    text = (
        'Resident Albert Nuttall said: "I can get my hands in the soil again."\n\n'
        "4. STAFF SPOTLIGHT: JOY MENSAH, SENIOR CARE ASSISTANT\n\n"
        "Many of you will know Joy from the Willow unit, where she has worked for six years.\n\n"
        "How did you start?\n\n"
        "Joy: As a bank carer, when my youngest was at nursery.\n\n"
        "What does a typical day look like?\n\n"
        "Joy: There's no such thing as typical. I do the morning medication round.\n\n"
        "What is the hardest part?\n\n"
        "Joy: Saying goodbye. People here are like family.\n\n"
        "What would you say to someone thinking about working in care?\n\n"
        "Joy: Do it. There is no other job like it.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user"] + ["workforce"] * 4


def test_a_masthead_s_post_labels_name_their_holders(lexicon: RoleLexicon) -> None:
    text = (
        "THE ELMS FAMILY NEWSLETTER\n"
        "Registered Manager: Carol Pennington  |  Deputy Manager: Luis Moreno\n\n"
        "Our garden party raised £640 for the residents' fund.\n\n"
        'Carol said: "Thank you to every family who baked, sold raffle tickets or came."\n'
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("provider", "Carol")
    ]


def test_a_surname_in_a_trailing_cue_finds_its_speaker_later(lexicon: RoleLexicon) -> None:
    text = (
        "'You cannot run a care home from a spreadsheet,' says Haigh, who founded Calder Vale"
        " Homes in 1991 and still chairs its board.\n\n"
        "Her daughter joined the business in 2015 and runs its finances.\n\n"
        "'My mother taught me never to ask anyone to do a job I would not do,' Haigh says.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_person_taking_over_a_post_keeps_it_over_an_age_given_later(
    lexicon: RoleLexicon,
) -> None:
    text = (
        'Nadia Kerr: "If I cannot name the person, I do not understand the decision"\n\n'
        "Nadia Kerr took over as director of adult social services at Eastholme Council in"
        " March. She talks to our deputy editor about her first year.\n\n"
        '"I have left the old whiteboard up," she says.\n\n'
        "Kerr, 47, grew up in Leeds and still lives there.\n\n"
        "Q: What did you find?\n\n"
        "A: Waiting lists nobody owned.\n\n"
        "Q: What comes next?\n\n"
        "A: Ringing every person on the list.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"] * 4


def test_a_panel_introduced_with_parts_and_a_business_s_managing_director(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Our chief executive Ruth Amadi was joined by a director of adult social services and"
        " a home care provider.\n\n"
        "Ruth Amadi (chair) is chief executive of the Care Leaders Network.\n\n"
        "Priya Sen is managing director of Hollybank Home Care, a family-owned agency.\n\n"
        'Priya Sen said providers were "the last to be told and the first to be blamed".\n\n'
        'Ruth Amadi said the network would "keep asking who leads".\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "national"]


def test_a_recording_s_transcript_of_times_and_names_in_title_case(lexicon: RoleLexicon) -> None:
    text = (
        "Speakers\n\n"
        "Mark Ode is Director of Adult Social Services at Ashcombe Borough Council.\n\n"
        "Dr Lena Fry is Place Director at NHS Kestrel Vale Integrated Care Board.\n\n"
        "Transcript\n\n"
        "00:03:52 Mark Ode Well, the honest answer is the council, legally.\n\n"
        "00:05:10 Lena Fry For the NHS it is less simple than that.\n\n"
        "00:07:31 Mark Ode Nobody runs it alone, and nobody should.\n\n"
        "00:09:02 Lena Fry Agreed, though money decides more than we admit.\n"
    )
    got = [(q[:12], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ("Well, the ho", "director"),
        ("For the NHS ", "nhs"),
        ("Nobody runs ", "director"),
        ("Agreed, thou", "nhs"),
    ]


def test_a_timed_name_is_not_run_on_into_the_person_its_turns_address(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Speakers\n\n"
        "Mark Ode is Director of Adult Social Services at Ashcombe Borough Council.\n\n"
        "Jo Penn is a family carer for her son.\n\n"
        "00:01:00 Mark Ode Jo, you co-chair the carers' board. Where do you start?\n\n"
        "00:01:30 Jo Penn With the plan, before it is written.\n\n"
        "00:02:10 Mark Ode Jo, you said before it is written. And after?\n\n"
        "00:02:40 Jo Penn Then with whether anyone reads it.\n\n"
        "00:03:05 Mark Ode That is fair, and we have not always done it.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[0] == ("director", "Mark Ode") and got[2] == ("director", "Mark Ode")


def test_a_live_blog_s_bylines_are_not_speakers(lexicon: RoleLexicon) -> None:
    entry = (
        "{time} BST\n\n{headline}\n\n{writer}\n\n"
        "{name}, {post}, faced a sceptical audience. She told delegates: “{words}”\n\n"
    )
    people = [
        ("Hannah Roe", "Mariam Sheikh", "chief executive of Carers Together", "We will listen."),
        ("Marcus Flint", "Priya Nand", "director of adult social services at Wexley", "Cuts hurt."),
        ("Hannah Roe", "Ida Cole", "chief executive of the Homecare Association", "Pay more."),
        ("Marcus Flint", "Jo Bell", "cabinet member for adult social care", "We have tried."),
    ]
    text = "".join(
        entry.format(
            time=f"1{k}.10", headline=f"Session {k} opens", writer=w, name=n, post=p, words=q
        )
        for k, (w, n, p, q) in enumerate(people)
    )
    got = [(q, role) for q, role, _ in quoted(text, lexicon)]
    assert got == [
        ("“We will listen.”", "national"),
        ("“Cuts hurt.”", "director"),
        ("“Pay more.”", "provider"),
        ("“We have tried.”", "political"),
    ]


def test_a_study_s_uncredited_codes_are_of_the_group_its_credits_all_name(
    lexicon: RoleLexicon,
) -> None:
    credited = "".join(
        f"Interview {k}:\n\nIt took time, and it still does, week on week.\n\n"
        f"(Participant {k}, registered manager, {kind})\n\n"
        for k, kind in [(3, "residential care"), (7, "domiciliary care"), (12, "nursing home")]
    )
    text = credited + "Participant 14 was candid: “I can do all the supervision in the world.”\n"
    assert quoted(text, lexicon)[-1][1] == "provider"
    # ... but not when the credits name different groups
    mixed = credited.replace("registered manager, nursing home", "care worker, nursing home")
    text = mixed + "Participant 14 was candid: “I can do all the supervision in the world.”\n"
    assert quoted(text, lexicon)[-1][1] == "interviewee"


def test_a_legend_codes_the_last_group_it_counts(lexicon: RoleLexicon) -> None:
    text = (
        "We interviewed two elected members and six team members in participants’ services "
        "(TM1–TM6).\n\n"
        "One team member (TM2) said: “She listens more now than she did.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] != ["political"]


def test_what_a_speaker_calls_something_bare_is_their_word_for_it(lexicon: RoleLexicon) -> None:
    text = (
        "Priya Nand, director of adult social services at Wexley Council, used her opening "
        "address to call waiting lists for care “a moral emergency”.\n\n"
        "Jo Bell, a care home owner, called on ministers to “act now”.\n"
    )
    assert quoted(text, lexicon) == [
        (
            "“a moral emergency”",
            "director",
            "Priya Nand, director of adult social services at Wexley Council, used her "
            "opening address to",
        ),
        ("“act now”", "provider", "Jo Bell, a care home owner"),
    ]


def test_someone_who_moved_into_a_care_home_lives_there(lexicon: RoleLexicon) -> None:
    text = (
        "A man in his 70s who moved to a nursing home in Ashby summed up what went wrong: "
        "‘Nobody asked me anything.’\n\n"
        "A man in his 80s, now living at a nursing home in Tarnside, was clear: ‘It is a good "
        "home, but I was never asked.’\n\n"
        "Anyone who needs to move into a care home pays the full cost. The director, Jo Penn, "
        "said: ‘That is the rule.’ She added: ‘We did not write it.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == [
        "user",
        "user",
        "director",
        "director",
    ]


def test_a_caller_who_declares_an_interest_says_who_they_are(lexicon: RoleLexicon) -> None:
    turns = [
        ("CARL JESSOP", "Good afternoon. Malcolm is on the line from Hilbury."),
        (
            "MALCOLM (caller, Hilbury)",
            "Good afternoon, Carl. I should declare an interest, I was director of social "
            "services in a neighbouring county for eleven years.",
        ),
        ("CARL JESSOP", "And what would you say to the council?"),
        ("MALCOLM", "That the director is the person in charge, and nobody knows them."),
    ]
    text = "".join(f"{who}: {words}\n\n" for who, words in turns)
    got = {speaker: role for _, role, speaker in quoted(text, lexicon)}
    assert got["MALCOLM (caller, Hilbury)"] == "director" and got["MALCOLM"] == "director"


def test_a_post_s_own_words_and_a_body_s_short_name_place_its_holder(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Greystones Care runs three nursing homes in Brackenford with 186 beds between them.\n\n"
        "Greystones’ head of people, Tom Ashworth, said: ‘Induction now takes six months.’\n"
    )
    assert quoted(text, lexicon) == [
        (
            "‘Induction now takes six months.’",
            "provider",
            "Greystones’ head of people, Tom Ashworth",
        )
    ]


def test_a_crowd_s_chant_is_its_words(lexicon: RoleLexicon) -> None:
    text = (
        "The council calls the plan a “community-based offer”. Some carers chanted “Save our "
        "centres, save our sanity” as councillors arrived.\n"
    )
    assert quoted(text, lexicon)[-1][1:] == ("user", "Some carers")
    # ... and a voice's from the floor, in a sentence of its own words
    text = "Somebody at the back shouted 'Shame on you!' and the whole hall clapped.\n"
    assert quoted(text, lexicon) == [("'Shame on you!'", "interviewee", "Somebody at the back")]


def test_a_name_met_again_in_the_same_stretch_of_narrative_is_a_mention(
    lexicon: RoleLexicon,
) -> None:
    # named after another's post, across a paragraph's end, in the piece that met her
    text = (
        "Janet Oduya, assistant director of commissioning, opened the meeting.\n\n"
        "Also present: Tom Hale, an ICB manager, and Dr Ann Lee, a GP.\n\n"
        "Janet Oduya set out the position. She told members: “I’m not going to stand here.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]
    # ... and named again after the minutes list those present
    text = (
        "Present: Janet Oduya (Assistant Director, Commissioning), Ravi Chandra (vice-chair, "
        "Oakwood Care Homes).\n\n"
        "Also present: Dr Ann Lee (GP, Brackenshire Integrated Care Board).\n\n"
        "The chair thanked everyone.\n\n"
        "Janet Oduya set out the position. She told members: “I’m not going to stand here.”\n\n"
        "Ravi Chandra asked about the modelling. He said: “On our figures, homes will close.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "provider"]


def test_a_message_a_host_reads_out_is_its_sender_s(lexicon: RoleLexicon) -> None:
    text = (
        "JO PENNANT: Good morning. This is the phone-in on care charges. With me is Sue Bell, who "
        "runs a home care agency.\n\n"
        "SUE BELL: Morning, Jo. We're turning work away every week now.\n\n"
        "JO PENNANT: I've got a text here from a listener who says she's a home care manager, "
        "doesn't want her name used. She says: \"We had to turn down four new packages this "
        'month." Sue, is that typical?\n\n'
        "SUE BELL: Very typical. The rates don't cover the wages, so we can't recruit.\n\n"
        'JO PENNANT: Lots of texts coming in on this. Karen in Oldfield: "My neighbour gets '
        'free transport to her day centre in another council." Another from Mike, who says: '
        '"Stop blaming Westminster. The council found money for the new bus station." Sue?\n\n'
        "SUE BELL: I'd say both are right, honestly.\n\n"
        "JO PENNANT: And an email from Councillor Brian Tuckett, who tells me he's the cabinet "
        'member for adult social care. He writes: "We are doing everything we can." Sue?\n\n'
        "SUE BELL: Pay the carers properly and the rest follows.\n"
    )
    read = [(q[1:12], role) for q, role, _ in quoted(text, lexicon) if q.startswith('"')]
    assert read == [
        ("We had to t", "provider"),
        ("My neighbou", "interviewee"),
        ("Stop blamin", "interviewee"),
        ("We are doin", "political"),
    ]
    # ... but what someone said to the host, as they recall it, is second-hand
    recalled = text.replace("She says:", "She said to me:")
    assert quoted(recalled, lexicon)[3][1] == "other"
    # ... and what is said of the sender is no recalling: "who's asked to stay anonymous"
    chat = text.replace(
        "I've got a text here from a listener who says she's a home care manager, doesn't want "
        "her name used. She says:",
        "There's a question in the chat. It's from a relative who's asked to stay anonymous, "
        "and she writes:",
    )
    assert quoted(chat, lexicon)[3][1] == "user"
    # ... or by the sender's own news of it, and what the host says of them
    emailed = text.replace(
        "I've got a text here from a listener who says she's a home care manager, doesn't want "
        "her name used. She says:",
        "And Lorraine has emailed - she says she's an expert by experience on her council's "
        "co-production group:",
    )
    assert [role for q, role, _ in quoted(emailed, lexicon) if q.startswith('"We had')] == ["user"]


def test_the_last_word_a_report_gives_to_someone_by_age_is_one_of_the_public_s(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "The report draws on interviews with people who pay for their own care.\n\n"
        "Joan, 87, told us: “I sold the house to pay for it.”\n\n"
        "We leave the last word to Margaret, 84, who told us what she would say to the minister: "
        "“I paid my taxes for fifty years.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "user"]


def test_a_day_service_s_members_and_staff_by_what_the_credits_say(lexicon: RoleLexicon) -> None:
    text = (
        "Responses to the consultation on day services included these.\n\n"
        "‘I have been coming here since my stroke. It is the only place I see friends.’\n"
        "– Person who attends Ashgrove Resource Centre, questionnaire\n\n"
        "‘I've worked at Fenwick Road for nineteen years and the people are the point.’\n"
        "– Day centre officer, Fenwick Road\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "workforce"]


def test_a_body_that_runs_day_activities_provides_care(lexicon: RoleLexicon) -> None:
    text = (
        "Bernadette Kinsella, manager of Friends of Fenwick, a charity that runs a lunch club and "
        'activities for older people, said: "We\'d love to do more."\n\n'
        "Daniel Okafor, chief executive of Marlbridge Community Enterprise, a social enterprise "
        'that runs community day activities for around 140 people, said: "The direction is '
        'right."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_listener_s_message_is_no_one_of_the_people_a_programme_placed(
    lexicon: RoleLexicon,
) -> None:
    # a panel of councillors placed by their labels: the texts the host reads are not theirs
    turns = [
        ("CARL JESSOP", "Welcome back. With me are three councillors."),
        ("CLLR RUTH HALE", "Thank you, Carl. We have protected the day centres budget this year."),
        ("CLLR TOM REID", "Protected it by closing two of them, Carl."),
        ("CLLR ASHA PATEL", "Scrutiny will look at the closures in March."),
        ("CLLR RUTH HALE", "And we will publish every figure before then."),
        ("CLLR TOM REID", "Publish them now, then."),
        ("CLLR ASHA PATEL", "We will ask for them at the next meeting."),
        (
            "CARL JESSOP",
            'Some texts on this. Another from Pete in Carrow, who says: "The council found money '
            'for the new roundabout. Priorities." Councillor Hale?',
        ),
        ("CLLR RUTH HALE", "That was government money for roads, Carl, not ours to spend."),
    ]
    text = "".join(f"{who}: {words}\n\n" for who, words in turns)
    got = [(speaker, role) for q, role, speaker in quoted(text, lexicon) if q.startswith('"')]
    assert got == [("Another from Pete in Carrow", "interviewee")]


def test_a_heading_in_capitals_under_a_card_is_no_credit(lexicon: RoleLexicon) -> None:
    # the card's credit stands above its words; the section's heading below them is no one's
    text = (
        "SPRING, IN YOUR WORDS\n\nWe asked people across Oakhurst what they look forward to.\n\n"
        "Sue, activities coordinator, Beechwood House\n‘Getting the raised beds going again.’\n\n"
        "Agnieszka, registered manager, The Laurels\n‘Our garden party in May. It’s the one day "
        "the whole home is in one place.’\n\n"
        "STAFF FORUM AND DATES FOR YOUR DIARY\n\nPay rates for all care roles will rise in April.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[-1] == ("provider", "Agnieszka, registered manager, The Laurels")


def test_a_panellist_placed_by_the_kind_of_body_they_lead(lexicon: RoleLexicon) -> None:
    # the host's introduction: a chief executive of a body the lexicon does not list, whose kind
    # the apposition gives (a user-led organisation: its people draw on care)
    turns = [
        (
            "Rosalind Achebe",
            "Welcome to the panel. Abdi Hassan is chief executive of Access Together, a user-led "
            "organisation of disabled people, and draws on support himself. Gareth Mellor is "
            "chief executive of Oakhaven Care Group, which runs 38 care homes.",
        ),
        ("Abdi Hassan", "So I am in the market, if you like, as an employer of assistants."),
        ("Gareth Mellor", "The fees do not cover what care costs, and everyone knows it."),
        ("Rosalind Achebe", "Abdi, come back on that."),
        ("Abdi Hassan", "Fees matter, but so does who is in the room when they are set."),
        ("Gareth Mellor", "I agree with that, for what it is worth."),
    ]
    text = "".join(f"[00:0{k}:04] {who}: {words}\n\n" for k, (who, words) in enumerate(turns))
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got[1:3] == [("Abdi Hassan", "user"), ("Gareth Mellor", "provider")]


def test_a_message_the_chair_reads_out_as_written(lexicon: RoleLexicon) -> None:
    # no colon, no verb: the sentence before the message says whose it is
    turns = [
        ("Rosalind Achebe", "Welcome, everyone. Helen, you first."),
        ("Helen Carrow", "The money comes late, in the autumn, every year."),
        ("Abdi Hassan", "And nobody asks the people who use the services."),
        (
            "Rosalind Achebe",
            "Thanks, Helen. Next one's a bit pointed, and I'm going to read it out as written. "
            "It's from Lucy Brennan, who says she's a senior carer with a home care agency in the "
            "North East. 'Nobody on this panel actually does care. When do the people who deliver "
            "it get asked?' Abdi, I'll come to you first on that.",
        ),
        ("Abdi Hassan", "I think Lucy's absolutely right and I'd put people alongside her."),
        ("Helen Carrow", "We should ask care workers far more often than we do."),
    ]
    text = "".join(f"[00:0{k}:04] {who}: {words}\n\n" for k, (who, words) in enumerate(turns))
    got = [(q[:12], speaker) for q, _, speaker in quoted(text, lexicon)]
    roles = {q[:12]: role for q, role, _ in quoted(text, lexicon)}
    assert roles["'Nobody on t"] == "workforce"
    # ... and what the chair says round it stays the chair's
    assert ("Thanks, Hele", "Rosalind Achebe") in got


def test_a_provider_s_own_report_under_its_masthead_in_capitals(lexicon: RoleLexicon) -> None:
    # the masthead in capitals, what the body is in its own words further on: a charity that
    # provides care, whose chair of trustees speaks for it
    text = (
        "OAKMERE CARE TRUST\nQUALITY ACCOUNT 2023/24\n\nPublished: June 2024\n\n"
        "Oakmere Care Trust is a not-for-profit charity providing residential, nursing and "
        "dementia care, and care and support at home, in Wessfordshire.\n\n"
        "Our chair of trustees, Malcolm Ossett, says: 'The board doesn't just read the "
        "dashboards. Every trustee spends a day a quarter in one of our homes.'\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_its_post_holder_belongs_to_a_body_not_to_the_publication_before(
    lexicon: RoleLexicon,
) -> None:
    # "Its chief executive": the charity's, not the strategy the sentence opens on, nor the
    # carers of its name
    text = (
        "National charity backs plan\n\n"
        "The strategy was developed with advice from the national charity Carers Voice Network. "
        "Its chief executive, Frances Okafor, said: “Calderbrook has asked carers what they need "
        "and then written it down in plain English.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"]


def test_an_unnamed_its_post_holder_is_not_the_publication_s_either(
    lexicon: RoleLexicon,
) -> None:
    # no name after the post this time: still a person at the board the review asked, not the
    # review the sentence opens on
    text = (
        "The review also asked the Harbury and Dale Integrated Care Board about the wider context. "
        "Its head of hospital flow told the review that the local system had been running "
        "'on goodwill alone' for most of that winter.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs"]


def test_a_long_post_at_a_body_named_short(lexicon: RoleLexicon) -> None:
    text = (
        "Workforce Development Award\n\n"
        "Ashgrove Care Group runs four care homes and a home care service in North Yorkshire.\n\n"
        "Nadia Kowalczyk, Ashgrove’s head of learning and development, said: “Rural care has a"
        " recruitment problem that no amount of advertising will solve.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]
    # a post of five words at the group named short, before which the text named it in full


def test_a_post_at_a_body_named_short_after_the_person(lexicon: RoleLexicon) -> None:
    # a think tank's report (its own people are national): the provider it names short is the
    # chief executive's body
    text = (
        "THE FAIRHAVEN INSTITUTE\n\nThe Fairhaven Institute is an independent think tank.\n\n"
        "Box 1: Ellersby Care Group's pledge\n\n"
        "Ellersby Care Group runs eleven care homes and a home care service across Harrowfield.\n\n"
        "Nadia Kowalczyk, Ellersby's chief executive, said the decision was driven by "
        "arithmetic:\n\n"
        "We were spending more than £600,000 a year on agency staff. Our turnover was 38 per "
        "cent.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_minutes_name_people_by_initials_that_spell_a_word(lexicon: RoleLexicon) -> None:
    # "GL apologised. He said:" - the initials met in the stretch of narrative the list is read
    # in; "AS" is a person in capitals, though "as" is a word the minutes use
    text = (
        "MINUTES\n\nPresent:\n\n"
        "Gareth Lomax (GL) - Assistant Director, Commissioning (Chair)\n"
        "Linda Farrow (LF) - Chair, Kingsmere Care Association\n"
        "Dr Anita Sethi (AS) - Associate Director, Kingsmere Integrated Care Board\n\n"
        "1.1 GL welcomed everyone, as is usual, and set out the agenda.\n\n"
        "2.3 LF (Kingsmere Care Association) asked for it to be recorded that the Association had "
        "written to the Council on 2 April and had not yet received a reply. GL apologised. He "
        'said: "That should not have happened, and I am sorry."\n\n'
        "5.1 AS (ICB) gave an update on the model. She thanked providers and said: "
        '"This is the first winter in my time at the ICB without escalation beds."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director", "nhs"]


def test_according_to_a_name_then_a_clause_of_its_own(lexicon: RoleLexicon) -> None:
    # "Mr Ashdown, self-funders are paying": no apposition placing him among self-funders
    text = (
        "Tom Ashdown, a senior policy analyst at The King's Fund think tank, says the freeze is "
        'little understood. "The system is essentially the one designed in the 1990s," he says.'
        "\n\nPeople who pay for themselves also typically pay more than councils.\n\n"
        'According to Mr Ashdown, self-funders are paying, on average, "about 40% more for an '
        'identical room in the same home".\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "national"]


def test_a_post_at_an_unlisted_body_that_the_text_describes(lexicon: RoleLexicon) -> None:
    # the lexicon does not know the panel: what the report says it is places its co-chair
    text = (
        "3. The voice of the adult\n\n"
        "Caldermoor Voices Together is a panel of twelve people with lived experience of "
        "safeguarding, who meet every two months with the Board's business unit.\n\n"
        "Devinder Sahota, co-chair of Caldermoor Voices Together, said: “We're not a tick box. "
        "This year we sat on the review panel.”\n\n"
        "Priya Mistry, chief executive of Ability Forward, said: “We back the plan.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["user", "national"]


def test_a_quotation_the_sentence_goes_on_from_after_a_dash(lexicon: RoleLexicon) -> None:
    # "– but added that": no one's credit after the dash; the councillor goes on
    text = (
        "The Conservative group’s spokesperson for adult social care, Cllr Alan Brereton, took a "
        "different view, saying the council had ‘run a gold-plated in-house service for years "
        "without asking whether taxpayers were getting value for money’ – but added that the "
        "handling of the consultation had been ‘a shambles from start to finish’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["political", "political"]


def test_a_publication_s_title_in_quotes_between_it_and_its_verb(lexicon: RoleLexicon) -> None:
    # the title's apposition closes on a comma before the verb: the report is the speaker
    text = (
        "When this branch published its first regional market report, directors described a "
        "market under strain.\n\n"
        "Our 2021 report, ‘Not Failing, Not Growing’, concluded that ‘the market in Wessex is "
        "not failing, but it is failing to grow at the pace that demography requires’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document"]


def test_minutes_by_initials_with_a_body_in_brackets_and_a_body_s_apologies(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "MINUTES\n\nPresent:\n\n"
        "Gareth Lomax (GL) - Assistant Director, Commissioning (Chair)\n"
        "Tariq Hussain (TH) - Managing Director, Kingsmere Home Support Ltd\n"
        "Joseph Adeyemi (JA) - Operations Director, CareWell Community Services\n\n"
        "Apologies:\n"
        "Dr Claire Hennessy - Executive Director, Adult Social Care and Health (DASS)\n"
        "Healthwatch Kingsmere\n"
        "Priya Nandra - Brokerage Team Manager\n\n"
        "3.2 GL said the council would reply by Friday. TH (Kingsmere Home Support) said he "
        'welcomed the statement but that "thank you is not a rate."\n\n'
        "4.6 JA (CareWell Community Services) said that his organisation had handed back 22 "
        'packages. He asked that the minutes record: "We did not hand those packages back '
        "because we don't care.\"\n"
    )
    # the initials name the person, not the body in brackets (nor a body that sent apologies,
    # taken for a person by the words of the body's name); and "He asked that the minutes
    # record:" is his, not the minutes'
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider"]


def test_a_response_the_lead_in_points_to_is_its_credit_s(lexicon: RoleLexicon) -> None:
    # "The following response ... speaks for many:" names a response, not who gave it: the
    # credit under the words does
    text = (
        "The council's home care uplift this year was 3.9%.\n\n"
        "The following response, in our view, speaks for many:\n\n"
        "We were told in January there was no more money and the uplift would be 4%. Then in\n"
        "March the council found £2.3 million for a new in-house reablement service.\n"
        "— Supported living provider, London\n\n"
        "Some of the longest responses came from home care providers in rural areas.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider"]


def test_a_pull_quote_with_no_marks_over_an_em_dash_credit(lexicon: RoleLexicon) -> None:
    # a PDF's pull quote lost its styling: a paragraph, then its credit after an em dash; a list's
    # items after an en dash are no credits
    text = (
        "• PSWs rarely report directly to the director.\n\n"
        "My PSW has the best job in the council and the loneliest. She sits between me, the\n"
        "front line and the people we serve.\n\n"
        "— Director of adult social services, East Midlands\n\n"
        "4.1 Who PSWs report to\n\n"
        "Just over a third of survey respondents report directly to the director.\n\n"
        "– Reporting lines vary by council type\n"
    )
    got = [(q[:12], role) for q, role, _ in quoted(text, lexicon)]
    assert got == [("My PSW has t", "director")]


def test_a_place_compared_in_a_quotation_is_no_person_introduced(lexicon: RoleLexicon) -> None:
    # "Calder Town is as much our patient as anyone": no one named Calder Town is a patient, so
    # "He continued" is the nurse who spoke
    text = (
        "Dr Naveen Rao, Chief Nursing Officer at the ICB and the Board’s health lead, said:\n\n"
        "“The honest truth is that health partners have sometimes treated safeguarding adults as "
        "the council’s business. An adult who is frightened and alone in Calder Town is as much "
        "our patient as anyone on a ward.”\n\n"
        "He continued: “I want every GP practice in Caldermoor to name its safeguarding lead.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "nhs"]


def test_an_occasion_closed_by_a_time_before_the_speaker(lexicon: RoleLexicon) -> None:
    # no comma after the occasion: the time closes it, and who spoke follows
    text = (
        "At our carers’ summit last year a minister told the audience: “Unpaid carers are the "
        "backbone of our health and care system.”\n\n"
        "At a meeting of the scrutiny committee last week the director said: “We will publish "
        "the figures.”\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "director"]


def test_a_pronoun_and_the_manner_of_what_they_say_about_something(
    lexicon: RoleLexicon,
) -> None:
    # "less forgiving about the regulator": how he speaks and of what, not who he is
    text = (
        "Mark Ellis runs three care homes in Devon.\n\n"
        "He is less forgiving about the regulator: “Nobody can tell me when we will be "
        "inspected.”\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [("provider", "He")]


def test_a_phrase_before_the_pronoun_that_speaks(lexicon: RoleLexicon) -> None:
    # no comma closes the phrase: "she" is who speaks, not "the end of the second day"
    text = (
        "Dame Helen Marsh, chief executive of Skills for Care, led the course herself.\n\n"
        "At the end of the second day she told me: “You already are a leader. Act like one.”\n\n"
        "Here are some of the things they wrote.\n\n"
        "“We were not told who to call.”\n"
    )
    got = [(q[:10], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got[0] == ("“You alrea", "national", "she")
    # ... but a clause is no phrase: its "they" are whom it quotes, not who speaks
    assert got[1][1] == "interviewee"


def test_a_post_in_a_time_clause_is_what_the_speaker_was_then(lexicon: RoleLexicon) -> None:
    # "When X was a social worker" is her past: the director named first still speaks
    text = (
        "Carmel Okoro, director of adult social services at Brenthollow Council, takes over as "
        "president this week.\n\n"
        "When Carmel Okoro was a newly qualified social worker in a Leeds team in the late "
        "1990s, her first manager gave her a piece of advice.\n\n"
        "‘I still think that is the best advice anyone has ever given me,’ Okoro recalls.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["director"]


def test_a_small_or_local_charity_runs_a_service(lexicon: RoleLexicon) -> None:
    # a national charity speaks for a cause; a small or a local one is the provider of a service
    text = (
        "Partnerships held where councils paid on time.\n\n"
        "‘We spent more on the bid than the contract was worth,’ said the chief executive of a "
        "small charity in the West Midlands.\n\n"
        "Chief executive, local charity, North West:\n\n"
        "‘We found out by email, on a Friday afternoon.’\n\n"
        "‘The cap will not help carers,’ said the chief executive of a national charity.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider", "national"]


def test_a_post_that_opens_on_an_ing_word_is_no_participle(lexicon: RoleLexicon) -> None:
    # "Managing director X, who ..." names the speaker before its comma, where "Commenting on
    # the figures, X said" opens on a clause the speaker follows
    text = (
        "A home care agency in Wexley has closed after fifteen years.\n\n"
        "Managing director Gary Pemberton, who founded the business 15 years ago, said: ‘We had "
        "nowhere left to turn.’\n\n"
        "Commenting on the closure, Cllr Ann Marsh, cabinet member for adult social care, said: "
        "‘Lessons will be learned.’\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("provider", "Managing director Gary Pemberton, who founded the business 15 years ago"),
        ("political", "Cllr Ann Marsh, cabinet member for adult social care"),
    ]


def test_an_economist_and_a_research_institute_are_national(lexicon: RoleLexicon) -> None:
    text = (
        "Funding reform keeps stalling.\n\n"
        "Dr Leila Farouk, chief economist at the Centre for Ageing and Public Finance, an "
        "independent research institute, said: ‘The numbers have not changed.’\n\n"
        "‘The problem is not only the level of pay,’ said Tomasz Nowicki, a labour market "
        "economist at the Fairwork Observatory.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "national"]


def test_an_epithet_before_a_body_name_is_no_part_of_it(lexicon: RoleLexicon) -> None:
    # "independent" and "new" are the writer's words; "the Commission on Care at Home" is a
    # commission (its first word heads the name), not a care provider
    text = (
        "Care is stretched.\n\n"
        "Professor Alan Whitcombe, director of the independent Centre for Care Leadership, said: "
        "‘Every piece of research we have points the same way.’\n\n"
        "Ann Lee, director of the new Institute for Ageing Well, said: ‘We know too little.’\n\n"
        "Dame Lorraine Okafor, chair of the Commission on Care at Home, said: ‘We have built a "
        "system on goodwill.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national"] * 3


def test_a_name_opening_on_a_body_word_and_on_the(lexicon: RoleLexicon) -> None:
    # "the Commission on the Future of Care" is a body by its first word, "the" or not after "on"
    text = (
        "Reform has stalled for a generation.\n\n"
        "Sir Malcolm Deane, who leads the Commission on the Future of Care, said: ‘Every "
        "government has promised a plan.’\n\n"
        "In 2011 the Commission on Funding of Care and Support called the system ‘confusing, "
        "unfair and unsustainable’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["national", "document"]


def test_a_term_matches_with_either_apostrophe(lexicon: RoleLexicon) -> None:
    # the lexicon writes "older people's commissioner"; a typeset text has "People’s"
    for mark in ("'", "’"):
        text = (
            "Care is stretched.\n\n"
            f"The Older People{mark}s Commissioner for Wales, Gwyneth Llywarch, said: ‘Older "
            "people are talked about, not listened to.’\n"
        )
        assert [role for _, role, _ in quoted(text, lexicon)] == ["national"], mark


def test_a_spokesperson_speaks_as_the_role_the_lexicon_says(lexicon: RoleLexicon) -> None:
    text = (
        "The council has cut its fee uplift.\n\n"
        "A spokesperson for the Homecare Association, which represents home care providers "
        "across the UK, said: ‘Councils are being asked to do the impossible.’\n\n"
        "A Department of Health and Social Care spokesperson said: ‘We have made £7.5bn "
        "available.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "document"]
    # a lexicon whose provider bodies give statements, as every body's do by default
    roles = [
        r.model_copy(update={"spokespeople": "statement"}) if r.id == "provider" else r
        for r in lexicon.roles
    ]
    statements = lexicon.model_copy(update={"roles": roles})
    assert [role for _, role, _ in quoted(text, statements)] == ["document", "document"]


def test_a_fronted_clause_with_no_comma_ends_at_the_pronoun_that_speaks(
    lexicon: RoleLexicon,
) -> None:
    # "When I told her ... she said": she speaks, not the "I" who told her
    text = (
        "Our registered manager, Sandra Cole, has run the home for ten years.\n\n"
        "When I told her about the fee uplift she said: ‘It will not cover the pay rise.’\n\n"
        "When William Beveridge set out his plan he described want as ‘one only of five "
        "giants’.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[0] == ("provider", "she")
    assert got[1][1] != "he"  # the fronted clause's own subject speaks there


def test_words_reported_inside_the_speakers_own_are_second_hand(lexicon: RoleLexicon) -> None:
    # "She said a social worker had told her" - the social worker's words, heard through her
    text = (
        "Carers told us about discharge.\n\n"
        "Sandra, 58, who cares for her son, said: ‘Nobody rang.’\n\n"
        "She said she would tell the minister: ‘I cannot cope.’\n\n"
        "She said the social worker had told her on the phone: ‘There is nothing more we can "
        "do.’\n\n"
        "One woman told us her late husband, a retired GP, used to say that ‘the most dangerous "
        "journey in medicine is the one home’.\n\n"
        "Members said they had asked for a meeting. A carer said: ‘We are still waiting.’\n"
    )
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["user", "user", "other", "other", "user"]


def test_a_committee_or_panel_speaking_as_one_gives_a_document(lexicon: RoleLexicon) -> None:
    text = (
        "The inquiry took evidence for six months.\n\n"
        "The committee said the sector needed ‘a named, senior and permanent leader’.\n\n"
        "The panel wrote: ‘Good care leaders share power.’\n\n"
        "The committee chair said: ‘We heard it everywhere.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document", "political"]


def test_a_publication_opening_the_cue_is_no_verb(lexicon: RoleLexicon) -> None:
    # "report" and "comment" after their modifiers are nouns: the cue verb comes after
    text = (
        "The CQC rated the home good.\n\n"
        "In one inspection report on a nursing home in the North West, inspectors wrote: ‘The "
        "registered manager was visible.’\n\n"
        "In a subsequent written comment, the trust stated: ‘We value the partnership.’\n\n"
        "Families of residents at a Wexcombe care home say they have been left ‘devastated’.\n"
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[:2] == [("document", "inspectors"), ("document", "the trust")]
    assert got[2][0] == "user"  # "say" after "a ... care home" is still the families' verb


def test_a_speaker_whose_role_the_text_withholds_is_undetermined(lexicon: RoleLexicon) -> None:
    # no director before them places them: the text says it does not know who they are
    text = (
        "Directors spoke first at the summit.\n\n"
        "One director said: ‘We are at breaking point.’\n\n"
        "A third delegate, who did not give her role, asked: ‘Does anyone here know what "
        "happens at 3am?’\n\n"
        "Another delegate, whose organisation I did not catch, added: ‘Nobody does.’\n"
    )
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["director", "interviewee", "interviewee"]


def test_a_role_withheld_in_more_words_is_undetermined_too(lexicon: RoleLexicon) -> None:
    # "any details of her employer or her role", "neither their name nor their organisation be
    # published": no care worker before them places them
    text = (
        "We heard from more than forty care workers during the inquiry.\n\n"
        "One care worker in Leeds told us: ‘I work sixty hours a week and cannot pay my rent.’\n\n"
        "Another witness, who did not give any details of her employer or her role, said: ‘Nobody"
        " at the top listens to us at all.’\n\n"
        "A care worker in Hull said: ‘We are tired.’\n\n"
        "Another witness, who asked that neither their name nor their organisation be published,"
        " told us: ‘Nothing will change.’\n"
    )
    roles = [role for _, role, _ in quoted(text, lexicon)]
    assert roles == ["workforce", "interviewee", "workforce", "interviewee"]


def test_a_credit_line_may_give_a_long_post_but_a_caption_is_no_credit(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Crucially, the director did not carry the difficult decisions alone.\n\n"
        "“Sandra made it clear on day one that she wanted the cabinet to own the difficult"
        " decisions with her.”\n\n"
        "Cllr Tom Reddaway, Cabinet Member for Adult Social Care and Health, Harrowfield County"
        " Council\n\n"
        "For providers, the change was felt most in the fee rates.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["political"]
    caption = (
        "Jean Marsh, 84, has had the same care workers for six years.\n\n"
        "“Now we've had a letter saying it's all changing in April,” she said.\n\n"
        "“I don't know who will come.”\n\n"
        "Image caption, Harewood Care makes about 3,100 home visits a week across the borough\n"
    )
    assert [r for _, r, _ in quoted(caption, lexicon)] == ["user", "user"]


def test_a_bare_role_noun_modifying_a_noun_is_no_one_a_she_could_be(lexicon: RoleLexicon) -> None:
    text = (
        "PRESENT\n\n"
        "Fiona Pryce (FP) - Assistant Director, Commissioning, Adult Social Care (Chair)\n"
        "Bev Ainsworth (BA) - Chief Executive, Northdene Care Association\n\n"
        '2.3 BA responded for members: "Every home care provider in this borough is going'
        ' backwards this year." She said that two members had handed back contracts.\n\n'
        "2.6 FP explained the methodology. The council had used provider cost of care returns from"
        ' 2023 as its starting point. She said: "I accept that the response rate was low."\n'
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "director"]


def test_what_no_one_told_her_is_no_one_s_words(lexicon: RoleLexicon) -> None:
    text = (
        "A social worker in a hospital discharge team told us she could often tell that a home had"
        " lost its manager before anyone told her officially: ‘The phone stops being answered by"
        " someone who knows the residents.’\n\n"
        "A care worker said the matron told her: ‘Never leave a resident alone at night.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["workforce", "other"]


def test_a_news_page_s_caption_label_is_no_part_of_the_speaker(lexicon: RoleLexicon) -> None:
    text = (
        'Video caption, Rachel Dunmore MP said families had been "let down" by everyone\n\n'
        "The home has been rated inadequate.\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("political", "Rachel Dunmore MP")]


def test_the_words_a_speaker_quotes_are_second_hand(lexicon: RoleLexicon) -> None:
    text = (
        "The chief executive of the provider alliance closed the conference.\n\n"
        "He quoted Dame Cicely Saunders, the founder of the modern hospice movement: ‘You "
        "matter because you are you.’\n\n"
        "The report quotes a registered manager who said: ‘We are exhausted.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["other", "provider"]


def test_a_meeting_s_numbered_notes_and_public_questions_are_turns(lexicon: RoleLexicon) -> None:
    # (as the cleaner gives them: a label's line joined to the words under it)
    notes = (
        "2. THE PROPOSAL\n\n"
        "2.1 Ruth Okafor (Director of Adult Social Services): Thanked people for coming and set"
        " out why the council was consulting.\n\n"
        "2.2 Tom Blake (Registered Manager, Elm House) [verbatim]: I run a care home of forty"
        " beds and we have been paid below cost for three years.\n\n"
        "2.3 Ruth Okafor: Said that the cost of care exercise would be published in full.\n\n"
        "2.4 The Chair asked the meeting to let speakers finish without interruption.\n\n"
        "2.5 Tom Blake [verbatim, read from his notes]: Then publish it before you decide.\n"
    )
    got = [(t[:12], role, speaker) for t, role, speaker in quoted(notes, lexicon)]
    assert got == [
        ("Thanked peop", "director", "Ruth Okafor (Director of Adult Social Services)"),
        ("I run a care", "provider", "Tom Blake (Registered Manager, Elm House)"),
        ("Said that th", "director", "Ruth Okafor"),  # not on into the Chair's paragraph
        ("Then publish", "provider", "Tom Blake"),
    ]
    minutes = (
        "Question 1 - Mrs Jean Hale (Ashworth Ward)\n\n"
        "Mrs Hale: I have looked after my husband at home for nine years and had two weeks' respite.\n\n"
        "Response - Councillor Patel, Cabinet Member for Adult Social Care and Health: Thank you,"
        " Mrs Hale. I am sorry, and we are opening six more beds.\n\n"
        "Supplementary question - Mrs Hale: Who will make sure it happens this time?\n\n"
        "Response - Councillor Patel: I will, and I will report it to Cabinet.\n\n"
        "Question 2 - Mr Dean Walsh (Registered Manager, Moorside House)\n\n"
        "Mr Walsh: Our wage bill will rise by more than the fee.\n\n"
        "Response - Councillor Patel: We will meet providers in January.\n"
    )
    got = [(t[:12], speaker) for t, _, speaker in quoted(minutes, lexicon)]
    assert got == [
        ("I have looke", "Mrs Hale"),
        ("Thank you, M", "Councillor Patel, Cabinet Member for Adult Social Care and Health"),
        ("Who will mak", "Mrs Hale"),
        ("I will, and ", "Councillor Patel"),  # not on into the next question's heading
        ("Our wage bil", "Mr Walsh"),
        ("We will meet", "Councillor Patel"),
    ]


def test_network_comments_copied_without_the_degree_badge(lexicon: RoleLexicon) -> None:
    # the name alone on its line over the headline, the age and the words; the post's own card,
    # edited and public, heads the document's own words
    text = (
        "Gareth Pryce\nOwner at Oakfield House Care Home 1w • Edited • 🌐\n\n"
        "We interviewed six people last month. Four didn't turn up.\n\n"
        "Most relevant\n\n"
        "Graham Pettifer\nDirector of Adult Social Services at Kelsford County Council 3w Really"
        " thoughtful piece Gareth. Procurement law pushes us to big lots. Reply 23 Reactions 4"
        " Replies\n\n"
        "Kev Dobson\nSenior Care Assistant 3w This is literally me every week. Reply 57 Reactions\n"
    )
    got = [(t[:14], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [("Really thought", "director"), ("This is litera", "workforce")]
    assert all(not t.endswith(("Replies", "Reactions")) for t, _, _ in quoted(text, lexicon))


def test_a_profile_s_title_a_contents_page_lists_is_no_turn(lexicon: RoleLexicon) -> None:
    # "Name: title" heads each profile of a booklet (the cleaner joins its lines), and the
    # contents page lists them with their pages
    text = (
        "Contents Foreword 3 Ann Lowe: the rota as a leadership tool 6 Grace Hale: going back to"
        " the people we moved 7 Sam Reed: opening the books 8 Tom Birch: growing our own 10\n\n"
        "Ann Lowe: the rota as a leadership tool Registered manager, Linden Court · 2019 cohort"
        " Ann started in care at nineteen.\n\n"
        "Grace Hale: going back to the people we moved Social worker · 2021 cohort ‘I came into"
        " social work to sit with people,’ says Grace Hale, a senior social worker in Brackenshire"
        " County Council’s east locality team.\n\n"
        "Sam Reed: opening the books Director of adult social services · 2020 cohort Sam"
        " published the council's costs.\n\n"
        "Tom Birch: growing our own Deputy manager · 2022 cohort Tom runs the apprentices.\n"
    )
    assert [(t[:12], role) for t, role, _ in quoted(text, lexicon)] == [
        ("‘I came into", "workforce")
    ]


def test_a_survey_s_respondent_code_before_the_row_label(lexicon: RoleLexicon) -> None:
    text = (
        "4.2 Rotas\n\n"
        '[S-051] Care worker, Eastgate, less than 1 year "Travel time between calls is not paid'
        ' properly."\n\n'
        '[S-131] Registered manager, Eastgate branch "We are recruiting well but losing too many'
        ' people in their first 12 weeks."\n'
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [
        ("workforce", "Care worker, Eastgate, less than 1 year"),
        ("provider", "Registered manager, Eastgate branch"),
    ]


def test_someone_answering_a_report_s_comments_under_a_label(lexicon: RoleLexicon) -> None:
    text = (
        # (the label's line break may stay: the cleaner keeps a line a colon ends)
        "Response from Gillian Sorensen, Managing Director:\nThank you for being so honest about"
        " the mileage rate.\n\n"
        '[S-009] Field care supervisor, Harrowfield "The new induction is so much better."\n\n'
        "Gillian's response: To [S-066]: you are right, and I am sorry.\n\n"
        '[S-088] Care worker, Eastgate "Nobody from the office ever says well done."\n\n'
        "Gillian's response: Thank you for these. The family app has been one of our successes.\n"
    )
    assert [(t[:14], r) for t, r, _ in quoted(text, lexicon)] == [
        ("Thank you for ", "provider"),
        ('"The new induc', "workforce"),
        ("To [S-066]: yo", "provider"),
        ('"Nobody from t', "workforce"),
        ("Thank you for ", "provider"),
    ]


def test_a_participle_after_a_hyphened_word_modifies_the_noun_after_it(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Nicola Brereton, head of all-age continuing care commissioning at NHS Wendleford ICB,"
        " said: ‘Too many people were dying in hospital.’\n\n"
        "She remembers the discharge co-ordinator telling her, ‘Don’t worry, the system will"
        " pick him up from here.’\n"
    )
    assert next((r, s) for _, r, s in quoted(text, lexicon)) == (
        "nhs",
        "Nicola Brereton, head of all-age continuing care commissioning at NHS Wendleford ICB",
    )
    assert quoted(text, lexicon)[1][2] == "She remembers the discharge co-ordinator"


def test_the_writer_s_credit_line_in_a_speech_s_or_a_blog_s_header(lexicon: RoleLexicon) -> None:
    speech = (
        "SPEECH TEXT\n\n"
        "Dr Sade Adeyemi, Director of Adult Social Services, Kingsmere City Council\n"
        "Keynote address to the Northern Care Leaders Summit\n\n"
        "Thank you, Chair. Last winter the hospital was full, and I said: ‘Escalate to whom?"
        " There isn’t anyone above me.’\n"
    )
    blog = (
        "Adults and Health blog\n\n"
        "Posted by Hannah Pryce, Director of Adult Social Care, on 17 March 2025\n\n"
        "Every March I sit down with the winter's figures. I said to the whole team on our call:"
        " ‘You are not the reason the hospital is full.’\n"
    )
    assert [r for _, r, _ in quoted(speech, lexicon)] == ["director"]
    assert [r for _, r, _ in quoted(blog, lexicon)] == ["director"]
    # a credit line alone is the writer's only in a speech's header: a page's first quoted
    # speaker is not its writer
    page = (
        "Dr Sade Adeyemi, Director of Adult Social Services, Kingsmere City Council\n\n"
        "I said: ‘Escalate to whom?’\n"
    )
    assert [r for _, r, _ in quoted(page, lexicon)] != ["director"]


def test_an_aside_between_dashes_before_the_words_is_none_of_the_cue_s(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Last year the minister for care told us the government understood. She said – and I"
        " wrote it down – “We will not ask councils to deliver reform without the means.”\n"
    )
    assert [(r, s) for _, r, s in quoted(text, lexicon)] == [("national", "She")]


def test_a_cast_line_with_a_hyphened_part_lists_its_person(lexicon: RoleLexicon) -> None:
    text = (
        "Moderator: Ruth (Westmere Research)\n"
        "Note-taker: Sam, carers support worker, Brackenshire Carers Centre\n\n"
        "Ruth: Sam from the Carers Centre is taking notes. Carol, you first.\n\n"
        "Carol: I have waited a year for an assessment.\n\n"
        "Ruth: Sam, is that something you see a lot at the Centre?\n\n"
        "Sam: Yes, the waiting list for carers' assessments is long.\n\n"
        "Ruth: Thank you. Carol?\n\n"
        "Carol: It is.\n"
    )
    assert ("Yes, the waiting list for carers' assessments is long.", "workforce", "Sam") in (
        quoted(text, lexicon)
    )


def test_a_post_at_a_body_named_before_s(lexicon: RoleLexicon) -> None:
    # the body's own page named it in full; another, unlisted, is a national body's
    text = (
        "Harbour Lane Care Group runs eleven care homes across Lancashire.\n\n"
        "Harbour Lane’s chief executive, Claire Whitworth-Adu, said: ‘The thing that jumped out"
        " at us was not pay.’\n\n"
        "Common Ground's chief executive, Dele Adebayo, said: ‘User-led organisations are not a"
        " nice extra.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["provider", "national"]


def test_a_body_s_name_before_s_is_no_name_of_its_officer(lexicon: RoleLexicon) -> None:
    # "Harbour Lane Care" met again is the body, not its director: the later "she" is the
    # social worker the paragraph is about
    text = (
        "‘What Grace did we have now rolled out,’ says Harbour Lane Care’s operations director,"
        " Gillian Shaw.\n\n"
        "‘I came into social work to sit with people,’ says Grace Whitfield, a senior social worker"
        " in the county’s east locality team. ‘The coaching was the bit that did it,’ she says."
        " Figures supplied by Harbour Lane Care.\n\n"
        "She is less sanguine about her profession. In her team, she says, four of eleven posts"
        " are filled by agency staff, ‘some of them brilliant, some of them gone in three weeks’.\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)][-1] == "workforce"


def test_a_title_and_a_letter_keep_a_person_who_draws_on_care_anonymous(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Mrs H told us: ‘They rang me at four o’clock to say he was coming home.’\n\n"
        "Ms K said: ‘I kept being told I was on a list.’\n\n"
        "Mr J Smith said: ‘The car park is full again.’\n"
    )
    assert [r for _, r, _ in quoted(text, lexicon)] == ["user", "user", "other"]


def test_a_member_of_a_group_the_text_says_what_it_is(lexicon: RoleLexicon) -> None:
    text = (
        "Harrowfield Voices was set up in 2021 with funding from the council and now has 42"
        " members: people who draw on care and support, carers and family members. We held two"
        " sessions with the Partnership Board and a session with staff from the social work"
        " teams.\n\n"
        + "Waiting lists fell in every locality this year, and the time to a first assessment"
        " fell by a third. "
        * 30
        + "\n\nAs one member of Harrowfield Voices put it: ‘The first time I sat on an interview"
        " panel I was terrified.’\n\n"
        "A member of the Partnership Board said: ‘The easy read was good.’\n"
    )
    roles = [r for _, r, _ in quoted(text, lexicon)]
    assert roles[0] == "user"
    assert roles[1] != "workforce"  # not the staff the sentence goes on to


def test_a_member_quoting_a_post_at_a_kind_of_body_gives_the_person_s_words(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Lord Hebblethwaite (Lab)\n\n"
        "My Lords, I declare an interest as a former chief executive of an NHS acute trust. The"
        " chief executive of one integrated care board told me recently, “We have 42 leadership"
        " programmes in our system and only two of them are open to care home managers.”\n\n"
        "Baroness Thursby (Con)\n\n"
        "My Lords, I declare my interest as a director of a family-owned care home group.\n\n"
        "Lord Carradine (CB)\n\n"
        "My Lords, I spent eleven years as a director of adult social services.\n\n"
        "Baroness Pennington of Holme (Lab)\n\n"
        "My Lords, I am grateful to all noble Lords.\n"
    )
    got = [(t[:14], r) for t, r, _ in quoted(text, lexicon)]
    assert ("“We have 42 le", "nhs") in got


def test_a_host_reading_out_a_message_gives_its_sender_s_words(lexicon: RoleLexicon) -> None:
    text = (
        "PHIL: Good morning, you're listening to the phone-in on Elm Lodge.\n\n"
        "JAN: My mum has been there six years.\n\n"
        "PHIL: Thank you, Jan. Before we finish, the council has sent us a statement from its"
        " director of adult social services, Steve Okafor. He says: “Our priority is the safety"
        " of every resident.” Back to the calls.\n\n"
        "JAN: That's not enough.\n\n"
        "PHIL: Thank you all.\n"
    )
    got = [(t[:12], r) for t, r, _ in quoted(text, lexicon)]
    assert ("“Our priorit", "director") in got


def test_a_thread_copied_without_blank_lines_gives_each_post_to_its_poster(
    lexicon: RoleLexicon,
) -> None:
    # each post's handle, rank and date on lines of their own, the controls of the post before
    # run on above them, and an earlier post quoted in the paragraph under "wrote:"
    def post(handle: str, rank: str, stamp: str, words: str) -> str:
        return f"Like (3)\nReply\nQuote\nReport\n{handle}\n{rank}\n{stamp}\n{words}\n"

    text = (
        "Carers' Corner community forum\n\nRespite - has anyone actually got any?\n\n"
        "Started by Maple_Mags · 2 June 2025 · 4 replies\n\n"
        "Maple_Mags\nMember · 12 posts\n2 June 2025, 21:05\n"
        "My mum has had dementia for six years and I have not had a night off since April.\n\n"
        + post(
            "Harbour_Pete",
            "Member · 880 posts · Retired social worker",
            "3 June 2025, 08:40",
            "Ask the council for a carer's assessment in writing and keep a copy of it.",
        )
        + post(
            "Maple_Mags",
            "Member · 12 posts",
            "3 June 2025, 19:12",
            "Quote\nHarbour_Pete wrote:\n"
            "Ask the council for a carer's assessment in writing and keep a copy of it.\n"
            "Thank you Pete, I emailed them tonight and asked for one properly.",
        )
        + post(
            "Jules_cares",
            "Member · 40 posts",
            "4 June 2025, 10:02",
            "Similar story here, my dad lives with us and the wait was nine weeks. "
            "The letter I got back says:\n\n"
            '"You do not currently have eligible needs under the Care Act 2014."',
        )
    )
    got = [(q[:14], role, speaker) for q, role, speaker in quoted(clean_text(text).text, lexicon)]
    assert got[:5] == [
        ("My mum has had", "user", "Maple_Mags"),  # what her first post says she is
        ("Ask the counci", "workforce", "Harbour_Pete"),  # his rank's words
        ("Ask the counci", "workforce", "Harbour_Pete"),  # his post, quoted by hers
        ("Thank you Pete", "user", "Maple_Mags"),  # her own words under it
        ("Similar story ", "user", "Jules_cares"),  # up to the sentence that introduces
    ]


def test_a_web_copy_of_a_transcripts_stamped_labels_on_lines_of_their_own(
    lexicon: RoleLexicon,
) -> None:
    # a podcast page's transcript as a browser copy gives it: each "Name  00:04" a paragraph of
    # its own, the words under it
    text = (
        "With me are Marcus Adeyemi, director of adult social services at Fenwold County Council, "
        "and Bernadette Collins, who runs Northway Homecare.\n\n"
        "Transcript\n\n"
        "Imogen Lake 00:04\n\n"
        "Hello and welcome. Marcus, how does Friday afternoon look from where you sit?\n\n"
        "Marcus Adeyemi 01:22\n\n"
        "Honestly, Friday afternoon is when all the pressure in the system lands on one desk.\n\n"
        "Imogen Lake 02:31\n\n"
        "Bernadette, you're one of the people getting those phone calls.\n\n"
        "Bernadette Collins 02:35\n\n"
        "I am. I have a phone that I'm slightly frightened of on a Friday.\n\n"
        "Marcus Adeyemi 03:10\n\n"
        "I'd take that offer, by the way.\n"
    )
    got = [(t[:10], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Hello and ", "other", "Imogen Lake"),  # a name the page places nowhere
        ("Honestly, ", "director", "Marcus Adeyemi"),
        ("Bernadette", "other", "Imogen Lake"),
        ("I am. I ha", "provider", "Bernadette Collins"),
        ("I'd take t", "director", "Marcus Adeyemi"),
    ]


def test_a_chamber_named_in_a_sentence_makes_no_record_of_it(lexicon: RoleLexicon) -> None:
    turns = (
        "Imogen Lake: Marcus, how does Friday afternoon look from where you sit?\n\n"
        "Marcus Adeyemi: It is when all the pressure in the system lands on one desk.\n\n"
        "Imogen Lake: And the providers?\n\n"
        "Marcus Adeyemi: They are paid too little, and they know it.\n"
    )
    told = (
        "It comes a month after the minister told a Westminster Hall debate that the"
        " government was committed to the market.\n\n"
    )
    got = [(s, r) for _, r, s in quoted(told + turns, lexicon)]
    assert ("Imogen Lake", "political") not in got  # a podcast's host, no member
    # under the record's own heading, whoever speaks under their name is a member
    got = [(s, r) for _, r, s in quoted("Westminster Hall\n\n" + turns, lexicon)]
    assert ("Imogen Lake", "political") in got


def test_a_voice_a_transcript_could_not_name_is_whom_their_words_make_them(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Imogen Lake: Let's go to the audience.\n\n"
        "Unknown Speaker: Hi, thank you. I'm a social worker in the discharge team at the"
        " hospital.\n\n"
        "Imogen Lake: Thank you. Another question there?\n\n"
        "Speaker 7: Sorry, can I come in. Rachel Dunmore, I'm the cabinet member for adult social"
        " care here.\n\n"
        "Imogen Lake: Thank you, Councillor. One more?\n\n"
        "Unknown Speaker: Thanks. Yeah, just a quick one for the panel.\n\n"
        "Imogen Lake: And from the back?\n\n"
        "VOICE (OFF-SCREEN): They've painted the hallway, but have they fixed the bells?\n"
    )
    got = [(s, r) for _, r, s in quoted(text, lexicon) if s != "Imogen Lake"]
    assert got == [
        ("Unknown Speaker", "workforce"),
        ("Speaker 7", "political"),
        ("Unknown Speaker", "interviewee"),
        ("VOICE (OFF-SCREEN)", "interviewee"),  # a film's voice heard off screen
    ]


def test_a_documentarys_subtitles_each_line_on_its_time(lexicon: RoleLexicon) -> None:
    # a broadcast's subtitle transcript: every line opens on its time, a speaker's first line
    # is cut off mid-sentence, and the captions stand between the turns
    text = (
        "00:10:59 NARRATOR: In the weeks after the inspection, the council stopped placing new\n\n"
        "00:11:04 residents at Fernbrook.\n\n"
        "00:11:14 [CAPTION: Cllr Helen Firth - Cabinet Member for Adult Social Care]\n\n"
        "00:11:14 FIRTH: Suspending placements is never a decision we take lightly, because it\n\n"
        "00:11:19 means fewer beds in a town that hasn't got enough.\n\n"
        "00:12:02 NARRATOR: Around two thirds of the residents are funded by the council.\n\n"
        "00:12:22 [CAPTION: Gareth Lowe - Owner, Evergreen Care Homes]\n\n"
        "00:13:24 GARETH: Seven hundred and eighty pounds doesn't cover it. Our private\n\n"
        "00:13:29 residents pay eleven hundred and fifty for the same room.\n\n"
        "00:13:51 [STAFF ROOM. CHAIRS SCRAPING]\n\n"
        "00:15:08 FIRTH: I went in unannounced on a Sunday, and I saw the difference.\n"
    )
    got = [(t[:20], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Suspending placement", "political", "FIRTH"),
        ("00:11:19 means fewer", "political", "FIRTH"),
        ("Seven hundred and ei", "provider", "GARETH"),
        ("00:13:29 residents p", "provider", "GARETH"),
        ("I went in unannounce", "political", "FIRTH"),
    ]  # the narrator's lines are the film's own; a caption or a direction ends a turn


QA_EXPORT = """Q&A
========================================================================

Q1 | 10:14:32 | Jo Pargeter (unpaid carer) | Upvotes: 27
\tWhen Mum's enquiry happened I was told it was about her, so I couldn't be told anything.

\tAnswer | 10:17:45 | Deborah Ames - Principal Social Worker, Westhaven Council (Panellist)
\tJo, I'm really sorry that happened. You should be involved as her representative.

Q2 | 10:16:10 | Mark Dunmore - Registered Manager, Oakfield Lodge | Upvotes: 31
\tWe raise concerns all the time and then hear nothing back.

\tAnswer | 10:23:11 | Paul Gurney - AD Safeguarding & Quality, Stourmoor CC (Panellist)
\tFrom April we've made closure feedback to the referrer a standard.

Q3 | 10:37:18 | Gareth Lyle | AD Adults | Northby Council | Upvotes: 16
\tFor Paul - how have you protected practice time?

\tAnswer | 10:45:02 | Paul Gurney - AD Safeguarding & Quality, Stourmoor CC (Panellist)
\tGareth, we haven't cracked it.

Q4 | 10:53:40 | Lucy Abara | Upvotes: 6 [answered live]
\tCan the panel say something about MSP for people who self-neglect?

Q5 | 10:55:02 | Jo Pargeter (unpaid carer) | Upvotes: 4 [answered live]
\tWhat would you say to a carer who feels shut out?
"""


def test_a_webinar_platforms_questions_and_answers_under_headed_fields(
    lexicon: RoleLexicon,
) -> None:
    text = clean_text(QA_EXPORT).text
    got = [(t[:12], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("When Mum's e", "user"),  # "(unpaid carer)"
        ("Jo, I'm real", "workforce"),  # the post after the dash
        ("We raise con", "provider"),
        ("From April w", "director"),
        ("For Paul - h", "director"),  # "AD Adults", the post between bars
        ("Gareth, we h", "director"),
        ("Can the pane", "other"),  # a name alone (the lexicon's `fallback.named`)
        ("What would y", "user"),
    ]


def test_a_forum_card_over_its_date_and_number_on_one_line(lexicon: RoleLexicon) -> None:
    # the card a line an item, then the post's date and number together ("11 Feb 2025 #2")
    text = (
        "AMA: I've managed a care home for nine years. Ask me anything\n\n"
        "Jo_Larkfield_RM\nVerified AMA guest\nRegistered care home manager\nJoined: Feb 2025\n"
        "Messages: 41\n\n11 Feb 2025 #2\n\n"
        "Hi everyone! Thanks for having me. I started as a care assistant at 17.\n\n"
        "Reactions: ThreadUK_Mods and 212 others Reply\n\n"
        "Sunflower_Sal\nMember\nJoined: Mar 2019\nMessages: 88\n\n11 Feb 2025 #3\n\n"
        "My mum has been in a nursing home for 18 months. How do I know she's safe?\n\n"
        "Reactions: Marnie_B and 4 others Reply\n\n"
        "Jo_Larkfield_RM\nVerified AMA guest\nRegistered care home manager\nJoined: Feb 2025\n"
        "Messages: 41\n\n11 Feb 2025 #4\n\n"
        "First of all, you sound like a brilliant daughter. Visit at odd times.\n"
    )
    got = [(t[:10], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Hi everyon", "provider", "Jo_Larkfield_RM"),  # the manager's title on her card
        ("My mum has", "user", "Sunflower_Sal"),
        ("First of a", "provider", "Jo_Larkfield_RM"),
    ]


ORAL_QUESTIONS = """House of Commons
Oral Answers to Questions

The Secretary of State was asked—

Adult Social Care: Workforce

11:30:00
1. Rachel Ogunleye (Eastbrook and Tilling) (Lab)
What steps his Department is taking to improve recruitment in the care workforce. [902311]

The Minister for Care (Lorna Fairbairn)
This Government inherited a social care workforce in crisis.

Rachel Ogunleye
I thank the Minister for that answer. Will the fair pay agreement cover travel time?

Lorna Fairbairn
My hon. Friend speaks powerfully for care workers across the country.

Sir Geoffrey Pask (Wealdon Downs) (Con)
The Minister talks about fair pay. What does she say to the providers?

Lorna Fairbairn
I say to them that we have made available more funding this year.

Topical Questions

T1. Lucy Brennan (Ravensholme) (Lab)
If he will make a statement on his departmental responsibilities. [902330]
"""


def test_hansards_oral_questions_each_under_its_number_and_asker(lexicon: RoleLexicon) -> None:
    text = clean_text(ORAL_QUESTIONS).text
    got = [(t[:10], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("What steps", "political", "Rachel Ogunleye (Eastbrook and Tilling) (Lab)"),
        ("This Gover", "national", "The Minister for Care (Lorna Fairbairn)"),
        ("I thank th", "political", "Rachel Ogunleye"),  # the member asked before
        ("My hon. Fr", "national", "Lorna Fairbairn"),
        ("The Minist", "political", "Sir Geoffrey Pask (Wealdon Downs) (Con)"),
        ("I say to t", "national", "Lorna Fairbairn"),
        ("If he will", "political", "Lucy Brennan (Ravensholme) (Lab)"),
    ]  # the question's number and the time over it are no one's words


def test_a_letters_page_where_a_reply_names_the_writer_before(lexicon: RoleLexicon) -> None:
    text = (
        "Day centres must stay open\n\n"
        "My son has gone to Marsh Lane for twenty years. He will not understand why it shuts.\n\n"
        "Margaret Holloway, Ashby Road, Ravensmoor\n\n"
        "The council is listening\n\n"
        "I have read your readers' letters with care. No decision has been made yet.\n\n"
        "Cllr Helen Dunmore, Cabinet Member for Adult Social Care, Ravensmoor Council\n\n"
        "A fee freeze is a cut by another name\n\n"
        "Cllr Dunmore says in her reply that the council will look at each home. We have heard"
        " that before.\n\n"
        "Sanjay Mehta, owner of Elmwood House care home\n\n"
        "As a GP, I see what happens when care fails\n\n"
        "Every week I see older patients stuck in hospital with no home care package ready.\n\n"
        "Dr Fiona Leckie, GP partner, Moorside Medical Practice\n\n"
        "Editor's note: We asked the NHS for a response to Dr Leckie's letter.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(text, lexicon)]
    assert got == [
        ("My son has", "user"),
        ("I have rea", "political"),  # the next letter, not a profile, names her again
        ("Cllr Dunmo", "provider"),
        ("Every week", "nhs"),  # so does the editor's note under the letter
    ]


def test_letters_signed_by_an_initial_a_bracket_or_withheld(lexicon: RoleLexicon) -> None:
    text = (
        "Fifteen minutes is not care\n\n"
        "I have been a home care worker in Ravensmoor for 14 years. The rounds get longer.\n\n"
        "Name and address supplied (Ravensmoor home care worker)\n\n"
        "The council must balance its books\n\n"
        "I am sorry for the families involved, but somebody has to say it.\n\n"
        "D. Carr, Westgate\n\n"
        "My brother will not understand why\n\n"
        "My brother Carl is 52 and has gone to Marsh Lane since it opened.\n\n"
        "Anne-Marie Foster, Ravensmoor\n\n"
        "We have been here before\n\n"
        "I made decisions like these myself and I do not pretend they were easy.\n\n"
        "Bernard Quill (retired), Fenwick Lane, Ravensmoor\n"
    )
    got = [(t[:10], speaker) for t, _, speaker in quoted(text, lexicon)]
    assert got == [
        ("I have bee", "Name and address supplied (Ravensmoor home care worker)"),
        ("I am sorry", "D. Carr, Westgate"),
        ("My brother", "Anne-Marie Foster, Ravensmoor"),
        ("I made dec", "Bernard Quill (retired), Fenwick Lane, Ravensmoor"),
    ]


def test_a_writer_placed_by_the_last_post_of_a_working_life(lexicon: RoleLexicon) -> None:
    text = (
        "Fifteen minutes is not care\n\n"
        "I have been a home care worker in Ravensmoor for 14 years. The rounds get longer.\n\n"
        "Name and address supplied\n\n"
        "My brother will not understand why\n\n"
        "My brother Carl is 52 and has gone to Marsh Lane since it opened.\n\n"
        "Anne-Marie Foster, Ravensmoor\n\n"
        "We have been here before\n\n"
        "I spent 31 years in social services, the last eight as director of adult social services"
        " in a neighbouring county, so I have some sympathy for the officers.\n\n"
        "Bernard Quill (retired), Fenwick Lane, Ravensmoor\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)][-1] == "director"


def test_readers_questions_credited_by_first_name_and_town(lexicon: RoleLexicon) -> None:
    text = (
        'Dr Farah Iqbal, a senior fellow at the think tank, said: "Every government has blinked."'
        "\n\n"
        '"Why does the help you get depend on which council you live under?" - Graham, Taunton\n\n'
        "Councils must apply national eligibility rules.\n\n"
        '"My mum is 86 and has been fit to leave hospital for three weeks." - Deepa, Leicester\n'
    )
    got = [(t[:8], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got[1:] == [
        ('"Why doe', "interviewee", "Graham, Taunton"),  # not the fellow quoted before
        ('"My mum ', "user", "Deepa, Leicester"),  # her words make her a relative
    ]


def test_a_name_and_its_initials_in_brackets_before_the_post(lexicon: RoleLexicon) -> None:
    text = (
        "FIVE MINUTES WITH DR NIAMH CORRIGAN\n\n"
        "Dr Niamh Corrigan (NC) became Director of Adult Social Services at Hebbleton Council in"
        " January, joining from a deputy director role in the Midlands.\n\n"
        "Q: You've been in post for ten weeks. What has surprised you most?\n\n"
        "NC: How much people in Hebbleton want to be involved.\n\n"
        "Q: What keeps you awake at night?\n\n"
        "NC: Waiting lists. We have more than 600 people waiting.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "NC"),
        ("director", "NC"),
    ]  # "(NC)" between the name and "became" is the name's, not the end of it


def test_an_inquirys_numbers_for_written_evidence_code_no_group(lexicon: RoleLexicon) -> None:
    text = (
        "Written evidence is cited by its submission number (for example, WE031).\n\n"
        "The Homecare Association's written evidence argued that:\n\n"
        "The absence of a mandatory, funded leadership programme for registered managers in home"
        " care is a false economy. (WE054)\n\n"
        "The NHS Confederation, in its written evidence, accepted that:\n\n"
        "Integrated care systems have yet to realise their promise for social care. (WE089)\n\n"
        "5 Estimate supplied by ADASS in written evidence (WE012).\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]
    # "(WE012)" after ADASS's name codes a submission: "WE" stands for no directors


def test_comments_under_a_byline_of_their_own(lexicon: RoleLexicon) -> None:
    article = "The director spoke to us about practice leadership and the NHS. " * 12
    text = (
        article + "\n\nComments are moderated.\n\n"
        "Marcus J · Registered manager, home care · 2 days ago\n\n"
        "Really refreshing to hear a director admit that a 7% uplift won't cover the wage bill.\n\n"
        "Reply · Like (14)\n\n"
        "SocialWorkerNW · 2 days ago\n\n"
        "I worked in Wyvern for three years. Can confirm the practice forums are real.\n\n"
        "Reply · Like (9)\n\n"
        "D. Hartley · 1 day ago\n\n"
        "Another director telling us everything is fine while the sector burns.\n\n"
        "Reply · Like (3)\n\n"
        "Sam P · 20 hours ago\n\n"
        "The minister told MPs last week that \u201csocial care is a priority\u201d. Come and see.\n\n"
        "Reply · Like (17)\n"
    )
    got = [(t[:10], role, speaker) for t, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Really ref", "provider", "Marcus J · Registered manager, home care"),
        ("I worked i", "workforce", "SocialWorkerNW"),  # by the handle's words
        ("Another di", "interviewee", "D. Hartley"),
        ("\u201csocial ca", "national", "The minister"),  # the comment reports someone: theirs
    ]


def test_a_webinar_platforms_anonymous_and_last_questions(lexicon: RoleLexicon) -> None:
    export = QA_EXPORT + (
        "\nQ6 | 10:58:11 | Anonymous Attendee | Upvotes: 19\n"
        "\tWhy isn't there proper national data on MSP?\n\n"
        "\tAnswer | 10:59:40 | Paul Gurney - AD Safeguarding & Quality, Stourmoor CC (Panellist)\n"
        "\tThere should be.\n\n"
        "Q7 | 11:01:02 | Kerry-Ann Wilde | Social Worker | Brackton Council | Upvotes: 14\n"
        "\tFor Yvonne: how do you involve residents with advanced dementia?\n\n"
        "Q8 | 11:02:18 | Tom Reed - Care Worker, Oakfield Lodge | Upvotes: 13\n"
        "\tPlea from the night staff: please tell us the outcome.\n"
    )
    got = [(t[:12], role) for t, role, _ in quoted(clean_text(export).text, lexicon)]
    assert got[8:] == [
        ("Why isn't th", "interviewee"),  # asked without a name
        ("There should", "director"),
        ("For Yvonne: ", "workforce"),  # whom the question is for is no label
        ("Plea from th", "workforce"),  # the last question, after the last answer
    ]


def test_a_list_of_answers_each_credited_after_a_dash_on_its_line(lexicon: RoleLexicon) -> None:
    # a PDF page with no blank lines: each answer closes with its credit, which may wrap
    page = (
        "We ended every interview with the same question: what should the people leading care"
        " today\nknow? A selection of the answers follows:\n"
        "\u2018Don\u2019t confuse a contract with a relationship.\u2019 \u2013 Derek Lomax, former"
        " director of\nsocial services\n"
        "\u2018Pay for care as if your own mother was on the rota.\u2019 \u2013 Sunita Rai, former"
        " home care\nagency owner\n"
        "\u2018Ask the carer first. We usually know.\u2019 \u2013 Jean Cartwright, carer\n"
        "\u2018Put your name to your decisions.\u2019 \u2013 Tom Birkett, former councillor\n"
    )
    got = [role for _, role, _ in quoted(clean_text(page).text, lexicon)]
    assert got == ["director", "provider", "user", "political"]  # not one block, the first's


def test_remembering_something_before_a_colon_introduces_ones_own_words(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Above the organisers sat the department.\n\n"
        "Tom Birkett, who chaired the social services committee from 1986 to 1998, remembers a"
        " council that ran its own services:\n\n"
        "We were a Labour council with a Conservative government and no money.\n\n"
        "I remember the chief executive saying:\n\n"
        "Nobody in this building will ever be thanked for a balanced budget.\n"
    )
    got = [(t[:10], (speaker or "")[:11]) for t, _, speaker in quoted(text, lexicon)]
    assert got[0] == ("We were a ", "Tom Birkett")  # the committee's chair, remembering
    assert ("Nobody in ", "I") not in got  # what someone else said, remembered


def test_a_quotation_closing_before_a_lists_next_item_ends_its_paragraph(
    lexicon: RoleLexicon,
) -> None:
    page = (
        "\u2022 Care workers told us their rotas did not always allow enough travel time. One\n"
        "care worker said:\n"
        "\u201cOn the Fenby round you can have three calls back to back on the rota\n"
        "with no travel time in between, and that\u2019s\nnot fair on anyone.\u201d\n"
        "\u2022 Another care worker commented, \u201cI love the job, I just wish the rota was real.\u201d\n"
        "\u2022 The registered manager told us they had started to recruit staff who lived in the\n"
        "northern villages. They said, \u201cIt\u2019s starting to help.\u201d\n"
    )
    got = [(t[:9], role) for t, role, _ in quoted(clean_text(page).text, lexicon)]
    assert got == [
        ("\u201cOn the F", "workforce"),
        ("\u201cI love t", "workforce"),  # not the block's words, quoting a second care worker
        ("\u201cIt\u2019s sta", "provider"),
    ]


def test_a_consultation_comment_credited_by_respondent_type_and_channel(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "What people told us about day services\n\n"
        "\u201cThe day centre staff notice things before anyone else does.\u201d (Health"
        " professional, online survey)\n\n"
        "\u201cThe council has to live within its means.\u201d (Member of the public, online"
        " survey)\n\n"
        "\u201cWithout Marsh Lane I would not cope.\u201d (Family carer, drop-in session)\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["nhs", "interviewee", "user"]
    # the channel ("online survey") is how they answered, not a publication


def test_reading_out_what_someone_wrote_gives_the_writers_words(lexicon: RoleLexicon) -> None:
    text = (
        "My Lords, I rise to speak.\n\n"
        "Last week a director of adult social services in the north-west wrote to me. I will not"
        " name her or her council, but I will read what she said:\n\n"
        "\u201cWe are now spending 64p in every pound of our budget on adult social care.\u201d\n\n"
        "That is damning.\n"
    )
    assert [(role, speaker) for _, role, speaker in quoted(text, lexicon)] == [
        ("director", "she")
    ]  # the director's own words, read out: not the reader's, nor second-hand


def test_a_boxs_last_credit_before_the_next_sections_heading(lexicon: RoleLexicon) -> None:
    page = (
        "What our partners say\n"
        "\u2018Fernbank changed how we think about our learning disability programme.\u2019\n"
        "Dr Naomi Petts, Director of Commissioning, Calderbrook Integrated Care Board\n"
        "\u2018Fernbank\u2019s apprenticeship work has given us a model we are now\n"
        "sharing with other employers across the region.\u2019\n"
        "Owen Gallagher, Locality Manager, Skills for Care\n"
        "Independent evaluation\n"
        "In 2023 we commissioned the Centre for Disability Research to evaluate our peer support\n"
        "programme, funded by a three-year grant. The researchers interviewed 24 participants.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(clean_text(page).text, lexicon)]
    assert got[-1] == ("\u2018Fernbank\u2019", "national")  # the credit under it, Skills for Care's


def test_a_members_speech_reading_out_what_someone_wrote(lexicon: RoleLexicon) -> None:
    text = (
        "Baroness Fenwick of Thorne (LD)\nMy Lords, I am grateful to all noble Lords.\n\n"
        "Lord Ashworth (Con)\nMy Lords, it is a pleasure to follow the noble Baroness.\n\n"
        "Last week a director of adult social services in the north-west wrote to me. I will not"
        " name her or her council, but I will read what she said:\n\n"
        "\u201cWe are now spending 64p in every pound of our budget on adult social care.\u201d\n\n"
        "She went on: \u201cNobody from the department has visited us in five years.\u201d\n\n"
        "That, my Lords, is a damning sentence.\n\n"
        "Lord Haverley (Lab)\nMy Lords, I draw attention to my registered interests.\n\n"
        "Baroness Pryor (Con)\nMy Lords, I declare my interest as chair of a care group.\n"
    )
    got = [(t[:10], role) for t, role, _ in quoted(text, lexicon)]
    assert ("My Lords, ", "political") in got  # the members' speeches
    assert ("\u201cWe are no", "director") in got  # her own words read out, not second-hand
    assert ("\u201cNobody fr", "director") in got  # and so, as she goes on


def test_a_petition_s_signers_under_their_reasons(lexicon: RoleLexicon) -> None:
    text = (
        "Reasons for signing Showing 4 of 1,186 reasons Sort by: Most liked | Newest\n\n"
        "\"I'm a support worker at the centre and I've been there eleven years.\" Tariq Hussain ·"
        " Eastfield · 5 weeks ago ♥ 118 Report\n\n"
        "\"As one of the ward councillors for Eastfield I've signed because the consultation has"
        ' not been honest." Cllr Peter Ainsworth · Eastfield · 4 weeks ago ♥ 88 Report\n\n'
        '"My late mum went to the older people\'s group there for six years." Anne-Marie Doyle ·'
        " Medbourne · 3 weeks ago ♥ 57 Report\n\n"
        '"Because it\'s the right thing to do." Graham Lowe · Sandford · 4 weeks ago ♥ 31 Report\n'
    )
    got = [(role, speaker) for _, role, speaker in quoted(text, lexicon)]
    assert got[:3] == [
        ("workforce", "Tariq Hussain"),
        ("political", "Cllr Peter Ainsworth"),
        ("user", "Anne-Marie Doyle"),
    ]
    # the page's age, likes and "Report" after a name are no post: not a document's words
    assert got[3][1] == "Graham Lowe" and got[3][0] != "document"


def test_a_writer_who_is_the_one_post_of_its_kind(lexicon: RoleLexicon) -> None:
    text = (
        "29/02/2024, 08:30 - Messages and calls are end-to-end encrypted. Tap to learn more.\n\n"
        "29/02/2024, 08:41 - Priya Nandra: Thanks Lorraine and hello all. For those who don't know"
        " me I'm the Skills for Care locality manager for Ribbleford, and I run the network"
        " meetings.\n\n"
        "29/02/2024, 08:44 - Amy Cole: I'm the registered manager at Brookfield and we closed"
        " because the sums don't add up.\n"
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("Priya Nandra", "national"),
        ("Amy Cole", "provider"),
    ]


def test_a_chat_s_senders_introducing_themselves_to_the_group(lexicon: RoleLexicon) -> None:
    text = (
        "26/02/2024, 07:58 - Messages and calls are end-to-end encrypted. Tap to learn more.\n\n"
        '26/02/2024, 07:58 - Lorraine Pike created group "Area RM Network"\n\n'
        "26/02/2024, 08:04 - Dev Chauhan: Thanks Lorraine, long overdue this. Dev, RM at Kestrel"
        " Home Care, 140 clients across the north of the borough\n\n"
        "26/02/2024, 08:05 - Siobhan Walsh: Siobhan, Meadowcroft Nursing Home (48 beds, mostly"
        " nursing dementia). Brilliant idea\n\n"
        "26/02/2024, 08:09 - +44 7700 900318: Hi everyone Kerry here, RM at Willow Home Care in"
        " Ashworth. Is there anything in writing yet about the uplift?\n\n"
        "27/02/2024, 13:31 - +44 7700 900318: Sorry to ask again but has anyone heard from"
        " brokerage today?\n\n"
        "27/02/2024, 13:40 - Dev Chauhan: Not a word. Thanks Siobhan, that's useful.\n"
    )
    got = [(speaker, role) for _, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("Dev Chauhan", "provider"),
        ("Siobhan Walsh", "provider"),
        ("+44 7700 900318", "provider"),
        ("+44 7700 900318", "provider"),  # the number's later message: the same sender
        ("Dev Chauhan", "provider"),
    ]


def test_a_radio_newsroom_s_audio_cards(lexicon: RoleLexicon) -> None:
    text = (
        "0700 BULLETIN READ BY: DAN TARGET DUR: 3'00\"\n\n"
        "STORY 1: HANDBACK (lead) - CUE + 2 CLIPS\n\n"
        "The county's director of adult social services says nobody will be left without care:\n\n"
        "CLIP: WHITLOCK 1 (Graham Whitlock, Director of Adult Social Services, Marlshire County"
        " Council)\n"
        "FILE: whitlock_0615.wav\n"
        'IN: "Nobody will be left..."\n\n'
        'OUT: "...as quickly as we can."\n\n'
        "DUR: 0'24\" TRANSCRIPT: Nobody will be left without the care they've been assessed as"
        " needing. We'll move people as quickly as we can.\n\n"
        "WEATHER: Cloudy and damp, brightening up later. Eleven degrees.\n\n"
        "1300 BULLETIN READ BY: LAUREN TARGET DUR: 4'00\"\n\n"
        "Speaking at County Hall this morning, he said families would be told first:\n\n"
        "CLIP: WHITLOCK 2 (press conference, County Hall, 1115)\n"
        "FILE: whitlock_presser_1115.wav\n"
        'IN: "We will contact..."\n\n'
        "DUR: 0'27\" TRANSCRIPT: We will contact every family, every single one, before anyone"
        " moves.\n\n"
        "CLIP: WHITLOCK 1 (as 0700) TRANSCRIPT: Nobody will be left without the care they've been"
        " assessed as needing.\n"
    )
    got = [(q[:12], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got == [
        (
            "Nobody will ",
            "director",
            "Graham Whitlock, Director of Adult Social Services, Marlshire County Council",
        ),
        ("We will cont", "director", "Whitlock"),  # recorded where and when, by the slug's name
        ("Nobody will ", "director", "Whitlock"),  # played again, as an earlier bulletin did
    ]
    # the card's in and out words, its duration and the weather are no one's quotations


def test_a_body_the_text_says_represents_providers_is_a_providers_body(
    lexicon: RoleLexicon,
) -> None:
    text = (
        "Nadia Castellino took over as chief executive of the Independent Care Network (ICN) on 4"
        " March. ICN represents around 1,900 small and medium-sized care home and home care"
        " providers in England. This represents a rise of a fifth since 2019.\n\n"
        "ICN chair Graham Oyelaran said: ‘Our members wanted someone who knows their week.’\n\n"
        "‘We will not be the polite voice in the room any more,’ said Ms Castellino, chief"
        " executive of the Independent Care Network.\n\n"
        "A director in a two-tier county said: ‘She is a tough negotiator.’\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["provider", "provider", "director"]
    # "Network" alone would make it a national body


def test_a_record_s_list_of_initials_before_names(lexicon: RoleLexicon) -> None:
    text = (
        "ADULTS SCRUTINY PANEL\n\nEVIDENCE SESSION: DAY OPPORTUNITIES\n\n"
        "Speakers are identified by the initials shown below.\n\n"
        "PRESENT\n\nPanel members\nAB Cllr Aisha Begum (Chair)\nTW Cllr Tom Whitlock"
        " (Vice-Chair)\n\nCo-opted member (non-voting)\n\n"
        "OT Owen Tranter, Co-chair, Medbourne Learning Disability Partnership Board (expert by"
        " experience)\n\nWitnesses\nKL Karin Lindqvist, Director of Adult Social Care\n\n"
        "1. EVIDENCE\n\n"
        "Q1. AB: Why did the council consult on closing three centres at once?\n\n"
        "KL: I think that's a fair challenge, and I'd rather answer it honestly.\n\n"
        "TW: So the honest position is that the savings are not yet certain.\n\n"
        "Q4. OT: I want to ask about the word community. I go to Fenwick on Tuesdays.\n\n"
        "OT: So would people still have their keyworker?\n\n"
        "KL: That is one of the things we need to design with people.\n\n"
        "Q5. TW: Can I ask how staff were told about the proposals?\n\n"
        "KL: By email, and I accept that was not good enough.\n"
    )
    assert [(speaker, role) for _, role, speaker in quoted(text, lexicon)] == [
        ("AB", "political"),
        ("KL", "director"),
        ("TW", "political"),
        ("OT", "user"),  # not a committee member's question, nor an occupational therapist's
        ("OT", "user"),
        ("KL", "director"),
        ("TW", "political"),
        ("KL", "director"),
    ]


def test_a_log_s_lines_each_a_label_and_a_quotation(lexicon: RoleLexicon) -> None:
    text = (
        "From: Daniel Price, Commissioning Manager\nSent: 14 March 2025 08:12\n\n"
        "Brokerage have made contact with 148 of the 212 people so far. Comments logged"
        " (anonymised, the codes are brokerage's):\n\n"
        'F07 (daughter): "Mum\'s carers are the only people she sees most days."\n'
        'F12 (person receiving care): "As long as someone comes at the right time I don\'t mind."\n'
        'F19 (son): "We were told about this by the carer, not by you."\n\n'
        "Daniel\n"
    )
    got = [(q[:12], role, speaker) for q, role, speaker in quoted(text, lexicon)]
    assert got == [
        ("\"Mum's carer", "user", "daughter"),
        ('"As long as ', "user", "person receiving care"),
        ('"We were tol', "user", "son"),
    ]
    # each line's quotation is its own, not one block of the email's writer


def test_a_tribunal_speaks_in_its_judgment(lexicon: RoleLexicon) -> None:
    text = (
        "The claimant, a registered manager, had emailed the regional director about staffing.\n\n"
        "Applying that test, the tribunal said: ‘The email gives the number of staff and the"
        " shifts affected.’ The tribunal was careful to add that this was ‘not a finding that the"
        " claimant’s concerns were right’.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["document", "document"]


def test_minutes_whose_attendance_list_was_run_together(lexicon: RoleLexicon) -> None:
    text = (
        "CASTLEBROOK COUNTY UNISON BRANCH\nSPECIAL MEMBERS' MEETING\n\nMINUTES\n\n"
        "PRESENT\nOfficers Dennis Mulhearn (DM) Branch Chair; reablement support worker, Castlebrook"
        " North (chair) Shirley Okafor (SO) Home Care Convenor and steward; home carer, Northside"
        " patch Guests Carol Whitworth (CW) Assistant Director, Provider Services, Adult Social"
        " Care, Castlebrook County Council (item 4 only) Paul Rigby (PR) Registered Manager,"
        " Castlebrook Care at Home (item 4 only) Irene Coulthard (IC) Family carer, attending at the"
        " branch's invitation (item 5)\n\n"
        "4. HOME CARE ROTA CHANGES\n\n"
        'Q - Lukasz Nowak (home carer, Eastfield): "Who do I ring at seven in the morning?"\n\n'
        'A - PR: "You ring the coordinator, same as now."\n\n'
        'A - CW: "Inside each half. Between the two blocks you\'re not working."\n\n'
        '5.1 SO said: "None of those numbers will surprise anybody here."\n\n'
        '5.2 IC said: "I\'m not here to take sides. Ray has had the same three carers."\n'
    )
    assert [role for _, role, _ in quoted(text, lexicon)][1:] == [
        "provider",  # "A - PR:", the answer of the list's "Paul Rigby (PR) Registered Manager"
        "director",
        "workforce",
        "user",
    ]


def test_a_writer_who_says_when_they_work_and_where(lexicon: RoleLexicon) -> None:
    text = (
        "16/03/2024, 09:01 - Messages and calls are end-to-end encrypted. Tap to learn more.\n\n"
        "16/03/2024, 09:02 - Holly Ames: I work nights in a nursing home in Bolton. We lost two"
        " seniors there last year.\n\n"
        "16/03/2024, 09:05 - Sam Peel: I work weekends at a day centre and it's the same there.\n"
    )
    assert [role for _, role, _ in quoted(text, lexicon)] == ["workforce", "workforce"]
