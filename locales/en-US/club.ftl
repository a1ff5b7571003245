# Group routines and reminders: what moderators and runners set up, and what gets posted.

moderators-only = Sorry, only the group's admins and moderators can do that. Nothing was changed.

button-done = ✅ Done
done-counted = ✅ Counted — nice work!
done-already = You've already ticked this one off ✅
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
