"""Technical questions for web skills (frontend and backend), with an authored answer at each level."""

from __future__ import annotations

from material_common import SkillQuestion, q

WEB_QUESTIONS: list[SkillQuestion] = [
    q(
        "javascript",
        "Can you explain how the JavaScript event loop handles a promise callback compared with a "
        "setTimeout callback?",
        (
            5,
            "Promise callbacks go on the microtask queue and setTimeout callbacks on the task queue. After each "
            "task the engine drains every microtask before taking the next task, so a resolved promise's then "
            "runs before a setTimeout of zero even if the timeout was scheduled first. I hit this at work when "
            "a chain of awaits starved rendering, and I fixed it by yielding with a setTimeout between batches.",
            "Explained microtasks versus tasks accurately and tied it to a real rendering bug they fixed.",
        ),
        (
            3,
            "The event loop runs the callbacks when the call stack is empty. Promises are handled a bit earlier "
            "than timeouts, I think because they have a separate queue, so a then usually runs before a "
            "setTimeout with zero delay.",
            "Knew promises run before timeouts but could not say why the microtask queue is drained first.",
        ),
        (
            2,
            "JavaScript is single threaded, so it just runs things in order. setTimeout with zero runs right "
            "away basically, and promises are for async stuff.",
            "Said a zero setTimeout runs immediately, which is wrong, and gave no real mechanism.",
        ),
    ),
    q(
        "javascript",
        "What is a closure in JavaScript, and where have you relied on one in real code?",
        (
            5,
            "A closure is a function that keeps access to the variables of the scope where it was created, even "
            "after that scope has returned. I used one to build a debounced search input: the returned handler "
            "closes over its own timer id, so each input field gets an independent timer. I also had to fix a "
            "stale closure in a React hook by adding the value to the dependency array.",
            "Gave a precise definition and two concrete uses, including debugging a stale closure in a hook.",
        ),
        (
            3,
            "A closure is when a function remembers variables from outside it. I've used them in event "
            "handlers and callbacks, for example a counter function that keeps its count.",
            "Gave a correct textbook definition with a generic counter example rather than their own work.",
        ),
        (
            1,
            "It's when you close a function with the bracket, like ending the scope. I don't really use them "
            "much.",
            "Confused closures with syntax and showed no working knowledge.",
        ),
    ),
    q(
        "react",
        "Tell me about a React performance problem you diagnosed. How did you find it and fix it?",
        (
            5,
            "Our planning board re-rendered all 600 cards on every drag. I recorded it in the React Profiler and "
            "saw the context value was a new object each render. I split the context in two, memoised the "
            "value with useMemo and wrapped the card in React.memo. Interaction time went from about 180 "
            "milliseconds to under 40, and I added a profiler check to our performance test.",
            "Used the React Profiler to find a context re-render, fixed it with memoisation and measured 180→40 ms.",
        ),
        (
            3,
            "We had a slow list page. I added React.memo to the list items and used useCallback for the "
            "handlers, and it felt noticeably faster afterwards.",
            "Named the right tools but did not explain how the cause was found or measure the result.",
        ),
        (
            2,
            "React is already pretty fast with the virtual DOM, so mostly I didn't have problems. If something "
            "is slow I'd probably just refresh or use a library.",
            "Relied on the virtual DOM being fast and gave no diagnostic approach.",
        ),
    ),
    q(
        "react",
        "How do you decide where state should live in a React application?",
        (
            5,
            "I keep state as close as possible to where it is used and lift it only when two siblings need it. "
            "Server data goes in a query cache like React Query rather than global state, and URL state such as "
            "filters goes in the query string so links are shareable. On our dashboard, moving server data out "
            "of Redux removed about 2,000 lines of reducers and fixed stale-data bugs.",
            "Gave clear rules (colocate, lift, server cache, URL state) backed by a measured refactor outcome.",
        ),
        (
            3,
            "Local state with useState if only one component needs it, otherwise I lift it up or put it in "
            "Redux or context if lots of components need it.",
            "Described the standard local-versus-global split without examples or trade-offs.",
        ),
        (
            2,
            "I usually put everything in Redux so it's all in one place and easy to find.",
            "Defaulted to putting all state in Redux with no reasoning about trade-offs.",
        ),
    ),
    q(
        "typescript",
        "How do you use TypeScript's type system to prevent bugs, beyond annotating function parameters?",
        (
            5,
            "I model states as discriminated unions, so a request is loading, error or success and the compiler "
            "forces each case to be handled; an exhaustive switch with a never check catches new cases. I parse "
            "API responses with zod at the boundary so the types are true at runtime. Turning on strict mode in "
            "our codebase surfaced 140 possible null bugs, which we fixed over two sprints.",
            "Described discriminated unions, exhaustiveness checks and runtime validation with a concrete migration.",
        ),
        (
            3,
            "I use interfaces for props and API responses, and generics for reusable functions. Strict mode "
            "helps catch nulls.",
            "Listed sound features but showed little about how they prevent specific bugs.",
        ),
        (
            2,
            "Mostly I add types to things, and when the compiler complains I use any so it builds.",
            "Admitted to silencing the compiler with any, which defeats the purpose of the type system.",
        ),
    ),
    q(
        "typescript",
        "When would you use a generic type in TypeScript? Give an example from your work.",
        (
            4,
            "When a function or component works the same for many types but must keep them linked. I wrote a "
            "typed useFetch<T> hook and a Table<Row> component where the column definitions are keyed by keyof "
            "Row, so renaming a field breaks the build instead of the page.",
            "Gave precise generic use cases (useFetch<T>, keyof-based columns) but no bug they actually caught.",
        ),
        (
            3,
            "Generics are for reusable code, for example a function that returns the first item of an array "
            "of any type. I've used them in a few utility functions.",
            "Understood the purpose of generics but only offered a textbook example.",
        ),
        (
            1,
            "Generic types are like the any type, for when you don't know the type.",
            "Equated generics with any, a basic misunderstanding.",
        ),
    ),
    q(
        "node.js",
        "How would you keep a Node.js service responsive when one request needs heavy CPU work?",
        (
            5,
            "Node runs JavaScript on one thread, so CPU work blocks every other request. I'd move it to a worker "
            "thread pool with Piscina or to a queue consumer. We did that for PDF generation: p99 latency of the "
            "API dropped from 2.3 seconds to 180 milliseconds, and I added an event-loop lag metric so a "
            "regression would alert.",
            "Explained event-loop blocking, chose worker threads or a queue and cited a measured latency drop.",
        ),
        (
            3,
            "I would make it async with async/await so it doesn't block, or maybe use a worker.",
            "Mentioned workers but also suggested async/await, which does not help with CPU-bound work.",
        ),
        (
            2,
            "Node is asynchronous so it handles that automatically. Maybe add more servers.",
            "Believed Node handles CPU-bound work asynchronously, which is incorrect.",
        ),
    ),
    q(
        "html",
        "How do you make sure the HTML you write is semantic and accessible?",
        (
            5,
            "I start with native elements: a button for actions, a link for navigation, headings in order and "
            "labels tied to inputs. I check with axe and by tabbing through the page and using VoiceOver. On my "
            "last project I replaced 30 clickable divs with buttons, and the Lighthouse accessibility score went "
            "from 71 to 98.",
            "Named native elements, testing tools and a screen reader, with a measured before-and-after.",
        ),
        (
            3,
            "I use tags like header, nav and main, and I add alt text to images. I sometimes run Lighthouse.",
            "Knew the main semantic tags but testing was occasional and no example was given.",
        ),
        (
            2,
            "I mostly use divs and style them, it's easier. Accessibility is something the designers handle.",
            "Relied on divs and handed accessibility to others.",
        ),
    ),
    q(
        "css",
        "How do you approach building a responsive layout in CSS?",
        (
            4,
            "Mobile first: a single column by default, then min-width media queries or container queries where a "
            "component must adapt to its slot. I use grid for page layout and flexbox inside components, with "
            "clamp() for fluid type.",
            "Described a mobile-first method with grid, flexbox and container queries, without a concrete example.",
        ),
        (
            3,
            "I use flexbox and media queries for the main breakpoints, and test in the browser's device mode.",
            "Used the right tools at a basic level without a method or example.",
        ),
        (
            2,
            "I use Bootstrap so it's responsive already. If something breaks I add a fixed width.",
            "Relied on a framework and fixed widths, which works against responsiveness.",
        ),
    ),
    q(
        "css",
        "How do you keep CSS maintainable as a codebase grows?",
        (
            5,
            "Scoping is the key: we use CSS modules with design tokens as custom properties, so colours and "
            "spacing come from one place. Stylelint blocks raw hex values and deep selectors. When we added a "
            "dark theme it took two days because only the token file changed.",
            "Explained scoping, tokens and linting and showed the payoff with the dark-theme example.",
        ),
        (
            3,
            "We use a naming convention like BEM and try not to use too many important flags.",
            "Named one convention but gave no enforcement or evidence of results.",
        ),
        (
            1,
            "I just add more specific selectors or important when styles clash, it works.",
            "Described escalating specificity, which is the opposite of maintainable CSS.",
        ),
    ),
    q(
        "testing",
        "How do you decide what to test and at which level: unit, integration or end-to-end?",
        (
            5,
            "I follow the testing trophy: most value comes from integration tests that exercise a feature "
            "through its public interface, unit tests for pure logic with many edge cases, and a handful of "
            "end-to-end tests for the money paths like checkout. I decide by risk and cost of failure. After we "
            "rebalanced our suite, CI time fell from 25 to 9 minutes and escaped bugs dropped by about half.",
            "Gave a risk-based strategy across levels and reported faster CI and fewer escaped bugs.",
        ),
        (
            3,
            "Unit tests for functions and components, and some end-to-end tests for important flows. We aim "
            "for about 80 percent coverage.",
            "Named the levels and a coverage target but not how to choose between them.",
        ),
        (
            2,
            "I write tests when there's time at the end. Usually QA does the testing.",
            "Treated testing as optional and someone else's job.",
        ),
    ),
    q(
        "testing",
        "Tell me about a flaky test you fixed. What was the cause?",
        (
            5,
            "An end-to-end test on our booking form failed about one run in ten. I ran it 200 times locally "
            "with tracing and saw it clicked submit before the price request returned. The test used a fixed "
            "sleep; I replaced it with waiting for the network response and a visible price, and we had no "
            "failures in the next 1,000 CI runs.",
            "Reproduced the flake systematically, found a race with a fixed sleep and verified the fix over 1,000 runs.",
        ),
        (
            3,
            "A test failed sometimes because of timing, so I added a longer wait and it was better after that.",
            "Recognised a timing issue but patched it with a longer wait rather than fixing the cause.",
        ),
        (
            2,
            "We just rerun the pipeline when tests are flaky, it usually passes the second time.",
            "Accepted reruns as the fix and did not investigate the cause.",
        ),
    ),
    q(
        "python",
        "How do you structure a Python project so it stays easy to test and change?",
        (
            5,
            "A src layout with a pyproject, small modules with pure functions at the core and I/O at the edges, "
            "type hints checked by mypy in CI, and pytest with fixtures for the database. Dependencies are "
            "injected rather than imported globally, so tests do not need patching. On our billing service this "
            "got test time from 11 minutes to 3 and made the Python 3.12 upgrade a one-day job.",
            "Described layout, typing, pure-core design and dependency injection with measured benefits.",
        ),
        (
            3,
            "I split the code into modules and packages, use a virtual environment and requirements file, and "
            "write tests with pytest.",
            "Covered the basics correctly but without design principles or examples.",
        ),
        (
            2,
            "I usually put it in one main file so it's easy to find, and split it when it gets really long.",
            "Kept code in one file by default and said nothing about testing.",
        ),
    ),
    q(
        "python",
        "What is the difference between a list and a generator in Python, and when does it matter?",
        (
            5,
            "A list holds all items in memory; a generator produces items lazily, one at a time, and can only be "
            "iterated once. It matters with big inputs: I rewrote a CSV import to stream rows through generator "
            "functions, and memory use dropped from 6 gigabytes to about 150 megabytes on a 40-million-row file.",
            "Explained laziness and single-pass iteration and showed a large measured memory saving.",
        ),
        (
            3,
            "A generator uses yield and doesn't keep everything in memory, so it's better for big data. A list "
            "is stored fully.",
            "Knew the core difference but gave no example of using it.",
        ),
        (
            1,
            "A generator is a function that generates lists faster. They're basically the same.",
            "Said generators and lists are basically the same, which is wrong.",
        ),
    ),
    q(
        "django",
        "How do you find and fix slow database queries in a Django application?",
        (
            4,
            "I start with django-debug-toolbar or query logging in tests to spot N+1 patterns, then fix them with "
            "select_related for foreign keys and prefetch_related for many-to-many. For the remaining slow "
            "queries I read EXPLAIN ANALYZE output and add indexes.",
            "Described N+1 detection, select_related/prefetch_related and EXPLAIN, without a measured example.",
        ),
        (
            3,
            "I'd use select_related to avoid extra queries and add indexes on fields we filter on.",
            "Knew the main tools but not how they find the slow queries first.",
        ),
        (
            2,
            "I'd probably add caching everywhere, or raise it with the database team.",
            "Jumped to caching without diagnosing the queries.",
        ),
    ),
    q(
        "sql",
        "Walk me through a SQL query you wrote that you're proud of. What made it tricky?",
        (
            5,
            "A monthly retention report: I used a CTE for each user's first order month, joined it to orders and "
            "used a window function, COUNT DISTINCT over months since the first order, to build cohort rows. The "
            "tricky part was users with refunds, which I excluded with an anti-join. It replaced a 3-hour "
            "spreadsheet process with a query that runs in 12 seconds.",
            "Explained CTEs, window functions and an anti-join for a cohort report, with a clear business result.",
        ),
        (
            3,
            "I wrote a report with several joins and a GROUP BY to sum sales per region and month. The tricky "
            "part was getting the joins right so numbers weren't duplicated.",
            "Described a reasonable multi-join aggregate and one real pitfall, without much depth.",
        ),
        (
            2,
            "I mostly use SELECT star and filter in Excel afterwards. Joins I look up when I need them.",
            "Avoided joins and filtered in a spreadsheet, showing weak SQL.",
        ),
    ),
    q(
        "sql",
        "What is the difference between an INNER JOIN and a LEFT JOIN, and when has that difference "
        "mattered for you?",
        (
            5,
            "An inner join keeps only rows with a match on both sides; a left join keeps every row from the left "
            "table and fills nulls where there is no match. It mattered when our active-customer count was 8 "
            "percent low: someone had inner-joined customers to a campaigns table, silently dropping customers "
            "never in a campaign. Switching to a left join and filtering on the right table fixed it.",
            "Defined both joins precisely and described a real reporting bug caused by the wrong one.",
        ),
        (
            3,
            "Inner join gives only matching rows, left join gives all rows from the first table plus matches. "
            "I use left join when I don't want to lose data.",
            "Gave correct definitions but no concrete case.",
        ),
        (
            1,
            "Left join joins from the left side and inner join from the inside. I usually use whichever works.",
            "Could not explain the difference and picks joins by trial and error.",
        ),
    ),
    q(
        "aws",
        "How would you design a simple web service on AWS to be reliable and not too expensive?",
        (
            5,
            "Containers on ECS Fargate behind an application load balancer, spread across two availability "
            "zones, with RDS Postgres in Multi-AZ mode and automated backups. Secrets in Secrets Manager, "
            "everything in Terraform, alarms on 5xx rate and latency. For cost I'd use Savings Plans and "
            "right-size after two weeks of metrics; at my last job that cut the bill by 35 percent.",
            "Designed a multi-AZ, managed setup with alarms and IaC, and cited a 35 percent cost saving.",
        ),
        (
            3,
            "I'd put it on EC2 with a load balancer and an RDS database, and use auto scaling so it can grow.",
            "Chose reasonable services but said little about failure modes or cost.",
        ),
        (
            2,
            "Just one big EC2 instance, that's the cheapest, and we can restart it if it goes down.",
            "Proposed a single instance with manual restarts, which is neither reliable nor well reasoned.",
        ),
    ),
    q(
        "aws",
        "How do you handle permissions and credentials for services running on AWS?",
        (
            5,
            "No long-lived keys: workloads get IAM roles, people use SSO with short sessions. Policies follow "
            "least privilege; I start from access advisor data and tighten. Secrets live in Secrets Manager with "
            "rotation. After a leaked key incident at my previous company I led removing 60 static keys and we "
            "added an SCP that blocks creating new ones.",
            "Described roles, least privilege and rotation, and led removing 60 static keys after an incident.",
        ),
        (
            3,
            "I use IAM roles for EC2 and Lambda and try to give least privilege. Secrets go in environment "
            "variables or Secrets Manager.",
            "Knew roles and least privilege but was loose about where secrets live.",
        ),
        (
            1,
            "We share an admin access key in the team so everyone can deploy.",
            "Described sharing an admin key, a serious security anti-pattern.",
        ),
    ),
    q(
        "docker",
        "How do you write a Dockerfile for a production service?",
        (
            5,
            "A multi-stage build: dependencies and compilation in a builder stage, then a slim or distroless "
            "runtime image. I copy the lockfile first so the dependency layer caches, run as a non-root user, "
            "add a health check and pin the base image by digest. That took our API image from 1.2 gigabytes to "
            "140 megabytes and cut deploy time by two thirds.",
            "Covered multi-stage builds, layer caching, non-root and pinning with a measured size reduction.",
        ),
        (
            3,
            "I start from an official image, copy the code, install the requirements and set the command. I "
            "try to keep the image small.",
            "Gave a working but basic Dockerfile approach without production concerns.",
        ),
        (
            2,
            "I copy one from Stack Overflow and change the names. If it runs, it's fine.",
            "Copies Dockerfiles without understanding them.",
        ),
    ),
    q(
        "docker",
        "A container works on your laptop but crashes in production. How do you debug it?",
        (
            5,
            "First the facts: docker logs or the orchestrator's events, the exit code, and whether it was killed "
            "for memory, since exit 137 means OOM. Then compare the environment: variables, mounted secrets, "
            "architecture and resource limits. Last month exit 137 turned out to be a 512-megabyte limit against "
            "a JVM that assumed the host's memory; setting MaxRAMPercentage fixed it.",
            "Gave an ordered diagnosis (logs, exit codes, environment, limits) and a real OOM example.",
        ),
        (
            3,
            "I'd check the logs and compare the environment variables between my machine and production.",
            "Started in the right places but had no deeper method.",
        ),
        (2, "I'd rebuild the image and redeploy, usually that fixes it.", "Redeployed without diagnosis."),
    ),
]
