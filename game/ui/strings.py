"""Interface words (buttons, headings) in Korean and English; story text lives in story/, not here."""

from __future__ import annotations

from game.story import Text

UI: dict[str, Text] = {
    "start": Text("처음부터 시작하기", "Start"),
    "continue": Text("이어하기", "Continue"),
    "settings": Text("설정", "Settings"),
    "quit": Text("끝내기", "Quit"),
    "menu": Text("메뉴", "Menu"),
    "back": Text("◀ 뒤로", "◀ Back"),
    "next": Text("계속", "Continue"),
    "begin": Text("시작해요", "Let's begin"),
    "resume": Text("계속하기", "Keep playing"),
    "to-title": Text("첫 화면으로", "Title screen"),
    "pause-heading": Text("잠깐 쉬어요", "Paused"),
    "pause-saved": Text("지금까지 한 것은 저장되어 있어요.", "Your place is saved."),
    "start-over-heading": Text("처음부터 다시 할까요?", "Start again from the beginning?"),
    "start-over-body": Text(
        "저장된 곳은 지워지고 프롤로그부터 다시 시작해요.",
        "Your saved place will be cleared and the story starts again.",
    ),
    "yes-start-over": Text("네, 처음부터 할래요", "Yes, start again"),
    "no-keep": Text("아니요, 그대로 둘래요", "No, keep my place"),
    "storage-unavailable": Text(
        "이 브라우저는 게임을 저장하지 않아요. 페이지를 닫기 전까지는 계속할 수 있어요.",
        "This browser is not keeping your place. You can play on until you close the page.",
    ),
    "damaged-save": Text(
        "저장된 게임을 읽을 수 없어서 처음부터 시작해요.",
        "The saved game could not be read, so the story starts from the beginning.",
    ),
    "newer-save": Text(
        "새 버전의 게임에서 저장한 거예요. 게임을 업데이트하면 이어서 할 수 있어요.",
        "This save is from a newer version of the game. Update the game to continue it.",
    ),
    "restored-backup": Text(
        "마지막 저장을 읽을 수 없어서 그 전에 저장한 곳부터 이어서 해요.",
        "The last save could not be read, so you continue from the one before it.",
    ),
    "content-note": Text("미리 알려 줄게요", "Before we start"),
    "chapter-done": Text("이야기 하나를 마쳤어요!", "Chapter complete!"),
    "award-badge": Text("배지를 받았어요!", "You earned a badge!"),
    "award-piece": Text("시간 조각을 찾았어요!", "You found a time piece!"),
    "quiz-right": Text("맞아요!", "That's right!"),
    "quiz-again": Text("다시 생각해 봐요", "Let's think again"),
    "try-again": Text("다른 답을 골라 볼까요?", "Pick another answer"),
    "points": Text("별 {n}개를 받았어요", "You earned {n} star(s)"),
    "settings-heading": Text("설정", "Settings"),
    "language": Text("언어", "Language"),
    "text-speed": Text("글자 속도", "Text speed"),
    "speed-slow": Text("느리게", "Slow"),
    "speed-normal": Text("보통", "Normal"),
    "speed-fast": Text("빠르게", "Fast"),
    "speed-instant": Text("바로", "Instant"),
    "sound": Text("소리", "Sound"),
    "sound-on": Text("켜기", "On"),
    "sound-off": Text("끄기", "Off"),
    "motion": Text("움직임", "Motion"),
    "motion-normal": Text("보통", "Normal"),
    "motion-reduced": Text("줄이기", "Reduced"),
    # settings tabs and the accessibility rows (scenes/settings.py)
    "tab-display": Text("보기", "Display"),
    "tab-sound": Text("소리", "Sound"),
    "tab-helplines": Text("도움 전화", "Helplines"),
    "text-size": Text("글자 크기", "Text size"),
    "size-normal": Text("보통", "Normal"),
    "size-large": Text("크게", "Large"),
    "size-largest": Text("아주 크게", "Largest"),
    "contrast": Text("화면 대비", "Contrast"),
    "contrast-normal": Text("보통", "Normal"),
    "contrast-high": Text("또렷하게", "High"),
    "volume": Text("소리 크기", "Volume"),
    "read-aloud": Text("읽어 주기", "Read aloud"),
    "speech-rate": Text("읽는 속도", "Reading speed"),
    "read-aloud-web": Text("읽어 주기는 웹 브라우저에서 게임을 할 때 들을 수 있어요.",
                           "Read aloud works when you play in a web browser."),
    "region": Text("사는 곳", "Where you live"),
    "region-numbers": Text("이야기와 도움 화면에 나오는 전화번호예요.",
                           "The story and the help screen show these numbers."),
    "done": Text("완료", "Done"),
    "preview-banner": Text("미리 보기 (--start): 저장하지 않아요", "Preview (--start): nothing is saved"),
    "title-keys-hint": Text(  # only keys that do something on the title screen
        "방향키: 고르기   Enter·Space: 누르기   F1: 도움",
        "Arrow keys: choose   Enter/Space: press   F1: help",
    ),
    # call-112 mini-game
    "call-112-call": Text("전화 걸기", "Call"),
    "call-112-dial-heading": Text("번호를 눌러요", "Dial the number"),
    "call-112-dial": Text("숫자 버튼을 하나씩 눌러요.", "Press the number buttons one at a time."),
    "call-112-wrong-heading": Text("괜찮아요!", "That's okay!"),
    "call-112-wrong": Text("{number}에 전화를 걸고 있어요. 이번에는 {digit} 버튼을 눌러 봐요.",
                           "We are calling {number}. Try the {digit} button next."),
    "call-112-ready-heading": Text("번호를 다 눌렀어요!", "You dialled the number!"),
    "call-112-ready": Text("이제 초록색 ‘전화 걸기’ 버튼을 눌러요.", "Now press the green Call button."),
    "call-112-good-to-know": Text("알아 두면 좋아요", "Good to know"),
    "call-112-on-call": Text("{number} 통화 중", "On the phone with {number}"),
    "call-112-operator": Text("{number} 상담원", "{number} helper"),
    "call-112-question": Text("질문 {n} / {total}", "Question {n} of {total}"),
    "call-112-thanks-heading": Text("잘했어요!", "Well done!"),
    # where the call-taker first asks which service (region `asks_service`: 999, 000, 112 in Europe)
    "call-112-service": Text("긴급 전화예요. 어떤 도움이 필요한가요?", "Emergency. Which service do you need?"),
    "call-112-service-police": Text("경찰이요.", "Police, please."),
    "call-112-service-police-feedback": Text(
        "누가 아이를 아프게 하고 있으면 경찰을 불러요. 이제 경찰 상담원이 물어볼 거예요.",
        "When someone is hurting a child, ask for the police. Now the police will ask you some questions."),
    "call-112-service-fire": Text("소방서요.", "Fire, please."),
    "call-112-service-fire-feedback": Text(
        "소방서는 불이 났을 때 불러요. 누가 아이를 아프게 하고 있으면 경찰을 불러요.",
        "The fire service is for fires. When someone is hurting a child, ask for the police."),
    "call-112-service-unsure": Text("잘 모르겠어요.", "I'm not sure."),
    "call-112-service-unsure-feedback": Text(
        "괜찮아요. 모르면 모른다고 해도 돼요. 무슨 일인지 말하면 경찰에 연결해 줘요.",
        "That's okay. You can say \"I don't know\". Say what is happening, and they will put you through "
        "to the police."),
    "call-112-thanks": Text("알려 줘서 고마워요. 정말 잘한 일이에요. 곧 도와주러 갈게요.",
                            "Thank you for telling me. You did the right thing. Help is on the way."),
    # spot-the-signs mini-game
    "spot-the-signs-count": Text("찾은 신호 {n} / {total}", "Signs found: {n} of {total}"),
    "spot-the-signs-fine": Text("다시 찾아봐요", "Keep looking"),
    "spot-the-signs-all-heading": Text("신호를 모두 찾았어요!", "You found every sign!"),
    "spot-the-signs-all": Text(
        "이런 신호를 보면 믿을 수 있는 어른에게 말해요. 누군가 지금 위험하면 {danger}에 전화해요. "
        "아이를 지키는 건 어른의 일이에요. 알아채고 말해 주는 건 정말 멋진 일이에요.",
        "When you see signs like these, tell a trusted adult. If someone is in danger right now, call {danger}. "
        "Keeping children safe is a grown-up's job. Noticing and telling is a wonderful thing to do.",
    ),
    # safety-hand (scenes/minigames/safety_hand.py): place chips, miss panel, closing message
    "safety-hand-family": Text("가족", "Family"),
    "safety-hand-school": Text("학교", "School"),
    "safety-hand-neighbourhood": Text("동네", "Neighbourhood"),
    "safety-hand-care": Text("돌봄", "Care"),
    "safety-hand-activities": Text("학원·운동", "Clubs"),
    "safety-hand-police": Text("경찰", "Police"),
    "safety-hand-health": Text("병원", "Health"),
    "safety-hand-miss": Text("다른 사람을 골라 볼까요?", "Let's pick someone else"),
    "safety-hand-pick-again": Text("다시 고를게요", "Pick again"),
    "safety-hand-done": Text("안전 손이 완성됐어요!", "Your safety hand is ready!"),
    "safety-hand-done-body": Text(
        "손가락마다 믿을 수 있는 어른이 있어요. 걱정되는 일이 있으면 누구에게든 말해요. "
        "한 사람이 도와주지 않으면 다음 손가락의 어른에게 또 말해요.",
        "Each finger has a grown-up you can trust. If something worries you, tell any of them. "
        "If one doesn't help, tell the next one, and keep telling.",
    ),
    # surprise-or-secret (scenes/minigames/surprise_or_secret.py): bins, hints after the other bin, closing
    "surprise-or-secret-surprise": Text("깜짝 선물", "Surprise"),
    "surprise-or-secret-surprise-hint": Text("즐겁고, 잠깐이고, 곧 모두 알게 돼요", "Happy, short, and told soon"),
    "surprise-or-secret-secret": Text("어른에게 말할 비밀", "Secret to tell a trusted adult"),
    "surprise-or-secret-secret-hint": Text(
        "걱정되거나 무섭거나, 숨기라고 했어요", "Worried, scared, or asked to hide it"),
    "surprise-or-secret-wrong-surprise": Text(
        "이 일이 정말 즐겁고, 곧 모두 알게 될까요? 걱정되거나 숨기라고 한 일이라면 믿을 수 있는 어른에게 말해요.",
        "Is this really happy, and will everyone find out soon? If it worries you, or you were asked to hide it, "
        "tell a trusted adult.",
    ),
    "surprise-or-secret-wrong-secret": Text(
        "믿을 수 있는 어른에게는 언제든 말해도 괜찮아요! "
        "그런데 이 일은 즐겁고, 곧 모두 알게 되는 깜짝 선물 같아요.",
        "You can always talk to a trusted adult! But this one sounds like a happy surprise that everyone finds "
        "out about soon.",
    ),
    "surprise-or-secret-done": Text("모두 잘 나누었어요!", "You sorted them all!"),
    "surprise-or-secret-done-body": Text(
        "깜짝 선물은 즐겁고, 곧 모두 알게 돼요. 걱정되거나 숨기라고 하는 비밀은 믿을 수 있는 어른에게 말해요. "
        "말해도 혼나지 않아요.",
        "Surprises are happy, and everyone finds out soon. Secrets that worry you, or that you are told to hide, "
        "are for telling a trusted adult. You won't be in trouble for telling.",
    ),
    # body-rules (scenes/minigames/body_rules.py): the two answers, hints after the other answer, closing
    "body-rules-ok": Text("괜찮아요", "OK"),
    "body-rules-ok-hint": Text("안전하고, 숨길 것이 없어요", "Safe, with nothing to hide"),
    "body-rules-not-ok": Text("안 돼요!", "Not OK!"),
    "body-rules-not-ok-hint": Text("'싫어요!' 하고, 피하고, 말해요", "Say no, get away, tell"),
    "body-rules-wrong-ok": Text(
        "내 몸은 내 거예요. 내가 싫은 일, 비밀로 하라는 일, 수영복으로 가려지는 곳에 관한 일은 괜찮지 않아요.",
        "Your body belongs to you. Something you don't want, something you must keep secret, or anything about "
        "the parts your swimsuit covers is not OK.",
    ),
    "body-rules-wrong-not-ok": Text(
        "조심하는 마음은 좋아요! 그런데 이 일은 숨길 것이 없고, 몸의 규칙을 지키는 안전한 일이에요.",
        "Being careful is good! But this one is safe: nothing is hidden, and nobody breaks the body rules.",
    ),
    "body-rules-done": Text("몸의 규칙을 잘 알아요!", "You know the body rules!"),
    "body-rules-done-body": Text(
        "내 몸은 내 거예요. 괜찮지 않은 일이 생기면 '싫어요!' 하고, 그 자리를 피하고, 믿을 수 있는 어른에게 말해요. "
        "절대 내 잘못이 아니에요.",
        "Your body belongs to you. If something is not OK, say no, get away, and tell a trusted adult. "
        "It is never your fault.",
    ),
    "help-button": Text("도움", "Help"),
    "help-heading": Text("도움이 필요해요", "I need help"),
    "help-free": Text("이 번호들은 전화 요금이 들지 않아요.", "These calls are free."),
    "help-hand": Text(
        "안전 손에 있는 믿을 수 있는 어른에게 말해요. 한 사람이 돕지 않으면 다음 사람에게 말해요.",
        "Tell a trusted adult on your safety hand. If one doesn't help, tell the next one.",
    ),
    "help-honest": Text(
        "이 게임은 신고를 받을 수 없어요. 지금 위험하면 바로 {danger}에 전화해요.",
        "This game cannot take reports. If you are in danger now, call {danger} straight away.",
    ),
    "help-close": Text("돌아가기", "Go back"),
    "break": Text("쉬어 가기", "Take a break"),
    "breathe-in": Text("천천히 숨을 들이쉬어요…", "Breathe in slowly…"),
    "breathe-out": Text("천천히 숨을 내쉬어요…", "And breathe out…"),
    "breathe-still": Text("천천히 숨을 쉬어요. 넷까지 들이쉬고, 여섯까지 내쉬어요.",
                          "Breathe slowly: in for four, out for six."),
    "breathe-done": Text("이제 괜찮아요", "I'm ready"),
    "teacher": Text("선생님 (교실 모드)", "Teacher (classroom)"),
    "check-pre": Text("시작 전에 잠깐! {n}/{total} — 점수는 없어요", "Before we start: {n}/{total} — no score"),
    "check-post": Text("마지막으로 잠깐! {n}/{total} — 점수는 없어요", "One last check: {n}/{total} — no score"),
    "results": Text("결과 보기 (선생님)", "Results (teacher)"),
    "results-heading": Text("우리 반이 배운 것", "What the class learned"),
    "results-for": Text("결과:", "Results of:"),
    "results-question": Text("질문", "Question"),
    "results-before": Text("시작 전", "Before"),
    "results-after": Text("끝난 뒤", "After"),
    "results-change": Text("변화", "Change"),
    "results-export": Text("CSV로 내보내기", "Export CSV"),
    "results-not-saved": Text("지금은 저장하지 못했어요.", "Could not save it this time."),
    "results-downloaded": Text("표를 내려받았어요.", "The table was downloaded."),
    "vote-heading": Text("답마다 손을 든 어린이 수를 적어요", "Type the raised hands for each answer"),
    "vote-chart": Text("우리 반의 생각", "What our class thinks"),
    "vote-show": Text("결과 보기", "Show results"),
    "vote-size-heading": Text("먼저, 오늘 우리 반 어린이는 몇 명인가요?",
                              "First: how many children are in class today?"),
    "vote-size-label": Text("어린이 수 (숫자 키로 적어요)", "Children in class (type the number)"),
    "vote-size-done": Text("이 숫자로 세기", "Count with this number"),
    "vote-total": Text("센 손: {total}", "Hands counted: {total}"),
    "vote-total-of": Text("{size}명 중 {total}명 셌어요 · {left}명 남았어요",
                          "{total} of {size} counted · {left} not counted"),
    "vote-empty": Text("아직 센 손이 없어요. 먼저 손을 세어 주세요.", "No hands counted yet: count them first."),
    "vote-too-many": Text("어린이 수보다 손이 많아요. 다시 세어 주세요.",
                          "More hands than children: please count again."),
    "vote-recount": Text("◀ 다시 세기", "◀ Count again"),
    "vote-pick": Text("{n}번으로 정하기", "Take answer {n}"),
    "vote-group-label": Text("몇 반인가요? (숫자만, 없으면 비워 둬요)", "Class number (digits only; may stay empty)"),
    "results-reset": Text("이 반 결과 지우기", "Clear this class"),
    "results-reset-heading": Text("{group}의 결과를 지울까요?", "Clear the results of {group}?"),
    "results-reset-body": Text("이 반의 사전·사후 점검 답이 모두 지워져요. 다른 반의 결과는 그대로예요.",
                               "All before and after answers of this class are cleared. Other classes keep theirs."),
    "results-reset-yes": Text("네, 지울래요", "Yes, clear them"),
    "results-reset-no": Text("아니요, 둘래요", "No, keep them"),
    "results-was-reset": Text("{group}의 결과를 지웠어요.", "The results of {group} were cleared."),
    "results-points": Text("{n}%p", "{n} pts"),
    "check-class-heading": Text("짧은 점검을 반 전체 투표로 할까요?", "Do the short check as a class vote?"),
    "check-class-body": Text(
        "네: 질문마다 손을 든 어린이 수를 셉니다. 아니요: 건너뛰어요. 아이들이 각자 기기에서 할 수 있어요.",
        "Yes: count the hands for each question. No: skip it; children can answer it on their own devices."),
    "check-class-yes": Text("네, 투표로 해요", "Yes, as a vote"),
    "check-class-no": Text("아니요, 건너뛰어요", "No, skip it"),
    "vote-tie": Text("손의 수가 같아요. 선생님이 반과 함께 하나를 골라 주세요.",
                     "The class is split. Decide together which answer to take."),
    "discussion-heading": Text("함께 이야기해요", "Let's talk together"),
    "class-routine-heading": Text("반 전체가 함께 해요", "The whole class plays together"),
    "class-routine-body": Text(
        "하나씩 반에게 물어보세요. 손을 들거나 함께 말하게 한 뒤, 반이 정한 것을 선생님이 눌러요. "
        "틀려도 괜찮아요. 왜 그런지 이야기하고 다시 해 봐요.",
        "Ask the class about each one. Let them show or say what they think, then tap what the class decides. "
        "A miss is fine: talk about why, then try again."),
    "map-discuss": Text("반 질문 다시 보기", "Class questions again"),
    "discussion-kicker": Text("선생님과 함께", "With your teacher"),
    "badge-book": Text("배지 북", "Badge book"),
    "pieces-found": Text("시간 조각", "Time pieces"),
    "map-next": Text("다음에 갈 곳", "Next place"),
    "map-replay": Text("다시 해 볼 수 있어요", "Play it again"),
    "map-locked": Text("아직 꽁꽁 얼어 있어요", "Still frozen"),
    "map-any-order": Text("아직 얼어 있어요 · 교실 모드에서는 지금 열 수 있어요",
                          "Still frozen · in class you may open it now"),
    "not-yet": Text("아직이에요", "Not yet"),
    # the certificate after the ending (scenes/certificate.py)
    "certificate-heading": Text("시간지기 인증서", "Time Keeper Certificate"),
    "certificate-line": Text("마을의 시간을 다시 흐르게 했어요", "You helped time move again in the town"),
    "certificate-pieces": Text("되찾은 시간 조각 {n}개", "Time pieces restored: {n}"),
    "certificate-badges": Text("받은 배지 {n}개", "Badges earned: {n}"),
    "certificate-date": Text("날짜 {day}", "Date {day}"),
    "certificate-save": Text("그림으로 저장", "Save picture"),
    "certificate-to-title": Text("처음 화면으로", "Back to title"),
    "kept-desktop": Text("바탕화면에 저장했어요: {name}", "Saved on your Desktop: {name}"),
    "kept-downloads": Text("다운로드 폴더에 저장했어요: {name}", "Saved in your Downloads folder: {name}"),
    "kept-data": Text("게임의 저장 폴더 '{folder}'에 저장했어요: {name}",
                      "Saved in the game's own folder '{folder}': {name}"),
    "certificate-downloaded": Text("그림을 내려받았어요!", "The picture was downloaded!"),
    "certificate-save-failed": Text(
        "지금은 그림을 저장하지 못했어요. 괜찮아요, 인증서는 화면에 그대로 있어요.",
        "The picture could not be saved this time. That's okay: your certificate is still here.",
    ),
    "book-summary": Text("시간 조각 {pieces}/{total}개 · ★ 별 {stars}개",
                         "Time pieces {pieces}/{total} · ★ Stars {stars}"),
    "stars-count": Text("별 {n}개", "Stars: {n}"),
    "stars-meaning": Text("★ 별은 퀴즈를 처음에 바로 맞히면 받아요.",
                          "★ You get stars for quiz answers that are right the first time."),
    "badge-hint": Text("'{chapter}' 이야기에서 받을 수 있어요.", "You can earn it in '{chapter}'."),
}


def ui(key: str, lang: str, **values: object) -> str:
    """The interface text `key` in `lang`, with `{name}` placeholders filled from `values`."""
    text = UI[key].get(lang)
    return text.format(**values) if values else text
