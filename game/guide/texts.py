# ruff: noqa: E501  (ruff counts Korean characters double-width; these prose lines stay readable as written)
"""Fixed teacher-guide and family-letter wording in Korean and English.

Facts come from ../shared/content/BRIEF.md (§1.5 reporting duty, §1.8 fingerprint pre-registration,
§2.7 working with adults, §5.1 "If a child may disclose"). Helpline numbers are never typed here: the
placeholders `{danger}`, `{talk}`, `{report}`, `{emergency}` are filled from the chosen region, like the story's
texts; outside Korea the guide carries that region's route only (no Korean law).
"""

from __future__ import annotations

from game.story import Text

KOREA = "ko-KR"


def t(ko: str, en: str) -> Text:
    """A short constructor for the two-language texts below."""
    return Text(ko=ko, en=en)


GUIDE_TITLE = t("교사용 안내서", "Teacher guide")
LETTER_TITLE = t("가정통신문", "A letter to families")
CONTENTS = t("차례", "Contents")
REGION_LABEL = t("도움 번호 지역", "Helpline region")
GENERATED = t("이 안내서는 아이들이 플레이하는 것과 같은 이야기 파일에서 만들어졌어요.",
              "This guide is generated from the same story files the children play.")

HOW_TO_HEADING = t("수업에서 게임을 쓰는 방법", "Using the game in class")
HOW_TO: tuple[Text, ...] = (
    t("아이들에게 보여 주기 전에 이 안내서를 읽고, 가능하면 직접 한 번 플레이해 보세요. 아이들은 질문을 하거나 자기 이야기를 꺼낼 수 있어요.",
      "Read this guide and, if you can, play the game once yourself before the children do. Children will ask "
      "questions and may share their own experiences."),
    t("한 번에 한 장씩, 여러 차례에 나누어 진행하세요. 네 번 이상 나누어 직접 연습할 때 효과가 가장 커요. 끝난 장은 지도에서 언제든 다시 할 수 있어요.",
      "Play one chapter per session, over several sessions: programmes with four or more sessions and active "
      "practice work best. Finished chapters can be replayed from the town map at any time."),
    t("각 장을 시작하기 전에 내용 안내를 함께 읽고, 쉬고 싶은 아이는 언제든 멈춰도 된다고 말해 주세요. 메뉴에는 마음을 가라앉히는 쉬는 시간이 있어요.",
      "Before each chapter, read its content note together and say that anyone may stop and take a break. "
      "The menu has a calm-down break."),
    t("퀴즈에서 틀려도 벌은 없어요. 게임이 이유를 설명하고 아이가 다시 골라요. 장이 끝나면 아래의 이야기 나누기 질문을 쓰세요.",
      "Wrong quiz answers are never punished: the game explains and the child picks again. After each chapter, "
      "use the discussion prompts below."),
    t("아이에게 자기 일을 적거나 말하라고 하지 마세요. 이야기 속 인물에 대해서만 묻고 답해요. 게임은 아무것도 기록하지 않고, 신고를 받을 수도 없어요.",
      "Never ask children to write or say what has happened to them; ask only about the story's characters. "
      "The game records nothing and cannot take reports."),
    t("모든 화면 오른쪽 위의 '도움' 단추(또는 F1 키)는 도움 번호와 안전 손을 보여 줘요.",
      "The Help button at the top right of every screen (or the F1 key) shows the helplines and the safety hand."),
)

SUMMARY = t("줄거리", "Summary")
OBJECTIVES = t("학습 목표", "Learning objectives")
OBJECTIVES_LEAD = t("이 장을 마치면 아이들은 다음을 할 수 있어요.", "Children will be able to:")
CONTENT_NOTE = t("내용 안내 (장을 시작할 때 아이들에게 보여 줘요)",
                 "Content note (shown to children before the chapter)")
DISCUSSION = t("아이들과 나눌 질문 (학급 모드에서 장이 끝나면 화면에 나와요)",
               "Questions for the class (shown on screen after the chapter in classroom mode)")
TEACHER_NOTES = t("선생님께 (아이들에게는 보이지 않아요)", "Notes for you (never shown to children)")
MINIGAMES = t("미니게임: 연습하는 기술", "Mini-games: the skill practised")
QUIZZES = t("퀴즈와 정답", "Quizzes and answer key")
QUESTION = t("문제", "Question")
CORRECT = t("정답", "Correct")
NOT_CORRECT = t("오답", "Not correct")
EXPLANATION = t("설명", "Explanation")
NO_QUIZ = t("이 장에는 퀴즈가 없어요.", "This chapter has no quiz.")

DISCLOSE_HEADING = t("아이가 이야기를 꺼낸다면", "If a child tells you")
DISCLOSE_LEAD = t(
    "아이들이 플레이하는 동안이나 끝난 뒤에 자기 이야기를 꺼낼 수 있어요. 예방 교육에서는 이런 일이 흔해요. 그럴 때는 이렇게 해 주세요.",
    "While or after playing, a child may tell you about their own life. This is common in prevention lessons. "
    "If it happens:")
DISCLOSE: tuple[Text, ...] = (
    t("하던 일을 멈추고 온전히 귀 기울여 주세요. 차분함을 유지하고, 아이가 자기 속도로 말하게 해 주세요. 여러 번에 걸쳐 이야기할 수도 있어요.",
      "Give the child your full attention. Stay calm and let the child set the pace; it may take several "
      "conversations."),
    t("아이가 한 말을 아이의 말 그대로 되짚어 주세요. 캐묻거나 유도하는 질문은 하지 마세요.",
      "Repeat back what the child says, in their own words. Don't press for details or ask leading questions."),
    t("말해 준 것은 잘한 일이고, 네 잘못이 아니라고 말해 주세요.",
      "Tell the child they did the right thing by telling you, and that it is not their fault."),
    t("비밀로 하겠다고 약속하지 마세요. 도와줄 수 있는 어른들에게 알려야 한다는 것과 앞으로 어떤 일이 있을지 설명해 주세요.",
      "Don't promise to keep it secret. Explain that you need to tell people who can help, and what happens next."),
    t("학대했다고 의심되는 사람을 직접 찾아가거나 따지지 마세요.", "Don't confront the alleged abuser."),
    t("바로 신고하고, 아이가 한 말과 날짜, 시간을 그대로 기록해 두세요.",
      "Report soon, and write down what the child said, in their words, with the date and time."),
)
DISCLOSE_REPORT_KOREA = t(
    "한국에서는 {report}({report.name})에 신고해요. {report}는 시·군·구의 아동학대전담공무원과 수사기관에 닿는 통합 번호이고, 시·군·구에 직접 신고할 수도 있어요. 확실하지 않아도 의심만으로 신고할 수 있고, 주소를 알면 꼭 알려 주세요.",
    "In Korea, report to {report} ({report.name}): the combined number that reaches the local government's "
    "child-abuse officers and the police. You may also report to the local government (시·군·구) directly. "
    "Suspicion is enough; give the child's address if you know it.")
DISCLOSE_REPORT_OTHER = t(
    "아이가 지금 위험하다면 {danger}({danger.name})에 전화하세요. 그 밖에는 학교의 아동 보호 절차를 따르세요. 이 지역에서 아동학대를 알리는 곳은 아래 '걱정을 알리는 곳'에 있어요.",
    "If a child is in danger right now, call {danger} ({danger.name}). Otherwise, follow your school's "
    "safeguarding procedure; where abuse is reported in this region is under 'Reporting a worry' below.")
DISCLOSE_SOURCE = t("NSPCC의 'Let children know you're listening' 안내를 바탕으로 했어요.",
                    "Based on the NSPCC's advice \"Let children know you're listening\".")

DUTY_HEADING = t("교직원의 신고 의무 (대한민국)", "Reporting duty of school staff (South Korea)")
DUTY: tuple[Text, ...] = (
    t("누구나 아동학대를 신고할 수 있어요 (아동학대범죄의 처벌 등에 관한 특례법 제10조 제1항).",
      "Anyone may report child abuse (Act on Special Cases Concerning the Punishment of Child Abuse Crimes, "
      "Art. 10(1))."),
    t("유치원과 학교 교직원은 신고의무자예요. 학원·어린이집 종사자, 의사와 간호사, 구급대원, 사회복지사, 아이돌보미도 마찬가지예요. "
      "일하면서 아동학대를 알게 되거나 의심이 들면 즉시 {report}나 시·군·구(아동학대전담공무원)에 신고해야 해요. 의심만으로도 충분해요 (제10조 제2항).",
      "School and kindergarten staff are mandatory reporters (신고의무자), as are hakwon and daycare staff, doctors "
      "and nurses, paramedics, social workers and babysitters. When their work gives them knowledge or suspicion "
      "of abuse, they must report at once to {report} or the local government's child-abuse officers (시·군·구); "
      "suspicion is enough (Art. 10(2))."),
    t("신고하지 않으면 1천만 원 이하의 과태료를 물어요 (제63조, 이전에는 500만 원).",
      "Failing to report brings an administrative fine of up to 10 million won (Art. 63; earlier 5 million)."),
    t("신고자는 보호받아요. 신고자의 신원은 공개되지 않고(제10조 제3항), 신고를 이유로 불이익을 줄 수 없으며(제10조의2), "
      "「특정범죄신고자 등 보호법」의 증인 보호 조치가 적용돼요(제10조의3).",
      "Reporters are protected: their identity must not be disclosed (Art. 10(3)), no disadvantage may be imposed "
      "for reporting (Art. 10-2), and the witness-protection measures of the Act on the Protection of Specific "
      "Crime Informants apply (Art. 10-3)."),
    t("짐작이나 일부 정보만으로도 신고할 수 있지만, 방문을 위해 아이의 주소가 필요해요. 신고의무자는 해마다 교육을 받아요.",
      "Guesses and partial details are acceptable, but the child's address is needed for the visit. Mandatory "
      "reporters are trained every year."),
)
# Outside Korea: that region's route only, from its region file (BRIEF §4); where the brief has no source for
# a duty, the guide says to follow the school's safeguarding procedure.
ROUTE_HEADING = t("걱정을 알리는 곳", "Reporting a worry")
ROUTE: tuple[Text, ...] = (
    t("아이가 지금 위험하다면 {danger}({danger.name})에 전화하세요. 이 번호는 지금 위험할 때만 걸어요.",
      "If a child is in danger right now, call {danger} ({danger.name}). The number is for danger right now only."),
    t("학교에서는 학교의 아동 보호 절차를 따르세요. 선생님의 신고 의무도 그 절차에 따라요.",
      "At school, follow your school's safeguarding procedure; it also sets out your own duty to report."),
    t("이 지역에서 아동학대를 알리는 곳: {route}. {report.note}",
      "Where abuse is reported in this region: {route}. {report.note}"),
    t("아이가 이야기하고 싶을 때는 {talk.name}({talk})이 있어요. {talk.note}",
      "A child who wants to talk can call {talk.name} on {talk}. {talk.note}"),
)
ROUTE_UNCERTAIN = t("이 게임의 바탕 자료로는 이 지역의 신고 경로를 확인하지 못했어요. 지역의 아동 보호 기관에 꼭 확인하세요.",
                    "The research this game is built on could not confirm this region's reporting route: check it "
                    "with your local child-protection service.")

HELPLINES_HEADING = t("도움 번호", "Helplines")
HELPLINE_ROLE = t("무엇을 위한 번호", "What it is for")
HELPLINE_NAME = t("이름", "Name")
HELPLINE_NUMBER = t("번호", "Number")
HELPLINE_NOTE = t("안내", "Note")
ROLE_NAMES: dict[str, Text] = {
    "danger": t("지금 위험할 때", "Danger right now"),
    "talk": t("아이가 이야기하고 싶을 때", "When a child wants to talk"),
    "report": t("아동학대를 알리는 곳", "Where abuse is reported"),
    "emergency": t("불이 나거나 구급차가 필요할 때", "Fire or an ambulance"),
}
HELPLINES_CHECK = t("번호는 배포 전에 다시 확인하세요. 전화는 무료예요.",
                    "Check every number before use. The calls are free.")
UNCERTAIN = t("(확인 필요)", "(to be confirmed)")

# -- Family letter -------------------------------------------------------------------------------------------
LETTER_GREETING = t("보호자님께", "Dear families,")
LETTER_INTRO = t(
    "우리 반 아이들이 「{title}」 게임을 했어요. 아이가 시간이 멈춘 마을을 되살리는 시간지기가 되어, 힘든 일을 겪는 아이들을 도우며 스스로를 지키는 방법을 배우는 이야기예요. "
    "무섭거나 아픈 장면은 나오지 않아요.",
    "Our class has played \"{title}\". Your child became a time keeper who brings a frozen town back to life by "
    "helping children who are going through hard times, and learned how to keep safe. There are no scary or "
    "hurtful pictures.")
LETTER_PLAYED = t("아이가 한 것", "What your child played")
LETTER_MESSAGES_LEAD = t("아이가 배운 중요한 말", "The key messages")
LETTER_MESSAGES: tuple[Text, ...] = (
    t("내 몸과 마음은 소중해요. 수영복으로 가려지는 곳은 나만의 소중한 곳이에요.",
      "My body and feelings matter. The parts a swimsuit covers are private."),
    t("싫다고 말하고, 그 자리를 피하고, 믿을 수 있는 어른에게 말해요. 누군가 도와줄 때까지 계속 말해요.",
      "Say no, get away, and tell a trusted adult. Keep telling until someone helps."),
    t("깜짝 선물은 괜찮지만, 걱정되는 비밀은 말해도 돼요.", "Surprises are fine, but unsafe secrets are okay to tell."),
    t("학대는 절대 아이의 잘못이 아니에요.", "Abuse is never the child's fault."),
)
LETTER_TALK = t("집에서 이야기 나누는 방법", "Talking about it at home")
LETTER_TALK_ITEMS: tuple[Text, ...] = (
    t("게임에서 누구를 도왔는지, 어떤 조각을 찾았는지 물어보세요. 아이가 이끄는 대로 들어 주세요.",
      "Ask who your child helped in the game and which time pieces they found. Let your child lead."),
    t("아이와 함께 '안전 손'을 그려 보세요. 가족, 학교, 이웃 등 적어도 세 곳에서 믿을 수 있는 어른 다섯 명을 떠올려요.",
      "Draw a safety hand together: five trusted adults from at least three places, such as family, school "
      "and the neighbourhood."),
    t("깜짝 선물과 걱정되는 비밀의 차이를 이야기해 보세요. 걱정되는 비밀은 약속을 깨고 말해도 괜찮다고 알려 주세요.",
      "Talk about surprises and unsafe secrets, and say it is always okay to break a promise to tell an "
      "unsafe secret."),
    t("아이가 걱정되는 이야기를 꺼내면 차분히 들어 주고, 말해 줘서 고맙다고, 네 잘못이 아니라고 말해 주세요.",
      "If your child tells you something worrying, stay calm, listen, thank them for telling you and say it is "
      "not their fault."),
)
LETTER_HELPLINES = t("도움이 필요할 때", "If you need help")
FINGERPRINT_HEADING = t("실종 아동 예방: 지문 등 사전등록", "Missing children: fingerprint pre-registration")
FINGERPRINT = t(
    "18세 미만 아이의 지문, 사진, 신체 특징과 보호자 연락처를 미리 등록해 두면, 아이를 잃어버렸을 때 경찰이 빨리 찾을 수 있어요. "
    "가까운 경찰서, 지구대, 파출소나 안전Dream 누리집·앱(safe182.go.kr)에서 등록할 수 있어요.",
    "You can pre-register your child (under 18) with fingerprints, a photo, body details and your contact "
    "details, so the police can identify a lost child quickly. Register at a police station or substation, or "
    "on the 안전Dream (Safe Dream) website or app at safe182.go.kr.")
LETTER_CLOSING = t("궁금한 점이 있으면 언제든 담임 선생님께 연락해 주세요.",
                   "If you have any questions, please contact your child's teacher.")
LETTER_SIGNATURE = t("담임 선생님 드림", "With thanks, your child's teacher")
