# What the bot says at the end of a check, on a check-in and in the history.

intro =
    Let's find out what's behind your sore upper back. I'll ask about { $questions } quick questions — it takes two or three minutes, and you can go back or stop at any time.

    First, a few safety questions.
progress = Question { $number } of about { $about }

red-flag-emergency =
    🚨 Please stop here and get medical help now.

    What you described can be a sign of something that needs a doctor today, not a stretching plan. Call your local emergency number (112 in Europe, 911 in North America) or have someone take you to an emergency department. Please don't wait to see whether it passes.
red-flag-professional =
    ⚠️ Let's pause the self-help part here.

    What you told me is worth getting checked by a doctor or physiotherapist soon — ideally within the next few days, and before your next hard run. If it suddenly gets worse, or you get chest pain, trouble breathing, or numbness or weakness that spreads, get urgent care.
red-flag-you-said = You told me: “{ $answer }”.
red-flag-you-said-severity = You rated your pain { $severity } out of 10.
saved-to-history = I've saved this to your history.

factor-posture = Posture
factor-core = Core strength
factor-arm-swing = Arm swing
factor-breathing = Breathing
factor-fatigue = Muscle fatigue
factor-hydration = Hydration

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
result-see-professional = See a doctor or physio if the pain lasts more than two weeks, keeps getting worse, wakes you at night, or comes with numbness, tingling, fever or chest symptoms.

checkin-ask = How does your upper back feel today, from 0 (not at all sore) to 10 (the worst you can imagine)?
checkin-after-run = { $severity } out of 10, got it. Is that after a run?
checkin-saved = Saved: { $severity }/10{ $after_run ->
        [yes] {" "}after a run.
       *[no] , not after a run.
    }
checkin-high = That's a lot of pain. If it stays this high, please get it checked by a doctor or physio.

trend-better = Trend: getting better { $chart }
trend-steady = Trend: about the same { $chart }
trend-worse = Trend: getting worse { $chart } — if that keeps up, have a professional take a look.

history-head = Your recent checks and check-ins:
history-empty = Nothing here yet. Do a check or a quick check-in and I'll start keeping track.
history-unreadable = { $count ->
        [one] One older record couldn't be read, so I've left it out (it's still stored).
       *[other] { $count } older records couldn't be read, so I've left them out (they're still stored).
    }
history-assessment = { $date } · check { $severity }/10 · most likely { $factor }
history-assessment-nothing = { $date } · check { $severity }/10 · nothing stood out
history-assessment-professional = { $date } · check { $severity }/10 · advised to see a professional
history-assessment-emergency = { $date } · check · advised to get urgent help
history-checkin = { $date } · check-in { $severity }/10{ $kind ->
        [after-run] , after a run
        [stretch] , stretch routine done
       *[other] {""}
    }
