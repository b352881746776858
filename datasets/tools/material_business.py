"""Questions for product, design, sales and support skills, with an authored answer at each level."""

from __future__ import annotations

from material_common import SkillQuestion, q

BUSINESS_QUESTIONS: list[SkillQuestion] = [
    q(
        "product management",
        "How do you decide what goes into the next quarter when everything seems urgent?",
        (
            5,
            "I start from the outcome we're accountable for, say booking conversion, and score candidates with "
            "RICE using real numbers: funnel data for reach, research for impact, engineering estimates for "
            "effort. I share the ranked list openly and say what we are not doing and why. Last quarter that "
            "put guest checkout first; it lifted conversion by 9 percent.",
            "Prioritised from a clear outcome with RICE and data, communicated trade-offs and cited a 9 percent lift.",
        ),
        (
            3,
            "I look at customer requests and business goals, use a framework like RICE, and agree with "
            "stakeholders on the top items.",
            "Named a framework and inputs but gave no example of a decision made.",
        ),
        (
            2,
            "I ask the CEO what matters most and do that first.",
            "Deferred prioritisation to the most senior person instead of reasoning about it.",
        ),
    ),
    q(
        "product management",
        "Tell me about a feature you decided not to build. How did you get there?",
        (
            5,
            "Sales wanted a custom report builder for two large prospects. I interviewed eight customers and "
            "found they needed three specific exports, not a builder. We shipped the exports in two weeks instead "
            "of a quarter, both prospects signed, and I wrote the decision up so the question didn't come back.",
            "Used customer interviews to replace a large request with a small solution that closed both deals.",
        ),
        (
            3,
            "We didn't build a dark mode because it wasn't a priority compared with other things on the "
            "roadmap.",
            "Gave a real case but little reasoning or evidence behind the decision.",
        ),
        (
            1,
            "I don't really say no, I try to fit everything in.",
            "Has not made a deliberate decision not to build something.",
        ),
    ),
    q(
        "user research",
        "How do you plan and run user interviews so they give you reliable insight?",
        (
            5,
            "I write the decision the research should inform, recruit six to eight users who match the "
            "segment, and use a discussion guide of open questions about past behaviour, never 'would you use'. "
            "Two of us take notes, we tag them and synthesise into an affinity map the same week. For our "
            "rebooking flow that found the real problem was refund anxiety, not the form.",
            "Tied research to a decision, asked about past behaviour, synthesised rigorously and found a real insight.",
        ),
        (
            3,
            "I prepare questions, talk to five or so users and write up the main themes for the team.",
            "Described a sensible but generic process without method detail or findings.",
        ),
        (
            2,
            "I ask users which features they want and build the most popular one.",
            "Asked users for feature wishes, which is unreliable research.",
        ),
    ),
    q(
        "user research",
        "How do you combine qualitative research with analytics data?",
        (
            5,
            "Analytics shows where and how much, interviews show why. On the booking funnel, data showed a 40 "
            "percent drop at the date picker; five session recordings and four interviews showed people "
            "couldn't see availability. We redesigned the calendar and the drop fell to 22 percent. I always "
            "pair a number with a quote in my readouts.",
            "Used analytics to locate a problem and interviews to explain it, with a measured improvement.",
        ),
        (
            3,
            "I use analytics to find problems and interviews to understand them better.",
            "Stated the right principle without an example.",
        ),
        (
            2,
            "I mostly trust my gut, the data usually agrees eventually.",
            "Relied on intuition over evidence.",
        ),
    ),
    q(
        "stakeholder management",
        "Tell me about a time you had to align stakeholders who wanted different things.",
        (
            5,
            "Finance wanted payroll corrections locked after close; support wanted them editable to cut tickets. "
            "I met each group, wrote both goals into one page with the data: 1,200 correction tickets a month, "
            "and two audit findings. We agreed a correction workflow with an approval step. Tickets fell by 60 "
            "percent and audit signed it off.",
            "Framed both goals with data, found a solution meeting both and cited tickets down 60 percent.",
        ),
        (
            3,
            "Marketing and sales disagreed about a launch date. I set up a meeting, we discussed it and found "
            "a compromise date.",
            "Described a real situation but the resolution was generic.",
        ),
        (
            2,
            "I usually escalate to my manager when people disagree.",
            "Escalated by default rather than aligning people.",
        ),
    ),
    q(
        "roadmapping",
        "How do you build a roadmap and keep it credible over time?",
        (
            5,
            "Outcome-based: now, next and later columns tied to goals, with confidence decreasing further out. "
            "Each item carries the problem and the metric, not a date, except committed items with an "
            "engineering estimate. I review it monthly with the leads and publish changes with reasons. When we "
            "cut a committed item, sales heard it from me a quarter early.",
            "Built an outcome-based roadmap with explicit confidence and a visible change process.",
        ),
        (
            3,
            "A quarterly roadmap with the main features and rough dates, updated when priorities change.",
            "Described a feature-and-date roadmap without explaining how it stays credible.",
        ),
        (
            2,
            "I put all requested features on a timeline for the year.",
            "Listed every request on a timeline with no prioritisation.",
        ),
    ),
    q(
        "figma",
        "How do you organise your Figma files so that others can work with them?",
        (
            4,
            "Pages per stage: exploration, ready for development and archive, with a cover and a changelog. "
            "Everything uses auto layout and components from our library with variants, and tokens are variables "
            "so themes switch cleanly. Developers use Dev Mode on the ready page only.",
            "Described a clear file structure, components, variables and handoff process, without evidence of its effect.",
        ),
        (
            3,
            "I name my layers and frames, use components for repeated elements and keep one page per feature.",
            "Followed good basics without a system for others.",
        ),
        (
            2,
            "I keep everything on one big page and explain it when people ask.",
            "Files depend on the designer explaining them.",
        ),
    ),
    q(
        "prototyping",
        "How do you decide what fidelity of prototype to build?",
        (
            5,
            "It depends on the question. For flow questions a clickable wireframe in an afternoon; for "
            "interaction or motion questions a high-fidelity prototype of just that part. For our booking "
            "redesign I tested three low-fidelity flows with six users in a week before drawing a single final "
            "screen, and dropped the option the team liked most because users got lost in it.",
            "Matched fidelity to the question and showed low-fidelity testing changing a decision.",
        ),
        (
            3,
            "I start with wireframes and then make a high-fidelity prototype for testing and handoff.",
            "Described a standard sequence without tying fidelity to the question.",
        ),
        (
            2,
            "I always make it look final so people understand it.",
            "Always builds high fidelity regardless of purpose.",
        ),
    ),
    q(
        "design systems",
        "How have you contributed to a design system, and how do you decide when to add a component?",
        (
            5,
            "I maintained the form components of our system. A pattern becomes a component when three teams "
            "need it and the behaviour is settled; until then it lives as a documented pattern. Each component "
            "ships with usage guidelines, states, accessibility notes and a coded counterpart. Adoption tracking "
            "showed our date picker replaced five custom ones.",
            "Gave a clear inclusion rule, documentation standards and evidence of adoption.",
        ),
        (
            3,
            "I added a few components to our library, like cards and alerts, and documented how to use them.",
            "Contributed components but gave no criteria or outcome.",
        ),
        (
            2,
            "I make new components whenever I need something, the library grows that way.",
            "Adds components ad hoc, which fragments a system.",
        ),
    ),
    q(
        "accessibility",
        "How do you make sure your designs are accessible?",
        (
            5,
            "I design to WCAG 2.2 AA: contrast checked with a plugin, focus states and tab order annotated, "
            "touch targets at least 24 pixels, and no information by colour alone. I test with a screen reader "
            "and with two users who rely on assistive technology each quarter. That testing found our budget "
            "chart was unreadable with VoiceOver, so we added a data table view.",
            "Applied specific WCAG criteria, annotated for developers and tested with assistive-technology users.",
        ),
        (
            3,
            "I check colour contrast and make sure text is big enough, and follow WCAG guidelines.",
            "Checked contrast and size but little else.",
        ),
        (
            1,
            "Accessibility is for the developers to add at the end.",
            "Treated accessibility as someone else's late task.",
        ),
    ),
    q(
        "negotiation",
        "Tell me about a negotiation where the customer pushed hard on price. What did you do?",
        (
            5,
            "A 40-technician plumbing firm asked for 30 percent off at the last call. I'd already quantified "
            "value with them: 6 hours a week saved in dispatch. I held price, offered a two-year term with a 10 "
            "percent discount and moved onboarding fees, which cost us little. We closed at 52,000 dollars, "
            "above my forecast, and they renewed.",
            "Anchored on quantified value, traded concessions for term and closed above forecast.",
        ),
        (
            3,
            "A customer wanted a discount, so I gave them 15 percent to get the deal over the line before the "
            "quarter ended.",
            "Closed the deal but conceded price without trading for anything.",
        ),
        (
            2,
            "I usually give whatever discount they ask for, the important thing is to close.",
            "Gives discounts on request, which is not negotiating.",
        ),
    ),
    q(
        "negotiation",
        "How do you handle procurement and legal in a late-stage enterprise deal?",
        (
            5,
            "I bring them in early, not at the end: by the proposal stage I have a mutual close plan with the "
            "champion listing security review, legal and procurement steps with dates. I pre-send our security "
            "pack and standard redlines. On a 400,000-pound bank deal that cut legal review from ten weeks to "
            "four.",
            "Used a mutual close plan and early engagement to shorten legal review from ten weeks to four.",
        ),
        (
            3,
            "I work with our legal team on the contract and keep the champion updated on where things are.",
            "Handled the steps reactively without a plan.",
        ),
        (1, "That's for the lawyers, I wait until they're done.", "Steps back from the late stage entirely."),
    ),
    q(
        "prospecting",
        "How do you build your own pipeline?",
        (
            4,
            "I pick an ideal customer profile, for us electrical firms with 20 to 100 technicians, build lists "
            "from licensing databases and run sequences of calls, emails and LinkedIn over three weeks, "
            "personalised with a trigger like a new depot. I block two hours every morning.",
            "Defined a target profile and ran disciplined multi-channel sequences, without quoting results.",
        ),
        (
            3,
            "I make cold calls and send emails to companies in my territory, and ask customers for referrals.",
            "Described common activities without targeting or results.",
        ),
        (
            2,
            "I mostly wait for marketing leads, cold calling doesn't really work anymore.",
            "Relies on inbound leads only.",
        ),
    ),
    q(
        "crm",
        "How do you use the CRM to run your deals?",
        (
            5,
            "Every opportunity has next step, date and a stage with exit criteria, so the forecast is real. I "
            "log calls the same day and use dashboards to spot deals with no activity for 14 days. My manager "
            "and I review the pipeline from the CRM alone every Monday; my stage-to-close accuracy was the best "
            "on the team last year.",
            "Kept disciplined stages and next steps, used inactivity alerts and had the team's best accuracy.",
        ),
        (
            3,
            "I update my opportunities and contacts in Salesforce every week.",
            "Updates the CRM but did not describe using it to manage deals.",
        ),
        (
            2,
            "I keep my notes in a notebook and update the CRM when my manager asks.",
            "Keeps the CRM only when asked.",
        ),
    ),
    q(
        "presentations",
        "How do you prepare a sales presentation for a first meeting?",
        (
            5,
            "I research the account first: size, recent news, the tools they use. The deck is short, five "
            "slides, built around their problems in their own words from the discovery call, with a customer "
            "story from their trade. I leave half the meeting for questions. My first-meeting to demo rate is "
            "about 60 percent.",
            "Tailored a short deck to researched customer problems and reported a 60 percent conversion to demo.",
        ),
        (
            3,
            "I use our standard deck, customise the logo and a couple of slides, and practise beforehand.",
            "Light customisation of a standard deck without discovery.",
        ),
        (
            2,
            "I go through all forty slides so they see everything we do.",
            "Presents the whole product regardless of the audience.",
        ),
    ),
    q(
        "forecasting",
        "How do you forecast your quarter, and how accurate have you been?",
        (
            5,
            "I forecast deal by deal with evidence: a deal is in commit only when the buyer has confirmed budget, "
            "decision process and a signature date in the close plan. Best case is separate. I compare weekly "
            "against the stage-weighted number. Over the last six quarters I landed within 7 percent of my week-"
            "three commit.",
            "Forecast with evidence-based commit criteria and landed within 7 percent over six quarters.",
        ),
        (
            3,
            "I look at my pipeline and estimate which deals will close based on how the calls went.",
            "Forecasts from gut feel on each call rather than criteria.",
        ),
        (
            2,
            "I put everything in commit, you never know what will close.",
            "Inflates the commit, which makes the forecast useless.",
        ),
    ),
    q(
        "customer support",
        "What does great customer support look like to you? Give me an example.",
        (
            5,
            "Solving the problem on the first reply when possible, in plain words, and owning it when not. A "
            "guest's booking vanished after a payment error; I found the held payment, rebooked the same house "
            "and told them exactly when the refund would land. I then wrote a macro and a bug report, and the "
            "error's tickets fell from 50 to 5 a week once it was fixed.",
            "Described ownership and first-contact resolution, then fixed the root cause with measurable impact.",
        ),
        (
            3,
            "Being friendly and fast. I always reply quickly and try to help the customer as much as I can.",
            "Valued speed and friendliness but gave no concrete example.",
        ),
        (
            2,
            "Following the script and closing tickets as fast as possible.",
            "Focused on closing tickets rather than solving problems.",
        ),
    ),
    q(
        "zendesk",
        "How have you used Zendesk or a similar tool to work more efficiently?",
        (
            4,
            "I built macros for our top ten issues with placeholders, so replies stay personal, and triggers "
            "that route tickets by language and booking status. I also set up views by SLA breach time.",
            "Built macros, triggers and SLA views, without saying what they changed.",
        ),
        (
            3,
            "I used macros for common questions and tags to organise tickets.",
            "Used basic features without describing impact.",
        ),
        (2, "I just answered the tickets in the inbox one by one.", "Used the tool only as an inbox."),
    ),
    q(
        "troubleshooting",
        "Walk me through how you troubleshoot a problem a customer reports that you can't reproduce.",
        (
            5,
            "Collect facts: exact time, account, device, steps and screenshots, then check our logs for that "
            "user and time. I try to reproduce with their settings and browser version. Once a login failure "
            "only happened for users on one corporate network; the logs showed a proxy stripping a header, and "
            "engineering added a fallback.",
            "Gathered specific facts, used logs and the customer's environment, and found a real proxy cause.",
        ),
        (
            3,
            "Ask the customer for screenshots and steps, try again myself, and escalate to engineering if I "
            "can't find it.",
            "Took sensible first steps but escalated without deeper investigation.",
        ),
        (
            2,
            "Tell them to clear their cache and try again later.",
            "Gave a generic fix without investigation.",
        ),
    ),
    q(
        "troubleshooting",
        "A customer says their database is suddenly slow. How do you approach it?",
        (
            5,
            "Narrow it down: since when, which queries, and what changed. I check the slow query log and "
            "pg_stat_statements, CPU and IO metrics, and connection counts. Last month it was a new report "
            "doing a sequential scan on a 90-million-row table; I sent the customer the EXPLAIN output and the "
            "index to add, and latency went back to normal the same day.",
            "Narrowed scope, used the right database tools and resolved a real sequential-scan case the same day.",
        ),
        (
            3,
            "Check the server metrics and the slow query log, and suggest adding indexes.",
            "Knew where to look but jumped to a generic fix.",
        ),
        (1, "Suggest they upgrade to a bigger plan.", "Upsold instead of diagnosing."),
    ),
    q(
        "de-escalation",
        "Tell me about handling a very upset customer.",
        (
            5,
            "A host was shouting on a call because a guest damaged his flat and he'd been bounced between teams. "
            "I let him finish, repeated the problem back, and told him I'd own it. I opened the damage claim "
            "during the call, gave him my direct line and a date, and called back a day early. He stayed a host "
            "and left us a five-star review.",
            "Listened, took ownership, acted during the call and followed up early, turning around an angry host.",
        ),
        (
            3,
            "I stayed calm, apologised and transferred them to my supervisor who could offer a refund.",
            "Stayed calm but handed the issue on rather than resolving it.",
        ),
        (
            2,
            "I told them to calm down or I'd end the call.",
            "Confronted the customer, which escalates situations.",
        ),
    ),
]
