# The pictures and files the bot hands over: the pain chart under /history and after a
# check-in, the club's chart under /clubstats, and the /export file. Chart text is drawn in
# DejaVu Sans, so keep it to letters and punctuation (no emoji), and short: text too long for
# its place is cut with "…".

# A day under a chart's axis, short.
chart-day = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $day }

pain-chart-title = Your upper-back pain, last { $days } days
pain-chart-axis = Pain (0–10)
pain-chart-assessment = Check
pain-chart-red-flag = Red flag
pain-chart-checkin = Check-in
pain-chart-after-run = Check-in after a run
pain-chart-stretch = Stretch routine
pain-chart-trend = Trend
# The chart in one sentence, for whoever cannot see it.
pain-chart-alt = { $trend ->
        [better] Chart of your upper-back pain from 0 to 10 over the last { $days } days: getting better.
        [steady] Chart of your upper-back pain from 0 to 10 over the last { $days } days: about the same.
        [worse] Chart of your upper-back pain from 0 to 10 over the last { $days } days: getting worse.
       *[none] Chart of your upper-back pain from 0 to 10 over the last { $days } days.
    }

club-chart-title = Done presses per club session, last { $weeks } weeks
club-chart-axis = Members who pressed Done
club-chart-alt = Bar chart of how many members pressed Done at { $sessions ->
        [one] the club's one session
       *[other] each of the club's { $sessions } sessions
    } in the last { $weeks } weeks; the most at one session: { $most }.

export-file = 📄 Here's everything I keep about you, in one JSON file: { $assessments ->
        [0] no checks
        [one] one check
       *[other] { $assessments } checks
    }, { $checkins ->
        [0] no check-ins
        [one] one check-in
       *[other] { $checkins } check-ins
    }, and your settings (language, time zone, whether I keep a history).

# In the terminal (upback chat) a picture or a file is written into the data directory; these
# lines say where. They are removed with everything else by /forget.
console-picture-saved = 🖼 { $alt } It's saved as { $path }
console-file-saved = 💾 It's saved as { $path }

# Under export-file, when the file holds more than checks, check-ins and settings.
export-also = Also in it: { $items }.
