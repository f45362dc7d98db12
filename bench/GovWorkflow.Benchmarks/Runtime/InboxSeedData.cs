using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>
/// A big service centre's task table, deterministic: 5,000 users (a few busy ones get much more work), 400 roles,
/// 300 departments; every tenth task open. Open tasks: 60 % assigned, the rest queued with one or two role
/// candidates (and a named user one time in three); 8 % without a deadline, the others due from 5 days ago to 40
/// days ahead (so about 10 % overdue and more past yellow). Closed tasks spread over the past year.
/// </summary>
internal static class InboxSeedData
{
    public const int Users = 5_000;
    public const int Roles = 400;
    public const int Departments = 300;

    public static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 2, 0);

    private static readonly string[] Nodes = ["receive", "check", "review", "joint", "decide"];
    private static readonly string[] Names = ["收件", "材料审查", "科室审查", "联合验收", "决定"];

    public static string User(int index) => "u" + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    public static string Role(int index) => "role" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    public static string Department(int index) => "dept" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A user index skewed towards low numbers: the busy desks.</summary>
#pragma warning disable CA5394 // Benchmark data, not security.
    public static int SkewedUser(Random random) => (int)(Users * Math.Pow(random.NextDouble(), 2));

    public static IEnumerable<InboxSeedRow> Rows(int total, int open)
    {
        var random = new Random(20261123);
        var every = total / open;
        var now = Now.ToUnixTimeTicks();
        var day = Duration.FromDays(1).BclCompatibleTicks;
        for (var i = 0; i < total; i++)
        {
            var isOpen = i % every == 0;
            var department = Department(random.Next(Departments));
            var candidates = new List<(int, string)>(4) { ((int)CandidateKind.Department, department) };
            string? assignee = null;
            if (random.NextDouble() < 0.6)
            {
                assignee = User(SkewedUser(random));
            }
            else
            {
                var role = random.Next(Roles);
                candidates.Add(((int)CandidateKind.Group, Role(role)));
                if (random.NextDouble() < 0.3)
                {
                    candidates.Add(((int)CandidateKind.Group, Role((role + 1 + random.Next(Roles - 1)) % Roles)));
                }

                if (random.NextDouble() < 0.33)
                {
                    candidates.Add(((int)CandidateKind.User, User(SkewedUser(random))));
                }
            }

            long? due;
            long created;
            if (isOpen)
            {
                due = random.NextDouble() < 0.08 ? null : now + (long)((random.NextDouble() * 45 - 5) * day);
                created = (due ?? now) - (20 * day);
            }
            else
            {
                created = now - (long)(random.NextDouble() * 365 * day);
                due = created + (20 * day);
            }

            var node = i % Nodes.Length;
            yield return new InboxSeedRow(
                i + 1,
                "GOV-" + (i / Nodes.Length).ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                node + 1,
                Nodes[node],
                Names[node],
                assignee,
                department,
                isOpen ? (int)WorkStatus.Open : (int)WorkStatus.Done,
                created,
                due - (10 * day),
                due - (4 * day),
                due,
                isOpen ? null : created + (long)(random.NextDouble() * 20 * day),
                isOpen ? null : assignee ?? User(SkewedUser(random)),

                // As the runtime writes them: a closed task keeps no candidate rows (StepWriter.DropCandidatesAsync).
                isOpen ? candidates : []);
        }
    }
#pragma warning restore CA5394
}
