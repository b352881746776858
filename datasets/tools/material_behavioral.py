"""Behavioral questions with STAR answers at each level, for engineering ("tech") and other ("business") roles.

The `skill` of each question is the behavioral competency it is scored on.
"""

from __future__ import annotations

from material_common import SkillQuestion, q

TECH_STORIES: list[SkillQuestion] = [
    q(
        "collaboration",
        "Tell me about a time you disagreed with a teammate about a technical approach. What happened?",
        (
            5,
            "Last year a colleague wanted to rewrite our notifications service from scratch, and I thought an "
            "incremental refactor was safer. Instead of arguing in the pull request, I suggested we each write a "
            "one-page proposal with risks and estimates. We reviewed them with the team, agreed on a hybrid: "
            "new delivery code behind the old interface. We shipped in six weeks with no incidents, and he "
            "later said the written format helped him too.",
            "Turned a disagreement into written proposals, reached a hybrid decision and shipped without incidents.",
        ),
        (
            3,
            "A teammate and I disagreed on which library to use for forms. We talked about it and in the end "
            "our lead picked one, and we went with that. It worked out fine.",
            "Described a real disagreement but the resolution came from the lead rather than from them.",
        ),
        (
            2,
            "I don't really have disagreements, I usually just go along with what the team wants.",
            "Gave no example and avoids disagreement rather than working through it.",
        ),
    ),
    q(
        "collaboration",
        "Describe a project where you had to work closely with people outside engineering.",
        (
            5,
            "We rebuilt the onboarding flow with design, support and marketing. I set up a weekly thirty-minute "
            "demo where each group saw working software, and I paired with the designer on edge cases before "
            "she finalised screens. Support brought the top ten onboarding tickets, which became our test "
            "cases. Activation went up 14 percent and support tickets about onboarding halved.",
            "Created regular demos and shared test cases with three functions, with measurable results.",
        ),
        (
            3,
            "I worked with the design team on a new settings page. We had meetings to go through the designs "
            "and I asked questions when things weren't clear.",
            "Showed basic cooperation with design without a clear contribution or result.",
        ),
        (
            1,
            "Mostly the product manager talks to other teams, I just get the tickets.",
            "Has not worked with people outside the team and gave no example.",
        ),
    ),
    q(
        "collaboration",
        "Tell me about a time you helped a colleague who was struggling.",
        (
            5,
            "A new graduate on our team was stuck for days on her first ticket and didn't want to ask. I set up "
            "two pairing sessions a week, wrote a short guide to our local setup, and gave her a small bug that "
            "would ship in her first week. Within two months she was reviewing others' pull requests, and the "
            "guide became part of our onboarding.",
            "Noticed a struggling colleague, set up pairing and documentation, and the guide became team onboarding.",
        ),
        (
            3,
            "A colleague didn't understand our deployment process, so I explained it to him and showed him "
            "the scripts.",
            "Helped a colleague once, without a lasting outcome.",
        ),
        (
            2,
            "People usually figure things out themselves, that's how I learned.",
            "Did not give an example of helping anyone.",
        ),
    ),
    q(
        "problem solving",
        "Tell me about the hardest technical problem you've solved. What was the situation "
        "and what did you do?",
        (
            5,
            "Our app crashed for about one percent of users after a release, with no pattern in the reports. "
            "I grouped crashes by device and OS and found they were all on one older OS version, then "
            "reproduced it with that image. A date-formatting call behaved differently there. I added a "
            "fallback and a test on that OS in CI. Crashes dropped to zero within a day, and I wrote the "
            "post-mortem.",
            "Narrowed an intermittent crash with data, reproduced it, fixed it and prevented recurrence with a test.",
        ),
        (
            3,
            "We had a bug where some users couldn't log in. I looked through the logs, found an expired "
            "certificate on one server and we replaced it.",
            "Solved a real problem but with little detail on the reasoning.",
        ),
        (
            2,
            "There was a bug once that took a long time, but then someone else found it was a config thing.",
            "Gave a vague story where someone else solved the problem.",
        ),
    ),
    q(
        "problem solving",
        "Describe a time something went wrong on a project. What did you do?",
        (
            5,
            "Two weeks before a launch we found our payment provider's sandbox behaved differently from "
            "production for refunds. I told the product manager the same day with options and costs, then built "
            "a small contract test suite against production with a test card. We moved launch by four days, "
            "not four weeks, and the suite caught two more provider changes that year.",
            "Raised a risk early with options, built contract tests and limited the delay to four days.",
        ),
        (
            3,
            "We missed a deadline because the estimates were too optimistic. I worked some extra hours to help "
            "finish and we released a week late.",
            "Recognised the problem but responded with extra hours rather than a fix.",
        ),
        (
            1,
            "Nothing has really gone wrong on my projects.",
            "Claimed nothing went wrong and gave no example.",
        ),
    ),
    q(
        "problem solving",
        "Tell me about a time you had to make a decision without all the information you wanted.",
        (
            5,
            "During an outage we didn't know whether a new cache layer or a database upgrade caused the errors. "
            "Rolling back the database would take an hour; disabling the cache took a minute. I disabled the "
            "cache first because it was cheap and reversible, errors stopped within two minutes, and we "
            "confirmed the cause in the review. I now list reversible options first in our runbooks.",
            "Chose the cheap reversible action under uncertainty, resolved the outage and changed the runbooks.",
        ),
        (
            3,
            "We had to pick a hosting provider quickly, so I compared prices and chose the cheapest one that "
            "had the features we needed.",
            "Made a reasonable decision but did not explain how they handled the unknowns.",
        ),
        (
            2,
            "I usually wait until I have all the information, otherwise it's risky.",
            "Avoids decisions under uncertainty and gave no example.",
        ),
    ),
]

BUSINESS_STORIES: list[SkillQuestion] = [
    q(
        "collaboration",
        "Tell me about a time you disagreed with a colleague. How did you handle it?",
        (
            5,
            "My sales colleague wanted to promise a custom feature to win a deal; I knew it would take a "
            "quarter. I asked to join his next call, we listened to what the customer really needed, which was "
            "one report, and we agreed on a workaround plus a date for the report. The deal closed, and we set "
            "up a weekly fifteen-minute sync so it didn't happen again.",
            "Joined the customer call to understand the need, found a joint solution and set up a lasting sync.",
        ),
        (
            3,
            "A colleague and I disagreed about the wording of a customer email. We talked and used a mix of "
            "both versions.",
            "Resolved a small disagreement by compromise, without much detail.",
        ),
        (
            2,
            "I try to avoid conflict, so I let the other person decide.",
            "Avoided the disagreement and gave no real example.",
        ),
    ),
    q(
        "collaboration",
        "Describe a project where you worked closely with another team.",
        (
            5,
            "For a pricing change I worked with finance, support and engineering. I wrote a one-page plan with "
            "owners and dates, ran a fifteen-minute weekly check-in, and created a shared FAQ that support "
            "helped write. We launched on time, complaint tickets were 30 percent below our estimate, and "
            "finance reused the plan for the next change.",
            "Coordinated three teams with a written plan and shared FAQ, launching on time with fewer complaints.",
        ),
        (
            3,
            "I worked with the marketing team on a campaign. We had regular meetings and I sent them the "
            "information they needed.",
            "Described cooperation in general terms without a clear outcome.",
        ),
        (
            1,
            "Other teams are usually too busy, so I mostly do things on my own.",
            "Works alone and gave no example of collaboration.",
        ),
    ),
    q(
        "collaboration",
        "Tell me about a time you helped a colleague succeed.",
        (
            5,
            "A new colleague was struggling with her first month's targets. I shared my call notes and "
            "templates, sat in on three of her calls and gave feedback afterwards, and we practised objection "
            "handling on Fridays. By month three she hit her target, and our manager made the Friday practice a "
            "team habit.",
            "Coached a new colleague with concrete support until she hit target, and the practice spread.",
        ),
        (
            3,
            "I showed a new team member how our tools work during her first week.",
            "Helped a colleague once, without a lasting result.",
        ),
        (
            2,
            "Everyone is busy with their own work, so I don't usually get involved.",
            "Gave no example of helping a colleague.",
        ),
    ),
    q(
        "problem solving",
        "Tell me about a difficult problem you solved at work. What did you do?",
        (
            5,
            "Our refund complaints doubled in a month and nobody knew why. I pulled three hundred tickets, "
            "tagged them and found most came from one payment method with a slower refund time that we never "
            "told customers about. I worked with product to show the expected date in the confirmation email. "
            "Complaints went back to normal within three weeks.",
            "Analysed 300 tickets to find a root cause, changed the customer communication and fixed the trend.",
        ),
        (
            3,
            "We were getting many questions about one feature, so I wrote a help article and shared it with "
            "the team.",
            "Took a sensible step but did not explain how the cause was found or the result.",
        ),
        (
            2,
            "There were problems with a client once, but my manager sorted it out.",
            "Gave a vague story in which someone else solved the problem.",
        ),
    ),
    q(
        "problem solving",
        "Describe a time something didn't go to plan. What did you do?",
        (
            5,
            "A launch event lost its venue a week before. I listed what really mattered to attendees, called "
            "three alternatives the same afternoon, and moved to a smaller venue with a livestream for the "
            "overflow. I emailed every registrant with the change within 24 hours. Attendance was 92 percent of "
            "registrations, higher than the previous year.",
            "Re-planned quickly around priorities, communicated early and kept attendance at 92 percent.",
        ),
        (
            3,
            "A project was late because a supplier delayed. I told the client and we agreed a new date.",
            "Handled the delay reasonably but with little initiative described.",
        ),
        (1, "Things usually go to plan for me.", "Claimed nothing goes wrong and gave no example."),
    ),
    q(
        "problem solving",
        "Tell me about a decision you made with incomplete information.",
        (
            5,
            "We had to choose which of two customer segments to focus on before a full study was possible. I "
            "ran ten quick interviews per segment in a week and looked at churn data: one segment churned at "
            "half the rate. I recommended it, set a review point after one quarter, and the focus lifted "
            "retention by 12 percent.",
            "Gathered quick evidence, made a reversible decision with a review point and lifted retention 12 percent.",
        ),
        (
            3,
            "I had to choose a supplier quickly, so I picked the one with the best reviews and it worked out.",
            "Made a decision but said little about handling the uncertainty.",
        ),
        (
            2,
            "I don't like guessing, so I usually ask my manager to decide.",
            "Hands decisions to the manager and gave no example.",
        ),
    ),
]
