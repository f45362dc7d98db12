namespace GovWorkflow.Server.Supervision;

/// <summary>时限统计 of one bundle: decided cases and the working days they used, on the statutory clock.</summary>
/// <param name="Bundle">The bundle's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Items">The codes of its items.</param>
/// <param name="Departments">The departments of its items.</param>
/// <param name="Decided">Cases decided (granted or refused).</param>
/// <param name="StatutoryLimit">The bundle's statutory limit in working days (法定时限).</param>
/// <param name="PromisedLimit">The bundle's promised limit in working days (承诺时限).</param>
/// <param name="AverageUsed">Average working days from acceptance through decision, or null when none was decided.</param>
/// <param name="CompressionRatio">1 − average used / statutory limit (时限压缩比), or null.</param>
/// <param name="OnTimeRate">Share of decided cases that used no more than their promised limit (extension included), or null.</param>
public sealed record ItemStatistics(
    string Bundle,
    string Name,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Departments,
    int Decided,
    int StatutoryLimit,
    int PromisedLimit,
    double? AverageUsed,
    double? CompressionRatio,
    double? OnTimeRate);
