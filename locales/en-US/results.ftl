# What the bot says at the end of a check, on a check-in and in the history.

intro =
    Let's find out what's behind your sore upper back. I'll ask { $questions } quick questions — it takes two or three minutes, and you can go back or stop at any time.

    First, a few safety questions.
progress = Question { $number } of { $total }

red-flag-emergency =
    🚨 Please stop here and get medical help now.

    What you described can be a sign of something that needs a doctor today, not a stretching plan. Please don't wait to see whether it passes.
red-flag-professional =
    ⚠️ Let's pause the self-help part here.

    What you told me is worth getting checked by a professional first, before your next hard run. If it suddenly gets worse, or you get chest pain, trouble breathing, or numbness or weakness that spreads, get urgent care.

# What to do, who to see and how soon, for each red-flag sign (ids in assessment.toml).
referral-chest = Chest pain, pressure or tightness: call your emergency number now (112 in Europe, 911 in North America). Don't drive yourself.
referral-breath = Trouble breathing that doesn't settle: call your emergency number now (112 / 911) and sit upright while you wait.
referral-spread = Pain spreading into your arm or jaw: call your emergency number now (112 / 911) — it can come from the heart.
referral-sweat = Sweating, feeling sick or clammy with the pain: call your emergency number now (112 / 911).
referral-bladder = Losing control of your bladder or bowels: go to an emergency department now. The nerves in your spine need checking today, not next week.
referral-faint = Fainting or nearly fainting: call your emergency number, or have someone take you to an emergency department now.
referral-fall = It started after a fall or a knock: see a doctor today or tomorrow to rule out an injury, and don't run until then.
referral-nerves = Numbness, tingling or weakness in an arm or leg: see a doctor within a day or two. If it spreads fast or you lose strength, go to an emergency department.
referral-fever = Fever or chills with the back pain: see a doctor within a day or two — today if you feel very unwell.
referral-weight = Weight loss you can't explain: book an appointment with your doctor this week.
referral-night = Pain at night or when you rest: see a doctor or physiotherapist this week. Running soreness usually eases when you rest.
referral-worse = Pain that keeps getting worse: see a doctor or physiotherapist within a few days, and ease off running until then.
referral-long = Pain that hasn't eased in over two weeks: see a doctor or physiotherapist within the next week.
referral-severe = Pain of 8 or more out of 10: see a doctor within a day or two. If it came on suddenly, or with chest or breathing trouble, call 112 / 911.


factor-posture = Posture
factor-core = Core strength
factor-arm-swing = Arm swing
factor-breathing = Breathing
factor-fatigue = Muscle fatigue
# .and: the last joiner of a list that ends with this item (Spanish says "e", not "y",
# before an "i" sound); here the usual one.
factor-hydration = Hydration
    .and = { list-and }

level-likely = likely
level-possible = possible
level-unlikely = unlikely

result-head = Here's what I think is going on, most likely first:
result-factor = { $rank }. { $factor } — { $level } ({ $score }%)
result-factor-why =
    { $rank }. { $factor } — { $level } ({ $score }%)
    { $reason }
result-unlikely = Less likely for you: { $factors }.
result-nothing-stands-out = Nothing stands out clearly from your answers. That's good news: it's most likely ordinary soreness that settles with some stretching, rest and easy running.
advice-head = What I'd try:
result-score-meaning = The % shows how strongly your answers point to each cause. It isn't a medical probability.
advice-held-back = I've left out stretches and exercises for now: please get checked first, as I suggested. Tell me when you have, next time you start a check.
result-see-professional = See a doctor or physio if the pain lasts more than two weeks, keeps getting worse, wakes you at night, or comes with numbness, tingling, fever or chest symptoms.

checkin-ask = How does your upper back feel today, from 0 (not at all sore) to 10 (the worst you can imagine)?
checkin-after-run = { $severity } out of 10, got it. Is that after a run?
checkin-noted = Got it: { $severity }/10{ $after_run ->
        [yes] {" "}after a run.
       *[no] , not after a run.
    }
checkin-high = That's a lot of pain. If it stays this high, please get it checked by a doctor or physio.

trend-better = Trend: getting better { $chart }
trend-steady = Trend: about the same { $chart }
trend-worse = Trend: getting worse { $chart } — if that keeps up, have a professional take a look.

history-head = Your recent checks and check-ins:
history-streak = 🔥 { $days } days in a row with a stretch. Keep it going!
stretched = 🙌 Nice work, stretch done!
history-empty = Nothing here yet. Do a check or a quick check-in and I'll start keeping track.
history-off = You're using me without a history, so there's nothing here. Tap below if you'd like me to keep one.
history-unreadable = { $count ->
        [one] One older record couldn't be read, so I've left it out (it's still stored).
       *[other] { $count } older records couldn't be read, so I've left them out (they're still stored).
    }
history-assessment = { $date } · check { $severity }/10 · most likely { $factor }
history-assessment-nothing = { $date } · check { $severity }/10 · nothing stood out
history-assessment-professional = { $date } · check { $severity }/10 · advised to see a professional
history-assessment-emergency = { $date } · check · advised to get urgent help
history-checked = { $date } · got checked by a professional
history-checkin = { $date } · check-in { $severity }/10{ $kind ->
        [after-run] , after a run
        [stretch] , stretch routine done
       *[other] {""}
    }

# /history while what the runner just did waits for their answer to "may I keep your history?"
# (the question follows).
history-waiting = { $count ->
        [one] What you just did isn't in your history yet: it's waiting for your answer below.
       *[other] The last { $count } things you did aren't in your history yet: they're waiting for your answer below.
    }

# The intro when the answers decide how many questions there are (follow-ups open for what
# needs a closer look): as few and as many as it can be, so the counter never contradicts it.
intro-range =
    Let's find out what's behind your sore upper back. I'll ask { $least } to { $most } quick questions, depending on your answers — it takes two or three minutes, and you can go back or stop at any time.

    First, a few safety questions.
# The counter while answers still to come may close follow-ups: the most there can be, which
# only comes down (progress is the exact count).
progress-up-to = Question { $number } of up to { $total }
