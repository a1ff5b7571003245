# Group routines and reminders: what moderators and runners set up, and what gets posted.

moderators-only = Sorry, only the group's admins and moderators can do that. Nothing was changed.

button-done = ✅ Done
done-counted = ✅ Counted — nice work!
done-already = You've already ticked this one off ✅
done-counted-streak = ✅ Counted — that's { $streak } club sessions in a row 🔥
routine-posted = ✅ Posted for the club.
routine-count = { $count ->
        [0] Nobody has ticked it off yet. Tap Done when you have!
        [one] One runner has stretched so far. 💪
       *[other] { $count } runners have stretched so far. 💪
    }

weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

schedule-daily = Every day at { $time } ({ $zone })
schedule-weekly = Every { $days } at { $time } ({ $zone })
schedule-once = Once, on { $date } at { $time } ({ $zone })

remind-usage =
    Tell me when, like this:
    /remind daily 08:00 Europe/Madrid
    /remind checkin mon,wed,fri 07:30 Europe/Madrid
    /remind 2026-12-24 10:00 Europe/Madrid bring a mat
    Start with "checkin" for a check-in nudge instead of a stretch one. I'll remember your time zone after the first time.
remind-usage-group =
    Tell me when, like this:
    /remind tue,thu 19:30 Europe/Berlin after the club run
    /remind 2026-12-24 10:00 Europe/Berlin
    Days are mon to sun (or "daily"), the time is 24-hour, and the time zone is an Area/City name.
remind-bad-days = I couldn't read the days. Use mon,tue,… or "daily", or a date like 2026-12-24.
remind-bad-time = I couldn't read the time. Use 24-hour time, like 19:30.
remind-bad-zone = I don't know the time zone "{ $zone }". Use an Area/City name like Europe/Berlin or America/New_York.
remind-no-zone = Which time zone are you in? Add it once, like Europe/Madrid, and I'll remember it.
remind-past = That date and time has already passed.
remind-set = ⏰ Reminder set! The first one comes on { $next }.

reminders-empty = There are no reminders here yet.
reminders-head = ⏰ Reminders here:
reminder-line = #{ $n } · { $kind }
reminder-kind-stretch = stretch
reminder-kind-checkin = check-in
reminder-next = Next: { $next }
reminder-paused = Paused
reminder-finished = Done (it was a one-off)
reminder-gone = Stopped: I can't post in this chat any more ({ $detail }).
reminder-note = 📝 { $note }
button-pause-reminder = ⏸ Pause #{ $n }
button-resume-reminder = ▶ Resume #{ $n }
button-remove-reminder = 🗑 Remove #{ $n }

reminder-stretch = 🔔 Stretch time! Your upper back will thank you.
reminder-checkin = 🔔 Time for a quick check-in: how does your back feel today?

# The options of Discord's /remind.
option-remind-when = Days and time, e.g. tue,thu 19:30 Europe/Berlin
option-remind-note = A short note to add to the reminder
option-remind-role = A role to mention (never everyone)
option-leaderboard-choice = Show your name on the club's stats, or not
option-leaderboard-on = on: show my name
option-leaderboard-off = off: count me without a name

# /clubstats and /leaderboard: a club's participation, counted from Done presses.
clubstats-head = 📊 Club stretching, from the ✅ Done presses:
clubstats-this-week = This week: { $members ->
        [one] one member
       *[other] { $members } members
    } stretched, { $sessions ->
        [one] one session posted
       *[other] { $sessions } sessions posted
    }.
clubstats-last-week = Last week: { $members ->
        [one] one member
       *[other] { $members } members
    } stretched, { $sessions ->
        [one] one session posted
       *[other] { $sessions } sessions posted
    }.
clubstats-regulars = Most regular over the last 8 weeks:
clubstats-regular = 🏅 { $name } · { $count ->
        [one] once
       *[other] { $count } times
    }
clubstats-anonymous = { $count ->
        [one] …and one more regular who prefers not to be named.
       *[other] …and { $count } more regulars who prefer not to be named.
    }
clubstats-leaderboard-hint = Members can put their name on this list with /leaderboard on (and take it off with /leaderboard off).
clubstats-empty = No club sessions in the last 8 weeks yet. Post one with /routine, or set a stretch reminder, and the Done presses will show up here.
clubstats-in-group = Club stats are about a group: ask for them in your club's group or server.
leaderboard-on = 🏅 Okay, your name shows on this club's stats as { $name }. /leaderboard off takes it off again.
leaderboard-off = Okay, you're counted on this club's stats without your name.
leaderboard-usage = Use /leaderboard on to show your name on this club's stats, or /leaderboard off to be counted without it. It's off until you say so.
leaderboard-in-group = The leaderboard belongs to a club: use /leaderboard on in your club's group or server.
