# The questions of the check, their answers, why each is asked, and the reason lines the
# result quotes back. Ids follow core/content/assessment.toml.

## Safety first

q-alarm = Along with the back pain, do you have any of these right now?
q-alarm-chest = Chest pain or pressure
q-alarm-breath = Struggling to breathe
q-alarm-spread = Pain spreading to my arm or jaw
q-alarm-sweat = Sweating or feeling sick with the pain
q-alarm-bladder = Lost control of bladder or bowels
q-alarm-none = None of these
why-alarm = These can mean something other than a tired muscle — sometimes the heart, the lungs or the nerves. They need a doctor straight away, so I always ask about them first.

q-warning = And do any of these fit?
q-warning-fall = It started after a fall or a knock
q-warning-nerves = Numbness, tingling or weakness in my arms or legs
q-warning-fever = Fever, or weight loss I can't explain
q-warning-night = It hurts at night or when I'm resting
q-warning-none = None of these
why-warning = Running soreness eases with rest. Pain after an injury, nerve symptoms, fever or pain at rest point to something a doctor or physio should look at before you try self-help.

## Your pain

q-severity = At its worst, how bad is it? 0 is no pain, 10 is the worst you can imagine.
why-severity = Strong pain deserves a proper examination. It also helps you see later whether things are improving.

q-course = How long have you had it, and how is it going?
q-course-today = It started with this run
q-course-better = A few days, getting better
q-course-same = A few days, about the same
q-course-worse = It keeps getting worse
q-course-long = More than two weeks
why-course = Ordinary soreness fades within days. Pain that builds up or hangs around for weeks should be seen by a professional.

q-where = Where do you feel it most?
q-where-blades = Between my shoulder blades
q-where-neck = At the base of my neck
q-where-side = More on one side
q-where-across = Across my whole upper back
why-where = Where it hurts hints at which muscles are overworked: the neck points to shrugged shoulders, one side to an uneven arm swing.
reason-where-blades = You feel it between your shoulder blades, where a rounded posture and tight breathing muscles pull.
reason-where-neck = It sits at the base of your neck, where shrugged shoulders and a forward head load the muscles.
reason-where-side = It's worse on one side, which often means one arm works harder than the other.
reason-where-across = It's spread across your whole upper back, typical of muscles that are simply worn out.

q-when = When does it bother you most?
q-when-during = During the run
q-when-after = Right after the run
q-when-nextday = The next day
q-when-twist = When I turn my upper body
why-when = Timing is a clue: pain while running points to form and breathing, pain the next day to tired muscles.
reason-when-during = It hurts while you run, when form and breathing are doing their work.
reason-when-after = It comes on right after running, when tired, dry muscles complain most.
reason-when-nextday = It shows up the next day, the classic sign of muscles pushed past what they're used to.
reason-when-twist = Turning your upper body hurts, which points to a stiff mid-back and a core that isn't holding you steady.

## One question per cause

q-posture-screen = On a normal day, how long do you sit — desk, car, sofa, screens?
q-posture-screen-little = Less than 4 hours
q-posture-screen-some = 4 to 7 hours
q-posture-screen-lots = 8 hours or more
why-posture-screen = Long hours of sitting tend to round the shoulders and push the head forward. Then the upper back has to work extra hard to hold you up on a run.
reason-posture-screen-some = You sit for a good part of the day.
reason-posture-screen-lots = You sit for 8 hours or more on a normal day, which tends to round the shoulders.

q-core-screen = Could you hold a solid plank for a full minute?
q-core-screen-easy = Yes, easily
q-core-screen-barely = Just about
q-core-screen-no = No
why-core-screen = Your core keeps your spine steady while you run. When it tires, your upper back jumps in to help, and that's extra work it isn't built for.
reason-core-screen-barely = A one-minute plank is a struggle for you.
reason-core-screen-no = You can't hold a plank for a minute yet, so your core may tire early.

q-arms-screen = Has anything looked off about your arms when you run — in a video, a photo, or a friend's comment?
q-arms-screen-fine = No, they look relaxed
q-arms-screen-unsure = I've never looked
q-arms-screen-odd = Yes, something's off
why-arms-screen = Your arm swing is powered and steadied by the muscles of your upper back. An awkward swing keeps them busy all run long.
reason-arms-screen-unsure = You haven't had a look at your arm swing yet.
reason-arms-screen-odd = You've noticed something off about your arm swing.

q-breath-screen = How does your breathing feel on a typical run?
q-breath-screen-belly = Deep and steady, from the belly
q-breath-screen-chest = Quick and high in my chest
q-breath-screen-gasp = I hold my breath or end up gasping
why-breath-screen = When breathing stays high in the chest, small muscles in the neck and upper back lift your ribs with every breath, and they tire.
reason-breath-screen-chest = Your breathing stays quick and high in your chest, which makes neck and upper-back muscles help out.
reason-breath-screen-gasp = You tend to hold your breath or gasp, which tenses the muscles around your ribs.

q-fatigue-screen = What was the run before the soreness like?
q-fatigue-screen-easy = Short and easy
q-fatigue-screen-long = Longer than usual
q-fatigue-screen-hard = Long or hard, and I was tired by the end
why-fatigue-screen = Tired muscles hold you up less well. As they fade, others take over, and your upper back often ends up doing more than its share.
reason-fatigue-screen-long = That run was longer than you're used to.
reason-fatigue-screen-hard = The run was long or hard and you were worn out by the end.

q-water-screen = How much did you drink before and during that run?
q-water-screen-plenty = Plenty
q-water-screen-little = A little
q-water-screen-none = Next to nothing
why-water-screen = Muscles that are short of water get less blood and clear waste more slowly, so they stiffen and cramp sooner.
reason-water-screen-little = You drank only a little around that run.
reason-water-screen-none = You drank next to nothing around that run.

## Follow-ups

q-posture-head = If you catch sight of yourself running (a shop window, a photo), is your head forward or are your shoulders rounded?
q-posture-head-yes = Yes, that's me
q-posture-head-unsure = Not sure
q-posture-head-no = No, I run tall
why-posture-head = A head that juts forward weighs on the upper back with every stride, and those muscles end up compensating.
reason-posture-head-yes = Your head drifts forward and your shoulders round while you run.
reason-posture-head-unsure = You're not sure whether your head and shoulders stay tall while you run.

q-core-sway = As you tire, does your upper body twist or lean from side to side?
q-core-sway-yes = Yes
q-core-sway-unsure = Not sure
q-core-sway-no = No
why-core-sway = A steady trunk needs a strong core. When it wobbles, the upper back works as a back-up stabiliser.
reason-core-sway-yes = Your upper body twists or sways as you tire — a sign the core is letting go.
reason-core-sway-unsure = Your upper body may start to twist as you tire.

q-core-shoulders = Late in a run, do you feel you're pushing yourself along with your shoulders?
q-core-shoulders-yes = Yes
q-core-shoulders-unsure = Sometimes
q-core-shoulders-no = No
why-core-shoulders = Power should flow from your legs through your core. If the core leaks, the shoulders and upper back try to make up for it.
reason-core-shoulders-yes = Late in runs you drive with your shoulders instead of your core.
reason-core-shoulders-unsure = Sometimes your shoulders do the pushing late in a run.

q-core-pelvis = Does your lower back arch a lot, with your hips tipping forward?
q-core-pelvis-yes = Yes
q-core-pelvis-unsure = Not sure
q-core-pelvis-no = No
why-core-pelvis = A hollow lower back often goes with a weak core, and the upper back rounds forward to balance it out.
reason-core-pelvis-yes = Your lower back arches and your hips tip forward, which rounds the upper back to compensate.
reason-core-pelvis-unsure = Your lower back may arch more than it should.

q-core-stride = Is it hard to keep an even stride and rhythm as you get tired?
q-core-stride-yes = Yes
q-core-stride-unsure = Sometimes
q-core-stride-no = No
why-core-stride = A strong core helps you feel where your body is. When it fades, your stride gets ragged and the upper back scrambles to keep you balanced.
reason-core-stride-yes = Your stride and rhythm fall apart as you tire.
reason-core-stride-unsure = Your rhythm sometimes slips as you tire.

q-arms-cross = Do your hands swing across the middle of your chest?
q-arms-cross-yes = Yes
q-arms-cross-unsure = Not sure
q-arms-cross-no = No
why-arms-cross = Arms that cross your body twist your trunk, and the muscles between your shoulder blades have to keep reining that in.
reason-arms-cross-yes = Your hands cross the middle of your body, so your upper back keeps fighting the twist.
reason-arms-cross-unsure = Your arms may be crossing in front of you.

q-arms-shrug = Do your shoulders creep up towards your ears?
q-arms-shrug-yes = Yes
q-arms-shrug-unsure = Sometimes
q-arms-shrug-no = No
why-arms-shrug = Raised shoulders keep the muscles on top of them tense the whole run, and tense muscles get less blood and tire.
reason-arms-shrug-yes = Your shoulders creep up towards your ears, keeping the upper back tense.
reason-arms-shrug-unsure = Your shoulders sometimes creep up as you run.

q-arms-drive = Do your arms hang fairly still instead of driving back and forth?
q-arms-drive-yes = Yes
q-arms-drive-unsure = Not sure
q-arms-drive-no = No
why-arms-drive = A lazy arm swing makes the body find momentum elsewhere, often by twisting the torso and leaning on the upper back.
reason-arms-drive-yes = Your arms barely drive, so your trunk and upper back do the work instead.
reason-arms-drive-unsure = Your arm drive may be on the weak side.

q-arms-uneven = Does one arm swing differently from the other?
q-arms-uneven-yes = Yes
q-arms-uneven-unsure = Not sure
q-arms-uneven-no = No
why-arms-uneven = An uneven swing makes one side of your upper back work harder, which is why soreness can sit on one side.
reason-arms-uneven-yes = One arm swings differently, so one side of your back does more work.
reason-arms-uneven-unsure = Your arms may not swing evenly.

q-breath-neck = When you breathe hard, do your neck and shoulders tense up?
q-breath-neck-yes = Yes
q-breath-neck-unsure = Not sure
q-breath-neck-no = No
why-breath-neck = If the diaphragm isn't doing most of the work, neck and upper-back muscles lift the ribs instead — thousands of times per run.
reason-breath-neck-yes = Your neck and shoulders tense up when you breathe hard.
reason-breath-neck-unsure = Your neck and shoulders may be helping you breathe.

q-breath-hold = Do you catch yourself holding your breath on hills or hard efforts?
q-breath-hold-yes = Yes
q-breath-hold-unsure = Sometimes
q-breath-hold-no = No
why-breath-hold = Holding your breath braces everything around the ribs, and that stiffness spreads into the upper back.
reason-breath-hold-yes = You hold your breath on hard efforts, which tenses your upper body.
reason-breath-hold-unsure = You sometimes hold your breath when it gets hard.

q-breath-cramp = Do you get cramps or stiffness in your upper back during a run?
q-breath-cramp-yes = Yes
q-breath-cramp-unsure = Sometimes
q-breath-cramp-no = No
why-breath-cramp = Muscles short of oxygen cramp and stiffen sooner; poor breathing and too little fluid both cut the supply.
reason-breath-cramp-yes = Your upper back cramps or stiffens during runs, a sign it's short of oxygen.
reason-breath-cramp-unsure = Your upper back sometimes stiffens mid-run.

q-breath-stiff = Does your mid-back feel stiff when you twist or take a really deep breath?
q-breath-stiff-yes = Yes
q-breath-stiff-unsure = Not sure
q-breath-stiff-no = No
why-breath-stiff = A stiff mid-back stops the ribs from opening fully, so every breath takes more effort from the surrounding muscles.
reason-breath-stiff-yes = Your mid-back is stiff when you twist or breathe deeply, which makes breathing harder work.
reason-breath-stiff-unsure = Your mid-back may be on the stiff side.

q-fatigue-form = Towards the end, did your shoulders rise or your neck tighten?
q-fatigue-form-yes = Yes
q-fatigue-form-unsure = Not sure
q-fatigue-form-no = No
why-fatigue-form = When the upper back tires, the neck and shoulders try to help out, which adds strain and stiffness.
reason-fatigue-form-yes = Your shoulders rose and your neck tightened as you tired — the upper back was running out of steam.
reason-fatigue-form-unsure = Your form may have slipped as you tired.

q-fatigue-load = Have you been running more, or harder, than usual these last couple of weeks?
q-fatigue-load-yes = Yes
q-fatigue-load-no = No
why-fatigue-load = Muscles need time to catch up with more distance or speed. A jump in training is a common trigger for soreness.
reason-fatigue-load-yes = You've stepped up your training recently, more than your muscles have caught up with.

q-water-day = On a normal day, what colour is your pee?
q-water-day-pale = Pale yellow
q-water-day-dark = Darker yellow
q-water-day-unsure = Never noticed
why-water-day = Pale yellow means you're drinking enough through the day; darker means you often start runs a little dry.
reason-water-day-dark = Your pee is usually darker yellow, so you often start runs a little dry.
reason-water-day-unsure = You're not sure how well you drink through the day.

q-water-cramp = Did you get cramps, or feel stiff and heavy, during or after the run?
q-water-cramp-yes = Yes
q-water-cramp-no = No
why-water-cramp = Cramps and stiffness are how muscles short of water often complain.
reason-water-cramp-yes = You had cramps or felt stiff and heavy, as muscles short of water do.

## Things that change the advice

q-stretching = How often do you stretch your chest, shoulders and upper back?
q-stretching-regular = Most days
q-stretching-sometimes = Now and then
q-stretching-rarely = Hardly ever
why-stretching = Tight chest and shoulder muscles pull you forward. If you rarely stretch them, that's an easy win.

q-surface = What do you mostly run on?
q-surface-hard = Roads and pavements
q-surface-mixed = A mix
q-surface-soft = Trails, grass or a track
why-surface = Hard ground sends more shock up through your body, and tired muscles feel it.

q-shoes = How are your running shoes?
q-shoes-fresh = Fairly new and comfy
q-shoes-worn = Worn out
q-shoes-unsure = No idea how old they are
why-shoes = Tired shoes cushion less and can change how you move, which adds load further up the chain.

q-cadence = How would you describe your stride?
q-cadence-quick = Quick, light steps
q-cadence-long = Long, bouncy strides
q-cadence-unsure = No idea
why-cadence = Longer strides mean harder landings. A few more steps per minute soften each one.
