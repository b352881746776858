"""Technical questions for data, ML, DevOps, mobile and QA skills, with an authored answer at each level."""

from __future__ import annotations

from material_common import SkillQuestion, q

PLATFORM_QUESTIONS: list[SkillQuestion] = [
    q(
        "pandas",
        "How do you clean and reshape a messy dataset in pandas before analysis?",
        (
            5,
            "I profile it first: dtypes, null counts and value_counts per column. Then I fix types explicitly "
            "with to_datetime and categoricals, deduplicate on the business key and reshape with melt or "
            "pivot_table. Everything runs in a method chain inside a function with assertions, so it is "
            "repeatable. For our store sales data that cleaning found 3 percent duplicated transactions.",
            "Described profiling, typed cleaning, reshaping and assertions, and a concrete data-quality finding.",
        ),
        (
            3,
            "I use dropna and fillna for missing values, fix the column types and use groupby to summarise.",
            "Named the usual functions but not a repeatable method or checks.",
        ),
        (
            2,
            "I open it in Excel first and fix it by hand, then load it into pandas.",
            "Cleans data by hand, which is not repeatable.",
        ),
    ),
    q(
        "pandas",
        "A pandas script is too slow on a large dataset. What do you do?",
        (
            5,
            "Measure first with a profiler to see where the time goes. Usually it's a row-wise apply, which I "
            "replace with vectorised operations or a merge. I also downcast types and use categoricals for "
            "repeated strings. On a 50-million-row feature job, removing two apply calls took it from 40 "
            "minutes to 90 seconds.",
            "Profiled first, replaced row-wise apply with vectorised code and cited 40 minutes to 90 seconds.",
        ),
        (
            3,
            "I'd avoid loops and use vectorised functions, and maybe read the file in chunks.",
            "Knew vectorisation matters but did not describe measuring or a case.",
        ),
        (
            1,
            "Get a bigger computer, or leave it running overnight.",
            "Offered only more hardware or waiting.",
        ),
    ),
    q(
        "statistics",
        "How would you design and analyse an A/B test for a change to our checkout page?",
        (
            5,
            "Pick one primary metric, say conversion, plus guardrails like refund rate. Compute the sample size "
            "from the baseline rate and the minimum effect worth detecting, randomise by user, and fix the run "
            "length in advance, at least two full weeks for weekly seasonality. Then a two-proportion test with "
            "a confidence interval, no peeking. In my last test that discipline stopped us shipping a change "
            "that looked 4 percent better on day three and was flat by day fourteen.",
            "Covered metrics, power, randomisation, no peeking and intervals, with a real false-positive avoided.",
        ),
        (
            3,
            "Split users into two groups, run the test for a while and check if the difference is significant "
            "with a p-value below 0.05.",
            "Had the basic idea but omitted sample size, duration and peeking.",
        ),
        (
            2,
            "Show the new version to everyone for a week and compare it with last week.",
            "Proposed a before-and-after comparison, which is not a controlled experiment.",
        ),
    ),
    q(
        "spark",
        "How do you tune a Spark job that is slow or failing?",
        (
            5,
            "I open the Spark UI and look for skewed stages: one task taking ten times longer than the median. "
            "For a skewed join I salt the key or use adaptive query execution's skew handling, broadcast the "
            "small side, and check partition counts against data size. On our bookings pipeline, salting a "
            "skewed country key took a job from 3 hours to 25 minutes and stopped executor OOMs.",
            "Used the Spark UI to find skew and fixed it with salting and broadcasts, with a measured result.",
        ),
        (
            3,
            "I'd increase executor memory and the number of partitions, and cache data that is reused.",
            "Suggested common knobs without diagnosing the cause.",
        ),
        (2, "Add more nodes to the cluster until it works.", "Relied on more hardware only."),
    ),
    q(
        "airflow",
        "How do you design Airflow DAGs so that reruns and backfills are safe?",
        (
            5,
            "Every task is idempotent: it writes to a partition keyed by the logical date and overwrites it, "
            "so a rerun gives the same result. Tasks take the data interval from the context rather than now(), "
            "catchup is explicit, and sensors run in reschedule mode. When finance asked for a six-month "
            "backfill, it ran in a day with no duplicates because of that design.",
            "Explained idempotent, date-partitioned tasks and a clean six-month backfill.",
        ),
        (
            3,
            "I keep tasks small and set retries, and I use the execution date for the file names.",
            "Touched on the right ideas without explaining idempotency.",
        ),
        (
            2,
            "If a DAG fails I clear it and run it again, and delete duplicates afterwards.",
            "Cleans up duplicates by hand instead of designing idempotent tasks.",
        ),
    ),
    q(
        "machine learning",
        "How do you check that a model will work on new data before you ship it?",
        (
            5,
            "A validation split that mirrors production: for our appointment model that meant a time-based "
            "split, since random splits leaked future visits and inflated AUC from 0.74 to 0.86. I check "
            "calibration, error by clinic and patient group, and compare against a simple baseline. After "
            "launch we monitor feature drift and the live precision at the alert threshold.",
            "Chose a time-based split to avoid leakage, checked calibration and subgroups, and planned monitoring.",
        ),
        (
            3,
            "I split the data into train and test sets, use cross-validation and look at accuracy and F1.",
            "Used standard validation without considering leakage or the production setting.",
        ),
        (
            2,
            "If the training accuracy is high, like 99 percent, it's ready.",
            "Treated training accuracy as proof, ignoring overfitting.",
        ),
    ),
    q(
        "machine learning",
        "Your model's performance dropped in production. How do you investigate?",
        (
            5,
            "Check the pipeline before the model: missing features, schema changes and null rates, since most "
            "drops I've seen were data bugs. Then compare feature distributions with population stability "
            "index and slice errors by segment. Once, a partner renamed a category and 20 percent of rows fell "
            "into unknown; we added schema checks in the feature pipeline.",
            "Checked data pipelines, drift and segments methodically, with a real schema-change example.",
        ),
        (
            3,
            "I'd look at whether the data changed and retrain the model on newer data.",
            "Suggested retraining without diagnosing the cause.",
        ),
        (
            1,
            "Probably just retrain it with more epochs.",
            "Offered training longer, which does not address a production drop.",
        ),
    ),
    q(
        "pytorch",
        "Walk me through how you'd debug a PyTorch model whose loss isn't going down.",
        (
            5,
            "Overfit a single batch first: if it can't, the bug is in the model or loss, not the data. Then "
            "check the usual suspects: inputs normalised, labels aligned, the right loss for logits, "
            "optimizer.zero_grad called, model.train mode. I log gradient norms per layer; once they showed "
            "zero gradients because I'd detached a tensor in a custom pooling layer.",
            "Gave a systematic procedure (overfit one batch, checks, gradient norms) and a real detached-tensor bug.",
        ),
        (
            3,
            "I'd try a lower learning rate, check the data loader, and print the loss more often.",
            "Suggested reasonable tweaks but not a systematic procedure.",
        ),
        (
            2,
            "Train it longer, sometimes it just takes more time to start learning.",
            "Suggested waiting rather than debugging.",
        ),
    ),
    q(
        "kubernetes",
        "A pod is in CrashLoopBackOff. How do you find out why?",
        (
            5,
            "kubectl describe pod for events and the last state's exit code, then logs with --previous to see "
            "the crashed container's output. Exit 137 points to an OOM kill, a failing liveness probe shows in "
            "events, and a config error usually shows in the logs. Last time it was a liveness probe with a "
            "2-second timeout on an app that needed 20 seconds to warm up; a startup probe fixed it.",
            "Used describe, previous logs and exit codes, and explained a real liveness-probe root cause.",
        ),
        (
            3,
            "I'd look at the logs with kubectl logs and check if the image or config is wrong.",
            "Checked logs but missed events, exit codes and previous-container logs.",
        ),
        (
            2,
            "Delete the pod so it gets recreated, that usually fixes it.",
            "Deleted the pod without diagnosing the crash.",
        ),
    ),
    q(
        "kubernetes",
        "How do you roll out a change to a Kubernetes service without downtime?",
        (
            5,
            "A rolling update with maxUnavailable zero, readiness probes that only pass when the app can serve, "
            "a preStop sleep so the load balancer drains connections, and a PodDisruptionBudget. For risky "
            "changes we use a canary with Argo Rollouts that checks the error rate and rolls back automatically. "
            "Our deploy-related incidents went from four a quarter to zero.",
            "Covered rolling-update settings, readiness, draining and automated canaries with a measured outcome.",
        ),
        (
            3,
            "Use a rolling update deployment and readiness probes so traffic only goes to ready pods.",
            "Named the key mechanisms without detail.",
        ),
        (
            2,
            "We deploy at night when there are fewer users, so downtime doesn't matter much.",
            "Accepted downtime instead of avoiding it.",
        ),
    ),
    q(
        "terraform",
        "How do you manage Terraform safely in a team?",
        (
            5,
            "Remote state in S3 with DynamoDB locking, one state per environment and component so the blast "
            "radius is small, modules versioned in their own repository, and every change as a pull request "
            "that posts the plan. Applies run only from CI. I also run drift detection nightly; it caught "
            "console changes twice in the last quarter.",
            "Described remote locked state, small blast radius, plan-in-PR and drift detection with examples.",
        ),
        (
            3,
            "We keep the state in a remote backend and review changes in pull requests before applying.",
            "Mentioned remote state and reviews without locking, structure or drift.",
        ),
        (
            1,
            "Everyone runs terraform apply from their laptop, and we send the state file around.",
            "Shared state files by hand, which risks corruption and conflicts.",
        ),
    ),
    q(
        "linux",
        "A Linux server is slow. What do you check, and in what order?",
        (
            5,
            "I use the USE method: utilisation, saturation and errors for CPU, memory, disk and network. "
            "uptime and top for load and CPU steal, free and vmstat for swapping, iostat for disk wait, ss for "
            "connection states, then dmesg for errors. Last incident, iostat showed 100 percent utilisation on "
            "the log disk because log rotation had failed.",
            "Applied the USE method with the right tools in order and cited a real disk-saturation case.",
        ),
        (
            3,
            "I'd check top for CPU and memory, df for disk space and look at the logs.",
            "Checked the obvious resources without a method.",
        ),
        (2, "Reboot it, and if it's still slow ask for more RAM.", "Rebooted without diagnosis."),
    ),
    q(
        "linux",
        "How do you find which process is holding a port or a deleted file on Linux?",
        (
            5,
            "For a port, ss -ltnp or lsof -i :8080 shows the process and PID. For disk space that du can't "
            "explain, lsof +L1 lists deleted files still held open; the space is released when the process "
            "closes them or restarts. I hit that when a 40-gigabyte deleted log held the disk at 100 percent.",
            "Named the right commands for both cases and a real deleted-file example.",
        ),
        (
            3,
            "netstat shows the ports and which program uses them. For files I'd use lsof.",
            "Knew the tools at a basic level without the deleted-file case.",
        ),
        (
            1,
            "I'd restart the server to free everything.",
            "Restarted the server instead of finding the process.",
        ),
    ),
    q(
        "monitoring",
        "How do you design alerting that people actually trust?",
        (
            5,
            "Alert on symptoms users feel, not causes: SLO burn rate on error rate and latency, with a fast "
            "and a slow window. Every page must be actionable and link a runbook; everything else is a ticket. "
            "We reviewed every page for a month and deleted 70 percent of alerts; pages per on-call week fell "
            "from 35 to 6 and we didn't miss an incident.",
            "Used SLO burn-rate alerts and actionable pages, and cut pages from 35 to 6 per week.",
        ),
        (
            3,
            "Set up alerts on CPU, memory and error rates with sensible thresholds, and route them to the "
            "on-call person.",
            "Alerted on resources and errors without focusing on user impact or noise.",
        ),
        (
            2,
            "Alert on everything, better safe than sorry.",
            "Would alert on everything, which causes alert fatigue.",
        ),
    ),
    q(
        "swift",
        "How do you avoid memory leaks in a Swift app?",
        (
            4,
            "The common leak is a retain cycle: a closure stored on an object that captures self strongly. I "
            "use weak or unowned self in escaping closures, weak delegates, and I check with the Memory Graph "
            "debugger and Instruments' Leaks tool.",
            "Explained retain cycles, capture lists and the right tools, without a concrete leak they fixed.",
        ),
        (
            3,
            "Swift uses ARC so it's mostly automatic, but I use weak self in closures to avoid cycles.",
            "Knew about ARC and weak self without tools or examples.",
        ),
        (
            2,
            "Swift has garbage collection so leaks don't really happen.",
            "Claimed Swift has garbage collection, which is wrong.",
        ),
    ),
    q(
        "ios",
        "How do you keep an iOS app responsive when it loads a lot of data?",
        (
            5,
            "Keep the main thread for UI only: decoding and database work go to background tasks with Swift "
            "concurrency, then results hop back with MainActor. Lists use diffable data sources and paging, and "
            "images are downsampled to their display size. Instruments' Time Profiler showed our history screen "
            "spending 400 milliseconds decoding JSON on the main thread; moving it fixed the scroll hitches.",
            "Separated main-thread work, used concurrency and paging, and found a real hitch with Time Profiler.",
        ),
        (
            3,
            "I'd load data on a background thread with async/await and update the UI on the main thread.",
            "Knew the main-thread rule without profiling or list techniques.",
        ),
        (2, "Show a loading spinner until everything has loaded.", "Hid the problem behind a spinner."),
    ),
    q(
        "ci/cd",
        "What does a good CI/CD pipeline look like for your kind of project?",
        (
            5,
            "Fast feedback first: lint, types and unit tests in parallel under ten minutes, then integration "
            "tests and a build artefact produced once and promoted through staging to production. Deploys are "
            "automatic from main, behind feature flags, with automated rollback on error rates. When we moved to "
            "that, release frequency went from every two weeks to daily.",
            "Described staged, parallel checks, build-once promotion and automated rollback with a measured outcome.",
        ),
        (
            3,
            "Run the tests on every pull request, build on merge and deploy to staging, then production "
            "manually.",
            "Described a reasonable basic pipeline without speed or safety practices.",
        ),
        (
            2,
            "We build on a shared machine and someone copies the files to the server.",
            "Described manual deployment rather than CI/CD.",
        ),
    ),
    q(
        "ci/cd",
        "How do you keep a CI pipeline fast as the test suite grows?",
        (
            4,
            "Measure where time goes, then cache dependencies keyed on the lockfile, shard tests across runners "
            "by historical timing, and run only affected tests on pull requests with the full suite on main.",
            "Named caching, timing-based sharding and affected-test selection, without saying what they achieved.",
        ),
        (
            3,
            "Run tests in parallel and cache dependencies.",
            "Gave two correct techniques without measurement.",
        ),
        (2, "Run fewer tests, skip the slow ones.", "Proposed skipping tests, which trades speed for risk."),
    ),
    q(
        "react native",
        "How do you handle performance problems in a React Native app?",
        (
            5,
            "Profile on a low-end Android device, not the simulator. Long lists go to FlashList with stable keys "
            "and memoised rows, heavy work moves off the JS thread, and animations use Reanimated on the UI "
            "thread. Enabling Hermes and fixing list rendering took our transactions screen from 38 to 58 frames "
            "per second on a Galaxy A12.",
            "Profiled on real devices and used FlashList, Reanimated and Hermes with a measured FPS gain.",
        ),
        (
            3,
            "Use FlatList for long lists, avoid unnecessary re-renders with memo, and test on a real phone.",
            "Knew common techniques without measurement.",
        ),
        (
            2,
            "It's mostly the phone being old. We tell users to update.",
            "Blamed users' devices rather than investigating.",
        ),
    ),
    q(
        "selenium",
        "How do you make Selenium tests reliable?",
        (
            4,
            "Explicit waits on conditions, never sleeps; stable locators like data-test attributes instead of "
            "XPath chains; the page-object pattern so selectors live in one place; and each test creates its "
            "own data through the API.",
            "Described explicit waits, stable locators, page objects and test data isolation, without evidence of the effect.",
        ),
        (
            3,
            "Use waits instead of sleeps and keep locators in page objects.",
            "Named two good practices without depth.",
        ),
        (
            2,
            "Add Thread.sleep before each click so the page has time to load.",
            "Relied on fixed sleeps, a main cause of flaky tests.",
        ),
    ),
    q(
        "cypress",
        "How do you structure a Cypress suite for a large web application?",
        (
            5,
            "Tests grouped by user journey, logins done through cy.session or an API call rather than the UI, "
            "network stubs with cy.intercept for third parties, and data-cy selectors. We run specs in parallel "
            "in CI and quarantine flaky tests with an owner and a deadline. Our 600-test suite runs in 14 "
            "minutes across eight machines.",
            "Covered programmatic login, stubbing, selectors, parallelism and flake quarantine at real scale.",
        ),
        (
            3,
            "One spec file per page, custom commands for login, and we run them in CI.",
            "Gave a basic structure without strategies for speed or stability.",
        ),
        (
            1,
            "I record tests with the recorder and replay them.",
            "Relied on recorded tests with no structure.",
        ),
    ),
]
