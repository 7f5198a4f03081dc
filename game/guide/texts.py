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
    t("학대했다고 의심되는 사람에게 연락하거나 찾아가 따지지 마세요. 아이의 보호자라도 마찬가지예요.",
      "Don't contact or confront the person you suspect, even when it is the child's parent or carer."),
    t("아이의 몸을 살펴보거나 옷을 벗기거나 사진을 찍지 마세요. 그것은 조사하는 사람들이 할 일이에요.",
      "Don't examine the child, ask them to undress or take photos: that is for the people who investigate."),
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

# -- Family letters (formal 가정통신문, 합쇼체): one before the unit, one after it (BRIEF §2.7 send information home) --
LETTER_BEFORE_TITLE = t("가정통신문: 아동학대 예방 교육 안내", "A letter to families: before our safety lessons")
LETTER_AFTER_TITLE = t("가정통신문: 아동학대 예방 교육을 마치고", "A letter to families: after our safety lessons")
LETTER_FIELDS: tuple[Text, ...] = (t("학교", "School"), t("날짜", "Date"), t("담당 교사와 연락처", "Teacher and contact"))
LETTER_GREETING = t("보호자님, 안녕하십니까?", "Dear families,")
LETTER_BEFORE_INTRO = t(
    "우리 반은 곧 「{title}」 게임으로 아동학대 예방 교육을 합니다. 아이들은 시간이 멈춘 마을을 되살리는 시간지기가 되어, 힘든 일을 겪는 이야기 속 아이들을 도우며 스스로를 지키는 방법을 배웁니다. 무섭거나 아픈 장면은 나오지 않으며, 아이들은 언제든 쉬거나 대답하지 않을 수 있습니다.",
    "Our class will soon play \"{title}\" in our child-abuse prevention lessons. Children become time keepers "
    "who bring a frozen town back to life by helping children in the story who are going through hard times, and "
    "learn how to keep safe. There are no scary or hurtful pictures, and children may take a break or pass at any "
    "time.")
LETTER_TOPICS_HEADING = t("다루는 내용", "What the lessons cover")
LETTER_TOPICS: tuple[Text, ...] = (
    t("몸의 안전: 수영복으로 가려지는 곳은 소중한 곳이며, 싫다고 말하고 피하고 알려도 됩니다.",
      "Body safety: the parts a swimsuit covers are private; children may say no, get away and tell."),
    t("신체학대: 어른이 일부러 아이를 아프게 하는 일입니다. '버릇을 고치려는' 체벌도 포함됩니다.",
      "Physical abuse: an adult hurting a child on purpose, including physical punishment \"to teach a lesson\"."),
    t("정서학대: 상처 주는 말과 위협, 그리고 집에서 어른들이 서로 아프게 하는 것을 보거나 듣는 일입니다.",
      "Emotional abuse: hurtful words and threats, and seeing or hearing adults at home hurting each other."),
    t("방임: 먹을 것, 알맞은 옷, 씻기, 학교, 아플 때의 치료를 받지 못하거나 위험하게 혼자 남겨지는 일입니다.",
      "Neglect: going without food, the right clothes, washing, school or care when ill, or being left alone in "
      "danger."),
    t("깜짝 선물과 걱정되는 비밀의 차이, 믿을 수 있는 어른 다섯 명(안전 손), 도움을 청하는 방법입니다.",
      "Surprises and unsafe secrets, five trusted adults (the safety hand), and how to ask for help."),
)
LETTER_RESPOND_HEADING = t("아이가 걱정되는 이야기를 꺼낸다면", "If your child tells you something worrying")
LETTER_RESPOND: tuple[Text, ...] = (
    t("하던 일을 멈추고 차분히 들어 주십시오. 캐묻거나 유도하는 질문은 하지 말아 주십시오.",
      "Stop, stay calm and listen. Don't press for details or ask leading questions."),
    t("말해 줘서 고맙다고, 네 잘못이 아니라고 말해 주십시오. 비밀로 하겠다고 약속하지는 마십시오.",
      "Thank your child for telling you and say it is not their fault. Don't promise to keep it secret."),
    t("의심되는 사람을 찾아가 따지지 마시고, 아이가 한 말을 그대로 적어 두십시오.",
      "Don't confront the person you suspect; write down what your child said, in their words."),
)
LETTER_RESPOND_KOREA = t("아이가 지금 위험하거나 학대가 의심되면 {report}에 신고해 주십시오. 확실하지 않아도 신고할 수 있습니다. 담임 교사에게도 알려 주십시오.",
                         "If your child is in danger or you suspect abuse, report it on {report}; suspicion is "
                         "enough. Please tell the teacher too.")
LETTER_RESPOND_OTHER = t("아이가 지금 위험하면 {danger}({danger.name})에 전화해 주십시오. 학대가 걱정되면 {route}에 알리고, 담임 교사에게도 알려 주십시오.",
                         "If your child is in danger right now, call {danger} ({danger.name}). If you are worried "
                         "about abuse, contact {route}, and please tell the teacher too.")
LETTER_AFTER_INTRO = t(
    "우리 반 아이들이 「{title}」 게임으로 아동학대 예방 교육을 했습니다. 아이들은 시간이 멈춘 마을을 되살리는 시간지기가 되어, 힘든 일을 겪는 이야기 속 아이들을 도우며 스스로를 지키는 방법을 배웠습니다. 무섭거나 아픈 장면은 나오지 않았습니다.",
    "Our class has played \"{title}\". Your child became a time keeper who brings a frozen town back to life by "
    "helping children who are going through hard times, and learned how to keep safe. There were no scary or "
    "hurtful pictures.")
LETTER_PLAYED = t("수업에서 한 장", "What your child played")
LETTER_MESSAGES_LEAD = t("아이가 배운 중요한 말", "The key messages")
LETTER_MESSAGES: tuple[Text, ...] = (
    t("내 몸과 마음은 소중합니다. 수영복으로 가려지는 곳은 나만의 소중한 곳입니다.",
      "My body and feelings matter. The parts a swimsuit covers are private."),
    t("싫다고 말하고, 그 자리를 피하고, 믿을 수 있는 어른에게 말합니다. 누군가 도와줄 때까지 계속 말합니다.",
      "Say no, get away, and tell a trusted adult. Keep telling until someone helps."),
    t("깜짝 선물은 괜찮지만, 걱정되는 비밀은 말해도 됩니다.", "Surprises are fine, but unsafe secrets are okay to tell."),
    t("학대는 절대 아이의 잘못이 아닙니다.", "Abuse is never the child's fault."),
)
LETTER_TALK = t("집에서 이야기 나누는 방법", "Talking about it at home")
LETTER_TALK_ITEMS: tuple[Text, ...] = (
    t("게임에서 누구를 도왔는지, 어떤 조각을 찾았는지 물어봐 주십시오. 아이가 이끄는 대로 들어 주십시오.",
      "Ask who your child helped in the game and which time pieces they found. Let your child lead."),
    t("아이와 함께 '안전 손'을 그려 보십시오. 가족, 학교, 이웃 등 적어도 세 곳에서 믿을 수 있는 어른 다섯 명을 떠올립니다.",
      "Draw a safety hand together: five trusted adults from at least three places, such as family, school "
      "and the neighbourhood."),
    t("깜짝 선물과 걱정되는 비밀의 차이를 이야기해 보시고, 걱정되는 비밀은 약속을 깨고 말해도 괜찮다고 알려 주십시오.",
      "Talk about surprises and unsafe secrets, and say it is always okay to break a promise to tell an "
      "unsafe secret."),
    t("아이가 걱정되는 이야기를 꺼내면 차분히 들어 주시고, 말해 줘서 고맙다고, 네 잘못이 아니라고 말해 주십시오.",
      "If your child tells you something worrying, stay calm, listen, thank them for telling you and say it is "
      "not their fault."),
)
LETTER_HELPLINES = t("도움이 필요할 때", "If you need help")
FINGERPRINT_HEADING = t("실종 아동 예방: 지문 등 사전등록", "Missing children: fingerprint pre-registration")
FINGERPRINT = t(
    "18세 미만 아이의 지문, 사진, 신체 특징과 보호자 연락처를 미리 등록해 두시면, 아이를 잃어버렸을 때 경찰이 빨리 찾을 수 있습니다. "
    "가까운 경찰서, 지구대, 파출소나 안전Dream 누리집·앱(safe182.go.kr)에서 등록하실 수 있습니다.",
    "You can pre-register your child (under 18) with fingerprints, a photo, body details and your contact "
    "details, so the police can identify a lost child quickly. Register at a police station or substation, or "
    "on the 안전Dream (Safe Dream) website or app at safe182.go.kr.")
LETTER_CLOSING = t("궁금한 점이 있으시면 언제든 담임 교사에게 연락해 주십시오.",
                   "If you have any questions, please contact your child's teacher.")
LETTER_SIGNATURE = t("담임 교사 드림", "With thanks, your child's teacher")

# -- Lesson plan (one per chapter; BRIEF §2.7 sessions and practice, §5.1 disclosures, §5.3 content notes) -----
LESSON_HEADING = t("수업 계획 (40분)", "Lesson plan (40 minutes)")
LESSON_TIMING_NOTE = t(
    "시간은 이 장의 분량(읽을 글, 투표, 미니게임)으로 어림한 것이에요. 반의 속도에 맞추되, 이야기 나누기와 마무리는 줄이지 마세요.",
    "Timings are estimated from this chapter's length (text to read, votes, mini-games). Follow your class's pace, "
    "but never cut the discussion or the closing.")
PREPARATION = t("준비", "Preparation")
PREPARE: tuple[Text, ...] = (
    t("수업 전에 이 장을 직접 한 번 해 보세요. 아이들이 질문하거나 자기 이야기를 꺼낼 수 있어요.",
      "Play this chapter yourself before the lesson: children will ask questions and may share their own experiences."),
    t("프로젝터에 게임을 띄우고, 제목 화면의 '선생님 (교실 모드)' 단추(또는 `python -m game play --classroom`)로 교실 모드를 켜세요. 설정의 '도움 번호'에서 우리 지역을 골라요.",
      "Put the game on the projector and turn on classroom mode with the title's \"Teacher (classroom)\" button "
      "(or `python -m game play --classroom`). In settings, choose your region under Helplines."),
    t("학교의 아동 보호 절차와 누구에게 알리는지 확인하고, 이 안내서의 '아이가 이야기를 꺼낸다면' 쪽과 기록지를 곁에 두세요.",
      "Know your school's safeguarding procedure and whom you tell; keep this guide's disclosure page and the "
      "record form at hand."),
    t("단원을 시작하기 전에 가정통신문(수업 전)을 보내세요.",
      "Before the unit starts, send the family letter (before the unit) home."),
)
PREPARE_MINIGAME: dict[str, Text] = {
    "safety-hand": t("아이마다 '안전 손'을 그릴 종이와 연필을 준비하세요. 그린 종이는 아이가 가져가요.",
                     "Paper and a pencil for each child to draw their own safety hand, which they keep."),
}
OPENING = t("여는 말", "Opening")
OPENING_LEAD = t("아이들에게 이렇게 말해 주세요.", "Say to the class:")
OPENING_SCRIPT: tuple[Text, ...] = (
    t("\"오늘은 이야기 속 친구들을 도와요. 우리 자신이나 우리 반 친구 이야기가 아니라, 이야기 속 인물에 대해서만 이야기해요.\"",
      "\"Today we help the children in a story. We talk about the people in the story, not about ourselves or "
      "anyone in our class.\""),
    t("\"서로의 말을 끝까지 듣고, 친절하게 말해요. 놀리지 않아요.\"",
      "\"We listen to each other to the end and speak kindly. Nobody is teased.\""),
    t("\"대답하고 싶지 않으면 '통과'라고 말해도 돼요. 쉬고 싶으면 언제든 쉬어도 돼요.\"",
      "\"You never have to answer: you can say 'pass'. You can take a break any time.\""),
    t("\"오늘 이야기하다가 걱정되는 일이 생각나면, 수업이 끝난 뒤에 선생님에게 따로 말해 주세요. 다른 믿을 수 있는 어른에게 말해도 돼요.\"",
      "\"If something today makes you worried, come and tell me privately after the lesson, or tell another "
      "trusted adult.\""),
    t("장의 내용 안내를 함께 읽어요 (화면에도 나와요):", "Read the chapter's content note together (it is on screen too):"),
)
PROTECTIVE_INTERRUPTING = t(
    "보호하며 끊기: 아이가 반 친구들 앞에서 자기 일을 말하기 시작하면, 부드럽게 멈춰 주세요. \"말해 줘서 고마워. 중요한 이야기 같아. 수업 끝나고 선생님이랑 둘이서 이야기하자.\" 그리고 꼭, 곧 따로 만나세요. 아이를 탓하지 말고, 다른 아이들이 캐묻지 않게 해 주세요.",
    "Protective interrupting: if a child starts to tell something personal in front of the class, gently stop "
    "them: \"Thank you for telling me. That sounds important. Let's talk, just you and me, after the lesson.\" "
    "Then do so, soon. Never blame the child, and don't let others ask them questions.")
IN_CLASS = t("게임 진행 (투표와 미니게임)", "Playing (votes and mini-games)")
COL_TIME = t("시간", "Time")
COL_WHAT = t("무엇을", "What")
COL_HOW = t("반과 함께 하는 방법", "How to run it with the class")
MINUTES = t("{a}–{b}분", "{a}–{b} min")
KIND_NAMES: dict[str, Text] = {
    "check-pre": t("시작 전 점검 (질문 {n}개)", "Before check ({n} questions)"),
    "check-post": t("마지막 점검 (질문 {n}개)", "After check ({n} questions)"),
    "choice": t("선택 투표", "Choice vote"),
    "quiz": t("퀴즈 투표", "Quiz vote"),
    "minigame": t("미니게임", "Mini-game"),
    "story": t("장의 끝", "End of the chapter"),
}
RUN: dict[str, Text] = {
    "check-pre": t(
        "점수가 없는 짧은 점검이에요. 질문과 답을 읽어 주고 손을 들게 한 뒤, 답마다 손의 수를 적어요. 결과는 반 번호별로, 이름 없이 남아요.",
        "A short check with no score. Read the question and answers, take a show of hands and type each count. "
        "The answers are kept per class number, with no names."),
    "check-post": t(
        "시작 전과 같은 질문이에요. 똑같이 손을 세어요. 수업 뒤 '결과 보기'에서 변화를 %p로 볼 수 있어요.",
        "The same questions as before the unit, counted the same way. After the lesson, Results shows the change "
        "in percentage points."),
    "choice": t(
        "질문과 답을 소리 내어 읽어요. 아이들은 답 하나에 손을 들고, 들지 않아도 돼요. 답마다 숫자 키로 수를 적고 Enter로 다음 답으로 가요. '결과 보기'로 막대그래프를 보여 줘요. 가장 많은 답이 둘 이상이면 반과 함께 하나를 골라요.",
        "Read the question and the answers aloud. Children raise a hand for one answer; anyone may pass. Type each "
        "count with the number keys and press Enter for the next answer, then \"Show results\" for the chart. If "
        "two answers have the most hands, decide together which one the class takes."),
    "quiz": t(
        "선택 투표처럼 손을 세요. 그래프는 모든 답이 같은 색이고, 반이 고른 답을 게임이 설명해요. 정답이 아니면 벌은 없고, 남은 답으로 다시 투표해요.",
        "Count hands as for a choice. The chart has one colour for every answer; then the game explains the answer "
        "the class took. If it is not correct there is no penalty: the class votes again on the answers left."),
    "story": t("남은 이야기를 함께 읽고 장을 마쳐요. 교실 모드에서는 이어서 이야기 나누기 질문이 화면에 나와요.",
               "Read the rest of the story together to the end of the chapter; in classroom mode the discussion "
               "questions follow on screen."),
}
FIRST_VOTE = t(
    "게임을 켠 뒤 첫 투표에서는 오늘 우리 반 어린이 수와, 원하면 반 번호(숫자만, 이름은 안 돼요)를 한 번 적어요. Enter는 손을 더하지 않아요. 센 손이 없거나 어린이 수보다 많으면 결과를 보여 주지 않아요.",
    "At the first vote since the game started, type once how many children are in class and, if you like, the class "
    "number (digits only, never a name). Enter never adds a hand; an empty count, or more hands than children, "
    "cannot be shown.")
RUN_MINIGAME: dict[str, Text] = {
    "safety-hand": t(
        "아이들은 각자 종이에 자기 '안전 손'을 그려요. 화면에서는 어떤 어른을 고를지 반이 손을 들어 정하고, 선생님이 눌러요. 누구를 골랐는지 말하지 않아도 돼요.",
        "Each child draws their own safety hand on paper. On screen, the class chooses each grown-up by a show of "
        "hands and you tap it. Nobody has to say whom they chose."),
    "spot-the-signs": t(
        "신호를 찾은 아이가 손을 들고 어디인지 말해요. 반이 동의하면 선생님이 눌러요. 나오는 설명을 소리 내어 읽어 줘요.",
        "A child who spots a sign raises a hand and says where; when the class agrees, you tap it. Read each "
        "explanation aloud."),
    "call-112": t(
        "선생님이 번호를 누를 때 반이 함께 숫자를 말해요. 무엇을 말할지 묻는 질문마다 손을 들어 정하고, 선생님이 반의 답을 눌러요.",
        "The class says the digits together while you dial. For each \"what can you say\" question, take a show of "
        "hands and tap the class's answer."),
    "body-rules": t(
        "카드를 소리 내어 읽어요. 괜찮으면 엄지를 위로, 괜찮지 않으면 아래로 들게 하고, 선생님이 반의 답을 눌러요.",
        "Read each card aloud. Children show thumbs up for OK and thumbs down for not OK; you tap the class's "
        "answer."),
    "surprise-or-secret": t(
        "카드를 소리 내어 읽어요. 깜짝 선물인지, 믿을 수 있는 어른에게 말할 비밀인지 손을 들어 정하고, 선생님이 눌러요.",
        "Read each card aloud. The class decides by a show of hands: a happy surprise, or a secret to tell a "
        "trusted adult? You tap the class's answer."),
}
RUN_MINIGAME_OTHER = t("반이 손을 들어 정하고, 선생님이 반의 답을 눌러요.",
                       "The class decides by a show of hands; you enter the class's answer.")
DISCUSSION_PLAN = t("이야기 나누기", "Discussion")
DISCUSSION_HOW = t(
    "장이 끝나면 아래 질문이 화면에 나와요. 하고 싶은 아이만 대답하고, '통과'해도 돼요. 이야기 속 인물에 대해서만 이야기해요.",
    "After the chapter these questions are on screen. Only volunteers answer, anyone may pass, and the talk stays "
    "with the story's characters.")
CLOSING = t("마무리", "Closing")
CLOSING_ITEMS: tuple[Text, ...] = (
    t("함께 말해요: \"학대는 절대 아이의 잘못이 아니에요. 싫다고 말하고, 피하고, 믿을 수 있는 어른에게 말해요. 도와줄 때까지 계속 말해요.\"",
      "Say together: \"Abuse is never a child's fault. Say no, get away, tell a trusted adult, and keep telling "
      "until someone helps.\""),
    t("도움 번호를 보여 줘요: 지금 위험하면 {danger}({danger.name}), 이야기하고 싶으면 {talk.name}({talk}). 게임의 '도움' 단추에도 있어요.",
      "Show the numbers: in danger right now, {danger} ({danger.name}); to talk to someone, {talk.name} on {talk}. "
      "They are behind the game's Help button too."),
    t("마음 확인: 지금 기분을 엄지로 보여 달라고 해요 (위, 옆, 아래). 이유는 말하지 않아도 돼요. 힘들어 보이는 아이는 수업 뒤에 조용히 따로 살펴 주세요.",
      "Check-in: ask everyone to show how they feel now with a thumb (up, sideways, down), without saying why. "
      "Quietly check in afterwards with any child who seems upset."),
    t("다시 말해 줘요: \"걱정되는 일이 있으면 수업이 끝난 뒤 선생님에게 따로 말해 주세요.\"",
      "Say again: \"If something worries you, tell me privately after the lesson.\""),
)
CURRICULUM = t("교육과정과의 연결", "Where it fits the curriculum")
CURRICULUM_KOREA: tuple[Text, ...] = (
    t("유치원과 학교는 성폭력 및 아동학대 예방교육을 한 해 8시간, 6개월에 한 번 이상 해야 해요(아동복지법, 2012년 개정). 이 수업(40분)을 그 시간에 넣을 수 있어요. 규정이 바뀌었을 수 있으니 학교의 올해 계획을 확인하세요.",
      "Kindergartens and schools must teach sexual-violence and child-abuse prevention (성폭력 및 아동학대 "
      "예방교육) for 8 hours a year, at least every 6 months (Child Welfare Act, 2012 revision). This 40-minute "
      "lesson can count toward those hours; the rule may have changed, so check your school's plan for this year."),
    t("11월 19일은 아동학대예방의 날이고, 19–25일은 예방 주간이에요(아동복지법 제23조).",
      "19 November is Child Abuse Prevention Day and 19–25 November is prevention week (Child Welfare Act, Art. 23)."),
)
CURRICULUM_OTHER: tuple[Text, ...] = (
    t("이 수업을 어느 교과에 넣을지는 학교의 교육과정에 따라 정하세요. 이 게임의 바탕 자료에는 이 지역의 교육과정에 대한 출처가 없어요.",
      "Where this lesson fits is for your school's curriculum to decide: the research this game is built on has no "
      "source for this region's curriculum."),
)
CURRICULUM_SESSIONS = t(
    "네 번 이상 나누어 직접 연습할 때 효과가 가장 커요(Davis & Gidycz 2000). 한 장에 한 수업씩, 여러 주에 걸쳐 하세요.",
    "Programmes work best with four or more sessions and active practice (Davis & Gidycz 2000): one chapter a "
    "lesson, over several weeks.")

# -- One-page disclosure and reporting flow, and the record form (BRIEF §5.1, §1.4, §1.5, §4) ---------------
FLOW_HEADING = t("한눈에 보는 대응 순서", "At a glance: what to do")
FLOW_LISTEN = t("1. 들어요", "1. Listen")
FLOW_REPORT = t("2. 알려요", "2. Tell and report")
FLOW_AFTER = t("3. 기록하고 곁에 있어요", "3. Record and stay with the child")
FLOW_WHO_KOREA = t(
    "교직원은 신고의무자예요. 학교 안에서 누구에게 알리는지는 학교 절차를 따르되, 신고는 미루지 말고 직접 해요.",
    "School staff are mandatory reporters: follow your school's procedure for whom to tell at school, but make "
    "the report yourself, without delay.")
FLOW_WHO_OTHER = t("학교의 아동 보호 절차를 따르세요. 그 절차가 학교 안에서 누구에게 먼저 알리는지 정해요.",
                   "Follow your school's safeguarding procedure: it says whom you tell first at school.")
FLOW_WHERE = t("아동학대를 알리는 곳: {route}. 지금 위험하면: {danger}({danger.name}).",
               "Where abuse is reported: {route}. In danger right now: {danger} ({danger.name}).")
FLOW_RECORD = t("이 안내서의 기록지를 쓰세요.", "Use the record form in this guide.")
FLOW_AFTERCARE_KOREA = t(
    "곁에 있어 주세요. 아이는 여러 번에 걸쳐 말할 수 있어요. 신고 뒤에는 아동보호전문기관이 지원과 사례관리를 맡고, {talk.name}({talk})은 아이를 보호기관과 쉼터에 이어 줄 수 있어요. 학교 안의 상담과 지원은 학교 절차를 따라요.",
    "Keep being there: a child may tell in several conversations. After a report, the child protection agencies "
    "(아동보호전문기관) provide support and case management, and {talk.name} ({talk}) can connect a child to "
    "them and to shelters. Support at school follows your school's procedure.")
FLOW_AFTERCARE_OTHER = t(
    "곁에 있어 주세요. 아이는 여러 번에 걸쳐 말할 수 있어요. 아이가 이야기하고 싶을 때는 {talk.name}({talk})이 있어요. 학교 안의 지원은 학교의 아동 보호 절차를 따라요.",
    "Keep being there: a child may tell in several conversations. A child who wants to talk can call "
    "{talk.name} on {talk}. Support at school follows your school's safeguarding procedure.")

RECORD_HEADING = t("기록지 (손으로 적어요)", "Record form (fill in by hand)")
RECORD_LEAD = t(
    "게임은 아이의 이름을 어디에도 적거나 인쇄하지 않아요. 이 종이에 손으로 적고, 학교 절차에 따라 안전하게 보관하세요. 짐작이나 일부만 알아도 신고할 수 있어요.",
    "The game never records or prints a child's name. Fill this in by hand and keep it safely, as your school's "
    "procedure says. Guesses and partial details are acceptable for a report.")
RECORD_FIELDS: tuple[Text, ...] = (
    t("대화한 날짜와 시간", "Date and time of the conversation"),
    t("장소와 함께 있던 사람", "Where, and who else was there"),
    t("아이 (이 종이에만 적어요)", "The child (on this paper only)"),
    t("아이가 한 말 (아이의 말 그대로)", "What the child said (in their own words)"),
    t("내가 한 말과 물은 것", "What I said and asked"),
    t("내가 본 것 (살펴보지 않고 본 것만)", "What I saw (only what I saw, without examining)"),
    t("학교 안에서 알린 사람과 시각", "Whom I told at school, and when"),
    t("신고한 곳, 시각, 접수 번호", "Reported to, when, reference number"),
    t("적은 사람 (이름, 직위, 서명)", "Written by (name, role, signature)"),
)
RECORD_REPORT_OTHER = t("알린 곳: 학교의 아동 보호 절차에 따라 · {route} · 날짜 ____ 시각 ____",
                        "Reported: as your school's safeguarding procedure says · {route} · date ____ time ____")
RECORD_REPORT_KOREA = t("신고: {report}(또는 시·군·구) · 날짜 ____ 시각 ____",
                        "Report: {report} (or the 시·군·구) · date ____ time ____")

# -- Classroom mode, the check, Results and the CSV (what the game does; README "In class") -------------------
CLASSROOM_HEADING = t("교실 모드, 점검, 결과와 CSV", "Classroom mode, the check, Results and the CSV")
CLASSROOM: tuple[tuple[Text, Text], ...] = (
    (t("켜기", "Turning it on"),
     t("제목 화면의 '[[teacher]]' 단추(또는 `python -m game play --classroom`)로 켜요. 글자가 커지고, 모든 선택과 퀴즈가 손들기 투표가 되며, 장이 끝나면 반과 나눌 질문이 화면에 나와요. 미니게임은 반이 정하고 선생님이 눌러요.",
       "The title's \"[[teacher]]\" button (or `python -m game play --classroom`) turns it on: larger text, a "
       "show-of-hands vote at every choice and quiz, and the questions for the class after each chapter. In "
       "mini-games the class decides and you enter it.")),
    (t("손 세기", "Counting hands"),
     t("첫 투표에서 어린이 수와 반 번호(숫자만)를 한 번 적어요. 답마다 숫자 키로 수를 적고 Enter로 다음 답으로 가요. Enter는 손을 더하지 않아요. Backspace는 숫자 하나를 지우고, 왼쪽·오른쪽 화살표나 – + 단추는 하나씩 바꿔요. 화면에 센 수와 남은 수가 나오고, 센 손이 없거나 어린이 수보다 많으면 '[[vote-show]]'를 할 수 없어요. 그래프는 모든 답이 같은 색이에요. '[[vote-recount]]'로 돌아가 다시 셀 수 있고, 가장 많은 답이 둘 이상이면 선생님이 골라요.",
       "At the first vote, type the number of children and the class number (digits only) once. Type each "
       "answer's count with the number keys; Enter moves to the next answer and never adds a hand. Backspace "
       "deletes a digit; Left/Right or the – + buttons change a count by one. The screen shows how many are counted "
       "and not counted; an empty count, or more hands than children, cannot be shown with \"[[vote-show]]\". The "
       "chart is one colour for every answer; \"[[vote-recount]]\" goes back; when answers tie, you decide.")),
    (t("점검", "The check"),
     t("프롤로그 전에 점수 없는 질문 {n}개를 묻고, 마지막 장이 끝나기 전에 같은 질문을 다시 물어요. 교실 모드에서는 먼저 반 전체 투표로 할지 건너뛸지 물어요. 손들기는 남이 볼 수 있으니, 아이들이 각자 기기에서 따로 답하게 하려면 건너뛰세요. 답은 반 번호별로, 이름 없이 이 기기에만 남아요 (혼자 한 아이는 '이 기기'로 남아요).",
       "Before the prologue the game asks {n} questions with no score, and the same ones again before the final "
       "chapter ends. In classroom mode it first asks whether to do them as a class vote or skip them: a show of "
       "hands is not private, so skip it when children will answer on their own devices. Answers stay on this "
       "device only, per class number and without names (a child playing alone counts as \"this device\").")),
    (t("지도와 미니게임", "The map and the mini-games"),
     t("교실 모드에서는 지도의 어느 곳이든 열려서 선생님이 정한 순서로 가르칠 수 있어요. '[[map-discuss]]'는 끝낸 장의 질문을 다시 화면에 보여 줘요. 미니게임은 반이 어떻게 함께 하는지 알려 주는 카드로 시작해요. 손이 여러 답으로 나뉘면, 손이 있는 답마다 이야기의 대답이 나와요. '[[teacher]]'를 다시 누르면 교실 모드가 꺼져요.",
       "In classroom mode every place on the map opens, so you can teach in your own order; \"[[map-discuss]]\" "
       "puts a finished chapter's questions on the screen again. Each mini-game starts with a card on how the "
       "class plays it. When hands are split, the story answers every choice that got hands. Pressing "
       "\"[[teacher]]\" again turns classroom mode off.")),
    (t("결과", "Results"),
     t("제목 화면의 '[[results]]'는 질문마다 시작 전, 끝난 뒤, 변화(%p, 퍼센트포인트)를 보여 줘요. ◀ ▶로 반을 바꾸고, '[[results-reset]]'은 그 반의 결과만 지워요.",
       "The title's \"[[results]]\" shows, per question, before, after and the change in percentage points. ◀ ▶ "
       "switch class; \"[[results-reset]]\" clears that class only.")),
    (t("CSV", "The CSV"),
     t("'[[results-export]]'는 보이는 반의 결과를 게임의 언어로 된 머리글과 함께, 질문마다 한 줄씩 답의 글과 수를 적어 UTF-8(BOM 포함)로 저장해요. 같은 날 다시 내보내도 새 파일이 돼요. 바탕 화면(없으면 다운로드 폴더)에 저장되고, 브라우저에서는 내려받기가 돼요. LibreOffice에서는 가져오기 창에서 'Unicode (UTF-8)'을 고르세요.",
       "\"[[results-export]]\" saves the shown class with headers in the game's language, one row per question "
       "with each answer's text and count, as UTF-8 with a byte-order mark; a second export the same day is a new "
       "file. It goes to the Desktop (else Downloads); in the browser it is a download. In LibreOffice choose "
       "\"Unicode (UTF-8)\" in the import dialog.")),
)
