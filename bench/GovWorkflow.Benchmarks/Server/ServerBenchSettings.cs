using System.Globalization;

namespace GovWorkflow.Benchmarks.Server;

/// <summary>What a <c>server</c> run measures: how long and with how many approvers; <see cref="Parse"/> reads the command line.</summary>
internal sealed record ServerBenchSettings(int Seconds, int Approvers)
{
    /// <summary>
    /// Cases received before the measured window starts: three review tasks each, enough for 1.5 completions per
    /// second per approver over the window (about twice what a 2-core machine achieves), so the queues never run dry
    /// and the conflict rate is not inflated by a nearly empty queue at the end.
    /// </summary>
    public int InitialCases => Math.Max(Approvers * 10, Seconds * Approvers / 2);

    /// <summary>Open review tasks the clerks keep the queues above while the approvers work.</summary>
    public int Backlog => Approvers * 40;

    /// <summary>Window clerks receiving cases, before and during the window.</summary>
    public int Clerks => 4;

    /// <summary>Reads <c>[--seconds 120] [--approvers 50]</c>; null with a message when wrong.</summary>
    public static (ServerBenchSettings? Settings, string? Error) Parse(IReadOnlyList<string> args)
    {
        var seconds = 120;
        var approvers = 50;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 5 and <= 3600:
                    seconds = s;
                    i++;
                    break;
                case "--approvers" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a is >= 2 and <= 500:
                    approvers = a;
                    i++;
                    break;
                default:
                    return (null, $"Unknown or out-of-range argument '{args[i]}' (--seconds 5..3600, --approvers 2..500).");
            }
        }

        return (new ServerBenchSettings(seconds, approvers), null);
    }
}
