"""Line-level checks on the real story for safeguarding fixes no general lint rule can see (issue 16).

Each test names the step it guards, so a rewrite that brings the old wording back fails here.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from game.content.compile import load_story_dir, read_project
from game.placeholders import fill
from game.story import ChoiceStep, LineStep, QuizStep, Step, Story

STORY_DIR = Path(__file__).resolve().parents[2] / "story"


@cache
def story() -> Story:
    return load_story_dir(STORY_DIR)


def step(chapter_id: str, step_id: str) -> Step:
    chapter = next(c for c in story().chapters if c.id == chapter_id)
    return next(s for s in chapter.steps if s.id == f"{chapter_id}.{step_id}")


def line(chapter_id: str, step_id: str) -> tuple[str, str]:
    found = step(chapter_id, step_id)
    assert isinstance(found, LineStep)
    return found.text.ko, found.text.en


def answer(chapter_id: str, step_id: str, answer_id: str):
    quiz = step(chapter_id, step_id)
    assert isinstance(quiz, QuizStep)
    return next(a for a in quiz.answers if a.id == answer_id)


def option(chapter_id: str, step_id: str, option_id: str):
    choice = step(chapter_id, step_id)
    assert isinstance(choice, ChoiceStep)
    return next(o for o in choice.options if o.id == option_id)


# -- 1. channels -----------------------------------------------------------------------------------


def test_the_safeguarding_checks_run_on_the_real_story():
    """The real story has many {danger} texts and wrong answers, and none of them trips a safeguarding check."""
    project, diagnostics = read_project(STORY_DIR)
    codes = {"missing-channel", "danger-not-urgent", "praises-unsafe-motive", "should-have"}
    assert [d.format() for d in diagnostics if d.code in codes] == []
    raw = "".join(p.read_text(encoding="utf-8") for p in STORY_DIR.rglob("*.yaml"))
    assert raw.count("{danger}") >= 20 and raw.count("{talk}") >= 10
    assert {region.id for _src, region in project.regions} == set(story().regions)


def test_the_lines_the_review_named_no_longer_send_worries_to_the_danger_number():
    """Mrs Choi's report, the 'tell if…' lines, the when-quiz and the neglect report-quiz use the right channel."""
    assert "{report}" in line("emotional", "neighbour-call")[1]  # an adult reports: the report channel
    for step_id in ("report-physical", "report-emotional", "report-neglect", "report-sexual"):
        ko, en = line("reporting", step_id)
        assert en.startswith("Tell if") and "{" not in en + ko, step_id
    when = step("reporting", "when-quiz")
    assert isinstance(when, QuizStep) and "{talk}" in when.question.en and "{danger}" not in when.question.en
    anyone = answer("neglect", "report-quiz", "anyone").explanation
    assert "{talk}" in anyone.en and "{danger}" not in anyone.en


def test_outside_korea_the_danger_number_is_never_shown_for_an_ordinary_worry():
    """Filled for the UK, every line showing 999 says the danger is now (or is about fire and ambulances)."""
    region = story().regions["en-GB"]
    for chapter in story().chapters:
        for s in chapter.steps:
            if isinstance(s, LineStep):
                en = fill(s.text.en, region, "en")
                if "999" in en:
                    assert re.search(r"\bnow\b|danger|ambulance", en), (chapter.id, s.id, en)


# -- 3. over-promises ----------------------------------------------------------------------------


def test_no_line_promises_what_no_one_can_promise():
    """No "you won't get in trouble" to a child whose family may be angry, no "the grown-ups will keep you safe"."""
    ko, en = line("physical", "no-trouble")
    assert "might be upset" in en and "not your fault" in en and "plan" in en
    assert "속상해할 수도" in ko and "잘못이 아니에요" in ko
    ko, en = line("reporting", "reporter-safe")
    assert "won't" not in en and "private" in en and "이름을 지켜" in ko
    ko, en = line("body-safety", "officer-safe")
    assert "will keep you safe" not in en and "make a plan" in en and "방법을 함께 찾을게요" in ko
    assert option("finale", "promise-choice", "keep-telling").feedback.en.endswith("you can tell the next one.")
    assert "keep you safe" not in line("finale", "adults-promise")[1].replace("all we can to keep you safe", "")


# -- 4. the safety hand ------------------------------------------------------------------------------


def test_the_prologue_teaches_places_not_fixed_fingers():
    """No "Thumb: family … Ring finger: a police officer"; three places, police optional, skip the one hurting you."""
    prologue = next(c for c in story().chapters if c.id == "prologue")
    english = " ".join(s.text.en for s in prologue.steps if isinstance(s, LineStep))
    assert "Thumb" not in english and "Ring finger" not in english
    assert "at least three places" in line("prologue", "hand-three-places")[1]
    assert "doesn't have to be" in line("prologue", "hand-three-places")[1]
    ko, en = line("prologue", "hand-skip")
    assert en == "If someone on your hand is the one hurting you, skip them and tell another finger."
    assert "건너뛰고" in ko


# -- 5. feedback on unsafe answers -----------------------------------------------------------------


def test_wrong_answers_name_the_feeling_without_praising_the_unsafe_act():
    """The keep-secret, send-one and already-sent texts no longer call the unsafe wish kind or sending okay."""
    keep = answer("physical", "report-quiz", "keep-secret").explanation
    assert "kind" not in keep.en and "다정" not in keep.ko
    send = answer("body-safety", "online-quiz", "send-one").explanation
    assert "kind" not in send.en and "고와요" not in send.ko and "never have to send" in send.en
    ko, en = line("body-safety", "already-sent")
    assert "it's okay" not in en.lower() and "still not your fault" in en and "괜찮아요" not in ko


# -- 6. words for ordinary arguing and for "often" --------------------------------------------------


def test_korean_calls_it_hurting_each_other_not_arguing():
    """서로 다투는 (ordinary arguing) is not abuse: the emotional chapter says 서로 아프게 하는, as the English does."""
    emotional = next(c for c in story().chapters if c.id == "emotional")
    assert emotional.content_note is not None and "다투" not in emotional.content_note.ko
    assert "서로 아프게" in emotional.content_note.ko
    assert all("다투" not in o.ko for o in emotional.objectives)
    assert "다투" not in line("emotional", "not-your-job")[0]


def test_comparison_and_shaming_are_abuse_only_when_they_keep_happening():
    """One comparison is not abuse: the second examples line says 자꾸/늘 and often/always."""
    ko, en = line("emotional", "emotional-examples-2")
    assert "자꾸" in ko and "늘" in ko and "often" in en and "always" in en


# -- 7. naming sexual abuse -------------------------------------------------------------------------


def test_sexual_abuse_is_named_once_calmly_after_the_body_rules():
    """Like the other three kinds, sexual abuse gets its name, right after the rules, with "never your fault"."""
    chapter = next(c for c in story().chapters if c.id == "body-safety")
    ids = [s.id.split(".", 1)[1] for s in chapter.steps]
    assert ids.index("rule-pictures") < ids.index("sexual-abuse-word") < ids.index("rule-say-no")
    ko, en = line("body-safety", "sexual-abuse-word")
    assert ko.startswith("어른이 몸의 규칙을 어기는 걸 '성학대'라고 해요.")
    assert en.startswith("When a grown-up breaks the body rules, it is called sexual abuse.")
    named = [s.id for c in story().chapters for s in c.steps if isinstance(s, LineStep) and "성학대" in s.text.ko]
    assert named == ["body-safety.sexual-abuse-word"]


def test_the_finale_quiz_names_all_four_kinds():
    """The four-kinds quiz's right answer and explanation say the four names in both languages."""
    right = answer("finale", "quiz-four-kinds", "four-kinds")
    for ko_name in ("신체학대", "정서학대", "방임", "성학대"):
        assert ko_name in right.text.ko and ko_name in right.explanation.ko
    for en_name in ("physical", "emotional", "neglect", "sexual"):
        assert en_name in right.text.en.lower() and en_name in right.explanation.en.lower()


# -- 8. and 9. -------------------------------------------------------------------------------------------


def test_deserve_not_should_have():
    """Minjun hears "You deserve food and a warm coat", and the choice no longer silences the blaming check."""
    chosen = option("neglect", "comfort-choice", "you-deserve")
    assert chosen.text.en == "\"You deserve food and a warm coat.\""
    assert "권리가 있어" in chosen.text.ko
    source = (STORY_DIR / "neglect.yaml").read_text(encoding="utf-8")
    assert "allow: [victim-blaming]" not in source


def test_getting_safe_comes_before_shouting_at_an_adult_who_hits():
    """`say-stop` puts getting to a safe place first and no longer tells a child to shout at the adult."""
    ko, en = line("physical", "say-stop")
    assert en.startswith("If someone hurts you, get to a safe place first")
    assert "먼저 안전한 곳" in ko and "Stop!" not in en and "그만해요" not in ko


# -- 14. smaller wording ------------------------------------------------------------------------------


def all_korean_and_english() -> tuple[str, str]:
    """Every Korean and every English text of the story, chapters and mini-games, joined."""
    from tests.content.test_story_coverage import story_texts

    texts = story_texts()
    return " ".join(t.ko for t in texts), " ".join(t.en for t in texts)


def test_one_word_for_unsafe_secrets_in_each_language():
    """걱정되는 비밀 / "unsafe secret": no 불편한·무거운·말해야 할 비밀, no "worried" or "worrying" secrets."""
    ko, en = all_korean_and_english()
    for drift in ("불편한 비밀", "무거운 비밀", "말해야 할 비밀", "걱정되고 무거운"):
        assert drift not in ko, drift
    for drift in ("worried secret", "worrying secret", "secret that worries"):
        assert drift not in en, drift
    assert ko.count("걱정되는 비밀") >= 5 and en.count("unsafe secret") >= 5


def test_the_smaller_wording_slips_stay_fixed():
    """풍경 종 (not scenery), 계속 말해요, no 그래서 혼나지, a party is no 선물, no US school beside 'telling tales'."""
    ko, en = all_korean_and_english()
    assert "풍경 종" in line("emotional", "quiet-street")[0] and "풍경 종" in line("emotional", "time-moves")[0]
    assert "계속이요" not in ko and "그래서 혼나지" not in ko
    party = answer("body-safety", "secret-quiz", "surprise-party").explanation.ko
    assert "파티" in party and "선물" not in party
    assert "Elementary" not in en


def test_english_says_what_the_korean_says():
    """The friend hides a bruise "even on hot days" (더운 날에도), and the doctor asks first, then checks (진찰해요)."""
    friend = step("physical", "friend-quiz")
    assert isinstance(friend, QuizStep) and "더운 날에도" in friend.question.ko and "hot days" in friend.question.en
    doctor = answer("body-safety", "body-quiz", "doctor-asks-first").text
    assert "진찰해요" in doctor.ko and "asks first, then checks" in doctor.en


# -- 15. continuity and what happens after telling ----------------------------------------------------


def test_no_practice_call_is_about_doyun_after_he_got_help():
    """The reporting chapter comes after Doyun was helped: its practice call is the child's own."""
    pool = story().minigames["call-112"]["reporting"]
    assert "Doyun" not in pool.instructions.en and "도윤" not in pool.instructions.ko
    assert all("Doyun" not in item.text.en for q in pool.questions for item in q.items)


def test_the_flinch_sign_matches_doyuns_story():
    """Doyun flinched when a friend waved; the playground's flinch sign is a friend's wave too, not a teacher's."""
    assert "friend waved" in line("physical", "meet-doyun")[1]
    flinch = next(i for i in story().minigames["spot-the-signs"]["physical"].items if i.id == "flinch")
    assert flinch.feedback.en.startswith("A friend only waved hello") and "teacher" not in flinch.feedback.en
    assert flinch.feedback.ko.startswith("친구가") and "선생님" not in flinch.feedback.ko


def test_what_happens_after_telling_is_told_honestly():
    """After the helpers go: they ask questions, a trusted adult can stay, the family gets help too."""
    chapter = next(c for c in story().chapters if c.id == "reporting")
    ids = [s.id.split(".", 1)[1] for s in chapter.steps]
    order = ["helpers-go", "what-next", "after-questions", "after-stay", "after-family", "haneul-heard"]
    assert [i for i in ids if i in order] == order
    assert "ask him some questions" in line("reporting", "after-questions")[1]
    assert "only needs to say what he knows" in line("reporting", "after-questions")[1]
    stay_ko, stay_en = line("reporting", "after-stay")
    assert "can stay with him" in stay_en and "곁에 있어" in stay_ko
    family_ko, family_en = line("reporting", "after-family")
    assert "family gets help too" in family_en and "가족도 도움을" in family_ko


def test_korean_children_still_hear_that_abuse_is_reported_on_112():
    """BRIEF §1.4: "아동학대는 112로 신고해요" is right for Korean children; the officer says it via {danger.note}."""
    korea = story().regions["ko-KR"].numbers["danger"].note
    assert korea is not None and "아동학대도 112로 신고해요" in korea.ko and "reported on 112" in korea.en
    assert line("reporting", "report-note") == ("{danger.note}", "{danger.note}")
    uk = story().regions["en-GB"].numbers["danger"].note
    assert uk is not None and "reported" not in uk.en  # elsewhere the emergency number is for danger now only
