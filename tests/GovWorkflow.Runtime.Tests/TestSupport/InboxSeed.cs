using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>A few thousand tasks spread the way a busy service centre's are: most closed, open ones over many people, roles and departments.</summary>
public static class InboxSeed
{
    /// <summary>Number of tasks.</summary>
    public const int TaskCount = 5000;

    /// <summary>The "now" of the queries: about 5 % of the open tasks are overdue, about 10 % past yellow.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 2, 0);

    /// <summary>The task rows, not yet saved; deterministic.</summary>
    public static IReadOnlyList<TaskRecord> Tasks()
    {
        var tasks = new List<TaskRecord>(TaskCount);
        for (var i = 0; i < TaskCount; i++)
        {
            var open = i % 10 >= 8;
            var assignee = i % 3 == 0 ? null : $"user{i % 97}";
            Instant? dueAt = i % 23 == 0 ? null : Now + Duration.FromHours((i * 7919 % 1000) - 50);
            var task = new TaskRecord
            {
                InstanceId = $"INS-{i / 4:D5}",
                BookmarkKey = (i % 4) + 1,
                NodeId = "review",
                Name = "审查",
                Assignee = assignee,
                Department = $"dept{i % 41}",
                Status = open ? WorkStatus.Open : WorkStatus.Done,
                CreatedAt = Now - Duration.FromDays(30),
                DueAt = dueAt,
                YellowAt = dueAt - Duration.FromHours(48),
                BlueAt = dueAt - Duration.FromHours(96),
                ClosedAt = open ? null : Now - Duration.FromDays(1),
                Candidates =
                [
                    new TaskCandidateRecord { Kind = CandidateKind.Group, Value = $"role{i % 113}" },
                    new TaskCandidateRecord { Kind = CandidateKind.Department, Value = $"dept{i % 41}" },
                ],
            };
            if (assignee is null)
            {
                task.Candidates.Add(new TaskCandidateRecord { Kind = CandidateKind.User, Value = $"user{i * 31 % 97}" });
            }

            tasks.Add(task);
        }

        return tasks;
    }
}
