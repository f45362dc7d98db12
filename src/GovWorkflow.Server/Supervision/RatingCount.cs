namespace GovWorkflow.Server.Supervision;

/// <summary>The count of one rating level.</summary>
/// <param name="Score">5 (非常满意) to 1 (非常不满意).</param>
/// <param name="Level">The level's Chinese name.</param>
/// <param name="Poor">Whether the level is a 差评.</param>
/// <param name="Count">Cases rated so.</param>
public sealed record RatingCount(int Score, string Level, bool Poor, int Count);
